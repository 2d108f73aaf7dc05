/* test_cf.c — UP-CF@r and TIFU-KNN on a log small enough to compute by hand (similarities,
 * neighbours, recent baskets, the group decay with G the customer's real number of groups),
 * the grid's figures equal to evaluate_method's for every configuration, and its choice. */
#include "testutil.h"

#include <math.h>

#include "baselines.h"
#include "cf.h"
#include "ease.h"
#include "cfgrid.h"
#include "err.h"
#include "evaluate.h"
#include "gen.h"
#include "ingest.h"
#include "util.h"

static void add(rr_rows *r, const char *inv, const char *code, const char *cust, const char *day)
{
	int32_t m;
	assert_int_equal(0, ingest_parse_day(day, &m));
	assert_int_equal(0, rows_add(r, inv, strlen(inv), code, strlen(code), code, strlen(code),
				     cust, strlen(cust), "UK", 2, 1, 1.0, m));
}

/* c1: A (day 1) {X, Y}, B (day 2) {Y}; c2: E (day 1) {X}; c3: D (day 3) {X, Y, Z}.
 * c1's invoices are written in reverse order: baskets are ordered by time, not by the file.
 * (No invoice starts with C: that is a cancellation.) */
static rr_dataset *fixture(rr_rows **rows)
{
	rr_rows *r = rows_new();
	add(r, "B", "Y", "c1", "2011-01-02");
	add(r, "A", "X", "c1", "2011-01-01");
	add(r, "A", "Y", "c1", "2011-01-01");
	add(r, "E", "X", "c2", "2011-01-01");
	add(r, "D", "X", "c3", "2011-01-03");
	add(r, "D", "Y", "c3", "2011-01-03");
	add(r, "D", "Z", "c3", "2011-01-03");
	assert_int_equal(0, rows_finish(r));
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	clean_free(&c);
	assert_non_null(d);
	*rows = r;
	return d;
}

/* UP-CF@r's score of every item for c1 under p. */
static void upcf_c1(const rr_cfdata *cd, rr_upcf_params p, double out[3])
{
	const rr_dataset *d = cd->ds;
	rr_cf_scorer s;
	double score[3];
	assert_int_equal(0, upcf_scorer_init(&s, cd, &p));
	assert_int_equal(0, score_upcf(&s, d, dataset_find_user(d, "c1"), score));
	out[0] = score[dataset_find_item(d, "X")];
	out[1] = score[dataset_find_item(d, "Y")];
	out[2] = score[dataset_find_item(d, "Z")];
	cf_scorer_free(&s);
}

static void test_upcf(void **state)
{
	(void)state;
	rr_rows *r;
	rr_dataset *d = fixture(&r);
	rr_cfdata *cd = cfdata_new(d);
	assert_non_null(cd);
	/* c1's co-counts: itself 2, c2 1 (X), c3 2 (X, Y); n = 2, 1, 3. α = 0.5:
	 * sim(c1,c1) = 1, sim(c1,c2) = 1/√2, sim(c1,c3) = 2/(√2·√3) */
	double s2 = 1 / sqrt(2.0), s3 = 2 / (sqrt(2.0) * sqrt(3.0)), x[3];
	/* r = 1: the last baskets are B {Y}, E {X}, D {X, Y, Z} */
	upcf_c1(cd, (rr_upcf_params){1, 0.5, 1, 0}, x);
	assert_float_equal(s2 + s3, x[0], 1e-12);
	assert_float_equal(1 + s3, x[1], 1e-12);
	assert_float_equal(s3, x[2], 1e-12);
	/* r = all: c1's share of baskets holding X is 1/2, holding Y 2/2 */
	upcf_c1(cd, (rr_upcf_params){0, 0.5, 1, 0}, x);
	assert_float_equal(0.5 + s2 + s3, x[0], 1e-12);
	assert_float_equal(1 + s3, x[1], 1e-12);
	/* q = 3: the similarities cubed */
	upcf_c1(cd, (rr_upcf_params){1, 0.5, 3, 0}, x);
	assert_float_equal(pow(s2, 3) + pow(s3, 3), x[0], 1e-12);
	assert_float_equal(1 + pow(s3, 3), x[1], 1e-12);
	/* k = 2: the 2nd largest similarity is s3: c2 is left out */
	upcf_c1(cd, (rr_upcf_params){1, 0.5, 1, 2}, x);
	assert_float_equal(s3, x[0], 1e-12);
	assert_float_equal(1 + s3, x[1], 1e-12);
	/* α = 0.75: sim = |I(u) ∩ I(v)| / n_u^0.75 / n_v^0.25 */
	upcf_c1(cd, (rr_upcf_params){1, 0.75, 1, 0}, x);
	double a2 = 1 / pow(2, 0.75), a3 = 2 / pow(2, 0.75) / pow(3, 0.25);
	assert_float_equal(a2 + a3, x[0], 1e-12);
	assert_float_equal(1 + a3, x[1], 1e-12);
	/* ties at the k-th similarity are kept: with k = 1, c1 (sim 1) only */
	rr_cfwork w;
	assert_int_equal(0, cfwork_init(&w, cd));
	rr_upcf_params p = {1, 0.5, 1, 1};
	assert_int_equal(1, upcf_neighbours(cd, &p, dataset_find_user(d, "c1"), &w));
	cfwork_free(&w);
	cfdata_free(cd);
	dataset_free(d);
	rows_free(r);
}

