/* train.h — the session's run table (every `train` of a session, side by side) and the
 * training helpers the tests check by hand. model_train itself is declared in model.h. */
#ifndef RELREC_TRAIN_H
#define RELREC_TRAIN_H

#include <stdint.h>

#include "labels.h"
#include "metrics.h"
#include "settings.h"

/* One training run as `runs` lists it. */
typedef struct rr_run {
	int id;                      /* 1-based run number in the session */
	rr_settings set;             /* settings it ran with */
	rr_labels lab;               /* label edges and class names */
	int has_test;                /* 1 = the test figures below are filled */
	rr_metrics test;             /* test-split metrics over the bought classes */
	int epochs;                  /* epochs completed */
	int best_epoch;              /* epoch whose weights were kept, 0 = last */
	int stopped;                 /* 1 = interrupted */
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

rr_runs *runs_new(void);                         /* NULL with err_set on out of memory */
void runs_free(rr_runs *r);
/* Append a copy of run (its id is set to n+1). Returns the stored run or NULL with err_set. */
rr_run *runs_add(rr_runs *r, const rr_run *run);

/* Class weights of the loss from per-class sample counts (DESIGN §5): none = 1,
 * balanced = n/(K·n_k), sqrt = √(n/(K·n_k)); a class with no samples gets weight 0. */
void train_class_weights(enum rr_weights w, const int64_t *counts, int K, float *cw);

#endif
