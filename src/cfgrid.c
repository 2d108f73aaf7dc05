/* cfgrid.c — UP-CF@r's and TIFU-KNN's grids, evaluated many configurations at a time.
 *
 * For one customer the configurations of a batch share the neighbours' lists: UP-CF's twelve
 * (α, q) for one (r, k) read each neighbour's recent items once, TIFU's twelve (k, α) for one
 * (r_b, r_g, m) share one sorted neighbour list whose first 50, 100 and 300 give the three
 * sums. Scores go to S (items × BW, configurations side by side) for the items a neighbour
 * touched; every other item scores 0. Each configuration's top 10 is then kept in one pass over
 * the touched items and padded with score-0 items in stock code order, which is the order
 * rank_topk gives. The sums are added in the scorers' order (cf.c), so each figure is the one
 * evaluate_method gives for that configuration, bit for bit. */
#include "cfgrid.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "baselines.h"
#include "ease.h"
#include "err.h"
#include "util.h"

static const int up_r[] = {1, 3, 5, 10, 0};
static const double up_alpha[] = {0.25, 0.5, 0.75};
static const int up_k[] = {100, 0};
static const int up_q[] = {1, 3, 5, 10};
static const double tf_rb[] = {0.9, 1};
static const double tf_rg[] = {0.6, 0.8, 0.9, 1};
static const int tf_m[] = {3, 7, 11};
static const int tf_k[] = {50, 100, 300};
static const double tf_alpha[] = {0.2, 0.4, 0.6, 0.8};
static const int rp_days[] = {7, 14, 28, 56, 92};

#define LEN(a) ((int)(sizeof a / sizeof *a))
#define NA LEN(up_alpha)
#define NQ LEN(up_q)
#define NTK LEN(tf_k)
#define NTA LEN(tf_alpha)
#define BW 12                 /* configurations per batch: NA·NQ = NTK·NTA */
#define K RR_GRID_K

int cf_grid_init(rr_cf_grid *g)
{
	memset(g, 0, sizeof *g);
	g->n_upcf = LEN(up_r) * NA * LEN(up_k) * NQ;
	g->n_tifu = LEN(tf_rb) * LEN(tf_rg) * LEN(tf_m) * NTK * NTA;
	g->upcf = malloc((size_t)g->n_upcf * sizeof *g->upcf);
	g->tifu = malloc((size_t)g->n_tifu * sizeof *g->tifu);
	g->upcf_ndcg = malloc((size_t)g->n_upcf * RR_TASK_N * sizeof *g->upcf_ndcg);
	g->tifu_ndcg = malloc((size_t)g->n_tifu * RR_TASK_N * sizeof *g->tifu_ndcg);
	g->n_rpop = LEN(rp_days);
	g->rpop_days = malloc(sizeof rp_days);
	g->rpop_ndcg = malloc((size_t)g->n_rpop * RR_TASK_N * sizeof *g->rpop_ndcg);
	if (!g->upcf || !g->tifu || !g->upcf_ndcg || !g->tifu_ndcg || !g->rpop_days ||
	    !g->rpop_ndcg) {
		cf_grid_free(g);
		return err_set("cannot allocate the hyperparameter grids");
	}
	int c = 0;
	for (int r = 0; r < LEN(up_r); r++)
		for (int a = 0; a < NA; a++)
			for (int k = 0; k < LEN(up_k); k++)
				for (int q = 0; q < NQ; q++)
					g->upcf[c++] = (rr_upcf_params){up_r[r], up_alpha[a], up_q[q], up_k[k]};
	c = 0;
	for (int b = 0; b < LEN(tf_rb); b++)
		for (int gg = 0; gg < LEN(tf_rg); gg++)
			for (int m = 0; m < LEN(tf_m); m++)
				for (int k = 0; k < NTK; k++)
					for (int a = 0; a < NTA; a++)
						g->tifu[c++] = (rr_tifu_params){tf_k[k], tf_rb[b], tf_rg[gg],
										tf_alpha[a], tf_m[m]};
	for (int i = 0; i < g->n_upcf * RR_TASK_N; i++)
		g->upcf_ndcg[i] = NAN;
	for (int i = 0; i < g->n_tifu * RR_TASK_N; i++)
		g->tifu_ndcg[i] = NAN;
	memcpy(g->rpop_days, rp_days, sizeof rp_days);
	for (int i = 0; i < g->n_rpop * RR_TASK_N; i++)
		g->rpop_ndcg[i] = NAN;
	return 0;
}

void cf_grid_free(rr_cf_grid *g)
{
	free(g->upcf);
	free(g->tifu);
	free(g->upcf_ndcg);
	free(g->tifu_ndcg);
	free(g->rpop_days);
	free(g->rpop_ndcg);
	memset(g, 0, sizeof *g);
}

int cf_grid_pick(const double *ndcg, int n, enum rr_task task)
{
	int best = -1;
	for (int c = 0; c < n; c++)
		if (!isnan(ndcg[c * RR_TASK_N + task]) &&
		    (best < 0 || ndcg[c * RR_TASK_N + task] > ndcg[best * RR_TASK_N + task]))
			best = c;
	return best;
}

