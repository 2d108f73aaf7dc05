/* test_idpair.c — a code column beside a name column, judged on every row (t71 F1, F2, F9,
 * F10): an order's or a line's number is no id of a thing, namesakes keep their codes, a code
 * blank on rows of a named thing gives way to the name. Hand-made rows, counted by hand. */
#include "testutil.h"

#include "idpair.h"

/* One row of a fixture: code, name, invoice ("" for none). */
typedef struct row {
	const char *code, *name, *inv;
} row;

static int judge(const row *r, size_t n, idpair_stats *st, int *why)
{
	idpair *p = idpair_new();
	assert_non_null(p);
	for (size_t i = 0; i < n; i++)
		idpair_add(p, r[i].code, strlen(r[i].code), r[i].name, strlen(r[i].name), r[i].inv,
			   strlen(r[i].inv), i + 2);
	idpair_stats_get(p, st);
	idpair_free(p);
	return idpair_judge(st, why);
}

/* F1: a Reference new on each row (one line per order, no invoice column), an Item # new on
 * each line of five orders of two lines, a PO number new on each order of two lines: each is an
 * order's or a line's number, and the name is the id. */
static void test_per_order(void **state)
{
	(void)state;
	static const row ref[] = {{"ORD-1", "Case", ""}, {"ORD-2", "Cable", ""},
				  {"ORD-3", "Case", ""}, {"ORD-4", "Charger", ""},
				  {"ORD-5", "Cable", ""}, {"ORD-6", "Case", ""}};
	static const row line[] = {{"11", "Case", "A"}, {"12", "Cable", "A"}, {"13", "Case", "B"},
				   {"14", "Charger", "B"}, {"15", "Cable", "C"}, {"16", "Case", "C"},
				   {"17", "Case", "D"}, {"18", "Plug", "D"}, {"19", "Case", "E"},
				   {"20", "Cable", "E"}};
	static const row po[] = {{"PO-1", "Acme", "1"}, {"PO-1", "Acme", "1"},
				 {"PO-2", "Bell", "2"}, {"PO-2", "Bell", "2"},
				 {"PO-3", "Acme", "3"}, {"PO-4", "Crown", "4"},
				 {"PO-5", "Bell", "5"}, {"PO-5", "Bell", "5"}};
	idpair_stats st;
	int why;
	assert_int_equal(IDPAIR_NAME, judge(ref, 6, &st, &why));
	assert_int_equal(IDPAIR_BY_ORDER, why);
	assert_int_equal(6, st.codes);
	assert_int_equal(6, st.units);   /* each row its own invoice */
	assert_int_equal(0, st.back);
	assert_int_equal(IDPAIR_NAME, judge(line, 10, &st, &why));
	assert_int_equal(IDPAIR_BY_ORDER, why);
	assert_int_equal(10, st.codes);
	assert_int_equal(5, st.units);
	assert_int_equal(IDPAIR_NAME, judge(po, 8, &st, &why));
	assert_int_equal(IDPAIR_BY_ORDER, why);
	assert_int_equal(5, st.codes);
	assert_int_equal(5, st.units);
	assert_int_equal(2, st.namesakes);   /* Acme and Bell have two POs each */
}

/* The same files with the codes coming back on other orders: item and customer codes, which
 * name one thing each and no name twice: either column will do (the header's choice stays). */
static void test_codes_back(void **state)
{
	(void)state;
	static const row items[] = {{"C1", "Case", "A"}, {"C2", "Cable", "A"}, {"C1", "Case", "B"},
				    {"C3", "Charger", "B"}, {"C2", "Cable", "C"}, {"C1", "Case", "C"},
				    {"C4", "Lamp", "D"}, {"C5", "Plug", "D"}};
	idpair_stats st;
	int why;
	assert_int_equal(IDPAIR_EITHER, judge(items, 8, &st, &why));
	assert_int_equal(-1, why);
	assert_int_equal(5, st.codes);
	assert_int_equal(2, st.back);   /* C1 and C2 */
	assert_int_equal(0, st.multi);
}

/* F2: two John Smiths under SMI001 and SMI002, Acme written in two cases under one account,
 * in a file sorted by account: the code is the id, and the example names both codes. */
