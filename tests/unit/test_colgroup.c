/* test_colgroup.c — a column that groups the customers or the items a load counted (t63 F8,
 * F12, F13, F20): a coarser key is said past chance, a one-to-one column, a few coincidences,
 * a column blank on many rows or one that changes under a value are not; the names table's
 * kinds (sniff_group_kind). */
#include "testutil.h"

#include <stdio.h>

#include "colgroup.h"
#include "csvsniff.h"

/* fine[k] beside coarse[k], for k < n */
static rr_colgroup *relation(int blank_self, const char *const *fine, const char *const *coarse,
			     size_t n)
{
	rr_colgroup *g = colgroup_new(blank_self);
	assert_non_null(g);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(0, colgroup_add(g, fine[k], strlen(fine[k]), coarse[k],
						 strlen(coarse[k])));
	return g;
}

/* contacts c0..c(n-1), contact k in company k / per, each on two rows */
static rr_colgroup *companies(size_t n, size_t per, size_t blanks, size_t moved)
{
	rr_colgroup *g = colgroup_new(0);
	assert_non_null(g);
	for (size_t k = 0; k < n; k++)
		for (int row = 0; row < 2; row++) {
			char f[48], c[48];   /* room for any size_t: the ASan build's -O1 checks it */
			snprintf(f, sizeof f, "buyer%zu@x.example", k);
			snprintf(c, sizeof c, "Company %zu", k / per + (k < moved && row));
			assert_int_equal(0, colgroup_add(g, f, strlen(f), c,
							 k >= n - blanks ? 0 : strlen(c)));
		}
	return g;
}

/* F8: 18 contacts of 6 companies: a coarser key, with its numbers and an example */
static void test_coarser_key(void **state)
{
	(void)state;
	rr_colgroup_res r;
	rr_colgroup *g = companies(18, 3, 0, 0);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(18, r.fine);
	assert_int_equal(6, r.coarse);
	assert_int_equal(6, r.multi);
	assert_int_equal(12, r.joined);
	assert_int_equal(3, r.largest);
	assert_string_equal("Company 0", r.ex_coarse);
	assert_string_equal("buyer0@x.example", r.ex_fine[0]);
	assert_string_equal("buyer1@x.example", r.ex_fine[1]);
	assert_int_equal(1, colgroup_coarser(&r, 0));
	colgroup_free(g);
}

/* one company per contact: nothing would change, nothing said */
static void test_one_to_one(void **state)
{
	(void)state;
	rr_colgroup_res r;
	rr_colgroup *g = companies(40, 1, 0, 0);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(40, r.coarse);
	assert_int_equal(0, r.joined);
	assert_int_equal(0, colgroup_coarser(&r, 0));
	assert_int_equal(0, colgroup_coarser(&r, 1));
	colgroup_free(g);
}

/* two or three contacts that share an employer by chance: no key; nor a column of a few
 * values over many (stores), nor one whose one value stands for nearly all (the shop's own
 * company) */
