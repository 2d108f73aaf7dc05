/* test_ingest_minor.c — money written in a currency's minor unit (t67): a price or a line
 * total whose header says pence, kopecks, cents or a unit like them is read divided by 100
 * and the note names the unit (F1, F14); a price typed 85p or 85¢ beside £2.55 is 0.85, never
 * 85 (F9); a --map names a column whose name holds a comma (F15); Stückpreis is a price
 * (F19); a price for 100 units, by a price unit's column or by its name, is read per piece
 * (F2); weights in grams beside a price per kilogram are read in kilograms, never stripped
 * (F10, F11); the price paid is read over a list price beside it (F7); an id's column is never offered as the price (F12). Every fixture: two lines, 2 x 1.25 and 3 x 0.85, so the spend is 5.05; read in
 * whole units it would be 505 (or 255 + 2.55 for the marks). */
#include "testutil.h"
#include "tu_ingest.h"

#include <math.h>
#include <stdlib.h>

#include "csvsniff.h"
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

/* The file of two lines with its money column named name (a CSV cell, quoted if need be),
 * the prices 125 and 85 in it: read as 5.05, the note naming unit. */
static void assert_minor(const char *name, const char *unit)
{
	char text[400], want[160];
	snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,%s\n"
		 "1001,2011-01-15,A,X1,2,125\n1002,2011-01-16,B,X2,3,85\n", name);
	rr_rows *r = tu_load_csv(text);
	if (fabs(spend_of(r) - 5.05) > 1e-9)
		fail_msg("[%s] spend %g: %s", name, spend_of(r), r->reading);
	snprintf(want, sizeof want, "is written in %s, as its name says: read divided by 100", unit);
	if (!strstr(r->reading, want))
		fail_msg("[%s] no '%s': %s", name, want, r->reading);
	rows_free(r);
}

/* t67 F1, F14: the header's unit, bracketed, after a comma or glued on (price_in_pence,
 * unit_price_minor), in English, Russian, Swedish, Polish, German and French; amount_cents
 * (the man page's own example, with no other money column) is each line's total. */
/* t82 F26: rows not UTF-8 and rows with a NUL byte are one line of stats ("invalid UTF-8 or
 * NUL byte"); the encoding warning counts its own and says the NUL rows beside: 2 lines with
 * a Latin-1 byte no cp1252 reading fixes (\x81, undefined there) and 1 with a NUL, 3 in all. */
static void test_utf8_nul_counts(void **state)
{
	(void)state;
	static const char text[] =
		"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
		"1,A1,MUG,1,2011-01-03 10:00,2.5,c1,UK\n"
		"2,A1,M\x81G,1,2011-01-04 10:00,2.5,c1,UK\n"
		"3,A1,M\x81G,1,2011-01-05 10:00,2.5,c2,UK\n"
		"4,A1,M\0G,1,2011-01-06 10:00,2.5,c2,UK\n"
		"5,B1,BOWL,1,2011-01-07 10:00,2.5,c3,UK\n";
	char *p = tu_write_temp(text, sizeof text - 1);
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_int_equal(3, (int)r->rejected[RR_REJ_UTF8]);
	assert_non_null(strstr(r->reading, "is not UTF-8: 2 rows rejected, and 1 more for a NUL "
					    "byte (stats: 3 invalid UTF-8 or NUL byte)"));
	rows_free(r);
}

static void test_minor_unit_names(void **state)
{
	(void)state;
	assert_minor("Price (pence)", "pence");
	assert_minor("Price (p)", "pence");
	assert_minor("\"Price, p\"", "pence");
	assert_minor("price_in_pence", "pence");
	assert_minor("Price (\xC2\xA2)", "cents");
	assert_minor("\"\xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0, \xD0\xBA\xD0\xBE\xD0\xBF.\"", "kopecks");
	assert_minor("Pris (\xC3\xB6re)", "\xC3\xB6re");
	assert_minor("Cena (grosze)", "grosze");
	assert_minor("Preis (Cent)", "cents");
	assert_minor("Prix (centimes)", "centimes");
	assert_minor("unit_price_minor", "minor units");
	assert_minor("price_cents", "cents");
	/* a line total: 250 and 255 in cents are 2 x 1.25 and 3 x 0.85 */
	rr_rows *r = tu_load_csv("order_id,created_at,customer_id,sku,quantity,amount_cents\n"
			      "1001,2011-01-15,A,X1,2,250\n1002,2011-01-16,B,X2,3,255\n");
	assert_true(fabs(spend_of(r) - 5.05) < 1e-9);
	assert_non_null(strstr(r->reading, "amount=amount_cents"));
	rows_free(r);
	r = tu_load_csv("order_id,created_at,customer_id,sku,quantity,amount_in_cents\n"
		     "1001,2011-01-15,A,X1,2,250\n1002,2011-01-16,B,X2,3,255\n");
	assert_true(fabs(spend_of(r) - 5.05) < 1e-9);
	rows_free(r);
}

