/* recfeat.c — the recommender's models and features on one history (SPEC §2.2–2.4). */
#include "recfeat.h"

#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "baselines.h"
#include "ease.h"
#include "err.h"
#include "rank.h"

#define DAY ((double)RR_DAY_MINUTES)

const rr_upcf_params rec_upcf_params = {.r = 1, .alpha = 0.5, .q = 1, .k = 100};
const rr_tifu_params rec_tifu_params = {.k = 100, .rb = 1, .rg = 0.9, .alpha = 0.2, .m = 7};

static const char *const feat_name[RR_F_N] = {
	"ease", "ease_rank", "ease_rel", "inv14", "inv30", "age", "pop", "orders", "since",
	"share", "rate", "item_rep", "item_orders_per_owner", "upcf_new", "tifu_nb", "u_since",
	"u_inv", "q_tot", "q_mean", "q_last", "sp_share", "q_trend", "idle"};

const char *rec_feat_name(enum rr_rec_feat f)
{
	return f >= 0 && f < RR_F_N ? feat_name[f] : "?";
}

int rec_segment_features(enum rr_rec_seg seg, int *feat)
{
	/* chosen by greedy selection on pre-cutoff transfer windows (SPEC §3); the quantities
	 * by the same rule in a later round (v_results.md); idle by the same rule on both public
	 * files' inner windows (README: the recommender's features) */
	static const int owned[] = {RR_F_EASE, RR_F_EASE_RANK, RR_F_EASE_REL, RR_F_INV14,
				    RR_F_POP, RR_F_ORDERS, RR_F_SINCE, RR_F_SHARE, RR_F_RATE,
				    RR_F_ITEM_REP, RR_F_ITEM_OPO, RR_F_UPCF, RR_F_TIFU_NB,
				    RR_F_USER_SINCE, RR_F_Q_TOT, RR_F_Q_MEAN, RR_F_Q_LAST,
				    RR_F_SPEND_SHARE, RR_F_Q_TREND};
	static const int fresh[] = {RR_F_EASE, RR_F_EASE_RANK, RR_F_EASE_REL, RR_F_INV14,
				    RR_F_INV30, RR_F_AGE, RR_F_POP, RR_F_UPCF, RR_F_USER_SINCE,
				    RR_F_USER_INV, RR_F_IDLE};
	const int *f = seg == RR_SEG_OWNED ? owned : fresh;
	int n = seg == RR_SEG_OWNED ? (int)(sizeof owned / sizeof *owned)
				    : (int)(sizeof fresh / sizeof *fresh);
	memcpy(feat, f, (size_t)n * sizeof *feat);
	return n;
}

/* ==== one history ==== */

void recpart_free(rr_recpart *p)
{
	ease_free(p->ease);
	cfdata_free(p->cf);
	recent_free(&p->last);
	nbrs_free(&p->upcf);
	tifu_vec_free(&p->tifu);
	nbrs_free(&p->tifu_nb);
	free(p->item_f);
	free(p->user_f);
	free(p->tie);
	free(p->ease_slot);
	free(p->ease_rows);
	memset(p, 0, sizeof *p);
}

/* Item features at H = p->t_end: recent invoices, age, popularity, how owners re-buy, days
 * since the item's last sale. */
static int item_features(rr_recpart *p)
{
	const rr_dataset *d = p->ds;
	size_t n = d->n_items ? d->n_items : 1;
	double *first = malloc(n * sizeof *first), *last = malloc(n * sizeof *last), *owners = calloc(n, sizeof *owners);
	double *rep = calloc(n, sizeof *rep), *orders = calloc(n, sizeof *orders);
	double *f = p->item_f = calloc(n * RR_ITEM_F, sizeof *p->item_f);
	int rc = first && last && owners && rep && orders && f ? 0
			 : err_set("cannot allocate item features");
	for (uint32_t i = 0; rc == 0 && i < d->n_items; i++)
		first[i] = INFINITY, last[i] = -INFINITY;
	for (uint32_t v = 0; rc == 0 && v < d->n_invoices; v++) {
		double t = d->inv_minute[v];
		for (size_t q = d->inv_start[v]; q < d->inv_start[v + 1]; q++) {
			uint32_t i = d->inv_items[q];
			f[i * RR_ITEM_F + 0] += t >= p->t_end - 14 * DAY;
			f[i * RR_ITEM_F + 1] += t >= p->t_end - 30 * DAY;
			first[i] = t < first[i] ? t : first[i];
			last[i] = t > last[i] ? t : last[i];
		}
	}
	for (size_t q = 0; rc == 0 && q < d->n_pairs; q++) {
		uint32_t i = d->pairs[q].item;
		owners[i]++;
		rep[i] += d->pairs[q].orders >= 2;
		orders[i] += d->pairs[q].orders;
	}
	for (uint32_t i = 0; rc == 0 && i < d->n_items; i++) {
		double *x = f + (size_t)i * RR_ITEM_F;
		x[0] = log1p(x[0]);
		x[1] = log1p(x[1]);
		x[2] = log1p((p->t_end - first[i]) / DAY);
		x[3] = log1p((double)d->item_invoices[i]);
		x[4] = (rep[i] + 1) / (owners[i] + 2);
		x[5] = log((orders[i] + 1) / (owners[i] + 1));
		/* an item of no invoice (none in this history) is as idle as its age says */
		x[6] = log1p(last[i] < p->t_end ? (p->t_end - last[i]) / DAY : 0);
	}
	free(first);
	free(last);
	free(owners);
	free(rep);
	free(orders);
	return rc;
}

