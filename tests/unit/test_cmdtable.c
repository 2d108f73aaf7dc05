/* test_cmdtable.c — the command table is the one source of parsing, help, completion and the
 * manual: check that the table and its declarations are well formed, that `help` lists every
 * command and `help CMD` every option, that man/relrec.1 documents every command and
 * subcommand (usage and help line, word for word), every option and every setting, and that
 * no handler reads or accepts an option the table does not declare. Run from the top of the
 * tree. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "err.h"
#include "settings.h"

#define MAN_PATH "man/relrec.1"

/* ==== a growing text buffer ==== */

typedef struct buf {
	char *s;
	size_t n, cap;
} buf;

static void buf_add(buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->n + n + 1)
			cap *= 2;
		b->s = realloc(b->s, cap);
		assert_non_null(b->s);
		b->cap = cap;
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void buf_puts(buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* ==== roff to plain text, enough for the manual's own markup ==== */

/* Append roff text with inline escapes resolved: fonts dropped, \- as -, \e as \, a few
 * named characters, and zero-width escapes removed. */
static void roff_inline(buf *out, const char *s)
{
	while (*s) {
		if (*s != '\\') {
			buf_add(out, s++, 1);
			continue;
		}
		s++;
		switch (*s) {
		case 'f': /* \fB, \f(XX, \f[NAME] */
			s++;
			if (*s == '(')
				s += *(s + 1) && *(s + 2) ? 3 : strlen(s);
			else if (*s == '[')
				s = strchr(s, ']') ? strchr(s, ']') + 1 : s + strlen(s);
			else if (*s)
				s++;
			break;
		case '(': { /* two-letter named character */
			char nm[3] = {s[1], s[1] ? s[2] : 0, 0};
			const char *t = "?";
			if (strcmp(nm, "aq") == 0)
				t = "'";
			else if (strcmp(nm, "dq") == 0)
				t = "\"";
			else if (strcmp(nm, "em") == 0 || strcmp(nm, "en") == 0)
				t = "-";
			else if (strcmp(nm, "mu") == 0)
				t = "x";
			buf_puts(out, t);
			s += nm[0] && nm[1] ? 3 : strlen(s);
			break;
		}
		case '-': buf_add(out, "-", 1); s++; break;
		case 'e': buf_add(out, "\\", 1); s++; break;
		case ' ': buf_add(out, " ", 1); s++; break;
		case '&': case '|': case '^': case 'c': s++; break;
		case '\0': break;
		default: buf_add(out, s++, 1); break; /* \\ and anything else: the character */
		}
	}
}

/* Split a macro's arguments: blanks separate, "..." groups. */
static int macro_args(const char *s, char args[][256], int max)
{
	int n = 0;
	while (*s && n < max) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s)
			break;
		size_t k = 0;
		if (*s == '"') {
			s++;
			while (*s && *s != '"' && k < 255)
				args[n][k++] = *s++;
			if (*s == '"')
				s++;
		} else {
			while (*s && *s != ' ' && *s != '\t' && k < 255)
				args[n][k++] = *s++;
		}
		args[n++][k] = '\0';
	}
	return n;
}

/* One source line as plain text (without newline); control lines other than font macros
 * and headings give "". */
static void roff_line(buf *out, const char *line)
{
	if (line[0] != '.' && line[0] != '\'') {
		roff_inline(out, line);
		return;
	}
	char name[8] = "";
	const char *p = line + 1;
	size_t k = 0;
	while (*p && *p != ' ' && *p != '\t' && k < sizeof name - 1)
		name[k++] = *p++;
	name[k] = '\0';
	char args[48][256];   /* OPTIONS' load line alternates 19 fonts; groff takes any number */
	int n = macro_args(p, args, 48);
	int join = strlen(name) == 2 && strchr("BIR", name[0]) && strchr("BIR", name[1]);
	if (strcmp(name, "B") == 0 || strcmp(name, "I") == 0 || strcmp(name, "SH") == 0 ||
	    strcmp(name, "SS") == 0 || join) {
		for (int i = 0; i < n; i++) {
			if (i && !join)
				buf_add(out, " ", 1);
			roff_inline(out, args[i]);
		}
	}
}

/* The manual as plain text: lines (trimmed, blanks collapsed) in *lines, and all of it
 * joined by single spaces in *joined. */
static void man_text(buf *lines, buf *joined)
{
	FILE *f = fopen(MAN_PATH, "r");
	if (!f)
		fail_msg("cannot open '%s' (run the test from the top of the tree)", MAN_PATH);
	char raw[4096];
	while (fgets(raw, sizeof raw, f)) {
		raw[strcspn(raw, "\n")] = '\0';
		if (strncmp(raw, ".\\\"", 3) == 0)
			continue; /* comment */
		buf one = {0};
		buf_puts(&one, "");
		roff_line(&one, raw);
		/* collapse blanks, trim */
		char *w = one.s, *r = one.s;
		int space = 1;
		for (; *r; r++) {
			if (isspace((unsigned char)*r)) {
				if (!space)
					*w++ = ' ';
				space = 1;
			} else {
				*w++ = *r;
				space = 0;
			}
		}
		while (w > one.s && w[-1] == ' ')
			w--;
		*w = '\0';
		buf_puts(lines, one.s);
		buf_puts(lines, "\n");
		if (*one.s) {
			if (joined->n)
				buf_puts(joined, " ");
			buf_puts(joined, one.s);
		}
		free(one.s);
	}
	fclose(f);
}

/* Is there a line exactly equal to want? */
static int has_line(const char *lines, const char *want)
{
	size_t n = strlen(want);
	for (const char *p = lines; *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && memcmp(p, want, n) == 0)
			return 1;
		p += len + (e != NULL);
	}
	return 0;
}