/* t80 F12: the minor units' names of other languages, their case forms and their "in" (Pris
 * i øre, Cena w groszach, Цена в копейках, Japan's 単価(銭)), and a word of letters past
 * ASCII after English's in (Price in öre): read divided by 100, as Price (cents) is. */
static void test_minor_unit_languages(void **state)
{
	(void)state;
	assert_minor("Pris i \xC3\xB8re", "\xC3\xB8re");
	assert_minor("Pris i \xC3\xB6re", "\xC3\xB6re");
	assert_minor("Price in \xC3\xB6re", "\xC3\xB6re");
	assert_minor("price_in_\xC3\xB8re", "\xC3\xB8re");
	assert_minor("unit_price_\xC3\xB6re", "\xC3\xB6re");
	assert_minor("Cena w groszach", "grosze");
	assert_minor("Pre\xC3\xA7o em centavos", "centavos");
	assert_minor("Precio en c\xC3\xA9ntimos", "c\xC3\xA9ntimos");
	assert_minor("Cena v hal\xC3\xA9\xC5\x99\xC3\xAD" "ch", "hal\xC3\xA9\xC5\x99" "e");
	assert_minor("Price in hal\xC3\xA9\xC5\x99" "e", "hal\xC3\xA9\xC5\x99" "e");
	assert_minor("\xC3\x81r fill\xC3\xA9rben", "fill\xC3\xA9r");
	assert_minor("Hinta senttein\xC3\xA4", "sentit");
	assert_minor("Prijs in centen", "centen");
	assert_minor("\xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xB2 \xD0\xBA\xD0\xBE\xD0\xBF\xD0\xB5\xD0\xB9\xD0\xBA\xD0\xB0\xD1\x85", "kopecks");
	assert_minor("\xE5\x8D\x98\xE4\xBE\xA1(\xE9\x8A\xAD)", "sen");
}

/* Words that only look so stay whole units: a percent, a price per cent, a word that
 * begins with kop (a copy's, Russian копия). */
static void test_minor_unit_not(void **state)
{
	(void)state;
	assert_null(sniff_minor_units("Price (percent)"));
	assert_null(sniff_minor_units("Price per cent"));
	assert_null(sniff_minor_units("\xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0, \xD0\xBA\xD0\xBE\xD0\xBF"
				      "\xD0\xB8\xD1\x8F"));
	assert_null(sniff_minor_units("Price"));
	assert_null(sniff_minor_units("Price (EUR)"));
	assert_string_equal(sniff_minor_units("Unit Price (cents)"), "cents");
}

/* t67 F9: a UK sheet's prices under a pound typed 85p (or 85 pence) beside £1.25, and an
 * American one's 85¢ beside $1.25: read as 0.85, counted in a note; £0.85p (two units) is
 * rejected, not read as either. */
static void test_minor_unit_marks(void **state)
{
	(void)state;
	static const char *const forms[][2] = {{"\xC2\xA3" "1.25", "85p"},
					       {"\xC2\xA3" "1.25", "85 pence"},
					       {"$1.25", "85\xC2\xA2"}};
	for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
		char text[300];
		snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,Price\n"
			 "1001,2011-01-15,A,X1,2,%s\n1002,2011-01-16,B,X2,3,%s\n",
			 forms[k][0], forms[k][1]);
		rr_rows *r = tu_load_csv(text);
		if (fabs(spend_of(r) - 5.05) > 1e-9)
			fail_msg("[%s] spend %g: %s", forms[k][1], spend_of(r), r->reading);
		assert_non_null(strstr(r->reading, "note: 1 price written in "));
		assert_non_null(strstr(r->reading, "read divided by 100"));
		rows_free(r);
	}
	rr_rows *r = tu_load_csv("Invoice,Date,Customer,SKU,Qty,Price\n"
			      "1001,2011-01-15,A,X1,2,\xC2\xA3" "1.25\n"
			      "1002,2011-01-16,B,X2,3,\xC2\xA3" "0.85p\n");
	assert_int_equal(r->n, 1);
	assert_true(fabs(spend_of(r) - 2.5) < 1e-9);
	rows_free(r);
}

