/* placeform.h — forms of a customer id that names nobody, beside ingest's words for one
 * (ingest_placeholder_ids): what a till's staff type where the till demands an e-mail or a
 * number and the buyer gives none (t72 F6: noemail@noemail.com, none@none.com, geen@email.nl
 * and 999999 were the four biggest "customers" of a shop). Not a list of strings: each form
 * is a test, and its words (where it has some) a list the manual prints.
 *
 * Forms are matched on the id as written; ASCII letters compared ignoring case. No
 * allocation, no state: safe from any thread. */
#ifndef RELREC_PLACEFORM_H
#define RELREC_PLACEFORM_H

#include <stddef.h>

typedef struct placeform {
	const char *name;            /* what the load's note calls it */
	const char *const *words;    /* the words its test reads (NULL-terminated), or NULL */
	int (*match)(const char *s, size_t n, const char *const *words);
} placeform;

/* The forms, ended by one of NULL name. */
extern const placeform placeforms[];
enum { PLACEFORM_N = 4, PLACEFORM_MASKED = 3 /* starred: j***0 */ };

/* The form customer id s[0..n) is written in: its index in placeforms + 1, or 0 for none. */
int placeform_match(const char *s, size_t n);
/* Is s[0..n), of the starred form, a card's number masked as a till prints it (PCI DSS: the
 * first digits and the last four shown, 6001 **** **** 4749)? Four digits or more on each
 * side of the stars (blanks and dashes beside them aside), only stars, blanks and dashes
 * between, five stars or more, 13 to 19 digits and stars in all (a card number's length; a
 * phone's mask, 0912****7645, hides four of 10 to 12): a loyalty card's own id (t76 F14), where a marketplace's mask keeps a letter or
 * two of a login (j***0) or of a phone's prefix (+62 812-****-6113), whose buyers collide. */
int placeform_card(const char *s, size_t n);

#endif
