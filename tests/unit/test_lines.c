/* test_lines.c — the bounded line reader (lines.h): line ends, NUL bytes, long lines. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
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
		if (!strstr(err_msg(), err))
			print_error("got: %s\n", err_msg());
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
	read_all("a\nbc\r\n\nd", 8, 100, lf, NULL);           /* LF and CR LF: both show so */
	const char *const x[] = {"x", "y", NULL};
	read_all("x\r\r\ny\n", 6, 100, x, NULL);              /* CRs before an LF: its end */
	const char *const a[] = {"a", NULL};
	read_all("a\r", 2, 100, a, NULL);                      /* a CR at the file's end */
	const char *const ae[] = {"a", "", NULL};
	read_all("a\n\r", 3, 100, ae, NULL);
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

/* t50 F1: what a terminal shows of a line is what is read. A CR that does not end its line, a
 * mix of CR-alone and LF ends, a control character or a bidirectional one is an error naming
 * the line, with in.hides set, and no line it hides is returned first. */
static void hidden(const char *text, const char *const *want, const char *err)
{
	read_all(text, strlen(text), 100, want, err);
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	rr_lines in;
	int rc;
	lines_init(&in, f, "t.txt", "a test", 100);
	while ((rc = lines_next(&in, NULL)) == 1)
		;
	assert_int_equal(-1, rc);
	assert_int_equal(1, in.hides);
	lines_free(&in);
	fclose(f);
}

static void test_hidden(void **state)
{
	(void)state;
	const char *const none[] = {NULL};
	/* `cat` shows the comment only; the command before the CR is never returned */
	hidden("load \"|touch P\"\r# a comment\nstats\n", none,
	       "t.txt:2: line 2 ends in a line feed, and line 1 in a carriage return alone (\\r)");
	const char *const a[] = {"a", NULL};
	hidden("a\nb\rc\n", a, "t.txt:2: line 2 holds a carriage return (\\r) at byte 2 that "
	       "does not end it");
	hidden("a\nb\rc", a, "t.txt:2: line 2 holds a carriage return");
	/* a file of CR ends: each line is returned once the next one's end is known */
	hidden("a\rb\rc\r\n", a, "t.txt:3: line 3 ends in a line feed, and line 2 in a carriage");
	const char *const hh[] = {"#", "#", NULL};
	hidden("#\r#\rload x\r# a long comment\nstats\n", hh, "t.txt:4: line 4 ends in a line feed");
	hidden("a\rb\r\r\n", none, "t.txt:2: line 2 ends in a line feed");
	const char *const ok[] = {"ok", NULL};
	hidden("ok\nload x # \033[2K\033[1Gharmless\n", ok,
	       "t.txt:2: line 2 holds \\e (a control character, at byte 10), which a terminal obeys");
	hidden("ok\nload x #\b\b\b\n", ok, "t.txt:2: line 2 holds \\b (a control character");
	hidden("ok\rx\033\r", none, "t.txt:2: line 2 holds \\e");
	hidden("ok\n\x7f\n", ok, "t.txt:2: line 2 holds \\x7f");
	hidden("ok\nx\xc2\x9b" "2J\n", ok, "t.txt:2: line 2 holds \\u009b (a control character");
	hidden("ok\nx \xe2\x80\xae# y\n", ok, "t.txt:2: line 2 holds \\u202e (a bidirectional control");
	/* what shows as nothing (t54 F3: `load small.csv` read a look-alike name) and a byte
	 * 0x80-0x9F that is not UTF-8 (t54 F9: CSI to an 8-bit terminal) */
	hidden("ok\nload small.csv\xe2\x80\x8b\n", ok, "t.txt:2: line 2 holds \\u200b (an "
	       "invisible character, at byte 15), which a terminal shows as nothing");
	hidden("ok\nload x\xc2\xad\n", ok, "t.txt:2: line 2 holds \\u00ad (an invisible character");
	hidden("ok\nload x\xf3\xa0\x81\xb8\n", ok, "t.txt:2: line 2 holds \\ue0078 (an invisible");
	hidden("ok\nload x\xef\xbb\xbf\n", ok, "t.txt:2: line 2 holds \\ufeff (an invisible");
	/* what shows as a blank but is none (t57 F1: `load small.csv` and a no-break space read
	 * 'small.csv\u00a0'): Unicode's White_Space past ASCII, the Braille blank */
	hidden("ok\nload small.csv\xc2\xa0\n", ok, "t.txt:2: line 2 holds \\u00a0 (a blank that is "
	       "no space to relrec, at byte 15), which a terminal shows as a plain blank");
	hidden("ok\nload a\xe2\x80\x87" "b\n", ok, "t.txt:2: line 2 holds \\u2007 (a blank");
	hidden("ok\nload a\xe2\x80\xaf\n", ok, "t.txt:2: line 2 holds \\u202f (a blank");
	hidden("ok\nload a\xe2\x81\x9f\n", ok, "t.txt:2: line 2 holds \\u205f (a blank");
	hidden("ok\nload a\xe3\x80\x80\n", ok, "t.txt:2: line 2 holds \\u3000 (a blank");
	hidden("ok\nload a\xe2\xa0\x80\n", ok, "t.txt:2: line 2 holds \\u2800 (a blank");
	hidden("ok\nload a\xe2\x80\xa8\n", ok, "t.txt:2: line 2 holds \\u2028 (a blank");
	hidden("ok\nload a\xe2\x80\xa9\n", ok, "t.txt:2: line 2 holds \\u2029 (a blank");
	hidden("ok\nload a\xe1\x9a\x80\n", ok, "t.txt:2: line 2 holds \\u1680 (a blank");
	hidden("ok\nx\x9b" "1G# c\n", ok, "t.txt:2: line 2 holds \\x9b (a byte that is not UTF-8, an "
	       "8-bit terminal's control, at byte 2), which a terminal obeys");
	/* a comment line may hold blanks that are no space after its '#' (French typography:
	 * "# Remarque : ...", a no-break space before the colon), never what hides or reorders
	 * text, nor such a blank before the '#' or in a command's trailing comment */
	const char *const notes[] = {"# Remarque\xc2\xa0: x", " \t# a\xe3\x80\x80" "b\xe2\x80\xaf!",
				     "#\xe2\xa0\x80", NULL};
	read_all("# Remarque\xc2\xa0: x\n \t# a\xe3\x80\x80" "b\xe2\x80\xaf!\n#\xe2\xa0\x80\n", 35, 100,
		 notes, NULL);
	hidden("ok\n\xc2\xa0# x\n", ok, "t.txt:2: line 2 holds \\u00a0 (a blank that is no space to "
	       "relrec, at byte 1)");
	hidden("ok\n# x\xe2\x80\x8b\n", ok, "t.txt:2: line 2 holds \\u200b (an invisible character");
	hidden("ok\n# x\xe2\x80\xae\n", ok, "t.txt:2: line 2 holds \\u202e (a bidirectional");
	hidden("ok\n# x\xc2\x9b\n", ok, "t.txt:2: line 2 holds \\u009b (a control character");
	hidden("ok\n# x\xc2\x85\n", ok, "t.txt:2: line 2 holds \\u0085 (a control character");
	hidden("ok\n# x\x9b\n", ok, "t.txt:2: line 2 holds \\x9b (a byte that is not UTF-8");
	hidden("ok\nstats # x\xc2\xa0\n", ok, "t.txt:2: line 2 holds \\u00a0 (a blank");
	/* after the prompt's command mark too, as the command layer reads such a line (t62 F14:
	 * ": # Remarque : ok" refused, "# Remarque : ok" accepted), never a blank before the
	 * '#' nor in a marked command's */
	static const char marked[] = ": # Remarque\xc2\xa0: ok\n \t:\t#\xe3\x80\x80x\n";
	const char *const marks[] = {": # Remarque\xc2\xa0: ok", " \t:\t#\xe3\x80\x80x", NULL};
	read_all(marked, sizeof marked - 1, 100, marks, NULL);
	hidden("ok\n:\xc2\xa0# x\n", ok, "t.txt:2: line 2 holds \\u00a0 (a blank that is no space to "
	       "relrec, at byte 2)");
	hidden("ok\n: stats # x\xc2\xa0\n", ok, "t.txt:2: line 2 holds \\u00a0 (a blank");
	/* what shows as it reads: a tab, a Latin-1 letter, UTF-8, a byte order mark first */
	const char *const fine[] = {"a\tb", "caf\xe9", "caf\xc3\xa9", NULL};
	read_all("\xef\xbb\xbf" "a\tb\ncaf\xe9" "\r\ncaf\xc3\xa9\n", 19, 100, fine, NULL);
}

