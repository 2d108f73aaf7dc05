/* basket.c — invoice baskets, sparse pair counting, rules. */
#include "basket.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "util.h"

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* Sort and de-duplicate every basket of the raw CSR (start/items are rewritten in place),
 * then build counts and the transpose. b->n_baskets, b->n_items, b->start, b->items set. */
static int baskets_finish(rr_baskets *b)
{
	size_t w = 0;
	for (uint32_t k = 0; k < b->n_baskets; k++) {
		size_t s = b->start[k], e = b->start[k + 1];
		qsort(b->items + s, e - s, sizeof *b->items, cmp_u32);
		b->start[k] = w;
		for (size_t q = s; q < e; q++)
			if (q == s || b->items[q] != b->items[q - 1])
				b->items[w++] = b->items[q];
	}
	b->start[b->n_baskets] = w;
	b->n_entries = w;
	b->count = calloc(b->n_items ? b->n_items : 1, sizeof *b->count);
	b->istart = calloc((size_t)b->n_items + 1, sizeof *b->istart);
	if (!b->count || !b->istart)
		return err_set("cannot allocate the basket index (%zu entries)", w);
	for (size_t q = 0; q < w; q++)
		b->count[b->items[q]]++;
	/* the transpose holds the baskets that add pairs only (t43 #4): istart[x + 1] counts
	 * them before the prefix sum */
	size_t paired = 0;
	for (uint32_t k = 0; k < b->n_baskets; k++) {
		size_t len = b->start[k + 1] - b->start[k];
		if (len > b->start[b->largest + 1] - b->start[b->largest])
			b->largest = k;
		if (len > RR_BASKET_PAIR_MAX) {
			b->n_unpaired++;
			continue;
		}
		paired += len;
		for (size_t q = b->start[k]; q < b->start[k + 1]; q++)
			b->istart[b->items[q] + 1]++;
	}
	for (uint32_t x = 0; x < b->n_items; x++)
		b->istart[x + 1] += b->istart[x];
	b->ibasket = malloc((paired ? paired : 1) * sizeof *b->ibasket);
	b->ipos = malloc((paired ? paired : 1) * sizeof *b->ipos);
	size_t *fill = malloc(((size_t)b->n_items + 1) * sizeof *fill);
	if (!b->ibasket || !b->ipos || !fill) {
		free(fill);
		return err_set("cannot allocate the basket index (%zu entries)", paired);
	}
	memcpy(fill, b->istart, ((size_t)b->n_items + 1) * sizeof *fill);
	/* baskets are visited in order, so each item's basket list comes out ascending */
	for (uint32_t k = 0; k < b->n_baskets; k++) {
		if (b->start[k + 1] - b->start[k] > RR_BASKET_PAIR_MAX)
			continue;
		for (size_t q = b->start[k]; q < b->start[k + 1]; q++) {
			size_t at = fill[b->items[q]]++;
			b->ibasket[at] = k;
			b->ipos[at] = (uint32_t)(q - b->start[k]);
		}
	}
	free(fill);
	return 0;
}

/* Is row i, which the row rules keep, of a pair the returns rule dropped (returned in full)?
 * Such a pair is not in d, built from the same rows and rules; a row with no customer has no
 * pair and stays. */
static int returned_in_full(const rr_dataset *d, const rr_rows *r, size_t i)
{
	if (!d || !d->returns.applied || !d->returns.full || r->cust[i] == RR_NONE)
		return 0;
	uint32_t u = d->user_of_cust[r->cust[i]], it = d->item_of_code[r->item[i]];
	return u == RR_NONE || it == RR_NONE || dataset_find_pair(d, u, it) == (size_t)-1;
}

/* The items' descriptions as the baskets' n rows write them (row_basket[i] set): not a
 * description only rows the rules or filters leave out carry. 0 or -1 with err_set. */
static int basket_descs(rr_baskets *b, const rr_rows *r, const uint32_t *row_basket, size_t n)
{
	uint32_t nc = strtab_count(r->codes);
	uint32_t *sel = malloc((n ? n : 1) * sizeof *sel);
	b->code_desc = malloc((nc ? nc : 1) * sizeof *b->code_desc);
	if (!sel || !b->code_desc) {
		free(sel);
		return err_set("cannot allocate baskets for %zu rows", r->n);
	}
	size_t k = 0;
	for (size_t i = 0; i < r->n; i++)
		if (row_basket[i] != RR_NONE)
			sel[k++] = (uint32_t)i;
	int rc = rows_count_descs(r, sel, k, b->code_desc);
	free(sel);
	return rc;
}

