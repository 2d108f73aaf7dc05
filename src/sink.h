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
} rr_table;

rr_table *table_new(int ncols, const char *title);  /* NULL on out of memory */
/* Set column c's header and alignment ('l' or 'r'). */
void table_head(rr_table *t, int c, const char *name, char align);
/* Append a row; returns its index or -1. Cells start empty. */
int table_add_row(rr_table *t);
/* Set a cell with printf formatting. */
void table_set(rr_table *t, int row, int col, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;
const char *table_get(const rr_table *t, int row, int col);
void table_free(rr_table *t);
/* Render as aligned plain text (two spaces between columns, header underlined by nothing:
 * scikit-learn style). Returns a malloc'd string the caller frees, or NULL. */
char *table_render(const rr_table *t);

/* What long work reports. Fields not relevant to a phase are zero / NULL. */
enum rr_phase {
	RR_PHASE_LOAD = 1,   /* done/total in bytes of input */
	RR_PHASE_BATCH,      /* a training mini-batch: done/total batches of this epoch, loss */
	RR_PHASE_EPOCH,      /* an epoch ended: losses, confusion matrix, P/R/F1 */
	RR_PHASE_EVAL,       /* evaluation: done/total customers */
	RR_PHASE_DONE        /* the work finished (or stopped) */
};

typedef struct rr_progress {
	enum rr_phase phase;
	const char *what;           /* short label, e.g. "load", "train", "evaluate" */
	double done, total;         /* units depend on phase */
	int epoch, epochs;          /* 1-based epoch number and planned epochs (training) */
	double train_loss;          /* running (BATCH) or epoch-mean (EPOCH) training loss */
	double val_loss;            /* validation loss (EPOCH) */
	double val_macro_f1;        /* validation macro-F1 over the report classes (EPOCH) */
	double seconds;             /* seconds since the work began */
	double samples_per_s;       /* throughput over the epoch so far */
	int n_classes;              /* classes in confusion/precision/recall/f1 */
	const char *const *class_names;  /* [n_classes] */
	const int64_t *confusion;   /* [n_classes*n_classes] rows = truth, cols = predicted */
	const double *precision, *recall, *f1;  /* [n_classes] */
} rr_progress;

/* The output interface. Any callback may be NULL (then that output is dropped by choice of
 * the front end, e.g. --quiet). The engine calls these from the thread running the command. */
typedef struct rr_sink {
	void *ctx;
	/* One or more lines of text (no trailing newline needed; lines separated by '\n'). */
	void (*text)(void *ctx, const char *s);
	/* A table; the sink may keep a pointer only for the duration of the call. */
	void (*table)(void *ctx, const rr_table *t);
	/* Progress of long work. Return non-zero to ask the work to stop (it stops cleanly at the
	 * next safe point and keeps what it has). */
	int (*progress)(void *ctx, const rr_progress *p);
	/* An error message (already "relrec: "-free text; the front end adds the prefix). */
	void (*error)(void *ctx, const char *msg);
} rr_sink;

/* Convenience: printf-style text to a sink. */
void sink_printf(const rr_sink *s, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void sink_table(const rr_sink *s, const rr_table *t);
/* Report an error through the sink (no-op without an error callback). */
void sink_error(const rr_sink *s, const char *msg);
/* Returns the callback's stop request (0 when the sink has no progress callback). */
int sink_progress(const rr_sink *s, const rr_progress *p);

/* Progress of long work that loops quickly or blocks in one call (fitting the recommender,
 * evaluating), so a front end that redraws only from progress callbacks stays live: reports
 * go out at most every RR_TICK_S seconds, and a stop request — the callback's answer or *stop
 * — is remembered. */
#define RR_TICK_S 0.05
typedef struct rr_ticker {
	const rr_sink *sink;           /* where reports go, or NULL */
	volatile sig_atomic_t *stop;   /* the session's interrupt flag, or NULL */
	double last;                   /* monotonic seconds of the last report */
	int stopped;                   /* 1 = a stop was asked (stays set) */
} rr_ticker;
void ticker_init(rr_ticker *t, const rr_sink *sink, volatile sig_atomic_t *stop);
/* Report (phase, what, done, total) if RR_TICK_S has passed since the last report, or always
 * when force. Returns non-zero once a stop was asked (then it reports nothing more). */
int ticker_tick(rr_ticker *t, enum rr_phase phase, const char *what, double done, double total,
		int force);
/* Run fn(arg) on a helper thread while this thread reports (phase, what, 0 of 1) every
 * RR_TICK_S seconds: for one long call that cannot report from inside (a LAPACK
 * factorization). fn cannot be cut short; a stop asked meanwhile is in t->stopped when it
 * returns. Returns fn's result; when fn fails, its err_set message is carried over to this
 * thread. */
int ticker_run(rr_ticker *t, enum rr_phase phase, const char *what, int (*fn)(void *arg),
	       void *arg);

/* A sink that writes text and rendered tables to a FILE (used by replay, exports, tests).
 * Progress is printed as one line per epoch (RR_PHASE_EPOCH) and otherwise ignored.
 * Errors go to stderr as "relrec: MSG" (after flushing f, so the order survives 2>&1). */
void sink_init_file(rr_sink *s, FILE *f);

#endif
