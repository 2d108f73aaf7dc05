/* test_ingest_status.c — an order status or void flag read over the whole file, not its first
 * batch (t44 #1, #5b); status and document-type words judged by all their words (t44 #4, #9);
 * a flag named Cancelado (t44 #2); a customer's status is no order's (t44 #2b); delivery notes
 * and grouped document types (t44 #8, #5). */
#include "testutil.h"

#include <stdarg.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

static rr_rows *load_opts(const char *text, const rr_ingest_opts *o)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, o, NULL);
	tu_remove(p);
	return r;
}

static rr_rows *load_csv(const char *text)
{
	return load_opts(text, NULL);
}

/* A growing text buffer for fixtures of many lines. */
typedef struct text {
	char *s;
	size_t n, cap;
} text;

static void add(text *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	assert_true(k >= 0);
	if (t->n + (size_t)k + 1 > t->cap) {
		t->cap = (t->n + (size_t)k + 1) * 2;
		t->s = realloc(t->s, t->cap);
		assert_non_null(t->s);
	}
	va_start(ap, fmt);
	vsnprintf(t->s + t->n, t->cap - t->n, fmt, ap);
	va_end(ap);
	t->n += (size_t)k;
}

/* header, then rows of value a, rows of b, rows of c (a status or a flag's value), one line an
 * invoice of its own */
static char *rows_of(const char *header, const char *a, int na, const char *b, int nb,
		     const char *c, int nc)
{
	text t = {0};
	add(&t, "%s\n", header);
	const char *v[3] = {a, b, c};
	int n[3] = {na, nb, nc}, line = 0;
	for (int k = 0; k < 3; k++)
		for (int i = 0; i < n[k]; i++, line++)
			add(&t, "%d,2023-01-%02d,c%d,A%d,1,10.00,%s\n", 1000 + line, 1 + line % 28,
			    line % 97, line % 13, v[k]);
	return t.s;
}

/* t44 #1: a bare Estado whose first few thousand rows hold a bought status relrec lacks
 * (Aprobado, an export sorted by status) is the status still when a later row is one it knows:
 * the Cancelado rows below are skipped, not purchases. An address's Estado stays unused. */
static void test_bare_status_decided_on_all_rows(void **state)
{
	(void)state;
	char *s = rows_of("Pedido,Fecha,Cliente,SKU,Cantidad,Precio,Estado", "Aprobado", 5000,
			  "Cancelado", 40, "Entregado", 60);
	rr_rows *r = load_csv(s);
	free(s);
	assert_non_null(r);
	assert_int_equal(5060, r->n);
	assert_non_null(strstr(r->reading, "status=Estado"));
	assert_non_null(strstr(r->reading, "Cancelado 40 skipped"));
	rows_free(r);
	/* the Italian Stato, its one known word the last */
	s = rows_of("Pedido,Fecha,Cliente,SKU,Cantidad,Precio,Stato", "Confermato", 4500,
		    "Confermato", 0, "Annullato", 30);
	r = load_csv(s);
	free(s);
	assert_non_null(r);
	assert_int_equal(4500, r->n);
	rows_free(r);
	/* an address's state on every line: no status, nothing skipped */
	s = rows_of("Pedido,Fecha,Cliente,SKU,Cantidad,Precio,Estado", "Jalisco", 3000,
		    "Nuevo Le\xC3\xB3n", 2000, "CDMX", 100);
	r = load_csv(s);
	free(s);
	assert_non_null(r);
	assert_int_equal(5100, r->n);
	assert_non_null(strstr(r->reading, "not used: Estado"));
	assert_null(strstr(r->reading, "status"));
	rows_free(r);
}

/* t44 #5b: a void flag written x/blank (or Ja/blank) whose first mark comes after the first
 * batch is a flag still: its marked lines are skipped, and nothing is warned of; so is a
 * --map status= column of such values. A later Cancelled in a flag column is skipped too. */
