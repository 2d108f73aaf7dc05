/* recommend.h — relrec's recommender, "LR2-CF": EASE candidates ranked by two logistic
 * re-rankers, one for the items a customer owns and one for the items they never bought, over
 * item–item (EASE), neighbourhood (UP-CF@r, TIFU-KNN, cf.h) and history features. No neural
 * network: the recommender depends on the transactions (the dataset's generation) only, not
 * on labels or a trained model.
 *
 * Fitting for a history ending at T (every row before T is known):
 *   1. V = T − 92 days (split.h's inner period);
 *   2. EASE (λ 500), UP-CF (r 1, α 0.5, q 1, k 100) and TIFU (k 100, r_b 1, r_g 0.9, m 7) on
 *      the rows before V;
 *   3. every customer with history before V who bought in [V, T) gets its candidates' features
 *      at H = V, label = bought the item in [V, T);
 *   4. one L2 logistic regression per segment (owned, never bought), Newton's method, l2 1e-4;
 *   5. EASE, UP-CF and TIFU refitted on all rows before T, features at H = T.
 * Both regressions give the probability of buying in the next 92 days for a customer who buys
 * in them (their labels are those customers'), so the two segments merge into one ranking. A third, on an even sample of RR_REC_OUTSIDE of each customer's
 * never-bought items outside the candidates, maps the never-bought one's logit to their
 * chance for audiences (RR_SCORE_OTHERS); no list holds them.
 *
 * Candidates of customer u: every item u owns, and the RR_REC_CAND never-bought items with the
 * highest EASE score (ties by stock code). Other items score ease(u,i) − 1e6: below every
 * candidate, in EASE order. */
#ifndef RELREC_RECOMMEND_H
#define RELREC_RECOMMEND_H

#include <stddef.h>
#include <stdint.h>

#include "cf.h"
#include "clean.h"
#include "dataset.h"
#include "logreg.h"
#include "rows.h"
#include "sink.h"
#include "split.h"

struct rr_ease;

#define RR_REC_CAND 200       /* never-bought candidates per customer: the top of EASE */
/* Training customers of the re-rankers at most (a regular sample past it): each brings its
 * owned items and RR_REC_CAND candidates as rows, so 330 k customers of a 30 M-row log would
 * be 75 M rows (8 GB of features) for two regressions of 14 and 10 weights, which 4,000
 * customers' million rows already fit; Online Retail's 1,947 all take part. */
#define RR_REC_TRAIN_MAX 4000
/* Rows of never-bought items outside the candidates per training customer (as many as the
 * candidates), for the map of their chance in audiences (rr_recsys.outside). The never-bought
 * re-ranker, fitted on EASE's best 200, read an item sold once as far below its rows'
 * popularity and extrapolated (t55 F7: a chance of 0.13 for every customer, 469 expected
 * buyers, for an item ordered once). With Online Retail's history before 2011-06-01, the
 * outside items' chances summed over the customers who bought in the next 92 days came to
 * 85,346 for 17,515 buyers (to 12,103 for 207 of the items sold once); mapped, 22,375 (762);
 * Online Retail II before 2010-06-01: 136,601 for 18,938, mapped 23,636. evaluate audience's
 * NDCG@10 there, task new: 0.198 to 0.190 and 0.191 to 0.186; task all unchanged. */
#define RR_REC_OUTSIDE 200

