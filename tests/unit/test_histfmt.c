/* test_histfmt.c — the Recommend screen's history cells (ui/histfmt.h): a spend is never
 * shown as 0 when it is not (H&M's prices are near 0.03), cents while they fit, and the
 * stock code column as wide as the codes within its limits (H&M's ten-digit codes, eBay's
 * twelve). ui/histfmt.c is pure: it is compiled in here, as test_ticks does. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../ui/histfmt.c"

static const char *money(double n)
{
	static char buf[32];
	return hist_money(n, buf, sizeof buf);
}

static void test_money(void **state)
{
	(void)state;
	assert_string_equal("0.00", money(0));
	assert_string_equal("0.03", money(0.0339));
	assert_string_equal("0.10", money(0.1016));
	assert_string_equal("<0.01", money(0.004));
	assert_string_equal("-<0.01", money(-0.001));
	assert_string_equal("1.00", money(0.996));
	assert_string_equal("412.50", money(412.5));
	assert_string_equal("1,234.50", money(1234.5));
	assert_string_equal("-1,234.50", money(-1234.5));
	assert_string_equal("99,999.99", money(99999.99));
	/* wider than the column with cents: whole units */
	assert_string_equal("100,000", money(99999.999));
	assert_string_equal("1,234,568", money(1234567.89));
	assert_string_equal("-12,346", money(-12345.67));   /* the sign counts too */
}

static void test_code_width(void **state)
{
	(void)state;
	/* short codes keep the header's width */
	assert_int_equal(HIST_CODE_MIN, hist_code_width(5, 100, 29));
	/* H&M's 0685687001: ten columns, so 0685687001 and 0685687003 differ on screen */
	assert_int_equal(10, hist_code_width(10, 100, 29));
	assert_int_equal(12, hist_code_width(12, 100, 29));
	/* at most HIST_CODE_MAX, and at most half of what the code and description share */
	assert_int_equal(HIST_CODE_MAX, hist_code_width(60, 200, 29));
	assert_int_equal(15, hist_code_width(40, 59, 29));
	assert_int_equal(HIST_CODE_MIN, hist_code_width(40, 40, 29));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_money),
		cmocka_unit_test(test_code_width),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
