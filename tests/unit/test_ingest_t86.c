/* test_ingest_t86.c — headers, ids and hints of systems tester t86 tried (round 21): Dynamics'
 * InvoiceAccount (F16), a status of an invoice in force, Active, beside Void and Mindbody's
 * Client ID beside Client (F17), a card's and an event's columns proposed by the refusal
 * (F15), Zuora's 'Object: Field' names, the refusal's one map and a description's column
 * (F14). Every fixture is hand-made; the comment above each says what a right reading makes
 * of it, and each rule has an innocent look-alike that must stay as it was. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

/* The refusal a load of text gives (the test fails when it loads). */
static const char *refusal_of(const char *text)
{
	static char msg[4096];
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	if (r) {
		rows_free(r);
		fail_msg("loaded: %s", text);
	}
	snprintf(msg, sizeof msg, "%s", err_msg());
	return msg;
}

static void assert_holds(const char *text, const char *part)
{
	if (!strstr(text, part))
		fail_msg("no \"%s\" in: %s", part, text);
}

static void assert_lacks(const char *text, const char *part)
{
	if (strstr(text, part))
		fail_msg("\"%s\" in: %s", part, text);
}

/* F16: D365's CustInvoiceTrans, InvoiceAccount beside OrderAccount: the invoice account is the
 * customer (the other a fallback, not a rival); Retail Pro's bt_cuid and its item's SID. */
static void test_erp_names(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("InvoiceId,InvoiceDate,InvoiceAccount,OrderAccount,ItemId,Qty\n"
				 "CIV-1,2024-01-05,US-001,US-002,A1,1\nCIV-2,2024-01-06,US-003,US-003,"
				 "A2,2\n");
	assert_int_equal(2, r->n);
	assert_holds(r->reading, "user=InvoiceAccount");
	rows_free(r);
	r = tu_load_csv("bt_cuid,invn_sbs_item_sid,alu,description1,quantity,created_datetime\n"
			"8409,6750,100001,Polo Shirt,2,2024-01-17\n8410,5001,100002,Socks,1,2024-01-18\n");
	assert_holds(r->reading, "user=bt_cuid, item=invn_sbs_item_sid");
	assert_holds(r->reading, "desc=description1");
	rows_free(r);
	/* its words are no role's: Value holds no item's alu, Residence no item's sid */
	r = tu_load_csv("Customer ID,SKU,Date,Qty,Total Value,Residence\n"
			"c1,A,2024-01-01,1,5.00,Berlin\nc2,B,2024-01-02,1,6.00,Paris\n");
	assert_holds(r->reading, "user=Customer ID, item=SKU");
	rows_free(r);
}

/* F17: an invoice's Active beside its Void is a bought status, no unknown one; Active beside
 * Inactive, a customer's or a product's state (e166's ingest_other_states), is said to be no
 * order's status and left unused, every row bought.
 * Mindbody's Client ID beside Client (its name) is the customer. */
static void test_active_status(void **state)
{
	(void)state;
	const char *head = "Invoice #,Invoice Date,Status,Client Code,Product Code,Qty\n";
	char text[1024];
	snprintf(text, sizeof text, "%s1,2024-01-01,Active,C1,A,1\n2,2024-01-02,Void,C2,B,1\n"
		 "3,2024-01-03,Active,C2,A,2\n", head);
	rr_rows *r = tu_load_csv(text);
	assert_int_equal(2, r->n);
	assert_lacks(r->reading, "no order's status relrec knows");
	rows_free(r);
	snprintf(text, sizeof text, "%s1,2024-01-01,Active,C1,A,1\n2,2024-01-02,Inactive,C2,B,1\n"
		 "3,2024-01-03,Active,C2,A,2\n", head);
	r = tu_load_csv(text);
	assert_int_equal(3, r->n);
	assert_holds(r->reading, "no order's status (Active 2, Inactive 1): not read as the order's status, every row bought");
	rows_free(r);
	r = tu_load_csv("Sale Date,Client ID,Client,Sale ID,Item name,Quantity\n"
			"2024-03-08,100315902,Ann Lee,1,Yoga,1\n2024-03-09,100315903,Bo Li,2,Spin,1\n");
	assert_holds(r->reading, "user=Client ID");
	rows_free(r);
}

/* F15: a fuel card statement's Kartennummer and Eventbrite's Event Name are proposed, not
 * "join the table that holds it"; an event log's event_name of row kinds (purchase) is no
 * item's, and the refusal still says to join the table. A Loyalty Card is read. */
