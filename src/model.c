/* model.c — the network assembled from nn.c's layers, the model's binding onto a dataset,
 * scoring and evaluation. Training is in train.c, files in modelfile.c. */
#include "model_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "util.h"

/* Initial scale of embedding rows (user, item, word; biases included). PyTorch's default is
 * N(0,1); a smaller start trains as well and keeps the first epochs calmer under Adam. */
#define RR_EMB_INIT 0.1

/* ==== network ==== */

int net_shape(rr_net *n, const rr_settings *s, uint32_t users, uint32_t items, uint32_t words,
	      int n_classes)
{
	memset(n, 0, sizeof *n);
	if (s->dim < 1 || s->n_hidden < 1 || s->n_hidden > RR_MAX_HIDDEN || n_classes < 2)
		return err_set("model shape is invalid (dim %d, %d hidden layers, %d classes)",
			       s->dim, s->n_hidden, n_classes);
	n->d = s->dim;
	n->desc = s->desc ? 1 : 0;
	n->n_users = users;
	n->n_items = items;
	n->n_words = n->desc ? words : 0;
	n->F = 2 * (n->d + 1) + RR_N_FEAT + (n->desc ? n->d : 0);
	n->n_layers = s->n_hidden + 1;
	int in = n->F;
	for (int l = 0; l < n->n_layers; l++) {
		int out = l < s->n_hidden ? s->hidden[l] : n_classes;
		if (out < 1)
			return err_set("hidden layer %d has width %d", l + 1, out);
		n->in[l] = in;
		n->out[l] = out;
		in = out;
	}
	size_t emb = ((size_t)users + items) * (size_t)(n->d + 1) + (size_t)n->n_words * n->d;
	size_t dense = 0;
	for (int l = 0; l < n->n_layers; l++)
		dense += (size_t)n->out[l] * n->in[l] + n->out[l];
	n->dense_off = emb;
	n->n_dense = dense;
	n->n_params = emb + dense;
	return 0;
}

int net_alloc(rr_net *n, const rr_settings *s, uint32_t users, uint32_t items, uint32_t words,
	      int n_classes)
{
	if (net_shape(n, s, users, items, words, n_classes) != 0)
		return -1;
	n->params = calloc(n->n_params, sizeof *n->params);
	if (!n->params)
		return err_set("out of memory for %zu model parameters", n->n_params);
	float *p = n->params;
	n->utab = p;
	p += (size_t)users * (n->d + 1);
	n->itab = p;
	p += (size_t)items * (n->d + 1);
	n->wtab = n->desc ? p : NULL;
	p += (size_t)n->n_words * n->d;
	for (int l = 0; l < n->n_layers; l++) {
		n->W[l] = p;
		p += (size_t)n->out[l] * n->in[l];
		n->b[l] = p;
		p += n->out[l];
	}
	return 0;
}

void net_free(rr_net *n)
{
	free(n->params);
	n->params = NULL;
}

void net_init_params(rr_net *n, rr_rng *rng)
{
	/* embeddings (and their bias columns) N(0, RR_EMB_INIT²); dense layers like torch's
	 * nn.Linear: weight and bias U(−1/√in, 1/√in) */
	size_t emb = n->dense_off;
	for (size_t i = 0; i < emb; i++)
		n->params[i] = (float)(RR_EMB_INIT * rng_normal(rng));
	for (int l = 0; l < n->n_layers; l++) {
		float bound = 1.0f / sqrtf((float)n->in[l]);
		size_t nw = (size_t)n->out[l] * n->in[l];
		for (size_t i = 0; i < nw; i++)
			n->W[l][i] = (2.0f * rng_float(rng) - 1.0f) * bound;
		for (int o = 0; o < n->out[l]; o++)
			n->b[l][o] = (2.0f * rng_float(rng) - 1.0f) * bound;
	}
}

void net_feat_off(rr_net *n, unsigned off)
{
	for (int f = 0; f < RR_N_FEAT; f++)
		if (off & 1u << f)
			for (int o = 0; o < n->out[0]; o++)
				n->W[0][(size_t)o * n->in[0] + net_col_feat(n) + f] = 0.0f;
}

/* No trained weight is exactly 0 by chance in a whole column: an all-zero column is one that
 * net_feat_off zeroed, so a saved model says what it left out with no field of its own. */
unsigned model_feat_off(const rr_model *m)
{
	const rr_net *n = &m->net;
	unsigned off = 0;
	for (int f = 0; f < RR_N_FEAT; f++) {
		int o = 0;
		while (o < n->out[0] && n->W[0][(size_t)o * n->in[0] + net_col_feat(n) + f] == 0.0f)
			o++;
		if (o == n->out[0])
			off |= 1u << f;
	}
	return off;
}

int acts_alloc(rr_acts *w, const rr_net *n, int cap)
{
	memset(w, 0, sizeof *w);
	w->cap = cap;
	size_t total = 0;
	/* x[0], mask[0], dx[0]: (cap, F); then per layer output x[l+1], dx[l+1] and the mask of the
	 * next layer's input (the same shape) */
	total += 3 * (size_t)cap * n->F;
	for (int l = 0; l < n->n_layers; l++)
		total += 3 * (size_t)cap * n->out[l];
	w->mem = malloc(total * sizeof *w->mem);
	if (!w->mem)
		return err_set("out of memory for a batch of %d", cap);
	float *p = w->mem;
	w->x[0] = p;
	p += (size_t)cap * n->F;
	w->dx[0] = p;
	p += (size_t)cap * n->F;
	w->mask[0] = p;
	p += (size_t)cap * n->F;
	for (int l = 0; l < n->n_layers; l++) {
		size_t sz = (size_t)cap * n->out[l];
		w->x[l + 1] = p;
		p += sz;
		w->dx[l + 1] = p;
		p += sz;
		if (l + 1 < n->n_layers)
			w->mask[l + 1] = p;
		p += sz;
	}
	return 0;
}