/* The grid's two innermost loops are built for AVX2 and for any x86-64, the loader choosing
 * (GCC's function multiversioning). Not under ThreadSanitizer: the loader runs the choosing
 * function (an ifunc resolver) before TSan's runtime has started, and TSan's instrumentation
 * of it crashed every run at start. */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__)
#define GRID_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define GRID_CLONES
#endif

/* ==== one thread ==== */

/* A top-K list being filled: score descending, then tie key ascending. */
typedef struct topk {
	int n;
	double s[K];
	uint32_t tie[K];
	uint32_t item[K];
} topk;

static void topk_offer(topk *t, double x, uint32_t tie, uint32_t item)
{
	if (t->n == K && !(x > t->s[K - 1] || (x == t->s[K - 1] && tie < t->tie[K - 1])))
		return;
	int p = t->n < K ? t->n++ : K - 1;
	while (p > 0 && (x > t->s[p - 1] || (x == t->s[p - 1] && tie < t->tie[p - 1]))) {
		t->s[p] = t->s[p - 1];
		t->tie[p] = t->tie[p - 1];
		t->item[p] = t->item[p - 1];
		p--;
	}
	t->s[p] = x;
	t->tie[p] = tie;
	t->item[p] = item;
}

/* What a pass over the customers shares (read-only) and each thread's scratch. */
typedef struct grid_pass {
	const rr_tsplit *sp;
	const rr_cfdata *cd;
	const uint32_t *byrank;   /* [n_items] items in stock code order */
	const uint32_t *sel;      /* [n_sel] the customers judged (eval indices, ascending) */
	uint32_t n_sel;
	const rr_recent *recent;  /* [LEN(up_r)] UP-CF pass; NULL in a TIFU pass */
	const rr_tifu_vec *vec;   /* TIFU pass: the (r_b, r_g, m) being judged */
	double *out;              /* [n_sel × outw × RR_TASK_N] per-customer NDCG (disjoint rows) */
	int outw;                 /* configurations in out's rows */
	rr_work *w;               /* progress (thread 0, the command's own thread) and stop */
	double done0, total;      /* progress: customers done before this pass, in all passes */
	double per;               /* progress units of one customer in this pass */
	uint32_t items;           /* catalogue items scored (the time note) */
} grid_pass;

typedef struct grid_job {
	const grid_pass *pass;
	uint32_t t, step;
	uint32_t row;             /* the customer's row of pass->out (its place in sel) */
	int rc;
	rr_cfwork w;
	double *S;                /* [n_items × BW] scores of the batch, 0 off the touched */
	uint32_t *titem;          /* [n_items] touched items */
	size_t nti;
	unsigned char *tmark;     /* [n_items] */
	unsigned char *owned;     /* [n_items] the customer's train items */
	unsigned char *rel;       /* [n_items] bit 0: in the truth; bit 1: in the new truth */
	size_t n_truth[RR_TASK_N];
	double *wt;               /* [2·n_users × BW] UP-CF weights of the two neighbour sets */
	uint32_t *nbw;            /* [2·n_users] their customers */
	double *sim;              /* [NA × n_users] UP-CF similarities */
	uint32_t *nbl;            /* [max(n_users, n_items)]: UP-CF's neighbours, or TIFU's
				   * candidate items (tifu_candidates: every item may tie) */
	double *T[NTK];           /* [n_items] TIFU neighbour sums after 50, 100, 300 */
	double *own;              /* [n_items] U(u, ·) */
} grid_job;

static void grid_job_free(grid_job *j)
{
	cfwork_free(&j->w);
	free(j->S);
	free(j->titem);
	free(j->tmark);
	free(j->owned);
	free(j->rel);
	free(j->wt);
	free(j->nbw);
	free(j->sim);
	free(j->nbl);
	for (int k = 0; k < NTK; k++)
		free(j->T[k]);
	free(j->own);
}

static int grid_job_init(grid_job *j, const rr_cfdata *cd)
{
	size_t ni = cd->ds->n_items ? cd->ds->n_items : 1, nu = cd->ds->n_users ? cd->ds->n_users : 1;
	memset(j, 0, sizeof *j);
	int ok = cfwork_init(&j->w, cd) == 0;
	j->S = calloc(ni * BW, sizeof *j->S);
	j->titem = malloc(ni * sizeof *j->titem);
	j->tmark = calloc(ni, 1);
	j->owned = calloc(ni, 1);
	j->rel = calloc(ni, 1);
	j->wt = malloc(2 * nu * BW * sizeof *j->wt);
	j->nbw = malloc(2 * nu * sizeof *j->nbw);
	j->sim = malloc(nu * NA * sizeof *j->sim);
	j->nbl = malloc((nu > ni ? nu : ni) * sizeof *j->nbl);
	j->own = calloc(ni, sizeof *j->own);
	ok = ok && j->nbw && j->S && j->titem && j->tmark && j->owned && j->rel && j->wt && j->sim && j->nbl &&
	     j->own;
	for (int k = 0; k < NTK && ok; k++)
		ok = (j->T[k] = calloc(ni, sizeof *j->T[k])) != NULL;
	if (!ok) {
		grid_job_free(j);
		return err_set("cannot allocate the grid's buffers");
	}
	return 0;
}

