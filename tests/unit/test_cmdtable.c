/* test_cmdtable.c — the command table is the one source of help, completion and the manual:
 * check that the table is well formed, that `help` lists every command, and that
 * man/relrec.1 documents every command (name, usage and help line, word for word) and every
 * setting. Run from the top of the tree. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	char args[16][256];
	int n = macro_args(p, args, 16);
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

static char *synopsis(const rr_cmd *c)
{
	size_t n = strlen(c->name) + strlen(c->usage) + 2;
	char *s = malloc(n);
	assert_non_null(s);
	snprintf(s, n, "%s%s%s", c->name, *c->usage ? " " : "", c->usage);
	return s;
}

/* ==== tests ==== */

static void test_table_well_formed(void **state)
{
	(void)state;
	int n = 0;
	for (const rr_cmd *c = rr_cmds; c->name; c++, n++) {
		assert_true(c->name[0] != '\0');
		assert_non_null(c->usage);
		assert_non_null(c->help);
		assert_non_null(c->fn);
		if (c->help[0] == '\0')
			fail_msg("'%s' has no help line", c->name);
		if (c->help[strlen(c->help) - 1] == '.')
			fail_msg("help of '%s' ends with a full stop", c->name);
		/* usage says what the argument counts allow */
		if ((c->max_args != 0) != (c->usage[0] != '\0'))
			fail_msg("'%s': usage '%s' does not match max_args %d", c->name, c->usage,
				 c->max_args);
		assert_true(c->min_args >= 0);
		assert_true(c->max_args < 0 || c->max_args >= c->min_args);
		assert_ptr_equal(cmd_find(c->name), c);
		for (const rr_cmd *d = rr_cmds; d != c; d++)
			if (strcmp(d->name, c->name) == 0)
				fail_msg("'%s' is in the table twice", c->name);
		for (int i = 0; c->opts && c->opts[i]; i++)
			assert_true(c->opts[i][0] != '\0');
	}
	assert_true(n >= 19);
	/* the DESIGN §2 core commands */
	static const char *const core[] = {"load", "clean", "stats", "bins", "set", "show",
					   "train", "report", "runs", "recommend", "together",
					   "evaluate", "save", "open", "export", "source", "help",
					   "quit"};
	for (size_t i = 0; i < sizeof core / sizeof *core; i++)
		if (!cmd_find(core[i]))
			fail_msg("core command '%s' missing from the table", core[i]);
	for (int i = 0; rr_setting_names[i]; i++) {
		const char *h = settings_help(rr_setting_names[i]);
		if (!h || !*h)
			fail_msg("setting '%s' has no help", rr_setting_names[i]);
	}
}

static void test_man_documents_every_command(void **state)
{
	(void)state;
	buf lines = {0}, joined = {0};
	buf_puts(&lines, "");
	buf_puts(&joined, "");
	man_text(&lines, &joined);
	int bad = 0;
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		char *syn = synopsis(c);
		if (!has_line(lines.s, syn)) {
			print_error("man/relrec.1 has no entry '%s'\n", syn);
			bad++;
		}
		if (!strstr(joined.s, c->help)) {
			print_error("man/relrec.1 lacks the help of '%s': '%s'\n", c->name, c->help);
			bad++;
		}
		free(syn);
	}
	for (int i = 0; rr_setting_names[i]; i++) {
		const char *nm = rr_setting_names[i], *h = settings_help(nm);
		if (!has_line_word(lines.s, nm)) {
			print_error("man/relrec.1 has no entry for the setting '%s'\n", nm);
			bad++;
		}
		if (h && !strstr(joined.s, h)) {
			print_error("man/relrec.1 lacks the help of setting '%s': '%s'\n", nm, h);
			bad++;
		}
	}
	/* the sections DESIGN and the brief ask for */
	static const char *const sections[] = {"NAME", "SYNOPSIS", "DESCRIPTION", "MODES",
					       "OPTIONS", "COMMANDS", "SETTINGS", "FILES",
					       "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"};
	for (size_t i = 0; i < sizeof sections / sizeof *sections; i++)
		if (!has_line(lines.s, sections[i])) {
			print_error("man/relrec.1 has no section '%s'\n", sections[i]);
			bad++;
		}
	static const char *const env[] = {"NO_COLOR", "RELREC_DATA", "XDG_STATE_HOME",
					  "RELREC_NO_TIMING"};
	for (size_t i = 0; i < sizeof env / sizeof *env; i++)
		if (!has_line(lines.s, env[i])) {
			print_error("man/relrec.1 does not document '%s'\n", env[i]);
			bad++;
		}
	free(lines.s);
	free(joined.s);
	assert_int_equal(bad, 0);
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

static void run_captured(const char *line, buf *out)
{
	rr_app app;
	assert_int_equal(app_init(&app), 0);
	app.sink.ctx = out;
	app.sink.text = cap_text;
	app.sink.table = cap_table;
	app.sink.progress = NULL;
	app.sink.error = cap_error;
	if (cmd_exec(&app, line) != 0)
		fail_msg("'%s' failed: %s", line, err_msg());
	app_free(&app);
}

/* Does a line of out start with s followed by two blanks or the end (a table cell)? */
static int has_cell(const char *out, const char *s)
{
	size_t n = strlen(s);
	for (const char *p = out; *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len >= n && memcmp(p, s, n) == 0 &&
		    (len == n || (len >= n + 2 && p[n] == ' ' && p[n + 1] == ' ')))
			return 1;
		p += len + (e != NULL);
	}
	return 0;
}

static void test_help_lists_every_command(void **state)
{
	(void)state;
	buf out = {0};
	buf_puts(&out, "");
	run_captured("help", &out);
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		char *syn = synopsis(c);
		if (!has_cell(out.s, syn))
			fail_msg("'help' does not list '%s':\n%s", syn, out.s);
		if (!strstr(out.s, c->help))
			fail_msg("'help' lacks the help of '%s'", c->name);
		free(syn);
	}
	free(out.s);
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
		char *syn = synopsis(c);
		if (strncmp(out.s, syn, strlen(syn)) != 0 || !strstr(out.s, c->help))
			fail_msg("'%s' printed:\n%s", line, out.s);
		free(syn);
		if (c->fn == cmd_set)
			for (int i = 0; rr_setting_names[i]; i++)
				if (!strstr(out.s, rr_setting_names[i]))
					fail_msg("'help set' does not list '%s'", rr_setting_names[i]);
		free(out.s);
	}
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
	app_free(&app);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_well_formed),
		cmocka_unit_test(test_roff_normaliser),
		cmocka_unit_test(test_man_documents_every_command),
		cmocka_unit_test(test_help_lists_every_command),
		cmocka_unit_test(test_help_describes_each_command),
		cmocka_unit_test(test_help_unknown_command_fails),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
