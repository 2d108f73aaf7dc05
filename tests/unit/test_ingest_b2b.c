/* test_ingest_b2b.c — B2B quantities and amounts (tester t85): a split case's eaches beside a
 * pack's size (F11), bottles beside a crate's size with a few broken crates (F4), a delivered
 * column of 0 and 1 or of dates beside the ordered quantity (F5, F22), an amount whose name
 * states thousands (F12), US fuel prices of three decimals and their gallons (F16), QuickBooks Online's product
 * heading as the item of its lines (F1). Every
 * fixture is hand-made; the comment above each says what a right reading makes of it, and
 * each rule has its innocent look-alike that must stay as it was read. */
#include "testutil.h"
#include "tu_ingest.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

/* The quantities of the lines read, summed, and their spend. */
static double qty_sum(const rr_rows *r)
{
	double s = 0;
	for (size_t i = 0; i < r->n; i++)
		s += r->qty[i];
	return s;
}

static double spend_sum(const rr_rows *r)
{
	double s = 0;
	for (size_t i = 0; i < r->n; i++)
		s += r->qty[i] * r->price[i];
	return s;
}

/* F11: a foodservice invoice's lines, Unit CS (whole cases, a case's price) and EA (a split
 * case's eaches, an each's price) beside the case's Pack: 2 cases of 4 at 58.00 are 8 units,
 * 3 eaches at 14.52 are 3 (not 12), 1 case of 6 is 6: 17 units, 174.56 spent. */
static void test_split_case_eaches(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Invoice Number,Invoice Date,Customer Number,Item Number,Pack,"
			      "Unit,Qty Shipped,Unit Price,Extended Price\n"
			      "71,05/24/2024,16,A,4,CS,2,58.00,116.00\n"
			      "71,05/24/2024,16,B,4,EA,3,14.52,43.56\n"
			      "72,05/27/2024,17,C,6,CS,1,15.00,15.00\n");
	if (fabs(qty_sum(r) - 17) > 1e-9 || fabs(spend_sum(r) - 174.56) > 1e-6)
		fail_msg("quantity %g, spend %g: %s", qty_sum(r), spend_sum(r), r->reading);
	assert_true(fabs(r->price[1] - 14.52) < 1e-9);
	assert_non_null(strstr(r->reading, "read as written: a split case's units"));
	rows_free(r);
	/* the look-alike: every line a case (CS, Case): each converted, 8 + 12 + 6 = 26 */
	r = tu_load_csv("Invoice Number,Invoice Date,Customer Number,Item Number,Pack,"
		     "Unit,Qty Shipped,Unit Price,Extended Price\n"
		     "71,05/24/2024,16,A,4,CS,2,58.00,116.00\n"
		     "71,05/24/2024,16,B,4,Case,3,14.52,43.56\n"
		     "72,05/27/2024,17,C,6,CS,1,15.00,15.00\n");
	if (fabs(qty_sum(r) - 26) > 1e-9)
		fail_msg("quantity %g: %s", qty_sum(r), r->reading);
	assert_null(strstr(r->reading, "split case"));
	rows_free(r);
}

/* The rows of a crate list: Menge, VPE, Einzelpreis 0,50, Gesamtpreis Menge times it (and
 * times VPE when per_unit: a count of crates at a bottle's price). */
static void crate_rows(char *text, size_t size, const int (*mv)[2], size_t n, int per_unit)
{
	size_t o = (size_t)snprintf(text, size, "Belegnr;Datum;Kundennr;Artikelnr;Menge;VPE;"
				    "Einzelpreis;Gesamtpreis\n");
	for (size_t i = 0; i < n && o < size; i++)
		o += (size_t)snprintf(text + o, size - o, "B%zu;%02zu.03.2024;K%zu;A%zu;%d;%d;0,50;"
				      "%.2f\n", i, i % 28 + 13, i % 3, i % 4, mv[i][0], mv[i][1],
				      mv[i][0] * 0.5 * (per_unit ? mv[i][1] : 1));
}

/* F4: bottles beside the crate's size, 10 of 12 lines whole crates (24, 48 of 24; 20, 60 of
 * 20), 2 broken (8, 17), Einzelpreis a bottle's, Gesamtpreis Menge times it: units already,
 * 353 bottles, not 24 or 20 times as many. */