static void test_flag_first_mark_late(void **state)
{
	(void)state;
	static const char *const cols[][2] = {{"Void", "x"}, {"Storniert", "Ja"}};
	for (size_t k = 0; k < sizeof cols / sizeof *cols; k++) {
		char hdr[128];
		snprintf(hdr, sizeof hdr, "Belegnr,Datum,Kunde,Artikel,Menge,Preis,%s", cols[k][0]);
		char *s = rows_of(hdr, "", 5000, cols[k][1], 30, "", 200);
		rr_rows *r = load_csv(s);
		assert_non_null(r);
		if (r->n != 5200)
			fail_msg("'%s' = %s after 5000 blanks: %zu kept, not 5200", cols[k][0],
				 cols[k][1], r->n);
		assert_non_null(strstr(r->reading, "is a flag"));
		assert_null(strstr(r->reading, "warning"));
		rows_free(r);
		rr_ingest_opts o = {.map = "status=Void"};
		if (k == 0) {
			r = load_opts(s, &o);
			assert_non_null(r);
			assert_int_equal(5200, r->n);
			rows_free(r);
		}
		free(s);
	}
	char *s = rows_of("Belegnr,Datum,Kunde,Artikel,Menge,Preis,Void", "No", 4500, "Yes", 20,
			  "Cancelled", 10);
	rr_rows *r = load_csv(s);
	free(s);
	assert_non_null(r);
	assert_int_equal(4500, r->n);
	rows_free(r);
}

/* t44 #2: a void flag named Cancelado or Cancelada (Brazil's Sim/Não, Spain's Sí/No) is read:
 * its one marked line of eight is skipped, unwarned. */
static void test_flag_cancelado(void **state)
{
	(void)state;
	static const char *const flags[][3] = {{"Cancelado", "Sim", "N\xC3\xA3o"},
					       {"Cancelada", "S\xC3\xAD", "No"}};
	for (size_t k = 0; k < sizeof flags / sizeof *flags; k++) {
		char hdr[128];
		snprintf(hdr, sizeof hdr, "Pedido,Data,Cliente,C\xC3\xB3" "digo,Quantidade,Pre\xC3\xA7o,%s",
			 flags[k][0]);
		char *s = rows_of(hdr, flags[k][1], 1, flags[k][2], 7, "", 0);
		rr_rows *r = load_csv(s);
		free(s);
		assert_non_null(r);
		if (r->n != 7)
			fail_msg("'%s' = %s: %zu kept, not 7", flags[k][0], flags[k][1], r->n);
		assert_non_null(strstr(r->reading, "is a flag"));
		assert_null(strstr(r->reading, "warning"));
		rows_free(r);
	}
}

/* t44 #2b: a customer's or an account's status joined onto the sales lines (Membership Status,
 * Account Status, Loyalty: Status) is no order's: every line kept, nothing warned of; an unknown
 * name's status that changes within a customer's orders is an order's, as is an order's prefix. */
static void test_customer_status_not_order(void **state)
{
	(void)state;
	static const char *const names[] = {"Membership Status", "Account Status",
					    "Loyalty: Status", "Subscription Status"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		text t = {0};
		add(&t, "order_id,date,customer_id,sku,qty,price,%s\n", names[k]);
		for (int i = 0; i < 40; i++)   /* customer c3's membership lapsed: all its orders */
			add(&t, "%d,2023-01-%02d,c%d,A%d,1,10.00,%s\n", 100 + i, 1 + i % 28, i % 8,
			    i % 5, i % 8 == 3 || i % 8 == 5 ? "Cancelled" : i % 8 == 6 ? "Expired" :
			    "Active");
		rr_rows *r = load_csv(t.s);
		free(t.s);
		assert_non_null(r);
		if (r->n != 40)
			fail_msg("'%s': %zu kept, not 40", names[k], r->n);
		assert_null(strstr(r->reading, "warning"));
		rows_free(r);
	}
	/* a line's status in a shop of one-off buyers (t45 N2): each customer one line, its value
	 * never changing within a customer, but the name says a line's */
	static const char *const lines[] = {"Item Status", "Line Status", "item-status",
					    "Record Status"};
	for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) {
		text t = {0};
		add(&t, "order_id,date,customer_id,sku,qty,price,%s\n", lines[k]);
		for (int i = 0; i < 40; i++)
			add(&t, "%d,2023-01-%02d,c%d,A%d,1,10.00,%s\n", 100 + i, 1 + i % 28, i,
			    i % 5, i % 4 == 1 ? "Cancelled" : "Shipped");
		rr_rows *r = load_csv(t.s);
		free(t.s);
		assert_non_null(r);
		if (r->n != 30)
			fail_msg("'%s': %zu kept, not 30", lines[k], r->n);
		rows_free(r);
	}
	/* an order's: the customer's second order cancelled */
	static const char *const orders[] = {"Web Status", "Shipping: Status"};
	for (size_t k = 0; k < sizeof orders / sizeof *orders; k++) {
		text t = {0};
		add(&t, "order_id,date,customer_id,sku,qty,price,%s\n", orders[k]);
		for (int i = 0; i < 40; i++)
			add(&t, "%d,2023-01-%02d,c%d,A%d,1,10.00,%s\n", 100 + i, 1 + i % 28, i % 8,
			    i % 5, i == 11 || i == 20 ? "Cancelled" : "Delivered");
		rr_rows *r = load_csv(t.s);
		free(t.s);
		assert_non_null(r);
		if (r->n != 38)
			fail_msg("'%s': %zu kept, not 38", orders[k], r->n);
		rows_free(r);
	}
}