/* The features of a (customer u, item i) pair at history end H (DAY = 1440 minutes). */
enum rr_rec_feat {
	RR_F_EASE = 0,     /* ease(u,i) = Σ_{j ∈ I(u)} B_ji */
	RR_F_EASE_RANK,    /* log1p(0-based rank of i by EASE within its segment, ties by code) */
	RR_F_EASE_REL,     /* ease(u,i) ÷ max(1e-6, u's best never-bought EASE score) */
	RR_F_INV14,        /* log1p(invoices holding i from H − 14 days) */
	RR_F_INV30,        /* log1p(the same from H − 30 days) */
	RR_F_AGE,          /* log1p(days from i's first invoice to H) */
	RR_F_POP,          /* log1p(invoices holding i) */
	RR_F_ORDERS,       /* log1p(orders(u,i)) */
	RR_F_SINCE,        /* log1p(days from u's last invoice holding i to H) */
	RR_F_SHARE,        /* orders(u,i) ÷ u's invoices */
	RR_F_RATE,         /* 30 · orders(u,i) ÷ max(30, days from u's first invoice to H) */
	RR_F_ITEM_REP,     /* (owners of i with 2+ orders + 1) ÷ (owners of i + 2) */
	RR_F_ITEM_OPO,     /* ln((Σ_u orders(u,i) + 1) ÷ (owners of i + 1)) */
	RR_F_UPCF,         /* UP-CF@r score (r 1, α 0.5, q 1, k 100) */
	RR_F_TIFU_NB,      /* TIFU-KNN's neighbour mean of U(·,i) (k 100, r_b 1, r_g 0.9, m 7) */
	RR_F_USER_SINCE,   /* log1p(days from u's last invoice to H) */
	RR_F_USER_INV,     /* log1p(u's invoices) */
	/* what the quantities say of a restocking customer (research12/v_results.md) */
	RR_F_Q_TOT,        /* log1p(Σ quantity(u,i)) */
	RR_F_Q_MEAN,       /* log1p(Σ quantity(u,i) ÷ orders(u,i)) */
	RR_F_Q_LAST,       /* log1p(quantity of u's latest invoice holding i) */
	RR_F_SPEND_SHARE,  /* spend(u,i) ÷ u's spend (0 when u spent nothing) */
	RR_F_Q_TREND,      /* ln(that latest quantity ÷ the mean per order) (0 when either ≤ 0) */
	RR_F_IDLE,         /* log1p(days from i's last invoice to H): is it still sold */
	RR_F_N
};
/* Its short name ("ease", "inv14", ...: SPEC's). */
const char *rec_feat_name(enum rr_rec_feat f);

/* The segments of a customer's items. */
enum rr_rec_seg {
	RR_SEG_OWNED = 0,  /* bought before H: the owned re-ranker */
	RR_SEG_NEW = 1,    /* never bought, among the candidates: the never-bought re-ranker */
	RR_SEG_OTHER = 2   /* never bought, outside the candidates: ease − 1e6 in a list, the
	                      never-bought re-ranker through the outside map in an audience
	                      (RR_SCORE_OTHERS) */
};

/* One history's scoring state (the inner one while fitting, the full one after). */
typedef struct rr_recpart {
	const rr_dataset *ds;        /* the history (borrowed) */
	int32_t t_end;               /* H: the first minute after it */
	struct rr_ease *ease;        /* EASE on ds (owned) */
	rr_cfdata *cf;               /* baskets and owners (owned) */
	rr_recent last;              /* each customer's last basket, W_1 (owned) */
	rr_nbrs upcf;                /* UP-CF neighbours and similarities (owned) */
	rr_tifu_vec tifu;            /* TIFU's vectors (owned) */
	rr_nbrs tifu_nb;             /* TIFU's 100 nearest (owned) */
	double *item_f;              /* [n_items × RR_ITEM_F] item features (owned) */
	double *user_f;              /* [n_users × RR_USER_F] customer features (owned) */
	uint32_t *tie;               /* [n_items] tie keys (owned) */
	int32_t *ease_slot;          /* [n_users] row of ease_rows holding the customer's EASE
	                                scores, or -1 (owned; NULL: none kept) */
	float *ease_rows;            /* [rows × n_items] the EASE scores of the customers owning
	                                RR_REC_ROW_MIN items or more (owned) */
	int lazy;                    /* 1 = upcf and tifu_nb are empty: each customer's neighbours
	                                are searched when it is scored (a history of more than
	                                RR_CF_POOL customers, for all of them: recfeat.c), until
	                                recsys_prepare_columns fills them (tifu_nb's w stays NULL) */
} rr_recpart;
/* A customer's EASE scores sum a row of B for every item they own: a customer with thousands
 * reads tens of megabytes of B. Those from this many items on are summed once, at the fit. */
