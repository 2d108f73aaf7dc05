/* test_ingest_money.c — what a column means for money, quantity and status (t64): a price
 * without tax read over one with it, whichever side its remark is written (F1, F13); the price
 * hint's order, a sale price before a gross or a cost one (F13); a quote is never a purchase,
 * nor proposed as one (F12); a line's cancelled units are warned of as its returned ones are,
 * and a line total of another quantity is no pack (F3); quantities that are whole multiples of
 * a case's size are units already (F9); MYOB's Sale Status and its letters (F2). */
#include "testutil.h"
#include "tu_ingest.h"

#include <math.h>
#include <stdlib.h>

#include "csvsniff.h"
#include "err.h"
#include "ingest.h"
#include "rows.h"

/* Two unit prices, 10 and 20 without tax, 12 and 24 with it (20 %), under the names net and
 * gross, net first or gross first: the price read is the net one, and the spend 2 x 10 +
 * 1 x 20 = 40, never 48. */
static void assert_net_read(const char *net, const char *gross)
{
	for (int gross_first = 0; gross_first < 2; gross_first++) {
		char text[600], want[120];
		snprintf(text, sizeof text,
			 "Facture;Date;Client;Article;Quantit\xC3\xA9;%s;%s\n"
			 "F1;15/01/2011;A;X1;2;%s\nF2;16/01/2011;B;X2;1;%s\n",
			 gross_first ? gross : net, gross_first ? net : gross,
			 gross_first ? "12,00;10,00" : "10,00;12,00",
			 gross_first ? "24,00;20,00" : "20,00;24,00");
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "price=%s", net);
		if (!strstr(r->reading, want))
			fail_msg("[%s | %s] %s: %s", net, gross, gross_first ? "gross first" : "net first",
				 r->reading);
		double spend = 0;
		for (size_t i = 0; i < r->n; i++)
			spend += r->qty[i] * r->price[i];
		assert_true(fabs(spend - 40) < 1e-9);
		rows_free(r);
	}
}

/* t64 F1: a French export's Prix unitaire HT (hors taxes) beside its Prix unitaire TTC
 * (toutes taxes comprises): TTC was read, the spend 20 % high. README: Price wins over
 * Price (incl. VAT); so does a price without tax over one with it, in every language. */
static void test_french_ht_over_ttc(void **state)
{
	(void)state;
	assert_net_read("Prix unitaire HT", "Prix unitaire TTC");
	assert_net_read("Prix unitaire H.T.", "Prix unitaire T.T.C.");
	assert_net_read("PU HT", "PU TTC");
	assert_net_read("P.U. HT", "P.U. TTC");
	assert_net_read("Prix de vente HT", "Prix de vente TTC");
	assert_net_read("Prix (HT)", "Prix (TTC)");
	assert_net_read("Prix HT", "Prix TTC");
}

/* t64 F13: remarks in brackets (the UK till's Unit Price (ex VAT)), in whole words, after
 * '_' (PrestaShop's unit_price_tax_excl) and in the other languages: read, net first. */
