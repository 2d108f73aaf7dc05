/* voids.h — an item rung and voided on one receipt: a line of +q and a line of -q of one item,
 * one invoice, one customer, at one price, the -q written in the +q's minute or at most
 * VOIDS_MINUTES after it (a till's line void before payment, t72 F4; each scanned line may
 * carry its own time, t73 F6; a till voids what it has rung, t76 F9). The pair
 * is nothing sold: both lines are dropped by the cancelled rule (clean_reason), and neither is
 * a return of an earlier purchase (clean_is_return). A return written later on the order's
 * number (Shopify's sales report) is of another time, and no void; a -q of the item at another
 * price is a markdown or a part refunded (t73 F11), no void either.
 *
 * A file without an invoice column has none (its invoices are relrec's, one per customer and
 * minute, no receipt), and a file that marks its returns itself (an event or status read as a
 * return: rows.h's returns_marked) has none: its lines below 0 are what it says they are (Matrixify's Refund
 * Line, dated as its order).
 * Only invoices that hold a line below 0 and are no cancellation of their own (clean.h's
 * inv_c 0) are looked at: a file without such lines pays one pass over its rows. */
#ifndef RELREC_VOIDS_H
#define RELREC_VOIDS_H

#include <stddef.h>

#include "rows.h"

/* The most minutes between a line and its void: a receipt is rung in minutes; a return on
 * the order's number comes hours or days later. */
#define VOIDS_MINUTES 10

/* [r->n] flags, 1 for each line of a void pair, into *flags (malloc'd), and the pairs into
 * *pairs; *flags is NULL when there is none. inv_c: [invoices count] clean.h's marks, or NULL
 * (every invoice ordinary). 0, or -1 when memory runs out (err_set). */
int voids_mark(const rr_rows *r, const unsigned char *inv_c, unsigned char **flags,
	       size_t *pairs);

#endif