static void test_bottles_broken_crates(void **state)
{
	(void)state;
	static const int bottles[][2] = {{24, 24}, {48, 24}, {20, 20}, {60, 20}, {24, 24},
					 {8, 24},   {40, 20}, {24, 24}, {20, 20}, {17, 20},
					 {48, 24}, {20, 20}};
	char text[2048];
	crate_rows(text, sizeof text, bottles, 12, 0);
	rr_rows *r = tu_load_csv(text);
	if (fabs(qty_sum(r) - 353) > 1e-9 || fabs(spend_sum(r) - 176.5) > 1e-6)
		fail_msg("quantity %g, spend %g: %s", qty_sum(r), spend_sum(r), r->reading);
	assert_non_null(strstr(r->reading, "the others broken packs"));
	rows_free(r);
	/* the look-alike: counts of crates (1, 2, 3...), two of them by chance a multiple of
	 * the size: converted, 12 lines of crates */
	static const int crates[][2] = {{1, 24}, {2, 24}, {3, 20}, {1, 20}, {2, 6},  {6, 6},
					{1, 24}, {2, 20}, {4, 20}, {1, 24}, {12, 6}, {1, 20}};
	crate_rows(text, sizeof text, crates, 12, 0);
	r = tu_load_csv(text);
	double want = 0;
	for (size_t i = 0; i < 12; i++)
		want += crates[i][0] * crates[i][1];
	if (fabs(qty_sum(r) - want) > 1e-9)
		fail_msg("quantity %g, not %g: %s", qty_sum(r), want, r->reading);
	assert_null(strstr(r->reading, "broken packs"));
	rows_free(r);
	/* the same multiples beside a Gesamtpreis of Menge x VPE x 0,50: counts of crates at a
	 * bottle's price, the totals say so: not read as units; the quantity times the size, the
	 * price as written (7764 bottles, 3882.00 spent, as the totals) */
	crate_rows(text, sizeof text, bottles, 12, 1);
	r = tu_load_csv(text);
	assert_null(strstr(r->reading, "broken packs"));
	if (fabs(qty_sum(r) - 7764) > 1e-9 || fabs(spend_sum(r) - 3882) > 1e-6)
		fail_msg("quantity %g, spend %g: %s", qty_sum(r), spend_sum(r), r->reading);
	assert_non_null(strstr(r->reading, "counts packs, the price is each unit's"));
	rows_free(r);
}

/* An order list of six lines: Bestellmenge as given, Geliefert as given. */
static rr_rows *order_list(const char *const ordered[6], const char *const delivered[6])
{
	char text[1024];
	size_t o = (size_t)snprintf(text, sizeof text, "Auftragsnummer;Datum;Kundennummer;"
				    "Artikelnummer;Bestellmenge;Einzelpreis;Geliefert\n");
	for (int i = 0; i < 6 && o < sizeof text; i++)
		o += (size_t)snprintf(text + o, sizeof text - o, "A%d;%02d.07.2024;K%d;ART-%d;%s;"
				      "2,50;%s\n", i / 2, 13 + i, i % 3, i, ordered[i],
				      delivered[i]);
	return tu_load_csv(text);
}

/* F5: Geliefert of 0 and 1 beside Bestellmenge of 10, 4, 2...: a delivered flag; the five
 * lines delivered are 29 units (72.50), the one of 0 not delivered, skipped and said. */
static void test_delivered_flag(void **state)
{
	(void)state;
	static const char *const ordered[6] = {"10", "4", "2", "6", "8", "3"};
	static const char *const flag[6] = {"1", "0", "1", "1", "1", "1"};
	rr_rows *r = order_list(ordered, flag);
	if (r->n != 5 || fabs(qty_sum(r) - 29) > 1e-9 || fabs(spend_sum(r) - 72.5) > 1e-9)
		fail_msg("%zu rows, quantity %g, spend %g: %s", r->n, qty_sum(r), spend_sum(r),
			 r->reading);
	assert_non_null(strstr(r->reading, "qty=Bestellmenge"));
	assert_non_null(strstr(r->reading, "a delivered flag, not the count delivered"));
	rows_free(r);
	/* the look-alikes: a delivered count of 0 and 1 beside an order of 1 each (nothing
	 * larger was ordered: it counts), and delivered counts of their own: both read as the
	 * delivered quantity, as before */
	static const char *const ones[6] = {"1", "1", "1", "1", "1", "1"};
	r = order_list(ones, flag);
	assert_non_null(strstr(r->reading, "qty=Geliefert"));
	assert_null(strstr(r->reading, "delivered flag"));
	rows_free(r);
	static const char *const counts[6] = {"7", "0", "2", "6", "1", "3"};
	r = order_list(ordered, counts);
	assert_non_null(strstr(r->reading, "qty=Geliefert"));
	assert_true(fabs(qty_sum(r) - 19) < 1e-9);
	rows_free(r);
}

