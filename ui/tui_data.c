/* tui_data.c — screens 1 Data (what was loaded and kept) and 2 Labels (the order-count
 * histogram with the bin edges on it; arrow keys move an edge by running `bins ...`). */
#define _XOPEN_SOURCE 700
#include "tui.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "ingest.h"
#include "rows.h"

void data_refresh(tui *t)
{
	free(t->hist_counts);
	t->hist_counts = NULL;
	t->hist_max = 0;
	if (t->app->ds) {
		t->hist_counts = dataset_order_hist(t->app->ds);
		if (t->hist_counts)
			t->hist_max = t->app->ds->max_orders;
	}
}

static void no_data(tui *t)
{
	attron(tui_attr(t, C_DIM));
	tui_put(3, 2, t->cols - 4, "no data loaded: type :load FILE (Tab completes file names)");
	attroff(tui_attr(t, C_DIM));
}

/* pairs with order counts in [lo, hi] */
static size_t hist_sum(const tui *t, uint32_t lo, uint32_t hi)
{
	size_t n = 0;
	if (hi > t->hist_max)
		hi = t->hist_max;
	for (uint32_t k = lo; k <= hi; k++)
		n += t->hist_counts[k];
	return n;
}

static int class_color(int c)
{
	return C_CLASS0 + c % 6;
}

/* ==== 1 Data ==== */

static void row_num(tui *t, int y, int x, int w, const char *label, double n, int indent)
{
	char b[48];
	tui_put(y, x + indent, w - indent, label);
	tui_put_right(y, x, w, tui_num(n, b, sizeof b));
	(void)t;
}