/* Is there a line that starts with the word w (followed by a blank or the end)? */
static int has_line_word(const char *lines, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = lines; *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len >= n && memcmp(p, w, n) == 0 && (len == n || p[n] == ' '))
			return 1;
		p += len + (e != NULL);
	}
	return 0;
}

/* The usage line the manual and help must show: "recommend USER [K] [--owned]". */
static const char *usage_of(const rr_cmd *parent, const rr_cmd *c)
{
	static char use[512];
	return cmd_usage(parent, c, use, sizeof use);
}

/* Every entry of the table: each command, then each of its subcommands. */
typedef void (*entry_fn)(const rr_cmd *parent, const rr_cmd *c, void *ctx);

static void each_entry(entry_fn fn, void *ctx)
{
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		fn(NULL, c, ctx);
		for (const rr_cmd *s = c->subs; s && s->name; s++)
			fn(c, s, ctx);
	}
}

/* Every entry that runs a handler: each command without subcommands, and each subcommand. */
typedef struct entry {
	const rr_cmd *parent, *c;
} entry;

static int runnable_entries(entry *v, int max)
{
	int n = 0;
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		if (!c->subs && n < max)
			v[n++] = (entry){NULL, c};
		for (const rr_cmd *s = c->subs; s && s->name && n < max; s++)
			v[n++] = (entry){c, s};
	}
	return n;
}

/* ==== the table ==== */

static void check_line(const char *what, const char *owner, const char *text)
{
	if (!text || !*text)
		fail_msg("%s of '%s' is empty", what, owner);
	if (text[strlen(text) - 1] == '.')
		fail_msg("%s of '%s' ends with a full stop: '%s'", what, owner, text);
}

/* One argument or option declaration. */
static void check_spec(const rr_cmd *c, const rr_argspec *s, int is_opt)
{
	check_line("help", s->name, s->help);
	if (is_opt) {
		if (strncmp(s->name, "--", 2) != 0 || !islower((unsigned char)s->name[2]))
			fail_msg("'%s': option '%s' must be --lowercase", c->name, s->name);
		if ((s->kind == RR_A_FLAG) != (s->meta == NULL && s->choices == NULL))
			fail_msg("'%s': '%s' needs a meta (or choices) exactly when it takes a value",
				 c->name, s->name);
		if (s->flags & (RR_ARG_OPTIONAL | RR_ARG_REPEAT))
			fail_msg("'%s': '%s': OPTIONAL and REPEAT are for arguments", c->name, s->name);
		if ((s->flags & RR_ARG_INSTEAD) && !(c->args && c->args[0].name))
			fail_msg("'%s': '%s' stands in for an argument the command lacks", c->name, s->name);
	} else {
		for (const char *p = s->name; *p; p++)
			if (!isupper((unsigned char)*p) && *p != '_')
				fail_msg("'%s': argument '%s' must be in capitals", c->name, s->name);
		if (s->kind == RR_A_FLAG || (s->flags & RR_ARG_INSTEAD))
			fail_msg("'%s': argument '%s' cannot be a flag", c->name, s->name);
	}
	if (s->kind == RR_A_CHOICE && !(s->choices && s->choices[0]))
		fail_msg("'%s': '%s' is a choice without choices", c->name, s->name);
	/* a kind after a word of the first argument: a word it can be, for a later argument */
	for (const rr_arg_after *k = s->after; k && k->word; k++) {
		int known = 0;
		for (int i = 0; !is_opt && s != c->args && c->args[0].kind == RR_A_CHOICE &&
				c->args[0].choices[i]; i++)
			known |= strcmp(c->args[0].choices[i], k->word) == 0;
		if (!known)
			fail_msg("'%s': '%s' has a kind after '%s', which its first argument cannot be",
				 c->name, s->name, k->word);
	}
	if ((s->kind == RR_A_INT || s->kind == RR_A_REAL) && !(s->lo <= s->hi))
		fail_msg("'%s': '%s' has an empty range", c->name, s->name);
	if (s->def && (s->kind == RR_A_INT || s->kind == RR_A_REAL)) {
		char *end;
		double d = strtod(s->def, &end);
		if (!*end && (d < s->lo || d > s->hi))
			fail_msg("'%s': '%s' defaults to %s, outside its range", c->name, s->name, s->def);
	}
}

static void check_entry(const rr_cmd *parent, const rr_cmd *c, void *ctx)
{
	(void)ctx;
	check_line("help", c->name, c->help);
	assert_true(c->name[0] != '\0');
	if ((c->fn == NULL) != (c->subs != NULL))
		fail_msg("'%s' needs a handler exactly when it has no subcommands", c->name);
	if (parent && c->subs)
		fail_msg("'%s %s': subcommands do not nest", parent->name, c->name);
	if (c->subs && (c->args || c->opts))
		fail_msg("'%s': a command with subcommands declares nothing itself", c->name);
	if (parent)
		assert_ptr_equal(cmd_find_sub(parent, c->name), c);
	else
		assert_ptr_equal(cmd_find(c->name), c);
	int optional = 0, repeat = 0;
	for (const rr_argspec *s = c->args; s && s->name; s++) {
		check_spec(c, s, 0);
		if (optional && !(s->flags & RR_ARG_OPTIONAL))
			fail_msg("'%s': required '%s' after an optional argument", c->name, s->name);
		if (repeat && !(s->flags & RR_ARG_REPEAT))
			fail_msg("'%s': '%s' after a repeating group", c->name, s->name);
		optional |= (s->flags & RR_ARG_OPTIONAL) != 0;
		repeat |= (s->flags & RR_ARG_REPEAT) != 0;
		for (const rr_argspec *t = c->args; t != s; t++)
			if (!strcmp(t->name, s->name))
				fail_msg("'%s' declares '%s' twice", c->name, s->name);
	}
	for (const rr_argspec *s = c->opts; s && s->name; s++) {
		check_spec(c, s, 1);
		for (const rr_argspec *t = c->opts; t != s; t++)
			if (!strcmp(t->name, s->name))
				fail_msg("'%s' declares '%s' twice", c->name, s->name);
	}
}

