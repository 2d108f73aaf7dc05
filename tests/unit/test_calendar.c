/* test_calendar.c — the calendars --calendar reads (calendar.h): each one's days on dates
 * known from outside relrec, every day of 1900 to 2100 there and back, the month lengths
 * their rules give, the table's words (option, aliases, column names), and --calendar on
 * small files (a 31 Esfand rejected with its line, two-digit and three-digit Minguo years,
 * weekdays and times, day-first and year-first orders, Thai Buddhist-era years read
 * without the option, Hijri years refused with both options named). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "calendar.h"
#include "csvdate.h"
#include "err.h"
#include "ingest.h"
#include "rows.h"

static const calendar *cal(const char *word)
{
	const calendar *c = calendar_lookup(word);
	if (!c)
		fail_msg("no calendar '%s'", word);
	return c;
}

/* Day y-m-d of calendar word is Gregorian gy-gm-gd, both ways. */
static void pair(const char *word, int y, int m, int d, int gy, int gm, int gd)
{
	const calendar *c = cal(word);
	int64_t days, want = date_days_from_civil(gy, gm, gd);
	if (calendar_to_days(c, y, m, d, &days) != 0)
		fail_msg("%s %d-%02d-%02d refused", word, y, m, d);
	if (days != want) {
		int ry, rm, rd;
		date_civil_from_days(days, &ry, &rm, &rd);
		fail_msg("%s %d-%02d-%02d is %d-%02d-%02d, not %d-%02d-%02d", word, y, m, d, ry, rm,
			 rd, gy, gm, gd);
	}
	int ry, rm, rd;
	calendar_from_days(c, want, &ry, &rm, &rd);
	if (ry != y || rm != m || rd != d)
		fail_msg("%d-%02d-%02d is %s %d-%02d-%02d, not %d-%02d-%02d", gy, gm, gd, word, ry,
			 rm, rd, y, m, d);
}

static void refused(const char *word, int y, int m, int d)
{
	int64_t days;
	if (calendar_to_days(cal(word), y, m, d, &days) == 0)
		fail_msg("%s %d-%02d-%02d read", word, y, m, d);
}

/* Dates known from outside relrec: Nowruz 1403 on the day of the equinox of 2024-03-20
 * (03:06 UTC, before noon in Tehran), Nowruz 1404 the day after 2025's (09:01 UTC, after
 * noon), so 1403 has an Esfand 30 and 1402 none; Nowruz 1400 on 2021-03-21 (the equinox at
 * 09:37 UTC), so 1399-12-30 is 2021-03-20. Ethiopian New Year 2016 on 2023-09-12 and 2017 on
 * 2024-09-11. 1 Muharram 1445 on 2023-07-19 and 1 Ramadan 1445 on 2024-03-11 (the tabular
 * calendar and Umm al-Qura agree on these), 1 Muharram 1 on Friday 16 July 622 Julian
 * (622-07-19 proleptic Gregorian). Thai B.E. 2484 began on 1941-01-01. */
static void test_known_days(void **state)
{
	(void)state;
	pair("solar-hijri", 1403, 1, 1, 2024, 3, 20);
	pair("solar-hijri", 1402, 12, 29, 2024, 3, 19);
	pair("solar-hijri", 1404, 1, 1, 2025, 3, 21);
	pair("solar-hijri", 1403, 12, 30, 2025, 3, 20);
	pair("persian", 1399, 12, 30, 2021, 3, 20);
	pair("jalali", 1400, 1, 1, 2021, 3, 21);
	pair("solar-hijri", 1403, 7, 1, 2024, 9, 22);   /* after six months of 31 days */
	pair("ethiopian", 2016, 1, 1, 2023, 9, 12);
	pair("ethiopian", 2015, 13, 6, 2023, 9, 11);     /* Pagume 6: 2015 mod 4 is 3 */
	pair("ethiopian", 2016, 13, 5, 2024, 9, 10);
	pair("ethiopian", 2017, 1, 1, 2024, 9, 11);
	pair("islamic-civil", 1445, 1, 1, 2023, 7, 19);
	pair("islamic-civil", 1445, 9, 1, 2024, 3, 11);
	pair("islamic-civil", 1, 1, 1, 622, 7, 19);
	pair("buddhist", 2484, 1, 1, 1941, 1, 1);
	pair("buddhist", 2567, 2, 29, 2024, 2, 29);
	pair("minguo", 113, 3, 15, 2024, 3, 15);
	pair("roc", 1, 1, 1, 1912, 1, 1);
	pair("gregorian", 2024, 2, 29, 2024, 2, 29);
}

/* Days no calendar has: the 31st of a Solar Hijri month of 30, an Esfand 30 of a common year,
 * a Pagume 6 of a year not before a leap year, a month 13 of a calendar of 12, the Islamic
 * 30th of an even month, a year 0; Bikram Sambat has no rule at all. */
static void test_no_such_day(void **state)
{
	(void)state;
	refused("solar-hijri", 1402, 12, 30);
	refused("solar-hijri", 1403, 12, 31);
	refused("solar-hijri", 1403, 7, 31);
	refused("solar-hijri", 1403, 13, 1);
	refused("ethiopian", 2016, 13, 6);
	refused("ethiopian", 2016, 14, 1);
	refused("ethiopian", 2016, 1, 31);
	refused("islamic-civil", 1445, 2, 30);
	refused("islamic-civil", 1446, 12, 30);   /* the 6th of its cycle: no leap year */
	pair("islamic-civil", 1445, 12, 30, 2024, 7, 7);   /* the 5th: a leap year */
	refused("buddhist", 2568, 2, 29);
	refused("minguo", 0, 1, 1);
	refused("bikram-sambat", 2080, 1, 1);
	refused("gregorian", 2023, 2, 29);
}

/* Every day from 1900-01-01 to 2100-12-31 of each calendar with a rule: read back to the same
 * day, and the next day is the next day of the calendar (the day after, or the 1st of the
 * next month after the month's last, or of the next year after its last month). */
