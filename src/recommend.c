/* recommend.c — relrec's recommender: features, logistic re-rankers, fitting and scoring. */
#include "recommend.h"

#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ease.h"
#include "err.h"
#include "evaluate.h"
#include "model.h"
#include "rank.h"
#include "util.h"

#define DAY 1440   /* minutes */

/* ---- logistic regression ---- */

/* Solve A z = g for symmetric positive definite A (m,m) in place by Cholesky; z into g.
 * 0 or -1 when A is not positive definite. */
static int spd_solve(double *A, double *g, int m)
{
	for (int j = 0; j < m; j++) {
		double d = A[j * m + j];
		for (int k = 0; k < j; k++)
			d -= A[j * m + k] * A[j * m + k];
		if (!(d > 0))
			return -1;
		d = sqrt(d);
		A[j * m + j] = d;
		for (int i = j + 1; i < m; i++) {
			double s = A[i * m + j];
			for (int k = 0; k < j; k++)
				s -= A[i * m + k] * A[j * m + k];
			A[i * m + j] = s / d;
		}
	}
	for (int i = 0; i < m; i++) {   /* L y = g */
		double s = g[i];
		for (int k = 0; k < i; k++)
			s -= A[i * m + k] * g[k];
		g[i] = s / A[i * m + i];
	}
	for (int i = m - 1; i >= 0; i--) {  /* Lᵀ z = y */
		double s = g[i];
		for (int k = i + 1; k < m; k++)
			s -= A[k * m + i] * g[k];
		g[i] = s / A[i * m + i];
	}
	return 0;
}

static double sigmoid(double z)
{
	return z >= 0 ? 1.0 / (1.0 + exp(-z)) : exp(z) / (1.0 + exp(z));
}

static double logreg_z(const rr_logreg *m, const float *x)
{
	double z = m->b;
	for (int f = 0; f < RR_F_N; f++)
		if (m->used[f])
			z += m->w[f] * ((double)x[f] - m->mean[f]) / m->sd[f];
	return z;
}

double logreg_prob(const rr_logreg *m, const float *x)
{
	return sigmoid(logreg_z(m, x));
}

double logreg_loss(const rr_logreg *m, const float *x, const unsigned char *y, size_t n)
{
	double loss = 0;
	for (size_t i = 0; i < n; i++) {
		double z = logreg_z(m, x + i * RR_F_N);
		/* log(1 + e^z) − y z, computed without overflow */
		loss += (z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))) - (y[i] ? z : 0);
	}
	return n ? loss / (double)n : 0;
}

/* logreg_fit reporting to w (when not NULL) as it goes: done/total in rows of iterations,
 * since one Newton step over half a million rows takes about 0.1 s. A stop ends it with
 * "WHAT interrupted". */
static int logreg_fit_ticked(rr_logreg *m, const float *x, const unsigned char *y, size_t n,
			     double l2, int iters, rr_work *w, const char *what);

int logreg_fit(rr_logreg *m, const float *x, const unsigned char *y, size_t n, double l2,
	       int iters)
{
	return logreg_fit_ticked(m, x, y, n, l2, iters, NULL, NULL);
}

static int logreg_fit_ticked(rr_logreg *m, const float *x, const unsigned char *y, size_t n,
			     double l2, int iters, rr_work *w, const char *what)
{
	int idx[RR_F_N], d = 0;
	for (int f = 0; f < RR_F_N; f++) {
		m->w[f] = 0;
		m->mean[f] = 0;
		m->sd[f] = 1;
		if (m->used[f])
			idx[d++] = f;
	}
	m->b = 0;
	if (n == 0)
		return err_set("logistic regression: no training rows");
	for (int a = 0; a < d; a++) {
		int f = idx[a];
		double s = 0, s2 = 0;
		for (size_t i = 0; i < n; i++)
			s += x[i * RR_F_N + f];
		double mean = s / (double)n;
		for (size_t i = 0; i < n; i++) {
			double t = x[i * RR_F_N + f] - mean;
			s2 += t * t;
		}
		m->mean[f] = mean;
		m->sd[f] = s2 > 0 ? sqrt(s2 / (double)n) : 1;
	}
	int D = d + 1;   /* standardized features + intercept (last) */
	double H[(RR_F_N + 1) * (RR_F_N + 1)], g[RR_F_N + 1], z[RR_F_N + 1];
	for (int it = 0; it < iters; it++) {
		memset(H, 0, sizeof H);
		memset(g, 0, sizeof g);
		for (size_t i = 0; i < n; i++) {
			const float *xi = x + i * RR_F_N;
			if (w && (i & 4095) == 0 &&
			    work_tick(w, RR_PHASE_EVAL, what, (double)it * (double)n + (double)i,
				      (double)iters * (double)n, 0))
				return err_set("%s interrupted", what);
			for (int a = 0; a < d; a++)
				z[a] = ((double)xi[idx[a]] - m->mean[idx[a]]) / m->sd[idx[a]];
			z[d] = 1;
			double p = logreg_prob(m, xi), r = p - (y[i] ? 1 : 0), wgt = p * (1 - p);
			for (int a = 0; a < D; a++) {
				g[a] += r * z[a];
				for (int c = 0; c <= a; c++)
					H[a * D + c] += wgt * z[a] * z[c];
			}
		}
		for (int a = 0; a < D; a++)
			for (int c = 0; c < a; c++)
				H[c * D + a] = H[a * D + c];
		/* L2 on the weights (not the intercept), scaled per row so it reads as a prior */
		for (int a = 0; a < d; a++) {
			g[a] += l2 * (double)n * m->w[idx[a]];
			H[a * D + a] += l2 * (double)n;
		}
		H[d * D + d] += 1e-9 * (double)n;
		if (spd_solve(H, g, D) != 0)
			return err_set("logistic regression: singular hessian");
		double step = 0;
		for (int a = 0; a < d; a++) {
			m->w[idx[a]] -= g[a];
			step += fabs(g[a]);
		}
		m->b -= g[d];
		step += fabs(g[d]);
		if (step < 1e-8)
			break;
	}
	return 0;
}