/* Mark customer e's owned items and truth (set = 1) or clear them (set = 0). */
static void mark_customer(grid_job *j, uint32_t e, int set)
{
	const rr_tsplit *sp = j->pass->sp;
	const rr_dataset *tr = sp->train;
	uint32_t u = sp->eval_user[e];
	for (size_t p = tr->user_start[u]; p < tr->user_start[u + 1]; p++)
		j->owned[tr->pairs[p].item] = (unsigned char)set;
	j->n_truth[RR_TASK_ALL] = j->n_truth[RR_TASK_NEW] = 0;
	for (size_t t = sp->truth_start[e]; t < sp->truth_start[e + 1]; t++) {
		uint32_t it = sp->truth_item[t];
		int own = it != RR_NONE && j->owned[it];
		j->n_truth[RR_TASK_ALL]++;
		j->n_truth[RR_TASK_NEW] += !own;
		if (it != RR_NONE)
			j->rel[it] = set ? (unsigned char)(1 | (own ? 0 : 2)) : 0;
	}
	if (!set)   /* the truth marks are cleared before the owned marks they read */
		for (size_t p = tr->user_start[u]; p < tr->user_start[u + 1]; p++)
			j->owned[tr->pairs[p].item] = 0;
}

/* NDCG@K of list t against the truth bit of task (rank_metrics' sums, in its order). */
static double list_ndcg(const grid_job *j, const topk *t, enum rr_task task)
{
	size_t nt = j->n_truth[task];
	unsigned char bit = task == RR_TASK_NEW ? 2 : 1;
	double dcg = 0, idcg = 0;
	for (int r = 0; r < t->n; r++)
		if (j->rel[t->item[r]] & bit)
			dcg += 1.0 / log2((double)r + 2.0);
	for (size_t r = 0; r < nt && r < K; r++)
		idcg += 1.0 / log2((double)r + 2.0);
	return dcg / idcg;
}

/* Pad list t of configuration c with score-0 items in stock code order (new: not owned). */
static void topk_pad(const grid_job *j, topk *t, int c, int new_task)
{
	const grid_pass *ps = j->pass;
	uint32_t ni = ps->sp->train->n_items;
	for (uint32_t r = 0; r < ni && t->n < K; r++) {
		uint32_t i = ps->byrank[r];
		if ((new_task && j->owned[i]) || (j->tmark[i] && j->S[(size_t)i * BW + c] > 0))
			continue;
		t->s[t->n] = 0;
		t->tie[t->n] = r;
		t->item[t->n++] = i;
	}
}

/* The smallest score that may enter list t: its last when full, else any positive score (the
 * least positive double: x >= it means x > 0). */
static double topk_floor(const topk *t)
{
	return t->n == K ? t->s[K - 1] : 4.9406564584124654e-324;
}

GRID_CLONES
/* The batch's nc configurations judged for the customer into out[cfg[c]] of its row (the
 * layout of pass->out); then S and the touched marks are cleared. */
static void batch_judge(grid_job *j, int nc, const int *cfg)
{
	const grid_pass *ps = j->pass;
	const uint32_t *tie = ps->sp->tie;
	topk all[BW], nw[BW];
	double fa[BW], fn[BW];   /* the lists' floors, side by side for a vectorizable test */
	for (int c = 0; c < BW; c++) {
		all[c].n = nw[c].n = 0;
		fa[c] = fn[c] = topk_floor(&all[c]);
	}
	for (size_t a = 0; a < j->nti; a++) {
		uint32_t i = j->titem[a];
		const double *s = j->S + (size_t)i * BW;
		int hit = 0;
		/* most items enter no list: one test for all (a new list's floor is never above its
		 * all list's, which has seen every item the new one has) */
		for (int c = 0; c < BW; c++)
			hit |= s[c] >= fn[c];
		if (!hit)
			continue;
		int own = j->owned[i];
		for (int c = 0; c < nc; c++) {
			if (s[c] >= fa[c]) {
				topk_offer(&all[c], s[c], tie[i], i);
				fa[c] = topk_floor(&all[c]);
			}
			if (!own && s[c] >= fn[c]) {
				topk_offer(&nw[c], s[c], tie[i], i);
				fn[c] = topk_floor(&nw[c]);
			}
		}
	}
	double *out = ps->out + (size_t)j->row * (size_t)ps->outw * RR_TASK_N;
	for (int c = 0; c < nc; c++) {
		topk_pad(j, &all[c], c, 0);
		topk_pad(j, &nw[c], c, 1);
		out[cfg[c] * RR_TASK_N + RR_TASK_ALL] =
			j->n_truth[RR_TASK_ALL] ? list_ndcg(j, &all[c], RR_TASK_ALL) : NAN;
		out[cfg[c] * RR_TASK_N + RR_TASK_NEW] =
			j->n_truth[RR_TASK_NEW] ? list_ndcg(j, &nw[c], RR_TASK_NEW) : NAN;
	}
	for (size_t a = 0; a < j->nti; a++) {
		uint32_t i = j->titem[a];
		memset(j->S + (size_t)i * BW, 0, BW * sizeof *j->S);
		j->tmark[i] = 0;
	}
	j->nti = 0;
}

