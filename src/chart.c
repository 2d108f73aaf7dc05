/* chart.c — loss curves, the label histogram and a confusion matrix through cairo. */
#include "chart.h"

#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "afile.h"
#include "err.h"

/* The plot area inside the page. */
#define LEFT 90.0
#define RIGHT 30.0
#define TOP 70.0
#define BOTTOM 80.0

/* ==== a page: one cairo surface, its file, and (SVG) the text layer ==== */

typedef struct label {
	double x, y, size;
	char anchor;          /* 'l', 'c', 'r' */
	int bold;
	char *s;
} label;

typedef struct canvas {
	int svg;              /* 1 = SVG, 0 = PNG */
	cairo_surface_t *surf;
	cairo_t *cr;
	rr_afile af;
	char *mem;            /* SVG: the document cairo writes, held until the text layer is in */
	size_t n, cap;
	int oom;              /* a write into mem failed */
	size_t png_at;        /* PNG: bytes cairo wrote so far, for the mark after its header */
	label *text;          /* SVG: every label drawn */
	int n_text, cap_text;
} canvas;

static cairo_status_t mem_write(void *ctx, const unsigned char *data, unsigned int len)
{
	canvas *cv = ctx;
	if (cv->n + len > cv->cap) {
		size_t cap = cv->cap ? cv->cap : 65536;
		while (cap < cv->n + len)
			cap *= 2;
		char *m = realloc(cv->mem, cap);
		if (!m) {
			cv->oom = 1;
			return CAIRO_STATUS_WRITE_ERROR;
		}
		cv->mem = m;
		cv->cap = cap;
	}
	memcpy(cv->mem + cv->n, data, len);
	cv->n += len;
	return CAIRO_STATUS_SUCCESS;
}

/* relrec's mark in a PNG (RR_PNG_MARK, a tEXt chunk: length, type, keyword and text, CRC), by
 * which a chart's re-run knows its own older self (afile.c). */
static void png_mark(FILE *f)
{
	static const char mark[] = RR_PNG_MARK;
	unsigned char chunk[8 + sizeof mark - 1 + 4];
	size_t m = sizeof mark - 1;
	chunk[0] = chunk[1] = chunk[2] = 0;
	chunk[3] = (unsigned char)m;
	memcpy(chunk + 4, "tEXt", 4);
	memcpy(chunk + 8, mark, m);
	uLong crc = crc32(crc32(0L, Z_NULL, 0), chunk + 4, (uInt)(4 + m));
	for (int i = 0; i < 4; i++)
		chunk[8 + m + (size_t)i] = (unsigned char)(crc >> (24 - 8 * i));
	fwrite(chunk, 1, sizeof chunk, f);
}

/* cairo's PNG into the file, relrec's mark after its signature and header chunk (8 + 25
 * bytes: a tEXt chunk may come anywhere before the image data). */