/* Customer features at H: since the last invoice, invoices, days since the first invoice. */
static int user_features(rr_recpart *p)
{
	const rr_dataset *d = p->ds;
	size_t n = d->n_users ? d->n_users : 1;
	double *f = p->user_f = malloc(n * RR_USER_F * sizeof *p->user_f);
	if (!f)
		return err_set("cannot allocate customer features");
	for (uint32_t u = 0; u < d->n_users; u++) {
		f[u * RR_USER_F + 0] = -INFINITY;   /* last invoice, then days since */
		f[u * RR_USER_F + 2] = INFINITY;    /* first invoice, then days since */
	}
	for (uint32_t v = 0; v < d->n_invoices; v++) {
		if (d->inv_user[v] == RR_NONE)
			continue;   /* no customer (clean customer off) */
		double *x = f + (size_t)d->inv_user[v] * RR_USER_F, t = d->inv_minute[v];
		if (t > x[0])
			x[0] = t;
		if (t < x[2])
			x[2] = t;
	}
	for (uint32_t u = 0; u < d->n_users; u++) {
		double *x = f + (size_t)u * RR_USER_F;
		x[0] = log1p((p->t_end - x[0]) / DAY);
		x[1] = log1p((double)d->user_invoices[u]);
		x[2] = (p->t_end - x[2]) / DAY;
	}
	return 0;
}

/* An item as its ties are ordered: bought in more invoices of the last 30 days, then of the
 * whole history, then by stock code. */
typedef struct tie_ref {
	double recent, all;
	const char *code;
	uint32_t item;
} tie_ref;

static int cmp_tie_ref(const void *a, const void *b)
{
	const tie_ref *x = a, *y = b;
	if (x->recent != y->recent)
		return x->recent > y->recent ? -1 : 1;
	if (x->all != y->all)
		return x->all > y->all ? -1 : 1;
	int c = strcmp(x->code, y->code);
	return c ? c : (x->item > y->item) - (x->item < y->item);
}

/* The items' tie keys (0 .. n-1): the order of items that score the same, which is the
 * never-bought candidates' of a customer EASE links to nothing (t70 F5: all 0, the 200
 * lowest stock codes were the candidates, a collection unsold for months, said "popular").
 * Needs the item features (recent invoices, x[1]). */
static int item_ties(rr_recpart *p)
{
	const rr_dataset *d = p->ds;
	tie_ref *order = malloc((d->n_items ? d->n_items : 1) * sizeof *order);
	p->tie = malloc((d->n_items ? d->n_items : 1) * sizeof *p->tie);
	if (!order || !p->tie) {
		free(order);
		return err_set("cannot allocate tie keys");
	}
	for (uint32_t i = 0; i < d->n_items; i++)
		order[i] = (tie_ref){p->item_f[(size_t)i * RR_ITEM_F + 1],
				     (double)d->item_invoices[i], dataset_item_name(d, i), i};
	qsort(order, d->n_items, sizeof *order, cmp_tie_ref);
	for (uint32_t r = 0; r < d->n_items; r++)
		p->tie[order[r].item] = r;
	free(order);
	return 0;
}

