/* test_ingest_sales.c — who bought and which rows are one sale (t72): a quantity written as
 * whole cases and loose units (F1), a customer written on a receipt's first line only and a
 * receipt number that restarts (F3, F5), an item rung and voided on one receipt (F4),
 * placeholder customers (F6, F7), two shops' numberings joined (F10, F11), a midnight date
 * beside its time (F12) and a refund of part of a price (F13). Each fixture is small and its
 * figures are computed by hand in the comment above it. */
#include "testutil.h"

#include <math.h>
#include <stdlib.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

static rr_rows *load_map(const char *text, const char *map)
{
	char *p = tu_write_temp_str(text);
	rr_ingest_opts o = {.map = map};
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	return r;
}

static double spend_of(const rr_rows *r, double *qty)
{
	double spend = 0;
	*qty = 0;
	for (size_t i = 0; i < r->n; i++) {
		spend += r->qty[i] * r->price[i];
		*qty += r->qty[i];
	}
	return spend;
}

/* t72 F1: Cases, loose Units and Pack Size. By hand: 10 x 6 + 0 = 60 units at 2.00 (120),
 * 1 x 12 + 4 = 16 at 1.00 (16), 0 x 6 + 5 = 5 at 2.00 (10), no cases + 3 = 3 at 1.00 (3):
 * 84 units, 149.00, every row a purchase (the loose units were read times the size, and the
 * first row, of no loose unit, dropped as a zero quantity). */
static void test_cases_and_units(void **state)
{
	(void)state;
	rr_rows *r = load_map("Invoice No,Invoice Date,Account,Product Code,Pack Size,Cases,Units,"
			      "Unit Price\n"
			      "1,02/01/2024,A1,P1,6,10,0,2.00\n1,02/01/2024,A1,P2,12,1,4,1.00\n"
			      "2,03/01/2024,A2,P1,6,0,5,2.00\n2,03/01/2024,A2,P2,12,,3,1.00\n",
			      "user=Account");
	double qty, spend = spend_of(r, &qty);
	assert_int_equal(4, r->n);
	assert_true(fabs(qty - 84) < 1e-9);
	assert_true(fabs(spend - 149) < 1e-9);
	assert_true(fabs(r->qty[0] - 60) < 1e-9);
	assert_non_null(strstr(r->reading, "each quantity is 'Cases' x 'Pack Size' + 'Units'"));
	assert_non_null(strstr(r->reading, "2 rows held cases"));
	rows_free(r);
	/* a Quantity beside Cases may count every unit already: no cases added, the size's
	 * conversion as before (2 packs of 6 at 12.00 are 12 units at 2.00) */
	r = load_map("Invoice No,Invoice Date,Account,Product Code,Pack Size,Cases,Quantity,"
		     "Unit Price\n1,02/01/2024,A1,P1,6,5,2,12.00\n1,02/01/2024,A1,P2,6,1,1,6.00\n",
		     "user=Account");
	spend = spend_of(r, &qty);
	assert_true(fabs(qty - 18) < 1e-9);
	assert_true(fabs(spend - 30) < 1e-9);
	assert_null(strstr(r->reading, "'Cases' x"));
	rows_free(r);
	/* t73 F7: Units the line's total, its cases in it (2 x 12 + 5 = 29; 1 x 6 = 6): loose
	 * units never reach a case, so read as written, 35 units at 2.00 (70.00); the row of
	 * 4 loose units beside 1 case of 12 is 16 as before: 51 units, 102.00 */
	r = load_map("Invoice No,Invoice Date,Account,Product Code,Pack Size,Cases,Units,"
		     "Unit Price\n1,02/01/2024,A1,P1,12,2,29,2.00\n1,02/01/2024,A1,P2,6,1,6,2.00\n"
		     "2,03/01/2024,A2,P1,12,1,4,2.00\n", "user=Account");
	spend = spend_of(r, &qty);
	assert_true(fabs(qty - 51) < 1e-9);
	assert_true(fabs(spend - 102) < 1e-9);
	assert_true(fabs(r->qty[0] - 29) < 1e-9);
	assert_non_null(strstr(r->reading, "1 row held cases"));
	assert_non_null(strstr(r->reading, "note: on 2 rows 'Units' holds as many units as "
				     "'Cases' x 'Pack Size' or more"));
	rows_free(r);
}