static inline double *touch(grid_job *j, uint32_t i)
{
	if (!j->tmark[i]) {
		j->tmark[i] = 1;
		j->titem[j->nti++] = i;
	}
	return j->S + (size_t)i * BW;
}

/* ==== UP-CF@r ==== */

/* s[c] += w[c]·y for the BW columns: the grid's innermost loop. restrict lets the compiler
 * vectorize it without an overlap check; separate multiply and add (no contraction in ISO
 * C mode) keep each column's bits those of the scorer's s += w·y. */
GRID_CLONES
static void axpy_bw(double *restrict s, const double *restrict w, double y)
{
	for (int c = 0; c < BW; c++)
		s[c] += w[c] * y;
}

/* S[i][c] += wt[a][c] · W_r(nb[a], i) over the neighbours nb[0..n), in their order. */
static void upcf_batch(grid_job *j, const rr_recent *rw, const uint32_t *nb, const double *wt,
		       size_t n)
{
	for (size_t a = 0; a < n; a++) {
		uint32_t v = nb[a];
		const double *w = wt + a * BW;
		for (size_t x = rw->start[v]; x < rw->start[v + 1]; x++)
			axpy_bw(touch(j, rw->item[x]), w, rw->w[x]);
	}
}

/* Weights of one batch into wt and its neighbours into nb: the a-th is the customer at
 * position pos[a] of w.touched (pos NULL: position a), weighted sim^q for (α, q) = column
 * ai·NQ + qi, or 0 where sim < thr[ai] (a k-nearest batch; thr NULL: everyone). */
static void upcf_weights(grid_job *j, const uint32_t *pos, size_t n, size_t nt,
			 const double *thr, double *wt, uint32_t *nb)
{
	for (size_t a = 0; a < n; a++) {
		size_t t = pos ? pos[a] : a;
		nb[a] = j->w.touched[t];
		for (int ai = 0; ai < NA; ai++) {
			double s = j->sim[(size_t)ai * nt + t];
			for (int qi = 0; qi < NQ; qi++) {
				double w = up_q[qi] == 1 ? s : pow(s, up_q[qi]);
				wt[a * BW + ai * NQ + qi] = thr && !(s >= thr[ai]) ? 0 : w;
			}
		}
	}
}

/* Every UP-CF configuration for customer e. */
static void upcf_customer(grid_job *j, uint32_t e)
{
	const grid_pass *ps = j->pass;
	uint32_t u = ps->sp->eval_user[e];
	size_t nt = 0;
	double thr[NA];
	for (int ai = 0; ai < NA; ai++) {   /* the touched customers are the same for every α */
		upcf_sims(ps->cd, up_alpha[ai], u, &j->w, &nt);
		memcpy(j->sim + (size_t)ai * nt, j->w.val, nt * sizeof *j->sim);
		thr[ai] = nt > (size_t)up_k[0]
				  ? cf_kth_largest(j->w.val, nt, (size_t)up_k[0], (double *)j->w.heap)
				  : 0;
	}
	/* the k = 100 batch reads the union of the three α's neighbours (weight 0 outside its own:
	 * adding 0 leaves a sum as it is, so each column is its scorer's sum) */
	size_t n100 = 0;
	for (size_t t = 0; t < nt; t++)
		for (int ai = 0; ai < NA; ai++)
			if (j->sim[(size_t)ai * nt + t] >= thr[ai]) {
				j->nbl[n100++] = (uint32_t)t;
				break;
			}
	/* the weights of the two neighbour sets, k = 100 (rows 0..n100) and everyone (after) */
	double *w100 = j->wt, *wall = j->wt + n100 * BW;
	uint32_t *nb100 = j->nbw, *nball = j->nbw + n100;
	upcf_weights(j, j->nbl, n100, nt, thr, w100, nb100);
	upcf_weights(j, NULL, nt, nt, NULL, wall, nball);
	for (int ri = 0; ri < LEN(up_r); ri++) {
		for (int ki = 0; ki < LEN(up_k); ki++) {
			int cfg[BW];
			for (int c = 0; c < BW; c++)   /* column ai·NQ + qi */
				cfg[c] = ((ri * NA + c / NQ) * LEN(up_k) + ki) * NQ + c % NQ;
			if (up_k[ki] == 0)
				upcf_batch(j, &ps->recent[ri], nball, wall, nt);
			else
				upcf_batch(j, &ps->recent[ri], nb100, w100, n100);
			batch_judge(j, BW, cfg);
		}
	}
}

/* ==== TIFU-KNN ==== */

