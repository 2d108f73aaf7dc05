/* cmd_complete.c — the one completer (cmd.h): what the word under the cursor can be, read from
 * the command table, for the prompt's readline and the workbench's line editor alike. */
#include "cmd.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "afile.h"
#include "ingest.h"
#include "textesc.h"
#include "util.h"

/* ==== the line up to the cursor, in words ==== */

typedef struct lexed {
	char **w;           /* the finished words before the one under the cursor, unquoted */
	int n, cap;
	char *cur;          /* the word under the cursor so far, unquoted */
	size_t cur_start;   /* its first byte in the line (after an opening quote) */
	size_t raw_start;   /* its first byte in the line, an opening quote included */
	char quote;         /* the quote open at the cursor, or 0 */
	int comment;        /* the cursor is in a comment */
} lexed;

static void lexed_free(lexed *x)
{
	for (int i = 0; i < x->n; i++)
		free(x->w[i]);
	free(x->w);
	free(x->cur);
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int lexed_push(lexed *x, const char *word)
{
	if (x->n == x->cap) {
		int cap = x->cap ? 2 * x->cap : 8;
		char **w = realloc(x->w, (size_t)cap * sizeof *w);
		if (!w)
			return -1;
		x->w = w;
		x->cap = cap;
	}
	return (x->w[x->n] = strdup(word)) ? (x->n++, 0) : -1;
}

/* Split line[0..end) as cmd_split does (quotes, \" and \\ inside double quotes, '#' starting
 * a comment), except that the last word may be unfinished, even inside an open quote. */
static int lex(const char *line, size_t end, lexed *x)
{
	memset(x, 0, sizeof *x);
	char *buf = malloc(end + 1);
	if (!buf)
		return -1;
	size_t i = 0;
	for (;;) {
		while (i < end && is_blank(line[i]))
			i++;
		if (i < end && line[i] == '#') {
			x->comment = 1;
			break;
		}
		size_t n = 0, text = i, raw = i;
		char q = 0;
		while (i < end && (q || !is_blank(line[i]))) {
			char ch = line[i++];
			if (q && ch == q) {
				q = 0;
				continue;
			}
			if (!q && (ch == '\'' || ch == '"')) {
				q = ch;
				if (i - 1 == text)
					text = i; /* a word that opens with a quote starts after it */
				continue;
			}
			if (q == '"' && ch == '\\' && i < end) {
				size_t k;
				i += rr_dq_get(line + i - 1, buf + n, &k) - 1;
				n += k;
				continue;
			}
			buf[n++] = ch;
		}
		buf[n] = '\0';
		if (i >= end) { /* the word reaches the cursor: it is the one to complete */
			x->cur = strdup(buf);
			x->cur_start = text;
			x->raw_start = raw;
			x->quote = q;
			break;
		}
		if (lexed_push(x, buf) != 0) {
			free(buf);
			return -1;
		}
	}
	free(buf);
	return x->comment || x->cur ? 0 : -1;
}

/* ==== candidates ==== */

typedef struct cands {
	rr_completion *out;
	const char *word;   /* the word typed so far: every candidate starts with it */
	const char *lead;   /* put before each candidate: "--by=" when completing "--by=li" */
	int oom;
	int fold_email;     /* completing a customer id */
} cands;

static int lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Whether s starts with the n bytes of w, ASCII case aside. */
static int starts_fold(const char *s, const char *w, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (!s[k] || lower(s[k]) != lower(w[k]))
			return 0;
	return 1;
}

/* Add s when lead + s starts with the typed word; a customer's e-mail address (the loader
 * keeps it in lower case, and rows_find_customer finds it in any case) whatever the case
 * typed. */
static void cand_add(cands *c, const char *s)
{
	size_t ll = strlen(c->lead), wl = strlen(c->word);
	int fold = c->fold_email && strchr(s, '@');
	if (wl <= ll ? strncmp(c->lead, c->word, wl) != 0
		     : strncmp(c->lead, c->word, ll) != 0 ||
			       (fold ? !starts_fold(s, c->word + ll, wl - ll)
				     : strncmp(s, c->word + ll, wl - ll) != 0))
		return;
	rr_completion *o = c->out;
	if (o->n == o->cap) {
		int cap = o->cap ? 2 * o->cap : 64;
		char **v = realloc(o->v, (size_t)cap * sizeof *v);
		if (!v) {
			c->oom = 1;
			return;
		}
		o->v = v;
		o->cap = cap;
	}
	size_t sl = strlen(s);
	char *d = malloc(ll + sl + 1);
	if (!d) {
		c->oom = 1;
		return;
	}
	memcpy(d, c->lead, ll);
	memcpy(d + ll, s, sl + 1);
	o->v[o->n++] = d;
}

static void cand_words(cands *c, const char *const *w)
{
	for (; w && *w; w++)
		cand_add(c, *w);
}

/* Entries of the typed path's directory that start with its last component; directories end
 * in '/'. Hidden entries only when the component starts with a dot. */
static void cand_files(cands *c, int writes)
{
	const char *path = c->word + strlen(c->lead);
	const char *slash = strrchr(path, '/');
	size_t dl = slash ? (size_t)(slash - path) + 1 : 0;
	const char *base = path + dl;
	char *dir = malloc(dl + 2);
	if (!dir) {
		c->oom = 1;
		return;
	}
	memcpy(dir, path, dl);
	dir[dl] = '\0';
	DIR *d = opendir(dl ? dir : ".");
	struct dirent *de;
	size_t bl = strlen(base);
	while (d && (de = readdir(d))) {
		const char *nm = de->d_name;
		if (!strcmp(nm, ".") || !strcmp(nm, "..") || (nm[0] == '.' && base[0] != '.') ||
		    strncmp(nm, base, bl) != 0)
			continue;
		size_t nl = strlen(nm);
		char *full = malloc(dl + nl + 2);
		if (!full) {
			c->oom = 1;
			break;
		}
		memcpy(full, dir, dl);
		memcpy(full + dl, nm, nl + 1);
		struct stat sb;
		if (stat(full, &sb) == 0 && S_ISDIR(sb.st_mode))
			strcat(full, "/");
		else if (writes && afile_guarded(full)) {
			free(full);
			continue;
		}
		cand_add(c, full);
		free(full);
	}
	if (d)
		closedir(d);
	free(dir);
	c->out->files = 1;
}

/* Whether the pieces before the last one, head (keep bytes: "user=cust,qty=n,"), map name. */
static int map_has(const char *head, size_t keep, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = head; p < head + keep; p = strchr(p, ',') + 1) {
		if ((size_t)(head + keep - p) > n && strncmp(p, name, n) == 0 && p[n] == '=')
			return 1;
		if (!memchr(p, ',', (size_t)(head + keep - p)))
			break;
	}
	return 0;
}