/* t72 F5: a till journal writes the date and the customer on a receipt's first line only; a
 * walk-in's first line has its date and no customer. By hand: K1's receipt of 09:24 (A1 x 2
 * at 1, A2 at 2, A3 at 3: 7.00), K2's of 10:38 (A2 x 3 at 2, A3 x 2 at 3: 12.00) and K1's of
 * the 2nd (A1 at 1, A2 at 2: 3.00): 7 rows, 11 units, 22.00, 3 invoices; the walk-ins' four
 * lines none. The customer was left on the first lines alone: 3 rows, 3 items. */
static void test_customer_first_line_only(void **state)
{
	(void)state;
	rr_rows *r = load_map("Datum;Kunde;Artikel;Menge;Preis\n"
			      "01.03.2024 08:38;;A1;1;1,00\n;;A2;1;2,00\n"
			      "01.03.2024 09:24;K1;A1;2;1,00\n;;A2;1;2,00\n;;A3;1;3,00\n"
			      "01.03.2024 09:52;;A3;1;3,00\n;;A1;1;1,00\n"
			      "01.03.2024 10:38;K2;A2;3;2,00\n;;A3;2;3,00\n"
			      "02.03.2024 11:00;K1;A1;1;1,00\n;;A2;1;2,00\n", NULL);
	double qty, spend = spend_of(r, &qty);
	assert_int_equal(11, r->n);   /* the walk-ins' are dropped by cleaning, not here */
	size_t named = 0;
	for (size_t i = 0; i < r->n; i++)
		named += r->cust[i] != RR_NONE;
	assert_int_equal(7, named);
	qty = spend = 0;
	for (size_t i = 0; i < r->n; i++)
		if (r->cust[i] != RR_NONE) {
			qty += r->qty[i];
			spend += r->qty[i] * r->price[i];
		}
	assert_true(fabs(qty - 11) < 1e-9);
	assert_true(fabs(spend - 22) < 1e-9);
	assert_non_null(strstr(r->reading, "the customer is written with the date only"));
	assert_non_null(strstr(r->reading, "took its customer (4 lines)"));
	rows_free(r);
}

/* t72 F3: receipt numbers that restart. Receipt 1 of 1 July is C1's; receipt 1 of 1 January
 * (another day) is a walk-in's; receipt 2's second line, of its time, is C2's (an order's
 * customer on its first line), its third, of another time on that day (another register),
 * a walk-in's. By hand: C1 2 rows, C2 2 rows, 6.00; 2 lines refused the customer above. */
static void test_restarted_receipt_no_fill(void **state)
{
	(void)state;
	rr_rows *r = load_map("Invoice No,Date,Time,Customer Code,SKU,Quantity,Price\n"
			      "1,13/07/2023,12:44 PM,C1,A,1,1.00\n1,13/07/2023,12:44 PM,C1,B,1,2.00\n"
			      "1,14/01/2024,1:27 PM,,A,1,1.00\n1,14/01/2024,1:27 PM,,B,1,2.00\n"
			      "2,14/01/2024,2:00 PM,C2,A,1,1.00\n2,14/01/2024,2:00 PM,,B,1,2.00\n"
			      "2,14/01/2024,3:00 PM,,C,1,3.00\n", NULL);
	double spend = 0;
	size_t named = 0;
	for (size_t i = 0; i < r->n; i++)
		if (r->cust[i] != RR_NONE) {
			named++;
			spend += r->qty[i] * r->price[i];
		}
	assert_int_equal(4, named);
	assert_true(fabs(spend - 6) < 1e-9);
	/* the rows lost, each: lines 4 and 5 (the walk-in's of 1 January) and 8 */
	assert_non_null(strstr(r->reading, "3 rows (the first on line 4) of the invoice number on "
				     "a line above but of another day or time took no customer"));
	rows_free(r);
}

static size_t named_rows(const rr_rows *r)
{
	size_t named = 0;
	for (size_t i = 0; i < r->n; i++)
		named += r->cust[i] != RR_NONE;
	return named;
}

/* t72 F6: e-mails a till's staff type for a walk-in. By hand: of 6 rows, jan's and piet's
 * are customers', the other 4 of no one: noemail@ 2 rows, geen@ 1, none@ 1 (each an e-mail
 * of no one by its name); --keep-id of the first keeps its 2 rows. */
