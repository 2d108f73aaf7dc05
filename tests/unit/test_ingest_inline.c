/* test_ingest_inline.c — small inputs are loaded inline, on the caller's thread (ingest.c:
 * INLINE_MAX), others through the reader and interner threads. Both must give the same rows,
 * string tables, rejects and examples, lenient or strict: each file here is loaded with its
 * size given (inline) and unknown (threads), and the two results compared field by field. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"

static void same_tab(const rr_strtab *a, const rr_strtab *b)
{
	assert_int_equal(strtab_count(a), strtab_count(b));
	for (uint32_t i = 0; i < strtab_count(a); i++)
		assert_string_equal(strtab_get(a, i), strtab_get(b, i));
}

static void same_rows(const rr_rows *a, const rr_rows *b)
{
	assert_int_equal(a->n, b->n);
	size_t n = a->n;
	assert_memory_equal(a->invoice, b->invoice, n * sizeof *a->invoice);
	assert_memory_equal(a->item, b->item, n * sizeof *a->item);
	assert_memory_equal(a->cust, b->cust, n * sizeof *a->cust);
	assert_memory_equal(a->desc, b->desc, n * sizeof *a->desc);
	assert_memory_equal(a->country, b->country, n * sizeof *a->country);
	assert_memory_equal(a->qty, b->qty, n * sizeof *a->qty);
	assert_memory_equal(a->price, b->price, n * sizeof *a->price);
	assert_memory_equal(a->minute, b->minute, n * sizeof *a->minute);
	same_tab(a->invoices, b->invoices);
	same_tab(a->codes, b->codes);
	same_tab(a->customers, b->customers);
	same_tab(a->descs, b->descs);
	same_tab(a->countries, b->countries);
	assert_int_equal(a->lines, b->lines);
	assert_int_equal(a->bytes, b->bytes);
	assert_memory_equal(a->rejected, b->rejected, sizeof a->rejected);
	assert_int_equal(a->n_examples, b->n_examples);
	for (int i = 0; i < a->n_examples; i++)
		assert_string_equal(a->examples[i], b->examples[i]);
	assert_string_equal(a->reading ? a->reading : "", b->reading ? b->reading : "");
	assert_int_equal(a->no_price, b->no_price);
	assert_int_equal(a->no_invoice, b->no_invoice);
	assert_int_equal(a->no_qty, b->no_qty);
}

/* Load path with its size known (inline) and unknown (threaded); compare. */
static void both_ways(const char *path, int strict)
{
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_true(st.st_size > 0 && st.st_size < (1 << 20)); /* small: the inline path */
	rr_rows *r[2];
	char msg[2][1024];
	for (int k = 0; k < 2; k++) {
		FILE *f = fopen(path, "rb");
		assert_non_null(f);
		r[k] = ingest_stream(f, path, k == 0 ? (double)st.st_size : 0, NULL, strict, NULL);
		snprintf(msg[k], sizeof msg[k], "%s", r[k] ? "" : err_msg());
		fclose(f);
	}
	if (!r[0] || !r[1]) {
		assert_null(r[0]);
		assert_null(r[1]);
		assert_string_equal(msg[0], msg[1]);
		return;
	}
	same_rows(r[0], r[1]);
	rows_free(r[0]);
	rows_free(r[1]);
}

static void test_inline_equals_threaded(void **state)
{
	(void)state;
	static const char *const files[] = {
		"tests/fuzz/corpus_ingest/uci_head.csv", "tests/fuzz/corpus_ingest/ii_head.csv",
		"tests/fuzz/corpus_ingest/bad_rows.csv", "tests/fuzz/corpus_ingest/small.csv.gz",
		"tests/fuzz/corpus_ingest/crlf_bom_quotes.csv", "tests/corpus/field_counts.csv",
		"tests/corpus/nul_bytes.csv", "tests/corpus/unterminated_quote.csv",
		"tests/corpus/truncated.csv.gz", "tests/corpus/invalid_utf8.csv", NULL};
	for (int i = 0; files[i]; i++)
		for (int strict = 0; strict < 2; strict++)
			both_ways(files[i], strict);
}

/* The text of 9,000 rows and a bad one. */
static void many_rows(FILE *f)
{
	fputs("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n", f);
	for (int i = 0; i < 9000; i++)
		fprintf(f, "%d,C%d,D %d,%d,12/1/2010 8:%02d,1.5,%d,UK\n", i / 3, i % 97, i % 89,
			i % 7 == 0 ? -1 : i % 5 + 1, i % 60, 12000 + i % 41);
	fputs("bad,row\n", f);
}

/* More rows than one inline batch (and than one threaded batch): the hand-overs line up, and
 * an inline batch, begun small, grows to hold them. */
static void test_many_rows(void **state)
{
	(void)state;
	char path[] = "/tmp/relrec-inline-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	many_rows(f);
	fclose(f);
	both_ways(path, 0);
	both_ways(path, 1);
	remove(path);
}

/* The same gzipped: its text is several times the inline source's buffer, which the parser
 * gives back before the next is filled into it (a ring of one). */
static void test_many_rows_gz(void **state)
{
	(void)state;
	char *text = NULL, path[] = "/tmp/relrec-inline-XXXXXX";
	size_t n = 0;
	FILE *m = open_memstream(&text, &n);
	assert_non_null(m);
	many_rows(m);
	fclose(m);
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	gzFile z = gzdopen(fd, "wb9");
	assert_non_null(z);
	assert_int_equal(gzwrite(z, text, (unsigned)n), (int)n);
	assert_int_equal(gzclose(z), Z_OK);
	free(text);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_true((double)n > 4.0 * (double)st.st_size); /* more than one buffer of text */
	both_ways(path, 0);
	both_ways(path, 1);
	remove(path);
}

/* Other shapes the reader and the builder decide on: separators, decimal commas, a UTF-16
 * byte order mark, ambiguous dates. */
static void test_other_shapes(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"InvoiceNo;StockCode;Description;Quantity;InvoiceDate;UnitPrice;CustomerID;Country\n"
		"1;A;x;2;01/02/2011 10:00;1,50;7;UK\n2;B;y;3;13/02/2011 11:00;2,25;8;UK\n",
		"InvoiceNo\tStockCode\tDescription\tQuantity\tInvoiceDate\tUnitPrice\tCustomerID\n"
		"1\tA\t\t2\t2011-02-01 10:00\t1.5\t7\n2\tB\tz\tx\t2011-02-01 10:00\t1.5\t7\n",
		"\xff\xfeI\0n\0v\0\n\0", NULL};
	static const size_t lens[] = {0, 0, 10};
	for (int i = 0; texts[i]; i++) {
		char path[] = "/tmp/relrec-inline-XXXXXX";
		int fd = mkstemp(path);
		assert_true(fd >= 0);
		size_t n = lens[i] ? lens[i] : strlen(texts[i]);
		assert_int_equal((ssize_t)n, write(fd, texts[i], n));
		close(fd);
		both_ways(path, 0);
		both_ways(path, 1);
		remove(path);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inline_equals_threaded),
		cmocka_unit_test(test_many_rows),
		cmocka_unit_test(test_many_rows_gz),
		cmocka_unit_test(test_other_shapes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
