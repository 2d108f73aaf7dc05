/* tui_draw.c — drawing helpers of the workbench: UTF-8 text clipped by display width,
 * colours (or their monochrome stand-ins under NO_COLOR), tables fitted to a width, captured
 * command output, bars and a braille canvas for line charts. */
#define _XOPEN_SOURCE 700   /* wcwidth */
#include "tui.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "colfit.h"
#include "textesc.h"
#include "uwidth.h"

/* ==== colours ==== */

void tui_colors_init(tui *t)
{
	t->color = 0;
	t->color256 = 0;
	const char *nc = getenv("NO_COLOR");
	if ((nc && *nc) || !has_colors())
		return;
	if (start_color() == ERR)
		return;
	use_default_colors();
	t->color = 1;
	t->color256 = COLORS >= 256 && COLOR_PAIRS >= C_N;
	init_pair(C_BAR, COLOR_BLACK, COLOR_CYAN);
	init_pair(C_TAB, COLOR_BLACK, COLOR_WHITE);
	init_pair(C_ERR, COLOR_RED, -1);
	init_pair(C_OK, COLOR_GREEN, -1);
	init_pair(C_DIM, COLOR_BLUE, -1);
	init_pair(C_TRAIN, COLOR_CYAN, -1);
	init_pair(C_VAL, COLOR_YELLOW, -1);
	init_pair(C_SEL, COLOR_BLACK, COLOR_YELLOW);
	static const short cls[6] = {COLOR_CYAN, COLOR_YELLOW, COLOR_RED,
				     COLOR_MAGENTA, COLOR_GREEN, COLOR_BLUE};
	for (int c = 0; c < 6; c++)
		init_pair((short)(C_CLASS0 + c), cls[c], -1);
	if (t->color256) {
		/* xterm-256 greens and reds, dark to bright: a grade you can read at a glance */
		static const short hit[4] = {22, 28, 34, 40}, miss[4] = {52, 88, 124, 160};
		for (int l = 0; l < 4; l++) {
			init_pair((short)(C_HEAT0 + l), l < 2 ? COLOR_WHITE : COLOR_BLACK, hit[l]);
			init_pair((short)(C_MISS0 + l), COLOR_WHITE, miss[l]);
		}
	} else {
		for (int l = 0; l < 4; l++) {
			init_pair((short)(C_HEAT0 + l), l < 2 ? COLOR_GREEN : COLOR_BLACK,
				  l < 2 ? -1 : COLOR_GREEN);
			init_pair((short)(C_MISS0 + l), l < 2 ? COLOR_RED : COLOR_WHITE,
				  l < 2 ? -1 : COLOR_RED);
		}
	}
}

int tui_attr(const tui *t, enum tui_color c)
{
	if (t->color) {
		int a = COLOR_PAIR(c);
		if (c == C_ERR || c == C_TAB)
			a |= A_BOLD;
		if (!t->color256 && (c == C_HEAT0 + 1 || c == C_HEAT0 + 3 || c == C_MISS0 + 1 ||
				     c == C_MISS0 + 3))
			a |= A_BOLD; /* 8 colours: bold makes the in-between grades */
		return a;
	}
	/* monochrome: attributes carry the meaning */
	switch (c) {
	case C_BAR: return A_REVERSE;
	case C_TAB: return A_BOLD | A_UNDERLINE;
	case C_ERR: return A_BOLD;
	case C_SEL: return A_REVERSE;
	case C_DIM: return A_DIM;
	case C_VAL: return A_BOLD;
	default: break;
	}
	if (c >= C_HEAT0 && c < C_N) {
		int l = (c - C_HEAT0) % 4;
		return l == 0 ? 0 : l == 1 ? A_BOLD : l == 2 ? A_UNDERLINE | A_BOLD : A_REVERSE;
	}
	return 0;
}

int tui_title_attr(const tui *t, int focused)
{
	/* not the rows' own marks (a reversed selection, a bold table): an empty pane has none
	 * (t37: the recommendations pane, focused before Enter, looked like the others) */
	return focused ? tui_attr(t, C_BAR) : (int)A_BOLD;
}

/* ==== text ==== */

/* Decode one UTF-8 character of s[0..n) into *wc; returns bytes used (>= 1). Bad bytes and
 * unprintable characters become '?'. *cw receives the display width. */
static size_t next_char(const char *s, size_t n, wchar_t *wc, int *cw)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t k = mbrtowc(wc, s, n, &st);
	if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
		*wc = L'?';
		k = 1;
	}
	int w = wcwidth(*wc);
	if (w < 0) {
		*wc = L'?';
		w = 1;
	}
	*cw = w;
	return k;
}

/* The one ASCII stand-in of a character the locale cannot show (LANG=C, t69 F-I: × drew as
 * '?', so "(1×)" read "(1?)", and … as '?' on the status line but '~' in a pane): the key
 * bar's own words aside (Up/Down), every such character of relrec's text draws as its entry
 * here, anything else (a name's letters) as '?', counted (tui_unshown). */
static const struct { unsigned long cp; char ascii; } stand_ins[] = {
	{0x00D7, 'x'}, {0x2026, '~'}, {0x25BC, 'v'}, {0x25B2, '^'}, {0x2191, '^'}, {0x2193, 'v'},
	{0x2190, '<'}, {0x2192, '>'}, {0x2014, '-'}, {0x2013, '-'}, {0x2212, '-'}, {0x00B7, '.'},
	{0x2265, '>'}, {0x2264, '<'}, {0x2588, '#'}, {0x2591, '.'}, {0x2502, '|'}, {0x2503, '|'},
	{0x2500, '-'}, {0x2018, '\''}, {0x2019, '\''}, {0x201C, '"'}, {0x201D, '"'}, {0x2022, '*'},
	{0x25CF, '*'}, {0x00A0, ' '}, {0x2248, '~'}, {0x00B1, '+'},
};

