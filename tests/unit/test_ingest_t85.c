/* test_ingest_t85.c — dates, flags and ids read wrong (tester t85): a cancellation's date
 * column holding a database's null date (F19), a checklist's crossed box (F21), a month's
 * first days not read as months (F14's rule reverted, t88 F5), IBM i's CYYMMDD dates (F20), a Saudi ERP's
 * Hijri and Gregorian dates (F23), Persian's decimal slash between Latin digits (F26), rials
 * and tomans in one file (F15), Greece's ΑΦΜ as a tax id (F17), a till's phone-number
 * customer key (F18). Every fixture is hand-made; the comment above
 * each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

#include "csvsniff.h"
#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

/* t85 F19: "Storniert am" whose open orders hold a database's null date, 30.12.1899 (Delphi,
 * Access, Excel's day 0), 01.01.1900 (SQL Server) or 31.12.9999 (an open end): no date, the
 * line not cancelled; a 2024 date there still cancels its line, and the note tells the null
 * dates from blanks. */
static void test_stamp_null_dates(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Belegnr;Datum;Kundennr;Artikelnr;Menge;Preis;Storniert am\n"
				 "1;18.04.2024;K1;A1;1;2,00;30.12.1899\n"
				 "2;19.04.2024;K2;A2;1;2,00;01.01.1900\n"
				 "3;20.04.2024;K3;A3;1;2,00;31.12.9999\n"
				 "4;21.04.2024;K4;A4;1;2,00;\n"
				 "5;22.04.2024;K5;A5;1;2,00;23.04.2024\n");
	assert_int_equal(4, r->n);
	if (!strstr(r->reading, "dated 1 skipped; kept: null date 3, blank 1"))
		fail_msg("null dates read as cancellations: %s", r->reading);
	rows_free(r);
}

/* t85 F21: a "Storniert" check column of emoji ticks and crosses: ❎ (the crossed box) is the
 * "no" of ✅ as ✗ is of ✓, ✘ of ✔ and ☐ of ☑; each pair read as a flag, its ticked line
 * skipped, its crossed ones kept. */
static void test_flag_crossed_box(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{"\xE2\x9C\x85", "\xE2\x9D\x8E"}, {"\xE2\x9C\x93", "\xE2\x9C\x97"},
		{"\xE2\x98\x91", "\xE2\x98\x90"}, {"\xE2\x9C\x94\xEF\xB8\x8F", "\xE2\x9C\x98"}};
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
		char text[512];
		snprintf(text, sizeof text, "Bestellnr;Datum;Kundennr;Artikelnr;Menge;Preis;Storniert\n"
			 "1;2024-04-18;K1;A1;1;2,00;%s\n2;2024-04-19;K2;A2;1;2,00;%s\n"
			 "3;2024-04-20;K3;A3;1;2,00;%s\n4;2024-04-21;K4;A4;1;2,00;%s\n",
			 pairs[k][1], pairs[k][0], pairs[k][1], pairs[k][1]);
		rr_rows *r = tu_load_csv(text);
		if (r->n != 3)
			fail_msg("[%s/%s] %zu kept: %s", pairs[k][0], pairs[k][1], (size_t)r->n,
				 r->reading);
		rows_free(r);
	}
}

/* A file of 6 customers over 12 date values: the date of value v written by fmt (v, then the
 * constant), customer c buying on value v when (c + v) % every == 0, or with skip when it
 * is not. */
static char *dated_file(const char *fmt, int every, int skip)
{
	static char text[8192];
	size_t o = (size_t)snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,Price\n");
	int n = 0;
	for (int v = 1; v <= 12; v++)
		for (int c = 0; c < 6; c++) {
			if (((c + v) % every == 0) == skip)
				continue;
			char date[16];
			snprintf(date, sizeof date, fmt, v);
			o += (size_t)snprintf(text + o, sizeof text - o, "%d,%s,C%d,A%d,1,2.00\n", ++n,
					      date, c, v % 3);
		}
	return text;
}