/* TIFU's neighbour sums for customer e: T[2] over all n of w.nb, T[0] and T[1] copies of it
 * after the first nk[0] and nk[1]; every item a neighbour holds is touched. */
static void tifu_sums(grid_job *j, size_t n, const size_t *nk)
{
	const grid_pass *ps = j->pass;
	const size_t *us = ps->cd->ds->user_start;
	double *restrict T = j->T[NTK - 1];
	const double *restrict uu = ps->vec->u;
	const uint32_t *restrict it = ps->cd->pitem;
	int ki = 0;
	for (size_t a = 0; a < n; a++) {
		uint32_t v = j->w.nb[a];
		for (size_t p = us[v]; p < us[v + 1]; p++) {
			uint32_t i = it[p];
			if (T[i] == 0)   /* U is positive where it is not 0: first touch */
				j->titem[j->nti++] = i;
			T[i] += uu[p];
		}
		for (; ki < NTK - 1 && a + 1 == nk[ki]; ki++)
			for (size_t x = 0; x < j->nti; x++)
				j->T[ki][j->titem[x]] = T[j->titem[x]];
	}
}

/* Pad list t with items of score 0 in stock code order (new: not owned): TIFU's score is 0
 * where neither the neighbours' sum T nor the customer's own U holds the item. */
static void tifu_pad(const grid_job *j, topk *t, const double *T, int new_task)
{
	const grid_pass *ps = j->pass;
	uint32_t ni = ps->sp->train->n_items;
	for (uint32_t r = 0; r < ni && t->n < K; r++) {
		uint32_t i = ps->byrank[r];
		if ((new_task && j->owned[i]) || T[i] > 0 || j->own[i] > 0)
			continue;
		t->s[t->n] = 0;
		t->tie[t->n] = r;
		t->item[t->n++] = i;
	}
}

/* The never-bought items that can reach a top K of one k: (1 − α)·x is TIFU's score of a
 * never-bought item with neighbour mean x, the same order for every α except where rounding
 * the product makes a tie. So the K best by x, and any within a relative 1e-12 of the K-th
 * (far more than a rounding can move), hold every never-bought item of each α's top K. Into
 * j->nbl (as items); returns how many. */
static size_t tifu_candidates(grid_job *j, const double *T, double inv)
{
	const uint32_t *tie = j->pass->sp->tie;
	topk best;
	best.n = 0;
	for (size_t a = 0; a < j->nti; a++) {
		uint32_t i = j->titem[a];
		double x = T[i] * inv;
		if (!j->owned[i] && x > 0 && x >= topk_floor(&best))
			topk_offer(&best, x, tie[i], i);
	}
	if (best.n < K) {
		memcpy(j->nbl, best.item, (size_t)best.n * sizeof *j->nbl);
		return (size_t)best.n;
	}
	double floor = best.s[K - 1] * (1 - 1e-12);
	size_t m = 0;
	for (size_t a = 0; a < j->nti; a++) {
		uint32_t i = j->titem[a];
		if (!j->owned[i] && T[i] * inv >= floor)
			j->nbl[m++] = i;
	}
	return m;
}

/* Every (k, α) of the pass's vectors for customer e, into the pass's twelve out columns
 * (k·NTA + α, grid order). */
static void tifu_customer(grid_job *j, uint32_t e)
{
	const grid_pass *ps = j->pass;
	const rr_dataset *d = ps->cd->ds;
	const uint32_t *tie = ps->sp->tie;
	uint32_t u = ps->sp->eval_user[e];
	size_t n = tifu_neighbours(ps->cd, ps->vec, u, tf_k[NTK - 1], &j->w), nk[NTK];
	for (int ki = 0; ki < NTK; ki++)
		nk[ki] = (size_t)tf_k[ki] < n ? (size_t)tf_k[ki] : n;
	tifu_sums(j, n, nk);
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
		j->own[d->pairs[p].item] = ps->vec->u[p];
	double *out = ps->out + (size_t)j->row * (size_t)ps->outw * RR_TASK_N;
	for (int ki = 0; ki < NTK; ki++) {
		const double *T = j->T[ki];
		double inv = 1.0 / (double)nk[ki];
		size_t nc = tifu_candidates(j, T, inv);
		for (int ai = 0; ai < NTA; ai++) {
			double al = tf_alpha[ai];
			topk all, nw;
			all.n = nw.n = 0;
			for (size_t c = 0; c < nc; c++) {
				uint32_t i = j->nbl[c];
				double x = tifu_combine(al, T[i], inv, 0);
				topk_offer(&all, x, tie[i], i);
				topk_offer(&nw, x, tie[i], i);
			}
			for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
				uint32_t i = d->pairs[p].item;
				topk_offer(&all, tifu_combine(al, T[i], inv, j->own[i]), tie[i], i);
			}
			tifu_pad(j, &all, T, 0);
			tifu_pad(j, &nw, T, 1);
			int c = ki * NTA + ai;
			out[c * RR_TASK_N + RR_TASK_ALL] =
				j->n_truth[RR_TASK_ALL] ? list_ndcg(j, &all, RR_TASK_ALL) : NAN;
			out[c * RR_TASK_N + RR_TASK_NEW] =
				j->n_truth[RR_TASK_NEW] ? list_ndcg(j, &nw, RR_TASK_NEW) : NAN;
		}
	}
	for (size_t x = 0; x < j->nti; x++) {
		uint32_t i = j->titem[x];
		for (int k = 0; k < NTK; k++)
			j->T[k][i] = 0;
		j->own[i] = 0;
	}
	j->nti = 0;
}

