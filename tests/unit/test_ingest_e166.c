/* test_ingest_e166.c — leftovers of tester t82's round, rebuilt by e166: a product named Total
 * (a brand) read as a report's total line (F24), a delivery note's number read as the
 * invoice beside the invoice's own (F21), Status and Event columns of other meanings (F30).
 * A Slovenian chain's Croatian branch's kuna (F4), two-digit Minguo years (F32). Every fixture is hand-made; the comment above
 * each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

/* t82 F24: Total is a brand (Fage's TOTAL yogurts): a line with its customer, date, quantity
 * and price is a product's, its name "Total (Greek yogurt)" in the code column or "TOTAL 0%"
 * in the name column with no code; a line with a total's label and none of them is a total
 * line, in any language (Total, Totals:, Total (incl. VAT), Summe, Gesamt, Итого, 合計, Grand
 * Total, "Total for customer C1"). "TOTAL 0% FAT" goes on with a word (FAT is no currency). */
static void test_total_brand(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Date,Receipt,Customer,SKU,Qty,Price\n"
				 "2024-03-01,R1,C1,A100,2,1.20\n"
				 "2024-03-01,R1,C1,Total (Greek yogurt),1,2.75\n"
				 "2024-03-01,R1,C1,TOTAL (500g),1,2.49\n"
				 "2024-03-02,R2,C2,Total (incl. VAT),,6.44\n"
				 "2024-03-02,R2,C2,Grand Total,3,6.44\n");
	assert_int_equal(3, r->n);
	assert_string_equal("Total (Greek yogurt)", strtab_get(r->codes, r->item[1]));
	assert_int_equal(2, r->rejected[RR_REJ_TOTAL]);
	rows_free(r);
	r = tu_load_csv("Date,Receipt,Customer,Article No.,Article,Quantity,Price,Total\n"
			"2024-03-01,R1,C1,A100,Milk 1L,2,1.20,2.40\n"
			"2024-03-01,R1,C1,,TOTAL 0%,1,2.50,2.50\n"
			"2024-03-01,R1,C1,,Total (Greek yogurt),1,2.75,2.75\n"
			"2024-03-01,R1,C1,,TOTAL 0% FAT,1,2.50,2.50\n"
			",,,,Total,4,,10.15\n,,,,Totals:,4,,10.15\n,,,,Total (incl. VAT),4,,10.15\n"
			",,,,Summe,4,,10.15\n,,,,Gesamt,4,,10.15\n"
			",,,,\xD0\x98\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE,4,,10.15\n"
			",,,,\xE5\x90\x88\xE8\xA8\x88,4,,10.15\n"
			",,,,Total for customer C1,,,\n,,,,Grand Total,4,,10.15\n");
	if (r->n != 4 || r->rejected[RR_REJ_TOTAL] != 9)
		fail_msg("%zu rows, %zu totals; want 4, 9: %s", r->n,
			 (size_t)r->rejected[RR_REJ_TOTAL], r->reading);
	assert_string_equal("TOTAL 0%", strtab_get(r->codes, r->item[1]));
	assert_string_equal("Total (Greek yogurt)", strtab_get(r->codes, r->item[2]));
	assert_string_equal("TOTAL 0% FAT", strtab_get(r->codes, r->item[3]));
	assert_int_equal(0, r->rejected[RR_REJ_NUMBER]);
	rows_free(r);
}

/* t82 F21: a delivery note's number beside the invoice's (French N° Bon beside N° de facture,
 * German Lieferschein-Nr. beside Rechnungs-Nr., Spanish Albarán beside Factura, Italian DDT
 * and Bolla beside Fattura, Dutch Pakbon beside Factuurnummer, Portuguese Guia de Remessa
 * beside Fatura): the invoice is the invoice's column, 2 of them; alone, the delivery note
 * is read (3 deliveries) and a note says what it is. */