/* t88 F5 (t85 F14's rule, a11a27ff, reverted): a first-twelve-days extract of a shop whose
 * regulars buy on most of the days (a cafe's, dotted or slashed) is twelve days of one month,
 * the constant field the month, not twelve months of billing runs; the ambiguity is said
 * with the other --date-format (which reads a monthly billing file billed on a fixed day of
 * 12 or less, t85 F14, left to it). */
static void test_dm_first_days_extract(void **state)
{
	(void)state;
	const char *fmts[] = {"%02d.03.2024", "03/%02d/2024"};
	for (size_t k = 0; k < 2; k++) {
		rr_rows *r = tu_load_csv(dated_file(fmts[k], 1, 0));   /* each buyer every day */
		assert_int_equal(72, r->n);
		char lo[32], hi[32];
		ingest_format_minute(r->minute[0], lo, sizeof lo);
		ingest_format_minute(r->minute[r->n - 1], hi, sizeof hi);
		assert_string_equal("2024-03-01 00:00", lo);
		assert_string_equal("2024-03-12 00:00", hi);
		if (!strstr(r->reading, "--date-format"))
			fail_msg("%s", r->reading);
		rows_free(r);
	}
}

/* t85 F20: IBM i's CYYMMDD, 1240825 (2024-08-25): refused with %J%m%d as the way, not Minguo
 * (ROC 124 is 2035); C 0 is the 1900s. Innocent: Taiwan's 1130219, a Minguo day of 2024,
 * keeps Minguo's advice. */
static void test_cyymmdd(void **state)
{
	(void)state;
	static const char *const cases[][2] = {
		{"1240825", "--date-format '%J%m%d'"}, {"0991231", "--date-format '%J%m%d'"},
		{"1130219", "--date-format '%K%m%d' (or --calendar minguo"}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		char text[256];
		snprintf(text, sizeof text, "ORDER_NO,ORDER_DATE,CUSTOMER_NO,ITEM_NO,QTY,UNIT_PRICE\n"
			 "1,%s,C1,A,1,2.00\n2,%s,C2,B,1,2.00\n", cases[k][0], cases[k][0]);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(0, r->n);
		if (!strstr(r->reading, cases[k][1]))
			fail_msg("[%s] %s", cases[k][0], r->reading);
		rows_free(r);
	}
	/* read as Minguo, as the refusal once said: 2035, and the warning names %J, no other
	 * calendar */
	rr_rows *r = tu_load_opts("ORDER_NO,ORDER_DATE,CUSTOMER_NO,ITEM_NO,QTY,UNIT_PRICE\n"
				  "1,1240825,C1,A,1,2.00\n",
				  &(rr_ingest_opts){.date_format = "%K%m%d"});
	if (!strstr(r->reading, "if they are IBM i's CYYMMDD (C 1 the 2000s), --date-format "
			"'%J%m%d' reads them") || strstr(r->reading, "Bikram"))
		fail_msg("%s", r->reading);
	rows_free(r);
	r = tu_load_opts("ORDER_NO,ORDER_DATE,CUSTOMER_NO,ITEM_NO,QTY,UNIT_PRICE\n"
			 "1,1240825,C1,A,1,2.00\n", &(rr_ingest_opts){.date_format = "%J%m%d"});
	char when[32];
	assert_string_equal("2024-08-25 00:00", ingest_format_minute(r->minute[0], when,
								     sizeof when));
	rows_free(r);
}

/* t85 F23: a Saudi ERP's التاريخ الهجري (Hijri) beside التاريخ الميلادي (Gregorian), or
 * التاريخ (Hijri) beside ميلادي: the Gregorian one is the date, whichever comes first.
 * Innocent: التاريخ الهجري alone is still the date column, refused with its calendar. */
