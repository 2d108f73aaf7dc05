/* test_ingest_t80.c — columns and words of other languages that were read wrong unsaid
 * (tester t80): a unit-of-measure column under its plain names (F3), an event column
 * under its names in other languages (F4). Every fixture is
 * hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"

#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

static rr_rows *load_csv(const char *text)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	return r;
}

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
		rr_rows *r = load_csv(text);
		assert_int_equal(3, r->n);
		snprintf(want, sizeof want, "'%s' gives each quantity's unit, and 'Quantity' is in "
			 "2 units (g 1, kg 2 rows)", names[k]);
		if (!strstr(r->reading, want))
			fail_msg("[%s] no warning of two units: %s", names[k], r->reading);
		rows_free(r);
	}
	rr_rows *r = load_csv("Date,Invoice,Customer ID,SKU,Quantity,Unit,Unit Price\n"
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
		rr_rows *r = load_csv(text);
		if (r->n != 1)
			fail_msg("[%s] %zu rows kept, want the one purchase: %s", names[k], r->n,
				 r->reading);
		rows_free(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unit_column_names),
		cmocka_unit_test(test_event_column_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
