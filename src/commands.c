/* commands.c — the command table, the line splitter, the dispatcher and the script runner. */
#include "cmd.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

#define MAX_DEPTH 16   /* `source` nesting limit */

static const char *const set_opts[] = {"variant", "dim",     "hidden",  "dropout",  "lr",
				       "batch",   "epochs",  "patience", "weights", "negatives",
				       "sampling", "mask",   "desc",    "seed",     "test",
				       "val",     "threads", NULL};
static const char *const clean_opts[] = {"customer", "cancelled", "price", "nonproduct",
					 "codes", "on", "off", NULL};
static const char *const export_opts[] = {"recommendations", "rules", "report", "runs", NULL};
static const char *const eval_opts[] = {"ranking", "--cutoff", "--k", NULL};
static const char *const load_opts[] = {"--strict", "--map", NULL};
static const char *const rec_opts[] = {"--owned", NULL};
static const char *const tog_opts[] = {"--min-count", "--min-confidence", "--min-lift", "--by",
				       "--user", "lift", "confidence", NULL};
static const char *const stats_opts[] = {"--hist", NULL};

const rr_cmd rr_cmds[] = {
	{"load", "FILE [--strict] [--map user=COL,item=COL,...]",
	 "read transactions from a CSV or .csv.gz file", cmd_load, 1, 4, 0, load_opts},
	{"clean", "[RULE on|off ...] [codes LIST]",
	 "show or switch cleaning rules (customer, cancelled, price, nonproduct); re-derives everything",
	 cmd_clean, 0, -1, 0, clean_opts},
	{"stats", "[--hist]", "rows read, kept and rejected by reason; customers, items, invoices, pairs",
	 cmd_stats, 0, 1, RR_CMD_NEEDS_DATA, stats_opts},
	{"bins", "[E1 E2 ...]", "set label edges (inclusive upper bounds); print class counts and shares",
	 cmd_bins, 0, 5, 0, NULL},
	{"set", "NAME VALUE", "set a hyperparameter (see show)", cmd_set, 2, 2, 0, set_opts},
	{"show", "[NAME]", "current settings", cmd_show, 0, 1, 0, set_opts},
	{"train", "", "train the relevance model with the current settings", cmd_train, 0, 0,
	 RR_CMD_NEEDS_DATA, NULL},
	{"report", "", "classification report and confusion matrix on the test split", cmd_report, 0,
	 0, RR_CMD_NEEDS_MODEL, NULL},
	{"runs", "", "the session's training runs side by side", cmd_runs, 0, 0, 0, NULL},
	{"recommend", "USER [K] [--owned]", "top-K items for a customer (default K 10)",
	 cmd_recommend, 1, 3, RR_CMD_NEEDS_DATA, rec_opts},
	{"together", "ITEM [K] [--min-count N] [--by lift|confidence] | --user USER",
	 "items commonly bought together: pair rules with support, confidence and lift", cmd_together,
	 1, 8, RR_CMD_NEEDS_DATA, tog_opts},
	{"evaluate", "ranking [--cutoff YYYY-MM-DD] [--k K]",
	 "temporal ranking evaluation against baselines", cmd_evaluate, 1, 5, RR_CMD_NEEDS_DATA,
	 eval_opts},
	{"save", "FILE", "write the model to a file", cmd_save, 1, 1, RR_CMD_NEEDS_MODEL, NULL},
	{"open", "FILE", "read a model file", cmd_open, 1, 1, 0, NULL},
	{"export", "recommendations|rules|report|runs FILE [K] [--owned]",
	 "write recommendations, rules, the report or the runs table as CSV", cmd_export, 2, 4, 0,
	 export_opts},
	{"gen", "FILE ROWS [--seed S]", "write a synthetic transaction file (same schema, realistic skew)",
	 cmd_gen, 2, 4, 0, NULL},
	{"source", "FILE", "run a script of commands", cmd_source, 1, 1, RR_CMD_NO_JOURNAL, NULL},
	{"help", "[COMMAND]", "list commands, or describe one", cmd_help, 0, 1, RR_CMD_NO_JOURNAL, NULL},
	{"quit", "", "leave relrec", cmd_quit, 0, 0, RR_CMD_NO_JOURNAL, NULL},
	{NULL, NULL, NULL, NULL, 0, 0, 0, NULL},
};

const rr_cmd *cmd_find(const char *name)
{
	for (const rr_cmd *c = rr_cmds; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

void cmd_free_argv(int argc, char **argv)
{
	if (!argv)
		return;
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
}

int cmd_split(const char *line, int *argc_out, char ***argv_out)
{
	int argc = 0, cap = 8;
	char **argv = malloc((size_t)cap * sizeof *argv);
	size_t len = strlen(line);
	char *word = malloc(len + 1);
	if (!argv || !word) {
		free(argv);
		free(word);
		return err_set("out of memory");
	}
	const char *p = line;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (!*p || *p == '#')
			break;
		size_t n = 0;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
			if (*p == '\'' || *p == '"') {
				char q = *p++;
				while (*p && *p != q) {
					if (q == '"' && *p == '\\' && (p[1] == '"' || p[1] == '\\'))
						p++;
					word[n++] = *p++;
				}
				if (*p != q) {
					cmd_free_argv(argc, argv);
					free(word);
					return err_set("unterminated %s quote", q == '"' ? "double" : "single");
				}
				p++;
			} else {
				word[n++] = *p++;
			}
		}
		if (argc + 1 >= cap) {
			cap *= 2;
			char **na = realloc(argv, (size_t)cap * sizeof *na);
			if (!na) {
				cmd_free_argv(argc, argv);
				free(word);
				return err_set("out of memory");
			}
			argv = na;
		}
		argv[argc] = malloc(n + 1);
		if (!argv[argc]) {
			cmd_free_argv(argc, argv);
			free(word);
			return err_set("out of memory");
		}
		memcpy(argv[argc], word, n);
		argv[argc++][n] = '\0';
	}
	free(word);
	argv[argc] = NULL;
	*argc_out = argc;
	*argv_out = argv;
	return 0;
}

