/* test_recommend.c — the logistic re-ranker (recovering a known model, zero gradient at the
 * optimum by finite differences) and the lists' conditional logit (a hand-computed optimum, its
 * gradient by finite differences), and the commands on the real data: together, recommend,
 * export rules and export recommendations (CSV read back); the recommender's scoring paths
 * (all customers, one, explanations, item columns) agree to the bit. */
#include "testutil.h"

#include <math.h>

#include "app.h"
#include "audience.h"
#include "baselines.h"
#include "dataset.h"
#include "ease.h"
#include "cmd.h"
#include "err.h"
#include "rank.h"
#include "recfeat.h"
#include "recommend.h"
#include "split.h"
#include "csvdate.h"

static double uniform(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return ((*s >> 8) & 0xFFFF) / 65536.0;
}

/* y ~ Bernoulli(σ(2·x0 − 1·x1 + 0.5)) with x0, x1 uniform on [0, 3): the fit recovers the
 * coefficients on the raw scale (w_f / sd_f) within sampling error. */
static void test_logreg_recovers(void **state)
{
	(void)state;
	enum { N = 40000 };
	double *x = calloc((size_t)N * 2, sizeof *x);
	unsigned char *y = malloc(N);
	unsigned s = 11;
	for (int i = 0; i < N; i++) {
		double *xi = x + (size_t)i * 2;
		xi[0] = 3 * uniform(&s);
		xi[1] = 3 * uniform(&s);
		double p = 1 / (1 + exp(-(2.0 * xi[0] - 1.0 * xi[1] + 0.5)));
		y[i] = uniform(&s) < p;
	}
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.n = 2;
	assert_int_equal(0, logreg_fit(&m, x, y, N, 0, 30));
	double w0 = m.w[0] / m.sd[0], w1 = m.w[1] / m.sd[1];
	double b = m.b - w0 * m.mean[0] - w1 * m.mean[1];
	assert_float_equal(2.0, w0, 0.12);
	assert_float_equal(-1.0, w1, 0.08);
	assert_float_equal(0.5, b, 0.15);
	double probe[2] = {1, 1};
	assert_float_equal(1 / (1 + exp(-1.5)), logreg_prob(&m, probe), 0.03);
	free(x);
	free(y);
}

/* A handful of rows a line separates: the prior keeps the weights finite, so the chances are
 * not 0 and 1 (a fit on nine customers scored every owned item 0.0000 or 1.0000). A missing
 * value (NaN) is left out of the mean and stands at it: its term is 0. */
static void test_logreg_small_and_missing(void **state)
{
	(void)state;
	double x[6 * 2] = {0, 1, 1, NAN, 2, 3, 3, 5, 4, NAN, 5, 7};
	unsigned char y[6] = {0, 0, 0, 1, 1, 1};
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.n = 2;
	assert_int_equal(0, logreg_fit(&m, x, y, 6, 1e-4, 25));
	assert_true(isfinite(m.w[0]) && fabs(m.w[0]) < 5);
	double hi[2] = {5, 7}, lo[2] = {0, 1};
	assert_true(logreg_prob(&m, hi) < 0.995 && logreg_prob(&m, hi) > 0.5);
	assert_true(logreg_prob(&m, lo) > 0.005 && logreg_prob(&m, lo) < 0.5);
	assert_float_equal(4.0, m.mean[1], 1e-12);   /* 1, 3, 5, 7 */
	assert_true(logreg_term(&m, 1, NAN) == 0);
	double a[2] = {2, NAN}, b[2] = {2, 4};
	assert_float_equal(logreg_logit(&m, b), logreg_logit(&m, a), 1e-12);
}

/* A feature nearly constant in the fitting rows (every item first sold within minutes: log age
 * 5.61 ± 3e-5, and here tied to the label) is constant: weight 0, no term at any value, where
 * its sd of 3e-5 made a value a year later (5.90) 9,000 sds away and every chance 0.0000. A
 * value far outside the fitted range of a real feature moves the logit no further than the
 * range widened by its width. */
static void test_logreg_flat_feature(void **state)
{
	(void)state;
	enum { N = 2000 };
	double *x = calloc((size_t)N * 2, sizeof *x);
	unsigned char *y = malloc(N);
	unsigned s = 3;
	for (int i = 0; i < N; i++) {
		double *xi = x + (size_t)i * 2;
		xi[0] = 3 * uniform(&s);
		y[i] = uniform(&s) < 1 / (1 + exp(-(xi[0] - 1.5)));
		xi[1] = log(273) + (y[i] ? 3e-5 : -3e-5) * uniform(&s);
	}
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.n = 2;
	assert_int_equal(0, logreg_fit(&m, x, y, N, 1e-4, 30));
	assert_true(m.w[1] == 0);
	assert_true(logreg_term(&m, 1, log(365)) == 0 && logreg_term(&m, 1, log(200)) == 0);
	double at[2] = {2, log(365)}, mid[2] = {2, log(273)};
	assert_float_equal(logreg_prob(&m, mid), logreg_prob(&m, at), 1e-12);
	assert_true(logreg_prob(&m, at) > 0.3);
	double far[2] = {1000, log(273)}, end[2] = {m.hi[0], log(273)};
	assert_true(m.hi[0] < 9 && m.w[0] > 0);   /* [0, 3) widened by its width */
	assert_float_equal(logreg_logit(&m, end), logreg_logit(&m, far), 1e-12);
	free(x);
	free(y);
}

