/* test_rank.c — top-K with stock-code ties, and every ranking metric on hand-made rankings. */
#include "testutil.h"

#include <math.h>

#include "rank.h"

static void test_tie_keys(void **state)
{
	(void)state;
	const char *codes[] = {"B", "A", "A0", "C", "a", "10"};
	uint32_t *key = rank_tie_keys(codes, 6);
	assert_non_null(key);
	/* byte order: "10" < "A" < "A0" < "B" < "C" < "a" */
	assert_int_equal(3, key[0]);
	assert_int_equal(1, key[1]);
	assert_int_equal(2, key[2]);
	assert_int_equal(4, key[3]);
	assert_int_equal(5, key[4]);
	assert_int_equal(0, key[5]);
	free(key);
}

/* rank_place is each item's place in rank_topk's full list, with NaNs and skips (why's ranks
 * are places in recommend's list: tester 8 #1) */
static void test_place(void **state)
{
	(void)state;
	enum { N = 300 };
	double s[N];
	uint32_t tie[N], out[N];
	unsigned char skip[N];
	unsigned seed = 11;
	for (int i = 0; i < N; i++) {
		seed = seed * 1103515245u + 12345u;
		s[i] = (seed >> 16) % 17 == 0 ? NAN : (double)((seed >> 16) % 25);   /* ties, NaNs */
		tie[i] = (uint32_t)((i * 7919) % N);
		skip[i] = (seed >> 8) % 5 == 0;
	}
	int got = rank_topk(s, N, tie, skip, N, out);
	for (int r = 0; r < got; r++)
		assert_int_equal(r + 1, rank_place(s, N, tie, skip, out[r]));
	/* a skipped item: the place it would take among the eligible ones */
	for (uint32_t i = 0; i < N; i++) {
		if (!skip[i])
			continue;
		skip[i] = 0;
		got = rank_topk(s, N, tie, skip, N, out);
		uint32_t at = 0;
		while (out[at] != i)
			at++;
		skip[i] = 1;
		assert_int_equal(at + 1, rank_place(s, N, tie, skip, i));
	}
}

static void test_topk(void **state)
{
	(void)state;
	const char *codes[] = {"B", "A", "A0", "C", "D", "E"};
	double score[] = {0.5, 0.9, 0.5, 0.1, NAN, 0.5};
	uint32_t *tie = rank_tie_keys(codes, 6), out[6];
	/* 0.9 (A); then the three 0.5s by code: A0, B, E; then 0.1; NaN last */
	assert_int_equal(6, rank_topk(score, 6, tie, NULL, 6, out));
	uint32_t want[] = {1, 2, 0, 5, 3, 4};
	for (int i = 0; i < 6; i++)
		assert_int_equal(want[i], out[i]);
	assert_int_equal(3, rank_topk(score, 6, tie, NULL, 3, out));
	assert_int_equal(1, out[0]);
	assert_int_equal(2, out[1]);
	assert_int_equal(0, out[2]);
	unsigned char skip[] = {0, 1, 0, 0, 0, 1};
	assert_int_equal(4, rank_topk(score, 6, tie, skip, 10, out));
	assert_int_equal(2, out[0]);
	assert_int_equal(0, out[1]);
	assert_int_equal(3, out[2]);
	assert_int_equal(4, out[3]);
	assert_int_equal(0, rank_topk(score, 6, tie, NULL, 0, out));
	/* against a full sort on a larger random list */
	enum { N = 500 };
	double s[N];
	uint32_t t2[N], o[50];
	unsigned seed = 7;
	for (int i = 0; i < N; i++) {
		seed = seed * 1103515245u + 12345u;
		s[i] = (double)((seed >> 16) % 40);   /* many ties */
		t2[i] = (uint32_t)((i * 7919) % N);   /* a permutation */
	}
	assert_int_equal(50, rank_topk(s, N, t2, NULL, 50, o));
	for (int r = 1; r < 50; r++)
		assert_true(rank_before(s, t2, o[r - 1], o[r]));
	for (int i = 0; i < N; i++) {      /* nothing left out ranks before the 50th */
		int in = 0;
		for (int r = 0; r < 50; r++)
			in |= o[r] == (uint32_t)i;
		if (!in)
			assert_false(rank_before(s, t2, (uint32_t)i, o[49]));
	}
	/* the insertion path (k <= 32) and the heap path (k > 32) agree on the common prefix */
	uint32_t o20[20];
	assert_int_equal(20, rank_topk(s, N, t2, NULL, 20, o20));
	for (int r = 0; r < 20; r++)
		assert_int_equal(o[r], o20[r]);
	/* with skips and fewer eligible items than k */
	unsigned char sk[N];
	for (int i = 0; i < N; i++)
		sk[i] = i >= 40;
	assert_int_equal(40, rank_topk(s, N, t2, sk, 50, o));
	assert_int_equal(20, rank_topk(s, N, t2, sk, 20, o20));
	for (int r = 0; r < 20; r++)
		assert_int_equal(o[r], o20[r]);
	free(tie);
}