/* UP-CF's and TIFU's neighbours (SPEC §2.2) for the customers with only[u] (NULL: all).
 * Every customer's lists of a history past RR_CF_POOL customers would cost a search per
 * customer (minutes at 330 k customers) and hundreds of MB of lists for the few customers a
 * session scores: such a part is lazy, and scoring searches the scored customer's (the
 * audience columns search every customer's once, when they are prepared: recexplain.c). */
static int neighbourhoods(rr_recpart *p, const unsigned char *only, int threads)
{
	p->lazy = !only && p->ds->n_users > rr_cf_pool;
	if (!(p->cf = cfdata_new(p->ds)) ||
	    recent_build(&p->last, p->cf, rec_upcf_params.r) != 0 ||
	    (!p->lazy &&
	     upcf_all_neighbours(p->cf, &rec_upcf_params, only, threads, NULL, &p->upcf) != 0) ||
	    tifu_vectors(&p->tifu, p->cf, rec_tifu_params.rb, rec_tifu_params.rg,
			 rec_tifu_params.m) != 0 ||
	    (!p->lazy &&
	     tifu_all_neighbours(p->cf, &p->tifu, rec_tifu_params.k, only, threads, NULL,
				  &p->tifu_nb) != 0))
		return -1;
	return 0;
}

/* The EASE scores of the customers owning RR_REC_ROW_MIN items or more (with only[u], when
 * only is not NULL), in one blocked pass. */
static int heavy_rows(rr_recpart *p, const unsigned char *only, int threads)
{
	const rr_dataset *d = p->ds;
	uint32_t n = 0;
	size_t k = 0;
	p->ease_slot = malloc((d->n_users ? d->n_users : 1) * sizeof *p->ease_slot);
	size_t *us = malloc(((size_t)d->n_users + 1) * sizeof *us);
	uint32_t *it = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *it);
	int rc = p->ease_slot && us && it ? 0 : err_set("cannot allocate the heavy customers' rows");
	for (uint32_t u = 0; rc == 0 && u < d->n_users; u++) {
		size_t a = d->user_start[u], b = d->user_start[u + 1];
		p->ease_slot[u] = -1;
		if (b - a < RR_REC_ROW_MIN || (only && !only[u]))
			continue;
		p->ease_slot[u] = (int32_t)n;
		us[n++] = k;
		for (size_t q = a; q < b; q++)
			it[k++] = d->pairs[q].item;
	}
	us[n] = k;
	if (rc == 0 && n && !(p->ease_rows = malloc((size_t)n * d->n_items * sizeof *p->ease_rows)))
		rc = err_set("cannot allocate the heavy customers' rows");
	if (rc == 0 && n)
		rc = ease_score_users(p->ease, n, us, it, NULL, p->ease_rows, threads);
	free(us);
	free(it);
	return rc;
}

int recpart_start(rr_recpart *p, const rr_dataset *ds, int32_t t_end, const unsigned char *only,
		  int threads)
{
	memset(p, 0, sizeof *p);
	p->ds = ds;
	p->t_end = t_end;
	if (item_features(p) != 0 || user_features(p) != 0 || item_ties(p) != 0 ||
	    neighbourhoods(p, only, threads) != 0) {
		recpart_free(p);
		return -1;
	}
	return 0;
}

int recpart_finish(rr_recpart *p, const unsigned char *only, int threads, rr_work *w,
		   const char *what, rr_ease *ease)
{
	p->ease = ease;
	if ((!p->ease && !(p->ease = ease_fit_dataset_ticked(p->ds, RR_REC_LAMBDA, w, what))) ||
	    heavy_rows(p, only, threads) != 0) {
		recpart_free(p);
		return -1;
	}
	return 0;
}

int recpart_init(rr_recpart *p, const rr_dataset *ds, int32_t t_end, const unsigned char *only,
		 int threads, rr_work *w, const char *what, rr_ease *ease)
{
	if (recpart_start(p, ds, t_end, only, threads) != 0) {
		ease_free(ease);   /* p takes it over either way */
		return -1;
	}
	return recpart_finish(p, only, threads, w, what, ease);
}

size_t recpart_n_candidates(const rr_recpart *p, uint32_t u)
{
	size_t owned = p->ds->user_start[u + 1] - p->ds->user_start[u];
	size_t fresh = p->ds->n_items - owned;
	return owned + (fresh < RR_REC_CAND ? fresh : RR_REC_CAND);
}

/* ==== one customer's features ==== */

