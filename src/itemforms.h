/* itemforms.h — item codes that name one product in several forms a code system itself
 * defines (t63 F5, F10, F11): a scale label's in-store EAN-13 (GS1 prefix 20-29) whose last
 * digits are a price or a weight, an ISBN-10 beside its ISBN-13, a 10-digit NDC beside its
 * 11-digit billing form. Each form is told by its check digit or its layout, never by a guess.
 *
 * The checks are pure functions of bytes. itemforms_scan looks at every code of the item
 * column once (O(codes), a second table of keys it frees itself), counts what it finds for
 * the load's summary and, for the forms the caller names, says which code each is read as.
 * Nothing here prints or touches rows: ingest.c merges (rows_merge_ids) and says it. */
#ifndef RELREC_ITEMFORMS_H
#define RELREC_ITEMFORMS_H

#include <stddef.h>
#include <stdint.h>

#include "strtab.h"

/* The forms, in the order of itemforms_words (load --item-forms' words, its completion and
 * its check: the one table). */
enum { ITEMFORMS_SCALE, ITEMFORMS_ISBN, ITEMFORMS_NDC, ITEMFORMS_N };
extern const char *const itemforms_words[];

/* The digits of an in-store code that name the product: prefix 2X and the item digits of
 * the common layout 2X.IIIII.PPPPP.C (some chains use 2X.IIII.PPPPPP.C: there the 7 keep the
 * price's first digit). */
#define ITEMFORMS_SCALE_KEY 7

/* Is s[0..n) all digits with a right GS1 check digit (EAN-8, UPC-A, EAN-13, GTIN-14: the last
 * digit; weights 3 and 1 from the right)? 1 or 0. */
int itemforms_gs1_valid(const char *s, size_t n);

/* Is s[0..n) an in-store EAN-13 as a scale prints it: 13 digits, GS1 prefix 20 to 29, a right
 * check digit? 1 or 0. */
int itemforms_in_store(const char *s, size_t n);

/* The 13 digits of an ISBN-13 (978 or 979, right check digit) written whole or with hyphens
 * or blanks between its digits ('978-0-306-40615-7') into out[0..13); 13, else 0. */
size_t itemforms_isbn13(const char *s, size_t n, char out[13]);

/* The ISBN-13 of an ISBN-10 s[0..n) (nine digits and a check digit 0-9 or X, hyphens or blanks
 * between them allowed; a spreadsheet may have dropped one or two leading zeros: 306406152)
 * with a right mod-11 check digit: 978, its first nine digits and the check digit recomputed
 * into out[0..13); 13, else 0. */
size_t itemforms_isbn10_13(const char *s, size_t n, char out[13]);

/* The 11 digits of an NDC written in one of its hyphenated 10-digit layouts (4-4-2, 5-3-2,
 * 5-4-1), its short part padded with a zero (the 5-4-2 billing form: 0002-1433-80 is
 * 00002143380), into out[0..11); 11, else 0. */
size_t itemforms_ndc10_11(const char *s, size_t n, char out[11]);

/* What itemforms_scan found, per form: the codes that are another's other form (for scale:
 * in-store codes that share their first 7 digits with another in-store code of the column),
 * and the first pair, as printed (sniff_printable). */
typedef struct itemforms_found {
	size_t count[ITEMFORMS_N];
	char pair[ITEMFORMS_N][2][32];
	int plu;   /* scale under merge: some were read as the code their item digits name */
} itemforms_found;

/* Every code of t looked at; f filled. For each form k whose bit (1u << k) is in merge, each
 * such code is read as the other: *to (malloc'ed, the caller frees; NULL when nothing is read
 * so) maps every id of t to the one it is read as, for rows_merge_ids. An in-store code is
 * read as the code its item digits name when t holds it (04011 or 4011: the PLU keyed at the
 * till), else as its first ITEMFORMS_SCALE_KEY digits, interned into t (so strtab_count(t)
 * may grow; *to covers every id). 0, or -1 when memory runs out (err_set). */
int itemforms_scan(rr_strtab *t, unsigned merge, itemforms_found *f, uint32_t **to);

/* Every code of t that is an ISBN-13 written with hyphens or blanks (itemforms_isbn13) read as
 * its 13 digits, unasked: a book's number however it was printed. *to (malloc'ed, the caller
 * frees; NULL when there is none) maps every id of t to the one it is read as, the digits
 * interned into t when new; *count the codes so read, and the first with its digits into
 * pair[0] and pair[1] (sniff_printable). 0, or -1 when memory runs out (err_set). */
int itemforms_isbn_spellings(rr_strtab *t, uint32_t **to, size_t *count, char pair[2][32]);

/* load --item-forms' "FORM,..." into bits of itemforms_words. 0, or -1 with err_set. */
int itemforms_parse(const char *list, unsigned *bits);

#endif
