/* test_catchange.c — a catalogue's changes over time the codes hide (t63 F19, F9): a code given
 * to a new product at one date warned of, one product under a second code in a later period
 * noted; silent for the changes that are one product's (a spelling that comes and goes, a
 * rename that keeps a word, one stock note) and for two codes of one name sold side by side. */
#include "testutil.h"

#include "catchange.h"

enum { DAY = 1440, JAN1 = 19723 * 1440 };   /* 2024-01-01 in minutes since 1970 */

/* One purchase (quantity q) of code by cust on day (from 2024-01-01) named desc. */
static void add(rr_rows *r, int day, const char *cust, const char *code, const char *desc,
		double q)
{
	char inv[32];
	snprintf(inv, sizeof inv, "%d-%s", day, cust);
	assert_int_equal(0, rows_add(r, inv, strlen(inv), code, strlen(code), desc, strlen(desc),
				     cust, strlen(cust), "", 0, q, 2.0, JAN1 + day * DAY));
}

static void test_names(void **state)
{
	(void)state;
	assert_true(catchange_same_name("SET/3 MUGS", "Set 3  mugs"));
	assert_true(catchange_same_name("Kerze\xc2\xa0rot", "KERZE ROT"));    /* a no-break space */
	assert_true(catchange_same_name("\xc3\x84pfel", "\xc3\xa4pfel"));      /* Äpfel, äpfel */
	assert_false(catchange_same_name("Blue Mug", "Desk Lamp"));
	assert_true(catchange_share_word("Office Chair Black", "Office Chair (v2) Black"));
	assert_true(catchange_share_word("WHITE METAL LANTERN", "white moroccan metal lantern"));
	assert_false(catchange_share_word("Blue Mug", "Desk Lamp"));
	assert_false(catchange_share_word("Set of 3 Mugs", "Box of tea"));   /* 'of': too short */
}

/* F19: code 1000 'Blue Mug' to June, 'Desk Lamp' from July; 1001's two spellings in turns all
 * year, 1002 renamed keeping a word, 1003's one 'check' line after it, 1006's 4 rows and
 * 3 (a chance): only 1000, with its periods, and the pipe's awk keyed by the new name's
 * letters. */
static void test_reused(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	assert_non_null(r);
	for (int d = 0; d < 360; d += 10) {
		const char *c = d % 20 ? "C1" : "C2";
		add(r, d, c, "1000", d < 180 ? "Blue Mug" : "Desk Lamp", 1);
		add(r, d, c, "1001", d % 20 ? "Kerze rot" : "Kerze, rot (gross)", 2);
		add(r, d, c, "1002", d < 200 ? "Notizbuch A5" : "Notizbuch A5 liniert", 1);
		add(r, d, c, "1003", "Vase", 1);
		add(r, d, c, "1004", d < 100 ? "Old Tray" : "New Thing", d < 100 ? -1 : 1);
	}
	add(r, 361, "C1", "1003", "check", 1);
	for (int d = 0; d < 7; d++)   /* 4 rows, then 3: C(7, 3) = 35 orderings, a chance */
		add(r, d, "C3", "1006", d < 4 ? "Sugar Bowl" : "Milk Jug", 1);
	assert_int_equal(0, rows_finish(r));
	rr_catchange c;
	assert_int_equal(0, catchange_find(r, &c));
	assert_int_equal(1, c.reused);
	assert_int_equal(0, c.rekeyed);
	assert_string_equal("1000", strtab_get(r->codes, c.reuse[0].new.code));
	assert_string_equal("Blue Mug", strtab_get(r->descs, c.reuse[0].old.desc));
	assert_string_equal("Desk Lamp", strtab_get(r->descs, c.reuse[0].new.desc));
	char body[600], out[2000];
	assert_int_equal(1, catchange_reuse_awk(r, &c, 5, 8, body, sizeof body));
	assert_non_null(strstr(body, "g($0,5);"));
	assert_non_null(strstr(body, "R[\"1000\",\"desklamp\"]=\"~2024-06-29\";"));
	catchange_say(r, &c, 0, "PIPE", 1, out, sizeof out);
	assert_non_null(strstr(out, "warning: 1 item code carries one description until a day and "
				    "another, with no word in common, from then on"));
	assert_non_null(strstr(out, "1000 'Blue Mug' until 2024-06-19, 'Desk Lamp' from "
				    "2024-06-29; it is one item here"));
	assert_non_null(strstr(out, "load PIPE with the same options"));
	catchange_say(r, &c, 1, "PIPE", 1, out, sizeof out);
	assert_string_equal("", out);
	rows_free(r);
}

