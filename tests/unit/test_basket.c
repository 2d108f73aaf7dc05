/* test_basket.c — baskets and pair rules: known answers on a hand-made basket set, the
 * customer-rule exception, and on the real data the documented figures and brute-force counts. */
#include "testutil.h"

#include <math.h>

#include "basket.h"
#include "clean.h"
#include "ingest.h"
#include "reason.h"
#include "rows.h"

enum { A = 0, B, C, D };

/* B0 {A,B,C}  B1 {A,B,A}  B2 {A,C}  B3 {B,C}  B4 {A,B,D}: N = 5, n_A = 4, n_B = 4, n_C = 3,
 * n_D = 1; n_AB = 3, n_AC = 2, n_BC = 2, n_AD = 1, n_BD = 1, n_CD = 0. */
static rr_baskets *fixture(void)
{
	static const size_t start[] = {0, 3, 6, 8, 10, 13};
	static const uint32_t items[] = {A, B, C, A, B, A, A, C, C, B, D, B, A};
	rr_baskets *b = baskets_from_csr(5, start, items, 4);
	assert_non_null(b);
	return b;
}

static void test_counts(void **state)
{
	(void)state;
	rr_baskets *b = fixture();
	assert_int_equal(5, b->n_baskets);
	assert_int_equal(12, b->n_entries);   /* the duplicate A in B1 is gone */
	assert_int_equal(4, b->count[A]);
	assert_int_equal(4, b->count[B]);
	assert_int_equal(3, b->count[C]);
	assert_int_equal(1, b->count[D]);
	uint32_t acc[4] = {0}, touched[4], nt = 0;
	baskets_row(b, A, acc, touched, &nt);
	assert_int_equal(3, nt);
	assert_int_equal(0, acc[A]);
	assert_int_equal(3, acc[B]);
	assert_int_equal(2, acc[C]);
	assert_int_equal(1, acc[D]);
	for (uint32_t x = 0; x < 4; x++)
		for (uint32_t y = 0; y < 4; y++) {
			uint32_t a2[4] = {0};
			baskets_row(b, x, a2, NULL, NULL);
			if (x != y)
				assert_int_equal(baskets_count_naive(b, x, y), a2[y]);
		}
	baskets_free(b);
}

static void test_measures(void **state)
{
	(void)state;
	rr_baskets *b = fixture();
	rr_assoc r;
	baskets_rule(b, A, B, 3, &r);
	assert_float_equal(0.6, r.support, 1e-12);
	assert_float_equal(0.75, r.confidence, 1e-12);
	assert_float_equal(15.0 / 16.0, r.lift, 1e-12);
	baskets_rule(b, D, A, 1, &r);
	assert_float_equal(0.2, r.support, 1e-12);
	assert_float_equal(1.0, r.confidence, 1e-12);
	assert_float_equal(1.25, r.lift, 1e-12);
	baskets_rule(b, A, C, 2, &r);
	assert_float_equal(0.5, r.confidence, 1e-12);
	assert_float_equal(10.0 / 12.0, r.lift, 1e-12);
	baskets_free(b);
}

