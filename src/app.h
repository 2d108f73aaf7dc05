/* app.h — the session: everything the commands act on. One per front end; the front end
 * owns it (app_init / app_free) and installs its sink. Front ends may read these fields to
 * draw, but change them only through commands (cmd_exec). */
#ifndef RELREC_APP_H
#define RELREC_APP_H

#include <signal.h>
#include <stdio.h>
#include <sys/types.h>

#include "clean.h"
#include "dataset.h"
#include "labels.h"
#include "rows.h"
#include "rules.h"
#include "settings.h"
#include "sink.h"

#define RR_SOURCE_DEPTH 16   /* `source` nesting limit */

struct rr_model;     /* model.h */
struct rr_runs;      /* train.h: the session's run table */
struct rr_recsys;    /* recommend.h: item–item model and caches */
struct rr_baskets;   /* basket.h: invoice baskets for `together` */
struct rr_eval_result; /* evaluate.h: the last ranking evaluation */
struct rr_undo;      /* undo.h: the steps `undo` reverses */

/* The bundled dataset as the README, help's example and the example scripts name it: a
 * path relative to the source tree. Outside the tree, `load` of this name reads the installed
 * copy (app->bundled), as relrec's start-up looks in both places. */
#define RR_BUNDLED_DATA "data/online_retail.csv.gz"

typedef struct rr_app {
	rr_sink sink;                /* where output goes (installed by the front end) */
	rr_rows *rows;               /* loaded transactions, or NULL (owned) */
	rr_clean clean;              /* cleaning rules */
	rr_dataset *ds;              /* rows + clean aggregated, or NULL (owned) */
	rr_labels labels;            /* current bins */
	rr_settings set;             /* hyperparameters */
	struct rr_model *model;      /* last trained or opened model, or NULL (owned) */
	struct rr_runs *runs;        /* runs of this session, each with its model (owned) */
	int current_run;             /* the run whose model is `model` (1-based, as `runs` numbers
	                                them), or 0: no model, or one read by `open` */
	struct rr_recsys *rec;       /* the recommender of ds, fitted on demand (owned): it reads
	                                the transactions only, so it outlives labels and models */
	struct rr_baskets *baskets;  /* basket index for `together`, rebuilt on demand (owned) */
	rr_rules rules;              /* business rules: items never offered, or the only ones */
	struct rr_due *due;          /* buy-again timing model, refitted on demand (owned) */
	struct rr_reasoner *reasons; /* reasons for the recommender's scores (reason.h), rebuilt
	                                with it (owned) */
	struct rr_audience *audience;/* the recommender's scores by item (audience.h), rebuilt with
	                                it (owned) */
	struct rr_eval_result *eval; /* the last evaluate ranking, for export evaluation (owned) */
	FILE *journal;               /* --journal: every executed command is appended, or NULL */
	char *journal_path;          /* its path (owned) */
	char journal_as[64];         /* what the journal records for the running command instead of
	                                its line, when set by it (a run stopped by hand: where) */
	int journal_reset;           /* the journal held an earlier session's lines: `reset` is
	                                written before this session's first (the front end sets it) */
	int depth;                   /* `source` nesting depth, at most RR_SOURCE_DEPTH */
	struct { dev_t dev; ino_t ino; } sourcing[RR_SOURCE_DEPTH];
	                             /* the files each `source` level reads: one sourced again
	                                from within itself is a loop, said at once */
	struct { dev_t dev; ino_t ino; } script;
	                             /* the script run at the top (--replay's, standard input's)
	                                while it runs, ino 0 when none: it is sourced from within
	                                itself too (t54 F7: its lines before the `source` ran again
	                                before the loop was refused); a pipe or a FIFO as well (t57
	                                F2: `source /dev/stdin` in a script read from a pipe read
	                                what the top reader had not buffered yet, and ran the
	                                script's later lines first) */
	unsigned resets;             /* `reset`s run so far, typed or in a script: a front end
				      * compares it to put its own views back as relrec starts */
	int stdin_script;            /* the commands come from standard input: no load reads it */
	const char *argv_data;       /* the FILE of relrec --replay SCRIPT FILE, until a load of
	                                the script replaces it (cmd_load says so), or NULL */
	const char *bundled;         /* the installed copy of the bundled dataset (the front end
	                                sets it; static storage), or NULL: `load RR_BUNDLED_DATA`
	                                reads it when there is no such file here */
	int quit;                    /* set by `quit` */
	int quit_held;               /* a sourced `quit` held (asker set, runs unsaved): the
	                                scripts stop, the session stays (cmd_source clears it
	                                when the outermost one returns) */
	const char *asker;           /* a person is there to ask (the prompt, the workbench: the
	                                front end sets it to the lead its commands are typed
	                                with, "" or ":"; static storage), or NULL in a replay */
	struct rr_undo *undo;        /* settings, labels and cleaning rules before each step (owned) */
	int unsaved;                 /* runs of the session whose model was never saved (each
	                                run's own: `save` saves the current one): leaving asks */
	const char *cmd;             /* name of the command running (cmd_exec sets it), or NULL */
	char *said;                  /* the lines a journal would hold: the session's commands
	                                so far, one a line, kept while a journal is open too, so
	                                that `journal FILE` writes them all, also after a journal
	                                was let go (owned; reset keeps them) */
	size_t said_len, said_cap;
	int said_lost;               /* a line could not be kept (out of memory): said is not
	                                the whole session */
	char *said_replaced;         /* a model the session opened that its save replaced since,
	                                unjournaled then: `journal FILE` warns that its open
	                                replays the saved model (owned, or NULL) */
	int wrote_whole;             /* the last command ran to its end and wrote its files whole
	                                (afile_commits_end): a stop asked meanwhile came after its
	                                last write's point of no return, so it is a stop after
	                                that command, not in it (cmd_exec sets it) */
	int out_errno;               /* a write to standard output failed (a full disk, ulimit -f,
	                                EIO): its errno, set by the front end with interrupt =
	                                SIGPIPE, which ends the session as a closed pipe does; 0
	                                when none did, or the pipe's reader left (EPIPE) */
	int out_said;                /* a script's stop has said that standard output failed: the
	                                front end's check at exit says it no more (t78 F16: two
	                                lines for one closed pipe) */
	/* stop and interrupt stay the last fields: app_reset copies the fields before them, and
	 * never writes what a signal handler may be writing. */
	/* The one stop flag of long work. The front end owns it: its SIGINT handler, a stop key
	 * or the prompt sets it, cmd_exec clears it before each command; the engine only reads
	 * it, through the rr_work that app_work hands to long calls. */
	volatile sig_atomic_t stop;
	/* A signal asked the whole session to end (SIGTERM, SIGHUP, or SIGINT in replay): its
	 * number, set by the front end's handler together with stop. Unlike stop, cmd_exec never
	 * clears it, so a script stops at once and the front end can exit 128 + the number.
	 * SIGPIPE: standard output can take no more (its reader left, or out_errno), exit 1. */
	volatile sig_atomic_t interrupt;
} rr_app;