/* At the fitted optimum the penalized loss has zero gradient: check by central differences. */
static void test_logreg_optimum(void **state)
{
	(void)state;
	enum { N = 3000, D = 4 };
	double *x = calloc((size_t)N * D, sizeof *x);
	unsigned char *y = malloc(N);
	unsigned s = 5;
	for (int i = 0; i < N; i++) {
		double *xi = x + (size_t)i * D;
		for (int f = 0; f < D; f++)
			xi[f] = uniform(&s);
		y[i] = uniform(&s) < 0.2 + 0.5 * xi[0] * xi[1];
	}
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.n = D;
	const double l2 = 1e-3;
	assert_int_equal(0, logreg_fit(&m, x, y, N, l2, 30));
	for (int f = 0; f <= D; f++) {   /* f == D: the intercept */
		double *p = f < D ? &m.w[f] : &m.b, keep = *p, h = 1e-4;
		*p = keep + h;
		double up = logreg_loss(&m, x, y, N) + (f < D ? 0.5 * l2 * (*p) * (*p) : 0);
		*p = keep - h;
		double dn = logreg_loss(&m, x, y, N) + (f < D ? 0.5 * l2 * (*p) * (*p) : 0);
		*p = keep;
		assert_float_equal(0.0, (up - dn) / (2 * h), 1e-6);
	}
	/* and moving away from it raises the loss */
	double at = logreg_loss(&m, x, y, N);
	m.w[0] += 0.1;
	assert_true(logreg_loss(&m, x, y, N) > at);
	free(x);
	free(y);
}

/* A conditional logit of one standardized feature (mean 0, sd 1, bounds wide) on groups of two
 * rows, z +1 and -1: the +1 row is chosen with chance σ(2w), so with the positive on it in 3
 * of 4 groups the fit is w = ln(3)/2 (l2 0). A group of one label orders nothing and changes
 * nothing; a feature equal within every group gets weight 0 exactly; m->b is kept. */
static void test_condlogit_optimum(void **state)
{
	(void)state;
	enum { G = 6 };   /* 4 groups of two, one all negative, one all positive */
	double x[2 * G * 2];
	unsigned char y[2 * G];
	size_t group[G + 1];
	for (int k = 0; k < G; k++) {
		group[k] = 2 * (size_t)k;
		x[4 * k] = 1, x[4 * k + 2] = -1;           /* feature 0: +1 then -1 */
		x[4 * k + 1] = x[4 * k + 3] = k;           /* feature 1: the group's own constant */
		y[2 * k] = k < 3 || k == 5, y[2 * k + 1] = k == 3 || k == 5;
	}
	group[G] = 2 * G;
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.n = 2;
	for (int a = 0; a < 2; a++)
		m.sd[a] = 1, m.lo[a] = -100, m.hi[a] = 100, m.w[a] = 0.3;
	m.b = -2;
	assert_int_equal(0, condlogit_fit(&m, x, y, group, G, 0, 25));
	assert_float_equal(log(3) / 2, m.w[0], 1e-9);
	assert_true(m.w[1] == 0);
	assert_true(m.b == -2);
	/* the loss: 3·log(1 + e^-2w) + log(1 + e^2w), at its minimum; its gradient there is 0 */
	double gr[2];
	assert_float_equal(3 * log1p(exp(-2 * m.w[0])) + log1p(exp(2 * m.w[0])),
			   condlogit_loss(&m, x, y, group, G, 0, gr), 1e-12);
	assert_float_equal(0, gr[0], 1e-9);
	/* no group holds both labels: refused */
	unsigned char none[2 * G] = {0};
	assert_int_equal(-1, condlogit_fit(&m, x, none, group, G, 0, 25));
}

/* condlogit_loss's gradient against central differences of the loss, groups of 1 to 7 rows and
 * three features, with the penalty. */
static void test_condlogit_gradient(void **state)
{
	(void)state;
	enum { G = 40, MAXR = 7 * G };
	double *x = malloc(MAXR * 3 * sizeof *x);
	unsigned char *y = malloc(MAXR);
	size_t group[G + 1], r = 0;
	unsigned s = 11;
	for (int k = 0; k < G; k++) {
		group[k] = r;
		for (int j = 0; j <= k % 7; j++, r++) {
			for (int a = 0; a < 3; a++)
				x[r * 3 + a] = 4 * uniform(&s) - 1;
			y[r] = uniform(&s) < 0.3;
		}
	}
	group[G] = r;
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.n = 3;
	double w0[3] = {0.7, -1.2, 0.4}, gr[3], l2 = 0.05;
	for (int a = 0; a < 3; a++)
		m.mean[a] = 1, m.sd[a] = 1.5, m.lo[a] = -100, m.hi[a] = 100, m.w[a] = w0[a];
	condlogit_loss(&m, x, y, group, G, l2, gr);
	for (int a = 0; a < 3; a++) {
		double h = 1e-5;
		m.w[a] = w0[a] + h;
		double up = condlogit_loss(&m, x, y, group, G, l2, NULL);
		m.w[a] = w0[a] - h;
		double dn = condlogit_loss(&m, x, y, group, G, l2, NULL);
		m.w[a] = w0[a];
		assert_float_equal((up - dn) / (2 * h), gr[a], 1e-6);
	}
	/* the fit ends where the gradient is 0 and the loss below the start's */
	double start = condlogit_loss(&m, x, y, group, G, l2, NULL);
	assert_int_equal(0, condlogit_fit(&m, x, y, group, G, l2, 25));
	assert_true(condlogit_loss(&m, x, y, group, G, l2, gr) < start);
	for (int a = 0; a < 3; a++)
		assert_float_equal(0, gr[a], 1e-8);
	free(x);
	free(y);
}

