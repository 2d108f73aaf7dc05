/* dataset.c — aggregation of cleaned rows into customers, items, invoices and pairs.
 *
 * Distinct-invoice counts (order_count, item invoices, customer invoices) are exact whatever
 * the row order: kept rows are first grouped by invoice with a counting sort, so "is this the
 * same invoice as the last time I saw this pair?" answers "distinct" correctly. */
#include "dataset.h"

#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mem.h"
#include "util.h"

void dataset_free(rr_dataset *d)
{
	if (!d)
		return;
	free(d->pairs);
	free(d->user_start);
	free(d->user_code);
	free(d->user_country);
	free(d->user_invoices);
	free(d->user_spend);
	free(d->item_code);
	free(d->item_buyers);
	free(d->item_invoices);
	free(d->user_of_cust);
	free(d->item_of_code);
	free(d->inv_code);
	free(d->inv_user);
	free(d->inv_minute);
	free(d->inv_start);
	free(d->inv_items);
	free(d);
}

/* A kept row with a customer, as the pair phase sorts it. */
typedef struct urow {
	uint32_t item;  /* dense item */
	uint32_t inv;   /* dense invoice */
	uint32_t row;   /* index in rr_rows */
} urow;

static int cmp_urow(const void *a, const void *b)
{
	const urow *x = a, *y = b;
	if (x->item != y->item)
		return x->item < y->item ? -1 : 1;
	return x->inv < y->inv ? -1 : x->inv > y->inv;
}

