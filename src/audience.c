/* audience.c — audiences from the recommender's scores, and their evaluation. */
#include "audience.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "rank.h"
#include "util.h"

/* ==== the audience index ==== */

void audience_free(rr_audience *a)
{
	if (!a)
		return;
	free(a->utie);
	free(a->ostart);
	free(a->owner);
	free(a);
}

/* Tie keys of the customers: their ids in byte order. */
static uint32_t *user_ties(const rr_dataset *d)
{
	const char **names = malloc((d->n_users ? d->n_users : 1) * sizeof *names);
	if (!names) {
		err_set("cannot allocate %u customer names", d->n_users);
		return NULL;
	}
	for (uint32_t u = 0; u < d->n_users; u++)
		names[u] = dataset_user_name(d, u);
	uint32_t *tie = rank_tie_keys(names, d->n_users);
	free(names);
	return tie;
}

/* The owners of each item (CSR), customers ascending. 0 or -1. */
static int owners_index(const rr_dataset *d, size_t **start, uint32_t **owner)
{
	size_t *st = calloc((size_t)d->n_items + 1, sizeof *st), *fill;
	uint32_t *ow = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *ow);
	fill = malloc((d->n_items ? d->n_items : 1) * sizeof *fill);
	if (!st || !ow || !fill) {
		free(st);
		free(ow);
		free(fill);
		return err_set("cannot allocate the owners of %u items", d->n_items);
	}
	for (size_t p = 0; p < d->n_pairs; p++)
		st[d->pairs[p].item + 1]++;
	for (uint32_t i = 0; i < d->n_items; i++)
		st[i + 1] += st[i];
	memcpy(fill, st, d->n_items * sizeof *fill);
	for (size_t p = 0; p < d->n_pairs; p++)   /* pairs are by customer: owners come ascending */
		ow[fill[d->pairs[p].item]++] = d->pairs[p].user;
	free(fill);
	*start = st;
	*owner = ow;
	return 0;
}

rr_audience *audience_new(rr_recsys *s, int threads, rr_work *w)
{
	const rr_dataset *d = s->part.ds;
	rr_audience *a = calloc(1, sizeof *a);
	if (!a) {
		err_set("cannot allocate the audience index");
		return NULL;
	}
	a->rec = s;
	a->ds = d;
	if (!(a->utie = user_ties(d)) || owners_index(d, &a->ostart, &a->owner) != 0 ||
	    recsys_prepare_columns(s, threads, w) != 0) {
		audience_free(a);
		return NULL;
	}
	return a;
}

/* The top k of item's column col[n_users] (owners masked out when new_only, and skip[u])
 * into out and score; returns how many. mask is scratch [n_users]. */
static int column_top(const rr_audience *a, uint32_t item, const double *col, unsigned char *mask,
		      const unsigned char *skip, int new_only, int k, uint32_t *out, double *score)
{
	uint32_t nu = a->ds->n_users;
	if (skip)
		memcpy(mask, skip, nu);
	else
		memset(mask, 0, nu);
	if (new_only)
		for (size_t p = a->ostart[item]; p < a->ostart[item + 1]; p++)
			mask[a->owner[p]] = 1;
	int got = rank_topk(col, nu, a->utie, mask, k, out);
	for (int r = 0; score && r < got; r++)
		score[r] = col[out[r]];
	return got;
}

int audience_top(const rr_audience *a, uint32_t item, int k, int new_only,
		 const unsigned char *skip, uint32_t *out, double *score)
{
	uint32_t nu = a->ds->n_users;
	double *col = malloc((nu ? nu : 1) * sizeof *col);
	unsigned char *mask = malloc(nu ? nu : 1);
	int got = -1;
	if (!col || !mask)
		err_set("cannot allocate the scores of %u customers", nu);
	else if (recsys_item_column(a->rec, item, col, NULL, RR_SCORE_OTHERS) == 0)
		got = column_top(a, item, col, mask, skip, new_only, k, out, score);
	free(col);
	free(mask);
	return got;
}

/* ---- many items: one pass over the customers ----
 * An item's column costs a pass over every customer's candidates (a few milliseconds), so a
 * thousand audiences would cost seconds; scoring each customer once (recsys_score, a fraction
 * of a millisecond) and keeping every item's best k in a small heap costs one pass in all. The
 * scores are the same numbers bit for bit (recommend.h), and so are the lists. */

typedef struct aud_entry {
	double score;
	uint32_t user;
} aud_entry;

