/* csvsniff.h — what a file's header line says (ingest's, not a public API): the separator,
 * and which column holds which logical field, from --map, the known header names
 * (ingest.h's alias table) or the logical names themselves. Everything it decides is said
 * in the load summary; anything it cannot decide is an error naming the option that
 * settles it. */
#ifndef RELREC_CSVSNIFF_H
#define RELREC_CSVSNIFF_H

#include <stddef.h>
#include <stdint.h>

#include "ingest.h"
#include "lines.h"

/* The separator of the header line at text[0..n) (a UTF-8 BOM is skipped; the line ends at
 * the first CR or LF outside quotes): the most frequent of , ; tab | outside quotes, ','
 * when there is none. 0 with *sep, or -1 with err_set when two are equally frequent. */
int sniff_separator(const char *text, size_t n, const char *path, char *sep);
/* --sep's value: one character, or "tab". 0, or -1 with err_set. */
int sniff_parse_sep(const char *value, char *sep);
/* "','", "tab", ... for messages and the summary (into buf). */
const char *sniff_sep_name(char sep, char *buf, size_t size);

/* What the lines after a header showed of each column's values, for the refusal of a header
 * that names no column for the customer or the date: a name relrec does not know (ts, zeit,
 * login) may still hold them. A column is the date's when every value read is a date as the
 * load reads one; when they are bare numbers that read as dates (Unix time, YYYYMMDD, Excel
 * serial days: an id may read so too) it may be; day numbers, which any count reads as, say
 * nothing. It is the customer's when every value is an email address; a column of small
 * integers may be a customer's as well as a quantity's, so no other value tells. A column
 * counts when at least half the lines read have a value in it. */
#define SNIFF_VALUE_MAX 40   /* bytes of a column's first value kept, printable, for messages */
#define SNIFF_LINES 64       /* lines whose values' hashes are kept */
typedef struct sniff_values {
	unsigned rows;                               /* lines read */
	unsigned filled[RR_MAX_COLUMNS];             /* of them, with a value in the column */
	unsigned missing[RR_MAX_COLUMNS];            /* of those, a missing value's word
	                                                (sniff_missing: NA where a join of
	                                                exports had none) */
	unsigned same[RR_MAX_COLUMNS];               /* with a value of kind[f] */
	signed char kind[RR_MAX_COLUMNS];            /* what its first value read as (csvsniff.c's
	                                                value kinds), or -1 */
	char first[RR_MAX_COLUMNS][SNIFF_VALUE_MAX]; /* that value */
	unsigned char packed[RR_MAX_COLUMNS];        /* that value, read whole, packs an order's
	                                                items ("sku:A|quantity:3"): csvsniff.c's
	                                                packed_value */
	unsigned hash[RR_MAX_COLUMNS][2];            /* the first two distinct values' hashes */
	unsigned char distinct[RR_MAX_COLUMNS];      /* distinct values seen, up to 3 */
	unsigned last[RR_MAX_COLUMNS];               /* the last line's value's hash ("" too) */
	double lo[RR_MAX_COLUMNS], hi[RR_MAX_COLUMNS]; /* the least and greatest of the values
	                                                that read as a date number (Unix time) */
	double prev[RR_MAX_COLUMNS];                 /* the last of them */
	unsigned counting[RR_MAX_COLUMNS];           /* of them, the line above's or one more: an
	                                                order number's, read as seconds */
	uint64_t changed[RR_MAX_COLUMNS];            /* bit r (lines 1..63): line r has a value,
	                                                not line r-1's, so a column that changes
	                                                only where the order does (a Reference, or
	                                                on an order's first line only) is the
	                                                order's field, never a line's */
	unsigned dated[RR_MAX_COLUMNS];              /* values that read as a date written so */
	signed char era[RR_MAX_COLUMNS];             /* the calendar relrec reads when told that
	                                                its first value is plainly written in
	                                                (date_era_of: JD Edwards', Taiwan's), 0 */
	unsigned era_same[RR_MAX_COLUMNS];           /* values of that calendar, none of them a
	                                                day over a year past today */
	unsigned era_changes[RR_MAX_COLUMNS];        /* of them, unlike the one before, and of */
	unsigned era_next[RR_MAX_COLUMNS];           /* those its number plus one (an id's run) */
	double era_prev[RR_MAX_COLUMNS];             /* the last of them, as a number */
	unsigned line[SNIFF_LINES][RR_MAX_COLUMNS];  /* each of the first lines' values' hashes, 0
	                                                when empty: which values come back, which
	                                                change together (an order's key, a line's
	                                                field, a customer's id) */
	const struct calendar *cal;                  /* --calendar's, not Gregorian, or NULL: the
	                                                dates are read in it (a column of its dates
	                                                whose name is none relrec knows is a date
	                                                column by its values). Set after init */
} sniff_values;
struct datefmt;
void sniff_values_init(sniff_values *v);
/* Is s[0..n) no value where a join of exports may have left one out: blank, a null word
 * (ingest_null_values: NULL, \N, n/a, -) or what R, pandas and Python write for a missing
 * value (NA, NaN, None)? */
