/* evaluate.c — the temporal protocol, the baselines and the result table. */
#include "evaluate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "basket.h"
#include "ease.h"
#include "err.h"
#include "ingest.h"

typedef struct user_map {
	uint32_t train_u, test_u;   /* the customer in both datasets */
} user_map;

static int cmp_user_map(const void *a, const void *b)
{
	const user_map *x = a, *y = b;
	return (x->train_u > y->train_u) - (x->train_u < y->train_u);
}

void split_free(rr_tsplit *s)
{
	if (!s)
		return;
	dataset_free(s->train);
	dataset_free(s->test);
	free(s->eval_user);
	free(s->truth_start);
	free(s->truth_item);
	free(s->tie);
	free(s);
}

/* err_set why a period has no pairs, naming the cutoff and the cleaned rows' days. */
static void split_empty_error(const rr_dataset *tr, const rr_dataset *te, int32_t cutoff)
{
	char day[32], a[32], b[32];
	ingest_format_minute(cutoff, day, sizeof day);
	if (tr->kept == 0 && te->kept == 0) {
		err_set("no rows pass the cleaning rules and filters (see stats)");
		return;
	}
	/* the periods meet at the cutoff: the data's first day is the train period's, if any */
	int32_t lo = tr->kept ? tr->min_minute : te->min_minute;
	int32_t hi = te->kept ? te->max_minute : tr->max_minute;
	ingest_format_minute(lo, a, sizeof a);
	ingest_format_minute(hi, b, sizeof b);
	if (tr->n_pairs == 0)
		err_set("no train rows before the cutoff %.10s: the cleaned rows run from %.10s to %.10s",
			day, a, b);
	else
		err_set("no test rows from the cutoff %.10s on: the cleaned rows run from %.10s to %.10s",
			day, a, b);
}

rr_tsplit *split_new(const rr_rows *r, const rr_clean *c, int32_t cutoff)
{
	return split_new_range(r, c, cutoff, INT32_MAX);
}

rr_tsplit *split_new_range(const rr_rows *r, const rr_clean *c, int32_t cutoff, int32_t end)
{
	rr_tsplit *s = calloc(1, sizeof *s);
	user_map *um = NULL;
	const char **codes = NULL;
	if (!s) {
		err_set("cannot allocate the evaluation split");
		return NULL;
	}
	s->cutoff = cutoff;
	if (!(s->train = dataset_build(r, c, INT32_MIN, cutoff)) ||
	    !(s->test = dataset_build(r, c, cutoff, end)))
		goto fail;
	const rr_dataset *tr = s->train, *te = s->test;
	if (tr->n_pairs == 0 || te->n_pairs == 0) {
		split_empty_error(tr, te, cutoff);
		goto fail;
	}
	um = malloc((te->n_users ? te->n_users : 1) * sizeof *um);
	codes = malloc((tr->n_items ? tr->n_items : 1) * sizeof *codes);
	if (!um || !codes)
		goto oom;
	uint32_t n = 0;
	for (uint32_t tu = 0; tu < te->n_users; tu++) {
		uint32_t u = tr->user_of_cust[te->user_code[tu]];
		if (u != RR_NONE) {
			um[n].train_u = u;
			um[n++].test_u = tu;
		}
	}
	qsort(um, n, sizeof *um, cmp_user_map);
	s->n_eval = n;
	s->eval_user = malloc((n ? n : 1) * sizeof *s->eval_user);
	s->truth_start = calloc((size_t)n + 1, sizeof *s->truth_start);
	if (!s->eval_user || !s->truth_start)
		goto oom;
	for (uint32_t e = 0; e < n; e++) {
		uint32_t tu = um[e].test_u;
		s->eval_user[e] = um[e].train_u;
		s->truth_start[e + 1] = s->truth_start[e] + (te->user_start[tu + 1] - te->user_start[tu]);
	}
	s->truth_item = malloc((s->truth_start[n] ? s->truth_start[n] : 1) * sizeof *s->truth_item);
	if (!s->truth_item)
		goto oom;
	for (uint32_t e = 0; e < n; e++) {
		uint32_t tu = um[e].test_u, u = um[e].train_u;
		size_t w = s->truth_start[e];
		int any_new = 0;
		for (size_t p = te->user_start[tu]; p < te->user_start[tu + 1]; p++) {
			uint32_t it = tr->item_of_code[te->item_code[te->pairs[p].item]];
			s->truth_item[w++] = it;
			if (it == RR_NONE || dataset_find_pair(tr, u, it) == (size_t)-1)
				any_new = 1;
		}
		s->n_new_empty += !any_new;
	}
	for (uint32_t i = 0; i < tr->n_items; i++)
		codes[i] = dataset_item_name(tr, i);
	if (!(s->tie = rank_tie_keys(codes, tr->n_items)))
		goto fail;
	free(um);
	free(codes);
	return s;
oom:
	err_set("cannot allocate the evaluation split");
fail:
	free(um);
	free(codes);
	split_free(s);
	return NULL;
}