/* Mean log loss of σ(a z + c) on (z, y). */
static double cal_loss(double a, double c, const double *z, const unsigned char *y, int n)
{
	double l = 0;
	for (int i = 0; i < n; i++) {
		double t = a * z[i] + c;
		l += (t > 0 ? t + log1p(exp(-t)) : log1p(exp(t))) - (y[i] ? t : 0);
	}
	return l / n;
}

/* The output map: y ~ Bernoulli(σ(0.6 z − 0.8)) is recovered, its loss has zero gradient at
 * the fit (central differences), and rows that cannot give an increasing map leave it the
 * identity. */
/* logreg_bound_to_rows: a fitted model's scoring bounds narrowed from the range widened by its
 * width to the rows' own range (the never-bought re-ranker's, research18 C1); a constant column
 * keeps its mean; a missing value is skipped. */
static void test_logreg_bound_to_rows(void **state)
{
	(void)state;
	/* columns: 1..4 with a NaN, constant 5 */
	double x[] = {1, 5, 2, 5, NAN, 5, 4, 5};
	unsigned char y[] = {0, 1, 0, 1};
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.n = 2;
	assert_int_equal(0, logreg_fit(&m, x, y, 4, 1e-4, 25));
	assert_float_equal(-2, m.lo[0], 1e-12);   /* [1, 4] widened by 3 each side */
	assert_float_equal(7, m.hi[0], 1e-12);
	double row[2] = {6, 5}, before = logreg_logit(&m, row);
	logreg_bound_to_rows(&m, x, 4);
	assert_float_equal(1, m.lo[0], 1e-12);
	assert_float_equal(4, m.hi[0], 1e-12);
	assert_float_equal(5, m.lo[1], 1e-12);    /* constant: at its mean */
	assert_float_equal(5, m.hi[1], 1e-12);
	double at4[2] = {4, 5};
	assert_float_equal(logreg_logit(&m, at4), logreg_logit(&m, row), 1e-12);
	assert_true(m.w[0] > 0 && logreg_logit(&m, row) < before);
}

static void test_logreg_calibrate(void **state)
{
	(void)state;
	enum { N = 40000 };
	double *z = malloc(N * sizeof *z), x[1] = {0.7};
	unsigned char *y = malloc(N);
	unsigned s = 3;
	for (int i = 0; i < N; i++) {
		z[i] = 8 * uniform(&s) - 4;
		y[i] = uniform(&s) < 1 / (1 + exp(-(0.6 * z[i] - 0.8)));
	}
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.n = 1;
	m.sd[0] = 1;
	m.lo[0] = -INFINITY;   /* a hand-made model: no bound on x */
	m.hi[0] = INFINITY;
	m.w[0] = 2;   /* logit 2 x */
	logreg_calibrate(&m, z, y, N);
	assert_float_equal(0.6, m.cal_a, 0.04);
	assert_float_equal(-0.8, m.cal_c, 0.05);
	double h = 1e-5, at = cal_loss(m.cal_a, m.cal_c, z, y, N);
	assert_float_equal(0, (cal_loss(m.cal_a + h, m.cal_c, z, y, N) -
			       cal_loss(m.cal_a - h, m.cal_c, z, y, N)) / (2 * h), 1e-7);
	assert_float_equal(0, (cal_loss(m.cal_a, m.cal_c + h, z, y, N) -
			       cal_loss(m.cal_a, m.cal_c - h, z, y, N)) / (2 * h), 1e-7);
	assert_true(cal_loss(m.cal_a + 0.05, m.cal_c, z, y, N) > at);
	assert_float_equal(1 / (1 + exp(-(m.cal_a * 1.4 + m.cal_c))), logreg_prob(&m, x), 1e-12);
	/* one label only, or a decreasing relation: the identity */
	memset(y, 1, N);
	logreg_calibrate(&m, z, y, N);
	assert_true(m.cal_a == 1 && m.cal_c == 0);
	for (int i = 0; i < N; i++)
		y[i] = z[i] < 0;
	logreg_calibrate(&m, z, y, N);
	assert_true(m.cal_a == 1 && m.cal_c == 0);
	logreg_calibrate(&m, z, y, 0);
	assert_true(m.cal_a == 1 && m.cal_c == 0);
	for (int i = 0; i < N; i++)   /* separable: no finite optimum */
		y[i] = z[i] > 0.5;
	logreg_calibrate(&m, z, y, N);
	assert_true(m.cal_a == 1 && m.cal_c == 0);
	free(z);
	free(y);
}

static int run(rr_app *a, tu_capture *c, const char *line)
{
	c->len = 0;
	if (c->buf)
		c->buf[0] = '\0';
	int rc = cmd_exec(a, line);
	if (rc != 0)
		fprintf(stderr, "%s: %s\n", line, err_msg());
	return rc;
}

/* The all-customers pass, one customer's scores, the explanation of a pair and an item's column
 * agree to the bit; the columns are of the catalogue's first and last items and of the items
 * code1 and code2, and some customers have one of them outside their candidates unless
 * few_items (a catalogue of little more than the candidates). */
/* A list's never-bought candidate i of customer u (list score `listed`) is scored by the
 * lists' order, its audience's chance (`audience`, why's) by the audiences' re-ranker. */
