/* test_ingest_codes.c — t64's findings on the who, what and when of a file: a code column
 * beside the name column of the same thing is the id (F4), the Spanish, Polish, French and
 * Italian names of a document, its customer and its item (F6, F15), eBay's and Lightspeed's
 * SKUs over a listing's or a barcode's number (F5, F10), the unused column of codes the
 * description note names (F7), a due date offered last (F14), and a pandas id written with a
 * decimal comma (L6). Each fixture is written so that the wrong reading gives another count. */
#include "testutil.h"

#include <math.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

static rr_rows *load_csv(const char *text)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	return r;
}

/* "CODE;NAME" (or "NAME;CODE" when swap) and the three products: share the name
 * Blue Mug, A-3 is Red Lamp. Read by the code: 3 items; by the name: 2. */
static rr_rows *load_item_pair(const char *code, const char *name, int swap)
{
	static const char *const line[][2] = {{"A-1", "Blue Mug"}, {"A-2", "Blue Mug"},
					      {"A-3", "Red Lamp"}, {"A-1", "Blue Mug"}};
	char text[1024];
	size_t o = (size_t)snprintf(text, sizeof text, "Invoice;Date;Customer;%s;%s;Quantity;Price\n",
				    swap ? name : code, swap ? code : name);
	for (int k = 0; k < 4; k++)
		o += (size_t)snprintf(text + o, sizeof text - o, "F%d;1%d.01.2011;K%d;%s;%s;2;10,00\n",
				      k + 1, k + 5, k % 3 + 1, line[k][swap], line[k][!swap]);
	return load_csv(text);
}

/* F4: Référence beside Article (Sage 100, EBP), Código beside Artículo or Producto, Codice
 * beside Articolo, 1C's Код beside Товар, Part Number beside Item, Réf. beside Désignation:
 * the code is the item in either order, the name its description; as Artikelnummer beside
 * Artikel was before (the probe's 2 items for 3). */
static void test_item_code_beside_name(void **state)
{
	(void)state;
	static const char *const pair[][2] = {
		{"R\xC3\xA9" "f\xC3\xA9rence", "Article"}, {"C\xC3\xB3" "digo", "Art\xC3\xAD" "culo"},
		{"C\xC3\xB3" "digo", "Producto"}, {"Codice", "Articolo"},
		{"\xD0\x9A\xD0\xBE\xD0\xB4", "\xD0\xA2\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80"},
		{"Part Number", "Item"}, {"R\xC3\xA9" "f.", "D\xC3\xA9signation"},
		{"Artikelnummer", "Artikel"}};
	for (size_t k = 0; k < sizeof pair / sizeof *pair; k++)
		for (int swap = 0; swap < 2; swap++) {
			rr_rows *r = load_item_pair(pair[k][0], pair[k][1], swap);
			if (!r)
				fail_msg("%s/%s: %s", pair[k][0], pair[k][1], err_msg());
			char want[96];
			snprintf(want, sizeof want, "item=%s,", pair[k][0]);
			if (!strstr(r->reading, want) || strtab_count(r->codes) != 3)
				fail_msg("%s beside %s (swap %d): %u items, %s", pair[k][0], pair[k][1],
					 swap, strtab_count(r->codes), r->reading);
			snprintf(want, sizeof want, "desc=%s", pair[k][1]);
			assert_non_null(strstr(r->reading, want));
			rows_free(r);
		}
}

/* F4's customers: K1 and K2 are both Acme SARL, K3 Bobo. Cód. cliente beside Cliente, Kod
 * klienta beside Klient, 1C's Код контрагента beside Контрагент, Cliente ID, Code client,
 * Kod kontrahenta (refused before), Código cliente, Klantnummer, Asiakasnumero, Müşteri
 * Kodu, 客户编号: 3 customers by the code, in either order (2 by the name, or a refusal as two
 * candidates). */