void eval_result_free(rr_eval_result *r)
{
	if (!r)
		return;
	free(r->line);
	r->line = NULL;
	r->n = r->cap = 0;
}

double eval_result_ndcg(const rr_eval_result *r, const char *method, enum rr_task task, int k)
{
	for (int i = 0; i < r->n; i++)
		if (r->line[i].task == task && r->line[i].k == k && !strcmp(r->line[i].method, method))
			return r->line[i].m.ndcg;
	return NAN;
}

static rr_eval_line *result_add(rr_eval_result *r)
{
	if (r->n == r->cap) {
		int ncap = r->cap ? 2 * r->cap : 16;
		rr_eval_line *nl = realloc(r->line, (size_t)ncap * sizeof *nl);
		if (!nl)
			return NULL;
		r->line = nl;
		r->cap = ncap;
	}
	rr_eval_line *l = &r->line[r->n++];
	memset(l, 0, sizeof *l);
	return l;
}

int evaluate_method(const rr_tsplit *sp, const char *name, rr_score_fn fn, void *ctx,
		    unsigned task_mask, const int *ks, int n_k, rr_eval_result *res, rr_work *w)
{
	const rr_dataset *tr = sp->train;
	uint32_t ni = tr->n_items;
	int kmax = 0;
	for (int j = 0; j < n_k; j++)
		if (ks[j] > kmax)
			kmax = ks[j];
	if (n_k < 1 || n_k > RR_EVAL_MAX_K || kmax < 1)
		return err_set("evaluate: between 1 and %d cutoffs k >= 1 are needed", RR_EVAL_MAX_K);
	double *score = malloc((ni ? ni : 1) * sizeof *score);
	unsigned char *owned = calloc(ni ? ni : 1, 1);
	unsigned char *rel = calloc(ni ? ni : 1, 1);
	unsigned char *seen = calloc((size_t)RR_TASK_N * (size_t)n_k * (ni ? ni : 1), 1);
	uint32_t *top = malloc((size_t)kmax * sizeof *top);
	if (!score || !owned || !rel || !seen || !top) {
		free(score);
		free(owned);
		free(rel);
		free(seen);
		free(top);
		return err_set("cannot allocate the evaluation buffers");
	}
	rr_rank_metrics sum[RR_TASK_N][RR_EVAL_MAX_K];
	uint32_t users[RR_TASK_N] = {0};
	memset(sum, 0, sizeof sum);
	int rc = 0;
	for (uint32_t e = 0; e < sp->n_eval && rc == 0; e++) {
		uint32_t u = sp->eval_user[e];
		if (work_tick(w, RR_PHASE_EVAL, name, e, sp->n_eval, e == 0)) {
			rc = err_set("evaluation interrupted");
			break;
		}
		if (fn(ctx, tr, u, score) != 0) {
			rc = -1;
			break;
		}
		for (size_t p = tr->user_start[u]; p < tr->user_start[u + 1]; p++)
			owned[tr->pairs[p].item] = 1;
		for (int task = 0; task < RR_TASK_N; task++) {
			if (!(task_mask & (1u << task)))
				continue;
			size_t n_truth = 0;
			for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++) {
				uint32_t it = sp->truth_item[t];
				if (task == RR_TASK_NEW && it != RR_NONE && owned[it])
					continue;
				n_truth++;
				if (it != RR_NONE)
					rel[it] = 1;
			}
			if (n_truth > 0) {
				int got = rank_topk(score, ni, sp->tie, task == RR_TASK_NEW ? owned : NULL,
						    kmax, top);
				users[task]++;
				for (int j = 0; j < n_k; j++) {
					rr_rank_metrics m;
					rank_metrics(top, got, ks[j], rel, n_truth, &m);
					sum[task][j].precision += m.precision;
					sum[task][j].recall += m.recall;
					sum[task][j].ndcg += m.ndcg;
					sum[task][j].hit += m.hit;
					sum[task][j].map += m.map;
					unsigned char *sn = seen + ((size_t)task * (size_t)n_k + (size_t)j) * ni;
					for (int r = 0; r < got && r < ks[j]; r++)
						sn[top[r]] = 1;
				}
			}
			for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++)
				if (sp->truth_item[t] != RR_NONE)
					rel[sp->truth_item[t]] = 0;
		}
		for (size_t p = tr->user_start[u]; p < tr->user_start[u + 1]; p++)
			owned[tr->pairs[p].item] = 0;
		if (e + 1 == sp->n_eval)   /* a stop from here on leaves this result whole */
			work_tick(w, RR_PHASE_EVAL, name, e + 1, sp->n_eval, 1);
	}
	for (int task = 0; task < RR_TASK_N && rc == 0; task++) {
		if (!(task_mask & (1u << task)))
			continue;
		for (int j = 0; j < n_k; j++) {
			rr_eval_line *l = result_add(res);
			if (!l) {
				rc = err_set("cannot allocate the evaluation result");
				break;
			}
			double nu = users[task] ? users[task] : 1;
			snprintf(l->method, sizeof l->method, "%s", name);
			l->task = (enum rr_task)task;
			l->k = ks[j];
			l->users = users[task];
			l->m.precision = sum[task][j].precision / nu;
			l->m.recall = sum[task][j].recall / nu;
			l->m.ndcg = sum[task][j].ndcg / nu;
			l->m.hit = sum[task][j].hit / nu;
			l->m.map = sum[task][j].map / nu;
			size_t distinct = 0;
			const unsigned char *sn = seen + ((size_t)task * (size_t)n_k + (size_t)j) * ni;
			for (uint32_t i = 0; i < ni; i++)
				distinct += sn[i];
			l->coverage = ni ? (double)distinct / ni : 0;
		}
	}
	free(score);
	free(owned);
	free(rel);
	free(seen);
	free(top);
	return rc;
}

