/* dataset.c — aggregation of cleaned rows into customers, items, invoices and pairs.
 *
 * Distinct-invoice counts (order_count, item invoices, customer invoices) are exact whatever
 * the row order: kept rows are first grouped by invoice with a counting sort, so "is this the
 * same invoice as the last time I saw this pair?" answers "distinct" correctly. */
#include "dataset.h"

#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvdate.h"
#include "err.h"
#include "ingest.h"
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
	free(d->user_countries);
	free(d->user_invoices);
	free(d->user_spend);
	free(d->item_code);
	free(d->item_buyers);
	free(d->item_invoices);
	free(d->user_of_cust);
	free(d->item_of_code);
	free(d->code_desc);
	free(d->code_kept);
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

/* A customer's rows arrive in invoice order (gather_user_rows walks the invoices), so a
 * stable sort by item alone orders them by (item, invoice). Above 32 rows, an LSD radix sort
 * on the item's bytes (two passes below 65,536 items) into tmp: heavy customers have 10⁵ rows
 * at 30 M, where qsort's comparisons were a tenth of a build. Below, insertion sort. Both are
 * stable, as glibc's merge sort was, so equal (item, invoice) rows keep their order and the
 * sums come out the same. */
static void sort_urows(urow *a, size_t n, urow *tmp, uint32_t n_items)
{
	if (n > 32) {
		urow *src = a, *dst = tmp;
		for (unsigned shift = 0; shift < 32 && (shift == 0 || (n_items - 1) >> shift);
		     shift += 8) {
			size_t cnt[257] = {0};
			for (size_t k = 0; k < n; k++)
				cnt[((src[k].item >> shift) & 255) + 1]++;
			for (int c = 0; c < 256; c++)
				cnt[c + 1] += cnt[c];
			for (size_t k = 0; k < n; k++)
				dst[cnt[(src[k].item >> shift) & 255]++] = src[k];
			urow *t = src;
			src = dst;
			dst = t;
		}
		if (src != a)
			memcpy(a, src, n * sizeof *a);
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

/* A partly returned pair, found before the pairs exist: reduced once they do. */
typedef struct part_return {
	uint32_t cust;        /* id in rows->customers */
	uint32_t code;        /* id in rows->codes (the canonical spelling) */
	double returned;      /* returned quantity, 0 < returned < purchased; 0 for a refund of
	                         part of the price (money), which takes no unit */
	double purchased;
	double money;
} part_return;

/* What dataset_build carries between its stages. Every pointer is freed by build_free,
 * success or not; the stages move what the dataset keeps into it. */
typedef struct build {
	const rr_rows *r;
	const rr_clean *c;
	const rr_clean_ctx *cx;   /* the caller's (dataset_build_ctx), not freed here */
	rr_dataset *d;
	int32_t from, to;         /* the time window */
	uint32_t *kept;           /* [nk] kept rows, in file order */
	size_t nk;
	uint32_t *ret;            /* [nret] return rows (rr_clean.returns), in file order */
	size_t nret, ret_cap;
	part_return *part;        /* [npart] partly returned pairs, when the rule is on */
	size_t npart, part_cap;
	uint32_t *inv_of_raw;     /* [invoices count] dense invoice or RR_NONE */
	uint32_t *order;          /* [nk] kept rows grouped by invoice */
	uint32_t *inv_end;        /* [n_invoices+1] invoice v's rows end at order[inv_end[v]] */
	uint32_t *item_last;      /* [n_items] last invoice seen with the item (distinct counts) */
	uint32_t *user_last;      /* [n_users] last invoice seen with the user */
	urow *ur;                 /* [rows of customers] the pair phase's rows, user by user */
} build;

static void build_free(build *b)
{
	free(b->kept);
	free(b->ret);
	free(b->part);
	free(b->inv_of_raw);
	free(b->order);
	free(b->inv_end);
	free(b->item_last);
	free(b->user_last);
	free(b->ur);
}

static int push_return(build *b, size_t i)
{
	void *room = b->ret;
	if (mem_room(&room, &b->ret_cap, b->nret, sizeof *b->ret, 1024) != 0)
		return -1;
	b->ret = room;
	b->ret[b->nret++] = (uint32_t)i;
	return 0;
}

/* Stage 1: each row in the window is kept, filtered, or dropped by its first failing rule;
 * returns are set aside for stage 2. */
static int classify_rows(build *b)
{
	const rr_rows *r = b->r;
	rr_dataset *d = b->d;
	if (!ALLOC(b->kept, r->n))
		return -1;
	mem_hint_huge(b->kept, r->n * sizeof *b->kept);
	for (size_t i = 0; i < r->n; i++) {
		int32_t t = r->minute[i];
		if (t < b->from || t >= b->to)
			continue;
		d->rows_seen++;
		enum rr_rule why = clean_reason(b->cx, i, 0);
		if (why == RR_RULE_KEPT) {
			b->kept[b->nk++] = (uint32_t)i;
		} else if (why == RR_RULE_FILTERED) {
			d->filtered++;
		} else {
			d->dropped[why]++;
			d->zero_qty += why == RR_RULE_CANCELLED && r->qty[i] == 0;
			d->voided += why == RR_RULE_CANCELLED && r->qty[i] != 0 &&
				     clean_is_voided(b->cx, i);
			if (why == RR_RULE_CANCELLED && clean_is_return(b->cx, i) && push_return(b, i))
				return -1;
		}
	}
	return 0;
}

/* A (customer, item) that has returns: what was returned, bought and kept of it. */
typedef struct ret_pair {
	uint64_t key;         /* customer id << 32 | canonical code id */
	double returned;      /* -Σ quantity of its return rows */
	double bought;        /* Σ quantity of its kept rows */
	double ret_money;     /* Σ |quantity| × price of its return rows */
	double bought_money;  /* Σ quantity × price of its kept rows */
	double adjust;        /* refunds of part of the price (price_adjustment): their money,
	                         no unit back, 0 for none */
	size_t rows;          /* its kept rows */
} ret_pair;

static int cmp_ret_pair(const void *a, const void *b)
{
	uint64_t x = ((const ret_pair *)a)->key, y = ((const ret_pair *)b)->key;
	return (x > y) - (x < y);
}

static uint64_t row_key(const build *b, size_t i)
{
	return (uint64_t)clean_cust(b->cx, i) << 32 | clean_code(b->cx, i);
}

/* The entry of v[0..n) (sorted) for kept row i, or NULL: a lookup only for the customers
 * flagged as having returns, so most rows cost one byte read. */
static ret_pair *ret_find(const build *b, ret_pair *v, size_t n, const unsigned char *flag,
			  size_t i)
{
	if (clean_cust(b->cx, i) == RR_NONE || !flag[clean_cust(b->cx, i)])
		return NULL;
	uint64_t key = row_key(b, i);
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].key == key ? &v[lo] : NULL;
}

/* The pairs with returns, merged and sorted, in *out (*n of them); their customers flagged. */
static int ret_pairs(build *b, unsigned char *flag, ret_pair **out, size_t *n)
{
	ret_pair *v = calloc(b->nret ? b->nret : 1, sizeof *v);
	if (!v)
		return -1;
	for (size_t k = 0; k < b->nret; k++) {
		v[k].key = row_key(b, b->ret[k]);
		v[k].returned = -(double)b->r->qty[b->ret[k]];
		v[k].ret_money = fabs(b->r->qty[b->ret[k]]) * b->r->price[b->ret[k]];
		flag[clean_cust(b->cx, b->ret[k])] = 1;
	}
	qsort(v, b->nret, sizeof *v, cmp_ret_pair);
	size_t w = 0;
	for (size_t k = 0; k < b->nret; k++) {
		if (w && v[w - 1].key == v[k].key) {
			v[w - 1].returned += v[k].returned;
			v[w - 1].ret_money += v[k].ret_money;
		} else
			v[w++] = v[k];
	}
	*out = v;
	*n = w;
	return 0;
}

/* One pair for stage 8, when the rule is on. 0 or -1. */
static int push_part(build *b, const part_return *p)
{
	void *room = b->part;
	if (mem_room(&room, &b->part_cap, b->npart, sizeof *b->part, 256) != 0)
		return -1;
	b->part = room;
	b->part[b->npart++] = *p;
	return 0;
}

/* Count what the returns rule finds in v[0..n) (bought and kept rows filled in); when on,
 * note the pairs returned in part for stage 8. 0 or -1. */
static int ret_count(build *b, const ret_pair *v, size_t n, int on)
{
	rr_returns_count *rc = &b->d->returns;
	for (size_t k = 0; k < n; k++) {
		if (v[k].adjust > 0 && v[k].bought > 0) {   /* no unit back: the spend alone */
			rc->adjusted++;
			rc->adjusted_money += v[k].adjust;
			if (on && push_part(b, &(part_return){(uint32_t)(v[k].key >> 32),
					    (uint32_t)v[k].key, 0, v[k].bought, v[k].adjust}) != 0)
				return -1;
			continue;
		}
		if (v[k].bought <= 0 || v[k].returned <= 0)
			continue; /* no pair, or nothing returned */
		if (v[k].returned >= v[k].bought) {
			rc->full++;
			rc->full_rows += v[k].rows;
			continue;
		}
		rc->partial++;
		if (on && push_part(b, &(part_return){(uint32_t)(v[k].key >> 32),
				    (uint32_t)v[k].key, v[k].returned, v[k].bought, 0}) != 0)
			return -1;
	}
	return 0;
}

/* Does pair x's refund take off part of the price rather than units: its money under half
 * what its returned units cost at the price the pair paid (t72 F13: Square's goodwill
 * refund of 9.60 on a 48.00 vase, Qty 1, read as the vase returned)? Only in a file whose
 * own event or status says which lines are refunds (rows.h's returns_marked): a till's or an
 * ERP's return line of another unit price (Online Retail's C invoices, priced at another
 * tier of the item's prices) is units back. No prices, no judgement. */
static int price_adjustment(const rr_rows *r, const ret_pair *x)
{
	return r->returns_marked && x->bought > 0 && x->returned > 0 && x->bought_money > 0 && x->ret_money > 0 &&
	       x->ret_money < 0.5 * x->returned * (x->bought_money / x->bought);
}

/* Stage 2, the returns rule: the (customer, item) pairs with returns, their purchases summed
 * from the kept rows. Counted always (stats shows what the rule would do); applied when on:
 * the rows of pairs returned in full leave the kept rows. 0 or -1. */
static int returns_scan(build *b)
{
	int on = b->c->returns && b->c->on[RR_RULE_CANCELLED];
	b->d->returns.rows = b->nret;
	b->d->returns.applied = on;
	if (b->nret == 0)
		return 0;
	uint32_t ncust = strtab_count(b->r->customers);
	unsigned char *flag = calloc(ncust ? ncust : 1, 1);
	ret_pair *v = NULL, *x;
	size_t n = 0;
	int rc = -1;
	if (!flag || ret_pairs(b, flag, &v, &n) != 0)
		goto done;
	for (size_t k = 0; k < b->nk; k++)
		if ((x = ret_find(b, v, n, flag, b->kept[k]))) {
			x->bought += b->r->qty[b->kept[k]];
			x->bought_money += b->r->qty[b->kept[k]] * b->r->price[b->kept[k]];
			x->rows++;
		}
	for (size_t k = 0; k < n; k++)
		if (price_adjustment(b->r, &v[k])) {   /* no unit came back: none is returned */
			v[k].adjust = v[k].ret_money;
			v[k].returned = 0;
		}
	if (ret_count(b, v, n, on) != 0)
		goto done;
	if (on && b->d->returns.full) {
		size_t w = 0;
		for (size_t k = 0; k < b->nk; k++) {
			x = ret_find(b, v, n, flag, b->kept[k]);
			if (!x || x->bought <= 0 || x->returned < x->bought)
				b->kept[w++] = b->kept[k];
		}
		b->nk = w;
	}
	rc = 0;
done:
	free(flag);
	free(v);
	return rc;
}

/* Stage 3: number customers, items (canonical codes) and invoices in order of first
 * appearance among the kept rows; the date range. */
static int number_rows(build *b)
{
	const rr_rows *r = b->r;
	rr_dataset *d = b->d;
	uint32_t ncust = strtab_count(r->customers), ncode = strtab_count(r->codes);
	uint32_t ninv = strtab_count(r->invoices), nu = 0, ni = 0, nv = 0;
	if (!ALLOC(d->user_of_cust, ncust) || !ALLOC(d->item_of_code, ncode) ||
	    !ALLOC(b->inv_of_raw, ninv) || !(d->code_kept = calloc(ncode ? ncode : 1, 1)))
		return -1;
	memset(d->user_of_cust, 0xFF, (ncust ? ncust : 1) * sizeof *d->user_of_cust);
	memset(d->item_of_code, 0xFF, (ncode ? ncode : 1) * sizeof *d->item_of_code);
	memset(b->inv_of_raw, 0xFF, (ninv ? ninv : 1) * sizeof *b->inv_of_raw);
	d->min_minute = INT32_MAX;
	d->max_minute = INT32_MIN;
	for (size_t k = 0; k < b->nk; k++) {
		size_t i = b->kept[k];
		uint32_t code = clean_code(b->cx, i);
		d->code_kept[r->item[i]] = 1;
		if (r->minute[i] < d->min_minute)
			d->min_minute = r->minute[i];
		if (r->minute[i] > d->max_minute)
			d->max_minute = r->minute[i];
		uint32_t cu = clean_cust(b->cx, i);   /* casefold's customer */
		if (cu != RR_NONE && d->user_of_cust[cu] == RR_NONE)
			d->user_of_cust[cu] = nu++;
		if (d->item_of_code[code] == RR_NONE)
			d->item_of_code[code] = ni++;
		if (b->inv_of_raw[r->invoice[i]] == RR_NONE)
			b->inv_of_raw[r->invoice[i]] = nv++;
	}
	if (b->nk == 0)
		d->min_minute = d->max_minute = 0;
	d->kept = b->nk;
	d->n_users = nu;
	d->n_items = ni;
	d->n_invoices = nv;
	return 0;
}

/* Stage 4: the per-user, per-item and per-invoice arrays, and the identifier maps both
 * ways (every spelling of an item finds it). */
static int alloc_aggregates(build *b)
{
	rr_dataset *d = b->d;
	uint32_t nu = d->n_users, ni = d->n_items, nv = d->n_invoices;
	uint32_t ncust = strtab_count(b->r->customers), ncode = strtab_count(b->r->codes);
	if (!ALLOC(d->user_code, nu) || !ALLOC(d->user_country, nu) || !ALLOC(d->user_invoices, nu) ||
	    !ALLOC(d->user_countries, nu) ||
	    !ALLOC(d->user_spend, nu) || !ALLOC(d->item_code, ni) || !ALLOC(d->item_buyers, ni) ||
	    !ALLOC(d->item_invoices, ni) || !ALLOC(d->inv_code, nv) || !ALLOC(d->inv_user, nv) ||
	    !ALLOC(d->inv_minute, nv) || !ALLOC(d->inv_start, (size_t)nv + 1) ||
	    !ALLOC(d->user_start, (size_t)nu + 1) || !ALLOC(b->item_last, ni) ||
	    !ALLOC(b->user_last, nu))
		return -1;
	d->fold_customers = b->cx->cust_canon != NULL;
	for (uint32_t k = 0; k < ncust; k++) {
		uint32_t canon = b->cx->cust_canon ? b->cx->cust_canon[k] : k;
		if (canon != k)   /* casefold: canon < k, already final */
			d->user_of_cust[k] = d->user_of_cust[canon];
		else if (d->user_of_cust[k] != RR_NONE) {
			d->user_code[d->user_of_cust[k]] = k;
			d->user_country[d->user_of_cust[k]] = RR_NONE;
		}
	}
	for (uint32_t k = 0; k < ncode; k++) {
		uint32_t canon = b->cx->canon[k];
		if (canon == k && d->item_of_code[k] != RR_NONE)
			d->item_code[d->item_of_code[k]] = k;
		else if (canon != k)   /* canon < k: already final */
			d->item_of_code[k] = d->item_of_code[canon];
	}
	memset(b->item_last, 0xFF, (ni ? ni : 1) * sizeof *b->item_last);
	memset(b->user_last, 0xFF, (nu ? nu : 1) * sizeof *b->user_last);
	return 0;
}

/* Stage 5: kept rows grouped by invoice (a stable counting sort), so distinct-invoice counts
 * are exact whatever the row order. The kept list is no longer needed. */
static int group_by_invoice(build *b)
{
	const rr_rows *r = b->r;
	uint32_t nv = b->d->n_invoices;
	if (!ALLOC(b->inv_end, (size_t)nv + 1) || !ALLOC(b->order, b->nk))
		return -1;
	mem_hint_huge(b->order, b->nk * sizeof *b->order);
	for (size_t k = 0; k < b->nk; k++)
		b->inv_end[b->inv_of_raw[r->invoice[b->kept[k]]] + 1]++;
	for (uint32_t v = 0; v < nv; v++)
		b->inv_end[v + 1] += b->inv_end[v];
	for (size_t k = 0; k < b->nk; k++)
		b->order[b->inv_end[b->inv_of_raw[r->invoice[b->kept[k]]]]++] = b->kept[k];
	free(b->kept);
	b->kept = NULL;
	return 0;
}

/* One invoice v, its kept rows order[pos..end): its time, basket, customer; the item's and
 * the customer's invoice counts, the customer's spend; rows per customer (in
 * user_start, for the pair phase). Returns the basket's new end in inv_items. */
static size_t sweep_invoice(build *b, uint32_t v, size_t pos, size_t end, size_t nitems)
{
	const rr_rows *r = b->r;
	rr_dataset *d = b->d;
	d->inv_code[v] = r->invoice[b->order[pos]];
	d->inv_user[v] = RR_NONE;
	d->inv_minute[v] = INT32_MAX;
	d->inv_start[v] = nitems;
	for (size_t k = pos; k < end; k++) {
		size_t i = b->order[k];
		uint32_t it = d->item_of_code[r->item[i]];
		uint32_t u = r->cust[i] == RR_NONE ? RR_NONE : d->user_of_cust[r->cust[i]];
		if (r->minute[i] < d->inv_minute[v])
			d->inv_minute[v] = r->minute[i];
		if (b->item_last[it] != v) {
			b->item_last[it] = v;
			d->item_invoices[it]++;
			d->inv_items[nitems++] = it;
		}
		if (u == RR_NONE) { /* in no pair: its totals are counted here or nowhere */
			d->quantity += r->qty[i];
			d->spend += (double)r->qty[i] * r->price[i];
			continue;
		}
		if (d->inv_user[v] == RR_NONE)
			d->inv_user[v] = u;
		d->user_spend[u] += (double)r->qty[i] * r->price[i];
		if (b->user_last[u] != v) {
			b->user_last[u] = v;
			d->user_invoices[u]++;
		}
		d->user_start[u + 1]++;
	}
	sort_u32(d->inv_items + d->inv_start[v], nitems - d->inv_start[v]);
	return nitems;
}

/* Stage 6: invoice by invoice. */
static int sweep_invoices(build *b)
{
	rr_dataset *d = b->d;
	size_t cap = b->nk + 1, nitems = 0, pos = 0;
	if (!ALLOC(d->inv_items, cap))
		return -1;
	mem_hint_huge(d->inv_items, cap * sizeof *d->inv_items);
	for (uint32_t v = 0; v < d->n_invoices; v++) {
		size_t end = b->inv_end[v]; /* after the scatter, inv_end[v] is the end of invoice v */
		nitems = sweep_invoice(b, v, pos, end, nitems);
		pos = end;
	}
	d->inv_start[d->n_invoices] = nitems;
	return 0;
}

/* Stage 7a: the kept rows of each customer gathered by a counting sort on the user. Each
 * customer's rows then fit in cache, so sorting them by (item, invoice) and summing in one
 * sweep beats a hash table over all pairs (one DRAM miss a row at millions of pairs), and the
 * pairs come out already ordered by (user, item). The invoice order is no longer needed. */
static int gather_user_rows(build *b, size_t **fill_out)
{
	const rr_rows *r = b->r;
	rr_dataset *d = b->d;
	uint32_t nu = d->n_users;
	for (uint32_t u = 0; u < nu; u++)
		d->user_start[u + 1] += d->user_start[u];
	size_t n = d->user_start[nu], *fill = NULL;
	if (!ALLOC(b->ur, n) || !ALLOC(fill, (size_t)nu + 1))
		return -1;
	mem_hint_huge(b->ur, n * sizeof *b->ur);
	memcpy(fill, d->user_start, ((size_t)nu + 1) * sizeof *fill);
	size_t pos = 0;
	for (uint32_t v = 0; v < d->n_invoices; v++)
		for (; pos < b->inv_end[v]; pos++) {
			size_t i = b->order[pos];
			if (r->cust[i] == RR_NONE)
				continue;
			uint32_t u = d->user_of_cust[r->cust[i]];
			b->ur[fill[u]++] = (urow){d->item_of_code[r->item[i]], v, (uint32_t)i};
		}
	free(b->order);
	b->order = NULL;
	*fill_out = fill;
	return 0;
}

/* Whether invoice a is later than b: by the time of its first row, then its number as text
 * (the order the recommender's features take invoices in). */
static int inv_later(const rr_rows *r, const rr_dataset *d, uint32_t a, uint32_t b)
{
	if (d->inv_minute[a] != d->inv_minute[b])
		return d->inv_minute[a] > d->inv_minute[b];
	return strcmp(strtab_get(r->invoices, d->inv_code[a]),
		      strtab_get(r->invoices, d->inv_code[b])) > 0;
}

/* One pair: the sorted rows x[0..n) of one (user, item), whose rows of one invoice are
 * together. */
static void sum_pair(const rr_rows *r, const rr_dataset *d, rr_pair *pp, const urow *x,
		     size_t n)
{
	uint32_t last_inv = RR_NONE, latest = RR_NONE;
	double inv_qty = 0;
	pp->first = INT32_MAX;
	pp->last = INT32_MIN;
	for (size_t k = 0; k < n; k++) {
		size_t i = x[k].row;
		if (x[k].inv != last_inv) {
			last_inv = x[k].inv;
			pp->orders++;
			inv_qty = 0;
		}
		inv_qty += r->qty[i];
		if (latest == RR_NONE || x[k].inv == latest || inv_later(r, d, x[k].inv, latest)) {
			latest = x[k].inv;
			pp->last_qty = (float)inv_qty;
		}
		pp->quantity += r->qty[i];
		pp->spend += (double)r->qty[i] * r->price[i];
		if (r->minute[i] < pp->first)
			pp->first = r->minute[i];
		if (r->minute[i] > pp->last)
			pp->last = r->minute[i];
	}
}

/* User u's country from its rows x[0..n): the latest purchase's (a customer who moved, or
 * bought for two shops, is where it buys now: t48 F5, 12455 was shown in Cyprus, its first
 * rows, though every purchase since June was in Spain), and how many distinct ones its rows
 * name. Rows without a country name none. 0, or -1 out of memory. */
static int user_country(const build *b, uint32_t u, const urow *x, size_t n)
{
	const rr_rows *r = b->r;
	rr_dataset *d = b->d;
	uint32_t best = RR_NONE, inv = RR_NONE, other = 0;
	for (size_t k = 0; k < n; k++) {
		uint32_t c = r->country[x[k].row];
		if (strtab_len(r->countries, c) == 0)
			continue;
		other |= best != RR_NONE && c != best;
		if (inv == RR_NONE || (x[k].inv != inv && inv_later(r, d, x[k].inv, inv)))
			best = c, inv = x[k].inv;
	}
	d->user_country[u] = best != RR_NONE ? best : n ? r->country[x[0].row] : RR_NONE;
	d->user_countries[u] = best != RR_NONE;
	if (!other)
		return 0;
	uint32_t *c = malloc(n * sizeof *c);   /* rare: count them */
	if (!c)
		return -1;
	size_t m = 0;
	for (size_t k = 0; k < n; k++)
		if (strtab_len(r->countries, r->country[x[k].row]))
			c[m++] = r->country[x[k].row];
	sort_u32(c, m);
	d->user_countries[u] = 0;
	for (size_t k = 0; k < m; k++)
		d->user_countries[u] += k == 0 || c[k] != c[k - 1];
	free(c);
	return 0;
}

/* Stage 7b: the pairs, user by user. */
static int build_pairs(build *b)
{
	rr_dataset *d = b->d;
	size_t *fill = NULL;
	if (gather_user_rows(b, &fill) != 0)
		return -1;
	free(fill);
	size_t nur = d->user_start[d->n_users], np = 0;
	/* at most one pair a row: reserve that much address space; only what is used is touched */
	if (!ALLOC(d->pairs, nur))
		return -1;
	mem_hint_huge(d->pairs, nur * sizeof *d->pairs);
	size_t most = 1;
	for (uint32_t u = 0; u < d->n_users; u++)
		if (d->user_start[u + 1] - d->user_start[u] > most)
			most = d->user_start[u + 1] - d->user_start[u];
	urow *tmp = malloc(most * sizeof *tmp);
	if (!tmp)
		return -1;
	for (uint32_t u = 0; u < d->n_users; u++) {
		size_t lo = d->user_start[u], hi = d->user_start[u + 1];
		urow *x = b->ur;
		if (user_country(b, u, x + lo, hi - lo) != 0) {
			free(tmp);
			return -1;
		}
		sort_urows(x + lo, hi - lo, tmp, d->n_items);
		d->user_start[u] = np;
		for (size_t k = lo; k < hi;) {
			size_t e = k;
			while (e < hi && x[e].item == x[k].item)
				e++;
			rr_pair *pp = &d->pairs[np++];
			memset(pp, 0, sizeof *pp);
			pp->user = u;
			pp->item = x[k].item;
			sum_pair(b->r, d, pp, x + k, e - k);
			k = e;
		}
	}
	free(tmp);
	d->user_start[d->n_users] = np;
	d->n_pairs = np;
	if (np < nur) { /* give back the unused tail */
		rr_pair *shrunk = realloc(d->pairs, (np ? np : 1) * sizeof *d->pairs);
		if (shrunk)
			d->pairs = shrunk;
	}
	return 0;
}

/* Stage 8 (returns on): the partly returned pairs lose the returned quantity, and their
 * spend (and their customer's) the same share. */
static void reduce_partial(build *b)
{
	rr_dataset *d = b->d;
	for (size_t k = 0; k < b->npart; k++) {
		const part_return *x = &b->part[k];
		uint32_t u = d->user_of_cust[x->cust], i = d->item_of_code[x->code];
		size_t p = dataset_find_pair(d, u, i);
		if (p == (size_t)-1)
			continue; /* cannot happen: the pair has kept rows */
		rr_pair *pp = &d->pairs[p];
		double keep = (x->purchased - x->returned) / x->purchased, cut = pp->spend * (1 - keep);
		if (x->returned == 0)   /* a refund of part of the price: its money, no unit */
			cut = x->money < pp->spend ? x->money : pp->spend;
		pp->quantity -= x->returned;
		pp->spend -= cut;
		d->user_spend[u] -= cut;
	}
}

/* Stage 9: buyers per item and the largest order count; the kept rows' totals, the pairs'
 * (after the returns) added to the customer-less rows' of stage 6. */
static void count_buyers(rr_dataset *d)
{
	for (size_t p = 0; p < d->n_pairs; p++) {
		d->quantity += d->pairs[p].quantity;
		d->spend += d->pairs[p].spend;
		d->item_buyers[d->pairs[p].item]++;
		if (d->pairs[p].orders > d->max_orders)
			d->max_orders = d->pairs[p].orders;
	}
}

/* FNV-1a over n bytes of p, from h */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t k = 0; k < n; k++)
		h = (h ^ b[k]) * 1099511628211u;
	return h;
}

