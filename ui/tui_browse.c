/* tui_browse.c — screens 4 Recommend (a searchable customer list, the customer's history,
 * sortable and scrollable, and `recommend USER K` for the selected one) and 5 Together (a
 * searchable item list and `together ITEM K --by ... --min-count ...`). The lists and
 * histories are read from the session; recommendations and rules are the commands' own
 * output, captured by the sink. */
#define _XOPEN_SOURCE 700
#include "tui.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "histfmt.h"
#include "ingest.h"
#include "model.h"
#include "strtab.h"
#include "util.h"

/* An id as the words of the command language, allocated (the caller frees it), written as
 * completion writes it (cmd_word: quoted when it has blanks, quotes, a '#' or control
 * characters); a positional one (not an option's value) after "-- " when it starts with "--"
 * (cmd_value_words; the command's options then come before it). NULL, said on the status
 * line, when memory runs out. A word is a whole id, whatever its length: a key's command must
 * name the customer or item shown. */
static char *quote_word(tui *t, const char *s, int positional)
{
	char *buf = positional ? cmd_value_words(s) : cmd_word(s);
	if (!buf)
		tui_status(t, 1, "out of memory: the command did not run");
	return buf;
}

/* Run "CMD ID" as if typed after ':' (not into history), the id quoted as a word. */
static void line_with_id(tui *t, const char *cmd, const char *id)
{
	char *q = quote_word(t, id, 1), *line = q ? malloc(strlen(cmd) + strlen(q) + 2) : NULL;
	if (q && !line)
		tui_status(t, 1, "out of memory: the command did not run");
	if (line) {
		sprintf(line, "%s %s", cmd, q);
		tui_line(t, line, 0);
	}
	free(line);
	free(q);
}

/* ==== the list shown: the command it came from ==== */

/* recommend's and together's K and together's --min-count when not given: the engine's table
 * says them (args_long aborts when these differ from it) */
enum { K0 = 10, MIN_COUNT0 = 20 };

void browse_defaults(tui *t)
{
	t->rec_k = t->tog_k = K0;
	t->rec_owned = t->tog_conf = 0;
	t->tog_min = MIN_COUNT0;
	t->tog_min_conf[0] = t->tog_min_lift[0] = '\0';
	t->rec_probs = -1;
	t->hist_sort = HIST_ORDERS;
}

/* A --min-confidence or --min-lift as typed into buf ("" when not given), so the keys give it
 * again as it was; the number itself when the text would not fit */
static void floor_text(const rr_args *a, const char *name, char *buf, size_t size)
{
	const char *v = args_get(a, name);
	if (!v || strlen(v) < size)
		snprintf(buf, size, "%s", v ? v : "");
	else
		snprintf(buf, size, "%.17g", args_double(a, name, 0));
}

/* Whatever produced the list, a key, a line typed after ':' or one queued, the keys start from
 * it (t28 F1: after `:recommend 12347 3`, + ran `recommend 12347 15` from the screen's own K).
 * Read by the engine's parser, as the command was. */
void browse_follow(tui *t, const tui_out *dest, const char *line)
{
	int argc;
	char **argv;
	rr_args a;
	const rr_dataset *d = t->app->ds;
	if (dest == &t->rec_out)   /* listed under the rules now in force */
		t->rec_rules_gen = t->app->rules.gen;
	else if (dest == &t->tog_out)
		t->tog_rules_gen = t->app->rules.gen;
	if (!d || cmd_split(line, &argc, &argv) != 0)
		return;
	if (argc && cmd_parse(argc, argv, &a) == 0) {
		if (dest == &t->rec_out && a.cmd->fn == cmd_recommend) {
			t->rec_user = dataset_find_customer(d, args_get(&a, "USER"));
			t->rec_k = (int)args_long(&a, "K", K0);
			t->rec_owned = args_has(&a, "--owned");
		} else if (dest == &t->tog_out && a.cmd->fn == cmd_together) {
			const char *item = args_get(&a, "ITEM"), *user = args_get(&a, "--user"),
				   *by = args_get(&a, "--by");
			t->tog_item = item ? dataset_find_item(d, item) : RR_NONE;
			t->tog_user = user ? dataset_find_customer(d, user) : RR_NONE;
			t->tog_k = (int)args_long(&a, "K", K0);
			t->tog_conf = by && strcmp(by, "confidence") == 0;
			t->tog_min = (int)args_long(&a, "--min-count", MIN_COUNT0);
			floor_text(&a, "--min-confidence", t->tog_min_conf, sizeof t->tog_min_conf);
			floor_text(&a, "--min-lift", t->tog_min_lift, sizeof t->tog_min_lift);
		}
		args_free(&a);
	}
	cmd_free_argv(argc, argv);
}

/* ==== layout ==== */

/* Both screens: the list and what it selects side by side on top, the command's output
 * across the whole width below (recommendation and rule tables are wide). */
static void browse_layout(const tui *t, int *up_h, int *lw, int *low_y, int *low_h)
{
	int avail = t->rows - 3;
	*up_h = avail * 2 / 5;
	if (*up_h < 8)
		*up_h = 8;
	*lw = t->cols / 3;
	if (*lw < 26)
		*lw = 26;
	if (*lw > 40)
		*lw = 40;
	*low_y = 1 + *up_h; /* the output's title sits on the separator line */
	*low_h = t->rows - 2 - *low_y;
}

/* rows of a list (under its two header lines) */
static int list_page(const tui *t)
{
	int up_h, lw, low_y, low_h;
	browse_layout(t, &up_h, &lw, &low_y, &low_h);
	return up_h > 3 ? up_h - 2 : 1;
}

int browse_out_rows(const tui *t)
{
	int up_h, lw, low_y, low_h;
	browse_layout(t, &up_h, &lw, &low_y, &low_h);
	return low_h - 1;
}

static void browse_frame(const tui *t, int up_h, int lw)
{
	attron(tui_attr(t, C_DIM));
	mvvline(1, lw, tui_frame(t, ACS_VLINE), up_h);
	mvhline(1 + up_h, 0, tui_frame(t, ACS_HLINE), t->cols);
	mvaddch(1 + up_h, lw, tui_frame(t, ACS_BTEE));
	attroff(tui_attr(t, C_DIM));
}

/* ==== lists ==== */

static const rr_dataset *g_ds; /* for the qsort comparators */

static int cmp_users(const void *a, const void *b)
{
	const char *x = dataset_user_name(g_ds, *(const uint32_t *)a);
	const char *y = dataset_user_name(g_ds, *(const uint32_t *)b);
	size_t lx = strlen(x), ly = strlen(y);
	if (lx != ly) /* numeric ids sort by value */
		return lx < ly ? -1 : 1;
	return strcmp(x, y);
}

static int cmp_items(const void *a, const void *b)
{
	uint32_t i = *(const uint32_t *)a, j = *(const uint32_t *)b;
	if (g_ds->item_invoices[i] != g_ds->item_invoices[j])
		return g_ds->item_invoices[i] > g_ds->item_invoices[j] ? -1 : 1;
	return strcmp(dataset_item_name(g_ds, i), dataset_item_name(g_ds, j));
}

