/* reasons.c — reasons from the customer's history, bought-together partners, popularity. */
#include "reasons.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rank.h"
#include "util.h"

static rr_reasons *reasons_build(const rr_dataset *ds, const rr_baskets *b, int threads,
				 int partners);

void reasons_free(rr_reasons *r)
{
	if (!r)
		return;
	free(r->bitem);
	free(r->pstart);
	free(r->partner);
	free(r->pcount);
	free(r->complete);
	free(r->btie);
	free(r);
}

/* A partner as its order sorts it. */
typedef struct part_ent {
	uint32_t n;        /* n_xy */
	uint32_t tie;      /* stock code order */
	uint32_t y;        /* basket item */
} part_ent;

static int part_before(const part_ent *a, const part_ent *b)
{
	return a->n > b->n || (a->n == b->n && a->tie < b->tie);
}

static int cmp_part(const void *a, const void *b)
{
	return part_before(a, b) ? -1 : part_before(b, a) ? 1 : 0;
}

/* Move the m first of a[0..n) (in part_before's order) to a[0..m), in any order: quickselect
 * (the order is total: no two entries have the same item). */
static void part_select(part_ent *a, size_t n, size_t m)
{
	size_t lo = 0, hi = n;
	while (lo < m && m < hi) {
		part_ent pv = a[lo + (hi - lo) / 2], t;
		size_t i = lo, j = hi - 1;
		/* three-way split around pv: [lo, i) before it, [i, k) it, (j, hi) after */
		size_t k = lo;
		while (k <= j) {
			if (part_before(&a[k], &pv)) {
				t = a[i];
				a[i++] = a[k];
				a[k++] = t;
			} else if (part_before(&pv, &a[k])) {
				t = a[j];
				a[j] = a[k];
				a[k] = t;
				if (j == 0)
					break;
				j--;
			} else {
				k++;
			}
		}
		if (m < i)
			hi = i;
		else if (m > k)
			lo = k;
		else
			return;
	}
}

/* One thread's items: x = t, t + step, ... */
typedef struct part_job {
	rr_reasons *r;
	uint32_t t, step;
	uint32_t *acc, *touched;
	part_ent *ent;
} part_job;

static void *part_run(void *arg)
{
	part_job *j = arg;
	const rr_baskets *b = j->r->b;
	for (uint32_t x = j->t; x < b->n_items; x += j->step) {
		uint32_t nt = 0;
		baskets_row(b, x, j->acc, j->touched, &nt);
		for (uint32_t a = 0; a < nt; a++) {
			uint32_t y = j->touched[a];
			j->ent[a] = (part_ent){j->acc[y], j->r->btie[y], y};
			j->acc[y] = 0;
		}
		size_t m = nt < RR_REASON_PARTNERS ? nt : RR_REASON_PARTNERS;
		part_select(j->ent, nt, m);
		qsort(j->ent, m, sizeof *j->ent, cmp_part);
		size_t at = (size_t)x * RR_REASON_PARTNERS;
		for (size_t a = 0; a < m; a++) {
			j->r->partner[at + a] = j->ent[a].y;
			j->r->pcount[at + a] = j->ent[a].n;
		}
		j->r->pstart[x + 1] = m;   /* a count for now: reasons_new makes it an offset */
		j->r->complete[x] = nt <= RR_REASON_PARTNERS;
	}
	return NULL;
}

/* The basket items' tie keys and the dataset items' basket items. */
static int index_items(rr_reasons *r)
{
	const rr_baskets *b = r->b;
	const char **codes = malloc((b->n_items ? b->n_items : 1) * sizeof *codes);
	if (!codes)
		return -1;
	for (uint32_t x = 0; x < b->n_items; x++)
		codes[x] = baskets_code(b, x);
	r->btie = rank_tie_keys(codes, b->n_items);
	free(codes);
	for (uint32_t i = 0; i < r->ds->n_items; i++)
		r->bitem[i] = baskets_find(b, dataset_item_name(r->ds, i));
	return r->btie ? 0 : -1;
}