static void test_round_trip(void **state)
{
	(void)state;
	int64_t from = date_days_from_civil(1900, 1, 1), to = date_days_from_civil(2100, 12, 31);
	for (int k = 0; calendar_at(k); k++) {
		const calendar *c = calendar_at(k);
		if (!c->year_start)
			continue;
		int py = 0, pm = 0, pd = 0;
		for (int64_t day = from; day <= to; day++) {
			int y, m, d;
			int64_t back;
			calendar_from_days(c, day, &y, &m, &d);
			if (y < 1) {   /* before Minguo 1 (1912) */
				assert_int_equal(calendar_to_days(c, y, m, d, &back), -1);
				py = 0;
				continue;
			}
			if (calendar_to_days(c, y, m, d, &back) != 0 || back != day)
				fail_msg("%s: day %lld read as %d-%02d-%02d and back as %lld", c->name,
					 (long long)day, y, m, d, (long long)back);
			if (py) {
				int next = (y == py && m == pm && d == pd + 1) ||
					   (y == py && m == pm + 1 && d == 1 &&
					    pd == c->month_days(py, pm)) ||
					   (y == py + 1 && m == 1 && d == 1 && pm == c->months &&
					    pd == c->month_days(py, pm));
				if (!next)
					fail_msg("%s: %d-%02d-%02d after %d-%02d-%02d", c->name, y, m, d,
						 py, pm, pd);
			}
			py = y, pm = m, pd = d;
		}
	}
}

/* The rules' years: 8 leap years (Esfand of 30) in each 33 of Solar Hijri, 11 (Dhu al-Hijjah
 * of 30) in each 30 of the Islamic calendar, the Ethiopian Pagume of 6 every fourth year;
 * the years' lengths those make. */
static void test_year_lengths(void **state)
{
	(void)state;
	const calendar *p = cal("solar-hijri"), *i = cal("islamic-civil"), *e = cal("ethiopian");
	int leap = 0;
	for (int y = 1343; y < 1343 + 33; y++) {
		leap += p->month_days(y, 12) == 30;
		int64_t len = p->year_start(y + 1) - p->year_start(y);
		assert_int_equal(len, p->month_days(y, 12) == 30 ? 366 : 365);
	}
	assert_int_equal(leap, 8);
	assert_int_equal(p->month_days(1399, 12), 30);
	assert_int_equal(p->month_days(1403, 12), 30);
	assert_int_equal(p->month_days(1400, 12), 29);
	assert_int_equal(p->month_days(1408, 12), 30);   /* five years after 1403 */
	leap = 0;
	static const int islamic_leap[] = {2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29};
	for (int y = 1441; y <= 1470; y++) {
		int is = i->month_days(y, 12) == 30, want = 0;
		for (size_t k = 0; k < sizeof islamic_leap / sizeof *islamic_leap; k++)
			want |= (y - 1) % 30 + 1 == islamic_leap[k];
		assert_int_equal(is, want);
		leap += is;
		assert_int_equal(i->year_start(y + 1) - i->year_start(y), 354 + is);
	}
	assert_int_equal(leap, 11);
	assert_int_equal(e->month_days(2015, 13), 6);
	assert_int_equal(e->month_days(2016, 13), 5);
	assert_int_equal(e->month_days(2019, 13), 6);
	assert_int_equal(e->year_start(2017) - e->year_start(2016), 365);
}

/* The one table: every --calendar word names a calendar (any case), each calendar's name is a
 * word, Bikram Sambat is named without a rule; a column's name gives its calendar; two-digit
 * years; the options a year 1300 to 1500 could be read with. */
static void test_table(void **state)
{
	(void)state;
	int names = 0;
	for (int k = 0; calendar_words[k]; k++)
		assert_non_null(calendar_lookup(calendar_words[k]));
	for (int k = 0; calendar_at(k); k++) {
		assert_ptr_equal(calendar_lookup(calendar_at(k)->name), calendar_at(k));
		names++;
	}
	assert_int_equal(names, 7);
	assert_ptr_equal(calendar_lookup("ROC"), cal("minguo"));
	assert_ptr_equal(calendar_lookup("Persian"), cal("solar-hijri"));
	assert_ptr_equal(calendar_gregorian(), cal("gregorian"));
	assert_null(calendar_lookup("julian"));
	assert_null(cal("bikram-sambat")->year_start);
	/* t78 F17: the words read are every word but those of a calendar without a rule */
	int read = 0;
	for (int k = 0; calendar_words[k]; k++) {
		int rule = calendar_lookup(calendar_words[k])->year_start != NULL;
		int listed = 0;
		for (int i = 0; calendar_read_words[i]; i++)
			listed |= strcmp(calendar_read_words[i], calendar_words[k]) == 0;
		assert_int_equal(rule, listed);
		read += listed;
	}
	assert_int_equal(10, read);   /* the 11 words less bikram-sambat */
	assert_ptr_equal(calendar_of_name("Date (E.C.)"), cal("ethiopian"));
	assert_ptr_equal(calendar_of_name("Date (Solar Hijri)"), cal("solar-hijri"));
	assert_ptr_equal(calendar_of_name("Tarikh (AH)"), cal("islamic-civil"));
	assert_ptr_equal(calendar_of_name("Miti B.S."), cal("bikram-sambat"));
	assert_null(calendar_of_name("Date"));
	assert_null(calendar_of_name("Shipped Date"));
	assert_int_equal(calendar_year2(cal("minguo"), 99), 99);
	assert_int_equal(calendar_year2(cal("buddhist"), 67), 2567);
	assert_int_equal(calendar_year2(cal("buddhist"), 11), 2611);
	assert_int_equal(calendar_year2(cal("buddhist"), 12), 2512);
	assert_int_equal(calendar_year2(cal("solar-hijri"), 3), 1403);
	assert_int_equal(calendar_year2(cal("solar-hijri"), 47), 1347);
	assert_int_equal(calendar_year2(cal("solar-hijri"), 46), 1446);
	char buf[160];
	assert_int_equal(calendar_options_for_year(1403, buf, sizeof buf), 2);
	assert_string_equal(buf, "--calendar solar-hijri or --calendar islamic-civil");
	assert_int_equal(calendar_options_for_year(2567, buf, sizeof buf), 1);
	assert_string_equal(buf, "--calendar buddhist");
	assert_int_equal(calendar_options_for_year(3000, buf, sizeof buf), 0);
}

