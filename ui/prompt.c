/* prompt.c — `relrec --prompt`: the GNU readline front end (DESIGN §2).
 *
 * Readline runs through its callback interface inside a pselect() loop, so that Ctrl-C is
 * ours: main()'s SIGINT handler only sets app->stop; at the prompt we see that when pselect
 * returns EINTR and throw the line away, and while a command runs the engine reads the same
 * flag and stops cleanly. Readline is told not to install signal handlers of its own
 * (rl_catch_signals = 0), so the two never fight. SIGTERM and SIGHUP (a closed terminal) end
 * the session as in replay: main's handler sets app->interrupt, the work stops at a safe
 * point (an export's temporary file removed), and the loop leaves for main's exit 128 + N.
 *
 * History lives in $XDG_STATE_HOME/relrec/history (default ~/.local/state/relrec/history),
 * is read at start and appended after every line, so a crash loses nothing; always through
 * the descriptor checked at start, never by name (history_stop says why). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "afile.h"
#include "cmd.h"
#include "err.h"
#include "frontends.h"
#include "sink_file.h"
#include "textesc.h"
#include "util.h"

#define HISTORY_KEEP 2000   /* lines kept in the history file */
/* t43 #8: a history file with a 1.5 GB line ended the prompt at start (readline's xmalloc):
 * a line longer than the prompt takes is skipped, and only the file's last bytes are read */
#define HISTORY_LINE_MAX RR_SCRIPT_LINE_MAX
#define HISTORY_READ_MAX ((off_t)HISTORY_KEEP * 1024)   /* ~1 KB a line: far above real use */
#define BAR_WIDTH 24        /* cells of the progress bar between the brackets */

/* ==== The prompt's sink: text to stdout, errors to stderr, a progress bar on a tty ====
 * Text, tables and errors go through the file sink, which escapes control characters
 * (textesc.h); the bar escapes its label itself. */

typedef struct prompt_sink {
	rr_sink file;          /* the plain stdout sink we delegate text, tables and epochs to */
	int bar_tty;           /* 1 = stderr is a terminal: draw the bar */
	int bar_shown;         /* 1 = a bar is on the screen and must be cleared before output */
	int last_permille;     /* what the bar showed last, to redraw only on change */
	int last_epoch;
	double last_draw;      /* rr_now() of the last redraw */
} prompt_sink;