int sniff_missing(const char *s, size_t n);
/* One line's n fields, field f at buf + off[f] of len[f] bytes; fmt: the load's
 * --date-format, or NULL (detection). */
void sniff_values_add(sniff_values *v, const char *buf, const size_t *off, const size_t *len,
		      int n, const struct datefmt *fmt);

/* Up to max_rows records of text[0..n) after its first (the header), split at sep as CSV
 * quotes them, added to v (a record the text cuts off at its end is not). For the values
 * read with a header, before its columns are decided. Out of memory adds none. */
void sniff_values_scan(sniff_values *v, const char *text, size_t n, char sep, int max_rows,
		       const struct datefmt *fmt);

/* Which field holds each logical column (col[c] = field index, -1 when absent), from the
 * header's n names, the map ("user=COL,...", or NULL) and the alias table. Refuses a map
 * naming an unknown column, a name that two columns share, a column given two roles, two
 * columns that could both be one role, and a file without item, user, qty or date.
 * *schema: "Online Retail", "Online Retail II", "mapped" or "known names" (static). sep is
 * the file's separator: an error quoting the header joins its names with it.
 * seen: the values of the lines after the header, or NULL when none were read. The refusal
 * of required roles no column is named for names a column whose values are that role's
 * (--map date=ts), and tells to join another table only for a role that no column's name
 * or values can be.
 * fill: the values of the lines read with the header (sniff_values_scan), or NULL: a role
 * whose column by name is empty, or nearly, on them goes to an unused column that is filled
 * and is that role's by name (an export's own, Shopify's Name), or for customer, item, date
 * and invoice holds a word of one (Custom SKU); a map's roles stay.
 * 0, or -1 with err_set; -2 with err_set for that refusal when seen is NULL: the values may
 * say more, call again with them. */
int sniff_columns(const char *const *name, int n, const char *map, const char *path, char sep,
		  const sniff_values *seen, const sniff_values *fill, int col[RR_COL_N],
		  const char **schema);
/* The columns a map gives a role after its first, ROLE='A|B' (up to SNIFF_ALSO_MAX more):
 * each row's value is read from the first of them that is not blank. One column that a join
 * of exports split in two, as PowerQuery's Append and pandas.concat (which match columns by
 * name) leave a column renamed between the exports: each part's rows fill its own name's
 * (ingest's split columns, splitcol.h). A name that a column has whole, '|' and all, is that
 * column. */
#define SNIFF_ALSO_MAX 3
typedef struct sniff_also {
	int n[RR_COL_N];                     /* role c's columns after col[c] */
	int col[RR_COL_N][SNIFF_ALSO_MAX];   /* their fields, in the map's order */
} sniff_also;
/* sniff_columns, and in *also (zeroed first; NULL: not kept) the map's further columns of
 * each role that keeps its column. */