static const char *user_country(const rr_dataset *d, uint32_t u)
{
	return strtab_get(d->rows->countries, d->user_country[u]);
}

/* A list entry's texts the search looks in (listfind.h): a customer's id and country, an
 * item's stock code and description. */
typedef struct list_texts {
	const rr_dataset *d;
	int users;
} list_texts;

static const char *entry_text(const void *ctx, uint32_t k, int which)
{
	const list_texts *c = ctx;
	if (c->users)
		return which ? user_country(c->d, k) : dataset_user_name(c->d, k);
	return which ? dataset_item_desc(c->d, k) : dataset_item_name(c->d, k);
}

/* Keep the selection inside the list and on the page that starts at top. */
static void list_follow(tui_list *l, int page)
{
	if (l->sel >= (int)l->n_shown)
		l->sel = (int)l->n_shown - 1;
	if (l->sel < 0)
		l->sel = 0;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + page)
		l->top = l->sel - page + 1;
	if (l->top < 0)
		l->top = 0;
}

/* shown = the entries matching l->filter: from the entries shown now when narrow (they match a
 * filter inside this one), else from the whole list. The texts are indexed at the first
 * search (without memory for it, the search compares them directly, as slow as before). */
static void list_apply(tui *t, tui_list *l, int users, int narrow)
{
	const rr_dataset *d = t->app->ds;
	list_texts c = {d, users};
	if (!d) {
		l->n_shown = 0;
	} else {
		if (l->filter[0] && !l->find.low)
			lf_build(&l->find, l->n_all, entry_text, &c, 2);
		const uint32_t *from = narrow ? l->shown : l->all;
		l->n_shown = lf_find(&l->find, from, narrow ? l->n_shown : l->n_all, l->filter,
				     entry_text, &c, 2, l->shown, NULL);
	}
	list_follow(l, list_page(t));
}

/* Build a list from the session's dataset (empty without one). */
static void list_build(tui *t, tui_list *l, int users)
{
	const rr_dataset *d = t->app->ds;
	uint32_t n = !d ? 0 : users ? d->n_users : d->n_items;
	free(l->all);
	free(l->shown);
	lf_free(&l->find);
	l->all = malloc(((size_t)n + 1) * sizeof *l->all);
	l->shown = malloc(((size_t)n + 1) * sizeof *l->shown);
	l->n_all = l->n_shown = 0;
	l->sel = l->top = 0;
	if (!l->all || !l->shown) {
		free(l->all);
		free(l->shown);
		l->all = l->shown = NULL;
		return;
	}
	for (uint32_t i = 0; i < n; i++)
		l->all[i] = i;
	g_ds = d;
	qsort(l->all, n, sizeof *l->all, users ? cmp_users : cmp_items);
	l->n_all = n;
	l->ds_gen = d ? d->gen : 0;
	list_apply(t, l, users, 0);
}

void browse_refresh(tui *t)
{
	list_build(t, &t->users, 1);
	list_build(t, &t->items, 0);
	t->hist_scroll = 0;
}

static int list_move(tui_list *l, int key, int page)
{
	switch (key) {
	case TK(KEY_UP): case 'k': l->sel--; break;
	case TK(KEY_DOWN): case 'j': l->sel++; break;
	case TK(KEY_PPAGE): l->sel -= page; break;
	case TK(KEY_NPAGE): l->sel += page; break;
	case TK(KEY_HOME): case 'g': l->sel = 0; break;
	default: l->sel = (int)l->n_shown - 1; break; /* End, G */
	}
	list_follow(l, page);
	return 1;
}

static uint32_t list_current(const tui_list *l)
{
	return l->n_shown ? l->shown[l->sel] : RR_NONE;
}

/* The selected entry of l (WHAT names its kind: "customer", "item") for a key that acts on
 * it; when there is none, says why on the status line (no data yet, or a search that matches
 * nothing) and returns RR_NONE. */
static uint32_t list_pick(tui *t, const tui_list *l, const char *what)
{
	uint32_t x = list_current(l);
	if (x == RR_NONE && !l->n_all)
		tui_status(t, !t->busy, "%s", tui_no_data(t));
	else if (x == RR_NONE)
		tui_status(t, 1, "no %s selected: the search matches none (Esc clears it)", what);
	return x;
}

static tui_list *list_of(tui *t, enum tui_screen s)
{
	return s == SCR_REC ? &t->users : s == SCR_TOG ? &t->items : NULL;
}

void browse_filter(tui *t, const char *utf8)
{
	tui_list *l = list_of(t, t->screen);
	if (!l)
		return;
	/* a filter that grew (the old one is inside it) matches a part of what it matched */
	int narrow = lf_contains_ci(utf8, l->filter);
	snprintf(l->filter, sizeof l->filter, "%s", utf8);
	l->filter_put = 0;
	l->sel = l->top = 0;
	list_apply(t, l, l == &t->users, narrow);
	t->hist_scroll = 0;
}

void browse_select(tui *t, enum tui_screen s, uint32_t k)
{
	tui_list *l = list_of(t, s);
	const rr_dataset *d = t->app->ds;
	if (!l || !d)
		return;
	snprintf(l->filter, sizeof l->filter, "%s", l == &t->users ? dataset_user_name(d, k) : dataset_item_name(d, k));
	l->filter_put = 1;
	l->sel = l->top = 0;
	list_apply(t, l, l == &t->users, 0);
	for (uint32_t i = 0; i < l->n_shown; i++)
		if (l->shown[i] == k)
			l->sel = (int)i;
	list_follow(l, list_page(t));
	t->hist_scroll = 0;
}

/* The list's title line: the search editor, the filter, or the count; in the title colours
 * of a focused pane across the whole line (tui_title_attr). */
static void list_header(tui *t, const tui_list *l, int users, int y, int x, int w, int focus)
{
	char b[64], c[64];
	int a = tui_title_attr(t, focus);
	attron(a);
	mvhline(y, x, ' ', w);
	if (t->ed.kind == ED_SEARCH && t->screen == (users ? SCR_REC : SCR_TOG)) {
		edit_draw(t, y, x, w, "/");
	} else if (l->filter[0]) {
		tui_putf(y, x, w, "/%s  %s of %s", l->filter, tui_num(l->n_shown, b, sizeof b),
			 tui_num(l->n_all, c, sizeof c));
	} else {
		tui_putf(y, x, w, "%s %s", tui_num(l->n_all, b, sizeof b), users ? "customers" : "items");
		if (focus) {   /* dim would drop the focused title's colours */
			tui_put(y, x + w - 9, 9, "/ search");
		} else {
			attroff(a);
			attron(tui_attr(t, C_DIM));
			tui_put(y, x + w - 9, 9, "/ search");
			attroff(tui_attr(t, C_DIM));
		}
	}
	attroff(a);
	attron(A_UNDERLINE);
	mvhline(y + 1, x, ' ', w);
	tui_put(y + 1, x, w, users ? "customer  country" : "code     description");
	tui_put_right(y + 1, x, w, "inv");
	attroff(A_UNDERLINE);
}