/* --map's NAME=COL,...: the logical column names for the piece after the last comma, but
 * those mapped before it (t78 F18: `--map user=cust,` offered user= again; the bash
 * completion leaves them out too). */
static void cand_map(cands *c)
{
	const char *v = c->word + strlen(c->lead);
	const char *piece = strrchr(v, ',');
	piece = piece ? piece + 1 : v;
	if (strchr(piece, '='))
		return; /* a column of a file not read yet */
	size_t keep = (size_t)(piece - v);
	char name[64];
	for (int k = 0; k < RR_COL_N; k++) {
		snprintf(name, sizeof name, "%.*s%s=", (int)(keep < 40 ? keep : 40), v,
			 ingest_col_name((enum rr_col)k));
		if (keep < 40 && !map_has(v, keep, ingest_col_name((enum rr_col)k)))
			cand_add(c, name);
	}
	c->out->more = 1;
}

/* The most values of a whole-number setting offered one by one (variant's 0..3); a wider
 * range (dim's 1..1024) is typed, not chosen. */
#define SET_VALUES_LISTED 10

/* The values of setting d (settings.h's table, which `set` checks them against): its words,
 * or each whole number of a range of at most SET_VALUES_LISTED. */
static void cand_setting(cands *c, const rr_setting_def *d)
{
	if (!d)
		return;
	cand_words(c, d->words);
	if (d->kind != RR_SK_INT || d->hi - d->lo >= SET_VALUES_LISTED)
		return;
	char num[24];
	for (long v = (long)d->lo; v <= (long)d->hi; v++) {
		snprintf(num, sizeof num, "%ld", v);
		cand_add(c, num);
	}
}

/* Candidates for a value of s. prev is the positional word before it (a setting's or a
 * command's name). */
