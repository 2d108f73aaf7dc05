/* cf.h — neighbourhood collaborative filtering for next-basket recommendation: the two
 * baselines of `evaluate ranking` beyond EASE, and two features of relrec's recommender.
 *
 * A history's baskets are each customer's invoices in time order (invoice time, then invoice
 * number, byte order). I(u) is the set of items u bought, n_u = |I(u)|.
 *
 * UP-CF@r (Faggioli, Polato and Aiolli 2020), parameters r, α, q, k:
 *   sim(u,v) = |I(u) ∩ I(v)| / n_u^α / n_v^(1−α)   (asymmetric cosine, u itself included)
 *   N(u)     = the v with sim(u,v) >= the k-th largest sim(u,·) (ties kept; k 0 = everyone)
 *   W_r(v,i) = the share of v's last r baskets (r 0 = all of them) that hold i
 *   score(u,i) = Σ_{v ∈ N(u)} sim(u,v)^q · W_r(v,i)
 *
 * TIFU-KNN (Hu, He, Gao and Zhang 2020), parameters k, r_b, r_g, α, m: v's n baskets b_0..b_{n−1}
 * fall into G groups: G = n groups of one basket when n < m, else G = m groups of ⌊n/m⌋ baskets,
 * the last n − m·⌊n/m⌋ of them one basket larger, in order.
 *   U(v,i) = (1/G) Σ_g r_g^(G−1−g) (1/|g|) Σ_{b ∈ g} r_b^(n−1−b) [i ∈ b]
 *   N(u)   = the k customers nearest u by ‖U(u) − U(v)‖², u itself first, ties by customer id
 *   score(u,i) = α U(u,i) + (1 − α) · mean_{v ∈ N(u)} U(v,i)
 *
 * Scores are doubles; ranking breaks their ties by stock code like every method. */
#ifndef RELREC_CF_H
#define RELREC_CF_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "sink.h"

/* ---- the history's baskets, shared by both methods ---- */

typedef struct rr_cfdata {
	const rr_dataset *ds;     /* the history (borrowed) */
	size_t *bstart;           /* [n_users+1] user u's baskets are bask[bstart[u] .. bstart[u+1]) */
	uint32_t *bask;           /* [n_invoices] invoices, each user's in time order */
	size_t *ostart;           /* [n_items+1] item i's owners are owner[ostart[i] .. ostart[i+1]) */
	uint32_t *owner;          /* [n_pairs] users owning each item, ascending */
	uint32_t *opair;          /* [n_pairs] the pair index of each (owner, item) in ds->pairs */
	uint32_t *utie;           /* [n_users] tie keys: position of the customer id in byte order */
	uint32_t *pitem;          /* [n_pairs] ds->pairs[p].item, packed (the pairs are 40 bytes) */
	/* the neighbour pool (RR_CF_POOL): the customers neighbours are searched among */
	uint32_t n_pool;          /* every customer, or RR_CF_POOL of them */
	uint32_t *pool;           /* [n_pool] those customers, ascending */
	unsigned char *in_pool;   /* [n_users] 1 for a customer of the pool */
	size_t *pstart;           /* [n_items+1] the owner index restricted to the pool: */
	uint32_t *powner;         /*   owners in the pool, ascending per item */
	uint32_t *ppair;          /*   the pair index of each */
} rr_cfdata;

/* Neighbours are searched among at most this many customers. Up to it, among everyone (the
 * methods as published); past it, among a regular sample of the customers by dense index
 * (customer k·n/RR_CF_POOL for k = 0, 1, ...), and a customer is always its own neighbour.
 * Why: sim(u,·) or ‖U(u) − U(·)‖² touches nearly every customer (everyone buys the popular
 * items), so all customers' neighbours cost Θ(customers²) plus Σ_i owners(i)²: 10¹¹ at the
 * 330 k customers of a 30 M-row log. With the pool one customer's search costs about
 * RR_CF_POOL plus its items' owners in the pool. */
#define RR_CF_POOL 20000
/* The pool's size cfdata_new uses, and past which the recommender's parts search neighbours
 * when a customer is scored (recfeat.c): RR_CF_POOL; the tests lower it to reach the sampled
 * search on a small file. */
extern uint32_t rr_cf_pool;

