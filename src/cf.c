/* cf.c — UP-CF@r and TIFU-KNN: baskets in time order, neighbour searches, scores.
 *
 * Both methods need, for one customer u, something summed over every customer v who shares an
 * item with u (a co-count, a dot product). Those are found through the owners of u's items
 * (an item-major index of the pairs), so one customer costs Σ_{i ∈ I(u)} (owners of i) and all
 * of them Σ_i owners(i)², about 2·10⁷ on Online Retail, instead of a dense customer × customer
 * product. Past RR_CF_POOL customers the owners are those of the pool only (cf.h): at 250 k
 * customers (30 M rows) a search over everyone was 8 ms a customer, 2,000 s for all of them;
 * over the pool it is under 1 ms. Sums run in a fixed order (customers ascending, baskets in
 * time order), so the same history gives the same bits whichever path computes them. */
#include "cf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ease.h"
#include "err.h"
#include "rank.h"
#include "util.h"

/* ==== baskets and owners ==== */

/* An invoice as the time order sorts it. */
typedef struct bkey {
	int32_t minute;       /* invoice time */
	const char *code;     /* invoice number */
	uint32_t inv;         /* dense invoice */
} bkey;

static int cmp_bkey(const void *a, const void *b)
{
	const bkey *x = a, *y = b;
	if (x->minute != y->minute)
		return x->minute < y->minute ? -1 : 1;
	int c = strcmp(x->code, y->code);
	return c ? c : (x->inv > y->inv) - (x->inv < y->inv);
}

/* Each user's invoices in time order (cd->bstart, cd->bask). */
static int index_baskets(rr_cfdata *cd)
{
	const rr_dataset *d = cd->ds;
	bkey *key = malloc((d->n_invoices ? d->n_invoices : 1) * sizeof *key);
	size_t *fill = calloc((size_t)d->n_users + 1, sizeof *fill);
	if (!key || !fill) {
		free(key);
		free(fill);
		return err_set("cannot allocate the basket index");
	}
	for (uint32_t v = 0; v < d->n_invoices; v++)   /* no customer (clean customer off): none */
		if (d->inv_user[v] != RR_NONE)
			cd->bstart[d->inv_user[v] + 1]++;
	for (uint32_t u = 0; u < d->n_users; u++)
		cd->bstart[u + 1] += cd->bstart[u];
	for (uint32_t v = 0; v < d->n_invoices; v++) {
		uint32_t u = d->inv_user[v];
		if (u == RR_NONE)
			continue;
		key[cd->bstart[u] + fill[u]++] = (bkey){d->inv_minute[v],
							 strtab_get(d->rows->invoices, d->inv_code[v]), v};
	}
	for (uint32_t u = 0; u < d->n_users; u++) {
		size_t a = cd->bstart[u], n = cd->bstart[u + 1] - a;
		qsort(key + a, n, sizeof *key, cmp_bkey);
		for (size_t j = 0; j < n; j++)
			cd->bask[a + j] = key[a + j].inv;
	}
	free(key);
	free(fill);
	return 0;
}

/* The item-major index of the pairs (cd->ostart, owner, opair): users ascending per item. */
static void index_owners(rr_cfdata *cd)
{
	const rr_dataset *d = cd->ds;
	for (size_t p = 0; p < d->n_pairs; p++)
		cd->ostart[d->pairs[p].item + 1]++;
	for (uint32_t i = 0; i < d->n_items; i++)
		cd->ostart[i + 1] += cd->ostart[i];
	for (size_t p = 0; p < d->n_pairs; p++) {   /* pairs are by user: owners come ascending */
		size_t o = cd->ostart[d->pairs[p].item]++;
		cd->owner[o] = d->pairs[p].user;
		cd->opair[o] = (uint32_t)p;
	}
	for (uint32_t i = d->n_items; i > 0; i--)   /* undo the shift the fill left */
		cd->ostart[i] = cd->ostart[i - 1];
	cd->ostart[0] = 0;
}

