/* tui_train.c — screen 3 Train: the hyperparameters as an editable panel (each change runs
 * `set NAME VALUE`), `t` runs `train`, and while it runs the progress callback feeds this
 * screen: loss curves (braille), the validation confusion matrix (counts, row %, colour
 * grades), per-class precision/recall/F1, a progress bar, samples/s and ETA. */
#define _XOPEN_SOURCE 700
#include "tui.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "settings.h"
#include "ticks.h"
#include "train.h"

/* the panel lists the settings table in its order (the order an analyst tunes them) */
static int n_params(void)
{
	int n = 0;
	while (rr_setting_defs[n].name)
		n++;
	return n;
}

/* ==== progress ==== */

static int push(float **x, float **y, int *n, int *cap, float vx, float vy)
{
	if (*n == *cap) {
		int nc = *cap ? *cap * 2 : 256;
		float *nx = realloc(*x, (size_t)nc * sizeof *nx);
		if (!nx)
			return -1;
		*x = nx;
		float *ny = realloc(*y, (size_t)nc * sizeof *ny);
		if (!ny)
			return -1;
		*y = ny;
		*cap = nc;
	}
	(*x)[*n] = vx;
	(*y)[*n] = vy;
	(*n)++;
	return 0;
}

void train_reset(tui *t)
{
	tui_train *r = &t->tr;
	r->n_tr = r->n_va = 0;
	r->ncls = 0;
	r->has_prf = 0;
	r->epoch = r->batch_epoch = 0;
	r->epochs = t->app->set.epochs;
	r->done = r->total = 0;
	r->seconds = r->sps = 0;
	r->loss_now = NAN;
	r->val_f1 = 0;
	r->conf_epoch = 0;
	r->stopped = 0;
	r->run = 0;
	r->chosen = 0;
	r->test_matrix = 0;
	r->active = 0;
	r->events = 0;
	r->draws = 0;
}

void train_free(tui *t)
{
	free(t->tr.tr_x);
	free(t->tr.tr_y);
	free(t->tr.va_x);
	free(t->tr.va_y);
	memset(&t->tr, 0, sizeof t->tr);
}

void train_progress(tui *t, const rr_progress *p)
{
	/* only progress of the `train` command comes here (tui.c's sink); a run begins with its
	 * first BATCH after the previous run's DONE */
	tui_train *r = &t->tr;
	r->events++;
	switch (p->phase) {
	case RR_PHASE_BATCH:
		if (!r->active) {
			train_reset(t);
			r->events = 1;
			r->active = 1;
		}
		/* The engine reports the running mean over the epoch so far; the curve shows the mean
		 * over the batches since the last event instead, so it keeps moving late in an epoch
		 * and does not jump back at each epoch's start. */
		if (p->total > 0) {
			double y = p->train_loss;
			if (r->n_tr && p->epoch == r->epoch && p->done > r->done && r->done > 0)
				y = (p->train_loss * p->done - r->loss_now * r->done) / (p->done - r->done);
			/* 20-batch means are noisy under sampled negatives: smooth them (EMA) */
			if (r->n_tr && y == y)
				y = 0.9 * r->tr_y[r->n_tr - 1] + 0.1 * y;
			push(&r->tr_x, &r->tr_y, &r->n_tr, &r->cap_tr,
			     (float)((p->epoch - 1) + p->done / p->total), (float)y);
		}
		r->batch_epoch = p->epoch;
		r->epoch = p->epoch;
		r->epochs = p->epochs;
		r->done = p->done;
		r->total = p->total;
		r->seconds = p->seconds;
		r->sps = p->samples_per_s;
		r->loss_now = p->train_loss;
		break;
	case RR_PHASE_EPOCH:
		r->active = 1;
		r->epoch = p->epoch;
		r->epochs = p->epochs;
		r->done = r->total > 0 ? r->total : 1;
		r->total = r->total > 0 ? r->total : 1;
		r->seconds = p->seconds;
		if (p->samples_per_s > 0)
			r->sps = p->samples_per_s;
		r->loss_now = p->train_loss;
		if (r->batch_epoch != p->epoch) /* no batch events (tiny epochs): the epoch mean is the curve */
			push(&r->tr_x, &r->tr_y, &r->n_tr, &r->cap_tr, (float)p->epoch, (float)p->train_loss);
		if (p->val_loss == p->val_loss) /* not NaN: there is a validation split */
			push(&r->va_x, &r->va_y, &r->n_va, &r->cap_va, (float)p->epoch, (float)p->val_loss);
		if (p->confusion && p->n_classes > 0 && p->n_classes <= TUI_MAX_CLS) {
			r->ncls = p->n_classes;
			memcpy(r->conf, p->confusion, (size_t)(r->ncls * r->ncls) * sizeof *r->conf);
			for (int c = 0; c < r->ncls; c++) {
				snprintf(r->names[c], sizeof r->names[c], "%s",
					 p->class_names && p->class_names[c] ? p->class_names[c] : "?");
				r->prec[c] = p->precision ? p->precision[c] : NAN;
				r->rec[c] = p->recall ? p->recall[c] : NAN;
				r->f1[c] = p->f1 ? p->f1[c] : NAN;
			}
			r->has_prf = p->precision && p->recall && p->f1;
			r->val_f1 = p->val_macro_f1;
			r->conf_epoch = p->epoch;
		}
		break;
	case RR_PHASE_DONE:
		r->active = 0;
		r->stopped = t->stop_req;
		if (p->seconds > 0)
			r->seconds = p->seconds;
		break;
	default:
		break;
	}
}