static void test_tax_remark_forms(void **state)
{
	(void)state;
	assert_net_read("Unit Price (ex VAT)", "Unit Price (inc VAT)");
	assert_net_read("Price (tax excl.)", "Price (tax incl.)");
	assert_net_read("Unit price excluding VAT", "Unit price including VAT");
	assert_net_read("Price before tax", "Price after tax");
	assert_net_read("unit_price_tax_excl", "unit_price_tax_incl");
	assert_net_read("VK netto", "VK brutto");
	assert_net_read("Preis (netto)", "Preis (brutto)");
	assert_net_read("Precio neto", "Precio bruto");
	assert_net_read("Precio (sin IVA)", "Precio (con IVA)");
	assert_net_read("Birim Fiyat (KDV Hari\xC3\xA7)", "Birim Fiyat (KDV Dahil)");
	assert_net_read("\xC4\x90\xC6\xA1n gi\xC3\xA1 ch\xC6\xB0" "a VAT",
			"\xC4\x90\xC6\xA1n gi\xC3\xA1 c\xC3\xB3 VAT");
	/* 単価(税抜), 単価(税込); 单价(不含税), 单价(含税) */
	assert_net_read("\xE5\x8D\x98\xE4\xBE\xA1(\xE7\xA8\x8E\xE6\x8A\x9C)",
			"\xE5\x8D\x98\xE4\xBE\xA1(\xE7\xA8\x8E\xE8\xBE\xBC)");
	assert_net_read("\xE5\x8D\x95\xE4\xBB\xB7(\xE4\xB8\x8D\xE5\x90\xAB\xE7\xA8\x8E)",
			"\xE5\x8D\x95\xE4\xBB\xB7(\xE5\x90\xAB\xE7\xA8\x8E)");
	/* the sides as the hints and the line-total check read them */
	assert_true(sniff_tax_excluded("Net Price") && sniff_tax_included("Gross Price"));
	assert_true(sniff_tax_excluded("Nettopreis") && sniff_tax_included("Bruttopreis"));
	assert_true(sniff_tax_excluded("Unit Price (ex VAT)"));
	assert_false(sniff_tax_included("Unit Price (ex VAT)"));
	/* 税抜単価, 税込単価, 不含税单价 (its 含税 is not the start), 含税单价 */
	assert_true(sniff_tax_excluded("\xE7\xA8\x8E\xE6\x8A\x9C\xE5\x8D\x98\xE4\xBE\xA1"));
	assert_true(sniff_tax_included("\xE7\xA8\x8E\xE8\xBE\xBC\xE5\x8D\x98\xE4\xBE\xA1"));
	assert_true(sniff_tax_excluded("\xE4\xB8\x8D\xE5\x90\xAB\xE7\xA8\x8E\xE5\x8D\x95\xE4\xBB\xB7"));
	assert_false(sniff_tax_included("\xE4\xB8\x8D\xE5\x90\xAB\xE7\xA8\x8E\xE5\x8D\x95\xE4\xBB\xB7"));
	assert_true(sniff_tax_included("\xE5\x90\xAB\xE7\xA8\x8E\xE5\x8D\x95\xE4\xBB\xB7"));
	/* a name of both sides is the end's: Net Price incl. VAT has the tax in it */
	assert_true(sniff_tax_included("Net Price incl. VAT"));
	assert_false(sniff_tax_excluded("Net Price incl. VAT"));
	/* a remark alone says nothing of what */
	assert_false(sniff_tax_excluded("Net") || sniff_tax_included("Gross"));
}

/* The hint's column among unused ones whose names hold a price's (sniff_price_hint): names
 * no role took (every col -1). */
static void assert_hint(const char *a, const char *b, const char *want)
{
	const char *names[2] = {a, b};
	int col[RR_COL_N];
	char buf[96] = "";
	for (int c = 0; c < RR_COL_N; c++)
		col[c] = -1;
	assert_true(sniff_price_hint(names, 2, col, buf, sizeof buf));
	if (strcmp(buf, want) != 0)
		fail_msg("[%s | %s]: hint '%s', not '%s'", a, b, buf, want);
	names[0] = b;   /* the other order */
	names[1] = a;
	assert_true(sniff_price_hint(names, 2, col, buf, sizeof buf));
	if (strcmp(buf, want) != 0)
		fail_msg("[%s | %s]: hint '%s', not '%s'", b, a, buf, want);
}

/* t64 F13 "Wider": the hint named the first price-like column, a gross one or the shop's
 * purchase price: the net one now, and a cost never over a sale price. */
