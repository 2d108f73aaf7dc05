/* test_ingest_t80b.c — tester t80's findings of number shapes, header names and grouped
 * reports (the second part, after test_ingest_t80.c): a report grouped by item whose lines
 * name their own customer (F9); the way out of a price column whose points group thousands
 * beside a weighed quantity (F1); refunds whose only sign is an unused Amount's (F8); the
 * price before tax over the one with it, by Japanese's remark before the name and Korean's
 * supply price (F14); the Arabic thousands separator (F20); pesos written with '$' and a
 * point that groups thousands (F21); a line total's local names hinted (F33); a Hijri date
 * column beside its Gregorian one (F34); the digits note naming the scripts it read (F36). Every fixture is hand-made; the comment above each says what
 * a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

/* QuickBooks Online's Sales by Product/Service Detail, cut to two products: a product's
 * group line (its name alone in the unnamed first column), its lines, each naming its own
 * Customer, then its Total for line; TOTAL and the basis line at the end. A right reading
 * keeps the 3 sales lines: customers Acme and Bolt (never a product's group line), items
 * Rose and Tulip, spend 2 x 3.00 + 1 x 3.00 + 4 x 0.50 = 11.00. */
static const char qbo_by_item[] =
	"\"Sales by Product/Service Detail\"\n\"Shop\"\n\"January 1 - December 31, 2024\"\n\n"
	"\"\",\"Date\",\"Transaction Type\",\"Num\",\"Customer\",\"Memo/Description\",\"Qty\","
	"\"Sales Price\",\"Amount\",\"Balance\"\n"
	"\"Garden:Rose\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
	"\"\",\"01/10/2024\",\"Invoice\",\"1001\",\"Acme\",\"Rose\",\"2.00\",\"3.00\",\"6.00\",\"6.00\"\n"
	"\"\",\"01/11/2024\",\"Invoice\",\"1002\",\"Bolt\",\"Rose\",\"1.00\",\"3.00\",\"3.00\",\"9.00\"\n"
	"\"Total for Garden:Rose\",\"\",\"\",\"\",\"\",\"\",\"3.00\",\"\",\"$9.00\",\"\"\n"
	"\"Tulip\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
	"\"\",\"01/12/2024\",\"Invoice\",\"1001\",\"Acme\",\"Tulip\",\"4.00\",\"0.50\",\"2.00\",\"2.00\"\n"
	"\"Total for Tulip\",\"\",\"\",\"\",\"\",\"\",\"4.00\",\"\",\"$2.00\",\"\"\n"
	"\"TOTAL\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"$11.00\",\"\"\n";

static void assert_qbo_by_item(const rr_rows *r)
{
	double spend = 0;
	for (size_t i = 0; i < r->n; i++)
		spend += r->qty[i] * r->price[i];
	if (r->n != 3 || strtab_count(r->customers) != 2 || strtab_count(r->codes) != 2)
		fail_msg("%zu rows, %u customers, %u items; want 3, 2, 2: %s", r->n,
			 (unsigned)strtab_count(r->customers), (unsigned)strtab_count(r->codes),
			 r->reading);
	assert_string_equal("Acme", strtab_get(r->customers, r->cust[0]));
	assert_string_equal("Bolt", strtab_get(r->customers, r->cust[1]));
	assert_true(spend > 10.999 && spend < 11.001);
	assert_non_null(strstr(r->reading, "note: a report grouped by item: 2 lines naming a group "
					   "alone in its unnamed first column (the first on line 6: "
					   "'Garden:Rose') are its headings"));
	assert_int_equal(3, r->lines - rows_rejected_total(r));
}

/* t80 F9: read plain, the group lines are headings, the Customer column the customer */
static void test_grouped_by_item_plain(void **state)
{
	(void)state;
	rr_rows *r = tu_load_opts(qbo_by_item, NULL);
	assert_qbo_by_item(r);
	rows_free(r);
}

/* t80 F9: a map that names the item only (as the tester followed it) keeps the Customer
 * column's customers: no product's group line becomes a customer */
static void test_grouped_by_item_mapped(void **state)
{
	(void)state;
	rr_rows *r = tu_load_opts(qbo_by_item, &(rr_ingest_opts){.map = "item=Memo/Description"});
	assert_qbo_by_item(r);
	assert_null(strstr(r->reading, "grouped by customer"));
	rows_free(r);
}

