/* labelfill.h — fill-down of the label columns of a grouped or pivot layout.
 *
 * A spreadsheet pivot table saved as CSV (Google Sheets' and Excel's "Download as CSV"), and
 * reports grouped the same way, write a row label only where its value changes: the customer
 * on its group's first line, the date on its date group's first line, blank below them. Such
 * a layout is recognised from a sample of its first lines, column by column (labelfill_decide),
 * and each recognised column is then filled down on its own (labelfill_line). A genuinely
 * blank field of an ordinary export (a guest's customer) is not taken for one: see the rule
 * at labelfill_decide.
 *
 * The caller names LF_MAX or fewer candidate columns (customer, invoice, date...), in the
 * order the file's header has them, and passes each line's values in that order. Values are
 * byte strings, not necessarily NUL-terminated. No allocation, no printing; not thread-safe
 * (one labelfill per load). */
#ifndef RELREC_LABELFILL_H
#define RELREC_LABELFILL_H

#include <stddef.h>

#define LF_MAX 5
#define LF_CAP 256          /* longer values are not remembered: the lines below stay blank */
#define LF_SAMPLE_MIN 6     /* fewer sampled lines than this decide nothing */

typedef struct labelfill {
	int n;                     /* candidate columns, in header order (set by the caller) */
	int on[LF_MAX];            /* recognised: filled down (labelfill_decide) */
	int any;                   /* some column is on */
	int ride[LF_MAX];          /* a column not on written only with an on column (its
	                              anchor, ride[c] - 1), blank or not: a till journal's
	                              customer on a receipt's dated first line (t72 F5); 0: none */
	char val[LF_MAX][LF_CAP];  /* each column's last value (labelfill_line) */
	size_t len[LF_MAX];        /* its length; 0: none (or too long to keep) */
	size_t filled[LF_MAX];     /* lines that received a value, per column */
} labelfill;

/* Decide which of lf->n candidate columns are filled down, from the first lines of a file:
 * s[r * lf->n + c], len[...] is column c of sampled line r, for r < lines. Sample only lines
 * that name an item (a subtotal or grand total line names none, and writes its group's label
 * without the columns to its right). A column is a label column when, over the sample:
 *   - the first line has it;
 *   - it is blank on some line, and never blank on a line where a column to its left changes
 *     (a new group starts groups at every level below it);
 *   - where written, its value differs from its previous value, or a column to its left
 *     changes on that line (a label is written only where it changes);
 * and the layout is grouped only when the leftmost such column is blank on most lines (an
 * ordinary export's guests are blank now and then, not on most lines). A column "changes" on
 * a line where it is written with a value other than its previous one. Returns the number of
 * columns on (0 when the layout is not grouped, or the sample is under LF_SAMPLE_MIN lines).
 * A column not on that is written on some lines, never on a line where the first column on
 * is blank, rides with it (ride): a line where that column is written starts a group whose
 * value, blank too, is the rider's own; the lines below it take it (a receipt's customer with
 * its date, a walk-in's blank with its). */
int labelfill_decide(labelfill *lf, size_t lines, const char *const *s, const size_t *len);

/* One line of the file (that names an item), columns in header order: a blank value of a
 * column that is on takes the column's last value, unless a column to its left changes on
 * this line (the blank is then the new group's own, and the old value is forgotten). Every
 * column's values are followed, on or not: each groups the columns to its right. A column
 * that rides takes its value only on a line whose anchor was blank (before any fill). A value
 * LF_CAP bytes or longer is not kept. s[c] and len[c] then point into lf,
 * valid until the next call. Returns 1 when the line received any value, else 0. */
int labelfill_line(labelfill *lf, const char **s, size_t *len);

#endif