/* d->print: its customers' and items' names, its pairs and counts */
static void dataset_fingerprint(rr_dataset *d)
{
	uint64_t h = 14695981039346656037u;
	size_t counts[4] = {d->kept, d->n_pairs, d->n_users, d->n_items};
	h = fnv(h, counts, sizeof counts);
	for (uint32_t u = 0; u < d->n_users; u++) {
		const char *s = dataset_user_name(d, u);
		h = fnv(h, s, strlen(s) + 1);
	}
	for (uint32_t i = 0; i < d->n_items; i++) {
		const char *s = dataset_item_name(d, i);
		h = fnv(h, s, strlen(s) + 1);
	}
	for (size_t p = 0; p < d->n_pairs; p++) {   /* a word at a time: 10^7 pairs at 30 M rows */
		const rr_pair *x = &d->pairs[p];
		uint64_t w[5];
		w[0] = (uint64_t)x->user << 32 | x->item;
		w[1] = (uint64_t)x->orders << 32 | (uint32_t)x->first;
		w[2] = (uint32_t)x->last;
		memcpy(&w[3], &x->quantity, sizeof w[3]);
		memcpy(&w[4], &x->spend, sizeof w[4]);
		for (int k = 0; k < 5; k++)
			h = (h ^ w[k]) * 0x9E3779B97F4A7C15u;
	}
	d->print = h ^ h >> 29;
}