/* Partners kept in fixed slots of RR_REASON_PARTNERS, packed into a CSR afterwards. */
static void pack_partners(rr_reasons *r)
{
	uint32_t n = r->b->n_items;
	size_t at = 0;
	for (uint32_t x = 0; x < n; x++) {
		size_t m = r->pstart[x + 1], from = (size_t)x * RR_REASON_PARTNERS;
		memmove(r->partner + at, r->partner + from, m * sizeof *r->partner);
		memmove(r->pcount + at, r->pcount + from, m * sizeof *r->pcount);
		r->pstart[x] = at;
		at += m;
	}
	r->pstart[n] = at;
}

rr_reasons *reasons_new(const rr_dataset *ds, const rr_baskets *b, int threads)
{
	return reasons_build(ds, b, threads, 1);
}

rr_reasons *reasons_light(const rr_dataset *ds, const rr_baskets *b)
{
	return reasons_build(ds, b, 1, 0);
}

static rr_reasons *reasons_build(const rr_dataset *ds, const rr_baskets *b, int threads,
				 int partners)
{
	enum { MAX_THREADS = 16 };
	part_job job[MAX_THREADS];
	size_t nb = b->n_items ? b->n_items : 1;
	rr_reasons *r = calloc(1, sizeof *r);
	int nj = 0, rc = r ? 0 : -1;
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	if (r && !partners) {   /* reasons of a few items: every one by the slow path */
		r->ds = ds;
		r->b = b;
		r->bitem = malloc((ds->n_items ? ds->n_items : 1) * sizeof *r->bitem);
		if (!r->bitem || index_items(r) != 0) {
			reasons_free(r);
			err_set("cannot allocate the reasons' index");
			return NULL;
		}
		return r;
	}
	if (r) {
		r->ds = ds;
		r->b = b;
		r->bitem = malloc((ds->n_items ? ds->n_items : 1) * sizeof *r->bitem);
		r->pstart = calloc(nb + 1, sizeof *r->pstart);
		r->partner = malloc(nb * RR_REASON_PARTNERS * sizeof *r->partner);
		r->pcount = malloc(nb * RR_REASON_PARTNERS * sizeof *r->pcount);
		r->complete = malloc(nb * sizeof *r->complete);
		rc = r->bitem && r->pstart && r->partner && r->pcount && r->complete ? index_items(r)
										      : -1;
	}
	for (; rc == 0 && nj < threads; nj++) {
		job[nj] = (part_job){r, (uint32_t)nj, (uint32_t)threads, calloc(nb, sizeof(uint32_t)),
				     malloc(nb * sizeof(uint32_t)), malloc(nb * sizeof(part_ent))};
		if (!job[nj].acc || !job[nj].touched || !job[nj].ent)
			rc = -1;
	}
	if (rc == 0) {
		rr_parallel(part_run, job, sizeof *job, threads);
		pack_partners(r);
	}
	for (int t = 0; t < nj; t++) {
		free(job[t].acc);
		free(job[t].touched);
		free(job[t].ent);
	}
	if (rc != 0) {
		reasons_free(r);
		err_set("cannot allocate the reasons' partner lists");
		return NULL;
	}
	return r;
}

int reason_work_init(rr_reason_work *w, const rr_reasons *r)
{
	size_t nb = r->b->n_items ? r->b->n_items : 1;
	memset(w, 0, sizeof *w);
	w->owned = calloc(nb, 1);
	w->acc = calloc(nb, sizeof *w->acc);
	w->touched = malloc(nb * sizeof *w->touched);
	w->best = malloc(nb * sizeof *w->best);
	w->best_n = malloc(nb * sizeof *w->best_n);
	w->filled = malloc(nb * sizeof *w->filled);
	for (size_t x = 0; w->best && x < nb; x++)
		w->best[x] = RR_NONE;
	if (!w->owned || !w->acc || !w->touched || !w->best || !w->best_n || !w->filled) {
		reason_work_free(w);
		return err_set("cannot allocate reason buffers");
	}
	return 0;
}

void reason_work_free(rr_reason_work *w)
{
	free(w->owned);
	free(w->acc);
	free(w->touched);
	free(w->best);
	free(w->best_n);
	free(w->filled);
	memset(w, 0, sizeof *w);
}