rr_baskets *baskets_build(const rr_rows *r, const rr_clean *c, const rr_dataset *d)
{
	rr_clean_ctx ctx;
	rr_baskets *b = calloc(1, sizeof *b);
	uint32_t n_inv = strtab_count(r->invoices), n_codes = strtab_count(r->codes);
	uint32_t *basket_of = malloc((n_inv ? n_inv : 1) * sizeof *basket_of);
	uint32_t *row_basket = malloc((r->n ? r->n : 1) * sizeof *row_basket);
	if (!b || !basket_of || !row_basket) {
		free(b);
		free(basket_of);
		free(row_basket);
		err_set("cannot allocate baskets for %zu rows", r->n);
		return NULL;
	}
	b->rows = r;
	b->item_of_code = malloc((n_codes ? n_codes : 1) * sizeof *b->item_of_code);
	b->item_code = malloc((n_codes ? n_codes : 1) * sizeof *b->item_code);
	b->basket_inv = malloc((n_inv ? n_inv : 1) * sizeof *b->basket_inv);
	b->start = calloc((size_t)n_inv + 2, sizeof *b->start);
	if (!b->item_of_code || !b->item_code || !b->basket_inv || !b->start)
		err_set("cannot allocate baskets for %zu rows", r->n);
	if (!b->item_of_code || !b->item_code || !b->basket_inv || !b->start ||
	    clean_ctx_init(&ctx, c, r) != 0) { /* clean_ctx_init records its own message */
		free(basket_of);
		free(row_basket);
		baskets_free(b);
		return NULL;
	}
	for (uint32_t i = 0; i < n_inv; i++)
		basket_of[i] = RR_NONE;
	for (uint32_t i = 0; i < n_codes; i++)
		b->item_of_code[i] = RR_NONE;
	/* pass 1: dense baskets and items in order of first appearance, row counts per basket */
	for (size_t i = 0; i < r->n; i++) {
		row_basket[i] = RR_NONE;
		if (clean_reason(&ctx, i, 1) != RR_RULE_KEPT || returned_in_full(d, r, i))
			continue;
		uint32_t inv = r->invoice[i], code = clean_code(&ctx, i); /* casefold's spelling */
		if (basket_of[inv] == RR_NONE) {
			basket_of[inv] = b->n_baskets;
			b->basket_inv[b->n_baskets++] = inv;
		}
		if (b->item_of_code[code] == RR_NONE) {
			b->item_of_code[code] = b->n_items;
			b->item_code[b->n_items++] = code;
		}
		row_basket[i] = basket_of[inv];
		b->start[basket_of[inv] + 1]++;
	}
	for (uint32_t k = 0; k < n_codes; k++) /* every spelling finds its item (casefold) */
		b->item_of_code[k] = b->item_of_code[ctx.canon[k]];
	clean_ctx_free(&ctx);
	for (uint32_t k = 0; k < b->n_baskets; k++)
		b->start[k + 1] += b->start[k];
	size_t total = b->start[b->n_baskets];
	b->items = malloc((total ? total : 1) * sizeof *b->items);
	size_t *fill = malloc(((size_t)b->n_baskets + 1) * sizeof *fill);
	if (!b->items || !fill) {
		free(fill);
		free(basket_of);
		free(row_basket);
		baskets_free(b);
		err_set("cannot allocate baskets for %zu rows", r->n);
		return NULL;
	}
	memcpy(fill, b->start, ((size_t)b->n_baskets + 1) * sizeof *fill);
	for (size_t i = 0; i < r->n; i++)
		if (row_basket[i] != RR_NONE)
			b->items[fill[row_basket[i]]++] = b->item_of_code[r->item[i]];
	free(fill);
	free(basket_of);
	int rc = basket_descs(b, r, row_basket, total);
	free(row_basket);
	if (rc != 0 || baskets_finish(b) != 0) {
		baskets_free(b);
		return NULL;
	}
	return b;
}

