/* recommend.c — LR2-CF: fitting by transfer (SPEC §2.6), scoring, every customer's top K. */
#include "recommend.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cblas.h>

#include "baselines.h"
#include "blaspin.h"
#include "ease.h"
#include "err.h"
#include "mem.h"
#include "rank.h"
#include "recfeat.h"
#include "util.h"

#define L2 1e-4          /* the re-rankers' penalty (SPEC §2.5) */
#define NEWTON_STEPS 25
#define CAL_TOP 10       /* the merge is calibrated on each training customer's top CAL_TOP */
#define ORDER_L2 3e-2    /* the lists' never-bought order's penalty per training customer
                            (chosen on both public files' inner windows from 1e-4 to 0.3) */
#define NSEG 3           /* the training rows: owned, new, outside (enum rr_rec_seg) */

/* ==== training rows ==== */

/* The rows of one segment: compact feature vectors of its re-ranker, labels. */
typedef struct seg_rows {
	size_t n;
	double *x;             /* (n, lr->n) */
	unsigned char *y;      /* [n] bought in the label period */
	uint32_t *item;        /* [n] the row's item */
} seg_rows;

/* Where each training customer's rows go, so threads fill disjoint ranges in customer order. */
typedef struct gather_job {
	const rr_recpart *p;
	const rr_tsplit *sp;
	const rr_logreg *lr;   /* [2] (n and feat set): the outside rows are the new ones' */
	seg_rows *rows;        /* [NSEG] */
	const uint32_t *sel;   /* [n_sel] the training customers (indices into sp's eval list) */
	uint32_t n_sel;
	const size_t *off;     /* [n_sel × NSEG] first row of each customer per segment */
	uint32_t t, step;
	rr_rec_work w;
	unsigned char *rel;    /* [n_items] */
	rr_work *wk;           /* progress (job 0 only) */
	int rc;
} gather_job;

/* Item i's row of segment g into its next place *at. */
static void gather_row(gather_job *j, int g, uint32_t i, size_t *at)
{
	seg_rows *r = &j->rows[g];
	const rr_logreg *lr = &j->lr[g == RR_SEG_OTHER ? RR_SEG_NEW : g];
	rec_gather(lr, j->w.x + (size_t)i * RR_F_N, r->x + *at * (size_t)lr->n);
	r->item[*at] = i;
	r->y[(*at)++] = j->rel[i];
}

/* The k-th training customer's candidate rows (and its sample of the items outside them)
 * into its ranges. */
static void gather_customer(gather_job *j, uint32_t k)
{
	const rr_tsplit *sp = j->sp;
	const rr_dataset *d = j->p->ds;
	uint32_t e = j->sel[k], u = sp->eval_user[e];
	size_t at[NSEG];
	for (int g = 0; g < NSEG; g++)
		at[g] = j->off[k * NSEG + g];
	for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++)
		if (sp->truth_item[t] != RR_NONE)
			j->rel[sp->truth_item[t]] = 1;
	recpart_features(j->p, u, &j->w, NULL, RR_REC_OUTSIDE);
	/* rows in item order: owned pairs are by item; the candidates are sorted by rank */
	for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++)
		gather_row(j, RR_SEG_OWNED, d->pairs[q].item, &at[0]);
	for (uint32_t c = 0; c < j->w.n_cand; c++)
		gather_row(j, RR_SEG_NEW, j->w.cand[c], &at[1]);
	for (uint32_t c = 0; c < j->w.n_sample; c++)
		gather_row(j, RR_SEG_OTHER, j->w.items[j->w.n_owned + c], &at[2]);
	for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++)
		if (sp->truth_item[t] != RR_NONE)
			j->rel[sp->truth_item[t]] = 0;
}

static void *gather_run(void *arg)
{
	gather_job *j = arg;
	for (uint32_t k = j->t; k < j->n_sel; k += j->step) {
		/* job 0 runs on the command's thread (rr_parallel): it reports and reads the stop */
		if (j->t == 0 ? work_tick(j->wk, RR_PHASE_EVAL, "fit recommender: features", k,
					  j->n_sel, 0)
			      : work_stopped(j->wk)) {
			j->rc = -1;
			break;
		}
		gather_customer(j, k);
	}
	return NULL;
}

/* Each training customer's first row per segment (off, [(n_sel + 1) × NSEG]: the last NSEG
 * are the segments' ends) and the segments' sizes. */