int sniff_columns_also(const char *const *name, int n, const char *map, const char *path,
		       char sep, const sniff_values *seen, const sniff_values *fill,
		       int col[RR_COL_N], const char **schema, sniff_also *also);
/* The name column beside role c's code column when the code is of the kind that wins over
 * its name by the values read (code_beside_name: Sage's Customer A/C Ref, Account Ref, MYOB's
 * Card ID, Cust # beside Customer, Kunde...; a Reference, a Style, a Model, SAP's Material
 * beside the bare Product or Item), or -1. For the customer, an unused column (ingest names a
 * line whose code is blank by it); for the item, the description may be it. c: RR_COL_USER or
 * RR_COL_ITEM; col as sniff_columns gave it. */
int sniff_code_beside(const char *const *name, int n, const int col[RR_COL_N], int c);
/* A code and a name of role c (RR_COL_USER or RR_COL_ITEM) side by side, one of them the
 * role's column in col, the other unused or the description: Account Ref beside Customer,
 * Reference beside Product, Item # beside Item (the names of the code-beside-name rule,
 * whatever the values). 1 with their fields in *code and *named, else 0. The load judges
 * which is the id on every row (idpair.h). */
int sniff_id_pair(const char *const *name, int n, const int col[RR_COL_N], int c, int *code,
		  int *named);
/* The field that names the item on a line whose code is empty, or -1: an unused item name
 * of the last level (Etsy's Listing ID beside its SKU, a barcode), else the description when it is an item's bare word (Square's Item beside its SKU) or
 * named as the item's name (WooCommerce's Item Name). col as sniff_columns gave it; fill as
 * it took it (a column empty on those lines names no item: Lightspeed's UPC). */
int sniff_item_fallback(const char *const *name, int n, const int col[RR_COL_N],
			const sniff_values *fill);
/* A basket's column beside an invoice's that is another on every line read with the header
 * (fill), where the basket keeps its value over lines of one customer and one time: the
 * invoice col gives, a column of an order's or a cart's name that numbers the lines one by
 * one beside it (a marketplace's order number per line: sniff_columns reads its cart), or a
 * column of no known name and no dates that groups the invoice's lines (the hint's). The
 * basket's field, the per-line one in *per_line; -1 when there is none. */
int sniff_basket_column(const char *const *name, int n, const int col[RR_COL_N],
			const sniff_values *fill, int *per_line);
/* Whether an invoice column of this name is an event log's session (user_session): only a
 * fallback for the order, so a purchase without one is read as a file without invoices
 * reads it. */
int sniff_invoice_session(const char *name);
/* Is name an order's, an invoice's, a receipt's or a document's number by the names table
 * (its invoice names, but a session's), or such a name after words of its own (Sales Order
 * No, Customer Invoice Number)? Another such column beside the invoice may number the same
 * purchases otherwise: an order invoiced in parts, a consolidated invoice (ingest's nest
 * note). */
int sniff_order_named(const char *name);
/* Is name a delivery note's number (a bon de livraison, Lieferschein, albar\xC3\xA1n, DDT,
 * pakbon, guia de remessa)? Read as the invoice only when no invoice's own name is there: it
 * groups the lines delivered together (ingest's note says so). */
int sniff_delivery_note(const char *name);
/* Words of a column's name that say it holds a shop's or a till's id: a store, a branch, a
 * register, a workstation (Oracle Xstore's RTL_LOC_ID and WKSTN_ID, a till's Kasse). Receipt
 * numbers that restart on each till are one receipt only with them (ingest's regrouping of
 * restarting numbers). One table: the man page lists it (a unit test holds it so). */
extern const char *const sniff_till_words[];
/* Does a word of name (split at blanks and _-./#()[], digits after it allowed: Store1) say
 * a shop's or a till's id (sniff_till_words), and none a date's or a time's (Register Date)? */
