/* test_ingest_t80.c — columns and words of other languages that were read wrong unsaid
 * (tester t80): a unit-of-measure column under its plain names (F3), an event column
 * under its names in other languages (F4), a line's return flag (F5) and cancelled flag (F6)
 * under theirs, and a returned quantity's column beside the sale's (F5); a Hindi status
 * column and cancel words of more languages (F7); a refund whose only sign is its negative
 * line total (F8). Every fixture is
 * hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

/* t80 F3: a deli's till writes 750 g beside 1 kg in a column named Unit (or Unidad, 単位,
 * 단위, Birim, الوحدة, หน่วย): the quantity is in two units, which is warned of as UoM's
 * and Einheit's columns are; a Unit column of one unit is no doubt. */
static void test_unit_column_names(void **state)
{
	(void)state;
	static const char *const names[] = {
		"Unit", "Unit of Measure", "Unidad", "Unidade", "\xE5\x8D\x98\xE4\xBD\x8D",
		"\xEB\x8B\xA8\xEC\x9C\x84", "Birim", "\xD8\xA7\xD9\x84\xD9\x88\xD8\xAD\xD8\xAF\xD8\xA9",
		"\xE0\xB8\xAB\xE0\xB8\x99\xE0\xB9\x88\xE0\xB8\xA7\xE0\xB8\xA2", "\xD0\x95\xD0\xB4.",
		"\xC4\x90VT"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[512], want[128];
		snprintf(text, sizeof text, "Date,Invoice,Customer ID,SKU,Quantity,%s,Unit Price\n"
			 "2024-03-23,1,24,7,750,g,10.00\n2024-03-23,1,24,8,1,kg,4.00\n"
			 "2024-03-24,2,25,7,2,kg,10.00\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(3, r->n);
		snprintf(want, sizeof want, "'%s' gives each quantity's unit, and 'Quantity' is in "
			 "2 units (g 1, kg 2 rows)", names[k]);
		if (!strstr(r->reading, want))
			fail_msg("[%s] no warning of two units: %s", names[k], r->reading);
		rows_free(r);
	}
	rr_rows *r = tu_load_csv("Date,Invoice,Customer ID,SKU,Quantity,Unit,Unit Price\n"
			      "2024-03-23,1,24,7,750,g,10.00\n2024-03-24,2,25,7,2,g,10.00\n");
	assert_null(strstr(r->reading, "gives each quantity's unit"));
	rows_free(r);
}

/* t80 F4: an event log's column under its name in German, Russian, Japanese, Korean,
 * Spanish, Turkish, Chinese, Arabic: only its purchase rows are kept (1 of 3 here), not the
 * views read as purchases. */
static void test_event_column_names(void **state)
{
	(void)state;
	static const char *const names[] = {
		"Ereignis", "\xD0\xA1\xD0\xBE\xD0\xB1\xD1\x8B\xD1\x82\xD0\xB8\xD0\xB5",
		"\xE3\x82\xA4\xE3\x83\x99\xE3\x83\xB3\xE3\x83\x88", "\xEC\x9D\xB4\xEB\xB2\xA4\xED\x8A\xB8",
		"Tipo de evento", "Olay", "\xE4\xBA\x8B\xE4\xBB\xB6\xE7\xB1\xBB\xE5\x9E\x8B",
		"\xD9\x86\xD9\x88\xD8\xB9 \xD8\xA7\xD9\x84\xD8\xAD\xD8\xAF\xD8\xAB"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[512];
		snprintf(text, sizeof text, "Date,Session,Customer ID,SKU,Quantity,Price,%s\n"
			 "2024-02-18,1,35,20,4,11.40,purchase\n2024-02-18,1,35,44,4,64.80,view\n"
			 "2024-02-19,2,36,20,1,11.40,view\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		if (r->n != 1)
			fail_msg("[%s] %zu rows kept, want the one purchase: %s", names[k], r->n,
				 r->reading);
		rows_free(r);
	}
}

/* The rows of r whose quantity is negative: returns. */
static size_t returns_of(const rr_rows *r)
{
	size_t k = 0;
	for (size_t i = 0; i < r->n; i++)
		k += r->qty[i] < 0;
	return k;
}

/* Three lines, the second flagged in a column named name with yes: a return (quantity -2)
 * for a return flag's name, a line never bought (two rows left, no return) for a cancel's. */
static void assert_flag(const char *name, const char *yes, const char *no, int ret)
{
	char text[512];
	snprintf(text, sizeof text, "Date,Invoice,Customer ID,SKU,Quantity,Unit Price,%s\n"
		 "2024-02-20,1,26,41,1,0.70,%s\n2024-02-21,2,27,42,2,1.50,%s\n"
		 "2024-02-22,3,28,43,3,2.00,%s\n", name, no, yes, no);
	rr_rows *r = tu_load_csv(text);
	size_t want_n = ret ? 3 : 2, want_ret = ret ? 1 : 0;
	if (r->n != want_n || returns_of(r) != want_ret)
		fail_msg("[%s=%s] %zu rows, %zu returns; want %zu, %zu: %s", name, yes, r->n,
			 returns_of(r), want_n, want_ret, r->reading);
	rows_free(r);
}

static void test_return_flag_names(void **state)
{
	(void)state;
	assert_flag("\xD0\x92\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82",
		    "\xD0\x94\xD0\xB0", "\xD0\x9D\xD0\xB5\xD1\x82", 1);
	assert_flag("Retoure", "ja", "nein", 1);
	assert_flag("\xE8\xBF\x94\xE5\x93\x81", "\xE2\x97\x8B", "", 1);
	assert_flag("\xEB\xB0\x98\xED\x92\x88\xEC\x97\xAC\xEB\xB6\x80", "Y", "N", 1);
	assert_flag("Devolu\xC3\xA7\xC3\xA3o", "Sim", "N\xC3\xA3o", 1);
	assert_flag("\xC4\xB0" "ade", "Evet", "Hay\xC4\xB1r", 1);
	assert_flag("\xE6\x98\xAF\xE5\x90\xA6\xE9\x80\x80\xE8\xB4\xA7", "\xE6\x98\xAF", "\xE5\x90\xA6", 1);
	assert_flag("\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9", "\xD9\x86\xD8\xB9\xD9\x85",
		    "\xD9\x84\xD8\xA7", 1);
}

static void test_cancel_flag_names(void **state)
{
	(void)state;
	assert_flag("\xD0\x9E\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB5\xD0\xBD",
		    "\xD0\x94\xD0\xB0", "\xD0\x9D\xD0\xB5\xD1\x82", 0);
	assert_flag("\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB", "1", "0", 0);
	assert_flag("\xE5\x8F\x96\xE6\xB6\x88", "\xE2\x97\x8B", "", 0);
	assert_flag("\xEC\xB7\xA8\xEC\x86\x8C\xEC\x97\xAC\xEB\xB6\x80", "Y", "N", 0);
	assert_flag("\xE6\x98\xAF\xE5\x90\xA6\xE5\x8F\x96\xE6\xB6\x88", "\xE6\x98\xAF", "\xE5\x90\xA6", 0);
	assert_flag("\xC4\xB0ptal", "Evet", "Hay\xC4\xB1r", 0);
	assert_flag("\xD9\x85\xD9\x84\xD8\xBA\xD9\x8A", "\xD9\x86\xD8\xB9\xD9\x85", "\xD9\x84\xD8\xA7", 0);
}

/* t80 F5: a returned quantity's column beside the sale's, named in Spanish, German,
 * Russian, Turkish: warned of as English's Returned Qty is (its units are read as bought). */
static void test_returned_qty_names(void **state)
{
	(void)state;
	static const char *const names[] = {
		"Cantidad devuelta", "Retourenmenge", "Qtd. devolvida",
		"\xD0\x9A\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE "
		"\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82\xD0\xB0",
		"\xC4\xB0" "ade Miktar\xC4\xB1", "\xE8\xBF\x94\xE5\x93\x81\xE6\x95\xB0"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[512], want[128];
		snprintf(text, sizeof text, "Date,Invoice,Customer ID,SKU,Quantity,Unit Price,%s\n"
			 "2024-02-20,1,26,41,2,0.70,0\n2024-02-21,2,27,42,2,1.50,1\n"
			 "2024-02-22,3,28,43,3,2.00,0\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "warning: '%s' is not read: 1 row", names[k]);
		if (!strstr(r->reading, want))
			fail_msg("[%s] not warned of: %s", names[k], r->reading);
		rows_free(r);
	}
}

/* t80 F7: an order's status under Hindi's name (स्थिति: पूर्ण, रद्द), and cancel words of
 * Rakuten (キャンセル確定), Arabic (تم الإلغاء), Hindi, Bengali, Urdu, Swahili under Status:
 * the cancelled order's line is skipped, the completed one kept. */
static void test_status_words(void **state)
{
	(void)state;
	static const char *const cases[][3] = {
		{"\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA5\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xBF",
		 "\xE0\xA4\xAA\xE0\xA5\x82\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xA3", "\xE0\xA4\xB0\xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xA6"},
		{"Status", "\xE7\x99\xBA\xE9\x80\x81\xE5\xAE\x8C\xE4\xBA\x86",
		 "\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB\xE7\xA2\xBA\xE5\xAE\x9A"},
		{"Status", "\xD9\x85\xD9\x83\xD8\xAA\xD9\x85\xD9\x84",
		 "\xD8\xAA\xD9\x85 \xD8\xA7\xD9\x84\xD8\xA5\xD9\x84\xD8\xBA\xD8\xA7\xD8\xA1"},
		{"Status", "\xE0\xA4\xAA\xE0\xA5\x82\xE0\xA4\xB0\xE0\xA4\xBE \xE0\xA4\xB9\xE0\xA5\x81\xE0\xA4\x86",
		 "\xE0\xA4\xB0\xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xA6 \xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE "
		 "\xE0\xA4\x97\xE0\xA4\xAF\xE0\xA4\xBE"},
		{"Status", "\xE0\xA6\xB8\xE0\xA6\xAE\xE0\xA7\x8D\xE0\xA6\xAA\xE0\xA6\xA8\xE0\xA7\x8D\xE0\xA6\xA8",
		 "\xE0\xA6\xAC\xE0\xA6\xBE\xE0\xA6\xA4\xE0\xA6\xBF\xE0\xA6\xB2"},
		{"Status", "\xD9\x85\xDA\xA9\xD9\x85\xD9\x84", "\xD9\x85\xD9\x86\xD8\xB3\xD9\x88\xD8\xAE"},
		{"Status", "Imekamilika", "Imefutwa"}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		char text[512];
		snprintf(text, sizeof text, "Order Date,Order ID,Customer ID,SKU,Quantity,Unit Price,"
			 "%s\n2024-03-22,1,5,51,4,4.83,%s\n2024-03-23,2,6,52,1,2.00,%s\n"
			 "2024-03-24,3,7,53,2,1.00,%s\n", cases[k][0], cases[k][1], cases[k][2],
			 cases[k][1]);
		rr_rows *r = tu_load_csv(text);
		if (r->n != 2)
			fail_msg("[%s: %s] %zu rows kept, want 2: %s", cases[k][0], cases[k][2], r->n,
				 r->reading);
		rows_free(r);
	}
}

/* t80 F8: Wave's refund line, 2 units at an Amount of (25.00) beside a sale of 3 at 30.00:
 * with the amount read (--map amount=Amount), the refund is a return of 2 units at 12.50,
 * not a line dropped for its negative price; the sale stays 3 at 10.00. */
static void test_negative_amount_refund(void **state)
{
	(void)state;
	char *p = tu_write_temp_str("Invoice Date,Invoice Number,Customer,Product,Quantity,Amount\n"
				    "2024-06-01,INV-1,Customer 8,Product 9,3,30.00\n"
				    "2024-06-02,INV-2,Customer 8,Product 9,2,(25.00)\n");
	rr_rows *r = ingest_read(p, &(rr_ingest_opts){.map = "amount=Amount"}, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	assert_int_equal(2, r->n);
	assert_true(r->qty[0] == 3 && r->price[0] == 10);
	assert_true(r->qty[1] == -2 && r->price[1] == 12.5);
	assert_non_null(strstr(r->reading, "note: 1 row with a negative amount and an unsigned "
					   "quantity (the first on line 3) read as returns"));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unit_column_names),
		cmocka_unit_test(test_event_column_names),
		cmocka_unit_test(test_return_flag_names),
		cmocka_unit_test(test_cancel_flag_names),
		cmocka_unit_test(test_returned_qty_names),
		cmocka_unit_test(test_status_words),
		cmocka_unit_test(test_negative_amount_refund),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