/* The pool (RR_CF_POOL) and the owner index restricted to it, from the full one. */
static int index_pool(rr_cfdata *cd, uint32_t pool_max)
{
	const rr_dataset *d = cd->ds;
	uint32_t nu = d->n_users;
	cd->n_pool = nu <= pool_max || pool_max == 0 ? nu : pool_max;
	cd->pool = malloc((cd->n_pool ? cd->n_pool : 1) * sizeof *cd->pool);
	cd->in_pool = calloc(nu ? nu : 1, 1);
	cd->pstart = calloc((size_t)d->n_items + 1, sizeof *cd->pstart);
	if (!cd->pool || !cd->in_pool || !cd->pstart)
		return -1;
	for (uint32_t k = 0; k < cd->n_pool; k++) { /* k·n/P: strictly increasing, as P <= n */
		cd->pool[k] = (uint32_t)((uint64_t)k * nu / cd->n_pool);
		cd->in_pool[cd->pool[k]] = 1;
	}
	size_t n = 0;
	for (uint32_t i = 0; i < d->n_items; i++) {
		for (size_t o = cd->ostart[i]; o < cd->ostart[i + 1]; o++)
			n += cd->in_pool[cd->owner[o]];
		cd->pstart[i + 1] = n;
	}
	cd->powner = malloc((n ? n : 1) * sizeof *cd->powner);
	cd->ppair = malloc((n ? n : 1) * sizeof *cd->ppair);
	if (!cd->powner || !cd->ppair)
		return -1;
	n = 0;
	for (size_t o = 0; o < d->n_pairs; o++) /* owner order: items, then owners ascending */
		if (cd->in_pool[cd->owner[o]]) {
			cd->powner[n] = cd->owner[o];
			cd->ppair[n++] = cd->opair[o];
		}
	return 0;
}

uint32_t rr_cf_pool = RR_CF_POOL;

rr_cfdata *cfdata_new(const rr_dataset *d)
{
	return cfdata_new_pool(d, rr_cf_pool);
}

rr_cfdata *cfdata_new_pool(const rr_dataset *d, uint32_t pool_max)
{
	rr_cfdata *cd = calloc(1, sizeof *cd);
	const char **ids = NULL;
	if (!cd)
		goto oom;
	cd->ds = d;
	cd->bstart = calloc((size_t)d->n_users + 1, sizeof *cd->bstart);
	cd->bask = malloc((d->n_invoices ? d->n_invoices : 1) * sizeof *cd->bask);
	cd->ostart = calloc((size_t)d->n_items + 1, sizeof *cd->ostart);
	cd->owner = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *cd->owner);
	cd->opair = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *cd->opair);
	cd->pitem = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *cd->pitem);
	ids = malloc((d->n_users ? d->n_users : 1) * sizeof *ids);
	if (!cd->bstart || !cd->bask || !cd->ostart || !cd->owner || !cd->opair || !cd->pitem || !ids)
		goto oom;
	for (size_t p = 0; p < d->n_pairs; p++)
		cd->pitem[p] = d->pairs[p].item;
	if (index_baskets(cd) != 0)
		goto fail;
	index_owners(cd);
	if (index_pool(cd, pool_max) != 0)
		goto oom;
	for (uint32_t u = 0; u < d->n_users; u++)
		ids[u] = dataset_user_name(d, u);
	if (!(cd->utie = rank_tie_keys(ids, d->n_users)))
		goto fail;
	free(ids);
	return cd;
oom:
	err_set("cannot allocate the neighbourhood index");
fail:
	free(ids);
	cfdata_free(cd);
	return NULL;
}

void cfdata_free(rr_cfdata *cd)
{
	if (!cd)
		return;
	free(cd->bstart);
	free(cd->bask);
	free(cd->ostart);
	free(cd->owner);
	free(cd->opair);
	free(cd->utie);
	free(cd->pitem);
	free(cd->pool);
	free(cd->in_pool);
	free(cd->pstart);
	free(cd->powner);
	free(cd->ppair);
	free(cd);
}

/* ==== scratch ==== */

/* A candidate neighbour as TIFU's selection orders it. */
typedef struct near_ent {
	double d;             /* squared distance */
	uint32_t tie;         /* customer id order */
	uint32_t v;           /* customer */
} near_ent;

int cfwork_init(rr_cfwork *w, const rr_cfdata *cd)
{
	size_t n = cd->ds->n_users ? cd->ds->n_users : 1;
	memset(w, 0, sizeof *w);
	w->cnt = calloc(n, sizeof *w->cnt);
	w->touched = malloc(n * sizeof *w->touched);
	w->val = calloc(n, sizeof *w->val);
	w->dot = calloc(n, sizeof *w->dot);
	w->nb = malloc(n * sizeof *w->nb);
	w->nw = malloc(n * sizeof *w->nw);
	w->heap = malloc(2 * n * sizeof(near_ent));
	w->pw = malloc(n * sizeof *w->pw);
	w->pw_alpha = NAN;
	if (!w->cnt || !w->touched || !w->val || !w->dot || !w->nb || !w->nw || !w->heap || !w->pw) {
		cfwork_free(w);
		return err_set("cannot allocate neighbour buffers for %zu customers", n);
	}
	return 0;
}

void cfwork_free(rr_cfwork *w)
{
	free(w->cnt);
	free(w->touched);
	free(w->val);
	free(w->dot);
	free(w->nb);
	free(w->nw);
	free(w->heap);
	free(w->pw);
	memset(w, 0, sizeof *w);
}