#define RR_REC_ROW_MIN 512
#define RR_ITEM_F 7              /* INV14, INV30, AGE, POP, ITEM_REP, ITEM_OPO, IDLE */
#define RR_USER_F 3              /* USER_SINCE, USER_INV, days from the first invoice to H */

/* What the column scorer keeps per customer (recsys_prepare_columns). */
typedef struct rr_rec_cols {
	float *pair_ease;            /* [n_pairs] ease(u,i) of each owned pair */
	uint32_t *cand;              /* [n_users × RR_REC_CAND] never-bought candidates, in rank order */
	float *cand_ease;            /* [n_users × RR_REC_CAND] their EASE scores */
	uint16_t *n_cand;            /* [n_users] candidates found */
	double *best_new;            /* [n_users] max(1e-6, best never-bought EASE score) */
	/* the neighbourhoods, so that a column searches none (t24: past RR_CF_POOL customers a
	 * search per customer made each audience take a minute) */
	rr_nbrs followers;           /* UP-CF's lists turned around (nbrs_reverse): v's list holds
	                                every u whose N(u) holds v, with sim(u,v)^q */
} rr_rec_cols;

typedef struct rr_recsys {
	rr_recpart part;             /* scoring state on the full history */
	rr_logreg lr[2];             /* [RR_SEG_OWNED], [RR_SEG_NEW]: the audiences' re-rankers
	                                (RR_SCORE_OTHERS), which compare customers */
	rr_logreg list[2];           /* the lists' (RR_SCORE_LISTS), which order one customer's
	                                items: lr[RR_SEG_OWNED]'s weights with a map of their own,
	                                and the never-bought candidates' order, a conditional
	                                logit (logreg.h) over lr[RR_SEG_NEW]'s features; see
	                                rec_model */
	rr_logreg outside;           /* the audiences' chance of an item outside the candidates:
	                                over lr[RR_SEG_NEW]'s logit and the item's popularity
	                                (rec_outside_inputs) */
	int fitted;                  /* 1 = the re-rankers were fitted (else EASE alone) */
	int outside_fitted;          /* 1 = outside was fitted; 0 = its rows held one label only,
	                                and lr[RR_SEG_NEW] scores those items as it is */
	size_t n_rows[3];            /* training rows per segment */
	uint32_t n_train;            /* training customers */
	double seconds;              /* time the fit took */
	char note[512];              /* how it was fitted, for `recommend` to say */
	uint64_t ds_gen;             /* generation of the history it was fitted on (cache key) */
	rr_rec_cols *cols;           /* column scorer caches, or NULL before the first need (owned) */
} rr_recsys;

/* Options of the fit. */
typedef struct rr_rec_opts {
	int threads;                 /* threads for the neighbour lists and features (>= 1) */
	const rr_tsplit *inner;      /* the inner split (rows before T − 92 days, labels up to T)
	                                when the caller has it, else NULL (built here) */
} rr_rec_opts;

/* Fit the recommender for history ds = rows of r kept by c before t_end (ds must outlive the
 * recommender; t_end is split_history_end(ds) for a session's data). Returns a new
 * recommender (recsys_free) or NULL with err_set. Progress (RR_PHASE_EVAL, "fit recommender:
 * ...") goes to w at least every RR_TICK_S; a stop abandons the fit: NULL with "recommender fit
 * interrupted". w and o may be NULL. Without an inner period (too little data) the recommender
 * is EASE alone (fitted 0, note says why). */
rr_recsys *recsys_fit(const rr_rows *r, const rr_clean *c, const rr_dataset *ds, int32_t t_end,
		      const rr_rec_opts *o, rr_work *w);
void recsys_free(rr_recsys *s);
/* What a fitted recommender's score of an item for a customer is, as every command that shows
 * or writes one says it (recommend, why, audience and their exports): "the chance the item is
 * among their purchases of the next 92 days if they buy anything in them". The re-rankers learn
 * from the customers who bought in their label period, so a customer who will not come back
 * is scored as one who will (t55 F1; with the history up to 2011-05-31, the customers gone 90
 * to 180 days scored 0.31 on average on their top 5 with owned items, and bought 0.095 of
 * them: 0.32 of them bought anything in the next 92 days). */
