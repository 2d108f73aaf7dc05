/* csvdate.c — the date column: --date-format, and detection decided after the last row. */
#include "csvdate.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "err.h"
#include "textfold.h"
#include "util.h"

/* ==== calendar ==== */

int64_t date_days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int64_t date_floor_day(int64_t minute)
{
	return minute >= 0 ? minute / 1440 : -((-minute + 1439) / 1440);
}

void date_civil_from_days(int64_t days, int *y, int *m, int *d)
{
	days += 719468;
	int64_t era = (days >= 0 ? days : days - 146096) / 146097;
	int64_t doe = days - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int date_days_in_month(int y, int m)
{
	static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

int date_minute(int y, int mo, int d, int h, int mi, int sec, int offset, int32_t *minute)
{
	if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > date_days_in_month(y, mo) ||
	    h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
		return -1;
	int64_t m = date_days_from_civil(y, mo, d) * 1440 + h * 60 + mi - offset;
	if (m >= ((int64_t)RR_LAST_DAY + 1) * 1440 || m < INT32_MIN)
		return -1;
	*minute = (int32_t)m;
	return 0;
}

/* date_minute of a day of calendar c (NULL: Gregorian), its day checked against c's month:
 * 0, or -1. */
static int cal_minute(const calendar *c, int y, int mo, int d, int h, int mi, int sec,
		      int offset, int32_t *minute)
{
	if (c) {
		int64_t days;
		if (calendar_to_days(c, y, mo, d, &days))
			return -1;
		date_civil_from_days(days, &y, &mo, &d);
	}
	return date_minute(y, mo, d, h, mi, sec, offset, minute);
}

/* Month m's days in year y of calendar c (NULL: Gregorian); 0 when there is no such month. */
static int cal_month_days(const calendar *c, int y, int m)
{
	if (!c)
		return date_days_in_month(y, m);
	return m >= 1 && m <= c->months && y >= 1 && y <= 9999 ? c->month_days(y, m) : 0;
}

/* Days since 1970-01-01 of a day of c (NULL: Gregorian), and back. */
static int64_t cal_days(const calendar *c, int y, int m, int d)
{
	int64_t days = 0;
	if (!c)
		return date_days_from_civil(y, m, d);
	calendar_to_days(c, y, m, d, &days);   /* the callers' days were checked when read */
	return days;
}

static void cal_civil(const calendar *c, int64_t days, int *y, int *m, int *d)
{
	if (c)
		calendar_from_days(c, days, y, m, d);
	else
		date_civil_from_days(days, y, m, d);
}

/* ==== scanning pieces ==== */

/* The blank at s[i], or 0: a space, or U+00A0 or U+202F, the no-break spaces browsers put
 * before AM/PM and between date and time (JavaScript's toLocaleString, ICU). Its bytes. */
static size_t blank(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return 0;
	if (s[i] == ' ')
		return 1;
	if (s[i] == '\xC2')
		return i + 1 < n && s[i + 1] == '\xA0' ? 2 : 0;
	if (s[i] == '\xE2')
		return i + 2 < n && s[i + 1] == '\x80' && s[i + 2] == '\xAF' ? 3 : 0;
	return 0;
}

/* A blank at *i, skipped: 1, or 0 when there is none. */
static int skip_blank(const char *s, size_t n, size_t *i)
{
	size_t k = blank(s, n, *i);
	*i += k;
	return k != 0;
}

/* The blank, or the comma and blank ("5/21/2023, 4:29 PM", as toLocaleString writes it),
 * between a date and its time: 1 skipped (*comma set when there was one), or 0. */
static int date_time_gap(const char *s, size_t n, size_t *i, int *comma)
{
	size_t k = *i + (*i < n && s[*i] == ',');
	size_t b = blank(s, n, k);
	if (!b)
		return 0;
	*comma = k != *i;
	*i = k + b;
	return 1;
}

/* Read min..max digits at *i. */
static int digits(const char *s, size_t n, size_t *i, int min, int max, int *v)
{
	int k = 0, x = 0;
	while (*i < n && k < max && s[*i] >= '0' && s[*i] <= '9') {
		x = x * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	if (k < min)
		return -1;
	*v = x;
	return 0;
}

/* Zone abbreviations as the tz database names them (PostgreSQL, Java, Python and most POS
 * software write its names), with their offsets. A name is read when one zone in common use
 * writes it: PST is the Pacific's (the Philippines' PST, in tzdata since 2017, is left out:
 * its shops' exports write offsets, and refusing PST would refuse every US West Coast one);
 * BST is British Summer Time, as tzdata writes it (Bangladesh is written +06 there). A name
 * that zones in common use share is refused with them named, never guessed: CST (the US'
 * -6 and China's +8, Cuba's -5), IST (India's +5:30, Israel's +2, Ireland's summer +1) and
 * AST (the Atlantic's -4, Arabia's +3 as people write it); unless the column holds the
 * daylight name of one of them too, which no other zone writes: CDT (North America's, as
 * this table reads it) makes CST North America's, IDT Israel's IST (India keeps no daylight
 * time, and Ireland's IST is its summer beside GMT, which says nothing), ADT the Atlantic's
 * AST (Arabia keeps none). */
const date_zone_name date_zone_names[] = {
	{"UTC", 0, NULL, NULL, 0, NULL}, {"GMT", 0, NULL, NULL, 0, NULL},
	{"WET", 0, NULL, NULL, 0, NULL},
	/* Europe and Africa */
	{"BST", 60, NULL, NULL, 0, NULL}, {"WEST", 60, NULL, NULL, 0, NULL},
	{"CET", 60, NULL, NULL, 0, NULL}, {"WAT", 60, NULL, NULL, 0, NULL},
	{"CEST", 120, NULL, NULL, 0, NULL}, {"EET", 120, NULL, NULL, 0, NULL},
	{"CAT", 120, NULL, NULL, 0, NULL}, {"SAST", 120, NULL, NULL, 0, NULL},
	{"EEST", 180, NULL, NULL, 0, NULL}, {"MSK", 180, NULL, NULL, 0, NULL},
	{"EAT", 180, NULL, NULL, 0, NULL}, {"IDT", 180, NULL, NULL, 0, NULL},
	/* Asia and Oceania */
	{"PKT", 300, NULL, NULL, 0, NULL}, {"WIB", 420, NULL, NULL, 0, NULL},
	{"HKT", 480, NULL, NULL, 0, NULL}, {"WITA", 480, NULL, NULL, 0, NULL},
	{"AWST", 480, NULL, NULL, 0, NULL}, {"JST", 540, NULL, NULL, 0, NULL},
	{"KST", 540, NULL, NULL, 0, NULL}, {"WIT", 540, NULL, NULL, 0, NULL},
	{"ACST", 570, NULL, NULL, 0, NULL}, {"AEST", 600, NULL, NULL, 0, NULL},
	{"ACDT", 630, NULL, NULL, 0, NULL}, {"AEDT", 660, NULL, NULL, 0, NULL},
	{"NZST", 720, NULL, NULL, 0, NULL}, {"NZDT", 780, NULL, NULL, 0, NULL},
	/* the Americas */
	{"NST", -210, NULL, NULL, 0, NULL}, {"NDT", -150, NULL, NULL, 0, NULL},
	{"ADT", -180, NULL, NULL, 0, NULL}, {"EST", -300, NULL, NULL, 0, NULL},
	{"EDT", -240, NULL, NULL, 0, NULL}, {"CDT", -300, NULL, NULL, 0, NULL},
	{"MST", -420, NULL, NULL, 0, NULL}, {"MDT", -360, NULL, NULL, 0, NULL},
	{"PST", -480, NULL, NULL, 0, NULL}, {"PDT", -420, NULL, NULL, 0, NULL},
	{"AKST", -540, NULL, NULL, 0, NULL}, {"AKDT", -480, NULL, NULL, 0, NULL},
	{"HST", -600, NULL, NULL, 0, NULL},
	/* shared: read only beside their partner (the offset: the first named, for the message's
	 * example) */
	{"CST", -360, "North America's Central Standard Time (UTC-6), China Standard Time (UTC+8) "
		   "and Cuba's (UTC-5)", "CDT", -360, "North America's Central Standard Time"},
	{"IST", 330, "India Standard Time (UTC+5:30), Israel Standard Time (UTC+2) and Irish "
		   "Standard Time (UTC+1)", "IDT", 120, "Israel Standard Time"},
	{"AST", -240, "Atlantic Standard Time (UTC-4) and Arabia Standard Time (UTC+3)", "ADT",
	 -240, "Atlantic Standard Time"},
	{NULL, 0, NULL, NULL, 0, NULL},
};

/* The run of capital letters at *i, ended by no other letter: its length, or 0. */
static size_t capitals(const char *s, size_t n, size_t i)
{
	size_t k = i;
	while (k < n && s[k] >= 'A' && s[k] <= 'Z')
		k++;
	if (k < n && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
		return 0;
	return k - i;
}

/* The entry of date_zone_names spelled s[0..len), or NULL. */
static const date_zone_name *zone_entry(const char *s, size_t len)
{
	for (const date_zone_name *z = date_zone_names; z->name; z++)
		if (strlen(z->name) == len && memcmp(z->name, s, len) == 0)
			return z;
	return NULL;
}

/* A zone abbreviation of date_zone_names at *i (%Z): its offset, minutes east of UTC, in
 * *off. A shared name is no zone. */
static int zone_name(const char *s, size_t n, size_t *i, int *off)
{
	size_t len = capitals(s, n, *i);
	const date_zone_name *z = len ? zone_entry(s + *i, len) : NULL;
	if (!z || z->clash)
		return -1;
	*i += len;
	*off = z->offset;
	return 0;
}

/* A UTC offset: Z, +HH, +HHMM, +HH:MM (or -), or a zone name (UTC, GMT, PST, CET: "2019-10-01
 * 00:00:02 UTC", as database exports write it). Minutes east of UTC in *off. */
static int zone(const char *s, size_t n, size_t *i, int *off)
{
	if (*i < n && s[*i] == 'Z' && !capitals(s, n, *i + 1)) {
		(*i)++;
		*off = 0;
		return 0;
	}
	if (*i + 3 < n && (!memcmp(s + *i, "GMT", 3) || !memcmp(s + *i, "UTC", 3)) &&
	    (s[*i + 3] == '+' || s[*i + 3] == '-')) {
		/* JavaScript's Date.toString writes "GMT+0100", an offset east as ISO's (t72 F21) */
		size_t k = *i + 3;
		if (zone(s, n, &k, off) == 0) {
			*i = k;
			return 0;
		}
	}
	if (*i < n && s[*i] >= 'A' && s[*i] <= 'Z')
		return zone_name(s, n, i, off);
	if (*i >= n || (s[*i] != '+' && s[*i] != '-'))
		return -1;
	int sign = s[(*i)++] == '-' ? -1 : 1, hh, mm = 0;
	if (digits(s, n, i, 2, 2, &hh))
		return -1;
	if (*i < n && s[*i] == ':')
		(*i)++;
	if (*i < n && digits(s, n, i, 2, 2, &mm))
		return -1;
	if (hh > 23 || mm > 59)
		return -1;
	*off = sign * (hh * 60 + mm);
	return 0;
}

static int meridiem_at(const char *s, size_t n, size_t *i, int *pm);

/* Whether s[0..n) ends in a time then a word (AM and PM are part of the time): the word's
 * start in *at. A word that is an AM or PM mark (meridiem_words: SA, CH) is no zone (t41 N5). */
static int word_after_time(const char *s, size_t n, size_t *at)
{
	size_t w = n, k;
	int pm;
	while (w > 0 && (s[w - 1] | 0x20) >= 'a' && (s[w - 1] | 0x20) <= 'z')
		w--;
	if (n - w < 2 || n - w > 5 || w < 2 || s[w - 1] != ' ' ||
	    (k = w, meridiem_at(s, n, &k, &pm) && k == n))
		return 0;
	size_t e = w - 1;   /* the time ends at e */
	if (e >= 2 && ((s[e - 2] | 0x20) == 'a' || (s[e - 2] | 0x20) == 'p') &&
	    (s[e - 1] | 0x20) == 'm' && e >= 3 && s[e - 3] == ' ')
		e -= 3;
	if (e == 0 || s[e - 1] < '0' || s[e - 1] > '9' || (n - w == 2 && (s[w + 1] | 0x20) == 'm'))
		return 0;
	*at = w;
	return 1;
}

/* The load argument whose sed writes repl for find in the data file path (rr_sed_load), or
 * a stand-in naming no word when the word cannot be written in a command (a control byte). */
static const char *zone_sed(char *buf, size_t size, const char *find, const char *repl,
			    const char *path)
{
	if (rr_sed_load(buf, size, find, repl, path))
		return buf;
	return rr_path_gzip(path) ? "\"|gzip -dc FILE | sed ... \"" : "\"|sed ... FILE\"";
}

/* The word at the end of date s[0..*n) after its time, or before a year as date(1) writes it
 * ("14:22:10 CST 2023"): 1 with its start in *w and *n cut to its end, else 0. */
static int zone_word_at(const char *s, size_t *n, size_t *w)
{
	if (*n > 5 && s[*n - 5] == ' ' && s[*n - 4] >= '0' && s[*n - 4] <= '9' &&
	    s[*n - 1] >= '0' && s[*n - 1] <= '9' && word_after_time(s, *n - 5, w)) {
		*n -= 5;
		return 1;
	}
	return word_after_time(s, *n, w);
}

const date_zone_name *date_zone_word(const char *s, size_t n, size_t *at)
{
	size_t w, e = n;
	if (!zone_word_at(s, &e, &w))
		return NULL;
	*at = w;
	return zone_entry(s + w, e - w);
}

const date_zone_name *date_zone_decides(const date_zone_name *z)
{
	for (const date_zone_name *c = date_zone_names; z && c->name; c++)
		if (c->partner && strcmp(c->partner, z->name) == 0)
			return c;
	return NULL;
}

size_t date_zone_decided_text(const char *s, size_t n, const date_zone_name *z, size_t at,
			      char *out, size_t size)
{
	size_t len = strlen(z->name);
	int a = abs(z->decided);
	if (at + len > n)
		return 0;
	int k = snprintf(out, size, "%.*s%c%02d:%02d%.*s", (int)at, s, z->decided < 0 ? '-' : '+',
			 a / 60, a % 60, (int)(n - at - len), s + at + len);
	return k > 0 && (size_t)k < size ? (size_t)k : 0;
}

int date_zone_trouble(const char *s, size_t n, const char *path, char *buf, size_t size)
{
	size_t w;
	if (!zone_word_at(s, &n, &w))
		return 0;
	char up[8];
	size_t len = n - w, lower = 0;
	for (size_t k = 0; k < len; k++) {
		int l = s[w + k] >= 'a' && s[w + k] <= 'z';
		lower += (size_t)l;
		up[k] = (char)(l ? s[w + k] - 32 : s[w + k]);
	}
	up[len] = '\0';
	const date_zone_name *z = zone_entry(lower ? up : s + w, len);
	char word[24], find[32], repl[32], sed[200];   /* the sed: rr_sed_load */
	snprintf(word, sizeof word, "%.*s", (int)len, s + w);
	snprintf(find, sizeof find, " %s", word);
	if (lower) {   /* a zone in lower case (t18): said, since a word of any case may be none */
		if (!z)
			return 0;
		snprintf(repl, sizeof repl, " %s", z->name);
		snprintf(buf, size, "'%s' at its end is %s in lower case: relrec reads zone names "
			 "in capitals, as exports write them (load %s)", word, z->name,
			 zone_sed(sed, sizeof sed, find, repl, path));
		return 1;
	}
	if (z && !z->clash)
		return 0;   /* a zone relrec reads: something else is wrong with the date */
	/* a pipe through sed gives each word its offset, in a file of one zone or of several
	 * (CST beside CDT), which no --date-format could */
	char off[16] = "+HH:MM";
	if (z)
		snprintf(off, sizeof off, "%c%02d:%02d", z->offset < 0 ? '-' : '+',
			 abs(z->offset) / 60, abs(z->offset) % 60);
	snprintf(repl, sizeof repl, " %s", off);
	if (z) {
		snprintf(find, sizeof find, " %s", z->name);
		snprintf(buf, size, "'%s' at its end is %s alike, and relrec does not guess: have the "
			 "export write offsets (psql: PGDATESTYLE=ISO), or write the right one for the "
			 "word, as load %s does for the first", z->name, z->clash,
			 zone_sed(sed, sizeof sed, find, repl, path));
	} else {
		snprintf(buf, size, "'%s' at its end is no time-zone abbreviation relrec knows (man "
			 "relrec lists them): have the export write offsets (psql: PGDATESTYLE=ISO), or "
			 "write its offset for the word (load %s), or load "
			 "with a --date-format that has the word itself (the times are then read as "
			 "written)", word, zone_sed(sed, sizeof sed, find, repl, path));
	}
	return 1;
}

int date_ampm_trouble(const datefmt *f, const char *s, size_t n, const char *path, char *buf,
		      size_t size)
{
	size_t fl = f ? strlen(f->text) : 0, w = n;
	while (fl > 0 && f->text[fl - 1] == ' ')
		fl--;
	if (fl < 2 || memcmp(f->text + fl - 2, "%p", 2) != 0)
		return 0;
	while (w > 0 && s[w - 1] != ' ' && (s[w - 1] < '0' || s[w - 1] > '9'))
		w--;
	if (w == n || n - w > 16 || w == 0 || s[w - 1] != ' ')
		return 0;
	int k = (int)(n - w);
	char find[32], sed[200];
	snprintf(find, sizeof find, " %.*s", k, s + w);
	if (buf)
		snprintf(buf, size, "'%.*s' in the place of the --date-format's %%p is no AM or PM "
			 "mark relrec knows (man relrec lists them): write AM or PM for it (load "
			 "%s if it marks the afternoon)", k, s + w,
			 zone_sed(sed, sizeof sed, find, " PM", path));
	return 1;
}

/* ==== --date-format ==== */

typedef struct dstate {
	int y, mo, d, h, mi, sec, off, pm, hour12;
	int yday;                  /* %j's day of the year (1..366), 0 when none */
	int zoned;                 /* a zone read: a second must agree (t18: 'CET PST' read) */
	int short_year;            /* %y read the year: under --calendar, that calendar's two
	                              digits (calendar_year2), not POSIX's pivot */
	int era_as_written;        /* %J or %K reads its year as written: the --calendar its years
	                              are of converts them (minguo's %K; 1911 added once) */
	const char *lang;          /* datefmt.lang: %b's sense of a name (month_sense) */
} dstate;

/* A zone directive's offset into st: 0, or -1 when it contradicts one read before. */
static int fmt_zone(dstate *st, int off)
{
	if (st->zoned && st->off != off)
		return -1;
	st->zoned = 1;
	st->off = off;
	return 0;
}

/* Month names as shops' exports write them, in the languages whose header names relrec knows
 * (src/csvsniff.c): English, German, French, Spanish, Italian, Dutch and Portuguese, and in
 * Russian, Polish, Czech, Turkish, Indonesian, Malay and Hungarian, whose shop and accounting systems (1C, Subiekt,
 * Shoptet, Trendyol) write them in their dates, the genitive of "15 marca 2024" too (t35 F14:
 * --date-format "%e %B %Y" read none), whole and in their usual abbreviations, accented and
 * not (an export made without accents writes "aout", "fevr", "marco", "pazdziernika"). Lower case; any case matches. No name may mean two months
 * (tests/unit/test_ingest.c holds it to that), so a name read is a month whatever the
 * language. Ends with {NULL, 0}. */
const date_month_name date_month_names[] = {
	/* English */
	{"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
	{"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
	{"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
	{"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
	/* German (Austria's Jänner too) */
	{"januar", 1}, {"j\xC3\xA4nner", 1}, {"j\xC3\xA4n", 1}, {"jaenner", 1}, {"februar", 2},
	{"m\xC3\xA4rz", 3}, {"m\xC3\xA4r", 3}, {"mrz", 3}, {"maerz", 3}, {"marz", 3}, {"mai", 5},
	{"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10}, {"dezember", 12}, {"dez", 12},
	/* French */
	{"janvier", 1}, {"janv", 1}, {"f\xC3\xA9vrier", 2}, {"fevrier", 2}, {"f\xC3\xA9vr", 2},
	{"fevr", 2}, {"f\xC3\xA9v", 2}, {"fev", 2}, {"mars", 3}, {"avril", 4}, {"avr", 4},
	{"juin", 6}, {"juillet", 7}, {"juil", 7}, {"ao\xC3\xBBt", 8}, {"aout", 8},
	{"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"d\xC3\xA9" "cembre", 12},
	{"decembre", 12}, {"d\xC3\xA9" "c", 12},
	/* Spanish */
	{"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4},
	{"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9},
	{"setiembre", 9}, {"set", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
	{"dic", 12},
	/* Italian */
	{"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"mag", 5},
	{"giugno", 6}, {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9}, {"ottobre", 10},
	{"ott", 10}, {"dicembre", 12},
	/* Dutch */
	{"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"mei", 5}, {"augustus", 8},
	/* Portuguese */
	{"janeiro", 1}, {"fevereiro", 2}, {"mar\xC3\xA7o", 3}, {"marco", 3}, {"maio", 5},
	{"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"out", 10},
	{"novembro", 11}, {"dezembro", 12},
	/* Russian: nominative, the genitive dates write (15 марта 2024 г.), abbreviations */
	{"\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8C", 1},
	{"\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F", 1},
	{"\xD1\x8F\xD0\xBD\xD0\xB2", 1},
	{"\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8C", 2},
	{"\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F", 2},
	{"\xD1\x84\xD0\xB5\xD0\xB2", 2}, {"\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82", 3},
	{"\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0", 3}, {"\xD0\xBC\xD0\xB0\xD1\x80", 3},
	{"\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8C", 4},
	{"\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F", 4},
	{"\xD0\xB0\xD0\xBF\xD1\x80", 4}, {"\xD0\xBC\xD0\xB0\xD0\xB9", 5},
	{"\xD0\xBC\xD0\xB0\xD1\x8F", 5}, {"\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8C", 6},
	{"\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F", 6}, {"\xD0\xB8\xD1\x8E\xD0\xBD", 6},
	{"\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8C", 7}, {"\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F", 7},
	{"\xD0\xB8\xD1\x8E\xD0\xBB", 7},
	{"\xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82", 8},
	{"\xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0", 8},
	{"\xD0\xB0\xD0\xB2\xD0\xB3", 8},
	{"\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8C", 9},
	{"\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 9},
	{"\xD1\x81\xD0\xB5\xD0\xBD", 9}, {"\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82", 9},
	{"\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8C", 10},
	{"\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 10},
	{"\xD0\xBE\xD0\xBA\xD1\x82", 10},
	{"\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8C", 11},
	{"\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 11},
	{"\xD0\xBD\xD0\xBE\xD1\x8F", 11}, {"\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1", 11},
	{"\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8C", 12},
	{"\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F", 12},
	{"\xD0\xB4\xD0\xB5\xD0\xBA", 12},
	/* Polish: nominative, genitive (15 marca 2024), abbreviations */
	{"stycze\xC5\x84", 1}, {"stycznia", 1}, {"styczen", 1}, {"sty", 1}, {"luty", 2},
	{"lutego", 2}, {"lut", 2}, {"marzec", 3}, {"marca", 3}, {"kwiecie\xC5\x84", 4},
	{"kwietnia", 4}, {"kwiecien", 4}, {"kwi", 4}, {"maj", 5}, {"maja", 5}, {"czerwiec", 6},
	{"czerwca", 6}, {"cze", 6}, {"lipiec", 7}, {"lipca", 7}, {"lip", 7},
	{"sierpie\xC5\x84", 8}, {"sierpnia", 8}, {"sierpien", 8}, {"sie", 8},
	{"wrzesie\xC5\x84", 9}, {"wrze\xC5\x9Bnia", 9}, {"wrzesien", 9}, {"wrzesnia", 9},
	{"wrz", 9}, {"pa\xC5\xBA" "dziernik", 10}, {"pa\xC5\xBA" "dziernika", 10},
	{"pazdziernik", 10}, {"pazdziernika", 10}, {"pa\xC5\xBA", 10}, {"paz", 10},
	{"listopad", 11}, {"listopada", 11}, {"lis", 11}, {"grudzie\xC5\x84", 12},
	{"grudnia", 12}, {"grudzien", 12}, {"gru", 12},
	/* Czech: nominative, genitive (15. března 2024); listopad is Polish's too */
	{"leden", 1}, {"ledna", 1}, {"\xC3\xBAnor", 2}, {"\xC3\xBAnora", 2}, {"unor", 2},
	{"unora", 2}, {"b\xC5\x99" "ezen", 3}, {"b\xC5\x99" "ezna", 3}, {"brezen", 3},
	{"brezna", 3}, {"duben", 4}, {"dubna", 4}, {"kv\xC4\x9Bten", 5}, {"kv\xC4\x9Btna", 5},
	{"kveten", 5}, {"kvetna", 5}, {"\xC4\x8D" "erven", 6}, {"\xC4\x8D" "ervna", 6},
	{"cerven", 6}, {"cervna", 6}, {"\xC4\x8D" "ervenec", 7}, {"\xC4\x8D" "ervence", 7},
	{"cervenec", 7}, {"cervence", 7}, {"srpen", 8}, {"srpna", 8},
	{"z\xC3\xA1\xC5\x99\xC3\xAD", 9}, {"zari", 9}, {"\xC5\x99\xC3\xADjen", 10},
	{"\xC5\x99\xC3\xADjna", 10}, {"rijen", 10}, {"rijna", 10}, {"listopadu", 11},
	{"prosinec", 12}, {"prosince", 12},
	/* Turkish (3 Nisan 2024), abbreviations */
	{"ocak", 1}, {"oca", 1}, {"\xC5\x9Fubat", 2}, {"subat", 2}, {"\xC5\x9Fub", 2},
	{"sub", 2}, {"mart", 3}, {"nisan", 4}, {"nis", 4}, {"may\xC4\xB1s", 5}, {"mayis", 5},
	{"haziran", 6}, {"haz", 6}, {"temmuz", 7}, {"tem", 7}, {"a\xC4\x9Fustos", 8},
	{"agustos", 8}, {"a\xC4\x9Fu", 8}, {"agu", 8}, {"eyl\xC3\xBCl", 9}, {"eylul", 9},
	{"eyl", 9}, {"ekim", 10}, {"eki", 10}, {"kas\xC4\xB1m", 11}, {"kasim", 11}, {"kas", 11},
	{"aral\xC4\xB1k", 12}, {"aralik", 12}, {"ara", 12},
	/* Indonesian (Tokopedia, Shopee ID, Moka: 9 Des 2023, 5 Agustus 2023; t42 F12), and
	 * Malay (Shopee MY, Lazada MY: 5 Ogos 2023); their januari, februari, mei, juni, juli,
	 * oktober are Dutch's and German's above */
	{"maret", 3}, {"agustus", 8}, {"agt", 8}, {"ags", 8}, {"nopember", 11}, {"nop", 11},
	{"desember", 12}, {"des", 12}, {"mac", 3}, {"julai", 7}, {"ogos", 8}, {"ogo", 8},
	{"disember", 12}, {"dis", 12},
	/* Hungarian (Sz\xC3\xA1ml\xC3\xA1zz.hu, Billingo: 2023. febr. 17.), whole and abbreviated */
	{"janu\xC3\xA1r", 1}, {"febru\xC3\xA1r", 2}, {"febr", 2}, {"m\xC3\xA1rcius", 3},
	{"marcius", 3}, {"m\xC3\xA1rc", 3}, {"marc", 3}, {"\xC3\xA1prilis", 4}, {"aprilis", 4},
	{"\xC3\xA1pr", 4}, {"m\xC3\xA1jus", 5}, {"majus", 5}, {"m\xC3\xA1j", 5},
	{"j\xC3\xBAnius", 6}, {"junius", 6}, {"j\xC3\xBAn", 6}, {"j\xC3\xBAlius", 7},
	{"julius", 7}, {"j\xC3\xBAl", 7}, {"augusztus", 8}, {"szeptember", 9}, {"szept", 9},
	{"okt\xC3\xB3" "ber", 10},
	/* Croatian (Pantheon, Minimax: 3. sije\xC4\x8Dnja 2024.): nominative, genitive, unaccented;
	 * listopad (October here, November in Polish and Czech) and the abbreviations lip and lis
	 * are the Polish entries above, month_senses turns them under a Croatian header */
	{"sije\xC4\x8D" "anj", 1}, {"sije\xC4\x8D" "nja", 1}, {"sijecanj", 1}, {"sijecnja", 1},
	{"velja\xC4\x8D" "a", 2}, {"velja\xC4\x8D" "e", 2}, {"veljaca", 2}, {"veljace", 2},
	{"o\xC5\xBEujak", 3}, {"o\xC5\xBEujka", 3}, {"ozujak", 3}, {"ozujka", 3},
	{"travanj", 4}, {"travnja", 4}, {"svibanj", 5}, {"svibnja", 5}, {"lipanj", 6},
	{"lipnja", 6}, {"srpanj", 7}, {"srpnja", 7}, {"kolovoz", 8}, {"kolovoza", 8},
	{"rujan", 9}, {"rujna", 9}, {"studeni", 11}, {"studenoga", 11}, {"studenog", 11},
	{"prosinac", 12}, {"prosinca", 12},
	/* Thai (Wongnai, FlowAccount: 20 \xE0\xB8\x95.\xE0\xB8\x84. 2567, the Buddhist era's year), whole
	 * and in the abbreviations with their points (t80 F24, F27) */
	{"\xE0\xB8\xA1\xE0\xB8\x81\xE0\xB8\xA3\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xA1", 1},
	{"\xE0\xB8\xA1\x2E\xE0\xB8\x84\x2E", 1},
	{"\xE0\xB8\x81\xE0\xB8\xB8\xE0\xB8\xA1\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\x9E\xE0\xB8\xB1\xE0\xB8\x99\xE0\xB8\x98\xE0\xB9\x8C", 2},
	{"\xE0\xB8\x81\x2E\xE0\xB8\x9E\x2E", 2},
	{"\xE0\xB8\xA1\xE0\xB8\xB5\xE0\xB8\x99\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xA1", 3},
	{"\xE0\xB8\xA1\xE0\xB8\xB5\x2E\xE0\xB8\x84\x2E", 3},
	{"\xE0\xB9\x80\xE0\xB8\xA1\xE0\xB8\xA9\xE0\xB8\xB2\xE0\xB8\xA2\xE0\xB8\x99", 4},
	{"\xE0\xB9\x80\xE0\xB8\xA1\x2E\xE0\xB8\xA2\x2E", 4},
	{"\xE0\xB8\x9E\xE0\xB8\xA4\xE0\xB8\xA9\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xA1", 5},
	{"\xE0\xB8\x9E\x2E\xE0\xB8\x84\x2E", 5},
	{"\xE0\xB8\xA1\xE0\xB8\xB4\xE0\xB8\x96\xE0\xB8\xB8\xE0\xB8\x99\xE0\xB8\xB2\xE0\xB8\xA2\xE0\xB8\x99", 6},
	{"\xE0\xB8\xA1\xE0\xB8\xB4\x2E\xE0\xB8\xA2\x2E", 6},
	{"\xE0\xB8\x81\xE0\xB8\xA3\xE0\xB8\x81\xE0\xB8\x8E\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xA1", 7},
	{"\xE0\xB8\x81\x2E\xE0\xB8\x84\x2E", 7},
	{"\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB8\x87\xE0\xB8\xAB\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xA1", 8},
	{"\xE0\xB8\xAA\x2E\xE0\xB8\x84\x2E", 8},
	{"\xE0\xB8\x81\xE0\xB8\xB1\xE0\xB8\x99\xE0\xB8\xA2\xE0\xB8\xB2\xE0\xB8\xA2\xE0\xB8\x99", 9},
	{"\xE0\xB8\x81\x2E\xE0\xB8\xA2\x2E", 9},
	{"\xE0\xB8\x95\xE0\xB8\xB8\xE0\xB8\xA5\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xA1", 10},
	{"\xE0\xB8\x95\x2E\xE0\xB8\x84\x2E", 10},
	{"\xE0\xB8\x9E\xE0\xB8\xA4\xE0\xB8\xA8\xE0\xB8\x88\xE0\xB8\xB4\xE0\xB8\x81\xE0\xB8\xB2\xE0\xB8\xA2\xE0\xB8\x99", 11},
	{"\xE0\xB8\x9E\x2E\xE0\xB8\xA2\x2E", 11},
	{"\xE0\xB8\x98\xE0\xB8\xB1\xE0\xB8\x99\xE0\xB8\xA7\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xA1", 12},
	{"\xE0\xB8\x98\x2E\xE0\xB8\x84\x2E", 12},
	/* Arabic: the Gregorian months as Egypt and the Gulf name them (20 \xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2024:
	 * Salla, Zid), hamza or not, and as the Levant and Iraq do (\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD9\x86
	 * \xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A January); the Islamic months are the calendar table's */
	{"\xD9\x8A\xD9\x86\xD8\xA7\xD9\x8A\xD8\xB1", 1},
	{"\xD9\x81\xD8\xA8\xD8\xB1\xD8\xA7\xD9\x8A\xD8\xB1", 2},
	{"\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3", 3}, {"\xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", 4},
	{"\xD8\xA7\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", 4},
	{"\xD8\xA5\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", 4}, {"\xD9\x85\xD8\xA7\xD9\x8A\xD9\x88", 5},
	{"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88", 6},
	{"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD8\xA9", 6},
	{"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88", 7},
	{"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD8\xA9", 7},
	{"\xD8\xA3\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", 8},
	{"\xD8\xA7\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", 8},
	{"\xD8\xB3\xD8\xA8\xD8\xAA\xD9\x85\xD8\xA8\xD8\xB1", 9},
	{"\xD8\xA3\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", 10},
	{"\xD8\xA7\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", 10},
	{"\xD9\x86\xD9\x88\xD9\x81\xD9\x85\xD8\xA8\xD8\xB1", 11},
	{"\xD8\xAF\xD9\x8A\xD8\xB3\xD9\x85\xD8\xA8\xD8\xB1", 12},
	{"\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD9\x86\x20\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A", 1},
	{"\xD8\xB4\xD8\xA8\xD8\xA7\xD8\xB7", 2}, {"\xD8\xA2\xD8\xB0\xD8\xA7\xD8\xB1", 3},
	{"\xD9\x86\xD9\x8A\xD8\xB3\xD8\xA7\xD9\x86", 4}, {"\xD8\xA3\xD9\x8A\xD8\xA7\xD8\xB1", 5},
	{"\xD8\xA7\xD9\x8A\xD8\xA7\xD8\xB1", 5},
	{"\xD8\xAD\xD8\xB2\xD9\x8A\xD8\xB1\xD8\xA7\xD9\x86", 6},
	{"\xD8\xAA\xD9\x85\xD9\x88\xD8\xB2", 7}, {"\xD8\xA2\xD8\xA8", 8},
	{"\xD8\xA3\xD9\x8A\xD9\x84\xD9\x88\xD9\x84", 9},
	{"\xD8\xA7\xD9\x8A\xD9\x84\xD9\x88\xD9\x84", 9},
	{"\xD8\xAA\xD8\xB4\xD8\xB1\xD9\x8A\xD9\x86\x20\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84", 10},
	{"\xD8\xAA\xD8\xB4\xD8\xB1\xD9\x8A\xD9\x86\x20\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84", 10},
	{"\xD8\xAA\xD8\xB4\xD8\xB1\xD9\x8A\xD9\x86\x20\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A", 11},
	{"\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD9\x86\x20\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84", 12},
	{"\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD9\x86\x20\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84", 12},
	{NULL, 0},
};

/* Month names of the table above that name another month in another language, and that
 * month: under a header of that language (date_guess.lang, datefmt.lang: the load's
 * sniff_header_lang) the name is read so; under none, the table's month is read and the
 * load says it (date_guess.n_month_doubt). Croatian's listopad is October, Polish's and
 * Czech's November (t74 F2); its lip(anj) is June, Polish's lip(iec) July. Ends with
 * {NULL, NULL, 0}. */
const date_month_sense date_month_senses[] = {
	{"hr", "listopad", 10, "Croatian", "Polish and Czech"},
	{"hr", "listopada", 10, "Croatian", "Polish"},
	{"hr", "lis", 10, "Croatian", "Polish"},
	{"hr", "lip", 6, "Croatian", "Polish"},
	{NULL, NULL, 0, NULL, NULL},
};

const char *const date_month_languages[] = {"cs", "hr", "pl", NULL};

/* The names of date_month_names that one language of date_month_languages alone writes,
 * whole, accented and not: a column's other months say which sense its doubtful one has
 * (t76 F1: a Czech file's rijen and cerven beside its listopad, under a header whose Artikl
 * Croatian writes too). Each is a name of date_month_names. */
static const struct month_lang {
	const char *lang;    /* of date_month_languages */
	const char *names;   /* comma-separated */
} month_langs[] = {
	{"cs", "leden,ledna,\xC3\xBAnor,\xC3\xBAnora,unor,unora,b\xC5\x99" "ezen,b\xC5\x99" "ezna,"
	       "brezen,brezna,duben,dubna,kv\xC4\x9Bten,kv\xC4\x9Btna,kveten,kvetna,"
	       "\xC4\x8D" "erven,\xC4\x8D" "ervna,cerven,cervna,\xC4\x8D" "ervenec,\xC4\x8D" "ervence,"
	       "cervenec,cervence,srpen,srpna,z\xC3\xA1\xC5\x99\xC3\xAD,zari,\xC5\x99\xC3\xADjen,"
	       "\xC5\x99\xC3\xADjna,rijen,rijna,listopadu,prosinec,prosince"},
	{"hr", "sije\xC4\x8D" "anj,sije\xC4\x8D" "nja,sijecanj,sijecnja,velja\xC4\x8D" "a,"
	       "velja\xC4\x8D" "e,veljaca,veljace,o\xC5\xBEujak,o\xC5\xBEujka,ozujak,ozujka,travanj,"
	       "travnja,svibanj,svibnja,lipanj,lipnja,srpanj,srpnja,kolovoz,kolovoza,rujan,rujna,"
	       "studeni,studenoga,studenog,prosinac,prosinca"},
	{"pl", "stycze\xC5\x84,stycznia,styczen,luty,lutego,marzec,marca,kwiecie\xC5\x84,kwietnia,"
	       "kwiecien,maja,czerwiec,czerwca,lipiec,lipca,sierpie\xC5\x84,sierpnia,sierpien,"
	       "wrzesie\xC5\x84,wrze\xC5\x9Bnia,wrzesien,wrzesnia,pa\xC5\xBA" "dziernik,"
	       "pa\xC5\xBA" "dziernika,pazdziernik,pazdziernika,grudzie\xC5\x84,grudnia,grudzien"},
};

/* date_month_languages' index of lang, or -1. */
static int month_lang_index(const char *lang)
{
	for (int k = 0; date_month_languages[k]; k++)
		if (strcmp(date_month_languages[k], lang) == 0)
			return k;
	return -1;
}

/* Whether name is one of list's (comma-separated; both of this file's tables). */
static int name_in_list(const char *name, const char *list)
{
	size_t n = strlen(name);
	for (const char *p = list; *p;) {
		size_t k = strcspn(p, ",");
		if (k == n && memcmp(p, name, n) == 0)
			return 1;
		p += k + (p[k] == ',');
	}
	return 0;
}

int date_month_lang_listed(const char *name)
{
	for (size_t l = 0; l < sizeof month_langs / sizeof *month_langs; l++)
		if (name_in_list(name, month_langs[l].names))
			return 1;
	return 0;
}

/* The language month name m says, a bit of date_month_languages, or 0 for none. */
static unsigned month_lang_of(const date_month_name *m)
{
	for (size_t l = 0; l < sizeof month_langs / sizeof *month_langs; l++)
		if (name_in_list(m->name, month_langs[l].names))
			return 1u << month_lang_index(month_langs[l].lang);
	return 0;
}

/* The sense of month name m in language lang (NULL: none known): the month read, and in
 * *other the entry of date_month_senses that reads it otherwise when lang did not decide
 * (NULL when the name means one month). */
static int month_sense(const date_month_name *m, const char *lang,
		       const date_month_sense **other)
{
	*other = NULL;
	for (const date_month_sense *x = date_month_senses; x->name; x++) {
		if (strcmp(x->name, m->name) != 0)
			continue;
		if (lang && strcmp(lang, x->lang) == 0)
			return x->month;
		if (!lang)
			*other = x;
	}
	return m->month;
}

/* Weekday names before a date ("Mo, 21. Mai 2023", "lunes, 15 de marzo de 2023", "Wed
 * 01/12/2010"), in the same languages, whole and in their usual abbreviations, accented and
 * not. No name means two days (tests/unit/test_ingest.c). Ends with {NULL, 0}. */
const date_month_name date_weekday_names[] = {
	/* English */
	{"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
	{"saturday", 6}, {"sunday", 7}, {"mon", 1}, {"tue", 2}, {"tues", 2}, {"wed", 3},
	{"thu", 4}, {"thur", 4}, {"thurs", 4}, {"fri", 5}, {"sat", 6}, {"sun", 7},
	/* German (and Dutch: di and do are Tuesday and Thursday in both) */
	{"montag", 1}, {"dienstag", 2}, {"mittwoch", 3}, {"donnerstag", 4}, {"freitag", 5},
	{"samstag", 6}, {"sonnabend", 6}, {"sonntag", 7}, {"mo", 1}, {"di", 2}, {"mi", 3},
	{"do", 4}, {"fr", 5}, {"sa", 6}, {"so", 7},
	/* French */
	{"lundi", 1}, {"mardi", 2}, {"mercredi", 3}, {"jeudi", 4}, {"vendredi", 5},
	{"samedi", 6}, {"dimanche", 7}, {"lun", 1}, {"mar", 2}, {"mer", 3}, {"jeu", 4},
	{"ven", 5}, {"sam", 6}, {"dim", 7},
	/* Spanish */
	{"lunes", 1}, {"martes", 2}, {"mi\xC3\xA9rcoles", 3}, {"miercoles", 3}, {"jueves", 4},
	{"viernes", 5}, {"s\xC3\xA1" "bado", 6}, {"sabado", 6}, {"domingo", 7},
	{"mi\xC3\xA9", 3}, {"mie", 3}, {"jue", 4}, {"vie", 5}, {"s\xC3\xA1" "b", 6}, {"sab", 6},
	{"dom", 7},
	/* Italian */
	{"luned\xC3\xAC", 1}, {"lunedi", 1}, {"marted\xC3\xAC", 2}, {"martedi", 2},
	{"mercoled\xC3\xAC", 3}, {"mercoledi", 3}, {"gioved\xC3\xAC", 4}, {"giovedi", 4},
	{"venerd\xC3\xAC", 5}, {"venerdi", 5}, {"sabato", 6}, {"domenica", 7}, {"gio", 4},
	/* Dutch */
	{"maandag", 1}, {"dinsdag", 2}, {"woensdag", 3}, {"donderdag", 4}, {"vrijdag", 5},
	{"zaterdag", 6}, {"zondag", 7}, {"ma", 1}, {"wo", 3}, {"vr", 5}, {"za", 6}, {"zo", 7},
	/* Portuguese */
	{"segunda-feira", 1}, {"ter\xC3\xA7" "a-feira", 2}, {"terca-feira", 2},
	{"quarta-feira", 3}, {"quinta-feira", 4}, {"sexta-feira", 5}, {"segunda", 1},
	{"ter\xC3\xA7" "a", 2}, {"terca", 2}, {"quarta", 3}, {"quinta", 4}, {"sexta", 5},
	{"seg", 1}, {"ter", 2}, {"qua", 3}, {"qui", 4}, {"sex", 5},
	/* Polish, Czech and Croatian, whose months relrec reads too (t76 F16: 01.03.2024. (pet),
	 * (pt.) 01.03.2024); Czech's so, Saturday, is German's Sunday: left out */
	{"poniedzia\xC5\x82" "ek", 1}, {"poniedzialek", 1}, {"wtorek", 2},
	{"\xC5\x9Broda", 3}, {"sroda", 3}, {"czwartek", 4}, {"pi\xC4\x85tek", 5},
	{"piatek", 5}, {"sobota", 6}, {"niedziela", 7}, {"pon", 1}, {"wt", 2},
	{"\xC5\x9Br", 3}, {"sr", 3}, {"czw", 4}, {"pt", 5}, {"sob", 6}, {"niedz", 7},
	{"nd", 7}, {"pond\xC4\x9Bl\xC3\xAD", 1}, {"pondeli", 1}, {"\xC3\xBAter\xC3\xBD", 2},
	{"utery", 2}, {"st\xC5\x99" "eda", 3}, {"streda", 3}, {"\xC4\x8Dtvrtek", 4},
	{"ctvrtek", 4}, {"p\xC3\xA1tek", 5}, {"patek", 5}, {"ned\xC4\x9Ble", 7},
	{"nedele", 7}, {"po", 1}, {"\xC3\xBAt", 2}, {"ut", 2}, {"st", 3}, {"\xC4\x8Dt", 4},
	{"ct", 4}, {"p\xC3\xA1", 5}, {"pa", 5}, {"ne", 7}, {"ponedjeljak", 1},
	{"utorak", 2}, {"srijeda", 3}, {"\xC4\x8D" "etvrtak", 4}, {"cetvrtak", 4},
	{"petak", 5}, {"subota", 6}, {"nedjelja", 7}, {"uto", 2}, {"sri", 3},
	{"\xC4\x8D" "et", 4}, {"cet", 4}, {"pet", 5}, {"sub", 6}, {"ned", 7},
	{NULL, 0},
};

/* Whether a letter starts at s[i]: ASCII, or any UTF-8 sequence that is no blank. */
static int letter_at(const char *s, size_t n, size_t i)
{
	unsigned char c = i < n ? (unsigned char)s[i] : 0;
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= 0x80 && !blank(s, n, i));
}

/* A table's names by their first byte, in table order: name_in compares a word with the
 * names that start as it does, where it walked every name of seven languages (a date column
 * tries the weekdays and the months on each row). Built once, for every load. */
#define MONTH_NAMES (sizeof date_month_names / sizeof *date_month_names - 1)
#define WEEKDAY_NAMES (sizeof date_weekday_names / sizeof *date_weekday_names - 1)
typedef struct name_index {
	unsigned short from[257];   /* the names starting with byte c: at[from[c]..from[c + 1]) */
	unsigned short at[MONTH_NAMES > WEEKDAY_NAMES ? MONTH_NAMES : WEEKDAY_NAMES];
} name_index;
static name_index month_index, weekday_index;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static void index_table(const date_month_name *table, name_index *x)
{
	unsigned short next[256] = {0};
	for (const date_month_name *m = table; m->name; m++)
		next[(unsigned char)m->name[0]]++;
	for (int c = 0; c < 256; c++) {
		x->from[c + 1] = (unsigned short)(x->from[c] + next[c]);
		next[c] = x->from[c];
	}
	for (unsigned short k = 0; table[k].name; k++)
		x->at[next[(unsigned char)table[k].name[0]]++] = k;
}

static void index_names(void)
{
	index_table(date_month_names, &month_index);
	index_table(date_weekday_names, &weekday_index);
}

/* A name of table (months or weekdays, x its index) at *i, any case, ending where the word
 * ends ("mar" is no prefix of "marzo"): its number in *v. A dot after an abbreviation is the
 * caller's, as it may be a separator. A digit there costs one test: numeric dates never walk
 * the table. */
static const date_month_name *name_in(const date_month_name *table, const name_index *x,
				      const char *s, size_t n, size_t *i)
{
	if (!letter_at(s, n, *i))
		return NULL;
	pthread_once(&names_once, index_names);
	/* s is compared a unit at a time, folded as relrec folds text in any script (textfold.h:
	 * ЯНВАРЯ, ŞUBAT, EKİM are the table's января, şubat, ekim); the table is written folded */
	unsigned char f[4];
	int used;
	textfold_unit((const unsigned char *)s + *i, n - *i, f, &used);
	unsigned char first = f[0];
	for (unsigned j = x->from[first]; j < x->from[first + 1]; j++) {
		const date_month_name *m = &table[x->at[j]];
		size_t k = textfold_prefix(s + *i, n - *i, m->name, strlen(m->name));
		if (k && !letter_at(s, n, *i + k)) {
			*i += k;
			return m;
		}
	}
	return NULL;
}

/* A month name of date_month_names at *i: its entry, or NULL. */
static const date_month_name *month_word(const char *s, size_t n, size_t *i)
{
	return name_in(date_month_names, &month_index, s, n, i);
}

/* A month name of date_month_names at *i: its month in *mo. */
static int month_name(const char *s, size_t n, size_t *i, int *mo)
{
	const date_month_name *m = month_word(s, n, i);
	if (m)
		*mo = m->month;
	return m ? 0 : -1;
}

/* A weekday name of date_weekday_names at *i, as month_name reads a month's. */
static int weekday_name(const char *s, size_t n, size_t *i)
{
	return name_in(date_weekday_names, &weekday_index, s, n, i) ? 0 : -1;
}

int date_unknown_month(const char *s, size_t n, char *word, size_t size)
{
	int digit = 0, named = 0, found = 0, groups = 0;
	for (size_t i = 0; i < n;) {
		if (s[i] >= '0' && s[i] <= '9') {
			groups += !digit || !(s[i - 1] >= '0' && s[i - 1] <= '9');
			digit = 1;
			i++;
			continue;
		}
		size_t st = i, j = i;
		int mo, letters = 0, upper = 1, wide = 0;
		if (!letter_at(s, n, i) || weekday_name(s, n, &j) == 0) {
			i = j > i ? j : i + 1;
			continue;
		}
		if (month_name(s, n, &j, &mo) == 0) {   /* a month it knows: not the trouble */
			named = 1;
			i = j;
			continue;
		}
		for (; i < n && letter_at(s, n, i); i++) {
			unsigned char c = (unsigned char)s[i];
			letters += c < 0x80 || c >= 0xC0;   /* a letter's first byte */
			wide |= c >= 0xE0;                  /* CJK, Thai: 年, 月 are no names */
			upper &= c < 0x80 && !(c >= 'a' && c <= 'z');
		}
		/* between digits, two letters or more, no zone or AM/PM mark (UTC, PST, PM); not
		 * after a whole date of numbers, where a word before the time is "at" (t46 F13:
		 * Finnish 5.1.2024 klo 13.22, German um) */
		size_t k = i;
		while (k < n && !(s[k] >= '0' && s[k] <= '9'))
			k++;
		if (!found && digit && groups < 3 && k < n && letters >= 2 && !wide &&
		    !(upper && letters <= 5) &&
		    i - st < size) {
			memcpy(word, s + st, i - st);
			word[i - st] = '\0';
			found = 1;
		}
	}
	return found && !named;
}

static int fmt_walk(const char *fmt, const char *s, size_t n, size_t *i, dstate *st);

/* One directive c of a format at s[*i]. */

/* AM and PM as locales write them, the one table %p and the dates read without a format
 * both read (any case): English's (with points, and Spanish's a. m.), Chinese, Japanese and
 * Korean (上午/下午, 午前/午後, 오전/오후), Vietnamese s\xC3\xA1ng/chi\xE1\xBB\x81u as vi-VN writes them,
 * SA/CH (t39 #14: taken for a time zone, even under %p), and Arabic's \xD8\xB5/\xD9\x85. Longer
 * first: "a. m." before "am" would be no matter, "a.m." must come before "a". */
static const char *const meridiem_words[][2] = {
	{"a. m.", "p. m."}, {"a.m.", "p.m."}, {"am", "pm"},
	{"\xE4\xB8\x8A\xE5\x8D\x88", "\xE4\xB8\x8B\xE5\x8D\x88"},   /* shangwu, xiawu */
	{"\xE5\x8D\x88\xE5\x89\x8D", "\xE5\x8D\x88\xE5\xBE\x8C"},   /* gozen, gogo */
	{"\xEC\x98\xA4\xEC\xA0\x84", "\xEC\x98\xA4\xED\x9B\x84"},   /* ojeon, ohu */
	{"sa", "ch"},
	{"\xD8\xB5", "\xD9\x85"},
};

/* The AM or PM mark (meridiem_words) at s[*i], not run on into a letter: 1 with *pm set and
 * *i past it, else 0. */
static int meridiem_at(const char *s, size_t n, size_t *i, int *pm)
{
	if (*i >= n || (s[*i] >= '0' && s[*i] <= '9'))   /* most dates: no mark here */
		return 0;
	for (size_t k = 0; k < sizeof meridiem_words / sizeof *meridiem_words; k++)
		for (int p = 0; p < 2; p++) {
			const char *w = meridiem_words[k][p];
			size_t m = strlen(w), j;
			for (j = 0; j < m && *i + j < n; j++) {
				char c = s[*i + j];
				if ((c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) != w[j])
					break;
			}
			if (j < m || (*i + m < n && (((s[*i + m] | 0x20) >= 'a' &&
						      (s[*i + m] | 0x20) <= 'z'))))
				continue;
			*pm = p;
			*i += m;
			return 1;
		}
	return 0;
}

static int fmt_directive(char c, const char *s, size_t n, size_t *i, dstate *st)
{
	int v;
	switch (c) {
	case 'Y': return digits(s, n, i, 4, 4, &st->y);
	case 'y':
		if (digits(s, n, i, 2, 2, &v))
			return -1;
		st->y = v < 69 ? 2000 + v : 1900 + v; /* POSIX's pivot */
		st->short_year = 1;
		return 0;
	case 'm': return digits(s, n, i, 1, 2, &st->mo);
	case 'e':
		skip_blank(s, n, i);
		return digits(s, n, i, 1, 2, &st->d);
	case 'd': return digits(s, n, i, 1, 2, &st->d);
	case 'j': return digits(s, n, i, 1, 3, &st->yday) || st->yday < 1 ? -1 : 0;
	case 'I': st->hour12 = 1; return digits(s, n, i, 1, 2, &st->h);
	case 'H': return digits(s, n, i, 1, 2, &st->h);
	case 'M': return digits(s, n, i, 1, 2, &st->mi);
	case 'S': return digits(s, n, i, 1, 2, &st->sec);
	case 'f': return digits(s, n, i, 1, 9, &v); /* fractions of a second: dropped */
	case 'z': return zone(s, n, i, &v) || fmt_zone(st, v);
	case 'Z': return zone_name(s, n, i, &v) || fmt_zone(st, v);
	case 'b': case 'B': case 'h': {
		const date_month_name *m = month_word(s, n, i);
		const date_month_sense *other;
		if (m)
			st->mo = month_sense(m, st->lang, &other);
		return m ? 0 : -1;
	}
	case 'a': case 'A': return weekday_name(s, n, i);   /* not checked against the date */
	case 'T': return fmt_walk("%H:%M:%S", s, n, i, st);
	case 'F': return fmt_walk("%Y-%m-%d", s, n, i, st);
	case 'p': return meridiem_at(s, n, i, &st->pm) ? 0 : -1;
	case '%': return *i < n && s[(*i)++] == '%' ? 0 : -1;
	default: return -1;
	}
}

/* The digits directive c reads when they are written in full (%j 3, %Y 4, %m 2...), or 0. */
static int fixed_width(char c)
{
	return c == 'j' ? 3 : c == 'Y' ? 4 : c && strchr("mdyHMS", c) ? 2 : 0;
}

/* The directives whose years are a calendar's written short (t53 F12): the years they add,
 * the --calendar whose years they are (under it they read the year once: that calendar
 * converts it; under any other they are refused, datefmt_calendar_check), and what the
 * summary calls them. */
static const struct {
	char c;
	int add;
	const char *calendar;
	const char *meaning;
} era_dirs[] = {
	{'J', 1900, "gregorian", "%J: the year less 1900, JD Edwards' CYY"},
	{'K', 1911, "minguo", "%K: years of the Republic of China"},
};
enum { N_ERA_DIRS = sizeof era_dirs / sizeof *era_dirs };

/* era_dirs' row of directive c, or -1. */
static int era_dir(char c)
{
	for (int k = 0; k < N_ERA_DIRS; k++)
		if (era_dirs[k].c == c)
			return k;
	return -1;
}

/* The era_dirs row of the first such directive fmt holds, or -1. */
static int fmt_era_dir(const char *fmt)
{
	for (const char *p = fmt; *p; p++)
		if (*p == '%' && p[1] && era_dir(*++p) >= 0)
			return era_dir(*p);
	return -1;
}

int datefmt_calendar_check(const datefmt *f, const calendar *c)
{
	int k = fmt_era_dir(f->text);
	if (!c || c == calendar_gregorian())
		return 0;
	/* serial days and %j count days, not a calendar's years and months: both are read as
	 * Gregorian only (t65 F9: excel1900 under --calendar solar-hijri was read as Gregorian,
	 * the note saying Solar Hijri; '%Y%j' was taken and rejected every row) */
	if (f->serial_epoch)
		return err_set("--date-format %s reads %s, Gregorian days, not dates of --calendar "
			       "%s: leave --calendar out", f->text, datefmt_word_meaning(f), c->name);
	int yday = 0;
	for (const char *p = f->text; *p; p++)
		if (*p == '%' && p[1])
			yday |= *++p == 'j';
	if (yday)
		return err_set("--date-format '%s' reads a day of the year (%%j), which relrec "
			       "counts in Gregorian years only, not --calendar %s's: write the "
			       "calendar's month and day (%%m %%d), or leave --calendar out if the "
			       "years are Gregorian", f->text, c->name);
	if (k < 0 || strcmp(c->name, era_dirs[k].calendar) == 0)
		return 0;
	/* its own calendar named lets the user keep --calendar; Gregorian's is the default */
	char own[64] = "";
	if (strcmp(era_dirs[k].calendar, "gregorian") != 0)
		snprintf(own, sizeof own, "give --calendar %s or ", era_dirs[k].calendar);
	return err_set("--date-format '%s' reads years of its own calendar (%s), not --calendar "
		       "%s's, and converts them itself: %sleave --calendar out", f->text,
		       era_dirs[k].meaning, c->name, own);
}

/* %J (the year less 1900: JD Edwards' and IBM i's CYY) or %K (less 1911: the Republic of
 * China's) at s[*i], rest the format after it: 1 to 3 digits, so 99365 is 1999's 365th day
 * and 124010 2024's 10th under %J%j; glued to digits the rest reads, the rest's full width
 * is left to it (a spreadsheet drops a leading zero: 099365 is written 99365). */
static int era_year(char c, const char *rest, const char *s, size_t n, size_t *i, dstate *st)
{
	size_t need = 0, run = 0;
	int v;
	for (const char *f = rest; f[0] == '%' && fixed_width(f[1]); f += 2)
		need += (size_t)fixed_width(f[1]);
	while (*i + run < n && s[*i + run] >= '0' && s[*i + run] <= '9')
		run++;
	size_t w = need && run > need ? run - need : run;
	if (w < 1 || w > 3 || digits(s, n, i, (int)w, (int)w, &v) || (c == 'K' && v < 1))
		return -1;
	st->y = v + (st->era_as_written ? 0 : era_dirs[era_dir(c)].add);
	return 0;
}

/* Match s from *i against fmt: directives, a blank matching one or more blanks (spaces,
 * U+00A0 or U+202F: browsers mix them in one date), and any other character itself. */
static int fmt_walk(const char *fmt, const char *s, size_t n, size_t *i, dstate *st)
{
	for (const char *f = fmt; *f; f++) {
		if (*f == '%') {
			char c = *++f;
			if (era_dir(c) >= 0 ? era_year(c, f + 1, s, n, i, st)
						 : fmt_directive(c, s, n, i, st))
				return -1;
		} else if (*f == ' ') {
			if (!skip_blank(s, n, i))
				return -1;
			while (skip_blank(s, n, i))
				;
		} else if (*i >= n || s[(*i)++] != *f) {
			return -1;
		}
	}
	return 0;
}

/* The --date-format words, each a form no strftime directive writes: Excel's serial days of
 * its 1900 date system (Windows; detected without a format) and of its 1904 one, which a Mac
 * workbook may keep: the same number is 1462 days later (t56 F12: read as 1900's, every
 * date was 4 years and a day early, unsaid). epoch: day 0, in days before 1970-01-01. */
static const struct {
	const char *word;
	int epoch;
	const char *meaning;
} datefmt_words[] = {
	{"excel1900", 25569, "Excel's serial days of its 1900 date system, since 1899-12-30"},
	{"excel1904", 24107, "Excel's serial days of its 1904 date system, since 1904-01-01"},
};

/* The words, "excel1900, excel1904", into buf. */
static const char *datefmt_word_list(char *buf, size_t size)
{
	buf[0] = '\0';
	for (size_t k = 0; k < sizeof datefmt_words / sizeof *datefmt_words; k++)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", k ? ", " : "",
			 datefmt_words[k].word);
	return buf;
}

const char *datefmt_word_meaning(const datefmt *f)
{
	for (size_t k = 0; k < sizeof datefmt_words / sizeof *datefmt_words; k++)
		if (f->serial_epoch == datefmt_words[k].epoch)
			return datefmt_words[k].meaning;
	return "";
}

/* s[0..n) as serial days since f's epoch: 1 to 7 digits of days, a fraction of a day (point
 * or comma) the time, as scan_serial reads the 1900 system's. Excel's 1900 system counts a
 * 1900-02-29 that never was (Lotus 1-2-3's leap year), serial 60: serials 1 to 59 are
 * 1900-01-01 to 1900-02-28, a day later than the epoch says, and 60 is refused (t60 F3: 60
 * was read as 1900-02-28, 1 refused); the 1904 system's day 0 is 1904-01-01. */
static int datefmt_serial(const datefmt *f, const char *s, size_t n, int32_t *minute)
{
	size_t i = 0;
	int days, excel1900 = f->serial_epoch == datefmt_words[0].epoch;
	if (digits(s, n, &i, 1, 7, &days) || days < excel1900 || (excel1900 && days == 60))
		return -1;
	if (excel1900 && days < 60)
		days++;
	double frac = 0, scale = 0.1;
	if (i < n && (s[i] == '.' || s[i] == ',')) {
		size_t at = ++i;
		for (; i < n && s[i] >= '0' && s[i] <= '9' && i - at < 15; i++, scale /= 10)
			frac += (s[i] - '0') * scale;
		if (i == at)
			return -1;
	}
	if (i != n)
		return -1;
	int y, mo, d, minutes = (int)(frac * 1440 + 0.5);
	date_civil_from_days((int64_t)days - f->serial_epoch + minutes / 1440, &y, &mo, &d);
	minutes %= 1440;
	return date_minute(y, mo, d, minutes / 60, minutes % 60, 0, 0, minute);
}

int datefmt_compile(datefmt *f, const char *fmt)
{
	char words[64];
	for (size_t k = 0; k < sizeof datefmt_words / sizeof *datefmt_words; k++)
		if (strcmp(fmt, datefmt_words[k].word) == 0) {
			memset(f, 0, sizeof *f);
			f->serial_epoch = datefmt_words[k].epoch;
			memcpy(f->text, fmt, strlen(fmt) + 1);
			return 0;
		}
	int year = 0, month = 0, day = 0, hour12 = 0, ampm = 0, clock = 0;
	if (strlen(fmt) >= DATEFMT_MAX)
		return err_set("--date-format: '%s' is too long (at most %d characters)", fmt,
			       DATEFMT_MAX - 1);
	memset(f, 0, sizeof *f);
	for (const char *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		char c = *++p;
		char d[3] = {'%', c, '\0'};
		if (!c || (!strstr(DATEFMT_DIRECTIVES, d) && c != 'h'))
			return err_set("--date-format: unknown directive '%%%.1s' in '%s' (known: %s)", p,
				       fmt, DATEFMT_DIRECTIVES);
		year |= c == 'Y' || c == 'y' || c == 'F' || c == 'J' || c == 'K';
		month |= c == 'm' || c == 'b' || c == 'B' || c == 'h' || c == 'F' || c == 'j';
		day |= c == 'd' || c == 'e' || c == 'F' || c == 'j';
		f->has_zone |= c == 'z' || c == 'Z';
		hour12 |= c == 'I';
		ampm |= c == 'p';
		clock |= strchr("HIMSfpTzZaA", c) != NULL;
	}
	/* without its AM or PM, 02:05 of an afternoon would be read as a morning's */
	if (hour12 && !ampm)
		return err_set("--date-format: '%s' has %%I (an hour of 1 to 12) and no %%p (AM or "
			       "PM): add %%p, or write %%H for an hour of 0 to 23", fmt);
	/* a month without a day (a monthly summary's 2023-05) reads as the month's first day; a
	 * time or a weekday without a day would be a day unknown, not the first */
	f->no_day = year && month && !day && !clock;
	if (!year || !month || (!day && !f->no_day))
		return err_set("--date-format: '%s' has no %s (a format needs %%Y or %%y, %%m or %%b, "
			       "and %%d, or a year and %%j; a year and a month alone, as %%Y-%%m, read "
			       "each date as its month's first day; or it is one of the words %s)", fmt,
			       !year ? "year" : !month ? "month" : "day",
			       datefmt_word_list(words, sizeof words));
	memcpy(f->text, fmt, strlen(fmt) + 1);
	return 0;
}

const char *date_month_only_format(const char *s)
{
	static const char *const fmts[][2] = {
		{"%Y-%m", "dddd-dd"}, {"%Y/%m", "dddd/dd"}, {"%Y.%m", "dddd.dd"},
		{"%m/%Y", "dd/dddd"}, {"%m-%Y", "dd-dddd"}, {"%m.%Y", "dd.dddd"}};
	for (size_t k = 0; k < sizeof fmts / sizeof fmts[0]; k++) {
		const char *shape = fmts[k][1];
		size_t n = strlen(shape), i = 0;
		if (strlen(s) != n)
			continue;
		while (i < n && (shape[i] == 'd' ? s[i] >= '0' && s[i] <= '9' : s[i] == shape[i]))
			i++;
		int mo = shape[0] == 'd' && shape[2] != 'd' ? atoi(s) : atoi(s + 5);
		if (i == n && mo >= 1 && mo <= 12)
			return fmts[k][0];
	}
	return NULL;
}

/* s[0..n)'s fields as f (no serial days) reads them, into *st, not checked against the
 * calendar: 0, or -1 when s is not of f's form. */
static int datefmt_fields(const datefmt *f, const char *s, size_t n, dstate *st)
{
	/* datefmt_calendar_check let %J or %K under a --calendar only when it is their own */
	*st = (dstate){.y = 0, .pm = -1, .d = f->no_day, .era_as_written = f->cal != NULL,
		       .lang = f->lang};
	size_t i = 0;
	return fmt_walk(f->text, s, n, &i, st) || i != n || (st->yday && f->cal) ? -1 : 0;
}

int datefmt_parse(const datefmt *f, const char *s, size_t n, int32_t *minute)
{
	if (f->serial_epoch)
		return datefmt_serial(f, s, n, minute);
	dstate st;
	if (datefmt_fields(f, s, n, &st))
		return -1;
	if (st.short_year && f->cal)
		st.y = calendar_year2(f->cal, st.y % 100);
	if (st.yday) {   /* %j: the day of the year, in the year read (366 in a leap year only) */
		if (st.yday > 337 + date_days_in_month(st.y, 2))
			return -1;
		date_civil_from_days(date_days_from_civil(st.y, 1, 1) + st.yday - 1, &st.y, &st.mo,
				     &st.d);
	}
	if (st.hour12) {
		if (st.h < 1 || st.h > 12)
			return -1;
		st.h = st.h % 12 + (st.pm == 1 ? 12 : 0);
	} else if (st.pm >= 0) {   /* %p with a 24-hour %H: only consistent pairs */
		if (st.h > 12 || st.h == 0)
			return -1;
		st.h = st.h % 12 + (st.pm ? 12 : 0);
	}
	return cal_minute(f->cal, st.y, st.mo, st.d, st.h, st.mi, st.sec, st.off, minute);
}

const char *date_era_name(int era)
{
	return era == DATE_ERA_JDE ? "JD Edwards' Julian dates (CYYDDD: C 1 the 2000s, YY the year, "
				     "DDD the day of the year)"
	       : era == DATE_ERA_ROC ? "years of the Republic of China (\xE6\xB0\x91\xE5\x9C\x8B, "
				       "as Taiwan writes them: 113 is 2024)"
	       : era == DATE_ERA_ROC_COMPACT ? "seven digits YYYMMDD, years of the Republic of China "
				       "(\xE6\xB0\x91\xE5\x9C\x8B) glued to month and day, as "
				       "Taiwan's e-invoices write the date (1130219 is 2024-02-19; if "
				       "they are IBM i's CYYMMDD, 2013-02-19, --date-format %J%m%d "
				       "reads them)"
	       : era == DATE_ERA_CYYMMDD ? "seven digits CYYMMDD, as IBM i (AS/400) and JD "
				       "Edwards write the date (C 0 the 1900s, 1 the 2000s, then YY, "
				       "MM, DD: 1240825 is 2024-08-25, which as a year of the Republic "
				       "of China, \xE6\xB0\x91\xE5\x9C\x8B, would be 2035)"
	       : "";
}

/* Is s[0..n), d digits and then nothing or a time, seven digits IBM i's CYYMMDD rather than
 * Taiwan's YYYMMDD: its first digit 0 (C 0, the 1900s; no Minguo year has two digits
 * here), or 1 with its Minguo year past next year (1240825: ROC 124 is 2035, but C 1 YY 24
 * is 2024; t85 F20, Minguo was offered and gave 2035)? Whether its YYMMDD is a day is
 * date_era_of's parse. */
static int cyymmdd_first(const char *s, size_t n, size_t d)
{
	if (d != 7 || (n != 7 && s[7] != ' ') || (s[0] != '0' && s[0] != '1'))
		return 0;
	if (s[0] == '0')
		return 1;
	time_t now = time(NULL);
	struct tm tm;
	if (now == (time_t)-1 || !gmtime_r(&now, &tm))
		return 0;
	int roc = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	return roc + 1911 > tm.tm_year + 1900 + 1;
}

/* The length of the name of the Republic of China's era at s[0..n), 0 when none: Taiwan's
 * dates may say it, 民國 or 中華民國, before the year. */
static size_t roc_era(const char *s, size_t n)
{
	static const char *const names[] = {"\xE4\xB8\xAD\xE8\x8F\xAF\xE6\xB0\x91\xE5\x9C\x8B",
					    "\xE6\xB0\x91\xE5\x9C\x8B"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		size_t m = strlen(names[k]);
		if (n > m && memcmp(s, names[k], m) == 0)
			return m;
	}
	return 0;
}

/* Is s[p..d), the year y of a date whose era's name ends at p (roc_era, 0: none), a year of
 * the Republic of China: three digits, 100 to 150 (113/05/01), or one or two after the era's
 * name, which says the calendar (\xE6\xB0\x91\xE5\x9C\x8B 99/05/01, 2010: older exports and
 * tills; t82 F32)? A Gregorian yy/mm/dd (99/05/01 with no name) is none, nor 099. */
static int roc_year(size_t p, size_t d, int y)
{
	if (d == p + 3)
		return y >= 100 && y <= 150;
	return p > 0 && d > p && d <= p + 2 && y >= 1;
}

int date_era_of(const char *s, size_t n, char *fmt, size_t size)
{
	/* Taiwan's dates may say the era before the year, and write 年 月 日 */
	static const char nian[] = "\xE5\xB9\xB4";
	size_t p = roc_era(s, n), d, colons = 0;
	p += p && p < n && s[p] == ' ';   /* 中華民國 99年: a blank after the name */
	d = p;
	while (d < n && s[d] >= '0' && s[d] <= '9')
		d++;
	int era = DATE_ERA_NONE, y = 0;
	for (size_t k = p; k < d && k < p + 3; k++)
		y = y * 10 + (s[k] - '0');
	const char *blank = memchr(s + d, ' ', n - d), *tail = !blank ? "" : NULL;
	for (const char *c = blank; c && c < s + n; c++)
		colons += *c == ':';
	tail = tail ? tail : colons == 2 ? " %H:%M:%S" : " %H:%M";
	if (!p && d == 6 && n == 6 && s[0] == '1') {   /* 1YYDDD: %j refuses a day past the year's */
		era = DATE_ERA_JDE;
		snprintf(fmt, size, "%%J%%j");
	} else if (!p && d == n && n >= 7 && n <= 9 && s[n - 6] == '1' &&
		   strspn(s, "0") == n - 6) {   /* 0-filled to a wider field: 0123045 (t53) */
		era = DATE_ERA_JDE;
		snprintf(fmt, size, "%.*s%%J%%j", (int)(n - 6), s);
	} else if (roc_year(p, d, y) && n > d + 1 && s[d] && strchr("/-.", s[d])) {
		era = DATE_ERA_ROC;
		snprintf(fmt, size, "%.*s%%K%c%%m%c%%d%s", (int)p, s, s[d], s[d], tail);
	} else if (!p && cyymmdd_first(s, n, d)) {
		era = DATE_ERA_CYYMMDD;
		snprintf(fmt, size, "%%J%%m%%d%s", n == 7 ? "" : tail);
	} else if (!p && d == 7 && y >= 100 && y <= 150 && (n == 7 || s[7] == ' ')) {
		era = DATE_ERA_ROC_COMPACT;   /* 1130219: month and day checked below */
		snprintf(fmt, size, "%%K%%m%%d%s", n == 7 ? "" : tail);
	} else if (roc_year(p, d, y) && n > d + 3 && !memcmp(s + d, nian, 3)) {
		era = DATE_ERA_ROC;   /* 113年1月8日 */
		snprintf(fmt, size, "%.*s%%K\xE5\xB9\xB4%%m\xE6\x9C\x88%%d\xE6\x97\xA5%s", (int)p,
			 s, tail);
	}
	/* the format must read it: a month 13 or a day 32 is no date of any calendar */
	datefmt f;
	int32_t minute;
	if (era && (datefmt_compile(&f, fmt) != 0 || datefmt_parse(&f, s, n, &minute) != 0))
		era = DATE_ERA_NONE;
	return era;
}

/* ==== detection ==== */

enum { DK_ISO, DK_YMD, DK_DM, DK_NAMED, DK_COMPACT, DK_EPOCH, DK_SERIAL, DK_DAYNUM, DK_WEEK };

typedef struct dparts {
	int kind;
	int y, a, b;          /* DK_DM: the first and second fields; else month a, day b */
	int h, mi, sec;
	int has_time, has_sec, has_zone, off;
	int short_year;       /* DK_DM, DK_NAMED: the year had two digits */
	int wide_first;       /* DK_DM: the first field had two digits (as a YY year has) */
	int ampm;             /* the time had AM or PM */
	int comma;            /* a comma after the date, before the time */
	int form;             /* DK_YMD: its form, an index of ymd_forms */
	int rr;               /* DK_NAMED: Oracle's DD-MON-RR, its two-digit year read so */
	const date_month_name *word; /* DK_NAMED: the month's name; its month in a set by
	                              scan_in, by the header's language (month_sense) */
	const calendar *month_cal;   /* DK_NAMED: the calendar whose own month's name it was
	                              (word NULL), read under that calendar alone */
	const calendar *mark_cal;    /* the calendar whose era mark followed the date */
	int past_era;         /* DK_YMD of a Japanese era: 1 + the era's index (eras[]) when the
	                         date is after the era's end, its count continued; else 0 */
	char sep;
} dparts;

/* A month name at *i into p: its month in p->a as date_month_names has it, its entry in
 * p->word (scan_in reads it in the header's language). */
static int part_month(const char *s, size_t n, size_t *i, dparts *p)
{
	p->word = month_word(s, n, i);
	if (p->word)
		p->a = p->word->month;
	else   /* a calendar's own month (Safar, Tir): read under that calendar alone */
		p->month_cal = calendar_month_at(s, n, i, &p->a);
	return p->word || p->month_cal ? 0 : -1;
}

/* The year-first forms DK_YMD reads, as the summary names them (t57 F6: Japanese era dates
 * were summarised as YYYY/MM/DD): index dparts.form. */
enum { YMD_SLASH, YMD_DOTTED, YMD_CJK, YMD_ERA, YMD_ERA_LETTER };
static const char *const ymd_forms[DATE_YMD_FORMS] = {
	"YYYY/MM/DD", "YYYY.MM.DD",
	"YYYY\xE5\xB9\xB4M\xE6\x9C\x88" "D\xE6\x97\xA5 (YYYY\xEB\x85\x84 M\xEC\x9B\x94 D\xEC\x9D\xBC)",
	"Japanese era years (\xE4\xBB\xA4\xE5\x92\x8C Reiwa, \xE5\xB9\xB3\xE6\x88\x90 Heisei, "
	"\xE6\x98\xAD\xE5\x92\x8C Showa, \xE5\xA4\xA7\xE6\xAD\xA3 Taisho: "
	"\xE4\xBB\xA4\xE5\x92\x8C" "5\xE5\xB9\xB4 is 2023)",
	"Japanese era letters (R Reiwa, H Heisei, S Showa, T Taisho: R05 is 2023)",
};

/* A year of 2 or 4 digits at *i; two digits as POSIX's %y reads them (69-99: 1900s, 00-68:
 * 2000s). */
static int year(const char *s, size_t n, size_t *i, dparts *p)
{
	size_t at = *i;
	if (digits(s, n, i, 2, 4, &p->y) || (*i - at != 2 && *i - at != 4))
		return -1;
	if (*i - at == 2) {
		p->y += p->y < 69 ? 2000 : 1900;
		p->short_year = 1;
	}
	return 0;
}

/* " AM" or "PM" (any case, the blank optional; or another mark of meridiem_words) after a
 * time: the hour becomes 24-hour. */
static int meridian(const char *s, size_t n, size_t *i, dparts *p)
{
	size_t k = *i;
	int pm;
	skip_blank(s, n, &k);
	if (!meridiem_at(s, n, &k, &pm))
		return 0;
	if (p->h < 1 || p->h > 12)
		return -1;
	p->h = p->h % 12 + (pm ? 12 : 0);
	p->ampm = 1;
	*i = k;
	return 0;
}

/* After a zone, an abbreviation that names it again, as loggers write "+01:00 CET": read
 * when it agrees, or when it is a name zones share and the offset before it settled which
 * ("+05:30 IST"); a zone that disagrees makes the date unreadable (t18: the last one won).
 * 0, or -1. */
static int second_zone(const char *s, size_t n, size_t *i, dparts *p)
{
	size_t k = *i, len;
	if (!skip_blank(s, n, &k) || !(len = capitals(s, n, k)))
		return 0;
	const date_zone_name *z = zone_entry(s + k, len);
	if (!z || (!z->clash && z->offset != p->off))
		return z ? -1 : 0;
	*i = k + len;
	return 0;
}

/* " H:MM[:SS[.frac]]" after a date (the blank or T already read), and a zone (ISO's may
 * follow without a blank). */
/* The words a time may end with, as "o'clock": Thai \xE0\xB8\x99. and \xE0\xB8\x99\xE0\xB8\xB2\xE0\xB8\xAC\xE0\xB8\xB4\xE0\xB8\x81\xE0\xB8\xB2 (t80 F24:
 * "04/09/2567 17:02 \xE0\xB8\x99.", as Thai tills and Excel write it). */
static const char *const hour_words[] = {"\xE0\xB8\x99\x2E",
					 "\xE0\xB8\x99\xE0\xB8\xB2\xE0\xB8\xAC\xE0\xB8\xB4\xE0\xB8\x81\xE0\xB8\xB2"};

/* An hour word after a blank at *i, when it ends s: skipped. */
static void hour_word(const char *s, size_t n, size_t *i)
{
	size_t k = *i;
	if (!skip_blank(s, n, &k))
		return;
	for (size_t w = 0; w < sizeof hour_words / sizeof *hour_words; w++) {
		size_t m = strlen(hour_words[w]);
		if (n - k == m && memcmp(s + k, hour_words[w], m) == 0)
			*i = n;
	}
}

static int scan_time(const char *s, size_t n, size_t *i, dparts *p, int iso)
{
	int frac, pm = -1;
	size_t k0 = *i;
	/* the mark before the time, as Korean and Chinese write it ("오후 3:12:00"), after an
	 * ISO date's blank too, as their Excel's yyyy-mm-dd AM/PM h:mm does ("2023-01-05 下午
	 * 3:12", "2023-01-05 午後3:12": t44 #12, rejected); not after ISO's T */
	if ((!iso || (k0 && s[k0 - 1] == ' ')) && meridiem_at(s, n, &k0, &pm)) {
		skip_blank(s, n, &k0);
		*i = k0;
	}
	if (digits(s, n, i, 1, 2, &p->h) || *i >= n || s[(*i)++] != ':' ||
	    digits(s, n, i, 2, 2, &p->mi))
		return -1;
	p->has_time = 1;
	if (*i < n && s[*i] == ':') {
		(*i)++;
		if (digits(s, n, i, 2, 2, &p->sec))
			return -1;
		p->has_sec = 1;
		if (*i < n && (s[*i] == '.' || s[*i] == ',')) {
			(*i)++;
			if (digits(s, n, i, 1, 9, &frac))
				return -1;
		}
	}
	if (pm >= 0) {
		if (p->h < 1 || p->h > 12)
			return -1;
		p->h = p->h % 12 + (pm ? 12 : 0);
		p->ampm = 1;
	} else if (meridian(s, n, i, p)) {   /* after an ISO date too (t41 N5: Excel's
						  * yyyy-mm-dd h:mm AM/PM, KiotViet's 3:12 CH) */
		return -1;
	}
	if (iso && *i < n) {
		skip_blank(s, n, i);
		if (zone(s, n, i, &p->off))
			return -1;
		p->has_zone = 1;
	}
	/* other forms: a zone after a blank, or what follows is the caller's (asctime's year) */
	size_t k = *i;
	if (!iso && skip_blank(s, n, &k) && zone(s, n, &k, &p->off) == 0) {
		p->has_zone = 1;
		*i = k;
	}
	hour_word(s, n, i);
	return p->has_zone ? second_zone(s, n, i, p) : 0;
}

/* A time written with points, "HH.MI.SS[.FF]" and an optional AM or PM, as databases write
 * their timestamps by default: Oracle's HH.MI.SSXFF AM (SQL Developer, SQL*Plus: nine digits
 * of fraction) and DB2's HH.MM.SS.ffffff after "YYYY-MM-DD-". The seconds are required: two
 * numbers with a point between are a decimal. 0, or -1. */
static int dotted_time(const char *s, size_t n, size_t *i, dparts *p)
{
	int frac;
	if (digits(s, n, i, 1, 2, &p->h) || *i >= n || s[(*i)++] != '.' ||
	    digits(s, n, i, 2, 2, &p->mi) || *i >= n || s[(*i)++] != '.' ||
	    digits(s, n, i, 2, 2, &p->sec))
		return -1;
	if (*i < n && s[*i] == '.') {
		(*i)++;
		if (digits(s, n, i, 1, 9, &frac))
			return -1;
	}
	p->has_time = p->has_sec = 1;
	return meridian(s, n, i, p);
}

/* DB2's end of a day, 24.00.00.000000 (its TIMESTAMP allows hour 24 with nothing after
 * it): the next day's 00:00, as DB2 itself reads it (t71 F26: 26 rows rejected). t[0..n) the
 * time's text, p its date and time read. */
static void db2_end_of_day(const char *t, size_t n, dparts *p)
{
	if (p->h != 24 || p->mi || p->sec || n < 8 || rr_span(t + 2, n - 2, ".0") != n - 2 ||
	    p->a < 1 || p->a > 12 || p->b < 1 || p->b > date_days_in_month(p->y, p->a))
		return;
	date_civil_from_days(date_days_from_civil(p->y, p->a, p->b) + 1, &p->y, &p->a, &p->b);
	p->h = 0;
}

/* A calendar's era mark after a date without a time, a blank before it, as Saudi systems
 * write the Gregorian era's \xD9\x85 (miladi; t41 N5: "2023/01/05 \xD9\x85" was rejected) and the
 * Hijri one's \xD9\x87\xD9\x80 (t80 F23: "1445/11/09 \xD9\x87\xD9\x80"): the calendar table's marks. At
 * s[*i], *i moved past it when it ends s, its calendar in p->mark_cal. */
static void era_mark(const char *s, size_t n, size_t *i, dparts *p)
{
	size_t k = *i;
	const calendar *c;
	if (skip_blank(s, n, &k) && (c = calendar_mark_at(s, n, &k)) != NULL && k == n) {
		p->mark_cal = c;
		*i = n;
	}
}

/* What may follow a date's day, month and year from s[i]: a time after its gap, or no time
 * and the era's mark (Arabic م); then the end. 0, or -1. */
static int date_tail(const char *s, size_t n, size_t i, dparts *p)
{
	size_t at = i;
	if (date_time_gap(s, n, &i, &p->comma) && scan_time(s, n, &i, p, 0)) {
		i = at;   /* no time: the era's mark may follow the date */
		era_mark(s, n, &i, p);
		return i == n && !p->has_time ? 0 : -1;
	}
	return i == n ? 0 : -1;
}

/* YYYY.MM.DD, YYYY.M.D, and Korea's "2023. 1. 5." (a browser's toLocaleString in ko-KR, Naver
 * Smartstore, Coupang): blanks after the points, a point after the day; a time may follow,
 * its AM or PM mark before it too ("2023. 1. 5. 오후 3:12:00"). The year is 4 digits: a
 * dotted A.B.YYYY is another form (t39 #13, #15: only --date-format read them). From s[i],
 * the point after the year. */
static int scan_dotted_ymd(const char *s, size_t n, size_t i, int y, dparts *p)
{
	p->kind = DK_YMD;
	p->form = YMD_DOTTED;
	p->y = y;
	i++;
	while (skip_blank(s, n, &i))
		;
	if (digits(s, n, &i, 1, 2, &p->a) || i >= n || s[i++] != '.')
		return -1;
	while (skip_blank(s, n, &i))
		;
	if (digits(s, n, &i, 1, 2, &p->b))
		return -1;
	if (i < n && s[i] == '.')
		i++;
	return date_tail(s, n, i, p);
}

/* The unit of a CJK date or time ("2023年1月5日 15時12分", "2023년 1월 5일") at s[*i]: one of
 * the two (Chinese and Japanese, or Korean; k2 may be NULL) skipped, with blanks after it. */
static int cjk_unit(const char *s, size_t n, size_t *i, const char *k1, const char *k2,
		    const char *k3)
{
	const char *const w[3] = {k1, k2, k3};
	for (int k = 0; k < 3; k++) {
		size_t m = w[k] ? strlen(w[k]) : 0;
		if (m && *i + m <= n && memcmp(s + *i, w[k], m) == 0) {
			*i += m;
			while (skip_blank(s, n, i))
				;
			return 0;
		}
	}
	return -1;
}

#define CJK_YEAR "\xE5\xB9\xB4", "\xEB\x85\x84", NULL
#define CJK_MONTH "\xE6\x9C\x88", "\xEC\x9B\x94", NULL
#define CJK_DAY "\xE6\x97\xA5", "\xEC\x9D\xBC", NULL
#define CJK_HOUR "\xE6\x99\x82", "\xE6\x97\xB6", "\xEC\x8B\x9C"   /* ja/zh-TW, zh-CN, ko */
#define CJK_MINUTE "\xE5\x88\x86", "\xEB\xB6\x84", NULL
#define CJK_SECOND "\xE7\xA7\x92", "\xEC\xB4\x88", NULL

/* Japan's eras, the Gregorian year each began in (Reiwa 1 = 2019, Heisei 1 = 1989, Showa
 * 1 = 1926, Taisho 1 = 1912): a year is written N年 after the era's name (令和5年, its first
 * 元年), or as the era's letter and two digits (R05.03.15, H31.04.30; t49 F9: FutureShop's
 * 令和5年11月3日 was read by no reading, --date-format included). Each era's first and
 * last day (YYYYMMDD) bound its dates: one outside them (平成64年, S99, 昭和64年1月8日 after
 * Showa ended, 令和元年4月1日 before Reiwa began) is no date (t54 F4: read as 2052, 2024...). */
static const struct {
	const char *name;
	char letter;
	int first;
	long from, to;
	const char *roman;   /* for messages */
} eras[] = {
	{"\xE4\xBB\xA4\xE5\x92\x8C", 'R', 2019, 20190501, 99991231, "Reiwa"},    /* 令和 */
	{"\xE5\xB9\xB3\xE6\x88\x90", 'H', 1989, 19890108, 20190430, "Heisei"},   /* 平成 */
	{"\xE6\x98\xAD\xE5\x92\x8C", 'S', 1926, 19261225, 19890107, "Showa"},    /* 昭和 */
	{"\xE5\xA4\xA7\xE6\xAD\xA3", 'T', 1912, 19120730, 19261224, "Taisho"},   /* 大正 */
};

/* Years after an era's last one in which its count is still read: tills and printed forms
 * not updated for the new era go on counting the old one (t80 F26: 平成31年9月6日 is
 * 2019-09-06, 平成32年 2020; Japan's government kept such dates valid), while a year far
 * past it (平成64年, 2052; S99, 2024) is a typo, no date. */
#define ERA_LINGER_YEARS 5

/* Is p's date (year, month a, day b) one of era k's, or k no era (-1)? 0, or -1. Within the
 * era's days, or after them in a year up to ERA_LINGER_YEARS past its end, p->past_era set;
 * before its first day never (令和元年4月1日). */
static int era_holds(int k, dparts *p)
{
	long day = (long)p->y * 10000 + p->a * 100 + p->b;
	if (k < 0 || (day >= eras[k].from && day <= eras[k].to))
		return 0;
	if (day < eras[k].from || p->y > eras[k].to / 10000 + ERA_LINGER_YEARS)
		return -1;
	p->past_era = k + 1;
	return 0;
}

/* A CJK date's year at s[*i]: four digits (*era -1), or an era's name and its year (eras;
 * *era its index); roc, the year of the Republic of China as Taiwan writes it (t65 F1:
 * 民國113年3月15日 was read by no reading but its --date-format): 1 to 3 digits, after
 * the era's name or not. */
static int cjk_year(const char *s, size_t n, size_t *i, int *y, int *era, int roc)
{
	*era = -1;
	if (roc) {
		*i += roc_era(s + *i, n - *i);
		while (skip_blank(s, n, i))
			;
		return digits(s, n, i, 1, 3, y) || *y < 1 ? -1 : 0;
	}
	for (int k = 0; k < (int)(sizeof eras / sizeof *eras); k++) {
		size_t m = strlen(eras[k].name);
		int v;
		if (*i + m > n || memcmp(s + *i, eras[k].name, m) != 0)
			continue;
		*i += m;
		while (skip_blank(s, n, i))
			;
		if (*i + 3 <= n && memcmp(s + *i, "\xE5\x85\x83", 3) == 0) {   /* 元: the first */
			*i += 3;
			v = 1;
		} else if (digits(s, n, i, 1, 2, &v) || v < 1) {
			return -1;
		}
		*y = eras[k].first + v - 1;
		*era = k;
		return 0;
	}
	return digits(s, n, i, 4, 4, y);
}

/* An era's letter, its year in two digits, the month and the day: R05.03.15, H31/04/30. */
/* The era's letter or name at s[0..n) before a number (R6/3/1, 令和6/3/1): its index into
 * eras[] and the length in *len, or -1. */
static int era_lead(const char *s, size_t n, size_t *len)
{
	for (int k = 0; k < (int)(sizeof eras / sizeof *eras); k++) {
		size_t m = strlen(eras[k].name);
		if (n > 1 && s[0] == eras[k].letter)
			*len = 1;
		else if (n > m && memcmp(s, eras[k].name, m) == 0)
			*len = m;
		else
			continue;
		return s[*len] >= '0' && s[*len] <= '9' ? k : -1;
	}
	return -1;
}

/* An era's letter, or its name, and the era's year, month and day between points, slashes
 * or dashes, zero-padded or not (R05.03.15, H31/4/8, R1.5.1, 令和6/3/1 as Airレジ and Smaregi
 * write them; t80 F25), a time after it or none. */
static int scan_era_letter(const char *s, size_t n, dparts *p)
{
	size_t i;
	int v;
	memset(p, 0, sizeof *p);
	p->kind = DK_YMD;
	p->form = YMD_ERA_LETTER;
	int k = era_lead(s, n, &i);
	if (k < 0 || digits(s, n, &i, 1, 2, &v) || v < 1 || i >= n || !strchr("./-", s[i]))
		return -1;
	char sep = s[i++];
	p->y = eras[k].first + v - 1;
	if (digits(s, n, &i, 1, 2, &p->a) || i >= n || s[i++] != sep ||
	    digits(s, n, &i, 1, 2, &p->b))
		return -1;
	if (i < n && (!date_time_gap(s, n, &i, &p->comma) || scan_time(s, n, &i, p, 0)))
		return -1;
	return i == n ? era_holds(k, p) : -1;
}

/* The CJK date: YYYY年M月D日 (Korean 년 월 일), then a time written H:MM[:SS] or H時M分[S秒],
 * its AM or PM mark before or after it (t39 #15: "2023年1月5日 15:12" and "2023年01月05日
 * 15時12分" read only with a --date-format); roc, its year the Republic of China's
 * (cjk_year). */
static int scan_cjk(const char *s, size_t n, dparts *p, int roc)
{
	size_t i = 0;
	int era;
	memset(p, 0, sizeof *p);
	p->kind = DK_YMD;
	size_t lead;
	if (!roc && n && ((s[0] >= 'A' && s[0] <= 'Z') || era_lead(s, n, &lead) >= 0) &&
	    scan_era_letter(s, n, p) == 0)
		return 0;
	if (!roc && n && s[0] >= 'A' && s[0] <= 'Z')
		return -1;
	memset(p, 0, sizeof *p);
	p->kind = DK_YMD;
	if (cjk_year(s, n, &i, &p->y, &era, roc) || cjk_unit(s, n, &i, CJK_YEAR) ||
	    digits(s, n, &i, 1, 2, &p->a) || cjk_unit(s, n, &i, CJK_MONTH) ||
	    digits(s, n, &i, 1, 2, &p->b) || cjk_unit(s, n, &i, CJK_DAY) || era_holds(era, p))
		return -1;
	p->form = era >= 0 ? YMD_ERA : YMD_CJK;
	if (i == n)
		return 0;
	size_t k = i;
	int pm = -1;
	if (meridiem_at(s, n, &k, &pm))
		while (skip_blank(s, n, &k))
			;
	if (digits(s, n, &k, 1, 2, &p->h) || k >= n)
		return -1;
	if (s[k] == ':') {   /* the numeric time, and what may follow it */
		size_t t = i;
		dparts q = *p;
		if (scan_time(s, n, &t, &q, 0) || t != n)
			return -1;
		*p = q;
		return 0;
	}
	if (cjk_unit(s, n, &k, CJK_HOUR) || digits(s, n, &k, 1, 2, &p->mi) ||
	    cjk_unit(s, n, &k, CJK_MINUTE))
		return -1;
	if (k < n && s[k] >= '0' && s[k] <= '9') {
		if (digits(s, n, &k, 1, 2, &p->sec) || cjk_unit(s, n, &k, CJK_SECOND))
			return -1;
		p->has_sec = 1;
	}
	p->has_time = 1;
	if (pm < 0) {
		size_t t = k;
		skip_blank(s, n, &t);
		if (meridiem_at(s, n, &t, &pm))
			k = t;
	}
	if (pm >= 0) {
		if (p->h < 1 || p->h > 12)
			return -1;
		p->h = p->h % 12 + (pm ? 12 : 0);
		p->ampm = 1;
	}
	return k == n ? 0 : -1;
}

/* Split a date without knowing its form: YYYY-MM-DD..., YYYY/MM/DD..., A/B/YYYY, A.B.YYYY or
 * A-B-YYYY (a two-digit year too) .... Values are not checked against the calendar here. */
static int scan_date(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	int first;
	memset(p, 0, sizeof *p);
	if (digits(s, n, &i, 1, 4, &first) || i >= n)
		return -1;
	char sep = s[i];
	if (i == 4 && sep == '.')
		return scan_dotted_ymd(s, n, i, first, p);
	if (i == 4 && (sep == '-' || sep == '/')) {
		p->kind = sep == '-' ? DK_ISO : DK_YMD;
		p->y = first;
		i++;
		if (digits(s, n, &i, 1, 2, &p->a) || i >= n || s[i++] != sep ||
		    digits(s, n, &i, 1, 2, &p->b))
			return -1;
		size_t at = i;
		if (sep == '-' && i < n && s[i] == '-') {   /* DB2's 2011-03-01-08.35.00.000000 */
			i++;
			size_t h = i;
			if (dotted_time(s, n, &i, p) || p->ampm || i != n)
				return -1;
			db2_end_of_day(s + h, n - h, p);
			return 0;
		}
		int gap = date_time_gap(s, n, &i, &p->comma);
		if (!gap && sep == '-' && i < n && s[i] == 'T') {
			i++;
			gap = 1;
		}
		if (gap) {
			if (scan_time(s, n, &i, p, sep == '-')) {
				era_mark(s, n, &at, p);
				return at == n && !p->has_time ? 0 : -1;
			}
		} else if (i < n && sep == '-' && zone(s, n, &i, &p->off) == 0) {
			p->has_zone = 1;
		} else {
			era_mark(s, n, &i, p);
		}
		return i == n ? 0 : -1;
	}
	if (i > 2 || (sep != '/' && sep != '.' && sep != '-'))
		return -1;
	p->kind = DK_DM;
	p->sep = sep;
	p->a = first;
	p->wide_first = i == 2;
	i++;
	/* dotted, the Czech, Slovak and Slovenian "15. 3. 2024" has a blank after each point, and
	 * the Croatian and Serbian "15.03.2024." a point after a year of four digits (e112; a
	 * dotted 23.01.05. stays no date) */
	while (sep == '.' && skip_blank(s, n, &i))
		;
	if (digits(s, n, &i, 1, 2, &p->b) || i >= n || s[i++] != sep)
		return -1;
	while (sep == '.' && skip_blank(s, n, &i))
		;
	if (year(s, n, &i, p))
		return -1;
	if (sep == '.' && !p->short_year && i < n && s[i] == '.' && (i + 1 == n || blank(s, n, i + 1)))
		i++;
	return date_tail(s, n, i, p);
}

/* A weekday name (date_weekday_names: "Wed", "Wednesday", "Mo.", "lunes") and the dot, comma
 * and blank after it, skipped: 0, or -1 when s has none at *i. A blank must follow. */
static int skip_weekday(const char *s, size_t n, size_t *i)
{
	size_t j = *i;
	if (weekday_name(s, n, &j))
		return -1;
	if (j < n && s[j] == '.')
		j++;
	if (j < n && s[j] == ',')
		j++;
	if (!skip_blank(s, n, &j))
		return -1;
	*i = j;
	return 0;
}

/* The separator at *i of a date with a month name, skipped: ' ' for any blank. */
static char name_sep(const char *s, size_t n, size_t *i)
{
	if (skip_blank(s, n, i))
		return ' ';
	return *i < n ? s[(*i)++] : '\0';
}

/* The dot ending an abbreviated month name ("Mär. 2023", "Dec. 1, 2010"), skipped when a
 * blank, '-' or '/' follows it; before a digit it is the separator ("01.Dec.2010"). */
static void skip_abbrev_dot(const char *s, size_t n, size_t *i)
{
	if (*i + 1 < n && s[*i] == '.' && (blank(s, n, *i + 1) || s[*i + 1] == '-' || s[*i + 1] == '/'))
		(*i)++;
}

/* The "de " of Spanish and Portuguese dates ("15 de marzo de 2023"), any case, skipped. */
static void skip_de(const char *s, size_t n, size_t *i)
{
	size_t k = *i + 2;
	if (k < n && (s[*i] | 0x20) == 'd' && (s[*i + 1] | 0x20) == 'e' && skip_blank(s, n, &k))
		*i = k;
}

/* D-Mon-Y, the day read: the separators around the month the same ('-', '/', '.' or a
 * blank), or German's "21. Mai 2023" and "21.Mai 2023" (a dot after the day, a blank after
 * the month), or Spanish and Portuguese "15 de marzo de 2023". */
static int scan_day_month_year(const char *s, size_t n, size_t *i, dparts *p)
{
	char sep = name_sep(s, n, i);
	int dot_blank = sep == '.' && skip_blank(s, n, i);   /* "21. Mai" */
	if (sep != '-' && sep != ' ' && sep != '/' && sep != '.')
		return -1;
	if (sep == ' ')
		skip_de(s, n, i);
	if (part_month(s, n, i, p) || *i >= n)
		return -1;
	skip_abbrev_dot(s, n, i);
	char sep2 = name_sep(s, n, i);
	if (sep2 != (dot_blank ? ' ' : sep) && !(sep == '.' && sep2 == ' '))
		return -1;
	if (sep2 == ' ')
		skip_de(s, n, i);
	if (year(s, n, i, p))
		return -1;
	/* Croatian and Serbian end a year with a point too: "3. listopada 2024." (t74 F2) */
	if (dot_blank && !p->short_year && *i < n && s[*i] == '.' &&
	    (*i + 1 == n || blank(s, n, *i + 1)))
		(*i)++;
	return 0;
}

/* The ordinal mark after a first day, skipped: French "1er mai", Spanish and Portuguese "1º de
 * mayo" and "1.º de maio" (U+00BA, or the degree sign U+00B0 typed for it), when a blank
 * follows. */
static void skip_first(const char *s, size_t n, size_t *i)
{
	size_t j = *i;
	if (j + 1 < n && (s[j] | 0x20) == 'e' && (s[j + 1] | 0x20) == 'r')
		j += 2;
	else if (j + 1 < n && s[j] == '\xC2' && (s[j + 1] == '\xBA' || s[j + 1] == '\xB0'))
		j += 2;
	else if (j + 2 < n && s[j] == '.' && s[j + 1] == '\xC2' && s[j + 2] == '\xBA')
		j += 3;
	if (j != *i && blank(s, n, j))
		*i = j;
}

/* English ordinal days, "30th", "1st", "22nd", "3rd": the suffix the day takes, skipped when
 * a blank or a comma follows, and an "of " after it ("30th of September"): BigCommerce's and
 * WordPress's jS dates (t72 F21). */
static void skip_english_ordinal(const char *s, size_t n, size_t *i, int day)
{
	static const char *const suffix[] = {"th", "st", "nd", "rd"};
	int k = day % 10 < 4 && day / 10 != 1 ? day % 10 : 0;
	size_t j = *i;
	if (j + 2 > n || (s[j] | 0x20) != suffix[k][0] || (s[j + 1] | 0x20) != suffix[k][1])
		return;
	j += 2;
	if (j < n && s[j] == ',') {
		*i = j;
		return;
	}
	if (!blank(s, n, j))
		return;
	*i = j;
	size_t o = j;
	if (skip_blank(s, n, &o) && o + 2 < n && (s[o] | 0x20) == 'o' && (s[o + 1] | 0x20) == 'f' &&
	    blank(s, n, o + 2))
		*i = o + 2;
}

/* A zone's name in brackets after a zone, as JavaScript's Date.toString ends: " (Central
 * European Standard Time)", in the browser's language (t73 F21: "(Mitteleurop\xC3\xA4ische
 * Normalzeit)", "(heure normale d\xE2\x80\x99Europe centrale)", "(\xE6\x97\xA5\xE6\x9C\xAC
 * \xE6\xA8\x99\xE6\xBA\x96\xE6\x99\x82)" were rejected): letters of any script (the text is
 * UTF-8 by now), blanks, digits and . - ' , + : / to the end of s, 120 bytes at most. 1 when so. */
static int zone_comment_ends(const char *s, size_t n, size_t i)
{
	if (!skip_blank(s, n, &i) || i >= n || s[i] != '(' || s[n - 1] != ')' || n - i > 120)
		return 0;
	for (size_t k = i + 1; k + 1 < n; k++) {
		unsigned char c = (unsigned char)s[k];
		if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') &&
		    c < 0x80 && !strchr(" .-',+:/", c))
			return 0;
	}
	return n - i > 2;
}

/* Whether a time (H:MM, HH:MM) starts at s[i]. */
static int time_first(const char *s, size_t n, size_t i)
{
	int h;
	return digits(s, n, &i, 1, 2, &h) == 0 && i < n && s[i] == ':';
}

/* C's asctime layout after "Mon D ": "HH:MM:SS[.fff] YYYY" with a zone after the time or the
 * year, as PostgreSQL's DateStyle Postgres writes "Sun Mar 05 14:22:10.123 2023 CET" and
 * date(1) "Sun Mar  5 14:22:10 CET 2023". From s[i] to the end. */
static int scan_asctime_tail(const char *s, size_t n, size_t i, dparts *p)
{
	if (scan_time(s, n, &i, p, 0) || !skip_blank(s, n, &i) || digits(s, n, &i, 4, 4, &p->y))
		return -1;
	if (!p->has_zone && skip_blank(s, n, &i)) {
		if (zone(s, n, &i, &p->off))
			return -1;
		p->has_zone = 1;
	}
	return i == n ? 0 : -1;
}

/* Oracle's DD-MON-RR, its default NLS_DATE_FORMAT ("01-MAR-11"): '-' around a month in
 * capitals, a two-digit year read by Oracle's RR rule, 00-49 in the 2000s and 50-99 in the
 * 1900s (what RR gives from 2000 to 2049), where POSIX's %y reads 50-68 as 2050-2068. Other
 * two-digit years with a month name (Excel's 01-Mar-11) stay POSIX's. The month from s[m0],
 * the '-' before it, to s[end], the year's end. 1 when the date is so and its year set. */
static int oracle_rr(const char *s, size_t m0, size_t end, dparts *p)
{
	size_t k = m0 + 1;
	if (!p->short_year || s[m0] != '-')
		return 0;
	for (; k < end && s[k] != '-'; k++)
		if ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '.')
			return 0;
	p->y = p->y % 100 + (p->y % 100 < 50 ? 2000 : 1900);
	p->rr = 1;
	return 1;
}

/* What may follow Oracle's DD-MON-RR from s[i]: nothing, or its TIMESTAMP's default time
 * HH.MI.SSXFF AM after a blank ("01-MAR-11 08.35.00.000000000 AM"), a TIMESTAMP WITH TIME
 * ZONE's offset after that, or a time with colons as the other forms take. 0, or -1. */
static int oracle_time(const char *s, size_t n, size_t i, dparts *p)
{
	size_t k = i;
	if (i == n)
		return 0;
	if (!skip_blank(s, n, &k))
		return -1;
	if (dotted_time(s, n, &k, p) == 0) {
		size_t z = k;
		if (skip_blank(s, n, &z) && zone(s, n, &z, &p->off) == 0) {
			p->has_zone = 1;
			k = z;
		}
		return k == n ? 0 : -1;
	}
	p->h = p->mi = p->sec = p->has_time = p->has_sec = p->ampm = 0;
	if (date_time_gap(s, n, &i, &p->comma) && scan_time(s, n, &i, p, 0))
		return -1;
	return i == n ? 0 : -1;
}

/* Dates with a month name (date_month_names), which cannot be read two ways: "01-Dec-2010",
 * "1 Dec 10", "1/December/2010", "21. Mai 2023", "15 de março de 2023", "15-mrt-2023", "Dec 1,
 * 2010", "December 01 2010", "Mar-15-23", an optional weekday first, a time after a blank
 * (with AM/PM or an offset: "Wed, 01 Dec 2010 08:26:00 +0000"). */
static int scan_named(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	memset(p, 0, sizeof *p);
	p->kind = DK_NAMED;
	if (i < n && s[i] >= '0' && s[i] <= '9') {          /* D-Mon-Y */
		if (digits(s, n, &i, 1, 2, &p->b) || i >= n)
			return -1;
		if (p->b == 1)
			skip_first(s, n, &i);
		skip_english_ordinal(s, n, &i, p->b);
		size_t m0 = i;
		if (scan_day_month_year(s, n, &i, p))
			return -1;
		if (oracle_rr(s, m0, i, p))
			return oracle_time(s, n, i, p);
	} else {                                              /* Mon D[,] YYYY, Mon-D-Y */
		if (part_month(s, n, &i, p) || i >= n)
			return -1;
		skip_abbrev_dot(s, n, &i);
		char sep = name_sep(s, n, &i);
		if (sep == ' ') {
			while (skip_blank(s, n, &i))   /* asctime pads a day: "Mar  5" */
				;
			if (digits(s, n, &i, 1, 2, &p->b))
				return -1;
			skip_english_ordinal(s, n, &i, p->b);
			if (i < n && s[i] == ',')
				i++;
			if (!skip_blank(s, n, &i))
				return -1;
			if (time_first(s, n, i))
				return scan_asctime_tail(s, n, i, p);
			if (digits(s, n, &i, 4, 4, &p->y))
				return -1;
		} else if ((sep != '-' && sep != '/' && sep != '.') || digits(s, n, &i, 1, 2, &p->b) ||
			   i >= n || s[i++] != sep || year(s, n, &i, p)) {   /* eBay's Mar-15-23 */
			return -1;
		}
	}
	/* "May 21, 2023, 4:29 PM" too; the time reads a zone after it; or an era's mark */
	size_t at = i;
	era_mark(s, n, &i, p);
	if (i == at && date_time_gap(s, n, &i, &p->comma) && scan_time(s, n, &i, p, 0))
		return -1;
	return i == n || (p->has_zone && zone_comment_ends(s, n, i)) ? 0 : -1;
}

/* A date after a weekday name: "Mo, 21.05.2023", "Wed 01/12/2010", "lunes, 15 de marzo de
 * 2023". Tried after the forms without one, so "Mar 15, 2023" stays March. */
static int scan_weekday_first(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	if (skip_weekday(s, n, &i))
		return -1;
	return scan_date(s + i, n - i, p) == 0 || scan_named(s + i, n - i, p) == 0 ? 0 : -1;
}

/* YYYYMMDD: eight digits, the year from 1900 to 2099, and an optional " H:MM[:SS]" from a
 * time column (SAP Customer Checkout's Receipt Date beside its Time, t63 F14). */
static int scan_compact(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	memset(p, 0, sizeof *p);
	if (n < 8 || digits(s, n, &i, 8, 8, &p->y) || i != 8)
		return -1;
	if (i < n && (!skip_blank(s, n, &i) || scan_time(s, n, &i, p, 0) || i != n))
		return -1;
	p->kind = DK_COMPACT;
	p->b = p->y % 100;
	p->a = p->y / 100 % 100;
	p->y /= 10000;
	return p->y >= 1900 && p->y <= 2099 ? 0 : -1;
}

/* Unix time: 9 or 10 digits of seconds, 12 or 13 of milliseconds, 15 or 16 of microseconds
 * (Google Analytics' event_timestamp, Spark) or 18 or 19 of nanoseconds, since 1970-01-01
 * 00:00 UTC (database and event-log exports), from 1990 to 2100; p->sec keeps the unit (0 s,
 * 1 ms, 2 µs, 3 ns) so the summary can say which. No other form is all digits but YYYYMMDD's 8
 * and the five or fewer of serial days and day numbers. */
static int scan_epoch(const char *s, size_t n, dparts *p)
{
	uint64_t v = 0;   /* 19 digits fit: below 1.9e19 */
	memset(p, 0, sizeof *p);
	/* ASP.NET's JSON date, "/Date(1704198300000)/" (SharePoint lists, OData v2, Dynamics
	 * CRM: t72 F21): milliseconds since 1970 UTC; a "+0100" after them is the writer's zone,
	 * not part of the instant. Its slashes escaped as the serializer writes them into JSON
	 * text, "\/Date(1704198300000)\/", which a JSON-to-CSV conversion keeps (t73 F22). */
	size_t lead = n > 8 && !memcmp(s, "/Date(", 6) && !memcmp(s + n - 2, ")/", 2) ? 6
		      : n > 10 && !memcmp(s, "\\/Date(", 7) && !memcmp(s + n - 3, ")\\/", 3) ? 7
		      : 0;
	if (lead) {
		size_t e = lead, end = n - (lead == 7 ? 3 : 2);
		while (e < end && s[e] >= '0' && s[e] <= '9')
			e++;
		if (e == end || (e + 5 == end && (s[e] == '+' || s[e] == '-')))
			return e - lead == 12 || e - lead == 13 ? scan_epoch(s + lead, e - lead, p) : -1;
		return -1;
	}
	int unit = n == 9 || n == 10 ? 0 : n == 12 || n == 13 ? 1 : n == 15 || n == 16 ? 2
		   : n == 18 || n == 19 ? 3 : -1;
	if (unit < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	for (int k = 0; k < unit; k++)
		v /= 1000;
	if (v < 631152000 || v >= 4102444800ULL)   /* 1990-01-01 .. 2100-01-01 */
		return -1;
	date_civil_from_days((int64_t)(v / 86400), &p->y, &p->a, &p->b);
	p->h = (int)(v % 86400 / 3600);
	p->mi = (int)(v % 3600 / 60);
	p->kind = DK_EPOCH;
	p->has_time = p->has_zone = 1;
	p->sec = unit;   /* seconds are dropped: relrec keeps minutes */
	return 0;
}

/* Excel's serial date, which a sheet whose date cells are formatted as numbers saves: days
 * since 1899-12-30 (40878 is 2011-12-01), five digits from 1990 to 2100, and the fraction of
 * a day the time (40878.354 is 08:29:46, kept as 08:30; a decimal comma too). */
static int scan_serial(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	int days = 0;
	memset(p, 0, sizeof *p);
	if (digits(s, n, &i, 5, 5, &days) || i != 5)
		return -1;
	double frac = 0, scale = 0.1;
	if (i < n) {
		if (s[i] != '.' && s[i] != ',')
			return -1;
		size_t at = ++i;
		for (; i < n && s[i] >= '0' && s[i] <= '9' && i - at < 15; i++, scale /= 10)
			frac += (s[i] - '0') * scale;
		if (i == at || i != n)
			return -1;
		p->has_time = 1;
	}
	if (days < 32874 || days >= 73051)   /* 1990-01-01 .. 2100-01-01 */
		return -1;
	int minutes = (int)(frac * 1440 + 0.5);
	if (minutes == 1440) {
		days++;
		minutes = 0;
	}
	date_civil_from_days(days - 25569, &p->y, &p->a, &p->b); /* 25569: 1970-01-01 */
	p->h = minutes / 60;
	p->mi = minutes % 60;
	p->kind = DK_SERIAL;
	return 0;
}

/* An ISO 8601 week date: YYYY-Www-D or YYYYWwwD (day 1 Monday .. 7 Sunday), or a week alone,
 * YYYY-Www, read as its Monday (a weekly sales export), with an optional time as in ISO
 * 8601 dates. Week 1 holds the year's first Thursday, so 2020-W53-5 is 2021-01-01. */
static int scan_week(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	int w = 0, d = 1;
	memset(p, 0, sizeof *p);
	if (digits(s, n, &i, 4, 4, &p->y))
		return -1;
	int dash = i < n && s[i] == '-';
	i += (size_t)dash;
	if (i >= n || (s[i] != 'W' && s[i] != 'w'))
		return -1;
	i++;
	if (digits(s, n, &i, 2, 2, &w) || w < 1)
		return -1;
	if (i < n && s[i] >= '0' && s[i] <= '9' && !dash) {
		d = s[i++] - '0';
	} else if (dash && i + 1 < n && s[i] == '-' && s[i + 1] >= '0' && s[i + 1] <= '9') {
		d = s[i + 1] - '0';
		i += 2;
	}
	if (d < 1 || d > 7 || p->y < 1900 || p->y > 2200)
		return -1;
	if (i < n) {   /* a time, after a T or blanks */
		if (s[i] == 'T')
			i++;
		else if (!skip_blank(s, n, &i))
			return -1;
		if (scan_time(s, n, &i, p, 1) || i != n)
			return -1;
	}
	int64_t jan4 = date_days_from_civil(p->y, 1, 4);
	int64_t wd = ((jan4 % 7) + 7 + 3) % 7; /* 0 Monday .. 6 Sunday (1970-01-01: Thursday) */
	int64_t day = jan4 - wd + (int64_t)(w - 1) * 7 + (d - 1);
	int y = p->y;
	date_civil_from_days(day, &p->y, &p->a, &p->b);
	/* the week must be of that year: week 53 exists only when the next year's week 1 does
	 * not start before it */
	int64_t next4 = date_days_from_civil((int64_t)y + 1, 1, 4);
	if (day - (d - 1) >= next4 - ((next4 % 7) + 7 + 3) % 7)
		return -1;
	p->kind = DK_WEEK;
	return 0;
}

/* A day number: days since 1970-01-01, one to five digits below Excel's serial range (a
 * database's DATE exported as an integer; a day index such as Dunnhumby's DAY 1..711, which
 * then reads as 1970), and an optional " H:MM[:SS]" from a time column. */
static int scan_daynum(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	int days = 0;
	memset(p, 0, sizeof *p);
	if (digits(s, n, &i, 1, 5, &days) || days >= 32874)
		return -1;
	if (i < n) {
		if (!skip_blank(s, n, &i) || scan_time(s, n, &i, p, 0) || i != n)
			return -1;
	}
	date_civil_from_days(days, &p->y, &p->a, &p->b);
	p->kind = DK_DAYNUM;
	return 0;
}

int datefmt_digit_time(const datefmt *f)
{
	return f && (strstr(f->text, "%H%M") || strstr(f->text, "%I%M"));
}

size_t date_time_digits(const char *s, size_t n, char *out)
{
	unsigned v = 0;
	if (n < 1 || n > 6)
		return 0;
	for (size_t k = 0; k < n; k++) {
		if (s[k] < '0' || s[k] > '9')
			return 0;
		v = v * 10 + (unsigned)(s[k] - '0');
	}
	unsigned sec = n > 4 ? v % 100 : 0;
	v = n > 4 ? v / 100 : v;
	unsigned h = v / 100, m = v % 100;
	if (h > 23 || m > 59 || sec > 59)
		return 0;
	/* % 100: two digits each, as gcc's -O1 truncation check must see (ASan build) */
	snprintf(out, DATE_TIME_DIGITS, n > 4 ? "%02u:%02u:%02u" : "%02u:%02u", h % 100, m % 100,
		 sec % 100);
	return n > 4 ? 8 : 5;
}

size_t date_time_seconds(const char *s, size_t n, char *out)
{
	unsigned v = 0;
	if (n < 1 || n > 5)
		return 0;
	for (size_t k = 0; k < n; k++) {
		if (s[k] < '0' || s[k] > '9')
			return 0;
		v = v * 10 + (unsigned)(s[k] - '0');
	}
	if (v >= 86400)
		return 0;
	snprintf(out, DATE_TIME_DIGITS, "%02u:%02u:%02u", v / 3600 % 100, v / 60 % 60, v % 60);
	return 8;
}

/* Any detected form: numeric first, then month names, then either after a weekday, then
 * YYYYMMDD, then Unix time, then
 * Excel's serial days, then day numbers. */
/* Vietnamese's words for day, month and year, the numbers after each: "ng\xC3\xA0y 20 th\xC3\xA1ng 03
 * n\xC4\x83m 2024" (MISA's invoices; t80 F27: th\xC3\xA1ng was taken for an unknown month's name). */
static const char *const vi_words[3] = {"ng\xC3\xA0y", "th\xC3\xA1ng", "n\xC4\x83m"};

/* Word k of vi_words at *i, any case, a blank after it: skipped, 0; else -1. */
static int vi_word(const char *s, size_t n, size_t *i, int k)
{
	size_t m = textfold_prefix(s + *i, n - *i, vi_words[k], strlen(vi_words[k]));
	size_t j = *i + m;
	if (!m || !skip_blank(s, n, &j))
		return -1;
	*i = j;
	return 0;
}

/* [ng\xC3\xA0y] D th\xC3\xA1ng M n\xC4\x83m YYYY, a time after it or none. 0, or -1. */
static int scan_vi_words(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	memset(p, 0, sizeof *p);
	p->kind = DK_NAMED;
	vi_word(s, n, &i, 0);
	if (digits(s, n, &i, 1, 2, &p->b) || !skip_blank(s, n, &i) || vi_word(s, n, &i, 1) ||
	    digits(s, n, &i, 1, 2, &p->a) || !skip_blank(s, n, &i) || vi_word(s, n, &i, 2) ||
	    digits(s, n, &i, 4, 4, &p->y))
		return -1;
	if (i < n && (!date_time_gap(s, n, &i, &p->comma) || scan_time(s, n, &i, p, 0)))
		return -1;
	return i == n ? 0 : -1;
}

static int scan_any(const char *s, size_t n, dparts *p)
{
	return scan_date(s, n, p) == 0 || scan_named(s, n, p) == 0 || scan_cjk(s, n, p, 0) == 0
		       || scan_vi_words(s, n, p) == 0
		       || scan_weekday_first(s, n, p) == 0 || scan_compact(s, n, p) == 0
		       || scan_epoch(s, n, p) == 0 || scan_serial(s, n, p) == 0
		       || scan_week(s, n, p) == 0 || scan_daynum(s, n, p) == 0 ? 0 : -1;
}

/* The day and month of a date without its year at s[0..e): "1 Mar", "01-Mar", "1.3.", "3/1",
 * "Mar 1"; 0 with *join the separator to write before a year and *e the end of what is
 * kept (a D.M.'s last point is the year's separator), else -1. */
static int yearless_part(const char *s, size_t *e, char *join)
{
	size_t i = 0, n = *e;
	int v;
	if (i < n && s[i] >= '0' && s[i] <= '9') {
		if (digits(s, n, &i, 1, 2, &v) || i >= n || !strchr("-/. ", s[i]))
			return -1;
		*join = s[i++];
		if (month_name(s, n, &i, &v) && digits(s, n, &i, 1, 2, &v))
			return -1;
		if (*join == '.' && i + 1 == n && s[i] == '.')
			*e = i;
		return i == *e ? 0 : -1;
	}
	if (month_name(s, n, &i, &v) || i >= n || (s[i] != ' ' && s[i] != '-'))
		return -1;
	*join = s[i++];
	if (digits(s, n, &i, 1, 2, &v))
		return -1;
	if (i + 1 == n && s[i] == ',')
		*e = i;
	return i == *e ? 0 : -1;
}

size_t date_with_year(const char *s, size_t n, int year, char *out, size_t size)
{
	dparts p;
	size_t e = 0, k;
	char join;
	if (year < 1900 || year > 2100 || n == 0 || n + 8 > size || scan_any(s, n, &p) == 0)
		return 0;
	for (; e < n; e++) {   /* the date ends before a time after a blank */
		k = blank(s, n, e);
		if (k && time_first(s, n, e + k))
			break;
	}
	size_t end = e;
	if (yearless_part(s, &end, &join))
		return 0;
	int w = snprintf(out, size, "%.*s%c%d%.*s", (int)end, s, join, year, (int)(n - e), s + e);
	if (w < 0 || (size_t)w >= size || scan_any(out, (size_t)w, &p) != 0)
		return 0;
	return (size_t)w;
}

int datefmt_swapped(const datefmt *f, const char *s, size_t n, char *out, size_t size)
{
	char t[DATEFMT_MAX];
	int d = 0, m = 0;
	size_t k = 0;
	datefmt g;
	int32_t minute;
	if (f->serial_epoch || f->no_day)
		return 0;
	for (const char *p = f->text; *p && k + 2 < sizeof t; p++) {
		t[k++] = *p;
		if (*p != '%' || !p[1])
			continue;
		char c = *++p;
		d += c == 'd' || c == 'e';
		m += c == 'm';
		t[k++] = c == 'd' || c == 'e' ? 'm' : c == 'm' ? 'd' : c;
	}
	t[k] = '\0';
	if (d != 1 || m != 1 || datefmt_compile(&g, t) != 0)
		return 0;
	g.cal = f->cal;
	if (datefmt_parse(&g, s, n, &minute) != 0)
		return 0;
	snprintf(out, size, "%s", t);
	return 1;
}

/* A bare number typed as a date (filter since 12) is a mistake more often than a day
 * number: only a file's column, all of it day numbers, is read that way. */
int date_read_one(const char *s, size_t n, int32_t *minute)
{
	dparts p;
	if (scan_any(s, n, &p) || p.kind == DK_DAYNUM)
		return -1;
	return date_minute(p.y, p.a, p.b, p.h, p.mi, p.kind == DK_EPOCH ? 0 : p.sec, p.off, minute);
}

/* A dparts' date as YYYY-MM-DD, month mo and day d, into buf (ISO_DAY bytes: room for any
 * int, as the compiler cannot see date_minute's checks); "" when no such day. */
enum { ISO_DAY = 40 };
static const char *iso_day(int y, int mo, int d, char *buf)
{
	int32_t m;
	if (date_minute(y, mo, d, 0, 0, 0, 0, &m) != 0)
		return "";
	snprintf(buf, ISO_DAY, "%04d-%02d-%02d", y, mo, d);
	return buf;
}

static int daynum_loaded;   /* date_day_numbers_loaded */

void date_day_numbers_loaded(int on)
{
	daynum_loaded = on;
}

int date_read_day(const char *s, const char *what, int32_t *minute)
{
	size_t n = strlen(s);
	dparts p;
	char a[ISO_DAY], b[ISO_DAY];
	int bad = n > 64 || scan_any(s, n, &p);
	/* t19: Dunnhumby's DAY 1..711; refused all the same, as the number's meaning is the
	 * file's, but the arithmetic is done for the analyst */
	if (!bad && p.kind == DK_DAYNUM && daynum_loaded && !p.has_time &&
	    *iso_day(p.y, p.a, p.b, a))
		return err_set("%s takes a day YYYY-MM-DD, not '%s': the loaded dates are day "
			       "numbers, shown as days after 1970-01-01, so day %s is %s", what, s, s,
			       a);
	if (bad || p.kind == DK_DAYNUM || p.kind == DK_EPOCH || p.kind == DK_SERIAL)
		return err_set("%s takes a day YYYY-MM-DD, not '%.64s'", what, s);
	if (p.kind == DK_DM) {   /* which field is the day is the reader's guess: not for a command */
		const char *dm = iso_day(p.y, p.b, p.a, a), *md = iso_day(p.y, p.a, p.b, b);
		if (*dm && *md && strcmp(dm, md) != 0)
			return err_set("%s takes a day YYYY-MM-DD: '%s' could be %s (day first) or %s "
				       "(month first)", what, s, dm, md);
		if (*dm || *md)
			return err_set("%s takes a day YYYY-MM-DD: write '%s' as %s", what, s,
				       *dm ? dm : md);
		return err_set("%s takes a day YYYY-MM-DD, not '%s'", what, s);
	}
	if (p.has_time && (p.h || p.mi || p.sec))
		return err_set("%s takes a day YYYY-MM-DD, without a time of day: not '%s'", what, s);
	const int64_t last = RR_LAST_DAY;
	if (date_minute(p.y, p.a, p.b, 0, 0, 0, 0, minute) == 0 && date_floor_day(*minute) <= last)
		return 0;
	if (p.y >= 1900 && p.a >= 1 && p.a <= 12 && (p.b < 1 || p.b > date_days_in_month(p.y, p.a)))
		return err_set("%s takes a day YYYY-MM-DD: there is no '%s'", what, s);
	int y, mo, d;
	date_civil_from_days(last, &y, &mo, &d);
	return err_set("%s takes a day from 1900-01-01 to %04d-%02d-%02d, not '%s'", what, y, mo, d,
		       s);
}

void date_guess_init(date_guess *g, const datefmt *fmt)
{
	memset(g, 0, sizeof *g);
	g->fmt = fmt;
	g->era_auto = calendar_lookup("buddhist");
	g->prev_dm = -1;
}

void date_guess_free(date_guess *g)
{
	free(g->pending);
	g->pending = NULL;
	g->n_pending = g->cap_pending = 0;
	free(g->zoff);
	g->zoff = NULL;
	g->n_zoff = g->cap_zoff = 0;
	free(g->memo);
	g->memo = NULL;
	free(g->serial_row);
	g->serial_row = NULL;
	g->n_serial_row = g->cap_serial_row = 0;
	free(g->doubt);
	g->doubt = NULL;
	g->n_doubt = g->cap_doubt = 0;
}

/* Row row's offset in zoff (the rows before it without one: 0), from the first zoned D/M
 * date on. 0, or -2 out of memory. */
static int remember_offset(date_guess *g, uint32_t row, int off)
{
	if (row >= g->cap_zoff) {
		size_t cap = g->cap_zoff ? 2 * g->cap_zoff : 4096;
		while (cap <= row)
			cap *= 2;
		int16_t *z = realloc(g->zoff, cap * sizeof *z);
		if (!z) {
			g->oom = 1;
			return -2;
		}
		g->zoff = z;
		g->cap_zoff = cap;
	}
	while (g->n_zoff <= row)   /* a row held for its zone comes after those past it */
		g->zoff[g->n_zoff++] = 0;
	g->zoff[row] = (int16_t)off;
	return 0;
}

static void prove(date_proof *p, const char *s, size_t n, uint64_t line)
{
	if (p->line)
		return;
	p->line = line;
	snprintf(p->text, sizeof p->text, "%.*s", (int)(n < DATE_EXAMPLE - 1 ? n : DATE_EXAMPLE - 1), s);
}

/* A row read as an Excel serial day (month mo, day d), kept for date_guess_finish. */
static int remember_serial(date_guess *g, uint32_t row, int d, const char *s, size_t n,
			   uint64_t line)
{
	prove(&g->serial_first, s, n, line);
	g->serial_day_over12 |= d > 12;
	if (g->n_serial_row == g->cap_serial_row) {
		size_t cap = g->cap_serial_row ? 2 * g->cap_serial_row : 1024;
		uint32_t *p = realloc(g->serial_row, cap * sizeof *p);
		if (!p) {
			g->oom = 1;
			return -2;
		}
		g->serial_row = p;
		g->cap_serial_row = cap;
	}
	g->serial_row[g->n_serial_row++] = row;
	return 0;
}

static int remember(date_guess *g, uint32_t row, int off)
{
	if (g->n_pending == g->cap_pending) {
		size_t cap = g->cap_pending ? 2 * g->cap_pending : 4096;
		date_pending *p = realloc(g->pending, cap * sizeof *p);
		if (!p) {
			g->oom = 1;
			return -2;
		}
		g->pending = p;
		g->cap_pending = cap;
	}
	g->pending[g->n_pending++] = (date_pending){row, off};
	return 0;
}

/* A two-digit year as POSIX's %y reads it. */
static int pivot_year(int yy)
{
	return yy < 69 ? 2000 + yy : 1900 + yy;
}

/* The calendar p's own month name or era mark says, or NULL (the Gregorian mark says none:
 * it was read under any calendar before marks named theirs). */
static const calendar *form_calendar(const dparts *p)
{
	return p->month_cal ? p->month_cal : p->mark_cal != calendar_gregorian() ? p->mark_cal : NULL;
}

/* The calendar g turns dates in: its --calendar's, NULL for Gregorian. */
static const calendar *guess_cal(const date_guess *g)
{
	return g->cal && g->cal != calendar_gregorian() ? g->cal : NULL;
}

/* A two-digit year yy of g's dates. */
static int guess_year2(const date_guess *g, int yy)
{
	const calendar *c = guess_cal(g);
	return c ? calendar_year2(c, yy) : pivot_year(yy);
}

/* The calendar p's date is of: g's --calendar (NULL: Gregorian), its two-digit year set as
 * that calendar reads one; or, none given, the Thai Buddhist era's for a year of four digits
 * from DATE_BUDDHIST_FROM to DATE_BUDDHIST_TO. *ok 0 when p's form cannot be of that calendar:
 * Unix time, serial days and day numbers are instants, week dates and Japanese eras
 * Gregorian, month names Gregorian months. */
static const calendar *date_calendar_of(const date_guess *g, dparts *p, int *ok)
{
	const calendar *c = guess_cal(g);
	/* a calendar's own month name or era mark says the calendar: read under it alone */
	const calendar *own = form_calendar(p);
	if (own) {
		*ok = g->cal == own;
		if (*ok && p->short_year)
			p->y = calendar_year2(own, p->y % 100);
		return *ok ? own : NULL;
	}
	int gregorian_form = p->kind == DK_EPOCH || p->kind == DK_SERIAL || p->kind == DK_DAYNUM ||
			     p->kind == DK_WEEK ||
			     (p->kind == DK_YMD && (p->form == YMD_ERA || p->form == YMD_ERA_LETTER));
	*ok = 1;
	if (!g->cal) {
		if (!gregorian_form && !p->short_year && p->kind != DK_COMPACT &&
		    p->y >= DATE_BUDDHIST_FROM && p->y <= DATE_BUDDHIST_TO)
			return g->era_auto;
		return NULL;
	}
	if (!c)
		return NULL;
	if (gregorian_form || (p->kind == DK_NAMED && !c->gregorian_months)) {
		*ok = 0;
		return NULL;
	}
	if (p->short_year)
		p->y = calendar_year2(c, p->y % 100);
	return c;
}

/* What a D/M date says about a year first (YY/MM/DD): whether it reads so, and the values
 * and changes of its first and third fields. Kept only while every date reads so. */
static void ymd_evidence(date_guess *g, const dparts *p)
{
	int a = p->a, c = p->y % 100;
	const calendar *cal = guess_cal(g);
	/* a zone says nothing of the fields' order: turning one uses its offset (zoff; t18:
	 * '21/01/01 00:30 CET' was read day first, every date wrong) */
	if (!p->short_year || !p->wide_first || p->b < 1 || c < 1 ||
	    c > cal_month_days(cal, guess_year2(g, a), p->b)) {
		g->ymd_out = 1;
		return;
	}
	g->seen_first[a >> 6] |= UINT64_C(1) << (a & 63);
	g->seen_third[c >> 6] |= UINT64_C(1) << (c & 63);
	int32_t packed = (int32_t)(a * 10000 + p->b * 100 + c);
	if (g->prev_dm >= 0 && packed != g->prev_dm) {
		g->n_dm_change++;
		g->n_same_first += a == g->prev_dm / 10000;
		g->n_same_third += c == g->prev_dm % 100;
	}
	g->prev_dm = packed;
}

/* A D/M or M/D date: which readings are real days decides, and the proof is kept. */
static int read_dm(date_guess *g, const dparts *p, const calendar *cal, const char *s, size_t n,
		   uint64_t line, uint32_t row, int32_t *minute)
{
	if (p->a < 1 || p->b < 1)   /* no day in either order: no proof of one (t65 F1: a junk */
		return -1;          /* 00/05/2024 read every US date of its file day first) */
	int mf = p->b <= cal_month_days(cal, p->y, p->a);
	int df = p->a <= cal_month_days(cal, p->y, p->b);
	if (!mf && !df)
		return -1;
	g->n_dm_both += mf && df;
	if (mf && !df)
		prove(&g->month_first, s, n, line);
	if (df && !mf)
		prove(&g->day_first, s, n, line);
	int day_first = df && (!mf || (g->day_first.line && !g->month_first.line));
	int rc = day_first ? cal_minute(cal, p->y, p->b, p->a, p->h, p->mi, p->sec, p->off, minute)
			   : cal_minute(cal, p->y, p->a, p->b, p->h, p->mi, p->sec, p->off, minute);
	if (rc)
		return -1;
	if (mf && df && !g->day_first.line && !g->month_first.line && remember(g, row, p->off))
		return -2;
	if ((p->has_zone || g->zoff) && remember_offset(g, row, p->off))
		return -2;
	if (!g->n_dm)
		g->dm_sep = p->sep;
	if (!g->n_dm || p->y < g->dm_year_lo)
		g->dm_year_lo = p->y;
	if (!g->n_dm || p->y > g->dm_year_hi)
		g->dm_year_hi = p->y;
	g->dm_vals[0] |= p->a < 32 ? UINT32_C(1) << p->a : 0;
	g->dm_vals[1] |= p->b < 32 ? UINT32_C(1) << p->b : 0;
	g->n_dm++;
	g->n_dm_time += p->has_time;
	g->n_dm_sec += p->has_sec;
	g->n_dm_yy += p->short_year;
	g->n_dm_ampm += p->ampm;
	g->n_dm_comma += p->comma;
	g->n_dm_zone += p->has_zone;
	if (!g->ymd_out)
		ymd_evidence(g, p);
	if (p->a > g->max_first)
		g->max_first = p->a;
	if (p->b > g->max_second)
		g->max_second = p->b;
	return 0;
}

size_t date_guess_count(const date_guess *g)
{
	return g->n_fmt + g->n_iso + g->n_ymd + g->n_dm + g->n_named + g->n_compact + g->n_epoch
	       + g->n_serial + g->n_week + g->n_daynum;
}

size_t date_guess_numbers(const date_guess *g)
{
	return g->n_compact + g->n_epoch + g->n_serial + g->n_daynum;
}

int date_guess_mmdd(const date_guess *g)
{
	unsigned m = g->daynum_mmdd;
	return g->n_daynum >= 10 && g->n_daynum == date_guess_count(g) && !(m & 1u) &&
	       (m & (m - 1)) != 0;   /* two months or more */
}

int date_guess_ddmm(const date_guess *g)
{
	unsigned m = g->daynum_ddmm;
	if (!g->n_daynum || g->n_daynum != date_guess_count(g) || (m & 1u))
		return 0;
	int months = 0;
	for (m >>= 1; m; m >>= 1)
		months += (int)(m & 1u);
	return months;
}

/* The last date text of up to DATE_MEMO bytes scan_any read, and what it said (rc, p). */
enum { DATE_MEMO = 64 };
struct date_memo {
	size_t n;
	int rc;
	dparts p;
	char s[DATE_MEMO];
};

/* A year-first date whose year has 1 to 3 digits, as Taiwan writes Minguo years (113/03/15,
 * 113.03.15, 99-12-31, 民國113/03/15, 113年3月15日; a time may follow): p's y, a (the
 * month) and b (the day). 0, or -1. */
static int scan_short_ymd(const char *s, size_t n, dparts *p)
{
	size_t i = roc_era(s, n);
	i += i && i < n && s[i] == ' ';   /* 民國 99/05/01: a blank after the name */
	if (scan_cjk(s, n, p, 1) == 0)
		return 0;
	memset(p, 0, sizeof *p);
	if (digits(s, n, &i, 1, 3, &p->y) || i >= n || !s[i] || !strchr("/-.", s[i]))
		return -1;
	char sep = s[i++];
	if (digits(s, n, &i, 1, 2, &p->a) || i >= n || s[i++] != sep ||
	    digits(s, n, &i, 1, 2, &p->b))
		return -1;
	p->kind = DK_YMD;
	p->form = sep == '.' ? YMD_DOTTED : YMD_SLASH;
	p->sep = sep;
	return date_tail(s, n, i, p);
}

/* YYYMMDD, a Minguo year of three digits glued to the month and day, as Taiwan's e-invoices
 * write the date (1130219 is 2024-02-19; t80 F32); a time may follow. Read only under a
 * calendar of short years (scan_in): seven digits are IBM i's CYYMMDD too. 0, or -1. */
static int scan_roc_compact(const char *s, size_t n, dparts *p)
{
	size_t i = 0;
	int v;
	memset(p, 0, sizeof *p);
	if (digits(s, n, &i, 7, 7, &v) || i != 7)
		return -1;
	if (i < n && (!skip_blank(s, n, &i) || scan_time(s, n, &i, p, 0) || i != n))
		return -1;
	p->kind = DK_COMPACT;
	p->y = v / 10000;
	p->a = v / 100 % 100;
	p->b = v % 100;
	return 0;
}

/* The weekdays Japanese and Korean dates write after them in brackets, as Excel's (aaa)
 * format and the tills' reports do (t74 F22: 2024/01/03(水), 2024-01-03 (수), 2024/01/03(水)
 * 14:14): Monday to Sunday, each one character, a 曜日 or 曜 or 요일 after it allowed. */
static const char *const cjk_weekdays[] = {
	"\xE6\x9C\x88", "\xE7\x81\xAB", "\xE6\xB0\xB4", "\xE6\x9C\xA8", "\xE9\x87\x91", "\xE5\x9C\x9F",
	"\xE6\x97\xA5", "\xEC\x9B\x94", "\xED\x99\x94", "\xEC\x88\x98", "\xEB\xAA\xA9", "\xEA\xB8\x88",
	"\xED\x86\xA0", "\xEC\x9D\xBC"};
static const char *const cjk_weekday_tails[] = {"\xE6\x9B\x9C\xE6\x97\xA5", "\xE6\x9B\x9C",
						"\xEC\x9A\x94\xEC\x9D\xBC"};

/* The end of a CJK weekday at s[k..n) (cjk_weekdays, a tail allowed), or k: none. */
static size_t cjk_weekday_end(const char *s, size_t n, size_t k)
{
	size_t d = 0;
	for (size_t w = 0; w < sizeof cjk_weekdays / sizeof *cjk_weekdays && !d; w++)
		d = k + 3 <= n && memcmp(s + k, cjk_weekdays[w], 3) == 0 ? 3 : 0;
	if (!d)
		return k;
	k += d;
	for (size_t t = 0; t < sizeof cjk_weekday_tails / sizeof *cjk_weekday_tails; t++) {
		size_t l = strlen(cjk_weekday_tails[t]);
		if (k + l <= n && memcmp(s + k, cjk_weekday_tails[t], l) == 0)
			return k + l;
	}
	return k;
}

/* The length of a bracket at s[i..n) ('(', '[' or the full-width '（') holding a weekday
 * alone: a CJK one (cjk_weekdays) or a name of date_weekday_names, a dot after it allowed
 * (Fri, Fr, pet, pt.: t76 F16), or 0. */
static size_t weekday_bracket_at(const char *s, size_t n, size_t i)
{
	static const char wide_open[] = "\xEF\xBC\x88", wide_close[] = "\xEF\xBC\x89";
	size_t k = i;
	char close = k < n && s[k] == '[' ? ']' : ')';
	if (k < n && (s[k] == '(' || s[k] == '['))
		k++;
	else if (k + 3 <= n && memcmp(s + k, wide_open, 3) == 0)
		k += 3;
	else
		return 0;
	size_t e = cjk_weekday_end(s, n, k);
	if (e == k && weekday_name(s, n, &e) == 0 && e < n && s[e] == '.')
		e++;
	if (e == k)
		return 0;
	if (e < n && s[e] == close)
		return e + 1 - i;
	return e + 3 <= n && memcmp(s + e, wide_close, 3) == 0 ? e + 3 - i : 0;
}

/* s[0..n) without a weekday in brackets (weekday_bracket_at) before its date and the blanks
 * after it ((pt.) 01.03.2024), or after it and the blank before it, a blank kept before a
 * time after it, into out (size bytes): its length, or 0 when s holds none. */
static size_t weekday_cut(const char *s, size_t n, char *out, size_t size)
{
	size_t w = weekday_bracket_at(s, n, 0);
	if (w) {
		while (w < n && s[w] == ' ')
			w++;
		if (w == n || n - w >= size)
			return 0;
		memcpy(out, s + w, n - w);
		return n - w;
	}
	for (size_t i = 1; i < n; i++) {
		w = weekday_bracket_at(s, n, i);
		if (!w || !(s[i - 1] == ' ' || (s[i - 1] >= '0' && s[i - 1] <= '9')))
			continue;
		size_t a = i, b = i + w;
		while (a > 0 && s[a - 1] == ' ')
			a--;
		int gap = b < n && s[b] != ' ';
		if (a + (size_t)gap + (n - b) >= size)
			return 0;
		memcpy(out, s, a);
		if (gap)
			out[a] = ' ';
		memcpy(out + a + gap, s + b, n - b);
		return a + (size_t)gap + (n - b);
	}
	return 0;
}

/* scan_any, and before it, in a calendar whose year-first dates write short years (Minguo),
 * those; a date with its weekday after it in brackets read without it. */
static int scan_in(const date_guess *g, const char *s, size_t n, dparts *p)
{
	if (g->cal && g->cal->two_digit_literal &&
	    (scan_short_ymd(s, n, p) == 0 || scan_roc_compact(s, n, p) == 0))
		return 0;
	int rc = scan_any(s, n, p);
	char cut[DATE_EXAMPLE + 16];
	size_t k;
	if (rc != 0 && (k = weekday_cut(s, n, cut, sizeof cut)) != 0)
		rc = scan_any(cut, k, p);
	if (rc == 0 && p->kind == DK_NAMED && p->word) {
		const date_month_sense *other;
		p->a = month_sense(p->word, g->lang, &other);
	}
	return rc;
}

/* scan_any, a pure function of s[0..n), run once for a text the row before had: an order's
 * lines repeat its date and time (Online Retail: 20 lines a timestamp). A memo that cannot
 * be allocated is done without. */
static int scan_memo(date_guess *g, const char *s, size_t n, dparts *p)
{
	struct date_memo *m = g->memo;
	if (m && m->n == n && memcmp(m->s, s, n) == 0) {
		*p = m->p;
		return m->rc;
	}
	int rc = scan_in(g, s, n, p);
	if (n <= DATE_MEMO && (m || (m = g->memo = malloc(sizeof *m)))) {
		m->n = n;
		memcpy(m->s, s, n);
		m->p = *p;
		m->rc = rc;
	}
	return rc;
}

/* s[0..n) into buf (DATE_EXAMPLE bytes), for the summary's example. */
static void example(char *buf, const char *s, size_t n)
{
	snprintf(buf, DATE_EXAMPLE, "%.*s", (int)(n < DATE_EXAMPLE - 1 ? n : DATE_EXAMPLE - 1), s);
}

/* A date of any form but D/M: read, and counted by its form. 0, -1 or -2. */
static int read_other(date_guess *g, const dparts *pp, const calendar *cal, const char *s,
		      size_t n, uint64_t line, uint32_t row, int32_t *minute)
{
	dparts p = *pp;
	/* day numbers only in a column that is all day numbers: a stray "7" among real dates is
	 * a broken row, not 1970-01-08 */
	if (p.kind == DK_DAYNUM && g->n_daynum != date_guess_count(g))
		return -1;
	if (cal_minute(cal, p.y, p.a, p.b, p.h, p.mi, p.kind == DK_EPOCH ? 0 : p.sec, p.off, minute))
		return -1;
	if (p.has_zone && p.off &&
	    date_floor_day(*minute) != date_floor_day((int64_t)*minute + p.off) &&
	    !g->n_day_moved++) {   /* t67 F27: a shop's day before 09:00 at +09:00 */
		example(g->day_moved_first, s, n);
		g->day_moved_minute = *minute;
		g->day_moved_off = p.off;
	}
	if (p.kind == DK_EPOCH) {
		g->n_epoch++;
		g->n_epoch_unit[p.sec]++;
	} else if (p.kind == DK_SERIAL) {
		if (remember_serial(g, row, p.b, s, n, line))
			return -2;
		g->n_serial++;
	} else if (p.kind == DK_DAYNUM) {
		int v = (int)date_days_from_civil(p.y, p.a, p.b);
		g->daynum_lo = !g->n_daynum++ || v < g->daynum_lo ? v : g->daynum_lo;
		g->daynum_hi = v > g->daynum_hi ? v : g->daynum_hi;
		int mmdd = v % 100 >= 1 && v % 100 <= 31 && v / 100 >= 1 && v / 100 <= 12;
		g->daynum_mmdd |= mmdd ? 1u << (v / 100) : 1u;
		int ddmm = v / 100 >= 1 && v / 100 <= 31 && v % 100 >= 1 && v % 100 <= 12;
		g->daynum_ddmm |= ddmm ? 1u << (v % 100) : 1u;
	} else if (p.kind == DK_YMD) {
		if (p.past_era && !g->n_past_era++) {
			example(g->past_era_first, s, n);
			g->past_era_minute = *minute;
			g->past_era = p.past_era;
		}
		g->n_ymd++;
		if (!g->n_ymd_form[p.form]++) {
			example(g->ymd_first[p.form], s, n);
			g->ymd_first_minute[p.form] = *minute;
		}
	} else if (p.kind == DK_NAMED) {
		if (!g->n_named++)
			snprintf(g->named_first, sizeof g->named_first, "%.*s",
				 (int)(n < DATE_EXAMPLE - 1 ? n : DATE_EXAMPLE - 1), s);
		g->n_named_zone += p.has_zone;
		g->n_named_rr += p.rr;
	} else if (p.kind == DK_COMPACT) {
		g->n_compact++;
		g->n_compact_time += p.has_time;
		g->n_compact_sec += p.has_sec;
	} else if (p.kind == DK_WEEK) {
		g->n_week++;
	} else {
		g->n_iso++;
		g->n_iso_zone += p.has_zone;
	}
	return 0;
}

/* What day d of month m of year y of calendar c (NULL: Gregorian) is: DATE_WHY_NO_DAY, none
 * of c's; DATE_WHY_BEYOND, one outside the days relrec holds; DATE_WHY_OTHER, a day held. */
static int cal_day_why(const calendar *c, int y, int m, int d)
{
	int64_t days;
	if (c ? calendar_to_days(c, y, m, d, &days) != 0
	      : m < 1 || m > 12 || d < 1 || d > date_days_in_month(y, m))
		return DATE_WHY_NO_DAY;
	if (!c)
		days = date_days_from_civil(y, m, d);
	return days < date_days_from_civil(1900, 1, 1) || days > RR_LAST_DAY ? DATE_WHY_BEYOND
									   : DATE_WHY_OTHER;
}

const calendar *date_form_calendar(const date_guess *g, const char *s, size_t n)
{
	dparts p;
	date_guess plain = *g;
	plain.cal = NULL;   /* scan as detection does, whatever --calendar was given */
	return !g->fmt && scan_in(&plain, s, n, &p) == 0 ? form_calendar(&p) : NULL;
}

int date_guess_rejection(const date_guess *g, const char *s, size_t n)
{
	dparts p;
	dstate st;
	int ok;
	if (g->fmt) {
		if (g->fmt->serial_epoch || datefmt_fields(g->fmt, s, n, &st))
			return DATE_WHY_FORM;
		if (st.short_year && g->fmt->cal)
			st.y = calendar_year2(g->fmt->cal, st.y % 100);
		return cal_day_why(g->fmt->cal, st.y, st.mo, st.d);
	}
	if (scan_in(g, s, n, &p))
		return DATE_WHY_FORM;
	const calendar *c = date_calendar_of(g, &p, &ok);
	if (!ok)
		return form_calendar(&p) ? DATE_WHY_OWN : DATE_WHY_GREGORIAN;
	int why = cal_day_why(c, p.y, p.a, p.b);
	if (p.kind == DK_DM) {   /* either order's day: the likelier reason */
		int other = cal_day_why(c, p.y, p.b, p.a);
		why = other > why ? other : why;
	}
	return why;
}

/* A year-less date's month and day when its month is named ("1 Nov", "Nov 1", "1-Nov"):
 * month * 32 + day, or 0 (a month by its number could be either field). */
static int yearless_named_md(const char *s, size_t n)
{
	size_t i = 0;
	int d, mo;
	if (digits(s, n, &i, 1, 2, &d) == 0) {
		if (i >= n || !strchr("-/. ", s[i]))
			return 0;
		i++;
		return month_name(s, n, &i, &mo) ? 0 : mo * 32 + d;
	}
	if (month_name(s, n, &i, &mo) || i >= n || (s[i] != ' ' && s[i] != '-'))
		return 0;
	i++;
	return digits(s, n, &i, 1, 2, &d) ? 0 : mo * 32 + d;
}

/* Months from month-and-day a back to b (a * 32 + day each), as a day count's share of a
 * month: 30 Nov to 1 Jan is 10, 5 Mar to 2 Mar none. */
static int months_back(int a, int b)
{
	int days = (a / 32 - b / 32) * 31 + (a % 32 - b % 32);
	return days >= 0 ? days / 28 : -(-days / 28);
}

/* The year a year-less date s (on line) takes under a title's year: the title's, or the next
 * once the dates in file order ran past December (the roll_ fields of date_guess say when):
 * a date seven months or more before the one above it and before the first one (1 Jan after
 * 30 Dec, the first 1 Nov), when none went back a month before. Once rolled, a date going
 * back again or reaching the first's day of the year makes more than a year's run: the
 * years cannot be told (roll_doubt). */
static int yearless_year(date_guess *g, const char *s, size_t n, uint64_t line)
{
	if (!g->year_titled)
		return g->year_fill;
	if (g->roll_base != g->year_fill) {   /* another title: its dates start again */
		g->roll_base = g->year_fill;
		g->roll_add = g->roll_prev = g->roll_down = g->roll_first = 0;
	}
	int md = yearless_named_md(s, n), back = g->roll_prev ? months_back(g->roll_prev, md) : 0;
	if (!md)
		return g->year_fill + g->roll_add;
	if (!g->roll_first)
		g->roll_first = md;
	if (g->roll_add) {
		if ((back >= 1 || back <= -7 || md >= g->roll_first) && !g->roll_doubt) {
			g->roll_doubt = line;
			example(g->roll_doubt_date, s, n);
		}
	} else if (back >= 7 && md < g->roll_first && !g->roll_down)
		g->roll_add = 1;
	else if (back >= 1)
		g->roll_down = 1;   /* not in date order: no run past December is told */
	g->roll_prev = md;
	return g->year_fill + g->roll_add;
}

/* A month name read in its table's sense that another language reads as another month, the
 * header's language not saying which (t74 F2): counted, the first kept for the summary, the
 * row kept to turn if the column's other names say that language (t76 F1). 0, or -2 when
 * memory runs out. */
static int month_doubt(date_guess *g, const dparts *p, uint32_t row, const char *s, size_t n)
{
	const date_month_sense *other;
	if (p->kind != DK_NAMED || !p->word)
		return 0;
	if (g->month_lang_last != p->word) {   /* an order's lines repeat one name */
		g->month_lang_last = p->word;
		g->month_langs |= month_lang_of(p->word);
	}
	month_sense(p->word, g->lang, &other);
	if (!other)
		return 0;
	if (!g->n_month_doubt++) {
		example(g->month_doubt_first, s, n);
		g->month_doubt_word = p->word;
		g->month_doubt_sense = other;
	}
	if (g->n_doubt == g->cap_doubt) {
		size_t cap = g->cap_doubt ? 2 * g->cap_doubt : 256;
		date_doubt *d = realloc(g->doubt, cap * sizeof *d);
		if (!d) {
			g->oom = 1;
			return -2;
		}
		g->doubt = d;
		g->cap_doubt = cap;
	}
	g->doubt[g->n_doubt++] = (date_doubt){row, p->off, other->month};
	return 0;
}

/* The doubtful month names settled by the column's other names: names of the other sense's
 * language alone (studeni, srpanj: Croatian) turn them to its month; names of none of it
 * (rijen, grudnia) keep the table's sense, unwarned; both or none leave the warning. */
static void month_settle(date_guess *g, int32_t *minute)
{
	const date_month_sense *x = g->month_doubt_sense;
	if (!g->n_month_doubt || !x || !g->month_langs)
		return;
	unsigned own = 1u << month_lang_index(x->lang);
	if (g->month_langs != own) {
		g->month_settled = !(g->month_langs & own);
		return;
	}
	for (size_t k = 0; k < g->n_doubt; k++) {
		int32_t *m = &minute[g->doubt[k].row];
		int64_t local = (int64_t)*m + g->doubt[k].off;   /* the date as written */
		int64_t days = date_floor_day(local);
		int y, mo, d;
		cal_civil(guess_cal(g), days, &y, &mo, &d);
		if (d > cal_month_days(guess_cal(g), y, g->doubt[k].month))
			continue;   /* a 31st that month has not: no date of that language */
		*m = (int32_t)(cal_days(guess_cal(g), y, g->doubt[k].month, d) * 1440 +
			       (local - days * 1440) - g->doubt[k].off);
		g->n_month_turned++;
	}
	g->month_settled = 1;
}

int date_guess_read(date_guess *g, const char *s, size_t n, uint64_t line, uint32_t row,
		    int32_t *minute)
{
	if (g->fmt) {
		if (datefmt_parse(g->fmt, s, n, minute))
			return -1;
		if (!g->n_fmt++) {
			example(g->fmt_first, s, n);
			g->fmt_first_minute = *minute;
		}
		return 0;
	}
	dparts p;
	int ok;
	char filled[DATE_EXAMPLE + 16];
	int yearless = 0;
	if (scan_memo(g, s, n, &p)) {
		/* a day and month alone, the year the title's or the row's Year column's */
		int year = g->year_fill ? yearless_year(g, s, n, line) : 0;
		size_t k = year ? date_with_year(s, n, year, filled, sizeof filled) : 0;
		if (!k || scan_memo(g, filled, k, &p))
			return -1;
		if (year != g->year_fill && !g->n_rolled++) {
			example(g->rolled_first, s, n);
			g->rolled_line = line;
		}
		s = filled;
		n = k;
		yearless = 1;
	}
	const calendar *cal = date_calendar_of(g, &p, &ok);
	if (!ok)
		return -1;
	int rc = p.kind == DK_DM ? read_dm(g, &p, cal, s, n, line, row, minute)
				 : read_other(g, &p, cal, s, n, line, row, minute);
	if (rc == 0)
		rc = month_doubt(g, &p, row, s, n);
	g->n_yearless += rc == 0 && yearless;
	if (rc == 0 && cal && !g->cal && !g->n_buddhist++) {
		example(g->buddhist_first, s, n);
		g->buddhist_first_minute = *minute;
		g->buddhist_first_row = row;
	}
	return rc;
}

/* Distinct values of the third field below which it may be years: a YY/MM/DD file proves
 * itself only with more days than that (a month's worth nearly). */
#define YMD_MIN_DAYS 21

static int count_bits(const uint64_t set[2])
{
	int k = 0;
	for (int w = 0; w < 2; w++)
		for (uint64_t x = set[w]; x; x &= x - 1)
			k++;
	return k;
}

/* Every date of the file is a D/M date that also reads year first. */
static int ymd_possible(const date_guess *g)
{
	return g->n_dm && !g->ymd_out && g->n_dm == date_guess_count(g);
}

/* The values say the year is first: few in the first field, which stays while the third
 * changes (see csvdate.h). */
static int ymd_proven(const date_guess *g)
{
	int first = count_bits(g->seen_first), third = count_bits(g->seen_third);
	/* and the third field, read as the year, would span more years than a shop's export
	 * does (YMD_MIN_DAYS): a fixed billing day over fourteen years (15/03/10 ... 15/12/23)
	 * reads both ways, its third field taking 14 values, and is day first */
	return ymd_possible(g) && third >= YMD_MIN_DAYS && 4 * first <= third &&
	       g->n_same_first > g->n_same_third && 2 * g->n_same_third < g->n_dm_change;
}

/* Turn every row, all D/M dates, to year first: pending rows were stored month first (the
 * first field the month), the others day first. */
static void turn_year_first(const date_guess *g, int32_t *minute)
{
	size_t k = 0;
	for (size_t r = 0; r < g->n_dm; r++) {
		int pending = k < g->n_pending && g->pending[k].row == r;
		k += pending;
		int32_t *m = &minute[r];
		int off = r < g->n_zoff ? g->zoff[r] : 0;   /* the date as written, then UTC */
		int64_t local = (int64_t)*m + off;
		int64_t days = date_floor_day(local);
		int64_t rem = local - days * 1440;
		int y, mo, d;
		cal_civil(guess_cal(g), days, &y, &mo, &d);
		int a = pending ? mo : d, b = pending ? d : mo;
		/* ymd_evidence checked that each reads so */
		*m = (int32_t)(cal_days(guess_cal(g), guess_year2(g, a), b, y % 100) * 1440 + rem - off);
	}
}

/* Serial days among text dates that each read one way only (day first, or month first),
 * every serial's day 12 or less: the serials are the dates that read both ways, which a
 * spreadsheet of the other order took its way: their day and month are turned back (t56 F5:
 * 20 rows of 47 in the wrong month, unsaid). A serial carries no zone. */
static void swap_serials(date_guess *g, int32_t *minute)
{
	if (!g->n_serial_row || g->n_serial_row != g->n_serial || !g->n_dm || g->n_dm_both ||
	    g->serial_day_over12 || !g->day_first.line == !g->month_first.line)
		return;
	for (size_t k = 0; k < g->n_serial_row; k++) {
		int32_t *m = &minute[g->serial_row[k]];
		int64_t days = date_floor_day(*m);
		int64_t rem = *m - days * 1440;
		int y, mo, d;
		date_civil_from_days(days, &y, &mo, &d);
		*m = (int32_t)(date_days_from_civil(y, d, mo) * 1440 + rem);
	}
	g->serials_swapped = 1;
}

int date_guess_serial_mix(const date_guess *g, char *buf, size_t size)
{
	if (!g->n_serial || !g->n_dm)
		return 0;
	int day = g->day_first.line != 0 && !g->month_first.line;
	if (g->serials_swapped)
		snprintf(buf, size, "the date column mixes Excel serial days (%zu row%s, the first on "
			 "line %llu: '%s') with %s text dates (%zu row%s), as a %s file opened and "
			 "saved in a spreadsheet that reads %s leaves it: the dates it could read its "
			 "way became serials, their day and month swapped, the others stayed text; each "
			 "serial's day is 12 or less and no text date reads both ways, so the serials "
			 "were read with day and month turned back", g->n_serial,
			 g->n_serial == 1 ? "" : "s", (unsigned long long)g->serial_first.line,
			 g->serial_first.text, day ? "day-first" : "month-first", g->n_dm,
			 g->n_dm == 1 ? "" : "s", day ? "D/M" : "M/D", day ? "M/D" : "D/M");
	else
		snprintf(buf, size, "the date column mixes Excel serial days (%zu row%s, the first on "
			 "line %llu: '%s') with slashed or dotted text dates (%zu row%s), as a file "
			 "opened and saved in a spreadsheet of another locale leaves it: the serials' "
			 "days and months may be swapped, which nothing in the column proves, so they "
			 "are read as written: export the dates as text from the source", g->n_serial,
			 g->n_serial == 1 ? "" : "s", (unsigned long long)g->serial_first.line,
			 g->serial_first.text, g->n_dm, g->n_dm == 1 ? "" : "s");
	return 1;
}

/* What decided the order of D/M dates that all read both ways (date_guess.dm_why). */
enum { DM_BY_CUSTOM, DM_BY_ONE_MONTH, DM_BY_BUDDHIST };

static int dm_field_values(uint32_t set)
{
	uint64_t both[2] = { set, 0 };
	return count_bits(both);
}

/* D/M dates that all read both ways (no row tells): day first? g->dm_why says what decided
 * (the custom, unless the values turned it). */
static int ambiguous_day_first(date_guess *g)
{
	int first = dm_field_values(g->dm_vals[0]), second = dm_field_values(g->dm_vals[1]);
	/* dotted dates are day first by custom (10.03.2023 in Germany, Russia...), slashed
	 * ones month first (the UCI files, US exports); every year of the Thai Buddhist era
	 * says a Thai export, and Thailand writes day first */
	int custom = g->dm_sep == '.';
	g->dm_why = DM_BY_CUSTOM;
	if (g->n_buddhist && g->n_buddhist == g->n_dm && g->n_dm == date_guess_count(g)) {
		g->dm_why = DM_BY_BUDDHIST;
		custom = 1;
	}
	/* one field constant through one year while the other takes three values or more: the
	 * constant one is the month. Read the other way every sale falls on one day of several
	 * months, which a shop's sales never do (t80 F22: 1 to 12 March, 09/03/2024, read as
	 * the 3rd of twelve months); said only where it turns the custom */
	if (g->dm_year_lo == g->dm_year_hi && (first == 1) != (second == 1) &&
	    (first >= 3 || second >= 3) && (second == 1) != custom) {
		g->dm_why = DM_BY_ONE_MONTH;
		return second == 1;
	}
	return custom;
}

int date_guess_finish(date_guess *g, const char *path, int32_t *minute)
{
	if (g->oom)
		return err_set("out of memory reading the dates of '%s'", path);
	month_settle(g, minute);
	if (ymd_proven(g)) {
		g->decided_year_first = 1;
		turn_year_first(g, minute);
		return 0;
	}
	if (g->day_first.line && g->month_first.line)
		/* both proven: no one --date-format reads the column (t56 F4: the one the
		 * refusal asked for rejected the other order's dates and misread the rest) */
		return err_set("'%s': dates read both ways: line %llu '%s' is day first, line %llu "
			       "'%s' is month first (neither reads the other way): the column mixes "
			       "day-first and month-first dates, as exports of two locales joined "
			       "do, and no single --date-format reads it (either one rejects the "
			       "other order's dates and misreads those whose day is 12 or less): "
			       "load each part on its own, with the --date-format of its order", path,
			       (unsigned long long)g->day_first.line, g->day_first.text,
			       (unsigned long long)g->month_first.line, g->month_first.text);
	swap_serials(g, minute);
	g->decided_day_first = g->day_first.line != 0 ||
			       (date_guess_ambiguous(g) && ambiguous_day_first(g));
	if (!g->decided_day_first)
		return 0;
	for (size_t k = 0; k < g->n_pending; k++) {
		int32_t *m = &minute[g->pending[k].row];
		int64_t local = (int64_t)*m + g->pending[k].off;   /* the date as written */
		int64_t days = date_floor_day(local);
		int64_t rem = local - days * 1440;
		int y, mo, d;
		cal_civil(guess_cal(g), days, &y, &mo, &d);
		/* every pending date read both ways, so the turned one is a real day too */
		*m = (int32_t)(cal_days(guess_cal(g), y, d, mo) * 1440 + rem - g->pending[k].off);
		/* the warning's example, as the column is read (t65 F7: '10/03/2567' was shown
		 * read as 2024-10-03, the first row's month-first guess) */
		if (g->n_buddhist && g->pending[k].row == g->buddhist_first_row)
			g->buddhist_first_minute = *m;
	}
	return 0;
}

int date_guess_ambiguous(const date_guess *g)
{
	return g->n_dm > 0 && !g->day_first.line && !g->month_first.line && !g->decided_year_first;
}

/* " H:MM", " H:MM:SS", " H:MM[:SS]", "" or " [H:MM]": the time part of n dates. */
static const char *time_shape(size_t n, size_t with_time, size_t with_sec)
{
	if (!with_time)
		return "";
	if (with_time < n)
		return with_sec ? " [H:MM[:SS]]" : " [H:MM]";
	return with_sec == n ? " H:MM:SS" : with_sec ? " H:MM[:SS]" : " H:MM";
}

static void describe_dm(const date_guess *g, char *buf, size_t size)
{
	char s = g->dm_sep;
	const char *t = time_shape(g->n_dm, g->n_dm_time, g->n_dm_sec);
	const char *y = !g->n_dm_yy ? "YYYY" : g->n_dm_yy == g->n_dm ? "YY" : "YY[YY]";
	const char *ap = g->n_dm_ampm ? " AM/PM" : "";
	const char *c = !g->n_dm_comma ? "" : g->n_dm_comma == g->n_dm ? "," : "[,]";
	char shape[48];
	snprintf(shape, sizeof shape, "%s%s%s", c, t, !g->n_dm_zone ? ""
		 : g->n_dm_zone == g->n_dm ? " ZONE" : " [ZONE]");
	t = shape;
	if (g->decided_year_first)
		snprintf(buf, size, "YY%cMM%cDD%s%s (year first: the 1st field takes %d value%s, "
			 "the 3rd %d)", s, s, t, ap, count_bits(g->seen_first),
			 count_bits(g->seen_first) == 1 ? "" : "s", count_bits(g->seen_third));
	else if (date_guess_ambiguous(g) && g->dm_why == DM_BY_ONE_MONTH) {
		int day = g->decided_day_first;
		int k = dm_field_values(g->dm_vals[day ? 0 : 1]);
		snprintf(buf, size, "%c%c%c%c%s%s%s (ambiguous: no field above 12, read %s first as "
			 "the %s field takes one value and the %s %d: %d days of one month, not one "
			 "day of %d months)", day ? 'D' : 'M', s, day ? 'M' : 'D', s, y, t, ap,
			 day ? "day" : "month", day ? "2nd" : "1st", day ? "1st" : "2nd", k, k, k);
	} else if (date_guess_ambiguous(g) && g->dm_why == DM_BY_BUDDHIST)
		snprintf(buf, size, "D%cM%c%s%s%s (ambiguous: no field above 12, read day first as "
			 "Thai dates are written, their years the Buddhist era's)", s, s, y, t, ap);
	else if (date_guess_ambiguous(g) && g->decided_day_first)
		snprintf(buf, size, "D%cM%c%s%s%s (ambiguous: no field above 12, read day first as "
			 "dotted dates are written)", s, s, y, t, ap);
	else if (g->decided_day_first || g->day_first.line)
		snprintf(buf, size, "D%cM%c%s%s%s (day first: 1st field up to %d)", s, s, y, t, ap,
			 g->max_first);
	else if (g->month_first.line)
		snprintf(buf, size, "M%cD%c%s%s%s (month first: 2nd field up to %d)", s, s, y, t, ap,
			 g->max_second);
	else
		snprintf(buf, size, "M%cD%c%s%s%s (ambiguous: no field above 12, read month first)",
			 s, s, y, t, ap);
	size_t o = strlen(buf);
	if (g->n_dm_zone && o < size)
		snprintf(buf + o, size - o, ", %s converted to UTC",
			 g->n_dm_zone == g->n_dm ? "zones" : "those with a zone");
}

/* The unit of a file's Unix times, for the summary. */
static const char *epoch_unit(const date_guess *g)
{
	static const char *const name[4] = {"seconds", "milliseconds", "microseconds",
					    "nanoseconds"};
	for (int u = 0; u < 4; u++)
		if (g->n_epoch_unit[u] == g->n_epoch)
			return name[u];
	return "seconds and fractions of them, mixed";
}

/* "the first 'R03.04.14' read as 2021-04-14" into buf. */
static void first_read(const char *text, int32_t minute, char *buf, size_t size)
{
	int y, m, d;
	date_civil_from_days(date_floor_day(minute), &y, &m, &d);
	snprintf(buf, size, "the first '%s' read as %04d-%02d-%02d", text, y, m, d);
}

/* The --date-format read with: its word's meaning, or its years' era (%J, %K) or its day of
 * the year (%j) and the first date as read (t57 F6: the summary names what the reader
 * used). */
static void describe_fmt(const date_guess *g, char *buf, size_t size)
{
	int k = fmt_era_dir(g->fmt->text);
	const char *t = g->fmt->text, *era = k >= 0 ? era_dirs[k].meaning
		: strstr(t, "%j") ? "%j: the day of the year"
		: g->fmt->cal ? g->fmt->cal->name : NULL;
	char first[DATE_EXAMPLE + 48];
	if (g->fmt->serial_epoch) {
		snprintf(buf, size, "--date-format %s (%s, the fraction the time)", t,
			 datefmt_word_meaning(g->fmt));
	} else if (era && g->n_fmt) {
		first_read(g->fmt_first, g->fmt_first_minute, first, sizeof first);
		snprintf(buf, size, "--date-format \"%s\" (%s; %s)", t, era, first);
	} else {
		snprintf(buf, size, "--date-format \"%s\"%s", t,
			 g->fmt->no_day ? ", no day: each date read as its month's first day" :
			 g->fmt->has_zone ? ", converted to UTC" : ", as written");
	}
}

/* The summary's name of year-first form f: ymd_forms', or, when its first date's year has
 * fewer than four digits in a calendar that writes them so (Minguo's 113/03/15 was called
 * YYYY/MM/DD), the calendar's year_digits with that date's separator: "YYY-MM-DD". */
static const char *ymd_form_label(const date_guess *g, int f, char *buf, size_t size)
{
	const calendar *c = guess_cal(g);
	const char *s = g->ymd_first[f];
	size_t e = roc_era(s, strlen(s)), d = strspn(s + e, "0123456789");
	if (!c || !c->year_digits || (f != YMD_SLASH && f != YMD_DOTTED && f != YMD_CJK) ||
	    d < 1 || d > 3 || !s[e + d])
		return ymd_forms[f];
	if (f == YMD_CJK)
		snprintf(buf, size, "%.*s%s\xE5\xB9\xB4M\xE6\x9C\x88" "D\xE6\x97\xA5", (int)e, s,
			 c->year_digits);
	else
		snprintf(buf, size, "%.*s%s%cMM%cDD", (int)e, s, c->year_digits, s[e + d], s[e + d]);
	return buf;
}

void date_guess_describe(const date_guess *g, char *buf, size_t size)
{
	char part[9 + DATE_YMD_FORMS][240]; /* one per kind of date */
	size_t count[9 + DATE_YMD_FORMS];
	int np = 0;
	if (g->fmt) {
		describe_fmt(g, buf, size);
		return;
	}
	if (g->n_iso) {
		if (g->n_iso_zone == g->n_iso)
			snprintf(part[np], sizeof part[np], "ISO 8601 with offsets, converted to UTC");
		else if (g->n_iso_zone)
			snprintf(part[np], sizeof part[np], "ISO 8601, %zu with offsets converted to UTC "
				 "and %zu without, as written", g->n_iso_zone, g->n_iso - g->n_iso_zone);
		else
			snprintf(part[np], sizeof part[np], "ISO 8601 without offsets, as written");
		count[np++] = g->n_iso;
	}
	for (int f = 0; f < DATE_YMD_FORMS; f++) {
		char first[DATE_EXAMPLE + 48] = "as written", label[48];
		if (!g->n_ymd_form[f])
			continue;
		if (f == YMD_ERA || f == YMD_ERA_LETTER || guess_cal(g))
			first_read(g->ymd_first[f], g->ymd_first_minute[f], first, sizeof first);
		snprintf(part[np], sizeof part[np], "%s, %s", ymd_form_label(g, f, label, sizeof label),
			 first);
		count[np++] = g->n_ymd_form[f];
	}
	if (g->n_dm) {
		describe_dm(g, part[np], sizeof part[np]);
		count[np++] = g->n_dm;
	}
	if (g->n_named) {
		snprintf(part[np], sizeof part[np], "month names (first '%s'), %s%s", g->named_first,
			 g->n_named_zone == g->n_named ? "converted to UTC"
			 : g->n_named_zone ? "those with offsets converted to UTC"
			 : guess_cal(g) ? "converted" : "as written",
			 g->n_named_rr ? "; Oracle's DD-MON-RR: a two-digit year 00-49 is 20YY, "
			 "50-99 19YY" : "");
		count[np++] = g->n_named;
	}
	if (g->n_compact) {
		/* under a calendar of short years the compact dates read are its YYYMMDD */
		const calendar *c = guess_cal(g);
		int y = c && c->year_digits;
		snprintf(part[np], sizeof part[np], "%sMMDD%s, %s", y ? c->year_digits : "YYYY",
			 time_shape(g->n_compact, g->n_compact_time, g->n_compact_sec),
			 y ? "converted" : "as written");
		count[np++] = g->n_compact;
	}
	if (g->n_epoch) {
		snprintf(part[np], sizeof part[np], "Unix time (%s since 1970-01-01 UTC)",
			 epoch_unit(g));
		count[np++] = g->n_epoch;
	}
	if (g->n_serial) {
		/* the 1904 system's are the same numbers, 1462 days later (t56 F12) */
		snprintf(part[np], sizeof part[np], "Excel serial days (since 1899-12-30, the fraction "
			 "the time%s)", g->n_dm ? "" : "; a Mac workbook's of the 1904 date system are "
			 "1462 days later: --date-format excel1904");
		count[np++] = g->n_serial;
	}
	if (g->n_week) {
		snprintf(part[np], sizeof part[np], "ISO 8601 week dates (a week alone is its Monday)");
		count[np++] = g->n_week;
	}
	if (g->n_daynum) {
		snprintf(part[np], sizeof part[np], "day numbers, read as days since 1970-01-01 "
			 "(day 1 is 1970-01-02)");
		count[np++] = g->n_daynum;
	}
	if (np == 0) {
		snprintf(buf, size, "none read");
		return;
	}
	size_t o = 0;
	buf[0] = '\0';
	for (int k = 0; k < np && o < size; k++) {
		if (np == 1)
			o += (size_t)snprintf(buf + o, size - o, "%s", part[k]);
		else
			o += (size_t)snprintf(buf + o, size - o, "%s%s (%zu row%s)", k ? "; " : "",
					      part[k], count[k], count[k] == 1 ? "" : "s");
	}
	if (g->n_yearless && o < size)
		o += (size_t)snprintf(buf + o, size - o, "; %zu without a year, the year read from "
				      "%s", g->n_yearless, g->year_from[0] ? g->year_from : "the file");
	if (g->n_rolled && o < size)
		snprintf(buf + o, size - o, " (%zu in the next year, the dates in file order having "
			 "run past December at line %llu's '%s')", g->n_rolled,
			 (unsigned long long)g->rolled_line, g->rolled_first);
}

/* The --date-format of this file's D/M dates with the fields in order ("dmy", "ymd"...). */
static void dm_format(const date_guess *g, const char *order, char *buf, size_t size)
{
	char s = g->dm_sep ? g->dm_sep : '/', f[3];
	const char *t = !g->n_dm_time ? "" : g->n_dm_sec == g->n_dm ? " %H:%M:%S" : " %H:%M";
	if (g->n_dm_time && g->n_dm_ampm == g->n_dm)
		t = g->n_dm_sec == g->n_dm ? " %I:%M:%S %p" : " %I:%M %p";
	const char *z = g->n_dm_time && g->n_dm_zone == g->n_dm ? " %z" : "";
	for (int k = 0; k < 3; k++)
		f[k] = order[k] == 'y' && g->n_dm_yy != g->n_dm ? 'Y' : order[k];
	snprintf(buf, size, "%%%c%c%%%c%c%%%c%s%s%s", f[0], s, f[1], s, f[2],
		 g->n_dm_time && g->n_dm_comma == g->n_dm ? "," : "", t, z);
}

int date_guess_month_doubt(const date_guess *g, char *buf, size_t size)
{
	const date_month_sense *x = g->month_doubt_sense;
	if (!g->n_month_doubt || !x || g->month_settled)
		return 0;
	/* the table's first twelve names are English's, January to December */
	int m = g->month_doubt_word->month;
	const char *read = date_month_names[m - 1].name, *other = date_month_names[x->month - 1].name;
	snprintf(buf, size, "%zu date%s name%s the month '%s' (the first '%s'): read as %c%s, its "
		 "month in %s, but in %s it is %c%s, and neither the header's names nor the "
		 "column's other month names say the file's language; if it is %s, load with "
		 "--month-language %s", g->n_month_doubt, rr_plural((double)g->n_month_doubt),
		 g->n_month_doubt == 1 ? "s" : "", x->name, g->month_doubt_first, read[0] - 32,
		 read + 1, x->others, x->language, other[0] - 32, other + 1, x->language, x->lang);
	return 1;
}

int date_guess_month_turned(const date_guess *g, char *buf, size_t size)
{
	const date_month_sense *x = g->month_doubt_sense;
	if (!g->n_month_turned || !x)
		return 0;
	const char *other = date_month_names[x->month - 1].name;
	snprintf(buf, size, "%zu date%s name%s the month '%s' (the first '%s'): read as %c%s, its "
		 "month in %s, the language of the column's other month names (--month-language "
		 "chooses another)", g->n_month_turned, rr_plural((double)g->n_month_turned),
		 g->n_month_turned == 1 ? "s" : "", x->name, g->month_doubt_first, other[0] - 32,
		 other + 1, x->language);
	return 1;
}

int date_guess_past_era(const date_guess *g, char *buf, size_t size)
{
	if (!g->n_past_era)
		return 0;
	long to = eras[g->past_era - 1].to;
	char when[DATE_EXAMPLE + 48];
	first_read(g->past_era_first, g->past_era_minute, when, sizeof when);
	snprintf(buf, size, "%zu date%s written in the %s era after its end (%ld-%02ld-%02ld), %s: "
		 "its years counted on, as tills and forms not updated for the new era write them",
		 g->n_past_era, g->n_past_era == 1 ? "" : "s", eras[g->past_era - 1].roman,
		 to / 10000, to / 100 % 100, to % 100, when);
	return 1;
}

void date_guess_other_format(const date_guess *g, char *buf, size_t size)
{
	dm_format(g, g->decided_day_first ? "mdy" : "dmy", buf, size);
}

int date_guess_year_first_doubt(const date_guess *g, char *buf, size_t size)
{
	if (!ymd_possible(g) || g->decided_year_first ||
	    4 * count_bits(g->seen_third) <= count_bits(g->seen_first))
		return 0;
	dm_format(g, "ymd", buf, size);
	return 1;
}