rr_baskets *baskets_from_csr(uint32_t n_baskets, const size_t *start, const uint32_t *items,
			     uint32_t n_items)
{
	rr_baskets *b = calloc(1, sizeof *b);
	size_t total = start[n_baskets] - start[0];
	if (!b) {
		err_set("cannot allocate baskets");
		return NULL;
	}
	b->n_baskets = n_baskets;
	b->n_items = n_items;
	b->start = malloc(((size_t)n_baskets + 1) * sizeof *b->start);
	b->items = malloc((total ? total : 1) * sizeof *b->items);
	b->item_code = malloc((n_items ? n_items : 1) * sizeof *b->item_code);
	b->basket_inv = malloc((n_baskets ? n_baskets : 1) * sizeof *b->basket_inv);
	if (!b->start || !b->items || !b->item_code || !b->basket_inv) {
		baskets_free(b);
		err_set("cannot allocate baskets");
		return NULL;
	}
	for (uint32_t k = 0; k <= n_baskets; k++)
		b->start[k] = start[k] - start[0];
	for (size_t q = 0; q < total; q++) {
		if (items[start[0] + q] >= n_items) {
			baskets_free(b);
			err_set("basket item %u out of range (%u items)", items[start[0] + q], n_items);
			return NULL;
		}
		b->items[q] = items[start[0] + q];
	}
	for (uint32_t x = 0; x < n_items; x++)
		b->item_code[x] = x;
	for (uint32_t k = 0; k < n_baskets; k++)
		b->basket_inv[k] = k;
	if (baskets_finish(b) != 0) {
		baskets_free(b);
		return NULL;
	}
	return b;
}

void baskets_free(rr_baskets *b)
{
	if (!b)
		return;
	free(b->start);
	free(b->items);
	free(b->basket_inv);
	free(b->item_code);
	free(b->item_of_code);
	free(b->code_desc);
	free(b->count);
	free(b->istart);
	free(b->ibasket);
	free(b->ipos);
	free(b->case_twin);
	free(b);
}

uint32_t baskets_find(const rr_baskets *b, const char *stock_code)
{
	if (!b->rows || !b->item_of_code)
		return RR_NONE;
	uint32_t code = rows_find_code(b->rows, stock_code);
	return code == RR_NONE ? RR_NONE : b->item_of_code[code];
}

const char *baskets_code(const rr_baskets *b, uint32_t x)
{
	return b->rows ? strtab_get(b->rows->codes, b->item_code[x]) : "";
}

const char *baskets_desc(const rr_baskets *b, uint32_t x)
{
	if (!b->rows)
		return "";
	uint32_t c = b->item_code[x];   /* its rows without one: what the file's other rows say */
	return b->code_desc && b->code_desc[c] ? strtab_get(b->rows->descs, b->code_desc[c])
					       : rows_code_desc(b->rows, c);
}

void baskets_row(const rr_baskets *b, uint32_t x, uint32_t *acc, uint32_t *touched,
		 uint32_t *n_touched)
{
	uint32_t nt = 0;
	for (size_t e = b->istart[x]; e < b->istart[x + 1]; e++) {
		uint32_t k = b->ibasket[e];
		for (size_t q = b->start[k]; q < b->start[k + 1]; q++) {
			uint32_t y = b->items[q];
			if (y == x)
				continue;
			if (acc[y]++ == 0 && touched)
				touched[nt++] = y;
		}
	}
	if (n_touched)
		*n_touched = nt;
}

const char *baskets_unpaired_text(uint32_t n, const char *largest, size_t items, const char *what,
				  char *buf, size_t size)
{
	char id[RR_SHOWN_WORD], shown[RR_SHOWN_WORD + 4] = "";
	if (size)
		buf[0] = 0;
	if (!n)
		return buf;
	if (largest)
		snprintf(shown, sizeof shown, "%s, ", rr_shown(id, sizeof id, largest));
	snprintf(buf, size, "%u invoice%s of more than %d items (the largest: %s%zu items) add%s no "
		 "pair to %s: the pairs of an invoice grow with the square of it (an inventory count "
		 "or a stock transfer?); %s still count%s in N and in %s items' n_x", n,
		 n == 1 ? "" : "s", RR_BASKET_PAIR_MAX, shown, items, n == 1 ? "s" : "", what,
		 n == 1 ? "it" : "they", n == 1 ? "s" : "", n == 1 ? "its" : "their");
	return buf;
}

const char *baskets_unpaired(const rr_baskets *b, const char *what, char *buf, size_t size)
{
	const char *name = b->rows && b->n_baskets
				   ? strtab_get(b->rows->invoices, b->basket_inv[b->largest]) : NULL;
	size_t items = b->n_baskets ? b->start[b->largest + 1] - b->start[b->largest] : 0;
	return baskets_unpaired_text(b->n_unpaired, name, items, what, buf, size);
}

