/* train.c — model_train: split, standardization, vocabulary, negatives, the mini-batch loop
 * with Adam (lazy on embedding rows), validation, early stopping; and the session's runs. */
#include "model_priv.h"
#include "train.h"

#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
	for (int i = 0; i < r->n; i++)
		free(r->v[i].loss);
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

/* Everything the loop owns, freed in one place. */
typedef struct trainer {
	rr_model *m;
	uint32_t *idx;                 /* split permutation of the pairs */
	float *feat;                   /* (n_pairs, 2) standardized history of every pair */
	uint32_t *wstart, *words;      /* model items' description words */
	sampler sp;
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
	rr_acts w;
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
	acts_free(&t->w);
}

/* Validation: weighted loss over all validation samples and the confusion matrix of the
 * bought ones over the bought classes. */
static double validate(trainer *t, const float *cw, int64_t *conf)
{
	rr_model *m = t->m;
	int K = m->n_classes, nb = m->n_bought, cap = t->w.cap;
	double loss = 0, wsum = 0;
	memset(conf, 0, (size_t)nb * nb * sizeof *conf);
	for (size_t s = 0; s < t->nv_all; s += (size_t)cap) {
		int B = (int)(t->nv_all - s < (size_t)cap ? t->nv_all - s : (size_t)cap);
		net_forward(&m->net, &t->w, B, t->vu + s, t->vi + s, t->vf + s * RR_N_FEAT, t->vi + s,
			    t->wstart, t->words, 0.0f, NULL);
		float *z = t->w.x[m->net.n_layers];
		for (int k = 0; k < B && s + (size_t)k < t->nv_b; k++)
			conf[t->vy[s + (size_t)k] * nb + model_argmax(z + (size_t)k * K, nb)]++;
		double ws;
		loss += nn_softmax_ce_forward(z, z, t->vy + s, cw, B, K, &ws);
		wsum += ws;
	}
	return wsum > 0 ? loss / wsum : NAN;
}