static int g_unshown;   /* characters drawn as '?' since tui_unshown last asked */

int tui_unshown(void)
{
	int n = g_unshown;
	g_unshown = 0;
	return n;
}

/* What the character at s[0..n) draws as: a control character (data may hold ESC, BEL...)
 * as its escape, "\e", in the notation of textesc.h, one cell per character; anything else
 * as itself (a default-ignorable one, uwidth_ignorable, as nothing), or '?' when the locale
 * cannot show it. out[0..*nout) gets the wide characters, *w their width; returns the bytes
 * used. */
static size_t next_cells(const char *s, size_t n, wchar_t out[8], int *nout, int *w)
{
	char esc[8];
	size_t len, e = textesc_char(s, n, 0, esc, &len);
	if (e) {
		for (size_t i = 0; i < e; i++)
			out[i] = (wchar_t)(unsigned char)esc[i];
		*nout = *w = (int)e;
		return len;
	}
	unsigned long cp = 0;
	int whole = textesc_utf8((const unsigned char *)s, len, &cp) == len;
	if (whole && uwidth_ignorable(cp)) {
		*nout = *w = 0;   /* drawn as nothing: wcwidth gives U+00AD a column the terminal */
		return len;       /* does not draw, and a table after it slips (t47 F1) */
	}
	next_char(s, len, &out[0], w); /* a character the locale cannot decode is one '?' */
	*nout = 1;
	if (out[0] == L'?' && *s != '?' && whole) {
		for (size_t i = 0; i < sizeof stand_ins / sizeof *stand_ins; i++)
			if (stand_ins[i].cp == cp) {
				out[0] = (wchar_t)stand_ins[i].ascii;
				return len;
			}
		g_unshown++;
	}
	return len;
}

int tui_width(const char *s)
{
	size_t n = strlen(s);
	int w = 0;
	while (n) {
		wchar_t wc[8];
		int nw, cw;
		size_t k = next_cells(s, n, wc, &nw, &cw);
		w += cw;
		s += k;
		n -= k;
	}
	return w;
}

/* Draw at most w columns of s from its column skip on (a pane scrolled sideways); with cut,
 * a string that does not fit ends in '…'. */
static int put_clip_from(int y, int x, int w, const char *s, int cut, int skip)
{
	if (w <= 0 || !s)
		return 0;
	wchar_t buf[512];
	int nb = 0, used = 0, col = 0;
	size_t n = strlen(s);
	int need_cut = cut && tui_width(s) - skip > w;
	int limit = need_cut ? w - 1 : w;
	while (n && nb < 500) {
		wchar_t wc[8];
		int nw, cw;
		size_t k = next_cells(s, n, wc, &nw, &cw);
		s += k;
		n -= k;
		int from = col;
		col += cw;
		if (col <= skip)
			continue;
		if (from < skip) { /* a wide character cut by the left edge: its visible half blank */
			for (; used < col - skip && used < limit; used++)
				buf[nb++] = L' ';
			continue;
		}
		if (used + cw > limit)
			break;
		for (int i = 0; i < nw; i++)
			buf[nb++] = wc[i];
		used += cw;
	}
	if (need_cut) {   /* the stand-in of … where the locale has none (stand_ins) */
		buf[nb++] = MB_CUR_MAX > 1 ? L'\x2026' : L'~';
		used++;
	}
	if (nb)
		mvaddnwstr(y, x, buf, nb);
	return used;
}

static int put_clip(int y, int x, int w, const char *s, int cut)
{
	return put_clip_from(y, x, w, s, cut, 0);
}

int tui_put(int y, int x, int w, const char *s)
{
	return put_clip(y, x, w, s, 0);
}

int tui_put_cut(int y, int x, int w, const char *s)
{
	return put_clip(y, x, w, s, 1);
}

int tui_putf(int y, int x, int w, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return put_clip(y, x, w, buf, 0);
}

int tui_put_right(int y, int x, int w, const char *s)
{
	int sw = tui_width(s);
	if (sw > w)
		return put_clip(y, x, w, s, 1);
	return put_clip(y, x + w - sw, sw, s, 0);
}

void tui_fill(int y, int x, int h, int w)
{
	for (int r = 0; r < h; r++)
		mvhline(y + r, x, ' ', w);
}

chtype tui_frame(const tui *t, chtype acs)
{
	/* outside UTF-8 a terminal may draw the line set as its letters (tmux under LANG=C:
	 * qqqq and x, t69 F-I): ASCII, as the bars' '#' there */
	if (t->utf8)
		return acs;
	return acs == ACS_HLINE ? '-' : acs == ACS_VLINE ? '|' : '+';
}

void tui_hline(const tui *t, int y, int x, int w)
{
	mvhline(y, x, tui_frame(t, ACS_HLINE), w);
}

