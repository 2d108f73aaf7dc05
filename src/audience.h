/* audience.h — an item's audience: the customers most likely to buy it in the next period,
 * read off the recommender's own scores (the item's column of the customer × item scores, not
 * a model of its own), and the temporal evaluation of audiences against two baselines.
 *
 * The recommender's score is the chance the item is among a customer's purchases of the next
 * period if they buy at all; an audience ranks customers by it. Ties go to the customer id in
 * byte order. */
#ifndef RELREC_AUDIENCE_H
#define RELREC_AUDIENCE_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "evaluate.h"
#include "split.h"
#include "recommend.h"
#include "sink.h"

typedef struct rr_audience {
	const rr_recsys *rec;    /* the recommender, its columns prepared (borrowed) */
	const rr_dataset *ds;    /* its history (borrowed) */
	uint32_t *utie;          /* [n_users] tie keys: the customer id's place in byte order */
	size_t *ostart;          /* [n_items+1] item i's owners are owner[ostart[i] .. ostart[i+1]) */
	uint32_t *owner;         /* [n_pairs] customers who bought each item, ascending */
	uint64_t ds_gen;         /* the session's cache key (its recommender's), set by the caller */
} rr_audience;

/* Index the recommender's history (customers' tie keys, items' owners) and prepare its item
 * columns (recsys_prepare_columns, once per recommender; threads; progress and stop through
 * w, may be NULL). NULL with err_set. */
rr_audience *audience_new(rr_recsys *s, int threads, rr_work *w);
void audience_free(rr_audience *a);

/* The k customers with the highest score for item (its column: recsys_item_column), best
 * first, into out[] and their scores into score[] (may be NULL); new_only leaves out those who
 * bought it; skip[u] (may be NULL) leaves out others. Returns how many, or -1 with err_set.
 * About a millisecond on Online Retail. */
int audience_top(const rr_audience *a, uint32_t item, int k, int new_only,
		 const unsigned char *skip, uint32_t *out, double *score);

/* The audiences of items[0..n) at once: item c's top k (as audience_top) into
 * out[c × k ..] with its length in n_out[c] and scores in score[c × k ..] (may be NULL), the
 * items split over threads. Progress and stop through w. 0 or -1. */
int audience_top_many(const rr_audience *a, const uint32_t *items, uint32_t n, int k,
		      int new_only, int threads, uint32_t *out, double *score, int *n_out,
		      rr_work *w);

/* ---- evaluate audience ---- */

enum { RR_AUD_METHODS = 4 };   /* relrec, the three baselines (rr_aud_method_names) */

typedef struct rr_aud_eval {
	int n_k;                 /* cut-offs */
	int k[RR_EVAL_MAX_K];
	uint32_t items[RR_TASK_N];            /* items evaluated on each task */
	uint32_t unseen;         /* items as many bought after the cutoff that no one bought before
	                            it: left out (no history of them to rank by) */
	/* mean over items of NDCG, precision and recall: [method][task][cut-off] */
	double ndcg[RR_AUD_METHODS][RR_TASK_N][RR_EVAL_MAX_K];
	double precision[RR_AUD_METHODS][RR_TASK_N][RR_EVAL_MAX_K];
	double recall[RR_AUD_METHODS][RR_TASK_N][RR_EVAL_MAX_K];
} rr_aud_eval;

extern const char *const rr_aud_method_names[RR_AUD_METHODS];

/* For each catalogue item bought in the test period by at least min_buyers evaluated customers
 * (task all; task new: by that many who never bought it before the cutoff), rank the evaluated
 * customers (task new: those who never bought it) by the recommender s (fitted on sp->train;
 * its columns are prepared here),
 * by their order count (baseline 1), and by their last purchase of the item, newest first, then
 * by order count (baseline 2), and average NDCG, precision and recall at each k over the items.
 * 0 or -1 with err_set. */
int audience_evaluate(const rr_tsplit *sp, rr_recsys *s, uint32_t min_buyers,
		      const int *ks, int n_k, int threads, rr_aud_eval *out, rr_work *w);

/* The result as one table (method, task, k, NDCG, precision, recall, items). */
rr_table *aud_eval_table(const rr_aud_eval *e, const char *title);

#endif
