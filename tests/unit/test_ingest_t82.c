/* test_ingest_t82.c — number shapes, title units and flag columns read wrong (tester t82):
 * a money mark with a dot hid the three-digits-after-the-point warning (F2), ways of writing
 * "amounts in thousands" in a title (F5) and a unit word in a shop's name (F20), a price
 * adjustment read as a return (F10), a flag's column holding dates (F11), ticks of emoji
 * pickers (F12), each column's own decimal mark (F16), Serbia's and North Macedonia's marks
 * (F22), a return column's counts (F17), a return policy's column (F19), the em dash of whole
 * francs (F25). Every fixture
 * is hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

/* t82 F2: whole-krone prices "1.299 kr." (and "Bs. 1.299", "Rs. 1.299", "1.299 лв."): the
 * mark's own dot is no second point, so every price's point stands before three digits and
 * the thousands warning is given, as for "1.299 kr"; with --decimal , they are 1299. */
static void test_mark_dot_thousands(void **state)
{
	(void)state;
	static const char *const forms[][2] = {
		{"%s kr.", "1.299 kr."}, {"Bs. %s", "Bs. 1.299"}, {"Rs. %s", "Rs. 1.299"},
		{"%s \xD0\xBB\xD0\xB2.", "1.299 \xD0\xBB\xD0\xB2."}, {"%s kr", "1.299 kr"},
		/* t82 F22: Serbia's dinar, North Macedonia's denar */
		{"%s din.", "1.299 din."}, {"%s \xD0\xB4\xD0\xB5\xD0\xBD.", "1.299 \xD0\xB4\xD0\xB5\xD0\xBD."}};
	for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
		char text[512], a[32], b[32], want[160];
		snprintf(a, sizeof a, forms[k][0], "1.299");
		snprintf(b, sizeof b, forms[k][0], "2.499");
		snprintf(text, sizeof text, "Dato;Kundenummer;Fakturanummer;Varenummer;Antal;Pris\n"
			 "2024-03-01;K1;F1;A;1;%s\n2024-03-02;K2;F2;B;2;%s\n", a, b);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(2, r->n);
		snprintf(want, sizeof want, "every number written with a point has three digits "
			 "after it (2, the first on line 2: '%s')", forms[k][1]);
		if (!strstr(r->reading, want))
			fail_msg("[%s] no thousands warning: %s", forms[k][1], r->reading);
		rows_free(r);
		r = tu_load_opts(text, &(rr_ingest_opts){.decimal = ","});
		assert_int_equal(2, r->n);
		assert_float_equal(1299, r->price[0], 1e-9);
		assert_float_equal(2499, r->price[1], 1e-9);
		rows_free(r);
	}
	/* an unknown abbreviation is stripped with its point (t82 F22: stripped of qqz alone,
	 * "1.299 qqz." became "1.299.", rejected again) */
	rr_rows *r = tu_load_csv("Dato;Kundenummer;Fakturanummer;Varenummer;Antal;Pris\n"
			      "2024-03-01;K1;F1;A;1;1.299 qqz.\n2024-03-02;K2;F2;B;1;2.50\n");
	assert_int_equal(1, r->n);
	if (!strstr(r->examples[0], "'qqz.' after the number is no currency relrec knows"))
		fail_msg("no strip of the word with its point: %s", r->examples[0]);
	rows_free(r);
	/* a decimal price with a mark's dot is no doubt: 12.50 kr. */
	r = tu_load_csv("Dato;Kundenummer;Fakturanummer;Varenummer;Antal;Pris\n2024-03-01;K1;F1;A;1;12.50 kr.\n"
			      "2024-03-02;K2;F2;B;2;1.299 kr.\n");
	assert_null(strstr(r->reading, "has three digits after it"));
	assert_float_equal(12.5, r->price[0], 1e-9);
	rows_free(r);
}

static const char *const title_rows = "date,invoice,customer,sku,qty,price\n"
				      "2023-01-02,1,C1,A,1,5\n2023-01-03,2,C2,B,2,7\n";

/* Loads title above title_rows; the unit the warning names, or NULL when none is said. */
static const char *title_said(const char *title, char *unit, size_t size)
{
	char text[600];
	snprintf(text, sizeof text, "%s\n%s", title, title_rows);
	rr_rows *r = tu_load_csv(text);
	assert_int_equal(2, r->n);
	assert_float_equal(5, r->price[0], 1e-12);   /* read as written */
	const char *at = strstr(r->reading, "gives the amounts' unit ('");
	const char *colon = at ? strstr(at, "': ") : NULL;
	const char *end = colon ? strchr(colon, ')') : NULL;
	if (!end) {
		rows_free(r);
		return NULL;
	}
	snprintf(unit, size, "%.*s", (int)(end - colon - 3), colon + 3);
	rows_free(r);
	return unit;
}