static void test_namesakes(void **state)
{
	(void)state;
	static const row r[] = {{"ACC001", "Acme Ltd", "1"}, {"ACC001", "ACME  LTD", "2"},
				{"BEL001", "Bell & Co", "3"}, {"BEL001", "Bell & Co", "4"},
				{"SMI001", "John Smith", "5"}, {"SMI001", "John Smith", "6"},
				{"SMI002", "John Smith", "7"}, {"SMI002", " John Smith", "8"},
				{"CRO001", "Crown", "9"}};
	/* the first code found again further down, not on the row above */
	static const row later[] = {{"SMI001", "John Smith", "1"}, {"CRO001", "Crown", "2"},
				    {"SMI002", "John Smith", "3"}, {"CRO001", "Crown", "4"},
				    {"SMI001", "John Smith ", "5"}, {"CRO001", "Crown", "6"}};
	idpair_stats st;
	int why;
	assert_int_equal(IDPAIR_CODE, judge(r, 9, &st, &why));
	assert_int_equal(IDPAIR_BY_NAMESAKES, why);
	assert_int_equal(0, st.multi);   /* Acme Ltd and ACME  LTD are one name */
	assert_int_equal(1, st.namesakes);
	assert_string_equal("John Smith", st.same_name);
	assert_string_equal("SMI001", st.code1);   /* the row above SMI002's first */
	assert_string_equal("SMI002", st.code2);
	assert_int_equal(IDPAIR_CODE, judge(later, 6, &st, &why));
	assert_string_equal("SMI001", st.code1);
	assert_string_equal("SMI002", st.code2);
}

/* A name is one name whatever its case, its tabs and its runs of blanks, across the eight-byte
 * words its key is made of; one byte more or another, past the eighth, is another name. */
static void test_name_folds(void **state)
{
	(void)state;
	static const row r[] = {{"W1", "Wholesale Partners Limited", "1"},
				{"W1", "WHOLESALE\tPARTNERS  LIMITED", "2"},
				{"W1", " wholesale partners \t limited\t", "3"},
				{"W2", "Wholesale Partners Limited", "4"},
				{"W2", "Wholesale Partners Limitee", "5"},
				{"W3", "Zed", "6"}, {"W3", "ZED", "7"},
				{"W4", "Wholesale Partners Limite", "8"},
				{"W4", "Wholesale Partners Limited", "9"},
				{"W5", "Wholesale  Partners", "10"}, {"W5", "Wholesale\t\tPartners", "11"}};
	idpair_stats st;
	int why;
	judge(r, 11, &st, &why);
	assert_int_equal(5, st.codes);
	assert_int_equal(2, st.multi);   /* W2 and W4 */
}

/* A G/L account beside its customers: one code, several names on most codes: the name. */
static void test_several_names(void **state)
{
	(void)state;
	static const row r[] = {{"200", "Acme", "1"}, {"200", "Bell", "2"}, {"200", "Crown", "3"},
				{"260", "Dale", "4"}, {"260", "Elm", "5"}, {"200", "Acme", "6"}};
	idpair_stats st;
	int why;
	assert_int_equal(IDPAIR_NAME, judge(r, 6, &st, &why));
	assert_int_equal(IDPAIR_BY_NAMES, why);
	assert_int_equal(2, st.multi);
	assert_int_equal(2, st.codes);
}

/* F9, F10: the code blank further down on rows whose name has its code above: the name; the
 * same blanks beside a name no code ever had, or beside namesakes, leave the code. */
static void test_blank_later(void **state)
{
	(void)state;
	static const row r[] = {{"C1", "Dale Farm", "1"}, {"C2", "Elm", "2"}, {"C1", "Dale Farm", "3"},
				{"C2", "Elm", "4"}, {"", "Dale Farm", "5"}, {"  ", "Elm", "6"},
				{"", "Dale Farm", "7"}};
	static const row unknown[] = {{"C1", "Dale Farm", "1"}, {"C2", "Elm", "2"},
				      {"C1", "Dale Farm", "3"}, {"", "Walk-in", "4"}};
	static const row twins[] = {{"C1", "Smith", "1"}, {"C2", "Smith", "2"}, {"C1", "Smith", "3"},
				    {"C2", "Smith", "4"}, {"", "Smith", "5"}};
	idpair_stats st;
	int why;
	/* blanks decide nothing here: ingest reads them by their name's code (alt_merge) */
	assert_int_equal(IDPAIR_EITHER, judge(r, 7, &st, &why));
	assert_int_equal(4, st.rows);
	assert_int_equal(IDPAIR_EITHER, judge(unknown, 4, &st, &why));
	assert_int_equal(IDPAIR_CODE, judge(twins, 5, &st, &why));
	assert_int_equal(IDPAIR_BY_NAMESAKES, why);
}