/* Draw a list in the rectangle; its header on row y shows the filter or the search editor. */
static void list_draw(tui *t, const tui_list *l, int users, int y, int x, int w, int h, int focus)
{
	const rr_dataset *d = t->app->ds;
	list_header(t, l, users, y, x, w, focus);
	if (h - 2 < 1)
		return;
	if (l->n_shown == 0) {
		attron(tui_attr(t, C_DIM));
		tui_put(y + 2, x, w, !l->n_all ? tui_no_data(t) : "0 matches (Esc clears the search)");
		attroff(tui_attr(t, C_DIM));
		return;
	}
	for (int r = 0; r < h - 2 && l->top + r < (int)l->n_shown; r++) {
		int i = l->top + r, yy = y + 2 + r;
		uint32_t k = l->shown[i];
		int a = i == l->sel ? (focus ? A_REVERSE : A_BOLD | A_UNDERLINE) : 0;
		attron(a);
		mvhline(yy, x, ' ', w);
		char n[32];
		snprintf(n, sizeof n, "%u", users ? d->user_invoices[k] : d->item_invoices[k]);
		int nw = (int)strlen(n) + 1;
		if (users) {
			tui_put_cut(yy, x, 9, dataset_user_name(d, k));
			tui_put_cut(yy, x + 10, w - 10 - nw, user_country(d, k));
		} else {
			tui_put_cut(yy, x, 8, dataset_item_name(d, k));
			tui_put_cut(yy, x + 9, w - 9 - nw, dataset_item_desc(d, k));
		}
		tui_put_right(yy, x, w, n);
		attroff(a);
	}
}

static int list_key(tui *t, int key)
{
	tui_list *l = list_of(t, t->screen);
	list_move(l, key, list_page(t));
	t->hist_scroll = 0; /* another customer: their history from the top */
	return 1;
}

static int b_search(tui *t, int key)
{
	(void)key;
	t->rec_focus = REC_LIST;
	/* `/` edits the search typed before; a filter a command put there (browse_select: the
	 * id of `:recommend USER`, of Enter on a recommendation) was never typed, and a search
	 * for it would only ever find that id: a new search starts empty, over the whole list */
	tui_list *l = list_of(t, t->screen);
	if (l->filter_put)
		browse_filter(t, "");
	edit_open(t, ED_SEARCH, l->filter);
	return 1;
}

static int b_clear(tui *t, int key)
{
	(void)key;
	if (t->screen == SCR_REC && t->rec_focus != REC_LIST) {
		t->rec_focus = REC_LIST;
		return 1;
	}
	if (!list_of(t, t->screen)->filter[0])
		return 0; /* Esc's global meaning */
	browse_filter(t, "");
	return 1;
}

/* ==== 4 Recommend: the customer's history ==== */

static const rr_pair *g_pairs;
static int g_sort;

static int cmp_hist(const void *a, const void *b)
{
	const rr_pair *x = &g_pairs[*(const size_t *)a], *y = &g_pairs[*(const size_t *)b];
	if (g_sort == HIST_SPEND && x->spend != y->spend)
		return x->spend > y->spend ? -1 : 1;
	if (g_sort == HIST_LAST && x->last != y->last)
		return x->last > y->last ? -1 : 1;
	if (x->orders != y->orders)
		return x->orders > y->orders ? -1 : 1;
	if (x->last != y->last)
		return x->last > y->last ? -1 : 1;
	return x->item < y->item ? -1 : x->item > y->item;
}

/* The pairs of customer u in the history's order: a malloc'd array of *n indices. */
static size_t *history_sorted(const tui *t, uint32_t u, size_t *n)
{
	const rr_dataset *d = t->app->ds;
	size_t lo = d->user_start[u];
	*n = d->user_start[u + 1] - lo;
	size_t *ix = malloc((*n ? *n : 1) * sizeof *ix);
	if (!ix)
		return NULL;
	for (size_t i = 0; i < *n; i++)
		ix[i] = lo + i;
	g_pairs = d->pairs;
	g_sort = t->hist_sort;
	qsort(ix, *n, sizeof *ix, cmp_hist);
	return ix;
}

/* rows of history entries under its two header lines, the last kept for "more" */
static int history_rows(const tui *t)
{
	int up_h, lw, low_y, low_h;
	browse_layout(t, &up_h, &lw, &low_y, &low_h);
	return up_h - 3;
}

/* The columns right of the description: orders, last purchase and spend, a spend column sw
 * wide (HIST_MONEY_W, or wider for a spend in whole units that needs more: 43,141,000 yen).
 * The right edges of the orders and last columns, counted from the pane's right edge. */
enum { HIST_TAIL = 29 };
static int hist_tail(int sw) { return HIST_TAIL + sw - HIST_MONEY_W; }
static int hist_last_right(int sw) { return sw + 1; }
static int hist_orders_right(int sw) { return sw + 12; }

/* The spend column's width for the pairs ix[0..n): their widest spend, at least HIST_MONEY_W. */
static int history_spend_width(const rr_dataset *d, const size_t *ix, size_t n)
{
	int sw = HIST_MONEY_W;
	char s[32];
	for (size_t k = 0; k < n; k++) {
		int l = (int)strlen(hist_money(d->pairs[ix[k]].spend, s, sizeof s));
		sw = l > sw ? l : sw;
	}
	return sw;
}

/* The code column's width for the pairs ix[0..n): their longest code within limits. */
static int history_code_width(const rr_dataset *d, const size_t *ix, size_t n, int w, int sw)
{
	int longest = 0;
	for (size_t k = 0; k < n; k++) {
		int cw = tui_width(dataset_item_name(d, d->pairs[ix[k]].item));
		longest = cw > longest ? cw : longest;
	}
	return hist_code_width(longest, w, hist_tail(sw));
}

/* Customer u of n items in a line: the history's title, and the first line of v's window. */
static void history_summary(const tui *t, uint32_t u, size_t n, char *buf, size_t size)
{
	const rr_dataset *d = t->app->ds;
	char a[32];
	snprintf(buf, size, "%s  %s  %u invoice%s  %zu item%s  spend %s", dataset_user_name(d, u),
		 user_country(d, u), d->user_invoices[u], d->user_invoices[u] == 1 ? "" : "s", n,
		 n == 1 ? "" : "s", hist_money(d->user_spend[u], a, sizeof a));
}

/* The day of a pair's last purchase ("2011-01-18") into buf (at least 32 bytes). */
static const char *pair_day(const rr_pair *p, char *buf, size_t size)
{
	ingest_format_minute(p->last, buf, size);
	buf[10] = '\0';
	return buf;
}

/* The history's title in w columns: its figures whole, the words giving way first (t58 F4:
 * at 80 columns the spend 77,183.60 read "77,"). The country is cut with … to the room the
 * figures leave, then left out, then the figures' words shortened; the id is last to go. */