static void test_hijri_gregorian_names(void **state)
{
	(void)state;
	static const char *const heads[][3] = {
		{"\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE \xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A",
		 "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE \xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A", "1"},
		{"\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE",
		 "\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A", "1"},
		{"\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE \xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A",
		 "x", "0"}};
	for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
		char text[1024], want[160];
		snprintf(text, sizeof text, "Invoice,%s,%s,Customer,SKU,Qty,Price\n"
			 "1,1445/10/21,30/04/2024,C1,A,1,2.00\n2,1445/09/10,20/03/2024,C2,B,1,2.00\n"
			 "3,1445/09/11,21/03/2024,C3,B,1,2.00\n", heads[k][0], heads[k][1]);
		if (*heads[k][2] == '0') {   /* named Hijri: refused with its --calendar */
			char *p = tu_write_temp_str(text);
			assert_null(ingest_read(p, NULL, NULL));
			tu_remove(p);
			if (!strstr(err_msg(), "load with --calendar islamic-civil"))
				fail_msg("[%zu] %s", k, err_msg());
			continue;
		}
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "date=%s", heads[k][1]);
		if (!strstr(r->reading, want) || r->n != 3)
			fail_msg("[%zu] %zu rows: %s", k, (size_t)r->n, r->reading);
		rows_free(r);
	}
}

/* t85 F26: a Persian header's quantities typed with Persian's decimal slash between Latin
 * digits (2/5, 0/25) are 2.5 and 0.25, as between Persian digits, said in a note. Innocent:
 * the same under an English header stays no number (rejected), and a Persian file's dates
 * keep their slashes. */
static void test_latin_decimal_slash(void **state)
{
	(void)state;
	rr_ingest_opts o = {.calendar = "solar-hijri"};
	rr_rows *r = tu_load_opts("\xD8\xB4\xD9\x85\xD8\xA7\xD8\xB1\xD9\x87 \xD9\x81\xD8\xA7\xDA\xA9\xD8\xAA\xD9\x88\xD8\xB1,"
				  "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE,\xDA\xA9\xD8\xAF \xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xDB\x8C,"
				  "\xDA\xA9\xD8\xAF \xDA\xA9\xD8\xA7\xD9\x84\xD8\xA7,\xD9\x85\xD9\x82\xD8\xAF\xD8\xA7\xD8\xB1,"
				  "\xD9\x82\xDB\x8C\xD9\x85\xD8\xAA \xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF\n"
				  "1,1402/05/24,1020,K01,1,25000\n1,1402/05/24,1020,K07,0/25,175000\n"
				  "2,1402/05/25,1021,K02,2/5,30000\n", &o);
	assert_int_equal(3, r->n);
	assert_float_equal(0.25, r->qty[1], 1e-9);
	assert_float_equal(2.5, r->qty[2], 1e-9);
	if (!strstr(r->reading, "whose digits, under a Persian header, have a slash between them"))
		fail_msg("%s", r->reading);
	rows_free(r);
	r = tu_load_csv("Invoice,Date,Customer,SKU,Qty,Price\n1,2024-01-02,C1,A,1,2.00\n"
			"2,2024-01-03,C2,B,2/5,2.00\n");
	assert_int_equal(1, r->n);
	rows_free(r);
}

/* t85 F15: prices marked in rials (ریال) and tomans (تومان) in one file: the tomans read times
 * 10, so every price is in rials, said in a note. Innocent: a file of tomans alone is read as
 * written; one of tomans and dollars is warned of, not converted. */
static void test_rial_toman(void **state)
{
	(void)state;
	const char *rial = "\xD8\xB1\xDB\x8C\xD8\xA7\xD9\x84", *toman = "\xD8\xAA\xD9\x88\xD9\x85\xD8\xA7\xD9\x86";
	char text[512];
	snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,Price\n"
		 "1,2024-01-02,C1,A,1,\"1250000 %s\"\n2,2024-01-03,C2,A,1,\"125000 %s\"\n"
		 "3,2024-01-04,C3,B,2,\"5000 %s\"\n", rial, toman, toman);
	rr_rows *r = tu_load_csv(text);
	assert_int_equal(3, r->n);
	assert_float_equal(1250000, r->price[0], 1e-6);
	assert_float_equal(1250000, r->price[1], 1e-6);
	assert_float_equal(50000, r->price[2], 1e-6);
	if (!strstr(r->reading, "the 2 in tomans read times 10, as rials"))
		fail_msg("%s", r->reading);
	rows_free(r);
	snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,Price\n"
		 "1,2024-01-02,C1,A,1,\"125000 %s\"\n2,2024-01-03,C2,A,1,\"125000 %s\"\n", toman,
		 toman);
	r = tu_load_csv(text);
	assert_float_equal(125000, r->price[0], 1e-6);
	rows_free(r);
	snprintf(text, sizeof text, "Invoice,Date,Customer,SKU,Qty,Price\n"
		 "1,2024-01-02,C1,A,1,\"125000 %s\"\n2,2024-01-03,C2,A,1,$12.50\n", toman);
	r = tu_load_csv(text);
	assert_float_equal(125000, r->price[0], 1e-6);
	if (!strstr(r->reading, "prices in more than one currency"))
		fail_msg("%s", r->reading);
	rows_free(r);
}

