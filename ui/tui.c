/* tui.c — the ncurses workbench: main loop, terminal setup, restore and suspend, the sink
 * that captures command output into panes, running command lines (and queueing them), the
 * tab bar, the status line and the overlays. Keys are tui_keys.c's.
 *
 * Every action a key triggers is a command line run through tui_exec → cmd_exec, so the
 * journal (--journal) records it and `relrec --replay JOURNAL` repeats the session headless.
 * Long commands (train, load, evaluate) run synchronously inside cmd_exec; their progress
 * callback redraws at most every 100 ms (and at every epoch) and polls the keyboard with a
 * zero timeout, so screens switch and s / Esc / Ctrl-C stop the run while it works. The
 * engine runs one command at a time: a line typed (or a command a key runs) meanwhile waits
 * in a queue and runs when the work ends, in order, and once a pop-up of output it would
 * replace is closed — a fast typist loses nothing.
 *
 * The terminal is in raw mode, so Ctrl-C and Ctrl-Z arrive as keys (Ctrl-C quits when idle,
 * stops when busy; Ctrl-Z suspends), and in bracketed-paste mode, so a paste arrives marked
 * as one (tui_keys.c reads it as text, never as keys). Both are restored on quit, on suspend,
 * by atexit, and by handlers for SIGSEGV, SIGABRT, SIGBUS and SIGFPE that call endwin, remove
 * an output's temporary file and re-raise; a SIGINT from outside (kill -INT) stops the running
 * work and leaves cleanly. SIGTERM, SIGHUP (the terminal closed) and SIGXCPU end the session
 * as in replay: the work stops at its next safe point (an export's temporary file removed),
 * nothing queued runs, and main exits 128 + N; a second one while the work stops is fatal. */
#define _XOPEN_SOURCE 700
#include "tui.h"

#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termcap.h>
#include <unistd.h>

#include "afile.h"
#include "cmd.h"
#include "err.h"
#include "esckeys.h"
#include "frontends.h"
#include "rows.h"
#include "settings.h"
#include "train.h"
#include "util.h"

static const char *const tab_names[SCR_N] = {"Data", "Labels", "Train", "Recommend",
						 "Together", "Runs"};

/* ==== terminal restore ==== */

static volatile sig_atomic_t g_curses_on; /* initscr done, endwin not yet */
static volatile sig_atomic_t g_sigint;    /* SIGINT from outside: taken as the Ctrl-C key */
static int g_paste_begin, g_paste_end;    /* ncurses' key codes of the paste marks (0: none) */
static rr_app *g_app;

/* Bracketed paste (xterm's mode 2004, also tmux, kitty, VTE...): the terminal sends ESC[200~
 * before a paste and ESC[201~ after it. A terminal without the mode ignores the request, and
 * its pastes arrive as typed keys, as they always did. write(2), not stdio: restore_terminal
 * also runs in signal handlers. */
static void paste_mode(int on)
{
	if (!g_paste_begin || !g_paste_end)
		return; /* no way to read the marks: pastes stay keys */
	static const char on_s[] = "\033[?2004h", off_s[] = "\033[?2004l";
	ssize_t r = on ? write(STDOUT_FILENO, on_s, sizeof on_s - 1)
		       : write(STDOUT_FILENO, off_s, sizeof off_s - 1);
	(void)r; /* nothing to do about a terminal gone */
}

static void restore_terminal(void)
{
	if (g_curses_on) {
		g_curses_on = 0;
		paste_mode(0); /* or the shell's own pastes would arrive wrapped in the marks */
		endwin();
	}
}

/* Fatal signals: give the terminal back, remove an output's temporary file, then die of the
 * same signal (SA_RESETHAND has already put the default action back). endwin is not
 * async-signal-safe; on a path that ends the process anyway, a usable shell matters more. */
static void on_fatal(int sig)
{
	restore_terminal();
	afile_unlink_temps();
	raise(sig);
}

/* SIGTERM, SIGHUP, SIGXCPU: end the session as replay does (main.c), the work stopped at its
 * next safe point; a second one while that happens is fatal, as in replay. */
static void on_end(int sig)
{
	if (!g_app || g_app->interrupt) {
		struct sigaction dfl;
		memset(&dfl, 0, sizeof dfl);
		sigemptyset(&dfl.sa_mask);
		dfl.sa_handler = SIG_DFL;
		sigaction(sig, &dfl, NULL);
		on_fatal(sig);
		return;
	}
	g_app->interrupt = sig;
	g_app->stop = 1;
}

static void on_sigint(int sig)
{
	(void)sig;
	g_sigint = 1;
	if (g_app)
		g_app->stop = 1; /* a running command stops at its next safe point */
}

/* SIGPIPE in the workbench: standard output is the terminal, which no reader leaves, so it
 * came from outside (kill -PIPE). main's handler ended the session with exit 0, unsaved runs
 * lost (t47 F7); here it does nothing. A handler, not SIG_IGN: a program run by load "|cmd"
 * gets SIGPIPE's default back. */
static void on_pipe_outside(int sig)
{
	(void)sig;
}

/* the first N_END end the session (on_end), the rest are crashes (on_fatal) */
static const int fatal_sigs[] = {SIGTERM, SIGHUP, SIGXCPU, FRONTEND_DEATH_SIGNALS};
#define NFATAL ((int)(sizeof fatal_sigs / sizeof *fatal_sigs))
#define N_END 3

/* old_int[0], old_int[1]: SIGINT's and SIGPIPE's actions before; old_fatal: the rest's */
static void signals_install(struct sigaction *old_int, struct sigaction *old_fatal)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_sigint;
	sigaction(SIGINT, &sa, &old_int[0]);
	sa.sa_handler = on_pipe_outside;
	sigaction(SIGPIPE, &sa, &old_int[1]);
	sa.sa_handler = on_end;
	for (int i = 0; i < N_END; i++)
		sigaction(fatal_sigs[i], &sa, &old_fatal[i]);
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	for (int i = N_END; i < NFATAL; i++) {
		sigaction(fatal_sigs[i], NULL, &old_fatal[i]);
		if (old_fatal[i].sa_handler != SIG_IGN)   /* nohup's, a supervisor's: kept */
			sigaction(fatal_sigs[i], &sa, NULL);
	}
}

static void signals_restore(const struct sigaction *old_int, const struct sigaction *old_fatal)
{
	sigaction(SIGINT, &old_int[0], NULL);
	sigaction(SIGPIPE, &old_int[1], NULL);
	for (int i = 0; i < NFATAL; i++)
		sigaction(fatal_sigs[i], &old_fatal[i], NULL);
}

static volatile sig_atomic_t g_continued;   /* SIGCONT came: tui_suspend was stopped */

static void on_cont(int sig)
{
	(void)sig;
	g_continued = 1;
}