/* ---- one history period ---- */

static void recpart_free(rr_recpart *p)
{
	ease_free(p->ease);
	if (p->own_model)
		model_free(p->own_model);
	free(p->item_f);
	free(p->tie);
	memset(p, 0, sizeof *p);
}

/* Item features at the end of ds: recent invoices, age, popularity. */
/* Item features and EASE for history ds; EASE's fit reports to w (what). */
static int recpart_init(rr_recpart *p, const rr_dataset *ds, int32_t t_end, double lambda,
			rr_work *w, const char *what)
{
	size_t n = ds->n_items;
	const char **codes = calloc(n ? n : 1, sizeof *codes);
	int32_t *first = malloc((n ? n : 1) * sizeof *first);
	memset(p, 0, sizeof *p);
	p->ds = ds;
	p->t_end = t_end;
	p->none_class = -1;
	p->item_f = calloc((n ? n : 1) * 4, sizeof *p->item_f);
	if (!codes || !first || !p->item_f) {
		free(codes);
		free(first);
		recpart_free(p);
		return err_set("cannot allocate item features for %zu items", n);
	}
	for (size_t i = 0; i < n; i++) {
		codes[i] = dataset_item_name(ds, (uint32_t)i);
		first[i] = INT32_MAX;
	}
	p->tie = rank_tie_keys(codes, (uint32_t)n);
	free(codes);
	for (uint32_t v = 0; v < ds->n_invoices; v++) {
		double days = (double)(t_end - ds->inv_minute[v]) / DAY;
		for (size_t q = ds->inv_start[v]; q < ds->inv_start[v + 1]; q++) {
			uint32_t i = ds->inv_items[q];
			p->item_f[i * 4 + 0] += days <= 14;
			p->item_f[i * 4 + 1] += days <= 30;
			if (ds->inv_minute[v] < first[i])
				first[i] = ds->inv_minute[v];
		}
	}
	for (size_t i = 0; i < n; i++) {
		p->item_f[i * 4 + 0] = log1pf(p->item_f[i * 4 + 0]);
		p->item_f[i * 4 + 1] = log1pf(p->item_f[i * 4 + 1]);
		double age = first[i] == INT32_MAX ? 0 : (double)(t_end - first[i]) / DAY;
		p->item_f[i * 4 + 2] = (float)log1p(age > 0 ? age : 0);
		p->item_f[i * 4 + 3] = (float)log1p(ds->item_invoices[i]);
	}
	free(first);
	if (!p->tie ||
	    !(p->ease = ease_fit_dataset_ticked(ds, lambda, w, what))) {
		recpart_free(p);
		return -1;
	}
	return 0;
}

static void recpart_set_model(rr_recpart *p, const rr_model *m)
{
	p->model = m;
	p->n_classes = m ? model_n_classes(m) : 0;
	p->none_class = -1;
	for (int c = 0; c < p->n_classes; c++)
		if (!strcmp(model_class_name(m, c), "none"))
			p->none_class = c;
}

/* Owned items of one customer sorted by EASE score (ties by code), for their rank feature. */
typedef struct owned_key {
	float ease;        /* EASE score */
	uint32_t tie;      /* tie key */
	uint32_t item;     /* item index */
} owned_key;

static int cmp_owned(const void *a, const void *b)
{
	const owned_key *x = a, *y = b;
	if (x->ease != y->ease)
		return x->ease > y->ease ? -1 : 1;
	return (x->tie > y->tie) - (x->tie < y->tie);
}