static void test_table_well_formed(void **state)
{
	(void)state;
	int n = 0;
	for (const rr_cmd *c = rr_cmds; c->name; c++, n++)
		for (const rr_cmd *d = rr_cmds; d != c; d++)
			if (strcmp(d->name, c->name) == 0)
				fail_msg("'%s' is in the table twice", c->name);
	assert_true(n >= 19);
	each_entry(check_entry, NULL);
	/* the DESIGN §2 core commands */
	static const char *const core[] = {"load", "clean", "stats", "bins", "set", "show",
					   "train", "report", "runs", "recommend", "together",
					   "evaluate", "save", "open", "export", "source", "help",
					   "quit"};
	for (size_t i = 0; i < sizeof core / sizeof *core; i++)
		if (!cmd_find(core[i]))
			fail_msg("core command '%s' missing from the table", core[i]);
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++)
		if (!d->help || !*d->help || !d->def || !d->column)
			fail_msg("setting '%s' lacks help, default or column", d->name);
	/* the usage lines are generated from the declarations */
	assert_string_equal(usage_of(NULL, cmd_find("recommend")), "recommend USER [K] [--owned]");
	assert_string_equal(usage_of(NULL, cmd_find("bins")), "bins [EDGE ...]");
	assert_string_equal(usage_of(NULL, cmd_find("clean")), "clean [RULE VALUE ...]");
	assert_string_equal(usage_of(NULL, cmd_find("export")),
			    "export recommendations|rules|report|runs|evaluation|audience|customers|chart|due ...");
	const rr_cmd *ev = cmd_find("evaluate");
	assert_string_equal(usage_of(ev, cmd_find_sub(ev, "ranking")),
			    "evaluate ranking [--cutoff YYYY-MM-DD] [--k K] [--horizon DAYS]");
	assert_non_null(strstr(usage_of(NULL, cmd_find("together")), "together ITEM|--user USER [K] "));
}

/* ==== the manual ==== */

typedef struct man {
	buf lines, joined;
	int bad;
} man;

static void man_entry(const rr_cmd *parent, const rr_cmd *c, void *ctx)
{
	man *m = ctx;
	const char *use = usage_of(parent, c);
	if (!has_line(m->lines.s, use)) {
		print_error("man/relrec.1 has no entry '%s'\n", use);
		m->bad++;
	}
	if (!strstr(m->joined.s, c->help)) {
		print_error("man/relrec.1 lacks the help of '%s': '%s'\n", c->name, c->help);
		m->bad++;
	}
	for (const rr_argspec *o = c->opts; o && o->name; o++)
		if (!strstr(m->joined.s, o->name)) {
			print_error("man/relrec.1 does not name '%s' of '%s'\n", o->name, c->name);
			m->bad++;
		}
}

static void test_man_documents_every_command(void **state)
{
	(void)state;
	man m = {{0}, {0}, 0};
	buf_puts(&m.lines, "");
	buf_puts(&m.joined, "");
	man_text(&m.lines, &m.joined);
	each_entry(man_entry, &m);
	for (int i = 0; rr_setting_defs[i].name; i++) {
		const char *nm = rr_setting_defs[i].name, *h = rr_setting_defs[i].help;
		if (!has_line_word(m.lines.s, nm)) {
			print_error("man/relrec.1 has no entry for the setting '%s'\n", nm);
			m.bad++;
		}
		if (h && !strstr(m.joined.s, h)) {
			print_error("man/relrec.1 lacks the help of setting '%s': '%s'\n", nm, h);
			m.bad++;
		}
	}
	/* the sections DESIGN and the brief ask for */
	static const char *const sections[] = {"NAME", "SYNOPSIS", "DESCRIPTION", "MODES",
					       "OPTIONS", "COMMANDS", "SETTINGS", "FILES",
					       "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"};
	for (size_t i = 0; i < sizeof sections / sizeof *sections; i++)
		if (!has_line(m.lines.s, sections[i])) {
			print_error("man/relrec.1 has no section '%s'\n", sections[i]);
			m.bad++;
		}
	static const char *const env[] = {"NO_COLOR", "RELREC_DATA", "XDG_STATE_HOME",
					  "RELREC_NO_TIMING"};
	for (size_t i = 0; i < sizeof env / sizeof *env; i++)
		if (!has_line(m.lines.s, env[i])) {
			print_error("man/relrec.1 does not document '%s'\n", env[i]);
			m.bad++;
		}
	free(m.lines.s);
	free(m.joined.s);
	assert_int_equal(m.bad, 0);
}

/* The normaliser itself, on hand-written roff. */
static void test_roff_normaliser(void **state)
{
	(void)state;
	buf b = {0};
	buf_puts(&b, "");
	roff_line(&b, "\\fBload\\fR \\fIFILE\\fR [\\fB\\-\\-strict\\fR] \\(aqx\\(aq a\\e\\(dq");
	assert_string_equal(b.s, "load FILE [--strict] 'x' a\\\"");
	b.n = 0;
	b.s[0] = '\0';
	roff_line(&b, ".BR \\-p \", \" \\-\\-prompt");
	assert_string_equal(b.s, "-p, --prompt");
	b.n = 0;
	b.s[0] = '\0';
	roff_line(&b, ".TP");
	assert_string_equal(b.s, "");
	roff_line(&b, ".SH EXIT STATUS");
	assert_string_equal(b.s, "EXIT STATUS");
	free(b.s);
	assert_true(has_line("a\nbc d\n", "bc d"));
	assert_false(has_line("a\nbc d\n", "bc"));
	assert_true(has_line_word("a\nbc d\n", "bc"));
	assert_false(has_line_word("a\nbcd\n", "bc"));
}

/* ==== `help` through a capturing sink ==== */

