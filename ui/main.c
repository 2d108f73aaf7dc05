/* main.c — relrec's entry point: options, the choice of front end, exit codes.
 * 0 ok, 1 a command failed, 2 usage error. Only main() exits. */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "err.h"
#include "frontends.h"
#include "gen.h"
#include "ingest.h"
#include "sink_file.h"

/* The version has one home, debian/changelog; the Makefile reads it and passes it in. */
#ifndef RELREC_VERSION
#error "RELREC_VERSION comes from the Makefile (the first line of debian/changelog)"
#endif
#ifndef RELREC_DATADIR
#define RELREC_DATADIR "/usr/local/share/relrec"
#endif

static rr_app app;

/* The option that --complete-words is: hidden (not in --help, not offered by completion). */
enum { OPT_COMPLETE_WORDS = 0x100, OPT_LOAD = 0x200 };

/* The front end's own options. The load options come after them from the `load` command's
 * declaration (src/commands.c), so the command line and the command cannot disagree; of
 * those only --map has a short form. */
static const struct option own_opts[] = {
	{"prompt", no_argument, NULL, 'p'},     {"replay", required_argument, NULL, 'r'},
	{"keep-going", no_argument, NULL, 'k'}, {"quiet", no_argument, NULL, 'q'},
	{"journal", required_argument, NULL, 'j'},
	{"help", no_argument, NULL, 'h'},       {"version", no_argument, NULL, 'V'},
	{"complete-words", required_argument, NULL, OPT_COMPLETE_WORDS},
};
static const struct { const char *name; char c; } load_shorts[] = {{"--map", 'm'}};
#define MAX_OPTS 32
static struct option opts[MAX_OPTS];   /* getopt_long's table: own_opts, then load's */
static const rr_argspec *load_opts;    /* the load command's options */

/* One table for getopt_long, --help and --complete-words: ours, then load's. */
static void build_opts(void)
{
	size_t n = 0;
	for (size_t i = 0; i < sizeof own_opts / sizeof *own_opts; i++)
		opts[n++] = own_opts[i];
	load_opts = cmd_find("load")->opts;
	for (int i = 0; load_opts[i].name && n + 1 < MAX_OPTS; i++, n++) {
		opts[n].name = load_opts[i].name + 2;
		opts[n].has_arg = load_opts[i].kind == RR_A_FLAG ? no_argument : required_argument;
		opts[n].flag = NULL;
		opts[n].val = OPT_LOAD + i;
		for (size_t k = 0; k < sizeof load_shorts / sizeof *load_shorts; k++)
			if (strcmp(load_shorts[k].name, load_opts[i].name) == 0)
				opts[n].val = load_shorts[k].c;
	}
	opts[n] = (struct option){NULL, 0, NULL, 0};
}

/* The load option an opts entry stands for, or NULL. */
static const rr_argspec *load_opt_of(const struct option *o)
{
	for (int i = 0; load_opts[i].name; i++)
		if (strcmp(load_opts[i].name + 2, o->name) == 0)
			return &load_opts[i];
	return NULL;
}

/* getopt's short options, "pr:kqj:...", read off opts so the two cannot disagree. */
static const char *short_opts(void)
{
	static char buf[2 * MAX_OPTS + 1];
	char *p = buf;
	for (const struct option *o = opts; o->name; o++) {
		if (o->val > 0xff)
			continue;
		*p++ = (char)o->val;
		if (o->has_arg == required_argument)
			*p++ = ':';
	}
	*p = '\0';
	return buf;
}

/* "  -m, --map NAME=COL,...  HELP" for each load option, from its declaration. */
static void usage_load_opts(FILE *f)
{
	char meta[128], left[160];
	for (const struct option *o = opts; o->name; o++) {
		const rr_argspec *s = load_opt_of(o);
		if (!s)
			continue;
		snprintf(left, sizeof left, "%s%c%s --%s%s%s", o->val <= 0xff ? "-" : " ",
			 o->val <= 0xff ? (char)o->val : ' ', o->val <= 0xff ? "," : " ", o->name,
			 s->kind == RR_A_FLAG ? "" : " ",
			 s->kind == RR_A_FLAG ? "" : arg_value_text(s, meta, sizeof meta));
		fprintf(f, "  %-24s load FILE: %s\n", left, s->help);
	}
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: relrec [FILE]                      the workbench (default data: the bundled Online Retail)\n"
		"       relrec --prompt [FILE]             a readline prompt\n"
		"       relrec --replay SCRIPT [FILE]      run commands from SCRIPT (- for stdin)\n"
		"       relrec gen ROWS [--seed S]         write a synthetic transaction CSV to stdout\n"
		"FILE is loaded as the load command would: - reads standard input, |COMMAND a command's output.\n"
		"options:\n"
		"  -p, --prompt             use the readline prompt instead of the workbench\n"
		"  -r, --replay SCRIPT      run a script headless; stops at the first error\n"
		"  -k, --keep-going         with --replay: report errors and go on\n"
		"  -q, --quiet              with --replay: do not echo commands\n"
		"  -j, --journal FILE       append every command that succeeds to FILE (a replayable script)\n");
	usage_load_opts(f);
	fprintf(f,
		"  -h, --help               this help\n"
		"  -V, --version            print the version\n"
		"Inside, 'help' lists the commands. See relrec(1).\n");
}

