/* test_ingest_units.c — money and quantity read in the units the file means (tester t71):
 * a price unit written with thousands grouped (F3), a price per N in the price's name (F4,
 * F15), minor units decided by the column's values as well as its name (F7, F11, F12, F13),
 * the price paid read over a list price or a discount (F16, F21), and the quantity's names
 * (F28). Every fixture is two lines, 2 x 1.25 and 3 x 0.85, so the right spend is 5.05,
 * unless its comment computes another. */
#include "testutil.h"
#include "tu_ingest.h"

#include <math.h>
#include <stdlib.h>

#include "clean.h"
#include "csvsniff.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"
#include "rows.h"

static double spend_of(const rr_rows *r)
{
	double spend = 0;
	for (size_t i = 0; i < r->n; i++)
		spend += r->qty[i] * r->price[i];
	return spend;
}

static void assert_spend(const rr_rows *r, double want, const char *label)
{
	if (fabs(spend_of(r) - want) > 1e-9)
		fail_msg("[%s] spend %.6f, want %.6f: %s", label, spend_of(r), want, r->reading);
}

/* t71 F3: a Preiseinheit of 1.000 in a decimal-comma file is 1000 (1250,00 for 1000 pieces
 * is 1.25 a piece), as the file's numbers are read; in a decimal-point file 1.000 is 1; with
 * no mark shown anywhere it is read as 1 and said, with the --decimal that reads it so. */
static void test_price_unit_grouped(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Beleg;Datum;Kunde;Artikel;Menge;Einzelpreis;Preiseinheit\n"
			      "R1;15.01.2011;K1;A-1;2;1250,00;1.000\n"
			      "R2;16.01.2011;K2;A-2;3;0,85;1\n");
	assert_spend(r, 5.05, "comma");
	assert_non_null(strstr(r->reading, "with thousands grouped ('1.000' on line 2"));
	rows_free(r);
	r = tu_load_csv("Beleg;Datum;Kunde;Artikel;Menge;Einzelpreis;Preiseinheit\n"
		     "R1;15.01.2011;K1;A-1;2;1.25;1.000\nR2;16.01.2011;K2;A-2;3;0.85;1\n");
	assert_spend(r, 5.05, "point");
	assert_null(strstr(r->reading, "thousands"));
	assert_null(strstr(r->reading, "no price unit"));
	rows_free(r);
	/* whole prices, 1250 and 85: 2 x 1250 + 3 x 85 as read, and the doubt said */
	r = tu_load_csv("Beleg;Datum;Kunde;Artikel;Menge;Einzelpreis;Preiseinheit\n"
		     "R1;15.01.2011;K1;A-1;2;1250;1.000\nR2;16.01.2011;K2;A-2;3;85;1\n");
	assert_spend(r, 2755, "none");
	assert_non_null(strstr(r->reading, "read as 1; if it groups thousands (1000), load with "
				   "--decimal ,"));
	rows_free(r);
	/* --decimal , given: 1.000 is a count of 1000 written with its thousands */
	char *p = tu_write_temp_str("Beleg;Datum;Kunde;Artikel;Menge;Einzelpreis;Preiseinheit\n"
				    "R1;15.01.2011;K1;A-1;2;1250,00;1.000\n"
				    "R2;16.01.2011;K2;A-2;3;0,85;1\n");
	rr_ingest_opts o = {.decimal = ","};
	r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_spend(r, 5.05, "--decimal ,");
	assert_null(strstr(r->reading, "no price unit"));
	rows_free(r);
}

/* t71 F4, F15: one reading of the unit in a price's name: a count, a measure or both, glued
 * on or not (100g), after per, pro, je or a slash; no season (2023/24), no rate (/20%), no
 * word that merely starts with a measure's letter (per month). */
