/* evaluate.c — ranking metrics of a method over the evaluated customers, paired comparisons,
 * the result tables and their CSV export. */
#include "evaluate.h"

#include <cblas.h>
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blaspin.h"
#include "csvout.h"
#include "err.h"
#include "ingest.h"
#include "util.h"

static const char *const task_name[RR_TASK_N] = {"all", "new"};

int paired_interval(const double *a, const double *b, size_t n, rr_paired *out)
{
	double s = 0, s2 = 0;
	uint32_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (!isnan(a[i]) && !isnan(b[i])) {
			s += a[i] - b[i];
			m++;
		}
	out->n = m;
	out->mean = m ? s / m : NAN;
	out->lo = out->hi = NAN;
	if (m < 2)
		return -1;
	/* the variance around the mean in a second pass: differences are small, sums are not */
	for (size_t i = 0; i < n; i++)
		if (!isnan(a[i]) && !isnan(b[i])) {
			double d = a[i] - b[i] - out->mean;
			s2 += d * d;
		}
	double half = 1.96 * sqrt(s2 / (m - 1)) / sqrt((double)m);
	out->lo = out->mean - half;
	out->hi = out->mean + half;
	return 0;
}

void eval_result_free(rr_eval_result *r)
{
	if (!r)
		return;
	for (int i = 0; i < r->n; i++)
		free(r->line[i].ndcg_user);
	free(r->line);
	r->line = NULL;
	r->n = r->cap = 0;
}

const rr_eval_line *eval_result_find(const rr_eval_result *r, const char *method,
				     enum rr_task task, int k)
{
	for (int i = 0; i < r->n; i++)
		if (r->line[i].task == task && r->line[i].k == k && !strcmp(r->line[i].method, method))
			return &r->line[i];
	return NULL;
}

double eval_result_ndcg(const rr_eval_result *r, const char *method, enum rr_task task, int k)
{
	const rr_eval_line *l = eval_result_find(r, method, task, k);
	return l ? l->m.ndcg : NAN;
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

/* ==== one method over the customers ==== */

/* Sums of one (task, k) over customers. */
typedef struct eval_sum {
	rr_rank_metrics m;        /* Σ metrics */
	uint32_t users;
	double pop;               /* Σ train invoices of recommended items */
	size_t n_rec;             /* recommended items */
	double repeat, explore;   /* Σ NDCG of the parts (task all) */
	uint32_t users_repeat, users_explore;
	unsigned char *seen;      /* [n_items] recommended to someone (owned) */
	double *ndcg_user;        /* [n_eval] (owned until the line takes it) */
} eval_sum;

/* Everything evaluate_method works with. */
typedef struct eval_run {
	const rr_tsplit *sp;
	const int *ks;
	int n_k, kmax;
	double *score;            /* [n_items] */
	unsigned char *owned;     /* [n_items] the customer's train items */
	unsigned char *rel;       /* [n_items] relevant for the task or part being judged */
	uint32_t *top;            /* [kmax] */
	eval_sum sum[RR_TASK_N][RR_EVAL_MAX_K];
} eval_run;

static void eval_run_free(eval_run *r)
{
	free(r->score);
	free(r->owned);
	free(r->rel);
	free(r->top);
	for (int t = 0; t < RR_TASK_N; t++)
		for (int j = 0; j < RR_EVAL_MAX_K; j++) {
			free(r->sum[t][j].seen);
			free(r->sum[t][j].ndcg_user);
		}
}

static int eval_run_init(eval_run *r, const rr_tsplit *sp, const int *ks, int n_k)
{
	size_t ni = sp->train->n_items ? sp->train->n_items : 1, ne = sp->n_eval ? sp->n_eval : 1;
	memset(r, 0, sizeof *r);
	r->sp = sp;
	r->ks = ks;
	r->n_k = n_k;
	for (int j = 0; j < n_k; j++)
		if (ks[j] > r->kmax)
			r->kmax = ks[j];
	if (n_k < 1 || n_k > RR_EVAL_MAX_K || r->kmax < 1)
		return err_set("evaluate: between 1 and %d cutoffs k >= 1 are needed", RR_EVAL_MAX_K);
	r->score = malloc(ni * sizeof *r->score);
	r->owned = calloc(ni, 1);
	r->rel = calloc(ni, 1);
	r->top = malloc((size_t)r->kmax * sizeof *r->top);
	int ok = r->score && r->owned && r->rel && r->top;
	for (int t = 0; t < RR_TASK_N && ok; t++)
		for (int j = 0; j < n_k && ok; j++) {
			eval_sum *s = &r->sum[t][j];
			s->seen = calloc(ni, 1);
			s->ndcg_user = malloc(ne * sizeof *s->ndcg_user);
			ok = s->seen && s->ndcg_user;
			for (size_t e = 0; ok && e < ne; e++)
				s->ndcg_user[e] = NAN;
		}
	if (!ok) {
		eval_run_free(r);
		return err_set("cannot allocate the evaluation buffers");
	}
	return 0;
}

/* Mark customer e's truth in r->rel: which = 0 the whole truth, 1 the items they own (repeat),
 * 2 the others (explore, the new task's truth); value 1 sets, 0 clears. Returns |that truth|,
 * items outside the catalogue included (misses). */
static size_t mark_truth(eval_run *r, uint32_t e, int which, unsigned char value)
{
	const rr_tsplit *sp = r->sp;
	size_t n = 0;
	for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++) {
		uint32_t it = sp->truth_item[t];
		int own = it != RR_NONE && r->owned[it];
		if ((which == 1 && !own) || (which == 2 && own))
			continue;
		n++;
		if (it != RR_NONE)
			r->rel[it] = value;
	}
	return n;
}

