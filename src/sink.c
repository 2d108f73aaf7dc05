/* sink.c — tables, the sink helpers and the long-work context (rate-limited progress, the
 * stop flag, a blocking call kept live). The sinks themselves belong to the front ends. */
#include "sink.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "err.h"
#include "util.h"
#include "uwidth.h"

rr_table *table_new(int ncols, const char *title)
{
	rr_table *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->ncols = ncols;
	t->head = calloc((size_t)ncols, sizeof *t->head);
	t->align = calloc((size_t)ncols + 1, 1);
	t->timing = calloc((size_t)ncols + 1, 1);
	t->optional = calloc((size_t)ncols + 1, 1);
	if (!t->head || !t->align || !t->timing || !t->optional) {
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

void table_timing(rr_table *t, int c)
{
	if (t && c >= 0 && c < t->ncols)
		t->timing[c] = 1;
}

void table_optional(rr_table *t, int c)
{
	if (t && c >= 0 && c < t->ncols)
		t->optional[c] = 1;
}

int table_col_dropped(const rr_table *t, int c)
{
	if (!t || c < 0 || c >= t->ncols || !t->optional[c])
		return 0;
	for (int r = 0; r < t->nrows; r++)
		if (*table_get(t, r, c))
			return 0;
	return 1;
}

rr_table *table_dup(const rr_table *t, const char *drop)
{
	int n = 0;
	for (int c = 0; c < t->ncols; c++)
		n += !drop || !drop[c];
	rr_table *o = table_new(n, t->title);
	if (!o || (t->title && !o->title))
		goto oom;
	for (int c = 0, k = 0; c < t->ncols; c++) {
		if (drop && drop[c])
			continue;
		table_head(o, k, t->head[c], t->align[c]);
		o->timing[k] = t->timing[c];
		o->optional[k++] = t->optional[c];
	}
	for (int r = 0; r < t->nrows; r++) {
		if (table_add_row(o) < 0)
			goto oom;
		for (int c = 0, k = 0; c < t->ncols; c++) {
			if (drop && drop[c])
				continue;
			/* not table_set: its buffer would cut a cell past 1 KB */
			char **cell = &o->cells[(size_t)r * (size_t)n + (size_t)k++];
			if (!(*cell = strdup(table_get(t, r, c))))
				goto oom;
		}
	}
	return o;
oom:
	table_free(o);
	return NULL;
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

void table_num(rr_table *t, int row, int col, const char *fmt, double v)
{
	if (isnan(v))
		table_set(t, row, col, "%s", RR_NA);
	else
		table_set(t, row, col, fmt, v);
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
	free(t->timing);
	free(t->optional);
	free(t->title);
	free(t);
}

/* Cell text as rendered: a timing column's cells are "-" when times are hidden. */
static const char *cell_text(const rr_table *t, int r, int c, int timing)
{
	if (r < 0)
		return t->head[c] ? t->head[c] : "";
	if (!timing && t->timing[c])
		return "-";
	return table_get(t, r, c);
}

char *table_render(const rr_table *t, int timing)
{
	if (!t)
		return NULL;
	size_t *w = calloc((size_t)t->ncols, sizeof *w);
	if (!w)
		return NULL;
	size_t total = 0;
	for (int c = 0; c < t->ncols; c++) {
		w[c] = uwidth_str(cell_text(t, -1, c, timing));
		for (int r = 0; r < t->nrows; r++) {
			size_t x = uwidth_str(cell_text(t, r, c, timing));
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
			total += strlen(cell_text(t, r, c, timing));
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
			const char *s = cell_text(t, r, c, timing);
			size_t pad = w[c] - uwidth_str(s);
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

/* Format into a stack buffer, or a heap one for long text, and hand it to out. */
static void emit(void (*out)(void *, const char *), void *ctx, const char *fmt, va_list ap)
{
	char buf[4096];
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	if (n >= (int)sizeof buf) {
		char *big = malloc((size_t)n + 1);
		if (big) {
			vsnprintf(big, (size_t)n + 1, fmt, again);
			out(ctx, big);
			free(big);
		}
	} else if (n >= 0) {
		out(ctx, buf);
	}
	va_end(again);
}

void sink_printf(const rr_sink *s, const char *fmt, ...)
{
	va_list ap;
	if (!s || !s->text)
		return;
	va_start(ap, fmt);
	emit(s->text, s->ctx, fmt, ap);
	va_end(ap);
}

void sink_timing(const rr_sink *s, const char *fmt, ...)
{
	va_list ap;
	if (!s || !s->timing)
		return;
	va_start(ap, fmt);
	emit(s->timing, s->ctx, fmt, ap);
	va_end(ap);
}

void sink_eta(const rr_sink *s, const char *fmt, ...)
{
	va_list ap;
	void (*say)(void *, const char *) = s ? (s->eta ? s->eta : s->timing) : NULL;
	if (!say)
		return;
	va_start(ap, fmt);
	emit(say, s->ctx, fmt, ap);
	va_end(ap);
}

void sink_table(const rr_sink *s, const rr_table *t)
{
	if (!s || !s->table || !t)
		return;
	char *drop = calloc((size_t)t->ncols + 1, 1);
	int any = 0;
	for (int c = 0; drop && c < t->ncols; c++)
		any += drop[c] = (char)table_col_dropped(t, c);
	rr_table *shown = any ? table_dup(t, drop) : NULL;
	/* out of memory: the whole table, an empty column and all, rather than none */
	s->table(s->ctx, shown ? shown : t);
	table_free(shown);
	free(drop);
}

void sink_progress(const rr_sink *s, const rr_progress *p)
{
	if (s && s->progress)
		s->progress(s->ctx, p);
}

void sink_error(const rr_sink *s, const char *msg)
{
	if (s && s->error)
		s->error(s->ctx, msg);
}

/* ---- long work ---- */

rr_work work_init(const rr_sink *sink, const volatile sig_atomic_t *stop, const char *cmd)
{
	rr_work w = {sink, stop, cmd, 0};
	return w;
}

double work_pace_s(double spent, double done, double units)
{
	return done > 0 && units > 0 ? spent * units / done : 0;
}

int work_stopped(const rr_work *w)
{
	return w && w->stop && *w->stop;
}

int work_report(rr_work *w, rr_progress *p, int force)
{
	if (!w)
		return 0;
	if (w->sink && w->sink->progress) {
		double now = rr_now();
		if (force || p->phase == RR_PHASE_EPOCH || p->phase == RR_PHASE_DONE ||
		    now - w->last >= RR_TICK_S) {
			w->last = now;
			p->cmd = w->cmd;
			w->sink->progress(w->sink->ctx, p);
		}
	}
	return work_stopped(w);
}

int work_tick(rr_work *w, enum rr_phase phase, const char *what, double done, double total,
	      int force)
{
	rr_progress p;
	memset(&p, 0, sizeof p);
	p.phase = phase;
	p.what = what;
	p.done = done;
	p.total = total;
	return work_report(w, &p, force);
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

/* Wait for the helper, reporting every RR_TICK_S meanwhile; the caller holds nothing. */
static void bg_wait(bg_call *c, rr_work *w, const char *what)
{
	pthread_mutex_lock(&c->mu);
	while (!c->done) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);   /* pthread_cond_timedwait's clock */
		long ns = until.tv_nsec + (long)(RR_TICK_S * 1e9);
		until.tv_sec += ns / 1000000000L;
		until.tv_nsec = ns % 1000000000L;
		pthread_cond_timedwait(&c->cv, &c->mu, &until);
		if (!c->done) {   /* report without holding the lock: the callback may take a while */
			pthread_mutex_unlock(&c->mu);
			work_tick(w, RR_PHASE_EVAL, what, 0, 1, 0);
			pthread_mutex_lock(&c->mu);
		}
	}
	pthread_mutex_unlock(&c->mu);
}

int work_run(rr_work *w, const char *what, int (*fn)(void *arg), void *arg)
{
	if (!w || !w->sink || !w->sink->progress)   /* nobody to keep live: no thread needed */
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
	if (rr_thread_start(&tid, bg_main, &c) != 0) {
		pthread_cond_destroy(&c.cv);
		pthread_mutex_destroy(&c.mu);
		return fn(arg);
	}
	work_tick(w, RR_PHASE_EVAL, what, 0, 1, 1);
	bg_wait(&c, w, what);
	pthread_join(tid, NULL);
	pthread_cond_destroy(&c.cv);
	pthread_mutex_destroy(&c.mu);
	if (c.rc != 0)
		err_set("%s", c.err);
	return c.rc;
}
