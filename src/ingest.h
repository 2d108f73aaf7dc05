/* ingest.h — reading transaction CSVs (DESIGN §3): RFC 4180 through libcsv, from a file,
 * standard input or a command's output, plain or gzip (from the content), UTF-8 or any
 * encoding iconv knows, LF or CRLF. The header line decides the separator and which column
 * is which; the date reading and a decimal comma are decided from every row, after the
 * last. What was decided is said in rows->reading; what cannot be decided is an error that
 * names the option settling it. */
#ifndef RELREC_INGEST_H
#define RELREC_INGEST_H

#include <stdint.h>
#include <stdio.h>

#include "rows.h"
#include "sink.h"

/* Logical columns. user, item and date are required; invoice (one invoice per customer
 * and timestamp without it), qty (one unit a line), price, desc and country are optional.
 * amount is a line total: without a price column the unit price is amount ÷ qty (with
 * neither, prices are 0 and the spend features are off); with one, the price is read and
 * amount is not used. time is the time of day when the date column holds only the day: a
 * row's date without a ':' is read with its time appended. event is an event log's kind of
 * row: only purchases (ingest_purchase_events) are kept, the others (views, carts...) are
 * skipped and counted. Without a column of an event name, an unused column whose values are
 * document types (an ERP's Belegart: Rechnung, Gutschrift) is the event: see the load
 * summary's columns line. status is an order's state: orders that never happened
 * (ingest_void_statuses: cancelled, failed...) are skipped and counted likewise; or a line's
 * void, cancel or refund flag (Toast's Void?: ingest_flag_true). */
enum rr_col { RR_COL_INVOICE, RR_COL_ITEM, RR_COL_DESC, RR_COL_QTY, RR_COL_DATE,
	      RR_COL_PRICE, RR_COL_USER, RR_COL_COUNTRY, RR_COL_AMOUNT, RR_COL_TIME, RR_COL_EVENT,
	      RR_COL_STATUS, RR_COL_N };

/* The event values that are purchases, compared as header names are (ASCII case, blanks,
 * '_' and '-' ignored); NULL-terminated. The manual lists them. */
extern const char *const ingest_purchase_events[];
/* The event values that are returns (refund...): read as return rows, their quantity made
 * negative, so cleaning drops them with the cancellations and clean returns sees them. */
extern const char *const ingest_return_events[];
/* What a document type of no known word reads like a credit note or a return by (compared
 * in ASCII lower case, anywhere in it: Kundengutschrift, Credit Adjustment), NULL-terminated:
 * only a load warning's reason, never a row read as a return on a word's part. The manual
 * lists them. */
extern const char *const ingest_return_hints[];
/* Payment words (paid, cash...), compared as header names are, NULL-terminated: beside them
 * the bare word credit is payment terms (a sale on account), so a column of the two is not
 * guessed as the document type but warned of. The manual lists them. */
extern const char *const ingest_payment_terms[];
/* Header names of the columns that say how a customer paid or what kind of customer it is
 * (Payment Method, Customer type): never sought as the document type. The manual lists them. */
extern const char *const ingest_not_documents[];
/* Documents that go with a sale but are none (delivery notes, order confirmations, pro
 * formas), compared the same way; NULL-terminated. Neither purchases nor returns: an event
 * column's such rows are skipped, as an event log's views are, since the invoice beside
 * them counts the same goods. Known words all the same, so a document-type column is known
 * by them (an unused column of known words, one of them no purchase, is the event). */
extern const char *const ingest_other_documents[];
/* The shop's purchases from its suppliers and its returns to them, in an accounting export
 * of all its documents (Purchase, Purchase Return, Vendor Bill...): skipped, never a sale nor
 * a customer's return; its first two words only beside a sale's word in the same column
 * (else an event log's purchase). NULL-terminated; the manual lists them. */
extern const char *const ingest_supplier_documents[];
/* The order statuses of orders that were not bought (cancelled, failed, voided...), compared
 * the same way; NULL-terminated. A refunded order was bought and stays (a return: see clean
 * returns). The manual lists them. */
/* The labels of a report's total lines in the item column (Total, Subtotal, Grand Total,
 * Summe...): such a line is rejected, not read as a purchase. The manual lists them. */
extern const char *const ingest_total_labels[];
extern const char *const ingest_void_statuses[];
/* Words that deny a void status's word after them in a longer status (Not Cancelled), and
 * words after one that call it off (Void Reversed): the status is then no void. Compared as
 * header names are; NULL-terminated. The manual lists them. */
extern const char *const ingest_negations[];
extern const char *const ingest_reversals[];
/* Words that make a void status's word after them a part's (Partially Cancelled): the order
 * was bought and is kept, said in a note. Compared as header names are; NULL-terminated. The
 * manual lists them. */
