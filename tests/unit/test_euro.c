/* test_euro.c — a change of the money to the euro inside a file (t77 F11, F21): the table of
 * changeovers, the check that finds one in the prices (every item's price falls by the legal
 * rate on the day), and --convert-currency's conversion of the rows before the day. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "csvdate.h"
#include "err.h"
#include "euro.h"
#include "ingest.h"
#include "rows.h"

/* Minutes since 1970 of day y-m-d, noon. */
static int32_t noon(int y, int m, int d)
{
	return (int32_t)(date_days_from_civil(y, m, d) * 1440 + 720);
}

static void add(rr_rows *r, const char *item, double qty, double price, int32_t minute)
{
	assert_int_equal(0, rows_add(r, "I1", 2, item, strlen(item), "", 0, "C1", 2, "", 0, qty,
				     price, minute));
}

/* The table by code, any case; the day as minutes (2023-01-01 is day 19358 since 1970). */
static void test_table(void **state)
{
	(void)state;
	const rr_euro_change *c = euro_change_of("hrk", 3);
	assert_non_null(c);
	assert_string_equal("HRK", c->code);
	assert_string_equal("Croatia", c->country);
	assert_true(fabs(c->rate - 7.5345) < 1e-12);
	assert_int_equal(19358 * 1440, euro_change_minute(c));
	c = euro_change_of("BGN", 3);
	assert_non_null(c);
	assert_true(fabs(c->rate - 1.95583) < 1e-12);
	assert_int_equal(2026, c->year);
	assert_null(euro_change_of("EUR", 3));
	assert_null(euro_change_of("HR", 2));
	assert_null(euro_change_of("HRKX", 4));
	c = euro_change_of("dem", 3);   /* 2002: the euro's notes and coins */
	assert_non_null(c);
	assert_true(fabs(c->rate - 1.95583) < 1e-12);
	assert_int_equal(date_days_from_civil(2002, 1, 1) * 1440, euro_change_minute(c));
	c = euro_change_of("GRD", 3);   /* joined 2001, its cash (and its shops' prices) 2002 */
	assert_non_null(c);
	assert_true(fabs(c->rate - 340.75) < 1e-12);
	assert_int_equal(2002, c->year);
	char list[200];
	euro_codes_list(list, sizeof list);
	assert_string_equal("ATS, BEF, DEM, ESP, FIM, FRF, GRD, IEP, ITL, LUF, NLG, PTE, SIT, CYP, "
			    "MTL, SKK, EEK, LVL, LTL, HRK, BGN", list);
	size_t n = 0;
	while (euro_change_codes[n])
		n++;
	assert_int_equal(21, n);
}

/* Three items in francs in December 2001 and in euro in January 2002: ratios 65.60/10 = 6.56,
 * 32.80/5 = 6.56, 13.12/2 = 6.56, within 5% of FRF's 6.55957 (and 10.3% above FIM's 5.94573,
 * of the same day): France's, the nearest. Marks at 1.95583 x: Germany's, not Bulgaria's
 * (2026, outside the dates). */
static void test_detect_2002(void **state)
{
	(void)state;
	const double franc[3] = {65.60, 32.80, 13.12}, mark[3] = {19.56, 9.78, 3.91};
	const double euro[3] = {10, 5, 2};
	const char *want[2] = {"FRF", "DEM"};
	for (int k = 0; k < 2; k++) {
		rr_rows *r = rows_new();
		assert_non_null(r);
		for (int i = 0; i < 3; i++) {
			const char item[2] = {(char)('A' + i), '\0'};
			add(r, item, 1, k ? mark[i] : franc[i], noon(2001, 12, 10));
			add(r, item, 1, euro[i], noon(2002, 1, 7));
		}
		rr_euro_found f;
		assert_int_equal(0, euro_detect(r, 0, &f));
		if (!f.change || strcmp(f.change->code, want[k]) != 0)
			fail_msg("case %d: %s found, not %s", k, f.change ? f.change->code : "none",
				 want[k]);
		assert_int_equal(3, f.before);
		rows_free(r);
	}
}

