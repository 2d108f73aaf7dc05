/* test_receipts.c — which lines of a restarting receipt number are one receipt (receipts.h,
 * t73 F4, F5): lines of one number, customer and till at most RECEIPTS_GAP_MINUTES apart are
 * one, across a minute or midnight; a longer pause is another; a till column that changes
 * within a receipt is counted. Each row's minute is written as day * 1440 + minute of day. */
#include "testutil.h"

#include <stdint.h>

#include "receipts.h"
#include "voids.h"

#define DAY 19800   /* a day since 1970: 2024-03-18 */
#define AT(d, h, m) ((int32_t)(((DAY + (d)) * 1440) + (h) * 60 + (m)))

/* One number (1) of one customer (7): a receipt of lines a minute apart over 23:58..00:01,
 * then a pause of 11 minutes in which customer 8's line of number 1 is rung (at 00:08: the
 * number was used again), then another line of 7's: its next receipt. */
static const uint32_t inv[] = {1, 1, 1, 1, 1, 1};
static const uint32_t cust[] = {7, 7, 7, 7, 7, 8};
static const int32_t minute[] = {AT(0, 23, 58), AT(0, 23, 59), AT(1, 0, 1), AT(1, 0, 3),
				 AT(1, 0, 14), AT(1, 0, 8)};

static void test_by_time(void **state)
{
	(void)state;
	int32_t start[6];
	receipts_out o;
	receipts_in q = {6, inv, cust, NULL, minute, 0, 1};
	assert_int_equal(0, receipts_find(&q, start, &o));
	static const int32_t want[6] = {AT(0, 23, 58), AT(0, 23, 58), AT(0, 23, 58),
					AT(0, 23, 58), AT(1, 0, 14), AT(1, 0, 8)};
	for (int i = 0; i < 6; i++)
		if (start[i] != want[i])
			fail_msg("row %d: receipt of %d, want %d", i, start[i], want[i]);
	assert_int_equal(3, o.receipts);
	assert_int_equal(1, o.multi);
	assert_int_equal(0, o.mixed_till);
	assert_int_equal(1, o.paused);
}

/* Rows of one number (1) and customer (7) at the minutes given: how many receipts. */
static size_t receipts_of_7(const int32_t *at, size_t n, int32_t *start)
{
	static const uint32_t one[8] = {1, 1, 1, 1, 1, 1, 1, 1}, seven[8] = {7, 7, 7, 7, 7, 7, 7, 7};
	receipts_out o;
	assert_true(n <= 8);
	assert_int_equal(0, receipts_find(&(receipts_in){n, one, seven, NULL, at, 0, 1}, start, &o));
	return o.receipts;
}

/* t76 F5: what no other sale comes between is one receipt, however its lines pause short of
 * RECEIPTS_VISIT_MINUTES: a tab's rounds 12-25 minutes apart; a receipt over the spring's
 * lost hour (01:58, then 03:01 on the wall clock); a bar's check written under its business
 * date (00:05 and 00:09 of the day it was opened at 23:53, sorted first). Hours apart with
 * nothing between, or a day apart, are two visits. */
static void test_pause_alone(void **state)
{
	(void)state;
	int32_t start[8];
	static const int32_t tab[4] = {AT(0, 20, 0), AT(0, 20, 12), AT(0, 20, 37), AT(0, 20, 55)};
	assert_int_equal(1, receipts_of_7(tab, 4, start));
	assert_int_equal(AT(0, 20, 0), start[3]);
	static const int32_t dst[3] = {AT(0, 1, 58), AT(0, 3, 1), AT(0, 3, 3)};
	assert_int_equal(1, receipts_of_7(dst, 3, start));
	static const int32_t night[4] = {AT(0, 23, 53), AT(0, 23, 59), AT(0, 0, 5), AT(0, 0, 9)};
	assert_int_equal(1, receipts_of_7(night, 4, start));
	assert_int_equal(AT(0, 0, 5), start[0]);
	/* the next night's check of that number: its 00:02 is its own, 3 minutes after 23:59 */
	static const int32_t nights[6] = {AT(0, 23, 53), AT(0, 23, 59), AT(0, 0, 5), AT(0, 0, 9),
					  AT(1, 0, 2), AT(1, 23, 50)};
	assert_int_equal(2, receipts_of_7(nights, 6, start));
	assert_int_equal(AT(1, 0, 2), start[5]);
	assert_int_equal(AT(0, 0, 5), start[1]);
	/* the morning's lines and the night's: no business date's night, two visits */
	static const int32_t day[4] = {AT(0, 9, 0), AT(0, 9, 1), AT(0, 21, 0), AT(0, 21, 2)};
	assert_int_equal(2, receipts_of_7(day, 4, start));
	assert_int_equal(AT(0, 21, 0), start[3]);
	/* 23:50 and 00:05 as written on the next day: a tab over midnight */
	static const int32_t midnight[2] = {AT(0, 23, 50), AT(1, 0, 5)};
	assert_int_equal(1, receipts_of_7(midnight, 2, start));
	static const int32_t days[2] = {AT(0, 10, 0), AT(1, 10, 0)};
	assert_int_equal(2, receipts_of_7(days, 2, start));
	/* RECEIPTS_VISIT_MINUTES apart: two; a minute less: one */
	int32_t visit[2] = {AT(0, 9, 0), AT(0, 9, 0) + RECEIPTS_VISIT_MINUTES};
	assert_int_equal(2, receipts_of_7(visit, 2, start));
	visit[1]--;
	assert_int_equal(1, receipts_of_7(visit, 2, start));
}

