/* test_ingest_t86_sales.c — which rows are sales and how numbers are read in ERP and billing
 * exports (tester t86): document types written as their system's codes (F4, F6). Every
 * fixture is hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

/* t86 F4: Dynamics GP's SOPTYPE, SAP Business One's ObjType and Retail Pro's receipt_type
 * write the document type as a code: the invoice's kept, the return's read as a return
 * (negative), a quote's and an order's skipped, and the events line says whose codes. */
static void test_doc_codes(void **state)
{
	(void)state;
	static const char *const files[][3] = {
		{"SOPTYPE,SOPNUMBE,CUSTNMBR,ITEMNMBR,QUANTITY,UNITPRCE,DOCDATE\n"
		 "3,INV1,C1,A,2,5.00,2023-01-02\n4,RTN1,C1,A,1,5.00,2023-01-05\n"
		 "1,QTE1,C2,B,3,7.00,2023-01-06\n2,ORD1,C2,B,3,7.00,2023-01-07\n"
		 "3,INV2,C2,B,1,7.00,2023-01-08\n", "Dynamics GP's document types, 3 an invoice",
		 "user=CUSTNMBR,item=ITEMNMBR,invoice=SOPNUMBE,qty=QUANTITY,price=UNITPRCE,"
		 "date=DOCDATE"},
		{"ObjType\tDocNum\tDocDate\tCardCode\tItemCode\tQuantity\tPrice\n"
		 "13\t1000\t20240102\tC1\tA\t2\t5\n14\t500\t20240105\tC1\tA\t1\t5\n"
		 "23\t1\t20240106\tC2\tB\t3\t7\n17\t2\t20240107\tC2\tB\t3\t7\n"
		 "13\t1001\t20240108\tC2\tB\t1\t7\n", "SAP Business One's document types", NULL},
		{"document_number,created_datetime,bt_cuid,alu,quantity,price,receipt_type\n"
		 "1,2024-01-02T10:00:00,C1,A,2,5,0\n2,2024-01-05T10:00:00,C1,A,1,5,1\n"
		 "3,2024-01-08T10:00:00,C2,B,1,7,0\n", "Retail Pro's document types, 0 a sale",
		 "user=bt_cuid,item=alu"}};
	for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
		rr_rows *r = tu_load_opts(files[k][0], &(rr_ingest_opts){.map = files[k][2]});
		assert_int_equal(3, r->n);
		assert_float_equal(2, r->qty[0], 1e-12);
		assert_float_equal(-1, r->qty[1], 1e-12);   /* the return, read as one */
		assert_float_equal(1, r->qty[2], 1e-12);
		if (!strstr(r->reading, files[k][1]))
			fail_msg("[%zu] codes not said: %s", k, r->reading);
		rows_free(r);
	}
}

/* t86 F6: GP SmartList's SOP Type writes the words; its Order, beside Invoice, Return and
 * Quote, is not yet billed (its invoice is the same lines again): skipped, as NetSuite's Sales
 * Order is. */
static void test_gp_order_word(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("SOP Type,SOP Number,Customer Number,Item Number,QTY,Unit Price,"
				 "Document Date\nOrder,ORD1,C1,A,2,5.00,1/2/2023\n"
				 "Invoice,INV1,C1,A,2,5.00,1/3/2023\nReturn,RTN1,C1,A,1,5.00,1/4/2023\n"
				 "Quote,QTE1,C2,B,3,7.00,1/5/2023\n");
	assert_int_equal(2, r->n);
	assert_int_equal(2, r->skipped);
	assert_float_equal(2, r->qty[0], 1e-12);
	assert_float_equal(-1, r->qty[1], 1e-12);
	rows_free(r);
}

/* Innocent look-alikes: a column of small integers under no system's name is no document
 * type (a Type of 3 and 4, a Store of 13 and 14: every row kept as written), and an Order in
 * an event column of another name stays a purchase, as an event log means it. */
static void test_doc_codes_lookalikes(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Type,Store,Invoice,Customer,SKU,Qty,Price,Date\n"
				 "3,13,1,C1,A,2,5.00,2023-01-02\n4,14,2,C1,A,1,5.00,2023-01-05\n"
				 "1,23,3,C2,B,3,7.00,2023-01-06\n");
	assert_int_equal(3, r->n);
	assert_int_equal(0, r->skipped);
	for (size_t i = 0; i < r->n; i++)
		assert_true(r->qty[i] > 0);
	assert_null(strstr(r->reading, "document types"));
	rows_free(r);
	r = tu_load_csv("Event,Invoice,Customer,SKU,Qty,Price,Date\n"
			"Order,1,C1,A,2,5.00,2023-01-02\nView,2,C1,B,1,5.00,2023-01-05\n");
	assert_int_equal(1, r->n);
	assert_float_equal(2, r->qty[0], 1e-12);
	rows_free(r);
}