/* The man page's list of calendars has an entry for each (".B name", or ".BR name" with its
 * aliases after it), and names each alias there. */
static void test_man_names_calendars(void **state)
{
	(void)state;
	char *text = tu_read_man();
	assert_non_null(text);
	for (char *at; (at = strstr(text, "\\-"));)
		memmove(at, at + 1, strlen(at + 1) + 1);
	const calendar *c = NULL;
	for (int k = 0; calendar_words[k]; k++) {
		char b[64], br[64];
		const calendar *w = calendar_lookup(calendar_words[k]);
		if (w != c) {   /* a name */
			c = w;
			snprintf(b, sizeof b, "\n.B %s\n", c->name);
			snprintf(br, sizeof br, "\n.BR %s \"", c->name);
			if (!strstr(text, b) && !strstr(text, br))
				fail_msg("man/relrec.1 has no entry for --calendar %s", c->name);
			continue;
		}
		snprintf(br, sizeof br, "\n.BR %s \"", c->name);
		char *entry = strstr(text, br), alias[64];
		snprintf(alias, sizeof alias, "\" %s", calendar_words[k]);
		char *end = entry ? strchr(entry + 1, '\n') : NULL;
		char *at = entry ? strstr(entry, alias) : NULL;
		if (!at || at > end)
			fail_msg("man/relrec.1's entry for %s does not name %s", c->name,
				 calendar_words[k]);
	}
}

#define HDR "InvoiceNo,InvoiceDate,StockCode,Description,Quantity,UnitPrice,CustomerID\n"

static const char *minute_of(const rr_rows *r, size_t i)
{
	static char buf[32];
	return ingest_format_minute(r->minute[i], buf, sizeof buf);
}

/* text loaded with --calendar word (NULL: none) and --map map: the rows, or NULL with
 * err_msg set. */
static rr_rows *load_map(const char *text, const char *word, const char *map)
{
	char *p = tu_write_temp_str(text);
	rr_ingest_opts o = {.calendar = word, .map = map};
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	return r;
}

static rr_rows *load(const char *text, const char *word)
{
	return load_map(text, word, NULL);
}

static void expect(const rr_rows *r, size_t n, const char *const *want)
{
	assert_non_null(r);
	assert_int_equal(r->n, n);
	for (size_t i = 0; i < n; i++)
		if (strcmp(minute_of(r, i), want[i]) != 0)
			fail_msg("row %zu: %s, wanted %s", i, minute_of(r, i), want[i]);
}

/* Solar Hijri year first with slashes, dashes and points, a time after; an Esfand 30 of a
 * common year rejected with its line as any bad date is. */
static void test_load_solar_hijri(void **state)
{
	(void)state;
	rr_rows *r = load(HDR "1,1403/01/01,A,x,1,1,C1\n2,1402-12-29 18:30,A,x,1,1,C2\n"
			  "3,1399.12.30,A,x,1,1,C3\n4,1402/12/30,A,x,1,1,C4\n", "solar-hijri");
	static const char *const want[] = {"2024-03-20 00:00", "2024-03-19 18:30", "2021-03-20 00:00"};
	expect(r, 3, want);
	assert_int_equal(r->rejected[RR_REJ_DATE], 1);
	assert_non_null(strstr(r->reading, "rejected for its date (the first on line 5: "
				       "'1402/12/30')"));
	assert_non_null(strstr(r->reading, "--calendar solar-hijri)"));
	rows_free(r);
}

/* Day first, as Ethiopian and Islamic dates are written: a D/M date with a day past 12 tells
 * the order for the rows before it too (they were turned in the calendar's own months). */
static void test_load_day_first(void **state)
{
	(void)state;
	rr_rows *r = load(HDR "1,01/02/2016,A,x,1,1,C1\n2,30/01/2016,A,x,1,1,C2\n"
			  "3,05/13/2016,A,x,1,1,C3\n", "ethiopian");
	static const char *const want[] = {"2023-10-12 00:00", "2023-10-11 00:00", "2024-09-10 00:00"};
	expect(r, 3, want);
	rows_free(r);
	r = load(HDR "1,01/09/1445,A,x,1,1,C1\n2,29/08/1445 9:05 PM,A,x,1,1,C2\n", "islamic-civil");
	static const char *const want2[] = {"2024-03-11 00:00", "2024-03-10 21:05"};
	expect(r, 2, want2);
	rows_free(r);
}

/* Taiwan's Minguo years: three digits and two, year first, slashed, dotted or dashed, the
 * summary naming them YYY; a weekday before the date. */
static void test_load_minguo(void **state)
{
	(void)state;
	rr_rows *r = load(HDR "1,113/03/15,A,x,1,1,C1\n2,113.02.29,A,x,1,1,C2\n"
			  "3,99-12-31 08:00,A,x,1,1,C3\n", "roc");
	static const char *const want[] = {"2024-03-15 00:00", "2024-02-29 00:00", "2010-12-31 08:00"};
	expect(r, 3, want);
	/* the summary names the years as read, the calendar's (year_digits), not YYYY */
	assert_non_null(strstr(r->reading, "dates: YYY/MM/DD, the first '113/03/15' read as "
					   "2024-03-15 (2 rows); YYY.MM.DD, the first '113.02.29'"));
	assert_null(strstr(r->reading, "YYYY"));
	rows_free(r);
	r = load(HDR "1,99-12-31,A,x,1,1,C1\n", "minguo");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "dates: YYY-MM-DD, the first '99-12-31' read as 2010-12-31"));
	rows_free(r);
	r = load(HDR "1,Fri 15/03/2567,A,x,1,1,C1\n2,29.02.2567,A,x,1,1,C2\n", "buddhist");
	static const char *const want2[] = {"2024-03-15 00:00", "2024-02-29 00:00"};
	expect(r, 2, want2);
	rows_free(r);
}

/* Taiwan's CJK form under --calendar minguo, as its hint promises (t65 F1): the era's name
 * or not, 年 月 日, a time in 時 分 or H:MM; the summary names the years YYY. A rejected
 * date says whether its day is none of the calendar's (2月30日) or its form unread. */
