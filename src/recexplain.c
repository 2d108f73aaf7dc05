/* recexplain.c — the recommender's scores taken apart: one pair's features and their parts of
 * the logit (for `why`), and one item's score for every customer (for `audience`). */
#include "recommend.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ease.h"
#include "err.h"
#include "rank.h"
#include "recfeat.h"
#include "util.h"

#define DAY ((double)RR_DAY_MINUTES)

/* ==== one pair ==== */

/* 1-based rank of item i among the items with keep[j] (NULL: all) by score, ties by code. */
static uint32_t rank_of(const double *score, const uint32_t *tie, uint32_t n,
			const unsigned char *skip, uint32_t i)
{
	uint32_t r = 1;
	for (uint32_t j = 0; j < n; j++)
		r += j != i && !(skip && skip[j]) && rank_before(score, tie, j, i);
	return r;
}

/* The re-ranker lr's terms for a row of all RR_F_N features, summed as logreg_logit sums. */
static void explain_terms(const rr_logreg *lr, const double *row, rr_rec_explain *out)
{
	double z = lr->b;
	out->intercept = lr->b;
	for (int a = 0; a < lr->n; a++) {
		rr_rec_term *t = &out->term[out->n_terms++];
		t->feat = (enum rr_rec_feat)lr->feat[a];
		t->name = rec_feat_name(t->feat);
		t->value = row[lr->feat[a]];
		t->weight = lr->w[a];
		t->contrib = lr->w[a] * ((t->value - lr->mean[a]) / lr->sd[a]);
		z += t->contrib;
	}
	out->logit = z;
	out->cal_a = lr->cal_a;
	out->cal_c = lr->cal_c;
}

int recsys_explain(const rr_recsys *s, uint32_t u, uint32_t i, rr_rec_work *w,
		   rr_rec_explain *out)
{
	const rr_recpart *p = &s->part;
	uint32_t n = p->ds->n_items;
	if (u >= p->ds->n_users || i >= n)
		return err_set("explain: no customer %u or item %u", u, i);
	memset(out, 0, sizeof *out);
	out->user = u;
	out->item = i;
	if (recsys_score(s, u, w, w->dscore) != 0)
		return -1;
	out->seg = (enum rr_rec_seg)w->seg[i];
	out->score = out->audience = w->dscore[i];
	out->logit = NAN;
	out->rank_all = rank_of(w->dscore, p->tie, n, NULL, i);
	if (out->seg != RR_SEG_OWNED) {
		/* w->seg marks the owned items: skip them for the never-bought rank */
		unsigned char *own = malloc(n ? n : 1);
		if (!own)
			return err_set("cannot allocate %u items", n);
		for (uint32_t j = 0; j < n; j++)
			own[j] = w->seg[j] == RR_SEG_OWNED;
		out->rank_new = rank_of(w->dscore, p->tie, n, own, i);
		free(own);
	}
	if (!s->fitted)
		return 0;
	/* outside the candidates, the terms are those of the audience's score: the never-bought
	 * re-ranker over the features RR_SCORE_OTHERS gives the item */
	int g = out->seg == RR_SEG_OTHER ? RR_SEG_NEW : (int)out->seg;
	if (out->seg == RR_SEG_OTHER) {
		if (recsys_score_mode(s, u, w, w->dscore, RR_SCORE_OTHERS) != 0)
			return -1;
		out->audience = w->dscore[i];
	}
	explain_terms(&s->lr[g], w->x + (size_t)i * RR_F_N, out);
	return 0;
}

/* ==== every customer's caches ==== */

typedef struct cols_job {
	const rr_recsys *s;
	rr_rec_cols *c;
	const float *S;          /* (chunk, n_items) EASE rows */
	uint32_t c0, c1, t, step;
	double *score;           /* [n_items] */
	unsigned char *skip;     /* [n_items] zero between customers */
} cols_job;

