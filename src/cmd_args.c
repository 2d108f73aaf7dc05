/* cmd_args.c — a command line read against its declaration (cmd.h): the parser and checker
 * cmd_exec runs before any handler, the usage line and usage errors built from the table,
 * the args_* accessors handlers read their values through, and "did you mean" suggestions. */
#include "cmd.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvdate.h"
#include "err.h"
#include "ingest.h"
#include "util.h"

/* ==== suggestions ==== */

/* Edit distance with adjacent transpositions (so "reocmmend" is one slip from "recommend"),
 * or a large number for words too long to be typos of each other. */
static int edit_distance(const char *a, const char *b)
{
	enum { MAXW = 40 };
	size_t n = strlen(a), m = strlen(b);
	if (n >= MAXW || m >= MAXW)
		return 99;
	int d[MAXW][MAXW];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			int cost = a[i - 1] != b[j - 1];
			int v = d[i - 1][j - 1] + cost;
			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[n][m];
}

/* The nearest of the candidates offered to near_try, within 2 edits (a word of 3 or more
 * letters that begins a candidate counts as 1); the first on ties. */
typedef struct near {
	const char *word;
	const char *best;
	int dist;
} near;

static void near_try(near *n, const char *cand)
{
	size_t wl = strlen(n->word);
	int d = wl >= 3 && strncmp(cand, n->word, wl) == 0 ? 1 /* "rank" for "ranking" */
							    : edit_distance(n->word, cand);
	if (d <= 2 && (!n->best || d < n->dist)) {
		n->best = cand;
		n->dist = d;
	}
}

/* " (did you mean 'x'?)" or the fallback text, into buf. */
static const char *near_hint(const near *n, const char *fallback, char *buf, size_t size)
{
	if (n->best)
		snprintf(buf, size, " (did you mean '%s'?)", n->best);
	else
		snprintf(buf, size, "%s", fallback);
	return buf;
}

int cmd_unknown(const char *word)
{
	near n = {word, NULL, 0};
	for (const rr_cmd *c = rr_cmds; c->name; c++)
		near_try(&n, c->name);
	char hint[96];
	return err_set("unknown command '%.60s'%s", word,
		       near_hint(&n, " (try 'help')", hint, sizeof hint));
}

int cmd_unknown_setting(const char *word)
{
	near n = {word, NULL, 0};
	for (int i = 0; rr_setting_defs[i].name; i++)
		near_try(&n, rr_setting_defs[i].name);
	char hint[96];
	return err_set("unknown setting '%.60s'%s", word,
		       near_hint(&n, " (see 'show')", hint, sizeof hint));
}

int cmd_unknown_topic(const char *word)
{
	near cmd = {word, NULL, 0}, set = {word, NULL, 0};
	for (const rr_cmd *c = rr_cmds; c->name; c++)
		near_try(&cmd, c->name);
	for (int i = 0; rr_setting_defs[i].name; i++)
		near_try(&set, rr_setting_defs[i].name);
	if (set.best && (!cmd.best || set.dist < cmd.dist))
		return cmd_unknown_setting(word);
	if (cmd.best)
		return cmd_unknown(word);
	return err_set("unknown command or setting '%.60s' (try 'help', or 'show' for the settings)",
		       word);
}

/* ==== the usage line ==== */

/* Append to buf[*k..size), keeping it terminated; output that does not fit is cut. */
static void put(char *buf, size_t size, size_t *k, const char *fmt, ...) RR_PRINTF(4, 5);
static void put(char *buf, size_t size, size_t *k, const char *fmt, ...)
{
	if (*k + 1 >= size)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf + *k, size - *k, fmt, ap);
	va_end(ap);
	if (n > 0)
		*k += (size_t)n;
	if (*k >= size)
		*k = size - 1;
}

const char *arg_value_text(const rr_argspec *s, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	if (s->meta)
		put(buf, size, &k, "%s", s->meta);
	else if (s->choices)
		for (int i = 0; s->choices[i]; i++)
			put(buf, size, &k, "%s%s", i ? "|" : "", s->choices[i]);
	else
		put(buf, size, &k, "VALUE");
	return buf;
}

