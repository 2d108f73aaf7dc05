/* test_ease.c — EASE: sparse Gram vs dense loops, LAPACK inverse vs Gauss–Jordan, a 2×2
 * known answer, and scoring vs a plain dot product. */
#include "testutil.h"

#include <math.h>

#include "baselines.h"
#include "ease.h"

static void test_known_2x2(void **state)
{
	(void)state;
	/* users {0,1}, {0}, {0,1}: G = [[3,2],[2,2]]; λ = 1: P = [[3,-2],[-2,4]] / 8,
	 * B01 = −P01/P11 = 0.5, B10 = −P10/P00 = 2/3 */
	size_t start[] = {0, 2, 3, 5};
	uint32_t items[] = {0, 1, 0, 0, 1};
	double G[4];
	ease_gram(2, 3, start, items, NULL, G);
	assert_float_equal(3, G[0], 0);
	assert_float_equal(2, G[1], 0);
	assert_float_equal(2, G[2], 0);
	assert_float_equal(2, G[3], 0);
	rr_ease *e = ease_fit(2, 3, start, items, NULL, 1.0);
	assert_non_null(e);
	assert_float_equal(0.0, e->B[0], 0);
	assert_float_equal(0.5, e->B[1], 1e-6);
	assert_float_equal(2.0 / 3.0, e->B[2], 1e-6);
	assert_float_equal(0.0, e->B[3], 0);
	float s[2];
	uint32_t own[] = {0};
	ease_score(e, own, NULL, 1, s);
	assert_float_equal(0.0, s[0], 0);
	assert_float_equal(0.5, s[1], 1e-6);
	ease_free(e);
	assert_null(ease_fit(2, 3, start, items, NULL, 0.0));   /* λ must be positive */
}

static void test_random(void **state)
{
	(void)state;
	enum { NI = 17, NU = 40 };
	size_t start[NU + 1];
	uint32_t items[NU * NI];
	float w[NU * NI];
	unsigned seed = 3;
	start[0] = 0;
	for (int u = 0; u < NU; u++) {
		size_t k = start[u];
		for (uint32_t i = 0; i < NI; i++) {
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 4 == 0) {
				items[k] = i;
				w[k] = 0.5f + (float)((seed >> 8) % 7) / 4.0f;
				k++;
			}
		}
		start[u + 1] = k;
	}
	for (int weighted = 0; weighted < 2; weighted++) {
		const float *ww = weighted ? w : NULL;
		double G[NI * NI], Gn[NI * NI], Bn[NI * NI];
		ease_gram(NI, NU, start, items, ww, G);
		ease_gram_naive(NI, NU, start, items, ww, Gn);
		for (int i = 0; i < NI * NI; i++)
			assert_float_equal(Gn[i], G[i], 1e-9);
		assert_int_equal(0, ease_weights_naive(NI, Gn, 5.0, Bn));
		rr_ease *e = ease_fit(NI, NU, start, items, ww, 5.0);
		assert_non_null(e);
		double maxd = 0;
		for (int i = 0; i < NI * NI; i++)
			if (fabs(Bn[i] - e->B[i]) > maxd)
				maxd = fabs(Bn[i] - e->B[i]);
		assert_true(maxd < 1e-5);
		for (int i = 0; i < NI; i++)
			assert_float_equal(0.0, e->B[i * NI + i], 0);
		/* scoring = Σ over owned rows of B */
		float s[NI];
		ease_score(e, items + start[3], w + start[3], start[4] - start[3], s);
		for (int j = 0; j < NI; j++) {
			double ref = 0;
			for (size_t k = start[3]; k < start[4]; k++)
				ref += w[k] * Bn[items[k] * NI + j];
			assert_float_equal(ref, s[j], 1e-4);
		}
		/* saxpy path, plain-loop path and the all-users blocked pass agree */
		float sn[NI], S[NU * NI];
		ease_score_naive(e, items + start[3], ww ? ww + start[3] : NULL, start[4] - start[3], sn);
		ease_score(e, items + start[3], ww ? ww + start[3] : NULL, start[4] - start[3], s);
		for (int j = 0; j < NI; j++)
			assert_float_equal(sn[j], s[j], 1e-5);
		for (int th = 1; th <= 3; th++) {
			assert_int_equal(0, ease_score_users(e, NU, start, items, ww, S, th));
			for (int u = 0; u < NU; u++) {
				ease_score_naive(e, items + start[u], ww ? ww + start[u] : NULL,
						 start[u + 1] - start[u], sn);
				for (int j = 0; j < NI; j++)
					assert_float_equal(sn[j], S[u * NI + j], 1e-5);
			}
		}
		ease_free(e);
	}
}

