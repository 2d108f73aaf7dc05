/* rows.h — the transactions as loaded: one compact record per accepted CSV row, strings
 * interned. Cleaning and aggregation (dataset.h) are derived from this and can be redone
 * at any time without re-reading the file (clean RULE on|off). About 36 bytes a row. */
#ifndef RELREC_ROWS_H
#define RELREC_ROWS_H

#include <stddef.h>
#include <stdint.h>

#include "strtab.h"

/* Why a CSV row was rejected at load (before cleaning). */
enum rr_reject {
	RR_REJ_FIELDS = 0,  /* wrong field count */
	RR_REJ_NUMBER,      /* quantity or price not a finite number */
	RR_REJ_DATE,        /* a date no reading accepts (csvdate.h), or an impossible one */
	RR_REJ_LONG,        /* a field longer than RR_MAX_FIELD bytes */
	RR_REJ_UTF8,        /* invalid UTF-8, or a NUL byte */
	RR_REJ_NO_INVOICE,  /* an empty invoice (in a file with an invoice column) */
	RR_REJ_NO_ITEM,     /* an empty stock code */
	RR_REJ_QUOTE,       /* a quoted field never closed (at end of input) */
	RR_REJ_RANGE,       /* |quantity| or |price| above 1e9 */
	RR_REJ_TOTAL,       /* a report's total or subtotal line: its label in the item column,
	                       or after a customer or an invoice (a pivot table's "12348 Total") */
	RR_REJ_SUMMARY,     /* an order's summary line: no item, no quantity, no price (an eBay
	                       order's or a PayPal payment's totals above its item lines) */
	RR_REJ_N
};
#define RR_MAX_FIELD 4096
#define RR_MAX_EXAMPLES 5   /* rejected rows reported with their line numbers */

typedef struct rr_rows {
	size_t n, cap;        /* accepted rows */
	uint32_t *invoice;    /* [n] id in invoices */
	uint32_t *item;       /* [n] id in codes (stock code) */
	uint32_t *cust;       /* [n] id in customers, RR_NONE when the field is empty */
	uint32_t *desc;       /* [n] id in descs (id of "" when empty) */
	uint32_t *country;    /* [n] id in countries */
	double *qty;          /* [n] quantity: whole, or a fraction for goods sold by weight or length */
	double *price;        /* [n] unit price */
	int32_t *minute;      /* [n] minutes since 1970-01-01 00:00 (as written; UTC where the
	                         file gives offsets) */
	rr_strtab *invoices, *codes, *customers, *descs, *countries;
	uint32_t *code_desc;  /* [codes count] most frequent non-empty description id, or the
	                         id of "" when the code never has one (filled by rows_finish) */
	rr_strtab *np_kinds;  /* the codes of lines a line-type column calls no product (a G/L
	                         account, a resource, a charge: ingest's line words), which the
	                         nonproduct rule drops; NULL when the file has no such column.
	                         By their text, so rows_drop's renumbering leaves it right */
	uint32_t *last_desc;  /* [last_desc_cap] per code, its last description id (a loading cache) */
	size_t last_desc_cap;
	/* load report */
	char *path;           /* file it came from (owned) */
	int file_fd;          /* the regular file it came from (a path, or standard input's),
	                         held open, or -1: no output may replace it (app_guard_data),
	                         and held, its inode cannot pass to another file meanwhile */
	const char *schema;   /* "Online Retail", "Online Retail II", "known names" or "mapped"
	                         (static) */
	char *user_col, *item_col; /* the header's names of the columns read as the customer
	                         and the item (owned), NULL without: a list of ids cut from the
	                         file keeps its header line in them (lines_read_list, t66 F2) */
	char *reading;        /* how it was read, lines for the load summary ("format: ...",
	                         "columns: ...", "dates: ...", notes, "warning: ..."); owned,
	                         NULL when not recorded */
	int no_price;         /* no price column: prices are 0, spend features carry nothing and
	                         the price rule does not apply */
	int price_from_amount; /* no price column but a line total: price = amount ÷ qty */
	int no_invoice;       /* no invoice column: one invoice per customer and timestamp */
	int invoices_keyed;   /* the invoice ids are "NUMBER YYYY-MM-DD CUSTOMER", a file's
	                         shared numbers read per customer and day (ingest.c's
	                         split_reused_invoices): the file's own number is the first word */
	int no_qty;           /* no quantity column: each line is one unit */
	int returns_marked;   /* some row was read as a return by its event or status (a Refund
	                         line, a refunded status), not by its sign: such a file's lines
	                         below 0 are the shop's own returns, never voids (voids.h) */
	int qty_single;       /* a quantity column whose every purchase (quantity > 0) holds the
	                         same value: as good as none (rows_finish) */
	size_t unit_lines;    /* no quantity column, or one of a single value (qty_single):
	                         lines that repeat an item of their invoice
	                         (one line per unit, as Clover writes), counted by rows_finish */
	int day_numbers;      /* every date a day number (days since 1970-01-01) */
	unsigned strip_zeros; /* --strip-zeros's columns: bit 0 the customers', 1 the items' */
	size_t skipped;       /* an event log's rows that are not purchases (views, carts...),
	                         or orders cancelled: read, not kept, and not rejected */
	const char *skipped_what; /* what those rows were, for stats (static) */
	size_t lines;         /* physical records read after the header */
	size_t bytes;         /* bytes of CSV text (after inflation) */
	size_t rejected[RR_REJ_N];
	int n_examples;
	char examples[RR_MAX_EXAMPLES][400]; /* "LINE: reason" of the first rejected rows (a
	                                        number's names the text beside it and a sed: t39) */
} rr_rows;