int rec_work_alloc(rr_rec_work *w, const rr_recpart *p)
{
	size_t n = p->ds->n_items ? p->ds->n_items : 1;
	size_t nc = p->n_classes > 0 ? (size_t)p->n_classes : 1;
	memset(w, 0, sizeof *w);
	w->ease = malloc(n * sizeof *w->ease);
	w->net = malloc(n * sizeof *w->net);
	w->probs = malloc(n * nc * sizeof *w->probs);
	w->lnet = malloc(n * sizeof *w->lnet);
	w->lprobs = malloc(n * nc * sizeof *w->lprobs);
	w->x = malloc(n * RR_F_N * sizeof *w->x);
	w->items = malloc(n * sizeof *w->items);
	w->cand = malloc(RR_REC_CAND * sizeof *w->cand);
	w->seg = malloc(n);
	w->dscore = malloc(n * sizeof *w->dscore);
	w->keys = malloc(n * sizeof(owned_key));
	if (!w->keys || !w->ease || !w->net || !w->probs || !w->lnet || !w->lprobs || !w->x ||
	    !w->items || !w->cand || !w->seg || !w->dscore) {
		rec_work_free(w);
		return err_set("cannot allocate scoring buffers for %zu items", n);
	}
	return 0;
}

void rec_work_free(rr_rec_work *w)
{
	free(w->ease);
	free(w->net);
	free(w->probs);
	free(w->lnet);
	free(w->lprobs);
	free(w->x);
	free(w->items);
	free(w->cand);
	free(w->seg);
	free(w->dscore);
	free(w->keys);
	memset(w, 0, sizeof *w);
}

/* The network's outputs for u's items list[0..n) into w->net and w->probs (by item). */
static int net_items(const rr_recpart *p, uint32_t u, rr_rec_work *w, const uint32_t *list,
		     size_t n)
{
	size_t nc = (size_t)p->n_classes;
	if (model_score_items(p->model, p->ds, u, list, n, w->lnet, w->lprobs) != 0)
		return -1;
	for (size_t j = 0; j < n; j++) {
		w->net[list[j]] = w->lnet[j];
		memcpy(w->probs + (size_t)list[j] * nc, w->lprobs + j * nc, nc * sizeof *w->probs);
	}
	return 0;
}

/* Features of u's items; ease_row is u's EASE scores when already computed, else NULL. */
static int features(const rr_recpart *p, uint32_t u, rr_rec_work *w, const float *ease_row)
{
	const rr_dataset *ds = p->ds;
	uint32_t n = ds->n_items;
	size_t k = 0;
	int32_t user_last = INT32_MIN;
	for (size_t q = ds->user_start[u]; q < ds->user_start[u + 1]; q++) {
		w->items[k++] = ds->pairs[q].item;
		if (ds->pairs[q].last > user_last)
			user_last = ds->pairs[q].last;
	}
	if (ease_row)
		memcpy(w->ease, ease_row, (size_t)n * sizeof *w->ease);
	else
		ease_score(p->ease, w->items, NULL, k, w->ease);
	/* seg first marks owned items (1) so the top-K skips them, then takes its final values */
	memset(w->seg, 0, n);
	for (size_t q = 0; q < k; q++)
		w->seg[w->items[q]] = 1;
	for (uint32_t i = 0; i < n; i++)
		w->dscore[i] = w->ease[i];
	int nc = rank_topk(w->dscore, n, p->tie, w->seg, RR_REC_CAND, w->cand);
	for (uint32_t i = 0; i < n; i++)
		w->seg[i] = w->seg[i] ? 0 : 2;
	double best_new = nc > 0 ? w->ease[w->cand[0]] : 1;
	if (!(best_new > 1e-6))
		best_new = 1e-6;
	if (p->model) {
		/* the network only where the re-ranker reads it: the owned items (w->items[0..k)) and
		 * the never-bought candidates, appended after them (disjoint, so they fit) */
		size_t m = k;
		for (int r = 0; r < nc; r++)
			w->items[m++] = w->cand[r];
		if (net_items(p, u, w, w->items, m) != 0)
			return -1;
	}
	float user_inv = (float)log1p(ds->user_invoices[u]);
	float user_since = (float)log1p(user_last == INT32_MIN ? 0 : (double)(p->t_end - user_last) / DAY);
	/* owned items: their rank among the customer's own items by EASE */
	for (size_t q = 0; q < k; q++) {
		const rr_pair *pr = &ds->pairs[ds->user_start[u] + q];
		float *x = w->x + (size_t)pr->item * RR_F_N;
		x[RR_F_ORDERS] = (float)log1p(pr->orders);
		x[RR_F_SINCE] = (float)log1p((double)(p->t_end - pr->last) / DAY);
		x[RR_F_SHARE] = ds->user_invoices[u] ? (float)pr->orders / (float)ds->user_invoices[u] : 0;
	}
	owned_key *keys = w->keys;
	for (size_t q = 0; q < k; q++) {
		keys[q].ease = w->ease[w->items[q]];
		keys[q].tie = p->tie[w->items[q]];
		keys[q].item = w->items[q];
	}
	qsort(keys, k, sizeof *keys, cmp_owned);
	for (size_t q = 0; q < k; q++)
		w->x[(size_t)keys[q].item * RR_F_N + RR_F_EASE_RANK] = (float)log1p((double)q);
	for (int r = 0; r < nc; r++) {
		float *x = w->x + (size_t)w->cand[r] * RR_F_N;
		w->seg[w->cand[r]] = 1;
		x[RR_F_EASE_RANK] = (float)log1p((double)r);
		x[RR_F_ORDERS] = 0;
		x[RR_F_SINCE] = (float)log1p(3650);   /* never: as if bought ten years ago */
		x[RR_F_SHARE] = 0;
	}
	for (uint32_t i = 0; i < n; i++) {
		if (w->seg[i] == 2)
			continue;
		float *x = w->x + (size_t)i * RR_F_N;
		x[RR_F_EASE] = w->ease[i];
		x[RR_F_EASE_REL] = (float)(w->ease[i] / best_new);
		x[RR_F_INV14] = p->item_f[i * 4 + 0];
		x[RR_F_INV30] = p->item_f[i * 4 + 1];
		x[RR_F_AGE] = p->item_f[i * 4 + 2];
		x[RR_F_POP] = p->item_f[i * 4 + 3];
		x[RR_F_NET] = p->model ? w->net[i] : 0;
		x[RR_F_NET_NONE] = p->model && p->none_class >= 0
					   ? w->probs[(size_t)i * (size_t)p->n_classes + (size_t)p->none_class]
					   : 1;
		x[RR_F_USER_INV] = user_inv;
		x[RR_F_USER_SINCE] = user_since;
	}
	return 0;
}