int sniff_till_named(const char *name);
/* Words that name a tax id (NIP, VAT, USt-IdNr., NIF, CIF, P.IVA, BTW, TVA, DI\xC4\x8C, MVA,
 * Tax ID...), the one table: a customer column so named holds the buyers' tax ids, read the
 * one way (idtwins_vat_key). */
/* Words of a column of phone numbers (phone, tel, telefon, handy, mobile...): the one table
 * of them, as sniff_tax_id_words is of tax ids (t85 F18). */
extern const char *const sniff_phone_words[];
/* Does header name hold a word of sniff_phone_words (as sniff_tax_id_named matches them)? */
int sniff_phone_named(const char *name);
extern const char *const sniff_tax_id_words[];
/* Does header name hold a word of sniff_tax_id_words (as sniff_till_named matches them)? */
int sniff_tax_id_named(const char *name);
/* The kinds of column that group the customers or the items a load counted (ingest's notes
 * of a coarser key, colgroup.h), by the names table's words of each: a company or account
 * (a buyer's, beside its contacts), a code system's product code (EAN, GTIN, UPC, JAN, ISBN,
 * MPN, a barcode, a product id), the id a record was merged into (merged into, master,
 * parent, canonical). */
enum { SNIFF_GROUP_NONE, SNIFF_GROUP_COMPANY, SNIFF_GROUP_PRODUCT, SNIFF_GROUP_MERGED };
/* The kind name says its column is (SNIFF_GROUP_NONE: none; never a category's, a person's
 * or an address's name: Company Type, Account Manager), and in *roles the roles whose
 * values it may group: bit RR_COL_USER, bit RR_COL_ITEM. */
int sniff_group_kind(const char *name, unsigned *roles);
/* "user=CustomerID, item=StockCode, ..." for the columns found (into buf); item_alt, the
 * field sniff_item_fallback gave or -1, shows as "item=SKU or Listing ID" unless it is the
 * description. event_why, when not NULL, follows the event column in brackets (why a
 * column of another name was taken as it). */
void sniff_describe(const char *const *name, int n, const int col[RR_COL_N], int item_alt,
		    const char *event_why, char *buf, size_t size);
/* sniff_describe, with a role's further columns (also, or NULL) after its own, joined by '|'
 * as the map gives them ("user=CustomerID|Customer ID"), and not among the unused. */
void sniff_describe_also(const char *const *name, int n, const int col[RR_COL_N],
			 const sniff_also *also, int item_alt, const char *event_why, char *buf,
			 size_t size);
/* Is name a line's flag's (Void?, Refunded?, Credit Memo): a status name of the last level
 * that does not say status? */
int sniff_flag_name(const char *name);
/* Is name a payment's status (Payment Status, Financial Status, Zahlungsstatus...), which an
 * order's status beside it outranks as the status column? */
int sniff_payment_status(const char *name);
/* Is name a payment card's number's (Card Number, Kartennummer, Número de tarjeta)? A code
 * beside the buyer's name as a loyalty card is, but one buyer pays with several (t79 F9). */
int sniff_payment_card(const char *name);
/* Does name say its money is in a currency's minor unit (unit_amount_in_cents, amountCents,
 * Price (cents), Price (pence), Цена, коп., 金额(分), minor_units)? The unit as a note names
 * it ("cents", "pence", "kopecks"), else NULL. Such a price or amount is read divided by 100. */
const char *sniff_minor_units(const char *name);
/* The same, and *code the currency the unit is of ("GBP" for pence), or NULL: any. */
const char *sniff_minor_units_of(const char *name, const char **code);
/* Is s[0..n) a minor unit's mark written after a number in a money value (the p of 85p, the
 * ¢ of 85¢)? The unit as a note names it, with *code the currency it is of (NULL: any), else
 * NULL. Such a value is read divided by 100. */
const char *sniff_minor_mark(const char *s, size_t n, const char **code);
/* A measure goods sold by weight, volume or length are written in (750 g, 1.500 kg, Price
 * per kg): its kind, and its unit's size in the kind's smallest unit listed (g, ml, mm). */
