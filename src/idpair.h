/* idpair.h — which of two columns of one thing is its id, a code (Account Ref, Reference,
 * Item #) or the name beside it (Customer, Product), judged on the whole file's rows
 * (t71 F1, F2, F9, F10). The header's sniff decides on the first lines; a file sorted by
 * account, an order's reference that names one product per order, a code left blank further
 * down show themselves only later. The load feeds every row here and reads it again with the
 * other column when the verdict says so.
 *
 * Memory is bounded: each table keeps at most IDPAIR_MAX_KEYS keys; past that a new code or
 * name is not added (those known are still checked), so a huge file is judged on its first
 * quarter-million codes and names and every row that holds them. */
#ifndef RELREC_IDPAIR_H
#define RELREC_IDPAIR_H

#include <stddef.h>
#include <stdint.h>

#define IDPAIR_MAX_KEYS (1u << 18)
#define IDPAIR_EXAMPLE 40   /* bytes of a value kept for the summary */

typedef struct idpair idpair;   /* opaque */

/* What the rows showed. */
typedef struct idpair_stats {
	size_t rows;        /* rows with a code */
	size_t codes;       /* distinct codes */
	size_t units;       /* distinct invoices of those rows (each row its own without one) */
	size_t back;        /* codes on two invoices or more: a customer's or an item's, which
	                       come back, not an order's or a line's id, new on each */
	size_t multi;       /* codes beside two names or more (names compared folded) */
	size_t namesakes;   /* names beside two codes or more: two customers or items */
	size_t names;       /* distinct names beside a code (folded as namesakes are) */
	size_t runs;        /* runs of two rows or more of one invoice, one after the other */
	size_t numbered;    /* of runs: codes 1, 2, 3... (or 10, 20, 30...) in the rows' order,
	                       each line's number on its invoice (t73 F2: Item No) */
	char same_name[IDPAIR_EXAMPLE];      /* a name of two codes, and those two codes */
	char code1[IDPAIR_EXAMPLE], code2[IDPAIR_EXAMPLE];
	char multi_code[IDPAIR_EXAMPLE];     /* a code of two names, and its second name */
	char multi_name[IDPAIR_EXAMPLE];
} idpair_stats;

/* The verdict of idpair_judge, and why (its *why). */
enum { IDPAIR_EITHER, IDPAIR_CODE, IDPAIR_NAME };
enum { IDPAIR_BY_ORDER, IDPAIR_BY_NAMES, IDPAIR_BY_NAMESAKES, IDPAIR_BY_LINE_NO,
       IDPAIR_BY_SEVERAL, IDPAIR_BY_SPELLINGS };

/* A new, empty tracker, or NULL when out of memory (the load then keeps the header's
 * decision). Free with idpair_free (NULL is fine). */
idpair *idpair_new(void);
void idpair_free(idpair *p);
/* The tracker of a pair asked only whether the codes are line numbers (IDPAIR_BY_LINE_NO):
 * the names' own table, which only namesakes need, is not kept (a row's two lookups become
 * one). Call before the first row. */
void idpair_lines_only(idpair *p);

/* One row: its code code[0..cn), its name name[0..nn) and its invoice inv[0..in) (in == 0:
 * the file has none and line stands for it). A row without a code counts for nothing here:
 * ingest's alt_merge reads it as the code its name comes with. Blanks around a value are no part of it; names
 * compare with ASCII letter case and runs of blanks folded (Acme Ltd is ACME LTD). */
void idpair_add(idpair *p, const char *code, size_t cn, const char *name, size_t nn,
		const char *inv, size_t in, uint64_t line);

/* The counts so far into *s. */
void idpair_stats_get(const idpair *p, idpair_stats *s);

/* Which column is the id by s: the name when the code is no id of a thing (each invoice's
 * line numbers, 1, 2, 3... on nine in ten of five runs or more, beside several names on half
 * of its codes: IDPAIR_BY_LINE_NO; new on each order or line: IDPAIR_BY_ORDER; beside several
 * names on more than a tenth of its codes: IDPAIR_BY_NAMES); the code when a name has two
 * codes (namesakes, told apart by it alone: IDPAIR_BY_NAMESAKES); else either. why may be
 * NULL. */
int idpair_judge(const idpair_stats *s, int *why);

/* Are s's codes each buyer's several (a person's two phones, three payment cards; t79 F9)
 * rather than namesakes told apart: more than half of five names or more stand beside two
 * codes or more, four codes a name at most on average. Namesakes are a few common names among
 * many; when most names have several codes, the codes are no person's key. The load asks it
 * of a customer's pair only: an item's name beside several codes is its variants (sizes,
 * colours), each an item. */
int idpair_several(const idpair_stats *s);

/* The other way round: are s's names each code's several spellings (Ana Silva, A. Silva
 * beside one phone or tax id) rather than several things under another thing's code (a G/L
 * account beside its customers): more than half of five codes or more stand beside two
 * names or more, four names a code at most on average, and hardly a name beside two codes. */
int idpair_spellings(const idpair_stats *s);

#endif