static void test_delivery_note_beside_invoice(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{"N\xC2\xB0 Bon", "N\xC2\xB0 de facture"}, {"N\xC2\xB0 BL", "Facture N\xC2\xB0"},
		{"Bon", "N\xC2\xB0 de facture"}, {"Bon de commande", "Num. Facture"},
		{"Lieferschein-Nr.", "Rechnungs-Nr."}, {"Albar\xC3\xA1n", "Factura"},
		{"N\xC2\xBA Albar\xC3\xA1n", "N\xC2\xBA de factura"}, {"DDT", "Fattura"},
		{"N. DDT", "Nr. Fattura"}, {"Bolla", "Fattura"}, {"Pakbon", "Factuurnummer"},
		{"Pakbonnummer", "Factuurnr."}, {"Guia de Remessa", "Fatura"},
		{"N\xC2\xBA Guia", "N\xC2\xBA Fatura"}};
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
		char text[700], want[120];
		snprintf(text, sizeof text, "Date;%s;%s;Client;Article;Qty;Price\n"
			 "02/01/2024;B1;F1;C1;A;2;3,50\n02/01/2024;B1;F1;C1;B;1;4,20\n"
			 "03/01/2024;B2;F1;C1;C;3;1,10\n04/01/2024;B3;F2;C2;A;1;3,50\n",
			 pairs[k][0], pairs[k][1]);
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "invoice=%s,", pairs[k][1]);
		if (!strstr(r->reading, want) || strtab_count(r->invoices) != 2 ||
		    strstr(r->reading, "a delivery note's number"))
			fail_msg("[%s / %s] %s", pairs[k][0], pairs[k][1], r->reading);
		rows_free(r);
		if (k == 2 || k == 3)   /* the German till's Bon, an order: no delivery note */
			continue;
		snprintf(text, sizeof text, "Date;%s;Client;Article;Qty;Price\n"
			 "02/01/2024;B1;C1;A;2;3,50\n02/01/2024;B1;C1;B;1;4,20\n"
			 "03/01/2024;B2;C1;C;3;1,10\n04/01/2024;B3;C2;A;1;3,50\n", pairs[k][0]);
		r = tu_load_csv(text);
		snprintf(want, sizeof want, "note: the invoice read is '%s', a delivery note's "
			 "number", pairs[k][0]);
		if (!strstr(r->reading, want) || strtab_count(r->invoices) != 3)
			fail_msg("[%s alone] %s", pairs[k][0], r->reading);
		rows_free(r);
	}
	/* an invoice's name is never a delivery note's: Rechnungs-Nr. alone, no note */
	rr_rows *r = tu_load_csv("Date;Rechnungs-Nr.;Client;Article;Qty;Price\n"
				 "02/01/2024;F1;C1;A;2;3,50\n03/01/2024;F2;C1;C;3;1,10\n");
	assert_null(strstr(r->reading, "delivery note"));
	rows_free(r);
}

/* Loads a five-line sales file with an extra column named col holding v[0..4]. */
static rr_rows *with_column(const char *col, const char *const v[5])
{
	char text[900];
	snprintf(text, sizeof text, "InvoiceNo,InvoiceDate,CustomerID,StockCode,Quantity,UnitPrice,%s\n"
		 "1001,2024-03-01,C1,P1,2,2.50,%s\n1001,2024-03-01,C1,P2,1,4.00,%s\n"
		 "1002,2024-03-02,C2,P1,1,2.50,%s\n1003,2024-03-03,C3,P3,3,1.20,%s\n"
		 "1004,2024-03-04,C1,P2,1,4.00,%s\n", col, v[0], v[1], v[2], v[3], v[4]);
	return tu_load_csv(text);
}

/* t82 F30: a Status of a customer's tier (Gold, VIP), an account's (Active, Suspended,
 * Closed) or a product's state (Discontinued, Clearance), and an Event of the marketing or
 * store event a sale was made in (Black Friday, Summer Sale, Store opening; Promotion beside
 * Sale): every row bought, the column unused with a note, no warning. An order's status
 * (Cancelled beside Completed) is read, its cancelled row skipped; Open and Closed alone are
 * an order's too; an event log's view and cart beside purchase, and Sale beside a Refund,
 * stay the event (Summer Sale there an event of another kind, skipped as before). */