static void test_placeholder_emails(void **state)
{
	(void)state;
	static const char text[] =
		"Number;Date;Customer email;SKU;Quantity;Price\n"
		"1;01-03-2024 10:51;noemail@noemail.com;A1;1;1,00\n"
		"2;01-03-2024 11:00;jan@gmail.com;A1;1;1,00\n"
		"3;01-03-2024 11:10;geen@email.nl;A2;1;2,00\n"
		"4;01-03-2024 11:20;none@none.com;A2;1;2,00\n"
		"5;01-03-2024 11:30;NoEmail@noemail.com;A3;1;3,00\n"
		"6;01-03-2024 11:40;piet@kpn.nl;A3;1;3,00\n";
	rr_rows *r = load_map(text, NULL);
	assert_int_equal(6, r->n);
	assert_int_equal(2, named_rows(r));
	assert_non_null(strstr(r->reading, "customers: 4 rows whose id is a placeholder's form"));
	assert_non_null(strstr(r->reading, "'noemail@noemail.com' 2, 'geen@email.nl' 1, "
				     "'none@none.com' 1 (an e-mail of no one (its name says none) 4)"));
	assert_non_null(strstr(r->reading, "--keep-id 'noemail@noemail.com,geen@email.nl,"
				     "none@none.com' reads them"));
	rows_free(r);
	char *p = tu_write_temp_str(text);
	rr_ingest_opts o = {.keep_ids = "noemail@noemail.com"};
	r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_int_equal(4, named_rows(r));
	assert_non_null(strstr(r->reading, "customers: 2 rows whose id is a placeholder's form"));
	rows_free(r);
}

/* t72 F6 and F7: a till's cash customer 999999, and a pivot's blank label in English and
 * German: no customer; 22222222 and 1000 are customers. By hand: 2 of 6 rows named. */
static void test_placeholder_numbers_and_pivot_blank(void **state)
{
	(void)state;
	rr_rows *r = load_map("Invoice,Date,Customer,Item,Quantity\n"
			      "1,2024-05-01,999999,I1,1\n2,2024-05-01,(blank),I1,1\n"
			      "3,2024-05-02,(Leer),I2,1\n4,2024-05-02,22222222,I2,1\n"
			      "5,2024-05-03,9999,I3,1\n6,2024-05-03,1000,I3,1\n", NULL);
	assert_int_equal(2, named_rows(r));
	assert_string_equal("22222222", strtab_get(r->customers, r->cust[3]));
	assert_string_equal("1000", strtab_get(r->customers, r->cust[5]));
	assert_non_null(strstr(r->reading, "'999999' 1, '9999' 1 (nines alone 2)"));
	assert_non_null(strstr(r->reading, "2 rows whose id names nobody ('(blank)'"));
	rows_free(r);
}

/* t72 F12: a date cell written at midnight beside a Time column: the time is the column's.
 * By hand: M1's rows of 08:36 and 14:15 are 339 minutes apart (two visits, two invoices);
 * a date with a time of its own (10:00) keeps it. */
static void test_midnight_date_takes_time(void **state)
{
	(void)state;
	rr_rows *r = load_map("Date,Time,Member,Item,Qty,Price\n"
			      "2024-03-01 00:00:00,08:36,M1,B1,1,1.00\n"
			      "2024-03-01 00:00:00,08:36,M1,B2,1,1.00\n"
			      "2024-03-01 00:00:00,14:15,M1,B1,1,1.00\n"
			      "2024-03-02T00:00:00.000,09:00,M2,B1,1,1.00\n"
			      "2024-03-02 10:00:00,14:15,M2,B2,1,1.00\n", "user=Member");
	assert_int_equal(5, r->n);
	assert_int_equal(0, r->minute[1] - r->minute[0]);
	assert_int_equal(14 * 60 + 15 - (8 * 60 + 36), r->minute[2] - r->minute[0]);
	assert_int_equal(24 * 60 + 9 * 60 - 8 * 60 - 36, r->minute[3] - r->minute[0]);
	assert_int_equal(60, r->minute[4] - r->minute[3]);   /* 10:00, its own */
	assert_non_null(strstr(r->reading, "note: 4 rows' 'Date' at midnight"));
	rows_free(r);
}

