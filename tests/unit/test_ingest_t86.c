/* test_ingest_t86.c — which rows are sales and how numbers are read in ERP and billing
 * exports (tester t86): document types written as their system's codes (F4, F6). Every
 * fixture is hand-made; the comment above each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

/* t86 F4: Dynamics GP's SOPTYPE, SAP Business One's ObjType and Retail Pro's receipt_type
 * write the document type as a code: the invoice's kept, the return's read as a return
 * (negative), a quote's and an order's skipped, and the events line says whose codes. */
static void test_doc_codes(void **state)
{
	(void)state;
	static const char *const files[][3] = {
		{"SOPTYPE,SOPNUMBE,CUSTNMBR,ITEMNMBR,QUANTITY,UNITPRCE,DOCDATE\n"
		 "3,INV1,C1,A,2,5.00,2023-01-02\n4,RTN1,C1,A,1,5.00,2023-01-05\n"
		 "1,QTE1,C2,B,3,7.00,2023-01-06\n2,ORD1,C2,B,3,7.00,2023-01-07\n"
		 "3,INV2,C2,B,1,7.00,2023-01-08\n", "Dynamics GP's document types, 3 an invoice",
		 "user=CUSTNMBR,item=ITEMNMBR,invoice=SOPNUMBE,qty=QUANTITY,price=UNITPRCE,"
		 "date=DOCDATE"},
		{"ObjType\tDocNum\tDocDate\tCardCode\tItemCode\tQuantity\tPrice\n"
		 "13\t1000\t20240102\tC1\tA\t2\t5\n14\t500\t20240105\tC1\tA\t1\t5\n"
		 "23\t1\t20240106\tC2\tB\t3\t7\n17\t2\t20240107\tC2\tB\t3\t7\n"
		 "13\t1001\t20240108\tC2\tB\t1\t7\n", "SAP Business One's document types", NULL},
		{"document_number,created_datetime,bt_cuid,alu,quantity,price,receipt_type\n"
		 "1,2024-01-02T10:00:00,C1,A,2,5,0\n2,2024-01-05T10:00:00,C1,A,1,5,1\n"
		 "3,2024-01-08T10:00:00,C2,B,1,7,0\n", "Retail Pro's document types, 0 a sale",
		 "user=bt_cuid,item=alu"}};
	for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
		rr_rows *r = tu_load_opts(files[k][0], &(rr_ingest_opts){.map = files[k][2]});
		assert_int_equal(3, r->n);
		assert_float_equal(2, r->qty[0], 1e-12);
		assert_float_equal(-1, r->qty[1], 1e-12);   /* the return, read as one */
		assert_float_equal(1, r->qty[2], 1e-12);
		if (!strstr(r->reading, files[k][1]))
			fail_msg("[%zu] codes not said: %s", k, r->reading);
		rows_free(r);
	}
}

/* t86 F6: GP SmartList's SOP Type writes the words; its Order, beside Invoice, Return and
 * Quote, is not yet billed (its invoice is the same lines again): skipped, as NetSuite's Sales
 * Order is. */
static void test_gp_order_word(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("SOP Type,SOP Number,Customer Number,Item Number,QTY,Unit Price,"
				 "Document Date\nOrder,ORD1,C1,A,2,5.00,1/2/2023\n"
				 "Invoice,INV1,C1,A,2,5.00,1/3/2023\nReturn,RTN1,C1,A,1,5.00,1/4/2023\n"
				 "Quote,QTE1,C2,B,3,7.00,1/5/2023\n");
	assert_int_equal(2, r->n);
	assert_int_equal(2, r->skipped);
	assert_float_equal(2, r->qty[0], 1e-12);
	assert_float_equal(-1, r->qty[1], 1e-12);
	rows_free(r);
}

/* Innocent look-alikes: a column of small integers under no system's name is no document
 * type (a Type of 3 and 4, a Store of 13 and 14: every row kept as written), and an Order in
 * an event column of another name stays a purchase, as an event log means it. */
static void test_doc_codes_lookalikes(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Type,Store,Invoice,Customer,SKU,Qty,Price,Date\n"
				 "3,13,1,C1,A,2,5.00,2023-01-02\n4,14,2,C1,A,1,5.00,2023-01-05\n"
				 "1,23,3,C2,B,3,7.00,2023-01-06\n");
	assert_int_equal(3, r->n);
	assert_int_equal(0, r->skipped);
	for (size_t i = 0; i < r->n; i++)
		assert_true(r->qty[i] > 0);
	assert_null(strstr(r->reading, "document types"));
	rows_free(r);
	r = tu_load_csv("Event,Invoice,Customer,SKU,Qty,Price,Date\n"
			"Order,1,C1,A,2,5.00,2023-01-02\nView,2,C1,B,1,5.00,2023-01-05\n");
	assert_int_equal(1, r->n);
	assert_float_equal(2, r->qty[0], 1e-12);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doc_codes),
		cmocka_unit_test(test_gp_order_word),
		cmocka_unit_test(test_doc_codes_lookalikes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
