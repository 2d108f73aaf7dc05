/* rows.c — the compact row store and per-code descriptions. */
#include "rows.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "mem.h"
#include "textesc.h"
#include "textfold.h"
#include "uwidth.h"

rr_rows *rows_new(void)
{
	rr_rows *r = calloc(1, sizeof *r);
	if (!r)
		return NULL;
	r->file_fd = -1;
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
	if (r->file_fd >= 0)
		close(r->file_fd);
	free(r->invoice);
	free(r->item);
	free(r->cust);
	free(r->desc);
	free(r->country);
	free(r->qty);
	free(r->price);
	free(r->minute);
	free(r->code_desc);
	free(r->last_desc);
	free(r->path);
	free(r->reading);
	free(r->user_col);
	free(r->item_col);
	strtab_free(r->invoices);
	strtab_free(r->codes);
	strtab_free(r->customers);
	strtab_free(r->descs);
	strtab_free(r->countries);
	strtab_free(r->np_kinds);
	free(r);
}

unsigned rows_implied(const rr_rows *r)
{
	if (!r || !(r->no_qty || r->qty_single) ||
	    (r->unit_lines && 20 * r->unit_lines >= r->n))
		return 0;
	/* without any price the spend is 0 throughout: constant, nothing to leave out */
	return RR_IMPLIED_QTY | (!r->no_price && !r->price_from_amount ? RR_IMPLIED_SPEND : 0);
}

const char *rows_implied_text(unsigned implied)
{
	if (implied & RR_IMPLIED_SPEND)
		return "the network leaves out the quantity and spend features: without a quantity "
		       "column, or with one that holds a single value, a pair's quantity is its line "
		       "count (times that value) and its spend that times the price, so both repeat "
		       "its order count, which its class is made of";
	if (implied & RR_IMPLIED_QTY)
		return "the network leaves out the quantity feature: without a quantity column, or "
		       "with one that holds a single value, a pair's quantity is its line count (times "
		       "that value), so it repeats its order count, which its class is made of";
	return "";
}

