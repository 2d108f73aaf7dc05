/* recommend.h — relrec's recommender (DESIGN §5, §7): the relevance network for what a
 * customer re-buys, EASE for what is new to them, and a logistic re-ranker over both that is
 * fitted on an inner validation period and never on the period it is judged on.
 *
 * Fitting for a history ending at T (every row before T is known):
 *   inner history = rows before V = T − RR_REC_INNER_DAYS days, inner labels = rows in [V, T);
 *   EASE (and the network, when available) are fitted on the inner history; candidates of each
 *   customer bought in both inner periods (owned items + the top RR_REC_CAND EASE items they
 *   never bought) get features, label = bought in [V, T); two logistic regressions are fitted
 *   (owned items, never-bought items). Then EASE and the network are refitted on all rows
 *   before T and the regressions score from there. Their outputs are probabilities of buying in
 *   the next period, so owned and new items merge into one ranking. */
#ifndef RELREC_RECOMMEND_H
#define RELREC_RECOMMEND_H

#include <stddef.h>
#include <stdint.h>

#include "clean.h"
#include "dataset.h"
#include "labels.h"
#include "rows.h"
#include "settings.h"
#include "sink.h"

struct rr_model;
struct rr_ease;

#define RR_REC_INNER_DAYS 92  /* 2011-09-01 − 92 days = 2011-06-01, DESIGN §6's inner period */
#define RR_REC_CAND 200       /* never-bought candidates per customer: the top of EASE */

/* Features of a (customer, item) pair; see recommend.c for their exact definitions. */
enum rr_rec_feat {
	RR_F_EASE = 0,     /* EASE score */
	RR_F_EASE_RANK,    /* log1p(rank of the item by EASE among the segment's items) */
	RR_F_EASE_REL,     /* EASE score ÷ the customer's best never-bought EASE score */
	RR_F_INV14,        /* log1p(item's invoices in the last 14 days of history) */
	RR_F_INV30,        /* log1p(item's invoices in the last 30 days) */
	RR_F_AGE,          /* log1p(days since the item was first sold) */
	RR_F_POP,          /* log1p(item's invoices in all history) */
	RR_F_ORDERS,       /* log1p(customer's order count of the item) */
	RR_F_SINCE,        /* log1p(days since the customer last bought the item) */
	RR_F_SHARE,        /* order count ÷ the customer's invoices */
	RR_F_NET,          /* the network's expected relevance Σ_c v(c)·P(c) (0 without one) */
	RR_F_NET_NONE,     /* the network's P(none) (1 without one) */
	RR_F_USER_INV,     /* log1p(customer's invoices) */
	RR_F_USER_SINCE,   /* log1p(days since the customer's last invoice) */
	RR_F_N
};

/* Logistic regression on standardized features: p = σ(b + Σ_f w_f (x_f − mean_f) / sd_f). */
typedef struct rr_logreg {
	int used[RR_F_N];        /* 1 = feature in the model */
	double mean[RR_F_N];     /* training means */
	double sd[RR_F_N];       /* training standard deviations (1 when constant) */
	double w[RR_F_N];        /* weights on standardized features */
	double b;                /* intercept */
} rr_logreg;

/* Fit by Newton's method (IRLS) with L2 penalty l2 on w (not b). x is (n, RR_F_N) row-major,
 * y[n] in {0,1}. Only features with used[f] set take part. 0 or -1. */
int logreg_fit(rr_logreg *m, const float *x, const unsigned char *y, size_t n, double l2,
	       int iters);
double logreg_prob(const rr_logreg *m, const float *x);
/* Log loss of m on (x, y): for tests and validation. */
double logreg_loss(const rr_logreg *m, const float *x, const unsigned char *y, size_t n);

/* One history period's scoring state: its dataset, EASE, network and item features. */
typedef struct rr_recpart {
	const rr_dataset *ds;        /* history (borrowed) */
	int32_t t_end;               /* first minute after the history */
	struct rr_ease *ease;        /* EASE on ds (owned) */
	const struct rr_model *model;/* network on ds, or NULL (borrowed) */
	struct rr_model *own_model;  /* model trained by the recommender itself, or NULL (owned) */
	float *item_f;               /* [n_items × 4] INV14, INV30, AGE, POP (owned) */
	uint32_t *tie;               /* [n_items] tie keys (owned) */
	int n_classes;               /* network classes (0 without a network) */
	int none_class;              /* index of class "none" or -1 */
} rr_recpart;