static void cand_value(const rr_app *app, cands *c, const rr_argspec *s, const char *prev)
{
	const rr_dataset *ds = app ? app->ds : NULL;
	switch (s->kind) {
	case RR_A_WORD:
	case RR_A_CHOICE:
		cand_words(c, s->choices);
		break;
	case RR_A_FILE:
		cand_files(c, (s->flags & RR_ARG_WRITES) != 0);
		break;
	case RR_A_USER:
		c->fold_email = 1;
		for (uint32_t u = 0; ds && u < ds->n_users; u++)
			cand_add(c, dataset_user_name(ds, u));
		c->fold_email = 0;
		break;
	case RR_A_ITEM:
		cand_words(c, s->choices);   /* export audience's all */
		for (uint32_t i = 0; ds && i < ds->n_items; i++)
			cand_add(c, dataset_item_name(ds, i));
		break;
	case RR_A_COMMAND:   /* help's topic: a command, or a setting (t26 F7) */
		for (const rr_cmd *k = rr_cmds; k->name; k++)
			cand_add(c, k->name);
		for (int i = 0; rr_setting_defs[i].name; i++)
			cand_add(c, rr_setting_defs[i].name);
		break;
	case RR_A_SETTING:
		for (int i = 0; rr_setting_defs[i].name; i++)
			cand_add(c, rr_setting_defs[i].name);
		break;
	case RR_A_SETVALUE:
		cand_setting(c, prev ? settings_find(prev) : NULL);
		break;
	case RR_A_COUNTRY: {   /* the names filter country checks a word against */
		const rr_strtab *cs = app && app->rows ? app->rows->countries : NULL;
		for (uint32_t k = 0; cs && k < strtab_count(cs); k++)
			if (*strtab_get(cs, k))   /* rows with none: no name to type */
				cand_add(c, strtab_get(cs, k));
		break;
	}
	case RR_A_MAP:
		cand_map(c);
		break;
	case RR_A_SUBCOMMAND: {
		const rr_cmd *k = prev ? cmd_find(prev) : NULL;
		for (const rr_cmd *sub = k ? k->subs : NULL; sub && sub->name; sub++)
			cand_add(c, sub->name);
		break;
	}
	default: /* numbers and dates: nothing to offer */
		break;
	}
}

/* cmd's options, but one already on the line (given[k] for cmd->opts[k]): a second flag
 * changes nothing (t26 F7: `stats --hist --hist`), a second value is refused (cmd_parse's
 * check_options; t78 F18: `--by quantity --by` was offered). One that stands in for the first
 * positional argument
 * (RR_ARG_INSTEAD) only while that is not given: `together ITEM --user` is refused (t61 F5),
 * words counting the positional words on the line (not the option standing in). */
/* Whether option o goes with the first positional word (t75 F7: `filter until <Tab>` gave
 * --file, which only drop-customers takes): one with a `with` word only after that word. */
static int opt_goes(const rr_argspec *o, const char *first)
{
	return !o->with || (first && strcmp(first, o->with) == 0);
}

static void cand_options(cands *c, const rr_cmd *cmd, const char *given, int words,
			 const char *first)
{
	for (const rr_argspec *o = cmd->opts; o && o->name; o++)
		if (!given[o - cmd->opts] &&
		    !((o->flags & RR_ARG_INSTEAD) && words > 0) && opt_goes(o, first))
			cand_add(c, o->name);
}

/* The declared positional argument at index p (a repeating group wraps around), or NULL. */
static const rr_argspec *positional_at(const rr_cmd *cmd, int p)
{
	int n = 0, r = -1;
	for (; cmd->args && cmd->args[n].name; n++)
		if (r < 0 && (cmd->args[n].flags & RR_ARG_REPEAT))
			r = n;
	if (p < n)
		return &cmd->args[p];
	return r >= 0 ? &cmd->args[r + (p - r) % (n - r)] : NULL;
}

/* The positional argument at index p as completion reads it: of another kind after some words
 * of the first argument, first (its after table), then a copy in *buf. NULL when none. */
static const rr_argspec *positional_for(const rr_cmd *cmd, int p, const char *first,
					rr_argspec *buf)
{
	const rr_argspec *s = positional_at(cmd, p);
	for (const rr_arg_after *k = s && first ? s->after : NULL; k && k->word; k++)
		if (strcmp(k->word, first) == 0) {
			*buf = *s;
			buf->kind = k->kind;
			buf->choices = NULL;
			return buf;
		}
	return s;
}

/* The word under the cursor, after the words w[0..n) that follow the command (and
 * subcommand) word: an option, an option's value, or the next positional argument. */