static void test_price_unit_names(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int found;
		long count;
		const char *measure;
	} cases[] = {
		{"Price per 100g", 1, 100, "g"}, {"Price/100g", 1, 100, "g"},
		{"Price/100 g", 1, 100, "g"}, {"Price per 100 g", 1, 100, "g"},
		{"Price per kg", 1, 1, "kg"}, {"Price (\xE2\x82\xAC/kg)", 1, 1, "kg"},
		{"Preis je 100 Stk", 1, 100, NULL}, {"Price/1000", 1, 1000, NULL},
		{"Unit Price (per 100 units)", 1, 100, NULL},
		{"Price 2023/24", 0, 1, NULL}, {"Price 2023 / 24", 0, 1, NULL},
		{"Unit Price (ex VAT/20%)", 0, 1, NULL}, {"Price per month", 0, 1, NULL},
		{"Price/Unit", 0, 1, NULL}, {"Price per 1.5 kg", 0, 1, NULL},
		{"Price per 2nd", 0, 1, NULL}, {"Product 20", 0, 1, NULL}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		long count = -1;
		const rr_measure *m = NULL;
		int found = sniff_price_unit(cases[k].name, &count, &m);
		const char *word = m ? m->word : NULL;
		if (found != cases[k].found || count != cases[k].count ||
		    (word == NULL) != (cases[k].measure == NULL) ||
		    (word && strcmp(word, cases[k].measure) != 0))
			fail_msg("[%s] found %d count %ld measure %s", cases[k].name, found, count,
				 word ? word : "none");
	}
	assert_int_equal(sniff_price_per("Price per 100g"), 100);
	assert_int_equal(sniff_price_per("Price 2023/24"), 0);
}

/* t71 F4: 200 g at 1.25 per 100 g and 300 g at 0.85 per 100 g is 2.50 + 2.55 = 5.05 (read per
 * gram, 505); Price/100g is the price by its name alone, as Price per 100g is. F15: a season's
 * price, mapped, is read as written (2 x 1.25 + 3 x 0.85 = 5.05; divided by 24 it was 0.21). */
static void test_price_per_measure(void **state)
{
	(void)state;
	static const char *const names[] = {"Price per 100g", "Price/100g", "Price/100 g"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[300];
		snprintf(text, sizeof text, "Order,Date,Customer,SKU,Qty (g),%s\n"
			 "1,2011-01-15,A,X1,200,1.25\n2,2011-01-16,B,X2,300,0.85\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		assert_spend(r, 5.05, names[k]);
		assert_non_null(strstr(r->reading, "is a price per 100 g, as its name says"));
		rows_free(r);
	}
	char *p = tu_write_temp_str("Invoice,Date,Customer,SKU,Qty,Price 2023/24\n"
				    "1,2011-01-15,A,X1,2,1.25\n2,2011-01-16,B,X2,3,0.85\n");
	rr_ingest_opts o = {.map = "price=Price 2023/24"};
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_spend(r, 5.05, "season");
	assert_null(strstr(r->reading, "is a price per"));
	rows_free(r);
}

/* t71 F7: a value that says its own unit is read as it says, whatever the column's name:
 * 85p under Price (p) is 0.85 (it was divided twice, 0.0085), $0.85 under Price (cents) is
 * 0.85 (it was 0.0085); the other rows in the name's unit: 125 is 1.25. */
static void test_minor_value_own_unit(void **state)
{
	(void)state;
	static const char *const files[] = {
		"Invoice,Date,Customer,SKU,Qty,Price (p)\n"
		"1001,2011-01-15,A,X1,2,125\n1002,2011-01-16,B,X2,3,85p\n",
		"Invoice,Date,Customer,SKU,Qty,Price (cents)\n"
		"1001,2011-01-15,A,X1,2,125\n1002,2011-01-16,B,X2,3,$0.85\n"};
	for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
		rr_rows *r = tu_load_csv(files[k]);
		assert_spend(r, 5.05, files[k]);
		assert_null(strstr(r->reading, "decimals of their own"));
		rows_free(r);
	}
	/* most values in units (4.92, t57 F8) undo the name; a $ row is not multiplied back:
	 * 2 x 1.25 + 3 x 0.85 + 1 x 2.00, never 200 */
	rr_rows *r = tu_load_csv("Invoice,Date,Customer,SKU,Qty,Price (cents)\n"
			      "1001,2011-01-15,A,X1,2,1.25\n1002,2011-01-16,B,X2,3,0.85\n"
			      "1003,2011-01-17,C,X3,1,$2.00\n");
	assert_spend(r, 7.05, "undone");
	rows_free(r);
}

