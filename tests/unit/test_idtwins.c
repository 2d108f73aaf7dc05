/* test_idtwins.c — ids that are another id of their column written otherwise (t63 F3, F15,
 * F7, F18, F22): said with a pair when they are, silent for columns that merely look alike. */
#include "testutil.h"

#include "idtwins.h"

static rr_strtab *table_of(const char *const *ids)
{
	rr_strtab *t = strtab_new();
	assert_non_null(t);
	for (; *ids; ids++)
		assert_int_not_equal(RR_NONE, strtab_intern(t, *ids, strlen(*ids)));
	return t;
}

/* F3: Cust001 / CUST001, a hash in both cases: counted in groups with a pair and the way
 * (clean casefold on); ids with no letters or of one case each, nothing. */
static void test_case(void **state)
{
	(void)state;
	static const char *const twins[] = {"Cust001", "K2", "CUST001", "ab12ef", "AB12EF", "x9", NULL};
	static const char *const none[] = {"CUST001", "CUST002", "12345", "cust003", NULL};
	char out[640] = "";
	rr_strtab *t = table_of(twins);
	assert_int_equal(1, idtwins_case(t, "customer", out, sizeof out));
	assert_non_null(strstr(out, "warning: 4 customer ids in 2 groups differ only in letter case "
				    "('CUST001' beside 'Cust001'"));
	assert_non_null(strstr(out, "'clean casefold on' reads each group as one customer"));
	strtab_free(t);
	out[0] = '\0';
	t = table_of(none);
	assert_int_equal(0, idtwins_case(t, "customer", out, sizeof out));
	assert_string_equal("", out);
	strtab_free(t);
}

/* F15: half a column's 16-digit card numbers cut to 15 digits, each beside its whole self:
 * warned with a pair; a run of consecutive card numbers (one in ten ends in 0 and shares its
 * first 15 digits with the rest) and a column cut whole (ingest's own warning): nothing. */
static void test_cut(void **state)
{
	(void)state;
	char ids[64][24];
	const char *v[65];
	int n = 0;
	for (int k = 0; k < 12; k++) {   /* 12 cards, 8 of them also written cut */
		snprintf(ids[n], sizeof ids[n], "92760000%07d%d", 104000 + 37 * k, 1 + k % 9);
		v[n] = ids[n], n++;
		if (k < 8) {
			snprintf(ids[n], sizeof ids[n], "92760000%07d0", 104000 + 37 * k);
			v[n] = ids[n], n++;
		}
	}
	v[n] = NULL;
	char out[640] = "";
	rr_strtab *t = table_of(v);
	assert_int_equal(1, idtwins_cut(t, "customer", out, sizeof out));
	assert_non_null(strstr(out, "warning: 8 customer ids of 16 digits or more end in zeros past "
				    "their 15th digit and share their first 15 digits with another id "
				    "('9276000001040000' beside '9276000001040001')"));
	strtab_free(t);
	n = 0;   /* consecutive cards 6001234567890100..6001234567890199 */
	for (int k = 0; k < 60; k++) {
		snprintf(ids[n], sizeof ids[n], "60012345678901%02d", k % 100);
		v[n] = ids[n], n++;
	}
	v[n] = NULL;
	out[0] = '\0';
	t = table_of(v);
	assert_int_equal(0, idtwins_cut(t, "customer", out, sizeof out));
	assert_string_equal("", out);
	strtab_free(t);
	static const char *const whole[] = {"9276000001040000", "9276000001040370",
					    "9276000001040740", NULL};
	t = table_of(whole);
	assert_int_equal(0, idtwins_cut(t, "customer", out, sizeof out));
	strtab_free(t);
}

/* F7: one phone written four ways is one key; a note with a pair. All-digit ids that differ in
 * a leading 0 (the leading-zero warning's) and ids that are no phone: nothing. */
