/* evaluate.h — the ranking evaluation of DESIGN §6.
 *
 * Cleaned rows are split in time at a cutoff: the train dataset holds rows before it, the test
 * dataset rows on or after it. The catalogue is the train items; evaluated customers bought in
 * both periods. Task "all": truth = the customer's test items, candidates = the catalogue.
 * Task "new": truth = test items the customer never bought in train, candidates exclude the
 * train items; customers with empty new truth are skipped (and counted). A method is a scorer
 * that fills one score per catalogue item for a customer; ranking breaks ties by stock code. */
#ifndef RELREC_EVALUATE_H
#define RELREC_EVALUATE_H

#include <stddef.h>
#include <stdint.h>

#include "clean.h"
#include "dataset.h"
#include "rank.h"
#include "rows.h"
#include "sink.h"

enum rr_task { RR_TASK_ALL = 0, RR_TASK_NEW, RR_TASK_N };
#define RR_EVAL_MAX_K 4

/* The temporal split and its truth sets. */
typedef struct rr_tsplit {
	rr_dataset *train;        /* rows before the cutoff (owned) */
	rr_dataset *test;         /* rows on or after it (owned) */
	int32_t cutoff;           /* minutes since epoch */
	uint32_t n_eval;          /* evaluated customers (bought in both periods) */
	uint32_t *eval_user;      /* [n_eval] their train user index, ascending */
	size_t *truth_start;      /* [n_eval+1] CSR into truth_item */
	uint32_t *truth_item;     /* test items as train item index, or RR_NONE outside the catalogue */
	uint32_t *tie;            /* [train->n_items] tie keys (stock code byte order) */
	uint32_t n_new_empty;     /* evaluated customers whose new-item truth is empty */
} rr_tsplit;

/* Build the split (two dataset_build calls). NULL with err_set on failure or when a period is
 * empty. */
rr_tsplit *split_new(const rr_rows *r, const rr_clean *c, int32_t cutoff);
/* The same with the test period ending at end (exclusive): the recommender's inner split. */
rr_tsplit *split_new_range(const rr_rows *r, const rr_clean *c, int32_t cutoff, int32_t end);
void split_free(rr_tsplit *s);

/* A method: fill score[0..train->n_items) for train user u. 0 or -1 with err_set. */
typedef int (*rr_score_fn)(void *ctx, const rr_dataset *train, uint32_t u, double *score);

/* One line of the result table. */
typedef struct rr_eval_line {
	char method[32];          /* method name */
	enum rr_task task;
	int k;
	rr_rank_metrics m;        /* means over the task's customers */
	double coverage;          /* distinct recommended items ÷ catalogue */
	uint32_t users;           /* customers averaged over */
} rr_eval_line;

typedef struct rr_eval_result {
	int n, cap;               /* lines */
	rr_eval_line *line;       /* [n] (owned) */
} rr_eval_result;

void eval_result_free(rr_eval_result *r);
/* The NDCG of (method, task, k), or NaN when absent. */
double eval_result_ndcg(const rr_eval_result *r, const char *method, enum rr_task task, int k);

/* Evaluate one method for the tasks in task_mask (bit 1 << task) at ks[0..n_k), appending
 * lines to res. Progress (RR_PHASE_EVAL, done/total customers) goes to w's sink every
 * RR_TICK_S seconds and at the end. A stop ends it with "evaluation interrupted" (one asked
 * after the last customer leaves the result whole: the next method stops). w may be NULL.
 * 0 or -1. */
int evaluate_method(const rr_tsplit *sp, const char *name, rr_score_fn fn, void *ctx,
		    unsigned task_mask, const int *ks, int n_k, rr_eval_result *res, rr_work *w);

/* The baselines' scorers; ctx as stated. */
int score_popularity(void *ctx, const rr_dataset *train, uint32_t u, double *score); /* ctx NULL */
int score_repurchase(void *ctx, const rr_dataset *train, uint32_t u, double *score); /* ctx NULL */
/* Co-occurrence cosine: ctx is an rr_cooc from cooc_new(train). */
typedef struct rr_cooc {
	uint32_t n;               /* items */
	float *cos;               /* (n,n) cooc(i,j)/√(n(i)·n(j)) over invoices, zero diagonal */
	float *row_buf;           /* [n] scratch */
} rr_cooc;
rr_cooc *cooc_new(const rr_dataset *d);
void cooc_free(rr_cooc *c);
int score_cooc(void *ctx, const rr_dataset *train, uint32_t u, double *score);
/* EASE: ctx is an rr_ease_scorer wrapping an rr_ease fitted on train. */
struct rr_ease;
typedef struct rr_ease_scorer {
	const struct rr_ease *ease;  /* borrowed */
	float *buf;                  /* [n] scratch (owned) */
	uint32_t *items;             /* [n] scratch (owned) */
} rr_ease_scorer;
/* Fit EASE on d's binary customer × item matrix. NULL with err_set. */
struct rr_ease *ease_fit_dataset(const rr_dataset *d, double lambda);
/* The same on a helper thread while w reports (RR_PHASE_EVAL, what) every RR_TICK_S (work_run):
 * the Cholesky inverse is one LAPACK call of about a second. A stop asked meanwhile discards
 * the result: NULL with "WHAT interrupted". */
struct rr_ease *ease_fit_dataset_ticked(const rr_dataset *d, double lambda, rr_work *w,
					const char *what);
int score_ease(void *ctx, const rr_dataset *train, uint32_t u, double *score);

/* Render res as one table (method, task, k, precision, recall, NDCG, hit-rate, MAP,
 * coverage, customers). Caller frees with table_free. */
rr_table *eval_result_table(const rr_eval_result *res, const char *title);

#endif
