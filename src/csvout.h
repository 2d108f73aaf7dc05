/* csvout.h — CSV exports: RFC 4180 records (CRLF line ends), text fields quoted when needed
 * by libcsv's writer, written crash-safely through afile.h. */
#ifndef RELREC_CSVOUT_H
#define RELREC_CSVOUT_H

#include "afile.h"
#include "err.h"

typedef struct rr_csvout {
	rr_afile af;   /* the file being written */
	int first;     /* at the first field of a record */
} rr_csvout;

int csvout_open(rr_csvout *o, const char *path);       /* 0 or -1 with err_set */
void csvout_str(rr_csvout *o, const char *s);          /* a text field */
/* A field printed with fmt (numbers: never quoted). */
void csvout_fieldf(rr_csvout *o, const char *fmt, ...) RR_PRINTF(2, 3);
/* A number printed with fmt; NaN writes an empty field (no such figure). */
void csvout_num(rr_csvout *o, const char *fmt, double v);
void csvout_end(rr_csvout *o);                         /* end the record */
/* ok = 1: commit (0 or -1 with err_set); ok = 0: abandon, PATH untouched (returns -1). */
int csvout_close(rr_csvout *o, int ok);

#endif
