/* ingest.h — reading transaction CSVs (DESIGN §3): RFC 4180 through libcsv, gzip through zlib
 * (inflated in a thread of its own so inflation and parsing overlap), UTF-8 with or without
 * BOM, LF or CRLF. The header decides the schema; other files need a column map. */
#ifndef RELREC_INGEST_H
#define RELREC_INGEST_H

#include <stdint.h>
#include <stdio.h>

#include "rows.h"
#include "sink.h"

/* Logical columns. user, item, invoice, qty, date and price are required; desc and country
 * are optional. */
enum rr_col { RR_COL_INVOICE, RR_COL_ITEM, RR_COL_DESC, RR_COL_QTY, RR_COL_DATE,
	      RR_COL_PRICE, RR_COL_USER, RR_COL_COUNTRY, RR_COL_N };

/* Name of a logical column as used by --map ("invoice", "item", "desc", "qty", "date",
 * "price", "user", "country"). */
const char *ingest_col_name(enum rr_col c);

/* Load path (plain CSV or gzip, detected by content). map is NULL or "user=COL,item=COL,...",
 * COL being a header name or a 1-based column number. strict makes the first bad row an error.
 * Progress (RR_PHASE_LOAD, bytes) goes to w's sink; a stop abandons the load ("load of ...
 * interrupted"). w may be NULL. Returns new rows (caller frees with rows_free) or NULL with
 * err_set. */
rr_rows *ingest_load(const char *path, const char *map, int strict, rr_work *w);

/* The same from an open stream (the caller closes it); path names it in messages and size
 * (bytes, 0 if unknown) scales progress. The stream must be seekable when it has 2+ bytes. */
rr_rows *ingest_stream(FILE *f, const char *path, double size, const char *map, int strict,
		       rr_work *w);

/* Parse helpers, exposed for tests. Return 0 and store the value, or -1. */
int ingest_parse_int(const char *s, size_t n, int32_t *out);
int ingest_parse_num(const char *s, size_t n, double *out);
/* "M/D/YYYY H:MM[:SS]" or "YYYY-MM-DD[ T]HH:MM[:SS]" → minutes since 1970-01-01 00:00. */
int ingest_parse_date(const char *s, size_t n, int32_t *minute);
/* "YYYY-MM-DD" (or a full date as above) for command arguments. */
int ingest_parse_day(const char *s, int32_t *minute);
/* Format minutes since epoch as "YYYY-MM-DD HH:MM" (buf of at least 17 bytes). */
char *ingest_format_minute(int32_t minute, char *buf, size_t size);
/* Is s[0..n) valid UTF-8 text (no overlongs, no surrogates, no NUL)? */
int ingest_utf8_valid(const char *s, size_t n);

#endif
