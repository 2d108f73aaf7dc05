/* listfind.h — the search of the Recommend and Together screens' lists (tui_browse.c): which
 * entries hold the typed text in one of their texts (a customer's id or country, an item's
 * stock code or description), case aside: in any script relrec folds (rr_fold), not ASCII's
 * only (t25: "café" missed "CAFÉ MUG", "österreich" "Österreich"). Pure (no curses), so tests/unit/test_listfind.c
 * checks it without a terminal.
 *
 * A list of a million items was searched through every entry's strings at each key, lowering
 * them byte by byte: ~0.5 s of CPU per key (t24). The index lowers the texts once into one
 * block that a search reads straight through; when the text typed grows (the old one is
 * inside the new), only the previous matches are searched again. The block follows the ids,
 * not the list's order: the strings are stored about in id order, and reading them in the
 * list's (by invoices) order was a cache miss per string, 0.4 s to build at a million items. */
#ifndef RELREC_LISTFIND_H
#define RELREC_LISTFIND_H

#include <stddef.h>
#include <stdint.h>

#include "casefold.h"   /* rr_fold, rr_contains_ci */

/* The texts of entry id (which = 0 .. n_texts-1); NULL or "" for none. */
typedef const char *(*lf_text_fn)(const void *ctx, uint32_t id, int which);

typedef struct lf_index {
	char *low;      /* every entry's texts folded (rr_fold), each ended by '\0', entries by
	                   id: no match can run from one text into the next */
	size_t *at;     /* [n+1] where entry id's texts start in low; at[n] = the end */
	unsigned char *hit; /* [n] all 0 between searches: the block scan's marks */
	uint32_t n;     /* entries: ids 0 .. n-1 */
} lf_index;

/* Index entries 0 .. n-1, n_texts texts each. 0, or -1 when memory runs out (the index is then
 * empty and lf_find compares the texts directly, as rr_contains_ci). */
int lf_build(lf_index *x, uint32_t n, lf_text_fn text, const void *ctx, int n_texts);
void lf_free(lf_index *x);

/* The entries among from[0..n_from) (ids, in list order) that hold needle in one of their
 * texts, into out (which may be from: it is written no faster than read), in the same order;
 * returns how many. from is the whole list (every id once, in any order), or the matches of a
 * needle inside this one (n_from below x->n). *work (if not NULL) gets how many entries were
 * looked at one by one: a whole-list search looks only at those the block's scan finds.
 * Without an index (x NULL or empty) each entry's texts are compared directly. */
uint32_t lf_find(const lf_index *x, const uint32_t *from, uint32_t n_from, const char *needle,
		 lf_text_fn text, const void *ctx, int n_texts, uint32_t *out, size_t *work);

#endif