enum { RR_MEASURE_MASS, RR_MEASURE_VOLUME, RR_MEASURE_LENGTH };
typedef struct rr_measure {
	const char *word;
	int kind;
	double size;
} rr_measure;
/* The unit a price's name says it is for: after per, pro, je or a slash, a count (*count,
 * 2 or more; else 1) and a measure (*measure, or NULL), either or both: Unit Price (per 100
 * units), Preis pro 100 Stk, Price/1000, Price per kg, Price per 100g, Price/100 g. A slash
 * after a number (a season, Price 2023/24) or a count before '%' or a slash (ex VAT/20%) is
 * none. 1 when the name says one, else 0 (*count 1, *measure NULL). */
int sniff_price_unit(const char *name, long *count, const rr_measure **measure);
/* The number of units a price's name says it is for (sniff_price_unit's count): that
 * number, 2 or more; else 0. */
long sniff_price_per(const char *name);
/* Does name say the price a buyer paid, after a discount (Final Price, Paid Price, Price
 * (after discount))? Such a price is read over the list price beside it. */
int sniff_paid_price(const char *name);
/* Does name say a list price, before a discount (List Price, Regular Price, Original Price,
 * MSRP), not one net of tax (Price before tax)? Beside it a price read that is blank on a row
 * is that row's list price (a sale price written only for the goods on sale). */
int sniff_list_price(const char *name);
/* Is name a price written only where a discount was given (Sale Price, Deal Price, Special
 * Price) or a paid one (sniff_paid_price): its blank is the list price's, wherever the row
 * stands (t76 F8: not so an Item Price's blank below a bundle's priced line)? */
int sniff_sale_price(const char *name);
/* The measure s[0..n) names, a point after it or not (kg., Ltr.), in any case; else NULL. */
const rr_measure *sniff_measure(const char *s, size_t n);
/* A list file's header as a list of ids of role (RR_COL_USER, RR_COL_ITEM) may name them
 * (lines.h's rr_list_head): relrec's exports' name (own), data, the loaded file's own name
 * of that column (or NULL), and every known name of role, a level 0 name before a fallback's
 * (StockCode, "Stock Code", Customer ID, CustomerID, Artikelnummer before Barcode). */
void sniff_list_head(rr_list_head *h, int role, const char *own, const char *data);
/* The language a header's names are written in (an ISO 639-1 code: "hr"), when their words
 * say one alone of the languages that read something their own way (a month's name:
 * csvdate.h's date_month_senses), else NULL. */
const char *sniff_header_lang(const char *const *name, int n);
/* Is name a known name of some role (the alias table), used or not? */
int sniff_known_name(const char *name);
/* Does name hold a known name of role (an enum rr_col) of three bytes or more, not a last
 * resort's (Quantity Cancelled holds quantity)? */
int sniff_name_holds_role(const char *name, int role);
/* The role (enum rr_col) a known name gives its column, at any level, or -1. */
int sniff_name_role(const char *name);
/* Is name a delivered, shipped or invoiced quantity's (Geliefert, Qty Shipped), compared as
 * header names are? Such a column of 0 and 1 is a delivered flag (ingest's qty_flag_verdict). */
int sniff_delivered_name(const char *name);
/* How well a list's header cell names a count of units on hand or a quantity: 2 a quantity's
 * known name or a stock word alone (Qty, Menge, Stock, Bestand, On Hand), 1 a name holding
 * a stock word and no other role's name (Lagerbestand, Stock Qty), 0 none. */
int sniff_count_named(const char *name);
/* The level (0: a role's own name, higher: a fallback's) of a known name, or -1. */
int sniff_name_level(const char *name);
/* Does map ("user=COL,...", or NULL) give role c, a column or NAME=- (none)? Then nothing
 * but the map decides that role's column. */
int sniff_map_gives(const char *map, enum rr_col c);
/* Does the header name end with a remark that tax is in it (Totaal incl. BTW, Pris inkl.
 * moms (SEK), Preis brutto)? A hint names such a gross column after a net or plain one. */
