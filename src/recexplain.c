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
		t->contrib = logreg_term(lr, a, t->value);
		z += t->contrib;
	}
	out->logit = z;
	out->cal_a = lr->cal_a;
	out->cal_c = lr->cal_c;
}

int recsys_explain(const rr_recsys *s, uint32_t u, uint32_t i, const unsigned char *blocked,
		   rr_rec_work *w, rr_rec_explain *out)
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
	if (!(blocked && blocked[i])) {
		/* places in the lists recommend gives, by its order (rank_place: rank_topk's) */
		unsigned char *skip = malloc(n ? n : 1);
		if (!skip)
			return err_set("cannot allocate %u items", n);
		rec_list_skip(p->ds, u, 1, blocked, skip);
		out->rank_all = rank_place(w->dscore, n, p->tie, skip, i);
		if (out->seg != RR_SEG_OWNED) {
			rec_list_skip(p->ds, u, 0, blocked, skip);
			out->rank_new = rank_place(w->dscore, n, p->tie, skip, i);
		}
		free(skip);
	}
	if (!s->fitted)
		return 0;
	/* the audiences score with re-rankers of their own (rec_model); outside the candidates
	 * the terms are those of the audience's score: the never-bought re-ranker over the
	 * features RR_SCORE_OTHERS gives the item, then the outside map. A candidate's features
	 * are the same in both modes. */
	if (recsys_score_mode(s, u, w, w->dscore, RR_SCORE_OTHERS) != 0)
		return -1;
	out->audience = w->dscore[i];
	explain_terms(rec_model(s, out->seg == RR_SEG_OTHER ? RR_SCORE_OTHERS : RR_SCORE_LISTS,
				out->seg), w->x + (size_t)i * RR_F_N, out);
	if (out->seg == RR_SEG_OTHER && s->outside_fitted) {
		/* σ(a·logit + c): a is the map's slope on the logit, c the rest of its logit (its
		 * intercept and the item's popularity term), so the line adds up exactly */
		double x[RR_LR_MAX], in[2];
		rec_gather(&s->lr[RR_SEG_NEW], w->x + (size_t)i * RR_F_N, x);
		rec_outside_inputs(s, x, in);
		out->cal_a = s->outside.w[0] / s->outside.sd[0];
		out->cal_c = logreg_logit(&s->outside, in) - out->cal_a * out->logit;
	}
	return 0;
}

/* ==== every customer's caches ==== */

/* A customer's never-bought candidates are the top RR_REC_CAND of EASE's scores over the
 * whole catalogue. Past RR_EASE_MAX_ITEMS items B covers the popular ones only and every
 * other item scores exactly 0, so those others rank among themselves by tie key alone: the
 * first RR_REC_CAND of them the customer does not own stand for all, and the ranking reads
 * B's n columns and those few instead of the catalogue (100,000 items: 12 times fewer
 * entries per customer), with the same result, since the order (score, tie key) is total. */
typedef struct cols_job {
	const rr_recsys *s;
	rr_rec_cols *c;
	const float *S;          /* (chunk, nb) EASE rows over B's columns (ease_score_users_b) */
	uint32_t nb;             /* B's columns */
	const uint32_t *outside; /* the catalogue items outside B in tie-key order (owned by the caller) */
	uint32_t n_outside;
	uint32_t c0, c1, t, step;
	double *score;           /* [nb + RR_REC_CAND] the entries ranked: B's columns, then outside items */
	uint32_t *tie;           /* [nb + RR_REC_CAND] their tie keys (B's part set once) */
	uint32_t *item;          /* [nb + RR_REC_CAND] their catalogue items (B's part set once) */
	unsigned char *skip;     /* [nb + RR_REC_CAND] owned entries, zero between customers */
	unsigned char *owned;    /* [n_items] owned items, zero between customers */
} cols_job;

/* ease(u, i) from the customer's row e over B's columns: 0 outside B. */
static float row_ease(const rr_ease *E, const float *e, uint32_t i)
{
	return !E->pos ? e[i] : E->pos[i] >= 0 ? e[E->pos[i]] : 0.0f;
}

