/* cmd.h — the one command language. Every action, from a workbench key, the `:` line, the
 * prompt or a script, is a command line dispatched through rr_cmds (git's cmd_struct,
 * sqlite's dot-commands).
 *
 * Each entry declares its arguments and options (rr_argspec). From that one declaration the
 * dispatcher parses and checks a line before the handler runs (counts, unknown options,
 * numbers and their ranges, choices), the usage line and every usage error are written,
 * `help CMD` lists every option, cmd_complete completes words for both front ends, and
 * tests/unit/test_cmdtable.c holds the man page to it word for word. A handler reads its
 * already-checked values through the args_* accessors and never writes a usage string. */
#ifndef RELREC_CMD_H
#define RELREC_CMD_H

#include <stddef.h>
#include <stdio.h>

#include "app.h"

/* What an argument or an option's value is: how it is checked and completed. */
enum rr_arg_kind {
	RR_A_FLAG = 0,   /* an option that takes no value */
	RR_A_WORD,       /* any text (choices, if given, are only what completion offers) */
	RR_A_FILE,       /* a path; completes file names */
	RR_A_INT,        /* a whole number in [lo, hi] */
	RR_A_REAL,       /* a number in [lo, hi] */
	RR_A_DATE,       /* YYYY-MM-DD */
	RR_A_CHOICE,     /* one of choices */
	RR_A_USER,       /* a customer id; completes the loaded data's (sorted) */
	RR_A_ITEM,       /* a stock code; completes the loaded data's */
	RR_A_COMMAND,    /* a command name, or a setting's (help's topic) */
	RR_A_SETTING,    /* a setting name (settings.h) */
	RR_A_SETVALUE,   /* a value of the setting named by the argument before it */
	RR_A_MAP,        /* NAME=COL,...: completes the logical column names */
	RR_A_SUBCOMMAND, /* a subcommand of the command named by the argument before it */
	RR_A_SEED,       /* a random seed: RR_SEED_RANGE, as `set seed` (settings_parse_seed) */
	RR_A_COUNTRY     /* a country name; completes the loaded rows' (filter country's) */
};

enum {
	RR_ARG_OPTIONAL = 1,  /* a positional argument that may be left out (only trailing ones) */
	RR_ARG_REPEAT = 2,    /* this and the positional arguments after it (all REPEAT) repeat as
			       * a group taking every remaining word: `bins [EDGE ...]`,
			       * `clean [RULE VALUE ...]`; the last group must be complete */
	RR_ARG_INSTEAD = 4,   /* an option that stands in for the first positional argument:
			       * `together ITEM|--user USER [K]` */
	RR_ARG_WRITES = 8,    /* a FILE the command writes: completion leaves out the files no
			       * output may replace (afile_guarded: export rules sal<Tab> offered
			       * the loaded sales.csv.gz, t37 #1) */
	RR_ARG_ID = 16        /* an INT that names one of the session's (a run's number): any
			       * whole number parses, and the command says which exist ("no run 0
			       * (runs 1 to 2)"), not lo..hi, a range no session has (t61 F5) */
};

/* What an argument is after a word of the command's first argument, for completion: after
 * `filter drop-customers`, customer ids; after `filter customers`, a file. */
typedef struct rr_arg_after {
	const char *word;           /* one of the first argument's choices */
	enum rr_arg_kind kind;      /* the argument's kind after it */
} rr_arg_after;

/* One positional argument (name in capitals: "USER", "K") or option (name "--min-count"). */
typedef struct rr_argspec {
	const char *name;
	enum rr_arg_kind kind;
	const char *meta;           /* an option's value in the usage line ("N"); NULL for flags */
	const char *help;           /* one line for `help CMD` and the man page */
	double lo, hi;              /* INT and REAL ranges */
	const char *const *choices; /* CHOICE: the words, NULL-terminated (WORD: suggestions;
				     * ITEM: words besides the stock codes, args_is_word) */
	unsigned flags;             /* RR_ARG_* */
	const char *def;            /* the default when left out, shown by help ("10"), or NULL */
	const rr_arg_after *after;  /* completion only: the kind after some words of the first
				     * argument, ends with {NULL}; other words keep kind */
	const char *with;           /* an option that goes with this word of the first argument
				     * only ("drop-customers"): completion offers it after that
				     * word alone, and the handler's refusal names it; NULL: any */
} rr_argspec;

