/* test_ingest_t85.c — dates, flags and ids read wrong (tester t85): a cancellation's date
 * column holding a database's null date (F19). Every fixture is hand-made; the comment above
 * each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stamp_null_dates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