void tui_box(const tui *t, int y, int x, int h, int w, const char *title)
{
	tui_fill(y, x, h, w);
	mvhline(y, x + 1, tui_frame(t, ACS_HLINE), w - 2);
	mvhline(y + h - 1, x + 1, tui_frame(t, ACS_HLINE), w - 2);
	mvvline(y + 1, x, tui_frame(t, ACS_VLINE), h - 2);
	mvvline(y + 1, x + w - 1, tui_frame(t, ACS_VLINE), h - 2);
	mvaddch(y, x, tui_frame(t, ACS_ULCORNER));
	mvaddch(y, x + w - 1, tui_frame(t, ACS_URCORNER));
	mvaddch(y + h - 1, x, tui_frame(t, ACS_LLCORNER));
	mvaddch(y + h - 1, x + w - 1, tui_frame(t, ACS_LRCORNER));
	if (title && *title) {
		attron(tui_attr(t, C_BAR));
		mvaddch(y, x + 2, ' ');
		/* cut as the status line's messages are: at a word, with "…" (a title that ran to
		 * the frame lost its end unsaid at 80 columns) */
		int n = tui_put_words_line(y, x + 3, w - 6, title);
		mvaddch(y, x + 3 + n, ' ');
		attroff(tui_attr(t, C_BAR));
	}
}

const char *tui_vglyph(const tui *t, int eighths)
{
	static const char *const u[9] = {" ", "\u2581", "\u2582", "\u2583", "\u2584",
					 "\u2585", "\u2586", "\u2587", "\u2588"};
	if (eighths < 0)
		eighths = 0;
	if (eighths > 8)
		eighths = 8;
	if (t->utf8)
		return u[eighths];
	return eighths == 0 ? " " : eighths < 4 ? "." : eighths < 8 ? "o" : "#";
}

void tui_bar(const tui *t, int y, int x, int w, double frac)
{
	static const char *const part[8] = {"", "\u258f", "\u258e", "\u258d",
					    "\u258c", "\u258b", "\u258a", "\u2589"};
	if (w <= 0)
		return;
	if (!(frac >= 0))
		frac = 0;
	if (frac > 1)
		frac = 1;
	int e = (int)(frac * w * 8 + 0.5), full = e / 8, rem = e % 8, col = 0;
	for (; col < full; col++)
		tui_put(y, x + col, 1, t->utf8 ? "\u2588" : "#");
	if (col < w && rem) {
		tui_put(y, x + col, 1, t->utf8 ? part[rem] : rem >= 4 ? "#" : " ");
		col++;
	}
	attron(tui_attr(t, C_DIM));
	for (; col < w; col++)
		tui_put(y, x + col, 1, t->utf8 ? "\u2591" : ".");
	attroff(tui_attr(t, C_DIM));
}

/* ==== captured output ==== */

static int out_grow(tui_out *o)
{
	if (o->n < o->cap)
		return 0;
	int ncap = o->cap ? o->cap * 2 : 16;
	tui_block *nb = realloc(o->b, (size_t)ncap * sizeof *nb);
	if (!nb)
		return -1;
	o->b = nb;
	o->cap = ncap;
	return 0;
}

void out_clear(tui_out *o)
{
	for (int i = 0; i < o->n; i++) {
		free(o->b[i].text);
		table_free(o->b[i].tab);
	}
	o->n = 0;
	o->scroll = o->hscroll = 0;
	o->sel = 0;
	o->title[0] = '\0';
}

void out_free(tui_out *o)
{
	out_clear(o);
	free(o->b);
	o->b = NULL;
	o->cap = 0;
}

void out_text(tui_out *o, const char *s)
{
	for (;;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		if (out_grow(o) != 0)
			return;
		char *line = malloc(n + 1);
		if (!line)
			return;
		memcpy(line, s, n);
		line[n] = '\0';
		o->b[o->n].text = line;
		o->b[o->n].tab = NULL;
		o->b[o->n].timing = 0;
		o->b[o->n].prose = 0;
		o->n++;
		if (!nl)
			return;
		s = nl + 1;
	}
}

void out_timing(tui_out *o, const char *s)
{
	int n0 = o->n;
	out_text(o, s);
	for (int i = n0; i < o->n; i++)
		o->b[i].timing = 1;
}

void out_table(tui_out *o, const rr_table *tab)
{
	if (out_grow(o) != 0)
		return;
	rr_table *c = table_dup(tab, NULL);
	if (!c)
		return;
	o->b[o->n].text = NULL;
	o->b[o->n].tab = c;
	o->b[o->n].timing = 0;
	o->b[o->n].prose = 0;
	o->n++;
}

/* Bytes of s that fit in w cells, at a blank when one is there past column least (then past
 * it, so the next line does not start with it), else at a character; at least one character,
 * so every call moves on. */
static size_t wrap_least(const char *s, int w, int least)
{
	size_t n = strlen(s), at = 0, blank = 0;
	int used = 0;
	while (at < n) {
		wchar_t wc[8];
		int nw, cw;
		size_t k = next_cells(s + at, n - at, wc, &nw, &cw);
		if (used + cw > w && at > 0)
			break;
		used += cw;
		at += k;
		if (s[at - 1] == ' ' && at < n && used > least)
			blank = at;
	}
	return at < n && blank ? blank : at;
}

static size_t wrap_at(const char *s, int w)
{
	return wrap_least(s, w, 0);
}

int tui_put_wrapped(int y, int x, int w, int h, const char *s)
{
	int rows = 0;
	while (*s && rows < h && w > 0) {
		size_t k = rows + 1 < h ? wrap_at(s, w) : strlen(s); /* the last row: cut as usual */
		char line[1024];
		snprintf(line, sizeof line, "%.*s", (int)(k < sizeof line ? k : sizeof line - 1), s);
		tui_put(y + rows++, x, w, line);
		s += k;
	}
	return rows;
}

/* A row of tui_put_words: as much of s as fits w (w > 1), broken at a blank past column least;
 * the last row ends in "…" when s goes on. The bytes of s it takes into *took; the columns
 * drawn. */