static void test_tifu(void **state)
{
	(void)state;
	rr_rows *r;
	rr_dataset *d = fixture(&r);
	rr_cfdata *cd = cfdata_new(d);
	uint32_t c1 = dataset_find_user(d, "c1"), X = dataset_find_item(d, "X");
	uint32_t Y = dataset_find_item(d, "Y"), Z = dataset_find_item(d, "Z");
	/* baskets in time order: c1's A (day 1) before B (day 2) though the file has B first */
	assert_string_equal("A", strtab_get(r->invoices, d->inv_code[cd->bask[cd->bstart[c1]]]));
	/* m = 3, r_b 1, r_g 0.5: c1 has n = 2 < m baskets, so G = 2 groups of one: A weighs
	 * r_g^(G−1−0)/1/G = 0.25 and B r_g^0/1/G = 0.5 (with m − 1 − g, A would weigh 0.125) */
	rr_tifu_vec t;
	assert_int_equal(0, tifu_vectors(&t, cd, 1, 0.5, 3));
	size_t px = dataset_find_pair(d, c1, X), py = dataset_find_pair(d, c1, Y);
	assert_float_equal(0.25, t.u[px], 1e-15);
	assert_float_equal(0.75, t.u[py], 1e-15);
	assert_float_equal(0.625, t.sq[c1], 1e-15);
	/* c2 = {X: 1}, c3 = {X, Y, Z: 1}: distances from c1 1.125 and 1.625; k = 2 keeps c1, c2 */
	rr_cf_scorer s;
	rr_tifu_params p = {2, 1, 0.5, 0.5, 3};
	assert_int_equal(0, tifu_scorer_init(&s, cd, &p));
	assert_int_equal(2, tifu_neighbours(cd, &s.vec, c1, 2, &s.w));
	assert_int_equal(c1, s.w.nb[0]);
	assert_int_equal(dataset_find_user(d, "c2"), s.w.nb[1]);
	double score[3];
	assert_int_equal(0, score_tifu(&s, d, c1, score));
	/* mean of c1 and c2: X 0.625, Y 0.375; α 0.5 with c1's own 0.25, 0.75 */
	assert_float_equal(0.5 * 0.625 + 0.5 * 0.25, score[X], 1e-15);
	assert_float_equal(0.5 * 0.375 + 0.5 * 0.75, score[Y], 1e-15);
	assert_float_equal(0.0, score[Z], 0);
	cf_scorer_free(&s);
	tifu_vec_free(&t);
	/* m = 1: one group of both baskets; r_b 0.8: A weighs 0.8/2, B 1/2 */
	assert_int_equal(0, tifu_vectors(&t, cd, 0.8, 0.5, 1));
	assert_float_equal(0.4, t.u[px], 1e-15);
	assert_float_equal(0.9, t.u[py], 1e-15);
	tifu_vec_free(&t);
	cfdata_free(cd);
	dataset_free(d);
	rows_free(r);
}