static int row_offsets(const rr_recpart *p, const rr_tsplit *sp, const uint32_t *sel,
		       uint32_t n_sel, size_t *off, size_t n[NSEG])
{
	n[0] = n[1] = n[2] = 0;
	for (uint32_t k = 0; k < n_sel; k++) {
		uint32_t u = sp->eval_user[sel[k]];
		size_t owned = p->ds->user_start[u + 1] - p->ds->user_start[u];
		size_t cand = recpart_n_candidates(p, u), outside = p->ds->n_items - cand;
		for (int g = 0; g < NSEG; g++)
			off[k * NSEG + g] = n[g];
		n[0] += owned;
		n[1] += cand - owned;
		n[2] += outside < RR_REC_OUTSIDE ? outside : RR_REC_OUTSIDE;
	}
	for (int g = 0; g < NSEG; g++)
		off[(size_t)n_sel * NSEG + g] = n[g];
	return 0;
}

static void seg_rows_free(seg_rows r[NSEG])
{
	for (int s = 0; s < NSEG; s++) {
		free(r[s].x);
		free(r[s].y);
		free(r[s].item);
	}
}

/* The training rows of the inner split's customers, customers split over threads; off
 * receives [(n_sel + 1) × NSEG] each customer's first row per segment (row_offsets). */
static int gather_rows(const rr_recpart *p, const rr_tsplit *sp, const uint32_t *sel,
		       uint32_t n_sel, const rr_logreg lr[2], seg_rows rows[NSEG], size_t *off,
		       int threads, rr_work *wk)
{
	enum { MAX_THREADS = 16 };
	gather_job job[MAX_THREADS];
	size_t n[NSEG];
	int rc = 0, nj = 0;
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	memset(rows, 0, NSEG * sizeof *rows);
	row_offsets(p, sp, sel, n_sel, off, n);
	for (int s = 0; s < NSEG && rc == 0; s++) {
		rows[s].n = n[s];
		size_t bytes = (n[s] ? n[s] : 1) * (size_t)lr[s ? RR_SEG_NEW : 0].n * sizeof *rows[s].x;
		rows[s].x = malloc(bytes);
		mem_hint_huge(rows[s].x, bytes);
		rows[s].y = malloc(n[s] ? n[s] : 1);
		rows[s].item = malloc((n[s] ? n[s] : 1) * sizeof *rows[s].item);
		rc = rows[s].x && rows[s].y && rows[s].item ? 0 : -1;
	}
	for (; rc == 0 && nj < threads; nj++) {
		job[nj] = (gather_job){.p = p, .sp = sp, .lr = lr, .rows = rows, .sel = sel,
				       .n_sel = n_sel, .off = off,
				       .t = (uint32_t)nj, .step = (uint32_t)threads, .wk = wk};
		job[nj].rel = calloc(p->ds->n_items ? p->ds->n_items : 1, 1);
		if (!job[nj].rel || rec_work_alloc(&job[nj].w, p) != 0) {
			free(job[nj].rel);
			rc = -1;
			break;
		}
	}
	if (rc != 0)
		err_set("cannot allocate the re-rankers' training rows");
	else
		rr_parallel(gather_run, job, sizeof *job, threads);
	for (int t = 0; t < nj; t++) {
		if (job[t].rc)
			rc = err_set("recommender fit interrupted");
		rec_work_free(&job[t].w);
		free(job[t].rel);
	}
	if (rc != 0)
		seg_rows_free(rows);
	return rc;
}

/* ==== the merge's calibration ==== */

/* A row of one training customer's merged list. */
typedef struct top_row {
	double p;
	uint32_t tie;
	unsigned char seg;
	size_t row;
} top_row;

static int top_before(const top_row *a, const top_row *b)
{
	return a->p > b->p || (a->p == b->p && a->tie < b->tie);
}

/* Keep r in top[0..*n) (at most CAL_TOP, best first). */
static void top_offer(top_row *top, int *n, top_row r)
{
	if (*n == CAL_TOP && !top_before(&r, &top[CAL_TOP - 1]))
		return;
	int k = *n < CAL_TOP ? (*n)++ : CAL_TOP - 1;
	for (; k > 0 && top_before(&r, &top[k - 1]); k--)
		top[k] = top[k - 1];
	top[k] = r;
}

/* Both re-rankers' probabilities merge into one list, but the never-bought one overrates its
 * best rows (chosen from 200 candidates by a linear score, they are its most over-predicted:
 * 1.3–1.7 times the rate they are bought at, on the rows it was fitted on), so merging by
 * them lets too many new items into the lists. Each segment's output map is refitted on the
 * rows that reach the training customers' top CAL_TOP, the part of the scale where the merge
 * is decided; the maps are increasing, so each segment's own order stays (research12,
 * x_results.md 4c, chosen on the transfer pairs). 0 or -1 with err_set. */