uint32_t baskets_count_naive(const rr_baskets *b, uint32_t x, uint32_t y)
{
	uint32_t n = 0;
	for (uint32_t k = 0; k < b->n_baskets; k++) {
		if (x != y && b->start[k + 1] - b->start[k] > RR_BASKET_PAIR_MAX)
			continue;
		int hx = 0, hy = 0;
		for (size_t q = b->start[k]; q < b->start[k + 1]; q++) {
			hx |= b->items[q] == x;
			hy |= b->items[q] == y;
		}
		n += hx && hy;
	}
	return n;
}

/* One mining thread: items [x0, x1), pairs appended to its own growing array. */
typedef struct mine_job {
	const rr_baskets *b;
	uint32_t x0, x1, min_count;
	rr_pairc *out;        /* malloc'd result */
	size_t n, cap;
	size_t visits;        /* partner slots visited (baskets_mine_counted) */
	int failed;           /* 1 = out of memory */
} mine_job;

static int mine_push(mine_job *j, uint32_t x, uint32_t y, uint32_t n)
{
	if (j->n == j->cap) {
		size_t ncap = j->cap ? j->cap * 2 : 4096;
		rr_pairc *no = realloc(j->out, ncap * sizeof *no);
		if (!no)
			return -1;
		j->out = no;
		j->cap = ncap;
	}
	j->out[j->n].x = x;
	j->out[j->n].y = y;
	j->out[j->n].n = n;
	j->n++;
	return 0;
}

/* Count x's partners after it into acc and list them, ascending (the order baskets_mine
 * promises), into touched; returns how many. Reading them off acc costs the rest of the
 * catalogue, so that is done only when x's basket slots after it (the counts added) are at
 * least an eighth of it: then the counting loop stays as tight as it can be. Fewer are listed
 * as they come and sorted. Either way an item costs at most 9 slots per count added, and one
 * bought alone costs nothing (scanning every later item for every x was O(items²) even
 * without a single pair: t24). */
static uint32_t mine_partners(const rr_baskets *b, uint32_t x, uint32_t *acc, uint32_t *touched,
			      size_t *visits)
{
	size_t rest = b->n_items - x - 1, adds = 0;
	for (size_t e = b->istart[x]; e < b->istart[x + 1]; e++) {
		uint32_t k = b->ibasket[e];
		adds += b->start[k + 1] - (b->start[k] + b->ipos[e] + 1);
	}
	*visits += adds;
	uint32_t nt = 0;
	/* only partners after x in each (ascending) basket: every unordered pair once */
	if (adds * 8 >= rest) {
		for (size_t e = b->istart[x]; e < b->istart[x + 1]; e++) {
			uint32_t k = b->ibasket[e];
			for (size_t q = b->start[k] + b->ipos[e] + 1; q < b->start[k + 1]; q++)
				acc[b->items[q]]++;
		}
		for (uint32_t y = x + 1; y < b->n_items; y++)
			if (acc[y])
				touched[nt++] = y;
		*visits += rest;
		return nt;
	}
	for (size_t e = b->istart[x]; e < b->istart[x + 1]; e++) {
		uint32_t k = b->ibasket[e];
		for (size_t q = b->start[k] + b->ipos[e] + 1; q < b->start[k + 1]; q++)
			if (acc[b->items[q]]++ == 0)
				touched[nt++] = b->items[q];
	}
	qsort(touched, nt, sizeof *touched, cmp_u32);
	*visits += nt;
	return nt;
}

static void *mine_run(void *arg)
{
	mine_job *j = arg;
	const rr_baskets *b = j->b;
	uint32_t *acc = calloc(b->n_items ? b->n_items : 1, sizeof *acc);
	uint32_t *touched = malloc((b->n_items ? b->n_items : 1) * sizeof *touched);
	if (!acc || !touched) {
		j->failed = 1;
		free(acc);
		free(touched);
		return NULL;
	}
	for (uint32_t x = j->x0; x < j->x1 && !j->failed; x++) {
		uint32_t nt = mine_partners(b, x, acc, touched, &j->visits);
		for (uint32_t t = 0; t < nt; t++) {
			uint32_t y = touched[t];
			if (acc[y] >= j->min_count && mine_push(j, x, y, acc[y]) != 0) {
				j->failed = 1;
				break;
			}
			acc[y] = 0;
		}
	}
	free(acc);
	free(touched);
	return NULL;
}

int baskets_mine(const rr_baskets *b, uint32_t min_count, int threads, rr_pairc **out,
		 size_t *n_out)
{
	return baskets_mine_counted(b, min_count, threads, out, n_out, NULL);
}