int tui_suspend(tui *t)
{
	/* raw mode turned the terminal's Ctrl-Z into a key: do what the tty would have done,
	 * with the default action (ncurses may have a handler of its own installed) */
	struct sigaction dfl, old, cont, old_cont;
	memset(&dfl, 0, sizeof dfl);
	sigemptyset(&dfl.sa_mask);
	dfl.sa_handler = SIG_DFL;
	cont = dfl;
	cont.sa_handler = on_cont;
	sigaction(SIGTSTP, &dfl, &old);
	sigaction(SIGCONT, &cont, &old_cont);
	g_continued = 0;
	restore_terminal();
	double t0 = rr_now();
	raise(SIGTSTP); /* stopped here until the shell's fg sends SIGCONT */
	rr_now_skip(rr_now() - t0); /* a run's time and rate leave the pause out */
	sigaction(SIGTSTP, &old, NULL);
	sigaction(SIGCONT, &old_cont, NULL);
	g_curses_on = 1;
	reset_prog_mode();
	paste_mode(1);
	tui_resize(t); /* the terminal may have changed meanwhile: repaint it all */
	tui_draw(t);
	/* the kernel drops a stop for a process group no shell controls (relrec started by
	 * `sh -c`, a tmux command): nothing stopped, and no fg could have resumed it */
	return g_continued;
}

/* ==== small helpers ==== */

void tui_status(tui *t, int err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->status, sizeof t->status, fmt, ap);
	va_end(ap);
	t->status_keys = NULL;
	t->status_err = err;
	t->status_at = rr_now();
	t->status_of = 0;
	t->status_waits = 0;
}

void tui_note(tui *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->status, sizeof t->status, fmt, ap);
	va_end(ap);
	t->status_keys = NULL;
	t->status_err = 1;
	t->status_at = rr_now();
	t->status_of = 0;
	t->status_waits = 0;
	/* the running command's own message replaces it when it ends: keep it for after_work
	 * (once: a key pressed again says nothing new) */
	if (t->busy && strcmp(out_last_line(&t->notes), t->status) != 0)
		out_text(&t->notes, t->status);
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

void tui_set_screen(tui *t, enum tui_screen s)
{
	if (t->screen == s)
		return;
	t->screen = s;
	if (t->status_of && t->status_of != 1 + (int)s && !t->busy) {
		t->status[0] = '\0';   /* about the list left behind */
		t->status_err = 0;
		t->status_of = 0;
	}
	if (!t->busy)
		browse_enter(t, s);
}