rr_model *model_train(const rr_dataset *ds, const rr_labels *lab, const rr_settings *s,
		      rr_work *w)
{
	if (settings_validate(s) != 0)
		return NULL;
	if (!ds || ds->n_pairs == 0) {
		err_set("no customer-item pairs to train on");
		return NULL;
	}
	if (lab->n_classes < 2 || lab->n_classes > RR_MAX_EDGES + 1) {
		err_set("labels need 2 to %d classes", RR_MAX_EDGES + 1);
		return NULL;
	}
	if (ds->n_pairs >= UINT32_MAX / 2) {
		err_set("too many pairs (%zu)", ds->n_pairs);
		return NULL;
	}
	openblas_set_num_threads(s->threads > 0 ? s->threads : 1);
	/* between batch reports (the preparation, each epoch's samples, validation) the loop
	 * still reports every RR_TICK_S, so a front end that redraws from progress stays live */
	work_tick(w, RR_PHASE_EVAL, "train: preparing", 0, 1, 1);

	trainer T = { 0 }, *t = &T;
	rr_model *m = t->m = model_new_shell();
	if (!m)
		return NULL;
	m->set = *s;
	m->lab = *lab;
	m->n_bought = lab->n_classes;
	m->n_classes = m->n_bought + (s->negatives > 0);
	int K = m->n_classes, nb = m->n_bought, NONE = nb;
	size_t n = ds->n_pairs;

	/* id tables: model index = dataset index */
	for (uint32_t u = 0; u < ds->n_users; u++) {
		const char *id = dataset_user_name(ds, u);
		if (strtab_intern(m->users, id, strlen(id)) != u) {
			err_set("customer id '%s' is duplicated or out of memory", id);
			goto fail;
		}
	}
	for (uint32_t i = 0; i < ds->n_items; i++) {
		const char *id = dataset_item_name(ds, i);
		if (strtab_intern(m->items, id, strlen(id)) != i) {
			err_set("stock code '%s' is duplicated or out of memory", id);
			goto fail;
		}
	}

	/* split */
	size_t n_test, n_val;
	t->idx = malloc(n * sizeof *t->idx);
	if (!t->idx)
		goto oom;
	model_split(n, s, t->idx, &n_test, &n_val);
	const uint32_t *tr = t->idx + n_test + n_val, *va = t->idx + n_test;
	size_t n_tr = n - n_test - n_val;
	if (n_tr == 0) {
		err_set("the training split is empty");
		goto fail;
	}
	m->info.n_train = (int64_t)n_tr;
	m->info.n_val = (int64_t)n_val;
	m->info.n_test = (int64_t)n_test;

	/* standardization from the training split only */
	double sum[RR_N_FEAT] = { 0 }, sq[RR_N_FEAT] = { 0 };
	for (size_t k = 0; k < n_tr; k++) {
		const rr_pair *p = &ds->pairs[tr[k]];
		double v[RR_N_FEAT] = { log1p(p->quantity > 0 ? p->quantity : 0),
					log1p(p->spend > 0 ? p->spend : 0) };
		for (int f = 0; f < RR_N_FEAT; f++) {
			sum[f] += v[f];
			sq[f] += v[f] * v[f];
		}
	}
	for (int f = 0; f < RR_N_FEAT; f++) {
		double mean = sum[f] / (double)n_tr, var = sq[f] / (double)n_tr - mean * mean;
		m->feat_mean[f] = (float)mean;
		m->feat_std[f] = var > 1e-12 ? (float)sqrt(var) : 1.0f;
	}
	t->feat = malloc(n * RR_N_FEAT * sizeof *t->feat);
	if (!t->feat)
		goto oom;
	for (size_t p = 0; p < n; p++)
		model_pair_feat(m, &ds->pairs[p], t->feat + p * RR_N_FEAT);
	float zf[RR_N_FEAT];
	for (int f = 0; f < RR_N_FEAT; f++)
		zf[f] = (0.0f - m->feat_mean[f]) / m->feat_std[f];

	/* vocabulary from the items of the training split, in item order */
	if (s->desc) {
		unsigned char *seen = calloc(ds->n_items + 1, 1);
		if (!seen)
			goto oom;
		for (size_t k = 0; k < n_tr; k++)
			seen[ds->pairs[tr[k]].item] = 1;
		err_clear();
		for (uint32_t i = 0; i < ds->n_items; i++)
			if (seen[i])
				model_words(ds_desc(ds, i), vocab_word, m->vocab);
		free(seen);
		if (*err_msg())
			goto fail;
	}
	if (model_words_csr(s->desc ? m->vocab : NULL, ds->n_items, ds_desc, ds, &t->wstart,
			    &t->words))
		goto fail;

	/* the network */
	if (net_alloc(&m->net, s, ds->n_users, ds->n_items, strtab_count(m->vocab), K))
		goto fail;
	rr_rng rng;
	rng_seed(&rng, s->seed, STREAM_INIT);
	net_init_params(&m->net, &rng);
	const rr_net *net = &m->net;

	/* negatives: sampler over items by training popularity^0.75 (or uniform) */
	int N = s->negatives;
	if (N > 0) {
		t->sp.n = ds->n_items;
		t->sp.cum = malloc(((size_t)ds->n_items + 1) * sizeof *t->sp.cum);
		uint32_t *cnt = calloc(ds->n_items + 1, sizeof *cnt);
		if (!t->sp.cum || !cnt) {
			free(cnt);
			goto oom;
		}
		for (size_t k = 0; k < n_tr; k++)
			cnt[ds->pairs[tr[k]].item]++;
		double c = 0;
		for (uint32_t i = 0; i < ds->n_items; i++) {
			c += s->sampling == RR_SAMPLE_UNIFORM ? 1.0 : pow((double)cnt[i], 0.75);
			t->sp.cum[i] = c;
		}
		free(cnt);
		t->sp.total = c;
	}

	/* labels of every pair and class counts of an epoch */
	int64_t counts[RR_MAX_CLASSES] = { 0 };
	for (size_t k = 0; k < n_tr; k++)
		counts[labels_class(lab, ds->pairs[tr[k]].orders)]++;
	if (N > 0)
		counts[NONE] = (int64_t)n_tr * N;
	float cw[RR_MAX_CLASSES];
	train_class_weights(s->weights, counts, K, cw);

	/* validation samples: bought pairs, then N fixed negatives each */
	t->nv_b = n_val;
	size_t cap_v = n_val * (size_t)(1 + N) + 1;
	t->vu = malloc(cap_v * sizeof *t->vu);
	t->vi = malloc(cap_v * sizeof *t->vi);
	t->vy = malloc(cap_v * sizeof *t->vy);
	t->vf = malloc(cap_v * RR_N_FEAT * sizeof *t->vf);
	if (!t->vu || !t->vi || !t->vy || !t->vf)
		goto oom;
	for (size_t k = 0; k < n_val; k++) {
		const rr_pair *p = &ds->pairs[va[k]];
		t->vu[k] = p->user;
		t->vi[k] = p->item;
		t->vy[k] = labels_class(lab, p->orders);
		memcpy(t->vf + k * RR_N_FEAT, t->feat + (size_t)va[k] * RR_N_FEAT, sizeof zf);
	}
	t->nv_all = n_val;
	if (N > 0) {
		rr_rng vr;
		rng_seed(&vr, s->seed, STREAM_VALNEG);
		for (size_t k = 0; k < n_val; k++)
			for (int j = 0; j < N; j++) {
				if ((k & 1023) == 0 && j == 0)
					work_tick(w, RR_PHASE_EVAL, "train: validation negatives",
						    (double)k, (double)n_val, 0);
				uint32_t u = t->vu[k], i = sample_negative(&t->sp, ds, u, &vr);
				if (i == UINT32_MAX)
					continue;
				size_t x = t->nv_all++;
				t->vu[x] = u;
				t->vi[x] = i;
				t->vy[x] = NONE;
				memcpy(t->vf + x * RR_N_FEAT, zf, sizeof zf);
			}
	}

	/* epoch samples and batch buffers */
	int Bmax = s->batch;
	t->cap_s = n_tr * (size_t)(1 + N);
	t->smp = malloc(t->cap_s * sizeof *t->smp);
	t->perm = malloc(t->cap_s * sizeof *t->perm);
	t->bu = malloc((size_t)Bmax * sizeof *t->bu);
	t->bi = malloc((size_t)Bmax * sizeof *t->bi);
	t->by = malloc((size_t)Bmax * sizeof *t->by);
	t->bf = malloc((size_t)Bmax * RR_N_FEAT * sizeof *t->bf);
	t->grad = malloc(net->n_dense * sizeof *t->grad);
	t->mv = calloc(2 * net->n_params, sizeof *t->mv);
	t->best = malloc(net->n_params * sizeof *t->best);
	if (!t->smp || !t->perm || !t->bu || !t->bi || !t->by ||
	    !t->bf || !t->grad || !t->mv || !t->best)
		goto oom;
	uint32_t maxw = 0;
	for (uint32_t i = 0; i < ds->n_items; i++)
		if (t->wstart[i + 1] - t->wstart[i] > maxw)
			maxw = t->wstart[i + 1] - t->wstart[i];
	size_t wcap = (size_t)Bmax * maxw;
	if (wcap > net->n_words)
		wcap = net->n_words;
	if (rowset_alloc(&t->ru, net->n_users, net->d + 1, Bmax) ||
	    rowset_alloc(&t->ri, net->n_items, net->d + 1, Bmax) ||
	    rowset_alloc(&t->rw, net->n_words, net->d, (int)wcap) ||
	    acts_alloc(&t->w, net, Bmax > 1024 ? Bmax : 1024))
		goto fail;
	float *Pm = t->mv, *Pv = t->mv + net->n_params;
	size_t off_I = (size_t)(net->itab - net->params), off_W = net->wtab ? (size_t)(net->wtab - net->params) : 0;
	rr_adam adam = { (float)s->lr, 0.9f, 0.999f, 1e-8f };

	/* the loop */
	rr_rng er;
	rng_seed(&er, s->seed, STREAM_EPOCH);
	const char *names[RR_MAX_CLASSES];
	for (int k = 0; k < nb; k++)
		names[k] = m->lab.name[k];
	double t0 = rr_now(), best_loss = INFINITY, train_time = 0;
	int best_epoch = 0, bad_epochs = 0;
	long step = 0;
	int64_t conf[RR_MAX_CLASSES * RR_MAX_CLASSES];
	rr_metrics vm;
	m->info.val_loss = NAN;
	for (int epoch = 1; epoch <= s->epochs; epoch++) {
		double te = rr_now();
		/* this epoch's samples: bought pairs (some with history masked) and fresh negatives */
		size_t ns = 0;
		for (size_t k = 0; k < n_tr; k++) {
			if ((k & 4095) == 0)
				work_tick(w, RR_PHASE_EVAL, "train: this epoch's samples", (double)k,
					    (double)n_tr, 0);
			const rr_pair *p = &ds->pairs[tr[k]];
			struct sample *x = &t->smp[ns++];
			x->user = p->user;
			x->item = p->item;
			x->label = labels_class(lab, p->orders);
			int masked = s->mask > 0 && rng_float(&er) < (float)s->mask;
			const float *f = masked ? zf : t->feat + (size_t)tr[k] * RR_N_FEAT;
			for (int j = 0; j < RR_N_FEAT; j++)
				x->feat[j] = f[j];
			for (int j = 0; j < N; j++) {
				uint32_t i = sample_negative(&t->sp, ds, p->user, &er);
				if (i == UINT32_MAX)
					continue;
				x = &t->smp[ns++];
				x->user = p->user;
				x->item = i;
				x->label = NONE;
				for (int q = 0; q < RR_N_FEAT; q++)
					x->feat[q] = zf[q];
			}
		}
		for (size_t k = 0; k < ns; k++)
			t->perm[k] = (uint32_t)k;
		for (size_t k = ns; k > 1; k--) {
			size_t j = (size_t)rng_below(&er, k);
			uint32_t x = t->perm[k - 1];
			t->perm[k - 1] = t->perm[j];
			t->perm[j] = x;
		}
		size_t nbatch = (ns + (size_t)Bmax - 1) / (size_t)Bmax;
		double eloss = 0, ewsum = 0;
		int stopping = 0;
		for (size_t bt = 0; bt < nbatch && !stopping; bt++) {
			size_t s0 = bt * (size_t)Bmax;
			int B = (int)(ns - s0 < (size_t)Bmax ? ns - s0 : (size_t)Bmax);
			for (int k = 0; k < B; k++) {
				const struct sample *x = &t->smp[t->perm[s0 + (size_t)k]];
				t->bu[k] = x->user;
				t->bi[k] = x->item;
				t->by[k] = x->label;
				for (int j = 0; j < RR_N_FEAT; j++)
					t->bf[RR_N_FEAT * k + j] = x->feat[j];
			}
			net_forward(net, &t->w, B, t->bu, t->bi, t->bf, t->bi, t->wstart, t->words,
				    (float)s->dropout, &er);
			float *z = t->w.x[net->n_layers];
			double ws;
			double l = nn_softmax_ce_forward(z, z, t->by, cw, B, K, &ws);
			eloss += l;
			ewsum += ws;
			nn_softmax_ce_backward(t->w.dx[net->n_layers], z, t->by, cw, B, K, (float)ws);
			memset(t->grad, 0, net->n_dense * sizeof *t->grad);
			net_backward(net, &t->w, B, t->bu, t->bi, t->bi, t->wstart, t->words, t->grad,
				     &t->ru, &t->ri, net->desc ? &t->rw : NULL);
			step++;
			nn_adam_step(net->params + net->dense_off, t->grad, Pm + net->dense_off,
				     Pv + net->dense_off, net->n_dense, &adam, step);
			nn_adam_rows(net->utab, Pm, Pv, net->d + 1, t->ru.rows, t->ru.n, t->ru.grad,
				     &adam, step);
			nn_adam_rows(net->itab, Pm + off_I, Pv + off_I, net->d + 1, t->ri.rows, t->ri.n,
				     t->ri.grad, &adam, step);
			if (net->desc)
				nn_adam_rows(net->wtab, Pm + off_W, Pv + off_W, net->d, t->rw.rows, t->rw.n,
					     t->rw.grad, &adam, step);
			rowset_clear(&t->ru);
			rowset_clear(&t->ri);
			rowset_clear(&t->rw);
			m->info.samples += B;
			if ((bt + 1) % BATCH_EVERY == 0 || bt + 1 == nbatch) {
				double el = rr_now() - te;
				rr_progress p = { .phase = RR_PHASE_BATCH, .what = "train",
						  .done = (double)(bt + 1), .total = (double)nbatch,
						  .epoch = epoch, .epochs = s->epochs,
						  .train_loss = ewsum > 0 ? eloss / ewsum : 0,
						  .seconds = rr_now() - t0,
						  .samples_per_s = el > 0 ? (double)(s0 + (size_t)B) / el : 0 };
				work_report(w, &p, 1);   /* every BATCH_EVERY batches, not by time */
			}
			if (work_stopped(w))
				stopping = 1;
		}
		if (stopping) {
			m->info.stopped = 1;
			train_time += rr_now() - te;
			break;
		}
		double vloss = n_val ? validate(t, cw, conf) : NAN;
		double el = rr_now() - te;
		train_time += el;
		m->info.epochs_run = epoch;
		m->info.train_loss = ewsum > 0 ? eloss / ewsum : 0;
		if (n_val)
			metrics_from_confusion(&vm, conf, nb);
		rr_progress p = { .phase = RR_PHASE_EPOCH, .what = "train", .done = epoch,
				  .total = s->epochs, .epoch = epoch, .epochs = s->epochs,
				  .train_loss = m->info.train_loss, .val_loss = vloss,
				  .val_macro_f1 = n_val ? vm.macro_f1 : 0, .seconds = rr_now() - t0,
				  .samples_per_s = el > 0 ? (double)ns / el : 0, .n_classes = nb,
				  .class_names = names, .confusion = n_val ? vm.conf : NULL,
				  .precision = n_val ? vm.precision : NULL,
				  .recall = n_val ? vm.recall : NULL, .f1 = n_val ? vm.f1 : NULL };
		int ask = work_report(w, &p, 1);
		m->info.val_loss = vloss;
		if (n_val && vloss < best_loss) {
			best_loss = vloss;
			best_epoch = epoch;
			bad_epochs = 0;
			memcpy(t->best, net->params, net->n_params * sizeof *t->best);
		} else if (n_val) {
			bad_epochs++;
		}
		if (ask) {
			m->info.stopped = 1;
			break;
		}
		if (s->patience > 0 && n_val && bad_epochs >= s->patience) {
			m->info.early_stopped = 1;
			break;
		}
	}
	/* keep the best weights when early stopping is on or the user stopped the run (a stop
	 * mid-epoch has moved the weights since, so restore even when the best is the last) */
	if (best_epoch && (s->patience > 0 || m->info.stopped)) {
		memcpy(net->params, t->best, net->n_params * sizeof *t->best);
		m->info.best_epoch = best_epoch;
		m->info.val_loss = best_loss;
	}
	m->info.seconds = rr_now() - t0;
	m->info.samples_per_s = train_time > 0 ? (double)m->info.samples / train_time : 0;
	{
		rr_progress p = { .phase = RR_PHASE_DONE, .what = "train",
				  .epoch = m->info.epochs_run, .epochs = s->epochs,
				  .train_loss = m->info.train_loss, .val_loss = m->info.val_loss,
				  .seconds = m->info.seconds, .samples_per_s = m->info.samples_per_s };
		work_report(w, &p, 1);
	}
	trainer_free(t);
	if (model_bind(m, ds)) {
		model_free(m);
		return NULL;
	}
	return m;
oom:
	err_set("out of memory while training");
fail:
	trainer_free(t);
	model_free(m);
	return NULL;
}