static void bar_clear(prompt_sink *ps)
{
	if (!ps->bar_shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	ps->bar_shown = 0;
}

static void ps_text(void *ctx, const char *s)
{
	prompt_sink *ps = ctx;
	bar_clear(ps);
	ps->file.text(ps->file.ctx, s);
	fflush(stdout);
}

static void ps_timing(void *ctx, const char *s)
{
	prompt_sink *ps = ctx;
	if (!ps->file.timing)   /* RELREC_NO_TIMING: the file sink drops them */
		return;
	bar_clear(ps);
	ps->file.timing(ps->file.ctx, s);
	fflush(stdout);
}

static void ps_table(void *ctx, const rr_table *t)
{
	prompt_sink *ps = ctx;
	bar_clear(ps);
	ps->file.table(ps->file.ctx, t);
	fflush(stdout);
}

static void ps_error(void *ctx, const char *msg)
{
	prompt_sink *ps = ctx;
	bar_clear(ps);
	ps->file.error(ps->file.ctx, msg);
}

/* Columns of the terminal on stderr; 80 when it cannot be asked. */
static int term_cols(void)
{
	struct winsize ws;
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* "\r[#####...] 45% epoch 3/10 loss 0.31", cut to the terminal's width so it never wraps
 * (a wrapped line could not be taken back with \r). */
static void bar_draw(prompt_sink *ps, const rr_progress *p)
{
	double frac = p->total > 0 ? p->done / p->total : 0;
	if (frac < 0)
		frac = 0;
	if (frac > 1)
		frac = 1;
	int permille = (int)(frac * 1000);
	double t = rr_now();
	/* Redraw when the shown figure changes, and at most ~8 times a second otherwise (the
	 * loss moves on every batch; the terminal need not). */
	if (ps->bar_shown && permille / 10 == ps->last_permille / 10 &&
	    p->epoch == ps->last_epoch && t - ps->last_draw < 0.125)
		return;
	ps->last_permille = permille;
	ps->last_epoch = p->epoch;
	ps->last_draw = t;

	char line[256];
	int n = 0, fill = (int)(frac * BAR_WIDTH + 0.5);
	line[n++] = '[';
	for (int i = 0; i < BAR_WIDTH; i++)
		line[n++] = i < fill ? '#' : '.';
	line[n++] = ']';
	n += snprintf(line + n, sizeof line - (size_t)n, " %3d%%", permille / 10);
	if (p->phase == RR_PHASE_BATCH)
		n += snprintf(line + n, sizeof line - (size_t)n, " epoch %d/%d loss %.4f", p->epoch,
			      p->epochs, p->train_loss);
	else if (p->what) { /* a label, but it could name a file: escaped like all output */
		char *what = textesc_dup(p->what, 0);
		n += snprintf(line + n, sizeof line - (size_t)n, " %s", what ? what : "");
		free(what);
	}
	if (n >= (int)sizeof line)
		n = (int)sizeof line - 1;
	int cols = term_cols() - 1;
	if (n > cols)
		n = cols > 0 ? cols : 0;
	fprintf(stderr, "\r%.*s\033[K", n, line);
	fflush(stderr);
	ps->bar_shown = 1;
}

static void ps_progress(void *ctx, const rr_progress *p)
{
	prompt_sink *ps = ctx;
	switch (p->phase) {
	case RR_PHASE_EPOCH: /* the epoch's line goes to stdout like in a script */
		bar_clear(ps);
		ps->file.progress(ps->file.ctx, p);
		fflush(stdout);
		break;
	case RR_PHASE_DONE:
		bar_clear(ps);
		break;
	default:
		if (ps->bar_tty)
			bar_draw(ps, p);
		break;
	}
}

static void prompt_sink_init(prompt_sink *ps, rr_app *app)
{
	memset(ps, 0, sizeof *ps);
	sink_file_init(&ps->file, stdout);
	ps->bar_tty = isatty(STDERR_FILENO);
	ps->last_permille = -1;
	app->sink.ctx = ps;
	app->sink.text = ps_text;
	app->sink.timing = ps_timing;
	app->sink.table = ps_table;
	app->sink.progress = ps_progress;
	app->sink.error = ps_error;
}

/* ==== History ==== */

/* $XDG_STATE_HOME/relrec/history, or ~/.local/state/relrec/history; the directories are
 * created, and the last one opened into *dfd. Returns a malloc'd path, or NULL after a note
 * when there is no home to keep it in (HOME unset, relative or not an existing directory) or
 * the last directory is a symbolic link. */
static char *history_path(int *dfd)
{
	const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	char *dir;
	size_t n;
	if (xdg && xdg[0] == '/') { /* the XDG spec says to ignore relative paths */
		n = strlen(xdg) + sizeof "/relrec";
		dir = malloc(n);
		if (dir)
			snprintf(dir, n, "%s/relrec", xdg);
	} else if (!home || !*home) {
		fprintf(stderr, "relrec: HOME is not set (history not kept)\n");
		return NULL;
	} else {
		/* the directories below are created: never a missing HOME itself (nobody's is
		 * /nonexistent), nor a relative one under the current directory */
		struct stat st;
		if (home[0] != '/' || stat(home, &st) != 0 || !S_ISDIR(st.st_mode)) {
			char *shown = textesc_dup(home, 0);
			fprintf(stderr, "relrec: HOME ('%s') is not an existing directory's absolute path "
				"(history not kept)\n", shown ? shown : "?");
			free(shown);
			return NULL;
		}
		n = strlen(home) + sizeof "/.local/state/relrec";
		dir = malloc(n);
		if (dir)
			snprintf(dir, n, "%s/.local/state/relrec", home);
	}
	if (!dir)
		return NULL;
	/* mkdir -p, each component; existing ones are fine. */
	for (char *p = dir + 1;; p++) {
		if (*p == '/' || *p == '\0') {
			char c = *p;
			*p = '\0';
			if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
				fprintf(stderr, "relrec: cannot create '%s': %s (history not kept)\n", dir,
					strerror(errno));
				free(dir);
				return NULL;
			}
			*p = c;
			if (!c)
				break;
		}
	}
	/* relrec's own directory, never a link to another (t47 F5: $XDG_STATE_HOME/relrec ->
	 * elsewhere had the history written there, where root's prompt, run with another
	 * user's HOME, wrote and trimmed a file of that user's choosing); a link above it is
	 * the user's own arrangement. The descriptor pins it: history_dir_same. */
	*dfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (*dfd < 0) {
		char *shown = textesc_dup(dir, 0);
		fprintf(stderr, "relrec: cannot keep the history in '%s': %s (history not kept)\n",
			shown ? shown : "?", errno == ELOOP || errno == ENOTDIR
			? "it is a symbolic link or not a directory, and relrec writes only in a "
			  "directory of its own" : strerror(errno));
		free(shown);
		free(dir);
		return NULL;
	}
	n = strlen(dir) + sizeof "/history";
	char *path = malloc(n);
	if (path)
		snprintf(path, n, "%s/history", dir);
	free(dir);
	return path;
}

typedef struct prompt_state {
	rr_app *app;
	prompt_sink sink;
	char *hist;          /* history file, or NULL */
	int hist_dir;        /* its directory, opened once (O_NOFOLLOW), or -1 */
	FILE *hist_f;        /* hist as opened and checked at start (afile_append); NULL: none */
	int hist_warned;     /* 1 = a write failure was reported once already */
	int done;            /* 1 = leave the loop (quit or end of input) */
	int asked;           /* 1 = the last line was a quit or reset held for unsaved runs */
} prompt_state;

static prompt_state S;   /* readline's callbacks take no context pointer */

/* The history file is written only through the descriptor afile_append checked at start, and
 * only while its name still leads to that file: readline's append_history and
 * history_truncate_file open it by name, so a symbolic link put there during a session was
 * written through (and its target cut to 2000 lines and made 0600), and a FIFO hung the
 * prompt (t21). Any change ends the history for the session, said once. */
static void history_stop(const char *why)
{
	fprintf(stderr, "relrec: %s: no more command history is kept this session\n", why);
	afile_guard(&S, -1, NULL, NULL);
	fclose(S.hist_f);
	S.hist_f = NULL;
}

/* No output of the session may be the history file, by any name, the journal above all:
 * every line would land in it twice, after other sessions' lines, and the trim at the end
 * renames a new file over it (t38 #14). fd < 0 lifts the guard, for the prompt's own
 * writes by name (the trim, a reopen). */
static void history_guard(int fd)
{
	char what[4200];
	snprintf(what, sizeof what, "the prompt's command history ('%s')", S.hist);
	afile_guard(&S, fd, S.hist, what);
}

/* A reader of the history file within bounds: in, its buffer of HISTORY_LINE_MAX + 2 bytes,
 * the lines skipped for their length, and whether the start was skipped for the size. */
typedef struct hist_in {
	FILE *in;
	char *buf;
	long long_lines;
	long obeyed;   /* lines skipped for what a terminal obeys or hides (hist_hides) */
	int cut;
} hist_in;

/* Open hist_in over fd (taken): the last HISTORY_READ_MAX bytes, from the first whole line
 * there. 0, or -1 (fd closed). */
static int hist_in_open(hist_in *h, int fd)
{
	memset(h, 0, sizeof *h);
	struct stat st;
	h->in = fd >= 0 ? fdopen(fd, "r") : NULL;
	h->buf = h->in ? malloc(HISTORY_LINE_MAX + 2) : NULL;
	if (!h->buf) {
		if (h->in)
			fclose(h->in);
		else if (fd >= 0)
			close(fd);
		return -1;
	}
	if (fstat(fd, &st) == 0 && st.st_size > HISTORY_READ_MAX &&
	    fseeko(h->in, st.st_size - HISTORY_READ_MAX, SEEK_SET) == 0) {
		int c;
		while ((c = getc(h->in)) != EOF && c != '\n')
			;   /* the rest of a line cut by the seek */
		h->cut = 1;
	}
	return 0;
}

/* The next line into h->buf, its newline removed: 1, or 0 at the end. A line longer than
 * HISTORY_LINE_MAX is read past in pieces, never held whole, and counted. */
/* Does s hold what a terminal obeys rather than shows, or shows as nothing or as a blank
 * (textesc_line_refused, the rule a script's lines meet: a comment's blanks aside)? Readline
 * echoes a recalled line's C1 controls raw (t57 F5: U+009B, U+009D, a raw 0x9B byte went to
 * the terminal on Up). */
static int hist_hides(const char *s)
{
	char esc[8];
	size_t len, n = strlen(s);
	return textesc_line_refused(s, n, esc, &len) < n;
}

static int hist_in_next(hist_in *h)
{
	for (;;) {
		if (!fgets(h->buf, HISTORY_LINE_MAX + 2, h->in))
			return 0;
		size_t n = strlen(h->buf);   /* a NUL byte ends it early: the line is cut there */
		int whole = n && h->buf[n - 1] == '\n';
		if (whole)
			h->buf[n - 1] = '\0';
		if ((whole || (n <= HISTORY_LINE_MAX && feof(h->in))) && hist_hides(h->buf)) {
			h->obeyed++;
			continue;
		}
		if (whole)
			return 1;
		if (n <= HISTORY_LINE_MAX && feof(h->in))
			return 1;   /* the last line, without a newline */
		h->long_lines++;
		char *e;
		do   /* the rest of the over-long line */
			e = fgets(h->buf, HISTORY_LINE_MAX + 2, h->in);
		while (e && !strchr(h->buf, '\n'));
	}
}

static void hist_in_close(hist_in *h)
{
	if (h->long_lines)
		fprintf(stderr, "relrec: the command history '%s' has %ld line%s longer than %d bytes "
			"(no command of the prompt's): skipped\n", S.hist, h->long_lines,
			rr_plural((double)h->long_lines), HISTORY_LINE_MAX);
	if (h->obeyed)
		fprintf(stderr, "relrec: the command history '%s' has %ld line%s holding what a "
			"terminal obeys or shows as nothing (a script may not hold them either): "
			"skipped\n", S.hist, h->obeyed, rr_plural((double)h->obeyed));
	free(h->buf);
	fclose(h->in);
}

/* Does the history's name still lead through the directory opened at start (a link put in
 * its place since leads elsewhere), and, with f, to f as that directory's "history"? 0, or
 * -1 with err_set. */
static int history_dir_same(FILE *f)
{
	struct stat d, p, a, b;
	size_t n = strlen(S.hist) - strlen("/history");
	char *dir = strdup(S.hist);
	int bad = !dir;
	if (dir) {
		dir[n] = '\0';
		bad = fstat(S.hist_dir, &d) != 0 || lstat(dir, &p) != 0 || !S_ISDIR(p.st_mode) ||
		      p.st_dev != d.st_dev || p.st_ino != d.st_ino;
	}
	if (!bad && f)
		bad = fstat(fileno(f), &a) != 0 ||
		      fstatat(S.hist_dir, "history", &b, AT_SYMLINK_NOFOLLOW) != 0 ||
		      a.st_dev != b.st_dev || a.st_ino != b.st_ino;
	char *shown = textesc_dup(dir ? dir : S.hist, 0);
	if (bad)
		err_set("the history's directory '%s' was replaced (by a symbolic link?)",
			shown ? shown : "?");
	free(shown);
	free(dir);
	return bad ? -1 : 0;
}

enum { INPUTRC_MAX = 1 << 20 };   /* readline's settings: a few KB; past this, not settings */

/* The file readline reads its settings from, as it chooses it: $INPUTRC, else ~/.inputrc, else
 * /etc/inputrc. path gets it, or "" when there is none to check. */
static void inputrc_path(char *path, size_t size)
{
	const char *env = getenv("INPUTRC"), *home = getenv("HOME");
	path[0] = '\0';
	if (env && *env) {
		snprintf(path, size, "%s", env);
		return;
	}
	if (home && *home && (size_t)snprintf(path, size, "%s/.inputrc", home) < size &&
	    access(path, F_OK) == 0)
		return;
	snprintf(path, size, "/etc/inputrc");
}

/* Readline reads its settings file whole, by open and read, at its first use: a FIFO there
 * waited for a writer for ever, Ctrl-C and Ctrl-D unheard, and a huge file ended the prompt
 * with readline's "out of virtual memory" (t50 F4, F6; the history file is guarded the same
 * way). Such a file is said and not read: readline reads /dev/null, the empty settings,
 * through $INPUTRC for its initialisation only (the commands a load runs keep the user's). */
static void inputrc_guard(void)
{
	char path[4096], *shown;
	struct stat st;
	inputrc_path(path, sizeof path);
	if (!path[0] || stat(path, &st) != 0 ||
	    !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) ||
	      (S_ISREG(st.st_mode) && st.st_size > INPUTRC_MAX))) {
		rl_initialize();
		return;
	}
	shown = textesc_dup(path, TEXTESC_INVISIBLE);
	fprintf(stderr, "relrec: readline's settings '%s' not read: %s (the prompt works "
		"without them)\n", shown ? shown : "?", S_ISREG(st.st_mode) ?
		"larger than 1 MB, no settings file" : "not a regular file (a FIFO would wait for a "
		"writer)");
	free(shown);
	char *saved = getenv("INPUTRC") ? strdup(getenv("INPUTRC")) : NULL;
	setenv("INPUTRC", "/dev/null", 1);
	rl_initialize();
	if (saved)
		setenv("INPUTRC", saved, 1);
	else
		unsetenv("INPUTRC");
	free(saved);
}

