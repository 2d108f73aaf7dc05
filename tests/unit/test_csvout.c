/* test_csvout.c — CSV exports neutralise formulas (csvout.h): a text cell a spreadsheet would
 * evaluate gets a leading ', unless it is a plain number or the export is raw; numbers
 * written as numbers are never touched; control characters stay bytes (a file is data). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

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
	assert_int_equal(lines_read_list(path, "a list of ids", "id", &v, &k, NULL), 0);
	assert_int_equal(k, (size_t)n);
	for (size_t i = 0; i < k; i++) {
		if (strcmp(v[i], ids[i]) != 0)
			fail_msg("'%s' read back as '%s'", ids[i], v[i]);
		free(v[i]);
	}
	free(v);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formulas_neutralised),
		cmocka_unit_test(test_formula_rule),
		cmocka_unit_test(test_list_round_trip),
		cmocka_unit_test(test_control_bytes_kept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