/* The case and loose-unit column names are the manual's (DATA FORMAT lists them). */
static void test_case_names_documented(void **state)
{
	(void)state;
	const char *man = tu_read_man();
	assert_non_null(man);
	man = strstr(man, "an unused column of whole cases");
	assert_non_null(man);
	char para[1200];
	snprintf(para, sizeof para, "%s", man);
	man = para;
	for (const char *const *w = ingest_case_columns; *w; w++)
		if (!strstr(man, *w))
			fail_msg("man/relrec.1 does not list the cases column '%s'", *w);
	for (const char *const *w = ingest_loose_columns; *w; w++)
		if (!strstr(man, *w))
			fail_msg("man/relrec.1 does not list the loose units column '%s'", *w);
}

/* t73 F5, F4: receipt numbers that restart, a time on each scanned line. By hand: U1's
 * receipt 1 of 10:11:45 and 10:12:05 (across a minute) is one; U2's receipt 1 is one; U1's
 * receipt 1 again at 10:45 (33 minutes on) another; U3's receipt 2 of 23:59:40 and 00:00:10
 * (across midnight) one; U1's receipt 2 of the 2nd one: 5 invoices of 8 lines. A Store column
 * that holds each line's product page changes within every receipt of two lines: no store,
 * the same 5 invoices, said. */
static void test_restarted_receipt_times(void **state)
{
	(void)state;
	static const char *const store[2] = {"", ",Store"};
	for (int k = 0; k < 2; k++) {
		char text[1024];
		snprintf(text, sizeof text, "Receipt,Date,Time,Customer,Item,Qty,Price%s\n"
			 "1,2024-06-01,10:11:45,U1,A,1,1.00%s\n1,2024-06-01,10:12:05,U1,B,1,1.00%s\n"
			 "1,2024-06-01,10:30:00,U2,A,1,1.00%s\n1,2024-06-01,10:30:20,U2,C,1,1.00%s\n"
			 "1,2024-06-01,10:45:00,U1,C,1,1.00%s\n"
			 "2,2024-06-01,23:59:40,U3,A,1,1.00%s\n2,2024-06-02,00:00:10,U3,B,1,1.00%s\n"
			 "2,2024-06-02,09:00:00,U1,A,1,1.00%s\n", store[k],
			 k ? ",https://shop.example.com/p/1" : "", k ? ",https://shop.example.com/p/2" : "",
			 k ? ",https://shop.example.com/p/1" : "", k ? ",https://shop.example.com/p/3" : "",
			 k ? ",https://shop.example.com/p/3" : "", k ? ",https://shop.example.com/p/1" : "",
			 k ? ",https://shop.example.com/p/2" : "", k ? ",https://shop.example.com/p/1" : "");
		rr_rows *r = load_map(text, NULL);
		assert_int_equal(8, r->n);
		assert_int_equal(5, strtab_count(r->invoices));
		assert_int_equal(r->invoice[0], r->invoice[1]);
		assert_int_equal(r->invoice[2], r->invoice[3]);
		assert_true(r->invoice[0] != r->invoice[4]);
		assert_int_equal(r->invoice[5], r->invoice[6]);
		assert_string_equal("2 2024-06-01 23:59 U3", strtab_get(r->invoices, r->invoice[6]));
		assert_non_null(strstr(r->reading, "at one time (the time column's: a pause of "
					     "more than 10 minutes with another customer's line of "
					     "the number in it, or of 180 minutes or more, starts "
					     "another; 1 receipt cut so) are read as one invoice (5 "
					     "invoices of purchases)"));
		if (k)
			assert_non_null(strstr(r->reading, "; 'Store' is no store or till: it changes "
						     "within 3 of the 3 receipts of two lines or more"));
		rows_free(r);
	}
}

/* Are rows r's customers want[0..n) (NULL: none)? */
static void assert_customers(const rr_rows *r, const char *const *want, size_t n)
{
	assert_int_equal(n, r->n);
	for (size_t i = 0; i < n; i++) {
		const char *got = r->cust[i] == RR_NONE ? NULL : strtab_get(r->customers, r->cust[i]);
		if (!want[i] != !got || (got && strcmp(got, want[i]) != 0))
			fail_msg("row %zu: customer %s, want %s", i, got ? got : "none",
				 want[i] ? want[i] : "none");
	}
}

/* t73 F8: the customer on a receipt's first line only, two tills' receipts written line by
 * line between each other, and a walk-in's receipt 102 among them. By hand: receipt 100 is
 * M0's (rows 0, 2, 5), 101 M1's (rows 1, 3), 102 nobody's (rows 4, 6): 5 named rows. */