/* t44 #4, #9: a status is judged by all its words: a failure after a bought word (Pago
 * rechazado, Pago fallido, Pago cancelado, Pagamento recusado, Zahlung fehlgeschlagen) is no
 * purchase, but a refused return or cancellation leaves the order bought; PrestaShop's default
 * states in French, Spanish and German are known (no warning), their payment errors skipped. */
static void test_status_all_words(void **state)
{
	(void)state;
	static const char *const failed[] = {"Pago rechazado", "Pago fallido", "Pago cancelado",
					     "Pagamento recusado", "Zahlung fehlgeschlagen",
					     "Payment failed", "Error en pago", "Zahlungsfehler"};
	for (size_t k = 0; k < sizeof failed / sizeof *failed; k++) {
		char *s = rows_of("Pedido,Fecha,Cliente,SKU,Cantidad,Precio,Estado", "Pagado", 4,
				  failed[k], 1, "", 0);
		rr_rows *r = load_csv(s);
		free(s);
		assert_non_null(r);
		if (r->n != 4)
			fail_msg("'%s' read as bought (%zu kept, not 4)", failed[k], r->n);
		rows_free(r);
	}
	/* WooCommerce's block checkout draft, as its slug */
	char *w = rows_of("Order Number,Order Date,Customer ID,SKU,Quantity,Price,Order Status",
			  "wc-completed", 4, "wc-checkout-draft", 1, "checkout-draft", 1);
	rr_rows *wr = load_csv(w);
	free(w);
	assert_non_null(wr);
	assert_int_equal(4, wr->n);
	assert_null(strstr(wr->reading, "warning"));
	rows_free(wr);
	static const char *const stands[] = {"Return rejected", "Cancellation declined",
					     "Reembolso rechazado"};
	for (size_t k = 0; k < sizeof stands / sizeof *stands; k++) {
		char *s = rows_of("Pedido,Fecha,Cliente,SKU,Cantidad,Precio,Order Status", "Paid", 4,
				  stands[k], 1, "", 0);
		rr_rows *r = load_csv(s);
		free(s);
		assert_non_null(r);
		if (r->n != 5)
			fail_msg("'%s' skipped (%zu kept, not 5)", stands[k], r->n);
		rows_free(r);
	}
	static const char *const presta[][6] = {
		{"Paiement accept\xC3\xA9", "En cours de pr\xC3\xA9paration", "Rembours\xC3\xA9",
		 "En attente du paiement par ch\xC3\xA8que", "Paiement \xC3\xA0 distance accept\xC3\xA9",
		 "Erreur de paiement"},
		{"Pago aceptado", "Preparaci\xC3\xB3n en curso", "Reembolsado",
		 "En espera de pago por cheque", "En espera de validaci\xC3\xB3n por contra reembolso",
		 "Error en pago"},
		{"Zahlung eingegangen", "Bearbeitung l\xC3\xA4uft", "Erstattet",
		 "Warten auf Zahlungseingang Scheck", "Versandt", "Zahlungsfehler"}};
	for (size_t k = 0; k < sizeof presta / sizeof *presta; k++) {
		text t = {0};
		add(&t, "order_id,date,customer_id,sku,qty,price,order_status\n");
		for (int i = 0; i < 6; i++)
			add(&t, "%d,2023-01-%02d,c%d,A1,1,10.00,%s\n", 100 + i, 1 + i, i, presta[k][i]);
		rr_rows *r = load_csv(t.s);
		free(t.s);
		assert_non_null(r);
		if (r->n != 5 || strstr(r->reading, "warning"))
			fail_msg("PrestaShop's states (%s...): %zu kept, not 5; %s", presta[k][0], r->n,
				 r->reading);
		rows_free(r);
	}
}

/* t44 #8, #12: a delivery note or packing list beside the invoice of the same goods, in
 * Swedish, Norwegian/Danish, Finnish, Argentine Spanish and English, is no sale (skipped); 1C's
 * bill and customer order beside its sale, likewise, so its Возврат is read as a return. */