/* The items' descriptions as the kept rows write them: a description only rows outside the
 * filters, or rows the cleaning rules drop, carry is not the item's here (t14: 22197 showed
 * the held-out months' POPCORN HOLDER under filter until). 0 or -1. */
static int kept_descs(build *b)
{
	uint32_t nc = strtab_count(b->r->codes);
	b->d->code_desc = malloc((nc ? nc : 1) * sizeof *b->d->code_desc);
	return b->d->code_desc ? rows_count_descs(b->r, b->kept, b->nk, b->d->code_desc) : -1;
}

rr_dataset *dataset_build_ctx(const rr_clean_ctx *x, int32_t from, int32_t to)
{
	build b;
	memset(&b, 0, sizeof b);
	b.r = x->rows;
	b.c = x->rules;
	b.cx = x;
	b.from = from;
	b.to = to;
	if (!(b.d = calloc(1, sizeof *b.d)))
		goto oom;
	b.d->rows = b.r;
	b.d->gen = rr_gen_next();
	if (classify_rows(&b) != 0 || returns_scan(&b) != 0 || kept_descs(&b) != 0 ||
	    number_rows(&b) != 0 ||
	    alloc_aggregates(&b) != 0 || group_by_invoice(&b) != 0 || sweep_invoices(&b) != 0 ||
	    build_pairs(&b) != 0)
		goto oom;
	reduce_partial(&b);
	count_buyers(b.d);
	b.d->dates = x->dates;
	dataset_fingerprint(b.d);
	build_free(&b);
	return b.d;
oom:
	err_set("out of memory aggregating %zu rows", b.r->n);
	build_free(&b);
	dataset_free(b.d);
	return NULL;
}