struct rr_args;
/* A handler gets the parsed, checked line. It returns 0, or -1 after err_set (the dispatcher
 * reports it). */
typedef int (*rr_cmd_fn)(rr_app *app, const struct rr_args *a);

enum {
	RR_CMD_NEEDS_DATA = 1,   /* refused with a clear message before `load` */
	RR_CMD_NEEDS_MODEL = 2,  /* refused before `train` or `open` */
	RR_CMD_NO_JOURNAL = 4,   /* not written to the journal (help, quit, source expands itself) */
	RR_CMD_UNDO = 8,         /* given arguments, a step `undo` reverses (settings, labels, clean
				  * rules): the dispatcher snapshots them first (undo.h) */
	RR_CMD_MODEL_STEP = 16   /* with RR_CMD_UNDO: the step switches the model (runs use, open);
				  * undo puts its settings and bins back, not the model, and says so */
};

typedef struct rr_cmd {
	const char *name;              /* command word (or subcommand word) */
	const char *help;              /* one line */
	rr_cmd_fn fn;                  /* NULL when subs choose the handler */
	unsigned flags;                /* RR_CMD_*; a subcommand's own flags add to its parent's */
	const rr_argspec *args;        /* positional arguments, ends with {NULL}; NULL = none */
	const rr_argspec *opts;        /* options, ends with {NULL}; NULL = none */
	const struct rr_cmd *subs;     /* subcommands chosen by the first word, ends with {NULL} */
	const char *example;           /* a typical line, for help CMD and the man page, or NULL */
} rr_cmd;

extern const rr_cmd rr_cmds[];     /* ends with a {NULL} entry */
/* Other words for commands, next to the table: {"q", "quit"}; ends with {NULL}. cmd_find
 * knows them in every front end; help names them; completion offers the real names only. */
typedef struct rr_alias {
	const char *alias, *name;
} rr_alias;
extern const rr_alias rr_aliases[];
/* The command named name, or one of whose aliases it is; NULL when none. */
const rr_cmd *cmd_find(const char *name);
/* The subcommand of c named word, or NULL. */
const rr_cmd *cmd_find_sub(const rr_cmd *c, const char *word);
/* The option of c that word ("--min-count" or "--min-count=5") names, or NULL. */
const rr_argspec *cmd_find_opt(const rr_cmd *c, const char *word);
/* The usage line of c (after its parent's name when sub): "recommend USER [K] [--owned]".
 * A command with subcommands gives "export recommendations|rules|report|runs ...". Into buf;
 * returns buf. */
const char *cmd_usage(const rr_cmd *parent, const rr_cmd *c, char *buf, size_t size);

/* A whole-number range end of the table as the long it is checked against: HUGE_VAL ("no
 * upper bound") and any end past a long's reach are LONG_MAX (LONG_MIN below), so the help
 * shows the bound the parse applies. */
long arg_long_bound(double x);
/* The text standing for an option's value in usage lines: meta, else its choices joined by
 * '|', else "VALUE". Into buf; returns buf. */
const char *arg_value_text(const rr_argspec *s, char *buf, size_t size);
/* err_set("unknown command 'WORD' (did you mean 'NAME'?)"), or "... (try 'help')" when no
 * command is within two edits; likewise for settings ("... (see 'show')"). Return -1. */
int cmd_unknown(const char *word);
int cmd_unknown_setting(const char *word);
/* For `help WORD`, which takes either: the nearest command or setting. Returns -1. */
int cmd_unknown_topic(const char *word);

