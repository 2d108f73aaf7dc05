/* bench_rec.c — the recommendation side's loop times on the real data, through the commands an
 * analyst types (DESIGN §10: benchmarks print numbers, tests never assert on them). Built and
 * run by bench/bench_rec.sh. Wall and CPU seconds both: the machine is shared, and the load
 * average is printed with them.
 * Targets (issue 12): the recommender fitted in <= 3 s after load; train or bins never force a
 * refit (<= 1 s to the next recommendation); top 10 for the heaviest customer (14911) <= 5 ms;
 * `export recommendations FILE 300 --owned` <= 5 s. Also: rule mining (issue 4), every
 * customer's top 10, an item's column for every customer, one explanation, evaluate ranking. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "blaspin.h"
#include "app.h"
#include "basket.h"
#include "cmd.h"
#include "err.h"
#include "rank.h"
#include "recommend.h"
#include "util.h"

static double cpu_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static const char *loadavg(char *buf, size_t n)
{
	FILE *f = fopen("/proc/loadavg", "r");
	if (!f || !fgets(buf, (int)n, f))
		snprintf(buf, n, "?");
	if (f)
		fclose(f);
	buf[strcspn(buf, " ")] = '\0';   /* the 1-minute figure */
	return buf;
}

static void quiet(void *ctx, const char *s)
{
	(void)ctx;
	(void)s;
}

/* Run one command line; wall and CPU seconds into w, c. Exits on failure. */
static void timed(rr_app *app, const char *line, double *w, double *c)
{
	double w0 = rr_now(), c0 = cpu_s();
	if (cmd_exec(app, line) != 0) {
		fprintf(stderr, "bench_rec: %s: %s\n", line, err_msg());
		exit(1);
	}
	*w = rr_now() - w0;
	*c = cpu_s() - c0;
}

static void report(const char *what, const char *line, rr_app *app, const char *target)
{
	double w, c;
	char la[32];
	timed(app, line, &w, &c);
	printf("  %-44s %7.3f s wall %7.3f s CPU  (load %s)%s%s\n", what, w, c,
	       loadavg(la, sizeof la), target ? "  target " : "", target ? target : "");
}

/* Mean milliseconds of customer u's top 10 (scoring and ranking) over reps. */
static double top10_ms(const rr_recsys *s, uint32_t u, int reps)
{
	const rr_dataset *d = s->part.ds;
	rr_rec_work w;
	double *score = malloc(d->n_items * sizeof *score);
	uint32_t top[10];
	if (!score || rec_work_alloc(&w, &s->part) != 0)
		exit(1);
	double t0 = rr_now();
	for (int r = 0; r < reps; r++) {
		recsys_score(s, u, &w, score);
		rank_topk(score, d->n_items, s->part.tie, NULL, 10, top);
	}
	double ms = (rr_now() - t0) / reps * 1e3;
	rec_work_free(&w);
	free(score);
	return ms;
}

static void scoring_figures(rr_app *app)
{
	rr_recsys *rs;
	if (cmd_recommender(app, &rs) != 0)
		exit(1);
	const rr_dataset *d = rs->part.ds;
	uint32_t heavy = dataset_find_user(d, "14911"), typical = dataset_find_user(d, "17850");
	if (heavy != RR_NONE)
		printf("  top 10 of the heaviest customer (14911, %zu items) %.2f ms (target <= 5 ms)\n",
		       d->user_start[heavy + 1] - d->user_start[heavy], top10_ms(rs, heavy, 50));
	if (typical != RR_NONE)
		printf("  top 10 of a typical customer (17850)           %.3f ms\n",
		       top10_ms(rs, typical, 200));
	uint32_t *top = malloc((size_t)d->n_users * 10 * sizeof *top);
	int *nt = malloc(d->n_users * sizeof *nt);
	double t0 = rr_now(), c0 = cpu_s();
	recsys_topk_all(rs, 10, 0, 2, top, NULL, nt, NULL);
	printf("  every customer's top 10 (%u x %u), 2 threads   %.3f s wall %.3f s CPU\n",
	       d->n_users, d->n_items, rr_now() - t0, cpu_s() - c0);
	free(top);
	free(nt);
	/* audience and why: the column caches once, then an item's column and one explanation */
	t0 = rr_now();
	if (recsys_prepare_columns(rs, 2, NULL) != 0)
		exit(1);
	double prep = rr_now() - t0;
	double *col = malloc(d->n_users * sizeof *col);
	uint32_t item = dataset_find_item(d, "85123A");
	t0 = rr_now();
	for (int r = 0; r < 20; r++)
		recsys_item_column(rs, item == RR_NONE ? 0 : item, col, NULL, RR_SCORE_OTHERS);
	printf("  an item's column (every customer): caches %.3f s once, then %.2f ms\n", prep,
	       (rr_now() - t0) / 20 * 1e3);
	free(col);
}

int main(int argc, char **argv)
{
	blas_pin_kernels(argv);   /* the kernels relrec runs with (blaspin.h) */
	const char *path = argc > 1 ? argv[1] : "data/online_retail.csv.gz";
	char line[512], out[] = "/tmp/relrec-bench-XXXXXX";
	int fd = mkstemp(out);
	if (fd >= 0)
		close(fd);
	rr_app app;
	if (app_init(&app) != 0)
		return 1;
	app.sink = (rr_sink){.text = quiet, .table = NULL};
	snprintf(line, sizeof line, "load %s", path);
	report("load", line, &app, NULL);
	double t0 = rr_now();
	rr_baskets *b = baskets_build(app.rows, &app.clean, app.ds);
	rr_pairc *p;
	size_t n;
	double tb = rr_now() - t0;
	t0 = rr_now();
	if (!b || baskets_mine(b, 20, 2, &p, &n) != 0)
		return 1;
	printf("  baskets built in %.3f s; %zu pair rules (n_xy >= 20) mined in %.3f s (target <= 0.15 s)\n",
	       tb, n, rr_now() - t0);
	free(p);
	baskets_free(b);
	report("first recommendation after load (fit + 10)", "recommend 17850", &app, "<= 3 s");
	report("train at defaults", "train", &app, NULL);
	report("first recommendation after train", "recommend 17850", &app, "<= 1 s");
	report("bins 3 6", "bins 3 6", &app, NULL);
	report("first recommendation after bins", "recommend 17850", &app, "<= 1 s");
	report("recommend 14911 (the heaviest customer)", "recommend 14911", &app, NULL);
	scoring_figures(&app);
	snprintf(line, sizeof line, "export recommendations %s 300 --owned", out);
	report("export recommendations FILE 300 --owned", line, &app, "<= 5 s");
	snprintf(line, sizeof line, "export recommendations %s 10", out);
	report("export recommendations FILE 10", line, &app, NULL);
	report("evaluate ranking --cutoff 2011-09-01", "evaluate ranking --cutoff 2011-09-01", &app,
	       NULL);
	unlink(out);
	app_free(&app);
	return 0;
}