static int calibrate_merge(rr_logreg lr[2], const seg_rows rows[2], const size_t *off,
			   uint32_t n_sel, const uint32_t *tie)
{
	size_t cap = (size_t)n_sel * CAL_TOP, n[2] = {0, 0};
	double *z[2] = {malloc((cap ? cap : 1) * sizeof **z), malloc((cap ? cap : 1) * sizeof **z)};
	unsigned char *y[2] = {malloc(cap ? cap : 1), malloc(cap ? cap : 1)};
	int rc = z[0] && z[1] && y[0] && y[1] ? 0 : err_set("cannot allocate the calibration rows");
	for (uint32_t k = 0; k < n_sel && rc == 0; k++) {
		top_row top[CAL_TOP];
		int nt = 0;
		for (int g = 0; g < 2; g++)
			for (size_t q = off[k * NSEG + g]; q < off[(k + 1) * NSEG + g]; q++) {
				const double *x = rows[g].x + q * (size_t)lr[g].n;
				top_offer(top, &nt, (top_row){logreg_prob(&lr[g], x), tie[rows[g].item[q]],
							      (unsigned char)g, q});
			}
		for (int t = 0; t < nt; t++) {
			int g = top[t].seg;
			z[g][n[g]] = logreg_logit(&lr[g], rows[g].x + top[t].row * (size_t)lr[g].n);
			y[g][n[g]++] = rows[g].y[top[t].row];
		}
	}
	for (int g = 0; g < 2 && rc == 0; g++)
		logreg_calibrate(&lr[g], z[g], y[g], n[g]);
	for (int g = 0; g < 2; g++) {
		free(z[g]);
		free(y[g]);
	}
	return rc;
}

/* ==== fitting ==== */

#define STR_(x) #x
#define STR(x) STR_(x)

const char *rec_score_meaning(void)
{
	return "the chance the item is among their purchases of the next " STR(RR_INNER_DAYS)
	       " days if they buy anything in them";
}

const char *recsys_config(const rr_recsys *s)
{
	return s->fitted ? "LR2-CF" : "EASE only";
}

void recsys_free(rr_recsys *s)
{
	if (!s)
		return;
	recpart_free(&s->part);
	rec_cols_free(s->cols);
	free(s);
}

/* Why the re-rankers cannot be fitted, from the labels that failed: a regression needs rows
 * of both labels, and "too small" was said of 250,000 customers whose last 92 days held no
 * new item bought (t24 #6). Each failing re-ranker is named with its count; past
 * RR_REC_TRAIN_MAX customers, of the n_sel sampled from the n_eval of the inner period. */
static void note_unfit(char *note, size_t size, const seg_rows rows[2], const size_t pos[2],
		       uint32_t n_sel, uint32_t n_eval)
{
	static const char *const kind[2] = {"owned", "new"};
	static const char *const again[2] = {" again", ""};
	static const char *const empty[2] = {"no customer of the inner period had bought an item",
					     "every customer of the inner period had bought every item"};
	int k = snprintf(note, size, "EASE only:");
	/* no owned row: nobody had a history, which leaves no new candidate either (t51 F2) */
	if (rows[0].n == 0 && rows[1].n == 0)
		k += snprintf(note + k, size - k, " no customer of the inner period had bought "
			      "anything before its last %d days: neither re-ranker has rows",
			      RR_INNER_DAYS);
	for (int g = 0; g < 2 && k >= 0 && (size_t)k < size; g++) {
		const char *sep = g && k > 10 ? ";" : "";
		if (rows[0].n == 0 && rows[1].n == 0)
			break;
		if (rows[g].n == 0)
			k += snprintf(note + k, size - k, "%s %s before its last %d days: "
				      "the %s items' re-ranker has no rows", sep, empty[g],
				      RR_INNER_DAYS, kind[g]);
		else if (pos[g] == 0 || pos[g] == rows[g].n)
			k += snprintf(note + k, size - k, "%s %s of the %zu %s candidates was bought%s "
				      "in the inner period's last %d days: the %s items' re-ranker has "
				      "no %s label", sep, pos[g] ? "every one" : "none", rows[g].n,
				      kind[g], again[g], RR_INNER_DAYS, kind[g],
				      pos[g] ? "negative" : "positive");
	}
	/* the counts are the sample's, and a reader of them must know it (t24/e17) */
	if (n_sel < n_eval && k >= 0 && (size_t)k < size)
		snprintf(note + k, size - k, " (counted among the %u customers sampled from the "
			 "inner period's %u)", n_sel, n_eval);
}