/* F22: Geliefert holding the day of delivery: no quantity; Bestellmenge is read, 33 units,
 * all six lines kept (the file refused every line before). */
static void test_delivered_date(void **state)
{
	(void)state;
	static const char *const ordered[6] = {"10", "4", "2", "6", "8", "3"};
	static const char *const dates[6] = {"22.07.2024", "25.07.2024", "24.07.2024",
					     "25.07.2024", "26.07.2024", "29.07.2024"};
	rr_rows *r = order_list(ordered, dates);
	if (r->n != 6 || fabs(qty_sum(r) - 33) > 1e-9)
		fail_msg("%zu rows, quantity %g: %s", r->n, qty_sum(r), r->reading);
	assert_non_null(strstr(r->reading, "holds a date on each row"));
	assert_null(strstr(r->reading, "--map qty='Geliefert'"));
	rows_free(r);
}

/* F12: a line total whose name states thousands, mapped as the amount: 2 units for 3,975
 * (TEUR) are 3975.00 spent, a unit 1987.50; the note says so. Each way of writing it. */
static void test_amount_in_thousands(void **state)
{
	(void)state;
	static const char *const names[] = {"Umsatz (TEUR)", "Umsatz (T\xE2\x82\xAC)",
					    "Umsatz (Tsd. EUR)", "Umsatz (in Tausend)",
					    "Sales (000s)", "Sales ($K)", "Umsatz (k\xE2\x82\xAC)"};
	rr_ingest_opts o = {.map = "amount=6"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[512];
		snprintf(text, sizeof text, "Rechnungsnr;Datum;Kundennr;Artikelnr;Menge;%s\n"
			 "R1;14.02.2024;K1;A1;2;3,975\nR2;22.05.2024;K2;A2;4;1,000\n", names[k]);
		rr_rows *r = tu_load_opts(text, &o);
		if (fabs(spend_sum(r) - 4975) > 1e-6 || fabs(r->price[0] - 1987.5) > 1e-9)
			fail_msg("[%s] spend %g: %s", names[k], spend_sum(r), r->reading);
		assert_non_null(strstr(r->reading, "is in thousands, as its name says"));
		rows_free(r);
	}
	/* the look-alikes: a currency, no unit; a word that holds TEUR: read as written */
	static const char *const plain[] = {"Umsatz (EUR)", "Sales (USD)", "Umsatz TEUERSTE"};
	for (size_t k = 0; k < sizeof plain / sizeof *plain; k++) {
		char text[512];
		snprintf(text, sizeof text, "Rechnungsnr;Datum;Kundennr;Artikelnr;Menge;%s\n"
			 "R1;14.02.2024;K1;A1;2;3,975\nR2;22.05.2024;K2;A2;4;1,000\n", plain[k]);
		rr_rows *r = tu_load_opts(text, &o);
		if (fabs(spend_sum(r) - 4.975) > 1e-6)
			fail_msg("[%s] spend %g: %s", plain[k], spend_sum(r), r->reading);
		assert_null(strstr(r->reading, "as its name says: read times"));
		rows_free(r);
	}
}

/* F16: a US fuel distributor's gallons at a price per gallon to a tenth of a cent, dated
 * month first (2/28/2024): 696 gal at $3.309 and 2026 at $2.875 are 2722 gallons and
 * 8127.814 dollars, not pesos. The look-alike: the same prices dated day first (28/02/2024),
 * as Colombia writes them, stay whole pesos (and warned). */