static const rr_argspec *instead_opt(const rr_cmd *c)
{
	for (const rr_argspec *o = c->opts; o && o->name; o++)
		if (o->flags & RR_ARG_INSTEAD)
			return o;
	return NULL;
}

const char *cmd_usage(const rr_cmd *parent, const rr_cmd *c, char *buf, size_t size)
{
	size_t k = 0;
	char v[128];
	buf[0] = '\0';
	if (parent)
		put(buf, size, &k, "%s ", parent->name);
	put(buf, size, &k, "%s", c->name);
	if (c->subs) {
		for (const rr_cmd *s = c->subs; s->name; s++)
			put(buf, size, &k, "%s%s", s == c->subs ? " " : "|", s->name);
		put(buf, size, &k, " ...");
		return buf;
	}
	const rr_argspec *instead = instead_opt(c);
	int group_optional = 0;
	for (const rr_argspec *s = c->args; s && s->name; s++) {
		int opt = (s->flags & RR_ARG_OPTIONAL) != 0;
		if (s->flags & RR_ARG_REPEAT) { /* a group: "[RULE VALUE ...]" */
			if (s == c->args || !(s[-1].flags & RR_ARG_REPEAT)) {
				group_optional = opt;
				put(buf, size, &k, " %s", opt ? "[" : "");
			} else {
				put(buf, size, &k, " ");
			}
			put(buf, size, &k, "%s", s->name);
			if (!s[1].name)
				put(buf, size, &k, " ...%s", group_optional ? "]" : "");
			continue;
		}
		put(buf, size, &k, " %s%s", opt ? "[" : "", s->name);
		if (s == c->args && instead)
			put(buf, size, &k, "|%s %s", instead->name, arg_value_text(instead, v, sizeof v));
		put(buf, size, &k, "%s", opt ? "]" : "");
	}
	for (const rr_argspec *o = c->opts; o && o->name; o++) {
		if (o == instead)
			continue;
		put(buf, size, &k, " [%s", o->name);
		if (o->kind != RR_A_FLAG)
			put(buf, size, &k, " %s", arg_value_text(o, v, sizeof v));
		put(buf, size, &k, "]");
	}
	return buf;
}

/* "recommend" or "export rules": how messages name the running command. */
static const char *cmd_label(const rr_cmd *parent, const rr_cmd *c, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s", parent ? parent->name : "", parent ? " " : "", c->name);
	return buf;
}

static int usage_error(const rr_cmd *parent, const rr_cmd *c, const char *what)
{
	char label[64], use[512];
	return err_set("%s: %s (usage: %s)", cmd_label(parent, c, label, sizeof label), what,
		       cmd_usage(parent, c, use, sizeof use));
}

