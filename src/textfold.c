/* textfold.c — relrec's one case fold of UTF-8 text (textfold.h). */
#include "textfold.h"

#include "ingest.h"   /* ingest_utf8_seq: what is UTF-8, as the loader reads it */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* The texts are UTF-8 whatever the locale (the loader reads latin1 and cp1252 into UTF-8), and
 * the workbench may run under LANG=C or C.UTF-8, where glibc's towlower lowers ASCII only (É
 * stays É), or under a Turkish locale, where it lowers I to dotless ı (so "mug" would miss
 * "MUG"). The fold is therefore relrec's own, the same in every locale: ASCII, Latin-1, Latin
 * Extended-A, Latin Extended-B (Pinyin's Ǎ Ǐ Ǒ Ǔ, Vietnamese Ơ Ư, Romanian Ș Ț, Azerbaijani Ə,
 * West African Ɛ Ɔ Ɓ Ɗ), Latin Extended Additional (Vietnamese), Greek,
 * Cyrillic and Armenian capitals to small letters, as Unicode's case folding does, with these
 * choices made for searching:
 * - İ (U+0130) folds to i, not to i + U+0307, and dotless ı (U+0131) to i too, so that
 *   "istanbul" finds "İSTANBUL" and Turkish "kırmızı" finds "KIRMIZI";
 * - Greek drops the tonos and dialytika (έ -> ε, ϊ -> ι), and polytonic Greek (U+1F00..1FFF)
 *   its breathings, accents and iota subscript (ἀ, ᾧ -> α, ω), and ς folds to σ: Greek
 *   capitals are written without accents, so ΚΑΦΕΣ is καφές in capitals and each finds the
 *   other.
 * ß and ẞ fold to ss (Unicode's full folding: "strasse" finds "Straße"). A byte that is not
 * UTF-8 folds to itself. No fold is longer than its letter, so a text's fold fits in its bytes:
 * the few Latin Extended-B capitals whose small letter takes three bytes (Ⱥ, Ⱦ) are not folded.
 * A letter and the combining marks after it (e + U+0301, as macOS writes names; Vietnamese ệ
 * as e + U+0323 + U+0302; Hangul as its jamo) are composed first, as Unicode's canonical
 * composition (NFC) has them, by libutf8proc, when they compose into one code point: é typed
 * finds é written either way, and a header saved on macOS has its known names (t39 #8:
 * Quantité, Mã đơn hàng were matched by no name and no --map). */

/* The pairs of Latin Extended-B (U+0180..024F) that follow no run of alternate capitals and
 * small letters: capital, then the small letter, from Unicode's simple case mappings. The
 * titlecase digraphs (ǅ ǈ ǋ ǲ) fold as their capitals (t29 F6: Vietnamese Ơ and Ư were not
 * folded, so "nước" missed "NƯỚC"). */
static const uint16_t latin_b_pairs[][2] = {
	{0x181, 0x253}, {0x182, 0x183}, {0x184, 0x185}, {0x186, 0x254}, {0x187, 0x188},
	{0x189, 0x256}, {0x18A, 0x257}, {0x18B, 0x18C}, {0x18E, 0x1DD}, {0x18F, 0x259},
	{0x190, 0x25B}, {0x191, 0x192}, {0x193, 0x260}, {0x194, 0x263}, {0x196, 0x269},
	{0x197, 0x268}, {0x198, 0x199}, {0x19C, 0x26F}, {0x19D, 0x272}, {0x19F, 0x275},
	{0x1A0, 0x1A1}, {0x1A2, 0x1A3}, {0x1A4, 0x1A5}, {0x1A6, 0x280}, {0x1A7, 0x1A8},
	{0x1A9, 0x283}, {0x1AC, 0x1AD}, {0x1AE, 0x288}, {0x1AF, 0x1B0}, {0x1B1, 0x28A},
	{0x1B2, 0x28B}, {0x1B3, 0x1B4}, {0x1B5, 0x1B6}, {0x1B7, 0x292}, {0x1B8, 0x1B9},
	{0x1BC, 0x1BD}, {0x1C4, 0x1C6}, {0x1C5, 0x1C6}, {0x1C7, 0x1C9}, {0x1C8, 0x1C9},
	{0x1CA, 0x1CC}, {0x1CB, 0x1CC}, {0x1F1, 0x1F3}, {0x1F2, 0x1F3}, {0x1F4, 0x1F5},
	{0x1F6, 0x195}, {0x1F7, 0x1BF}, {0x220, 0x19E}, {0x23B, 0x23C}, {0x23D, 0x19A},
	{0x241, 0x242}, {0x243, 0x180}, {0x244, 0x289}, {0x245, 0x28C},
};

/* Polytonic Greek, U+1F00..1FFF, each letter's base small letter (its first code point once
 * decomposed, lowered): a α, e ε, h η, i ι, o ο, r ρ, u υ, w ω; '.' a code point that is no
 * letter (a spacing accent) or none at all. */
static const char greek_ext[] =
	"aaaaaaaaaaaaaaaaeeeeee..eeeeee.."   /* 1F00 */
	"hhhhhhhhhhhhhhhhiiiiiiiiiiiiiiii"   /* 1F20 */
	"oooooo..oooooo..uuuuuuuu.u.u.u.u"   /* 1F40 */
	"wwwwwwwwwwwwwwwwaaeehhiioouuww.."   /* 1F60 */
	"aaaaaaaaaaaaaaaahhhhhhhhhhhhhhhh"   /* 1F80 */
	"wwwwwwwwwwwwwwwwaaaaa.aaaaaaa.i."   /* 1FA0 */
	"..hhh.hheehhh...iiii..iiiiii...."   /* 1FC0 */
	"uuuurruuuuuur.....www.wwoowww...";  /* 1FE0 */

/* The fold of c in Latin Extended-B (U+0180..024F). */
static uint32_t fold_latin_b(uint32_t c)
{
	if (c >= 0x1CD && c <= 0x1DC)
		return c + (c & 1);   /* Ǎ..ǜ (Pinyin): capitals odd, small letters even */
	if ((c >= 0x1DE && c <= 0x1EF) || (c >= 0x1F8 && c <= 0x21F) ||
	    (c >= 0x222 && c <= 0x233) || (c >= 0x246 && c <= 0x24F))
		return c | 1;   /* capitals even, small letters odd */
	for (size_t i = 0; i < sizeof latin_b_pairs / sizeof *latin_b_pairs; i++)
		if (latin_b_pairs[i][0] == c)
			return latin_b_pairs[i][1];
	return c;
}

/* The fold of c in Greek Extended (U+1F00..1FFF): its base letter, or c. */
static uint32_t fold_greek_ext(uint32_t c)
{
	static const char letters[] = "aehioruw";
	static const uint16_t small[] = {0x3B1, 0x3B5, 0x3B7, 0x3B9, 0x3BF, 0x3C1, 0x3C5, 0x3C9};
	const char *k = strchr(letters, greek_ext[c - 0x1F00]);
	return k && *k ? small[k - letters] : c;
}

/* The fold of code point c past ASCII (one code point: ß is done by textfold_unit). */
static uint32_t fold_cp(uint32_t c)
{
	/* the Greek vowels with tonos or dialytika, small, from U+03AC: ά έ ή ί ΰ, then ϊ ϋ ό ύ ώ */
	static const uint16_t greek_plain[] = {0x3B1, 0x3B5, 0x3B7, 0x3B9, 0x3C5};
	static const uint16_t greek_plain2[] = {0x3B9, 0x3C5, 0x3BF, 0x3C5, 0x3C9};
	if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
	    (c >= 0x410 && c <= 0x42F))
		c += 0x20;   /* À..Þ but ×; Α..Ϋ; А..Я */
	else if (c == 0xB5)
		return 0x3BC;   /* the micro sign is μ */
	else if (c == 0x130 || c == 0x131)
		return 'i';   /* İ and dotless ı */
	else if (c >= 0x180 && c <= 0x24F)
		return fold_latin_b(c);
	else if (c >= 0x1F00 && c <= 0x1FFF)
		return fold_greek_ext(c);
	else if (c == 0x17F)
		return 's';   /* long s */
	else if (c == 0x178)
		return 0xFF;   /* Ÿ */
	else if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) ||
		 (c >= 0x4C1 && c <= 0x4CE))
		c += c & 1;   /* capitals odd, small letters even */
	else if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) ||
		 (c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) ||
		 (c >= 0x4D0 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1E95) ||
		 (c >= 0x1EA0 && c <= 0x1EFF))
		c |= 1;   /* capitals even, small letters odd */
	else if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;   /* Ѐ..Џ */
	else if (c == 0x4C0)
		return 0x4CF;   /* palochka */
	else if (c >= 0x531 && c <= 0x556)
		return c + 0x30;   /* Armenian */
	else if (c == 0x386)
		return 0x3B1;   /* Ά */
	else if (c >= 0x388 && c <= 0x38A)
		return greek_plain[c - 0x388 + 1];   /* Έ Ή Ί */
	else if (c == 0x38C)
		return 0x3BF;   /* Ό */
	else if (c == 0x38E || c == 0x38F)
		return c == 0x38E ? 0x3C5 : 0x3C9;   /* Ύ Ώ */
	else if (c == 0x390)
		return 0x3B9;   /* ΐ */
	else if (c == 0x3C2)
		return 0x3C3;   /* final sigma */
	/* Greek small letters, as written or lowered above */
	if (c >= 0x3AC && c <= 0x3B0)
		return greek_plain[c - 0x3AC];
	if (c >= 0x3CA && c <= 0x3CE)
		return greek_plain2[c - 0x3CA];
	return c;
}

