/* test_ingest.c — CSV reading: quoting, line endings, BOM, bad rows, dates, numbers, gzip. */
#include "testutil.h"

#include <zlib.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

#define HDR "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"

static rr_rows *load_text(const char *text, int strict)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_load(p, NULL, strict, NULL);
	tu_remove(p);
	return r;
}

static void test_quoted_fields(void **state)
{
	(void)state;
	rr_rows *r = load_text(HDR "\n"
				   "536365,85123A,\"HEART, WHITE\",6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
				   "536366,22633,\"SAY \"\"HI\"\"\",2,12/1/2010 8:28,1.85,17850,United Kingdom\n"
				   "536367,22634,\"TWO\nLINES\",2,12/1/2010 8:28,1.85,17850,United Kingdom\n",
			       0);
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_string_equal("HEART, WHITE", strtab_get(r->descs, r->desc[0]));
	assert_string_equal("SAY \"HI\"", strtab_get(r->descs, r->desc[1]));
	assert_string_equal("TWO\nLINES", strtab_get(r->descs, r->desc[2]));
	assert_string_equal("85123A", strtab_get(r->codes, r->item[0]));
	assert_int_equal(6, r->qty[0]);
	assert_true(r->price[0] == 2.55);
	rows_free(r);
}

static void test_crlf_bom_empty(void **state)
{
	(void)state;
	/* BOM before the header, CRLF endings, an empty description and customer, a blank line */
	rr_rows *r = load_text("\xEF\xBB\xBF" HDR "\r\n"
				   "1,A,,1,12/1/2010 8:26,1.00,,UK\r\n"
				   "\r\n"
				   "2,B,Bee,2,12/1/2010 8:27,2.00,42,UK\r\n",
			       0);
	assert_non_null(r);
	assert_string_equal("Online Retail", r->schema);
	assert_int_equal(2, r->n);
	assert_int_equal(RR_NONE, r->cust[0]);
	assert_int_equal(0, r->desc[0]);
	assert_string_equal("42", strtab_get(r->customers, r->cust[1]));
	assert_string_equal("UK", strtab_get(r->countries, r->country[1]));
	rows_free(r);
}

static void test_trim_and_case(void **state)
{
	(void)state;
	rr_rows *r = load_text(HDR "\n"
				   "1, 84997b ,x,1,12/1/2010 8:26,1,7,UK\n"
				   "1,84997B,x,1,12/1/2010 8:26,1,7,UK\n",
			       0);
	assert_non_null(r);
	/* identifiers compare byte for byte after trimming: two different items */
	assert_int_equal(2, strtab_count(r->codes));
	assert_string_equal("84997b", strtab_get(r->codes, r->item[0]));
	rows_free(r);
}

/* Each reject reason is counted and the first rows are reported with their line numbers. */
static void test_bad_rows(void **state)
{
	(void)state;
	rr_rows *r = load_text(HDR "\n"
				   "1,A,x,1,12/1/2010 8:26,1,7,UK\n"             /* line 2 ok */
				   "2,A,x,1,12/1/2010 8:26,1,7\n"                /* 3 fields */
				   "3,A,x,one,12/1/2010 8:26,1,7,UK\n"           /* 4 number */
				   "4,A,x,1,12/1/2010 8:26,1e999,7,UK\n"         /* 5 number */
				   "5,A,x,1,2/30/2011 8:26,1,7,UK\n"             /* 6 date */
				   "6,A,\xff\xfe,1,12/1/2010 8:26,1,7,UK\n"      /* 7 utf8 */
				   "7,,x,1,12/1/2010 8:26,1,7,UK\n"              /* 8 empty */
				   "8,A,x,1,2011-13-01 10:00,1,7,UK\n"           /* 9 date */
				   "9,A,x,1,12/1/2010 8:26,nan,7,UK\n",          /* 10 number */
			       0);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_int_equal(9, r->lines);
	assert_int_equal(1, r->rejected[RR_REJ_FIELDS]);
	assert_int_equal(3, r->rejected[RR_REJ_NUMBER]);
	assert_int_equal(2, r->rejected[RR_REJ_DATE]);
	assert_int_equal(1, r->rejected[RR_REJ_UTF8]);
	assert_int_equal(1, r->rejected[RR_REJ_EMPTY]);
	assert_int_equal(8, rows_rejected_total(r));
	assert_int_equal(RR_MAX_EXAMPLES, r->n_examples);
	assert_non_null(strstr(r->examples[0], "3: wrong field count"));
	assert_non_null(strstr(r->examples[1], "4: unparsable number"));
	assert_non_null(strstr(r->examples[3], "6: unparsable date"));
	assert_non_null(strstr(r->examples[4], "7: invalid UTF-8"));
	rows_free(r);
}