int score_popularity(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	(void)ctx;
	(void)u;
	for (uint32_t i = 0; i < train->n_items; i++)
		score[i] = train->item_invoices[i];
	return 0;
}

int score_repurchase(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	score_popularity(ctx, train, u, score);
	/* owned items above everything: order count, then last purchase (both exact in a double:
	 * orders·1e7 + minutes since the data began, < 1e7 for 19 years) */
	for (size_t p = train->user_start[u]; p < train->user_start[u + 1]; p++) {
		const rr_pair *q = &train->pairs[p];
		score[q->item] = 1e15 + (double)q->orders * 1e7 + (double)(q->last - train->min_minute);
	}
	return 0;
}

rr_cooc *cooc_new(const rr_dataset *d)
{
	size_t n = d->n_items;
	rr_cooc *c = calloc(1, sizeof *c);
	uint32_t *acc = calloc(n ? n : 1, sizeof *acc);
	rr_baskets *b = NULL;
	if (!c || !acc || !(c->cos = calloc(n ? n * n : 1, sizeof *c->cos)) ||
	    !(c->row_buf = malloc((n ? n : 1) * sizeof *c->row_buf))) {
		err_set("cannot allocate the co-occurrence matrix for %zu items", n);
		goto fail;
	}
	c->n = d->n_items;
	if (!(b = baskets_from_csr(d->n_invoices, d->inv_start, d->inv_items, d->n_items)))
		goto fail;
	for (uint32_t x = 0; x < d->n_items; x++) {
		uint32_t nt = 0;
		baskets_row(b, x, acc, NULL, &nt);
		float *row = c->cos + (size_t)x * n;
		for (uint32_t y = 0; y < d->n_items; y++) {
			if (!acc[y])
				continue;
			row[y] = (float)(acc[y] / sqrt((double)b->count[x] * (double)b->count[y]));
			acc[y] = 0;
		}
	}
	baskets_free(b);
	free(acc);
	return c;
fail:
	baskets_free(b);
	free(acc);
	cooc_free(c);
	return NULL;
}

void cooc_free(rr_cooc *c)
{
	if (!c)
		return;
	free(c->cos);
	free(c->row_buf);
	free(c);
}

int score_cooc(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	rr_cooc *c = ctx;
	size_t n = c->n;
	float *s = c->row_buf;
	memset(s, 0, n * sizeof *s);
	for (size_t p = train->user_start[u]; p < train->user_start[u + 1]; p++) {
		const float *row = c->cos + (size_t)train->pairs[p].item * n;
		for (size_t j = 0; j < n; j++)
			s[j] += row[j];
	}
	/* padded by popularity: items with no co-occurrence rank after all that have one */
	for (size_t j = 0; j < n; j++)
		score[j] = s[j] > 0 ? 1e9 + s[j] : (double)train->item_invoices[j];
	return 0;
}