/* Open, check and read the history at start: read by name as well, but only that same file
 * (afile_reopen_read), never waiting on a FIFO. */
static void history_open(void)
{
	S.hist_dir = -1;
	S.hist = history_path(&S.hist_dir);
	if (!S.hist)
		return;
	S.hist_f = afile_append(S.hist, 0600);
	if (S.hist_f && history_dir_same(S.hist_f) != 0) {
		fclose(S.hist_f);
		S.hist_f = NULL;
	}
	if (!S.hist_f) {
		fprintf(stderr, "relrec: no command history: %s\n", err_msg());
		free(S.hist);
		S.hist = NULL;
		return;
	}
	history_guard(fileno(S.hist_f));
	hist_in h;
	if (hist_in_open(&h, afile_reopen_read(fileno(S.hist_f), S.hist)) != 0)
		return;   /* nothing to recall: lines are still kept */
	while (hist_in_next(&h))
		if (h.buf[0])
			add_history(h.buf);   /* stifled: the last HISTORY_KEEP stay */
	hist_in_close(&h);
}

/* The history's name holds another file than the one open: another prompt's trim renamed a
 * new one over it, or the user removed it. Go on with what is there now when it is a plain
 * file of one name, opened as at start (never through a link, never waiting on a FIFO); a
 * hard link (another file's second name) is not written. 0, or -1 with err_set (t22: the
 * second of two prompts stopped keeping history when the first one quit). */