const char *rec_score_meaning(void);
/* The name of the recommender's score column, on the screens that show it (recommend,
 * audience) and in the exports that write it (export recommendations, export audience): one
 * name whichever model scored it. A fitted recommender's score is a chance
 * (rec_score_meaning) but EASE's alone is not (above 1 for an item the customer bought), so
 * the column's meaning is said under it, never in its name (t69 F-A: export audience wrote
 * "chance" over EASE's 3.07 while the screen said "score"), and a tool reading an export
 * finds the same header either way. */
#define RR_SCORE_COLUMN "score"
/* The name of what s is, for a table's config column: "LR2-CF" when the re-rankers were
 * fitted, "EASE only" when the fit fell back to EASE alone (its note says why). */
const char *recsys_config(const rr_recsys *s);
/* The score EASE alone (not fitted) gives an item a customer bought on `orders` invoices
 * (0: never bought): EASE's item-item score, which leaves out the item itself, plus those
 * invoices, so that a customer's own repeat purchases count (t51 F1: a monthly subscriber of
 * an item ranked below customers who never bought it). */
double rec_ease_only_score(float ease, uint32_t orders);

/* Scratch for scoring one customer at a time (one per thread). */
typedef struct rr_rec_work {
	float *ease;                 /* [n_items] EASE scores */
	double *upcf;                /* [n_items] UP-CF scores (zero between calls) */
	double *tifu;                /* [n_items] TIFU neighbour sums (zero between calls) */
	double *x;                   /* [n_items × RR_F_N] features of the candidates */
	unsigned char *seg;          /* [n_items] enum rr_rec_seg */
	uint32_t *items;             /* [n_items] the customer's owned items, then the sampled
	                                outside items (n_sample of them), else scratch */
	uint32_t *cand;              /* [RR_REC_CAND] never-bought candidates in rank order */
	double *dscore;              /* [n_items] */
	void *keys;                  /* [n_items] sort keys */
	uint32_t n_owned, n_cand;    /* the last customer's owned items and candidates */
	uint32_t n_sample;           /* its outside items sampled (recpart_features) */
	/* a lazy part's neighbour searches (rr_recpart.lazy), else unused */
	rr_cfwork cf;                /* search scratch */
	uint32_t *up_v, *tf_v;       /* the last customer's UP-CF and TIFU neighbours */
	double *up_w;                /* UP-CF's weights */
	size_t n_up, n_tf;
} rr_rec_work;
int rec_work_alloc(rr_rec_work *w, const rr_recpart *p);
void rec_work_free(rr_rec_work *w);

/* Features of every candidate of customer u into w->x (row i: all RR_F_N features of item i)
 * and the segments into w->seg; ease_row is u's EASE scores when already computed, else NULL.
 * others: RR_REC_ALL_OTHERS, the items outside the candidates get the never-bought features
 * too, at the candidates' last rank (RR_SCORE_OTHERS); another m > 0, m of them do, evenly
 * spread (the outside re-ranker's training rows), listed in w->items[n_owned..+n_sample);
 * 0, none. 0 or -1. */
#define RR_REC_ALL_OTHERS UINT32_MAX
int recpart_features(const rr_recpart *p, uint32_t u, rr_rec_work *w, const float *ease_row,
		     uint32_t others);

/* Score every item for customer u: score[i] = P(u buys i in the next period) for candidates,
 * ease − 1e6 for the other items (EASE alone when not fitted). Reads s only: threads may score
 * together, each with its own w. Under a millisecond (0.4 ms for the customer who owns the
 * most, 1,785 items). 0 or -1. */
int recsys_score(const rr_recsys *s, uint32_t u, rr_rec_work *w, double *score);

/* The items customer u's list leaves out into skip [d->n_items]: those blocked (the business
 * rules' rules_mask; NULL: none) and, unless owned_too, those u bought. recommend's lists and
 * why's ranks both read it, so a rank why gives is a place in the list recommend gives. */
