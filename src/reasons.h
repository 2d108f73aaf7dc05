/* reasons.h — a short reason for each recommended item, in the analyst's terms: the
 * customer's own history of it ("re-bought 5 times, last 2011-11-03"), else the item they own
 * that is bought together with it in the most invoices ("bought together with 22633 in 190
 * invoices", ties by stock code), else its popularity ("popular: in 1200 invoices").
 *
 * "Bought together" counts invoice baskets (basket.h: every invoice, with or without a
 * customer). Each item's strongest partners are kept in order, so a reason walks them until
 * one the customer owns: a few steps instead of a pass over every basket holding the item
 * (the pass remains for the rare item whose kept partners the customer owns none of). */
#ifndef RELREC_REASONS_H
#define RELREC_REASONS_H

#include <stddef.h>
#include <stdint.h>

#include "basket.h"
#include "dataset.h"

#define RR_REASON_PARTNERS 64     /* partners kept per item */

typedef struct rr_reasons {
	const rr_dataset *ds;     /* borrowed */
	const rr_baskets *b;      /* borrowed */
	uint32_t *bitem;          /* [ds->n_items] basket item of each dataset item, or RR_NONE */
	size_t *pstart;           /* [b->n_items+1] partners of basket item x: partner[pstart[x]..)
	                             (NULL: none kept, reasons_light) */
	uint32_t *partner;        /* strongest first (n_xy descending, then stock code) */
	uint32_t *pcount;         /* their n_xy */
	uint32_t *complete;       /* [b->n_items] 1 when every partner of x is kept */
	uint32_t *btie;           /* [b->n_items] stock code order of the basket items */
} rr_reasons;

/* Index ds's items in b and keep each basket item's partners (threads split the items).
 * NULL with err_set. */
rr_reasons *reasons_new(const rr_dataset *ds, const rr_baskets *b, int threads);
/* The same without partner lists, for the reasons of a few items (each then costs a pass
 * over the baskets holding it). */
rr_reasons *reasons_light(const rr_dataset *ds, const rr_baskets *b);
void reasons_free(rr_reasons *r);

/* One customer's scratch (one per thread). When the kept partners of several items hold none
 * of the customer's items (a customer with few items and a deep list), the best owned
 * partner of every item is found at once from the rows of the customer's own items. */
typedef struct rr_reason_work {
	unsigned char *owned;     /* [b->n_items] the customer's items, as basket items */
	uint32_t *acc, *touched;  /* [b->n_items] co-counts of one row */
	uint32_t *best, *best_n;  /* [b->n_items] each item's best owned partner and n_xy, or
	                             RR_NONE: valid when table is set */
	uint32_t *filled;         /* [b->n_items] the items best holds */
	uint32_t n_filled;
	int table;                /* best is built for the marked customer */
	int slow;                 /* slow paths taken for the marked customer */
	uint64_t cost;            /* baskets holding the customer's items: the table's cost */
} rr_reason_work;
int reason_work_init(rr_reason_work *w, const rr_reasons *r);
void reason_work_free(rr_reason_work *w);

/* Mark (on = 1) or clear (on = 0) customer u's items in w: around the reasons of one
 * customer. */
void reasons_mark(const rr_reasons *r, rr_reason_work *w, uint32_t u, int on);
/* The reason for item i of customer u (marked) into buf. */
void reasons_text(const rr_reasons *r, rr_reason_work *w, uint32_t u, uint32_t i, char *buf,
		  size_t size);

#endif