/* t80 F1: rupiah written 7.500 and 45.000 with no currency mark, beside a weighed 4.25: read
 * as 7.5 and 45 (the quantity's point proves a point), warned, and the warning's load takes
 * the points out of the price column (the third) alone, never the quantity's. */
static void test_price_points_hint(void **state)
{
	(void)state;
	rr_rows *r = tu_load_opts("Tanggal,Kode Pelanggan,Harga Satuan,Kode Barang,Jumlah\n"
			       "01/03/2024,P1,7.500,B1,4.25\n02/03/2024,P2,45.000,B2,1\n", NULL);
	assert_int_equal(2, r->n);
	assert_true(r->price[0] == 7.5 && r->qty[0] == 4.25);
	const char *w = strstr(r->reading, "warning: every price written with a point has three "
				 "digits after it (2)");
	if (!w || !strstr(w, "take the points out of the price column before loading: load "
			  "\"|awk -v S=',' ") || !strstr(w, "{g($0,3);") ||
	    !strstr(w, "gsub(/[.]/,\\\"\\\",v)"))
		fail_msg("no load that strips the price column's points: %s", r->reading);
	rows_free(r);
}

/* t80 F8, a plain load: Amount is not read (a quantity's name as often as money's), and its
 * (25.00) beside the unsigned 2 is a refund read as a purchase: warned of, with the map that
 * reads it as a return; the sale's 30.00 alone is not. */
static void test_negative_amount_unread(void **state)
{
	(void)state;
	static const char text[] = "Invoice Date,Invoice Number,Customer,Product,Quantity,Amount\n"
				   "2024-06-01,INV-1,Customer 8,Product 9,3,30.00\n"
				   "2024-06-02,INV-2,Customer 8,Product 9,2,(25.00)\n";
	rr_rows *r = tu_load_opts(text, NULL);
	assert_int_equal(2, r->n);
	assert_non_null(strstr(r->reading, "warning: 'Amount' is not read: 1 row (the first on "
					   "line 3: '(25.00)') has a negative 'Amount' beside an "
					   "unsigned quantity"));
	assert_non_null(strstr(r->reading, "--map amount='Amount', which reads it as a return"));
	rows_free(r);
	r = tu_load_opts("Invoice Date,Invoice Number,Customer,Product,Quantity,Amount\n"
		      "2024-06-01,INV-1,Customer 8,Product 9,3,30.00\n", NULL);
	assert_null(strstr(r->reading, "is not read"));
	rows_free(r);
}

/* t80 F14: 107 with tax beside 100 without, in each language's own spelling: Japanese's
 * remark glued before its name (税込単価, 税抜単価: Smaregi, Yayoi), Korean's supply price
 * beside the price with VAT (판매가(VAT포함), 공급가 and 공급단가): the price is 100, 50. */
static void test_net_price_chosen(void **state)
{
	(void)state;
	static const char *const hdr[] = {
		"\xE7\xA8\x8E\xE8\xBE\xBC\xE5\x8D\x98\xE4\xBE\xA1,\xE7\xA8\x8E\xE6\x8A\x9C\xE5\x8D\x98\xE4\xBE\xA1",
		"\xED\x8C\x90\xEB\xA7\xA4\xEA\xB0\x80(VAT\xED\x8F\xAC\xED\x95\xA8),\xEA\xB3\xB5\xEA\xB8\x89\xEA\xB0\x80",
		"\xED\x8C\x90\xEB\xA7\xA4\xEA\xB0\x80(VAT\xED\x8F\xAC\xED\x95\xA8),\xEA\xB3\xB5\xEA\xB8\x89\xEB\x8B\xA8\xEA\xB0\x80"};
	for (size_t k = 0; k < sizeof hdr / sizeof *hdr; k++) {
		char text[300];
		snprintf(text, sizeof text, "date,invoice,customer,sku,qty,%s\n"
			 "2024-01-02,1,C1,A,1,107,100\n2024-01-03,2,C2,B,2,53.5,50\n", hdr[k]);
		rr_rows *r = tu_load_opts(text, NULL);
		if (r->n != 2 || r->price[0] != 100 || r->price[1] != 50)
			fail_msg("[%s] %zu rows, prices %g, %g; want 100, 50: %s", hdr[k], r->n,
				 r->n ? r->price[0] : 0, r->n > 1 ? r->price[1] : 0, r->reading);
		rows_free(r);
	}
}