int recpart_features(const rr_recpart *p, uint32_t u, rr_rec_work *w)
{
	return features(p, u, w, NULL);
}

/* ---- fitting ---- */

/* Training rows gathered from one history period: one per (customer, candidate item). */
typedef struct fit_rows {
	size_t n, cap;
	float *x;              /* (n, RR_F_N) */
	unsigned char *y;      /* [n] bought in the label period */
	unsigned char *seg;    /* [n] 0 owned, 1 never bought */
	uint32_t *user;        /* [n] evaluated customer number (index in the split) */
	uint32_t *item;        /* [n] item */
} fit_rows;

static void fit_rows_free(fit_rows *f)
{
	free(f->x);
	free(f->y);
	free(f->seg);
	free(f->user);
	free(f->item);
	memset(f, 0, sizeof *f);
}

static int fit_rows_push(fit_rows *f, const float *x, int y, int seg, uint32_t user, uint32_t item)
{
	if (f->n == f->cap) {
		size_t nc = f->cap ? 2 * f->cap : 65536;
		float *nx = realloc(f->x, nc * RR_F_N * sizeof *nx);
		if (nx)
			f->x = nx;
		unsigned char *ny = realloc(f->y, nc);
		if (ny)
			f->y = ny;
		unsigned char *ns = realloc(f->seg, nc);
		if (ns)
			f->seg = ns;
		uint32_t *nu = realloc(f->user, nc * sizeof *nu);
		if (nu)
			f->user = nu;
		uint32_t *ni = realloc(f->item, nc * sizeof *ni);
		if (ni)
			f->item = ni;
		if (!nx || !ny || !ns || !nu || !ni)
			return err_set("cannot allocate %zu training rows", nc);
		f->cap = nc;
	}
	memcpy(f->x + f->n * RR_F_N, x, RR_F_N * sizeof *x);
	f->y[f->n] = (unsigned char)y;
	f->seg[f->n] = (unsigned char)seg;
	f->user[f->n] = user;
	f->item[f->n] = item;
	f->n++;
	return 0;
}

/* Features and labels of every evaluated customer of the inner split. */
static int gather_rows(const rr_recpart *p, const rr_tsplit *sp, fit_rows *f, rr_work *wk)
{
	rr_rec_work w;
	uint32_t n = p->ds->n_items;
	unsigned char *rel = calloc(n ? n : 1, 1);
	if (!rel || rec_work_alloc(&w, p) != 0) {
		free(rel);
		return err_set("cannot allocate the re-ranker's training buffers");
	}
	int rc = 0;
	for (uint32_t e = 0; e < sp->n_eval && rc == 0; e++) {
		uint32_t u = sp->eval_user[e];
		if (work_tick(wk, RR_PHASE_EVAL, "fit recommender: re-rank features", e, sp->n_eval,
			      e == 0)) {
			rc = err_set("recommender fit interrupted");
			break;
		}
		if (recpart_features(p, u, &w) != 0) {
			rc = -1;
			break;
		}
		for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++)
			if (sp->truth_item[t] != RR_NONE)
				rel[sp->truth_item[t]] = 1;
		for (uint32_t i = 0; i < n && rc == 0; i++)
			if (w.seg[i] < 2)
				rc = fit_rows_push(f, w.x + (size_t)i * RR_F_N, rel[i], w.seg[i], e, i);
		for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++)
			if (sp->truth_item[t] != RR_NONE)
				rel[sp->truth_item[t]] = 0;
	}
	rec_work_free(&w);
	free(rel);
	return rc;
}