/* Three items at kuna prices in December 2022 and at euro ones in January 2023: ratios
 * 75.35/10 = 7.535, 37.67/5 = 7.534, 15.07/2 = 7.535, median 7.535, within 5% of 7.5345:
 * found, with the 4 rows before the day. */
static void test_detect_kuna(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	assert_non_null(r);
	add(r, "A", 1, 75.35, noon(2022, 12, 20));
	add(r, "B", 2, 37.67, noon(2022, 12, 20));
	add(r, "C", 1, 15.07, noon(2022, 12, 28));
	add(r, "C", 1, 15.07, noon(2022, 11, 28));
	add(r, "A", 1, 10.00, noon(2023, 1, 5));
	add(r, "B", 1, 5.00, noon(2023, 1, 5));
	add(r, "C", 3, 2.00, noon(2023, 1, 10));
	rr_euro_found f;
	assert_int_equal(0, euro_detect(r, 0, &f));
	assert_non_null(f.change);
	assert_string_equal("HRK", f.change->code);
	assert_int_equal(3, f.items);
	assert_int_equal(3, f.near);
	assert_int_equal(4, f.before);
	assert_true(fabs(f.ratio - 7.535) < 1e-9);
	rr_euro_conv conv;
	euro_convert(r, f.change, NULL, 0, &conv);
	assert_int_equal(4, conv.converted);
	assert_true(fabs(r->price[0] - 75.35 / 7.5345) < 1e-12);
	assert_true(fabs(r->price[4] - 10.00) < 1e-12);   /* a euro row stays */
	rows_free(r);
}

/* Not a changeover: prices that fall by a third on 2023-01-01 (a sale: 1.5, not 7.5345);
 * two items alone at the right rate (fewer than EURO_MIN_ITEMS); the rate found on one item
 * of three, the others unchanged (a clearance); dates that do not cross a day of the table. */
static void test_detect_none(void **state)
{
	(void)state;
	const double before[3][3] = {{15, 30, 4.5}, {75.35, 37.67, 0}, {75.35, 5, 2}};
	const double after[3] = {10, 5, 2};
	for (int k = 0; k < 3; k++) {
		rr_rows *r = rows_new();
		assert_non_null(r);
		for (int i = 0; i < 3; i++) {
			const char item[2] = {(char)('A' + i), '\0'};
			if (before[k][i] == 0)
				continue;
			add(r, item, 1, before[k][i], noon(2022, 12, 20));
			add(r, item, 1, after[i], noon(2023, 1, 5));
		}
		add(r, "D", 1, 1, noon(2022, 12, 1));   /* sold before only */
		rr_euro_found f;
		assert_int_equal(0, euro_detect(r, 0, &f));
		if (f.change)
			fail_msg("case %d: a changeover found (%s, ratio %g)", k, f.change->code, f.ratio);
		rows_free(r);
	}
	rr_rows *r = rows_new();
	for (int i = 0; i < 3; i++) {
		const char item[2] = {(char)('A' + i), '\0'};
		add(r, item, 1, 75.35, noon(2021, 12, 20));
		add(r, item, 1, 10, noon(2022, 1, 5));
	}
	rr_euro_found f;
	assert_int_equal(0, euro_detect(r, 0, &f));
	assert_null(f.change);
	rows_free(r);
}

/* Three items' prices in two periods: before[i] at the first date, after[i] at the second;
 * the changeover euro_detect finds, or NULL. */
static const rr_euro_change *detect3(const double before[3], const double after[3],
				     int32_t first, int32_t second)
{
	rr_rows *r = rows_new();
	assert_non_null(r);
	for (int i = 0; i < 3; i++) {
		const char item[2] = {(char)('A' + i), '\0'};
		add(r, item, 1, before[i], first);
		add(r, item, 1, after[i], second);
	}
	rr_euro_found f;
	assert_int_equal(0, euro_detect(r, 0, &f));
	rows_free(r);
	return f.change;
}

/* t82 F1: a shop that rounded its euro prices up at the changeover, kuna / 7.5345 x 1.07 up to
 * .x9: 75.35/10.79 = 6.983, 37.67/5.39 = 6.989, 15.07/2.19 = 6.881, median 0.927 of the rate
 * (7.3% below, outside the 5% of a fall): Croatia's still. 30% up (5.80, 0.77 of the rate): not
 * a changeover. At BGN's 1.95583 a fall 10% short of the rate is a sale of 43% off (19.56/11.11
 * = 1.761, 0.90 of it): not Bulgaria's, the 5% stays there. */