static void test_price_hint_order(void **state)
{
	(void)state;
	assert_hint("Gross Price", "Net Price", "Net Price");
	assert_hint("Bruttopreis", "Nettopreis", "Nettopreis");
	assert_hint("Price incl. tax", "Sales Price", "Sales Price");
	assert_hint("Cost Price", "Price incl. tax", "Price incl. tax");
	assert_hint("Prix d'achat", "Prix de vente", "Prix de vente");
	assert_hint("Precio de coste", "Precio de venta", "Precio de venta");
	assert_hint("Einkaufspreis", "Preis", "Preis");
	assert_hint("Purchase Price", "Sales Price", "Sales Price");
	/* a list price after the price paid, but Price before tax is no list price */
	assert_hint("Original Price", "Deal Price", "Deal Price");
	assert_hint("Price before tax", "Price after tax", "Price before tax");
	/* 税込単価, 税抜単価 */
	assert_hint("\xE7\xA8\x8E\xE8\xBE\xBC\xE5\x8D\x98\xE4\xBE\xA1",
		    "\xE7\xA8\x8E\xE6\x8A\x9C\xE5\x8D\x98\xE4\xBE\xA1",
		    "\xE7\xA8\x8E\xE6\x8A\x9C\xE5\x8D\x98\xE4\xBE\xA1");
	/* alone, a cost is still offered, last: the file may have no other price */
	const char *one[1] = {"Prix d'achat"};
	int col[RR_COL_N];
	char buf[96] = "";
	for (int c = 0; c < RR_COL_N; c++)
		col[c] = -1;
	assert_true(sniff_price_hint(one, 1, col, buf, sizeof buf));
	assert_string_equal(buf, "Prix d'achat");
}

/* t64 F13: a sale price known by name beside a purchase price is read, and the file's
 * spend is its sales (2 x 10 + 1 x 20 + 1 x 20 = 60), not the cost of its goods. */
static void test_sale_price_names(void **state)
{
	(void)state;
	static const char *const pairs[][2] = {
		{"Prix d'achat", "Prix de vente"}, {"Precio de coste", "Precio de venta"},
		{"Prezzo di acquisto", "Prezzo di vendita"}, {"Pre\xC3\xA7o de custo", "Pre\xC3\xA7o de venda"}};
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
		char text[400], want[80];
		snprintf(text, sizeof text, "Invoice;Date;Customer;SKU;Quantity;%s;%s\n"
			 "F1;15.01.2011;K1;A-1;2;6,00;10,00\nF2;16.01.2011;K2;A-2;1;6,00;20,00\n"
			 "F3;17.01.2011;K1;A-2;1;6,00;20,00\n", pairs[k][0], pairs[k][1]);
		rr_rows *r = tu_load_csv(text);
		snprintf(want, sizeof want, "price=%s", pairs[k][1]);
		if (!strstr(r->reading, want))
			fail_msg("%s: %s", pairs[k][1], r->reading);
		double spend = 0;
		for (size_t i = 0; i < r->n; i++)
			spend += r->qty[i] * r->price[i];
		assert_true(fabs(spend - 60) < 1e-9);
		rows_free(r);
	}
}

/* A document-type column of n rows per value, values[k] on rows k*n..: each row its own
 * invoice, one unit at 2.50. */
static char *doc_file(const char *const *values, int nv, int n)
{
	size_t cap = 64 + (size_t)(nv * n) * 96, o = 0;
	char *t = malloc(cap);
	assert_non_null(t);
	o += (size_t)snprintf(t, cap, "Invoice,Date,Customer,SKU,Qty,Price,DocType\n");
	for (int k = 0, i = 0; k < nv; k++)
		for (int j = 0; j < n; j++, i++)
			o += (size_t)snprintf(t + o, cap - o, "N%d,2023-01-0%d,C%d,S%d,1,2.50,%s\n", i,
					      j % 9 + 1, i % 5, i % 7, values[k]);
	return t;
}

/* t64 F12: Sage Intacct's DOCPARID, its documents' types, was warned of with a --purchase
 * that read its Sales Quote lines as sales. An offer named as a word of its own (Sales Quote,
 * Angebot Nr, Cotizaci\xC3\xB3n cliente) is a document never bought: skipped when the column
 * is read, named as skipped and never proposed when it is not. */
