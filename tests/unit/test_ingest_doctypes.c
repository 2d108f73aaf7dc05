/* test_ingest_doctypes.c — document types that tell a sale from a bill, a return and the
 * return's own order (t85 F2, F7). */
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

/* t85 F2: 1C's Тип документа (or Вид документа), its values the documents' full names, is
 * the event column: Реализация товаров и услуг a sale, Счёт на оплату покупателю a bill
 * (skipped), Возврат товаров от покупателя a customer's return (a value's 55 bytes were past
 * the document words' bound, and the column was left unused unsaid). */
static void test_1c_document_names(void **state)
{
	(void)state;
	static const char *const heads[] = {"\xD0\xA2\xD0\xB8\xD0\xBF", "\xD0\x92\xD0\xB8\xD0\xB4"};
	static const char sale[] = "\xD0\xA0\xD0\xB5\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xB7\xD0\xB0\xD1"
				   "\x86\xD0\xB8\xD1\x8F \xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0"
				   "\xBE\xD0\xB2 \xD0\xB8 \xD1\x83\xD1\x81\xD0\xBB\xD1\x83\xD0\xB3";
	static const char bill[] = "\xD0\xA1\xD1\x87\xD1\x91\xD1\x82 \xD0\xBD\xD0\xB0 \xD0\xBE\xD0"
				   "\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD1\x83 \xD0\xBF\xD0\xBE\xD0\xBA\xD1"
				   "\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8E";
	static const char back[] = "\xD0\x92\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82 \xD1"
				   "\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2 \xD0\xBE\xD1"
				   "\x82 \xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0"
				   "\xB5\xD0\xBB\xD1\x8F";
	for (int h = 0; h < 2; h++) {
		char text[4096];
		size_t at = (size_t)snprintf(text, sizeof text,
			"\xD0\x9D\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80;\xD0\x94\xD0\xB0\xD1\x82\xD0\xB0;%s "
			"\xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0;"
			"\xD0\x9A\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82;"
			"\xD0\x9A\xD0\xBE\xD0\xB4;\xD0\x9A\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81"
			"\xD1\x82\xD0\xB2\xD0\xBE;\xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0\n", heads[h]);
		for (int i = 0; i < 12; i++)   /* 8 sales, 2 bills, 2 returns */
			at += (size_t)snprintf(text + at, sizeof text - at,
					       "%05d;%02d.08.2024;%s;00%02d;0000%d;%d;482,00\n", i + 1,
					       i + 1, i < 8 ? sale : i < 10 ? bill : back, i % 4, i % 3,
					       i % 3 + 1);
		assert_true(at < sizeof text);
		rr_rows *r = tu_load_csv(text);
		size_t back_rows = 0;
		for (size_t k = 0; k < r->n; k++)
			back_rows += r->qty[k] < 0;
		assert_int_equal(10, r->n);
		assert_int_equal(2, r->skipped);
		assert_int_equal(2, back_rows);
		if (!strstr(r->reading, "read as returns"))
			fail_msg("no returns read: %s", r->reading);
		rows_free(r);
	}
}

/* rows of text of type types[i % nt] for i < rows: a Business Central sales-line export, or
 * (de) a German ERP's, each return written once per type after the invoices */
static rr_rows *doc_load(const char *const *types, int nt, int de)
{
	char text[8192];
	size_t at = (size_t)snprintf(text, sizeof text, de ?
		"Belegart;Belegnr;Datum;Kundennr;Artikelnr;Bezeichnung;Menge;Einzelpreis\n" :
		"Document Type,Document No.,Posting Date,Sell-to Customer No.,Item No.,Description,"
		"Quantity,Unit Price\n");
	for (int i = 0; i < 20; i++)   /* 20 invoices of 3 units */
		at += (size_t)snprintf(text + at, sizeof text - at, de ?
				       "%s;RE%03d;%02d.03.2024;K%d;A%d;Artikel %d;3;10,00\n" :
				       "%s,PSI%03d,03/%02d/2024,C%d,ITEM-%d,Item %d,3,10.00\n",
				       de ? "Rechnung" : "Invoice", i, i + 1, i % 5, i % 4, i % 4);
	for (int i = 0; i < 4; i++)   /* 4 returns of one unit, once per type */
		for (int t = 0; t < nt; t++)
			at += (size_t)snprintf(text + at, sizeof text - at, de ?
					       "%s;RT%d%03d;%02d.04.2024;K%d;A%d;Artikel %d;1;10,00\n" :
					       "%s,SR%d%03d,04/%02d/2024,C%d,ITEM-%d,Item %d,1,10.00\n",
					       types[t], t, i, i + 1, i % 5, i % 4, i % 4);
	assert_true(at < sizeof text);
	return tu_load_csv(text);
}

static size_t returned_units(const rr_rows *r)
{
	double q = 0;
	for (size_t k = 0; k < r->n; k++)
		q -= r->qty[k] < 0 ? r->qty[k] : 0;
	return (size_t)q;
}

/* t85 F7: Business Central's Return Order beside its Posted Sales Credit Memo, a German
 * Retoure beside its Gutschrift: one return, the order skipped and said (each was counted
 * twice); an order of a return alone, or a credit memo alone, is the return. */
static void test_return_order_beside_memo(void **state)
{
	(void)state;
	static const char *const bc[] = {"Return Order", "Credit Memo"};
	static const char *const de[] = {"Retoure", "Gutschrift"};
	rr_rows *r = doc_load(bc, 2, 0);
	assert_int_equal(4, returned_units(r));
	assert_int_equal(4, r->skipped);
	if (!strstr(r->reading, "(Return Order 4 beside Credit Memo 4): the orders skipped"))
		fail_msg("no note of the orders: %s", r->reading);
	assert_null(strstr(r->reading, "read like credit notes"));
	rows_free(r);
	r = doc_load(de, 2, 1);
	assert_int_equal(4, returned_units(r));
	assert_int_equal(4, r->skipped);
	rows_free(r);
	/* alone, each is the return */
	for (int t = 0; t < 2; t++) {
		r = doc_load(bc + t, 1, 0);
		assert_int_equal(4, returned_units(r));
		assert_int_equal(0, r->skipped);
		assert_null(strstr(r->reading, "the orders skipped"));
		rows_free(r);
		r = doc_load(de + t, 1, 1);
		assert_int_equal(4, returned_units(r));
		assert_int_equal(0, r->skipped);
		rows_free(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_1c_document_names),
		cmocka_unit_test(test_return_order_beside_memo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