/* n rows of customer C<k % 7>, the quantity below 0 on every row but each every-th (none when
 * every is 0), invoice numbers with C before them when cmark, a time of times[k % nt]. */
static char *rows_text(int n, int every, int cmark, const char *const *times, int nt)
{
	size_t size = 80 + (size_t)n * 80, o = 0;
	char *t = malloc(size);
	assert_non_null(t);
	o += (size_t)snprintf(t, size, "RECEIPTID,CUSTACCOUNT,ITEMID,QTY,PRICE,TRANSDATE,TRANSTIME\n");
	for (int k = 0; k < n && o < size; k++)
		o += (size_t)snprintf(t + o, size - o, "%s%d,C%d,I%d,%s2.00,9.50,2024-01-%02d,%s\n",
				      cmark ? "C" : "", 1000 + k, k % 7, k % 3,
				      every && k % every == 0 ? "" : "-", k % 28 + 1,
				      times ? times[k % nt] : "");
	return t;
}

/* rows_text's file loaded (its customer, CUSTACCOUNT, is no name relrec knows). */
static rr_rows *ax_load(const char *t)
{
	return tu_load_opts(t, &(rr_ingest_opts){.map = "user=CUSTACCOUNT"});
}

/* t86 F1: Dynamics AX's sales lines with no document type, a sale's QTY below 0 and a
 * return's above: warned of, with the awk that turns the sign; the rows are read as written. */
static void test_stock_side_sales(void **state)
{
	(void)state;
	static const char *const secs[] = {"36000"};
	char *t = rows_text(40, 20, 0, secs, 1);   /* 38 of 40 below 0 */
	rr_rows *r = ax_load(t);
	assert_int_equal(40, r->n);
	assert_float_equal(2, r->qty[0], 1e-12);
	assert_float_equal(-2, r->qty[1], 1e-12);
	if (!strstr(r->reading, "38 of the 40 rows of a customer have their quantity below 0") ||
	    !strstr(r->reading, "|awk -v S="))
		fail_msg("no stock-side warning: %s", r->reading);
	rows_free(r);
	free(t);
}

/* Innocent look-alikes: cancellations marked C + number (Online Retail's), a file of half its
 * rows below 0, and too few rows say nothing of a stock's side. */
static void test_stock_side_lookalikes(void **state)
{
	(void)state;
	static const char *const secs[] = {"36000"};
	const int forms[][3] = {{40, 20, 1}, {40, 2, 0}, {12, 0, 0}};
	for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
		char *t = rows_text(forms[k][0], forms[k][1], forms[k][2], secs, 1);
		rr_rows *r = ax_load(t);
		if (strstr(r->reading, "no column says which are sales"))
			fail_msg("[%zu] warned: %s", k, r->reading);
		rows_free(r);
		free(t);
	}
}

/* t86 F10: a time column of seconds after midnight (AX's TRANSTIME): 62160 is 17:16:00 and
 * 64440 17:54:00 (read as HHMMSS it was 06:21:60, rejected, and 06:44:40). */
static void test_time_seconds(void **state)
{
	(void)state;
	static const char *const secs[] = {"62160", "64440", "36000", "48660", "30000"};
	char *t = rows_text(30, 1, 0, secs, 5);   /* every quantity above 0 */
	rr_rows *r = ax_load(t);
	assert_int_equal(30, r->n);
	assert_int_equal(17 * 60 + 16, r->minute[0] % 1440);
	assert_int_equal(17 * 60 + 54, r->minute[1] % 1440);
	assert_int_equal(10 * 60, r->minute[2] % 1440);
	if (!strstr(r->reading, "read as seconds after midnight ('62160' is 17:16:00)"))
		fail_msg("not said: %s", r->reading);
	rows_free(r);
	free(t);
}

/* Innocent look-alikes: HHMMSS (93000 is 09:30:00) and HHMM (1631) stay clock times, one
 * stray among thirty (a tenth is the rule's least) too; times with colons are not numbers. */