/* Index d's baskets and owners: d (and its rows, for invoice numbers) must outlive it. NULL
 * with err_set. */
rr_cfdata *cfdata_new(const rr_dataset *d);
/* The same with a neighbour pool of at most pool_max customers instead of rr_cf_pool (tests). */
rr_cfdata *cfdata_new_pool(const rr_dataset *d, uint32_t pool_max);
void cfdata_free(rr_cfdata *cd);

/* Scratch for one thread's neighbour searches over cd's customers. */
typedef struct rr_cfwork {
	uint32_t *cnt;            /* [n_users] co-counts, zero between calls */
	uint32_t *touched;        /* [n_users] customers with a non-zero co-count */
	double *val;              /* [n_users] UP-CF: similarities of the touched customers */
	double *dot;              /* [n_users] TIFU: dot products by customer, zero between calls */
	uint32_t *nb;             /* [n_users] neighbours found */
	double *nw;               /* [n_users] their weights */
	void *heap;               /* [2·n_users] selection scratch */
	double *pw;               /* [n_users] n_v^(1−α) for pw_alpha (UP-CF) */
	double pw_alpha;          /* the α of pw, NaN before the first use */
} rr_cfwork;
int cfwork_init(rr_cfwork *w, const rr_cfdata *cd);
void cfwork_free(rr_cfwork *w);

/* Neighbour lists of every customer (CSR), as the recommender keeps them. */
typedef struct rr_nbrs {
	uint32_t n_users;
	size_t *start;            /* [n_users+1] */
	uint32_t *v;              /* neighbours */
	double *w;                /* their weights */
} rr_nbrs;
void nbrs_free(rr_nbrs *n);
/* The lists turned around: out's list of v holds every u whose list in in holds v, u
 * ascending, with the weight u's list gives v (in->w; NULL: out->w stays NULL). So a sum over
 * u's list of the customers holding an item can be added, term by term in the same order,
 * from those customers' lists in out, visited by ascending v. 0 or -1 with err_set. */
int nbrs_reverse(const rr_nbrs *in, rr_nbrs *out);

/* ---- UP-CF@r ---- */

typedef struct rr_upcf_params {
	int r;                    /* recent baskets, 0 = all */
	double alpha;             /* asymmetry α */
	int q;                    /* locality exponent */
	int k;                    /* neighbours, 0 = all */
} rr_upcf_params;

/* W_r as a CSR by user: v's items of its last r baskets with their shares. */
typedef struct rr_recent {
	int r;                    /* 0 = all baskets */
	size_t *start;            /* [n_users+1] */
	uint32_t *item;           /* items, ascending within a user */
	double *w;                /* shares */
} rr_recent;
int recent_build(rr_recent *rw, const rr_cfdata *cd, int r);
void recent_free(rr_recent *rw);

/* sim(u,·) into w->val for the customers in w->touched[0..*n_touched), ascending: u and the
 * pool's customers sharing an item with u (the others have sim 0 or are outside the pool);
 * w->cnt is left zeroed. */
void upcf_sims(const rr_cfdata *cd, double alpha, uint32_t u, rr_cfwork *w, size_t *n_touched);
/* The k-th largest of x[0..n) (1 <= k <= n), through a min-heap of the k largest in
 * heap[0..k). */
double cf_kth_largest(const double *x, size_t n, size_t k, double *heap);
/* N(u) and the weights sim^q into w->nb, w->nw in ascending customer order; returns |N(u)|. */
size_t upcf_neighbours(const rr_cfdata *cd, const rr_upcf_params *p, uint32_t u, rr_cfwork *w);
/* score[i] += Σ_j wt[j] · W_r(nb[j], i), in the order of nb. */
void upcf_accumulate(const rr_recent *rw, const uint32_t *nb, const double *wt, size_t n,
		     double *score);
/* Every customer's N(u) and weights (only those with only[u] set, when only is not NULL: the
 * others get empty lists), customers split over threads. Progress and stop through w (may be
 * NULL): a stop leaves no lists ("... interrupted"). 0 or -1 with err_set. */
int upcf_all_neighbours(const rr_cfdata *cd, const rr_upcf_params *p, const unsigned char *only,
			int threads, rr_work *w, rr_nbrs *out);

