/* tui_browse.c — screens 4 Recommend (a searchable customer list, the customer's history,
 * and `recommend USER K` for the selected one), 5 Together (a searchable item list and
 * `together ITEM`) and 6 Runs (`runs`). The lists and histories are read from the session;
 * recommendations and rules are the commands' own output, captured by the sink. */
#define _XOPEN_SOURCE 700
#include "tui.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest.h"
#include "strtab.h"

/* one word of the command language: quoted when it has spaces, quotes or a leading '#' */
static const char *quote_word(const char *s, char *buf, size_t n)
{
	if (*s && !strpbrk(s, " \t\"'\\") && *s != '#') {
		snprintf(buf, n, "%s", s);
		return buf;
	}
	size_t k = 0;
	buf[k++] = '"';
	for (; *s && k + 3 < n; s++) {
		if (*s == '"' || *s == '\\')
			buf[k++] = '\\';
		buf[k++] = *s;
	}
	buf[k++] = '"';
	buf[k] = '\0';
	return buf;
}

static int contains_ci(const char *hay, const char *needle)
{
	if (!*needle)
		return 1;
	for (; *hay; hay++) {
		const char *h = hay, *n = needle;
		while (*h && *n && tolower((unsigned char)*h) == tolower((unsigned char)*n)) {
			h++;
			n++;
		}
		if (!*n)
			return 1;
	}
	return 0;
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

static int matches(const rr_dataset *d, int users, uint32_t k, const char *f)
{
	if (users)
		return contains_ci(dataset_user_name(d, k), f) || contains_ci(user_country(d, k), f);
	return contains_ci(dataset_item_name(d, k), f) || contains_ci(dataset_item_desc(d, k), f);
}

static void list_apply(tui *t, tui_list *l, int users)
{
	const rr_dataset *d = t->app->ds;
	l->n_shown = 0;
	for (uint32_t i = 0; i < l->n_all; i++)
		if (matches(d, users, l->all[i], l->filter))
			l->shown[l->n_shown++] = l->all[i];
	if (l->sel >= (int)l->n_shown)
		l->sel = l->n_shown ? (int)l->n_shown - 1 : 0;
	if (l->sel < 0)
		l->sel = 0;
}

/* (Re)build a list when the dataset changed. 0, or -1 without data. */
static int list_ensure(tui *t, tui_list *l, int users)
{
	const rr_dataset *d = t->app->ds;
	if (!d) {
		l->n_all = l->n_shown = 0;
		return -1;
	}
	if (l->ds_gen == d->gen && l->all)
		return 0;
	uint32_t n = users ? d->n_users : d->n_items;
	free(l->all);
	free(l->shown);
	l->all = malloc(((size_t)n + 1) * sizeof *l->all);
	l->shown = malloc(((size_t)n + 1) * sizeof *l->shown);
	if (!l->all || !l->shown) {
		free(l->all);
		free(l->shown);
		l->all = l->shown = NULL;
		l->n_all = l->n_shown = 0;
		return -1;
	}
	for (uint32_t i = 0; i < n; i++)
		l->all[i] = i;
	g_ds = d;
	qsort(l->all, n, sizeof *l->all, users ? cmp_users : cmp_items);
	l->n_all = n;
	l->ds_gen = d->gen;
	l->sel = l->top = 0;
	list_apply(t, l, users);
	return 0;
}

static int list_key(tui_list *l, int key, int page)
{
	int n = (int)l->n_shown;
	switch (key) {
	case TK(KEY_UP): case 'k': l->sel--; break;
	case TK(KEY_DOWN): case 'j': l->sel++; break;
	case TK(KEY_PPAGE): l->sel -= page; break;
	case TK(KEY_NPAGE): l->sel += page; break;
	case TK(KEY_HOME): case 'g': l->sel = 0; break;
	case TK(KEY_END): case 'G': l->sel = n - 1; break;
	default: return 0;
	}
	if (l->sel >= n)
		l->sel = n - 1;
	if (l->sel < 0)
		l->sel = 0;
	return 1;
}

static uint32_t list_current(const tui_list *l)
{
	return l->n_shown ? l->shown[l->sel] : RR_NONE;
}

void browse_filter(tui *t, const char *utf8)
{
	tui_list *l = t->screen == SCR_REC ? &t->users : t->screen == SCR_TOG ? &t->items : NULL;
	if (!l)
		return;
	snprintf(l->filter, sizeof l->filter, "%s", utf8);
	l->sel = l->top = 0;
	if (list_ensure(t, l, l == &t->users) == 0)
		list_apply(t, l, l == &t->users);
}

/* Draw a list in the rectangle; its header on row y shows the filter or the search editor. */
static void list_draw(tui *t, tui_list *l, int users, int y, int x, int w, int h, int focus)
{
	const rr_dataset *d = t->app->ds;
	char b[64], c[64];
	if (t->ed.kind == ED_SEARCH && t->screen == (users ? SCR_REC : SCR_TOG)) {
		attron(A_BOLD);
		edit_draw(t, y, x, w, "/");
		attroff(A_BOLD);
	} else if (l->filter[0]) {
		attron(A_BOLD);
		tui_putf(y, x, w, "/%s  %s of %s", l->filter, tui_num(l->n_shown, b, sizeof b),
			 tui_num(l->n_all, c, sizeof c));
		attroff(A_BOLD);
	} else {
		attron(A_BOLD);
		tui_putf(y, x, w, "%s %s", tui_num(l->n_all, b, sizeof b), users ? "customers" : "items");
		attroff(A_BOLD);
		attron(tui_attr(t, C_DIM));
		tui_put(y, x + w - 9, 9, "/ search");
		attroff(tui_attr(t, C_DIM));
	}
	attron(A_UNDERLINE);
	mvhline(y + 1, x, ' ', w);
	if (users) {
		tui_put(y + 1, x, w, "customer  country");
		tui_put_right(y + 1, x, w, "inv");
	} else {
		tui_put(y + 1, x, w, "code     description");
		tui_put_right(y + 1, x, w, "inv");
	}
	attroff(A_UNDERLINE);
	int rows = h - 2;
	if (rows < 1)
		return;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + rows)
		l->top = l->sel - rows + 1;
	if (l->n_shown == 0) {
		attron(tui_attr(t, C_DIM));
		tui_put(y + 2, x, w, l->n_all ? "nothing matches" : "no data loaded");
		attroff(tui_attr(t, C_DIM));
		return;
	}
	for (int r = 0; r < rows && l->top + r < (int)l->n_shown; r++) {
		int i = l->top + r, yy = y + 2 + r;
		uint32_t k = l->shown[i];
		int sel = i == l->sel;
		int a = sel ? (focus ? A_REVERSE : A_BOLD | A_UNDERLINE) : 0;
		attron(a);
		mvhline(yy, x, ' ', w);
		char n[32];
		snprintf(n, sizeof n, "%u", users ? d->user_invoices[k] : d->item_invoices[k]);
		int nw = (int)strlen(n) + 1;
		if (users) {
			tui_put(yy, x, 9, dataset_user_name(d, k));
			tui_put(yy, x + 10, w - 10 - nw, user_country(d, k));
		} else {
			tui_put(yy, x, 8, dataset_item_name(d, k));
			tui_put(yy, x + 9, w - 9 - nw, dataset_item_desc(d, k));
		}
		tui_put_right(yy, x, w, n);
		attroff(a);
	}
}