static void test_customer_code_beside_name(void **state)
{
	(void)state;
	static const char *const pair[][2] = {
		{"C\xC3\xB3" "d. cliente", "Cliente"}, {"Kod klienta", "Klient"},
		{"\xD0\x9A\xD0\xBE\xD0\xB4 \xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3"
		 "\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0",
		 "\xD0\x9A\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82"},
		{"Cliente ID", "Cliente"}, {"Code client", "Client"},
		{"Kod kontrahenta", "Kontrahent"}, {"C\xC3\xB3" "digo cliente", "Cliente"},
		{"Klantnummer", "Klant"}, {"Asiakasnumero", "Asiakas"},
		{"M\xC3\xBC\xC5\x9Fteri Kodu", "M\xC3\xBC\xC5\x9Fteri"},
		{"\xE5\xAE\xA2\xE6\x88\xB7\xE7\xBC\x96\xE5\x8F\xB7", "\xE5\xAE\xA2\xE6\x88\xB7"}};
	static const char *const who[][2] = {{"K1", "Acme SARL"}, {"K2", "Acme SARL"},
					     {"K3", "Bobo"}, {"K1", "Acme SARL"}};
	for (size_t k = 0; k < sizeof pair / sizeof *pair; k++)
		for (int swap = 0; swap < 2; swap++) {
			char text[1024];
			size_t o = (size_t)snprintf(text, sizeof text,
						    "Invoice;Date;%s;%s;SKU;Quantity;Price\n",
						    pair[k][swap], pair[k][!swap]);
			for (int l = 0; l < 4; l++)
				o += (size_t)snprintf(text + o, sizeof text - o,
						      "F%d;1%d.01.2011;%s;%s;A-%d;1;10,00\n", l + 1,
						      l + 5, who[l][swap], who[l][!swap], l % 2 + 1);
			rr_rows *r = load_csv(text);
			if (!r)
				fail_msg("%s/%s: %s", pair[k][0], pair[k][1], err_msg());
			char want[96];
			snprintf(want, sizeof want, "user=%s,", pair[k][0]);
			if (!strstr(r->reading, want) || strtab_count(r->customers) != 3)
				fail_msg("%s beside %s (swap %d): %u customers, %s", pair[k][0],
					 pair[k][1], swap, strtab_count(r->customers), r->reading);
			rows_free(r);
		}
}

/* A code chosen over its name (code_beside_name) on the first lines, blank on a line past
 * them: the line is read as the code its name has on the lines that write both, not as an
 * item of its name (the Reference's Red Mug split in two) nor as no customer (Sage's Customer
 * A/C Ref: the line dropped); a name with two codes (Acme: A1 and A2, namesakes) or none
 * (Newco) stays its own, and the summary says how many lines left the code blank. 70 lines:
 * the blank codes on lines 68 to 70, past the 64 the choice is made on. By the code before:
 * 4 customers, 3 items; now 6 (S1, J2, A1, A2, Acme, Newco) and 2 (R1, B1). */