/* Wider than the blocked pass's 64-column strips (one whole strip, then a tail of 32 + 11
 * columns: every kernel, whatever the CPU has): unweighted,
 * every user's row equals ease_score's bit for bit (the recommender ranks from either), and
 * the plain loops within rounding. */
static void test_users_bitwise(void **state)
{
	(void)state;
	enum { NI = 107, NU = 60 };
	static size_t start[NU + 1];
	static uint32_t items[NU * NI];
	static float S[NU * NI], s[NI], sn[NI];
	unsigned seed = 5;
	start[0] = 0;
	for (int u = 0; u < NU; u++) {
		size_t k = start[u];
		for (uint32_t i = 0; i < NI; i++) {
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 5 == 0)
				items[k++] = i;
		}
		start[u + 1] = k;
	}
	rr_ease *e = ease_fit(NI, NU, start, items, NULL, 3.0);
	assert_non_null(e);
	for (int th = 1; th <= 3; th++) {
		memset(S, 0xff, sizeof S);   /* NaN: every cell must be written */
		assert_int_equal(0, ease_score_users(e, NU, start, items, NULL, S, th));
		for (int u = 0; u < NU; u++) {
			ease_score(e, items + start[u], NULL, start[u + 1] - start[u], s);
			ease_score_naive(e, items + start[u], NULL, start[u + 1] - start[u], sn);
			assert_memory_equal(s, S + (size_t)u * NI, sizeof s);
			for (int j = 0; j < NI; j++)
				assert_float_equal(sn[j], s[j], 1e-5);
		}
	}
	ease_free(e);
}

/* A model restricted to part of the catalogue (large catalogues): its scores equal the
 * sub-catalogue model's, spread to the catalogue, with outside items ignored and scoring 0. */
static void test_restricted_catalogue(void **state)
{
	(void)state;
	/* 4 users over 6 catalogue items; the model keeps items 0, 2, 3 (rows 0, 1, 2) */
	static const uint32_t col_of[3] = {0, 2, 3};
	static const size_t ust[5] = {0, 3, 5, 8, 10};
	static const uint32_t cat[10] = {0, 1, 2, 2, 3, 0, 3, 5, 1, 2};
	size_t sst[5];
	uint32_t sub[10];
	size_t k = 0;
	for (int u = 0; u < 4; u++) {
		sst[u] = k;
		for (size_t a = ust[u]; a < ust[u + 1]; a++)
			for (uint32_t j = 0; j < 3; j++)
				if (cat[a] == col_of[j])
					sub[k++] = j;
	}
	sst[4] = k;
	rr_ease *full = ease_fit(3, 4, sst, sub, NULL, 2.0);
	rr_ease *e = ease_fit(3, 4, sst, sub, NULL, 2.0);
	assert_non_null(full);
	assert_non_null(e);
	uint32_t *col = malloc(3 * sizeof *col);
	memcpy(col, col_of, sizeof col_of);
	assert_int_equal(0, ease_set_catalogue(e, 6, col));
	assert_int_equal(6, e->n_all);
	float S[4 * 6], want[3], got[6], naive[6];
	assert_int_equal(0, ease_score_users(e, 4, ust, cat, NULL, S, 2));
	for (int u = 0; u < 4; u++) {
		ease_score(full, sub + sst[u], NULL, sst[u + 1] - sst[u], want);
		ease_score(e, cat + ust[u], NULL, ust[u + 1] - ust[u], got);
		ease_score_naive(e, cat + ust[u], NULL, ust[u + 1] - ust[u], naive);
		for (int i = 0; i < 6; i++) {
			float w = 0;
			for (int j = 0; j < 3; j++)
				if (col_of[j] == (uint32_t)i)
					w = want[j];
			assert_float_equal(w, got[i], 1e-6);
			assert_float_equal(w, naive[i], 1e-6);
			assert_float_equal(w, S[u * 6 + i], 1e-6);
		}
	}
	ease_free(full);
	ease_free(e);
}

/* ease_fit (G counted in floats, B in its place) against ease_fit_gram of the double Gram:
 * the same bits for binary users, within 1e-5 for weighted ones (their sums are rounded to
 * float as they are added); a zero diagonal. */
