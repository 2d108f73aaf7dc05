/* modelfile.c — model files (DESIGN §9). Layout, all integers and floats little-endian:
 *
 *   "RELRECM\0"  u32 format version  u64 payload length L  payload (L bytes)  u32 CRC-32
 *
 * the CRC (zlib's crc32) covering everything before it. The payload holds the settings, the
 * label edges, the class names, the id tables (customer ids, stock codes, description words, as
 * text so `open` can map the model onto whatever data is loaded), the standardization of the
 * history features, what training did (from format 3 with a print of the training pairs, so
 * open can tell the same data in another row order from other data), and the parameters. Written whole to PATH.tmp, fsynced
 * and renamed, so a crash never leaves a half-written model under PATH. Loading checks the
 * magic, the version, the length, the checksum, then every field, and says what is wrong. */
#include "model_priv.h"
#include "textesc.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "afile.h"
#include "err.h"

static const char MAGIC[8] = RR_MODEL_MAGIC;
#define HEAD 20   /* magic + version + payload length */

/* ==== writing into a growing buffer ==== */

typedef struct wbuf {
	unsigned char *p;
	size_t n, cap;
	int oom;
} wbuf;

static void put(wbuf *b, const void *src, size_t n)
{
	if (b->oom || n == 0)   /* an empty string before the first write: b->p is still NULL */
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

/* Every setting of the table as (name, text): adding a setting changes no format. */
static void put_settings(wbuf *b, const rr_settings *s)
{
	uint32_t n = 0;
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++)
		n++;
	put_u32(b, n);
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
		char text[128];
		put_str(b, d->name);
		put_str(b, settings_get(s, d->name, text, sizeof text));
	}
}

int model_save(const rr_model *m, const char *path)
{
	wbuf b = { 0 };
	put(&b, MAGIC, 8);
	put_u32(&b, RR_MODEL_FORMAT);
	put_u64(&b, 0); /* payload length, patched below */
	put_settings(&b, &m->set);
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
	put_u64(&b, in->pairs_print);   /* format 3 */
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
	put_u32(&b, (uint32_t)crc32_z(0L, b.p, b.n));
	if (b.oom) {
		free(b.p);
		return err_set("out of memory writing '%s'", path);
	}

	rr_afile af;
	if (afile_open(&af, path, "wbm") != 0) {
		free(b.p);
		return -1;
	}
	int bad = fwrite(b.p, 1, b.n, af.f) != b.n;
	free(b.p);
	if (bad) {
		int e = afile_error(&af);
		afile_abort(&af);
		return err_set("cannot write '%s': %s", path, strerror(e ? e : EIO));
	}
	return afile_commit(&af);
}

/* ==== reading: primitives ==== */

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

/* Is s[0..n) text a load could have given: UTF-8 without a NUL byte (the loads convert every
 * file to UTF-8 and refuse a NUL; t65 F17: a model whose ids held NUL and C0 7F, its CRC made
 * right, was opened and saved back)? */
static int text_well_formed(const unsigned char *s, size_t n)
{
	unsigned long cp;
	for (size_t k = 0; k < n;) {
		size_t len = s[k] < 0x80 ? 1 : textesc_utf8(s + k, n - k, &cp);
		if (!len || s[k] == 0)
			return 0;
		k += len;
	}
	return 1;
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
		if (!text_well_formed(r->p + r->at, len))
			return err_set("'%s' is corrupt: %s %u holds a NUL byte or bytes that are not "
				       "UTF-8, as no loaded file's does", path, what, i + 1);
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

/* ==== reading the envelope within bounds ==== */

/* The largest payload relrec accepts: far above any model it writes (10 M customers × 1,025
 * floats is 41 GB, beyond RR_MODEL_MAX anyway; Online Retail's is a few MB), and it bounds what a
 * forged header can make it allocate. */
#define RR_MODEL_MAX ((uint64_t)16 << 30)

/* Read up to n bytes; returns how many (fewer only at end of file), or -1 with errno. A
 * signal that interrupts a read (Ctrl-C, SIGTERM: relrec's handlers do not restart reads)
 * ends it with EINTR: a FIFO whose writer stalls must not hold the session (t13). */
static ssize_t read_full(int fd, unsigned char *p, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = read(fd, p + got, n - got);
		if (k < 0)
			return -1;
		if (k == 0)
			break;
		got += (size_t)k;
	}
	return (ssize_t)got;
}

