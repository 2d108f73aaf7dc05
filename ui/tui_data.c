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
#include "ticks.h"

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

static void no_data(const tui *t)
{
	attron(tui_attr(t, C_DIM));
	tui_put(3, 2, t->cols - 4, t->busy || t->app->rows ? tui_no_data(t)
				: "no data loaded: type :load FILE (Tab completes file names)");
	if (t->looked && *t->looked) {
		/* started outside the tree: say where the bundled data was looked for */
		tui_put(5, 2, t->cols - 4, "looked for the bundled data, and did not find it:");
		const char *p = t->looked;
		for (int y = 6; *p && y < t->rows - 3; y++) {
			const char *e = strstr(p, ", ");
			int n = e ? (int)(e - p) : (int)strlen(p);
			tui_putf(y, 4, t->cols - 6, "%.*s", n, p);
			p += n + (e ? 2 : 0);
		}
	}
	attroff(tui_attr(t, C_DIM));
}

/* "12.3 MB", "456 KB", "812 bytes": small files do not read as 0.0 MB */
static const char *file_size(size_t bytes, char *buf, size_t n)
{
	if (bytes >= 1000000)
		snprintf(buf, n, "%.1f MB", (double)bytes / 1e6);
	else if (bytes >= 1000)
		snprintf(buf, n, "%.0f KB", (double)bytes / 1e3);
	else
		snprintf(buf, n, "%zu byte%s", bytes, bytes == 1 ? "" : "s");
	return buf;
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
							   "unit price <= 0", "non-product code",
							   "date far from the rest"};
	int y = 1, x = 1, w = 36;
	attron(A_BOLD);
	char size[32];
	tui_putf(y++, x, t->cols - 2, "%s  (%s, %s of CSV)", r->path ? r->path : "?", r->schema,
		 file_size(r->bytes, size, sizeof size));
	attroff(A_BOLD);
	y++;
	row_num(t, y++, x, w, "rows read", (double)r->lines, 0);
	if (r->skipped)
		row_num(t, y++, x, w, "not purchases (skipped)", (double)r->skipped, 0);
	size_t rej = rows_rejected_total(r);
	row_num(t, y++, x, w, "rejected at load", (double)rej, 0);
	for (int k = 0; k < RR_REJ_N; k++)
		if (r->rejected[k])
			row_num(t, y++, x, w, rows_reject_name((enum rr_reject)k), (double)r->rejected[k], 2);
	/* every row read is counted once, as stats counts it: the figures add up to kept */
	if (filter_active(&t->app->clean.filter))
		row_num(t, y++, x, w, "outside the filters", (double)d->filtered, 0);
	size_t full = d->returns.applied ? d->returns.full_rows : 0, dropped = full;
	for (int k = 0; k < RR_RULE_N; k++)
		dropped += d->dropped[k];
	row_num(t, y++, x, w, "dropped by cleaning", (double)dropped, 0);
	for (int k = 0; k < RR_RULE_N; k++) {
		char lab[64];
		snprintf(lab, sizeof lab, "%s%s", rule_short[k], t->app->clean.on[k] ? "" : " (off)");
		row_num(t, y++, x, w, lab, (double)d->dropped[k], 2);
	}
	if (d->returns.applied)
		row_num(t, y++, x, w, "returned in full", (double)full, 2);
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
	char span[64], rt[192];
	if (y < t->rows - 2)
		tui_putf(y++, x, t->cols - 2, "dates  %s", dataset_minutes_text(d, span, sizeof span));
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
		/* without colours the bars are alike: no legend of what does not show (t69 F-E) */
		tui_put(hy, hx, hw, t->color ? "colour = class; edges on 2 Labels" : "edges on 2 Labels");
		attroff(tui_attr(t, C_DIM));
	}
	keys_hint(t, t->rows - 2);
}

/* ==== 2 Labels ==== */

void labels_refresh(tui *t)
{
	int n = t->app->labels.n_edges;
	if (t->sel_edge >= n)
		t->sel_edge = n - 1;
	if (t->sel_edge < 0)
		t->sel_edge = 0;
}

