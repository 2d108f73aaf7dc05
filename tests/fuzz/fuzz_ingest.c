/* fuzz_ingest.c — libFuzzer harness for CSV ingest: any bytes, as a file (plain or, when they
 * start with the gzip magic, compressed), loaded leniently then strictly, then aggregated. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "clean.h"
#include "dataset.h"
#include "ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static rr_clean clean;
	static int init;
	if (!init) {
		clean_init(&clean);
		init = 1;
	}
	for (int strict = 0; strict < 2; strict++) {
		FILE *f = fmemopen((void *)data, size ? size : 1, "rb");
		if (!f)
			return 0;
		if (size == 0)
			fgetc(f); /* fmemopen refuses size 0: present an empty stream */
		rr_rows *r = ingest_stream(f, "fuzz.csv", (double)size, NULL, strict, NULL);
		fclose(f);
		if (!r)
			continue;
		rr_dataset *d = dataset_build(r, &clean, INT32_MIN, INT32_MAX);
		if (d) {
			size_t *h = dataset_order_hist(d);
			free(h);
			dataset_free(d);
		}
		rows_free(r);
	}
	return 0;
}
