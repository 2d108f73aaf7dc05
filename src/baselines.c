/* baselines.c — popularity, recent popularity, repurchase, co-occurrence and EASE as scorers. */
#include "baselines.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "basket.h"
#include "ease.h"
#include "err.h"

int score_popularity(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	(void)ctx;
	(void)u;
	for (uint32_t i = 0; i < train->n_items; i++)
		score[i] = train->item_invoices[i];
	return 0;
}

int score_repurchase(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	score_popularity(ctx, train, u, score);
	/* owned items above everything: order count, then last purchase (both exact in a double:
	 * orders·1e7 + minutes since the data began, < 1e7 for 19 years) */
	for (size_t p = train->user_start[u]; p < train->user_start[u + 1]; p++) {
		const rr_pair *q = &train->pairs[p];
		score[q->item] = 1e15 + (double)q->orders * 1e7 + (double)(q->last - train->min_minute);
	}
	return 0;
}

int recent_pop_init(rr_recent_pop *rp, const rr_dataset *d, int32_t cutoff, int days)
{
	memset(rp, 0, sizeof *rp);
	rp->n = d->n_items;
	rp->days = days;
	if (!(rp->score = calloc(d->n_items ? d->n_items : 1, sizeof *rp->score)))
		return err_set("cannot allocate the recent popularity of %u items", d->n_items);
	/* in minutes as a double: a window reaching before 1970 (INT32_MIN) wraps nothing */
	double from = (double)cutoff - (double)days * 1440.0;
	uint32_t most = 0;
	for (uint32_t v = 0; v < d->n_invoices; v++)
		if (d->inv_minute[v] >= from && d->inv_minute[v] < cutoff)
			for (size_t q = d->inv_start[v]; q < d->inv_start[v + 1]; q++)
				rp->score[d->inv_items[q]] += 1;   /* an invoice's items are distinct */
	for (uint32_t i = 0; i < d->n_items; i++)
		if (d->item_invoices[i] > most)
			most = d->item_invoices[i];
	for (uint32_t i = 0; i < d->n_items; i++)
		rp->score[i] = rp->score[i] * ((double)most + 1) + d->item_invoices[i];
	return 0;
}

void recent_pop_free(rr_recent_pop *rp)
{
	free(rp->score);
	memset(rp, 0, sizeof *rp);
}

int score_recent_pop(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	const rr_recent_pop *rp = ctx;
	(void)u;
	memcpy(score, rp->score, train->n_items * sizeof *score);
	return 0;
}

const char *recent_pop_text(int days, char *buf, size_t size)
{
	snprintf(buf, size, "W %d days", days);
	return buf;
}

/* Row x's entries appended to c (grown as needed): the cosines of the touched items. */
static int cooc_row(rr_cooc *c, size_t *cap, const rr_baskets *b, uint32_t x, uint32_t *acc,
		    const uint32_t *touched, uint32_t nt)
{
	size_t at = c->start[x];
	if (at + nt > *cap) {
		size_t nc = (at + nt) * 2;
		uint32_t *col = realloc(c->col, nc * sizeof *col);
		if (col)
			c->col = col;
		float *cos = realloc(c->cos, nc * sizeof *cos);
		if (cos)
			c->cos = cos;
		if (!col || !cos)
			return err_set("cannot allocate the co-occurrences of %u items", c->n);
		*cap = nc;
	}
	for (uint32_t t = 0; t < nt; t++) {
		uint32_t y = touched[t];
		c->col[at] = y;
		c->cos[at++] = (float)(acc[y] / sqrt((double)b->count[x] * (double)b->count[y]));
		acc[y] = 0;
	}
	c->start[x + 1] = at;
	return 0;
}