/* The outside map on its rows (pos of them bought): a logistic regression of their labels on
 * the never-bought re-ranker's logit and the item's popularity (rec_outside_inputs), so that
 * the order of the customers outside one item's candidates stays that re-ranker's while the
 * chances fit the items outside the candidates, rare ones too. Rows of one label cannot fit
 * it: the never-bought re-ranker then scores them as it is (outside_fitted 0). 0 or -1. */
static int fit_outside(rr_recsys *s, const seg_rows *r, size_t pos, rr_work *w)
{
	rr_logreg *m = &s->outside;
	s->outside_fitted = 0;
	if (pos == 0 || pos == r->n)
		return 0;
	if (work_tick(w, RR_PHASE_EVAL, "fit recommender: chances outside the candidates", 2, 2,
		      1))
		return err_set("recommender fit interrupted");
	double *z = malloc(r->n * 2 * sizeof *z);
	if (!z)
		return err_set("cannot allocate the outside map's rows");
	for (size_t k = 0; k < r->n; k++)
		rec_outside_inputs(s, r->x + k * (size_t)s->lr[RR_SEG_NEW].n, z + 2 * k);
	m->n = 2;
	int rc = logreg_fit(m, z, r->y, r->n, L2, NEWTON_STEPS);
	free(z);
	s->outside_fitted = rc == 0;
	return rc;
}

/* The lists' re-rankers (rr_recsys.list) from the fitted lr: the owned one's weights, and
 * the never-bought candidates' order, a conditional logit over each training customer's
 * candidates (r, its rows; off, row_offsets') started from lr[RR_SEG_NEW]'s weights, on its
 * standardization and bounds. Both maps are then calibrated on the lists' merge. 0 or -1. */
static int fit_list_order(rr_recsys *s, const seg_rows *r, const size_t *off, uint32_t n_sel,
			  rr_work *w)
{
	size_t *group = malloc(((size_t)n_sel + 1) * sizeof *group);
	if (!group)
		return err_set("cannot allocate the recommender");
	for (uint32_t k = 0; k <= n_sel; k++)
		group[k] = off[(size_t)k * NSEG + RR_SEG_NEW];
	s->list[RR_SEG_OWNED] = s->lr[RR_SEG_OWNED];
	s->list[RR_SEG_NEW] = s->lr[RR_SEG_NEW];
	if (work_tick(w, RR_PHASE_EVAL, "fit recommender: order of new items", 1, 1, 1)) {
		free(group);
		return err_set("recommender fit interrupted");
	}
	/* no customer with a bought and an unbought candidate (a tiny catalogue), or a singular
	 * Hessian: the lists order by the regression, as audiences do */
	if (condlogit_fit(&s->list[RR_SEG_NEW], r->x, r->y, group, n_sel, ORDER_L2,
			  NEWTON_STEPS) != 0)
		s->list[RR_SEG_NEW] = s->lr[RR_SEG_NEW];
	free(group);
	return 0;
}

/* Both re-rankers on the inner split (SPEC §2.6 steps 2–5). 1 when fitted, 0 when the inner
 * period cannot fit them (s->note says why), -1 on error. */