/* Customer u's owned items marked (on = 1) or cleared, with their EASE scores kept. */
static void cols_mark(cols_job *j, uint32_t u, const float *e, unsigned char on)
{
	const rr_ease *E = j->s->part.ease;
	const rr_dataset *d = j->s->part.ds;
	for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++) {
		uint32_t i = d->pairs[q].item;
		j->owned[i] = on;
		if (!E->pos || E->pos[i] >= 0)
			j->skip[E->pos ? (uint32_t)E->pos[i] : i] = on;
		if (on)
			j->c->pair_ease[q] = row_ease(E, e, i);
	}
}

static void cols_customer(cols_job *j, uint32_t u)
{
	const rr_recpart *p = &j->s->part;
	const float *e = j->S + (size_t)(u - j->c0) * j->nb;
	uint32_t m = j->nb, top[RR_REC_CAND];
	for (uint32_t k = 0; k < j->nb; k++)
		j->score[k] = e[k];
	cols_mark(j, u, e, 1);
	for (uint32_t k = 0; k < j->n_outside && m < j->nb + RR_REC_CAND; k++) {
		uint32_t i = j->outside[k];
		if (j->owned[i])
			continue;
		j->score[m] = 0;
		j->tie[m] = p->tie[i];
		j->item[m] = i;
		j->skip[m++] = 0;
	}
	uint32_t *cand = j->c->cand + (size_t)u * RR_REC_CAND;
	float *ce = j->c->cand_ease + (size_t)u * RR_REC_CAND;
	int got = rank_topk(j->score, m, j->tie, j->skip, RR_REC_CAND, top);
	for (int r = 0; r < got; r++) {
		cand[r] = j->item[top[r]];
		ce[r] = (float)j->score[top[r]];
	}
	j->c->n_cand[u] = (uint16_t)got;
	j->c->best_new[u] = rec_best_new(got > 0, got ? ce[0] : 0);
	cols_mark(j, u, e, 0);
}

static void *cols_run(void *arg)
{
	cols_job *j = arg;
	for (uint32_t u = j->c0 + j->t; u < j->c1; u += j->step)
		cols_customer(j, u);
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
	nbrs_free(&c->followers);
	free(c);
}

/* The neighbourhoods the columns read: UP-CF's lists turned around. A lazy part's lists are
 * searched here, every customer's once, and kept in the part, which is lazy no more: a column
 * searching them for each customer took a minute per audience past RR_CF_POOL customers
 * (t24), and export audience all's pass, which scores every customer, reads them too instead
 * of searching again. 0 or -1 with err_set. */
static int cols_neighbours(rr_recpart *p, rr_rec_cols *c, int threads, rr_work *w)
{
	if (p->lazy) {
		rr_nbrs up, tf;
		if (upcf_all_neighbours(p->cf, &rec_upcf_params, NULL, threads, w, &up) != 0)
			return -1;
		if (tifu_all_neighbours(p->cf, &p->tifu, rec_tifu_params.k, NULL, threads, w,
					&tf) != 0) {
			nbrs_free(&up);
			return -1;
		}
		free(tf.w);   /* TIFU's weights are 1/|N(u)|, which scoring takes from the count */
		tf.w = NULL;
		p->upcf = up;
		p->tifu_nb = tf;
		p->lazy = 0;
	}
	return nbrs_reverse(&p->upcf, &c->followers);
}

/* The catalogue items outside B (pos < 0) in tie-key order, into *out (malloc'd; NULL and
 * 0 when B covers the catalogue). 0 or -1. */
static int outside_items(const rr_recpart *p, uint32_t **out, uint32_t *n_out)
{
	const rr_ease *E = p->ease;
	uint32_t n = p->ds->n_items;
	*out = NULL;
	*n_out = 0;
	if (!E->pos)
		return 0;
	uint32_t *by_tie = malloc((n ? n : 1) * sizeof *by_tie);
	if (!by_tie)
		return -1;
	for (uint32_t i = 0; i < n; i++)   /* tie keys are the ranks 0..n-1 (rank_tie_keys) */
		by_tie[p->tie[i]] = i;
	uint32_t m = 0;
	for (uint32_t r = 0; r < n; r++)
		if (E->pos[by_tie[r]] < 0)
			by_tie[m++] = by_tie[r];   /* m ≤ r: overwrites only what was read */
	*out = by_tie;
	*n_out = m;
	return 0;
}