static void complete_args(const rr_app *app, cands *c, const rr_cmd *cmd, char **w, int n)
{
	int opts_done = 0, npos = 0, nopt = 0, instead = 0;
	const rr_argspec *want = NULL;
	const char *prev = NULL, *first = NULL;   /* the first positional word */
	while (cmd->opts && cmd->opts[nopt].name)
		nopt++;
	char *given = calloc((size_t)nopt + 1, 1);   /* given[k]: cmd->opts[k] is on the line */
	if (!given) {
		c->oom = 1;
		return;
	}
	for (int i = 0; i < n; i++) {
		if (!opts_done && strcmp(w[i], "--") == 0) {
			opts_done = 1;
		} else if (!opts_done && w[i][0] == '-' && w[i][1] == '-') {
			const rr_argspec *o = cmd_find_opt(cmd, w[i]);
			if (o)
				given[o - cmd->opts] = 1;
			if (o && (o->flags & RR_ARG_INSTEAD) && !instead) {
				instead = 1;
				npos++;        /* --user USER stands for ITEM */
			}
			if (o && o->kind != RR_A_FLAG && !strchr(w[i], '=')) {
				if (i == n - 1)
					want = o; /* the word under the cursor is its value */
				i++;              /* else the next word is */
			}
		} else {
			prev = w[i];   /* first: the repeating group's lead (clean price off codes) */
			first = positional_at(cmd, npos++) == cmd->args ? w[i] : first;
		}
	}
	const char *word = c->word;
	rr_argspec as_after;
	const rr_argspec *s = positional_for(cmd, npos, first, &as_after);
	if (!opts_done)
		c->out->opts = cmd;   /* a value --17850 would be read as an option: after "--" */
	if (want) {
		c->out->opts = NULL;   /* an option's value is taken as it is */
		cand_value(app, c, want, prev);
	} else if (!opts_done && word[0] == '-') {
		const rr_argspec *o = strchr(word, '=') ? cmd_find_opt(cmd, word) : NULL;
		if (o) { /* --by=li */
			size_t ll = (size_t)(strchr(word, '=') - word) + 1;
			char *lead = strndup(word, ll);
			if (!lead) {
				c->oom = 1;
				free(given);
				return;
			}
			c->lead = lead;
			c->out->lead = ll;
			cand_value(app, c, o, prev);
			c->lead = "";
			free(lead);
		} else if (!strchr(word, '=')) {
			cand_options(c, cmd, given, npos - instead, first);
			/* and the customer ids and stock codes that start with "--" */
			if (s && (s->kind == RR_A_USER || s->kind == RR_A_ITEM))
				cand_value(app, c, s, prev);
		}
	} else {
		if (s)
			cand_value(app, c, s, prev);
		if (!opts_done && !*word && (!s || (s->flags & RR_ARG_OPTIONAL)))
			cand_options(c, cmd, given, npos - instead, first);
	}
	free(given);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted, each once. */
static void cands_finish(rr_completion *o)
{
	if (o->n > 1)
		qsort(o->v, (size_t)o->n, sizeof *o->v, cmp_str);
	int k = 0;
	for (int i = 0; i < o->n; i++) {
		if (k > 0 && strcmp(o->v[k - 1], o->v[i]) == 0)
			free(o->v[i]);
		else
			o->v[k++] = o->v[i];
	}
	o->n = k;
}

int cmd_complete(const rr_app *app, const char *line, size_t cursor, rr_completion *out)
{
	memset(out, 0, sizeof *out);
	size_t len = strlen(line);
	lexed x;
	if (lex(line, cursor < len ? cursor : len, &x) != 0) {
		lexed_free(&x);
		return -1;
	}
	if (x.comment) {
		lexed_free(&x);
		return 0;
	}
	out->word_start = x.cur_start;
	out->word_len = strlen(x.cur);
	out->quote = x.quote;
	out->raw_start = x.raw_start;
	out->open_quote = x.raw_start < x.cur_start ? line[x.raw_start] : 0;
	out->typed = strndup(line + x.raw_start, (cursor < len ? cursor : len) - x.raw_start);
	if (!out->typed) {
		lexed_free(&x);
		return -1;
	}
	cands c = {.out = out, .word = x.cur, .lead = ""};
	const rr_cmd *cmd = x.n > 0 ? cmd_find(x.w[0]) : NULL;
	if (x.n == 0) {
		for (const rr_cmd *k = rr_cmds; k->name; k++)
			cand_add(&c, k->name);
	} else if (cmd && cmd->subs && x.n == 1) {
		for (const rr_cmd *s = cmd->subs; s->name; s++)
			cand_add(&c, s->name);
	} else if (cmd && cmd->subs) {
		const rr_cmd *sub = cmd_find_sub(cmd, x.w[1]);
		if (sub)
			complete_args(app, &c, sub, x.w + 2, x.n - 2);
	} else if (cmd) {
		complete_args(app, &c, cmd, x.w + 1, x.n - 1);
	}
	lexed_free(&x);
	cands_finish(out);
	return c.oom ? -1 : 0;
}

void completion_free(rr_completion *c)
{
	for (int i = 0; i < c->n; i++)
		free(c->v[i]);
	free(c->v);
	free(c->typed);
	memset(c, 0, sizeof *c);
}

/* ==== the word as the line holds it ==== */

/* Whether s must be quoted to stay one word of exactly these bytes (cmd_split): a blank ends a
 * word, a quote opens one, a '#' starts a comment; a control character shown raw on the line
 * is a line break waiting to happen (t40 #1: a file name's line breaks ran each line as a
 * command), so those are quoted too, LF and CR escaped. */
/* 1 when s holds what a terminal obeys (textesc_obeyed): double quotes write it escaped */
static int obeyed(const char *s)
{
	size_t n = strlen(s), len;
	char esc[8];
	for (; n; s += len, n -= len)
		if (textesc_obeyed(s, n, esc, &len))
			return 1;
	return 0;
}

static int needs_quotes(const char *s)
{
	if (!*s || obeyed(s))
		return 1;
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f || strchr(" \"'#", *s))
			return 1;
	return 0;
}