void rec_list_skip(const rr_dataset *d, uint32_t u, int owned_too, const unsigned char *blocked,
		   unsigned char *skip);

/* How an item outside a customer's candidates (RR_SEG_OTHER) is scored.
 * RR_SCORE_LISTS: ease − 1e6, below every candidate — a customer's list is ranked within the
 * customer, and the candidates are where the re-ranker was trained.
 * RR_SCORE_OTHERS: by the never-bought re-ranker, its EASE rank taken as the candidates'
 * last, its logit mapped by rr_recsys.outside (RR_REC_OUTSIDE says why). An audience ranks
 * customers against each other: a heavy buyer's 201st item can be likelier than a light
 * buyer's 5th, and "ease − 1e6" put every such buyer last (on Online Retail's inner period,
 * cutoff 2011-06-01, evaluate audience's task new NDCG@10 went from 0.208 to 0.255 with it). */
enum rr_score_mode { RR_SCORE_LISTS = 0, RR_SCORE_OTHERS = 1 };

/* RR_SCORE_LISTS' offset below the candidates: an order, not a figure anyone should see. */
#define RR_REC_BELOW 1e6
/* A list score as shown or written: the score itself, or NaN for an item outside the
 * candidates (ease − RR_REC_BELOW is no chance; callers show "-" or an empty cell and say the
 * item is ranked by EASE below the scored ones). EASE alone (not fitted) has no offset. */
double rec_shown_score(const rr_recsys *s, double score);

/* The inputs of s->outside from a row of the never-bought re-ranker's features (compact, as
 * rec_gather gives them): in[0] its logit, in[1] the item's popularity (pop). */
void rec_outside_inputs(const rr_recsys *s, const double *x, double *in);
/* The re-ranker of segment g (RR_SEG_OTHER: the never-bought one) under a mode. A list orders
 * one customer's items, and its never-bought order is a conditional logit fitted on each
 * training customer's candidates, which reads only what tells one item from another for the
 * same customer; an audience orders customers for one item, which needs what tells customers
 * apart (their activity, their EASE sums' size), the pointwise regression's (README: the
 * recommender's features; chosen on both public files' inner windows: lists' new NDCG@10
 * +0.013 and +0.003, audiences' new NDCG@10 0.19 with the pointwise one, 0.11 with the other). */
static inline const rr_logreg *rec_model(const rr_recsys *s, enum rr_score_mode mode, int g)
{
	/* the items outside the candidates are only ever scored for audiences */
	if (g == RR_SEG_OTHER)
		return &s->lr[RR_SEG_NEW];
	return mode == RR_SCORE_LISTS ? &s->list[g] : &s->lr[g];
}
/* The probability segment g's re-ranker under mode gives a row of all RR_F_N features
 * (RR_SEG_OTHER: the audiences' chance, s->outside over the never-bought re-ranker). */
double rec_seg_prob(const rr_recsys *s, enum rr_score_mode mode, int g, const double *row);

/* recsys_score under a mode: RR_SCORE_LISTS is recsys_score. */
int recsys_score_mode(const rr_recsys *s, uint32_t u, rr_rec_work *w, double *score,
		      enum rr_score_mode mode);

/* Every customer's top k (owned items excluded unless owned_too) in rank order: top is
 * [n_users × k], n_top[u] how many were found, top_score (or NULL) their scores. EASE for all
 * customers is one blocked pass (ease_score_users); customers are split over threads. w (may
 * be NULL) is asked between blocks whether to stop. 0 or -1. */
int recsys_topk_all(const rr_recsys *s, int k, int owned_too, int threads, uint32_t *top,
		    double *top_score, int *n_top, rr_work *w);

/* ---- for audience and explanations ---- */

/* One feature's part in a pair's score. */
typedef struct rr_rec_term {
	enum rr_rec_feat feat;
	const char *name;            /* rec_feat_name(feat) */
	double value;                /* x: the feature's value for the pair */
	double weight;               /* w: the re-ranker's weight on the standardized feature */
	double contrib;              /* w · (x − mean) / sd: its part of the logit (0 at the mean) */
} rr_rec_term;

