/* sink.c — tables and the plain FILE sink. */
#include "sink.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "err.h"

rr_table *table_new(int ncols, const char *title)
{
	rr_table *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->ncols = ncols;
	t->head = calloc((size_t)ncols, sizeof *t->head);
	t->align = calloc((size_t)ncols + 1, 1);
	if (!t->head || !t->align) {
		table_free(t);
		return NULL;
	}
	memset(t->align, 'l', (size_t)ncols);
	if (title)
		t->title = strdup(title);
	return t;
}

void table_head(rr_table *t, int c, const char *name, char align)
{
	if (!t || c < 0 || c >= t->ncols)
		return;
	free(t->head[c]);
	t->head[c] = strdup(name ? name : "");
	t->align[c] = align == 'r' ? 'r' : 'l';
}

int table_add_row(rr_table *t)
{
	if (!t)
		return -1;
	if (t->nrows == t->cap) {
		int ncap = t->cap ? t->cap * 2 : 16;
		char **nc = realloc(t->cells, (size_t)ncap * (size_t)t->ncols * sizeof *nc);
		if (!nc)
			return -1;
		memset(nc + (size_t)t->cap * (size_t)t->ncols, 0,
		       (size_t)(ncap - t->cap) * (size_t)t->ncols * sizeof *nc);
		t->cells = nc;
		t->cap = ncap;
	}
	return t->nrows++;
}

void table_set(rr_table *t, int row, int col, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	if (!t || row < 0 || row >= t->nrows || col < 0 || col >= t->ncols)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	char **cell = &t->cells[(size_t)row * (size_t)t->ncols + (size_t)col];
	free(*cell);
	*cell = strdup(buf);
}

const char *table_get(const rr_table *t, int row, int col)
{
	if (!t || row < 0 || row >= t->nrows || col < 0 || col >= t->ncols)
		return "";
	const char *s = t->cells[(size_t)row * (size_t)t->ncols + (size_t)col];
	return s ? s : "";
}

void table_free(rr_table *t)
{
	if (!t)
		return;
	if (t->cells)
		for (size_t i = 0; i < (size_t)t->nrows * (size_t)t->ncols; i++)
			free(t->cells[i]);
	if (t->head)
		for (int c = 0; c < t->ncols; c++)
			free(t->head[c]);
	free(t->cells);
	free(t->head);
	free(t->align);
	free(t->title);
	free(t);
}

/* Display width of UTF-8 text: counts code points, not bytes (descriptions contain '£'). */
static size_t utf8_width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

char *table_render(const rr_table *t)
{
	if (!t)
		return NULL;
	size_t *w = calloc((size_t)t->ncols, sizeof *w);
	if (!w)
		return NULL;
	size_t total = 0;
	for (int c = 0; c < t->ncols; c++) {
		w[c] = utf8_width(t->head[c] ? t->head[c] : "");
		for (int r = 0; r < t->nrows; r++) {
			size_t x = utf8_width(table_get(t, r, c));
			if (x > w[c])
				w[c] = x;
		}
	}
	size_t line = 1;
	for (int c = 0; c < t->ncols; c++)
		line += w[c] + 2;
	/* bytes can exceed display width for multi-byte text: allow 4 bytes per column cell */
	total = (t->title ? strlen(t->title) + 2 : 0);
	for (int r = -1; r < t->nrows; r++) {
		total += line;
		for (int c = 0; c < t->ncols; c++)
			total += strlen(r < 0 ? (t->head[c] ? t->head[c] : "") : table_get(t, r, c));
	}
	char *out = malloc(total + 1), *p = out;
	if (!out) {
		free(w);
		return NULL;
	}
	if (t->title)
		p += sprintf(p, "%s\n", t->title);
	for (int r = -1; r < t->nrows; r++) {
		char *start = p;
		for (int c = 0; c < t->ncols; c++) {
			const char *s = r < 0 ? (t->head[c] ? t->head[c] : "") : table_get(t, r, c);
			size_t pad = w[c] - utf8_width(s);
			if (c > 0) {
				*p++ = ' ';
				*p++ = ' ';
			}
			if (t->align[c] == 'r') {
				memset(p, ' ', pad);
				p += pad;
			}
			size_t n = strlen(s);
			memcpy(p, s, n);
			p += n;
			if (t->align[c] != 'r' && c + 1 < t->ncols) {
				memset(p, ' ', pad);
				p += pad;
			}
		}
		while (p > start && p[-1] == ' ')
			p--;
		*p++ = '\n';
	}
	if (p > out)
		p--; /* no trailing newline: the sink adds one */
	*p = '\0';
	free(w);
	return out;
}

void sink_printf(const rr_sink *s, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	if (!s || !s->text)
		return;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof buf) {
		char *big = malloc((size_t)n + 1);
		if (!big)
			return;
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		s->text(s->ctx, big);
		free(big);
		return;
	}
	s->text(s->ctx, buf);
}

void sink_table(const rr_sink *s, const rr_table *t)
{
	if (s && s->table && t)
		s->table(s->ctx, t);
}

int sink_progress(const rr_sink *s, const rr_progress *p)
{
	if (s && s->progress)
		return s->progress(s->ctx, p);
	return 0;
}

/* ---- rate-limited progress ---- */