/* Five baskets in m = 2 groups: 2 and 3 baskets (the last groups one larger). */
static void test_tifu_groups(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	const char *day[] = {"2011-01-01", "2011-01-02", "2011-01-03", "2011-01-04", "2011-01-05"};
	char inv[16], code[16];
	for (int b = 0; b < 5; b++) {
		snprintf(inv, sizeof inv, "%d", b);
		snprintf(code, sizeof code, "P%d", b);
		add(r, inv, code, "c", day[b]);
	}
	assert_int_equal(0, rows_finish(r));
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	rr_cfdata *cd = cfdata_new(d);
	rr_tifu_vec t;
	assert_int_equal(0, tifu_vectors(&t, cd, 1, 0.5, 2));
	/* group 0 (P0, P1): r_g^1/2/2 = 0.125 each; group 1 (P2..P4): r_g^0/3/2 */
	for (int b = 0; b < 5; b++) {
		snprintf(code, sizeof code, "P%d", b);
		size_t p = dataset_find_pair(d, 0, dataset_find_item(d, code));
		assert_float_equal(b < 2 ? 0.125 : 1.0 / 3 / 2, t.u[p], 1e-15);
	}
	tifu_vec_free(&t);
	cfdata_free(cd);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
}

/* TIFU's neighbours among customers sharing no item with u (t70 F8: only the first of them
 * by ‖U‖² are read). One basket each, r_b = r_g = 1, m = 1: U(v,i) = 1 on v's items, so
 * ‖U(v)‖² = |I(v)|: a {P1}, b {P1 P2}, c {P3}, d {P4 P5}, e {P6}, f {P7 P8 P9}. From a:
 * b 1 + 2 − 2 = 1 (the only one sharing), c 2, e 2 (c first by id), d 3, f 4. From c, who
 * shares with nobody: a 2, e 2, b 3, d 3, f 4. */
static void test_tifu_strangers(void **state)
{
	(void)state;
	static const char *basket[][4] = {{"a", "P1"}, {"b", "P1", "P2"}, {"c", "P3"},
					  {"d", "P4", "P5"}, {"e", "P6"}, {"f", "P7", "P8", "P9"}};
	static const char *from_a[] = {"a", "b", "c", "e", "d", "f"};
	static const char *from_c[] = {"c", "a", "e", "b", "d", "f"};
	rr_rows *r = rows_new();
	for (int v = 0; v < 6; v++) {
		char inv[16];
		snprintf(inv, sizeof inv, "%d", v);   /* an invoice "c..." would be a cancellation */
		for (int k = 1; k < 4 && basket[v][k]; k++)
			add(r, inv, basket[v][k], basket[v][0], "2011-01-01");
	}
	assert_int_equal(0, rows_finish(r));
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	rr_cfdata *cd = cfdata_new(d);
	rr_tifu_vec t;
	rr_cfwork w;
	assert_int_equal(0, tifu_vectors(&t, cd, 1, 1, 1));
	assert_int_equal(0, cfwork_init(&w, cd));
	for (int k = 1; k <= 8; k++) {
		size_t want = k < 6 ? (size_t)k : 6;
		assert_int_equal(want, tifu_neighbours(cd, &t, dataset_find_user(d, "a"), k, &w));
		for (size_t j = 0; j < want; j++)
			assert_string_equal(from_a[j], dataset_user_name(d, w.nb[j]));
		assert_int_equal(want, tifu_neighbours(cd, &t, dataset_find_user(d, "c"), k, &w));
		for (size_t j = 0; j < want; j++)
			assert_string_equal(from_c[j], dataset_user_name(d, w.nb[j]));
	}
	for (uint32_t v = 0; v < d->n_users; v++)   /* the scratch is left clean */
		assert_true(w.dot[v] == 0 && w.cnt[v] == 0);
	cfwork_free(&w);
	tifu_vec_free(&t);
	cfdata_free(cd);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
}

