/* catchange.h — catalogue changes over time that the item codes hide (t63 F19, F9): a code
 * given to another product at one date, and one product given another code. The load's
 * summary says them; nothing is split or merged here (relrec keeps one item per code), the
 * messages name the load pipe that does it.
 *
 * Both are read from the purchase rows (quantity above 0) with a description, whose
 * descriptions are compared as names: letter case (textfold), blanks and punctuation aside
 * (catchange_same_name). A price jump alone is no evidence: prices are not looked at.
 *
 * Cost: one pass over the rows and one over the descriptions (an 8-byte key each), a small
 * record per code, a sort of the codes; nothing kept after. Module of task e110 (ingest.c
 * calls it from its summary; it knows nothing of the loader). */
#ifndef RELREC_CATCHANGE_H
#define RELREC_CATCHANGE_H

#include <stddef.h>
#include <stdint.h>

#include "rows.h"

enum {
	CATCHANGE_EXAMPLES = 8,   /* findings kept of each kind (the message's and the pipe's) */
	CATCHANGE_MIN_ROWS = 2,   /* purchase rows each period needs: one row of another name is
	                             a stock note (Online Retail's 'check', 'Amazon'), no product */
	CATCHANGE_MIN_WORD = 3,   /* bytes of a word that two names share to be one product's */
	CATCHANGE_CHANCE = 1000   /* the two periods' rows, a and b of them, fall apart by chance
	                             once in C(a+b, a) orderings of one product's sales: fewer than
	                             this many (4 rows, then 3: 35) is a short file's chance, no
	                             change (t20's first 20000 rows of Online Retail, one week) */
};

/* One code over one period: its rows of description desc from first to last (minutes). */
typedef struct rr_catperiod {
	uint32_t code, desc;
	int32_t first, last;
} rr_catperiod;

/* A change: the old period, then the new. A reused code: one code, two descriptions; a
 * re-keyed product: two codes, one description (as names). */
typedef struct rr_catpair {
	rr_catperiod old, new;
} rr_catpair;

typedef struct rr_catchange {
	size_t reused;    /* codes whose description changes once, for good, to a name with no
	                     word of the old one: every purchase row before a date carries one,
	                     every one from it on the other (a code given to a new product) */
	size_t rekeyed;   /* pairs of codes whose (most written) description is one name and whose
	                     periods do not overlap: the old code's last purchase before the new
	                     code's first (an internal SKU, then the GTIN) */
	size_t n_reuse, n_rekey;   /* of them kept below, the first in code order */
	rr_catpair reuse[CATCHANGE_EXAMPLES], rekey[CATCHANGE_EXAMPLES];
} rr_catchange;

/* Find both kinds in r (after rows_finish: code_desc is read) into *c. 0, or -1 when memory
 * runs out (err_set). */
int catchange_find(const rr_rows *r, rr_catchange *c);

/* Are a and b one name: equal once folded (textfold), with only letters and digits kept
 * (blanks, punctuation and marks dropped: 'SET/3 MUGS' is 'Set 3 mugs')? */
int catchange_same_name(const char *a, const char *b);
/* Do a and b share a word (letters and digits, CATCHANGE_MIN_WORD bytes or more, folded)? */
int catchange_share_word(const char *a, const char *b);

/* The awk code (field_awk's body: it edits v, the item field's text, and may call g(s, c),
 * which sets B and E around field c) that appends "~" and its new period's first day to a
 * reused code on the rows of its new description, told by desc_col (from 1): the code's rows
 * of that name read as another item. Into body[0..size); the number of c's reused codes it
 * covers, the first ones (0: none can be written so, body ""). A description is matched by
 * its ASCII letters and digits, lower-cased, as any awk reads it (mawk has no Unicode case):
 * a code whose two names do not differ so is left out. */
size_t catchange_reuse_awk(const rr_rows *r, const rr_catchange *c, int desc_col, size_t most,
			   char *body, size_t size);
/* The awk code that writes each re-keyed pair's old code as its new one, for at most most
 * pairs; the number covered (0: none, body ""). */
size_t catchange_rekey_awk(const rr_rows *r, const rr_catchange *c, size_t most, char *body,
			   size_t size);

/* The summary's lines (no newline) into out[0..size): the warning of the reused codes, with
 * load (the load argument of catchange_reuse_awk's pipe, covering covered codes; "" when none)
 * or the note of the re-keyed pairs (rekey 1). "" when there are none. */
void catchange_say(const rr_rows *r, const rr_catchange *c, int rekey, const char *load,
		   size_t covered, char *out, size_t size);

#endif