void acts_free(rr_acts *w)
{
	free(w->mem);
	w->mem = NULL;
}

int net_block_rows(int B, int C, int OC)
{
	double rows = NET_BLOCK_FLOPS / (2.0 * C * OC);
	return rows >= B ? B : rows < 1 ? 1 : (int)rows;
}

static int stop_set(const volatile sig_atomic_t *stop)
{
	return stop && *stop;
}

/* Layer l forward, a block of rows at a time with the stop read between blocks. 1 = stopped. */
static int layer_forward(const rr_net *n, rr_acts *w, int l, int B,
			 const volatile sig_atomic_t *stop)
{
	int C = n->in[l], OC = n->out[l], R = net_block_rows(B, C, OC);
	for (int b0 = 0; b0 < B; b0 += R) {
		nn_dense_forward(w->x[l + 1] + (size_t)b0 * OC, w->x[l] + (size_t)b0 * C, n->W[l],
				 n->b[l], B - b0 < R ? B - b0 : R, C, OC);
		if (R < B && stop_set(stop))
			return 1;
	}
	return 0;
}

/* Layer l backward as layer_forward: the rows' input gradients, and dW, db summed block by
 * block. 1 = stopped. */
static int layer_backward(const rr_net *n, rr_acts *w, int l, int B, float *dW, float *db,
			  const volatile sig_atomic_t *stop)
{
	int C = n->in[l], OC = n->out[l], R = net_block_rows(B, C, OC);
	for (int b0 = 0; b0 < B; b0 += R) {
		nn_dense_backward(w->dx[l] + (size_t)b0 * C, dW, db, w->dx[l + 1] + (size_t)b0 * OC,
				  w->x[l] + (size_t)b0 * C, n->W[l], B - b0 < R ? B - b0 : R, C, OC);
		if (R < B && stop_set(stop))
			return 1;
	}
	return 0;
}

int net_forward(const rr_net *n, rr_acts *w, int B, const uint32_t *user, const uint32_t *item,
		const float *feat, const uint32_t *witem, const uint32_t *wstart,
		const uint32_t *words, float dropout, rr_rng *rng, const volatile sig_atomic_t *stop)
{
	int F = n->F, d1 = n->d + 1;
	float *x0 = w->x[0];
	nn_embed_gather(x0 + net_col_user(n), F, n->utab, d1, user, B);
	nn_embed_gather(x0 + net_col_item(n), F, n->itab, d1, item, B);
	for (int b = 0; b < B; b++)
		for (int k = 0; k < RR_N_FEAT; k++)
			x0[(size_t)b * F + net_col_feat(n) + k] = feat[(size_t)b * RR_N_FEAT + k];
	if (n->desc)
		nn_mean_words_forward(x0 + net_col_desc(n), F, n->wtab, n->d, witem, B, wstart, words);
	w->dropped = rng && dropout > 0.0f;
	if (w->dropped)
		nn_dropout_forward(x0, w->mask[0], (size_t)B * F, dropout, rng);
	for (int l = 0; l < n->n_layers; l++) {
		if (layer_forward(n, w, l, B, stop))
			return 1;
		if (l + 1 < n->n_layers) {
			size_t sz = (size_t)B * n->out[l];
			nn_relu_forward(w->x[l + 1], sz);
			if (w->dropped)
				nn_dropout_forward(w->x[l + 1], w->mask[l + 1], sz, dropout, rng);
		}
	}
	return 0;
}

/* Slot of row r in the rowset, adding it with a zero gradient when new. */
static inline int32_t rowset_touch(rr_rowset *r, uint32_t row)
{
	int32_t s = r->slot[row];
	if (s < 0) {
		s = r->n++;
		r->slot[row] = s;
		r->rows[s] = row;
		memset(r->grad + (size_t)s * r->width, 0, (size_t)r->width * sizeof *r->grad);
	}
	return s;
}

int net_backward(const rr_net *n, rr_acts *w, int B, const uint32_t *user, const uint32_t *item,
		 const uint32_t *witem, const uint32_t *wstart, const uint32_t *words, float *dense,
		 rr_rowset *ru, rr_rowset *ri, rr_rowset *rw, const volatile sig_atomic_t *stop)
{
	const float *base = n->params + n->dense_off;
	for (int l = n->n_layers - 1; l >= 0; l--) {
		float *dW = dense + (n->W[l] - base), *db = dense + (n->b[l] - base);
		if (layer_backward(n, w, l, B, dW, db, stop))
			return 1;
		size_t sz = (size_t)B * n->in[l];
		if (w->dropped)
			nn_dropout_backward(w->dx[l], w->mask[l], sz);
		if (l > 0)  /* x[l] is ReLU(·)·mask: positive exactly where the gradient passes */
			nn_relu_backward(w->dx[l], w->x[l], sz);
	}
	int F = n->F, d1 = n->d + 1;
	const float *dx0 = w->dx[0];
	for (int b = 0; b < B; b++) {
		const float *g = dx0 + (size_t)b * F;
		if (user[b] != UINT32_MAX) {
			float *gu = ru->grad + (size_t)rowset_touch(ru, user[b]) * d1;
			for (int j = 0; j < d1; j++)
				gu[j] += g[net_col_user(n) + j];
		}
		if (item[b] != UINT32_MAX) {
			float *gi = ri->grad + (size_t)rowset_touch(ri, item[b]) * d1;
			for (int j = 0; j < d1; j++)
				gi[j] += g[net_col_item(n) + j];
		}
	}
	if (n->desc && rw) {
		for (int b = 0; b < B; b++)
			if (witem[b] != UINT32_MAX)
				for (uint32_t k = wstart[witem[b]]; k < wstart[witem[b] + 1]; k++)
					rowset_touch(rw, words[k]);
		nn_mean_words_backward(rw->grad, rw->slot, dx0 + net_col_desc(n), F, n->d, witem, B,
				       wstart, words);
	}
	return 0;
}

