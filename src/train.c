/* train.c — model_train: split, standardization, vocabulary, negatives, the mini-batch loop
 * with Adam (lazy on embedding rows), validation, early stopping; and the session's runs. */
#include "model_priv.h"
#include "train.h"

#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "blaspin.h"
#include "err.h"
#include "util.h"

/* PRNG streams of one seed: the split is stream 1 (model.c), these are the others */
enum { STREAM_INIT = 2, STREAM_EPOCH = 3, STREAM_VALNEG = 4 };
#define BATCH_EVERY 20   /* progress events every this many batches */

/* ==== runs ==== */

rr_runs *runs_new(void)
{
	rr_runs *r = calloc(1, sizeof *r);
	if (!r)
		err_set("out of memory for the run table");
	return r;
}

void runs_free(rr_runs *r)
{
	if (!r)
		return;
	for (int i = 0; i < r->n; i++) {
		model_free(r->v[i].model);
		free(r->v[i].loss);
	}
	free(r->v);
	free(r);
}

rr_run *runs_add(rr_runs *r, const rr_run *run)
{
	if (r->n == r->cap) {
		int nc = r->cap ? r->cap * 2 : 8;
		rr_run *nv = realloc(r->v, (size_t)nc * sizeof *nv);
		if (!nv) {
			err_set("out of memory for the run table");
			return NULL;
		}
		r->v = nv;
		r->cap = nc;
	}
	rr_run *x = &r->v[r->n++];
	*x = *run;
	x->id = r->n;
	return x;
}

rr_run *runs_get(const rr_runs *r, int id)
{
	return r && id >= 1 && id <= r->n ? &r->v[id - 1] : NULL;
}

int runs_trim(rr_runs *r, int keep, size_t budget)
{
	size_t held = 0;
	int dropped = 0;
	for (int i = 0; i < r->n; i++)
		held += r->v[i].model ? model_bytes(r->v[i].model) : 0;
	for (int i = 0; i + 1 < r->n && held > budget; i++) {
		rr_run *x = &r->v[i];
		if (!x->model || x->id == keep)
			continue;
		held -= model_bytes(x->model);
		model_free(x->model);
		x->model = NULL;
		dropped++;
	}
	return dropped;
}

double run_macro_f1(const rr_run *r)
{
	return r->has_test ? r->test.macro_f1 : r->val_macro_f1;
}

int runs_keep_current(const rr_run *cur, const rr_run *next, int next_stopped)
{
	/* the same data: the same dataset, or one built again to the same print (the same file
	 * loaded again, as examples/seed-models.rr does first: t15 saw a 0-epoch stopped run
	 * replace a better model there) */
	int same_data = cur && (cur->ds_gen == next->ds_gen || cur->ds_print == next->ds_print);
	if (!next_stopped || !cur || !same_data || cur->has_test != next->has_test ||
	    !labels_same(&cur->lab, &next->lab))
		return 0;
	double a = run_macro_f1(cur), b = run_macro_f1(next);
	return !isnan(a) && (isnan(b) || a > b);
}

void train_class_weights(enum rr_weights w, const int64_t *counts, int K, float *cw)
{
	int64_t n = 0;
	for (int k = 0; k < K; k++)
		n += counts[k];
	for (int k = 0; k < K; k++) {
		if (w == RR_W_NONE) {
			cw[k] = 1.0f;
			continue;
		}
		if (!counts[k]) {
			cw[k] = 0.0f;
			continue;
		}
		double b = (double)n / ((double)K * (double)counts[k]);
		cw[k] = (float)(w == RR_W_SQRT ? sqrt(b) : b);
	}
}

/* ==== helpers ==== */

/* Negative sampler: items by cumulative weight (popularity^0.75 or uniform). */
typedef struct sampler {
	uint32_t n;         /* items */
	double *cum;        /* [n] cumulative weights */
	double total;       /* cum[n-1] */
} sampler;

/* Draw a never-bought item for u, or UINT32_MAX after too many owned draws. */
static uint32_t sample_negative(const sampler *sp, const rr_dataset *ds, uint32_t u, rr_rng *r)
{
	for (int tries = 0; tries < 64; tries++) {
		double x = (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0) * sp->total;
		uint32_t lo = 0, hi = sp->n - 1;
		while (lo < hi) { /* first item whose cumulative weight exceeds x */
			uint32_t mid = lo + (hi - lo) / 2;
			if (sp->cum[mid] > x)
				hi = mid;
			else
				lo = mid + 1;
		}
		if (dataset_find_pair(ds, u, lo) == (size_t)-1)   /* never bought */
			return lo;
	}
	return UINT32_MAX;
}

static const char *ds_desc(const void *ctx, uint32_t i)
{
	const char *s = dataset_item_desc(ctx, i);
	return s ? s : "";
}

static void vocab_word(void *ctx, const char *w, size_t n)
{
	if (strtab_intern(ctx, w, n) == RR_NONE)
		err_set("out of memory for the vocabulary");
}

/* ==== training ==== */