static void journal_line(rr_app *app, const char *line)
{
	if (!app->journal)
		return;
	const char *p = line;
	while (*p == ' ' || *p == '\t')
		p++;
	size_t n = strlen(p);
	while (n && (p[n - 1] == '\n' || p[n - 1] == '\r' || p[n - 1] == ' '))
		n--;
	fprintf(app->journal, "%.*s\n", (int)n, p);
	fflush(app->journal);
}

int cmd_exec(rr_app *app, const char *line)
{
	int argc;
	char **argv;
	if (cmd_split(line, &argc, &argv) != 0)
		return -1;
	if (argc == 0) {
		cmd_free_argv(argc, argv);
		return 0;
	}
	int rc = -1;
	const rr_cmd *c = cmd_find(argv[0]);
	if (!c) {
		err_set("unknown command '%s' (try 'help')", argv[0]);
	} else if (argc - 1 < c->min_args || (c->max_args >= 0 && argc - 1 > c->max_args)) {
		err_set("usage: %s %s", c->name, c->usage);
	} else if ((c->flags & RR_CMD_NEEDS_DATA) && !app->ds) {
		err_set("'%s' needs data: load a file first (load FILE)", c->name);
	} else if ((c->flags & RR_CMD_NEEDS_MODEL) && !app->model) {
		err_set("'%s' needs a model: train one first (train) or open one (open FILE)", c->name);
	} else {
		const char *outer = app->cmd;   /* `source` runs commands inside a command */
		app->stop = 0;
		app->cmd = c->name;
		err_clear();
		rc = c->fn(app, argc, argv);
		app->cmd = outer;
		if (rc == 0 && !(c->flags & RR_CMD_NO_JOURNAL))
			journal_line(app, line);
	}
	cmd_free_argv(argc, argv);
	return rc;
}

int cmd_run_script(rr_app *app, FILE *f, const char *name, int echo, int keep_going)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long lineno = 0;
	int failed = 0;
	char saved[1024] = "";
	while (!app->quit && (n = getline(&line, &cap, f)) != -1) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		const char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '#')
			continue;
		if (echo)
			sink_printf(&app->sink, "> %s", p);
		if (cmd_exec(app, p) != 0) {
			err_prefix("%s:%ld", name, lineno);
			failed = 1;
			snprintf(saved, sizeof saved, "%s", err_msg());
			if (!keep_going)
				break;
			sink_error(&app->sink, err_msg());
		}
	}
	free(line);
	if (failed) {
		err_set("%s", saved);
		return -1;
	}
	return 0;
}

/* ----- commands of the language itself ----- */

int cmd_source(rr_app *app, int argc, char **argv)
{
	(void)argc;
	if (app->depth >= MAX_DEPTH)
		return err_set("'source' nested too deeply (limit %d): '%s'", MAX_DEPTH, argv[1]);
	FILE *f = fopen(argv[1], "r");
	if (!f)
		return err_set("cannot open '%s': %s", argv[1], strerror(errno));
	app->depth++;
	int rc = cmd_run_script(app, f, argv[1], 0, 0);
	app->depth--;
	fclose(f);
	return rc;
}

int cmd_help(rr_app *app, int argc, char **argv)
{
	if (argc == 2) {
		const rr_cmd *c = cmd_find(argv[1]);
		if (!c)
			return err_set("unknown command '%s' (try 'help')", argv[1]);
		sink_printf(&app->sink, "%s %s\n  %s", c->name, c->usage, c->help);
		if (c->opts && c->fn == cmd_set)
			for (int i = 0; rr_setting_names[i]; i++)
				sink_printf(&app->sink, "  %-10s %s", rr_setting_names[i],
					    settings_help(rr_setting_names[i]));
		return 0;
	}
	rr_table *t = table_new(2, "commands (help COMMAND for one):");
	if (!t)
		return err_set("out of memory");
	table_head(t, 0, "command", 'l');
	table_head(t, 1, "what it does", 'l');
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		int r = table_add_row(t);
		table_set(t, r, 0, "%s %s", c->name, c->usage);
		table_set(t, r, 1, "%s", c->help);
	}
	sink_table(&app->sink, t);
	table_free(t);
	return 0;
}

int cmd_quit(rr_app *app, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	app->quit = 1;
	return 0;
}

int cmd_export(rr_app *app, int argc, char **argv)
{
	static const struct {
		const char *what;
		rr_cmd_fn fn;
		unsigned flags;
	} targets[] = {
		{"recommendations", export_recommendations, RR_CMD_NEEDS_DATA},
		{"rules", export_rules, RR_CMD_NEEDS_DATA},
		{"report", export_report, RR_CMD_NEEDS_MODEL},
		{"runs", export_runs, 0},
	};
	for (size_t i = 0; i < sizeof targets / sizeof *targets; i++) {
		if (strcmp(argv[1], targets[i].what) != 0)
			continue;
		if ((targets[i].flags & RR_CMD_NEEDS_DATA) && !app->ds)
			return err_set("'export %s' needs data: load a file first", argv[1]);
		if ((targets[i].flags & RR_CMD_NEEDS_MODEL) && !app->model)
			return err_set("'export %s' needs a model: train or open one first", argv[1]);
		return targets[i].fn(app, argc - 1, argv + 1);
	}
	return err_set("cannot export '%s' (recommendations, rules, report or runs)", argv[1]);
}