static int cmp_desc(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x < y) - (x > y);
}

/* |I(u) ∩ I(v)| by merging the two sorted item lists. */
static double common_items(const rr_dataset *d, uint32_t u, uint32_t v)
{
	size_t a = d->user_start[u], b = d->user_start[v], n = 0;
	while (a < d->user_start[u + 1] && b < d->user_start[v + 1]) {
		uint32_t x = d->pairs[a].item, y = d->pairs[b].item;
		n += x == y;
		a += x <= y;
		b += y <= x;
	}
	return (double)n;
}

/* Past the pool size, neighbours are the brute-force ones among the pool and u itself. */
static void test_pool(void **state)
{
	(void)state;
	char *path = strdup("/tmp/relrec-test-cf-XXXXXX");
	int fd = mkstemp(path);
	close(fd);
	assert_int_equal(0, gen_write_file(path, 20000, 3, NULL));
	rr_rows *r = ingest_load(path, NULL, 0, NULL);
	assert_non_null(r);
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	enum { POOL = 40, K = 8 };
	rr_cfdata *cd = cfdata_new_pool(d, POOL);
	assert_non_null(cd);
	assert_true(d->n_users > 2 * POOL);
	assert_int_equal(POOL, cd->n_pool);
	rr_upcf_params up = {.r = 1, .alpha = 0.5, .q = 1, .k = K};
	rr_tifu_vec tv;
	assert_int_equal(0, tifu_vectors(&tv, cd, 1, 0.9, 7));
	rr_cfwork w;
	assert_int_equal(0, cfwork_init(&w, cd));
	double *sim = malloc(d->n_users * sizeof *sim), *dist = malloc(d->n_users * sizeof *dist);
	for (uint32_t u = 0; u < d->n_users; u += 7) {
		/* UP-CF: sims to u itself and the pool; kept: those reaching the K-th largest */
		double nu = (double)(d->user_start[u + 1] - d->user_start[u]);
		size_t m = 0;
		for (uint32_t v = 0; v < d->n_users; v++) {
			double nv = (double)(d->user_start[v + 1] - d->user_start[v]);
			sim[v] = cd->in_pool[v] || v == u ? common_items(d, u, v) / sqrt(nu) / sqrt(nv)
							 : 0;
			if (sim[v] > 0)
				dist[m++] = sim[v];
		}
		qsort(dist, m, sizeof *dist, cmp_desc);
		double thr = m > K ? dist[K - 1] : 0;
		size_t n = upcf_neighbours(cd, &up, u, &w), j = 0;
		for (uint32_t v = 0; v < d->n_users; v++)
			if (sim[v] > 0 && sim[v] >= thr) {
				assert_true(j < n);
				assert_int_equal(v, w.nb[j]);
				assert_float_equal(sim[v], w.nw[j++], 1e-12);
			}
		assert_int_equal(j, n);
		/* TIFU: u first, then the K − 1 nearest of the pool (ties by customer id order) */
		n = tifu_neighbours(cd, &tv, u, K, &w);
		assert_int_equal(K, n);
		assert_int_equal(u, w.nb[0]);
		for (uint32_t v = 0; v < d->n_users; v++) {
			double s2 = 0;
			for (size_t a = d->user_start[u], b = d->user_start[v];
			     a < d->user_start[u + 1] || b < d->user_start[v + 1];) {
				uint32_t x = a < d->user_start[u + 1] ? d->pairs[a].item : UINT32_MAX;
				uint32_t y = b < d->user_start[v + 1] ? d->pairs[b].item : UINT32_MAX;
				double p = x <= y ? tv.u[a] : 0, q = y <= x ? tv.u[b] : 0;
				s2 += (p - q) * (p - q);
				a += x <= y;
				b += y <= x;
			}
			dist[v] = s2;
		}
		for (size_t a = 1; a < n; a++) {
			uint32_t v = w.nb[a];
			assert_true(cd->in_pool[v] && v != u);
			for (uint32_t x = 0; x < d->n_users; x++) /* nobody of the pool left out is nearer */
				if (cd->in_pool[x] && x != u) {
					int listed = 0;
					for (size_t b = 1; b < n; b++)
						listed |= w.nb[b] == x;
					if (!listed)
						assert_true(dist[x] >= dist[v] - 1e-12);
				}
		}
	}
	free(sim);
	free(dist);
	cfwork_free(&w);
	tifu_vec_free(&tv);
	cfdata_free(cd);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
	unlink(path);
	free(path);
}


