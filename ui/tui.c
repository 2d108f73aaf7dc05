/* tui.c — the ncurses workbench (DESIGN §8): main loop, terminal setup and restore, the
 * sink that captures command output into panes, the dispatcher of keys, the tab bar, the
 * status line and the help and output overlays.
 *
 * Every action a key triggers is a command line run through tui_exec → cmd_exec, so the
 * journal (--journal) records it and `relrec --replay JOURNAL` repeats the session headless.
 * Long commands (train, load, evaluate) run synchronously inside cmd_exec; their progress
 * callback redraws at most every 100 ms (and at every epoch) and polls the keyboard with a
 * zero timeout, so screens switch and s / Esc / Ctrl-C stop the run while it works.
 *
 * The terminal is in raw mode, so Ctrl-C arrives as a key (quit when idle, stop when busy).
 * It is restored on quit, by atexit, and by handlers for SIGTERM, SIGHUP, SIGSEGV, SIGABRT,
 * SIGBUS and SIGFPE that call endwin and re-raise; a SIGINT from outside (kill -INT) stops
 * the running work and leaves cleanly. */
#define _XOPEN_SOURCE 700
#include "tui.h"

#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "err.h"
#include "frontends.h"
#include "settings.h"
#include "util.h"

static const char *const screen_names[SCR_N] = {"Data", "Labels", "Train", "Recommend",
						 "Together", "Runs"};

/* ==== terminal restore ==== */

static volatile sig_atomic_t g_curses_on; /* initscr done, endwin not yet */
static volatile sig_atomic_t g_sigint;    /* SIGINT from outside: leave cleanly */
static rr_app *g_app;

static void restore_terminal(void)
{
	if (g_curses_on) {
		g_curses_on = 0;
		endwin();
	}
}

/* Fatal signals: give the terminal back, then die of the same signal (SA_RESETHAND has
 * already put the default action back). endwin is not async-signal-safe; on a path that
 * ends the process anyway, a usable shell matters more. */
static void on_fatal(int sig)
{
	restore_terminal();
	raise(sig);
}

static void on_sigint(int sig)
{
	(void)sig;
	g_sigint = 1;
	if (g_app)
		g_app->stop = 1; /* a running command stops at its next safe point */
}

static const int fatal_sigs[] = {SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE};
#define NFATAL ((int)(sizeof fatal_sigs / sizeof *fatal_sigs))

static void signals_install(struct sigaction *old_int, struct sigaction *old_fatal)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_sigint;
	sigaction(SIGINT, &sa, old_int);
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	for (int i = 0; i < NFATAL; i++)
		sigaction(fatal_sigs[i], &sa, &old_fatal[i]);
}

static void signals_restore(const struct sigaction *old_int, const struct sigaction *old_fatal)
{
	sigaction(SIGINT, old_int, NULL);
	for (int i = 0; i < NFATAL; i++)
		sigaction(fatal_sigs[i], &old_fatal[i], NULL);
}

/* ==== small helpers ==== */

void tui_status(tui *t, int err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->status, sizeof t->status, fmt, ap);
	va_end(ap);
	t->status_err = err;
}

static void first_word(const char *line, char *w, size_t n)
{
	while (*line == ' ' || *line == '\t')
		line++;
	size_t k = 0;
	while (line[k] && line[k] != ' ' && line[k] != '\t' && k + 1 < n) {
		w[k] = line[k];
		k++;
	}
	w[k] = '\0';
}

static void set_screen(tui *t, enum tui_screen s)
{
	if (t->screen == s)
		return;
	t->screen = s;
	if (!t->busy)
		browse_enter(t, s);
}

/* ==== the sink ==== */

static void s_text(void *ctx, const char *s)
{
	tui *t = ctx;
	if (t->capture)
		out_text(t->capture, s);
	else
		tui_status(t, 0, "%s", s);
}

/* Times and rates are shown in the panes, but never become the status line. */
static void s_timing(void *ctx, const char *s)
{
	tui *t = ctx;
	if (t->capture)
		out_timing(t->capture, s);
}

