/* fuzz_ingest.c — libFuzzer harness for CSV ingest: any bytes, as a file (plain or, when they
 * start with the gzip magic, compressed), loaded leniently, strictly, and without a header
 * line under a map that also gives a status and a time column, then aggregated. */
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
	for (int pass = 0; pass < 3; pass++) {
		rr_ingest_opts o = {.strict = pass == 1};
		if (pass == 2) {
			o.no_header = 1;
			o.map = "user=1,item=2,date=3,status=4,time=5";
		}
		FILE *f = fmemopen((void *)data, size ? size : 1, "rb");
		if (!f)
			return 0;
		if (size == 0)
			fgetc(f); /* fmemopen refuses size 0: present an empty stream */
		rr_rows *r = ingest_stream_opts(f, "fuzz.csv", (double)size, &o, NULL);
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