/* Does a rank before b: higher score, then the customer id's byte order. */
static int aud_better(const rr_audience *a, const aud_entry *x, const aud_entry *y)
{
	return x->score > y->score || (x->score == y->score && a->utie[x->user] < a->utie[y->user]);
}

/* Offer e to heap h (n held of k): a min-heap on aud_better, its root the worst kept. */
static void heap_offer(const rr_audience *a, aud_entry *h, int *n, int k, aud_entry e)
{
	int i;
	if (*n < k) {
		for (i = (*n)++; i > 0 && aud_better(a, &h[(i - 1) / 2], &e); i = (i - 1) / 2)
			h[i] = h[(i - 1) / 2];
		h[i] = e;
		return;
	}
	if (!aud_better(a, &e, &h[0]))
		return;
	for (i = 0;;) {   /* e replaces the root and sinks */
		int c = 2 * i + 1;
		if (c >= k)
			break;
		if (c + 1 < k && aud_better(a, &h[c], &h[c + 1]))
			c++;
		if (!aud_better(a, &e, &h[c]))
			break;
		h[i] = h[c];
		i = c;
	}
	h[i] = e;
}

typedef struct pass_job {
	const rr_audience *a;
	const uint32_t *col_of;  /* [n_items] the export's column of each item, or RR_NONE */
	uint32_t n;              /* items exported */
	int k, new_only;
	uint32_t t, step;
	aud_entry *heap;         /* [n × k] this job's heaps */
	int *held;               /* [n] */
	rr_work *w;              /* job 0 reports to it; the others only read its stop flag */
	int rc;
	char err[256];           /* err_set is per thread: the message travels back here */
} pass_job;

static void *pass_run(void *arg)
{
	pass_job *j = arg;
	const rr_dataset *d = j->a->ds;
	rr_rec_work rw;
	double *score = malloc((d->n_items ? d->n_items : 1) * sizeof *score);
	if (!score || rec_work_alloc(&rw, &j->a->rec->part) != 0) {
		free(score);
		j->rc = -1;
		snprintf(j->err, sizeof j->err, "cannot allocate the scores of %u items", d->n_items);
		return NULL;
	}
	for (uint32_t u = j->t; u < d->n_users && j->rc == 0; u += j->step) {
		if (j->t == 0 ? work_tick(j->w, RR_PHASE_EVAL, "audience", u, d->n_users, 0)
			      : work_stopped(j->w)) {
			j->rc = -1;
			snprintf(j->err, sizeof j->err, "audience interrupted");
		} else if (recsys_score_mode(j->a->rec, u, &rw, score, RR_SCORE_OTHERS) != 0) {
			j->rc = -1;
			snprintf(j->err, sizeof j->err, "%s", err_msg());
		}
		if (j->rc != 0)
			break;
		if (j->new_only)   /* an owner is no one's new customer: out of the running */
			for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
				score[d->pairs[p].item] = NAN;
		for (uint32_t i = 0; i < d->n_items; i++) {
			uint32_t c = j->col_of[i];
			if (c != RR_NONE && !isnan(score[i]))
				heap_offer(j->a, j->heap + (size_t)c * (size_t)j->k, &j->held[c], j->k,
					   (aud_entry){score[i], u});
		}
	}
	rec_work_free(&rw);
	free(score);
	return NULL;
}

/* Item c's list: the jobs' heaps merged, best first (an insertion sort: threads × k entries). */
static int merge_heaps(const rr_audience *a, const pass_job *job, int nj, uint32_t c, int k,
		       aud_entry *tmp, uint32_t *out, double *score)
{
	int n = 0;
	for (int t = 0; t < nj; t++)
		for (int e = 0; e < job[t].held[c]; e++) {
			aud_entry x = job[t].heap[(size_t)c * (size_t)k + (size_t)e];
			int at = n++;
			for (; at > 0 && aud_better(a, &x, &tmp[at - 1]); at--)
				tmp[at] = tmp[at - 1];
			tmp[at] = x;
		}
	n = n < k ? n : k;
	for (int r = 0; r < n; r++) {
		out[r] = tmp[r].user;
		if (score)
			score[r] = tmp[r].score;
	}
	return n;
}