/* t71 F11: p.u. (per unit) is no pence, nor is a p beside a currency that has none (EUR):
 * whole euros 125 and 85 are read as written, 2 x 125 + 3 x 85 = 505. */
static void test_minor_name_not_pence(void **state)
{
	(void)state;
	static const char *const names[] = {"\"Prezzo (EUR, p.u.)\"", "\"Prezzo (EUR, p)\"",
					    "Unit Price (p.u.)"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[300];
		snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,%s\n"
			 "1001,2011-01-15,A,X1,2,125\n1002,2011-01-16,B,X2,3,85\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		assert_spend(r, 505, names[k]);
		assert_null(strstr(r->reading, "written in pence"));
		rows_free(r);
	}
	assert_null(sniff_minor_units("Prezzo (EUR, p.u.)"));
	assert_string_equal(sniff_minor_units("Price, p"), "pence");
	assert_string_equal(sniff_minor_units("Price, p."), "pence");
}

/* t71 F12: pence written to a tenth, as fuel is priced, are pence: 2 x 124.9p + 3 x 85.5p is
 * 5.063 (undone to pounds it was 506.3); the note says so. */
static void test_minor_tenths(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Invoice,Date,Customer,SKU,Qty,Price (pence)\n"
			      "1001,2011-01-15,A,X1,2,124.9\n1002,2011-01-16,B,X2,3,85.5\n");
	assert_spend(r, 5.063, "tenths");
	assert_non_null(strstr(r->reading, "2 of its values have one decimal (the first '124.9')"));
	rows_free(r);
}

/* t71 F13: a column named as a price unit (Sage's Per) whose values are mostly no power of
 * ten (an accounting period, 1 to 12) is no price unit: the row of 10 is not divided either.
 * 2 x 1.25 + 3 x 0.85 + 1 x 1.00 = 6.05 (October's 1.25 read as 0.125, it was 3.80). */
static void test_price_unit_not_period(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Inv No,Date,Per,Account Ref,Stock Code,Qty,Unit Price\n"
			      "S1,2011-10-15,10,A,X1,2,1.25\nS2,2011-04-16,4,B,X2,3,0.85\n"
			      "S3,2011-07-17,7,C,X3,1,1.00\n");
	assert_spend(r, 6.05, "period");
	assert_non_null(strstr(r->reading, "it is no price unit's column"));
	rows_free(r);
}

/* The six lines of test_discount_amounts with the Discount column's values on lines 3 and 5
 * given (d3, d5): 2 x 1.25, 3 x 0.85, 1 x 2.00 less d3, 2 x 1.00, 4 x 0.50 less d5, 1 x 3.00. */
static rr_rows *discount_file(const char *d3, const char *d5)
{
	char text[600];
	snprintf(text, sizeof text, "Order,Date,Customer,SKU,Qty,Price,Discount,Net Amount\n"
		 "1,2011-01-15,A,X1,2,1.25,0.00,2.50\n2,2011-01-16,B,X2,3,0.85,0.00,2.55\n"
		 "3,2011-01-17,C,X3,1,2.00,%s,1.50\n4,2011-01-18,D,X4,2,1.00,0.00,2.00\n"
		 "5,2011-01-19,E,X5,4,0.50,%s,1.00\n6,2011-01-20,F,X6,1,3.00,0.00,3.00\n", d3, d5);
	return tu_load_csv(text);
}

