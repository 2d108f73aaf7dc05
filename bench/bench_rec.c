/* bench_rec.c — timings of the recommendation side on the real data (DESIGN §10: benchmarks
 * print numbers, tests never assert on them). Built and run by bench/bench_rec.sh.
 * Targets (issue 4): every pair rule with n_xy >= 20 mined <= 0.15 s; top-10 for one customer
 * <= 5 ms; every customer × every item scored <= 0.5 s. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "basket.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"
#include "labels.h"
#include "model.h"
#include "rank.h"
#include "recommend.h"
#include "settings.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int fail(const char *what)
{
	fprintf(stderr, "bench_rec: %s: %s\n", what, err_msg());
	return 1;
}

/* Every customer × every item scored and ranked (top 10 each); seconds, best of reps. */
static double score_all(const rr_recsys *s, int threads, int reps)
{
	const rr_dataset *d = s->part.ds;
	uint32_t *top = malloc((size_t)d->n_users * 10 * sizeof *top);
	int *n_top = malloc(d->n_users * sizeof *n_top);
	double best = 1e9;
	for (int r = 0; r < reps; r++) {
		double t0 = now_s();
		if (recsys_topk_all(s, 10, 0, threads, top, NULL, NULL, n_top) != 0)
			return -1;
		double dt = now_s() - t0;
		if (dt < best)
			best = dt;
	}
	free(top);
	free(n_top);
	return best;
}

/* Mean time of a top-10 list (scoring + ranking, owned excluded) over many customers. */
static double top10(const rr_recsys *s)
{
	const rr_dataset *d = s->part.ds;
	rr_rec_work w;
	double *score = malloc(d->n_items * sizeof *score);
	unsigned char *skip = calloc(d->n_items, 1);
	uint32_t top[10];
	if (rec_work_alloc(&w, &s->part) != 0)
		return -1;
	int n = 0;
	double t0 = now_s();
	for (uint32_t u = 0; u < d->n_users; u += 17, n++) {
		recsys_score(s, u, &w, score, NULL);
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
			skip[d->pairs[p].item] = 1;
		rank_topk(score, d->n_items, s->part.tie, skip, 10, top);
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
			skip[d->pairs[p].item] = 0;
	}
	double dt = (now_s() - t0) / n;
	rec_work_free(&w);
	free(score);
	free(skip);
	return dt;
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "data/online_retail.csv.gz";
	int with_net = !(argc > 2 && !strcmp(argv[2], "--no-network"));
	rr_rows *r = ingest_load(path, NULL, 0, NULL);
	if (!r)
		return fail("load");
	rr_clean c;
	clean_init(&c);
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	if (!d)
		return fail("dataset");

	double t0 = now_s();
	rr_baskets *b = baskets_build(r, &c);
	if (!b)
		return fail("baskets");
	printf("baskets: %u baskets, %u items built in %.3f s\n", b->n_baskets, b->n_items, now_s() - t0);
	for (int th = 1; th <= 2; th++) {
		double best = 1e9;
		size_t n = 0;
		for (int rep = 0; rep < 3; rep++) {
			rr_pairc *p;
			t0 = now_s();
			if (baskets_mine(b, 20, th, &p, &n) != 0)
				return fail("mine");
			double dt = now_s() - t0;
			if (dt < best)
				best = dt;
			free(p);
		}
		printf("rules: %zu pairs with n_xy >= 20 mined in %.3f s (%d thread%s; target <= 0.15 s)\n",
		       n, best, th, th > 1 ? "s" : "");
	}
	uint32_t x = baskets_find(b, "85123A");
	rr_rule_filter f = {20, 0, 0, RR_BY_LIFT};
	rr_assoc *ru;
	size_t nr;
	t0 = now_s();
	for (int rep = 0; rep < 100; rep++) {
		baskets_rules_for(b, x, &f, 10, &ru, &nr);
		free(ru);
	}
	printf("rules of 85123A: %.2f ms\n", (now_s() - t0) * 10);

	rr_labels lab;
	long edges[2] = {2, 5};
	labels_set(&lab, 2, edges);
	rr_settings set;
	settings_default(&set);
	rr_model *m = NULL;
	if (with_net) {
		t0 = now_s();
		m = model_train(d, &lab, &set, NULL);
		if (!m)
			return fail("train");
		printf("network trained (defaults) in %.1f s\n", now_s() - t0);
	}
	for (int net = 0; net <= with_net; net++) {
		rr_rec_opts o;
		memset(&o, 0, sizeof o);
		o.lambda = 500;
		o.use_network = net;
		o.model = net ? m : NULL;
		o.labels = &lab;
		o.settings = &set;
		t0 = now_s();
		rr_recsys *s = recsys_fit(r, &c, d, d->max_minute + 1, &o, NULL);
		if (!s)
			return fail("recsys");
		printf("recommender %s network: fitted in %.2f s (%s)\n", net ? "with" : "without",
		       now_s() - t0, s->note);
		printf("  top-10 for one customer: %.3f ms (target <= 5 ms)\n", top10(s) * 1e3);
		for (int th = 1; th <= 2; th++) {
			double all = score_all(s, th, 2);
			printf("  every customer x every item (%u x %u), top 10 each, %d thread%s: %.3f s, "
			       "%.1f M pairs/s (target <= 0.5 s)\n", d->n_users, d->n_items, th,
			       th > 1 ? "s" : "", all, (double)d->n_users * d->n_items / all / 1e6);
		}
		recsys_free(s);
	}
	model_free(m);
	baskets_free(b);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
	return 0;
}
