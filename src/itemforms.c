/* itemforms.c — item codes that name one product in several forms (itemforms.h). */
#include "itemforms.h"

#include <stdlib.h>
#include <string.h>

#include "csvsniff.h"
#include "err.h"

const char *const itemforms_words[] = {"scale", "isbn", "ndc", NULL};

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

int itemforms_gs1_valid(const char *s, size_t n)
{
	unsigned sum = 0;
	if (n < 2)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!digit(s[i]))
			return 0;
	for (size_t i = 0; i + 1 < n; i++)   /* weight 3 on the digit beside the check */
		sum += (unsigned)(s[n - 2 - i] - '0') * (i % 2 ? 1u : 3u);
	return (10 - sum % 10) % 10 == (unsigned)(s[n - 1] - '0');
}

int itemforms_in_store(const char *s, size_t n)
{
	return n == 13 && s[0] == '2' && itemforms_gs1_valid(s, n);
}

/* The symbols of s[0..n) into out[0..cap): digits (and an X last when x), one hyphen or blank
 * allowed between two of them; their count, or 0 when s is written otherwise or has more. */
static size_t code_symbols(const char *s, size_t n, int x, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if ((c == '-' || c == ' ') && i > 0 && i + 1 < n && s[i + 1] != '-' && s[i + 1] != ' ')
			continue;
		if (o == cap || !(digit(c) || (x && (c == 'X' || c == 'x') && i + 1 == n)))
			return 0;
		out[o++] = c == 'x' ? 'X' : c;
	}
	return o;
}

size_t itemforms_isbn13(const char *s, size_t n, char out[13])
{
	if (code_symbols(s, n, 0, out, 13) != 13 || out[0] != '9' || out[1] != '7' ||
	    (out[2] != '8' && out[2] != '9'))
		return 0;
	return itemforms_gs1_valid(out, 13) ? 13 : 0;
}

size_t itemforms_isbn10_13(const char *s, size_t n, char out[13])
{
	char d[10];
	size_t m = code_symbols(s, n, 1, d, sizeof d), sum = 0;
	/* a number that lost its leading zeros is written whole: 306406152 is 0306406152 */
	if (m < 8 || (m < 10 && memchr(s, '-', n)) || (m < 10 && memchr(s, ' ', n)))
		return 0;
	memmove(d + 10 - m, d, m);
	memset(d, '0', 10 - m);
	for (size_t i = 0; i < 10; i++)
		sum += (10 - i) * (size_t)(d[i] == 'X' ? 10 : d[i] - '0');
	if (sum % 11)
		return 0;
	memcpy(out, "978", 3);
	memcpy(out + 3, d, 9);
	out[12] = '0';
	for (char c = '0'; c <= '9'; c++)   /* the one check digit that makes it valid */
		if ((out[12] = c), itemforms_gs1_valid(out, 13))
			return 13;
	return 0;
}

/* The lengths of the three all-digit parts of s[0..n) written with two hyphens between them,
 * into len[3]; 1, else 0. */
static int three_parts(const char *s, size_t n, size_t len[3])
{
	size_t k = 0;
	len[0] = len[1] = len[2] = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-' && len[k] && k < 2)
			k++;
		else if (digit(s[i]))
			len[k]++;
		else
			return 0;
	}
	return k == 2 && len[2];
}

size_t itemforms_ndc10_11(const char *s, size_t n, char out[11])
{
	size_t len[3], pad;
	if (!three_parts(s, n, len) || len[0] + len[1] + len[2] != 10)
		return 0;
	if (len[0] == 4 && len[1] == 4)
		pad = 0;
	else if (len[0] == 5 && len[1] == 3)
		pad = 1;
	else if (len[0] == 5 && len[1] == 4)
		pad = 2;
	else
		return 0;
	size_t o = 0, part = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-') {
			part++;
			continue;
		}
		if (part == pad && (i == 0 || s[i - 1] == '-'))
			out[o++] = '0';   /* the short part's padding */
		out[o++] = s[i];
	}
	return o == 11 ? 11 : 0;
}

/* The 11 digits of an NDC in its billing form, 5-4-2 with hyphens or 11 digits whole. */
static size_t ndc11(const char *s, size_t n, char out[11])
{
	size_t len[3], o = 0;
	if (n == 11) {
		for (size_t i = 0; i < n; i++)
			if (!digit(s[i]))
				return 0;
		memcpy(out, s, 11);
		return 11;
	}
	if (!three_parts(s, n, len) || len[0] != 5 || len[1] != 4 || len[2] != 2)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != '-')
			out[o++] = s[i];
	return 11;
}

