/* tui_edit.c — the workbench's one-line editor, for `:` commands and `/` searches.
 *
 * Why our own editor and not readline's callback interface: readline owns the terminal while
 * it edits (it sets its own modes in rl_prep_terminal, redraws with its own escape sequences
 * and wraps long lines itself), so inside curses it needs rl_getc_function fed from our
 * get_wch loop, an rl_redisplay_function that copies rl_line_buffer into a curses window, and
 * prep/deprep hooks disabled — three hooks fighting over one screen, plus readline's global
 * state, which would also be live while `train` polls keys from inside a command. The line we
 * need is short and simple: wide-character editing (so '£' is one character), emacs keys,
 * history, and completion from the engine's cmd_complete, the one the prompt uses too. About
 * 300 lines, no hooks, and it draws like every other part of the screen. */
#define _XOPEN_SOURCE 700   /* wcwidth */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "util.h"

/* ==== conversions ==== */

static int to_wide(const char *s, wchar_t *out, int max)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	int n = 0;
	size_t len = strlen(s);
	while (len && n < max) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s, len, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&st, 0, sizeof st);
			wc = L'?';
			k = 1;
		}
		out[n++] = wc;
		s += k;
		len -= k;
	}
	return n;
}

static void to_utf8(const wchar_t *w, int n, char *out, size_t outsz)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t o = 0;
	char tmp[16];
	for (int i = 0; i < n; i++) {
		size_t k = wcrtomb(tmp, w[i], &st);
		if (k == (size_t)-1) {
			memset(&st, 0, sizeof st);
			tmp[0] = '?';
			k = 1;
		}
		if (o + k + 1 > outsz)
			break;
		memcpy(out + o, tmp, k);
		o += k;
	}
	out[o] = '\0';
}

void edit_text(const tui *t, char *out, size_t outsz)
{
	to_utf8(t->ed.buf, t->ed.len, out, outsz);
}

/* ==== history ==== */

void hist_add(tui *t, const char *line)
{
	if (!*line || (t->nhist && strcmp(t->hist[t->nhist - 1], line) == 0))
		return;
	char *copy = strdup(line);
	if (!copy)
		return;
	if (t->nhist == TUI_HIST) {
		free(t->hist[0]);
		memmove(t->hist, t->hist + 1, (TUI_HIST - 1) * sizeof *t->hist);
		t->nhist--;
	}
	t->hist[t->nhist++] = copy;
}

void hist_free(tui *t)
{
	for (int i = 0; i < t->nhist; i++)
		free(t->hist[i]);
	t->nhist = 0;
}

/* ==== editing ==== */

void edit_open(tui *t, enum tui_edit_kind kind, const char *initial)
{
	tui_edit *e = &t->ed;
	e->kind = kind;
	e->len = initial ? to_wide(initial, e->buf, TUI_EDIT_MAX) : 0;
	e->cur = e->len;
	e->hpos = t->nhist;
	e->saved_len = 0;
	e->overflow = 0;
	t->comp_msg[0] = '\0';
}

static void insert_wide(tui_edit *e, const wchar_t *w, int n)
{
	int take = TUI_EDIT_MAX - e->len < n ? TUI_EDIT_MAX - e->len : n;
	if (take < 0)
		take = 0;
	if (e->overflow && e->cur <= e->cut_at)
		e->cut_at += take;   /* text put in before the place text went missing moves it */
	if (take < n) {
		if (!e->overflow || e->cur + take < e->cut_at)
			e->cut_at = e->cur + take;   /* the first such place */
		e->overflow = 1;
	}
	n = take;
	if (n <= 0)
		return;
	memmove(e->buf + e->cur + n, e->buf + e->cur, (size_t)(e->len - e->cur) * sizeof *e->buf);
	memcpy(e->buf + e->cur, w, (size_t)n * sizeof *w);
	e->len += n;
	e->cur += n;
}