typedef struct rr_recsys {
	rr_recpart part;             /* scoring state on the full history */
	rr_logreg lr[2];             /* [0] owned items, [1] never-bought items */
	int fitted;                  /* 1 = the re-rankers were fitted (else EASE-only fallback) */
	double val_ndcg[2];          /* inner-validation NDCG@10 (all, new) of the fitted re-ranker */
	double val_ease[2];          /* the same for EASE alone, for comparison */
	double val_net[2][2];        /* held-out NDCG@10 [without, with network][all, new] */
	int uses_network;            /* 1 = the network's outputs are re-ranker features */
	char note[200];              /* how it was fitted, for `recommend` to say */
	uint64_t ds_gen;             /* generation of the history it was fitted on (cache key) */
	uint64_t model_gen;          /* generation of o->model it was given, 0 for none (cache key) */
} rr_recsys;

/* Options of the fit. */
typedef struct rr_rec_opts {
	double lambda;               /* EASE λ (500) */
	int use_network;             /* 1 = train/use the relevance network as a feature source */
	const struct rr_model *model;/* a network already trained on the full history, or NULL */
	const rr_labels *labels;     /* labels for networks it trains */
	const rr_settings *settings; /* settings for networks it trains (test share forced to 0) */
} rr_rec_opts;

/* Fit the recommender for history ds (= rows of r kept by c and before t_end; ds must outlive
 * the recommender). Returns a new recommender (recsys_free) or NULL with err_set. Every stage
 * reports to w's sink at least every RR_TICK_S (RR_PHASE_EVAL "fit recommender: ...", and the
 * networks' own training progress); a stop abandons the fit and frees all of it: NULL with
 * "recommender fit interrupted". w may be NULL. */
rr_recsys *recsys_fit(const rr_rows *r, const rr_clean *c, const rr_dataset *ds, int32_t t_end,
		      const rr_rec_opts *o, rr_work *w);
void recsys_free(rr_recsys *s);

/* Scratch for scoring one customer at a time (one per thread). */
typedef struct rr_rec_work {
	float *ease;                 /* [n_items] EASE scores */
	float *net;                  /* [n_items] network scores (by item; candidates only) */
	float *probs;                /* [n_items × classes] network probabilities (by item; only the
	                                candidates' are computed) */
	float *lnet, *lprobs;        /* the same for a list of items, in list order, before they
	                                are put in place by item */
	float *x;                    /* [n_items × RR_F_N] features */
	uint32_t *items;             /* [n_items] scratch */
	uint32_t *cand;              /* [RR_REC_CAND] */
	unsigned char *seg;          /* [n_items] 0 owned, 1 never-bought candidate, 2 neither */
	double *dscore;              /* [n_items] */
	void *keys;                  /* [n_items] sort keys (recommend.c's owned_key) */
} rr_rec_work;
int rec_work_alloc(rr_rec_work *w, const rr_recpart *p);
void rec_work_free(rr_rec_work *w);

/* Features of every item for customer u into w (w->x, w->seg); items outside the candidates
 * (seg 2) have no features. 0 or -1. */
int recpart_features(const rr_recpart *p, uint32_t u, rr_rec_work *w);

/* Score every item of the history for customer u: score[i] = P(buys i next period) from the
 * re-ranker, owned items and never-bought candidates merged; other items get
 * −1 + (a tiny EASE-ordered value), below every candidate. probs, when not NULL, receives the
 * network's class probabilities [n_items × n_classes] (zeros without a network). 0 or -1. */
int recsys_score(const rr_recsys *s, uint32_t u, rr_rec_work *w, double *score, float *probs);

/* Every customer's top k (owned items excluded unless owned_too) in rank order: top is
 * [n_users × k], n_top[u] how many were found, top_score (or NULL) their scores, top_probs
 * (or NULL) their network class probabilities [n_users × k × n_classes]. EASE for all
 * customers is one blocked pass (ease_score_users); customers are split over threads.
 * 0 or -1. */
int recsys_topk_all(const rr_recsys *s, int k, int owned_too, int threads, uint32_t *top,
		    double *top_score, float *top_probs, int *n_top);

/* The evaluation scorer (evaluate.h's rr_score_fn): ctx is an rr_rec_eval. */
typedef struct rr_rec_eval {
	const rr_recsys *s;
	rr_rec_work w;
} rr_rec_eval;
int score_recsys(void *ctx, const rr_dataset *train, uint32_t u, double *score);

#endif