int dataset_build_split(const rr_rows *r, const rr_clean *c, int32_t cutoff, int32_t end,
			rr_dataset **train, rr_dataset **test)
{
	rr_clean_ctx x;
	*train = *test = NULL;
	if (clean_ctx_init(&x, c, r) != 0)
		return err_set("out of memory aggregating %zu rows", r->n);
	if ((*train = dataset_build_ctx(&x, INT32_MIN, cutoff)))
		*test = dataset_build_ctx(&x, cutoff, end);
	clean_ctx_free(&x);
	if (*test)
		return 0;
	dataset_free(*train);
	*train = NULL;
	return -1;
}

rr_dataset *dataset_build(const rr_rows *r, const rr_clean *c, int32_t from, int32_t to)
{
	rr_clean_ctx x;
	if (clean_ctx_init(&x, c, r) != 0) {
		err_set("out of memory aggregating %zu rows", r->n);
		return NULL;
	}
	rr_dataset *d = dataset_build_ctx(&x, from, to);
	clean_ctx_free(&x);
	return d;
}

const char *dataset_returns_text(const rr_dataset *d, char *buf, size_t size)
{
	const rr_returns_count *x = &d->returns;
	/* "1 pair", "1 row" (t44 #12: "returns 1 pairs returned in full") */
	if (x->applied)
		snprintf(buf, size, "%zu pair%s returned in full dropped (%zu row%s), %zu in part "
			 "reduced", x->full, rr_plural((double)x->full), x->full_rows,
			 rr_plural((double)x->full_rows), x->partial);
	else if (x->rows == 0)
		snprintf(buf, size, "no return rows");
	else
		snprintf(buf, size, "%zu pair%s returned in full, %zu in part (rule off)", x->full,
			 rr_plural((double)x->full), x->partial);
	size_t n = strlen(buf);
	if (x->adjusted && n < size)   /* t72 F13 */
		snprintf(buf + n, size - n, "; %zu pair%s refunded part of the price, no unit back "
			 "(%.2f%s)", x->adjusted, rr_plural((double)x->adjusted), x->adjusted_money,
			 x->applied ? " off the spend" : ", off the spend with the rule on");
	return buf;
}

