/* test_ingest_baskets.c — items told apart by a description that is a whole basket (t16:
 * Square's Transactions export, one row per payment, "2 x Latte (Large), Croissant") are
 * warned of; product names with commas ("Mug, blue") and the bundled data's are not. */
#include "testutil.h"

#include <sys/stat.h>

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

/* The tester's file cut to its used columns: the items are the Description's baskets. */
static void test_square_transactions_warned(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Date,Time,Net Sales,Transaction ID,Description,Event Type,Customer ID\n"
			      "2023-04-03,08:15:22,$14.75,T1aaa,\"2 x Latte (Large), Croissant\",Payment,CUST0001\n"
			      "2023-04-05,12:30:00,$10.00,T3ccc,3 x Croissant,Payment,CUST0002\n"
			      "2023-04-06,14:45:31,$5.50,T4ddd,Latte (Large),Payment,CUST0001\n"
			      "2023-04-10,16:20:05,$14.75,T5fff,\"2 x Latte (Large), Croissant\",Payment,CUST0002\n");
	assert_non_null(r);
	assert_int_equal(4, r->n);
	assert_non_null(strstr(r->reading, "note: no item code: the items are told apart by their "
					   "description"));
	assert_non_null(strstr(r->reading, "warning: the descriptions read as items look like whole "
					   "baskets, one row per payment or order (2 of the 3 list items with "
					   "their counts, such as '2 x Latte (Large), Croissant')"));
	assert_non_null(strstr(r->reading, "Square: Item Sales"));
	rows_free(r);
	/* the count after the name, as receipts write it (t18) */
	r = load_csv("Date,Customer ID,Description\n"
		     "2023-04-03,C1,\"Tea x 3, Cookie x 3, Americano\"\n"
		     "2023-04-04,C2,\"Tea x 1, Americano (x3)\"\n"
		     "2023-04-05,C1,Latte \xC3\x97""2\n2023-04-06,C3,Americano\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "look like whole baskets, one row per payment or order (3 of the 4"));
	rows_free(r);
}

/* An item column of baskets, not a description: WooCommerce's Analytics > Orders export,
 * one row per order, its Product(s) a list with counts (t31), is warned of by its name. */
static void test_item_column_baskets_warned(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Date,Order #,Status,Customer,Product(s),Items sold,Net Sales\n"
			      "2023-04-03,1001,Completed,ann@x.com,\"2\xC3\x97 Tote Bag, 1\xC3\x97 Hoodie - Grey / L\",3,60.00\n"
			      "2023-04-04,1002,Completed,bob@x.com,1\xC3\x97 Soy Candle,1,12.00\n"
			      "2023-04-05,1003,Completed,ann@x.com,\"1\xC3\x97 Soy Candle, 2\xC3\x97 T-Shirt - Red / M\",3,52.00\n"
			      "2023-04-06,1004,Completed,cid@x.com,\"2 x Latte, Croissant\",3,12.50\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: the values of 'Product(s)' read as items look "
					   "like whole baskets, one row per payment or order (4 of the 4 "
					   "list items with their counts, such as '2\xC3\x97 Tote Bag, "
					   "1\xC3\x97 Hoodie - Grey / L')"));
	assert_non_null(strstr(r->reading, "one row per product"));
	rows_free(r);
}

/* t35 F5: Shopware 6's orders export joins an order's positions with '|' (lineItems:
 * "1x SW11004|2x SW11029"): mapped as the item it is warned of as baskets are; unmapped, the
 * refusal says the column packs each order's items. */
static void test_pipe_joined_baskets(void **state)
{
	(void)state;
	static const char *const text =
		"orderNumber;orderCustomer.email;orderDateTime;lineItems\n"
		"10001;a@x.de;2024-01-02T09:48:00.000+00:00;1x SW11004|1x SW11029\n"
		"10002;b@x.de;2024-01-03T09:48:00.000+00:00;2x SW11004\n"
		"10003;a@x.de;2024-01-04T09:48:00.000+00:00;1x SW11002|3x SW11029|1x SW11001\n";
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_load(p, "user=orderCustomer.email,item=lineItems,date=orderDateTime",
				 0, NULL);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "warning: the values of 'lineItems' read as items look "
					   "like whole baskets"));
	rows_free(r);
	assert_null(ingest_load(p, NULL, 0, NULL));
	tu_remove(p);
	assert_non_null(strstr(err_msg(), "'lineItems' packs each order's items in one field "
				  "('1x SW11004|1x SW11029')"));
}

/* Names with commas, and packs written with a count ("6 x 330ml", "12 x Eggs" alone), are
 * items: no warning. */