/* Which features each re-ranker uses. */
static void logreg_features(rr_logreg *m, int seg, int with_net)
{
	memset(m, 0, sizeof *m);
	for (int f = 0; f < RR_F_N; f++)
		m->used[f] = 1;
	if (seg == 1) {   /* constant for never-bought items */
		m->used[RR_F_ORDERS] = 0;
		m->used[RR_F_SINCE] = 0;
		m->used[RR_F_SHARE] = 0;
	}
	if (!with_net) {
		m->used[RR_F_NET] = 0;
		m->used[RR_F_NET_NONE] = 0;
	}
}

/* Fit both re-rankers on the rows whose customer passes keep (NULL = all). */
static int fit_logregs(rr_logreg lr[2], const fit_rows *f, const unsigned char *keep_user,
		       int with_net, double l2, rr_work *w)
{
	for (int seg = 0; seg < 2; seg++) {
		size_t m = 0;
		for (size_t i = 0; i < f->n; i++)
			m += f->seg[i] == seg && (!keep_user || keep_user[f->user[i]]);
		float *x = malloc((m ? m : 1) * RR_F_N * sizeof *x);
		unsigned char *y = malloc(m ? m : 1);
		if (!x || !y) {
			free(x);
			free(y);
			return err_set("cannot allocate %zu training rows", m);
		}
		size_t k = 0;
		for (size_t i = 0; i < f->n; i++)
			if (f->seg[i] == seg && (!keep_user || keep_user[f->user[i]])) {
				memcpy(x + k * RR_F_N, f->x + i * RR_F_N, RR_F_N * sizeof *x);
				y[k++] = f->y[i];
			}
		logreg_features(&lr[seg], seg, with_net);
		int rc = logreg_fit_ticked(&lr[seg], x, y, m, l2, 25, w,
					   seg ? "fit recommender: re-ranker of new items"
					       : "fit recommender: re-ranker of owned items");
		free(x);
		free(y);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* Mean NDCG@10 over customers with keep_user set, for task all (merged) and new, ranking
 * the gathered rows by the re-rankers (lr) or by EASE alone (lr NULL). */
static void rows_ndcg(const fit_rows *f, const rr_tsplit *sp, const rr_logreg *lr,
		      const unsigned char *keep_user, const uint32_t *tie, double out[2])
{
	enum { K = 10 };
	double sum[2] = {0, 0};
	uint32_t cnt[2] = {0, 0};
	uint32_t n = sp->train->n_items;
	double *score = malloc((n ? n : 1) * sizeof *score);
	unsigned char *rel = calloc(n ? n : 1, 1), *skip = malloc(n ? n : 1);
	unsigned char *owned = calloc(n ? n : 1, 1);
	uint32_t top[K];
	out[0] = out[1] = NAN;
	if (!score || !rel || !skip || !owned)
		goto done;
	for (size_t a = 0; a < f->n;) {
		uint32_t e = f->user[a];
		size_t b = a;
		while (b < f->n && f->user[b] == e)
			b++;
		if (keep_user && !keep_user[e]) {
			a = b;
			continue;
		}
		memset(skip, 1, n);
		for (size_t i = a; i < b; i++) {
			uint32_t it = f->item[i];
			skip[it] = 0;
			owned[it] = f->seg[i] == 0;
			score[it] = lr ? logreg_prob(&lr[f->seg[i]], f->x + i * RR_F_N) : f->x[i * RR_F_N + RR_F_EASE];
		}
		for (int task = 0; task < 2; task++) {
			size_t nt = 0;
			for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++) {
				uint32_t it = sp->truth_item[t];
				if (task == 1 && it != RR_NONE && owned[it])
					continue;
				nt++;
				if (it != RR_NONE)
					rel[it] = 1;
			}
			if (task == 1)
				for (size_t i = a; i < b; i++)
					if (f->seg[i] == 0)
						skip[f->item[i]] = 1;
			if (nt) {
				rr_rank_metrics m;
				int got = rank_topk(score, n, tie, skip, K, top);
				rank_metrics(top, got, K, rel, nt, &m);
				sum[task] += m.ndcg;
				cnt[task]++;
			}
			for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++)
				if (sp->truth_item[t] != RR_NONE)
					rel[sp->truth_item[t]] = 0;
		}
		for (size_t i = a; i < b; i++)
			owned[f->item[i]] = 0;
		a = b;
	}
	for (int task = 0; task < 2; task++)
		out[task] = cnt[task] ? sum[task] / cnt[task] : NAN;
done:
	free(score);
	free(rel);
	free(skip);
	free(owned);
}

