/* modelfile.c — model files (DESIGN §9). Layout, all integers and floats little-endian:
 *
 *   "RELRECM\0"  u32 format version  u64 payload length L  payload (L bytes)  u32 CRC-32
 *
 * the CRC (zlib's crc32) covering everything before it. The payload holds the settings, the
 * label edges, the class names, the id tables (customer ids, stock codes, description words, as
 * text so `open` can map the model onto whatever data is loaded), the standardization of the
 * history features, what training did, and the parameters. Written whole to PATH.tmp, fsynced
 * and renamed, so a crash never leaves a half-written model under PATH. Loading checks the
 * magic, the version, the length, the checksum, then every field, and says what is wrong. */
#include "model_priv.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "afile.h"
#include "err.h"

static const char MAGIC[8] = { 'R', 'E', 'L', 'R', 'E', 'C', 'M', '\0' };
#define HEAD 20   /* magic + version + payload length */

/* ==== writing into a growing buffer ==== */

typedef struct wbuf {
	unsigned char *p;
	size_t n, cap;
	int oom;
} wbuf;

static void put(wbuf *b, const void *src, size_t n)
{
	if (b->oom)
		return;
	if (b->n + n > b->cap) {
		size_t nc = b->cap ? b->cap : 4096;
		while (nc < b->n + n)
			nc *= 2;
		unsigned char *np = realloc(b->p, nc);
		if (!np) {
			b->oom = 1;
			return;
		}
		b->p = np;
		b->cap = nc;
	}
	memcpy(b->p + b->n, src, n);
	b->n += n;
}

static void put_u32(wbuf *b, uint32_t v)
{
	unsigned char x[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
			       (unsigned char)(v >> 24) };
	put(b, x, 4);
}

static void put_u64(wbuf *b, uint64_t v)
{
	put_u32(b, (uint32_t)v);
	put_u32(b, (uint32_t)(v >> 32));
}

static void put_i32(wbuf *b, int v) { put_u32(b, (uint32_t)v); }

static void put_f64(wbuf *b, double v)
{
	uint64_t u;
	memcpy(&u, &v, 8);
	put_u64(b, u);
}

static void put_f32(wbuf *b, float v)
{
	uint32_t u;
	memcpy(&u, &v, 4);
	put_u32(b, u);
}

static void put_str(wbuf *b, const char *s)
{
	size_t n = strlen(s);
	put_u32(b, (uint32_t)n);
	put(b, s, n);
}

static void put_strtab(wbuf *b, const rr_strtab *t)
{
	uint32_t n = strtab_count(t);
	put_u32(b, n);
	for (uint32_t i = 0; i < n; i++)
		put_str(b, strtab_get(t, i));
}

