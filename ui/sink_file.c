/* sink_file.c — the plain FILE sink (sink_file.h). The one place that decides whether plain
 * output shows times: the engine always reports them. Everything it prints goes through
 * textesc first: data and arguments may hold control characters, which a terminal obeys. */
#include "sink_file.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "textesc.h"

/* Write s whole to a standard error that is non-blocking: it shares standard output's open
 * pipe (2>&1), which a signal ending the session made so (main's stdout_give_up), and then
 * the message why was dropped with EAGAIN (t32). Waits for room at most 5 s in all. */
static void write_waiting(const char *s, size_t n)
{
	for (int waited = 0; n && waited < 5000;) {
		ssize_t k = write(STDERR_FILENO, s, n);
		if (k > 0) {
			s += k;
			n -= (size_t)k;
		} else if (k < 0 && errno != EAGAIN && errno != EINTR) {
			return;
		} else {
			struct pollfd pf = {.fd = STDERR_FILENO, .events = POLLOUT};
			poll(&pf, 1, 100);
			waited += 100;
		}
	}
}

void sink_file_report(const char *msg)
{
	char *safe = textesc_dup(msg, TEXTESC_INVISIBLE);
	const char *text = safe ? safe : "(a message could not be shown: out of memory)";
	int fl = fcntl(STDERR_FILENO, F_GETFL);
	if (fl != -1 && (fl & O_NONBLOCK)) {
		fflush(stderr);
		write_waiting("relrec: ", 8);
		write_waiting(text, strlen(text));
		write_waiting("\n", 1);
	} else {
		fprintf(stderr, "relrec: %s\n", text);
		fflush(stderr);
	}
	free(safe);
}

static void file_error(void *ctx, const char *msg)
{
	fflush((FILE *)ctx);
	sink_file_report(msg);
}

/* Each piece of output (a line, a table, an epoch's line) is flushed as it is written, not
 * when stdio's buffer fills: to a pipe or a file that buffer held a replay's whole output
 * until exit (t30 F3), so `relrec -r job.rr | tee log` showed nothing while the job ran,
 * `relrec FILE | cat` at a terminal answered no typed command until Ctrl-D, and a reader that
 * left (| head -1) was noticed only at exit, after the exports that followed had been made.
 * Flushed here, the write that fails (EPIPE) is the next command's, which stops the script
 * there. One flush a call, not a byte: a table is one write. */
static int first_errno;   /* the first flush's failure, for sink_file_errno */
static void (*on_fail)(int err);   /* sink_file_on_fail's hook, or NULL */

/* Every piece starts with put_begin and ends with put_done. A piece larger than stdio's
 * buffer is written by fputs itself, not by the flush: its failure shows as ferror only,
 * with the errno put_begin cleared before it. */
static void put_begin(void)
{
	errno = 0;
}

static void put_done(FILE *f)
{
	int early = errno;
	errno = 0;
	if (fflush(f) == 0 && !ferror(f))
		return;
	int e = errno ? errno : early ? early : EIO;
	if (!first_errno)
		first_errno = e;
	if (on_fail)
		on_fail(e);
}

void sink_file_on_fail(void (*fn)(int err))
{
	on_fail = fn;
}

int sink_file_errno(void)
{
	return first_errno;
}

/* s, escaped (newlines kept: text may be several lines), then a newline. */
static void put_line(FILE *f, const char *s)
{
	char *safe = textesc_needed(s, TEXTESC_KEEP_NL) ? textesc_dup(s, TEXTESC_KEEP_NL) : NULL;
	put_begin();
	if (safe || !textesc_needed(s, TEXTESC_KEEP_NL))
		fputs(safe ? safe : s, f);
	else
		fputs("(a line could not be shown: out of memory)", f);
	fputc('\n', f);
	free(safe);
	put_done(f);
}

static void file_text(void *ctx, const char *s)
{
	put_line(ctx, s);
}

