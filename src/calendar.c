/* calendar.c — the calendars relrec reads or names, and their arithmetic: see calendar.h. */
#include "calendar.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "csvdate.h"
#include "textfold.h"

/* ==== the rules ==== */

/* a / b rounded down, b > 0: years before a calendar's 1 count too (the round trip of a
 * Gregorian day before Minguo 1 must land on a year 0 or less, not on year 1) */
static int64_t floor_div(int64_t a, int64_t b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static int64_t gregorian_start(int y)
{
	return date_days_from_civil(y, 1, 1);
}

static int gregorian_month(int y, int m)
{
	return date_days_in_month(y, m);
}

/* Thailand's solar calendar since 1941 (B.E. 2484): Gregorian months, years 543 ahead. */
static int64_t buddhist_start(int y)
{
	return date_days_from_civil((int64_t)y - 543, 1, 1);
}

static int buddhist_month(int y, int m)
{
	return date_days_in_month(y - 543, m);
}

/* The Republic of China's (Taiwan): Gregorian months, year 1 is 1912. */
static int64_t minguo_start(int y)
{
	return date_days_from_civil((int64_t)y + 1911, 1, 1);
}

static int minguo_month(int y, int m)
{
	return date_days_in_month(y + 1911, m);
}

/* Solar Hijri by the 33-year arithmetic rule: year y is leap (Esfand of 30 days) when
 * (25y + 11) mod 33 < 8, eight leap years in 33 (1399 and 1403 are, 1400 to 1402 not); so the
 * leap years before y number floor((8y + 21) / 33). 1 Farvardin 1 is day -492268 (JDN
 * 1948320), which puts 1 Farvardin 1403 on 2024-03-20. Iran's calendar is astronomical (the
 * year starts on the day of the March equinox when it falls before noon at 52.5 degrees east,
 * else on the next): the rule gives its first day for every year from 1279 to 1479 (1900 to
 * 2100), checked against the equinoxes computed after Meeus (Astronomical Algorithms, ch. 27);
 * only those of 1930, 1963, 2091 and 2095 fall within a quarter of an hour of noon. */
enum { PERSIAN_EPOCH = 1948320 - 2440588, ETHIOPIAN_EPOCH = 1724221 - 2440588,
       ISLAMIC_EPOCH = 1948440 - 2440588 };

static int64_t persian_start(int y)
{
	return PERSIAN_EPOCH + 365 * ((int64_t)y - 1) + floor_div(8 * (int64_t)y + 21, 33);
}

static int persian_leap(int y)
{
	int64_t r = (25 * (int64_t)y + 11) % 33;
	return (r < 0 ? r + 33 : r) < 8;
}

static int persian_month(int y, int m)
{
	return m <= 6 ? 31 : m <= 11 ? 30 : persian_leap(y) ? 30 : 29;
}

/* The Ethiopian: twelve months of 30 days and Pagume of 5, 6 in the year before a Julian leap
 * year (y mod 4 == 3); 1 Meskerem 1 is JDN 1724221 (Amete Mihret), so 1 Meskerem 2016 is
 * 2023-09-12. */
static int64_t ethiopian_start(int y)
{
	return ETHIOPIAN_EPOCH + 365 * ((int64_t)y - 1) + floor_div(y, 4);
}

static int ethiopian_month(int y, int m)
{
	int64_t r = floor_div(y, 4) * 4;
	return m <= 12 ? 30 : y - r == 3 ? 6 : 5;
}

/* The tabular Islamic calendar, civil epoch (1 Muharram 1 is JDN 1948440, a Friday): months
 * of 30 and 29 days in turn, Dhu al-Hijjah of 30 in the 11 leap years of each 30, those
 * where (14 + 11y) mod 30 < 11 (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29); the leap years
 * before y number floor((3 + 11y) / 30). */
static int64_t islamic_start(int y)
{
	return ISLAMIC_EPOCH + 354 * ((int64_t)y - 1) + floor_div(3 + 11 * (int64_t)y, 30);
}

static int islamic_month(int y, int m)
{
	int64_t r = (14 + 11 * (int64_t)y) % 30;
	return m % 2 ? 30 : m < 12 || (r < 0 ? r + 30 : r) >= 11 ? 29 : 30;
}

/* ==== the months' names and era marks ==== */

/* The Islamic months as Arabic dates write them (5 \u0635\u0641\u0631 1446): with the article or not,
 * hamza or not, Jumada's and Rabi's second month by either word; in calendar order. */
static const calendar_month islamic_months[] = {
	{"\xD9\x85\xD8\xAD\xD8\xB1\xD9\x85", 1},
	{"\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xB1\xD9\x85", 1},
	{"\xD8\xB5\xD9\x81\xD8\xB1", 2},
	{"\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xB9\x20\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84", 3},
	{"\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xB9\x20\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84", 3},
	{"\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xB9\x20\xD8\xA3\xD9\x88\xD9\x84", 3},
	{"\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xB9\x20\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A", 4},
	{"\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xB9\x20\xD8\xA7\xD9\x84\xD8\xA2\xD8\xAE\xD8\xB1", 4},
	{"\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xB9\x20\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAE\xD8\xB1", 4},
	{"\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xB9\x20\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A", 4},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84\xD9\x89", 5},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xD9\x89", 5},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84", 5},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84", 5},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x8A\x20\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84\xD9\x89", 5},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x8A\x20\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xD9\x89", 5},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xA2\xD8\xAE\xD8\xB1\xD8\xA9", 6},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAE\xD8\xB1\xD8\xA9", 6},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9", 6},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xA2\xD8\xAE\xD8\xB1", 6},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x8A\x20\xD8\xA7\xD9\x84\xD8\xA2\xD8\xAE\xD8\xB1\xD8\xA9", 6},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x8A\x20\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAE\xD8\xB1\xD8\xA9", 6},
	{"\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAF\xD9\x89\x20\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A", 6},
	{"\xD8\xB1\xD8\xAC\xD8\xA8", 7},
	{"\xD8\xB4\xD8\xB9\xD8\xA8\xD8\xA7\xD9\x86", 8},
	{"\xD8\xB1\xD9\x85\xD8\xB6\xD8\xA7\xD9\x86", 9},
	{"\xD8\xB4\xD9\x88\xD8\xA7\xD9\x84", 10},
	{"\xD8\xB0\xD9\x88\x20\xD8\xA7\xD9\x84\xD9\x82\xD8\xB9\xD8\xAF\xD8\xA9", 11},
	{"\xD8\xB0\xD9\x8A\x20\xD8\xA7\xD9\x84\xD9\x82\xD8\xB9\xD8\xAF\xD8\xA9", 11},
	{"\xD8\xB0\xD9\x88\x20\xD8\xA7\xD9\x84\xD8\xAD\xD8\xAC\xD8\xA9", 12},
	{"\xD8\xB0\xD9\x8A\x20\xD8\xA7\xD9\x84\xD8\xAD\xD8\xAC\xD8\xA9", 12},
	{NULL, 0},
};