static void test_code_blank_later(void **state)
{
	(void)state;
	static const char *const who[][2] = {{"S1", "Smith"}, {"J2", "Jones"}, {"A1", "Acme"},
					     {"A2", "Acme"}};
	static const char *const what[][2] = {{"R1", "Red Mug"}, {"B1", "Blue Mug"}};
	char text[8192];
	size_t o = (size_t)snprintf(text, sizeof text, "Invoice,Date,Customer A/C Ref,Customer,"
				    "Reference,Product,Quantity,Price\n");
	for (int k = 0; k < 66; k++)
		o += (size_t)snprintf(text + o, sizeof text - o, "F%d,2011-01-%02d,%s,%s,%s,%s,1,2.50\n",
				      k, k % 28 + 1, who[k % 4][0], who[k % 4][1], what[k % 2][0],
				      what[k % 2][1]);
	snprintf(text + o, sizeof text - o, "F66,2011-02-01,,Smith,,Red Mug,1,2.50\n"
		 "F67,2011-02-02,,Acme,B1,Blue Mug,1,2.50\nF68,2011-02-03,,Newco,R1,Red Mug,1,2.50\n");
	rr_rows *r = load_csv(text);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "user=Customer A/C Ref,"));
	assert_non_null(strstr(r->reading, "item=Reference,"));
	assert_int_equal(69, r->n);
	assert_int_equal(6, strtab_count(r->customers));
	assert_int_equal(2, strtab_count(r->codes));
	assert_string_equal("S1", strtab_get(r->customers, r->cust[66]));
	assert_string_equal("R1", strtab_get(r->codes, r->item[66]));
	assert_string_equal("Acme", strtab_get(r->customers, r->cust[67]));
	assert_string_equal("Newco", strtab_get(r->customers, r->cust[68]));
	assert_non_null(strstr(r->reading, "note: 3 rows (the first on line 68) with no Customer "
				     "A/C Ref, the customer's code: named by their Customer; 1 of "
				     "them read as the code their Customer has on the lines that "
				     "write both ('S1' for 'Smith')"));
	assert_non_null(strstr(r->reading, "note: 1 row (the first on line 68) with no item code: "
				     "named by its Product; 1 of them read as the code their "
				     "Product has on the lines that write both ('R1' for 'Red "
				     "Mug')"));
	rows_free(r);
}

/* Does the header (and two lines under it) load with every role in want[] read so? */
static void assert_reads(const char *text, const char *const *want)
{
	rr_rows *r = load_csv(text);
	if (!r)
		fail_msg("%.60s: %s", text, err_msg());
	for (const char *const *w = want; *w; w++)
		if (!strstr(r->reading, *w))
			fail_msg("no '%s' in %s", *w, r->reading);
	rows_free(r);
}

/* F6, F15, F4's N° pièce, L2, L3, F5, F10: the names a Spanish, Polish, French, Italian, eBay,
 * Lightspeed, PostgreSQL, Intacct and mainframe export gives its roles. */