/* The edges as " E1 E2 ...", leaving out index skip, moving index moved by delta, and adding
 * extra (> 0) in order. Returns the number of edges written. */
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

static int l_move(tui *t, int key)
{
	const rr_labels *l = &t->app->labels;
	int s = t->sel_edge;
	long step = key == TK(KEY_LEFT) || key == 'h' ? -1 : key == TK(KEY_RIGHT) || key == 'l' ? 1
		    : key == TK(KEY_SLEFT) || key == TK(KEY_PPAGE) || key == 'H' ? -5 : 5;
	/* keep the move inside its neighbours so a held key stops at a wall instead of erroring */
	long cur = (long)l->edge[s], nv = cur + step;
	long lo = s > 0 ? (long)l->edge[s - 1] + 1 : 1;
	if (nv < lo)
		nv = lo;
	if (s + 1 < l->n_edges && nv > (long)l->edge[s + 1] - 1)
		nv = (long)l->edge[s + 1] - 1;
	/* nor to the largest order count or past it: an edge holds the counts up to it, so
	 * there the class above has no pair left (t29 F8), and past it the edge drew after the
	 * chart's last bar (t28 F11); `bins` still takes any edge */
	long largest = t->app->ds ? (long)t->app->ds->max_orders : 0, most = largest - 1;
	int up = step > 0 && most > 0;
	/* one rule for every edge (t75 F13: edge 2, already past the largest count, moved on
	 * with its class above empty, where edge 1 was refused) */
	int wall = up && nv > most;
	if (wall && cur < most)
		nv = most, wall = 0;
	if (nv == cur || wall) {
		if (up && cur > most)
			tui_status(t, 0, "edge %d is at %ld, past the largest order count %ld: the class "
				   "above it has no pair already (Left/h moves it back; 'bins' sets any edge)",
				   s + 1, cur, largest);
		else if (up && cur == most)
			tui_status(t, 0, "edge %d is at %ld, one below the largest order count: at %ld the "
				   "class above would have no pair ('bins' sets any edge)", s + 1, most, largest);
		else
			tui_status(t, 0, "edge %d cannot move further that way", s + 1);
		return 1;
	}
	char edges[128];
	edges_text(l, -1, s, nv - cur, 0, edges, sizeof edges);
	tui_exec(t, NULL, "bins%s", edges);
	return 1;
}

static int l_select(tui *t, int key)
{
	int n = t->app->labels.n_edges, s = t->sel_edge;
	if (key == TK(KEY_UP) || key == 'k' || key == '[')
		t->sel_edge = s > 0 ? s - 1 : n - 1;
	else
		t->sel_edge = s + 1 < n ? s + 1 : 0;
	return 1;
}

static int l_add(tui *t, int key)
{
	(void)key;
	const rr_labels *l = &t->app->labels;
	int s = t->sel_edge;
	if (l->n_edges >= RR_MAX_EDGES) {
		tui_status(t, 1, "at most %d edges (%d classes)", RR_MAX_EDGES, RR_MAX_EDGES + 1);
		return 1;
	}
	/* a new edge halfway to the next one, or after the last; below the largest order count,
	 * the arrows' wall (t84 F5: past it the class above had no pair, unsaid) */
	long largest = t->app->ds ? (long)t->app->ds->max_orders : 0, last = (long)l->edge[l->n_edges - 1];
	long lo = (long)l->edge[s], hi = s + 1 < l->n_edges ? (long)l->edge[s + 1] : lo * 2 + 2;
	if (largest > 0 && hi > largest)
		hi = largest;
	long ne = hi - lo >= 2 ? (lo + hi) / 2 : -1;
	if (ne < 0)
		ne = last + 1;
	if (largest > 0 && ne >= largest) {
		tui_status(t, 0, "no edge fits above %ld: the largest order count is %ld, and at it the "
			   "class above would have no pair ('bins' sets any edge)", last, largest);
		return 1;
	}
	char edges[128];
	edges_text(l, -1, -1, 0, ne, edges, sizeof edges);
	if (tui_exec(t, NULL, "bins%s", edges) == 0)
		for (int i = 0; i < t->app->labels.n_edges; i++)
			if ((long)t->app->labels.edge[i] == ne)
				t->sel_edge = i;
	return 1;
}