/* Configuration i of g's UP-CF@r (meth 0) or TIFU-KNN (1) grid evaluated alone on sp at k 10,
 * into res (the caller frees it): what the grid's figure for it must equal. */
static void config_alone(const rr_tsplit *sp, rr_cfdata *cd, const rr_cf_grid *g, int meth,
			 int i, rr_eval_result *res)
{
	rr_cf_scorer s;
	int ks[] = {10};
	*res = (rr_eval_result){0};
	assert_int_equal(0, meth ? tifu_scorer_init(&s, cd, &g->tifu[i])
				 : upcf_scorer_init(&s, cd, &g->upcf[i]));
	rr_method m = {"cf", NULL, meth ? score_tifu : score_upcf, &s, 3, 1};
	assert_int_equal(0, evaluate_method(sp, &m, ks, 1, res, NULL));
	cf_scorer_free(&s);
}

/* The inner split before 2011-10-01 of a generated log (20,000 lines, seed 8) written to a new
 * temporary file (*path, to remove), its rows and the default rules into *r and *c. */
static rr_tsplit *grid_split(char **path, rr_rows **r, rr_clean *c)
{
	*path = strdup("/tmp/relrec-test-cf-XXXXXX");
	int fd = mkstemp(*path);
	close(fd);
	assert_int_equal(0, gen_write_file(*path, 20000, 8, NULL));
	*r = ingest_load(*path, NULL, 0, NULL);
	assert_non_null(*r);
	clean_init(c);
	int32_t cut;
	ingest_parse_day("2011-10-01", &cut);
	rr_tsplit *sp = split_new_range(*r, c, split_inner_start(cut), cut);
	assert_non_null(sp);
	return sp;
}
/* The grid's figure of every configuration is evaluate_method's for the same scorer, to the
 * bit, on a generated log; each task's choice is the best, the first of equals. */