static void test_fit_in_place(void **state)
{
	(void)state;
	enum { NI = 700, NU = 3000, PER = 40 };
	size_t *start = malloc((NU + 1) * sizeof *start);
	uint32_t *items = malloc((size_t)NU * PER * sizeof *items);
	float *w = malloc((size_t)NU * PER * sizeof *w);
	double *G = malloc((size_t)NI * NI * sizeof *G);
	assert_non_null(start && items && w && G);
	uint64_t s = 42;
	unsigned char *seen = calloc(NI, 1);
	size_t k = 0;
	for (int u = 0; u < NU; u++) {
		start[u] = k;
		int n = 1 + (int)(u % PER);
		for (int a = 0; a < n; a++) {
			s = s * 6364136223846793005ULL + 1442695040888963407ULL;
			uint32_t i = (uint32_t)((s >> 33) % (u % 3 ? 300 : NI)); /* a popular head */
			if (seen[i])
				continue;
			seen[i] = 1;
			items[k] = i;
			w[k++] = 0.5f + (float)((s >> 20) % 8) / 4.0f;
		}
		for (size_t a = start[u]; a < k; a++)
			seen[items[a]] = 0;
	}
	start[NU] = k;
	free(seen);
	for (int weighted = 0; weighted <= 1; weighted++) {
		const float *ww = weighted ? w : NULL;
		rr_ease *f = ease_fit(NI, NU, start, items, ww, 50.0);
		ease_gram(NI, NU, start, items, ww, G);
		rr_ease *d = ease_fit_gram(NI, G, 50.0);
		assert_non_null(f);
		assert_non_null(d);
		double maxd = 0;
		for (size_t i = 0; i < (size_t)NI * NI; i++)
			if (fabs((double)f->B[i] - d->B[i]) > maxd)
				maxd = fabs((double)f->B[i] - d->B[i]);
		if (weighted)
			assert_true(maxd < 1e-5);
		else
			assert_true(maxd == 0);
		for (size_t i = 0; i < NI; i++)
			assert_true(f->B[i * NI + i] == 0.0f);
		ease_free(f);
		ease_free(d);
	}
	free(start);
	free(items);
	free(w);
	free(G);
}

static void keep_text(void *ctx, const char *s)
{
	snprintf(ctx, 512, "%s", s);
}

/* A fit whose inverses are long says so before they start, with their sizes and rough
 * lengths: a stop waits for them (t40 #2: Ctrl-C went unanswered for 15 s of CPU), and the
 * recommender's fit runs two, the inner period's and the whole history's (t70 F8: the note
 * named one, 11 s, and the fit took 39 s). The lengths at ease.h's rates: 8192 items
 * 8192³/9e10 + 8192²·2.3e-8 = 6.108 + 1.544 = 7.652 s; 5000 items 1.389 + 0.575 = 1.964 s;
 * 4000 items 0.711 + 0.368 = 1.079 s. A short pair says nothing. */
static void test_fit_says_uncut(void **state)
{
	(void)state;
	assert_float_equal(7.6519018, ease_fit_cpu_s(8192), 1e-6);
	assert_float_equal(ease_fit_cpu_s(8192), ease_fit_cpu_s(20000), 0);   /* EASE's cap */
	assert_float_equal(1.9639, ease_fit_cpu_s(5000), 1e-4);
	char text[512] = "";
	rr_sink sink = { .ctx = text, .text = keep_text };
	rr_work w = work_init(&sink, NULL, "recommend");
	ease_say_uncut(&w, "fit recommender", 20000, 5000);
	assert_string_equal("note: fit recommender inverts a 8192 x 8192 matrix (the inner period's "
			    "EASE) and a 5000 x 5000 one (the whole history's) side by side, about 8 s "
			    "and 2 s of CPU that a stop (Ctrl-C) cannot cut short", text);
	ease_say_uncut(&w, "fit recommender", 0, 8192);
	assert_string_equal("note: fit recommender inverts one 8192 x 8192 matrix (the whole "
			    "history's EASE), about 8 s of CPU that a stop (Ctrl-C) cannot cut short",
			    text);
	text[0] = '\0';
	ease_say_uncut(&w, "fit recommender", 4000, 4000);
	assert_string_equal("", text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_2x2),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_users_bitwise),
		cmocka_unit_test(test_restricted_catalogue),
		cmocka_unit_test(test_fit_in_place),
		cmocka_unit_test(test_fit_says_uncut),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