/* A network on ds for the recommender; NULL when training failed or was stopped (a network
 * cut short is not what the settings asked for, so it is not used). */
static rr_model *train_network(const rr_dataset *ds, const rr_rec_opts *o, rr_work *w)
{
	rr_settings set = *o->settings;
	set.test = 0;
	rr_model *m = model_train(ds, o->labels, &set, w);
	if (m && (model_info(m)->stopped || work_stopped(w))) {
		model_free(m);
		err_set("recommender fit interrupted");
		return NULL;
	}
	return m;
}

void recsys_free(rr_recsys *s)
{
	if (!s)
		return;
	recpart_free(&s->part);
	free(s);
}

rr_recsys *recsys_fit(const rr_rows *r, const rr_clean *c, const rr_dataset *ds, int32_t t_end,
		      const rr_rec_opts *o, rr_work *w)
{
	rr_recsys *s = calloc(1, sizeof *s);
	rr_tsplit *sp = NULL;
	rr_recpart inner;
	fit_rows f;
	unsigned char *half = NULL;
	int with_net = o->use_network && o->settings && o->labels;
	memset(&inner, 0, sizeof inner);
	memset(&f, 0, sizeof f);
	if (!s) {
		err_set("cannot allocate the recommender");
		return NULL;
	}
	int32_t v = t_end - RR_REC_INNER_DAYS * DAY;
	if (work_tick(w, RR_PHASE_EVAL, "fit recommender: inner period", 0, 1, 1))
		goto fail;
	sp = split_new_range(r, c, v, t_end);
	if (!sp) {
		snprintf(s->note, sizeof s->note, "EASE only: no inner validation period (%s)", err_msg());
		goto final;
	}
	if (recpart_init(&inner, sp->train, v, o->lambda, w, "fit recommender: EASE (inner period)") != 0)
		goto fail;
	if (with_net) {
		if (!(inner.own_model = train_network(sp->train, o, w)))
			goto fail;
		recpart_set_model(&inner, inner.own_model);
	}
	if (gather_rows(&inner, sp, &f, w) != 0)
		goto fail;
	size_t cnt[2] = {0, 0}, pos[2] = {0, 0};
	for (size_t i = 0; i < f.n; i++) {
		cnt[f.seg[i]]++;
		pos[f.seg[i]] += f.y[i];
	}
	if (!pos[0] || pos[0] == cnt[0] || !pos[1] || pos[1] == cnt[1]) {
		snprintf(s->note, sizeof s->note,
			 "EASE only: the inner period (%u customers, %zu candidates) is too small to fit the re-ranker",
			 sp->n_eval, f.n);
		goto final;
	}
	/* choose on half the inner customers, judge on the other half, then refit on all */
	half = malloc(sp->n_eval ? sp->n_eval : 1);
	if (!half) {
		err_set("cannot allocate the recommender");
		goto fail;
	}
	for (uint32_t e = 0; e < sp->n_eval; e++)
		half[e] = (e * 2654435761u >> 16) & 1;
	/* with a network, whether its outputs help is itself chosen on the held-out half */
	double best = -1;
	int chosen_net = 0;
	for (int net = 0; net <= with_net; net++) {
		rr_logreg lr[2];
		double v[2];
		for (uint32_t e = 0; e < sp->n_eval; e++)
			half[e] = (e * 2654435761u >> 16) & 1;
		if (fit_logregs(lr, &f, half, net, 1e-4, w) != 0)
			goto fail;
		for (uint32_t e = 0; e < sp->n_eval; e++)
			half[e] = !half[e];
		rows_ndcg(&f, sp, lr, half, inner.tie, v);
		s->val_net[net][0] = v[0];
		s->val_net[net][1] = v[1];
		if (v[0] + v[1] > best) {
			best = v[0] + v[1];
			chosen_net = net;
			s->val_ndcg[0] = v[0];
			s->val_ndcg[1] = v[1];
		}
		if (net == 0)
			rows_ndcg(&f, sp, NULL, half, inner.tie, s->val_ease);
	}
	with_net = chosen_net;
	if (fit_logregs(s->lr, &f, NULL, with_net, 1e-4, w) != 0)
		goto fail;
	s->fitted = 1;
	s->uses_network = with_net;
	if (o->use_network && o->settings && o->labels)
		snprintf(s->note, sizeof s->note,
			 "re-ranker fitted on %zu inner candidates; held-out NDCG@10 all/new: "
			 "with network %.3f/%.3f, without %.3f/%.3f, EASE %.3f/%.3f -> %s network",
			 f.n, s->val_net[1][0], s->val_net[1][1], s->val_net[0][0], s->val_net[0][1],
			 s->val_ease[0], s->val_ease[1], with_net ? "with" : "without");
	else
		snprintf(s->note, sizeof s->note,
			 "re-ranker (no network) fitted on %zu inner candidates; held-out NDCG@10 all/new %.3f/%.3f, EASE %.3f/%.3f",
			 f.n, s->val_ndcg[0], s->val_ndcg[1], s->val_ease[0], s->val_ease[1]);
final:
	recpart_free(&inner);
	split_free(sp);
	sp = NULL;
	fit_rows_free(&f);
	free(half);
	half = NULL;
	if (recpart_init(&s->part, ds, t_end, o->lambda, w, "fit recommender: EASE") != 0)
		goto fail;
	if (o->model) {  /* shown by `recommend` even when the re-ranker does not use it */
		recpart_set_model(&s->part, o->model);
	} else if (with_net && s->uses_network) {
		if (!(s->part.own_model = train_network(ds, o, w)))
			goto fail;
		recpart_set_model(&s->part, s->part.own_model);
	}
	if (work_tick(w, RR_PHASE_EVAL, "fit recommender", 1, 1, 1))
		goto fail;
	s->ds_gen = ds->gen;
	s->model_gen = o->model ? model_gen(o->model) : 0;
	return s;
fail:
	if (work_stopped(w))   /* one message whichever stage noticed the stop */
		err_set("recommender fit interrupted");
	recpart_free(&inner);
	split_free(sp);
	fit_rows_free(&f);
	free(half);
	recsys_free(s);
	return NULL;
}