/* One thread's scratch: B's columns' items and tie keys set once. 0 or -1. */
static int cols_job_init(cols_job *j, const rr_recsys *s, rr_rec_cols *c, const float *S,
			 uint32_t nb, int t, int threads)
{
	const rr_ease *E = s->part.ease;
	size_t m = (size_t)nb + RR_REC_CAND, ni = s->part.ds->n_items;
	*j = (cols_job){.s = s, .c = c, .S = S, .nb = nb, .t = (uint32_t)t,
			.step = (uint32_t)threads};
	j->score = malloc(m * sizeof *j->score);
	j->tie = malloc(m * sizeof *j->tie);
	j->item = malloc(m * sizeof *j->item);
	j->skip = calloc(m, 1);
	j->owned = calloc(ni ? ni : 1, 1);
	if (!j->score || !j->tie || !j->item || !j->skip || !j->owned)
		return -1;
	for (uint32_t k = 0; k < nb; k++) {
		j->item[k] = E->col ? E->col[k] : k;
		j->tie[k] = s->part.tie[j->item[k]];
	}
	return 0;
}

static void cols_job_free(cols_job *j)
{
	free(j->score);
	free(j->tie);
	free(j->item);
	free(j->skip);
	free(j->owned);
}

int recsys_prepare_columns(rr_recsys *s, int threads, rr_work *w)
{
	/* CHUNK customers' EASE rows at a time: CHUNK × B's columns floats, at most 16 MB
	 * (RR_EASE_MAX_ITEMS), whatever the catalogue's size */
	enum { MAX_THREADS = 16, CHUNK = 512 };
	const rr_dataset *d = s->part.ds;
	uint32_t nb = s->part.ease->n, *outside = NULL, n_out = 0;
	if (s->cols)
		return 0;
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	cols_job job[MAX_THREADS];
	memset(job, 0, sizeof job);
	rr_rec_cols *c = cols_new(d);
	if (!c) {
		/* the caches hold RR_REC_CAND candidates (8 bytes each) for every customer */
		double mb = ((double)d->n_users * RR_REC_CAND * 8 + (double)d->n_pairs * 4) / 1e6;
		return err_set("cannot allocate the audience caches of %u customers (%.0f MB)",
			       d->n_users, mb);
	}
	float *S = malloc(((size_t)CHUNK * nb + 1) * sizeof *S);
	uint32_t *items = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *items);
	int rc = S && items && outside_items(&s->part, &outside, &n_out) == 0 ? 0 : -1;
	for (int t = 0; t < threads && rc == 0; t++) {
		rc = cols_job_init(&job[t], s, c, S, nb, t, threads);
		job[t].outside = outside;
		job[t].n_outside = n_out;
	}
	if (rc != 0)
		err_set("cannot allocate the audience caches' scratch");
	for (size_t a = 0; rc == 0 && a < d->n_pairs; a++)
		items[a] = d->pairs[a].item;
	for (uint32_t c0 = 0; rc == 0 && c0 < d->n_users; c0 += CHUNK) {
		/* a stop lands between blocks of CHUNK customers: some milliseconds each */
		if (work_tick(w, RR_PHASE_EVAL, "every customer's candidates", c0, d->n_users, 0)) {
			rc = err_set("keeping every customer's candidates interrupted");
			break;
		}
		uint32_t c1 = d->n_users - c0 < CHUNK ? d->n_users : c0 + CHUNK;
		rc = ease_score_users_b(s->part.ease, c1 - c0, d->user_start + c0, items, NULL, S,
					threads);
		for (int t = 0; t < threads; t++) {
			job[t].c0 = c0;
			job[t].c1 = c1;
		}
		if (rc == 0)
			rr_parallel(cols_run, job, sizeof *job, threads);
	}
	for (int t = 0; t < threads; t++)
		cols_job_free(&job[t]);
	free(S);
	free(items);
	free(outside);
	if (rc == 0)
		rc = cols_neighbours(&s->part, c, threads, w);
	if (rc != 0) {
		rec_cols_free(c);
		return -1;
	}
	s->cols = c;
	return 0;
}

/* ==== one item for every customer ==== */