/* ==== keys ==== */

/* no wrap-around: a step past the end must not land on variant, whose change resets the rest */
static int t_select(tui *t, int key)
{
	if ((key == TK(KEY_UP) || key == 'k') && t->tr_sel > 0)
		t->tr_sel--;
	else if ((key == TK(KEY_DOWN) || key == 'j') && t->tr_sel + 1 < n_params())
		t->tr_sel++;
	return 1;
}

/* Why ← or → did nothing, from the setting's row of the table: the arrows' own steps may end
 * inside the range (t37 #8: "dim is at its minimum" at 4, while set takes 1..1024), and a
 * word has a first and a last value, not a minimum. */
static void t_end_say(tui *t, const rr_setting_def *d, int dir)
{
	char range[256];
	settings_range(d, range, sizeof range);
	double end = d->ladder ? d->ladder[dir > 0 ? d->n_ladder - 1 : 0] : 0;
	if (d->kind == RR_SK_WORD)
		tui_status(t, 0, "%s is at its %s value (%s)", d->name, dir > 0 ? "last" : "first", range);
	else if (d->ladder && (dir > 0 ? end < d->hi : end > d->lo))
		tui_status(t, 0, "%s: the arrows stop at %g; Enter types any value of its range, %s",
			   d->name, end, range);
	else
		tui_status(t, 0, "%s is at its %s (range %s)", d->name, dir > 0 ? "maximum" : "minimum",
			   range);
}

static int t_change(tui *t, int key)
{
	const rr_setting_def *d = &rr_setting_defs[t->tr_sel];
	char v[128];
	int dir = key == TK(KEY_RIGHT) || key == 'l' || key == '+' ? 1 : -1;
	if (!settings_step(&t->app->set, d->name, dir, v, sizeof v))
		t_end_say(t, d, dir);
	else
		tui_exec(t, NULL, "set %s %s", d->name, v);
	return 1;
}

static int t_type(tui *t, int key)
{
	(void)key;
	char init[64];
	snprintf(init, sizeof init, "set %s ", rr_setting_defs[t->tr_sel].name);
	edit_open(t, ED_CMD, init);
	return 1;
}

