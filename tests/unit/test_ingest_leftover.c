/* test_ingest_leftover.c — reading rules left over from the testers' rounds t82 and t83, their
 * reports lost and each case rebuilt: interleaved tills' receipts filled down (t82 F9),
 * Business Central's item ledger, its sales' quantities below 0 (t83 F19), quotes numbered
 * beside invoices in one column (t83 F12), UN/ECE Recommendation 20's unit codes (t83 F23). Every
 * fixture is hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

/* Row i's customer, "" for none. */
static const char *cust_of(const rr_rows *r, size_t i)
{
	return r->cust[i] == RR_NONE ? "" : strtab_get(r->customers, r->cust[i]);
}

/* Row i's stock code. */
static const char *item_of(const rr_rows *r, size_t i)
{
	return strtab_get(r->codes, r->item[i]);
}

/* Does text load to rows whose items and customers are want's, "ITEM=CUSTOMER" each, in
 * order? */
static void expect_rows(const char *text, const char *const *want, size_t n)
{
	rr_rows *r = tu_load_csv(text);
	if (r->n != n)
		fail_msg("%zu rows kept, not %zu: %s", r->n, n, r->reading);
	for (size_t i = 0; i < n; i++) {
		char got[64];
		snprintf(got, sizeof got, "%s=%s", item_of(r, i), cust_of(r, i));
		if (strcmp(got, want[i]) != 0)
			fail_msg("row %zu: %s, not %s: %s", i, got, want[i], r->reading);
	}
	rows_free(r);
}

/* t82 F9: a busy store's till journal, each till numbering its own receipts, their lines in
 * time order between each other, the date, time and card on a receipt's first line only.
 * Kasse 1's second line of receipt 1 (C) is followed by Kasse 3's first line of its receipt
 * 1: C is K100's, never K300's (it took K300's card from the line below); Kasse 2's receipt
 * 7 is a walk-in's (its rows kept by the load with no customer, the cleaning's to drop). */
static void test_tills_interleaved(void **state)
{
	(void)state;
	static const char *const want[] = {"A=K100", "B=", "C=K100", "D=K300", "E=", "F=K300"};
	expect_rows("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikel;Menge;Preis\n"
		    "Kasse 1;1;2024-03-04;08:00:01;K100;A;1;1,00\n"
		    "Kasse 2;7;2024-03-04;08:00:05;;B;1;1,00\n"
		    "Kasse 1;1;;;;C;1;1,00\n"
		    "Kasse 3;1;2024-03-04;08:00:09;K300;D;1;1,00\n"
		    "Kasse 2;7;;;;E;1;1,00\n"
		    "Kasse 3;1;;;;F;1;1,00\n", want, 6);
}

/* t82 F9 with the Kasse too on a receipt's first line only, each till numbering its receipts
 * in a series of its own (01-00007): a line of no till is of the one open receipt of its
 * number, whichever line is above it (its lines were rejected for their empty date). Two
 * tills' open receipts of one number leave a line of no till with none, as before. */
static void test_tills_first_line_only(void **state)
{
	(void)state;
	static const char *const want[] = {"A=K100", "B=", "C=K100", "D=K300", "E=", "F=K300"};
	expect_rows("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikel;Menge;Preis\n"
		    "Kasse 1;01-00001;2024-03-04;08:00:01;K100;A;1;1,00\n"
		    "Kasse 2;02-00007;2024-03-04;08:00:05;;B;1;1,00\n"
		    ";01-00001;;;;C;1;1,00\n"
		    "Kasse 3;03-00001;2024-03-04;08:00:09;K300;D;1;1,00\n"
		    ";02-00007;;;;E;1;1,00\n"
		    ";03-00001;;;;F;1;1,00\n", want, 6);
	rr_rows *r = tu_load_csv("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikel;Menge;Preis\n"
				 "Kasse 1;1;2024-03-04;08:00:01;K100;A;1;1,00\n"
				 "Kasse 2;1;2024-03-04;08:00:05;K200;B;1;1,00\n"
				 "Kasse 1;9;2024-03-04;08:00:07;K900;G;1;1,00\n"
				 ";1;;;;C;1;1,00\n");
	assert_int_equal(3, r->n);   /* C's date is none's: rejected */
	rows_free(r);
}

/* The look-alikes that stay as they were: an export sorted newest first, its order's first
 * line (date and card) below its other lines, of one till written on each line or on the
 * first line only, takes them up. */
