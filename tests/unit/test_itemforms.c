/* test_itemforms.c — item codes that name one product in several forms (t63 F5, F10, F11): a
 * scale label's in-store EAN-13, an ISBN-10 beside its ISBN-13, a 10-digit NDC beside its
 * 11-digit form. Found by check digit and layout; read as the other only when asked. */
#include "testutil.h"

#include "itemforms.h"

static rr_strtab *table_of(const char *const *ids)
{
	rr_strtab *t = strtab_new();
	assert_non_null(t);
	for (; *ids; ids++)
		assert_int_not_equal(RR_NONE, strtab_intern(t, *ids, strlen(*ids)));
	return t;
}

static uint32_t id_of(const rr_strtab *t, const char *s)
{
	uint32_t id = strtab_find(t, s, strlen(s));
	assert_int_not_equal(RR_NONE, id);
	return id;
}

/* GS1 check digits, and the in-store prefixes: 20 and 29 are, 19 and 30 are not. */
static void test_check_digits(void **state)
{
	(void)state;
	assert_true(itemforms_gs1_valid("4006381333931", 13));
	assert_false(itemforms_gs1_valid("4006381333932", 13));
	assert_true(itemforms_gs1_valid("96385074", 8));
	assert_false(itemforms_gs1_valid("40063813339A1", 13));
	assert_true(itemforms_in_store("2001234001502", 13));
	assert_true(itemforms_in_store("2901234001505", 13));
	assert_true(itemforms_in_store("2104011001532", 13));
	assert_false(itemforms_in_store("2001234001503", 13));   /* a bad check digit */
	assert_false(itemforms_in_store("1901234001506", 13));   /* valid, prefix 19 */
	assert_false(itemforms_in_store("3001234001501", 13));   /* valid, prefix 30 */
	assert_false(itemforms_in_store("200123400150", 12));
}

/* F5: weighings of one product (prefix 21, item 04011) found with a pair; under scale each is
 * read as the PLU the column holds (4011), and weighings of a product with no PLU as their
 * first 7 digits. A lone in-store code, bad check digits and prefixes 19/30 stay. */
static void test_scale(void **state)
{
	(void)state;
	static const char *const ids[] = {
		"4011", "2104011001532", "2104011004557", "2001234001502", "2001234002752",
		"2100777123457",                    /* alone: a shop's own 13-digit code */
		"2001234001503", "2001234002753",   /* bad check digits */
		"1901234001506", "1901234002756", "3001234001501", "3001234002751", NULL};
	rr_strtab *t = table_of(ids);
	itemforms_found f;
	uint32_t *to = NULL;
	assert_int_equal(0, itemforms_scan(t, 0, &f, &to));
	assert_null(to);
	assert_int_equal(4, f.count[ITEMFORMS_SCALE]);
	assert_string_equal("2104011001532", f.pair[ITEMFORMS_SCALE][0]);
	assert_string_equal("2104011004557", f.pair[ITEMFORMS_SCALE][1]);
	assert_int_equal(0, f.count[ITEMFORMS_ISBN] + f.count[ITEMFORMS_NDC]);
	assert_int_equal(0, itemforms_scan(t, 1u << ITEMFORMS_SCALE, &f, &to));
	assert_non_null(to);
	assert_int_equal(4, f.count[ITEMFORMS_SCALE]);
	assert_true(f.plu);
	uint32_t plu = id_of(t, "4011"), seven = id_of(t, "2001234");
	assert_int_equal(plu, to[id_of(t, "2104011001532")]);
	assert_int_equal(plu, to[id_of(t, "2104011004557")]);
	assert_int_equal(seven, to[id_of(t, "2001234001502")]);
	assert_int_equal(seven, to[id_of(t, "2001234002752")]);
	for (const char *const *s = ids + 5; *s; s++)
		assert_int_equal(id_of(t, *s), to[id_of(t, *s)]);
	free(to);
	strtab_free(t);
}

/* F10: ISBN-13 written with hyphens or blanks, ISBN-10 with an X and with its leading zero
 * dropped; an ISBN-10 whose ISBN-13 is not in the column, and a wrong check digit, stay. */
