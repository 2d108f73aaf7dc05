/* clean.h — the cleaning rules of DESIGN §3. Each is on by default and switchable; a row is
 * counted under the first enabled rule it fails, in this order. Two further rules act on
 * pairs and codes rather than rows, and are off by default so the known figures stay the
 * seed's: returns (a customer's returns of an item net against their purchases of it) and
 * casefold (stock codes compared ignoring case). The row filters (filter.h) come first. */
#ifndef RELREC_CLEAN_H
#define RELREC_CLEAN_H

#include <stddef.h>
#include "filter.h"
#include "rows.h"

enum rr_rule {
	RR_RULE_CUSTOMER = 0,  /* no customer id */
	RR_RULE_CANCELLED,     /* invoice C + number, or quantity <= 0 */
	RR_RULE_PRICE,         /* unit price <= 0 */
	RR_RULE_NONPRODUCT,    /* stock code on the non-product list */
	RR_RULE_DATE,          /* a date far from all the others (clean_date_scan's lo..hi) */
	RR_RULE_N
};
#define RR_RULE_KEPT RR_RULE_N   /* clean_reason's answer for a row that passes */
#define RR_RULE_FILTERED ((enum rr_rule)(RR_RULE_N + 1))  /* ... for a row outside the filters */

typedef struct rr_clean {
	int on[RR_RULE_N];      /* 1 = rule enabled */
	int n_codes;            /* entries in codes */
	char **codes;           /* non-product stock codes; a trailing '*' matches a prefix (owned) */
	/* [n_codes] what each of codes is (its length, its prefix, the fold its first letter
	 * must match), derived from it by clean_set_codes and clean_copy, so a code's tests
	 * read it rather than work it out again for each of a file's codes (owned, clean.c's) */
	struct clean_pat *pat;
	/* The entries of pat a text's first letter can match, so that each of a load's codes is
	 * held against those few, not the thousands (owned, clean.c's; built with pat) */
	struct clean_index *index;
	/* A return is a row the rules drop only as a cancellation (invoice C + number or
	 * quantity <= 0) that has a customer: per (customer, item), returned quantity = -Σ their
	 * quantities. With returns on, a pair whose returned quantity reaches its purchased
	 * quantity is dropped with its rows; a partly returned pair keeps its order count and
	 * has its quantity reduced by the returned quantity and its spend in the same proportion
	 * (dataset.h). Needs the cancelled rule on (off, returns are kept as negative rows). */
	int returns;
	/* Stock codes compared ignoring ASCII case: 85123a is 85123A, under the spelling most
	 * kept rows carry (ties: the one seen first in the file); customer ids too (Cust001 is
	 * CUST001, under the spelling seen first: t63 F3). */
	int casefold;
	rr_filter filter;       /* rows outside it are dropped before any rule (owned) */
} rr_clean;

/* Defaults: the row rules on, DESIGN §3's list, returns and casefold off, no filter. 0 or -1. */
int clean_init(rr_clean *c);
void clean_free(rr_clean *c);
int clean_copy(rr_clean *dst, const rr_clean *src);
/* The words `clean` takes before a value: the rule names in enum order ("customer",
 * "cancelled", "price", "nonproduct", "date"), then "returns", "casefold" and "codes";
 * NULL-terminated (the command table's choices). */
extern const char *const clean_words[RR_RULE_N + 4];
/* Rule names as used by `clean RULE on|off`: clean_words[r]. */
const char *clean_rule_name(enum rr_rule r);
const char *clean_rule_help(enum rr_rule r);
int clean_rule_lookup(const char *name);   /* index or -1 */
/* Replace the non-product list from "A,B,gift_0001*,..." (owned copy). 0, or -1 with err_set
 * for a list of no code or a bare "*" (the list kept). */
int clean_set_codes(rr_clean *c, const char *list);
/* Is stock code s (n bytes) on the non-product list? Compared ignoring ASCII case, casefold
 * or not: the list names kinds of line (postage, manual, fees), and Online Retail II writes
 * Manual as both M and m (t17). */
