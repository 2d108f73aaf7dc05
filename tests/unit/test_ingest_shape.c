/* test_ingest_shape.c — how rows become baskets and customers at load (t19): a click log's
 * lines each their own basket, a customer id per order, overlapping exports joined with cat
 * are warned of; one column may be both customer and invoice; lines made of separators only
 * are blank lines, and zero quantities are no cancellations. */
#include "testutil.h"

#include <stdarg.h>
#include <sys/stat.h>

#include "clean.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"
#include "rows.h"

static rr_rows *load_opts(const char *text, const rr_ingest_opts *o)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, o, NULL);
	tu_remove(p);
	return r;
}

static rr_rows *load_csv(const char *text)
{
	return load_opts(text, NULL);
}

/* Excel's ",,,,,,," after a sheet's last row: not read, not rejected, nothing said (t19:
 * each was an "empty stock code"); a row with one field filled is still a row. */
static void test_separator_lines_are_blank(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID\n"
			      "1,A,1,2020-01-01,1.5,C1\n,,,,,\n1,B,2,2020-01-01,2,C1\n"
			      ",,,,,\n\"\",,,,,\n,,,,,,,\n");
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_int_equal(2, r->lines);
	assert_int_equal(0, rows_rejected_total(r));
	assert_null(strstr(r->reading, "warning"));
	rows_free(r);
	r = load_csv("Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID\n"
		     "1,A,1,2020-01-01,1.5,C1\n,,,,,C2\n");
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_int_equal(2, r->lines);
	assert_int_equal(1, rows_rejected_total(r));
	rows_free(r);
}

/* Rows of quantity 0 (a session log's price-0 lines, a panel's empty line) are counted
 * apart from the cancellations the same rule drops. */
static void test_zero_quantity_counted_apart(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID\n"
			      "1,A,1,2020-01-01,1.5,C1\n1,B,0,2020-01-01,2,C1\n"
			      "2,B,0,2020-01-02,2,C2\n2,A,-1,2020-01-02,2,C2\nC3,A,-2,2020-01-03,1.5,C1\n"
			      "4,A,1,2020-01-04,1.5,C2\n");
	assert_non_null(r);
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	assert_int_equal(4, d->dropped[RR_RULE_CANCELLED]);
	assert_int_equal(2, d->zero_qty);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
}

/* A buffer of CSV text built line by line. */
typedef struct text {
	char *s;
	size_t n, cap;
} text;

static void put(text *t, const char *fmt, ...)
{
	va_list ap;
	for (;;) {
		va_start(ap, fmt);
		int k = vsnprintf(t->s + t->n, t->cap - t->n, fmt, ap);
		va_end(ap);
		assert_true(k >= 0);
		if ((size_t)k < t->cap - t->n) {
			t->n += (size_t)k;
			return;
		}
		t->cap = t->cap * 2 + (size_t)k + 64;
		t->s = realloc(t->s, t->cap);
		assert_non_null(t->s);
	}
}

/* sessions of three clicks each, n of them, every click at its own minute of one day; same:
 * the three at one minute (a shop whose basket shares its timestamp) */
static char *click_log(int n, int same)
{
	text t = {0};
	put(&t, "%s", "");
	for (int k = 0; k < n; k++)
		for (int c = 0; c < 3; c++)
			put(&t, "%d,2014-04-%02dT10:%02d:%02d.314Z,%d\n", 1000 + k, 1 + k % 28,
			    same ? 0 : c, same ? 0 : 7 * c, 200 + (k * 3 + c) % 17);
	return t.s;
}

/* YOOCHOOSE's buys: each click its own time, no invoice column: warned; the session mapped
 * as both customer and invoice reads each session as one basket, unwarned. */