/* t71 F16: a Discount of money amounts that is, row by row, the quantity times the price less
 * the Net Amount: the net amount is what was paid, 12.55 (the list prices make 14.05), and
 * the note names the discount, not a tax. Amounts that are not the shortfall (5, 7) say
 * nothing of it. */
static void test_discount_amounts(void **state)
{
	(void)state;
	rr_rows *r = discount_file("0.50", "1.00");
	assert_spend(r, 12.55, "discount");
	assert_non_null(strstr(r->reading, "the line discount 'Discount' gives"));
	rows_free(r);
	r = discount_file("5", "7");
	assert_null(strstr(r->reading, "the line discount 'Discount' gives"));
	rows_free(r);
}

/* The six lines of discount_file, each with its Discount d[k] and Net Amount a[k]. */
static rr_rows *discount_rows(const char *const d[6], const char *const a[6])
{
	static const char *const qp[6] = {"2,1.25", "3,0.85", "1,2.00", "2,1.00", "4,0.50", "1,3.00"};
	char text[800];
	size_t k = (size_t)snprintf(text, sizeof text,
				    "Order,Date,Customer,SKU,Qty,Price,Discount,Net Amount\n");
	for (int i = 0; i < 6; i++)
		k += (size_t)snprintf(text + k, sizeof text - k, "%d,2011-01-%d,C%d,X%d,%s,%s,%s\n",
				      i + 1, 15 + i, i, i, qp[i], d[i], a[i]);
	return tu_load_csv(text);
}

/* t73 F3: past half the lines discounted the Net Amount was left unread for the list prices
 * (14.05). Equal, or less by the Discount on every line, it is read: 4 of 6 lines discounted
 * 2.00 + 2.00 + 1.50 + 1.60 + 2.00 + 3.00 = 12.10; all 6, 11.60; the discount written
 * negative, 12.10; in percent (20, 20, 25, 10), 2.00 + 2.04 + 1.50 + 1.80 + 2 + 3 = 12.34.
 * A Discount of other numbers (5, 7, 3, 9) explains nothing: the prices, 14.05; nor does a
 * column of 0s beside one of the whole products (TikTok's Sku Quantity of return beside its
 * SKU Subtotal Before Discount). */
static void test_discount_most_lines(void **state)
{
	(void)state;
	static const char *const most[6] = {"2.00", "2.00", "1.50", "1.60", "2.00", "3.00"};
	static const char *const all[6] = {"2.00", "2.00", "1.50", "1.60", "1.80", "2.70"};
	static const char *const pct[6] = {"2.00", "2.04", "1.50", "1.80", "2.00", "3.00"};
	static const char *const d_most[6] = {"0.50", "0.55", "0.50", "0.40", "0", "0"};
	static const char *const d_all[6] = {"0.50", "0.55", "0.50", "0.40", "0.20", "0.30"};
	static const char *const d_neg[6] = {"-0.50", "-0.55", "-0.50", "-0.40", "0", "0"};
	static const char *const d_pct[6] = {"20", "20", "25", "10", "0", "0"};
	static const char *const d_other[6] = {"5", "7", "3", "9", "0", "0"};
	static const char *const zero[6] = {"0", "0", "0", "0", "0", "0"};
	static const char *const d_whole[6] = {"2.50", "2.55", "2.00", "2.00", "2.00", "3.00"};
	struct { const char *const *d, *const *a; double spend; int read; } c[] = {
		{d_most, most, 12.10, 1}, {d_all, all, 11.60, 1}, {d_neg, most, 12.10, 1},
		{d_pct, pct, 12.34, 1}, {d_other, most, 14.05, 0}, {d_whole, zero, 14.05, 0}};
	for (size_t k = 0; k < sizeof c / sizeof *c; k++) {
		rr_rows *r = discount_rows(c[k].d, c[k].a);
		char what[32];
		snprintf(what, sizeof what, "case %zu", k);
		assert_spend(r, c[k].spend, what);
		assert_int_equal(c[k].read, strstr(r->reading, "the line discount 'Discount' gives") != NULL);
		rows_free(r);
	}
}