static void test_load_minguo_cjk(void **state)
{
	(void)state;
	rr_rows *r = load(HDR "1,\xE6\xB0\x91\xE5\x9C\x8B" "113\xE5\xB9\xB4" "3\xE6\x9C\x88"
			  "15\xE6\x97\xA5,A,x,1,1,C1\n"
			  "2,113\xE5\xB9\xB4" "4\xE6\x9C\x88" "2\xE6\x97\xA5 14\xE6\x99\x82"
			  "05\xE5\x88\x86,A,x,1,1,C2\n"
			  "3,\xE4\xB8\xAD\xE8\x8F\xAF\xE6\xB0\x91\xE5\x9C\x8B 99\xE5\xB9\xB4"
			  "12\xE6\x9C\x88" "31\xE6\x97\xA5 8:30,A,x,1,1,C3\n"
			  "4,\xE6\xB0\x91\xE5\x9C\x8B" "113/02/29,A,x,1,1,C4\n"
			  "5,113\xE5\xB9\xB4" "2\xE6\x9C\x88" "30\xE6\x97\xA5,A,x,1,1,C5\n"
			  "6,113\xE5\xB9\xB4" "2\xE6\x9C\x88,A,x,1,1,C6\n", "minguo");
	static const char *const want[] = {"2024-03-15 00:00", "2024-04-02 14:05",
					   "2010-12-31 08:30", "2024-02-29 00:00"};
	expect(r, 4, want);
	assert_non_null(strstr(r->reading, "; \xE6\xB0\x91\xE5\x9C\x8B" "YYY\xE5\xB9\xB4"
					   "M\xE6\x9C\x88" "D\xE6\x97\xA5, the first"));
	assert_int_equal(r->n_examples, 2);
	assert_non_null(strstr(r->examples[0], "6: unparsable date: '113"));
	assert_non_null(strstr(r->examples[0], "\xE6\x97\xA5' (no day of --calendar minguo)"));
	assert_non_null(strstr(r->examples[1], "7: unparsable date: '113"));
	assert_non_null(strstr(r->examples[1], "\xE6\x9C\x88' (a form not read under --calendar "
						"minguo)"));
	rows_free(r);
	/* a Gregorian CJK year is not the Minguo form: without --calendar, the hint names it */
	r = load(HDR "1,113\xE5\xB9\xB4" "3\xE6\x9C\x88" "15\xE6\x97\xA5,A,x,1,1,C1\n", NULL);
	assert_non_null(r);
	assert_int_equal(r->n, 0);
	assert_non_null(strstr(r->reading, "or --calendar minguo, which reads every form of them"));
	rows_free(r);
}

/* Gregorian dates under a --calendar (t65 F2): Minguo's 2024 is 3935, over a year from
 * today: the warning names the calendar they were converted from and leaving it out, not
 * another calendar; the Thai era's 2024 is 1481, before the days relrec holds: the rows are
 * rejected, the warning and each line naming the calendar as the cause. */
static void test_load_wrong_calendar(void **state)
{
	(void)state;
	const char *iso = HDR "1,2024-03-01,A,x,1,1,C1\n2,2024-03-02,A,x,1,1,C2\n";
	rr_rows *r = load(iso, "minguo");
	static const char *const want[] = {"3935-03-01 00:00", "3935-03-02 00:00"};
	expect(r, 2, want);
	assert_non_null(strstr(r->reading, "2 rows dated over a year from today (the first "
					   "3935-03-01 00:00, converted from 2024-03-01 of --calendar "
					   "minguo): the years were read as the Republic of China's"));
	assert_non_null(strstr(r->reading, "load without --calendar minguo to read them as written"));
	assert_null(strstr(r->reading, "buddhist"));
	rows_free(r);
	/* 1 Rabi' al-awwal 2024 AH: JDN 1 + 59 + 2023 * 354 + (3 + 11 * 2024) / 30 + 1948439, by the
	 * tabular rule, is 2585-06-20 */
	r = load(iso, "islamic-civil");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "(the first 2585-06-20 00:00, converted from 2024-03-01 "
					   "of --calendar islamic-civil)"));
	rows_free(r);
	r = load(iso, "buddhist");
	assert_non_null(r);
	assert_int_equal(r->n, 0);
	assert_non_null(strstr(r->reading, "2 rows rejected for their date (the first on line 2: "
					   "'2024-03-01'): read as the Thai Buddhist era's"));
	assert_non_null(strstr(r->reading, "load without --calendar buddhist"));
	assert_non_null(strstr(r->examples[0], "2: unparsable date: '2024-03-01' (a day of "
						"--calendar buddhist outside " RR_DATES_HELD));
	rows_free(r);
}

/* t74 F17: a Thai till's D/M/YY in the Buddhist era (01/11/66 is 2566, 2023-11-01) is read
 * as 2066, over a year from today: the warning names --calendar buddhist, which reads each
 * calendar's two digits its own way (calendar_year2), first as its reading is the latest
 * (it said no calendar read them). Under it, 29/02/67 is 2024's leap day, not rejected. */
static void test_future_two_digit_buddhist(void **state)
{
	(void)state;
	const char *th = HDR "1,01/11/66 16:08,A,x,1,1,C1\n2,15/12/66 10:00,A,x,1,1,C2\n"
		"3,29/02/67 10:00,A,x,1,1,C3\n";
	rr_rows *r = load(th, NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);   /* 2067 has no 29 February */
	assert_string_equal("2066-11-01 16:08", minute_of(r, 0));
	const char *w = strstr(r->reading, "warning: 2 rows dated over a year from today (the first "
				"2066-11-01 16:08)");
	if (!w || !strstr(w, "load with that calendar's --calendar (--calendar buddhist reads the "
			  "first as 2023-11-01, ") || strstr(w, "none of those relrec knows"))
		fail_msg("%s", r->reading);
	rows_free(r);
	r = load(th, "buddhist");
	static const char *const want[] = {"2023-11-01 16:08", "2023-12-15 10:00",
					   "2024-02-29 10:00"};
	expect(r, 3, want);
	assert_null(strstr(r->reading, "over a year from today"));
	rows_free(r);
}

