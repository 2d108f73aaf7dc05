/* test_ingest_roles.c — column roles and their hints: a date's and a time's name in one
 * column's (t46 F2), the customer's names in German accounting (F3), the hints of a quantity,
 * price, line total or invoice drawn from the names table (F9), a row counter that is no
 * price and a buyer's column named before a code's (F12). */
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

/* t46 F2: Epos Now's Date/Time holds the date and its time: the date's column, not the time's
 * (the load was refused, "no column's name or values are a date's"); so are the same names in
 * other languages and joins, and a Day beside it yields to it. */
static void test_date_time_name(void **state)
{
	(void)state;
	static const char *const names[] = {"Date/Time", "Sale Date/Time", "Date & Time",
					    "Date and Time", "Datum/Zeit", "Datum/Uhrzeit",
					    "Fecha y hora", "Date/Heure", NULL};
	for (const char *const *n = names; *n; n++) {
		char text[256];
		snprintf(text, sizeof text, "Transaction ID,%s,Customer,Barcode,Quantity\n"
			 "1,05/01/2024 13:22,A,111,1\n2,06/01/2024 14:00,B,112,2\n", *n);
		rr_rows *r = load_csv(text);
		if (!r)
			fail_msg("'%s': %s", *n, err_msg());
		char want[64];
		snprintf(want, sizeof want, "date=%s", *n);
		assert_non_null(strstr(r->reading, want));
		assert_int_equal(2, r->n);
		rows_free(r);
	}
	rr_rows *r = load_csv("Transaction ID,Day,Date/Time,Customer,Barcode,Quantity\n"
			      "1,2024-01-05,05/01/2024 13:22,A,111,1\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "date=Date/Time"));
	rows_free(r);
	/* a time's name after another's is still the time's: Invoice/Time is no date */
	r = load_csv("Date,Order Lines/Time,Customer,SKU\n2024-01-05,10:15,A,S1\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "date=Date, time=Order Lines/Time"));
	rows_free(r);
}

/* t46 F3: bexio's Kontakt, BMD's Kontonummer and the like are named as what the customer
 * may be, with the map that reads them, not a file to join to another table */
static void test_customer_account_names(void **state)
{
	(void)state;
	static const char *const names[] = {"Kontakt", "Kontonummer", "Kontonr", "Konto-Nr.",
					    "Kontaktname", "Konto", "Contact", NULL};
	for (const char *const *n = names; *n; n++) {
		char text[256];
		snprintf(text, sizeof text, "Belegnr;Belegdatum;%s;Artikelnummer;Menge\n"
			 "AR1;05.01.2024;200001;4711;1\nAR2;06.01.2024;200002;4712;2\n", *n);
		assert_null(load_csv(text));
		if (!strstr(err_msg(), "may be the customer") || strstr(err_msg(), "join the table"))
			fail_msg("'%s': %s", *n, err_msg());
	}
	/* a word that only starts so is none (Kontostand, a balance) */
	assert_null(load_csv("Belegnr;Belegdatum;Kontostand;Artikelnummer;Menge\n"
			     "AR1;05.01.2024;200001;4711;1\n"));
	assert_null(strstr(err_msg(), "may be the customer"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date_time_name),
		cmocka_unit_test(test_customer_account_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
