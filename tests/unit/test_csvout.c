/* test_csvout.c — CSV exports neutralise formulas (csvout.h): a text cell a spreadsheet would
 * evaluate gets a leading ', unless it is a plain number or the export is raw; numbers
 * written as numbers are never touched; control characters stay bytes (a file is data). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvout.h"
#include "lines.h"

/* The file written by one record of cells (text through csvout_str), raw or not, after the
 * header line csvout_open writes (left out of what is returned). */
static char *record(const char *const *cells, int raw)
{
	static const char *const head[] = {"h", "=h"};
	char path[] = "/tmp/relrec-csvout-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	rr_csvout o;
	assert_int_equal(csvout_open(&o, path, raw, head, 2), 0);
	for (int i = 0; cells[i]; i++)
		csvout_str(&o, cells[i]);
	csvout_fieldf(&o, "%d", -2);
	csvout_num(&o, "%.1f", -0.5);
	csvout_end(&o);
	assert_int_equal(csvout_close(&o, 1), 0);
	static char buf[4096];
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	unlink(path);
	/* the header is quoted and guarded as any text */
	const char *want = raw ? "\"h\",\"=h\"\r\n" : "\"h\",\"'=h\"\r\n";
	assert_memory_equal(buf, want, strlen(want));
	return buf + strlen(want);
}

static void test_formulas_neutralised(void **state)
{
	(void)state;
	static const char *const cells[] = {
		"=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
		"\tTAB", "\rCR", "=12348+0", "plain", "-2", "+1.5e3", "-.5", "-", "1e5", "", NULL};
	const char *got = record(cells, 0);
	assert_string_equal(got,
			    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+cmd|' /C calc'!A0\","
			    "\"'-2+3\",\"'@SUM(A1:A2)\",\"'\tTAB\",\"'\rCR\",\"'=12348+0\",\"plain\","
			    "\"-2\",\"+1.5e3\",\"-.5\",\"'-\",\"1e5\",\"\",-2,-0.5\r\n");
	got = record(cells, 1);
	assert_string_equal(got,
			    "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"+cmd|' /C calc'!A0\","
			    "\"-2+3\",\"@SUM(A1:A2)\",\"\tTAB\",\"\rCR\",\"=12348+0\",\"plain\","
			    "\"-2\",\"+1.5e3\",\"-.5\",\"-\",\"1e5\",\"\",-2,-0.5\r\n");
}

static void test_formula_rule(void **state)
{
	(void)state;
	static const char *const yes[] = {"=1", "+", "-", "@", "\t", "\r", "-1e", "-1.2.3",
					  "+ 1", "-inf", "-nan", "-0x10", "=", "-1,5", "--1", NULL};
	static const char *const no[] = {"", "a=1", " =1", "-1", "+1", "-1.", "-.1", "-1e-3",
					 "+2E+10", "1", "\033[2J", "\a", NULL};
	for (int i = 0; yes[i]; i++)
		if (!csvout_is_formula(yes[i]))
			fail_msg("'%s' should be neutralised", yes[i]);
	for (int i = 0; no[i]; i++)
		if (csvout_is_formula(no[i]))
			fail_msg("'%s' should be left alone", no[i]);
}

/* Exports keep control characters as bytes: CSV is data, not a terminal. */
static void test_control_bytes_kept(void **state)
{
	(void)state;
	static const char *const cells[] = {"a\033]0;t\007b", NULL};
	assert_string_equal(record(cells, 0), "\"a\033]0;t\007b\",-2,-0.5\r\n");
}

/* t43 #6: an export read back as a list (filter customers recs.csv, exclude items --file)
 * gives every id as it was: the reader undoes exactly the guard the writer put, ids that
 * start with ' included. Each value is exported one a line, then read by lines_read_list. */
static void test_list_round_trip(void **state)
{
	(void)state;
	static const char *const ids[] = {"+44 7700 900123", "=A1", "@home", "-A17", "\tT",
					  "'=A1", "''=A1", "'abc", "'", "''", "-2", "+1.5",
					  "'-2", "plain", "a'b", "=\"q\"", NULL};
	char path[] = "/tmp/relrec-csvlist-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	rr_csvout o;
	static const char *const head[] = {"id", "n"};
	assert_int_equal(csvout_open(&o, path, 0, head, 2), 0);
	int n = 0;
	for (; ids[n]; n++) {
		csvout_str(&o, ids[n]);
		csvout_fieldf(&o, "%d", n);
		csvout_end(&o);
	}
	assert_int_equal(csvout_close(&o, 1), 0);
	char **v;
	size_t k;
	assert_int_equal(lines_read_list(path, "a list of ids", NULL, &(rr_list_head){.own = "id"}, &v, &k), 0);
	assert_int_equal(k, (size_t)n);
	for (size_t i = 0; i < k; i++) {
		if (strcmp(v[i], ids[i]) != 0)
			fail_msg("'%s' read back as '%s'", ids[i], v[i]);
		free(v[i]);
	}
	free(v);
	unlink(path);
}