const tui_key train_keys[] = {
	{{TK(KEY_UP), 'k', TK(KEY_DOWN), 'j'}, "\u2191/\u2193", "Up/Down", "select",
	 "select a setting", t_select, NULL, KW_ALWAYS, 0},
	{{TK(KEY_LEFT), 'h', TK(KEY_RIGHT), 'l', '-', '+'}, "\u2190/\u2192", "Left/Right", "change",
	 "step the selected setting down or up", t_change, "set NAME VALUE", KW_IDLE, 0},
	{{'\n', '\r', TK(KEY_ENTER)}, "Enter", NULL, "type a value",
	 "type the selected setting's value on the command line", t_type, "set NAME VALUE",
	 KW_ALWAYS, 0},
	{{'t', TK(KEY_F(5))}, "t", NULL, "train", "train with these settings, watching it live",
	 NULL, "train", KW_IDLE, 0},
	{{'r'}, "r", NULL, "report", "the classification report of the model", NULL, "report",
	 KW_IDLE, 0},
	{{0}, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0},
};

/* ==== drawing ==== */

static void fmt_time(double s, char *buf, size_t n)
{
	if (!(s >= 0) || s > 1e7) {
		snprintf(buf, n, "--:--");
		return;
	}
	long x = lround(s);
	if (x >= 3600)
		snprintf(buf, n, "%ld:%02ld:%02ld", x / 3600, x / 60 % 60, x % 60);
	else
		snprintf(buf, n, "%ld:%02ld", x / 60, x % 60);
}

/* Items one after the other, two blanks apart, each drawn whole or not at all: at 80 columns
 * a figure is left out rather than cut in the middle ("macro-F1 0.56"). Returns the
 * columns used. */
static int put_whole(int y, int x, int w, const char *const *items, const int *attrs, int n)
{
	int used = 0;
	for (int i = 0; i < n; i++) {
		if (!items[i] || !*items[i])
			continue;
		int gap = used ? 2 : 0, iw = tui_width(items[i]);
		if (used + gap + iw > w)
			continue;
		attron(attrs ? attrs[i] : 0);
		tui_put(y, x + used + gap, iw, items[i]);
		attroff(attrs ? attrs[i] : 0);
		used += gap + iw;
	}
	return used;
}

static void draw_panel(tui *t, int y, int x, int w, int h)
{
	char buf[64];
	attron(A_BOLD);
	tui_put(y, x, w, "hyperparameters");
	attroff(A_BOLD);
	int first = 0, rows = h - 1;
	if (t->tr_sel >= rows)
		first = t->tr_sel - rows + 1;
	for (int i = first; i < n_params() && i - first < rows; i++) {
		int yy = y + 1 + i - first;
		const char *name = rr_setting_defs[i].name;
		const char *v = settings_get(&t->app->set, name, buf, sizeof buf);
		int sel = i == t->tr_sel;
		if (sel)
			attron(tui_attr(t, C_SEL));
		mvhline(yy, x, ' ', w);
		tui_put(yy, x + 1, 10, name);
		char shown[80];
		snprintf(shown, sizeof shown, sel ? "\u2039 %s \u203a" : "  %s  ", v ? v : "?");
		if (!t->utf8 && sel)
			snprintf(shown, sizeof shown, "< %s >", v ? v : "?");
		tui_put_right(yy, x + 11, w - 12, shown);
		if (sel)
			attroff(tui_attr(t, C_SEL));
	}
}