static void s_table(void *ctx, const rr_table *tab)
{
	tui *t = ctx;
	if (t->capture)
		out_table(t->capture, tab);
}

static void s_error(void *ctx, const char *msg)
{
	tui_status(ctx, 1, "%s", msg);
}

static void s_progress(void *ctx, const rr_progress *p)
{
	tui *t = ctx;
	/* Only the `train` command feeds the Train screen (also inside a `source`d script):
	 * networks other commands fit on the way (the recommender's) show as progress in the
	 * status line and leave the last run on view. */
	int batch = p->phase == RR_PHASE_BATCH || p->phase == RR_PHASE_EPOCH;
	const char *cmd = p->cmd ? p->cmd : t->busy_cmd;
	if (strcmp(cmd, "train") == 0 && (batch || (p->phase == RR_PHASE_DONE && t->tr.active))) {
		train_progress(t, p);
		t->prog_what[0] = '\0';   /* the preparation's status bar gives way to the run's */
	} else if (batch) {
		snprintf(t->prog_what, sizeof t->prog_what, "%s: network epoch %d/%d", cmd,
			 p->epoch, p->epochs);
		double per = p->phase == RR_PHASE_BATCH && p->total > 0 ? p->total : 1;
		double done = p->phase == RR_PHASE_BATCH ? p->done : per;
		t->prog_done = (p->epoch - 1) * per + done;
		t->prog_total = p->epochs > 0 ? p->epochs * per : per;
	} else if (p->phase == RR_PHASE_DONE) {
		t->prog_what[0] = '\0';
	} else {
		snprintf(t->prog_what, sizeof t->prog_what, "%s", p->what ? p->what : "working");
		t->prog_done = p->done;
		t->prog_total = p->total;
	}
	tui_poll(t);   /* a stop key sets app->stop, which the work reads */
	/* cmd_exec clears the flag before each command: a stop asked during a `source`d script
	 * is asked again, so the rest of the script stops too */
	if (t->stop_req || g_sigint)
		t->app->stop = 1;
	double now = rr_now();
	if (p->phase == RR_PHASE_EPOCH || p->phase == RR_PHASE_DONE || now - t->last_draw >= 0.1) {
		tui_draw(t);
		t->last_draw = now;
		if (t->tr.active)
			t->tr.draws++;
	}
}

/* ==== running commands ==== */

/* A command changed what the screens' caches were built from. */
static void after_command(tui *t, const char *word)
{
	/* load and clean replace the dataset; so may a `source`d script: compare the generation
	 * the caches were built from */
	uint64_t gen = t->app->ds ? t->app->ds->gen : 0;
	if (gen != t->data_gen) {
		t->data_gen = gen;
		word = "load";
	}
	if (strcmp(word, "load") == 0 || strcmp(word, "clean") == 0) {
		data_refresh(t);
		t->users.ds_gen = t->items.ds_gen = 0;
		t->rec_user = t->tog_item = RR_NONE;
		out_clear(&t->rec_out);
		out_clear(&t->tog_out);
	}
	if (strcmp(word, "train") == 0 || strcmp(word, "open") == 0)
		t->runs_stale = 1;
}