int args_usage_error(const rr_args *a, const char *fmt, ...)
{
	char what[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	return usage_error(a->parent, a->cmd, what);
}

/* ==== checking one value ==== */

long arg_long_bound(double x)
{
	if (x >= (double)LONG_MAX)
		return LONG_MAX;
	if (x <= (double)LONG_MIN)
		return LONG_MIN;
	return (long)x;
}

/* "a, b or c" into buf. */
static const char *words_or(const char *const *w, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	for (int i = 0; w && w[i]; i++)
		put(buf, size, &k, "%s%s", i == 0 ? "" : w[i + 1] ? ", " : " or ", w[i]);
	return buf;
}

/* 0, or -1 with err_set saying what is wrong with text as a value of s (unprefixed). */
static int check_value(const rr_argspec *s, const char *text)
{
	long l;
	int32_t day;
	char list[256];
	switch (s->kind) {
	case RR_A_INT:
		if ((s->flags & RR_ARG_ID) && rr_parse_long(s->name, text, LONG_MIN, LONG_MAX, &l) != 0)
			return err_set("%s must be a whole number, not '%.60s'", s->name, text);
		if (s->flags & RR_ARG_ID)
			return 0;
		return rr_parse_long(s->name, text, arg_long_bound(s->lo), arg_long_bound(s->hi), &l);
	case RR_A_REAL:
		return rr_parse_double(s->name, text, s->lo, s->hi, 0, 0, &(double){0});
	case RR_A_DATE:
		return date_read_day(text, s->name, &day);
	case RR_A_CHOICE:
		for (int i = 0; s->choices && s->choices[i]; i++)
			if (strcmp(s->choices[i], text) == 0)
				return 0;
		return err_set("%s takes %s, not '%.60s'", s->name, words_or(s->choices, list, sizeof list),
			       text);
	case RR_A_SETTING:
		return settings_find(text) ? 0 : cmd_unknown_setting(text);
	case RR_A_SEED:
		return settings_parse_seed(s->name, text, &(uint64_t){0});
	default:
		return 0;
	}
}

/* ==== parsing a line ==== */

const rr_argspec *cmd_find_opt(const rr_cmd *c, const char *word)
{
	size_t len = strcspn(word, "=");
	for (const rr_argspec *o = c->opts; o && o->name; o++)
		if (strlen(o->name) == len && strncmp(o->name, word, len) == 0)
			return o;
	return NULL;
}

/* argv[*i] is an option: record it (and its value, taking the next word if need be). */
static int take_option(rr_args *a, int argc, char **argv, int *i)
{
	const char *w = argv[*i], *eq = strchr(w, '=');
	size_t len = eq ? (size_t)(eq - w) : strlen(w);
	const rr_argspec *o = cmd_find_opt(a->cmd, w);
	char what[160];
	if (!o) {
		near n = {w, NULL, 0};
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(len < 60 ? len : 60), w);
		n.word = name;
		for (const rr_argspec *p = a->cmd->opts; p && p->name; p++)
			near_try(&n, p->name);
		if (n.best)
			snprintf(what, sizeof what, "unknown option '%s'; did you mean '%s'?", name, n.best);
		else
			snprintf(what, sizeof what, "unknown option '%s'", name);
		return args_usage_error(a, "%s", what);
	}
	const char *val = NULL;
	if (o->kind == RR_A_FLAG) {
		if (eq)
			return args_usage_error(a, "option '%s' takes no value", o->name);
	} else if (eq) {
		val = eq + 1;
	} else if (*i + 1 < argc) {
		val = argv[++*i];
	} else {
		return args_usage_error(a, "option '%s' needs a value (%s)", o->name,
					arg_value_text(o, what, sizeof what));
	}
	a->opt_spec[a->n_opt] = o;
	a->opt_val[a->n_opt++] = val;
	return 0;
}

/* Give each positional value its declared argument and check the counts. */
static int match_positionals(rr_args *a)
{
	const rr_argspec *args = a->cmd->args;
	int n_decl = 0, r = -1, first = 0;
	for (; args && args[n_decl].name; n_decl++)
		if (r < 0 && (args[n_decl].flags & RR_ARG_REPEAT))
			r = n_decl;
	if (r < 0)
		r = n_decl;
	for (int i = 0; i < a->n_opt; i++)
		if (a->opt_spec[i]->flags & RR_ARG_INSTEAD)
			first = 1;   /* `together --user USER [K]`: no ITEM */
	int p = 0, j = first;
	for (; p < a->n_pos && j < r; p++, j++)
		a->pos_spec[p] = &args[j];
	if (j < r && !(args[j].flags & RR_ARG_OPTIONAL))
		return args_usage_error(a, "missing %s", args[j].name);
	if (p < a->n_pos && r == n_decl)
		return args_usage_error(a, "unexpected argument '%.60s'", a->pos[p]);
	int g = n_decl - r, q = 0;
	for (; p < a->n_pos; p++, q++)
		a->pos_spec[p] = &args[r + q % g];
	if (g && q % g)
		return args_usage_error(a, "missing %s after '%.60s'", args[r + q % g].name,
					a->pos[a->n_pos - 1]);
	if (g && q == 0 && !(args[r].flags & RR_ARG_OPTIONAL))
		return args_usage_error(a, "missing %s", args[r].name);
	return 0;
}

/* The kind of value the command's arguments take after its first word first (the `after` of
 * the argument that follows it: filter customers takes a FILE), or RR_A_WORD when none says. */
