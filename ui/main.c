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
#include "sink_file.h"

#ifndef RELREC_VERSION
#define RELREC_VERSION "0.1.0"
#endif
#ifndef RELREC_DATADIR
#define RELREC_DATADIR "/usr/local/share/relrec"
#endif

static rr_app app;

static void usage(FILE *f)
{
	fprintf(f,
		"usage: relrec [FILE]                      the workbench (default data: the bundled Online Retail)\n"
		"       relrec --prompt [FILE]             a readline prompt\n"
		"       relrec --replay SCRIPT [FILE]      run commands from SCRIPT (- for stdin)\n"
		"       relrec gen ROWS [--seed S]         write a synthetic transaction CSV to stdout\n"
		"options:\n"
		"  -p, --prompt          use the readline prompt instead of the workbench\n"
		"  -r, --replay SCRIPT   run a script headless; stops at the first error\n"
		"  -k, --keep-going      with --replay: report errors and go on\n"
		"  -q, --quiet           with --replay: do not echo commands\n"
		"  -j, --journal FILE    append every executed command to FILE (a replayable script)\n"
		"  -h, --help            this help\n"
		"  -V, --version         print the version\n"
		"Inside, 'help' lists the commands. See relrec(1).\n");
}

static void on_sigint(int sig)
{
	(void)sig;
	if (app.stop) /* a second Ctrl-C while work is stopping: leave now */
		_exit(130);
	app.stop = 1;
}

/* The bundled dataset: $RELREC_DATA, ./data/..., or the installed copy. */
static const char *default_data(void)
{
	static const char *const cands[] = {"data/online_retail.csv.gz",
					    RELREC_DATADIR "/online_retail.csv.gz"};
	const char *env = getenv("RELREC_DATA");
	if (env && *env)
		return env;
	for (size_t i = 0; i < sizeof cands / sizeof *cands; i++)
		if (access(cands[i], R_OK) == 0)
			return cands[i];
	return NULL;
}

/* Quote a path as one word of the command language. */
static char *load_line(const char *path)
{
	size_t n = strlen(path);
	char *line = malloc(2 * n + 16), *p = line;
	if (!line)
		return NULL;
	p += sprintf(p, "load \"");
	for (size_t i = 0; i < n; i++) {
		if (path[i] == '"' || path[i] == '\\')
			*p++ = '\\';
		*p++ = path[i];
	}
	strcpy(p, "\"");
	return line;
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

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C"); /* numbers in files and output always use a decimal point */
	if (argc >= 2 && strcmp(argv[1], "gen") == 0)
		return gen_main(argc, argv);

	static const struct option opts[] = {
		{"prompt", no_argument, NULL, 'p'},    {"replay", required_argument, NULL, 'r'},
		{"keep-going", no_argument, NULL, 'k'}, {"quiet", no_argument, NULL, 'q'},
		{"journal", required_argument, NULL, 'j'}, {"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},    {NULL, 0, NULL, 0},
	};
	const char *script = NULL, *journal = NULL;
	int prompt = 0, keep_going = 0, quiet = 0, c;
	while ((c = getopt_long(argc, argv, "pr:kqj:hV", opts, NULL)) != -1) {
		switch (c) {
		case 'p': prompt = 1; break;
		case 'r': script = optarg; break;
		case 'k': keep_going = 1; break;
		case 'q': quiet = 1; break;
		case 'j': journal = optarg; break;
		case 'h': usage(stdout); return 0;
		case 'V': printf("relrec %s\n", RELREC_VERSION); return 0;
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
	int interactive = !script && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	if (!script && !interactive)
		script = "-"; /* piped input is a script */

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
	if (!file && interactive)
		file = default_data();
	int rc = 0;
	if (file) {
		char *line = load_line(file);
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
		FILE *f = strcmp(script, "-") == 0 ? stdin : fopen(script, "r");
		if (!f) {
			fprintf(stderr, "relrec: cannot open '%s': %s\n", script, strerror(errno));
			app_free(&app);
			return 2;
		}
		const char *name = f == stdin ? "<stdin>" : script;
		if (cmd_run_script(&app, f, name, !quiet, keep_going) != 0) {
			fflush(stdout);
			if (!keep_going)
				fprintf(stderr, "relrec: %s\n", err_msg());
			rc = 1;
		}
		if (f != stdin)
			fclose(f);
	} else if (prompt) {
		rc = prompt_run(&app) || rc;
	} else {
		rc = tui_run(&app) || rc;
	}
	fflush(stdout);
	app_free(&app);
	return rc;
}