void tui_resize(tui *t)
{
	getmaxyx(stdscr, t->rows, t->cols);
	clearok(curscr, TRUE); /* repaint everything: no leftovers from the old size */
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

/* How long the work still takes: the status line's while it runs, not the output's, which
 * the pop-up shows once it has ended (t78 F12: "about 3 s more" read as still running). */
static void s_eta(void *ctx, const char *s)
{
	tui *t = ctx;
	if (t->busy)
		tui_status(t, 0, "%s", s);
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
	if (t->stop_req || g_sigint || t->app->interrupt)
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
	const char *typed = word;
	/* load and clean replace the dataset; so may a `source`d script: compare the generation
	 * the caches were built from */
	uint64_t gen = t->app->ds ? t->app->ds->gen : 0;
	if (gen != t->data_gen) {
		t->data_gen = gen;
		word = "load";
	}
	if (strcmp(word, "load") == 0) {
		data_refresh(t);
		browse_refresh(t);
		t->rec_user = t->tog_item = t->tog_user = RR_NONE;
		out_clear(&t->rec_out);
		out_clear(&t->tog_out);
	}
	/* a reset, typed or in a sourced script: the screens as relrec starts them (t28 F12: K 15
	 * outlived it) */
	int was_reset = t->app->resets != t->resets_seen;
	t->resets_seen = t->app->resets;
	if (was_reset)
		browse_defaults(t);
	labels_refresh(t); /* bins, undo, a script: the selected edge stays among the edges */
	/* a run added: the training the Train screen shows became it (only train adds runs, and
	 * its progress fed the screen; inside a script, the last one did) */
	int nruns = t->app->runs ? t->app->runs->n : 0;
	if (nruns > t->runs_seen && t->tr.events) {
		t->tr.run = nruns;
		t->tr.cur_then = t->app->current_run;   /* itself, or a better run kept (issue 14) */
	}
	/* a run added, a model opened, `runs use N`, the runs dropped (a reset, typed or in a
	 * script: t27 F1, the word was "load" by then when data had been loaded): the Runs screen
	 * fetches the table again; so it does when runs came or the current one changed by a
	 * `source`d script or an undo (e100: its table kept the runs and '*' of before) */
	if (strcmp(typed, "train") == 0 || strcmp(typed, "open") == 0 ||
	    strcmp(typed, "runs") == 0 || was_reset || nruns != t->runs_seen ||
	    t->app->current_run != t->cur_seen)
		t->runs_stale = 1;
	t->runs_seen = nruns;
	if (nruns == 0 && t->tr.run)   /* reset: the Train screen's run is gone */
		train_reset(t);
	/* runs use, undo or open made another run current after the training: the Train screen
	 * shows that one's figures, also when it is the run current then (t58 F2) */
	if (t->app->current_run != t->cur_seen && strcmp(typed, "train") != 0 && t->tr.run)
		t->tr.chosen = 1;
	t->cur_seen = t->app->current_run;
}

/* Show src in the pop-up, its text wrapped to the pop-up's inner width (draw_overlay's); the
 * text as written is kept for tui_popup_rewrap. */
static void popup_from(tui *t, const tui_out *src)
{
	int w = tui_overlay_cols(t);
	if (src != &t->popup_src)
		out_copy(&t->popup_src, src);
	out_copy_wrapped(&t->popup, src, w > 20 ? w : 20);
}

void tui_popup_show(tui *t, const tui_out *src)
{
	popup_from(t, src);
	t->popup_on = 1;
	t->popup_cmd = 0;
}

double tui_out_place(const tui_out *o)
{
	int n = out_lines(o);
	return n > 0 ? (double)o->scroll / n : 0;
}

void tui_out_replace(tui_out *o, double at)
{
	int n = out_lines(o), s = (int)(at * n + 0.5);
	o->scroll = s < n ? s : n > 0 ? n - 1 : 0;
}

void tui_popup_rewrap(tui *t)
{
	if (!t->popup_on)
		return;
	/* the lines moved: the reader stays as far into the text as they were (t58 F8: back to
	 * the top on every resize) */
	double at = tui_out_place(&t->popup);
	popup_from(t, &t->popup_src);
	tui_out_replace(&t->popup, at);
}

static int read_key(void);
static void unread_key(int key);

/* A command's output is about to open the pop-up: first the keys typed while it ran that it
 * did not read (it did not poll), read as they would have been then, with its word still the
 * running one: Enter on a list queues its line behind it, ↓ selects, an idle key is refused.
 * Else the pop-up took them, typed before it opened: Enter closed it, j scrolled it, and a
 * recommend meant for the list was lost (t58 F5). A stop key ends it: typed after the work
 * ended, it stops nothing, and it and what follows act as typed with the pop-up open. */
static void keys_typed_during(tui *t)
{
	if (t->quit_ask || t->help_on)
		return;
	t->busy = 1;
	timeout(0);
	int key;
	while ((key = read_key()) != -1) {
		if (key_stops(t, key)) {
			unread_key(key);
			break;
		}
		tui_keypress(t, key);
	}
	t->busy = 0;
}

/* A command's output in the pop-up, opened as it ends (held keys wait for it to close). */
static void popup_of_command(tui *t, const tui_out *src)
{
	keys_typed_during(t);
	popup_from(t, src);
	t->popup_on = t->popup.n > 0;
	t->popup_cmd = 1;
}

/* Run line now (nothing else runs): the body of tui_exec and tui_refresh (journal 0). */
static int exec_now(tui *t, tui_out *dest, const char *line, int journal)
{
	char word[64];
	first_word(line, word, sizeof word);
	out_clear(&t->scratch);
	size_t tl = strlen(line) < sizeof t->scratch.title ? strlen(line) : sizeof t->scratch.title - 1;
	while (tl && ((unsigned char)line[tl] & 0xC0) == 0x80)   /* cut between characters */
		tl--;
	while (tl && (line[tl - 1] == ' ' || line[tl - 1] == '\t'))
		tl--;
	memcpy(t->scratch.title, line, tl);
	t->scratch.title[tl] = '\0';
	t->capture = &t->scratch;
	t->busy = 1;
	char writes[512];   /* the file the command writes, named when it is stopped */
	cmd_describe(line, t->busy_cmd, sizeof t->busy_cmd, writes, sizeof writes);
	t->stop_req = 0;
	t->last_draw = 0;
	tui_status(t, 0, "running: %s", line);
	t->status_at = 0; /* not news: the progress may show instead */
	int rc = journal ? cmd_exec(t->app, line) : cmd_exec_unjournaled(t->app, line);
	t->busy = 0;
	t->capture = NULL;
	t->prog_what[0] = '\0';
	t->tr.active = 0; /* in case the work ended without a DONE event */
	/* failed or not: a sourced script may have loaded or reset before its failing line, and
	 * the screens follow the session as the command left it (t29 F2: the lists stayed "shown
	 * when the running command ends" with nothing running) */
	after_command(t, word);
	if (rc != 0 && t->stop_req) {
		/* the user's stop, not a failure: said as a stopped run is ("stopped: ..."), with
		 * the work's own word on where (a failed command is not journaled: replays agree) */
		tui_status(t, 0, "stopped: %s (%s%s%s%s)", *t->busy_cmd ? t->busy_cmd : word,
			   err_msg(), *writes ? "; " : "", writes, *writes ? " not written" : "");
		if (t->nqueue)
			out_text(&t->notes, t->status);
	} else if (rc != 0) {
		tui_status(t, 1, "%s", err_msg());
	} else {
		/* its result, not a note after it (t58 F10: a train ending in a note showed the note,
		 * cut, and its test macro-F1 nowhere) */
		const char *last = out_result_line(&t->scratch);
		if (dest == &t->popup) {
			popup_of_command(t, &t->scratch);
			tui_status(t, 0, "%s", t->popup_on ? line : "(no output)");
		} else if (dest) {
			out_copy(dest, &t->scratch);
			browse_follow(t, dest, line);
			tui_status(t, 0, "%s", *last ? last : line);
		} else {
			const char *first = out_first_line(&t->scratch);
			tui_status(t, 0, "%s", *first ? first : line);
		}
		/* a stop that came once the command's file was written whole stopped nothing of it:
		 * "saved the model", not "stopped: saved the model" (t40 #11) */
		if (t->stop_req && !t->app->wrote_whole) {
			const char *res = out_result_line(&t->scratch);
			tui_status(t, 0, "stopped: %s", *res ? res : line);
			if (t->nqueue) /* the waiting lines' messages will replace it */
				out_text(&t->notes, t->status);
		}
	}
	if (dest == &t->rec_out || dest == &t->tog_out)   /* its message is about that list */
		t->status_of = 1 + (dest == &t->rec_out ? SCR_REC : SCR_TOG);
	t->stop_req = 0;
	return rc;
}

/* ==== the queue: lines that wait for the running command ==== */

static void queue_push(tui *t, const char *line)
{
	if (t->nqueue == TUI_QUEUE) {
		tui_status(t, 1, "%d lines wait already: '%s' not queued (retype it when '%s' ends)",
			   TUI_QUEUE, line, t->busy_cmd);
		return;
	}
	char *copy = strdup(line);
	if (!copy) {
		tui_status(t, 1, "out of memory: '%s' not queued", line);
		return;
	}
	t->queue[t->nqueue++] = copy;
	if (!t->busy) /* a paste's line: it runs as soon as the paste has ended */
		tui_status(t, 0, "queued: %s", line);
	else if (t->nqueue == 1)
		tui_status(t, 0, "queued: %s (runs when '%s' ends)", line, t->busy_cmd);
	else
		tui_status(t, 0, "queued: %s (%d lines wait for '%s')", line, t->nqueue, t->busy_cmd);
	t->status_waits = t->busy;
}

/* Can the next waiting line run? Not while a command runs, quit's question waits for its
 * answer, or a paste is still arriving: its later lines queue behind the ones before, and a
 * `quit` among them must not leave the rest of the paste to the shell. Nor while a pop-up of
 * output is open: the next line's output would replace it before it was read (t28 F5: a
 * 15-second evaluation's table never drawn), so the lines wait until it is closed. */
static int queue_ready(const tui *t)
{
	return t->nqueue && !t->busy && !t->quit_ask && !t->pasting && !t->app->quit &&
	       !t->popup_on;
}

/* The next waiting line, once nothing runs; the errors of a run of them shown at the end
 * (the status line keeps only the last message). */
static void queue_step(tui *t)
{
	if (!queue_ready(t))
		return;
	char *line = t->queue[0];
	memmove(t->queue, t->queue + 1, (size_t)--t->nqueue * sizeof *t->queue);
	t->qran++;
	if (tui_line(t, line, 0) < 0 && t->status_err) {   /* not a line the user stopped */
		char msg[768];
		snprintf(msg, sizeof msg, "%s: error: %s", line, t->status);
		out_text(&t->qerr, msg);
	}
	free(line);
}

/* Once the work and the lines queued behind it are done, what their last messages hid: keys
 * refused and runs stopped meanwhile (notes), the errors of several queued lines (one line's
 * error is still the status line). They go to the pop-up, under what a command put there. */
static void after_work(tui *t)
{
	if (t->busy || t->nqueue)
		return;
	int errs = t->qerr.n > 0 && t->qran > 1;
	if (t->notes.n || errs) {
		tui_out all = {0};
		if (t->popup_on) {
			out_copy(&all, &t->popup_src);
			out_text(&all, "");
		} else {
			snprintf(all.title, sizeof all.title, "%s", t->notes.n ? "while commands ran"
				 : "queued lines that failed");
		}
		for (int i = 0; i < t->notes.n; i++)
			if (t->notes.b[i].text)
				out_text(&all, t->notes.b[i].text);
		if (errs) {
			char head[64];
			snprintf(head, sizeof head, "%d queued lines ran; these failed:", t->qran);
			out_text(&all, head);
		}
		for (int i = 0; errs && i < t->qerr.n; i++)
			if (t->qerr.b[i].text)
				out_text(&all, t->qerr.b[i].text);
		popup_from(t, &all);
		t->popup_on = 1;
		t->popup_cmd = 1;
		out_free(&all);
	}
	out_clear(&t->notes);
	out_clear(&t->qerr);
	t->qran = 0;
}

void tui_line_queue(tui *t, const char *line)
{
	if (!line[strspn(line, " \t")])
		return;
	hist_add(t, line);
	queue_push(t, line);
}

static void queue_free(tui *t)
{
	for (int i = 0; i < t->nqueue; i++)
		free(t->queue[i]);
	t->nqueue = 0;
	out_free(&t->qerr);
	out_free(&t->notes);
}

char *tui_vline(tui *t, const char *fmt, va_list ap)
{
	/* sized to the line: a key's command carries a whole id, which may be 4096 bytes */
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	char *line = n < 0 ? NULL : malloc((size_t)n + 1);
	if (line)
		vsnprintf(line, (size_t)n + 1, fmt, again);
	else
		tui_status(t, 1, "out of memory: the command did not run");
	va_end(again);
	return line;
}

int tui_exec(tui *t, tui_out *dest, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *line = tui_vline(t, fmt, ap);
	va_end(ap);
	if (!line)
		return -1;
	int rc = 1;
	if (t->busy)
		queue_push(t, line); /* the engine runs one command at a time */
	else
		rc = exec_now(t, dest, line, 1);
	free(line);
	return rc;
}

int tui_refresh(tui *t, tui_out *dest, const char *line)
{
	if (t->busy)
		return 1;   /* the screen stays stale, and fetches once the work is done */
	char status[sizeof t->status];
	int err = t->status_err, of = t->status_of, waits = t->status_waits;
	double at = t->status_at;
	memcpy(status, t->status, sizeof status);
	int rc = exec_now(t, dest, line, 0);
	if (rc == 0) {   /* the message of the command that made the screen stale stays (t28 F8) */
		memcpy(t->status, status, sizeof status);
		t->status_err = err;
		t->status_at = at;
		t->status_of = of;
		t->status_waits = waits;
	}
	return rc;
}

/* ==== lines, as typed after ':' ==== */

void tui_quit_request(tui *t)
{
	int n = t->app->unsaved, q = t->nqueue;
	if (n == 0 && q == 0) {
		tui_exec(t, NULL, "quit");
		return;
	}
	t->quit_ask = 1;
	snprintf(t->ask_cmd, sizeof t->ask_cmd, "quit");
	/* lines typed ahead are work asked for: Ctrl-C over the pop-up they wait behind quit
	 * without them, unsaid (t29 F3). save keeps the current run's model only (runs use N
	 * makes another one current). */
	char lines[96] = "", runs[200] = "";
	if (q)
		snprintf(lines, sizeof lines, "%d typed line%s wait%s to run%s", q, q == 1 ? "" : "s",
			 q == 1 ? "s" : "", n ? "; " : "");
	if (n)
		cmd_unsaved_text(t->app, ":", runs, sizeof runs);
	tui_status(t, 0, "%s%s: quit anyway? (y/n)", lines, runs);
}

/* The argument named name of line (parsed as the dispatcher does), or NULL. */
static const char *arg_of(int argc, char **argv, const char *name, char *buf, size_t size)
{
	rr_args a;
	if (cmd_parse(argc, argv, &a) != 0)
		return NULL;
	const char *v = args_get(&a, name);
	if (v)
		snprintf(buf, size, "%s", v);
	args_free(&a);
	return v ? buf : NULL;
}

/* Rendered lines other than times and rates: what decides status line or pop-up. */
static int said_lines(const tui_out *o)
{
	int n = out_lines(o);
	for (int i = 0; i < o->n; i++)
		n -= o->b[i].text && o->b[i].timing;
	return n;
}

/* Does a load's output hold what the Data screen does not show: a warning, a note (a guessed
 * encoding, a header found again, the model kept from other data) or rejected rows? Then it
 * pops up. Whatever a line's indent: the model's note stands at the margin, and its two
 * spaces missing kept it on the one status line, cut before it (t28 F3). */
static int load_news(const tui_out *o)
{
	static const char rejected[] = "rejected ";
	for (int i = 0; i < o->n; i++) {
		const char *s = o->b[i].text;
		s += s ? strspn(s, " \t") : 0;
		if (s && (out_aside(s) || strncmp(s, rejected, sizeof rejected - 1) == 0))
			return 1;
	}
	return 0;
}

/* Commands with a screen of their own show their output there; bins, load and undo say one
 * line (their screens show the rest; a load with warnings shows them all); the others show one line in the status line, or the
 * pop-up when they say more. */
static int line_route(tui *t, const char *line, const char *word, int argc, char **argv)
{
	char arg[RR_MAX_FIELD + 1];   /* a customer id or stock code, whole */
	int rc;
	if (strcmp(word, "recommend") == 0) {
		if ((rc = tui_exec(t, &t->rec_out, "%s", line)) == 0) {
			tui_set_screen(t, SCR_REC);
			t->rec_focus = REC_LIST;
			const char *u = arg_of(argc, argv, "USER", arg, sizeof arg);
			uint32_t k = u ? dataset_find_customer(t->app->ds, u) : RR_NONE;
			if (k != RR_NONE)
				browse_select(t, SCR_REC, k);
		}
	} else if (strcmp(word, "together") == 0) {
		if ((rc = tui_exec(t, &t->tog_out, "%s", line)) == 0) {
			tui_set_screen(t, SCR_TOG);
			const char *i = arg_of(argc, argv, "ITEM", arg, sizeof arg);
			uint32_t k = i ? dataset_find_item(t->app->ds, i) : RR_NONE;
			if (k != RR_NONE)
				browse_select(t, SCR_TOG, k);
		}
	} else if (strcmp(word, "runs") == 0 && argc == 1) { /* the table, not `runs use N` */
		tui_set_screen(t, SCR_RUNS);
		if ((rc = tui_exec(t, &t->runs_out, "%s", line)) == 0) {
			t->runs_stale = 0;
			t->runs_first = -1;
		}
	} else if (strcmp(word, "train") == 0) {
		tui_set_screen(t, SCR_TRAIN); /* watch it live */
		train_reset(t);
		rc = tui_exec(t, &t->train_out, "%s", line);
	} else if ((rc = tui_exec(t, NULL, "%s", line)) == 0 &&
		   (strcmp(word, "load") == 0 ? load_news(&t->scratch)
		    : said_lines(&t->scratch) > 1 && strcmp(word, "bins") != 0)) {
		popup_of_command(t, &t->scratch);
	} else if (rc < 0 && t->status_err && said_lines(&t->scratch) > 0) {
		/* it said things before it failed: a `source`d script's lines that ran, and took
		 * effect, before the failing one (t37 #7: their output was lost), ending with the
		 * error, as the prompt and a replay print them */
		char msg[sizeof t->status + 8];
		snprintf(msg, sizeof msg, "error: %s", t->status);
		out_text(&t->scratch, msg);
		popup_of_command(t, &t->scratch);
	}
	return rc;
}

int tui_line(tui *t, const char *line, int typed)
{
	int argc;
	char **argv;
	if (typed)
		hist_add(t, line);
	/* lines still waiting (a pop-up that came while this one was typed held them: Enter
	 * closed it) were typed first, and run first */
	if (t->busy || (typed && t->nqueue)) {
		queue_push(t, line);
		return 1;
	}
	if (cmd_split(line, &argc, &argv) != 0) {
		tui_status(t, 1, "%s", err_msg());
		return -1;
	}
	int rc = 0;
	const rr_cmd *c = argc ? cmd_find(argv[0]) : NULL;
	if (c && c->fn == cmd_quit && argc == 1) {
		tui_quit_request(t); /* :quit, :q, :exit agree with q */
		rc = t->quit_ask;
	} else if (c && c->fn == cmd_reset && argc == 1 && t->app->unsaved > 0) {
		/* reset drops the runs as quit does, with no undo: the same question (t29 F10) */
		char runs[200];
		t->quit_ask = 1;
		snprintf(t->ask_cmd, sizeof t->ask_cmd, "reset");
		tui_status(t, 0, "%s: reset anyway? (y/n)", cmd_unsaved_text(t->app, ":", runs,
									   sizeof runs));
		rc = 1;
	} else if (argc) {
		rc = line_route(t, line, c ? c->name : argv[0], argc, argv);
		/* `runs use N` chose a run, even the one current already: the Train screen shows
		 * its figures, not the last training's (t58 F2) */
		if (rc == 0 && argc > 2 && strcmp(c ? c->name : argv[0], "runs") == 0 &&
		    strcmp(argv[1], "use") == 0 && t->tr.run)
			t->tr.chosen = 1;
	}
	cmd_free_argv(argc, argv);
	return rc;
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
		snprintf(b, sizeof b, " %d %s ", s + 1, tab_names[s]);
		int a = tui_attr(t, s == (int)t->screen ? C_TAB : C_BAR);
		attron(a);
		x += tui_put(0, x, t->cols - x, b);
		attroff(a);
	}
	/* the longest that fits of what the right end says: at 80 columns the tabs leave room
	 * for "? help" alone, and it stays (t15: the whole of it went, "? help" with it) */
	attron(tui_attr(t, C_BAR));
	char right[3][96];
	if (t->busy) {
		const char *dot = t->utf8 ? "\u25cf" : "*";
		snprintf(right[0], sizeof right[0], " %s %s  ? help ", dot, t->busy_cmd);
		snprintf(right[1], sizeof right[1], " %s %s ", dot, t->busy_cmd);
		snprintf(right[2], sizeof right[2], " ? help ");
	} else {
		snprintf(right[0], sizeof right[0], " ? help  : command  q quit ");
		snprintf(right[1], sizeof right[1], " ? help  q quit ");
		snprintf(right[2], sizeof right[2], " ? help ");
	}
	for (int i = 0; i < 3; i++)
		if (tui_width(right[i]) < t->cols - x) {
			tui_put_right(0, x, t->cols - x, right[i]);
			break;
		}
	attroff(tui_attr(t, C_BAR));
}