static int fit_rerankers(rr_recsys *s, const rr_tsplit *sp, int32_t v, int threads, rr_work *w)
{
	rr_recpart inner;
	seg_rows rows[NSEG];
	/* the training customers: every customer of the inner period up to RR_REC_TRAIN_MAX,
	 * past it a regular sample of them (customer k·n/RR_REC_TRAIN_MAX of the list) */
	uint32_t n_sel = sp->n_eval < RR_REC_TRAIN_MAX ? sp->n_eval : RR_REC_TRAIN_MAX;
	uint32_t *sel = malloc((n_sel ? n_sel : 1) * sizeof *sel);
	unsigned char *only = calloc(sp->train->n_users ? sp->train->n_users : 1, 1);
	if (!only || !sel) {
		free(sel);
		free(only);
		return err_set("cannot allocate the recommender");
	}
	for (uint32_t k = 0; k < n_sel; k++) {   /* neighbours only for the training customers */
		sel[k] = (uint32_t)((uint64_t)k * sp->n_eval / n_sel);
		only[sp->eval_user[sel[k]]] = 1;
	}
	int rc = recpart_init(&inner, sp->train, v, only, threads, w,
			      "fit recommender: EASE (inner period)", NULL);
	free(only);
	if (rc != 0) {
		free(sel);
		return -1;
	}
	for (int g = 0; g < 2; g++)
		s->lr[g].n = rec_segment_features((enum rr_rec_seg)g, s->lr[g].feat);
	size_t *off = malloc(((size_t)n_sel + 1) * NSEG * sizeof *off);
	rc = off ? gather_rows(&inner, sp, sel, n_sel, s->lr, rows, off, threads, w)
		 : err_set("cannot allocate the recommender");
	free(sel);
	if (rc != 0) {
		free(off);
		recpart_free(&inner);
		return -1;
	}
	size_t pos[NSEG] = {0, 0, 0};
	for (int g = 0; g < NSEG; g++) {
		for (size_t i = 0; i < rows[g].n; i++)
			pos[g] += rows[g].y[i];
		s->n_rows[g] = rows[g].n;
	}
	s->n_train = n_sel;
	if (!pos[0] || pos[0] == rows[0].n || !pos[1] || pos[1] == rows[1].n) {
		note_unfit(s->note, sizeof s->note, rows, pos, n_sel, sp->n_eval);
		seg_rows_free(rows);
		free(off);
		recpart_free(&inner);
		return 0;
	}
	for (int g = 0; g < 2 && rc == 0; g++) {
		if (work_tick(w, RR_PHASE_EVAL, g ? "fit recommender: re-ranker of new items"
						  : "fit recommender: re-ranker of owned items", g, 2, 1))
			rc = err_set("recommender fit interrupted");
		else
			rc = logreg_fit(&s->lr[g], rows[g].x, rows[g].y, rows[g].n, L2, NEWTON_STEPS);
	}
	/* the never-bought candidates' item features drift out of the fit's range at scoring
	 * (popularity counts and ages grow with the history): they are bounded to the range the
	 * fit rows held, not widened by its width as logreg_fit's bounds are, before the merge's
	 * calibration and the outside map read the logits (research18 C1: on ten transfer pairs of
	 * Online Retail and II, NDCG@10 all +0.0016 on average, new +0.0008) */
	if (rc == 0)
		logreg_bound_to_rows(&s->lr[RR_SEG_NEW], rows[RR_SEG_NEW].x, rows[RR_SEG_NEW].n);
	if (rc == 0)
		rc = fit_list_order(s, &rows[RR_SEG_NEW], off, n_sel, w);
	if (rc == 0)
		rc = calibrate_merge(s->lr, rows, off, n_sel, inner.tie);
	if (rc == 0)
		rc = calibrate_merge(s->list, rows, off, n_sel, inner.tie);
	if (rc == 0)
		rc = fit_outside(s, &rows[RR_SEG_OTHER], pos[RR_SEG_OTHER], w);
	seg_rows_free(rows);
	free(off);
	recpart_free(&inner);
	return rc == 0 ? 1 : -1;
}

/* The fit's two independent halves, on two threads, about half of the work each: the inner
 * split, made here unless the caller gives it, and the re-rankers fitted on it (on the
 * command's thread, which reports progress); and EASE on the whole history (the larger of the
 * two inverses) followed by the whole history's features and neighbour lists (recpart_start,
 * which reports nothing). Each inverse is single-threaded while they overlap. */
typedef struct fit_half {
	int half;                 /* 0 or 1, as above */
	rr_recsys *s;
	const rr_rows *r;         /* half 0: the history's rows and cleaning, for the split */
	const rr_clean *c;
	const rr_dataset *ds;     /* the whole history, ending at t_end (half 1 fits it; half 0
	                             names its size in the time note) */
	int32_t t_end;
	int32_t v;                /* half 0: the inner period's start */
	const rr_tsplit *inner;   /* half 0: the caller's inner split, or NULL: made into own */
	rr_tsplit *own;           /* half 0: the split it made (the caller frees it), or NULL */
	char no_split[160];       /* half 0: why there is no inner split */
	int threads;
	rr_work *w;               /* half 0: the command's progress and stop */
	int fitted;               /* half 0: fit_rerankers' result */
	rr_ease *ease;            /* half 1: EASE on ds (handed to the recommender) */
	char err[256];            /* the half's error (err_set is per thread) */
} fit_half;

static int fit_first_half(fit_half *h)
{
	const rr_tsplit *sp = h->inner;
	if (!sp && !(sp = h->own = split_new_range(h->r, h->c, h->v, h->t_end))) {
		snprintf(h->no_split, sizeof h->no_split, "%s", err_msg());
		ease_say_uncut(h->w, "fit recommender", 0, h->ds->n_items);
		return 0;
	}
	/* here, on the command's thread, once both catalogues are known */
	ease_say_uncut(h->w, "fit recommender", sp->train->n_items, h->ds->n_items);
	return (h->fitted = fit_rerankers(h->s, sp, h->v, h->threads, h->w)) < 0 ? -1 : 0;
}

