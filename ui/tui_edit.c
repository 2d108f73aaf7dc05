/* tui_edit.c — the workbench's one-line editor, for `:` commands and `/` searches.
 *
 * Why our own editor and not readline's callback interface: readline owns the terminal while
 * it edits (it sets its own modes in rl_prep_terminal, redraws with its own escape sequences
 * and wraps long lines itself), so inside curses it needs rl_getc_function fed from our
 * get_wch loop, an rl_redisplay_function that copies rl_line_buffer into a curses window, and
 * prep/deprep hooks disabled — three hooks fighting over one screen, plus readline's global
 * state, which would also be live while `train` polls keys from inside a command. The line we
 * need is short and simple: wide-character editing (so '£' is one character), emacs keys,
 * history and completion from the same tables the prompt uses (rr_cmds, rr_setting_names,
 * customer ids, stock codes, file names). About 300 lines, no hooks, and it draws like every
 * other part of the screen. */
#define _XOPEN_SOURCE 700   /* wcwidth */
#include "tui.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"
#include "settings.h"

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
	t->comp_msg[0] = '\0';
}

static void insert_wide(tui_edit *e, const wchar_t *w, int n)
{
	if (e->len + n > TUI_EDIT_MAX)
		n = TUI_EDIT_MAX - e->len;
	if (n <= 0)
		return;
	memmove(e->buf + e->cur + n, e->buf + e->cur, (size_t)(e->len - e->cur) * sizeof *e->buf);
	memcpy(e->buf + e->cur, w, (size_t)n * sizeof *w);
	e->len += n;
	e->cur += n;
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

typedef struct cands {
	char **v;
	int n, cap;
	const char *prefix;
	size_t plen;
} cands;

static void cand_add(cands *c, const char *s, int dir)
{
	if (strncmp(s, c->prefix, c->plen) != 0)
		return;
	for (int i = 0; i < c->n; i++)
		if (strncmp(c->v[i], s, strlen(s)) == 0 && c->v[i][strlen(s)] == (dir ? '/' : '\0'))
			return;
	if (c->n == c->cap) {
		int nc = c->cap ? c->cap * 2 : 64;
		char **nv = realloc(c->v, (size_t)nc * sizeof *nv);
		if (!nv)
			return;
		c->v = nv;
		c->cap = nc;
	}
	size_t n = strlen(s);
	char *d = malloc(n + 2);
	if (!d)
		return;
	memcpy(d, s, n);
	if (dir)
		d[n++] = '/';
	d[n] = '\0';
	c->v[c->n++] = d;
}

/* File names: entries of the word's directory starting with its last component. The
 * candidates are whole words (directory part included). */
static void cand_files(cands *c)
{
	const char *slash = strrchr(c->prefix, '/');
	char dir[1024];
	const char *base = c->prefix;
	if (slash) {
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - c->prefix + 1), c->prefix);
		base = slash + 1;
	} else {
		strcpy(dir, "");
	}
	DIR *d = opendir(*dir ? dir : ".");
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (de->d_name[0] == '.' && base[0] != '.')
			continue;
		if (strncmp(de->d_name, base, strlen(base)) != 0)
			continue;
		char full[2048];
		snprintf(full, sizeof full, "%s%s", dir, de->d_name);
		struct stat sb;
		int isdir = stat(full, &sb) == 0 && S_ISDIR(sb.st_mode);
		cand_add(c, full, isdir);
	}
	closedir(d);
}

static void cand_words(cands *c, const char *const *w)
{
	for (; w && *w; w++)
		cand_add(c, *w, 0);
}

static int is_file_cmd(const char *cmd)
{
	static const char *const f[] = {"load", "source", "open", "save", "gen", NULL};
	for (int i = 0; f[i]; i++)
		if (strcmp(cmd, f[i]) == 0)
			return 1;
	return 0;
}