/* ==== 4 Recommend ==== */

static const rr_pair *g_pairs;

static int cmp_hist(const void *a, const void *b)
{
	const rr_pair *x = &g_pairs[*(const size_t *)a], *y = &g_pairs[*(const size_t *)b];
	if (x->orders != y->orders)
		return x->orders > y->orders ? -1 : 1;
	if (x->last != y->last)
		return x->last > y->last ? -1 : 1;
	return x->item < y->item ? -1 : x->item > y->item;
}

static void draw_history(tui *t, uint32_t u, int y, int x, int w, int h)
{
	const rr_dataset *d = t->app->ds;
	size_t lo = d->user_start[u], hi = d->user_start[u + 1], n = hi - lo;
	size_t *ix = malloc((n ? n : 1) * sizeof *ix);
	if (!ix)
		return;
	for (size_t i = 0; i < n; i++)
		ix[i] = lo + i;
	g_pairs = d->pairs;
	qsort(ix, n, sizeof *ix, cmp_hist);
	char a[32], b[32];
	attron(A_BOLD);
	tui_putf(y, x, w, "%s  %s  %u inv  %zu items  spend %s",
		 dataset_user_name(d, u), user_country(d, u), d->user_invoices[u], n,
		 tui_num(d->user_spend[u], a, sizeof a));
	attroff(A_BOLD);
	attron(A_UNDERLINE);
	mvhline(y + 1, x, ' ', w);
	tui_put(y + 1, x, w, "bought   description");
	tui_put_right(y + 1, x, w - 11, "orders");
	tui_put_right(y + 1, x, w, "last");
	attroff(A_UNDERLINE);
	int shown = n > (size_t)(h - 2) ? h - 3 : h - 2; /* keep the last row for "... more" */
	for (int r = 0; r < shown && (size_t)r < n; r++) {
		const rr_pair *p = &d->pairs[ix[r]];
		int yy = y + 2 + r;
		tui_put(yy, x, 8, dataset_item_name(d, p->item));
		tui_put(yy, x + 9, w - 9 - 19, dataset_item_desc(d, p->item));
		tui_putf(yy, x + w - 18, 6, "%6u", (unsigned)p->orders);
		ingest_format_minute(p->last, b, sizeof b);
		b[10] = '\0';
		tui_put_right(yy, x, w, b);
	}
	if (n > (size_t)(h - 2) && h > 2) {
		attron(tui_attr(t, C_DIM));
		tui_putf(y + h - 1, x, w, "... and %zu more", n - (size_t)shown);
		attroff(tui_attr(t, C_DIM));
	}
	free(ix);
}

