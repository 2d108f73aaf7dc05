/* rowshape.c — counts over the loaded rows for the load summary's warnings on how lines were
 * grouped (rowshape.h). */
#include "rowshape.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvdate.h"
#include "err.h"

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

int rowshape_split(const rr_rows *r, rr_split_shape *s)
{
	uint32_t ni = strtab_count(r->invoices);
	uint32_t *lines = calloc(ni ? ni : 1, sizeof *lines);
	memset(s, 0, sizeof *s);
	if (!lines)
		return err_set("out of memory");
	for (size_t i = 0; i < r->n; i++)
		if (r->cust[i] != RR_NONE && lines[r->invoice[i]] < 2)
			lines[r->invoice[i]]++;
	for (uint32_t v = 0; v < ni; v++) {
		s->invoices += lines[v] > 0;
		s->single += lines[v] == 1;
	}
	/* the single-line invoices' (customer, day): a key met twice is two of them on one day */
	uint64_t *key = malloc((s->single ? s->single : 1) * sizeof *key);
	if (!key) {
		free(lines);
		return err_set("out of memory");
	}
	size_t n = 0;
	for (size_t i = 0; i < r->n; i++)
		if (r->cust[i] != RR_NONE && lines[r->invoice[i]] == 1)
			key[n++] = (uint64_t)r->cust[i] << 32 |
				   (uint32_t)date_floor_day(r->minute[i]);
	free(lines);
	qsort(key, n, sizeof *key, cmp_u64);
	for (size_t a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && key[b] == key[a]; b++)
			;
		if (b - a > 1)
			s->same_day += b - a;
	}
	free(key);
	return 0;
}

int rowshape_split_suspect(const rr_split_shape *s)
{
	return s->invoices >= 20 && s->single * 10 >= s->invoices * 9 &&
	       s->same_day * 2 >= s->single;
}

int rowshape_orders(const rr_rows *r, rr_order_shape *o)
{
	uint32_t nc = strtab_count(r->customers);
	uint32_t *first = malloc((nc ? nc : 1) * sizeof *first);
	unsigned char *more = calloc(nc ? nc : 1, 1);
	int32_t lo = INT32_MAX, hi = INT32_MIN;
	memset(o, 0, sizeof *o);
	if (!first || !more) {
		free(first);
		free(more);
		return err_set("out of memory");
	}
	memset(first, 0xFF, (nc ? nc : 1) * sizeof *first);
	for (size_t i = 0; i < r->n; i++) {
		uint32_t u = r->cust[i];
		/* a return or a cancellation (a line of 0 or below) is no visit of a buyer coming
		 * back: an order id mapped as the customer has its return's document as its second
		 * invoice (t39 #18: Wildberries' Srid, 14 returns hid 287 one-order "customers") */
		if (u == RR_NONE || !(r->qty[i] > 0))
			continue;
		lo = r->minute[i] < lo ? r->minute[i] : lo;
		hi = r->minute[i] > hi ? r->minute[i] : hi;
		if (first[u] == RR_NONE) {
			first[u] = r->invoice[i];
			o->customers++;
		} else if (first[u] != r->invoice[i] && !more[u]) {
			more[u] = 1;
			o->repeat++;
		}
	}
	if (o->customers)
		o->days = date_floor_day(hi) - date_floor_day(lo);
	free(first);
	free(more);
	return 0;
}

int rowshape_per_order_ids(const rr_order_shape *o)
{
	/* or fewer customers over a season with not one back (t49 F20: VTEX's e-mail, masked
	 * per order, 50 of them over four months while Client Document held 14) */
	return (o->customers >= 100 && o->days >= 30 && o->repeat * 200 <= o->customers) ||
	       (o->customers >= 40 && o->days >= 90 && !o->repeat);
}