/* Does code point m compose with what comes before it: a mark (a canonical combining class
 * above 0: U+0301, U+0323, the kana voicing marks) or a Hangul vowel or final jamo (class 0,
 * composed by Hangul's own rule)? */
static int combines(int32_t m)
{
	return (m >= 0x1160 && m <= 0x11FF) || utf8proc_get_property(m)->combining_class != 0;
}

/* The code point s[0..first) and the marks after it (combines), composed (NFC): when they are
 * one code point in no more bytes, that code point into *c and the bytes they take; else 0
 * (no mark follows, or they stay apart: the unit is then read alone). */
static size_t composed_at(const unsigned char *s, size_t n, size_t first, uint32_t *c)
{
	size_t end = first;
	for (int marks = 0; end < n && s[end] >= 0x80 && marks < 8; marks++) {
		utf8proc_int32_t m;
		utf8proc_ssize_t l = utf8proc_iterate(s + end, (utf8proc_ssize_t)(n - end), &m);
		if (l <= 0 || !combines(m))
			break;
		end += (size_t)l;
	}
	if (end == first)
		return 0;
	utf8proc_int32_t cp[24];
	utf8proc_option_t o = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	utf8proc_ssize_t k = utf8proc_decompose(s, (utf8proc_ssize_t)end, cp, 24, o);
	if (k <= 0 || k > 24 || utf8proc_normalize_utf32(cp, k, o) != 1)
		return 0;
	utf8proc_uint8_t b[4];
	if ((size_t)utf8proc_encode_char(cp[0], b) > end)
		return 0;
	*c = (uint32_t)cp[0];
	return end;
}