/* t71 F21: a paid price left blank where no discount was given (Final Price beside Price)
 * is the list price on that row: 2 x 1.00 + 3 x 0.85 = 4.55, both rows kept (the blank row
 * was rejected, 2.00 kept). */
static void test_paid_price_blank(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Order,Date,Customer,SKU,Qty,Price,Final Price\n"
			      "1,2011-01-15,A,X1,2,1.25,1.00\n2,2011-01-16,B,X2,3,0.85,\n");
	assert_int_equal(r->n, 2);
	assert_spend(r, 4.55, "blank");
	assert_non_null(strstr(r->reading, "'Final Price' is blank on 1 row (the first on line 3)"));
	rows_free(r);
}

/* t73 F23: a Sale Price written only for the goods on sale, beside a List Price (Regular
 * Price: WooCommerce's), is blank where the list price was paid: 2 x 1.00 + 3 x 0.85 = 4.55,
 * both rows kept. A Cost Price beside it is no price paid: the blank row is rejected. */
static void test_sale_price_blank(void **state)
{
	(void)state;
	static const char *const list[] = {"List Price", "Regular Price", "Compare At Price"};
	for (size_t k = 0; k < sizeof list / sizeof *list; k++) {
		char text[300];
		snprintf(text, sizeof text, "Order,Date,Customer,SKU,Qty,%s,Sale Price\n"
			 "1,2011-01-15,A,X1,2,1.25,1.00\n2,2011-01-16,B,X2,3,0.85,\n", list[k]);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(r->n, 2);
		assert_spend(r, 4.55, list[k]);
		assert_non_null(strstr(r->reading, "'Sale Price' is blank on 1 row (the first on line 3)"));
		rows_free(r);
	}
	rr_rows *r = tu_load_csv("Order,Date,Customer,SKU,Qty,Cost Price,Sale Price\n"
			      "1,2011-01-15,A,X1,2,1.25,1.00\n2,2011-01-16,B,X2,3,0.85,\n");
	assert_int_equal(r->n, 1);
	rows_free(r);
}

/* t76 F8: under a price not named a paid one (Item Price) beside Regular Price, a blank below
 * a priced line of its order is a bundle's component, read at 0 (30.00 + 0 + 0), said in a
 * note; one of an order of its own is a sale at the list price (2 x 9.00): 48.00 in all.
 * Under a Sale Price, a blank is no discount wherever it stands: 2 x 1.00 + 3 x 0.85. */
static void test_bundle_blank_price(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Order,Customer,Date,SKU,Qty,Item Price,Regular Price\n"
			      "1,A,2024-11-01,SET1,1,30.00,35.00\n1,A,2024-11-01,SOAP,1,,12.00\n"
			      "1,A,2024-11-01,CAND,1,,25.00\n2,B,2024-11-02,MUG,2,,9.00\n");
	assert_int_equal(r->n, 4);
	assert_spend(r, 48.00, "bundle");
	assert_non_null(strstr(r->reading, "'Item Price' is blank on 2 rows (the first on line 3) "
					   "below a priced line of their order"));
	assert_non_null(strstr(r->reading, "'Item Price' is blank on 1 row (the first on line 5), "
					   "where no discount was given"));
	rows_free(r);
	r = tu_load_csv("Order,Date,Customer,SKU,Qty,Regular Price,Sale Price\n"
		     "1,2011-01-15,A,X1,2,1.25,1.00\n1,2011-01-15,A,X2,3,0.85,\n");
	assert_int_equal(r->n, 2);
	assert_spend(r, 4.55, "sale price");
	rows_free(r);
}