static void test_rules_for(void **state)
{
	(void)state;
	rr_baskets *b = fixture();
	rr_rule_filter f = {1, 0, 0, RR_BY_LIFT};
	rr_assoc *r;
	size_t n;
	assert_int_equal(0, baskets_rules_for(b, A, &f, 0, &r, &n));
	assert_int_equal(3, n);          /* by lift: D 1.25, B 0.9375, C 0.833 */
	assert_int_equal(D, r[0].y);
	assert_int_equal(B, r[1].y);
	assert_int_equal(C, r[2].y);
	assert_int_equal(3, r[1].n_xy);
	free(r);
	f.by = RR_BY_CONFIDENCE;         /* B 0.75, C 0.5, D 0.25 */
	assert_int_equal(0, baskets_rules_for(b, A, &f, 2, &r, &n));
	assert_int_equal(2, n);
	assert_int_equal(B, r[0].y);
	assert_int_equal(C, r[1].y);
	free(r);
	f.min_count = 2;
	f.min_lift = 0.9;                /* only B passes both */
	assert_int_equal(0, baskets_rules_for(b, A, &f, 0, &r, &n));
	assert_int_equal(1, n);
	assert_int_equal(B, r[0].y);
	free(r);
	/* a customer owning {A, B}: best rule towards C and D, owned items never proposed */
	uint32_t owned[] = {A, B};
	rr_rule_filter g = {1, 0, 0, RR_BY_CONFIDENCE};
	assert_int_equal(0, baskets_rules_for_set(b, owned, 2, &g, 0, &r, &n));
	assert_int_equal(2, n);
	assert_int_equal(C, r[0].y);     /* A→C and B→C: both 0.5 with n_xy 2; A wins the tie */
	assert_int_equal(A, r[0].x);
	assert_float_equal(0.5, r[0].confidence, 1e-12);
	assert_int_equal(D, r[1].y);     /* A→D and B→D both 0.25: A wins the code tie */
	free(r);
	baskets_free(b);
}

static void test_mine(void **state)
{
	(void)state;
	rr_baskets *b = fixture();
	for (int th = 1; th <= 3; th++) {
		rr_pairc *p;
		size_t n;
		assert_int_equal(0, baskets_mine(b, 2, th, &p, &n));
		assert_int_equal(3, n);
		assert_int_equal(A, p[0].x);
		assert_int_equal(B, p[0].y);
		assert_int_equal(3, p[0].n);
		assert_int_equal(A, p[1].x);
		assert_int_equal(C, p[1].y);
		assert_int_equal(2, p[1].n);
		assert_int_equal(B, p[2].x);
		assert_int_equal(C, p[2].y);
		assert_int_equal(2, p[2].n);
		free(p);
		assert_int_equal(0, baskets_mine(b, 1, th, &p, &n));
		assert_int_equal(5, n);
		free(p);
	}
	baskets_free(b);
}

/* The miner's work follows the co-occurrences, not the catalogue (t24: 320,000 items bought
 * alone took 34 s to mine no pair, every item scanning every later one). */
static void test_mine_work(void **state)
{
	(void)state;
	enum { N = 50000 };
	size_t *start = malloc((N + 1) * sizeof *start);
	uint32_t *items = malloc(N * sizeof *items);
	assert_non_null(start);
	assert_non_null(items);
	for (uint32_t k = 0; k <= N; k++)
		start[k] = k;
	for (uint32_t k = 0; k < N; k++)
		items[k] = k;   /* every basket holds one item of its own: no pair */
	rr_baskets *b = baskets_from_csr(N, start, items, N);
	assert_non_null(b);
	rr_pairc *p;
	size_t n, visits;
	assert_int_equal(0, baskets_mine_counted(b, 1, 2, &p, &n, &visits));
	assert_int_equal(0, n);
	assert_true(visits <= N);
	free(p);
	baskets_free(b);
	/* then a few baskets of 2 to 40 items over the same catalogue: the pairs (in (x, y)
	 * order, some items with many partners, most with none) against baskets_row, the
	 * work within a few slots per co-occurrence plus the items */
	size_t w = 0, cooc = 0;
	uint32_t nb = 0;
	uint64_t s = 1;
	for (uint32_t k = 0; k < 300; k++, nb++) {
		start[nb] = w;
		uint32_t len = 2 + k % 39;
		for (uint32_t i = 0; i < len; i++) {
			s = s * 6364136223846793005u + 1442695040888963407u;
			/* the first 100 items are in many baskets, the rest in one or two */
			items[w++] = (uint32_t)(s >> 33) % (i % 2 ? 100 : N);
		}
		cooc += (size_t)len * (len - 1) / 2;
	}
	start[nb] = w;
	b = baskets_from_csr(nb, start, items, N);
	assert_non_null(b);
	assert_int_equal(0, baskets_mine_counted(b, 1, 2, &p, &n, &visits));
	assert_true(visits <= 9 * cooc + N);
	uint32_t *acc = calloc(N, sizeof *acc), *touched = malloc(N * sizeof *touched);
	assert_non_null(acc);
	assert_non_null(touched);
	size_t want = 0;
	for (uint32_t x = 0; x < N; x++) {
		uint32_t nt;
		baskets_row(b, x, acc, touched, &nt);
		for (uint32_t t = 0; t < nt; t++) {
			want += touched[t] > x;
			acc[touched[t]] = 0;
		}
	}
	assert_int_equal(want, n);
	for (size_t i = 0; i < n; i++) {
		assert_true(p[i].x < p[i].y);
		if (i)
			assert_true(p[i - 1].x < p[i].x ||
				    (p[i - 1].x == p[i].x && p[i - 1].y < p[i].y));
		if (i % 97 == 0)
			assert_int_equal(baskets_count_naive(b, p[i].x, p[i].y), p[i].n);
	}
	free(acc);
	free(touched);
	free(p);
	baskets_free(b);
	free(start);
	free(items);
}