/* lines_check reads a regular file whole, then puts it back where it was; a NUL byte is the
 * run's to say (0), a hidden line the check's (-1). */
static void test_check(void **state)
{
	(void)state;
#define FILE_OF(s, rc) {s, sizeof s - 1, rc}
	static const struct { const char *text; size_t n; int rc; } files[] = {
		FILE_OF("stats\nload x\033]0;t\a\n", -1),
		FILE_OF("stats\nshow\0x\nload x\033\n", 0),
		FILE_OF("stats\r\nshow\r\n", 0),
	};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		FILE *f = tmpfile();
		assert_non_null(f);
		assert_int_equal(files[i].n, fwrite(files[i].text, 1, files[i].n, f));
		rewind(f);
		assert_int_equal('s', getc(f));
		assert_int_equal(files[i].rc, lines_check(f, "t.rr", "a script", 100));
		if (files[i].rc)
			assert_non_null(strstr(err_msg(), "t.rr:2: line 2 holds \\e"));
		else
			assert_string_equal("", err_msg());
		assert_int_equal('t', getc(f));   /* where it was */
		fclose(f);
	}
	int fd[2];
	assert_int_equal(0, pipe(fd));
	assert_int_equal(3, write(fd[1], "x\033\n", 3));
	close(fd[1]);
	FILE *p = fdopen(fd[0], "r");
	assert_int_equal(0, lines_check(p, "p", "a script", 100));   /* a stream: not read */
	assert_int_equal('x', getc(p));
	fclose(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_hidden),
		cmocka_unit_test(test_check),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