static void draw_progress(const tui *t, const tui_train *r, const char *who, int y, int x, int w)
{
	char a[32], b[32], c[32];
	if (!r->active && r->events == 0) {
		attron(tui_attr(t, C_DIM));
		tui_put(y, x, w, "no run yet: press t to train with these settings");
		tui_put(y + 1, x, w, "(the same as typing :train; s or Esc stops it)");
		attroff(tui_attr(t, C_DIM));
		return;
	}
	double f = r->epochs > 0 && r->total > 0
			   ? ((r->epoch - 1) + r->done / r->total) / r->epochs
			   : 0;
	if (f < 0)
		f = 0;
	if (f > 1)
		f = 1;
	int k;
	if (r->active) {
		attron(A_BOLD);
		k = tui_putf(y, x, w, "training  epoch %d/%d ", r->epoch, r->epochs);
		attroff(A_BOLD);
	} else if (r->stopped) {
		k = tui_putf(y, x, w, "%s%sstopped in epoch %d/%d ", who, *who ? ": " : "", r->epoch,
			     r->epochs);
	} else {
		f = 1.0; /* early stopping ends a run before the planned epochs: it is complete */
		k = tui_putf(y, x, w, "%s%sdone after %d epoch%s ", who, *who ? ": " : "", r->epoch,
			     r->epoch == 1 ? "" : "s");
	}
	int bw = w - k - 7;
	if (bw > 4) {
		attron(tui_attr(t, r->active ? C_TRAIN : C_OK));
		tui_bar(t, y, x + k, bw, f);
		attroff(tui_attr(t, r->active ? C_TRAIN : C_OK));
		tui_putf(y, x + k + bw + 1, 6, "%3.0f%%", 100 * f);
	}
	double eta = f > 0 ? r->seconds * (1 - f) / f : NAN;
	fmt_time(r->seconds, a, sizeof a);
	fmt_time(eta, b, sizeof b);
	char loss[32], val[32] = "", sps[48], eta_s[48];
	snprintf(loss, sizeof loss, "loss %.4f", r->loss_now);
	if (r->n_va)
		snprintf(val, sizeof val, "val %.4f", (double)r->va_y[r->n_va - 1]);
	snprintf(sps, sizeof sps, "%s samples/s", tui_num(r->sps, c, sizeof c));
	snprintf(eta_s, sizeof eta_s, "ETA %s", b);
	const char *items[] = {loss, val, sps, a, r->active ? eta_s : NULL};
	const int attrs[] = {0, tui_attr(t, C_VAL), 0, 0, 0};
	put_whole(y + 1, x, w, items, attrs, 5);
}

/* The loss chart's legend, its longest wording that fits w columns: the whole one was cut at 80
 * columns ("⠤⠤ validat"), where the chart beside the settings has 43. */
static void draw_legend(const tui *t, int y, int x, int w)
{
	static const struct { const char *axis, *train, *val; } words[] = {
		{"loss by epoch", " train loss  ", " validation loss"},
		{"loss by epoch", " train  ", " validation"},
		{"loss", " train  ", " validation"},
		{"", " train  ", " val"},
	};
	const char *dot = t->utf8 ? "\u2824\u2824" : "**", *arrow = t->utf8 ? " \u2192  " : "  ";
	size_t n = sizeof words / sizeof *words, i = 0;
	char axis[32];
	for (;; i++) {
		snprintf(axis, sizeof axis, "%s%s", words[i].axis, *words[i].axis ? arrow : "");
		if (i + 1 == n || tui_width(axis) + 4 + tui_width(words[i].train) +
					  tui_width(words[i].val) <= w)
			break;
	}
	int k = 0;
	attron(tui_attr(t, C_DIM));
	k += tui_put(y, x, w, axis);
	attroff(tui_attr(t, C_DIM));
	attron(tui_attr(t, C_TRAIN));
	k += tui_put(y, x + k, w - k, dot);
	attroff(tui_attr(t, C_TRAIN));
	k += tui_put(y, x + k, w - k, words[i].train);
	attron(tui_attr(t, C_VAL));
	k += tui_put(y, x + k, w - k, t->utf8 ? dot : "++");
	attroff(tui_attr(t, C_VAL));
	tui_put(y, x + k, w - k, words[i].val);
}