char *cmd_word(const char *s)
{
	rr_completion plain;
	memset(&plain, 0, sizeof plain);
	return completion_text(&plain, s, 1);
}

int cmd_value_is_optlike(const char *s)
{
	return s[0] == '-' && s[1] == '-';   /* cmd_parse's test of an option */
}

/* The bytes that put a value cmd_parse would read as an option after the options' end. */
static const char end_of_options[] = "-- ";

char *cmd_value_words(const char *s)
{
	char *w = cmd_word(s);
	if (!w || !cmd_value_is_optlike(s))
		return w;
	size_t m = strlen(end_of_options), n = strlen(w);
	char *out = malloc(m + n + 1);
	if (out) {
		memcpy(out, end_of_options, m);
		memcpy(out + m, w, n + 1);
	}
	free(w);
	return out;
}

char *completion_text(const rr_completion *c, const char *s, int done)
{
	size_t n = strlen(s), lead = c->lead < n ? c->lead : n;
	/* t40 #1: a file named "|cmd" completed as "|cmd" was run through /bin/sh by load, and one
	 * named "-" read standard input; "./" keeps either a file, as the name listed */
	const char *f = s + lead;
	int dot = c->files && (f[0] == '|' || f[0] == '-');
	/* a customer id --17850 would be read as an unknown option: after the options' end */
	int marked = done && !c->files && c->opts && !lead && cmd_value_is_optlike(s) &&
		     !cmd_find_opt(c->opts, s);
	char q = c->open_quote;
	if (!q && needs_quotes(s))
		q = '"';
	if (q == '\'' && (strpbrk(s, "'\n\r") || obeyed(s)))
		q = '"';   /* single quotes escape nothing: a name holding them goes in double */
	char *out = malloc(RR_DQ_GROWTH * n + 6 + sizeof end_of_options), *o = out;
	if (!out)
		return NULL;
	if (marked) {   /* before the word's opening quote: "--" is a word of its own */
		memcpy(o, end_of_options, strlen(end_of_options));
		o += strlen(end_of_options);
	}
	if (q)
		*o++ = q;
	size_t len;
	for (const char *p = s; *p; p += len) {
		if (dot && p == f) {
			memcpy(o, "./", 2);
			o += 2;
		}
		len = 1;
		if (q == '"')
			o += rr_dq_put(p, strlen(p), o, &len);
		else
			*o++ = *p;
	}
	if (q && done)
		*o++ = q;
	*o = '\0';
	return out;
}

char *completion_insert(const rr_completion *c, int *done)
{
	*done = 0;
	if (c->n == 0)
		return strdup(c->typed ? c->typed : "");
	size_t l = strlen(c->v[0]);
	for (int i = 1; i < c->n; i++) {
		size_t k = 0;
		while (k < l && c->v[i][k] == c->v[0][k])
			k++;
		l = k;
	}
	/* nothing in common (not even a quote to open), or less than typed: e-mails matched in
	 * any case, the rest by the case typed */
	if (l == 0 || l < c->word_len)
		return strdup(c->typed ? c->typed : "");
	size_t vl = strlen(c->v[0]);
	*done = c->n == 1 && !c->more && !(vl && c->v[0][vl - 1] == '/');
	char *common = strndup(c->v[0], l);
	char *t = common ? completion_text(c, common, *done) : NULL;
	free(common);
	return t;
}
