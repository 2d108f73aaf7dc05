/* test_recommend.c — the logistic re-ranker (recovering a known model, zero gradient at the
 * optimum by finite differences), and the commands on the real data: together, recommend,
 * export rules and export recommendations (CSV read back). */
#include "testutil.h"

#include <math.h>

#include "app.h"
#include "cmd.h"
#include "err.h"
#include "rank.h"
#include "recommend.h"

static double uniform(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return ((*s >> 8) & 0xFFFF) / 65536.0;
}

/* y ~ Bernoulli(σ(2·x0 − 1·x1 + 0.5)) with x0, x1 uniform on [0, 3): the fit recovers the
 * coefficients on the raw scale (w_f / sd_f) within sampling error. */
static void test_logreg_recovers(void **state)
{
	(void)state;
	enum { N = 40000 };
	float *x = calloc((size_t)N * RR_F_N, sizeof *x);
	unsigned char *y = malloc(N);
	unsigned s = 11;
	for (int i = 0; i < N; i++) {
		float *xi = x + (size_t)i * RR_F_N;
		xi[RR_F_EASE] = (float)(3 * uniform(&s));
		xi[RR_F_POP] = (float)(3 * uniform(&s));
		double p = 1 / (1 + exp(-(2.0 * xi[RR_F_EASE] - 1.0 * xi[RR_F_POP] + 0.5)));
		y[i] = uniform(&s) < p;
	}
	rr_logreg m;
	memset(&m, 0, sizeof m);
	m.used[RR_F_EASE] = m.used[RR_F_POP] = 1;
	assert_int_equal(0, logreg_fit(&m, x, y, N, 0, 30));
	double w0 = m.w[RR_F_EASE] / m.sd[RR_F_EASE], w1 = m.w[RR_F_POP] / m.sd[RR_F_POP];
	double b = m.b - w0 * m.mean[RR_F_EASE] - w1 * m.mean[RR_F_POP];
	assert_float_equal(2.0, w0, 0.12);
	assert_float_equal(-1.0, w1, 0.08);
	assert_float_equal(0.5, b, 0.15);
	float probe[RR_F_N] = {0};
	probe[RR_F_EASE] = 1;
	probe[RR_F_POP] = 1;
	assert_float_equal(1 / (1 + exp(-1.5)), logreg_prob(&m, probe), 0.03);
	free(x);
	free(y);
}

/* At the fitted optimum the penalized loss has zero gradient: check by central differences. */
static void test_logreg_optimum(void **state)
{
	(void)state;
	enum { N = 3000 };
	float *x = calloc((size_t)N * RR_F_N, sizeof *x);
	unsigned char *y = malloc(N);
	unsigned s = 5;
	for (int i = 0; i < N; i++) {
		float *xi = x + (size_t)i * RR_F_N;
		for (int f = 0; f < 4; f++)
			xi[f] = (float)uniform(&s);
		y[i] = uniform(&s) < 0.2 + 0.5 * xi[0] * xi[1];
	}
	rr_logreg m;
	memset(&m, 0, sizeof m);
	for (int f = 0; f < 4; f++)
		m.used[f] = 1;
	const double l2 = 1e-3;
	assert_int_equal(0, logreg_fit(&m, x, y, N, l2, 30));
	for (int f = 0; f <= 4; f++) {   /* f == 4: the intercept */
		double *p = f < 4 ? &m.w[f] : &m.b, keep = *p, h = 1e-4;
		*p = keep + h;
		double up = logreg_loss(&m, x, y, N) + (f < 4 ? 0.5 * l2 * (*p) * (*p) : 0);
		*p = keep - h;
		double dn = logreg_loss(&m, x, y, N) + (f < 4 ? 0.5 * l2 * (*p) * (*p) : 0);
		*p = keep;
		assert_float_equal(0.0, (up - dn) / (2 * h), 1e-6);
	}
	/* and moving away from it raises the loss */
	double at = logreg_loss(&m, x, y, N);
	m.w[0] += 0.1;
	assert_true(logreg_loss(&m, x, y, N) > at);
	free(x);
	free(y);
}

static int run(rr_app *a, tu_capture *c, const char *line)
{
	c->len = 0;
	if (c->buf)
		c->buf[0] = '\0';
	int rc = cmd_exec(a, line);
	if (rc != 0)
		fprintf(stderr, "%s: %s\n", line, err_msg());
	return rc;
}