static void test_coincidences(void **state)
{
	(void)state;
	static const char *const fine[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
	static const char *const coarse[] = {"X", "X", "Y", "Y", "Z", "F", "G", "H", "I", "J"};
	static const char *const own[] = {"S", "S", "S", "S", "S", "S", "S", "S", "T", "T"};
	rr_colgroup_res r;
	rr_colgroup *g = relation(0, fine, coarse, 10);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(2, r.joined);
	assert_int_equal(2, r.multi);
	assert_int_equal(0, colgroup_coarser(&r, 0));
	colgroup_free(g);
	g = companies(210, 21, 0, 0);   /* ten stores of 21 customers each */
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(10, r.coarse);
	assert_int_equal(0, colgroup_coarser(&r, 0));
	colgroup_free(g);
	g = companies(200, 20, 0, 0);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(1, colgroup_coarser(&r, 0));
	colgroup_free(g);
	g = relation(0, fine, own, 10);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(8, r.joined);
	assert_int_equal(8, r.largest);
	assert_int_equal(0, colgroup_coarser(&r, 0));
	assert_int_equal(0, colgroup_coarser(&r, 1));
	colgroup_free(g);
}

/* blanks: one contact in ten blank throughout is allowed, more is a column filled for some;
 * a contact under two companies: one in fifty allowed */
static void test_blanks_and_splits(void **state)
{
	(void)state;
	rr_colgroup_res r;
	rr_colgroup *g = companies(60, 3, 6, 0);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(6, r.blank);
	assert_int_equal(1, colgroup_coarser(&r, 0));
	colgroup_free(g);
	g = companies(60, 3, 7, 0);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(7, r.blank);
	assert_int_equal(0, colgroup_coarser(&r, 0));
	colgroup_free(g);
	g = companies(100, 4, 0, 2);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(2, r.split);
	assert_int_equal(1, colgroup_coarser(&r, 0));
	colgroup_free(g);
	g = companies(100, 4, 0, 3);
	assert_int_equal(0, colgroup_judge(g, NULL, &r));
	assert_int_equal(3, r.split);
	assert_int_equal(0, colgroup_coarser(&r, 0));
	colgroup_free(g);
}

/* F13: a merged-into column, blank where nothing was merged (the id itself): three ids merged
 * into others are said; the load's own merges (to[]) count an id once */
static void test_merged(void **state)
{
	(void)state;
	static const char *const fine[] = {"500", "501", "502", "509", "510", "511", "503", "0503"};
	static const char *const into[] = {"", "", "", "500", "501", "502", "", "503"};
	static const uint32_t to[] = {0, 1, 2, 3, 4, 5, 6, 6};
	rr_colgroup_res r;
	rr_colgroup *g = relation(1, fine, into, 8);
	assert_int_equal(0, colgroup_judge(g, to, &r));
	assert_int_equal(7, r.fine);
	assert_int_equal(0, r.blank);
	assert_int_equal(0, r.split);   /* 503 and 0503 are one, its rows into 503 */
	assert_int_equal(3, r.joined);
	assert_int_equal(1, colgroup_coarser(&r, 1));
	assert_int_equal(0, colgroup_coarser(&r, 0));   /* not past chance as a company */
	colgroup_free(g);
}

/* F20, F8: "[CODE] name" and "Company, Person" read by their key */
static void test_forms(void **state)
{
	(void)state;
	size_t off = 9;
	assert_int_equal(9, colgroup_form_key(COLGROUP_BRACKET, "[FURN_0269] Office Chair", 24,
					      &off));
	assert_int_equal(1, off);
	assert_int_equal(0, colgroup_form_key(COLGROUP_BRACKET, "[A B] Chair", 11, &off));
	assert_int_equal(0, colgroup_form_key(COLGROUP_BRACKET, "[FURN_0269]", 11, &off));
	assert_int_equal(0, colgroup_form_key(COLGROUP_BRACKET, "Chair [red]", 11, &off));
	assert_int_equal(14, colgroup_form_key(COLGROUP_COMMA, "Azure Interior, Brandon Freeman",
					       31, &off));
	assert_int_equal(0, off);
	assert_int_equal(0, colgroup_form_key(COLGROUP_COMMA, "Azure Interior", 14, &off));
	static const char *const odoo[] = {"[A1] Desk", "[A1] Desk (v2)", "[B2] Chair",
					   "[C3] Lamp", "[C3] Lamp, brass", NULL};
	static const char *const plain[] = {"[A1] Desk", "[B2] Chair", "[C3] Lamp", NULL};
	static const char *const people[] = {"Smith, John", "Smith, Jane", "Brown, Ann",
					     "Jones, Tom", "Lee, Kim", "Khan, Ali", "Diaz, Eva",
					     "Ito, Ken", NULL};
	static const char *const firms[] = {"Azure, Ann", "Azure, Bob", "Azure, Cy", "Deco, Dan",
					    "Deco, Eve", "Deco, Fay", "Gemini", "Gemini, Hal", NULL};
	static const char *const tags[] = {"[SALE] Blue Mug", "[SALE] Red Cup", "[NEW] Lamp",
					   "[SALE] Tote Bag", "[NEW] Desk", NULL};
	const char *const *sets[] = {odoo, plain, people, firms, tags};
	int form[] = {COLGROUP_BRACKET, COLGROUP_BRACKET, COLGROUP_COMMA, COLGROUP_COMMA,
		      COLGROUP_BRACKET};
	int want[] = {1, 0, 0, 1, 0};
	size_t coarse[] = {3, 3, 7, 3, 2};
	for (int k = 0; k < 5; k++) {
		rr_strtab *t = strtab_new();
		rr_colgroup_res r;
		assert_non_null(t);
		for (const char *const *s = sets[k]; *s; s++)
			assert_int_not_equal(RR_NONE, strtab_intern(t, *s, strlen(*s)));
		assert_int_equal(want[k], colgroup_form(t, form[k], &r));
		assert_int_equal(coarse[k], r.coarse);
		strtab_free(t);
	}
}

/* the names table's kinds: a company's, a product code's, a merge's; not a category's, a
 * person's, a word inside another (Clean, January) */
static void test_kinds(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int kind;
		unsigned roles;
	} names[] = {
		{"Company", SNIFF_GROUP_COMPANY, 1u << RR_COL_USER},
		{"CompanyName", SNIFF_GROUP_COMPANY, 1u << RR_COL_USER},
		{"Billing Company", SNIFF_GROUP_COMPANY, 1u << RR_COL_USER},
		{"Firmenname", SNIFF_GROUP_COMPANY, 1u << RR_COL_USER},
		{"Soci\xC3\xA9t\xC3\xA9", SNIFF_GROUP_COMPANY, 1u << RR_COL_USER},
		{"\xE4\xBC\x9A\xE7\xA4\xBE\xE5\x90\x8D", SNIFF_GROUP_COMPANY, 1u << RR_COL_USER},
		{"EAN", SNIFF_GROUP_PRODUCT, 1u << RR_COL_ITEM},
		{"EAN-13", SNIFF_GROUP_PRODUCT, 1u << RR_COL_ITEM},
		{"EAN (13 digits)", SNIFF_GROUP_PRODUCT, 1u << RR_COL_ITEM},
		{"Firma (Name)", SNIFF_GROUP_COMPANY, 1u << RR_COL_USER},
		{"ean13", SNIFF_GROUP_PRODUCT, 1u << RR_COL_ITEM},
		{"Variant Barcode", SNIFF_GROUP_PRODUCT, 1u << RR_COL_ITEM},
		{"JAN\xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89", SNIFF_GROUP_PRODUCT, 1u << RR_COL_ITEM},
		{"Product ID", SNIFF_GROUP_PRODUCT, 1u << RR_COL_ITEM},
		{"Merged Into Customer ID", SNIFF_GROUP_MERGED, 1u << RR_COL_USER},
		{"Parent SKU", SNIFF_GROUP_MERGED, 1u << RR_COL_ITEM},
		{"master_id", SNIFF_GROUP_MERGED, 1u << RR_COL_USER | 1u << RR_COL_ITEM},
		{"Company Type", SNIFF_GROUP_NONE, 0}, {"Account Manager", SNIFF_GROUP_NONE, 0},
		{"Company Contact", SNIFF_GROUP_NONE, 0}, {"Clean", SNIFF_GROUP_NONE, 0},
		{"January", SNIFF_GROUP_NONE, 0}, {"Parent Order ID", SNIFF_GROUP_NONE, 0},
		{"Confirmation", SNIFF_GROUP_NONE, 0}, {"Country", SNIFF_GROUP_NONE, 0},
	};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		unsigned roles = 99;
		int kind = sniff_group_kind(names[k].name, &roles);
		if (kind != names[k].kind || roles != names[k].roles)
			fail_msg("%s: kind %d roles %u", names[k].name, kind, roles);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coarser_key),
		cmocka_unit_test(test_one_to_one),
		cmocka_unit_test(test_coincidences),
		cmocka_unit_test(test_blanks_and_splits),
		cmocka_unit_test(test_merged),
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_kinds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