void data_draw(tui *t)
{
	const rr_dataset *d = t->app->ds;
	const rr_rows *r = t->app->rows;
	if (!d || !r) {
		no_data(t);
		return;
	}
	static const char *const rule_short[RR_RULE_N] = {"no customer id", "cancelled or qty <= 0",
							   "unit price <= 0", "non-product code"};
	int y = 1, x = 1, w = 36;
	attron(A_BOLD);
	tui_putf(y++, x, t->cols - 2, "%s  (%s, %.1f MB of CSV)", r->path ? r->path : "?", r->schema,
		 (double)r->bytes / 1e6);
	attroff(A_BOLD);
	y++;
	row_num(t, y++, x, w, "rows read", (double)r->lines, 0);
	size_t rej = rows_rejected_total(r);
	row_num(t, y++, x, w, "rejected at load", (double)rej, 0);
	for (int k = 0; k < RR_REJ_N; k++)
		if (r->rejected[k])
			row_num(t, y++, x, w, rows_reject_name((enum rr_reject)k), (double)r->rejected[k], 2);
	size_t dropped = 0;
	for (int k = 0; k < RR_RULE_N; k++)
		dropped += d->dropped[k];
	row_num(t, y++, x, w, "dropped by cleaning", (double)dropped, 0);
	for (int k = 0; k < RR_RULE_N; k++) {
		char lab[64];
		snprintf(lab, sizeof lab, "%s%s", rule_short[k], t->app->clean.on[k] ? "" : " (off)");
		row_num(t, y++, x, w, lab, (double)d->dropped[k], 2);
	}
	attron(A_BOLD);
	row_num(t, y++, x, w, "kept", (double)d->kept, 0);
	attroff(A_BOLD);
	y++;
	row_num(t, y++, x, w, "customers", d->n_users, 0);
	row_num(t, y++, x, w, "items", d->n_items, 0);
	row_num(t, y++, x, w, "invoices", d->n_invoices, 0);
	row_num(t, y++, x, w, "customer-item pairs", (double)d->n_pairs, 0);
	if (t->hist_counts && t->hist_max >= 1)
		row_num(t, y++, x, w, "bought in one invoice", (double)t->hist_counts[1], 2);
	row_num(t, y++, x, w, "largest order count", d->max_orders, 0);
	char a[32], b[32], rt[192];
	if (y < t->rows - 2)
		tui_putf(y++, x, t->cols - 2, "dates  %s to %s", ingest_format_minute(d->min_minute, a, sizeof a),
			 ingest_format_minute(d->max_minute, b, sizeof b));
	if (y < t->rows - 2)
		tui_putf(y++, x, t->cols - 2, "returns  %s", dataset_returns_text(d, rt, sizeof rt));

	/* right: the order-count histogram in ranges, log-scaled bars */
	int hx = x + w + 4, hw = t->cols - hx - 1;
	if (!t->hist_counts || hw < 30)
		return;
	int hy = 3;
	attron(A_BOLD);
	tui_put(hy++, hx, hw, "order counts (pairs, log scale)");
	attroff(A_BOLD);
	hy++;
	static const uint32_t lo_of[] = {1, 2, 3, 4, 5, 6, 11, 21, 41, 81, 161};
	int nb = (int)(sizeof lo_of / sizeof *lo_of);
	size_t vmax = 0;
	for (int i = 0; i < nb && lo_of[i] <= t->hist_max; i++) {
		uint32_t hi = i + 1 < nb ? lo_of[i + 1] - 1 : t->hist_max;
		size_t v = hist_sum(t, lo_of[i], hi);
		if (v > vmax)
			vmax = v;
	}
	int barw = hw - 18;
	for (int i = 0; i < nb && lo_of[i] <= t->hist_max && hy < t->rows - 3; i++) {
		uint32_t lo = lo_of[i], hi = i + 1 < nb ? lo_of[i + 1] - 1 : t->hist_max;
		if (hi > t->hist_max)
			hi = t->hist_max;
		size_t v = hist_sum(t, lo, hi);
		char lab[32], nb2[32];
		if (lo == hi)
			snprintf(lab, sizeof lab, "%u", (unsigned)lo);
		else
			snprintf(lab, sizeof lab, "%u-%u", (unsigned)lo, (unsigned)hi);
		tui_put_right(hy, hx, 6, lab);
		double frac = vmax ? log10(1.0 + (double)v) / log10(1.0 + (double)vmax) : 0;
		int a2 = tui_attr(t, (enum tui_color)class_color(labels_class(&t->app->labels, lo)));
		attron(a2);
		int cells = (int)(frac * barw * 8 + 0.5);
		for (int c = 0; c < barw; c++) {
			int e = cells - 8 * c;
			if (e <= 0)
				break;
			static const char *const part[9] = {" ", "\u258f", "\u258e", "\u258d", "\u258c",
							    "\u258b", "\u258a", "\u2589", "\u2588"};
			tui_put(hy, hx + 7 + c, 1, t->utf8 ? part[e > 8 ? 8 : e] : "#");
		}
		attroff(a2);
		tui_put_right(hy, hx + 7 + barw, 11, tui_num((double)v, nb2, sizeof nb2));
		hy++;
	}
	hy++;
	if (hy < t->rows - 2) {
		attron(tui_attr(t, C_DIM));
		tui_put(hy, hx, hw, "colour = class; edges on 2 Labels");
		attroff(tui_attr(t, C_DIM));
	}
}

/* ==== 2 Labels ==== */

static int edges_text(const rr_labels *l, int skip, int moved, long delta, long extra,
		      char *buf, size_t size)
{
	long e[RR_MAX_EDGES + 1];
	int n = 0;
	for (int i = 0; i < l->n_edges; i++) {
		if (i == skip)
			continue;
		e[n++] = (long)l->edge[i] + (i == moved ? delta : 0);
	}
	if (extra > 0) { /* insert in order */
		int p = n;
		while (p > 0 && e[p - 1] > extra)
			p--;
		memmove(e + p + 1, e + p, (size_t)(n - p) * sizeof *e);
		e[p] = extra;
		n++;
	}
	size_t k = 0;
	buf[0] = '\0';
	for (int i = 0; i < n && k < size; i++)
		k += (size_t)snprintf(buf + k, size - k, " %ld", e[i]);
	return n;
}