static void test_commands(void **state)
{
	(void)state;
	const char *path = "data/online_retail.csv.gz";
	TU_SKIP_UNLESS_READABLE(path);
	rr_app a;
	tu_capture c;
	assert_int_equal(0, app_init(&a));
	tu_capture_install(&a.sink, &c);
	assert_int_equal(0, run(&a, &c, "load data/online_retail.csv.gz"));

	assert_int_equal(0, run(&a, &c, "together 85123A"));
	assert_non_null(strstr(c.buf, "in 2198 of 19773 baskets"));
	assert_non_null(strstr(c.buf, "22804   CANDLEHOLDER PINK HANGING HEART       336"));
	assert_int_equal(0, run(&a, &c, "together 85123A 3 --by confidence --min-count 100"));
	assert_non_null(strstr(c.buf, "21733   RED HANGING HEART T-LIGHT HOLDER   489   0.0247       0.222  5.94"));
	assert_int_equal(0, run(&a, &c, "together --user 17850 5"));
	assert_non_null(strstr(c.buf, "customer 17850 owns 21 items"));
	assert_int_not_equal(0, run(&a, &c, "together NOSUCHITEM"));
	assert_int_not_equal(0, run(&a, &c, "together 85123A --by support"));

	assert_int_equal(0, run(&a, &c, "recommend 17850"));
	assert_non_null(strstr(c.buf, "customer 17850: 34 invoices, 21 items bought; top 10 new to them"));
	assert_non_null(strstr(c.buf, "bought together with"));
	/* ten numbered rows */
	assert_non_null(strstr(c.buf, "\n  10  "));
	assert_int_equal(0, run(&a, &c, "recommend 17850 5 --owned"));
	assert_non_null(strstr(c.buf, "bought in 17 orders"));
	assert_int_not_equal(0, run(&a, &c, "recommend 99999999"));

	char *rules = strdup("/tmp/relrec-test-rules-XXXXXX");
	int fd = mkstemp(rules);
	close(fd);
	char line[256];
	snprintf(line, sizeof line, "export rules %s --min-count 100", rules);
	assert_int_equal(0, run(&a, &c, line));
	FILE *f = fopen(rules, "r");
	assert_non_null(f);
	char buf[1024];
	assert_non_null(fgets(buf, sizeof buf, f));
	assert_string_equal("\"antecedent\",\"antecedent_description\",\"consequent\","
			    "\"consequent_description\",\"n_xy\",\"n_x\",\"n_y\",\"support\","
			    "\"confidence\",\"lift\"\r\n", buf);
	size_t lines = 0;
	int found = 0;
	while (fgets(buf, sizeof buf, f)) {
		lines++;
		found |= !strncmp(buf, "\"85123A\",\"WHITE HANGING HEART T-LIGHT HOLDER\",\"21733\","
				  "\"RED HANGING HEART T-LIGHT HOLDER\",489,2198,", 96);
	}
	fclose(f);
	assert_true(found);
	assert_true(lines > 1000 && lines % 2 == 0);   /* both directions of every pair */
	tu_remove(rules);

	char *recs = strdup("/tmp/relrec-test-recs-XXXXXX");
	fd = mkstemp(recs);
	close(fd);
	snprintf(line, sizeof line, "export recommendations %s 3", recs);
	assert_int_equal(0, run(&a, &c, line));
	f = fopen(recs, "r");
	assert_non_null(f);
	assert_non_null(fgets(buf, sizeof buf, f));
	assert_non_null(strstr(buf, "\"customer\",\"rank\",\"stock_code\",\"description\",\"score\""));
	lines = 0;
	while (fgets(buf, sizeof buf, f))
		lines++;
	fclose(f);
	assert_int_equal(4334 * 3, lines);
	tu_remove(recs);

	/* the all-customers pass equals scoring each customer on its own */
	const rr_recsys *rs = a.rec;
	assert_non_null(rs);
	const rr_dataset *d = a.ds;
	enum { K = 10 };
	uint32_t *top = malloc((size_t)d->n_users * K * sizeof *top);
	double *tsc = malloc((size_t)d->n_users * K * sizeof *tsc);
	int *nt = malloc(d->n_users * sizeof *nt);
	assert_int_equal(0, recsys_topk_all(rs, K, 0, 2, top, tsc, NULL, nt));
	rr_rec_work w;
	assert_int_equal(0, rec_work_alloc(&w, &rs->part));
	double *score = malloc(d->n_items * sizeof *score);
	unsigned char *skip = calloc(d->n_items, 1);
	uint32_t one[K];
	for (uint32_t u = 0; u < d->n_users; u += 97) {
		assert_int_equal(0, recsys_score(rs, u, &w, score, NULL));
		for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++)
			skip[d->pairs[q].item] = 1;
		int got = rank_topk(score, d->n_items, rs->part.tie, skip, K, one);
		for (size_t q = d->user_start[u]; q < d->user_start[u + 1]; q++)
			skip[d->pairs[q].item] = 0;
		assert_int_equal(got, nt[u]);
		for (int r = 0; r < got; r++) {
			assert_int_equal(one[r], top[(size_t)u * K + r]);
			assert_float_equal(score[one[r]], tsc[(size_t)u * K + r], 1e-12);
		}
	}
	rec_work_free(&w);
	free(score);
	free(skip);
	free(top);
	free(tsc);
	free(nt);
	free(c.buf);
	app_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_logreg_recovers),
		cmocka_unit_test(test_logreg_optimum),
		cmocka_unit_test(test_commands),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