static void test_document_names(void **state)
{
	(void)state;
	assert_reads("N\xC2\xBA Factura;Fecha;C\xC3\xB3" "d. Cliente;Cliente;C\xC3\xB3" "d. Art\xC3\xAD"
		     "culo;Descripci\xC3\xB3n;Cantidad;Precio\n"
		     "F1;15/01/2011;C1;Ana;A-1;Taza;2;1,00\nF2;16/01/2011;C2;Ana;A-2;Taza;1;2,00\n",
		     (const char *const[]){"user=C\xC3\xB3" "d. Cliente, item=C\xC3\xB3" "d. Art\xC3\xAD"
					   "culo, invoice=N\xC2\xBA Factura", NULL});
	assert_reads("N.\xC2\xBA factura;Fecha;Cliente;Art\xC3\xAD" "culo;Cantidad\n"
		     "F1;15/01/2011;C1;A-1;2\nF2;16/01/2011;C2;A-2;1\n",
		     (const char *const[]){"invoice=N.\xC2\xBA factura", NULL});
	assert_reads("Nr dokumentu;Data sprzeda\xC5\xBCy;Kod kontrahenta;Symbol;Nazwa towaru;"
		     "Ilo\xC5\x9B\xC4\x87;Cena netto\n"
		     "FS/1/2011;2011-01-15;K1;A-1;Kubek;2;1,00\nFS/2/2011;2011-01-16;K2;A-2;Kubek;1;2,00\n",
		     (const char *const[]){"user=Kod kontrahenta, item=Symbol, invoice=Nr dokumentu",
					   "date=Data sprzeda\xC5\xBCy", "desc=Nazwa towaru", NULL});
	static const char *const french[] = {"N\xC2\xB0 facture", "N\xC2\xB0 pi\xC3\xA8" "ce",
					     "No pi\xC3\xA8" "ce", "N\xC2\xBA facture", NULL};
	for (const char *const *n = french; *n; n++) {
		char text[256], want[64];
		snprintf(text, sizeof text, "%s;Date;Code client;R\xC3\xA9" "f\xC3\xA9rence;Quantit\xC3\xA9\n"
			 "F1;15/01/2011;C1;A-1;2\nF2;16/01/2011;C2;A-2;1\n", *n);
		snprintf(want, sizeof want, "invoice=%s,", *n);
		assert_reads(text, (const char *const[]){want, NULL});
	}
	assert_reads("Fattura;Data documento;Cliente;Codice articolo;Quantit\xC3\xA0\n"
		     "F1;15/01/2011;C1;A-1;2\nF2;16/01/2011;C2;A-2;1\n",
		     (const char *const[]){"date=Data documento", NULL});
	/* eBay: Item Number is a listing's, Custom Label the SKU; Lightspeed: UPC a barcode */
	assert_reads("Order Number,Buyer Username,Item Number,Custom Label,Quantity,Sale Date\n"
		     "1,b1,110001,SKU-1,1,2011-01-15\n2,b2,110002,SKU-1,1,2011-01-16\n",
		     (const char *const[]){"item=Custom Label,", NULL});
	assert_reads("Sale ID,Date,Customer,Custom SKU,UPC,Qty\n"
		     "1,2011-01-15,C1,S-1,,1\n2,2011-01-16,C2,S-2,0123456789012,1\n",
		     (const char *const[]){"item=Custom SKU", NULL});
	static const char *const dates[] = {"invoiced_at", "WHENCREATED", "INV-DATE", "Created", NULL};
	for (const char *const *d = dates; *d; d++) {
		char text[256], want[64];
		snprintf(text, sizeof text, "Invoice,%s,Customer,SKU,ITEM-DESC,Quantity\n"
			 "1,2011-01-15,C1,S-1,Mug,1\n2,2011-01-16,C2,S-2,Lamp,1\n", *d);
		snprintf(want, sizeof want, "date=%s,", *d);
		assert_reads(text, (const char *const[]){want, "desc=ITEM-DESC", NULL});
	}
}

/* F7: Business Central's sales lines, the item's number in No. (whole numbers of five
 * digits, as Online Retail's codes), read by Description: the note names No. and its map.
 * 4 items by code, 3 by description (85123 and 85124 share theirs). */
static void test_code_column_named(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Document No.,Posting Date,Sell-to Customer No.,No.,Description,Quantity\n"
			      "S-1,2011-01-15,C1,85123,HEART HOLDER,2\n"
			      "S-1,2011-01-15,C1,22189,CARD HOLDER,1\n"
			      "S-2,2011-01-16,C2,85124,HEART HOLDER,1\n"
			      "S-2,2011-01-16,C2,47566,PARTY BUNTING,3\n"
			      "S-3,2011-01-17,C1,22189,CARD HOLDER,1\n"
			      "S-3,2011-01-17,C1,85123,HEART HOLDER,1\n");
	if (!r)
		fail_msg("%s", err_msg());
	assert_non_null(strstr(r->reading, "item=Description"));
	assert_int_equal(3, strtab_count(r->codes));
	assert_non_null(strstr(r->reading, "if 'No.' holds the items' codes, --map item='No.' "
					   "reads them"));
	rows_free(r);
}

/* F14: no date column known, two of dates: the hint names the document's (Issued, Fecha doc),
 * not the due one before it (Due, Fecha vencimiento, Data scadenza X), in either order. */
