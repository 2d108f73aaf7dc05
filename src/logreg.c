/* logreg.c — Newton's method for the L2 logistic regression. */
#include "logreg.h"

#include <math.h>
#include <string.h>
#include <stdlib.h>

#include "err.h"

#define LR_PRIOR_MIN 1.0   /* the weakest L2 penalty in all (see logreg_fit) */

/* Solve A z = g for symmetric positive definite A (m,m) in place by Cholesky; z into g.
 * 0 or -1 when A is not positive definite. */
static int spd_solve(double *A, double *g, int m)
{
	for (int j = 0; j < m; j++) {
		double d = A[j * m + j];
		for (int k = 0; k < j; k++)
			d -= A[j * m + k] * A[j * m + k];
		if (!(d > 0))
			return -1;
		d = sqrt(d);
		A[j * m + j] = d;
		for (int i = j + 1; i < m; i++) {
			double s = A[i * m + j];
			for (int k = 0; k < j; k++)
				s -= A[i * m + k] * A[j * m + k];
			A[i * m + j] = s / d;
		}
	}
	for (int i = 0; i < m; i++) {   /* L y = g */
		double s = g[i];
		for (int k = 0; k < i; k++)
			s -= A[i * m + k] * g[k];
		g[i] = s / A[i * m + i];
	}
	for (int i = m - 1; i >= 0; i--) {  /* Lᵀ z = y */
		double s = g[i];
		for (int k = i + 1; k < m; k++)
			s -= A[k * m + i] * g[k];
		g[i] = s / A[i * m + i];
	}
	return 0;
}

static double sigmoid(double z)
{
	return z >= 0 ? 1.0 / (1.0 + exp(-z)) : exp(z) / (1.0 + exp(z));
}

/* A value standardized, 0 when missing, bounded to the training range. */
static double zval(const rr_logreg *m, int a, double x)
{
	if (isnan(x))
		return 0;
	x = x < m->lo[a] ? m->lo[a] : x > m->hi[a] ? m->hi[a] : x;
	return (x - m->mean[a]) / m->sd[a];
}

double logreg_term(const rr_logreg *m, int a, double x)
{
	return isnan(x) ? 0 : m->w[a] * zval(m, a, x);   /* not -0 for a negative weight */
}

double logreg_logit(const rr_logreg *m, const double *x)
{
	double z = m->b;
	for (int a = 0; a < m->n; a++)
		z += logreg_term(m, a, x[a]);
	return z;
}

double logreg_prob(const rr_logreg *m, const double *x)
{
	return sigmoid(m->cal_a * logreg_logit(m, x) + m->cal_c);
}

void logreg_calibrate(rr_logreg *m, const double *z, const unsigned char *y, size_t n)
{
	double a = 1, c = 0;
	size_t pos = 0;
	int converged = 0;
	m->cal_a = 1;
	m->cal_c = 0;
	for (size_t i = 0; i < n; i++)
		pos += y[i] != 0;
	if (pos == 0 || pos == n)
		return;
	for (int it = 0; it < 50; it++) {
		/* gradient and Hessian of Σ log-loss of σ(a z + c) in (a, c) */
		double ga = 0, gc = 0, haa = 1e-9, hac = 0, hcc = 1e-9;
		for (size_t i = 0; i < n; i++) {
			double p = sigmoid(a * z[i] + c), r = p - (y[i] ? 1 : 0), v = p * (1 - p);
			ga += r * z[i];
			gc += r;
			haa += v * z[i] * z[i];
			hac += v * z[i];
			hcc += v;
		}
		double det = haa * hcc - hac * hac;
		if (!(det > 0))
			return;
		double da = (hcc * ga - hac * gc) / det, dc = (haa * gc - hac * ga) / det;
		a -= da;
		c -= dc;
		if (!isfinite(a) || !isfinite(c))
			return;
		if (fabs(da) + fabs(dc) < 1e-10) {
			converged = 1;
			break;
		}
	}
	/* rows one line separates drive a to infinity: Newton never settles, keep the identity */
	if (converged && a > 0) {
		m->cal_a = a;
		m->cal_c = c;
	}
}

