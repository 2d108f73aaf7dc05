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

/* Entries carry their keys so comparisons touch no other array. */
typedef struct rank_ent {
	double score;      /* the item's score */
	uint32_t tie;      /* its tie key */
	uint32_t item;     /* the item */
} rank_ent;

static int ent_before(const rank_ent *a, const rank_ent *b)
{
	return a->score > b->score || (a->score == b->score && a->tie < b->tie);
}

/* Does a rank before b? Computed without branches: in selection the outcome is a coin toss,
 * and a mispredicted branch per comparison was most of the cost. */
static inline int ent_before_nb(const rank_ent *a, const rank_ent *b)
{
	return (a->score > b->score) | ((a->score == b->score) & (a->tie < b->tie));
}

/* Sort a[0..n) into rank order; t is scratch of n entries. A bottom-up merge sort with the
 * comparison inlined (qsort's callback per comparison cost twice as much); runs of 8 start
 * as insertion sorts. Stable, so equal entries (repeated tie keys only) keep their order. */
static void sort_ents(rank_ent *a, rank_ent *t, size_t n)
{
	enum { RUN = 8 };
	for (size_t r0 = 0; r0 < n; r0 += RUN) {
		size_t r1 = n - r0 < RUN ? n : r0 + RUN;
		for (size_t i = r0 + 1; i < r1; i++) {
			rank_ent x = a[i];
			size_t p = i;
			while (p > r0 && ent_before(&x, &a[p - 1])) {
				a[p] = a[p - 1];
				p--;
			}
			a[p] = x;
		}
	}
	rank_ent *src = a, *dst = t;
	for (size_t w = RUN; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = n - lo < w ? n : lo + w, hi = n - lo < 2 * w ? n : lo + 2 * w;
			size_t i = lo, j = mid, o = lo;
			while (i < mid && j < hi)
				dst[o++] = ent_before(&src[j], &src[i]) ? src[j++] : src[i++];
			while (i < mid)
				dst[o++] = src[i++];
			while (j < hi)
				dst[o++] = src[j++];
		}
		rank_ent *x = src;
		src = dst;
		dst = x;
	}
	if (src != a)
		memcpy(a, src, n * sizeof *a);
}

/* A score that at least k eligible items most likely reach, with not many more: from every
 * STRIDE-th eligible item, the j-th best where j is k/STRIDE plus three standard deviations.
 * −∞ when k or n is too small for a sample to pay. Only a filter: topk_select checks that k
 * items passed it. */
static double sample_threshold(const double *score, uint32_t n, const unsigned char *skip, int k)
{
	enum { STRIDE = 8, MAX_J = 256 };
	double best[MAX_J];   /* the j best sampled scores, descending */
	int j = k / STRIDE + 3 * (int)sqrt((double)k / STRIDE) + 4, got = 0;
	if (j > MAX_J || (uint64_t)n < (uint64_t)4 * STRIDE * (uint64_t)j)
		return -INFINITY;
	for (uint32_t i = 0; i < n; i += STRIDE) {
		double x = score[i];
		if ((skip && skip[i]) || isnan(x) || (got == j && !(x > best[j - 1])))
			continue;
		int p = got < j ? got++ : j - 1;
		while (p > 0 && x > best[p - 1]) {
			best[p] = best[p - 1];
			p--;
		}
		best[p] = x;
	}
	return got == j ? best[j - 1] : -INFINITY;
}

static _Thread_local size_t topk_copied;   /* rank_topk_copied */

size_t rank_topk_copied(void)
{
	return topk_copied;
}

/* The need eligible items scoring exactly thr with the smallest tie keys, into
 * h[0..need), in no order: a max-heap on the tie key while it fills. */
static void best_ties(const double *score, uint32_t n, const uint32_t *tie,
		      const unsigned char *skip, double thr, rank_ent *h, size_t need)
{
	size_t m = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (score[i] != thr || (skip && skip[i]) || (m == need && tie[i] >= h[0].tie))
			continue;
		rank_ent x = {score[i], tie[i], i};
		size_t p = 0;
		if (m < need)   /* filling: sift x up from the end */
			for (p = m++; p > 0 && h[(p - 1) / 2].tie < x.tie; p = (p - 1) / 2)
				h[p] = h[(p - 1) / 2];
		else   /* x replaces the root, the largest key kept: sift it down */
			for (size_t c; (c = 2 * p + 1) < m; p = c) {
				if (c + 1 < m && h[c + 1].tie > h[c].tie)
					c++;
				if (h[c].tie <= x.tie)
					break;
				h[p] = h[c];
			}
		h[p] = x;
	}
}

/* Large k: the eligible entries are copied out, a quickselect moves the k best to the front
 * (O(n) expected; each partition pass is branch-free: every entry is written to both ends of
 * the other buffer and only the end that matches advances), and those k are sorted. The order
 * (score, then tie key) is total, so the result is the one any exact method gives.
 * Only the items above a sampled threshold are copied, and when fewer than k are, the best of
 * those at it by tie key: a catalogue of 1,000,000 items all but EASE's 8192 of which score 0
 * copied and partitioned every item (32 MB) for each customer's 200 candidates (t43 #10).
 * Returns -1 when out of memory. */