static void test_phones(void **state)
{
	(void)state;
	char k1[32], k2[32];
	static const char *const same[] = {"+7 912 123-45-67", "89121234567", "8 (912) 123-45-67",
					   "+79121234567", "007 912 1234567", NULL};
	assert_int_equal(10, idtwins_phone_key(same[0], strlen(same[0]), k1, sizeof k1));
	for (int k = 1; same[k]; k++) {
		assert_int_equal(10, idtwins_phone_key(same[k], strlen(same[k]), k2, sizeof k2));
		assert_string_equal(k1, k2);
	}
	/* the UK's trunk 0 and +44 (0), the US's 1 */
	assert_true(idtwins_phone_key("+44 (0)20 7946 0018", 19, k1, sizeof k1) > 0);
	assert_true(idtwins_phone_key("020 7946 0018", 13, k2, sizeof k2) > 0);
	assert_string_equal(k1, k2);
	assert_true(idtwins_phone_key("+1 (212) 555-0123", 17, k1, sizeof k1) > 0);
	assert_true(idtwins_phone_key("212.555.0123", 12, k2, sizeof k2) > 0);
	assert_string_equal(k1, k2);
	assert_int_equal(0, idtwins_phone_key("CUST-1234567", 12, k1, sizeof k1));
	assert_int_equal(0, idtwins_phone_key("12345", 5, k1, sizeof k1));
	char out[640] = "";
	rr_strtab *t = table_of(same);
	assert_int_equal(1, idtwins_phones(t, "customer", out, sizeof out));
	assert_non_null(strstr(out, "note: 5 customer ids equal another once blanks, dashes, dots and "
				    "brackets are dropped"));
	assert_non_null(strstr(out, "('89121234567' beside '+7 912 123-45-67')"));
	strtab_free(t);
	static const char *const zeros[] = {"0123456789", "123456789", "5550001", NULL};
	out[0] = '\0';
	t = table_of(zeros);
	assert_int_equal(0, idtwins_phones(t, "customer", out, sizeof out));
	assert_string_equal("", out);
	strtab_free(t);
}

/* The key of s under plan p (its spellings all of form forms), "" when it stays. */
static const char *plan_key(const char *cc, const char *s, int forms)
{
	static char out[32];
	const idtwins_plan *p = idtwins_plan_of(cc);
	assert_non_null(p);
	out[0] = '\0';
	size_t n = idtwins_plan_key(p, s, strlen(s), forms, out, sizeof out);
	assert_int_equal(n, strlen(out));
	return out;
}

/* t88 F1, F8: how a number is written (its form, its code), and a bare key under a column's
 * plan: the code and a number of the plan's length is that number (NANP 15552013344, UK
 * 447700900123, DE 491716909973, HU 36301234567, Hungary's trunk 06); a key no longer than the
 * plan's numbers (a 10-digit German 49...), one not all bare, or whose rest is no number of
 * the plan (NANP's 1 before a 1) stays. */
static void test_phone_plans(void **state)
{
	(void)state;
	char key[32], cc[4];
	int form;
	assert_int_equal(10, idtwins_phone_form("+1 (555) 201-3344", 17, key, sizeof key, &form, cc));
	assert_int_equal(IDTWINS_PHONE_INTL, form);
	assert_string_equal("1", cc);
	assert_string_equal("5552013344", key);
	assert_int_equal(11, idtwins_phone_form("1-555-201-3344", 14, key, sizeof key, &form, cc));
	assert_int_equal(IDTWINS_PHONE_BARE, form);
	assert_string_equal("", cc);
	assert_int_equal(10, idtwins_phone_form("06 30 123 4567", 14, key, sizeof key, &form, cc));
	assert_int_equal(IDTWINS_PHONE_TRUNK, form);
	assert_string_equal("6301234567", key);
	assert_int_equal(9, idtwins_phone_form("0036 30 123 4567", 16, key, sizeof key, &form, cc));
	assert_string_equal("36", cc);
	assert_int_equal(0, idtwins_phone_form("CUST-1234567", 12, key, sizeof key, &form, cc));
	assert_int_equal(0, form);

	assert_string_equal("5552013344", plan_key("1", "15552013344", IDTWINS_PHONE_BARE));
	assert_string_equal("", plan_key("1", "5552013344", IDTWINS_PHONE_BARE));
	assert_string_equal("", plan_key("1", "11552013344", IDTWINS_PHONE_BARE));
	assert_string_equal("", plan_key("1", "15552013344", IDTWINS_PHONE_BARE | IDTWINS_PHONE_INTL));
	assert_string_equal("7700900123", plan_key("44", "447700900123", IDTWINS_PHONE_BARE));
	assert_string_equal("", plan_key("44", "4477009001", IDTWINS_PHONE_BARE));
	assert_string_equal("1716909973", plan_key("49", "491716909973", IDTWINS_PHONE_BARE));
	assert_string_equal("", plan_key("49", "4930123456", IDTWINS_PHONE_BARE));
	assert_string_equal("301234567", plan_key("36", "36301234567", IDTWINS_PHONE_BARE));
	assert_string_equal("301234567", plan_key("36", "6301234567", IDTWINS_PHONE_TRUNK));
	assert_string_equal("12345678", plan_key("36", "612345678", IDTWINS_PHONE_TRUNK));
	assert_string_equal("", plan_key("36", "6301234567", IDTWINS_PHONE_BARE));
	assert_string_equal("", plan_key("44", "7700900123", IDTWINS_PHONE_TRUNK));
	assert_null(idtwins_plan_of("39"));   /* Italy: its 0 is the number's */

	/* the column's country: three in four of its +numbers, three at least */
	const char *codes[] = {"1", "49", "33"};
	size_t us[] = {30, 2, 1}, half[] = {5, 5, 0}, few[] = {2, 0, 0};
	assert_string_equal("1", idtwins_plan_shown(codes, us, 3, 33)->cc);
	assert_null(idtwins_plan_shown(codes, half, 2, 10));
	assert_null(idtwins_plan_shown(codes, few, 1, 2));
	assert_null(idtwins_plan_shown(codes, us, 3, 60));   /* 30 of 60: a mixed column */
	const char *it[] = {"39"};
	size_t many[] = {20};
	assert_null(idtwins_plan_shown(it, many, 1, 20));
}