static void history_title(const tui *t, uint32_t u, size_t n, int y, int x, int w)
{
	const rr_dataset *d = t->app->ds;
	char line[512], figs[160], shortf[160], a[32];
	const char *id = dataset_user_name(d, u), *country = user_country(d, u);
	unsigned inv = d->user_invoices[u];
	hist_money(d->user_spend[u], a, sizeof a);
	history_summary(t, u, n, line, sizeof line);
	snprintf(figs, sizeof figs, "%u invoice%s  %zu item%s  spend %s", inv, inv == 1 ? "" : "s",
		 n, n == 1 ? "" : "s", a);
	snprintf(shortf, sizeof shortf, "%u inv  %zu it  %s", inv, n, a);
	int iw = tui_width(id), room = w - iw - 4 - tui_width(figs);
	if (tui_width(line) <= w) {
		tui_put(y, x, w, line);
	} else if (room >= 4) {   /* a country of 3 letters and … */
		tui_put(y, x, iw, id);
		tui_put_cut(y, x + iw + 2, room, country);
		tui_put_right(y, x, w, figs);
	} else if (iw + 2 + tui_width(figs) <= w) {
		tui_put(y, x, iw, id);
		tui_put_right(y, x, w, figs);
	} else {   /* an id too long for the figures: they keep their room, the id is cut */
		const char *f = tui_width(figs) + 6 <= w ? figs : shortf;
		int fw = tui_width(f);
		tui_put_cut(y, x, w - fw - 2, id);
		tui_put_right(y, x, w, f);
	}
}

static void history_head(const tui *t, uint32_t u, size_t n, int cw, int sw, int y, int x, int w)
{
	int ta = tui_title_attr(t, t->rec_focus == REC_HIST);
	attron(ta);
	mvhline(y, x, ' ', w);
	history_title(t, u, n, y, x, w);
	attroff(ta);
	static const char *const col[HIST_N] = {"orders", "last", "spend"};
	const char *mark = t->utf8 ? "\u25bc" : "v";
	char h[HIST_N][16];
	for (int c = 0; c < HIST_N; c++)
		snprintf(h[c], sizeof h[c], "%s%s", col[c], c == t->hist_sort ? mark : "");
	int a2 = t->rec_focus == REC_HIST ? A_UNDERLINE | A_BOLD : A_UNDERLINE;
	attron(a2);
	mvhline(y + 1, x, ' ', w);
	tui_put(y + 1, x, w, "bought");
	tui_put(y + 1, x + cw + 1, w - cw - 1 - hist_tail(sw), "description");
	tui_put_right(y + 1, x, w - hist_orders_right(sw), h[HIST_ORDERS]);
	tui_put_right(y + 1, x, w - hist_last_right(sw), h[HIST_LAST]);
	tui_put_right(y + 1, x, w, h[HIST_SPEND]);
	attroff(a2);
}

static void draw_history(const tui *t, uint32_t u, int y, int x, int w, int h)
{
	const rr_dataset *d = t->app->ds;
	size_t n;
	size_t *ix = history_sorted(t, u, &n);
	if (!ix)
		return;
	int sw = history_spend_width(d, ix, n), cw = history_code_width(d, ix, n, w, sw);
	history_head(t, u, n, cw, sw, y, x, w);
	int rows = h - 3;
	size_t first = (size_t)t->hist_scroll < n ? (size_t)t->hist_scroll : 0;
	for (int r = 0; r < rows && first + (size_t)r < n; r++) {
		const rr_pair *p = &d->pairs[ix[first + (size_t)r]];
		int yy = y + 2 + r;
		char b[32], s[32];
		tui_put_cut(yy, x, cw, dataset_item_name(d, p->item));
		char o[16];
		snprintf(o, sizeof o, "%u", (unsigned)p->orders);
		tui_put_cut(yy, x + cw + 1, w - cw - 1 - hist_tail(sw), dataset_item_desc(d, p->item));
		tui_put_right(yy, x, w - hist_orders_right(sw), o);
		tui_put_right(yy, x, w - hist_last_right(sw), pair_day(p, b, sizeof b));
		tui_put_right(yy, x, w, hist_money(p->spend, s, sizeof s));
	}
	size_t below = n > first + (size_t)rows ? n - first - (size_t)rows : 0;
	attron(tui_attr(t, C_DIM));
	if (below || first)
		tui_putf(y + h - 1, x, w, "%zu-%zu of %zu%s", first + 1, first + (size_t)rows < n ? first + (size_t)rows : n,
			 n, t->rec_focus == REC_HIST ? "" : t->utf8 ? "  (\u2192 scrolls them)" : "  (Right scrolls them)");
	attroff(tui_attr(t, C_DIM));
	free(ix);
}

static int h_scroll(tui *t, int key)
{
	uint32_t u = list_current(&t->users);
	if (u == RR_NONE)
		return 1;
	long n = (long)(t->app->ds->user_start[u + 1] - t->app->ds->user_start[u]);
	long rows = history_rows(t), s = t->hist_scroll;
	switch (key) {
	case TK(KEY_UP): case 'k': s--; break;
	case TK(KEY_DOWN): case 'j': s++; break;
	case TK(KEY_PPAGE): s -= rows; break;
	case TK(KEY_NPAGE): s += rows; break;
	case TK(KEY_HOME): case 'g': s = 0; break;
	default: s = n; break;
	}
	if (s > n - rows)
		s = n - rows;
	t->hist_scroll = s < 0 ? 0 : (int)s;
	return 1;
}

static int h_sort(tui *t, int key)
{
	static const char *const what[HIST_N] = {"orders", "last purchase", "spend"};
	t->hist_sort = (t->hist_sort + (key == '>' ? 1 : HIST_N - 1)) % HIST_N;
	t->hist_scroll = 0;
	tui_status(t, 0, "history sorted by %s", what[t->hist_sort]);
	return 1;
}

/* ==== 4 Recommend ==== */

/* The engine's note when the labels moved since the model was trained, into buf; 1 when
 * there is one (it takes a line under the recommendations). */
/* Whether the recommendations shown have class probability columns (a model is known). */
static int rec_has_probs(const tui *t)
{
	for (int i = 0; i < t->rec_out.n; i++)
		for (int c = 0; t->rec_out.b[i].tab && c < t->rec_out.b[i].tab->ncols; c++)
			if (strncmp(t->rec_out.b[i].tab->head[c], "P(", 2) == 0)
				return 1;
	return 0;
}

static int rec_note(const tui *t, char *buf, size_t size)
{
	return *model_labels_note(t->app->model, &t->app->labels, buf, size) != '\0';
}