static rr_rows *load_map(const char *text, const char *map)
{
	char *p = tu_write_temp_str(text);
	rr_ingest_opts o = {0};
	o.map = map;
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	return r;
}

/* t67 F15: a header "Cost, pence" (no known name) mapped by its name, quoted in the map or
 * bare as a shell leaves the hint's quotes, beside another entry after it or before it;
 * the old split at every comma looked for a column 'Cost'. */
static void test_map_comma_name(void **state)
{
	(void)state;
	static const char text[] = "Invoice,Date,Customer,SKU,Qty,\"Cost, pence\",Other\n"
				   "1001,2011-01-15,A,X1,2,125,7\n1002,2011-01-16,B,X2,3,85,7\n";
	static const char *const maps[] = {"price='Cost, pence'", "price=Cost, pence",
					   "price=Cost, pence,user=Customer",
					   "user=Customer,price=\"Cost, pence\""};
	for (size_t k = 0; k < sizeof maps / sizeof *maps; k++) {
		rr_rows *r = load_map(text, maps[k]);
		if (!r)
			fail_msg("[%s] %s", maps[k], err_msg());
		assert_true(fabs(spend_of(r) - 5.05) < 1e-9);
		assert_non_null(strstr(r->reading, "price=Cost, pence"));
		rows_free(r);
	}
	/* a name the file does not have is still refused, whole */
	assert_null(load_map(text, "price=Cost, cents"));
	assert_non_null(strstr(err_msg(), "has no column 'Cost, cents'"));
}

/* t67 F19: German invoices' price per piece, whole, abbreviated and after a slash; spend
 * 2 x 1.25 + 3 x 0.85 with a decimal comma. */
static void test_stueckpreis(void **state)
{
	(void)state;
	static const char *const names[] = {"St\xC3\xBC" "ckpreis", "Stk.-Preis", "Preis/Stk.",
					    "Einzelpreis/St\xC3\xBC" "ck", "Preis pro St\xC3\xBC" "ck"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[300], want[80];
		snprintf(text, sizeof text, "Rechnung;Datum;Kunde;Artikelnummer;Menge;%s\n"
			 "R1;15.01.2011;K1;A-1;2;1,25\nR2;16.01.2011;K2;A-2;3;0,85\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "price=%s", names[k]);
		if (!strstr(r->reading, want) || fabs(spend_of(r) - 5.05) > 1e-9)
			fail_msg("[%s] %s", names[k], r->reading);
		rows_free(r);
	}
}

/* t67 F2: a German ERP's Einzelpreis beside its Preiseinheit (SAP's KPEIN, Price Unit): 125,00
 * for 100 pieces is 1.25 a piece. A value that is no price unit (12, 10,00) is read as 1,
 * warned. */
static void test_price_unit_column(void **state)
{
	(void)state;
	static const char *const names[] = {"Preiseinheit", "PE", "Price Unit", "Konditionseinheit"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[300];
		snprintf(text, sizeof text, "Beleg;Datum;Kunde;Artikel;Menge;Einzelpreis;%s\n"
			 "R1;15.01.2011;K1;A-1;2;125,00;100\nR2;16.01.2011;K2;A-2;3;0,85;1\n",
			 names[k]);
		rr_rows *r = tu_load_csv(text);
		if (fabs(spend_of(r) - 5.05) > 1e-9 ||
		    !strstr(r->reading, "on 1 row that is more than 1, and the price is read divided"))
			fail_msg("[%s] spend %g: %s", names[k], spend_of(r), r->reading);
		rows_free(r);
	}
	/* 12 is no power of ten, and 10,00 a price's writing (Odoo's price_unit), no unit's */
	rr_rows *r = tu_load_csv("Beleg;Datum;Kunde;Artikel;Menge;Einzelpreis;PE\n"
			      "R1;15.01.2011;K1;A-1;2;1,25;12\nR2;16.01.2011;K2;A-2;3;0,85;10,00\n");
	assert_true(fabs(spend_of(r) - 5.05) < 1e-9);
	assert_non_null(strstr(r->reading, "warning: on 2 rows 'PE' is no price unit"));
	rows_free(r);
}

/* t67 F2: the price's own name says it is for 100 units, in brackets, after per or pro. */
static void test_price_per_name(void **state)
{
	(void)state;
	static const char *const names[] = {"Unit Price (per 100 units)", "Price per 100",
					    "Price (per 100)", "Preis pro 100 Stk"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[300];
		snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,%s\n"
			 "1001,2011-01-15,A,X1,2,125\n1002,2011-01-16,B,X2,3,85\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		if (fabs(spend_of(r) - 5.05) > 1e-9 ||
		    !strstr(r->reading, "is a price per 100 units, as its name says"))
			fail_msg("[%s] spend %g: %s", names[k], spend_of(r), r->reading);
		rows_free(r);
	}
	assert_int_equal(sniff_price_per("Price per kg"), 0);
	assert_int_equal(sniff_price_per("Product 20"), 0);
	assert_int_equal(sniff_price_per("Price/1000"), 1000);
}

