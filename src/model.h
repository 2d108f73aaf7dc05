/* model.h — the relevance model (DESIGN §5): a neural classifier of a customer–item pair's
 * relevance class, trained on a dataset's pairs with the session's labels and settings, saved
 * to and opened from model files (§9), and used to score a customer against every item. */
#ifndef RELREC_MODEL_H
#define RELREC_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "labels.h"
#include "metrics.h"
#include "settings.h"
#include "sink.h"

typedef struct rr_model rr_model;

/* Train on ds with labels and settings; split, standardization, vocabulary inside. Progress
 * (BATCH every 20 batches, EPOCH, DONE; EVAL while preparing) to w's sink; a stop ends it
 * early, keeping the best weights (model_info's stopped). w may be NULL. settings->test == 0
 * means no test split (the ranking evaluation trains on a whole period). Returns a new model
 * (caller frees) or NULL with err_set. */
rr_model *model_train(const rr_dataset *ds, const rr_labels *lab, const rr_settings *s,
		      rr_work *w);
/* Where a run stopped by hand stopped: after batch `batch` (1-based) of `epoch`'s training
 * pass, or, batch 0, after that epoch's validation. */
typedef struct rr_stop_point {
	int epoch, batch;
} rr_stop_point;
/* model_train that also stops at *at (NULL: only when w asks), as the stop recorded there did:
 * the same settings and data give the same model. */
/* Every pair in one class and no sampled negatives (t51 F11): a model that always says that
 * class scores accuracy 1 and learns nothing. Returns 1 with msg the class and the bins edge
 * that splits the pairs near their median order count (or that none can), 0 when there are
 * two classes or more, -1 with err_set on out of memory. Said after such a run, which still
 * runs: fixtures and first tries are often that small. */
int train_one_class(const rr_dataset *ds, const rr_labels *lab, const rr_settings *s, char *msg,
		    size_t size);
rr_model *model_train_until(const rr_dataset *ds, const rr_labels *lab, const rr_settings *s,
			    rr_work *w, const rr_stop_point *at);
void model_free(rr_model *m);
/* The model's generation (rr_gen_next() when trained or opened): caches derived from a model
 * remember it. */
uint64_t model_gen(const rr_model *m);
int model_n_classes(const rr_model *m);          /* output classes, incl. "none" if negatives */
const char *model_class_name(const rr_model *m, int c);
/* Score every item of ds (the dataset it was trained on or mapped to) for dense user u:
 * score[i] = Σ_c v(c)·P(c|u,i), v(none)=0, v(k-th bought class)=k+1; a pair the user bought
 * uses its true history features, a never-bought pair zero history. probs may be NULL or
 * [n_items × n_classes]. Fast path: the user part and the item part of the first dense layer
 * precomputed, O(items × hidden) per user; the later layers one GEMM per block of items.
 * Tested to equal the naive forward within 1e-5.
 * Returns 0 or -1. Thread-safe for concurrent calls on different users. */
int model_score_user(const rr_model *m, const rr_dataset *ds, uint32_t u, float *score, float *probs);
/* The same numbers for just the n items items[0..n) of ds (any order, repeats allowed):
 * score[k] and probs[k × n_classes ..] (probs may be NULL) belong to items[k]. For callers
 * that need a few items per customer (the recommender's candidates): the cost is O(n), not
 * O(items). Tested to equal model_score_user on the same items within 1e-6. 0 or -1 (an item
 * or the customer out of range). Thread-safe like model_score_user. */
int model_score_items(const rr_model *m, const rr_dataset *ds, uint32_t u, const uint32_t *items,
		      size_t n, float *score, float *probs);

/* What a screen or a report says when the model no longer fits the session's labels:
 * "model trained with bins 2 5; labels now 2 7 — train again" into buf (truncated to size),
 * or "" when m is NULL or was trained with the bins of now. Returns buf. For `report` and
 * the workbench's Train and Recommend screens. */
const char *model_labels_note(const rr_model *m, const rr_labels *now, char *buf, size_t size);
/* A copy of m (weights, tables, settings, labels, training record) with a new generation and
 * no binding: the run table keeps one per run. NULL with err_set on out of memory. */
rr_model *model_clone(const rr_model *m);
/* The history features m leaves out (rows_implied's RR_IMPLIED_* bits, as training found
 * them in its data): 0 when it reads quantity and spend. */
unsigned model_feat_off(const rr_model *m);
/* Memory m holds (parameters, id tables, the binding's caches when bound; about), for budgets. */
size_t model_bytes(const rr_model *m);