/* lo to hi, their first width characters: 10 the day, 16 the minute. */
static const char *span_text(int32_t lo, int32_t hi, int width, char *buf, size_t size)
{
	char a[32], b[32];
	snprintf(buf, size, "%.*s to %.*s", width, ingest_format_minute(lo, a, sizeof a), width,
		 ingest_format_minute(hi, b, sizeof b));
	return buf;
}

/* d's span to width characters (span_text); an empty one has no ends (its min and max are
 * the 0 of 1970-01-01). */
static const char *kept_span(const rr_dataset *d, int width, char *buf, size_t size)
{
	if (d->kept == 0) {
		snprintf(buf, size, "no rows kept");
		return buf;
	}
	return span_text(d->min_minute, d->max_minute, width, buf, size);
}

const char *dataset_country_text(const rr_dataset *d, uint32_t u, char *buf, size_t size)
{
	const char *c = strtab_get(d->rows->countries, d->user_country[u]);
	if (d->user_countries[u] > 1)
		snprintf(buf, size, "%s (+%u)", c, d->user_countries[u] - 1);
	else
		snprintf(buf, size, "%s", c);
	return buf;
}

const char *dataset_range_text(const rr_dataset *d, char *buf, size_t size)
{
	return kept_span(d, 10, buf, size);
}