static void *fit_half_run(void *arg)
{
	fit_half *h = arg;
	int rc = h->half == 0 ? fit_first_half(h)
		 : !(h->ease = ease_fit_dataset(h->ds, RR_REC_LAMBDA)) ||
			   recpart_start(&h->s->part, h->ds, h->t_end, NULL, h->threads) != 0 ? -1 : 0;
	if (rc != 0)
		snprintf(h->err, sizeof h->err, "%s", err_msg());
	return NULL;
}

/* Run both halves; -1 with the first half's error when one failed. */
static int fit_halves(fit_half h[2])
{
	int blas = openblas_get_num_threads();
	blas_set_threads(1);
	rr_parallel(fit_half_run, h, sizeof *h, 2);
	blas_set_threads(blas);
	for (int k = 0; k < 2; k++)
		if (h[k].err[0])
			return err_set("%s", h[k].err);
	return 0;
}

/* The note ends with EASE's cap when the catalogue passes it: every other item's EASE score
 * is 0, its place by EASE only the tie by stock code (t19: the cap was said nowhere). */
static void note_ease_scope(rr_recsys *s)
{
	char scope[96];
	if (!*ease_scope(s->part.ease, scope, sizeof scope))
		return;
	size_t k = strlen(s->note);
	snprintf(s->note + k, sizeof s->note - k, "%s%s, every other item's EASE score 0", k ? "; " : "",
		 scope);
}

rr_recsys *recsys_fit(const rr_rows *r, const rr_clean *c, const rr_dataset *ds, int32_t t_end,
		      const rr_rec_opts *o, rr_work *w)
{
	double t0 = rr_now();
	int threads = o && o->threads > 0 ? o->threads : 1;
	rr_recsys *s = calloc(1, sizeof *s);
	if (!s) {
		err_set("cannot allocate the recommender");
		return NULL;
	}
	if (work_tick(w, RR_PHASE_EVAL, "fit recommender: inner period", 0, 1, 1))
		goto fail;
	fit_half h[2] = {{.half = 0, .s = s, .r = r, .c = c, .ds = ds, .t_end = t_end,
			  .v = split_inner_start(t_end), .inner = o ? o->inner : NULL,
			  .threads = threads, .w = w},
			 {.half = 1, .s = s, .ds = ds, .t_end = t_end, .threads = threads}};
	int rc = fit_halves(h), have_split = h[0].inner || h[0].own;
	split_free(h[0].own);
	if (rc != 0 || work_stopped(w)) {
		ease_free(h[1].ease);
		goto fail;
	}
	if (!have_split)
		snprintf(s->note, sizeof s->note, "EASE only: no inner period (%s)", h[0].no_split);
	s->fitted = h[0].fitted;
	if (s->fitted)
		snprintf(s->note, sizeof s->note,
			 "re-rankers fitted on %u customer%s %zu owned and %zu new candidates: history before the last %d days, purchases in them",
			 s->n_train, s->n_train == 1 ? "'s" : "s'", s->n_rows[0], s->n_rows[1],
			 RR_INNER_DAYS);
	if (recpart_finish(&s->part, NULL, threads, w, "fit recommender", h[1].ease) != 0)
		goto fail;
	note_ease_scope(s);
	if (work_tick(w, RR_PHASE_EVAL, "fit recommender", 1, 1, 1))
		goto fail;
	s->ds_gen = ds->gen;
	s->seconds = rr_now() - t0;
	return s;
fail:
	if (work_stopped(w))   /* one message whichever stage noticed the stop */
		err_set("recommender fit interrupted");
	recsys_free(s);
	return NULL;
}

/* ==== scoring ==== */

/* The score of item i from the features in w (its segment's re-ranker, or below the
 * candidates in EASE order). */
static double item_score(const rr_recsys *s, const rr_rec_work *w, enum rr_score_mode mode,
			 uint32_t i)
{
	unsigned char g = w->seg[i];
	if (!s->fitted)
		return w->ease[i];
	if (g == RR_SEG_OTHER && mode == RR_SCORE_LISTS)
		return (double)w->ease[i] - RR_REC_BELOW;
	return rec_seg_prob(s, mode, g, w->x + (size_t)i * RR_F_N);
}

void rec_outside_inputs(const rr_recsys *s, const double *x, double *in)
{
	const rr_logreg *lr = &s->lr[RR_SEG_NEW];
	in[0] = logreg_logit(lr, x);
	in[1] = NAN;
	for (int a = 0; a < lr->n; a++)
		if (lr->feat[a] == RR_F_POP)
			in[1] = x[a];
}

double rec_seg_prob(const rr_recsys *s, enum rr_score_mode mode, int g, const double *row)
{
	double x[RR_LR_MAX], in[2];
	const rr_logreg *m = rec_model(s, mode, g);
	rec_gather(m, row, x);
	if (g != RR_SEG_OTHER || !s->outside_fitted)
		return logreg_prob(m, x);
	rec_outside_inputs(s, x, in);
	return logreg_prob(&s->outside, in);
}

