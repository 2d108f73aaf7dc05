/* metrics.h — classification metrics from a confusion matrix, the way scikit-learn computes
 * them (precision_recall_fscore_support with zero_division=0, classification_report). */
#ifndef RELREC_METRICS_H
#define RELREC_METRICS_H

#include <stddef.h>
#include <stdint.h>

#include "labels.h"

typedef struct rr_metrics {
	int k;                               /* classes */
	int64_t conf[RR_MAX_CLASSES * RR_MAX_CLASSES]; /* [k*k] rows = truth, cols = predicted */
	int64_t support[RR_MAX_CLASSES];     /* true count per class (row sums) */
	int64_t predicted[RR_MAX_CLASSES];   /* predicted count per class (column sums) */
	double precision[RR_MAX_CLASSES];    /* tp / predicted, 0 when nothing was predicted */
	double recall[RR_MAX_CLASSES];       /* tp / support, 0 when the class has no support */
	double f1[RR_MAX_CLASSES];           /* 2pr/(p+r), 0 when p+r == 0 */
	int64_t total;                       /* Σ support */
	double accuracy;                     /* trace / total */
	double macro_p, macro_r, macro_f1;   /* unweighted means over the k classes */
	double weighted_p, weighted_r, weighted_f1; /* means weighted by support */
} rr_metrics;

/* Fill m from a k×k confusion matrix (rows truth, columns predicted); 1 <= k <= RR_MAX_CLASSES. */
void metrics_from_confusion(rr_metrics *m, const int64_t *conf, int k);

/* The note for classes with no pairs (count[c] == 0 of k, what = "pairs" or "test pairs"):
 * "class medium has no pairs: ...", naming them and how macro-F1 counts them (as 0: the mean is
 * over every class, scikit-learn's with the classes given), or "" when every class has some.
 * Into buf; returns buf. */
const char *metrics_empty_note(int k, const char *const *names, const int64_t *count,
			       const char *what, char *buf, size_t size);

/* Count (truth, predicted) pairs into conf[k*k] (added to what is there). */
void metrics_count(int64_t *conf, int k, const int *truth, const int *pred, int n);

/* scikit-learn's classification_report text for m (names[k] class names, digits decimals),
 * ending in a newline. Returns a malloc'd string (caller frees) or NULL on out of memory. */
char *metrics_report(const rr_metrics *m, const char *const *names, int digits);

#endif