/* One training sample of an epoch. A record, not parallel arrays: batches read the samples
 * in shuffled order, and one cache line per sample beats four. */
struct sample {
	uint32_t user, item;   /* model indices */
	int32_t label;         /* class */
	float feat[RR_N_FEAT]; /* standardized history (zero history for negatives and masked) */
};

/* Everything one training owns, freed in one place (trainer_free), and what the loop carries
 * from one epoch to the next. */
typedef struct trainer {
	/* what it trains on, borrowed */
	const rr_dataset *ds;
	const rr_labels *lab;
	const rr_settings *s;
	rr_work *w;
	const rr_stop_point *at;       /* a recorded stop to repeat, or NULL */
	rr_model *m;                   /* the model being made (owned until returned) */
	/* split and inputs */
	uint32_t *idx;                 /* split permutation of the pairs */
	const uint32_t *tr, *va;       /* training and validation pairs (into idx) */
	size_t n_tr, n_val;
	float *feat;                   /* (n_pairs, 2) standardized history of every pair */
	float zf[RR_N_FEAT];           /* standardized zero history */
	unsigned off;                  /* history features left out (RR_IMPLIED_* bits): 0 for
	                                  every pair, their first-layer weights 0 */
	uint32_t *wstart, *words;      /* model items' description words */
	sampler sp;
	float cw[RR_MAX_CLASSES];      /* class weights of the loss */
	/* epoch samples and their shuffled order */
	struct sample *smp;
	uint32_t *perm;
	size_t ns, cap_s;
	/* validation samples: the bought pairs first, then their fixed negatives */
	uint32_t *vu, *vi;
	int *vy;
	float *vf;
	size_t nv_b, nv_all;
	/* batch */
	uint32_t *bu, *bi;
	int *by;
	float *bf;
	float *grad;                   /* [n_dense] dense gradients */
	float *mv;                     /* [2*n_params] Adam moments m then v (one allocation) */
	float *best;                   /* [n_params] best weights so far */
	rr_rowset ru, ri, rw;
	rr_acts acts;
	/* the loop's state */
	rr_adam adam;
	long step;                     /* Adam steps taken */
	rr_rng er;                     /* the epochs' stream: masks, negatives, shuffles, dropout */
	double t0, train_time;         /* start; seconds in whole or stopped epochs */
	double best_loss, best_f1;     /* the kept epoch's validation loss and macro-F1 */
	int best_epoch, bad_epochs;
	const char *names[RR_MAX_CLASSES];
} trainer;

static void trainer_free(trainer *t)
{
	free(t->idx);
	free(t->feat);
	free(t->wstart);
	free(t->words);
	free(t->sp.cum);
	free(t->smp);
	free(t->perm);
	free(t->vu);
	free(t->vi);
	free(t->vy);
	free(t->vf);
	free(t->bu);
	free(t->bi);
	free(t->by);
	free(t->bf);
	free(t->grad);
	free(t->mv);
	free(t->best);
	rowset_free(&t->ru);
	rowset_free(&t->ri);
	rowset_free(&t->rw);
	acts_free(&t->acts);
}

static int oom(void)
{
	return err_set("out of memory while training");
}

/* ---- preparation: each step reads what the earlier ones made ---- */

static int order_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

int train_one_class(const rr_dataset *ds, const rr_labels *lab, const rr_settings *s, char *msg,
		    size_t size)
{
	size_t n = ds->n_pairs, counts[RR_MAX_EDGES + 1] = {0};
	int c0 = labels_class(lab, ds->pairs[0].orders);
	labels_count(lab, ds, counts);
	if (n == 0 || s->negatives > 0 || counts[c0] != n)
		return 0;
	uint32_t *o = malloc(n * sizeof *o);
	if (!o)
		return oom();
	for (size_t p = 0; p < n; p++)
		o[p] = ds->pairs[p].orders;
	qsort(o, n, sizeof *o, order_cmp);
	uint32_t lo = o[0], hi = o[n - 1], mid = o[(n - 1) / 2];
	free(o);
	char how[160];
	if (lo == hi)
		snprintf(how, sizeof how, "%s %u order%s, so no bins edge can split them ('set "
			 "negatives 1' classifies bought pairs against never-bought ones)",
			 n == 1 ? "it has" : "every pair has", lo, rr_plural(lo));
	else
		snprintf(how, sizeof how, "their order counts run %u to %u: 'bins %u' splits them",
			 lo, hi, mid < hi ? mid : hi - 1);
	char who[64];
	if (n == 1)
		snprintf(who, sizeof who, "the data's one pair is");
	else
		snprintf(who, sizeof who, "every one of the %zu pairs is", n);
	snprintf(msg, size, "%s in class %s: there is nothing to classify (a model that always says "
		 "%s scores accuracy 1); %s", who, lab->name[c0], lab->name[c0], how);
	return 1;
}