int audience_top_many(const rr_audience *a, const uint32_t *items, uint32_t n, int k,
		      int new_only, int threads, uint32_t *out, double *score, int *n_out,
		      rr_work *w)
{
	enum { MAX_THREADS = 16, FEW = 8 };
	if (n <= FEW) {   /* a column each is cheaper than a pass over every customer */
		for (uint32_t c = 0; c < n; c++) {
			size_t at = (size_t)c * (size_t)k;
			if ((n_out[c] = audience_top(a, items[c], k, new_only, NULL, out + at,
						     score ? score + at : NULL)) < 0)
				return -1;
		}
		return 0;
	}
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	pass_job job[MAX_THREADS];
	uint32_t ni = a->ds->n_items;
	uint32_t *col_of = malloc((ni ? ni : 1) * sizeof *col_of);
	aud_entry *tmp = malloc((size_t)threads * (size_t)k * sizeof *tmp);
	int nj = 0, rc = col_of && tmp ? 0 : err_set("cannot allocate %u audiences", n);
	for (; rc == 0 && nj < threads; nj++) {
		job[nj] = (pass_job){.a = a, .col_of = col_of, .n = n, .k = k, .new_only = new_only,
				     .t = (uint32_t)nj, .step = (uint32_t)threads, .w = w};
		job[nj].heap = malloc((size_t)n * (size_t)k * sizeof *job[nj].heap);
		job[nj].held = calloc(n, sizeof *job[nj].held);
		if (!job[nj].heap || !job[nj].held)
			rc = err_set("cannot allocate %u audiences", n);
	}
	if (rc == 0) {
		memset(col_of, 0xFF, ni * sizeof *col_of);
		for (uint32_t c = 0; c < n; c++)
			col_of[items[c]] = c;
		rr_parallel(pass_run, job, sizeof *job, nj);
		for (int t = 0; t < nj && rc == 0; t++)
			if (job[t].rc != 0)
				rc = err_set("%s", job[t].err);
		if (rc == 0 && work_stopped(w))
			rc = err_set("audience interrupted");
	}
	for (uint32_t c = 0; rc == 0 && c < n; c++)
		n_out[c] = merge_heaps(a, job, nj, c, k, tmp, out + (size_t)c * (size_t)k,
				       score ? score + (size_t)c * (size_t)k : NULL);
	for (int t = 0; t < nj; t++) {
		free(job[t].heap);
		free(job[t].held);
	}
	free(col_of);
	free(tmp);
	return rc;
}

/* ==== evaluate audience ==== */

/* The baselines: customers by all their orders (invoices of any item before the cutoff); by
 * their orders of the item, then the rest by all their orders (the pair's order count, the
 * labels' own measure: t17 found it a far stronger baseline than all orders, 0.52 against
 * 0.26 on Online Retail II, and a table without it flattered relrec); and those who bought
 * it, latest purchase first, then the rest by all their orders. */
const char *const rr_aud_method_names[RR_AUD_METHODS] = {"relrec", "all orders",
							 "orders of the item",
							 "bought it, latest first"};

/* What the evaluation needs about the split, by evaluated customer e (0..n_eval). */
typedef struct aud_split {
	const rr_tsplit *sp;
	uint32_t n_eval, n_items;
	size_t *tstart;          /* [n_items+1] item i's test buyers: e in tbuyer[tstart[i] ..) */
	uint32_t *tbuyer;
	uint32_t *etie;          /* [n_eval] tie keys of the evaluated customers */
	uint32_t *items;         /* items evaluated on some task */
	uint32_t n_eval_items;
	unsigned char *task;     /* [n_items] bit 1 << task when evaluated on it */
} aud_split;

static void aud_split_free(aud_split *a)
{
	free(a->tstart);
	free(a->tbuyer);
	free(a->etie);
	free(a->items);
	free(a->task);
}

/* Did evaluated customer e buy item i before the cutoff? */
static int owned_before(const aud_split *a, uint32_t e, uint32_t i)
{
	return dataset_find_pair(a->sp->train, a->sp->eval_user[e], i) != (size_t)-1;
}