static cairo_status_t file_write(void *ctx, const unsigned char *data, unsigned int len)
{
	enum { PNG_HEAD = 8 + 25 };
	canvas *cv = ctx;
	FILE *f = cv->af.f;
	size_t at = cv->png_at, k = len;
	cv->png_at += len;
	if (at < PNG_HEAD && at + len >= PNG_HEAD) {
		k = PNG_HEAD - at;
		if (fwrite(data, 1, k, f) != k)
			return CAIRO_STATUS_WRITE_ERROR;
		png_mark(f);
		data += k;
		k = len - k;
	}
	return fwrite(data, 1, k, f) == k ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

int chart_format(const char *path)
{
	size_t n = strlen(path);
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	int png = n >= 4 && strcasecmp(path + n - 4, ".png") == 0;
	int svg = n >= 4 && strcasecmp(path + n - 4, ".svg") == 0;
	if ((png || svg) && strlen(base) == 4)   /* ".png" alone: a name with no name */
		return err_set("a chart needs a file name before its .%s: '%s'", png ? "png" : "svg",
			       path);
	if (png || svg)
		return svg;
	return err_set("a chart is written as PNG or SVG: '%s' ends in neither .png nor .svg", path);
}

int chart_target_check(const char *path)
{
	rr_afile af;
	int fmt = chart_format(path);
	if (fmt < 0 || afile_open(&af, path, fmt ? "wbs" : "wbp") != 0)
		return -1;
	afile_abort(&af);
	return 0;
}

static void canvas_drop(canvas *cv)
{
	if (cv->cr)
		cairo_destroy(cv->cr);
	if (cv->surf)
		cairo_surface_destroy(cv->surf);
	for (int i = 0; i < cv->n_text; i++)
		free(cv->text[i].s);
	free(cv->text);
	free(cv->mem);
	memset(cv, 0, sizeof *cv);
}

/* A white page for path. 0, or -1 with err_set. */
static int canvas_open(canvas *cv, const char *path)
{
	memset(cv, 0, sizeof *cv);
	int fmt = chart_format(path);
	if (fmt < 0 || afile_open(&cv->af, path, fmt ? "wbs" : "wbp") != 0)
		return -1;
	cv->svg = fmt;
	cv->surf = cv->svg ? cairo_svg_surface_create_for_stream(mem_write, cv, CHART_W, CHART_H)
			   : cairo_image_surface_create(CAIRO_FORMAT_ARGB32, CHART_W, CHART_H);
	cv->cr = cairo_create(cv->surf);
	if (cairo_status(cv->cr) != CAIRO_STATUS_SUCCESS) {
		err_set("cannot draw '%s': %s", path, cairo_status_to_string(cairo_status(cv->cr)));
		afile_abort(&cv->af);
		canvas_drop(cv);
		return -1;
	}
	cairo_set_source_rgb(cv->cr, 1, 1, 1);
	cairo_paint(cv->cr);
	return 0;
}

static void xml_text(FILE *f, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f); break;
		}
}

/* The SVG document with the text layer before its closing tag. */
static void svg_write(canvas *cv)
{
	FILE *f = cv->af.f;
	size_t end = cv->n;
	while (end >= 6 && strncmp(cv->mem + end - 6, "</svg>", 6) != 0)
		end--;
	if (end < 6)   /* not the document cairo writes: leave it whole */
		end = cv->n + 6;
	/* relrec's mark after the XML declaration, which nothing may come before (afile.c) */
	const char *nl = cv->n >= 5 && memcmp(cv->mem, "<?xml", 5) == 0
			 ? memchr(cv->mem, '\n', end - 6) : NULL;
	size_t decl = nl ? (size_t)(nl - cv->mem) + 1 : 0;
	fwrite(cv->mem, 1, decl, f);
	fputs(RR_SVG_MARK, f);
	fwrite(cv->mem + decl, 1, end - 6 - decl, f);
	fputs(RR_SVG_TEXT_LAYER, f);
	for (int i = 0; i < cv->n_text; i++) {
		const label *t = &cv->text[i];
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"%s text-anchor=\"%s\">", t->x,
			t->y, t->size, t->bold ? " font-weight=\"bold\"" : "",
			t->anchor == 'l' ? "start" : t->anchor == 'r' ? "end" : "middle");
		xml_text(f, t->s);
		fputs("</text>\n", f);
	}
	fputs("</g>\n</svg>\n", f);
}

/* Finish the page and commit the file. 0, or -1 with err_set (PATH untouched). */
static int canvas_close(canvas *cv, const char *path)
{
	cairo_status_t st = cairo_status(cv->cr);
	cairo_destroy(cv->cr);
	cv->cr = NULL;
	/* an image surface is written before it is finished, an SVG one by finishing it */
	if (st == CAIRO_STATUS_SUCCESS && !cv->svg)
		st = cairo_surface_write_to_png_stream(cv->surf, file_write, cv);
	cairo_surface_finish(cv->surf);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(cv->surf);
	if (st != CAIRO_STATUS_SUCCESS || cv->oom) {
		int e = afile_error(&cv->af);   /* cairo's "error while writing" hides why */
		if (e && st == CAIRO_STATUS_WRITE_ERROR)
			err_set("cannot write '%s': %s", path, strerror(e));
		else
			err_set("cannot draw '%s': %s", path,
				cv->oom ? "out of memory" : cairo_status_to_string(st));
		afile_abort(&cv->af);
		canvas_drop(cv);
		return -1;
	}
	if (cv->svg)
		svg_write(cv);
	rr_afile af = cv->af;   /* canvas_drop clears the canvas, the file is committed after */
	canvas_drop(cv);
	return afile_commit(&af);
}