int app_init(rr_app *a);        /* 0 or -1; no sink: the front end installs one */
void app_free(rr_app *a);
/* Back to the state app_init gives, as a fresh process starts (`reset`): no data, runs, model,
 * undo steps or business rules; the default settings, bins, cleaning rules and filters. What
 * the front end set up stays: the sink, the journal, the installed data's path, standard
 * input's role, and what runs now (source's depth, the command, quit, the stop flags). 0, or
 * -1 with err_set (out of memory: the session is as it was). */
int app_reset(rr_app *a);
/* The work context of the running command: the session's sink, its stop flag, its name. */
rr_work app_work(rr_app *a);
/* The rows or cleaning rules changed: rebuild ds and drop what depended on it. 0 or -1. */
int app_rebuild(rr_app *a);
/* a->rows changed: the file they came from (when a regular file) is one no output may
 * replace for the rest of the session (afile_guard_input), as a journal named after it is
 * refused at start. */
void app_guard_data(rr_app *a);
/* The dataset or labels changed: drop caches derived from them (the model is kept but marked
 * by the model module as trained on other data). */
void app_invalidate(rr_app *a);
/* The data is about to be replaced (load, clean): drop everything derived from it and rebuilt
 * on demand (the recommender too, which app_invalidate keeps while its dataset lives) and hand
 * the memory back to the system, so the old caches and the new data are never held together. */
void app_drop_caches(rr_app *a);

/* The error for a customer id not in the data (a->ds): "no customer 'F'" for an id the file
 * never had (with a did you mean as app_no_item's), or, when the file has rows of it that the cleaning rules or filters dropped,
 * how many and by which rule ("customer 'F' has 1 row in the file, dropped by the cleaning
 * rules (cancelled 1) ..."), so a typo and a dropped customer read differently. Returns -1. */
int app_no_customer(const rr_app *a, const char *id);
/* The error for an item code not in the data: "LEAD item 'C'" (lead "no basket holds", "no
 * customer bought"). Both end "; did you mean '0285901724'?" when the id is another in the
 * data but for leading zeros or case (dataset_near_id). Returns -1. */
int app_no_item(const rr_app *a, const char *code, const char *lead);

/* -1 with err_set when the business rules forbid offering the item with this stock code
 * ("item 'C' is excluded by the business rules (...)", or "not in the only-list"), else 0:
 * the commands that answer about one item (audience, together) refuse it alike. */
int app_item_refused(const rr_app *a, const char *code);

/* The session's present, the first minute of "today" from which the recommender and due count
 * recency ("last M days ago") and the window ahead: the midnight after the history's last day,
 * or, when `filter until` cut rows off after that, the filter's end, as evaluate's --cutoff
 * scores it (t70 F3). *by_filter (may be NULL) is 1 when the filter's end is the present.
 * The one place both read it from: a due list and the recommendations of one session never
 * count from two days. */
int32_t app_present(const rr_app *a, int *by_filter);

#endif