int labels_key(tui *t, int key)
{
	const rr_labels *l = &t->app->labels;
	char edges[128];
	if (t->sel_edge >= l->n_edges)
		t->sel_edge = l->n_edges - 1;
	int s = t->sel_edge;
	long step = 0;
	switch (key) {
	case TK(KEY_LEFT): case 'h': step = -1; break;
	case TK(KEY_RIGHT): case 'l': step = 1; break;
	case TK(KEY_SLEFT): case TK(KEY_PPAGE): case 'H': step = -5; break;
	case TK(KEY_SRIGHT): case TK(KEY_NPAGE): case 'L': step = 5; break;
	case TK(KEY_UP): case 'k': case '[':
		t->sel_edge = s > 0 ? s - 1 : l->n_edges - 1;
		return 1;
	case TK(KEY_DOWN): case 'j': case ']':
		t->sel_edge = s + 1 < l->n_edges ? s + 1 : 0;
		return 1;
	case '+': case 'a': {
		if (l->n_edges >= RR_MAX_EDGES) {
			tui_status(t, 1, "at most %d edges (%d classes)", RR_MAX_EDGES, RR_MAX_EDGES + 1);
			return 1;
		}
		/* a new edge halfway to the next one, or after the last */
		long lo = (long)l->edge[s], hi = s + 1 < l->n_edges ? (long)l->edge[s + 1] : lo * 2 + 2;
		long ne = hi - lo >= 2 ? (lo + hi) / 2 : -1;
		if (ne < 0)
			ne = (long)l->edge[l->n_edges - 1] + 1;
		edges_text(l, -1, -1, 0, ne, edges, sizeof edges);
		if (tui_exec(t, NULL, "bins%s", edges) == 0)
			for (int i = 0; i < t->app->labels.n_edges; i++)
				if ((long)t->app->labels.edge[i] == ne)
					t->sel_edge = i;
		return 1;
	}
	case '-': case 'x': case TK(KEY_DC):
		if (l->n_edges <= 1) {
			tui_status(t, 1, "at least one edge is needed (two classes)");
			return 1;
		}
		edges_text(l, s, -1, 0, 0, edges, sizeof edges);
		tui_exec(t, NULL, "bins%s", edges);
		if (t->sel_edge >= t->app->labels.n_edges)
			t->sel_edge = t->app->labels.n_edges - 1;
		return 1;
	default:
		return 0;
	}
	/* keep the move inside its neighbours so a held key stops at a wall instead of erroring */
	long cur = (long)l->edge[s], nv = cur + step;
	long lo = s > 0 ? (long)l->edge[s - 1] + 1 : 1;
	if (nv < lo)
		nv = lo;
	if (s + 1 < l->n_edges && nv > (long)l->edge[s + 1] - 1)
		nv = (long)l->edge[s + 1] - 1;
	if (nv == cur) {
		tui_status(t, 0, "edge %d cannot move further that way", s + 1);
		return 1;
	}
	edges_text(l, -1, s, nv - cur, 0, edges, sizeof edges);
	tui_exec(t, NULL, "bins%s", edges);
	return 1;
}

static const char *fmt_axis(double v, char *buf, size_t n)
{
	if (v >= 1e6)
		snprintf(buf, n, "%gM", v / 1e6);
	else if (v >= 1e3)
		snprintf(buf, n, "%gk", v / 1e3);
	else
		snprintf(buf, n, "%g", v);
	return buf;
}

