/* test_splitcol.c — one column that a join of exports split in two (t90 F1, F2, F5): a column
 * renamed between two exports joined by PowerQuery's Append or pandas.concat, both names in
 * the header, each part's rows filling its own. Read as one (the file read again), warned of
 * where it cannot be read again (a stream), read as --map ROLE='A|B' says, never over rows
 * where the two differ, and columns of one role filled on the same rows (innocents) read as
 * before. Each fixture's expected values are written out by hand beside it. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

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

/* The error of a load refused (NULL when it loads). */
static const char *load_error(const char *text, const char *map)
{
	char *p = tu_write_temp_str(text);
	rr_ingest_opts o = {.map = map};
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	if (r) {
		rows_free(r);
		return NULL;
	}
	return err_msg();
}

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

static void assert_said(const rr_rows *r, const char *text, int want)
{
	int has = r->reading && strstr(r->reading, text) != NULL;
	if (has != want)
		fail_msg("'%s' %s in:\n%s", text, want ? "not" : "", r->reading ? r->reading : "");
}

/* January under CustomerID, February under Customer ID (PowerQuery's Append): row by row,
 * the customer is the one filled; line 4's 12350 and line 6's are one customer. */
static const char union_cust[] =
	"InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Customer ID\r\n"
	"536365,85123A,6,01/01/2023 08:26,2.55,12346,\r\n"
	"536365,71053,6,01/01/2023 08:26,3.39,12346,\r\n"
	"536366,22633,6,02/01/2023 09:00,1.85,12350,\r\n"
	"536400,84406B,8,03/02/2023 10:00,2.75,,12347\r\n"
	"536401,22752,2,04/02/2023 11:00,7.65,,12350\r\n"
	"536402,21730,6,05/02/2023 12:00,4.25,,12348\r\n";
static const char *const union_want[] = {"12346", "12346", "12350", "12347", "12350", "12348"};

static void test_union_read_again(void **state)
{
	(void)state;
	rr_rows *r = load_map(union_cust, NULL);
	assert_customers(r, union_want, 6);
	assert_said(r, "user=CustomerID|Customer ID", 1);
	assert_said(r, "'CustomerID' on 3 rows, 'Customer ID' on 3 (the first on line 5)", 1);
	rows_free(r);
}

/* The same from a stream, which cannot be read again: February's rows have no customer, and
 * a warning names the unused column, its rows and the map that reads both. */
static void test_union_stream_warns(void **state)
{
	(void)state;
	FILE *f = fmemopen((void *)union_cust, sizeof union_cust - 1, "r");
	assert_non_null(f);
	rr_ingest_opts o = {0};
	rr_rows *r = ingest_stream_opts(f, "-", 0, &o, NULL);
	fclose(f);
	if (!r)
		fail_msg("%s", err_msg());
	static const char *const want[] = {"12346", "12346", "12350", NULL, NULL, NULL};
	assert_customers(r, want, 6);
	assert_said(r, "warning: 'Customer ID' (on 3 rows, the first on line 5), not read", 1);
	assert_said(r, "--map user='CustomerID|Customer ID'", 1);
	rows_free(r);
}

/* R's bind_rows and write.csv: NA where a part has no such column, both parts among the lines
 * the header's columns are chosen by (they were refused as two prices and two customers):
 * by hand, prices 2.5, 2.5, 4, 4 and customers C1, C2, C1, C3. */
static void test_union_na_short(void **state)
{
	(void)state;
	rr_rows *r = load_map("\"Facture\",\"SKU\",\"Quantite\",\"Date\",\"Prix unitaire\","
			      "\"N\xC2\xB0 client\",\"Code client\",\"Prix\"\n"
			      "\"1\",\"A\",1,\"2023-01-01\",\"2.50\",\"C1\",NA,NA\n"
			      "\"2\",\"A\",1,\"2023-01-02\",\"2.50\",\"C2\",NA,NA\n"
			      "\"3\",\"B\",1,\"2023-02-01\",NA,NA,\"C1\",\"4.00\"\n"
			      "\"4\",\"B\",1,\"2023-02-02\",NA,NA,\"C3\",\"4.00\"\n", NULL);
	static const char *const want[] = {"C1", "C2", "C1", "C3"};
	assert_customers(r, want, 4);
	assert_true(r->price[0] == 2.5 && r->price[1] == 2.5 && r->price[2] == 4 &&
		    r->price[3] == 4);
	assert_said(r, "price=Prix unitaire|Prix", 1);
	rows_free(r);
}

/* --map qty='Quantity|Qty' (quotes kept, as the prompt keeps them), by names and numbers:
 * each row's quantity from the first filled; by hand 6, 2, 12, 4. */
static const char union_qty[] =
	"Invoice,SKU,Quantity,Date,Price,Customer,Qty\n"
	"1,A,6,2023-01-01,1.00,C1,\n"
	"2,B,2,2023-01-02,1.00,C2,\n"
	"3,A,,2023-02-01,1.00,C1,12\n"
	"4,B,NA,2023-02-02,1.00,C3,4\n";

