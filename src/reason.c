/* reason.c — reasons for recommendations: history contributors, cadence, recent sales. */
#include "reason.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "basket.h"
#include "ease.h"
#include "err.h"
#include "util.h"

#define DAY 1440
#define TREND_DAYS 14
#define TIMES "\xc3\x97"   /* × */
#define REASON_WIDTH 110   /* bytes a reason grows to with a second history item */

int reasoner_init(rr_reasoner *r, const rr_dataset *ds, const rr_ease *ease, const rr_baskets *b,
		  int32_t t_end)
{
	memset(r, 0, sizeof *r);
	r->ds = ds;
	r->ease = ease;
	r->b = b;
	r->t_end = t_end;
	r->bitem = malloc((ds->n_items ? ds->n_items : 1) * sizeof *r->bitem);
	r->recent = calloc(ds->n_items ? ds->n_items : 1, sizeof *r->recent);
	if (!r->bitem || !r->recent) {
		reasoner_free(r);
		return err_set("cannot allocate the reasons' item tables");
	}
	for (uint32_t i = 0; i < ds->n_items; i++)
		r->bitem[i] = b ? baskets_find(b, dataset_item_name(ds, i)) : RR_NONE;
	for (uint32_t v = 0; v < ds->n_invoices; v++)
		if (ds->inv_minute[v] >= t_end - TREND_DAYS * DAY)
			for (size_t k = ds->inv_start[v]; k < ds->inv_start[v + 1]; k++)
				r->recent[ds->inv_items[k]]++;
	if (due_hist_build(&r->hist, ds) != 0) {
		reasoner_free(r);
		return -1;
	}
	return 0;
}

void reasoner_free(rr_reasoner *r)
{
	due_hist_free(&r->hist);
	free(r->bitem);
	free(r->recent);
	free(r->co16);
	free(r->co32);
	memset(r, 0, sizeof *r);
}

/* One thread's rows of the pair table: basket items x = t, t + step, ... */
typedef struct co_job {
	rr_reasoner *r;
	uint32_t t, step;
	uint32_t *acc, *touched;   /* [nb] (owned) */
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

int reasoner_count_pairs(rr_reasoner *r, int threads)
{
	enum { MAX_THREADS = 16 };
	const rr_baskets *b = r->b;
	if (!b || r->co16 || r->co32 || b->n_items > RR_REASON_MAX_TABLE)
		return 0;
	size_t n = b->n_items ? b->n_items : 1;
	uint32_t most = 0;   /* n_xy <= n_x: 16 bits do when every item's count fits */
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
		rr_parallel(co_run, job, sizeof *job, nj);
	for (int t = 0; t < nj; t++) {
		free(job[t].acc);
		free(job[t].touched);
	}
	if (rc != 0) {
		free(r->co16);
		free(r->co32);
		r->co16 = NULL;
		r->co32 = NULL;
		return err_set("cannot allocate the bought-together counts of %zu items", n);
	}
	return 0;
}

int reasoner_table_pays(const rr_reasoner *r, size_t n)
{
	const rr_baskets *b = r->b;
	if (!b || !b->n_items)
		return 0;
	double table = (double)b->n_items * b->n_items / 8, merges;
	for (uint32_t k = 0; k < b->n_baskets; k++) {
		double s = (double)(b->start[k + 1] - b->start[k]);
		table += s <= RR_BASKET_PAIR_MAX ? s * s : 0;
	}
	merges = (double)n * 2 * (double)b->istart[b->n_items] / b->n_items;
	return table < merges;
}

/* B[j][i] of the catalogue items j and i, or 0 outside EASE's items. */
static float ease_term(const rr_ease *e, uint32_t j, uint32_t i)
{
	int32_t a = e->pos ? e->pos[j] : (int32_t)j, c = e->pos ? e->pos[i] : (int32_t)i;
	if (a < 0 || c < 0 || (uint32_t)a >= e->n || (uint32_t)c >= e->n)
		return 0;
	return e->B[(size_t)a * e->n + (size_t)c];
}

/* History item j, its term x, into the best *got of n (items, tw: largest first, ties by
 * stock code), as the history's items come in their order. */
static void best_insert(const rr_dataset *d, uint32_t *items, float *tw, int *got, int n,
			uint32_t j, float x)
{
	int at = *got < n ? *got : n;
	while (at > 0 && (tw[at - 1] < x ||
			  (tw[at - 1] == x && strcmp(dataset_item_name(d, items[at - 1]),
						     dataset_item_name(d, j)) > 0)))
		at--;
	if (at >= n)
		return;
	int last = *got < n ? *got : n - 1;
	memmove(items + at + 1, items + at, (size_t)(last - at) * sizeof *items);
	memmove(tw + at + 1, tw + at, (size_t)(last - at) * sizeof *tw);
	items[at] = j;
	tw[at] = x;
	if (*got < n)
		(*got)++;
}

int reason_contributors(const rr_reasoner *r, uint32_t u, uint32_t i, uint32_t *items, float *w,
			int n)
{
	const rr_dataset *d = r->ds;
	float tw[8];
	int got = 0;
	if (!r->ease || n <= 0)
		return 0;
	if (n > 8)
		n = 8;
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
		uint32_t j = d->pairs[p].item;
		float x = j == i ? 0 : ease_term(r->ease, j, i);
		if (x > 0)
			best_insert(d, items, tw, &got, n, j, x);
	}
	if (w)
		memcpy(w, tw, (size_t)got * sizeof *w);
	return got;
}