extern const char *const ingest_partials[];
/* The columns --strip-zeros reads without the leading zeros of their all-digit ids, as --map
 * names them ("user", "item"); NULL-terminated. */
extern const char *const ingest_zero_columns[];
/* Offers not accepted (quotation, Angebot...): not bought either, but only as the whole status. */
extern const char *const ingest_offer_statuses[];
/* An order's statuses that were bought (completed, paid, delivered, in several languages):
 * kept, as every status that is no void one is, but known, so that a status column's values
 * of no known word can be named in a warning (t39 #1). The manual lists them. */
extern const char *const ingest_kept_statuses[];
extern const char *const ingest_other_states[];
extern const char *const ingest_marketing_events[];
/* A status column written as a flag, a line's own (Toast's Void?, Cancelled, Refunded?):
 * one whose name does not say status and whose values on the first lines read (a batch) are
 * all flag values, true (ingest_flag_true) or false (ingest_flag_false, or blank), compared
 * the same way; NULL-terminated. A line whose flag is true is voided (skipped as a cancelled
 * order's), or a return when the column's name is one of ingest_return_flags. */
extern const char *const ingest_flag_true[];
/* Words a quantity may carry that count pieces ("5 pcs", "1 Stk.", "2x", "x5"), compared the
 * same way; NULL-terminated. Such a quantity is its number; the load says how many rows. The
 * manual lists them. */
extern const char *const ingest_qty_units[];
/* A line-type column's words: a line of goods (Item, Artikel), and one of none (G/L Account,
 * Sachkonto, Resource, Charge (Item), Custom Amount), whose items the nonproduct rule drops. */
extern const char *const ingest_line_goods[];
extern const char *const ingest_line_other[];
/* A repair shop's lines of goods (Part, Labor, Sublet), read in a line-type column only. */
extern const char *const ingest_line_trade[];
/* Its other values, read once a column is a line type's but never making one: goods (Tire),
 * none (Core, Core Return, Discount, Miscellaneous), and a comment's (skipped blank). */
extern const char *const ingest_line_trade_goods[];
extern const char *const ingest_line_trade_other[];
extern const char *const ingest_line_notes[];
/* Words of a pack after a quantity (2 CS): no count of units, never stripped by a hint. */
extern const char *const ingest_pack_units[];
/* Header names of a unit of measure's column (UOM) and of a unit's size (Conversion). */
extern const char *const ingest_uom_columns[];
extern const char *const ingest_pack_columns[];
/* Header names of a count of whole cases (Cases) and of the loose units beside it (Units):
 * with a size column, the quantity is cases x size + units. */
extern const char *const ingest_case_columns[];
/* Header names of a store's column, and of a customer's name column beside the number read
 * as the customer: ids that name one person or product per store are the stores' own
 * (storekey.h). */
extern const char *const ingest_store_columns[];
extern const char *const ingest_customer_name_columns[];
extern const char *const ingest_loose_columns[];
extern const char *const ingest_price_unit_columns[];
/* Header names of a column that names the dates' time zone: not applied, said. */
extern const char *const ingest_zone_columns[];
/* Header names of a year column, the year of each row's date written without one. */
extern const char *const ingest_year_columns[];
/* Header names of a fulfilment's status: its void values (Canceled) skip their orders. */
extern const char *const ingest_fulfil_columns[];
extern const char *const ingest_flag_false[];
extern const char *const ingest_return_flags[];
/* Flag names of practice, not sales: a training mode, a test order (t59 F1); a line so flagged
 * is skipped, said as practice. NULL-terminated; the manual lists them. */
extern const char *const ingest_practice_flags[];
/* Customer ids that name nobody (guest, walkin, null...), compared the same way, besides
 * all-zero numbers and -1: such a row has no customer id, as a blank has (a guest checkout's
 * 0 would make every guest one customer). NULL-terminated; the manual lists them. */
extern const char *const ingest_placeholder_ids[];
/* Values that are no value in any column (SQL's \N and NULL, Google Analytics' (not set)):
 * a customer id or an item code so is an empty one (t42 F6). NULL-terminated; in the manual. */
extern const char *const ingest_null_values[];
/* 1 when customer id s[0..n) names nobody (one of ingest_placeholder_ids, all zeros, -1): what
 * the loader reads as no customer id unless --keep-id names it. */
int ingest_placeholder(const char *s, size_t n);
/* Item codes of goods kept in no stock (Sage 50's S1, S2, S3): a row under one is named by
 * its description, as a row without a code is. */
extern const char *const ingest_nonstock_codes[];

/* The currencies a price or amount may be written with, a mark before or after the number:
 * the one table of them (the manual's DATA FORMAT lists every ISO code). Ends with
 * {NULL, NULL}. */