/* Characters a face may not have, and what stands in for them. cairo's toy font API has no
 * fallback font: a glyph the face lacks is drawn as a box (t58 F9: the em dash of "labels now
 * 3 62 — train again"). */
static const struct { const char *ch, *ascii; } stand_ins[] = {
	{"\u2014", "-"}, {"\u2013", "-"}, {"\u2026", "..."}, {"\u00d7", "x"}, {"\u2265", ">="},
	{"\u2264", "<="}, {"\u2212", "-"}, {"\u2192", "->"}, {"\u00b7", "-"},
};

/* s as cr's face can draw it into out: each character of stand_ins the face has no glyph for
 * (glyph 0, .notdef) written as its stand-in. */
static void text_drawable(cairo_t *cr, const char *s, char *out, size_t size)
{
	cairo_scaled_font_t *sf = cairo_get_scaled_font(cr);
	size_t k = 0;
	while (*s && k + 1 < size) {
		const char *ascii = NULL;
		size_t len = 1;
		for (size_t i = 0; i < sizeof stand_ins / sizeof *stand_ins && !ascii; i++) {
			size_t l = strlen(stand_ins[i].ch);
			if (strncmp(s, stand_ins[i].ch, l) != 0)
				continue;
			cairo_glyph_t *g = NULL;
			int ng = 0;
			if (cairo_scaled_font_text_to_glyphs(sf, 0, 0, s, (int)l, &g, &ng, NULL, NULL,
							     NULL) == CAIRO_STATUS_SUCCESS &&
			    ng == 1 && g[0].index == 0)
				ascii = stand_ins[i].ascii;
			cairo_glyph_free(g);
			len = l;
		}
		const char *w = ascii ? ascii : s;
		size_t n = ascii ? strlen(ascii) : len;
		if (k + n >= size)
			break;
		memcpy(out + k, w, n);
		k += n;
		s += len;
	}
	out[k] = '\0';
}

/* Draw text at (x, y) (the baseline), anchored left, centre or right, and kept inside the
 * image (t58 F9: the label of an edge at the last count ran off its right side); SVG keeps a
 * copy. */
static void text_at(canvas *cv, double x, double y, double size, int bold, char anchor,
		    const char *fmt, ...) RR_PRINTF(7, 8);