static void *grid_job_run(void *arg)
{
	grid_job *j = arg;
	const grid_pass *ps = j->pass;
	for (uint32_t k = j->t; k < ps->n_sel; k += j->step) {
		uint32_t e = ps->sel[k];
		/* job 0 runs on the command's thread (rr_parallel), where progress may be reported */
		if (j->t == 0 ? work_tick(ps->w, RR_PHASE_EVAL, "choose up-cf@r and tifu-knn",
					  ps->done0 + ps->per * k, ps->total, 0)
			      : work_stopped(ps->w)) {
			j->rc = -1;
			break;
		}
		j->row = k;
		mark_customer(j, e, 1);
		if (ps->recent)
			upcf_customer(j, e);
		else
			tifu_customer(j, e);
		mark_customer(j, e, 0);
	}
	return NULL;
}

/* ==== a wide catalogue ==== */

/* d restricted to its cap most-bought items (items_by_invoices, EASE's rule): the same items,
 * users and invoices, the pairs and the invoices' items of the others left out, so they score
 * 0 as outside EASE's cap. Its own pairs, user_start, inv_start and inv_items; the rest is d's
 * (borrowed). NULL with err_set; capped_free releases it. */
static rr_dataset *capped_new(const rr_dataset *d, uint32_t cap)
{
	rr_dataset *c = malloc(sizeof *c);
	uint32_t *order = items_by_invoices(d);
	unsigned char *keep = calloc(d->n_items ? d->n_items : 1, 1);
	if (c)
		*c = *d;
	if (c) {
		c->pairs = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *c->pairs);
		c->user_start = malloc(((size_t)d->n_users + 1) * sizeof *c->user_start);
		c->inv_start = malloc(((size_t)d->n_invoices + 1) * sizeof *c->inv_start);
		c->inv_items = malloc((d->inv_start[d->n_invoices] ? d->inv_start[d->n_invoices] : 1) *
				      sizeof *c->inv_items);
	}
	if (!c || !order || !keep || !c->pairs || !c->user_start || !c->inv_start || !c->inv_items) {
		if (c) {
			free(c->pairs);
			free(c->user_start);
			free(c->inv_start);
			free(c->inv_items);
		}
		free(c);
		free(order);
		free(keep);
		err_set("cannot allocate the grid's catalogue");
		return NULL;
	}
	for (uint32_t r = 0; r < cap && r < d->n_items; r++)
		keep[order[r]] = 1;
	size_t k = 0;
	for (uint32_t u = 0; u < d->n_users; u++) {
		c->user_start[u] = k;
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
			if (keep[d->pairs[p].item])
				c->pairs[k++] = d->pairs[p];
	}
	c->user_start[d->n_users] = c->n_pairs = k;
	k = 0;
	for (uint32_t v = 0; v < d->n_invoices; v++) {
		c->inv_start[v] = k;
		for (size_t q = d->inv_start[v]; q < d->inv_start[v + 1]; q++)
			if (keep[d->inv_items[q]])
				c->inv_items[k++] = d->inv_items[q];
	}
	c->inv_start[d->n_invoices] = k;
	free(order);
	free(keep);
	return c;
}

static void capped_free(rr_dataset *c)
{
	if (!c)
		return;
	free(c->pairs);
	free(c->user_start);
	free(c->inv_start);
	free(c->inv_items);
	free(c);
}

/* ==== the passes ==== */

/* Mean over customers (in their order, skipping NaN) of out's rows into ndcg[c0 ..). */
static void grid_means(const double *out, uint32_t n_eval, int outw, double *ndcg, int c0)
{
	for (int c = 0; c < outw; c++)
		for (int t = 0; t < RR_TASK_N; t++) {
			double s = 0;
			uint32_t n = 0;
			for (uint32_t e = 0; e < n_eval; e++) {
				double x = out[((size_t)e * (size_t)outw + (size_t)c) * RR_TASK_N + (size_t)t];
				if (!isnan(x)) {
					s += x;
					n++;
				}
			}
			ndcg[(c0 + c) * RR_TASK_N + t] = n ? s / n : NAN;
		}
}

static int run_pass(grid_job *job, int threads, grid_pass *ps)
{
	for (int t = 0; t < threads; t++) {
		job[t].pass = ps;
		job[t].rc = 0;
		job[t].t = (uint32_t)t;
		job[t].step = (uint32_t)threads;
	}
	rr_parallel(grid_job_run, job, sizeof *job, threads);
	for (int t = 0; t < threads; t++)
		if (job[t].rc)
			return err_set("evaluation interrupted");
	return 0;
}