void nbrs_free(rr_nbrs *n)
{
	free(n->start);
	free(n->v);
	free(n->w);
	memset(n, 0, sizeof *n);
}

int nbrs_reverse(const rr_nbrs *in, rr_nbrs *out)
{
	uint32_t nu = in->n_users;
	size_t total = in->start[nu];
	memset(out, 0, sizeof *out);
	out->n_users = nu;
	out->start = calloc((size_t)nu + 1, sizeof *out->start);
	size_t *fill = malloc(((size_t)nu + 1) * sizeof *fill);
	out->v = malloc((total ? total : 1) * sizeof *out->v);
	out->w = in->w ? malloc((total ? total : 1) * sizeof *out->w) : NULL;
	if (!out->start || !fill || !out->v || (in->w && !out->w)) {
		free(fill);
		nbrs_free(out);
		return err_set("cannot allocate the reversed neighbour lists of %u customers", nu);
	}
	for (size_t e = 0; e < total; e++)
		out->start[in->v[e] + 1]++;
	for (uint32_t v = 0; v < nu; v++)
		out->start[v + 1] += out->start[v];
	memcpy(fill, out->start, ((size_t)nu + 1) * sizeof *fill);
	for (uint32_t u = 0; u < nu; u++)   /* u ascending: each reversed list comes ascending */
		for (size_t e = in->start[u]; e < in->start[u + 1]; e++) {
			size_t at = fill[in->v[e]]++;
			out->v[at] = u;
			if (in->w)
				out->w[at] = in->w[e];
		}
	free(fill);
	return 0;
}

/* ==== UP-CF@r ==== */

int recent_build(rr_recent *rw, const rr_cfdata *cd, int r)
{
	const rr_dataset *d = cd->ds;
	size_t cap = 0;
	memset(rw, 0, sizeof *rw);
	rw->r = r;
	/* no more entries than the user's pairs */
	cap = d->n_pairs ? d->n_pairs : 1;
	rw->start = calloc((size_t)d->n_users + 1, sizeof *rw->start);
	rw->item = malloc(cap * sizeof *rw->item);
	rw->w = malloc(cap * sizeof *rw->w);
	double *acc = calloc(d->n_items ? d->n_items : 1, sizeof *acc);
	if (!rw->start || !rw->item || !rw->w || !acc) {
		free(acc);
		recent_free(rw);
		return err_set("cannot allocate recent baskets");
	}
	size_t k = 0;
	for (uint32_t u = 0; u < d->n_users; u++) {
		size_t b1 = cd->bstart[u + 1], nb = b1 - cd->bstart[u];
		size_t take = r > 0 && (size_t)r < nb ? (size_t)r : nb;
		double share = 1.0 / (double)take;
		/* one share per basket holding the item, summed in time order */
		for (size_t b = b1 - take; b < b1; b++) {
			uint32_t v = cd->bask[b];
			for (size_t q = d->inv_start[v]; q < d->inv_start[v + 1]; q++)
				acc[d->inv_items[q]] += share;
		}
		/* the user's pairs list its items ascending: emit the ones its recent baskets hold */
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
			uint32_t i = d->pairs[p].item;
			if (acc[i] != 0) {
				rw->item[k] = i;
				rw->w[k++] = acc[i];
				acc[i] = 0;
			}
		}
		rw->start[u + 1] = k;
	}
	free(acc);
	return 0;
}

void recent_free(rr_recent *rw)
{
	free(rw->start);
	free(rw->item);
	free(rw->w);
	memset(rw, 0, sizeof *rw);
}

void upcf_sims(const rr_cfdata *cd, double alpha, uint32_t u, rr_cfwork *w, size_t *n_touched)
{
	const rr_dataset *d = cd->ds;
	if (!(w->pw_alpha == alpha)) {   /* n_v^(1−α) once per α, not once per pair of customers */
		for (uint32_t v = 0; v < d->n_users; v++)
			w->pw[v] = pow((double)(d->user_start[v + 1] - d->user_start[v]), 1 - alpha);
		w->pw_alpha = alpha;
	}
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
		uint32_t i = d->pairs[p].item;
		for (size_t o = cd->pstart[i]; o < cd->pstart[i + 1]; o++)
			w->cnt[cd->powner[o]]++;
	}
	/* outside the pool u still shares its n_u items with itself */
	int self = !cd->in_pool[u];
	if (self)
		w->cnt[u] = (uint32_t)(d->user_start[u + 1] - d->user_start[u]);
	double pu = pow((double)(d->user_start[u + 1] - d->user_start[u]), alpha);
	size_t nt = 0;
	/* a scan of the pool in customer order (cheaper than sorting the touched), u in its
	 * place when it is not in the pool */
	for (uint32_t a = 0;;) {
		uint32_t v;
		if (self && (a == cd->n_pool || u < cd->pool[a])) {
			v = u;
			self = 0;
		} else if (a < cd->n_pool) {
			v = cd->pool[a++];
		} else {
			break;
		}
		if (!w->cnt[v])
			continue;
		w->touched[nt] = v;
		w->val[nt++] = (double)w->cnt[v] / pu / w->pw[v];
		w->cnt[v] = 0;
	}
	*n_touched = nt;
}