static void test_detect_rounded_up(void **state)
{
	(void)state;
	const double kuna[3] = {75.35, 37.67, 15.07}, up7[3] = {10.79, 5.39, 2.19};
	const double up30[3] = {13.00, 6.50, 2.60};
	const double leva[3] = {19.56, 9.78, 3.91}, sale[3] = {11.11, 5.56, 2.22};
	const rr_euro_change *c = detect3(kuna, up7, noon(2022, 12, 20), noon(2023, 1, 5));
	if (!c || strcmp(c->code, "HRK") != 0)
		fail_msg("prices rounded up 7%%: %s", c ? c->code : "no changeover");
	assert_null(detect3(kuna, up30, noon(2022, 12, 20), noon(2023, 1, 5)));
	assert_null(detect3(leva, sale, noon(2025, 12, 20), noon(2026, 1, 5)));
}

/* t82 F1: two half-year exports joined, nothing within a quarter of the day (kuna sold on
 * 2022-08-27, euro from 2023-03-01): the quarters are counted from the nearest sales each
 * side. A side more than a year away (kuna of 2021-11-30, 397 days before): not compared. */
static void test_detect_gap(void **state)
{
	(void)state;
	const double kuna[3] = {75.35, 37.67, 15.07}, euro[3] = {10, 5, 2};
	const rr_euro_change *c = detect3(kuna, euro, noon(2022, 8, 27), noon(2023, 3, 1));
	if (!c || strcmp(c->code, "HRK") != 0)
		fail_msg("half-year exports: %s", c ? c->code : "no changeover");
	assert_null(detect3(kuna, euro, noon(2021, 11, 30), noon(2023, 1, 5)));
}

/* A whole load: the warning names the day, the country, the rate and the option; with
 * --convert-currency HRK the spend is (75.35 + 2 x 37.67 + 15.07) / 7.5345 + 10 + 5 + 3 x 2
 * = 165.76 / 7.5345 + 21, said in a note; an unknown code is refused with the table's codes. */
static void test_load_warns_and_converts(void **state)
{
	(void)state;
	const char *csv = "Invoice,Date,Customer,Item,Quantity,Price\n"
			  "I1,2022-12-20,C1,A,1,75.35\nI1,2022-12-20,C1,B,2,37.67\n"
			  "I2,2022-12-28,C2,C,1,15.07\nI3,2023-01-05,C1,A,1,10.00\n"
			  "I3,2023-01-05,C1,B,1,5.00\nI4,2023-01-10,C2,C,3,2.00\n";
	char *p = tu_write_temp_str(csv);
	rr_rows *r = ingest_read(p, NULL, NULL);
	if (!r)
		fail_msg("%s", err_msg());
	if (!strstr(r->reading, "changes by one factor on 2023-01-01, the day Croatia adopted the "
		    "euro at 7.5345 HRK to the euro") ||
	    !strstr(r->reading, "load with --convert-currency HRK"))
		fail_msg("no changeover warning: %s", r->reading);
	double spend = 0;
	for (size_t i = 0; i < r->n; i++)
		spend += r->qty[i] * r->price[i];
	assert_true(fabs(spend - 186.76) < 1e-9);
	rows_free(r);
	rr_ingest_opts o = {.convert_currency = "HRK"};
	r = ingest_read(p, &o, NULL);
	if (!r)
		fail_msg("%s", err_msg());
	if (!strstr(r->reading, "prices: the 3 rows dated before 2023-01-01 read as HRK, converted "
		    "to euro") || strstr(r->reading, "changes by one factor"))
		fail_msg("no conversion note: %s", r->reading);
	spend = 0;
	for (size_t i = 0; i < r->n; i++)
		spend += r->qty[i] * r->price[i];
	assert_true(fabs(spend - (165.76 / 7.5345 + 21)) < 1e-9);
	rows_free(r);
	o.convert_currency = "GBP";
	assert_null(ingest_read(p, &o, NULL));
	assert_non_null(strstr(err_msg(), "'GBP' is no money the euro replaced (name one of ATS, "
				"BEF, DEM, ESP, FIM, FRF, GRD, IEP, ITL, LUF, NLG, PTE, SIT, CYP, MTL, "
				"SKK, EEK, LVL, LTL, HRK, BGN"));
	tu_remove(p);
}

