/* test_ingest_leftover.c — reading rules left over from the testers' rounds t82 and t83, their
 * reports lost and each case rebuilt: interleaved tills' receipts filled down (t82 F9). Every
 * fixture is hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

/* Row i's customer, "" for none. */
static const char *cust_of(const rr_rows *r, size_t i)
{
	return r->cust[i] == RR_NONE ? "" : strtab_get(r->customers, r->cust[i]);
}

/* Row i's stock code. */
static const char *item_of(const rr_rows *r, size_t i)
{
	return strtab_get(r->codes, r->item[i]);
}

/* Does text load to rows whose items and customers are want's, "ITEM=CUSTOMER" each, in
 * order? */
static void expect_rows(const char *text, const char *const *want, size_t n)
{
	rr_rows *r = tu_load_csv(text);
	if (r->n != n)
		fail_msg("%zu rows kept, not %zu: %s", r->n, n, r->reading);
	for (size_t i = 0; i < n; i++) {
		char got[64];
		snprintf(got, sizeof got, "%s=%s", item_of(r, i), cust_of(r, i));
		if (strcmp(got, want[i]) != 0)
			fail_msg("row %zu: %s, not %s: %s", i, got, want[i], r->reading);
	}
	rows_free(r);
}

/* t82 F9: a busy store's till journal, each till numbering its own receipts, their lines in
 * time order between each other, the date, time and card on a receipt's first line only.
 * Kasse 1's second line of receipt 1 (C) is followed by Kasse 3's first line of its receipt
 * 1: C is K100's, never K300's (it took K300's card from the line below); Kasse 2's receipt
 * 7 is a walk-in's (its rows kept by the load with no customer, the cleaning's to drop). */
static void test_tills_interleaved(void **state)
{
	(void)state;
	static const char *const want[] = {"A=K100", "B=", "C=K100", "D=K300", "E=", "F=K300"};
	expect_rows("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikel;Menge;Preis\n"
		    "Kasse 1;1;2024-03-04;08:00:01;K100;A;1;1,00\n"
		    "Kasse 2;7;2024-03-04;08:00:05;;B;1;1,00\n"
		    "Kasse 1;1;;;;C;1;1,00\n"
		    "Kasse 3;1;2024-03-04;08:00:09;K300;D;1;1,00\n"
		    "Kasse 2;7;;;;E;1;1,00\n"
		    "Kasse 3;1;;;;F;1;1,00\n", want, 6);
}

/* The look-alikes that stay as they were: an export sorted newest first, its order's first
 * line (date and card) below its other lines, of one till written on each line or on the
 * first line only, takes them up. */
static void test_tills_newest_first(void **state)
{
	(void)state;
	static const char *const want[] = {"B=K200", "A=K200", "D=K100", "C=K100"};
	expect_rows("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikel;Menge;Preis\n"
		    "Kasse 2;8;;;;B;1;1,00\n"
		    "Kasse 2;8;2024-03-04;08:10:01;K200;A;1;1,00\n"
		    "Kasse 1;7;;;;D;1;1,00\n"
		    "Kasse 1;7;2024-03-04;08:00:01;K100;C;1;1,00\n", want, 4);
	expect_rows("Kasse;Bon-Nr;Datum;Uhrzeit;Kundenkarte;Artikel;Menge;Preis\n"
		    ";8;;;;B;1;1,00\n"
		    "Kasse 2;8;2024-03-04;08:10:01;K200;A;1;1,00\n"
		    ";7;;;;D;1;1,00\n"
		    "Kasse 1;7;2024-03-04;08:00:01;K100;C;1;1,00\n", want, 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tills_interleaved),
		cmocka_unit_test(test_tills_newest_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
