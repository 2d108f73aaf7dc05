/* test_dataset.c — cleaning rules, aggregation on a hand-computed fixture, labels. */
#include "testutil.h"

#include <math.h>

#include "clean.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"
#include "labels.h"

/* Hand-computed expectations are in the comments. */
static const char fixture[] =
	"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
	"1001,A1,Apple,2,1/5/2011 10:00,1.50,U1,UK\n"            /* kept */
	"1001,B1,Banana,1,1/5/2011 10:00,2.00,U1,UK\n"           /* kept */
	"1001,A1,Apple,3,1/5/2011 10:00,1.50,U1,UK\n"            /* kept, same invoice as row 1 */
	"1002,A1,Apple,1,2/5/2011 11:00,1.50,U1,UK\n"            /* kept */
	"1003,A1,Apple green,4,2011-02-06 09:30,1.25,U2,France\n"/* kept */
	"1004,B1,Banana,1,2011-02-07 09:30,2.00,,UK\n"           /* customer */
	"C1005,A1,Apple,-1,2011-02-08 09:30,1.50,U1,UK\n"        /* cancelled */
	"1006,POST,POSTAGE,1,2011-02-08 10:00,18.00,U2,France\n"/* nonproduct */
	"1007,C1,Cherry,1,2011-02-08 11:00,0,U2,France\n"        /* price */
	"1008,A1,Apple,1,2011-03-01 08:00,1.50,U1,UK\n"          /* kept */
	"1009,D1,Date,0,2011-03-01 08:00,1.50,U1,UK\n"           /* cancelled (quantity 0) */
	"1010,gift_0001_10,Voucher,1,2011-03-01 08:00,10,U1,UK\n"/* nonproduct (prefix) */
	"1011,DCGSSBOY,Boy,1,2011-03-01 08:00,3,U1,UK\n";       /* nonproduct (prefix) */

static rr_rows *rows;

static int setup(void **state)
{
	(void)state;
	char *p = tu_write_temp_str(fixture);
	rows = ingest_load(p, NULL, 0, NULL);
	tu_remove(p);
	return rows ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	rows_free(rows);
	return 0;
}

static void test_rules(void **state)
{
	(void)state;
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	rr_dataset *d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	assert_int_equal(13, d->rows_seen);
	assert_int_equal(1, d->dropped[RR_RULE_CUSTOMER]);
	assert_int_equal(2, d->dropped[RR_RULE_CANCELLED]);
	assert_int_equal(1, d->dropped[RR_RULE_PRICE]);
	assert_int_equal(3, d->dropped[RR_RULE_NONPRODUCT]);
	assert_int_equal(6, d->kept);
	dataset_free(d);

	/* each rule off in turn: its rows are kept or fall to the next rule */
	c.on[RR_RULE_CUSTOMER] = 0;
	d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_int_equal(0, d->dropped[RR_RULE_CUSTOMER]);
	assert_int_equal(7, d->kept);
	assert_int_equal(5, d->n_invoices);   /* 1004 counts as an invoice without a customer */
	assert_int_equal(3, d->n_pairs);      /* but makes no pair */
	assert_int_equal(2, d->item_invoices[dataset_find_item(d, "B1")]);
	dataset_free(d);
	c.on[RR_RULE_CUSTOMER] = 1;
	c.on[RR_RULE_CANCELLED] = 0;
	d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_int_equal(8, d->kept);        /* C1005 and the zero quantity row */
	dataset_free(d);
	c.on[RR_RULE_CANCELLED] = 1;
	c.on[RR_RULE_PRICE] = 0;
	d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_int_equal(7, d->kept);
	dataset_free(d);
	c.on[RR_RULE_PRICE] = 1;
	c.on[RR_RULE_NONPRODUCT] = 0;
	d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_int_equal(9, d->kept);
	dataset_free(d);
	c.on[RR_RULE_NONPRODUCT] = 1;
	/* a configured list */
	assert_int_equal(0, clean_set_codes(&c, "POST, gift_*"));
	assert_int_equal(2, c.n_codes);
	assert_true(clean_is_nonproduct(&c, "gift_0001_10", 12));
	assert_false(clean_is_nonproduct(&c, "DCGSSBOY", 8));
	assert_false(clean_is_nonproduct(&c, "POS", 3));
	clean_free(&c);
}