static void test_time_seconds_lookalikes(void **state)
{
	(void)state;
	static const char *const hhmmss[] = {"93000", "181700", "120000", "235959", "80000"};
	static const char *const hhmm[] = {"1631", "945", "1200", "2359", "800", "1015", "1130",
					   "1245", "1330", "1415"};
	static const char *const colon[] = {"09:30", "18:17"};
	static const struct {
		const char *const *times;
		int nt, minute0;
	} forms[] = {{hhmmss, 5, 9 * 60 + 30}, {hhmm, 10, 16 * 60 + 31}, {colon, 2, 9 * 60 + 30}};
	for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
		char *t = rows_text(30, 1, 0, forms[k].times, forms[k].nt);
		rr_rows *r = ax_load(t);
		assert_int_equal(30, r->n);
		assert_int_equal(forms[k].minute0, r->minute[0] % 1440);
		assert_null(strstr(r->reading, "seconds after midnight"));
		rows_free(r);
		free(t);
	}
	/* one stray (2561: no HHMM) among thirty HHMM: rejected, not a column of seconds */
	static const char *const stray[] = {"2561", "945", "1200", "2359", "800", "1015", "1130",
					    "1245", "1330", "1415", "1631", "1700", "1730", "1800",
					    "1830"};
	char *t = rows_text(30, 1, 0, stray, 15);
	rr_rows *r = ax_load(t);
	assert_int_equal(28, r->n);
	assert_null(strstr(r->reading, "seconds after midnight"));
	rows_free(r);
	free(t);
}

/* t86 F13: a billing system's flat-fee line, its Quantity blank beside a price and an equal
 * line total (Chargebee's plan lines), is one unit, counted in a note; so with no line total.
 * A blank quantity beside a total of another value (2 x 19.00?) stays rejected, and so does
 * one with no price of its own (a total alone says no quantity). */
static void test_blank_qty_one(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Invoice Number,Invoice Date,Customer Id,SKU,Quantity,Unit Price,"
				 "Line Total\n1,2024-01-02,C1,plan,,19.00,19.00\n"
				 "2,2024-01-03,C1,addon,2,5.00,10.00\n3,2024-01-04,C2,plan,,19.00,38.00\n"
				 "4,2024-01-05,C2,plan,,0.00,0.00\n");
	assert_int_equal(3, r->n);
	assert_float_equal(1, r->qty[0], 1e-12);
	assert_float_equal(19, r->price[0], 1e-12);
	assert_float_equal(1, r->qty[2], 1e-12);   /* a trial at 0: the price rule's to drop */
	assert_int_equal(1, r->rejected[RR_REJ_NUMBER]);
	if (!strstr(r->reading, "note: 2 rows with no quantity (the first on line 2) read as 1"))
		fail_msg("no note: %s", r->reading);
	rows_free(r);
	r = tu_load_csv("Invoice Number,Invoice Date,Customer Id,SKU,Quantity,Unit Price\n"
			"1,2024-01-02,C1,plan,,19.00\n2,2024-01-03,C1,addon,2,5.00\n");
	assert_int_equal(2, r->n);
	assert_float_equal(1, r->qty[0], 1e-12);
	rows_free(r);
	r = tu_load_csv("Invoice Number,Invoice Date,Customer Id,SKU,Quantity,Line Total\n"
			"1,2024-01-02,C1,plan,,19.00\n2,2024-01-03,C1,addon,2,10.00\n");
	assert_int_equal(1, r->n);
	assert_int_equal(1, r->rejected[RR_REJ_NUMBER]);
	assert_null(strstr(r->reading, "read as 1"));
	rows_free(r);
}

/* t86 F3: a Salesforce Opportunity Products report's Stage: only Closed Won is a sale;
 * Closed Lost and the open stages are no purchase, said in the status line. */
static void test_deal_stage(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Account ID,Stage,Date,Product Code,Quantity,Sales Price\n"
				 "A1,Closed Won,2024-01-02,P1,1,5\nA2,Closed Lost,2024-01-03,P2,2,5\n"
				 "A3,Prospecting,2024-01-04,P1,1,5\nA4,Negotiation/Review,2024-01-05,P1,1,5\n"
				 "A5,Id. Decision Makers,2024-01-06,P1,1,5\n"
				 "A6,Proposal/Price Quote,2024-01-07,P1,1,5\nA7,Closed Won,2024-01-08,P2,3,5\n");
	assert_int_equal(2, r->n);
	assert_int_equal(5, r->skipped);
	if (!strstr(r->reading, "status=Stage") || !strstr(r->reading, "Closed Lost 1"))
		fail_msg("stage not read: %s", r->reading);
	rows_free(r);
}

/* Innocent look-alikes: a Stage of a production's or a pipeline's own words, or of numbers,
 * is no deal's stage: every row kept, and nothing said of statuses. */
