/* rank.c — top-K with reproducible ties, and the ranking metrics. */
#include "rank.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

typedef struct code_ref {
	const char *code;   /* the stock code text */
	uint32_t item;      /* its item index */
} code_ref;

static int cmp_code_ref(const void *a, const void *b)
{
	const code_ref *x = a, *y = b;
	int c = strcmp(x->code, y->code);
	return c ? c : (x->item > y->item) - (x->item < y->item);
}

uint32_t *rank_tie_keys(const char *const *codes, uint32_t n)
{
	code_ref *order = malloc((n ? n : 1) * sizeof *order);
	uint32_t *key = malloc((n ? n : 1) * sizeof *key);
	if (!order || !key) {
		free(order);
		free(key);
		err_set("cannot allocate tie keys for %u items", n);
		return NULL;
	}
	for (uint32_t i = 0; i < n; i++) {
		order[i].code = codes[i];
		order[i].item = i;
	}
	qsort(order, n, sizeof *order, cmp_code_ref);
	for (uint32_t r = 0; r < n; r++)
		key[order[r].item] = r;
	free(order);
	return key;
}

/* Heap entries carry their keys so comparisons touch no other array. */
typedef struct heap_ent {
	double score;      /* the item's score */
	uint32_t tie;      /* its tie key */
	uint32_t item;     /* the item */
} heap_ent;

static int ent_before(const heap_ent *a, const heap_ent *b)
{
	return a->score > b->score || (a->score == b->score && a->tie < b->tie);
}

/* Min-heap on rank order: h[0] is the entry ranked last among those kept. */
static void heap_down(heap_ent *h, int n, int at)
{
	heap_ent x = h[at];
	for (;;) {
		int l = 2 * at + 1, r = l + 1, w = l;
		if (l >= n)
			break;
		if (r < n && ent_before(&h[l], &h[r]))
			w = r;
		if (!ent_before(&x, &h[w]))
			break;
		h[at] = h[w];
		at = w;
	}
	h[at] = x;
}

/* Large k: a heap of the k best, O(n log k) at worst, then heap-sorted into rank order.
 * Returns -1 when out of memory. */
static int topk_heap(const double *score, uint32_t n, const uint32_t *tie,
		     const unsigned char *skip, int k, uint32_t *out)
{
	heap_ent *h = malloc((size_t)k * sizeof *h);
	int cnt = 0;
	if (!h)
		return -1;
	for (uint32_t i = 0; i < n; i++) {
		if ((skip && skip[i]) || isnan(score[i]))
			continue;
		heap_ent e = {score[i], tie[i], i};
		if (cnt < k) {
			int at = cnt++;
			while (at > 0) {   /* sift up: parents rank after their children */
				int up = (at - 1) / 2;
				if (!ent_before(&h[up], &e))
					break;
				h[at] = h[up];
				at = up;
			}
			h[at] = e;
		} else if (ent_before(&e, &h[0])) {
			h[0] = e;
			heap_down(h, cnt, 0);
		}
	}
	for (int m = cnt - 1; m > 0; m--) {   /* the last-ranked goes to the end */
		heap_ent t = h[0];
		h[0] = h[m];
		h[m] = t;
		heap_down(h, m, 0);
	}
	for (int r = 0; r < cnt; r++)
		out[r] = h[r].item;
	free(h);
	return cnt;
}

int rank_topk(const double *score, uint32_t n, const uint32_t *tie, const unsigned char *skip,
	      int k, uint32_t *out)
{
	int cnt = 0;
	if (k <= 0)
		return 0;
	if (k > 32) {
		cnt = topk_heap(score, n, tie, skip, k, out);
		if (cnt < 0) {
			err_set("cannot allocate a top-%d list", k);
			return 0;
		}
		if (cnt == k)
			return cnt;
		goto nans;
	}
	for (uint32_t i = 0; i < n; i++) {
		if (skip && skip[i])
			continue;
		if (isnan(score[i])) /* placed after every number: handled in a second pass */
			continue;
		if (cnt == k && !rank_before(score, tie, i, out[k - 1]))
			continue;
		/* insertion into the sorted buffer, dropping the last when full */
		int p = cnt < k ? cnt++ : k - 1;
		while (p > 0 && rank_before(score, tie, i, out[p - 1])) {
			out[p] = out[p - 1];
			p--;
		}
		out[p] = i;
	}
nans:
	if (cnt < k) {  /* NaN scores last, in tie order */
		int first_nan = cnt;
		for (uint32_t i = 0; i < n && cnt < k; i++) {
			if ((skip && skip[i]) || !isnan(score[i]))
				continue;
			int p = cnt++;
			while (p > first_nan && tie[i] < tie[out[p - 1]]) {
				out[p] = out[p - 1];
				p--;
			}
			out[p] = i;
		}
	}
	return cnt;
}

void rank_metrics(const uint32_t *rec, int n_rec, int k, const unsigned char *is_rel,
		  size_t n_truth, rr_rank_metrics *m)
{
	memset(m, 0, sizeof *m);
	if (n_truth == 0 || k <= 0)
		return;
	int top = n_rec < k ? n_rec : k;
	size_t ideal_n = n_truth < (size_t)k ? n_truth : (size_t)k;
	double dcg = 0, idcg = 0, ap = 0;
	int hits = 0;
	for (int r = 0; r < top; r++) {
		if (!is_rel[rec[r]])
			continue;
		hits++;
		dcg += 1.0 / log2((double)r + 2.0);
		ap += (double)hits / (double)(r + 1);
	}
	for (size_t r = 0; r < ideal_n; r++)
		idcg += 1.0 / log2((double)r + 2.0);
	m->precision = (double)hits / (double)k;
	m->recall = (double)hits / (double)n_truth;
	m->ndcg = dcg / idcg;
	m->hit = hits > 0;
	m->map = ap / (double)ideal_n;
}