static void test_click_log_split_warned(void **state)
{
	(void)state;
	char *csv = click_log(30, 0);
	rr_ingest_opts o = {.no_header = 1, .map = "user=1,date=2,item=3"};
	rr_rows *r = load_opts(csv, &o);
	assert_non_null(r);
	assert_int_equal(90, r->n);
	assert_non_null(strstr(r->reading, "warning: 90 of the 90 invoices have one line, and 90 of "
					   "those share their customer and day with another"));
	/* the map given kept in the hint's (t46 F8) */
	assert_non_null(strstr(r->reading, "--map date=2,item=3,user=COL,invoice=COL"));
	rows_free(r);
	o.map = "user=1,date=2,item=3,invoice=1";
	r = load_opts(csv, &o);
	assert_non_null(r);
	assert_int_equal(30, strtab_count(r->invoices));
	assert_int_equal(30, strtab_count(r->customers));
	assert_non_null(strstr(r->reading, "columns: user=column 1, item=column 3, invoice=column 1"));
	assert_null(strstr(r->reading, "warning"));
	rows_free(r);
	o.map = "invoice=1,date=2,item=3,user=1";   /* either order */
	r = load_opts(csv, &o);
	assert_non_null(r);
	assert_int_equal(30, strtab_count(r->invoices));
	rows_free(r);
	/* other double uses stay refused */
	o.map = "user=1,date=2,item=1";
	assert_null(load_opts(csv, &o));
	assert_string_equal("--map: column 1 is given for both user and item", err_msg());
	free(csv);
	/* a shop whose basket shares its timestamp: multi-line invoices, no warning */
	csv = click_log(30, 1);
	o.map = "user=1,date=2,item=3";
	r = load_opts(csv, &o);
	assert_non_null(r);
	assert_int_equal(30, strtab_count(r->invoices));
	assert_null(strstr(r->reading, "warning"));
	rows_free(r);
	free(csv);
	/* customers who buy one thing a visit, on different days: single lines, no warning */
	text t = {0};
	for (int k = 0; k < 90; k++)
		put(&t, "C%d,2020-%02d-%02d,I%d\n", k % 30, 1 + k / 30, 1 + k % 28, k % 7);
	r = load_opts(t.s, &o);
	assert_non_null(r);
	assert_int_equal(90, strtab_count(r->invoices));
	assert_null(strstr(r->reading, "warning"));
	rows_free(r);
	free(t.s);
}

/* n customers of one order each (repeat of them with a second) over months months, under
 * header h */
static char *orders(const char *h, int n, int repeat, int months)
{
	text t = {0};
	put(&t, "%s\n", h);
	for (int k = 0; k < n; k++) {
		int m = 1 + k % months, d = 1 + k % 20;
		put(&t, "o%d,c%d,I%d,2018-%02d-%02d 10:00:00\no%d,c%d,I%d,2018-%02d-%02d 10:00:00\n", k,
		    k, k % 9, m, d, k, k, (k + 1) % 9, m, d);
		if (k < repeat)
			put(&t, "p%d,c%d,I%d,2018-%02d-%02d 10:00:00\n", k, k, k % 5, m, d + 2);
	}
	return t.s;
}

/* Olist's orders and items without its customers table: customer_id is per order; warned,
 * and named as Olist's; a shop whose customers come back is not. */
static void test_per_order_customer_warned(void **state)
{
	(void)state;
	char *csv = orders("order_id,customer_id,product_id,order_purchase_timestamp", 150, 0, 10);
	rr_rows *r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: 150 of the 150 customers have one invoice each"));
	assert_non_null(strstr(r->reading, "this is Olist's customer_id: join "
					   "olist_customers_dataset.csv on customer_id and load its "
					   "customer_unique_id"));
	rows_free(r);
	csv = orders("Order,Customer,SKU,Date", 150, 0, 10);
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: 150 of the 150 customers have one invoice each"));
	assert_non_null(strstr(r->reading, "load a column that names the person"));
	assert_null(strstr(r->reading, "Olist"));
	rows_free(r);
	csv = orders("Order,Customer,SKU,Date", 150, 5, 10);   /* five come back: 1 in 30 */
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_null(strstr(r->reading, "one invoice each"));
	rows_free(r);
	csv = orders("Order,Customer,SKU,Date", 150, 0, 1);   /* 20 days: too short to tell */
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_null(strstr(r->reading, "one invoice each"));
	rows_free(r);
}

/* t39 #18: a marketplace's report with no buyer, its order id (Wildberries' Srid) mapped as
 * the customer, some orders returned on a later day (a second document of the same id): the
 * returns are no buyer coming back, so every customer's one order is warned of, and the
 * order id named. */