/* The reference order: every eligible item by rank_before, NaN scores last in tie order. */
static const double *g_s;
static const uint32_t *g_t;
static int cmp_ref(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	int na = isnan(g_s[a]), nb = isnan(g_s[b]);
	if (na != nb)
		return na - nb;
	if (na)
		return (g_t[a] > g_t[b]) - (g_t[a] < g_t[b]);
	return rank_before(g_s, g_t, a, b) ? -1 : rank_before(g_s, g_t, b, a) ? 1 : 0;
}

/* rank_topk against a full sort: a catalogue's size, many equal scores (as EASE gives items
 * nobody bought with the customer's items), NaNs, skips, k from 1 to past the eligible items. */
static void test_topk_large(void **state)
{
	(void)state;
	enum { N = 3659 };
	static double s[N];
	static uint32_t t[N], ref[N], got[N];
	static unsigned char sk[N];
	unsigned seed = 11;
	for (int i = 0; i < N; i++) {
		seed = seed * 1103515245u + 12345u;
		unsigned r = seed >> 8;
		s[i] = r % 5 == 0 ? 0.0 : (double)(r % 100000) / 7.0;  /* a fifth tie at zero */
		if (r % 97 == 0)
			s[i] = NAN;
		t[i] = (uint32_t)(((uint64_t)i * 2654435761u) % N);   /* a permutation (N prime to it) */
		sk[i] = r % 13 == 0;
	}
	g_s = s;
	g_t = t;
	for (int pass = 0; pass < 2; pass++) {
		const unsigned char *skip = pass ? sk : NULL;
		int m = 0;
		for (int i = 0; i < N; i++)
			if (!skip || !skip[i])
				ref[m++] = (uint32_t)i;
		qsort(ref, (size_t)m, sizeof *ref, cmp_ref);
		int ks[] = {1, 10, 33, 200, 1000, m - 1, m, N};
		for (size_t j = 0; j < sizeof ks / sizeof *ks; j++) {
			int k = ks[j], want = k < m ? k : m;
			assert_int_equal(want, rank_topk(s, N, t, skip, k, got));
			for (int r = 0; r < want; r++)
				if (got[r] != ref[r])
					fail_msg("skip %d, k %d: rank %d is item %u, want %u", pass, k, r,
						 got[r], ref[r]);
		}
	}
	/* all scores equal: the tie keys alone decide */
	for (int i = 0; i < N; i++)
		s[i] = 1.0;
	for (int i = 0; i < N; i++)
		ref[i] = (uint32_t)i;
	qsort(ref, N, sizeof *ref, cmp_ref);
	assert_int_equal(200, rank_topk(s, N, t, NULL, 200, got));
	for (int r = 0; r < 200; r++)
		assert_int_equal(ref[r], got[r]);
	/* repeated tie keys (no caller passes them) still end: k distinct items, in any order */
	for (int i = 0; i < N; i++)
		t[i] = (uint32_t)(i % 3);
	assert_int_equal(200, rank_topk(s, N, t, NULL, 200, got));
	memset(sk, 0, sizeof sk);
	for (int r = 0; r < 200; r++) {
		assert_true(got[r] < N && !sk[got[r]]);
		sk[got[r]] = 1;
	}
}

/* A catalogue where most items tie at the k-th score (EASE's 0 past its 8192 items, t43 #10:
 * 1,000,000 items copied and partitioned for each customer's 200 candidates): the same list as
 * a full sort, and only about k entries copied out to select from. */