/* Why a pair scores what it scores. */
typedef struct rr_rec_explain {
	uint32_t user, item;
	enum rr_rec_seg seg;         /* which re-ranker scores it in a list (RR_SEG_OTHER: none) */
	double score;                /* exactly recsys_score's score[item] */
	double audience;             /* exactly recsys_score_mode's under RR_SCORE_OTHERS, whose
	                                re-rankers are the audiences' (rec_model); the terms
	                                below are the list's, but for RR_SEG_OTHER, where they are
	                                the never-bought audience re-ranker's and cal_a, cal_c the
	                                outside map's on its logit (recommend.h says why) */
	double intercept;            /* b of the re-ranker the terms are of (0: none, not fitted) */
	double logit;                /* b + Σ contrib (NaN: no re-ranker) */
	double cal_a, cal_c;         /* the re-ranker's output map: score σ(cal_a·logit + cal_c) */
	int n_terms;
	rr_rec_term term[RR_F_N];    /* the re-ranker's features, in enum order */
	uint32_t rank_all;           /* 1-based place of item in u's list with owned items
	                                (recommend --owned); 0 when blocked */
	uint32_t rank_new;           /* its place in u's list of never-bought items (recommend);
	                                0 for an owned item or when blocked */
} rr_rec_explain;

/* Explain customer u's score of item i (both dataset indices of s's history). blocked (may be
 * NULL) marks the items the business rules forbid (rules_mask): the ranks are places in the
 * lists recommend gives under them (rec_list_skip), and a blocked item has none. w is scratch
 * as for recsys_score. Costs one recsys_score (two for an item outside the candidates). 0 or
 * -1 with err_set. */
int recsys_explain(const rr_recsys *s, uint32_t u, uint32_t i, const unsigned char *blocked,
		   rr_rec_work *w, rr_rec_explain *out);

/* Build the per-customer caches the column scorer reads (every customer's EASE candidates and
 * owned items' EASE scores: one blocked EASE pass, about 0.3 s on Online Retail; 100,000
 * customers and items, a few seconds; and UP-CF's neighbour lists turned around). A lazy
 * part's neighbours are searched here, every customer's once, and kept in s->part, which is
 * lazy no more: nothing scoring s searches after this (past RR_CF_POOL customers: about a
 * millisecond of CPU per customer, split over the threads). Done once; later calls return at
 * once. Holds n_users × RR_REC_CAND × 8 bytes, 12 bytes per UP-CF neighbour (about 150 per
 * customer; 24 for a lazy part, whose lists are kept too), 4 per TIFU neighbour (100) of a
 * lazy part, and scratch bounded by RR_EASE_MAX_ITEMS, not by the catalogue.
 * Progress and stop through w (may be NULL): a stop leaves no cache. Not thread-safe: call
 * it before sharing s between threads. 0 or -1 with err_set. */
int recsys_prepare_columns(rr_recsys *s, int threads, rr_work *w);
/* Item i's score for every customer: score[u] for u in 0..n_users equals recsys_score_mode's
 * score[i] for u under the same mode, bit for bit; seg (or NULL) receives each customer's segment of i. Needs
 * recsys_prepare_columns, and searches no customer's neighbours (UP-CF's sums come from the
 * followers of the customers whose last basket holds i, TIFU's only for i's owners). A few
 * milliseconds on Online Retail (4,334 customers); reads s only, so threads may call it
 * together. 0 or -1 with err_set. */
int recsys_item_column(const rr_recsys *s, uint32_t i, double *score, unsigned char *seg,
		       enum rr_score_mode mode);

/* The evaluation scorer (baselines.h's rr_score_fn): ctx is an rr_rec_eval. */
typedef struct rr_rec_eval {
	const rr_recsys *s;
	rr_rec_work w;
} rr_rec_eval;
int score_recsys(void *ctx, const rr_dataset *train, uint32_t u, double *score);

#endif
