/* reasons.c — reasons from the customer's history, bought-together counts, popularity. */
#include "reasons.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rank.h"
#include "util.h"

void reasons_free(rr_reasons *r)
{
	if (!r)
		return;
	free(r->bitem);
	free(r->btie);
	free(r->co16);
	free(r->co32);
	free(r);
}

/* The basket items' tie keys and the dataset items' basket items. */
static int index_items(rr_reasons *r)
{
	const rr_baskets *b = r->b;
	const char **codes = malloc((b->n_items ? b->n_items : 1) * sizeof *codes);
	r->bitem = malloc((r->ds->n_items ? r->ds->n_items : 1) * sizeof *r->bitem);
	if (!codes || !r->bitem) {
		free(codes);
		return err_set("cannot allocate the reasons' index");
	}
	for (uint32_t x = 0; x < b->n_items; x++)
		codes[x] = baskets_code(b, x);
	r->btie = rank_tie_keys(codes, b->n_items);
	free(codes);
	for (uint32_t i = 0; i < r->ds->n_items; i++)
		r->bitem[i] = baskets_find(b, dataset_item_name(r->ds, i));
	return r->btie ? 0 : -1;
}

/* One thread's rows of the table: x = t, t + step, ... */
typedef struct co_job {
	rr_reasons *r;
	uint32_t t, step;
	uint32_t *acc, *touched;
} co_job;

static void *co_run(void *arg)
{
	co_job *j = arg;
	const rr_baskets *b = j->r->b;
	size_t n = b->n_items;
	for (uint32_t x = j->t; x < b->n_items; x += j->step) {
		uint32_t nt = 0;
		baskets_row(b, x, j->acc, j->touched, &nt);
		for (uint32_t a = 0; a < nt; a++) {
			uint32_t y = j->touched[a];
			if (j->r->co16)
				j->r->co16[(size_t)x * n + y] = (uint16_t)j->acc[y];
			else
				j->r->co32[(size_t)x * n + y] = j->acc[y];
			j->acc[y] = 0;
		}
	}
	return NULL;
}

/* Every pair's count into the table, 16 bits wide when every item's count fits (n_xy <= n_x). */
static int count_pairs(rr_reasons *r, int threads)
{
	enum { MAX_THREADS = 16 };
	const rr_baskets *b = r->b;
	size_t n = b->n_items ? b->n_items : 1;
	uint32_t most = 0;
	for (uint32_t x = 0; x < b->n_items; x++)
		most = b->count[x] > most ? b->count[x] : most;
	if (most <= UINT16_MAX)
		r->co16 = calloc(n * n, sizeof *r->co16);
	else
		r->co32 = calloc(n * n, sizeof *r->co32);
	co_job job[MAX_THREADS];
	int nj = 0, rc = r->co16 || r->co32 ? 0 : -1;
	threads = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
	for (; rc == 0 && nj < threads; nj++) {
		job[nj] = (co_job){r, (uint32_t)nj, (uint32_t)threads, calloc(n, sizeof(uint32_t)),
				   malloc(n * sizeof(uint32_t))};
		if (!job[nj].acc || !job[nj].touched)
			rc = -1;
	}
	if (rc == 0)
		rr_parallel(co_run, job, sizeof *job, threads);
	for (int t = 0; t < nj; t++) {
		free(job[t].acc);
		free(job[t].touched);
	}
	return rc == 0 ? 0 : err_set("cannot allocate the bought-together counts of %zu items", n);
}

static rr_reasons *reasons_build(const rr_dataset *ds, const rr_baskets *b, int threads,
				 int table)
{
	rr_reasons *r = calloc(1, sizeof *r);
	if (!r) {
		err_set("cannot allocate the reasons");
		return NULL;
	}
	r->ds = ds;
	r->b = b;
	if (index_items(r) != 0 ||
	    (table && b->n_items <= RR_REASON_MAX_TABLE && count_pairs(r, threads) != 0)) {
		reasons_free(r);
		return NULL;
	}
	return r;
}

rr_reasons *reasons_new(const rr_dataset *ds, const rr_baskets *b, int threads)
{
	return reasons_build(ds, b, threads, 1);
}

rr_reasons *reasons_light(const rr_dataset *ds, const rr_baskets *b)
{
	return reasons_build(ds, b, 1, 0);
}

int reason_work_init(rr_reason_work *w, const rr_reasons *r)
{
	size_t nb = r->b->n_items ? r->b->n_items : 1;
	memset(w, 0, sizeof *w);
	w->owned = calloc(nb, 1);
	w->own = malloc(nb * sizeof *w->own);
	w->acc = calloc(nb, sizeof *w->acc);
	w->touched = malloc(nb * sizeof *w->touched);
	if (!w->owned || !w->own || !w->acc || !w->touched) {
		reason_work_free(w);
		return err_set("cannot allocate reason buffers");
	}
	return 0;
}

void reason_work_free(rr_reason_work *w)
{
	free(w->owned);
	free(w->own);
	free(w->acc);
	free(w->touched);
	memset(w, 0, sizeof *w);
}

void reasons_mark(const rr_reasons *r, rr_reason_work *w, uint32_t u, int on)
{
	const rr_dataset *d = r->ds;
	w->n_own = 0;
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
		uint32_t x = r->bitem[d->pairs[p].item];
		if (x == RR_NONE)
			continue;
		w->owned[x] = (unsigned char)on;
		if (on)
			w->own[w->n_own++] = x;
	}
}

/* Is x, bought with the item in n baskets, a better partner than best (bought in *best_n)? */
static int better(const rr_reasons *r, uint32_t x, uint32_t n, uint32_t best, uint32_t best_n)
{
	return n > best_n || (n == best_n && n > 0 && r->btie[x] < r->btie[best]);
}

/* The owned item bought with basket item y in the most baskets (ties by code), or RR_NONE. */
static uint32_t best_partner(const rr_reasons *r, rr_reason_work *w, uint32_t y, uint32_t *n)
{
	uint32_t best = RR_NONE;
	size_t nb = r->b->n_items;
	*n = 0;
	if (r->co16 || r->co32) {   /* the table's row of y holds every count with y */
		for (uint32_t a = 0; a < w->n_own; a++) {
			uint32_t x = w->own[a];
			uint32_t c = r->co16 ? r->co16[(size_t)y * nb + x] : r->co32[(size_t)y * nb + x];
			if (x != y && better(r, x, c, best, *n)) {
				best = x;
				*n = c;
			}
		}
		return best;
	}
	uint32_t nt = 0;
	baskets_row(r->b, y, w->acc, w->touched, &nt);
	for (uint32_t t = 0; t < nt; t++) {
		uint32_t x = w->touched[t];
		if (w->owned[x] && better(r, x, w->acc[x], best, *n)) {
			best = x;
			*n = w->acc[x];
		}
		w->acc[x] = 0;
	}
	return best;
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
			snprintf(buf, size, "bought in %u orders, last %.10s", q->orders,
				 ingest_format_minute(q->last, day, sizeof day));
		else
			snprintf(buf, size, "bought once, %.10s",
				 ingest_format_minute(q->last, day, sizeof day));
		return;
	}
	uint32_t y = r->bitem[i], n = 0;
	uint32_t x = y == RR_NONE ? RR_NONE : best_partner(r, w, y, &n);
	if (x != RR_NONE)
		snprintf(buf, size, "bought together with %s in %u invoice%s", baskets_code(r->b, x), n,
			 n == 1 ? "" : "s");
	else
		snprintf(buf, size, "popular: in %u invoice%s", d->item_invoices[i],
			 d->item_invoices[i] == 1 ? "" : "s");
}