static void test_due_date_last(void **state)
{
	(void)state;
	static const char *const pair[][2] = {{"Due", "Issued"}, {"Fecha vencimiento", "Fecha doc"},
					      {"Scadenza X", "Emessa X"}, {"Paid", "Booked"}};
	for (size_t k = 0; k < sizeof pair / sizeof *pair; k++)
		for (int swap = 0; swap < 2; swap++) {
			char text[256], want[96];
			snprintf(text, sizeof text, "Invoice;%s;%s;Customer;SKU;Quantity\n"
				 "F1;14.02.2011;15.01.2011;K1;A-1;2\nF2;15.04.2011;16.03.2011;K2;A-2;1\n",
				 pair[k][swap], pair[k][!swap]);
			assert_null(load_csv(text));
			snprintf(want, sizeof want, "'%s' holds a date on every line read", pair[k][1]);
			if (!strstr(err_msg(), want))
				fail_msg("%s beside %s: %s", pair[k][1], pair[k][0], err_msg());
		}
}

/* L6: pandas' to_csv(decimal=',') writes an id column with blanks as 18074,0: the customer
 * 18074, one with the 18074 of another line; a comma before three digits groups thousands
 * and is left as it is. */
static void test_float_id_decimal_comma(void **state)
{
	(void)state;
	rr_rows *r = load_csv("InvoiceNo;StockCode;Quantity;InvoiceDate;UnitPrice;CustomerID\n"
			      "536365;85123A;6;01.12.2010 08:26;2,55;18074,0\n"
			      "536366;71053;6;01.12.2010 08:28;3,39;18074\n"
			      "536367;84406B;8;01.12.2010 08:34;2,75;17850,00\n");
	if (!r)
		fail_msg("%s", err_msg());
	assert_int_equal(2, strtab_count(r->customers));
	assert_string_equal("18074", strtab_get(r->customers, 0));
	assert_string_equal("17850", strtab_get(r->customers, 1));
	rows_free(r);
}

/* A file of 36 receipts of one line by six buyers, each with `codes` codes (phones, cards) used
 * in turn and his name written `spell` ways (Ana Silva, A. Silva): the header "Receipt,Date,
 * NAME,CODE,Item,Qty,Price". Right by the buyer: 6 customers. */
static rr_rows *load_buyers(const char *name, const char *code, int codes, int spell)
{
	static const char *const first[6] = {"Ana", "Bruno", "Carla", "Diego", "Eva", "Hugo"};
	static const char *const last[6] = {"Silva", "Lima", "Dias", "Rocha", "Melo", "Paz"};
	char text[4096];
	size_t o = (size_t)snprintf(text, sizeof text, "Receipt,Date,%s,%s,Item,Qty,Price\n",
				    name, code);
	for (int k = 0; k < 36; k++) {
		int b = k % 6, round = k / 6;
		char who[32];
		if (round % spell)
			snprintf(who, sizeof who, "%c. %s", first[b][0], last[b]);
		else
			snprintf(who, sizeof who, "%s %s", first[b], last[b]);
		o += (size_t)snprintf(text + o, sizeof text - o, "R%d,2024-01-%02d,%s,9%d%04d,I%d,1,"
				      "2.00\n", k + 1, k % 28 + 1, who, b + 1, round % codes, k % 4);
	}
	return load_csv(text);
}

/* t79 F9: each buyer beside two phones (12 phones, 6 names) or three payment cards (18, 6),
 * and the mirror, one phone or tax id beside two spellings of its buyer's name (6 codes, 12
 * names). The rows cannot tell a buyer's two phones from namesakes, nor a buyer's spellings
 * from a household's phone: the judge's reading stays, warned with both counts and the --map
 * of the other; a payment card's number is no buyer's (the name is read), a tax id one
 * buyer's (the code is read). */