/* What the status line adds about the lines that wait: their number, and what they wait for
 * when it is the pop-up over the screen (queue_ready). */
static void queue_tail(const tui *t, char *tail, size_t size)
{
	if (!t->nqueue)
		*tail = '\0';
	else if (t->busy)
		snprintf(tail, size, "  (%d queued)", t->nqueue);
	else if (t->popup_on)
		snprintf(tail, size, "  (%d queued: %s when this pop-up is closed)", t->nqueue,
			 t->nqueue == 1 ? "it runs" : "they run");
	else   /* a paste still arriving: its "queued: LINE" says it */
		*tail = '\0';
}

/* While a command runs and no message is fresh (queued, refused, stopping: a few seconds),
 * its progress; lines waiting in the queue are counted at the end. One row, cut with "…". */
static void draw_busy(tui *t, int y)
{
	char tail[96], line[1024];
	queue_tail(t, tail, sizeof tail);
	if (t->prog_what[0] && t->prog_total > 0) {
		int k = tui_putf(y, 0, t->cols, "%s ", t->prog_what);
		tui_bar(t, y, k, 30, t->prog_done / t->prog_total);
		snprintf(line, sizeof line, "%3.0f%%  s or Esc stops%s",
			 100 * t->prog_done / t->prog_total, tail);
		tui_put_cut(y, k + 31, t->cols - k - 31, line);
		return;
	}
	if (t->tr.active && t->screen != SCR_TRAIN)
		snprintf(line, sizeof line, "training: epoch %d/%d, batch %.0f/%.0f, loss %.4f  (3 shows it, s stops)%s",
			 t->tr.epoch, t->tr.epochs, t->tr.done, t->tr.total, t->tr.loss_now, tail);
	else
		snprintf(line, sizeof line, "%s%s", t->status, tail);
	tui_put_cut(y, 0, t->cols, line);
}

