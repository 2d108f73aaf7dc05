/* test_ingest_fill.c — a customer, till or date written on ONE line of a receipt reaches its
 * other lines (t79 F1-F7, F11): a Shopify export cut to a few columns and sorted newest
 * first, a batch's first lines below their receipt's first line, a Till written on a
 * receipt's first line only, one receipt that names its member again, a tab's rounds and a
 * check's night, 70 and 300 tills written line by line, a 300-byte customer id, a card scanned
 * on a receipt's last line; and the warning for lines that could not be filled up (F19). Each
 * fixture's customers are written out by hand (or by the rule stated above its loop) and
 * compared row by row. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

static rr_rows *load_text(const char *text)
{
	char *p = tu_write_temp_str(text);
	rr_ingest_opts o = {0};
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	if (!r)
		fail_msg("%s", err_msg());
	return r;
}

/* Are rows r's customers want[0..n) (NULL: none)? */
static void assert_customers(const rr_rows *r, const char *const *want, size_t n)
{
	assert_int_equal(n, r->n);
	for (size_t i = 0; i < n; i++) {
		const char *got = r->cust[i] == RR_NONE ? NULL : strtab_get(r->customers, r->cust[i]);
		if (!want[i] != !got || (got && strcmp(got, want[i]) != 0))
			fail_msg("row %zu: customer %s, want %s", i, got ? got : "none",
				 want[i] ? want[i] : "none");
	}
}

/* Append printf-style text to a growing buffer (the fixtures of many lines). */
static void add(char **buf, size_t *len, size_t *cap, const char *line)
{
	size_t n = strlen(line);
	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		*buf = realloc(*buf, *cap);
		assert_non_null(*buf);
	}
	memcpy(*buf + *len, line, n + 1);
	*len += n;
}

/* t79 F1: Shopify's export cut to Name, Email, Created at and three Lineitem columns, newest
 * first: Name is the order (it was the item's text, and #1298's lines took #1299's e-mail from
 * the line above). By hand: #1299 is b@x's (row 0), #1298's three rows a@x's. */
static void test_shopify_cut_newest_first(void **state)
{
	(void)state;
	rr_rows *r = load_text("Name,Email,Created at,Lineitem quantity,Lineitem sku,"
			       "Lineitem price\n"
			       "#1299,b@x.com,2024-12-13 10:00:00,1,SKU-1,1.65\n"
			       "#1298,,,3,SKU-2,8.08\n#1298,,,2,SKU-3,4.00\n"
			       "#1298,a@x.com,2024-12-12 09:57:00,1,SKU-4,6.37\n");
	assert_non_null(strstr(r->reading, "invoice=Name"));
	static const char *const want[4] = {"b@x.com", "a@x.com", "a@x.com", "a@x.com"};
	assert_customers(r, want, 4);
	assert_int_equal(2, strtab_count(r->invoices));
	rows_free(r);
}

/* t79 F2: two tills' receipts one after the other, oldest first, Till, date, time and
 * customer on a receipt's first line only; till 1's receipt N, then till 2's receipt N. Lines
 * at a batch's start (256 lines inline) took the next line's, the other till's receipt of
 * their number. Pads of 0 to 2 one-line receipts move the boundary through each line of a
 * receipt; by rule, every line is its receipt's first line's customer. */
static void test_batch_start_fills_down(void **state)
{
	(void)state;
	for (int pad = 0; pad < 3; pad++) {
		char *t = NULL, line[128], *want[480];
		size_t len = 0, cap = 0, n = 0;
		add(&t, &len, &cap, "Till,Receipt,Date,Time,Customer,Item,Qty,Price\n");
		for (int p = 0; p < pad; p++) {
			snprintf(line, sizeof line, "3,%d,2024-03-01,08:00,P%d,I1,1,1.00\n", 900 + p, p);
			add(&t, &len, &cap, line);
			want[n++] = NULL;   /* its own customer, set below */
		}
		for (int k = 0; k < 140; k++) {   /* receipt k / 2 + 1, till k % 2 + 1 */
			for (int j = 0; j < 3; j++) {
				if (j)
					snprintf(line, sizeof line, ",%d,,,,I%d,1,1.00\n", k / 2 + 1, j);
				else
					snprintf(line, sizeof line, "%d,%d,2024-03-01,09:%02d,M%d,I0,1,1.00\n",
						 k % 2 + 1, k / 2 + 1, k % 60, k);
				add(&t, &len, &cap, line);
				want[n++] = NULL;
			}
		}
		rr_rows *r = load_text(t);
		free(t);
		char names[480][24];
		for (size_t i = 0; i < n; i++) {
			if (i < (size_t)pad)
				snprintf(names[i], sizeof names[i], "P%zu", i);
			else
				snprintf(names[i], sizeof names[i], "M%zu", (i - (size_t)pad) / 3);
			want[i] = names[i];
		}
		assert_customers(r, (const char *const *)want, n);
		assert_null(strstr(r->reading, "from the line below"));
		rows_free(r);
	}
}