static void cap_text(void *ctx, const char *s)
{
	buf_puts(ctx, s);
	buf_puts(ctx, "\n");
}

static void cap_table(void *ctx, const rr_table *t)
{
	char *s = table_render(t, 1);
	assert_non_null(s);
	cap_text(ctx, s);
	free(s);
}

static void cap_error(void *ctx, const char *msg)
{
	(void)ctx;
	fail_msg("unexpected error: %s", msg);
}

static void app_capture(rr_app *app, buf *out)
{
	assert_int_equal(app_init(app), 0);
	app->sink.ctx = out;
	app->sink.text = cap_text;
	app->sink.table = cap_table;
	app->sink.progress = NULL;
	app->sink.error = cap_error;
}

static void run_captured(const char *line, buf *out)
{
	rr_app app;
	app_capture(&app, out);
	if (cmd_exec(&app, line) != 0)
		fail_msg("'%s' failed: %s", line, err_msg());
	app_free(&app);
}

/* help lists each entry as "  USAGE" then "      HELP". */
static void listed(const rr_cmd *parent, const rr_cmd *c, void *ctx)
{
	const char *out = ctx;
	if (c->subs)
		return; /* its subcommands are listed instead */
	char want[1024];
	snprintf(want, sizeof want, "\n  %s\n      %s\n", usage_of(parent, c), c->help);
	if (!strstr(out, want))
		fail_msg("'help' does not list '%s':\n%s", usage_of(parent, c), out);
}

static void test_help_lists_every_command(void **state)
{
	(void)state;
	buf out = {0};
	buf_puts(&out, "");
	run_captured("help", &out);
	each_entry(listed, out.s);
	free(out.s);
}

/* help CMD: the usage, the help, each argument and option with its help, each subcommand. */
static void described(const rr_cmd *parent, const rr_cmd *c, void *ctx)
{
	const char *out = ctx;
	char want[1024];
	snprintf(want, sizeof want, "%s\n  %s\n", usage_of(parent, c), c->help);
	if (!strstr(out, want))
		fail_msg("'help %s' lacks '%s':\n%s", parent ? parent->name : c->name, want, out);
	const rr_argspec *lists[2] = {c->args, c->opts};
	for (int l = 0; l < 2; l++)
		for (const rr_argspec *s = lists[l]; s && s->name; s++) {
			snprintf(want, sizeof want, "\n  %s", s->name);
			if (!strstr(out, want) || !strstr(out, s->help))
				fail_msg("'help %s' does not describe '%s':\n%s",
					 parent ? parent->name : c->name, s->name, out);
		}
	if (c->example && !strstr(out, c->example))
		fail_msg("'help %s' lacks the example '%s'", c->name, c->example);
}

static void test_help_describes_each_command(void **state)
{
	(void)state;
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		buf out = {0};
		buf_puts(&out, "");
		char line[64];
		snprintf(line, sizeof line, "help %s", c->name);
		run_captured(line, &out);
		if (strncmp(out.s, usage_of(NULL, c), strlen(usage_of(NULL, c))) != 0)
			fail_msg("'%s' does not start with the usage:\n%s", line, out.s);
		described(NULL, c, out.s);
		for (const rr_cmd *s = c->subs; s && s->name; s++)
			described(c, s, out.s);
		if (c->fn == cmd_set || c->fn == cmd_show)
			for (int i = 0; rr_setting_defs[i].name; i++)
				if (!strstr(out.s, rr_setting_defs[i].name) ||
				    !strstr(out.s, rr_setting_defs[i].help))
					fail_msg("'%s' does not list '%s'", line, rr_setting_defs[i].name);
		free(out.s);
	}
	buf out = {0};
	buf_puts(&out, "");
	run_captured("help dim", &out); /* a setting */
	assert_non_null(strstr(out.s, settings_find("dim")->help));
	out.n = 0;
	run_captured("help export rules", &out); /* one subcommand */
	const rr_cmd *ex = cmd_find("export");
	assert_int_equal(0, strncmp(out.s, usage_of(ex, cmd_find_sub(ex, "rules")),
				    strlen(usage_of(ex, cmd_find_sub(ex, "rules")))));
	assert_null(strstr(out.s, "export runs"));
	free(out.s);
}

static void test_help_unknown_command_fails(void **state)
{
	(void)state;
	rr_app app;
	assert_int_equal(app_init(&app), 0);
	app.sink.text = NULL;
	app.sink.table = NULL;
	app.sink.error = NULL;
	assert_int_equal(cmd_exec(&app, "help frobnicate"), -1);
	assert_non_null(strstr(err_msg(), "'frobnicate'"));
	assert_int_equal(cmd_exec(&app, "frobnicate"), -1);
	assert_non_null(strstr(err_msg(), "try 'help'"));
	/* the nearest name within two edits */
	assert_int_equal(cmd_exec(&app, "help recomend"), -1);
	assert_string_equal(err_msg(), "help: unknown command 'recomend' (did you mean 'recommend'?)");
	assert_int_equal(cmd_exec(&app, "reocmmend 17850"), -1);
	assert_string_equal(err_msg(), "unknown command 'reocmmend' (did you mean 'recommend'?)");
	assert_int_equal(cmd_exec(&app, "evaluate rank"), -1);
	assert_non_null(strstr(err_msg(), "did you mean 'ranking'?"));
	/* `runs use N` is how the manual switches runs: help on it is help on runs (t15) */
	assert_int_equal(cmd_exec(&app, "help runs use"), 0);
	assert_int_equal(cmd_exec(&app, "help runs usr"), -1);
	assert_non_null(strstr(err_msg(), "'runs' has no subcommands, and 'usr' is none of its words: help runs"));
	assert_int_equal(cmd_exec(&app, "help export usr"), -1);
	assert_non_null(strstr(err_msg(), "'export' has no subcommand 'usr'"));
	app_free(&app);
}