const char *dataset_minutes_text(const rr_dataset *d, char *buf, size_t size)
{
	return kept_span(d, 16, buf, size);
}

const char *dataset_rows_range_text(const rr_rows *r, char *buf, size_t size)
{
	int32_t lo = INT32_MAX, hi = INT32_MIN;
	for (size_t i = 0; i < r->n; i++) {
		lo = r->minute[i] < lo ? r->minute[i] : lo;
		hi = r->minute[i] > hi ? r->minute[i] : hi;
	}
	if (r->n == 0) {
		snprintf(buf, size, "no rows");
		return buf;
	}
	return span_text(lo, hi, 10, buf, size);
}

int32_t dataset_default_cutoff_down(const rr_dataset *d, int *down)
{
	/* in 64 bits: a span of decades in minutes times 3 overflows 32 */
	int64_t span = (int64_t)d->max_minute - d->min_minute;
	int64_t t = d->min_minute + span * 3 / 4;
	int64_t day = date_floor_day(t);
	int up = t - day * 1440 >= 720;
	/* to the nearest midnight, unless that is past the last row (t25 F5: a day's rows,
	 * 07:37 to 17:42, rounded up to the next day, left no row after the cutoff) */
	if (up && (day + 1) * 1440 <= d->max_minute)
		day++;
	else if (up && down)
		*down = 1;
	return (int32_t)(day * 1440);
}

