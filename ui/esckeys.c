/* esckeys.c — the keys of escape sequences curses did not read as keys (esckeys.h). */
#include "esckeys.h"

#include <curses.h>

enum { ESC = 27 };

/* CSI's bytes (ECMA-48 5.4): parameters, then intermediates, then one final byte. */
static int is_param(int b) { return b >= 0x30 && b <= 0x3f; }
static int is_inter(int b) { return b >= 0x20 && b <= 0x2f; }
static int is_final(int b) { return b >= 0x40 && b <= 0x7e; }

/* The key a final letter names, as CSI's and SS3's both do (xterm, VT100), or 0. */
static int letter_key(int b)
{
	switch (b) {
	case 'A': return KEY_UP;
	case 'B': return KEY_DOWN;
	case 'C': return KEY_RIGHT;
	case 'D': return KEY_LEFT;
	case 'H': return KEY_HOME;
	case 'F': return KEY_END;
	case 'P': case 'Q': case 'R': case 'S': return KEY_F(1 + b - 'P');
	case 'Z': return KEY_BTAB;
	default: return 0;
	}
}

/* The key of "CSI n ~" (VT220's editing and function keys), or 0. */
static int tilde_key(long n)
{
	static const struct { int from, to, key; } keys[] = {
		{1, 1, KEY_HOME}, {7, 7, KEY_HOME}, {2, 2, KEY_IC}, {3, 3, KEY_DC},
		{4, 4, KEY_END}, {8, 8, KEY_END}, {5, 5, KEY_PPAGE}, {6, 6, KEY_NPAGE},
		{11, 15, KEY_F(1)}, {17, 21, KEY_F(6)}, {23, 24, KEY_F(11)},
	};
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (n >= keys[i].from && n <= keys[i].to)
			return keys[i].key + (int)(n - keys[i].from);
	return 0;
}

/* The keypad's keys in its application mode (ESC O p is 0 ... ESC O y is 9), as characters:
 * a digit typed there before keypad mode came on is that digit. 0 when b is none of them. */
static int keypad_char(int b)
{
	static const char pad[] = "*+,-./0123456789";   /* ESC O j ... ESC O y */
	if (b >= 'j' && b <= 'y')
		return pad[b - 'j'];
	return b == 'X' ? '=' : 0;
}

/* A key read from a sequence's parameters (c[from..to): digits and ';') and its final byte:
 * the first parameter (1 when none) selects a ~ key, and a second other than 1 says a
 * modifier was held, which makes the key one the workbench does not bind (0). */
static int sequence_key(const int *c, int from, int to, int final, int ss3, int *fn)
{
	long p[2] = {0, 0};
	int k = 0, given = 0;
	for (int i = from; i < to; i++) {
		if (c[i] == ';' && k < 1) {
			k++;
		} else if (c[i] >= '0' && c[i] <= '9') {
			if (p[k] < 1000)
				p[k] = p[k] * 10 + (c[i] - '0');
			given = 1;
		} else {
			return 0;   /* '<', '?' and the like: a private sequence (a mouse report) */
		}
	}
	if (k == 1 && p[1] != 1)
		return 0;
	*fn = 1;
	if (final == '~' && (p[0] == 200 || p[0] == 201) && k == 0)
		return p[0] == 200 ? ESCKEYS_PASTE_BEGIN : ESCKEYS_PASTE_END;
	if (final == '~')
		return tilde_key(p[0]);
	if (given && p[0] > 1)
		return 0;
	if (ss3 && final == 'M')
		return KEY_ENTER;
	if (ss3 && keypad_char(final)) {
		*fn = 0;
		return keypad_char(final);
	}
	return letter_key(final);
}

/* A control string's introducer after ESC (ECMA-48 8.3.89 OSC ], 8.3.27 DCS P, 8.3.2 APC _,
 * 8.3.94 PM ^, 8.3.128 SOS X): a terminal's reply (a colour, a title, DECRQSS's) runs to BEL
 * (xterm's end of OSC) or ST, ESC \, whatever its bytes are. */
static int is_string_start(int b)
{
	return b == ']' || b == 'P' || b == '_' || b == '^' || b == 'X';
}

/* esckeys_parse for a control string (c[0] its introducer): read whole to its end, no key. */
static int string_parse(const int *c, int n, int ended, int *key)
{
	if (n == 1)   /* nothing after it at once: Esc then the character (Alt+]) */
		return ended ? 0 : -1;
	*key = 0;
	for (int i = 1; i < n; i++) {
		if (c[i] == 0x07 || c[i] == 0x9C)
			return i + 1;
		if (c[i] == ESC && i + 1 < n)   /* ST; an ESC of anything else starts anew */
			return c[i + 1] == '\\' ? i + 2 : i;
	}
	return ended ? n : -1;   /* cut short: what came is dropped */
}

int esckeys_parse(const int *c, int n, int ended, int *key, int *fn)
{
	*key = ESC;
	*fn = 0;
	if (n == 0)
		return ended ? 0 : -1;
	if (is_string_start(c[0]))
		return string_parse(c, n, ended, key);
	if (c[0] != '[' && c[0] != 'O')
		return 0;
	int ss3 = c[0] == 'O';
	/* the Linux console's F1-F5: ESC [ [ A ... ESC [ [ E */
	if (!ss3 && n >= 2 && c[1] == '[') {
		if (n == 2)
			return ended ? 0 : -1;
		*fn = c[2] >= 'A' && c[2] <= 'E';
		*key = *fn ? KEY_F(1 + c[2] - 'A') : 0;
		return *fn || is_final(c[2]) ? 3 : 2;
	}
	int i = 1;
	while (i < n && is_param(c[i]))
		i++;
	while (i < n && is_inter(c[i]))
		i++;
	if (i == n) {
		if (!ended)
			return -1;
		/* ESC [ alone is Esc then '[' (typed fast); a sequence cut short is dropped */
		if (n > 1)
			*key = 0;
		return n > 1 ? n : 0;
	}
	if (!is_final(c[i]))   /* not a sequence after all: Esc and '[' typed fast, or a broken
				* one, whose bytes read are dropped */
		return i == 1 ? 0 : (*key = 0, i);
	*key = 0;
	int inter = 0;
	for (int j = 1; j < i; j++)
		inter |= is_inter(c[j]);
	if (!inter)
		*key = sequence_key(c, 1, i, c[i], ss3, fn);
	return i + 1;
}

int esckeys_wait(const int *c, int n, int escdelay, int elapsed)
{
	if (n == 0)
		return 0;
	if (c[0] != '[' && c[0] != 'O' && !is_string_start(c[0]))
		return escdelay;
	int left = ESCKEYS_SPLIT_MS - elapsed;
	return left > escdelay ? left : escdelay;
}

int esckeys_tail(int b)
{
	if (is_param(b) || is_inter(b))
		return 1;
	return is_final(b) ? 0 : -1;
}

int esckeys_string(const int *c, int n)
{
	return n > 0 && is_string_start(c[0]);
}

int esckeys_string_tail(int b, int *esc)
{
	if (*esc) {
		*esc = 0;
		return b == '\\' ? 0 : -2;
	}
	if (b == ESC) {
		*esc = 1;
		return 1;
	}
	return b == 0x07 || b == 0x9C ? 0 : 1;
}