/* Customers a task averages over (the grid's and evaluate_method's count). */
static void grid_users(rr_cf_grid *g, const double *out, uint32_t n_eval, int outw)
{
	for (int t = 0; t < RR_TASK_N; t++) {
		g->users[t] = 0;
		for (uint32_t e = 0; e < n_eval; e++)
			g->users[t] += !isnan(out[(size_t)e * (size_t)outw * RR_TASK_N + (size_t)t]);
	}
}

static int upcf_pass(rr_cf_grid *g, grid_job *job, int threads, grid_pass *ps, double *out)
{
	rr_recent rw[LEN(up_r)];
	int rc = 0;
	memset(rw, 0, sizeof rw);
	for (int r = 0; r < LEN(up_r) && rc == 0; r++)
		rc = recent_build(&rw[r], ps->cd, up_r[r]);
	if (rc == 0) {
		ps->recent = rw;
		ps->out = out;
		ps->outw = g->n_upcf;
		ps->done0 = 0;
		ps->per = 4;
		rc = run_pass(job, threads, ps);
		ps->recent = NULL;
	}
	if (rc == 0) {
		grid_means(out, ps->n_sel, g->n_upcf, g->upcf_ndcg, 0);
		grid_users(g, out, ps->n_sel, g->n_upcf);
	}
	for (int r = 0; r < LEN(up_r); r++)
		recent_free(&rw[r]);
	return rc;
}

/* After the first TIFU pass, when the rest is long: the others cost about what it did (the
 * same customers, neighbours and items), so the figure is measured, not a fixed rate (t52 F2:
 * 8 minutes with nothing said in a script; a note from the first second of the UP-CF pass
 * said 4 to 5 times too much). A timing line: it varies from run to run. */
static void grid_say_time(const grid_pass *ps, double rest)
{
	if (ps->w && ps->w->sink && rest >= RR_EASE_SAY_S)
		sink_eta(ps->w->sink, "note: up-cf@r's and tifu-knn's grids judge %u customers "
			    "over %u items: about %.0f s more (a stop, Ctrl-C, cuts it short)",
			    ps->n_sel, ps->items, rest);
}

static int tifu_passes(rr_cf_grid *g, grid_job *job, int threads, grid_pass *ps, double *out)
{
	int nv = g->n_tifu / BW;
	for (int v = 0; v < nv; v++) {
		double t0 = rr_now();
		const rr_tifu_params *p = &g->tifu[v * BW];
		rr_tifu_vec vec;
		if (tifu_vectors(&vec, ps->cd, p->rb, p->rg, p->m) != 0)
			return -1;
		ps->vec = &vec;
		ps->out = out;
		ps->outw = BW;
		ps->done0 = (double)ps->n_sel * (4 + v);
		ps->per = 1;
		int rc = run_pass(job, threads, ps);
		tifu_vec_free(&vec);
		if (rc != 0)
			return -1;
		grid_means(out, ps->n_sel, BW, g->tifu_ndcg, v * BW);
		if (v == 0)
			grid_say_time(ps, (rr_now() - t0) * (nv - 1));
	}
	return 0;
}

/* The items in the order recent popularity ranks them for a window of days, the order
 * rank_topk gives its scores (score descending, then stock code). 0 or -1. */
static int rpop_order(const rr_tsplit *sp, int days, uint32_t *order, double *score)
{
	rr_recent_pop rp;
	uint32_t n = sp->train->n_items;
	if (recent_pop_init(&rp, sp->train, sp->cutoff, days) != 0)
		return -1;
	memcpy(score, rp.score, n * sizeof *score);
	recent_pop_free(&rp);
	return rank_topk(score, n, sp->tie, NULL, (int)n, order) == (int)n ? 0
		   : err_set("cannot rank the recent popularity's items");
}

/* Recent popularity's windows judged for the customers of ps on job j's scratch (one thread:
 * a list is the same order for everyone, the new task's skipping the owned items). */
static int rpop_pass(rr_cf_grid *g, grid_job *j, grid_pass *ps, double *out)
{
	uint32_t n = ps->sp->train->n_items;
	uint32_t *order = malloc(((size_t)g->n_rpop * n + 1) * sizeof *order);
	double *score = malloc(((size_t)n + 1) * sizeof *score);
	int rc = order && score ? 0 : err_set("cannot allocate the recent popularity's grid");
	for (int c = 0; c < g->n_rpop && rc == 0; c++)
		rc = rpop_order(ps->sp, g->rpop_days[c], order + (size_t)c * n, score);
	j->pass = ps;
	for (uint32_t k = 0; k < ps->n_sel && rc == 0; k++) {
		uint32_t e = ps->sel[k];
		mark_customer(j, e, 1);
		for (int c = 0; c < g->n_rpop; c++) {
			const uint32_t *o = order + (size_t)c * n;
			topk all, nw;
			all.n = nw.n = 0;
			for (uint32_t r = 0; r < n && nw.n < K; r++) {
				if (all.n < K)
					all.item[all.n++] = o[r];
				if (!j->owned[o[r]])
					nw.item[nw.n++] = o[r];
			}
			double *cell = out + ((size_t)k * (size_t)g->n_rpop + (size_t)c) * RR_TASK_N;
			cell[RR_TASK_ALL] = j->n_truth[RR_TASK_ALL] ? list_ndcg(j, &all, RR_TASK_ALL) : NAN;
			cell[RR_TASK_NEW] = j->n_truth[RR_TASK_NEW] ? list_ndcg(j, &nw, RR_TASK_NEW) : NAN;
		}
		mark_customer(j, e, 0);
	}
	if (rc == 0)
		grid_means(out, ps->n_sel, g->n_rpop, g->rpop_ndcg, 0);
	free(order);
	free(score);
	return rc;
}