static void test_topk_many_ties(void **state)
{
	(void)state;
	enum { N = 100003, K = 200 };
	static double s[N];
	static uint32_t t[N], ref[N], got[K];
	static unsigned char sk[N];
	unsigned seed = 7;
	for (int i = 0; i < N; i++) {
		seed = seed * 1103515245u + 12345u;
		unsigned r = seed >> 8;
		s[i] = r % 2000 == 0 ? (double)(r % 1000) / 3.0 : r % 2003 == 0 ? -1.0 : 0.0;
		if (r % 4999 == 0)
			s[i] = NAN;
		t[i] = (uint32_t)(((uint64_t)i * 2654435761u) % N);
		sk[i] = r % 11 == 0;
	}
	g_s = s;
	g_t = t;
	for (int pass = 0; pass < 2; pass++) {
		const unsigned char *skip = pass ? sk : NULL;
		int m = 0;
		for (int i = 0; i < N; i++)
			if (!skip || !skip[i])
				ref[m++] = (uint32_t)i;
		qsort(ref, (size_t)m, sizeof *ref, cmp_ref);
		assert_int_equal(K, rank_topk(s, N, t, skip, K, got));
		for (int r = 0; r < K; r++)
			if (got[r] != ref[r])
				fail_msg("skip %d: rank %d is item %u, want %u", pass, r, got[r], ref[r]);
		assert_true(rank_topk_copied() <= 2 * K);
	}
}

static void test_metrics(void **state)
{
	(void)state;
	/* ten recommended items 0..9; relevant: ranks 1, 3 and 6 (items 0, 2, 5); the truth has a
	 * fourth item outside the catalogue: |truth| = 4 */
	uint32_t rec[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
	unsigned char rel[10] = {1, 0, 1, 0, 0, 1, 0, 0, 0, 0};
	rr_rank_metrics m;
	rank_metrics(rec, 10, 10, rel, 4, &m);
	double dcg = 1.0 + 1.0 / 2.0 + 1.0 / log2(7.0);
	double idcg = 1.0 + 1.0 / log2(3.0) + 1.0 / 2.0 + 1.0 / log2(5.0);
	assert_float_equal(0.3, m.precision, 1e-12);
	assert_float_equal(0.75, m.recall, 1e-12);
	assert_float_equal(dcg / idcg, m.ndcg, 1e-12);
	assert_float_equal(1.0, m.hit, 0);
	assert_float_equal((1.0 + 2.0 / 3.0 + 3.0 / 6.0) / 4.0, m.map, 1e-12);
	/* cut at 2: one hit at rank 1 */
	rank_metrics(rec, 10, 2, rel, 4, &m);
	assert_float_equal(0.5, m.precision, 1e-12);
	assert_float_equal(0.25, m.recall, 1e-12);
	assert_float_equal(1.0 / (1.0 + 1.0 / log2(3.0)), m.ndcg, 1e-12);
	assert_float_equal(1.0, m.hit, 0);
	assert_float_equal(1.0 / 2.0, m.map, 1e-12);   /* ÷ min(k, |truth|) = 2 */
	/* |truth| 1 hit at rank 2: ideal over one item */
	unsigned char rel2[10] = {0, 1};
	rank_metrics(rec, 10, 10, rel2, 1, &m);
	assert_float_equal(0.1, m.precision, 1e-12);
	assert_float_equal(1.0, m.recall, 1e-12);
	assert_float_equal(1.0 / log2(3.0), m.ndcg, 1e-12);
	assert_float_equal(0.5, m.map, 1e-12);
	/* a perfect list */
	unsigned char rel3[10] = {1, 1, 1};
	rank_metrics(rec, 10, 3, rel3, 3, &m);
	assert_float_equal(1.0, m.ndcg, 1e-12);
	assert_float_equal(1.0, m.map, 1e-12);
	assert_float_equal(1.0, m.precision, 1e-12);
	/* a short list (fewer than k recommended): precision still ÷ k */
	rank_metrics(rec, 2, 10, rel, 4, &m);
	assert_float_equal(0.1, m.precision, 1e-12);
	assert_float_equal(0.25, m.recall, 1e-12);
	/* no hit, and empty truth */
	unsigned char none[10] = {0};
	rank_metrics(rec, 10, 10, none, 3, &m);
	assert_float_equal(0.0, m.ndcg, 0);
	assert_float_equal(0.0, m.hit, 0);
	rank_metrics(rec, 10, 10, none, 0, &m);
	assert_float_equal(0.0, m.recall, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tie_keys),
		cmocka_unit_test(test_topk),
		cmocka_unit_test(test_topk_large),
		cmocka_unit_test(test_topk_many_ties),
		cmocka_unit_test(test_place),
		cmocka_unit_test(test_metrics),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