/* The Solar Hijri months as Persian dates write them (31 Tir 1403), with the Persian yeh and
 * the Arabic one a keyboard may type for it. */
static const calendar_month persian_months[] = {
	{"\xD9\x81\xD8\xB1\xD9\x88\xD8\xB1\xD8\xAF\xDB\x8C\xD9\x86", 1},
	{"\xD9\x81\xD8\xB1\xD9\x88\xD8\xB1\xD8\xAF\xD9\x8A\xD9\x86", 1},
	{"\xD8\xA7\xD8\xB1\xD8\xAF\xDB\x8C\xD8\xA8\xD9\x87\xD8\xB4\xD8\xAA", 2},
	{"\xD8\xA7\xD8\xB1\xD8\xAF\xD9\x8A\xD8\xA8\xD9\x87\xD8\xB4\xD8\xAA", 2},
	{"\xD8\xAE\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xAF", 3},
	{"\xD8\xAA\xDB\x8C\xD8\xB1", 4},
	{"\xD8\xAA\xD9\x8A\xD8\xB1", 4},
	{"\xD9\x85\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xAF", 5},
	{"\xD8\xA7\xD9\x85\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xAF", 5},
	{"\xD8\xB4\xD9\x87\xD8\xB1\xDB\x8C\xD9\x88\xD8\xB1", 6},
	{"\xD8\xB4\xD9\x87\xD8\xB1\xD9\x8A\xD9\x88\xD8\xB1", 6},
	{"\xD9\x85\xD9\x87\xD8\xB1", 7},
	{"\xD8\xA2\xD8\xA8\xD8\xA7\xD9\x86", 8},
	{"\xD8\xA2\xD8\xB0\xD8\xB1", 9},
	{"\xD8\xAF\xDB\x8C", 10},
	{"\xD8\xAF\xD9\x8A", 10},
	{"\xD8\xA8\xD9\x87\xD9\x85\xD9\x86", 11},
	{"\xD8\xA7\xD8\xB3\xD9\x81\xD9\x86\xD8\xAF", 12},
	{NULL, 0},
};

