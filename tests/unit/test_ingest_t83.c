/* test_ingest_t83.c — B2B and marketplace exports' columns (tester t83): quantity, customer,
 * unit price and line total headers of more languages and platforms (F13, F21, F22), an
 * order line's delivered quantity read over its ordered one (F14, F15), a pack's size read
 * beside a line total (F20), cases beside eaches (F16), and document types of goods sent
 * back and goods on commission (F4), a marketplace's buyer phone beside the name (F11), and a store report's total line (F24). Every fixture is
 * hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

/* The quantities of the lines read, summed. */
static double qty_sum(const rr_rows *r)
{
	double s = 0;
	for (size_t i = 0; i < r->n; i++)
		s += r->qty[i];
	return s;
}

/* F13: three lines of 3, 1 and 2 units under each name: 6 units, read from the column, not
 * one a line (3). */
static void test_qty_names(void **state)
{
	(void)state;
	static const char *const names[] = {"Qtd", "Qtde", "Stk.", "St\xC3\xBC" "ckzahl", "Nos",
		"Kuantiti", "Aant.", "Ant.", "St.", "Absatz", "Verkaufte Menge", "Sold Qty",
		"No. of Units", "Pcs", "Shipped", "Delivered", "Supplied", "Qty Supplied",
		"Liefermenge", "Qt\xC3\xA9 livr\xC3\xA9" "e", "Cantidad servida", "Aantal geleverd"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[512];
		snprintf(text, sizeof text, "Receipt,Date,Customer,SKU,%s,Price\n"
			 "R1,2024-03-01,C1,A,3,2.50\nR2,2024-03-02,C2,B,1,4.00\n"
			 "R3,2024-03-03,C1,B,2,4.00\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		assert_int_equal(3, r->n);
		if (r->no_qty || fabs(qty_sum(r) - 6) > 1e-9)
			fail_msg("[%s] quantity %g, not 6: %s", names[k], qty_sum(r), r->reading);
		rows_free(r);
	}
}

/* F21: the customer under each name: two customers (C1 twice), where the file was refused
 * for having none. */
static void test_customer_names(void **state)
{
	(void)state;
	static const char *const names[] = {"Kundenkarte", "Bonuskarte", "Payback-Nr",
		"Kundkort", "Mitgliedsnummer", "Loyalty ID", "Debitornr.", "Debiteurnr", "Klantnr",
		"Kund-ID", "Kunde-ID", "Kundekode", "Asiakasnro", "Code tiers",
		"N\xC2\xBA cliente", "Numer klienta", "Sold To", "Bill To"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[512], want[96];
		snprintf(text, sizeof text, "Receipt,Date,%s,SKU,Qty,Price\n"
			 "R1,2024-03-01,900113,A,3,2.50\nR2,2024-03-02,900114,B,1,4.00\n"
			 "R3,2024-03-03,900113,B,2,4.00\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "user=%s", names[k]);
		if (!strstr(r->reading, want))
			fail_msg("[%s] not the customer: %s", names[k], r->reading);
		assert_int_equal(3, r->n);
		rows_free(r);
	}
}

/* F22: a unit price under each name: 3 x 2.50 + 1 x 4.00 + 2 x 4.00 = 19.50 spent; a line
 * total under each of the others' names: the same 19.50. */
static void test_price_and_total_names(void **state)
{
	(void)state;
	static const char *const prices[] = {"Vlr. Unit.", "Valor Unit.", "P. unit.",
		"Pre\xC3\xA7o unit.", "Einzel-VK", "Brutto-VK", "EP", "E-Preis", "\xC3\x81-pris",
		"Prijs per stuk", "Pris/st", "Kappalehinta", "\xC3\x81-hinta", "Ladenpreis",
		"\xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xB7\xD0\xB0 \xD0\xB5\xD0\xB4."};
	static const char *const totals[] = {"Ext Price", "Ext. Amount", "Extension",
		"Zeilensumme", "Positionsbetrag", "Vlr. Total", "Valor Total", "Net Amount",
		"Warto\xC5\x9B\xC4\x87 netto", "Jumlah Harga"};
	for (size_t k = 0; k < sizeof prices / sizeof *prices + sizeof totals / sizeof *totals;
	     k++) {
		int total = k >= sizeof prices / sizeof *prices;
		const char *name = total ? totals[k - sizeof prices / sizeof *prices] : prices[k];
		char text[512];
		snprintf(text, sizeof text, "Receipt,Date,Customer,SKU,Qty,%s\n"
			 "R1,2024-03-01,C1,A,3,%s\nR2,2024-03-02,C2,B,1,4.00\n"
			 "R3,2024-03-03,C1,B,2,%s\n", name, total ? "7.50" : "2.50",
			 total ? "8.00" : "4.00");
		rr_rows *r = tu_load_csv(text);
		double spend = 0;
		for (size_t i = 0; i < r->n; i++)
			spend += r->qty[i] * r->price[i];
		if (fabs(spend - 19.5) > 1e-9)
			fail_msg("[%s] spend %g, not 19.50: %s", name, spend, r->reading);
		rows_free(r);
	}
}

/* F22: a sum of money that may be a line's or an order's (Belopp, Summa, Montant HT) is not
 * read by its name, but the no-price note names it in a --map amount= hint. */
static void test_money_hint_names(void **state)
{
	(void)state;
	static const char *const names[] = {"Belopp", "Bel\xC3\xB8" "b", "Summa", "Toplam",
		"\xD0\x98\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE", "Montant HT"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char text[512], want[96];
		snprintf(text, sizeof text, "Receipt,Date,Customer,SKU,Qty,%s\n"
			 "R1,2024-03-01,C1,A,3,7.50\nR2,2024-03-02,C2,B,1,4.00\n", names[k]);
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "load with --map amount='%s'", names[k]);
		if (!strstr(r->reading, want))
			fail_msg("[%s] no hint: %s", names[k], r->reading);
		rows_free(r);
	}
}

/* F14, F15: an order's lines with what was ordered and what was delivered; the delivered is
 * the purchase. Order 1: 10 ordered, 3 delivered, 7 backordered; order 2: 4 ordered, none
 * delivered (no purchase: a line of 0 units, which cleaning drops); order 3: 2 and 2. Read:
 * 5 units, 3 x 5.00 + 2 x 4.00 = 23.00; the ordered column is named in a note. */
static void test_delivered_over_ordered(void **state)
{
	(void)state;
	static const char *const pairs[][3] = {
		{"Qty Ordered", "Qty Supplied", "Qty Backordered"},
		{"Bestellmenge", "Liefermenge", "R\xC3\xBC" "ckstand"},
		{"Qt\xC3\xA9 command\xC3\xA9" "e", "Qt\xC3\xA9 livr\xC3\xA9" "e", "Reliquat"},
		{"Cantidad pedida", "Cantidad servida", "Pendiente"},
		{"Aantal besteld", "Aantal geleverd", "Backorder"},
		{"Menge", "Geliefert", "R\xC3\xBC" "ckstand"},
		{"Quantity Ordered", "Quantity Shipped", "Quantity Backordered"}};
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
		char text[512], want[96];
		snprintf(text, sizeof text, "Order,Date,Customer ID,SKU,%s,%s,%s,Unit Price\n"
			 "O1,2024-03-01,C1,A,10,3,7,5.00\nO2,2024-03-02,C2,B,4,0,4,4.00\n"
			 "O3,2024-03-03,C1,B,2,2,0,4.00\n", pairs[k][0], pairs[k][1], pairs[k][2]);
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "qty=%s", pairs[k][1]);
		if (!strstr(r->reading, want))
			fail_msg("[%s] not read: %s", pairs[k][1], r->reading);
		snprintf(want, sizeof want, "'%s' names a quantity too", pairs[k][0]);
		assert_non_null(strstr(r->reading, want));
		double spend = 0;
		for (size_t i = 0; i < r->n; i++)
			spend += r->qty[i] * r->price[i];
		assert_int_equal(3, r->n);
		assert_true(fabs(r->qty[1]) < 1e-9);
		assert_true(fabs(qty_sum(r) - 5) < 1e-9 && fabs(spend - 23) < 1e-9);
		rows_free(r);
	}
	/* a bare Quantity beside a Delivered Quantity with no backorder column (Odoo's): the
	 * Quantity stays read */
	rr_rows *r = tu_load_csv("Order,Date,Customer ID,SKU,Quantity,Delivered Quantity,Unit Price\n"
			      "O1,2024-03-01,C1,A,10,3,5.00\nO3,2024-03-03,C1,B,2,2,4.00\n");
	assert_non_null(strstr(r->reading, "qty=Quantity,"));
	rows_free(r);
}