/* ---- TIFU-KNN ---- */

typedef struct rr_tifu_params {
	int k;                    /* neighbours, u included */
	double rb;                /* within-group (basket) decay */
	double rg;                /* group decay */
	double alpha;             /* weight of u's own vector */
	int m;                    /* groups */
} rr_tifu_params;

/* U as one value per pair of ds (aligned with ds->pairs) and per owner entry of cd (aligned
 * with cd->owner), with every customer's ‖U(v)‖². */
typedef struct rr_tifu_vec {
	double *u;                /* [n_pairs] U(user, item) in pair order */
	double *uo;               /* [n_pairs] the same in owner order */
	double *puo;              /* the same in the pool's owner order (cd->powner) */
	double *sq;               /* [n_users] */
	uint32_t *by_sq;          /* [n_pool] the pool's customers by (sq, customer id) */
} rr_tifu_vec;
int tifu_vectors(rr_tifu_vec *t, const rr_cfdata *cd, double rb, double rg, int m);
void tifu_vec_free(rr_tifu_vec *t);
/* u and the k − 1 customers of the pool nearest u (fewer when the pool is smaller) into w->nb
 * in order (u first, then by distance, ties by customer id); returns how many. */
size_t tifu_neighbours(const rr_cfdata *cd, const rr_tifu_vec *t, uint32_t u, int k,
		       rr_cfwork *w);
/* out[i] += Σ_j U(nb[j], i), in the order of nb. */
void tifu_accumulate(const rr_cfdata *cd, const rr_tifu_vec *t, const uint32_t *nb, size_t n,
		     double *out);
/* TIFU's score from the sum over its k neighbours of U(·,i) and U(u,i): the mean is the sum
 * times 1/k (a multiplication: the grid computes it for every item and configuration). Every
 * path (scorer, grid, recommender) computes it this way, so they agree to the bit. */
static inline double tifu_combine(double alpha, double sum, double inv_k, double own)
{
	return (1 - alpha) * (sum * inv_k) + alpha * own;
}
/* The progress labels of the two passes (upcf_all_neighbours, then tifu_all_neighbours for
 * an audience's caches): one label for both showed a full bar start again at 0 % (t52 F3). */
#define RR_CF_PASS_UPCF "every customer's neighbours, 1 of 2 (up-cf)"
#define RR_CF_PASS_TIFU "every customer's neighbours, 2 of 2 (tifu)"
/* Every customer's N(u) (weights 1/|N(u)|), as upcf_all_neighbours. 0 or -1. */
int tifu_all_neighbours(const rr_cfdata *cd, const rr_tifu_vec *t, int k,
			const unsigned char *only, int threads, rr_work *w, rr_nbrs *out);

/* ---- the two methods as scorers (baselines.h's rr_score_fn) ---- */

/* One thread's UP-CF@r or TIFU-KNN scorer on cd's history (ctx of score_upcf, score_tifu). */
typedef struct rr_cf_scorer {
	const rr_cfdata *cd;      /* borrowed */
	rr_upcf_params up;        /* UP-CF's parameters (score_upcf) */
	rr_tifu_params tf;        /* TIFU's parameters (score_tifu) */
	rr_recent recent;         /* W_r (owned, UP-CF) */
	rr_tifu_vec vec;          /* U (owned, TIFU) */
	rr_cfwork w;              /* scratch (owned) */
} rr_cf_scorer;
int upcf_scorer_init(rr_cf_scorer *s, const rr_cfdata *cd, const rr_upcf_params *p);
int tifu_scorer_init(rr_cf_scorer *s, const rr_cfdata *cd, const rr_tifu_params *p);
void cf_scorer_free(rr_cf_scorer *s);
int score_upcf(void *ctx, const rr_dataset *train, uint32_t u, double *score);
int score_tifu(void *ctx, const rr_dataset *train, uint32_t u, double *score);

/* "r 1, α 0.5, q 1, k 100" (r all, k all for 0), "k 100, r_b 1, r_g 0.9, α 0.2, m 7". */
const char *upcf_params_text(const rr_upcf_params *p, char *buf, size_t size);
const char *tifu_params_text(const rr_tifu_params *p, char *buf, size_t size);

#endif