/* A Currency column of HRK then EUR: the changeover said instead of "load one currency's rows
 * at a time"; converted, no warning of two currencies at all; one kuna row after the day, and
 * the warning of two currencies stays. */
static void test_currency_column_changeover(void **state)
{
	(void)state;
	const char *csv = "Invoice,Date,Customer,Item,Quantity,Price,Currency\n"
			  "I1,2022-12-20,C1,A,1,75.35,HRK\nI1,2022-12-20,C1,B,2,37.67,HRK\n"
			  "I2,2022-12-28,C2,C,1,15.07,HRK\nI3,2023-01-05,C1,A,1,10.00,EUR\n"
			  "I3,2023-01-05,C1,B,1,5.00,EUR\nI4,2023-01-10,C2,C,3,2.00,EUR\n";
	char *p = tu_write_temp_str(csv);
	rr_rows *r = ingest_read(p, NULL, NULL);
	if (!r)
		fail_msg("%s", err_msg());
	if (!strstr(r->reading, "'Currency' changes from HRK (3 rows) to EUR (3) on 2023-01-01, "
		    "the day Croatia adopted the euro") || strstr(r->reading, "one currency's rows") ||
	    strstr(r->reading, "changes by one factor"))
		fail_msg("no changeover said: %s", r->reading);
	rows_free(r);
	rr_ingest_opts o = {.convert_currency = "hrk"};
	r = ingest_read(p, &o, NULL);
	if (!r)
		fail_msg("%s", err_msg());
	if (strstr(r->reading, "warning: 'Currency'") || !strstr(r->reading, "converted to euro"))
		fail_msg("converted, yet: %s", r->reading);
	rows_free(r);
	tu_remove(p);
	/* a kuna row after the day: the moneys interleave, no changeover is claimed (the prices
	 * still fall by the rate: B 7.534, C 7.535, A 75.35 / 42.675) */
	char more[600];
	snprintf(more, sizeof more, "%sI5,2023-01-12,C1,A,1,75.35,HRK\n", csv);
	p = tu_write_temp_str(more);
	r = ingest_read(p, NULL, NULL);
	if (!r)
		fail_msg("%s", err_msg());
	if (strstr(r->reading, "changes from HRK") ||
	    !strstr(r->reading, "'Currency' holds more than one currency (HRK in 4 rows, EUR in 3)"))
		fail_msg("interleaved moneys said as a changeover: %s", r->reading);
	rows_free(r);
	tu_remove(p);
}

/* The spend of the load of csv with o (NULL: none), its summary into reading[size]. */
static double load_spend(const char *csv, const rr_ingest_opts *o, char *reading, size_t size)
{
	char *p = tu_write_temp_str(csv);
	rr_rows *r = ingest_read(p, o, NULL);
	if (!r)
		fail_msg("%s", err_msg());
	double spend = 0;
	for (size_t i = 0; i < r->n; i++)
		spend += r->qty[i] * r->price[i];
	snprintf(reading, size, "%s", r->reading ? r->reading : "");
	rows_free(r);
	tu_remove(p);
	return spend;
}

#define KUNA_EURO_ROWS \
	"I1,2022-12-20,C1,A,1,75.35,HRK\nI1,2022-12-20,C1,B,2,37.67,HRK\n" \
	"I2,2022-12-28,C2,C,1,15.07,HRK\nI3,2023-01-05,C1,A,1,10.00,EUR\n" \
	"I3,2023-01-05,C1,B,1,5.00,EUR\nI4,2023-01-10,C2,C,3,2.00,EUR\n"