static void on_sigint(int sig)
{
	(void)sig;
	if (app.stop) /* a second Ctrl-C while work is stopping: leave now */
		_exit(130);
	app.stop = 1;
}

/* The bundled dataset: $RELREC_DATA, ./data/..., or the installed copy. When none is there,
 * NULL, and looked[size] says where it looked (a newcomer who started relrec elsewhere
 * learns where to put it or what to set). */
static const char *default_data(char *looked, size_t size)
{
	static const char *const cands[] = {"data/online_retail.csv.gz",
					    RELREC_DATADIR "/online_retail.csv.gz"};
	const char *env = getenv("RELREC_DATA");
	if (env && *env)
		return env;
	for (size_t i = 0; i < sizeof cands / sizeof *cands; i++)
		if (access(cands[i], R_OK) == 0)
			return cands[i];
	char cwd[256];
	if (!getcwd(cwd, sizeof cwd))
		snprintf(cwd, sizeof cwd, ".");
	snprintf(looked, size, "$RELREC_DATA is not set, no %s in %s, no %s", cands[0], cwd, cands[1]);
	return NULL;
}

/* Append s to p as one double-quoted word of the command language; returns the new end. */
static char *put_quoted(char *p, const char *s)
{
	*p++ = '"';
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			*p++ = '\\';
		*p++ = *s;
	}
	*p++ = '"';
	*p = '\0';
	return p;
}

/* The load options given on the command line, in order. */
typedef struct load_opt {
	const rr_argspec *spec;
	const char *value;        /* NULL for a flag */
} load_opt;

/* The command line `load "PATH" --opt "VALUE" ...`; caller frees. */
static char *load_line(const char *path, const load_opt *lo, int n)
{
	size_t len = 2 * strlen(path) + 16;
	for (int i = 0; i < n; i++)
		len += strlen(lo[i].spec->name) + (lo[i].value ? 2 * strlen(lo[i].value) + 4 : 0) + 2;
	char *line = malloc(len), *p;
	if (!line)
		return NULL;
	p = put_quoted(line + sprintf(line, "load "), path);
	for (int i = 0; i < n; i++) {
		p += sprintf(p, " %s", lo[i].spec->name);
		if (lo[i].value)
			p = put_quoted(p + sprintf(p, " "), lo[i].value);
	}
	return line;
}

/* relrec --complete-words WHAT: the words the bash completion offers, one a line.
 * options: every visible long option; argoptions: the long and short forms of those that
 * take an argument; map: the logical column names of --map; --OPTION: the values a load
 * option suggests (its declaration's choices). Returns the exit code. */
static int complete_words(const char *what)
{
	if (strcmp(what, "map") == 0) {
		for (int c = 0; c < RR_COL_N; c++)
			printf("%s\n", ingest_col_name((enum rr_col)c));
		return 0;
	}
	for (const struct option *o = opts; what[0] == '-' && o->name; o++) {
		const rr_argspec *s = load_opt_of(o);
		if (s && strcmp(s->name, what) == 0) {
			for (const char *const *c = s->choices; c && *c; c++)
				printf("%s\n", *c);
			return 0;
		}
	}
	int args = strcmp(what, "argoptions") == 0;
	if (!args && strcmp(what, "options") != 0) {
		fprintf(stderr, "relrec: --complete-words: '%s' is not options, argoptions, map or a "
			"load option\n", what);
		return 2;
	}
	for (const struct option *o = opts; o->name; o++) {
		if (o->val == OPT_COMPLETE_WORDS || (args && o->has_arg == no_argument))
			continue;
		printf("--%s\n", o->name);
		if (args && o->val <= 0xff)
			printf("-%c\n", o->val);
	}
	return 0;
}

static int gen_main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: relrec gen ROWS [--seed S]\n");
		return 2;
	}
	char *end;
	unsigned long long rows = strtoull(argv[2], &end, 10);
	unsigned long long seed = 1;
	if (*end || rows == 0) {
		fprintf(stderr, "relrec: gen: ROWS '%s' must be a positive whole number\n", argv[2]);
		return 2;
	}
	for (int i = 3; i < argc; i++) {
		if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
			seed = strtoull(argv[++i], &end, 10);
			if (*end) {
				fprintf(stderr, "relrec: gen: seed '%s' is not a whole number\n", argv[i]);
				return 2;
			}
		} else {
			fprintf(stderr, "usage: relrec gen ROWS [--seed S]\n");
			return 2;
		}
	}
	if (gen_write(stdout, (size_t)rows, seed) != 0 || fflush(stdout) != 0) {
		fprintf(stderr, "relrec: %s\n", err_msg());
		return 1;
	}
	return 0;
}