static void complete(tui *t)
{
	tui_edit *e = &t->ed;
	char before[TUI_EDIT_MAX * 4];
	to_utf8(e->buf, e->cur, before, sizeof before);
	/* words before the one under the cursor */
	char *words[8];
	int nw = 0;
	char copy[sizeof before];
	strcpy(copy, before);
	char *word = copy + strlen(copy);
	while (word > copy && word[-1] != ' ')
		word--;
	for (char *save = NULL, *p = strtok_r(copy, " ", &save); p && p < word && nw < 8;
	     p = strtok_r(NULL, " ", &save))
		words[nw++] = p;
	/* strtok_r wrote NULs into copy; the current word starts after the last space */
	const char *cur = before + (word - copy);
	cands c = {NULL, 0, 0, cur, strlen(cur)};
	const rr_cmd *cmd = nw ? cmd_find(words[0]) : NULL;
	const rr_dataset *ds = t->app->ds;
	if (nw == 0) {
		for (const rr_cmd *k = rr_cmds; k->name; k++)
			cand_add(&c, k->name, 0);
	} else if (cmd) {
		const char *name = cmd->name;
		if (nw == 1 && is_file_cmd(name)) {
			cand_files(&c);
		} else if (nw == 1 && (strcmp(name, "set") == 0 || strcmp(name, "show") == 0)) {
			for (const rr_setting_def *d = rr_setting_defs; d->name; d++)
				cand_add(&c, d->name, 0);
		} else if (nw == 2 && strcmp(name, "set") == 0) {
			const rr_setting_def *d = settings_find(words[1]);
			if (d)
				cand_words(&c, d->words);
		} else if (nw == 2 && strcmp(name, "export") == 0) {
			cand_files(&c);
		} else if (nw == 1 && strcmp(name, "recommend") == 0 && ds && c.plen) {
			for (uint32_t u = 0; u < ds->n_users; u++)
				cand_add(&c, dataset_user_name(ds, u), 0);
		} else if (nw == 1 && strcmp(name, "together") == 0 && ds && c.plen) {
			for (uint32_t i = 0; i < ds->n_items; i++)
				cand_add(&c, dataset_item_name(ds, i), 0);
			cand_words(&c, cmd->opts);
		} else if (strcmp(name, "help") == 0 && nw == 1) {
			for (const rr_cmd *k = rr_cmds; k->name; k++)
				cand_add(&c, k->name, 0);
		} else if (nw == 1 || (strcmp(name, "set") != 0 && strcmp(name, "show") != 0)) {
			cand_words(&c, cmd->opts);
		}
	}
	if (c.n == 0) {
		snprintf(t->comp_msg, sizeof t->comp_msg, "no completions");
	} else {
		/* longest common prefix of the candidates */
		size_t l = strlen(c.v[0]);
		for (int i = 1; i < c.n; i++) {
			size_t k = 0;
			while (k < l && c.v[i][k] == c.v[0][k])
				k++;
			l = k;
		}
		char add[1024];
		size_t extra = l > c.plen ? l - c.plen : 0;
		if (extra >= sizeof add)
			extra = sizeof add - 1;
		memcpy(add, c.v[0] + c.plen, extra);
		add[extra] = '\0';
		size_t vl = strlen(c.v[0]);
		if (c.n == 1 && vl && c.v[0][vl - 1] != '/') /* a finished word; directories go on */
			strcat(add, " ");
		insert_utf8(e, add);
		if (c.n == 1) {
			t->comp_msg[0] = '\0';
		} else {
			size_t k = (size_t)snprintf(t->comp_msg, sizeof t->comp_msg, "%d: ", c.n);
			for (int i = 0; i < c.n && k + 2 < sizeof t->comp_msg; i++)
				k += (size_t)snprintf(t->comp_msg + k, sizeof t->comp_msg - k, "%s ", c.v[i]);
		}
	}
	for (int i = 0; i < c.n; i++)
		free(c.v[i]);
	free(c.v);
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
		if (key >= 32 && key < TK_FN && key != 127) {
			wchar_t wc = (wchar_t)key;
			insert_wide(e, &wc, 1);
		}
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
