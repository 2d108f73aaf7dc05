/* metrics.c — precision, recall, F1 and the classification report. */
#include "metrics.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

void metrics_from_confusion(rr_metrics *m, const int64_t *conf, int k)
{
	memset(m, 0, sizeof *m);
	m->k = k;
	memcpy(m->conf, conf, (size_t)k * (size_t)k * sizeof *conf);
	int64_t trace = 0;
	for (int t = 0; t < k; t++)
		for (int p = 0; p < k; p++) {
			int64_t c = conf[t * k + p];
			m->support[t] += c;
			m->predicted[p] += c;
			m->total += c;
			if (t == p)
				trace += c;
		}
	for (int c = 0; c < k; c++) {
		double tp = (double)conf[c * k + c];
		m->precision[c] = m->predicted[c] ? tp / (double)m->predicted[c] : 0.0;
		m->recall[c] = m->support[c] ? tp / (double)m->support[c] : 0.0;
		double s = m->precision[c] + m->recall[c];
		m->f1[c] = s > 0.0 ? 2.0 * m->precision[c] * m->recall[c] / s : 0.0;
		m->macro_p += m->precision[c] / k;
		m->macro_r += m->recall[c] / k;
		m->macro_f1 += m->f1[c] / k;
		if (m->total) {
			double w = (double)m->support[c] / (double)m->total;
			m->weighted_p += w * m->precision[c];
			m->weighted_r += w * m->recall[c];
			m->weighted_f1 += w * m->f1[c];
		}
	}
	m->accuracy = m->total ? (double)trace / (double)m->total : 0.0;
}

const char *metrics_empty_note(int k, const char *const *names, const int64_t *count,
			       const char *what, char *buf, size_t size)
{
	size_t n = 0;
	int empty = 0;
	buf[0] = '\0';
	int total = 0;
	for (int c = 0; c < k; c++)
		total += count[c] == 0;
	for (int c = 0; c < k; c++)
		if (count[c] == 0 && n < size) {
			const char *sep = !empty ? (total == 1 ? "class " : "classes ")
					  : empty + 1 == total ? " and " : ", ";
			n += (size_t)snprintf(buf + n, size - n, "%s%s", sep, names[c]);
			empty++;
		}
	if (empty && n < size)
		/* kept in the mean, as scikit-learn does for a class it is given: dropping it would
		 * make the figure of one binning incomparable with another's */
		snprintf(buf + n, size - n,
			 " %s no %s: macro-F1 averages over all %d classes and counts %s F1 as 0, so it "
			 "is at most %d/%d however good the model",
			 empty == 1 ? "has" : "have", what, k, empty == 1 ? "its" : "their", k - empty, k);
	return buf;
}

void metrics_count(int64_t *conf, int k, const int *truth, const int *pred, int n)
{
	for (int i = 0; i < n; i++)
		conf[truth[i] * k + pred[i]]++;
}

/* Append printf output to a growing buffer; returns 0 or -1. */
static int buf_add(char **buf, size_t *len, size_t *cap, const char *fmt, ...) RR_PRINTF(4, 5);

static int buf_add(char **buf, size_t *len, size_t *cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if (*len + (size_t)n + 1 > *cap) {
		size_t nc = (*cap ? *cap * 2 : 256);
		while (nc < *len + (size_t)n + 1)
			nc *= 2;
		char *nb = realloc(*buf, nc);
		if (!nb)
			return -1;
		*buf = nb;
		*cap = nc;
	}
	va_start(ap, fmt);
	vsnprintf(*buf + *len, *cap - *len, fmt, ap);
	va_end(ap);
	*len += (size_t)n;
	return 0;
}

char *metrics_report(const rr_metrics *m, const char *const *names, int digits)
{
	/* scikit-learn: width = max(longest name, len("weighted avg"), digits); header right-
	 * aligned in 9-wide columns after one space; a blank line; class rows; a blank line;
	 * accuracy (f1 column only), macro avg, weighted avg */
	int width = (int)strlen("weighted avg");
	for (int c = 0; c < m->k; c++)
		if ((int)strlen(names[c]) > width)
			width = (int)strlen(names[c]);
	if (digits > width)
		width = digits;
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int e = 0;
	e |= buf_add(&buf, &len, &cap, "%*s  %9s %9s %9s %9s\n\n", width, "", "precision", "recall",
		     "f1-score", "support");
	for (int c = 0; c < m->k; c++)
		e |= buf_add(&buf, &len, &cap, "%*s  %9.*f %9.*f %9.*f %9lld\n", width, names[c],
			     digits, m->precision[c], digits, m->recall[c], digits, m->f1[c],
			     (long long)m->support[c]);
	e |= buf_add(&buf, &len, &cap, "\n%*s  %9s %9s %9.*f %9lld\n", width, "accuracy", "", "",
		     digits, m->accuracy, (long long)m->total);
	e |= buf_add(&buf, &len, &cap, "%*s  %9.*f %9.*f %9.*f %9lld\n", width, "macro avg",
		     digits, m->macro_p, digits, m->macro_r, digits, m->macro_f1,
		     (long long)m->total);
	e |= buf_add(&buf, &len, &cap, "%*s  %9.*f %9.*f %9.*f %9lld\n", width, "weighted avg",
		     digits, m->weighted_p, digits, m->weighted_r, digits, m->weighted_f1,
		     (long long)m->total);
	if (e) {
		free(buf);
		return NULL;
	}
	return buf;
}