static int put_words_row(int y, int x, int w, const char *s, int last, int least, size_t *took)
{
	int fits = tui_width(s) <= w;
	size_t k = fits ? strlen(s) : wrap_least(s, last ? w - 1 : w, least);
	size_t shown = k;
	while (shown && s[shown - 1] == ' ')
		shown--;
	char line[1024];
	snprintf(line, sizeof line, "%.*s%s", (int)(shown < 1000 ? shown : 1000), s,
		 last && !fits ? "\u2026" : "");
	*took = k;
	return tui_put(y, x, w, line);
}

int tui_put_words(int y, int x, int w, int h, const char *s)
{
	int rows = 0;
	while (*s && rows < h && w > 1) {
		size_t k;
		put_words_row(y + rows, x, w, s, rows + 1 == h, 0, &k);
		rows++;
		s += k;
	}
	return rows;
}

int tui_put_words_line(int y, int x, int w, const char *s)
{
	size_t k;
	/* at a word only when that keeps two thirds of the row: a title's long path or a
	 * command's long argument cut at its blank left the command's name alone */
	return w > 1 && *s ? put_words_row(y, x, w, s, 1, w * 2 / 3, &k) : 0;
}

int tui_words_rows(const char *s, int w)
{
	int rows = 0;
	while (*s && w > 1) {
		rows++;
		if (tui_width(s) <= w)
			break;
		s += wrap_at(s, w);
	}
	return rows;
}

/* One text line as lines of at most w cells; the ones after the first indented 4 more than it. */
static void out_text_wrapped(tui_out *o, const char *s, int w)
{
	size_t lead = strspn(s, " ");
	int indent = (int)lead + 4 < w / 2 ? (int)lead + 4 : 0;
	char *line = w <= 0 || tui_width(s) <= w ? NULL : malloc(strlen(s) + (size_t)indent + 1);
	if (!line) { /* fits, or no width asked (or no memory: shown cut, as before) */
		out_text(o, s);
		return;
	}
	for (int first = 1; *s; first = 0) {
		int pad = first ? 0 : indent;
		size_t k = wrap_at(s, w - pad);
		memset(line, ' ', (size_t)pad);
		memcpy(line + pad, s, k);
		line[(size_t)pad + k] = '\0';
		out_text(o, line);
		s += k;
	}
	free(line);
}

int out_copy_wrapped(tui_out *dst, const tui_out *src, int w)
{
	out_clear(dst);
	for (int i = 0; i < src->n; i++) {
		int n0 = dst->n;
		if (src->b[i].text)
			out_text_wrapped(dst, src->b[i].text, w);
		else
			out_table(dst, src->b[i].tab);
		for (int j = n0; j < dst->n; j++) {
			dst->b[j].timing = src->b[i].timing;
			dst->b[j].prose = w > 0 && dst->b[j].text;
		}
	}
	snprintf(dst->title, sizeof dst->title, "%s", src->title);
	return 0;
}

int out_copy(tui_out *dst, const tui_out *src)
{
	return out_copy_wrapped(dst, src, 0);
}

/* A line the status line may name: a command's result, neither a blank nor how long it took
 * nor what it prepared on the way (an export that first fits the recommender says so in
 * timing lines before its "wrote ...": t28 F6). */
static int result_line(const tui_block *b)
{
	return b->text && b->text[0] && !b->timing;
}

const char *out_first_line(const tui_out *o)
{
	for (int i = 0; i < o->n; i++)
		if (result_line(&o->b[i]))
			return o->b[i].text;
	return "";
}

const char *out_last_line(const tui_out *o)
{
	for (int i = o->n - 1; i >= 0; i--)
		if (result_line(&o->b[i]))
			return o->b[i].text;
	return "";
}

/* The words that open a line said beside a command's result, whatever its indent. */
static const char *const aside_words[] = {"note:", "warning:", NULL};

int out_aside(const char *s)
{
	s += strspn(s, " \t");
	for (const char *const *w = aside_words; *w; w++)
		if (strncmp(s, *w, strlen(*w)) == 0)
			return 1;
	return 0;
}

const char *out_result_line(const tui_out *o)
{
	for (int i = o->n - 1; i >= 0; i--)
		if (result_line(&o->b[i]) && !out_aside(o->b[i].text))
			return o->b[i].text;
	/* no line but notes: a table's title says the result (together ITEM's "85123A ...: in
	 * 2198 of 19773 baskets", not the case-fold note before it, t61 F3); with no note
	 * either, the caller says the command's line as before */
	const char *aside = out_last_line(o);
	for (int i = o->n - 1; *aside && i >= 0; i--)
		if (o->b[i].tab && o->b[i].tab->title && o->b[i].tab->title[0])
			return o->b[i].tab->title;
	return aside;
}

static int table_lines(const rr_table *tab)
{
	return (tab->title ? 1 : 0) + 1 + tab->nrows;
}

int out_lines(const tui_out *o)
{
	int n = 0;
	for (int i = 0; i < o->n; i++)
		n += o->b[i].text ? 1 : table_lines(o->b[i].tab);
	return n;
}

/* The columns' natural widths into wid[0..nc) (-1: hidden, its header starts with hide, if not
 * NULL); returns the width of the rows, two blanks between columns. */