/* t79 F3: Till and Customer on a receipt's first line only, receipts one after the other,
 * date and time on every line. By hand: till 1's receipt 1 is M1's (rows 0, 1), till 2's
 * receipt 1 M2's (rows 2, 3), till 1's receipt 2 a walk-in's (rows 4, 5). */
static void test_till_first_line_only(void **state)
{
	(void)state;
	rr_rows *r = load_text("Till,Receipt,Date,Time,Customer,Item,Qty,Price\n"
			       "1,1,2024-03-01,08:02,M1,A,1,1.00\n,1,2024-03-01,08:03,,B,1,1.00\n"
			       "2,1,2024-03-01,08:05,M2,A,1,1.00\n,1,2024-03-01,08:06,,C,1,1.00\n"
			       "1,2,2024-03-01,08:10,,A,1,1.00\n,2,2024-03-01,08:11,,B,1,1.00\n");
	static const char *const want[6] = {"M1", "M1", "M2", "M2", NULL, NULL};
	assert_customers(r, want, 6);
	rows_free(r);
}

/* t79 F4: numbers used once, the member on a receipt's first line; receipt 4's card shown
 * again on its last line. One such receipt of four was read as a file that names every line,
 * and receipts 5 and 6's blank lines went to no one. By hand: each receipt k is Mk's. */
static void test_named_again_once(void **state)
{
	(void)state;
	rr_rows *r = load_text("Receipt,Date,Time,Customer,Item,Qty,Price\n"
			       "1,2024-03-01,08:00,M1,A,1,1.00\n1,2024-03-01,08:00,,B,1,1.00\n"
			       "2,2024-03-01,08:05,M2,A,1,1.00\n2,2024-03-01,08:05,,B,1,1.00\n"
			       "3,2024-03-01,08:10,M3,A,1,1.00\n3,2024-03-01,08:10,,B,1,1.00\n"
			       "4,2024-03-01,08:15,M4,A,1,1.00\n4,2024-03-01,08:15,,B,1,1.00\n"
			       "4,2024-03-01,08:16,M4,C,1,1.00\n"
			       "5,2024-03-01,08:20,M5,A,1,1.00\n5,2024-03-01,08:20,,B,1,1.00\n"
			       "6,2024-03-01,08:25,M6,A,1,1.00\n6,2024-03-01,08:25,,B,1,1.00\n");
	static const char *const want[13] = {"M1", "M1", "M2", "M2", "M3", "M3", "M4", "M4",
					     "M4", "M5", "M5", "M6", "M6"};
	assert_customers(r, want, 13);
	assert_null(strstr(r->reading, "took none from the line above"));
	rows_free(r);
}

/* t79 F5: a check's member on its first line only; rounds 40 minutes apart, a night under
 * its business date, and a number used again three hours on. By hand: check 1's rounds are
 * MB1's (rows 0, 2), check 3's 23:50 and 00:05 lines MB3's (rows 3, 4), check 2's 17:25 line
 * MB2's (row 1) and its 20:30 and 20:35 lines (185 minutes on) a walk-in's, said as 2 rows. */
static void test_tab_rounds_and_night(void **state)
{
	(void)state;
	rr_rows *r = load_text("Check No,Business Date,Time,Member,Item,Qty,Price\n"
			       "1,2024-02-01,17:20,MB1,D1,1,2.00\n2,2024-02-01,17:25,MB2,D2,1,2.00\n"
			       "1,2024-02-01,18:00,,D3,1,2.00\n3,2024-02-01,23:50,MB3,D1,1,2.00\n"
			       "3,2024-02-01,00:05,,D2,1,2.00\n2,2024-02-01,20:30,,D3,1,2.00\n"
			       "2,2024-02-01,20:35,,D4,1,2.00\n");
	static const char *const want[7] = {"MB1", "MB2", "MB1", "MB3", "MB3", NULL, NULL};
	assert_customers(r, want, 7);
	assert_non_null(strstr(r->reading, "note: 2 rows (the first on line 7) of the invoice "
				     "number on a line above but of another day or time"));
	rows_free(r);
}

/* t79 F6: N tills' receipts written line by line round-robin (till 1's line 1 ... till N's
 * line 1, till 1's line 2 ...), the customer on each receipt's first line, the till's number
 * k + 1 its price. By rule: every line is its till's customer's (Ck, price k + 1) with a Till
 * column (70 tills: 210 rows); without one (receipts numbered 1..70) a line 70 named lines
 * below its receipt's last is past FILL_AGE (64) and takes none, said (140 rows); 300 tills
 * overflow the table of open orders, said. */
