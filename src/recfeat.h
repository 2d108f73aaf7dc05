/* recfeat.h — the recommender's parts of one history (recommend.h's rr_recpart): EASE, the
 * neighbourhood models, the item and customer features, and the features of one customer's
 * candidates. Used by recommend.c; tests read it too. */
#ifndef RELREC_RECFEAT_H
#define RELREC_RECFEAT_H

#include <math.h>
#include "recommend.h"

/* The neighbourhood models the features use (SPEC §2.2). */
extern const rr_upcf_params rec_upcf_params;
extern const rr_tifu_params rec_tifu_params;
#define RR_REC_LAMBDA 500.0      /* EASE's λ */

/* Fit p's models and features on history ds ending at t_end: EASE (reporting to w as
 * `what`; or ease, already fitted on ds with RR_REC_LAMBDA, which p takes over either way),
 * UP-CF's and TIFU's neighbour lists for the customers with only[u] set (NULL: every
 * customer), item and customer features. 0 or -1 with err_set (p is then empty). */
int recpart_init(rr_recpart *p, const rr_dataset *ds, int32_t t_end, const unsigned char *only,
		 int threads, rr_work *w, const char *what, struct rr_ease *ease);
/* recpart_init in two steps, for a caller that fits EASE elsewhere meanwhile: the start
 * (features and neighbour lists, no EASE; 0, or -1 with p empty) and the finish (EASE, or
 * ease as above, and the heavy customers' rows; ease is p's either way, and on -1 p is empty).
 * only and threads the same in both. */
int recpart_start(rr_recpart *p, const rr_dataset *ds, int32_t t_end, const unsigned char *only,
		  int threads);
int recpart_finish(rr_recpart *p, const unsigned char *only, int threads, rr_work *w,
		   const char *what, struct rr_ease *ease);
void recpart_free(rr_recpart *p);

/* The features each segment's re-ranker reads (SPEC §2.4), in enum order: into feat,
 * returns how many. */
int rec_segment_features(enum rr_rec_seg seg, int *feat);

/* How many candidates customer u has: owned items + min(RR_REC_CAND, never-bought items). */
size_t recpart_n_candidates(const rr_recpart *p, uint32_t u);

void rec_cols_free(rr_rec_cols *c);

/* A customer's neighbour list: customers v[0..n), weights w (UP-CF) or NULL (TIFU). */
typedef struct rr_nblist {
	const uint32_t *v;
	const double *w;
	size_t n;
} rr_nblist;
/* u's UP-CF and TIFU neighbour lists: p's own, or for a lazy part searched now into w (valid
 * until w's next search). */
void recpart_neighbours(const rr_recpart *p, uint32_t u, rr_rec_work *w, rr_nblist *up,
			rr_nblist *tf);
/* The customers recpart_neighbours has searched (lazy parts) since the program started, all
 * threads together: the tests check that an item's column, once prepared, searches none. */
uint64_t recpart_searches(void);

/* The denominator of ease_rel, from a customer's best never-bought EASE score (has: there is
 * one): that score, or NaN when there is none above 1e-6. SPEC floored it at 1e-6, but a
 * customer who owns (nearly) every item has no new item to compare with, and a ratio to the
 * floor (1e5 and more) decided the score alone: ease_rel is then missing, which the
 * re-rankers take at its mean (logreg_term). recpart_features and the audience columns both
 * use it. */
static inline double rec_best_new(int has, double best)
{
	return has && best > 1e-6 ? best : NAN;
}

/* The features of owned pair pr of customer u (RR_F_ORDERS to RR_F_RATE, RR_F_Q_TOT to
 * RR_F_Q_TREND) into x, at p's history end; us is u's row of p->user_f. One function for
 * the ranking and for why and audience, which must agree. */
static inline void rec_pair_features(const rr_recpart *p, uint32_t u, const rr_pair *pr,
				     double *x)
{
	const rr_dataset *d = p->ds;
	const double *us = p->user_f + (size_t)u * RR_USER_F;
	double n = (double)pr->orders, q = pr->quantity, last = pr->last_qty;
	x[RR_F_ORDERS] = log1p(n);
	x[RR_F_SINCE] = log1p((p->t_end - (double)pr->last) / RR_DAY_MINUTES);
	x[RR_F_SHARE] = n / (double)d->user_invoices[u];
	x[RR_F_RATE] = n / (us[2] > 30 ? us[2] : 30) * 30;
	x[RR_F_Q_TOT] = log1p(q > 0 ? q : 0);
	x[RR_F_Q_MEAN] = log1p(q > 0 ? q / n : 0);
	x[RR_F_Q_LAST] = log1p(last > 0 ? last : 0);
	x[RR_F_SPEND_SHARE] = d->user_spend[u] > 0 ? pr->spend / d->user_spend[u] : 0;
	x[RR_F_Q_TREND] = last > 0 && q > 0 ? log(last * n / q) : 0;
}

/* The item's own features (RR_F_INV14 to RR_F_ITEM_OPO, RR_F_IDLE) from its row it of
 * p->item_f into x: one function for the ranking and for the audience columns. */
static inline void rec_item_features(const double *it, double *x)
{
	x[RR_F_INV14] = it[0];
	x[RR_F_INV30] = it[1];
	x[RR_F_AGE] = it[2];
	x[RR_F_POP] = it[3];
	x[RR_F_ITEM_REP] = it[4];
	x[RR_F_ITEM_OPO] = it[5];
	x[RR_F_IDLE] = it[6];
}

/* The same features of an item the customer never bought: 0. */
static inline void rec_no_pair_features(double *x)
{
	x[RR_F_ORDERS] = x[RR_F_SINCE] = x[RR_F_SHARE] = x[RR_F_RATE] = 0;
	x[RR_F_Q_TOT] = x[RR_F_Q_MEAN] = x[RR_F_Q_LAST] = 0;
	x[RR_F_SPEND_SHARE] = x[RR_F_Q_TREND] = 0;
}

/* The compact vector of lr's features from a row of all RR_F_N features. */
static inline void rec_gather(const rr_logreg *lr, const double *row, double *x)
{
	for (int a = 0; a < lr->n; a++)
		x[a] = row[lr->feat[a]];
}

#endif