static void test_other_meanings(void **state)
{
	(void)state;
	static const char *const other[][6] = {
		{"Status", "Gold", "Silver", "VIP", "Member", "Gold"},
		{"Status", "Active", "Inactive", "Suspended", "Closed", "Active"},
		{"Status", "Active", "Discontinued", "Clearance", "Active", "Clearance"},
		{"Event", "Black Friday", "Black Friday", "Summer Sale", "Store opening", ""},
		{"Event", "Sale", "Promotion", "Launch", "Sale", "Clearance"}};
	for (size_t k = 0; k < sizeof other / sizeof *other; k++) {
		rr_rows *r = with_column(other[k][0], other[k] + 1);
		char unused[40];
		snprintf(unused, sizeof unused, "not used: %s", other[k][0]);
		if (r->n != 5 || r->skipped || !strstr(r->reading, unused) ||
		    !strstr(r->reading, k < 3 ? "holds a customer's or a product's state"
					       : "holds the marketing or store event") ||
		    strstr(r->reading, "warning"))
			fail_msg("[%zu] %zu rows, %zu skipped: %s", k, r->n, (size_t)r->skipped,
				 r->reading);
		rows_free(r);
	}
	static const char *const orders[][6] = {
		{"Status", "Completed", "Completed", "Cancelled", "Gold", "Completed"},
		{"Status", "Open", "Closed", "Closed", "Open", "Closed"},
		{"Event", "view", "cart", "purchase", "purchase", "view"},
		{"Event", "Sale", "Summer Sale", "Refund", "Sale", "Sale"}};
	static const size_t kept[] = {4, 5, 2, 4};
	for (size_t k = 0; k < sizeof orders / sizeof *orders; k++) {
		rr_rows *r = with_column(orders[k][0], orders[k] + 1);
		char read[40];
		snprintf(read, sizeof read, "%s=%s", k < 2 ? "status" : "event", orders[k][0]);
		if (r->n != kept[k] || !strstr(r->reading, read) ||
		    strstr(r->reading, "a customer's or a product's state") ||
		    strstr(r->reading, "marketing or store event"))
			fail_msg("[orders %zu] %zu rows: %s", k, r->n, r->reading);
		rows_free(r);
	}
}

/* A Slovenian chain's lines, 2022-11 to 2023-02: SI rows in euro throughout, HR rows in kuna
 * (the euro price x 7.5345) before 2023-01-01 when kuna is set, else in euro too. */
static void si_hr_text(char *text, size_t size, int kuna)
{
	static const double price[] = {2.50, 4.00, 9.90, 1.20, 15.00};
	static const char *const day[] = {"2022-11-10", "2022-12-05", "2023-01-10", "2023-02-07"};
	size_t o = (size_t)snprintf(text, size, "Date,Receipt,Country,Customer,Item,Quantity,Price\n");
	int inv = 1;
	for (int d = 0; d < 4; d++)
		for (int c = 0; c < 2; c++, inv++)
			for (int k = 0; k < 5 && o < size; k++) {
				double p = price[k] * (kuna && c == 1 && d < 2 ? 7.5345 : 1);
				o += (size_t)snprintf(text + o, size - o, "%s,R%d,%s,K%d,A%d,1,%.2f\n",
						      day[d], inv, c ? "HR" : "SI", c * 10 + d % 2, k, p);
			}
}

/* t82 F4: the HR rows' prices fall by the kuna's rate on 2023-01-01, the SI rows' not: the
 * changeover is found in Croatia's rows and said so; --convert-currency HRK divides the HR
 * rows before the day alone (10 of them), the SI rows' euro left. The same file in euro
 * throughout says nothing. GR read as EL is said once, in the tax ids' note. */
static void test_changeover_per_country(void **state)
{
	(void)state;
	char text[4096];
	si_hr_text(text, sizeof text, 1);
	rr_rows *r = tu_load_csv(text);
	if (!strstr(r->reading, "warning: every item's price in the rows of 'HR' (Croatia) changes "
				"by one factor on 2023-01-01") ||
	    !strstr(r->reading, "the 10 rows before it are likely in HRK"))
		fail_msg("no changeover of HR's rows: %s", r->reading);
	rows_free(r);
	r = tu_load_opts(text, &(rr_ingest_opts){.convert_currency = "HRK"});
	double spend = 0;
	for (size_t i = 0; i < r->n; i++)
		spend += r->qty[i] * r->price[i];
	assert_true(fabs(spend - 8 * 32.60) < 0.05);   /* every receipt 32.60 euro */
	if (!strstr(r->reading, "prices: the 10 rows of 'HR' (Croatia) dated before 2023-01-01 "
				"read as HRK") ||
	    !strstr(r->reading, "the other countries' rows left as written"))
		fail_msg("not HR's rows alone: %s", r->reading);
	rows_free(r);
	si_hr_text(text, sizeof text, 0);
	r = tu_load_csv(text);
	assert_null(strstr(r->reading, "adopted the euro"));
	rows_free(r);
	r = tu_load_csv("Invoice,Date,CIF client,SKU,Qty\nF1,2024-01-04,GR123456789,A,1\n"
			"F2,2024-01-05,EL123456789,A,1\nF3,2024-01-06,GR 123 456 789,B,1\n"
			"F4,2024-01-07,DE987654321,B,1\n");
	const char *n = strstr(r->reading, "note: the customer column is the buyers' tax ids");
	if (!n || !strstr(n, "2 rows (the first on line 2) with GR, Greece's ISO code, read as its "
			     "VAT prefix EL") || strstr(strstr(n, "VAT prefix EL") + 1, "VAT prefix EL"))
		fail_msg("GR read as EL not said once: %s", r->reading);
	rows_free(r);
}