static int table_widths(const rr_table *tab, const char *hide, int *wid, int nc)
{
	int total = 0, first = 1;
	for (int c = 0; c < nc; c++) {
		if (hide && tab->head[c] && strncmp(tab->head[c], hide, strlen(hide)) == 0) {
			wid[c] = -1;
			continue;
		}
		wid[c] = tui_width(tab->head[c] ? tab->head[c] : "");
		for (int r = 0; r < tab->nrows; r++) {
			int cw = tui_width(table_get(tab, r, c));
			if (cw > wid[c])
				wid[c] = cw;
		}
		total += wid[c] + (first ? 0 : 2);
		first = 0;
	}
	return total;
}

/* Whether every cell of column c is a day, YYYY-MM-DD (or empty): a figure, not words that
 * may give way (t75 F9: first and last purchase cut to "2023-…" at 80x24). */
static int column_of_days(const rr_table *tab, int c)
{
	for (int r = 0; r < tab->nrows; r++) {
		const char *v = table_get(tab, r, c);
		if (!*v)
			continue;
		if (strlen(v) != 10 || v[4] != '-' || v[7] != '-')
			return 0;
		for (int i = 0; i < 10; i++)
			if (i != 4 && i != 7 && (v[i] < '0' || v[i] > '9'))
				return 0;
	}
	return tab->nrows > 0;
}

/* A table's columns as drawn: their widths (-1: hidden) and which hold figures. */
typedef struct table_fit {
	int nc;
	int wid[64];
	unsigned char fig[64];
} table_fit;

/* fig[c]: column c holds figures (right-aligned numbers, or days), never cut to fit. */
static void table_figures(const rr_table *tab, int nc, unsigned char *fig)
{
	for (int c = 0; c < nc; c++)
		fig[c] = (unsigned char)(tab->align[c] == 'r' || column_of_days(tab, c));
}

/* Column c's widest body cell. */
static int cells_width(const rr_table *tab, int c)
{
	int most = 0;
	for (int r = 0; r < tab->nrows; r++) {
		int cw = tui_width(table_get(tab, r, c));
		most = cw > most ? cw : most;
	}
	return most;
}

/* A header wider than the figures under it gives way, down to them (at least 4 columns, room
 * for a letter or three and the '…'), the widest excess first, when that makes the rows fit:
 * if they still do not, the headers stay whole, as the columns past the edge wait for the
 * sideways scroll anyway. */
static void table_squeeze_heads(const rr_table *tab, const unsigned char *fig, int *wid, int nc,
				int total, int w)
{
	int floor[64], cut[64];
	for (int c = 0; c < nc; c++) {
		int cells = fig[c] && wid[c] >= 0 ? cells_width(tab, c) : wid[c];
		floor[c] = cells > 4 ? cells : 4;
		cut[c] = wid[c];
	}
	while (total > w) {
		int best = -1;
		for (int c = 0; c < nc; c++)
			if (cut[c] > floor[c] && (best < 0 || cut[c] - floor[c] > cut[best] - floor[best]))
				best = c;
		if (best < 0)
			return;
		cut[best]--;
		total--;
	}
	memcpy(wid, cut, (size_t)nc * sizeof *wid);
}

/* Rows total wide in w columns: take from the widest column of words (descriptions, reasons)
 * first, down to 12 columns, then to 6, so codes and numbers stay whole as long as possible;
 * then the headers over figures give way. Figures never: a column of them that still does not
 * fit is left to the sideways scroll (table_row_fitted), not cut (t75 F9: first and last
 * purchase cut to "2023-…" at 80x24). */
static void table_squeeze(const rr_table *tab, const unsigned char *fig, int *wid, int nc,
			  int total, int w)
{
	for (int floor = 12; floor >= 6 && total > w; floor -= 6)
		while (total > w) {
			int best = -1;
			for (int c = 0; c < nc; c++)
				if (!fig[c] && wid[c] > floor && (best < 0 || wid[c] > wid[best]))
					best = c;
			if (best < 0)
				break;
			wid[best]--;
			total--;
		}
	table_squeeze_heads(tab, fig, wid, nc, total, w);
}

static const char *table_cell(const rr_table *tab, int r, int c)
{
	return r < 0 ? (tab->head[c] ? tab->head[c] : "") : table_get(tab, r, c);
}

/* Row r (-1: the header) in the columns wid, cells cut to fit them, from (yy, x) in w columns;
 * it ends before a column of figures (fig) that the edge would cut, unless nothing is shown
 * before it. */
static void table_row_fitted(const rr_table *tab, const unsigned char *fig, int r,
			     const int *wid, int nc, int yy, int x, int w)
{
	int xx = x;
	for (int c = 0; c < nc && xx < x + w; c++) {
		if (wid[c] < 0)
			continue;
		const char *s = table_cell(tab, r, c);
		int room = x + w - xx < wid[c] ? x + w - xx : wid[c];
		if (room < wid[c] && fig[c] && xx > x)   /* the first shown, wider than all: cut */
			break;
		int sw = tui_width(s);
		if (tab->align[c] == 'r' && sw < room)
			put_clip(yy, xx + room - sw, sw, s, 0);
		else
			put_clip(yy, xx, room, s, 1);
		xx += wid[c] + 2;
	}
}

/* Row r (-1: the header) at the natural widths wid as one line of text in buf, for a pane
 * scrolled sideways: every cell whole. */
static void table_line(const rr_table *tab, int r, const int *wid, int nc, char *buf, size_t size)
{
	size_t n = 0;
	buf[0] = '\0';
	for (int c = 0, first = 1; c < nc && n + 1 < size; c++) {
		if (wid[c] < 0)
			continue;
		const char *s = table_cell(tab, r, c);
		int pad = wid[c] - tui_width(s), right = tab->align[c] == 'r';
		n += (size_t)snprintf(buf + n, size - n, "%s%*s%s%*s", first ? "" : "  ",
				      right ? pad : 0, "", s, right ? 0 : pad, "");
		first = 0;
	}
	n = strlen(buf);
	while (n && buf[n - 1] == ' ') /* so the line's width is its text's: no '…' for blanks */
		buf[--n] = '\0';
}