int tui_exec(tui *t, tui_out *dest, const char *fmt, ...)
{
	char line[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (t->busy) {
		tui_status(t, 1, "busy: '%s' is running (s or Esc stops it)", t->busy_cmd);
		return -1;
	}
	char word[64];
	first_word(line, word, sizeof word);
	out_clear(&t->scratch);
	size_t tl = strlen(line) < sizeof t->scratch.title ? strlen(line) : sizeof t->scratch.title - 1;
	while (tl && (line[tl - 1] == ' ' || line[tl - 1] == '\t'))
		tl--;
	memcpy(t->scratch.title, line, tl);
	t->scratch.title[tl] = '\0';
	t->capture = &t->scratch;
	t->busy = 1;
	snprintf(t->busy_cmd, sizeof t->busy_cmd, "%s", word);
	t->stop_req = 0;
	t->last_draw = 0;
	tui_status(t, 0, "running: %s", line);
	int rc = cmd_exec(t->app, line);
	t->busy = 0;
	t->capture = NULL;
	t->prog_what[0] = '\0';
	t->tr.active = 0; /* in case the work ended without a DONE event */
	if (rc != 0) {
		tui_status(t, 1, "%s", err_msg());
	} else {
		after_command(t, word);
		const char *last = out_last_line(&t->scratch);
		if (dest == &t->popup) {
			out_copy(&t->popup, &t->scratch);
			t->popup_on = t->popup.n > 0;
			tui_status(t, 0, "%s", t->popup_on ? line : "(no output)");
		} else if (dest) {
			out_copy(dest, &t->scratch);
			tui_status(t, 0, "%s", *last ? last : line);
		} else {
			const char *first = out_first_line(&t->scratch);
			tui_status(t, 0, "%s", *first ? first : line);
		}
		if (t->stop_req)
			tui_status(t, 0, "stopped: %s", *last ? last : line);
	}
	t->stop_req = 0;
	return rc;
}

void tui_popup_show(tui *t, const tui_out *src)
{
	out_copy(&t->popup, src);
	t->popup_on = 1;
}

/* A line typed after ':'. Commands with a screen of their own show their output there; the
 * rest show one line in the status line, or an overlay when they say more. */
static void run_line(tui *t, const char *line)
{
	int argc;
	char **argv;
	hist_add(t, line);
	if (cmd_split(line, &argc, &argv) != 0) {
		tui_status(t, 1, "%s", err_msg());
		return;
	}
	if (argc == 0) {
		cmd_free_argv(argc, argv);
		return;
	}
	const char *w = argv[0];
	if (strcmp(w, "recommend") == 0) {
		if (tui_exec(t, &t->rec_out, "%s", line) == 0) {
			set_screen(t, SCR_REC);
			t->rec_focus = 0;
			uint32_t u = t->app->ds ? dataset_find_user(t->app->ds, argv[1]) : RR_NONE;
			if (u != RR_NONE) {
				browse_filter(t, argv[1]);
				t->rec_user = u;
			}
		}
	} else if (strcmp(w, "together") == 0) {
		if (tui_exec(t, &t->tog_out, "%s", line) == 0) {
			set_screen(t, SCR_TOG);
			uint32_t i = t->app->ds && argv[1][0] != '-' ? dataset_find_item(t->app->ds, argv[1])
								   : RR_NONE;
			if (i != RR_NONE) {
				browse_filter(t, argv[1]);
				t->tog_item = i;
			}
		}
	} else if (strcmp(w, "runs") == 0) {
		set_screen(t, SCR_RUNS);
		if (tui_exec(t, &t->runs_out, "%s", line) == 0) {
			t->runs_stale = 0;
			t->runs_first = -1;
		}
	} else if (strcmp(w, "train") == 0) {
		set_screen(t, SCR_TRAIN); /* watch it live */
		train_reset(t);
		tui_exec(t, &t->train_out, "%s", line);
	} else if (tui_exec(t, NULL, "%s", line) == 0 && out_lines(&t->scratch) > 1) {
		tui_popup_show(t, &t->scratch);
	}
	cmd_free_argv(argc, argv);
}

/* ==== help ==== */

/* Two lines a command in the help overlay: its usage, then its help. */
static void help_command(tui *t, const rr_cmd *parent, const rr_cmd *c)
{
	char line[512], use[400];
	snprintf(line, sizeof line, "  %s", cmd_usage(parent, c, use, sizeof use));
	out_text(&t->help, line);
	snprintf(line, sizeof line, "        %s", c->help);
	out_text(&t->help, line);
}

static void help_build(tui *t)
{
	static const char *const keys[] = {
		"Every key below runs a command line through the same table as :, the prompt and",
		"scripts, so --journal FILE records the session and --replay FILE repeats it.",
		"",
		"Everywhere",
		"  1-6, Tab, Shift-Tab  switch screens (Tab never moves a bin edge on Labels)",
		"  :                    command line: Up/Down history, Tab completes commands,",
		"                       settings, customer ids, stock codes and file names",
		"  ?                    this help            q  quit (asks y/n)",
		"  Ctrl-C               quit; while a command runs it stops it, as s and Esc do",
		"  Ctrl-L               redraw the screen",
		"1 Data      what was loaded, rejected and kept; the order-count histogram",
		"2 Labels    Left/Right move the selected edge (bins E1 E2 ...), PgUp/PgDn by 5,",
		"            Up/Down select another edge, + add an edge, - remove it",
		"3 Train     Up/Down select a setting, Left/Right change it (set NAME VALUE),",
		"            Enter types a value, t trains (train), s or Esc stops, r report",
		"4 Recommend / search, Up/Down select, Enter recommends (recommend USER K),",
		"            o includes owned items (--owned), p class probabilities, +/- K,",
		"            Right scrolls the recommendations",
		"5 Together  / search by code or description, Enter shows rules (together ITEM),",
		"            [ and ] scroll the rules",
		"6 Runs      r refreshes the runs table (runs)",
		"",
	};
	out_clear(&t->help);
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		out_text(&t->help, keys[i]);
	/* two lines a command: a table would cut usage and help at 80 columns */
	out_text(&t->help, "Commands (the table behind :, the prompt and scripts; :help NAME for one)");
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		if (!c->subs)
			help_command(t, NULL, c);
		for (const rr_cmd *s = c->subs; s && s->name; s++)
			help_command(t, c, s);
	}
	char line[512];
	out_text(&t->help, "");
	out_text(&t->help, "Settings (set NAME VALUE; the Train screen edits them with the arrow keys)");
	for (int i = 0; rr_setting_defs[i].name; i++) {
		const rr_setting_def *d = &rr_setting_defs[i];
		char range[96];
		settings_range(d, range, sizeof range);
		snprintf(line, sizeof line, "  %-10s %s%s%s", d->name, d->help, *range ? " " : "", range);
		out_text(&t->help, line);
	}
	snprintf(t->help.title, sizeof t->help.title, "help");
}