const char *rows_reject_name(enum rr_reject why)
{
	static const char *const names[RR_REJ_N] = {
		"wrong field count", "unparsable number", "unparsable date",
		"over-long field", "invalid UTF-8 or NUL byte", "empty invoice",
		"empty stock code", "unterminated quote", "number out of range",
		"total or subtotal line", "order summary line (no item, quantity or price)",
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
		mem_hint_huge(np_, (n) * sizeof *(p));                        \
	} while (0)

/* The columns grown to hold n rows (n > r->cap). */
static int rows_grow_to(rr_rows *r, size_t n)
{
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

static int rows_grow(rr_rows *r)
{
	/* small files stay small; doubling costs little */
	return rows_grow_to(r, r->cap ? r->cap * 2 : 64);
}

int rows_reserve(rr_rows *r, size_t n)
{
	if (n <= r->cap || n > SIZE_MAX / 2 / sizeof(double))
		return 0;
	return rows_grow_to(r, n) == 0 ? 0 : err_set("out of memory after %zu rows", r->n);
}

static inline int same(const rr_strtab *t, uint32_t id, const char *s, size_t n)
{
	return strtab_len(t, id) == n && memcmp(strtab_get(t, id), s, n) == 0;
}

int rows_add(rr_rows *r, const char *invoice, size_t invoice_n, const char *code, size_t code_n,
	     const char *desc, size_t desc_n, const char *cust, size_t cust_n, const char *country,
	     size_t country_n, double qty, double price, int32_t minute)
{
	if (r->n == r->cap && rows_grow(r) != 0)
		return err_set("out of memory after %zu rows", r->n);
	size_t i = r->n;
	/* rows of one invoice come together: invoice, customer and country usually repeat the
	 * previous row's, and comparing with it is cheaper than hashing */
	r->invoice[i] = i && same(r->invoices, r->invoice[i - 1], invoice, invoice_n)
				? r->invoice[i - 1]
				: strtab_intern(r->invoices, invoice, invoice_n);
	r->item[i] = strtab_intern(r->codes, code, code_n);
	if (!cust || !cust_n)
		r->cust[i] = RR_NONE;
	else
		r->cust[i] = i && r->cust[i - 1] != RR_NONE && same(r->customers, r->cust[i - 1], cust, cust_n)
				     ? r->cust[i - 1]
				     : strtab_intern(r->customers, cust, cust_n);
	/* an item's rows nearly always repeat its last description: check that one first */
	if (!desc)
		desc = "", desc_n = 0;
	uint32_t it = r->item[i];
	if (it != RR_NONE && it >= r->last_desc_cap) {
		size_t nc = r->last_desc_cap ? r->last_desc_cap * 2 : 64;
		while (nc <= it)
			nc *= 2;
		uint32_t *ld = realloc(r->last_desc, nc * sizeof *ld);
		if (!ld)
			return err_set("out of memory after %zu rows", r->n);
		memset(ld + r->last_desc_cap, 0xFF, (nc - r->last_desc_cap) * sizeof *ld);
		r->last_desc = ld;
		r->last_desc_cap = nc;
	}
	uint32_t ld = it != RR_NONE ? r->last_desc[it] : RR_NONE;
	if (ld != RR_NONE && same(r->descs, ld, desc, desc_n))
		r->desc[i] = ld;
	else
		r->desc[i] = strtab_intern(r->descs, desc, desc_n);
	if (it != RR_NONE)
		r->last_desc[it] = r->desc[i];
	if (!country)
		country = "", country_n = 0;
	r->country[i] = i && same(r->countries, r->country[i - 1], country, country_n)
				? r->country[i - 1]
				: strtab_intern(r->countries, country, country_n);
	if (r->invoice[i] == RR_NONE || r->item[i] == RR_NONE || r->desc[i] == RR_NONE ||
	    r->country[i] == RR_NONE || (cust && cust_n && r->cust[i] == RR_NONE))
		return err_set("out of memory after %zu rows", r->n);
	r->qty[i] = qty;
	r->price[i] = price;
	r->minute[i] = minute;
	r->n++;
	return 0;
}

int rows_merge_ids(rr_rows *r, int items, const uint32_t *to)
{
	rr_strtab **tp = items ? &r->codes : &r->customers;
	uint32_t n = strtab_count(*tp), *col = items ? r->item : r->cust;
	uint32_t *map = malloc((n ? n : 1) * sizeof *map);
	rr_strtab *t = strtab_new();
	for (uint32_t id = 0; map && t && id < n; id++)
		if (to[id] == id && (map[id] = strtab_intern(t, strtab_get(*tp, id),
							     strtab_len(*tp, id))) == RR_NONE) {
			strtab_free(t);
			t = NULL;
		}
	if (!map || !t) {
		free(map);
		strtab_free(t);
		return err_set("out of memory after %zu rows", r->n);
	}
	for (uint32_t id = 0; id < n; id++)
		if (to[id] != id)
			map[id] = map[to[id]];
	for (size_t i = 0; i < r->n; i++)
		if (col[i] != RR_NONE)
			col[i] = map[col[i]];
	free(map);
	strtab_free(*tp);
	*tp = t;
	if (items && r->last_desc)   /* a cache by code: it starts again */
		memset(r->last_desc, 0xFF, r->last_desc_cap * sizeof *r->last_desc);
	return 0;
}

#define SWAP(a, b)                                   \
	do {                                             \
		unsigned char t_[sizeof(a)];             \
		memcpy(t_, &(a), sizeof t_);             \
		memcpy(&(a), &(b), sizeof t_);           \
		memcpy(&(b), t_, sizeof t_);             \
	} while (0)

int rows_drop(rr_rows *r, const size_t *drop, size_t n)
{
	rr_rows *t = rows_new();
	if (!t)
		return err_set("out of memory after %zu rows", r->n);
	/* the kept rows added again: their strings interned in the order they come, as they
	 * were when the dropped rows were among them */
	for (size_t i = 0, d = 0; i < r->n; i++) {
		if (d < n && drop[d] == i) {
			d++;
			continue;
		}
		uint32_t c = r->cust[i];
		if (rows_add(t, strtab_get(r->invoices, r->invoice[i]),
			     strtab_len(r->invoices, r->invoice[i]), strtab_get(r->codes, r->item[i]),
			     strtab_len(r->codes, r->item[i]), strtab_get(r->descs, r->desc[i]),
			     strtab_len(r->descs, r->desc[i]),
			     c == RR_NONE ? NULL : strtab_get(r->customers, c),
			     c == RR_NONE ? 0 : strtab_len(r->customers, c),
			     strtab_get(r->countries, r->country[i]),
			     strtab_len(r->countries, r->country[i]), r->qty[i], r->price[i],
			     r->minute[i]) != 0) {
			rows_free(t);
			return -1;
		}
	}
	SWAP(r->n, t->n);
	SWAP(r->cap, t->cap);
	SWAP(r->invoice, t->invoice);
	SWAP(r->item, t->item);
	SWAP(r->cust, t->cust);
	SWAP(r->desc, t->desc);
	SWAP(r->country, t->country);
	SWAP(r->qty, t->qty);
	SWAP(r->price, t->price);
	SWAP(r->minute, t->minute);
	SWAP(r->invoices, t->invoices);
	SWAP(r->codes, t->codes);
	SWAP(r->customers, t->customers);
	SWAP(r->descs, t->descs);
	SWAP(r->countries, t->countries);
	SWAP(r->code_desc, t->code_desc);
	SWAP(r->last_desc, t->last_desc);
	SWAP(r->last_desc_cap, t->last_desc_cap);
	rows_free(t);   /* with the old arrays and tables */
	return 0;
}
#undef SWAP

/* (code, description) counts in an open-addressing table: such combinations are few (about
 * one per code), so a small table stays in cache where sorting every row's key would not. */
typedef struct desc_count {
	size_t cap, used;
	uint64_t hkey[2];    /* the slot hash's random key: the data picks the pairs (t24 #1) */
	uint64_t *key;       /* [cap] code << 32 | description id, or UINT64_MAX (empty) */
	uint32_t *cnt;       /* [cap] */
} desc_count;

static size_t desc_slot(const desc_count *t, uint64_t k)
{
	size_t j = (size_t)strtab_hash_u64(t->hkey, k) & (t->cap - 1);
	while (t->key[j] != k && t->key[j] != UINT64_MAX)
		j = (j + 1) & (t->cap - 1);
	return j;
}

static int desc_init(desc_count *t, size_t cap)
{
	strtab_key(t->hkey);   /* a new one at each growth: everything is rehashed anyway */
	t->cap = cap;
	t->used = 0;
	t->key = malloc(cap * sizeof *t->key);
	t->cnt = calloc(cap, sizeof *t->cnt);
	if (!t->key || !t->cnt) {
		free(t->key);
		free(t->cnt);
		return -1;
	}
	memset(t->key, 0xFF, cap * sizeof *t->key);
	return 0;
}

/* Count key k once; the table doubles when half full. 0 or -1 (out of memory). */
static int desc_add(desc_count *t, uint64_t k)
{
	size_t j = desc_slot(t, k);
	if (t->key[j] == UINT64_MAX) {
		t->key[j] = k;
		if (++t->used * 2 > t->cap) {
			desc_count g;
			if (desc_init(&g, t->cap * 2) != 0)
				return -1;
			t->cnt[j]++;
			for (size_t a = 0; a < t->cap; a++)
				if (t->key[a] != UINT64_MAX) {
					size_t b = desc_slot(&g, t->key[a]);
					g.key[b] = t->key[a];
					g.cnt[b] = t->cnt[a];
				}
			g.used = t->used;
			free(t->key);
			free(t->cnt);
			*t = g;
			return 0;
		}
	}
	t->cnt[j]++;
	return 0;
}

int rows_count_descs(const rr_rows *r, const uint32_t *sel, size_t n, uint32_t *code_desc)
{
	uint32_t nc = strtab_count(r->codes);
	uint32_t *best = calloc(nc ? nc : 1, sizeof *best);
	desc_count t;
	if (!best || desc_init(&t, 16) != 0) {
		free(best);
		return err_set("out of memory computing descriptions");
	}
	memset(code_desc, 0, (nc ? nc : 1) * sizeof *code_desc);
	int rc = 0;
	for (size_t k = 0; k < n && rc == 0; k++) {
		size_t i = sel ? sel[k] : k;
		if (r->desc[i] != 0)
			rc = desc_add(&t, (uint64_t)r->item[i] << 32 | r->desc[i]);
	}
	for (size_t a = 0; a < t.cap && rc == 0; a++) {
		if (t.key[a] == UINT64_MAX)
			continue;
		uint32_t code = (uint32_t)(t.key[a] >> 32), d = (uint32_t)t.key[a];
		if (t.cnt[a] > best[code] || (t.cnt[a] == best[code] && d < code_desc[code])) {
			best[code] = t.cnt[a];
			code_desc[code] = d;
		}
	}
	free(best);
	free(t.key);
	free(t.cnt);
	return rc ? err_set("out of memory computing descriptions") : 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* The lines of r that repeat an item of their invoice, into r->unit_lines: with no quantity
 * column, or one of a single value, a layout of one line per unit (Clover: 3 teas are 3 lines
 * of one order; Revel writes Quantity 1 on each), where a pair's line count is no order count
 * (t35 F17, t72 F23: the quantity feature was left out as one). 0, or -1 out of memory. */
static int count_unit_lines(rr_rows *r)
{
	r->unit_lines = 0;
	if (!(r->no_qty || r->qty_single) || r->n < 2)
		return 0;
	uint64_t *key = malloc(r->n * sizeof *key);
	if (!key)
		return err_set("out of memory counting lines");
	for (size_t i = 0; i < r->n; i++)
		key[i] = (uint64_t)r->invoice[i] << 32 | r->item[i];
	qsort(key, r->n, sizeof *key, cmp_u64);
	for (size_t i = 1; i < r->n; i++)
		r->unit_lines += key[i] == key[i - 1];
	free(key);
	return 0;
}

int rows_finish(rr_rows *r)
{
	uint32_t nc = strtab_count(r->codes);
	free(r->code_desc);
	r->code_desc = malloc((nc ? nc : 1) * sizeof *r->code_desc);
	if (!r->code_desc)
		return err_set("out of memory computing descriptions");
	/* a quantity column of one value (every line 1, as a click log writes it) says no more
	 * than none: the network must leave it out as it does a missing one (t22: accuracy 1.00) */
	double first = 0;
	r->qty_single = !r->no_qty;
	for (size_t k = 0; k < r->n && r->qty_single; k++)
		if (r->qty[k] > 0) {
			if (first == 0)
				first = r->qty[k];
			else if (r->qty[k] != first)
				r->qty_single = 0;
		}
	if (first == 0)
		r->qty_single = 0;
	if (count_unit_lines(r) != 0)
		return -1;
	return rows_count_descs(r, NULL, r->n, r->code_desc);
}

/* ---- customer ids ---- */
/* The zeros of the scripts' own digits read as ASCII ones, each block ten code points from
 * its zero: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
 * Telugu, Kannada, Malayalam, Thai, Lao, Myanmar, Khmer and the full-width ones (t46 F10: a
 * Bangladeshi till's \xE0\xA7\xA8, a Thai one's \xE0\xB9\x91 were rejected as unparsable numbers). */
static const struct {
	unsigned zero;         /* the block's zero */
	const char *script;    /* its name, as the load's note says it (t80 F36) */
} digit_zeros[] = {
	{0x0660, "Arabic-Indic"}, {0x06F0, "Persian"}, {0x0966, "Devanagari"}, {0x09E6, "Bengali"},
	{0x0A66, "Gurmukhi"}, {0x0AE6, "Gujarati"}, {0x0B66, "Oriya"}, {0x0BE6, "Tamil"},
	{0x0C66, "Telugu"}, {0x0CE6, "Kannada"}, {0x0D66, "Malayalam"}, {0x0E50, "Thai"},
	{0x0ED0, "Lao"}, {0x1040, "Myanmar"}, {0x17E0, "Khmer"}, {0xFF10, "full-width"}};
#define DIGIT_BLOCKS (sizeof digit_zeros / sizeof *digit_zeros)

int rows_digit_block(const unsigned char *p, size_t n)
{
	unsigned long cp;
	if (textesc_utf8(p, n, &cp) < 2)
		return -1;
	for (size_t k = 0; k < DIGIT_BLOCKS; k++)
		if (cp >= digit_zeros[k].zero && cp <= digit_zeros[k].zero + 9)
			return (int)k;
	return -1;
}

void rows_digit_scripts(unsigned blocks, char *buf, size_t size)
{
	size_t o = 0, left = (size_t)__builtin_popcount(blocks);
	if (size)
		buf[0] = '\0';
	for (size_t k = 0; k < DIGIT_BLOCKS && o < size; k++) {
		if (!(blocks >> k & 1))
			continue;
		left--;
		int w = snprintf(buf + o, size - o, "%s%s", digit_zeros[k].script,
				 left > 1 ? ", " : left == 1 ? " and " : "");
		o = w < 0 ? size : o + (size_t)w;
	}
}

int rows_plain_char(const unsigned char *p, size_t n, char *c, size_t *len)
{
	unsigned long cp;
	*len = textesc_utf8(p, n, &cp);   /* well-formed only: no reading of garbage */
	if (*len < 2)
		return 0;
	*c = 0;
	if (uwidth_ignorable(cp))
		return 1;
	for (size_t k = 0; k < DIGIT_BLOCKS; k++)
		if (cp >= digit_zeros[k].zero && cp <= digit_zeros[k].zero + 9)
			*c = (char)('0' + (cp - digit_zeros[k].zero));
	if (*c)
		;
	else if (cp == 0x066B || cp == 0x066C)
		*c = cp == 0x066B ? '.' : ',';
	else if (cp >= 0xFF01 && cp <= 0xFF5E)
		*c = (char)(0x21 + (cp - 0xFF01));
	return *c != 0;
}

/* The dashes a word processor's or a spreadsheet's autocorrect writes for a hyphen: U+2010 to
 * U+2015 (hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal bar), the
 * minus sign U+2212 and the small hyphen-minus U+FE63 (the full-width one, U+FF0D, is
 * rows_plain_char's). */
int rows_id_dash(const unsigned char *p, size_t n, size_t *len)
{
	unsigned long cp;
	if (n < 3 || (p[0] != 0xE2 && p[0] != 0xEF))
		return 0;
	*len = textesc_utf8(p, n, &cp);
	return *len == 3 && ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63);
}

size_t rows_plain_id(char *s)
{
	size_t o = 0, n = strlen(s);
	for (size_t i = 0; i < n;) {
		char c;
		size_t len;
		if ((unsigned char)s[i] >= 0xC0 &&
		    rows_plain_char((const unsigned char *)s + i, n - i, &c, &len)) {
			if (c)
				s[o++] = c;
			i += len;
		} else {
			s[o++] = s[i++];
		}
	}
	size_t units;
	o = textfold_compose(s, s, o, &units);   /* as plain_field composes a loaded id */
	s[o] = '\0';
	return o;
}


/* Is s[0..n) shaped as an e-mail address, local@domain.tld: one '@' with text before it, and
 * after it a domain with a dot inside, neither first nor last? Tokens such as @SUM, Tok@A9 or
 * KX@7Q hold an '@' and are no address: their case is theirs (t84 F7). */
static int email_shaped(const char *s, size_t n)
{
	const char *at = memchr(s, '@', n);
	if (!at || at == s)
		return 0;
	const char *dom = at + 1;
	size_t dn = n - (size_t)(dom - s);
	const char *dot = dn ? memchr(dom, '.', dn) : NULL;
	if (!dot || dot == dom || memchr(dom, '@', dn) || dom[dn - 1] == '.')
		return 0;
	return 1;
}

const char *rows_customer_key(const char *s, size_t n, char *buf)
{
	if (n == 0 || n > RR_MAX_FIELD || !email_shaped(s, n))
		return s;
	int changed = 0;
	for (size_t k = 0; k < n; k++) {
		char c = s[k];
		changed |= c >= 'A' && c <= 'Z';
		buf[k] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
	}
	return changed ? buf : s;
}

/* The id of exactly id[0..n) as a key, or RR_NONE. */
static uint32_t find_key(const rr_rows *r, const char *id, size_t n)
{
	char buf[RR_MAX_FIELD];
	return strtab_find(r->customers, rows_customer_key(id, n, buf), n);
}

size_t rows_typed_id(char *s)
{
	size_t from, n = rows_id_unwrap(s, strlen(s), &from);
	memmove(s, s + from, n);
	s[n] = '\0';
	return rows_plain_id(s);
}

/* id as the loads read ids (rows_typed_id) in buf when it holds a byte past ASCII or an
 * Excel wrapper, else id. */
static const char *plain_copy(const char *id, char *buf, size_t size)
{
	size_t n = strlen(id), k, from;
	for (k = 0; k < n && (unsigned char)id[k] < 0xC0; k++)
		;
	if ((k == n && rows_id_unwrap(id, n, &from) == n) || n >= size)
		return id;
	memcpy(buf, id, n + 1);
	rows_typed_id(buf);
	return buf;
}

/* id past its leading zeros when the load read that column so (--strip-zeros: bit of
 * strip_zeros), as the loader holds it: all digits, one kept (0000 is '0'). t79 F20: a list
 * or a typed id written as the file writes it (000101) matched nothing. */
static const char *unpadded(const rr_rows *r, unsigned bit, const char *id)
{
	size_t n = strlen(id), z = 0;
	if (!(r->strip_zeros & bit) || strspn(id, "0123456789") != n)
		return id;
	while (z + 1 < n && id[z] == '0')
		z++;
	return id + z;
}

uint32_t rows_find_code(const rr_rows *r, const char *code)
{
	char buf[RR_MAX_FIELD + 1];
	code = unpadded(r, 2, plain_copy(code, buf, sizeof buf));
	return strtab_find(r->codes, code, strlen(code));
}

uint32_t rows_find_customer(const rr_rows *r, const char *id)
{
	char plain[RR_MAX_FIELD + 1];
	id = unpadded(r, 1, plain_copy(id, plain, sizeof plain));
	size_t n = strlen(id);
	uint32_t k = find_key(r, id, n);
	if (k != RR_NONE || n == 0)
		return k;
	char alt[128];
	const char *dot = strchr(id, '.');
	if (dot && dot > id && strspn(dot + 1, "0") == strlen(dot + 1) && (size_t)(dot - id) < sizeof alt)
		return find_key(r, id, (size_t)(dot - id));                  /* "17850.0" → "17850" */
	if (!dot && strspn(id, "0123456789") == n && n + 3 < sizeof alt) {
		snprintf(alt, sizeof alt, "%s.0", id);                      /* "17850" → "17850.0" */
		return find_key(r, alt, n + 2);
	}
	return RR_NONE;
}

/* a[0..n) and b[0..n) equal but for ASCII case (casefold's rule, whatever the locale). */
static int ascii_case_eq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char x = a[i] >= 'a' && a[i] <= 'z' ? (char)(a[i] - 32) : a[i];
		char y = b[i] >= 'a' && b[i] <= 'z' ? (char)(b[i] - 32) : b[i];
		if (x != y)
			return 0;
	}
	return 1;
}

uint32_t rows_find_customer_fold(const rr_rows *r, const char *id)
{
	uint32_t k = rows_find_customer(r, id), n = strtab_count(r->customers);
	size_t len = strlen(id);
	for (uint32_t i = 0; k == RR_NONE && i < n; i++)
		if (strtab_len(r->customers, i) == len &&
		    ascii_case_eq(strtab_get(r->customers, i), id, len))
			k = i;
	return k;
}