rr_ease *ease_fit_dataset(const rr_dataset *d, double lambda)
{
	uint32_t *items = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *items);
	if (!items) {
		err_set("cannot allocate %zu pairs", d->n_pairs);
		return NULL;
	}
	if (d->n_items <= RR_EASE_MAX_ITEMS) {
		for (size_t p = 0; p < d->n_pairs; p++)
			items[p] = d->pairs[p].item;
		rr_ease *e = ease_fit(d->n_items, d->n_users, d->user_start, items, NULL, lambda);
		free(items);
		return e;
	}
	/* a large catalogue: fit on the RR_EASE_MAX_ITEMS items with most invoices (ties by
	 * index), each user's pairs restricted to them */
	uint32_t m = RR_EASE_MAX_ITEMS, *order = malloc(d->n_items * sizeof *order);
	int32_t *row = malloc(d->n_items * sizeof *row);
	size_t *ustart = malloc(((size_t)d->n_users + 1) * sizeof *ustart);
	rr_ease *e = NULL;
	if (!order || !row || !ustart) {
		err_set("cannot allocate the ease catalogue");
		goto done;
	}
	for (uint32_t i = 0; i < d->n_items; i++)
		order[i] = i;
	/* a counting sort by invoice count (descending), stable in index */
	uint32_t maxc = 0;
	for (uint32_t i = 0; i < d->n_items; i++)
		if (d->item_invoices[i] > maxc)
			maxc = d->item_invoices[i];
	size_t *cnt = calloc((size_t)maxc + 2, sizeof *cnt);
	if (!cnt) {
		err_set("cannot allocate the ease catalogue");
		goto done;
	}
	for (uint32_t i = 0; i < d->n_items; i++)
		cnt[maxc - d->item_invoices[i] + 1]++;
	for (uint32_t c = 0; c <= maxc; c++)
		cnt[c + 1] += cnt[c];
	for (uint32_t i = 0; i < d->n_items; i++)
		order[cnt[maxc - d->item_invoices[i]]++] = i;
	free(cnt);
	for (uint32_t i = 0; i < d->n_items; i++)
		row[i] = -1;
	for (uint32_t j = 0; j < m; j++)
		row[order[j]] = (int32_t)j;
	size_t k = 0;
	for (uint32_t u = 0; u < d->n_users; u++) {
		ustart[u] = k;
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
			if (row[d->pairs[p].item] >= 0)
				items[k++] = (uint32_t)row[d->pairs[p].item];
	}
	ustart[d->n_users] = k;
	e = ease_fit(m, d->n_users, ustart, items, NULL, lambda);
	if (e) {
		/* the catalogue takes order's first m entries: B's column j is item order[j] */
		uint32_t *col = realloc(order, m * sizeof *col);
		if (col)
			order = NULL;
		if (!col || ease_set_catalogue(e, d->n_items, col) != 0) {
			ease_free(e);
			e = NULL;
			err_set("cannot allocate the ease catalogue");
		}
	}
done:
	free(items);
	free(order);
	free(row);
	free(ustart);
	return e;
}

typedef struct ease_job {
	const rr_dataset *d;
	double lambda;
	rr_ease *out;
} ease_job;

static int ease_job_run(void *arg)
{
	ease_job *j = arg;
	j->out = ease_fit_dataset(j->d, j->lambda);
	return j->out ? 0 : -1;
}

rr_ease *ease_fit_dataset_ticked(const rr_dataset *d, double lambda, rr_work *w,
				 const char *what)
{
	ease_job j = {d, lambda, NULL};
	if (work_run(w, what, ease_job_run, &j) != 0)
		return NULL;
	if (work_stopped(w)) {
		ease_free(j.out);
		err_set("%s interrupted", what);
		return NULL;
	}
	return j.out;
}

int score_ease(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	rr_ease_scorer *es = ctx;
	size_t k = 0;
	for (size_t p = train->user_start[u]; p < train->user_start[u + 1]; p++)
		es->items[k++] = train->pairs[p].item;
	ease_score(es->ease, es->items, NULL, k, es->buf);
	for (uint32_t j = 0; j < es->ease->n_all; j++)
		score[j] = es->buf[j];
	return 0;
}

static const char *const task_name[RR_TASK_N] = {"all", "new"};

rr_table *eval_result_table(const rr_eval_result *res, const char *title)
{
	static const char *const head[] = {"method", "task", "k", "precision", "recall", "ndcg",
					   "hit-rate", "map", "coverage", "customers"};
	rr_table *t = table_new(10, title);
	if (!t)
		return NULL;
	for (int c = 0; c < 10; c++)
		table_head(t, c, head[c], c < 2 ? 'l' : 'r');
	for (int i = 0; i < res->n; i++) {
		const rr_eval_line *l = &res->line[i];
		int r = table_add_row(t);
		if (r < 0)
			break;
		table_set(t, r, 0, "%s", l->method);
		table_set(t, r, 1, "%s", task_name[l->task]);
		table_set(t, r, 2, "%d", l->k);
		table_set(t, r, 3, "%.4f", l->m.precision);
		table_set(t, r, 4, "%.4f", l->m.recall);
		table_set(t, r, 5, "%.4f", l->m.ndcg);
		table_set(t, r, 6, "%.4f", l->m.hit);
		table_set(t, r, 7, "%.4f", l->m.map);
		table_set(t, r, 8, "%.4f", l->coverage);
		table_set(t, r, 9, "%u", l->users);
	}
	return t;
}
