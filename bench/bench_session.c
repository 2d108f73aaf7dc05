/* bench_session.c — one analyst's session on a big log, stage by stage (issue 15): load, bins,
 * one training epoch, the recommender fit, top 10 for a heavy and a typical customer, the
 * items bought together with the most popular item, then the same file loaded again.
 * Prints each stage's wall time and the process's peak RSS after it (VmHWM), and the peak of
 * the second load alone (the peak is reset through /proc/self/clear_refs just before it).
 * The commands are the ones the prompt runs (cmd_exec), so this measures what a user waits for.
 * usage: bench_session FILE [HEAVY TYPICAL ITEM]  (defaults: 12346 14346 10000B, which are
 * `relrec gen`'s heaviest customer, its 2,001st and its most popular item).
 * Figures only: nothing here passes or fails on a time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "blaspin.h"
#include "app.h"
#include "cmd.h"
#include "err.h"
#include "util.h"

/* A memory line of /proc/self/status ("VmHWM:", the peak resident set, or "VmRSS:") in MB,
 * or -1 where /proc is not there. */
static double status_mb(const char *key)
{
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return -1;
	char line[256];
	double kb = -1;
	size_t n = strlen(key);
	while (fgets(line, sizeof line, f))
		if (strncmp(line, key, n) == 0)
			kb = atof(line + n);
	fclose(f);
	return kb < 0 ? -1 : kb / 1024.0;
}

static double peak_mb(void) { return status_mb("VmHWM:"); }
static double rss_mb(void) { return status_mb("VmRSS:"); }

/* Linux resets VmHWM to the current RSS when "5" is written here. 0 or -1. */
static int peak_reset(void)
{
	FILE *f = fopen("/proc/self/clear_refs", "w");
	if (!f)
		return -1;
	int rc = fputs("5", f) < 0 ? -1 : 0;
	return fclose(f) != 0 ? -1 : rc;
}

/* The sink keeps the last timing line of "scored N items in X ms" (the scoring alone) and
 * the stages of long work (progress "what" labels) with the time each one began. */
typedef struct bench_ctx {
	double scored_ms;      /* from the last "scored ... in X ms" line, or -1 */
	int verbose;           /* 1 = echo the session's text (BENCH_VERBOSE) */
	char stage[96];        /* the running stage of long work */
	double stage_t0;       /* when it began */
} bench_ctx;

static void on_text(void *ctx, const char *s)
{
	bench_ctx *b = ctx;
	if (b->verbose)
		printf("    | %s\n", s);
}

static void on_timing(void *ctx, const char *s)
{
	bench_ctx *b = ctx;
	double ms;
	unsigned long n;
	if (sscanf(s, "scored %lu items in %lf ms", &n, &ms) == 2)
		b->scored_ms = ms;
	if (b->verbose)
		printf("    | %s\n", s);
}

static void on_table(void *ctx, const rr_table *t)
{
	(void)ctx;
	(void)t;
}

/* Sub-stages of a command (the recommender's fit phases) with their durations: the profile
 * a reader needs to see which part of a slow stage dominates. */
static void on_progress(void *ctx, const rr_progress *p)
{
	bench_ctx *b = ctx;
	const char *what = p->what ? p->what : "";
	if (p->phase == RR_PHASE_EPOCH)
		what = "epoch";
	if (strcmp(what, b->stage) != 0 || p->phase == RR_PHASE_DONE) {
		double t = rr_now();
		if (b->stage[0])
			printf("      %-44.44s %8.2f s  RSS %6.0f MB\n", b->stage, t - b->stage_t0,
			       rss_mb());
		snprintf(b->stage, sizeof b->stage, "%s", p->phase == RR_PHASE_DONE ? "" : what);
		b->stage_t0 = t;
	}
}

static void on_error(void *ctx, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "relrec: %s\n", msg);
}

/* Run one command; print its time and the peak so far. Returns its seconds or -1. */
static double stage(rr_app *app, bench_ctx *b, const char *label, const char *line)
{
	b->scored_ms = -1;
	b->stage[0] = 0;
	double t0 = rr_now();
	if (cmd_exec(app, line) != 0) {
		fprintf(stderr, "bench_session: '%s': %s\n", line, err_msg());
		return -1;
	}
	double dt = rr_now() - t0;
	printf("  %-18s %8.2f s   peak RSS %6.0f MB   (%s)\n", label, dt, peak_mb(), line);
	fflush(stdout);
	return dt;
}

int main(int argc, char **argv)
{
	blas_pin_kernels(argv);   /* the kernels relrec runs with (blaspin.h) */
	if (argc < 2) {
		fprintf(stderr, "usage: bench_session FILE [HEAVY TYPICAL ITEM]\n");
		return 2;
	}
	const char *heavy = argc > 2 ? argv[2] : "12346", *typical = argc > 3 ? argv[3] : "14346";
	const char *item = argc > 4 ? argv[4] : "10000B";
	bench_ctx b = {.verbose = getenv("BENCH_VERBOSE") != NULL};
	rr_app app;
	if (app_init(&app) != 0)
		return 1;
	app.sink = (rr_sink){.ctx = &b, .text = on_text, .timing = on_timing, .table = on_table,
			     .progress = on_progress, .error = on_error};
	char line[4096];
	double t_all = rr_now(), t[8];
	printf("session on %s\n", argv[1]);
	snprintf(line, sizeof line, "load %s", argv[1]);
	if ((t[0] = stage(&app, &b, "load", line)) < 0)
		return 1;
	if ((t[1] = stage(&app, &b, "bins", "bins 2 5")) < 0 ||
	    stage(&app, &b, "set", "set epochs 1") < 0 ||
	    (t[2] = stage(&app, &b, "train 1 epoch", "train")) < 0)
		return 1;
	snprintf(line, sizeof line, "recommend %s 10", heavy);
	if ((t[3] = stage(&app, &b, "fit + top-10 heavy", line)) < 0)
		return 1;
	double heavy_ms = b.scored_ms;
	snprintf(line, sizeof line, "recommend %s 10", typical);
	if ((t[4] = stage(&app, &b, "top-10 typical", line)) < 0)
		return 1;
	double typ_ms = b.scored_ms;
	snprintf(line, sizeof line, "together %s 10", item);
	if ((t[5] = stage(&app, &b, "together", line)) < 0)
		return 1;
	double session = rr_now() - t_all, peak1 = peak_mb();
	int reset = peak_reset() == 0;
	double before = rss_mb();
	snprintf(line, sizeof line, "load %s", argv[1]);
	if ((t[6] = stage(&app, &b, "second load", line)) < 0)
		return 1;
	double peak2 = peak_mb();
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("summary: load %.1f s, bins %.2f s, epoch %.1f s, fit %.1f s, top-10 heavy %.1f ms, "
	       "typical %.1f ms, together %.1f s\n", t[0], t[1], t[2], t[3] - heavy_ms / 1e3,
	       heavy_ms, typ_ms, t[5]);
	printf("summary: session %.1f s (%.1f min), peak RSS %.0f MB; second load %.1f s, "
	       "RSS before it %.0f MB, its peak %s%.0f MB; CPU user %.0f s sys %.0f s\n",
	       session, session / 60, peak1, t[6], before, reset ? "" : "(not reset) ", peak2,
	       (double)ru.ru_utime.tv_sec, (double)ru.ru_stime.tv_sec);
	app_free(&app);
	return 0;
}
