/* bench_load.c — load + clean + aggregate figures: wall time, rows/s, MB/s, peak RSS.
 * usage: bench_load FILE [REPEATS]  (prints the best of REPEATS runs; RSS is the process peak) */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "blaspin.h"
#include "clean.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
	blas_pin_kernels(argv);   /* the kernels relrec runs with (blaspin.h) */
	if (argc < 2) {
		fprintf(stderr, "usage: bench_load FILE [REPEATS]\n");
		return 2;
	}
	int reps = argc > 2 ? atoi(argv[2]) : 3;
	double best = 1e30, best_load = 0, best_agg = 0;
	size_t rows = 0, bytes = 0, kept = 0, pairs = 0;
	for (int r = 0; r < reps; r++) {
		double t0 = now_s();
		rr_rows *rw = ingest_load(argv[1], NULL, 0, NULL);
		if (!rw) {
			fprintf(stderr, "relrec: %s\n", err_msg());
			return 1;
		}
		double t1 = now_s();
		rr_clean c;
		clean_init(&c);
		rr_dataset *d = dataset_build(rw, &c, INT32_MIN, INT32_MAX);
		double t2 = now_s();
		if (t2 - t0 < best) {
			best = t2 - t0;
			best_load = t1 - t0;
			best_agg = t2 - t1;
		}
		rows = rw->lines;
		bytes = rw->bytes;
		kept = d->kept;
		pairs = d->n_pairs;
		dataset_free(d);
		clean_free(&c);
		rows_free(rw);
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("load %-40s rows %zu kept %zu pairs %zu\n", argv[1], rows, kept, pairs);
	printf("  wall %.3f s (read+parse %.3f s, clean+aggregate %.3f s), best of %d\n", best,
	       best_load, best_agg, reps);
	printf("  %.0f rows/s, %.1f MB/s of CSV text, peak RSS %.0f MB\n", (double)rows / best,
	       (double)bytes / best / 1e6, ru.ru_maxrss / 1024.0);
	return 0;
}