/* From rows: invoices without a customer count, cancelled and non-product rows do not. */
/* One basket over RR_BASKET_PAIR_MAX items (a whole-catalogue invoice: t43 #4, 200,000 items
 * made 2·10^10 pairs) adds no pair to baskets_row, baskets_mine or the rules; it still counts
 * in N and in its items' n_x, and the text says so. */
static void test_big_basket_unpaired(void **state)
{
	(void)state;
	enum { BIG = RR_BASKET_PAIR_MAX + 1 };
	size_t start[] = {0, BIG, BIG + 2, BIG + 5};   /* {0..BIG-1} {0,1} {1,2,3} */
	uint32_t *items = malloc((BIG + 5) * sizeof *items);
	assert_non_null(items);
	for (uint32_t i = 0; i < BIG; i++)
		items[i] = i;
	uint32_t small[] = {0, 1, 1, 2, 3};
	memcpy(items + BIG, small, sizeof small);
	rr_baskets *b = baskets_from_csr(3, start, items, BIG);
	free(items);
	assert_non_null(b);
	assert_int_equal(1, b->n_unpaired);
	assert_int_equal(0, b->largest);
	assert_int_equal(3, b->n_baskets);
	assert_int_equal(3, b->count[1]);     /* n_x keeps the big basket */
	assert_int_equal(1, b->count[BIG - 1]);
	uint32_t *acc = calloc(BIG, sizeof *acc), *touched = malloc(BIG * sizeof *touched), nt = 0;
	assert_non_null(acc);
	assert_non_null(touched);
	baskets_row(b, 1, acc, touched, &nt);   /* 0 (the small basket), 2, 3 only */
	assert_int_equal(3, nt);
	assert_int_equal(1, acc[0]);
	assert_int_equal(0, acc[4]);
	assert_int_equal(baskets_count_naive(b, 0, 1), acc[0]);
	assert_int_equal(0, baskets_count_naive(b, 5, 6));
	free(acc);
	free(touched);
	rr_pairc *p = NULL;
	size_t np = 0, visits = 0;
	assert_int_equal(0, baskets_mine_counted(b, 1, 2, &p, &np, &visits));
	assert_int_equal(4, np);   /* 0-1, 1-2, 1-3, 2-3 */
	assert_true(visits < 10 * BIG);   /* not BIG²/2 */
	free(p);
	char buf[512];
	assert_non_null(strstr(baskets_unpaired(b, "the rules", buf, sizeof buf),
			       "1 invoice of more than"));
	assert_non_null(strstr(buf, "adds no pair to the rules"));
	baskets_free(b);
	b = fixture();
	assert_int_equal(0, b->n_unpaired);
	assert_string_equal("", baskets_unpaired(b, "the rules", buf, sizeof buf));
	baskets_free(b);
	char *man = tu_read_man(), line[64];   /* the page states the limit the code has */
	assert_non_null(man);
	snprintf(line, sizeof line, "An invoice of more than %d items", RR_BASKET_PAIR_MAX);
	if (!strstr(man, line))
		fail_msg("man/relrec.1 does not say '%s'", line);
}