static void test_quote_never_purchase(void **state)
{
	(void)state;
	/* Std Invoice is no known word: a warning, whose --purchase leaves the quote out */
	static const char *const unknown[] = {"Std Invoice", "Sales Quote", "Credit Memo"};
	char *t = doc_file(unknown, 3, 8);
	rr_rows *r = tu_load_csv(t);
	free(t);
	assert_non_null(strstr(r->reading, "--purchase 'Std Invoice' (Sales Quote skipped"));
	assert_null(strstr(r->reading, "Std Invoice,Sales Quote"));
	rows_free(r);
	/* every value known: the column is the event, the quotes and orders skipped, the 8
	 * invoices' rows kept and the 8 returns' read as returns */
	static const char *const intacct[] = {"Sales Invoice", "Sales Order", "Sales Quote",
					      "Sales Return"};
	t = doc_file(intacct, 4, 8);
	r = tu_load_csv(t);
	free(t);
	assert_non_null(strstr(r->reading, "event=DocType"));
	assert_non_null(strstr(r->reading, "Sales Order 8, Sales Quote 8 skipped"));
	assert_int_equal(16, r->n);
	size_t neg = 0;
	for (size_t i = 0; i < r->n; i++)
		neg += r->qty[i] < 0;
	assert_int_equal(8, neg);
	rows_free(r);
	/* in other languages, beside a word of their own */
	static const char *const es[] = {"Factura", "Cotizaci\xC3\xB3n cliente", "Abono"};
	t = doc_file(es, 3, 8);
	r = tu_load_csv(t);
	free(t);
	assert_non_null(strstr(r->reading, "Cotizaci\xC3\xB3n cliente 8 skipped"));
	rows_free(r);
	/* but an offer accepted is no offer document: not skipped for its word */
	static const char *const acc[] = {"Invoice", "Quote accepted", "Credit Note"};
	t = doc_file(acc, 3, 8);
	r = tu_load_csv(t);
	free(t);
	assert_null(strstr(r->reading, "Quote accepted 8 skipped"));
	rows_free(r);
}

static rr_rows *load_map(const char *text, const char *map)
{
	char *p = tu_write_temp_str(text);
	rr_ingest_opts o = {.map = map};
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	return r;
}

/* Zoho's sales order lines, cut down: ten lines at 2.50, seven delivered in full, three of
 * 4 ordered with 2 cancelled (2 invoiced), Item Total the ordered units times the price, as
 * Zoho leaves it. Ordered 7 x 1 + 3 x 4 = 19 units, invoiced 7 + 6 = 13. */
static char *zoho_file(const char *cancelled)
{
	size_t cap = 2048, o = 0;
	char *t = malloc(cap);
	assert_non_null(t);
	o += (size_t)snprintf(t, cap, "SO,Date,Customer ID,SKU,Quantity Ordered,Quantity Invoiced,"
			      "%s,Item Price,Item Total\n", cancelled);
	for (int i = 0; i < 10; i++) {
		int part = i % 3 == 1 && i < 9;   /* lines 1, 4, 7 */
		o += (size_t)snprintf(t + o, cap - o, "SO-%d,2023-01-%02d,C%d,S%d,%d,%d,%d,2.50,%.2f\n",
				      i, i + 1, i % 4, i % 5, part ? 4 : 1, part ? 2 : 1,
				      part ? 2 : 0, part ? 10.0 : 2.5);
	}
	return t;
}

static double spend_of(const rr_rows *r, double *qty)
{
	double spend = 0;
	*qty = 0;
	for (size_t i = 0; i < r->n; i++) {
		spend += r->qty[i] * r->price[i];
		*qty += r->qty[i];
	}
	return spend;
}

/* t64 F3: Zoho's Quantity Cancelled was read by nothing and warned of by nothing (refunded and
 * returned quantities are): warned of now, in its forms and languages, but not beside the
 * quantity invoiced, already net of it; and Item Total, the ordered units' total, was read as
 * packs of 2 once the invoiced quantity was: no longer, the other quantity explains it. */