static void draw_chart(const tui *t, const tui_train *r, int y, int x, int w, int h)
{
	int ylab = 7, cw = w - ylab;
	if (cw < 8 || h < 2)
		return;
	double lo = INFINITY, hi = -INFINITY;
	/* The running loss of the first batches is far above the rest; once the first epoch is
	 * over, leave its first half out of the scale (it is clipped at the top) so the curves
	 * that matter use the height. */
	float skip_x = r->n_tr && r->tr_x[r->n_tr - 1] > 1.0f ? 0.5f : -1.0f;
	for (int i = 0; i < r->n_tr; i++)
		if (r->tr_y[i] == r->tr_y[i] && r->tr_x[i] >= skip_x) {
			lo = fmin(lo, r->tr_y[i]);
			hi = fmax(hi, r->tr_y[i]);
		}
	for (int i = 0; i < r->n_va; i++)
		if (r->va_y[i] == r->va_y[i]) {
			lo = fmin(lo, r->va_y[i]);
			hi = fmax(hi, r->va_y[i]);
		}
	attron(tui_attr(t, C_DIM));
	for (int i = 0; i < h; i++)
		tui_put(y + i, x + ylab - 1, 1, t->utf8 ? "\u2502" : "|");
	tui_put(y + h, x + ylab - 1, 1, t->utf8 ? "\u2514" : "+");
	for (int i = 0; i < cw; i++)
		tui_put(y + h, x + ylab + i, 1, t->utf8 ? "\u2500" : "-");
	attroff(tui_attr(t, C_DIM));
	if (!(hi >= lo)) {
		attron(tui_attr(t, C_DIM));
		tui_put(y + h / 2, x + ylab + 2, cw - 2, "loss curves appear here while training");
		attroff(tui_attr(t, C_DIM));
		return;
	}
	double pad = (hi - lo) * 0.08 + 1e-6;
	lo -= pad;
	hi += pad;
	if (lo < 0 && lo + pad >= 0)
		lo = 0;
	tui_putf(y, x, ylab - 1, "%6.3f", hi);
	tui_putf(y + h - 1, x, ylab - 1, "%6.3f", lo);
	if (h >= 5)
		tui_putf(y + (h - 1) / 2, x, ylab - 1, "%6.3f", hi - (hi - lo) * ((h - 1) / 2) / (h - 1));
	/* while running the axis spans the planned epochs; a finished run (early stopping, a
	 * stop) spans the epochs it ran */
	int epochs = r->active ? r->epochs : r->epoch;
	if (epochs < 1)
		epochs = 1;
	tui_canvas cv;
	if (canvas_init(&cv, cw, h) == 0) {
		canvas_line(&cv, r->tr_x, r->tr_y, r->n_tr, 0, epochs, lo, hi, C_TRAIN);
		canvas_line(&cv, r->va_x, r->va_y, r->n_va, 0, epochs, lo, hi, C_VAL);
		canvas_draw(t, &cv, y, x + ylab);
		canvas_free(&cv);
	}
	/* round epoch ticks: a mark on the axis at the epoch's column, its number under it */
	tui_tick ticks[64];
	int nt = axis_ticks(epochs, cw, ticks, 64);
	attron(tui_attr(t, C_DIM));
	for (int i = 0; i < nt; i++) {
		char b[16];
		snprintf(b, sizeof b, "%d", ticks[i].value);
		if (i > 0)
			tui_put(y + h, x + ylab + ticks[i].cell, 1, t->utf8 ? "\u252c" : "+");
		tui_put(y + h + 1, x + ylab + ticks[i].label_x, ticks[i].len, b);
	}
	attroff(tui_attr(t, C_DIM));
	draw_legend(t, y - 1, x + ylab + 2, w - ylab - 2);   /* on the row above the plot */
}

static int heat_level(double pct)
{
	return pct < 1 ? 0 : pct < 10 ? 1 : pct < 30 ? 2 : pct < 60 ? 3 : 4;
}

