/* tui.h — the ncurses workbench's shared state (DESIGN §8). Private to ui/tui*.c.
 *
 * Layout of the code (ncdu's X_draw / X_key per screen, htop's one state struct):
 *   tui.c         main loop, terminal setup, restore and suspend, the capturing sink,
 *                 tui_exec and the queue of lines typed while a command runs, tab bar,
 *                 status line, the overlays
 *   tui_keys.c    the key tables: dispatch, the help overlay and every hint line are read
 *                 off them; the global and overlay keys; a paste, read as text
 *   tui_edit.c    the `:` command line and `/` search editor: history and completion
 *   tui_draw.c    UTF-8 drawing, colours, tables, output panes, the braille canvas
 *   tui_data.c    screens 1 Data and 2 Labels
 *   tui_train.c   screen 3 Train and the training progress it draws
 *   tui_browse.c  screens 4 Recommend and 5 Together: the lists, the history, their keys
 *   tui_runs.c    screen 6 Runs
 *
 * The one rule: a key never changes the session itself. It builds a command line and runs
 * it through tui_exec → cmd_exec, so every action is journaled and replays headless. Drawing
 * only reads: the session (app->ds, app->labels, app->set ...) and this state alike; keys and
 * commands change the state, drawing shows it (its one output besides the screen is where it
 * left the cursor, cur_y/cur_x).
 *
 * Keys: each screen has a table of tui_key entries (its file), and tui_keys.c has the global
 * and overlay tables. An entry names its keys, their label, a hint, a help line, and either a
 * handler or the command line it runs; tui_keypress() dispatches through them, and the help
 * overlay and each screen's hint line are drawn from them, so the three cannot disagree. */
#ifndef RELREC_TUI_H
#define RELREC_TUI_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1   /* the wide-character API (add_wch, get_wch) */
#endif
#include <curses.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "app.h"
#include "labels.h"
#include "listfind.h"
#include "sink.h"

#define TUI_MIN_COLS 80
#define TUI_MIN_ROWS 24

/* Keys as one int: a Unicode code point, or TK_FN + an ncurses KEY_* code. */
#define TK_FN 0x1000000
#define TK(k) (TK_FN + (k))
#define TK_CTRL(c) ((c) & 0x1f)
#define TK_ESC 27
/* A bracketed paste's marks (the terminal's ESC[200~ and ESC[201~, see tui.c): between them
 * the keys are pasted text. Above every Unicode code point and every TK() code. */
#define TK_PASTE_BEGIN (TK_FN + 0x800000)
#define TK_PASTE_END (TK_FN + 0x800001)

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
	int prose;         /* 1 = text wrapped to the pane's width (out_copy_wrapped): drawn from
	                      its first column however far the tables scroll sideways (t78 F12:
	                      scrolled, its rows fell apart into tails and blanks) */
} tui_block;

typedef struct tui_out {
	int n, cap;        /* blocks held, allocated */
	tui_block *b;      /* [n] */
	int scroll;        /* first rendered line shown */
	int hscroll;       /* first column shown (the overlays scroll sideways; panes keep 0) */
	char title[160];   /* the command that produced it */
	const char *hide;  /* table columns whose header starts with this are not drawn, or NULL */
	int sel;           /* 1 + the selected body row of its first table, drawn reversed; 0 none */
	int sticky;        /* 1 = a table's header row stays in view while its rows scroll (a
	                      view's choice: out_copy leaves it) */
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
	int overflow;              /* text did not fit (typed or pasted past TUI_EDIT_MAX): the
	                              line is refused, never run cut (t13: a pasted exclude list
	                              cut at 480 characters excluded another item, '1000') */
	int cut_at;                /* with overflow: where in buf the text that did not fit was
	                              dropped; deleting there clears overflow (t43 #9) */
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
	int run;                   /* the session's run number the training became (0: not yet,
	                              or none was added) */
	int cur_then;              /* the session's current run when it became run `run`: another
	                              one since (runs use, open) and the screen shows that one */
	int chosen;                /* runs use (or undo, open) chose the current run after this
				      training, even the run current then: the screen shows it */
	int test_matrix;           /* the matrix is a run's test split, from the run table (a view
	                              of a run other than the last training: tui_train.c) */
	int events;                /* progress events received (tests and figures) */
	int draws;                 /* redraws while training */
} tui_train;

