/* csvout.h — CSV exports: RFC 4180 records (CRLF line ends), text fields always quoted as
 * libcsv's writer quotes them, written crash-safely and link-safely through afile.h.
 *
 * Formula injection: a spreadsheet evaluates a cell that starts with = + - @ (and, in some,
 * a tab or carriage return), so a description like =HYPERLINK(...) or a customer id
 * =12348+0 in the data would run in the analyst's spreadsheet. Unless the export is raw, a
 * text field (csvout_str) starting with one of those characters gets a leading ' (OWASP's
 * advice), which spreadsheets show as text and do not keep in the cell — except a field that
 * is a plain number ("-2", "+1.5", "-3e-4": sign, digits, one point, exponent), which stays
 * as it is: a number is data, not a formula. Numbers written with csvout_fieldf or csvout_num
 * are never touched. Exports to files keep every other byte as it is (CSV is data, not a
 * terminal: control characters are not escaped here). */
#ifndef RELREC_CSVOUT_H
#define RELREC_CSVOUT_H

#include "afile.h"
#include "err.h"

typedef struct rr_csvout {
	rr_afile af;   /* the file being written */
	int first;     /* at the first field of a record */
	int raw;       /* 1 = text fields exactly as given (export --raw) */
} rr_csvout;

/* raw = 0 neutralises formulas as above; 1 writes text as it is. head: the n column names,
 * written as the first record. The file at path is checked against that header line here
 * (afile_open_export), so an export opens before its work and a refusal comes before it.
 * 0 or -1 with err_set. */
int csvout_open(rr_csvout *o, const char *path, int raw, const char *const *head, int n);
/* csvout_open for an export whose columns after its first fixed (< n) follow the model or
 * the bins (the recommendations' p_<class>, the report's predicted <class>): those first
 * ones say the export's kind, and an older self of other classes is replaced as its own
 * (t78 F8: "not this export's older self" after a train between two exports). */
int csvout_open_kind(rr_csvout *o, const char *path, int raw, const char *const *head, int n,
		     int fixed);
/* The exports' names of the columns a list is read from (lines_read_list): every export that
 * lists customers or stock codes names its column so, and filter customers, drop-customers
 * --file and exclude/only items --file find it by that name in the file's header. */
#define RR_EXPORT_CUSTOMER "customer"
#define RR_EXPORT_ITEM "stock_code"
#define RR_EXPORT_RULE_FROM "antecedent"   /* export rules: the codes of a rule's two sides */
#define RR_EXPORT_RULE_TO "consequent"
void csvout_str(rr_csvout *o, const char *s);          /* a text field */
/* A field printed with fmt (numbers: never quoted, never prefixed). */
void csvout_fieldf(rr_csvout *o, const char *fmt, ...) RR_PRINTF(2, 3);
/* A number printed with fmt; NaN writes an empty field (no such figure). */
void csvout_num(rr_csvout *o, const char *fmt, double v);
/* What the C library's conversion of v by fmt writes, for fmt "%.Nf" (N 0 to 6) and
 * |v| < 1000, into buf (at least 16 bytes), without the library: a deep export writes
 * millions of such numbers, and that conversion of a double was a large part of its
 * writing. Its length, or 0 where the library must decide (another format, a larger value,
 * a product within 1e-6 of a rounding tie). */
int csvout_fixed(char *buf, const char *fmt, double v);
void csvout_end(rr_csvout *o);                         /* end the record */
/* ok = 1: commit (0 or -1 with err_set); ok = 0: abandon, PATH untouched (returns -1). */
int csvout_close(rr_csvout *o, int ok);

/* 1 when csvout_str prefixes the text field s with ': a formula, or a text that is one or
 * more ' before a formula (so the guard is undone exactly, csvout_unguard). */
int csvout_is_formula(const char *s);
/* The inverse: the value a cell of an export (not --raw) holds, s without the one ' the
 * guard put before it, or s itself. The list reader (lines_read_list) reads ids with it. */
const char *csvout_unguard(const char *s);

#endif
