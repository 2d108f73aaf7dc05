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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_300_epochs_at_100_columns),
		cmocka_unit_test(test_short_runs_label_every_epoch),
		cmocka_unit_test(test_many_sizes),
		cmocka_unit_test(test_last_epoch_replaces_close_tick),
		cmocka_unit_test(test_degenerate),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