/* ---- beyond the shared API: used by cmd_model.c and the tests ---- */

/* The reference for model_score_user: the full network run on (u, every item) as a batch. */
int model_score_user_naive(const rr_model *m, const rr_dataset *ds, uint32_t u, float *score,
			   float *probs);

/* Map the model onto ds (by customer id and stock code text) so it can score and evaluate
 * ds's pairs. model_score_user and model_evaluate do this on demand; calling it explicitly
 * reports how much of ds the model knows. 0 or -1. */
int model_bind(rr_model *m, const rr_dataset *ds);
/* How many of ds's customers and items the model knows (binds to ds). 0 or -1. */
int model_coverage(const rr_model *m, const rr_dataset *ds, uint32_t *users, uint32_t *items);
/* Whether the model knows ds's customer u and item i: 1 for the customer, 2 for the item,
 * 3 both, 0 neither (then its probabilities for the pair come from another shop's customers
 * and items: they say nothing of it); -1 with err_set when it cannot bind to ds. */
int model_knows(const rr_model *m, const rr_dataset *ds, uint32_t u, uint32_t i);
/* Forget the mapping (the dataset is about to change or be freed). */
void model_unbind(rr_model *m);

/* Which pairs of a dataset a split puts where (by the model's seed, test and val shares). */
enum rr_split { RR_SPLIT_TRAIN = 0, RR_SPLIT_VAL, RR_SPLIT_TEST };
/* Evaluate on the bought pairs of ds's `which` split, recomputed from the model's settings (on
 * the pairs ordered as in training when they are the training pairs, model_data_note), over
 * the model's bought classes ("none" dropped and renormalized). Fills *out. 0 or -1 (e.g. the
 * split is empty). Same model and dataset ⇒ the same figures in any process. */
int model_evaluate(const rr_model *m, const rr_dataset *ds, enum rr_split which, rr_metrics *out);

/* Whether ds's pairs are the ones m was trained on, so that model_evaluate's test split is the
 * one held out in training: "" into buf when they are, else the note report and its exports
 * give, "... : this test split is not the one held out in training", saying why (the pair
 * count, customers or items the model does not know, or other pairs: a print of the training
 * pairs is kept in the model). The same pairs in another row order are the same data.
 * Returns buf, or NULL with err_set (out of memory). */
const char *model_data_note(const rr_model *m, const rr_dataset *ds, char *buf, size_t size);

/* What training did. */
typedef struct rr_train_info {
	int epochs_run;          /* epochs completed */
	int best_epoch;          /* epoch whose weights were kept (1-based; 0 = last/no validation) */
	int stopped;             /* 1 = interrupted by the user (or at a stop point) */
	rr_stop_point stopped_at;/* where, when stopped */
	int early_stopped;       /* 1 = early stopping ended it */
	double seconds;          /* wall time of the training loop */
	double samples_per_s;    /* training samples over whole epochs per second */
	double train_loss;       /* last epoch's mean training loss */
	double val_loss;         /* the kept epoch's validation loss (NaN without validation) */
	double val_macro_f1;     /* the kept epoch's validation macro-F1 over the bought classes
	                            (NaN without validation, and in a model read from a file) */
	int64_t samples;         /* training samples processed */
	int64_t n_train, n_val, n_test; /* bought pairs in each split */
	uint64_t pairs_print;    /* model_pairs_print of the training pairs in training order
	                            (0: not recorded, a model file of format 1 or 2) */
} rr_train_info;
const rr_train_info *model_info(const rr_model *m);
const rr_settings *model_settings(const rr_model *m);
const rr_labels *model_labels(const rr_model *m);   /* the bought classes it predicts */
/* Items, users and words it knows. */
void model_sizes(const rr_model *m, uint32_t *users, uint32_t *items, uint32_t *words);

/* Model files (DESIGN §9), modelfile.c. Save writes PATH.tmp, fsyncs and renames. 0 or -1. */
int model_save(const rr_model *m, const char *path);
/* Load and validate; NULL with err_set naming what is wrong (truncated, checksum mismatch,
 * newer format version, not a model file, inconsistent contents). */
rr_model *model_load(const char *path);
/* The same from a whole file's bytes in memory (model_load reads the file, bounded by its
 * header, then calls this); name stands for the file in messages. Reads only buf[0..n). */
rr_model *model_load_mem(const void *buf, size_t n, const char *name);
#define RR_MODEL_FORMAT 3   /* the format this relrec writes; it reads 1 to 3 */

#endif
