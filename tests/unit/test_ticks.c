/* test_ticks.c — the Train screen's epoch axis (ui/ticks.h): round, evenly spaced ticks
 * (a step of 1, 2 or 5 × 10^k) at their epochs' cells, the last epoch labelled, no two labels
 * closer than TICK_GAP blanks, none past the axis. ui/ticks.c is pure: it is compiled in
 * here, as llm.c's tests include the file they test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "../../ui/ticks.c"

#define MAXT 64

static int is_nice(int s)
{
	while (s >= 10 && s % 10 == 0)
		s /= 10;
	return s == 1 || s == 2 || s == 5;
}

/* Every property the axis needs, for one max and width; returns the step. */
static int check_axis(int max, int cols)
{
	tui_tick k[MAXT];
	int n = axis_ticks(max, cols, k, MAXT);
	assert_true(n >= 1);
	assert_int_equal(k[0].value, 0);
	assert_int_equal(k[0].label_x, 0);
	for (int i = 0; i < n; i++) {
		int cell = (int)((double)k[i].value / max * (cols - 1) + 0.5);
		if (k[i].cell != cell)
			fail_msg("max %d cols %d: %d at cell %d, wanted %d", max, cols, k[i].value,
				 k[i].cell, cell);
		/* the label covers its cell, inside the axis */
		assert_true(k[i].label_x <= k[i].cell && k[i].cell < k[i].label_x + k[i].len);
		assert_true(k[i].label_x >= 0 && k[i].label_x + k[i].len <= cols);
		if (i && k[i].label_x < k[i - 1].label_x + k[i - 1].len + TICK_GAP)
			fail_msg("max %d cols %d: labels %d and %d too close", max, cols,
				 k[i - 1].value, k[i].value);
	}
	if (n == 1)
		return 0;
	if (k[n - 1].value != max)
		fail_msg("max %d cols %d: the last epoch is not labelled", max, cols);
	if (n == 2)
		return max; /* the two ends alone */
	/* one round step between all the ticks but the last (max takes its own place) */
	int step = k[1].value;
	if (!is_nice(step))
		fail_msg("max %d cols %d: step %d is not 1, 2 or 5 x 10^k", max, cols, step);
	for (int i = 1; i + 1 < n; i++)
		assert_int_equal(k[i].value - k[i - 1].value, step);
	assert_true(k[n - 1].value - k[n - 2].value <= 2 * step);
	return step;
}

/* The tester's case: 300 epochs on the 64 cells of the Train screen at 100 columns. */
static void test_300_epochs_at_100_columns(void **state)
{
	(void)state;
	tui_tick k[MAXT];
	int n = axis_ticks(300, 64, k, MAXT);
	const int want[] = {0, 50, 100, 150, 200, 250, 300};
	assert_int_equal(n, 7);
	for (int i = 0; i < n; i++)
		assert_int_equal(k[i].value, want[i]);
	assert_int_equal(k[6].cell, 63);
	assert_int_equal(k[6].label_x, 61);  /* "300" ends at the axis's end */
	assert_int_equal(k[1].label_x, 10);  /* "50" over cell 11 (10.5 rounded) */
}

static void test_short_runs_label_every_epoch(void **state)
{
	(void)state;
	assert_int_equal(check_axis(10, 64), 1);
	assert_int_equal(check_axis(2, 45), 1);
	assert_int_equal(check_axis(1, 45), 1);
}

static void test_many_sizes(void **state)
{
	(void)state;
	for (int cols = 8; cols <= 200; cols += 3)
		for (int max = 1; max <= 2000; max += max < 60 ? 1 : 37)
			check_axis(max, cols);
	check_axis(100000, 90);
}

/* The last epoch replaces a round tick too close to it: 37 at 64 cells is 0 5 10 ... 30 37
 * or 0 5 ... 35 dropped for 37, never "35" and "37" run together. */
static void test_last_epoch_replaces_close_tick(void **state)
{
	(void)state;
	tui_tick k[MAXT];
	int n = axis_ticks(37, 64, k, MAXT);
	assert_int_equal(k[n - 1].value, 37);
	assert_true(k[n - 2].value == 35 || k[n - 2].value % 5 == 0);
	check_axis(37, 64);
}

static void test_degenerate(void **state)
{
	(void)state;
	tui_tick k[4];
	assert_int_equal(axis_ticks(0, 64, k, 4), 1);
	assert_int_equal(k[0].value, 0);
	assert_int_equal(axis_ticks(500, 3, k, 4), 1);  /* "0" and "500" cannot both fit */
	assert_int_equal(axis_ticks(100, 64, k, 0), 0);
	int n = axis_ticks(1000, 200, k, 4);             /* a small array: fewer, rounder ticks */
	assert_true(n >= 2 && n <= 4 && k[n - 1].value == 1000);
}

/* ==== the Labels screen's edge marks (edge_marks) ==== */

/* The edges' cells as tui_data.c's draw_bars lays them out: bars of colw cells from column 7,
 * an edge's column after its count's bar, edges past the last drawn count after it. */
static void edge_cells(const unsigned *v, int n, int cols, int hist_max, int *x)
{
	int avail = cols - 9, ncnt = hist_max < avail - n ? hist_max : avail - n;
	int colw = (avail - n) / ncnt;
	colw = colw < 1 ? 1 : colw > 3 ? 3 : colw;
	int at = 7, e = 0;
	for (int k = 1; k <= ncnt; k++) {
		at += colw;
		while (e < n && ((int)v[e] == k || (k == ncnt && (int)v[e] >= k)))
			x[e++] = at++;
	}
}