/* t71 F28: Q'ty (and its typographic apostrophe), Qty., Q.ty and Odoo's product_uom_qty are
 * the quantity: 2 x 1.25 + 3 x 0.85 = 5.05, where each line one unit made it 2.10. */
static void test_quantity_names(void **state)
{
	(void)state;
	static const char *const names[] = {"Q'ty", "Q\xE2\x80\x99ty", "Qty.", "Q.ty",
					    "product_uom_qty"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[300];
		assert_int_equal(sniff_name_role(names[k]), RR_COL_QTY);
		snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,%s,Price\n"
			 "1001,2011-01-15,A,X1,2,1.25\n1002,2011-01-16,B,X2,3,0.85\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		assert_spend(r, 5.05, names[k]);
		rows_free(r);
	}
}

/* The rows the default cleaning drops as no product's lines, of the file text. */
static size_t nonproduct_dropped(const char *text)
{
	rr_rows *r = tu_load_csv(text);
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	size_t n = d->dropped[RR_RULE_NONPRODUCT];
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
	return n;
}

/* t71 F20: goods named like a fee, a wooden fairy (Holz Fee) and a novel by Andrea Levy,
 * under codes like the shop's others, sell by twos and threes: kept (their 6 rows were
 * dropped). A Restocking Fee charged once an order, the same codes' shape, is dropped (3). */
static void test_fee_named_goods(void **state)
{
	(void)state;
	static const char head[] = "Invoice,Date,Customer,StockCode,Description,Quantity,Price\n";
	char text[1200];
	snprintf(text, sizeof text, "%s"
		 "1,2023-03-01,A,X01,HOLZ FEE,2,4.99\n1,2023-03-01,A,X02,SMALL ISLAND ANDREA LEVY,3,8.99\n"
		 "2,2023-03-02,B,X01,HOLZ FEE,3,4.99\n2,2023-03-02,B,X02,SMALL ISLAND ANDREA LEVY,2,8.99\n"
		 "3,2023-03-03,C,X01,HOLZ FEE,2,4.99\n3,2023-03-03,C,X02,SMALL ISLAND ANDREA LEVY,1,8.99\n"
		 "3,2023-03-03,C,X03,CERAMIC MUG,1,3.50\n",
		 head);
	assert_int_equal(0, nonproduct_dropped(text));
	snprintf(text, sizeof text, "%s"
		 "1,2023-03-01,A,X01,CERAMIC MUG,2,3.50\n1,2023-03-01,A,X09,RESTOCKING FEE,1,5.00\n"
		 "2,2023-03-02,B,X01,CERAMIC MUG,3,3.50\n2,2023-03-02,B,X09,RESTOCKING FEE,1,5.00\n"
		 "3,2023-03-03,C,X02,TEA TOWEL,2,2.00\n3,2023-03-03,C,X09,RESTOCKING FEE,1,5.00\n",
		 head);
	assert_int_equal(3, nonproduct_dropped(text));
}

/* t71 F19: another shop's item coded as one of Online Retail's lines of no product (C2, its
 * carriage) but described as goods (Cheese 2) is kept (its 2 rows were dropped); one so coded
 * and described as postage is dropped (1), and the load's note may name it
 * (clean_online_retail_code), as it could not in Online Retail's own file. */
static void test_online_retail_codes_elsewhere(void **state)
{
	(void)state;
	assert_int_equal(1, nonproduct_dropped(
		"Order,Date,Customer,SKU,Product,Quantity,Price\n"
		"1,2023-03-01,A,C2,Cheese 2,2,4.50\n1,2023-03-01,A,POST,POSTAGE,1,3.00\n"
		"2,2023-03-02,B,C2,Cheese 2,1,4.50\n2,2023-03-02,B,C1,Cheese 1,3,5.00\n"));
	rr_rows *r = tu_load_csv("Order,Date,Customer,SKU,Product,Quantity,Price\n"
			      "1,2023-03-01,A,C2,CARRIAGE,1,4.50\n");
	assert_true(clean_online_retail_code(r, "C2", 2));
	assert_false(clean_online_retail_code(r, "C3", 2));
	rows_free(r);
	r = tu_load_csv("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,"
		     "Country\n536365,C2,CARRIAGE,1,12/1/2010 8:26,50.00,17850,United Kingdom\n");
	assert_false(clean_online_retail_code(r, "C2", 2));
	rows_free(r);
}

