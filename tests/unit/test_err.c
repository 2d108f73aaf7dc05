/* test_err.c — the error and note buffers (err.h): a message too long for them keeps its start
 * and its end, where the reason is, and cuts no UTF-8 character; prefixes still fit. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

/* Is s valid UTF-8 (no character cut)? */
static int utf8_whole(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		int n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : 0;
		if (n == 0)
			return 0;
		for (int k = 1; k < n; k++)
			if ((p[k] & 0xC0) != 0x80)
				return 0;
		p += n;
	}
	return 1;
}

static void test_short_as_written(void **state)
{
	(void)state;
	assert_int_equal(-1, err_set("cannot open '%s': %s", "x.csv", "No such file or directory"));
	assert_string_equal("cannot open 'x.csv': No such file or directory", err_msg());
	err_prefix("s.rr:%d", 3);
	assert_string_equal("s.rr:3: cannot open 'x.csv': No such file or directory", err_msg());
}

static void test_long_keeps_both_ends(void **state)
{
	(void)state;
	/* a path of 1,100 bytes: 'é' (two bytes) everywhere, so any cut could split one */
	char path[1101];
	for (int k = 0; k < 1100; k += 2)
		memcpy(path + k, "\xC3\xA9", 2);
	path[1100] = '\0';
	err_set("cannot open '%s': %s", path, "No such file or directory");
	const char *m = err_msg();
	assert_true(strlen(m) <= 900);
	assert_true(strncmp(m, "cannot open '\xC3\xA9", 15) == 0);
	assert_non_null(strstr(m, "\xE2\x80\xA6"));
	size_t n = strlen(m);
	const char *end = "': No such file or directory";
	assert_string_equal(end, m + n - strlen(end));
	assert_true(utf8_whole(m));
	err_prefix("a-script-with-a-long-name.rr:%d", 123456);   /* the prefix still fits whole */
	assert_true(strncmp(err_msg(), "a-script-with-a-long-name.rr:123456: cannot open", 48) == 0);
	assert_string_equal(end, err_msg() + strlen(err_msg()) - strlen(end));
	err_note("skipped '%s' (%s)", path, "not a file");
	const char *note = err_take_note();
	assert_non_null(note);
	assert_true(strlen(note) <= 900 && utf8_whole(note));
	assert_string_equal("' (not a file)", note + strlen(note) - 14);
}

/* t68 F2: a message of RR_ERR_MAX bytes (a suggested command, whole) behind a script's prefix,
 * saved and set again as the script runner does, is not cut with "…" in its middle; nested
 * scripts' prefixes that would not fit are cut, never the message. */
static void test_prefix_keeps_message(void **state)
{
	(void)state;
	char msg[RR_ERR_MAX + 1], saved[RR_ERR_BUF];
	memset(msg, 'a', RR_ERR_MAX);
	memcpy(msg + RR_ERR_MAX - 5, "end'\"", 5);
	msg[RR_ERR_MAX] = '\0';
	err_set("%s", msg);
	assert_string_equal(msg, err_msg());
	err_prefix("<stdin>:%d", 1);
	snprintf(saved, sizeof saved, "%s", err_msg());
	assert_int_equal(-1, err_restore(saved));
	assert_true(strncmp(err_msg(), "<stdin>:1: aaa", 14) == 0);
	assert_string_equal(msg, err_msg() + 11);
	assert_null(strstr(err_msg(), "\xE2\x80\xA6"));
	char name[400];
	memset(name, 'n', sizeof name - 1);
	name[sizeof name - 1] = '\0';
	for (int k = 0; k < 4; k++)   /* 4 x 400 bytes of prefixes do not fit with it */
		err_prefix("%s:%d", name, k);
	size_t n = strlen(err_msg());
	assert_true(n < RR_ERR_BUF);
	assert_string_equal(msg, err_msg() + n - RR_ERR_MAX);
	assert_true(utf8_whole(err_msg()));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_as_written),
		cmocka_unit_test(test_long_keeps_both_ends),
		cmocka_unit_test(test_prefix_keeps_message),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
