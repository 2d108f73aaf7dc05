/* due.c — buy-again timing: purchase days, cadence features, a logistic model per window. */
#include "due.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvdate.h"
#include "err.h"
#include "ingest.h"
#include "logreg.h"
#include "util.h"

#define DAY 1440
#define LR_ITERS 30
#define LR_L2 1e-4   /* per row, as a prior: barely moves the fit, keeps the Hessian regular */
/* A prior of fixed strength on each standardized weight, N(0, 1/DUE_PRIOR): worth a few rows,
 * so it fades on thousands of pairs but holds a fit on a handful, where the pairs are often
 * separable and the weights would run off to certainties (chance 1.000 for a pair bought once,
 * on 9 pairs). The intercept is free: the chances shrink to the fit's base rate. On 14k pairs
 * it moves the hits of the top 500 by about 1%. */
#define DUE_PRIOR ((double)DUE_F_N)   /* Σ w² ≈ 1 a priori: a logit spread of about 1 */
/* Training rows past this are a regular sample: thirteen weights need no more, and the
 * features of ten million pairs would take half a gigabyte */
#define DUE_FIT_MAX 1000000

static int32_t day_of(int32_t minute)
{
	return (int32_t)date_floor_day(minute);
}

/* ==== purchase days ==== */

void due_hist_free(rr_due_hist *h)
{
	free(h->pair_start);
	free(h->pair_day);
	free(h->user_start);
	free(h->user_day);
	memset(h, 0, sizeof *h);
}