static void test_fuel_dollars(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Invoice #,Invoice Date,Customer Account,Product Code,Gallons,"
			      "Price/Gal\n88000,2/28/2024,AC-19,REG-87,696,$3.309\n"
			      "88001,3/14/2024,AC-20,DEF,2026,$2.875\n");
	if (fabs(qty_sum(r) - 2722) > 1e-9 || fabs(spend_sum(r) - 8127.814) > 1e-6)
		fail_msg("quantity %g, spend %g: %s", qty_sum(r), spend_sum(r), r->reading);
	assert_non_null(strstr(r->reading, "qty=Gallons"));
	assert_null(strstr(r->reading, "whole pesos"));
	rows_free(r);
	r = tu_load_csv("Invoice #,Invoice Date,Customer Account,Product Code,Quantity,Price\n"
		     "88000,28/02/2024,AC-19,REG-87,2,$3.309\n"
		     "88001,14/03/2024,AC-20,DEF,1,$2.875\n");
	if (fabs(spend_sum(r) - 9493) > 1e-6)
		fail_msg("spend %g: %s", spend_sum(r), r->reading);
	assert_non_null(strstr(r->reading, "whole pesos"));
	rows_free(r);
}

/* F1: QuickBooks Online's Sales by Product/Service Detail: the product is the heading above
 * its lines, each line's Memo/Description its free text (blank, or edited). Two products,
 * five lines, all kept: Design 3 + 2 + 5, Pump 4 + 1; a blank memo loses no line. */
static const char qbo_by_product[] =
	"\"Sales by Product/Service Detail\"\n\"Craig's Design\"\n\"January - December 2024\"\n\n"
	"\"\",\"Date\",\"Transaction Type\",\"Num\",\"Customer\",\"Memo/Description\",\"Qty\","
	"\"Sales Price\",\"Amount\",\"Balance\"\n"
	"\"Design\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
	"\"\",\"11/08/2024\",\"Invoice\",\"1002\",\"Cool Cars\",\"Custom Design - logo\",\"3\","
	"\"75.00\",\"225.00\",\"225.00\"\n"
	"\"\",\"02/18/2024\",\"Invoice\",\"1003\",\"John Melton\",\"\",\"2\",\"75.00\",\"150.00\","
	"\"375.00\"\n"
	"\"\",\"03/27/2024\",\"Sales Receipt\",\"1004\",\"Cool Cars\",\"Design consult 2h\",\"5\","
	"\"75.00\",\"375.00\",\"750.00\"\n"
	"\"Total for Design\",\"\",\"\",\"\",\"\",\"\",\"10\",\"\",\"$750.00\",\"\"\n"
	"\"Pump\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
	"\"\",\"04/19/2024\",\"Invoice\",\"1005\",\"John Melton\",\"\",\"4\",\"15.00\",\"60.00\","
	"\"60.00\"\n"
	"\"\",\"05/19/2024\",\"Invoice\",\"1006\",\"Cool Cars\",\"Pump June\",\"1\",\"15.00\","
	"\"15.00\",\"75.00\"\n"
	"\"Total for Pump\",\"\",\"\",\"\",\"\",\"\",\"5\",\"\",\"$75.00\",\"\"\n"
	"\"TOTAL\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"$825.00\",\"\"\n";

static void test_qbo_product_heading(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv(qbo_by_product);
	if (r->n != 5 || fabs(qty_sum(r) - 15) > 1e-9 || fabs(spend_sum(r) - 825) > 1e-9)
		fail_msg("%zu rows, quantity %g, spend %g: %s", r->n, qty_sum(r), spend_sum(r),
			 r->reading);
	for (size_t i = 0; i < r->n; i++) {
		const char *item = strtab_get(r->codes, r->item[i]);
		if (strcmp(item, i < 3 ? "Design" : "Pump") != 0)
			fail_msg("row %zu: item '%s'", i, item);
	}
	assert_non_null(strstr(r->reading, "took the heading above them as the item"));
	rows_free(r);
	/* the look-alike: the user's map names the memo the item: it is, as asked (the blank
	 * memos' lines then have no item) */
	rr_ingest_opts o = {.map = "item=Memo/Description"};
	r = tu_load_opts(qbo_by_product, &o);
	assert_int_equal(3, r->n);
	assert_null(strstr(r->reading, "took the heading"));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_case_eaches),
		cmocka_unit_test(test_bottles_broken_crates),
		cmocka_unit_test(test_delivered_flag),
		cmocka_unit_test(test_delivered_date),
		cmocka_unit_test(test_amount_in_thousands),
		cmocka_unit_test(test_fuel_dollars),
		cmocka_unit_test(test_qbo_product_heading),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