static void test_cards_events(void **state)
{
	(void)state;
	const char *m = refusal_of("Kartennummer;Datum;Belegnummer;Produkt;Menge\n"
				   "7034 5948 2579 4248 5;19.09.2024;880001;Super E10;68,3\n"
				   "7034 8648 9081 4659 5;20.09.2024;880002;Diesel;38,4\n"
				   "7034 5948 2579 4248 5;21.09.2024;880003;Diesel;40,1\n");
	assert_holds(m, "--map user=Kartennummer reads it");
	assert_lacks(m, "join the table");
	m = refusal_of("Order #,Order Date,Email,Quantity,Event Name,Ticket Type\n"
		       "1,2024-01-01,a@x.com,1,Jazz Night,Adult\n2,2024-01-02,b@x.com,2,"
		       "Pottery Class,Child\n3,2024-01-02,a@x.com,2,Jazz Night,Child\n");
	assert_holds(m, "--map item='Event Name' reads it (or item='Ticket Type'");
	assert_lacks(m, "join the table");
	m = refusal_of("event_time,event_name,user_id,price\n2024-01-01 10:00,purchase,u1,3.00\n"
		       "2024-01-01 10:05,view,u2,4.00\n2024-01-02 10:05,purchase,u2,4.00\n");
	assert_holds(m, "no column's name or values are an item's");
	rr_rows *r = tu_load_csv("Transaction,Date,Loyalty Card,Barcode,Qty\n"
				 "1,2024-06-10,6358045158759912,5000168001142,1\n"
				 "2,2024-06-11,6358045158759913,5000168001143,2\n");
	assert_holds(r->reading, "user=Loyalty Card");
	rows_free(r);
}

/* F14: Zuora's 'Object: Field' names read by object and field (Product: Name, a product's
 * name) or by field; the account's number proposed over its name. A Ship To: Customer ID
 * beside the Customer ID is not used (a fallback, no second customer). */
static void test_object_fields(void **state)
{
	(void)state;
	const char *m = refusal_of("Account: Account Number,Account: Name,Invoice: Invoice Number,"
				   "Invoice: Invoice Date,Product: Name,Invoice Item: Quantity\n"
				   "A61061544,Acct 1544,INV1,02/10/2024,Basic,1\n"
				   "A61061545,Acct 1545,INV2,02/11/2024,Storage,1\n"
				   "A61061544,Acct 1544,INV3,02/12/2024,Basic,1\n");
	assert_holds(m, "no column for 'user'");
	assert_holds(m, "--map user='Account: Account Number' reads it (or 'Account: Name')");
	rr_rows *r = tu_load_opts("Account: Account Number,Account: Name,Invoice: Invoice Number,"
				  "Invoice: Invoice Date,Product: Name,Invoice Item: Quantity\n"
				  "A61061544,Acct 1544,INV1,02/10/2024,Basic,1\n"
				  "A61061545,Acct 1545,INV2,02/11/2024,Storage,3\n",
				  &(rr_ingest_opts){.map = "user=1"});
	assert_int_equal(2, r->n);
	assert_holds(r->reading, "item=Product: Name, invoice=Invoice: Invoice Number, "
				 "qty=Invoice Item: Quantity, date=Invoice: Invoice Date");
	rows_free(r);
	r = tu_load_csv("Customer ID,Ship To: Customer ID,Date,SKU,Qty\nc1,s9,2024-01-01,A,1\n"
			"c2,s8,2024-01-02,B,2\n");
	assert_holds(r->reading, "user=Customer ID");
	assert_holds(r->reading, "not used: Ship To: Customer ID");
	rows_free(r);
}

/* F14: a hotel folio: TRX_DESC's Room Charge is no customers' names (des, an article, is no
 * customer's word), but what was sold, proposed as the item; the one map reads them all.
 * When a role has a column offered by its values only, the one map is not said to read
 * them; when it has none, no one map is said. */
static void test_folio_hint(void **state)
{
	(void)state;
	const char *m = refusal_of("ROOM,FOLIO_NO,PROFILE_ID,TRX_CODE,TRX_DESC,TRX_DATE,QUANTITY\n"
				   "515,50001,8322049,1000,Room Charge,22-JUN-24,1\n"
				   "515,50001,8322049,2010,Minibar Beverage,22-JUN-24,2\n"
				   "402,50002,8322050,1000,Room Charge,23-JUN-24,1\n"
				   "402,50002,8322050,4000,Spa Treatment,24-JUN-24,1\n");
	assert_lacks(m, "maybe the customers'");
	assert_holds(m, "--map item=TRX_DESC reads it");
	assert_holds(m, "all at once: --map date=TRX_DATE,item=TRX_DESC reads them");
	m = refusal_of("Quando,Kundename,Abc,Menge\n2024-01-01,Ann Lee,A17,7\n"
		       "2024-01-02,Bo Li,B22,8\n2024-01-03,Ann Lee,A17,9\n");
	assert_holds(m, "'Abc' (3, 'A17') could be the item");
	assert_holds(m, "all at once, with the column for COL: --map date=Quando,user=Kundename,"
			"item=COL");
	assert_lacks(m, "reads them");
	/* no column offered for the item: the file lacks it, and no one map is said */
	m = refusal_of("Quando,Kundename,Abc,Menge\n2024-01-01,Ann Lee,Foo Bar,7\n"
		       "2024-01-02,Bo Li,Baz Qux,8\n2024-01-03,Ann Lee,Foo Bar,9\n");
	assert_holds(m, "join the table that holds it");
	assert_lacks(m, "all at once");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_erp_names),
		cmocka_unit_test(test_active_status),
		cmocka_unit_test(test_cards_events),
		cmocka_unit_test(test_object_fields),
		cmocka_unit_test(test_folio_hint),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