static int cmp_i32(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

/* Sort each CSR segment and drop repeated days; start is rewritten to the compacted layout. */
static void compact_days(size_t *start, int32_t *day, size_t n)
{
	size_t out = 0;
	for (size_t k = 0; k < n; k++) {
		size_t a = start[k], b = start[k + 1];
		qsort(day + a, b - a, sizeof *day, cmp_i32);
		start[k] = out;
		for (size_t j = a; j < b; j++)
			if (j == a || day[j] != day[j - 1])
				day[out++] = day[j];
	}
	start[n] = out;
}

int due_hist_build(rr_due_hist *h, const rr_dataset *d)
{
	memset(h, 0, sizeof *h);
	h->ds = d;
	size_t np = d->n_pairs, nu = d->n_users, entries = d->inv_start[d->n_invoices];
	h->pair_start = calloc(np + 1, sizeof *h->pair_start);
	h->pair_day = malloc((entries ? entries : 1) * sizeof *h->pair_day);
	h->user_start = calloc(nu + 1, sizeof *h->user_start);
	h->user_day = malloc((d->n_invoices ? d->n_invoices : 1) * sizeof *h->user_day);
	size_t *fill = malloc((np > nu ? np : nu) * sizeof *fill + 1);
	if (!h->pair_start || !h->pair_day || !h->user_start || !h->user_day || !fill) {
		free(fill);
		due_hist_free(h);
		return err_set("cannot allocate purchase days for %zu pairs", np);
	}
	/* a pair's invoices are its order count: the CSR's offsets need no counting pass */
	for (size_t p = 0; p < np; p++)
		h->pair_start[p + 1] = h->pair_start[p] + d->pairs[p].orders;
	for (uint32_t v = 0; v < d->n_invoices; v++)
		if (d->inv_user[v] != RR_NONE)
			h->user_start[d->inv_user[v] + 1]++;
	for (size_t u = 0; u < nu; u++)
		h->user_start[u + 1] += h->user_start[u];
	memcpy(fill, h->pair_start, np * sizeof *fill);
	for (uint32_t v = 0; v < d->n_invoices; v++) {
		uint32_t u = d->inv_user[v];
		if (u == RR_NONE)
			continue;
		int32_t dv = day_of(d->inv_minute[v]);
		for (size_t k = d->inv_start[v]; k < d->inv_start[v + 1]; k++) {
			size_t p = dataset_find_pair(d, u, d->inv_items[k]);
			if (p != (size_t)-1 && fill[p] < h->pair_start[p + 1])
				h->pair_day[fill[p]++] = dv;
		}
	}
	memcpy(fill, h->user_start, nu * sizeof *fill);
	for (uint32_t v = 0; v < d->n_invoices; v++)
		if (d->inv_user[v] != RR_NONE)
			h->user_day[fill[d->inv_user[v]]++] = day_of(d->inv_minute[v]);
	free(fill);
	compact_days(h->pair_start, h->pair_day, np);
	compact_days(h->user_start, h->user_day, nu);
	return 0;
}

/* Days of [a, b) before day_h: how many (the days are ascending). */
static int count_before(const int32_t *day, size_t a, size_t b, int32_t day_h)
{
	size_t lo = a, hi = b;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (day[mid] < day_h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (int)(lo - a);
}

/* The median of the n − 1 gaps between days[0..n) (n >= 2). */
static double median_gap(const int32_t *days, int n)
{
	enum { SMALL = 64 };
	int32_t small[SMALL], *g = n - 1 <= SMALL ? small : malloc((size_t)(n - 1) * sizeof *g);
	if (!g)   /* out of memory for a very long history: the mean gap instead */
		return (double)(days[n - 1] - days[0]) / (n - 1);
	for (int k = 1; k < n; k++)
		g[k - 1] = days[k] - days[k - 1];
	qsort(g, (size_t)(n - 1), sizeof *g, cmp_i32);
	int m = n - 1;
	double med = m % 2 ? g[m / 2] : 0.5 * (g[m / 2 - 1] + g[m / 2]);
	if (g != small)
		free(g);
	return med;
}

/* The customer's rhythm at day_h: invoice days before it, the median gap, the last day. */
static void user_at(const rr_due_hist *h, uint32_t u, int32_t day_h, int *n, double *gap,
		    int32_t *last)
{
	size_t a = h->user_start[u];
	*n = count_before(h->user_day, a, h->user_start[u + 1], day_h);
	*gap = *n >= 2 ? median_gap(h->user_day + a, *n) : 0;
	*last = *n ? h->user_day[a + (size_t)*n - 1] : day_h;
}

void due_pair_at(const rr_due_hist *h, size_t p, int32_t H, rr_due_pair *out)
{
	int32_t day_h = day_of(H), ulast;
	size_t a = h->pair_start[p];
	int un;
	memset(out, 0, sizeof *out);
	out->n = count_before(h->pair_day, a, h->pair_start[p + 1], day_h);
	if (out->n) {
		out->since = day_h - h->pair_day[a + (size_t)out->n - 1];
		out->gap = out->n >= 2 ? median_gap(h->pair_day + a, out->n) : 0;
	}
	user_at(h, h->ds->pairs[p].user, day_h, &un, &out->user_gap, &ulast);
	out->user_n = un;
	out->user_since = day_h - ulast;
}

/* ==== features ==== */

/* Per item at day_h: owners (n >= 1) and repeat owners (n >= 2), for the repeat propensity. */
static int item_repeat(const rr_due_hist *h, int32_t day_h, float *rep)
{
	const rr_dataset *d = h->ds;
	uint32_t *own = calloc(d->n_items ? d->n_items : 1, 2 * sizeof *own);
	if (!own)
		return err_set("cannot allocate item counts");
	for (size_t p = 0; p < d->n_pairs; p++) {
		int n = count_before(h->pair_day, h->pair_start[p], h->pair_start[p + 1], day_h);
		own[2 * d->pairs[p].item] += n >= 1;
		own[2 * d->pairs[p].item + 1] += n >= 2;
	}
	for (uint32_t i = 0; i < d->n_items; i++)
		rep[i] = (float)((own[2 * i + 1] + 1.0) / (own[2 * i] + 2.0));
	free(own);
	return 0;
}

/* The DUE_F_N features of pair p at H for a window of days, into x; 0 when the pair has no
 * purchase before H (it cannot be re-bought yet), else 1. Definitions, all from days < H:
 *   0 log1p(n)            n = the pair's purchase days
 *   1 log1p(since)        days since its last one
 *   2 [n >= 2]
 *   3 log1p(gap)          its median gap (0 when n < 2)
 *   4 r = ln((since+1)/(gap+1)) (n >= 2, else 0): < 0 not yet due, > 0 overdue
 *   5 r²                  overdue by far reads as lapsed, not as more due
 *   6 log1p(rate)         n · days ÷ max(days, days since its first purchase)
 *   7 log1p(user gap)     the customer's median gap between invoice days (0 when < 2)
 *   8 [customer has >= 2 invoice days]
 *   9 log1p(user since)   days since the customer's last invoice
 *  10 log1p(user days)    the customer's invoice days
 *  11 share               n ÷ user days
 *  12 item repeat         (owners with n >= 2 + 1) ÷ (owners + 2) of the item */
static int due_features(const rr_due_hist *h, size_t p, int32_t H, int days, const float *rep,
			float *x)
{
	rr_due_pair c;
	due_pair_at(h, p, H, &c);
	if (c.n == 0)
		return 0;
	int32_t day_h = day_of(H);
	double first = h->pair_day[h->pair_start[p]];
	double span = day_h - first > days ? day_h - first : days;
	double r = c.n >= 2 ? log((c.since + 1) / (c.gap + 1)) : 0;
	x[0] = (float)log1p(c.n);
	x[1] = (float)log1p(c.since);
	x[2] = c.n >= 2;
	x[3] = (float)log1p(c.gap);
	x[4] = (float)r;
	x[5] = (float)(r * r);
	x[6] = (float)log1p(c.n * days / span);
	x[7] = (float)log1p(c.user_gap);
	x[8] = c.user_n >= 2;
	x[9] = (float)log1p(c.user_since);
	x[10] = (float)log1p(c.user_n);
	x[11] = c.user_n ? (float)c.n / (float)c.user_n : 0;
	x[12] = rep[h->ds->pairs[p].item];
	return 1;
}

/* ==== logistic regression (Newton) ==== */

static double sigmoid(double z)
{
	return z >= 0 ? 1.0 / (1.0 + exp(-z)) : exp(z) / (1.0 + exp(z));
}

/* Feature f's standardized value at x; 0 for a feature flat in the fit, whose sd there was
 * too small to divide by (the trap e69 closed in the re-rankers: a later value far from
 * the mean would move the logit without bound). */
static double zval(const rr_due *m, int f, double x)
{
	return m->flat[f] ? 0 : (x - m->mean[f]) / m->sd[f];
}

static double model_z(const rr_due *m, const float *x)
{
	double z = m->b;
	for (int f = 0; f < DUE_F_N; f++)
		z += m->w[f] * zval(m, f, x[f]);
	return z;
}

/* Solve A z = g (A symmetric positive definite, D×D) by Cholesky, z into g. 0 or -1. */
static int chol_solve(double *A, double *g, int D)
{
	for (int j = 0; j < D; j++) {
		double s = A[j * D + j];
		for (int k = 0; k < j; k++)
			s -= A[j * D + k] * A[j * D + k];
		if (!(s > 0))
			return -1;
		A[j * D + j] = sqrt(s);
		for (int i = j + 1; i < D; i++) {
			double t = A[i * D + j];
			for (int k = 0; k < j; k++)
				t -= A[i * D + k] * A[j * D + k];
			A[i * D + j] = t / A[j * D + j];
		}
	}
	for (int i = 0; i < D; i++) {
		for (int k = 0; k < i; k++)
			g[i] -= A[i * D + k] * g[k];
		g[i] /= A[i * D + i];
	}
	for (int i = D - 1; i >= 0; i--) {
		for (int k = i + 1; k < D; k++)
			g[i] -= A[k * D + i] * g[k];
		g[i] /= A[i * D + i];
	}
	return 0;
}

/* Means and sds, by logreg's rule for a flat feature (one rule for every model here): one
 * whose spread is nil next to its size is constant, at its mean, weight 0. */
static void standardize(rr_due *m, const float *x, size_t n)
{
	for (int f = 0; f < DUE_F_N; f++) {
		double s = 0, s2 = 0;
		for (size_t i = 0; i < n; i++)
			s += x[i * DUE_F_N + f];
		double mean = s / (double)n;
		for (size_t i = 0; i < n; i++) {
			double t = x[i * DUE_F_N + f] - mean;
			s2 += t * t;
		}
		double sd = sqrt(s2 / (double)n);
		int flat = !(sd > RR_LR_FLAT * (fabs(mean) > 1 ? fabs(mean) : 1));
		m->mean[f] = mean;
		m->sd[f] = flat ? 1 : sd;
		m->flat[f] = (unsigned char)flat;
		m->w[f] = 0;
	}
	m->b = 0;
}

/* One Newton step; *step receives Σ|Δ|. 0 or -1 (singular). */
static int newton_step(rr_due *m, const float *x, const unsigned char *y, size_t n, double *step)
{
	enum { D = DUE_F_N + 1 };
	double H[D * D] = {0}, g[D] = {0}, z[D];
	for (size_t i = 0; i < n; i++) {
		const float *xi = x + i * DUE_F_N;
		for (int f = 0; f < DUE_F_N; f++)
			z[f] = zval(m, f, xi[f]);
		z[DUE_F_N] = 1;
		double p = sigmoid(model_z(m, xi)), r = p - y[i], v = p * (1 - p);
		for (int a = 0; a < D; a++) {
			g[a] += r * z[a];
			for (int c = 0; c <= a; c++)
				H[a * D + c] += v * z[a] * z[c];
		}
	}
	for (int a = 0; a < D; a++)
		for (int c = 0; c < a; c++)
			H[c * D + a] = H[a * D + c];
	for (int f = 0; f < DUE_F_N; f++) {
		double lambda = LR_L2 * (double)n + DUE_PRIOR;
		g[f] += lambda * m->w[f];
		H[f * D + f] += lambda;
	}
	H[D * D - 1] += 1e-9 * (double)n;
	if (chol_solve(H, g, D) != 0)
		return err_set("due: the cadence model's fit is singular");
	*step = 0;
	for (int f = 0; f < DUE_F_N; f++) {
		m->w[f] -= g[f];
		*step += fabs(g[f]);
	}
	m->b -= g[DUE_F_N];
	*step += fabs(g[DUE_F_N]);
	return 0;
}

/* ==== fit and score ==== */

void due_free(rr_due *m)
{
	if (!m)
		return;
	due_hist_free(&m->hist);
	free(m->p);
	free(m->order);
	free(m);
}

/* Pairs bought before day_f: the training rows' candidates. */
static size_t fit_eligible(const rr_due_hist *h, int32_t day_f)
{
	size_t n = 0;
	for (size_t p = 0; p < h->ds->n_pairs; p++)
		n += h->pair_start[p + 1] > h->pair_start[p] && h->pair_day[h->pair_start[p]] < day_f;
	return n;
}

/* The training rows at H' = T − days: features of the pairs bought before H' (every stride-th
 * of them), label = bought again in [H', T). x and y hold the rows; returns how many. */
static size_t fit_rows(const rr_due *m, int32_t Hf, size_t stride, const float *rep, float *x,
		       unsigned char *y)
{
	const rr_due_hist *h = &m->hist;
	int32_t day_f = day_of(Hf), day_t = day_of(m->t_end);
	size_t n = 0, seen = 0;
	for (size_t p = 0; p < h->ds->n_pairs; p++) {
		size_t a = h->pair_start[p], b = h->pair_start[p + 1];
		if (a == b || h->pair_day[a] >= day_f || seen++ % stride != 0)
			continue;
		due_features(h, p, Hf, m->days, rep, x + n * DUE_F_N);
		int before = count_before(h->pair_day, a, b, day_f);
		int upto = count_before(h->pair_day, a, b, day_t);
		y[n++] = upto > before;
	}
	return n;
}

typedef struct p_key {
	float p;
	uint32_t pair;
} p_key;

static int cmp_p_key(const void *a, const void *b)
{
	const p_key *x = a, *y = b;
	if (x->p != y->p)
		return x->p > y->p ? -1 : 1;
	return (x->pair > y->pair) - (x->pair < y->pair);
}

/* p for every pair at T, and the order by p. 0 or -1. */
static int score_all(rr_due *m, const float *rep)
{
	const rr_dataset *d = m->hist.ds;
	float x[DUE_F_N];
	p_key *k = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *k);
	if (!k)
		return err_set("cannot allocate the order of %zu pairs", d->n_pairs);
	for (size_t p = 0; p < d->n_pairs; p++) {
		m->p[p] = due_features(&m->hist, p, m->t_end, m->days, rep, x)
				  ? (float)sigmoid(model_z(m, x))
				  : 0;
		k[p] = (p_key){m->p[p], (uint32_t)p};
	}
	qsort(k, d->n_pairs, sizeof *k, cmp_p_key);
	for (size_t p = 0; p < d->n_pairs; p++)
		m->order[p] = k[p].pair;
	free(k);
	return 0;
}

static int due_train(rr_due *m, const float *x, const unsigned char *y, size_t n, rr_work *w)
{
	standardize(m, x, n);
	for (int it = 0; it < LR_ITERS; it++) {
		double step;
		if (work_tick(w, RR_PHASE_EVAL, "due: fit", it, LR_ITERS, 0))
			return err_set("due interrupted");
		if (newton_step(m, x, y, n, &step) != 0)
			return -1;
		if (step < 1e-8)
			break;
	}
	return 0;
}

/* Fit on the pairs as seen from H' = T − days. 0 or -1 (*why says which failure). */
static int due_learn(rr_due *m, const float *rep, rr_work *w, rr_due_fail *why)
{
	int32_t Hf = m->t_end - m->days * DAY;
	size_t e = fit_eligible(&m->hist, day_of(Hf));
	size_t stride = e > DUE_FIT_MAX ? (e + DUE_FIT_MAX - 1) / DUE_FIT_MAX : 1;
	size_t cap = e / stride + 1;
	float *x = malloc(cap * DUE_F_N * sizeof *x);
	unsigned char *y = malloc(cap);
	int rc = x && y ? 0 : err_set("cannot allocate the cadence features of %zu pairs", cap);
	if (rc == 0)
		m->n_fit = fit_rows(m, Hf, stride, rep, x, y);
	size_t pos = 0;
	for (size_t i = 0; rc == 0 && i < m->n_fit; i++)
		pos += y[i];
	if (rc == 0 && (pos == 0 || pos == m->n_fit)) {
		char from[32], to[32];
		*why = pos ? DUE_FAIL_ALL_AGAIN : DUE_FAIL_NONE_AGAIN;
		ingest_format_minute(Hf, from, sizeof from);
		ingest_format_minute(m->t_end - DAY, to, sizeof to);
		rc = err_set("%s %zu pair%s bought before %.10s %s bought again in the %d day%s "
			     "%.10s to %.10s: nothing tells a likely re-order from an unlikely one",
			     m->n_fit == 1 ? "the" : pos ? "every one of the" : "none of the",
			     m->n_fit, rr_plural((double)m->n_fit), from,
			     m->n_fit == 1 && !pos ? "was not" : "was", m->days, rr_plural(m->days),
			     from, to);
	}
	if (rc == 0) {
		m->base_rate = (double)pos / (double)m->n_fit;
		m->n_again = pos;
		rc = due_train(m, x, y, m->n_fit, w);
	}
	free(x);
	free(y);
	return rc;
}

rr_due *due_fit(const rr_dataset *d, int32_t t_end, int days, rr_work *w, rr_due_fail *why)
{
	rr_due_fail spare;
	if (!why)
		why = &spare;
	*why = DUE_FAIL_OTHER;
	rr_due *m = calloc(1, sizeof *m);
	if (!m) {
		err_set("cannot allocate the cadence model");
		return NULL;
	}
	/* the history ends at the start of the day after its last minute: windows are whole days */
	m->t_end = (day_of(t_end - 1) + 1) * DAY;
	m->days = days;
	size_t np = d->n_pairs;
	float *rep = malloc((d->n_items ? d->n_items : 1) * sizeof *rep);
	m->p = malloc((np ? np : 1) * sizeof *m->p);
	m->order = malloc((np ? np : 1) * sizeof *m->order);
	int32_t Hf = m->t_end - days * DAY;
	int rc = -1;
	if (!rep || !m->p || !m->order)
		err_set("cannot allocate the cadence model of %zu pairs", np);
	else if (d->n_pairs == 0 || d->min_minute >= Hf)
	{
		double span = d->n_pairs ? floor((double)(m->t_end - d->min_minute) / DAY + 0.5) : 0;
		*why = span <= 1 ? DUE_FAIL_ONE_DAY : DUE_FAIL_SHORT;
		err_set("the history (%.0f day%s) is not longer than the window of %d day%s%s", span,
			rr_plural(span), days, rr_plural(days),
			span <= 1 ? ": purchases on one day have no cadence to learn from" : "");
	}
	else if (work_tick(w, RR_PHASE_EVAL, "due: purchase days", 0, 1, 1) ||
		 due_hist_build(&m->hist, d) != 0 || item_repeat(&m->hist, day_of(Hf), rep) != 0 ||
		 due_learn(m, rep, w, why) != 0 || item_repeat(&m->hist, day_of(m->t_end), rep) != 0)
		;   /* err_set by the step that failed (a stop: work_tick's "due interrupted") */
	else
		rc = score_all(m, rep);
	if (rc != 0 && work_stopped(w))
		err_set("due interrupted");
	free(rep);
	if (rc != 0) {
		due_free(m);
		return NULL;
	}
	return m;
}

double due_days_shown(double days)
{
	return floor(days + 0.5);
}

const char *due_reason(const rr_due_pair *c, char *buf, size_t size)
{
	double gap = due_days_shown(c->gap), user_gap = due_days_shown(c->user_gap);
	if (c->n >= 2)
		snprintf(buf, size, "bought every ~%.0f day%s, last %.0f day%s ago", gap,
			 gap == 1 ? "" : "s", c->since, c->since == 1 ? "" : "s");
	else if (c->user_gap > 0)
		snprintf(buf, size, "bought once, %.0f day%s ago; orders every ~%.0f day%s", c->since,
			 c->since == 1 ? "" : "s", user_gap, user_gap == 1 ? "" : "s");
	else
		snprintf(buf, size, "bought once, %.0f day%s ago", c->since, c->since == 1 ? "" : "s");
	return buf;
}

/* ==== the baseline ==== */

int due_overdue(const rr_due_pair *c)
{
	return c->n >= 2 && c->since >= c->gap;
}

typedef struct base_key {
	uint32_t pair;
	int n;
	double ratio;
	int32_t first;   /* the pair's first purchase */
} base_key;

/* The order relrec(1) gives: most purchase days, least overdue, then the pairs first bought
 * first (t75 F2: ties went by pair index, i.e. grouped by customer, which the manual's "in the
 * order the pairs were first seen" did not say); one minute's pairs by pair index. */
static int cmp_base(const void *a, const void *b)
{
	const base_key *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if (x->ratio != y->ratio)
		return x->ratio < y->ratio ? -1 : 1;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return (x->pair > y->pair) - (x->pair < y->pair);
}

long due_baseline_list(const rr_due_hist *h, int32_t T, uint32_t **out)
{
	size_t np = h->ds->n_pairs, n = 0;
	base_key *k = malloc((np ? np : 1) * sizeof *k);
	uint32_t *v = malloc((np ? np : 1) * sizeof *v);
	if (!k || !v) {
		free(k);
		free(v);
		return err_set("cannot allocate the baseline's list of %zu pairs", np);
	}
	for (size_t p = 0; p < np; p++) {
		rr_due_pair c;
		due_pair_at(h, p, T, &c);
		if (due_overdue(&c))
			k[n++] = (base_key){(uint32_t)p, c.n, c.since / c.gap, h->ds->pairs[p].first};
	}
	qsort(k, n, sizeof *k, cmp_base);
	for (size_t i = 0; i < n; i++)
		v[i] = k[i].pair;
	free(k);
	*out = v;
	return (long)n;
}

const char *due_share(const rr_due *m, char *buf, size_t size)
{
	double pc = 100 * m->base_rate;
	if (m->n_again && pc < 0.05)
		snprintf(buf, size, "%zu of %zu re-ordered, under 0.05%%", m->n_again, m->n_fit);
	else if (m->n_again < m->n_fit && pc >= 99.95)
		snprintf(buf, size, "all but %zu of %zu re-ordered", m->n_fit - m->n_again, m->n_fit);
	else
		snprintf(buf, size, "%.1f%% re-ordered", pc);
	return buf;
}