static void test_from_rows(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	assert_non_null(r);
#define ADD(inv, code, cust, qty, price) \
	assert_int_equal(0, rows_add(r, inv, strlen(inv), code, strlen(code), "d " code, \
				     strlen(code) + 2, cust, strlen(cust), "UK", 2, qty, price, 0))
	ADD("1", "X", "c1", 1, 1.0);
	ADD("1", "Y", "c1", 1, 1.0);
	ADD("1", "POST", "c1", 1, 5.0);  /* non-product */
	ADD("2", "X", "", 2, 1.0);       /* no customer: still a basket */
	ADD("2", "Y", "", 1, 1.0);
	ADD("2", "Z", "", 1, 1.0);
	ADD("C3", "X", "c2", -1, 1.0);   /* cancellation */
	ADD("4", "Z", "c2", 1, 0.0);     /* zero price */
	ADD("5", "Y", "c2", 3, 1.0);
#undef ADD
	assert_int_equal(0, rows_finish(r));
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	rr_baskets *b = baskets_build(r, &c, NULL);
	assert_non_null(b);
	assert_int_equal(3, b->n_baskets);   /* invoices 1, 2, 5 */
	assert_int_equal(3, b->n_items);     /* X, Y, Z */
	uint32_t x = baskets_find(b, "X"), y = baskets_find(b, "Y"), z = baskets_find(b, "Z");
	assert_int_equal(RR_NONE, baskets_find(b, "POST"));
	assert_string_equal("X", baskets_code(b, x));
	assert_string_equal("d X", baskets_desc(b, x));
	assert_int_equal(2, b->count[x]);
	assert_int_equal(3, b->count[y]);
	assert_int_equal(1, b->count[z]);
	assert_int_equal(2, baskets_count_naive(b, x, y));
	rr_assoc ru;
	baskets_rule(b, x, y, 2, &ru);
	assert_float_equal(1.0, ru.confidence, 1e-12);
	assert_float_equal(2.0 * 3 / (2.0 * 3), ru.lift, 1e-12);
	baskets_free(b);
	clean_free(&c);
	rows_free(r);
}

static void test_real(void **state)
{
	(void)state;
	const char *path = "data/online_retail.csv.gz";
	TU_SKIP_UNLESS_READABLE(path);
	rr_rows *r = ingest_load(path, NULL, 0, NULL);
	assert_non_null(r);
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	rr_baskets *b = baskets_build(r, &c, NULL);
	assert_non_null(b);
	assert_int_equal(19773, b->n_baskets);
	assert_int_equal(3900, b->n_items);   /* 3901 less 'm' (Manual, no customer): non-product */
	rr_pairc *p;
	size_t n;
	assert_int_equal(0, baskets_mine(b, 20, 2, &p, &n));
	assert_int_equal(345844, n);
	/* a sample of mined pairs against the brute-force count */
	for (size_t i = 0; i < n; i += 4999)
		assert_int_equal(baskets_count_naive(b, p[i].x, p[i].y), p[i].n);
	free(p);
	/* every rule of 85123A against brute force */
	uint32_t x = baskets_find(b, "85123A");
	assert_int_not_equal(RR_NONE, x);
	rr_rule_filter f = {1, 0, 0, RR_BY_LIFT};
	rr_assoc *ru;
	assert_int_equal(0, baskets_rules_for(b, x, &f, 0, &ru, &n));
	assert_true(n > 1000);
	for (size_t i = 0; i < n; i += 7)
		assert_int_equal(baskets_count_naive(b, x, ru[i].y), ru[i].n_xy);
	for (size_t i = 1; i < n; i++)
		assert_true(ru[i - 1].lift >= ru[i].lift);
	free(ru);
	baskets_free(b);
	/* the returns rule: the rows of pairs returned in full leave the baskets as they leave
	 * the dataset (t14: 19773 baskets and 85123A in 2198 of them stayed so) */
	c.returns = 1;
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	b = baskets_build(r, &c, d);
	assert_non_null(b);
	assert_int_equal(19720, b->n_baskets);
	assert_int_equal(2196, b->count[baskets_find(b, "85123A")]);
	baskets_free(b);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
}

