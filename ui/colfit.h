/* colfit.h — a table's columns across a pane with its first column frozen at the left, as a
 * spreadsheet freezes it, and the others scrolled sideways a whole column at a time: the
 * Runs screen's table as printed (t61 F1: scrolled by characters, it lost the run column and
 * cut figures with '…'). Pure (no curses), so tests/unit/test_colfit.c checks it.
 *
 * wid[0..nc) are the columns' natural widths in cells (< 0: hidden, takes no room); columns
 * stand COLFIT_GAP blanks apart. "left" is the first of columns 1.. shown after column 0. */
#ifndef RELREC_COLFIT_H
#define RELREC_COLFIT_H

#define COLFIT_GAP 2

/* How many of the columns from left on fit whole in w cells after column 0 (hidden ones
 * count, taking no room); at least one when any is left, so a column wider than the whole
 * room still shows (cut: the one case a cell cannot be whole). 0 when left >= nc. */
int colfit_shown(const int *wid, int nc, int left, int w);

/* left kept from 1 to the last left worth showing: the first from which the columns to the
 * end all fit (scrolled further, the pane would only lose columns). */
int colfit_left(const int *wid, int nc, int left, int w);

/* The left after a step sideways (dir < 0: back, > 0: on): half the columns shown, at least
 * one, as less -S moves half a screen; kept by colfit_left. */
int colfit_step(const int *wid, int nc, int left, int w, int dir);

#endif
