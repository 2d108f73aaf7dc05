/* sink.h — how the engine speaks. Command handlers never print: they emit text, tables and
 * progress events to an rr_sink. The prompt/replay sink prints them; the workbench renders them
 * into panes (liblinear's print hook, ncdu's dir_output). */
#ifndef RELREC_SINK_H
#define RELREC_SINK_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A table of text cells, built by the engine and rendered by the front end.
 * All strings are owned by the table (table_free releases them). */
typedef struct rr_table {
	char *title;     /* optional caption printed above, may be NULL */
	int ncols;       /* number of columns */
	int nrows;       /* number of body rows */
	int cap;         /* allocated rows */
	char **head;     /* [ncols] column names */
	char *align;     /* [ncols] 'l' or 'r' */
	char **cells;    /* [nrows * ncols] row-major cell text */
	char *timing;    /* [ncols] 1 = the column holds times or rates (see table_render) */
	char *optional;  /* [ncols] 1 = the data may leave it empty (table_optional) */
} rr_table;

rr_table *table_new(int ncols, const char *title);  /* NULL on out of memory */
/* Set column c's header and alignment ('l' or 'r'). */
void table_head(rr_table *t, int c, const char *name, char align);
/* Mark column c as times or rates: a sink that hides timing shows "-" in its cells. */
void table_timing(rr_table *t, int c);
/* Mark column c as one the data may not have (a country, a description): sink_table leaves
 * it out when every body row's cell is empty, so that no front end gives width to a column of
 * blanks (t75 F9: an empty country column took the room the purchase dates needed at 80x24).
 * Declared where the table is built; a CSV export keeps its fixed columns. */
void table_optional(rr_table *t, int c);
/* Whether column c is optional and empty on every body row: what sink_table leaves out. */
int table_col_dropped(const rr_table *t, int c);
/* A copy of t, every cell, flag and the title, without the columns c where drop[c] (drop NULL:
 * all of them), or NULL on out of memory. */