static void draw_matrix(const tui *t, const tui_train *r, const char *who, int y, int x, int w,
			int h)
{
	char b[64];
	if (!r->ncls) {
		attron(A_BOLD);
		tui_put(y, x, w, "validation confusion matrix");
		attroff(A_BOLD);
		attron(tui_attr(t, C_DIM));
		tui_put(y + 1, x, w, "filled after every epoch: counts and row %, per-class precision, recall, F1");
		attroff(tui_attr(t, C_DIM));
		return;
	}
	int n = r->ncls;
	int64_t big = 0;
	for (int i = 0; i < n * n; i++)
		if (r->conf[i] > big)
			big = r->conf[i];
	int cntw = snprintf(b, sizeof b, "%lld", (long long)big);
	int namew = 10;
	for (int c = 0; c < n; c++)
		if ((int)strlen(r->names[c]) + 1 > namew)
			namew = (int)strlen(r->names[c]) + 1;
	int prfw = r->has_prf ? 3 * 8 : 0;
	int cellw = cntw + 7; /* "123456 99.9%" */
	int counts = 1;
	if (namew + n * (cellw + 1) + prfw > w) { /* too narrow: row % only */
		counts = 0;
		cellw = 6;
	}
	char head[160], f1[32];
	snprintf(f1, sizeof f1, " macro-F1 %.4f", r->val_f1);
	/* narrow: the explanation goes before any figure is cut */
	int hn = snprintf(head, sizeof head, "%s%s%s confusion matrix, epoch %d", who, *who ? ": " : "",
			  r->test_matrix ? "test" : "validation", r->conf_epoch);
	if (hn + 25 + 2 + tui_width(f1) <= w)
		snprintf(head + hn, sizeof head - (size_t)hn, " (rows = truth, %% of row)");
	attron(A_BOLD);
	put_whole(y, x, w, (const char *const[]){head, f1}, NULL, 2);
	attroff(A_BOLD);
	if (h < 3)
		return;
	attron(A_UNDERLINE);
	mvhline(y + 1, x, ' ', namew + n * (cellw + 1) + prfw < w ? namew + n * (cellw + 1) + prfw : w);
	tui_put(y + 1, x, namew, "truth\\pred");
	for (int c = 0; c < n; c++)
		tui_put_right(y + 1, x + namew + c * (cellw + 1), cellw, r->names[c]);
	if (r->has_prf) {
		int px = x + namew + n * (cellw + 1);
		tui_put_right(y + 1, px, 8, "prec");
		tui_put_right(y + 1, px + 8, 8, "recall");
		tui_put_right(y + 1, px + 16, 8, "f1");
	}
	attroff(A_UNDERLINE);
	for (int i = 0; i < n && 2 + i < h; i++) {
		int yy = y + 2 + i;
		int64_t row = 0;
		for (int j = 0; j < n; j++)
			row += r->conf[i * n + j];
		tui_put(yy, x, namew, r->names[i]);
		for (int j = 0; j < n; j++) {
			double pct = row ? 100.0 * (double)r->conf[i * n + j] / (double)row : 0;
			int lv = heat_level(pct);
			int a = lv ? tui_attr(t, (enum tui_color)((i == j ? C_HEAT0 : C_MISS0) + lv - 1)) : 0;
			char cell[64];
			if (counts)
				snprintf(cell, sizeof cell, "%*lld %4.1f%%", cntw, (long long)r->conf[i * n + j],
					 pct);
			else
				snprintf(cell, sizeof cell, "%5.1f%%", pct);
			attron(a);
			mvhline(yy, x + namew + j * (cellw + 1), ' ', cellw);
			tui_put_right(yy, x + namew + j * (cellw + 1), cellw, cell);
			attroff(a);
		}
		if (r->has_prf) {
			int px = x + namew + n * (cellw + 1);
			tui_putf(yy, px, 8, "%8.4f", r->prec[i]);
			tui_putf(yy, px + 8, 8, "%8.4f", r->rec[i]);
			attron(A_BOLD);
			tui_putf(yy, px + 16, 8, "%8.4f", r->f1[i]);
			attroff(A_BOLD);
		}
	}
}

/* A view of run `run` from the session's table: the losses of each epoch it kept (the curves
 * at epoch resolution) and its test split's confusion matrix. mem holds 4 × run->n_loss floats
 * for the curves. */