/* help's list of an argument's words, when cut to fit, is cut at a whole word and ends in
 * "…": every piece shown is one of the table's words (t26 F1: --return's list ended in "sale",
 * the start of sales_credit). */
static void words_whole(const rr_cmd *parent, const rr_cmd *c, void *ctx)
{
	(void)ctx;
	const rr_argspec *lists[2] = {c->args, c->opts};
	for (int l = 0; l < 2; l++)
		for (const rr_argspec *s = lists[l]; s && s->name; s++) {
			if (!s->choices || (l == 1 && !s->meta) ||
			    (s->kind != RR_A_WORD && s->kind != RR_A_CHOICE))
				continue;
			char line[128], head[64];
			snprintf(line, sizeof line, "help %s%s%s", parent ? parent->name : "",
				 parent ? " " : "", c->name);
			buf out = {0};
			buf_puts(&out, "");
			run_captured(line, &out);
			snprintf(head, sizeof head, "\n  %s ", s->name);
			char *at = strstr(out.s, head);
			assert_non_null(at);
			char *eol = strchr(at + 1, '\n');
			if (eol)
				*eol = '\0';
			char *open = strrchr(at, '('), *close = strrchr(at, ')');
			assert_true(open && close && close > open);
			*close = '\0';
			char *semi = strstr(open, "; default ");
			if (semi)
				*semi = '\0';
			if ((semi = strstr(open, "; not after ")))   /* the words they are not after */
				*semi = '\0';
			const char *sep = "|";   /* blanks when a word is '|' (--sep's) */
			for (int i = 0; s->choices[i]; i++)
				if (strchr(s->choices[i], '|'))
					sep = " ";
			int n = 0, cut = 0;
			for (char *w = strtok(open + 1, sep); w; w = strtok(NULL, sep), n++) {
				int known = cut = strcmp(w, "…") == 0;
				for (int i = 0; !known && s->choices[i]; i++)
					known = strcmp(w, s->choices[i]) == 0;
				if (!known)
					fail_msg("'%s': %s lists '%s', none of its words", line,
						 s->name, w);
			}
			int all = 0;
			while (s->choices[all])
				all++;
			if (n < all && !cut)
				fail_msg("'%s': %s lists %d of %d words with no '…'", line, s->name,
					 n, all);
			free(out.s);
		}
}

static void test_help_words_whole(void **state)
{
	(void)state;
	each_entry(words_whole, NULL);
}

/* Every command a newcomer can run has an example in `help CMD`, and the example is a line
 * the dispatcher accepts. */
static void test_every_command_has_an_example(void **state)
{
	(void)state;
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		if (!c->example)
			fail_msg("'%s' has no example", c->name);
		const rr_cmd *entries[16] = {c};
		int n = 1;
		for (const rr_cmd *s = c->subs; s && s->name && n < 16; s++)
			entries[n++] = s;
		for (int i = 0; i < n; i++) {
			const char *ex = entries[i]->example;
			if (!ex)
				fail_msg("'%s %s' has no example", c->name, entries[i]->name);
			if (strncmp(ex, c->name, strlen(c->name)) != 0)
				fail_msg("the example of '%s' is not a '%s' line: '%s'", c->name, c->name, ex);
			int argc;
			char **argv;
			rr_args a;
			assert_int_equal(cmd_split(ex, &argc, &argv), 0);
			if (cmd_parse(argc, argv, &a) != 0)
				fail_msg("the example '%s' does not parse: %s", ex, err_msg());
			args_free(&a);
			cmd_free_argv(argc, argv);
		}
	}
}

/* q, exit and \q are quit everywhere (they resolve in cmd_find, which every front end and
 * the script runner use), help names them, and completion still offers the real name. */
static void test_quit_aliases(void **state)
{
	(void)state;
	const char *words[] = {"q", "exit", "\\q"};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		assert_ptr_equal(cmd_find(words[i]), cmd_find("quit"));
		rr_app app;
		buf out = {0};
		buf_puts(&out, "");
		app_capture(&app, &out);
		assert_int_equal(cmd_exec(&app, words[i]), 0);
		assert_int_equal(app.quit, 1);
		app_free(&app);
		free(out.s);
	}
	for (const rr_alias *a = rr_aliases; a->alias; a++)
		assert_non_null(cmd_find(a->name));
	buf out = {0};
	buf_puts(&out, "");
	run_captured("help quit", &out);
	assert_non_null(strstr(out.s, "also: q, exit, \\q"));
	free(out.s);
}

/* undo's help names every command whose step it reverses (the RR_CMD_UNDO flag): the
 * help overlay, `help undo` and the manual all read that one line. */
static void test_undo_help_names_undoable(void **state)
{
	(void)state;
	const char *help = cmd_find("undo")->help;
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		/* a model step is an undo step: the dispatcher snapshots only those */
		if (c->flags & RR_CMD_MODEL_STEP)
			assert_true(c->flags & RR_CMD_UNDO);
		if (!(c->flags & RR_CMD_UNDO))
			continue;
		const char *p = help;
		size_t n = strlen(c->name);
		while ((p = strstr(p, c->name)) && isalpha((unsigned char)p[n]))
			p += n;
		if (!p)
			print_error("undo's help '%s' does not name '%s'\n", help, c->name);
		assert_non_null(p);
	}
}

/* help WORD takes a command or a setting: a misspelt one of either gets the nearest. */
static void test_help_suggests_settings(void **state)
{
	(void)state;
	rr_app app;
	assert_int_equal(app_init(&app), 0);
	app.sink.text = NULL;
	app.sink.table = NULL;
	app.sink.error = NULL;
	assert_int_equal(cmd_exec(&app, "help dropuot"), -1);
	assert_string_equal(err_msg(), "help: unknown setting 'dropuot' (did you mean 'dropout'?)");
	assert_int_equal(cmd_exec(&app, "set dropuot 0.1"), -1);
	assert_non_null(strstr(err_msg(), "did you mean 'dropout'?"));
	assert_int_equal(cmd_exec(&app, "help bisn"), -1);
	assert_string_equal(err_msg(), "help: unknown command 'bisn' (did you mean 'bins'?)");
	app_free(&app);
}