static int history_reopen(void)
{
	char why[400];
	snprintf(why, sizeof why, "%s", err_msg());
	history_guard(-1);   /* the guard keeps the name too */
	if (history_dir_same(NULL) != 0)
		return -1;
	FILE *f = afile_append(S.hist, 0600);
	struct stat st;
	if (!f || fstat(fileno(f), &st) != 0 || st.st_nlink != 1 || history_dir_same(f) != 0) {
		if (f)
			fclose(f);
		return err_set("%s", why);   /* what took the history's place, as afile_still says */
	}
	fclose(S.hist_f);
	S.hist_f = f;
	history_guard(fileno(f));
	return 0;
}

static void history_remember(const char *line)
{
	HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
	if (last && strcmp(last->line, line) == 0)
		return; /* like HISTCONTROL=ignoredups */
	add_history(line);
	if (!S.hist_f)
		return;
	if (afile_still(fileno(S.hist_f), S.hist) != 0 && history_reopen() != 0) {
		history_stop(err_msg());
		return;
	}
	/* one write on the O_APPEND descriptor: a line of another session never lands inside */
	size_t n = strlen(line);
	char *buf = malloc(n + 1);
	int e = buf ? 0 : ENOMEM;
	if (buf) {
		memcpy(buf, line, n);
		buf[n] = '\n';
		for (size_t off = 0; off <= n && !e;) {
			ssize_t k = write(fileno(S.hist_f), buf + off, n + 1 - off);
			if (k > 0)
				off += (size_t)k;
			else if (k == 0 || errno != EINTR)
				e = k == 0 ? EIO : errno;
		}
		free(buf);
	}
	if (e && !S.hist_warned) {
		fprintf(stderr, "relrec: cannot write history '%s': %s\n", S.hist, strerror(e));
		S.hist_warned = 1;
	}
}