static int train_check(const rr_dataset *ds, const rr_labels *lab, const rr_settings *s)
{
	if (settings_validate(s) != 0)
		return -1;
	if (!ds || ds->n_pairs == 0)
		return err_set("no customer-item pairs to train on");
	if (lab->n_classes < 2 || lab->n_classes > RR_MAX_EDGES + 1)
		return err_set("labels need 2 to %d classes", RR_MAX_EDGES + 1);
	if (ds->n_pairs >= UINT32_MAX / 2)
		return err_set("too many pairs (%zu)", ds->n_pairs);
	return 0;
}

/* Id tables: model index = dataset index. */
static int prep_ids(trainer *t)
{
	const rr_dataset *ds = t->ds;
	for (uint32_t u = 0; u < ds->n_users; u++) {
		const char *id = dataset_user_name(ds, u);
		if (strtab_intern(t->m->users, id, strlen(id)) != u)
			return err_set("customer id '%s' is duplicated or out of memory", id);
	}
	for (uint32_t i = 0; i < ds->n_items; i++) {
		const char *id = dataset_item_name(ds, i);
		if (strtab_intern(t->m->items, id, strlen(id)) != i)
			return err_set("stock code '%s' is duplicated or out of memory", id);
	}
	return 0;
}

/* The training split left empty by test and val (t51 F7): how many pairs, where they went,
 * and the fewest pairs that leave one to train on with these shares. Returns -1. */
static int split_empty(size_t n, size_t n_test, size_t n_val, const rr_settings *s)
{
	enum { MIN_MAX = 64 };
	uint32_t idx[MIN_MAX];
	size_t least = 0, nt, nv;
	for (size_t k = n + 1; k <= MIN_MAX && !least; k++) {
		model_split(k, s, idx, &nt, &nv);
		if (k > nt + nv)
			least = k;
	}
	char need[96] = "";
	if (least)
		snprintf(need, sizeof need, "; with these shares training needs %zu pairs or more",
			 least);
	/* the shares as `show` writes them: %g made test 0.9999999 "test 1", a value the setting
	 * refuses (t54 F10) */
	char test[64], val[64];
	return err_set("the training split is empty: the data's %zu pair%s went %zu to the test "
		       "split (test %s) and %zu to the validation split (val %s)%s ('set test 0' and "
		       "'set val 0' train on every pair, unmeasured; or load more data)", n,
		       rr_plural((double)n), n_test, settings_get(s, "test", test, sizeof test),
		       n_val, settings_get(s, "val", val, sizeof val), need);
}

static int prep_split(trainer *t)
{
	size_t n = t->ds->n_pairs, n_test, n_val;
	if (!(t->idx = malloc(n * sizeof *t->idx)))
		return oom();
	model_split(n, t->s, t->idx, &n_test, &n_val);
	t->tr = t->idx + n_test + n_val;
	t->va = t->idx + n_test;
	t->n_tr = n - n_test - n_val;
	t->n_val = n_val;
	if (t->n_tr == 0)
		return split_empty(n, n_test, n_val, t->s);
	t->m->info.n_train = (int64_t)t->n_tr;
	t->m->info.n_val = (int64_t)n_val;
	t->m->info.n_test = (int64_t)n_test;
	/* model index = dataset index (prep_ids): what open checks another data's pairs against */
	t->m->info.pairs_print = model_pairs_print(t->ds->pairs, NULL, n, NULL, NULL);
	return 0;
}

/* Standardization from the training split only. A feature that is constant there (spend when
 * the data has no prices) gets std 1: it stays at zero rather than dividing by zero. A feature
 * the file only implies (rows_implied: without a quantity column the quantity is the order
 * count, the label) is left out: 0 for every pair, mean 0 and std 1, and prep_network zeroes
 * its weights, which a zero input never moves, so a scored pair's value does not count. */
static int prep_features(trainer *t)
{
	rr_model *m = t->m;
	const rr_pair *pairs = t->ds->pairs;
	double sum[RR_N_FEAT] = { 0 }, sq[RR_N_FEAT] = { 0 };
	t->off = rows_implied(t->ds->rows);
	for (size_t k = 0; k < t->n_tr; k++) {
		const rr_pair *p = &pairs[t->tr[k]];
		double v[RR_N_FEAT] = { log1p(p->quantity > 0 ? p->quantity : 0),
					log1p(p->spend > 0 ? p->spend : 0) };
		for (int f = 0; f < RR_N_FEAT; f++) {
			if (t->off & 1u << f)
				v[f] = 0;
			sum[f] += v[f];
			sq[f] += v[f] * v[f];
		}
	}
	for (int f = 0; f < RR_N_FEAT; f++) {
		double mean = sum[f] / (double)t->n_tr, var = sq[f] / (double)t->n_tr - mean * mean;
		m->feat_mean[f] = (float)mean;
		m->feat_std[f] = var > 1e-12 ? (float)sqrt(var) : 1.0f;
	}
	size_t n = t->ds->n_pairs;
	if (!(t->feat = malloc(n * RR_N_FEAT * sizeof *t->feat)))
		return oom();
	for (size_t p = 0; p < n; p++) {
		model_pair_feat(m, &pairs[p], t->feat + p * RR_N_FEAT);
		for (int f = 0; f < RR_N_FEAT; f++)
			if (t->off & 1u << f)
				t->feat[p * RR_N_FEAT + f] = 0;
	}
	for (int f = 0; f < RR_N_FEAT; f++)
		t->zf[f] = (0.0f - m->feat_mean[f]) / m->feat_std[f];
	return 0;
}