int rowshape_line_totals(const rr_rows *r, rr_total_shape *t)
{
	uint32_t nc = strtab_count(r->codes);
	double *q0 = calloc(nc ? nc : 1, sizeof *q0), *p0 = calloc(nc ? nc : 1, sizeof *p0);
	memset(t, 0, sizeof *t);
	if (!q0 || !p0) {
		free(q0);
		free(p0);
		return err_set("out of memory");
	}
	for (size_t i = 0; i < r->n; i++) {
		uint32_t k = r->item[i];
		double q = r->qty[i], p = r->price[i];
		if (k >= nc || !(q > 0) || !(p > 0))
			continue;
		if (!(q0[k] > 0)) {
			q0[k] = q;
			p0[k] = p;
			continue;
		}
		if (q == q0[k])
			continue;
		/* the same price first (a cheap item's 0.02 at 1 and at 2 says nothing more); a
		 * line total is the first's scaled, each rounded to half a cent */
		if (fabs(p - p0[k]) <= 0.01 + p0[k] * 1e-4)
			t->same++;
		else if (fabs(p - p0[k] * q / q0[k]) <= 0.006 * (1 + q / q0[k]) + p * 1e-4)
			t->grows++;
	}
	free(q0);
	free(p0);
	return 0;
}

int rowshape_line_totals_suspect(const rr_total_shape *t)
{
	return t->grows >= 10 && t->grows >= 10 * t->same;
}

/* A row as compared for repeats, with its index (which orders parts); when: its minute, or
 * its day's midnight when a part writes no times (rowshape_repeats). */
typedef struct line_key {
	uint32_t invoice, item, cust;
	int32_t minute, when;
	double qty, price;
	size_t row;
} line_key;

static int cmp_line(const void *a, const void *b)
{
	const line_key *x = a, *y = b;
	if (x->invoice != y->invoice)
		return x->invoice < y->invoice ? -1 : 1;
	if (x->item != y->item)
		return x->item < y->item ? -1 : 1;
	if (x->cust != y->cust)
		return x->cust < y->cust ? -1 : 1;
	if (x->when != y->when)
		return x->when < y->when ? -1 : 1;
	if (x->qty != y->qty)
		return x->qty < y->qty ? -1 : 1;
	if (x->price != y->price)
		return x->price < y->price ? -1 : 1;
	return (x->row > y->row) - (x->row < y->row);
}

static int same_line(const line_key *x, const line_key *y)
{
	return x->invoice == y->invoice && x->item == y->item && x->cust == y->cust &&
	       x->when == y->when && x->qty == y->qty && x->price == y->price;
}

/* The part row i is in. */
static size_t part_of(const size_t *start, size_t nparts, size_t i)
{
	size_t k = nparts;
	while (k > 1 && start[k - 1] > i)
		k--;
	return k - 1;
}

/* Rows i and j the same line (same_line's fields). */
static int rows_same(const rr_rows *r, size_t i, size_t j)
{
	return r->invoice[i] == r->invoice[j] && r->item[i] == r->item[j] &&
	       r->cust[i] == r->cust[j] && r->minute[i] == r->minute[j] && r->qty[i] == r->qty[j] &&
	       r->price[i] == r->price[j];
}

/* The length of the run of rows from j that repeat, in order, the rows from i (i < j), the
 * run stopping at j (an earlier block is not its own repeat); *inv the invoices it spans. */
static size_t run_from(const rr_rows *r, size_t i, size_t j, size_t *inv)
{
	size_t len = 0;
	*inv = 0;
	while (j + len < r->n && i + len < j && rows_same(r, i + len, j + len)) {
		*inv += !len || r->invoice[j + len] != r->invoice[j + len - 1];
		len++;
	}
	return len;
}

/* Of the rows where the dates go back a day or more, the RESTART_CANDS that go back most,
 * into cand (ascending rows); how many. */
enum { RESTART_CANDS = 4, RESTART_RUN = 20, RESTART_INVOICES = 3 };
static int restart_candidates(const rr_rows *r, size_t cand[RESTART_CANDS])
{
	int32_t back[RESTART_CANDS];
	int nc = 0;
	for (size_t j = 1; j < r->n; j++) {
		int64_t d = (int64_t)r->minute[j - 1] - r->minute[j];
		if (d < 1440)
			continue;
		int at = nc < RESTART_CANDS ? nc++ : -1;
		for (int c = 0; at < 0 && c < nc; c++)   /* full: replace the smallest, if smaller */
			if (back[c] < d && (at < 0 || back[c] < back[at]))
				at = c;
		if (at >= 0) {
			cand[at] = j;
			back[at] = (int32_t)(d > INT32_MAX ? INT32_MAX : d);
		}
	}
	return nc;
}

