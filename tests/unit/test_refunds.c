/* test_refunds.c — a refund of part of a price is no unit back (t72 F13): under the returns
 * rule, a refund line whose money is under half what its units cost the pair takes that
 * money off the pair's spend and keeps its units and order; a refund of the price paid is a
 * return, in full or in part, as before. Only a file that marks its refunds itself (an
 * event column) is judged so. The figures are computed by hand in the comments. */
#include "testutil.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "clean.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"

static const char fixture[] =
	"Date,Time,Event Type,SKU,Qty,Net Sales,Transaction ID,Customer ID\n"
	"2024-02-01,10:00:00,Payment,V1,1,$48.00,t1,C1\n"   /* C1 V1: 1 at 48 */
	"2024-02-03,11:00:00,Refund,V1,1,-$9.60,r1,C1\n"    /* 9.60 < 24: goodwill, no unit */
	"2024-02-01,12:00:00,Payment,V2,2,$20.00,t2,C2\n"   /* C2 V2: 2 at 10 */
	"2024-02-05,12:00:00,Refund,V2,1,-$10.00,r2,C2\n"   /* one unit back: in part */
	"2024-02-01,13:00:00,Payment,V3,1,$30.00,t3,C3\n"   /* C3 V3: 1 at 30 */
	"2024-02-06,13:00:00,Refund,V3,1,-$30.00,r3,C3\n";  /* returned in full */

static rr_dataset *build(const rr_rows *r, int returns)
{
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	c.returns = returns;
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	clean_free(&c);
	if (!d)
		fail_msg("%s", err_msg());
	return d;
}

static void test_partial_refund(void **state)
{
	(void)state;
	char *p = tu_write_temp_str(fixture);
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	assert_true(r->returns_marked);
	/* rule off: every purchase as bought, 4 units, 98.00; what the rule would do counted */
	rr_dataset *d = build(r, 0);
	assert_true(fabs(d->quantity - 4) < 1e-9);
	assert_true(fabs(d->spend - 98) < 1e-6);
	assert_int_equal(1, d->returns.full);
	assert_int_equal(1, d->returns.partial);
	assert_int_equal(1, d->returns.adjusted);
	assert_true(fabs(d->returns.adjusted_money - 9.60) < 1e-6);
	dataset_free(d);
	/* rule on: C3's pair dropped; C2's 1 unit at 10; C1's vase kept, 48 - 9.60 = 38.40:
	 * 2 units, 48.40, two pairs of one order each */
	d = build(r, 1);
	assert_int_equal(2, d->n_pairs);
	assert_true(fabs(d->quantity - 2) < 1e-9);
	assert_true(fabs(d->spend - 48.40) < 1e-6);
	char text[300];
	assert_non_null(strstr(dataset_returns_text(d, text, sizeof text),
			       "1 pair refunded part of the price, no unit back (9.60 off the spend)"));
	dataset_free(d);
	rows_free(r);
}

/* The same lines as a till writes them, without an event column (a refund is a line below
 * 0): the file says no line is a refund of money, and each is read as units back, as
 * before (Online Retail's cancellations at another tier of an item's prices). By hand, with
 * the rule on: C1's vase returned in full too: 1 unit, 10.00. */
static void test_unmarked_refund_is_units(void **state)
{
	(void)state;
	char *p = tu_write_temp_str("Date,Time,SKU,Qty,Price,Transaction ID,Customer ID\n"
				    "2024-02-01,10:00:00,V1,1,48.00,t1,C1\n"
				    "2024-02-03,11:00:00,V1,-1,9.60,r1,C1\n"
				    "2024-02-01,12:00:00,V2,2,10.00,t2,C2\n"
				    "2024-02-05,12:00:00,V2,-1,10.00,r2,C2\n");
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	assert_false(r->returns_marked);
	rr_dataset *d = build(r, 1);
	assert_int_equal(0, d->returns.adjusted);
	assert_int_equal(1, d->returns.full);
	assert_true(fabs(d->quantity - 1) < 1e-9);
	assert_true(fabs(d->spend - 10) < 1e-6);
	dataset_free(d);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_partial_refund),
		cmocka_unit_test(test_unmarked_refund_is_units),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