/* Two sentences of the manual that once read wrong: lift's formula (a stray roff escape
 * rendered "×lN") and --journal, which the journal section says takes only what succeeds. */
static void test_man_formula_and_journal(void **state)
{
	(void)state;
	man m = {{0}, {0}, 0};
	buf_puts(&m.lines, "");
	buf_puts(&m.joined, "");
	man_text(&m.lines, &m.joined);
	/* the normaliser writes \(mu as x */
	assert_non_null(strstr(m.joined.s, "Lift is n_xyxN/(n_xxn_y)."));
	assert_null(strstr(m.joined.s, "executed command"));
	assert_non_null(strstr(m.joined.s, "-j, --journal FILE Append every command that succeeds"));
	free(m.lines.s);
	free(m.joined.s);
}

/* ==== the SETTINGS section against the settings table ==== */

/* The plain-text lines of the man page's section .SH NAME, up to the next .SH (malloc'd). */
static char *man_section(const char *name)
{
	FILE *f = fopen(MAN_PATH, "r");
	if (!f)
		fail_msg("cannot open '%s' (run the test from the top of the tree)", MAN_PATH);
	buf out = {0};
	buf_puts(&out, "");
	char raw[4096], head[300];
	int in = 0;
	snprintf(head, sizeof head, ".SH %s", name);
	while (fgets(raw, sizeof raw, f)) {
		raw[strcspn(raw, "\n")] = '\0';
		if (strncmp(raw, ".SH", 3) == 0) {
			in = strcmp(raw, head) == 0;
			continue;
		}
		if (!in || strncmp(raw, ".\\\"", 3) == 0)
			continue;
		buf one = {0};
		buf_puts(&one, "");
		roff_line(&one, raw);
		buf_puts(&out, one.s);
		buf_puts(&out, "\n");
		free(one.s);
	}
	fclose(f);
	return out.s;
}

/* gen's seed: the range help and the manual name is the one checked, the seed setting's
 * (t26 F8: help said "at least 0", the manual nothing, and 2^63 was refused; t40 #11: gen
 * refused past 2^63-1 what set seed took): both take 2^64-1 and refuse 2^64 alike; and the
 * manual's exit status for a second Ctrl-C at the prompt while work is stopping, which leaves
 * with 130. */
static void test_gen_seed_range_and_exit_130(void **state)
{
	(void)state;
	buf out = {0};
	buf_puts(&out, "");
	run_captured("help gen", &out);
	if (!strstr(out.s, "(" RR_SEED_RANGE "; default 1)"))
		fail_msg("'help gen' does not say %s:\n%s", RR_SEED_RANGE, out.s);
	free(out.s);
	rr_args a;
	int argc;
	char **argv;
	assert_int_equal(0, cmd_split("gen x.csv 1 --seed 18446744073709551615", &argc, &argv));
	assert_int_equal(0, cmd_parse(argc, argv, &a));
	assert_true(UINT64_MAX == args_seed(&a, "--seed", 1));
	args_free(&a);
	cmd_free_argv(argc, argv);
	rr_settings st;
	settings_default(&st);
	assert_int_equal(0, settings_set(&st, "seed", "18446744073709551615"));
	assert_true(UINT64_MAX == st.seed);
	/* one past the top, and below the bottom: the same words for both */
	static const char *const past[] = {"18446744073709551616", "-1", "1e3"};
	static const char *const said[] = {"--seed must be from 0 to 2^64-1, not 18446744073709551616",
		"--seed must be from 0 to 2^64-1, not -1",
		"--seed must be a whole number from 0 to 2^64-1, not '1e3'"};
	for (size_t i = 0; i < 3; i++) {
		char line[96];
		const char *want = said[i];
		snprintf(line, sizeof line, "gen x.csv 1 --seed %s", past[i]);
		assert_int_equal(0, cmd_split(line, &argc, &argv));
		assert_int_equal(-1, cmd_parse(argc, argv, &a));
		cmd_free_argv(argc, argv);
		if (!strstr(err_msg(), want))
			fail_msg("gen: %s", err_msg());
		assert_int_equal(-1, settings_set(&st, "seed", past[i]));
		if (strcmp(err_msg(), want + 2) != 0)
			fail_msg("set: %s", err_msg());
	}
	char range[64];
	assert_string_equal(RR_SEED_RANGE, settings_range(settings_find("seed"), range, sizeof range));
	man m = {{0}, {0}, 0};
	buf_puts(&m.lines, "");
	buf_puts(&m.joined, "");
	man_text(&m.lines, &m.joined);
	assert_non_null(strstr(m.joined.s, "S (" RR_SEED_RANGE ", as the seed setting)"));
	assert_non_null(strstr(m.joined.s, "default 1; " RR_SEED_RANGE ", the range of the seed"));
	free(m.lines.s);
	free(m.joined.s);
	char *exit = man_section("EXIT STATUS");
	/* a second Ctrl-C at the prompt does not leave (t40 #2) */
	assert_non_null(strstr(exit, "(but not a second Ctrl-C at the prompt,"));
	free(exit);
}


/* "dim N", "weights none|balanced|sqrt": the entry's first line. */
static void setting_synopsis(const rr_setting_def *d, char *buf, size_t n)
{
	char range[128];
	snprintf(buf, n, "%s %s", d->name, d->kind == RR_SK_WORD ? settings_range(d, range, sizeof range)
								 : d->meta);
}