int rec_work_alloc(rr_rec_work *w, const rr_recpart *p)
{
	size_t n = p->ds->n_items ? p->ds->n_items : 1;
	memset(w, 0, sizeof *w);
	w->ease = malloc(n * sizeof *w->ease);
	w->upcf = calloc(n, sizeof *w->upcf);
	w->tifu = calloc(n, sizeof *w->tifu);
	w->x = malloc(n * RR_F_N * sizeof *w->x);
	w->seg = malloc(n);
	w->items = malloc(n * sizeof *w->items);
	w->cand = malloc(RR_REC_CAND * sizeof *w->cand);
	w->dscore = malloc(n * sizeof *w->dscore);
	w->keys = malloc(n * sizeof(double) * 2);
	if (!w->ease || !w->upcf || !w->tifu || !w->x || !w->seg || !w->items || !w->cand ||
	    !w->dscore || !w->keys) {
		rec_work_free(w);
		return err_set("cannot allocate scoring buffers for %zu items", n);
	}
	if (p->lazy) { /* UP-CF keeps ties: up to the pool and u itself */
		size_t m = (size_t)p->cf->n_pool + 1;
		w->up_v = malloc(m * sizeof *w->up_v);
		w->up_w = malloc(m * sizeof *w->up_w);
		w->tf_v = malloc(((size_t)rec_tifu_params.k + 1) * sizeof *w->tf_v);
		if (!w->up_v || !w->up_w || !w->tf_v || cfwork_init(&w->cf, p->cf) != 0) {
			rec_work_free(w);
			return err_set("cannot allocate neighbour buffers");
		}
	}
	return 0;
}

void rec_work_free(rr_rec_work *w)
{
	free(w->ease);
	free(w->upcf);
	free(w->tifu);
	free(w->x);
	free(w->seg);
	free(w->items);
	free(w->cand);
	free(w->dscore);
	free(w->keys);
	cfwork_free(&w->cf);
	free(w->up_v);
	free(w->up_w);
	free(w->tf_v);
	memset(w, 0, sizeof *w);
}

/* An owned item as its EASE rank sorts it. */
typedef struct owned_key {
	float ease;        /* EASE score */
	uint32_t tie;      /* tie key */
	uint32_t item;     /* item index */
} owned_key;

static int cmp_owned(const void *a, const void *b)
{
	const owned_key *x = a, *y = b;
	if (x->ease != y->ease)
		return x->ease > y->ease ? -1 : 1;
	return (x->tie > y->tie) - (x->tie < y->tie);
}

/* u's owned items into w->items[0..n_owned), its EASE row into w->ease, and w->seg a mask
 * of the owned items (1, every other item 0). */
static void owned_ease(const rr_recpart *p, uint32_t u, rr_rec_work *w, const float *ease_row)
{
	const rr_dataset *d = p->ds;
	uint32_t n = d->n_items, k = 0;
	for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++)
		w->items[k++] = d->pairs[q].item;
	w->n_owned = k;
	if (!ease_row && p->ease_slot && p->ease_slot[u] >= 0)
		ease_row = p->ease_rows + (size_t)p->ease_slot[u] * n;
	if (ease_row)
		memcpy(w->ease, ease_row, (size_t)n * sizeof *w->ease);
	else
		ease_score(p->ease, w->items, NULL, k, w->ease);
	memset(w->seg, 0, n);
	for (uint32_t q = 0; q < k; q++)
		w->seg[w->items[q]] = 1;
}

/* u's EASE row, segments and candidates: w->ease, w->seg, w->cand, w->items[0..n_owned). */
static void candidates(const rr_recpart *p, uint32_t u, rr_rec_work *w, const float *ease_row)
{
	uint32_t n = p->ds->n_items;
	owned_ease(p, u, w, ease_row);   /* w->seg first a skip mask of the owned items */
	for (uint32_t i = 0; i < n; i++)
		w->dscore[i] = w->ease[i];
	w->n_cand = (uint32_t)rank_topk(w->dscore, n, p->tie, w->seg, RR_REC_CAND, w->cand);
	for (uint32_t i = 0; i < n; i++)
		w->seg[i] = w->seg[i] ? RR_SEG_OWNED : RR_SEG_OTHER;
	for (uint32_t r = 0; r < w->n_cand; r++)
		w->seg[w->cand[r]] = RR_SEG_NEW;
}

static atomic_uint_fast64_t lazy_searches;

uint64_t recpart_searches(void)
{
	return (uint64_t)atomic_load(&lazy_searches);
}