/* t82 F8, F6: --convert-currency follows a currency column. A kuna sale of the fortnight both
 * moneys were paid in (I5, 2023-01-12, HRK) is converted too: (75.35 + 2 x 37.67 + 15.07 +
 * 75.35) / 7.5345 + 10 + 5 + 3 x 2, said, and no "load one currency's rows at a time". A
 * file whose column says EUR on every row (a Croatian shop exporting its history in euro)
 * converts nothing, warned: 75.35 + 75.34 + 15.07 + 21. */
static void test_convert_follows_currency(void **state)
{
	(void)state;
	char reading[4096];
	rr_ingest_opts o = {.convert_currency = "HRK"};
	double spend = load_spend("Invoice,Date,Customer,Item,Quantity,Price,Currency\n"
				  KUNA_EURO_ROWS "I5,2023-01-12,C1,A,1,75.35,HRK\n", &o, reading,
				  sizeof reading);
	if (fabs(spend - (241.11 / 7.5345 + 21)) > 1e-9)
		fail_msg("spend %.4f, not %.4f: %s", spend, 241.11 / 7.5345 + 21, reading);
	if (!strstr(reading, "1 row dated from 2023-01-01 whose currency says HRK (the old money "
		    "still paid in) converted too") || strstr(reading, "one currency's rows"))
		fail_msg("the fortnight's kuna row not said: %s", reading);
	spend = load_spend("Invoice,Date,Customer,Item,Quantity,Price,Currency\n"
			   "I1,2022-12-20,C1,A,1,75.35,EUR\nI1,2022-12-20,C1,B,2,37.67,EUR\n"
			   "I2,2022-12-28,C2,C,1,15.07,EUR\nI3,2023-01-05,C1,A,1,10.00,EUR\n"
			   "I3,2023-01-05,C1,B,1,5.00,EUR\nI4,2023-01-10,C2,C,3,2.00,EUR\n",
			   &o, reading, sizeof reading);
	if (fabs(spend - 186.76) > 1e-9 ||
	    !strstr(reading, "--convert-currency HRK converts nothing: no row's currency says HRK "
		    "(EUR on 3 rows dated before 2023-01-01"))
		fail_msg("euro rows converted (%.2f): %s", spend, reading);
}

/* t82 F4: times with offsets are UTC minutes; Croatia's day began at 2022-12-31 23:00 UTC.
 * The euro sales of 2023-01-01 00:30 +01:00 stay: (75.35 + 2 x 37.67 + 15.07) / 7.5345 +
 * 10 + 5 + 3 x 2; the kuna sale of 2022-12-31 23:30 +01:00 is converted. Without offsets
 * the times are the shop's own: the same split. */
static void test_convert_local_midnight(void **state)
{
	(void)state;
	char reading[4096];
	rr_ingest_opts o = {.convert_currency = "HRK"};
	const char *zoned = "Invoice,Date,Customer,Item,Quantity,Price\n"
			    "I1,2022-12-20T10:00:00+01:00,C1,A,1,75.35\n"
			    "I1,2022-12-20T10:00:00+01:00,C1,B,2,37.67\n"
			    "I2,2022-12-31T23:30:00+01:00,C2,C,1,15.07\n"
			    "I3,2023-01-01T00:30:00+01:00,C1,A,1,10.00\n"
			    "I3,2023-01-01T00:30:00+01:00,C1,B,1,5.00\n"
			    "I4,2023-01-10T10:00:00+01:00,C2,C,3,2.00\n";
	double want = 165.76 / 7.5345 + 21;
	double spend = load_spend(zoned, &o, reading, sizeof reading);
	if (fabs(spend - want) > 1e-9 || !strstr(reading, "the 3 rows dated before 2023-01-01"))
		fail_msg("offsets: spend %.4f, not %.4f: %s", spend, want, reading);
	spend = load_spend("Invoice,Date,Customer,Item,Quantity,Price\n"
			   "I1,2022-12-20 10:00,C1,A,1,75.35\nI1,2022-12-20 10:00,C1,B,2,37.67\n"
			   "I2,2022-12-31 23:30,C2,C,1,15.07\nI3,2023-01-01 00:30,C1,A,1,10.00\n"
			   "I3,2023-01-01 00:30,C1,B,1,5.00\nI4,2023-01-10 10:00,C2,C,3,2.00\n",
			   &o, reading, sizeof reading);
	if (fabs(spend - want) > 1e-9)
		fail_msg("as written: spend %.4f, not %.4f: %s", spend, want, reading);
}