double cf_kth_largest(const double *x, size_t n, size_t k, double *h)
{
	for (size_t a = 0; a < n; a++) {
		size_t i;
		if (a < k) {
			i = a;
			while (i > 0 && h[(i - 1) / 2] > x[a]) {
				h[i] = h[(i - 1) / 2];
				i = (i - 1) / 2;
			}
			h[i] = x[a];
			continue;
		}
		if (!(x[a] > h[0]))
			continue;
		i = 0;   /* replace the root and sift it down */
		for (;;) {
			size_t l = 2 * i + 1, r = l + 1, m = l;
			if (l >= k)
				break;
			if (r < k && h[r] < h[l])
				m = r;
			if (!(h[m] < x[a]))
				break;
			h[i] = h[m];
			i = m;
		}
		h[i] = x[a];
	}
	return h[0];
}

size_t upcf_neighbours(const rr_cfdata *cd, const rr_upcf_params *p, uint32_t u, rr_cfwork *w)
{
	size_t nt;
	upcf_sims(cd, p->alpha, u, w, &nt);
	double thr = 0;
	if (p->k > 0 && nt > (size_t)p->k) {
		/* the k-th largest similarity: every customer reaching it is kept, ties included */
		thr = cf_kth_largest(w->val, nt, (size_t)p->k, (double *)w->heap);
	}
	size_t n = 0;
	for (size_t t = 0; t < nt; t++) {
		if (!(w->val[t] >= thr))
			continue;
		w->nb[n] = w->touched[t];
		w->nw[n++] = p->q == 1 ? w->val[t] : pow(w->val[t], p->q);
	}
	return n;
}

void upcf_accumulate(const rr_recent *rw, const uint32_t *nb, const double *wt, size_t n,
		     double *score)
{
	for (size_t j = 0; j < n; j++) {
		uint32_t v = nb[j];
		double a = wt[j];
		for (size_t e = rw->start[v]; e < rw->start[v + 1]; e++)
			score[rw->item[e]] += a * rw->w[e];
	}
}

/* ==== TIFU-KNN ==== */

/* Weights of n baskets (time order) into wb[0..n). */
static void tifu_basket_weights(size_t n, double rb, double rg, int m, double *wb)
{
	size_t G = n < (size_t)m ? n : (size_t)m;
	size_t base = n / G, extra = n - base * G;   /* with n < m: base 1, extra 0 */
	size_t b = 0;
	for (size_t g = 0; g < G; g++) {
		size_t sz = base + (g >= G - extra ? 1 : 0);
		double wg = pow(rg, (double)(G - 1 - g));
		for (size_t j = 0; j < sz; j++, b++)
			wb[b] = pow(rb, (double)(n - 1 - b)) * wg / (double)sz / (double)G;
	}
}

static int near_before(const near_ent *a, const near_ent *b)
{
	return a->d < b->d || (a->d == b->d && a->tie < b->tie);
}

static int near_cmp(const void *a, const void *b)
{
	return near_before(a, b) ? -1 : near_before(b, a);
}

/* t->by_sq: the pool by (‖U(v)‖², customer id), the order tifu_neighbours reads the
 * customers sharing no item with u in. 0 or -1 (t freed) with err_set. */
static int tifu_order_pool(rr_tifu_vec *t, const rr_cfdata *cd)
{
	size_t n = cd->n_pool;
	near_ent *e = malloc((n ? n : 1) * sizeof *e);
	t->by_sq = malloc((n ? n : 1) * sizeof *t->by_sq);
	if (!e || !t->by_sq) {
		free(e);
		tifu_vec_free(t);
		return err_set("cannot allocate TIFU vectors");
	}
	for (size_t a = 0; a < n; a++) {
		uint32_t v = cd->pool[a];
		e[a] = (near_ent){t->sq[v], cd->utie[v], v};
	}
	qsort(e, n, sizeof *e, near_cmp);
	for (size_t a = 0; a < n; a++)
		t->by_sq[a] = e[a].v;
	free(e);
	return 0;
}

