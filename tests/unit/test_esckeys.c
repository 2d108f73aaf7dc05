/* test_esckeys.c — the keys of escape sequences curses hands over as Esc and bytes (ui/esckeys.h):
 * an arrow typed before keypad mode came on (ESC [ C where the terminal's description says
 * ESC O C) stopped the start-up load as Esc (t66 F1). ui/esckeys.c is pure: it is compiled in
 * here, as llm.c's tests include the file they test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "testutil.h"
#include "../../ui/esckeys.c"

typedef struct parsed {
	int used, key, fn;
} parsed;

/* The bytes after the ESC as written in s, read with nothing after them. */
static parsed parse(const char *s, int ended)
{
	int c[ESCKEYS_MAX];
	int n = (int)strlen(s);
	for (int i = 0; i < n; i++)
		c[i] = (unsigned char)s[i];
	parsed p;
	p.used = esckeys_parse(c, n, ended, &p.key, &p.fn);
	return p;
}

static void assert_key(const char *s, int key)
{
	parsed p = parse(s, 1);
	assert_int_equal(p.used, (int)strlen(s));
	assert_int_equal(p.fn, 1);
	assert_int_equal(p.key, key);
}

/* both forms of every cursor key, the editing keys and F1-F12 */
static void test_keys_either_form(void **state)
{
	(void)state;
	assert_key("[C", KEY_RIGHT);
	assert_key("OC", KEY_RIGHT);
	assert_key("[A", KEY_UP);
	assert_key("OB", KEY_DOWN);
	assert_key("[D", KEY_LEFT);
	assert_key("[H", KEY_HOME);
	assert_key("OH", KEY_HOME);
	assert_key("[1~", KEY_HOME);
	assert_key("[7~", KEY_HOME);
	assert_key("[F", KEY_END);
	assert_key("[4~", KEY_END);
	assert_key("[8~", KEY_END);
	assert_key("[5~", KEY_PPAGE);
	assert_key("[6~", KEY_NPAGE);
	assert_key("[2~", KEY_IC);
	assert_key("[3~", KEY_DC);
	assert_key("OP", KEY_F(1));
	assert_key("OS", KEY_F(4));
	assert_key("[11~", KEY_F(1));
	assert_key("[15~", KEY_F(5));
	assert_key("[17~", KEY_F(6));
	assert_key("[21~", KEY_F(10));
	assert_key("[23~", KEY_F(11));
	assert_key("[24~", KEY_F(12));
	assert_key("[[A", KEY_F(1));   /* the Linux console */
	assert_key("[[E", KEY_F(5));
	assert_key("[Z", KEY_BTAB);
	assert_key("OM", KEY_ENTER);
	assert_key("[1;1C", KEY_RIGHT);   /* a modifier of 1 is none */
}

/* a sequence read whole that names no key the workbench binds is a key of nothing (0), never
 * Esc: Ctrl+→, a mouse report, F13, an unknown final */
static void test_unbound_sequences(void **state)
{
	(void)state;
	const char *none[] = {"[1;5C", "[3;2~", "[<0;10;5M", "[25~", "[99~", "[E", "[?1u", "O5C",
			      "[1 q", "[202~"};   /* [200~: paste's mark (test_paste_marks) */
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
		parsed p = parse(none[i], 1);
		assert_int_equal(p.used, (int)strlen(none[i]));
		assert_int_equal(p.key, 0);
	}
}

/* the keypad's digits in application mode are those digits */
static void test_keypad_digits(void **state)
{
	(void)state;
	parsed p = parse("Op", 1);
	assert_int_equal(p.used, 2);
	assert_int_equal(p.fn, 0);
	assert_int_equal(p.key, '0');
	p = parse("Ou", 1);
	assert_int_equal(p.key, '5');
	p = parse("Om", 1);
	assert_int_equal(p.key, '-');
}

/* a sequence not yet whole asks for more; the sequence then ends wherever its final is, and
 * what follows is not taken */
static void test_more_and_rest(void **state)
{
	(void)state;
	const char *begun[] = {"", "[", "O", "[1", "[1;", "[1;5", "[[", "[15"};
	for (size_t i = 0; i < sizeof begun / sizeof begun[0]; i++)
		assert_int_equal(parse(begun[i], 0).used, -1);
	parsed p = parse("[Cq", 0);   /* → then q, typed at once */
	assert_int_equal(p.used, 2);
	assert_int_equal(p.key, KEY_RIGHT);
	p = parse("[3~x", 0);
	assert_int_equal(p.used, 3);
	assert_int_equal(p.key, KEY_DC);
}