/* t82 F5: the usual ways of writing "amounts in thousands" (ten thousands for 万円, 만원) are
 * warned of, as "(in thousands)" is. */
static void test_title_unit_forms(void **state)
{
	(void)state;
	static const char *const titles[][2] = {
		{"Importi in migliaia di euro", "thousands"},
		{"Vendas por cliente (R$ mil)", "thousands"},
		{"Umsatz je Kunde, Betr\xC3\xA4ge in T\xE2\x82\xAC", "thousands"},
		{"CA par client en k\xE2\x82\xAC", "thousands"},
		{"\xE5\xA3\xB2\xE4\xB8\x8A\xE6\x98\x8E\xE7\xB4\xB0\xEF\xBC\x88\xE5\x8D\x98\xE4\xBD\x8D"
		 "\xEF\xBC\x9A\xE4\xB8\x87\xE5\x86\x86\xEF\xBC\x89", "ten thousands"},
		{"\xEB\xA7\xA4\xEC\xB6\x9C \xEB\x82\xB4\xEC\x97\xAD (\xEB\x8B\xA8\xEC\x9C\x84: "
		 "\xEB\xA7\x8C\xEC\x9B\x90)", "ten thousands"},
		{"Sales by customer (000s)", "thousands"}, {"Sales by customer $000s", "thousands"},
		{"Ventas (miles de pesos)", "thousands"}, {"Omzet x 1.000 euro", "thousands"},
		{"Sales (in thousands)", "thousands"}, {"Umsatz in TCHF", "thousands"},
		{"\xE5\xA3\xB2\xE4\xB8\x8A\xEF\xBC\x88\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86\xEF\xBC\x89",
		 "millions"}};
	char unit[32];
	for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
		const char *got = title_said(titles[k][0], unit, sizeof unit);
		if (!got || strcmp(got, titles[k][1]) != 0)
			fail_msg("[%s] said %s, not %s", titles[k][0], got ? got : "nothing",
				 titles[k][1]);
	}
}

/* t82 F20: a unit word that names no unit: a thousand-yen shop (千円均一ショップ), a number
 * going on (x 10000 rows), a kilo-euro price in a shop's slogan, Miles de Oro's shop. */
static void test_title_unit_not_stated(void **state)
{
	(void)state;
	static const char *const titles[] = {
		"\xE5\x8D\x83\xE5\x86\x86\xE5\x9D\x87\xE4\xB8\x80\xE3\x82\xB7\xE3\x83\xA7\xE3\x83\x83"
		"\xE3\x83\x97 \xE6\xB8\x8B\xE8\xB0\xB7\xE5\xBA\x97 \xE5\xA3\xB2\xE4\xB8\x8A\xE6\x98\x8E"
		"\xE7\xB4\xB0",
		"\xEC\xB2\x9C\xEC\x9B\x90\xEC\x83\xB5 \xEB\xA7\xA4\xEC\xB6\x9C",   /* 천원샵 매출 */
		"Export x 10000 rows", "Bikes under 5 k\xE2\x82\xAC", "Miles de Oro shop sales"};
	char unit[32];
	for (size_t k = 0; k < sizeof titles / sizeof *titles; k++)
		if (title_said(titles[k], unit, sizeof unit))
			fail_msg("[%s] said to give the unit %s", titles[k], unit);
}

/* t82 F10: beside a 10.00 sale, "A,1,-2.00" is 2.00 off, not a unit back, and a coupon of
 * an item never bought returns no goods: both warned of (2, one never bought); a real refund
 * of the item at its price ("A,1,-10.00") is not. */