void edit_insert(tui *t, wchar_t wc)
{
	t->comp_msg[0] = '\0';
	insert_wide(&t->ed, &wc, 1);
	if (t->ed.overflow && t->ed.kind == ED_CMD)
		tui_note(t, "the line is full (%d characters): it will not run; a long list goes in a "
			 "file (exclude items --file FILE)", TUI_EDIT_MAX);
}

static void insert_utf8(tui_edit *e, const char *s)
{
	wchar_t w[TUI_EDIT_MAX];
	int n = to_wide(s, w, TUI_EDIT_MAX);
	insert_wide(e, w, n);
}

static void delete_range(tui_edit *e, int from, int to)
{
	if (from < 0)
		from = 0;
	if (to > e->len)
		to = e->len;
	if (from >= to)
		return;
	memmove(e->buf + from, e->buf + to, (size_t)(e->len - to) * sizeof *e->buf);
	e->len -= to - from;
	/* the text around the place where text went missing is deleted (Ctrl-U, Ctrl-K,
	 * Ctrl-W, Backspace there), or the line emptied: what is left is what was typed, and runs
	 * (t43 #9: after an overflow, Ctrl-U and a good command were still refused) */
	if (e->overflow && (e->len == 0 || (from <= e->cut_at && e->cut_at <= to)))
		e->overflow = 0;
	else if (e->overflow && e->cut_at > to)
		e->cut_at -= to - from;
	if (e->cur > to)
		e->cur -= to - from;
	else if (e->cur > from)
		e->cur = from;
}

static void hist_move(tui *t, int dir)
{
	tui_edit *e = &t->ed;
	int np = e->hpos + dir;
	if (np < 0 || np > t->nhist)
		return;
	if (e->hpos == t->nhist) { /* leaving the line being typed: keep it */
		memcpy(e->saved, e->buf, (size_t)e->len * sizeof *e->buf);
		e->saved_len = e->len;
	}
	e->hpos = np;
	if (np == t->nhist) {
		memcpy(e->buf, e->saved, (size_t)e->saved_len * sizeof *e->buf);
		e->len = e->saved_len;
	} else {
		e->len = to_wide(t->hist[np], e->buf, TUI_EDIT_MAX);
	}
	e->cur = e->len;
}

/* ==== completion ==== */

/* Tab: the engine's candidates for the word under the cursor (cmd_complete); insert what
 * they have in common and list them in the message line. */
static void complete(tui *t)
{
	tui_edit *e = &t->ed;
	char before[TUI_EDIT_MAX * 4];
	to_utf8(e->buf, e->cur, before, sizeof before);
	rr_completion c;
	if (cmd_complete(t->app, before, strlen(before), &c) != 0) {
		snprintf(t->comp_msg, sizeof t->comp_msg, "completion: out of memory");
		completion_free(&c);
		return;
	}
	if (c.n == 0) {
		snprintf(t->comp_msg, sizeof t->comp_msg, "no completions");
		completion_free(&c);
		return;
	}
	/* t40 #1: the word replaced whole by the engine's text, the prompt's alike (a file named
	 * "|cmd" stays a file: ./|cmd) */
	int done;
	char *put = completion_insert(&c, &done);
	if (put && strcmp(put, c.typed) != 0) {
		wchar_t w[TUI_EDIT_MAX];
		int typed = to_wide(c.typed, w, TUI_EDIT_MAX); /* in characters */
		delete_range(e, e->cur - typed, e->cur);
		insert_utf8(e, put);
	}
	if (put && done)
		insert_utf8(e, " ");
	free(put);
	if (c.n == 1) {
		t->comp_msg[0] = '\0';
	} else {
		size_t k = (size_t)snprintf(t->comp_msg, sizeof t->comp_msg, "%d: ", c.n);
		for (int i = 0; i < c.n && k + 2 < sizeof t->comp_msg; i++) {
			char *f = completion_text(&c, c.v[i], 1); /* t40 #4: as the line would hold it */
			k += (size_t)snprintf(t->comp_msg + k, sizeof t->comp_msg - k, "%s ",
					      f ? f : c.v[i]);
			free(f);
		}
	}
	completion_free(&c);
}