static void test_order_id_mapped_as_customer(void **state)
{
	(void)state;
	text t = {0};
	put(&t, "Srid,Article,Date,Qty\n");
	for (int k = 0; k < 150; k++) {
		int m = 1 + k % 10, d = 1 + k % 20;
		put(&t, "s%d,I%d,2018-%02d-%02d 10:00:00,1\ns%d,I%d,2018-%02d-%02d 10:00:00,1\n", k,
		    k % 9, m, d, k, (k + 1) % 9, m, d);
		if (k < 10)   /* returned a few days later */
			put(&t, "s%d,I%d,2018-%02d-%02d 10:00:00,-1\n", k, k % 9, m, d + 3);
	}
	rr_ingest_opts o = {.map = "user=Srid,item=Article,date=Date,qty=Qty"};
	rr_rows *r = load_opts(t.s, &o);
	free(t.s);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: 150 of the 150 customers have one invoice each"));
	assert_non_null(strstr(r->reading, "an order's own id mapped as the customer"));
	rows_free(r);
	/* t41 (#18): returns made unread, some ids get a second invoice on another day (14 of
	 * Wildberries' 287): still warned, a mapped customer with one invoice in 19 of 20 */
	text u = {0};
	put(&u, "Srid,Article,Date,Qty\n");
	for (int k = 0; k < 150; k++) {
		int m = 1 + k % 10, d = 1 + k % 20;
		put(&u, "s%d,I%d,2018-%02d-%02d 10:00:00,1\n", k, k % 9, m, d);
		if (k < 7)   /* a second document, a few days later, read as a purchase */
			put(&u, "s%d,I%d,2018-%02d-%02d 10:00:00,1\n", k, k % 9, m, d + 3);
	}
	r = load_opts(u.s, &o);
	free(u.s);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: 143 of the 150 customers have one invoice each"));
	rows_free(r);
}

/* The order mapped as customer and invoice both, beside a column named as the customer's
 * (t22: --map user=InvoiceNo,invoice=InvoiceNo with CustomerID unused): every customer has
 * one basket by construction, said with the column to load; a session log with no such
 * column (test_click_log_split_warned) is not. */
static void test_one_column_beside_customer_warned(void **state)
{
	(void)state;
	char *csv = orders("Order,Customer,SKU,Date", 150, 5, 10);
	rr_ingest_opts o = {.map = "user=Order,invoice=Order"};
	rr_rows *r = load_opts(csv, &o);
	free(csv);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: the customer and the invoice are one column "
					   "('Order'): every customer has one basket"));
	assert_non_null(strstr(r->reading, "'Customer' names the customers and is not used: load "
					   "with --map user='Customer',invoice='Order'"));
	rows_free(r);
}

static const char overlap_head[] = "Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID\n";

/* Two exports joined with cat: the second repeats the first's last invoices (overlap 1) or
 * starts where it ends (0). */
static char *two_exports(int overlap)
{
	text t = {0};
	put(&t, "%s", overlap_head);
	for (int k = 0; k < 10; k++)
		put(&t, "%d,A%d,%d,2011-03-%02d 09:05,1.5,C%d\n%d,B,1,2011-03-%02d 09:05,2,C%d\n",
		    500 + k, k, 1 + k, 1 + k, k % 4, 500 + k, 1 + k, k % 4);
	put(&t, "%s", overlap_head);
	for (int k = overlap ? 7 : 10; k < 14; k++)
		put(&t, "%d,A%d,%d,2011-03-%02d 09:05,1.5,C%d\n%d,B,1,2011-03-%02d 09:05,2,C%d\n",
		    500 + k, k, 1 + k, 1 + k, k % 4, 500 + k, 1 + k, k % 4);
	return t.s;
}

/* Overlapping exports joined with cat: the repeated lines counted, dated, and how to drop
 * them said (t19: 22 lines of UCI II's two sheets counted twice, unsaid); none for exports
 * that do not overlap, nor for a line repeated within one export. */
static void test_overlapping_exports_warned(void **state)
{
	(void)state;
	char *csv = two_exports(1);
	rr_rows *r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_int_equal(34, r->n);
	assert_non_null(strstr(r->reading, "note: the header comes again at line 22"));
	assert_non_null(strstr(r->reading, "warning: 6 lines after the header came again repeat lines "
					   "before it (the same invoice, item, customer, time, quantity "
					   "and price; dated 2011-03-08 09:05 to 2011-03-10 09:05)"));
	assert_non_null(strstr(r->reading, "cut the later export's rows of those dates"));
	rows_free(r);
	csv = two_exports(0);
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_int_equal(28, r->n);
	assert_non_null(strstr(r->reading, "header comes again"));
	assert_null(strstr(r->reading, "warning"));
	rows_free(r);
	/* a line twice within one export, and once after the header: one repeat, the later */
	text t = {0};
	put(&t, "%s1,A,1,2011-03-01 09:05,1.5,C1\n1,A,1,2011-03-01 09:05,1.5,C1\n"
		"%s1,A,1,2011-03-01 09:05,1.5,C1\n2,A,1,2011-03-02 09:05,1.5,C1\n", overlap_head,
	    overlap_head);
	r = load_csv(t.s);
	free(t.s);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: 1 line after the header came again repeats "
					   "lines before it"));
	rows_free(r);
}

