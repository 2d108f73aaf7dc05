/* test_ingest_shape.c — how rows become baskets and customers at load (t19): lines made of
 * separators only are blank lines, and zero quantities are no cancellations. */
#include "testutil.h"

#include <sys/stat.h>

#include "clean.h"
#include "dataset.h"
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

/* Excel's ",,,,,,," after a sheet's last row: not read, not rejected, nothing said (t19:
 * each was an "empty stock code"); a row with one field filled is still a row. */
static void test_separator_lines_are_blank(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID\n"
			      "1,A,1,2020-01-01,1.5,C1\n,,,,,\n1,B,2,2020-01-01,2,C1\n"
			      ",,,,,\n\"\",,,,,\n,,,,,,,\n");
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_int_equal(2, r->lines);
	assert_int_equal(0, rows_rejected_total(r));
	assert_null(strstr(r->reading, "warning"));
	rows_free(r);
	r = load_csv("Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID\n"
		     "1,A,1,2020-01-01,1.5,C1\n,,,,,C2\n");
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_int_equal(2, r->lines);
	assert_int_equal(1, rows_rejected_total(r));
	rows_free(r);
}

/* Rows of quantity 0 (a session log's price-0 lines, a panel's empty line) are counted
 * apart from the cancellations the same rule drops. */
static void test_zero_quantity_counted_apart(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID\n"
			      "1,A,1,2020-01-01,1.5,C1\n1,B,0,2020-01-01,2,C1\n"
			      "2,B,0,2020-01-02,2,C2\n2,A,-1,2020-01-02,2,C2\nC3,A,2,2020-01-03,1.5,C1\n"
			      "4,A,1,2020-01-04,1.5,C2\n");
	assert_non_null(r);
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	assert_int_equal(4, d->dropped[RR_RULE_CANCELLED]);
	assert_int_equal(2, d->zero_qty);
	dataset_free(d);
	clean_free(&c);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_separator_lines_are_blank),
		cmocka_unit_test(test_zero_quantity_counted_apart),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
