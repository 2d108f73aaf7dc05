/* dataset.h — what the cleaned rows aggregate to (DESIGN §3): customers, items, invoices and
 * customer–item pairs with their order counts. Customers and items get dense indices
 * 0..n-1 in order of first appearance in the file; pairs are sorted by (user, item).
 * Built from rr_rows + rr_clean, optionally restricted to a time window, so the ranking
 * evaluation can build its train-period dataset the same way. */
#ifndef RELREC_DATASET_H
#define RELREC_DATASET_H

#include <stddef.h>
#include <stdint.h>

#include "clean.h"
#include "rows.h"

typedef struct rr_pair {
	uint32_t user;     /* dense customer index */
	uint32_t item;     /* dense item index */
	uint32_t orders;   /* order_count: distinct invoices containing the pair */
	int32_t first;     /* first purchase, minutes since epoch */
	int32_t last;      /* last purchase */
	float last_qty;    /* Σ quantity of its latest invoice (by the invoice's time, then its
	                      number as text): a restock's size, for the re-ranker */
	double quantity;   /* total_quantity: Σ quantity (less the returned quantity, returns on) */
	double spend;      /* total_price: Σ quantity × unit price (returns on: times the share
	                      of the quantity not returned, so the mean price paid stays, as
	                      refunds at other prices would make some spends negative) */
} rr_pair;

/* What the returns rule (rr_clean.returns) finds, counted whether or not it is on. */
typedef struct rr_returns_count {
	size_t rows;              /* return rows: cancellations with a customer that pass the
	                             other rules and the filters */
	size_t full;              /* pairs whose returned quantity reaches their purchased one */
	size_t full_rows;         /* the kept rows of those pairs */
	size_t partial;           /* pairs returned in part */
	size_t adjusted;          /* pairs whose refunds are of part of the price, no unit back:
	                             under half the price paid for their units (t72 F13) */
	double adjusted_money;    /* those refunds' money: the spend they take off (rule on) */
	int applied;              /* the rule was on: full pairs dropped (their rows not kept),
	                             partial ones reduced */
} rr_returns_count;

typedef struct rr_dataset {
	uint64_t gen;             /* rr_gen_next() at build: caches built from this dataset keep it
	                             (its address is no identity: a freed one's is soon reused) */
	uint64_t print;           /* a hash of what it holds (names, pairs, counts): equal for
	                             the same data built again (after a filter undone, a reload) */
	const rr_rows *rows;      /* borrowed: must outlive the dataset */
	size_t rows_seen;         /* rows inside the time window */
	size_t filtered;          /* rows outside the filters (rr_clean.filter), before any rule */
	size_t dropped[RR_RULE_N];/* rows dropped by each rule (first failing rule) */
	size_t zero_qty;          /* of dropped[RR_RULE_CANCELLED], rows of quantity 0: no sale
	                             (a session log's price-0 lines, a store panel's empty
	                             line), which stats does not call cancellations */
	size_t voided;            /* of dropped[RR_RULE_CANCELLED], the lines of items rung and
	                             voided on one receipt (voids.h): no sale, said apart */
	rr_returns_count returns; /* the returns rule's pairs (and rows dropped when it is on) */
	size_t kept;              /* rows kept: rows_seen - filtered - Σ dropped - returned rows */
	double quantity, spend;   /* the kept rows' Σ quantity and Σ quantity × price, the rows
	                             without a customer (clean customer off) included, which no
	                             pair holds; returns on: less what the pairs lost (t23 F1) */
	uint32_t n_users, n_items, n_invoices;
	size_t n_pairs;
	rr_pair *pairs;           /* [n_pairs] sorted by (user, item) */
	size_t *user_start;       /* [n_users+1] user u's pairs are [user_start[u], user_start[u+1]) */
	uint32_t *user_code;      /* [n_users] id in rows->customers */
	uint32_t *user_country;   /* [n_users] id in rows->countries: its latest purchase's
	                             (the latest invoice, inv_later, with a country; t48 F5) */
	uint32_t *user_countries; /* [n_users] distinct non-empty countries of its kept rows */
	uint32_t *user_invoices;  /* [n_users] distinct invoices */
	double *user_spend;       /* [n_users] Σ quantity × price */
	uint32_t *item_code;      /* [n_items] id in rows->codes (casefold: its kept rows' spelling) */
	uint32_t *item_buyers;    /* [n_items] distinct customers */
	uint32_t *item_invoices;  /* [n_items] distinct invoices */
	uint32_t *user_of_cust;   /* [customers count] dense user or RR_NONE */
	int fold_customers;       /* built under casefold: a typed id is found in any case */
	uint32_t *code_desc;      /* [codes count] most frequent description over the kept rows
	                             (rows_count_descs), the id of "" when they have none */
	uint32_t *item_of_code;   /* [codes count] dense item or RR_NONE (casefold: every
	                             spelling of an item maps to it) */
	unsigned char *code_kept; /* [codes count] 1 for a code some kept row writes as it is,
	                             casefold or not: the codes in scope (clean_case_variants) */
	uint32_t *inv_code;       /* [n_invoices] id in rows->invoices */
	uint32_t *inv_user;       /* [n_invoices] dense user, or RR_NONE for an invoice without a
	                             customer (clean customer off keeps those): every reader
	                             that indexes by it skips them (due.c, cf.c, recfeat.c) */
	int32_t *inv_minute;      /* [n_invoices] time of its first row */
	size_t *inv_start;        /* [n_invoices+1] CSR into inv_items */
	uint32_t *inv_items;      /* distinct dense items of each invoice, ascending */
	int32_t min_minute, max_minute;  /* date range of kept rows */
	rr_date_scan dates;       /* the date rule's scan of the rows (clean.h), for the load's words */
	uint32_t max_orders;      /* largest order_count */
} rr_dataset;