/* The same with a column no role reads (a weight, a discount, a document type): the columns'
 * sample holds the first rows back while it looks for a document type, and the held rows were
 * sent on once the parser had passed the second header, so every row seemed to be of the
 * second export and nothing repeated (t72 F2: real exports were never warned). */
static void test_overlap_warned_beside_unread_column(void **state)
{
	(void)state;
	const char *extra[][2] = {{"Product Weight", "1.2000"}, {"Discount %", "0"},
				  {"Type", "INVOICE"}};
	for (size_t e = 0; e < sizeof extra / sizeof *extra; e++) {
		text t = {0};
		for (int part = 0; part < 2; part++) {
			put(&t, "Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID,%s\n",
			    extra[e][0]);
			for (int k = part ? 7 : 0; k < (part ? 14 : 10); k++)
				put(&t, "%d,A%d,%d,2011-03-%02d 09:05,1.5,C%d,%s\n", 500 + k, k,
				    1 + k, 1 + k, k % 4, extra[e][1]);
		}
		rr_rows *r = load_csv(t.s);
		free(t.s);
		assert_non_null(r);
		assert_int_equal(17, r->n);
		assert_non_null(strstr(r->reading, "note: the header comes again at line 12"));
		assert_non_null(strstr(r->reading, "warning: 3 lines after the header came again "
						   "repeat lines before it (the same invoice, item, "
						   "customer, time, quantity and price; dated 2011-03-08 "
						   "09:05 to 2011-03-10 09:05)"));
		rows_free(r);
	}
}

/* t90 F4: a month exported twice, the second copy from a report that writes the date alone:
 * its lines, at midnight, repeat the timed ones of their day (by hand: lines 7, 8 and 9 of the
 * first export are 2011-03-08..10 09:05; the copy writes 2011-03-08..10, and a line of its own,
 * 600). Innocents: the copy's lines under other invoices, and a timed copy's at other times of
 * the same days, repeat none. */
static void test_overlap_untimed_copy(void **state)
{
	(void)state;
	static const char *const second[] = {"%d,A%d,%d,2011-03-%02d,1.5,C%d\n",
					     "%d,A%d,%d,2011-03-%02d,1.5,C%d\n",
					     "%d,A%d,%d,2011-03-%02d 15:47,1.5,C%d\n"};
	static const int invoice_shift[] = {0, 100, 0};
	for (int v = 0; v < 3; v++) {
		text t = {0};
		put(&t, "%s", overlap_head);
		for (int k = 0; k < 10; k++)
			put(&t, "%d,A%d,%d,2011-03-%02d 09:05,1.5,C%d\n", 500 + k, k, 1 + k, 1 + k,
			    k % 4);
		put(&t, "%s", overlap_head);
		for (int k = 7; k < 10; k++)
			put(&t, second[v], 500 + k + invoice_shift[v], k, 1 + k, 1 + k, k % 4);
		put(&t, "600,B,1,2011-03-11,2.0,C1\n");
		rr_rows *r = load_csv(t.s);
		free(t.s);
		assert_non_null(r);
		assert_int_equal(14, r->n);
		const char *w = strstr(r->reading, "warning: 3 lines after the header came again "
					       "repeat lines before it (the same invoice, item, "
					       "customer, time, quantity and price; dated 2011-03-08 "
					       "00:00 to 2011-03-10 00:00)");
		if (v == 0)
			assert_non_null(w);
		else
			assert_null(strstr(r->reading, "came again repeat"));
		rows_free(r);
	}
}

/* The bundled files (Online Retail, and II), and the first without its invoice column (its
 * baskets share a timestamp), get none of these warnings. */