int model_save(const rr_model *m, const char *path)
{
	wbuf b = { 0 };
	put(&b, MAGIC, 8);
	put_u32(&b, RR_MODEL_FORMAT);
	put_u64(&b, 0); /* payload length, patched below */
	const rr_settings *s = &m->set;
	put_i32(&b, s->variant);
	put_i32(&b, s->dim);
	put_i32(&b, s->n_hidden);
	for (int l = 0; l < RR_MAX_HIDDEN; l++)
		put_i32(&b, s->hidden[l]);
	put_f64(&b, s->dropout);
	put_f64(&b, s->lr);
	put_i32(&b, s->batch);
	put_i32(&b, s->epochs);
	put_i32(&b, s->patience);
	put_i32(&b, (int)s->weights);
	put_i32(&b, s->negatives);
	put_i32(&b, (int)s->sampling);
	put_f64(&b, s->mask);
	put_i32(&b, s->desc);
	put_u64(&b, s->seed);
	put_f64(&b, s->test);
	put_f64(&b, s->val);
	put_i32(&b, s->threads);
	put_i32(&b, m->lab.n_edges);
	for (int e = 0; e < m->lab.n_edges; e++)
		put_u32(&b, m->lab.edge[e]);
	put_i32(&b, m->n_classes);
	for (int c = 0; c < m->n_classes; c++)
		put_str(&b, model_class_name(m, c));
	put_strtab(&b, m->users);
	put_strtab(&b, m->items);
	put_strtab(&b, m->vocab);
	for (int f = 0; f < RR_N_FEAT; f++) {
		put_f32(&b, m->feat_mean[f]);
		put_f32(&b, m->feat_std[f]);
	}
	const rr_train_info *in = &m->info;
	put_i32(&b, in->epochs_run);
	put_i32(&b, in->best_epoch);
	put_i32(&b, in->stopped);
	put_i32(&b, in->early_stopped);
	put_f64(&b, in->seconds);
	put_f64(&b, in->samples_per_s);
	put_f64(&b, in->train_loss);
	put_f64(&b, in->val_loss);
	put_u64(&b, (uint64_t)in->samples);
	put_u64(&b, (uint64_t)in->n_train);
	put_u64(&b, (uint64_t)in->n_val);
	put_u64(&b, (uint64_t)in->n_test);
	put_u64(&b, m->net.n_params);
	for (size_t i = 0; i < m->net.n_params; i++)
		put_f32(&b, m->net.params[i]);
	if (b.oom) {
		free(b.p);
		return err_set("out of memory writing '%s'", path);
	}
	uint64_t L = b.n - HEAD;
	for (int k = 0; k < 8; k++)
		b.p[12 + k] = (unsigned char)(L >> (8 * k));
	put_u32(&b, (uint32_t)crc32(0L, b.p, (uInt)b.n));
	if (b.oom) {
		free(b.p);
		return err_set("out of memory writing '%s'", path);
	}

	rr_afile af;
	if (afile_open(&af, path, "wb") != 0) {
		free(b.p);
		return -1;
	}
	int bad = fwrite(b.p, 1, b.n, af.f) != b.n;
	free(b.p);
	if (bad) {
		afile_abort(&af);
		return err_set("cannot write '%s': %s", path, strerror(errno ? errno : EIO));
	}
	return afile_commit(&af);
}

/* ==== reading ==== */

typedef struct rbuf {
	const unsigned char *p;
	size_t n, at;
	int bad;          /* 1 = read past the end */
} rbuf;

static int get(rbuf *r, void *dst, size_t n)
{
	if (r->bad || r->n - r->at < n) {
		r->bad = 1;
		memset(dst, 0, n);
		return -1;
	}
	memcpy(dst, r->p + r->at, n);
	r->at += n;
	return 0;
}