/* Row r of tab (-2: its title, -1: its header, else a body row; sel drawn reversed) on row yy:
 * fitted to the widths wid when hs is 0, else whole from column hs. */
static void table_row_draw(const rr_table *tab, const table_fit *f, int r, int yy, int x, int w,
			   int sel, int hs)
{
	const int *wid = f->wid;
	int nc = f->nc;
	if (r == -2) {
		attron(A_BOLD);
		put_clip_from(yy, x, w, tab->title, 1, hs);
		attroff(A_BOLD);
		return;
	}
	int a = r == -1 ? A_UNDERLINE : r == sel ? A_REVERSE : 0;
	attron(a);
	if (r >= 0 && r == sel) /* the whole width, so the selection reads as a bar */
		mvhline(yy, x, ' ', w);
	if (hs) {
		char text[4096];
		table_line(tab, r, wid, nc, text, sizeof text);
		put_clip_from(yy, x, w, text, 1, hs);
	} else {
		table_row_fitted(tab, f->fig, r, wid, nc, yy, x, w);
	}
	attroff(a);
}

/* table_draw from column hs of the rows: 0 fits the columns to w (cut with '…'); past 0 the
 * table is a page at its natural widths, every cell whole, scrolled hs columns sideways.
 * sticky: once the rows scroll past the header, it stays on the first row and the rows go on
 * under it (the one it covers shows again a scroll back), so no column is left unnamed. */
static int table_draw_from(const rr_table *tab, int y, int x, int h, int w, int skip,
			   const char *hide, int sel, int hs, int sticky)
{
	table_fit f;
	f.nc = tab->ncols < 64 ? tab->ncols : 64;
	int total = table_widths(tab, hide, f.wid, f.nc);
	if (hs == 0) {
		table_figures(tab, f.nc, f.fig);
		table_squeeze(tab, f.fig, f.wid, f.nc, total, w);
	}
	int line = 0, drawn = 0, head_line = tab->title ? 1 : 0;
	if (sticky && skip > head_line && skip + 1 < table_lines(tab) && h > 1) {
		table_row_draw(tab, &f, -1, y + drawn++, x, w, sel, hs);
		skip++;
	}
	for (int r = -2; r < tab->nrows && drawn < h; r++) {
		if (r == -2 && !tab->title)
			continue;
		if (line++ < skip)
			continue;
		table_row_draw(tab, &f, r, y + drawn++, x, w, sel, hs);
	}
	return drawn;
}

int table_draw(const tui *t, const rr_table *tab, int y, int x, int h, int w, int skip,
	       const char *hide, int sel)
{
	(void)t;
	return table_draw_from(tab, y, x, h, w, skip, hide, sel, 0, 0);
}

int out_width(const tui_out *o)
{
	int most = 0;
	for (int i = 0; i < o->n; i++) {
		const rr_table *tab = o->b[i].tab;
		int w, wid[64];
		if (o->b[i].prose) {
			continue;   /* wrapped to the pane: never scrolled */
		} else if (o->b[i].text) {
			w = tui_width(o->b[i].text);
		} else {
			w = table_widths(tab, o->hide, wid, tab->ncols < 64 ? tab->ncols : 64);
			if (tab->title && tui_width(tab->title) > w)
				w = tui_width(tab->title);
		}
		if (w > most)
			most = w;
	}
	return most;
}

/* The first column shown of o in a pane w wide: never past the point where its widest line
 * ends at the pane's right edge. */
static int hscroll_bounded(const tui_out *o, long hs, int w)
{
	long most = out_width(o) - w;
	if (hs > most)
		hs = most;
	return hs < 0 ? 0 : (int)hs;
}

void out_hscroll(tui_out *o, int delta, int w)
{
	o->hscroll = hscroll_bounded(o, (long)o->hscroll + delta, w);
}

/* The rows text takes in a pane h high: one fewer when it does not fit, for the "more" line. */
static int text_rows(int total, int h)
{
	return total > h && h > 2 ? h - 1 : h;
}

void out_fields(tui_out *dst, const rr_table *tab, int r, int one_line)
{
	size_t size = 1;
	int hw = 0;
	for (int c = 0; c < tab->ncols; c++) {
		const char *h = tab->head[c] ? tab->head[c] : "";
		hw = tui_width(h) > hw ? tui_width(h) : hw;
		size += strlen(h) + strlen(table_get(tab, r, c)) + 4;
	}
	char *line = malloc(size + (size_t)(hw + 4) * (size_t)tab->ncols), *at = line;
	if (!line)
		return;
	for (int c = 0; c < tab->ncols; c++) {
		const char *h = tab->head[c] ? tab->head[c] : "", *v = table_get(tab, r, c);
		/* padded by display width: a header in UTF-8 (P(≥ 5)) is narrower than its bytes */
		int pad = one_line ? 0 : hw - tui_width(h);
		if (one_line)
			at += sprintf(at, "%s%s %s", c ? ", " : "", h, v);
		else
			at += sprintf(at, "  %s%*s  %s", h, pad, "", v);
		if (!one_line) {
			out_text(dst, line);
			at = line;
		}
	}
	if (one_line)
		out_text(dst, line);
	free(line);
}