void rec_draw(tui *t)
{
	if (!t->users.n_all || tui_caches_stale(t)) {   /* t27 F0: a NULL or other dataset */
		tui_put(3, 2, t->cols - 4, tui_no_data(t));
		keys_hint(t, t->rows - 2);
		return;
	}
	int up_h, lw, low_y, low_h;
	browse_layout(t, &up_h, &lw, &low_y, &low_h);
	list_draw(t, &t->users, 1, 1, 0, lw, up_h, t->rec_focus == REC_LIST);
	browse_frame(t, up_h, lw);
	uint32_t u = list_current(&t->users);
	if (u != RR_NONE) {
		draw_history(t, u, 1, lw + 2, t->cols - lw - 3, up_h);
	} else {   /* the pane's title all the same: it shows the focus (tui_title_attr) */
		int ta = tui_title_attr(t, t->rec_focus == REC_HIST);
		attron(ta);
		mvhline(1, lw + 2, ' ', t->cols - lw - 3);
		tui_put(1, lw + 2, t->cols - lw - 3, "history: no customer selected");
		attroff(ta);
	}
	const char *uname = u != RR_NONE ? dataset_user_name(t->app->ds, u) : "";
	/* P(class) columns squeeze descriptions and reasons below ~140 columns: p shows them, and
	 * the title says so when they are hidden (t20: at 100 columns nothing said they exist) */
	int hide = !(t->rec_probs < 0 ? t->cols >= 140 : t->rec_probs);
	const char *more = hide && rec_has_probs(t) ? "   (p: class probabilities)" : "";
	int ta = tui_title_attr(t, t->rec_focus == REC_RESULTS);
	attron(ta);
	if (t->rec_out.n && (t->rec_user == u || u == RR_NONE))
		tui_putf(low_y, 2, t->cols - 4, " %s%s ", t->rec_out.title, more);
	else if (t->rec_out.n)
		tui_putf(low_y, 2, t->cols - 4, " %s   (Enter: the same for %s)%s ", t->rec_out.title, uname,
			 more);
	else if (u != RR_NONE)
		tui_putf(low_y, 2, t->cols - 4, " press Enter for the top %d items for customer %s%s ", t->rec_k,
			 uname, t->rec_owned ? " (owned included)" : "");
	else
		tui_put(low_y, 2, t->cols - 4, " recommendations: no customer selected ");
	attroff(ta);
	tui_out shown = t->rec_out; /* a view: the same blocks, its own hidden columns */
	shown.hide = hide ? "P(" : NULL;
	shown.sel = t->rec_focus != REC_RESULTS ? 0 : t->rec_out.sel ? t->rec_out.sel : 1;
	/* the engine's word when the labels moved since the model was trained: a line of its own
	 * under the recommendations */
	char note[160];
	int noted = rec_note(t, note, sizeof note);
	int bold = t->rec_focus == REC_RESULTS ? A_BOLD : 0;
	attron(bold);
	tui_unshown();
	out_draw(t, &shown, low_y + 1, 1, low_h - 1 - noted, t->cols - 2);
	attroff(bold);
	tui_unshown_note(t, low_y, 2, t->cols - 4);
	if (noted) {
		attron(tui_attr(t, C_ERR));
		tui_put(t->rows - 3, 1, t->cols - 2, note);
		attroff(tui_attr(t, C_ERR));
	}
	keys_hint(t, t->rows - 2);
}