/* ==== drawing ==== */

static void draw_tabs(tui *t)
{
	attron(tui_attr(t, C_BAR));
	mvhline(0, 0, ' ', t->cols);
	int x = tui_put(0, 0, t->cols, " relrec ");
	attroff(tui_attr(t, C_BAR));
	for (int s = 0; s < SCR_N; s++) {
		char b[32];
		snprintf(b, sizeof b, " %d %s ", s + 1, screen_names[s]);
		int a = tui_attr(t, s == (int)t->screen ? C_TAB : C_BAR);
		attron(a);
		x += tui_put(0, x, t->cols - x, b);
		attroff(a);
	}
	attron(tui_attr(t, C_BAR));
	char right[96];
	if (t->busy)
		snprintf(right, sizeof right, " %s %s ", t->utf8 ? "\u25cf" : "*", t->busy_cmd);
	else
		snprintf(right, sizeof right, " ? help  : command  q quit ");
	if (tui_width(right) < t->cols - x)
		tui_put_right(0, x, t->cols - x, right);
	attroff(tui_attr(t, C_BAR));
}

static void draw_status(tui *t)
{
	int y = t->rows - 1;
	mvhline(y, 0, ' ', t->cols);
	if (t->ed.kind == ED_CMD) {
		if (t->comp_msg[0]) {
			attron(A_REVERSE);
			mvhline(y - 1, 0, ' ', t->cols);
			tui_put(y - 1, 1, t->cols - 2, t->comp_msg);
			attroff(A_REVERSE);
		}
		edit_draw(t, y, 0, t->cols, ":");
		return;
	}
	if (t->quit_ask) {
		attron(A_BOLD);
		tui_put(y, 0, t->cols, "quit relrec? (y/n)");
		attroff(A_BOLD);
		return;
	}
	if (t->busy && t->prog_what[0] && t->prog_total > 0) {
		int k = tui_putf(y, 0, t->cols, "%s ", t->prog_what);
		tui_bar(t, y, k, 30, t->prog_done / t->prog_total);
		tui_putf(y, k + 31, t->cols - k - 31, "%3.0f%%  s or Esc stops",
			 100 * t->prog_done / t->prog_total);
		return;
	}
	if (t->busy && t->tr.active && t->screen != SCR_TRAIN) {
		tui_putf(y, 0, t->cols, "training: epoch %d/%d, batch %.0f/%.0f, loss %.4f  (3 shows it, s stops)",
			 t->tr.epoch, t->tr.epochs, t->tr.done, t->tr.total, t->tr.loss_now);
		return;
	}
	if (t->status_err) {
		attron(tui_attr(t, C_ERR));
		tui_putf(y, 0, t->cols, "error: %s", t->status);
		attroff(tui_attr(t, C_ERR));
	} else {
		tui_put(y, 0, t->cols, t->status);
	}
	char f[256]; /* the active row filters, at the right when there is room */
	if (*filter_status(&t->app->clean.filter, f, sizeof f) && tui_width(t->status) + tui_width(f) + 3 < t->cols)
		tui_put_right(y, 0, t->cols, f);
}

