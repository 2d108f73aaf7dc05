/* train.h — the session's run table (every `train` of a session, side by side) and the
 * training helpers the tests check by hand. model_train itself is declared in model.h. */
#ifndef RELREC_TRAIN_H
#define RELREC_TRAIN_H

#include <stdint.h>

#include "labels.h"
#include "metrics.h"
#include "settings.h"

struct rr_model;   /* model.h */

/* One training run as `runs` lists it, with its weights so `runs use N` can bring it back. */
typedef struct rr_run {
	int id;                      /* 1-based run number in the session */
	rr_settings set;             /* settings it ran with */
	rr_labels lab;               /* label edges and class names */
	uint64_t ds_gen;             /* generation of the dataset it was trained on */
	uint64_t ds_print;           /* that dataset's print (the same data, built again?) */
	char filters[200];           /* the row filters it was trained under (filter_describe),
	                                "" for none: export runs names them (t44 #12) */
	struct rr_model *model;      /* a copy of its model (owned by the table, unbound), or NULL
	                                once dropped to keep the table within its memory budget */
	int has_test;                /* 1 = the test figures below are filled */
	rr_metrics test;             /* test-split metrics over the bought classes */
	double val_macro_f1;         /* validation macro-F1 of the kept weights (NaN without) */
	int epochs;                  /* epochs completed */
	int best_epoch;              /* epoch whose weights were kept, 0 = last */
	int stopped;                 /* 1 = interrupted */
	int saved;                   /* 1 = its model was saved (`save` while it was current) */
	uint64_t saved_dev, saved_ino; /* the file it was last saved to (device, inode): a save
	                                  that replaces that file un-saves it */
	double seconds;              /* wall time */
	double samples_per_s;        /* training throughput */
	double val_loss;             /* validation loss of the kept weights (NaN without validation) */
	float *loss;                 /* [2 × n_loss] each epoch's training and validation loss
	                                (lossrec.h's layout), or NULL (owned by the table) */
	int n_loss;                  /* epochs in loss */
} rr_run;

typedef struct rr_runs {
	int n, cap;                  /* runs held, allocated */
	rr_run *v;                   /* [n] in order (owned) */
} rr_runs;

/* The weights the table keeps: past this, the oldest runs' models are dropped (their rows
 * stay). A model of Online Retail is about 0.8 MB at the defaults (1.3 MB with dim 16 and
 * descriptions), so a session keeps hundreds. */
#define RR_RUNS_MODEL_BYTES ((size_t)256 << 20)

rr_runs *runs_new(void);                         /* NULL with err_set on out of memory */
void runs_free(rr_runs *r);                      /* the runs' models too */
/* Append a copy of run (its id is set to n+1); the table takes run->model. Returns the stored
 * run, or NULL with err_set (run->model is then still the caller's). */
rr_run *runs_add(rr_runs *r, const rr_run *run);
/* Run number id, or NULL when there is none (r may be NULL). */
rr_run *runs_get(const rr_runs *r, int id);
/* Drop the models of the oldest runs, never run `keep` nor the newest, until the models held
 * take at most budget bytes. Returns how many were dropped. */
int runs_trim(rr_runs *r, int keep, size_t budget);
/* The figure runs are compared by: test macro-F1 when the run has a test split, else its
 * validation macro-F1, else NaN. */
double run_macro_f1(const rr_run *r);
/* Issue 14: 1 when the stopped run `next` should not replace the current run `cur`'s model:
 * next was stopped by the user, cur (may be NULL) was trained on the same data with the same
 * bins and has a higher run_macro_f1 on the same kind of split. Else 0 (next becomes current). */
int runs_keep_current(const rr_run *cur, const rr_run *next, int next_stopped);

/* Class weights of the loss from per-class sample counts (DESIGN §5): none = 1,
 * balanced = n/(K·n_k), sqrt = √(n/(K·n_k)); a class with no samples gets weight 0. */
void train_class_weights(enum rr_weights w, const int64_t *counts, int K, float *cw);

#endif