static void test_delivery_notes_skipped(void **state)
{
	(void)state;
	static const char *const notes[] = {"F\xC3\xB6ljesedel", "F\xC3\xB8lgeseddel",
					    "L\xC3\xA4hete", "Remito", "Packing list",
					    "Gu\xC3\xAD" "a de despacho", "Romaneio", "Lieferschein"};
	for (size_t k = 0; k < sizeof notes / sizeof *notes; k++) {
		text t = {0};
		add(&t, "order_id,date,customer_id,sku,qty,price,Type\n");
		for (int i = 0; i < 4; i++)
			add(&t, "%d,2023-01-%02d,c%d,A1,1,10.00,Invoice\n", 100 + i, 1 + i, i);
		add(&t, "104,2023-01-05,c1,A1,1,10.00,%s\n105,2023-01-06,c2,A1,1,10.00,Credit Note\n",
		    notes[k]);
		rr_rows *r = load_csv(t.s);
		free(t.s);
		assert_non_null(r);
		if (r->n != 5 || r->skipped != 1)
			fail_msg("'%s': %zu rows, %zu skipped, not 5 and 1", notes[k], r->n,
				 (size_t)r->skipped);
		rows_free(r);
	}
	rr_rows *r = load_csv("order_id,date,customer_id,sku,qty,price,\xD0\xA2\xD0\xB8\xD0\xBF\n"
		"101,2023-01-02,C1,A1,1,10.00,\xD0\xA0\xD0\xB5\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F\n"
		"102,2023-01-03,C2,A2,1,10.00,\xD0\xA0\xD0\xB5\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F\n"
		"103,2023-01-04,C3,A3,1,10.00,\xD0\xA1\xD1\x87\xD1\x91\xD1\x82 \xD0\xBD\xD0\xB0 \xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD1\x83\n"
		"104,2023-01-05,C4,A0,1,10.00,\xD0\xA0\xD0\xB5\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F\n"
		"105,2023-01-06,C0,A1,1,10.00,\xD0\x97\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7 \xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F\n"
		"106,2023-01-07,C1,A2,1,10.00,\xD0\x92\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82\n");
	assert_non_null(r);
	assert_int_equal(4, r->n);   /* three sales and the return */
	assert_non_null(strstr(r->reading, "1 read as returns"));
	rows_free(r);
}

/* t44 #5: a document type written on an invoice's first line only is its other lines' too, as
 * its customer and date are: 8 sale lines and the credit note's, none skipped; a line naming
 * no invoice of its own with a blank type (a subtotal's) stays skipped. */
static void test_doctype_carried_down(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Belegnr,Datum,Kunde,Artikel,Menge,Preis,Belegart\n"
			      "R1,2023-01-05,K1,A1,2,5.00,Rechnung\nR1,,,A2,1,7.00,\n"
			      "R1,,,A3,1,3.00,\nR2,2023-01-06,K2,A1,1,5.00,Rechnung\n"
			      "R2,,,A3,4,3.00,\nG1,2023-01-07,K1,A2,-1,7.00,Gutschrift\n"
			      "R3,2023-01-08,K3,A2,1,7.00,Rechnung\nR3,,,A1,1,5.00,\n"
			      "R4,2023-01-09,K1,A1,3,5.00,Rechnung\n");
	assert_non_null(r);
	assert_int_equal(9, r->n);
	assert_int_equal(0, r->skipped);
	assert_non_null(strstr(r->reading, "Rechnung 8"));
	assert_non_null(strstr(r->reading, "4 rows with no event or document type took"));
	rows_free(r);
	r = load_csv("Belegnr,Datum,Kunde,Artikel,Menge,Preis,Belegart\n"
		     "R1,2023-01-05,K1,A1,2,5.00,Rechnung\nR1,2023-01-05,K1,A2,1,7.00,Rechnung\n"
		     ",,,Summe,3,12.00,\nG1,2023-01-07,K1,A2,-1,7.00,Gutschrift\n"
		     "R2,2023-01-08,K3,A2,1,7.00,Rechnung\n");
	assert_non_null(r);
	assert_int_equal(4, r->n);
	rows_free(r);
}

/* t50 F5: customer ids crafted offline to share their low 12 bits under FNV-1a (the old
 * fixed hash of the held rows' table by customer, 4096 slots for 2000 rows) each passed over
 * all the ids before them: 2000 x 1999 / 2 probes per status-like column. Keyed, they spread
 * like any ids; the table's own count of the slots it passed over stays near the rows'. */