int out_table_line(const tui_out *o, int r)
{
	int line = 0;
	for (int i = 0; i < o->n; i++) {
		if (o->b[i].text) {
			line++;
			continue;
		}
		return line + (o->b[i].tab->title ? 1 : 0) + 1 + r;
	}
	return -1;
}

void out_scroll(tui_out *o, int delta, int h)
{
	int total = out_lines(o), rows = text_rows(total, h);
	long s = (long)o->scroll + delta;
	if (s > total - rows)
		s = total - rows;
	if (s < 0)
		s = 0;
	o->scroll = (int)s;
}

int out_page(const tui_out *o, int h)
{
	int rows = text_rows(out_lines(o), h);
	return rows > 1 ? rows - 1 : 1;
}

void out_draw(const tui *t, const tui_out *o, int y, int x, int h, int w)
{
	int total = out_lines(o), full_h = h;
	h = text_rows(total, h);
	int scroll = o->scroll; /* bounded here too: the pane may have shrunk since the last key */
	if (scroll > total - h)
		scroll = total - h;
	if (scroll < 0)
		scroll = 0;
	int hs = o->hscroll ? hscroll_bounded(o, o->hscroll, w) : 0;
	int line = 0, row = 0, first_table = 1;
	for (int i = 0; i < o->n && row < h; i++) {
		if (o->b[i].text) {
			if (line++ >= scroll)
				put_clip_from(y + row++, x, w, o->b[i].text, 1, o->b[i].prose ? 0 : hs);
			continue;
		}
		const rr_table *tab = o->b[i].tab;
		int tl = table_lines(tab);
		if (line + tl <= scroll) {
			line += tl;
			continue;
		}
		int skip = scroll > line ? scroll - line : 0;
		row += table_draw_from(tab, y + row, x, h - row, w, skip, o->hide,
				       first_table ? o->sel - 1 : -1, hs, o->sticky);
		first_table = 0;
		line += tl;
	}
	if (total > h && full_h > h) {
		int below = total - h - scroll;
		attron(tui_attr(t, C_DIM));
		if (below > 0)
			tui_putf(y + h, x, w, "%s %d more line%s (scroll to see them)", t->utf8 ? "\u25bc" : "v",
				 below, below == 1 ? "" : "s");
		else
			tui_putf(y + h, x, w, "%s end (%d lines above)", t->utf8 ? "\u25b2" : "^", scroll);
		attroff(tui_attr(t, C_DIM));
	}
}

/* ==== braille canvas ==== */

int canvas_init(tui_canvas *c, int w, int h)
{
	c->w = w > 0 ? w : 1;
	c->h = h > 0 ? h : 1;
	c->dots = calloc((size_t)c->w * (size_t)c->h, 1);
	c->col = calloc((size_t)c->w * (size_t)c->h, 1);
	if (!c->dots || !c->col) {
		canvas_free(c);
		return -1;
	}
	return 0;
}

void canvas_free(tui_canvas *c)
{
	free(c->dots);
	free(c->col);
	c->dots = c->col = NULL;
}

static void canvas_dot(tui_canvas *c, int px, int py, unsigned char color)
{
	/* braille dot bits by (row within cell, column within cell) */
	static const unsigned char bit[4][2] = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
	if (px < 0 || py < 0 || px >= 2 * c->w || py >= 4 * c->h)
		return;
	size_t cell = (size_t)(py / 4) * (size_t)c->w + (size_t)(px / 2);
	c->dots[cell] |= bit[py % 4][px % 2];
	c->col[cell] = color;
}

void canvas_line(tui_canvas *c, const float *x, const float *y, int n, double x0, double x1,
		 double y0, double y1, unsigned char color)
{
	if (n <= 0 || !(x1 > x0) || !(y1 > y0))
		return;
	int W = 2 * c->w - 1, H = 4 * c->h - 1, px = 0, py = 0;
	for (int i = 0; i < n; i++) {
		if (!(y[i] == y[i])) /* NaN: skip */
			continue;
		int qx = (int)((x[i] - x0) / (x1 - x0) * W + 0.5);
		int qy = (int)((1.0 - (y[i] - y0) / (y1 - y0)) * H + 0.5);
		if (qy < 0)
			qy = 0;
		if (qy > H)
			qy = H;
		if (i == 0) {
			canvas_dot(c, qx, qy, color);
		} else { /* Bresenham from the previous point */
			int dx = abs(qx - px), sx = px < qx ? 1 : -1;
			int dy = -abs(qy - py), sy = py < qy ? 1 : -1, err = dx + dy;
			for (;;) {
				canvas_dot(c, px, py, color);
				if (px == qx && py == qy)
					break;
				int e2 = 2 * err;
				if (e2 >= dy) {
					err += dy;
					px += sx;
				}
				if (e2 <= dx) {
					err += dx;
					py += sy;
				}
			}
		}
		px = qx;
		py = qy;
	}
}

void canvas_draw(const tui *t, const tui_canvas *c, int y, int x)
{
	for (int r = 0; r < c->h; r++)
		for (int q = 0; q < c->w; q++) {
			size_t cell = (size_t)r * (size_t)c->w + (size_t)q;
			if (!c->dots[cell])
				continue;
			int a = tui_attr(t, (enum tui_color)c->col[cell]);
			attron(a);
			if (t->utf8) {
				wchar_t wc = (wchar_t)(0x2800 + c->dots[cell]);
				mvaddnwstr(y + r, x + q, &wc, 1);
			} else {
				mvaddch(y + r, x + q, c->col[cell] == C_VAL ? '+' : '*');
			}
			attroff(a);
		}
}

