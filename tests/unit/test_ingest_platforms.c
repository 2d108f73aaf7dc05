/* test_ingest_platforms.c — t72 F24: platforms' own column names and statuses, read with
 * their families (Hike's Retail Price, Revel's Created Date, Linnworks' Received Date, Sage's
 * A/C, Tokopedia's Jumlah Produk Dibeli, Wix's Item's name, PayPal's From Email Address,
 * Bol.com's Klantnaam, Cdiscount's SKU vendeur, a Spanish till's N\xC2\xBA Ticket, pivot sums),
 * a loyalty Member column read only when it holds ids, a refusal that names a column of
 * persons' names, and statuses placed by their meaning. Each fixture is small and its
 * figures counted by hand in its comment. */
#include <math.h>
#include "testutil.h"

#include "err.h"
#include "ingest.h"
#include "rows.h"

static rr_rows *load_csv(const char *text)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	return r;
}

/* The load's reading must hold want (a "role=Name" of its columns line). */
static void assert_reads(const char *text, const char *want)
{
	rr_rows *r = load_csv(text);
	if (!r)
		fail_msg("%s: %s", want, err_msg());
	if (!strstr(r->reading, want))
		fail_msg("want '%s' in '%s'", want, r->reading);
	rows_free(r);
}

/* Each platform's name, and a neighbour of its family, reads as its role. */
static void test_platform_names(void **state)
{
	(void)state;
	assert_reads("Invoice No,Date,Customer Code,SKU,Quantity,Retail Price\n"
		     "1001,01/07/2023,C1,HK-1,3,4.90\n", "price=Retail Price");
	assert_reads("Order ID,Created Date,Customer ID,Product SKU,Quantity\n"
		     "5,8/31/2024,C1,P1,1\n", "date=Created Date");
	assert_reads("Order Id,Received Date,Processed Date,Email,SKU,Quantity\n"
		     "1,01/05/2024 02:19:00,01/05/2024 18:19:00,a@b.uk,LW-1,1\n",
		     "date=Received Date");
	assert_reads("Invoice No.,Date,A/C,Stock Code,Qty\n1,03/04/2023,ACC017,STK025,4\n",
		     "user=A/C");
	assert_reads("Invoice No.,Date,A/C Ref,Stock Code,Qty\n1,03/04/2023,ACC017,STK025,4\n",
		     "user=A/C Ref");
	assert_reads("Nomor Invoice;Tanggal;Nama Pembeli;Nomor SKU;Jumlah Produk Dibeli\n"
		     "INV/1;01-01-2024;Budi;S1;2\n", "qty=Jumlah Produk Dibeli");
	assert_reads("Order number,Date created,Contact email,Item's name,SKU,Qty\n"
		     "1,2024-02-01,a@b.com,Lamp,CND-05,1\n", "desc=Item's name");
	assert_reads("Date,Name,From Email Address,To Email Address,Item ID,Quantity\n"
		     "01/03/2024,Buyer 70,b70@example.org,shop@example.com,W1,1\n",
		     "user=From Email Address");
	assert_reads("Bestelnummer,Besteldatum,EAN,Aantal,Klantnaam\n"
		     "11,2024-01-02,8702188387893,2,Kees Bakker\n", "user=Klantnaam");
	assert_reads("N\xC2\xB0 de commande;Date de commande;SKU vendeur;"
		     "Libell\xC3\xA9 produit;Quantit\xC3\xA9;Email client\n"
		     "24X;01/02/2024;CD-11;Article;1;c@orange.fr\n",
		     "user=Email client, item=SKU vendeur");
	/* the ordinal, the degree typed for it, the abbreviation with its accent */
	static const char *const tickets[] = {"N\xC2\xBA Ticket", "N.\xC2\xBA ticket",
					      "N\xC2\xB0 Ticket", "N\xC3\xBAm. ticket", NULL};
	for (const char *const *t = tickets; *t; t++) {
		char text[200], want[40];
		snprintf(text, sizeof text, "Fecha;%s;Cliente;C\xC3\xB3" "digo;Unidades\n"
			 "01/03/2024 09:17;50001;C1;0026;2\n", *t);
		snprintf(want, sizeof want, "invoice=%s", *t);
		assert_reads(text, want);
	}
}

/* An English Ticket Number (an event ticket's own number as often as a receipt's) is no
 * receipt by its name; Linnworks' Processed Date is never the date beside a Received Date,
 * nor a Retail Price the price beside a Price (its list price). */