static void test_amount_cuts(void **state)
{
	(void)state;
	const char *head = "Date,Invoice,Customer,SKU,Quantity,Amount\n"
			   "2024-06-01,I1,C1,A,2,20.00\n2024-06-02,I2,C2,A,1,10.00\n";
	char text[400];
	snprintf(text, sizeof text, "%s2024-06-01,I1,C1,A,1,-2.00\n2024-06-01,I1,C1,CPN,1,-5.00\n"
		 "2024-06-03,I3,C2,A,1,-10.00\n", head);
	rr_rows *r = tu_load_opts(text, &(rr_ingest_opts){.map = "amount=Amount"});
	assert_int_equal(5, r->n);
	assert_true(r->qty[2] == -1 && r->price[2] == 2);
	if (!strstr(r->reading, "warning: 2 of those returns (the first 'A', 2.00 a unit, sold at "
			"10.00 or more; 1 of an item never bought) are under half the item's lowest "
			"price: a price adjustment"))
		fail_msg("no adjustment warning: %s", r->reading);
	rows_free(r);
	snprintf(text, sizeof text, "%s2024-06-03,I3,C2,A,1,-10.00\n2024-06-04,I4,C2,A,2,(16.00)\n",
		 head);
	r = tu_load_opts(text, &(rr_ingest_opts){.map = "amount=Amount"});
	assert_int_equal(4, r->n);
	assert_null(strstr(r->reading, "price adjustment"));
	rows_free(r);
}

/* t82 F11: a cancel flag's column (Cancelled, Отменен, キャンセル, 取消) holding the day of the
 * cancellation: a dated line was cancelled (1 of 3 kept out), as under Cancelled at; a return
 * flag's (Retoure) holding the day of the return: that line is a return. */
static void test_flag_dates(void **state)
{
	(void)state;
	static const char *const names[] = {"Cancelled", "\xD0\x9E\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD"
		"\xD0\xB5\xD0\xBD", "\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB",
		"\xE5\x8F\x96\xE6\xB6\x88", "Retoure"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[400];
		snprintf(text, sizeof text, "Datum,Rechnung,Kunde,Artikel,Menge,Preis,%s\n"
			 "2024-04-01,R1,K1,A,1,9.50,\n2024-04-02,R2,K2,B,2,5.00,2024-04-19\n"
			 "2024-04-03,R3,K1,B,3,5.00,\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		int ret = k == 4;
		if (!strstr(r->reading, ret ? "is a return's date: a line with a date there was "
			    "returned" : "is a cancellation's date: a line with a date there was cancelled"))
			fail_msg("[%s] not read as a date's column: %s", names[k], r->reading);
		assert_int_equal(ret ? 3 : 2, r->n);
		if (ret)
			assert_true(r->qty[1] == -2);
		assert_null(strstr(r->reading, "no order's status relrec knows"));
		rows_free(r);
	}
}

/* t82 F12: a return flag ticked with the emoji tick (U+2714 U+FE0F), the check mark button
 * or a ticked box is true, as a bare tick is; a cross or an empty box is false. */
static void test_flag_ticks(void **state)
{
	(void)state;
	static const char *const ticks[][2] = {
		{"\xE2\x9C\x94\xEF\xB8\x8F", "\xE2\x9D\x8C"}, {"\xE2\x9C\x85", "\xE2\x9C\x97"},
		{"\xE2\x98\x91", "\xE2\x98\x90"}, {"\xE2\x98\x91\xEF\xB8\x8F", ""}};
	for (size_t k = 0; k < sizeof ticks / sizeof *ticks; k++) {
		char text[400];
		snprintf(text, sizeof text, "Datum,Rechnung,Kunde,Artikel,Menge,Preis,Retoure\n"
			 "2024-04-01,R1,K1,A,1,9.50,%s\n2024-04-02,R2,K2,B,2,5.00,%s\n"
			 "2024-04-03,R3,K1,B,3,5.00,\n", ticks[k][1], ticks[k][0]);
		rr_rows *r = tu_load_csv(text);
		if (!strstr(r->reading, "'Retoure' is a flag: a line marked true"))
			fail_msg("[%s] not read as a flag: %s", ticks[k][0], r->reading);
		assert_int_equal(3, r->n);
		assert_true(r->qty[0] == 1 && r->qty[1] == -2 && r->qty[2] == 3);
		rows_free(r);
	}
}

/* t82 F16: in a ';' file, weighed quantities with a decimal comma beside prices with a
 * decimal point (and the mirror) are each read with their column's mark: 0,284 kg at 17.01;
 * a column that shows both marks is still asked about. */
static void test_marks_by_column(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Datum;Kunde;Beleg;Artikel;Menge;Preis\n"
			      "2024-07-01;C1;B1;P1;0,284;17.01\n2024-07-02;C2;B2;P2;2;4.68\n"
			      "2024-07-03;C3;B3;P1;1,467;13.83\n");
	assert_int_equal(3, r->n);
	assert_float_equal(0.284, r->qty[0], 1e-9);
	assert_float_equal(17.01, r->price[0], 1e-9);
	assert_float_equal(1.467, r->qty[2], 1e-9);
	assert_non_null(strstr(r->reading, "note: the quantities are written with a decimal comma "
				"(line 2: '0,284'), the prices with a decimal point (line 2: '17.01')"));
	rows_free(r);
	r = tu_load_csv("Datum;Kunde;Beleg;Artikel;Menge;Preis\n"
		     "2024-07-01;C1;B1;P1;1.5;8,86\n2024-07-02;C2;B2;P2;2;4,60\n");
	assert_int_equal(2, r->n);
	assert_float_equal(1.5, r->qty[0], 1e-9);
	assert_float_equal(8.86, r->price[0], 1e-9);
	assert_non_null(strstr(r->reading, "note: the prices are written with a decimal comma"));
	rows_free(r);
	char *p = tu_write_temp_str("Datum;Kunde;Beleg;Artikel;Menge;Preis\n"
				    "2024-07-01;C1;B1;P1;0,5;8.86\n2024-07-02;C2;B2;P2;2;4,60\n");
	assert_null(ingest_read(p, NULL, NULL));
	tu_remove(p);
	assert_non_null(strstr(err_msg(), "numbers are written with a decimal comma"));
}