static void check_models(const rr_recsys *rs, uint32_t u, rr_rec_work *w, uint32_t i,
			 double listed, double audience)
{
	double *aud = malloc(rs->part.ds->n_items * sizeof *aud), x[RR_LR_MAX];
	assert_int_equal(0, recsys_score_mode(rs, u, w, aud, RR_SCORE_OTHERS));
	assert_true(aud[i] == audience);
	rec_gather(&rs->lr[RR_SEG_NEW], w->x + (size_t)i * RR_F_N, x);
	assert_true(aud[i] == logreg_prob(&rs->lr[RR_SEG_NEW], x));
	rec_gather(&rs->list[RR_SEG_NEW], w->x + (size_t)i * RR_F_N, x);
	assert_true(listed == logreg_prob(&rs->list[RR_SEG_NEW], x));
	assert_true(listed != audience);
	free(aud);
}

static void check_scoring_paths(rr_recsys *rs, const char *code1, const char *code2,
				int few_items)
{
	const rr_dataset *d = rs->part.ds;
	enum { K = 10 };
	uint32_t *top = malloc((size_t)d->n_users * K * sizeof *top);
	double *tsc = malloc((size_t)d->n_users * K * sizeof *tsc);
	int *nt = malloc(d->n_users * sizeof *nt);
	assert_int_equal(0, recsys_topk_all(rs, K, 0, 2, top, tsc, nt, NULL));
	rr_rec_work w;
	assert_int_equal(0, rec_work_alloc(&w, &rs->part));
	double *score = malloc(d->n_items * sizeof *score);
	unsigned char *skip = calloc(d->n_items, 1);
	uint32_t one[K];
	for (uint32_t u = 0; u < d->n_users; u += 97) {
		assert_int_equal(0, recsys_score(rs, u, &w, score));
		for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++)
			skip[d->pairs[q].item] = 1;
		int got = rank_topk(score, d->n_items, rs->part.tie, skip, K, one);
		for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++)
			skip[d->pairs[q].item] = 0;
		assert_int_equal(got, nt[u]);
		for (int r = 0; r < got; r++) {
			assert_int_equal(one[r], top[(size_t)u * K + r]);
			assert_true(score[one[r]] == tsc[(size_t)u * K + r]);
		}
		/* why: the terms add up to the logit of the score, the ranks are the list's */
		rr_rec_explain ex;
		assert_int_equal(0, recsys_explain(rs, u, one[0], NULL, &w, &ex));
		assert_true(ex.score == score[one[0]]);
		assert_int_equal(RR_SEG_NEW, ex.seg);
		assert_int_equal(1, ex.rank_new);
		if (got >= 3) {   /* the first two blocked: the third is first, they have no rank */
			rr_rec_explain e2, eb;
			assert_int_equal(0, recsys_explain(rs, u, one[2], NULL, &w, &e2));
			assert_int_equal(3, e2.rank_new);
			skip[one[0]] = skip[one[1]] = 1;
			assert_int_equal(0, recsys_explain(rs, u, one[2], skip, &w, &eb));
			assert_int_equal(1, eb.rank_new);
			assert_int_equal(e2.rank_all - 2, eb.rank_all);
			assert_int_equal(0, recsys_explain(rs, u, one[0], skip, &w, &eb));
			assert_int_equal(0, eb.rank_new);
			assert_int_equal(0, eb.rank_all);
			skip[one[0]] = skip[one[1]] = 0;
		}
		double z = ex.intercept;
		for (int t = 0; t < ex.n_terms; t++)
			z += ex.term[t].contrib;
		assert_true(z == ex.logit);
		assert_float_equal(1 / (1 + exp(-(ex.cal_a * ex.logit + ex.cal_c))), ex.score, 1e-12);
		assert_true(ex.cal_a > 0 && ex.cal_a != 1);   /* the merge's map was fitted */
		check_models(rs, u, &w, one[0], score[one[0]], ex.audience);
	}
	for (int a = 0; a < rs->list[RR_SEG_NEW].n; a++) {   /* the customer's own: not read */
		int f = rs->list[RR_SEG_NEW].feat[a], own = f == RR_F_USER_SINCE || f == RR_F_USER_INV;
		assert_true(!own || rs->list[RR_SEG_NEW].w[a] == 0);
		assert_true(!own || rs->lr[RR_SEG_NEW].w[a] != 0);
	}
	/* audience: a stop asked before the column caches leaves none, and says so */
	volatile sig_atomic_t stop = 1;
	rr_work wk = work_init(NULL, &stop, "audience");
	assert_int_equal(-1, recsys_prepare_columns(rs, 2, &wk));
	assert_non_null(strstr(err_msg(), "interrupted"));
	assert_null(rs->cols);
	/* audience: an item's column is each customer's score of it */
	assert_int_equal(0, recsys_prepare_columns(rs, 2, NULL));
	double *col = malloc(d->n_users * sizeof *col);
	unsigned char *seg = malloc(d->n_users);
	uint32_t items[] = {0, dataset_find_item(d, code1), dataset_find_item(d, code2),
			    d->n_items - 1};
	assert_true(items[1] != RR_NONE && items[2] != RR_NONE);
	size_t others = 0, raised = 0;
	for (int m = RR_SCORE_LISTS; m <= RR_SCORE_OTHERS; m++)
		for (int a = 0; a < 4; a++) {
			assert_int_equal(0, recsys_item_column(rs, items[a], col, seg, m));
			for (uint32_t u = 0; u < d->n_users; u += 13) {
				assert_int_equal(0, recsys_score_mode(rs, u, &w, score, m));
				assert_int_equal(w.seg[items[a]], seg[u]);
				assert_true(score[items[a]] == col[u]);
				if (seg[u] != RR_SEG_OTHER)
					continue;
				/* outside the candidates: below them for lists, a probability for audiences */
				others++;
				if (m == RR_SCORE_LISTS) {
					assert_true(col[u] < -1e5);
				} else {
					assert_true(col[u] > 0 && col[u] < 1);
					raised++;
					/* why explains both: the list's score, and the audience's by its terms */
					rr_rec_explain ex;
					assert_int_equal(0, recsys_explain(rs, u, items[a], NULL, &w, &ex));
					assert_int_equal(RR_SEG_OTHER, ex.seg);
					assert_true(ex.score < -1e5);
					assert_true(ex.audience == col[u]);
					/* the never-bought re-ranker's terms, through the outside map */
					assert_int_equal(rs->lr[RR_SEG_NEW].n, ex.n_terms);
					assert_true(ex.cal_a == rs->outside.w[0] / rs->outside.sd[0]);
					double z = ex.intercept;
					for (int t = 0; t < ex.n_terms; t++)
						z += ex.term[t].contrib;
					assert_true(z == ex.logit);
					assert_float_equal(1 / (1 + exp(-(ex.cal_a * ex.logit + ex.cal_c))),
							   ex.audience, 1e-12);
				}
			}
		}
	assert_true(others > 0 || few_items);
	assert_int_equal(others, 2 * raised);
	free(col);
	free(seg);
	rec_work_free(&w);
	free(score);
	free(skip);
	free(top);
	free(tsc);
	free(nt);
}

