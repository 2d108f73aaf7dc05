/* test_realdata.c — the documented figures of the real datasets (DESIGN §3), and the
 * synthetic generator's file loading cleanly. */
#include "testutil.h"

#include "clean.h"
#include "dataset.h"
#include "err.h"
#include "gen.h"
#include "ingest.h"
#include "labels.h"

static void check_figures(const char *path, size_t rows, const size_t drop[4], size_t kept,
			  uint32_t users, uint32_t items, uint32_t invoices, size_t pairs, size_t once,
			  uint32_t max_orders, const size_t classes[3])
{
	rr_rows *r = ingest_load(path, NULL, 1, NULL);
	if (!r)
		fail_msg("%s", err_msg());
	assert_int_equal(rows, r->lines);
	assert_int_equal(rows, r->n);
	assert_int_equal(0, rows_rejected_total(r));
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	for (int k = 0; k < 4; k++)
		assert_int_equal(drop[k], d->dropped[k]);
	assert_int_equal(kept, d->kept);
	assert_int_equal(users, d->n_users);
	assert_int_equal(items, d->n_items);
	assert_int_equal(invoices, d->n_invoices);
	assert_int_equal(pairs, d->n_pairs);
	size_t n1 = 0;
	for (size_t p = 0; p < d->n_pairs; p++)
		n1 += d->pairs[p].orders == 1;
	assert_int_equal(once, n1);
	assert_int_equal(max_orders, d->max_orders);
	rr_labels l;
	long e[2] = {2, 5};
	labels_set(&l, 2, e);
	size_t counts[RR_MAX_CLASSES];
	labels_count(&l, d, counts);
	for (int k = 0; k < 3; k++)
		assert_int_equal(classes[k], counts[k]);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
}

static void test_online_retail(void **state)
{
	(void)state;
	static const size_t drop[4] = {135080, 8905, 40, 1547};
	static const size_t classes[3] = {242015, 19584, 4622};
	check_figures("data/online_retail.csv.gz", 541909, drop, 396337, 4334, 3659, 18402, 266221,
		      206724, 63, classes);
}

/* Figures counted independently (Python's csv module over the same file, same rules). The 45
 * lines of ADJUST, ADJUST2 ("Adjustment by john on 26/01/2010 16"), TEST001 and TEST002 ("This
 * is a test product.") are no products (t44 #6: they were 1,322, the test product kept). */
static void test_online_retail_ii(void **state)
{
	(void)state;
	const char *path = "data/online_retail_ii_2009_2010.csv.gz"; /* shipped for the tests */
	static const size_t drop[4] = {107927, 9839, 31, 1367};
	static const size_t classes[3] = {249900, 19713, 4229};
	check_figures(path, 525461, drop, 406297, 4285, 4007, 18966, 273842, 213431, 112, classes);
}

static void test_item_descriptions(void **state)
{
	(void)state;
	rr_rows *r = ingest_load("data/online_retail.csv.gz", NULL, 0, NULL);
	assert_non_null(r);
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_string_equal("WHITE HANGING HEART T-LIGHT HOLDER",
			    dataset_item_desc(d, dataset_find_item(d, "85123A")));
	/* 17850 is the first customer of the file */
	assert_int_equal(0, dataset_find_user(d, "17850"));
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
}

static void test_generator(void **state)
{
	(void)state;
	char a[] = "/tmp/relrec-gen-XXXXXX", b[] = "/tmp/relrec-gen-XXXXXX";
	close(mkstemp(a));
	close(mkstemp(b));
	assert_int_equal(0, gen_write_file(a, 20000, 5, NULL));
	assert_int_equal(0, gen_write_file(b, 20000, 5, NULL));
	FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
	int same = 1, ca, cb;
	do {
		ca = getc(fa);
		cb = getc(fb);
		same &= ca == cb;
	} while (ca != EOF && cb != EOF);
	fclose(fa);
	fclose(fb);
	assert_true(same); /* same rows and seed, same bytes */
	rr_rows *r = ingest_load(a, NULL, 1, NULL);
	assert_non_null(r);
	assert_int_equal(20000, r->n);
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	/* realistic skew: every rule drops something (but the price rule, and the date rule:
	 * the generator writes no outlying date), repeat buyers exist */
	for (int k = 0; k < RR_RULE_N; k++)
		if (k != RR_RULE_PRICE && k != RR_RULE_DATE)
			assert_true(d->dropped[k] > 0);
	assert_true(d->max_orders > 5);
	assert_true(d->n_pairs < d->kept);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
	unlink(a);
	unlink(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_online_retail),
		cmocka_unit_test(test_online_retail_ii),
		cmocka_unit_test(test_item_descriptions),
		cmocka_unit_test(test_generator),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