/* The vocabulary from the items of the training split, in item order, and every item's words. */
static int prep_vocab(trainer *t)
{
	const rr_dataset *ds = t->ds;
	if (t->s->desc) {
		unsigned char *seen = calloc(ds->n_items + 1, 1);
		if (!seen)
			return oom();
		for (size_t k = 0; k < t->n_tr; k++)
			seen[ds->pairs[t->tr[k]].item] = 1;
		err_clear();
		for (uint32_t i = 0; i < ds->n_items; i++)
			if (seen[i])
				model_words(ds_desc(ds, i), vocab_word, t->m->vocab);
		free(seen);
		if (*err_msg())
			return -1;
	}
	return model_words_csr(t->s->desc ? t->m->vocab : NULL, ds->n_items, ds_desc, ds,
			       &t->wstart, &t->words);
}

static int prep_network(trainer *t)
{
	rr_model *m = t->m;
	if (net_alloc(&m->net, t->s, t->ds->n_users, t->ds->n_items, strtab_count(m->vocab),
		      m->n_classes))
		return -1;
	rr_rng rng;
	rng_seed(&rng, t->s->seed, STREAM_INIT);
	net_init_params(&m->net, &rng);
	net_feat_off(&m->net, t->off);
	return 0;
}

/* Negatives are drawn by training popularity^0.75 (or uniformly). */
static int prep_sampler(trainer *t)
{
	const rr_dataset *ds = t->ds;
	if (t->s->negatives <= 0)
		return 0;
	t->sp.n = ds->n_items;
	t->sp.cum = malloc(((size_t)ds->n_items + 1) * sizeof *t->sp.cum);
	uint32_t *cnt = calloc(ds->n_items + 1, sizeof *cnt);
	if (!t->sp.cum || !cnt) {
		free(cnt);
		return oom();
	}
	for (size_t k = 0; k < t->n_tr; k++)
		cnt[ds->pairs[t->tr[k]].item]++;
	double c = 0;
	for (uint32_t i = 0; i < ds->n_items; i++) {
		c += t->s->sampling == RR_SAMPLE_UNIFORM ? 1.0 : pow((double)cnt[i], 0.75);
		t->sp.cum[i] = c;
	}
	free(cnt);
	t->sp.total = c;
	return 0;
}

/* Class weights from an epoch's class counts (negatives included). */
static void prep_weights(trainer *t)
{
	int64_t counts[RR_MAX_CLASSES] = { 0 };
	for (size_t k = 0; k < t->n_tr; k++)
		counts[labels_class(t->lab, t->ds->pairs[t->tr[k]].orders)]++;
	if (t->s->negatives > 0)
		counts[t->m->n_bought] = (int64_t)t->n_tr * t->s->negatives;
	train_class_weights(t->s->weights, counts, t->m->n_classes, t->cw);
}

/* Validation samples: the bought pairs, then N fixed negatives each (their own stream). */
static int prep_validation(trainer *t)
{
	int N = t->s->negatives, NONE = t->m->n_bought;
	size_t n_val = t->n_val, cap_v = n_val * (size_t)(1 + N) + 1;
	t->vu = malloc(cap_v * sizeof *t->vu);
	t->vi = malloc(cap_v * sizeof *t->vi);
	t->vy = malloc(cap_v * sizeof *t->vy);
	t->vf = malloc(cap_v * RR_N_FEAT * sizeof *t->vf);
	if (!t->vu || !t->vi || !t->vy || !t->vf)
		return oom();
	for (size_t k = 0; k < n_val; k++) {
		const rr_pair *p = &t->ds->pairs[t->va[k]];
		t->vu[k] = p->user;
		t->vi[k] = p->item;
		t->vy[k] = labels_class(t->lab, p->orders);
		memcpy(t->vf + k * RR_N_FEAT, t->feat + (size_t)t->va[k] * RR_N_FEAT, sizeof t->zf);
	}
	t->nv_b = t->nv_all = n_val;
	if (N <= 0)
		return 0;
	rr_rng vr;
	rng_seed(&vr, t->s->seed, STREAM_VALNEG);
	for (size_t k = 0; k < n_val; k++)
		for (int j = 0; j < N; j++) {
			if ((k & 1023) == 0 && j == 0)
				work_tick(t->w, RR_PHASE_EVAL, "train: validation negatives", (double)k,
					  (double)n_val, 0);
			uint32_t u = t->vu[k], i = sample_negative(&t->sp, t->ds, u, &vr);
			if (i == UINT32_MAX)
				continue;
			size_t x = t->nv_all++;
			t->vu[x] = u;
			t->vi[x] = i;
			t->vy[x] = NONE;
			memcpy(t->vf + x * RR_N_FEAT, t->zf, sizeof t->zf);
		}
	return 0;
}