/* Items in stock code order (the inverse of the tie keys). */
static uint32_t *items_by_rank(const rr_tsplit *sp)
{
	uint32_t n = sp->train->n_items;
	uint32_t *r = malloc((n ? n : 1) * sizeof *r);
	if (r)
		for (uint32_t i = 0; i < n; i++)
			r[sp->tie[i]] = i;
	return r;
}

/* The customers judged: every evaluated customer of sp up to eval_max, past it a regular
 * sample (customer k·n/eval_max), ascending; how many into *n. */
static uint32_t *grid_sample(const rr_tsplit *sp, uint32_t eval_max, uint32_t *n)
{
	*n = sp->n_eval < eval_max ? sp->n_eval : eval_max;
	uint32_t *sel = malloc((*n ? *n : 1) * sizeof *sel);
	if (sel)
		for (uint32_t k = 0; k < *n; k++)
			sel[k] = (uint32_t)((uint64_t)k * sp->n_eval / *n);
	return sel;
}

int cf_grid_run(rr_cf_grid *g, const rr_tsplit *sp, int threads, rr_work *w)
{
	return cf_grid_run_max(g, sp, RR_GRID_EVAL_MAX, threads, w);
}

int cf_grid_run_max(rr_cf_grid *g, const rr_tsplit *sp, uint32_t eval_max, int threads,
		    rr_work *w)
{
	enum { MAX_THREADS = 16 };
	grid_job job[MAX_THREADS];
	grid_pass ps;
	rr_dataset *capped = NULL;
	int rc = -1;
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	memset(job, 0, sizeof job);
	memset(&ps, 0, sizeof ps);
	ps.sp = sp;
	ps.w = w;
	uint32_t *sel = grid_sample(sp, eval_max < 1 ? 1 : eval_max, &ps.n_sel);
	ps.sel = sel;
	g->judged = ps.n_sel;
	g->n_eval = sp->n_eval;
	/* progress in customers: the UP-CF pass weighs about as much as four TIFU passes */
	ps.total = (double)ps.n_sel * (4 + g->n_tifu / BW);
	size_t cells = (size_t)(ps.n_sel ? ps.n_sel : 1) * (size_t)g->n_upcf * RR_TASK_N;
	double *out = malloc(cells * sizeof *out);
	uint32_t *byrank = items_by_rank(sp);
	/* a catalogue past EASE's cap is judged on the capped items (cfgrid.h) */
	g->n_items = g->items = sp->train->n_items;
	if (g->n_items > rr_ease_max_items) {
		g->items = rr_ease_max_items;
		capped = capped_new(sp->train, g->items);
	}
	rr_cfdata *cd = capped || g->n_items <= g->items ? cfdata_new(capped ? capped : sp->train)
							 : NULL;
	int nj = 0;
	if (!sel || !out || !byrank || !cd) {
		if (cd)
			err_set("cannot allocate the grid's results");
		goto done;
	}
	ps.cd = cd;
	ps.byrank = byrank;
	for (; nj < threads; nj++)
		if (grid_job_init(&job[nj], cd) != 0)
			goto done;
	if (work_tick(w, RR_PHASE_EVAL, "choose up-cf@r and tifu-knn", 0, 1, 1)) {
		err_set("evaluation interrupted");
		goto done;
	}
	ps.items = g->items;
	if (upcf_pass(g, job, threads, &ps, out) != 0 || tifu_passes(g, job, threads, &ps, out) ||
	    rpop_pass(g, &job[0], &ps, out) != 0)
		goto done;
	for (int t = 0; t < RR_TASK_N; t++) {
		g->best_upcf[t] = cf_grid_pick(g->upcf_ndcg, g->n_upcf, (enum rr_task)t);
		g->best_tifu[t] = cf_grid_pick(g->tifu_ndcg, g->n_tifu, (enum rr_task)t);
		g->best_rpop[t] = cf_grid_pick(g->rpop_ndcg, g->n_rpop, (enum rr_task)t);
	}
	rc = 0;
done:
	for (int t = 0; t < nj; t++)
		grid_job_free(&job[t]);
	cfdata_free(cd);
	capped_free(capped);
	free(byrank);
	free(out);
	free(sel);
	return rc;
}