/* Check the header: magic, version, payload length. 0 or -1 with err_set. */
static int check_head(const char *path, const unsigned char *h, size_t got, uint64_t *L,
		      uint32_t *version)
{
	if (got == 0)
		return err_set("'%s' is empty", path);
	if (memcmp(h, MAGIC, got < 8 ? got : 8) != 0)
		return err_set("'%s' is not a relrec model file", path);
	if (got < HEAD)
		return err_set("'%s' is truncated", path);
	*version = (uint32_t)h[8] | (uint32_t)h[9] << 8 | (uint32_t)h[10] << 16 | (uint32_t)h[11] << 24;
	if (*version > RR_MODEL_FORMAT)
		return err_set("'%s': format version %u is newer than this relrec (%d)", path,
			       *version, RR_MODEL_FORMAT);
	if (*version == 0)
		return err_set("'%s': format version 0 is not a version relrec ever wrote", path);
	*L = 0;
	for (int k = 7; k >= 0; k--)
		*L = *L << 8 | h[12 + k];
	if (*L > RR_MODEL_MAX)
		return err_set("'%s' is corrupt: it claims %llu bytes of model (the limit is %llu)",
			       path, (unsigned long long)*L, (unsigned long long)RR_MODEL_MAX);
	return 0;
}

/* The whole file, header first: nothing is read past the length the header states, and a
 * regular file's size must match it. 0 with *out (caller frees) and *n its length, or -1
 * with err_set. The checksum and the contents are model_load_mem's. */
static int read_model_bytes(int fd, const char *path, unsigned char **out, size_t *n)
{
	struct stat st;
	if (fstat(fd, &st) != 0)
		return err_set("cannot read '%s': %s", path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return err_set("cannot open '%s': it is a directory", path);
	unsigned char h[HEAD];
	ssize_t got = read_full(fd, h, HEAD);
	if (got < 0)
		return err_set(errno == EINTR ? "reading '%s' was interrupted" : "cannot read '%s': %s",
			       path, strerror(errno));
	uint64_t L = 0;
	uint32_t version;
	if (check_head(path, h, (size_t)got, &L, &version) != 0)
		return -1;
	size_t total = (size_t)(HEAD + L + 4);
	if (S_ISREG(st.st_mode) && (uint64_t)st.st_size < total)
		return err_set("'%s' is truncated (%llu of %zu bytes)", path,
			       (unsigned long long)st.st_size, total);
	if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > total)
		return err_set("'%s' has %llu bytes of unexpected data after the model", path,
			       (unsigned long long)st.st_size - total);
	unsigned char *p = malloc(total);
	if (!p)
		return err_set("out of memory reading '%s' (%zu bytes)", path, total);
	memcpy(p, h, HEAD);
	ssize_t k = read_full(fd, p + HEAD, total - HEAD);
	unsigned char extra;
	if (k >= 0 && (size_t)k == total - HEAD && read_full(fd, &extra, 1) == 1)
		k = -2;
	if (k < 0 || (size_t)k < total - HEAD) {
		int e = errno;
		free(p);
		if (k == -2)
			return err_set("'%s' has unexpected data after the model", path);
		if (k < 0)
			return err_set(e == EINTR ? "reading '%s' was interrupted" : "cannot read '%s': %s",
				       path, strerror(e));
		return err_set("'%s' is truncated (%zu of %zu bytes)", path, (size_t)k + HEAD, total);
	}
	*out = p;
	*n = total;
	return 0;
}

/* ==== reading the payload ==== */

/* A length-prefixed string of at most max-1 bytes into buf. 0 or -1 (r->bad or err_set). */
static int get_text(rbuf *r, char *buf, size_t max, const char *path, const char *what)
{
	uint32_t len = get_u32(r);
	if (r->bad)
		return -1;
	if (len >= max || len > r->n - r->at)
		return err_set("'%s' is corrupt: a %s of %u bytes", path, what, len);
	get(r, buf, len);
	buf[len] = '\0';
	return 0;
}

/* Format 2: (name, text) pairs, each through settings_put; a setting the file lacks keeps
 * its default, one this relrec does not know is refused. Then the whole set is validated. */