int dataset_season_years(const rr_dataset *d, int32_t from, int days, int *sold)
{
	enum { YEARS_MAX = 50 };
	int32_t start[YEARS_MAX];
	unsigned char hit[YEARS_MAX] = {0};
	int n = 0, got = 0;
	for (int y = 1; y <= YEARS_MAX && d->kept; y++) {
		/* the calendar's year back: 365.2425 days on average, to the nearest day */
		int32_t s = from - (int32_t)floor(365.2425 * y + 0.5) * 1440;
		if (s < d->min_minute)
			break;
		start[n++] = s;
	}
	for (uint32_t v = 0; v < d->n_invoices && got < n; v++)
		for (int y = 0; y < n; y++)
			if (!hit[y] && d->inv_minute[v] >= start[y] &&
			    d->inv_minute[v] < start[y] + days * 1440) {
				hit[y] = 1;
				got++;
			}
	if (sold)
		*sold = got;
	return n;
}

int32_t dataset_default_cutoff(const rr_dataset *d)
{
	return dataset_default_cutoff_down(d, NULL);
}

uint32_t dataset_find_user(const rr_dataset *d, const char *customer)
{
	uint32_t k = strtab_find(d->rows->customers, customer, strlen(customer));
	return k == RR_NONE ? RR_NONE : d->user_of_cust[k];
}