/* A list item's column of B and its place in the list, sorted by column. */
typedef struct list_col {
	int32_t col;
	int32_t q;
} list_col;

_Static_assert(sizeof(list_col) <= RR_CONTRIB_SCRATCH, "reason.h's scratch of a list item");

static int cmp_list_col(const void *a, const void *b)
{
	const list_col *x = a, *y = b;
	return (x->col > y->col) - (x->col < y->col);
}

void reason_contributors_list(const rr_reasoner *r, uint32_t u, const uint32_t *list, int k,
			      void *scratch, rr_contrib *out)
{
	const rr_dataset *d = r->ds;
	const struct rr_ease *e = r->ease;
	list_col *lc = scratch;
	int m = 0;
	for (int q = 0; q < k; q++) {
		out[q].n = 0;
		if (!e || dataset_find_pair(d, u, list[q]) != (size_t)-1)
			continue;   /* no EASE, or owned: its reason is its cadence */
		int32_t c = e->pos ? e->pos[list[q]] : (int32_t)list[q];
		if (c >= 0 && (uint32_t)c < e->n)
			lc[m++] = (list_col){c, q};
	}
	/* B[j][i] of every item i of the list lies in row j: a row at a time, its columns in
	 * order, where reason_contributors reads one row per history item for each item */
	qsort(lc, (size_t)m, sizeof *lc, cmp_list_col);
	for (size_t p = d->user_start[u]; m && p < d->user_start[u + 1]; p++) {
		uint32_t j = d->pairs[p].item;
		int32_t a = e->pos ? e->pos[j] : (int32_t)j;
		if (a < 0 || (uint32_t)a >= e->n)
			continue;
		const float *row = e->B + (size_t)a * e->n;
		for (int t = 0; t < m; t++) {
			float x = row[lc[t].col];
			if (x > 0) {   /* j is owned, so never the list's item itself */
				rr_contrib *o = &out[lc[t].q];
				best_insert(d, o->item, o->w, &o->n, RR_CONTRIB_MAX, j, x);
			}
		}
	}
}

uint32_t reason_together(const rr_reasoner *r, uint32_t a, uint32_t b)
{
	const rr_baskets *bk = r->b;
	if (!bk || r->bitem[a] == RR_NONE || r->bitem[b] == RR_NONE)
		return 0;
	uint32_t x = r->bitem[a], y = r->bitem[b], n = 0;
	if (x == y)   /* the table's rows leave out the item itself */
		return bk->count[x];
	if (r->co16)
		return r->co16[(size_t)x * bk->n_items + y];
	if (r->co32)
		return r->co32[(size_t)x * bk->n_items + y];
	size_t p = bk->istart[x], pe = bk->istart[x + 1], q = bk->istart[y], qe = bk->istart[y + 1];
	while (p < pe && q < qe) {   /* both lists of baskets are ascending */
		if (bk->ibasket[p] < bk->ibasket[q])
			p++;
		else if (bk->ibasket[p] > bk->ibasket[q])
			q++;
		else
			n++, p++, q++;
	}
	return n;
}