int sniff_tax_included(const char *name);
/* Does the header name say the column is net of tax: a remark of its own list after it
 * (Amount excl VAT, Totaal excl. BTW, Betrag netto, Montant HT) or such a word first (Net
 * Amount, NetAmount, net_total, Nettobetrag)? A line total so named is no price with its tax
 * times the quantity (t62 F11). */
int sniff_tax_excluded(const char *name);
/* text (a load's summary or refusal) into out, each hint's "--map ROLE=COL,..." given the
 * roles of map (the load's --map) that it does not give, before its own: a second --map
 * replaces the first, so a hint followed as written would lose them (t46 F8). A role or
 * column the hint gives is the hint's. The length written (cut to size - 1). */
size_t sniff_map_merge(const char *map, const char *text, char *out, size_t size);

/* With no price column: an unused column whose name may be money but is not read as such
 * (Sales, Total, Value: a line's total in some files, an order's in others),
 * for a hint that --map amount=NAME reads it; not one whose values the lines read with the
 * header (fill, or NULL) show to be an order's (on its first line only, or one per invoice).
 * Its column's number (from 1) with its name as shown in buf, else 0: a hint's --map names
 * the column by the number (sniff_map_col), never by the shown name, which may be cut. */
int sniff_money_hint(const char *const *name, int n, const int col[RR_COL_N],
		     const sniff_values *fill, char *buf, size_t size);
/* With the customer and the invoice read from one column (a session log's): an unused column
 * whose name the alias table reads as the customer's (CustomerID beside the InvoiceNo mapped
 * to both), for a warning that every customer then has one basket. 1 with its name in buf. */
/* With the customer's column empty on every line read with the header (fill): the unused
 * columns that may name the customer instead, at most three, plainest first (an email, a
 * telephone, an account's name, a buyer's name or code), as "'Name' ('first value')"
 * joined by ", " into buf. Their count. */
int sniff_customer_candidates(const char *const *name, int n, const int col[RR_COL_N],
			      const sniff_values *fill, char *buf, size_t size);
int sniff_user_hint(const char *const *name, int n, const int col[RR_COL_N], char *buf,
		    size_t size);

/* A wide table's header: how many of the n names are days, M5's d_1..d_1941 (d_N, day_N)
 * or a date itself (2023-01-05, Jan 2023), each a column of counts, one per day. *first and
 * *last: the first and last such column (indices). A log of purchases has one date column:
 * RR_WIDE_DAYS of them or more is a table to melt first. */
#define RR_WIDE_DAYS 7
int sniff_wide_days(const char *const *name, int n, int *first, int *last);

/* Do the header's names look like a row of data: at least two of them, and at least half,
 * are numbers (a sign, digits, one '.' or ',')? A file without a header line then lost
 * its first row to the header: the caller says so (--no-header). The count, or 0. */
int sniff_data_like(const char *const *name, int n);

/* Do the header's names look like a row of data by their shapes: at least two, and at least
 * half, are numbers, dates or codes of letters and digits (C0022) shaped as the first value
 * below them in seen, and few are names relrec knows (t42 F5: a Snowflake unload's first
 * order, 3 of its 7 fields numbers, was taken for its header)? The count, or 0. */
int sniff_data_shaped(const char *const *name, int n, const sniff_values *seen);

/* With no quantity column: an unused column named amount or count (Ta Feng's AMOUNT is its
 * quantity), or holding a quantity's name, for a hint that --map qty=NAME reads it; never one
 * whose name says stock on hand (Stock Qty, Qty On Hand, Lagerbestand, 在庫: t74 F16). Its
 * column's number (from 1) with its name as shown in buf, else 0. */
int sniff_qty_hint(const char *const *name, int n, const int col[RR_COL_N], char *buf,
		   size_t size);

/* Column f of the n header names as a hint's --map COL: the name (in single quotes when it
 * has blanks), or the column's number when a map could not take the name back (two columns
 * have it, a comma, a quote, a control byte, longer than buf). */