static void test_bundled_not_warned(void **state)
{
	(void)state;
	struct stat st;
	if (stat("data/online_retail.csv.gz", &st) != 0 ||
	    stat("data/online_retail_ii_2009_2010.csv.gz", &st) != 0)
		TU_SKIP("the bundled data is missing");
	const char *load[][2] = {{"data/online_retail.csv.gz", NULL},
				 {"data/online_retail.csv.gz", "invoice=-"},
				 {"data/online_retail_ii_2009_2010.csv.gz", NULL}};
	for (size_t k = 0; k < sizeof load / sizeof *load; k++) {
		rr_rows *r = ingest_load(load[k][0], load[k][1], 0, NULL);
		assert_non_null(r);
		assert_null(strstr(r->reading, "have one line"));
		assert_null(strstr(r->reading, "one invoice each"));
		assert_null(strstr(r->reading, "came again"));
		rows_free(r);
	}
}

/* t49 F20: fewer customers, each with one invoice over a season, not one back (VTEX's
 * e-mail masked per order): warned; one coming back is a shop of one-off buyers. */
static void test_per_order_customer_few_warned(void **state)
{
	(void)state;
	char *csv = orders("Order,Customer,SKU,Date", 50, 0, 4);
	rr_rows *r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: 50 of the 50 customers have one invoice each"));
	rows_free(r);
	csv = orders("Order,Customer,SKU,Date", 50, 1, 4);
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_null(strstr(r->reading, "one invoice each"));
	rows_free(r);
	csv = orders("Order,Customer,SKU,Date", 50, 0, 2);   /* under 90 days */
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_null(strstr(r->reading, "one invoice each"));
	rows_free(r);
}

/* A ledger's lines: sale k of customer k % 5, item k % 4, quantity 1 + k % 3, the sign col
 * written sign (every tenth line the credit's), under header h. */
static char *ledger(const char *h, const char *debit, const char *credit)
{
	text t = {0};
	put(&t, "%s\n", h);
	for (int k = 0; k < 40; k++)
		put(&t, "%d;C%d;I%d;%d;2,50;2023-%02d-%02d;%s\n", 100 + k, k % 5, k % 4, 1 + k % 3,
		    1 + k % 10, 1 + k % 20, k % 10 == 9 ? credit : debit);
	return t.s;
}

/* Rows of r whose quantity is below 0 (returns). */
static size_t negatives(const rr_rows *r)
{
	size_t neg = 0;
	for (size_t i = 0; i < r->n; i++)
		neg += r->qty[i] < 0;
	return neg;
}

/* t49 F01: a debit/credit column (S/H, Dr/Cr) beside unsigned amounts: named so, it is the
 * event, its credits returns; under another name, warned of with the options that read it;
 * one sign alone, or another value among them, says nothing. */
static void test_sign_column_read(void **state)
{
	(void)state;
	char *csv = ledger("Beleg;Debitor;Artikel;Menge;Preis;Datum;S/H", "S", "H");
	rr_rows *r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "event=S/H (a line's sign: S a sale, H a credit note"));
	assert_int_equal(4, negatives(r));
	rows_free(r);
	csv = ledger("Vch;Customer;Item;Qty;Rate;Date;Dr / Cr", "Dr", "Cr");
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_int_equal(4, negatives(r));
	rows_free(r);
	csv = ledger("Beleg;Debitor;Artikel;Menge;Preis;Datum;Kz", "S", "H");
	r = load_csv(csv);
	assert_non_null(r);
	assert_int_equal(0, negatives(r));
	assert_non_null(strstr(r->reading, "warning: 'Kz' holds a line's sign, S (36 rows) and "
					   "H (4)"));
	assert_non_null(strstr(r->reading, "load with --map event='Kz' --purchase 'S' "
					   "--return 'H'"));
	rows_free(r);
	rr_ingest_opts o = {.map = "event=Kz", .purchase = "S", .returns = "H"};
	r = load_opts(csv, &o);
	free(csv);
	assert_non_null(r);
	assert_null(strstr(r->reading, "a line's sign"));
	assert_int_equal(4, negatives(r));
	rows_free(r);
	csv = ledger("Beleg;Debitor;Artikel;Menge;Preis;Datum;S/H", "S", "S");
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_null(strstr(r->reading, "a line's sign"));
	assert_int_equal(0, negatives(r));
	rows_free(r);
}