/* NDCG@k of top[0..got) against the part `which` of customer e's truth, or NaN when empty. */
static double part_ndcg(eval_run *r, uint32_t e, int which, int got, int k)
{
	size_t n = mark_truth(r, e, which, 1);
	rr_rank_metrics m;
	rank_metrics(r->top, got, k, r->rel, n, &m);
	mark_truth(r, e, which, 0);
	return n ? m.ndcg : NAN;
}

/* Customer e's lists for the task (scores already in r->score) added to the sums. */
static void eval_task(eval_run *r, uint32_t e, enum rr_task task)
{
	const rr_dataset *tr = r->sp->train;
	size_t n_truth = mark_truth(r, e, task == RR_TASK_NEW ? 2 : 0, 1);
	int got = 0;
	if (n_truth > 0)
		got = rank_topk(r->score, tr->n_items, r->sp->tie,
				task == RR_TASK_NEW ? r->owned : NULL, r->kmax, r->top);
	for (int j = 0; j < r->n_k && n_truth > 0; j++) {
		eval_sum *s = &r->sum[task][j];
		int k = r->ks[j];
		rr_rank_metrics m;
		rank_metrics(r->top, got, k, r->rel, n_truth, &m);
		s->m.precision += m.precision;
		s->m.recall += m.recall;
		s->m.ndcg += m.ndcg;
		s->m.hit += m.hit;
		s->m.map += m.map;
		s->users++;
		s->ndcg_user[e] = m.ndcg;
		for (int q = 0; q < got && q < k; q++) {
			s->seen[r->top[q]] = 1;
			s->pop += tr->item_invoices[r->top[q]];
			s->n_rec++;
		}
	}
	mark_truth(r, e, task == RR_TASK_NEW ? 2 : 0, 0);
	for (int j = 0; j < r->n_k && task == RR_TASK_ALL && n_truth > 0; j++) {
		eval_sum *s = &r->sum[task][j];
		double rep = part_ndcg(r, e, 1, got, r->ks[j]);
		double exp = part_ndcg(r, e, 2, got, r->ks[j]);
		if (!isnan(rep)) {
			s->repeat += rep;
			s->users_repeat++;
		}
		if (!isnan(exp)) {
			s->explore += exp;
			s->users_explore++;
		}
	}
}

/* The sums of one (task, k) as a line of res; the line takes the per-customer NDCG. */
static int eval_line(eval_run *r, const rr_method *m, enum rr_task task, int j,
		     rr_eval_result *res)
{
	eval_sum *s = &r->sum[task][j];
	rr_eval_line *l = result_add(res);
	if (!l)
		return err_set("cannot allocate the evaluation result");
	double nu = s->users ? s->users : NAN;   /* a mean over no customer is undefined */
	snprintf(l->method, sizeof l->method, "%s", m->name);
	snprintf(l->config, sizeof l->config, "%s", m->config ? m->config : "");
	l->baseline = m->baseline;
	l->task = task;
	l->k = r->ks[j];
	l->users = s->users;
	l->m.precision = s->m.precision / nu;
	l->m.recall = s->m.recall / nu;
	l->m.ndcg = s->m.ndcg / nu;
	l->m.hit = s->m.hit / nu;
	l->m.map = s->m.map / nu;
	size_t distinct = 0, ni = r->sp->train->n_items;
	for (size_t i = 0; i < ni; i++)
		distinct += s->seen[i];
	l->coverage = ni && s->users ? (double)distinct / (double)ni : NAN;
	l->pop = s->n_rec ? s->pop / (double)s->n_rec : NAN;
	l->repeat = task == RR_TASK_ALL && s->users_repeat ? s->repeat / s->users_repeat : NAN;
	l->explore = task == RR_TASK_ALL && s->users_explore ? s->explore / s->users_explore : NAN;
	l->users_repeat = s->users_repeat;
	l->users_explore = s->users_explore;
	l->ndcg_user = s->ndcg_user;
	s->ndcg_user = NULL;
	res->n_eval = r->sp->n_eval;
	res->cutoff = r->sp->cutoff;
	return 0;
}