/* At the end: keep the file's last HISTORY_KEEP lines (other sessions append to it too), by
 * a new file renamed over it (afile), never through a link nor chmod of another file, and
 * only while it is still the file opened at start. */
static void history_trim(void)
{
	history_guard(-1);   /* the session's last write, the prompt's own */
	if (history_dir_same(S.hist_f) != 0) {
		history_stop(err_msg());
		return;
	}
	hist_in h;
	if (hist_in_open(&h, afile_reopen_read(fileno(S.hist_f), S.hist)) != 0) {
		history_stop(err_msg());
		return;
	}
	char **ring = calloc(HISTORY_KEEP, sizeof *ring);
	size_t n = 0;
	while (ring && hist_in_next(&h)) {
		free(ring[n % HISTORY_KEEP]);
		ring[n++ % HISTORY_KEEP] = strdup(h.buf);
	}
	/* what was skipped (over-long lines, a start past the bound) goes from the file too */
	int rewrite = ring && (n > HISTORY_KEEP || h.long_lines || h.obeyed || h.cut);
	h.long_lines = h.obeyed = 0;   /* said at start already */
	hist_in_close(&h);
	rr_afile a;
	if (rewrite && afile_open(&a, S.hist, "w") == 0) {
		for (size_t i = n > HISTORY_KEEP ? n - HISTORY_KEEP : 0; i < n; i++) {
			const char *x = ring[i % HISTORY_KEEP];
			if (x)
				fprintf(a.f, "%s\n", x);
		}
		if (afile_commit(&a) != 0)
			fprintf(stderr, "relrec: cannot trim the history: %s\n", err_msg());
		err_take_note();   /* a hard-link warning has no command to show it */
	} else if (rewrite) {
		fprintf(stderr, "relrec: cannot trim the history: %s\n", err_msg());
	}
	for (size_t i = 0; ring && i < HISTORY_KEEP; i++)
		free(ring[i]);
	free(ring);
}

/* ==== Completion ==== */

/* The engine decides what the word under the cursor can be (cmd_complete) and how it is
 * written (completion_insert, completion_text), the workbench's ':' line alike. t40 #1 #4:
 * readline's own quoting left a leading '|' (load ran the file name through /bin/sh), line
 * breaks (each line ran as a command) and a '"' inside a name as they were, and quoted no
 * customer id: so the word is replaced here, whole, from its first byte, and readline is given
 * an empty common part (nothing more to insert) and the candidates' forms to list. */
static rr_completion C;

/* Put the engine's text in place of the word. */
static void replace_word(int end, int *done)
{
	char *put = completion_insert(&C, done);
	int changed = put && strcmp(put, C.typed) != 0;
	if (changed) {
		rl_begin_undo_group();
		rl_delete_text((int)C.raw_start, end);
		rl_point = (int)C.raw_start;
		rl_insert_text(put);
		rl_end_undo_group();
	}
	free(put);
}