/* A ledger of 40 lines as ledger() writes them, line k's sign sign(k). */
static char *ledger_of(const char *h, const char *(*sign)(int))
{
	text t = {0};
	put(&t, "%s\n", h);
	for (int k = 0; k < 40; k++)
		put(&t, "%d;C%d;I%d;%d;2,50;2023-%02d-%02d;%s\n", 100 + k, k % 5, k % 4, 1 + k % 3,
		    1 + k % 10, 1 + k % 20, sign(k));
	return t.s;
}

static const char *credits_most(int k)
{
	return k % 4 ? "H" : "S";   /* 10 sales, 30 credit notes */
}

static const char *one_stray(int k)
{
	return k == 20 ? "X" : k % 10 == 9 ? "H" : "S";   /* X on line 22 */
}

static const char *strays_many(int k)
{
	return k % 4 == 1 ? "Y" : k % 10 == 9 ? "H" : "S";
}

static const char *storno_one(int k)
{
	return k == 20 ? "Storno" : k % 10 == 9 ? "H" : "S";
}

static const char *debits_strays(int k)
{
	return k % 10 == 9 ? "X" : "S";
}

/* Load ledger_of(h, sign); its reading holds want, and n rows are returns. */
static void ledger_reads(const char *h, const char *(*sign)(int), const char *want, size_t n)
{
	char *csv = ledger_of(h, sign);
	rr_rows *r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	if (!strstr(r->reading, want))
		fail_msg("'%s' not in: %s", want, r->reading);
	assert_int_equal(n, negatives(r));
	rows_free(r);
}

/* t54 F2: a sign column is the event whichever side has the more rows (credit notes outnumber
 * sales in a returns-heavy period), and a stray value among its signs is skipped and warned of
 * with its line, never the column dropped unsaid; one named as a sign with other values on
 * more than a row in ten, or one of another name, is warned of with the options that read it,
 * and a third known word (Storno) does not turn the hint's credit into a purchase. */
static void test_sign_column_any_share(void **state)
{
	(void)state;
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;S/H", credits_most,
		     "event=S/H (a line's sign: S a sale, H a credit note", 30);
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;S/H", one_stray,
		     "warning: 1 row of S/H (the first on line 22: 'X') holds neither S nor H", 4);
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;S/H", debits_strays,
		     "warning: 4 rows of S/H (the first on line 11: 'X') hold neither S nor H", 0);
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;S/H", storno_one,
		     "H 4, Storno 1 read as returns", 5);
	ledger_reads("Document;Customer;Item;Qty;Price;Date;Debit/Credit Indicator", credits_most,
		     "event=Debit/Credit Indicator (a line's sign", 30);
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;Soll/Haben-Kennzeichen", one_stray,
		     "event=Soll/Haben-Kennzeichen (a line's sign", 4);
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;S/H", strays_many,
		     "warning: 'S/H' is named as a line's sign, but 10 of its 40 rows hold neither "
		     "S nor H", 0);
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;Kz", credits_most,
		     "warning: 'Kz' holds a line's sign, S (10 rows) and H (30)", 0);
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;Kz", one_stray,
		     "and 1 row of neither (the first on line 22: 'X')", 0);
	ledger_reads("Beleg;Debitor;Artikel;Menge;Preis;Datum;Kz", storno_one,
		     "--map event='Kz' --purchase S --return H", 0);
}

/* t49 F18: a column of currency codes beside the prices, of several currencies: warned of,
 * each named with its rows; of one currency, nothing said. */
static void test_currency_column_warned(void **state)
{
	(void)state;
	char *csv = ledger("Order;Customer;SKU;Quantity;Price;Date;Currency", "EUR", "JPY");
	rr_rows *r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: 'Currency' holds more than one currency "
					   "(EUR in 36 rows, JPY in 4): prices read as numbers"));
	rows_free(r);
	csv = ledger("Order;Customer;SKU;Quantity;Price;Date;W\xC3\xA4hrung", "usd", "\xE2\x82\xAC");
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "(USD in 36 rows, EUR in 4)"));
	rows_free(r);
	csv = ledger("Order;Customer;SKU;Quantity;Price;Date;Currency", "EUR", "EUR");
	r = load_csv(csv);
	free(csv);
	assert_non_null(r);
	assert_null(strstr(r->reading, "currency"));
	rows_free(r);
}

