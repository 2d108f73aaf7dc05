/* fuzz_ingest.c — libFuzzer harness for CSV ingest. The first byte, less '0', picks how the
 * rest is read (bits below: '0' a lenient load, '1' strict, '2' no header, '4' day-first,
 * '@' returns on...), so one execution is one load and the fuzzer steers the options as it
 * steers the bytes; the rest is the file (plain or, when it starts with the gzip magic,
 * compressed), loaded and then aggregated under the cleaning the byte picks.
 *   bits 0-1  0 lenient, 1 strict, 2 no header line under a map that also gives a status
 *             and a time column, 3 separator ';' with a decimal comma
 *   bit 2     day-first dates (--date-format '%d/%m/%Y %H:%M')
 *   bit 3     a shop's own return word ("Refunded") and purchase words
 *   bit 4     clean returns on (partly returned pairs reduced, whole returns dropped)
 *   bit 5     clean casefold on
 *   bit 6     clean customer off (rows without a customer kept)
 *   bit 7     a map by name, --map price='Sales Price' (the header search under title lines
 *             and a grouped report's joined map: t18 found a use-after-free there)
 * After that byte, '~' and one more byte name a calendar (--calendar: the byte, less '0', modulo
 * calendar.c's table, the table's order), so the calendars' conversions and the date sniffing
 * under them are steered too; any other byte starts the file, and the inputs of before read
 * as they did.
 * The seed files (tests/fuzz/corpus_ingest) are plain CSV: make fuzz gives each one behind
 * '0', '1', '2' and byte 0xB0 (a map by name); those named cal-* start with their '~' pair. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "calendar.h"
#include "clean.h"
#include "dataset.h"
#include "ingest.h"

static void opts_from_byte(unsigned b, rr_ingest_opts *o)
{
	switch (b & 3) {
	case 1:
		o->strict = 1;
		break;
	case 2:
		o->no_header = 1;
		o->map = "user=1,item=2,date=3,status=4,time=5";
		break;
	case 3:
		o->sep = ";";
		o->decimal = ",";
		break;
	}
	if (b & 4)
		o->date_format = "%d/%m/%Y %H:%M";
	if ((b & 128) && !o->map)
		o->map = "price=Sales Price";
	if (b & 8) {
		o->purchase = "Completed,Paid";
		o->returns = "Refunded";
	}
}

/* The calendar a '~' pair at *data names (then skipped), or NULL with *data as it was. */
static const char *calendar_from_bytes(const uint8_t **data, size_t *size)
{
	static int n;   /* the table's calendars */
	if (!n)
		while (calendar_at(n))
			n++;
	if (*size < 2 || (*data)[0] != '~')
		return NULL;
	const calendar *c = calendar_at((int)((unsigned)((*data)[1] - '0') & 0xFFu) % n);
	*data += 2;
	*size -= 2;
	return c->name;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static rr_clean clean[8];
	static int init;
	if (!init) {
		for (int i = 0; i < 8; i++) {
			clean_init(&clean[i]);
			clean[i].returns = i & 1;
			clean[i].casefold = (i >> 1) & 1;
			clean[i].on[RR_RULE_CUSTOMER] = !((i >> 2) & 1);
		}
		init = 1;
	}
	if (size == 0)
		return 0;
	unsigned flags = (unsigned)(data[0] - '0') & 0xFFu;
	data++;
	size--;
	rr_ingest_opts o = {0};
	opts_from_byte(flags, &o);
	o.calendar = calendar_from_bytes(&data, &size);
	static char none[1];   /* fmemopen refuses size 0: an empty stream from a byte of ours */
	FILE *f = fmemopen(size ? (void *)data : none, size ? size : 1, "rb");
	if (!f)
		return 0;
	if (size == 0)
		fgetc(f);
	rr_rows *r = ingest_stream_opts(f, "fuzz.csv", (double)size, &o, NULL);
	fclose(f);
	if (!r)
		return 0;
	rr_dataset *d = dataset_build(r, &clean[(flags >> 4) & 7], INT32_MIN, INT32_MAX);
	if (d) {
		size_t *h = dataset_order_hist(d);
		free(h);
		dataset_free(d);
	}
	rows_free(r);
	return 0;
}