/* A file of one order, or of four codes, says nothing of orders: no verdict by it. */
static void test_small(void **state)
{
	(void)state;
	static const row one[] = {{"C1", "Case", "A"}, {"C2", "Cable", "A"}, {"C3", "Plug", "A"},
				  {"C4", "Lamp", "A"}, {"C5", "Mug", "A"}, {"C6", "Tee", "A"}};
	static const row four[] = {{"R1", "Case", ""}, {"R2", "Cable", ""}, {"R3", "Plug", ""},
				   {"R4", "Lamp", ""}};
	idpair_stats st;
	int why;
	assert_int_equal(IDPAIR_EITHER, judge(one, 6, &st, &why));
	assert_int_equal(1, st.units);
	assert_int_equal(IDPAIR_EITHER, judge(four, 4, &st, &why));
	assert_int_equal(IDPAIR_EITHER, judge(NULL, 0, &st, &why));
}

/* t73 F2: Item No, each invoice's line numbers 1, 2, 3 (SAP's 10, 20, 30), beside the
 * products, is no item's code: 5 runs of two lines or more, all numbered; codes 1 and 2 of
 * 3 stand beside several products. Codes in order that name one product each stay either;
 * 4 runs numbered of 5 are under nine in ten. */
static void test_line_numbers(void **state)
{
	(void)state;
	static const row lines[] = {{"1", "Mug", "A"}, {"2", "Jar", "A"}, {"1", "Jar", "B"},
				    {"2", "Pot", "B"}, {"3", "Mug", "B"}, {"1", "Pot", "C"},
				    {"2", "Mug", "C"}, {"1", "Mug", "D"}, {"2", "Pot", "D"},
				    {"1", "Jar", "E"}, {"2", "Mug", "E"}, {"1", "Pot", "F"}};
	static const row sap[] = {{"10", "Mug", "A"}, {"20", "Jar", "A"}, {"10", "Jar", "B"},
				  {"20", "Pot", "B"}, {"30", "Mug", "B"}, {"10", "Pot", "C"},
				  {"20", "Mug", "C"}, {"10", "Mug", "D"}, {"20", "Pot", "D"},
				  {"10", "Jar", "E"}, {"20", "Mug", "E"}};
	static const row own[] = {{"1", "Bread", "A"}, {"2", "Milk", "A"}, {"1", "Bread", "B"},
				  {"2", "Milk", "B"}, {"3", "Eggs", "B"}, {"1", "Bread", "C"},
				  {"2", "Milk", "C"}, {"1", "Bread", "D"}, {"2", "Milk", "D"},
				  {"1", "Bread", "E"}, {"2", "Milk", "E"}};
	static const row broken[] = {{"1", "Mug", "A"}, {"2", "Jar", "A"}, {"1", "Jar", "B"},
				     {"3", "Pot", "B"}, {"1", "Pot", "C"}, {"2", "Mug", "C"},
				     {"1", "Mug", "D"}, {"2", "Pot", "D"}, {"1", "Jar", "E"},
				     {"2", "Mug", "E"}};
	idpair_stats st;
	int why;
	assert_int_equal(IDPAIR_NAME, judge(lines, 12, &st, &why));
	assert_int_equal(IDPAIR_BY_LINE_NO, why);
	assert_int_equal(5, st.runs);   /* F, one line, is none */
	assert_int_equal(5, st.numbered);
	assert_int_equal(3, st.codes);
	assert_int_equal(2, st.multi);
	assert_int_equal(IDPAIR_NAME, judge(sap, 11, &st, &why));
	assert_int_equal(IDPAIR_BY_LINE_NO, why);
	assert_int_equal(IDPAIR_EITHER, judge(own, 11, &st, &why));
	assert_int_equal(5, st.numbered);
	assert_int_equal(0, st.multi);
	judge(broken, 10, &st, &why);
	assert_int_equal(4, st.numbered);
	assert_int_not_equal(IDPAIR_BY_LINE_NO, why);
}

/* t79 F9: five buyers, each with two phones used in turn, each phone one buyer's: every name
 * beside two codes, which the judge reads as namesakes (the code), and idpair_several calls a
 * buyer's several; F2's fixture (one John Smith of four names) and three names of two codes of
 * six (half, not more) stay namesakes. */