int tifu_vectors(rr_tifu_vec *t, const rr_cfdata *cd, double rb, double rg, int m)
{
	const rr_dataset *d = cd->ds;
	size_t np = d->n_pairs ? d->n_pairs : 1;
	memset(t, 0, sizeof *t);
	t->u = malloc(np * sizeof *t->u);
	t->uo = malloc(np * sizeof *t->uo);
	t->puo = malloc((cd->pstart[d->n_items] ? cd->pstart[d->n_items] : 1) * sizeof *t->puo);
	t->sq = malloc((d->n_users ? d->n_users : 1) * sizeof *t->sq);
	double *acc = calloc(d->n_items ? d->n_items : 1, sizeof *acc);
	double *wb = malloc((d->n_invoices ? d->n_invoices : 1) * sizeof *wb);
	if (!t->u || !t->uo || !t->puo || !t->sq || !acc || !wb || m < 1) {
		free(acc);
		free(wb);
		tifu_vec_free(t);
		return err_set("cannot allocate TIFU vectors");
	}
	for (uint32_t u = 0; u < d->n_users; u++) {
		size_t b0 = cd->bstart[u], n = cd->bstart[u + 1] - b0;
		if (n)
			tifu_basket_weights(n, rb, rg, m, wb);
		for (size_t b = 0; b < n; b++) {
			uint32_t v = cd->bask[b0 + b];
			for (size_t q = d->inv_start[v]; q < d->inv_start[v + 1]; q++)
				acc[d->inv_items[q]] += wb[b];
		}
		double sq = 0;
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
			uint32_t i = d->pairs[p].item;
			t->u[p] = acc[i];
			sq += acc[i] * acc[i];
			acc[i] = 0;
		}
		t->sq[u] = sq;
	}
	for (size_t o = 0; o < d->n_pairs; o++)
		t->uo[o] = t->u[cd->opair[o]];
	for (size_t o = 0; o < cd->pstart[d->n_items]; o++)
		t->puo[o] = t->u[cd->ppair[o]];
	free(acc);
	free(wb);
	return tifu_order_pool(t, cd);
}

void tifu_vec_free(rr_tifu_vec *t)
{
	free(t->u);
	free(t->uo);
	free(t->puo);
	free(t->sq);
	free(t->by_sq);
	memset(t, 0, sizeof *t);
}

/* Sort a[0..n) into rank order (t: scratch of n): a bottom-up merge sort with the comparison
 * inlined, runs of 8 started by insertion. */
static void near_sort(near_ent *a, near_ent *t, size_t n)
{
	enum { RUN = 8 };
	for (size_t r0 = 0; r0 < n; r0 += RUN) {
		size_t r1 = n - r0 < RUN ? n : r0 + RUN;
		for (size_t i = r0 + 1; i < r1; i++) {
			near_ent x = a[i];
			size_t p = i;
			for (; p > r0 && near_before(&x, &a[p - 1]); p--)
				a[p] = a[p - 1];
			a[p] = x;
		}
	}
	near_ent *src = a, *dst = t;
	for (size_t w = RUN; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = n - lo < w ? n : lo + w, hi = n - lo < 2 * w ? n : lo + 2 * w;
			size_t i = lo, j = mid, o = lo;
			while (i < mid && j < hi)
				dst[o++] = near_before(&src[j], &src[i]) ? src[j++] : src[i++];
			while (i < mid)
				dst[o++] = src[i++];
			while (j < hi)
				dst[o++] = src[j++];
		}
		near_ent *x = src;
		src = dst;
		dst = x;
	}
	if (src != a)
		memcpy(a, src, n * sizeof *a);
}

/* Partition a[lo..hi) around the entry at a[p]: returns its final place; entries before it
 * rank before it. */
static size_t near_partition(near_ent *a, size_t lo, size_t hi, size_t p)
{
	near_ent pv = a[p], t;
	a[p] = a[hi - 1];
	a[hi - 1] = pv;
	size_t s = lo;
	for (size_t i = lo; i < hi - 1; i++)
		if (near_before(&a[i], &pv)) {
			t = a[i];
			a[i] = a[s];
			a[s++] = t;
		}
	a[hi - 1] = a[s];
	a[s] = pv;
	return s;
}

/* The m first of a[0..n) in rank order into a[0..m) (quickselect, then a sort of those m,
 * with a[n..n+m) as scratch). The order (distance, customer id) is total, so the result is
 * unique. */
static void near_select(near_ent *a, size_t n, size_t m)
{
	size_t lo = 0, hi = n;
	while (lo < m && m < hi) {   /* a[0..lo) rank first, a[hi..n) after the m */
		size_t mid = lo + (hi - lo) / 2;   /* median of three as the pivot */
		size_t p = near_before(&a[lo], &a[mid])
				   ? (near_before(&a[mid], &a[hi - 1]) ? mid
				      : near_before(&a[lo], &a[hi - 1]) ? hi - 1 : lo)
				   : (near_before(&a[lo], &a[hi - 1]) ? lo
				      : near_before(&a[mid], &a[hi - 1]) ? hi - 1 : mid);
		size_t s = near_partition(a, lo, hi, p);
		if (s > m)
			hi = s;
		else
			lo = s + 1;
	}
	near_sort(a, a + n, m);
}