static void test_tills_newest_first(void **state)
{
	(void)state;
	static const char *const want[] = {"B=K200", "A=K200", "D=K100", "C=K100"};
	expect_rows("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikel;Menge;Preis\n"
		    "Kasse 2;8;;;;B;1;1,00\n"
		    "Kasse 2;8;2024-03-04;08:10:01;K200;A;1;1,00\n"
		    "Kasse 1;7;;;;D;1;1,00\n"
		    "Kasse 1;7;2024-03-04;08:00:01;K100;C;1;1,00\n", want, 4);
	expect_rows("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikel;Menge;Preis\n"
		    ";8;;;;B;1;1,00\n"
		    "Kasse 2;8;2024-03-04;08:10:01;K200;A;1;1,00\n"
		    ";7;;;;D;1;1,00\n"
		    "Kasse 1;7;2024-03-04;08:00:01;K100;C;1;1,00\n", want, 4);
}

static const char *const bc_head = "Posting Date,Entry Type,Document Type,Document No.,"
				    "Item No.,Description,Location Code,Quantity,Invoiced Quantity,"
				    "Sales Amount (Actual),Cost Amount (Actual),Source No.,Entry No.\n";

/* t83 F19: Business Central's Item Ledger Entries: a Sale of -3 is 3 units sold (its Sales
 * Amount 572.10: 190.70 a unit), a Sale of +1 under a Sales Return Receipt (or a Sales Credit
 * Memo) a unit back; Purchase, Transfer and Positive Adjmt. no sale; Source No. the
 * customer. */
static void test_bc_item_ledger(void **state)
{
	(void)state;
	char text[1400];
	snprintf(text, sizeof text, "%s"
		 "1/2/2024,Purchase,Purchase Receipt,107201,1924-W,CHAMONIX Base,MAIN,20,20,0.00,"
		 "\"2,212.12\",V00010,1\n"
		 "1/2/2024,Sale,Sales Shipment,102001,1924-W,CHAMONIX Base,MAIN,-3,-3,572.10,-331.82,"
		 "C00450,2\n"
		 "1/2/2024,Sale,Sales Shipment,102001,1928-S,AMSTERDAM Lamp,MAIN,-2,-2,71.20,-41.30,"
		 "C00450,3\n"
		 "1/3/2024,Transfer,Transfer Shipment,108001,1928-S,AMSTERDAM Lamp,MAIN,-4,0,0.00,"
		 "-82.60,,4\n"
		 "1/3/2024,Transfer,Transfer Receipt,108001,1928-S,AMSTERDAM Lamp,EAST,4,0,0.00,82.60,,5\n"
		 "1/4/2024,Positive Adjmt.,,PHYS-0104,1928-S,AMSTERDAM Lamp,WEST,1,1,0.00,20.65,,6\n"
		 "1/15/2024,Sale,Sales Return Receipt,107001,1924-W,CHAMONIX Base,MAIN,1,1,-190.70,"
		 "110.61,C00450,7\n"
		 "1/16/2024,Sale,Sales Shipment,102002,1928-S,AMSTERDAM Lamp,EAST,-1,-1,35.60,-20.65,"
		 "C00530,8\n", bc_head);
	rr_rows *r = tu_load_csv(text);
	if (r->n != 4)
		fail_msg("%zu rows, not 3 sales and a return: %s", r->n, r->reading);
	static const double qty[] = {3, 2, -1, 1}, price[] = {190.70, 35.60, 190.70, 35.60};
	for (size_t i = 0; i < 4; i++) {
		assert_float_equal(qty[i], r->qty[i], 1e-9);
		assert_float_equal(price[i], r->price[i], 1e-9);
	}
	assert_string_equal("C00450", cust_of(r, 0));
	assert_string_equal("C00530", cust_of(r, 3));
	if (!strstr(r->reading, "'Entry Type' is an item ledger's") ||
	    !strstr(r->reading, "3 sale rows below 0 read as sales, 1 above 0 as returns"))
		fail_msg("no note of the ledger's sign: %s", r->reading);
	rows_free(r);
}

/* The look-alikes that stay as they were: a till's Entry Type of Sale and Refund, its sales'
 * quantities above 0 beside a Transfer (of money between drawers), reads them as written; a
 * stock movement's Sale -2 with no stock entry nor purchase beside it stays warned of (t59
 * F17), not turned unsaid. */