void logreg_bound_to_rows(rr_logreg *m, const double *x, size_t n)
{
	for (int a = 0; a < m->n; a++) {
		double lo = INFINITY, hi = -INFINITY;
		for (size_t i = 0; i < n; i++) {
			double v = x[i * (size_t)m->n + (size_t)a];
			if (!isnan(v)) {
				lo = v < lo ? v : lo;
				hi = v > hi ? v : hi;
			}
		}
		if (m->lo[a] < m->hi[a] && lo <= hi) {
			m->lo[a] = lo;
			m->hi[a] = hi;
		}
	}
}

double logreg_loss(const rr_logreg *m, const double *x, const unsigned char *y, size_t n)
{
	double loss = 0;
	for (size_t i = 0; i < n; i++) {
		double z = logreg_logit(m, x + i * (size_t)m->n);
		/* log(1 + e^z) − y z, computed without overflow */
		loss += (z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))) - (y[i] ? z : 0);
	}
	return n ? loss / (double)n : 0;
}

/* Means, population standard deviations and bounds of the columns, over the values present
 * (a missing one, NaN, stands at the mean): the bounds are the range widened by its width on
 * each side (scoring a later period drifts: items and customers a few months older). A column
 * whose sd is nil next to its size (RR_LR_FLAT) is constant: sd 1, bounds its mean, so every
 * value of it stands at the mean. */
static void standardize(rr_logreg *m, const double *x, size_t n)
{
	int d = m->n;
	for (int a = 0; a < d; a++) {
		double s = 0, s2 = 0, lo = INFINITY, hi = -INFINITY;
		size_t k = 0;
		for (size_t i = 0; i < n; i++) {
			double v = x[i * (size_t)d + (size_t)a];
			if (!isnan(v)) {
				s += v;
				k++;
				lo = v < lo ? v : lo;
				hi = v > hi ? v : hi;
			}
		}
		double mean = k ? s / (double)k : 0;
		for (size_t i = 0; i < n; i++) {
			double v = x[i * (size_t)d + (size_t)a];
			if (!isnan(v))
				s2 += (v - mean) * (v - mean);
		}
		double sd = k ? sqrt(s2 / (double)k) : 0;
		int flat = !(sd > RR_LR_FLAT * (fabs(mean) > 1 ? fabs(mean) : 1));
		m->mean[a] = mean;
		m->sd[a] = flat ? 1 : sd;
		m->lo[a] = flat ? mean : lo - (hi - lo);   /* room for a drift of one span */
		m->hi[a] = flat ? mean : hi + (hi - lo);
		m->w[a] = 0;
	}
	m->b = 0;
	m->cal_a = 1;
	m->cal_c = 0;
}

/* h[0..k) += wa · z[0..k), two at a time (each element's sum is the same either way; the
 * pairs let the compiler use one vector instruction for two). */
static void add_scaled(double *restrict h, const double *restrict z, double wa, int k)
{
	int c = 0;
	for (; c + 2 <= k; c += 2) {
		h[c] += wa * z[c];
		h[c + 1] += wa * z[c + 1];
	}
	if (c < k)
		h[c] += wa * z[c];
}

#define LR_BLOCK 4   /* rows whose Hessian terms are added in one pass over H */

/* h[c] += wa[0]·z[c], then += wa[1]·z[d + c], ... for LR_BLOCK rows of z (d apart), c < k:
 * each element's additions in row order, as one row at a time makes them, with h read and
 * written once. */
static void add_block(double *restrict h, const double *restrict z, size_t d, const double *wa,
		      int k)
{
	const double *z0 = z, *z1 = z + d, *z2 = z + 2 * d, *z3 = z + 3 * d;
	int c = 0;
	for (; c + 2 <= k; c += 2) {
		double s0 = h[c], s1 = h[c + 1];
		s0 += wa[0] * z0[c];
		s1 += wa[0] * z0[c + 1];
		s0 += wa[1] * z1[c];
		s1 += wa[1] * z1[c + 1];
		s0 += wa[2] * z2[c];
		s1 += wa[2] * z2[c + 1];
		s0 += wa[3] * z3[c];
		s1 += wa[3] * z3[c + 1];
		h[c] = s0;
		h[c + 1] = s1;
	}
	for (; c < k; c++) {
		double s = h[c];
		s += wa[0] * z0[c];
		s += wa[1] * z1[c];
		s += wa[2] * z2[c];
		s += wa[3] * z3[c];
		h[c] = s;
	}
}