/* Epoch samples, batch buffers, gradients, Adam moments, the best weights' copy. */
static int prep_buffers(trainer *t)
{
	const rr_net *net = &t->m->net;
	size_t Bmax = (size_t)t->s->batch;
	t->cap_s = t->n_tr * (size_t)(1 + t->s->negatives);
	t->smp = malloc(t->cap_s * sizeof *t->smp);
	t->perm = malloc(t->cap_s * sizeof *t->perm);
	t->bu = malloc(Bmax * sizeof *t->bu);
	t->bi = malloc(Bmax * sizeof *t->bi);
	t->by = malloc(Bmax * sizeof *t->by);
	t->bf = malloc(Bmax * RR_N_FEAT * sizeof *t->bf);
	t->grad = malloc(net->n_dense * sizeof *t->grad);
	t->mv = calloc(2 * net->n_params, sizeof *t->mv);
	t->best = malloc(net->n_params * sizeof *t->best);
	if (!t->smp || !t->perm || !t->bu || !t->bi || !t->by || !t->bf || !t->grad || !t->mv ||
	    !t->best)
		return oom();
	/* a batch touches at most Bmax users and items, and Bmax × the longest description words */
	uint32_t maxw = 0;
	for (uint32_t i = 0; i < t->ds->n_items; i++)
		if (t->wstart[i + 1] - t->wstart[i] > maxw)
			maxw = t->wstart[i + 1] - t->wstart[i];
	size_t wcap = Bmax * maxw;
	if (wcap > net->n_words)
		wcap = net->n_words;
	if (rowset_alloc(&t->ru, net->n_users, net->d + 1, (int)Bmax) ||
	    rowset_alloc(&t->ri, net->n_items, net->d + 1, (int)Bmax) ||
	    rowset_alloc(&t->rw, net->n_words, net->d, (int)wcap) ||
	    acts_alloc(&t->acts, net, Bmax > 1024 ? (int)Bmax : 1024))
		return -1;
	return 0;
}

/* Everything before the first epoch. */
static int train_prepare(trainer *t)
{
	rr_model *m = t->m;
	m->set = *t->s;
	m->lab = *t->lab;
	m->n_bought = t->lab->n_classes;
	m->n_classes = m->n_bought + (t->s->negatives > 0);
	if (prep_ids(t) || prep_split(t) || prep_features(t) || prep_vocab(t) || prep_network(t) ||
	    prep_sampler(t))
		return -1;
	prep_weights(t);
	if (prep_validation(t) || prep_buffers(t))
		return -1;
	t->adam = (rr_adam){ (float)t->s->lr, 0.9f, 0.999f, 1e-8f };
	rng_seed(&t->er, t->s->seed, STREAM_EPOCH);
	for (int k = 0; k < m->n_bought; k++)
		t->names[k] = m->lab.name[k];
	t->best_loss = INFINITY;
	t->best_f1 = NAN;
	m->info.val_loss = NAN;
	m->info.val_macro_f1 = NAN;
	return 0;
}

/* ---- one epoch ---- */

/* This epoch's samples: the bought pairs of the training split (a share with their history
 * masked) and fresh negatives. Fills t->smp[0..t->ns). */
static void epoch_samples(trainer *t)
{
	const rr_settings *s = t->s;
	size_t ns = 0;
	for (size_t k = 0; k < t->n_tr; k++) {
		if ((k & 4095) == 0)
			work_tick(t->w, RR_PHASE_EVAL, "train: this epoch's samples", (double)k,
				  (double)t->n_tr, 0);
		const rr_pair *p = &t->ds->pairs[t->tr[k]];
		struct sample *x = &t->smp[ns++];
		x->user = p->user;
		x->item = p->item;
		x->label = labels_class(t->lab, p->orders);
		int masked = s->mask > 0 && rng_float(&t->er) < (float)s->mask;
		const float *f = masked ? t->zf : t->feat + (size_t)t->tr[k] * RR_N_FEAT;
		for (int j = 0; j < RR_N_FEAT; j++)
			x->feat[j] = f[j];
		for (int j = 0; j < s->negatives; j++) {
			uint32_t i = sample_negative(&t->sp, t->ds, p->user, &t->er);
			if (i == UINT32_MAX)
				continue;
			x = &t->smp[ns++];
			x->user = p->user;
			x->item = i;
			x->label = t->m->n_bought;   /* none */
			for (int q = 0; q < RR_N_FEAT; q++)
				x->feat[q] = t->zf[q];
		}
	}
	t->ns = ns;
}

/* Fisher–Yates over the sample order. */
static void epoch_shuffle(trainer *t)
{
	for (size_t k = 0; k < t->ns; k++)
		t->perm[k] = (uint32_t)k;
	for (size_t k = t->ns; k > 1; k--) {
		size_t j = (size_t)rng_below(&t->er, k);
		uint32_t x = t->perm[k - 1];
		t->perm[k - 1] = t->perm[j];
		t->perm[j] = x;
	}
}