/* --replay SCRIPT: the exit code (1 when a command failed, 2 when SCRIPT cannot be opened). */
static int run_replay(const char *script, int quiet, int keep_going)
{
	FILE *f = strcmp(script, "-") == 0 ? stdin : fopen(script, "r");
	if (!f) {
		fprintf(stderr, "relrec: cannot open '%s': %s\n", script, strerror(errno));
		return 2;
	}
	int rc = 0;
	const char *name = f == stdin ? "<stdin>" : script;
	if (cmd_run_script(&app, f, name, !quiet, keep_going) != 0) {
		fflush(stdout);
		if (!keep_going)
			fprintf(stderr, "relrec: %s\n", err_msg());
		rc = 1;
	}
	if (f != stdin)
		fclose(f);
	return rc;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C"); /* numbers in files and output always use a decimal point */
	if (argc >= 2 && strcmp(argv[1], "gen") == 0)
		return gen_main(argc, argv);

	const char *script = NULL, *journal = NULL;
	int prompt = 0, keep_going = 0, quiet = 0, c, n_lo = 0, idx;
	load_opt lo[MAX_OPTS];
	build_opts();
	const char *shorts = short_opts();
	while ((c = getopt_long(argc, argv, shorts, opts, &idx)) != -1) {
		const struct option *o = NULL;
		for (const struct option *k = opts; k->name && !o; k++)
			o = k->val == c ? k : NULL;
		const rr_argspec *ls = o ? load_opt_of(o) : NULL;
		if (ls) {   /* a load option: passed on to `load FILE` as it was given */
			lo[n_lo].spec = ls;
			lo[n_lo++].value = ls->kind == RR_A_FLAG ? NULL : optarg;
			continue;
		}
		switch (c) {
		case 'p': prompt = 1; break;
		case 'r': script = optarg; break;
		case 'k': keep_going = 1; break;
		case 'q': quiet = 1; break;
		case 'j': journal = optarg; break;
		case 'h': usage(stdout); return 0;
		case 'V': printf("relrec %s\n", RELREC_VERSION); return 0;
		case OPT_COMPLETE_WORDS: return complete_words(optarg);
		default: usage(stderr); return 2;
		}
	}
	if (argc - optind > 1) {
		fprintf(stderr, "relrec: too many arguments\n");
		usage(stderr);
		return 2;
	}
	if (prompt && script) {
		fprintf(stderr, "relrec: --prompt and --replay exclude each other\n");
		return 2;
	}
	const char *file = optind < argc ? argv[optind] : NULL;
	/* an explicit --prompt wins over a piped stdout (relrec --prompt | tee log): it needs
	 * only a terminal to read from */
	if (prompt && !isatty(STDIN_FILENO)) {
		fprintf(stderr, "relrec: --prompt needs a terminal on standard input "
				"(to run commands from a pipe or file: relrec --replay -)\n");
		return 2;
	}
	int interactive = !script && isatty(STDIN_FILENO) && (prompt || isatty(STDOUT_FILENO));
	int workbench = interactive && !prompt;
	if (!script && !interactive)
		script = "-"; /* piped input is a script */
	if (n_lo && !file && !interactive) {
		fprintf(stderr, "relrec: %s needs a FILE to load\n", lo[0].spec->name);
		return 2;
	}

	if (app_init(&app) != 0) {
		fprintf(stderr, "relrec: %s\n", err_msg());
		return 1;
	}
	sink_file_init(&app.sink, stdout);   /* replay's; the prompt and the workbench wrap or replace it */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);

	if (journal) {
		app.journal = fopen(journal, "a");
		if (!app.journal) {
			fprintf(stderr, "relrec: cannot open journal '%s': %s\n", journal, strerror(errno));
			app_free(&app);
			return 2;
		}
		app.journal_path = strdup(journal);
	}
	char looked[768] = "";
	if (!file && interactive)
		file = default_data(looked, sizeof looked);
	int rc = 0;
	char *first = NULL;   /* the workbench runs the load itself, on its own screen */
	if (file && workbench) {
		if (!(first = load_line(file, lo, n_lo))) {
			fprintf(stderr, "relrec: out of memory\n");
			app_free(&app);
			return 1;
		}
	} else if (file) {
		char *line = load_line(file, lo, n_lo);
		if (!line || cmd_exec(&app, line) != 0) {
			fprintf(stderr, "relrec: %s\n", line ? err_msg() : "out of memory");
			rc = 1;
		}
		free(line);
		if (rc && !interactive) {
			app_free(&app);
			return 1;
		}
	}
	if (script) {
		int r = run_replay(script, quiet, keep_going);
		rc = r == 2 ? 2 : r || rc;
	} else if (prompt) {
		if (!file)
			fprintf(stderr, "relrec: no data loaded: %s ('load FILE' loads one)\n", looked);
		rc = prompt_run(&app) || rc;
	} else {
		rr_start start = {first, looked};
		rc = tui_run(&app, &start) || rc;
		free(first);
	}
	fflush(stdout);
	app_free(&app);
	return rc;
}
