/* bench_train.c — training throughput of the relevance model on the real data (issue 3:
 * >= 1,000,000 samples/s for variant 1, >= 600,000 for variant 3 on a 2-core machine).
 * Samples per second over whole epochs (training pass and validation), as the wall clock
 * sees them, and per CPU-second of the process (the same figure when the machine is idle;
 * steadier when other work shares it). Built and run by bench/bench_train.sh.
 * Arguments: [DATA] [THREADS] [REPEATS] [VARIANTS, e.g. 1,3 | defaults].
 * "defaults" prints what `train` costs at the session's defaults instead (issue 12: at most
 * 5 s on a quiet 2-core machine): model_train and the test evaluation, as `train` runs them,
 * with the load average beside it, since a shared machine's figure means little without. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "blaspin.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"
#include "labels.h"
#include "model.h"
#include "settings.h"
#include "util.h"

static double cpu_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double loadavg(void)
{
	double l = -1;
	FILE *f = fopen("/proc/loadavg", "r");
	if (f) {
		if (fscanf(f, "%lf", &l) != 1)
			l = -1;
		fclose(f);
	}
	return l;
}

/* `train` at the defaults, REPEATS times: wall and CPU seconds, test macro-F1. */
static int train_defaults(const rr_dataset *ds, const rr_labels *lab, int threads, int reps)
{
	for (int r = 0; r < reps; r++) {
		rr_settings s;
		settings_default(&s);
		s.threads = threads;
		double l0 = loadavg(), t0 = rr_now(), c0 = cpu_s();
		rr_model *m = model_train(ds, lab, &s, NULL);
		rr_metrics met;
		if (!m || model_evaluate(m, ds, RR_SPLIT_TEST, &met)) {
			fprintf(stderr, "bench_train: %s\n", err_msg());
			return 1;
		}
		double t1 = rr_now(), c1 = cpu_s();
		printf("train at defaults: %.2f s (%.2f s CPU), %d epochs, test macro-F1 %.4f, "
		       "load average %.2f\n", t1 - t0, c1 - c0, model_info(m)->epochs_run,
		       met.macro_f1, l0);
		fflush(stdout);
		model_free(m);
	}
	return 0;
}

int main(int argc, char **argv)
{
	blas_pin_kernels(argv);   /* the kernels relrec runs with (blaspin.h) */
	const char *path = argc > 1 ? argv[1] : "data/online_retail.csv.gz";
	int threads = argc > 2 ? atoi(argv[2]) : 1;
	int reps = argc > 3 ? atoi(argv[3]) : 1;
	const char *which = argc > 4 ? argv[4] : "1,2,3,0"; /* variants to run, in order */
	rr_rows *rows = ingest_load(path, NULL, 0, NULL);
	if (!rows) {
		fprintf(stderr, "bench_train: %s\n", err_msg());
		return 1;
	}
	rr_clean c;
	clean_init(&c);
	rr_dataset *ds = dataset_build(rows, &c, INT32_MIN, INT32_MAX);
	if (!ds) {
		fprintf(stderr, "bench_train: %s\n", err_msg());
		return 1;
	}
	rr_labels lab;
	long e[2] = { 2, 5 };
	labels_set(&lab, 2, e);
	if (strcmp(which, "defaults") == 0) {
		int rc = train_defaults(ds, &lab, threads, reps);
		dataset_free(ds);
		clean_free(&c);
		rows_free(rows);
		return rc;
	}
	printf("training throughput on %s (bins 2 5, %zu pairs), %d BLAS thread%s\n", path,
	       ds->n_pairs, threads, threads == 1 ? "" : "s");
	printf("%-8s %7s %9s %12s %14s %10s %9s\n", "variant", "epochs", "seconds", "samples/s",
	       "samples/cpu-s", "samples", "macro-F1");
	for (const char *w = which; *w; w += w[1] == ',' ? 2 : 1)
		for (int r = 0; r < reps; r++) {
			int variant = *w - '0';
			if (variant < 0 || variant > 3)
				break;
			rr_settings s;
			settings_variant(&s, variant);
			s.threads = threads;
			double c0 = cpu_s();
			rr_model *m = model_train(ds, &lab, &s, NULL);
			double c1 = cpu_s();
			if (!m) {
				fprintf(stderr, "bench_train: %s\n", err_msg());
				return 1;
			}
			const rr_train_info *in = model_info(m);
			rr_metrics met;
			double f1 = model_evaluate(m, ds, RR_SPLIT_TEST, &met) ? 0 : met.macro_f1;
			printf("%-8d %7d %9.2f %12.0f %14.0f %10lld %9.4f\n", variant, in->epochs_run,
			       in->seconds, in->samples_per_s, (double)in->samples / (c1 - c0),
			       (long long)in->samples, f1);
			fflush(stdout);
			model_free(m);
		}
	dataset_free(ds);
	clean_free(&c);
	rows_free(rows);
	return 0;
}