char *tui_num(double n, char *buf, size_t size)
{
	char tmp[64];
	int neg = n < 0;
	snprintf(tmp, sizeof tmp, "%.0f", neg ? -n : n);
	size_t len = strlen(tmp), o = 0;
	char out[96];
	if (neg)
		out[o++] = '-';
	for (size_t i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = tmp[i];
	}
	out[o] = '\0';
	snprintf(buf, size, "%s", out);
	return buf;
}

/* The columns of tab (at most 64) at their natural widths into wid; returns how many. */
static int frozen_widths(const rr_table *tab, int *wid)
{
	int nc = tab->ncols < 64 ? tab->ncols : 64;
	table_widths(tab, NULL, wid, nc);
	return nc;
}

int table_frozen_left(const rr_table *tab, int w, int left, int dir)
{
	int wid[64], nc = frozen_widths(tab, wid);
	return colfit_step(wid, nc, left, w, dir);
}

/* Row r (-1: the header) of a frozen table: column 0, then n columns from left, each whole in
 * its natural width; row mark's run cell in the selection's colours, its figures bold (as
 * the runs as columns mark theirs). */
static void frozen_row(const tui *t, const rr_table *tab, int r, const int *wid, int left, int n,
		       int yy, int x, int w, int mark)
{
	int base = r < 0 ? A_UNDERLINE : r == mark ? A_BOLD : 0;
	for (int k = -1, xx = x; k < n && xx < x + w; k++) {
		int c = k < 0 ? 0 : left + k;
		if (wid[c] < 0)
			continue;
		int cw = x + w - xx < wid[c] ? x + w - xx : wid[c];
		int a = c == 0 && r >= 0 && r == mark ? tui_attr(t, C_SEL) | (int)A_BOLD : base;
		attron(a);
		if (tab->align[c] == 'r')
			tui_put_right(yy, xx, cw, table_cell(tab, r, c));
		else
			tui_put_cut(yy, xx, cw, table_cell(tab, r, c));
		attroff(a);
		xx += wid[c] + COLFIT_GAP;
	}
}

int table_draw_frozen(const tui *t, const rr_table *tab, int y, int x, int h, int w, int left,
		      int skip, int mark, int *shown)
{
	int wid[64], nc = frozen_widths(tab, wid);
	left = colfit_left(wid, nc, left, w);
	int n = colfit_shown(wid, nc, left, w), drawn = 0;
	*shown = n;
	if (h > 0)
		frozen_row(t, tab, -1, wid, left, n, y + drawn++, x, w, mark);
	for (int r = skip < 0 ? 0 : skip; r < tab->nrows && drawn < h; r++)
		frozen_row(t, tab, r, wid, left, n, y + drawn++, x, w, mark);
	return drawn;
}

/* The width of the row labels (the table's headers) and of each row shown as a column, into
 * cw[nrows] (caller frees); NULL when out of memory. */
static int *transposed_widths(const rr_table *tab, int *labw)
{
	*labw = 0;
	for (int c = 0; c < tab->ncols; c++) {
		int cw = tui_width(tab->head[c] ? tab->head[c] : "");
		if (cw > *labw)
			*labw = cw;
	}
	int *cw = calloc((size_t)tab->nrows + 1, sizeof *cw);
	if (!cw)
		return NULL;
	for (int r = 0; r < tab->nrows; r++)
		for (int c = 0; c < tab->ncols; c++) {
			int k = tui_width(table_get(tab, r, c));
			if (k > cw[r])
				cw[r] = k;
		}
	return cw;
}

int table_transposed_first(const rr_table *tab, int w, int first)
{
	if (first >= 0 && first < tab->nrows)
		return first;
	int labw, *cw = transposed_widths(tab, &labw);
	if (!cw)
		return 0;
	int room = w - labw - 2, used = 0, f = tab->nrows; /* the latest rows that fit */
	while (f > 0 && used + cw[f - 1] + 2 <= room)
		used += cw[--f] + 2;
	if (f == tab->nrows && f > 0)
		f--;
	free(cw);
	return f;
}

int table_draw_transposed(const tui *t, const rr_table *tab, int y, int x, int h, int w, int first,
			  int mark, int top)
{
	int labw, *cw = transposed_widths(tab, &labw);
	if (!cw)
		return 0;
	int f = table_transposed_first(tab, w, first);
	int shown = 0, xx = x + labw + 2;
	/* screen row of column c: the header on y, then columns 1 + top on */
#define TROW(c) ((c) == 0 ? 0 : (c) - top)
	for (int c = 0; c < tab->ncols && TROW(c) < h; c++) {
		if (c && c <= top)
			continue;
		int a = c == 0 ? A_BOLD | A_UNDERLINE : 0;
		attron(a);
		tui_put(y + TROW(c), x, labw, tab->head[c] ? tab->head[c] : "");
		attroff(a);
	}
	for (int r = f; r < tab->nrows && xx + cw[r] <= x + w; r++) {
		for (int c = 0; c < tab->ncols && TROW(c) < h; c++) {
			if (c && c <= top)
				continue;
			int a = c == 0 ? A_BOLD | A_UNDERLINE : 0;
			if (r == mark)
				a = c == 0 ? tui_attr(t, C_SEL) | (int)A_BOLD : (int)A_BOLD;
			attron(a);
			tui_put_right(y + TROW(c), xx, cw[r], table_get(tab, r, c));
			attroff(a);
		}
		xx += cw[r] + 2;
		shown++;
	}
#undef TROW
	free(cw);
	(void)t;
	return shown;
}
