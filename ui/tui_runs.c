/* tui_runs.c — screen 6 Runs: the `runs` table, each run as a column (the latest that fit),
 * or as printed. */
#define _XOPEN_SOURCE 700
#include "tui.h"

#include <stdio.h>
#include <string.h>

/* the runs table among the output of `runs`, or NULL */
static const rr_table *runs_table(const tui *t)
{
	for (int i = 0; i < t->runs_out.n; i++)
		if (t->runs_out.b[i].tab)
			return t->runs_out.b[i].tab;
	return NULL;
}

/* The row of the run whose model is the session's: the engine marks it '*' in the table's
 * "current" column (runs use N switches it). -1 when there is none (or no such column). */
static int runs_current(const rr_table *tab)
{
	for (int c = 0; tab && c < tab->ncols; c++)
		if (tab->head[c] && strcmp(tab->head[c], "current") == 0)
			for (int r = 0; r < tab->nrows; r++)
				if (strcmp(table_get(tab, r, c), "*") == 0)
					return r;
	return -1;
}

const char *const runs_view_names[] = {"runs as columns", "the table as printed", NULL};

int runs_view(const tui *t)
{
	return !runs_table(t) ? RUNS_TEXT : t->runs_flat ? RUNS_TABLE : RUNS_COLUMNS;
}

/* The row the table starts on (under the text lines of `runs`) and the rows it has, in
 * either view. */
static void runs_rows(const tui *t, int *y, int *h)
{
	int yy = 3;
	for (int i = 0; i < t->runs_out.n && yy < t->rows - 4; i++)
		yy += t->runs_out.b[i].text != NULL;
	*y = yy;
	*h = t->rows - 4 - yy;
}

/* Runs as columns: runs_rows, and the first of its rows under the header to show (runs_top,
 * kept in range). */
static int runs_room(const tui *t, const rr_table *tab, int *y, int *h)
{
	runs_rows(t, y, h);
	int over = tab->ncols - *h;   /* the header's row and ncols - 1 more */
	over = over > 0 ? over : 0;
	return t->runs_top < 0 ? 0 : t->runs_top > over ? over : t->runs_top;
}

/* The table as printed: runs_rows, and the first run's row to show under the header
 * (runs_skip, kept in range). */
static int runs_flat_room(const tui *t, const rr_table *tab, int *y, int *h)
{
	runs_rows(t, y, h);
	int over = tab->nrows - (*h - 1);   /* under the header's row */
	over = over > 0 ? over : 0;
	return t->runs_skip < 0 ? 0 : t->runs_skip > over ? over : t->runs_skip;
}

/* The line under the runs as columns: which runs, and which rows when not all fit. */
static void runs_more(const tui *t, const rr_table *tab, int first, int shown, int top, int h)
{
	char runs[64] = "", rows[96] = "";
	if (shown < tab->nrows)
		snprintf(runs, sizeof runs, "runs %d-%d of %d", first + 1, first + shown, tab->nrows);
	int fields = tab->ncols - 1, fit = h - 1 < fields ? h - 1 : fields;
	if (fit < fields && fit > 0)
		snprintf(rows, sizeof rows, "%srows %d-%d of %d (%s scroll)", *runs ? "  " : "", top + 1,
			 top + fit, fields, t->utf8 ? "\u2191/\u2193" : "Up/Down");
	if (!*runs && !*rows)
		return;
	attron(tui_attr(t, C_DIM));
	tui_putf(t->rows - 4, 1, t->cols - 2, "%s%s%s", top + fit < fields ? (t->utf8 ? "\u25bc " : "v ") : "",
		 runs, rows);
	attroff(tui_attr(t, C_DIM));
}

