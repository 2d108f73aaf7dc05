/* baselines.h — the methods `evaluate ranking` compares relrec with (DESIGN §6): popularity,
 * recent popularity, repurchase, co-occurrence and EASE here; UP-CF@r and TIFU-KNN in cf.h. Each is a scorer: it
 * fills one score per catalogue item for a customer, and ranking breaks ties by stock code. */
#ifndef RELREC_BASELINES_H
#define RELREC_BASELINES_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "sink.h"

/* A method: fill score[0..train->n_items) for train user u. 0 or -1 with err_set. A scorer's
 * context holds its scratch, so one context serves one thread. */
typedef int (*rr_score_fn)(void *ctx, const rr_dataset *train, uint32_t u, double *score);

int score_popularity(void *ctx, const rr_dataset *train, uint32_t u, double *score); /* ctx NULL */
int score_repurchase(void *ctx, const rr_dataset *train, uint32_t u, double *score); /* ctx NULL */

/* Recent popularity (t70 F6: on a seasonal shop it beat relrec while the tables held only
 * all-time popularity): ctx is an rr_recent_pop from recent_pop_init. Every customer gets
 * the same order: the items by their invoices in the last `days` days before the cutoff,
 * ties by their invoices in the whole history (then by stock code, as every method). The
 * days are chosen on the inner period from cfgrid.h's grid. */
typedef struct rr_recent_pop {
	uint32_t n;               /* items */
	int days;                 /* the window */
	double *score;            /* [n] recent invoices × (the most invoices of an item + 1) + all
	                             invoices: exact below 94 million invoices of one item (owned) */
} rr_recent_pop;
/* The scores of d's items for the days before cutoff (d: a history ending before it). 0 or -1
 * with err_set; recent_pop_free releases them. */
int recent_pop_init(rr_recent_pop *rp, const rr_dataset *d, int32_t cutoff, int days);
void recent_pop_free(rr_recent_pop *rp);
int score_recent_pop(void *ctx, const rr_dataset *train, uint32_t u, double *score);
/* "W 28 days": the window as the tables and the export name it. Into buf; returns buf. */
const char *recent_pop_text(int days, char *buf, size_t size);

/* Co-occurrence cosine: ctx is an rr_cooc from cooc_new(train). Sparse rows: a dense
 * n × n matrix held 5 GB of mostly zeros at the 50,000 items of a 1 M-row log. */
typedef struct rr_cooc {
	uint32_t n;               /* items */
	size_t *start;            /* [n+1] row i's entries are [start[i], start[i+1]) */
	uint32_t *col;            /* the j with cooc(i,j) > 0, j != i (no order) */
	float *cos;               /* cooc(i,j)/√(n(i)·n(j)) over invoices */
	float *row_buf;           /* [n] scratch */
	uint32_t n_unpaired;      /* invoices over RR_BASKET_PAIR_MAX, adding no pair (t43 #4) */
	uint32_t largest;         /* the invoice with the most items (an index of d's) */
	size_t largest_items;     /* its items */
} rr_cooc;
rr_cooc *cooc_new(const rr_dataset *d);
void cooc_free(rr_cooc *c);
int score_cooc(void *ctx, const rr_dataset *train, uint32_t u, double *score);

/* EASE: ctx is an rr_ease_scorer wrapping an rr_ease fitted on train. */
struct rr_ease;
/* The items EASE is fitted on at most: RR_EASE_MAX_ITEMS; the tests lower it to reach the
 * restricted fit on a small file. */
extern uint32_t rr_ease_max_items;
/* d's items by invoices, most first, ties by index: the order whose first rr_ease_max_items
 * EASE is fitted on, and UP-CF's and TIFU's grids judged on (cfgrid.h), past the cap. A new
 * array of d->n_items (caller frees) or NULL with err_set. */
uint32_t *items_by_invoices(const rr_dataset *d);
typedef struct rr_ease_scorer {
	const struct rr_ease *ease;  /* borrowed */
	float *buf;                  /* [n] scratch (owned) */
	uint32_t *items;             /* [n] scratch (owned) */
} rr_ease_scorer;
/* Fit EASE on d's binary customer × item matrix, on its rr_ease_max_items most-bought items
 * when it has more (ease_set_catalogue). NULL with err_set. */
struct rr_ease *ease_fit_dataset(const rr_dataset *d, double lambda);
/* The CPU seconds a fit of EASE on n_items (at most rr_ease_max_items of them) takes in one
 * thread: its inverse and its n² matrices at ease.h's measured rates. */
double ease_fit_cpu_s(uint32_t n_items);
/* Before the recommender's fit, whose EASE fits no stop cuts short, when one of them is long
 * (RR_EASE_SAY_S): a note into w's sink that names both inverses, the inner period's on
 * inner_items items (0: none) and the whole history's on items, which run side by side, and
 * each one's CPU seconds (t40 #2: Ctrl-C seemed ignored for 15 s of CPU, nothing said; t70 F8:
 * the note named the inner period's alone, 11 s, and the fit took 39 s). */
void ease_say_uncut(const rr_work *w, const char *what, uint32_t inner_items, uint32_t items);
/* The same on a helper thread while w reports (RR_PHASE_EVAL, what) every RR_TICK_S (work_run):
 * the Cholesky inverse is one LAPACK call of about a second. A stop asked meanwhile discards
 * the result: NULL with "WHAT interrupted". */
struct rr_ease *ease_fit_dataset_ticked(const rr_dataset *d, double lambda, rr_work *w,
					const char *what);
/* Scratch for e's scorer: 0 or -1 with err_set; ease_scorer_free releases it. */
int ease_scorer_init(rr_ease_scorer *es, const struct rr_ease *e);
void ease_scorer_free(rr_ease_scorer *es);
int score_ease(void *ctx, const rr_dataset *train, uint32_t u, double *score);

#endif