static void draw_overlay(tui *t, tui_out *o, const char *title, int *scroll)
{
	int h = t->rows - 4, w = t->cols - 4;
	tui_box(t, 2, 2, h, w, title);
	if (scroll)
		o->scroll = *scroll;
	out_draw(t, o, 3, 4, h - 4, w - 4);
	if (scroll)
		*scroll = o->scroll;
	attron(tui_attr(t, C_DIM));
	tui_put(2 + h - 2, 4, w - 6,
		t->utf8 ? "\u2191/\u2193 PgUp/PgDn scroll   Esc, q or Enter closes" : "Up/Down PgUp/PgDn scroll   Esc, q or Enter closes");
	attroff(tui_attr(t, C_DIM));
}

static void draw_small(tui *t)
{
	char msg[160];
	snprintf(msg, sizeof msg, "relrec needs a terminal of at least %d%s%d; this one is %d%s%d",
		 TUI_MIN_COLS, t->utf8 ? "\u00d7" : "x", TUI_MIN_ROWS, t->cols, t->utf8 ? "\u00d7" : "x",
		 t->rows);
	int y = t->rows / 2 - 1;
	if (y < 0)
		y = 0;
	int w = tui_width(msg);
	tui_put(y, w < t->cols ? (t->cols - w) / 2 : 0, t->cols, msg);
	if (y + 1 < t->rows)
		tui_put(y + 1, 0, t->cols, "(make it larger; q quits)");
}

void tui_draw(tui *t)
{
	getmaxyx(stdscr, t->rows, t->cols);
	erase();
	t->cur_y = -1;
	if (t->rows < TUI_MIN_ROWS || t->cols < TUI_MIN_COLS) {
		draw_small(t);
		curs_set(0);
		refresh();
		return;
	}
	draw_tabs(t);
	switch (t->screen) {
	case SCR_DATA: data_draw(t); break;
	case SCR_LABELS: labels_draw(t); break;
	case SCR_TRAIN: train_draw(t); break;
	case SCR_REC: rec_draw(t); break;
	case SCR_TOG: tog_draw(t); break;
	case SCR_RUNS: runs_draw(t); break;
	default: break;
	}
	if (t->popup_on)
		draw_overlay(t, &t->popup, t->popup.title, NULL);
	if (t->help_on)
		draw_overlay(t, &t->help, "help: keys and commands", &t->help_scroll);
	draw_status(t);
	if (t->ed.kind != ED_NONE && t->cur_y >= 0) {
		move(t->cur_y, t->cur_x);
		curs_set(1);
	} else {
		curs_set(0);
	}
	refresh();
}

/* ==== keys ==== */

static int read_key(void)
{
	wint_t wc;
	int r = get_wch(&wc);
	if (r == ERR)
		return -1;
	if (r == KEY_CODE_YES)
		return TK((int)wc);
	return (int)wc;
}

