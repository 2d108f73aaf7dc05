/* cmd.h — the one command language. Every action, from a workbench key, the `:` line, the
 * prompt or a script, is a command line dispatched through rr_cmds (git's cmd_struct,
 * sqlite's dot-commands). help, completion and the man page come from this table. */
#ifndef RELREC_CMD_H
#define RELREC_CMD_H

#include <stddef.h>
#include <stdio.h>

#include "app.h"

/* A handler gets argv[0] = the command name and argv[1..argc-1] its arguments, already
 * checked against min/max. It returns 0, or -1 after err_set (the dispatcher reports it). */
typedef int (*rr_cmd_fn)(rr_app *app, int argc, char **argv);

enum {
	RR_CMD_NEEDS_DATA = 1,   /* refused with a clear message before `load` */
	RR_CMD_NEEDS_MODEL = 2,  /* refused before `train` or `open` */
	RR_CMD_NO_JOURNAL = 4    /* not written to the journal (help, quit, source expands itself) */
};

typedef struct rr_cmd {
	const char *name;     /* command word */
	const char *usage;    /* arguments, e.g. "FILE [--strict] [--map user=COL,...]" */
	const char *help;     /* one line */
	rr_cmd_fn fn;
	int min_args, max_args;  /* counts of arguments after the name; max -1 = unlimited */
	unsigned flags;
	const char *const *opts; /* NULL-terminated words completion offers after the name, or NULL */
} rr_cmd;

extern const rr_cmd rr_cmds[];     /* ends with a {NULL} entry */
const rr_cmd *cmd_find(const char *name);

/* Split a line into words: whitespace separates, '...' and "..." quote (\" and \\ inside
 * double quotes), '#' at the start of a word begins a comment. Returns 0 with a malloc'd argv
 * (free with cmd_free_argv), or -1 with err_set on an unterminated quote. */
int cmd_split(const char *line, int *argc, char ***argv);
void cmd_free_argv(int argc, char **argv);

/* Execute one command line. Blank lines and comments do nothing and return 0. On success the
 * line is appended to the journal. Returns 0, or -1 with the message in err_msg(). */
int cmd_exec(rr_app *app, const char *line);

/* Run a script: one command a line. echo writes "> LINE" to the sink before each; on error
 * the message gets a "NAME:LINE: " prefix, and unless keep_going the script stops there.
 * Returns 0 if every command succeeded, else -1 (the last error is in err_msg()). */
int cmd_run_script(rr_app *app, FILE *f, const char *name, int echo, int keep_going);

/* Handlers implemented across the engine (cmd_*.c). */
int cmd_load(rr_app *, int, char **);
int cmd_clean(rr_app *, int, char **);
int cmd_stats(rr_app *, int, char **);
int cmd_bins(rr_app *, int, char **);
int cmd_set(rr_app *, int, char **);
int cmd_show(rr_app *, int, char **);
int cmd_source(rr_app *, int, char **);
int cmd_help(rr_app *, int, char **);
int cmd_quit(rr_app *, int, char **);
int cmd_gen(rr_app *, int, char **);
int cmd_export(rr_app *, int, char **);        /* dispatches on its first argument */
int cmd_train(rr_app *, int, char **);         /* cmd_model.c */
int cmd_report(rr_app *, int, char **);
int cmd_runs(rr_app *, int, char **);
int cmd_save(rr_app *, int, char **);
int cmd_open(rr_app *, int, char **);
int cmd_recommend(rr_app *, int, char **);     /* cmd_rec.c */
int cmd_together(rr_app *, int, char **);
int cmd_evaluate(rr_app *, int, char **);
/* export targets, called by cmd_export with argv[0] = the target word */
int export_report(rr_app *, int, char **);
int export_runs(rr_app *, int, char **);
int export_recommendations(rr_app *, int, char **);
int export_rules(rr_app *, int, char **);

#endif
