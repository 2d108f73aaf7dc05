/* test_textesc.c — control characters made visible for terminals (textesc.h): C escapes for
 * the named ones, \xHH for other C0 bytes, DEL and bytes that are not UTF-8, \u00XX for the
 * C1 controls; printable UTF-8 (and backslashes) untouched; newlines kept on request. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "textesc.h"

static void check(const char *in, unsigned flags, const char *want)
{
	char *got = textesc_dup(in, flags);
	assert_non_null(got);
	if (strcmp(got, want) != 0)
		fail_msg("escaping gave '%s', wanted '%s'", got, want);
	assert_int_equal(textesc_needed(in, flags), strcmp(in, want) != 0);
	free(got);
}

static void test_controls(void **state)
{
	(void)state;
	check("\033]0;pwned\007", 0, "\\e]0;pwned\\a");
	check("\033[2J\033[H", 0, "\\e[2J\\e[H");
	check("a\rb\tc\bd\ve\ff", 0, "a\\rb\\tc\\bd\\ve\\ff");
	check("line1\nline2", 0, "line1\\nline2");
	check("line1\nline2", TEXTESC_KEEP_NL, "line1\nline2");
	check("\001\037\177", 0, "\\x01\\x1f\\x7f");
	check("csi \xc2\x9b" "31m", 0, "csi \\u009b31m");   /* U+009B, the C1 CSI */
	check("\xc2\x80\xc2\x9f\xc2\xa0", 0, "\\u0080\\u009f\xc2\xa0"); /* U+00A0 is printable */
	/* t40 #6: the bidi controls reorder the line after them on a bidi terminal */
	check("\xe2\x80\xae" "LWOB GOD 0.4837", 0, "\\u202eLWOB GOD 0.4837");
	check("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad", 0,
	      "\\u202a\\u202b\\u202c\\u202d");
	check("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9", 0,
	      "\\u2066\\u2067\\u2068\\u2069");
	check("\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c", 0, "\\u200e\\u200f\\u061c");
	/* the characters around them are text: a joiner, Arabic and Hebrew letters, U+2065 */
	check("\xe2\x80\x8d\xd8\xa8\xd7\x90\xe2\x81\xa5\xe2\x80\xaf", 0,
	      "\xe2\x80\x8d\xd8\xa8\xd7\x90\xe2\x81\xa5\xe2\x80\xaf");
}

static void test_utf8(void **state)
{
	(void)state;
	check("WHITE HANGING HEART T-LIGHT HOLDER", 0, "WHITE HANGING HEART T-LIGHT HOLDER");
	check("\xc2\xa3 2.55 caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x8e\x81", 0,
	      "\xc2\xa3 2.55 caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x8e\x81");
	check("back\\slash \\e", 0, "back\\slash \\e");
	check("\xff", 0, "\\xff");
	check("\xc0\x80", 0, "\\xc0\\x80");                 /* overlong NUL */
	check("\xed\xa0\x80", 0, "\\xed\\xa0\\x80");        /* a surrogate */
	check("\xf4\x90\x80\x80", 0, "\\xf4\\x90\\x80\\x80"); /* past U+10FFFF */
	check("\xe2\x82", 0, "\\xe2\\x82");                 /* cut short */
	check("", 0, "");
}

/* A message shows what prints as nothing (t47 F10: a script's BOM before a command's name);
 * data keeps it, an emoji's joiner among them */
static void test_invisible(void **state)
{
	(void)state;
	check("\xef\xbb\xbfshow", TEXTESC_INVISIBLE, "\\ufeffshow");
	check("\xef\xbb\xbfshow", 0, "\xef\xbb\xbfshow");
	check("a\xc2\xad" "b\xe2\x80\x8b" "c", TEXTESC_INVISIBLE, "a\\u00adb\\u200bc");
	check("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", 0,
	      "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9");
	/* and what shows as a blank but is none (t57 F1): a message tells it from a space */
	check("a\xc2\xa0" "b\xe2\x80\x87" "c\xe3\x80\x80" "d\xe2\xa0\x80" "e \tf", TEXTESC_INVISIBLE,
	      "a\\u00a0b\\u2007c\\u3000d\\u2800e \\tf");
	check("a\xc2\xa0" "b", 0, "a\xc2\xa0" "b");
	check("caf\xc3\xa9 \xe2\x80\xaex", TEXTESC_INVISIBLE | TEXTESC_KEEP_NL,
	      "caf\xc3\xa9 \\u202ex");
}

static void test_char_api(void **state)
{
	(void)state;
	char esc[8];
	size_t len;
	assert_int_equal(textesc_char("\xc3\xa9x", 3, 0, esc, &len), 0);
	assert_int_equal(len, 2);
	assert_int_equal(textesc_char("\033x", 2, 0, esc, &len), 2);
	assert_int_equal(len, 1);
	assert_string_equal(esc, "\\e");
	assert_int_equal(textesc_char("\xc2\x9b", 2, 0, esc, &len), 6);
	assert_int_equal(len, 2);
	assert_string_equal(esc, "\\u009b");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_char_api),
		cmocka_unit_test(test_invisible),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