/* An item ordered once is nobody's likely buy: its audience's chances, summed over every
 * customer, are a few buyers (t55 F7: 21667, one invoice 332 days before the data ends, got
 * 0.048 from every customer, 150 buyers in 92 days, and 23843, one cancelled order, 0.134,
 * 469 buyers: the never-bought re-ranker, fitted on EASE's best candidates, scored the items
 * outside them far below its rows' popularity). The outside map was fitted on its own rows. */
static void check_rare_audience(const rr_recsys *rs)
{
	const rr_dataset *d = rs->part.ds;
	double *col = malloc(d->n_users * sizeof *col);
	assert_true(rs->outside_fitted);
	assert_true(rs->n_rows[RR_SEG_OTHER] > 0);
	assert_true(rs->outside.w[0] > 0);   /* the never-bought re-ranker's order kept */
	/* 23843's one invoice is on the data's last day: a new item, which sells on */
	static const char *const rare[] = {"21667", "23843"};
	static const double most[] = {20, 100};
	for (int k = 0; k < 2; k++) {
		uint32_t i = dataset_find_item(d, rare[k]);
		assert_true(i != RR_NONE);
		assert_int_equal(0, recsys_item_column(rs, i, col, NULL, RR_SCORE_OTHERS));
		double sum = 0;
		for (uint32_t u = 0; u < d->n_users; u++)
			sum += col[u];
		if (!(sum < most[k]))
			fail_msg("%s: the chances sum to %.1f buyers", rare[k], sum);
	}
	free(col);
}

static void test_commands(void **state)
{
	(void)state;
	const char *path = "data/online_retail.csv.gz";
	TU_SKIP_UNLESS_READABLE(path);
	rr_app a;
	tu_capture c;
	assert_int_equal(0, app_init(&a));
	tu_capture_install(&a.sink, &c);
	assert_int_equal(0, run(&a, &c, "load data/online_retail.csv.gz"));

	assert_int_equal(0, run(&a, &c, "together 85123A"));
	assert_non_null(strstr(c.buf, "in 2198 of 19773 baskets"));
	assert_non_null(strstr(c.buf, "22804   CANDLEHOLDER PINK HANGING HEART       336"));
	assert_int_equal(0, run(&a, &c, "together 85123A 3 --by confidence --min-count 100"));
	assert_non_null(strstr(c.buf, "21733   RED HANGING HEART T-LIGHT HOLDER   489   0.0247       0.222  5.94"));
	assert_int_equal(0, run(&a, &c, "together --user 17850 5"));
	assert_non_null(strstr(c.buf, "customer 17850 owns 21 items"));
	assert_int_not_equal(0, run(&a, &c, "together NOSUCHITEM"));
	assert_int_not_equal(0, run(&a, &c, "together 85123A --by support"));

	assert_int_equal(0, run(&a, &c, "recommend 17850"));
	assert_non_null(strstr(c.buf, "customer 17850: 34 invoices, 21 items bought; top 10 new to them"));
	assert_non_null(strstr(c.buf, "re-rankers fitted on"));
	/* reasons name the history items behind a new item (reason.h) */
	assert_non_null(strstr(c.buf, "you bought HAND WARMER UNION JACK (17\xc3\x97); bought together in"));
	/* ten numbered rows */
	assert_non_null(strstr(c.buf, "\n  10  "));
	assert_int_equal(0, run(&a, &c, "recommend 17850 5 --owned"));
	assert_non_null(strstr(c.buf, "you bought it 17\xc3\x97 (every ~"));
	assert_int_not_equal(0, run(&a, &c, "recommend 99999999"));

	char *rules = strdup("/tmp/relrec-test-rules-XXXXXX");
	int fd = mkstemp(rules);
	close(fd);
	char line[256];
	snprintf(line, sizeof line, "export rules %s --min-count 100", rules);
	assert_int_equal(0, run(&a, &c, line));
	FILE *f = fopen(rules, "r");
	assert_non_null(f);
	char buf[1024];
	assert_non_null(fgets(buf, sizeof buf, f));
	assert_string_equal("\"antecedent\",\"antecedent_description\",\"consequent\","
			    "\"consequent_description\",\"n_xy\",\"n_x\",\"n_y\",\"support\","
			    "\"confidence\",\"lift\"\r\n", buf);
	size_t lines = 0;
	int found = 0;
	while (fgets(buf, sizeof buf, f)) {
		lines++;
		found |= !strncmp(buf, "\"85123A\",\"WHITE HANGING HEART T-LIGHT HOLDER\",\"21733\","
				  "\"RED HANGING HEART T-LIGHT HOLDER\",489,2198,", 96);
	}
	fclose(f);
	assert_true(found);
	assert_true(lines > 1000 && lines % 2 == 0);   /* both directions of every pair */
	tu_remove(rules);

	char *recs = strdup("/tmp/relrec-test-recs-XXXXXX");
	fd = mkstemp(recs);
	close(fd);
	snprintf(line, sizeof line, "export recommendations %s 3", recs);
	assert_int_equal(0, run(&a, &c, line));
	f = fopen(recs, "r");
	assert_non_null(f);
	assert_non_null(fgets(buf, sizeof buf, f));
	assert_non_null(strstr(buf, "\"customer\",\"rank\",\"stock_code\",\"description\",\"score\""));
	lines = 0;
	while (fgets(buf, sizeof buf, f))
		lines++;
	fclose(f);
	assert_int_equal(4334 * 3, lines);
	tu_remove(recs);

	/* bins and train leave the recommender as it is: it reads the transactions only */
	const rr_recsys *rs = a.rec;
	assert_non_null(rs);
	assert_int_equal(0, run(&a, &c, "bins 1 3"));
	assert_ptr_equal(rs, a.rec);
	check_scoring_paths(a.rec, "85123A", "23439", 0);
	check_rare_audience(a.rec);
	free(c.buf);
	app_free(&a);
}