rr_rows *rows_new(void);             /* empty, NULL on out of memory; free with rows_free */
/* Room for n rows in r's columns, so that the rows_add calls up to n copy nothing (a large
 * load would otherwise copy its columns at each doubling). Pages past the rows are never
 * touched, so a generous n costs address space only. 0, or -1 with err_set. */
int rows_reserve(rr_rows *r, size_t n);
void rows_free(rr_rows *r);
const char *rows_reject_name(enum rr_reject why);   /* "wrong field count", ... */
size_t rows_rejected_total(const rr_rows *r);
/* Description of a stock code id (most frequent non-empty), "" if none. */
const char *rows_code_desc(const rr_rows *r, uint32_t code);

/* The pair totals a file without a quantity column (or with one that holds a single value
 * throughout, t22) only counts again. Each line is one unit,
 * so a pair's quantity is its line count, which is its order count (the relevance label) as
 * good as exactly; beside a unit price its spend is that count times the item's price. A
 * line total (amount) is spend the file gives, not implied. Bits in the order of the network's
 * history features (model_priv.h): the network leaves these out. */
enum { RR_IMPLIED_QTY = 1, RR_IMPLIED_SPEND = 2 };
/* A file of one line per unit (unit_lines a twentieth of the lines or more) implies
 * nothing: a pair's line count is its units, not its order count. */
unsigned rows_implied(const rr_rows *r);
/* What leaving out those features means, for the load summary and train: a sentence, or ""
 * when implied is 0. */
const char *rows_implied_text(unsigned implied);

/* Append one row; strings are interned. cust may be NULL/0-length for "no customer".
 * Returns 0, or -1 on out of memory. */
int rows_add(rr_rows *r, const char *invoice, size_t invoice_n, const char *code, size_t code_n,
	     const char *desc, size_t desc_n, const char *cust, size_t cust_n, const char *country,
	     size_t country_n, double qty, double price, int32_t minute);
/* Take the rows drop[0..n) (indices, ascending) out again, as though they had never been
 * added: the others keep their order, and strings that only those rows held leave the tables
 * (ids are renumbered). The load report is kept. Before rows_finish. 0, or -1 (err_set) on
 * out of memory, r unchanged. */
int rows_drop(rr_rows *r, const size_t *drop, size_t n);
/* The customers' (items 0) or the items' (items 1) ids id for which to[id] != id read as
 * to[id] (an id that is kept: to[to[id]] == to[id]), the table without them (the others keep
 * their order, ids renumbered). Before rows_finish. 0, or -1 (err_set) on out of memory, r
 * unchanged. */
int rows_merge_ids(rr_rows *r, int items, const uint32_t *to);
/* The UTF-8 character at p[0..n) when it is one a value is read without or as ASCII: 1 with
 * its replacement in *c (0: dropped) and its length in *len, else 0. Dropped: the marks
 * nobody sees, Unicode's default-ignorable characters (uwidth_ignorable: zero-width spaces
 * and joiners, the left-to-right and right-to-left marks and embeddings that Arabic and
 * Hebrew text puts around numbers, a byte order mark pasted inside a field, soft hyphens,
 * variation selectors, Hangul fillers, tags), which would make one id two that print alike
 * (t47 F1). Read as ASCII: the Arabic-Indic and Persian digits and Arabic's decimal
 * and thousands marks, and the full-width forms of ASCII that Chinese and Japanese
 * spreadsheets write (１２３, Ａ１１１, ２０２３／０１／０５). */