static void test_customer_first_line_interleaved(void **state)
{
	(void)state;
	rr_rows *r = load_map("Receipt No,Date,Customer,Item,Qty,Price\n"
			      "100,2024-04-01 09:00,M0,A,1,2.00\n101,2024-04-01 09:01,M1,B,1,2.00\n"
			      "100,2024-04-01 09:00,,C,1,2.00\n101,2024-04-01 09:01,,D,1,2.00\n"
			      "102,2024-04-01 09:05,,A,1,2.00\n100,2024-04-01 09:00,,E,1,2.00\n"
			      "102,2024-04-01 09:05,,B,1,2.00\n", NULL);
	static const char *const want[7] = {"M0", "M1", "M0", "M1", NULL, "M0", NULL};
	assert_customers(r, want, 7);
	rows_free(r);
}

/* t76 F6: six tills' receipts written line by line between each other, the customer on each
 * receipt's first line only: every line is its receipt's customer's (the last 4 receipts
 * alone were looked at: 101 and 102's second lines went to no one). By hand: rows 0-5 name
 * C1-C6, rows 6-11 and 12-17 are receipts 101-106's again: 18 named rows. */
static void test_customer_first_line_six_tills(void **state)
{
	(void)state;
	char text[2048] = "Receipt No,Date,Customer,Item,Qty,Price\n";
	static const char *const want[18] = {"C1", "C2", "C3", "C4", "C5", "C6",
					     "C1", "C2", "C3", "C4", "C5", "C6",
					     "C1", "C2", "C3", "C4", "C5", "C6"};
	for (int i = 0; i < 18; i++) {
		size_t at = strlen(text);
		snprintf(text + at, sizeof text - at, "%d,2024-04-01 09:00,%s,I%d,1,2.00\n",
			 101 + i % 6, i < 6 ? want[i] : "", i);
	}
	rr_rows *r = load_map(text, NULL);
	assert_customers(r, want, 18);
	assert_non_null(strstr(r->reading, "note: 12 rows (the first on line 8) with no customer"));
	rows_free(r);
}

/* Receipts 1..n written round by round, line by line between each other, the customer on
 * each receipt's first line only (C<receipt>), receipt numbers from nums when given, the
 * rounds after the first on day later when given; the caller frees the text. */
static char *rounds_text(int n, int rounds, const int *nums, const char *later)
{
	size_t size = 64 + (size_t)(n * rounds) * 48, at = 0;
	char *t = malloc(size);
	assert_non_null(t);
	at += (size_t)snprintf(t, size, "Receipt No,Date,Customer,Item,Qty,Price\n");
	for (int k = 0; k < rounds; k++)
		for (int i = 0; i < n; i++) {
			int no = nums ? nums[i] : i + 1;
			at += (size_t)snprintf(t + at, size - at, "%d,%s 09:00,%s%.0d,I%d,1,2.00\n", no,
					       k && later ? later : "2024-04-01", k ? "" : "C", k ? 0 : no, k);
		}
	return t;
}

/* An order stays open for 64 lines that named orders (FILL_AGE): two rounds of 65 receipts
 * written between each other give every second-round line its receipt's customer (its
 * receipt named 64 lines above); of 66, none, as another sale of a number used again, and a
 * warning says so, naming the 64. By hand: 66 + 66 rows, rows 66..131 no customer's, the
 * first of them on line 68 (the header, then 66 lines). */
static void test_fill_past_age_said(void **state)
{
	(void)state;
	for (int n = 65; n <= 66; n++) {
		char *t = rounds_text(n, 2, NULL, NULL);
		rr_rows *r = load_map(t, NULL);
		free(t);
		const char *want[132];
		char names[66][16];
		for (int i = 0; i < 2 * n; i++) {
			snprintf(names[i % n], sizeof names[0], "C%d", i % n + 1);
			want[i] = i < n || n == 65 ? names[i % n] : NULL;
		}
		assert_customers(r, want, (size_t)(2 * n));
		const char *w = strstr(r->reading, "warning: 66 rows with no customer (the first on "
					"line 68) carry the invoice number of an order that named "
					"its customer more than 64 lines of orders above");
		assert_true(n == 65 ? !strstr(r->reading, "more than 64 lines") : w != NULL);
		rows_free(r);
	}
	/* the second round a day later: receipt numbers used again, walk-ins' sales, unwarned */
	char *t = rounds_text(66, 2, NULL, "2024-04-02");
	rr_rows *r = load_map(t, NULL);
	free(t);
	assert_int_equal(132, r->n);
	assert_int_equal(RR_NONE, r->cust[66]);
	assert_null(strstr(r->reading, "more than 64 lines"));
	rows_free(r);
}