/* Samples perm[s0 .. s0+B) into the batch arrays. */
static void batch_gather(trainer *t, size_t s0, int B)
{
	for (int k = 0; k < B; k++) {
		const struct sample *x = &t->smp[t->perm[s0 + (size_t)k]];
		t->bu[k] = x->user;
		t->bi[k] = x->item;
		t->by[k] = x->label;
		for (int j = 0; j < RR_N_FEAT; j++)
			t->bf[RR_N_FEAT * k + j] = x->feat[j];
	}
}

/* Forward, loss and backward of the gathered batch: dense gradients into t->grad, embedding
 * gradients into the rowsets; *loss the batch's weighted loss sum, *wsum its weight. Returns
 * 1 when a stop cut the batch short inside a long layer (net_forward; t40 #2), the batch not
 * to be applied, else 0. */
static int batch_forward_backward(trainer *t, int B, double *loss, double *wsum)
{
	const rr_net *net = &t->m->net;
	const volatile sig_atomic_t *stop = t->w ? t->w->stop : NULL;
	int K = t->m->n_classes;
	if (net_forward(net, &t->acts, B, t->bu, t->bi, t->bf, t->bi, t->wstart, t->words,
			(float)t->s->dropout, &t->er, stop))
		return 1;
	float *z = t->acts.x[net->n_layers];
	*loss = nn_softmax_ce_forward(z, z, t->by, t->cw, B, K, wsum);
	nn_softmax_ce_backward(t->acts.dx[net->n_layers], z, t->by, t->cw, B, K, (float)*wsum);
	memset(t->grad, 0, net->n_dense * sizeof *t->grad);
	return net_backward(net, &t->acts, B, t->bu, t->bi, t->bi, t->wstart, t->words, t->grad,
			    &t->ru, &t->ri, net->desc ? &t->rw : NULL, stop);
}

/* Adam: dense layers in full, embedding tables on the rows this batch touched (lazy). */
static void optimizer_step(trainer *t)
{
	rr_net *net = &t->m->net;
	float *Pm = t->mv, *Pv = t->mv + net->n_params;
	size_t off_I = (size_t)(net->itab - net->params);
	long step = ++t->step;
	nn_adam_step(net->params + net->dense_off, t->grad, Pm + net->dense_off,
		     Pv + net->dense_off, net->n_dense, &t->adam, step);
	nn_adam_rows(net->utab, Pm, Pv, net->d + 1, t->ru.rows, t->ru.n, t->ru.grad, &t->adam,
		     step);
	nn_adam_rows(net->itab, Pm + off_I, Pv + off_I, net->d + 1, t->ri.rows, t->ri.n,
		     t->ri.grad, &t->adam, step);
	if (net->desc) {
		size_t off_W = (size_t)(net->wtab - net->params);
		nn_adam_rows(net->wtab, Pm + off_W, Pv + off_W, net->d, t->rw.rows, t->rw.n,
			     t->rw.grad, &t->adam, step);
	}
	rowset_clear(&t->ru);
	rowset_clear(&t->ri);
	rowset_clear(&t->rw);
}

/* A BATCH event every BATCH_EVERY batches and after the last (by count, not by time: the
 * front ends' progress and the tests see the same events on every machine). */
static void report_batch(trainer *t, int epoch, size_t bt, size_t nbatch, size_t done,
			 double loss, double wsum, double te)
{
	if ((bt + 1) % BATCH_EVERY != 0 && bt + 1 != nbatch)
		return;
	double el = rr_now() - te;
	rr_progress p = { .phase = RR_PHASE_BATCH, .what = "train", .done = (double)(bt + 1),
			  .total = (double)nbatch, .epoch = epoch, .epochs = t->s->epochs,
			  .train_loss = wsum > 0 ? loss / wsum : 0, .seconds = rr_now() - t->t0,
			  .samples_per_s = el > 0 ? (double)done / el : 0 };
	work_report(t->w, &p, 1);
}

/* A stop point past the batches of its epoch is no point of this run: the journal's run had
 * other data or settings, and going on would replay a longer run as if it were that one (t26
 * F6). -1 with err_set; at_most: nbatch is the bound known before the first epoch. */
static int past_batches(const rr_stop_point *at, size_t nbatch, int at_most)
{
	char where[64];
	if (at_most)
		snprintf(where, sizeof where, "the %zu batch%s any epoch has at most", nbatch,
			 nbatch == 1 ? "" : "es");
	else
		snprintf(where, sizeof where, "epoch %d's %zu batch%s", at->epoch, nbatch,
			 nbatch == 1 ? "" : "es");
	return err_set("--stopped-at %d:%d is past %s: the run the journal recorded had other "
		       "data or settings", at->epoch, at->batch, where);
}

