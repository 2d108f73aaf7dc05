/* custtop.h — the biggest customers of the kept rows (t44 #12: the README sends analysts to
 * `filter drop-customers` a wholesale account, and nothing in relrec listed them): each
 * customer's invoices, items, quantity, spend and first and last purchase, from the dataset
 * (so after the filters and cleaning rules), sorted by one of them. No printing: `customers`
 * and `export customers` render it. */
#ifndef RELREC_CUSTTOP_H
#define RELREC_CUSTTOP_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"

/* What the list can be sorted by: its words, the --by choices (one place), in this order. */
enum rr_cust_key { RR_CUST_SPEND, RR_CUST_QUANTITY, RR_CUST_INVOICES, RR_CUST_ITEMS, RR_CUST_N };
extern const char *const rr_cust_keys[RR_CUST_N + 1];   /* NULL-terminated */

typedef struct rr_cust_sum {
	uint32_t user;       /* dense customer index */
	uint32_t invoices;   /* distinct invoices */
	uint32_t items;      /* distinct items bought (its pairs) */
	double quantity;     /* Σ quantity of its pairs (returns on: less what was returned) */
	double spend;        /* Σ quantity × price (dataset's user_spend) */
	int32_t first, last; /* its first and last purchase, minutes */
} rr_cust_sum;

/* The key whose word is word (rr_cust_keys), or -1. */
int custtop_key(const char *word);

/* The top k customers of d by key, largest first (ties: more spend, then more invoices, then
 * the dataset's order, first seen first), into out[0..min(k, n_users)). How many, or -1
 * with err_set (out of memory). */
long custtop(const rr_dataset *d, enum rr_cust_key key, size_t k, rr_cust_sum *out);

#endif