int edit_key(tui *t, int key, int *accepted, char *out, size_t outsz)
{
	tui_edit *e = &t->ed;
	*accepted = 0;
	if (key != '\t')
		t->comp_msg[0] = '\0';
	switch (key) {
	case '\n':
	case '\r':
	case TK(KEY_ENTER):
		*accepted = 1;
		edit_text(t, out, outsz);
		e->kind = ED_NONE;
		return 1;
	case TK_ESC:
	case TK_CTRL('g'):
	case TK_CTRL('c'):
		edit_text(t, out, outsz);
		e->kind = ED_NONE;
		return 1;
	case TK(KEY_BACKSPACE):
	case 127:
	case TK_CTRL('h'):
		if (e->len == 0 && e->kind == ED_CMD) { /* backspace on an empty line leaves it */
			out[0] = '\0';
			e->kind = ED_NONE;
			return 1;
		}
		delete_range(e, e->cur - 1, e->cur);
		break;
	case TK(KEY_DC):
	case TK_CTRL('d'):
		delete_range(e, e->cur, e->cur + 1);
		break;
	case TK(KEY_LEFT):
	case TK_CTRL('b'):
		if (e->cur > 0)
			e->cur--;
		break;
	case TK(KEY_RIGHT):
	case TK_CTRL('f'):
		if (e->cur < e->len)
			e->cur++;
		break;
	case TK(KEY_HOME):
	case TK_CTRL('a'):
		e->cur = 0;
		break;
	case TK(KEY_END):
	case TK_CTRL('e'):
		e->cur = e->len;
		break;
	case TK_CTRL('u'):
		delete_range(e, 0, e->cur);
		break;
	case TK_CTRL('k'):
		delete_range(e, e->cur, e->len);
		break;
	case TK_CTRL('w'): {
		int p = e->cur;
		while (p > 0 && e->buf[p - 1] == L' ')
			p--;
		while (p > 0 && e->buf[p - 1] != L' ')
			p--;
		delete_range(e, p, e->cur);
		break;
	}
	case TK(KEY_UP):
	case TK_CTRL('p'):
		if (e->kind == ED_CMD)
			hist_move(t, -1);
		break;
	case TK(KEY_DOWN):
	case TK_CTRL('n'):
		if (e->kind == ED_CMD)
			hist_move(t, +1);
		break;
	case '\t':
		if (e->kind == ED_CMD)
			complete(t);
		break;
	default:
		if (key >= 32 && key < TK_FN && key != 127)
			edit_insert(t, (wchar_t)key);
		break;
	}
	return 0;
}

void edit_draw(tui *t, int y, int x, int w, const char *prompt)
{
	tui_edit *e = &t->ed;
	mvhline(y, x, ' ', w);
	int pw = tui_put(y, x, w, prompt);
	int avail = w - pw - 1;
	if (avail < 1)
		return;
	/* scroll so the cursor stays visible */
	int start = 0, wid = 0;
	for (int i = start; i < e->cur; i++) {
		int cw = wcwidth(e->buf[i]);
		wid += cw > 0 ? cw : 1;
	}
	while (wid > avail && start < e->cur) {
		int cw = wcwidth(e->buf[start++]);
		wid -= cw > 0 ? cw : 1;
	}
	int used = 0, n = 0;
	while (start + n < e->len) {
		int cw = wcwidth(e->buf[start + n]);
		if (used + (cw > 0 ? cw : 1) > avail)
			break;
		used += cw > 0 ? cw : 1;
		n++;
	}
	if (n)
		mvaddnwstr(y, x + pw, e->buf + start, n);
	t->cur_y = y;
	t->cur_x = x + pw + wid;
}