int evaluate_method(const rr_tsplit *sp, const rr_method *m, const int *ks, int n_k,
		    rr_eval_result *res, rr_work *w)
{
	const rr_dataset *tr = sp->train;
	eval_run r;
	if (eval_run_init(&r, sp, ks, n_k) != 0)
		return -1;
	int rc = 0;
	for (uint32_t e = 0; e < sp->n_eval && rc == 0; e++) {
		uint32_t u = sp->eval_user[e];
		if (work_tick(w, RR_PHASE_EVAL, m->name, e, sp->n_eval, e == 0)) {
			rc = err_set("evaluation interrupted");
			break;
		}
		if (m->fn(m->ctx, tr, u, r.score) != 0) {
			rc = -1;
			break;
		}
		for (size_t p = tr->user_start[u]; p < tr->user_start[u + 1]; p++)
			r.owned[tr->pairs[p].item] = 1;
		for (int task = 0; task < RR_TASK_N; task++)
			if (m->tasks & (1u << task))
				eval_task(&r, e, (enum rr_task)task);
		for (size_t p = tr->user_start[u]; p < tr->user_start[u + 1]; p++)
			r.owned[tr->pairs[p].item] = 0;
		if (e + 1 == sp->n_eval)   /* a stop from here on leaves this result whole */
			work_tick(w, RR_PHASE_EVAL, m->name, e + 1, sp->n_eval, 1);
	}
	for (int task = 0; task < RR_TASK_N && rc == 0; task++)
		for (int j = 0; j < n_k && rc == 0 && (m->tasks & (1u << task)); j++)
			rc = eval_line(&r, m, (enum rr_task)task, j, res);
	eval_run_free(&r);
	return rc;
}

/* ==== several methods at a time ==== */

/* One thread of evaluate_methods: it takes the next method left (from the last: the caller's
 * order puts the longest there) until none is. */
typedef struct methods_lane {
	const rr_tsplit *sp;
	const rr_method *ms;
	int n;
	const int *ks;
	int n_k;
	rr_eval_result *part;     /* [n] each method's lines */
	char (*err)[RR_ERR_MAX];  /* [n] each method's error (err_set is per thread), "" */
	atomic_int *next;
	rr_work *w;               /* lane 0 (the command's thread): the caller's; others: silent */
	rr_work quiet;
} methods_lane;

static void *methods_lane_run(void *arg)
{
	methods_lane *l = arg;
	for (int k; (k = atomic_fetch_add(l->next, 1)) < l->n;) {
		int m = l->n - 1 - k;
		if (evaluate_method(l->sp, &l->ms[m], l->ks, l->n_k, &l->part[m], l->w) != 0)
			snprintf(l->err[m], RR_ERR_MAX, "%s", err_msg());
	}
	return NULL;
}

/* part's lines moved to the end of res (part left empty). 0 or -1. */
static int result_take(rr_eval_result *res, rr_eval_result *part)
{
	for (int i = 0; i < part->n; i++) {
		rr_eval_line *l = result_add(res);
		if (!l)
			return err_set("cannot allocate the evaluation result");
		*l = part->line[i];
		part->line[i].ndcg_user = NULL;
	}
	if (part->n) {
		res->n_eval = part->n_eval;
		res->cutoff = part->cutoff;
	}
	return 0;
}