static char **complete(const char *text, int start, int end)
{
	(void)text;
	(void)start;
	rl_attempted_completion_over = 1; /* never fall back to readline's own file names */
	rl_completion_suppress_quote = 1; /* the engine's text closes its own quotes */
	completion_free(&C);
	if (cmd_complete(S.app, rl_line_buffer, (size_t)end, &C) != 0 || C.n == 0)
		return NULL;
	int done = 0, t = rl_completion_type;
	if (t == '\t' || t == '!' || t == '@')
		replace_word(end, &done);
	else
		free(completion_insert(&C, &done));
	if (!done)
		rl_completion_suppress_append = 1; /* a directory, or "user=": the word goes on */
	char **m = calloc((size_t)C.n + 2, sizeof *m);
	if (!m)
		return NULL;
	/* matches[0] is what readline inserts: nothing after a Tab (the line is already right),
	 * the sole candidate when it only lists (M-?) */
	m[0] = C.n == 1 && t != '\t' && t != '!' && t != '@' ? completion_text(&C, C.v[0], 1)
							    : strdup("");
	for (int i = 0; m[0] && C.n > 1 && i < C.n; i++)
		if (!(m[i + 1] = completion_text(&C, C.v[i], 1)))
			break;
	if (!m[0] || (C.n > 1 && !m[C.n])) {
		for (int i = 0; i <= C.n; i++)
			free(m[i]);
		free(m);
		return NULL;
	}
	return m;
}

/* ==== The loop ==== */

static volatile sig_atomic_t winch;   /* the terminal was resized */
static volatile sig_atomic_t resumed; /* continued after Ctrl-Z: the line is redrawn */

static void on_winch(int sig)
{
	(void)sig;
	winch = 1;
}

/* The terminal as it was before readline prepared it, for on_death. */
static struct termios death_tty;
static volatile sig_atomic_t death_fd = -1;   /* its descriptor, or -1: not a terminal */

/* A signal of FRONTEND_DEATH_SIGNALS: the terminal as it was (readline left it without echo
 * or line editing: t47 F3), bracketed paste off, an output's temporary file removed, then
 * the signal's default (SA_RESETHAND). Async-signal-safe: tcsetattr, write, unlinkat. */
static void on_death(int sig)
{
	static const char paste_off[] = "\033[?2004l";
	if (death_fd >= 0) {
		tcsetattr(death_fd, TCSANOW, &death_tty);
		ssize_t r = write(death_fd, paste_off, sizeof paste_off - 1);
		(void)r;   /* nothing to do about a terminal gone */
	}
	afile_unlink_temps();
	raise(sig);
}

static const int death_sigs[] = {FRONTEND_DEATH_SIGNALS};
#define N_DEATH ((int)(sizeof death_sigs / sizeof *death_sigs))

/* Install on_death (not over a signal ignored when relrec started); old: what was there. */
static void death_install(int fd, struct sigaction *old)
{
	death_fd = isatty(fd) && tcgetattr(fd, &death_tty) == 0 ? fd : -1;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_death;
	sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	for (int i = 0; i < N_DEATH; i++) {
		sigaction(death_sigs[i], NULL, &old[i]);
		if (old[i].sa_handler != SIG_IGN)
			sigaction(death_sigs[i], &sa, NULL);
	}
}

static void death_restore(const struct sigaction *old)
{
	for (int i = 0; i < N_DEATH; i++)
		sigaction(death_sigs[i], &old[i], NULL);
	death_fd = -1;
}

/* Ctrl-Z: stop as the terminal would have stopped us, and take the time stopped off the clock
 * (rr_now_skip), so a command's time and rate leave the pause out, as in the workbench.
 * Async-signal-safe: the clock, an atomic add, sigaction, sigprocmask and raise. */
static void on_tstp(int sig)
{
	int e = errno;
	struct sigaction dfl, mine;
	memset(&dfl, 0, sizeof dfl);
	sigemptyset(&dfl.sa_mask);
	dfl.sa_handler = SIG_DFL;
	sigaction(sig, &dfl, &mine);
	sigset_t un, old;
	sigemptyset(&un);
	sigaddset(&un, sig);
	double t0 = rr_now();
	sigprocmask(SIG_UNBLOCK, &un, &old);
	raise(sig);   /* stopped here until SIGCONT */
	sigprocmask(SIG_SETMASK, &old, NULL);
	rr_now_skip(rr_now() - t0);
	sigaction(sig, &mine, NULL);
	resumed = 1;
	errno = e;
}

/* Ctrl-C at the prompt: drop the line, keep the session. */
static void cancel_line(void)
{
	S.app->stop = 0;
	rl_free_line_state();
	rl_callback_sigcleanup(); /* leaves i-search, completion listing, numeric args */
	rl_echo_signal_char(SIGINT);
	rl_replace_line("", 0);
	rl_point = rl_end = rl_mark = 0;
	rl_crlf();
	rl_on_new_line();
	rl_redisplay();
}