int baskets_mine_counted(const rr_baskets *b, uint32_t min_count, int threads, rr_pairc **out,
			 size_t *n_out, size_t *visits)
{
	enum { MAX_THREADS = 16 };
	mine_job job[MAX_THREADS];
	if (threads < 1)
		threads = 1;
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	if (min_count < 1)
		min_count = 1;
	/* split items into contiguous ranges of about equal work Σ_{k∋x} (|k| - pos - 1) */
	double total = 0;
	for (size_t e = 0; e < b->istart[b->n_items]; e++) {
		uint32_t k = b->ibasket[e];
		total += (double)(b->start[k + 1] - b->start[k] - b->ipos[e]);
	}
	uint32_t x = 0;
	double done = 0;
	for (int t = 0; t < threads; t++) {
		memset(&job[t], 0, sizeof job[t]);
		job[t].b = b;
		job[t].min_count = min_count;
		job[t].x0 = x;
		double goal = total * (t + 1) / threads;
		while (x < b->n_items && (t == threads - 1 || done < goal)) {
			for (size_t e = b->istart[x]; e < b->istart[x + 1]; e++) {
				uint32_t k = b->ibasket[e];
				done += (double)(b->start[k + 1] - b->start[k] - b->ipos[e]);
			}
			x++;
		}
		job[t].x1 = x;
	}
	rr_parallel(mine_run, job, sizeof *job, threads);
	int failed = 0;
	for (int t = 0; t < threads; t++)
		failed |= job[t].failed;
	size_t n = 0;
	for (int t = 0; t < threads; t++)
		n += job[t].n;
	if (visits) {
		*visits = 0;
		for (int t = 0; t < threads; t++)
			*visits += job[t].visits;
	}
	rr_pairc *all = failed ? NULL : malloc((n ? n : 1) * sizeof *all);
	if (all) {
		size_t w = 0;
		for (int t = 0; t < threads; t++) {
			if (job[t].n)
				memcpy(all + w, job[t].out, job[t].n * sizeof *all);
			w += job[t].n;
		}
	}
	for (int t = 0; t < threads; t++)
		free(job[t].out);
	if (!all)
		return err_set("cannot allocate %zu item pairs", n);
	*out = all;
	*n_out = n;
	return 0;
}

void baskets_rule(const rr_baskets *b, uint32_t x, uint32_t y, uint32_t n_xy, rr_assoc *r)
{
	double N = b->n_baskets, nx = b->count[x], ny = b->count[y];
	r->x = x;
	r->y = y;
	r->n_xy = n_xy;
	r->support = N > 0 ? n_xy / N : 0;
	r->confidence = nx > 0 ? n_xy / nx : 0;
	r->lift = nx > 0 && ny > 0 ? n_xy * N / (nx * ny) : 0;
}

static int rule_passes(const rr_assoc *r, const rr_rule_filter *f)
{
	uint32_t mc = f->min_count < 1 ? 1 : f->min_count;
	return r->n_xy >= mc && r->confidence >= f->min_confidence && r->lift >= f->min_lift;
}

static const rr_baskets *sort_b;  /* context of cmp_rule: qsort has no argument for it */
static enum rr_rule_order sort_by;

static int cmp_code(const rr_baskets *b, uint32_t x, uint32_t y)
{
	if (b->rows) {
		int c = strcmp(baskets_code(b, x), baskets_code(b, y));
		if (c)
			return c;
	}
	return (x > y) - (x < y);
}

static int cmp_rule(const void *pa, const void *pb)
{
	const rr_assoc *a = pa, *b = pb;
	double ka = sort_by == RR_BY_LIFT ? a->lift : a->confidence;
	double kb = sort_by == RR_BY_LIFT ? b->lift : b->confidence;
	if (ka != kb)
		return ka > kb ? -1 : 1;
	if (a->n_xy != b->n_xy)
		return a->n_xy > b->n_xy ? -1 : 1;
	int c = cmp_code(sort_b, a->x, b->x);
	return c ? c : cmp_code(sort_b, a->y, b->y);
}

static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;

void baskets_sort_rules(const rr_baskets *b, rr_assoc *r, size_t n, enum rr_rule_order by)
{
	pthread_mutex_lock(&sort_lock);
	sort_b = b;
	sort_by = by;
	qsort(r, n, sizeof *r, cmp_rule);
	pthread_mutex_unlock(&sort_lock);
}