/* ---- key tables (tui_keys.c) ---- */

/* When an entry applies. Commands that keys run while another command works are queued. */
enum {
	KW_IDLE = 1,   /* no command is running */
	KW_BUSY = 2,   /* a command is running: harmless keys, and the stop key */
	KW_ALWAYS = KW_IDLE | KW_BUSY,
	KW_OVER = 4,   /* also over the help and the output pop-up (global keys only) */
	KW_SMALL = 8,  /* also on a terminal too small for the screens (global keys only) */
	KW_EDIT = 16,  /* also while the `:` line or a `/` search is open (global keys only) */
	KW_LOADING = 32 /* a list screen's key that acts while its data loads (the search); its
			   other keys wait for the data (keys_hold) */
};

struct tui;
typedef struct tui_key {
	int keys[8];                       /* the key codes, 0-terminated; the printable ones the
					      label does not name follow it in the help, in pairs
					      for a pair ("←/→ h/l": list h before l) */
	const char *label;                 /* how help and hints name them ("←/→") */
	const char *ascii;                 /* the same without UTF-8 ("Left/Right"), or NULL */
	const char *hint;                  /* the hint line's words, or NULL: help only */
	const char *help;                  /* the help overlay's line, or NULL: the help line of
					      the command cmd names (its one place) */
	int (*fn)(struct tui *t, int key); /* the action (0 = not for this key now: look on);
					      NULL: run cmd as if typed after ':' */
	const char *cmd;                   /* the command line (a pattern when fn builds it) */
	unsigned when;                     /* KW_* */
	unsigned focus;                    /* 0 = any; else bits 1 << focus (Recommend's panes) */
} tui_key;

/* A filterable list of indices (customers or items). */
typedef struct tui_list {
	uint32_t *all;             /* [n_all] every entry, display order */
	uint32_t n_all;
	uint32_t *shown;           /* [n_shown] entries matching the filter */
	uint32_t n_shown;
	int sel, top;              /* selected index into shown, first row drawn (keys keep the
				      selection inside the page) */
	char filter[TUI_EDIT_MAX * 4]; /* UTF-8 filter text ("" = everything) */
	int filter_put;            /* the filter is a command's (its id, to show the entry it
				      named), not typed: `/` starts a new search (t28 F10) */
	uint64_t ds_gen;           /* generation of the dataset `all` was built from (0 = none) */
	lf_index find;             /* the entries' texts lowered, for the search (built at the
				      first one, freed with all) */
} tui_list;