static void test_commas_in_names_not_warned(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Date,Customer,Description,Quantity\n"
			      "2023-04-03,C1,\"Mug, blue\",1\n2023-04-03,C1,\"Mug, red\",2\n"
			      "2023-04-04,C2,\"Plate, large, white\",1\n2023-04-05,C2,\"Cola, 6 x 330ml\",1\n"
			      "2023-04-05,C3,6 x Eggs,1\n2023-04-06,C3,\"Tea, green\",1\n"
			      "2023-04-07,C3,\"Beer, 24 x 330\",1\n");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "told apart by their description"));
	assert_null(strstr(r->reading, "whole baskets"));
	rows_free(r);
	/* counts in most texts, but no list: packs sold so */
	r = load_csv("Date,Customer,Description,Quantity\n2023-04-03,C1,6 x Eggs,1\n"
		     "2023-04-03,C1,12 x Eggs,1\n2023-04-04,C2,2 x Batteries AA,1\n");
	assert_non_null(r);
	assert_null(strstr(r->reading, "whole baskets"));
	rows_free(r);
}

/* The bundled data's descriptions (its items have codes, so the rule does not apply there)
 * never read as baskets. */
static void test_bundled_descriptions_not_baskets(void **state)
{
	(void)state;
	struct stat st;
	if (stat("data/online_retail.csv.gz", &st) != 0)
		TU_SKIP("data/online_retail.csv.gz is missing");
	rr_rows *r = ingest_load("data/online_retail.csv.gz", NULL, 0, NULL);
	assert_non_null(r);
	const char *list = NULL;
	assert_true(strtab_count(r->descs) > 4000);
	assert_int_equal(0, ingest_basket_texts(r->descs, &list));
	assert_null(list);
	rows_free(r);
}

/* t67 F4: an order-level export whose item column packs its SKUs or names, no counts (Etsy's
 * Sold Orders), one row per order: refused, not read as one item per basket; with the column
 * mapped the user chose it. Names with a comma that come back on other rows are items. */
static void test_packed_item_lists_refused(void **state)
{
	(void)state;
	static const char *const seps[] = {",", ";", "|", ", "};
	for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
		char text[800];
		const char *s = seps[k];
		snprintf(text, sizeof text, "Sale Date,Order ID,Buyer User ID,SKU\n"
			 "03/01/11,1,7,\"A1%sB2%sC3\"\n03/02/11,2,8,\"B2%sD4\"\n03/03/11,3,7,E5\n"
			 "03/04/11,4,9,\"A1%sE5\"\n03/05/11,5,8,\"C3%sD4%sF6\"\n"
			 "03/06/11,6,7,\"A1%sF6\"\n03/07/11,7,9,\"B2%sE5\"\n03/08/11,8,8,G7\n"
			 "03/09/11,9,7,\"G7%sA1\"\n03/10/11,10,9,\"D4%sE5%sG7\"\n", s, s, s, s, s,
			 s, s, s, s, s, s);
		rr_rows *r = load_csv(text);
		if (r)
			fail_msg("'%s' lists read: %s", s, r->reading);
		assert_non_null(strstr(err_msg(), "'SKU' packs each order's items in one field (8 of "
					     "its 10 values are lists, such as 'A1"));
	}
	/* names with a comma, bought on several rows: items */
	rr_rows *r = load_csv("Sale Date,Order ID,Buyer User ID,Item\n"
			      "03/01/11,1,7,\"Mug, blue\"\n03/02/11,2,8,\"Mug, red\"\n"
			      "03/03/11,3,7,\"Mug, blue\"\n03/04/11,4,9,\"Mug, red\"\n"
			      "03/05/11,5,8,\"Jug, tall, white\"\n03/06/11,6,8,\"Mug, red\"\n"
			      "03/07/11,7,7,\"Mug, blue\"\n03/08/11,8,9,\"Jug, tall, white\"\n"
			      "03/09/11,9,8,\"Mug, red\"\n03/10/11,10,7,\"Mug, blue\"\n");
	assert_non_null(r);
	assert_int_equal(3, strtab_count(r->codes));
	rows_free(r);
	rr_ingest_opts o = {.map = "item=SKU"};
	char *p = tu_write_temp_str("Sale Date,Order ID,Buyer User ID,SKU\n"
				    "03/01/11,1,7,\"A1,B2,C3\"\n03/02/11,2,8,\"B2,D4\"\n03/03/11,3,7,E5\n"
				    "03/04/11,4,9,\"A1,E5\"\n03/05/11,5,8,\"C3,D4,F6\"\n"
				    "03/06/11,6,7,\"A1,F6\"\n03/07/11,7,9,\"B2,E5\"\n03/08/11,8,8,G7\n"
				    "03/09/11,9,7,\"G7,A1\"\n03/10/11,10,9,\"D4,E5,G7\"\n");
	r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_square_transactions_warned),
		cmocka_unit_test(test_commas_in_names_not_warned),
		cmocka_unit_test(test_item_column_baskets_warned),
		cmocka_unit_test(test_pipe_joined_baskets),
		cmocka_unit_test(test_bundled_descriptions_not_baskets),
		cmocka_unit_test(test_packed_item_lists_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
