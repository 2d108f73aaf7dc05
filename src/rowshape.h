/* rowshape.h — what the loaded rows say of how lines were grouped into baskets and
 * customers, for the load summary's warnings (ingest.c): baskets split line by line by
 * per-line timestamps, a customer id written per order, and exports joined with cat over
 * the same lines. Nothing here prints or decides a message; each function counts. */
#ifndef RELREC_ROWSHAPE_H
#define RELREC_ROWSHAPE_H

#include <stddef.h>
#include <stdint.h>

#include "rows.h"

/* Invoices over the rows with a customer: how many (invoices), how many have one line
 * (single), and of those how many share their customer and day with another single-line
 * invoice (same_day): one visit's lines that each carry their own time. */
typedef struct rr_split_shape {
	size_t invoices, single, same_day;
} rr_split_shape;

/* Count r's invoices so. 0, or -1 (err_set) when memory runs out. */
int rowshape_split(const rr_rows *r, rr_split_shape *s);
/* The rule: at least 20 invoices, 90 % or more of one line, and half of those or more on a
 * day their customer has another: each line became its own basket. A shop whose baskets
 * share a timestamp has multi-line invoices; one whose customers buy one thing a visit has
 * them on different days. */
int rowshape_split_suspect(const rr_split_shape *s);

/* Customers with rows bought (a quantity above 0: *customers), those of them with such lines
 * in two invoices or more (*repeat), and the days those rows span (*days, last day - first
 * day). 0, or -1 (err_set)
 * when memory runs out. */
typedef struct rr_order_shape {
	size_t customers, repeat;
	int64_t days;
} rr_order_shape;
int rowshape_orders(const rr_rows *r, rr_order_shape *o);
/* The rule: 100 customers or more over 30 days or more (a shorter export may well see each
 * customer once) and at most one in 200 with a second invoice, or 40 or more over 90 days
 * and not one with a second: the customer id is most likely the order's (Olist's
 * customer_id, a guest checkout's id, a marketplace's e-mail masked per order). */
int rowshape_per_order_ids(const rr_order_shape *o);

/* Over the rows bought (quantity and price above 0), each item's first row against its later
 * ones of another quantity: those whose price divided by the quantity is the first's (a cent
 * either way: *grows, the price a line's total) and those whose price is the first's (*same,
 * a unit price). 0, or -1 (err_set) when memory runs out. */
typedef struct rr_total_shape {
	size_t grows, same;
} rr_total_shape;
int rowshape_line_totals(const rr_rows *r, rr_total_shape *t);
/* The rule: 10 rows or more that grow with the quantity, ten times those that keep the price:
 * the price column holds line totals, and spend multiplies them by the quantity again (t49
 * F13). Prices that change over time keep neither, and count for nothing. */
int rowshape_line_totals_suspect(const rr_total_shape *t);

/* The rows of exports joined with cat: part k (0 .. nparts-1) starts at row start[k]
 * (ascending, start[0] = 0). A row repeats when an earlier part holds one with the same
 * invoice, item, customer, time, quantity and price, or the same day where one of the two
 * parts writes no times (each of its rows at midnight: a report's copy of a till's lines,
 * t90 F4): *n of them, dated *lo to *hi (minutes; untouched when *n is 0). 0, or -1
 * (err_set) when memory runs out. */
int rowshape_repeats(const rr_rows *r, const size_t *start, size_t nparts, size_t *n,
		     int32_t *lo, int32_t *hi);
/* Exports joined with no header between them (cat a.csv; tail -n +2 b.csv: t68 F17): where
 * the dates go back a day or more (the four rows that go back most), a run of 20 rows or more
 * over 3 invoices or more that repeats, in order, a run of rows before it. *n such rows, dated
 * *lo to *hi (untouched when 0). A few scans of the rows: the sort of rowshape_repeats is
 * paid only where a header came again. Returns 0. */
int rowshape_restarts(const rr_rows *r, size_t *n, int32_t *lo, int32_t *hi);

#endif