/* A customer's rows are few (66 on average at 10 M rows): insertion sort below 32. */
static void sort_urows(urow *a, size_t n)
{
	if (n > 32) {
		qsort(a, n, sizeof *a, cmp_urow);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		urow x = a[i];
		size_t j = i;
		while (j > 0 && cmp_urow(&a[j - 1], &x) > 0) {
			a[j] = a[j - 1];
			j--;
		}
		a[j] = x;
	}
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Baskets are mostly short: insertion sort below 32, qsort above. */
static void sort_u32(uint32_t *a, size_t n)
{
	if (n > 32) {
		qsort(a, n, sizeof *a, cmp_u32);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		uint32_t x = a[i];
		size_t j = i;
		while (j > 0 && a[j - 1] > x) {
			a[j] = a[j - 1];
			j--;
		}
		a[j] = x;
	}
}

#define ALLOC(p, n) ((p) = calloc((n) ? (n) : 1, sizeof *(p)))

rr_dataset *dataset_build(const rr_rows *r, const rr_clean *c, int32_t from, int32_t to)
{
	rr_dataset *d = calloc(1, sizeof *d);
	rr_clean_ctx cx = {0};
	uint32_t *kept = NULL, *inv_of_raw = NULL, *order = NULL, *inv_count = NULL;
	uint32_t *item_last = NULL, *user_last = NULL;
	urow *ur = NULL;
	size_t *ufill = NULL;
	if (!d || clean_ctx_init(&cx, c, r) != 0)
		goto oom;
	d->rows = r;
	d->gen = rr_gen_next();
	uint32_t ncust = strtab_count(r->customers), ncode = strtab_count(r->codes);
	uint32_t ninv_raw = strtab_count(r->invoices);
	if (!ALLOC(d->user_of_cust, ncust) || !ALLOC(d->item_of_code, ncode) ||
	    !ALLOC(inv_of_raw, ninv_raw) || !ALLOC(kept, r->n))
		goto oom;
	mem_hint_huge(kept, r->n * sizeof *kept);
	memset(d->user_of_cust, 0xFF, (ncust ? ncust : 1) * sizeof *d->user_of_cust);
	memset(d->item_of_code, 0xFF, (ncode ? ncode : 1) * sizeof *d->item_of_code);
	memset(inv_of_raw, 0xFF, (ninv_raw ? ninv_raw : 1) * sizeof *inv_of_raw);

	/* pass 1: clean, count drops, number users/items/invoices by first appearance */
	size_t nk = 0;
	uint32_t nu = 0, ni = 0, nv = 0;
	d->min_minute = INT32_MAX;
	d->max_minute = INT32_MIN;
	for (size_t i = 0; i < r->n; i++) {
		int32_t t = r->minute[i];
		if (t < from || t >= to)
			continue;
		d->rows_seen++;
		enum rr_rule why = clean_reason(&cx, i, 0);
		if (why != RR_RULE_KEPT) {
			d->dropped[why]++;
			continue;
		}
		kept[nk++] = (uint32_t)i;
		if (t < d->min_minute)
			d->min_minute = t;
		if (t > d->max_minute)
			d->max_minute = t;
		if (r->cust[i] != RR_NONE && d->user_of_cust[r->cust[i]] == RR_NONE)
			d->user_of_cust[r->cust[i]] = nu++;
		if (d->item_of_code[r->item[i]] == RR_NONE)
			d->item_of_code[r->item[i]] = ni++;
		if (inv_of_raw[r->invoice[i]] == RR_NONE)
			inv_of_raw[r->invoice[i]] = nv++;
	}
	d->kept = nk;
	d->n_users = nu;
	d->n_items = ni;
	d->n_invoices = nv;
	if (!ALLOC(d->user_code, nu) || !ALLOC(d->user_country, nu) || !ALLOC(d->user_invoices, nu) ||
	    !ALLOC(d->user_spend, nu) || !ALLOC(d->item_code, ni) || !ALLOC(d->item_buyers, ni) ||
	    !ALLOC(d->item_invoices, ni) || !ALLOC(d->inv_code, nv) || !ALLOC(d->inv_user, nv) ||
	    !ALLOC(d->inv_minute, nv) || !ALLOC(d->inv_start, (size_t)nv + 1) ||
	    !ALLOC(inv_count, (size_t)nv + 1) || !ALLOC(order, nk) || !ALLOC(item_last, ni) ||
	    !ALLOC(user_last, nu))
		goto oom;
	mem_hint_huge(order, nk * sizeof *order);
	for (uint32_t k = 0; k < ncust; k++)
		if (d->user_of_cust[k] != RR_NONE)
			d->user_code[d->user_of_cust[k]] = k;
	for (uint32_t k = 0; k < ncode; k++)
		if (d->item_of_code[k] != RR_NONE)
			d->item_code[d->item_of_code[k]] = k;

	/* group kept rows by invoice (counting sort, stable) */
	for (size_t k = 0; k < nk; k++)
		inv_count[inv_of_raw[r->invoice[kept[k]]] + 1]++;
	for (uint32_t v = 0; v < nv; v++)
		inv_count[v + 1] += inv_count[v];
	for (size_t k = 0; k < nk; k++)
		order[inv_count[inv_of_raw[r->invoice[kept[k]]]]++] = kept[k];
	free(kept);
	kept = NULL;

	/* pass 2: invoice by invoice */
	memset(item_last, 0xFF, (ni ? ni : 1) * sizeof *item_last);
	memset(user_last, 0xFF, (nu ? nu : 1) * sizeof *user_last);
	if (!ALLOC(d->user_start, (size_t)nu + 1))
		goto oom;
	size_t icap = nk + 1, nitems_inv = 0;
	if (!ALLOC(d->inv_items, icap))
		goto oom;
	mem_hint_huge(d->inv_items, icap * sizeof *d->inv_items);
	for (uint32_t k = 0; k < ncust; k++)
		if (d->user_of_cust[k] != RR_NONE)
			d->user_country[d->user_of_cust[k]] = RR_NONE;
	size_t pos = 0;
	for (uint32_t v = 0; v < nv; v++) {
		size_t end = pos + 0;
		uint32_t raw_inv = r->invoice[order[pos]];
		while (end < nk && r->invoice[order[end]] == raw_inv)
			end++;
		d->inv_code[v] = raw_inv;
		d->inv_user[v] = RR_NONE;
		d->inv_minute[v] = INT32_MAX;
		d->inv_start[v] = nitems_inv;
		for (size_t k = pos; k < end; k++) {
			size_t i = order[k];
			uint32_t it = d->item_of_code[r->item[i]];
			uint32_t u = r->cust[i] == RR_NONE ? RR_NONE : d->user_of_cust[r->cust[i]];
			if (r->minute[i] < d->inv_minute[v])
				d->inv_minute[v] = r->minute[i];
			if (item_last[it] != v) {
				item_last[it] = v;
				d->item_invoices[it]++;
				d->inv_items[nitems_inv++] = it;
			}
			if (u == RR_NONE)
				continue;
			if (d->inv_user[v] == RR_NONE)
				d->inv_user[v] = u;
			if (d->user_country[u] == RR_NONE)
				d->user_country[u] = r->country[i];
			d->user_spend[u] += (double)r->qty[i] * r->price[i];
			if (user_last[u] != v) {
				user_last[u] = v;
				d->user_invoices[u]++;
			}
			d->user_start[u + 1]++; /* rows per user, for the pair phase */
		}
		sort_u32(d->inv_items + d->inv_start[v], nitems_inv - d->inv_start[v]);
		pos = end;
	}
	d->inv_start[nv] = nitems_inv;

	/* pairs: the kept rows of each customer, gathered by a counting sort on the user, sorted
	 * by (item, invoice) and summed in one sweep. Each customer's rows fit in cache, so this
	 * beats a hash table over all pairs (one DRAM miss a row at millions of pairs), and the
	 * pairs come out already ordered by (user, item). */
	for (uint32_t u = 0; u < nu; u++)
		d->user_start[u + 1] += d->user_start[u];
	size_t nur = d->user_start[nu];
	if (!ALLOC(ur, nur) || !ALLOC(ufill, (size_t)nu + 1))
		goto oom;
	mem_hint_huge(ur, nur * sizeof *ur);
	memcpy(ufill, d->user_start, ((size_t)nu + 1) * sizeof *ufill);
	pos = 0;
	for (uint32_t v = 0; v < nv; v++) {
		size_t end = inv_count[v]; /* after the scatter, inv_count[v] is the end of invoice v */
		for (; pos < end; pos++) {
			size_t i = order[pos];
			if (r->cust[i] == RR_NONE)
				continue;
			uint32_t u = d->user_of_cust[r->cust[i]];
			urow *x = &ur[ufill[u]++];
			x->item = d->item_of_code[r->item[i]];
			x->inv = v;
			x->row = (uint32_t)i;
		}
	}
	free(order);
	order = NULL;
	/* at most one pair a row: reserve that much address space; only what is used is touched */
	if (!ALLOC(d->pairs, nur))
		goto oom;
	mem_hint_huge(d->pairs, nur * sizeof *d->pairs);
	size_t np = 0;
	for (uint32_t u = 0; u < nu; u++) {
		size_t lo = d->user_start[u], hi = d->user_start[u + 1];
		sort_urows(ur + lo, hi - lo);
		d->user_start[u] = np;
		for (size_t k = lo; k < hi;) {
			rr_pair *pp = &d->pairs[np++];
			memset(pp, 0, sizeof *pp);
			pp->user = u;
			pp->item = ur[k].item;
			pp->first = INT32_MAX;
			pp->last = INT32_MIN;
			uint32_t last_inv = RR_NONE;
			for (; k < hi && ur[k].item == pp->item; k++) {
				size_t i = ur[k].row;
				if (ur[k].inv != last_inv) {
					last_inv = ur[k].inv;
					pp->orders++;
				}
				pp->quantity += r->qty[i];
				pp->spend += (double)r->qty[i] * r->price[i];
				if (r->minute[i] < pp->first)
					pp->first = r->minute[i];
				if (r->minute[i] > pp->last)
					pp->last = r->minute[i];
			}
		}
	}
	d->user_start[nu] = np;
	d->n_pairs = np;
	free(ur);
	ur = NULL;
	free(ufill);
	ufill = NULL;
	if (np < nur) { /* give back the unused tail */
		rr_pair *shrunk = realloc(d->pairs, (np ? np : 1) * sizeof *d->pairs);
		if (shrunk)
			d->pairs = shrunk;
	}
	for (size_t p = 0; p < np; p++) {
		d->item_buyers[d->pairs[p].item]++;
		if (d->pairs[p].orders > d->max_orders)
			d->max_orders = d->pairs[p].orders;
	}
	if (nk == 0)
		d->min_minute = d->max_minute = 0;
	free(inv_of_raw);
	free(inv_count);
	free(item_last);
	free(user_last);
	clean_ctx_free(&cx);
	return d;
oom:
	err_set("out of memory aggregating %zu rows", r->n);
	free(kept);
	free(inv_of_raw);
	free(order);
	free(inv_count);
	free(item_last);
	free(user_last);
	free(ur);
	free(ufill);
	clean_ctx_free(&cx);
	dataset_free(d);
	return NULL;
}

uint32_t dataset_find_user(const rr_dataset *d, const char *customer)
{
	uint32_t k = strtab_find(d->rows->customers, customer, strlen(customer));
	return k == RR_NONE ? RR_NONE : d->user_of_cust[k];
}

uint32_t dataset_find_item(const rr_dataset *d, const char *stock_code)
{
	uint32_t k = strtab_find(d->rows->codes, stock_code, strlen(stock_code));
	return k == RR_NONE ? RR_NONE : d->item_of_code[k];
}

const char *dataset_user_name(const rr_dataset *d, uint32_t u)
{
	return u < d->n_users ? strtab_get(d->rows->customers, d->user_code[u]) : "";
}

const char *dataset_item_name(const rr_dataset *d, uint32_t i)
{
	return i < d->n_items ? strtab_get(d->rows->codes, d->item_code[i]) : "";
}

const char *dataset_item_desc(const rr_dataset *d, uint32_t i)
{
	return i < d->n_items ? rows_code_desc(d->rows, d->item_code[i]) : "";
}

size_t dataset_find_pair(const rr_dataset *d, uint32_t u, uint32_t i)
{
	if (u >= d->n_users)
		return (size_t)-1;
	size_t lo = d->user_start[u], hi = d->user_start[u + 1];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->pairs[mid].item < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < d->user_start[u + 1] && d->pairs[lo].item == i) ? lo : (size_t)-1;
}

size_t *dataset_order_hist(const rr_dataset *d)
{
	size_t *h = calloc((size_t)d->max_orders + 1, sizeof *h);
	if (!h)
		return NULL;
	for (size_t p = 0; p < d->n_pairs; p++)
		h[d->pairs[p].orders]++;
	return h;
}