static void test_cancelled_quantity(void **state)
{
	(void)state;
	static const char *const names[] = {"Quantity Cancelled", "Qty Cancelled",
					    "Cancelled Quantity", "Menge storniert",
					    "Cantidad anulada"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		char *t = zoho_file(names[k]), want[120];
		rr_rows *r = load_map(t, "qty=Quantity Ordered");
		free(t);
		snprintf(want, sizeof want, "warning: '%s' is not read: 3 rows (the first on line 3: "
			 "'2') cancel goods on the sale's own line", names[k]);
		if (!strstr(r->reading, want))
			fail_msg("%s: %s", names[k], r->reading);
		rows_free(r);
	}
	/* a text about a cancellation is no quantity cancelled */
	char *t = zoho_file("Cancel Reason");
	rr_rows *r = load_map(t, "qty=Quantity Ordered");
	free(t);
	assert_null(strstr(r->reading, "'Cancel Reason' is not read"));
	rows_free(r);
	/* the invoiced quantity read: nothing to warn of, and the price as written */
	t = zoho_file("Quantity Cancelled");
	r = load_map(t, "qty=Quantity Invoiced");
	free(t);
	assert_null(strstr(r->reading, "'Quantity Cancelled' is not read"));
	assert_null(strstr(r->reading, "a pack of"));
	assert_non_null(strstr(r->reading, "but 'Quantity Ordered' times it on 3 of them"));
	double qty, spend = spend_of(r, &qty);
	assert_true(fabs(qty - 13) < 1e-9);
	assert_true(fabs(spend - 13 * 2.5) < 1e-9);
	rows_free(r);
}

/* t64 F9: a Case Qty column multiplied quantities already in units (24, 12, 36 beside a case
 * of 12: 864 units for 72). Every quantity a whole multiple of its size: read as written, and
 * warned; one that is not (GoFrugal's 2 CS of Conversion 12) is still converted. */
static void test_case_size_units(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Invoice;Date;Customer;SKU;Quantity;Case Qty;Price\n"
			      "F1;15.01.2011;K1;A-1;24;12;1,00\nF2;16.01.2011;K2;A-2;12;12;2,00\n"
			      "F3;17.01.2011;K1;A-2;36;12;2,00\n");
	double qty, spend = spend_of(r, &qty);
	assert_true(fabs(qty - 72) < 1e-9);
	assert_true(fabs(spend - 120) < 1e-9);
	assert_non_null(strstr(r->reading, "warning: 'Quantity' is a whole multiple of 'Case Qty' "
				     "(each unit's size) on each of its 3 rows"));
	rows_free(r);
	r = tu_load_csv("Invoice;Date;Customer;SKU;Quantity;Case Qty;Price\n"
		     "F1;15.01.2011;K1;A-1;24;12;1,00\nF2;16.01.2011;K2;A-2;2;12;24,00\n"
		     "F3;17.01.2011;K1;A-2;36;12;2,00\n");
	spend = spend_of(r, &qty);
	assert_true(fabs(qty - (24 + 2 + 36) * 12) < 1e-9);
	assert_true(fabs(spend - (24 + 48 + 72)) < 1e-9);
	assert_non_null(strstr(r->reading, "note: 3 rows' quantities read in the base unit"));
	rows_free(r);
}

/* t64 F2: MYOB AccountRight's Item Sales export, its Sale Status I (an open invoice), C (a
 * closed one), O (an order) and Q (a quote): unread, its quotes and orders were purchases.
 * Sale Status is a status's name; MYOB's letters are read in a file MYOB wrote (its
 * Co./Last Name and Card ID), where O and Q are skipped; elsewhere the letters are warned of,
 * unknown. */