/* The line under the table as printed: which runs and which columns, when not all fit. */
static void runs_flat_more(const tui *t, const rr_table *tab, int skip, int fit, int left, int shown)
{
	char runs[96] = "", cols[96] = "";
	if (fit < tab->nrows)
		snprintf(runs, sizeof runs, "runs %d-%d of %d (%s scroll)", skip + 1, skip + fit,
			 tab->nrows, t->utf8 ? "\u2191/\u2193" : "Up/Down");
	if (shown < tab->ncols - 1)   /* column 1, the run's, always shows */
		snprintf(cols, sizeof cols, "%scolumns %d-%d of %d (%s scroll)", *runs ? "  " : "",
			 left + 1, left + shown, tab->ncols, t->utf8 ? "\u2190/\u2192" : "Left/Right");
	if (!*runs && !*cols)
		return;
	attron(tui_attr(t, C_DIM));
	tui_putf(t->rows - 4, 1, t->cols - 2, "%s%s%s", skip + fit < tab->nrows ? (t->utf8 ? "\u25bc " : "v ") : "",
		 runs, cols);
	attroff(tui_attr(t, C_DIM));
}

/* The text lines of `runs` above its table, on the rows up to y. */
static void runs_text(const tui *t, int y)
{
	for (int i = 0, yy = 3; i < t->runs_out.n && yy < y; i++)
		if (t->runs_out.b[i].text)
			tui_put_cut(yy++, 1, t->cols - 2, t->runs_out.b[i].text);
}

/* The table as printed, its run column frozen at the left and the current run's row
 * highlighted, as runs as columns highlight its column (t61 F1: scrolled sideways by
 * characters it lost the run column and cut figures with '…'). */
static void runs_draw_flat(const tui *t, const rr_table *tab, int cur)
{
	int y, h, skip = runs_flat_room(t, tab, &y, &h), shown;
	runs_text(t, y);
	int left = table_frozen_left(tab, t->cols - 2, t->runs_left, 0);
	int rows = table_draw_frozen(t, tab, y, 1, h, t->cols - 2, left, skip, cur, &shown);
	runs_flat_more(t, tab, skip, rows > 1 ? rows - 1 : 0, left, shown);
}

void runs_draw(tui *t)
{
	const rr_table *tab = runs_table(t);
	int cur = runs_current(tab);
	attron(A_BOLD);
	if (cur >= 0)
	{
		char title[160];
		snprintf(title, sizeof title, "training runs of this session; the current model, run %s, is highlighted",
			 table_get(tab, cur, 0));
		tui_put_cut(1, 1, t->cols - 2, title);
	}
	else
		tui_put(1, 1, t->cols - 2, "training runs of this session, side by side");
	attroff(A_BOLD);
	if (!t->runs_out.n) {
		attron(tui_attr(t, C_DIM));
		tui_put(3, 1, t->cols - 2, "no runs listed yet: train on screen 3, then r refreshes this table");
		attroff(tui_attr(t, C_DIM));
	} else if (!tab) {
		out_draw(t, &t->runs_out, 3, 1, t->rows - 6, t->cols - 2);
	} else if (t->runs_flat) {
		runs_draw_flat(t, tab, cur);
	} else {
		int y, h, top = runs_room(t, tab, &y, &h);
		runs_text(t, y);
		int first = table_transposed_first(tab, t->cols - 2, t->runs_first);
		int shown = table_draw_transposed(t, tab, y, 1, h, t->cols - 2, first, cur, top);
		runs_more(t, tab, first, shown, top, h);
	}
	keys_hint(t, t->rows - 2);
}

/* r: the same look the screen takes when runs changed, asked for by hand: not journaled,
 * since it changes nothing (t29 F11: a journal differed by how often r was pressed) */
static int u_refresh(tui *t, int key)
{
	(void)key;
	if (t->busy) {   /* fetched when the work ends (the main loop's browse_enter) */
		t->runs_stale = 1;
		tui_status(t, 0, "the runs are listed again when '%s' ends", t->busy_cmd);
		return 1;
	}
	if (tui_refresh(t, &t->runs_out, "runs") == 0) {
		t->runs_first = -1;
		t->runs_stale = 0;
		tui_status(t, 0, "the runs listed again");
	}
	return 1;
}