/* What a cut message says in its place: where it is whole (the v key). */
static const char whole_tail[] = "  v shows it all";

/* The rows a message may take: a question or an error too long for the status line takes the
 * row above it too (the hint line's): cut, it would lose its end, which is what to do. Other
 * messages keep to one row, so the keys stay in sight. */
static int status_rows(const tui *t)
{
	return t->quit_ask || t->status_err ? 2 : 1;
}

/* s on the status line, row y, in w columns and at most rows_max rows. Too long even so, it
 * ends at a word in "…" and says that v shows it whole (t55 F4: "— 'runs" lost the stopped
 * run's "'runs use 2' to switch" and "? hel" its "p", with nothing said). */
static void put_long(const tui *t, int y, int w, const char *s, int rows_max)
{
	int rows = tui_words_rows(s, w), two = rows > 1 && rows_max > 1 && y > 1;
	if (two)
		mvhline(y - 1, 0, ' ', t->cols);
	if (rows <= 1 + two) {
		tui_put_words(y - two, 0, w, 1 + two, s);
		return;
	}
	int tw = tui_width(whole_tail);
	if (w - tw < 10)
		tw = 0;   /* no room to say it: the "…" alone */
	tui_put_words(y - two, 0, w - tw, 1 + two, s);
	if (tw)
		tui_put(y, w - tw, tw, whole_tail);
}