int rowset_alloc(rr_rowset *r, uint32_t rows, int width, int cap)
{
	memset(r, 0, sizeof *r);
	r->width = width;
	r->cap = cap;
	r->slot = malloc(((size_t)rows + 1) * sizeof *r->slot);
	r->rows = malloc(((size_t)cap + 1) * sizeof *r->rows);
	r->grad = malloc(((size_t)cap + 1) * (size_t)width * sizeof *r->grad);
	if (!r->slot || !r->rows || !r->grad) {
		rowset_free(r);
		return err_set("out of memory for embedding gradients");
	}
	for (uint32_t i = 0; i < rows; i++)
		r->slot[i] = -1;
	return 0;
}

void rowset_free(rr_rowset *r)
{
	free(r->slot);
	free(r->rows);
	free(r->grad);
	memset(r, 0, sizeof *r);
}

void rowset_clear(rr_rowset *r)
{
	for (int k = 0; k < r->n; k++)
		r->slot[r->rows[k]] = -1;
	r->n = 0;
}

/* ==== words, features, split ==== */

void model_words(const char *text, void (*fn)(void *ctx, const char *w, size_t n), void *ctx)
{
	char buf[64];
	size_t n = 0;
	for (const char *p = text;; p++) {
		unsigned char c = (unsigned char)*p;
		int alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		if (alnum) {
			if (n < sizeof buf) /* a word longer than 64 letters keeps its first 64 */
				buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		} else {
			if (n)
				fn(ctx, buf, n);
			n = 0;
			if (!c)
				break;
		}
	}
}

struct csr_ctx {
	const rr_strtab *vocab;
	uint32_t *words;
	size_t n, cap;
	int oom;
};

static void csr_word(void *ctx, const char *w, size_t len)
{
	struct csr_ctx *c = ctx;
	uint32_t id = strtab_find(c->vocab, w, len);
	if (id == RR_NONE || c->oom)
		return;
	if (c->n == c->cap) {
		size_t nc = c->cap ? c->cap * 2 : 1024;
		uint32_t *nw = realloc(c->words, nc * sizeof *nw);
		if (!nw) {
			c->oom = 1;
			return;
		}
		c->words = nw;
		c->cap = nc;
	}
	c->words[c->n++] = id;
}

int model_words_csr(const rr_strtab *vocab, uint32_t n, const char *(*text)(const void *, uint32_t),
		    const void *ctx, uint32_t **wstart, uint32_t **words)
{
	struct csr_ctx c = { vocab, NULL, 0, 0, 0 };
	uint32_t *start = malloc(((size_t)n + 1) * sizeof *start);
	if (!start)
		return err_set("out of memory for description words");
	for (uint32_t i = 0; i < n; i++) {
		start[i] = (uint32_t)c.n;
		if (vocab)
			model_words(text(ctx, i), csr_word, &c);
	}
	start[n] = (uint32_t)c.n;
	if (c.oom || !(c.words = c.words ? c.words : malloc(sizeof *c.words))) {
		free(start);
		free(c.words);
		return err_set("out of memory for description words");
	}
	*wstart = start;
	*words = c.words;
	return 0;
}

void model_pair_feat(const rr_model *m, const rr_pair *p, float *f)
{
	double q = p->quantity > 0 ? p->quantity : 0, s = p->spend > 0 ? p->spend : 0;
	f[0] = ((float)log1p(q) - m->feat_mean[0]) / m->feat_std[0];
	f[1] = ((float)log1p(s) - m->feat_mean[1]) / m->feat_std[1];
}

/* A pair with no history: quantity and spend zero, standardized like any other. */
static void zero_feat(const rr_model *m, float *f)
{
	for (int k = 0; k < RR_N_FEAT; k++)
		f[k] = (0.0f - m->feat_mean[k]) / m->feat_std[k];
}

int model_split(size_t n, const rr_settings *s, uint32_t *idx, size_t *n_test, size_t *n_val)
{
	rr_rng r;
	rng_seed(&r, s->seed, 1);
	for (size_t i = 0; i < n; i++)
		idx[i] = (uint32_t)i;
	for (size_t i = n; i > 1; i--) { /* Fisher–Yates */
		size_t j = (size_t)rng_below(&r, i);
		uint32_t t = idx[i - 1];
		idx[i - 1] = idx[j];
		idx[j] = t;
	}
	/* scikit-learn's train_test_split rounds the test share up */
	size_t nt = s->test > 0 ? (size_t)ceil(s->test * (double)n) : 0;
	if (nt > n)
		nt = n;
	size_t nv = s->val > 0 ? (size_t)ceil(s->val * (double)(n - nt)) : 0;
	if (nv > n - nt)
		nv = n - nt;
	*n_test = nt;
	*n_val = nv;
	return 0;
}