static void test_aggregates(void **state)
{
	(void)state;
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	clean_free(&c);
	assert_int_equal(2, d->n_users);
	assert_int_equal(2, d->n_items);
	assert_int_equal(4, d->n_invoices);
	assert_int_equal(3, d->n_pairs);
	uint32_t u1 = dataset_find_user(d, "U1"), u2 = dataset_find_user(d, "U2");
	uint32_t a = dataset_find_item(d, "A1"), b = dataset_find_item(d, "B1");
	assert_int_equal(0, u1); /* first appearance order */
	assert_int_equal(1, u2);
	assert_int_equal(RR_NONE, dataset_find_user(d, "nobody"));
	assert_int_equal(RR_NONE, dataset_find_item(d, "POST")); /* cleaned away */
	/* (U1, A): invoices 1001, 1002, 1008; quantity 2+3+1+1 = 7; spend 7 × 1.50 */
	const rr_pair *p = &d->pairs[dataset_find_pair(d, u1, a)];
	assert_int_equal(3, p->orders);
	assert_true(p->quantity == 7.0);
	assert_true(fabs(p->spend - 10.5) < 1e-12);
	char buf[32];
	assert_string_equal("2011-01-05 10:00", ingest_format_minute(p->first, buf, sizeof buf));
	assert_string_equal("2011-03-01 08:00", ingest_format_minute(p->last, buf, sizeof buf));
	p = &d->pairs[dataset_find_pair(d, u1, b)];
	assert_int_equal(1, p->orders);
	assert_true(p->spend == 2.0);
	p = &d->pairs[dataset_find_pair(d, u2, a)];
	assert_int_equal(1, p->orders);
	assert_true(p->quantity == 4.0 && p->spend == 5.0);
	assert_int_equal((size_t)-1, dataset_find_pair(d, u2, b));
	/* pairs sorted by (user, item) with CSR starts */
	assert_int_equal(0, d->user_start[0]);
	assert_int_equal(2, d->user_start[1]);
	assert_int_equal(3, d->user_start[2]);
	/* per item / per user */
	assert_int_equal(2, d->item_buyers[a]);
	assert_int_equal(4, d->item_invoices[a]);
	assert_int_equal(1, d->item_buyers[b]);
	assert_int_equal(3, d->user_invoices[u1]);
	assert_true(fabs(d->user_spend[u1] - 12.5) < 1e-12);
	assert_string_equal("France", strtab_get(rows->countries, d->user_country[u2]));
	/* the most frequent description wins */
	assert_string_equal("Apple", dataset_item_desc(d, a));
	/* invoice baskets: 1001 holds A and B */
	uint32_t v = 0;
	assert_string_equal("1001", strtab_get(rows->invoices, d->inv_code[v]));
	assert_int_equal(2, d->inv_start[v + 1] - d->inv_start[v]);
	assert_int_equal(3, d->max_orders);
	size_t *h = dataset_order_hist(d);
	assert_int_equal(2, h[1]);
	assert_int_equal(0, h[2]);
	assert_int_equal(1, h[3]);
	free(h);
	dataset_free(d);
}

/* A customer with rows in two countries is where it bought last, and said to have others
 * (t48 F5: 12455 was shown in Cyprus, its first rows, though every purchase since June was
 * in Spain); a row without a country names none. */