static void test_each_several(void **state)
{
	(void)state;
	static const char *const who[5] = {"Ana Silva", "Bruno Lima", "Carla Dias", "Eva Melo",
					   "Hugo Paz"};
	char code[10][16], inv[20][16];
	row r[20];
	for (int k = 0; k < 20; k++) {
		int p = k % 5, ph = k / 5 % 2;   /* rows 0-4 first phones, 5-9 second, again */
		snprintf(code[p * 2 + ph], sizeof code[0], "91%d%d", p, ph);
		snprintf(inv[k], sizeof inv[0], "%d", k + 1);
		r[k] = (row){code[p * 2 + ph], who[p], inv[k]};
	}
	static const row f2[] = {{"ACC001", "Acme Ltd", "1"}, {"BEL001", "Bell & Co", "2"},
				 {"SMI001", "John Smith", "3"}, {"SMI002", "John Smith", "4"},
				 {"CRO001", "Crown", "5"}, {"ACC001", "Acme Ltd", "6"}};
	/* each code on two invoices, as a customer's comes back */
	static const row half[] = {{"1", "A a", "1"}, {"2", "A a", "2"}, {"3", "B b", "3"},
				   {"4", "B b", "4"}, {"5", "C c", "5"}, {"6", "C c", "6"},
				   {"7", "D d", "7"}, {"8", "E e", "8"}, {"9", "F f", "9"},
				   {"1", "A a", "11"}, {"2", "A a", "12"}, {"3", "B b", "13"},
				   {"4", "B b", "14"}, {"5", "C c", "15"}, {"6", "C c", "16"},
				   {"7", "D d", "17"}, {"8", "E e", "18"}, {"9", "F f", "19"}};
	idpair_stats st;
	int why;
	assert_int_equal(IDPAIR_CODE, judge(r, 20, &st, &why));
	assert_int_equal(IDPAIR_BY_NAMESAKES, why);
	assert_int_equal(10, st.codes);
	assert_int_equal(5, st.names);
	assert_int_equal(5, st.namesakes);
	assert_int_equal(0, st.multi);
	assert_true(idpair_several(&st));
	assert_int_equal(IDPAIR_CODE, judge(f2, 6, &st, &why));
	assert_int_equal(4, st.names);
	assert_false(idpair_several(&st));
	assert_int_equal(IDPAIR_CODE, judge(half, 18, &st, &why));
	assert_int_equal(6, st.names);
	assert_int_equal(3, st.namesakes);
	assert_false(idpair_several(&st));
}

/* The other way (t79 F9's mirror): five phones or tax ids, each written beside two spellings
 * of its buyer's name (Ana Silva, A. Silva): most codes beside two names, each name beside one
 * code: idpair_spellings; a G/L account beside its customers (two codes) and five codes beside
 * six names each (a code of many things) are not. */
static void test_spellings(void **state)
{
	(void)state;
	static const row r[] = {{"501", "Ana Silva", "1"}, {"502", "Bruno Lima", "2"},
				{"503", "Carla Dias", "3"}, {"504", "Eva Melo", "4"},
				{"505", "Hugo Paz", "5"}, {"501", "A. Silva", "6"},
				{"502", "B. Lima", "7"}, {"503", "C. Dias", "8"},
				{"504", "E. Melo", "9"}, {"505", "H. Paz", "10"}};
	static const row gl[] = {{"200", "Acme", "1"}, {"200", "Bell", "2"}, {"200", "Crown", "3"},
				 {"260", "Dale", "4"}, {"260", "Elm", "5"}, {"200", "Acme", "6"}};
	row many[30];
	char name[30][16], inv[30][16];
	for (int k = 0; k < 30; k++) {
		snprintf(name[k], sizeof name[0], "N%d", k);
		snprintf(inv[k], sizeof inv[0], "%d", k);
		many[k] = (row){(const char *[]){"C1", "C2", "C3", "C4", "C5"}[k % 5], name[k],
				inv[k]};
	}
	idpair_stats st;
	int why;
	assert_int_equal(IDPAIR_NAME, judge(r, 10, &st, &why));
	assert_int_equal(IDPAIR_BY_NAMES, why);
	assert_int_equal(5, st.codes);
	assert_int_equal(5, st.multi);
	assert_int_equal(10, st.names);
	assert_int_equal(0, st.namesakes);
	assert_string_equal("501", st.multi_code);
	assert_string_equal("A. Silva", st.multi_name);
	assert_true(idpair_spellings(&st));
	judge(gl, 6, &st, &why);
	assert_false(idpair_spellings(&st));
	assert_int_equal(IDPAIR_NAME, judge(many, 30, &st, &why));
	assert_int_equal(30, st.names);
	assert_false(idpair_spellings(&st));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_per_order),
		cmocka_unit_test(test_codes_back),
		cmocka_unit_test(test_namesakes),
		cmocka_unit_test(test_name_folds),
		cmocka_unit_test(test_several_names),
		cmocka_unit_test(test_blank_later),
		cmocka_unit_test(test_small),
		cmocka_unit_test(test_line_numbers),
		cmocka_unit_test(test_each_several),
		cmocka_unit_test(test_spellings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