static void test_status_table_crafted_ids(void **state)
{
	(void)state;
	enum { N = 2000, COLS = 4 };
	text t = {0};
	add(&t, "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID");
	for (int k = 0; k < COLS; k++)
		add(&t, ",Status %d", k);
	add(&t, "\n");
	static const char *const st[] = {"completed", "cancelled", "completed", "pending"};
	unsigned long c = 100000;
	for (int i = 0; i < N; i++) {
		char id[24];
		for (;; c++) {   /* the next decimal id whose FNV-1a hash ends in 0x234 */
			int len = snprintf(id, sizeof id, "%lu", c);
			uint64_t h = 1469598103934665603ULL;
			for (int k = 0; k < len; k++)
				h = (h ^ (unsigned char)id[k]) * 1099511628211ULL;
			if ((h & 4095) == 0x234)
				break;
		}
		c++;
		add(&t, "%d,SKU%d,1,2010-12-%02d 08:26,1.5,%s", 536365 + i, i % 50, 1 + i % 28, id);
		for (int k = 0; k < COLS; k++)
			add(&t, ",%s", st[(i + k) % 4]);
		add(&t, "\n");
	}
	size_t before = ingest_status_probes();
	rr_rows *r = load_csv(t.s);
	free(t.s);
	assert_non_null(r);
	assert_int_equal(N, r->n);
	size_t probes = ingest_status_probes() - before;
	assert_true(probes > 0);   /* the table judged the columns */
	/* a random key at half load: about N / 2 a column; crafted, N * N / 2 = 2,000,000 */
	assert_true(probes < (size_t)COLS * N * 4);
	rows_free(r);
}

/* t71 F6: a Status of fulfilment (Shipped, Processing: none voids) outranks the Payment Status
 * beside it by name; the payment's Voided orders were kept as purchases. Read again with the
 * payment's status: order 2's two lines skipped, the note names both columns. When the
 * status voids orders too, only one column is read: a warning names the --map. */
static void test_payment_status_voids(void **state)
{
	(void)state;
	static const char *const text =
		"Order,Date,Customer,SKU,Qty,Status,Payment Status\n"
		"1,2023-03-01,C1,MUG,2,Shipped,Paid\n"
		"2,2023-03-02,C2,LAMP,1,Processing,Voided\n"
		"2,2023-03-02,C2,MUG,1,Processing,Voided\n"
		"3,2023-03-03,C1,LAMP,3,Delivered,Paid\n";
	rr_rows *r = load_csv(text);
	assert_non_null(r);
	if (!strstr(r->reading, "status=Payment Status") ||
	    !strstr(r->reading, "note: 'Payment Status' voids 2 rows (the first on line 3: "
			       "'Voided') and 'Status' none"))
		fail_msg("%s", r->reading);
	assert_int_equal(2, r->n);
	assert_true(r->qty[0] == 2 && r->qty[1] == 3);
	rows_free(r);
	r = load_csv("Order,Date,Customer,SKU,Qty,Status,Payment Status\n"
		     "1,2023-03-01,C1,MUG,2,Cancelled,Paid\n"
		     "2,2023-03-02,C2,LAMP,1,Processing,Voided\n"
		     "3,2023-03-03,C1,LAMP,3,Delivered,Paid\n");
	assert_non_null(r);
	if (!strstr(r->reading, "status=Status") ||
	    !strstr(r->reading, "warning: 'Payment Status' voids 1 row (the first on line 3: "
			       "'Voided') read as purchases by the status 'Status', which voids "
			       "others"))
		fail_msg("%s", r->reading);
	assert_int_equal(2, r->n);   /* order 1 cancelled; order 2 kept, as warned */
	rows_free(r);
}

/* A cancellation recorded in a fulfilment's status alone (t72 F9: Wix's Canceled beside
 * Payment status Paid or Not paid, Squarespace's CANCELED beside PAID): those orders are
 * skipped, a blank line taking its order's value, and the summary names the column; Not paid
 * and Not fulfilled are Wix's unpaid and unfulfilled, kept and known. --map status=- reads
 * every row, the fulfilment too. */
