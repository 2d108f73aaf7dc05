/* model_priv.h — the inside of rr_model, shared by model.c (network, binding, scoring),
 * train.c (the training loop) and modelfile.c (save/open). Nothing else includes it. */
#ifndef RELREC_MODEL_PRIV_H
#define RELREC_MODEL_PRIV_H

#include <pthread.h>
#include <signal.h>
#include <stdint.h>

#include "model.h"
#include "nn.h"
#include "strtab.h"

#define RR_N_FEAT 2   /* history features: log1p(total_quantity), log1p(total_price) */
#define RR_MAX_LAYERS (RR_MAX_HIDDEN + 1)

/* The network's shapes and parameters. The input row of a pair is the concatenation
 *   [ user row (d+1: embedding, bias) | item row (d+1) | history (2) | description mean (d) ]
 * so a user's or item's embedding and bias sit side by side in one table row and a gather is
 * one memcpy. The description part exists only when desc is on. */
typedef struct rr_net {
	int d;                         /* embedding size */
	int desc;                      /* 1 = description words are an input */
	uint32_t n_users, n_items, n_words; /* table rows */
	int F;                         /* input width: 2(d+1) + 2 + (desc ? d : 0) */
	int n_layers;                  /* dense layers, the output layer included */
	int in[RR_MAX_LAYERS];         /* input width of layer l */
	int out[RR_MAX_LAYERS];        /* output width of layer l (the last = classes) */
	size_t n_params;               /* all parameters */
	size_t dense_off;              /* where the dense layers start in params */
	size_t n_dense;                /* dense parameters (weights and biases of all layers) */
	float *params;                 /* [n_params] one allocation (owned) */
	float *utab;                    /* (n_users, d+1) into params */
	float *itab;                    /* (n_items, d+1) into params */
	float *wtab;                    /* (n_words, d) into params, or NULL without desc */
	float *W[RR_MAX_LAYERS];       /* layer l weight (out, in), into params */
	float *b[RR_MAX_LAYERS];       /* layer l bias (out), into params */
} rr_net;

/* Column offsets of the input groups. */
static inline int net_col_user(const rr_net *n) { (void)n; return 0; }
static inline int net_col_item(const rr_net *n) { return n->d + 1; }
static inline int net_col_feat(const rr_net *n) { return 2 * (n->d + 1); }
static inline int net_col_desc(const rr_net *n) { return 2 * (n->d + 1) + RR_N_FEAT; }

/* Activations and their gradients for batches of up to cap pairs (one allocation). (Not
 * rr_work: that name is sink.h's context of long work.) */
typedef struct rr_acts {
	int cap;                       /* largest batch */
	float *mem;                    /* the allocation (owned) */
	float *x[RR_MAX_LAYERS + 1];   /* x[0] (cap,F) input; x[l+1] (cap,out[l]) layer outputs after
	                                  ReLU and dropout; x[n_layers] = logits, then probs */
	float *mask[RR_MAX_LAYERS];    /* dropout factors applied to x[l] (cap, in[l]) */
	float *dx[RR_MAX_LAYERS + 1];  /* gradients with the shapes of x */
	int dropped;                   /* 1 = the last forward applied dropout (masks valid) */
} rr_acts;

/* Sparse gradient of an embedding table: the rows one batch touched. */
typedef struct rr_rowset {
	int width;                     /* columns per row */
	int32_t *slot;                 /* [table rows] the row's slot this batch, or -1 */
	uint32_t *rows;                /* [cap] touched rows in first-touch order */
	float *grad;                   /* [cap*width] their gradients */
	int n, cap;                    /* used and allocated slots */
} rr_rowset;

/* A binding of the model onto a dataset (maps its ids; caches for scoring). */
typedef struct rr_binding {
	uint64_t ds_gen;               /* the bound dataset's generation, 0 when unbound */
	uint32_t *user;                /* [ds n_users] model user or UINT32_MAX */
	uint32_t *item;                /* [ds n_items] model item or UINT32_MAX */
	uint32_t *wstart, *words;      /* [ds n_items+1] CSR of each ds item's words (model vocab) */
	float *item_part;              /* (ds n_items, out[0]): first layer's item+desc part + bias,
	                                  one contiguous row per item (scoring gathers rows) */
	float *zero_hist;              /* (out[0]): first layer's part of zero history features */
	uint32_t known_users, known_items; /* how many of ds's the model knows */
} rr_binding;

struct rr_model {
	uint64_t gen;                  /* rr_gen_next() when made (model_gen) */
	rr_settings set;               /* settings it was trained with */
	rr_labels lab;                 /* label edges and names of the bought classes */
	int n_bought;                  /* bought classes (lab.n_classes) */
	int n_classes;                 /* output classes: n_bought, + 1 ("none", last) with negatives */
	rr_strtab *users;              /* customer ids; id = model user index (owned) */
	rr_strtab *items;              /* stock codes; id = model item index (owned) */
	rr_strtab *vocab;              /* description words; id = word row (owned) */
	float feat_mean[RR_N_FEAT];    /* standardization of the history features (train split) */
	float feat_std[RR_N_FEAT];
	rr_net net;                    /* the network */
	rr_train_info info;            /* what training did */
	pthread_mutex_t lock;          /* guards bind (scoring binds lazily from several threads) */
	rr_binding bind;               /* the current binding (a cache) */
};