/* F9: 'Oat Latte' as SQ1000 to June and as a GTIN from July, 'Tote Bag' under two codes all
 * year (two sizes of one name): one pair, the old code first; its awk maps old to new. Not
 * counted: a code written with leading zeros, then without (the leading-zeros warning says
 * it), or in capitals, then in small letters (clean casefold's), an item named by its
 * description for want of a code before it had one (no code for the awk to rewrite), and two
 * codes of 4 rows and 3 (a week's sales of one product fall apart so by chance). */
static void test_rekeyed(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	assert_non_null(r);
	for (int d = 0; d < 360; d += 12) {
		add(r, d, "C1", d < 180 ? "SQ1000" : "4006381330001", "Oat Latte", 1);
		add(r, d, "C2", "TOTE-S", "Tote Bag", 1);
		add(r, d + 1, "C3", "TOTE-L", "tote bag", 1);
		add(r, d, "C4", d < 180 ? "000123" : "123", "Vase", 1);   /* the zeros' warning's */
		add(r, d, "C5", d < 180 ? "Apron" : "AP-1", "Apron", 1);   /* named by it: no code */
		add(r, d, "C6", d < 180 ? "B1" : "b1", "Bottle", 1);       /* case: casefold's */
	}
	for (int d = 0; d < 7; d++)   /* 4 rows, then 3 of another code: a chance */
		add(r, d, "C7", d < 4 ? "SAUCER-1" : "5901234123457", "Saucer", 1);
	assert_int_equal(0, rows_finish(r));
	rr_catchange c;
	assert_int_equal(0, catchange_find(r, &c));
	assert_int_equal(0, c.reused);
	assert_int_equal(1, c.rekeyed);
	assert_string_equal("SQ1000", strtab_get(r->codes, c.rekey[0].old.code));
	assert_string_equal("4006381330001", strtab_get(r->codes, c.rekey[0].new.code));
	char body[600], out[2000];
	assert_int_equal(1, catchange_rekey_awk(r, &c, 8, body, sizeof body));
	assert_non_null(strstr(body, "M[\"SQ1000\"]=\"4006381330001\";"));
	catchange_say(r, &c, 1, "", 0, out, sizeof out);
	assert_string_equal("note: 1 pair of item codes carries one description in periods that do "
			    "not overlap, as a product given a new code does (an internal SKU, then "
			    "its GTIN): SQ1000 until 2024-06-17, 4006381330001 from 2024-06-29 "
			    "('Oat Latte'); each code is an item here, the product's buyers split in "
			    "two", out);
	rows_free(r);
}

/* Codes that awk cannot name as written (a quote in them) are left out of the pipes; with
 * none left, no pipe at all. */
static void test_awk_plain(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	assert_non_null(r);
	for (int d = 0; d < 100; d += 5)
		add(r, d, "C1", "A\"1", d < 50 ? "Blue Mug" : "Desk Lamp", 1);
	assert_int_equal(0, rows_finish(r));
	rr_catchange c;
	char body[600];
	assert_int_equal(0, catchange_find(r, &c));
	assert_int_equal(1, c.reused);
	assert_int_equal(0, catchange_reuse_awk(r, &c, 3, 8, body, sizeof body));
	assert_string_equal("", body);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_reused),
		cmocka_unit_test(test_rekeyed),
		cmocka_unit_test(test_awk_plain),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