int evaluate_methods(const rr_tsplit *sp, const rr_method *ms, int n, const int *ks, int n_k,
		     rr_eval_result *res, int threads, rr_work *w)
{
	enum { MAX_THREADS = 16 };
	methods_lane lane[MAX_THREADS];
	atomic_int next = 0;
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	rr_eval_result *part = calloc(n > 0 ? (size_t)n : 1, sizeof *part);
	char (*err)[RR_ERR_MAX] = calloc(n > 0 ? (size_t)n : 1, sizeof *err);
	int rc = part && err ? 0 : err_set("cannot allocate the evaluation result");
	for (int t = 0; t < threads && rc == 0; t++) {
		lane[t] = (methods_lane){sp, ms, n, ks, n_k, part, err, &next, w, {0}};
		if (t > 0) {   /* progress only from the command's thread; the stop from anywhere */
			lane[t].quiet = work_init(NULL, w ? w->stop : NULL, w ? w->cmd : NULL);
			lane[t].w = &lane[t].quiet;
		}
	}
	if (rc == 0) {
		/* OpenBLAS on one thread while the methods share the cores (as the fit's halves) */
		int blas = openblas_get_num_threads();
		blas_set_threads(1);
		rr_parallel(methods_lane_run, lane, sizeof *lane, threads);
		blas_set_threads(blas);
	}
	for (int m = 0; m < n && rc == 0; m++)   /* the caller's order, the first error */
		rc = err[m][0] ? err_set("%s", err[m]) : result_take(res, &part[m]);
	for (int m = 0; part && m < n; m++)
		eval_result_free(&part[m]);
	free(part);
	free(err);
	return rc;
}

void eval_compare(rr_eval_result *res, const char *name)
{
	for (int i = 0; i < res->n; i++) {
		rr_eval_line *l = &res->line[i];
		if (strcmp(l->method, name) != 0)
			continue;
		const rr_eval_line *best = NULL;
		for (int j = 0; j < res->n; j++) {
			const rr_eval_line *b = &res->line[j];
			if (b->baseline && b->task == l->task && b->k == l->k &&
			    (!best || b->m.ndcg > best->m.ndcg))
				best = b;
		}
		memset(&l->vs, 0, sizeof l->vs);
		if (!best)
			continue;
		paired_interval(l->ndcg_user, best->ndcg_user, res->n_eval, &l->vs);
		snprintf(l->versus, sizeof l->versus, "%s", best->method);
		l->versus_ndcg = best->m.ndcg;
	}
}

/* ==== tables ==== */

rr_table *eval_metrics_table(const rr_eval_result *res, const char *title)
{
	static const char *const head[] = {"method", "task", "k", "precision", "recall", "ndcg",
					   "hit-rate", "map", "coverage", "pop", "customers"};
	enum { NC = 11 };
	rr_table *t = table_new(NC, title);
	if (!t)
		return NULL;
	for (int c = 0; c < NC; c++)
		table_head(t, c, head[c], c < 2 ? 'l' : 'r');
	for (int i = 0; i < res->n; i++) {
		const rr_eval_line *l = &res->line[i];
		int r = table_add_row(t);
		if (r < 0)
			break;
		table_set(t, r, 0, "%s", l->method);
		table_set(t, r, 1, "%s", task_name[l->task]);
		table_set(t, r, 2, "%d", l->k);
		table_num(t, r, 3, "%.4f", l->m.precision);
		table_num(t, r, 4, "%.4f", l->m.recall);
		table_num(t, r, 5, "%.4f", l->m.ndcg);
		table_num(t, r, 6, "%.4f", l->m.hit);
		table_num(t, r, 7, "%.4f", l->m.map);
		table_num(t, r, 8, "%.4f", l->coverage);
		table_num(t, r, 9, "%.1f", l->pop);
		table_set(t, r, 10, "%u", l->users);
	}
	return t;
}

rr_table *eval_parts_table(const rr_eval_result *res, const char *title)
{
	static const char *const head[] = {"method", "k", "ndcg all", "repeat", "customers",
					   "explore", "customers"};
	enum { NC = 7 };
	rr_table *t = table_new(NC, title);
	if (!t)
		return NULL;
	for (int c = 0; c < NC; c++)
		table_head(t, c, head[c], c < 1 ? 'l' : 'r');
	for (int i = 0; i < res->n; i++) {
		const rr_eval_line *l = &res->line[i];
		if (l->task != RR_TASK_ALL)
			continue;
		int r = table_add_row(t);
		if (r < 0)
			break;
		table_set(t, r, 0, "%s", l->method);
		table_set(t, r, 1, "%d", l->k);
		table_num(t, r, 2, "%.4f", l->m.ndcg);
		table_num(t, r, 3, "%.4f", l->repeat);
		table_set(t, r, 4, "%u", l->users_repeat);
		table_num(t, r, 5, "%.4f", l->explore);
		table_set(t, r, 6, "%u", l->users_explore);
	}
	return t;
}

