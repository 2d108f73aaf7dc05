/* ticks.h — the ticks of an axis drawn in character cells (the Train screen's epochs). Pure
 * (no curses), so tests/unit/test_ticks.c checks it without a terminal. */
#ifndef RELREC_TICKS_H
#define RELREC_TICKS_H

/* Labels keep at least this many blanks between them: closer, "60 80" reads as one number. */
#define TICK_GAP 2

typedef struct tui_tick {
	int value;     /* the value labelled */
	int cell;      /* its cell on the axis, 0-based */
	int label_x;   /* the cell its label starts at */
	int len;       /* the label's width */
} tui_tick;

/* Ticks for the values 0..max on an axis of cols cells, value v at cell
 * round(v / max · (cols − 1)): every multiple of the smallest step of 1, 2 or 5 × 10^k whose
 * labels stay TICK_GAP blanks apart, then max itself, which takes the place of a step's tick
 * too close to it. A label is centred on its cell, except the first, which starts there, and
 * max's, which ends there, so none leaves the axis. Writes at most n to out; returns how many
 * (at least 1 when n ≥ 1: the 0). */
int axis_ticks(int max, int cols, tui_tick *out, int n);

/* The Labels screen's bin edges on the row under the chart. */
typedef struct tui_edge_mark {
	int x;         /* its marker's (▲) cell */
	int label_x;   /* the cell its number starts at */
	int len;       /* the number's width */
	int comma;     /* 1: a ',' follows the number, the next edge's comes after it */
} tui_edge_mark;

/* Markers and numbers for n edges of values v at cells x (increasing) on a row of cols
 * cells, into out[n]: every edge marked and named at any width (t55 F3: adjacent edges hid
 * each other's ▲ and number). A marker stays on its edge's cell and its number follows it
 * ("▲4▲5"); edges too close for their numbers share one label after the last of them, their
 * numbers in order ("▲ ▲10,11"); a group whose label would pass the row's end moves left,
 * markers and all, so that the label ends there whole (an edge past the chart's folded last
 * column, t37 #3), taking in the groups before it when it must. No text covers a marker, and
 * labels do not overlap, unless the whole row cannot hold them (then it is cut at its end).
 * Pure: it changes nothing but out. */
void edge_marks(const int *x, const unsigned *v, int n, int cols, tui_edge_mark *out);

#endif