static void test_fulfilment_cancelled_skipped(void **state)
{
	(void)state;
	static const char csv[] =
		"Order number,Date created,Item's name,SKU,Qty,Price,Payment status,"
		"Fulfillment status,Contact email\n"
		"1,2024-02-01,Lamp,A,1,10.00,Paid,Fulfilled,a@x.com\n"
		"1,2024-02-01,Mug,B,2,5.00,Paid,Fulfilled,a@x.com\n"
		"2,2024-02-02,Lamp,A,1,10.00,Not paid,Canceled,b@x.com\n"
		"2,2024-02-02,Mug,B,1,5.00,Not paid,,b@x.com\n"
		"3,2024-02-03,Mug,B,3,5.00,Not paid,Not fulfilled,c@x.com\n"
		"4,2024-02-04,Lamp,A,1,10.00,Paid,CANCELED,a@x.com\n";
	rr_rows *r = load_csv(csv);
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_int_equal(3, r->skipped);
	assert_non_null(strstr(r->reading, "status: 'Fulfillment status' (a fulfilment's status) "
					   "says which orders were cancelled, not purchases, though "
					   "the status kept them: Canceled 2, CANCELED 1 skipped; "
					   "kept: Fulfilled 2, Not fulfilled 1"));
	assert_null(strstr(r->reading, "no order's status relrec knows"));
	rows_free(r);
	rr_ingest_opts o = {.map = "status=-"};
	r = load_opts(csv, &o);
	assert_non_null(r);
	assert_int_equal(6, r->n);
	assert_null(strstr(r->reading, "fulfilment"));
	rows_free(r);
}

/* t73 F10: a void word denied by the word before it (Not Cancelled, No Void) or called off by
 * the word after it (Void Reversed) is an order bought, a status relrec knows; Cancelled,
 * Voided and Cancelled by customer are not. By hand: orders 1, 2, 3, 4 and 7 kept (5 rows,
 * one line each), 5 and 6 skipped. The manual lists both word tables. */
static void test_status_negated_void(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Order,Date,Customer,SKU,Qty,Order Status\n"
			      "1,2023-03-01,C1,MUG,1,Completed\n2,2023-03-02,C2,MUG,1,Not Cancelled\n"
			      "3,2023-03-03,C3,MUG,1,No Void\n4,2023-03-04,C1,MUG,1,Void Reversed\n"
			      "5,2023-03-05,C2,MUG,1,Cancelled\n"
			      "6,2023-03-06,C3,MUG,1,Cancelled by customer\n"
			      "7,2023-03-07,C1,MUG,1,not cancelled\n");
	assert_non_null(r);
	assert_int_equal(5, r->n);
	assert_int_equal(2, r->skipped);
	assert_null(strstr(r->reading, "no order's status relrec knows"));
	rows_free(r);
	char *man = tu_read_man(), want[512];
	assert_non_null(man);
	for (char *p = man; *p; p++)   /* the page's lines joined as words */
		if (*p == '\n')
			*p = ' ';
	const char *const *lists[2] = {ingest_negations, ingest_reversals};
	for (int k = 0; k < 2; k++) {
		want[0] = 0;
		for (int i = 0; lists[k][i]; i++)
			snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s",
				 i ? ", " : "(", lists[k][i]);
		if (!strstr(man, want))
			fail_msg("the manual does not list '%s'", want);
	}
}

/* t76 F11: a void word after a part's word (Partially Cancelled, Teilweise storniert,
 * Cz\u0119\u015bciowo anulowane) is an order bought, kept whole, said in a note; Cancelled
 * is skipped. By hand: orders 1 to 4 kept (6 lines), order 5 skipped (1 line). */
static void test_status_partly_cancelled(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Order,Date,Customer,SKU,Qty,Order Status\n"
			      "1,2023-03-01,C1,MUG,1,Partially Cancelled\n"
			      "1,2023-03-01,C1,CUP,1,Partially Cancelled\n"
			      "2,2023-03-02,C2,MUG,1,Teilweise storniert\n"
			      "3,2023-03-03,C3,MUG,1,Cz\u0119\u015bciowo anulowane\n"
			      "3,2023-03-03,C3,CUP,1,Cz\u0119\u015bciowo anulowane\n"
			      "4,2023-03-04,C1,MUG,1,Completed\n5,2023-03-05,C2,MUG,1,Cancelled\n");
	assert_non_null(r);
	assert_int_equal(6, r->n);
	assert_int_equal(1, r->skipped);
	assert_non_null(strstr(r->reading, "note: 5 rows of orders partly cancelled (the first "
					   "'Partially Cancelled') are read as bought"));
	rows_free(r);
}

/* t79 F14: the part's word after the void word (Cancelled partially, Cancelled - partial,
 * Storniert (teilweise), Annul\u00e9 partiellement, Anulowane cz\u0119\u015bciowo) is an order
 * bought too; a void word alone or beside another (Cancelled (customer)) is none. By hand: orders 1 to
 * 5 kept (5 lines), orders 6 and 7 skipped (2 lines). */