/* Test buyers by item, and which items each task evaluates. 0 or -1. */
static int aud_split_init(aud_split *a, const rr_tsplit *sp, uint32_t min_buyers)
{
	memset(a, 0, sizeof *a);
	a->sp = sp;
	a->n_eval = sp->n_eval;
	a->n_items = sp->train->n_items;
	uint32_t ni = a->n_items, ne = a->n_eval;
	size_t nt = sp->truth_start[ne];
	a->tstart = calloc((size_t)ni + 1, sizeof *a->tstart);
	a->tbuyer = malloc((nt ? nt : 1) * sizeof *a->tbuyer);
	a->items = malloc((ni ? ni : 1) * sizeof *a->items);
	a->task = calloc(ni ? ni : 1, 1);
	uint32_t *tie = user_ties(sp->train);
	size_t *fill = malloc((ni ? ni : 1) * sizeof *fill);
	a->etie = malloc((ne ? ne : 1) * sizeof *a->etie);
	int rc = a->tstart && a->tbuyer && a->items && a->task && tie && fill && a->etie ? 0 : -1;
	if (rc == 0) {
		for (uint32_t e = 0; e < ne; e++)
			a->etie[e] = tie[sp->eval_user[e]];
		for (size_t t = 0; t < nt; t++)
			if (sp->truth_item[t] != RR_NONE)
				a->tstart[sp->truth_item[t] + 1]++;
		for (uint32_t i = 0; i < ni; i++)
			a->tstart[i + 1] += a->tstart[i];
		memcpy(fill, a->tstart, ni * sizeof *fill);
		for (uint32_t e = 0; e < ne; e++)
			for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++)
				if (sp->truth_item[t] != RR_NONE)
					a->tbuyer[fill[sp->truth_item[t]]++] = e;
		for (uint32_t i = 0; i < ni; i++) {
			uint32_t all = (uint32_t)(a->tstart[i + 1] - a->tstart[i]), fresh = 0;
			for (size_t t = a->tstart[i]; t < a->tstart[i + 1]; t++)
				fresh += !owned_before(a, a->tbuyer[t], i);
			a->task[i] = (all >= min_buyers) << RR_TASK_ALL | (fresh >= min_buyers) << RR_TASK_NEW;
			if (a->task[i])
				a->items[a->n_eval_items++] = i;
		}
	} else {
		err_set("cannot allocate the audience evaluation");
	}
	free(tie);
	free(fill);
	if (rc != 0)
		aud_split_free(a);
	return rc;
}

/* The scores of method m for item i by evaluated customer: relrec from its column of every
 * train customer (rcol), then the baselines. */
static void method_scores(const aud_split *a, const double *rcol, uint32_t i, int m, double *col)
{
	const rr_dataset *tr = a->sp->train;
	for (uint32_t e = 0; e < a->n_eval; e++) {
		uint32_t u = a->sp->eval_user[e];
		if (m == 0) {
			col[e] = rcol[u];
		} else if (m == 1) {
			col[e] = tr->user_invoices[u];
		} else {
			size_t p = dataset_find_pair(tr, u, i);
			/* owners first, by the pair's orders or its newest purchase; then the rest
			 * by all their orders (invoices never reach 1e9) */
			col[e] = p == (size_t)-1 ? tr->user_invoices[u]
			       : m == 2 ? 1e9 + tr->pairs[p].orders : 1e9 + tr->pairs[p].last;
		}
	}
}

/* Add item i's metrics on task for every method and cut-off to out. */
static void eval_item(const aud_split *a, const double *rcol, uint32_t i, int task,
		      rr_aud_eval *out, double *col, unsigned char *skip, unsigned char *rel,
		      uint32_t *list)
{
	size_t n_truth = 0;
	memset(rel, 0, a->n_eval);
	for (uint32_t e = 0; e < a->n_eval; e++)
		skip[e] = task == RR_TASK_NEW && owned_before(a, e, i);
	for (size_t t = a->tstart[i]; t < a->tstart[i + 1]; t++)
		if (!skip[a->tbuyer[t]]) {
			rel[a->tbuyer[t]] = 1;
			n_truth++;
		}
	int kmax = 0;
	for (int j = 0; j < out->n_k; j++)
		kmax = out->k[j] > kmax ? out->k[j] : kmax;
	for (int m = 0; m < RR_AUD_METHODS; m++) {
		method_scores(a, rcol, i, m, col);
		int got = rank_topk(col, a->n_eval, a->etie, skip, kmax, list);
		for (int j = 0; j < out->n_k; j++) {
			rr_rank_metrics rm;
			rank_metrics(list, got, out->k[j], rel, n_truth, &rm);
			out->ndcg[m][task][j] += rm.ndcg;
			out->precision[m][task][j] += rm.precision;
			out->recall[m][task][j] += rm.recall;
		}
	}
	out->items[task]++;
}

/* Items of the test period no one bought before the cutoff, bought after it by at least
 * min_buyers evaluated customers (those of the test period the history knows): no method has
 * a history of them to rank their buyers by, so they are left out, and counted for the table's
 * words. */