/* u's UP-CF neighbours and weights, and TIFU's neighbours: p's lists, or (a lazy part)
 * searched now into w, where they stay until the next customer's. */
void recpart_neighbours(const rr_recpart *p, uint32_t u, rr_rec_work *w, rr_nblist *up,
			rr_nblist *tf)
{
	if (!p->lazy) {
		const rr_nbrs *a = &p->upcf, *b = &p->tifu_nb;
		*up = (rr_nblist){a->v + a->start[u], a->w + a->start[u], a->start[u + 1] - a->start[u]};
		*tf = (rr_nblist){b->v + b->start[u], NULL, b->start[u + 1] - b->start[u]};
		return;
	}
	atomic_fetch_add(&lazy_searches, 1);
	w->n_up = upcf_neighbours(p->cf, &rec_upcf_params, u, &w->cf);
	memcpy(w->up_v, w->cf.nb, w->n_up * sizeof *w->up_v);
	memcpy(w->up_w, w->cf.nw, w->n_up * sizeof *w->up_w);
	w->n_tf = tifu_neighbours(p->cf, &p->tifu, u, rec_tifu_params.k, &w->cf);
	memcpy(w->tf_v, w->cf.nb, w->n_tf * sizeof *w->tf_v);
	*up = (rr_nblist){w->up_v, w->up_w, w->n_up};
	*tf = (rr_nblist){w->tf_v, NULL, w->n_tf};
}

/* The neighbourhood scores: UP-CF into w->upcf, TIFU's neighbour sums into w->tifu; returns
 * TIFU's neighbour count. */
static size_t neighbour_scores(const rr_recpart *p, uint32_t u, rr_rec_work *w)
{
	rr_nblist a, b;
	recpart_neighbours(p, u, w, &a, &b);
	upcf_accumulate(&p->last, a.v, a.w, a.n, w->upcf);
	tifu_accumulate(p->cf, &p->tifu, b.v, b.n, w->tifu);
	return b.n;
}

/* Features every candidate shares the formula of. */
static void common_features(const rr_recpart *p, uint32_t u, uint32_t i, double best_new,
			    const rr_rec_work *w, double *x)
{
	const double *us = p->user_f + (size_t)u * RR_USER_F;
	x[RR_F_EASE] = w->ease[i];
	x[RR_F_EASE_REL] = w->ease[i] / best_new;
	rec_item_features(p->item_f + (size_t)i * RR_ITEM_F, x);
	x[RR_F_UPCF] = w->upcf[i];
	x[RR_F_USER_SINCE] = us[0];
	x[RR_F_USER_INV] = us[1];
}

/* The owned items' own features, their EASE rank among the owned, TIFU's neighbour mean. */
static void owned_features(const rr_recpart *p, uint32_t u, double best_new, size_t n_tifu,
			   rr_rec_work *w)
{
	const rr_dataset *d = p->ds;
	double inv = n_tifu ? 1.0 / (double)n_tifu : 0;
	owned_key *key = w->keys;
	for (size_t q = d->user_start[u], a = 0; q < d->user_start[u + 1]; q++, a++) {
		const rr_pair *pr = &d->pairs[q];
		double *x = w->x + (size_t)pr->item * RR_F_N;
		common_features(p, u, pr->item, best_new, w, x);
		rec_pair_features(p, u, pr, x);
		x[RR_F_TIFU_NB] = w->tifu[pr->item] * inv;
		key[a] = (owned_key){w->ease[pr->item], p->tie[pr->item], pr->item};
	}
	qsort(key, w->n_owned, sizeof *key, cmp_owned);
	for (uint32_t a = 0; a < w->n_owned; a++)
		w->x[(size_t)key[a].item * RR_F_N + RR_F_EASE_RANK] = log1p((double)a);
}

/* The never-bought candidates: their rank is their place in the candidate list. Features no
 * never-bought re-ranker reads are 0. */
/* A never-bought item's row: the shared features, its EASE rank, no history of its own. */
static void never_bought_row(const rr_recpart *p, uint32_t u, uint32_t i, uint32_t rank,
			     double best_new, rr_rec_work *w)
{
	double *x = w->x + (size_t)i * RR_F_N;
	common_features(p, u, i, best_new, w, x);
	x[RR_F_EASE_RANK] = log1p((double)rank);
	rec_no_pair_features(x);
	x[RR_F_TIFU_NB] = 0;
}