/* Dot products U(u)·U(v) into w->dot[v] for every v of the pool sharing an item with u
 * (others stay 0), each such v once in w->touched and marked in w->cnt; returns how many. */
static size_t tifu_dots(const rr_cfdata *cd, const rr_tifu_vec *t, uint32_t u, rr_cfwork *w)
{
	const size_t *us = cd->ds->user_start, *os = cd->pstart;
	const uint32_t *restrict own = cd->powner, *restrict it = cd->pitem;
	const double *restrict uu = t->u, *restrict uo = t->puo;
	double *restrict dot = w->dot;
	uint32_t *restrict cnt = w->cnt, *restrict touched = w->touched;
	size_t nt = 0;
	for (size_t p = us[u]; p < us[u + 1]; p++) {
		uint32_t i = it[p];
		double a = uu[p];
		for (size_t o = os[i]; o < os[i + 1]; o++) {
			uint32_t v = own[o];
			if (!cnt[v]) {
				cnt[v] = 1;
				touched[nt++] = v;
			}
			dot[v] += a * uo[o];
		}
	}
	return nt;
}

/* The candidates for u's m nearest into h: every customer sharing an item with u, and of
 * the others only the first m in t->by_sq's order, with any that tie the last of them.
 * Their distance is ‖U(u)‖² + ‖U(v)‖² (the dot product 0), which never decreases along
 * by_sq (rounding is monotone), so the ones left out all rank after m others: the m nearest
 * are among these, and selecting them here gives the list a search of the whole pool gives
 * (t70 F8: that search, 13,000 distances and a selection among them per customer, was 40 %
 * of evaluate ranking on a long-tail shop). Clears the marks tifu_dots left. */
static size_t tifu_candidates_of(const rr_cfdata *cd, const rr_tifu_vec *t, uint32_t u,
				 size_t m, rr_cfwork *w, near_ent *h)
{
	size_t nt = tifu_dots(cd, t, u, w), n = 0, taken = 0;
	double last = 0;
	for (size_t a = 0; a < nt; a++) {
		uint32_t v = w->touched[a];
		if (v != u)
			h[n++] = (near_ent){t->sq[u] + t->sq[v] - 2 * w->dot[v], cd->utie[v], v};
		w->dot[v] = 0;
	}
	for (uint32_t a = 0; a < cd->n_pool; a++) {
		uint32_t v = t->by_sq[a];
		if (v == u || w->cnt[v])
			continue;
		double d = t->sq[u] + t->sq[v];   /* the same bits as with − 2·0 */
		if (taken >= m && (taken == 0 || d != last))
			break;
		h[n++] = (near_ent){d, cd->utie[v], v};
		taken++;
		last = d;
	}
	for (size_t a = 0; a < nt; a++)
		w->cnt[w->touched[a]] = 0;
	return n;
}

size_t tifu_neighbours(const rr_cfdata *cd, const rr_tifu_vec *t, uint32_t u, int k,
		       rr_cfwork *w)
{
	size_t want = k < 1 ? 1 : (size_t)k;
	near_ent *h = w->heap;
	/* the want − 1 nearest others of the pool by (distance, customer id): u itself is first
	 * (distance 0) */
	size_t n_cand = tifu_candidates_of(cd, t, u, want - 1, w, h), n = n_cand;
	if (want - 1 < n)
		n = want - 1;
	near_select(h, n_cand, n);
	w->nb[0] = u;
	for (size_t j = 0; j < n; j++)
		w->nb[j + 1] = h[j].v;
	return n + 1;
}

void tifu_accumulate(const rr_cfdata *cd, const rr_tifu_vec *t, const uint32_t *nb, size_t n,
		     double *restrict out)
{
	const size_t *us = cd->ds->user_start;
	const uint32_t *restrict it = cd->pitem;
	const double *restrict uu = t->u;
	for (size_t j = 0; j < n; j++) {
		uint32_t v = nb[j];
		for (size_t p = us[v]; p < us[v + 1]; p++)
			out[it[p]] += uu[p];
	}
}

/* ==== every customer's neighbours ==== */

/* One thread's share of an all-customers neighbour search: customers t, t+step, ... */
typedef struct nb_job {
	const rr_cfdata *cd;
	const rr_upcf_params *up;      /* UP-CF, or NULL for TIFU */
	const rr_tifu_vec *tv;         /* TIFU's vectors */
	int k;                         /* TIFU's k */
	const unsigned char *only;     /* customers wanted (NULL: all) */
	uint32_t t, step;
	rr_work *wk;                   /* progress (job 0 only) and stop */
	double t0;                     /* job 0: when the pass began (its time note) */
	int said;                      /* job 0: the time note was given (or not needed) */
	rr_cfwork w;                   /* scratch (owned) */
	size_t *count;                 /* [n_users] list lengths (shared, disjoint entries) */
	uint32_t *v;                   /* this thread's lists, concatenated (owned) */
	double *wt;
	size_t n, cap;
	int rc;
} nb_job;