static enum rr_arg_kind kind_after(const rr_args *a, const char *first)
{
	const rr_argspec *v = a->cmd->args && a->cmd->args[0].name ? &a->cmd->args[1] : NULL;
	if (!first || !v || !v->name || !v->after)
		return RR_A_WORD;
	for (const rr_arg_after *k = v->after; k->word; k++)
		if (strcmp(k->word, first) == 0)
			return k->kind;
	return RR_A_WORD;
}

/* What the options' table says of where they go, for every command alike (t78 F15): a value
 * option is given once (a second --by was taken silently, the last winning), and one that goes
 * with a word of the first argument (the table's with) is refused elsewhere rather than left
 * unread. */
static int check_options(const rr_args *a)
{
	for (int i = 0; i < a->n_opt; i++) {
		const rr_argspec *o = a->opt_spec[i];
		for (int j = 0; j < i && o->kind != RR_A_FLAG; j++)
			if (a->opt_spec[j] == o)
				return args_usage_error(a, "%s is given twice ('%.60s', then '%.60s'): "
							"give it once", o->name, a->opt_val[j], a->opt_val[i]);
		const char *first = a->n_pos > 0 ? a->pos[0] : NULL;
		if (o->with && (!first || strcmp(first, o->with) != 0)) {
			char label[64], own[320] = "";
			cmd_label(a->parent, a->cmd, label, sizeof label);
			/* t84 F3: `filter customers --file F` was sent to drop-customers, which
			 * drops the very customers it was to keep: the word's own file form first */
			if (o->kind == RR_A_FILE && kind_after(a, first) == RR_A_FILE)
				snprintf(own, sizeof own, "%s %.40s takes its file as a word: %s %.40s "
					 "%.20s; ", label, first, label, first, o->meta ? o->meta : "FILE");
			return args_usage_error(a, "%s%s goes with %s: %s %s %s %s", own, o->name,
						o->with, label, o->with, o->name,
						o->meta ? o->meta : "");
		}
	}
	return 0;
}

/* Every value against its declaration; errors name the command. */
static int check_values(rr_args *a)
{
	char label[64];
	cmd_label(a->parent, a->cmd, label, sizeof label);
	for (int i = 0; i < a->n_pos; i++)
		if (check_value(a->pos_spec[i], a->pos[i]) != 0)
			return err_prefix("%s", label);
	for (int i = 0; i < a->n_opt; i++)
		if (a->opt_val[i] && check_value(a->opt_spec[i], a->opt_val[i]) != 0)
			return err_prefix("%s", label);
	return 0;
}

/* argv[1] chooses the subcommand of c. */
static int choose_sub(rr_args *a, int argc, char **argv)
{
	const rr_cmd *c = a->cmd;
	if (argc < 2)
		return usage_error(NULL, c, "missing subcommand");
	const rr_cmd *s = cmd_find_sub(c, argv[1]);
	if (!s) {
		near n = {argv[1], NULL, 0};
		for (const rr_cmd *t = c->subs; t->name; t++)
			near_try(&n, t->name);
		char what[160];
		if (n.best)
			snprintf(what, sizeof what, "unknown subcommand '%.60s'; did you mean '%s'?",
				 argv[1], n.best);
		else
			snprintf(what, sizeof what, "unknown subcommand '%.60s'", argv[1]);
		return usage_error(NULL, c, what);
	}
	a->parent = c;
	a->cmd = s;
	return 0;
}

void args_free(rr_args *a)
{
	free(a->pos);
	free(a->pos_spec);
	free(a->opt_spec);
	free(a->opt_val);
	memset(a, 0, sizeof *a);
}