static int l_remove(tui *t, int key)
{
	(void)key;
	const rr_labels *l = &t->app->labels;
	if (l->n_edges <= 1) {
		tui_status(t, 1, "at least one edge is needed (two classes)");
		return 1;
	}
	char edges[128];
	edges_text(l, t->sel_edge, -1, 0, 0, edges, sizeof edges);
	tui_exec(t, NULL, "bins%s", edges);
	return 1;
}

const tui_key labels_keys[] = {
	{{TK(KEY_LEFT), 'h', TK(KEY_RIGHT), 'l'}, "\u2190/\u2192", "Left/Right", "move edge",
	 "move the selected edge by one order", l_move, "bins E1 E2 ...", KW_IDLE, 0},
	{{TK(KEY_PPAGE), TK(KEY_NPAGE), 'H', 'L', TK(KEY_SLEFT), TK(KEY_SRIGHT)}, "PgUp/PgDn", NULL,
	 "by 5", "move it by five orders", l_move, "bins E1 E2 ...", KW_IDLE, 0},
	{{TK(KEY_UP), TK(KEY_DOWN), 'k', 'j', '[', ']'}, "\u2191/\u2193", "Up/Down", "select edge",
	 "select another edge", l_select, NULL, KW_ALWAYS, 0},
	{{'+', 'a'}, "+", NULL, "add edge", "add an edge halfway to the next one", l_add,
	 "bins E1 E2 ...", KW_IDLE, 0},
	{{'-', 'x', TK(KEY_DC)}, "-", NULL, "remove edge", "remove the selected edge", l_remove,
	 "bins E1 E2 ...", KW_IDLE, 0},
	{{0}, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0},
};

/* The chart's geometry: one column of colw cells per order count 1..ncnt (the last merges
 * the tail), log-scaled to vmax over h rows from row y, the y labels ylab columns wide. */
typedef struct chart {
	int y, h, ylab, colw;
	uint32_t ncnt;
	size_t vmax;
	double lmax;
} chart;