/* t85 F17: Greece's VAT number ΑΦΜ (Α.Φ.Μ., AFM, A.F.M.) names a tax id: a customer column
 * so named reads 094019245, EL094019245, GR094019245 and EL 094019245 as one buyer.
 * Innocent: a word holding the letters (Afmessung) is none. */
static void test_greek_tax_id(void **state)
{
	(void)state;
	assert_true(sniff_tax_id_named("\xCE\x91\xCE\xA6\xCE\x9C"));
	assert_true(sniff_tax_id_named("\xCE\x91.\xCE\xA6.\xCE\x9C."));
	assert_true(sniff_tax_id_named("AFM"));
	assert_true(sniff_tax_id_named("A.F.M."));
	assert_false(sniff_tax_id_named("Afmessung"));
	rr_rows *r = tu_load_opts("Invoice;Date;\xCE\x91\xCE\xA6\xCE\x9C;SKU;Qty;Price\n"
				  "1;2024-01-02;094019245;A;1;2,00\n2;2024-01-03;EL094019245;A;1;2,00\n"
				  "3;2024-01-04;GR094019245;B;1;2,00\n4;2024-01-05;EL 094019245;B;1;2,00\n",
				  &(rr_ingest_opts){.map = "user=\xCE\x91\xCE\xA6\xCE\x9C"});
	assert_int_equal(4, r->n);
	assert_int_equal(1, (int)strtab_count(r->customers));
	rows_free(r);
}

/* t85 F18: a till's phone-number loyalty key, Telefon: unmapped, the refusal names it with
 * --map user=Telefon; mapped, each number's spellings (0171 6909973, +49 171 6909973,
 * 01716909973, 0049 1716909973) are one customer, said in a note. Innocent: the same
 * numbers under a customer column not named as phones are read as written. */
static void test_phone_customers(void **state)
{
	(void)state;
	static const char *const body = "1;27.07.2024;0171 6909973;A;1;2,00\n"
					"2;28.07.2024;+49 171 6909973;A;1;2,00\n"
					"3;29.07.2024;01716909973;B;1;2,00\n"
					"4;30.07.2024;0049 1716909973;B;1;2,00\n"
					"5;30.07.2024;0160 1234567;B;1;2,00\n";
	char text[512];
	snprintf(text, sizeof text, "Bonnummer;Datum;Telefon;Artikelnummer;Menge;Preis\n%s", body);
	char *p = tu_write_temp_str(text);
	assert_null(ingest_read(p, NULL, NULL));
	if (!strstr(err_msg(), "--map user=Telefon reads it"))
		fail_msg("%s", err_msg());
	rr_rows *r = ingest_read(p, &(rr_ingest_opts){.map = "user=Telefon"}, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_int_equal(5, r->n);
	assert_int_equal(2, (int)strtab_count(r->customers));
	if (!strstr(r->reading, "the customer column is the buyers' phone numbers, by its name"))
		fail_msg("%s", r->reading);
	rows_free(r);
	snprintf(text, sizeof text, "Bonnummer;Datum;Kundennr;Artikelnummer;Menge;Preis\n%s", body);
	r = tu_load_csv(text);
	assert_int_equal(5, (int)strtab_count(r->customers));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stamp_null_dates),
		cmocka_unit_test(test_flag_crossed_box),
		cmocka_unit_test(test_dm_first_days_extract),
		cmocka_unit_test(test_cyymmdd),
		cmocka_unit_test(test_hijri_gregorian_names),
		cmocka_unit_test(test_latin_decimal_slash),
		cmocka_unit_test(test_rial_toman),
		cmocka_unit_test(test_greek_tax_id),
		cmocka_unit_test(test_phone_customers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
