/* reasons.h — a short reason for each recommended item, in the analyst's terms: the
 * customer's own history of it ("bought in 5 orders, last 2011-11-03"), else the item they own
 * that is bought together with it in the most invoices ("bought together with 22633 in 190
 * invoices", ties by stock code), else its popularity ("popular: in 1200 invoices").
 *
 * "Bought together" counts invoice baskets (basket.h: every invoice, with or without a
 * customer). For the reasons of every customer (a deep export) the co-counts of every pair of
 * items are kept in one table, so a reason costs one look-up per item the customer owns; for a
 * few reasons (`recommend`), each is counted from the baskets holding the item. */
#ifndef RELREC_REASONS_H
#define RELREC_REASONS_H

#include <stddef.h>
#include <stdint.h>

#include "basket.h"
#include "dataset.h"

/* Past this many basket items the table (items² counts) is not kept: every reason counts. */
#define RR_REASON_MAX_TABLE 8192

typedef struct rr_reasons {
	const rr_dataset *ds;     /* borrowed */
	const rr_baskets *b;      /* borrowed */
	uint32_t *bitem;          /* [ds->n_items] basket item of each dataset item, or RR_NONE */
	uint32_t *btie;           /* [b->n_items] stock code order of the basket items */
	uint16_t *co16;           /* (n, n) n_xy of every pair when every count fits 16 bits, */
	uint32_t *co32;           /* else 32 bits; both NULL: no table (owned) */
} rr_reasons;

/* Index ds's items in b and count every pair of basket items (threads split the items).
 * NULL with err_set. */
rr_reasons *reasons_new(const rr_dataset *ds, const rr_baskets *b, int threads);
/* The same without the table, for the reasons of a few items. */
rr_reasons *reasons_light(const rr_dataset *ds, const rr_baskets *b);
void reasons_free(rr_reasons *r);

/* One customer's scratch (one per thread). */
typedef struct rr_reason_work {
	unsigned char *owned;     /* [b->n_items] the customer's items, as basket items */
	uint32_t *own;            /* [b->n_items] the same as a list */
	uint32_t n_own;
	uint32_t *acc, *touched;  /* [b->n_items] co-counts of one item (without the table) */
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