/* The status line's message as drawn (an error's "error: ", what queued lines wait for) into
 * msg, and the tag at its right into tag: the row filters and the business rules in force, so
 * that no list may surprise (rules.h, filter.h; t20: a filter hid the rules, a long message
 * both). Returns the columns the message has. */
static int status_compose(const tui *t, char *msg, size_t msize, char *tag, size_t tsize)
{
	char rules[96], f[256];
	*tag = '\0';
	/* not when the message is that same text (a `filter` said it: t28 F13, twice on one line) */
	if (*filter_status(&t->app->clean.filter, f, sizeof f) && strcmp(t->status, f) != 0)
		snprintf(tag, tsize, " %s ", f);
	if (*rules_text(&t->app->rules, rules, sizeof rules))
		snprintf(tag + strlen(tag), tsize - strlen(tag), "%srules: %s ", *tag ? "· " : " ",
			 rules);
	int rw = tui_width(tag), most = t->cols * 2 / 3;
	rw = rw > most ? most : rw;
	char tail[96] = "";
	if (!t->busy)   /* busy, a fresh message: "queued: LINE (N lines wait ...)" says it */
		queue_tail(t, tail, sizeof tail);
	/* what the lines wait for goes first: after a message, often the pop-up's long first
	 * line again, it was cut off; an error keeps its place */
	/* "queued: LINE (runs when 'CMD' ends)" once CMD has ended: the tail says what they wait
	 * for now */
	const char *st = !t->busy && t->status_waits ? "" : t->status;
	if (t->status_err)
		snprintf(msg, msize, "error: %s%s", st, tail);
	else if (*tail)
		snprintf(msg, msize, "%s%s%s", tail + 2, *st ? "  " : "", st);
	else
		snprintf(msg, msize, "%s", st);
	size_t n = strlen(msg);
	if (t->status_keys && !t->status_err && tui_width(msg) + 2 + tui_width(t->status_keys) <=
	    t->cols - rw)
		snprintf(msg + n, msize - n, "  %s", t->status_keys);
	/* an error is the point of the line: the filters' and rules' tag gives way when the two
	 * would cut it (t84 F8: "error:" alone beside a long filters summary at 80 columns) */
	if (t->status_err && rw && tui_words_rows(msg, t->cols - rw) > status_rows(t))
		rw = 0;
	return t->cols - rw;
}

/* Which message the status line shows now, into msg, and in how many columns: a question's,
 * or the message beside the tag. 0 when it shows none (a line being typed, the progress). */
static int status_shown(const tui *t, char *msg, size_t size)
{
	char tag[400];
	*msg = '\0';
	if (t->ed.kind == ED_CMD)   /* in draw_status's order */
		return 0;
	if (t->quit_ask) {
		snprintf(msg, size, "%s", t->status);
		return t->cols;
	}
	if (t->busy && rr_now() - t->status_at > 4)
		return 0;
	return status_compose(t, msg, size, tag, sizeof tag);
}

int tui_status_cut(const tui *t, char *msg, size_t size)
{
	int w = status_shown(t, msg, size);
	return w > 0 && *msg && tui_words_rows(msg, w) > status_rows(t);
}

static void draw_status(tui *t)
{
	int y = t->rows - 1;
	mvhline(y, 0, ' ', t->cols);
	if (t->ed.kind == ED_CMD) {
		if (t->comp_msg[0]) {
			attron(A_REVERSE);
			mvhline(y - 1, 0, ' ', t->cols);
			tui_put_cut(y - 1, 1, t->cols - 2, t->comp_msg);
			attroff(A_REVERSE);
		}
		edit_draw(t, y, 0, t->cols, ":");
		return;
	}
	if (t->quit_ask) {
		attron(A_BOLD);
		put_long(t, y, t->cols, t->status, status_rows(t));
		attroff(A_BOLD);
		return;
	}
	if (t->busy && rr_now() - t->status_at > 4) {
		draw_busy(t, y);
		return;
	}
	char tag[400], msg[700];
	int w = status_compose(t, msg, sizeof msg, tag, sizeof tag), rw = t->cols - w;
	if (t->status_err)
		attron(tui_attr(t, C_ERR));
	put_long(t, y, w, msg, status_rows(t));
	if (t->status_err)
		attroff(tui_attr(t, C_ERR));
	if (rw) {
		attron(tui_attr(t, C_BAR));
		tui_put_right(y, w, rw, tag);
		attroff(tui_attr(t, C_BAR));
	}
}

int tui_overlay_rows(const tui *t)
{
	return t->rows - 8; /* draw_overlay's box is rows - 4 high: its frame, a blank, the hint */
}

int tui_overlay_cols(const tui *t)
{
	return t->cols - 8; /* draw_overlay's box is cols - 4 wide: its frame and a blank each side */
}

static void draw_overlay(tui *t, const tui_out *o, const char *title)
{
	int h = t->rows - 4, w = t->cols - 4;
	tui_box(t, 2, 2, h, w, title);
	tui_unshown();
	out_draw(t, o, 3, 4, tui_overlay_rows(t), tui_overlay_cols(t));
	keys_overlay_hint(t, 2 + h - 2, 4, w - 6);
	tui_unshown_note(t, 2 + h - 1, 5, w - 8);
}

void tui_unshown_note(const tui *t, int y, int x, int w)
{
	/* a name drawn as '?????' can be neither read nor typed (t69 F-C: a hint's
	 * --map event='?????' under LANG=C): said on the frame, with the way to see it */
	static const char note[] = " ? = a character this locale cannot show: LANG=C.UTF-8 "
				   "shows it ";
	if (!tui_unshown())
		return;
	int n = tui_width(note);
	attron(tui_attr(t, C_BAR));
	if (n <= w)
		tui_put(y, x + w - n, n, note);
	else
		tui_put_words_line(y, x, w, note);
	attroff(tui_attr(t, C_BAR));
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
	int w = tui_width(msg), n = 1;
	if (w <= t->cols)
		tui_put(y, (t->cols - w) / 2, t->cols, msg);
	else   /* wrapped, not cut: a cut "at least 80" or "80×2" states a wrong size */
		n = tui_put_wrapped(y, 0, t->cols, t->rows - y, msg);
	if (y + n < t->rows)
		tui_put(y + n, 0, t->cols, "(make it larger; q quits)");
	if (t->quit_ask && y + n + 1 < t->rows) { /* q's question: y answers it here too */
		attron(A_BOLD);
		tui_put_wrapped(y + n + 1, 0, t->cols, t->rows - y - n - 1, t->status);
		attroff(A_BOLD);
	}
}