/* The row as drawn ('^' for ▲), into row (cols + 1 bytes); checks what every layout keeps:
 * each edge marked and its number shown whole on the row, no text over a marker or another. */
static void edge_row(const unsigned *v, int n, int cols, int hist_max, char *row)
{
	int x[8];
	tui_edge_mark m[8];
	edge_cells(v, n, cols, hist_max, x);
	edge_marks(x, v, n, cols, m);
	memset(row, ' ', (size_t)cols);
	row[cols] = '\0';
	char used[512] = {0};
	for (int k = 0; k < n; k++) {
		if (m[k].x < 0 || m[k].x >= cols || used[m[k].x])
			fail_msg("cols %d: edge %u's marker at %d", cols, v[k], m[k].x);
		used[m[k].x] = 1;
		row[m[k].x] = '^';
		if (k && m[k].x <= m[k - 1].x)
			fail_msg("cols %d: edge %u's marker not after the one before", cols, v[k]);
	}
	for (int k = 0; k < n; k++) {
		char b[16];
		int len = snprintf(b, sizeof b, "%u%s", v[k], m[k].comma ? "," : "");
		if (m[k].label_x < 0 || m[k].label_x + len > cols)
			fail_msg("cols %d: edge %u's number at %d leaves the row", cols, v[k], m[k].label_x);
		for (int c = 0; c < len; c++) {
			if (used[m[k].label_x + c])
				fail_msg("cols %d hist %d: edge %u's number covers a marker or a number: %s",
					 cols, hist_max, v[k], row);
			used[m[k].label_x + c] = 1;
			row[m[k].label_x + c] = b[c];
		}
		/* its number after its marker, or after the markers of the group it is in */
		if (m[k].label_x <= m[k].x)
			fail_msg("cols %d: edge %u named before its marker", cols, v[k]);
	}
}

/* t55 F3: bins 4 5 8 at 120, 100 and 80 columns (the bundled data's counts go past the
 * chart's width: one cell a count): each edge marked and named, whichever is selected. */
static void test_adjacent_edges_named(void **state)
{
	(void)state;
	char row[256];
	static const unsigned e[] = {4, 5, 8};
	static const int widths[] = {120, 100, 80};
	for (int w = 0; w < 3; w++) {
		edge_row(e, 3, widths[w], 542, row);
		assert_non_null(strstr(row, "^4^5  ^8"));
	}
	edge_row(e, 3, 120, 20, row);   /* wider bars: room for each */
	assert_non_null(strstr(row, "^4  ^5"));
	/* two-digit neighbours share one label after their markers */
	static const unsigned ten[] = {10, 11, 12};
	edge_row(ten, 3, 80, 542, row);
	assert_non_null(strstr(row, "^ ^ ^10,11,12"));
	static const unsigned mixed[] = {9, 10, 30};
	edge_row(mixed, 3, 80, 542, row);
	assert_non_null(strstr(row, "^9^10"));
}

/* t37 #3 kept: an edge past the folded last column is named whole at the row's end. */
static void test_folded_edge_whole(void **state)
{
	(void)state;
	char row[256];
	static const unsigned e[] = {2, 100};
	edge_row(e, 2, 80, 120, row);
	assert_non_null(strstr(row, "^100"));
	assert_int_equal(row[79], '0');
	static const unsigned tail[] = {2, 998, 999, 1000};
	edge_row(tail, 4, 80, 1000, row);
	assert_non_null(strstr(row, "998,999,1000"));
	assert_int_equal(row[79], '0');
}

/* Every width the workbench draws (80 up), every bar width, edges next to each other and far
 * apart, small and as large as bins takes: the properties edge_row checks. */
static void test_edges_every_width(void **state)
{
	(void)state;
	char row[600];
	static const unsigned sets[][5] = {
		{1, 2, 3, 4, 5}, {4, 5, 8, 0, 0}, {10, 11, 12, 13, 14}, {98, 99, 100, 101, 102},
		{1, 1000, 1001, 1002, 1003}, {999996, 999997, 999998, 999999, 1000000},
		{2, 5, 0, 0, 0}, {1, 3, 5, 7, 9}, {50, 51, 0, 0, 0}, {7, 70, 700, 7000, 70000}};
	static const int sizes[] = {5, 3, 5, 5, 5, 5, 2, 5, 2, 5};
	static const int hist[] = {5, 12, 20, 60, 71, 112, 542, 100000};
	for (int cols = 80; cols <= 260; cols += 7)
		for (size_t s = 0; s < sizeof sets / sizeof *sets; s++)
			for (size_t h = 0; h < sizeof hist / sizeof *hist; h++)
				edge_row(sets[s], sizes[s], cols, hist[h], row);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_300_epochs_at_100_columns),
		cmocka_unit_test(test_short_runs_label_every_epoch),
		cmocka_unit_test(test_many_sizes),
		cmocka_unit_test(test_last_epoch_replaces_close_tick),
		cmocka_unit_test(test_degenerate),
		cmocka_unit_test(test_adjacent_edges_named),
		cmocka_unit_test(test_folded_edge_whole),
		cmocka_unit_test(test_edges_every_width),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
