/* ease.h — EASE (Steck 2019), the item–item model of DESIGN §6.
 *
 * X is the user × item matrix (binary, or weighted), G = XᵀX, P = (G + λI)⁻¹ and
 * B = I − P·diag(1/diag(P)): B[i][j] = −P[i][j] / P[j][j] for i ≠ j, zero diagonal.
 * A user with items i (weights x_i) scores item j as Σ_i x_i·B[i][j].
 * G is counted sparsely (Σ over users of |items|²); the inverse is one Cholesky
 * factorisation and inverse in single precision through LAPACKE (spotrf + spotri): twice as
 * fast as double, and with λ on the diagonal the weights agree with double's to about 1e-6 of
 * the largest weight (B is stored as float anyway). ease_fit counts G in floats (exact up to
 * 2^24 customers) and turns that one n² array into B in place: at 8,192 items 256 MB where a
 * double G and B held 768 MB. */
#ifndef RELREC_EASE_H
#define RELREC_EASE_H

#include <stddef.h>
#include <stdint.h>

typedef struct rr_ease {
	uint32_t n;      /* items of B (its rows and columns) */
	double lambda;   /* the L2 weight λ it was fitted with */
	float *B;        /* (n,n) row-major: B[i*n+j] = weight of an owned item i towards item j */
	uint32_t n_all;  /* items of the catalogue that scores cover (== n unless restricted) */
	uint32_t *col;   /* [n] catalogue item of row/column j of B; NULL when B covers it all */
	int32_t *pos;    /* [n_all] row of catalogue item i in B, -1 outside; NULL likewise */
} rr_ease;

/* B is dense (n² floats, an O(n³) inverse): past this many items EASE is fitted on the most
 * popular ones only (8,192 items: 256 MB of weights, which is also all a fit holds, and an
 * inverse of about 5 s of CPU here) and every other item scores 0. The catalogue stays whole
 * for everything else. */
#define RR_EASE_MAX_ITEMS 8192
/* The speed of a fit of n items, for the note that says how long a stop waits (ease_fit_cpu_s,
 * baselines.h): about n³ operations of the inverse in one LAPACK call that no stop cuts
 * short, and n² cells of the Gram matrix and of B, each written once on fresh pages. Measured
 * in a thread's CPU time on the 2-core test machine (t70 F8): 8192 items took 6.1 s in the
 * Cholesky factorization and inverse and 1.55 s in the Gram matrix and B. The length from
 * which the fit says so before it starts: RR_EASE_SAY_S. */
#define RR_EASE_FLOPS_S 9e10
#define RR_EASE_CELL_S 2.3e-8
#define RR_EASE_SAY_S 2.0

/* G = XᵀX from a CSR of users: user u owns items uitem[ustart[u] .. ustart[u+1]) with
 * weights uweight (same layout; NULL = all 1). G is (n_items,n_items) row-major, filled
 * (both triangles). Returns 0 or -1. */
int ease_gram(uint32_t n_items, uint32_t n_users, const size_t *ustart, const uint32_t *uitem,
	      const float *uweight, double *G);
/* Reference: the same with dense loops over every (user, i, j): for tests. */
void ease_gram_naive(uint32_t n_items, uint32_t n_users, const size_t *ustart,
		     const uint32_t *uitem, const float *uweight, double *G);

/* Fit from a CSR of users as for ease_gram. Returns a new model (free with ease_free) or NULL
 * with err_set (e.g. when G + λI is not positive definite: λ must be > 0). */
rr_ease *ease_fit(uint32_t n_items, uint32_t n_users, const size_t *ustart,
		  const uint32_t *uitem, const float *uweight, double lambda);
/* Fit from a Gram matrix G (n,n) row-major, which is overwritten. */
rr_ease *ease_fit_gram(uint32_t n, double *G, double lambda);
/* Reference for tests: B by Gauss–Jordan inversion in plain loops (O(n³), small n only). */
int ease_weights_naive(uint32_t n, const double *G, double lambda, double *B);
void ease_free(rr_ease *e);

/* Restrict e (fitted on catalogue items col[0..n)) to a catalogue of n_all items: scores are
 * then over n_all, owned items outside col are ignored, items outside score 0. Takes col. */
int ease_set_catalogue(rr_ease *e, uint32_t n_all, uint32_t *col);
/* 1 when catalogue item i has a row and column in B (always, unless restricted). */
int ease_covers(const rr_ease *e, uint32_t i);
/* "EASE on the 8192 most-bought of 26075 items" for a restricted model, "" otherwise: what
 * the messages say of the cap (t19: it was said nowhere). Returns buf. */
const char *ease_scope(const rr_ease *e, char *buf, size_t size);

/* score[j] = Σ_k w_k · B[items[k]][j] for j in 0..n_all-1 (w NULL = all 1). score is [n_all].
 * Through cblas_saxpy; ease_score_naive is the same in plain loops (for tests). */
void ease_score(const rr_ease *e, const uint32_t *items, const float *w, size_t n_items,
		float *score);
void ease_score_naive(const rr_ease *e, const uint32_t *items, const float *w, size_t n_items,
		      float *score);

/* Every user at once: S is (n_users, n_all) row-major, S[u*n_all + j] = Σ_k w_k·B[item_k][j] over user
 * u's items in the CSR (uweight NULL = all 1). Blocked by column tiles so each tile of B is
 * read from cache for every user instead of from memory for each owned item; threads >= 1
 * split the tiles. Equals ease_score per user. 0 or -1. */
int ease_score_users(const rr_ease *e, uint32_t n_users, const size_t *ustart,
		     const uint32_t *uitem, const float *uweight, float *S, int threads);
/* The same over B's own n columns only: T is (n_users, n) row-major, T[u*n + j] the score
 * of catalogue item col[j] (j itself when col is NULL); every item outside B scores 0. So
 * n_users·n floats (n ≤ RR_EASE_MAX_ITEMS) whatever the catalogue's size. 0 or -1. */
int ease_score_users_b(const rr_ease *e, uint32_t n_users, const size_t *ustart,
		       const uint32_t *uitem, const float *uweight, float *T, int threads);

#endif