uint64_t model_pairs_print(const rr_pair *pairs, const uint32_t *order, size_t n,
			   const uint32_t *umap, const uint32_t *imap)
{
	uint64_t h = 14695981039346656037u;
	for (size_t k = 0; k < n; k++) {
		const rr_pair *p = &pairs[order ? order[k] : k];
		uint64_t u = umap ? umap[p->user] : p->user, i = imap ? imap[p->item] : p->item;
		h = (h ^ (u << 32 | i)) * 0x9E3779B97F4A7C15u;
	}
	h ^= h >> 29;
	return h ? h : 1;   /* 0 is "not recorded" (a model file of format 1 or 2) */
}

/* ==== the split of a dataset the model is bound to ==== */

/* Why ds's pairs are not the ones the model was trained on (RR_HELD_SAME: they are). */
enum held { RR_HELD_SAME = 0, RR_HELD_COUNT, RR_HELD_UNKNOWN, RR_HELD_OTHER };

typedef struct pair_key {
	uint64_t key;   /* model user << 32 | model item */
	uint32_t at;    /* the pair's index in ds */
} pair_key;

static int cmp_pair_key(const void *a, const void *b)
{
	const pair_key *x = a, *y = b;
	return (x->key > y->key) - (x->key < y->key);
}

/* order[0..n) = ds's pair indices in the order training saw the same pairs: sorted by the
 * model's (user, item) indices, which are the training data's (prep_ids), as its pairs were.
 * The file's row order decides ds's indices, so the same data in another order is sorted
 * back. When ds's pairs are not the training pairs (count, a pair the model does not know,
 * or the print of the pairs differs) order is ds's own and the reason is returned; -1 on
 * out of memory. A model file without the print (format 1, 2) is judged by count and ids. */
static int held_order(const rr_model *m, const rr_binding *b, const rr_dataset *ds,
		      uint32_t *order)
{
	size_t n = ds->n_pairs;
	const rr_train_info *in = &m->info;
	for (size_t k = 0; k < n; k++)
		order[k] = (uint32_t)k;
	if ((int64_t)n != in->n_train + in->n_val + in->n_test)
		return RR_HELD_COUNT;
	int sorted = 1;
	uint64_t last = 0;
	for (size_t k = 0; k < n; k++) {
		const rr_pair *p = &ds->pairs[k];
		uint32_t u = b->user[p->user], i = b->item[p->item];
		if (u == RR_NONE || i == RR_NONE)
			return RR_HELD_UNKNOWN;
		uint64_t key = (uint64_t)u << 32 | i;
		sorted &= k == 0 || key > last;
		last = key;
	}
	if (!sorted) {   /* the same customers and items first seen in another order */
		pair_key *v = malloc((n ? n : 1) * sizeof *v);
		if (!v)
			return err_set("out of memory ordering the pairs");
		for (size_t k = 0; k < n; k++) {
			const rr_pair *p = &ds->pairs[k];
			v[k] = (pair_key){(uint64_t)b->user[p->user] << 32 | b->item[p->item], (uint32_t)k};
		}
		qsort(v, n, sizeof *v, cmp_pair_key);
		for (size_t k = 0; k < n; k++)
			order[k] = v[k].at;
		free(v);
	}
	uint64_t h = model_pairs_print(ds->pairs, order, n, b->user, b->item);
	if (in->pairs_print && h != in->pairs_print) {
		for (size_t k = 0; k < n; k++)
			order[k] = (uint32_t)k;
		return RR_HELD_OTHER;
	}
	return RR_HELD_SAME;
}

/* ==== the model object ==== */

rr_model *model_new_shell(void)
{
	rr_model *m = calloc(1, sizeof *m);
	if (!m) {
		err_set("out of memory for a model");
		return NULL;
	}
	if (pthread_mutex_init(&m->lock, NULL)) {
		free(m);
		err_set("cannot create a lock for the model");
		return NULL;
	}
	m->gen = rr_gen_next();
	m->info.val_loss = NAN;
	m->info.val_macro_f1 = NAN;
	m->users = strtab_new();
	m->items = strtab_new();
	m->vocab = strtab_new();
	if (!m->users || !m->items || !m->vocab) {
		model_free(m);
		err_set("out of memory for a model");
		return NULL;
	}
	return m;
}

static void binding_free(rr_binding *b)
{
	free(b->user);
	free(b->item);
	free(b->wstart);
	free(b->words);
	free(b->item_part);
	free(b->zero_hist);
	memset(b, 0, sizeof *b);
}

void model_free(rr_model *m)
{
	if (!m)
		return;
	binding_free(&m->bind);
	net_free(&m->net);
	strtab_free(m->users);
	strtab_free(m->items);
	strtab_free(m->vocab);
	pthread_mutex_destroy(&m->lock);
	free(m);
}

/* Intern every string of src into the empty dst in id order, so ids stay the same. */
static int strtab_copy(rr_strtab *dst, const rr_strtab *src)
{
	for (uint32_t i = 0; i < strtab_count(src); i++)
		if (strtab_intern(dst, strtab_get(src, i), strtab_len(src, i)) != i)
			return -1;
	return 0;
}

rr_model *model_clone(const rr_model *src)
{
	rr_model *m = model_new_shell();
	if (!m)
		return NULL;
	m->set = src->set;
	m->lab = src->lab;
	m->n_bought = src->n_bought;
	m->n_classes = src->n_classes;
	memcpy(m->feat_mean, src->feat_mean, sizeof m->feat_mean);
	memcpy(m->feat_std, src->feat_std, sizeof m->feat_std);
	m->info = src->info;
	const rr_net *n = &src->net;
	if (strtab_copy(m->users, src->users) || strtab_copy(m->items, src->items) ||
	    strtab_copy(m->vocab, src->vocab)) {
		model_free(m);
		err_set("out of memory copying a model");
		return NULL;
	}
	if (net_alloc(&m->net, &src->set, n->n_users, n->n_items, n->n_words, src->n_classes)) {
		model_free(m);
		return NULL;
	}
	memcpy(m->net.params, n->params, n->n_params * sizeof *n->params);
	return m;
}