/* Esc stays Esc: alone, before a character (Esc then q typed fast, what Alt+q sends too),
 * before another Esc, and before a [ or O that nothing follows; the bytes after it are keys */
static void test_esc_stays_esc(void **state)
{
	(void)state;
	const char *esc[] = {"", "q", "4", ":", "\x1b", "[", "O", "\x1b[C", "[\x1b", "\x7f"};
	for (size_t i = 0; i < sizeof esc / sizeof esc[0]; i++) {
		parsed p = parse(esc[i], 1);
		assert_int_equal(p.used, 0);
		assert_int_equal(p.fn, 0);
		assert_int_equal(p.key, 27);
	}
	/* a sequence cut short by something that cannot be in it: what was read of it goes */
	parsed p = parse("[12\x1b", 1);
	assert_int_equal(p.used, 3);
	assert_int_equal(p.key, 0);
	p = parse("[12", 1);   /* and one whose end never came */
	assert_int_equal(p.used, 3);
	assert_int_equal(p.key, 0);
}

/* e136: a sequence whose bytes come in two reads: its rest is waited for up to
 * ESCKEYS_SPLIT_MS in all once ESC [ (ESC O, a control string's introducer) has come, never
 * less than ESCDELAY; nothing yet after the ESC, or an ESC then a character, keeps ESCDELAY
 * (Esc stays quick) */
static void test_split_wait(void **state)
{
	(void)state;
	int c[ESCKEYS_MAX] = {'[', '1', ';'};
	assert_int_equal(esckeys_wait(c, 0, 25, 0), 0);
	assert_int_equal(esckeys_wait(c, 1, 25, 0), ESCKEYS_SPLIT_MS);
	assert_int_equal(esckeys_wait(c, 3, 25, 100), ESCKEYS_SPLIT_MS - 100);
	assert_int_equal(esckeys_wait(c, 3, 25, ESCKEYS_SPLIT_MS - 10), 25);
	assert_int_equal(esckeys_wait(c, 3, 25, 10 * ESCKEYS_SPLIT_MS), 25);
	const int begun[] = {'O', ']', 'P', '_'};
	for (size_t i = 0; i < sizeof begun / sizeof *begun; i++)
		assert_int_equal(esckeys_wait(begun + i, 1, 25, 0), ESCKEYS_SPLIT_MS);
	const int other[] = {'q', '4', ':', 27};
	for (size_t i = 0; i < sizeof other / sizeof *other; i++)
		assert_int_equal(esckeys_wait(other + i, 1, 25, 0), 25);
	/* the halves, read whole: not whole after the first, the key after the second */
	assert_int_equal(parse("[1;", 0).used, -1);
	parsed p = parse("[1;5C", 0);
	assert_int_equal(p.used, 5);
	assert_int_equal(p.key, 0);   /* Ctrl+→: bound to nothing, never Esc */
	assert_int_equal(parse("[20", 0).used, -1);
	/* the manual says the wait the code has */
	char said[64];
	snprintf(said, sizeof said, "waited for up to %d\nmilliseconds", ESCKEYS_SPLIT_MS);
	const char *man = tu_read_man();
	assert_non_null(man);
	assert_non_null(strstr(man, said));
}

/* bracketed paste's marks read here (split, curses did not match them): the paste's begin
 * and end, not a key of nothing; with a modifier's parameter they are no marks */
static void test_paste_marks(void **state)
{
	(void)state;
	assert_key("[200~", ESCKEYS_PASTE_BEGIN);
	assert_key("[201~", ESCKEYS_PASTE_END);
	parsed p = parse("[200;5~", 1);
	assert_int_equal(p.used, 7);
	assert_int_equal(p.key, 0);
	p = parse("[202~", 1);
	assert_int_equal(p.used, 5);
	assert_int_equal(p.key, 0);
}

/* What a reader as tui.c's read_escape does with the bytes s after an ESC: parse while fewer
 * than ESCKEYS_MAX are kept, then esckeys_tail. Returns how many bytes of s the sequence took
 * (the rest are keys) and its key in *key. */
static int read_all(const char *s, int *key)
{
	int c[ESCKEYS_MAX], n = 0, fn = 0, len = (int)strlen(s);
	while (n < len && n < ESCKEYS_MAX) {
		c[n] = (unsigned char)s[n];
		n++;
		int used = esckeys_parse(c, n, n == len, key, &fn);
		if (used >= 0)
			return used;
	}
	*key = 0;
	int string = esckeys_string(c, n), esc = c[n - 1] == 27;
	for (int i = n; i < len && i < ESCKEYS_DROP; i++) {
		int b = (unsigned char)s[i];
		int t = string ? esckeys_string_tail(b, &esc) : esckeys_tail(b);
		if (t <= 0)
			return t == 0 ? i + 1 : t == -2 ? i - 1 : i;
	}
	return len;
}