static double mono_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void ticker_init(rr_ticker *t, const rr_sink *sink, volatile sig_atomic_t *stop)
{
	t->sink = sink;
	t->stop = stop;
	t->last = 0;
	t->stopped = 0;
}

int ticker_tick(rr_ticker *t, enum rr_phase phase, const char *what, double done, double total,
		int force)
{
	if (t->stopped || (t->stop && *t->stop))
		return t->stopped = 1;
	if (!t->sink || !t->sink->progress)
		return 0;
	double now = mono_s();
	if (!force && now - t->last < RR_TICK_S)
		return 0;
	t->last = now;
	rr_progress p;
	memset(&p, 0, sizeof p);
	p.phase = phase;
	p.what = what;
	p.done = done;
	p.total = total;
	if (sink_progress(t->sink, &p))
		t->stopped = 1;
	return t->stopped;
}

typedef struct bg_call {
	int (*fn)(void *);
	void *arg;
	int rc;
	int done;                      /* guarded by mu */
	char err[1024];                /* the helper's err_msg when fn failed */
	pthread_mutex_t mu;
	pthread_cond_t cv;
} bg_call;

static void *bg_main(void *arg)
{
	bg_call *c = arg;
	int rc = c->fn(c->arg);
	if (rc != 0)
		snprintf(c->err, sizeof c->err, "%s", err_msg());
	pthread_mutex_lock(&c->mu);
	c->rc = rc;
	c->done = 1;
	pthread_cond_signal(&c->cv);
	pthread_mutex_unlock(&c->mu);
	return NULL;
}

int ticker_run(rr_ticker *t, enum rr_phase phase, const char *what, int (*fn)(void *arg),
	       void *arg)
{
	if (!t->sink || !t->sink->progress)   /* nobody to keep live: no thread needed */
		return fn(arg);
	bg_call c;
	memset(&c, 0, sizeof c);
	c.fn = fn;
	c.arg = arg;
	pthread_t tid;
	if (pthread_mutex_init(&c.mu, NULL) != 0)
		return fn(arg);
	if (pthread_cond_init(&c.cv, NULL) != 0) {
		pthread_mutex_destroy(&c.mu);
		return fn(arg);
	}
	if (pthread_create(&tid, NULL, bg_main, &c) != 0) {
		pthread_cond_destroy(&c.cv);
		pthread_mutex_destroy(&c.mu);
		return fn(arg);
	}
	ticker_tick(t, phase, what, 0, 1, 1);
	pthread_mutex_lock(&c.mu);
	while (!c.done) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		long ns = until.tv_nsec + (long)(RR_TICK_S * 1e9);
		until.tv_sec += ns / 1000000000L;
		until.tv_nsec = ns % 1000000000L;
		pthread_cond_timedwait(&c.cv, &c.mu, &until);
		if (!c.done) {   /* report without holding the lock: the callback may take a while */
			pthread_mutex_unlock(&c.mu);
			ticker_tick(t, phase, what, 0, 1, 0);
			pthread_mutex_lock(&c.mu);
		}
	}
	pthread_mutex_unlock(&c.mu);
	pthread_join(tid, NULL);
	pthread_cond_destroy(&c.cv);
	pthread_mutex_destroy(&c.mu);
	if (c.rc != 0)
		err_set("%s", c.err);
	return c.rc;
}

void sink_error(const rr_sink *s, const char *msg)
{
	if (s && s->error)
		s->error(s->ctx, msg);
}

static void file_error(void *ctx, const char *msg)
{
	fflush((FILE *)ctx);
	fprintf(stderr, "relrec: %s\n", msg);
	fflush(stderr);
}

static void file_text(void *ctx, const char *s)
{
	fputs(s, (FILE *)ctx);
	fputc('\n', (FILE *)ctx);
}

static void file_table(void *ctx, const rr_table *t)
{
	char *s = table_render(t);
	if (s) {
		file_text(ctx, s);
		free(s);
	}
}

static int file_progress(void *ctx, const rr_progress *p)
{
	/* golden tests compare output byte for byte: RELREC_NO_TIMING hides times and rates
	 * whoever reports them (the session's training and the recommender's inner one alike) */
	static int no_timing = -1;
	if (no_timing < 0)
		no_timing = getenv("RELREC_NO_TIMING") != NULL;
	if (p->phase == RR_PHASE_EPOCH && no_timing)
		fprintf((FILE *)ctx,
			"epoch %d/%d  train_loss %.4f  val_loss %.4f  val_macro_f1 %.4f  %.2fs  %.0f samples/s\n",
			p->epoch, p->epochs, p->train_loss, p->val_loss, p->val_macro_f1, 0.0, 0.0);
	else if (p->phase == RR_PHASE_EPOCH)
		fprintf((FILE *)ctx,
			"epoch %d/%d  train_loss %.4f  val_loss %.4f  val_macro_f1 %.4f  %.2fs  %.0f samples/s\n",
			p->epoch, p->epochs, p->train_loss, p->val_loss, p->val_macro_f1, p->seconds,
			p->samples_per_s);
	return 0;
}

void sink_init_file(rr_sink *s, FILE *f)
{
	s->ctx = f;
	s->text = file_text;
	s->table = file_table;
	s->progress = file_progress;
	s->error = file_error;
}