static void test_status_cancelled_partly(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Order,Date,Customer,SKU,Qty,Order Status\n"
			      "1,2023-03-01,C1,MUG,1,Cancelled partially\n"
			      "2,2023-03-02,C2,MUG,1,Cancelled - partial\n"
			      "3,2023-03-03,C3,MUG,1,Storniert (teilweise)\n"
			      "4,2023-03-04,C1,CUP,1,Annul\u00e9 partiellement\n"
			      "5,2023-03-05,C2,CUP,1,Anulowane cz\u0119\u015bciowo\n"
			      "6,2023-03-06,C3,MUG,1,Cancelled\n"
			      "7,2023-03-07,C1,MUG,1,Cancelled (customer)\n");
	assert_non_null(r);
	assert_int_equal(5, r->n);
	assert_int_equal(2, r->skipped);
	rows_free(r);
}

/* t76 F3, F4: a document type or a status is read word by word: a pro forma in any spelling
 * (Faktura pro forma, Factura proforma, Fattura Pro-Forma) is no sale; a void word in brackets
 * or after a slash (Invoice (cancelled), Faktura VAT [anulowana], Invoice/cancelled, Order
 * (cancelled)) is a void, unless denied (Invoice (not cancelled)). By hand: each file's 3
 * sales kept of 4 rows (one line per document). */
static void test_doc_words_bracketed(void **state)
{
	(void)state;
	static const char *const other[] = {
		"Faktura pro forma", "Factura proforma", "Fattura Pro-Forma", "Invoice (cancelled)",
		"Faktura VAT (anulowana)", "Faktura VAT [anulowana]", "Invoice/cancelled",
		"Rechnung (storniert)"};
	char text[600];
	for (size_t k = 0; k < sizeof other / sizeof *other; k++) {
		snprintf(text, sizeof text, "Nr dokumentu;Typ dokumentu;Data;Kontrahent;Kod towaru;"
			 "Ilo\xC5\x9B\xC4\x87\n"
			 "1;Faktura VAT;2024-03-01;K1;T1;1\n2;Faktura VAT;2024-03-02;K2;T1;2\n"
			 "3;%s;2024-03-03;K1;T2;4\n4;Faktura VAT;2024-03-04;K1;T2;1\n", other[k]);
		rr_rows *r = load_csv(text);
		assert_non_null(r);
		if (r->n != 3 || r->qty[0] + r->qty[1] + r->qty[2] != 4)
			fail_msg("'%s': %zu rows kept", other[k], (size_t)r->n);
		rows_free(r);
	}
	static const char *const status[] = {"Order (cancelled)", "[Cancelled]", "(Storniert)",
					     "Completed (cancelled)"};
	for (size_t k = 0; k < sizeof status / sizeof *status; k++) {
		snprintf(text, sizeof text, "Order,Date,Customer,SKU,Qty,Order Status\n"
			 "1,2023-03-01,C1,MUG,1,Completed\n2,2023-03-02,C2,MUG,1,Completed\n"
			 "3,2023-03-03,C3,MUG,1,%s\n4,2023-03-04,C1,MUG,1,Completed\n", status[k]);
		rr_rows *r = load_csv(text);
		assert_non_null(r);
		if (r->n != 3 || r->skipped != 1)
			fail_msg("'%s': %zu rows kept", status[k], (size_t)r->n);
		rows_free(r);
	}
	rr_rows *r = load_csv("Order,Date,Customer,SKU,Qty,Order Status\n"
			      "1,2023-03-01,C1,MUG,1,Completed\n2,2023-03-02,C2,MUG,1,Cancelled\n"
			      "3,2023-03-03,C3,MUG,1,Order (not cancelled)\n");
	assert_non_null(r);
	assert_int_equal(2, r->n);
	rows_free(r);
}

/* t73 F9: a Transaction Type of tenders, Cash beside bare Credit and Debit (a POS's card
 * types): every row a purchase, 4 units, said; beside a Sale, a Credit is a credit note, a
 * return, as before. */
static void test_tender_credit_debit(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Receipt,Date,Customer,Item,Qty,Price,Transaction Type\n"
			      "1,2024-03-01,C1,A,1,2.00,Credit\n2,2024-03-02,C2,A,2,2.00,Debit\n"
			      "3,2024-03-03,C3,A,1,2.00,Cash\n");
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_int_equal(0, r->skipped);
	assert_true(r->qty[0] == 1 && r->qty[1] == 2 && r->qty[2] == 1);
	assert_non_null(strstr(r->reading, "note: 'Transaction Type' holds how each sale was paid"));
	rows_free(r);
	r = load_csv("Receipt,Date,Customer,Item,Qty,Price,Transaction Type\n"
		     "1,2024-03-01,C1,A,1,2.00,Sale\n2,2024-03-02,C1,A,1,2.00,Credit\n"
		     "3,2024-03-03,C3,A,1,2.00,Cash\n");
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_true(r->qty[0] > 0 && r->qty[1] < 0 && r->qty[2] > 0);
	assert_null(strstr(r->reading, "holds how each sale was paid"));
	rows_free(r);
}