size_t model_bytes(const rr_model *m)
{
	const rr_binding *b = &m->bind;
	size_t n = sizeof *m + m->net.n_params * sizeof(float) + strtab_bytes(m->users) +
		   strtab_bytes(m->items) + strtab_bytes(m->vocab);
	if (b->ds_gen) /* the maps and the first layer's item part, sized by the model's own
			  tables (the bound dataset's are about the same) */
		n += ((size_t)m->net.n_users + m->net.n_items) * sizeof(uint32_t) +
		     ((size_t)m->net.n_items + 1) * (size_t)m->net.out[0] * sizeof(float);
	return n;
}

static size_t bins_put(char *buf, size_t size, const rr_labels *l)
{
	size_t k = 0;
	for (int e = 0; e < l->n_edges && k < size; e++)
		k += (size_t)snprintf(buf + k, size - k, "%s%u", e ? " " : "", l->edge[e]);
	return k;
}

const char *model_labels_note(const rr_model *m, const rr_labels *now, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (!m || !now || labels_same(&m->lab, now))
		return buf;
	size_t k = (size_t)snprintf(buf, size, "model trained with bins ");
	if (k < size)
		k += bins_put(buf + k, size - k, &m->lab);
	if (k < size)
		k += (size_t)snprintf(buf + k, size - k, "; labels now ");
	if (k < size)
		k += bins_put(buf + k, size - k, now);
	if (k < size)
		snprintf(buf + k, size - k, " — train again");
	return buf;
}

int model_n_classes(const rr_model *m)
{
	return m->n_classes;
}

const char *model_class_name(const rr_model *m, int c)
{
	if (c < 0 || c >= m->n_classes)
		return "";
	return c < m->n_bought ? m->lab.name[c] : "none";
}

uint64_t model_gen(const rr_model *m)
{
	return m->gen;
}

const rr_train_info *model_info(const rr_model *m)
{
	return &m->info;
}

const rr_settings *model_settings(const rr_model *m)
{
	return &m->set;
}

const rr_labels *model_labels(const rr_model *m)
{
	return &m->lab;
}

void model_sizes(const rr_model *m, uint32_t *users, uint32_t *items, uint32_t *words)
{
	if (users)
		*users = m->net.n_users;
	if (items)
		*items = m->net.n_items;
	if (words)
		*words = m->net.n_words;
}

/* ==== binding ==== */

static const char *ds_desc(const void *ctx, uint32_t i)
{
	const char *s = dataset_item_desc(ctx, i);
	return s ? s : "";
}

static int bound_to(const rr_binding *b, const rr_dataset *ds)
{
	return b->ds_gen != 0 && b->ds_gen == ds->gen;
}

/* The binding's id maps (ds user/item → model's) and ds items' description words. 0 or -1. */
static int bind_ids(const rr_model *m, const rr_dataset *ds, rr_binding *b)
{
	for (uint32_t u = 0; u < ds->n_users; u++) {
		const char *id = dataset_user_name(ds, u);
		b->user[u] = strtab_find(m->users, id, strlen(id));
		b->known_users += b->user[u] != RR_NONE;
	}
	for (uint32_t i = 0; i < ds->n_items; i++) {
		const char *id = dataset_item_name(ds, i);
		b->item[i] = strtab_find(m->items, id, strlen(id));
		b->known_items += b->item[i] != RR_NONE;
	}
	return model_words_csr(m->net.desc ? m->vocab : NULL, ds->n_items, ds_desc, ds, &b->wstart,
			       &b->words);
}

/* The first layer's item part (+ bias) for every item of ds: the input row with only the item
 * and description columns filled, through the dense layer, one row per item; and the part of
 * zero history features. 0 or -1. */
static int bind_first_layer(const rr_model *m, const rr_dataset *ds, rr_binding *b)
{
	const rr_net *n = &m->net;
	const int CH = 256;
	int F = n->F, H = n->out[0];
	rr_acts w;
	if (acts_alloc(&w, n, CH))
		return -1;
	for (uint32_t i0 = 0; i0 < ds->n_items; i0 += (uint32_t)CH) {
		int B = (int)(ds->n_items - i0 < (uint32_t)CH ? ds->n_items - i0 : (uint32_t)CH);
		float *x0 = w.x[0];
		memset(x0, 0, (size_t)B * F * sizeof *x0);
		nn_embed_gather(x0 + net_col_item(n), F, n->itab, n->d + 1, b->item + i0, B);
		if (n->desc) {
			uint32_t wi[256];
			for (int k = 0; k < B; k++)
				wi[k] = i0 + (uint32_t)k;
			nn_mean_words_forward(x0 + net_col_desc(n), F, n->wtab, n->d, wi, B, b->wstart,
					      b->words);
		}
		nn_dense_forward_naive(b->item_part + (size_t)i0 * H, x0, n->W[0], n->b[0], B, F, H);
	}
	acts_free(&w);
	float zf[RR_N_FEAT];
	zero_feat(m, zf);
	for (int o = 0; o < H; o++) {
		float s = 0.0f;
		for (int k = 0; k < RR_N_FEAT; k++)
			s += n->W[0][(size_t)o * F + net_col_feat(n) + k] * zf[k];
		b->zero_hist[o] = s;
	}
	return 0;
}