static void test_bc_ledger_lookalikes(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Date,Entry Type,Receipt,Customer,Item,Quantity,Price\n"
				 "2024-01-02,Sale,R1,C1,A,2,5.00\n2024-01-02,Sale,R2,C2,B,1,4.00\n"
				 "2024-01-03,Transfer,R3,,,1,100.00\n"
				 "2024-01-04,Refund,R4,C1,A,-1,5.00\n");
	assert_int_equal(3, r->n);
	assert_float_equal(2, r->qty[0], 1e-9);
	assert_float_equal(1, r->qty[1], 1e-9);
	assert_float_equal(-1, r->qty[2], 1e-9);
	assert_null(strstr(r->reading, "item ledger"));
	rows_free(r);
	r = tu_load_csv("Date,Entry Type,Receipt,Customer,Item,Quantity,Price\n"
			"2024-01-02,Sale,R1,C1,A,-2,5.00\n2024-01-02,Sale,R2,C2,B,-1,4.00\n"
			"2024-01-04,Return,R4,C1,A,1,5.00\n");
	assert_float_equal(-2, r->qty[0], 1e-9);
	assert_null(strstr(r->reading, "item ledger"));
	if (!strstr(r->reading, "as a stock movement writes a sale"))
		fail_msg("no stock movement's warning: %s", r->reading);
	rows_free(r);
}

/* Loads the lines of documents a (three lines) and b (two) numbered so, each of its own
 * customer, with opts; the rows kept. */
static rr_rows *load_docs(const char *a, const char *b, const rr_ingest_opts *opts)
{
	char text[600];
	snprintf(text, sizeof text, "Date,Doc No,Customer,SKU,Qty,Price\n"
		 "2024-01-02,%s,C1,A,5,4.00\n2024-01-02,%s,C1,B,2,3.00\n2024-01-02,%s,C1,C,1,9.00\n"
		 "2024-01-09,%s,C1,A,4,4.00\n2024-01-09,%s,C1,B,2,3.00\n", a, a, a, b, b);
	return tu_load_opts(text, opts);
}

/* t83 F12: a quote numbered by its prefix beside an invoice numbered by its own, in one
 * column with no document type: the quote's three lines are no sale, skipped and said. */
static void test_quote_prefixes(void **state)
{
	(void)state;
	static const char *const pairs[][3] = {
		{"Q-1001", "INV-1001", "Q"}, {"ANG-2024-01", "RE-2024-01", "ANG"},
		{"DEV-0042", "FA-0042", "DEV"}, {"COT-17", "FAC-17", "COT"},
		{"AN-2024/5", "INV-2024/9", "AN"}, {"QUOTE 7", "INVOICE 7", "QUOTE"},
		{"Angebot-12", "Rechnung-12", "Angebot"}};
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
		rr_rows *r = load_docs(pairs[k][0], pairs[k][1], NULL);
		char want[160];
		snprintf(want, sizeof want, "1 quote of 3 rows (the first on line 2) skipped, no "
			 "sale; --purchase %s reads it as sales", pairs[k][2]);
		if (r->n != 2 || r->skipped != 3 || !strstr(r->reading, want))
			fail_msg("[%s] %zu rows kept, %zu skipped: %s", pairs[k][0], r->n, r->skipped,
				 r->reading);
		rows_free(r);
	}
	/* the note's way: --purchase with the prefix reads the quote's lines as sales */
	rr_rows *r = load_docs("Q-1001", "INV-1001", &(rr_ingest_opts){.purchase = "Q"});
	assert_int_equal(5, r->n);
	assert_null(strstr(r->reading, "not applied"));
	rows_free(r);
}

/* The look-alikes that stay as they were: a shop whose invoices begin with AN or Q and no
 * invoice's prefix beside them (its credit notes' CN-), numbers of letters and digits mixed
 * (Clover's Order ID), a chain's two shops numbering by their two-letter codes (t88 F9:
 * Ancona's AN- beside Reggio Emilia's RE-), a column of quotes' prefixes and invoices' beside
 * other numbers on most lines: every line is read. */
static void test_quote_prefix_lookalikes(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{"AN-1001", "AN-1002"}, {"Q-1001", "CN-1001"}, {"Q429Y9PD", "F5261GXE"},
		{"Q1001", "1002"}, {"AN-2024-00001", "RE-2024-00001"}};
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
		rr_rows *r = load_docs(pairs[k][0], pairs[k][1], NULL);
		if (r->n != 5 || strstr(r->reading, "numbers quotes"))
			fail_msg("[%s, %s] %zu rows: %s", pairs[k][0], pairs[k][1], r->n, r->reading);
		rows_free(r);
	}
	rr_rows *r = tu_load_csv("Date,Doc No,Customer,SKU,Qty,Price\n"
				 "2024-01-02,Q-1,C1,A,1,4.00\n2024-01-02,INV-1,C1,A,1,4.00\n"
				 "2024-01-03,1003,C2,A,1,4.00\n2024-01-04,1004,C3,A,1,4.00\n"
				 "2024-01-05,1005,C4,A,1,4.00\n");
	assert_int_equal(5, r->n);
	rows_free(r);
}

