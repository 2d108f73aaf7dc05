/* due.h — buy-again timing: which customer–item pairs are likely to be re-ordered within the
 * next DAYS days, from the pair's own cadence (the gaps between the days it was bought), the
 * time since it was last bought, and the customer's overall rhythm.
 *
 * Purchase occasions are days: two invoices of a pair on one day are one occasion, so a gap is
 * never zero. For a history ending at T (every row before T is known) and a window of DAYS:
 *   the model is a logistic regression over DUE_F_N features of a pair (due.c defines them),
 *   with a Gaussian prior on its weights that holds a fit on few pairs toward the base rate,
 *   fitted on the same history seen from H' = T − DAYS: features from the occasions before H',
 *   label = the pair was bought again in [H', T). It then scores every pair from T, so its
 *   output reads as "the chance this pair is bought within DAYS days of T". Nothing after T is
 *   used; `evaluate due` measures it on the days after a cutoff against the rule "days since
 *   the last purchase ≥ the pair's median gap". */
#ifndef RELREC_DUE_H
#define RELREC_DUE_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "sink.h"

/* Each pair's purchase days and each customer's, built from the dataset's invoices (the pairs
 * themselves keep only first, last and a count). Times are minutes; days are minute / 1440. */
typedef struct rr_due_hist {
	const rr_dataset *ds;    /* borrowed */
	size_t *pair_start;      /* [n_pairs+1] CSR into pair_day */
	int32_t *pair_day;       /* distinct purchase days of each pair, ascending */
	size_t *user_start;      /* [n_users+1] CSR into user_day */
	int32_t *user_day;       /* distinct invoice days of each customer, ascending */
} rr_due_hist;

/* Build from d (which must outlive it). 0, or -1 with err_set. */
int due_hist_build(rr_due_hist *h, const rr_dataset *d);
void due_hist_free(rr_due_hist *h);

enum { DUE_F_N = 13 };   /* features of a pair (due.c: due_features) */

/* What the model knows about one pair at time H (from its occasions before H). */
typedef struct rr_due_pair {
	int n;                   /* purchase days before H (0: not bought yet) */
	double since;            /* days since the last of them */
	double gap;              /* median gap between them in days (0 when n < 2) */
	double user_gap;         /* the customer's median gap between invoice days (0 when < 2) */
	int user_n;              /* the customer's invoice days before H */
	double user_since;       /* days since the customer's last invoice */
} rr_due_pair;

/* The pair's cadence at H. */
void due_pair_at(const rr_due_hist *h, size_t pair, int32_t H, rr_due_pair *out);

/* A fitted model for one window of DAYS, and every pair's score from T. */
typedef struct rr_due {
	rr_due_hist hist;        /* the history (owned) */
	int32_t t_end;           /* T: the first minute after the history */
	int days;                /* the window */
	double mean[DUE_F_N], sd[DUE_F_N], w[DUE_F_N], b;  /* p = σ(b + Σ w (x − mean) / sd) */
	unsigned char flat[DUE_F_N]; /* a feature flat in the fit (logreg.h's RR_LR_FLAT): sd 1,
	                                always at its mean, weight 0. Unlike the re-rankers',
	                                values are not bounded to the fit's range: a pair lapsed
	                                far past it must read as lapsed (due_small's goldens) */
	size_t n_fit;            /* pairs it was fitted on (a regular sample past a million) */
	double base_rate;        /* their share re-bought in [T − DAYS, T) */
	size_t n_again;          /* how many of them were (base_rate × n_fit, exact) */
	float *p;                /* [n_pairs] each pair's chance of a purchase within DAYS of T */
	uint32_t *order;         /* [n_pairs] pairs by p descending, ties by pair index */
	uint64_t ds_gen;         /* the dataset's generation (the session's cache key) */
} rr_due;

/* Below this many fitted pairs the chances are rough (the prior holds them toward the base
 * rate): due and evaluate due say so. */
#define DUE_FIT_SMALL 1000
/* ... or below this many re-orders among them (n_again): the order learned from 3 re-orders
 * of 3487 pairs ranked a pair bought every ~286 days first for tomorrow (t69 F7). */
#define DUE_AGAIN_SMALL 30

/* Fit for history d (= the rows before t_end) and a window of days (1..365), and score every
 * pair. Progress to w (RR_PHASE_EVAL "due: ..."); a stop abandons it with "due interrupted".
 * Returns a new model (due_free) or NULL with err_set (e.g. the history is shorter than the
 * window, or nothing in it was bought twice). w may be NULL. */
typedef enum rr_due_fail {
	DUE_FAIL_OTHER,          /* allocation, a stop ("due interrupted") */
	DUE_FAIL_SHORT,          /* the history is not longer than the window */
	DUE_FAIL_ONE_DAY,        /* ... and spans one day: no window is shorter */
	DUE_FAIL_ALL_AGAIN,      /* every fitted pair was bought again in the window before T */
	DUE_FAIL_NONE_AGAIN      /* no fitted pair was */
} rr_due_fail;
/* The messages say what failed, not which command or what to do: the caller prefixes the
 * command and adds its way out (due: DAYS or a longer history; evaluate due: --cutoff), told
 * which failure by *why (may be NULL). */
rr_due *due_fit(const rr_dataset *d, int32_t t_end, int days, rr_work *w, rr_due_fail *why);
void due_free(rr_due *m);

/* The reason shown for a pair: "bought every ~N days, last M days ago", or for a pair bought
 * on one day only "bought once, M days ago" (", orders every ~R days" when the customer has a
 * rhythm). Into buf; returns buf. */
const char *due_reason(const rr_due_pair *c, char *buf, size_t size);

/* "13.6% re-ordered", or the counts when the share would round to 0.0% or 100.0% but is
 * neither ("7 of 28088 re-ordered, under 0.05%", "all but 2 of 9000 re-ordered": t51 F8).
 * Into buf; returns buf. */
const char *due_share(const rr_due *m, char *buf, size_t size);

/* ---- evaluation (evaluate due) ---- */

/* A median gap as "every ~N days" says it: to the nearest day, a half up (t75 F16: %.0f
 * rounds half to even, 60.5 to 60 and 27.5 to 28). The exports keep the median itself. */
double due_days_shown(double days);

/* The baseline's flag: bought on two days or more, and the days since the last purchase are
 * at least the median gap. */
int due_overdue(const rr_due_pair *c);

/* The baseline's ranked list for history h at T: the overdue pairs, most purchase days first,
 * then the least overdue (since ÷ gap), then the earliest first purchase, then pair index
 * (customer, then item, each in the order the data first names them). Into a malloc'd *out; returns how many,
 * or -1 with err_set. */
long due_baseline_list(const rr_due_hist *h, int32_t T, uint32_t **out);

#endif
