/* test_colfit.c — the Runs screen's table as printed (ui/colfit.h): its first column frozen at
 * the left and the others shown whole, a column at a time, never past the pane (t61 F1: a
 * figure was cut with '…' at 80 columns, and scrolled sideways the run column went). ui/colfit.c
 * is pure: it is compiled in here, as llm.c's tests include the file they test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>

#include "../../ui/colfit.c"

/* The cells the frozen column and n columns from left take (hidden ones none). */
static int span(const int *wid, int left, int n)
{
	int used = wid[0];
	for (int c = left; c < left + n; c++)
		if (wid[c] >= 0)
			used += COLFIT_GAP + wid[c];
	return used;
}

/* The next visible column from c on, or nc. */
static int next_visible(const int *wid, int nc, int c)
{
	while (c < nc && wid[c] < 0)
		c++;
	return c;
}

/* Every property the view needs, for one table and width: from each left, the columns
 * shown fit whole, and the next one would not; left stays in range; → ends with the last
 * column in view, and no step passes it. */
static void check_table(const int *wid, int nc, int w)
{
	int last = colfit_left(wid, nc, 1 << 20, w);
	assert_true(last >= 1);
	assert_int_equal(colfit_left(wid, nc, -5, w), 1);
	assert_int_equal(colfit_left(wid, nc, 0, w), 1);
	for (int left = 1; left < nc; left++) {
		int n = colfit_shown(wid, nc, left, w);
		assert_true(n >= 1 && left + n <= nc);
		int used = span(wid, left, n), visible = 0;
		for (int c = left; c < left + n; c++)
			visible += wid[c] >= 0;
		if (used > w && visible > 1) /* only a lone column wider than the room passes the pane */
			fail_msg("w %d left %d: %d columns take %d cells", w, left, n, used);
		int c = next_visible(wid, nc, left + n);
		if (c < nc && span(wid, left, c - left + 1) <= w)
			fail_msg("w %d left %d: column %d fits but is not shown", w, left, c);
	}
	/* the last left shows through the last column; one before it would not add one */
	assert_int_equal(last + colfit_shown(wid, nc, last, w), nc);
	if (last > 1)
		assert_true(last - 1 + colfit_shown(wid, nc, last - 1, w) < nc);
	/* → from 1 reaches the last left, each step moving on; ← back to 1 */
	int left = 1, steps = 0;
	while (left < last && steps++ < nc) {
		int next = colfit_step(wid, nc, left, w, 1);
		assert_true(next > left && next <= last);
		left = next;
	}
	assert_int_equal(left, last);
	assert_int_equal(colfit_step(wid, nc, left, w, 1), last);
	while (left > 1 && steps-- > -nc) {
		int next = colfit_step(wid, nc, left, w, -1);
		assert_true(next < left && next >= 1);
		left = next;
	}
	assert_int_equal(left, 1);
}

/* The bundled data's runs table at 80x24 (t61 F1): class F1's three figures whole. */
static void test_runs_table_80(void **state)
{
	(void)state;
	/* run current model variant dropout dim hidden lr batch weights neg mask desc data bins
	 * macro-F1 class F1 epochs seconds */
	static const int wid[] = {3, 7, 5, 7, 7, 3, 6, 5, 5, 7, 3, 4, 4, 4, 4, 8, 20, 6, 7};
	int nc = (int)(sizeof wid / sizeof *wid);
	check_table(wid, nc, 78);
	/* all columns from 1 fit at 250 */
	assert_int_equal(colfit_shown(wid, nc, 1, 250), nc - 1);
	assert_int_equal(colfit_left(wid, nc, 9, 250), 1);
	assert_int_equal(colfit_step(wid, nc, 1, 250, 1), 1);
	/* → moves half of the columns shown */
	int n = colfit_shown(wid, nc, 1, 78);
	assert_int_equal(colfit_step(wid, nc, 1, 78, 1), 1 + n / 2);
}

/* Hidden columns take no room; a column wider than the pane shows alone; one column only. */
static void test_edges(void **state)
{
	(void)state;
	static const int hidden[] = {3, -1, 10, -1, 10, -1};
	assert_int_equal(colfit_shown(hidden, 6, 1, 30), 5);
	check_table(hidden, 6, 30);
	static const int wide[] = {3, 5, 100, 5};
	assert_int_equal(colfit_shown(wide, 4, 2, 40), 1);
	assert_int_equal(colfit_shown(wide, 4, 1, 40), 1);
	check_table(wide, 4, 40);
	static const int alone[] = {3};
	assert_int_equal(colfit_shown(alone, 1, 1, 40), 0);
	assert_int_equal(colfit_left(alone, 1, 3, 40), 1);
	assert_int_equal(colfit_step(alone, 1, 1, 40, 1), 1);
}

/* Many random tables at widths from 20 to 200. */
static void test_many_tables(void **state)
{
	(void)state;
	srand(100);
	for (int k = 0; k < 2000; k++) {
		int wid[40], nc = 2 + rand() % 38;
		for (int c = 0; c < nc; c++)
			wid[c] = c && rand() % 9 == 0 ? -1 : 1 + rand() % (rand() % 5 ? 12 : 60);
		check_table(wid, nc, 20 + rand() % 181);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_runs_table_80),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_many_tables),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