static int get_settings_v2(rbuf *r, rr_settings *s, const char *path)
{
	settings_default(s);
	uint32_t n = get_u32(r);
	if (r->bad)
		return -1;
	if (n > 1000)
		return err_set("'%s' is corrupt: %u settings", path, n);
	for (uint32_t i = 0; i < n; i++) {
		char name[64], text[128];
		if (get_text(r, name, sizeof name, path, "setting name") ||
		    get_text(r, text, sizeof text, path, "setting value"))
			return -1;
		if (settings_put(s, name, text) != 0)
			return err_prefix("'%s' is corrupt: its settings", path);
	}
	return settings_validate(s) ? err_prefix("'%s' is corrupt: its settings", path) : 0;
}

/* Format 1: the fixed binary record of relrec's first version, checked by the same table. */
static int get_settings_v1(rbuf *r, rr_settings *s, const char *path)
{
	memset(s, 0, sizeof *s);
	s->variant = get_i32(r);
	s->dim = get_i32(r);
	s->n_hidden = get_i32(r);
	for (int l = 0; l < RR_MAX_HIDDEN; l++)
		s->hidden[l] = get_i32(r);
	s->dropout = get_f64(r);
	s->lr = get_f64(r);
	s->batch = get_i32(r);
	s->epochs = get_i32(r);
	s->patience = get_i32(r);
	s->weights = get_i32(r);
	s->negatives = get_i32(r);
	s->sampling = get_i32(r);
	s->mask = get_f64(r);
	s->desc = get_i32(r);
	s->seed = get_u64(r);
	s->test = get_f64(r);
	s->val = get_f64(r);
	s->threads = get_i32(r);
	if (r->bad)
		return -1;
	return settings_validate(s) ? err_prefix("'%s' is corrupt: its settings", path) : 0;
}

/* Label edges and the class names they imply. 0 or -1. */
static int get_labels(rbuf *r, rr_model *m, const char *path)
{
	int ne = get_i32(r);
	if (r->bad)
		return -1;
	if (ne < 1 || ne > RR_MAX_EDGES)
		return err_set("'%s' is corrupt: %d label edges", path, ne);
	long edges[RR_MAX_EDGES];
	for (int e = 0; e < ne; e++)
		edges[e] = (long)get_u32(r);
	if (r->bad)
		return -1;
	if (labels_check(ne, edges) != 0)
		return err_prefix("'%s' is corrupt: its label edges", path);
	labels_set(&m->lab, ne, edges);
	m->n_bought = m->lab.n_classes;
	m->n_classes = get_i32(r);
	if (r->bad)
		return -1;
	if (m->n_classes != m->n_bought + (m->set.negatives > 0))
		return err_set("'%s' is corrupt: %d classes for %d label edges", path, m->n_classes,
			       ne);
	for (int c = 0; c < m->n_classes; c++) {
		char name[64];
		if (get_text(r, name, sizeof name, path, "class name"))
			return -1;
		if (strcmp(name, model_class_name(m, c)) != 0)
			return err_set("'%s' is corrupt: class %d is '%s', expected '%s'", path, c,
				       name, model_class_name(m, c));
	}
	return 0;
}

/* The id tables, the feature standardization and what training did (from format 3, with the
 * print of its pairs; before, 0: open then judges the data by pair count and ids). 0 or -1. */
static int get_tables(rbuf *r, rr_model *m, const char *path, uint32_t version)
{
	if (get_strtab(r, m->users, path, "customer id") || get_strtab(r, m->items, path, "stock code") ||
	    get_strtab(r, m->vocab, path, "word"))
		return -1;
	for (int f = 0; f < RR_N_FEAT; f++) {
		m->feat_mean[f] = get_f32(r);
		m->feat_std[f] = get_f32(r);
		if (r->bad)
			return -1;
		if (!isfinite(m->feat_mean[f]) || !(m->feat_std[f] > 0) || !isfinite(m->feat_std[f]))
			return err_set("'%s' is corrupt: its feature standardization is invalid", path);
	}
	rr_train_info *in = &m->info;
	in->epochs_run = get_i32(r);
	in->best_epoch = get_i32(r);
	in->stopped = get_i32(r);
	in->early_stopped = get_i32(r);
	in->seconds = get_f64(r);
	in->samples_per_s = get_f64(r);
	in->train_loss = get_f64(r);
	in->val_loss = get_f64(r);
	in->samples = (int64_t)get_u64(r);
	in->n_train = (int64_t)get_u64(r);
	in->n_val = (int64_t)get_u64(r);
	in->n_test = (int64_t)get_u64(r);
	in->pairs_print = version >= 3 ? get_u64(r) : 0;
	if (r->bad)
		return -1;
	if (in->epochs_run < 0 || in->epochs_run > m->set.epochs || in->best_epoch < 0 ||
	    in->best_epoch > in->epochs_run || in->n_train < 0 || in->n_val < 0 || in->n_test < 0)
		return err_set("'%s' is corrupt: its training record is inconsistent", path);
	return 0;
}