static void test_deal_stage_lookalikes(void **state)
{
	(void)state;
	static const char *const values[][2] = {{"Design", "Build"}, {"3", "4"}};
	for (size_t k = 0; k < sizeof values / sizeof *values; k++) {
		char text[400];
		snprintf(text, sizeof text, "Account ID,Stage,Date,Product Code,Quantity,Sales Price\n"
			 "A1,%s,2024-01-02,P1,1,5\nA2,%s,2024-01-03,P2,2,5\n", values[k][0],
			 values[k][1]);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(2, r->n);
		assert_int_equal(0, r->skipped);
		if (strstr(r->reading, "status") || strstr(r->reading, "warning"))
			fail_msg("[%zu] read as a status: %s", k, r->reading);
		rows_free(r);
	}
}

/* t86 F3: a report's grand total in its first column ("Grand Totals (3 records)", no item, no
 * customer) is a total line, and the lines of one field below it its footer: no rows, no
 * wrong field counts. A one-field line with no total above it stays a rejected row, and a
 * first column's product name that starts with Total is no total. */
static void test_report_footer(void **state)
{
	(void)state;
	static const char *const head = "\"Account Name\",\"Account ID\",\"Date\",\"Product Code\","
					"\"Quantity\",\"Sales Price\"\r\n\"N1\",\"A1\",\"2024-01-02\",\"P1\","
					"\"1\",\"5\"\r\n\"N2\",\"A2\",\"2024-01-03\",\"P2\",\"2\",\"5\"\r\n";
	char text[800];
	snprintf(text, sizeof text, "%s\r\n\"Grand Totals (2 records)\",\"\",\"\",\"\",\"3\",\"\"\r\n"
		 "\r\n\"Opportunity Products\"\r\n\"Copyright (c) 2000-2024 salesforce.com, inc.\"\r\n"
		 "\"Confidential Information - Do Not Distribute\"\r\n", head);
	rr_rows *r = tu_load_csv(text);
	assert_int_equal(2, r->n);
	assert_int_equal(1, r->rejected[RR_REJ_TOTAL]);
	assert_int_equal(0, r->rejected[RR_REJ_FIELDS]);
	if (!strstr(r->reading, "note: 3 lines of one field below the report's total line"))
		fail_msg("no footer note: %s", r->reading);
	rows_free(r);
	snprintf(text, sizeof text, "%s\"Opportunity Products\"\r\n"
		 "\"Total Wipeout\",\"A3\",\"2024-01-04\",\"P3\",\"1\",\"5\"\r\n", head);
	r = tu_load_csv(text);
	assert_int_equal(3, r->n);
	assert_int_equal(1, r->rejected[RR_REJ_FIELDS]);
	assert_null(strstr(r->reading, "footer"));
	rows_free(r);
}

/* t88 F4: goods sold by weight with the quantity blank, their price per kg or lb (a unit
 * column's kg, 32.00/kg, 8.99 per lb): the weight is the line total over the price (8.72 at
 * 24.90/kg: 0.3502 kg), never 1 kg; with no line total they are rejected and warned of. A
 * unit's line (Stk) and a flat fee's are one, as before. */
static void test_blank_qty_weighed(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Invoice Number,Invoice Date,Customer Id,SKU,Quantity,Unit,"
				 "Unit Price,Line Total\n1,2024-01-02,C1,Emmentaler,,kg,24.90,8.72\n"
				 "2,2024-01-03,C1,Baguette,2,Stk,2.20,4.40\n"
				 "3,2024-01-04,C2,Salami,,,32.00/kg,4.00\n"
				 "4,2024-01-05,C2,Ham,,,8.99 per lb,4.50\n"
				 "5,2024-01-06,C3,Gift box,,Stk,19.00,19.00\n");
	assert_int_equal(5, r->n);
	assert_float_equal(8.72 / 24.90, r->qty[0], 1e-9);
	assert_float_equal(24.90, r->price[0], 1e-9);
	assert_float_equal(2, r->qty[1], 1e-12);
	assert_float_equal(0.125, r->qty[2], 1e-9);   /* 4.00 over 32.00 a kg */
	assert_float_equal(32, r->price[2], 1e-9);
	assert_float_equal(4.50 / 8.99, r->qty[3], 1e-9);
	assert_float_equal(1, r->qty[4], 1e-12);      /* a unit's line of one, its total equal */
	if (!strstr(r->reading, "note: 3 rows of goods sold by weight with no quantity (the first "
				"on line 2): the weight read as the line total over the price"))
		fail_msg("no note: %s", r->reading);
	rows_free(r);
	r = tu_load_csv("Invoice Number,Invoice Date,Customer Id,SKU,Quantity,Unit,Unit Price\n"
			"1,2024-01-02,C1,Emmentaler,,kg,24.90\n2,2024-01-03,C1,Baguette,2,Stk,2.20\n"
			"3,2024-01-04,C2,plan,,,19.00\n");
	assert_int_equal(2, r->n);   /* the baguettes and the flat fee */
	assert_float_equal(1, r->qty[1], 1e-12);
	assert_int_equal(1, r->rejected[RR_REJ_NUMBER]);
	if (!strstr(r->reading, "1 row of goods sold by weight (priced per kg) with no quantity "
				"and no line total (the first on line 2) rejected"))
		fail_msg("no warning: %s", r->reading);
	rows_free(r);
	/* a deli's price the 100 g, said by the name alone, beside a line total of another value:
	 * 6.23 at 2.49 the 100 g is 2.502 of them; a packet so named (Coffee Beans 250g) at its
	 * total, or with none, is one */
	r = tu_load_csv("Invoice Number,Invoice Date,Customer Id,SKU,Quantity,Unit Price,"
			"Line Total\n1,2024-01-02,C1,Emmentaler 100g,,2.49,6.23\n"
			"2,2024-01-03,C1,Oliven 100 g,,1.80,4.50\n"
			"3,2024-01-04,C2,Coffee Beans 250g,,9.00,9.00\n4,2024-01-05,C2,Tea,,3.00,\n");
	assert_int_equal(4, r->n);
	assert_float_equal(6.23 / 2.49, r->qty[0], 1e-9);
	assert_float_equal(2.5, r->qty[1], 1e-9);
	assert_float_equal(1, r->qty[2], 1e-12);
	assert_float_equal(1, r->qty[3], 1e-12);
	rows_free(r);
}