/* ==== the table ==== */

/* One row a calendar: CAL(name, what, words, months, year_start, month_days, days of 10000
 * years, two-digit years literal, the summary's short year, Gregorian months, caveat, its own
 * months' names, its era marks, years ahead of a calendar without a rule), then an
 * ALIAS(word) for each other --calendar word. The column words are compared, dots left out,
 * with each word of the name (letters and digits; E.C. is ec) when ASCII, anywhere in it when
 * not (Minguo's two characters inside a longer word); the first calendar with one matching
 * names it, so Solar Hijri comes before the Islamic calendar ("Solar Hijri" holds "hijri").
 * NAMED(...) is a row as CAL's of a calendar without a rule: named, never read, so --calendar
 * refuses it and Tab does not offer it (t78 F17). */
#define WORDS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define CALENDARS(CAL, NAMED, ALIAS) \
	CAL("ethiopian", "the Ethiopian calendar's (E.C., 7 to 8 years behind)", \
	    WORDS("ec", "ethiopian", "\xE1\x8B\x93\xE1\x88\x9D"), 13, ethiopian_start, \
	    ethiopian_month, 3652500, 0, NULL, 0, NULL, NULL, NULL, 0) \
	CAL("solar-hijri", "the Solar Hijri calendar's (Shamsi, 621 years behind)", \
	    WORDS("solar", "sh", "shamsi", "jalali", "persian", "\xD8\xB4\xD9\x85\xD8\xB3\xDB\x8C"), \
	    12, persian_start, persian_month, 3652424, 0, NULL, 0, \
	    "by the 33-year arithmetic rule, which gives the first day of Iran's astronomical " \
	    "years from 1279 to 1479 (1900 to 2100)", persian_months, \
	    WORDS("\xD9\x87\x2E\xD8\xB4"), 0) \
	ALIAS("persian") ALIAS("jalali") \
	CAL("islamic-civil", "the Islamic (Hijri) calendar's (AH, of lunar years)", \
	    WORDS("ah", "hijri", "hijriah", "hijriyah", "islamic", "\xD9\x87\xD8\xAC\xD8\xB1\xD9\x8A"), \
	    12, islamic_start, islamic_month, 3543667, 0, NULL, 0, \
	    "the tabular calendar (30-year cycle, civil epoch): Saudi Arabia's Umm al-Qura " \
	    "dates, and dates by the sighting of the moon, may differ from it by a day or two", \
	    islamic_months, WORDS("\xD9\x87\xD9\x80", "\xD9\x87", "\xD9\x87\xE2\x80\x8D", \
	    "\xD9\x87\x2E\xD9\x82", "ah"), 0) \
	ALIAS("hijri") \
	NAMED("bikram-sambat", "Bikram Sambat's (B.S., Nepal's: 56 to 57 years ahead)", \
	    WORDS("bs", "sambat", "samvat", "\xE0\xA4\xB5\xE0\xA4\xBF\xE0\xA4\xB8\xE0\xA4\x82"), \
	    12, NULL, NULL, 3652425, 0, NULL, 0, NULL, NULL, NULL, 57) \
	CAL("buddhist", "the Thai Buddhist era's (B.E., 543 years ahead)", \
	    WORDS("be", "buddhist", "\xE0\xB8\x9E\xE0\xB8\xA8"), 12, buddhist_start, \
	    buddhist_month, 3652425, 0, NULL, 1, NULL, NULL, NULL, 0) \
	CAL("minguo", "the Republic of China's (Minguo: 1911 years behind)", \
	    WORDS("roc", "minguo", "\xE6\xB0\x91\xE5\x9C\x8B", "\xE6\xB0\x91\xE5\x9B\xBD"), 12, \
	    minguo_start, minguo_month, 3652425, 1, "YYY", 1, NULL, NULL, NULL, 0) \
	ALIAS("roc") \
	CAL("gregorian", "the Gregorian calendar's", \
	    WORDS("gregorian", "miladi", "\xD9\x85\xD9\x8A\xD9\x84\xD8\xA7\xD8\xAF\xD9\x8A"), 12, \
	    gregorian_start, gregorian_month, 3652425, 0, NULL, 1, NULL, NULL, \
	    WORDS("\xD9\x85", "\xD9\x85\xD9\x80", "\xD0\xB3\x2E", "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0"), 0)