/* Build the binding; the caller holds the lock. */
static int bind_locked(rr_model *m, const rr_dataset *ds)
{
	if (bound_to(&m->bind, ds))
		return 0;
	binding_free(&m->bind);
	rr_binding b = { 0 };
	int H = m->net.out[0];
	b.user = malloc(((size_t)ds->n_users + 1) * sizeof *b.user);
	b.item = malloc(((size_t)ds->n_items + 1) * sizeof *b.item);
	b.item_part = malloc(((size_t)ds->n_items + 1) * H * sizeof *b.item_part);
	b.zero_hist = malloc((size_t)H * sizeof *b.zero_hist);
	if (!b.user || !b.item || !b.item_part || !b.zero_hist) {
		binding_free(&b);
		return err_set("out of memory mapping the model onto the data");
	}
	if (bind_ids(m, ds, &b) || bind_first_layer(m, ds, &b)) {
		binding_free(&b);
		return -1;
	}
	b.ds_gen = ds->gen;
	m->bind = b;
	return 0;
}

int model_bind(rr_model *m, const rr_dataset *ds)
{
	pthread_mutex_lock(&m->lock);
	int rc = bind_locked(m, ds);
	pthread_mutex_unlock(&m->lock);
	return rc;
}

void model_unbind(rr_model *m)
{
	if (!m)
		return;
	pthread_mutex_lock(&m->lock);
	binding_free(&m->bind);
	pthread_mutex_unlock(&m->lock);
}

/* The binding for ds, built if needed. The binding is a cache: building it does not change
 * what the model computes, so it is done through a const model under the lock. */
static const rr_binding *binding_for(const rr_model *cm, const rr_dataset *ds)
{
	rr_model *m = (rr_model *)cm;
	pthread_mutex_lock(&m->lock);
	int rc = bind_locked(m, ds);
	pthread_mutex_unlock(&m->lock);
	return rc ? NULL : &m->bind;
}

int model_coverage(const rr_model *m, const rr_dataset *ds, uint32_t *users, uint32_t *items)
{
	const rr_binding *b = binding_for(m, ds);
	if (!b)
		return -1;
	*users = b->known_users;
	*items = b->known_items;
	return 0;
}

int model_knows(const rr_model *m, const rr_dataset *ds, uint32_t u, uint32_t i)
{
	const rr_binding *b = binding_for(m, ds);
	if (!b)
		return -1;
	return (u < ds->n_users && b->user[u] != UINT32_MAX) |
	       (i < ds->n_items && b->item[i] != UINT32_MAX) << 1;
}

/* ==== scoring ==== */

/* Expected relevance from class probabilities: v(none) = 0, v(bought class k) = k+1. */
static float expected_value(const rr_model *m, const float *p)
{
	float s = 0.0f;
	for (int k = 0; k < m->n_bought; k++)
		s += (float)(k + 1) * p[k];
	return s;
}

/* Items are scored in blocks of up to SCORE_CH, one activation row per item: the first layer is
 * the user's part + the item's precomputed part + the history part, then each later layer is
 * one GEMM over the block (nn_dense_forward; its naive twin is nn_dense_forward_naive).
 * Item-major because callers score scattered items (a customer's candidates): an item's part
 * is one contiguous row, where the feature-major layout cost a cache line per feature. The
 * GEMM (OpenBLAS picks AVX-512/FMA kernels at run time) is ~10x the plain loops this file is
 * compiled to; its sums are ordered differently, so scores move in the last float digit. */
enum { SCORE_CH = 256 };

/* One scoring call's scratch (one allocation). */
typedef struct score_buf {
	float *mem;                    /* the allocation (owned) */
	float *up;                     /* (H) the user's part of the first layer: W[0][:, user] · U[u] */
	float *upz;                    /* (H) up + the zero-history part: a never-bought pair */
	float *wf;                     /* (RR_N_FEAT, H) W[0]'s history columns, contiguous */
	float *hist;                   /* (H) the history part of one bought pair */
	float *h, *h2;                 /* (SCORE_CH, widest) activations of a block, ping-pong */
} score_buf;

static int score_begin(const rr_model *m, const rr_binding *b, uint32_t u, score_buf *sb)
{
	const rr_net *n = &m->net;
	int H = n->out[0], F = n->F, widest = m->n_classes;
	for (int l = 0; l < n->n_layers; l++)
		widest = n->out[l] > widest ? n->out[l] : widest;
	sb->mem = malloc(((size_t)(3 + RR_N_FEAT) * H + 2 * (size_t)SCORE_CH * widest) *
			 sizeof *sb->mem);
	if (!sb->mem)
		return err_set("out of memory scoring a customer");
	sb->up = sb->mem;
	sb->upz = sb->up + H;
	sb->wf = sb->upz + H;
	sb->hist = sb->wf + (size_t)RR_N_FEAT * H;
	sb->h = sb->hist + H;
	sb->h2 = sb->h + (size_t)SCORE_CH * widest;
	uint32_t mu = b->user[u];
	for (int o = 0; o < H; o++) {
		float s = 0.0f;
		if (mu != UINT32_MAX) {
			const float *w = n->W[0] + (size_t)o * F + net_col_user(n);
			const float *e = n->utab + (size_t)mu * (n->d + 1);
			for (int j = 0; j <= n->d; j++)
				s += w[j] * e[j];
		}
		sb->up[o] = s;
		sb->upz[o] = s + b->zero_hist[o];
		for (int q = 0; q < RR_N_FEAT; q++)
			sb->wf[(size_t)q * H + o] = n->W[0][(size_t)o * F + net_col_feat(n) + q];
	}
	return 0;
}

/* Row k of the block: the first layer of (u, item i) as never bought (zero history). */
static void score_new(const rr_binding *b, score_buf *sb, int H, uint32_t i, int k)
{
	nn_add2_relu(sb->h + (size_t)k * H, b->item_part + (size_t)i * H, sb->upz, (size_t)H);
}