/* rr_currency's minor: beside ISO 4217's digits (0: JPY, 2: USD, 3: KWD), a mark currencies
 * of different digits share ($: USD and CLP; \xC2\xA5: JPY and CNY), which decides nothing,
 * and a currency of two whose minor unit no one writes (IDR, COP, HUF): its own mark beside
 * a number reads groups of three as thousands, as 0's does, but a column naming it does not. */
enum { RR_MINOR_SHARED = -1, RR_MINOR_UNWRITTEN = -2 };

typedef struct rr_currency {
	const char *mark;        /* as written: "$", "A$", "\xE2\x82\xAC", "EUR", "R" */
	const char *code;        /* the currency, as the load summary names it */
	signed char minor;       /* its minor unit's digits (ISO 4217), or RR_MINOR_* */
} rr_currency;
extern const rr_currency ingest_currencies[];

/* Columns a header may have (shop exports run to 80 and more); a wider file is refused. */
#define RR_MAX_COLUMNS 256

/* Name of a logical column as used by --map ("invoice", "item", "desc", "qty", "date",
 * "price", "user", "country", "amount", "time", "event"). */
const char *ingest_col_name(enum rr_col c);

/* The known header names, the one table of them: a header column whose name equals one
 * (ignoring ASCII case, blanks, '_' and '-', so "Customer ID", "customer_id" and
 * "CustomerID" are one name) holds that logical column. The logical names are among them.
 * A name of a higher level holds its column only when no name of a lower level does (level
 * 1: a customer's e-mail is the customer when there is no customer id, a barcode the item
 * when there is no SKU; level 2: the customer's name when there is neither).
 * The manual's DATA FORMAT lists every name (tests/unit/test_ingest.c holds it to this
 * table). Ends with {RR_COL_N, NULL}. */
typedef struct rr_col_alias {
	enum rr_col col;
	const char *name;
	int level;               /* 0: a name of the column; 1, 2: fallbacks (RR_ALIAS_LEVELS) */
} rr_col_alias;
#define RR_ALIAS_LEVELS 3
extern const rr_col_alias ingest_col_aliases[];

/* How to read a file. Zero and NULL fields mean: decide from the file. */
typedef struct rr_ingest_opts {
	const char *map;          /* "user=COL,item=COL,...", COL a header name or a number from 1 */
	int strict;               /* the first unreadable row is an error */
	int no_header;            /* the first line is data; map gives the columns by number */
	const char *sep;          /* one character, or "tab"; NULL: from the header line */
	const char *decimal;      /* "." or ","; NULL: '.', or either when the separator is not
	                             ',' (one mark per file, else an error) */
	const char *date_format;  /* strftime-style, see csvdate.h; NULL: detected */
	const char *month_language; /* of date_month_languages (csvdate.h): the language of the
	                             dates' month names where two read one name as two months
	                             (listopad); NULL: the header's, else the other names' */
	const char *calendar;     /* a word of calendar_words (calendar.h): the dates' calendar,
	                             converted to Gregorian; NULL: Gregorian, Thai Buddhist-era
	                             years (2400 to 2700) read as such */
	const char *encoding;     /* an iconv name; NULL: UTF-8 (or UTF-16 with a byte order mark) */
	const char *purchase;     /* "EVENT,...": the event values that are purchases; NULL:
	                             ingest_purchase_events */
	const char *returns;      /* "EVENT,...": event values that are returns besides
	                             ingest_return_events (a shop's own word); NULL: those alone.
	                             A word of both lists is an error */
	const char *keep_ids;     /* "ID,...": customer ids that are a customer's own here though
	                             they are ingest_placeholder_ids (a matchcode GAST); NULL: none */
	const char *voids;        /* "STATUS,...": status values of orders never bought besides
	                             ingest_void_statuses (a word relrec lacks); the event column,
	                             if any, is still read (t42 F1); NULL: those alone */
	const char *strip_zeros;  /* "COLUMN,..." of ingest_zero_columns: their all-digit ids read
	                             without leading zeros (0000000101 is 101: SAP's ALPHA
	                             conversion in one extract, not in another); NULL: as written */
	const struct rr_reread *reread; /* set by ingest_read when it reads a file again with a
	                             line total as the amount (or without an order's total);
	                             NULL */
	int latin_lookalikes;     /* 1: an id that mixes Cyrillic or Greek letters that look like
	                             Latin ones with Latin letters or digits is read as the id
	                             it spells in Latin when the file has that one; 0: as
	                             written, with a warning */
	const char *item_forms;   /* "FORM,..." of itemforms_words: item codes of those forms
	                             read as the product's other form the column holds (a scale
	                             label's code as its product, an ISBN-10 as its ISBN-13, a
	                             10-digit NDC as its 11-digit one); NULL: as written, with a
	                             warning */
	const char *convert_currency; /* a code of euro_change_codes (euro.h): the rows dated
	                             before the day that money gave way to the euro read in it,
	                             their prices divided by its legal rate; NULL: as written,
	                             with a warning when the prices change by a rate on its day */
} rr_ingest_opts;