/* Dates read over a year from today under one calendar name the others that read them as a
 * day from 1900 to a year from today, from the table (t68 F7: lunar Hijri 1445 under
 * --calendar solar-hijri is 2066, and the warning sent the user to Gregorian, whose 1445 is
 * rejected; the Islamic calendar's 1 Muharram 1445 is 2023-07-19 by the tabular rule: JDN
 * 1948439 + 1444 * 354 + (3 + 11 * 1445) / 30 + 1 = 2460145). */
static void test_future_names_reader(void **state)
{
	(void)state;
	const calendar *rd[8];
	int64_t lo = date_days_from_civil(1900, 1, 1), hi = date_days_from_civil(2100, 12, 31);
	assert_int_equal(2, calendar_readers(NULL, 1445, 1, 1, lo, hi, rd, 8));
	assert_ptr_equal(calendar_lookup("solar-hijri"), rd[0]);
	assert_ptr_equal(calendar_lookup("islamic-civil"), rd[1]);
	assert_int_equal(1, calendar_readers(calendar_lookup("solar-hijri"), 1445, 1, 1, lo, hi, rd, 8));
	assert_ptr_equal(calendar_lookup("islamic-civil"), rd[0]);
	int64_t days;
	assert_int_equal(0, calendar_to_days(rd[0], 1445, 1, 1, &days));
	assert_int_equal(date_days_from_civil(2023, 7, 19), days);
	/* to 2100, the Ethiopian calendar's 2024 (2031-11-11) reads too; to 2025, ours alone */
	assert_int_equal(2, calendar_readers(NULL, 2024, 3, 1, lo, hi, rd, 8));
	assert_ptr_equal(calendar_lookup("ethiopian"), rd[0]);
	assert_int_equal(1, calendar_readers(NULL, 2024, 3, 1, lo,
					     date_days_from_civil(2025, 12, 31), rd, 8));
	assert_ptr_equal(calendar_gregorian(), rd[0]);
	rr_rows *r = load(HDR "1,1445/01/01,A,x,1,1,C1\n2,1445/02/02,A,x,1,1,C2\n", "solar-hijri");
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_non_null(strstr(r->reading, "converted from 1445-01-01 of --calendar solar-hijri): "
					   "the years were read as the Solar Hijri calendar's"));
	assert_non_null(strstr(r->reading, "if the file's are the Islamic (Hijri) calendar's (AH, of "
					   "lunar years), load with --calendar islamic-civil (the "
					   "first 2023-07-19)"));
	assert_null(strstr(r->reading, "load without --calendar"));
	rows_free(r);
	/* read as ours, the Thai era's 2566 names the calendar that reads it, as a day */
	r = load(HDR "1,2566-01-05,A,x,1,1,C1\n2,2566-01-06,A,x,1,1,C2\n", "gregorian");
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "load with that calendar's --calendar (--calendar "
					   "buddhist reads the first as 2023-01-05)"));
	rows_free(r);
}

/* A day the calendar given has not and the other of its years has (t65 F5): 1403/01/31 is
 * Farvardin 31, Solar Hijri's, and no day of the Islamic calendar, whose months have 29 or
 * 30; its rejection names --calendar solar-hijri, which reads the file to its truth (1403-01-01
 * is 2024-03-20, so 1403/01/31 is 2024-04-19). A day of neither names nothing. */
static void test_load_other_calendar_day(void **state)
{
	(void)state;
	const char *text = HDR "1,1403/01/05,A,x,1,1,C1\n2,1403/01/31,A,x,1,1,C2\n";
	rr_rows *r = load(text, "islamic-civil");
	assert_non_null(r);
	assert_int_equal(r->n, 1);
	assert_non_null(strstr(r->reading, "'1403/01/31'): a day the Solar Hijri calendar's"));
	assert_non_null(strstr(r->reading, "load with --calendar solar-hijri"));
	rows_free(r);
	r = load(text, "solar-hijri");
	static const char *const want[] = {"2024-03-24 00:00", "2024-04-19 00:00"};
	expect(r, 2, want);
	rows_free(r);
	r = load(HDR "1,1403/01/05,A,x,1,1,C1\n2,1403/01/32,A,x,1,1,C2\n", "islamic-civil");
	assert_non_null(r);
	assert_null(strstr(r->reading, "load with --calendar solar-hijri"));
	rows_free(r);
}

/* The Thai era's warning shows its first date as the column reads it (t65 F7): 10/03/2567 is
 * read first both ways, the 17/03 after it proving the column day first, so it is 2024-03-10,
 * not the month-first 2024-10-03 guessed when it was read; dotted, day first by custom. */
static void test_load_buddhist_example(void **state)
{
	(void)state;
	rr_rows *r = load(HDR "1,10/03/2567,A,x,1,1,C1\n2,17/03/2567,A,x,1,1,C2\n", NULL);
	static const char *const want[] = {"2024-03-10 00:00", "2024-03-17 00:00"};
	expect(r, 2, want);
	assert_non_null(strstr(r->reading, "(the first '10/03/2567', read as 2024-03-10 00:00)"));
	rows_free(r);
	r = load(HDR "1,01.03.2567,A,x,1,1,C1\n2,02.03.2567,A,x,1,1,C2\n", NULL);
	static const char *const want2[] = {"2024-03-01 00:00", "2024-03-02 00:00"};
	expect(r, 2, want2);
	assert_non_null(strstr(r->reading, "(the first '01.03.2567', read as 2024-03-01 00:00)"));
	rows_free(r);
}

/* A --date-format with --calendar: its %Y the calendar's year, the day checked against the
 * calendar's month; %j and serial days refused (Gregorian counts of days). A
 * two-digit Solar Hijri year read day first is 14YY. */