static int scroll_key(int key, int *scroll)
{
	switch (key) {
	case TK(KEY_UP): case 'k': (*scroll)--; return 1;
	case TK(KEY_DOWN): case 'j': (*scroll)++; return 1;
	case TK(KEY_PPAGE): *scroll -= 10; return 1;
	case TK(KEY_NPAGE): case ' ': *scroll += 10; return 1;
	case TK(KEY_HOME): case 'g': *scroll = 0; return 1;
	case TK(KEY_END): case 'G': *scroll = 1 << 20; return 1;
	default: return 0;
	}
}

static int is_close(int key)
{
	return key == TK_ESC || key == 'q' || key == '\n' || key == '\r' || key == TK(KEY_ENTER);
}

static void on_resize(tui *t)
{
	getmaxyx(stdscr, t->rows, t->cols);
	clearok(curscr, TRUE); /* repaint everything: no leftovers from the old size */
}

/* Keys that work whether or not a command is running. Returns 1 if handled. */
static int common_key(tui *t, int key)
{
	if (key == TK(KEY_RESIZE)) {
		on_resize(t);
		return 1;
	}
	if (key == TK_CTRL('l')) {
		clearok(curscr, TRUE);
		return 1;
	}
	if (t->help_on) {
		if (key == '?' || is_close(key))
			t->help_on = 0;
		else
			scroll_key(key, &t->help_scroll);
		return 1;
	}
	if (t->popup_on && !t->busy) {
		if (is_close(key))
			t->popup_on = 0;
		else
			scroll_key(key, &t->popup.scroll);
		return 1;
	}
	if (key == '?') {
		help_build(t);
		t->help_on = 1;
		t->help_scroll = 0;
		return 1;
	}
	if (key >= '1' && key < '1' + SCR_N) {
		set_screen(t, (enum tui_screen)(key - '1'));
		return 1;
	}
	if (key == '\t') {
		set_screen(t, (enum tui_screen)((t->screen + 1) % SCR_N));
		return 1;
	}
	if (key == TK(KEY_BTAB)) {
		set_screen(t, (enum tui_screen)((t->screen + SCR_N - 1) % SCR_N));
		return 1;
	}
	return 0;
}

/* While a command runs: switch screens, look around, or stop it. */
static void busy_key(tui *t, int key)
{
	if (key == TK_ESC || key == 's' || key == TK_CTRL('c')) {
		if (key == TK_ESC && (t->help_on || t->popup_on)) {
			t->help_on = t->popup_on = 0;
			return;
		}
		t->stop_req = 1;
		t->app->stop = 1;
		tui_status(t, 0, "stopping '%s' at the next safe point...", t->busy_cmd);
		return;
	}
	if (common_key(t, key))
		return;
	if (key == ':' || key == 'q') {
		tui_status(t, 1, "busy: '%s' is running (s or Esc stops it)", t->busy_cmd);
		return;
	}
	/* scrolling and selection keys of the screen are harmless; commands are refused */
	switch (t->screen) {
	case SCR_REC: rec_key(t, key); break;
	case SCR_TOG: tog_key(t, key); break;
	case SCR_RUNS: runs_key(t, key); break;
	default: break;
	}
}

void tui_poll(tui *t)
{
	timeout(0);
	int key;
	while ((key = read_key()) != -1)
		busy_key(t, key);
}