static void test_line_numbers_with_multiline_fields(void **state)
{
	(void)state;
	rr_rows *r = load_text(HDR "\r\n"
				   "1,A,\"two\r\nlines\",1,12/1/2010 8:26,1,7,UK\r\n" /* lines 2-3 */
				   "2,A,x,1,12/1/2010 8:26,1,7\r\n",                 /* line 4 */
			       0);
	assert_non_null(r);
	assert_int_equal(1, r->rejected[RR_REJ_FIELDS]);
	assert_non_null(strstr(r->examples[0], "4: wrong field count"));
	rows_free(r);
}

static void test_long_field(void **state)
{
	(void)state;
	size_t big = RR_MAX_FIELD + 10;
	char *text = malloc(big + 200);
	int n = sprintf(text, "%s\n1,A,", HDR);
	memset(text + n, 'x', big);
	n += (int)big;
	n += sprintf(text + n, ",1,12/1/2010 8:26,1,7,UK\n2,B,y,1,12/1/2010 8:26,1,7,UK\n");
	char *p = tu_write_temp(text, (size_t)n);
	rr_rows *r = ingest_load(p, NULL, 0, NULL);
	tu_remove(p);
	free(text);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_int_equal(1, r->rejected[RR_REJ_LONG]);
	rows_free(r);
}

static void test_strict(void **state)
{
	(void)state;
	rr_rows *r = load_text(HDR "\n1,A,x,1,12/1/2010 8:26,1,7,UK\n2,A,x,1,13/1/2010 8:26,1,7,UK\n", 1);
	assert_null(r);
	assert_non_null(strstr(err_msg(), ":3: unparsable date"));
}

static void test_unterminated_quote(void **state)
{
	(void)state;
	rr_rows *r = load_text(HDR "\n1,A,x,1,12/1/2010 8:26,1,7,UK\n2,A,\"open,1,12/1/2010 8:26,1,7,UK\n", 0);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_int_equal(1, r->rejected[RR_REJ_QUOTE]);
	rows_free(r);
}

static void test_headers(void **state)
{
	(void)state;
	rr_rows *r = load_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
			       "489434,85048,BALL,12,2009-12-01 07:45:00,6.95,13085,United Kingdom\n",
			       0);
	assert_non_null(r);
	assert_string_equal("Online Retail II", r->schema);
	char buf[32];
	assert_string_equal("2009-12-01 07:45", ingest_format_minute(r->minute[0], buf, sizeof buf));
	rows_free(r);

	assert_null(load_text("a,b,c\n1,2,3\n", 0));
	assert_non_null(strstr(err_msg(), "unrecognised header"));
	assert_null(load_text("", 0));
	assert_non_null(strstr(err_msg(), "is empty"));
	r = load_text(HDR "\n", 0); /* a header alone is a valid, empty file */
	assert_non_null(r);
	assert_int_equal(0, r->n);
	rows_free(r);
}

static void test_map(void **state)
{
	(void)state;
	char *p = tu_write_temp_str("order;sku\n"); /* placeholder to get a path */
	tu_remove(p);
	p = tu_write_temp_str("order,sku,who,n,when,cost\n"
			      "o1,S1,c1,3,2011-01-02 10:00,2.5\n"
			      "o2,S2,c1,1,2011-01-03 10:00,1\n");
	rr_rows *r = ingest_load(p, "invoice=order,item=sku,user=who,qty=n,date=when,price=6", 0, NULL);
	assert_non_null(r);
	assert_string_equal("mapped", r->schema);
	assert_int_equal(2, r->n);
	assert_string_equal("S2", strtab_get(r->codes, r->item[1]));
	assert_true(r->price[0] == 2.5);
	rows_free(r);
	assert_null(ingest_load(p, "user=who,item=nosuch", 0, NULL));
	assert_non_null(strstr(err_msg(), "no column 'nosuch'"));
	assert_null(ingest_load(p, "user=who,item=sku", 0, NULL));
	assert_non_null(strstr(err_msg(), "no column given for 'invoice'"));
	tu_remove(p);
}