/* A copy of t with every cell, header and the title escaped (newlines too: a cell is one
 * line), or NULL when out of memory. Escaping before rendering keeps the columns aligned. */
static rr_table *table_escaped(const rr_table *t)
{
	char *title = t->title ? textesc_dup(t->title, 0) : NULL;
	rr_table *e = table_new(t->ncols, title);
	free(title);
	if (!e)
		return NULL;
	for (int c = 0; c < t->ncols; c++) {
		char *h = textesc_dup(t->head[c] ? t->head[c] : "", 0);
		table_head(e, c, h ? h : "?", t->align[c]);
		free(h);
		e->timing[c] = t->timing[c];
	}
	for (int r = 0; r < t->nrows; r++) {
		if (table_add_row(e) < 0) {
			table_free(e);
			return NULL;
		}
		for (int c = 0; c < t->ncols; c++) {
			size_t at = (size_t)r * (size_t)t->ncols + (size_t)c;
			if (t->cells[at] && !(e->cells[at] = textesc_dup(t->cells[at], 0))) {
				table_free(e);
				return NULL;
			}
		}
	}
	return e;
}

/* Does any text of t need escaping? */
static int table_needs_escape(const rr_table *t)
{
	if (t->title && textesc_needed(t->title, 0))
		return 1;
	for (int c = 0; c < t->ncols; c++)
		if (t->head[c] && textesc_needed(t->head[c], 0))
			return 1;
	for (size_t i = 0; i < (size_t)t->nrows * (size_t)t->ncols; i++)
		if (t->cells[i] && textesc_needed(t->cells[i], 0))
			return 1;
	return 0;
}

static void file_table_render(void *ctx, const rr_table *t, int timing)
{
	rr_table *e = table_needs_escape(t) ? table_escaped(t) : NULL;
	if (!e && table_needs_escape(t)) {
		file_error(ctx, "a table could not be shown: out of memory");
		return;
	}
	char *s = table_render(e ? e : t, timing);
	table_free(e);
	if (s) {
		put_begin();
		fputs(s, (FILE *)ctx);   /* already escaped */
		fputc('\n', (FILE *)ctx);
		free(s);
		put_done(ctx);
	}
}

static void file_table(void *ctx, const rr_table *t)
{
	file_table_render(ctx, t, 1);
}

static void file_table_untimed(void *ctx, const rr_table *t)
{
	file_table_render(ctx, t, 0);
}

static void epoch_line(FILE *f, const rr_progress *p, int timing)
{
	put_begin();
	if (p->val_loss == p->val_loss)
		fprintf(f, "epoch %d/%d  train_loss %.4f  val_loss %.4f  val_macro_f1 %.4f", p->epoch,
			p->epochs, p->train_loss, p->val_loss, p->val_macro_f1);
	else   /* NaN: no validation split (val 0) */
		fprintf(f, "epoch %d/%d  train_loss %.4f  val_loss -  val_macro_f1 -", p->epoch,
			p->epochs, p->train_loss);
	if (timing)
		fprintf(f, "  %.2fs  %.0f samples/s", p->seconds, p->samples_per_s);
	fputc('\n', f);
	put_done(f);
}

static void file_progress(void *ctx, const rr_progress *p)
{
	if (p->phase == RR_PHASE_EPOCH)
		epoch_line(ctx, p, 1);
}

static void file_progress_untimed(void *ctx, const rr_progress *p)
{
	if (p->phase == RR_PHASE_EPOCH)
		epoch_line(ctx, p, 0);
}

void sink_file_init(rr_sink *s, FILE *f)
{
	/* two sets of callbacks rather than a flag in a context: the FILE stays the whole ctx */
	int timing = getenv("RELREC_NO_TIMING") == NULL;
	s->ctx = f;
	s->text = file_text;
	s->timing = timing ? file_text : NULL;
	s->table = timing ? file_table : file_table_untimed;
	s->progress = timing ? file_progress : file_progress_untimed;
	s->error = file_error;
}
