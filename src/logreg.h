/* logreg.h — L2-penalized logistic regression on standardized features, fitted by Newton's
 * method (IRLS): the re-rankers of the recommender (recommend.h).
 *
 * p = σ(b + Σ_a w_a (x_a − mean_a) / sd_a); mean and the population sd come from the training
 * rows. A feature whose spread there is nil next to its size (sd ≤ RR_LR_FLAT·max(|mean|, 1):
 * every item first sold within minutes of each other) is taken as constant: sd 1 and always at
 * its mean, weight 0. At scoring a value is bounded to the range the training rows held,
 * widened by its width on each side (room for the drift of a later period), so a value far
 * outside it (a flat feature's, a year later) cannot move the logit without bound
 * (logreg_bound_to_rows narrows them to the range itself). The fit minimizes Σ log-loss +
 * l2·n·‖w‖²/2 (b is not penalized), at most iters Newton steps, until Σ|step| < 1e-8.
 *
 * A fitted model can then be recalibrated: p = σ(cal_a·z + cal_c) on its logit z, the map fitted
 * on rows of its choosing (the recommender's: the rows that reach its lists). */
#ifndef RELREC_LOGREG_H
#define RELREC_LOGREG_H

#include <stddef.h>

#define RR_LR_MAX 24             /* features at most */
#define RR_LR_FLAT 1e-4          /* relative spread under which a feature is constant */

typedef struct rr_logreg {
	int n;                   /* features used */
	int feat[RR_LR_MAX];     /* which of the caller's features each is (for the caller) */
	double mean[RR_LR_MAX];  /* their training means */
	double sd[RR_LR_MAX];    /* training population standard deviations (1 when constant) */
	double lo[RR_LR_MAX];    /* the training values' range widened by its width each side */
	double hi[RR_LR_MAX];    /* (the mean for a constant feature): scoring bounds a value */
	double w[RR_LR_MAX];     /* weights on the standardized features */
	double b;                /* intercept */
	double cal_a, cal_c;     /* the output map on the logit (1 and 0 until logreg_calibrate) */
} rr_logreg;

/* Fit m on x (n rows of m->n values, row-major) and y[n] in {0,1}. m->n and m->feat are the
 * caller's; the rest is set. 0 or -1 with err_set (no rows, a singular Hessian). */
int logreg_fit(rr_logreg *m, const double *x, const unsigned char *y, size_t n, double l2,
	       int iters);
/* Feature a's term of the logit at value x: w (x' − mean) / sd, x' being x bounded to
 * [lo, hi]; 0 for a missing value (NaN),
 * as if it were the mean (a ratio with nothing to divide by: recfeat's ease_rel of a customer
 * with no never-bought item to compare with). */
double logreg_term(const rr_logreg *m, int a, double x);
/* The logit of one row x (m->n values): b + Σ logreg_term, before the output map. Rows for
 * logreg_fit may hold missing values too: they are left out of the means and standard
 * deviations, and stand at the mean in the fit. */
double logreg_logit(const rr_logreg *m, const double *x);
/* Its probability: σ(cal_a·logit + cal_c). */
double logreg_prob(const rr_logreg *m, const double *x);
/* Fit the output map (cal_a, cal_c) by unpenalized Newton on n logits z[] with labels y[]:
 * a 1-D logistic regression of y on z. When the rows cannot fit it (none, all one label, a
 * singular Hessian, labels a threshold on z separates, so that no finite map is best) or the
 * fitted slope is not positive (the map must keep the order), the map stays the identity:
 * the model is usable either way. */
void logreg_calibrate(rr_logreg *m, const double *z, const unsigned char *y, size_t n);
/* Narrow the scoring bounds of a fitted m to the range its rows x (n of m->n values; NaN
 * skipped) hold, not widened: for a model whose features are known to drift out of it. A
 * constant feature keeps its bounds (the mean). The fit is unchanged: every row is inside. */
void logreg_bound_to_rows(rr_logreg *m, const double *x, size_t n);
/* Mean log loss of m on (x, y): for tests. */
double logreg_loss(const rr_logreg *m, const double *x, const unsigned char *y, size_t n);

/* The conditional logit (a softmax within groups): the order of the rows inside each group.
 * Group k is rows [group[k], group[k+1]) of x (n_groups + 1 offsets); within it row r is
 * chosen with chance exp(s_r) / Σ exp(s) over the group, s_r = Σ_a logreg_term(m, a, x_r):
 * m's standardization and bounds, which m must already hold (the caller's logreg_fit on the
 * same rows set them), and no intercept, which no group sees (m->b is kept, as are the
 * output map and bounds). condlogit_fit fits m->w from where they are by Newton's method,
 * each step halved until the loss falls, minimizing Σ over the groups holding both labels
 * (G of them) of log Σ exp(s) − the mean s of the group's positives, + l2·G·‖w‖²/2 (a group
 * of one label says nothing of the order and is left out); a feature that never differs
 * within a group cannot order one, and its weight is 0. 0 or -1 with err_set (no group
 * holds both labels, a singular Hessian). condlogit_loss is that loss at m's weights, and
 * with grad ([m->n] or NULL) its gradient: for tests (NaN when it cannot allocate). */
int condlogit_fit(rr_logreg *m, const double *x, const unsigned char *y, const size_t *group,
		  size_t n_groups, double l2, int iters);
double condlogit_loss(const rr_logreg *m, const double *x, const unsigned char *y,
		      const size_t *group, size_t n_groups, double l2, double *grad);
#endif