int rowshape_restarts(const rr_rows *r, size_t *n, int32_t *lo, int32_t *hi)
{
	size_t cand[RESTART_CANDS];
	int nc = restart_candidates(r, cand);
	*n = 0;
	for (int c = 0; c < nc; c++) {
		size_t j = cand[c], best = 0, inv = 0;
		for (size_t i = 0; i < j && !best; i++) {
			if (!rows_same(r, i, j))
				continue;
			size_t len = run_from(r, i, j, &inv);
			if (len >= RESTART_RUN && inv >= RESTART_INVOICES)
				best = len;
		}
		for (size_t k = j; k < j + best; k++) {
			if (!(*n)++ || r->minute[k] < *lo)
				*lo = r->minute[k];
			if (*n == 1 || r->minute[k] > *hi)
				*hi = r->minute[k];
		}
	}
	return 0;
}

/* Minute m's time of day, 0 at midnight. */
static int32_t time_of_day(int32_t m)
{
	return (m % 1440 + 1440) % 1440;
}

/* Each part's rows all at midnight (untimed[p]: a report that writes the date alone); NULL
 * when no part is so, or when memory runs out (*failed). */
static unsigned char *untimed_parts(const rr_rows *r, const size_t *start, size_t nparts,
				    int *failed)
{
	unsigned char *u = malloc(nparts);
	int any = 0;
	*failed = !u;
	for (size_t p = 0; u && p < nparts; p++) {
		size_t end = p + 1 < nparts ? start[p + 1] : r->n, i = start[p];
		while (i < end && i < r->n && !time_of_day(r->minute[i]))
			i++;
		u[p] = end > start[p] && i == end;
		any |= u[p];
	}
	if (!any) {
		free(u);
		return NULL;
	}
	return u;
}

/* Does row k[j] of a group of one line repeat an earlier row of another part: at the same
 * time, or on the same day where one of the two parts writes no time (untimed: NULL, none;
 * t90 F4: a POS export's 15:47 and a report's date alone are one line)? The first rows are
 * in the earliest parts; a group of the same lines (a file's own repeats) costs 64 of them at
 * most a row. */
static int repeats_earlier(const line_key *k, size_t a, size_t j, const size_t *start,
			   size_t nparts, const unsigned char *untimed)
{
	size_t pj = part_of(start, nparts, k[j].row);
	for (size_t i = j; i > a && j - i < 64; i--) {
		size_t pi = part_of(start, nparts, k[i - 1].row);
		if (pi != pj && (k[i - 1].minute == k[j].minute ||
				 (untimed && untimed[pi] != untimed[pj])))
			return 1;
	}
	return part_of(start, nparts, k[a].row) != pj && k[a].minute == k[j].minute;
}

int rowshape_repeats(const rr_rows *r, const size_t *start, size_t nparts, size_t *n,
		     int32_t *lo, int32_t *hi)
{
	int failed;
	*n = 0;
	if (nparts < 2 || r->n == 0)
		return 0;
	unsigned char *untimed = untimed_parts(r, start, nparts, &failed);
	line_key *k = failed ? NULL : malloc(r->n * sizeof *k);
	if (!k) {
		free(untimed);
		return err_set("out of memory");
	}
	for (size_t i = 0; i < r->n; i++)   /* by the day, where a part has no times */
		k[i] = (line_key){r->invoice[i], r->item[i], r->cust[i], r->minute[i],
				  untimed ? r->minute[i] - time_of_day(r->minute[i]) : r->minute[i],
				  r->qty[i], r->price[i], i};
	qsort(k, r->n, sizeof *k, cmp_line);
	for (size_t a = 0, b; a < r->n; a = b)
		for (b = a + 1; b < r->n && same_line(&k[a], &k[b]); b++) {
			if (!repeats_earlier(k, a, b, start, nparts, untimed))
				continue;
			if (!(*n)++ || k[b].minute < *lo)
				*lo = k[b].minute;
			if (*n == 1 || k[b].minute > *hi)
				*hi = k[b].minute;
		}
	free(k);
	free(untimed);
	return 0;
}
