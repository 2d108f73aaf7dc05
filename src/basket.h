/* basket.h — invoice baskets and "bought together" pair rules (DESIGN §7).
 *
 * Baskets are built from the loaded rows with the cleaning rules EXCEPT the customer rule:
 * every invoice counts, with or without a customer id. The returns rule's pairs go as the
 * dataset drops them. Basket items are their own dense index
 * (stock codes that survive that cleaning, in order of first appearance), because invoices
 * without a customer carry items the customer dataset never sees.
 *
 * For items X and Y: n_x = baskets holding X, n_xy = baskets holding both, N = baskets;
 * support = n_xy / N, confidence(X→Y) = n_xy / n_x, lift = n_xy·N / (n_x·n_y).
 * Counting is sparse (Gustavson's row-by-row product of the item×basket matrix with its
 * transpose): item X's row visits only the baskets holding X, so all pairs cost Σ|basket|²/2,
 * over the baskets of at most RR_BASKET_PAIR_MAX items (n_xy counts those only). */
#ifndef RELREC_BASKET_H
#define RELREC_BASKET_H

#include <stddef.h>
#include <stdint.h>

#include "clean.h"
#include "dataset.h"
#include "rows.h"

/* A basket of more than this many distinct items adds no pair: it still counts in N and in
 * its items' n_x, but in no n_xy. Its pairs grow with the square of it: one invoice of
 * 200,000 items (an inventory count, a stock transfer, a till reusing a "guest" number) made
 * 2·10^10 pairs, 3.9 GB and then a refusal for the co-occurrence baseline, and export rules
 * ran out of memory likewise (t43 #4); under this limit a basket adds at most 2·10^6 pairs.
 * Every pair count goes through the transpose below (baskets_row, baskets_mine, the reasons'
 * table and reason_together), so the limit holds for all. Online Retail's largest basket
 * holds 1110 items, Online Retail II's 674: no figure of theirs changes. */
#define RR_BASKET_PAIR_MAX 2000

typedef struct rr_baskets {
	const rr_rows *rows;    /* borrowed: the rows it was built from (for codes, descriptions) */
	uint32_t n_baskets;     /* N: invoices with at least one kept row */
	uint32_t n_items;       /* distinct items in the baskets */
	size_t n_entries;       /* Σ basket sizes (distinct items per basket) */
	size_t *start;          /* [n_baskets+1] basket b's items are items[start[b] .. start[b+1]) */
	uint32_t *items;        /* [n_entries] item indices, ascending within each basket */
	uint32_t *basket_inv;   /* [n_baskets] id in rows->invoices */
	uint32_t *item_code;    /* [n_items] id in rows->codes */
	uint32_t *item_of_code; /* [codes count] basket item or RR_NONE */
	uint32_t *code_desc;    /* [codes count] most frequent description over the baskets' rows
	                           (rows_count_descs), or NULL (baskets_from_csr) */
	uint32_t *count;        /* [n_items] n_x */
	size_t *istart;         /* [n_items+1] transpose: item x's baskets are ibasket[istart[x]..),
	                           those of at most RR_BASKET_PAIR_MAX items only (the pairs') */
	uint32_t *ibasket;      /* [istart[n_items]] baskets holding each item, ascending */
	uint32_t *ipos;         /* [istart[n_items]] x's position inside that basket's items */
	uint32_t n_unpaired;    /* baskets over RR_BASKET_PAIR_MAX, left out of every pair */
	uint32_t largest;       /* the basket with the most items (0 without baskets) */
	unsigned char *case_twin; /* [codes count] 1 for a code another of the rows equals but for
	                           case (clean_case_twins), or NULL: set by the caller while
	                           casefold is off, freed with the baskets */
	uint64_t ds_gen;        /* the session dataset's generation when built (its rows and
	                           cleaning rules): the session's cache key, set by the caller */
} rr_baskets;

/* A pair or rule: items x, y (basket indices) and n_xy. */
typedef struct rr_pairc {
	uint32_t x, y;          /* basket item indices */
	uint32_t n;             /* n_xy */
} rr_pairc;

typedef struct rr_assoc {
	uint32_t x, y;          /* X → Y, basket item indices */
	uint32_t n_xy;          /* baskets holding both */
	double support;         /* n_xy / N */
	double confidence;      /* n_xy / n_x */
	double lift;            /* n_xy·N / (n_x·n_y) */
} rr_assoc;

enum rr_rule_order { RR_BY_LIFT = 0, RR_BY_CONFIDENCE };

typedef struct rr_rule_filter {
	uint32_t min_count;     /* n_xy >= this (at least 1) */
	double min_confidence;  /* confidence >= this */
	double min_lift;        /* lift >= this */
	enum rr_rule_order by;  /* sort key; ties by n_xy, then Y's stock code */
} rr_rule_filter;

/* Build from rows kept by c with the customer rule ignored, and (d not NULL) without the rows
 * of pairs the returns rule dropped from d, the dataset built from r and c (returned in full:
 * bought and returned, they were no purchase together). Returns a new index (free with
 * baskets_free) or NULL with err_set. */
