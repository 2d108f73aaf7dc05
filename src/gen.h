/* gen.h — the synthetic transaction generator (for scale tests and benchmarks). It writes the
 * UCI Online Retail schema with realistic skew: Zipf item popularity and customer activity,
 * repeat buyers with favourite items, multi-item invoices, cancellations, missing customers,
 * postage lines, descriptions from a small vocabulary. Same rows and seed ⇒ same bytes. */
#ifndef RELREC_GEN_H
#define RELREC_GEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Write exactly `rows` data rows after the header to f. 0 or -1 (write error, err_set). */
int gen_write(FILE *f, size_t rows, uint64_t seed);
/* Same into path: gzip-compressed when it ends in ".gz"; written to path.tmp then renamed. */
int gen_write_file(const char *path, size_t rows, uint64_t seed);

#endif