/* t88 F1: bare numbers that are a code before another id's number, left as written: a warning
 * with the count, a pair and the plan, in a column named as phones from one pair, in another
 * from three; ids that differ in a leading 0 or are no phones: nothing. */
static void test_phone_codes(void **state)
{
	(void)state;
	static const char *const us[] = {"15552013344", "5552013344", "2125550147", NULL};
	static const char *const de[] = {"4930123456", "030 123456", NULL};
	static const char *const none[] = {"0123456789", "123456789", "CUST-15552013344", NULL};
	char out[640] = "";
	const idtwins_plan *p = NULL;
	rr_strtab *t = table_of(us);
	assert_int_equal(1, idtwins_phone_codes(t, 1, "customer", out, sizeof out, &p));
	assert_non_null(strstr(out, "warning: 1 customer id is another's number with a country code "
				    "written before it without + or 00 ('15552013344' beside "
				    "'5552013344': one number if the shop's phones are +1's, North "
				    "America (NANP))"));
	assert_string_equal("1", p->cc);
	out[0] = '\0';
	assert_int_equal(0, idtwins_phone_codes(t, 0, "customer", out, sizeof out, &p));
	assert_string_equal("", out);
	strtab_free(t);
	t = table_of(de);
	assert_int_equal(1, idtwins_phone_codes(t, 1, "customer", out, sizeof out, &p));
	assert_string_equal("49", p->cc);
	strtab_free(t);
	out[0] = '\0';
	t = table_of(none);
	assert_int_equal(0, idtwins_phone_codes(t, 1, "customer", out, sizeof out, &p));
	assert_string_equal("", out);
	strtab_free(t);
}

/* t86 F9: a loyalty card's number written in groups on part of the rows (6358 0880 3031
 * 3094, 6358-0880-3031-3094) beside the same digits plain: counted in groups with a pair.
 * Innocent look-alikes say nothing: a column whose every card is grouped (a fuel card
 * statement's), short codes whose groups mean something (branch 1-23, 12-3 beside 123), a
 * phone's eleven digits (idtwins_phones' note), ids of letters and digits. */
static void test_grouped(void **state)
{
	(void)state;
	static const char *const twins[] = {"6358088030313094", "6358 0880 3031 3094",
					    "6358-0880-3031-3094", "6358045158759912",
					    "6358 0451 5875 9912", "6358000000000001", NULL};
	char out[640] = "";
	rr_strtab *t = table_of(twins);
	assert_int_equal(1, idtwins_grouped(t, "customer", out, sizeof out));
	assert_non_null(strstr(out, "warning: 5 customer ids in 2 groups differ only by blanks or "
				    "hyphens between groups of digits ('6358 0880 3031 3094' beside "
				    "'6358088030313094'"));
	strtab_free(t);
	static const char *const none[][5] = {
		{"7034 5948 2579 4248 5", "7034 8648 9081 4659 5", "7034 0196 1141 8228 5", NULL},
		{"1-23", "12-3", "123", "1 23", NULL},
		{"0171 123 4567", "01711234567", NULL},
		{"AB 1234 5678 9012", "AB123456789012", "CUST-123456789012", NULL}};
	for (size_t k = 0; k < sizeof none / sizeof *none; k++) {
		out[0] = '\0';
		t = table_of(none[k]);
		assert_int_equal(0, idtwins_grouped(t, "customer", out, sizeof out));
		assert_string_equal("", out);
		strtab_free(t);
	}
}

