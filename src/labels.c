/* labels.c — bins of order counts. */
#include "labels.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "util.h"

int labels_check(int n, const long *edges)
{
	if (n < 1 || n > RR_MAX_EDGES)
		return err_set("bins takes 1 to %d edges, got %d", RR_MAX_EDGES, n);
	for (int i = 0; i < n; i++) {
		if (edges[i] < 1)
			return err_set("edge '%ld' must be at least 1 (order counts start at 1)", edges[i]);
		if (edges[i] > 1000000)
			return err_set("edge '%ld' is too large", edges[i]);
		if (i > 0 && edges[i] == edges[i - 1])
			return err_set("edge '%ld' is repeated (edges must increase)", edges[i]);
		if (i > 0 && edges[i] < edges[i - 1])
			return err_set("edges must increase: '%ld' comes after '%ld'", edges[i],
				       edges[i - 1]);
	}
	return 0;
}

void labels_set(rr_labels *l, int n, const long *edges)
{
	memset(l, 0, sizeof *l);
	l->gen = rr_gen_next();
	l->n_edges = n;
	l->n_classes = n + 1;
	for (int i = 0; i < n; i++)
		l->edge[i] = (uint32_t)edges[i];
	if (n == 2) {
		strcpy(l->name[0], "low");
		strcpy(l->name[1], "medium");
		strcpy(l->name[2], "high");
		return;
	}
	if (n == 1) {
		strcpy(l->name[0], "low");
		strcpy(l->name[1], "high");
		return;
	}
	uint32_t lo = 1;
	for (int c = 0; c < n; c++) {
		if (lo == l->edge[c])
			snprintf(l->name[c], sizeof l->name[c], "%u", (unsigned)lo);
		else
			snprintf(l->name[c], sizeof l->name[c], "%u-%u", (unsigned)lo, (unsigned)l->edge[c]);
		lo = l->edge[c] + 1;
	}
	snprintf(l->name[n], sizeof l->name[n], "%u+", (unsigned)lo);
}

int labels_same(const rr_labels *a, const rr_labels *b)
{
	if (a->n_edges != b->n_edges)
		return 0;
	for (int e = 0; e < a->n_edges; e++)
		if (a->edge[e] != b->edge[e])
			return 0;
	return 1;
}

void labels_count(const rr_labels *l, const rr_dataset *d, size_t *counts)
{
	memset(counts, 0, (size_t)l->n_classes * sizeof *counts);
	for (size_t p = 0; p < d->n_pairs; p++)
		counts[labels_class(l, d->pairs[p].orders)]++;
}