rr_cooc *cooc_new(const rr_dataset *d)
{
	size_t n = d->n_items, cap = 0;
	rr_cooc *c = calloc(1, sizeof *c);
	uint32_t *acc = calloc(n ? n : 1, sizeof *acc), *touched = malloc((n ? n : 1) * sizeof *touched);
	rr_baskets *b = NULL;
	if (!c || !acc || !touched || !(c->start = calloc(n + 1, sizeof *c->start)) ||
	    !(c->row_buf = malloc((n ? n : 1) * sizeof *c->row_buf))) {
		err_set("cannot allocate the co-occurrences of %zu items", n);
		goto fail;
	}
	c->n = d->n_items;
	if (!(b = baskets_from_csr(d->n_invoices, d->inv_start, d->inv_items, d->n_items)))
		goto fail;
	for (uint32_t x = 0; x < d->n_items; x++) {
		uint32_t nt = 0;
		baskets_row(b, x, acc, touched, &nt);
		if (cooc_row(c, &cap, b, x, acc, touched, nt) != 0)
			goto fail;
	}
	c->n_unpaired = b->n_unpaired;   /* baskets_from_csr keeps d's invoice order */
	c->largest = b->largest;
	c->largest_items = b->n_baskets ? b->start[b->largest + 1] - b->start[b->largest] : 0;
	baskets_free(b);
	free(acc);
	free(touched);
	return c;
fail:
	baskets_free(b);
	free(acc);
	free(touched);
	cooc_free(c);
	return NULL;
}

void cooc_free(rr_cooc *c)
{
	if (!c)
		return;
	free(c->start);
	free(c->col);
	free(c->cos);
	free(c->row_buf);
	free(c);
}

int score_cooc(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	rr_cooc *c = ctx;
	size_t n = c->n;
	float *s = c->row_buf;
	memset(s, 0, n * sizeof *s);
	/* each s[j] gets its terms in the order of u's pairs, as the dense rows' sums did (their
	 * zeros added nothing) */
	for (size_t p = train->user_start[u]; p < train->user_start[u + 1]; p++) {
		uint32_t x = train->pairs[p].item;
		for (size_t a = c->start[x]; a < c->start[x + 1]; a++)
			s[c->col[a]] += c->cos[a];
	}
	/* padded by popularity: items with no co-occurrence rank after all that have one */
	for (size_t j = 0; j < n; j++)
		score[j] = s[j] > 0 ? 1e9 + s[j] : (double)train->item_invoices[j];
	return 0;
}

uint32_t rr_ease_max_items = RR_EASE_MAX_ITEMS;

uint32_t *items_by_invoices(const rr_dataset *d)
{
	uint32_t *order = malloc((d->n_items ? d->n_items : 1) * sizeof *order);
	uint32_t maxc = 0;
	for (uint32_t i = 0; i < d->n_items; i++)
		if (d->item_invoices[i] > maxc)
			maxc = d->item_invoices[i];
	/* a counting sort by invoice count (descending), stable in index */
	size_t *cnt = calloc((size_t)maxc + 2, sizeof *cnt);
	if (!order || !cnt) {
		free(order);
		free(cnt);
		err_set("cannot allocate the items' order");
		return NULL;
	}
	for (uint32_t i = 0; i < d->n_items; i++)
		cnt[maxc - d->item_invoices[i] + 1]++;
	for (uint32_t c = 0; c <= maxc; c++)
		cnt[c + 1] += cnt[c];
	for (uint32_t i = 0; i < d->n_items; i++)
		order[cnt[maxc - d->item_invoices[i]]++] = i;
	free(cnt);
	return order;
}

rr_ease *ease_fit_dataset(const rr_dataset *d, double lambda)
{
	uint32_t *items = malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *items);
	if (!items) {
		err_set("cannot allocate %zu pairs", d->n_pairs);
		return NULL;
	}
	if (d->n_items <= rr_ease_max_items) {
		for (size_t p = 0; p < d->n_pairs; p++)
			items[p] = d->pairs[p].item;
		rr_ease *e = ease_fit(d->n_items, d->n_users, d->user_start, items, NULL, lambda);
		free(items);
		return e;
	}
	/* a large catalogue: fit on the rr_ease_max_items items with most invoices (ties by
	 * index), each user's pairs restricted to them */
	uint32_t m = rr_ease_max_items, *order = items_by_invoices(d);
	int32_t *row = malloc(d->n_items * sizeof *row);
	size_t *ustart = malloc(((size_t)d->n_users + 1) * sizeof *ustart);
	rr_ease *e = NULL;
	if (!order || !row || !ustart) {
		err_set("cannot allocate the ease catalogue");
		goto done;
	}
	for (uint32_t i = 0; i < d->n_items; i++)
		row[i] = -1;
	for (uint32_t j = 0; j < m; j++)
		row[order[j]] = (int32_t)j;
	size_t k = 0;
	for (uint32_t u = 0; u < d->n_users; u++) {
		ustart[u] = k;
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
			if (row[d->pairs[p].item] >= 0)
				items[k++] = (uint32_t)row[d->pairs[p].item];
	}
	ustart[d->n_users] = k;
	e = ease_fit(m, d->n_users, ustart, items, NULL, lambda);
	if (e) {
		/* the catalogue takes order's first m entries: B's column j is item order[j] */
		uint32_t *col = realloc(order, m * sizeof *col);
		if (col)
			order = NULL;
		if (!col || ease_set_catalogue(e, d->n_items, col) != 0) {
			ease_free(e);
			e = NULL;
			err_set("cannot allocate the ease catalogue");
		}
	}