/* Loads a unit column's lines, each unit's quantity and its item's price: "Unit" under
 * header name, units u[0..3] beside quantities q[0..3]; the rows. */
static rr_rows *load_units(const char *name, const char *const u[4], const char *const q[4])
{
	char text[700];
	snprintf(text, sizeof text, "Invoice Number,Issue Date,Buyer ID,Item ID,Invoiced Quantity,"
		 "%s,Price Amount\nRE-1,2024-02-02,B1,A,%s,%s,0.50\nRE-1,2024-02-02,B1,K,%s,%s,"
		 "18.00\nRE-2,2024-02-03,B2,A,%s,%s,0.50\nRE-2,2024-02-03,B2,C,%s,%s,2.00\n", name,
		 q[0], u[0], q[1], u[1], q[2], u[2], q[3], u[3]);
	return tu_load_csv(text);
}

/* t83 F23: a unit column's UN/ECE Recommendation 20 codes read as the words they stand for:
 * H87, C62, XPP, E48 are pieces as pcs is, KGM a weight as kg (in fractions beside pieces: no
 * mix), GRM grams as g, DZN a dozen, a pack, as dozen (a mix warned of); so under Unit Code
 * (UBL's unitCode), ClaveUnidad and Unit, beside UBL's Price Amount. */
static void test_unit_codes(void **state)
{
	(void)state;
	static const char *const names[] = {"Unit Code", "ClaveUnidad", "Unit"};
	static const char *const q[4] = {"100", "2.5", "50", "3"};
	static const char *const codes[][4] = {{"H87", "KGM", "C62", "XPP"},
					       {"H87", "KGM", "E48", "EA"},
					       {"pcs", "kg", "pcs", "pcs"}};
	for (size_t n = 0; n < sizeof names / sizeof *names; n++)
		for (size_t k = 0; k < sizeof codes / sizeof *codes; k++) {
			rr_rows *r = load_units(names[n], codes[k], q);
			if (r->n != 4 || strstr(r->reading, "added as they are") ||
			    r->price[1] != 18.0)
				fail_msg("[%s: %s] %zu rows: %s", names[n], codes[k][0], r->n,
					 r->reading);
			rows_free(r);
		}
	/* grams in whole numbers beside pieces, and a dozen beside them, are a mix, as the
	 * words are */
	static const char *const mixed[][4] = {{"H87", "GRM", "C62", "DZN"},
					       {"pcs", "g", "pcs", "dozen"}};
	static const char *const qm[4] = {"100", "500", "50", "3"};
	for (size_t k = 0; k < sizeof mixed / sizeof *mixed; k++) {
		rr_rows *r = load_units("Unit Code", mixed[k], qm);
		if (!strstr(r->reading, "added as they are"))
			fail_msg("[%s] no mix warned: %s", mixed[k][1], r->reading);
		rows_free(r);
	}
}

/* t83 F23: a code written after the number in the quantity: 3 C62 is 3 as 3 pcs is; 750 GRM
 * at a price per kg is 0.75 kg, as 750 g is; 2 DZN is a pack, rejected as 2 dozen is. */
static void test_unit_codes_in_quantity(void **state)
{
	(void)state;
	static const char *const forms[][3] = {{"3 C62", "750 GRM", "2 DZN"},
					       {"3 pcs", "750 g", "2 dozen"}};
	for (size_t k = 0; k < 2; k++) {
		char text[400];
		snprintf(text, sizeof text, "Date,Invoice,Customer,SKU,Quantity,Price per kg\n"
			 "2024-01-02,1,C1,A,%s,2.00\n2024-01-02,1,C1,K,%s,18.00\n"
			 "2024-01-03,2,C2,E,%s,3.00\n2024-01-03,2,C2,K,1.5,18.00\n",
			 forms[k][0], forms[k][1], forms[k][2]);
		rr_rows *r = tu_load_csv(text);
		if (r->n != 3)
			fail_msg("[%s] %zu rows: %s", forms[k][1], r->n, r->reading);
		assert_float_equal(3, r->qty[0], 1e-9);
		assert_float_equal(0.75, r->qty[1], 1e-9);
		assert_int_equal(1, r->rejected[RR_REJ_NUMBER]);
		rows_free(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tills_interleaved),
		cmocka_unit_test(test_tills_first_line_only),
		cmocka_unit_test(test_tills_newest_first),
		cmocka_unit_test(test_bc_item_ledger),
		cmocka_unit_test(test_bc_ledger_lookalikes),
		cmocka_unit_test(test_quote_prefixes),
		cmocka_unit_test(test_quote_prefix_lookalikes),
		cmocka_unit_test(test_unit_codes),
		cmocka_unit_test(test_unit_codes_in_quantity),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