/* A parsed command line. Values are borrowed from the argv the dispatcher split. */
typedef struct rr_args {
	const rr_cmd *cmd;             /* the entry whose handler runs (a subcommand's, if any) */
	const rr_cmd *parent;          /* the command word's entry when cmd is a subcommand */
	int n_pos;                     /* positional values given (after a subcommand word) */
	char **pos;                    /* [n_pos] */
	const rr_argspec **pos_spec;   /* [n_pos] the declared argument each value fills */
	int n_opt;                     /* options given, in order */
	const rr_argspec **opt_spec;   /* [n_opt] */
	const char **opt_val;          /* [n_opt] their values (NULL for flags) */
} rr_args;

/* Values by declared name: a positional argument's ("USER") or an option's ("--k"). Asking
 * for a name the command does not declare is a bug: args_* abort() (tests catch it).
 * args_get: the text (the last one given for a repeated option; "" for a flag), or NULL
 * when absent. args_has: 1 when given. args_long / args_double: the checked number, or def
 * when absent, and def must be the table's default when it gives one as a number (else
 * abort: the help would lie). args_count / args_nth: a RR_ARG_REPEAT argument's words. */
const char *args_get(const struct rr_args *a, const char *name);
int args_has(const struct rr_args *a, const char *name);
long args_long(const struct rr_args *a, const char *name, long def);
/* A seed's value (RR_A_SEED, checked by cmd_parse), or def when absent. */
uint64_t args_seed(const struct rr_args *a, const char *name, uint64_t def);
double args_double(const struct rr_args *a, const char *name, double def);
int args_count(const struct rr_args *a, const char *name);
/* 1 when the value of name is one of its declared words (choices), as export audience's ITEM
 * all: the handler reads the word from the table, as completion offers it. */
int args_is_word(const struct rr_args *a, const char *name);
const char *args_nth(const struct rr_args *a, const char *name, int i);
/* A usage error of the running command: err_set("CMD: WHAT (usage: ...)"), the usage built
 * from the table. Returns -1. */
