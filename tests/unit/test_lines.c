/* test_lines.c — the bounded line reader (lines.h): line ends, NUL bytes, long lines. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "err.h"
#include "lines.h"

/* Read text[0..n) with a limit of max and check the lines against want (NULL-ended); then
 * the reader must say 0 (end) or, with err, -1 and a message holding err. */
static void read_all(const char *text, size_t n, size_t max, const char *const *want,
		     const char *err)
{
	FILE *f = fmemopen((void *)text, n, "r");
	assert_non_null(f);
	rr_lines in;
	size_t len;
	lines_init(&in, f, "t.txt", "a test", max);
	for (int k = 0; want[k]; k++) {
		assert_int_equal(1, lines_next(&in, &len));
		assert_string_equal(want[k], in.buf);
		assert_int_equal(strlen(want[k]), len);
		assert_int_equal(k + 1, in.lineno);
	}
	if (err) {
		assert_int_equal(-1, lines_next(&in, &len));
		assert_non_null(strstr(err_msg(), err));
	} else {
		assert_int_equal(0, lines_next(&in, &len));
		assert_int_equal(0, lines_next(&in, &len));
	}
	lines_free(&in);
	fclose(f);
}

static void test_line_ends(void **state)
{
	(void)state;
	const char *const lf[] = {"a", "bc", "", "d", NULL};
	read_all("a\nbc\n\nd\n", 8, 100, lf, NULL);
	read_all("a\nbc\n\nd", 7, 100, lf, NULL);              /* no end on the last line */
	read_all("a\r\nbc\r\n\r\nd\r\n", 12, 100, lf, NULL);  /* CR LF */
	read_all("a\rbc\r\rd\r", 8, 100, lf, NULL);            /* CR alone: classic Mac OS */
	read_all("a\rbc\n\r\nd", 8, 100, lf, NULL);            /* mixed */
	const char *const crcr[] = {"x", "", NULL};
	read_all("x\r\r\n", 4, 100, crcr, NULL);                /* CR, then CR LF: two ends */
	const char *const none[] = {NULL};
	read_all("", 0, 100, none, NULL);
}

static void test_bounds(void **state)
{
	(void)state;
	const char *const one[] = {"ab", NULL};
	read_all("ab\nc\0d\n", 7, 100, one, "t.txt:2: line 2 has a NUL byte (at byte 2): not a test");
	const char *const none[] = {NULL};
	read_all("\0\0\0\0", 4, 100, none, "t.txt:1: line 1 has a NUL byte (at byte 1)");
	const char *const four[] = {"abcd", NULL};
	read_all("abcd\r\nabcde\n", 12, 4, four, "t.txt:2: line 2 is longer than 4 bytes: not a test");
	read_all("abcd", 4, 4, four, NULL);                     /* exactly the limit */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_bounds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