static int nb_job_push(nb_job *j, const uint32_t *v, const double *w, size_t n)
{
	if (j->n + n > j->cap) {
		size_t cap = j->cap ? j->cap : 4096;
		while (cap < j->n + n)
			cap *= 2;
		uint32_t *nv = realloc(j->v, cap * sizeof *nv);
		if (nv)
			j->v = nv;
		double *nw = realloc(j->wt, cap * sizeof *nw);
		if (nw)
			j->wt = nw;
		if (!nv || !nw)
			return -1;
		j->cap = cap;
	}
	memcpy(j->v + j->n, v, n * sizeof *v);
	memcpy(j->wt + j->n, w, n * sizeof *w);
	j->n += n;
	return 0;
}

/* Once, on the command's thread, after the pass's first RR_NOTE_CALIBRATE_S: how long the rest
 * of it will take, from the customers done so far, when that is long (t52 F1: the first
 * audience of 165,000 customers said nothing for 275 s in a script). A timing line. */
static void nb_say_time(nb_job *j, const char *what, uint32_t done, uint32_t n)
{
	double spent = rr_now() - j->t0;
	if (j->said || spent < RR_NOTE_CALIBRATE_S || !done)
		return;
	j->said = 1;
	double rest = work_pace_s(spent, done, (double)(n - done));
	if (j->wk && j->wk->sink && rest >= RR_EASE_SAY_S)
		sink_eta(j->wk->sink, "note: %s, for %u customers: about %.0f s more for this pass "
			    "(a stop, Ctrl-C, cuts it short)", what, n, rest);
}

static void *nb_job_run(void *arg)
{
	nb_job *j = arg;
	const rr_dataset *d = j->cd->ds;
	for (uint32_t u = j->t; u < d->n_users && j->rc == 0; u += j->step) {
		size_t n;
		const char *what = j->up ? RR_CF_PASS_UPCF : RR_CF_PASS_TIFU;
		if (j->t == 0)
			nb_say_time(j, what, u, d->n_users);
		/* job 0 runs on the command's thread (rr_parallel): it reports and reads the stop */
		if (j->t == 0 ? work_tick(j->wk, RR_PHASE_EVAL, what, u, d->n_users, 0)
			      : work_stopped(j->wk)) {
			j->rc = 1;
			break;
		}
		if (j->only && !j->only[u]) {
			j->count[u] = 0;
			continue;
		}
		if (j->up) {
			n = upcf_neighbours(j->cd, j->up, u, &j->w);
		} else {
			n = tifu_neighbours(j->cd, j->tv, u, j->k, &j->w);
			for (size_t a = 0; a < n; a++)
				j->w.nw[a] = 1.0 / (double)n;
		}
		j->count[u] = n;
		j->rc = nb_job_push(j, j->w.nb, j->w.nw, n);
	}
	return NULL;
}

/* Gather the threads' lists into out (customer u's list is in job u % threads). */
static int nb_gather(nb_job *job, int threads, uint32_t n_users, const size_t *count,
		     rr_nbrs *out)
{
	out->n_users = n_users;
	out->start = malloc(((size_t)n_users + 1) * sizeof *out->start);
	if (!out->start)
		return -1;
	out->start[0] = 0;
	for (uint32_t u = 0; u < n_users; u++)
		out->start[u + 1] = out->start[u] + count[u];
	size_t total = out->start[n_users] ? out->start[n_users] : 1;
	out->v = malloc(total * sizeof *out->v);
	out->w = malloc(total * sizeof *out->w);
	if (!out->v || !out->w)
		return -1;
	size_t at[64] = {0};
	for (uint32_t u = 0; u < n_users; u++) {
		nb_job *j = &job[u % (uint32_t)threads];
		size_t *a = &at[u % (uint32_t)threads];
		/* a thread that found no neighbour at all never allocated j->v: NULL, even with a
		 * count of 0, is undefined for memcpy */
		if (count[u] == 0)
			continue;
		memcpy(out->v + out->start[u], j->v + *a, count[u] * sizeof *out->v);
		memcpy(out->w + out->start[u], j->wt + *a, count[u] * sizeof *out->w);
		*a += count[u];
	}
	return 0;
}