/* What the column of item i reads for every customer. */
typedef struct col_item {
	uint32_t i;
	double *up;              /* [n_users] UP-CF's score of i */
	double *u;               /* [n_users] U(v, i) */
	size_t *pair;            /* [n_users] the pair (v, i), or (size_t)-1 */
	const double *it;        /* i's item features */
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

/* Every customer's UP-CF score of i into ci->up (zeroed): Σ sim(u,v)^q · W_1(v,i) over u's
 * neighbours v, added as the row's sums add it (only the neighbours holding i add anything, in
 * ascending customer order: N(u)'s). Visiting the customers v whose last basket holds i by
 * ascending v, and from each the u that hold v in N(u) (c->followers), adds each u's terms in
 * that same order, so the sums are the row's to the bit, at the cost of i's buyers' followers
 * instead of every customer's neighbours. */
static void column_upcf(const rr_recsys *s, col_item *ci)
{
	const rr_recent *last = &s->part.last;
	const rr_nbrs *f = &s->cols->followers;
	for (uint32_t v = 0; v < s->part.ds->n_users; v++)
		for (size_t e = last->start[v]; e < last->start[v + 1]; e++) {
			if (last->item[e] != ci->i || last->w[e] == 0)
				continue;   /* the row adds nothing for a share of 0 either */
			for (size_t a = f->start[v]; a < f->start[v + 1]; a++)
				ci->up[f->v[a]] += f->w[a] * last->w[e];
		}
}

/* TIFU's neighbour sum of i for its owner u, added in N(u)'s order as the row adds it, and
 * |N(u)| into *n. */
static double column_tifu(const rr_recsys *s, const col_item *ci, uint32_t u, size_t *n)
{
	const rr_nbrs *t = &s->part.tifu_nb;   /* the columns' caches filled a lazy part's */
	double y = 0;
	for (size_t j = t->start[u]; j < t->start[u + 1]; j++)
		if (ci->u[t->v[j]] != 0)
			y += ci->u[t->v[j]];
	*n = t->start[u + 1] - t->start[u];
	return y;
}

/* The features of (u, i) for the re-ranker of its segment into x (all RR_F_N). */
static void column_features(const rr_recsys *s, const col_item *ci, uint32_t u, size_t pair,
			    int rank, float ease, double *x)
{
	const rr_recpart *p = &s->part;
	const rr_dataset *d = p->ds;
	const double *us = p->user_f + (size_t)u * RR_USER_F;
	double best = s->cols->best_new[u];
	memset(x, 0, RR_F_N * sizeof *x);
	x[RR_F_UPCF] = ci->up[u];
	x[RR_F_EASE] = ease;
	x[RR_F_EASE_RANK] = log1p((double)rank);
	x[RR_F_EASE_REL] = ease / best;
	rec_item_features(ci->it, x);
	x[RR_F_USER_SINCE] = us[0];
	x[RR_F_USER_INV] = us[1];
	if (pair == (size_t)-1)
		return;
	rec_pair_features(p, u, &d->pairs[pair], x);
	size_t ntf;
	double tf = column_tifu(s, ci, u, &ntf);   /* only the owned re-ranker reads it */
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
		return rec_ease_only_score(ease, g == RR_SEG_OWNED ? d->pairs[q].orders : 0);
	if (g == RR_SEG_OTHER && mode == RR_SCORE_LISTS)
		return (double)ease - RR_REC_BELOW;
	/* outside the candidates, rank is n_cand[u]: the candidates' last (recommend.h) */
	double row[RR_F_N];
	column_features(s, ci, u, q, rank, ease, row);
	return rec_seg_prob(s, mode, g, row);
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
	col_item ci = {i, calloc(nu, sizeof(double)), calloc(nu, sizeof(double)),
		       malloc(nu * sizeof(size_t)), p->item_f + (size_t)i * RR_ITEM_F};
	if (!ci.up || !ci.u || !ci.pair) {
		free(ci.up);
		free(ci.u);
		free(ci.pair);
		return err_set("cannot allocate an item column");
	}
	for (uint32_t u = 0; u < d->n_users; u++)
		ci.pair[u] = (size_t)-1;
	for (size_t o = p->cf->ostart[i]; o < p->cf->ostart[i + 1]; o++) {
		ci.u[p->cf->owner[o]] = p->tifu.uo[o];
		ci.pair[p->cf->owner[o]] = p->cf->opair[o];
	}
	column_upcf(s, &ci);
	for (uint32_t u = 0; u < d->n_users; u++) {
		unsigned char g;
		score[u] = column_score(s, &ci, u, mode, &g);
		if (seg)
			seg[u] = g;
	}
	free(ci.up);
	free(ci.u);
	free(ci.pair);
	return 0;
}