/* Both browse screens: the list and what it selects side by side on top, the command's
 * output across the whole width below (recommendation and rule tables are wide). */
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

static int list_page(const tui *t)
{
	int up_h, lw, low_y, low_h;
	browse_layout(t, &up_h, &lw, &low_y, &low_h);
	return up_h > 3 ? up_h - 3 : 1;
}

static void browse_frame(const tui *t, int up_h, int lw)
{
	attron(tui_attr(t, C_DIM));
	mvvline(1, lw, ACS_VLINE, up_h);
	mvhline(1 + up_h, 0, ACS_HLINE, t->cols);
	mvaddch(1 + up_h, lw, ACS_BTEE);
	attroff(tui_attr(t, C_DIM));
}

static void hint(const tui *t, const char *u, const char *a)
{
	attron(tui_attr(t, C_DIM));
	tui_put(t->rows - 2, 1, t->cols - 2, t->utf8 ? u : a);
	attroff(tui_attr(t, C_DIM));
}

void rec_draw(tui *t)
{
	if (!t->rec_k)
		t->rec_k = 10;
	if (list_ensure(t, &t->users, 1) != 0) {
		tui_put(3, 2, t->cols - 4, "no data loaded: type :load FILE");
		return;
	}
	int up_h, lw, low_y, low_h;
	browse_layout(t, &up_h, &lw, &low_y, &low_h);
	list_draw(t, &t->users, 1, 1, 0, lw, up_h, t->rec_focus == 0);
	browse_frame(t, up_h, lw);
	uint32_t u = list_current(&t->users);
	if (u != RR_NONE)
		draw_history(t, u, 1, lw + 2, t->cols - lw - 3, up_h);
	const char *uname = u != RR_NONE ? dataset_user_name(t->app->ds, u) : "";
	attron(A_BOLD);
	if (t->rec_out.n && (t->rec_user == u || u == RR_NONE))
		tui_putf(low_y, 2, t->cols - 4, " %s ", t->rec_out.title);
	else if (t->rec_out.n)
		tui_putf(low_y, 2, t->cols - 4, " %s   (Enter: the same for %s) ", t->rec_out.title, uname);
	else if (u != RR_NONE)
		tui_putf(low_y, 2, t->cols - 4, " press Enter for the top %d items for customer %s%s ", t->rec_k,
			 uname, t->rec_owned ? " (owned included)" : "");
	attroff(A_BOLD);
	/* P(class) columns squeeze descriptions and reasons below ~140 columns: p shows them */
	int probs = t->rec_probs < 0 ? t->cols >= 140 : t->rec_probs;
	t->rec_out.hide = probs ? NULL : "P(";
	if (t->rec_focus)
		attron(A_BOLD);
	out_draw(t, &t->rec_out, low_y + 1, 1, low_h - 1, t->cols - 2);
	if (t->rec_focus)
		attroff(A_BOLD);
	if (t->rec_focus)
		hint(t, "\u2191/\u2193 PgUp/PgDn scroll the recommendations  \u2190 or Esc back to the list  o owned  +/- K",
		     "Up/Down PgUp/PgDn scroll  Left or Esc back to the list  o owned  +/- K");
	else
		hint(t, "/ search  \u2191/\u2193 select  Enter recommend  o owned  p P(class)  +/- K  \u2192 scroll results",
		     "/ search  Up/Down select  Enter recommend  o owned  p P(class)  +/- K  Right scroll results");
}