static void run_view(const rr_run *run, tui_train *v, float *mem)
{
	memset(v, 0, sizeof *v);
	int n = run->n_loss;
	v->tr_x = mem;
	v->tr_y = mem + n;
	v->va_x = mem + 2 * n;
	v->va_y = mem + 3 * n;
	for (int e = 0; e < n; e++) {
		v->tr_x[v->n_tr] = (float)(e + 1);
		v->tr_y[v->n_tr++] = run->loss[2 * e];
		if (run->loss[2 * e + 1] == run->loss[2 * e + 1]) {   /* NaN: no validation split */
			v->va_x[v->n_va] = (float)(e + 1);
			v->va_y[v->n_va++] = run->loss[2 * e + 1];
		}
	}
	v->events = 1;
	v->run = run->id;
	v->epoch = v->epochs = run->epochs;
	v->done = v->total = 1;
	v->seconds = run->seconds;
	v->sps = run->samples_per_s;
	v->loss_now = n ? run->loss[2 * (n - 1)] : NAN;
	v->stopped = run->stopped;
	if (run->has_test && run->test.k > 0 && run->test.k <= TUI_MAX_CLS) {
		const rr_metrics *m = &run->test;
		v->ncls = m->k;
		memcpy(v->conf, m->conf, (size_t)(m->k * m->k) * sizeof *v->conf);
		for (int c = 0; c < m->k; c++) {
			snprintf(v->names[c], sizeof v->names[c], "%s",
				 c < run->lab.n_classes ? run->lab.name[c] : "?");
			v->prec[c] = m->precision[c];
			v->rec[c] = m->recall[c];
			v->f1[c] = m->f1[c];
		}
		v->has_prf = 1;
		v->val_f1 = m->macro_f1;
		v->conf_epoch = run->best_epoch ? run->best_epoch : run->epochs;
		v->test_matrix = 1;
	}
}

/* What the figures show: the last training (t->tr), or, once another run was made current
 * after it (runs use, open), that run from the table (into *v, its curves in *mem, which the
 * caller frees). who names it: "run 2", "run 2 (current: run 1)", "run 1 (current)"; "" while
 * a run trains or none is known (t15: the figures of run 2 stayed after runs use 1, named by
 * nothing, beside run 1's settings). */
static const tui_train *train_view(const tui *t, tui_train *v, float **mem, char *who, size_t size)
{
	const rr_app *app = t->app;
	const tui_train *r = &t->tr;
	int cur = app->current_run, switched = !r->active &&
		(r->run ? cur != r->cur_then || r->chosen : !r->events);
	const rr_run *cr = cur > 0 ? runs_get(app->runs, cur) : NULL;
	*mem = NULL;
	who[0] = '\0';
	if (switched && cr && cr->id != r->run && cr->loss && cr->n_loss > 0 &&
	    (*mem = malloc(4 * (size_t)cr->n_loss * sizeof **mem)) != NULL) {
		run_view(cr, v, *mem);
		snprintf(who, size, "run %d (current)", cur);
		return v;
	}
	if (r->active || !r->run)
		return r;
	if (cur == r->run)
		snprintf(who, size, "run %d", r->run);
	else if (cur)
		snprintf(who, size, "run %d (current: run %d)", r->run, cur);
	else if (app->model)
		snprintf(who, size, "run %d (current: a model opened)", r->run);
	else
		snprintf(who, size, "run %d", r->run);
	return r;
}

void train_draw(tui *t)
{
	int W = t->cols, H = t->rows;
	tui_train view;
	float *mem;
	char who[96];
	const tui_train *r = train_view(t, &view, &mem, who, sizeof who);
	int ncls = r->ncls ? r->ncls : t->app->labels.n_classes;
	int hint_y = H - 2;
	int mat_h = 2 + ncls;
	int mat_y = hint_y - mat_h - 1;
	int px = 1, pw = 25;
	draw_panel(t, 1, px, pw, mat_y - 1);
	int cx = px + pw + 2, cw = W - cx - 1;
	draw_progress(t, r, who, 1, cx, cw);
	int chart_y = 4, chart_h = mat_y - chart_y - 3;
	draw_chart(t, r, chart_y, cx, cw, chart_h);
	draw_matrix(t, r, who, mat_y, 1, W - 2, mat_h + 1);
	free(mem);
	/* the engine's word when the labels moved since the model was trained: not while a run
	 * trains, which is the training again it asks for (t28 F7) */
	char note[160];
	if (!r->active && *model_labels_note(t->app->model, &t->app->labels, note, sizeof note)) {
		attron(tui_attr(t, C_ERR));
		tui_put(hint_y - 1, 1, W - 2, note);
		attroff(tui_attr(t, C_ERR));
	}
	keys_hint(t, hint_y);
}