static chart chart_layout(const tui *t, int y, int h)
{
	const rr_labels *l = &t->app->labels;
	chart c = {y, h, 7, 1, t->hist_max, 0, 0};
	int avail = t->cols - c.ylab - 2;
	if ((int)c.ncnt > avail - l->n_edges)
		c.ncnt = (uint32_t)(avail - l->n_edges);
	c.colw = (avail - l->n_edges) / (int)c.ncnt;
	if (c.colw < 1)
		c.colw = 1;
	if (c.colw > 3)
		c.colw = 3;
	for (uint32_t k = 1; k <= c.ncnt; k++) {
		size_t v = k == c.ncnt ? hist_sum(t, k, t->hist_max) : t->hist_counts[k];
		if (v > c.vmax)
			c.vmax = v;
	}
	c.lmax = log10(1.0 + (double)c.vmax);
	return c;
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

/* The y axis with its decades and the x axis under the bars. */
static void draw_axes(const tui *t, const chart *c)
{
	attron(tui_attr(t, C_DIM));
	for (int r = 0; r < c->h; r++)
		tui_put(c->y + r, c->ylab - 1, 1, t->utf8 ? "\u2502" : "|");
	for (double v = 1; v <= (double)c->vmax; v *= 10) {
		int r = (int)ceil(log10(1.0 + v) / c->lmax * c->h) - 1;
		if (r < 0)
			r = 0;
		char b[16];
		tui_put_right(c->y + c->h - 1 - r, 0, c->ylab - 2, fmt_axis(v, b, sizeof b));
		tui_put(c->y + c->h - 1 - r, c->ylab - 1, 1, t->utf8 ? "\u2524" : "+");
	}
	int axis_y = c->y + c->h;
	tui_put(axis_y, c->ylab - 1, 1, t->utf8 ? "\u2514" : "+");
	for (int x = c->ylab; x < t->cols - 1; x++)
		tui_put(axis_y, x, 1, t->utf8 ? "\u2500" : "-");
	attroff(tui_attr(t, C_DIM));
}

/* One order count's bar at column x, coloured by its class. */
static void draw_bar(const tui *t, const chart *c, uint32_t k, int x)
{
	size_t v = k == c->ncnt ? hist_sum(t, k, t->hist_max) : t->hist_counts[k];
	int eighths = v ? (int)(log10(1.0 + (double)v) / c->lmax * c->h * 8 + 0.5) : 0;
	if (v && eighths < 1)
		eighths = 1;
	int a = tui_attr(t, (enum tui_color)class_color(labels_class(&t->app->labels, k)));
	attron(a);
	for (int r = 0; r < c->h; r++) {
		int part = eighths - 8 * r;
		if (part <= 0)
			break;
		for (int q = 0; q < c->colw; q++)
			tui_put(c->y + c->h - 1 - r, x + q, 1, tui_vglyph(t, part));
	}
	attroff(a);
}

/* The bars, their tick labels under the axis and the edge columns between them; the edges'
 * columns go to edge_x. Returns where the ticks end (the "orders" label goes after). */
static int draw_bars(const tui *t, const chart *c, int sel, int *edge_x, int *end_x)
{
	const rr_labels *l = &t->app->labels;
	int x = c->ylab, last_tick_end = 0, last_tick_x = 0, e = 0, axis_y = c->y + c->h;
	for (uint32_t k = 1; k <= c->ncnt; k++) {
		draw_bar(t, c, k, x);
		if (k == 1 || k % 5 == 0 || k == c->ncnt) {
			char b[16];
			snprintf(b, sizeof b, k == c->ncnt && c->ncnt < t->hist_max ? "%u+" : "%u", (unsigned)k);
			/* the last one ends at the screen's edge, whole ("109+" lost its '+'), and
			 * takes the place of the one before rather than give way: it says the fold */
			int tx = x + tui_width(b) > t->cols ? t->cols - tui_width(b) : x;
			if (k == c->ncnt && tx < last_tick_end && tx > last_tick_x) {
				mvhline(axis_y + 1, last_tick_x, ' ', t->cols - last_tick_x);
				last_tick_end = last_tick_x;
			}
			if (tx >= last_tick_end) {
				last_tick_x = tx;
				attron(tui_attr(t, C_DIM));
				last_tick_end = tx + tui_put(axis_y + 1, tx, t->cols - tx, b) + 1;
				attroff(tui_attr(t, C_DIM));
			}
		}
		x += c->colw;
		/* an edge E sits between counts E and E+1; edges beyond the drawn range at the end */
		while (e < l->n_edges && (l->edge[e] == k || (k == c->ncnt && l->edge[e] >= k))) {
			int a = e == sel ? (int)(tui_attr(t, C_SEL) | (int)A_BOLD) : tui_attr(t, C_DIM);
			attron(a);
			for (int r = 0; r < c->h; r++)
				tui_put(c->y + r, x, 1, t->utf8 ? (e == sel ? "\u2503" : "\u2502") : "|");
			attroff(a);
			edge_x[e++] = x++;
		}
	}
	*end_x = x;
	return last_tick_end;
}

/* Edge markers under the axis, each on its edge's column and named (edge_marks: numbers too
 * close share a label); the selected one's marker and number highlighted. */
static void draw_marks(const tui *t, int y, int sel, const int *edge_x)
{
	const rr_labels *l = &t->app->labels;
	unsigned v[RR_MAX_EDGES];
	tui_edge_mark m[RR_MAX_EDGES];
	for (int k = 0; k < l->n_edges; k++)
		v[k] = (unsigned)l->edge[k];
	edge_marks(edge_x, v, l->n_edges, t->cols, m);
	for (int k = 0; k < l->n_edges; k++) {
		int a = k == sel ? (int)(tui_attr(t, C_SEL) | (int)A_BOLD) : tui_attr(t, C_DIM);
		char b[16];
		snprintf(b, sizeof b, "%u", v[k]);
		attron(a);
		tui_put(y, m[k].x, t->cols - m[k].x, t->utf8 ? "\u25b2" : "^");
		tui_put(y, m[k].label_x, t->cols - m[k].label_x, b);
		attroff(a);
		if (m[k].comma) {
			attron(tui_attr(t, C_DIM));
			tui_put(y, m[k].label_x + m[k].len, t->cols - m[k].label_x - m[k].len, ",");
			attroff(tui_attr(t, C_DIM));
		}
	}
}

/* The classes: name, orders, pairs, share and a bar, from row y. */
static void draw_classes(const tui *t, int y)
{
	const rr_labels *l = &t->app->labels;
	const rr_dataset *d = t->app->ds;
	attron(A_UNDERLINE);
	tui_put(y, 1, t->cols - 2, "class       orders          pairs    share");
	attroff(A_UNDERLINE);
	uint32_t lo = 1;
	for (int c = 0; c < l->n_classes; c++) {
		uint32_t hi = c < l->n_edges ? l->edge[c] : UINT32_MAX;
		size_t n = lo <= t->hist_max ? hist_sum(t, lo, hi < t->hist_max ? hi : t->hist_max) : 0;
		char range[32], nb[32];
		if (c == l->n_edges)
			snprintf(range, sizeof range, "%u+", (unsigned)lo);
		else if (lo == hi)
			snprintf(range, sizeof range, "%u", (unsigned)lo);
		else
			snprintf(range, sizeof range, "%u-%u", (unsigned)lo, (unsigned)hi);
		double share = d->n_pairs ? (double)n / (double)d->n_pairs : 0;
		int yy = y + 1 + c, a = tui_attr(t, (enum tui_color)class_color(c));
		attron(a | A_BOLD);
		tui_put(yy, 1, 11, l->name[c]);
		attroff(a | A_BOLD);
		tui_put(yy, 13, 10, range);
		tui_put_right(yy, 22, 14, tui_num((double)n, nb, sizeof nb));
		tui_putf(yy, 38, 8, "%6.2f%%", 100 * share);
		attron(a);
		tui_bar(t, yy, 47, t->cols - 49, share);
		attroff(a);
		if (c < l->n_edges)
			lo = l->edge[c] + 1;
	}
}

void labels_draw(const tui *t)
{
	const rr_dataset *d = t->app->ds;
	const rr_labels *l = &t->app->labels;
	if (!d || !t->hist_counts || t->hist_max < 1) {
		no_data(t);
		return;
	}
	attron(A_BOLD);
	tui_putf(1, 1, t->cols - 2, "order count per customer-item pair: %s pairs, log-scaled bars",
		 tui_num((double)d->n_pairs, (char[32]){0}, 32));
	attroff(A_BOLD);
	int chart_h = t->rows - 2 - 1 - 3 - (l->n_classes + 1) - 1 - 1;
	chart c = chart_layout(t, 2, chart_h < 3 ? 3 : chart_h);
	draw_axes(t, &c);
	int edge_x[RR_MAX_EDGES], end_x;
	int ticks_end = draw_bars(t, &c, t->sel_edge, edge_x, &end_x);
	int axis_y = c.y + c.h;
	draw_marks(t, axis_y + 2, t->sel_edge, edge_x);
	int ox = end_x + 1 > ticks_end ? end_x + 1 : ticks_end;
	attron(tui_attr(t, C_DIM));
	if (ox + 6 < t->cols)
		tui_put(axis_y + 1, ox, 6, "orders");
	attroff(tui_attr(t, C_DIM));
	draw_classes(t, axis_y + 3);
	keys_hint(t, axis_y + 4 + l->n_classes);
}