static uint32_t get_u32(rbuf *r)
{
	unsigned char x[4];
	get(r, x, 4);
	return (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 | (uint32_t)x[3] << 24;
}

static uint64_t get_u64(rbuf *r)
{
	uint64_t lo = get_u32(r);
	return lo | (uint64_t)get_u32(r) << 32;
}

static int get_i32(rbuf *r) { return (int)get_u32(r); }

static double get_f64(rbuf *r)
{
	uint64_t u = get_u64(r);
	double v;
	memcpy(&v, &u, 8);
	return v;
}

static float get_f32(rbuf *r)
{
	uint32_t u = get_u32(r);
	float v;
	memcpy(&v, &u, 4);
	return v;
}

/* A string into a strtab, which must give it id `want` (ids are row indices: a duplicate
 * would make two rows one). Returns 0 or -1 (r->bad or a message set). */
static int get_strtab(rbuf *r, rr_strtab *t, const char *path, const char *what)
{
	uint32_t n = get_u32(r);
	if (r->bad)
		return -1;
	if (n > r->n - r->at) /* every entry takes at least 4 bytes: cheap bound on garbage */
		return err_set("'%s' is corrupt: %u %s cannot fit in the file", path, n, what);
	for (uint32_t i = 0; i < n; i++) {
		uint32_t len = get_u32(r);
		if (r->bad || len > r->n - r->at) {
			r->bad = 1;
			return -1;
		}
		uint32_t id = strtab_intern(t, (const char *)r->p + r->at, len);
		if (id == RR_NONE)
			return err_set("out of memory reading '%s'", path);
		if (id != i)
			return err_set("'%s' is corrupt: %s '%.*s' appears twice", path, what,
				       (int)(len > 40 ? 40 : len), (const char *)r->p + r->at);
		r->at += len;
	}
	return 0;
}

static int read_all(const char *path, unsigned char **out, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return err_set("cannot open '%s': %s", path, strerror(errno));
	size_t cap = 1 << 16, len = 0;
	unsigned char *p = malloc(cap);
	while (p) {
		if (len == cap) {
			unsigned char *np = realloc(p, cap * 2);
			if (!np) {
				free(p);
				p = NULL;
				break;
			}
			p = np;
			cap *= 2;
		}
		size_t k = fread(p + len, 1, cap - len, f);
		len += k;
		if (k == 0)
			break;
	}
	int e = ferror(f) ? errno : 0;
	fclose(f);
	if (!p)
		return err_set("out of memory reading '%s'", path);
	if (e) {
		free(p);
		return err_set("cannot read '%s': %s", path, strerror(e));
	}
	*out = p;
	*n = len;
	return 0;
}

rr_model *model_load(const char *path)
{
	unsigned char *buf = NULL;
	size_t n = 0;
	if (read_all(path, &buf, &n))
		return NULL;
	rr_model *m = NULL;
	rbuf r = { buf, n, 0, 0 };
	/* the envelope: magic, version, length, checksum */
	if (memcmp(buf, MAGIC, n < 8 ? n : 8) != 0) {
		err_set("'%s' is not a relrec model file", path);
		goto out;
	}
	if (n < HEAD + 4) {
		err_set("'%s' is truncated", path);
		goto out;
	}
	r.at = 8;
	uint32_t version = get_u32(&r);
	if (version > RR_MODEL_FORMAT) {
		err_set("'%s': format version %u is newer than this relrec (%d)", path, version,
			RR_MODEL_FORMAT);
		goto out;
	}
	if (version == 0) {
		err_set("'%s': format version 0 is not a version relrec ever wrote", path);
		goto out;
	}
	uint64_t L = get_u64(&r);
	if (L > n - HEAD - 4) {
		err_set("'%s' is truncated (%zu of %llu bytes)", path, n,
			(unsigned long long)(L + HEAD + 4));
		goto out;
	}
	if (L < n - HEAD - 4) {
		err_set("'%s' has %llu bytes of unexpected data after the model", path,
			(unsigned long long)(n - HEAD - 4 - L));
		goto out;
	}
	uint32_t want = (uint32_t)buf[n - 4] | (uint32_t)buf[n - 3] << 8 |
			(uint32_t)buf[n - 2] << 16 | (uint32_t)buf[n - 1] << 24;
	if ((uint32_t)crc32(0L, buf, (uInt)(n - 4)) != want) {
		err_set("'%s': checksum mismatch (the file is damaged)", path);
		goto out;
	}
	r.n = n - 4;

	/* the payload */
	if (!(m = model_new_shell()))
		goto out;
	rr_settings *s = &m->set;
	memset(s, 0, sizeof *s);
	s->variant = get_i32(&r);
	s->dim = get_i32(&r);
	s->n_hidden = get_i32(&r);
	for (int l = 0; l < RR_MAX_HIDDEN; l++)
		s->hidden[l] = get_i32(&r);
	s->dropout = get_f64(&r);
	s->lr = get_f64(&r);
	s->batch = get_i32(&r);
	s->epochs = get_i32(&r);
	s->patience = get_i32(&r);
	int w = get_i32(&r);
	s->negatives = get_i32(&r);
	int sm = get_i32(&r);
	s->mask = get_f64(&r);
	s->desc = get_i32(&r);
	s->seed = get_u64(&r);
	s->test = get_f64(&r);
	s->val = get_f64(&r);
	s->threads = get_i32(&r);
	if (r.bad)
		goto trunc;
	if (w < 0 || w > RR_W_SQRT || sm < 0 || sm > RR_SAMPLE_UNIFORM || s->dim < 1 ||
	    s->dim > 4096 || s->n_hidden < 1 || s->n_hidden > RR_MAX_HIDDEN || s->negatives < 0 ||
	    !(s->test >= 0 && s->test < 1) || !(s->val >= 0 && s->val < 1) ||
	    (s->desc != 0 && s->desc != 1)) {
		err_set("'%s' is corrupt: its settings are out of range", path);
		goto fail;
	}
	for (int l = 0; l < s->n_hidden; l++)
		if (s->hidden[l] < 1 || s->hidden[l] > 65536) {
			err_set("'%s' is corrupt: hidden layer %d has width %d", path, l + 1, s->hidden[l]);
			goto fail;
		}
	s->weights = (enum rr_weights)w;
	s->sampling = (enum rr_sampling)sm;

	int ne = get_i32(&r);
	if (r.bad)
		goto trunc;
	if (ne < 1 || ne > RR_MAX_EDGES) {
		err_set("'%s' is corrupt: %d label edges", path, ne);
		goto fail;
	}
	long edges[RR_MAX_EDGES];
	for (int e = 0; e < ne; e++)
		edges[e] = (long)get_u32(&r);
	if (r.bad)
		goto trunc;
	if (labels_check(ne, edges) != 0) {
		err_prefix("'%s' is corrupt: its label edges", path);
		goto fail;
	}
	labels_set(&m->lab, ne, edges);
	m->n_bought = m->lab.n_classes;
	m->n_classes = get_i32(&r);
	if (r.bad)
		goto trunc;
	if (m->n_classes != m->n_bought + (s->negatives > 0)) {
		err_set("'%s' is corrupt: %d classes for %d label edges", path, m->n_classes, ne);
		goto fail;
	}
	for (int c = 0; c < m->n_classes; c++) {
		uint32_t len = get_u32(&r);
		char name[64];
		if (r.bad || len >= sizeof name) {
			if (r.bad)
				goto trunc;
			err_set("'%s' is corrupt: a class name of %u bytes", path, len);
			goto fail;
		}
		if (get(&r, name, len))
			goto trunc;
		name[len] = '\0';
		if (strcmp(name, model_class_name(m, c)) != 0) {
			err_set("'%s' is corrupt: class %d is '%s', expected '%s'", path, c, name,
				model_class_name(m, c));
			goto fail;
		}
	}
	if (get_strtab(&r, m->users, path, "customer id") ||
	    get_strtab(&r, m->items, path, "stock code") ||
	    get_strtab(&r, m->vocab, path, "word")) {
		if (r.bad)
			goto trunc;
		goto fail;
	}
	for (int f = 0; f < RR_N_FEAT; f++) {
		m->feat_mean[f] = get_f32(&r);
		m->feat_std[f] = get_f32(&r);
		if (!isfinite(m->feat_mean[f]) || !(m->feat_std[f] > 0) || !isfinite(m->feat_std[f])) {
			if (r.bad)
				goto trunc;
			err_set("'%s' is corrupt: its feature standardization is invalid", path);
			goto fail;
		}
	}
	rr_train_info *in = &m->info;
	in->epochs_run = get_i32(&r);
	in->best_epoch = get_i32(&r);
	in->stopped = get_i32(&r);
	in->early_stopped = get_i32(&r);
	in->seconds = get_f64(&r);
	in->samples_per_s = get_f64(&r);
	in->train_loss = get_f64(&r);
	in->val_loss = get_f64(&r);
	in->samples = (int64_t)get_u64(&r);
	in->n_train = (int64_t)get_u64(&r);
	in->n_val = (int64_t)get_u64(&r);
	in->n_test = (int64_t)get_u64(&r);
	uint64_t np = get_u64(&r);
	if (r.bad)
		goto trunc;
	if (net_alloc(&m->net, s, strtab_count(m->users), strtab_count(m->items),
		      strtab_count(m->vocab), m->n_classes))
		goto fail;
	if (np != m->net.n_params) {
		err_set("'%s' is corrupt: %llu parameters where its shapes need %zu", path,
			(unsigned long long)np, m->net.n_params);
		goto fail;
	}
	if (r.n - r.at != np * 4) {
		if (r.n - r.at < np * 4)
			goto trunc;
		err_set("'%s' is corrupt: %zu bytes left over after the parameters", path,
			r.n - r.at - (size_t)np * 4);
		goto fail;
	}
	for (size_t i = 0; i < np; i++) {
		float v = get_f32(&r);
		if (!isfinite(v)) {
			err_set("'%s' is corrupt: parameter %zu is not a finite number", path, i);
			goto fail;
		}
		m->net.params[i] = v;
	}
	free(buf);
	return m;
trunc:
	/* the checksum matched, so the writer itself stopped short: say so */
	err_set("'%s' is corrupt: its contents end early", path);
fail:
	model_free(m);
	m = NULL;
out:
	free(buf);
	return m;
}