void reasons_mark(const rr_reasons *r, rr_reason_work *w, uint32_t u, int on)
{
	const rr_dataset *d = r->ds;
	w->cost = 0;
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
		uint32_t x = r->bitem[d->pairs[p].item];
		if (x != RR_NONE) {
			w->owned[x] = (unsigned char)on;
			w->cost += r->b->count[x];
		}
	}
	for (uint32_t a = 0; a < w->n_filled; a++)
		w->best[w->filled[a]] = RR_NONE;
	w->n_filled = 0;
	w->table = w->slow = 0;
}

/* Every item's best owned partner from the rows of the owned items (in w->owned). */
static void build_table(const rr_reasons *r, rr_reason_work *w)
{
	for (uint32_t x = 0; x < r->b->n_items; x++) {
		if (!w->owned[x])
			continue;
		uint32_t nt = 0;
		baskets_row(r->b, x, w->acc, w->touched, &nt);
		for (uint32_t t = 0; t < nt; t++) {
			uint32_t y = w->touched[t], n = w->acc[y];
			w->acc[y] = 0;
			if (w->best[y] == RR_NONE)
				w->filled[w->n_filled++] = y;
			else if (!(n > w->best_n[y] || (n == w->best_n[y] && r->btie[x] < r->btie[w->best[y]])))
				continue;
			w->best[y] = x;
			w->best_n[y] = n;
		}
	}
	w->table = 1;
}

/* The owned partner of basket item y bought with it in the most baskets (ties by code), by
 * every basket holding y: the slow path. RR_NONE when none. */
static uint32_t partner_by_row(const rr_reasons *r, rr_reason_work *w, uint32_t y, uint32_t *n)
{
	uint32_t nt = 0, best = RR_NONE;
	*n = 0;
	baskets_row(r->b, y, w->acc, w->touched, &nt);
	for (uint32_t t = 0; t < nt; t++) {
		uint32_t x = w->touched[t];
		if (w->owned[x] && (w->acc[x] > *n || (w->acc[x] == *n && r->btie[x] < r->btie[best]))) {
			best = x;
			*n = w->acc[x];
		}
		w->acc[x] = 0;
	}
	return best;
}

/* The slow path: y's own row, or, from the second item of a customer on (a deep list is
 * coming) when the customer's rows cost less than y's, every item's answer at once. */
static uint32_t slow_partner(const rr_reasons *r, rr_reason_work *w, uint32_t y, uint32_t *n)
{
	if (!w->table && ++w->slow >= 2 && w->cost <= (uint64_t)r->b->count[y] * w->slow)
		build_table(r, w);
	if (!w->table)
		return partner_by_row(r, w, y, n);
	*n = w->best[y] == RR_NONE ? 0 : w->best_n[y];
	return w->best[y];
}

/* The same from y's kept partners when they decide it. */
static uint32_t best_partner(const rr_reasons *r, rr_reason_work *w, uint32_t y, uint32_t *n)
{
	if (!r->pstart)
		return slow_partner(r, w, y, n);
	for (size_t a = r->pstart[y]; a < r->pstart[y + 1]; a++)
		if (w->owned[r->partner[a]]) {
			*n = r->pcount[a];
			return r->partner[a];
		}
	*n = 0;
	return r->complete[y] ? RR_NONE : slow_partner(r, w, y, n);
}

void reasons_text(const rr_reasons *r, rr_reason_work *w, uint32_t u, uint32_t i, char *buf,
		  size_t size)
{
	const rr_dataset *d = r->ds;
	size_t p = dataset_find_pair(d, u, i);
	char day[32];
	if (p != (size_t)-1) {
		const rr_pair *q = &d->pairs[p];
		if (q->orders > 1)
			snprintf(buf, size, "re-bought %u times, last %.10s", q->orders,
				 ingest_format_minute(q->last, day, sizeof day));
		else
			snprintf(buf, size, "bought once, %.10s",
				 ingest_format_minute(q->last, day, sizeof day));
		return;
	}
	uint32_t y = r->bitem[i], n = 0;
	uint32_t x = y == RR_NONE ? RR_NONE : best_partner(r, w, y, &n);
	if (x != RR_NONE)
		snprintf(buf, size, "bought together with %s in %u invoices", baskets_code(r->b, x), n);
	else
		snprintf(buf, size, "popular: in %u invoices", d->item_invoices[i]);
}