/* t82 F32: Taiwan's older exports and tills write the Minguo year in two digits (99/05/01 is
 * 2010-05-01, 89/05/01 2000-05-01): with the 民國 mark (a
 * blank after it or not) the warning names the calendar and the format that reads them, and
 * that format or --calendar roc reads them, two digits and three alike; an innocent
 * yy/mm/dd file of no mark gets no such guess. */
static void test_minguo_two_digits(void **state)
{
	(void)state;
	static const char *const forms[][2] = {
		{"\xE6\xB0\x91\xE5\x9C\x8B" "99/05/01", "\xE6\xB0\x91\xE5\x9C\x8B%K/%m/%d"},
		{"\xE6\xB0\x91\xE5\x9C\x8B 99/05/01", "\xE6\xB0\x91\xE5\x9C\x8B %K/%m/%d"},
		{"\xE6\xB0\x91\xE5\x9C\x8B" "99\xE5\xB9\xB4" "05\xE6\x9C\x88" "01\xE6\x97\xA5",
		 "\xE6\xB0\x91\xE5\x9C\x8B%K\xE5\xB9\xB4%m\xE6\x9C\x88%d\xE6\x97\xA5"}};
	for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
		char text[400], want[160], first[40];
		snprintf(first, sizeof first, "%s", forms[k][0]);
		char *at = strstr(first, "99");
		snprintf(text, sizeof text, "Date,Invoice,Customer,SKU,Qty,Price\n%s,1,C1,A,1,10\n"
			 "%.*s89%s,2,C2,B,2,5\n", forms[k][0], (int)(at - first), first,
			 forms[k][0] + (at - first) + 2);
		char *p = tu_write_temp_str(text);
		rr_rows *r = ingest_read(p, NULL, NULL);
		snprintf(want, sizeof want, "years of the Republic of China (\xE6\xB0\x91\xE5\x9C\x8B, as "
			 "Taiwan writes them: 113 is 2024), which relrec reads when told: load with "
			 "--date-format '%s'", forms[k][1]);
		if (r && !strstr(r->reading, want))
			fail_msg("[%s] no Minguo hint: %s", forms[k][0], r->reading);
		if (!r && !strstr(err_msg(), want))
			fail_msg("[%s] no Minguo hint: %s", forms[k][0], err_msg());
		rows_free(r);
		static const char *const cal[] = {NULL, "roc"};
		for (int c = 0; c < 2; c++) {
			r = ingest_read(p, &(rr_ingest_opts){.date_format = c ? NULL : forms[k][1],
							     .calendar = cal[c]}, NULL);
			if (!r || r->n != 2)
				fail_msg("[%s, %d] %s", forms[k][0], c, r ? r->reading : err_msg());
			/* 2010-05-01 and 2000-05-01, in minutes since 1970 */
			assert_int_equal(14730 * 1440, r->minute[0]);
			assert_int_equal(11078 * 1440, r->minute[1]);
			rows_free(r);
		}
		tu_remove(p);
	}
	/* a Gregorian yy/mm/dd of no mark: no Minguo guess */
	char *p = tu_write_temp_str("Date,Invoice,Customer,SKU,Qty,Price\n99/05/01,1,C1,A,1,10\n"
				    "89/12/31,2,C2,B,2,5\n");
	rr_rows *r = ingest_read(p, NULL, NULL);
	assert_null(strstr(r ? r->reading : err_msg(), "Republic of China"));
	rows_free(r);
	tu_remove(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_total_brand),
		cmocka_unit_test(test_delivery_note_beside_invoice),
		cmocka_unit_test(test_other_meanings),
		cmocka_unit_test(test_changeover_per_country),
		cmocka_unit_test(test_minguo_two_digits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