/* t81 F1: in a file of Online Retail's own header, its codes described as goods (BREAD under
 * B, DATES under D) are goods as in any other file (their 18 rows were dropped, unsaid); so
 * described as Online Retail describes them (M Manual, POST POSTAGE) they are not (2). */
static void test_online_retail_codes_own_header(void **state)
{
	(void)state;
	assert_int_equal(2, nonproduct_dropped(
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,B,BREAD,2,3/1/2023 9:00,2.00,101,UK\n1,A,APPLE,1,3/1/2023 9:00,0.50,101,UK\n"
		"2,D,DATES,1,3/2/2023 9:00,3.10,102,UK\n2,M,Manual,1,3/2/2023 9:00,9.00,102,UK\n"
		"3,B,BREAD,1,3/3/2023 9:00,2.00,103,UK\n3,POST,POSTAGE,1,3/3/2023 9:00,18.00,103,UK\n"));
}

/* t73 F14: without a description column another shop's C2, PADS, DOT and M, coded as
 * Online Retail's lines of no product, describe nothing of carriage or samples: kept (their
 * 5 rows were dropped); BANK CHARGES says what it is by itself, POST spells the start of
 * POSTAGE, Online Retail's description of it: dropped (2). */
static void test_online_retail_codes_no_desc(void **state)
{
	(void)state;
	assert_int_equal(2, nonproduct_dropped(
		"Order,Date,Email,SKU,Qty,Price\n"
		"1,2023-03-01,a@x.com,C2,1,249.00\n1,2023-03-01,a@x.com,PADS,1,12.00\n"
		"2,2023-03-02,b@x.com,DOT,1,3.50\n2,2023-03-02,b@x.com,M,2,5.00\n"
		"3,2023-03-03,a@x.com,C2,1,249.00\n3,2023-03-03,a@x.com,BANK CHARGES,1,2.00\n"
		"4,2023-03-04,c@x.com,CAM1,1,99.00\n4,2023-03-04,c@x.com,POST,1,3.50\n"));
}

/* t80 F29: Japanese, Chinese and Korean counters and Brazil's un after a count are count
 * words: 2本 and 3枚 are 2 and 3 (the fixture's spend, 5.05); t80 F28: Iran's toman and rial
 * words after a price name IRT and IRR, and a slash between Persian digits of a quantity is
 * its decimal mark (۱/۵ x 2 + 3 x 1 = 6), said in a note. */
