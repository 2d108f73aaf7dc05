/* ease.c — EASE: sparse Gram matrix, Cholesky inverse, row-sum scoring. */
#include "ease.h"

#include <cblas.h>
#include <lapacke.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "blaspin.h"
#include "err.h"
#include "util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

int ease_gram(uint32_t n_items, uint32_t n_users, const size_t *ustart, const uint32_t *uitem,
	      const float *uweight, double *G)
{
	size_t n = n_items;
	memset(G, 0, n * n * sizeof *G);
	/* lower triangle only (each unordered pair once), mirrored at the end */
	for (uint32_t u = 0; u < n_users; u++) {
		size_t a0 = ustart[u], a1 = ustart[u + 1], a;
		for (a = a0 + 1; a < a1 && uitem[a - 1] < uitem[a]; a++)
			;
		if (!uweight && a >= a1) {
			/* items ascending (a dataset's pairs): the j <= i are the ones up to i itself,
			 * with no test and half the reads */
			for (a = a0; a < a1; a++) {
				double *row = G + (size_t)uitem[a] * n;
				for (size_t b = a0; b <= a; b++)
					row[uitem[b]] += 1.0;
			}
			continue;
		}
		for (size_t a = ustart[u]; a < ustart[u + 1]; a++) {
			size_t i = uitem[a];
			double wi = uweight ? uweight[a] : 1.0;
			double *row = G + i * n;
			for (size_t b = ustart[u]; b < ustart[u + 1]; b++) {
				size_t j = uitem[b];
				if (j <= i)
					row[j] += wi * (uweight ? uweight[b] : 1.0);
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < i; j++)
			G[j * n + i] = G[i * n + j];
	return 0;
}

void ease_gram_naive(uint32_t n_items, uint32_t n_users, const size_t *ustart,
		     const uint32_t *uitem, const float *uweight, double *G)
{
	size_t n = n_items;
	double *x = calloc(n ? n : 1, sizeof *x);
	memset(G, 0, n * n * sizeof *G);
	if (!x)
		return;
	for (uint32_t u = 0; u < n_users; u++) {
		memset(x, 0, n * sizeof *x);
		for (size_t a = ustart[u]; a < ustart[u + 1]; a++)
			x[uitem[a]] = uweight ? uweight[a] : 1.0;
		for (size_t i = 0; i < n; i++)
			for (size_t j = 0; j < n; j++)
				G[i * n + j] += x[i] * x[j];
	}
	free(x);
}

/* The weights, on huge pages where the system gives them on request. Scoring reads B a strip
 * of columns at a time across thousands of rows 14 KB apart: on 4 KB pages every row is its
 * own TLB entry, more than the TLB holds, and the page walks cost as much as the sums. */
static float *weights_alloc(size_t count)
{
	size_t bytes = (count ? count : 1) * sizeof(float);
#if defined(MADV_HUGEPAGE)
	enum { HUGE = 2 << 20 };
	if (bytes >= HUGE) {
		void *p = NULL;
		if (posix_memalign(&p, HUGE, bytes) != 0)
			return NULL;
		(void)madvise(p, bytes, MADV_HUGEPAGE);   /* a hint: without it, small pages */
		return p;
	}
#endif
	return malloc(bytes);
}

rr_ease *ease_fit_gram(uint32_t n, double *G, double lambda)
{
	size_t nn = n;
	if (!(lambda > 0)) {
		err_set("ease: lambda must be positive, not %g", lambda);
		return NULL;
	}
	if (blas_thread_ready() != 0)   /* on the fit's thread, before LAPACK maps its buffer */
		return NULL;
	rr_ease *e = calloc(1, sizeof *e);
	if (!e || !(e->B = weights_alloc(nn * nn))) {
		free(e);
		err_set("cannot allocate ease weights for %u items", n);
		return NULL;
	}
	e->n = n;
	e->n_all = n;
	e->lambda = lambda;
	for (size_t i = 0; i < nn; i++)
		G[i * nn + i] += lambda;
	/* The factorization and inverse in single precision, in G's own memory: twice the speed
	 * of double (it is most of the recommender's fit), and with λ on the diagonal the weights
	 * agree with double's to 1e-6 of the largest (2e-7 on Online Retail: the precision B is
	 * stored in anyway). Converting front to back in place is safe: float i is written at or
	 * before the bytes of double i. */
	float *P = (float *)G;
	for (size_t i = 0; i < nn * nn; i++)
		P[i] = (float)G[i];
	/* G is symmetric, so the row-major array read as column-major is the same matrix: call
	 * LAPACK in its native layout (no transposed copy). 'U' column-major = lower row-major. */
	lapack_int info = n ? LAPACKE_spotrf(LAPACK_COL_MAJOR, 'U', (lapack_int)n, P, (lapack_int)n) : 0;
	if (info == 0 && n)
		info = LAPACKE_spotri(LAPACK_COL_MAJOR, 'U', (lapack_int)n, P, (lapack_int)n);
	if (info != 0) {
		ease_free(e);
		err_set("ease: cholesky inverse failed (lapack info %d)", (int)info);
		return NULL;
	}
	/* column-major upper (i <= j at i + j*n) is row-major P[j][i], i <= j: mirror it up */
	for (size_t r = 0; r < nn; r++)
		for (size_t c = r + 1; c < nn; c++)
			P[r * nn + c] = P[c * nn + r];
	for (size_t i = 0; i < nn; i++)
		for (size_t j = 0; j < nn; j++)
			e->B[i * nn + j] = i == j ? 0.0f : (float)(-(double)P[i * nn + j] / P[j * nn + j]);
	return e;
}

/* ==== ease_fit: G in floats, B in its place ====
 * G is counted, factorized and inverted in one n² float array, which then becomes B: a third
 * of the memory of a double G beside B. For binary users the counts are exact in float (below
 * 2^24 customers), so the factorization sees what ease_fit_gram's conversion gives it and B
 * comes out the same bits; weighted users' sums are rounded to float as they are added. */

typedef struct item_w {
	uint32_t item;
	float w;
} item_w;

static int cmp_item_w(const void *a, const void *b)
{
	uint32_t x = ((const item_w *)a)->item, y = ((const item_w *)b)->item;
	return x < y ? -1 : x > y;
}

/* The lower triangle of G (row-major, j <= i at G[i*n+j]) in floats; the upper is zeroed.
 * Each user's items are sorted first so the inner loop runs over j <= i only: half the
 * work of the full square, without a test per entry. 0 or -1. */
static int gram_lower_float(uint32_t n_items, uint32_t n_users, const size_t *ustart,
			    const uint32_t *uitem, const float *uweight, float *G)
{
	size_t n = n_items, kmax = 1;
	memset(G, 0, n * n * sizeof *G);
	for (uint32_t u = 0; u < n_users; u++)
		if (ustart[u + 1] - ustart[u] > kmax)
			kmax = ustart[u + 1] - ustart[u];
	item_w *x = malloc(kmax * sizeof *x);
	if (!x)
		return -1;
	for (uint32_t u = 0; u < n_users; u++) {
		size_t k = ustart[u + 1] - ustart[u];
		for (size_t a = 0; a < k; a++)
			x[a] = (item_w){uitem[ustart[u] + a], uweight ? uweight[ustart[u] + a] : 1.0f};
		qsort(x, k, sizeof *x, cmp_item_w);
		for (size_t a = 0; a < k; a++) {
			float *row = G + (size_t)x[a].item * n, wi = x[a].w;
			for (size_t b = 0; b <= a; b++)
				row[x[b].item] += wi * x[b].w;
		}
	}
	free(x);
	return 0;
}

/* B from the lower triangle of G in A (row-major), in place: A becomes B. */
static rr_ease *fit_float(uint32_t n, float *A, double lambda)
{
	size_t nn = n;
	if (blas_thread_ready() != 0) {   /* on the fit's thread, before LAPACK maps its buffer */
		free(A);
		return NULL;
	}
	rr_ease *e = calloc(1, sizeof *e);
	double *d = malloc(nn * sizeof *d);
	if (!e || !d) {
		free(e);
		free(d);
		free(A);
		err_set("cannot allocate ease weights for %u items", n);
		return NULL;
	}
	e->n = e->n_all = n;
	e->lambda = lambda;
	e->B = A;
	for (size_t i = 0; i < nn; i++) /* λ added in double, as ease_fit_gram adds it */
		A[i * nn + i] = (float)((double)A[i * nn + i] + lambda);
	/* row-major lower = column-major upper, as in ease_fit_gram */
	lapack_int info = n ? LAPACKE_spotrf(LAPACK_COL_MAJOR, 'U', (lapack_int)n, A, (lapack_int)n) : 0;
	if (info == 0 && n)
		info = LAPACKE_spotri(LAPACK_COL_MAJOR, 'U', (lapack_int)n, A, (lapack_int)n);
	if (info != 0) {
		free(d);
		ease_free(e);
		err_set("ease: cholesky inverse failed (lapack info %d)", (int)info);
		return NULL;
	}
	for (size_t j = 0; j < nn; j++)
		d[j] = A[j * nn + j];
	/* Row by row upwards: row i's lower part (read, then overwritten in the same slot) and
	 * later rows' lower parts (P[i][j] for j > i, untouched until their own row) are all B
	 * needs; the upper part of row i holds nothing until it receives B. */
	for (size_t i = 0; i < nn; i++)
		for (size_t j = 0; j < nn; j++) {
			double p = j <= i ? A[i * nn + j] : A[j * nn + i];
			A[i * nn + j] = i == j ? 0.0f : (float)(-p / d[j]);
		}
	free(d);
	return e;
}

rr_ease *ease_fit(uint32_t n_items, uint32_t n_users, const size_t *ustart,
		  const uint32_t *uitem, const float *uweight, double lambda)
{
	size_t nn = n_items;
	if (!(lambda > 0)) {
		err_set("ease: lambda must be positive, not %g", lambda);
		return NULL;
	}
	float *A = weights_alloc(nn ? nn * nn : 1);
	if (!A || gram_lower_float(n_items, n_users, ustart, uitem, uweight, A) != 0) {
		free(A);
		err_set("cannot allocate the %u x %u gram matrix", n_items, n_items);
		return NULL;
	}
	return fit_float(n_items, A, lambda);
}

int ease_weights_naive(uint32_t n, const double *G, double lambda, double *B)
{
	size_t nn = n, w = 2 * nn;
	double *a = malloc((nn ? nn * w : 1) * sizeof *a);
	if (!a)
		return err_set("cannot allocate %u x %u", n, n);
	/* [G + λI | I] reduced to [I | P] by Gauss–Jordan with partial pivoting */
	for (size_t i = 0; i < nn; i++)
		for (size_t j = 0; j < w; j++)
			a[i * w + j] = j < nn ? G[i * nn + j] + (i == j ? lambda : 0) : (j - nn == i);
	for (size_t c = 0; c < nn; c++) {
		size_t p = c;
		for (size_t r = c + 1; r < nn; r++)
			if (fabs(a[r * w + c]) > fabs(a[p * w + c]))
				p = r;
		if (a[p * w + c] == 0) {
			free(a);
			return err_set("singular matrix");
		}
		if (p != c)
			for (size_t j = 0; j < w; j++) {
				double t = a[c * w + j];
				a[c * w + j] = a[p * w + j];
				a[p * w + j] = t;
			}
		double d = a[c * w + c];
		for (size_t j = 0; j < w; j++)
			a[c * w + j] /= d;
		for (size_t r = 0; r < nn; r++) {
			if (r == c || a[r * w + c] == 0)
				continue;
			double f = a[r * w + c];
			for (size_t j = 0; j < w; j++)
				a[r * w + j] -= f * a[c * w + j];
		}
	}
	for (size_t i = 0; i < nn; i++)
		for (size_t j = 0; j < nn; j++)
			B[i * nn + j] = i == j ? 0 : -a[i * w + nn + j] / a[j * w + nn + j];
	free(a);
	return 0;
}

void ease_free(rr_ease *e)
{
	if (!e)
		return;
	free(e->B);
	free(e->col);
	free(e->pos);
	free(e);
}

int ease_set_catalogue(rr_ease *e, uint32_t n_all, uint32_t *col)
{
	int32_t *pos = malloc((n_all ? n_all : 1) * sizeof *pos);
	if (!pos) {
		free(col);
		return err_set("cannot allocate the ease catalogue of %u items", n_all);
	}
	for (uint32_t i = 0; i < n_all; i++)
		pos[i] = -1;
	for (uint32_t j = 0; j < e->n; j++)
		pos[col[j]] = (int32_t)j;
	free(e->col);
	free(e->pos);
	e->col = col;
	e->pos = pos;
	e->n_all = n_all;
	return 0;
}

int ease_covers(const rr_ease *e, uint32_t i)
{
	return !e->pos || (i < e->n_all && e->pos[i] >= 0);
}

const char *ease_scope(const rr_ease *e, char *buf, size_t size)
{
	if (size)
		buf[0] = '\0';
	if (e->pos && e->n < e->n_all)
		snprintf(buf, size, "EASE on the %u most-bought of %u items", e->n, e->n_all);
	return buf;
}

/* For a restricted model: the owned items that have rows in B, as rows (and their weights). */
static size_t map_items(const rr_ease *e, const uint32_t *items, const float *w, size_t k,
			uint32_t *rows, float *rw)
{
	size_t m = 0;
	for (size_t a = 0; a < k; a++)
		if (e->pos[items[a]] >= 0) {
			rows[m] = (uint32_t)e->pos[items[a]];
			rw[m++] = w ? w[a] : 1.0f;
		}
	return m;
}

/* Scores over B's n columns (tmp) spread out to the catalogue's n_all (zeros elsewhere). */
static void scatter(const rr_ease *e, const float *tmp, float *score)
{
	memset(score, 0, e->n_all * sizeof *score);
	for (uint32_t j = 0; j < e->n; j++)
		score[e->col[j]] = tmp[j];
}

static void score_rows(const rr_ease *e, const uint32_t *items, const float *w, size_t n_items,
		       float *score, int naive);

/* Restricted models score through B's own rows and columns, then scatter. */
static void score_restricted(const rr_ease *e, const uint32_t *items, const float *w,
			     size_t n_items, float *score, int naive)
{
	uint32_t *rows = malloc((n_items ? n_items : 1) * sizeof *rows);
	float *rw = malloc((n_items ? n_items : 1) * sizeof *rw);
	float *tmp = malloc((e->n ? e->n : 1) * sizeof *tmp);
	if (!rows || !rw || !tmp) { /* out of memory: no EASE evidence rather than a crash */
		memset(score, 0, e->n_all * sizeof *score);
	} else {
		size_t m = map_items(e, items, w, n_items, rows, rw);
		score_rows(e, rows, w ? rw : NULL, m, tmp, naive);
		scatter(e, tmp, score);
	}
	free(rows);
	free(rw);
	free(tmp);
}

static int score_users_full(const rr_ease *e, uint32_t n_users, const size_t *ustart,
			    const uint32_t *uitem, const float *uweight, float *S, int threads);

static void score_rows(const rr_ease *e, const uint32_t *items, const float *w, size_t n_items,
		       float *score, int naive)
{
	size_t n = e->n;
	if (!naive && !w && n_items >= 32) {
		/* a customer with many items: sum B's rows a strip of columns at a time in
		 * registers (the all-customers kernel, same bits) instead of one saxpy per item
		 * streaming the whole score vector through the cache each time */
		size_t us[2] = {0, n_items};
		score_users_full(e, 1, us, items, NULL, score, 1);
		return;
	}
	memset(score, 0, n * sizeof *score);
	for (size_t k = 0; k < n_items; k++) {
		const float *row = e->B + (size_t)items[k] * n;
		float wk = w ? w[k] : 1.0f;
		if (naive) {
			for (size_t j = 0; j < n; j++)
				score[j] += wk * row[j];
		} else {
			/* score += w_k · B[items[k]]: OpenBLAS's saxpy is vectorized at run time for
			 * the CPU (the plain loop above is what it computes) */
			cblas_saxpy((blasint)n, wk, row, 1, score, 1);
		}
	}
}

void ease_score(const rr_ease *e, const uint32_t *items, const float *w, size_t n_items,
		float *score)
{
	if (e->pos)
		score_restricted(e, items, w, n_items, score, 0);
	else
		score_rows(e, items, w, n_items, score, 0);
}

void ease_score_naive(const rr_ease *e, const uint32_t *items, const float *w, size_t n_items,
		      float *score)
{
	if (e->pos)
		score_restricted(e, items, w, n_items, score, 1);
	else
		score_rows(e, items, w, n_items, score, 1);
}

/* Columns per tile: a tile of B (n × 512 floats, 7.5 MB for 3,659 items) stays in L3. */
#define EASE_TILE 512

typedef struct score_job {
	const rr_ease *e;
	uint32_t n_users;
	const size_t *ustart;
	const uint32_t *uitem;
	const float *uweight;
	float *S;
	uint32_t t0, t1;       /* tiles [t0, t1) */
} score_job;

/* The all-users pass sums B's rows a strip of EASE_SUB columns at a time, in registers: the
 * strip (n × 64 floats, 937 KB for 3,659 items) stays in L2 while every user is summed over
 * it, and there is no call per row (per-row saxpy calls on 512-column tiles, reading B from
 * L3, were a fifth of scoring every customer). Each column is added up in the same order as
 * ease_score's saxpy with weight 1 (whose products are exact), so the bits are the same. */
#define EASE_SUB 64

/* su[0..cn) = Σ over rows[0..cnt), in order, of B row rows[a], columns [c0, c0 + cn). */
static void sum_rows_plain(float *restrict su, const float *restrict B, size_t n,
			   const uint32_t *restrict rows, size_t cnt, size_t c0, size_t cn)
{
	float acc[EASE_SUB] = {0};
	for (size_t a = 0; a < cnt; a++) {
		const float *r = B + (size_t)rows[a] * n + c0;
		for (size_t c = 0; c < cn; c++)
			acc[c] += r[c];
	}
	memcpy(su, acc, cn * sizeof *su);
}

#if defined(__SSE2__)
/* The same for 32 columns in eight 128-bit accumulators (without AVX, and in tail strips). */
static void sum_rows_sse(float *restrict su, const float *restrict B, size_t n,
			 const uint32_t *restrict rows, size_t cnt, size_t c0)
{
	__m128 a0 = _mm_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
	for (size_t a = 0; a < cnt; a++) {
		const float *r = B + (size_t)rows[a] * n + c0;
		a0 = _mm_add_ps(a0, _mm_loadu_ps(r));
		a1 = _mm_add_ps(a1, _mm_loadu_ps(r + 4));
		a2 = _mm_add_ps(a2, _mm_loadu_ps(r + 8));
		a3 = _mm_add_ps(a3, _mm_loadu_ps(r + 12));
		a4 = _mm_add_ps(a4, _mm_loadu_ps(r + 16));
		a5 = _mm_add_ps(a5, _mm_loadu_ps(r + 20));
		a6 = _mm_add_ps(a6, _mm_loadu_ps(r + 24));
		a7 = _mm_add_ps(a7, _mm_loadu_ps(r + 28));
	}
	_mm_storeu_ps(su, a0);
	_mm_storeu_ps(su + 4, a1);
	_mm_storeu_ps(su + 8, a2);
	_mm_storeu_ps(su + 12, a3);
	_mm_storeu_ps(su + 16, a4);
	_mm_storeu_ps(su + 20, a5);
	_mm_storeu_ps(su + 24, a6);
	_mm_storeu_ps(su + 28, a7);
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define RR_EASE_AVX 1
/* The same for a whole strip (64 columns) in eight 256-bit accumulators: a third faster than
 * SSE here. Chosen at run time (__builtin_cpu_supports), like nn.c's Adam. */
__attribute__((target("avx"))) static void sum_rows_avx(float *restrict su,
							 const float *restrict B, size_t n,
							 const uint32_t *restrict rows, size_t cnt,
							 size_t c0)
{
	__m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0,
	       a7 = a0;
	for (size_t a = 0; a < cnt; a++) {
		const float *r = B + (size_t)rows[a] * n + c0;
		a0 = _mm256_add_ps(a0, _mm256_loadu_ps(r));
		a1 = _mm256_add_ps(a1, _mm256_loadu_ps(r + 8));
		a2 = _mm256_add_ps(a2, _mm256_loadu_ps(r + 16));
		a3 = _mm256_add_ps(a3, _mm256_loadu_ps(r + 24));
		a4 = _mm256_add_ps(a4, _mm256_loadu_ps(r + 32));
		a5 = _mm256_add_ps(a5, _mm256_loadu_ps(r + 40));
		a6 = _mm256_add_ps(a6, _mm256_loadu_ps(r + 48));
		a7 = _mm256_add_ps(a7, _mm256_loadu_ps(r + 56));
	}
	_mm256_storeu_ps(su, a0);
	_mm256_storeu_ps(su + 8, a1);
	_mm256_storeu_ps(su + 16, a2);
	_mm256_storeu_ps(su + 24, a3);
	_mm256_storeu_ps(su + 32, a4);
	_mm256_storeu_ps(su + 40, a5);
	_mm256_storeu_ps(su + 48, a6);
	_mm256_storeu_ps(su + 56, a7);
}
#endif

/* One user's strip: su[0..cn) over rows[0..cnt), cn <= EASE_SUB; avx = the CPU has AVX. */
static void sum_rows(float *restrict su, const float *restrict B, size_t n,
		     const uint32_t *restrict rows, size_t cnt, size_t c0, size_t cn, int avx)
{
	(void)avx;
#ifdef RR_EASE_AVX
	if (avx && cn == EASE_SUB) {
		sum_rows_avx(su, B, n, rows, cnt, c0);
		return;
	}
#endif
#if defined(__SSE2__)
	for (; cn >= 32; su += 32, c0 += 32, cn -= 32)   /* also a tail strip's first columns */
		sum_rows_sse(su, B, n, rows, cnt, c0);
#endif
	if (cn)
		sum_rows_plain(su, B, n, rows, cnt, c0, cn);
}

static void *score_tiles(void *arg)
{
	const score_job *j = arg;
	size_t n = j->e->n;
	for (uint32_t t = j->t0; t < j->t1; t++) {
		size_t c0 = (size_t)t * EASE_TILE, cn = n - c0 < EASE_TILE ? n - c0 : EASE_TILE;
		if (!j->uweight) {
			int avx = 0;
#ifdef RR_EASE_AVX
			avx = __builtin_cpu_supports("avx");
#endif
			for (size_t s0 = c0; s0 < c0 + cn; s0 += EASE_SUB) {
				size_t sn = c0 + cn - s0 < EASE_SUB ? c0 + cn - s0 : EASE_SUB;
				for (uint32_t u = 0; u < j->n_users; u++)
					sum_rows(j->S + (size_t)u * n + s0, j->e->B, n,
						 j->uitem + j->ustart[u], j->ustart[u + 1] - j->ustart[u],
						 s0, sn, avx);
			}
			continue;
		}
		for (uint32_t u = 0; u < j->n_users; u++) {
			float *su = j->S + (size_t)u * n + c0;
			memset(su, 0, cn * sizeof *su);
			for (size_t a = j->ustart[u]; a < j->ustart[u + 1]; a++)
				cblas_saxpy((blasint)cn, j->uweight ? j->uweight[a] : 1.0f,
					    j->e->B + (size_t)j->uitem[a] * n + c0, 1, su, 1);
		}
	}
	return NULL;
}

int ease_score_users_b(const rr_ease *e, uint32_t n_users, const size_t *ustart,
		       const uint32_t *uitem, const float *uweight, float *T, int threads)
{
	if (!e->pos)
		return score_users_full(e, n_users, ustart, uitem, uweight, T, threads);
	/* restricted: map the users' items to B's rows and score into B's columns */
	size_t total = ustart[n_users] - ustart[0] + 1;
	size_t *ms = malloc(((size_t)n_users + 1) * sizeof *ms);
	uint32_t *mi = calloc(total, sizeof *mi);
	float *mw = calloc(total, sizeof *mw);
	int rc = -1;
	if (ms && mi && mw) {
		ms[0] = 0;
		for (uint32_t u = 0; u < n_users; u++) {
			size_t a0 = ustart[u];
			ms[u + 1] = ms[u] + map_items(e, uitem + a0, uweight ? uweight + a0 : NULL,
						      ustart[u + 1] - a0, mi + ms[u], mw + ms[u]);
		}
		rc = score_users_full(e, n_users, ms, mi, uweight ? mw : NULL, T, threads);
	} else {
		err_set("cannot allocate ease scores for %u users", n_users);
	}
	free(ms);
	free(mi);
	free(mw);
	return rc;
}

int ease_score_users(const rr_ease *e, uint32_t n_users, const size_t *ustart,
		     const uint32_t *uitem, const float *uweight, float *S, int threads)
{
	if (!e->pos)
		return score_users_full(e, n_users, ustart, uitem, uweight, S, threads);
	float *T = malloc(((size_t)n_users * e->n + 1) * sizeof *T);
	int rc = T ? ease_score_users_b(e, n_users, ustart, uitem, uweight, T, threads)
		   : err_set("cannot allocate ease scores for %u users", n_users);
	for (uint32_t u = 0; rc == 0 && u < n_users; u++)
		scatter(e, T + (size_t)u * e->n, S + (size_t)u * e->n_all);
	free(T);
	return rc;
}

static int score_users_full(const rr_ease *e, uint32_t n_users, const size_t *ustart,
			    const uint32_t *uitem, const float *uweight, float *S, int threads)
{
	enum { MAX_THREADS = 16 };
	score_job job[MAX_THREADS];
	uint32_t tiles = (e->n + EASE_TILE - 1) / EASE_TILE;
	if (threads < 1)
		threads = 1;
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	for (int t = 0; t < threads; t++)
		job[t] = (score_job){e, n_users, ustart, uitem, uweight, S,
				     (uint32_t)((uint64_t)tiles * (uint64_t)t / (uint64_t)threads),
				     (uint32_t)((uint64_t)tiles * (uint64_t)(t + 1) / (uint64_t)threads)};
	rr_parallel(score_tiles, job, sizeof *job, threads);
	return 0;
}