/* t79 F21: Excel's "sep=;" first line names a list file's separator, as the loader reads it:
 * the header after it names the column read (customer, the second), and neither line is an
 * entry. By hand: 000101 and 000102. */
static void test_list_sep_line(void **state)
{
	(void)state;
	char path[] = "/tmp/relrec-seplist-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	static const char text[] = "sep=;\r\nname;customer\r\nAnn;000101\r\nBob;000102\r\n";
	assert_int_equal(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
	close(fd);
	char **v;
	size_t k;
	rr_list_head head = {.own = "customer"};
	assert_int_equal(lines_read_list(path, "a list of customer ids", NULL, &head, &v, &k), 0);
	assert_int_equal(k, 2);
	assert_string_equal(v[0], "000101");
	assert_string_equal(v[1], "000102");
	assert_int_equal(head.col, 2);
	for (size_t i = 0; i < k; i++)
		free(v[i]);
	free(v);
	unlink(path);
}

/* csvout_fixed writes what printf writes, or leaves it to printf: random values of every
 * size and sign, the ties printf rounds to even (j/128 at 6 places, 0.5 at none), -0.0,
 * values just under a carry (0.9999995), every format it takes and some it must refuse. */
static void check_fixed(const char *fmt, double v)
{
	char fast[64], slow[64];
	int n = csvout_fixed(fast, fmt, v);
	snprintf(slow, sizeof slow, fmt, v);
	if (n > 0 && ((size_t)n != strlen(fast) || strcmp(fast, slow) != 0))
		fail_msg("%s of %.17g: '%s', printf '%s'", fmt, v, fast, slow);
}

static void test_fixed_as_printf(void **state)
{
	(void)state;
	static const char *const fmts[] = {"%.0f", "%.1f", "%.2f", "%.3f", "%.6f"};
	static const double edge[] = {0, -0.0, 0.5, 1.5, 2.5, -0.5, 1.0 / 128, 3.0 / 128,
				      0.9999995, 0.99999949999, 999.9999996, -999.4, 1e-7, -1e-9,
				      0.125, 0.375, 123.456789, 0.0000005, 0.0000015};
	unsigned long x = 88172645463325252UL;
	int fast = 0;
	char buf[64];
	for (size_t f = 0; f < sizeof fmts / sizeof *fmts; f++) {
		for (size_t e = 0; e < sizeof edge / sizeof *edge; e++)
			check_fixed(fmts[f], edge[e]);
		for (int i = 0; i < 200000; i++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;   /* xorshift64 */
			double u = (double)(x >> 11) / 9007199254740992.0;
			double v = i % 3 == 0 ? u : i % 3 == 1 ? (u - 0.5) * 2000 : u * pow(10, (int)(x % 9) - 6);
			check_fixed(fmts[f], v);
			fast += csvout_fixed(buf, fmts[f], v) > 0;
		}
	}
	assert_true(fast > 900000);   /* the fast path is the usual one */
	assert_int_equal(csvout_fixed(buf, "%.6f", 1.0 / 128), 0);   /* a tie: printf's */
	assert_int_equal(csvout_fixed(buf, "%.6f", 1000), 0);
	assert_int_equal(csvout_fixed(buf, "%.6f", NAN), 0);
	assert_int_equal(csvout_fixed(buf, "%.7f", 0.25), 0);
	assert_int_equal(csvout_fixed(buf, "%.6g", 0.25), 0);
	assert_int_equal(csvout_fixed(buf, "%.15g", 0.25), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formulas_neutralised),
		cmocka_unit_test(test_formula_rule),
		cmocka_unit_test(test_list_round_trip),
		cmocka_unit_test(test_control_bytes_kept),
		cmocka_unit_test(test_fixed_as_printf),
		cmocka_unit_test(test_list_sep_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