rr_table *table_dup(const rr_table *t, const char *drop);
/* Append a row; returns its index or -1. Cells start empty. */
int table_add_row(rr_table *t);
/* Set a cell with printf formatting. */
void table_set(rr_table *t, int row, int col, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;
/* Set a cell to one number with fmt (one conversion, e.g. "%.4f"), or to "n/a" when v is NaN:
 * a mean over nobody (no customer, no item) is not 0. The CSV exports leave that cell empty
 * (csvout_num), the same convention. */
void table_num(rr_table *t, int row, int col, const char *fmt, double v);
#define RR_NA "n/a"
const char *table_get(const rr_table *t, int row, int col);
void table_free(rr_table *t);
/* Render as aligned plain text (two spaces between columns, header underlined by nothing:
 * scikit-learn style). Returns a malloc'd string the caller frees, or NULL. */
char *table_render(const rr_table *t, int timing);

/* What long work reports. Fields not relevant to a phase are zero / NULL. */
enum rr_phase {
	RR_PHASE_LOAD = 1,   /* done/total in bytes of input */
	RR_PHASE_BATCH,      /* a training mini-batch: done/total batches of this epoch, loss */
	RR_PHASE_EPOCH,      /* an epoch ended: losses, confusion matrix, P/R/F1 */
	RR_PHASE_EVAL,       /* other long work (fitting, evaluating, exporting): done/total */
	RR_PHASE_DONE        /* the work finished (or stopped) */
};

typedef struct rr_progress {
	enum rr_phase phase;
	const char *cmd;            /* the command the work belongs to ("train", "recommend", ...) */
	const char *what;           /* short label of the stage, e.g. "load", "ease: fit" */
	double done, total;         /* units depend on phase */
	int epoch, epochs;          /* 1-based epoch number and planned epochs (training) */
	double train_loss;          /* running (BATCH) or epoch-mean (EPOCH) training loss */
	double val_loss;            /* validation loss (EPOCH) */
	double val_macro_f1;        /* validation macro-F1 over the report classes (EPOCH) */
	double seconds;             /* seconds since the work began (always real: the sink decides
	                               whether to show times) */
	double samples_per_s;       /* throughput over the epoch so far */
	int n_classes;              /* classes in confusion/precision/recall/f1 */
	const char *const *class_names;  /* [n_classes] */
	const int64_t *confusion;   /* [n_classes*n_classes] rows = truth, cols = predicted */
	const double *precision, *recall, *f1;  /* [n_classes] */
} rr_progress;

/* The output interface. Any callback may be NULL (then that output is dropped by choice of
 * the front end, e.g. --quiet). The engine calls these from the thread running the command.
 * Whether times and rates are shown is the sink's policy alone (RELREC_NO_TIMING in the
 * golden tests): the engine reports them through `timing` and timing table columns. */
typedef struct rr_sink {
	void *ctx;
	/* One or more lines of text (no trailing newline needed; lines separated by '\n'). */
	void (*text)(void *ctx, const char *s);
	/* A line that only reports times or rates: NULL = not shown. */
	void (*timing)(void *ctx, const char *s);
	/* A timing line that says how long running work still takes ("about 3 s more"): news
	 * only while it runs, so a front end that shows a command's output after it ends leaves
	 * it out. NULL = through timing, as any other. */
	void (*eta)(void *ctx, const char *s);
	/* A table; the sink may keep a pointer only for the duration of the call. */
	void (*table)(void *ctx, const rr_table *t);
	/* Progress of long work. Stopping is not asked through here: the front end sets the
	 * session's stop flag (app->stop), which the work reads. */
	void (*progress)(void *ctx, const rr_progress *p);
	/* An error message (already "relrec: "-free text; the front end adds the prefix). */
	void (*error)(void *ctx, const char *msg);
} rr_sink;

/* Convenience: printf-style text to a sink. */
void sink_printf(const rr_sink *s, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* printf-style text through the sink's timing callback. */
void sink_timing(const rr_sink *s, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* printf-style text through the sink's eta callback, else its timing one. */
void sink_eta(const rr_sink *s, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void sink_table(const rr_sink *s, const rr_table *t);
/* Report an error through the sink (no-op without an error callback). */
void sink_error(const rr_sink *s, const char *msg);
void sink_progress(const rr_sink *s, const rr_progress *p);

/* ---- long work ----
 * A long call (load, train, fit, evaluate, export) gets an rr_work: where its progress goes,
 * the command it belongs to, and the one stop flag. The front end owns the flag (its SIGINT
 * handler or a key sets it; cmd_exec clears it before each command); the engine only reads
 * it, at safe points, and then stops cleanly keeping or discarding what it has as its header
 * says. Progress other than epochs and the end is rate-limited to one report per RR_TICK_S,
 * so a front end that redraws from progress stays live without drowning. */
#define RR_TICK_S 0.05
/* Seconds of a long pass timed before its "about N s more" note (the audience's neighbours):
 * the estimate is calibrated on the work done, not on a fixed rate. */
#define RR_NOTE_CALIBRATE_S 1.0
/* Seconds that units more units of some work take at the pace of done units in spent seconds
 * (0 before any is done): the arithmetic of the "about N s more" notes, whose done units are
 * a sample of the work (customers spread over all of them), not its first ones. */
double work_pace_s(double spent, double done, double units);
typedef struct rr_work {
	const rr_sink *sink;                 /* where progress goes, or NULL */
	const volatile sig_atomic_t *stop;   /* the session's stop flag, or NULL */
	const char *cmd;                     /* the command the work belongs to */
	double last;                         /* rr_now() of the last rate-limited report */
} rr_work;

/* A work context for sink/stop/cmd (any may be NULL). Every long call also accepts a NULL
 * rr_work * (tests, benchmarks): no progress, never stopped. */
rr_work work_init(const rr_sink *sink, const volatile sig_atomic_t *stop, const char *cmd);
/* 1 when a stop was asked. The flag stays set until the front end clears it, so every stage
 * of a command that checks after a stop sees it. */
int work_stopped(const rr_work *w);
/* Report p (its cmd filled in from w): EPOCH and DONE always, other phases when RR_TICK_S
 * has passed since the last report or force. Returns work_stopped(w). */
int work_report(rr_work *w, rr_progress *p, int force);
/* work_report of a plain (phase, what, done, total) event. */
int work_tick(rr_work *w, enum rr_phase phase, const char *what, double done, double total,
	      int force);
/* Run fn(arg) on a helper thread while this thread reports (RR_PHASE_EVAL, what, 0 of 1)
 * every RR_TICK_S: for one long call that cannot report from inside (a LAPACK
 * factorization). fn cannot be cut short; check work_stopped afterwards. Returns fn's
 * result; when fn fails, its err_set message is carried over to this thread. */
int work_run(rr_work *w, const char *what, int (*fn)(void *arg), void *arg);

#endif