/* A K past the candidates (owned + RR_REC_CAND): the items below them keep their EASE order
 * but show no score — never the internal ease − 1e6 (tester 3's item 4) — on screen, in the
 * export (an empty cell) and in why. */
static void test_unscored_tail(void **state)
{
	(void)state;
	rr_app a;
	tu_capture c;
	char *data = tu_write_temp_str(""), *recs = tu_write_temp_str(""), line[512];
	assert_int_equal(0, app_init(&a));
	tu_capture_install(&a.sink, &c);
	snprintf(line, sizeof line, "gen %s 60000 --seed 8", data);
	assert_int_equal(0, run(&a, &c, line));
	snprintf(line, sizeof line, "load %s", data);
	assert_int_equal(0, run(&a, &c, line));
	assert_int_equal(0, run(&a, &c, "recommend 12350 205"));
	assert_null(strstr(c.buf, "-99999"));
	assert_non_null(strstr(c.buf, "\n-: no chance estimated: past the 200 never-bought items"));
	assert_true(a.rec->fitted);
	assert_true(isnan(rec_shown_score(a.rec, -RR_REC_BELOW + 0.3)));
	assert_true(rec_shown_score(a.rec, 0.25) == 0.25);
	/* row 201 is the first past the candidates (12350 owns none of them): its score is "-" */
	char code[64] = "";
	const char *r201 = strstr(c.buf, "\n 201  ");
	assert_non_null(r201);
	assert_int_equal(1, sscanf(r201, " 201 %63s", code));
	assert_non_null(strstr(r201 + 1, "  -  "));
	snprintf(line, sizeof line, "why 12350 %s", code);
	assert_int_equal(0, run(&a, &c, line));
	assert_null(strstr(c.buf, "-99999"));
	assert_non_null(strstr(c.buf, ": no score, rank "));
	assert_non_null(strstr(c.buf, "in a list it is ranked by EASE's item-item score below every candidate"));

	snprintf(line, sizeof line, "export recommendations %s 205", recs);
	assert_int_equal(0, run(&a, &c, line));
	assert_non_null(strstr(c.buf, " empty scores: no chance estimated"));
	FILE *f = fopen(recs, "r");
	assert_non_null(f);
	char buf[1024];
	size_t empty = 0, past = 0;
	while (fgets(buf, sizeof buf, f)) {
		assert_null(strstr(buf, "-99999"));
		int rank = 0;
		if (sscanf(buf, "\"%*[^\"]\",%d,", &rank) != 1)
			continue;
		const char *desc_end = strstr(buf, "\",");   /* past customer */
		desc_end = strstr(desc_end + 2, "\",");      /* past stock_code */
		desc_end = strstr(desc_end + 2, "\",");      /* past description: the score */
		int blank = desc_end[2] == ',';
		empty += (size_t)blank;
		past += rank > 200 && blank;
	}
	fclose(f);
	assert_true(empty > 0);
	assert_int_equal(empty, past);   /* only past the candidates */
	tu_remove(data);
	tu_remove(recs);
	free(c.buf);
	app_free(&a);
}


/* The lists' order of new items needs a training customer with a bought and an unbought
 * candidate: when each customer's candidates were all bought (1001) or none (1002), the
 * pointwise regression still fits (both labels in all) and the lists order by it. */
