/* colgroup.h — a column that groups the customers or the items a load counted (t63 F8, F12,
 * F13, F20): a buyer's company beside its contacts' e-mails, the EAN beside each seller's SKU
 * of one product, a CRM's "merged into" id beside the ids it replaced, the code Odoo writes in
 * brackets before a product's name. The load's summary says them with the option or the pipe
 * that reads the coarser key; nothing is merged here.
 *
 * The relation is read from pairs (a value of the column the load used, the column's value
 * on the same row): the column is a coarser key when every used value comes with one value
 * of it (a small share of blanks and of values with two allowed) and some of its values carry
 * several used values, more than chance makes (colgroup_coarser).
 *
 * Cost: two string tables (the used values, the column's) and one of the distinct pairs (8
 * bytes each), one sort of the pairs when judged. Module of task e114 (ingest.c feeds it the
 * rows of the unused columns the names table calls so, sniff_group_kind, and says it; it
 * knows nothing of the loader). */
#ifndef RELREC_COLGROUP_H
#define RELREC_COLGROUP_H

#include <stddef.h>
#include <stdint.h>

#include "strtab.h"

enum {
	COLGROUP_MIN_JOINED = 4,   /* used values fewer, read by the column: two or three are
	                              what chance makes of a column of names (two customers of
	                              one employer in a B2C file), no key */
	COLGROUP_MIN_GROUPS = 2,   /* of its values carrying several used values */
	COLGROUP_MAX_AVERAGE = 20, /* used values one of its values carries on average, at most:
	                              a few values over many customers are the shop's stores,
	                              regions or sales organisations (SAP's Sales Org), no
	                              buyers' companies */
	COLGROUP_SPLIT_SHARE = 50, /* one used value in this many may come with two of its
	                              values (a typo, a contact who moved) */
	COLGROUP_BLANK_SHARE = 10, /* one used value in this many may have it blank throughout */
	COLGROUP_FORM_SHARE = 4,   /* one value in this many may be written otherwise than its
	                              column's form (a company that buys itself, unbracketed) */
	COLGROUP_EXAMPLE = 64      /* bytes of an example's value kept */
};

typedef struct rr_colgroup rr_colgroup;

/* An empty relation. blank_self: a blank value of the column reads as the used value itself
 * (a "merged into" column: blank where nothing was merged); else a blank is no value. NULL
 * when memory runs out (err_set). */
rr_colgroup *colgroup_new(int blank_self);
void colgroup_free(rr_colgroup *g);
/* One row: the used column's value fine[0..fn) (empty: the row is left out) beside the
 * column's coarse[0..cn). 0, or -1 when memory runs out (err_set). */
int colgroup_add(rr_colgroup *g, const char *fine, size_t fn, const char *coarse, size_t cn);
/* The used values added, each once, in order: colgroup_judge's to[] is indexed by their
 * ids. */
const rr_strtab *colgroup_values(const rr_colgroup *g);

typedef struct rr_colgroup_res {
	size_t fine;      /* used values (as the load counts them: colgroup_judge's to[]) */
	size_t blank;     /* of them, ones whose every row leaves the column blank */
	size_t split;     /* of them, ones that come with two of its values or more */
	size_t coarse;    /* its values over the others: what they read as */
	size_t multi;     /* of those, values that carry two used values or more */
	size_t grouped;   /* the used values those carry */
	size_t joined;    /* used values fewer, read by it: fine - blank - split - coarse */
	size_t largest;   /* the most used values one of its values carries */
	char ex_coarse[COLGROUP_EXAMPLE];   /* the value that carries largest, */
	char ex_fine[2][COLGROUP_EXAMPLE];  /* and two of its used values ("" when none) */
} rr_colgroup_res;

/* The relation of g into *res. to[k] (k < count of colgroup_values) is the id the load counts
 * used value k as (its customer or item, after the load's own merges), RR_NONE for one it
 * did not count; to NULL: each used value is its own. 0, or -1 when memory runs out
 * (err_set). */
int colgroup_judge(const rr_colgroup *g, const uint32_t *to, rr_colgroup_res *res);

/* Is res a coarser key, past chance? merged (a column named as the id a value was merged
 * into): one merge is said, as a name tells it; else COLGROUP_MIN_JOINED used values fewer in
 * COLGROUP_MIN_GROUPS groups, COLGROUP_MAX_AVERAGE used values a group at most. Both within the split and blank shares, and none of its values
 * holding more than half the used values (one value for nearly all rows is the shop's own
 * company, Shopee's one parent SKU of a seller's every product). */
int colgroup_coarser(const rr_colgroup_res *res, int merged);

/* The forms of a value that hold a coarser key in the value itself. */
enum {
	COLGROUP_BRACKET,   /* "[FURN_0269] Office Chair Black": Odoo's product display name, the
	                       internal reference in brackets, then the name */
	COLGROUP_COMMA,     /* "Azure Interior, Brandon Freeman": Odoo's contact display name, the
	                       company, a comma, the person */
	COLGROUP_FORMS
};
/* The key that value s[0..n) holds in form: its offset in *off and its length; 0 when s is
 * not of the form (a bracket's code of 1 to 40 bytes with no blank, a name after it; a head
 * of 2 bytes or more before the first ", ", a name after it). */
size_t colgroup_form_key(int form, const char *s, size_t n, size_t *off);
/* The values of t read by their key of form into *res (a value not of the form reads as
 * itself; res->blank counts them), and 1 when that is the form the values are written in (all
 * but one in COLGROUP_FORM_SHARE) and reading them so joins some: with a code in brackets,
 * one name changed under its code is said, the codes half the names or more (a tag in
 * brackets, [SALE], carries many products); a company before a comma, grouped values half of them or
 * more (a "Last, First" name list shares a surname by chance). 0 when not, -1 when memory
 * runs out (err_set). */
int colgroup_form(const rr_strtab *t, int form, rr_colgroup_res *res);

#endif
