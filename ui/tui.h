/* tui.h — the ncurses workbench's shared state (DESIGN §8). Private to ui/tui*.c.
 *
 * Layout of the code (ncdu's X_draw / X_key per screen, htop's one state struct):
 *   tui.c         main loop, terminal setup and restore, the capturing sink, tui_exec,
 *                 global keys, tab bar, status line, help overlay, output popup
 *   tui_edit.c    the `:` command line and `/` search editor: history and completion
 *   tui_draw.c    UTF-8 drawing, colours, tables, output panes, the braille canvas
 *   tui_data.c    screens 1 Data and 2 Labels
 *   tui_train.c   screen 3 Train and the training progress it draws
 *   tui_browse.c  screens 4 Recommend, 5 Together, 6 Runs
 *
 * The one rule: a key never changes the session itself. It builds a command line and runs
 * it through tui_exec → cmd_exec, so every action is journaled and replays headless. Drawing
 * only reads the session (app->ds, app->labels, app->set ...). */
#ifndef RELREC_TUI_H
#define RELREC_TUI_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1   /* the wide-character API (add_wch, get_wch) */
#endif
#include <curses.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "app.h"
#include "labels.h"
#include "sink.h"

#define TUI_MIN_COLS 80
#define TUI_MIN_ROWS 24

/* Keys as one int: a Unicode code point, or TK_FN + an ncurses KEY_* code. */
#define TK_FN 0x1000000
#define TK(k) (TK_FN + (k))
#define TK_CTRL(c) ((c) & 0x1f)
#define TK_ESC 27

enum tui_screen { SCR_DATA = 0, SCR_LABELS, SCR_TRAIN, SCR_REC, SCR_TOG, SCR_RUNS, SCR_N };

/* Colour pairs (all 0 under NO_COLOR or a monochrome terminal; see tui_attr). */
enum tui_color {
	C_NONE = 0,
	C_BAR,        /* tab bar and box titles */
	C_TAB,        /* the current tab */
	C_ERR,        /* errors in the status line */
	C_OK,         /* messages */
	C_DIM,        /* hints, axes */
	C_TRAIN,      /* training-loss series */
	C_VAL,        /* validation-loss series */
	C_SEL,        /* the selected row / edge */
	C_CLASS0,     /* classes get C_CLASS0 + c % 6 */
	C_HEAT0 = C_CLASS0 + 6,  /* diagonal heat levels 1..4 → C_HEAT0 + 0..3 */
	C_MISS0 = C_HEAT0 + 4,   /* off-diagonal heat levels 1..4 → C_MISS0 + 0..3 */
	C_N = C_MISS0 + 4
};

/* Captured output of a command: text lines and tables, in order. Owns everything. */
typedef struct tui_block {
	char *text;        /* one line of text, or NULL for a table */
	rr_table *tab;     /* a copy of the table, or NULL */
	int timing;        /* 1 = a line that only reports times or rates (sink_timing) */
} tui_block;

typedef struct tui_out {
	int n, cap;        /* blocks held, allocated */
	tui_block *b;      /* [n] */
	int scroll;        /* first rendered line shown */
	char title[160];   /* the command that produced it */
	const char *hide;  /* table columns whose header starts with this are not drawn, or NULL */
} tui_out;

/* A one-line editor (`:` commands and `/` searches). Wide characters so the cursor moves
 * over '£' as one character. */
#define TUI_EDIT_MAX 480
enum tui_edit_kind { ED_NONE = 0, ED_CMD, ED_SEARCH };
typedef struct tui_edit {
	enum tui_edit_kind kind;   /* ED_NONE = not editing */
	wchar_t buf[TUI_EDIT_MAX]; /* the text, not NUL-terminated */
	int len, cur;              /* length and cursor, in characters */
	int hpos;                  /* position in the history while browsing it (nhist = new) */
	wchar_t saved[TUI_EDIT_MAX]; /* the line being typed before browsing history */
	int saved_len;
} tui_edit;

#define TUI_HIST 200
#define TUI_MAX_CLS RR_MAX_CLASSES

