/* textesc.c — control characters made visible (textesc.h). */
#include "textesc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uwidth.h"

size_t textesc_utf8(const unsigned char *s, size_t n, unsigned long *cp)
{
	unsigned char c = s[0];
	size_t len;
	unsigned char lo = 0x80, hi = 0xBF;   /* the allowed range of the second byte */
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, *cp = c & 0x1Fu;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, *cp = c & 0x0Fu, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, *cp = c & 0x07u, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
	else
		return 0;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if (i > 1 && (s[i] & 0xC0) != 0x80)
			return 0;
		*cp = *cp << 6 | (s[i] & 0x3Fu);
	}
	return len;
}

/* The letter of a control's C escape (\e for ESC, as GNU C and the printf command write it), or 0. */
static char named_escape(unsigned long cp)
{
	switch (cp) {
	case '\a': return 'a';
	case '\b': return 'b';
	case '\t': return 't';
	case '\n': return 'n';
	case '\v': return 'v';
	case '\f': return 'f';
	case '\r': return 'r';
	case 033: return 'e';
	default: return 0;
	}
}

/* The bidirectional formatting characters (t40 #6, "Trojan Source", CVE-2021-42574): an
 * override or embedding (U+202A-U+202E), an isolate (U+2066-U+2069) or a mark (U+200E,
 * U+200F, U+061C) in a description makes a terminal that implements bidi show the rest of the
 * line reordered: a score 0.4837 read as 7384.0, one item's code passed for another's. */
int textesc_bidi(unsigned long cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
	       cp == 0x200F || cp == 0x061C;
}

size_t textesc_char(const char *s, size_t n, unsigned flags, char esc[8], size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long cp;
	size_t k = textesc_utf8(u, n, &cp);
	if (k == 0) {   /* not UTF-8: the byte itself */
		*len = 1;
		return (size_t)snprintf(esc, 8, "\\x%02x", u[0]);
	}
	*len = k;
	if (cp == '\n' && (flags & TEXTESC_KEEP_NL))
		return 0;
	if (cp >= 0x20 && cp != 0x7F && (cp < 0x80 || cp > 0x9F) && !textesc_bidi(cp) &&
	    !((flags & TEXTESC_INVISIBLE) && cp >= 0x80 && (uwidth_ignorable(cp) || uwidth_blank(cp))))
		return 0;
	if (cp >= 0x80)
		return (size_t)snprintf(esc, 8, "\\u%04lx", cp);
	char letter = named_escape(cp);
	if (letter)
		return (size_t)snprintf(esc, 8, "\\%c", letter);
	return (size_t)snprintf(esc, 8, "\\x%02lx", cp);
}

size_t textesc_obeyed(const char *s, size_t n, char esc[8], size_t *len)
{
	size_t e = textesc_char(s, n, TEXTESC_INVISIBLE, esc, len);
	if (s[0] == '\t' || ((unsigned char)s[0] >= 0xA0 && *len == 1))
		return 0;
	return e;
}

int textesc_blank(unsigned long cp)
{
	return cp >= 0xA0 && uwidth_blank(cp) && !uwidth_ignorable(cp);
}

size_t textesc_line_mark(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i < n && s[i] == ':')
		for (i++; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
			;
	return i;
}

size_t textesc_line_refused(const char *s, size_t n, char esc[8], size_t *len)
{
	size_t lead = textesc_line_mark(s, n);   /* ": # Remarque" is a comment (t62 F14) */
	int comment = lead < n && s[lead] == '#';
	for (size_t i = 0; i < n; i += *len) {
		if (!textesc_obeyed(s + i, n - i, esc, len))
			continue;
		unsigned long cp;
		if (comment && i > lead && textesc_utf8((const unsigned char *)s + i, n - i, &cp) &&
		    textesc_blank(cp))
			continue;
		return i;
	}
	return n;
}

int textesc_needed(const char *s, unsigned flags)
{
	size_t n = strlen(s), len;
	char esc[8];
	for (; n; s += len, n -= len)
		if (textesc_char(s, n, flags, esc, &len))
			return 1;
	return 0;
}

char *textesc_dup(const char *s, unsigned flags)
{
	size_t n = strlen(s), len, out = 0;
	char esc[8];
	for (size_t i = 0; i < n; i += len) {   /* an escape is at most 6 characters */
		size_t e = textesc_char(s + i, n - i, flags, esc, &len);
		out += e ? e : len;
	}
	char *d = malloc(out + 1), *p = d;
	if (!d)
		return NULL;
	for (size_t i = 0; i < n; i += len) {
		size_t e = textesc_char(s + i, n - i, flags, esc, &len);
		memcpy(p, e ? esc : s + i, e ? e : len);
		p += e ? e : len;
	}
	*p = '\0';
	return d;
}