/* Rows i0.. of x (nb ≤ LR_BLOCK of them) into g and H's lower triangle (D = d + 1: the
 * intercept last, its value 1), the terms each row adds in the order one row at a time adds
 * them: the sums are those of a row-by-row pass, bit for bit. */
static void newton_rows(const rr_logreg *m, const double *x, const unsigned char *y, size_t i0,
			int nb, double *H, double *g)
{
	int d = m->n, D = d + 1;
	double r[LR_BLOCK], wgt[LR_BLOCK], wa[LR_BLOCK], z[LR_BLOCK * RR_LR_MAX];
	for (int j = 0; j < nb; j++) {
		const double *xi = x + (i0 + (size_t)j) * (size_t)d;
		double *zj = z + j * d, t = m->b;
		for (int a = 0; a < d; a++) {
			zj[a] = zval(m, a, xi[a]);
			t += m->w[a] * zj[a];
		}
		double p = sigmoid(t);
		r[j] = p - (y[i0 + (size_t)j] ? 1 : 0);
		wgt[j] = p * (1 - p);
	}
	for (int a = 0; a < d; a++) {
		for (int j = 0; j < nb; j++) {
			g[a] += r[j] * z[j * d + a];
			wa[j] = wgt[j] * z[j * d + a];
		}
		if (nb == LR_BLOCK)
			add_block(H + a * D, z, (size_t)d, wa, a + 1);
		else
			for (int j = 0; j < nb; j++)
				add_scaled(H + a * D, z + j * d, wa[j], a + 1);
	}
	for (int j = 0; j < nb; j++) {   /* the intercept's row */
		g[d] += r[j];
		if (nb < LR_BLOCK)
			add_scaled(H + d * D, z + j * d, wgt[j], d);
		H[d * D + d] += wgt[j];
	}
	if (nb == LR_BLOCK)
		add_block(H + d * D, z, (size_t)d, wgt, d);
}

/* The gradient g and Hessian H (D = d + 1: the intercept last) of the loss at m. */
static void newton_terms(const rr_logreg *m, const double *x, const unsigned char *y, size_t n,
			 double *H, double *g)
{
	int d = m->n, D = d + 1;
	memset(H, 0, (size_t)D * (size_t)D * sizeof *H);
	memset(g, 0, (size_t)D * sizeof *g);
	for (size_t i = 0; i < n; i += LR_BLOCK)
		newton_rows(m, x, y, i, n - i < LR_BLOCK ? (int)(n - i) : LR_BLOCK, H, g);
	for (int a = 0; a < D; a++)
		for (int c = 0; c < a; c++)
			H[c * D + a] = H[a * D + c];
}

int logreg_fit(rr_logreg *m, const double *x, const unsigned char *y, size_t n, double l2,
	       int iters)
{
	int d = m->n, D = d + 1;
	double H[(RR_LR_MAX + 1) * (RR_LR_MAX + 1)], g[RR_LR_MAX + 1];
	if (n == 0)
		return err_set("logistic regression: no training rows");
	if (d < 0 || d > RR_LR_MAX)
		return err_set("logistic regression: %d features (at most %d)", d, RR_LR_MAX);
	standardize(m, x, n);
	/* L2 on the weights (not the intercept), scaled per row so it reads as a prior; never
	 * weaker than a standard normal prior on the standardized weights, which a few thousand
	 * rows outweigh but which keeps a fit on a handful of customers (rows that a line
	 * separates) from weights that drive every score to 0 or 1 */
	double lam = l2 * (double)n > LR_PRIOR_MIN ? l2 * (double)n : LR_PRIOR_MIN;
	for (int it = 0; it < iters; it++) {
		newton_terms(m, x, y, n, H, g);
		for (int a = 0; a < d; a++) {
			g[a] += lam * m->w[a];
			H[a * D + a] += lam;
		}
		H[d * D + d] += 1e-9 * (double)n;
		if (spd_solve(H, g, D) != 0)
			return err_set("logistic regression: singular hessian");
		double step = 0;
		for (int a = 0; a < d; a++) {
			m->w[a] -= g[a];
			step += fabs(g[a]);
		}
		m->b -= g[d];
		step += fabs(g[d]);
		if (step < 1e-8)
			break;
	}
	return 0;
}

