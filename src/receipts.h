/* receipts.h — a till's receipt numbers that restart: which lines of one number are one
 * receipt (ingest.c's split_reused_invoices). One number then names many receipts, of many
 * customers and days; a customer's lines of one number (at one store or till, when a column
 * says it) are one receipt unless the number is seen to name two of its sales. A till writes
 * each scanned line's own time, so a receipt may cross a minute, or midnight (t73 F5), and a
 * tab pauses between its rounds (t76 F5): a pause cuts only when another customer's line of
 * the number comes in it (the number was used again), or when it lasts RECEIPTS_VISIT_MINUTES
 * (the customer's next visit), and then only when longer than RECEIPTS_GAP_MINUTES.
 *
 * A column named a store's or a till's that takes two values within one receipt so found is
 * no store or till (a product's URL, a shelf's aisle, t73 F4): joined to the key it would cut
 * each receipt into its lines. receipts_find counts such receipts for the caller to judge.
 * Not thread-safe in itself; it holds no state. */
#ifndef RELREC_RECEIPTS_H
#define RELREC_RECEIPTS_H

#include <stddef.h>
#include <stdint.h>

/* The longest pause between two lines of one receipt that nothing can cut. */
#define RECEIPTS_GAP_MINUTES 10
/* A pause this long is a customer's next visit under the number, whoever used it between:
 * a bar's or a restaurant's tab pauses for its rounds (t76 F5), a visit is hours later. */
#define RECEIPTS_VISIT_MINUTES 180

typedef struct receipts_in {
	size_t n;                /* rows */
	const uint32_t *inv;     /* [n] the file's number */
	const uint32_t *cust;    /* [n] the customer (any value, RR_NONE too) */
	const uint32_t *till;    /* [n] the store/till key, or NULL when the file has none */
	const int32_t *minute;   /* [n] minutes since 1970 */
	int key_till;            /* 1: till joins the key; 0: only its changes are counted */
	int by_time;             /* 1: the time is the receipt's (a time column of its own):
				    a pause of more than the gap starts another receipt; 0: only
				    a pause that also crosses a day does (a date's time is no
				    receipt's, as it was read before t73) */
} receipts_in;

typedef struct receipts_out {
	size_t receipts;         /* receipts found */
	size_t multi;            /* of them, those of two lines or more */
	size_t mixed_till;       /* of those, with two till values (key_till 0 and a till) */
	size_t paused;           /* receipts cut from the next of one key by a pause in a day */
} receipts_out;

/* Each row's receipt, as the minute its first line was written, into start[n]. 0, or -1 when
 * memory runs out (err_set; start as it was). */
int receipts_find(const receipts_in *in, int32_t *start, receipts_out *out);

/* Is a column that changes within mixed of multi receipts of two lines or more no store's or
 * till's? When it does within a quarter of them or more: a till's receipt is rung at one. */
int receipts_till_varies(size_t multi, size_t mixed);

#endif
