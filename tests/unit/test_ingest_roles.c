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

static rr_rows *load_map(const char *text, const char *map)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_load(p, map, 0, NULL);
	tu_remove(p);
	return r;
}

/* t46 F12: a row counter (1, 2, 3 ... on every line) is never offered as the unit price or
 * the quantity; a code column whose name holds an item's word is offered as the item, not as
 * the customer; Coupang's bare buyer is the customer by name. */
static void test_row_counter_and_buyer(void **state)
{
	(void)state;
	rr_rows *r = load_map("Nr,Kaeufer,Code,Tag\n1,c1,A1,2024-01-02\n2,c1,B1,2024-01-02\n"
			      "3,c2,A1,2024-01-03\n4,c3,C1,2024-01-04\n5,c2,B1,2024-01-05\n",
			      "user=Kaeufer,item=Code,date=Tag");
	assert_non_null(r);
	if (strstr(r->reading, "'Nr' is") || strstr(r->reading, "price='Nr'"))
		fail_msg("%s", r->reading);
	rows_free(r);
	/* 구매자 (buyer) and 업체상품코드 (the seller's product code: 상품코드 an item's name) */
	assert_null(load_csv("No,\xEA\xB5\xAC\xEB\xA7\xA4\xEC\x9E\x90,"
			     "\xEC\x97\x85\xEC\xB2\xB4\xEC\x83\x81\xED\x92\x88\xEC\xBD\x94\xEB\x93\x9C,"
			     "Date\n1,Kim,SKU-1004,2024-01-04\n2,Lee,SKU-1001,2024-01-04\n"
			     "3,Park,SKU-1002,2024-01-05\n"));
	if (!strstr(err_msg(), "no column for 'item'") ||
	    !strstr(err_msg(), "'SKU-1004') could be the item") ||
	    strstr(err_msg(), "could be the customer"))
		fail_msg("%s", err_msg());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date_time_name),
		cmocka_unit_test(test_customer_account_names),
		cmocka_unit_test(test_row_counter_and_buyer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