int clean_is_nonproduct(const rr_clean *c, const char *s, size_t n);
/* The same for an item without a code of its own, named by its description: s is also on
 * the list when it starts with an entry of three letters or more (not one ending in '*')
 * followed by a remark or an amount, not another word: "Gift Card - $25", "Tip (15%)",
 * "Shipping: UPS", but not "Gift Card Holder". */
int clean_is_nonproduct_name(const rr_clean *c, const char *s, size_t n);
/* clean_is_nonproduct_name under the default list (clean_init's), for the load: a line with
 * an empty code whose description is such a name (Fortnox's ";;Frakt;1;59,00") is named by
 * it, so the nonproduct rule drops it, rather than rejected for its empty code (t39 #6).
 * Thread-safe (the load's row builder runs in a thread of its own). */
int clean_default_nonproduct_name(const char *s, size_t n);

/* Stock codes of r that differ from another only in ASCII case: how many codes (*codes)
 * in how many groups (*groups), whatever casefold says, counting only the codes k with
 * in_scope[k] set ([codes count]: the codes the rows in scope write, after the filters and
 * the rules; NULL for every code of the file). 0 or -1 (out of memory). */
int clean_case_variants(const rr_rows *r, const unsigned char *in_scope, uint32_t *codes,
			uint32_t *groups);
/* The same code by code: [codes count] flags, 1 for a code in scope that another code in
 * scope equals but for ASCII case, their number into *n_twins (malloc'd; NULL with err_set
 * when out of memory). */
unsigned char *clean_case_twins(const rr_rows *r, const unsigned char *in_scope,
				uint32_t *n_twins);
/* What stats, together and export rules say of such codes while casefold is off. */
extern const char clean_casefold_hint[];

/* The date rule (RR_RULE_DATE), read from r's rows once (clean_date_scan):
 *   - lo..hi: the dates that are not outlying (minutes, inclusive; INT32_MIN and INT32_MAX
 *     when none is). A date is outlying when a gap parts it from the rest that is over a year,
 *     and over the span of the rows between, with at most one row in 1,000 beyond it; or over
 *     ten years (and that span), with at most one row in 100 beyond it (at least one row either
 *     way): a spreadsheet's empty date (1900-01-01), a year typed wrong (2101 for 2011). Kept,
 *     such a row would move the data's "now" and every period measured from it. The rows
 *     decide, not the rules or filters: a row is outlying or not for good.
 *   - placeholder: the file's dates all on one placeholder day but a few (Excel's 1900-01-01,
 *     Unix's 1970-01-01: the dates are missing, and the rule leaves nothing out);
 *   - end[]: at each end, rows the rule keeps beyond a gap that stands out (over 60 days and
 *     ten times the usual gap between days, at most one row in 1,000 beyond it: a month typed
 *     wrong), which still move the data's first or last day.
 * The load says all three. 0, or -1 when memory runs out. */
typedef struct rr_date_end {
	size_t n;          /* rows beyond the gap (0: none) */
	int32_t at;        /* the nearest of their days to the rest (minutes) */
	int32_t rest;      /* the rest's nearest day to them (minutes) */
} rr_date_end;
typedef struct rr_date_scan {
	int32_t lo, hi;          /* the dates kept */
	int placeholder;         /* the rows but a few are on one placeholder day ... */
	int32_t placeholder_at;  /* ... this one (minutes) */
	rr_date_end end[2];      /* before the rest, after it */
} rr_date_scan;
int clean_date_scan(const rr_rows *r, rr_date_scan *sc);

/* Why a code is no product: on the list as a code (POST), as a name (an item without a
 * code of its own: Tip, Gift Card - $25), or by its lines' type (rows' np_kinds). The load
 * says the last two, which a shop's own codes do not explain. RR_NP_CREDIT: named a discount
 * or a coupon (a -NAME of the list), no product on its lines of amount 0 or below alone
 * (clean_reason), said as a name is. */
enum { RR_NP_CODE = 1, RR_NP_NAME, RR_NP_KIND, RR_NP_CREDIT };
/* Is s[0..n) one of Online Retail's own codes of no product (C2, M, POST) in a file of
 * another schema than Online Retail's, where the load says the rows it drops? */
int clean_online_retail_code(const rr_rows *r, const char *s, size_t n);

