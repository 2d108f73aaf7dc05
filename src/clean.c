/* clean.c — cleaning rules and their per-row test. */
#include "clean.h"

#include <stdlib.h>
#include <string.h>

#include "err.h"

/* the rule names in enum order, then the word that replaces the non-product list */
const char *const clean_words[RR_RULE_N + 2] = {"customer", "cancelled", "price", "nonproduct",
						 "codes", NULL};
static const char *const rule_help[RR_RULE_N] = {
	"no customer id",
	"cancellation (invoice starting with C) or other non-positive quantity",
	"non-positive unit price",
	"non-product stock code (postage, fees, adjustments...)",
};
static const char default_codes[] =
	"POST,DOT,M,D,C2,CRUK,PADS,S,B,BANK CHARGES,AMAZONFEE,gift_0001*,DCGS*";

const char *clean_rule_name(enum rr_rule r)
{
	return (unsigned)r < RR_RULE_N ? clean_words[r] : "kept";
}

const char *clean_rule_help(enum rr_rule r)
{
	return (unsigned)r < RR_RULE_N ? rule_help[r] : "";
}

int clean_rule_lookup(const char *name)
{
	for (int r = 0; r < RR_RULE_N; r++)
		if (strcmp(name, clean_words[r]) == 0)
			return r;
	return -1;
}

static void free_codes(rr_clean *c)
{
	for (int i = 0; i < c->n_codes; i++)
		free(c->codes[i]);
	free(c->codes);
	c->codes = NULL;
	c->n_codes = 0;
}

int clean_set_codes(rr_clean *c, const char *list)
{
	int n = 1;
	for (const char *p = list; *p; p++)
		n += *p == ',';
	char **codes = calloc((size_t)n, sizeof *codes);
	if (!codes)
		return err_set("out of memory");
	int k = 0;
	const char *p = list;
	for (;;) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		while (len && *p == ' ') {
			p++;
			len--;
		}
		while (len && p[len - 1] == ' ')
			len--;
		if (len) {
			codes[k] = malloc(len + 1);
			if (!codes[k]) {
				for (int i = 0; i < k; i++)
					free(codes[i]);
				free(codes);
				return err_set("out of memory");
			}
			memcpy(codes[k], p, len);
			codes[k++][len] = '\0';
		}
		if (!e)
			break;
		p = e + 1;
	}
	free_codes(c);
	c->codes = codes;
	c->n_codes = k;
	return 0;
}

int clean_init(rr_clean *c)
{
	memset(c, 0, sizeof *c);
	for (int r = 0; r < RR_RULE_N; r++)
		c->on[r] = 1;
	return clean_set_codes(c, default_codes);
}

void clean_free(rr_clean *c)
{
	free_codes(c);
}

int clean_copy(rr_clean *dst, const rr_clean *src)
{
	memset(dst, 0, sizeof *dst);
	memcpy(dst->on, src->on, sizeof dst->on);
	dst->codes = calloc((size_t)(src->n_codes ? src->n_codes : 1), sizeof *dst->codes);
	if (!dst->codes)
		return err_set("out of memory");
	for (int i = 0; i < src->n_codes; i++) {
		dst->codes[i] = strdup(src->codes[i]);
		if (!dst->codes[i]) {
			dst->n_codes = i;
			clean_free(dst);
			return err_set("out of memory");
		}
	}
	dst->n_codes = src->n_codes;
	return 0;
}

int clean_is_nonproduct(const rr_clean *c, const char *s, size_t n)
{
	for (int i = 0; i < c->n_codes; i++) {
		const char *pat = c->codes[i];
		size_t pl = strlen(pat);
		if (pl && pat[pl - 1] == '*') {
			if (n >= pl - 1 && memcmp(s, pat, pl - 1) == 0)
				return 1;
		} else if (pl == n && memcmp(s, pat, n) == 0) {
			return 1;
		}
	}
	return 0;
}

int clean_ctx_init(rr_clean_ctx *x, const rr_clean *c, const rr_rows *r)
{
	uint32_t nc = strtab_count(r->codes), ni = strtab_count(r->invoices);
	x->rules = c;
	x->rows = r;
	x->code_np = calloc(nc ? nc : 1, 1);
	x->inv_c = calloc(ni ? ni : 1, 1);
	if (!x->code_np || !x->inv_c) {
		clean_ctx_free(x);
		return err_set("out of memory");
	}
	for (uint32_t i = 0; i < nc; i++)
		x->code_np[i] = (unsigned char)clean_is_nonproduct(c, strtab_get(r->codes, i),
								   strtab_len(r->codes, i));
	for (uint32_t i = 0; i < ni; i++)
		x->inv_c[i] = strtab_get(r->invoices, i)[0] == 'C';
	return 0;
}

void clean_ctx_free(rr_clean_ctx *x)
{
	free(x->code_np);
	free(x->inv_c);
	x->code_np = x->inv_c = NULL;
}

enum rr_rule clean_reason(const rr_clean_ctx *x, size_t i, int skip_customer)
{
	const rr_rows *r = x->rows;
	const int *on = x->rules->on;
	if (on[RR_RULE_CUSTOMER] && !skip_customer && r->cust[i] == RR_NONE)
		return RR_RULE_CUSTOMER;
	if (on[RR_RULE_CANCELLED] && (r->qty[i] <= 0 || x->inv_c[r->invoice[i]]))
		return RR_RULE_CANCELLED;
	if (on[RR_RULE_PRICE] && !r->no_price && !(r->price[i] > 0)) /* no prices: nothing to judge */
		return RR_RULE_PRICE;
	if (on[RR_RULE_NONPRODUCT] && x->code_np[r->item[i]])
		return RR_RULE_NONPRODUCT;
	return RR_RULE_KEPT;
}