void sniff_map_col(const char *const *name, int n, int f, char *buf, size_t size);

/* With no price column: an unused column whose name holds "price" but is not a known price
 * name (QuickBooks' Sales Price, PrestaShop's unit_price_tax_incl), for a hint that --map
 * price=NAME reads it. Its column's number (from 1) with its name as shown in buf, else 0. */
int sniff_price_hint(const char *const *name, int n, const int col[RR_COL_N], char *buf,
		     size_t size);

/* With the customer's column naming nobody (a guest, a walk-in) on nearly every row: the
 * unused column whose values on the lines read with the header (fill) name buyers instead,
 * four values at least, one of which comes back on a later order (a phone, an e-mail, a
 * member's or a loyalty card's number), never changing inside an order, no amount, date,
 * line's field nor order's key; plainest first (an e-mail, a name of a customer's or an
 * account's), then the one of most values. 1 with its name in buf, else 0 (t49 F04:
 * Petpooja's Customer Phone beside a Customer Name of Guest on every row). */
int sniff_buyer_hint(const char *const *name, int n, const int col[RR_COL_N],
		     const sniff_values *fill, char *buf, size_t size);

/* With the items told apart by their description (the item's column the description's): an
 * unused column of codes on the lines read with the header (fill) that changes inside an
 * order or whose name holds an item's word, no customer's, invoice's, date's, quantity's,
 * price's or amount's (FreshBooks' Item Name of B2002 beside its Item Description; t49 F03:
 * "no item code" was said while one was there), its name said into buf: 1. 2 when there is
 * none but the description's own values are codes (no note is true then), else 0. */
int sniff_item_code_hint(const char *const *name, int n, const int col[RR_COL_N],
			 const sniff_values *fill, char *buf, size_t size);

/* An unused column whose name holds "email" (BigCommerce's Customer Email beside its
 * Customer ID), for a hint that --map user=NAME names every customer, guests too. 1 with
 * its name in buf, else 0. */
int sniff_email_hint(const char *const *name, int n, const int col[RR_COL_N], char *buf,
		     size_t size);

/* Does the line s[0..n) (no line end) look like a header: split at sep (quotes as CSV has
 * them), do its names give the required columns (user, item, date) by the known names? For
 * the lines a report puts above its header (a title, a date range). 1 when so; 2 when it
 * gives the item and the date and its first name is empty, as a report grouped by customer
 * writes it (QuickBooks' Sales by Customer Detail: the customer on a line of its own above
 * its lines, in that first column); 3 when it gives the item and the date and its first
 * name is named (a report grouped by customer whose customer has no column: the German
 * Umsatzliste nach Kunden, under Datum;Beleg;Artikelnummer); 4 when it gives the customer
 * and the date but no item and its first name is empty, as a report grouped by item writes
 * it (QuickBooks' Sales by Product/Service Detail: the item on a line of its own above its
 * lines, which name their own customer); else 0. */
int sniff_header_like(const char *s, size_t n, char sep);
/* The line s[0..n) (no line end, split as sniff_header_like splits it) as a header under a
 * title block would be: *fields its fields, *named those not blank. 1 when every one not
 * blank reads as a column's name (a letter in it; no number, date or amount, and codes of
 * letters and digits, SKU1, in a quarter of them at most), else 0. */
int sniff_line_names(const char *s, size_t n, char sep, int *fields, int *named);
/* Does the line s[0..n) (split as sniff_header_like splits it) hold exactly one value, in
 * any field, and nothing in the others (a group's line of a report)? 1 when so, else 0. */
int sniff_one_value(const char *s, size_t n, char sep);
/* Does the line s[0..n) (no line end, split as sniff_header_like splits it) hold a name in
 * its first field and nothing in the others, as a report grouped by customer writes the
 * line that starts a customer's lines? 1 when so, else 0. */