/* The parameters: their count must match the shapes and the bytes left before anything is
 * allocated, so a forged header cannot ask for more memory than the file holds. 0 or -1. */
static int get_params(rbuf *r, rr_model *m, const char *path)
{
	uint64_t np = get_u64(r);
	if (r->bad)
		return -1;
	rr_net shape;
	if (net_shape(&shape, &m->set, strtab_count(m->users), strtab_count(m->items),
		      strtab_count(m->vocab), m->n_classes))
		return -1;
	if (np != shape.n_params)
		return err_set("'%s' is corrupt: %llu parameters where its shapes need %zu", path,
			       (unsigned long long)np, shape.n_params);
	if ((r->n - r->at) / 4 != np || (r->n - r->at) % 4 != 0) {
		if (r->n - r->at < np * 4)
			return r->bad = 1, -1;
		return err_set("'%s' is corrupt: %zu bytes left over after the parameters", path,
			       r->n - r->at - (size_t)np * 4);
	}
	if (net_alloc(&m->net, &m->set, strtab_count(m->users), strtab_count(m->items),
		      strtab_count(m->vocab), m->n_classes))
		return -1;
	for (size_t i = 0; i < np; i++) {
		float v = get_f32(r);
		if (!isfinite(v))
			return err_set("'%s' is corrupt: parameter %zu is not a finite number", path, i);
		m->net.params[i] = v;
	}
	return 0;
}

/* The envelope of a file in memory: header, exact length, checksum. 0 with the payload's
 * end in *end and the version, or -1 with err_set. */
static int check_envelope(const unsigned char *p, size_t n, const char *name, size_t *end,
			  uint32_t *version)
{
	uint64_t L = 0;
	if (check_head(name, p, n < HEAD ? n : HEAD, &L, version) != 0)
		return -1;
	size_t total = (size_t)(HEAD + L + 4);
	if (n < total)
		return err_set("'%s' is truncated (%zu of %zu bytes)", name, n, total);
	if (n > total)
		return err_set("'%s' has %zu bytes of unexpected data after the model", name,
			       n - total);
	uint32_t want = (uint32_t)p[total - 4] | (uint32_t)p[total - 3] << 8 |
			(uint32_t)p[total - 2] << 16 | (uint32_t)p[total - 1] << 24;
	/* crc32_z: crc32's length is 32 bits, and a model may pass 4 GB */
	if ((uint32_t)crc32_z(0L, p, total - 4) != want)
		return err_set("'%s': checksum mismatch (the file is damaged)", name);
	*end = total - 4;
	return 0;
}

rr_model *model_load_mem(const void *data, size_t n, const char *name)
{
	size_t end = 0;
	uint32_t version = 0;
	if (check_envelope(data, n, name, &end, &version) != 0)
		return NULL;
	rr_model *m = model_new_shell();
	rbuf r = { data, end, HEAD, 0 };
	if (m && (version == 1 ? get_settings_v1(&r, &m->set, name)
			       : get_settings_v2(&r, &m->set, name)) == 0 &&
	    get_labels(&r, m, name) == 0 && get_tables(&r, m, name, version) == 0 &&
	    get_params(&r, m, name) == 0)
		return m;
	if (!m)
		err_set("out of memory reading '%s'", name);
	else if (r.bad) /* the checksum matched, so the writer itself stopped short: say so */
		err_set("'%s' is corrupt: its contents end early", name);
	model_free(m);
	return NULL;
}

rr_model *model_load(const char *path)
{
	int fd = afile_open_read(path);
	if (fd < 0)
		return NULL;
	unsigned char *buf = NULL;
	size_t n = 0;
	int rc = read_model_bytes(fd, path, &buf, &n);
	rr_model *m = rc == 0 ? model_load_mem(buf, n, path) : NULL;
	if (m)   /* t40 #5: the journal's open reads it again; a save may replace it, no export */
		afile_guard_input(fd, path, "a model this session opened (a replay of its journal "
				  "opens it again; save may replace it)", 1);
	close(fd);
	free(buf);
	return m;
}