typedef struct tui {
	rr_app *app;
	int rows, cols;            /* terminal size */
	int color;                 /* colours in use (not NO_COLOR, terminal has them) */
	int color256;              /* 256 colours: finer heat grades */
	int utf8;                  /* the locale is UTF-8: block and braille glyphs */
	enum tui_screen screen;
	int busy;                  /* inside cmd_exec: commands wait in the queue, keys limited */
	char busy_cmd[64];         /* the command running */
	int stop_req;              /* the user asked the running work to stop */
	double last_draw;          /* rr_now() of the last redraw while busy */

	char status[512];          /* status line text */
	const char *status_keys;   /* key hints said after it where they fit whole, else left out
				      (the tab bar has "? help": t78 F14, cut to "?…" at 80 columns);
				      NULL: none. Every new message drops them */
	int status_err;            /* 1 = the status is an error */
	int status_of;             /* 1 + the screen whose list the message is about (a recommend's
				      or together's), 0 = any: another screen does not show it
				      (t66 F10: Together's advice stayed on Runs and Data) */
	double status_at;          /* rr_now() when a message was set (0 = "running: ..."): while
				      busy, a fresh one shows instead of the progress */
	const struct tui_key *over_lost; /* the screen's key refused over the pop-up or help,
				      said again when it closes (t75 F11), or NULL */
	int over_lost_key;         /* the key typed for it */
	int status_waits;          /* the status is queue_push's "queued: LINE (runs when 'CMD'
				      ends)": stale once CMD has ended (t75 F10), so not shown then */
	int quit_ask;              /* waiting for y/n: runs of the session are not saved */
	char ask_cmd[8];           /* what y runs then: "quit" or "reset" */

	/* lines typed (or keyed) while a command ran: they run in order when it ends */
#define TUI_QUEUE 64
	char *queue[TUI_QUEUE];    /* owned */
	int nqueue;
	tui_out qerr;              /* errors of queued lines, shown when the queue is done */
	int pasting;               /* between a paste's marks: keys are text (tui_keys.c) */
	double paste_at;           /* rr_now() of the paste's last key: a lost end mark expires */
	int paste_lines;           /* lines the paste has queued */
	int paste_lost;            /* pasted characters dropped: no line was open for them */
	int paste_cut;             /* the line of the paste that did not fit (its number from 1):
	                              neither it nor the lines after it run */
	tui_out notes;             /* what the end of the work would hide from the status line:
				      keys refused and runs stopped meanwhile (after_work) */
	int qran;                  /* queued lines run since the queue was last empty */
	/* keys typed ahead of the state they were typed for, in order: for a list whose data a
	 * command still loads (t58 F3: Enter was dropped), and every key typed after one held.
	 * They are pressed again, as typed, once the data is there and no command's pop-up is
	 * open (the keys typed while a command ran are read before its pop-up opens: tui.c). */
#define TUI_HELD 1024
	int held[TUI_HELD];
	int nheld;
	int held_lost;             /* keys dropped: more than TUI_HELD were waiting */
	int replaying;             /* the key being pressed again is a held one: not held anew */
	int popup_cmd;             /* the pop-up is a command's output, opened when it ended (not
				      a key's window): keys held before it opened are not its */

	tui_out *capture;          /* where the sink's text and tables go now (NULL = status) */
	tui_out scratch;           /* output of commands without a screen of their own */
	tui_out popup;             /* the output overlay (multi-line results of `:` commands) */
	tui_out popup_src;         /* its text as written, wrapped again when the window resizes */
	int popup_on;
	int help_on;               /* the help overlay (its text and scroll: help) */

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
	int runs_seen;             /* runs in the session's table when a command last ended */
	int cur_seen;              /* the session's current run when a command last ended */
	unsigned resets_seen;      /* the session's resets (app->resets) when a command last ended */

	/* Recommend */
	tui_list users;
	int rec_owned;             /* recommend with --owned */
	int rec_probs;             /* class probability columns: -1 = when wide enough, 0 off, 1 on */
	int rec_k;                 /* K of recommend */
	int rec_focus;             /* the pane keys act on: REC_LIST, REC_HIST or REC_RESULTS */
	uint32_t rec_user;         /* customer shown, or RR_NONE */
	tui_out rec_out;
	uint64_t rec_rules_gen;    /* the business rules' generation rec_out was listed under: a
				      change lists it again (browse_rules_follow; t37 #2: an excluded
				      item stayed offered) */
	int hist_sort;             /* the history's order: HIST_ORDERS, HIST_LAST, HIST_SPEND */
	int hist_scroll;           /* first history row shown */

	/* Together */
	tui_list items;
	uint32_t tog_item;         /* item shown, or RR_NONE */
	uint32_t tog_user;         /* customer of the rules shown (together --user), or RR_NONE */
	tui_out tog_out;
	uint64_t tog_rules_gen;    /* the same for tog_out */
	int tog_k;                 /* K of together */
	int tog_conf;              /* 1 = --by confidence, 0 = by lift */
	int tog_min;               /* --min-count */
	char tog_min_conf[64];     /* --min-confidence and --min-lift as typed ("" = none): the */
	char tog_min_lift[64];     /* keys keep them */

	/* Runs */
	tui_out runs_out;
	int runs_stale;            /* a train ran since the runs table was fetched */
	int runs_flat;             /* 1 = the table as printed; 0 = runs as columns */
	int runs_first;            /* first run column shown, -1 = as many of the latest as fit */
	int runs_left;             /* the table as printed: the first column shown after the run's,
				      which stays at the left (table_frozen_left keeps it in range) */
	int runs_skip;             /* the table as printed: the first run's row shown */
	int runs_top;              /* runs as columns: the first of the rows under the header shown
				      (a short terminal scrolls them: t58 F11, epochs and seconds
				      fell off the bottom unsaid) */

	tui_out help;              /* the help overlay's text, built from rr_cmds when opened */
	int cur_y, cur_x;          /* where the editor wants the cursor (-1 = hidden) */
	const char *looked;        /* without data: where main looked for it (borrowed) */
} tui;