/* Keep the best k of a sorted rule array (shrinking it). */
static void rules_finish(const rr_baskets *b, rr_assoc *r, size_t n, const rr_rule_filter *f,
			 int k, rr_assoc **out, size_t *n_out)
{
	baskets_sort_rules(b, r, n, f->by);
	if (k > 0 && (size_t)k < n)
		n = (size_t)k;
	*out = r;
	*n_out = n;
}

int baskets_rules_for(const rr_baskets *b, uint32_t x, const rr_rule_filter *f, int k,
		      rr_assoc **out, size_t *n_out)
{
	uint32_t *acc = calloc(b->n_items ? b->n_items : 1, sizeof *acc);
	uint32_t *touched = malloc((b->n_items ? b->n_items : 1) * sizeof *touched);
	rr_assoc *r = malloc((b->n_items ? b->n_items : 1) * sizeof *r);
	if (!acc || !touched || !r) {
		free(acc);
		free(touched);
		free(r);
		return err_set("cannot allocate rules for %u items", b->n_items);
	}
	uint32_t nt = 0;
	size_t n = 0;
	baskets_row(b, x, acc, touched, &nt);
	for (uint32_t t = 0; t < nt; t++) {
		baskets_rule(b, x, touched[t], acc[touched[t]], &r[n]);
		if (rule_passes(&r[n], f))
			n++;
	}
	free(acc);
	free(touched);
	rules_finish(b, r, n, f, k, out, n_out);
	return 0;
}

int baskets_rules_for_set(const rr_baskets *b, const uint32_t *xs, size_t nx,
			  const rr_rule_filter *f, int k, rr_assoc **out, size_t *n_out)
{
	size_t ni = b->n_items ? b->n_items : 1;
	uint32_t *acc = calloc(ni, sizeof *acc);
	uint32_t *touched = malloc(ni * sizeof *touched);
	unsigned char *owned = calloc(ni, 1);
	rr_assoc *best = malloc(ni * sizeof *best);
	unsigned char *has = calloc(ni, 1);
	if (!acc || !touched || !owned || !best || !has) {
		free(acc);
		free(touched);
		free(owned);
		free(best);
		free(has);
		return err_set("cannot allocate rules for %u items", b->n_items);
	}
	for (size_t i = 0; i < nx; i++)
		owned[xs[i]] = 1;
	for (size_t i = 0; i < nx; i++) {
		uint32_t nt = 0;
		baskets_row(b, xs[i], acc, touched, &nt);
		for (uint32_t t = 0; t < nt; t++) {
			uint32_t y = touched[t];
			rr_assoc r;
			baskets_rule(b, xs[i], y, acc[y], &r);
			acc[y] = 0;
			if (owned[y] || !rule_passes(&r, f))
				continue;
			if (!has[y]) {
				best[y] = r;
				has[y] = 1;
				continue;
			}
			rr_assoc two[2] = {best[y], r};
			baskets_sort_rules(b, two, 2, f->by);
			best[y] = two[0];
		}
	}
	size_t n = 0;
	for (uint32_t y = 0; y < b->n_items; y++)
		if (has[y])
			best[n++] = best[y];
	free(acc);
	free(touched);
	free(owned);
	free(has);
	rules_finish(b, best, n, f, k, out, n_out);
	return 0;
}

const char *baskets_rules_note(size_t n, double bytes, const char *ft, const size_t *hist,
			       uint32_t maxn, char *buf, size_t size)
{
	buf[0] = '\0';
	if (n <= RR_RULES_SAY)
		return buf;
	int k = bytes >= 1e9 ? snprintf(buf, size, "%zu rules pass %s: about %.1f GB of CSV", n, ft,
					bytes / 1e9)
			     : snprintf(buf, size, "%zu rules pass %s: about %.0f MB of CSV", n, ft,
					bytes / 1e6);
	if (k < 0 || (size_t)k >= size)
		return buf;
	/* from the largest n_xy down: the count at which one more step passes the limit */
	size_t kept = 0;
	uint32_t v = maxn;
	while (hist && v > 0 && kept + hist[v] <= RR_RULES_SAY)
		kept += hist[v--];
	if (hist && kept > 0)
		snprintf(buf + k, size - (size_t)k, "; --min-count %u writes %zu of them", v + 1, kept);
	else   /* as many share the largest n_xy: a count alone cannot say which to keep */
		snprintf(buf + k, size - (size_t)k, "; --min-count, --min-confidence or --min-lift "
			 "writes fewer");
	return buf;
}