/* rr_clean_ctx.inv_c of a C invoice kept: a sale (no quantity below 0), or an exchange
 * (lines both ways, in a file whose C invoices a till writes), its lines back dropped; of an
 * invoice numbered as a credit note beside the file's invoices (CN-0006 beside INV-0001), its
 * lines above 0: one that credits goods its customer bought before, dropped as a return
 * (RR_C_CREDIT), or one that does not show it, kept as a sale and warned of
 * (RR_C_CREDIT_SALE), or one of a family too large against the invoices to be credit notes
 * (a store's or a country's code, NC- beside VA-: t62 F4), its repeated purchases kept as
 * sales and warned of (RR_C_CREDIT_DOUBT) */
enum { RR_C_SALE = 2, RR_C_EXCHANGE = 3, RR_C_CREDIT = 4, RR_C_CREDIT_SALE = 5,
       RR_C_CREDIT_DOUBT = 6 };

/* Precomputed per-code, per-invoice and per-filter flags so the per-row test is a lookup,
 * not string matching. */
typedef struct rr_clean_ctx {
	const rr_clean *rules;
	const rr_rows *rows;
	unsigned char *code_np;   /* [codes count] why a code is no product (RR_NP_*), 0: it is */
	unsigned char *inv_c;     /* [invoices count] 1 = a cancellation: C and a number, with a
	                             quantity below 0; RR_C_SALE = C and a number with none, a
	                             sale; RR_C_EXCHANGE (mark_cancellations) */
	char credit_prefix[8];    /* the credit notes' prefix as written (CN-), "" for none */
	char sales_prefix[8];     /* the invoices' beside them (INV-) */
	size_t sales_count;       /* the invoices under sales_prefix */
	int credit_repeats;       /* the credit notes credit a customer's item 3 times or more
	                             (credits_repeat): RR_C_CREDIT_DOUBT for that, not their count */
	uint32_t *canon;          /* [codes count] the code a code counts as: itself, or with
	                             casefold its group's spelling of most kept rows */
	uint32_t *cust_canon;     /* [customers count] with casefold, the customer id a customer
	                             id counts as: the first of those equal but for case (t63
	                             F3); NULL when casefold is off */
	int filtering;            /* any filter set */
	unsigned char *country_ok;/* [countries count] 1 = passes, or NULL = every country */
	unsigned char *cust_ok;   /* [customers count] 1 = passes, or NULL = every customer */
	unsigned char *cust_drop; /* [customers count] 1 = dropped by the drop list (over cust_ok),
	                             or NULL = none; a row of no customer is not on it */
	rr_date_scan dates;       /* the date rule's scan (bounds INT32_MIN..INT32_MAX when off) */
	unsigned char *voided;    /* [rows] 1 = a line of an item rung and voided on its receipt
	                             (voids.h), dropped as cancelled; NULL: none, or the
	                             cancelled rule off */
} rr_clean_ctx;


int clean_ctx_init(rr_clean_ctx *x, const rr_clean *c, const rr_rows *r);
void clean_ctx_free(rr_clean_ctx *x);
/* RR_RULE_FILTERED for a row outside the filters, else the first enabled rule row i fails,
 * or RR_RULE_KEPT. skip_customer ignores the customer rule (baskets for `together` count
 * every invoice). */
enum rr_rule clean_reason(const rr_clean_ctx *x, size_t i, int skip_customer);
/* Is row i, which clean_reason dropped as cancelled, a return (see rr_clean.returns)? A line
 * of a void pair (voids.h) is none. */
int clean_is_return(const rr_clean_ctx *x, size_t i);
/* Is row i a line of an item rung and voided on its receipt (voids.h)? */
static inline int clean_is_voided(const rr_clean_ctx *x, size_t i)
{
	return x->voided && x->voided[i];
}
/* The stock code id row i counts as (casefold). */
static inline uint32_t clean_code(const rr_clean_ctx *x, size_t i)
{
	return x->canon[x->rows->item[i]];
}

/* The customer id row i counts as (casefold), RR_NONE for none. */
static inline uint32_t clean_cust(const rr_clean_ctx *x, size_t i)
{
	uint32_t c = x->rows->cust[i];
	return c == RR_NONE || !x->cust_canon ? c : x->cust_canon[c];
}

#endif
