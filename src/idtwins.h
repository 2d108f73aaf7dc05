/* idtwins.h — ids of one column that are another id of it written otherwise: in another letter
 * case, cut by a spreadsheet past their 15th digit on part of the rows, a phone number with
 * other marks or prefix, an e-mail address with a +tag (t63 F3, F15, F7, F18). The load's
 * summary says them; nothing is merged here (clean casefold merges the first kind; the load's
 * summary names a pipe that drops the tags).
 *
 * Each function looks at every id of t once (O(ids), a second table of their keys), writes
 * one summary line (no newline) into out[0..size) and returns 1, or returns 0 with out
 * untouched when there is nothing to say, or -1 when memory runs out (err_set). what names an
 * id of the column in the line ("customer", "item"). */
#ifndef RELREC_IDTWINS_H
#define RELREC_IDTWINS_H

#include <stddef.h>

#include "strtab.h"

/* Ids equal but for ASCII letter case (Cust001 and CUST001; a hex hash upper-cased on some
 * rows): a warning with their count, the groups and one pair, and 'clean casefold on'. */
int idtwins_case(const rr_strtab *t, const char *what, char *out, size_t size);

/* All-digit ids of 16 digits or more of which only part end in zeros past their 15th digit,
 * each sharing its first 15 digits with another id of t, more of them than chance makes (a
 * spreadsheet saved some of the rows: one month of a joined export): a warning naming a pair.
 * A column whose every long id ends so is ingest's whole-column warning, not this. */
int idtwins_cut(const rr_strtab *t, const char *what, char *out, size_t size);

/* All-digit ids, or ids of groups of digits each after a blank or a hyphen, of
 * IDTWINS_GROUPED_DIGITS digits or more, that equal another once the blanks and hyphens are
 * dropped (a loyalty or fuel card's 6358 0880 3031 3094 on part of the rows, 6358088030313094
 * or 6358-0880-3031-3094 on the rest: t86 F9): a warning with their count, the groups and one
 * pair. The caller names the way to read them as one (ingest: a load pipe). Fewer digits are
 * a phone's (idtwins_phones) or a code whose groups mean something (branch 1-23, 12-3). */
#define IDTWINS_GROUPED_DIGITS 12
int idtwins_grouped(const rr_strtab *t, const char *what, char *out, size_t size);

/* Ids that equal another once blanks, dashes, dots, slashes and brackets are dropped and a
 * leading +country code (or 00), trunk 0 or Russia's trunk 8 is read alike (+7 912 123-45-67,
 * 89121234567), or an EU VAT country prefix (PL5072822514 beside 507-282-25-14:
 * idtwins_vat_key): a note counting them, with one pair. */
int idtwins_phones(const rr_strtab *t, const char *what, char *out, size_t size);

/* The national number a phone id s[0..n) is, its digits into out[0..size) (idtwins_phones'
 * key), and their count; 0 when s is no phone number as written (7 to 15 digits, only the
 * marks above). For tests. */
size_t idtwins_phone_key(const char *s, size_t n, char *out, size_t size);

/* How a phone id is written (idtwins_phone_form's *form): with a + or 00 and its country
 * code, after a trunk prefix (0, Russia's 8), or as bare digits that may or may not begin
 * with a country code (15552013344 beside 5552013344). Bits: a key's spellings may mix. */
enum { IDTWINS_PHONE_BARE = 1, IDTWINS_PHONE_INTL = 2, IDTWINS_PHONE_TRUNK = 4 };

/* idtwins_phone_key, and how s was written into *form (0 when it is no phone number), and its
 * country code's digits into cc when it was written with one (else ""). */
size_t idtwins_phone_form(const char *s, size_t n, char *out, size_t size, int *form,
			  char cc[4]);

/* A country's national numbering plan (ITU-T E.164): what tells a number written with its
 * country code but no + (15552013344, 44 7700 900123) from a national number of its own. */
typedef struct idtwins_plan {
	const char *cc;           /* the country code's digits ("1", "44", "36") */
	const char *trunk;        /* dialled before a national number at home ("0", "06", "8"; the
	                             NANP's "1" is its code: "" none) */
	unsigned char min, max;   /* the national number's least and most digits */
	const char *lead;         /* the digits a national number starts with, NULL any */
	const char *name;         /* the country, for the load's notes */
} idtwins_plan;

/* The plan of country code cc (digits), or NULL when relrec knows none. */
const idtwins_plan *idtwins_plan_of(const char *cc);
/* The k-th plan relrec knows, NULL past the last (for the twins' warning and tests). */
const idtwins_plan *idtwins_plan_at(size_t k);