static void test_many_tills_interleaved(void **state)
{
	(void)state;
	int tills[3] = {70, 70, 300};
	for (int s = 0; s < 3; s++) {
		char *t = NULL, line[128];
		size_t len = 0, cap = 0;
		add(&t, &len, &cap, s == 1 ? "Receipt,Date,Time,Customer,Item,Qty,Price\n"
			 : "Till,Receipt,Date,Time,Customer,Item,Qty,Price\n");
		for (int j = 0; j < 3; j++)
			for (int k = 0; k < tills[s]; k++) {
				char c[16] = "", at[32];
				if (!j)
					snprintf(c, sizeof c, "C%d", k);
				if (s != 1)
					snprintf(at, sizeof at, "T%d,1", k);
				else
					snprintf(at, sizeof at, "%d", k + 1);
				snprintf(line, sizeof line, "%s,2024-03-01,10:%02d,%s,I%d,1,%d\n", at,
					 (k + j) % 60, c, (k * 3 + j) % 97, k + 1);
				add(&t, &len, &cap, line);
			}
		rr_rows *r = load_text(t);
		free(t);
		size_t named = 0;
		for (size_t i = 0; i < r->n; i++) {
			if (r->cust[i] == RR_NONE)
				continue;
			char want[24];
			snprintf(want, sizeof want, "C%d", (int)r->price[i] - 1);
			assert_string_equal(want, strtab_get(r->customers, r->cust[i]));
			named++;
		}
		if (s == 0)
			assert_int_equal(210, named);
		if (s == 1) {
			assert_int_equal(70, named);
			assert_non_null(strstr(r->reading, "note: 140 rows with no customer (the first "
						     "on line 72) took none from the line above of "
						     "their invoice number that names one, more than 64 "
						     "lines"));
		}
		if (s == 2)
			assert_non_null(strstr(r->reading, "naming a customer were closed before "
						     "their last line, more receipts being open at once "
						     "than the 256 relrec holds"));
		rows_free(r);
	}
}

/* t79 F7: a customer id of 300 bytes (a legal name) on an invoice's first line only: its other
 * lines take it (ids from 256 bytes on were not remembered). By hand: rows 0-2 the long id's,
 * row 3 B's. */
static void test_long_customer_id(void **state)
{
	(void)state;
	char id[301], text[2048];
	memset(id, 'x', 300);
	id[300] = '\0';
	snprintf(text, sizeof text, "Invoice,Date,Customer,Item,Qty,Price\n"
		 "1,2024-03-01,%s,A,1,1.00\n1,,,B,1,1.00\n1,,,C,1,1.00\n2,2024-03-02,B,A,1,1.00\n", id);
	rr_rows *r = load_text(text);
	const char *const want[4] = {id, id, id, "B"};
	assert_customers(r, want, 4);
	rows_free(r);
}

/* t79 F11: the card scanned at payment names a receipt's last line only, every line dated.
 * By hand: receipt 1000 is L1's (rows 0-2), 1001 a walk-in's (rows 3, 4), 1002 L2's (rows 5,
 * 6); said as 3 rows. */
static void test_card_on_last_line(void **state)
{
	(void)state;
	rr_rows *r = load_text("Receipt,Date,Time,Customer,Item,Qty,Price\n"
			       "1000,2024-01-01,09:00,,A,1,1.00\n1000,2024-01-01,09:01,,B,1,1.00\n"
			       "1000,2024-01-01,09:01,L1,C,1,1.00\n1001,2024-01-01,09:05,,A,1,1.00\n"
			       "1001,2024-01-01,09:05,,B,1,1.00\n1002,2024-01-01,09:10,,A,1,1.00\n"
			       "1002,2024-01-01,09:11,L2,B,1,1.00\n");
	static const char *const want[7] = {"L1", "L1", "L1", NULL, NULL, "L2", "L2"};
	assert_customers(r, want, 7);
	assert_non_null(strstr(r->reading, "note: 3 rows (the first on line 2) with no customer "
				     "took their receipt's from the line below that names it"));
	rows_free(r);
}

/* t79 F19: newest first, two orders' unnamed lines between each other: lines 2 and 3 are
 * each above a line of their order that writes its date (lines 5 and 6), not next to it, and
 * are rejected; the warning says why (it told to use --date-format). */
static void test_undated_interleaved_said(void **state)
{
	(void)state;
	rr_rows *r = load_text("Name,Email,Created at,Lineitem quantity,Lineitem sku,"
			       "Lineitem price\n#1060,,,1,A,1.00\n#1059,,,1,B,1.00\n#1060,,,1,C,1.00\n"
			       "#1060,b@x.com,2024-01-02 10:00:00,1,D,1.00\n"
			       "#1059,a@x.com,2024-01-01 10:00:00,1,E,1.00\n");
	assert_int_equal(2, r->rejected[RR_REJ_DATE]);
	assert_non_null(strstr(r->reading, "warning: 2 rows rejected for their date, empty on 2 "
				     "lines above a line of the same invoice that writes it (the "
				     "first on line 2)"));
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shopify_cut_newest_first),
		cmocka_unit_test(test_batch_start_fills_down),
		cmocka_unit_test(test_till_first_line_only),
		cmocka_unit_test(test_named_again_once),
		cmocka_unit_test(test_tab_rounds_and_night),
		cmocka_unit_test(test_many_tills_interleaved),
		cmocka_unit_test(test_long_customer_id),
		cmocka_unit_test(test_card_on_last_line),
		cmocka_unit_test(test_undated_interleaved_said),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
