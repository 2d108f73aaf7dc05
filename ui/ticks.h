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

#endif