static void rec_run(tui *t)
{
	uint32_t u = list_current(&t->users);
	if (u == RR_NONE)
		return;
	char q[256];
	quote_word(dataset_user_name(t->app->ds, u), q, sizeof q);
	if (tui_exec(t, &t->rec_out, "recommend %s %d%s", q, t->rec_k, t->rec_owned ? " --owned" : "") == 0)
		t->rec_user = u;
}

int rec_key(tui *t, int key)
{
	if (list_ensure(t, &t->users, 1) != 0)
		return 0;
	if (t->rec_focus) {
		switch (key) {
		case TK(KEY_UP): case 'k': t->rec_out.scroll--; return 1;
		case TK(KEY_DOWN): case 'j': t->rec_out.scroll++; return 1;
		case TK(KEY_PPAGE): t->rec_out.scroll -= 10; return 1;
		case TK(KEY_NPAGE): t->rec_out.scroll += 10; return 1;
		case TK(KEY_LEFT): case 'h': case TK_ESC: t->rec_focus = 0; return 1;
		default: break;
		}
	} else if (list_key(&t->users, key, list_page(t))) {
		return 1;
	}
	switch (key) {
	case '\n': case '\r': case TK(KEY_ENTER):
		rec_run(t);
		return 1;
	case TK(KEY_RIGHT): case 'l':
		t->rec_focus = 1;
		return 1;
	case 'p':
		t->rec_probs = !(t->rec_probs < 0 ? t->cols >= 140 : t->rec_probs);
		tui_status(t, 0, "class probabilities %s", t->rec_probs ? "shown" : "hidden (p shows them)");
		return 1;
	case 'o':
		t->rec_owned = !t->rec_owned;
		tui_status(t, 0, "owned items %s", t->rec_owned ? "included (--owned)" : "excluded");
		if (t->rec_out.n)
			rec_run(t);
		return 1;
	case '+': case '-':
		t->rec_k += key == '+' ? 5 : -5;
		if (t->rec_k < 5)
			t->rec_k = 5;
		if (t->rec_k > 100)
			t->rec_k = 100;
		tui_status(t, 0, "K = %d", t->rec_k);
		if (t->rec_out.n)
			rec_run(t);
		return 1;
	case TK_ESC:
		if (t->users.filter[0]) {
			browse_filter(t, "");
			return 1;
		}
		return 0;
	default:
		return 0;
	}
}

/* ==== 5 Together ==== */

void tog_draw(tui *t)
{
	if (list_ensure(t, &t->items, 0) != 0) {
		tui_put(3, 2, t->cols - 4, "no data loaded: type :load FILE");
		return;
	}
	int up_h, lw, low_y, low_h;
	browse_layout(t, &up_h, &lw, &low_y, &low_h);
	lw += 6; /* descriptions are long */
	list_draw(t, &t->items, 0, 1, 0, lw, up_h, 1);
	browse_frame(t, up_h, lw);
	const rr_dataset *d = t->app->ds;
	uint32_t i = list_current(&t->items);
	int x = lw + 2, w = t->cols - x - 1;
	if (i != RR_NONE) {
		char a[32], b[32];
		attron(A_BOLD);
		tui_putf(1, x, w, "%s", dataset_item_name(d, i));
		attroff(A_BOLD);
		tui_putf(2, x, w, "%s", dataset_item_desc(d, i));
		tui_putf(4, x, w, "%s invoices of customers", tui_num(d->item_invoices[i], a, sizeof a));
		tui_putf(5, x, w, "%s customers bought it", tui_num(d->item_buyers[i], b, sizeof b));
		attron(tui_attr(t, C_DIM));
		tui_put(7, x, w, "Enter: the items bought with it");
		tui_put(8, x, w, "(together ITEM: support, confidence, lift)");
		attroff(tui_attr(t, C_DIM));
	}
	attron(A_BOLD);
	if (t->tog_out.n)
		tui_putf(low_y, 2, t->cols - 4, " %s%s ", t->tog_out.title,
			 t->tog_item == i || i == RR_NONE ? "" : "   (Enter: the same for the selected item)");
	else
		tui_put(low_y, 2, t->cols - 4, " press Enter for the items bought together with the selected one ");
	attroff(A_BOLD);
	out_draw(t, &t->tog_out, low_y + 1, 1, low_h - 1, t->cols - 2);
	hint(t, "/ search code or description  \u2191/\u2193 select  Enter rules  [ ] scroll the rules",
	     "/ search code or description  Up/Down select  Enter rules  [ ] scroll the rules");
}