/* ---- scoring ---- */

/* Scores of every item from features already in w. */
static void score_from(const rr_recsys *s, const rr_rec_work *w, double *score)
{
	uint32_t n = s->part.ds->n_items;
	for (uint32_t i = 0; i < n; i++) {
		if (!s->fitted)
			score[i] = w->ease[i];
		else if (w->seg[i] < 2)
			score[i] = logreg_prob(&s->lr[w->seg[i]], w->x + (size_t)i * RR_F_N);
		else /* below every candidate (probabilities are >= 0), in EASE order */
			score[i] = (double)w->ease[i] - 1e6;
	}
}

/* The part to compute features with: without the network when its outputs are neither used
 * by the re-ranker nor asked for (it is the costliest part of scoring). */
static rr_recpart part_for(const rr_recsys *s, int want_probs)
{
	rr_recpart q = s->part;
	if (s->fitted && !s->uses_network && !want_probs)
		q.model = NULL;
	return q;
}

int recsys_score(const rr_recsys *s, uint32_t u, rr_rec_work *w, double *score, float *probs)
{
	const rr_recpart *p = &s->part;
	rr_recpart q = part_for(s, probs != NULL);
	if (features(&q, u, w, NULL) != 0)
		return -1;
	score_from(s, w, score);
	if (probs && p->model) {
		/* the caller wants every item's probabilities: the items outside the candidates too */
		size_t m = 0;
		for (uint32_t i = 0; i < p->ds->n_items; i++)
			if (w->seg[i] == 2)
				w->items[m++] = i;
		if (net_items(&q, u, w, w->items, m) != 0)
			return -1;
		memcpy(probs, w->probs, (size_t)p->ds->n_items * (size_t)p->n_classes * sizeof *probs);
	}
	return 0;
}

/* Customers are scored in chunks: EASE for a chunk at once (one blocked pass), then the chunk's
 * customers split over the threads. The chunk's EASE scores (about TOPK_CHUNK_FLOATS floats,
 * 32 MB) are reused, so memory no longer grows with customers × items; each chunk reads all of
 * EASE's weights once more, so chunks are as large as that budget allows. */
#define TOPK_CHUNK_FLOATS ((size_t)8 << 20)

typedef struct topk_job {
	const rr_recsys *s;
	const float *S;          /* (chunk, n_items) EASE scores of the chunk's customers */
	uint32_t c0, c1;         /* the chunk: customers [c0, c1) */
	int k, owned_too;
	uint32_t t, step;        /* this thread does customers c0 + t, c0 + t + step, ... */
	uint32_t *top;
	double *top_score;
	float *top_probs;
	int *n_top;
	rr_rec_work w;           /* scratch (owned) */
	double *score;           /* [n_items] (owned) */
	unsigned char *skip;     /* [n_items] all zero between customers (owned) */
	int rc;
	char err[256];           /* the thread's error message (err_set is per thread) */
} topk_job;