static void test_grid(void **state)
{
	(void)state;
	char *path;
	rr_rows *r;
	rr_clean c;
	rr_tsplit *sp = grid_split(&path, &r, &c);
	rr_cf_grid g;
	assert_int_equal(0, cf_grid_init(&g));
	assert_int_equal(120, g.n_upcf);
	assert_int_equal(288, g.n_tifu);
	assert_int_equal(0, cf_grid_run(&g, sp, 2, NULL));
	assert_int_equal(sp->n_eval, g.judged);   /* below RR_GRID_EVAL_MAX: everyone */
	rr_cfdata *cd = cfdata_new(sp->train);
	for (int meth = 0; meth < 2; meth++) {
		int n = meth ? g.n_tifu : g.n_upcf;
		const double *nd = meth ? g.tifu_ndcg : g.upcf_ndcg;
		for (int i = 0; i < n; i += meth ? 7 : 3) {
			rr_eval_result res;
			config_alone(sp, cd, &g, meth, i, &res);
			assert_true(nd[i * RR_TASK_N + RR_TASK_ALL] == res.line[0].m.ndcg);
			assert_true(nd[i * RR_TASK_N + RR_TASK_NEW] == res.line[1].m.ndcg);
			eval_result_free(&res);
		}
		for (int t = 0; t < RR_TASK_N; t++) {
			int b = meth ? g.best_tifu[t] : g.best_upcf[t];
			for (int i = 0; i < n; i++)
				assert_true(nd[i * RR_TASK_N + t] < nd[b * RR_TASK_N + t] ||
					    (nd[i * RR_TASK_N + t] == nd[b * RR_TASK_N + t] && i >= b));
		}
	}
	/* recent popularity's windows: each the figure of its scorer alone, the choice the best */
	assert_int_equal(5, g.n_rpop);
	for (int i = 0; i < g.n_rpop; i++) {
		rr_recent_pop rp;
		rr_eval_result res = {0};
		int ks[] = {10};
		assert_int_equal(0, recent_pop_init(&rp, sp->train, sp->cutoff, g.rpop_days[i]));
		rr_method m = {"rp", NULL, score_recent_pop, &rp, 3, 1};
		assert_int_equal(0, evaluate_method(sp, &m, ks, 1, &res, NULL));
		assert_true(g.rpop_ndcg[i * RR_TASK_N + RR_TASK_ALL] == res.line[0].m.ndcg);
		assert_true(g.rpop_ndcg[i * RR_TASK_N + RR_TASK_NEW] == res.line[1].m.ndcg);
		eval_result_free(&res);
		recent_pop_free(&rp);
	}
	for (int t = 0; t < RR_TASK_N; t++)
		for (int i = 0; i < g.n_rpop; i++) {
			const double *nd = g.rpop_ndcg;
			int b = g.best_rpop[t];
			assert_true(nd[i * RR_TASK_N + t] < nd[b * RR_TASK_N + t] ||
				    (nd[i * RR_TASK_N + t] == nd[b * RR_TASK_N + t] && i >= b));
		}
	/* the pick: NaN never wins, the first of equals does */
	double v[] = {NAN, NAN, 0.3, 0.1, 0.5, 0.2, 0.5, 0.9};
	assert_int_equal(2, cf_grid_pick(v, 4, RR_TASK_ALL));
	assert_int_equal(3, cf_grid_pick(v, 4, RR_TASK_NEW));
	cfdata_free(cd);
	cf_grid_free(&g);
	split_free(sp);
	clean_free(&c);
	rows_free(r);
	tu_remove(path);
}

/* A scorer that fails, for evaluate_methods' error. */
static int score_fails(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	(void)ctx;
	(void)train;
	(void)score;
	return u > 3 ? err_set("scorer failed at customer %u", u) : 0;
}

/* Methods two at a time (t70 F8) give the lines they give one at a time, in the caller's
 * order, to the bit, whichever thread ran them; a failing method's own error comes back. */
static void test_methods_parallel(void **state)
{
	(void)state;
	char *path;
	rr_rows *r;
	rr_clean c;
	rr_tsplit *sp = grid_split(&path, &r, &c);
	rr_cfdata *cd = cfdata_new(sp->train);
	rr_cooc *co = cooc_new(sp->train);
	rr_cf_scorer up, tf;
	rr_upcf_params upp = {3, 0.5, 1, 100};
	rr_tifu_params tfp = {100, 0.9, 0.8, 0.4, 7};
	rr_recent_pop rp;
	assert_int_equal(0, upcf_scorer_init(&up, cd, &upp));
	assert_int_equal(0, tifu_scorer_init(&tf, cd, &tfp));
	assert_int_equal(0, recent_pop_init(&rp, sp->train, sp->cutoff, 28));
	rr_method ms[] = {{"popularity", NULL, score_popularity, NULL, 3, 1},
			  {"recent-pop", "W 28 days", score_recent_pop, &rp, 3, 1},
			  {"repurchase", NULL, score_repurchase, NULL, 1, 1},
			  {"cooccurrence", NULL, score_cooc, co, 3, 1},
			  {"up-cf@r", NULL, score_upcf, &up, 2, 1},
			  {"tifu-knn", NULL, score_tifu, &tf, 3, 1}};
	int n = (int)(sizeof ms / sizeof *ms), ks[] = {10, 20};
	rr_eval_result one = {0}, two = {0};
	for (int m = 0; m < n; m++)
		assert_int_equal(0, evaluate_method(sp, &ms[m], ks, 2, &one, NULL));
	assert_int_equal(0, evaluate_methods(sp, ms, n, ks, 2, &two, 2, NULL));
	assert_int_equal(one.n, two.n);
	assert_int_equal(2 * 2 * n - 2 * 2, one.n);   /* repurchase and up-cf@r: one task each */
	for (int i = 0; i < one.n; i++) {
		const rr_eval_line *a = &one.line[i], *b = &two.line[i];
		assert_string_equal(a->method, b->method);
		assert_string_equal(a->config, b->config);
		assert_int_equal(a->task, b->task);
		assert_int_equal(a->k, b->k);
		assert_memory_equal(&a->m, &b->m, sizeof a->m);
		assert_true(a->coverage == b->coverage && a->pop == b->pop);
		assert_memory_equal(a->ndcg_user, b->ndcg_user, sp->n_eval * sizeof *a->ndcg_user);
	}
	assert_int_equal(one.n_eval, two.n_eval);
	eval_result_free(&two);
	ms[1] = (rr_method){"fails", NULL, score_fails, NULL, 3, 1};
	assert_int_equal(-1, evaluate_methods(sp, ms, n, ks, 2, &two, 2, NULL));
	assert_non_null(strstr(err_msg(), "scorer failed at customer"));
	eval_result_free(&one);
	eval_result_free(&two);
	recent_pop_free(&rp);
	cf_scorer_free(&up);
	cf_scorer_free(&tf);
	cooc_free(co);
	cfdata_free(cd);
	split_free(sp);
	clean_free(&c);
	rows_free(r);
	tu_remove(path);
}

