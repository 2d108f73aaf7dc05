/* storekey.h — ids that two stores number each their own way, joined into one export (t72
 * F10, F11): a customer number or a till's PLU that carries one name in one store and another
 * name, of no word in common, in the other, at the same time (1001 is Els Bos in Utrecht and
 * Jan de Vries in Gent; PLU 101 a Latte in the cafe and a Pintje in the brasserie). Read by
 * the number alone, two people are one customer, two products one item; the store and the
 * number together are the id.
 *
 * The caller gives each row's id, store and name (storekey_add) and asks at the end
 * (storekey_judge). Values are byte strings, not necessarily NUL-terminated, compared as
 * written; names' words are compared folded without their marks (textfold_bare: Müller is
 * MULLER). Not thread-safe (one per load). */
#ifndef RELREC_STOREKEY_H
#define RELREC_STOREKEY_H

#include <stddef.h>

/* The longest id, store or name counted, in bytes. */
#define STOREKEY_FIELD 200

typedef struct storekey storekey;

/* NULL when memory runs out. */
storekey *storekey_new(void);
void storekey_free(storekey *k);

/* One row's id, store and name (the id's name column, or the item's description); a row
 * with any of them empty, longer than 200 bytes, or past 1,000,000 distinct triples, is not
 * counted. 0, or -1 when memory runs out. */
int storekey_add(storekey *k, const char *id, size_t idn, const char *store, size_t sn,
		 const char *name, size_t nn);

typedef struct storekey_split {
	size_t ids;               /* ids seen in two stores or more */
	size_t split;             /* of them, one name per store, no word shared between two */
	char id[STOREKEY_FIELD + 1];        /* the first split id (as written, whole), and */
	char store[2][STOREKEY_FIELD + 1];  /* two of its stores with their names */
	char name[2][STOREKEY_FIELD + 1];
} storekey_split;

/* What the rows say. 0, or -1 when memory runs out. */
int storekey_judge(const storekey *k, storekey_split *out);

/* Does the judgement call the ids the stores' own: 3 split ids or more, half or more of those
 * seen in two stores? */
int storekey_stores_own(const storekey_split *s);

#endif