int rows_plain_char(const unsigned char *p, size_t n, char *c, size_t *len);
/* The block of other scripts' digits (rows_plain_char's table: Arabic-Indic, Persian,
 * Devanagari... full-width) that p[0..n) starts with a digit of, from 0; -1 when none. */
int rows_digit_block(const unsigned char *p, size_t n);
/* The names of the blocks whose bits (1 << rows_digit_block) blocks sets, in the table's
 * order ("Bengali and Devanagari", "Arabic-Indic, Persian and Thai"), into buf ("" none). */
void rows_digit_scripts(unsigned blocks, char *buf, size_t size);
/* 1 when p[0..n) starts with a dash an id is read with a hyphen-minus for (a hyphen, an en
 * or em dash, a minus sign: what autocorrect makes of the '-' of TSHIRT-RED-M, t63 F25), its
 * length in *len; else 0. The loads read ids so (ingest's plain_field), never numbers or
 * dates. */
int rows_id_dash(const unsigned char *p, size_t n, size_t *len);
/* Excel's text wrappers of an id, which the loads read away (t84 F2): ="00123" and '00123 (a
 * ' before a digit), written to keep an id's leading zeros. The id's start in s[0..n) in
 * *from, its length returned (n and *from 0 when it has none). */
static inline size_t rows_id_unwrap(const char *s, size_t n, size_t *from)
{
	*from = 0;
	if (n >= 3 && s[0] == '=' && s[1] == '"' && s[n - 1] == '"') {
		*from = 2;
		return n - 3;
	}
	if (n >= 2 && s[0] == '\'' && s[1] >= '0' && s[1] <= '9') {
		*from = 1;
		return n - 1;
	}
	return n;
}
/* An id or a stock code someone typed or listed, as the loads read them (rows_plain_char, and
 * accents written apart from their letters composed, textfold_compose): in place (it only
 * shrinks); its new length. */
size_t rows_plain_id(char *s);
/* rows_plain_id after Excel's wrappers (rows_id_unwrap) come off: a listed or typed id read
 * by the loads' one rule, whatever list or command reads it. In place; its new length. */
size_t rows_typed_id(char *s);
/* Compute code_desc after the last rows_add. 0 or -1. */
int rows_finish(rr_rows *r);
/* The most frequent non-empty description of each code over the rows sel[0..n) (sel NULL:
 * rows 0..n) into code_desc [codes count], the id of "" for a code with none there; ties go
 * to the one seen first (the smaller id). 0 or -1 with err_set. */
int rows_count_descs(const rr_rows *r, const uint32_t *sel, size_t n, uint32_t *code_desc);

/* ---- customer ids ----
 * The one rule for what a customer id is: the loader keys rows by it, and every id a user
 * gives (recommend, why, together --user, filter customers) is looked up by it, so an id is
 * found as it was written in the file. */

/* A customer id s[0..n) as relrec keys it: an e-mail address (local@domain.tld) with its ASCII
 * letters lower-cased into buf (RR_MAX_FIELD bytes), since people type theirs with and
 * without capitals and both are one customer; anything else, and an address without
 * capitals, is s itself. The result has n bytes and is not NUL-terminated. */
const char *rows_customer_key(const char *s, size_t n, char *buf);
/* The customers-table id of a customer as an analyst types it: its key (rows_customer_key),
 * else (spreadsheets and pandas write numeric ids as "17850.0") an id that differs from a
 * loaded one only by a ".0" (or ".00"...), either way round. RR_NONE when none. */
uint32_t rows_find_customer(const rr_rows *r, const char *id);
/* rows_find_customer, else (casefold on: customer ids compared ignoring case) the first
 * customer equal to id but for ASCII case; one look at every customer: for a typed id. */
uint32_t rows_find_customer_fold(const rr_rows *r, const char *id);
/* The id in codes of the stock code someone typed or listed (read as rows_plain_id reads
 * it), or RR_NONE. */
uint32_t rows_find_code(const rr_rows *r, const char *code);

#endif
