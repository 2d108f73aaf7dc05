/* clean.h — the cleaning rules of DESIGN §3. Each is on by default and switchable; a row is
 * counted under the first enabled rule it fails, in this order. */
#ifndef RELREC_CLEAN_H
#define RELREC_CLEAN_H

#include <stddef.h>
#include "rows.h"

enum rr_rule {
	RR_RULE_CUSTOMER = 0,  /* no customer id */
	RR_RULE_CANCELLED,     /* invoice starts with 'C', or quantity <= 0 */
	RR_RULE_PRICE,         /* unit price <= 0 */
	RR_RULE_NONPRODUCT,    /* stock code on the non-product list */
	RR_RULE_N
};
#define RR_RULE_KEPT RR_RULE_N   /* clean_reason's answer for a row that passes */

typedef struct rr_clean {
	int on[RR_RULE_N];      /* 1 = rule enabled */
	int n_codes;            /* entries in codes */
	char **codes;           /* non-product stock codes; a trailing '*' matches a prefix (owned) */
} rr_clean;

/* Defaults: all rules on, DESIGN §3's list. 0 or -1. */
int clean_init(rr_clean *c);
void clean_free(rr_clean *c);
int clean_copy(rr_clean *dst, const rr_clean *src);
/* The words `clean` takes before a value: the rule names in enum order ("customer",
 * "cancelled", "price", "nonproduct"), then "codes"; NULL-terminated (the command table's
 * choices). */
extern const char *const clean_words[RR_RULE_N + 2];
/* Rule names as used by `clean RULE on|off`: clean_words[r]. */
const char *clean_rule_name(enum rr_rule r);
const char *clean_rule_help(enum rr_rule r);
int clean_rule_lookup(const char *name);   /* index or -1 */
/* Replace the non-product list from "A,B,gift_0001*,..." (owned copy). 0 or -1. */
int clean_set_codes(rr_clean *c, const char *list);
/* Is stock code s (NUL-terminated) on the non-product list? */
int clean_is_nonproduct(const rr_clean *c, const char *s, size_t n);

/* Precomputed per-code flags so the per-row test is a lookup, not string matching. */
typedef struct rr_clean_ctx {
	const rr_clean *rules;
	const rr_rows *rows;
	unsigned char *code_np;   /* [codes count] 1 = non-product */
	unsigned char *inv_c;     /* [invoices count] 1 = starts with 'C' */
} rr_clean_ctx;
int clean_ctx_init(rr_clean_ctx *x, const rr_clean *c, const rr_rows *r);
void clean_ctx_free(rr_clean_ctx *x);
/* The first enabled rule row i fails, or RR_RULE_KEPT. skip_customer ignores the customer
 * rule (baskets for `together` count every invoice). */
enum rr_rule clean_reason(const rr_clean_ctx *x, size_t i, int skip_customer);

#endif
