/* test_realclean.c — the returns and casefold rules, the filters and the default evaluation
 * cutoff on the real datasets, each against a count made another way: a brute-force loop
 * here, or Python's csv module over the same file (the figures in the comments). Run from the
 * top of the tree. */
#include "testutil.h"

#include <math.h>

#include "clean.h"
#include "dataset.h"
#include "err.h"
#include "evaluate.h"
#include "filter.h"
#include "ingest.h"

#define OR_PATH "data/online_retail.csv.gz"
#define ORII_PATH "data/online_retail_ii_2009_2010.csv.gz"   /* shipped for the tests */

static rr_rows *rows;

static int setup(void **state)
{
	(void)state;
	rows = ingest_load(OR_PATH, NULL, 1, NULL);
	return rows ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	rows_free(rows);
	return 0;
}

/* Online Retail II sits in the shared data directory beside the main tree or a worktree. */
/* The returns rule, counted the slow way: every return row (a customer, a cancellation, a
 * positive price, a product code) looked up in the dataset built without the rule. */
static void count_returns(const rr_rows *r, const rr_clean *c, const rr_dataset *d,
			  size_t *full, size_t *partial, double *returned)
{
	for (size_t i = 0; i < r->n; i++) {
		const char *inv = strtab_get(r->invoices, r->invoice[i]);
		const char *code = strtab_get(r->codes, r->item[i]);
		if (r->cust[i] == RR_NONE || !(r->qty[i] <= 0 || inv[0] == 'C') || !(r->price[i] > 0) ||
		    clean_is_nonproduct(c, code, strlen(code)))
			continue;
		uint32_t u = dataset_find_user(d, strtab_get(r->customers, r->cust[i]));
		size_t p = dataset_find_pair(d, u, dataset_find_item(d, code));
		if (p != (size_t)-1)
			returned[p] -= r->qty[i];
	}
	*full = *partial = 0;
	for (size_t p = 0; p < d->n_pairs; p++) {
		*full += returned[p] >= d->pairs[p].quantity;
		*partial += returned[p] > 0 && returned[p] < d->pairs[p].quantity;
	}
}

static void test_returns(void **state)
{
	(void)state;
	rr_clean c;
	clean_init(&c);
	rr_dataset *off = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	double *ret = calloc(off->n_pairs, sizeof *ret);
	size_t full, partial;
	count_returns(rows, &c, off, &full, &partial, ret);
	assert_int_equal(1553, full);      /* Python: 1553 in full, 5351 in part */
	assert_int_equal(5351, partial);
	assert_int_equal(full, off->returns.full);
	assert_int_equal(partial, off->returns.partial);
	/* 12346 bought 74,215 of 23166 for 77,183.60 and returned them all */
	uint32_t u = dataset_find_user(off, "12346");
	assert_true(fabs(off->user_spend[u] - 77183.6) < 1e-6);
	c.returns = 1;
	rr_dataset *on = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_int_equal(off->n_pairs - full, on->n_pairs);   /* 264,668 */
	assert_int_equal(394708, on->kept);                  /* Python: 394708 rows, 4322 */
	assert_int_equal(4322, on->n_users);                 /* customers, 3643 items, */
	assert_int_equal(3643, on->n_items);                 /* 18349 invoices */
	assert_int_equal(18349, on->n_invoices);
	assert_int_equal(RR_NONE, dataset_find_user(on, "12346"));
	/* every pair kept, reduced by what was returned, spend in the same proportion */
	for (size_t p = 0; p < off->n_pairs; p++) {
		const rr_pair *a = &off->pairs[p];
		uint32_t nu = dataset_find_user(on, dataset_user_name(off, a->user));
		size_t q = dataset_find_pair(on, nu, dataset_find_item(on, dataset_item_name(off, a->item)));
		if (ret[p] >= a->quantity) {
			assert_int_equal((size_t)-1, q);
			continue;
		}
		assert_true(q != (size_t)-1);
		double r = ret[p] > 0 ? ret[p] : 0;
		assert_int_equal(a->orders, on->pairs[q].orders);
		assert_true(on->pairs[q].quantity == a->quantity - r);
		assert_true(fabs(on->pairs[q].spend - a->spend * (a->quantity - r) / a->quantity) <
			    1e-9 * (1 + a->spend));
	}
	free(ret);
	dataset_free(on);
	dataset_free(off);
	clean_free(&c);
}

static int same_but_case(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		int x = *a >= 'a' && *a <= 'z' ? *a - 32 : *a, y = *b >= 'a' && *b <= 'z' ? *b - 32 : *b;
		if (x != y)
			return 0;
	}
	return *a == *b;
}