static void test_gzip(void **state)
{
	(void)state;
	const char *text = HDR "\n1,A,x,1,12/1/2010 8:26,1,7,UK\n2,B,y,2,12/1/2010 9:26,3,8,UK\n";
	char path[] = "/tmp/relrec-test-gz-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	gzFile g = gzdopen(fd, "wb");
	gzwrite(g, text, (unsigned)strlen(text));
	gzclose(g);
	rr_rows *r = ingest_load(path, NULL, 0, NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	rows_free(r);
	/* truncate the gzip file: a clear error, no rows */
	FILE *f = fopen(path, "r+b");
	fseek(f, 0, SEEK_END);
	long sz = ftell(f);
	fclose(f);
	assert_int_equal(0, truncate(path, sz - 12));
	assert_null(ingest_load(path, NULL, 0, NULL));
	assert_non_null(strstr(err_msg(), "truncated"));
	unlink(path);
	assert_null(ingest_load("/nonexistent/x.csv", NULL, 0, NULL));
	assert_non_null(strstr(err_msg(), "cannot open '/nonexistent/x.csv'"));
}

static void test_dates(void **state)
{
	(void)state;
	int32_t m;
	char buf[32];
	assert_int_equal(0, ingest_parse_date("12/1/2010 8:26", 14, &m));
	assert_string_equal("2010-12-01 08:26", ingest_format_minute(m, buf, sizeof buf));
	assert_int_equal(0, ingest_parse_date("2011-12-09 12:50:00", 19, &m));
	assert_string_equal("2011-12-09 12:50", ingest_format_minute(m, buf, sizeof buf));
	assert_int_equal(0, ingest_parse_date("2012-02-29 00:00", 16, &m)); /* leap day */
	assert_int_equal(0, ingest_parse_date("1970-01-01 00:01", 16, &m));
	assert_int_equal(1, m);
	assert_int_equal(-1, ingest_parse_date("2011-02-29 00:00", 16, &m));
	assert_int_equal(-1, ingest_parse_date("2/30/2011 8:26", 14, &m));
	assert_int_equal(-1, ingest_parse_date("12/1/2010 24:00", 15, &m));
	assert_int_equal(-1, ingest_parse_date("12/1/10 8:26", 12, &m));
	assert_int_equal(-1, ingest_parse_date("yesterday", 9, &m));
	assert_int_equal(0, ingest_parse_day("2011-09-01", &m));
	assert_string_equal("2011-09-01 00:00", ingest_format_minute(m, buf, sizeof buf));
}

static void test_numbers(void **state)
{
	(void)state;
	double d;
	int32_t q;
	assert_int_equal(0, ingest_parse_num("2.55", 4, &d));
	assert_true(d == 2.55);
	assert_int_equal(0, ingest_parse_num("-11062.06", 9, &d));
	assert_true(d == -11062.06);
	assert_int_equal(0, ingest_parse_num("38970", 5, &d));
	assert_true(d == 38970.0);
	assert_int_equal(0, ingest_parse_num("-0", 2, &d));
	assert_true(d == 0.0);
	assert_int_equal(0, ingest_parse_num("1e3", 3, &d));
	assert_true(d == 1000.0);
	assert_int_equal(-1, ingest_parse_num("1e999", 5, &d));
	assert_int_equal(-1, ingest_parse_num("nan", 3, &d));
	assert_int_equal(-1, ingest_parse_num("inf", 3, &d));
	assert_int_equal(-1, ingest_parse_num("0x10", 4, &d));
	assert_int_equal(-1, ingest_parse_num("", 0, &d));
	assert_int_equal(-1, ingest_parse_num("1.2.3", 5, &d));
	assert_int_equal(0, ingest_parse_int("-80995", 6, &q));
	assert_int_equal(-80995, q);
	assert_int_equal(0, ingest_parse_int("6.0", 3, &q));
	assert_int_equal(6, q);
	assert_int_equal(-1, ingest_parse_int("6.5", 3, &q));
	assert_int_equal(-1, ingest_parse_int("99999999999999999999", 20, &q));
	assert_int_equal(-1, ingest_parse_int("", 0, &q));
	assert_int_equal(-1, ingest_parse_int("-", 1, &q));
}

static void test_utf8(void **state)
{
	(void)state;
	assert_true(ingest_utf8_valid("\xc2\xa3" "5.00", 6));   /* £ */
	assert_false(ingest_utf8_valid("\xc0\xaf", 2));         /* overlong */
	assert_false(ingest_utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
	assert_false(ingest_utf8_valid("\xe2\x82", 2));         /* truncated */
	assert_true(ingest_utf8_valid("\xf0\x9f\x99\x82", 4));  /* emoji */
	assert_false(ingest_utf8_valid("abc\0def", 7));         /* NUL, short */
	assert_false(ingest_utf8_valid("abcdefgh\0abcdefgh", 17));/* NUL, in the fast path */
	assert_true(ingest_utf8_valid("abcdefghabcdefgh\x7f", 17));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quoted_fields),
		cmocka_unit_test(test_crlf_bom_empty),
		cmocka_unit_test(test_trim_and_case),
		cmocka_unit_test(test_bad_rows),
		cmocka_unit_test(test_line_numbers_with_multiline_fields),
		cmocka_unit_test(test_long_field),
		cmocka_unit_test(test_strict),
		cmocka_unit_test(test_unterminated_quote),
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_map),
		cmocka_unit_test(test_gzip),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_utf8),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
