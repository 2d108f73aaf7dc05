/* test_ingest_e166.c — leftovers of tester t82's round, rebuilt by e166: a product named Total
 * (a brand) read as a report's total line (F24). Every fixture is hand-made; the comment above
 * each says what a right reading makes of it. */
#include "testutil.h"
#include "tu_ingest.h"

#include <stdio.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

/* t82 F24: Total is a brand (Fage's TOTAL yogurts): a line with its customer, date, quantity
 * and price is a product's, its name "Total (Greek yogurt)" in the code column or "TOTAL 0%"
 * in the name column with no code; a line with a total's label and none of them is a total
 * line, in any language (Total, Totals:, Total (incl. VAT), Summe, Gesamt, Итого, 合計, Grand
 * Total, "Total for customer C1"). "TOTAL 0% FAT" goes on with a word (FAT is no currency). */
static void test_total_brand(void **state)
{
	(void)state;
	rr_rows *r = tu_load_csv("Date,Receipt,Customer,SKU,Qty,Price\n"
				 "2024-03-01,R1,C1,A100,2,1.20\n"
				 "2024-03-01,R1,C1,Total (Greek yogurt),1,2.75\n"
				 "2024-03-01,R1,C1,TOTAL (500g),1,2.49\n"
				 "2024-03-02,R2,C2,Total (incl. VAT),,6.44\n"
				 "2024-03-02,R2,C2,Grand Total,3,6.44\n");
	assert_int_equal(3, r->n);
	assert_string_equal("Total (Greek yogurt)", strtab_get(r->codes, r->item[1]));
	assert_int_equal(2, r->rejected[RR_REJ_TOTAL]);
	rows_free(r);
	r = tu_load_csv("Date,Receipt,Customer,Article No.,Article,Quantity,Price,Total\n"
			"2024-03-01,R1,C1,A100,Milk 1L,2,1.20,2.40\n"
			"2024-03-01,R1,C1,,TOTAL 0%,1,2.50,2.50\n"
			"2024-03-01,R1,C1,,Total (Greek yogurt),1,2.75,2.75\n"
			"2024-03-01,R1,C1,,TOTAL 0% FAT,1,2.50,2.50\n"
			",,,,Total,4,,10.15\n,,,,Totals:,4,,10.15\n,,,,Total (incl. VAT),4,,10.15\n"
			",,,,Summe,4,,10.15\n,,,,Gesamt,4,,10.15\n"
			",,,,\xD0\x98\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE,4,,10.15\n"
			",,,,\xE5\x90\x88\xE8\xA8\x88,4,,10.15\n"
			",,,,Total for customer C1,,,\n,,,,Grand Total,4,,10.15\n");
	if (r->n != 4 || r->rejected[RR_REJ_TOTAL] != 9)
		fail_msg("%zu rows, %zu totals; want 4, 9: %s", r->n,
			 (size_t)r->rejected[RR_REJ_TOTAL], r->reading);
	assert_string_equal("TOTAL 0%", strtab_get(r->codes, r->item[1]));
	assert_string_equal("Total (Greek yogurt)", strtab_get(r->codes, r->item[2]));
	assert_string_equal("TOTAL 0% FAT", strtab_get(r->codes, r->item[3]));
	assert_int_equal(0, r->rejected[RR_REJ_NUMBER]);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_total_brand),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