int args_usage_error(const struct rr_args *a, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Parse and check argv (argv[0] the command word; argc >= 1) against the table: the
 * subcommand, options anywhere (`--opt VALUE`, `--opt=VALUE`; `--` ends the options),
 * positional counts, numbers and their ranges, choices, dates, setting names. Not the
 * NEEDS_* flags (they depend on the session). Returns 0 with *a filled (args_free it), or -1
 * with err_set. */
int cmd_parse(int argc, char **argv, rr_args *a);
void args_free(rr_args *a);

/* Split a line into words: whitespace separates, '...' and "..." quote (\" and \\ inside
 * double quotes), '#' at the start of a word begins a comment. Returns 0 with a malloc'd argv
 * (free with cmd_free_argv), or -1 with err_set on an unterminated quote. */
int cmd_split(const char *line, int *argc, char ***argv);
void cmd_free_argv(int argc, char **argv);

/* Where the command of a line starts: past leading blanks and the prompt's command mark, a
 * ':' (the workbench's command line opens with it, so :q and :save FILE are typed and copied
 * into scripts), and the blanks after it. One rule for every front end: cmd_exec, scripts
 * and the readline prompt all drop it. */
const char *cmd_line_start(const char *line);

/* What a line runs, for a front end to name it (t61 F2: "stopped: export" said neither which
 * export nor which file): into name the command and its subcommand ("export
 * recommendations"; the first word when the line does not parse, "" for none), into file
 * the FILE argument it writes (RR_ARG_WRITES) or "". err_msg() is left as it was. */
void cmd_describe(const char *line, char *name, size_t name_n, char *file, size_t file_n);

/* Execute one command line, a leading ':' dropped (cmd_line_start). Blank lines and comments
 * do nothing and return 0. On success the line, without the ':', is appended to the journal.
 * Returns 0, or -1 with the message in err_msg(). */
int cmd_exec(rr_app *app, const char *line);
/* The same, the line not journaled: for what a front end runs on its own to show the session
 * (the workbench's Runs screen fetching `runs` when it is shown), which the user did not type
 * and a replay need not repeat. Only for commands that change nothing. */
int cmd_exec_unjournaled(rr_app *app, const char *line);

/* Run a script: one command a line. echo writes "> LINE" to the sink before each; on error
 * the message gets a "NAME:LINE: " prefix, and unless keep_going the script stops there.
 * Lines end at LF, CR LF or, in a file of such ends only, a lone CR (lines.h).
 * Input that is not a script stops it even with keep_going: a line over RR_SCRIPT_LINE_MAX
 * bytes, a NUL byte, a line a terminal shows otherwise than it reads (lines.h), a read
 * error, a directory, or the session's own journal. A stop or an
 * interrupt (app->stop, app->interrupt) during a command stops the script after it, with
 * the command's own error when it failed ("NAME:LINE: load of 'x' interrupted"), else
 * "NAME:LINE: interrupted"; either "interrupted" names the signal that asked (" by SIGTERM",
 * " by SIGHUP", " by SIGXCPU (the CPU time limit, ulimit -t)"; Ctrl-C none); after
 * SIGPIPE (standard output's reader left) always "NAME:LINE: standard output was closed...",
 * or after a write to it that failed otherwise (app->out_errno: a full disk)
 * "NAME:LINE: cannot write standard output: ERRNO TEXT: the script stopped here...".
 * Returns 0 if every command succeeded, else -1 (the last error is in err_msg()). With
 * keep_going every error, the last one too, has been reported through the sink already;
 * without it none has, and the caller reports the one that stopped the script. */
#define RR_SCRIPT_LINE_MAX 65536
int cmd_run_script(rr_app *app, FILE *f, const char *name, int echo, int keep_going);

/* May f, the script called name, be run? It must be something to read once, to its end: not
 * a directory, and not the journal this session appends to (app->journal, by any name: same
 * device and inode), which would replay what it writes, forever; and a regular file's lines
 * must each show on a terminal as they read (lines_check: no control character, no CR that
 * does not end its line, one kind of line end), so that none of it runs when one does not.
 * cmd_run_script checks it first; the command line checks it before anything runs. 0, or -1
 * with err_set. */
int cmd_script_check(const rr_app *app, FILE *f, const char *name);

/* May path be loaded while standard input holds the commands being run? Not when it reads
 * standard input ("-", or the file standard input is): the loader and the script would share
 * it. cmd_line = 1 words the advice for relrec's FILE (relrec --replay - -), else for the
 * load command. 0, or -1 with err_set. */
int cmd_load_stdin_check(const char *path, int cmd_line);
/* Does path read standard input: '-', or a name of the file descriptor 0 is open on
 * (/dev/stdin, /dev/fd/0)? */
int cmd_reads_stdin(const char *path);
/* 0 when path (read by what: "a list of stock codes") is no pipe, FIFO or terminal a script
 * being run is read from (the top one or a sourced one, by st_dev and st_ino); else -1 with
 * err_set: two readers of one stream each take what the other has not buffered, and the
 * script's later lines would be read as the list's ids (t57 F2: `exclude items --file
 * /dev/stdin` in a piped script took 19,747 of its lines as codes). */
int cmd_script_stream_check(const rr_app *app, const char *path, const char *what);
/* The encoding the loaded data was converted from ("cp1252"), into buf, which a list of its
 * ids is read in too (lines_read_list); NULL when the data was UTF-8 or none is loaded. */
const char *cmd_data_encoding(const rr_app *app, char *buf, size_t size);

/* May the file open at fd, about to become the journal named path, be appended to? 0 when
 * it is empty or a relrec script; else -1 with err_set saying why not: it holds binary bytes
 * (a model, a compressed file), its first line is a "#!" line of a program other than relrec
 * (a shell script), its first non-blank line is neither a comment nor a command of the table,
 * arguments and all (a CSV header: the slip `relrec --journal sales.csv`; `set -eu`; `source
 * ~/.aliases`, a file name only a shell expands), a command line starts with no command's
 * name (`alias`, `export`) or sources a shell's start-up file (`source /etc/bashrc`), most of
 * its command lines, three or more, are none of a command's forms, or its first
 * RR_JOURNAL_PEEK bytes are comments only and more follows (it cannot be told from a
 * start-up file). The file is read as cmd_run_script reads it (a byte
 * order mark first is skipped, lines.h). Only the first RR_JOURNAL_PEEK bytes are read,
 * through a descriptor of its own (fd's offset is kept): 64 KB, past a long comment header
 * (t25: a licence's 70 lines of '#' filled 4 KB, and the shell lines after it were not read). */
#define RR_JOURNAL_PEEK 65536
int cmd_journal_check(int fd, const char *path);
/* The journal open at fd (called path), which passed cmd_journal_check, made to end on a line
 * end: a hand-written script often has none after its last line. 0, or -1 with err_set. */
int cmd_journal_end_line(int fd, const char *path);
/* Open path as the session's journal (--journal FILE, the journal command): appended to, when
 * it is new, empty or a script (cmd_journal_check), locked as this session's, not where
 * standard output or error goes, and not the data file data names (the slip `relrec
 * --journal sales.csv sales.csv`; NULL: none, the data loaded is afile_guard's); guarded from
 * the outputs (afile_protect). 0, or -1 with err_set and app->journal as it was. */
int cmd_journal_open(rr_app *app, const char *path, const char *data);

/* Completion, for every front end. Given a line and the cursor (bytes), the candidates for
 * the word under the cursor: command and subcommand names, options, option values and
 * arguments by kind (choices, settings and their values, customer ids sorted, stock codes,
 * file names, --map's column names). A candidate is a whole word, unquoted, that starts with
 * the word typed so far (unquoted: word_len bytes); the word starts at byte word_start of the
 * line (after its opening quote, if any). files = 1 when the candidates are paths
 * (directories end in '/'). Returns 0 (no candidates is not an error), or -1 when out of
 * memory; free with completion_free either way. A front end puts completion_insert's text on
 * the line in place of bytes raw_start..cursor, and lists completion_text's forms. */
typedef struct rr_completion {
	char **v;            /* [n] candidates, sorted, unique (owned) */
	int n, cap;
	size_t word_start;   /* where the word under the cursor starts in the line */
	size_t word_len;     /* bytes of the word typed so far, quotes and escapes removed */
	char quote;          /* the quote the word is open in ('"' or '\''), or 0 */
	int files;           /* candidates are file names */
	int more;            /* a sole candidate is not a finished word ("user="): no blank after */
	size_t raw_start;    /* the word's first byte as typed, its opening quote included */
	char *typed;         /* the line's bytes raw_start..cursor (owned) */
	char open_quote;     /* the quote the word opens with ('"' or '\''), or 0: kept */
	size_t lead;         /* bytes of an option's "--by=" at the candidates' start */
	const rr_cmd *opts;  /* the command whose options a candidate that starts with "--" would
	                        be read as (no "--" yet on the line; the candidates are a
	                        positional's values, --17850 a customer's id): such a candidate,
	                        not an option of it, is written after the "--" that ends them */
} rr_completion;
int cmd_complete(const rr_app *app, const char *line, size_t cursor, rr_completion *out);
void completion_free(rr_completion *c);
/* The one way a completed word is written on the line (t40 #1 #4), whatever the front end:
 * text that cmd_split reads back as exactly s (quoted when s holds a blank, a quote, a '#' or
 * a control character; line breaks escaped, as rr_dq_put writes them), and that names the
 * file s when it is one: a file name load would read as standard input or a command ("-",
 * "|...") or an option as "--..." starts with "./"; a finished value that starts with "--"
 * (opts above) comes after "-- ", so that cmd_parse reads it as that value (recommend --owned
 * -- --17850). done: the quote is closed (a finished word). Malloc'd, NULL when out of memory. */
char *completion_text(const rr_completion *c, const char *s, int done);
/* s as one word of a command line, as completion_text writes it (double quotes when needed):
 * the journal's rewritten lines. Malloc'd, NULL when out of memory. */
char *cmd_word(const char *s);
/* s, a positional value (a customer id, a stock code), as the words of a command line that
 * cmd_parse reads back as that value: cmd_word's, after "-- " when s starts with "--" (the
 * command's options must then come before it). Malloc'd, NULL when out of memory. */
char *cmd_value_words(const char *s);
/* 1 when s would be read as an option where a value is meant (it starts with "--"). */
int cmd_value_is_optlike(const char *s);
/* What Tab puts in place of the word (bytes raw_start..cursor): the candidates' longest
 * common prefix as completion_text writes it, or a copy of typed when that adds nothing;
 * *done = 1 for a sole candidate that ends the word (not a directory, nor "user="), which the
 * front end follows with a blank. Malloc'd, NULL when out of memory. */
char *completion_insert(const rr_completion *c, int *done);

/* Handlers implemented across the engine (cmd_*.c), named cmd_WORD or cmd_WORD_SUB. */
int cmd_load(rr_app *, const rr_args *);
int cmd_clean(rr_app *, const rr_args *);
int cmd_filter(rr_app *, const rr_args *);
int cmd_stats(rr_app *, const rr_args *);
int cmd_bins(rr_app *, const rr_args *);
int cmd_set(rr_app *, const rr_args *);
int cmd_show(rr_app *, const rr_args *);
int cmd_source(rr_app *, const rr_args *);
int cmd_journal(rr_app *, const rr_args *);
int cmd_help(rr_app *, const rr_args *);
int cmd_quit(rr_app *, const rr_args *);
int cmd_reset(rr_app *, const rr_args *);
int cmd_undo(rr_app *, const rr_args *);           /* undo.c */
int cmd_gen(rr_app *, const rr_args *);
int cmd_train(rr_app *, const rr_args *);          /* cmd_model.c */
int cmd_report(rr_app *, const rr_args *);
int cmd_runs(rr_app *, const rr_args *);
int cmd_save(rr_app *, const rr_args *);
int cmd_open(rr_app *, const rr_args *);
/* "note: model trained with bins 1 4; labels now 3 8 20 — train again" (model_labels_note)
 * when the session's model was trained on other bins than the labels now, else nothing: the
 * commands that show its classes (report, recommend and export recommendations) say it
 * alike (cmd_model.c). */
void cmd_say_labels_note(rr_app *app);
/* The note on the figures of report, export report and export chart confusion, the same for
 * each: the bins changed since training (model_labels_note) and the loaded data's pairs not
 * the ones trained on, so the test split is not the held-out one (model_data_note), joined by
 * sep into buf ("" when neither); say: also print each as a "note: ..." line. Needs app->model
 * and app->ds. buf, or NULL with err_set (cmd_model.c). */
#define RR_REPORT_NOTE 512
const char *cmd_report_note(rr_app *app, char *buf, size_t size, const char *sep, int say);
/* "note: the business rules ... do not apply to evaluate ..." while exclude or only rules are
 * set: the evaluations score the recommender and its baselines on the same unrestricted
 * lists, and say so rather than seem to honour the rules (cmd_act.c). */
void cmd_say_rules_not_evaluated(rr_app *app);
/* The line that says how much of the loaded data (app->ds, not NULL) model m knows:
 * "LEAD: it knows 3 of the data's 50 customers and 9 of its 10 items". 0, or -1 with err_set.
 * open says it of the model it read, load of the current model it keeps (cmd_model.c). */
int model_say_coverage(rr_app *app, const struct rr_model *m, const char *lead);
/* Which runs of the session are not saved and how to save each, for the question before
 * quit or reset drops them, its commands written after lead (":" on the workbench): "1 run of
 * this session is not saved, run 2 (:save FILE saves it)" (the current run), "..., run 1
 * (:runs use 1, then :save FILE)", "2 runs ... are not saved, runs 1 and 3 (each: :runs use N,
 * then :save FILE)": save saves the current run's model only, and a question that named none
 * sent the user saving the wrong one (t37 #5). "" when every run is saved. buf (cmd_model.c). */
const char *cmd_unsaved_text(const rr_app *app, const char *lead, char *buf, size_t size);
int cmd_export_report(rr_app *, const rr_args *);
int cmd_export_runs(rr_app *, const rr_args *);
int cmd_recommend(rr_app *, const rr_args *);      /* cmd_rec.c */
int cmd_together(rr_app *, const rr_args *);
int cmd_export_recommendations(rr_app *, const rr_args *);
int cmd_export_rules(rr_app *, const rr_args *);
int cmd_exclude_items(rr_app *, const rr_args *);  /* cmd_act.c */
int cmd_exclude_clear(rr_app *, const rr_args *);
int cmd_only_items(rr_app *, const rr_args *);
int cmd_due(rr_app *, const rr_args *);
int cmd_export_due(rr_app *, const rr_args *);
int cmd_evaluate_due(rr_app *, const rr_args *);
int cmd_audience(rr_app *, const rr_args *);      /* cmd_audience.c */
int cmd_export_audience(rr_app *, const rr_args *);
int cmd_evaluate_audience(rr_app *, const rr_args *);
int cmd_why(rr_app *, const rr_args *);
int cmd_export_chart(rr_app *, const rr_args *);   /* cmd_chart.c */
int cmd_customers(rr_app *, const rr_args *);      /* cmd_customers.c */
int cmd_export_customers(rr_app *, const rr_args *);
/* The session's basket index and recommender, built or refitted when their inputs changed
 * (cmd_rec.c). 0 or -1. */
int rec_ensure(rr_app *app);
/* The reason builder of the session's recommender (reason.h), built on first use and kept
 * while the recommender and baskets are (app->rec and app->baskets must be built). NULL with
 * err_set. */
const struct rr_reasoner *act_reasons(rr_app *app);
/* The cutoff of an evaluation, into *cutoff: --cutoff, else the data's default
 * (dataset_default_cutoff), said as evaluate ranking says it. -1 with err_set (naming cmd)
 * when the kept rows hold no midnight after their first time, so no default can split them. */
int act_cutoff(rr_app *app, const rr_args *a, const char *cmd, int32_t *cutoff);
/* The days of the window [cutoff, cutoff + days) that d's rows cover: up to the end of the
 * day of its last kept row (the truth after that is unknown, not "none bought"). */
int act_window_covered(const rr_dataset *d, int32_t cutoff, int days);
/* When the session's data (app->ds) ends inside that window: "note: the data ends ..., so it
 * covers only N of the DAYS days from the cutoff: WHAT after its end are unknown ..." with the
 * latest cutoff that covers it whole (evaluate due, evaluate ranking --horizon). Returns the
 * days covered. */
int act_window_note(rr_app *app, int32_t cutoff, int days, const char *what);
/* -1 with err_set ("CMD: no row is kept ...") when the session's data keeps no row, so that an
 * evaluation stops before it names a cutoff in an empty span; else 0 (cmd_act.c). */
int act_need_rows(const rr_app *app, const char *cmd);
/* split_new's failure named by cmd ("evaluate ranking: no train rows before the cutoff ...")
 * with the way out when a period is empty (another --cutoff). Returns -1. */
int act_split_fail(const char *cmd);
/* A note when the session's data sold nothing in the days [from, from + days) of the calendar
 * in any earlier year it covers (dataset_season_years): chances learnt from the days before a
 * window say nothing of a season the shop has never sold in. what: "the chances". */
void act_season_note(rr_app *app, int32_t from, int days, const char *what);
/* `show`'s lines on the business rules (nothing when none is set). */
void act_show_rules(rr_app *app);
int cmd_evaluate_ranking(rr_app *, const rr_args *);  /* cmd_eval.c */
int cmd_export_evaluation(rr_app *, const rr_args *);

/* The session's recommender for its current data (cmd_rec.c): fitted at the first need and
 * kept until the rows or cleaning rules change (bins, train and open keep it), for the
 * commands that score customers (recommend, export recommendations, audience, why). Progress
 * goes to the session's sink. 0 with *out set, or -1 with err_set. */
struct rr_recsys;
int cmd_recommender(rr_app *app, struct rr_recsys **out);
/* "LEAD EASE's item-item score (EASE only: why)": what the scores of an EASE-only recommender
 * (too short a history for the re-rankers) are, said alike wherever a score is shown (recommend,
 * audience, export audience, why): no chance is estimated then. */
void rec_say_ease_only(rr_app *app, const char *lead);

#endif
