/* test_voids.c — an item rung and voided on one receipt (voids.h, t72 F4): the +N and -N
 * lines of one item, invoice, customer and time are nothing sold, dropped by the cancelled
 * rule and no return; a void of part of a line, a return on a later day and a C invoice are
 * not. The rows of the fixture are numbered in its comments. */
#include "testutil.h"

#include <stdint.h>
#include <stdlib.h>

#include "clean.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"
#include "voids.h"

static const char fixture[] =
	"Receipt No,Date,Customer No,Item Code,Qty,Price\n"
	"1,2024-04-01 07:19,916,A1,1,4.50\n"     /* 0: kept */
	"1,2024-04-01 07:19,916,B1,1,6.00\n"     /* 1: B rung ... */
	"1,2024-04-01 07:19,916,B1,-1,6.00\n"    /* 2: ... and voided: a pair */
	"2,2024-04-01 08:00,917,A1,2,4.50\n"     /* 3: kept: a void of part of it is no pair */
	"2,2024-04-01 08:00,917,A1,-1,4.50\n"    /* 4: a cancellation, a return */
	"3,2024-04-02 09:00,918,C1,1,3.00\n"     /* 5: kept */
	"3,2024-04-05 10:00,918,C1,-1,3.00\n"    /* 6: three days on: a return, no void */
	"4,2024-04-03 09:00,919,E1,1,2.00\n"     /* 7: kept: one of two rung, ... */
	"4,2024-04-03 09:00,919,E1,1,2.00\n"     /* 8: ... the other voided by ... */
	"4,2024-04-03 09:00,919,E1,-1,2.00\n";   /* 9: ... this line: a pair */

/* The file text read, its rows' void flags as want (n_rows 10) and pairs as said; returns the
 * rows (the caller frees them). */
static rr_rows *assert_voided(const char *text, const unsigned char want[10], size_t want_pairs)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	assert_int_equal(10, r->n);
	unsigned char *flags;
	size_t pairs;
	assert_int_equal(0, voids_mark(r, NULL, &flags, &pairs));
	assert_int_equal(want_pairs, pairs);
	for (size_t i = 0; i < 10; i++)
		if (flags[i] != want[i])
			fail_msg("row %zu: voided %d, want %d", i, flags[i], want[i]);
	free(flags);
	return r;
}

static void test_void_pairs(void **state)
{
	(void)state;
	static const unsigned char want[10] = {0, 1, 1, 0, 0, 0, 0, 0, 1, 1};
	rr_rows *r = assert_voided(fixture, want, 2);

	rr_clean c;
	rr_clean_ctx x;
	assert_int_equal(0, clean_init(&c));
	assert_int_equal(0, clean_ctx_init(&x, &c, r));
	static const int kept[10] = {1, 0, 0, 1, 0, 1, 0, 1, 0, 0};
	for (size_t i = 0; i < 10; i++)
		if (kept[i] != (clean_reason(&x, i, 0) == RR_RULE_KEPT))
			fail_msg("row %zu: rule %d", i, (int)clean_reason(&x, i, 0));
	assert_int_equal(0, clean_is_return(&x, 1));
	assert_int_equal(0, clean_is_return(&x, 2));
	assert_int_equal(1, clean_is_return(&x, 4));
	assert_int_equal(1, clean_is_return(&x, 6));
	clean_ctx_free(&x);

	/* the dataset counts the void lines apart from the cancellations (rows 2 and 4, 6 of
	 * them in all), and no order of B1: 916 holds A1 alone, 919 E1 in one order of 1 */
	rr_dataset *d = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d);
	assert_int_equal(4, d->voided);
	assert_int_equal(6, d->dropped[RR_RULE_CANCELLED]);
	assert_int_equal(4, d->kept);
	dataset_free(d);

	/* the cancelled rule off: nothing is voided, the rows kept as written */
	c.on[RR_RULE_CANCELLED] = 0;
	assert_int_equal(0, clean_ctx_init(&x, &c, r));
	assert_null(x.voided);
	clean_ctx_free(&x);
	clean_free(&c);
	rows_free(r);
}

/* A file that says which lines return (a Refund of its event column) has no voids: its
 * refund of the sale's own time is a return (Matrixify dates a Refund Line as its order). */