void labels_draw(tui *t)
{
	const rr_dataset *d = t->app->ds;
	const rr_labels *l = &t->app->labels;
	if (!d || !t->hist_counts || t->hist_max < 1) {
		no_data(t);
		return;
	}
	if (t->sel_edge >= l->n_edges)
		t->sel_edge = l->n_edges - 1;
	if (t->sel_edge < 0)
		t->sel_edge = 0;
	int ncls = l->n_classes;
	size_t counts[RR_MAX_CLASSES];
	uint32_t lo_c[RR_MAX_CLASSES], hi_c[RR_MAX_CLASSES];
	uint32_t lo = 1;
	for (int c = 0; c < ncls; c++) {
		lo_c[c] = lo;
		hi_c[c] = c < l->n_edges ? l->edge[c] : UINT32_MAX;
		counts[c] = lo <= t->hist_max ? hist_sum(t, lo, hi_c[c] < t->hist_max ? hi_c[c] : t->hist_max) : 0;
		if (c < l->n_edges)
			lo = l->edge[c] + 1;
	}

	int y0 = 1;
	attron(A_BOLD);
	tui_putf(y0, 1, t->cols - 2, "order count per customer-item pair: %s pairs, log-scaled bars",
		 tui_num((double)d->n_pairs, (char[32]){0}, 32));
	attroff(A_BOLD);
	int table_h = ncls + 1, hint_h = 1;
	int chart_h = t->rows - 2 - 1 - 3 - table_h - hint_h - 1;
	if (chart_h < 3)
		chart_h = 3;
	int cy = y0 + 1;              /* chart top */
	int ylab = 7;                 /* "100k ┤" */
	int avail = t->cols - ylab - 2;
	uint32_t ncnt = t->hist_max;  /* one column per order count; the last merges the tail */
	if ((int)ncnt > avail - l->n_edges)
		ncnt = (uint32_t)(avail - l->n_edges);
	int colw = (avail - l->n_edges) / (int)ncnt;
	if (colw < 1)
		colw = 1;
	if (colw > 3)
		colw = 3;
	size_t vmax = 0;
	for (uint32_t k = 1; k <= ncnt; k++) {
		size_t v = k == ncnt ? hist_sum(t, k, t->hist_max) : t->hist_counts[k];
		if (v > vmax)
			vmax = v;
	}
	double lmax = log10(1.0 + (double)vmax);
	/* y axis with decades */
	attron(tui_attr(t, C_DIM));
	for (int r = 0; r < chart_h; r++)
		tui_put(cy + r, ylab - 1, 1, t->utf8 ? "\u2502" : "|");
	for (double v = 1; v <= (double)vmax; v *= 10) {
		double h = log10(1.0 + v) / lmax * chart_h;
		int r = (int)ceil(h) - 1;
		if (r < 0)
			r = 0;
		char b[16];
		tui_put_right(cy + chart_h - 1 - r, 0, ylab - 2, fmt_axis(v, b, sizeof b));
		tui_put(cy + chart_h - 1 - r, ylab - 1, 1, t->utf8 ? "\u2524" : "+");
	}
	int axis_y = cy + chart_h;
	tui_put(axis_y, ylab - 1, 1, t->utf8 ? "\u2514" : "+");
	for (int c = ylab; c < t->cols - 1; c++)
		tui_put(axis_y, c, 1, t->utf8 ? "\u2500" : "-");
	attroff(tui_attr(t, C_DIM));

	/* bars and edge columns */
	int x = ylab, last_tick_end = 0, last_mark_end = 0, edge_x[RR_MAX_EDGES];
	int e = 0; /* next edge to draw */
	for (uint32_t k = 1; k <= ncnt; k++) {
		size_t v = k == ncnt ? hist_sum(t, k, t->hist_max) : t->hist_counts[k];
		int eighths = v ? (int)(log10(1.0 + (double)v) / lmax * chart_h * 8 + 0.5) : 0;
		if (v && eighths < 1)
			eighths = 1;
		int a = tui_attr(t, (enum tui_color)class_color(labels_class(l, k)));
		attron(a);
		for (int r = 0; r < chart_h; r++) {
			int part = eighths - 8 * r;
			if (part <= 0)
				break;
			for (int q = 0; q < colw; q++)
				tui_put(cy + chart_h - 1 - r, x + q, 1, tui_vglyph(t, part));
		}
		attroff(a);
		/* tick labels on the row under the axis */
		if (k == 1 || k % 5 == 0 || k == ncnt) {
			char b[16];
			snprintf(b, sizeof b, k == ncnt && ncnt < t->hist_max ? "%u+" : "%u", (unsigned)k);
			if (x >= last_tick_end) {
				attron(tui_attr(t, C_DIM));
				last_tick_end = x + tui_put(axis_y + 1, x, t->cols - x, b) + 1;
				attroff(tui_attr(t, C_DIM));
			}
		}
		x += colw;
		/* an edge E sits between counts E and E+1; edges beyond the drawn range at the end */
		while (e < l->n_edges && (l->edge[e] == k || (k == ncnt && l->edge[e] >= k))) {
			int sel = e == t->sel_edge;
			int a2 = sel ? (int)(tui_attr(t, C_SEL) | (int)A_BOLD) : tui_attr(t, C_DIM);
			attron(a2);
			for (int r = 0; r < chart_h; r++)
				tui_put(cy + r, x, 1, t->utf8 ? (sel ? "\u2503" : "\u2502") : "|");
			attroff(a2);
			edge_x[e] = x;
			x++;
			e++;
		}
	}
	attron(tui_attr(t, C_DIM));
	/* edge markers under the axis; the selected one is drawn last so it always shows */
	for (int pass = 0; pass < 2; pass++)
		for (int k = 0; k < l->n_edges; k++) {
			int sel = k == t->sel_edge;
			if (sel != pass)
				continue;
			char b[24];
			snprintf(b, sizeof b, "%s%u", t->utf8 ? "\u25b2" : "^", (unsigned)l->edge[k]);
			if (!sel && edge_x[k] < last_mark_end)
				continue;
			int a2 = sel ? (int)(tui_attr(t, C_SEL) | (int)A_BOLD) : tui_attr(t, C_DIM);
			attron(a2);
			int n = tui_put(axis_y + 2, edge_x[k], t->cols - edge_x[k], b);
			attroff(a2);
			if (sel && n < 6)
				mvhline(axis_y + 2, edge_x[k] + n, ' ', 1); /* cut a neighbour's digits cleanly */
			last_mark_end = edge_x[k] + n + 1;
		}
	int ox = x + 1 > last_tick_end ? x + 1 : last_tick_end;
	if (ox + 6 < t->cols)
		tui_put(axis_y + 1, ox, 6, "orders");
	attroff(tui_attr(t, C_DIM));

	/* the classes */
	int ty = axis_y + 3;
	attron(A_UNDERLINE);
	tui_put(ty, 1, t->cols - 2, "class       orders          pairs    share");
	attroff(A_UNDERLINE);
	for (int c = 0; c < ncls; c++) {
		int yy = ty + 1 + c;
		char range[32], nb[32];
		if (c < l->n_edges) {
			if (lo_c[c] == hi_c[c])
				snprintf(range, sizeof range, "%u", (unsigned)lo_c[c]);
			else
				snprintf(range, sizeof range, "%u-%u", (unsigned)lo_c[c], (unsigned)hi_c[c]);
		} else {
			snprintf(range, sizeof range, "%u+", (unsigned)lo_c[c]);
		}
		double share = d->n_pairs ? (double)counts[c] / (double)d->n_pairs : 0;
		int a = tui_attr(t, (enum tui_color)class_color(c));
		attron(a | A_BOLD);
		tui_put(yy, 1, 11, l->name[c]);
		attroff(a | A_BOLD);
		tui_put(yy, 13, 10, range);
		tui_put_right(yy, 22, 14, tui_num((double)counts[c], nb, sizeof nb));
		tui_putf(yy, 38, 8, "%6.2f%%", 100 * share);
		attron(a);
		tui_bar(t, yy, 47, t->cols - 49, share);
		attroff(a);
	}
	attron(tui_attr(t, C_DIM));
	tui_put(ty + 1 + ncls, 1, t->cols - 2,
		t->utf8 ? "\u2190/\u2192 move edge  PgUp/PgDn by 5  \u2191/\u2193 select edge  + add edge  - remove edge"
			: "Left/Right move edge  PgUp/PgDn by 5  Up/Down select edge  + add  - remove");
	attroff(tui_attr(t, C_DIM));
}