#define AS_ROW(n, w, ws, mo, st, md, mean, lit, yd, gm, cv, mn, mk, ah) \
	{n, w, ws, mo, st, md, mean, lit, yd, gm, cv, mn, mk, ah},
#define AS_WORD(n, ...) n,
#define NO_ROW(a)
#define NO_WORD(...)
#define ALIAS_WORD(a) a,

static const calendar calendars[] = {CALENDARS(AS_ROW, AS_ROW, NO_ROW)};
enum { N_CALENDARS = sizeof calendars / sizeof *calendars };
const char *const calendar_words[] = {CALENDARS(AS_WORD, AS_WORD, ALIAS_WORD) NULL};
const char *const calendar_read_words[] = {CALENDARS(AS_WORD, NO_WORD, ALIAS_WORD) NULL};

const calendar *calendar_at(int k)
{
	return k >= 0 && k < N_CALENDARS ? &calendars[k] : NULL;
}

const calendar *calendar_gregorian(void)
{
	return &calendars[N_CALENDARS - 1];
}

/* calendar_words holds each name and then its aliases: a word's calendar is the last name at
 * or before it */
const calendar *calendar_lookup(const char *word)
{
	const calendar *c = NULL;
	for (int k = 0; calendar_words[k]; k++) {
		for (int i = 0; i < N_CALENDARS; i++)
			if (strcmp(calendars[i].name, calendar_words[k]) == 0)
				c = &calendars[i];
		if (strcasecmp(word, calendar_words[k]) == 0)
			return c;
	}
	return NULL;
}

/* Does calendar c's word w occur in plain[0..n) (lower case, dots left out)? */
static int name_has(const char *plain, size_t n, const char *w)
{
	size_t m = strlen(w);
	if ((unsigned char)w[0] >= 0x80)
		return strstr(plain, w) != NULL;
	for (size_t i = 0; i + m <= n; i++)
		if (!memcmp(plain + i, w, m) && (!i || !isalnum((unsigned char)plain[i - 1])) &&
		    !isalnum((unsigned char)plain[i + m]))
			return 1;
	return 0;
}

const calendar *calendar_of_name(const char *name)
{
	char plain[256];
	size_t n = 0;
	for (const char *p = name; *p && n + 1 < sizeof plain; p++)
		if (*p != '.')
			plain[n++] = (char)tolower((unsigned char)*p);
	plain[n] = '\0';
	for (int k = 0; k < N_CALENDARS; k++)
		for (const char *const *w = calendars[k].words; *w; w++)
			if (name_has(plain, n, *w))
				return &calendars[k];
	return NULL;
}

int calendar_readers(const calendar *except, int y, int m, int d, int64_t lo, int64_t hi,
		     const calendar **out, int max)
{
	int found = 0;
	for (int i = 0; i < N_CALENDARS && found < max; i++) {
		const calendar *c = &calendars[i];
		int64_t days;
		if (c != except && calendar_to_days(c, y, m, d, &days) == 0 && days >= lo && days <= hi)
			out[found++] = c;
	}
	return found;
}

/* Does a word end at s[k] (the end, a blank, a digit, a point or a comma)? */
static int word_ends(const char *s, size_t n, size_t k)
{
	unsigned char c = k < n ? (unsigned char)s[k] : ' ';
	return c < 0x80 ? !isalpha(c) : (c == 0xC2 && k + 1 < n && (unsigned char)s[k + 1] == 0xA0);
}

