/* gen.h — the synthetic transaction generator (for scale tests and benchmarks). It writes the
 * UCI Online Retail schema with realistic skew: Zipf item popularity and customer activity,
 * repeat buyers with favourite items, multi-item invoices, cancellations, missing customers,
 * postage lines, descriptions from a small vocabulary. Same rows and seed ⇒ same bytes. */
#ifndef RELREC_GEN_H
#define RELREC_GEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sink.h"

/* Write exactly `rows` data rows after the header to f. 0, or -1 with err_set: a write error
 * (at the first invoice after it) or a stop (w's flag; w may be NULL). */
int gen_write(FILE *f, size_t rows, uint64_t seed, rr_work *w);
/* Same into path through afile.h (path untouched unless complete): gzip-compressed when it
 * ends in ".gz". An existing path is replaced only when gen wrote it (its rows gen's own). */
int gen_write_file(const char *path, size_t rows, uint64_t seed, rr_work *w);

#endif