double rec_shown_score(const rr_recsys *s, double score)
{
	/* candidates score in [0, 1]; the others' EASE scores are far above -RR_REC_BELOW / 2 */
	return s->fitted && score < -RR_REC_BELOW / 2 ? NAN : score;
}

double rec_ease_only_score(float ease, uint32_t orders)
{
	return (double)ease + orders;
}

/* Customer u's scores from the features in w; EASE alone counts u's own invoices of an item
 * (rec_ease_only_score). */
static void score_from(const rr_recsys *s, uint32_t u, const rr_rec_work *w,
		       enum rr_score_mode mode, double *score)
{
	const rr_dataset *d = s->part.ds;
	for (uint32_t i = 0; i < d->n_items; i++)
		score[i] = item_score(s, w, mode, i);
	if (!s->fitted)
		for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++)
			score[d->pairs[q].item] = rec_ease_only_score(w->ease[d->pairs[q].item],
								      d->pairs[q].orders);
}

int recsys_score_mode(const rr_recsys *s, uint32_t u, rr_rec_work *w, double *score,
		      enum rr_score_mode mode)
{
	if (recpart_features(&s->part, u, w, NULL,
			     mode == RR_SCORE_OTHERS && s->fitted ? RR_REC_ALL_OTHERS : 0) != 0)
		return -1;
	score_from(s, u, w, mode, score);
	return 0;
}

int recsys_score(const rr_recsys *s, uint32_t u, rr_rec_work *w, double *score)
{
	return recsys_score_mode(s, u, w, score, RR_SCORE_LISTS);
}

void rec_list_skip(const rr_dataset *d, uint32_t u, int owned_too, const unsigned char *blocked,
		   unsigned char *skip)
{
	if (blocked)
		memcpy(skip, blocked, d->n_items);
	else
		memset(skip, 0, d->n_items);
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
		skip[d->pairs[p].item] |= !owned_too;
}

int score_recsys(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	rr_rec_eval *e = ctx;
	(void)train;
	return recsys_score(e->s, u, &e->w, score);
}

/* ==== every customer's top K ==== */

/* Customers are scored in chunks: EASE for a chunk at once (one blocked pass), then the chunk's
 * customers split over the threads. The chunk's EASE scores (about TOPK_CHUNK_FLOATS floats,
 * 32 MB) are reused, so memory does not grow with customers × items. Chunk c of m holds the
 * customers c, c + m, c + 2m, ...: each is a sample spread over all of them, so the first one's
 * time foretells the rest's (t52 F4: the first customers in a row, heavier or lighter than the
 * others, made the estimate 3.6 times too long). */
#define TOPK_CHUNK_FLOATS ((size_t)8 << 20)

typedef struct topk_job {
	const rr_recsys *s;
	const float *S;          /* (chunk, n_items) EASE scores of the chunk's customers */
	uint32_t c0, m, cn;      /* the chunk: customers c0 + i·m for i in [0, cn) */
	int k, owned_too;
	uint32_t t, step;        /* this thread does i = t, t + step, ... */
	uint32_t *top;
	double *top_score;
	int *n_top;
	rr_rec_work w;           /* scratch (owned) */
	double *score;           /* [n_items] (owned) */
	unsigned char *skip;     /* [n_items] all zero between customers (owned) */
} topk_job;

static void *topk_run(void *arg)
{
	topk_job *j = arg;
	const rr_recpart *p = &j->s->part;
	const rr_dataset *d = p->ds;
	uint32_t n = d->n_items;
	for (uint32_t i = j->t; i < j->cn; i += j->step) {
		uint32_t u = j->c0 + i * j->m;
		recpart_features(p, u, &j->w, j->S + (size_t)i * n, 0);
		score_from(j->s, u, &j->w, RR_SCORE_LISTS, j->score);
		if (!j->owned_too)
			for (size_t a = d->user_start[u]; a < d->user_start[u + 1]; a++)
				j->skip[d->pairs[a].item] = 1;
		uint32_t *top = j->top + (size_t)u * (size_t)j->k;
		int got = rank_topk(j->score, n, p->tie, j->skip, j->k, top);
		for (size_t a = d->user_start[u]; a < d->user_start[u + 1]; a++)
			j->skip[d->pairs[a].item] = 0;
		j->n_top[u] = got;
		for (int r = 0; j->top_score && r < got; r++)
			j->top_score[(size_t)u * (size_t)j->k + (size_t)r] = j->score[top[r]];
	}
	return NULL;
}