/* F20: a wholesale export's quantity in packs (Karton) or pieces (Stk), the pack's size in
 * VPE, and only the line's total: 2 cartons of 6 for 24,00 are 12 units at 2.00, 3 pieces
 * (VPE 1) for 7,50 are 3 units at 2.50; 15 units, 31.50 spent (the totals as written), and
 * no warning of a missing size. */
static void test_pack_size_beside_total(void **state)
{
	(void)state;
	static const char *const sizes[] = {"VPE", "Pack Size", "Verpackungseinheit"};
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
		char text[512];
		snprintf(text, sizeof text, "Rechnungsnr.;Datum;Kundennr.;Artikelnr.;Menge;%s;"
			 "Einheit;Gesamtpreis\n"
			 "R1;01.03.2024;K1;A;2;6;Karton;24,00\nR2;02.03.2024;K2;B;3;1;Stk;7,50\n",
			 sizes[k]);
		rr_rows *r = tu_load_csv(text);
		double spend = 0;
		for (size_t i = 0; i < r->n; i++)
			spend += r->qty[i] * r->price[i];
		if (fabs(qty_sum(r) - 15) > 1e-9 || fabs(spend - 31.5) > 1e-9)
			fail_msg("[%s] quantity %g, spend %g: %s", sizes[k], qty_sum(r), spend,
				 r->reading);
		assert_true(fabs(r->price[0] - 2) < 1e-9);
		assert_null(strstr(r->reading, "no column gives each unit's size"));
		rows_free(r);
	}
}