/* t77 F20: Odoo's Point of Sale orders (Order Lines/... beside a Session): New is a draft
 * never paid, skipped with the cancelled, and the status line says why: of 4 lines, the 2 of
 * Paid and Posted kept. Without the Session (a web shop's list) New is an order placed: 3. */
/* t82 F27: the unknown statuses' warning lists six values; the rows of the others are said
 * after them, so the listed and the others add up to the rows it says the column holds:
 * Zwei 2, Drei 3 and seven values of one row each, 12 rows; six listed (2 + 3 + 4 = 9), 3
 * rows of others. */
static void test_status_counts_add_up(void **state)
{
	(void)state;
	static const char *const v[] = {"Zwei", "Zwei", "Drei", "Drei", "Drei", "Vier", "Funf",
					"Sechs", "Sieben", "Acht", "Neun", "Zehn"};
	text t = {0};
	add(&t, "Order,Date,Customer,SKU,Qty,Price,Status\n");
	for (int i = 0; i < 32; i++)
		add(&t, "%d,2023-01-%02d,c%d,A%d,1,10.00,%s\n", 1000 + i, 1 + i % 28, i % 7, i % 5,
		    i < 20 ? "Completed" : v[i - 20]);
	rr_rows *r = load_csv(t.s);
	free(t.s);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "'Status' holds 12 rows of values that are no order's "
					    "status relrec knows (Zwei 2, Drei 3, Vier 1, Funf 1, "
					    "Sechs 1, Sieben 1, and 3 rows of others)"));
	rows_free(r);
}

static void test_odoo_pos_new(void **state)
{
	(void)state;
	const char *head = "Order Ref,Date,Customer/ID,Customer,%sStatus,Order Lines/Product,"
			   "Order Lines/Quantity,Order Lines/Unit Price\n";
	const char *rows[] = {"Shop/0001,2024-02-01 17:29:00,p1,Ana,%sPaid,[A] Tray,1.00,4.80\n",
			      "Shop/0002,2024-02-02 10:00:00,p2,Bo,%sNew,[B] Pen,2.00,1.20\n",
			      "Shop/0003,2024-02-03 11:00:00,p1,Ana,%sPosted,[B] Pen,1.00,1.20\n",
			      "Shop/0004,2024-02-04 12:00:00,p2,Bo,%sCancelled,[A] Tray,1.00,4.80\n"};
	for (int pos = 1; pos >= 0; pos--) {
		char text[1000];
		int o = snprintf(text, sizeof text, head, pos ? "Session," : "");
		for (int k = 0; k < 4; k++)
			o += snprintf(text + o, sizeof text - (size_t)o, rows[k],
				      pos ? "Shop/240201," : "");
		rr_rows *r = load_csv(text);
		if (!r)
			fail_msg("%s", err_msg());
		if ((size_t)(pos ? 2 : 3) != r->n ||
		    (pos != (strstr(r->reading, "is Odoo's Point of Sale state: New, a draft never "
				    "paid") != NULL)))
			fail_msg("session %d: %zu rows: %s", pos, r->n, r->reading);
		rows_free(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bare_status_decided_on_all_rows),
		cmocka_unit_test(test_flag_first_mark_late),
		cmocka_unit_test(test_flag_cancelado),
		cmocka_unit_test(test_customer_status_not_order),
		cmocka_unit_test(test_status_all_words),
		cmocka_unit_test(test_delivery_notes_skipped),
		cmocka_unit_test(test_doctype_carried_down),
		cmocka_unit_test(test_status_table_crafted_ids),
		cmocka_unit_test(test_payment_status_voids),
		cmocka_unit_test(test_fulfilment_cancelled_skipped),
		cmocka_unit_test(test_status_negated_void),
		cmocka_unit_test(test_doc_words_bracketed),
		cmocka_unit_test(test_status_partly_cancelled),
		cmocka_unit_test(test_status_cancelled_partly),
		cmocka_unit_test(test_tender_credit_debit),
		cmocka_unit_test(test_odoo_pos_new),
		cmocka_unit_test(test_status_counts_add_up),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