static void *cols_run(void *arg)
{
	cols_job *j = arg;
	const rr_recpart *p = &j->s->part;
	const rr_dataset *d = p->ds;
	uint32_t n = d->n_items;
	for (uint32_t u = j->c0 + j->t; u < j->c1; u += j->step) {
		const float *e = j->S + (size_t)(u - j->c0) * n;
		for (uint32_t i = 0; i < n; i++)
			j->score[i] = e[i];
		for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++) {
			j->skip[d->pairs[q].item] = 1;
			j->c->pair_ease[q] = e[d->pairs[q].item];
		}
		uint32_t *cand = j->c->cand + (size_t)u * RR_REC_CAND;
		int got = rank_topk(j->score, n, p->tie, j->skip, RR_REC_CAND, cand);
		for (int r = 0; r < got; r++)
			j->c->cand_ease[(size_t)u * RR_REC_CAND + (size_t)r] = e[cand[r]];
		j->c->n_cand[u] = (uint16_t)got;
		double best = got ? e[cand[0]] : 1e-6;   /* as recpart_features floors it */
		j->c->best_new[u] = best > 1e-6 ? best : 1e-6;
		for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++)
			j->skip[d->pairs[q].item] = 0;
	}
	return NULL;
}

static rr_rec_cols *cols_new(const rr_dataset *d)
{
	rr_rec_cols *c = calloc(1, sizeof *c);
	size_t nu = d->n_users ? d->n_users : 1;
	if (!c)
		return NULL;
	c->pair_ease = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *c->pair_ease);
	c->cand = malloc(nu * RR_REC_CAND * sizeof *c->cand);
	c->cand_ease = malloc(nu * RR_REC_CAND * sizeof *c->cand_ease);
	c->n_cand = malloc(nu * sizeof *c->n_cand);
	c->best_new = malloc(nu * sizeof *c->best_new);
	if (c->pair_ease && c->cand && c->cand_ease && c->n_cand && c->best_new)
		return c;
	rec_cols_free(c);
	return NULL;
}

void rec_cols_free(rr_rec_cols *c)
{
	if (!c)
		return;
	free(c->pair_ease);
	free(c->cand);
	free(c->cand_ease);
	free(c->n_cand);
	free(c->best_new);
	free(c);
}

int recsys_prepare_columns(rr_recsys *s, int threads)
{
	enum { MAX_THREADS = 16, CHUNK = 512 };
	const rr_dataset *d = s->part.ds;
	size_t n = d->n_items ? d->n_items : 1;
	if (s->cols)
		return 0;
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	cols_job job[MAX_THREADS];
	memset(job, 0, sizeof job);
	rr_rec_cols *c = cols_new(d);
	float *S = malloc(n * CHUNK * sizeof *S);
	uint32_t *items = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *items);
	int rc = c && S && items ? 0 : -1;
	for (int t = 0; t < threads && rc == 0; t++) {
		job[t] = (cols_job){.s = s, .c = c, .S = S, .t = (uint32_t)t, .step = (uint32_t)threads};
		job[t].score = malloc(n * sizeof *job[t].score);
		job[t].skip = calloc(n, 1);
		rc = job[t].score && job[t].skip ? 0 : -1;
	}
	for (size_t a = 0; rc == 0 && a < d->n_pairs; a++)
		items[a] = d->pairs[a].item;
	for (uint32_t c0 = 0; rc == 0 && c0 < d->n_users; c0 += CHUNK) {
		uint32_t c1 = d->n_users - c0 < CHUNK ? d->n_users : c0 + CHUNK;
		ease_score_users(s->part.ease, c1 - c0, d->user_start + c0, items, NULL, S, threads);
		for (int t = 0; t < threads; t++) {
			job[t].c0 = c0;
			job[t].c1 = c1;
		}
		rr_parallel(cols_run, job, sizeof *job, threads);
	}
	for (int t = 0; t < threads; t++) {
		free(job[t].score);
		free(job[t].skip);
	}
	free(S);
	free(items);
	if (rc != 0) {
		rec_cols_free(c);
		return err_set("cannot allocate the column caches");
	}
	s->cols = c;
	return 0;
}

/* ==== one item for every customer ==== */