/* t82 F15: half price from 1 January 2026 (20 -> 10, 10 -> 5, 4 -> 2: 2 = 1.0226 x BGN's
 * 1.95583) is a sale, not Bulgaria's changeover, with or without a Currency column of GBP;
 * and a column of GBP keeps even a fall by HRK's exact rate from being called kuna. */
static void test_other_money_no_changeover(void **state)
{
	(void)state;
	char reading[4096];
	const char *head[2] = {"Invoice,Date,Customer,Item,Quantity,Price,Currency\n",
			       "Invoice,Date,Customer,Item,Quantity,Price\n"};
	for (int k = 0; k < 2; k++) {
		const char *cur = k ? "" : ",GBP";
		char csv[1200];
		snprintf(csv, sizeof csv, "%sI1,2025-12-20,C1,A,1,20.00%s\nI1,2025-12-20,C1,B,2,10.00%s\n"
			 "I2,2025-12-28,C2,C,1,4.00%s\nI3,2026-01-05,C1,A,1,10.00%s\n"
			 "I3,2026-01-05,C1,B,1,5.00%s\nI4,2026-01-10,C2,C,3,2.00%s\n", head[k],
			 cur, cur, cur, cur, cur, cur);
		load_spend(csv, NULL, reading, sizeof reading);
		if (strstr(reading, "adopted the euro"))
			fail_msg("half price read as a changeover (%s): %s", k ? "no column" : "GBP",
				 reading);
	}
	char csv[1200];
	snprintf(csv, sizeof csv, "%s%s", head[0], KUNA_EURO_ROWS);
	for (char *p = strstr(csv, "HRK"); p; p = strstr(csv, "HRK"))
		memcpy(p, "GBP", 3);
	for (char *p = strstr(csv, "EUR"); p; p = strstr(csv, "EUR"))
		memcpy(p, "GBP", 3);
	load_spend(csv, NULL, reading, sizeof reading);
	if (strstr(reading, "adopted the euro"))
		fail_msg("a GBP file read as kuna: %s", reading);
}

/* The manual lists the table's changeovers, each as "CODE (Country, YYYY-MM-DD, rate" (its
 * source lines joined), the rate's digits as the table has them: a changeover added to the
 * table and not to the manual, or a rate mistyped in either, fails here. */
static void test_manual_lists_table(void **state)
{
	(void)state;
	FILE *f = fopen("man/relrec.1", "r");
	if (!f)
		fail_msg("cannot open man/relrec.1 (run the test from the top of the tree)");
	char *text = calloc(1, 1 << 21);
	assert_non_null(text);
	size_t n = fread(text, 1, (1 << 21) - 1, f);
	fclose(f);
	text[n] = '\0';
	for (size_t i = 0; i < n; i++)   /* the source's lines joined, as groff fills them */
		text[i] = text[i] == '\n' ? ' ' : text[i];
	for (const rr_euro_change *c = euro_changes; c->code; c++) {
		char want[80], rate[24];
		snprintf(want, sizeof want, "%s (%s, %04d\\-%02d\\-%02d, ", c->code, c->country,
			 c->year, c->month, c->day);
		const char *at = strstr(text, want);
		snprintf(rate, sizeof rate, "%.6g", c->rate);
		if (!at || strncmp(at + strlen(want), rate, strlen(rate)) != 0)
			fail_msg("man/relrec.1 lacks '%s%s'", want, rate);
	}
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_detect_kuna),
		cmocka_unit_test(test_detect_2002),
		cmocka_unit_test(test_detect_rounded_up),
		cmocka_unit_test(test_detect_gap),
		cmocka_unit_test(test_detect_none),
		cmocka_unit_test(test_load_warns_and_converts),
		cmocka_unit_test(test_currency_column_changeover),
		cmocka_unit_test(test_convert_follows_currency),
		cmocka_unit_test(test_convert_local_midnight),
		cmocka_unit_test(test_other_money_no_changeover),
		cmocka_unit_test(test_manual_lists_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