/* t67 F12: Stripe's price_id (a price's id, here stock codes) was offered as the unit price;
 * so would priceId and Price Code be. A plain unused price name still is. */
static void test_price_hint_no_id(void **state)
{
	(void)state;
	int col[RR_COL_N];
	for (int c = 0; c < RR_COL_N; c++)
		col[c] = -1;   /* no column taken */
	static const char *const ids[][2] = {{"price_id", "unit_price"}, {"priceId", "Price"},
					     {"Price Code", "Price"}, {"Price ID", "Sale Price"}};
	char buf[64];
	for (size_t k = 0; k < sizeof ids / sizeof *ids; k++) {
		assert_false(sniff_price_hint(ids[k], 1, col, buf, sizeof buf));
		assert_true(sniff_price_hint(ids[k], 2, col, buf, sizeof buf));
		assert_string_equal(buf, ids[k][1]);
	}
}

/* t74 F16: a column of the units on hand is never offered as the quantity: Stock Qty,
 * Lagerbestand, 在庫数 beside a count of units sold, which is; alone, none is. The hint
 * gives the column's number (from 1), which a --map takes whole (F20). */
static void test_qty_hint_not_stock(void **state)
{
	(void)state;
	int col[RR_COL_N];
	for (int c = 0; c < RR_COL_N; c++)
		col[c] = -1;   /* no column taken */
	static const char *const pairs[][2] = {
		{"Stock Qty", "Sold Qty"}, {"Qty On Hand", "Qty Shipped"},
		{"Lagerbestand", "Verkaufte Menge"}, {"Available Count", "Count"},
		{"Stock Level Qty", "Order Qty"}};
	char buf[96];
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
		buf[0] = '\0';
		if (sniff_qty_hint(pairs[k], 2, col, buf, sizeof buf) != 2 ||
		    strcmp(buf, pairs[k][1]) != 0)
			fail_msg("[%s | %s]: hint '%s'", pairs[k][0], pairs[k][1], buf);
		assert_int_equal(0, sniff_qty_hint(pairs[k], 1, col, buf, sizeof buf));
	}
	/* the first of two quantities' names, by its number */
	static const char *const two[] = {"SKU", "Qty Sold Online", "Qty Sold In Store"};
	assert_int_equal(2, sniff_qty_hint(two, 3, col, buf, sizeof buf));
	assert_string_equal(buf, "Qty Sold Online");
}

/* t74 F20: the no-price hint's --map carries a long name whole, never as the message shows
 * it, cut with "..." (which no column has): followed, the load reads 2 x 1.25 + 3 x 0.85. */