/* What the column of item i reads for every customer: W_1(v, i) and U(v, i) by customer. */
typedef struct col_item {
	uint32_t i;
	double *last;            /* [n_users] W_1(v, i): i is in v's last basket */
	double *u;               /* [n_users] U(v, i) */
	size_t *pair;            /* [n_users] the pair (v, i), or (size_t)-1 */
	const double *it;        /* i's item features */
	rr_rec_work *w;          /* a lazy part's neighbour searches (recfeat.h), else NULL */
} col_item;

/* ease(u, i) as the EASE row computes it: B's rows of u's items summed in their order. */
static float column_ease(const rr_ease *e, const rr_dataset *d, uint32_t u, uint32_t i)
{
	float s = 0;
	if (e->pos && e->pos[i] < 0)
		return 0;
	size_t col = e->pos ? (size_t)e->pos[i] : i;
	for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++) {
		uint32_t j = d->pairs[q].item;
		if (e->pos && e->pos[j] < 0)
			continue;
		size_t row = e->pos ? (size_t)e->pos[j] : j;
		s += e->B[row * e->n + col];
	}
	return s;
}

/* UP-CF's score and TIFU's neighbour sum of i for u, added in the neighbours' order (as the
 * row's sums add them: only the neighbours holding i add anything). */
static void column_neighbours(const rr_recpart *p, const col_item *ci, uint32_t u, double *up,
			      double *tf, size_t *n_tf)
{
	rr_nblist a, b;
	double x = 0, y = 0;
	recpart_neighbours(p, u, ci->w, &a, &b);
	for (size_t j = 0; j < a.n; j++)
		if (ci->last[a.v[j]] != 0)
			x += a.w[j] * ci->last[a.v[j]];
	for (size_t j = 0; j < b.n; j++)
		if (ci->u[b.v[j]] != 0)
			y += ci->u[b.v[j]];
	*up = x;
	*tf = y;
	*n_tf = b.n;
}

/* The features of (u, i) for the re-ranker of its segment into x (all RR_F_N). */
static void column_features(const rr_recsys *s, const col_item *ci, uint32_t u, size_t pair,
			    int rank, float ease, double *x)
{
	const rr_recpart *p = &s->part;
	const rr_dataset *d = p->ds;
	const double *us = p->user_f + (size_t)u * RR_USER_F;
	double best = s->cols->best_new[u], tf;
	size_t ntf;
	memset(x, 0, RR_F_N * sizeof *x);
	column_neighbours(p, ci, u, &x[RR_F_UPCF], &tf, &ntf);
	x[RR_F_EASE] = ease;
	x[RR_F_EASE_RANK] = log1p((double)rank);
	x[RR_F_EASE_REL] = ease / best;
	x[RR_F_INV14] = ci->it[0];
	x[RR_F_INV30] = ci->it[1];
	x[RR_F_AGE] = ci->it[2];
	x[RR_F_POP] = ci->it[3];
	x[RR_F_ITEM_REP] = ci->it[4];
	x[RR_F_ITEM_OPO] = ci->it[5];
	x[RR_F_USER_SINCE] = us[0];
	x[RR_F_USER_INV] = us[1];
	if (pair == (size_t)-1)
		return;
	const rr_pair *pr = &d->pairs[pair];
	x[RR_F_ORDERS] = log1p((double)pr->orders);
	x[RR_F_SINCE] = log1p((p->t_end - (double)pr->last) / DAY);
	x[RR_F_SHARE] = (double)pr->orders / (double)d->user_invoices[u];
	x[RR_F_RATE] = (double)pr->orders / (us[2] > 30 ? us[2] : 30) * 30;
	x[RR_F_TIFU_NB] = tf * (ntf ? 1.0 / (double)ntf : 0);
}

/* The rank of owned pair q among u's owned items by EASE (ties by code). */
static int owned_rank(const rr_recsys *s, uint32_t u, size_t q)
{
	const rr_dataset *d = s->part.ds;
	const float *pe = s->cols->pair_ease;
	const uint32_t *tie = s->part.tie;
	uint32_t i = d->pairs[q].item;
	int r = 0;
	for (size_t a = d->user_start[u]; a < d->user_start[u + 1]; a++)
		r += a != q && (pe[a] > pe[q] || (pe[a] == pe[q] && tie[d->pairs[a].item] < tie[i]));
	return r;
}