/* Aggregate the rows of r that pass c (its filters, rules, returns and casefold) and fall in
 * [from, to) minutes (INT32_MIN/INT32_MAX for everything). Returns a new dataset (caller frees
 * with dataset_free) or NULL with err_set. */
rr_dataset *dataset_build(const rr_rows *r, const rr_clean *c, int32_t from, int32_t to);
/* The same from a cleaning context of r and c made by the caller (clean_ctx_init), which
 * stays the caller's: its rows and rules give the dataset, and a caller that builds several
 * datasets of the same rows and rules (a split's two, a load's and its words) makes the
 * context, a tenth of a load, once. */
rr_dataset *dataset_build_ctx(const rr_clean_ctx *x, int32_t from, int32_t to);
/* A split's two datasets of r under c from one context: the history before cutoff into
 * *train, [cutoff, end) into *test. 0, or -1 with err_set and both NULL. */
int dataset_build_split(const rr_rows *r, const rr_clean *c, int32_t cutoff, int32_t end,
			rr_dataset **train, rr_dataset **test);
void dataset_free(rr_dataset *d);

/* What the returns rule found (d->returns) in a line: "1553 pairs returned in full, 5351 in
 * part (rule off)" or, when it is on, what it dropped and reduced. Into buf; returns buf. */
const char *dataset_returns_text(const rr_dataset *d, char *buf, size_t size);
/* The days of d's kept rows, "2010-12-01 to 2011-12-09", or "no rows kept". Into buf. */
const char *dataset_range_text(const rr_dataset *d, char *buf, size_t size);
/* The same to the minute, "2010-12-01 08:26 to 2011-12-09 12:50", or "no rows kept". */
const char *dataset_minutes_text(const rr_dataset *d, char *buf, size_t size);
/* The same for every row of r, whatever the rules: "2010-12-01 to 2011-12-09" or "no rows". */
const char *dataset_rows_range_text(const rr_rows *r, char *buf, size_t size);

/* The cutoff `evaluate ranking` takes when none is given: the start of the last quarter of
 * d's time span (min_minute to max_minute), rounded to the nearest midnight, or down when
 * the nearest is past the last row (then *down = 1, when down is not NULL). */
int32_t dataset_default_cutoff(const rr_dataset *d);
int32_t dataset_default_cutoff_down(const rr_dataset *d, int *down);

/* A season the history has never sold in (t51 F10: a shop that sells only in December, asked
 * about January): of the earlier years whose same calendar days as [from, from + days) lie
 * wholly within d's times (a year back is 365 or 366 days, the calendar's), how many; into
 * *sold (may be NULL) how many of them hold an invoice. Years are counted up to 50 back. */
int dataset_season_years(const rr_dataset *d, int32_t from, int days, int *sold);

/* User u's country as tables show it: "Spain", or "Spain (+1)" when its kept rows name
 * other countries too. Into buf; returns buf. */
const char *dataset_country_text(const rr_dataset *d, uint32_t u, char *buf, size_t size);

/* Lookups by the identifier text; RR_NONE when unknown. */
uint32_t dataset_find_user(const rr_dataset *d, const char *customer);
/* A customer as an analyst types the id (rows_find_customer: an e-mail address in any case,
 * "17850.0" for "17850" and back); what recommend, why and together --user look up. */
uint32_t dataset_find_customer(const rr_dataset *d, const char *id);
uint32_t dataset_find_item(const rr_dataset *d, const char *stock_code);
/* The id of a customer (customer 1) or item (0) in d that the typed id, unknown, may mean: the
 * same without leading zeros or with them ("285901724" for "0285901724": a spreadsheet read
 * the id as a number), or the same in another case. NULL when none. */
const char *dataset_near_id(const rr_dataset *d, int customer, const char *typed);
/* dataset_near_id over every id of the file's rows, those the filters or the cleaning leave
 * out too: for a list that names none of the data (t79 F23: 101 for the data's 000101). */
const char *dataset_near_row_id(const rr_rows *r, int customer, const char *typed);
const char *dataset_user_name(const rr_dataset *d, uint32_t u);
const char *dataset_item_name(const rr_dataset *d, uint32_t i);
const char *dataset_item_desc(const rr_dataset *d, uint32_t i);
/* The words a sentence names item i by: its description, or its stock code when it has none
 * (a log without descriptions). */
const char *dataset_item_label(const rr_dataset *d, uint32_t i);
/* Index of pair (u, i) in pairs or (size_t)-1 (binary search in u's range). */
size_t dataset_find_pair(const rr_dataset *d, uint32_t u, uint32_t i);
/* Histogram of order counts: hist[k] = pairs with orders == k, k = 0..max_orders.
 * Returns a malloc'd array of max_orders+1 entries (caller frees) or NULL. */
size_t *dataset_order_hist(const rr_dataset *d);

#endif