/* Without a time column of its own (a date's time), the pause of row 4 is within the day of
 * row 3: one receipt, as one day's lines were read before; midnight within the gap joins too. */
static void test_by_day(void **state)
{
	(void)state;
	int32_t start[6];
	receipts_out o;
	receipts_in q = {6, inv, cust, NULL, minute, 0, 0};
	assert_int_equal(0, receipts_find(&q, start, &o));
	for (int i = 0; i < 5; i++)
		assert_int_equal(AT(0, 23, 58), start[i]);
	assert_int_equal(AT(1, 0, 8), start[5]);
	assert_int_equal(2, o.receipts);
	/* a day apart: two receipts, however short the day's time */
	static const int32_t two_days[2] = {AT(0, 0, 0), AT(1, 0, 0)};
	assert_int_equal(0, receipts_find(&(receipts_in){2, inv, cust, NULL, two_days, 0, 0},
					  start, &o));
	assert_int_equal(2, o.receipts);
	assert_int_equal(AT(1, 0, 0), start[1]);
}

/* A till column: keyed, it parts two tills' lines of one number and minute; counted only, it
 * says how many receipts it changes within (a product's URL on every line: all). */
static void test_till(void **state)
{
	(void)state;
	static const uint32_t tinv[] = {1, 1, 1, 2, 2, 3};
	static const uint32_t tcust[] = {7, 7, 7, 8, 8, 9};
	static const uint32_t till[] = {0, 0, 1, 2, 3, 4};
	static const int32_t tmin[] = {AT(0, 9, 0), AT(0, 9, 1), AT(0, 9, 2), AT(0, 9, 0),
				       AT(0, 9, 0), AT(0, 9, 0)};
	int32_t start[6];
	receipts_out o;
	receipts_in q = {6, tinv, tcust, till, tmin, 1, 1};
	assert_int_equal(0, receipts_find(&q, start, &o));
	assert_int_equal(5, o.receipts);
	assert_int_equal(1, o.multi);
	assert_int_equal(0, o.mixed_till);
	assert_int_equal(AT(0, 9, 2), start[2]);
	q.key_till = 0;
	assert_int_equal(0, receipts_find(&q, start, &o));
	assert_int_equal(3, o.receipts);
	assert_int_equal(2, o.multi);
	assert_int_equal(2, o.mixed_till);
	assert_int_equal(AT(0, 9, 0), start[2]);
	/* a quarter of the receipts of two lines or more: no till; fewer: a till */
	assert_true(receipts_till_varies(2, 2));
	assert_true(receipts_till_varies(8, 2));
	assert_false(receipts_till_varies(9, 2));
	assert_false(receipts_till_varies(5, 0));
}

/* The manual states both limits as the headers hold them: the gap within a receipt and the
 * most minutes between a line and its void. */
static void test_man_states_limits(void **state)
{
	(void)state;
	char *text = tu_read_man(), want[3][160];
	assert_non_null(text);
	for (char *p = text; *p; p++)   /* the page's lines joined as words */
		if (*p == '\n')
			*p = ' ';
	snprintf(want[0], sizeof want[0], "pause of more than %d minutes in which another "
		 "customer's line of the number is rung", RECEIPTS_GAP_MINUTES);
	snprintf(want[1], sizeof want[1], "one price, at most %d minutes apart", VOIDS_MINUTES);
	snprintf(want[2], sizeof want[2], "pause of %d minutes or more", RECEIPTS_VISIT_MINUTES);
	for (int k = 0; k < 3; k++)
		if (!strstr(text, want[k]))
			fail_msg("the manual does not say '%s'", want[k]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_by_time),
		cmocka_unit_test(test_pause_alone),
		cmocka_unit_test(test_by_day),
		cmocka_unit_test(test_till),
		cmocka_unit_test(test_man_states_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