static void test_load_date_format(void **state)
{
	(void)state;
	char *p = tu_write_temp_str(HDR "1,13-05-2016,A,x,1,1,C1\n2,13-06-2015,A,x,1,1,C2\n"
				    "3,13-06-2016,A,x,1,1,C3\n");
	rr_ingest_opts o = {.calendar = "ethiopian", .date_format = "%m-%d-%Y"};
	rr_rows *r = ingest_read(p, &o, NULL);
	static const char *const want[] = {"2024-09-10 00:00", "2023-09-11 00:00"};
	expect(r, 2, want);   /* Pagume 6 of 2016 is no day */
	assert_int_equal(r->rejected[RR_REJ_DATE], 1);
	rows_free(r);
	tu_remove(p);
	/* %j and serial days count Gregorian days: refused under another calendar (t65 F9:
	 * '%Y%j' was taken and rejected every row; excel1900 read, the note calling the serials
	 * Solar Hijri dates) */
	p = tu_write_temp_str(HDR "1,1403-001,A,x,1,1,C1\n");
	o = (rr_ingest_opts){.calendar = "solar-hijri", .date_format = "%Y-%j"};
	assert_null(ingest_read(p, &o, NULL));
	assert_non_null(strstr(err_msg(), "--date-format '%Y-%j' reads a day of the year (%j), "
				       "which relrec counts in Gregorian years only, not --calendar "
				       "solar-hijri's"));
	tu_remove(p);
	p = tu_write_temp_str(HDR "1,45352,A,x,1,1,C1\n");
	const char *const serials[] = {"excel1900", "excel1904"};
	for (size_t k = 0; k < 2; k++) {
		o = (rr_ingest_opts){.calendar = "buddhist", .date_format = serials[k]};
		assert_null(ingest_read(p, &o, NULL));
		assert_non_null(strstr(err_msg(), "Gregorian days, not dates of --calendar buddhist: "
					       "leave --calendar out"));
	}
	o = (rr_ingest_opts){.calendar = "gregorian", .date_format = "excel1900"};
	r = ingest_read(p, &o, NULL);
	static const char *const serial[] = {"2024-03-01 00:00"};
	expect(r, 1, serial);
	rows_free(r);
	/* detected, serial days are no date of another calendar: said so, line and warning */
	r = load(HDR "1,45352,A,x,1,1,C1\n", "solar-hijri");
	assert_non_null(r);
	assert_int_equal(r->n, 0);
	assert_non_null(strstr(r->examples[0], "'45352' (a Gregorian form, not read under "
						"--calendar solar-hijri)"));
	assert_non_null(strstr(r->reading, "are Gregorian forms, not read under --calendar "
					   "solar-hijri: load without it"));
	rows_free(r);
	tu_remove(p);
	r = load(HDR "1,15/01/03,A,x,1,1,C1\n2,30/12/99 10:00,A,x,1,1,C2\n", "persian");
	static const char *const want2[] = {"2024-04-03 00:00", "2021-03-20 10:00"};
	expect(r, 2, want2);
	rows_free(r);
	p = tu_write_temp_str(HDR "1,15/01/03,A,x,1,1,C1\n");
	o = (rr_ingest_opts){.calendar = "jalali", .date_format = "%d/%m/%y"};
	r = ingest_read(p, &o, NULL);
	static const char *const want3[] = {"2024-04-03 00:00"};
	expect(r, 1, want3);
	rows_free(r);
	o.date_format = "%d %b %Y";
	assert_null(ingest_read(p, &o, NULL));
	assert_non_null(strstr(err_msg(), "which the months of --calendar solar-hijri are not"));
	tu_remove(p);
}

/* A --date-format whose year directive converts a calendar's years itself (%K: Minguo's, 1911
 * added; %J: the Gregorian year less 1900): under its own --calendar it reads the year once
 * (113 is 2024 and 99 is 2010, not 4035 and 3921); under any other calendar it is refused,
 * the message naming the --calendar to give, and the warning of rejected Minguo dates names
 * --calendar minguo in its place, not the format. */
static rr_rows *load_fmt(const char *text, const char *word, const char *fmt)
{
	char *p = tu_write_temp_str(text);
	rr_ingest_opts o = {.calendar = word, .date_format = fmt};
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	return r;
}

static void test_load_era_directive(void **state)
{
	(void)state;
	const char *roc = HDR "1,113/03/15,A,x,1,1,C1\n2,99/12/31,A,x,1,1,C2\n";
	static const char *const want[] = {"2024-03-15 00:00", "2010-12-31 00:00"};
	const char *const words[] = {NULL, "gregorian", "minguo", "roc"};
	for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
		rr_rows *r = load_fmt(roc, words[k], "%K/%m/%d");
		expect(r, 2, want);
		rows_free(r);
	}
	const char *const others[] = {"buddhist", "solar-hijri", "ethiopian", "islamic-civil"};
	for (size_t k = 0; k < sizeof others / sizeof *others; k++) {
		assert_null(load_fmt(roc, others[k], "%K/%m/%d"));
		assert_non_null(strstr(err_msg(), "--date-format '%K/%m/%d' reads years of its own "
					       "calendar"));
		assert_non_null(strstr(err_msg(), "give --calendar minguo or leave --calendar out"));
	}
	/* under another --calendar, the warning of Minguo dates names --calendar minguo in its
	 * place, not the --date-format that calendar would be refused with */
	const char *roc3 = HDR "1,113/03/15,A,x,1,1,C1\n2,112/12/31,A,x,1,1,C2\n";
	rr_rows *r = load(roc3, "buddhist");
	assert_non_null(r);
	assert_int_equal(r->n, 0);
	assert_non_null(strstr(r->reading, "which relrec reads when told: load with --calendar "
					   "minguo in place of --calendar buddhist, which reads every "
					   "form of them"));
	rows_free(r);
	r = load(roc3, NULL);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "load with --date-format '%K/%m/%d' (or --calendar "
					   "minguo, which reads every form of them)"));
	rows_free(r);
	const char *jde = HDR "1,124/03/15,A,x,1,1,C1\n";
	r = load_fmt(jde, "gregorian", "%J/%m/%d");
	expect(r, 1, want);
	rows_free(r);
	assert_null(load_fmt(jde, "minguo", "%J/%m/%d"));
	assert_non_null(strstr(err_msg(), "not --calendar minguo's"));
	assert_non_null(strstr(err_msg(), "converts them itself: leave --calendar out"));
	assert_null(strstr(err_msg(), "give --calendar"));
}

/* A date column whose name relrec does not know ('Rooz') is found by its values under
 * --calendar: Solar Hijri dates read in it are dates (without it, 1403 is a year of another
 * calendar and the load is refused with the hint to map it); two such columns are left to
 * the refusal, which column is the order's date being the user's to say. */