static void test_map_several(void **state)
{
	(void)state;
	static const char *const maps[] = {"qty='Quantity|Qty'", "qty=Quantity|Qty", "qty=3|7",
					   "qty='Quantity'|'Qty'"};
	static const double want[] = {6, 2, 12, 4};
	for (size_t m = 0; m < sizeof maps / sizeof *maps; m++) {
		rr_rows *r = load_map(union_qty, maps[m]);
		assert_int_equal(4, r->n);
		for (size_t i = 0; i < 4; i++)
			if (r->qty[i] != want[i])
				fail_msg("%s row %zu: quantity %g, want %g", maps[m], i, r->qty[i],
					 want[i]);
		assert_said(r, "note: the quantity read from 'Quantity' (2 rows) or, where it is "
			    "blank, from 'Qty' (2 rows, the first on line 4)", 1);
		assert_said(r, "qty=Quantity|Qty", 1);
		rows_free(r);
	}
}

static void test_map_refused(void **state)
{
	(void)state;
	const char *e = load_error(union_qty, "qty=Quantity|");
	assert_non_null(e);
	assert_non_null(strstr(e, "an empty column"));
	e = load_error(union_qty, "qty=Quantity|Quantity");
	assert_non_null(e);
	assert_non_null(strstr(e, "twice"));
	e = load_error(union_qty, "qty=Quantity|Menge");
	assert_non_null(e);
	assert_non_null(strstr(e, "no column 'Menge'"));
}

/* A header name holding a '|' is that column, whole. */
static void test_map_name_with_bar(void **state)
{
	(void)state;
	rr_rows *r = load_map("Invoice,SKU,Size|Units,Date,Price,Customer\n"
			      "1,A,3,2023-01-01,1.00,C1\n", "qty='Size|Units'");
	assert_int_equal(1, r->n);
	assert_true(r->qty[0] == 3);
	rows_free(r);
}

/* The two customer columns filled on complementary rows (70 of January's under CustomerID,
 * the lines the header's columns are chosen by among them; 4 of February's under Customer
 * ID) but for one where both are filled and differ (line 73): not one column, warned;
 * February's other rows keep no customer. */
static void test_clash_not_merged(void **state)
{
	(void)state;
	char text[8192];
	size_t o = (size_t)snprintf(text, sizeof text, "InvoiceNo,StockCode,Quantity,InvoiceDate,"
				    "UnitPrice,CustomerID,Customer ID\n");
	const char *want[74];
	char id[70][8];
	for (int k = 0; k < 70; k++) {
		snprintf(id[k], sizeof id[k], "%d", 100 + k % 9);
		want[k] = id[k];
		o += (size_t)snprintf(text + o, sizeof text - o, "%d,A,1,%02d/01/2023 08:00,1.00,%s,"
				      "\n", k + 1, 1 + k % 28, id[k]);
	}
	snprintf(text + o, sizeof text - o, "71,A,1,04/02/2023 08:00,1.00,900,103\n"
		 "72,A,1,05/02/2023 08:00,1.00,,104\n73,A,1,06/02/2023 08:00,1.00,,105\n"
		 "74,A,1,07/02/2023 08:00,1.00,,106\n");
	want[70] = "900";
	want[71] = want[72] = want[73] = NULL;
	rr_rows *r = load_map(text, NULL);
	assert_customers(r, want, 74);
	assert_said(r, "on 1 rows both are filled and differ (the first on line 72: '900' and "
		    "'103')", 1);
	assert_said(r, "each filled where the other is blank:", 0);
	rows_free(r);
}

/* Innocents: a delivered Quantity beside Qty Ordered, both filled on every row (read as
 * --map says, Quantity: 1, 2, 3); a member's number beside a guest's name filled where it is
 * blank (a name is no number: the guest's row has no customer). Nothing said of a split. */
static void test_innocents(void **state)
{
	(void)state;
	rr_rows *r = load_map("Invoice,SKU,Quantity,Qty Ordered,Date,Price,Customer ID\n"
			      "1,A,1,2,2023-01-01,1.00,C1\n"
			      "2,A,2,2,2023-01-02,1.00,C2\n"
			      "3,A,3,5,2023-01-03,1.00,C1\n", "qty=Quantity");
	assert_true(r->qty[0] == 1 && r->qty[1] == 2 && r->qty[2] == 3);
	assert_said(r, "split in two", 0);
	rows_free(r);
	r = load_map("Invoice,SKU,Quantity,Date,Price,Customer No,Customer\n"
		     "1,A,1,2023-01-01,1.00,501,\n"
		     "2,A,2,2023-01-02,1.00,,Walk-in Jo\n"
		     "3,A,3,2023-01-03,1.00,502,\n", NULL);
	static const char *const want[] = {"501", NULL, "502"};
	assert_customers(r, want, 3);
	assert_said(r, "split in two", 0);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_union_read_again),
		cmocka_unit_test(test_union_stream_warns),
		cmocka_unit_test(test_union_na_short),
		cmocka_unit_test(test_map_several),
		cmocka_unit_test(test_map_refused),
		cmocka_unit_test(test_map_name_with_bar),
		cmocka_unit_test(test_clash_not_merged),
		cmocka_unit_test(test_innocents),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