static void text_at(canvas *cv, double x, double y, double size, int bold, char anchor,
		    const char *fmt, ...)
{
	char s[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(s, sizeof s, fmt, ap);
	va_end(ap);
	cairo_t *cr = cv->cr;
	cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
			       bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
	char d[768];
	text_drawable(cr, s, d, sizeof d);
	cairo_text_extents_t e;
	cairo_text_extents(cr, d, &e);
	double dx = anchor == 'l' ? 0 : anchor == 'r' ? e.x_advance : e.x_advance / 2;
	double left = x - dx, margin = 4;
	if (left + e.x_advance > CHART_W - margin)
		left = CHART_W - margin - e.x_advance;
	if (left < margin)
		left = margin;
	x += left - (x - dx);   /* the SVG copy where the drawing is */
	cairo_move_to(cr, left, y);
	cairo_show_text(cr, d);
	if (!cv->svg)
		return;
	if (cv->n_text == cv->cap_text) {
		int cap = cv->cap_text ? 2 * cv->cap_text : 64;
		label *t = realloc(cv->text, (size_t)cap * sizeof *t);
		if (!t) {
			cv->oom = 1;
			return;
		}
		cv->text = t;
		cv->cap_text = cap;
	}
	label *t = &cv->text[cv->n_text];
	if (!(t->s = strdup(s))) {
		cv->oom = 1;
		return;
	}
	t->x = x;
	t->y = y;
	t->size = size;
	t->bold = bold;
	t->anchor = anchor;
	cv->n_text++;
}

static void set_rgb(cairo_t *cr, unsigned rgb)
{
	cairo_set_source_rgb(cr, ((rgb >> 16) & 255) / 255.0, ((rgb >> 8) & 255) / 255.0,
			     (rgb & 255) / 255.0);
}

/* The colours of series and classes (colour-blind safe, Okabe–Ito). */
static const unsigned palette[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00,
				   0xF0E442};

/* ==== axes ==== */

/* A "nice" tick step for a range: 1, 2 or 5 × 10^k giving about n ticks. */
static double nice_step(double range, int n)
{
	double raw = range / n, p = pow(10, floor(log10(raw))), m = raw / p;
	return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

static void frame(canvas *cv, const char *title, const char *subtitle)
{
	set_rgb(cv->cr, 0x222222);
	text_at(cv, CHART_W / 2.0, 32, 20, 1, 'c', "%s", title);
	if (subtitle && *subtitle)
		text_at(cv, CHART_W / 2.0, 54, 13, 0, 'c', "%s", subtitle);
	cairo_t *cr = cv->cr;
	set_rgb(cr, 0x333333);
	cairo_set_line_width(cr, 1);
	cairo_move_to(cr, LEFT, TOP);
	cairo_line_to(cr, LEFT, CHART_H - BOTTOM);
	cairo_line_to(cr, CHART_W - RIGHT, CHART_H - BOTTOM);
	cairo_stroke(cr);
}

/* A y tick at height y: its grid line and its text. */
static void y_tick(canvas *cv, double y, const char *text)
{
	cairo_t *cr = cv->cr;
	set_rgb(cr, 0xDDDDDD);
	cairo_move_to(cr, LEFT, y);
	cairo_line_to(cr, CHART_W - RIGHT, y);
	cairo_stroke(cr);
	set_rgb(cr, 0x333333);
	text_at(cv, LEFT - 8, y + 4, 12, 0, 'r', "%s", text);
}

/* ==== loss curves ==== */

static double loss_x(int e, int n)
{
	double w = CHART_W - LEFT - RIGHT;
	return LEFT + (n > 1 ? (e - 1) * w / (n - 1) : w / 2) * 0.94 + w * 0.03;
}

static void loss_series(canvas *cv, const float *loss, int n, int which, double lo, double hi)
{
	cairo_t *cr = cv->cr;
	double h = CHART_H - TOP - BOTTOM;
	set_rgb(cr, palette[which]);
	cairo_set_line_width(cr, 2.5);
	int pen = 0;
	for (int e = 1; e <= n; e++) {
		double v = loss[2 * (e - 1) + which];
		if (!isfinite(v)) {
			pen = 0;
			continue;
		}
		double x = loss_x(e, n), y = CHART_H - BOTTOM - (v - lo) / (hi - lo) * h;
		if (pen)
			cairo_line_to(cr, x, y);
		else
			cairo_move_to(cr, x, y);
		pen = 1;
	}
	cairo_stroke(cr);
	for (int e = 1; e <= n; e++) {
		double v = loss[2 * (e - 1) + which];
		if (isfinite(v)) {
			cairo_arc(cr, loss_x(e, n), CHART_H - BOTTOM - (v - lo) / (hi - lo) * h, 4, 0,
				  2 * M_PI);
			cairo_fill(cr);
		}
	}
}

static void legend_entry(canvas *cv, double x, double y, unsigned rgb, const char *text)
{
	set_rgb(cv->cr, rgb);
	cairo_rectangle(cv->cr, x, y - 10, 14, 10);
	cairo_fill(cv->cr);
	set_rgb(cv->cr, 0x222222);
	text_at(cv, x + 20, y, 13, 0, 'l', "%s", text);
}

int chart_loss(const char *path, const float *loss, int n, int best_epoch, const char *title)
{
	double lo = INFINITY, hi = -INFINITY;
	int has_val = 0;
	for (int i = 0; i < 2 * n; i++)
		if (isfinite(loss[i])) {
			lo = fmin(lo, loss[i]);
			hi = fmax(hi, loss[i]);
			has_val |= i % 2;
		}
	if (n < 1 || !isfinite(lo))
		return err_set("no losses to draw: the run has no finished epoch");
	double pad = hi > lo ? (hi - lo) * 0.08 : fmax(fabs(lo) * 0.05, 0.01);
	double step = nice_step(hi - lo + 2 * pad, 6);
	lo = floor((lo - pad) / step) * step;
	hi = ceil((hi + pad) / step) * step;
	canvas cv;
	if (canvas_open(&cv, path) != 0)
		return -1;
	char sub[96];
	int k = snprintf(sub, sizeof sub, "%d epoch%s", n, n == 1 ? "" : "s");
	if (best_epoch > 0)
		snprintf(sub + k, sizeof sub - (size_t)k, "; the weights of epoch %d were kept",
			 best_epoch);
	frame(&cv, title, sub);
	double h = CHART_H - TOP - BOTTOM;
	for (double v = lo; v <= hi + step / 2; v += step) {
		char t[32];
		snprintf(t, sizeof t, "%.*f", step < 0.01 ? 3 : 2, v);
		y_tick(&cv, CHART_H - BOTTOM - (v - lo) / (hi - lo) * h, t);
	}
	int every = n > 20 ? (n + 19) / 20 : 1;
	for (int e = 1; e <= n; e++)
		if ((e - 1) % every == 0 || e == n)
			text_at(&cv, loss_x(e, n), CHART_H - BOTTOM + 20, 12, 0, 'c', "%d", e);
	text_at(&cv, (LEFT + CHART_W - RIGHT) / 2, CHART_H - BOTTOM + 48, 14, 0, 'c', "epoch");
	text_at(&cv, LEFT, TOP - 8, 14, 0, 'l', "loss");
	if (best_epoch > 0 && best_epoch <= n) {
		cairo_t *cr = cv.cr;
		double dash[] = {6, 4};
		set_rgb(cr, 0x777777);
		cairo_set_line_width(cr, 1.2);
		cairo_set_dash(cr, dash, 2, 0);
		cairo_move_to(cr, loss_x(best_epoch, n), TOP);
		cairo_line_to(cr, loss_x(best_epoch, n), CHART_H - BOTTOM);
		cairo_stroke(cr);
		cairo_set_dash(cr, NULL, 0, 0);
		text_at(&cv, loss_x(best_epoch, n) + 6, TOP + 14, 12, 0, 'l', "kept: epoch %d",
			best_epoch);
	}
	loss_series(&cv, loss, n, 0, lo, hi);
	if (has_val)
		loss_series(&cv, loss, n, 1, lo, hi);
	legend_entry(&cv, CHART_W - RIGHT - 170, TOP + 16, palette[0], "training loss");
	if (has_val)
		legend_entry(&cv, CHART_W - RIGHT - 170, TOP + 36, palette[1], "validation loss");
	return canvas_close(&cv, path);
}

/* ==== the label histogram ==== */

#define HIST_MAX_BARS 80   /* order counts past this share the last bar ("80+") */

/* "1-2", "3-5", "6+": the order counts of class c. */
static void class_range(const rr_labels *lab, int c, char *buf, size_t size)
{
	unsigned lo = c ? lab->edge[c - 1] + 1 : 1;
	if (c == lab->n_edges)
		snprintf(buf, size, "%u+", lo);
	else if (lo == lab->edge[c])
		snprintf(buf, size, "%u", lo);
	else
		snprintf(buf, size, "%u-%u", lo, lab->edge[c]);
}

/* The bars: bar b (0-based) holds order count b + 1; the last may hold the rest. */
static void hist_bars(canvas *cv, const size_t *hist, uint32_t max_orders, int bars,
		      const rr_labels *lab, double top_log)
{
	double w = (CHART_W - LEFT - RIGHT) / bars, h = CHART_H - TOP - BOTTOM;
	for (int b = 0; b < bars; b++) {
		size_t n = 0;
		for (uint32_t k = (uint32_t)b + 1; k <= max_orders && (k == (uint32_t)b + 1 || b == bars - 1); k++)
			n += hist[k];
		if (n == 0)
			continue;
		/* a count of 1 still shows: the scale starts at 0.5 */
		double bh = (log10((double)n) + log10(2.0)) / (top_log + log10(2.0)) * h;
		set_rgb(cv->cr, palette[labels_class(lab, (uint32_t)b + 1) % 7]);
		cairo_rectangle(cv->cr, LEFT + b * w + w * 0.1, CHART_H - BOTTOM - bh, w * 0.8, bh);
		cairo_fill(cv->cr);
	}
	int every = bars > 40 ? 10 : bars > 15 ? 5 : 1;
	set_rgb(cv->cr, 0x333333);
	for (int b = 0; b < bars; b++)
		if (b == 0 || (b + 1) % every == 0)
			text_at(cv, LEFT + (b + 0.5) * w, CHART_H - BOTTOM + 18, 11, 0, 'c', "%d%s", b + 1,
				b == bars - 1 && (uint32_t)bars < max_orders ? "+" : "");
}

/* The edges: a dashed line after each edge's bar, labelled with its value. */
static void hist_edges(canvas *cv, int bars, const rr_labels *lab)
{
	double w = (CHART_W - LEFT - RIGHT) / bars, dash[] = {5, 4};
	cairo_t *cr = cv->cr;
	for (int e = 0; e < lab->n_edges; e++) {
		if (lab->edge[e] >= (uint32_t)bars)
			continue;
		double x = LEFT + lab->edge[e] * w;
		set_rgb(cr, 0x222222);
		cairo_set_line_width(cr, 1.5);
		cairo_set_dash(cr, dash, 2, 0);
		cairo_move_to(cr, x, TOP);
		cairo_line_to(cr, x, CHART_H - BOTTOM);
		cairo_stroke(cr);
		cairo_set_dash(cr, NULL, 0, 0);
		/* staggered: neighbouring edges (2 and 5) sit a few bars apart */
		text_at(cv, x + 4, TOP + 12 + 16 * e, 12, 1, 'l', "edge %u", lab->edge[e]);
	}
}

int chart_labels(const char *path, const size_t *hist, uint32_t max_orders, const rr_labels *lab,
		 const char *title)
{
	size_t total = 0, most = 0, count[RR_MAX_CLASSES] = {0};
	for (uint32_t k = 1; k <= max_orders; k++) {
		total += hist[k];
		count[labels_class(lab, k)] += hist[k];
		if (hist[k] > most)
			most = hist[k];
	}
	if (total == 0)
		return err_set("no customer-item pairs to draw");
	int bars = max_orders > HIST_MAX_BARS ? HIST_MAX_BARS : (int)max_orders;
	double top_log = ceil(log10((double)most));
	if (top_log < 1)
		top_log = 1;
	canvas cv;
	if (canvas_open(&cv, path) != 0)
		return -1;
	char sub[96];
	snprintf(sub, sizeof sub, "%zu customer-item pairs by order count, log scale", total);
	frame(&cv, title, sub);
	double h = CHART_H - TOP - BOTTOM;
	for (int p = 0; p <= (int)top_log; p++) {
		char t[32];
		snprintf(t, sizeof t, "%.0f", pow(10, p));
		y_tick(&cv, CHART_H - BOTTOM - (p + log10(2.0)) / (top_log + log10(2.0)) * h, t);
	}
	hist_bars(&cv, hist, max_orders, bars, lab, top_log);
	hist_edges(&cv, bars, lab);
	text_at(&cv, (LEFT + CHART_W - RIGHT) / 2, CHART_H - BOTTOM + 44, 14, 0, 'c',
		"order count (invoices holding the customer-item pair)");
	text_at(&cv, LEFT, TOP - 8, 14, 0, 'l', "pairs");
	for (int c = 0; c < lab->n_classes; c++) {
		char range[32], line[128];
		class_range(lab, c, range, sizeof range);
		snprintf(line, sizeof line, "%s: %s order%s, %zu pairs (%.2f%%)", lab->name[c], range,
			 strcmp(range, "1") == 0 ? "" : "s", count[c],
			 100.0 * (double)count[c] / (double)total);
		legend_entry(&cv, CHART_W - RIGHT - 330, TOP + 30 + 20 * c, palette[c % 7], line);
	}
	return canvas_close(&cv, path);
}

/* ==== the confusion matrix ==== */

/* Cell (r, c): shaded by its share of row r, with its count and that share. */
static void conf_cell(canvas *cv, const rr_metrics *m, int r, int c, double x, double y,
		      double cw, double ch)
{
	int64_t v = m->conf[r * m->k + c];
	double share = m->support[r] ? (double)v / (double)m->support[r] : 0;
	cairo_t *cr = cv->cr;
	/* white to the first palette colour */
	cairo_set_source_rgb(cr, 1 - share * (1 - 0x00 / 255.0), 1 - share * (1 - 0x72 / 255.0),
			     1 - share * (1 - 0xB2 / 255.0));
	cairo_rectangle(cr, x, y, cw, ch);
	cairo_fill(cr);
	set_rgb(cr, 0xFFFFFF);
	cairo_set_line_width(cr, 2);
	cairo_rectangle(cr, x, y, cw, ch);
	cairo_stroke(cr);
	set_rgb(cr, share > 0.5 ? 0xFFFFFF : 0x222222);
	text_at(cv, x + cw / 2, y + ch / 2 - 2, 16, 1, 'c', "%lld", (long long)v);
	text_at(cv, x + cw / 2, y + ch / 2 + 18, 12, 0, 'c', "%.1f%%", 100 * share);
}

/* The note under a subtitle, a line per '\n'-separated part, from y on: the y below it. */
static double note_lines(canvas *cv, double y, const char *note)
{
	set_rgb(cv->cr, 0xB00000);
	while (note && *note) {
		size_t n = strcspn(note, "\n");
		text_at(cv, CHART_W / 2.0, y, 12, 0, 'c', "note: %.*s", (int)n, note);
		y += 16;
		note += n + (note[n] == '\n');
	}
	return y;
}

int chart_confusion(const char *path, const rr_metrics *m, const char *const *names,
		    const char *title, const char *note)
{
	if (m->k < 1 || m->total == 0)
		return err_set("no test pairs: the confusion matrix is empty");
	canvas cv;
	if (canvas_open(&cv, path) != 0)
		return -1;
	char sub[128];
	snprintf(sub, sizeof sub, "%lld test pairs; accuracy %.4f, macro-F1 %.4f; rows = truth, shading = share of the row",
		 (long long)m->total, m->accuracy, m->macro_f1);
	set_rgb(cv.cr, 0x222222);
	text_at(&cv, CHART_W / 2.0, 32, 20, 1, 'c', "%s", title);
	text_at(&cv, CHART_W / 2.0, 54, 13, 0, 'c', "%s", sub);
	double dy = note_lines(&cv, 72, note) - 72;   /* the matrix moves down under a note */
	double side = fmin(CHART_W - 2 * 170.0, CHART_H - TOP - BOTTOM - 20 - dy);
	double cw = side / m->k, ch = side / m->k, x0 = (CHART_W - side) / 2, y0 = TOP + 50 + dy;
	set_rgb(cv.cr, 0x222222);
	text_at(&cv, x0 + side / 2, y0 - 30, 14, 1, 'c', "predicted");
	text_at(&cv, x0 - 12, y0 - 8, 14, 1, 'r', "truth");
	for (int c = 0; c < m->k; c++) {
		set_rgb(cv.cr, 0x222222);
		text_at(&cv, x0 + (c + 0.5) * cw, y0 - 8, 13, 0, 'c', "%s", names[c]);
		text_at(&cv, x0 - 12, y0 + (c + 0.5) * ch + 5, 13, 0, 'r', "%s", names[c]);
	}
	for (int r = 0; r < m->k; r++)
		for (int c = 0; c < m->k; c++)
			conf_cell(&cv, m, r, c, x0 + c * cw, y0 + r * ch, cw, ch);
	set_rgb(cv.cr, 0x222222);
	for (int r = 0; r < m->k; r++)
		text_at(&cv, x0 + side + 14, y0 + (r + 0.5) * ch + 5, 12, 0, 'l',
			"recall %.3f  precision %.3f", m->recall[r], m->precision[r]);
	return canvas_close(&cv, path);
}