/* F18: mia3+box@gmail.com beside mia3@gmail.com, one mailbox: counted in groups with a pair;
 * the key drops the tag and folds the letters; a tag with no untagged twin, a '+' outside an
 * address's name and ids that are no address say nothing. */
static void test_tags(void **state)
{
	(void)state;
	static const char *const keys[][2] = {
		{"mia3+box@gmail.com", "mia3@gmail.com"}, {"Mia3+Box@GMail.com", "mia3@gmail.com"},
		{"a+b+c@x.org", "a@x.org"}, {"mia3@gmail.com", "mia3@gmail.com"},
	};
	static const char *const nokey[] = {"+box@gmail.com", "mia3+box", "a@b@c", "@x.org",
					    "mia3@", "a b+c@x.org", "+49 30 1234", ""};
	char key[64];
	int tagged;
	for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
		size_t n = idtwins_tag_key(keys[k][0], strlen(keys[k][0]), key, sizeof key, &tagged);
		assert_int_equal(strlen(keys[k][1]), n);
		assert_string_equal(keys[k][1], key);
		assert_int_equal(k < 3, tagged);
	}
	for (size_t k = 0; k < sizeof nokey / sizeof *nokey; k++)
		assert_int_equal(0, idtwins_tag_key(nokey[k], strlen(nokey[k]), key, sizeof key,
						    &tagged));
	static const char *const twins[] = {"mia3@gmail.com", "ann@x.org", "mia3+box@gmail.com",
					    "bo+news@y.net", "bo@y.net", "bo+shop@y.net", NULL};
	/* and a marketplace's relay (Trendyol: each buyer a tag of one name, no plain one; or
	 * more tags than a person's beside it) */
	static const char *const none[] = {"mia3+box@gmail.com", "mia4@gmail.com", "c++@z.io",
					   "+1 555 0100", "cust+1", "pf+c01@t.com", "pf+c02@t.com",
					   "r@m.io", "r+1@m.io", "r+2@m.io", "r+3@m.io", "r+4@m.io",
					   "r+5@m.io", "r+6@m.io", NULL};
	char out[640] = "";
	rr_strtab *t = table_of(twins);
	assert_int_equal(1, idtwins_tags(t, "customer", out, sizeof out));
	assert_non_null(strstr(out, "warning: 5 customer ids in 2 groups are e-mail addresses equal "
				    "once a +tag before the @ is dropped ('mia3+box@gmail.com' beside "
				    "'mia3@gmail.com')"));
	strtab_free(t);
	out[0] = '\0';
	t = table_of(none);
	assert_int_equal(0, idtwins_tags(t, "customer", out, sizeof out));
	assert_string_equal("", out);
	strtab_free(t);
}

/* F22: CUS-00077 on the first half's rows, 77 on the second's (an old till, then a new one):
 * a note with a pair; the same ids over one period, one group alone, or groups of one form
 * (CUS-077 beside CUST-77, 077 beside 77) say nothing. */
