/* rules.h — business rules: the items an answer may offer. `exclude items` names items never
 * to be offered (discontinued, recalled, the customer's own brand); `only items` names the
 * only ones that may be (what is in stock). Every answer that lists items — recommend,
 * audience, due, together, their exports and the workbench — drops what the rules forbid and
 * fills its K from further down its own ranking.
 *
 * Rules are kept as stock code text, not dataset indices, so they outlive `load`, `clean`
 * and filters: a code the data does not hold is kept (it may come back with the next file)
 * and simply matches nothing. */
#ifndef RELREC_RULES_H
#define RELREC_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "lines.h"

struct rr_baskets;   /* basket.h */
struct rr_assoc;

typedef struct rr_rules {
	char **excl;        /* [n_excl] excluded codes, sorted (strcmp), unique (owned) */
	size_t n_excl;
	char **only;        /* [n_only] the allowed codes, sorted, unique (owned) */
	size_t n_only;
	int has_only;       /* 1 = only the codes in `only` may be offered (even when n_only = 0) */
	uint64_t gen;       /* rr_gen_next() at every change: masks cached from the rules know */
} rr_rules;

/* A zeroed rr_rules is empty (nothing excluded, no only list). */
void rules_free(rr_rules *r);
/* Add codes[0..n) to the exclusions; *added (may be NULL) receives how many were new.
 * 0, or -1 with err_set (out of memory; the rules are then unchanged). */
int rules_exclude(rr_rules *r, const char *const *codes, size_t n, size_t *added);
/* Replace the only list by codes[0..n) (n = 0 allows nothing). 0 or -1, unchanged on error. */
int rules_set_only(rr_rules *r, const char *const *codes, size_t n);
/* Drop every rule. */
void rules_clear(rr_rules *r);
/* 1 when any rule is set. */
int rules_active(const rr_rules *r);
/* 1 when an answer may offer the item with this stock code (binary searches). */
int rules_allows(const rr_rules *r, const char *code);
/* Why the rules forbid offering the item with this stock code, as words for a sentence
 * ("excluded by the business rules", "not in the only-list"; an excluded code says the
 * first), or NULL when they allow it. rules_allows is this being NULL. */
const char *rules_refusal(const rr_rules *r, const char *code);

/* blocked[i] = 1 for each item of d the rules forbid, else 0; blocked is [d->n_items].
 * Returns how many are blocked. O(n_items + rules · log) through the dataset's code table. */
size_t rules_mask(const rr_rules *r, const rr_dataset *d, unsigned char *blocked);

/* Keep the first k (k <= 0: all) of the n association rules v whose consequent (Y) the rules
 * allow — and, when both, whose antecedent (X) too — in order, compacting v. Returns how many
 * are kept. */
size_t rules_filter_assoc(const rr_rules *r, const struct rr_baskets *b, struct rr_assoc *v,
			  size_t n, long k, int both);

/* Drop repeated codes from codes[0..*n) (malloc'd strings: repeats are freed), keeping the
 * first of each in its place and the order given, so that a list with a code twice counts
 * and names it once. 0, or -1 with err_set (out of memory: codes unchanged). Not
 * thread-safe (qsort's comparison reads a file-scope pointer). */
int rules_unique_codes(char **codes, size_t *n);

/* Read the stock codes of a file, one a line, as lines_read_list reads a list (lines.h: the
 * first field, unquoted, or the column its header names stock_code, a known name of the
 * item's column (StockCode, "Stock Code", SKU) or data, the loaded file's own name of it
 * (NULL: none), or else antecedent (then consequent: export rules' columns); in enc, the
 * data's encoding (NULL: UTF-8); which column into *head when head is not NULL, whose known
 * (the data's codes: a line of several, each the data's, gives each) it reads; '#' lines
 * skipped). Returns
 * 0 with a malloc'd array of malloc'd codes (free with rules_free_codes), or -1 with err_set
 * (unreadable file, a read error, a line over 4096 bytes, a NUL byte: each names its line). */
int rules_read_file(const char *path, const char *data, const char *enc, char ***codes,
		    size_t *n, rr_list_head *head);
void rules_free_codes(char **codes, size_t n);

/* A short text for status lines: "3 items excluded", "only 120 items; 3 excluded", or ""
 * when no rule is set. Into buf; returns buf. */
const char *rules_text(const rr_rules *r, char *buf, size_t size);

#endif