/* "embedding size ...; 1..1024. Default 16.": the entry's second line. */
static void setting_body(const rr_setting_def *d, char *buf, size_t n)
{
	char range[128];
	if (d->kind == RR_SK_WORD)
		snprintf(buf, n, "%s. Default %s.", d->help, d->def);
	else
		snprintf(buf, n, "%s; %s. Default %s.", d->help, settings_range(d, range, sizeof range),
			 d->def);
}

/* The command line takes every option of load (ui/main.c builds its option table from load's
 * declaration): the OPTIONS section must name each one, so that a load option added later
 * cannot be missing there (--no-header was). */
static void test_man_options_name_load_options(void **state)
{
	(void)state;
	char *sec = man_section("OPTIONS");
	if (!*sec)
		fail_msg("man/relrec.1 has no OPTIONS section");
	const rr_cmd *load = cmd_find("load");
	assert_non_null(load);
	int bad = 0;
	for (const rr_argspec *o = load->opts; o && o->name; o++) {
		const char *p = sec;
		size_t n = strlen(o->name);
		/* the whole option: --map must not be found inside --mapping */
		while ((p = strstr(p, o->name)) && (isalnum((unsigned char)p[n]) || p[n] == '-'))
			p += n;
		if (!p) {
			print_error("man OPTIONS does not name the load option '%s', which the command "
				    "line takes\n", o->name);
			bad++;
		}
	}
	free(sec);
	assert_int_equal(bad, 0);
}

static void test_man_settings_match_table(void **state)
{
	(void)state;
	char *sec = man_section("SETTINGS");
	if (!*sec)
		fail_msg("man/relrec.1 has no SETTINGS section");
	rr_app app;
	assert_int_equal(app_init(&app), 0);
	int bad = 0;
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
		char syn[256], body[512], shown[128], want[160];
		setting_synopsis(d, syn, sizeof syn);
		setting_body(d, body, sizeof body);
		if (!has_line(sec, syn) || !has_line(sec, body)) {
			print_error("man SETTINGS needs the lines '%s' and '%s'\n", syn, body);
			bad++;
		}
		/* the documented default is what `show` prints on a fresh session */
		snprintf(want, sizeof want, "Default %s.", settings_get(&app.set, d->name, shown, sizeof shown));
		if (!strstr(body, want)) {
			print_error("setting '%s': man says '%s', show says '%s'\n", d->name, body, shown);
			bad++;
		}
	}
	/* and no entry for a setting the table does not have: an entry is a synopsis line
	 * followed by a line holding "Default X." */
	const char *prev = NULL;
	for (const char *p = sec; *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (prev && len && strstr(p, " Default ") && strstr(p, " Default ") < p + len) {
			char word[64] = "";
			sscanf(prev, "%63s", word);
			if (!settings_find(word)) {
				print_error("man SETTINGS documents '%s', which is not a setting\n", word);
				bad++;
			}
		}
		prev = p;
		p += len + (e != NULL);
	}
	app_free(&app);
	free(sec);
	if (bad)
		fail_msg("%d setting(s) disagree between man/relrec.1 and the settings table", bad);
}

/* ==== handlers and declarations agree ==== */

/* Is name declared as an option by some command or subcommand? */
static int declared_anywhere(const char *name)
{
	entry v[64];
	int n = runnable_entries(v, 64);
	for (int i = 0; i < n; i++)
		for (const rr_argspec *o = v[i].c->opts; o && o->name; o++)
			if (!strcmp(o->name, name))
				return 1;
	return 0;
}

/* The text of every handler file, src/cmd_*.c. */
static void handler_sources(buf *b)
{
	static const char *const files[] = {"src/cmd_data.c", "src/cmd_model.c", "src/cmd_rec.c",
					    "src/cmd_eval.c", "src/cmd_act.c", "src/cmd_audience.c",
					    "src/cmd_chart.c", "src/commands.c", NULL};
	for (int i = 0; files[i]; i++) {
		FILE *f = fopen(files[i], "r");
		if (!f)
			fail_msg("cannot open '%s' (run the test from the top of the tree)", files[i]);
		char chunk[4096];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_add(b, chunk, n);
		fclose(f);
	}
}

/* Every "--word" string literal in a handler file is a declared option (a handler cannot
 * quietly accept what help and the manual do not name), and every declared option is read
 * by some handler (a declaration nothing reads is a lie). */
static void test_handlers_read_only_declared_options(void **state)
{
	(void)state;
	buf src = {0};
	buf_puts(&src, "");
	handler_sources(&src);
	int found = 0;
	for (const char *p = src.s; (p = strstr(p, "\"--")) != NULL; p++) {
		size_t n = 3;
		while (islower((unsigned char)p[n]) || p[n] == '-')
			n++;
		if (p[n] != '"' && p[n] != '=')
			continue;
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(n - 1 < 60 ? n - 1 : 60), p + 1);
		if (strlen(name) > 2 && !declared_anywhere(name))
			fail_msg("a handler uses '%s', which no command declares", name);
		found++;
	}
	assert_true(found > 10);
	free(src.s);
	/* the other way: read through args_* by name, outside the table */
	static const char *const readers[] = {"src/cmd_data.c", "src/cmd_model.c",
					      "src/cmd_rec.c", "src/cmd_eval.c", "src/cmd_act.c",
					      "src/cmd_audience.c", "src/cmd_chart.c", NULL};
	buf h = {0};
	buf_puts(&h, "");
	for (int i = 0; readers[i]; i++) {
		FILE *f = fopen(readers[i], "r");
		assert_non_null(f);
		char chunk[4096];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_add(&h, chunk, n);
		fclose(f);
	}
	entry v[64];
	int n = runnable_entries(v, 64);
	for (int i = 0; i < n; i++)
		for (const rr_argspec *o = v[i].c->opts; o && o->name; o++) {
			char lit[80];
			snprintf(lit, sizeof lit, "\"%s\"", o->name);
			if (!strstr(h.s, lit))
				fail_msg("'%s' declares '%s' but no handler reads it", v[i].c->name,
					 o->name);
		}
	free(h.s);
}

