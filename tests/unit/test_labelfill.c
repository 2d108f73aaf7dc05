/* test_labelfill.c — a grouped or pivot layout's label columns filled down (labelfill.h):
 * which columns the sample recognises, by hand-worked fixtures, and what each line takes. An
 * ordinary export's blank customers (guests) are never taken for a pivot's. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "labelfill.h"

#define MAXL 64

/* A fixture: lines of n comma-separated values ("C1,2023-01-02\n,\n"), no quoting. */
typedef struct sample {
	char text[2048];
	const char *s[MAXL * LF_MAX];
	size_t len[MAXL * LF_MAX];
	size_t lines;
} sample;

static void sample_read(sample *sm, int n, const char *text)
{
	strcpy(sm->text, text);
	sm->lines = 0;
	char *p = sm->text;
	while (*p) {
		for (int c = 0; c < n; c++) {
			size_t w = strcspn(p, c + 1 < n ? ",\n" : "\n");
			sm->s[sm->lines * (size_t)n + (size_t)c] = p;
			sm->len[sm->lines * (size_t)n + (size_t)c] = w;
			p += w + (p[w] != '\0');
		}
		sm->lines++;
	}
}

static int decide(labelfill *lf, int n, const char *text)
{
	static sample sm;
	memset(lf, 0, sizeof *lf);
	lf->n = n;
	sample_read(&sm, n, text);
	return labelfill_decide(lf, sm.lines, sm.s, sm.len);
}

/* Fill every line of text; the lines as filled into out ("C1,d1|C1,d1|..."). */
static void fill(labelfill *lf, const char *text, char *out, size_t size)
{
	static sample sm;
	sample_read(&sm, lf->n, text);
	out[0] = '\0';
	for (size_t r = 0; r < sm.lines; r++) {
		const char **s = &sm.s[r * (size_t)lf->n];
		size_t *len = &sm.len[r * (size_t)lf->n];
		labelfill_line(lf, s, len);
		for (int c = 0; c < lf->n; c++)
			snprintf(out + strlen(out), size - strlen(out), "%s%.*s", c ? "," : r ? "|" : "",
				 (int)len[c], s[c]);
	}
}

/* Google Sheets' pivot: the customer on its group's first line, the date on its date
 * group's first line; a new date group under the same customer leaves the customer blank */
#define PIVOT "C1,d1\n,\n,\n,d2\n,\nC2,d1\n,\n,d3\nC3,d3\n,\n"

static void test_pivot(void **state)
{
	(void)state;
	labelfill lf;
	char out[512];
	assert_int_equal(2, decide(&lf, 2, PIVOT));
	assert_true(lf.on[0] && lf.on[1] && lf.any);
	fill(&lf, PIVOT, out, sizeof out);
	assert_string_equal("C1,d1|C1,d1|C1,d1|C1,d2|C1,d2|C2,d1|C2,d1|C2,d3|C3,d3|C3,d3", out);
	assert_int_equal(7, lf.filled[0]);   /* blank customers: lines 2-5, 7-8, 10 */
	assert_int_equal(5, lf.filled[1]);   /* blank dates: lines 2, 3, 5, 7, 10 */
}

/* An ordinary export: the date on every line, a guest's customer blank now and then. The
 * customer repeats on an order's lines: it is not written only where it changes. */
static void test_guests_stay_blank(void **state)
{
	(void)state;
	labelfill lf;
	char out[512];
	const char *guests = "C1,d1\nC1,d1\n,d2\nC2,d3\n,d4\n,d4\nC3,d5\nC3,d5\n";
	assert_int_equal(0, decide(&lf, 2, guests));
	assert_false(lf.any);
	fill(&lf, guests, out, sizeof out);
	assert_string_equal("C1,d1|C1,d1|,d2|C2,d3|,d4|,d4|C3,d5|C3,d5", out);
	assert_int_equal(0, lf.filled[0]);
	/* one line per order, each customer once: but guests are a few lines, not most */
	assert_int_equal(0, decide(&lf, 2, "C1,d1\n,d2\nC2,d3\nC3,d4\n,d5\nC4,d6\nC5,d7\n"));
}

/* A column blank where the column to its left changes is no label (and a first line
 * without it says the same): here the date, written on the customer's lines at random. */
static void test_hierarchy(void **state)
{
	(void)state;
	labelfill lf;
	assert_int_equal(1, decide(&lf, 2, "C1,d1\n,\n,d2\n,\nC2,\n,d3\n,\n"));
	assert_true(lf.on[0]);
	assert_false(lf.on[1]);
	/* the first line without a customer: no label */
	assert_int_equal(0, decide(&lf, 2, ",d1\nC1,\n,\n,\nC2,d2\n,\n,\n"));
	/* fewer than LF_SAMPLE_MIN lines decide nothing */
	assert_int_equal(0, decide(&lf, 2, "C1,d1\n,\n,\n,d2\n,\n"));
	/* a full column to the left (the country) groups the customer: the customer may repeat
	 * where the country changes, and a blank where it changes keeps the column out */
	assert_int_equal(1, decide(&lf, 3, "FR,C1,d1\nFR,,d1\nFR,,d2\nDE,C1,d3\nDE,,d3\nDE,,d3\n"));
	assert_false(lf.on[0]);
	assert_true(lf.on[1]);
	assert_false(lf.on[2]);   /* the date repeats where nothing to its left changes */
}

/* A blank where a column to the left changes is the new group's own: it takes nothing; a
 * value too long to keep is not given to the lines below it. */
static void test_line_rules(void **state)
{
	(void)state;
	labelfill lf;
	char out[512], text[1024];
	assert_int_equal(2, decide(&lf, 2, PIVOT));
	memset(lf.len, 0, sizeof lf.len);
	memset(lf.filled, 0, sizeof lf.filled);
	fill(&lf, "C1,d1\nC2,\n,\n", out, sizeof out);
	assert_string_equal("C1,d1|C2,|C2,", out);
	assert_int_equal(1, lf.filled[0]);
	assert_int_equal(0, lf.filled[1]);
	char longc[LF_CAP + 2];
	memset(longc, 'x', sizeof longc - 1);
	longc[sizeof longc - 1] = '\0';
	snprintf(text, sizeof text, "%s,d1\n,\n", longc);
	memset(lf.len, 0, sizeof lf.len);
	fill(&lf, text, out, sizeof out);
	assert_string_equal(",d1", strchr(out, '|') + 1);   /* the date, not the customer */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pivot),
		cmocka_unit_test(test_guests_stay_blank),
		cmocka_unit_test(test_hierarchy),
		cmocka_unit_test(test_line_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
