/* listfind.c — the lists' search index (listfind.h). */
#define _GNU_SOURCE   /* memmem: the block is one buffer of '\0'-ended texts, not one string */
#include "listfind.h"

#include "casefold.h"   /* rr_fold: the case fold, also the commands' */

#include <stdlib.h>
#include <string.h>

void lf_free(lf_index *x)
{
	free(x->low);
	free(x->at);
	free(x->hit);
	memset(x, 0, sizeof *x);
}

static const char *text_of(lf_text_fn text, const void *ctx, uint32_t id, int which)
{
	const char *s = text(ctx, id, which);
	return s ? s : "";
}

int lf_build(lf_index *x, uint32_t n, lf_text_fn text, const void *ctx, int n_texts)
{
	memset(x, 0, sizeof *x);
	size_t cap = (size_t)n * 16 + 64, o = 0;   /* grown as needed: the texts are read once */
	x->low = malloc(cap);
	x->at = malloc(((size_t)n + 1) * sizeof *x->at);
	x->hit = calloc(n ? n : 1, 1);
	if (!x->low || !x->at || !x->hit) {
		lf_free(x);
		return -1;
	}
	for (uint32_t id = 0; id < n; id++) {
		x->at[id] = o;
		for (int w = 0; w < n_texts; w++) {
			const char *s = text_of(text, ctx, id, w);
			size_t len = strlen(s);
			if (cap - o < len + 1) {
				size_t ncap = cap * 2 > o + len + 1 ? cap * 2 : o + len + 1;
				char *nl = realloc(x->low, ncap);
				if (!nl) {
					lf_free(x);
					return -1;
				}
				x->low = nl;
				cap = ncap;
			}
			/* folded as rr_contains_ci compares (never longer than the text) */
			o += rr_fold(x->low + o, s, len);
			x->low[o++] = '\0';
		}
	}
	x->at[n] = o;
	x->n = n;
	return 0;
}

/* Without the index: each entry's texts compared as they are. */
static uint32_t find_direct(const uint32_t *from, uint32_t n_from, const char *needle,
			    lf_text_fn text, const void *ctx, int n_texts, uint32_t *out)
{
	uint32_t k = 0;
	for (uint32_t i = 0; i < n_from; i++) {
		uint32_t id = from[i];
		for (int w = 0; w < n_texts; w++)
			if (rr_contains_ci(text_of(text, ctx, id, w), needle)) {
				out[k++] = id;
				break;
			}
	}
	return k;
}

uint32_t lf_find(const lf_index *x, const uint32_t *from, uint32_t n_from, const char *needle,
		 lf_text_fn text, const void *ctx, int n_texts, uint32_t *out, size_t *work)
{
	size_t nl = strlen(needle), looked = 0;
	char *low = nl && x && x->low ? malloc(nl + 1) : NULL;
	uint32_t k = 0;
	if (!nl) {
		if (n_from)
			memmove(out, from, (size_t)n_from * sizeof *out);
		k = n_from;
	} else if (!low) {
		k = find_direct(from, n_from, needle, text, ctx, n_texts, out);
		looked = n_from;
	} else {
		nl = rr_fold(low, needle, nl);
		if (n_from == x->n) {
			/* the whole list: scan the block, each hit marking its entry and going on
			 * after it, then keep the marked in the list's order */
			size_t o = 0, end = x->at[x->n];
			uint32_t id = 0;
			const char *m;
			while (o < end && (m = memmem(x->low + o, end - o, low, nl)) != NULL) {
				size_t h = (size_t)(m - x->low);
				while (x->at[id + 1] <= h)
					id++;
				x->hit[id] = 1;
				looked++;
				o = x->at[++id];
			}
			for (uint32_t i = 0; i < n_from; i++)
				if (x->hit[from[i]]) {
					x->hit[from[i]] = 0;
					out[k++] = from[i];
				}
		} else {
			for (uint32_t i = 0; i < n_from; i++) {
				uint32_t id = from[i];
				if (memmem(x->low + x->at[id], x->at[id + 1] - x->at[id], low, nl))
					out[k++] = id;
			}
			looked = n_from;
		}
	}
	free(low);
	if (work)
		*work = looked;
	return k;
}