uint32_t dataset_find_customer(const rr_dataset *d, const char *id)
{
	uint32_t k = d->fold_customers ? rows_find_customer_fold(d->rows, id)
				       : rows_find_customer(d->rows, id);
	return k == RR_NONE ? RR_NONE : d->user_of_cust[k];
}

uint32_t dataset_find_item(const rr_dataset *d, const char *stock_code)
{
	uint32_t k = rows_find_code(d->rows, stock_code);
	return k == RR_NONE ? RR_NONE : d->item_of_code[k];
}

/* s[0..n) past its leading zeros, keeping one character at least. */
static const char *past_zeros(const char *s, size_t *n)
{
	while (*n > 1 && *s == '0') {
		s++;
		(*n)--;
	}
	return s;
}

/* a[0..na) and b[0..nb) the same id but for leading zeros and ASCII case. */
static int ids_near(const char *a, size_t na, const char *b, size_t nb)
{
	a = past_zeros(a, &na);
	b = past_zeros(b, &nb);
	if (na != nb)
		return 0;
	for (size_t k = 0; k < na; k++) {
		char x = a[k], y = b[k];
		x = x >= 'A' && x <= 'Z' ? (char)(x - 'A' + 'a') : x;
		y = y >= 'A' && y <= 'Z' ? (char)(y - 'A' + 'a') : y;
		if (x != y)
			return 0;
	}
	return 1;
}

const char *dataset_near_id(const rr_dataset *d, int customer, const char *typed)
{
	/* an error's path: one pass over the ids, the first that is in d wins */
	const rr_strtab *t = customer ? d->rows->customers : d->rows->codes;
	const uint32_t *in = customer ? d->user_of_cust : d->item_of_code;
	size_t n = strlen(typed);
	for (uint32_t k = 0; k < strtab_count(t); k++)
		if (in[k] != RR_NONE && ids_near(strtab_get(t, k), strtab_len(t, k), typed, n))
			return strtab_get(t, k);
	return NULL;
}

const char *dataset_near_row_id(const rr_rows *r, int customer, const char *typed)
{
	const rr_strtab *t = customer ? r->customers : r->codes;
	size_t n = strlen(typed);
	for (uint32_t k = 0; k < strtab_count(t); k++)
		if (ids_near(strtab_get(t, k), strtab_len(t, k), typed, n))
			return strtab_get(t, k);
	return NULL;
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
	if (i >= d->n_items)
		return "";
	uint32_t c = d->item_code[i];   /* kept rows without one: what the file's other rows say */
	return d->code_desc[c] ? strtab_get(d->rows->descs, d->code_desc[c])
			       : rows_code_desc(d->rows, c);
}

const char *dataset_item_label(const rr_dataset *d, uint32_t i)
{
	const char *s = dataset_item_desc(d, i);
	return *s ? s : dataset_item_name(d, i);
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