static void test_price_hint_long_name_whole(void **state)
{
	(void)state;
	static const char name[] = "Unit selling price of the listing before any fees (BRL)";
	char text[512], map[128];
	snprintf(text, sizeof text, "Order,Date,Customer,SKU,Quantity,%s\n"
		 "1,2024-01-02,C1,A,2,1.25\n2,2024-01-03,C2,B,3,0.85\n", name);
	rr_rows *r = tu_load_csv(text);
	char want[160];
	snprintf(want, sizeof want, "load with --map price='%s' (", name);
	if (!strstr(r->reading, want))
		fail_msg("no '%s' in: %s", want, r->reading);
	assert_non_null(strstr(r->reading, "if 'Unit selling price of the listing before...' is"));
	rows_free(r);
	snprintf(map, sizeof map, "price=%s", name);
	char *p = tu_write_temp_str(text);
	r = ingest_load(p, map, 0, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	assert_true(fabs(spend_of(r) - 5.05) < 1e-9);
	rows_free(r);
}

/* t67 F10, F11: a deli's 750 g and 1.500 kg at 6.60 a kg is 0.75 + 1.5 kg, spend 14.85; by
 * the values (6.60/kg), by the columns' names (Quantity (g), Price per kg), or both kinds in
 * one column beside a Price per kg. */
static void test_measures(void **state)
{
	(void)state;
	static const char *const files[] = {
		"Receipt,Date,Customer,PLU,Qty,Price\n"
		"1,2011-01-15,A,X1,750 g,6.60/kg\n2,2011-01-16,B,X2,1.500 kg,6.60/kg\n",
		"Receipt,Date,Customer,PLU,Quantity (g),Price per kg\n"
		"1,2011-01-15,A,X1,750,6.60\n2,2011-01-16,B,X2,1500,6.60\n",
		"Receipt,Date,Customer,PLU,Quantity,Price per kg\n"
		"1,2011-01-15,A,X1,750 g,6.60\n2,2011-01-16,B,X2,1.500 kg,6.60\n"};
	for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
		rr_rows *r = tu_load_csv(files[k]);
		double qty = 0;
		for (size_t i = 0; i < r->n; i++)
			qty += r->qty[i];
		if (r->n != 2 || fabs(qty - 2.25) > 1e-9 || fabs(spend_of(r) - 14.85) > 1e-9 ||
		    !strstr(r->reading, "written in another measure than the price is per"))
			fail_msg("[%zu] qty %g spend %g: %s", k, qty, spend_of(r), r->reading);
		rows_free(r);
	}
	/* with a plain price the measure is not known: refused, and the reason offers no strip */
	rr_rows *r = tu_load_csv("Receipt,Date,Customer,PLU,Qty,Price\n"
			      "1,2011-01-15,A,X1,750 g,6.60\n2,2011-01-16,B,X2,1.500 kg,6.60\n");
	assert_int_equal(r->n, 0);
	assert_int_equal(r->n_examples, 2);
	assert_non_null(strstr(r->examples[0], "'g' after the number is a measure"));
	assert_null(strstr(r->examples[0], "gsub"));
	assert_null(strstr(r->examples[1], "gsub"));
	rows_free(r);
	assert_non_null(sniff_measure("Kgs.", 4));
	assert_null(sniff_measure("pcs", 3));
}

/* t67 F7: a list price beside the price paid (1.25 and 1.00 on the first line): the paid one
 * is read, whichever side, and with the words before, after or in a bracket; spend
 * 2 x 1.00 + 3 x 0.85 = 4.55, never 5.05. */
static void test_paid_price(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{"Price", "Paid Price"}, {"unitPrice", "paidPrice"}, {"Price", "Price Paid"},
		{"Price", "Final Price"}, {"Price", "Discounted Price"}, {"Price", "Actual Price"},
		{"Unit Price", "Net Unit Price"}, {"Price", "Sale Price after discount"},
		{"Price (before discount)", "Price (after discount)"},
		{"Unit Price (RRP)", "Unit Price (charged)"}};
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++)
		for (int paid_first = 0; paid_first < 2; paid_first++) {
			char text[400];
			snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,%s,%s\n"
				 "1001,2011-01-15,A,X1,2,%s\n1002,2011-01-16,B,X2,3,0.85,0.85\n",
				 pairs[k][paid_first], pairs[k][!paid_first],
				 paid_first ? "1.00,1.25" : "1.25,1.00");
			rr_rows *r = tu_load_csv(text);
			if (fabs(spend_of(r) - 4.55) > 1e-9)
				fail_msg("[%s | %s] spend %g: %s", pairs[k][0], pairs[k][1],
					 spend_of(r), r->reading);
			rows_free(r);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_nul_counts),
		cmocka_unit_test(test_minor_unit_names),
		cmocka_unit_test(test_minor_unit_not),
		cmocka_unit_test(test_minor_unit_languages),
		cmocka_unit_test(test_minor_unit_marks),
		cmocka_unit_test(test_map_comma_name),
		cmocka_unit_test(test_stueckpreis),
		cmocka_unit_test(test_price_unit_column),
		cmocka_unit_test(test_price_per_name),
		cmocka_unit_test(test_price_hint_no_id),
		cmocka_unit_test(test_qty_hint_not_stock),
		cmocka_unit_test(test_price_hint_long_name_whole),
		cmocka_unit_test(test_measures),
		cmocka_unit_test(test_paid_price),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