/* A stop inside batch bt (0-based) of the epoch: the batch is dropped, so the run is the one
 * stopped after the batch before, which a replay repeats (--stopped-at; the end of the epoch
 * before for the epoch's first). In the run's first batch nothing was trained: -1 with
 * err_set. Else 1, as train_pass's stop. */
static int batch_cut(trainer *t, int epoch, size_t bt)
{
	if (epoch == 1 && bt == 0)
		return err_set("training interrupted in its first batch: no run was made");
	t->m->info.stopped_at = bt ? (rr_stop_point){epoch, (int)bt} : (rr_stop_point){epoch - 1, 0};
	return 1;
}

/* The training pass of one epoch. Returns 1 when a stop was asked (the epoch is cut short),
 * -1 with err_set when the stop point lies past the epoch's batches, else 0; *mean_loss gets
 * the epoch's mean weighted training loss. */
static int train_pass(trainer *t, int epoch, double te, double *mean_loss)
{
	size_t Bmax = (size_t)t->s->batch, nbatch = (t->ns + Bmax - 1) / Bmax;
	double eloss = 0, ewsum = 0;
	if (t->at && t->at->epoch == epoch && (size_t)t->at->batch > nbatch)
		return past_batches(t->at, nbatch, 0);
	for (size_t bt = 0; bt < nbatch; bt++) {
		size_t s0 = bt * Bmax;
		int B = (int)(t->ns - s0 < Bmax ? t->ns - s0 : Bmax);
		double bl, ws;
		batch_gather(t, s0, B);
		if (batch_forward_backward(t, B, &bl, &ws))
			return batch_cut(t, epoch, bt);
		eloss += bl;
		ewsum += ws;
		optimizer_step(t);
		t->m->info.samples += B;
		report_batch(t, epoch, bt, nbatch, s0 + (size_t)B, eloss, ewsum, te);
		if (work_stopped(t->w) ||
		    (t->at && t->at->epoch == epoch && t->at->batch == (int)bt + 1)) {
			t->m->info.stopped_at = (rr_stop_point){epoch, (int)bt + 1};
			return 1;
		}
	}
	*mean_loss = ewsum > 0 ? eloss / ewsum : 0;
	return 0;
}

/* Validation: weighted loss over all validation samples and the confusion matrix of the
 * bought ones over the bought classes. */
static double validate(trainer *t, int64_t *conf)
{
	rr_model *m = t->m;
	int K = m->n_classes, nb = m->n_bought, cap = t->acts.cap;
	double loss = 0, wsum = 0;
	memset(conf, 0, (size_t)nb * nb * sizeof *conf);
	for (size_t s = 0; s < t->nv_all; s += (size_t)cap) {
		int B = (int)(t->nv_all - s < (size_t)cap ? t->nv_all - s : (size_t)cap);
		net_forward(&m->net, &t->acts, B, t->vu + s, t->vi + s, t->vf + s * RR_N_FEAT,
			    t->vi + s, t->wstart, t->words, 0.0f, NULL, NULL);
		float *z = t->acts.x[m->net.n_layers];
		for (int k = 0; k < B && s + (size_t)k < t->nv_b; k++)
			conf[t->vy[s + (size_t)k] * nb + model_argmax(z + (size_t)k * K, nb)]++;
		double ws;
		loss += nn_softmax_ce_forward(z, z, t->vy + s, t->cw, B, K, &ws);
		wsum += ws;
	}
	return wsum > 0 ? loss / wsum : NAN;
}

/* The EPOCH event: losses, the validation confusion matrix and its P/R/F1. Returns 1 when the
 * front end asked to stop. */
static int report_epoch(trainer *t, int epoch, double vloss, const rr_metrics *vm, double el)
{
	int has = t->n_val > 0;
	rr_progress p = { .phase = RR_PHASE_EPOCH, .what = "train", .done = epoch,
			  .total = t->s->epochs, .epoch = epoch, .epochs = t->s->epochs,
			  .train_loss = t->m->info.train_loss, .val_loss = vloss,
			  .val_macro_f1 = has ? vm->macro_f1 : 0, .seconds = rr_now() - t->t0,
			  .samples_per_s = el > 0 ? (double)t->ns / el : 0,
			  .n_classes = t->m->n_bought, .class_names = t->names,
			  .confusion = has ? vm->conf : NULL, .precision = has ? vm->precision : NULL,
			  .recall = has ? vm->recall : NULL, .f1 = has ? vm->f1 : NULL };
	return work_report(t->w, &p, 1);
}

/* Keep the weights of the epoch with the lowest validation loss; count epochs without one. */
static void track_best(trainer *t, int epoch, double vloss, double vf1)
{
	if (!t->n_val)
		return;
	if (vloss < t->best_loss) {
		t->best_loss = vloss;
		t->best_f1 = vf1;
		t->best_epoch = epoch;
		t->bad_epochs = 0;
		memcpy(t->best, t->m->net.params, t->m->net.n_params * sizeof *t->best);
	} else {
		t->bad_epochs++;
	}
}