static void test_marked_returns_no_void(void **state)
{
	(void)state;
	char *p = tu_write_temp_str("Receipt No,Date,Customer No,Item Code,Type,Qty,Price\n"
				    "1,2024-04-01 07:19,916,A1,Sale,1,4.50\n"
				    "1,2024-04-01 07:19,916,A1,Refund,1,4.50\n"
				    "2,2024-04-01 07:29,917,A1,Sale,1,4.50\n");
	rr_rows *r = ingest_read(p, NULL, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	assert_true(r->returns_marked);
	unsigned char *flags;
	size_t pairs;
	assert_int_equal(0, voids_mark(r, NULL, &flags, &pairs));
	assert_null(flags);
	assert_int_equal(0, pairs);
	rows_free(r);
}

/* A till writes each scanned line's own time: a void 20 s after its line may fall in the next
 * minute, and is still one (t73 F6); a -1 of the item at another price is a markdown or a
 * part refunded, no void (F11); a -1 of the same price 11 minutes on is no void either
 * (VOIDS_MINUTES). The rows of the fixture are numbered in its comments. */
static void test_void_times_and_prices(void **state)
{
	(void)state;
	static const unsigned char want[10] = {1, 1, 0, 0, 0, 0, 0, 0, 1, 1};
	rr_rows *r = assert_voided("Receipt No,Date,Customer No,Item Code,Qty,Price\n"
				    "1,2024-04-01 10:05:50,916,V1,1,20.00\n"   /* 0: voided by ... */
				    "1,2024-04-01 10:06:10,916,V1,-1,20.00\n"  /* 1: ... this */
				    "1,2024-04-01 10:06:20,916,T1,1,4.00\n"    /* 2: kept */
				    "2,2024-04-01 11:00:00,917,K1,1,40.00\n"      /* 3: kept */
				    "2,2024-04-01 11:01:00,917,K1,-1,5.00\n"      /* 4: a markdown */
				    "3,2024-04-01 12:00:00,918,K1,1,40.00\n"      /* 5: kept */
				    "3,2024-04-01 12:11:00,918,K1,-1,40.00\n"     /* 6: a return */
				    "4,2024-04-01 13:00:00,919,K1,1,40.00\n"      /* 7: kept */
				    "4,2024-04-01 13:04:00,919,K1,1,40.00\n"      /* 8: voided by ... */
				    "4,2024-04-01 13:05:00,919,K1,-1,40.00\n", want, 2);
	rows_free(r);
}

/* t76 F9: a scan, void, rescan, void of one item (rows 0-3) is two pairs, nothing sold; the
 * first void was paired with the rescan after it (nearer in time), leaving the second 20
 * minutes from the only line left. A -1 before its +1 (rows 5, 6) voids nothing: a till
 * voids what it has rung; a void in its line's minute does (rows 8, 9). */
static void test_void_follows_its_line(void **state)
{
	(void)state;
	static const unsigned char want[10] = {1, 1, 1, 1, 0, 0, 0, 0, 1, 1};
	rr_rows *r = assert_voided("Receipt No,Date,Customer No,Item Code,Qty,Price\n"
				    "1,2024-04-01 09:52,916,V1,1,25.00\n"    /* 0: voided by 1 */
				    "1,2024-04-01 10:00,916,V1,-1,25.00\n"   /* 1 */
				    "1,2024-04-01 10:05,916,V1,1,25.00\n"    /* 2: voided by 3 */
				    "1,2024-04-01 10:12,916,V1,-1,25.00\n"   /* 3 */
				    "1,2024-04-01 10:13,916,F1,1,2.00\n"     /* 4: kept */
				    "2,2024-04-01 11:00,917,V1,-1,25.00\n"   /* 5: a return */
				    "2,2024-04-01 11:02,917,V1,1,25.00\n"    /* 6: kept */
				    "3,2024-04-01 12:00,918,F1,1,2.00\n"     /* 7: kept */
				    "3,2024-04-01 12:30,918,V1,1,25.00\n"    /* 8: voided by 9 */
				    "3,2024-04-01 12:30,918,V1,-1,25.00\n", want, 3);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_void_pairs),
		cmocka_unit_test(test_marked_returns_no_void),
		cmocka_unit_test(test_void_times_and_prices),
		cmocka_unit_test(test_void_follows_its_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