static int topk_select(const double *score, uint32_t n, const uint32_t *tie,
		       const unsigned char *skip, int k, uint32_t *out)
{
	/* a threshold most likely passed by a few more than k (NaN never is) */
	double thr = sample_threshold(score, n, skip, k);
	size_t above = 0, at = 0, need = 0, m = 0;
	for (uint32_t i = 0; thr > -INFINITY && i < n; i++)
		if (!(skip && skip[i])) {
			above += score[i] > thr;
			at += score[i] == thr;
		}
	if (above + at < (size_t)k)
		thr = -INFINITY;   /* fewer pass: everything is taken after all */
	else if (above < (size_t)k)
		need = (size_t)k - above;   /* all above it, and the best need at it */
	size_t cap = thr == -INFINITY ? n : above + need;
	rank_ent *a = malloc(2 * (cap ? cap : 1) * sizeof *a), *t = a + (cap ? cap : 1);
	if (!a)
		return -1;
	for (uint32_t i = 0; i < n; i++)
		if ((score[i] > thr || (thr == -INFINITY && score[i] == thr)) && !(skip && skip[i]))
			a[m++] = (rank_ent){score[i], tie[i], i};
	if (need) {
		best_ties(score, n, tie, skip, thr, a + m, need);
		m += need;
	}
	topk_copied = m;
	size_t lo = 0, hi = m, want = (size_t)k < m ? (size_t)k : m;
	/* invariant: a[0..lo) are among the k best, a[hi..m) are not, want = k − lo */
	while (hi - lo > want && want > 0) {
		size_t cnt = hi - lo;
		if (cnt < 3) {   /* two entries, one wanted: the better one first */
			if (ent_before(&a[lo + 1], &a[lo])) {
				rank_ent x = a[lo];
				a[lo] = a[lo + 1];
				a[lo + 1] = x;
			}
			break;
		}
		/* pivot: the median of three; of three distinct entries (the order is total) one
		 * ranks before it and one after, so both sides are non-empty and the range shrinks */
		rank_ent p0 = a[lo], p1 = a[lo + cnt / 2], p2 = a[hi - 1], p;
		if (ent_before(&p0, &p1))
			p = ent_before(&p1, &p2) ? p1 : ent_before(&p0, &p2) ? p2 : p0;
		else
			p = ent_before(&p0, &p2) ? p0 : ent_before(&p1, &p2) ? p2 : p1;
		size_t nl = 0, nr = 0;
		for (size_t i = lo; i < hi; i++) {
			rank_ent x = a[i];
			int b = ent_before_nb(&x, &p);
			t[lo + nl] = x;
			t[hi - 1 - nr] = x;
			nl += (size_t)b;
			nr += (size_t)!b;
		}
		memcpy(a + lo, t + lo, cnt * sizeof *a);
		if (nl == 0 || nr == 0) {   /* only with repeated tie keys: sort what is left */
			sort_ents(a + lo, t + lo, cnt);
			break;
		}
		if (nl >= want) {
			hi = lo + nl;
		} else {
			lo += nl;
			want -= nl;
		}
	}
	int cnt = (int)((size_t)k < m ? (size_t)k : m);
	sort_ents(a, t, (size_t)cnt);
	for (int r = 0; r < cnt; r++)
		out[r] = a[r].item;
	free(a);
	return cnt;
}

int rank_topk(const double *score, uint32_t n, const uint32_t *tie, const unsigned char *skip,
	      int k, uint32_t *out)
{
	int cnt = 0;
	if (k <= 0)
		return 0;
	if (k > 32) {
		cnt = topk_select(score, n, tie, skip, k, out);
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
	if (cnt < k) {  /* NaN scores last, in tie order: the best ties when k cuts them */
		int first_nan = cnt;
		for (uint32_t i = 0; i < n; i++) {
			if ((skip && skip[i]) || !isnan(score[i]))
				continue;
			if (cnt == k && tie[i] >= tie[out[k - 1]])
				continue;
			int p = cnt < k ? cnt++ : k - 1;
			while (p > first_nan && tie[i] < tie[out[p - 1]]) {
				out[p] = out[p - 1];
				p--;
			}
			out[p] = i;
		}
	}
	return cnt;
}

uint32_t rank_place(const double *score, uint32_t n, const uint32_t *tie,
		    const unsigned char *skip, uint32_t i)
{
	uint32_t r = 1;
	for (uint32_t j = 0; j < n; j++) {
		if (j == i || (skip && skip[j]))
			continue;
		/* rank_topk's order: numbers by rank_before, then the NaNs by tie key */
		if (isnan(score[i]))
			r += !isnan(score[j]) || tie[j] < tie[i];
		else
			r += !isnan(score[j]) && rank_before(score, tie, j, i);
	}
	return r;
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
