/* cfgrid.h — UP-CF@r's, TIFU-KNN's and recent popularity's hyperparameters, chosen per task
 * on an inner validation split (history before T − 92 days, labels in [T − 92 days, T)) over
 * small grids:
 *
 *   UP-CF@r:  r ∈ {1, 3, 5, 10, all}, α ∈ {0.25, 0.5, 0.75}, k ∈ {100, all}, q ∈ {1, 3, 5, 10}
 *   TIFU-KNN: r_b ∈ {0.9, 1}, r_g ∈ {0.6, 0.8, 0.9, 1}, m ∈ {3, 7, 11}, k ∈ {50, 100, 300},
 *             α ∈ {0.2, 0.4, 0.6, 0.8}
 *   recent popularity (baselines.h): W ∈ {7, 14, 28, 56, 92} days
 *
 * Each configuration is judged by its mean NDCG@10 on each task (evaluate.h); the best per
 * task wins, the first in the order above among equals. The figures are exactly those
 * evaluate_method gives for the same scorer (cf.h) on the same split, computed for many
 * configurations at once: the neighbours' lists are read once for all the configurations
 * that share them, and the top 10 of each is kept in one pass over the items.
 *
 * The configurations are judged on at most RR_GRID_EVAL_MAX customers of the inner period:
 * every one up to it, past it a regular sample of them (customer k·n/RR_GRID_EVAL_MAX of the
 * evaluated list, as the re-rankers' RR_REC_TRAIN_MAX), the figures being the means over
 * those. Why: each customer costs 408 configurations' neighbour sums over up to RR_CF_POOL
 * customers, so judging everyone grew with customers² up to the pool and linearly past it
 * (minutes at a 1 M-row log's ~26,000 inner customers). The bundled data's and Online Retail
 * II's inner periods (about 1,350 customers each) are judged whole.
 *
 * A catalogue of more than rr_ease_max_items items (EASE's cap, baselines.h) is judged on its
 * rr_ease_max_items most-bought ones (items_by_invoices: EASE's rule), every other item
 * scoring 0 as it does in EASE: each customer's configurations sum over its neighbours' items
 * and rank what they touched, so 142,000 items ran the grids for minutes (t52 F2). Recent
 * popularity ranks the whole catalogue, as evaluate_method does: one order for everyone. */
#ifndef RELREC_CFGRID_H
#define RELREC_CFGRID_H

#include "cf.h"
#include "evaluate.h"
#include "sink.h"
#include "split.h"

#define RR_GRID_K 10          /* the rank NDCG is cut at */
#define RR_GRID_EVAL_MAX 4000 /* customers of the inner period judged (above) */

typedef struct rr_cf_grid {
	int n_upcf, n_tifu;       /* configurations */
	rr_upcf_params *upcf;     /* [n_upcf] in grid order (owned) */
	rr_tifu_params *tifu;     /* [n_tifu] (owned) */
	double *upcf_ndcg;        /* [n_upcf × RR_TASK_N] mean NDCG@10 per task (owned) */
	double *tifu_ndcg;        /* [n_tifu × RR_TASK_N] (owned) */
	int n_rpop;               /* recent popularity's windows */
	int *rpop_days;           /* [n_rpop] in grid order (owned) */
	double *rpop_ndcg;        /* [n_rpop × RR_TASK_N] (owned) */
	int best_upcf[RR_TASK_N]; /* index of the chosen configuration per task */
	int best_tifu[RR_TASK_N];
	int best_rpop[RR_TASK_N];
	uint32_t users[RR_TASK_N];/* customers each task averages over */
	uint32_t judged, n_eval;  /* customers judged (the sample), of the split's evaluated */
	uint32_t items, n_items;  /* catalogue items scored (the cap), of the train period's */
} rr_cf_grid;

/* Fill g's configurations (the grids above) without evaluating them. 0 or -1. */
int cf_grid_init(rr_cf_grid *g);
/* Evaluate every configuration on sp (customers split over threads) and choose. Progress
 * (RR_PHASE_EVAL, "choose up-cf@r and tifu-knn", done/total customers) goes to w; a stop
 * ends it with "evaluation interrupted". w may be NULL. 0 or -1 with err_set. */
int cf_grid_run(rr_cf_grid *g, const rr_tsplit *sp, int threads, rr_work *w);
/* The same judging at most eval_max customers instead of RR_GRID_EVAL_MAX (tests). */
int cf_grid_run_max(rr_cf_grid *g, const rr_tsplit *sp, uint32_t eval_max, int threads,
		    rr_work *w);
/* The index of the best of ndcg[0..n) for task (n × RR_TASK_N layout), the first of equals. */
int cf_grid_pick(const double *ndcg, int n, enum rr_task task);
void cf_grid_free(rr_cf_grid *g);

#endif