/* Customer u's score of the column's item, and its segment. */
static double column_score(const rr_recsys *s, const col_item *ci, uint32_t u,
			   enum rr_score_mode mode, unsigned char *seg)
{
	const rr_dataset *d = s->part.ds;
	const rr_rec_cols *c = s->cols;
	size_t q = ci->pair[u];
	int g = RR_SEG_OTHER, rank = 0;
	float ease;
	if (q != (size_t)-1) {
		g = RR_SEG_OWNED;
		ease = c->pair_ease[q];
		rank = owned_rank(s, u, q);
	} else {
		const uint32_t *cand = c->cand + (size_t)u * RR_REC_CAND;
		for (rank = 0; rank < c->n_cand[u] && cand[rank] != ci->i; rank++)
			;
		g = rank < c->n_cand[u] ? RR_SEG_NEW : RR_SEG_OTHER;
		ease = g == RR_SEG_NEW ? c->cand_ease[(size_t)u * RR_REC_CAND + (size_t)rank]
				       : column_ease(s->part.ease, d, u, ci->i);
	}
	*seg = (unsigned char)g;
	if (!s->fitted)
		return ease;
	if (g == RR_SEG_OTHER && mode == RR_SCORE_LISTS)
		return (double)ease - 1e6;
	/* outside the candidates, rank is n_cand[u]: the candidates' last (recommend.h) */
	int lg = g == RR_SEG_OTHER ? RR_SEG_NEW : g;
	double row[RR_F_N], x[RR_LR_MAX];
	column_features(s, ci, u, q, rank, ease, row);
	rec_gather(&s->lr[lg], row, x);
	return logreg_prob(&s->lr[lg], x);
}

int recsys_item_column(const rr_recsys *s, uint32_t i, double *score, unsigned char *seg,
		       enum rr_score_mode mode)
{
	const rr_recpart *p = &s->part;
	const rr_dataset *d = p->ds;
	size_t nu = d->n_users ? d->n_users : 1;
	if (!s->cols)
		return err_set("item column: the column caches are not prepared");
	if (i >= d->n_items)
		return err_set("item column: no item %u", i);
	rr_rec_work lw;
	col_item ci = {i, calloc(nu, sizeof(double)), calloc(nu, sizeof(double)),
		       malloc(nu * sizeof(size_t)), p->item_f + (size_t)i * RR_ITEM_F,
		       p->lazy ? &lw : NULL};
	/* a lazy part searches every customer's neighbours here: seconds past RR_CF_POOL
	 * customers, where precomputed lists would hold hundreds of MB for the whole session */
	if (!ci.last || !ci.u || !ci.pair || (ci.w && rec_work_alloc(ci.w, p) != 0)) {
		free(ci.last);
		free(ci.u);
		free(ci.pair);
		return err_set("cannot allocate an item column");
	}
	for (uint32_t u = 0; u < d->n_users; u++)
		ci.pair[u] = (size_t)-1;
	for (uint32_t v = 0; v < d->n_users; v++)
		for (size_t e = p->last.start[v]; e < p->last.start[v + 1]; e++)
			if (p->last.item[e] == i)
				ci.last[v] = p->last.w[e];
	for (size_t o = p->cf->ostart[i]; o < p->cf->ostart[i + 1]; o++) {
		ci.u[p->cf->owner[o]] = p->tifu.uo[o];
		ci.pair[p->cf->owner[o]] = p->cf->opair[o];
	}
	for (uint32_t u = 0; u < d->n_users; u++) {
		unsigned char g;
		score[u] = column_score(s, &ci, u, mode, &g);
		if (seg)
			seg[u] = g;
	}
	if (ci.w)
		rec_work_free(ci.w);
	free(ci.last);
	free(ci.u);
	free(ci.pair);
	return 0;
}