static void new_features(const rr_recpart *p, uint32_t u, double best_new, rr_rec_work *w)
{
	for (uint32_t r = 0; r < w->n_cand; r++)
		never_bought_row(p, u, w->cand[r], r, best_new, w);
}

/* The items outside the candidates, as never-bought items ranked just past the last
 * candidate (RR_SCORE_OTHERS: recommend.h says why). */
static void other_features(const rr_recpart *p, uint32_t u, double best_new, rr_rec_work *w)
{
	for (uint32_t i = 0; i < p->ds->n_items; i++)
		if (w->seg[i] == RR_SEG_OTHER)
			never_bought_row(p, u, i, w->n_cand, best_new, w);
}

/* m of the items outside u's candidates (all of them when fewer), evenly spread over the item
 * order from an offset of u's own, into w->items after the owned ones, with their features:
 * every outside item of every customer is as likely to be drawn, so the rows are the
 * population an audience scores, rare items and all. */
static void sample_others(const rr_recpart *p, uint32_t u, uint32_t m, double best_new,
			  rr_rec_work *w)
{
	uint32_t n = p->ds->n_items, n_other = n - w->n_owned - w->n_cand, j = 0;
	uint32_t *out = w->items + w->n_owned;
	uint64_t off = n_other ? (uint64_t)u * 2654435761u % n_other : 0;
	m = m < n_other ? m : n_other;
	w->n_sample = 0;
	/* item j of the outside ones is drawn when floor((j·m + off) / n_other) steps up after
	 * it: m steps over the n_other items */
	for (uint32_t i = 0; i < n && m; i++)
		if (w->seg[i] == RR_SEG_OTHER && ((uint64_t)j++ * m + off) % n_other >= n_other - m) {
			out[w->n_sample++] = i;
			never_bought_row(p, u, i, w->n_cand, best_new, w);
		}
}

/* Clear the neighbour sums for the next customer: the items the neighbours touched. */
static void clear_neighbour_scores(const rr_recpart *p, uint32_t u, rr_rec_work *w)
{
	const rr_dataset *d = p->ds;
	rr_nblist a, b;
	if (p->lazy) /* the lists of the search neighbour_scores made */
		a = (rr_nblist){w->up_v, w->up_w, w->n_up}, b = (rr_nblist){w->tf_v, NULL, w->n_tf};
	else
		recpart_neighbours(p, u, w, &a, &b);
	for (size_t j = 0; j < a.n; j++) {
		uint32_t v = a.v[j];
		for (size_t e = p->last.start[v]; e < p->last.start[v + 1]; e++)
			w->upcf[p->last.item[e]] = 0;
	}
	for (size_t j = 0; j < b.n; j++) {
		uint32_t v = b.v[j];
		for (size_t q = d->user_start[v]; q < d->user_start[v + 1]; q++)
			w->tifu[p->cf->pitem[q]] = 0;
	}
}

int recpart_features(const rr_recpart *p, uint32_t u, rr_rec_work *w, const float *ease_row,
		     uint32_t others)
{
	candidates(p, u, w, ease_row);
	double best_new = rec_best_new(w->n_cand > 0, w->n_cand ? w->ease[w->cand[0]] : 0);
	size_t n_tifu = neighbour_scores(p, u, w);
	owned_features(p, u, best_new, n_tifu, w);
	new_features(p, u, best_new, w);
	w->n_sample = 0;
	if (others == RR_REC_ALL_OTHERS)
		other_features(p, u, best_new, w);
	else if (others)
		sample_others(p, u, others, best_new, w);
	clear_neighbour_scores(p, u, w);
	return 0;
}

int recpart_owned_features(const rr_recpart *p, uint32_t u, rr_rec_work *w)
{
	owned_ease(p, u, w, NULL);
	/* the best never-bought EASE score, the first candidate's score in recpart_features (its
	 * top-K puts NaN after every number) */
	double best = NAN;
	int has = 0;
	for (uint32_t i = 0; i < p->ds->n_items; i++) {
		if (w->seg[i])
			continue;
		has = 1;
		if (!isnan(w->ease[i]) && (isnan(best) || w->ease[i] > best))
			best = w->ease[i];
	}
	double best_new = rec_best_new(has, best);
	size_t n_tifu = neighbour_scores(p, u, w);
	owned_features(p, u, best_new, n_tifu, w);
	clear_neighbour_scores(p, u, w);
	w->n_cand = w->n_sample = 0;
	return 0;
}