/* Baskets under the returns rule: a pair returned in full is no purchase together; a pair
 * returned in part stays, and so does a row with no customer. */
static void test_returns(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	assert_non_null(r);
#define ADD(inv, code, cust, qty) \
	assert_int_equal(0, rows_add(r, inv, strlen(inv), code, strlen(code), "d", 1, cust, \
				     strlen(cust), "UK", 2, qty, 1.0, 0))
	ADD("1", "X", "c1", 1);
	ADD("1", "Y", "c1", 1);
	ADD("C2", "X", "c1", -1);   /* c1 returns X: in full */
	ADD("3", "X", "c2", 1);
	ADD("3", "Y", "c2", 1);
	ADD("4", "Z", "c3", 2);
	ADD("4", "Y", "c3", 1);
	ADD("C5", "Z", "c3", -1);   /* c3 returns one Z of two: in part */
	ADD("6", "X", "", 1);       /* no customer */
	ADD("6", "Z", "", 1);
#undef ADD
	assert_int_equal(0, rows_finish(r));
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	for (int on = 0; on < 2; on++) {
		c.returns = on;
		rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
		assert_non_null(d);
		rr_baskets *b = baskets_build(r, &c, d);
		assert_non_null(b);
		uint32_t x = baskets_find(b, "X"), y = baskets_find(b, "Y"), z = baskets_find(b, "Z");
		assert_int_equal(4, b->n_baskets);   /* 1 keeps Y */
		assert_int_equal(on ? 2 : 3, b->count[x]);
		assert_int_equal(3, b->count[y]);
		assert_int_equal(2, b->count[z]);
		assert_int_equal(on ? 1 : 2, baskets_count_naive(b, x, y));
		assert_int_equal(1, baskets_count_naive(b, z, y));
		baskets_free(b);
		dataset_free(d);
	}
	clean_free(&c);
	rows_free(r);
}

/* An item's description is the one its rows in scope write most: not one only rows the
 * rules drop (cancellations) or the filters leave out carry (t14). */
static void test_descriptions(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	assert_non_null(r);
#define ADD(inv, cust, country, desc, qty) \
	assert_int_equal(0, rows_add(r, inv, strlen(inv), "Z", 1, desc, strlen(desc), cust, \
				     strlen(cust), country, strlen(country), qty, 1.0, 0))
	ADD("1", "c1", "UK", "KEPT", 1);
	ADD("2", "c1", "UK", "KEPT", 1);
	ADD("3", "", "UK", "GUEST", 1);
	for (int k = 0; k < 4; k++)
		ADD("4", "c3", "France", "FRANCE", 1);
	for (int k = 0; k < 5; k++)
		ADD("C5", "c2", "UK", "CANCEL", -1);
#undef ADD
	assert_int_equal(0, rows_finish(r));
	assert_string_equal("CANCEL", rows_code_desc(r, 0));   /* every row read */
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	for (int uk = 0; uk < 2; uk++) {
		const char *const only[] = {"UK"};
		if (uk)
			assert_int_equal(0, filter_set_countries(&c.filter, 1, only));
		rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
		assert_non_null(d);
		assert_string_equal(uk ? "KEPT" : "FRANCE", dataset_item_desc(d, 0));
		rr_baskets *b = baskets_build(r, &c, d);
		assert_non_null(b);
		assert_string_equal(uk ? "KEPT" : "FRANCE", baskets_desc(b, baskets_find(b, "Z")));
		baskets_free(b);
		dataset_free(d);
	}
	clean_free(&c);
	rows_free(r);
}

/* export rules' note before a huge file (t52 F6): silent up to RR_RULES_SAY rules; above, the
 * count, the size and the smallest --min-count that writes at most RR_RULES_SAY */