/* *to (malloc'ed) maps each of all ids to target[id] where the first n set one, else to
 * itself; left NULL when none is set. 0, or -1 when memory runs out. */
static int remap_of(const uint32_t *target, uint32_t n, uint32_t all, uint32_t **to)
{
	uint32_t any = 0;
	for (uint32_t id = 0; id < n; id++)
		any |= target[id] != RR_NONE;
	if (!any)
		return 0;
	if ((*to = malloc(all * sizeof **to)) == NULL)
		return -1;
	for (uint32_t id = 0; id < all; id++)
		(*to)[id] = id < n && target[id] != RR_NONE ? target[id] : id;
	return 0;
}

/* The scan's keys: a form's letter and the digits its codes share (S: an in-store code's first
 * 7, I: an ISBN-13's, N: an NDC's 11), per key its first code and how many codes own it. */
typedef struct form_keys {
	rr_strtab *keys;
	uint32_t *first, *count;   /* [codes] per key id */
	uint32_t *target;          /* [codes] per code: the id it is read as, or RR_NONE */
} form_keys;

/* The key code s[0..n) owns into key[0..14), and its length; 0 for none. */
static size_t owned_key(const char *s, size_t n, char key[14])
{
	if (itemforms_in_store(s, n)) {
		key[0] = 'S';
		memcpy(key + 1, s, ITEMFORMS_SCALE_KEY);
		return 1 + ITEMFORMS_SCALE_KEY;
	}
	if (itemforms_isbn13(s, n, key + 1))
		return key[0] = 'I', 14;
	if (ndc11(s, n, key + 1))
		return key[0] = 'N', 12;
	return 0;
}

/* The first code of key[0..m), when the column has it; RR_NONE else. */
static uint32_t key_owner(const form_keys *k, const char *key, size_t m)
{
	uint32_t id = strtab_find(k->keys, key, m);
	return id == RR_NONE ? RR_NONE : k->first[id];
}

/* The pair's two codes as printed into p0 and p1, of size bytes each (two pointers, not a
 * char[2][32]: gcc's -O1 took that parameter's bound for the whole array's, ASan build). */
static void found_pair_of(char *p0, char *p1, size_t size, const char *a, size_t an,
			  const char *b, size_t bn)
{
	sniff_printable(p0, size, a, an, 24);
	sniff_printable(p1, size, b, bn, 24);
}

static void found_pair(itemforms_found *f, int form, const char *a, size_t an, const char *b,
		       size_t bn)
{
	found_pair_of(f->pair[form][0], f->pair[form][1], sizeof f->pair[form][0], a, an, b, bn);
}

/* In-store code id (copied into s[0..13)) of a key shared with another: counted, and its
 * target under merge (the code its item digits name, else its first 7 digits). 0 or -1. */
static int scale_code(rr_strtab *t, form_keys *k, uint32_t id, const char *s, unsigned merge,
		      itemforms_found *f)
{
	char key[1 + ITEMFORMS_SCALE_KEY] = "S";
	memcpy(key + 1, s, ITEMFORMS_SCALE_KEY);
	uint32_t kid = strtab_find(k->keys, key, sizeof key), first = k->first[kid];
	if (k->count[kid] < 2)   /* alone: a shop's own 13-digit code */
		return 0;
	f->count[ITEMFORMS_SCALE]++;
	if (!(merge & 1u << ITEMFORMS_SCALE)) {
		if (id != first && !f->pair[ITEMFORMS_SCALE][0][0])
			found_pair(f, ITEMFORMS_SCALE, strtab_get(t, first), strtab_len(t, first), s, 13);
		return 0;
	}
	size_t z = 2;
	while (z < 6 && s[z] == '0')
		z++;
	uint32_t o = strtab_find(t, s + 2, 5);
	o = o == RR_NONE ? strtab_find(t, s + z, 7 - z) : o;
	f->plu |= o != RR_NONE;
	if (o == RR_NONE && (o = strtab_intern(t, s, ITEMFORMS_SCALE_KEY)) == RR_NONE)
		return -1;
	k->target[id] = o;
	if (!f->pair[ITEMFORMS_SCALE][0][0])
		found_pair(f, ITEMFORMS_SCALE, s, 13, strtab_get(t, o), strtab_len(t, o));
	return 0;
}