static void *topk_run(void *arg)
{
	topk_job *j = arg;
	const rr_recpart *p = &j->s->part;
	const rr_dataset *d = p->ds;
	uint32_t n = d->n_items;
	size_t nc = p->n_classes > 0 ? (size_t)p->n_classes : 0;
	rr_rec_work *w = &j->w;
	double *score = j->score;
	unsigned char *skip = j->skip;
	rr_recpart q = part_for(j->s, j->top_probs != NULL);
	for (uint32_t u = j->c0 + j->t; u < j->c1 && j->rc == 0; u += j->step) {
		if (features(&q, u, w, j->S + (size_t)(u - j->c0) * n) != 0) {
			j->rc = -1;
			snprintf(j->err, sizeof j->err, "%s", err_msg());
			break;
		}
		score_from(j->s, w, score);
		if (!j->owned_too)
			for (size_t a = d->user_start[u]; a < d->user_start[u + 1]; a++)
				skip[d->pairs[a].item] = 1;
		uint32_t *top = j->top + (size_t)u * (size_t)j->k;
		int got = rank_topk(score, n, p->tie, skip, j->k, top);
		for (size_t a = d->user_start[u]; a < d->user_start[u + 1]; a++)
			skip[d->pairs[a].item] = 0;
		j->n_top[u] = got;
		if (j->top_probs && p->model) {
			/* top items outside the candidates (a K past them) have no probabilities yet */
			size_t m = 0;
			for (int r = 0; r < got; r++)
				if (w->seg[top[r]] == 2)
					w->items[m++] = top[r];
			if (m && net_items(&q, u, w, w->items, m) != 0) {
				j->rc = -1;
				snprintf(j->err, sizeof j->err, "%s", err_msg());
				break;
			}
		}
		for (int r = 0; r < got; r++) {
			if (j->top_score)
				j->top_score[(size_t)u * (size_t)j->k + (size_t)r] = score[top[r]];
			if (j->top_probs && p->model)
				memcpy(j->top_probs + ((size_t)u * (size_t)j->k + (size_t)r) * nc,
				       w->probs + (size_t)top[r] * nc, nc * sizeof(float));
		}
	}
	return NULL;
}

int recsys_topk_all(const rr_recsys *s, int k, int owned_too, int threads, uint32_t *top,
		    double *top_score, float *top_probs, int *n_top)
{
	enum { MAX_THREADS = 16 };
	const rr_dataset *d = s->part.ds;
	size_t n = d->n_items;
	if (threads < 1)
		threads = 1;
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	topk_job job[MAX_THREADS];
	memset(job, 0, sizeof job);
	uint32_t chunk = (uint32_t)(TOPK_CHUNK_FLOATS / (n ? n : 1));
	if (chunk < 64)
		chunk = 64;
	if (chunk > d->n_users)
		chunk = d->n_users ? d->n_users : 1;
	float *S = malloc((n ? n : 1) * chunk * sizeof *S);
	uint32_t *items = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *items);
	int rc = S && items ? 0 : -1;
	for (int t = 0; t < threads && rc == 0; t++) {
		job[t] = (topk_job){.s = s, .S = S, .k = k, .owned_too = owned_too, .t = (uint32_t)t,
				    .step = (uint32_t)threads, .top = top, .top_score = top_score,
				    .top_probs = top_probs, .n_top = n_top};
		job[t].score = malloc((n ? n : 1) * sizeof *job[t].score);
		job[t].skip = calloc(n ? n : 1, 1);
		if (!job[t].score || !job[t].skip || rec_work_alloc(&job[t].w, &s->part) != 0)
			rc = -1;
	}
	if (rc != 0) {
		rc = err_set("cannot allocate scores for %zu items", n);
		goto done;
	}
	for (size_t a = 0; a < d->n_pairs; a++)
		items[a] = d->pairs[a].item;
	/* the threads here split the customers: the network's GEMMs inside (blocks of a few
	 * hundred candidates) must not each start BLAS threads too (after `set threads 2`, or an
	 * opened model, OpenBLAS would; measured 0.34 s -> 0.58 s for all customers) */
	int blas_threads = openblas_get_num_threads();
	if (threads > 1 && blas_threads > 1)
		openblas_set_num_threads(1);
	for (uint32_t c0 = 0; c0 < d->n_users && rc == 0; c0 += chunk) {
		uint32_t c1 = d->n_users - c0 < chunk ? d->n_users : c0 + chunk;
		/* the chunk's rows of the CSR: offsets are absolute, so items is shared */
		ease_score_users(s->part.ease, c1 - c0, d->user_start + c0, items, NULL, S, threads);
		for (int t = 0; t < threads; t++) {
			job[t].c0 = c0;
			job[t].c1 = c1;
		}
		rr_parallel(topk_run, job, sizeof *job, threads);
		for (int t = 0; t < threads; t++)
			if (job[t].rc != 0 && rc == 0)
				rc = err_set("%s", job[t].err);
	}
	if (threads > 1 && blas_threads > 1)
		openblas_set_num_threads(blas_threads);
done:
	for (int t = 0; t < threads; t++) {
		rec_work_free(&job[t].w);
		free(job[t].score);
		free(job[t].skip);
	}
	free(S);
	free(items);
	return rc;
}

int score_recsys(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	rr_rec_eval *e = ctx;
	(void)train;
	return recsys_score(e->s, u, &e->w, score, NULL);
}