/* Past eval_max customers of the inner period the grid judges a regular sample of eval_max
 * (customer k·n/eval_max): its working rows, the customers it averages over and its figures
 * are the sample's, each configuration's the mean of evaluate_method's per-customer NDCG over
 * those customers, to the bit; the sample is the same on every run. */
static void test_grid_sample(void **state)
{
	(void)state;
	char *path;
	rr_rows *r;
	rr_clean c;
	rr_tsplit *sp = grid_split(&path, &r, &c);
	uint32_t max = sp->n_eval / 3;
	assert_true(max >= 20);
	rr_cf_grid g, h;
	assert_int_equal(0, cf_grid_init(&g));
	assert_int_equal(0, cf_grid_init(&h));
	assert_int_equal(0, cf_grid_run_max(&g, sp, max, 2, NULL));
	assert_int_equal(0, cf_grid_run_max(&h, sp, max, 1, NULL));
	assert_int_equal(max, g.judged);
	assert_int_equal(sp->n_eval, g.n_eval);
	assert_true(g.users[RR_TASK_ALL] <= max && g.users[RR_TASK_NEW] <= max);
	assert_true(g.users[RR_TASK_ALL] > 0);
	assert_memory_equal(g.upcf_ndcg, h.upcf_ndcg, (size_t)g.n_upcf * RR_TASK_N * sizeof(double));
	assert_memory_equal(g.tifu_ndcg, h.tifu_ndcg, (size_t)g.n_tifu * RR_TASK_N * sizeof(double));
	rr_cfdata *cd = cfdata_new(sp->train);
	for (int meth = 0; meth < 2; meth++) {
		int n = meth ? g.n_tifu : g.n_upcf;
		const double *nd = meth ? g.tifu_ndcg : g.upcf_ndcg;
		for (int i = 0; i < n; i += meth ? 31 : 13) {
			rr_eval_result res;
			config_alone(sp, cd, &g, meth, i, &res);
			for (int t = 0; t < RR_TASK_N; t++) {
				double sum = 0;
				uint32_t cnt = 0;
				for (uint32_t k = 0; k < max; k++) {
					double x = res.line[t].ndcg_user[(uint64_t)k * sp->n_eval / max];
					if (!isnan(x)) {
						sum += x;
						cnt++;
					}
				}
				assert_int_equal(cnt, g.users[t]);
				assert_true(nd[i * RR_TASK_N + t] == sum / cnt);
			}
			eval_result_free(&res);
		}
	}
	cfdata_free(cd);
	cf_grid_free(&h);
	cf_grid_free(&g);
	split_free(sp);
	clean_free(&c);
	rows_free(r);
	tu_remove(path);
}