/* Readline hands over a finished line (NULL at end of input). The terminal is back in its
 * normal mode here, so a command's output and Ctrl-C behave as in any program. */
/* With the prompt on the terminal and the answers through a pipe (relrec --prompt | tee log),
 * the next prompt would be drawn before the pipe's reader shows the answer, the answer
 * printed over it (t32; CI saw 'r', the load's summary, 'elrec>'). Wait, a little, until the
 * reader has taken what is in the pipe (FIONREAD), and a moment for it to write that. */
static void answers_shown(void)
{
	struct stat st;
	if (rl_outstream == stdout || fstat(STDOUT_FILENO, &st) != 0 || !S_ISFIFO(st.st_mode))
		return;
	/* A reader that did not drain in one wait (a pager holding a full screen, a paused ssh)
	 * is waited for again only once it has been seen to drain: t34 F6, every command cost
	 * half a second for as long as it stalled. */
	static int stalled;
	int n = 0;
	if (ioctl(STDOUT_FILENO, FIONREAD, &n) != 0 || (stalled && n > 0))
		return;
	stalled = 0;
	for (int i = 0; n > 0; i++) {   /* half a second at most */
		if (i == 50) {
			stalled = 1;
			return;
		}
		struct timespec t = {0, 10 * 1000 * 1000};
		nanosleep(&t, NULL);
		if (ioctl(STDOUT_FILENO, FIONREAD, &n) != 0)
			return;
	}
	struct timespec settle = {0, 20 * 1000 * 1000};
	nanosleep(&settle, NULL);
}

/* A quit, reset or Ctrl-D (what: the line, or NULL) that would drop runs of the session no
 * model file holds is held once, saying which, as the workbench asks (t48 F1: at the prompt a
 * stray Ctrl-D lost a trained run unsaid); the same again right after goes ahead. 1 when held. */
static int unsaved_held(const char *what)
{
	int argc = 0, bare = 0, reset = 0;
	char **argv = NULL;
	if (what && cmd_split(what, &argc, &argv) == 0 && argc == 1) {
		const rr_cmd *c = cmd_find(argv[0]);
		reset = c && c->fn == cmd_reset;
		bare = c && (c->fn == cmd_quit || reset);
	}
	if (what)
		cmd_free_argv(argc, argv);
	if ((what && !bare) || S.app->unsaved <= 0) {
		S.asked = 0;
		return 0;
	}
	if (S.asked) {
		S.asked = 0;
		return 0;
	}
	char runs[200];
	S.asked = 1;
	sink_printf(&S.app->sink, "%s: %s again leaves without %s",
		    cmd_unsaved_text(S.app, "", runs, sizeof runs), reset ? "reset" :
		    what ? "quit (or Ctrl-D)" : "Ctrl-D (or quit)", S.app->unsaved == 1 ? "it" : "them");
	return 1;
}

static void on_line(char *line)
{
	if (!line) {
		/* End of input is Ctrl-D, or the terminal closed: a hung-up terminal reads as end
		 * of file and fails every ioctl with EIO. The kernel sends SIGHUP to the session's
		 * leader alone, so a prompt started by a shell that does not pass it on never gets
		 * it, and exited 1 on the failed writes (t30 F4): it is the hang-up all the same. */
		struct termios tio;
		if (tcgetattr(STDIN_FILENO, &tio) != 0 && errno == EIO && !S.app->interrupt)
			S.app->interrupt = SIGHUP;
		fputc('\n', rl_outstream);
		if (!S.app->interrupt && unsaved_held(NULL)) {
			fflush(stdout);
			answers_shown();
			return;
		}
		S.done = 1;
		rl_callback_handler_remove();
		return;
	}
	/* A paste of several lines arrives as one (readline's bracketed paste keeps its line
	 * ends): each is a command of its own, as typed, in the history and the journal one by
	 * one; a command never holds a raw line end. A Ctrl-C drops the lines not yet run. */
	int stopped = 0;
	for (char *p = line, *next; p && !stopped && !S.app->quit && !S.app->interrupt; p = next) {
		next = p + strcspn(p, "\r\n");
		next = *next ? (*next = '\0', next + 1) : NULL;
		/* the workbench's command line opens with ':', so hands used to it type :q or
		 * :recommend 17850 here too: the rule all front ends share (cmd_line_start) */
		p = (char *)cmd_line_start(p);
		if (!*p)
			continue;
		history_remember(p);
		/* the prompt and its echo are on the terminal (rl_outstream): the log a pipe or a
		 * file keeps holds each command as a replay echoes it, before its answer (t32) */
		if (rl_outstream != stdout)
			sink_printf(&S.app->sink, "> %s", p);
		if (unsaved_held(p))
			continue;
		frontend_busy = 1;
		int failed = cmd_exec(S.app, p) != 0;
		frontend_busy = 0;
		if (failed)
			sink_error(&S.app->sink, err_msg());
		/* A Ctrl-C that stopped the command is spent; the next one must not count twice
		 * (main's handler takes a second one as "still stopping"). */
		stopped = S.app->stop;
		S.app->stop = 0;
		fflush(stdout);
	}
	free(line);
	answers_shown();
	if (S.app->quit || S.app->interrupt) {
		S.done = 1;
		rl_callback_handler_remove();
	}
}