/* Row k of the block: the first layer of a pair the customer bought, with its true history. */
static void score_bought(const rr_model *m, const rr_binding *b, score_buf *sb, const rr_pair *pr,
			 int k)
{
	int H = m->net.out[0];
	float f[RR_N_FEAT];
	model_pair_feat(m, pr, f);
	for (int o = 0; o < H; o++) {
		float s = 0.0f;
		for (int q = 0; q < RR_N_FEAT; q++)
			s += sb->wf[(size_t)q * H + o] * f[q];
		sb->hist[o] = s;
	}
	nn_add3_relu(sb->h + (size_t)k * H, sb->up, b->item_part + (size_t)pr->item * H, sb->hist,
		     (size_t)H);
}

/* The layers after the first on the block sb->h (B,H), then softmax: score[0..B) and, when
 * probs is not NULL, probs (B,K). */
static void score_block(const rr_model *m, score_buf *sb, int B, float *score, float *probs)
{
	const rr_net *n = &m->net;
	int K = m->n_classes;
	float *h = sb->h, *h2 = sb->h2;
	for (int l = 1; l < n->n_layers; l++) {
		nn_dense_forward(h2, h, n->W[l], n->b[l], B, n->in[l], n->out[l]);
		if (l + 1 < n->n_layers)
			nn_relu_forward(h2, (size_t)B * n->out[l]);
		float *t = h;
		h = h2;
		h2 = t;
	}
	nn_softmax(h, h, B, K);
	for (int k = 0; k < B; k++)
		score[k] = expected_value(m, h + (size_t)k * K);
	if (probs)
		memcpy(probs, h, (size_t)B * K * sizeof *probs);
}

int model_score_user(const rr_model *m, const rr_dataset *ds, uint32_t u, float *score, float *probs)
{
	if (u >= ds->n_users)
		return err_set("customer index %u is out of range", u);
	const rr_binding *b = binding_for(m, ds);
	if (!b)
		return -1;
	score_buf sb;
	if (score_begin(m, b, u, &sb) != 0)
		return -1;
	int H = m->net.out[0], K = m->n_classes;
	uint32_t I = ds->n_items;
	size_t pk = ds->user_start[u], pend = ds->user_start[u + 1];
	for (uint32_t i0 = 0; i0 < I; i0 += SCORE_CH) {
		int B = (int)(I - i0 < SCORE_CH ? I - i0 : SCORE_CH);
		/* every item as never bought (zero history) ... */
		for (int k = 0; k < B; k++)
			score_new(b, &sb, H, i0 + (uint32_t)k, k);
		/* ... then the items the customer bought, with their true history */
		for (; pk < pend && ds->pairs[pk].item < i0 + (uint32_t)B; pk++)
			score_bought(m, b, &sb, &ds->pairs[pk], (int)(ds->pairs[pk].item - i0));
		score_block(m, &sb, B, score + i0, probs ? probs + (size_t)i0 * K : NULL);
	}
	free(sb.mem);
	return 0;
}

/* The pair (u, i) in ds, or NULL when u never bought i. */
static const rr_pair *find_pair(const rr_dataset *ds, uint32_t u, uint32_t i)
{
	size_t p = dataset_find_pair(ds, u, i);
	return p == (size_t)-1 ? NULL : &ds->pairs[p];
}

int model_score_items(const rr_model *m, const rr_dataset *ds, uint32_t u, const uint32_t *items,
		      size_t n, float *score, float *probs)
{
	if (u >= ds->n_users)
		return err_set("customer index %u is out of range", u);
	for (size_t k = 0; k < n; k++)
		if (items[k] >= ds->n_items)
			return err_set("item index %u is out of range", items[k]);
	if (n == 0)
		return 0;
	const rr_binding *b = binding_for(m, ds);
	if (!b)
		return -1;
	score_buf sb;
	if (score_begin(m, b, u, &sb) != 0)
		return -1;
	int H = m->net.out[0], K = m->n_classes;
	/* blocks of equal size: 261 candidates go as 131 + 130, not 256 + 5 */
	size_t nblk = (n + SCORE_CH - 1) / SCORE_CH, per = (n + nblk - 1) / nblk;
	for (size_t k0 = 0; k0 < n; k0 += per) {
		int B = (int)(n - k0 < per ? n - k0 : per);
		for (int k = 0; k < B; k++) {
			const rr_pair *pr = find_pair(ds, u, items[k0 + (size_t)k]);
			if (pr)
				score_bought(m, b, &sb, pr, k);
			else
				score_new(b, &sb, H, items[k0 + (size_t)k], k);
		}
		score_block(m, &sb, B, score + k0, probs ? probs + k0 * (size_t)K : NULL);
	}
	free(sb.mem);
	return 0;
}