/* t80 F20: Persian digits with U+066C, the Arabic thousands separator (13٬390 and 1٬250٬000
 * rial): it groups thousands and nothing else, so 13390 and 1250000 whatever the decimal
 * mark, never a comma before three digits that no number tells. */
static void test_arabic_thousands(void **state)
{
	(void)state;
	rr_rows *r = tu_load_opts("date,invoice,customer,sku,qty,price\n"
			       "2024-03-25,1,C1,A,\xDB\xB2,\xDB\xB1\xDB\xB3\xD9\xAC\xDB\xB3\xDB\xB9\xDB\xB0\n"
			       "2024-03-26,2,C2,B,\xDB\xB1,\xDB\xB1\xD9\xAC\xDB\xB2\xDB\xB5\xDB\xB0\xD9\xAC"
			       "\xDB\xB0\xDB\xB0\xDB\xB0\n", NULL);
	if (r->n != 2 || r->price[0] != 13390 || r->price[1] != 1250000 || r->qty[0] != 2)
		fail_msg("%zu rows, prices %g, %g; want 13390, 1250000: %s", r->n,
			 r->n ? r->price[0] : 0, r->n > 1 ? r->price[1] : 0, r->reading);
	rows_free(r);
}

/* t80 F36: Thai digits in one quantity (๒) and Bengali ones in another (৩): the note names
 * them, in the table's order, not Arabic-Indic, Persian or full-width digits; a file of
 * ASCII digits and a zero-width space names none. */
static void test_digits_named(void **state)
{
	(void)state;
	rr_rows *r = tu_load_opts("date,invoice,customer,sku,qty,price\n"
			       "2024-03-25,1,C1,A,\xE0\xB9\x92,1.50\n"
			       "2024-03-26,2,C2,B,\xE0\xA7\xA9,2.00\n", NULL);
	assert_int_equal(2, r->n);
	assert_true(r->qty[0] == 2 && r->qty[1] == 3);
	if (!strstr(r->reading, "an id's accents with no letter), Bengali and Thai digits, or "
			       "Excel's"))
		fail_msg("the digits are not named: %s", r->reading);
	rows_free(r);
	r = tu_load_opts("date,invoice,customer,sku,qty,price\n"
		      "2024-03-25,1,C\xE2\x80\x8B" "1,A,2,1.50\n", NULL);
	assert_non_null(strstr(r->reading, "an id's accents with no letter), or Excel's"));
	rows_free(r);
}

/* t80 F21: Colombian pesos written with '$' alone, $ 20.850 and $ 3.553 beside $ 322, no
 * price with cents: 20850, 3553 and 322, warned of with the --decimal . for dollars. One
 * price of cents ($ 12.50) keeps the point a decimal one, 20.85 (as does --decimal .). */
static void test_dollar_pesos(void **state)
{
	(void)state;
	static const char pesos[] = "Date;Invoice;Customer;Item;Quantity;Price\n"
				    "2024-05-25;1;29;A;1;$ 20.850\n2024-05-25;1;29;B;2;$ 322\n"
				    "2024-05-26;2;30;C;1;$ 3.553\n";
	rr_rows *r = tu_load_opts(pesos, NULL);
	assert_int_equal(3, r->n);
	if (r->price[0] != 20850 || r->price[1] != 322 || r->price[2] != 3553)
		fail_msg("prices %g, %g, %g; want 20850, 322, 3553: %s", r->price[0], r->price[1],
			 r->price[2], r->reading);
	assert_non_null(strstr(r->reading, "warning: no price written with '$' has cents, and "
					   "each written with a point has three digits after it (2 "
					   "rows, the first on line 2: '$ 20.850')"));
	rows_free(r);
	r = tu_load_opts(pesos, &(rr_ingest_opts){.decimal = "."});
	assert_true(r->price[0] == 20.85 && !strstr(r->reading, "whole pesos"));
	rows_free(r);
	r = tu_load_opts("Date;Invoice;Customer;Item;Quantity;Price\n"
		      "2024-05-25;1;29;A;1;$ 20.850\n2024-05-25;1;29;B;2;$ 12.50\n"
		      "2024-05-26;2;30;C;1;$ 3.553\n", NULL);
	assert_true(r->price[0] == 20.85 && r->price[1] == 12.5);
	assert_null(strstr(r->reading, "whole pesos"));
	rows_free(r);
}

