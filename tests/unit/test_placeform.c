/* test_placeform.c — forms of a customer id that names nobody (placeform.h, t72 F6): what
 * each form takes and what it leaves a customer's, and the manual's list of its words. */
#include "testutil.h"

#include "ingest.h"
#include "placeform.h"
#include "strtab.h"

static int form(const char *s)
{
	return placeform_match(s, strlen(s));
}

static void test_forms(void **state)
{
	(void)state;
	/* an e-mail of no one: its name, dots, dashes, a +tag and case apart */
	assert_int_equal(1, form("noemail@noemail.com"));
	assert_int_equal(1, form("geen@email.nl"));
	assert_int_equal(1, form("No.Email@shop.de"));
	assert_int_equal(1, form("keine-email@laden.de"));
	assert_int_equal(1, form("none+till2@shop.com"));
	/* its name its domain's */
	assert_int_equal(2, form("abc@abc.com"));
	assert_int_equal(2, form("Klant@klant.nl"));
	/* nines alone */
	assert_int_equal(3, form("9999"));
	assert_int_equal(3, form("999999"));
	/* a customer's */
	assert_int_equal(0, form("jan.bakker@gmail.com"));
	assert_int_equal(0, form("noemi@gmail.com"));
	assert_int_equal(0, form("info@none-such.com"));
	assert_int_equal(0, form("owner@cafe.example"));   /* an example's domain: test data */
	assert_int_equal(0, form("customer@example.com"));
	assert_int_equal(0, form("none@"));
	assert_int_equal(0, form("@none.com"));
	assert_int_equal(0, form("22222222"));             /* another digit: a number */
	assert_int_equal(0, form("999"));
	assert_int_equal(0, form("99990"));
	assert_int_equal(0, form("12346"));
	/* masked by stars inside, as marketplaces show buyers (t74 F6) */
	assert_int_equal(PLACEFORM_MASKED + 1, form("j***0"));
	assert_int_equal(PLACEFORM_MASKED + 1, form("j***3@gmail.com"));
	assert_int_equal(PLACEFORM_MASKED + 1, form("+62 812-****-6113"));
	assert_int_equal(PLACEFORM_MASKED + 1, form("ab*****yz"));
	assert_int_equal(0, form("c0042****"));   /* Naver's: the id's own start kept */
	assert_int_equal(0, form("***5"));
	assert_int_equal(0, form("a**b"));        /* two stars: a name may hold them */
	assert_int_equal(0, form("***"));
}

/* A file whose every buyer is masked: no customer made of a mask, and the warning says why
 * and names the --keep-id that keeps one. */
static void test_masked_buyers(void **state)
{
	(void)state;
	rr_ingest_opts o = {0};
	char *p = tu_write_temp_str("Order ID,Buyer,Order Date,SKU,Quantity,Price\n"
				    "1,j***0,2024-01-03,A,1,2\n2,j***0,2024-01-04,B,1,2\n"
				    "3,a***7,2024-01-05,A,1,2\n4,alice,2024-01-05,B,1,2\n");
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_int_equal(4, r->n);
	assert_non_null(strstr(r->reading, "warning: 3 of the 4 rows' customer id is masked by "
					   "stars (the first 'j***0')"));
	assert_non_null(strstr(r->reading, "--keep-id 'j***0'"));
	assert_int_equal(1, (int)strtab_count(r->customers));   /* alice alone */
	rows_free(r);
}

/* t76 F14: a card's number masked in the middle keeps its first digits and its last four, a
 * member's own id; a login's or a phone's mask does not. */
static void test_card_masks(void **state)
{
	(void)state;
	static const char *const card[] = {"6001 **** **** 4749", "6001-****-****-4749",
					   "600123******4749", "3782 ******* 10005", NULL};
	static const char *const login[] = {"j***0", "j***3@gmail.com", "+62 812-****-6113",
					    "6001 **** x 4749", "6001****474",
					    /* t79 F15: a marketplace's masked phones, four hidden */
					    "0912****7645", "628123****6113", "6001 **** 4749", NULL};
	for (int k = 0; card[k]; k++)
		if (!placeform_card(card[k], strlen(card[k])))
			fail_msg("'%s' is no card's", card[k]);
	for (int k = 0; login[k]; k++)
		if (placeform_card(login[k], strlen(login[k])))
			fail_msg("'%s' read as a card's", login[k]);
}

/* Masks read as ids: a card's by themselves, any in a column --map names the customer's (each
 * mask one customer, noted); by hand 2 cards, then 2 logins' masks. */
static void test_masks_read_as_ids(void **state)
{
	(void)state;
	rr_ingest_opts o = {0};
	char *p = tu_write_temp_str("Order ID,Buyer,Order Date,SKU,Quantity,Price\n"
				    "1,6001 **** **** 4749,2024-01-03,A,1,2\n"
				    "2,6001 **** **** 1234,2024-01-04,B,1,2\n"
				    "3,6001 **** **** 4749,2024-01-05,A,1,2\n");
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_int_equal(2, (int)strtab_count(r->customers));
	assert_non_null(strstr(r->reading, "note: the customer id of 3 rows is masked by stars "
					   "(the first '6001 **** **** 4749'), as a till prints a "
					   "card's number"));
	assert_null(strstr(r->reading, "warning"));
	rows_free(r);
	p = tu_write_temp_str("Order ID,Buyer,Order Date,SKU,Quantity,Price\n"
			      "1,j***0,2024-01-03,A,1,2\n2,a***7,2024-01-04,B,1,2\n"
			      "3,j***0,2024-01-05,A,1,2\n");
	o.map = "user=Buyer";
	r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_int_equal(2, (int)strtab_count(r->customers));
	assert_non_null(strstr(r->reading, "note: the customer id of 3 rows is masked by stars "
					   "(the first 'j***0'), in the column --map names the "
					   "customer's: each mask is read as one customer, though "
					   "buyers whose ids share the characters it shows share it"));
	assert_null(strstr(r->reading, "--keep-id"));
	rows_free(r);
}

/* The manual lists every word a form reads. */
static void test_words_documented(void **state)
{
	(void)state;
	const char *man = tu_read_man();
	assert_non_null(man);
	man = strstr(man, "A customer id of a placeholder's form names nobody");
	assert_non_null(man);
	char para[2000];
	snprintf(para, sizeof para, "%s", man);
	for (int f = 0; placeforms[f].name; f++)
		for (int k = 0; placeforms[f].words && placeforms[f].words[k]; k++) {
			const char *w = placeforms[f].words[k], *at = para;
			size_t n = strlen(w);
			int found = 0;   /* a whole word of the list: a blank or a line before it */
			while (!found && (at = strstr(at + 1, w)))
				found = (at[-1] == ' ' || at[-1] == '\n') &&
					(at[n] == ',' || at[n] == '\n');
			if (!found)
				fail_msg("man/relrec.1 does not list '%s'", w);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_words_documented),
		cmocka_unit_test(test_masked_buyers),
		cmocka_unit_test(test_card_masks),
		cmocka_unit_test(test_masks_read_as_ids),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
