/* labels.h — relevance classes from order counts (DESIGN §4). Edges E1 < E2 < ... are
 * inclusive upper bounds: `bins 2 5` gives low = 1..2, medium = 3..5, high >= 6. */
#ifndef RELREC_LABELS_H
#define RELREC_LABELS_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"

#define RR_MAX_EDGES 5
#define RR_MAX_CLASSES (RR_MAX_EDGES + 2)   /* + the class "none" of sampled negatives */

typedef struct rr_labels {
	int n_edges;                    /* 1..RR_MAX_EDGES */
	uint32_t edge[RR_MAX_EDGES];    /* ascending, >= 1 */
	int n_classes;                  /* n_edges + 1 (bought classes only) */
	char name[RR_MAX_EDGES + 1][16];/* class names: low/medium/high for 3, else "1-2", "3-5", "6+" */
	uint64_t gen;                   /* rr_gen_next() at labels_set: caches derived from the
	                                   labels remember it (a copy keeps it: same edges) */
} rr_labels;

/* Validate edges: 0, or -1 with err_set saying what is wrong. */
int labels_check(int n, const long *edges);
/* Set from validated edges (call labels_check first); names are recomputed, gen is new. */
void labels_set(rr_labels *l, int n, const long *edges);
/* 1 when a and b have the same bin edges (the same classes), whatever their generations. */
int labels_same(const rr_labels *a, const rr_labels *b);
/* Class of an order count >= 1: 0 .. n_classes-1. */
static inline int labels_class(const rr_labels *l, uint32_t orders)
{
	int c = 0;
	while (c < l->n_edges && orders > l->edge[c])
		c++;
	return c;
}
/* Count pairs of d per class into counts[n_classes]. */
void labels_count(const rr_labels *l, const rr_dataset *d, size_t *counts);

#endif