static void test_list_order_fallback(void **state)
{
	(void)state;
	char *data = tu_write_temp_str(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,P1,ONE,1,1/5/2011 10:00,1.00,1001,UK\n1,P2,TWO,1,1/5/2011 10:00,1.00,1001,UK\n"
		"2,P1,ONE,1,1/6/2011 10:00,1.00,1002,UK\n2,P2,TWO,1,1/6/2011 10:00,1.00,1002,UK\n"
		"3,P3,THREE,1,1/7/2011 10:00,1.00,1003,UK\n3,P4,FOUR,1,1/7/2011 10:00,1.00,1003,UK\n"
		"3,P5,FIVE,1,1/7/2011 10:00,1.00,1003,UK\n4,P1,ONE,1,2/7/2011 10:00,1.00,1001,UK\n"
		"5,P2,TWO,1,2/8/2011 10:00,1.00,1002,UK\n"
		"6,P1,ONE,1,5/2/2011 10:00,1.00,1001,UK\n6,P3,THREE,1,5/2/2011 10:00,1.00,1001,UK\n"
		"6,P4,FOUR,1,5/2/2011 10:00,1.00,1001,UK\n6,P5,FIVE,1,5/2/2011 10:00,1.00,1001,UK\n"
		"7,P1,ONE,1,6/30/2011 10:00,1.00,1002,UK\n");
	char line[512];
	rr_app a;
	tu_capture c;
	assert_int_equal(0, app_init(&a));
	tu_capture_install(&a.sink, &c);
	snprintf(line, sizeof line, "load %s", data);
	assert_int_equal(0, run(&a, &c, line));
	assert_int_equal(0, run(&a, &c, "recommend 1002 3"));
	assert_true(a.rec->fitted);
	assert_int_equal(2, a.rec->n_train);
	assert_memory_equal(&a.rec->lr[RR_SEG_NEW].w, &a.rec->list[RR_SEG_NEW].w,
			    sizeof a.rec->lr[RR_SEG_NEW].w);
	tu_remove(data);
	free(c.buf);
	app_free(&a);
}

/* a session on a generated log of rows lines (seed 8) in a new temporary file (returned) */
static char *app_with_gen(rr_app *a, tu_capture *c, int rows)
{
	char *data = tu_write_temp_str(""), line[512];
	assert_int_equal(0, app_init(a));
	tu_capture_install(&a->sink, c);
	snprintf(line, sizeof line, "gen %s %d --seed 8", data, rows);
	assert_int_equal(0, run(a, c, line));
	snprintf(line, sizeof line, "load %s", data);
	assert_int_equal(0, run(a, c, line));
	return data;
}
/* Items that score the same are ordered by their invoices of the last 30 days, then of the
 * whole history, then by stock code: a customer EASE links to nothing has the items bought
 * most of late as candidates, not the lowest codes (t70 F5). The tie keys, pair by pair. */
static void test_ties_by_recent_invoices(void **state)
{
	(void)state;
	rr_app a;
	tu_capture c;
	char *data = app_with_gen(&a, &c, 20000);
	assert_int_equal(0, run(&a, &c, "recommend 12350 3"));
	const rr_recpart *p = &a.rec->part;
	const rr_dataset *d = p->ds;
	uint32_t *by = malloc(d->n_items * sizeof *by);
	assert_non_null(by);
	for (uint32_t i = 0; i < d->n_items; i++) {
		assert_true(p->tie[i] < d->n_items);
		by[p->tie[i]] = i;
	}
	int recent_differs = 0;
	for (uint32_t r = 1; r < d->n_items; r++) {
		uint32_t x = by[r - 1], y = by[r];
		double rx = p->item_f[(size_t)x * RR_ITEM_F + 1],
		       ry = p->item_f[(size_t)y * RR_ITEM_F + 1];
		assert_true(rx >= ry);
		recent_differs |= rx > ry;
		if (rx == ry) {
			assert_true(d->item_invoices[x] >= d->item_invoices[y]);
			if (d->item_invoices[x] == d->item_invoices[y])
				assert_true(strcmp(dataset_item_name(d, x), dataset_item_name(d, y)) < 0);
		}
	}
	assert_true(recent_differs);
	free(by);
	tu_remove(data);
	free(c.buf);
	app_free(&a);
}

/* The recommender's present is the midnight after the last row's day, or the end of a
 * `filter until` that cut rows off after it (t70 F3: evaluate ranking --cutoff C scores as of
 * C, and the export of filter until C-1 must rank as of C too, rows on C-1 or none). The
 * generated log sells on no Saturday: until Saturday 2011-07-02 ends at 2011-07-03 00:00, its
 * rows on 2011-07-01. */
static void test_present_filter_until(void **state)
{
	(void)state;
	rr_app a;
	tu_capture c;
	char *data = app_with_gen(&a, &c, 20000);
	assert_int_equal(0, run(&a, &c, "recommend 12350 3"));
	int32_t end = split_history_end(a.ds);
	assert_int_equal(end, a.rec->part.t_end);
	assert_int_equal(0, run(&a, &c, "filter until 2011-07-02"));
	assert_int_equal(0, run(&a, &c, "recommend 12350 3"));
	int32_t until;
	assert_int_equal(0, date_read_day("2011-07-03", "a date", &until));
	assert_int_equal(until, a.rec->part.t_end);
	assert_int_equal(until - 1440, split_history_end(a.ds));   /* no row on the Saturday */
	/* an until past the data's end cuts nothing: the present is the data's */
	assert_int_equal(0, run(&a, &c, "filter until 2030-01-01"));
	assert_int_equal(0, run(&a, &c, "recommend 12350 3"));
	assert_int_equal(end, a.rec->part.t_end);
	tu_remove(data);
	free(c.buf);
	app_free(&a);
}

/* A catalogue past EASE's cap (lowered to 40 items here: the real RR_EASE_MAX_ITEMS costs a
 * 256 MB fit) says so in the recommender's note, and why of an item outside EASE's items says
 * its EASE score is 0, not an EASE rank (t19 #7: the cap was said nowhere); the man page gives
 * the cap's value. */