/* t88 F6: a repair shop's Line Type beyond the tables' words: Tire a line of goods; Core (a
 * part's refundable deposit) and Miscellaneous lines of none, their codes among np_kinds; a
 * Comment of no quantity and price skipped, no purchase; Other, no word of the tables, kept
 * as goods and named in a warning with its rows. Twelve Part lines keep the column a line
 * type's (its unknown values below a tenth). */
static void test_line_type_values(void **state)
{
	(void)state;
	char csv[4096];
	size_t at = (size_t)snprintf(csv, sizeof csv, "Invoice Number,Invoice Date,Customer Id,"
				     "Line Type,SKU,Quantity,Unit Price\n");
	for (int k = 0; k < 12; k++)
		at += (size_t)snprintf(csv + at, sizeof csv - at, "%d,2024-01-%02d,C%d,Part,BP-%d,2,"
				       "64.95\n", 100 + k, 2 + k, k % 3, k % 4);
	snprintf(csv + at, sizeof csv - at, "100,2024-01-02,C0,Core,CORE-BP-0,2,15.00\n"
		 "100,2024-01-02,C0,Comment,,,\n101,2024-01-03,C1,Tire,TR-1,4,129.00\n"
		 "101,2024-01-03,C1,Other,KEY,1,6.50\n101,2024-01-03,C1,Miscellaneous,TOW,1,35.00\n");
	rr_rows *r = tu_load_csv(csv);
	assert_int_equal(16, r->n);   /* all but the comment; the nonproduct rule drops two */
	assert_int_equal(1, r->skipped);
	assert_int_equal(0, r->rejected[RR_REJ_SUMMARY]);
	assert_non_null(r->np_kinds);
	assert_int_equal(2, strtab_count(r->np_kinds));
	assert_true(strtab_find(r->np_kinds, "CORE-BP-0", 9) != RR_NONE);
	assert_true(strtab_find(r->np_kinds, "TOW", 3) != RR_NONE);
	assert_true(strtab_find(r->np_kinds, "TR-1", 4) == RR_NONE);
	if (!strstr(r->reading, "warning: 'Line Type' holds line types relrec does not know "
				"('Other' 1 rows): read as lines of goods and kept"))
		fail_msg("no warning: %s", r->reading);
	if (!strstr(r->reading, "1 line of 'Line Type' Comment (the first on line 15)"))
		fail_msg("no note: %s", r->reading);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doc_codes),
		cmocka_unit_test(test_gp_order_word),
		cmocka_unit_test(test_doc_codes_lookalikes),
		cmocka_unit_test(test_stock_side_sales),
		cmocka_unit_test(test_stock_side_lookalikes),
		cmocka_unit_test(test_time_seconds),
		cmocka_unit_test(test_time_seconds_lookalikes),
		cmocka_unit_test(test_blank_qty_one),
		cmocka_unit_test(test_blank_qty_weighed),
		cmocka_unit_test(test_line_type_values),
		cmocka_unit_test(test_deal_stage),
		cmocka_unit_test(test_deal_stage_lookalikes),
		cmocka_unit_test(test_report_footer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