/* Code id, s[0..n) copied: an ISBN-10 or a 10-digit NDC whose other form t holds. */
static void other_form(const rr_strtab *t, form_keys *k, uint32_t id, const char *s, size_t n,
		       unsigned merge, itemforms_found *f)
{
	char key[14];
	int form = ITEMFORMS_ISBN;
	uint32_t o = RR_NONE;
	if (itemforms_isbn10_13(s, n, key + 1))   /* 50580-506-02 may pass as an ISBN-10 too */
		key[0] = 'I', o = key_owner(k, key, 14);
	if (o == RR_NONE && itemforms_ndc10_11(s, n, key + 1))
		key[0] = 'N', o = key_owner(k, key, 12), form = ITEMFORMS_NDC;
	if (o == RR_NONE || o == id)
		return;
	if (!f->count[form]++)
		found_pair(f, form, s, n, strtab_get(t, o), strtab_len(t, o));
	if (merge & 1u << form)
		k->target[id] = o;
}

static int scan_codes(rr_strtab *t, form_keys *k, uint32_t n, unsigned merge,
		      itemforms_found *f)
{
	for (uint32_t id = 0; id < n; id++) {   /* the keys each code owns, counted */
		char key[14];
		size_t m = owned_key(strtab_get(t, id), strtab_len(t, id), key);
		uint32_t kid = m ? strtab_intern(k->keys, key, m) : RR_NONE;
		k->target[id] = RR_NONE;
		if (m && kid == RR_NONE)
			return -1;
		if (m && !k->count[kid]++)
			k->first[kid] = id;
	}
	for (uint32_t id = 0; id < n; id++) {
		char s[64];
		size_t m = strtab_len(t, id);
		if (m >= sizeof s)
			continue;
		memcpy(s, strtab_get(t, id), m);   /* copied: interning may move the strings */
		if (itemforms_in_store(s, m)) {
			if (scale_code(t, k, id, s, merge, f) != 0)
				return -1;
		} else
			other_form(t, k, id, s, m, merge, f);
	}
	return 0;
}

int itemforms_scan(rr_strtab *t, unsigned merge, itemforms_found *f, uint32_t **to)
{
	uint32_t n = strtab_count(t);
	size_t cap = n ? n : 1;
	form_keys k = {strtab_new(), calloc(cap, sizeof *k.first), calloc(cap, sizeof *k.count),
		       malloc(cap * sizeof *k.target)};
	memset(f, 0, sizeof *f);
	*to = NULL;
	int rc = k.keys && k.first && k.count && k.target ? scan_codes(t, &k, n, merge, f) : -1;
	if (rc == 0)
		rc = remap_of(k.target, n, strtab_count(t), to);
	strtab_free(k.keys);
	free(k.first);
	free(k.count);
	free(k.target);
	return rc == 0 ? 0 : err_set("out of memory reading the item codes' forms");
}

int itemforms_isbn_spellings(rr_strtab *t, uint32_t **to, size_t *count, char pair[2][32])
{
	uint32_t n = strtab_count(t), *target = malloc((n ? n : 1) * sizeof *target);
	int rc = target ? 0 : -1;
	*to = NULL;
	*count = 0;
	for (uint32_t id = 0; rc == 0 && id < n; id++) {
		char d[13], s[64];
		size_t m = strtab_len(t, id);
		target[id] = RR_NONE;
		if (m == 13 || m >= sizeof s || !itemforms_isbn13(strtab_get(t, id), m, d))
			continue;   /* 13 long: the digits themselves */
		memcpy(s, strtab_get(t, id), m);   /* copied: interning may move the strings */
		if ((target[id] = strtab_intern(t, d, 13)) == RR_NONE)
			rc = -1;
		else if (!(*count)++)
			found_pair_of(pair[0], pair[1], sizeof pair[0], s, m, d, 13);
	}
	if (rc == 0)
		rc = remap_of(target, n, strtab_count(t), to);
	free(target);
	return rc == 0 ? 0 : err_set("out of memory reading the item codes' forms");
}

int itemforms_parse(const char *list, unsigned *bits)
{
	*bits = 0;
	for (const char *w = list; w && *w;) {
		size_t l = strcspn(w, ","), k;
		for (k = 0; itemforms_words[k]; k++)
			if (strlen(itemforms_words[k]) == l && strncmp(w, itemforms_words[k], l) == 0)
				break;
		if (!itemforms_words[k])
			return err_set("--item-forms: '%.*s' is no form it reads (scale, isbn or ndc; "
				       "comma-separated: --item-forms scale,isbn)", (int)l, w);
		*bits |= 1u << k;
		w += l + (w[l] == ',');
	}
	if (list && !*bits)
		return err_set("--item-forms: name the forms: scale, isbn or ndc");
	return 0;
}