static void test_platform_names_not(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Ticket Number,Date,Customer,SKU,Qty\nT1,2024-01-02,C1,S1,1\n");
	assert_non_null(r);
	assert_null(strstr(r->reading, "invoice=Ticket Number"));
	rows_free(r);
	r = load_csv("Order Date,Processed Date,Customer,SKU,Qty,Price,Retail Price\n"
		     "2024-01-02,2024-01-05,C1,S1,1,8.00,10.00\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "date=Order Date"));
	assert_non_null(strstr(r->reading, "price=Price;"));
	assert_true(fabs(r->price[0] - 8.0) < 1e-9);
	rows_free(r);
	/* a Created Date beside the order's date is no date; a shipping export's Sender Email
	 * (the shop's) is no customer beside the buyer's */
	r = load_csv("Created Date,Order Date,Sender Email,Customer Email,SKU,Qty\n"
		     "2024-01-01,2024-01-02,shop@x.com,a@b.com,S1,1\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "user=Customer Email"));
	assert_non_null(strstr(r->reading, "date=Order Date"));
	rows_free(r);
}

/* Excel's pivot value fields: Sum of Sales and Summe von Umsatz are each row's amount beside
 * Sum of Qty and Summe von Menge: 2 units for 8.20 and 1 for 4.00, prices 4.10 and 4.00. */
static void test_pivot_sums(void **state)
{
	(void)state;
	static const char *const heads[] = {"Customer,Date,Item,Sum of Qty,Sum of Sales\n",
					    "Kunde,Datum,Artikel,Summe von Menge,Summe von Umsatz\n",
					    NULL};
	for (const char *const *h = heads; *h; h++) {
		char text[200];
		snprintf(text, sizeof text, "%s7000,01/05/2024,Chai,2,8.20\n"
			 "7001,02/05/2024,Flat White,1,4.00\n", *h);
		rr_rows *r = load_csv(text);
		if (!r)
			fail_msg("%s: %s", *h, err_msg());
		assert_int_equal(2, r->n);
		assert_true(fabs(r->qty[0] - 2) < 1e-9 && fabs(r->price[0] - 4.10) < 1e-9);
		assert_true(fabs(r->qty[1] - 1) < 1e-9 && fabs(r->price[1] - 4.00) < 1e-9);
		rows_free(r);
	}
	/* a sum of unit prices is no amount */
	rr_rows *r = load_csv("Customer,Date,Item,Sum of Qty,Sum of Price\n"
			      "7000,01/05/2024,Chai,2,4.10\n");
	assert_non_null(r);
	assert_null(strstr(r->reading, "Sum of Price,"));
	assert_null(strstr(r->reading, "amount=Sum of Price"));
	rows_free(r);
}

/* A loyalty Member column is the customer when it holds ids (M013, M014: 2 customers), never
 * when it holds a flag or persons' names; the refusal then names the names as the candidate
 * (so does it a column of names whose name holds a customer's word: Klant volledige naam). */
static void test_member_ids(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Date,Time,Member,Item,Qty\n2024-03-01,08:36,M013,B15,2\n"
			      "2024-03-01,09:10,M014,B10,1\n2024-03-02,10:00,M013,B10,1\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "user=Member"));
	assert_int_equal(3, r->n);
	rows_free(r);
	r = load_csv("Date,Member,Item,Qty\n2024-03-01,Y,A1,2\n2024-03-02,N,A2,1\n"
		     "2024-03-03,Y,A3,1\n2024-03-04,N,A2,1\n2024-03-05,Y,A3,1\n2024-03-06,N,A2,1\n"
		     "2024-03-07,Y,A3,1\n2024-03-08,N,A2,1\n2024-03-09,Y,A3,1\n2024-03-10,N,A2,1\n");
	assert_null(r);
	assert_non_null(strstr(err_msg(), "no column for 'user'"));
	assert_null(strstr(err_msg(), "'Member' (2"));
	/* t76 F15: judged on its filled values: walk-ins (blank) on the first 6 lines, then on
	 * two lines of three; by hand 4 lines of M013, M014, M015: 3 customers */
	r = load_csv("Receipt,Date,Member,Item,Qty\n1,2024-03-01,,A1,1\n2,2024-03-01,,A2,1\n"
		     "3,2024-03-01,,A3,1\n4,2024-03-01,,A1,1\n5,2024-03-01,,A2,1\n"
		     "6,2024-03-01,,A3,1\n7,2024-03-01,M013,A1,1\n8,2024-03-01,,A2,1\n"
		     "9,2024-03-01,,A3,1\n10,2024-03-02,M014,A1,1\n11,2024-03-02,,A2,1\n"
		     "12,2024-03-02,,A3,1\n13,2024-03-02,M015,A2,1\n14,2024-03-02,,A1,1\n"
		     "15,2024-03-02,,A1,1\n16,2024-03-03,M013,A3,1\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "user=Member"));
	assert_int_equal(3, (int)strtab_count(r->customers));
	rows_free(r);
	static const char *const named[] = {"Member", "Klant volledige naam", NULL};
	for (const char *const *n = named; *n; n++) {
		char text[200], want[80];
		snprintf(text, sizeof text, "Date,%s,Item,Qty\n2024-03-01,Jan Smit,A1,2\n"
			 "2024-03-02,Kees Bakker,A2,1\n2024-03-02,Piet Jansen,A3,1\n", *n);
		r = load_csv(text);
		assert_null(r);
		snprintf(want, sizeof want, "'%s' (2, 'Jan Smit') holds names", *n);
		if (!strstr(err_msg(), want) || !strstr(err_msg(), "--map user="))
			fail_msg("%s", err_msg());
	}
}

/* Statuses by their meaning: Tokopedia's Pesanan Selesai and Pesanan Tiba, Bol.com's
 * Geretourneerd and eMAG's Returnat\xC4\x83 (returned after the sale), BigCommerce's Manual
 * Verification Required (pending) and Disputed, Cdiscount's En attente d'exp\xC3\xA9" "dition
 * are bought (kept, unwarned); Vend's SAVED (a parked sale) and eMAG's Stornat\xC4\x83 are
 * skipped: 10 rows, 2 skipped, 8 kept. */
static void test_platform_statuses(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Order,Date,Customer,SKU,Qty,Status\n"
			      "1,2024-01-02,C1,S1,1,Pesanan Selesai\n"
			      "2,2024-01-02,C1,S2,1,Pesanan Tiba\n"
			      "3,2024-01-03,C2,S1,1,Geretourneerd\n"
			      "4,2024-01-03,C2,S2,1,Returnat\xC4\x83\n"
			      "5,2024-01-04,C3,S1,1,Manual Verification Required\n"
			      "6,2024-01-04,C3,S2,1,Disputed\n"
			      "7,2024-01-05,C4,S1,1,En attente d'exp\xC3\xA9" "dition\n"
			      "8,2024-01-05,C4,S2,1,LAYBY_CLOSED\n"
			      "9,2024-01-06,C5,S1,1,SAVED\n"
			      "10,2024-01-06,C5,S2,1,Stornat\xC4\x83\n");
	assert_non_null(r);
	assert_int_equal(8, r->n);
	if (strstr(r->reading, "no order's status relrec knows") ||
	    strstr(r->reading, "a return's own document"))
		fail_msg("%s", r->reading);
	rows_free(r);
}

/* t72 F22: a sales report read without its quantity (Shopify's Net items sold left out), its
 * returns rows of their own (Returns -41.31, Net sales -41.31): no purchase in full, the price
 * rule drops them; the warning says so, never "read as purchases in full". 3 rows, 1 such. */
static void test_returns_own_rows(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Day,Order name,Customer email,Product variant SKU,Returns,Net sales\n"
			      "2024-01-02,#1001,a@b.com,S1,0.00,41.31\n"
			      "2024-01-03,#1002,c@d.com,S2,0.00,12.00\n"
			      "2024-01-09,#1001,a@b.com,S1,-41.31,-41.31\n");
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_true(r->price[2] < 0);
	assert_non_null(strstr(r->reading, "'Returns' is not read: 1 row (the first on line 4: "
					   "'-41.31') is a return of its own"));
	assert_non_null(strstr(r->reading, "the price rule drops it"));
	assert_null(strstr(r->reading, "read as a purchase"));
	rows_free(r);
	/* a return on the sale's own line (its money positive) is still a purchase in full */
	r = load_csv("Day,Order name,Customer email,Product variant SKU,Returns,Net sales\n"
		     "2024-01-02,#1001,a@b.com,S1,-5.00,41.31\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "it is read as a purchase in full"));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_platform_names),
		cmocka_unit_test(test_platform_names_not),
		cmocka_unit_test(test_pivot_sums),
		cmocka_unit_test(test_member_ids),
		cmocka_unit_test(test_platform_statuses),
		cmocka_unit_test(test_returns_own_rows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