/* What ingest_read's first reading found, for the summary of its reading again: that
 * reading's map is ingest_read's (the user's plus amount=), not what the user gave. */
typedef struct rr_reread {
	const char *note;         /* the note (or warning) naming the columns and the rows */
	const char *map;          /* the user's own --map, or NULL */
	const char *schema;       /* the first reading's schema (rows.h), "mapped" only when
	                             the user mapped */
	const char *price;        /* the unit price's column, as shown, now left unread; "" when
	                             there was none */
	int pack_units;           /* the quantities were units already: a unit's size column
	                             converts none of them this time (t64 F9) */
	int pack_price_each;      /* a line total says the quantity counts packs at each
	                             unit's price: the size converts the quantity, not the price
	                             (t85 F4) */
	int qty_over_flag;        /* the quantity is the ordered one, read over a delivered
	                             column of flags or dates (t85 F5, F22): no note offers that
	                             column back as the quantity */
	const char *id_note;      /* why a customer's or an item's id is read from the other of
	                             a code and its name (the rows said so), or NULL */
} rr_reread;

/* Load path: "-" reads standard input, "|CMD" the output of /bin/sh -c CMD (a failing
 * command is an error with its exit status and the end of its stderr), anything else a
 * file. o may be NULL (all defaults). Progress (RR_PHASE_LOAD, raw bytes; total 0 when the
 * size is unknown) goes to w's sink; a stop abandons the load ("load of ... interrupted")
 * and ends a command. w may be NULL. Returns new rows (caller frees with rows_free) or NULL
 * with err_set. */
rr_rows *ingest_read(const char *path, const rr_ingest_opts *o, rr_work *w);

/* ingest_read with only a map and strict. */
rr_rows *ingest_load(const char *path, const char *map, int strict, rr_work *w);

/* The same from an open stream (the caller closes it; it need not be seekable); path names
 * it in messages and size (bytes, 0 if unknown) scales progress. */
rr_rows *ingest_stream(FILE *f, const char *path, double size, const char *map, int strict,
		       rr_work *w);
/* The same with every load option but the encoding (o must outlive the call). */
rr_rows *ingest_stream_opts(FILE *f, const char *path, double size, const rr_ingest_opts *o,
			    rr_work *w);

/* For tests: the slots passed over, in this process so far, by the table of a load's held
 * rows by customer that judges a status-like column (keyed, t50 F5: ids crafted to share a
 * slot under a fixed hash made each lookup pass over all the others). */
size_t ingest_status_probes(void);

/* Parse helpers, exposed for tests. Return 0 and store the value, or -1. */
int ingest_parse_int(const char *s, size_t n, int32_t *out);
int ingest_parse_num(const char *s, size_t n, double *out);
/* "M/D/YYYY H:MM[:SS]" or ISO "YYYY-MM-DD[ T]HH:MM[:SS][Z|±HH:MM]" → minutes since
 * 1970-01-01 00:00 (UTC when an offset is given). */
int ingest_parse_date(const char *s, size_t n, int32_t *minute);
/* A day as a command takes it (date_read_day): YYYY-MM-DD and the forms read one way. */
int ingest_parse_day(const char *s, int32_t *minute);
/* Item texts (items told apart by their description) that read as whole baskets, one row
 * per payment, as Square's Transactions export writes "2 x Latte (Large), Croissant": the
 * number of texts with a part that starts with a count before a name, when they are a
 * quarter of the texts or more and one of them lists several parts (*list: the first such);
 * else 0. The load warns with it. */
size_t ingest_basket_texts(const rr_strtab *items, const char **list);
/* Does s[0..n) start or end a part with a count (2 x Latte, Tea x 3), its parts split at a
 * comma, a '|' or a ';' (how many in *parts)? One value of ingest_basket_texts' test. */
int ingest_basket_value(const char *s, size_t n, int *parts);
/* Format minutes since epoch as "YYYY-MM-DD HH:MM" (buf of at least 17 bytes). */
char *ingest_format_minute(int32_t minute, char *buf, size_t size);
/* Is s[0..n) valid UTF-8 text (no overlongs, no surrogates, no NUL)? */
int ingest_utf8_valid(const char *s, size_t n);
/* The UTF-8 sequence at p (n >= 1 bytes left) that starts past ASCII: its length, 0 when the
 * bytes end inside a valid start, -1 when it is not UTF-8 (a stray continuation byte, an
 * overlong form, a surrogate, past U+10FFFF). */
int ingest_utf8_seq(const unsigned char *p, size_t n);
/* Bytes of the UTF-8 byte order marks at the start of s[0..n): 3 per mark (a file can have
 * two), 0 when none. */
size_t ingest_bom_len(const void *s, size_t n);

#endif