static void test_load_date_by_values(void **state)
{
	(void)state;
	const char *rooz = "Rooz,CustomerID,StockCode,Quantity,UnitPrice\n"
			   "1403/01/15,C1,A,1,2.0\n1403/12/30,C2,B,1,2.0\n";
	rr_rows *r = load(rooz, "solar-hijri");
	static const char *const want[] = {"2024-04-03 00:00", "2025-03-20 00:00"};
	expect(r, 2, want);
	assert_non_null(strstr(r->reading, "date=Rooz"));
	rows_free(r);
	assert_null(load(rooz, NULL));
	assert_non_null(strstr(err_msg(), "no column for 'date'"));
	assert_null(load(rooz, "gregorian"));
	r = load("Rooz,Ersal,CustomerID,StockCode,Quantity\n1403/01/15,1403/01/20,C1,A,1\n",
		 "solar-hijri");
	assert_null(r);
	assert_non_null(strstr(err_msg(), "no column for 'date'"));
}

/* No --calendar: Thai Buddhist-era years are read as such, with a warning naming --calendar
 * gregorian, which reads them as written (29 February 2567 is no Gregorian day: 2567 is no
 * leap year, 2024 is); Hijri years are rejected with both options named; a column named in a
 * calendar is refused with its --calendar, which then reads it. */
static void test_load_detected(void **state)
{
	(void)state;
	const char *thai = HDR "1,15/03/2567,A,x,1,1,C1\n2,29/02/2567,A,x,1,1,C2\n";
	rr_rows *r = load(thai, NULL);
	static const char *const want[] = {"2024-03-15 00:00", "2024-02-29 00:00"};
	expect(r, 2, want);
	assert_non_null(strstr(r->reading, "were read as the Thai Buddhist era's"));
	assert_non_null(strstr(r->reading, "load with --calendar gregorian to read them as written"));
	rows_free(r);
	r = load(thai, "gregorian");
	static const char *const want2[] = {"2567-03-15 00:00"};
	expect(r, 1, want2);
	rows_free(r);
	r = load(HDR "1,2024-03-20,A,x,1,1,C1\n2,1403/01/15,A,x,1,1,C1\n", NULL);
	assert_non_null(r);
	assert_int_equal(r->n, 1);
	assert_non_null(strstr(r->reading, "load with --calendar solar-hijri or --calendar "
					   "islamic-civil, whichever"));
	rows_free(r);
	const char *named = "Invoice,Date (E.C.),Customer,SKU,Qty\n1,01/01/2016,C1,A,1\n";
	const char *map = "date=Date (E.C.)";
	assert_null(load_map(named, NULL, map));
	assert_non_null(strstr(err_msg(), "load with --calendar ethiopian"));
	r = load_map(named, "ethiopian", map);
	static const char *const want3[] = {"2023-09-12 00:00"};
	expect(r, 1, want3);
	rows_free(r);
	assert_null(load(HDR "1,2080/01/01,A,x,1,1,C1\n", "bikram-sambat"));
	assert_non_null(strstr(err_msg(), "no arithmetic rule"));
}

/* Every date reads both ways (t80 F22): the field that keeps one value through one year
 * while the other takes three or more is the month, whatever the separator: 1 to 5 March
 * slashed is read day first, not as the 3rd of five months, and the warning offers the
 * other order; two values, or two years, decide nothing (slashed stays month first). */
static void test_ambiguous_one_month(void **state)
{
	(void)state;
	rr_rows *r = load(HDR "1,01/03/2024,A,x,1,1,C1\n2,02/03/2024,A,x,1,1,C2\n"
			  "3,05/03/2024,A,x,1,1,C3\n", NULL);
	static const char *const want[] = {"2024-03-01 00:00", "2024-03-02 00:00",
					   "2024-03-05 00:00"};
	expect(r, 3, want);
	if (!strstr(r->reading, "D/M/YYYY (ambiguous: no field above 12, read day first as the "
			"2nd field takes one value and the 1st 3: 3 days of one month") ||
	    !strstr(r->reading, "read day first (if they are month first, load with "
			"--date-format \"%m/%d/%Y\")"))
		fail_msg("%s", r->reading);
	rows_free(r);
	/* dotted, the first field constant: month first against the dotted custom */
	r = load(HDR "1,03.01.2024,A,x,1,1,C1\n2,03.02.2024,A,x,1,1,C2\n3,03.07.2024,A,x,1,1,C3\n",
		 NULL);
	static const char *const want2[] = {"2024-03-01 00:00", "2024-03-02 00:00",
					    "2024-03-07 00:00"};
	expect(r, 3, want2);
	rows_free(r);
	r = load(HDR "1,01/03/2024,A,x,1,1,C1\n2,02/03/2024,A,x,1,1,C2\n", NULL);
	static const char *const want3[] = {"2024-01-03 00:00", "2024-02-03 00:00"};
	expect(r, 2, want3);
	rows_free(r);
	r = load(HDR "1,01/03/2023,A,x,1,1,C1\n2,02/03/2024,A,x,1,1,C2\n3,05/03/2024,A,x,1,1,C3\n",
		 NULL);
	static const char *const want4[] = {"2023-01-03 00:00", "2024-02-03 00:00",
					    "2024-05-03 00:00"};
	expect(r, 3, want4);
	rows_free(r);
}

/* Thai Buddhist-era dates that all read both ways are a Thai export's, day first; the
 * warning's --date-format for the other order keeps the calendar the load used (t80 F22:
 * followed without it, 2567 was read as a year of ours). 01/02/2567 is 2024-02-01. */
static void test_ambiguous_buddhist(void **state)
{
	(void)state;
	rr_rows *r = load(HDR "1,01/02/2567,A,x,1,1,C1\n2,02/04/2567,A,x,1,1,C2\n"
			  "3,05/06/2567,A,x,1,1,C3\n", NULL);
	static const char *const want[] = {"2024-02-01 00:00", "2024-04-02 00:00",
					   "2024-06-05 00:00"};
	expect(r, 3, want);
	if (!strstr(r->reading, "read day first as Thai dates are written") ||
	    !strstr(r->reading, "--date-format \"%m/%d/%Y\" --calendar buddhist)"))
		fail_msg("%s", r->reading);
	rows_free(r);
}

