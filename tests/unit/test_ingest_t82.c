/* test_ingest_t82.c — number shapes, title units and flag columns read wrong (tester t82):
 * a money mark with a dot hid the three-digits-after-the-point warning (F2), ways of writing
 * "amounts in thousands" in a title (F5) and a unit word in a shop's name (F20). Every fixture
 * is hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

static rr_rows *load_opts(const char *text, const rr_ingest_opts *o)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, o, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	return r;
}

static rr_rows *load_csv(const char *text)
{
	return load_opts(text, NULL);
}

/* t82 F2: whole-krone prices "1.299 kr." (and "Bs. 1.299", "Rs. 1.299", "1.299 лв."): the
 * mark's own dot is no second point, so every price's point stands before three digits and
 * the thousands warning is given, as for "1.299 kr"; with --decimal , they are 1299. */
static void test_mark_dot_thousands(void **state)
{
	(void)state;
	static const char *const forms[][2] = {
		{"%s kr.", "1.299 kr."}, {"Bs. %s", "Bs. 1.299"}, {"Rs. %s", "Rs. 1.299"},
		{"%s \xD0\xBB\xD0\xB2.", "1.299 \xD0\xBB\xD0\xB2."}, {"%s kr", "1.299 kr"}};
	for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
		char text[512], a[32], b[32], want[160];
		snprintf(a, sizeof a, forms[k][0], "1.299");
		snprintf(b, sizeof b, forms[k][0], "2.499");
		snprintf(text, sizeof text, "Dato;Kundenummer;Fakturanummer;Varenummer;Antal;Pris\n"
			 "2024-03-01;K1;F1;A;1;%s\n2024-03-02;K2;F2;B;2;%s\n", a, b);
		rr_rows *r = load_csv(text);
		assert_int_equal(2, r->n);
		snprintf(want, sizeof want, "every number written with a point has three digits "
			 "after it (2, the first on line 2: '%s')", forms[k][1]);
		if (!strstr(r->reading, want))
			fail_msg("[%s] no thousands warning: %s", forms[k][1], r->reading);
		rows_free(r);
		r = load_opts(text, &(rr_ingest_opts){.decimal = ","});
		assert_int_equal(2, r->n);
		assert_float_equal(1299, r->price[0], 1e-9);
		assert_float_equal(2499, r->price[1], 1e-9);
		rows_free(r);
	}
	/* a decimal price with a mark's dot is no doubt: 12.50 kr. */
	rr_rows *r = load_csv("Dato;Kundenummer;Fakturanummer;Varenummer;Antal;Pris\n2024-03-01;K1;F1;A;1;12.50 kr.\n"
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
	rr_rows *r = load_csv(text);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mark_dot_thousands),
		cmocka_unit_test(test_title_unit_forms),
		cmocka_unit_test(test_title_unit_not_stated),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