/* ---- model.c ---- */
/* Shapes and parameter counts from settings and table sizes, nothing allocated (a model
 * file's sizes are checked against the bytes it holds before anything is allocated). 0 or -1. */
int net_shape(rr_net *n, const rr_settings *s, uint32_t users, uint32_t items, uint32_t words,
	      int n_classes);
/* net_shape, then params allocated (zeroed) and the tables pointed into them. 0 or -1. */
int net_alloc(rr_net *n, const rr_settings *s, uint32_t users, uint32_t items, uint32_t words,
	      int n_classes);
void net_free(rr_net *n);
/* PyTorch-like initialisation: embeddings N(0, 0.1²)... (see model.c). */
void net_init_params(rr_net *n, rr_rng *rng);
/* Zero the first layer's weights of the history features in off (bit f: feature f), which
 * training then feeds 0: a zero input gives them no gradient, so they stay 0 and the network
 * never reads those features (model_feat_off finds them again in a saved model). */
void net_feat_off(rr_net *n, unsigned off);
int acts_alloc(rr_acts *w, const rr_net *n, int cap);
void acts_free(rr_acts *w);
/* Forward a batch: user, item (B) model indices (UINT32_MAX = unknown: zero row), feat (B,2)
 * standardized history; witem (B) indexes the description CSR wstart/words (the model's own
 * items in training, a bound dataset's items when scoring; UINT32_MAX = no words). dropout > 0
 * with a rng trains (masks kept in w); rng NULL evaluates. Leaves logits in w->x[n_layers].
 * stop (or NULL) is read between the row blocks of a layer too long for one GEMM
 * (NET_BLOCK_FLOPS): returns 1 when it was set there, the batch left half done, else 0. */
int net_forward(const rr_net *n, rr_acts *w, int B, const uint32_t *user, const uint32_t *item,
		const float *feat, const uint32_t *witem, const uint32_t *wstart,
		const uint32_t *words, float dropout, rr_rng *rng, const volatile sig_atomic_t *stop);
/* Backward from dlogits in w->dx[n_layers] (B,K): dense gradients accumulated into dense
 * (n->n_dense, laid out like params from dense_off), embedding gradients into the rowsets
 * (users, items, words; words may be NULL without desc). The rowsets must be empty. stop as
 * in net_forward: 1 when it cut the backward short (the gradients then half summed). */
int net_backward(const rr_net *n, rr_acts *w, int B, const uint32_t *user, const uint32_t *item,
		 const uint32_t *witem, const uint32_t *wstart, const uint32_t *words, float *dense,
		 rr_rowset *ru, rr_rowset *ri, rr_rowset *rw, const volatile sig_atomic_t *stop);
/* The flops of one row block of a dense layer (net_forward): about a second's work at most on
 * one core, so a stop lands soon even at the settings' bounds (t40 #2: hidden 4096 x4 with
 * batch 65536 made one batch minutes long, the stop read only after it). A layer whose batch
 * is within it is one GEMM, as before. */
#define NET_BLOCK_FLOPS 2e9
int net_block_rows(int B, int C, int OC);
int rowset_alloc(rr_rowset *r, uint32_t rows, int width, int cap);
void rowset_free(rr_rowset *r);
void rowset_clear(rr_rowset *r);   /* forget this batch's rows (resets their slots) */

/* Words of a description: runs of ASCII letters/digits, lower-cased. Calls fn for each. */
void model_words(const char *text, void (*fn)(void *ctx, const char *w, size_t n), void *ctx);
/* Standardized history features of a pair. */
void model_pair_feat(const rr_model *m, const rr_pair *p, float *f);
/* Split the n pairs by the settings' seed/test/val: idx receives a permutation of 0..n-1 whose
 * first n_test are test, next n_val validation, the rest train. 0 or -1. */
int model_split(size_t n, const rr_settings *s, uint32_t *idx, size_t *n_test, size_t *n_val);
/* A print of pairs as the model's indices, in order[0..n) (NULL: as they stand), through the
 * maps umap/imap (dataset → model index; NULL: the same index): training's record of its pairs
 * (rr_train_info.pairs_print), compared with a bound dataset's. Never 0. */
uint64_t model_pairs_print(const rr_pair *pairs, const uint32_t *order, size_t n,
			   const uint32_t *umap, const uint32_t *imap);
/* A new empty model shell (lock initialised, tables empty), or NULL with err_set. */
rr_model *model_new_shell(void);
/* Description words CSR of texts[n] in vocab (unknown words skipped): *wstart [n+1], *words.
 * 0 or -1. */
int model_words_csr(const rr_strtab *vocab, uint32_t n, const char *(*text)(const void *, uint32_t),
		    const void *ctx, uint32_t **wstart, uint32_t **words);
/* Argmax over the first nb of K probabilities (dropping "none" keeps the argmax). */
static inline int model_argmax(const float *p, int nb)
{
	int best = 0;
	for (int k = 1; k < nb; k++)
		if (p[k] > p[best])
			best = k;
	return best;
}

#endif