static void test_casefold(void **state)
{
	(void)state;
	/* every pair of codes compared: a code counts when another equals it but for case, a
	 * group once, at its first code */
	uint32_t n = strtab_count(rows->codes), codes = 0, groups = 0;
	for (uint32_t i = 0; i < n; i++) {
		int other = 0, earlier = 0;
		for (uint32_t j = 0; j < n; j++)
			if (j != i && same_but_case(strtab_get(rows->codes, i), strtab_get(rows->codes, j))) {
				other = 1;
				earlier |= j < i;
			}
		codes += other;
		groups += other && !earlier;
	}
	assert_int_equal(224, codes);   /* Python: 112 groups such as 85123A/85123a */
	assert_int_equal(112, groups);
	uint32_t c2, g2;
	assert_int_equal(0, clean_case_variants(rows, NULL, &c2, &g2));
	assert_int_equal(codes, c2);
	assert_int_equal(groups, g2);
	/* the lower-case spellings are all on rows without a customer */
	rr_clean c;
	clean_init(&c);
	c.casefold = 1;
	rr_dataset *d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_int_equal(3659, d->n_items);
	assert_int_equal(266221, d->n_pairs);
	/* named by the spelling of its kept rows, not 84872a of rows without a customer (t20) */
	assert_string_equal("84872A", dataset_item_name(d, dataset_find_item(d, "84872a")));
	dataset_free(d);
	c.on[RR_RULE_CUSTOMER] = 0;
	d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_int_equal(3791, d->n_items);   /* Python: 3792 items folded, 3901 not, less 'm' (Manual): non-product in any case */
	assert_int_equal(dataset_find_item(d, "85123A"), dataset_find_item(d, "85123a"));
	dataset_free(d);
	c.casefold = 0;
	d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	assert_int_equal(3900, d->n_items);   /* 3901 less 'm' */
	dataset_free(d);
	clean_free(&c);
}

typedef struct figures {
	size_t filtered, kept;
	uint32_t users, items, invoices;
	size_t pairs;
} figures;

static void check_figures(const rr_clean *c, figures want)
{
	rr_dataset *d = dataset_build(rows, c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	assert_int_equal(want.filtered, d->filtered);
	assert_int_equal(want.kept, d->kept);
	assert_int_equal(want.users, d->n_users);
	assert_int_equal(want.items, d->n_items);
	assert_int_equal(want.invoices, d->n_invoices);
	assert_int_equal(want.pairs, d->n_pairs);
	dataset_free(d);
}

/* The figures are Python's, over the same file with the same rules. */
static void test_filters(void **state)
{
	(void)state;
	rr_clean c;
	clean_init(&c);
	const char *uk[] = {"United Kingdom"}, *fg[] = {"France", "Germany"};
	assert_int_equal(0, filter_set_countries(&c.filter, 1, uk));
	check_figures(&c, (figures){46431, 353985, 3916, 3639, 16579, 237809});
	/* the evaluation's periods see the same rows */
	int32_t cut;
	assert_int_equal(0, ingest_parse_day("2011-09-01", &cut));
	rr_tsplit *sp = split_new(rows, &c, cut);
	assert_non_null(sp);
	assert_int_equal(353985, sp->train->kept + sp->test->kept);
	split_free(sp);
	assert_int_equal(0, filter_set_countries(&c.filter, 2, fg));
	check_figures(&c, (figures){523857, 16692, 181, 2017, 822, 11873});
	filter_free(&c.filter);
	assert_int_equal(0, ingest_parse_day("2011-01-01", &c.filter.since));
	check_figures(&c, (figures){42481, 370281, 4214, 3590, 17008, 251495});
	assert_int_equal(0, ingest_parse_day("2011-03-01", &c.filter.since));
	assert_int_equal(0, ingest_parse_day("2011-06-01", &c.filter.until)); /* until 2011-05-31 */
	check_figures(&c, (figures){438215, 77816, 1991, 2759, 3995, 66293});
	filter_free(&c.filter);
	char *ids = tu_write_temp_str("12346\n17850\n13047\n18074\n99999\n");
	assert_int_equal(0, filter_read_customers(&c.filter, ids, NULL, NULL, NULL));
	tu_remove(ids);
	check_figures(&c, (figures){541386, 482, 4, 139, 45, 140});
	clean_free(&c);
}

static void test_default_cutoff(void **state)
{
	(void)state;
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	char buf[32];
	/* 2010-12-01 08:26 to 2011-12-09 12:50: three quarters on is 2011-09-07 05:44 */
	assert_string_equal("2011-09-07 00:00",
			    ingest_format_minute(dataset_default_cutoff(d), buf, sizeof buf));
	dataset_free(d);
	rr_rows *r = ingest_load(ORII_PATH, NULL, 1, NULL);
	assert_non_null(r);
	d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	/* 2009-12-01 07:45 to 2010-12-09 20:01: three quarters on is 2010-09-07 10:57 */
	assert_string_equal("2010-09-07 00:00",
			    ingest_format_minute(dataset_default_cutoff(d), buf, sizeof buf));
	/* Python: 1878 in full, 5358 in part; 1879 and 5360 counting the pairs of ADJUST (12600)
	 * and TEST001 (16454, 12346), lines of the books (t44 #6) */
	assert_int_equal(1878, d->returns.full);
	assert_int_equal(5358, d->returns.partial);
	dataset_free(d);
	rows_free(r);
	clean_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_returns),
		cmocka_unit_test(test_casefold),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_default_cutoff),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