int tog_key(tui *t, int key)
{
	if (list_ensure(t, &t->items, 0) != 0)
		return 0;
	if (list_key(&t->items, key, list_page(t)))
		return 1;
	switch (key) {
	case '\n': case '\r': case TK(KEY_ENTER): {
		uint32_t i = list_current(&t->items);
		if (i == RR_NONE)
			return 1;
		char q[256];
		quote_word(dataset_item_name(t->app->ds, i), q, sizeof q);
		if (tui_exec(t, &t->tog_out, "together %s", q) == 0)
			t->tog_item = i;
		return 1;
	}
	case ']': t->tog_out.scroll += 5; return 1;
	case '[': t->tog_out.scroll -= 5; return 1;
	case TK_ESC:
		if (t->items.filter[0]) {
			browse_filter(t, "");
			return 1;
		}
		return 0;
	default:
		return 0;
	}
}

/* ==== 6 Runs ==== */

void runs_draw(tui *t)
{
	attron(A_BOLD);
	tui_put(1, 1, t->cols - 2, "training runs of this session, side by side");
	attroff(A_BOLD);
	const rr_table *tab = NULL;
	for (int i = 0; i < t->runs_out.n && !tab; i++)
		tab = t->runs_out.b[i].tab;
	if (!t->runs_out.n) {
		attron(tui_attr(t, C_DIM));
		tui_put(3, 1, t->cols - 2, "no runs listed yet: train on screen 3, then r refreshes this table");
		attroff(tui_attr(t, C_DIM));
	} else if (t->runs_flat || !tab) {
		out_draw(t, &t->runs_out, 3, 1, t->rows - 6, t->cols - 2);
	} else {
		int y = 3;
		for (int i = 0; i < t->runs_out.n && y < t->rows - 4; i++)
			if (t->runs_out.b[i].text)
				tui_put(y++, 1, t->cols - 2, t->runs_out.b[i].text);
		int shown = table_draw_transposed(t, tab, y, 1, t->rows - 4 - y, t->cols - 2, &t->runs_first);
		if (shown < tab->nrows) {
			attron(tui_attr(t, C_DIM));
			tui_putf(t->rows - 4, 1, t->cols - 2, "runs %d-%d of %d", t->runs_first + 1,
				 t->runs_first + shown, tab->nrows);
			attroff(tui_attr(t, C_DIM));
		}
	}
	hint(t, "r refresh (runs)  \u2190/\u2192 earlier/later runs  t table as printed / runs as columns",
	     "r refresh (runs)  Left/Right earlier/later runs  t table as printed / runs as columns");
}

int runs_key(tui *t, int key)
{
	switch (key) {
	case 'r':
		if (tui_exec(t, &t->runs_out, "runs") == 0)
			t->runs_first = -1;
		t->runs_stale = 0;
		return 1;
	case 't':
		t->runs_flat = !t->runs_flat;
		return 1;
	case TK(KEY_LEFT): case 'h':
		if (t->runs_first > 0)
			t->runs_first--;
		return 1;
	case TK(KEY_RIGHT): case 'l':
		if (t->runs_first >= 0)
			t->runs_first++;
		return 1;
	case TK(KEY_UP): case 'k': t->runs_out.scroll--; return 1;
	case TK(KEY_DOWN): case 'j': t->runs_out.scroll++; return 1;
	case TK(KEY_PPAGE): t->runs_out.scroll -= 10; return 1;
	case TK(KEY_NPAGE): t->runs_out.scroll += 10; return 1;
	default: return 0;
	}
}

void browse_enter(tui *t, enum tui_screen s)
{
	if (s == SCR_RUNS && t->runs_stale && !t->busy) {
		t->runs_stale = 0;
		if (tui_exec(t, &t->runs_out, "runs") == 0)
			t->runs_first = -1;
	}
}

void browse_free(tui *t)
{
	free(t->users.all);
	free(t->users.shown);
	free(t->items.all);
	free(t->items.shown);
	memset(&t->users, 0, sizeof t->users);
	memset(&t->items, 0, sizeof t->items);
}