/* ==== the conditional logit (logreg.h's condlogit_fit) ==== */

/* The rows x (n of m->n values) standardized into a new array (zval: bounded, 0 when
 * missing), once: every pass of the fit reads them. NULL when it cannot allocate. */
static double *cl_standardize(const rr_logreg *m, const double *x, size_t n)
{
	size_t d = (size_t)m->n;
	double *z = malloc((n ? n : 1) * (d ? d : 1) * sizeof *z);
	for (size_t k = 0; z && k < n * d; k++)
		z[k] = zval(m, (int)(k % d), x[k]);
	return z;
}

/* The score of a standardized row z without the intercept, which no group sees. */
static double cl_score(const rr_logreg *m, const double *z)
{
	double s = 0;
	for (int a = 0; a < m->n; a++)
		s += m->w[a] * z[a];
	return s;
}

/* Group rows [r0, r1)'s loss (x: the rows cl_standardize made), log Σ exp(s) − the positives' mean s; 0 for a group of one
 * label, which says nothing of the order. With g, its gradient Σ (p_r − y_r/npos)·z_r is
 * added to g; with H too, the lower triangle of its Hessian Σ p z zᵀ − (Σ p z)(Σ p z)ᵀ to
 * H (d, d). s: scratch for the group's scores. */
static double cl_group(const rr_logreg *m, const double *x, const unsigned char *y, size_t r0,
		       size_t r1, double *s, double *g, double *H)
{
	int d = m->n;
	size_t npos = 0;
	for (size_t r = r0; r < r1; r++)
		npos += y[r] != 0;
	if (npos == 0 || npos == r1 - r0)
		return 0;
	double mx = -INFINITY, sum = 0, spos = 0;
	for (size_t r = r0; r < r1; r++) {
		s[r - r0] = cl_score(m, x + r * (size_t)d);
		mx = s[r - r0] > mx ? s[r - r0] : mx;
	}
	for (size_t r = r0; r < r1; r++) {
		sum += exp(s[r - r0] - mx);
		spos += y[r] ? s[r - r0] : 0;
	}
	double loss = mx + log(sum) - spos / (double)npos, mean[RR_LR_MAX];
	if (!g)
		return loss;
	memset(mean, 0, sizeof mean);
	for (size_t r = r0; r < r1; r++) {
		double p = exp(s[r - r0] - mx) / sum, yv = y[r] ? 1.0 / (double)npos : 0;
		const double *z = x + r * (size_t)d;
		for (int a = 0; a < d; a++) {
			mean[a] += p * z[a];
			g[a] += (p - yv) * z[a];
		}
		for (int a = 0; H && a < d; a++)
			for (int b = 0; b <= a; b++)
				H[a * d + b] += p * z[a] * z[b];
	}
	for (int a = 0; H && a < d; a++)
		for (int b = 0; b <= a; b++)
			H[a * d + b] -= mean[a] * mean[b];
	return loss;
}

/* The penalized loss over every group (and with g, H its gradient and full Hessian). */
static double cl_total(const rr_logreg *m, const double *x, const unsigned char *y,
		       const size_t *group, size_t n_groups, double lam, double *s, double *g,
		       double *H)
{
	int d = m->n;
	double loss = 0;
	if (g)
		memset(g, 0, (size_t)d * sizeof *g);
	if (H)
		memset(H, 0, (size_t)d * d * sizeof *H);
	for (size_t k = 0; k < n_groups; k++)
		loss += cl_group(m, x, y, group[k], group[k + 1], s, g, H);
	for (int a = 0; a < d; a++) {
		loss += lam * m->w[a] * m->w[a] / 2;
		if (g)
			g[a] += lam * m->w[a];
		if (H)
			H[a * d + a] += lam;
		for (int b = 0; H && b < a; b++)
			H[b * d + a] = H[a * d + b];
	}
	return loss;
}

/* Groups that hold both labels, and the largest group's rows. */
static size_t cl_groups(const unsigned char *y, const size_t *group, size_t n_groups,
			size_t *largest)
{
	size_t both = 0;
	*largest = 0;
	for (size_t k = 0; k < n_groups; k++) {
		size_t pos = 0, n = group[k + 1] - group[k];
		for (size_t r = group[k]; r < group[k + 1]; r++)
			pos += y[r] != 0;
		both += pos > 0 && pos < n;
		*largest = n > *largest ? n : *largest;
	}
	return both;
}