/* tmpl with @DIR, @USER and @ITEM replaced, into out. */
static void expand(char *out, size_t size, const char *tmpl, const char *dir, const rr_app *app)
{
	size_t k = 0;
	for (const char *p = tmpl; *p && k + 1 < size;) {
		const char *v = NULL;
		size_t skip = 0;
		if (!strncmp(p, "@DIR", 4))
			v = dir, skip = 4;
		else if (!strncmp(p, "@USER", 5))
			v = dataset_user_name(app->ds, 0), skip = 5;
		else if (!strncmp(p, "@ITEM", 5))
			v = dataset_item_name(app->ds, 0), skip = 5;
		if (v) {
			k += (size_t)snprintf(out + k, size - k, "%s", v);
			p += skip;
		} else {
			out[k++] = *p++;
		}
	}
	out[k < size ? k : size - 1] = '\0';
}

/* Every command with every option it declares, through cmd_exec on a small generated data
 * set: a handler that asks args_* for a name its entry does not declare aborts here, and so
 * does a handler default that differs from the table's. The list must use every option. */
static void test_every_option_runs(void **state)
{
	(void)state;
	char dir[] = "/tmp/relrec-opts-XXXXXX";
	assert_non_null(mkdtemp(dir));
	static const char *const tmpl[] = {
		"gen @DIR/t.csv 3000 --seed 5",
		"load @DIR/t.csv --sep , --decimal . --date-format \"%m/%d/%Y %H:%M\" --encoding latin1 "
		"--purchase buy --return Kundengutschrift --void Ogiltig --keep-id GAST "
		"--strip-zeros user,item --latin-lookalikes --item-forms scale,isbn,ndc",
		"load @DIR/t.csv --no-header --map invoice=1,item=2,qty=4,date=5,price=6,user=7",
		"load @DIR/t.csv --strict --map user=CustomerID,item=StockCode --calendar gregorian "
		"--month-language cs --convert-currency HRK",
		"stats --hist",
		"customers 3 --by quantity",
		"export customers @DIR/cu.csv 3 --by items --raw",
		"clean price off codes POST,DOT",
		"clean price on",
		"bins 2 5",
		"set epochs 1",
		"show epochs",
		"recommend @USER 3 --owned",
		"together @ITEM 3 --min-count 1 --min-confidence 0 --min-lift 0 --by confidence",
		"together --user @USER --min-count 1",
		"evaluate ranking --cutoff 2011-06-01 --k 5 --horizon 92",
		"export evaluation @DIR/ev.csv --raw",
		"export recommendations @DIR/r.csv 2 --owned --raw",
		"export rules @DIR/ru.csv --min-count 1 --min-confidence 0.1 --min-lift 1 --raw",
		"train",
		"train --stopped-at 1",
		"report",
		"runs",
		"save @DIR/m.rrm",
		"open @DIR/m.rrm",
		"export report @DIR/rep.csv --raw",
		"export runs @DIR/runs.csv --raw",
		"export chart loss @DIR/loss.svg",
		"filter drop-customers @USER --file @DIR/t.csv",
		"filter clear",
		"exclude items @ITEM --file @DIR/t.csv",
		"only items @ITEM --file @DIR/t.csv",
		"due 30 5",
		"export due @DIR/due.csv 30 5 --raw",
		"exclude clear",
		"evaluate due 14 --cutoff 2011-06-01 --k 10",
		"audience @ITEM 5 --new-only",
		"why @USER @ITEM",
		"export audience all @DIR/aud.csv 3 --new-only --min-buyers 2 --raw",
		"evaluate audience --cutoff 2011-06-01 --k 5 --min-buyers 2",
		"help together",
		"quit",
	};
	enum { N = sizeof tmpl / sizeof *tmpl };
	char lines[N][256];
	buf out = {0};
	buf_puts(&out, "");
	rr_app app;
	app_capture(&app, &out);
	for (int i = 0; i < N; i++) {
		expand(lines[i], sizeof lines[i], tmpl[i], dir, &app);
		if (cmd_exec(&app, lines[i]) != 0)
			fail_msg("'%s' failed: %s", lines[i], err_msg());
	}
	app_free(&app);
	free(out.s);
	entry v[64];
	int n = runnable_entries(v, 64);
	for (int e = 0; e < n; e++)
		for (const rr_argspec *o = v[e].c->opts; o && o->name; o++) {
			char head[64];
			snprintf(head, sizeof head, "%s%s%s ", v[e].parent ? v[e].parent->name : "",
				 v[e].parent ? " " : "", v[e].c->name);
			int used = 0;
			for (int i = 0; i < N && !used; i++)
				used = !strncmp(lines[i], head, strlen(head)) && strstr(lines[i], o->name);
			if (!used)
				fail_msg("no line of this test uses '%s' of '%s'", o->name, head);
		}
	char cmd[512];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_well_formed),
		cmocka_unit_test(test_roff_normaliser),
		cmocka_unit_test(test_man_documents_every_command),
		cmocka_unit_test(test_man_settings_match_table),
		cmocka_unit_test(test_man_options_name_load_options),
		cmocka_unit_test(test_help_lists_every_command),
		cmocka_unit_test(test_help_describes_each_command),
		cmocka_unit_test(test_help_unknown_command_fails),
		cmocka_unit_test(test_help_words_whole),
		cmocka_unit_test(test_gen_seed_range_and_exit_130),
		cmocka_unit_test(test_handlers_read_only_declared_options),
		cmocka_unit_test(test_every_option_runs),
		cmocka_unit_test(test_every_command_has_an_example),
		cmocka_unit_test(test_quit_aliases),
		cmocka_unit_test(test_undo_help_names_undoable),
		cmocka_unit_test(test_help_suggests_settings),
		cmocka_unit_test(test_man_formula_and_journal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
