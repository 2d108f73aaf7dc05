/* settings.h — the hyperparameters `set NAME VALUE` changes and `show` lists.
 *
 * One table, rr_setting_defs, holds everything known about each setting: its name, kind,
 * range, default, help, the words it takes, how the workbench steps it, whether it shapes a
 * trained model. Parsing, validation, `show`, `help SETTING`, completion, the workbench
 * stepper, the runs table and its export, and the model file's settings section all walk it;
 * the man page's SETTINGS section is checked against it by a test. Adding a hyperparameter is
 * one field in rr_settings and one entry in the table. */
#ifndef RELREC_SETTINGS_H
#define RELREC_SETTINGS_H

#include <stddef.h>
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
	int weights;                /* enum rr_weights: class weighting of the loss */
	int negatives;              /* sampled never-bought items per bought pair; 0 = seed model */
	int sampling;               /* enum rr_sampling: how negatives are drawn */
	double mask;                /* share of bought pairs shown with zero history each epoch */
	int desc;                   /* 1 = description word features */
	uint64_t seed;              /* split, initialisation, dropout and sampling seed */
	double test;                /* test share of pairs */
	double val;                 /* validation share of the training pairs */
	int threads;                /* BLAS threads (results are bit-identical per thread count) */
	int variant;                /* 0 = relrec's own, 1..3 = the seed's models */
} rr_settings;

/* How a setting's value is stored and written. */
enum rr_set_kind {
	RR_SK_INT,      /* int in [lo, hi] */
	RR_SK_REAL,     /* double in lo..hi, each end open or closed */
	RR_SK_WORD,     /* int = index into words (e.g. none|balanced|sqrt; on|off) */
	RR_SK_WIDTHS,   /* n_hidden + hidden[]: "128,64", 1..RR_MAX_HIDDEN widths in [lo, hi] */
	RR_SK_U64       /* uint64_t, any whole number */
};

enum {
	RR_SET_MODEL = 1,   /* shapes the trained model: kept in model files and the runs table */
	RR_SET_RUNS = 2     /* a column of the `runs` table (the export has every setting) */
};

typedef struct rr_setting_def {
	const char *name;
	const char *meta;           /* the value in synopses: "N", "W[,W...]", "RATE" (WORD: NULL) */
	enum rr_set_kind kind;
	size_t offset;              /* offsetof(rr_settings, field) */
	double lo, hi;              /* range (INT, REAL, WIDTHS) */
	int lo_open, hi_open;       /* REAL: the range's ends are open */
	const char *const *words;   /* WORD: the values, NULL-terminated; others NULL */
	const char *def;            /* relrec's default (variant 0), as `set` would take it */
	const char *help;           /* one line, without the range (help adds it) */
	unsigned flags;             /* RR_SET_* */
	const char *column;         /* short header in the runs table */
	const double *ladder;       /* the workbench's ←/→ steps through these (ascending), or NULL */
	int n_ladder;
	double step;                /* else ←/→ add ±step (INT, REAL); WORD steps through words */
} rr_setting_def;

extern const rr_setting_def rr_setting_defs[];   /* display order; ends with {NULL} */

/* The entry named name, or NULL. */
const rr_setting_def *settings_find(const char *name);

/* relrec's defaults: every entry's def. */
void settings_default(rr_settings *s);
/* The seed's variant n (1..3) exactly, or 0 for relrec's defaults; every setting is reset
 * (`set variant` keeps seed and threads: they belong to the experiment, not the model). */
void settings_variant(rr_settings *s, int n);

/* Parse text as NAME's value into s (variant applies settings_variant). Returns 0, or -1
 * with err_set("NAME: ...") saying what is wrong. This is the only validator: `set`, the
 * model file and the workbench all come through it. */
int settings_set(rr_settings *s, const char *name, const char *text);
/* Like settings_set, without `variant`'s reset of the others: for reading a model file. */
int settings_put(rr_settings *s, const char *name, const char *text);
/* The range of a random seed, one for `set seed`, `gen --seed` and `relrec gen --seed` (t40
 * #11: gen refused past 2^63-1 what set took): every uint64_t, said so by show, help and the
 * manual. */
#define RR_SEED_TOP "2^64-1"
#define RR_SEED_RANGE "0.." RR_SEED_TOP
/* text as a seed (RR_SEED_RANGE; "-0" is 0): 0 with *out, or -1 with err_set in the words of
 * every whole-number setting (rr_parse_long's): "NAME must be from 0 to 2^64-1, not TEXT" for a
 * whole number past either end, "NAME must be a whole number from 0 to 2^64-1, not 'TEXT'"
 * for anything else. */
int settings_parse_seed(const char *name, const char *text, uint64_t *out);
/* NAME's current value as text (what `set` takes back unchanged) into buf; returns buf, or
 * NULL when there is no such setting. */
const char *settings_get(const rr_settings *s, const char *name, char *buf, size_t size);
/* Check every value of s against the table (as if each were `set` from its text). 0, or -1
 * with err_set naming the first bad one. For settings read from files. */
int settings_validate(const rr_settings *s);
/* "(1..512)", "[0, 1)", "none|balanced|sqrt" ... for help and the man page. */
const char *settings_range(const rr_setting_def *d, char *buf, size_t size);
/* A setting's help line with its range (or values) and default as labelled parts after it:
 * "dropout rate ... (range [0, 1); default 0)", the way `help set` and the workbench's help
 * both list the settings. Into buf; returns buf. */
const char *settings_describe(const rr_setting_def *d, char *buf, size_t size);
/* The value the workbench's ← (dir -1) or → (dir +1) moves NAME to, as text into out.
 * Returns 1, or 0 at the end of the range (nothing to do). Words do not wrap around. */
int settings_step(const rr_settings *s, const char *name, int dir, char *out, size_t size);
/* The settings whose values differ between a and b, as "dim 32 → 16, desc on → off" into
 * buf (empty when none differ); returns buf. For saying what `set variant` changed. */
const char *settings_diff(const rr_settings *a, const rr_settings *b, char *buf, size_t size);

#endif