/* Years of a calendar relrec names but does not read (t80 F35): Bikram Sambat's 2081 began
 * in April 2024, so dates of 2081 read as ours are named as its, with the way out
 * (convert), never as a calendar that reads them. */
static void test_future_named_calendar(void **state)
{
	(void)state;
	const calendar *c[4];
	assert_int_equal(1, calendar_named_for_year(2081, 1900, 2025, c, 4));
	assert_string_equal("bikram-sambat", c[0]->name);
	assert_int_equal(1, calendar_named_for_year(2081, 1900, 2024, c, 4));
	assert_int_equal(0, calendar_named_for_year(2081, 1900, 2023, c, 4));
	assert_int_equal(0, calendar_named_for_year(2300, 1900, 2100, c, 4));
	rr_rows *r = load(HDR "1,2081/01/30,A,x,1,1,C1\n2,2081/03/02,A,x,1,1,C2\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	if (!strstr(r->reading, "their years, 2081 the first, are of Bikram Sambat's") ||
	    !strstr(r->reading, "convert the dates to Gregorian before loading"))
		fail_msg("%s", r->reading);
	rows_free(r);
}

/* Taiwan's e-invoice date YYYMMDD (t80 F32): --calendar minguo reads 1130219 as 2024-02-19
 * (113 + 1911), a time after it too; unasked it is refused with the format and the option
 * that read it named, and IBM i's %J%m%d as the other reading. */
static void test_load_roc_compact(void **state)
{
	(void)state;
	const char *text = HDR "1,1130219,A,x,1,1,C1\n2,1130301 08:05,A,x,1,1,C2\n";
	rr_rows *r = load(text, "minguo");
	static const char *const want[] = {"2024-02-19 00:00", "2024-03-01 08:05"};
	expect(r, 2, want);
	assert_non_null(strstr(r->reading, "dates: YYYMMDD [H:MM], converted"));
	rows_free(r);
	r = load(HDR "1,1130219,A,x,1,1,C1\n2,1130301,A,x,1,1,C2\n", NULL);
	assert_non_null(r);
	assert_int_equal(0, r->n);
	if (!strstr(r->reading, "load with --date-format '%K%m%d' (or --calendar minguo") ||
	    !strstr(r->reading, "--date-format %J%m%d reads them"))
		fail_msg("%s", r->reading);
	rows_free(r);
}

/* A calendar's own month names and era mark (t80 F23), read under it alone. The tabular
 * days, by the arithmetic JDN = d + ceil(29.5 (m - 1)) + 354 (y - 1) + floor((3 + 11y) / 30)
 * + 1948439 (computed apart from relrec): 5 Safar 1446 is 2024-08-11, 9 Dhu al-Hijjah 1445
 * 2024-06-16, 9 Dhu al-Qa'dah 1445 (1445/11/09 with the Hijri mark) 2024-05-17; 31 Tir 1403
 * is 1403-01-01 (2024-03-20) plus 3 months of 31 days less 1: 2024-07-21. Unasked, or under the other Hijri calendar, every one is rejected and
 * the warning names the one --calendar that reads them. */
static void test_load_own_month_names(void **state)
{
	(void)state;
	const char *ar = HDR "1,5 \xD8\xB5\xD9\x81\xD8\xB1 1446,A,x,1,1,C1\n"
		"2,9 \xD8\xB0\xD9\x88 \xD8\xA7\xD9\x84\xD8\xAD\xD8\xAC\xD8\xA9 1445,A,x,1,1,C2\n"
		"3,1445/11/09 \xD9\x87\xD9\x80,A,x,1,1,C3\n";
	rr_rows *r = load(ar, "hijri");
	static const char *const want[] = {"2024-08-11 00:00", "2024-06-16 00:00",
					   "2024-05-17 00:00"};
	expect(r, 3, want);
	rows_free(r);
	const char *fa = HDR "1,31 \xD8\xAA\xDB\x8C\xD8\xB1 1403,A,x,1,1,C1\n"
		"2,1 \xD9\x81\xD8\xB1\xD9\x88\xD8\xB1\xD8\xAF\xD9\x8A\xD9\x86 1403,A,x,1,1,C2\n";
	r = load(fa, "solar-hijri");
	static const char *const want2[] = {"2024-07-21 00:00", "2024-03-20 00:00"};
	expect(r, 2, want2);
	assert_non_null(strstr(r->reading, "), converted"));
	rows_free(r);
	r = load(ar, NULL);
	assert_non_null(r);
	assert_int_equal(0, r->n);
	if (!strstr(r->reading, "is of the Islamic (Hijri) calendar's (AH, of lunar years), read "
			"under its option alone: load with --calendar islamic-civil"))
		fail_msg("%s", r->reading);
	rows_free(r);
	r = load(fa, "islamic-civil");
	assert_non_null(r);
	assert_int_equal(0, r->n);
	if (!strstr(r->reading, "load with --calendar solar-hijri in place of the one given"))
		fail_msg("%s", r->reading);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_days),
		cmocka_unit_test(test_no_such_day),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_year_lengths),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_man_names_calendars),
		cmocka_unit_test(test_load_solar_hijri),
		cmocka_unit_test(test_load_day_first),
		cmocka_unit_test(test_load_minguo),
		cmocka_unit_test(test_load_minguo_cjk),
		cmocka_unit_test(test_load_wrong_calendar),
		cmocka_unit_test(test_future_names_reader),
		cmocka_unit_test(test_future_two_digit_buddhist),
		cmocka_unit_test(test_load_buddhist_example),
		cmocka_unit_test(test_load_date_format),
		cmocka_unit_test(test_load_era_directive),
		cmocka_unit_test(test_load_date_by_values),
		cmocka_unit_test(test_load_detected),
		cmocka_unit_test(test_ambiguous_one_month),
		cmocka_unit_test(test_ambiguous_buddhist),
		cmocka_unit_test(test_future_named_calendar),
		cmocka_unit_test(test_load_roc_compact),
		cmocka_unit_test(test_load_own_month_names),
		cmocka_unit_test(test_load_other_calendar_day),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