/* What training reported, kept after it ends so the last run stays on screen. */
typedef struct tui_train {
	int active;                /* a training run is in progress */
	int epoch, epochs;         /* current (1-based) and planned epochs */
	int batch_epoch;           /* epoch of the last batch event */
	double done, total;        /* batches of the current epoch */
	double seconds;            /* since training began */
	double sps;                /* samples per second */
	double loss_now;           /* running training loss */
	int n_tr, cap_tr;          /* training-loss points */
	float *tr_x, *tr_y;        /* [n_tr] x = fractional epoch, y = loss */
	int n_va, cap_va;          /* validation-loss points */
	float *va_x, *va_y;        /* [n_va] x = epoch, y = loss */
	int ncls;                  /* classes of the confusion matrix (0 = none yet) */
	char names[TUI_MAX_CLS][16];            /* their names */
	int64_t conf[TUI_MAX_CLS * TUI_MAX_CLS]; /* validation confusion, rows = truth */
	double prec[TUI_MAX_CLS], rec[TUI_MAX_CLS], f1[TUI_MAX_CLS];
	int has_prf;               /* precision/recall/F1 present */
	double val_f1;             /* validation macro-F1 of the last epoch */
	int conf_epoch;            /* epoch of that matrix */
	int stopped;               /* the user stopped the run */
	int events;                /* progress events received (tests and figures) */
	int draws;                 /* redraws while training */
} tui_train;

/* A filterable list of indices (customers or items). */
typedef struct tui_list {
	uint32_t *all;             /* [n_all] every entry, display order */
	uint32_t n_all;
	uint32_t *shown;           /* [n_shown] entries matching the filter */
	uint32_t n_shown;
	int sel, top;              /* selected index into shown, first row drawn */
	char filter[TUI_EDIT_MAX * 4]; /* UTF-8 filter text ("" = everything) */
	uint64_t ds_gen;           /* generation of the dataset `all` was built from (0 = none) */
} tui_list;

typedef struct tui {
	rr_app *app;
	int rows, cols;            /* terminal size */
	int color;                 /* colours in use (not NO_COLOR, terminal has them) */
	int color256;              /* 256 colours: finer heat grades */
	int utf8;                  /* the locale is UTF-8: block and braille glyphs */
	enum tui_screen screen;
	int busy;                  /* inside cmd_exec: no new commands, keys limited */
	char busy_cmd[64];         /* the command running */
	int stop_req;              /* the user asked the running work to stop */
	double last_draw;          /* rr_now() of the last redraw while busy */

	char status[512];          /* status line text */
	int status_err;            /* 1 = the status is an error */
	int quit_ask;              /* waiting for y/n after q */

	tui_out *capture;          /* where the sink's text and tables go now (NULL = status) */
	tui_out scratch;           /* output of commands without a screen of their own */
	tui_out popup;             /* the output overlay (multi-line results of `:` commands) */
	int popup_on;
	int help_on, help_scroll;  /* the help overlay */

	tui_edit ed;               /* the line editor */
	char *hist[TUI_HIST];      /* command history, oldest first (owned) */
	int nhist;
	char comp_msg[256];        /* completion candidates shown while editing */

	/* progress of load / evaluate and other long work shown in the status line */
	char prog_what[96];
	double prog_done, prog_total;

	/* Data and Labels */
	uint64_t data_gen;         /* generation of the dataset the caches below were built from */
	size_t *hist_counts;       /* order-count histogram [hist_max+1] (owned) */
	uint32_t hist_max;
	int sel_edge;              /* selected edge on Labels */

	/* Train */
	tui_train tr;
	int tr_sel;                /* selected hyperparameter row */
	tui_out train_out;         /* output of train */

	/* Recommend */
	tui_list users;
	int rec_owned;             /* recommend with --owned */
	int rec_probs;             /* class probability columns: -1 = when wide enough, 0 off, 1 on */
	int rec_k;                 /* K of recommend */
	int rec_focus;             /* 0 = list, 1 = recommendations pane scrolls */
	uint32_t rec_user;         /* customer shown, or RR_NONE */
	tui_out rec_out;

	/* Together */
	tui_list items;
	uint32_t tog_item;         /* item shown, or RR_NONE */
	tui_out tog_out;

	/* Runs */
	tui_out runs_out;
	int runs_stale;            /* a train ran since the runs table was fetched */
	int runs_flat;             /* 1 = the table as printed; 0 = runs as columns */
	int runs_first;            /* first run column shown, -1 = as many of the latest as fit */

	tui_out help;              /* the help overlay's text, built from rr_cmds when opened */
	int cur_y, cur_x;          /* where the editor wants the cursor (-1 = hidden) */
} tui;

/* ---- tui.c ---- */
/* Run a command line through the dispatcher. Output goes to dest (cleared first) or, when
 * dest is NULL, to the scratch buffer whose first line becomes the status message. Errors
 * go to the status line. Refused while another command runs. Returns cmd_exec's result. */