/* t80 F33: a line total under 1C's Сумма, Japanese's 金額, Turkish's Tutar, Polish's
 * Wartość brutto, with no price: left unused, but hinted as English's Subtotal is. */
static void test_line_total_names(void **state)
{
	(void)state;
	static const char *const names[] = {
		"\xD0\xA1\xD1\x83\xD0\xBC\xD0\xBC\xD0\xB0", "\xE9\x87\x91\xE9\xA1\x8D", "Tutar",
		"Warto\xC5\x9B\xC4\x87 brutto"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[300], want[160];
		snprintf(text, sizeof text, "date,invoice,customer,sku,qty,%s\n"
			 "2024-01-02,1,C1,A,2,10.00\n2024-01-03,2,C2,B,1,4.50\n", names[k]);
		rr_rows *r = tu_load_opts(text, NULL);
		snprintf(want, sizeof want, "if '%s' is each line's total, load with --map "
			 "amount='%s'", names[k], names[k]);
		if (r->n != 2 || !r->no_price || !strstr(r->reading, want))
			fail_msg("[%s] no hint: %s", names[k], r->reading);
		rows_free(r);
	}
	/* Brazil's Valor Total is a line total's own name (t83 F22, Vlr. Total's family): read */
	rr_rows *r = tu_load_opts("date,invoice,customer,sku,qty,Valor Total\n"
			       "2024-01-02,1,C1,A,2,10.00\n2024-01-03,2,C2,B,1,4.50\n", NULL);
	assert_true(r->n == 2 && r->price_from_amount && r->price[0] == 5.0 && r->price[1] == 4.5);
	rows_free(r);
}

/* t80 F34: a Saudi ERP's Hijri التاريخ (1445/12/02) before its Gregorian التاريخ الميلادي
 * (2024-06-09): the Gregorian column is the date, both rows kept on their days; under
 * --calendar islamic-civil the Hijri one stays the date. */
static void test_gregorian_beside_hijri(void **state)
{
	(void)state;
	static const char text[] =
		"\xD8\xB1\xD9\x82\xD9\x85 \xD8\xA7\xD9\x84\xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9,"
		"\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE,"
		"\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE \xD8\xA7\xD9\x84\xD9\x85\xD9\x8A"
		"\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A,\xD8\xB1\xD9\x82\xD9\x85 \xD8\xA7\xD9\x84\xD8\xB9\xD9\x85"
		"\xD9\x8A\xD9\x84,\xD8\xB1\xD9\x85\xD8\xB2 \xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC,"
		"\xD8\xA7\xD9\x84\xD9\x83\xD9\x85\xD9\x8A\xD8\xA9\n"
		"1001,1445/12/02,2024-06-09,30,Z12,6\n1002,1445/07/14,2024-01-26,31,Z13,1\n";
	rr_rows *r = tu_load_opts(text, NULL);
	if (r->n != 2 || r->minute[0] / 1440 != 19883 || r->minute[1] / 1440 != 19748)
		fail_msg("%zu rows; want 2 on 2024-06-09 and 2024-01-26: %s", r->n, r->reading);
	rows_free(r);
	r = tu_load_opts(text, &(rr_ingest_opts){.calendar = "islamic-civil"});
	assert_non_null(strstr(r->reading, "date=\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE;"));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grouped_by_item_plain),
		cmocka_unit_test(test_grouped_by_item_mapped),
		cmocka_unit_test(test_price_points_hint),
		cmocka_unit_test(test_negative_amount_unread),
		cmocka_unit_test(test_net_price_chosen),
		cmocka_unit_test(test_arabic_thousands),
		cmocka_unit_test(test_digits_named),
		cmocka_unit_test(test_dollar_pesos),
		cmocka_unit_test(test_line_total_names),
		cmocka_unit_test(test_gregorian_beside_hijri),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