int model_score_user_naive(const rr_model *m, const rr_dataset *ds, uint32_t u, float *score,
			   float *probs)
{
	if (u >= ds->n_users)
		return err_set("customer index %u is out of range", u);
	const rr_binding *b = binding_for(m, ds);
	if (!b)
		return -1;
	int B = (int)ds->n_items, K = m->n_classes;
	uint32_t *uu = malloc((size_t)B * sizeof *uu), *wi = malloc((size_t)B * sizeof *wi);
	float *feat = malloc((size_t)B * RR_N_FEAT * sizeof *feat);
	rr_acts w = { 0 };
	if (!uu || !wi || !feat || acts_alloc(&w, &m->net, B)) {
		free(uu);
		free(wi);
		free(feat);
		return err_set("out of memory scoring a customer");
	}
	for (int i = 0; i < B; i++) {
		uu[i] = b->user[u];
		wi[i] = (uint32_t)i;
		zero_feat(m, feat + (size_t)i * RR_N_FEAT);
	}
	for (size_t k = ds->user_start[u]; k < ds->user_start[u + 1]; k++)
		model_pair_feat(m, &ds->pairs[k], feat + (size_t)ds->pairs[k].item * RR_N_FEAT);
	net_forward(&m->net, &w, B, uu, b->item, feat, wi, b->wstart, b->words, 0.0f, NULL,
		    NULL);
	float *p = w.x[m->net.n_layers];
	nn_softmax(p, p, B, K);
	for (int i = 0; i < B; i++)
		score[i] = expected_value(m, p + (size_t)i * K);
	if (probs)
		memcpy(probs, p, (size_t)B * K * sizeof *probs);
	acts_free(&w);
	free(uu);
	free(wi);
	free(feat);
	return 0;
}

/* ==== evaluation ==== */

const char *model_data_note(const rr_model *m, const rr_dataset *ds, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (!m || !ds)
		return buf;
	const rr_binding *b = binding_for(m, ds);
	if (!b)
		return NULL;
	uint32_t *order = malloc((ds->n_pairs + 1) * sizeof *order);
	if (!order) {
		err_set("out of memory ordering the pairs");
		return NULL;
	}
	int why = held_order(m, b, ds, order);
	free(order);
	const rr_train_info *in = &m->info;
	const char *tail = "this test split is not the one held out in training";
	if (why < 0)
		return NULL;
	uint32_t nu = ds->n_users - b->known_users, ni = ds->n_items - b->known_items;
	if (why == RR_HELD_COUNT)
		snprintf(buf, size, "the model was trained on data with %lld pairs, the loaded data "
			 "has %zu: %s", (long long)(in->n_train + in->n_val + in->n_test),
			 ds->n_pairs, tail);
	else if (why == RR_HELD_UNKNOWN && nu && ni)
		snprintf(buf, size, "the model does not know %u of the data's customers and %u of "
			 "its items (new or renamed since training): %s", nu, ni, tail);
	else if (why == RR_HELD_UNKNOWN)
		snprintf(buf, size, "the model does not know %u of the data's %s (new or renamed "
			 "since training): %s", nu ? nu : ni, nu ? "customers" : "items", tail);
	else if (why == RR_HELD_OTHER)
		snprintf(buf, size, "the loaded data's %zu pairs are not the ones the model was "
			 "trained on: %s", ds->n_pairs, tail);
	return buf;
}

int model_evaluate(const rr_model *m, const rr_dataset *ds, enum rr_split which, rr_metrics *out)
{
	const rr_binding *b = binding_for(m, ds);
	if (!b)
		return -1;
	size_t n = ds->n_pairs, nt, nv;
	uint32_t *idx = malloc((n + 1) * sizeof *idx);
	if (!idx)
		return err_set("out of memory evaluating the model");
	uint32_t *order = malloc((n + 1) * sizeof *order);
	if (!order || held_order(m, b, ds, order) < 0) {
		free(idx);
		free(order);
		return err_set("out of memory evaluating the model");
	}
	model_split(n, &m->set, idx, &nt, &nv);
	for (size_t k = 0; k < n; k++)   /* split positions → ds's pairs */
		idx[k] = order[idx[k]];
	free(order);
	size_t from = which == RR_SPLIT_TEST ? 0 : which == RR_SPLIT_VAL ? nt : nt + nv;
	size_t to = which == RR_SPLIT_TEST ? nt : which == RR_SPLIT_VAL ? nt + nv : n;
	if (from == to) {
		free(idx);
		if (which == RR_SPLIT_TRAIN)
			return err_set("the training split is empty");
		int t = which == RR_SPLIT_TEST;   /* a newcomer's `set test 0`: say the way back */
		return err_set("the %s split is empty (the model was trained with %s %g: set it above "
			       "0 and train again)", t ? "test" : "validation", t ? "test" : "val",
			       t ? m->set.test : m->set.val);
	}
	enum { CH = 1024 };
	rr_acts w;
	uint32_t uu[CH], ii[CH], wi[CH];
	float feat[CH * RR_N_FEAT];
	int64_t conf[RR_MAX_CLASSES * RR_MAX_CLASSES] = { 0 };
	int K = m->n_classes, nb = m->n_bought;
	if (acts_alloc(&w, &m->net, CH)) {
		free(idx);
		return -1;
	}
	for (size_t s = from; s < to; s += CH) {
		int B = (int)(to - s < CH ? to - s : CH);
		for (int k = 0; k < B; k++) {
			const rr_pair *p = &ds->pairs[idx[s + (size_t)k]];
			uu[k] = b->user[p->user];
			ii[k] = b->item[p->item];
			wi[k] = p->item;
			model_pair_feat(m, p, feat + (size_t)k * RR_N_FEAT);
		}
		net_forward(&m->net, &w, B, uu, ii, feat, wi, b->wstart, b->words, 0.0f, NULL,
			    NULL);
		const float *z = w.x[m->net.n_layers];
		for (int k = 0; k < B; k++) {
			const rr_pair *p = &ds->pairs[idx[s + (size_t)k]];
			/* softmax is monotone, and dropping "none" and renormalizing keeps the order of
			 * the bought classes: the argmax of the bought logits is the prediction */
			int pred = model_argmax(z + (size_t)k * K, nb);
			int truth = labels_class(&m->lab, p->orders);
			conf[truth * nb + pred]++;
		}
	}
	acts_free(&w);
	free(idx);
	metrics_from_confusion(out, conf, nb);
	return 0;
}