static void test_buyer_several_codes(void **state)
{
	(void)state;
	rr_rows *r = load_buyers("Cliente", "Telefono", 2, 1);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "user=Telefono,"));
	assert_int_equal(12, strtab_count(r->customers));
	assert_non_null(strstr(r->reading, "warning: 6 of the 6 names of 'Cliente' stand beside "
				     "two 'Telefono' or more"));
	assert_non_null(strstr(r->reading, "the customers are read from 'Telefono' (12 values; "
				     "--map user='Cliente' reads one customer a name, 6)"));
	rows_free(r);
	r = load_buyers("Customer Name", "Card Number", 3, 1);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "user=Customer Name,"));
	assert_int_equal(6, strtab_count(r->customers));
	assert_non_null(strstr(r->reading, "note: 6 of the 6 names of 'Customer Name' stand "
				     "beside two 'Card Number' or more"));
	assert_non_null(strstr(r->reading, "(6 names; --map user='Card Number' reads one "
				     "customer a 'Card Number', 18)"));
	rows_free(r);
	r = load_buyers("Cliente", "NIF", 1, 2);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "user=NIF,"));
	assert_int_equal(6, strtab_count(r->customers));
	assert_non_null(strstr(r->reading, "note: 6 of the 6 values of 'NIF' stand beside two "
				     "'Cliente' or more ('910000' is also 'A. Silva')"));
	rows_free(r);
	r = load_buyers("Cliente", "Telefono", 1, 2);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "user=Cliente,"));
	assert_int_equal(12, strtab_count(r->customers));
	assert_non_null(strstr(r->reading, "warning: 6 of the 6 values of 'Telefono' stand "
				     "beside two 'Cliente' or more"));
	assert_non_null(strstr(r->reading, "(12 names; --map user='Telefono' reads one customer "
				     "a 'Telefono', 6)"));
	rows_free(r);
	/* one phone each, one spelling: nothing to say */
	r = load_buyers("Cliente", "Telefono", 1, 1);
	assert_non_null(r);
	assert_int_equal(6, strtab_count(r->customers));
	assert_null(strstr(r->reading, "stand beside two"));
	rows_free(r);
}

/* "H0,Date,H2,H3,Qty,H5" and eight lines: four receipts of two lines each, by two customers,
 * of three items, each line 2 units at 1.50 (spend 24). Each header word stands in its
 * column; the wrong reading gives another count (no invoice: 8, one invoice per customer and
 * day, the lines being a day apart; no item or price: a refusal or spend 0). */
static rr_rows *load_words(const char *inv, const char *cust, const char *item,
			   const char *price)
{
	char text[1024];
	size_t o = (size_t)snprintf(text, sizeof text, "%s,Date,%s,%s,Qty,%s\n", inv, cust, item,
				    price);
	for (int k = 0; k < 8; k++)
		o += (size_t)snprintf(text + o, sizeof text - o, "R%d,2024-01-%02d,C%d,I%d,2,1.50\n",
				      k / 2 + 1, k + 1, k / 2 % 2, k % 3);
	return load_csv(text);
}

/* t79 F22's families: a till's receipt in Danish, Norwegian, Dutch, Polish, Italian,
 * Portuguese and Russian and the bare document (Dokument, Dokument in Cyrillic: a fallback,
 * whose lines still take their order's customer from the line above, unlike a session's);
 * the ware's bare word in Scandinavian and Portuguese; a price's name with its currency after
 * in, en, i, w (Preis in CHF was no price: spend none). */