void tui_draw(tui *t)
{
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
		draw_overlay(t, &t->popup, t->popup.title);
	if (t->help_on)
		draw_overlay(t, &t->help, "help: keys and commands");
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

/* A key code for the escape sequence seq: the one it has, or the first free one past KEY_MAX
 * (a terminal's extended keys, Ctrl-arrows say, take some there); 0 when none can be had. */
static int key_code_for(const char *seq)
{
	int code = key_defined(seq);
	if (code > 0)
		return code;
	for (code = KEY_MAX + 1; code < KEY_MAX + 1024; code++) {
		char *bound = keybound(code, 0);
		if (!bound)
			return define_key(seq, code) == OK ? code : 0;
		free(bound);
	}
	return 0;
}

static int read_one(void)
{
	wint_t wc;
	int r = get_wch(&wc);
	if (r == ERR)
		return -1;
	if (r == KEY_CODE_YES) {
		if (g_paste_begin && (int)wc == g_paste_begin)
			return TK_PASTE_BEGIN;
		if (g_paste_end && (int)wc == g_paste_end)
			return TK_PASTE_END;
		return TK((int)wc);
	}
	return (int)wc;
}

/* A key read again next: curses' own codes go back as codes, characters as characters. */
static void unread_key(int key)
{
	if (key < TK_FN)
		unget_wch((wchar_t)key);
	else
		ungetch(key == TK_PASTE_BEGIN ? g_paste_begin : key == TK_PASTE_END ? g_paste_end
										: key - TK_FN);
}

/* The rest of an escape sequence longer than ESCKEYS_MAX (c[0..ESCKEYS_MAX) its bytes after
 * the ESC), read and dropped up to its final byte (esckeys_tail; t68 F3), a control string's
 * to its BEL or ST (esckeys_string_tail; t71 F25). A byte that cannot be in it is read
 * again, as a key. */
static void escape_drop_tail(const int *c)
{
	int string = esckeys_string(c, ESCKEYS_MAX), esc = c[ESCKEYS_MAX - 1] == TK_ESC;
	for (int k = ESCKEYS_MAX; k < ESCKEYS_DROP; k++) {
		int b = read_one();
		if (b < 0)
			return;
		int t = b >= TK_FN ? -1 : string ? esckeys_string_tail(b, &esc) : esckeys_tail(b);
		if (t < 0)
			unread_key(b);
		if (t == -2)   /* the ESC before b too, read first */
			unread_key(TK_ESC);
		if (t <= 0)
			return;
	}
}

/* The key of an Esc curses read alone: what follows it at once may be the rest of a key's
 * sequence that the terminal's description does not give (esckeys.h: an arrow typed before
 * keypad mode came on, t66 F1), or one whose bytes came in two reads, which curses gave up
 * on (esckeys_wait: its rest waited for). Those a key does not take are read again. 0: a sequence of no key the
 * workbench binds, dropped. */
static int read_escape(void)
{
	int c[ESCKEYS_MAX], n = 0, key = TK_ESC, fn = 0, used = -1, delay = wgetdelay(stdscr);
	double since = 0;   /* when the first byte after the ESC came: esckeys_wait's clock */
	while (used < 0) {
		if (n == 1 && since == 0)
			since = rr_now();
		int elapsed = n ? (int)((rr_now() - since) * 1000) : 0;
		timeout(esckeys_wait(c, n, get_escdelay(), elapsed));
		if (n == ESCKEYS_MAX) {   /* longer than any key's: no key, dropped whole */
			escape_drop_tail(c);
			key = fn = 0;
			used = n;
			break;
		}
		int b = read_one();
		if (b >= TK_FN || b < 0) {   /* none, or a key of its own: the sequence ends */
			if (b >= 0)
				unread_key(b);
			used = esckeys_parse(c, n, 1, &key, &fn);
			break;
		}
		c[n++] = b;
		used = esckeys_parse(c, n, 0, &key, &fn);
	}
	timeout(delay);
	for (int i = n; i > used; i--)   /* curses' queue is a stack: the last byte first */
		unread_key(c[i - 1]);
	if (fn && (key == ESCKEYS_PASTE_BEGIN || key == ESCKEYS_PASTE_END))
		return key == ESCKEYS_PASTE_BEGIN ? TK_PASTE_BEGIN : TK_PASTE_END;
	return fn && key ? TK(key) : key;
}

static int read_key(void)
{
	int key;
	while ((key = read_one()) == TK_ESC && (key = read_escape()) == 0)
		;
	return key;
}

/* No key came: a paste whose end mark was lost (cut in two by a slow link, say) ends after
 * a second of silence, or every later key would be taken for pasted text. */
static void paste_expire(tui *t)
{
	if (t->pasting && rr_now() - t->paste_at > 1.0)
		tui_keypress(t, TK_PASTE_END);
}

/* An outside SIGINT (kill -INT, timeout -s INT) is the Ctrl-C key, which raw mode keeps
 * from sending one: it stops the running command, at idle quits as q does (asking first
 * when runs are unsaved). t47 F7: it left at once with exit 0, unsaved runs lost. */
static void sigint_take(tui *t)
{
	if (!g_sigint)
		return;
	g_sigint = 0;
	tui_keypress(t, TK_CTRL('c'));
}

void tui_poll(tui *t)
{
	sigint_take(t);
	timeout(0);
	int key;
	while ((key = read_key()) != -1)
		tui_keypress(t, key);
	paste_expire(t);
}

int tui_caches_stale(const tui *t)
{
	return (t->app->ds ? t->app->ds->gen : 0) != t->data_gen;
}

const char *tui_no_data(const tui *t)
{
	if (t->busy && strcmp(t->busy_cmd, "load") == 0)
		return "loading: the data shows here when the load ends";
	if (tui_caches_stale(t))   /* a script's reset or load, its command still running */
		return "the data changed: the lists show here when the running command ends";
	/* loaded, but nothing kept: a load would not help, since filters and rules outlive it
	 * (t25 F5: "no data loaded" was said) */
	if (t->app->rows && t->app->ds && !t->app->ds->kept)
		return "no row kept: the filters or cleaning rules drop them all (:filter and :clean "
		       "show them, :undo takes the last back)";
	return "no data loaded: type :load FILE";
}

/* ==== entry ==== */

/* ncurses keeps a window's side in a short (NCURSES_SIZE_T): a terminal reporting more
 * lines or columns cannot be drawn on */
enum { TUI_MAX_SIDE = 32767 };

/* The terminal in the workbench's modes; NULL when it cannot be had. */
static SCREEN *term_start(tui *t)
{
	/* the size is the terminal's own (TIOCGWINSZ), and COLUMNS and LINES only stand in when
	 * it cannot be asked: a stale or exported COLUMNS drew for 200x60 on a 100x30 screen, and
	 * a huge one took a gigabyte and seconds (t30 F6) */
	use_env(TRUE);
	use_tioctl(TRUE);
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr)
		return NULL;
	/* a terminal that cannot move the cursor (TERM=dumb: Emacs' shell, IDE consoles) would
	 * draw every line over the last one: no workbench there, as for an unknown TERM */
	char *cup = tigetstr("cup");
	if (!cup || cup == (char *)-1) {
		endwin();
		delscreen(scr);
		return NULL;
	}
	g_curses_on = 1;
	g_app = t->app;
	static int atexit_done;
	if (!atexit_done) {
		atexit(restore_terminal);
		atexit_done = 1;
	}
	raw(); /* Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys */
	noecho();
	keypad(stdscr, TRUE);
	g_paste_begin = key_code_for("\033[200~");
	g_paste_end = key_code_for("\033[201~");
	paste_mode(1);
	set_escdelay(25);
	tui_colors_init(t);
	getmaxyx(stdscr, t->rows, t->cols);
	return scr;
}