/* The unit at s[0..n) (n >= 1): a code point with the marks that compose with it, or one byte
 * that is not UTF-8 (kept as it is). Its fold goes to f (at most as many bytes as the unit's,
 * which *used gets); returns its length. */
int textfold_unit(const unsigned char *s, size_t n, unsigned char f[4], int *used)
{
	if (s[0] < 0x80 && (n == 1 || s[1] < 0x80)) {
		f[0] = s[0] >= 'A' && s[0] <= 'Z' ? (unsigned char)(s[0] + 32) : s[0];
		return *used = 1;
	}
	int len = s[0] < 0x80 ? 1 : ingest_utf8_seq(s, n);
	if (len <= 0) {
		f[0] = s[0];
		return *used = 1;
	}
	*used = len;
	uint32_t c = len == 1 ? s[0]
		   : len == 2 ? (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F)
		   : len == 3 ? (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F)
		   : (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12
			     | (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
	size_t whole = composed_at(s, n, (size_t)len, &c);
	if (whole)
		*used = (int)whole;
	if (c < 0x80) {   /* an ASCII letter no mark composed with */
		f[0] = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : (unsigned char)c;
		return 1;
	}
	if (c == 0xDF || c == 0x1E9E) {
		f[0] = f[1] = 's';
		return 2;
	}
	c = fold_cp(c);
	if (c < 0x80) {
		f[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		f[0] = (unsigned char)(0xC0 | c >> 6);
		f[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		f[0] = (unsigned char)(0xE0 | c >> 12);
		f[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
		f[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	f[0] = (unsigned char)(0xF0 | c >> 18);   /* no fold past the BMP */
	f[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
	f[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
	f[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

/* Is code point c as NFC keeps it whatever surrounds it: no mark or jamo that composes with
 * what comes before (combines), and a letter whose canonical decomposition composes back to
 * itself (not U+212B ANGSTROM SIGN, which NFC writes U+00C5, nor a composition exclusion)? */
static int nfc_stable(utf8proc_int32_t c)
{
	if (combines(c))
		return 0;
	const utf8proc_property_t *p = utf8proc_get_property(c);
	if (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0)
		return 1;   /* no canonical decomposition: a Hangul syllable is composed already */
	utf8proc_int32_t d[8];
	int last = 0;
	utf8proc_ssize_t k = utf8proc_decompose_char(c, d, 8, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE,
						     &last);
	if (k <= 0 || k > 8)
		return 0;
	k = utf8proc_normalize_utf32(d, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	return k == 1 && d[0] == c;
}

/* s[0..n) in NFC (utf8proc: canonical composition only, never NFKC's compatibility forms, so
 * ﬁ stays apart from fi) into out, when it is valid UTF-8 and its NFC no longer; its length,
 * or (size_t)-1 (then the letters are composed one at a time, compose_units). */
static size_t nfc_whole(char *out, const char *s, size_t n)
{
	utf8proc_uint8_t *r = NULL;
	utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r,
					  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	size_t len = k >= 0 && (size_t)k <= n ? (size_t)k : (size_t)-1;
	if (len != (size_t)-1)
		memcpy(out, r, len);
	free(r);
	return len;
}

int textfold_marks_only(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t l = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &c);
		if (l <= 0)
			return 0;
		utf8proc_category_t k = utf8proc_category(c);
		if (k != UTF8PROC_CATEGORY_MN && k != UTF8PROC_CATEGORY_MC &&
		    k != UTF8PROC_CATEGORY_ME)
			return 0;
		i += (size_t)l;
	}
	return n > 0;
}

static size_t compose_units(char *out, const char *s, size_t n, size_t *units);

size_t textfold_compose(char *out, const char *s, size_t n, size_t *units)
{
	const unsigned char *p = (const unsigned char *)s;
	*units = 0;
	size_t i = 0;
	while (i < n && p[i] < 0x80)   /* ASCII: as it is */
		i++;
	int stable = 1;
	while (i < n && stable) {   /* each code point NFC keeps: as it is, with no copy */
		utf8proc_int32_t c;
		utf8proc_ssize_t l = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &c);
		if (l <= 0) {
			i++;   /* a byte that is not UTF-8 stays as it is */
			continue;
		}
		stable = nfc_stable(c);
		i += (size_t)l;
	}
	if (stable) {
		if (out != s)
			memmove(out, s, n);
		return n;
	}
	char *tmp = malloc(n);
	size_t len = tmp ? nfc_whole(tmp, s, n) : (size_t)-1;
	if (len == (size_t)-1) {
		free(tmp);
		return compose_units(out, s, n, units);
	}
	if (len != n || memcmp(tmp, s, n) != 0) {   /* the code points NFC took, at least 1 */
		size_t was = 0, now = 0;
		for (size_t k = 0; k < n; k++)
			was += (p[k] & 0xC0) != 0x80;
		for (size_t k = 0; k < len; k++)
			now += ((unsigned char)tmp[k] & 0xC0) != 0x80;
		*units = was > now ? was - now : 1;
	}
	memcpy(out, tmp, len);
	free(tmp);
	return len;
}

/* textfold_compose for text NFC cannot take whole (a byte that is not UTF-8): each letter
 * with the marks after it, when they compose into one code point (composed_at). */
static size_t compose_units(char *out, const char *s, size_t n, size_t *units)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;
	*units = 0;
	for (size_t i = 0; i < n;) {
		int len = p[i] < 0x80 ? 1 : ingest_utf8_seq(p + i, n - i);
		if (len <= 0)
			len = 1;   /* a byte that is not UTF-8 stays as it is */
		uint32_t c = 0;
		size_t whole = i + (size_t)len < n && p[i + (size_t)len] >= 0x80
				       ? composed_at(p + i, n - i, (size_t)len, &c) : 0;
		if (!whole) {
			memmove(out + o, p + i, (size_t)len);
			o += (size_t)len, i += (size_t)len;
			continue;
		}
		utf8proc_uint8_t b[4];
		utf8proc_ssize_t k = utf8proc_encode_char((utf8proc_int32_t)c, b);
		memcpy(out + o, b, (size_t)k);   /* k <= whole (composed_at): behind the reading */
		o += (size_t)k, i += whole;
		(*units)++;
	}
	return o;
}

size_t textfold(char *restrict out, const char *restrict s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		/* ASCII, most of any catalogue, eight bytes at a time (the first key builds the
		 * index: a million items' texts): a byte below 0x80 is a capital when adding 0x3F
		 * sets its top bit ('A' and past) and adding 0x25 does not ('Z' and before); no sum
		 * carries into the next byte. A capital gets its 0x20. */
		for (uint64_t w; i + 8 <= n; i += 8, o += 8) {
			memcpy(&w, p + i, 8);
			if ((w & 0x8080808080808080u) || (i + 8 < n && p[i + 8] >= 0x80))
				break;   /* the last letter may take a mark after it */
			w |= ((w + 0x3F3F3F3F3F3F3F3Fu) & ~(w + 0x2525252525252525u)
			      & 0x8080808080808080u) >> 2;
			memcpy(out + o, &w, 8);
		}
		if (i == n)
			break;
		if (p[i] < 0x80 && (i + 1 == n || p[i + 1] < 0x80)) {
			out[o++] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
			i++;
			continue;
		}
		unsigned char f[4];
		int used, len = textfold_unit(p + i, n - i, f, &used);
		for (int k = 0; k < len; k++)   /* not memcpy: a call for 1 to 4 bytes */
			out[o++] = (char)f[k];
		i += (size_t)used;
	}
	return o;
}

size_t textfold_prefix(const char *s, size_t n, const char *pat, size_t pl)
{
	/* folded a unit at a time: a fold is a unit's own length or shorter, so texts of
	 * different lengths may still be equal (ẞ and ß, İ and i) */
	const unsigned char *a = (const unsigned char *)s, *b = (const unsigned char *)pat;
	size_t i = 0, j = 0;
	while (j < pl) {
		if (i >= n)
			return 0;
		/* ASCII not followed by a mark that would join it (the common case, called per
		 * row by the non-product and month names): its fold is its lower case */
		if (a[i] < 0x80 && b[j] < 0x80 && (i + 1 == n || a[i + 1] < 0x80) &&
		    (j + 1 == pl || b[j + 1] < 0x80)) {
			unsigned char x = a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i],
				      y = b[j] >= 'A' && b[j] <= 'Z' ? b[j] + 32 : b[j];
			if (x != y)
				return 0;
			i++;
			j++;
			continue;
		}
		unsigned char f[4], g[4];
		int u, v;
		int k = textfold_unit(a + i, n - i, f, &u), l = textfold_unit(b + j, pl - j, g, &v);
		if (k != l)
			return 0;
		for (int q = 0; q < k; q++)   /* not memcmp: a call for 1 to 4 bytes */
			if (f[q] != g[q])
				return 0;
		i += (size_t)u;
		j += (size_t)v;
	}
	return i;
}

int textfold_same(const char *s, size_t n, const char *pat, size_t pl)
{
	return n == 0 ? pl == 0 : pl > 0 && textfold_prefix(s, n, pat, pl) == n;
}

int textfold_eq(const char *a, const char *b)
{
	return textfold_same(a, strlen(a), b, strlen(b));
}

/* The Latin letter code point c (U+00C0..024F, U+1E00..1EFF) without its marks, as its
 * canonical decomposition's first code point when that is ASCII (ü u, ệ e, ǎ a); a few
 * letters that have none, by hand (ø o, đ d, ł l, ħ h); else c. */
static uint32_t latin_base(uint32_t c)
{
	static const uint16_t plain[][2] = {{0xF8, 'o'}, {0x111, 'd'}, {0x142, 'l'},
					    {0x127, 'h'}, {0x180, 'b'}, {0x1B6, 'z'}};
	if (!((c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF)))
		return c;
	for (size_t k = 0; k < sizeof plain / sizeof *plain; k++)
		if (plain[k][0] == c)
			return plain[k][1];
	utf8proc_int32_t d[4];
	int boundclass = 0;
	utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)c, d, 4, UTF8PROC_DECOMPOSE,
						     &boundclass);
	return k >= 1 && k <= 4 && d[0] < 0x80 ? (uint32_t)d[0] : c;
}

size_t textfold_bare(char *restrict out, const char *restrict s, size_t n)
{
	size_t m = textfold(out, s, n), o = 0;
	const unsigned char *p = (const unsigned char *)out;
	for (size_t i = 0; i < m;) {   /* in place: each letter keeps or shortens its bytes */
		utf8proc_int32_t c;
		utf8proc_ssize_t l = p[i] < 0x80 ? 0 : utf8proc_iterate(p + i, (utf8proc_ssize_t)(m - i),
									 &c);
		if (l <= 0) {   /* ASCII, or a byte that is not UTF-8: as it is */
			out[o++] = out[i++];
			continue;
		}
		i += (size_t)l;
		if (c >= 0x300 && c <= 0x36F)
			continue;   /* a mark no letter took (NFC has none for it): dropped */
		uint32_t b = latin_base((uint32_t)c);
		if (b < 0x80)
			out[o++] = (char)b;
		else
			o += (size_t)utf8proc_encode_char((utf8proc_int32_t)b,
							  (utf8proc_uint8_t *)out + o);
	}
	return o;
}