/* A command line, allocated (the caller frees it), or NULL said on the status line. */
static char *line_alloc(tui *t, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
static char *line_alloc(tui *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *line = tui_vline(t, fmt, ap);
	va_end(ap);
	return line;
}

/* `recommend U K [--owned]` with the screen's K and --owned, allocated, or NULL when u is
 * RR_NONE (list_pick said why) or memory ran out. */
static char *rec_cmd(tui *t, uint32_t u)
{
	if (u == RR_NONE)
		return NULL;
	const char *id = dataset_user_name(t->app->ds, u), *owned = t->rec_owned ? " --owned" : "";
	int marked = cmd_value_is_optlike(id);   /* recommend --owned -- --17850 5 */
	char *q = quote_word(t, id, 1);
	char *line = q ? line_alloc(t, "recommend%s %s %d%s", marked ? owned : "", q, t->rec_k,
				    marked ? "" : owned) : NULL;
	free(q);
	return line;
}

/* rec_cmd run: tui_exec's answer, or -1. browse_follow takes the screen's state from the line. */
static int rec_line(tui *t, uint32_t u)
{
	char *line = rec_cmd(t, u);
	int rc = line ? tui_exec(t, &t->rec_out, "%s", line) : -1;
	free(line);
	return rc;
}

static int rec_run(tui *t, int key)
{
	(void)key;
	rec_line(t, list_pick(t, &t->users, "customer"));
	return 1;
}

/* The customer o and +/- recommend for: the one of the list shown (a key changes one thing
 * of it, t28 F1), else the selected one. */
static uint32_t rec_subject(tui *t)
{
	return t->rec_out.n && t->rec_user != RR_NONE ? t->rec_user : list_pick(t, &t->users, "customer");
}

/* The recommendations' table (the first of the output), or NULL. */
static const rr_table *rec_table(const tui *t)
{
	for (int i = 0; i < t->rec_out.n; i++)
		if (t->rec_out.b[i].tab)
			return t->rec_out.b[i].tab;
	return NULL;
}

/* The stock code of the selected recommendation, or NULL (none shown). */
static const char *rec_selected_code(const tui *t)
{
	const rr_table *tab = rec_table(t);
	int sel = t->rec_out.sel ? t->rec_out.sel : 1;   /* fresh recommendations: the first */
	if (!tab || sel > tab->nrows)
		return NULL;
	for (int c = 0; c < tab->ncols; c++)
		if (tab->head[c] && strcmp(tab->head[c], "stock code") == 0)
			return table_get(tab, sel - 1, c);
	return NULL;
}

/* Up/Down select a recommendation (the audience and Enter act on it), the page following. */
static int r_results(tui *t, int key)
{
	int d = key == TK(KEY_UP) || key == 'k' ? -1 : key == TK(KEY_DOWN) || key == 'j' ? 1
		: key == TK(KEY_PPAGE) ? -10 : key == TK(KEY_NPAGE) ? 10
		: key == TK(KEY_HOME) || key == 'g' ? -(1 << 20) : 1 << 20;
	char note[160];
	int rows = browse_out_rows(t) - rec_note(t, note, sizeof note);
	const rr_table *tab = rec_table(t);
	if (!tab || tab->nrows == 0) {
		out_scroll(&t->rec_out, d, rows);
		return 1;
	}
	long sel = (t->rec_out.sel ? t->rec_out.sel : 1) + (long)d;   /* 0 shows as the first */
	t->rec_out.sel = (int)(sel < 1 ? 1 : sel > tab->nrows ? tab->nrows : sel);
	int line = out_table_line(&t->rec_out, t->rec_out.sel - 1), vis = rows > 2 ? rows - 1 : rows;
	if (line < t->rec_out.scroll)
		out_scroll(&t->rec_out, line - t->rec_out.scroll, rows);
	else if (line >= t->rec_out.scroll + vis)
		out_scroll(&t->rec_out, line - t->rec_out.scroll - vis + 1, rows);
	return 1;
}

/* The audience of an item in the pop-up: `audience CODE` (queued while a command runs). */
static int run_audience(tui *t, const char *code)
{
	line_with_id(t, "audience", code);
	return 1;
}

static int r_audience(tui *t, int key)
{
	(void)key;
	const char *code = rec_selected_code(t);
	if (!code) {
		tui_status(t, 1, "no recommendation selected: Enter on a customer lists them");
		return 1;
	}
	if (t->rec_focus != REC_RESULTS) {   /* the list's cursor may be on another customer */
		tui_status(t, 1, "a shows a recommendation's audience: select one in the recommendations (%s)",
			   t->utf8 ? "\u2192" : "Right");
		return 1;
	}
	return run_audience(t, code);
}

/* Enter on a recommendation: its rules on the Together screen and its audience over them. */
static int r_open(tui *t, int key)
{
	const char *code = rec_selected_code(t);
	if (!code)
		return rec_run(t, key);   /* no recommendation yet: Enter recommends */
	(void)key;
	char *c = strdup(code);   /* the table goes when the screen's output changes */
	if (!c) {
		tui_status(t, 1, "out of memory: the command did not run");
		return 1;
	}
	line_with_id(t, "together", c);
	line_with_id(t, "audience", c);
	free(c);
	return 1;
}

static int r_pane(tui *t, int key)
{
	int right = key == TK(KEY_RIGHT) || key == 'l';
	if (right && t->rec_focus < REC_RESULTS)
		t->rec_focus++;
	else if (!right && t->rec_focus > REC_LIST)
		t->rec_focus--;
	return 1;
}

static int r_probs(tui *t, int key)
{
	(void)key;
	t->rec_probs = !(t->rec_probs < 0 ? t->cols >= 140 : t->rec_probs);
	if (!t->app->model) /* the columns come from the relevance model (t28 F13: said "shown") */
		tui_status(t, 0, "class probabilities come from a trained model: train one (3, then t) or :open FILE");
	else
		tui_status(t, 0, "class probabilities %s", t->rec_probs ? "shown" : "hidden (p shows them)");
	return 1;
}

/* o and +/- change the state the next recommend is built from; with a list shown they run it
 * at once, and a run that fails leaves the state as the list shown (it stays) */
static int r_owned(tui *t, int key)
{
	(void)key;
	t->rec_owned = !t->rec_owned;
	tui_status(t, 0, "owned items %s", t->rec_owned ? "included (--owned)" : "excluded");
	if (t->rec_out.n && rec_line(t, rec_subject(t)) < 0)
		t->rec_owned = !t->rec_owned;
	return 1;
}

/* K from +/- (both screens): five more or fewer, 1 to 100; a K typed beyond 100 goes down
 * from where it is and + keeps it */
static int step_k(int k, int key)
{
	if (key == '-')
		return k > 6 ? k - 5 : 1;
	return k >= 100 ? k : k + 5 > 100 ? 100 : k + 5;
}

static int r_k(tui *t, int key)
{
	int old = t->rec_k;
	t->rec_k = step_k(old, key);
	tui_status(t, 0, "K = %d", t->rec_k);
	if (t->rec_out.n && t->rec_k != old && rec_line(t, rec_subject(t)) < 0)
		t->rec_k = old;
	return 1;
}

/* ==== v: the whole of what a pane cuts ==== */

/* v's window: its text under its title, in the output pop-up (wrapped to its width, Esc
 * closes it), after the message line when the status line cuts it (v is where that says it is
 * whole); v is emptied. */
static void view_show(tui *t, tui_out *v)
{
	char msg[1024];
	tui_out all = {0};
	int cut = tui_status_cut(t, msg, sizeof msg);
	if (cut) {
		snprintf(all.title, sizeof all.title, "%s", v->title);
		out_text(&all, msg);
		out_text(&all, "");
		for (int i = 0; i < v->n; i++)
			if (v->b[i].text)
				out_text(&all, v->b[i].text);
			else if (v->b[i].tab)
				out_table(&all, v->b[i].tab);
	}
	tui_popup_show(t, cut ? &all : v);
	out_free(&all);
	out_free(v);
}

/* Customer u and the history rows on view, each whole (the pane cuts descriptions). */
static void view_history(tui *t, uint32_t u, tui_out *v)
{
	const rr_dataset *d = t->app->ds;
	size_t n;
	size_t *ix = history_sorted(t, u, &n);
	if (!ix)
		return;
	char line[512], b[32], m[32];
	history_summary(t, u, n, line, sizeof line);
	out_text(v, line);
	size_t first = (size_t)t->hist_scroll < n ? (size_t)t->hist_scroll : 0, k;
	for (k = first; k < n && k < first + (size_t)history_rows(t); k++) {
		const rr_pair *p = &d->pairs[ix[k]];
		const char *code = dataset_item_name(d, p->item), *desc = dataset_item_desc(d, p->item);
		char *row = malloc(strlen(code) + strlen(desc) + 128);
		if (!row)
			break;
		sprintf(row, "  %s  %s  orders %u, last %s, spend %s", code, desc, (unsigned)p->orders,
			pair_day(p, b, sizeof b), hist_money(p->spend, m, sizeof m));
		out_text(v, row);
		free(row);
	}
	snprintf(line, sizeof line, "(items %zu-%zu of %zu, as the history pane shows them)", first + 1, k, n);
	out_text(v, line);
	free(ix);
}

/* v on Recommend: the focused pane's selection whole, the customer and their history rows on
 * view, or the selected recommendation a column a line (its description and reason). */
static int r_view(tui *t, int key)
{
	(void)key;
	tui_out v = {0};
	if (t->rec_focus != REC_RESULTS) {
		uint32_t u = list_pick(t, &t->users, "customer");
		if (u == RR_NONE)
			return 1;
		view_history(t, u, &v);
		snprintf(v.title, sizeof v.title, "customer %.100s", dataset_user_name(t->app->ds, u));
		view_show(t, &v);
		return 1;
	}
	const rr_table *tab = rec_table(t);
	int sel = t->rec_out.sel ? t->rec_out.sel : 1;
	if (!tab || sel > tab->nrows) {
		tui_status(t, 1, "no recommendation selected: Enter on a customer lists them");
		return 1;
	}
	out_text(&v, tab->title ? tab->title : t->rec_out.title);
	out_fields(&v, tab, sel - 1, 0);
	for (int b = 0; b < t->rec_out.n; b++)   /* what the score means, notes: cut too */
		if (t->rec_out.b[b].text && !t->rec_out.b[b].timing)
			out_text(&v, t->rec_out.b[b].text);
	snprintf(v.title, sizeof v.title, "%.100s: row %d of %d", t->rec_out.title, sel, tab->nrows);
	view_show(t, &v);
	return 1;
}

#define MOVE_KEYS TK(KEY_UP), 'k', TK(KEY_DOWN), 'j', TK(KEY_PPAGE), TK(KEY_NPAGE), TK(KEY_HOME), \
		  TK(KEY_END)
#define F_LIST (1u << REC_LIST)
#define F_HIST (1u << REC_HIST)
#define F_RESULTS (1u << REC_RESULTS)
const char *const rec_pane_names[] = {"the list", "the history", "the recommendations", NULL};

const tui_key rec_keys[] = {
	{{'/'}, "/", NULL, "search", "search customers by id or country (Enter ends the search; a second Enter recommends)",
	 b_search, NULL,
	 KW_ALWAYS | KW_LOADING, 0},
	{{MOVE_KEYS}, "\u2191/\u2193", "Up/Down", "select",
	 "select a customer (PgUp/PgDn, Home/End too)", list_key, NULL, KW_ALWAYS, F_LIST},
	{{MOVE_KEYS}, "\u2191/\u2193", "Up/Down", "scroll", "scroll the customer's history",
	 h_scroll, NULL, KW_ALWAYS, F_HIST},
	{{MOVE_KEYS}, "\u2191/\u2193", "Up/Down", "select", "select a recommendation", r_results,
	 NULL, KW_ALWAYS, F_RESULTS},
	{{'\n', '\r', TK(KEY_ENTER)}, "Enter", NULL, "rules + audience",
	 "the selected recommendation's rules (Together) and its audience", r_open,
	 "together ITEM; audience ITEM", KW_ALWAYS, F_RESULTS},
	{{'a'}, "a", NULL, "audience",
	 "the customers most likely to buy the selected recommendation", r_audience,
	 "audience ITEM", KW_ALWAYS, 0},
	{{'\n', '\r', TK(KEY_ENTER)}, "Enter", NULL, "recommend",
	 "recommend for the selected customer (waits its turn while a command runs)", rec_run,
	 "recommend USER K", KW_ALWAYS, F_LIST | F_HIST},
	{{TK(KEY_LEFT), 'h', TK(KEY_RIGHT), 'l'}, "\u2190/\u2192", "Left/Right", "pane",
	 "move between the list, the history and the recommendations", r_pane, NULL, KW_ALWAYS, 0},
	{{'v'}, "v", NULL, "whole",
	 "the whole of what the pane cuts (\u2026), in a window: in the list or the history, the "
	 "customer and the history rows on view; in the recommendations, the selected one, a column "
	 "a line", r_view, NULL, KW_ALWAYS, 0},
	{{'<', '>'}, "< >", NULL, "sort history", "sort the history by orders, last purchase or spend",
	 h_sort, NULL, KW_ALWAYS, 0},
	{{'o'}, "o", NULL, "owned", "include the items the customer owns, or not", r_owned,
	 "recommend USER K --owned", KW_IDLE, 0},
	{{'p'}, "p", NULL, "P(class)", "show or hide the class probability columns", r_probs, NULL,
	 KW_ALWAYS, 0},
	{{'+', '-'}, "+/-", NULL, "K", "five more or fewer items (1 to 100)", r_k, "recommend USER K",
	 KW_IDLE, 0},
	{{TK_ESC}, "Esc", NULL, NULL, "back to the list; there, clear the search", b_clear, NULL,
	 KW_IDLE, 0},
	{{0}, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0},
};

/* ==== 5 Together ==== */

/* The Together screen's state in words, as its panel and the status line say it: the
 * thresholds a typed --min-confidence or --min-lift keeps too (t28: they were kept and used by
 * every key but not shown). */
static void tog_state(const tui *t, char *buf, size_t size)
{
	snprintf(buf, size, "K %d, by %s, n_xy >= %d%s%s%s%s", t->tog_k, t->tog_conf ? "confidence" : "lift",
		 t->tog_min, *t->tog_min_conf ? ", confidence >= " : "", t->tog_min_conf,
		 *t->tog_min_lift ? ", lift >= " : "", t->tog_min_lift);
}

static void tog_item_info(const tui *t, uint32_t i, int x, int w)
{
	const rr_dataset *d = t->app->ds;
	char a[32], b[32];
	attron(A_BOLD);
	tui_putf(1, x, w, "%s", dataset_item_name(d, i));
	attroff(A_BOLD);
	tui_put_words(2, x, w, 1, dataset_item_desc(d, i));
	/* the rules below count baskets: every invoice, with a customer id or not. The item's own
	 * count is of the kept rows': with a customer id only while the customer rule drops the
	 * rest (t37 #4: with it off, the rows without one counted under these words) */
	tui_putf(4, x, w, "%s invoice%s%s", tui_num(d->item_invoices[i], a, sizeof a),
		 d->item_invoices[i] == 1 ? "" : "s",
		 t->app->clean.on[RR_RULE_CUSTOMER] ? " with a customer id" : ", with a customer id or not");
	tui_putf(5, x, w, "%s customer%s bought it", tui_num(d->item_buyers[i], b, sizeof b),
		 d->item_buyers[i] == 1 ? "" : "s");
	/* at 80 columns these lines are cut: at a word, the figures first (t15: "in baskets o") */
	char state[256], opts[320];
	tog_state(t, state, sizeof state);
	snprintf(opts, sizeof opts, "%s (together ITEM: support, confidence, lift)", state);
	attron(tui_attr(t, C_DIM));
	tui_put_words(7, x, w, 1, "Enter: the items bought with it, in baskets of all invoices");
	tui_put_words(8, x, w, 1, opts);
	attroff(tui_attr(t, C_DIM));
}

void tog_draw(tui *t)
{
	if (!t->items.n_all || tui_caches_stale(t)) {
		tui_put(3, 2, t->cols - 4, tui_no_data(t));
		keys_hint(t, t->rows - 2);
		return;
	}
	int up_h, lw, low_y, low_h;
	browse_layout(t, &up_h, &lw, &low_y, &low_h);
	lw += 6; /* descriptions are long */
	list_draw(t, &t->items, 0, 1, 0, lw, up_h, 1);
	browse_frame(t, up_h, lw);
	uint32_t i = list_current(&t->items);
	if (i != RR_NONE)
		tog_item_info(t, i, lw + 2, t->cols - lw - 3);
	attron(A_BOLD);
	if (t->tog_out.n)
		tui_putf(low_y, 2, t->cols - 4, " %s%s ", t->tog_out.title,
			 t->tog_item == i || i == RR_NONE ? "" : "   (Enter: the same for the selected item)");
	else
		tui_put(low_y, 2, t->cols - 4, " press Enter for the items bought together with the selected one ");
	attroff(A_BOLD);
	tui_out shown = t->tog_out; /* a view: the same blocks, the rules' header kept in view */
	shown.sticky = 1;
	tui_unshown();
	out_draw(t, &shown, low_y + 1, 1, low_h - 1, t->cols - 2);
	tui_unshown_note(t, low_y, 2, t->cols - 4);
	keys_hint(t, t->rows - 2);
}

/* `together ITEM ...` for item i or, when i is RR_NONE, `together --user U ...` for customer
 * u, with the screen's K and options, allocated; NULL when there is neither (list_pick said
 * why) or memory ran out. The defaults are left out: the journal reads as typed. */
static char *tog_cmd(tui *t, uint32_t i, uint32_t u)
{
	if (i == RR_NONE && u == RR_NONE)
		return NULL;
	const rr_dataset *d = t->app->ds;
	char *q = quote_word(t, i != RR_NONE ? dataset_item_name(d, i) : dataset_user_name(d, u),
			     i != RR_NONE);
	if (!q)
		return NULL;
	char k[32] = "", min[32] = "", opts[256];
	if (t->tog_k != K0)
		snprintf(k, sizeof k, " %d", t->tog_k);
	if (t->tog_min != MIN_COUNT0)
		snprintf(min, sizeof min, " --min-count %d", t->tog_min);
	snprintf(opts, sizeof opts, "%s%s%s%s%s%s", t->tog_conf ? " --by confidence" : "", min,
		 *t->tog_min_conf ? " --min-confidence " : "", t->tog_min_conf,
		 *t->tog_min_lift ? " --min-lift " : "", t->tog_min_lift);
	/* an item --X after "--", the options before it; --user takes any word as its value */
	int marked = i != RR_NONE && cmd_value_is_optlike(dataset_item_name(d, i));
	char *line = marked ? line_alloc(t, "together%s %s%s", opts, q, k)
			    : line_alloc(t, "together %s%s%s%s", i != RR_NONE ? "" : "--user ", q, k, opts);
	free(q);
	return line;
}

/* tog_cmd run: tui_exec's answer, or -1. */
static int tog_line(tui *t, uint32_t i, uint32_t u)
{
	char *line = tog_cmd(t, i, u);
	int rc = line ? tui_exec(t, &t->tog_out, "%s", line) : -1;
	free(line);
	return rc;
}

/* One pane listed again under the rules now in force: its own line, as a look (not journaled:
 * the list it replaces was), or emptied when that fails, never left offering what the rules
 * forbid. */
static void rules_relist(tui *t, tui_out *pane, uint64_t *gen, char *line)
{
	*gen = t->app->rules.gen;
	if (!line || tui_refresh(t, pane, line) != 0)
		out_clear(pane);
	free(line);
}

void browse_rules_follow(tui *t)
{
	uint64_t g = t->app->rules.gen;
	if (t->busy || !t->app->ds)
		return;
	if (t->rec_out.n && t->rec_rules_gen != g)
		rules_relist(t, &t->rec_out, &t->rec_rules_gen, rec_cmd(t, t->rec_user));
	if (t->tog_out.n && t->tog_rules_gen != g)
		rules_relist(t, &t->tog_out, &t->tog_rules_gen, tog_cmd(t, t->tog_item, t->tog_user));
}

static int tog_run(tui *t, int key)
{
	(void)key;
	tog_line(t, list_pick(t, &t->items, "item"), RR_NONE);
	return 1;
}

static int g_audience(tui *t, int key)
{
	(void)key;
	uint32_t i = list_pick(t, &t->items, "item");
	if (i == RR_NONE)
		return 1;
	return run_audience(t, dataset_item_name(t->app->ds, i));
}

static int g_rules(tui *t, int key)
{
	out_scroll(&t->tog_out, key == ']' ? 5 : -5, browse_out_rows(t));
	return 1;
}

/* --min-count from m/M: the next step below or above n (a typed 30 goes to 20 or 50) */
static int step_min(int n, int up)
{
	static const int mins[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
	int v = n;
	for (size_t j = 0; j < sizeof mins / sizeof *mins; j++)
		if (up ? mins[j] > n : mins[j] < n) {
			v = mins[j];
			if (up)
				break;
		}
	return v;
}

/* K, --by and --min-count: each change shows at once when rules are on the screen, for the
 * item (or customer) they are from; a run that fails leaves the state as the rules shown */
static int g_option(tui *t, int key)
{
	int k = t->tog_k, conf = t->tog_conf, min = t->tog_min;
	if (key == '+' || key == '-')
		t->tog_k = step_k(k, key);
	else if (key == 'b')
		t->tog_conf = !conf;
	else
		t->tog_min = step_min(min, key == 'M');
	char state[256];
	tog_state(t, state, sizeof state);
	tui_status(t, 0, "together: %s", state);
	if (!t->tog_out.n || (t->tog_k == k && t->tog_conf == conf && t->tog_min == min))
		return 1;
	int shown = t->tog_item != RR_NONE || t->tog_user != RR_NONE;
	if (tog_line(t, shown ? t->tog_item : list_pick(t, &t->items, "item"), shown ? t->tog_user : RR_NONE) < 0) {
		t->tog_k = k;
		t->tog_conf = conf;
		t->tog_min = min;
	}
	return 1;
}

/* v on Together: the selected item's code and description whole and, when the rules shown
 * are its own, each rule whole in a line (the panes cut descriptions). */
static int g_view(tui *t, int key)
{
	(void)key;
	const rr_dataset *d = t->app->ds;
	uint32_t i = list_pick(t, &t->items, "item");
	if (i == RR_NONE)
		return 1;
	tui_out v = {0};
	const char *code = dataset_item_name(d, i), *desc = dataset_item_desc(d, i);
	char *line = malloc(strlen(code) + strlen(desc) + 4);
	if (line) {
		sprintf(line, "%s  %s", code, desc);
		out_text(&v, line);
		free(line);
	}
	int own = t->tog_out.n && t->tog_item == i && t->tog_user == RR_NONE;
	for (int b = 0; own && b < t->tog_out.n; b++) {
		const rr_table *tab = t->tog_out.b[b].tab;
		if (!tab) {
			if (!t->tog_out.b[b].timing)
				out_text(&v, t->tog_out.b[b].text);
			continue;
		}
		if (tab->title)
			out_text(&v, tab->title);
		for (int r = 0; r < tab->nrows; r++)
			out_fields(&v, tab, r, 1);
	}
	if (!own)
		out_text(&v, "(Enter: the items bought with it)");
	snprintf(v.title, sizeof v.title, "item %.100s", code);
	view_show(t, &v);
	return 1;
}

const tui_key tog_keys[] = {
	{{'/'}, "/", NULL, "search", "search items by stock code or description (Enter ends the search; a second Enter shows "
	 "the rules)", b_search, NULL,
	 KW_ALWAYS | KW_LOADING, 0},
	{{MOVE_KEYS}, "\u2191/\u2193", "Up/Down", "select", "select an item (PgUp/PgDn, Home/End too)",
	 list_key, NULL, KW_ALWAYS, 0},
	{{'\n', '\r', TK(KEY_ENTER)}, "Enter", NULL, "rules",
	 "the rules from the selected item (waits its turn while a command runs)", tog_run,
	 "together ITEM", KW_ALWAYS, 0},
	{{'a'}, "a", NULL, "audience", "the customers most likely to buy the selected item",
	 g_audience, "audience ITEM", KW_ALWAYS, 0},
	{{'v'}, "v", NULL, "whole",
	 "the whole of what the panes cut (\u2026), in a window: the selected item's description "
	 "and, when the rules shown are its own, each rule whole", g_view, NULL,
	 KW_ALWAYS, 0},
	{{'[', ']'}, "[ ]", NULL, "scroll", "scroll the rules", g_rules, NULL, KW_ALWAYS, 0},
	{{'+', '-'}, "+/-", NULL, "K", "five more or fewer rules (1 to 100)", g_option, "together ITEM K",
	 KW_IDLE, 0},
	{{'b'}, "b", NULL, "by", "sort the rules by lift or by confidence", g_option,
	 "together ITEM --by confidence", KW_IDLE, 0},
	{{'m', 'M'}, "m/M", NULL, "min count", "fewer or more invoices a rule needs (1 to 1000)",
	 g_option, "together ITEM --min-count N", KW_IDLE, 0},
	{{TK_ESC}, "Esc", NULL, NULL, "clear the search", b_clear, NULL, KW_IDLE, 0},
	{{0}, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0},
};

void browse_free(tui *t)
{
	free(t->users.all);
	free(t->users.shown);
	free(t->items.all);
	free(t->items.shown);
	lf_free(&t->users.find);
	lf_free(&t->items.find);
	memset(&t->users, 0, sizeof t->users);
	memset(&t->items, 0, sizeof t->items);
}