/* One epoch: samples, shuffle, the training pass, validation, the EPOCH event, the best
 * weights. Returns 1 when training ends here (a stop or early stopping), -1 with err_set
 * (train_pass), else 0. */
static int train_epoch(trainer *t, int epoch)
{
	rr_train_info *info = &t->m->info;
	double te = rr_now(), tloss = 0;
	epoch_samples(t);
	epoch_shuffle(t);
	int pass = train_pass(t, epoch, te, &tloss);
	if (pass < 0)
		return -1;
	if (pass) {
		info->stopped = 1;
		t->train_time += rr_now() - te;
		return 1;
	}
	int64_t conf[RR_MAX_CLASSES * RR_MAX_CLASSES];
	rr_metrics vm;
	double vloss = t->n_val ? validate(t, conf) : NAN;
	double el = rr_now() - te;
	t->train_time += el;
	info->epochs_run = epoch;
	info->train_loss = tloss;
	if (t->n_val)
		metrics_from_confusion(&vm, conf, t->m->n_bought);
	int ask = report_epoch(t, epoch, vloss, &vm, el);
	info->val_loss = vloss;
	info->val_macro_f1 = t->n_val ? vm.macro_f1 : NAN;
	track_best(t, epoch, vloss, info->val_macro_f1);
	if (ask || (t->at && t->at->epoch == epoch && t->at->batch == 0)) {
		info->stopped = 1;
		info->stopped_at = (rr_stop_point){epoch, 0};
		return 1;
	}
	if (t->s->patience > 0 && t->n_val && t->bad_epochs >= t->s->patience) {
		info->early_stopped = 1;
		return 1;
	}
	return 0;
}

/* After the last epoch: the best weights back when early stopping is on or the user stopped
 * the run (a stop mid-epoch has moved the weights since, so restore even when the best is the
 * last), the figures, the DONE event. */
static void train_finish(trainer *t)
{
	rr_model *m = t->m;
	rr_net *net = &m->net;
	if (t->best_epoch && (t->s->patience > 0 || m->info.stopped)) {
		memcpy(net->params, t->best, net->n_params * sizeof *t->best);
		m->info.best_epoch = t->best_epoch;
		m->info.val_loss = t->best_loss;
		m->info.val_macro_f1 = t->best_f1;
	}
	m->info.seconds = rr_now() - t->t0;
	m->info.samples_per_s = t->train_time > 0 ? (double)m->info.samples / t->train_time : 0;
	rr_progress p = { .phase = RR_PHASE_DONE, .what = "train", .epoch = m->info.epochs_run,
			  .epochs = t->s->epochs, .train_loss = m->info.train_loss,
			  .val_loss = m->info.val_loss, .seconds = m->info.seconds,
			  .samples_per_s = m->info.samples_per_s };
	work_report(t->w, &p, 1);
}

rr_model *model_train(const rr_dataset *ds, const rr_labels *lab, const rr_settings *s,
		      rr_work *w)
{
	return model_train_until(ds, lab, s, w, NULL);
}

rr_model *model_train_until(const rr_dataset *ds, const rr_labels *lab, const rr_settings *s,
			    rr_work *w, const rr_stop_point *at)
{
	if (train_check(ds, lab, s) != 0)
		return NULL;
	blas_set_threads(s->threads);
	/* between batch reports (the preparation, each epoch's samples, validation) the loop
	 * still reports every RR_TICK_S, so a front end that redraws from progress stays live */
	work_tick(w, RR_PHASE_EVAL, "train: preparing", 0, 1, 1);
	trainer T = { .ds = ds, .lab = lab, .s = s, .w = w, .at = at }, *t = &T;
	if (!(t->m = model_new_shell()))
		return NULL;
	if (train_prepare(t) != 0) {
		trainer_free(t);
		model_free(t->m);
		return NULL;
	}
	/* a batch past any epoch's (every pair with all its negatives) is refused before the
	 * first epoch; one past its own epoch's, when that epoch's samples are drawn */
	size_t most = (t->n_tr * (size_t)(1 + s->negatives) + (size_t)s->batch - 1) /
		      (size_t)s->batch;
	int rc = at && (size_t)at->batch > most ? past_batches(at, most, 1) : 0;
	t->t0 = rr_now();
	for (int epoch = 1; rc == 0 && epoch <= s->epochs; epoch++)
		rc = train_epoch(t, epoch);
	/* early stopping before the point: the recorded run went on, so this one is not it */
	if (rc >= 0 && at && !t->m->info.stopped)
		rc = err_set("--stopped-at %d%s%.0d was not reached: early stopping ended the run "
			     "after epoch %d, so the run the journal recorded had other data or "
			     "settings", at->epoch, at->batch ? ":" : "", at->batch,
			     t->m->info.epochs_run);
	if (rc < 0) {
		trainer_free(t);
		model_free(t->m);
		return NULL;
	}
	train_finish(t);
	rr_model *m = t->m;
	trainer_free(t);
	if (model_bind(m, ds)) {
		model_free(m);
		return NULL;
	}
	return m;
}