int cmd_parse(int argc, char **argv, rr_args *a)
{
	memset(a, 0, sizeof *a);
	const rr_cmd *c = argc > 0 ? cmd_find(argv[0]) : NULL;
	if (!c)
		return cmd_unknown(argc > 0 ? argv[0] : "");
	a->cmd = c;
	if (c->subs && choose_sub(a, argc, argv) != 0)
		return -1;
	size_t n = (size_t)argc;
	a->pos = malloc(n * sizeof *a->pos);
	a->pos_spec = malloc(n * sizeof *a->pos_spec);
	a->opt_spec = malloc(n * sizeof *a->opt_spec);
	a->opt_val = malloc(n * sizeof *a->opt_val);
	if (!a->pos || !a->pos_spec || !a->opt_spec || !a->opt_val) {
		args_free(a);
		return err_set("out of memory");
	}
	int rc = 0, opts_done = 0;
	for (int i = a->parent ? 2 : 1; i < argc && rc == 0; i++) {
		if (!opts_done && strcmp(argv[i], "--") == 0)
			opts_done = 1; /* the rest are arguments, even if they start with "--" */
		else if (!opts_done && argv[i][0] == '-' && argv[i][1] == '-')
			rc = take_option(a, argc, argv, &i);
		else
			a->pos[a->n_pos++] = argv[i];
	}
	if (rc == 0)
		rc = match_positionals(a);
	if (rc == 0)
		rc = check_options(a);
	if (rc == 0)
		rc = check_values(a);
	if (rc != 0)
		args_free(a);
	return rc;
}

/* ==== reading values ==== */

/* The declaration named name in the running command; a name it does not declare is a bug in
 * the handler, found by the first test that runs it. */
static const rr_argspec *spec_of(const rr_args *a, const char *name)
{
	const rr_argspec *lists[2] = {a->cmd->args, a->cmd->opts};
	for (int l = 0; l < 2; l++)
		for (const rr_argspec *s = lists[l]; s && s->name; s++)
			if (strcmp(s->name, name) == 0)
				return s;
	char label[64];
	fprintf(stderr, "relrec: bug: '%s' declares no argument or option '%s'\n",
		cmd_label(a->parent, a->cmd, label, sizeof label), name);
	abort();
}

const char *args_get(const rr_args *a, const char *name)
{
	const rr_argspec *s = spec_of(a, name);
	for (int i = a->n_opt - 1; i >= 0; i--)
		if (a->opt_spec[i] == s)
			return a->opt_val[i] ? a->opt_val[i] : "";
	for (int i = a->n_pos - 1; i >= 0; i--)
		if (a->pos_spec[i] == s)
			return a->pos[i];
	return NULL;
}

int args_has(const rr_args *a, const char *name)
{
	return args_get(a, name) != NULL;
}

int args_is_word(const rr_args *a, const char *name)
{
	const rr_argspec *s = spec_of(a, name);
	const char *v = args_get(a, name);
	for (int i = 0; v && s->choices && s->choices[i]; i++)
		if (strcmp(s->choices[i], v) == 0)
			return 1;
	return 0;
}

/* A handler's default must be the one the table shows: checked whenever it is used. */
static void check_default(const rr_argspec *s, double def)
{
	char *end;
	double d = s->def ? strtod(s->def, &end) : def;
	if (s->def && (*end || end == s->def))
		return; /* a default told in words ("10 and 20") */
	if (d != def) {
		fprintf(stderr, "relrec: bug: '%s' defaults to %g in the table, %g in its handler\n",
			s->name, d, def);
		abort();
	}
}

long args_long(const rr_args *a, const char *name, long def)
{
	const char *t = args_get(a, name);
	if (!t) {
		check_default(spec_of(a, name), (double)def);
		return def;
	}
	return strtol(t, NULL, 10); /* checked by cmd_parse */
}

uint64_t args_seed(const rr_args *a, const char *name, uint64_t def)
{
	const char *t = args_get(a, name);
	uint64_t v = def;
	if (!t)
		check_default(spec_of(a, name), (double)def);
	else if (settings_parse_seed(name, t, &v) != 0)
		abort();   /* checked by cmd_parse */
	return v;
}

double args_double(const rr_args *a, const char *name, double def)
{
	const char *t = args_get(a, name);
	if (!t) {
		check_default(spec_of(a, name), def);
		return def;
	}
	return strtod(t, NULL);
}

int args_count(const rr_args *a, const char *name)
{
	const rr_argspec *s = spec_of(a, name);
	int n = 0;
	for (int i = 0; i < a->n_pos; i++)
		n += a->pos_spec[i] == s;
	return n;
}

const char *args_nth(const rr_args *a, const char *name, int k)
{
	const rr_argspec *s = spec_of(a, name);
	for (int i = 0; i < a->n_pos; i++)
		if (a->pos_spec[i] == s && k-- == 0)
			return a->pos[i];
	return NULL;
}