/* Recommend's panes (rec_focus) and the history's orders (hist_sort). */
enum { REC_LIST = 0, REC_HIST, REC_RESULTS };
/* Their names, by REC_* (the help says where a key acts: tui_keys.c), NULL-terminated. */
extern const char *const rec_pane_names[];
/* The Runs screen's views, the focus of its keys (runs_view), and their names for the help;
 * RUNS_TEXT: no table (no runs yet), nothing for ←/→ to move. */
enum { RUNS_COLUMNS = 0, RUNS_TABLE, RUNS_TEXT };
extern const char *const runs_view_names[];
enum { HIST_ORDERS = 0, HIST_LAST, HIST_SPEND, HIST_N };

/* ---- tui.c ---- */
/* Run a command line through the dispatcher. Output goes to dest (cleared first) or, when
 * dest is NULL, to the scratch buffer whose first result line (out_first_line) becomes the
 * status message. Errors
 * go to the status line. While another command runs, the line is queued instead (and runs,
 * as if typed after ':', when that one ends): returns 1 then; else cmd_exec's 0 or -1. */
int tui_exec(tui *t, tui_out *dest, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
/* fmt's line with ap's arguments, allocated to its length (the caller frees it), or NULL
 * with "out of memory" on the status line: tui_exec's, and a screen's command lines. */
char *tui_vline(tui *t, const char *fmt, va_list ap);
/* A screen fetching what it shows (the Runs screen's `runs`): line runs into dest as
 * tui_exec's would, but is not journaled (the user did not type it) and leaves the status
 * line as it was (the message of the command that made the screen stale). While a command
 * runs it does nothing and returns 1. */
int tui_refresh(tui *t, tui_out *dest, const char *line);
/* Run a line as typed after ':' (typed = 1 keeps it in the history): its output goes where
 * the command belongs (recommend to screen 4, ...; one line to the status line, more to the
 * pop-up); quit asks first when runs are not saved. Queued while a command runs. Returns
 * 0, -1 when it failed, 1 when it waits (queued, or quit's question). */
int tui_line(tui *t, const char *line, int typed);
/* A line pasted after ':': kept in the history and queued (blank lines are not), to run as if
 * typed once nothing runs and the paste it came in has ended. */
void tui_line_queue(tui *t, const char *line);
void tui_status(tui *t, int err, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

/* What a screen without data says: that the first load is still running, that the data
 * changed under a running script, that filters keep no row, or how to load. */
const char *tui_no_data(const tui *t);
/* Were the screens' caches (lists, histogram) built from another dataset than app->ds? Then
 * nothing may read them against it: a `source`d script's reset or load replaced it, and the
 * caches are rebuilt when its command ends (after_command). */
int tui_caches_stale(const tui *t);
/* An error for the status line; while a command runs it is also kept, and shown once the
 * work is done (the command's own message would replace it). */
void tui_note(tui *t, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void tui_draw(tui *t);
/* Text rows and columns of the help and output overlays: a page for scrolling them. */
int tui_overlay_rows(const tui *t);
int tui_overlay_cols(const tui *t);
/* Poll keys while a command runs (from the progress callback). */
void tui_poll(tui *t);
void tui_set_screen(tui *t, enum tui_screen s);
void tui_resize(tui *t);
/* Show src in the output pop-up, wrapped to its width, from the top (the v key's window). */
void tui_popup_show(tui *t, const tui_out *src);
/* Wrap the pop-up's text again to the window's width (after a resize), as far into it as it
 * was scrolled. */
void tui_popup_rewrap(tui *t);
/* How far o is scrolled, as a share of its lines; tui_out_replace scrolls it there again once
 * its text is wrapped to another width. */
double tui_out_place(const tui_out *o);
void tui_out_replace(tui_out *o, double at);
/* :quit (and q, Ctrl-C, through it): quit, or ask y/n first when runs of the session are
 * not saved. */
void tui_quit_request(tui *t);
/* Ctrl-Z: give the terminal back, stop (SIGTSTP), and repaint when continued. 1 when it was
 * stopped and continued, 0 when the stop was dropped (no job control: nothing to fg it). */
int tui_suspend(tui *t);

/* 1 when the status line cuts its message at this size (it then ends in "…" and says that v
 * shows it all; an error or a question is cut only past two rows), the whole message into
 * msg; else 0. */
int tui_status_cut(const tui *t, char *msg, size_t size);

/* ---- tui_keys.c ---- */
/* One key from the user, idle or busy: the modes first (size message, y/n, editor,
 * overlays), then the screen's table, then the global one. */
void tui_keypress(tui *t, int key);
/* Does key stop the running command (Ctrl-C, the stop key)? */
int key_stops(const tui *t, int key);
/* The held keys, pressed again in order while nothing holds them back: no command runs, the
 * lists have their data, no command's pop-up is open and no line waits in the queue. */
void keys_replay(tui *t);
/* The current screen's hint line (its table and the global one, for the state and focus),
 * on row y. */
void keys_hint(const tui *t, int y);
/* The overlays' hint line in w columns at (y, x). */
void keys_overlay_hint(const tui *t, int y, int x, int w);
/* The help overlay's text, from the key tables, the command table and the settings. */
void keys_help_build(tui *t);
extern const tui_key labels_keys[], train_keys[], rec_keys[], tog_keys[], runs_keys[];

/* ---- tui_draw.c ---- */
int tui_attr(const tui *t, enum tui_color c);      /* COLOR_PAIR or a monochrome stand-in */
/* A pane's title line: the focused pane's in the tab bar's colours (reversed without colour),
 * so where the keys act shows on the pane itself, also when it is empty; the others bold. */
int tui_title_attr(const tui *t, int focused);
void tui_colors_init(tui *t);
/* Draw UTF-8 text at (y, x) clipped to w display columns; returns columns used. Invalid
 * bytes show as '?'. */
int tui_put(int y, int x, int w, const char *s);
/* As tui_put, but text wider than w ends in an ellipsis, so a cut is seen. */
int tui_put_cut(int y, int x, int w, const char *s);
int tui_putf(int y, int x, int w, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;
/* s over at most h rows of w columns from (y, x), broken at blanks; returns rows used. */
int tui_put_wrapped(int y, int x, int w, int h, const char *s);
/* As tui_put_wrapped, but text that does not fit the h rows ends at a word with "…" (a
 * word cut in the middle reads as another word). Returns rows used. */
int tui_put_words(int y, int x, int w, int h, const char *s);
/* tui_put_words on one row: s, or as much of it as fits ending with "…" at a word when that
 * keeps two thirds of the row, else at a character (a long path), never part of one. Returns
 * the columns drawn. */
int tui_put_words_line(int y, int x, int w, const char *s);
/* The rows tui_put_words needs to show s whole in w columns (0 for ""). */
int tui_words_rows(const char *s, int w);
/* Right-align s ending at column x+w. */
int tui_put_right(int y, int x, int w, const char *s);
int tui_width(const char *s);                      /* display columns of UTF-8 text */
/* n with thousands separators ("541,909") into buf; returns buf. */
char *tui_num(double n, char *buf, size_t size);
void tui_hline(const tui *t, int y, int x, int w);
/* The glyph of a frame's line acs (ACS_HLINE, ACS_VLINE, a corner or tee): acs in a UTF-8
 * locale, else ASCII '-', '|' or '+'. */
chtype tui_frame(const tui *t, chtype acs);
/* How many characters the drawing showed as '?' since the last call (the locale cannot show
 * them and they have no ASCII stand-in: a name's letters), and starts the count again. */
int tui_unshown(void);
/* When tui_unshown counts any since the last call: on row y, columns [x, x + w) (a frame's
 * line, right-aligned), that '?' stands for what the locale cannot show and a UTF-8 locale
 * shows it. */
void tui_unshown_note(const tui *t, int y, int x, int w);
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
/* The same with text lines past w cells broken at blanks (a pop-up shows a warning whole),
 * marked prose: only the tables scroll sideways; w <= 0: as they are (out_copy). */
int out_copy_wrapped(tui_out *dst, const tui_out *src, int w);
const char *out_first_line(const tui_out *o);      /* timing lines skipped; "" if none */
const char *out_last_line(const tui_out *o);       /* timing lines skipped */
/* 1 when line s is an aside: a note or a warning said beside the result ("note: ...",
 * "warning: ...", whatever its indent). */
int out_aside(const char *s);
/* The line that says what the command did: the last one that is not an aside, as a run's
 * "run 1: 6 epochs (stopped), ..." before its notes (t52 F5: a stop was reported by its
 * note); when every line is one, the last table's title (t61 F3: together's header, not the
 * case-fold note before it), else out_last_line ("" when there is no line). */
const char *out_result_line(const tui_out *o);
int out_lines(const tui_out *o);                   /* rendered height */
/* Scroll by delta lines in a pane h rows high: never past the start, nor past the point
 * where the last page shows. */
void out_scroll(tui_out *o, int delta, int h);
/* What a page key scrolls in a pane h rows high: the text rows it shows (a "more lines"
 * mark takes one) less one, so the last line read stays in view. */
int out_page(const tui_out *o, int h);
/* The display width of o's widest line, a table's at its columns' natural widths. */
int out_width(const tui_out *o);
/* Scroll sideways by delta columns in a pane w wide: never past 0, nor past the point where
 * the widest line ends at the right edge. */
void out_hscroll(tui_out *o, int delta, int w);
/* Render into the rectangle from o->scroll (as out_scroll bounds it). Tables get column
 * widths that fit w: the widest left-aligned columns (descriptions, reasons) are cut with '…';
 * scrolled sideways (o->hscroll > 0), every line is drawn whole from that column on, so the
 * text a cut hid can be read. */
void out_draw(const tui *t, const tui_out *o, int y, int x, int h, int w);
/* Draw one table at (y, x) in w columns, rows [skip, skip+h); returns rows drawn. */
/* Columns whose header starts with hide (if not NULL) are left out; body row sel (-1: none)
 * is drawn reversed. */
int table_draw(const tui *t, const rr_table *tab, int y, int x, int h, int w, int skip,
	       const char *hide, int sel);
/* Body row r of tab as text of dst, each cell whole after its header, for a window that wraps
 * it (the v key: what a pane cut with '…'): a column a line ("  reason  you bought ..."), or
 * with one_line all in one ("rank 1, if 22865, then 22866, ..."). */
void out_fields(tui_out *dst, const rr_table *tab, int r, int one_line);
/* The line of o's output where body row r of its first table is, or -1 without a table. */
int out_table_line(const tui_out *o, int r);
/* A table transposed: its columns become rows, named on the left, and its rows become
 * columns. table_transposed_first: the first row shown in w columns when asked for first
 * (-1 = as many of the last rows as fit). The draw shows rows from there, row mark (or none:
 * -1) highlighted, and of the columns the first (the header, always) then those from 1 + top
 * that fit the h rows; returns how many rows. */
int table_transposed_first(const rr_table *tab, int w, int first);
int table_draw_transposed(const tui *t, const rr_table *tab, int y, int x, int h, int w, int first,
			  int mark, int top);
/* A table as printed with its first column frozen at the left, as a spreadsheet freezes it
 * (colfit.h): the other columns from left on that fit whole in w, at their natural widths, so
 * that no figure is cut (a column wider than the whole room alone is). table_frozen_left: left
 * kept in range, after a step sideways (dir < 0 back, > 0 on, 0 none). table_draw_frozen: the
 * header, then body rows from skip, in h rows; body row mark (-1: none) highlighted as
 * table_draw_transposed marks it; the columns shown from left into *shown; returns rows. */
int table_frozen_left(const rr_table *tab, int w, int left, int dir);
int table_draw_frozen(const tui *t, const rr_table *tab, int y, int x, int h, int w, int left,
		      int skip, int mark, int *shown);

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
/* Draws the line; the cursor's place goes to t->cur_y/cur_x (drawing's one output). */
void edit_draw(tui *t, int y, int x, int w, const char *prompt);
void edit_text(const tui *t, char *out, size_t outsz);   /* the current text as UTF-8 */
void edit_insert(tui *t, wchar_t wc);   /* one character at the cursor, as typed */
void hist_add(tui *t, const char *line);
void hist_free(tui *t);

/* ---- tui_data.c ---- */
void data_draw(tui *t);
void labels_draw(const tui *t);   /* reads only: drawing changes no state */
void data_refresh(tui *t);    /* recompute the histogram after a command changed data */
void labels_refresh(tui *t);  /* the labels changed: keep the selected edge among them */

/* ---- tui_train.c ---- */
void train_draw(tui *t);
void train_progress(tui *t, const rr_progress *p);
void train_reset(tui *t);
void train_free(tui *t);

/* ---- tui_browse.c ---- */
void rec_draw(tui *t);
void tog_draw(tui *t);
void runs_draw(tui *t);
int runs_view(const tui *t);   /* RUNS_COLUMNS, RUNS_TABLE (the table as printed) or RUNS_TEXT */
void browse_enter(tui *t, enum tui_screen s);   /* the screen became current */
void browse_refresh(tui *t);  /* the data changed: rebuild the customer and item lists */
void browse_free(tui *t);
/* The search editor changed the filter text of the current screen's list. */
void browse_filter(tui *t, const char *utf8);
/* Select the customer (Recommend) or item (Together) u in its list: the list narrowed to its
 * id (filter_put). */
void browse_select(tui *t, enum tui_screen s, uint32_t k);
/* The screens' K, --owned, --by, thresholds, history order and probability columns as relrec
 * starts (tui_run, and after a reset). */
void browse_defaults(tui *t);
/* A recommend or together line whose output dest (rec_out or tog_out) now shows: the screen's
 * subject, K and options become the line's, so its keys change one thing of the list shown. */
void browse_follow(tui *t, const tui_out *dest, const char *line);
/* The business rules changed since Recommend's or Together's list was made (exclude items,
 * only items, rules clear, typed or in a script): list it again under them, as the runs are
 * fetched again after a run; emptied if that fails. Nothing while a command runs. */
void browse_rules_follow(tui *t);
/* The rows of the output pane under the lists (for scrolling it). */
int browse_out_rows(const tui *t);

#endif