static void test_myob_sale_status(void **state)
{
	(void)state;
	static const char myob[] =
		"Co./Last Name\tInvoice #\tDate\tItem Number\tQuantity\tPrice\tSale Status\tCard ID\n"
		"Alpha\t1\t1/12/2010\tA\t2\t$1.00\tI\tC1\n"
		"Alpha\t1\t1/12/2010\tB\t1\t$2.00\tI\tC1\n"
		"Beta\t2\t2/12/2010\tA\t3\t$1.00\tC\tC2\n"
		"Gamma\t3\t3/12/2010\tB\t5\t$2.00\tO\tC3\n"
		"Alpha\t4\t4/12/2010\tA\t7\t$1.00\tQ\tC1\n";
	rr_rows *r = load_map(myob, "user=Card ID");
	assert_non_null(strstr(r->reading, "status=Sale Status"));
	assert_non_null(strstr(r->reading, "MYOB's Sale Status"));
	assert_int_equal(3, r->n);   /* invoices 1 and 2 */
	double qty, spend = spend_of(r, &qty);
	assert_true(fabs(qty - 6) < 1e-9);
	assert_true(fabs(spend - 7) < 1e-9);
	assert_null(strstr(r->reading, "no order's status relrec knows"));
	rows_free(r);
	/* without MYOB's names, one letter says nothing: every row kept, the letters warned of */
	static const char other[] =
		"Invoice\tDate\tCustomer\tSKU\tQty\tPrice\tSale Status\n"
		"1\t1/12/2010\tC1\tA\t2\t1.00\tI\n2\t2/12/2010\tC2\tA\t3\t1.00\tO\n"
		"3\t3/12/2010\tC3\tB\t5\t2.00\tQ\n";
	r = tu_load_csv(other);
	assert_int_equal(3, r->n);
	assert_non_null(strstr(r->reading, "no order's status relrec knows"));
	rows_free(r);
}

/* Two lines, 2 x 3.50 and 1 x 2.00 under a money column named name: 1 and the spend 9 when
 * name is read as the price, else 0 (no price). */
static int price_read(const char *name)
{
	char text[300];
	snprintf(text, sizeof text, "Inv;Date;Customer;SKU;Qty;%s\n1;2024-01-01;C1;A;2;3.50\n"
		 "1;2024-01-01;C1;B;1;2.00\n", name);
	rr_rows *r = tu_load_csv(text);
	char want[80];
	snprintf(want, sizeof want, "price=%s", name);
	int read = !r->no_price && strstr(r->reading, want) != NULL;
	if (read)
		assert_true(fabs(r->qty[0] * r->price[0] + r->qty[1] * r->price[1] - 9) < 1e-9);
	rows_free(r);
	return read;
}

/* t74 F27: a price named with its currency after it, no bracket (Preis CHF, Price EUR, Cena
 * PLN), a mark of the currencies' table or an ISO code in any case, after a blank or a '_';
 * never a letter alone (R), nor another role's name (Customer EUR). And a net price alone
 * (SAP's Net Price, NETPR, Nettopreis...) is the price; beside a list price it is read. */
static void test_price_named_with_currency(void **state)
{
	(void)state;
	static const char *const priced[] = {"Preis CHF", "Price EUR", "Cena PLN", "Pris kr",
					     "price_usd", "Fiyat TL", "Price \xE2\x82\xAC",
					     "Unit Price eur", "Net Price", "NETPR", "Nettopreis",
					     "Nettoprijs", "Nettopris", "Net Unit Price"};
	for (size_t k = 0; k < sizeof priced / sizeof *priced; k++)
		if (!price_read(priced[k]))
			fail_msg("'%s' is not read as the price", priced[k]);
	static const char *const not_priced[] = {"Price R", "Customer EUR", "Price EURO"};
	for (size_t k = 0; k < sizeof not_priced / sizeof *not_priced; k++)
		if (price_read(not_priced[k]))
			fail_msg("'%s' is read as the price", not_priced[k]);
	rr_rows *r = tu_load_csv("Order No,Date,Customer ID,SKU,Qty,List Price,Net Price\n"
			      "1,2024-01-01,C1,A,2,5.00,3.50\n1,2024-01-01,C1,B,1,2.60,2.00\n");
	assert_non_null(strstr(r->reading, "price=Net Price"));
	assert_true(fabs(r->price[0] - 3.5) < 1e-9 && fabs(r->price[1] - 2) < 1e-9);
	rows_free(r);
	/* Toast's Gross Price, Discount, Net Price: each line's totals, no unit price: hinted */
	r = tu_load_csv("Order No,Date,Customer ID,SKU,Qty,Gross Price,Discount,Net Price\n"
		     "1,2024-01-01,C1,A,2,7.00,0.00,7.00\n1,2024-01-01,C1,B,1,2.60,0.60,2.00\n");
	assert_true(r->no_price);
	assert_non_null(strstr(r->reading, "if 'Net Price' is the unit price"));
	rows_free(r);
}

