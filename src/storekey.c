/* storekey.c — ids two stores number each their own way (storekey.h). */
#include "storekey.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strtab.h"
#include "textfold.h"

#define STOREKEY_TRIPLES 1000000

struct storekey {
	rr_strtab *ids, *stores, *names;
	rr_strtab *triples;   /* each distinct (id, store, name): three ids' 12 bytes */
};

storekey *storekey_new(void)
{
	storekey *k = calloc(1, sizeof *k);
	if (!k)
		return NULL;
	k->ids = strtab_new();
	k->stores = strtab_new();
	k->names = strtab_new();
	k->triples = strtab_new();
	if (!k->ids || !k->stores || !k->names || !k->triples) {
		storekey_free(k);
		return NULL;
	}
	return k;
}

void storekey_free(storekey *k)
{
	if (!k)
		return;
	strtab_free(k->ids);
	strtab_free(k->stores);
	strtab_free(k->names);
	strtab_free(k->triples);
	free(k);
}

int storekey_add(storekey *k, const char *id, size_t idn, const char *store, size_t sn,
		 const char *name, size_t nn)
{
	if (!idn || !sn || !nn || idn > STOREKEY_FIELD || sn > STOREKEY_FIELD ||
	    nn > STOREKEY_FIELD || strtab_count(k->triples) >= STOREKEY_TRIPLES)
		return 0;
	uint32_t t[3] = {strtab_intern(k->ids, id, idn), strtab_intern(k->stores, store, sn),
			 strtab_intern(k->names, name, nn)};
	if (t[0] == RR_NONE || t[1] == RR_NONE || t[2] == RR_NONE)
		return -1;
	return strtab_intern(k->triples, (const char *)t, sizeof t) == RR_NONE ? -1 : 0;
}

typedef struct triple {
	uint32_t id, store, name;
} triple;

static int cmp_triple(const void *pa, const void *pb)
{
	const triple *a = pa, *b = pb;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	if (a->store != b->store)
		return a->store < b->store ? -1 : 1;
	return (a->name > b->name) - (a->name < b->name);
}

static int is_word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Do names a and b share a word (letters and digits), compared folded without their marks
 * (textfold_bare)? "Els Bos" and "E. Bos" do, and "Jürgen Müller" and "JURGEN MULLER" (t73
 * F15: one name typed with and without its accents was two people); "Latte" and "Pintje" do
 * not. Names are at most STOREKEY_FIELD bytes (storekey_add). */
static int share_word(const char *a0, const char *b0)
{
	char a[STOREKEY_FIELD + 1], b[STOREKEY_FIELD + 1];
	a[textfold_bare(a, a0, strlen(a0))] = '\0';
	b[textfold_bare(b, b0, strlen(b0))] = '\0';
	for (const char *p = a; *p;) {
		while (*p && !is_word_byte((unsigned char)*p))
			p++;
		size_t n = 0;
		while (is_word_byte((unsigned char)p[n]))
			n++;
		for (const char *q = b; n && *q;) {
			while (*q && !is_word_byte((unsigned char)*q))
				q++;
			size_t m = 0;
			while (is_word_byte((unsigned char)q[m]))
				m++;
			if (m == n && memcmp(p, q, n) == 0)
				return 1;
			q += m;
		}
		p += n;
	}
	return 0;
}

/* One id's triples v[0..n) (sorted by store): 0 in one store, 1 in several with a name
 * each way (an id both stores name alike, or a store that names it twice), 2 split: one
 * name per store, no two of them sharing a word. */
static int judge_id(const storekey *k, const triple *v, size_t n)
{
	size_t stores = 1;
	int one_each = 1;
	for (size_t i = 1; i < n; i++) {
		stores += v[i].store != v[i - 1].store;
		one_each &= v[i].store != v[i - 1].store;
	}
	if (stores < 2)
		return 0;
	for (size_t i = 0; one_each && i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (share_word(strtab_get(k->names, v[i].name), strtab_get(k->names, v[j].name)))
				return 1;
	return one_each ? 2 : 1;
}

/* The value whole: storekey_add counts none longer than STOREKEY_FIELD bytes, the fields' size
 * less one; the message cuts it, and says so (t73 F25: cut here at 63 bytes, an id ...1001
 * was shown as ...100). */
static void shown(char *out, size_t size, const rr_strtab *t, uint32_t id)
{
	snprintf(out, size, "%s", strtab_get(t, id));
}

int storekey_judge(const storekey *k, storekey_split *out)
{
	memset(out, 0, sizeof *out);
	uint32_t n = strtab_count(k->triples);
	triple *v = malloc((n ? n : 1) * sizeof *v);
	if (!v)
		return -1;
	for (uint32_t i = 0; i < n; i++)
		memcpy(&v[i], strtab_get(k->triples, i), sizeof v[i]);
	qsort(v, n, sizeof *v, cmp_triple);
	for (uint32_t a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && v[b].id == v[a].id; b++)
			;
		int j = judge_id(k, v + a, b - a);
		out->ids += j > 0;
		if (j == 2 && !out->split++) {
			shown(out->id, sizeof out->id, k->ids, v[a].id);
			for (int s = 0; s < 2; s++) {
				shown(out->store[s], sizeof out->store[s], k->stores, v[a + s].store);
				shown(out->name[s], sizeof out->name[s], k->names, v[a + s].name);
			}
		}
	}
	free(v);
	return 0;
}

int storekey_stores_own(const storekey_split *s)
{
	return s->split >= 3 && s->split * 2 >= s->ids;
}