/* t68 F3: a CSI longer than 16 bytes (an xterm window report, 20 bytes) is dropped whole, to
 * its final byte: its '3' and 't' were read as keys (screen 3, train); a 16- or 17-byte one,
 * and one cut short by a character that cannot be in it, likewise */
static void test_long_sequence_dropped_whole(void **state)
{
	(void)state;
	int key = -1;
	assert_int_equal(read_all("[1;1;1;1;1;1;1;1;3t", &key), 19);
	assert_int_equal(key, 0);
	assert_int_equal(read_all("[1;1;1;1;1;1;1;1;1qq", &key), 19);   /* the last q is a key */
	assert_int_equal(key, 0);
	assert_int_equal(read_all("[1;1;1;1;1;1;1;1t", &key), 17);
	assert_int_equal(key, 0);
	assert_int_equal(read_all("[1;1;1;1;1;1;1;1;1;1;1\x1bx", &key), 22);   /* Esc is not in it */
	assert_int_equal(key, 0);
	assert_int_equal(read_all("[12345678901234567890123456789~", &key), 31);
	assert_int_equal(key, 0);
	assert_int_equal(esckeys_tail('~'), 0);
	assert_int_equal(esckeys_tail(' '), 1);
	assert_int_equal(esckeys_tail('\n'), -1);
	assert_int_equal(esckeys_tail(0x416), -1);   /* a wide character, never in a sequence */
}

/* t71 F25: a terminal's control strings, OSC (ESC ] ... BEL or ESC \\), DCS (ESC P), APC,
 * PM and SOS, are dropped whole, however long (bounded by ESCKEYS_DROP), whatever their bytes:
 * ESC ] 11;rgb:00/00/00 BEL stopped a training and switched screens, DECRQSS's reply ESC P
 * 1$r0m ESC \\ switched to the Data screen. What follows the string is a key again. */
static void test_control_strings_dropped_whole(void **state)
{
	(void)state;
	int key = -1;
	static const char *const whole[] = {
		"]11;rgb:00/00/00\a", "]2;q\a", "P1$r0m\x1b\\", "]0;a title\x1b\\", "_app\a",
		"^pm\x1b\\", "Xsos\x1b\\", "]\a", "]10;rgb:ffff/ffff/ffff\x1b\\",
	};
	for (size_t i = 0; i < sizeof whole / sizeof *whole; i++) {
		key = -1;
		int used = read_all(whole[i], &key);
		if (used != (int)strlen(whole[i]) || key != 0)
			fail_msg("'%s': %d bytes, key %d", whole[i] + 1, used, key);
	}
	assert_int_equal(read_all("]11;rgb:00/00/00\aq", &key), 17);   /* the q is a key */
	assert_int_equal(key, 0);
	assert_int_equal(read_all("]2;q\a1", &key), 5);
	/* an ESC of anything but a backslash inside ends it before the ESC, read again */
	assert_int_equal(read_all("]2;q\x1b[C", &key), 4);
	assert_int_equal(read_all("]11;rgb:0000/0000/0000\x1bq", &key), 22);
	/* cut short with nothing after it: what came is dropped; Esc then ] when nothing did */
	parsed p = parse("]11;rgb", 1);
	assert_int_equal(p.used, 7);
	assert_int_equal(p.key, 0);
	assert_int_equal(parse("]11;rgb", 0).used, -1);
	p = parse("]", 1);
	assert_int_equal(p.used, 0);
	assert_int_equal(p.key, 27);
	p = parse("P", 1);   /* Alt+P */
	assert_int_equal(p.used, 0);
	assert_int_equal(p.key, 27);
	int esc = 0;
	assert_int_equal(esckeys_string_tail('3', &esc), 1);   /* a digit is in it: no key */
	assert_int_equal(esckeys_string_tail(0x07, &esc), 0);
	assert_int_equal(esckeys_string_tail(27, &esc), 1);
	assert_int_equal(esckeys_string_tail('\\', &esc), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys_either_form),
		cmocka_unit_test(test_unbound_sequences),
		cmocka_unit_test(test_keypad_digits),
		cmocka_unit_test(test_more_and_rest),
		cmocka_unit_test(test_esc_stays_esc),
		cmocka_unit_test(test_long_sequence_dropped_whole),
		cmocka_unit_test(test_control_strings_dropped_whole),
		cmocka_unit_test(test_split_wait),
		cmocka_unit_test(test_paste_marks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
