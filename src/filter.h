/* filter.h — which rows an analysis looks at: some countries, a time window, a list of
 * customers to keep, a list of customers to leave out. Filters belong to the cleaning rules (rr_clean holds one): a row outside them is
 * dropped before any rule is asked and counted as dropped by filter, and everything built from
 * rows and rules (the session's dataset, the evaluation's train and test periods, the
 * recommender's inner period, the baskets of `together`) sees the same rows. */
#ifndef RELREC_FILTER_H
#define RELREC_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "lines.h"

typedef struct rr_filter {
	int n_countries;         /* entries in countries; 0 = every country */
	char **countries;        /* keep rows whose country is one of these, byte for byte (owned) */
	int32_t since;           /* keep rows at or after this minute; INT32_MIN = no lower bound */
	int32_t until;           /* keep rows before this minute (the midnight after `until DATE`);
	                            INT32_MAX = no upper bound */
	char *customers_file;    /* the file the customer list came from (owned), or NULL = every
	                            customer (an empty file keeps no row) */
	int n_customers;         /* entries in customers */
	char **customers;        /* keep rows of these customer ids (owned) */
	int n_drop;              /* entries in drop; 0 = no customer left out */
	char **drop;             /* drop rows of these customer ids (owned), the typed ones first;
	                            a customer on both lists is dropped */
	int n_drop_typed;        /* how many of drop were typed on the line, not read from a file */
	char *drop_file;         /* the file the rest of drop came from (owned), or NULL */
	int customers_col, drop_col;  /* the column of customers_file / drop_file read, 1-based,
	                            when its header named it (customer, Customer ID, the data's
	                            own name); 0: the first field */
	char customers_head[64], drop_head[64];  /* that header's name of the column */
	char several[640];       /* the last list read's notes of lines holding several ids,
	                            not read (lines_several_text) or each read, the data's
	                            (lines_split_text), a line each, or "": the command says it */
} rr_filter;

/* No filter: every row passes. */
void filter_init(rr_filter *f);
void filter_free(rr_filter *f);              /* and back to filter_init's state */
int filter_copy(rr_filter *dst, const rr_filter *src);   /* 0 or -1; dst is overwritten */
int filter_active(const rr_filter *f);       /* 1 when any filter is set */
/* 1 when a and b keep the same rows: the same countries, window and customer lists. */
int filter_same(const rr_filter *a, const rr_filter *b);

/* Replace the country list with names[0..n) (copied). 0 or -1. */
int filter_set_countries(rr_filter *f, int n, const char *const *names);
/* Replace the customer list with the ids in a text file, one a line, read as lines_read_list
 * reads a list (lines.h: the first field, unquoted, so relrec's own exports' "17097" is
 * 17097, or the column its header names: customer, a known name of the customer's column
 * (CustomerID, Customer ID) or data's, the loaded file's own name of it (NULL: none), kept in
 * customers_col and customers_head; blank lines and
 * lines starting with '#' skipped), in enc, the data's encoding (lines_read_list; NULL:
 * UTF-8); known, when not NULL, the data's ids: a line of several, each the data's, gives
 * each (lines.h's rr_list_head.known). 0, or -1 with err_set naming the
 * file (and the line of one over 4096 bytes or with a NUL byte); the list is kept as it was. */
int filter_read_customers(rr_filter *f, const char *path, const char *data, const char *enc,
			  const rr_list_known *known);
/* Replace the list of customers to drop with the ids typed[0..n) and, when path is not NULL,
 * those of the file path (read as filter_read_customers reads it), each customer once as
 * there. 0, or -1 with err_set (a list of no id, typed or in the file: nothing would be
 * dropped); the list is kept as it was. */
int filter_set_drop(rr_filter *f, int n, const char *const *typed, const char *path,
		    const char *data, const char *enc, const rr_list_known *known);

/* The active filters in a few words: "country United Kingdom, since 2011-01-01, until
 * 2011-06-30, customers vip.txt (25), drop customers 12346, test.txt (4)" (the first few
 * typed ids, then the file and the list's length), or "" when none. Into buf; returns buf. */
const char *filter_describe(const rr_filter *f, char *buf, size_t size);
/* The same for a status line: "filters: ..." or "" when none. Into buf; returns buf. */
const char *filter_status(const rr_filter *f, char *buf, size_t size);

#endif