/* t49 F19: two quantity columns: the one read is named, and the --map that reads the other;
 * a shipped quantity alone is the quantity. Beside an ordered one the shipped one is read
 * (t83 F14, F15: what was shipped is the purchase): 1 and 2 units, the ordered column named. */
static void test_second_quantity_named(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Order,Customer,SKU,Date,Quantity Ordered,Quantity Shipped,Price\n"
			      "1,C1,A,2023-01-01,3,1,2.00\n2,C2,B,2023-01-02,2,2,3.00\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "note: the quantity read is 'Quantity Shipped'; "
					   "'Quantity Ordered' names a quantity too, not read"));
	assert_non_null(strstr(r->reading, "--map qty='Quantity Ordered' reads it instead"));
	assert_true(r->qty[0] == 1 && r->qty[1] == 2);
	rows_free(r);
	r = load_csv("Order,Customer,SKU,Date,Qty Shipped,Price\n1,C1,A,2023-01-01,3,2.00\n");
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_true(r->qty[0] == 3);
	assert_null(strstr(r->reading, "names a quantity too"));
	rows_free(r);
}

/* t49 F13: a price column of line totals (an item's price grows with its quantity) is warned
 * of with --map amount=; unit prices are not. */
static void test_line_total_price_warned(void **state)
{
	(void)state;
	for (int totals = 0; totals < 3; totals++) {   /* 2: unit prices of a cent or two */
		text t = {0};
		put(&t, "Order;Customer;SKU;Qty;Preis;Date\n");
		for (int k = 0; k < 40; k++) {
			int q = 1 + k % 3, item = k % 4;
			double unit = totals == 2 ? 0.01 + 0.01 * (item % 2) : 2.5 + item;
			put(&t, "%d;C%d;I%d;%d;%.2f;2023-01-%02d\n", k, k % 5, item, q,
			    totals == 1 ? unit * q : unit, 1 + k % 20);
		}
		rr_rows *r = load_csv(t.s);
		free(t.s);
		assert_non_null(r);
		const char *w = strstr(r->reading, "warning: 'Preis' looks like a line's total");
		if (totals == 1) {
			assert_non_null(w);
			assert_non_null(strstr(r->reading, "load with --map amount='Preis'"));
		} else {
			assert_null(w);
		}
		rows_free(r);
	}
}

/* t49 F14: an order's lines packed in the item's cell as key:value parts, the quantity's key
 * a known name (Big Cartel's Items), mapped as the item: warned as baskets; a key:value
 * text with no quantity is not. */
static void test_packed_items_warned(void **state)
{
	(void)state;
	int parts;
	const char *big = "product_name:Mug|quantity:2;product_name:Tee|quantity:1";
	assert_true(ingest_basket_value(big, strlen(big), &parts));
	assert_int_equal(4, parts);
	assert_false(ingest_basket_value("Color: red|Size: 2", 18, &parts));
	rr_ingest_opts o = {.map = "item=Items"};
	rr_rows *r = load_opts("Order,Customer,Items,Date\n1,C1,product_name:Mug|quantity:2;"
			       "product_name:Tee|quantity:1,2023-01-01\n2,C2,product_name:Cap|"
			       "quantity:3,2023-01-02\n3,C1,product_name:Mug|Product Qty: 1,"
			       "2023-01-03\n", &o);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: the values of 'Items' read as items look "
					   "like whole baskets"));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_separator_lines_are_blank),
		cmocka_unit_test(test_zero_quantity_counted_apart),
		cmocka_unit_test(test_click_log_split_warned),
		cmocka_unit_test(test_per_order_customer_warned),
		cmocka_unit_test(test_order_id_mapped_as_customer),
		cmocka_unit_test(test_one_column_beside_customer_warned),
		cmocka_unit_test(test_overlapping_exports_warned),
		cmocka_unit_test(test_overlap_warned_beside_unread_column),
		cmocka_unit_test(test_overlap_untimed_copy),
		cmocka_unit_test(test_bundled_not_warned),
		cmocka_unit_test(test_per_order_customer_few_warned),
		cmocka_unit_test(test_sign_column_read),
		cmocka_unit_test(test_sign_column_any_share),
		cmocka_unit_test(test_currency_column_warned),
		cmocka_unit_test(test_second_quantity_named),
		cmocka_unit_test(test_line_total_price_warned),
		cmocka_unit_test(test_packed_items_warned),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