static void test_ease_cap_said(void **state)
{
	(void)state;
	rr_app a;
	tu_capture c;
	char *data = app_with_gen(&a, &c, 20000), line[512];
	rr_ease_max_items = 40;
	assert_int_equal(0, run(&a, &c, "recommend 12350"));
	rr_ease_max_items = RR_EASE_MAX_ITEMS;
	snprintf(line, sizeof line, "EASE on the 40 most-bought of %u items, every other item's EASE score 0",
		 a.ds->n_items);
	assert_true(a.ds->n_items > 40);
	assert_non_null(strstr(c.buf, line));
	const rr_ease *e = a.rec->part.ease;
	uint32_t in = 0, out = 0;
	while (!ease_covers(e, in))
		in++;
	while (ease_covers(e, out))
		out++;
	snprintf(line, sizeof line, "why 12350 %s", dataset_item_name(a.ds, out));
	assert_int_equal(0, run(&a, &c, line));
	assert_non_null(strstr(c.buf, "outside EASE's items (EASE on the 40 most-bought of"));
	assert_null(strstr(c.buf, "ranked by EASE's item-item score"));
	snprintf(line, sizeof line, "why 12350 %s", dataset_item_name(a.ds, in));
	assert_int_equal(0, run(&a, &c, line));
	assert_null(strstr(c.buf, "outside EASE's items"));
	tu_remove(data);
	free(c.buf);
	app_free(&a);

	char *man = tu_read_man();
	assert_non_null(man);
	for (char *at; (at = strstr(man, "\\-"));)   /* groff's \- is a minus */
		memmove(at, at + 1, strlen(at + 1) + 1);
	snprintf(line, sizeof line, "EASE is fitted on the %d most-bought items", RR_EASE_MAX_ITEMS);
	if (!strstr(man, line))
		fail_msg("man/relrec.1 does not say '%s'", line);
}

/* Past the neighbour pool (lowered to 50 customers here: the real RR_CF_POOL needs 20,000) the
 * recommender searches a customer's neighbours when it scores them. An item's column, once its
 * caches are prepared, searches none: the caches hold every customer's neighbourhoods, and the
 * column equals the rows bit for bit (t24 #3: each audience ran a search per customer, a
 * minute past 43,000 customers); export audience all, which scores every customer, searches
 * none after them, and evaluate audience, a column per item, none either (t24 #4). */
static void test_sampled_neighbours_columns(void **state)
{
	(void)state;
	rr_app a;
	tu_capture c;
	char *data = app_with_gen(&a, &c, 20000), line[512];
	rr_cf_pool = 50;
	assert_int_equal(0, run(&a, &c, "recommend 12350 3"));
	rr_recsys *rs = a.rec;
	assert_true(rs->part.lazy);
	assert_true(rs->fitted);
	assert_true(rs->part.ds->n_users > 50);
	check_scoring_paths(rs, "10000B", "437799", 1);
	uint64_t searched = recpart_searches();
	rr_audience *au = audience_new(rs, 2, NULL);
	assert_non_null(au);
	uint32_t top[10], item = dataset_find_item(rs->part.ds, "10000B");
	assert_int_equal(10, audience_top(au, item, 10, 0, NULL, top, NULL));
	assert_int_equal(10, audience_top(au, item, 10, 1, NULL, top, NULL));
	audience_free(au);
	double *col = malloc(rs->part.ds->n_users * sizeof *col);
	for (uint32_t i = 0; i < rs->part.ds->n_items; i += 7)
		assert_int_equal(0, recsys_item_column(rs, i, col, NULL, RR_SCORE_OTHERS));
	free(col);
	if (recpart_searches() != searched)
		fail_msg("the columns searched %llu customers' neighbours",
			 (unsigned long long)(recpart_searches() - searched));
	/* the caches keep the lists in the recommender: export audience all's pass, which scores
	 * every customer, searches none either */
	assert_false(rs->part.lazy);
	char *aud = tu_write_temp_str("");
	snprintf(line, sizeof line, "export audience all %s 3 --min-buyers 30", aud);
	assert_int_equal(0, run(&a, &c, line));
	assert_ptr_equal(rs, a.rec);
	if (recpart_searches() != searched)
		fail_msg("export audience all searched %llu customers' neighbours",
			 (unsigned long long)(recpart_searches() - searched));
	tu_remove(aud);
	searched = recpart_searches();
	assert_int_equal(0, run(&a, &c, "evaluate audience --cutoff 2011-09-01 --k 5 --min-buyers 5"));
	assert_non_null(strstr(c.buf, "relrec"));
	if (recpart_searches() != searched)
		fail_msg("evaluate audience searched %llu customers' neighbours",
			 (unsigned long long)(recpart_searches() - searched));
	rr_cf_pool = RR_CF_POOL;
	tu_remove(data);
	free(c.buf);
	app_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_logreg_recovers),
		cmocka_unit_test(test_logreg_optimum),
		cmocka_unit_test(test_logreg_small_and_missing),
		cmocka_unit_test(test_logreg_flat_feature),
		cmocka_unit_test(test_logreg_bound_to_rows),
		cmocka_unit_test(test_logreg_calibrate),
		cmocka_unit_test(test_condlogit_optimum),
		cmocka_unit_test(test_condlogit_gradient),
		cmocka_unit_test(test_commands),
		cmocka_unit_test(test_unscored_tail),
		cmocka_unit_test(test_list_order_fallback),
		cmocka_unit_test(test_ease_cap_said),
		cmocka_unit_test(test_ties_by_recent_invoices),
		cmocka_unit_test(test_present_filter_until),
		cmocka_unit_test(test_sampled_neighbours_columns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