rr_baskets *baskets_build(const rr_rows *r, const rr_clean *c, const rr_dataset *d);
/* Build from a CSR of baskets whose entries are already dense item indices 0..n_items-1
 * (tests, synthetic data); duplicates inside a basket are removed. rows may be NULL (then
 * item_code is the identity and item_of_code is NULL). NULL with err_set on failure. */
rr_baskets *baskets_from_csr(uint32_t n_baskets, const size_t *start, const uint32_t *items,
			     uint32_t n_items);
void baskets_free(rr_baskets *b);

/* Item index of a stock code, RR_NONE if it is in no basket. */
uint32_t baskets_find(const rr_baskets *b, const char *stock_code);
const char *baskets_code(const rr_baskets *b, uint32_t x);   /* "" without rows */
const char *baskets_desc(const rr_baskets *b, uint32_t x);   /* "" without rows */

/* Co-occurrence row of x: acc[y] += n_xy for every y != x (acc is [n_items], zeroed by the
 * caller); touched[0..*n_touched) receives each y whose acc went from 0 to positive, so the
 * caller can reset acc cheaply. touched may be NULL. */
void baskets_row(const rr_baskets *b, uint32_t x, uint32_t *acc, uint32_t *touched,
		 uint32_t *n_touched);

/* What the baskets over RR_BASKET_PAIR_MAX are to what (the rules, the co-occurrence
 * baseline): "1 invoice of more than 2000 items (the largest: 999999, 200000 items) adds no
 * pair to the rules: ...", or "" when there is none (n 0). largest: the largest's invoice id
 * (NULL: not named), items: its items. Into buf; returns buf. */
const char *baskets_unpaired_text(uint32_t n, const char *largest, size_t items, const char *what,
				  char *buf, size_t size);
/* The same for b, the largest named by its invoice when b has rows. */
const char *baskets_unpaired(const rr_baskets *b, const char *what, char *buf, size_t size);

/* Brute force: baskets holding both x and y (x == y gives n_x), by scanning every basket
 * (for x != y those of at most RR_BASKET_PAIR_MAX items, as the pairs count them). */
uint32_t baskets_count_naive(const rr_baskets *b, uint32_t x, uint32_t y);

/* Every unordered pair x < y with n_xy >= min_count (>= 1), sorted by (x, y), into a malloc'd
 * *out (caller frees). threads >= 1 splits the items across POSIX threads. 0 or -1. */
int baskets_mine(const rr_baskets *b, uint32_t min_count, int threads, rr_pairc **out,
		 size_t *n_out);
/* The same, and (visits not NULL) how many partner slots the threads visited: counts added
 * plus slots read to list the partners in order, so tests can check the work stays about the
 * co-occurrences Σ|k|(|k|-1)/2 plus the items, not items². */
int baskets_mine_counted(const rr_baskets *b, uint32_t min_count, int threads, rr_pairc **out,
			 size_t *n_out, size_t *visits);

/* The measures of rule x → y with n_xy baskets. */
void baskets_rule(const rr_baskets *b, uint32_t x, uint32_t y, uint32_t n_xy, rr_assoc *r);

/* Rules x → Y passing f, sorted by f->by, the best k (k <= 0: all) into a malloc'd *out.
 * 0 or -1. */
int baskets_rules_for(const rr_baskets *b, uint32_t x, const rr_rule_filter *f, int k,
		      rr_assoc **out, size_t *n_out);

/* Rules X → Y for X in xs[0..nx) and Y not in xs, passing f; for each Y only its best rule
 * (by f->by) is kept ("bought together with what this customer owns"). Sorted, best k. */
int baskets_rules_for_set(const rr_baskets *b, const uint32_t *xs, size_t nx,
			  const rr_rule_filter *f, int k, rr_assoc **out, size_t *n_out);

/* Sort rules in place by f->by (descending), then n_xy descending, then X's code, Y's code. */
void baskets_sort_rules(const rr_baskets *b, rr_assoc *r, size_t n, enum rr_rule_order by);

/* export rules says, before it writes more rules than this, how many and how large a file,
 * and the --min-count that writes at most this many (t52 F6: 7.8 million rules of 500-line
 * invoices, a 722 MB CSV, written without a word). Online Retail writes 691,688 at the
 * default (84 MB), 2.9 million with --min-count 5 --min-lift 2. */
#define RR_RULES_SAY 1000000

/* The note export rules gives before writing n rules of about bytes bytes that pass the
 * filters (ft: "n_xy >= 20", ...), hist[v] of them with n_xy = v for v in 0..maxn: "" when
 * n <= RR_RULES_SAY; else the count, the size, and the smallest --min-count that leaves at
 * most RR_RULES_SAY of them ("7780018 rules pass n_xy >= 20: about 722 MB of CSV;
 * --min-count 85 writes 954112 of them"). hist may be NULL (no --min-count named). Into buf;
 * returns buf. */
const char *baskets_rules_note(size_t n, double bytes, const char *ft, const size_t *hist,
			       uint32_t maxn, char *buf, size_t size);

#endif