/* t74 F27: Swedish prices, kronor and \xC3\xB6re after a colon (49:90) beside whole kronor
 * (49:-): 49.90 and 49, no evidence of the file's decimal mark (its 12,50 is still a decimal
 * comma); a colon of other than two digits after it, or two colons (a time), is no price. */
static void test_colon_prices(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Kvitto;Datum;Kund;Artikel;Antal;Pris\n"
			      "1;2024-01-06;C1;A;2;49:90\n1;2024-01-06;C1;B;1;49:-\n"
			      "2;2024-01-07;C2;A;1;12,50\n3;2024-01-08;C2;B;1;-5:25\n"
			      "4;2024-01-09;C3;A;1;12:30:00\n5;2024-01-09;C3;B;1;12:345\n"
			      "6;2024-01-09;C3;C;1;12:5\n");
	assert_int_equal(4, r->n);
	assert_int_equal(3, r->rejected[RR_REJ_NUMBER]);
	assert_true(fabs(r->price[0] - 49.9) < 1e-9 && fabs(r->price[1] - 49) < 1e-9);
	assert_true(fabs(r->price[2] - 12.5) < 1e-9);
	assert_true(fabs(r->qty[3] * r->price[3] + 5.25) < 1e-9);   /* a return's line */
	rows_free(r);
}

/* t79 F18: German's Betrag, a line's paid total, beside a list price (Listenpreis, 25 % above
 * it): the hint offers the total as the amount, never the list price as the price; followed,
 * the unit price is the total over the quantity (37.13 / 1, 79.78 / 2 = 39.89). Spend by
 * hand: 37.13 + 79.78 = 116.91 (the list price would give 46.41 + 99.72 = 146.13). */
static void test_betrag_beside_list_price(void **state)
{
	(void)state;
	static const char text[] = "Beleg;Datum;Kunde;Artikel;Menge;Rabatt;Listenpreis;Betrag\n"
				   "R100;01.03.2024;K037;ART01;1;0.00;46.41;37.13\n"
				   "R101;02.03.2024;K018;ART21;2;0.00;49.86;79.78\n";
	rr_rows *r = tu_load_csv(text);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "if 'Betrag' is each line's total, load with --map "
				"amount='Betrag'"));
	assert_null(strstr(r->reading, "--map price='Listenpreis'"));
	rows_free(r);
	r = load_map(text, "amount=Betrag");
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_true(fabs(r->price[0] - 37.13) < 1e-4);
	assert_true(fabs(r->price[1] - 39.89) < 1e-4);
	assert_true(fabs(r->qty[0] * r->price[0] + r->qty[1] * r->price[1] - 116.91) < 1e-3);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_colon_prices),
		cmocka_unit_test(test_price_named_with_currency),
		cmocka_unit_test(test_french_ht_over_ttc),
		cmocka_unit_test(test_tax_remark_forms),
		cmocka_unit_test(test_price_hint_order),
		cmocka_unit_test(test_sale_price_names),
		cmocka_unit_test(test_quote_never_purchase),
		cmocka_unit_test(test_cancelled_quantity),
		cmocka_unit_test(test_case_size_units),
		cmocka_unit_test(test_myob_sale_status),
		cmocka_unit_test(test_betrag_beside_list_price),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