int tui_exec(tui *t, tui_out *dest, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
void tui_status(tui *t, int err, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
void tui_draw(tui *t);
/* Poll keys while a command runs (from the progress callback). */
void tui_poll(tui *t);
void tui_popup_show(tui *t, const tui_out *src);

/* ---- tui_draw.c ---- */
int tui_attr(const tui *t, enum tui_color c);      /* COLOR_PAIR or a monochrome stand-in */
void tui_colors_init(tui *t);
/* Draw UTF-8 text at (y, x) clipped to w display columns; returns columns used. Invalid
 * bytes show as '?'. */
int tui_put(int y, int x, int w, const char *s);
int tui_putf(int y, int x, int w, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;
/* Right-align s ending at column x+w. */
int tui_put_right(int y, int x, int w, const char *s);
int tui_width(const char *s);                      /* display columns of UTF-8 text */
/* n with thousands separators ("541,909") into buf; returns buf. */
char *tui_num(double n, char *buf, size_t size);
void tui_hline(const tui *t, int y, int x, int w);
void tui_box(const tui *t, int y, int x, int h, int w, const char *title);
void tui_fill(int y, int x, int h, int w);
/* A progress bar of w columns filled to frac (0..1), eighth-block resolution. */
void tui_bar(const tui *t, int y, int x, int w, double frac);
/* Glyph for a vertical bar part: eighths 1..8 (8 = full block). */
const char *tui_vglyph(const tui *t, int eighths);

/* Captured output */
void out_clear(tui_out *o);
void out_free(tui_out *o);
void out_text(tui_out *o, const char *s);          /* splits at '\n' */
void out_timing(tui_out *o, const char *s);        /* the same, marked as timing lines */
void out_table(tui_out *o, const rr_table *tab);   /* deep copy */
int out_copy(tui_out *dst, const tui_out *src);
const char *out_first_line(const tui_out *o);      /* "" if none */
const char *out_last_line(const tui_out *o);       /* timing lines skipped */
int out_lines(const tui_out *o);                   /* rendered height */
/* Render into the rectangle, starting at o->scroll (clamped). Tables get column widths that
 * fit w: the widest left-aligned columns (descriptions, reasons) are cut with '…'. */
void out_draw(const tui *t, tui_out *o, int y, int x, int h, int w);
/* Draw one table at (y, x) in w columns, rows [skip, skip+h); returns rows drawn. */
/* Columns whose header starts with hide (if not NULL) are left out. */
int table_draw(const tui *t, const rr_table *tab, int y, int x, int h, int w, int skip,
	       const char *hide);
/* Draw a table transposed: its columns become rows, named on the left, and its rows become
 * columns, from row *first (-1 = as many of the last rows as fit; set to the one used).
 * Returns the number of table rows shown. */
int table_draw_transposed(const tui *t, const rr_table *tab, int y, int x, int h, int w, int *first);

/* A braille canvas: (2·w) × (4·h) dots, each cell with the colour of its last series. */
typedef struct tui_canvas {
	int w, h;                  /* cells */
	unsigned char *dots;       /* [w*h] braille dot bits */
	unsigned char *col;        /* [w*h] colour of the cell */
} tui_canvas;
int canvas_init(tui_canvas *c, int w, int h);
void canvas_free(tui_canvas *c);
/* A polyline through points (x[i], y[i]) mapped from [x0,x1]×[y0,y1]. */
void canvas_line(tui_canvas *c, const float *x, const float *y, int n, double x0, double x1,
		 double y0, double y1, unsigned char color);
void canvas_draw(const tui *t, const tui_canvas *c, int y, int x);

/* ---- tui_edit.c ---- */
void edit_open(tui *t, enum tui_edit_kind kind, const char *initial);
/* Handle a key while editing. Returns 1 when the edit ended (Enter or Esc). *accepted is 1
 * for Enter; the UTF-8 text goes to out. */
int edit_key(tui *t, int key, int *accepted, char *out, size_t outsz);
void edit_draw(tui *t, int y, int x, int w, const char *prompt);
void edit_text(const tui *t, char *out, size_t outsz);   /* the current text as UTF-8 */
void hist_add(tui *t, const char *line);
void hist_free(tui *t);

/* ---- tui_data.c ---- */
void data_draw(tui *t);
void labels_draw(tui *t);
int labels_key(tui *t, int key);
void data_refresh(tui *t);    /* recompute the histogram after a command changed data */

/* ---- tui_train.c ---- */
void train_draw(tui *t);
int train_key(tui *t, int key);
void train_progress(tui *t, const rr_progress *p);
void train_reset(tui *t);
void train_free(tui *t);

/* ---- tui_browse.c ---- */
void rec_draw(tui *t);
int rec_key(tui *t, int key);
void tog_draw(tui *t);
int tog_key(tui *t, int key);
void runs_draw(tui *t);
int runs_key(tui *t, int key);
void browse_enter(tui *t, enum tui_screen s);   /* the screen became current */
void browse_free(tui *t);
/* The search editor changed the filter text of the current screen's list. */
void browse_filter(tui *t, const char *utf8);

#endif