static void test_isbn(void **state)
{
	(void)state;
	char d[13];
	assert_int_equal(13, itemforms_isbn13("978-0-306-40615-7", 17, d));
	assert_memory_equal("9780306406157", d, 13);
	assert_int_equal(13, itemforms_isbn13("978 0 306 40615 7", 17, d));
	assert_int_equal(0, itemforms_isbn13("978-0-306-40615-8", 17, d));
	assert_int_equal(0, itemforms_isbn13("4006381333931", 13, d));   /* an EAN, no ISBN */
	assert_int_equal(0, itemforms_isbn13("978--0306406157", 15, d));
	assert_int_equal(13, itemforms_isbn10_13("0306406152", 10, d));
	assert_memory_equal("9780306406157", d, 13);
	assert_int_equal(13, itemforms_isbn10_13("306406152", 9, d));
	assert_int_equal(13, itemforms_isbn10_13("0-306-40615-2", 13, d));
	assert_int_equal(13, itemforms_isbn10_13("044022165X", 10, d));
	assert_memory_equal("9780440221654", d, 13);
	assert_int_equal(0, itemforms_isbn10_13("0306406153", 10, d));
	assert_int_equal(0, itemforms_isbn10_13("X306406152", 10, d));
	static const char *const ids[] = {"9780306406157", "0306406152", "306406152", "044022165X",
					  "9780440221654", "0140449132", "1234567890", NULL};
	rr_strtab *t = table_of(ids);
	itemforms_found f;
	uint32_t *to = NULL;
	assert_int_equal(0, itemforms_scan(t, 0, &f, &to));
	assert_null(to);
	assert_int_equal(3, f.count[ITEMFORMS_ISBN]);
	assert_string_equal("0306406152", f.pair[ITEMFORMS_ISBN][0]);
	assert_string_equal("9780306406157", f.pair[ITEMFORMS_ISBN][1]);
	assert_int_equal(0, itemforms_scan(t, 1u << ITEMFORMS_ISBN, &f, &to));
	assert_non_null(to);
	assert_int_equal(0, to[id_of(t, "306406152")]);
	assert_int_equal(id_of(t, "9780440221654"), to[id_of(t, "044022165X")]);
	assert_int_equal(id_of(t, "0140449132"), to[id_of(t, "0140449132")]);   /* no 13 */
	free(to);
	strtab_free(t);
}

/* F10: an ISBN-13 with hyphens or blanks read as its digits unasked, whether the column writes
 * them whole (merged) or not (interned); a wrong check digit and an EAN stay. */
static void test_isbn_spellings(void **state)
{
	(void)state;
	static const char *const ids[] = {"9780306406157", "978-0-306-40615-7", "978 0440 22165 4",
					  "978-0-440-22165-4", "978-0-306-40615-8", "400-638-133-393-1",
					  NULL};
	rr_strtab *t = table_of(ids);
	uint32_t *to = NULL;
	size_t c = 0;
	char pair[2][32];
	assert_int_equal(0, itemforms_isbn_spellings(t, &to, &c, pair));
	assert_non_null(to);
	assert_int_equal(3, c);
	assert_string_equal("978-0-306-40615-7", pair[0]);
	assert_string_equal("9780306406157", pair[1]);
	uint32_t whole = id_of(t, "9780440221654");   /* interned */
	assert_int_equal(0, to[1]);
	assert_int_equal(whole, to[2]);
	assert_int_equal(whole, to[3]);
	assert_int_equal(4, to[4]);
	assert_int_equal(5, to[5]);
	free(to);
	strtab_free(t);
}

/* F11: the three 10-digit NDC layouts padded to 5-4-2; found beside the 11-digit form written
 * with hyphens or whole, and read as it under ndc. */
static void test_ndc(void **state)
{
	(void)state;
	char d[11];
	assert_int_equal(11, itemforms_ndc10_11("0002-1433-80", 12, d));
	assert_memory_equal("00002143380", d, 11);
	assert_int_equal(11, itemforms_ndc10_11("50580-506-02", 12, d));
	assert_memory_equal("50580050602", d, 11);
	assert_int_equal(11, itemforms_ndc10_11("12345-6789-1", 12, d));
	assert_memory_equal("12345678901", d, 11);
	assert_int_equal(0, itemforms_ndc10_11("00002-1433-80", 13, d));   /* already 11 */
	assert_int_equal(0, itemforms_ndc10_11("0002143380", 10, d));      /* no layout */
	assert_int_equal(0, itemforms_ndc10_11("AB-1433-80", 10, d));
	static const char *const ids[] = {"0002-1433-80", "00002-1433-80", "50580-506-02",
					  "50580050602", "0781-1506-10", NULL};
	rr_strtab *t = table_of(ids);
	itemforms_found f;
	uint32_t *to = NULL;
	assert_int_equal(0, itemforms_scan(t, 0, &f, &to));
	assert_int_equal(2, f.count[ITEMFORMS_NDC]);
	assert_string_equal("0002-1433-80", f.pair[ITEMFORMS_NDC][0]);
	assert_string_equal("00002-1433-80", f.pair[ITEMFORMS_NDC][1]);
	assert_int_equal(0, itemforms_scan(t, 1u << ITEMFORMS_NDC, &f, &to));
	assert_int_equal(1, to[0]);
	assert_int_equal(3, to[2]);
	assert_int_equal(4, to[4]);
	free(to);
	strtab_free(t);
}

static void test_parse(void **state)
{
	(void)state;
	unsigned bits = 0;
	assert_int_equal(0, itemforms_parse("scale,ndc", &bits));
	assert_int_equal(1u << ITEMFORMS_SCALE | 1u << ITEMFORMS_NDC, bits);
	assert_int_equal(0, itemforms_parse(NULL, &bits));
	assert_int_equal(0, bits);
	assert_int_equal(-1, itemforms_parse("scales", &bits));
	assert_int_equal(-1, itemforms_parse("", &bits));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_digits),
		cmocka_unit_test(test_scale),
		cmocka_unit_test(test_isbn),
		cmocka_unit_test(test_isbn_spellings),
		cmocka_unit_test(test_ndc),
		cmocka_unit_test(test_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