/* A catalogue past EASE's cap is judged on its cap most-bought items (t52 F2: 142,000 items ran
 * the grids for minutes): the grid says so, its figures move (items outside score 0), and
 * they are the same on one thread and two; under the cap nothing changes. */
static void test_grid_capped(void **state)
{
	(void)state;
	char *path;
	rr_rows *r;
	rr_clean c;
	rr_tsplit *sp = grid_split(&path, &r, &c);
	uint32_t n = sp->train->n_items;
	rr_cf_grid g, h, whole;
	assert_int_equal(0, cf_grid_init(&whole));
	assert_int_equal(0, cf_grid_run_max(&whole, sp, 60, 2, NULL));
	assert_int_equal(n, whole.items);
	assert_int_equal(n, whole.n_items);
	rr_ease_max_items = n / 4;
	assert_int_equal(0, cf_grid_init(&g));
	assert_int_equal(0, cf_grid_init(&h));
	assert_int_equal(0, cf_grid_run_max(&g, sp, 60, 2, NULL));
	assert_int_equal(0, cf_grid_run_max(&h, sp, 60, 1, NULL));
	rr_ease_max_items = RR_EASE_MAX_ITEMS;
	assert_int_equal(n / 4, g.items);
	assert_int_equal(n, g.n_items);
	assert_memory_equal(g.upcf_ndcg, h.upcf_ndcg, (size_t)g.n_upcf * RR_TASK_N * sizeof(double));
	assert_memory_equal(g.tifu_ndcg, h.tifu_ndcg, (size_t)g.n_tifu * RR_TASK_N * sizeof(double));
	int moved = 0;
	for (int i = 0; i < g.n_upcf * RR_TASK_N; i++)
		moved += !isnan(g.upcf_ndcg[i]) && g.upcf_ndcg[i] != whole.upcf_ndcg[i];
	assert_true(moved > 0);
	cf_grid_free(&whole);
	cf_grid_free(&h);
	cf_grid_free(&g);
	split_free(sp);
	clean_free(&c);
	rows_free(r);
	tu_remove(path);
}

/* The progress label of each pass (t52 F3: UP-CF's and TIFU's all-customer passes shared one,
 * so the audience's bar reached 100 % and began again at 0 % under the same words). */
static void keep_label(void *ctx, const rr_progress *p)
{
	if (p->phase == RR_PHASE_EVAL)
		snprintf(ctx, 128, "%s", p->what);
}

static void test_all_neighbours_labels(void **state)
{
	(void)state;
	rr_rows *r;
	rr_dataset *d = fixture(&r);
	rr_cfdata *cd = cfdata_new(d);
	char up[128] = "", tf[128] = "";
	rr_sink sk = {.ctx = up, .progress = keep_label};
	rr_work w = work_init(&sk, NULL, "audience");
	rr_upcf_params p = {0, 0.5, 1, 0};
	rr_nbrs a, b;
	assert_int_equal(0, upcf_all_neighbours(cd, &p, NULL, 1, &w, &a));
	rr_tifu_vec t;
	assert_int_equal(0, tifu_vectors(&t, cd, 1, 0.5, 3));
	sk.ctx = tf;
	w.last = 0;   /* past the rate limit: the first tick is reported */
	assert_int_equal(0, tifu_all_neighbours(cd, &t, 2, NULL, 1, &w, &b));
	assert_string_equal(RR_CF_PASS_UPCF, up);
	assert_string_equal(RR_CF_PASS_TIFU, tf);
	assert_string_not_equal(up, tf);
	nbrs_free(&a);
	nbrs_free(&b);
	tifu_vec_free(&t);
	cfdata_free(cd);
	dataset_free(d);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_upcf),
		cmocka_unit_test(test_tifu),
		cmocka_unit_test(test_tifu_groups),
		cmocka_unit_test(test_tifu_strangers),
		cmocka_unit_test(test_grid),
		cmocka_unit_test(test_grid_sample),
		cmocka_unit_test(test_pool),
		cmocka_unit_test(test_all_neighbours_labels),
		cmocka_unit_test(test_grid_capped),
		cmocka_unit_test(test_methods_parallel),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