int sniff_name_alone(const char *s, size_t n, char sep);
/* The line s[0..n) (no line end, split as sniff_header_like splits it) as the header:
 * when sniff_columns finds the roles relrec needs on it by their names (with map, as the
 * load reads it; NULL for none), how many of its names are known names (the alias table),
 * with those names into known, one a line, cut at a name's end; else 0 and "". quick:
 * without a map, a line whose names give no customer, item (or description) and date by
 * their roles is not asked of sniff_columns at all (a likely no, cheaply). The error it
 * makes is cleared: it asks, it does not refuse. For the code page whose reading of the
 * header makes sense (csvsource.h, source_set_header). */
int sniff_line_known(const char *s, size_t n, char sep, const char *map, const char *path,
		     int quick, char *known, size_t size);
/* Is a map's COL s[0..n) written as a number: blanks, a sign, digits, a decimal part ("7",
 * "-1", "7.0", " 7")? Such a COL is a column's place, right or wrong (the map's reading says
 * which column the file lacks), never a name to look for: a data line holding -1 is no
 * header (t62 F15). The one rule of the header search and the map's reading. */
int sniff_map_number(const char *s, size_t n);
/* Does the map ("user=COL,...") find every column it names on the line s[0..n) (no line
 * end, split as sniff_header_like splits it) taken as the header? 1 when so, else 0 (out
 * of memory too). A column given by its number fits any line. *fields: the line's
 * fields up to its last named one (up to RR_MAX_COLUMNS). */
int sniff_map_fits(const char *s, size_t n, char sep, const char *map, int *fields);

/* Is s[0..n) the same name as name, compared as header names are (case in any
 * script, blanks, '_' and '-' ignored: textfold.h)? */
int sniff_same_name(const char *s, size_t n, const char *name);
/* The index of the first of names (NULL-ended) that s[0..n) is the same name as, or -1: s is
 * normalized once, however long the list (a status or an event is looked up per row). */
int sniff_name_index(const char *s, size_t n, const char *const *names);
/* Is the header name a line's total or an order's that no alias reads as money (Sales, Total,
 * Betrag, Сумма: maybe_money), or Amount (a quantity as often as money)? */
int sniff_maybe_money(const char *name);

/* Word lists a load looks values up in per row (event kinds, statuses, customer ids), their
 * names normalized once and sorted: a value then costs one normalization and a binary search
 * where sniff_name_index costs a normalization and a scan per list. */
#define SNIFF_WORD_MAX 72   /* a SHA-256 in hex (64), an empty text's, is a name of ingest_null_values */
typedef struct sniff_word {
	char norm[SNIFF_WORD_MAX];   /* a name as compared (normalized) */
	unsigned lists;              /* bit k: a name of lists[k] */
} sniff_word;
/* Index the names of lists[0..nlists) (each NULL-ended, nlists <= 32) into w[0..cap), one
 * entry per normalized name; the entries used. The names must fit: cap at least their number. */
size_t sniff_words_index(sniff_word *w, size_t cap, const char *const *const *lists, int nlists);
/* The lists s[0..n) is a name of, compared as sniff_name_index compares (bit k: lists[k] of
 * the index); 0 when none. */
unsigned sniff_words_find(const sniff_word *w, size_t count, const char *s, size_t n);

/* Field text for a message: printable ASCII and valid UTF-8 as they are, but characters
 * that show as nothing or as a plain space (U+00A0, U+202F, the default-ignorable ones of
 * uwidth_ignorable: soft hyphen, zero-width ones, tags, the byte order mark) and C1 controls
 * as \uXXXX, anything else as \xHH; at most max input bytes (then
 * "..."), so garbage never reaches a terminal raw and a blank is seen for what it is. */
const char *sniff_printable(char *dst, size_t cap, const char *s, size_t n, size_t max);

/* Names of a line's position in its document (posnr, position, line_no...): never a
 * quantity, a price, an invoice or an item. NULL-terminated. */
extern const char *const sniff_line_positions[];

#endif