/* Key key[0..n) (idtwins_phone_form's, all digits) of a column read under plan p, whose
 * spellings were all of form forms, as p's national number, into out[0..size): bare digits
 * longer than p's numbers that are p's code and one of its numbers (15552013344 under the
 * NANP), or a trunk-written key whose prefix is longer than the 0 it dropped (Hungary's 06:
 * 6301234567 is 301234567). Its length, or 0 when it stays as it is (a bare key no longer
 * than p's numbers may be a number of its own: a 10-digit 49... in Germany). */
size_t idtwins_plan_key(const idtwins_plan *p, const char *key, size_t n, int forms, char *out,
			size_t size);

/* The plan a column's numbers written with their country code show: cc[k] the codes seen,
 * nums[k] their distinct numbers (k < codes), intl those numbers in all. The plan of the code
 * of three in four of them (a shop's visitors aside), three at least, when relrec knows it;
 * else NULL (no evidence, or a mixed column). */
const idtwins_plan *idtwins_plan_shown(const char *const cc[], const size_t nums[], size_t codes,
				       size_t intl);

/* Bare phone ids (idtwins_phone_form) that are a known plan's country code before another
 * id's number (15552013344 beside 5552013344 or +1 555 201 3344; 4930123456 beside
 * 030 123456), left so because the column's +numbers showed no one country (or the length
 * left it open): a warning with their count and one pair, naming the plan, which goes into
 * *plan (for the caller's way to read them alike). named: the column is named as phones (one
 * pair tells; else three). 1, 0, or -1 (out of memory). */
int idtwins_phone_codes(const rr_strtab *t, int named, const char *what, char *out, size_t size,
			const idtwins_plan **plan);

/* The EU VAT number a tax id s[0..n) is, the one way: blanks, dashes, dots and slashes
 * dropped, letters upper-cased, and a leading country prefix of the EU's VAT numbers (PL, DE,
 * EL... and GB, XI, and Greece's GR) dropped, so that 5072822514, 507-282-25-14 and
 * PL5072822514 are one (t74 F27), into out[0..size), its length; 0 when s is no such id (8 to 14 letters and digits
 * after the prefix, 7 digits or more; a byte past ASCII or another mark). */
size_t idtwins_vat_key(const char *s, size_t n, char *out, size_t size);
/* A VAT country prefix pre[0..1] (upper case) as the one registration's prefix: GR (Greece's
 * ISO code) read as EL (its VAT prefix), XI (Northern Ireland) as GB; others as they are. */
void idtwins_vat_prefix(char pre[2]);

/* E-mail addresses that equal another once a +tag in the name before the @ is dropped and
 * the letters folded (mia3+box@gmail.com, mia3@gmail.com: one mailbox, as Gmail, Outlook and
 * most providers deliver name+tag to name), in groups that hold the plain address and six
 * ids at most (a marketplace's relay, pf+c0022@trendyolmail.com, tags one name per buyer): a
 * warning with their count, the groups and one pair. The caller names the way to merge them (ingest: a load pipe). */
int idtwins_tags(const rr_strtab *t, const char *what, char *out, size_t size);

/* The address an e-mail id s[0..n) is without its +tag, lower-cased, into out[0..size)
 * (idtwins_tags' key), its length, and *tagged whether it had a tag; 0 when s is no e-mail
 * address (one @, a name before it and a domain after, no blank, comma or semicolon) or only
 * a tag before its @. For tests. */
size_t idtwins_tag_key(const char *s, size_t n, char *out, size_t size, int *tagged);

/* Ids that equal another once a letter prefix, one separator after it and leading zeros are
 * dropped (CUS-00077 beside 77), two groups or more, when the prefixed form's rows and the
 * bare one's fall on periods apart (an old till's numbers, then a new one's: t63 F22): a note
 * counting them with one pair. cust[r] and minute[r] are the rows' ids (RR_NONE: none) and
 * minutes, r < rows. */
int idtwins_prefix(const rr_strtab *t, const uint32_t *cust, const int32_t *minute,
		   size_t rows, const char *what, char *out, size_t size);

/* The number a prefixed or all-digit id s[0..n) is (letters, one of - _ blank # . / :, then
 * digits; or digits alone) without its leading zeros, into out[0..size) (idtwins_prefix's
 * key), its length, and *prefixed whether it had letters; 0 when s is no such id. For
 * tests. */
size_t idtwins_prefix_key(const char *s, size_t n, char *out, size_t size, int *prefixed);

#endif