static void test_user_country(void **state)
{
	(void)state;
	char *p = tu_write_temp_str(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"3,A1,Apple,1,2011-09-27 10:00,1.50,X,Spain\n"
		"1,A1,Apple,1,2011-02-16 10:00,1.50,X,Cyprus\n"
		"1,B1,Banana,1,2011-02-16 10:00,1.50,X,Cyprus\n"
		"2,B1,Banana,1,2011-06-03 10:00,1.50,X,Spain\n"
		"4,A1,Apple,1,2011-02-16 10:00,1.50,Y,UK\n"
		"5,A1,Apple,1,2011-10-16 10:00,1.50,Y,\n"
		"6,A1,Apple,1,2011-10-16 10:00,1.50,Z,\n");
	rr_rows *r = ingest_load(p, NULL, 0, NULL);
	tu_remove(p);
	assert_non_null(r);
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	clean_free(&c);
	assert_non_null(d);
	uint32_t x = dataset_find_user(d, "X"), y = dataset_find_user(d, "Y"), z = dataset_find_user(d, "Z");
	char buf[64];
	assert_string_equal("Spain", strtab_get(r->countries, d->user_country[x]));
	assert_int_equal(2, d->user_countries[x]);
	assert_string_equal("Spain (+1)", dataset_country_text(d, x, buf, sizeof buf));
	assert_string_equal("UK", dataset_country_text(d, y, buf, sizeof buf));
	assert_int_equal(1, d->user_countries[y]);
	assert_string_equal("", dataset_country_text(d, z, buf, sizeof buf));
	assert_int_equal(0, d->user_countries[z]);
	dataset_free(d);
	rows_free(r);
}

static void test_window(void **state)
{
	(void)state;
	rr_clean c;
	clean_init(&c);
	int32_t cut;
	assert_int_equal(0, ingest_parse_day("2011-02-01", &cut));
	rr_dataset *d = dataset_build(rows, &c, INT32_MIN, cut);
	assert_int_equal(3, d->rows_seen);  /* invoice 1001 (January); 1002 is 5 February */
	assert_int_equal(3, d->kept);
	assert_int_equal(2, d->n_pairs);
	dataset_free(d);
	d = dataset_build(rows, &c, cut, INT32_MAX);
	assert_int_equal(10, d->rows_seen);
	assert_int_equal(2, d->n_pairs);  /* (U1,A1) in 1002/1008, (U2,A1) in 1003 */
	assert_int_equal(2, d->pairs[dataset_find_pair(d, dataset_find_user(d, "U1"),
						     dataset_find_item(d, "A1"))].orders);
	dataset_free(d);
	clean_free(&c);
}

static void test_labels(void **state)
{
	(void)state;
	long e[6];
	e[0] = 5; e[1] = 2;
	assert_int_equal(-1, labels_check(2, e));
	assert_non_null(strstr(err_msg(), "must increase"));
	e[0] = 2; e[1] = 2;
	assert_int_equal(-1, labels_check(2, e));
	assert_non_null(strstr(err_msg(), "repeated"));
	e[0] = 0;
	assert_int_equal(-1, labels_check(1, e));
	assert_non_null(strstr(err_msg(), "at least 1"));
	e[0] = -3;
	assert_int_equal(-1, labels_check(1, e));
	assert_non_null(strstr(err_msg(), "at least 1"));
	assert_int_equal(-1, labels_check(0, e));
	e[0] = 1; e[1] = 2; e[2] = 3; e[3] = 4; e[4] = 5; e[5] = 6;
	assert_int_equal(-1, labels_check(6, e));
	assert_non_null(strstr(err_msg(), "1 to 5 edges"));
	assert_int_equal(0, labels_check(5, e));
	rr_labels l;
	labels_set(&l, 5, e);
	assert_int_equal(6, l.n_classes);
	uint64_t g = l.gen;   /* every labels_set is a new generation, even with the same edges */
	labels_set(&l, 5, e);
	assert_true(l.gen > g);
	assert_string_equal("1", l.name[0]);
	assert_string_equal("6+", l.name[5]);
	e[0] = 2; e[1] = 5;
	labels_set(&l, 2, e);
	assert_string_equal("medium", l.name[1]);
	assert_int_equal(0, labels_class(&l, 1));
	assert_int_equal(0, labels_class(&l, 2));
	assert_int_equal(1, labels_class(&l, 3));
	assert_int_equal(1, labels_class(&l, 5));
	assert_int_equal(2, labels_class(&l, 6));
	assert_int_equal(2, labels_class(&l, 63));
	e[0] = 2;
	labels_set(&l, 1, e);
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	size_t counts[RR_MAX_CLASSES];
	labels_count(&l, d, counts);
	assert_int_equal(2, counts[0]);
	assert_int_equal(1, counts[1]);
	dataset_free(d);
	clean_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_aggregates),
		cmocka_unit_test(test_user_country),
		cmocka_unit_test(test_window),
		cmocka_unit_test(test_labels),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