static int u_flat(tui *t, int key)
{
	(void)key;
	t->runs_flat = !t->runs_flat;
	return 1;
}

/* The table as printed: its columns sideways, half those shown at a time (as less -S moves
 * half a screen), the run's column staying. */
static int u_side(tui *t, int key)
{
	const rr_table *tab = runs_table(t);
	if (tab)
		t->runs_left = table_frozen_left(tab, t->cols - 2, t->runs_left,
						 key == TK(KEY_LEFT) || key == 'h' ? -1 : 1);
	return 1;
}

static int u_columns(tui *t, int key)
{
	const rr_table *tab = runs_table(t);
	int left = key == TK(KEY_LEFT) || key == 'h';
	int first = table_transposed_first(tab, t->cols - 2, t->runs_first);
	/* the latest runs that fit: → goes no further once the last run is on the screen (it
	 * went on until one run was left, t28 F9) */
	int last_first = table_transposed_first(tab, t->cols - 2, -1);
	if (left)
		t->runs_first = first > 0 ? first - 1 : 0;
	else if (first < last_first)
		t->runs_first = first + 1;
	return 1;
}

static int u_scroll(tui *t, int key)
{
	int d = key == TK(KEY_UP) || key == 'k' ? -1 : key == TK(KEY_DOWN) || key == 'j' ? 1
		: key == TK(KEY_PPAGE) ? -10 : 10;
	const rr_table *tab = runs_table(t);
	int y, h;
	if (!tab) {
		out_scroll(&t->runs_out, d, t->rows - 6);
		return 1;
	}
	if (t->runs_flat) {
		t->runs_skip = runs_flat_room(t, tab, &y, &h) + d;
		t->runs_skip = runs_flat_room(t, tab, &y, &h);   /* kept in range */
		return 1;
	}
	t->runs_top = runs_room(t, tab, &y, &h) + d;   /* kept in range by runs_room */
	t->runs_top = runs_room(t, tab, &y, &h);
	return 1;
}

const tui_key runs_keys[] = {
	{{'r'}, "r", NULL, "refresh", "list the runs again (a look: not journaled)", u_refresh, NULL,
	 KW_ALWAYS, 0},
	/* one pair of keys, two views: each says what it does in the view on screen (t61 F1) */
	{{TK(KEY_LEFT), 'h', TK(KEY_RIGHT), 'l'}, "\u2190/\u2192", "Left/Right", "earlier/later runs",
	 "show earlier or later runs", u_columns, NULL, KW_ALWAYS, 1u << RUNS_COLUMNS},
	{{TK(KEY_LEFT), 'h', TK(KEY_RIGHT), 'l'}, "\u2190/\u2192", "Left/Right", "scroll sideways",
	 "scroll the columns sideways, the run's column staying at the left", u_side, NULL,
	 KW_ALWAYS, 1u << RUNS_TABLE},
	{{'t'}, "t", NULL, "table as printed / runs as columns", "the table as printed, or runs as columns",
	 u_flat, NULL, KW_ALWAYS, 0},
	{{TK(KEY_UP), 'k', TK(KEY_DOWN), 'j', TK(KEY_PPAGE), TK(KEY_NPAGE)}, "\u2191/\u2193", "Up/Down",
	 NULL, "scroll the table's rows (a short terminal shows some of them)", u_scroll, NULL,
	 KW_ALWAYS, 0},
	{{0}, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0},
};

void browse_enter(tui *t, enum tui_screen s)
{
	if (s == SCR_RUNS && t->runs_stale && !t->busy) {
		if (tui_refresh(t, &t->runs_out, "runs") == 0)
			t->runs_first = -1;
		t->runs_stale = 0; /* after: running `runs` marks it stale too */
	}
}