double condlogit_loss(const rr_logreg *m, const double *x, const unsigned char *y,
		      const size_t *group, size_t n_groups, double l2, double *grad)
{
	size_t largest, both = cl_groups(y, group, n_groups, &largest);
	double *s = malloc((largest ? largest : 1) * sizeof *s);
	double *z = cl_standardize(m, x, group[n_groups]);
	double loss = s && z ? cl_total(m, z, y, group, n_groups, l2 * (double)both, s, grad, NULL)
			     : NAN;
	free(s);
	free(z);
	return loss;
}

/* One Newton step from m's weights along -H⁻¹g, halved until the loss falls (at most 30
 * times): 1 when it fell (m moved, *moved the step's size), 0 when no step lowers it. */
static int cl_step(rr_logreg *m, const double *x, const unsigned char *y, const size_t *group,
		   size_t n_groups, double lam, double *s, const double *dir, double *loss,
		   double *moved)
{
	double w0[RR_LR_MAX], t = 1;
	memcpy(w0, m->w, sizeof w0);
	for (int h = 0; h < 30; h++, t /= 2) {
		*moved = 0;
		for (int a = 0; a < m->n; a++) {
			m->w[a] = w0[a] - t * dir[a];
			*moved += fabs(t * dir[a]);
		}
		double l = cl_total(m, x, y, group, n_groups, lam, s, NULL, NULL);
		if (l <= *loss) {
			*loss = l;
			return 1;
		}
	}
	memcpy(m->w, w0, sizeof w0);
	return 0;
}

/* Which features never differ within a group (x: the standardized rows): they cannot order a group's rows (a
 * customer's own activity, for one customer's items), so their weight is 0, not a rounding
 * error's (why shows what a re-ranker reads). */
static void cl_fixed(const rr_logreg *m, const double *x, const size_t *group, size_t n_groups,
		     unsigned char *fixed)
{
	int d = m->n;
	for (int a = 0; a < d; a++) {
		fixed[a] = 1;
		for (size_t k = 0; k < n_groups && fixed[a]; k++)
			for (size_t r = group[k] + 1; r < group[k + 1] && fixed[a]; r++)
				fixed[a] = x[r * (size_t)d + a] == x[group[k] * (size_t)d + a];
	}
}

int condlogit_fit(rr_logreg *m, const double *x0, const unsigned char *y, const size_t *group,
		  size_t n_groups, double l2, int iters)
{
	int d = m->n;
	double H[RR_LR_MAX * RR_LR_MAX], g[RR_LR_MAX];
	if (d < 1 || d > RR_LR_MAX)
		return err_set("conditional logit: %d features (1 to %d)", d, RR_LR_MAX);
	size_t largest, both = cl_groups(y, group, n_groups, &largest);
	if (both == 0)
		return err_set("conditional logit: no group holds both labels");
	double *s = malloc(largest * sizeof *s), lam = l2 * (double)both;
	double *x = cl_standardize(m, x0, group[n_groups]);
	if (!s || !x) {
		free(s);
		free(x);
		return err_set("conditional logit: cannot allocate %zu rows", group[n_groups]);
	}
	unsigned char fixed[RR_LR_MAX];
	cl_fixed(m, x, group, n_groups, fixed);
	for (int a = 0; a < d; a++)
		m->w[a] = fixed[a] ? 0 : m->w[a];
	double loss = cl_total(m, x, y, group, n_groups, lam, s, NULL, NULL), moved = 0;
	for (int it = 0; it < iters; it++) {
		cl_total(m, x, y, group, n_groups, lam, s, g, H);
		for (int a = 0; a < d; a++)   /* a fixed weight's row and column: no step */
			for (int b = 0; fixed[a] && b < d; b++) {
				H[a * d + b] = H[b * d + a] = a == b;
				g[a] = 0;
			}
		if (spd_solve(H, g, d) != 0) {
			free(s);
			free(x);
			return err_set("conditional logit: singular hessian");
		}
		if (!cl_step(m, x, y, group, n_groups, lam, s, g, &loss, &moved) || moved < 1e-8)
			break;
	}
	free(s);
	free(x);
	return 0;
}