rr_table *eval_compare_table(const rr_eval_result *res, const char *title)
{
	static const char *const head[] = {"method", "task", "k", "ndcg", "best baseline", "ndcg",
					   "difference", "95% interval", "customers"};
	enum { NC = 9 };
	int any = 0;
	for (int i = 0; i < res->n; i++)
		any |= res->line[i].vs.n > 0;
	if (!any)
		return NULL;
	rr_table *t = table_new(NC, title);
	if (!t)
		return NULL;
	for (int c = 0; c < NC; c++)
		table_head(t, c, head[c], c < 2 || c == 4 ? 'l' : 'r');
	for (int i = 0; i < res->n; i++) {
		const rr_eval_line *l = &res->line[i];
		if (!l->vs.n)
			continue;
		int r = table_add_row(t);
		if (r < 0)
			break;
		table_set(t, r, 0, "%s", l->method);
		table_set(t, r, 1, "%s", task_name[l->task]);
		table_set(t, r, 2, "%d", l->k);
		table_set(t, r, 3, "%.4f", l->m.ndcg);
		table_set(t, r, 4, "%s", l->versus);
		table_set(t, r, 5, "%.4f", l->versus_ndcg);
		table_set(t, r, 6, "%+.4f", l->vs.mean);
		if (l->vs.n < 2)   /* no spread from one customer */
			table_set(t, r, 7, "%s", RR_NA);
		else
			table_set(t, r, 7, "[%+.4f, %+.4f]", l->vs.lo, l->vs.hi);
		table_set(t, r, 8, "%u", l->vs.n);
	}
	return t;
}

/* ==== CSV ==== */

/* Every line carries the split it was computed on (t75 F4: two exports of different horizons
 * could not be told apart once written): the cutoff, the horizon's days (empty: every
 * purchase after the cutoff) and how many of them the data covers. */
static void export_line(rr_csvout *o, const rr_eval_result *res, const rr_eval_line *l)
{
	char day[32];
	csvout_str(o, l->method);
	csvout_str(o, l->config);
	csvout_fieldf(o, "%d", l->baseline);
	csvout_str(o, task_name[l->task]);
	csvout_fieldf(o, "%d", l->k);
	csvout_num(o, "%.6f", l->m.precision);
	csvout_num(o, "%.6f", l->m.recall);
	csvout_num(o, "%.6f", l->m.ndcg);
	csvout_num(o, "%.6f", l->m.hit);
	csvout_num(o, "%.6f", l->m.map);
	csvout_num(o, "%.6f", l->coverage);
	csvout_num(o, "%.2f", l->pop);
	csvout_fieldf(o, "%u", l->users);
	csvout_num(o, "%.6f", l->repeat);
	csvout_num(o, "%.0f", l->task == RR_TASK_ALL ? (double)l->users_repeat : NAN);
	csvout_num(o, "%.6f", l->explore);
	csvout_num(o, "%.0f", l->task == RR_TASK_ALL ? (double)l->users_explore : NAN);
	csvout_str(o, l->vs.n ? l->versus : "");
	csvout_num(o, "%.6f", l->vs.n ? l->versus_ndcg : NAN);
	csvout_num(o, "%.6f", l->vs.n ? l->vs.mean : NAN);
	csvout_num(o, "%.6f", l->vs.n ? l->vs.lo : NAN);
	csvout_num(o, "%.6f", l->vs.n ? l->vs.hi : NAN);
	csvout_num(o, "%.0f", l->vs.n ? (double)l->vs.n : NAN);
	csvout_fieldf(o, "%.10s", ingest_format_minute(res->cutoff, day, sizeof day));
	csvout_num(o, "%.0f", res->horizon ? (double)res->horizon : NAN);
	csvout_num(o, "%.0f", res->horizon ? (double)res->covered : NAN);
	csvout_end(o);
}

int eval_result_export(const rr_eval_result *res, const char *path, int raw)
{
	static const char *const head[] = {
		"method", "config", "baseline", "task", "k", "precision", "recall", "ndcg",
		"hit_rate", "map", "coverage", "popularity", "customers", "ndcg_repeat",
		"customers_repeat", "ndcg_explore", "customers_explore", "best_baseline",
		"best_baseline_ndcg", "difference", "ci95_low", "ci95_high", "customers_paired",
		"cutoff", "horizon_days", "horizon_days_covered"};
	rr_csvout o;
	if (csvout_open(&o, path, raw, head, (int)(sizeof head / sizeof *head)) != 0)
		return -1;
	for (int i = 0; i < res->n; i++)
		export_line(&o, res, &res->line[i]);
	return csvout_close(&o, 1);
}