/* t82 F17: a return column (Retoure, İade, Возврат) of 0, 1, 2 counts units returned from
 * the line: warned of so, never as OpenCart's status ids whose --purchase 1,2 would skip
 * every line nothing came back from; every line is kept. */
static void test_return_counts(void **state)
{
	(void)state;
	static const char *const names[] = {"Retoure", "\xC4\xB0" "ade",
					    "\xD0\x92\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[400], want[200];
		snprintf(text, sizeof text, "Datum,Rechnung,Kunde,Artikel,Menge,Preis,%s\n"
			 "2024-04-01,R1,K1,A,2,9.50,0\n2024-04-02,R2,K2,B,3,5.00,2\n"
			 "2024-04-03,R3,K1,B,3,5.00,1\n2024-04-04,R4,K3,A,4,9.50,0\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(4, r->n);
		snprintf(want, sizeof want, "warning: '%s' holds small numbers (0 2, 2 1, 1 1), by "
			 "its name the units returned from each line", names[k]);
		if (!strstr(r->reading, want) || strstr(r->reading, "OpenCart"))
			fail_msg("[%s] %s", names[k], r->reading);
		rows_free(r);
	}
}

/* t82 F19: Returnable, Return Eligible, Return Policy say what may be returned, not what was:
 * no warning that its Yes lines return goods (its advice would drop sales); a Returned Qty
 * still is warned of. */
static void test_return_policy(void **state)
{
	(void)state;
	static const char *const names[] = {"Returnable", "Return Eligible", "Return Policy"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[400];
		snprintf(text, sizeof text, "Date,Invoice,Customer,Item,Quantity,Price,%s\n"
			 "2024-06-01,F1,C1,A,2,9.50,Yes\n2024-06-02,F2,C2,B,1,5.00,No\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(2, r->n);
		if (strstr(r->reading, "return goods on the sale's own line"))
			fail_msg("[%s] %s", names[k], r->reading);
		rows_free(r);
	}
	rr_rows *r = tu_load_csv("Date,Invoice,Customer,Item,Quantity,Price,Returned Qty\n"
			      "2024-06-01,F1,C1,A,2,9.50,1\n2024-06-02,F2,C2,B,1,5.00,0\n");
	assert_non_null(strstr(r->reading, "return goods on the sale's own line"));
	rows_free(r);
}

/* t82 F25: Swiss whole francs with an em dash, 24.—, are 24 as 24.– and 24.- are. */
static void test_franc_em_dash(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Datum;Kunde;Beleg;Artikel;Menge;Preis\n"
			      "2024-07-01;C1;B1;P1;2;24.\xE2\x80\x94\n2024-07-02;C2;B2;P2;1;12.\xE2\x80\x93\n"
			      "2024-07-03;C3;B3;P1;1;9.50\n");
	assert_int_equal(3, r->n);
	assert_float_equal(24, r->price[0], 1e-9);
	assert_float_equal(2, r->qty[0], 1e-9);
	assert_float_equal(12, r->price[1], 1e-9);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mark_dot_thousands),
		cmocka_unit_test(test_title_unit_forms),
		cmocka_unit_test(test_title_unit_not_stated),
		cmocka_unit_test(test_amount_cuts),
		cmocka_unit_test(test_flag_dates),
		cmocka_unit_test(test_flag_ticks),
		cmocka_unit_test(test_marks_by_column),
		cmocka_unit_test(test_return_counts),
		cmocka_unit_test(test_return_policy),
		cmocka_unit_test(test_franc_em_dash),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