static void test_rules_note(void **state)
{
	(void)state;
	char buf[400];
	/* n_xy 20: RR_RULES_SAY rules, 21: 10, 30: 5 (hist indexed by n_xy) */
	size_t hist[31] = {0};
	hist[20] = RR_RULES_SAY;
	hist[21] = 10;
	hist[30] = 5;
	assert_string_equal(baskets_rules_note(RR_RULES_SAY, 9e7, "n_xy >= 20", hist, 30, buf,
					       sizeof buf), "");
	char want[400];
	snprintf(want, sizeof want, "%d rules pass n_xy >= 20: about 722 MB of CSV; --min-count 21 "
		 "writes 15 of them", RR_RULES_SAY + 15);
	assert_string_equal(baskets_rules_note(RR_RULES_SAY + 15, 722.4e6, "n_xy >= 20", hist, 30,
					       buf, sizeof buf), want);
	/* gigabytes with a decimal */
	snprintf(want, sizeof want, "%d rules pass n_xy >= 20: about 1.5 GB of CSV; --min-count 21 "
		 "writes 15 of them", RR_RULES_SAY + 15);
	assert_string_equal(baskets_rules_note(RR_RULES_SAY + 15, 1.46e9, "n_xy >= 20", hist, 30,
					       buf, sizeof buf), want);
	/* a --min-count that writes exactly RR_RULES_SAY is the one said */
	hist[20] = 1;
	hist[21] = RR_RULES_SAY - 5;
	hist[30] = 5;
	snprintf(want, sizeof want, "%d rules pass n_xy >= 20: about 100 MB of CSV; --min-count 21 "
		 "writes %d of them", RR_RULES_SAY + 1, RR_RULES_SAY);
	assert_string_equal(baskets_rules_note(RR_RULES_SAY + 1, 1e8, "n_xy >= 20", hist, 30, buf,
					       sizeof buf), want);
	/* more than the limit share the largest n_xy: no count can say which to keep */
	size_t same[21] = {0};
	same[20] = RR_RULES_SAY + 1;
	snprintf(want, sizeof want, "%d rules pass n_xy >= 20: about 100 MB of CSV; --min-count, "
		 "--min-confidence or --min-lift writes fewer", RR_RULES_SAY + 1);
	assert_string_equal(baskets_rules_note(RR_RULES_SAY + 1, 1e8, "n_xy >= 20", same, 20, buf,
					       sizeof buf), want);
}

/* The reasons count their pairs in one table when that costs less than merging each one's
 * two lists of baskets (t52 F4: 184,000 lines under the old 200,000-line threshold, written
 * in 25 s, 6 s with the table) */
static void test_table_pays(void **state)
{
	(void)state;
	/* 3 baskets of the 4 items: the table costs 3·4² + 4²/8 = 50; a merge 2 × 3 (each item is
	 * in 3 baskets) */
	static const size_t start[] = {0, 4, 8, 12};
	static const uint32_t items[] = {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3};
	rr_baskets *b = baskets_from_csr(3, start, items, 4);
	assert_non_null(b);
	rr_reasoner r = {.b = b};
	assert_int_equal(0, reasoner_table_pays(&r, 8));   /* 48 < 50 */
	assert_int_equal(1, reasoner_table_pays(&r, 9));   /* 54 > 50 */
	r.b = NULL;                                        /* no baskets: nothing to count */
	assert_int_equal(0, reasoner_table_pays(&r, 1000000));
	baskets_free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_measures),
		cmocka_unit_test(test_rules_for),
		cmocka_unit_test(test_mine),
		cmocka_unit_test(test_mine_work),
		cmocka_unit_test(test_big_basket_unpaired),
		cmocka_unit_test(test_from_rows),
		cmocka_unit_test(test_real),
		cmocka_unit_test(test_returns),
		cmocka_unit_test(test_descriptions),
		cmocka_unit_test(test_rules_note),
		cmocka_unit_test(test_table_pays),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
