/* ease.c — EASE: sparse Gram matrix, Cholesky inverse, row-sum scoring. */
#include "ease.h"

#include <cblas.h>
#include <lapacke.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

int ease_gram(uint32_t n_items, uint32_t n_users, const size_t *ustart, const uint32_t *uitem,
	      const float *uweight, double *G)
{
	size_t n = n_items;
	memset(G, 0, n * n * sizeof *G);
	/* lower triangle only (each unordered pair once), mirrored at the end */
	for (uint32_t u = 0; u < n_users; u++) {
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

rr_ease *ease_fit_gram(uint32_t n, double *G, double lambda)
{
	size_t nn = n;
	if (!(lambda > 0)) {
		err_set("ease: lambda must be positive, not %g", lambda);
		return NULL;
	}
	rr_ease *e = calloc(1, sizeof *e);
	if (!e || !(e->B = malloc(((nn ? nn * nn : 1)) * sizeof *e->B))) {
		free(e);
		err_set("cannot allocate ease weights for %u items", n);
		return NULL;
	}
	e->n = n;
	e->lambda = lambda;
	for (size_t i = 0; i < nn; i++)
		G[i * nn + i] += lambda;
	/* G is symmetric, so the row-major array read as column-major is the same matrix: call
	 * LAPACK in its native layout (no transposed copy). 'U' column-major = lower row-major. */
	lapack_int info = n ? LAPACKE_dpotrf(LAPACK_COL_MAJOR, 'U', (lapack_int)n, G, (lapack_int)n) : 0;
	if (info == 0 && n)
		info = LAPACKE_dpotri(LAPACK_COL_MAJOR, 'U', (lapack_int)n, G, (lapack_int)n);
	if (info != 0) {
		ease_free(e);
		err_set("ease: cholesky inverse failed (lapack info %d)", (int)info);
		return NULL;
	}
	/* column-major upper (i <= j at i + j*n) is row-major G[j][i], i <= j: mirror it up */
	for (size_t r = 0; r < nn; r++)
		for (size_t c = r + 1; c < nn; c++)
			G[r * nn + c] = G[c * nn + r];
	for (size_t i = 0; i < nn; i++)
		for (size_t j = 0; j < nn; j++)
			e->B[i * nn + j] = i == j ? 0.0f : (float)(-G[i * nn + j] / G[j * nn + j]);
	return e;
}

rr_ease *ease_fit(uint32_t n_items, uint32_t n_users, const size_t *ustart,
		  const uint32_t *uitem, const float *uweight, double lambda)
{
	size_t nn = n_items;
	double *G = malloc(((nn ? nn * nn : 1)) * sizeof *G);
	if (!G) {
		err_set("cannot allocate the %u x %u gram matrix", n_items, n_items);
		return NULL;
	}
	ease_gram(n_items, n_users, ustart, uitem, uweight, G);
	rr_ease *e = ease_fit_gram(n_items, G, lambda);
	free(G);
	return e;
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
	free(e);
}

void ease_score(const rr_ease *e, const uint32_t *items, const float *w, size_t n_items,
		float *score)
{
	size_t n = e->n;
	memset(score, 0, n * sizeof *score);
	/* score += w_k · B[items[k]]: OpenBLAS's saxpy is vectorized at run time for the CPU
	 * (the plain loop of ease_score_naive is what it computes) */
	for (size_t k = 0; k < n_items; k++)
		cblas_saxpy((blasint)n, w ? w[k] : 1.0f, e->B + (size_t)items[k] * n, 1, score, 1);
}

void ease_score_naive(const rr_ease *e, const uint32_t *items, const float *w, size_t n_items,
		      float *score)
{
	size_t n = e->n;
	memset(score, 0, n * sizeof *score);
	for (size_t k = 0; k < n_items; k++) {
		const float *row = e->B + (size_t)items[k] * n;
		float wk = w ? w[k] : 1.0f;
		for (size_t j = 0; j < n; j++)
			score[j] += wk * row[j];
	}
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

static void *score_tiles(void *arg)
{
	const score_job *j = arg;
	size_t n = j->e->n;
	for (uint32_t t = j->t0; t < j->t1; t++) {
		size_t c0 = (size_t)t * EASE_TILE, cn = n - c0 < EASE_TILE ? n - c0 : EASE_TILE;
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

int ease_score_users(const rr_ease *e, uint32_t n_users, const size_t *ustart,
		     const uint32_t *uitem, const float *uweight, float *S, int threads)
{
	enum { MAX_THREADS = 16 };
	score_job job[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	int started[MAX_THREADS] = {0};
	uint32_t tiles = (e->n + EASE_TILE - 1) / EASE_TILE;
	if (threads < 1)
		threads = 1;
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	for (int t = 0; t < threads; t++) {
		job[t] = (score_job){e, n_users, ustart, uitem, uweight, S,
				     (uint32_t)((uint64_t)tiles * (uint64_t)t / (uint64_t)threads),
				     (uint32_t)((uint64_t)tiles * (uint64_t)(t + 1) / (uint64_t)threads)};
		if (t > 0)
			started[t] = pthread_create(&tid[t], NULL, score_tiles, &job[t]) == 0;
	}
	score_tiles(&job[0]);
	for (int t = 1; t < threads; t++) {
		if (started[t])
			pthread_join(tid[t], NULL);
		else
			score_tiles(&job[t]);
	}
	return 0;
}