static int all_neighbours(const rr_cfdata *cd, const rr_upcf_params *up, const rr_tifu_vec *tv,
			  int k, const unsigned char *only, int threads, rr_work *w, rr_nbrs *out)
{
	enum { MAX_THREADS = 64 };
	uint32_t nu = cd->ds->n_users;
	nb_job job[MAX_THREADS];
	size_t *count = calloc(nu ? nu : 1, sizeof *count);
	int rc = count ? 0 : -1;
	if (threads < 1)
		threads = 1;
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	memset(job, 0, sizeof job);
	memset(out, 0, sizeof *out);
	for (int t = 0; t < threads && rc == 0; t++) {
		job[t] = (nb_job){.cd = cd, .up = up, .tv = tv, .k = k, .only = only, .t = (uint32_t)t,
				  .step = (uint32_t)threads, .wk = w, .count = count, .t0 = rr_now()};
		rc = cfwork_init(&job[t].w, cd);
	}
	if (rc == 0) {
		rr_parallel(nb_job_run, job, sizeof *job, threads);
		for (int t = 0; t < threads; t++)
			rc |= job[t].rc;
	}
	if (rc == 0)
		rc = nb_gather(job, threads, nu, count, out);
	for (int t = 0; t < threads; t++) {
		cfwork_free(&job[t].w);
		free(job[t].v);
		free(job[t].wt);
	}
	free(count);
	if (rc != 0) {
		nbrs_free(out);
		if (work_stopped(w))   /* the flag stays set: the jobs that broke off saw it */
			return err_set("the neighbours of every customer interrupted");
		return err_set("cannot allocate the neighbour lists of %u customers", nu);
	}
	return 0;
}

int upcf_all_neighbours(const rr_cfdata *cd, const rr_upcf_params *p, const unsigned char *only,
			int threads, rr_work *w, rr_nbrs *out)
{
	return all_neighbours(cd, p, NULL, 0, only, threads, w, out);
}

int tifu_all_neighbours(const rr_cfdata *cd, const rr_tifu_vec *t, int k,
			const unsigned char *only, int threads, rr_work *w, rr_nbrs *out)
{
	return all_neighbours(cd, NULL, t, k, only, threads, w, out);
}

/* ==== scorers ==== */

int upcf_scorer_init(rr_cf_scorer *s, const rr_cfdata *cd, const rr_upcf_params *p)
{
	memset(s, 0, sizeof *s);
	s->cd = cd;
	s->up = *p;
	if (recent_build(&s->recent, cd, p->r) != 0 || cfwork_init(&s->w, cd) != 0) {
		cf_scorer_free(s);
		return -1;
	}
	return 0;
}

int tifu_scorer_init(rr_cf_scorer *s, const rr_cfdata *cd, const rr_tifu_params *p)
{
	memset(s, 0, sizeof *s);
	s->cd = cd;
	s->tf = *p;
	if (tifu_vectors(&s->vec, cd, p->rb, p->rg, p->m) != 0 || cfwork_init(&s->w, cd) != 0) {
		cf_scorer_free(s);
		return -1;
	}
	return 0;
}

void cf_scorer_free(rr_cf_scorer *s)
{
	recent_free(&s->recent);
	tifu_vec_free(&s->vec);
	cfwork_free(&s->w);
	memset(s, 0, sizeof *s);
}

int score_upcf(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	rr_cf_scorer *s = ctx;
	memset(score, 0, train->n_items * sizeof *score);
	size_t n = upcf_neighbours(s->cd, &s->up, u, &s->w);
	upcf_accumulate(&s->recent, s->w.nb, s->w.nw, n, score);
	return 0;
}

int score_tifu(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	rr_cf_scorer *s = ctx;
	double a = s->tf.alpha;
	memset(score, 0, train->n_items * sizeof *score);
	size_t n = tifu_neighbours(s->cd, &s->vec, u, s->tf.k, &s->w);
	tifu_accumulate(s->cd, &s->vec, s->w.nb, n, score);
	/* tifu_combine in two steps: x + α·0 is x, so the owned items' second step adds α·U */
	for (uint32_t i = 0; i < train->n_items; i++)
		score[i] = tifu_combine(a, score[i], 1.0 / (double)n, 0);
	for (size_t p = train->user_start[u]; p < train->user_start[u + 1]; p++)
		score[train->pairs[p].item] += a * s->vec.u[p];
	return 0;
}

const char *upcf_params_text(const rr_upcf_params *p, char *buf, size_t size)
{
	char r[16] = "all", k[16] = "all";
	if (p->r > 0)
		snprintf(r, sizeof r, "%d", p->r);
	if (p->k > 0)
		snprintf(k, sizeof k, "%d", p->k);
	snprintf(buf, size, "r %s, α %g, q %d, k %s", r, p->alpha, p->q, k);
	return buf;
}

const char *tifu_params_text(const rr_tifu_params *p, char *buf, size_t size)
{
	snprintf(buf, size, "k %d, r_b %g, r_g %g, α %g, m %d", p->k, p->rb, p->rg, p->alpha, p->m);
	return buf;
}
