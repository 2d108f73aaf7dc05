/* nn.h — the numeric building blocks of the relevance network (llm.c style): pure
 * forward/backward pairs on flat float arrays, shapes stated per function, no allocation
 * inside. Every cblas_sgemm call has a plain-loop twin (suffix _naive) kept beside it as the
 * algorithmic reference the tests compare against. Also the one PRNG relrec uses (never
 * rand(): results must be bit-identical for a seed on every libc). */
#ifndef RELREC_NN_H
#define RELREC_NN_H

#include <stddef.h>
#include <stdint.h>

/* ---- PRNG: xoshiro256** seeded through splitmix64 ---- */
typedef struct rr_rng {
	uint64_t s[4];   /* xoshiro256** state, never all zero */
} rr_rng;

/* Seed a stream; different `stream` values give independent sequences for one seed. */
void rng_seed(rr_rng *r, uint64_t seed, uint64_t stream);
uint64_t rng_next(rr_rng *r);
/* Uniform in [0, n) without modulo bias (n >= 1). */
uint64_t rng_below(rr_rng *r, uint64_t n);
/* Uniform float in [0, 1) with 24 random bits. */
float rng_float(rr_rng *r);
/* Standard normal (Box–Muller; one value per call, deterministic). */
double rng_normal(rr_rng *r);

/* ---- dense layer: out = inp · weightᵀ + bias ----
 * inp is (B,C), weight is (OC,C) row-major, bias is (OC) or NULL, out is (B,OC). */
void nn_dense_forward(float *out, const float *inp, const float *weight, const float *bias,
		      int B, int C, int OC);
void nn_dense_forward_naive(float *out, const float *inp, const float *weight,
			    const float *bias, int B, int C, int OC);
/* Backward of the above. dout is (B,OC). Accumulates (+=) into dweight (OC,C) and dbias (OC);
 * overwrites dinp (B,C). Any of dinp, dweight, dbias may be NULL to skip it. */
void nn_dense_backward(float *dinp, float *dweight, float *dbias, const float *dout,
		       const float *inp, const float *weight, int B, int C, int OC);
void nn_dense_backward_naive(float *dinp, float *dweight, float *dbias, const float *dout,
			     const float *inp, const float *weight, int B, int C, int OC);

/* Inference on feature-major activations (one row per feature, one column per pair):
 * outT (OC,B) = weight (OC,C) · inT (C,B) + bias. Each output accumulates bias first, then
 * c = 0, 1, ... exactly like nn_dense_forward_naive, so the bits are the same; the inner loop
 * runs across the B pairs with independent accumulators, so it vectorizes. No BLAS: safe from
 * any number of threads. */
void nn_dense_forward_cm(float *outT, const float *inT, const float *weight, const float *bias,
			 int B, int C, int OC);
/* out[i] = max(a[i] + k, 0) over n. */
void nn_add_relu(float *out, const float *a, float k, size_t n);
/* out[i] = max(a[i] + b[i], 0) and max(a[i] + b[i] + c[i], 0) (summed left to right) over n:
 * the first layer of one scored pair from its precomputed parts. */
void nn_add2_relu(float *out, const float *a, const float *b, size_t n);
void nn_add3_relu(float *out, const float *a, const float *b, const float *c, size_t n);
/* Softmax down the columns of zT (K,B) in place: column b is one pair's K logits. */
void nn_softmax_cm(float *zT, int B, int K);

/* ---- ReLU, in place: x = max(x, 0). x is (n). ---- */
void nn_relu_forward(float *x, size_t n);
/* dx *= (out > 0), where out is the ReLU's output (n). In place on dx. */
void nn_relu_backward(float *dx, const float *out, size_t n);

/* ---- inverted dropout: each element kept with probability 1-rate and scaled by 1/(1-rate).
 * mask (n) receives the factor applied (0 or 1/(1-rate)); x (n) is scaled in place.
 * rate 0 sets mask to 1 and leaves x alone. */
void nn_dropout_forward(float *x, float *mask, size_t n, float rate, rr_rng *rng);
/* dx *= mask, in place. */
void nn_dropout_backward(float *dx, const float *mask, size_t n);

/* ---- softmax + class-weighted cross-entropy (PyTorch's CrossEntropyLoss(weight=w), mean
 * reduction: Σ_b w[y_b]·(−log p_b[y_b]) / Σ_b w[y_b]).
 * logits is (B,K), probs (B,K) receives the softmax, labels (B) in 0..K-1, cw (K) the class
 * weights or NULL for all ones. Returns Σ_b w[y_b]·(−log p_b[y_b]) and stores Σ_b w[y_b] in
 * *wsum (so callers can average across batches exactly). probs may alias logits. */
double nn_softmax_ce_forward(float *probs, const float *logits, const int *labels,
			     const float *cw, int B, int K, double *wsum);
/* dlogits (B,K) = w[y_b]·(p_b − onehot(y_b)) / norm. norm is the batch's Σ w[y_b] for a mean
 * loss. dlogits may alias probs. */
void nn_softmax_ce_backward(float *dlogits, const float *probs, const int *labels,
			    const float *cw, int B, int K, float norm);
/* Softmax only (inference): probs (B,K) from logits (B,K); may alias. */
void nn_softmax(float *probs, const float *logits, int B, int K);

/* ---- embedding rows ----
 * Gather: out row b (stride out_stride) columns [0,width) = table[idx[b]] (table is (rows,width)).
 * idx[b] == UINT32_MAX gives a zero row (an id the model never saw). */
void nn_embed_gather(float *out, int out_stride, const float *table, int width,
		     const uint32_t *idx, int B);
/* Mean of word rows: out row b (stride out_stride) columns [0,d) = mean over the words
 * words[start[it]..start[it+1]) of item it = item[b], of wtable rows (wtable is (n_words,d));
 * zero when the item has no words. start is the items' CSR offsets. */
void nn_mean_words_forward(float *out, int out_stride, const float *wtable, int d,
			   const uint32_t *item, int B, const uint32_t *start,
			   const uint32_t *words);
/* Backward: each word of item[b] receives dout_b / n_words(item[b]) added into
 * dwtable[slot[word]] (dwtable rows of width d, indexed through slot: a word's row in a sparse
 * gradient buffer). dout row b at stride dout_stride. */
void nn_mean_words_backward(float *dwtable, const int32_t *slot, const float *dout,
			    int dout_stride, int d, const uint32_t *item, int B,
			    const uint32_t *start, const uint32_t *words);

/* ---- Adam (PyTorch's: β1, β2, eps added after the square root, bias corrections with the
 * step count t >= 1) ----
 * Dense: p, g, m, v are (n). m and v are updated in place. */
typedef struct rr_adam {
	float lr, beta1, beta2, eps;   /* hyperparameters */
} rr_adam;
void nn_adam_step(float *p, const float *g, float *m, float *v, size_t n, const rr_adam *a,
		  long t);
/* Lazy (sparse) update of the table rows a batch touched: for k in 0..nrows-1 row rows[k] of
 * p/m/v (tables of `width` columns) gets the Adam step with gradient g row k (g is
 * (nrows,width)). Rows not listed keep their values and moments (TensorFlow's LazyAdam). */
void nn_adam_rows(float *p, float *m, float *v, int width, const uint32_t *rows, int nrows,
		  const float *g, const rr_adam *a, long t);

#endif
