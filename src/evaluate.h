/* evaluate.h — the ranking evaluation of DESIGN §6 on a temporal split (split.h).
 *
 * Task "all": truth = the customer's test items, candidates = the catalogue. Task "new": truth
 * = test items the customer never bought in train, candidates exclude the train items;
 * customers with empty new truth are skipped. The "all" list is also judged against its truth
 * cut in two: repeat (items the customer bought before) and explore (the others, the new
 * task's truth); a customer with an empty part is skipped for that part. Per-customer NDCG is
 * kept, so two methods compare customer by customer: the paired difference's mean and its 95 %
 * interval, mean ± 1.96·sd/√n. */
#ifndef RELREC_EVALUATE_H
#define RELREC_EVALUATE_H

#include <stddef.h>
#include <stdint.h>

#include "baselines.h"
#include "rank.h"
#include "sink.h"
#include "split.h"

enum rr_task { RR_TASK_ALL = 0, RR_TASK_NEW, RR_TASK_N };
#define RR_EVAL_MAX_K 4

/* A paired difference a − b over customers. */
typedef struct rr_paired {
	double mean;              /* mean difference */
	double lo, hi;            /* mean ∓ 1.96·sd/√n, sd with n − 1 */
	uint32_t n;               /* customers (0: no comparison) */
} rr_paired;

/* The difference over the i where both a[i] and b[i] are numbers (NaN = skipped). 0, or -1
 * with out->n < 2 when fewer than two customers pair up (the interval is then NaN). */
int paired_interval(const double *a, const double *b, size_t n, rr_paired *out);

/* One line of the result: one method on one task cut at one k. */
typedef struct rr_eval_line {
	char method[32];          /* method name */
	char config[64];          /* its hyperparameters, "" for none */
	int baseline;             /* 1 = a baseline relrec is compared with */
	enum rr_task task;
	int k;
	rr_rank_metrics m;        /* means over the task's customers */
	double coverage;          /* distinct recommended items ÷ catalogue */
	double pop;               /* mean train invoices of the recommended items */
	double repeat, explore;   /* task all: NDCG@k against the repeat / explore truth (NaN for
	                             task new) */
	uint32_t users;           /* customers averaged over */
	uint32_t users_repeat, users_explore;
	double *ndcg_user;        /* [n_eval] each evaluated customer's NDCG@k, NaN where the task
	                             skips them (owned) */
	rr_paired vs;             /* relrec's lines: against the best baseline (vs.n 0: none) */
	char versus[32];          /* that baseline */
	double versus_ndcg;       /* its NDCG@k */
} rr_eval_line;

typedef struct rr_eval_result {
	int n, cap;               /* lines */
	rr_eval_line *line;       /* [n] (owned) */
	uint32_t n_eval;          /* evaluated customers of the split */
	int32_t cutoff;           /* the split's cutoff */
	int horizon;              /* --horizon's days of test purchases, 0: every one after it */
	int covered;              /* of those days, how many the data covers (horizon: all) */
	uint64_t ds_gen;          /* generation of the session dataset it was computed from (0 if
	                             none; set by the caller) */
} rr_eval_result;

void eval_result_free(rr_eval_result *r);
/* The line of (method, task, k), or NULL. */
const rr_eval_line *eval_result_find(const rr_eval_result *r, const char *method,
				     enum rr_task task, int k);
/* Its NDCG, or NaN when absent. */
double eval_result_ndcg(const rr_eval_result *r, const char *method, enum rr_task task, int k);

/* A method to evaluate. */
typedef struct rr_method {
	const char *name;         /* "ease" */
	const char *config;       /* "λ 500", or NULL */
	rr_score_fn fn;
	void *ctx;                /* the scorer's context */
	unsigned tasks;           /* bit 1 << task for each task to run */
	int baseline;             /* 1 = relrec is compared with it */
} rr_method;

/* Evaluate m at ks[0..n_k), appending a line per task and k to res. Progress
 * (RR_PHASE_EVAL, done/total customers) goes to w's sink every RR_TICK_S and at the end. A
 * stop ends it with "evaluation interrupted" (one asked after the last customer leaves the
 * result whole: the next method stops). w may be NULL. 0 or -1. */
int evaluate_method(const rr_tsplit *sp, const rr_method *m, const int *ks, int n_k,
		    rr_eval_result *res, rr_work *w);

/* The same for ms[0..n), up to threads at a time (each method's customers on one thread, as
 * evaluate_method): the lines appended in the order of ms, each method's the ones it gives
 * alone. The longest methods should come last: they are started first. Progress goes to w
 * from the calling thread's methods only; a stop ends them all; the first error in the order
 * of ms is the one returned. Each method's ctx serves it alone (scorers hold scratch), and
 * OpenBLAS runs on one thread meanwhile. 0 or -1 with err_set. */
int evaluate_methods(const rr_tsplit *sp, const rr_method *ms, int n, const int *ks, int n_k,
		     rr_eval_result *res, int threads, rr_work *w);

/* For each line of method name: the paired difference of its NDCG@k with the best baseline
 * line of the same task and k (the first of equals), into its vs, versus and versus_ndcg. */
void eval_compare(rr_eval_result *res, const char *name);

/* The tables of res: the ranking metrics (method, task, k, precision, recall, NDCG, hit-rate,
 * MAP, coverage, popularity, customers), the all task's repeat/explore parts, and the paired
 * comparisons of the lines that have one. NULL when there is nothing to show (compare) or out
 * of memory (the others). Caller frees with table_free. */
rr_table *eval_metrics_table(const rr_eval_result *res, const char *title);
rr_table *eval_parts_table(const rr_eval_result *res, const char *title);
rr_table *eval_compare_table(const rr_eval_result *res, const char *title);

/* res as CSV (csvout.h): one record per line with every figure, the configuration and the
 * comparison; raw as csvout_open's (formulas neutralised unless 1). 0 or -1 with err_set. */
int eval_result_export(const rr_eval_result *res, const char *path, int raw);

#endif