static void topk_jobs_free(topk_job *job, int threads)
{
	for (int t = 0; t < threads; t++) {
		rec_work_free(&job[t].w);
		free(job[t].score);
		free(job[t].skip);
	}
}

/* After a chunk of customers (a sample of all): how long the rest will take, at the pace of
 * that chunk (n customers in spent seconds), when that is long (t43 #10: 1,000,000 items ×
 * 50,000 customers ran 11 minutes, nothing said in a script; the prompt's bar shows the
 * progress, a script's output did not). A timing line: it varies from run to run. */
static void say_topk_time(const rr_work *w, double spent, uint32_t n, uint32_t done,
			  const rr_dataset *d)
{
	double rest = work_pace_s(spent, n, (double)(d->n_users - done));
	if (w && w->sink && rest >= RR_EASE_SAY_S)
		sink_eta(w->sink, "note: every customer's list ranks %u items for each of %u "
			    "customers: about %.0f s more, then the lists are written (a stop, Ctrl-C, "
			    "cuts it short)", d->n_items, d->n_users, rest);
}

/* Chunk c0 of m's customers' items (c0, c0 + m, ...: cn of them) into the CSR cstart/items,
 * as ease_score_users reads it. */
static void topk_gather(const rr_dataset *d, uint32_t c0, uint32_t m, uint32_t cn, size_t *cstart,
			uint32_t *items)
{
	cstart[0] = 0;
	for (uint32_t i = 0; i < cn; i++) {
		uint32_t u = c0 + i * m;
		size_t at = cstart[i];
		for (size_t a = d->user_start[u]; a < d->user_start[u + 1]; a++)
			items[at++] = d->pairs[a].item;
		cstart[i + 1] = at;
	}
}

int recsys_topk_all(const rr_recsys *s, int k, int owned_too, int threads, uint32_t *top,
		    double *top_score, int *n_top, rr_work *w)
{
	enum { MAX_THREADS = 16 };
	const rr_dataset *d = s->part.ds;
	size_t n = d->n_items ? d->n_items : 1;
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	topk_job job[MAX_THREADS];
	memset(job, 0, sizeof job);
	uint32_t chunk = (uint32_t)(TOPK_CHUNK_FLOATS / n);
	chunk = chunk < 64 ? 64 : chunk > d->n_users ? (d->n_users ? d->n_users : 1) : chunk;
	uint32_t m = (d->n_users + chunk - 1) / chunk;   /* chunks, each of at most chunk */
	float *S = malloc(n * chunk * sizeof *S);
	uint32_t *items = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *items);
	size_t *cstart = malloc(((size_t)chunk + 1) * sizeof *cstart);
	int rc = S && items && cstart ? 0 : -1;
	for (int t = 0; t < threads && rc == 0; t++) {
		job[t] = (topk_job){.s = s, .S = S, .m = m, .k = k, .owned_too = owned_too,
				    .t = (uint32_t)t, .step = (uint32_t)threads, .top = top,
				    .top_score = top_score, .n_top = n_top};
		job[t].score = malloc(n * sizeof *job[t].score);
		job[t].skip = calloc(n, 1);
		if (!job[t].score || !job[t].skip || rec_work_alloc(&job[t].w, &s->part) != 0)
			rc = -1;
	}
	if (rc == 0) {
		uint32_t done = 0;
		for (uint32_t c0 = 0; c0 < m; c0++) {
			/* a stop lands between chunks of customers */
			if (work_tick(w, RR_PHASE_EVAL, "every customer's list", done, d->n_users, 0)) {
				rc = err_set("the lists of every customer interrupted");
				break;
			}
			uint32_t cn = (d->n_users - c0 + m - 1) / m;   /* c0 + i·m < n_users */
			double t0 = rr_now();
			topk_gather(d, c0, m, cn, cstart, items);
			ease_score_users(s->part.ease, cn, cstart, items, NULL, S, threads);
			for (int t = 0; t < threads; t++) {
				job[t].c0 = c0;
				job[t].cn = cn;
			}
			rr_parallel(topk_run, job, sizeof *job, threads);
			done += cn;
			/* the pace of the second chunk: the first one's also holds the first touch
			 * of the scores' memory and caches, 3 to 20 times a chunk's EASE time (t52
			 * F4); with two chunks, the first is all there is */
			if (c0 == (m > 2 ? 1 : 0))
				say_topk_time(w, rr_now() - t0, cn, done, d);
		}
	} else {
		rc = err_set("cannot allocate scores for %zu items", n);
	}
	topk_jobs_free(job, threads);
	free(S);
	free(items);
	free(cstart);
	return rc;
}