done:
	free(items);
	free(order);
	free(row);
	free(ustart);
	return e;
}

typedef struct ease_job {
	const rr_dataset *d;
	double lambda;
	rr_ease *out;
} ease_job;

static int ease_job_run(void *arg)
{
	ease_job *j = arg;
	j->out = ease_fit_dataset(j->d, j->lambda);
	return j->out ? 0 : -1;
}

double ease_fit_cpu_s(uint32_t n_items)
{
	double n = n_items < rr_ease_max_items ? n_items : rr_ease_max_items;
	return n * n * n / RR_EASE_FLOPS_S + n * n * RR_EASE_CELL_S;
}

void ease_say_uncut(const rr_work *w, const char *what, uint32_t inner_items, uint32_t items)
{
	uint32_t a = inner_items < rr_ease_max_items ? inner_items : rr_ease_max_items;
	uint32_t b = items < rr_ease_max_items ? items : rr_ease_max_items;
	double sa = ease_fit_cpu_s(a), sb = ease_fit_cpu_s(b);
	if (!w || !w->sink || (sa < RR_EASE_SAY_S && sb < RR_EASE_SAY_S))
		return;
	if (!inner_items)
		sink_printf(w->sink, "note: %s inverts one %u x %u matrix (the whole history's EASE), "
			    "about %.0f s of CPU that a stop (Ctrl-C) cannot cut short", what, b, b, sb);
	else
		sink_printf(w->sink, "note: %s inverts a %u x %u matrix (the inner period's EASE) and a "
			    "%u x %u one (the whole history's) side by side, about %.0f s and %.0f s of "
			    "CPU that a stop (Ctrl-C) cannot cut short", what, a, a, b, b, sa, sb);
}

rr_ease *ease_fit_dataset_ticked(const rr_dataset *d, double lambda, rr_work *w,
				 const char *what)
{
	ease_job j = {d, lambda, NULL};
	if (work_run(w, what, ease_job_run, &j) != 0)
		return NULL;
	if (work_stopped(w)) {
		ease_free(j.out);
		err_set("%s interrupted", what);
		return NULL;
	}
	return j.out;
}

int score_ease(void *ctx, const rr_dataset *train, uint32_t u, double *score)
{
	rr_ease_scorer *es = ctx;
	size_t k = 0;
	for (size_t p = train->user_start[u]; p < train->user_start[u + 1]; p++)
		es->items[k++] = train->pairs[p].item;
	ease_score(es->ease, es->items, NULL, k, es->buf);
	for (uint32_t j = 0; j < es->ease->n_all; j++)
		score[j] = es->buf[j];
	return 0;
}

int ease_scorer_init(rr_ease_scorer *es, const rr_ease *e)
{
	memset(es, 0, sizeof *es);
	es->ease = e;
	es->buf = malloc((e->n_all ? e->n_all : 1) * sizeof *es->buf);
	es->items = malloc((e->n_all ? e->n_all : 1) * sizeof *es->items);
	if (!es->buf || !es->items) {
		ease_scorer_free(es);
		return err_set("cannot allocate scoring buffers");
	}
	return 0;
}

void ease_scorer_free(rr_ease_scorer *es)
{
	free(es->buf);
	free(es->items);
	memset(es, 0, sizeof *es);
}
