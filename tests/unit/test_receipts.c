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
 * then a pause of 11 minutes, then another line; customer 8's line of number 1 is its own. */
static const uint32_t inv[] = {1, 1, 1, 1, 1, 1};
static const uint32_t cust[] = {7, 7, 7, 7, 7, 8};
static const int32_t minute[] = {AT(0, 23, 58), AT(0, 23, 59), AT(1, 0, 1), AT(1, 0, 3),
				 AT(1, 0, 14), AT(1, 0, 1)};

static void test_by_time(void **state)
{
	(void)state;
	int32_t start[6];
	receipts_out o;
	receipts_in q = {6, inv, cust, NULL, minute, 0, 1};
	assert_int_equal(0, receipts_find(&q, start, &o));
	static const int32_t want[6] = {AT(0, 23, 58), AT(0, 23, 58), AT(0, 23, 58),
					AT(0, 23, 58), AT(1, 0, 14), AT(1, 0, 1)};
	for (int i = 0; i < 6; i++)
		if (start[i] != want[i])
			fail_msg("row %d: receipt of %d, want %d", i, start[i], want[i]);
	assert_int_equal(3, o.receipts);
	assert_int_equal(1, o.multi);
	assert_int_equal(0, o.mixed_till);
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
	assert_int_equal(AT(1, 0, 1), start[5]);
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
	char *text = tu_read_man(), want[2][96];
	assert_non_null(text);
	for (char *p = text; *p; p++)   /* the page's lines joined as words */
		if (*p == '\n')
			*p = ' ';
	snprintf(want[0], sizeof want[0], "each at most %d minutes after the one before",
		 RECEIPTS_GAP_MINUTES);
	snprintf(want[1], sizeof want[1], "one price, at most %d minutes apart", VOIDS_MINUTES);
	for (int k = 0; k < 2; k++)
		if (!strstr(text, want[k]))
			fail_msg("the manual does not say '%s'", want[k]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_by_time),
		cmocka_unit_test(test_by_day),
		cmocka_unit_test(test_till),
		cmocka_unit_test(test_man_states_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