/* The longest of words (NULL-ended strings, or a calendar_month list's names when months)
 * at s[*i..n) ending a word: its length, 0 when none; its month in *month. */
static size_t longest_at(const char *s, size_t n, size_t i, const calendar_month *months,
			 const char *const *words, int *month)
{
	size_t best = 0;
	for (size_t k = 0; months ? months[k].name != NULL : words[k] != NULL; k++) {
		const char *w = months ? months[k].name : words[k];
		size_t m = textfold_prefix(s + i, n - i, w, strlen(w));
		if (m > best && word_ends(s, n, i + m)) {
			best = m;
			*month = months ? months[k].month : 0;
		}
	}
	return best;
}

const calendar *calendar_month_at(const char *s, size_t n, size_t *i, int *month)
{
	for (int k = 0; k < N_CALENDARS; k++) {
		size_t m = calendars[k].month_names
			   ? longest_at(s, n, *i, calendars[k].month_names, NULL, month) : 0;
		if (m) {
			*i += m;
			return &calendars[k];
		}
	}
	return NULL;
}

const calendar *calendar_mark_at(const char *s, size_t n, size_t *i)
{
	int unused;
	for (int k = 0; k < N_CALENDARS; k++) {
		size_t m = calendars[k].marks ? longest_at(s, n, *i, NULL, calendars[k].marks, &unused)
					      : 0;
		if (m) {
			*i += m;
			return &calendars[k];
		}
	}
	return NULL;
}

int calendar_named_for_year(int y, int lo, int hi, const calendar **out, int max)
{
	int found = 0;
	for (int i = 0; i < N_CALENDARS && found < max; i++) {
		const calendar *c = &calendars[i];
		/* its year y runs from within Gregorian y - ahead into the next */
		if (!c->year_start && c->ahead && y - c->ahead <= hi && y - c->ahead + 1 >= lo)
			out[found++] = c;
	}
	return found;
}

int calendar_options_for_year(int y, char *buf, size_t size)
{
	const calendar *c[N_CALENDARS];
	int found = calendar_readers(calendar_gregorian(), y, 1, 1, date_days_from_civil(1900, 1, 1),
				     date_days_from_civil(2100, 12, 31), c, N_CALENDARS);
	size_t k = 0;
	buf[0] = '\0';
	for (int i = 0; i < found; i++) {
		int w = snprintf(buf + k, size - k, "%s--calendar %s", i ? " or " : "", c[i]->name);
		k = w < 0 || (size_t)w >= size - k ? size - 1 : k + (size_t)w;
	}
	return found;
}

/* ==== days ==== */

int calendar_to_days(const calendar *c, int y, int m, int d, int64_t *days)
{
	if (!c->year_start || y < 1 || y > 9999 || m < 1 || m > c->months || d < 1 ||
	    d > c->month_days(y, m))
		return -1;
	int64_t at = c->year_start(y);
	for (int k = 1; k < m; k++)
		at += c->month_days(y, k);
	*days = at + d - 1;
	return 0;
}

void calendar_from_days(const calendar *c, int64_t days, int *y, int *m, int *d)
{
	/* a first guess from the mean year, then the year whose start is the last at or
	 * before the day */
	int64_t guess = 1 + floor_div((days - c->year_start(1)) * 10000, c->mean_year);
	int yy = (int)guess;
	while (c->year_start(yy + 1) <= days)
		yy++;
	while (c->year_start(yy) > days)
		yy--;
	int64_t left = days - c->year_start(yy);
	int mm = 1;
	while (mm < c->months && left >= c->month_days(yy, mm))
		left -= c->month_days(yy, mm++);
	*y = yy;
	*m = mm;
	*d = (int)left + 1;
}

int calendar_year2(const calendar *c, int yy)
{
	if (c->two_digit_literal || !c->year_start)
		return yy;
	int y, m, d;
	calendar_from_days(c, date_days_from_civil(1969, 1, 1), &y, &m, &d);
	int first = y - y % 100 + yy;   /* yy in the century of 1969's year, then the window */
	return first < y ? first + 100 : first;
}
