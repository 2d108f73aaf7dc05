/* ticks.c — round, evenly spaced ticks for a character-cell axis (ticks.h). A greedy "label
 * every epoch that fits" gave uneven steps (0 8 22 36 ...) and never the last epoch. */
#include "ticks.h"

#include <stdio.h>

static void place(tui_tick *k, long v, int max, int cols)
{
	char b[24];
	k->value = (int)v;
	k->cell = max > 0 ? (int)((double)v / max * (cols - 1) + 0.5) : 0;
	k->len = snprintf(b, sizeof b, "%ld", v);
	k->label_x = v == 0 ? k->cell : v == max ? k->cell - k->len + 1 : k->cell - k->len / 2;
}

/* Do the labels of k[0..n) keep their distance? */
static int apart(const tui_tick *k, int n)
{
	for (int i = 1; i < n; i++)
		if (k[i].label_x < k[i - 1].label_x + k[i - 1].len + TICK_GAP)
			return 0;
	return 1;
}

/* The ticks of one step (multiples of s, then max); 0 when more than n would be needed. */
static int with_step(long s, int max, int cols, tui_tick *out, int n)
{
	int k = 0;
	long v = 0;
	for (; v <= max && k < n; v += s)
		place(&out[k++], v, max, cols);
	if (v <= max)
		return 0;
	if (out[k - 1].value != max) {
		tui_tick last;
		place(&last, max, max, cols);
		if (k > 1 && !apart((tui_tick[]){out[k - 1], last}, 2))
			k--; /* max replaces the step's last tick */
		if (k == n)
			return 0;
		out[k++] = last;
	}
	return k;
}

int axis_ticks(int max, int cols, tui_tick *out, int n)
{
	if (n < 1)
		return 0;
	if (max < 1 || cols < 2) {
		place(&out[0], 0, max, cols);
		return 1;
	}
	static const int mult[] = {1, 2, 5};
	for (long p = 1;; p *= 10)
		for (int m = 0; m < 3; m++) {
			long s = p * mult[m];
			int k = with_step(s, max, cols, out, n);
			if (k && apart(out, k))
				return k;
			if (s >= max) { /* 0 and max alone do not fit apart: 0 alone */
				place(&out[0], 0, max, cols);
				return 1;
			}
		}
}

/* The width of the label of edges i..j: their numbers and the commas between them. */
static int group_len(const tui_edge_mark *m, int i, int j)
{
	int len = j - i;
	for (int k = i; k <= j; k++)
		len += m[k].len;
	return len;
}

/* Edges i..j as one group, moved left by shift: markers, then the label after the last. */
static int group_place(const int *x, tui_edge_mark *m, int i, int j, int shift)
{
	int p = x[j] + 1 - shift;
	for (int k = i; k <= j; k++) {
		m[k].x = x[k] - shift;
		m[k].label_x = p;
		m[k].comma = k < j;
		p += m[k].len + (k < j);
	}
	return p;   /* where the label ends */
}

void edge_marks(const int *x, const unsigned *v, int n, int cols, tui_edge_mark *out)
{
	enum { MAXG = 64 };
	int start[MAXG], end[MAXG], ng = 0, i = 0, to_last = 0;
	if (n > MAXG)
		n = MAXG;
	for (int k = 0; k < n; k++) {
		char b[16];
		out[k].len = snprintf(b, sizeof b, "%u", v[k]);
	}
	while (i < n) {
		int j = i;
		/* the next edge joins while the label does not fit before its marker */
		while (j + 1 < n && (to_last || x[j] + 1 + group_len(out, i, j) > x[j + 1]))
			j++;
		int over = x[j] + 1 + group_len(out, i, j) - cols, shift = over > 0 ? over : 0;
		int before = ng ? end[ng - 1] : 0;
		if (shift && x[i] - shift < before && ng) {
			i = start[--ng];   /* no room: the group before joins this one */
			to_last = 1;
			continue;
		}
		if (x[i] - shift < 0)
			shift = x[i];   /* the row cannot hold them: cut at its end */
		start[ng] = i;
		end[ng++] = group_place(x, out, i, j, shift);
		i = j + 1;
	}
}
