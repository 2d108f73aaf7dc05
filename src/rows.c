/* rows.c — the compact row store and per-code descriptions. */
#include "rows.h"

#include <stdlib.h>
#include <string.h>

#include "err.h"

rr_rows *rows_new(void)
{
	rr_rows *r = calloc(1, sizeof *r);
	if (!r)
		return NULL;
	r->invoices = strtab_new();
	r->codes = strtab_new();
	r->customers = strtab_new();
	r->descs = strtab_new();
	r->countries = strtab_new();
	if (!r->invoices || !r->codes || !r->customers || !r->descs || !r->countries) {
		rows_free(r);
		return NULL;
	}
	strtab_intern(r->descs, "", 0); /* id 0 = no description */
	r->schema = "";
	return r;
}

void rows_free(rr_rows *r)
{
	if (!r)
		return;
	free(r->invoice);
	free(r->item);
	free(r->cust);
	free(r->desc);
	free(r->country);
	free(r->qty);
	free(r->price);
	free(r->minute);
	free(r->code_desc);
	free(r->path);
	strtab_free(r->invoices);
	strtab_free(r->codes);
	strtab_free(r->customers);
	strtab_free(r->descs);
	strtab_free(r->countries);
	free(r);
}

const char *rows_reject_name(enum rr_reject why)
{
	static const char *const names[RR_REJ_N] = {
		"wrong field count", "unparsable number", "unparsable date",
		"over-long field", "invalid UTF-8", "empty invoice or stock code",
		"unterminated quote",
	};
	return (unsigned)why < RR_REJ_N ? names[why] : "?";
}

size_t rows_rejected_total(const rr_rows *r)
{
	size_t n = 0;
	for (int i = 0; i < RR_REJ_N; i++)
		n += r->rejected[i];
	return n;
}

const char *rows_code_desc(const rr_rows *r, uint32_t code)
{
	if (!r->code_desc || code >= strtab_count(r->codes))
		return "";
	return strtab_get(r->descs, r->code_desc[code]);
}

#define GROW(p, n)                                                    \
	do {                                                              \
		void *np_ = realloc((p), (n) * sizeof *(p));                  \
		if (!np_)                                                     \
			return -1;                                                \
		(p) = np_;                                                    \
	} while (0)

static int rows_grow(rr_rows *r)
{
	size_t n = r->cap ? r->cap * 2 : 65536;
	GROW(r->invoice, n);
	GROW(r->item, n);
	GROW(r->cust, n);
	GROW(r->desc, n);
	GROW(r->country, n);
	GROW(r->qty, n);
	GROW(r->price, n);
	GROW(r->minute, n);
	r->cap = n;
	return 0;
}

int rows_add(rr_rows *r, const char *invoice, size_t invoice_n, const char *code, size_t code_n,
	     const char *desc, size_t desc_n, const char *cust, size_t cust_n, const char *country,
	     size_t country_n, int32_t qty, double price, int32_t minute)
{
	if (r->n == r->cap && rows_grow(r) != 0)
		return err_set("out of memory after %zu rows", r->n);
	size_t i = r->n;
	r->invoice[i] = strtab_intern(r->invoices, invoice, invoice_n);
	r->item[i] = strtab_intern(r->codes, code, code_n);
	r->cust[i] = (cust && cust_n) ? strtab_intern(r->customers, cust, cust_n) : RR_NONE;
	r->desc[i] = strtab_intern(r->descs, desc ? desc : "", desc ? desc_n : 0);
	r->country[i] = strtab_intern(r->countries, country ? country : "", country ? country_n : 0);
	if (r->invoice[i] == RR_NONE || r->item[i] == RR_NONE || r->desc[i] == RR_NONE ||
	    r->country[i] == RR_NONE || (cust && cust_n && r->cust[i] == RR_NONE))
		return err_set("out of memory after %zu rows", r->n);
	r->qty[i] = qty;
	r->price[i] = price;
	r->minute[i] = minute;
	r->n++;
	return 0;
}

/* Most frequent non-empty description per code; ties go to the one seen first. Counting
 * (code, desc) pairs through a sort keeps memory at 8 bytes a row. */
static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

int rows_finish(rr_rows *r)
{
	uint32_t nc = strtab_count(r->codes);
	free(r->code_desc);
	r->code_desc = calloc(nc ? nc : 1, sizeof *r->code_desc);
	uint32_t *best = calloc(nc ? nc : 1, sizeof *best);
	uint64_t *keys = malloc((r->n ? r->n : 1) * sizeof *keys);
	if (!r->code_desc || !best || !keys) {
		free(best);
		free(keys);
		return err_set("out of memory computing descriptions");
	}
	size_t m = 0;
	for (size_t i = 0; i < r->n; i++)
		if (r->desc[i] != 0)
			keys[m++] = (uint64_t)r->item[i] << 32 | r->desc[i];
	qsort(keys, m, sizeof *keys, cmp_u64);
	/* desc ids are in order of first appearance, so the smaller id wins a tie */
	for (size_t i = 0; i < m;) {
		size_t j = i;
		while (j < m && keys[j] == keys[i])
			j++;
		uint32_t code = (uint32_t)(keys[i] >> 32), d = (uint32_t)keys[i];
		uint32_t cnt = (uint32_t)(j - i);
		if (cnt > best[code] || (cnt == best[code] && d < r->code_desc[code])) {
			best[code] = cnt;
			r->code_desc[code] = d;
		}
		i = j;
	}
	free(best);
	free(keys);
	return 0;
}