static void idle_key(tui *t, int key)
{
	char text[TUI_EDIT_MAX * 4 + 1];
	if (t->rows < TUI_MIN_ROWS || t->cols < TUI_MIN_COLS) {
		if (key == TK(KEY_RESIZE))
			on_resize(t);
		else if (key == 'q' || key == TK_CTRL('c'))
			tui_exec(t, NULL, "quit");
		return;
	}
	if (t->quit_ask) {
		t->quit_ask = 0;
		if (key == 'y' || key == 'Y' || key == 'q')
			tui_exec(t, NULL, "quit");
		else
			tui_status(t, 0, "%s", "");
		if (key != TK(KEY_RESIZE))
			return;
	}
	if (t->ed.kind == ED_SEARCH && (key == TK(KEY_UP) || key == TK(KEY_DOWN) ||
					key == TK(KEY_PPAGE) || key == TK(KEY_NPAGE)))
		t->ed.kind = ED_NONE; /* moving in the list keeps the filter and ends the search */
	if (t->ed.kind != ED_NONE) {
		if (key == TK(KEY_RESIZE)) {
			on_resize(t);
			return;
		}
		enum tui_edit_kind kind = t->ed.kind;
		int accepted;
		if (edit_key(t, key, &accepted, text, sizeof text)) {
			if (kind == ED_CMD && accepted)
				run_line(t, text);
			else if (kind == ED_SEARCH && !accepted)
				browse_filter(t, "");
		} else if (kind == ED_SEARCH) {
			edit_text(t, text, sizeof text);
			browse_filter(t, text); /* the list narrows as you type */
		}
		return;
	}
	if (common_key(t, key))
		return;
	switch (key) {
	case ':':
		edit_open(t, ED_CMD, "");
		return;
	case '/':
		if (t->screen == SCR_REC || t->screen == SCR_TOG) {
			edit_open(t, ED_SEARCH, t->screen == SCR_REC ? t->users.filter : t->items.filter);
			return;
		}
		break;
	case 'q':
		t->quit_ask = 1;
		return;
	case TK_CTRL('c'):
		tui_exec(t, NULL, "quit");
		return;
	default:
		break;
	}
	int done = 0;
	switch (t->screen) {
	case SCR_LABELS: done = labels_key(t, key); break;
	case SCR_TRAIN: done = train_key(t, key); break;
	case SCR_REC: done = rec_key(t, key); break;
	case SCR_TOG: done = tog_key(t, key); break;
	case SCR_RUNS: done = runs_key(t, key); break;
	default: break;
	}
	if (!done && key == TK_ESC)
		tui_status(t, 0, "%s", "");
}

/* ==== entry ==== */

int tui_run(rr_app *app)
{
	tui *t = calloc(1, sizeof *t);
	if (!t) {
		fprintf(stderr, "relrec: out of memory\n");
		return 1;
	}
	t->app = app;
	t->rec_user = t->tog_item = RR_NONE;
	t->rec_k = 10;
	t->rec_probs = -1;
	t->runs_first = -1;
	t->utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		fprintf(stderr, "relrec: cannot start the workbench on terminal '%s': using the prompt\n",
			getenv("TERM") ? getenv("TERM") : "");
		free(t);
		return prompt_run(app);
	}
	g_curses_on = 1;
	g_app = app;
	static int atexit_done;
	if (!atexit_done) {
		atexit(restore_terminal);
		atexit_done = 1;
	}
	struct sigaction old_int, old_fatal[NFATAL];
	signals_install(&old_int, old_fatal);
	raw(); /* Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys */
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	tui_colors_init(t);
	getmaxyx(stdscr, t->rows, t->cols);

	rr_sink saved = app->sink;
	app->sink = (rr_sink){t, s_text, s_timing, s_table, s_progress, s_error};
	after_command(t, "load"); /* builds the caches and records the dataset they come from */
	if (app->ds && app->rows)
		tui_status(t, 0, "%s: %zu rows read, %zu kept.  ? help   : command   q quit",
			   app->rows->path ? app->rows->path : "data", app->rows->lines, app->ds->kept);
	else
		tui_status(t, 0, "no data loaded: type :load FILE  (? help)");

	while (!app->quit) {
		if (g_sigint) {
			g_sigint = 0;
			tui_exec(t, NULL, "quit");
			break;
		}
		if (t->screen == SCR_RUNS && t->runs_stale) /* a run ended while this screen was up */
			browse_enter(t, SCR_RUNS);
		tui_draw(t);
		timeout(250);
		int key = read_key();
		if (key != -1)
			idle_key(t, key);
	}

	app->sink = saved;
	restore_terminal();
	delscreen(scr);
	signals_restore(&old_int, old_fatal);
	g_app = NULL;
	out_free(&t->scratch);
	out_free(&t->popup);
	out_free(&t->help);
	out_free(&t->train_out);
	out_free(&t->rec_out);
	out_free(&t->tog_out);
	out_free(&t->runs_out);
	hist_free(t);
	train_free(t);
	browse_free(t);
	free(t->hist_counts);
	free(t);
	return 0;
}