static void test_counters_and_persian_money(void **state)
{
	(void)state;
	const char *hdr = "InvoiceNo,InvoiceDate,StockCode,Quantity,UnitPrice,CustomerID\n";
	static const char *const words[][2] = {{"\xE6\x9C\xAC", "\xE6\x9E\x9A"}, {" un", " un"},
					       {"\xE5\xBC\xA0", "\xEC\x9E\xA5"}};
	for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
		char text[400];
		snprintf(text, sizeof text, "%s1,2024-01-02,A,2%s,1.25,C1\n2,2024-01-03,B,3%s,0.85,C2\n",
			 hdr, words[k][0], words[k][1]);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(2, r->n);
		assert_spend(r, 5.05, words[k][0]);
		rows_free(r);
	}
	/* ۱/۵ (1.5) at 2 toman, 3 at 1 toman; 2 rials at ۲/۵ */
	rr_rows *r = tu_load_csv("InvoiceNo,InvoiceDate,StockCode,Quantity,UnitPrice,CustomerID\n"
			      "1,2024-01-02,A,\xDB\xB1/\xDB\xB5,2 \xD8\xAA\xD9\x88\xD9\x85\xD8\xA7\xD9\x86,C1\n"
			      "2,2024-01-03,B,3,1 \xD8\xAA\xD9\x88\xD9\x85\xD8\xA7\xD9\x86,C2\n");
	assert_int_equal(2, r->n);
	assert_spend(r, 6, "toman");
	if (!strstr(r->reading, "IRT") || !strstr(r->reading, "note: 1 row (the first on line 2: "
						      "'\xDB\xB1/\xDB\xB5') with a number whose Persian digits"))
		fail_msg("%s", r->reading);
	rows_free(r);
	r = tu_load_csv("InvoiceNo,InvoiceDate,StockCode,Quantity,UnitPrice,CustomerID\n"
		     "1,2024-01-02,A,\xDB\xB2/\xDB\xB5,2 \xD8\xB1\xDB\x8C\xD8\xA7\xD9\x84,C1\n");
	assert_int_equal(1, r->n);
	assert_spend(r, 5, "rial");
	assert_non_null(strstr(r->reading, "IRR"));
	rows_free(r);
	/* a slash between ASCII digits stays no number */
	char *p = tu_write_temp_str("InvoiceNo,InvoiceDate,StockCode,Quantity,UnitPrice,CustomerID\n"
				    "1,2024-01-02,A,3/5,2,C1\n2,2024-01-02,A,3,2,C1\n");
	r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	rows_free(r);
}

/* t80 F30: a file whose list separator is the Arabic semicolon (Excel under a Persian
 * Windows locale) is refused with what it is and the sed pipe that reads it, not as a header
 * of no known name; --sep with it names the same pipe. */
static void test_arabic_semicolon(void **state)
{
	(void)state;
	char *p = tu_write_temp_str("InvoiceNo\xD8\x9BInvoiceDate\xD8\x9BStockCode\xD8\x9BQuantity"
				    "\xD8\x9BUnitPrice\xD8\x9B" "CustomerID\n"
				    "1\xD8\x9B" "2024-01-02\xD8\x9B" "A\xD8\x9B" "2\xD8\x9B" "1.25\xD8\x9B" "C1\n");
	rr_rows *r = ingest_read(p, NULL, NULL);
	assert_null(r);
	if (!strstr(err_msg(), "are separated by the Arabic semicolon \xD8\x9B (U+061B)") ||
	    !strstr(err_msg(), "load \"|sed 's/\xD8\x9B/;/g' "))
		fail_msg("%s", err_msg());
	rr_ingest_opts o = {.sep = "\xD8\x9B"};
	assert_null(ingest_read(p, &o, NULL));
	if (!strstr(err_msg(), "(U+061B, the Arabic semicolon) is no separator relrec splits on"))
		fail_msg("%s", err_msg());
	tu_remove(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_price_unit_grouped),
		cmocka_unit_test(test_price_unit_names),
		cmocka_unit_test(test_price_per_measure),
		cmocka_unit_test(test_minor_value_own_unit),
		cmocka_unit_test(test_minor_name_not_pence),
		cmocka_unit_test(test_minor_tenths),
		cmocka_unit_test(test_price_unit_not_period),
		cmocka_unit_test(test_discount_amounts),
		cmocka_unit_test(test_discount_most_lines),
		cmocka_unit_test(test_paid_price_blank),
		cmocka_unit_test(test_sale_price_blank),
		cmocka_unit_test(test_bundle_blank_price),
		cmocka_unit_test(test_quantity_names),
		cmocka_unit_test(test_fee_named_goods),
		cmocka_unit_test(test_online_retail_codes_elsewhere),
		cmocka_unit_test(test_online_retail_codes_no_desc),
		cmocka_unit_test(test_online_retail_codes_own_header),
		cmocka_unit_test(test_counters_and_persian_money),
		cmocka_unit_test(test_arabic_semicolon),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