static void test_prefix(void **state)
{
	(void)state;
	static const char *const keys[][2] = {
		{"CUS-00077", "77"}, {"77", "77"}, {"K#0012", "12"}, {"cust_5", "5"},
		{"A 0", "0"}, {"000", "0"},
	};
	static const char *const nokey[] = {"CUS-", "CUS--77", "77a", "C-7-7", "", "-77", "CUS77X"};
	char key[64];
	int p;
	for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
		size_t n = idtwins_prefix_key(keys[k][0], strlen(keys[k][0]), key, sizeof key, &p);
		assert_int_equal(strlen(keys[k][1]), n);
		assert_string_equal(keys[k][1], key);
		assert_int_equal(keys[k][0][0] > '9', p);
	}
	for (size_t k = 0; k < sizeof nokey / sizeof *nokey; k++)
		assert_int_equal(0, idtwins_prefix_key(nokey[k], strlen(nokey[k]), key, sizeof key, &p));
	static const char *const ids[] = {"CUS-00077", "CUS-00078", "CUS-00079", "77", "78", "79",
					  "90", NULL};
	/* rows: the prefixed ids in January, the bare ones in July; then all in one period */
	uint32_t cust[] = {0, 1, 2, 0, 3, 4, 5, 6, RR_NONE};
	int32_t apart[] = {100, 200, 300, 400, 9000, 9100, 9200, 9300, 50};
	int32_t mixed[] = {100, 200, 9050, 400, 9000, 9100, 9200, 9300, 50};
	char out[640] = "";
	rr_strtab *t = table_of(ids);
	assert_int_equal(1, idtwins_prefix(t, cust, apart, 9, "customer", out, sizeof out));
	assert_non_null(strstr(out, "note: 6 customer ids in 3 groups equal another once a letter "
				    "prefix and leading zeros are dropped ('77' beside 'CUS-00077')"));
	out[0] = '\0';
	assert_int_equal(0, idtwins_prefix(t, cust, mixed, 9, "customer", out, sizeof out));
	assert_string_equal("", out);
	strtab_free(t);
	static const char *const one[] = {"CUS-00077", "77", "78", NULL};
	static const char *const same[] = {"CUS-077", "CUST-77", "CUS-078", "CUST-78", "079",
					   "79", "080", "80", NULL};
	uint32_t c2[] = {0, 1, 2, 3, 4, 5, 6, 7};
	int32_t m2[] = {1, 2, 900, 901, 1, 2, 900, 901};
	t = table_of(one);
	assert_int_equal(0, idtwins_prefix(t, c2, m2, 3, "customer", out, sizeof out));
	strtab_free(t);
	t = table_of(same);
	assert_int_equal(0, idtwins_prefix(t, c2, m2, 8, "customer", out, sizeof out));
	assert_string_equal("", out);
	strtab_free(t);
}

/* t74 F27: a tax id's spellings, 5072822514, 507-282-25-14 and PL5072822514, one key (the
 * EU VAT country prefix and the marks dropped, letters kept: Spain's B, Austria's U); no key
 * for a short number, a byte past ASCII or another mark. The phone note counts a prefixed
 * one beside its bare number, and says so. */
static void test_vat_spellings(void **state)
{
	(void)state;
	static const char *const keys[][2] = {
		{"5072822514", "5072822514"}, {"507-282-25-14", "5072822514"},
		{"PL5072822514", "5072822514"}, {"pl 507 282 25 14", "5072822514"},
		{"DE 123 456 789", "123456789"}, {"ESB12345678", "B12345678"},
		{"ATU12345678", "U12345678"}, {"EL094259216", "094259216"},
		{"GR094259216", "094259216"}, {"XI 123 4567 89", "123456789"},
	};
	static const char *const nokey[] = {"12345", "PL1234", "M\xC3\xBCller 12345678",
					    "507_282_25_14", "", "ABCDEFGHIJ"};
	char key[32];
	for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
		size_t n = idtwins_vat_key(keys[k][0], strlen(keys[k][0]), key, sizeof key);
		assert_int_equal(strlen(keys[k][1]), n);
		assert_string_equal(keys[k][1], key);
	}
	for (size_t k = 0; k < sizeof nokey / sizeof *nokey; k++)
		if (idtwins_vat_key(nokey[k], strlen(nokey[k]), key, sizeof key))
			fail_msg("'%s' keyed '%s'", nokey[k], key);
	static const char *const ids[] = {"5072822514", "PL5072822514", "1234567890", NULL};
	char out[640] = "";
	rr_strtab *t = table_of(ids);
	assert_int_equal(1, idtwins_phones(t, "customer", out, sizeof out));
	assert_non_null(strstr(out, "note: 2 customer ids equal another"));
	assert_non_null(strstr(out, "an EU VAT country prefix (PL, DE...) is read alike"));
	strtab_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vat_spellings),
		cmocka_unit_test(test_case),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_phones),
		cmocka_unit_test(test_phone_plans),
		cmocka_unit_test(test_phone_codes),
		cmocka_unit_test(test_grouped),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_prefix),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
