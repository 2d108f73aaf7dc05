/* settings.h — the hyperparameters `set NAME VALUE` changes and `show` lists. One table
 * drives parsing, validation, display and completion. */
#ifndef RELREC_SETTINGS_H
#define RELREC_SETTINGS_H

#include <stdint.h>

#define RR_MAX_HIDDEN 4

enum rr_weights { RR_W_NONE = 0, RR_W_BALANCED, RR_W_SQRT };
enum rr_sampling { RR_SAMPLE_POP = 0, RR_SAMPLE_UNIFORM };

typedef struct rr_settings {
	int dim;                    /* embedding size d (user, item and word embeddings) */
	int n_hidden;               /* number of hidden layers, 1..RR_MAX_HIDDEN */
	int hidden[RR_MAX_HIDDEN];  /* their widths ("set hidden 64" or "set hidden 128,64") */
	double dropout;             /* dropout rate after the concatenation and each hidden layer */
	double lr;                  /* Adam learning rate */
	int batch;                  /* mini-batch size */
	int epochs;                 /* maximum epochs */
	int patience;               /* early stopping patience in epochs; 0 = no early stopping */
	enum rr_weights weights;    /* class weighting of the loss */
	int negatives;              /* sampled never-bought items per bought pair; 0 = seed model */
	enum rr_sampling sampling;  /* how negatives are drawn */
	double mask;                /* share of bought pairs shown with zero history each epoch */
	int desc;                   /* 1 = description word features */
	uint64_t seed;              /* split, initialisation, dropout and sampling seed */
	double test;                /* test share of pairs */
	double val;                 /* validation share of the training pairs */
	int threads;                /* BLAS threads (results are bit-identical per thread count) */
	int variant;                /* 0 = relrec's own recommender, 1..3 = the seed's models */
} rr_settings;

/* relrec's defaults (variant 0). */
void settings_default(rr_settings *s);
/* Set the seed's variant n (1..3) exactly, or 0 for relrec's defaults; other settings reset. */
void settings_variant(rr_settings *s, int n);
/* Parse and set NAME to VALUE. Returns NULL or a message saying what is wrong. */
const char *settings_set(rr_settings *s, const char *name, const char *value);
/* Current value of NAME as text into buf; NULL if no such setting. */
const char *settings_get(const rr_settings *s, const char *name, char *buf, int size);
/* Names in display order, NULL-terminated (for show and completion), and their help. */
extern const char *const rr_setting_names[];
const char *settings_help(const char *name);

/* TEMPORARY (issue 10): the new API's rr_setting_defs/settings_find/settings_range over the
 * old table; this line and settings_shim.[ch] go at the merge. */
#include "settings_shim.h"

#endif