/* "you bought it 12× (every ~20 days, last 15 days ago)". */
static void owned_text(const rr_reasoner *r, size_t p, char *buf, size_t size)
{
	rr_due_pair c;
	due_pair_at(&r->hist, p, r->t_end, &c);
	uint32_t orders = r->ds->pairs[p].orders;
	double gap = due_days_shown(c.gap);
	if (c.n >= 2)
		snprintf(buf, size, "you bought it %u" TIMES " (every ~%.0f day%s, last %.0f day%s ago)",
			 orders, gap, gap == 1 ? "" : "s", c.since, c.since == 1 ? "" : "s");
	else
		snprintf(buf, size, "you bought it %s%.0f day%s ago", orders > 1 ? "on one day, " : "once, ",
			 c.since, c.since == 1 ? "" : "s");
}

/* "you bought HAND WARMER UNION JACK (17×); bought together in 190 invoices[; also X (2×)]",
 * or "" when no history item points to i; from c when the caller has them
 * (reason_contributors_list), else searched. */
static void history_text(const rr_reasoner *r, uint32_t u, uint32_t i, const rr_contrib *c,
			 char *buf, size_t size)
{
	uint32_t j[RR_CONTRIB_MAX];
	float w[RR_CONTRIB_MAX];
	const rr_dataset *d = r->ds;
	int n = c ? c->n : reason_contributors(r, u, i, j, w, RR_CONTRIB_MAX);
	if (c) {
		memcpy(j, c->item, sizeof j);
		memcpy(w, c->w, sizeof w);
	}
	buf[0] = '\0';
	if (n == 0)
		return;
	uint32_t o1 = d->pairs[dataset_find_pair(d, u, j[0])].orders, nt = reason_together(r, j[0], i);
	int k = snprintf(buf, size, "you bought %s (%u" TIMES ")", dataset_item_label(d, j[0]), o1);
	if (nt && k >= 0 && (size_t)k < size)
		k += snprintf(buf + k, size - (size_t)k, "; bought together in %u invoice%s", nt,
			      nt == 1 ? "" : "s");
	/* a second item when it weighs about as much: the reason is not one item's alone */
	if (n == 2 && w[1] >= 0.5f * w[0] && k >= 0 && (size_t)k < size) {
		char also[160];
		int m = snprintf(also, sizeof also, "; also %s (%u" TIMES ")", dataset_item_label(d, j[1]),
				 d->pairs[dataset_find_pair(d, u, j[1])].orders);
		if (k + m <= REASON_WIDTH)   /* a reason is read in a table cell: keep it short */
			snprintf(buf + k, size - (size_t)k, "%s", also);
	}
}

const char *reason_text_with(const rr_reasoner *r, uint32_t u, uint32_t i,
			     enum rr_reason_lead lead, const rr_contrib *c, char *buf, size_t size)
{
	const rr_dataset *d = r->ds;
	size_t p = dataset_find_pair(d, u, i);
	if (p != (size_t)-1 && (lead == RR_LEAD_AUTO || lead == RR_LEAD_HISTORY)) {
		owned_text(r, p, buf, size);
		return buf;
	}
	if (lead == RR_LEAD_TREND) {
		uint32_t n = r->recent[i];
		if (n) {
			snprintf(buf, size, "selling fast: in %u invoice%s in the last %d days", n,
				 n == 1 ? "" : "s", TREND_DAYS);
			return buf;
		}
	}
	if (lead == RR_LEAD_PEERS) {
		snprintf(buf, size, "customers whose baskets are like yours bought it lately");
		return buf;
	}
	history_text(r, u, i, c, buf, size);
	if (!*buf)
		snprintf(buf, size, "popular: in %u invoice%s", d->item_invoices[i],
			 rr_plural(d->item_invoices[i]));
	return buf;
}

const char *reason_text(const rr_reasoner *r, uint32_t u, uint32_t i, enum rr_reason_lead lead,
			char *buf, size_t size)
{
	return reason_text_with(r, u, i, lead, NULL, buf, size);
}