static uint32_t unseen_items(const rr_tsplit *sp, uint32_t min_buyers)
{
	const rr_dataset *tr = sp->train, *te = sp->test;
	uint32_t n = 0;
	uint32_t *buyers = calloc(te->n_items ? te->n_items : 1, sizeof *buyers);
	if (!buyers)
		return 0;
	for (uint32_t u = 0; u < te->n_users; u++) {
		if (tr->user_of_cust[te->user_code[u]] == RR_NONE)
			continue;   /* no history: not evaluated */
		for (size_t q = te->user_start[u]; q < te->user_start[u + 1]; q++)
			buyers[te->pairs[q].item]++;
	}
	for (uint32_t i = 0; i < te->n_items; i++)
		n += buyers[i] >= min_buyers && tr->item_of_code[te->item_code[i]] == RR_NONE;
	free(buyers);
	return n;
}

int audience_evaluate(const rr_tsplit *sp, rr_recsys *s, uint32_t min_buyers,
		      const int *ks, int n_k, int threads, rr_aud_eval *out, rr_work *w)
{
	memset(out, 0, sizeof *out);
	out->n_k = n_k < RR_EVAL_MAX_K ? n_k : RR_EVAL_MAX_K;
	memcpy(out->k, ks, (size_t)out->n_k * sizeof *ks);
	aud_split a;
	if (aud_split_init(&a, sp, min_buyers) != 0)
		return -1;
	out->unseen = unseen_items(sp, min_buyers);
	uint32_t ne = a.n_eval;
	double *rcol = malloc((sp->train->n_users + 1) * sizeof *rcol);
	double *col = malloc((ne + 1) * sizeof *col);
	unsigned char *skip = malloc(ne + 1), *rel = malloc(ne + 1);
	uint32_t *list = malloc((ne + 1) * sizeof *list);
	int rc = rcol && col && skip && rel && list ? 0 : err_set("cannot allocate the audience evaluation");
	if (rc == 0)
		rc = recsys_prepare_columns(s, threads, w);
	for (uint32_t c = 0; rc == 0 && c < a.n_eval_items; c++) {
		uint32_t i = a.items[c];
		if (work_tick(w, RR_PHASE_EVAL, "audience: ranking", c, a.n_eval_items, 0)) {
			rc = err_set("evaluation interrupted");
			break;
		}
		if ((rc = recsys_item_column(s, i, rcol, NULL, RR_SCORE_OTHERS)) != 0)
			break;
		for (int task = 0; task < RR_TASK_N; task++)
			if (a.task[i] >> task & 1)
				eval_item(&a, rcol, i, task, out, col, skip, rel, list);
	}
	for (int m = 0; m < RR_AUD_METHODS; m++)
		for (int task = 0; task < RR_TASK_N; task++)
			for (int j = 0; j < out->n_k; j++) {   /* over no item: NaN, not 0 */
				double n = out->items[task] ? out->items[task] : NAN;
				out->ndcg[m][task][j] /= n;
				out->precision[m][task][j] /= n;
				out->recall[m][task][j] /= n;
			}
	free(rcol);
	free(col);
	free(skip);
	free(rel);
	free(list);
	aud_split_free(&a);
	return rc;
}

rr_table *aud_eval_table(const rr_aud_eval *e, const char *title)
{
	static const char *const head[] = {"method", "task", "k", "NDCG", "precision", "recall",
					   "items"};
	rr_table *t = table_new(7, title);
	if (!t)
		return NULL;
	for (int c = 0; c < 7; c++)
		table_head(t, c, head[c], c < 2 ? 'l' : 'r');
	for (int task = 0; task < RR_TASK_N; task++)
		for (int j = 0; j < e->n_k; j++)
			for (int m = 0; m < RR_AUD_METHODS; m++) {
				int row = table_add_row(t);
				table_set(t, row, 0, "%s", rr_aud_method_names[m]);
				table_set(t, row, 1, "%s", task == RR_TASK_ALL ? "all" : "new");
				table_set(t, row, 2, "%d", e->k[j]);
				table_num(t, row, 3, "%.4f", e->ndcg[m][task][j]);
				table_num(t, row, 4, "%.4f", e->precision[m][task][j]);
				table_num(t, row, 5, "%.4f", e->recall[m][task][j]);
				table_set(t, row, 6, "%u", e->items[task]);
			}
	return t;
}
