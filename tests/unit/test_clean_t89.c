/* test_clean_t89.c — tester t89's findings on the lines of no product: the load says every
 * such line it drops (F8). Truths by hand, in the comments. */
#include "testutil.h"

#include <stdlib.h>

#include "clean.h"
#include "ingest.h"
#include "rows.h"
#include "strtab.h"

/* The kind (RR_NP_*) the default rules give code of the file text, or -1 when no such code. */
static int kind_of(const char *text, const char *code)
{
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_load(p, NULL, 0, NULL);
	tu_remove(p);
	assert_non_null(r);
	rr_clean c;
	rr_clean_ctx x;
	assert_int_equal(0, clean_init(&c));
	assert_int_equal(0, clean_ctx_init(&x, &c, r));
	uint32_t k = strtab_find(r->codes, code, strlen(code));
	int kind = k == RR_NONE ? -1 : x.code_np[k];
	clean_ctx_free(&x);
	clean_free(&c);
	rows_free(r);
	return kind;
}

/* F8: an item of no description (the shop's Nazwa column is no name relrec knows) is named by
 * its code, so a name of the list there is dropped as a name, which the load's note says
 * (RR_NP_NAME), as it is in a file that describes it by itself; a code the shop describes
 * otherwise stays the shop's own code (RR_NP_CODE, unsaid: the shop knows it). */
static void test_f8_undescribed_names_said(void **state)
{
	(void)state;
	static const char bare[] = "Nr paragonu;Data;Nr klienta;Towar;Ilosc;Cena\n"
				   "1;02.01.2024 10:00;K1;Mleko 1l;2;3,99\n"
				   "1;02.01.2024 10:00;K1;Napiwek;1;5,00\n"
				   "2;03.01.2024 11:00;K2;Chleb;1;5,49\n"
				   "2;03.01.2024 11:00;K2;Zaokr\xC4\x85glenie;1;0,01\n";
	assert_int_equal(RR_NP_NAME, kind_of(bare, "Napiwek"));
	assert_int_equal(RR_NP_NAME, kind_of(bare, "Zaokr\xC4\x85glenie"));
	assert_int_equal(0, kind_of(bare, "Mleko 1l"));
	static const char described[] = "Nr paragonu;Data;Nr klienta;Towar;Nazwa towaru;Ilosc;Cena\n"
					"1;02.01.2024 10:00;K1;Mleko 1l;Mleko 1l;2;3,99\n"
					"1;02.01.2024 10:00;K1;Napiwek;Napiwek;1;5,00\n"
					"2;03.01.2024 11:00;K2;VAT;Podatek;1;0,50\n";
	assert_int_equal(RR_NP_NAME, kind_of(described, "Napiwek"));
	assert_int_equal(RR_NP_CODE, kind_of(described, "VAT"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_f8_undescribed_names_said),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