/* fill_find's hash (FNV-1a over the two empty till ids, then the number) for receipt no:
 * its bucket (low bits) and pushed-out slot (high half), to pick numbers that share one. */
static uint64_t fill_key(int no)
{
	char s[16];
	int n = snprintf(s, sizeof s, "%d", no);
	uint64_t h = 14695981039346656037u;
	for (int k = 0; k < 2; k++)
		h = (h ^ 0x100u) * 1099511628211u;
	for (int k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 1099511628211u;
	return h;
}

/* Nine open receipts in one bucket of the open orders' table (8 slots a bucket): each line of
 * the second round finds its receipt pushed out by the others, takes no customer, and a
 * warning says so, naming the 256 and the 8; eight fit, every line its customer. By hand: 9
 * + 9 rows, rows 9..17 no customer's, the first on line 11 (the header, then 9 lines). */
static void test_fill_pushed_out_said(void **state)
{
	(void)state;
	int nums[9], n = 0;
	uint64_t first = fill_key(1000);
	for (int no = 1000; n < 9 && no < 1000000; no++) {
		uint64_t h = fill_key(no);
		int clash = h % 32 != first % 32;
		for (int i = 0; i < n; i++)
			clash |= (fill_key(nums[i]) >> 32) % 1024 == (h >> 32) % 1024;
		if (!clash)
			nums[n++] = no;
	}
	assert_int_equal(9, n);
	for (int k = 8; k <= 9; k++) {
		char *t = rounds_text(k, 2, nums, NULL);
		rr_rows *r = load_map(t, NULL);
		free(t);
		const char *want[18];
		char names[9][16];
		for (int i = 0; i < 2 * k; i++) {
			snprintf(names[i % k], sizeof names[0], "C%d", nums[i % k]);
			want[i] = i < k || k == 8 ? names[i % k] : NULL;
		}
		assert_customers(r, want, (size_t)(2 * k));
		const char *w = strstr(r->reading, "warning: 9 rows with no customer (the first on "
					"line 11) are lines of an order pushed out of the 256 open "
					"orders relrec holds (8 of them to a hash bucket)");
		assert_true(k == 8 ? !strstr(r->reading, "pushed out") : w != NULL);
		rows_free(r);
	}
	/* the second round a day later: another day's sales under the numbers, unwarned */
	char *t = rounds_text(9, 2, nums, "2024-04-02");
	rr_rows *r = load_map(t, NULL);
	free(t);
	assert_int_equal(18, r->n);
	assert_int_equal(RR_NONE, r->cust[9]);
	assert_null(strstr(r->reading, "pushed out"));
	rows_free(r);
}

/* A blank customer takes its order's from the line above only when the table of open
 * orders holds it: a number or a customer of 256 bytes or more (FILL_CAP) is not held, and a
 * note says so. By hand: receipt 101's customer is 300 bytes, so row 1 takes none; 102's
 * row 3 takes M2; the 300-byte receipt's row 5 takes none: 2 rows, the first on line 3. */
static void test_fill_long_values_said(void **state)
{
	(void)state;
	char text[2048], cust[301], inv[301];
	memset(cust, 'C', 300);
	memset(inv, '9', 300);
	cust[300] = inv[300] = '\0';
	snprintf(text, sizeof text, "Receipt No,Date,Customer,Item,Qty,Price\n"
		 "101,2024-04-01 09:00,%s,A,1,2.00\n101,2024-04-01 09:00,,B,1,2.00\n"
		 "102,2024-04-01 09:00,M2,A,1,2.00\n102,2024-04-01 09:00,,C,1,2.00\n"
		 "%s,2024-04-01 10:00,M3,A,1,2.00\n%s,2024-04-01 10:00,,D,1,2.00\n", cust, inv, inv);
	rr_rows *r = load_map(text, NULL);
	const char *want[6] = {cust, NULL, "M2", "M2", "M3", NULL};
	assert_customers(r, want, 6);
	assert_non_null(strstr(r->reading, "note: 2 rows with a blank customer, date, time or "
				"country (the first on line 3) took nothing from the line above "
				"of their invoice: its number or that value is 256 bytes or longer"));
	rows_free(r);
}

/* t76 F2: two tills numbering their receipts in step; a member's receipt names its customer
 * on every line, a walk-in's on none. By hand: till 1's receipt 1 is M1's (rows 0, 3), till
 * 2's receipt 1 (rows 1, 2) and receipt 2 (rows 5, 6) walk-ins', till 1's receipt 2 M2's (row
 * 4): 3 named rows. Without the Till column the first walk-in's lines take M1 (nothing yet
 * says the file names every line), till 1's row 3 writes M1 again below them, and the blank
 * lines after take nothing, said: 5 named rows, 2 refused. */
static void test_fill_tills_apart(void **state)
{
	(void)state;
	static const char *const lines[7] = {
		"T1,1,2024-06-03 09:00:00,M1,A,1,1.00", "T2,1,2024-06-03 09:00:05,,B,1,2.00",
		"T2,1,2024-06-03 09:00:10,,C,1,3.00", "T1,1,2024-06-03 09:00:15,M1,D,1,4.00",
		"T1,2,2024-06-03 09:05:00,M2,A,1,1.00", "T2,2,2024-06-03 09:05:05,,B,1,2.00",
		"T2,2,2024-06-03 09:05:10,,C,1,3.00"};
	for (int till = 1; till >= 0; till--) {
		char text[1024];
		snprintf(text, sizeof text, "%s", till ? "Till,Receipt,Date,Customer,SKU,Qty,Price\n"
			 : "Receipt,Date,Customer,SKU,Qty,Price\n");
		for (int i = 0; i < 7; i++) {   /* without the till: from the receipt on */
			size_t at = strlen(text);
			snprintf(text + at, sizeof text - at, "%s\n", lines[i] + (till ? 0 : 3));
		}
		rr_rows *r = load_map(text, NULL);
		static const char *const want[2][7] = {
			{"M1", "M1", "M1", "M1", "M2", NULL, NULL},
			{"M1", NULL, NULL, "M1", "M2", NULL, NULL}};
		assert_customers(r, want[till], 7);
		if (!till)
			assert_non_null(strstr(r->reading, "note: 2 rows with no customer (the first "
						     "on line 7) took none from the line above"));
		rows_free(r);
	}
}

/* t76 F7: a Time column of each scanned line's own time, the customer on a receipt's first
 * line only. By hand: receipt 1's lines of 09:10:00, 09:10:39 and 09:11:20 are one sale, M1's;
 * receipt 1 at 09:40 and 09:40:30 (30 minutes on, the number used again) is a walk-in's, its
 * 2 lines counted as lost; receipt 2 of 1:27 PM and 1:28 PM (a 12-hour clock) is M2's. */
static void test_fill_scan_times(void **state)
{
	(void)state;
	rr_rows *r = load_map("Receipt No,Date,Time,Customer,SKU,Qty,Price\n"
			      "1,2024-05-01,09:10:00,M1,A,1,3.00\n1,2024-05-01,09:10:39,,B,1,3.00\n"
			      "1,2024-05-01,09:11:20,,C,1,3.00\n1,2024-05-01,09:40:00,,A,1,3.00\n"
			      "1,2024-05-01,09:40:30,,B,1,3.00\n2,2024-05-01,1:27 PM,M2,A,1,3.00\n"
			      "2,2024-05-01,1:28 PM,,B,1,3.00\n", NULL);
	static const char *const want[7] = {"M1", "M1", "M1", NULL, NULL, "M2", "M2"};
	assert_customers(r, want, 7);
	assert_non_null(strstr(r->reading, "note: 2 rows (the first on line 5) of the invoice "
				     "number on a line above but of another day or time"));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases_and_units),
		cmocka_unit_test(test_case_names_documented),
		cmocka_unit_test(test_customer_first_line_only),
		cmocka_unit_test(test_restarted_receipt_no_fill),
		cmocka_unit_test(test_restarted_receipt_times),
		cmocka_unit_test(test_customer_first_line_interleaved),
		cmocka_unit_test(test_customer_first_line_six_tills),
		cmocka_unit_test(test_fill_tills_apart),
		cmocka_unit_test(test_fill_past_age_said),
		cmocka_unit_test(test_fill_pushed_out_said),
		cmocka_unit_test(test_fill_long_values_said),
		cmocka_unit_test(test_fill_scan_times),
		cmocka_unit_test(test_placeholder_emails),
		cmocka_unit_test(test_placeholder_numbers_and_pivot_blank),
		cmocka_unit_test(test_midnight_date_takes_time),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