/* F16: a US distributor's whole cases (Qty CS) of Pack units and loose eaches (Qty EA), the
 * price each unit's: 1 case of 24 and 3 eaches at 0.90 are 27 units (24.30); 0 cases and 2
 * eaches at 1.30 are 2 (2.60); 2 cases of 6 and none loose at 1.30 are 12 (15.60). */
static void test_cases_and_eaches(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Invoice #,Invoice Date,Customer #,Item #,Pack,Qty CS,Qty EA,"
			      "Price EA,Ext Price\n"
			      "I1,04/27/2024,3047,70101,24,1,3,0.90,24.30\n"
			      "I1,04/27/2024,3047,70102,6,0,2,1.30,2.60\n"
			      "I2,04/28/2024,3048,70102,6,2,0,1.30,15.60\n");
	double spend = 0;
	for (size_t i = 0; i < r->n; i++)
		spend += r->qty[i] * r->price[i];
	if (fabs(qty_sum(r) - 41) > 1e-9 || fabs(spend - 42.5) > 1e-9)
		fail_msg("quantity %g, spend %g: %s", qty_sum(r), spend, r->reading);
	assert_non_null(strstr(r->reading, "'Qty CS' x 'Pack' + 'Qty EA'"));
	rows_free(r);
}

/* F4: a document type column of an invoice, goods sent back and goods on commission (or a
 * proposal): the invoice's 3 units are bought, the return's 1 is a return row, the
 * consignment's 5 no purchase (skipped). German and Dolibarr's English words. */
static void test_document_types(void **state)
{
	(void)state;
	static const char *const kinds[][3] = {
		{"Rechnung", "Warenr\xC3\xBC" "cksendung", "Kommissionslieferung"},
		{"Rechnung", "Retourenbeleg", "Konsignationslieferung"},
		{"Invoice", "Goods Return", "Consignment"},
		{"Standard invoice", "Credit note", "Proposal"}};
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		char text[640];
		snprintf(text, sizeof text, "Belegnummer;Belegdatum;Belegart;Kundennummer;"
			 "Artikelnummer;Menge;Einzelpreis\n"
			 "B1;01.03.2024;%s;K1;A;3;2,00\nB2;05.03.2024;%s;K1;A;1;2,00\n"
			 "B3;06.03.2024;%s;K2;B;5;4,00\n", kinds[k][0], kinds[k][1], kinds[k][2]);
		rr_rows *r = tu_load_csv(text);
		if (r->n != 2 || r->skipped != 1 || r->qty[0] != 3 || r->qty[1] != -1)
			fail_msg("[%s] %zu rows, %zu skipped: %s", kinds[k][1], r->n,
				 (size_t)r->skipped, r->reading);
		assert_non_null(strstr(r->reading, "event=Belegart"));
		rows_free(r);
	}
}

/* F11: Walmart Marketplace's Customer Phone Number beside Customer Name: two Ana Silvas of
 * their own phones, each buying twice, are two customers; the name alone made them one. */
static void test_phone_beside_name(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Order#,Order Date,Customer Name,Customer Phone Number,SKU,Qty,"
			      "Item Cost\n"
			      "1,2024-03-01,Ana Silva,5551230001,A,1,2.00\n"
			      "2,2024-03-02,Ana Silva,5551230002,B,1,3.00\n"
			      "3,2024-03-03,Bo Li,5551230003,A,1,2.00\n"
			      "4,2024-03-04,Ana Silva,5551230001,B,1,3.00\n"
			      "5,2024-03-05,Ana Silva,5551230002,A,1,2.00\n"
			      "6,2024-03-06,Bo Li,5551230003,B,1,3.00\n");
	if (!strstr(r->reading, "user=Customer Phone Number"))
		fail_msg("%s", r->reading);
	assert_int_equal(6, r->n);
	rows_free(r);
}

/* F24: a store report's total under the receipt's column, "Summe Filiale 1", is a total
 * line, not a line of no stock code; the two sales are kept. */
static void test_store_total_line(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Bon-Nr.;Datum;Kundenkarte;Artikelnummer;Menge;Preis\n"
			      "1;01.03.2024;900113;A;2;1,50\n2;01.03.2024;900114;B;1;2,00\n"
			      "Summe Filiale 1;;;;;5,00\n");
	assert_int_equal(2, r->n);
	assert_int_equal(1, r->rejected[RR_REJ_TOTAL]);
	assert_int_equal(0, r->rejected[RR_REJ_NO_ITEM]);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_qty_names),
		cmocka_unit_test(test_customer_names),
		cmocka_unit_test(test_price_and_total_names),
		cmocka_unit_test(test_money_hint_names),
		cmocka_unit_test(test_delivered_over_ordered),
		cmocka_unit_test(test_pack_size_beside_total),
		cmocka_unit_test(test_cases_and_eaches),
		cmocka_unit_test(test_document_types),
		cmocka_unit_test(test_phone_beside_name),
		cmocka_unit_test(test_store_total_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