static void test_t79_vocabulary(void **state)
{
	(void)state;
	static const char *const inv[] = {"Kvittering", "Kassabon", "Paragon", "Scontrino",
		"Tal\xC3\xA3o", "\xD0\xA7\xD0\xB5\xD0\xBA",
		"\xD0\x9D\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80 \xD1\x87\xD0\xB5\xD0\xBA\xD0\xB0",
		"\xD0\xA7\xD0\xB5\xD0\xBA \xE2\x84\x96", "Dokument",
		"\xD0\x94\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82"};
	static const char *const item[] = {"Vare", "Vara", "Mercadoria"};
	static const char *const price[] = {"Preis in CHF", "Prix en EUR", "Pris i SEK",
					    "Cena w PLN", "price_in_usd"};
	char want[96];
	for (size_t k = 0; k < sizeof inv / sizeof *inv; k++) {
		rr_rows *r = load_words(inv[k], "Customer", "Item", "Price");
		if (!r)
			fail_msg("%s: %s", inv[k], err_msg());
		snprintf(want, sizeof want, "invoice=%s,", inv[k]);
		if (!strstr(r->reading, want) || strtab_count(r->invoices) != 4)
			fail_msg("%s: %u invoices, %s", inv[k], strtab_count(r->invoices), r->reading);
		rows_free(r);
	}
	for (size_t k = 0; k < sizeof item / sizeof *item; k++) {
		rr_rows *r = load_words("Invoice", "Customer", item[k], "Price");
		if (!r)
			fail_msg("%s: %s", item[k], err_msg());
		snprintf(want, sizeof want, "item=%s,", item[k]);
		assert_non_null(strstr(r->reading, want));
		assert_int_equal(3, strtab_count(r->codes));
		rows_free(r);
	}
	for (size_t k = 0; k < sizeof price / sizeof *price; k++) {
		rr_rows *r = load_words("Invoice", "Customer", "Item", price[k]);
		assert_non_null(r);
		double spend = 0;
		for (size_t i = 0; i < r->n; i++)
			spend += r->qty[i] * r->price[i];
		if (fabs(spend - 24) > 1e-9)
			fail_msg("%s: spend %g, %s", price[k], spend, r->reading);
		rows_free(r);
	}
	/* a phone's short and other languages' names, Portugal's N\xC2\xBA Contribuinte, beside the
	 * buyer's name: two Ana Silvas of two numbers are two customers (by the name: 2) */
	static const char *const code[] = {"Tel.", "Tlf", "M\xC3\xB3vil", "Cellulare", "Handy",
		"Puhelin", "Nr telefonu", "N\xC2\xBA Contribuinte", "N\xC3\xBAmero de contribuinte"};
	for (size_t k = 0; k < sizeof code / sizeof *code; k++) {
		char text[512];
		snprintf(text, sizeof text, "Invoice,Date,Cliente,%s,Item,Qty,Price\n"
			 "F1,2024-01-02,Ana Silva,911,I1,1,2.00\nF2,2024-01-03,Bruno Lima,922,I2,1,2.00\n"
			 "F3,2024-01-04,Ana Silva,933,I1,1,2.00\nF4,2024-01-05,Ana Silva,911,I3,1,2.00\n",
			 code[k]);
		rr_rows *r = load_csv(text);
		assert_non_null(r);
		snprintf(want, sizeof want, "user=%s,", code[k]);
		if (!strstr(r->reading, want) || strtab_count(r->customers) != 3)
			fail_msg("%s: %u customers, %s", code[k], strtab_count(r->customers),
				 r->reading);
		rows_free(r);
	}
	/* Dokument, of the invoice's fallbacks, still lets a line take its order's customer */
	rr_rows *r = load_csv("Dokument,Date,Customer,Item,Qty,Price\n"
			      "D1,2024-01-02,Acme,I1,1,2.00\nD1,2024-01-02,,I2,1,2.00\n"
			      "D2,2024-01-03,Bell,I1,1,2.00\nD2,2024-01-03,,I3,1,2.00\n");
	assert_non_null(r);
	assert_int_equal(4, r->n);
	assert_int_equal(2, strtab_count(r->customers));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_item_code_beside_name),
		cmocka_unit_test(test_customer_code_beside_name),
		cmocka_unit_test(test_code_blank_later),
		cmocka_unit_test(test_document_names),
		cmocka_unit_test(test_code_column_named),
		cmocka_unit_test(test_due_date_last),
		cmocka_unit_test(test_float_id_decimal_comma),
		cmocka_unit_test(test_buyer_several_codes),
		cmocka_unit_test(test_t79_vocabulary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