/* 1 when the terminal database describes term, and it can move the cursor (what term_start
 * asks): when the workbench cannot start on such a terminal, its size is the cause, else the
 * type is. termcap's entry points, as term.h's macros (lines, columns) would shadow names. */
static int term_drawable(const char *term)
{
	char area[2048], *p = area;
	if (tgetent(NULL, term) != 1)
		return 0;
	return tgetstr("cm", &p) != NULL;
}

/* The start command (the data's load) on the workbench's own screen; a failure or a stop is
 * said there. */
static void start_run(tui *t, const rr_start *start)
{
	rr_app *app = t->app;
	after_command(t, "load"); /* builds the caches and records the dataset they come from */
	tui_draw(t);
	int rc = start && start->load ? tui_line(t, start->load, 0) : 0;
	if (rc == 0 && app->ds && app->rows) {
		tui_status(t, 0, "%s: %zu rows read, %zu kept.",
			   app->rows->path ? app->rows->path : "data", app->rows->lines, app->ds->kept);
		t->status_keys = "? help   : command   q quit";
	}
	else if (rc == 0)
		tui_status(t, 0, "no data loaded: type :load FILE  (? help)");
}

static void tui_loop(tui *t)
{
	rr_app *app = t->app;
	while (!app->quit && !app->interrupt) {
		sigint_take(t);
		if (app->quit || app->interrupt)
			break;
		if (t->screen == SCR_RUNS && t->runs_stale) /* a run ended while this screen was up */
			browse_enter(t, SCR_RUNS);
		browse_rules_follow(t);
		/* the waiting lines before any key still unread: those were typed after them */
		while (queue_ready(t) && !app->interrupt) {
			queue_step(t);
			browse_rules_follow(t);
			tui_draw(t);
		}
		after_work(t);
		keys_replay(t);   /* the keys typed ahead, once the lines typed before them ran */
		if (app->quit || app->interrupt)
			break;
		tui_draw(t);
		timeout(250);
		int key = read_key();
		if (key != -1)
			tui_keypress(t, key);
		else
			paste_expire(t);
		/* the keys already there while a paste or a line is open, drawn once after them: a
		 * draw per key took a 1 MB paste 5 minutes, Esc and q typed after it waiting behind
		 * (t43 #7). A line that ends (Enter) stops it, so its command runs first. */
		timeout(0);
		while ((t->pasting || t->ed.kind != ED_NONE) && !app->quit && (key = read_key()) != -1)
			tui_keypress(t, key);
	}
}

static void tui_free(tui *t)
{
	out_free(&t->scratch);
	out_free(&t->popup);
	out_free(&t->popup_src);
	out_free(&t->help);
	out_free(&t->train_out);
	out_free(&t->rec_out);
	out_free(&t->tog_out);
	out_free(&t->runs_out);
	queue_free(t);
	hist_free(t);
	train_free(t);
	browse_free(t);
	free(t->hist_counts);
	free(t);
}

int tui_run(rr_app *app, const rr_start *start)
{
	tui *t = calloc(1, sizeof *t);
	if (!t) {
		fprintf(stderr, "relrec: out of memory\n");
		return 1;
	}
	t->app = app;
	app->asker = ":";   /* a person types here: a sourced quit leaves it to them */
	t->rec_user = t->tog_item = t->tog_user = RR_NONE;
	browse_defaults(t);
	t->resets_seen = app->resets;
	t->runs_first = -1;
	t->looked = start ? start->looked : NULL;
	t->utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	SCREEN *scr = term_start(t);
	if (!scr) {
		const char *term = getenv("TERM"), *cols = getenv("COLUMNS"), *lines = getenv("LINES");
		/* the size COLUMNS and LINES set, when the terminal's could not be asked, may be
		 * the cause rather than the terminal's type (t30 F6: COLUMNS=100000 blamed it);
		 * only for a terminal relrec could draw on (t57 F9: TERM=nosuchterm with COLUMNS=-3
		 * said to unset COLUMNS, which fixed nothing) */
		struct winsize ws;
		int drawable = term && *term && term_drawable(term);
		int huge = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
			   (ws.ws_col > TUI_MAX_SIDE || ws.ws_row > TUI_MAX_SIDE);
		if (drawable && huge)   /* the size, not the type (t47 F10: 65535x65535) */
			fprintf(stderr, "relrec: cannot start the workbench on terminal '%s' at its size "
				"of %u columns by %u lines: using the prompt\n", term,
				(unsigned)ws.ws_col, (unsigned)ws.ws_row);
		else if (drawable && ((cols && *cols) || (lines && *lines)))
			fprintf(stderr, "relrec: cannot start the workbench on terminal '%s' at the size "
				"COLUMNS='%.20s' and LINES='%.20s' give (unset them to use the terminal's "
				"own): using the prompt\n", term, cols ? cols : "", lines ? lines : "");
		else if (term && *term)
			fprintf(stderr, "relrec: cannot start the workbench on terminal '%s': using the "
				"prompt\n", term);
		else
			fprintf(stderr, "relrec: cannot start the workbench: TERM is not set: using the "
				"prompt\n");
		free(t);
		/* a FILE it could not load is said and the session goes on: leaving it normally is
		 * success, as on the prompt (relrec(1) EXIT STATUS) */
		if (start && start->load && cmd_exec(app, start->load) != 0)
			fprintf(stderr, "relrec: %s\n", err_msg());
		return prompt_run(app);
	}
	struct sigaction old_int[2], old_fatal[NFATAL];   /* SIGINT's, SIGPIPE's; the rest */
	signals_install(old_int, old_fatal);
	rr_sink saved = app->sink;
	app->sink = (rr_sink){.ctx = t, .text = s_text, .timing = s_timing, .eta = s_eta, .table = s_table,
			      .progress = s_progress, .error = s_error};
	/* the start-up load's failure, or its stop (t75 F5: Esc, then q, exited 1), was said on
	 * the screen and the session went on: it is no exit status of the session */
	start_run(t, start);
	tui_loop(t);
	app->sink = saved;
	restore_terminal();
	delscreen(scr);
	signals_restore(old_int, old_fatal);
	g_app = NULL;
	tui_free(t);
	return 0;
}