int prompt_run(rr_app *app)
{
	if (!isatty(STDIN_FILENO)) /* nothing to edit: read it as a script */
		return cmd_run_script(app, stdin, "<stdin>", 0, 1) == 0 ? 0 : 1;

	memset(&S, 0, sizeof S);
	S.app = app;
	app->asker = "";   /* a person types here: a sourced quit leaves it to them */
	rr_sink saved = app->sink;
	prompt_sink_init(&S.sink, app);

	/* the prompt, the echo of what is typed and readline's terminal modes belong on the
	 * terminal: with standard output a pipe or file (relrec --prompt | tee log, > out) they
	 * went there, the log full of escapes and the user typing blind (t30 F5). Standard error
	 * is the terminal's when standard output is not, as a rule; otherwise both stay. */
	rl_outstream = !isatty(STDOUT_FILENO) && isatty(STDERR_FILENO) ? stderr : stdout;
	rl_readline_name = "relrec"; /* for $if relrec in ~/.inputrc */
	rl_catch_signals = 0;        /* SIGINT stays main()'s: it sets app->stop */
	rl_catch_sigwinch = 0;       /* we resize ourselves, below */
	rl_change_environment = 0;   /* keep LINES/COLUMNS out of the environment */
	rl_attempted_completion_function = complete;
	rl_basic_word_break_characters = " \t\n\"'";
	rl_completer_quote_characters = "\"'";
	rl_sort_completion_matches = 0; /* the engine sorted the candidates, not their quoted forms */

	inputrc_guard();
	using_history();
	stifle_history(HISTORY_KEEP);
	history_open();

	struct sigaction sa, old_winch, old_tstp;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_winch;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGWINCH, &sa, &old_winch);
	sa.sa_handler = on_tstp;
	sigaction(SIGTSTP, &sa, &old_tstp);
	sigset_t block, orig;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGWINCH);
	sigaddset(&block, SIGTERM);   /* these end the session (main.c): seen before any wait */
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGXCPU);

	fflush(stdout);
	answers_shown();   /* the load's summary first */
	fprintf(rl_outstream, "relrec: 'help' lists the commands; Tab completes; 'quit' or Ctrl-D "
		"leaves\n");
	fflush(rl_outstream);
	app->stop = 0;
	int rc = 0, fd = fileno(rl_instream ? rl_instream : stdin);
	struct sigaction old_death[N_DEATH];
	death_install(fd, old_death);
	rl_callback_handler_install("relrec> ", on_line);
	/* app->interrupt: main's SIGPIPE handler (standard output's reader left) ends the session */
	while (!S.done && !app->interrupt) {
		fd_set fds;
		FD_ZERO(&fds);
		FD_SET(fd, &fds);
		/* Signals are blocked between the flag checks and the wait, and pselect unblocks
		 * them atomically, so a Ctrl-C can never slip in unseen. */
		sigprocmask(SIG_BLOCK, &block, &orig);
		int r = -1;
		errno = EINTR;
		if (!app->stop && !winch)
			r = pselect(fd + 1, &fds, NULL, NULL, NULL, &orig);
		int e = errno;
		sigprocmask(SIG_SETMASK, &orig, NULL);
		if (app->interrupt)   /* SIGTERM, SIGHUP (the terminal closed): leave as quit does */
			break;
		if (app->stop) {
			cancel_line();
			continue;
		}
		if (winch) {
			winch = 0;
			rl_resize_terminal();
			continue;
		}
		if (resumed) {
			resumed = 0;
			rl_forced_update_display();
		}
		if (r < 0) {
			if (e == EINTR)
				continue;
			fprintf(stderr, "relrec: cannot read the terminal: %s\n", strerror(e));
			rc = 1;
			break;
		}
		if (FD_ISSET(fd, &fds))
			rl_callback_read_char();
	}
	if (!S.done)
		rl_callback_handler_remove();
	death_restore(old_death);
	sigaction(SIGWINCH, &old_winch, NULL);
	sigaction(SIGTSTP, &old_tstp, NULL);
	if (S.hist_f) {
		history_trim();
		if (S.hist_f)
			fclose(S.hist_f);
	}
	free(S.hist);
	if (S.hist_dir >= 0)
		close(S.hist_dir);
	completion_free(&C);
	clear_history();
	app->sink = saved;
	return rc;
}
