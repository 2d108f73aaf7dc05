/* test_csvdate.c — dates that end in a time-zone abbreviation (t16): Clover's "05-Mar-2023
 * 02:22 PM PST", PostgreSQL's non-ISO DateStyles ("05.03.2023 14:22:10.123 CET", "Sun Mar 05
 * 14:22:10.123 2023 CET"), %Z, the names zones share refused with why, and the man page's
 * list held to date_zone_names. */
#include "testutil.h"

#include "calendar.h"
#include "csvdate.h"
#include "csvsniff.h"
#include "err.h"
#include "ingest.h"
#include "rows.h"
#include "util.h"

static rr_rows *load_csv(const char *text, const char *date_format)
{
	rr_ingest_opts o = {.date_format = date_format};
	char *p = tu_write_temp_str(text);
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	return r;
}

static const char *minute_of(const rr_rows *r, size_t i)
{
	static char buf[32];
	return ingest_format_minute(r->minute[i], buf, sizeof buf);
}

/* The tester's files, cut to a few rows: Clover's line items (PST beside PDT, as daylight
 * time begins within an export), PostgreSQL's German, SQL and Postgres DateStyles. */
#define CLOVER "Date,Order ID,Customer ID,Item SKU,Quantity,Price\n"
#define PG "invoice_no,customer_id,invoice_date,stock_code,quantity,unit_price\n"
static void test_zone_abbreviations_read(void **state)
{
	(void)state;
	rr_rows *r = load_csv(CLOVER
			      "05-Mar-2023 02:22 PM PST,ABCD,CUSTA,CB-16,2,4.50\n"
			      "21-Mar-2023 12:30 AM PDT,ZZZZ,CUSTA,BEANS-LB,1,14.00\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2023-03-05 22:22", minute_of(r, 0));
	assert_string_equal("2023-03-21 07:30", minute_of(r, 1));
	assert_non_null(strstr(r->reading, "dates: month names (first '05-Mar-2023 02:22 PM PST'), "
					   "converted to UTC"));
	rows_free(r);
	/* DateStyle German (PGTZ=Europe/Berlin): dotted, CET and CEST */
	r = load_csv(PG "5000000001,9007199254740993,05.03.2023 14:22:10.123 CET,SKU-1,2.000,8.99\n"
		     "5000000002,9007199254740994,31.03.2023 23:30:00 CEST,SKU-1,1.000,8.99\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2023-03-05 13:22", minute_of(r, 0));
	assert_string_equal("2023-03-31 21:30", minute_of(r, 1));
	assert_non_null(strstr(r->reading, "dates: D.M.YYYY H:MM:SS ZONE (day first: 1st field up "
					   "to 31), zones converted to UTC"));
	rows_free(r);
	/* SQL, DMY; and Postgres, with date(1)'s layout (the zone before the year) */
	r = load_csv(PG "1,7,05/03/2023 14:22:10.123 CET,SKU-1,2,8.99\n"
		     "2,7,31/03/2023 23:30:00 CEST,SKU-1,1,8.99\n"
		     "3,7,Sun Mar 05 14:22:10.123 2023 CET,SKU-1,1,8.99\n"
		     "4,7,Sun Mar  5 14:22:10 CET 2023,SKU-1,1,8.99\n"
		     "5,7,Fri Mar 31 23:30:00 2023 CEST,SKU-1,1,8.99\n"
		     "6,7,Wed Apr 12 08:00:00 2023,SKU-1,1,8.99\n", NULL);
	assert_non_null(r);
	assert_int_equal(6, r->n);
	static const char *const want[] = {"2023-03-05 13:22", "2023-03-31 21:30",
		"2023-03-05 13:22", "2023-03-05 13:22", "2023-03-31 21:30", "2023-04-12 08:00"};
	for (size_t k = 0; k < 6; k++)
		assert_string_equal(want[k], minute_of(r, k));
	rows_free(r);
	/* ISO with a name after the time */
	int32_t m;
	char buf[32];
	assert_int_equal(0, date_read_one("2023-03-05 14:22:10 NZDT", 24, &m));
	assert_string_equal("2023-03-05 01:22", ingest_format_minute(m, buf, sizeof buf));
	assert_int_equal(0, date_read_one("2023-03-05 14:22 NST", 20, &m));   /* UTC-3:30 */
	assert_string_equal("2023-03-05 17:52", ingest_format_minute(m, buf, sizeof buf));
	/* a name is matched whole and in capitals: no zone starts a longer word */
	assert_int_equal(-1, date_read_one("2023-03-05 14:22 PSTX", 21, &m));
	assert_int_equal(-1, date_read_one("2023-03-05 14:22 pst", 20, &m));
}

/* D/M dates read month first before the file proves day first are turned as written, then
 * their offset taken off: 01/02/2023 00:30 CET is 1 February's, 2023-01-31 23:30 UTC. */
static void test_zone_day_first_turn(void **state)
{
	(void)state;
	rr_rows *r = load_csv(PG "1,7,01/02/2023 00:30 CET,SKU-1,1,1\n2,7,13/02/2023 10:00 CET,SKU-1,1,1\n",
			      NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2023-01-31 23:30", minute_of(r, 0));
	assert_string_equal("2023-02-13 09:00", minute_of(r, 1));
	rows_free(r);
}

/* A name zones share is never guessed: the row is rejected and the load says what the name
 * could be and what to do; so is a word that names no zone relrec knows. */
static void test_zone_shared_refused(void **state)
{
	(void)state;
	int32_t m;
	assert_int_equal(-1, date_read_one("05-Mar-2023 02:22 PM CST", 24, &m));
	assert_int_equal(-1, date_read_one("2023-03-05 14:22 IST", 20, &m));
	assert_int_equal(-1, date_read_one("05.03.2023 14:22 AST", 20, &m));
	rr_rows *r = load_csv(CLOVER "05-Mar-2023 02:22 PM CST,A,C1,X,1,1\n"
			      "13-Mar-2023 08:05 AM PDT,B,C1,X,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_non_null(strstr(r->reading, "warning: 1 row rejected for its date ending in a time "
					   "zone (the first on line 2: '05-Mar-2023 02:22 PM CST'): "
					   "'CST' at its end is North America's Central Standard Time "
					   "(UTC-6), China Standard Time (UTC+8)"));
	assert_non_null(strstr(r->reading, "PGDATESTYLE=ISO"));
	/* the word after a time, in the file named (t68 F18) */
	assert_non_null(strstr(r->reading, "load \"|sed -E 's/([0-9]( ?[AaPp][Mm])? ?) CST"
				     "([^[:alnum:]]|$)/\\\\1 -06:00\\\\3/g' '/"));
	assert_null(strstr(r->reading, "in a form relrec does not read"));
	rows_free(r);
	/* the way out it names: the word written as its offset */
	r = load_csv(CLOVER "05-Mar-2023 02:22 PM -06:00,A,C1,X,1,1\n", NULL);
	assert_non_null(r);
	assert_string_equal("2023-03-05 20:22", minute_of(r, 0));
	rows_free(r);
	r = load_csv(PG "1,7,05.03.2023 14:22:10 XYZT,SKU-1,1,1\n2,7,06.03.2023 14:22:10,SKU-1,1,1\n",
		     NULL);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "'XYZT' at its end is no time-zone abbreviation relrec "
					   "knows"));
	rows_free(r);
	/* a zone in lower case, and a shared one before the year as date(1) writes it (t18:
	 * both got the generic --date-format hint) */
	r = load_csv(PG "1,7,2023-03-05 00:30 cet,SKU-1,1,1\n2,7,2023-03-06 00:30,SKU-1,1,1\n",
		     NULL);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "'cet' at its end is CET in lower case"));
	rows_free(r);
	r = load_csv(PG "1,7,Sun Mar  5 14:22:10 CST 2023,SKU-1,1,1\n"
		     "2,7,Mon Mar  6 14:22:10 2023,SKU-1,1,1\n", NULL);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "'CST' at its end is North America's"));
	rows_free(r);
	/* a known zone after a date wrong for another reason is not blamed */
	char buf[400];
	assert_int_equal(0, date_zone_trouble("31.02.2023 14:22 CET", 20, NULL, buf, sizeof buf));
	assert_int_equal(0, date_zone_trouble("05.03.2023 14:22 PM", 19, NULL, buf, sizeof buf));
	assert_int_equal(1, date_zone_trouble("05.03.2023 14:22 PM IST", 23, NULL, buf, sizeof buf));
	assert_int_equal(0, date_zone_trouble("Lieferung ABC", 13, NULL, buf, sizeof buf));
}

/* e113: a shared name beside the daylight name only one of its zones writes, in the same
 * column, is that zone's: CST beside CDT North America's (UTC-6), across both DST changes,
 * in every layout (ISO, D/M turned day first, month names, date(1)'s); IST beside IDT
 * Israel's (UTC+2); AST beside ADT the Atlantic's. Alone, or beside a partner of another
 * name, it keeps its refusal and message; --date-format and --strict read as before. */
static void test_zone_shared_decided(void **state)
{
	(void)state;
	for (const date_zone_name *z = date_zone_names; z->name; z++) {
		if (!z->partner)
			continue;
		assert_non_null(z->clash);
		assert_non_null(z->zone);
		size_t at;
		char text[64];
		snprintf(text, sizeof text, "2024-01-05 10:00 %s", z->partner);
		const date_zone_name *p = date_zone_word(text, strlen(text), &at);
		assert_non_null(p);   /* the partner is a name read alone */
		assert_null(p->clash);
		assert_ptr_equal(z, date_zone_decides(p));
		assert_int_equal(17, at);
	}
	size_t at;
	char out[64];
	const date_zone_name *cst = date_zone_word("Sun Mar  5 14:22:10 CST 2023", 28, &at);
	assert_non_null(cst);
	assert_string_equal("CST", cst->name);
	assert_int_equal(31, date_zone_decided_text("Sun Mar  5 14:22:10 CST 2023", 28, cst, at,
						     out, sizeof out));
	assert_string_equal("Sun Mar  5 14:22:10 -06:00 2023", out);
	assert_null(date_zone_word("2024-01-05 10:00", 16, &at));
	rr_rows *r = load_csv(PG "1,7,2024-03-09 23:30 CST,SKU-1,1,1\n"
			      "2,7,2024-03-10 23:30 CDT,SKU-1,1,1\n"
			      "3,7,2024-11-03 00:30 CDT,SKU-1,1,1\n"
			      "4,7,2024-11-04 00:30 CST,SKU-1,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(4, r->n);
	static const char *const want[] = {"2024-03-10 05:30", "2024-03-11 04:30",
					   "2024-11-03 05:30", "2024-11-04 06:30"};
	for (size_t k = 0; k < 4; k++)
		assert_string_equal(want[k], minute_of(r, k));
	assert_non_null(strstr(r->reading, "dates: ISO 8601 with offsets, converted to UTC; 2 ending "
					   "in CST (the first on line 2: '2024-03-09 23:30 CST') read "
					   "as North America's Central Standard Time (UTC-6), the zone "
					   "whose daylight time, CDT, the column holds too"));
	assert_null(strstr(r->reading, "rejected"));
	rows_free(r);
	/* D/M, day first proved by a later row: turned as the others are */
	r = load_csv(PG "1,7,01/02/2024 00:30 CST,SKU-1,1,1\n2,7,13/06/2024 10:00 CDT,SKU-1,1,1\n",
		     NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2024-02-01 06:30", minute_of(r, 0));
	rows_free(r);
	r = load_csv(CLOVER "05-Mar-2024 02:22 PM CST,A,C1,X,1,1\n"
		     "13-Mar-2024 08:05 AM CDT,B,C1,X,1,1\n"
		     "14-Mar-2024 08:05 AM IST,B,C1,X,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2024-03-05 20:22", minute_of(r, 0));
	assert_non_null(strstr(r->reading, "'IST' at its end is India Standard Time"));
	rows_free(r);
	r = load_csv(PG "1,7,2024-01-09 10:30 IST,SKU-1,1,1\n2,7,2024-06-15 10:30 IDT,SKU-1,1,1\n"
		     "3,7,2024-01-09 10:30 AST,SKU-1,1,1\n4,7,2024-06-09 10:30 ADT,SKU-1,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(4, r->n);
	assert_string_equal("2024-01-09 08:30", minute_of(r, 0));
	assert_string_equal("2024-01-09 14:30", minute_of(r, 2));
	rows_free(r);
	/* alone: refused as ever, its message whole; a format's %Z, or --strict, as before */
	r = load_csv(PG "1,7,2024-03-09 23:30 CST,SKU-1,1,1\n2,7,2024-03-10 23:30,SKU-1,1,1\n",
		     NULL);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_non_null(strstr(r->reading, "warning: 1 row rejected for its date ending in a time "
					   "zone (the first on line 2: '2024-03-09 23:30 CST'): 'CST' "
					   "at its end is North America's"));
	rows_free(r);
	r = load_csv(PG "1,7,2024-03-09 23:30 CST,SKU-1,1,1\n2,7,2024-03-10 23:30 CDT,SKU-1,1,1\n",
		     "%Y-%m-%d %H:%M %Z");
	assert_non_null(r);
	assert_int_equal(1, r->n);
	rows_free(r);
	rr_ingest_opts o = {.strict = 1};
	char *p = tu_write_temp_str(PG "1,7,2024-03-09 23:30 CST,SKU-1,1,1\n"
				    "2,7,2024-03-10 23:30 CDT,SKU-1,1,1\n");
	r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_null(r);
	assert_non_null(strstr(err_msg(), ":2: unparsable date"));
}

/* --date-format's %Z reads a name of the table (PST and PDT in one file, which no literal
 * could); a shared name is refused there too; a literal word reads the times as written. */
static void test_zone_format(void **state)
{
	(void)state;
	assert_non_null(strstr(DATEFMT_DIRECTIVES, "%Z"));
	rr_rows *r = load_csv(CLOVER "05-Mar-2023 02:22 PM PST,A,C1,X,1,1\n"
			      "21-Mar-2023 12:30 AM PDT,B,C1,X,1,1\n"
			      "22-Mar-2023 12:30 AM CST,B,C1,X,1,1\n", "%d-%b-%Y %I:%M %p %Z");
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2023-03-05 22:22", minute_of(r, 0));
	assert_string_equal("2023-03-21 07:30", minute_of(r, 1));
	assert_non_null(strstr(r->reading, ", converted to UTC"));
	assert_non_null(strstr(r->reading, "'CST' at its end is"));
	rows_free(r);
	r = load_csv(CLOVER "05-Mar-2023 02:22 PM CST,A,C1,X,1,1\n", "%d-%b-%Y %I:%M %p CST");
	assert_non_null(r);
	assert_string_equal("2023-03-05 14:22", minute_of(r, 0));
	assert_non_null(strstr(r->reading, ", as written"));
	rows_free(r);
}

/* s read with format fmt, as "YYYY-MM-DD HH:MM", or "-" when it does not read. */
static const char *read_as(const char *fmt, const char *s)
{
	static char buf[24];
	datefmt f;
	int32_t m;
	assert_int_equal(0, datefmt_compile(&f, fmt));
	if (datefmt_parse(&f, s, strlen(s), &m) != 0)
		return "-";
	return ingest_format_minute(m, buf, sizeof buf);
}

/* t53 F12: the dates of systems that always write them so, read with a --date-format: JD
 * Edwards' Julian CYYDDD (C 0 the 1900s, 1 the 2000s; DDD the day of the year), IBM i's
 * CYYMMDD, and Taiwan's Republic of China years (113 is 2024: the year less 1911). Each date
 * computed by hand: 2024 is a leap year, so its 60th day is 29 February and its 366th 31
 * December; 2023's 60th is 1 March and it has no 366th. */
static void test_era_formats(void **state)
{
	(void)state;
	assert_non_null(strstr(DATEFMT_DIRECTIVES, "%j"));
	assert_string_equal("2024-01-10 00:00", read_as("%J%j", "124010"));
	assert_string_equal("2024-02-29 00:00", read_as("%J%j", "124060"));
	assert_string_equal("2023-03-01 00:00", read_as("%J%j", "123060"));
	assert_string_equal("2024-12-31 00:00", read_as("%J%j", "124366"));
	assert_string_equal("-", read_as("%J%j", "123366"));
	assert_string_equal("-", read_as("%J%j", "124000"));
	assert_string_equal("-", read_as("%J%j", "124367"));
	/* the 1900s: 0 first, or without it as a number column writes it */
	assert_string_equal("1999-12-31 00:00", read_as("%J%j", "099365"));
	assert_string_equal("1999-12-31 00:00", read_as("%J%j", "99365"));
	assert_string_equal("1905-02-01 00:00", read_as("%J%j", "5032"));
	assert_string_equal("-", read_as("%J%j", "1240100"));
	assert_string_equal("2024-01-10 00:00", read_as("%J%m%d", "1240110"));
	assert_string_equal("2024-02-01 13:05", read_as("%Y-%j %H:%M", "2024-032 13:05"));
	/* Taiwan: 民國 113 is 2024, 99 is 2010; slashed, dotted or glued */
	assert_string_equal("2024-01-08 00:00", read_as("%K/%m/%d", "113/01/08"));
	assert_string_equal("2010-12-31 00:00", read_as("%K/%m/%d", "99/12/31"));
	assert_string_equal("2024-01-08 00:00", read_as("%K.%m.%d", "113.1.8"));
	assert_string_equal("2024-01-08 00:00", read_as("%K%m%d", "1130108"));
	assert_string_equal("2010-12-31 00:00", read_as("%K%m%d", "991231"));
	assert_string_equal("-", read_as("%K/%m/%d", "0/01/08"));
	assert_string_equal("-", read_as("%K/%m/%d", "2024/01/08"));
	/* a year needs its month and day, or %j */
	datefmt f;
	assert_int_equal(-1, datefmt_compile(&f, "%J"));
	assert_int_equal(-1, datefmt_compile(&f, "%j"));
}

/* The era a rejected date is plainly written in, and the exact --date-format named for it:
 * every date of the column so (t53 F12: "load with --date-format" alone was a dead end). Not
 * a month 13, a day past the year's, a year outside the calendar's span, nor another shape. */
static void test_era_hints(void **state)
{
	(void)state;
	char fmt[DATEFMT_MAX];
	assert_int_equal(DATE_ERA_JDE, date_era_of("124010", 6, fmt, sizeof fmt));
	assert_string_equal("%J%j", fmt);
	/* 0-filled to seven digits or more, as a fixed-width export writes them (t53) */
	assert_int_equal(DATE_ERA_JDE, date_era_of("0123045", 7, fmt, sizeof fmt));
	assert_string_equal("0%J%j", fmt);
	assert_string_equal("2023-02-14 00:00", read_as(fmt, "0123045"));
	assert_int_equal(DATE_ERA_JDE, date_era_of("000124010", 9, fmt, sizeof fmt));
	assert_string_equal("000%J%j", fmt);
	assert_int_equal(DATE_ERA_ROC, date_era_of("113/01/08", 9, fmt, sizeof fmt));
	assert_string_equal("%K/%m/%d", fmt);
	assert_int_equal(DATE_ERA_ROC, date_era_of("113-1-8 14:22", 13, fmt, sizeof fmt));
	assert_string_equal("%K-%m-%d %H:%M", fmt);
	assert_int_equal(DATE_ERA_ROC, date_era_of("113.01.08 14:22:10", 18, fmt, sizeof fmt));
	assert_string_equal("%K.%m.%d %H:%M:%S", fmt);
	/* the era said and 年 月 日 written, as Taiwan's systems also write them */
	assert_int_equal(DATE_ERA_ROC, date_era_of("\xE6\xB0\x91\xE5\x9C\x8B" "113/01/08", 15, fmt,
						   sizeof fmt));
	assert_string_equal("\xE6\xB0\x91\xE5\x9C\x8B%K/%m/%d", fmt);
	assert_int_equal(DATE_ERA_ROC, date_era_of("113\xE5\xB9\xB4" "1\xE6\x9C\x88" "8\xE6\x97\xA5",
						   14, fmt, sizeof fmt));
	assert_string_equal("%K\xE5\xB9\xB4%m\xE6\x9C\x88%d\xE6\x97\xA5", fmt);
	assert_string_equal("2024-01-08 00:00", read_as(fmt, "113\xE5\xB9\xB4" "1\xE6\x9C\x88"
							   "8\xE6\x97\xA5"));
	static const char *const none[] = {"124367", "123366", "124000", "224010", "12401",
					   "1240100", "0124367", "0224010", "1012345", "113/13/08", "113/02/30", "099/01/08",
					   "151/01/01", "113/01-08", "2024/01/08", "A24010", NULL};
	for (const char *const *p = none; *p; p++)
		if (date_era_of(*p, strlen(*p), fmt, sizeof fmt) != DATE_ERA_NONE)
			fail_msg("'%s' read as an era's date", *p);
	/* a load whose every rejected date is one: the warning names the format that reads it */
	rr_rows *r = load_csv(PG "1,7,113/01/08,SKU-1,1,1\n2,8,113/02/29,SKU-2,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(0, r->n);
	assert_non_null(strstr(r->reading, "years of the Republic of China"));
	assert_non_null(strstr(r->reading, "load with --date-format '%K/%m/%d'"));
	rows_free(r);
	r = load_csv(PG "1,7,113/01/08,SKU-1,1,1\n2,8,113/02/29,SKU-2,1,1\n", "%K/%m/%d");
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2024-02-29 00:00", minute_of(r, 1));
	rows_free(r);
	r = load_csv(PG "1,7,124010,SKU-1,1,1\n2,8,124060,SKU-2,1,1\n", NULL);
	assert_non_null(r);
	assert_non_null(strstr(r->reading, "JD Edwards' Julian dates"));
	assert_non_null(strstr(r->reading, "load with --date-format '%J%j'"));
	rows_free(r);
	/* one rejected date of another form among them: the generic hint, no calendar named */
	r = load_csv(PG "1,7,124010,SKU-1,1,1\n2,8,12-40-10,SKU-2,1,1\n", NULL);
	assert_non_null(r);
	assert_null(strstr(r->reading, "JD Edwards"));
	assert_non_null(strstr(r->reading, "in a form relrec does not read"));
	rows_free(r);
}

/* t56 F12: --date-format excel1904 reads Excel's serial days of its 1904 date system (a Mac
 * workbook's), 1462 days after the 1900 system's that detection reads: 43474.41389 is
 * 2023-01-10 09:56 (1904-01-01 is 24107 days before 1970-01-01: 66 years of 365 and 17 leap
 * days; 43474 - 24107 = 19367, 2023-01-01 being 19358; .41389 of 1440 minutes is 596),
 * and 2019-01-09 read as 1900's (43474 - 25569 = 17905). The summary names the word. */
static void test_excel_1904_serials(void **state)
{
	(void)state;
	datefmt f;
	int32_t minute;
	assert_int_equal(0, datefmt_compile(&f, "excel1904"));
	assert_int_equal(0, datefmt_parse(&f, "43474.41389", 11, &minute));
	assert_int_equal(19367 * 1440 + 596, minute);
	assert_int_equal(0, datefmt_parse(&f, "43474,41389", 11, &minute));
	assert_int_equal(19367 * 1440 + 596, minute);
	assert_int_equal(-1, datefmt_parse(&f, "43474.", 6, &minute));
	assert_int_equal(-1, datefmt_parse(&f, "2023-01-10", 10, &minute));
	assert_int_equal(0, datefmt_compile(&f, "excel1900"));
	assert_int_equal(0, datefmt_parse(&f, "43474", 5, &minute));
	assert_int_equal(17905 * 1440, minute);
	/* t60 F3: Excel's 1900 system counts a 1900-02-29 that never was: 1 is 1900-01-01, 59
	 * 1900-02-28, 60 refused, 61 1900-03-01; the 1904 system's 0 is 1904-01-01 */
	static const struct { const char *s; int y, m, d; } xl[] = {
		{"1", 1900, 1, 1}, {"2", 1900, 1, 2}, {"59", 1900, 2, 28}, {"61", 1900, 3, 1},
		{"367", 1901, 1, 1},
	};
	for (size_t k = 0; k < sizeof xl / sizeof *xl; k++) {
		assert_int_equal(0, datefmt_parse(&f, xl[k].s, strlen(xl[k].s), &minute));
		assert_int_equal(date_days_from_civil(xl[k].y, xl[k].m, xl[k].d) * 1440, minute);
	}
	assert_int_equal(-1, datefmt_parse(&f, "60", 2, &minute));
	assert_int_equal(-1, datefmt_parse(&f, "0", 1, &minute));
	assert_int_equal(0, datefmt_compile(&f, "excel1904"));
	assert_int_equal(0, datefmt_parse(&f, "0", 1, &minute));
	assert_int_equal(date_days_from_civil(1904, 1, 1) * 1440, minute);
	assert_int_equal(0, datefmt_compile(&f, "excel1900"));
	assert_int_equal(-1, datefmt_compile(&f, "excel"));
	assert_non_null(strstr(err_msg(), "excel1900, excel1904"));
	rr_rows *r = load_csv(CLOVER "43474.41389,A,C1,X,1,1\n43560.96597,B,C1,X,1,1\n",
			      "excel1904");
	assert_non_null(r);
	assert_string_equal("2023-01-10 09:56", minute_of(r, 0));
	assert_string_equal("2023-04-06 23:11", minute_of(r, 1));
	assert_non_null(strstr(r->reading, "--date-format excel1904 (Excel's serial days of its "
				     "1904 date system, since 1904-01-01"));
	rows_free(r);
	/* read as the 1900 system's, the summary names the 1904 word */
	r = load_csv(CLOVER "43474.41389,A,C1,X,1,1\n43560.96597,B,C1,X,1,1\n", NULL);
	assert_non_null(r);
	assert_string_equal("2019-01-09 09:56", minute_of(r, 0));
	assert_non_null(strstr(r->reading, "1462 days later: --date-format excel1904"));
	rows_free(r);
}

/* t56 F5: a D/M file opened in an M/D Excel: the dates that read both ways became serial
 * days of the swapped date, the others stayed text. 45139 is 2023-08-01 (45139 - 25569 =
 * 19570, 2023-01-01 being 19358, and January to July 212 days), so 2023-01-08 once turned
 * back, beside 26/01/2023 that no month-first reading takes. A serial whose day passes 12
 * (45152, 2023-08-14) cannot be a swapped one: read as written, and warned of. */
static void test_serials_among_text_dates(void **state)
{
	(void)state;
	rr_rows *r = load_csv(CLOVER "45139,A,C1,X,1,1\n26/01/2023,B,C1,X,1,1\n"
			      "45139.5,C,C2,X,1,1\n", NULL);
	assert_non_null(r);
	assert_string_equal("2023-01-08 00:00", minute_of(r, 0));
	assert_string_equal("2023-01-26 00:00", minute_of(r, 1));
	assert_string_equal("2023-01-08 12:00", minute_of(r, 2));
	assert_non_null(strstr(r->reading, "warning: the date column mixes Excel serial days (2 rows, "
				     "the first on line 2: '45139') with day-first text dates (1 "
				     "row), as a D/M file opened"));
	assert_non_null(strstr(r->reading, "serials were read with day and month turned back"));
	assert_null(strstr(r->reading, "excel1904"));
	rows_free(r);
	/* the mirror: an M/D file through a D/M Excel (02/14/2023 stays text) */
	r = load_csv(CLOVER "45139,A,C1,X,1,1\n02/14/2023,B,C1,X,1,1\n", NULL);
	assert_non_null(r);
	assert_string_equal("2023-01-08 00:00", minute_of(r, 0));
	assert_non_null(strstr(r->reading, "with month-first text dates (1 row), as a M/D file"));
	rows_free(r);
	/* not provable: a serial's day past 12, or a text date that reads both ways */
	static const char *const doubt[] = {CLOVER "45152,A,C1,X,1,1\n26/01/2023,B,C1,X,1,1\n",
					    CLOVER "45139,A,C1,X,1,1\n26/01/2023,B,C1,X,1,1\n"
					    "03/02/2023,B,C1,X,1,1\n", NULL};
	for (const char *const *t = doubt; *t; t++) {
		r = load_csv(*t, NULL);
		assert_non_null(r);
		assert_string_equal(t == doubt ? "2023-08-14 00:00" : "2023-08-01 00:00",
				    minute_of(r, 0));
		assert_non_null(strstr(r->reading, "the serials' days and months may be swapped"));
		rows_free(r);
	}
}

/* t56 F13: a date column named as another calendar's (Ethiopian under "Date (E.C.)", read as
 * Gregorian 2015) is refused with the calendar named and the --calendar that reads it (e115;
 * Bikram Sambat, which has no rule, with converting first); --date-format reads it as it
 * says; a name of no calendar's word (Shipped Date, Date (EST)) is read as before. */
static void test_calendar_named_dates(void **state)
{
	(void)state;
	static const struct {
		const char *name, *calendar, *fix;
	} named[] = {{"Date (E.C.)", "Ethiopian", "load with --calendar ethiopian"},
		     {"Tarikh (AH)", "Islamic (Hijri)", "load with --calendar islamic-civil"},
		     {"Date Hijri", "Islamic (Hijri)", "load with --calendar islamic-civil"},
		     {"Date (Solar Hijri)", "Solar Hijri", "load with --calendar solar-hijri"},
		     {"Miti (B.S.)", "Bikram Sambat", "convert the column to Gregorian dates first"},
		     {"Date B.E.", "Thai Buddhist", "load with --calendar buddhist"},
		     {"\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\x99\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88 "
		      "(\xE0\xB8\x9E.\xE0\xB8\xA8.)", "Thai Buddhist", "load with --calendar buddhist"},
		     {"\xE6\x97\xA5\xE6\x9C\x9F(\xE6\xB0\x91\xE5\x9C\x8B)", "Republic of China",
		      "load with --calendar minguo"},
		     {"Date (ROC)", "Republic of China", "load with --calendar minguo"}};
	for (size_t k = 0; k < sizeof named / sizeof *named; k++) {
		char text[256];
		snprintf(text, sizeof text, "Invoice,%s,Customer,SKU,Qty\n1,28/04/2015,C1,A,1\n",
			 named[k].name);
		char *p = tu_write_temp_str(text);
		rr_ingest_opts o = {.map = NULL};
		char map[128];
		snprintf(map, sizeof map, "date=%s", named[k].name);
		o.map = map;
		rr_rows *r = ingest_read(p, &o, NULL);
		if (r)
			fail_msg("'%s' read", named[k].name);
		if (!strstr(err_msg(), named[k].calendar) ||
		    !strstr(err_msg(), named[k].fix))
			fail_msg("'%s': %s", named[k].name, err_msg());
		o.date_format = "%d/%m/%Y";
		r = ingest_read(p, &o, NULL);
		assert_non_null(r);
		assert_string_equal("2015-04-28 00:00", minute_of(r, 0));
		rows_free(r);
		tu_remove(p);
	}
	static const char *const plain[] = {"Shipped Date", "Date (EST)", "Sched Date", NULL};
	for (const char *const *n = plain; *n; n++)
		assert_null(calendar_of_name(*n));
}

/* Every name of date_zone_names is in the man page, a read one with its offset as the page
 * writes it ("PST \-8", "ACST +9:30"), a shared one among those refused. */
static void test_man_lists_zones(void **state)
{
	(void)state;
	char *text = tu_read_man();
	assert_non_null(text);
	for (char *at; (at = strstr(text, "\\-"));)   /* groff's \- is a minus */
		memmove(at, at + 1, strlen(at + 1) + 1);
	char *list = strstr(text, "Zone abbreviations read:");
	char *shared = strstr(text, "never read alone:");
	assert_non_null(list);
	assert_non_null(shared);
	char *end = strstr(list, "\n.");
	assert_non_null(end);
	*end = '\0';
	for (const date_zone_name *z = date_zone_names; z->name; z++) {
		char want[32];
		int a = abs(z->offset);
		if (z->clash)
			snprintf(want, sizeof want, "%s ", z->name);
		else if (a % 60)
			snprintf(want, sizeof want, "%s %c%d:%02d", z->name, z->offset < 0 ? '-' : '+',
				 a / 60, a % 60);
		else
			snprintf(want, sizeof want, "%s %s%d", z->name, !z->offset ? "" :
				 z->offset < 0 ? "-" : "+", a / 60);
		char *at = strstr(z->clash ? shared : list, want);
		if (!at || (!z->clash && at > shared))
			fail_msg("man/relrec.1 does not list the zone '%s' as '%s'", z->name, want);
	}
}

/* Two-digit years first (YY/MM/DD) with a zone after the time are turned year first as
 * without one, each by its own offset (t18: '21/01/01 00:30 CET' was read day first, 21
 * January 2001, and every date of the file was wrong). 60 dates, one every 13 days. */
static void test_zone_year_first(void **state)
{
	(void)state;
	char *text = malloc(8192);
	assert_non_null(text);
	size_t k = (size_t)snprintf(text, 8192, "Invoice,Customer,Date,Item,Quantity,Price\n");
	int64_t d0 = date_days_from_civil(2021, 1, 1);
	int32_t want[60];
	for (int i = 0; i < 60; i++) {
		int y, m, d;
		date_civil_from_days(d0 + 13 * i, &y, &m, &d);
		int summer = m >= 4 && m <= 9;
		k += (size_t)snprintf(text + k, 8192 - k, "%d,C1,%02d/%02d/%02d 00:30 %s,A,1,1.00\n", i,
				      y % 100, m, d, summer ? "CEST" : "CET");
		want[i] = (int32_t)((d0 + 13 * i) * 1440 + 30 - (summer ? 120 : 60));
	}
	rr_rows *r = load_csv(text, NULL);
	free(text);
	assert_non_null(r);
	assert_int_equal(60, r->n);
	assert_non_null(strstr(r->reading, "YY/MM/DD H:MM ZONE (year first"));
	for (int i = 0; i < 60; i++)
		assert_int_equal(want[i], r->minute[i]);
	rows_free(r);
}

/* A zone named twice: read when the two agree, or when an offset settles a shared name;
 * refused when they disagree, with or without --date-format (t18: the last one won). */
static void test_zone_twice(void **state)
{
	(void)state;
	rr_rows *r = load_csv(PG "1,7,2023-03-05 10:00:00 +05:30 IST,SKU-1,1,8.99\n"
			      "2,7,2023-03-05T00:30:00+01:00 CET,SKU-1,1,8.99\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2023-03-05 04:30", minute_of(r, 0));
	assert_string_equal("2023-03-04 23:30", minute_of(r, 1));
	rows_free(r);
	r = load_csv(PG "1,7,05/03/2023 00:30 CET,SKU-1,1,8.99\n"
		     "2,7,05/03/2023 00:30 CET PST,SKU-1,1,8.99\n", NULL);
	assert_non_null(r);
	assert_int_equal(1, r->n);   /* the second is unreadable */
	rows_free(r);
	r = load_csv(PG "1,7,05/03/2023 00:30 CET CET,SKU-1,1,8.99\n"
		     "2,7,05/03/2023 00:30 CET PST,SKU-1,1,8.99\n", "%d/%m/%Y %H:%M %Z %Z");
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_string_equal("2023-03-04 23:30", minute_of(r, 0));
	rows_free(r);
}

/* An order's lines repeat its date, and the text is scanned once (csvdate.c's memo): each
 * row still counts as read, a row held month first until proven is turned with the others
 * of its text, and an unreadable text repeated is refused each time. */
static void test_repeated_date_text(void **state)
{
	(void)state;
	rr_rows *r = load_csv(PG "1,7,01/02/2023 00:30,SKU-1,1,1\n1,7,01/02/2023 00:30,SKU-2,1,1\n"
			      "2,7,13/02/2023 10:00,SKU-1,1,1\n3,7,13/13/2023 10:00,SKU-1,1,1\n"
			      "3,7,13/13/2023 10:00,SKU-2,1,1\n4,7,01/02/2023 00:30,SKU-1,1,1\n",
			      NULL);
	assert_non_null(r);
	assert_int_equal(4, r->n);
	assert_int_equal(2, rows_rejected_total(r));
	assert_string_equal("2023-02-01 00:30", minute_of(r, 0));
	assert_string_equal("2023-02-01 00:30", minute_of(r, 1));
	assert_string_equal("2023-02-13 10:00", minute_of(r, 2));
	assert_string_equal("2023-02-01 00:30", minute_of(r, 3));
	rows_free(r);
}

/* t39 #13, #15: YYYY.MM.DD and YYYY.M.D, Korea's "2023. 1. 5. 오후 3:12:00" and the CJK
 * 2023年1月5日 15:12, 15時12分, 2023년 1월 5일 read without a --date-format; A.B.YYYY stays
 * day and month first, and a dotted year of two digits is no such date. */
static void test_dotted_and_cjk_dates(void **state)
{
	(void)state;
	static const struct { const char *s, *want; } ok[] = {
		{"2023.01.05 04:44:00", "2023-01-05 04:44"}, {"2023.1.5", "2023-01-05 00:00"},
		{"2023. 1. 5. \xEC\x98\xA4\xED\x9B\x84 3:12:00", "2023-01-05 15:12"},
		{"2023. 1. 16. \xEC\x98\xA4\xEC\xA0\x84 9:40:00", "2023-01-16 09:40"},
		{"2023. 12. 16. \xEC\x98\xA4\xEC\xA0\x84 12:40:00", "2023-12-16 00:40"},
		{"2023. 01. 05", "2023-01-05 00:00"}, {"2023.01.05.", "2023-01-05 00:00"},
		{"2023\xE5\xB9\xB4" "1\xE6\x9C\x88" "5\xE6\x97\xA5 15:12", "2023-01-05 15:12"},
		{"2023\xE5\xB9\xB4" "01\xE6\x9C\x88" "05\xE6\x97\xA5 15\xE6\x99\x82" "12\xE5\x88\x86",
		 "2023-01-05 15:12"},
		{"2023\xE5\xB9\xB4" "1\xE6\x9C\x88" "5\xE6\x97\xA5 \xE4\xB8\x8B\xE5\x8D\x88" "3:12:00",
		 "2023-01-05 15:12"},
		{"2023\xE5\xB9\xB4" "1\xE6\x9C\x88" "5\xE6\x97\xA5", "2023-01-05 00:00"},
		{"2023\xEB\x85\x84 1\xEC\x9B\x94 5\xEC\x9D\xBC \xEC\x98\xA4\xED\x9B\x84 3:12",
		 "2023-01-05 15:12"},
		{"2023/1/5 \xE4\xB8\x8B\xE5\x8D\x88" "3:12:00", "2023-01-05 15:12"},
		{"05.01.2023 3:12 CH", "2023-05-01 15:12"},   /* one value: month first, as ever */
		{"1/5/2023 9:40 SA", "2023-01-05 09:40"}, {"1/5/2023 9:40 p.m.", "2023-01-05 21:40"},
		/* t49 F9: Japan's era years, by name (元年 its first) or by letter */
		{"\xE4\xBB\xA4\xE5\x92\x8C" "5\xE5\xB9\xB4" "11\xE6\x9C\x88" "3\xE6\x97\xA5",
		 "2023-11-03 00:00"},
		{"\xE4\xBB\xA4\xE5\x92\x8C\xE5\x85\x83\xE5\xB9\xB4" "5\xE6\x9C\x88" "1\xE6\x97\xA5",
		 "2019-05-01 00:00"},
		{"\xE5\xB9\xB3\xE6\x88\x90" "31\xE5\xB9\xB4" "4\xE6\x9C\x88" "30\xE6\x97\xA5",
		 "2019-04-30 00:00"},
		{"\xE6\x98\xAD\xE5\x92\x8C" "64\xE5\xB9\xB4" "1\xE6\x9C\x88" "7\xE6\x97\xA5",
		 "1989-01-07 00:00"},
		{"R05.03.15", "2023-03-15 00:00"}, {"H31.04.30", "2019-04-30 00:00"},
		{"S64/01/07", "1989-01-07 00:00"},
		/* e112: Czech's, Slovak's and Slovenian's spaced dotted date, Croatian's and
		 * Serbian's point after the year (one value: month first, as above; a file's
		 * column of them is day first, tests/shops e112_pantheon_hr) */
		{"5. 3. 2024", "2024-05-03 00:00"}, {"05. 03. 2024.", "2024-05-03 00:00"},
		{"05.03.2024.", "2024-05-03 00:00"}, {"05.03.2024. 10:20", "2024-05-03 10:20"},
	};
	char buf[32];
	int32_t m;
	for (size_t k = 0; k < sizeof ok / sizeof *ok; k++) {
		if (date_read_one(ok[k].s, strlen(ok[k].s), &m) != 0)
			fail_msg("'%s' not read", ok[k].s);
		if (strcmp(ingest_format_minute(m, buf, sizeof buf), ok[k].want) != 0)
			fail_msg("'%s' read as %s, not %s", ok[k].s, buf, ok[k].want);
	}
	static const char *const bad[] = {"23.01.05.", "2023.13.05", "2023. 1. 5. \xEC\x98\xA4\xED\x9B\x84 13:12:00",
					  "2023\xE5\xB9\xB4" "1\xE6\x9C\x88", "2023.1", "10:00 SAT 2023",
					  "X05.03.15", "R00.03.15", "R05.03", "15.03.2024..",
					  "15.03.2024.5", "15. 3."};
	for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
		if (date_read_one(bad[k], strlen(bad[k]), &m) == 0)
			fail_msg("'%s' read as a date", bad[k]);
	/* SAST, a zone that begins with a mark's letters, is still the zone */
	assert_int_equal(0, date_read_one("2023-03-05 14:22 SAST", 21, &m));
}

/* The summary's dates line names the form the reader used, with the first date as read: a
 * Japanese era's, its letters', CJK's, a dotted year first, --date-format's %K and %J (t57
 * F6: each was "YYYY/MM/DD, as written") */
static void test_dates_summary_form(void **state)
{
	(void)state;
	static const struct {
		const char *a, *b, *fmt, *want;
	} c[] = {
		{"\xE4\xBB\xA4\xE5\x92\x8C" "2\xE5\xB9\xB4" "10\xE6\x9C\x88" "18\xE6\x97\xA5",
		 "\xE4\xBB\xA4\xE5\x92\x8C" "3\xE5\xB9\xB4" "1\xE6\x9C\x88" "5\xE6\x97\xA5", NULL,
		 "dates: Japanese era years (\xE4\xBB\xA4\xE5\x92\x8C Reiwa, \xE5\xB9\xB3\xE6\x88\x90 "
		 "Heisei, \xE6\x98\xAD\xE5\x92\x8C Showa, \xE5\xA4\xA7\xE6\xAD\xA3 Taisho: "
		 "\xE4\xBB\xA4\xE5\x92\x8C" "5\xE5\xB9\xB4 is 2023), the first '\xE4\xBB\xA4\xE5\x92\x8C"
		 "2\xE5\xB9\xB4" "10\xE6\x9C\x88" "18\xE6\x97\xA5' read as 2020-10-18"},
		{"R05.03.15", "H31.04.30", NULL, "dates: Japanese era letters (R Reiwa, H Heisei, S Showa, "
		 "T Taisho: R05 is 2023), the first 'R05.03.15' read as 2023-03-15"},
		{"2023\xE5\xB9\xB4" "1\xE6\x9C\x88" "5\xE6\x97\xA5", "2023\xE5\xB9\xB4" "2\xE6\x9C\x88"
		 "7\xE6\x97\xA5", NULL, "dates: YYYY\xE5\xB9\xB4M\xE6\x9C\x88" "D\xE6\x97\xA5"},
		{"2023.01.05", "2023.02.07", NULL, "dates: YYYY.MM.DD, as written"},
		{"2023/01/05", "2023/02/07", NULL, "dates: YYYY/MM/DD, as written"},
		{"112/01/05", "112/02/07", "%K/%m/%d", "(%K: years of the Republic of China; the first "
		 "'112/01/05' read as 2023-01-05)"},
		{"0123045", "0123046", "0%J%j", "(%J: the year less 1900, JD Edwards' CYY; the first "
		 "'0123045' read as 2023-02-14)"},
		{"2023045", "2023046", "%Y%j", "(%j: the day of the year; the first '2023045' read as "
		 "2023-02-14)"},
	};
	for (size_t k = 0; k < sizeof c / sizeof *c; k++) {
		char csv[512];
		snprintf(csv, sizeof csv, PG "1,7,%s,SKU-1,1,1\n2,8,%s,SKU-2,1,1\n", c[k].a, c[k].b);
		rr_rows *r = load_csv(csv, c[k].fmt);
		if (!r)
			fail_msg("%s: %s", c[k].a, err_msg());
		if (r->n != 2 || !strstr(r->reading, c[k].want))
			fail_msg("%s", r->reading);
		rows_free(r);
	}
}

/* t54 F4: an era's date outside the era's days is no date: Heisei 64 (2052), Showa 99 (2024),
 * Heisei 37 (2025, six years past its last), Reiwa 1 before May 1st 2019, Taisho 1 before
 * July 30th 1912; each era's first and last day are read. t80 F26: up to five years past an
 * era's last, its count goes on, as un-updated tills write it: Heisei 31 past April 30th is
 * 2019, Heisei 32 2020, Showa 64 past January 7th 1989, Taisho 15 past December 24th 1926. */
static void test_era_bounds(void **state)
{
	(void)state;
#define HEISEI "\xE5\xB9\xB3\xE6\x88\x90"
#define SHOWA "\xE6\x98\xAD\xE5\x92\x8C"
#define REIWA "\xE4\xBB\xA4\xE5\x92\x8C"
#define JY "\xE5\xB9\xB4"
#define JM "\xE6\x9C\x88"
#define JD "\xE6\x97\xA5"
	static const char *const bad[] = {HEISEI "64" JY "1" JM "1" JD, "S99.01.01", "H37.01.01",
					  REIWA "\xE5\x85\x83" JY "4" JM "1" JD, "R01.04.30",
					  "T01.07.29", "H01.01.07"};
	static const struct { const char *s, *want; } ok[] = {
		{"T01.07.30", "1912-07-30 00:00"}, {"T15.12.24", "1926-12-24 00:00"},
		{"S01.12.25", "1926-12-25 00:00"}, {"H01.01.08", "1989-01-08 00:00"},
		{REIWA "\xE5\x85\x83" JY "5" JM "1" JD, "2019-05-01 00:00"},
		{SHOWA "64" JY "1" JM "8" JD, "1989-01-08 00:00"}, {"H31.05.01", "2019-05-01 00:00"},
		{HEISEI "32" JY "1" JM "1" JD, "2020-01-01 00:00"}, {"S64.01.08", "1989-01-08 00:00"},
		{"T15.12.25", "1926-12-25 00:00"}, {"H36.12.31", "2024-12-31 00:00"},
		/* t80 F25: Airレジ's and Smaregi's letters and names, unpadded, a time after */
		{"H31/4/8 9:46", "2019-04-08 09:46"}, {"R6/3/1", "2024-03-01 00:00"},
		{"R1.5.1", "2019-05-01 00:00"}, {REIWA "6/3/1", "2024-03-01 00:00"},
	};
	int32_t m;
	char buf[32];
	for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
		if (date_read_one(bad[k], strlen(bad[k]), &m) == 0)
			fail_msg("'%s' read as a date, %s", bad[k],
				 ingest_format_minute(m, buf, sizeof buf));
	for (size_t k = 0; k < sizeof ok / sizeof *ok; k++) {
		if (date_read_one(ok[k].s, strlen(ok[k].s), &m) != 0)
			fail_msg("'%s' not read", ok[k].s);
		if (strcmp(ingest_format_minute(m, buf, sizeof buf), ok[k].want) != 0)
			fail_msg("'%s' read as %s, not %s", ok[k].s, buf, ok[k].want);
	}
#undef HEISEI
#undef SHOWA
#undef REIWA
#undef JY
#undef JM
#undef JD
}

/* t39 #14: Vietnamese SA and CH are AM and PM, by %p and without a format; a word where the
 * format has %p is said to be no AM or PM mark, not a time zone. */
static void test_vietnamese_ampm(void **state)
{
	(void)state;
	rr_rows *r = load_csv("order_id,date,customer_id,sku,qty,price\n"
			      "HD1,05/01/2023 3:12 CH,a,X,1,10.00\nHD2,06/01/2023 9:40 SA,b,Y,1,10.00\n"
			      "HD3,07/01/2023 9:40 CHX,b,Y,1,10.00\n", "%d/%m/%Y %I:%M %p");
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2023-01-05 15:12", minute_of(r, 0));
	assert_string_equal("2023-01-06 09:40", minute_of(r, 1));
	assert_non_null(strstr(r->reading, "'CHX' in the place of the --date-format's %p is no AM "
				"or PM mark relrec knows"));
	assert_null(strstr(r->reading, "time-zone"));
	rows_free(r);
	r = load_csv("order_id,date,customer_id,sku,qty,price\n"
		     "HD1,25/01/2023 3:12 CH,a,X,1,10.00\nHD2,06/01/2023 9:40 SA,b,Y,1,10.00\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2023-01-25 15:12", minute_of(r, 0));
	assert_string_equal("2023-01-06 09:40", minute_of(r, 1));
	rows_free(r);
}

/* t41 N5: AM/PM marks after an ISO dashed date (Excel's yyyy-mm-dd h:mm AM/PM, KiotViet's
 * CH/SA, Arabic ص/م) are read; the Arabic era mark م after a date without a time is too; a
 * mark on an hour past 12 is no time zone. */
static void test_iso_ampm(void **state)
{
	(void)state;
	rr_rows *r = load_csv("order_id,date,customer_id,sku,qty,price\n"
			      "1,2023-01-05 3:12 CH,a,X,1,10.00\n2,2023-01-16 9:40 SA,b,Y,1,10.00\n"
			      "3,2023-01-17 3:12 PM,b,X,1,10.00\n"
			      "4,2023-01-18 10:30 \xD9\x85,a,Y,1,10.00\n"
			      "5,2023-01-19 09:15 \xD8\xB5,a,Y,1,10.00\n"
			      "6,2023-01-20 15:12 CH,a,Y,1,10.00\n", NULL);
	assert_non_null(r);
	assert_int_equal(5, r->n);
	assert_string_equal("2023-01-05 15:12", minute_of(r, 0));
	assert_string_equal("2023-01-16 09:40", minute_of(r, 1));
	assert_string_equal("2023-01-17 15:12", minute_of(r, 2));
	assert_string_equal("2023-01-18 22:30", minute_of(r, 3));
	assert_string_equal("2023-01-19 09:15", minute_of(r, 4));
	assert_null(strstr(r->reading, "time-zone"));
	rows_free(r);
	r = load_csv("order_id,date,customer_id,sku,qty,price\n"
		     "1,2023/01/05 \xD9\x85,a,X,1,10.00\n2,2023/01/16 \xD9\x85,b,Y,1,10.00\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2023-01-05 00:00", minute_of(r, 0));
	rows_free(r);
	/* t44 #12: the mark before the time after an ISO dashed date, as Chinese, Korean and
	 * Japanese Excel writes yyyy-mm-dd AM/PM h:mm */
	r = load_csv("order_id,date,customer_id,sku,qty,price\n"
		     "1,2023-01-05 \xE4\xB8\x8B\xE5\x8D\x88 3:12,a,X,1,10.00\n"
		     "2,2023-01-16 \xEC\x98\xA4\xEC\xA0\x84 9:40,b,Y,1,10.00\n"
		     "3,2023-01-17 \xE5\x8D\x88\xE5\xBE\x8C" "3:12,b,X,1,10.00\n"
		     "4,2023-01-18 \xEC\x98\xA4\xED\x9B\x84 12:05,b,X,1,10.00\n", NULL);
	assert_non_null(r);
	assert_int_equal(4, r->n);
	assert_string_equal("2023-01-05 15:12", minute_of(r, 0));
	assert_string_equal("2023-01-16 09:40", minute_of(r, 1));
	assert_string_equal("2023-01-17 15:12", minute_of(r, 2));
	assert_string_equal("2023-01-18 12:05", minute_of(r, 3));
	rows_free(r);
}

/* The bound said in words is the bound kept: the last day is 6053-01-22, its last minute read
 * and the next refused, whatever the offset; INT32_MAX, the filters' "no until", is never a
 * row's minute (t40 #3, #8). */
/* A date and what it must read as: the minute, and words the dates line must hold. */
typedef struct date_case {
	const char *date, *want, *says;
} date_case;

/* Each date of c, alone in a file, read as its minute with its words in the dates line. */
static void assert_dates_read(const date_case *c, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		char csv[256];
		snprintf(csv, sizeof csv, PG "1,7,%s,SKU-1,1,1\n", c[k].date);
		rr_rows *r = load_csv(csv, NULL);
		if (!r || r->n != 1)
			fail_msg("%s: %s", c[k].date, r ? "no row" : err_msg());
		if (strcmp(minute_of(r, 0), c[k].want) != 0 || !strstr(r->reading, c[k].says))
			fail_msg("%s: %s; %s", c[k].date, minute_of(r, 0), r->reading);
		rows_free(r);
	}
}

/* Each date of bad, beside a plain one, left unread: the plain row alone is kept. */
static void assert_dates_unread(const char *const *bad, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		char csv[256];
		snprintf(csv, sizeof csv, PG "1,7,%s,SKU-1,1,1\n2,7,2011-03-01,SKU-1,1,1\n", bad[k]);
		rr_rows *r = load_csv(csv, NULL);
		if (r && r->n != 1)
			fail_msg("%s read", bad[k]);
		rows_free(r);
	}
}

/* t67 F18: the text databases write their timestamps in by default. Oracle's TIMESTAMP
 * (NLS DD-MON-RR HH.MI.SSXFF AM, as SQL Developer and SQL*Plus write it) and DATE (DD-MON-RR),
 * the two-digit year by RR (55 is 1955 there, where POSIX's %y makes an Excel 01-Mar-55
 * 2055), 12 AM being midnight and a TIMESTAMP WITH TIME ZONE converted to UTC (20:35 at +09:00
 * is 11:35 UTC); DB2's YYYY-MM-DD-HH.MM.SS.ffffff; SQL Server's and MySQL's ISO forms. */
static void test_database_defaults(void **state)
{
	(void)state;
	static const date_case c[] = {
		{"01-MAR-11 08.35.00.000000000 AM", "2011-03-01 08:35", "Oracle's DD-MON-RR"},
		{"01-MAR-11 08.35.07.123456789 PM", "2011-03-01 20:35", "00-49 is 20YY, 50-99 19YY"},
		{"01-MAR-11 12.05.00.000000000 AM", "2011-03-01 00:05", "Oracle's"},
		{"01-MAR-11 08.35.00.000000 PM +09:00", "2011-03-01 11:35", "converted to UTC"},
		{"01-MAR-11", "2011-03-01 00:00", "Oracle's DD-MON-RR"},
		{"15-JUN-55", "1955-06-15 00:00", "Oracle's DD-MON-RR"},
		{"15-JUN-49", "2049-06-15 00:00", "Oracle's DD-MON-RR"},
		{"15-Jun-55", "2055-06-15 00:00", "month names"},
		{"2011-03-01-08.35.00.000000", "2011-03-01 08:35", "ISO 8601"},
		/* t71 F26: DB2's end of a day is the next day's 00:00 */
		{"2011-03-04-24.00.00.000000", "2011-03-05 00:00", "ISO 8601"},
		{"2012-02-29-24.00.00", "2012-03-01 00:00", "ISO 8601"},
		{"2011-12-31-24.00.00.000000", "2012-01-01 00:00", "ISO 8601"},
		{"2011-03-01 08:35:00.000", "2011-03-01 08:35", "ISO 8601"},
		{"2011-03-01 08:35:00", "2011-03-01 08:35", "ISO 8601"},
	};
	assert_dates_read(c, sizeof c / sizeof *c);
	/* Excel's 15-Jun-55 is no Oracle date: its dates line names no RR */
	rr_rows *r = load_csv(PG "1,7,15-Jun-55,SKU-1,1,1\n", NULL);
	assert_non_null(r);
	assert_null(strstr(r->reading, "RR"));
	rows_free(r);
	/* a dotted time without seconds is no time, and DB2's never takes AM or PM */
	static const char *const bad[] = {"01-MAR-11 08.35 AM", "2011-03-01-08.35.00 PM",
					  "2011-03-01-08.35", "2011-03-04-24.00.01.000000",
					  "2011-03-04-24.01.00", "2011-03-04-24.00.00.000001",
					  "2011-02-30-24.00.00"};
	assert_dates_unread(bad, sizeof bad / sizeof *bad);
}

/* DB2's end of a day read from a field's bytes, not a string: the bytes after it (here
 * zeros and points, as a batch's next field or a line's rest may hold) are not its. Its
 * check read them (strspn) and rejected the date about one load in a hundred, as the
 * builder's buffer held (CI's test_database_defaults, "2012-02-29-24.00.00: no row"). */
static void test_db2_end_of_day_bounded(void **state)
{
	(void)state;
	static const char field[] = "2012-02-29-24.00.00.000.0";
	date_guess g;
	int32_t minute = 0;
	date_guess_init(&g, NULL);
	assert_int_equal(date_guess_read(&g, field, 19, 2, 0, &minute), 0);
	assert_int_equal(date_guess_finish(&g, "f.csv", &minute), 0);
	char buf[32];
	assert_string_equal(ingest_format_minute(minute, buf, sizeof buf), "2012-03-01 00:00");
	date_guess_free(&g);
}

/* rr_span and rr_cspan, the bounded strspn and strcspn the field readers use: never past n */
static void test_span_bounded(void **state)
{
	(void)state;
	static const char bytes[] = "2022.00000x";
	assert_int_equal(rr_span(bytes + 5, 2, "0"), 2);
	assert_int_equal(rr_span(bytes + 5, 0, "0"), 0);
	assert_int_equal(rr_span(bytes, 11, "0123456789."), 10);
	assert_int_equal(rr_cspan(bytes, 3, "x"), 3);
	assert_int_equal(rr_cspan(bytes, 11, "x"), 10);
}

/* t72 F21: the forms of web platforms' own writers: JavaScript's Date.toString (Google Apps
 * Script into a Sheet), ASP.NET's JSON date (SharePoint, OData v2), English ordinal days
 * (BigCommerce's and WordPress's jS); a wrong ordinal or an impossible day stays unread. */
static void test_web_date_forms(void **state)
{
	(void)state;
	static const date_case c[] = {
		{"\"Tue Jan 02 2024 13:25:00 GMT+0100 (Central European Standard Time)\"",
		 "2024-01-02 12:25", "converted to UTC"},
		{"Tue Jan 02 2024 13:25:00 GMT-0500", "2024-01-02 18:25", "converted to UTC"},
		{"/Date(1704198300000)/", "2024-01-02 12:25", "milliseconds"},
		{"/Date(1704198300000+0100)/", "2024-01-02 12:25", "milliseconds"},
		{"\"Sep 30th, 2024\"", "2024-09-30 00:00", "month names"},
		{"\"September 1st, 2024\"", "2024-09-01 00:00", "month names"},
		{"30th September 2024", "2024-09-30 00:00", "month names"},
		{"22nd of March 2024", "2024-03-22 00:00", "month names"},
		{"\"Monday, March 11th, 2024\"", "2024-03-11 00:00", "month names"},
	};
	assert_dates_read(c, sizeof c / sizeof *c);
	static const char *const bad[] = {"\"Sep 31st, 2024\"", "\"Mar 2th, 2024\"",
					  "11st March 2024", "/Date(17041983)/",
					  "\"Tue Jan 02 2024 13:25:00 GMT+0100 (CET; DST)\""};
	assert_dates_unread(bad, sizeof bad / sizeof *bad);
}

/* t73 F21, F22: Date.toString's zone name in the browser's language (German, French with its
 * typographic apostrophe, Spanish, Chinese), and ASP.NET's JSON date with its slashes escaped
 * as JSON text writes them; a bracket of other signs, an escape on one side alone, stay
 * unread. */
static void test_web_date_forms_localised(void **state)
{
	(void)state;
	static const date_case c[] = {
		{"\"Tue Jan 02 2024 23:30:00 GMT+0100 (Mitteleurop\xC3\xA4ische Normalzeit)\"",
		 "2024-01-02 22:30", "converted to UTC"},
		{"\"Tue Jan 02 2024 23:30:00 GMT+0100 (heure normale d\xE2\x80\x99" "Europe "
		 "centrale)\"", "2024-01-02 22:30", "converted to UTC"},
		{"\"Tue Jan 02 2024 23:30:00 GMT+0100 (hora est\xC3\xA1ndar de Europa central)\"",
		 "2024-01-02 22:30", "converted to UTC"},
		{"\"Tue Jan 02 2024 23:30:00 GMT+0800 (\xE4\xB8\xAD\xE5\x9B\xBD\xE6\xA0\x87"
		 "\xE5\x87\x86\xE6\x97\xB6\xE9\x97\xB4)\"", "2024-01-02 15:30", "converted to UTC"},
		{"\\/Date(1704198300000)\\/", "2024-01-02 12:25", "milliseconds"},
		{"\\/Date(1704198300000+0100)\\/", "2024-01-02 12:25", "milliseconds"},
	};
	assert_dates_read(c, sizeof c / sizeof *c);
	static const char *const bad[] = {"\"Tue Jan 02 2024 23:30:00 GMT+0100 (Zeit=<b>)\"",
					  "\\/Date(1704198300000)/", "/Date(1704198300000)\\/",
					  "\\/Date(17041983)\\/"};
	assert_dates_unread(bad, sizeof bad / sizeof *bad);
}

/* t67 F17: a day and a month without a year take it from elsewhere: date_with_year writes
 * it in where detection then reads it, or says no (a date with its year, a bare number). */
static void test_date_with_year(void **state)
{
	(void)state;
	static const struct {
		const char *s, *want;
	} c[] = {
		{"1 Mar", "1 Mar 2011"}, {"01-Mar", "01-Mar-2011"}, {"3/1", "3/1/2011"},
		{"1.3.", "1.3.2011"}, {"Mar 1", "Mar 1 2011"}, {"1 Mar 08:35", "1 Mar 2011 08:35"},
		{"15. 3", ""}, {"1 Mar 2011", ""}, {"511", ""}, {"Mar", ""}, {"1-3-5", ""},
		{"1 Foo", ""}, {"", ""},
	};
	char out[64];
	for (size_t k = 0; k < sizeof c / sizeof *c; k++) {
		size_t n = date_with_year(c[k].s, strlen(c[k].s), 2011, out, sizeof out);
		if (n != strlen(c[k].want) || (n && strcmp(out, c[k].want) != 0))
			fail_msg("'%s': %zu '%s'", c[k].s, n, n ? out : "");
	}
	assert_int_equal(0, date_with_year("1 Mar", 5, 2011, out, 8));   /* no room */
	assert_int_equal(0, date_with_year("1 Mar", 5, 0, out, sizeof out));
}

/* t67 F17 whole loads: the title line's one year, each row's Year column (2011 and 2012 on
 * two rows: each its own), and a refusal whose pipe writes the year in when there is
 * neither or the title names two. */
static void test_yearless_loads(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Sales ledger 2011\nInvoice,Date,Customer,Code,Qty,Price\n"
			      "1,1 Mar,7,A,1,1\n2,28-Feb,8,B,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2011-03-01 00:00", minute_of(r, 0));
	assert_string_equal("2011-02-28 00:00", minute_of(r, 1));
	assert_non_null(strstr(r->reading, "2 without a year, the year read from the line above "
				"the header 'Sales ledger 2011'"));
	rows_free(r);
	r = load_csv("Invoice,Year,Date,Customer,Code,Qty,Price\n1,2011,29-Feb,7,A,1,1\n"
		     "2,2012,29-Feb,8,B,1,1\n3,2012,1 Mar,8,B,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);   /* 2011 has no 29 February */
	assert_string_equal("2012-02-29 00:00", minute_of(r, 0));
	assert_string_equal("2012-03-01 00:00", minute_of(r, 1));
	assert_non_null(strstr(r->reading, "the year read from each row's 'Year'"));
	rows_free(r);
	/* t71 F27: a Year column written as a spreadsheet's float (2012.0) is its year */
	r = load_csv("Invoice,Year,Date,Customer,Code,Qty,Price\n1,2012.0,29-Feb,8,B,1,1\n"
		     "2,2011.00,1 Mar,8,B,1,1\n3,2011.5,1 Mar,8,B,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);   /* 2011.5 is no year */
	assert_string_equal("2012-02-29 00:00", minute_of(r, 0));
	assert_string_equal("2011-03-01 00:00", minute_of(r, 1));
	rows_free(r);
	static const char *const none[] = {
		"Invoice,Date,Customer,Code,Qty,Price\n1,1 Mar,7,A,1,1\n",
		"Sales 2010 to 2011\nInvoice,Date,Customer,Code,Qty,Price\n1,1 Mar,7,A,1,1\n",
	};
	for (size_t k = 0; k < 2; k++) {
		r = load_csv(none[k], NULL);
		const char *why = r ? r->reading : err_msg();
		if (!strstr(why, "a day and a month without a year, which no --date-format reads") ||
		    !strstr(why, "v=v \\\" ") || strstr(why, "load with --date-format"))
			fail_msg("%s", why);
		rows_free(r);
	}
}

/* t71 F14: each title governs the dates below it, months running past December roll the
 * year, a store's number is no year; undecidable runs are refused with the year pipe. By
 * hand: the two ledgers' 1 Mar are 2022's and 2023's; FY2023/24's 3 Jan follows 30 Dec. */
static void test_yearless_titles_and_rolls(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Sales ledger 2022\nInvoice,Date,Customer,Code,Qty,Price\n"
			      "1,1 Mar,7,A,1,1\n2,2 Sep,8,B,1,1\n"
			      "Sales ledger 2023\nInvoice,Date,Customer,Code,Qty,Price\n"
			      "3,1 Mar,7,A,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_int_equal(0, r->rejected[RR_REJ_FIELDS]);
	assert_string_equal("2022-09-02 00:00", minute_of(r, 1));
	assert_string_equal("2023-03-01 00:00", minute_of(r, 2));
	assert_non_null(strstr(r->reading, "line 5's title 'Sales ledger 2023' gives the year"));
	rows_free(r);
	/* a one-field line naming a year not followed by the header: rejected as before */
	r = load_csv("Sales ledger 2022\nInvoice,Date,Customer,Code,Qty,Price\n"
		     "1,1 Mar,7,A,1,1\nTotal 2022\n2,2 Mar,8,B,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_int_equal(1, r->rejected[RR_REJ_FIELDS]);
	assert_non_null(strstr(r->examples[0], "4: wrong field count: 1 field"));
	assert_string_equal("2022-03-02 00:00", minute_of(r, 1));
	rows_free(r);
	r = load_csv("Sales ledger FY2023/24\nInvoice,Date,Customer,Code,Qty,Price\n"
		     "1,1 Nov,7,A,1,1\n2,30 Dec,8,B,1,1\n3,3 Jan,7,A,1,1\n4,26 Feb,8,B,1,1\n",
		     NULL);
	assert_non_null(r);
	assert_int_equal(4, r->n);
	assert_string_equal("2023-12-30 00:00", minute_of(r, 1));
	assert_string_equal("2024-01-03 00:00", minute_of(r, 2));
	assert_string_equal("2024-02-26 00:00", minute_of(r, 3));
	assert_non_null(strstr(r->reading, "(2 in the next year, the dates in file order having "
				"run past December at line 5's '3 Jan')"));
	rows_free(r);
	/* a calendar year sorted by customer: the second's January is no run past December (it
	 * is not before the first date), so every date keeps the title's year, as before */
	r = load_csv("Sales ledger 2023\nInvoice,Date,Customer,Code,Qty,Price\n"
		     "1,2 Jan,7,A,1,1\n2,30 Dec,7,B,1,1\n3,5 Jan,8,A,1,1\n4,28 Dec,8,B,1,1\n", NULL);
	assert_non_null(r);
	assert_string_equal("2023-01-05 00:00", minute_of(r, 2));
	assert_string_equal("2023-12-28 00:00", minute_of(r, 3));
	rows_free(r);
	/* past December, then back to November: which year each is in cannot be told */
	r = load_csv("Sales ledger 2023\nInvoice,Date,Customer,Code,Qty,Price\n"
		     "1,1 Nov,7,A,1,1\n2,3 Jan,8,B,1,1\n3,5 Nov,9,A,1,1\n", NULL);
	assert_null(r);
	if (!strstr(err_msg(), "run past December (line 4: '3 Jan'") ||
	    !strstr(err_msg(), "go back (line 5: '5 Nov')") || !strstr(err_msg(), "v=v \\\" "))
		fail_msg("%s", err_msg());
	/* a store's number, or a year before 1990, dates nothing: refused with the pipe */
	static const char *const none[] = {"Store 1987 - sales ledger", "Branch No. 2021 ledger",
					   "Ledger 1987"};
	char text[160];
	for (size_t k = 0; k < 3; k++) {
		snprintf(text, sizeof text, "%s\nInvoice,Date,Customer,Code,Qty,Price\n"
			 "1,1 Mar,7,A,1,1\n", none[k]);
		r = load_csv(text, NULL);
		const char *why = r ? r->reading : err_msg();
		if (!strstr(why, "a day and a month without a year, which no --date-format reads"))
			fail_msg("%s: %s", none[k], why);
		rows_free(r);
	}
}

/* t67 F27: dates converted to UTC whose UTC day is not the day written are counted in the
 * dates line, with the pipe that keeps the days as written. By hand: 08:35 at +09:00 is 23:35
 * UTC the day before, 10:00 at +09:00 01:00 the same day, 20:00 at -05:00 01:00 the next. */
static void test_day_moved_by_utc(void **state)
{
	(void)state;
	rr_rows *r = load_csv(PG "1,7,2011-03-01T08:35:00+09:00,SKU-1,1,1\n"
			      "2,7,2011-03-01T10:00:00+09:00,SKU-1,1,1\n"
			      "3,8,2011-03-01 20:00:00 -05:00,SKU-2,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_string_equal("2011-02-28 23:35", minute_of(r, 0));
	assert_string_equal("2011-03-02 01:00", minute_of(r, 2));
	if (!strstr(r->reading, "; 2 rows on another day in UTC than written (the first "
		    "'2011-03-01T08:35:00+09:00' is 2011-02-28 in UTC)") ||
	    !strstr(r->reading, "sed -E 's/([0-9]( ?[AaPp][Mm])? ?)\\\\+09:00([^[:alnum:]]|$)/"
			"\\\\1\\\\3/g'"))
		fail_msg("%s", r->reading);
	rows_free(r);
	r = load_csv(PG "1,7,2011-03-01T10:00:00+09:00,SKU-1,1,1\n", NULL);
	assert_non_null(r);
	assert_null(strstr(r->reading, "another day"));
	rows_free(r);
}

/* The load argument "|..." a note offers in text, unquoted as the load command reads it, into
 * cmd; NULL when there is none. */
static const char *offered_pipe(const char *text, char *cmd, size_t size)
{
	const char *a = strstr(text, "load \"|");
	size_t n = 0;
	if (!a)
		return NULL;
	for (a += 6; *a && *a != '"' && n + 1 < size; a++)
		cmd[n++] = *a == '\\' && a[1] ? *++a : *a;
	cmd[n] = '\0';
	return *a == '"' ? cmd : NULL;
}

/* t73 F16: JavaScript's Date.toString puts GMT between the time and its offset (18:25:00
 * GMT-1000 (HST)); the note's sed takes GMT-1000 off, leaving GMT, and the pipe, run as
 * written, reads the times as written with no such note again (the sed matched nothing and
 * the note came back, longer). GMT+05:30 and UTC+0530 alike. By hand: 18:25 at -10:00 is
 * 04:25 UTC the next day; 02:25 at +05:30 20:55 UTC the day before. */
static void test_day_moved_gmt_word(void **state)
{
	(void)state;
	static const char *const zone[][3] = {
		{"Thu Jan 11 2024 18:25:00 GMT-1000 (Hawaii-Aleutian Standard Time)",
		 "2024-01-12 04:25", "2024-01-11 18:25"},
		{"Thu Jan 11 2024 02:25:00 GMT+05:30", "2024-01-10 20:55", "2024-01-11 02:25"},
		{"Thu Jan 11 2024 02:25:00 UTC+0530", "2024-01-10 20:55", "2024-01-11 02:25"}};
	for (size_t k = 0; k < sizeof zone / sizeof *zone; k++) {
		char text[512], cmd[2048];
		snprintf(text, sizeof text, PG "1,7,%s,SKU-1,1,1\n2,8,%s,SKU-2,1,1\n", zone[k][0],
			 zone[k][0]);
		char *p = tu_write_temp_str(text);
		rr_rows *r = ingest_read(p, NULL, NULL);
		assert_non_null(r);
		assert_string_equal(zone[k][1], minute_of(r, 0));
		if (!offered_pipe(r->reading, cmd, sizeof cmd))
			fail_msg("%s: no pipe in %s", zone[k][0], r->reading);
		rows_free(r);
		r = ingest_read(cmd, NULL, NULL);
		tu_remove(p);
		if (!r)
			fail_msg("%s: %s", cmd, err_msg());
		assert_int_equal(2, r->n);
		assert_string_equal(zone[k][2], minute_of(r, 0));
		if (strstr(r->reading, "another day"))
			fail_msg("%s: %s", cmd, r->reading);
		rows_free(r);
	}
}

/* t68 F19: a date a --date-format rejects that reads with its day and month swapped proves
 * the format swaps every date it read: warned of however few are rejected (1 in 3 here, 5
 * in 100 in the tester's file), with the format that reads them. */
static void test_date_format_swapped(void **state)
{
	(void)state;
	datefmt f;
	char out[DATEFMT_MAX];
	assert_int_equal(0, datefmt_compile(&f, "%d/%m/%Y %H:%M"));
	assert_int_equal(1, datefmt_swapped(&f, "1/25/2023 10:00", 15, out, sizeof out));
	assert_string_equal("%m/%d/%Y %H:%M", out);
	assert_int_equal(0, datefmt_swapped(&f, "1/25/20x3 10:00", 15, out, sizeof out));
	assert_int_equal(0, datefmt_compile(&f, "%Y-%j"));
	assert_int_equal(0, datefmt_swapped(&f, "2023-400", 8, out, sizeof out));
	char csv[1024] = PG "1,7,1/25/2023,SKU-1,1,1\n";   /* 1 row in 12: below a tenth */
	for (int k = 2; k <= 12; k++) {
		size_t o = strlen(csv);
		snprintf(csv + o, sizeof csv - o, "%d,7,3/%d/2023,SKU-1,1,1\n", k, k % 12 + 1);
	}
	rr_rows *r = load_csv(csv, "%d/%m/%Y");
	assert_non_null(r);
	assert_int_equal(11, r->n);
	assert_string_equal("2023-04-03 00:00", minute_of(r, 1));   /* 3/4 read as 3 April */
	if (!strstr(r->reading, "(the first on line 2: '1/25/2023'), which --date-format "
		    "'%m/%d/%Y' reads: the rows read have their day and month swapped too"))
		fail_msg("%s", r->reading);
	rows_free(r);
}

static void test_last_day_held(void **state)
{
	(void)state;
	int y, mo, d;
	char words[64];
	date_civil_from_days(RR_LAST_DAY, &y, &mo, &d);
	snprintf(words, sizeof words, "1900-01-01 to %04d-%02d-%02d", y, mo, d);
	assert_string_equal(RR_DATES_HELD, words);
	assert_int_equal(RR_LAST_YEAR, y);
	int32_t m;
	assert_int_equal(0, date_minute(6053, 1, 22, 23, 59, 0, 0, &m));
	assert_true(m < INT32_MAX);
	assert_int_equal(-1, date_minute(6053, 1, 23, 0, 0, 0, 0, &m));
	assert_int_equal(-1, date_minute(6053, 1, 23, 2, 7, 0, 0, &m));
	assert_int_equal(-1, date_minute(6053, 1, 22, 23, 59, 0, -60, &m));
	assert_int_equal(0, date_minute(6053, 1, 23, 0, 59, 0, 60, &m));
}

/* t63 F14: a time column in digits only, as a number column keeps it: HHMMSS (SAP Customer
 * Checkout's 181700), HHMM, and the forms a lost leading zero leaves (81700, 817, 5); a time
 * past 23:59:59 is none, and the row is then refused, named, as other bad dates are. */
static void test_time_digits(void **state)
{
	(void)state;
	static const char *const good[][2] = {
		{"181700", "18:17:00"}, {"81700", "08:17:00"}, {"000005", "00:00:05"},
		{"235959", "23:59:59"}, {"1817", "18:17"}, {"0817", "08:17"}, {"817", "08:17"},
		{"45", "00:45"}, {"5", "00:05"}, {"0", "00:00"}, {"2359", "23:59"},
	};
	static const char *const bad[] = {"2561", "2400", "246000", "186000", "181760",
					  "1817000", "", "18:17", "18h17", "-817", "8 17"};
	char out[DATE_TIME_DIGITS];
	for (size_t k = 0; k < sizeof good / sizeof good[0]; k++) {
		size_t n = date_time_digits(good[k][0], strlen(good[k][0]), out);
		assert_int_equal(strlen(good[k][1]), n);
		assert_string_equal(good[k][1], out);
	}
	for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++)
		assert_int_equal(0, date_time_digits(bad[k], strlen(bad[k]), out));
	/* joined to a compact date or one with separators; a bad time refuses its row */
	rr_ingest_opts o = {.map = "date=2"};
	char *p = tu_write_temp_str("Receipt Number,Receipt Date,Time,Customer Number,SKU,Quantity,"
				    "Price\n1,20240103,181700,C1,M1,1,2.00\n2,20240104,81700,C2,M1,1,"
				    "2.00\n3,20240105,2561,C1,M2,1,2.00\n4,20240106,246000,C2,M2,1,"
				    "2.00\n5,20240107,92300,C2,M2,1,2.00\n");
	rr_rows *r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_string_equal("2024-01-03 18:17", minute_of(r, 0));
	assert_string_equal("2024-01-04 08:17", minute_of(r, 1));
	assert_string_equal("2024-01-07 09:23", minute_of(r, 2));
	assert_non_null(strstr(r->reading, "YYYYMMDD H:MM:SS, as written"));
	assert_non_null(strstr(r->reading, "'20240105 2561'"));
	rows_free(r);
	r = load_csv("order_id,date,time,customer_id,sku,qty,price\n"
		     "1,13.01.2024,181700,a,X,1,10.00\n2,2024-01-16,81700,b,Y,1,10.00\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	assert_string_equal("2024-01-13 18:17", minute_of(r, 0));
	assert_string_equal("2024-01-16 08:17", minute_of(r, 1));
	rows_free(r);
	/* a --date-format that reads the digits itself takes them as written */
	r = load_csv("order_id,date,time,customer_id,sku,qty,price\n"
		     "1,20240113,181700,a,X,1,10.00\n2,20240116,0817,b,Y,1,10.00\n",
		     "%Y%m%d %H%M");
	assert_non_null(r);
	assert_int_equal(1, r->n);
	assert_string_equal("2024-01-16 08:17", minute_of(r, 0));
	rows_free(r);
}

/* t74 F2: a month's name whose month depends on the language (Croatian's listopad is October,
 * Polish's and Czech's November; lip June and July) is read in the header's language; under
 * a header of none of them, in Polish's sense with a warning that names the other. Croatian
 * writes a point after the year. */
static void test_month_sense_by_header(void **state)
{
	(void)state;
	static const char hr[] = "Broj ra\xC4\x8Duna;Datum;\xC5\xA0ifra kupca;\xC5\xA0ifra artikla;"
				 "Koli\xC4\x8Dina\n"
				 "1;3. listopada 2024.;K1;A1;1\n2;4. lip 2024.;K2;A1;1\n"
				 "3;5. studenoga 2024.;K3;A1;1\n";
	rr_rows *r = load_csv(hr, NULL);
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_string_equal("2024-10-03 00:00", minute_of(r, 0));
	assert_string_equal("2024-06-04 00:00", minute_of(r, 1));
	assert_string_equal("2024-11-05 00:00", minute_of(r, 2));
	assert_null(strstr(r->reading, "say the file's language"));
	rows_free(r);
	/* --date-format's %B reads it so too */
	r = load_csv(hr, "%e. %B %Y.");
	assert_non_null(r);
	assert_int_equal(3, r->n);
	assert_string_equal("2024-10-03 00:00", minute_of(r, 0));
	rows_free(r);
	static const char pl[] = "Nr;Data;Klient;Kod towaru;Ilo\xC5\x9B\xC4\x87\n"
				 "1;3 listopada 2024;K1;A1;1\n2;4 lip 2024;K2;A1;1\n";
	r = load_csv(pl, NULL);
	assert_non_null(r);
	assert_string_equal("2024-11-03 00:00", minute_of(r, 0));
	assert_string_equal("2024-07-04 00:00", minute_of(r, 1));
	assert_null(strstr(r->reading, "say the file's language"));
	rows_free(r);
	r = load_csv("Invoice,Date,Customer,SKU,Qty\n1,3 listopada 2024,K1,A1,1\n"
		     "2,4 listopada 2024,K1,A2,1\n", NULL);
	assert_non_null(r);
	assert_string_equal("2024-11-03 00:00", minute_of(r, 0));
	assert_non_null(strstr(r->reading, "warning: 2 dates name the month 'listopada' (the first "
					   "'3 listopada 2024'): read as November, its month in "
					   "Polish, but in Croatian it is October"));
	rows_free(r);
}

/* t76 F1: a header word two languages write (Artikl: Croatian and Czech) weighs for both, so
 * the Czech header's other names decide; under a header of neither, the column's other month
 * names decide (srpanj is Croatian alone: listopad is then October, said in a note; rijen is
 * Czech: November, unwarned); with none, the warning names --month-language, which decides. */
static void test_month_sense_by_months(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Faktura;Datum;Odb\xC4\x9Bratel;Artikl;Ks\n"
			      "1;3. \xC5\x99\xC3\xADjen 2024;K1;A1;1\n2;4. listopad 2024;K2;A1;1\n", NULL);
	assert_non_null(r);
	assert_string_equal("2024-10-03 00:00", minute_of(r, 0));
	assert_string_equal("2024-11-04 00:00", minute_of(r, 1));
	assert_null(strstr(r->reading, "the month 'listopad'"));
	rows_free(r);
	/* the same header with Artikl alone says no language: the other month, rijen, decides */
	r = load_csv("Faktura;Datum;Klient;Artikl;Ks2\n"
		     "1;4. listopad 2024;K2;A1;1\n2;3. rijen 2024;K1;A1;1\n", NULL);
	assert_non_null(r);
	assert_string_equal("2024-11-04 00:00", minute_of(r, 0));
	assert_null(strstr(r->reading, "the month 'listopad'"));
	rows_free(r);
	static const char hr[] = "Invoice;Date;Customer;Item;Qty\n"
				 "1;4. listopad 2024.;K1;A1;1\n2;5. srpanj 2024.;K2;A1;1\n"
				 "3;28. listopad 2024.;K2;A1;1\n";
	r = load_csv(hr, NULL);
	assert_non_null(r);
	assert_string_equal("2024-10-04 00:00", minute_of(r, 0));
	assert_string_equal("2024-07-05 00:00", minute_of(r, 1));
	assert_string_equal("2024-10-28 00:00", minute_of(r, 2));
	assert_non_null(strstr(r->reading, "note: 2 dates name the month 'listopad' (the first "
					   "'4. listopad 2024.'): read as October, its month in "
					   "Croatian, the language of the column's other month names"));
	assert_null(strstr(r->reading, "warning: 2 dates"));
	rows_free(r);
	static const char one[] = "Invoice;Date;Customer;Item;Qty\n1;4. listopad 2024.;K1;A1;1\n";
	r = load_csv(one, NULL);
	assert_non_null(r);
	assert_string_equal("2024-11-04 00:00", minute_of(r, 0));
	assert_non_null(strstr(r->reading, "if it is Croatian, load with --month-language hr"));
	rows_free(r);
	rr_ingest_opts o = {.month_language = "hr"};
	char *p = tu_write_temp_str(one);
	r = ingest_read(p, &o, NULL);
	tu_remove(p);
	assert_non_null(r);
	assert_string_equal("2024-10-04 00:00", minute_of(r, 0));
	assert_null(strstr(r->reading, "the month 'listopad'"));
	rows_free(r);
	/* every name that says a language is a month's */
	assert_true(date_month_lang_listed("srpanj"));
	assert_false(date_month_lang_listed("listopad"));
}

/* t76 F16: a weekday name in round or square brackets after the date or before it, a dot
 * after an abbreviation allowed, in English, German, Croatian and Polish; a bracket of a
 * word that is no weekday is no date. Each row is 2024-03-01, a Friday. */
static void test_weekday_bracketed(void **state)
{
	(void)state;
	static const char *const forms[] = {"2024-03-01 (Fri)", "2024-03-01 [Fri]",
					    "01.03.2024 (Fr)", "01.03.2024. (pet)",
					    "(pt.) 01.03.2024", "2024-03-01 (Fri) 14:14"};
	char text[200];
	for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
		snprintf(text, sizeof text, "Invoice;Date;Customer;Item;Qty\n1;%s;C1;A;1\n", forms[k]);
		rr_rows *r = load_csv(text, NULL);
		assert_non_null(r);
		if (r->n != 1 || strncmp(minute_of(r, 0), "2024-03-01", 10) != 0)
			fail_msg("'%s' read as %s", forms[k], r->n ? minute_of(r, 0) : "nothing");
		rows_free(r);
	}
	rr_rows *r = load_csv("Invoice;Date;Customer;Item;Qty\n1;2024-03-01 (Box);C1;A;1\n"
			      "2;2024-03-02;C1;A;1\n", NULL);
	assert_non_null(r);
	assert_int_equal(1, r->n);
	rows_free(r);
}

/* t74 F22: a Japanese or Korean weekday in brackets after the date (Excel's (aaa), the tills'
 * reports) is read past, a time after it kept; a bracket of something else is no weekday. */
static void test_cjk_weekday_after(void **state)
{
	(void)state;
	rr_rows *r = load_csv("Order No,Order Date,Customer ID,SKU,Qty,Price\n"
			      "1,2024/01/03(\xE6\xB0\xB4),C1,A,1,2\n"
			      "2,2024/01/04(\xE6\x9C\xA8) 14:14,C1,A,1,2\n"
			      "3,2024-01-05 (\xEA\xB8\x88),C1,A,1,2\n"
			      "4,2024/01/06\xEF\xBC\x88\xE5\x9C\x9F\xE6\x9B\x9C\xE6\x97\xA5\xEF\xBC\x89,C1,A,1,2\n"
			      "5,2024/01/07(X),C1,A,1,2\n", NULL);
	assert_non_null(r);
	assert_int_equal(4, r->n);
	assert_string_equal("2024-01-03 00:00", minute_of(r, 0));
	assert_string_equal("2024-01-04 14:14", minute_of(r, 1));
	assert_string_equal("2024-01-05 00:00", minute_of(r, 2));
	assert_string_equal("2024-01-06 00:00", minute_of(r, 3));
	rows_free(r);
}

/* t80 F24, F27: local long forms, each read to the day it names: Thai month names whole
 * and abbreviated (read alone, a year as written: a file's Buddhist-era years are the
 * shops suite's t80_wongnai_th), Thai's "o'clock" after a time, Arabic
 * Gregorian month names (Egypt's and the Levant's), Russian's year word after the year,
 * Vietnamese's words for day, month and year. */
static void test_local_long_dates(void **state)
{
	(void)state;
	static const struct { const char *s, *want; } ok[] = {
		{"20 \xE0\xB8\xA1\xE0\xB8\xB5\xE0\xB8\x99\xE0\xB8\xB2\xE0\xB8\x84\xE0\xB8\xA1 2024",
		 "2024-03-20 00:00"},   /* มีนาคม */
		{"20 \xE0\xB8\x95.\xE0\xB8\x84. 2024", "2024-10-20 00:00"},   /* ต.ค. */
		{"04/09/2024 17:02 \xE0\xB8\x99.", "2024-04-09 17:02"},   /* one date: month first */
		{"20 \xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2024", "2024-03-20 00:00"},   /* مارس */
		{"27 \xD8\xA3\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1 2024", "2024-10-27 00:00"},
		{"5 \xD8\xAA\xD8\xB4\xD8\xB1\xD9\x8A\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86"
		 "\xD9\x8A 2024", "2024-11-05 00:00"},   /* تشرين الثاني */
		{"20 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024 \xD0\xB3.", "2024-03-20 00:00"},
		{"20 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0",
		 "2024-03-20 00:00"},
		{"ng\xC3\xA0y 20 th\xC3\xA1ng 03 n\xC4\x83m 2024", "2024-03-20 00:00"},
		{"Ng\xC3\xA0y 5 th\xC3\xA1ng 3 n\xC4\x83m 2024 14:30", "2024-03-05 14:30"},
	};
	char buf[32];
	int32_t m;
	for (size_t k = 0; k < sizeof ok / sizeof *ok; k++) {
		if (date_read_one(ok[k].s, strlen(ok[k].s), &m) != 0)
			fail_msg("'%s' not read", ok[k].s);
		if (strcmp(ingest_format_minute(m, buf, sizeof buf), ok[k].want) != 0)
			fail_msg("'%s' read as %s, not %s", ok[k].s, buf, ok[k].want);
	}
	/* a word after the year that is no year word, a day word without its month word */
	static const char *const bad[] = {"20 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024 xx",
					  "ng\xC3\xA0y 20 03 n\xC4\x83m 2024", "17:02 \xE0\xB8\x99."};
	for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
		if (date_read_one(bad[k], strlen(bad[k]), &m) == 0)
			fail_msg("'%s' read as a date", bad[k]);
}

/* t80 F26: a file's Heisei dates past the era's end are read with a note that says so and
 * names the era's last day. */
static void test_past_era_note(void **state)
{
	(void)state;
	rr_rows *r = load_csv(PG "1,7,\xE5\xB9\xB3\xE6\x88\x90" "31\xE5\xB9\xB4" "4\xE6\x9C\x88"
			      "30\xE6\x97\xA5,SKU-1,1,1\n2,8,\xE5\xB9\xB3\xE6\x88\x90" "32\xE5\xB9\xB4"
			      "1\xE6\x9C\x88" "5\xE6\x97\xA5,SKU-2,1,1\n", NULL);
	assert_non_null(r);
	assert_int_equal(2, r->n);
	char buf[32];
	assert_string_equal("2020-01-05 00:00", ingest_format_minute(r->minute[1], buf, sizeof buf));
	if (!strstr(r->reading, "note: 1 date written in the Heisei era after its end "
			"(2019-04-30), the first '\xE5\xB9\xB3\xE6\x88\x90" "32"))
		fail_msg("%s", r->reading);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zone_abbreviations_read),
		cmocka_unit_test(test_zone_day_first_turn),
		cmocka_unit_test(test_zone_shared_refused),
		cmocka_unit_test(test_zone_shared_decided),
		cmocka_unit_test(test_zone_format),
		cmocka_unit_test(test_era_formats),
		cmocka_unit_test(test_era_hints),
		cmocka_unit_test(test_excel_1904_serials),
		cmocka_unit_test(test_serials_among_text_dates),
		cmocka_unit_test(test_calendar_named_dates),
		cmocka_unit_test(test_zone_year_first),
		cmocka_unit_test(test_zone_twice),
		cmocka_unit_test(test_man_lists_zones),
		cmocka_unit_test(test_last_day_held),
		cmocka_unit_test(test_database_defaults),
		cmocka_unit_test(test_db2_end_of_day_bounded),
		cmocka_unit_test(test_span_bounded),
		cmocka_unit_test(test_web_date_forms),
		cmocka_unit_test(test_web_date_forms_localised),
		cmocka_unit_test(test_date_with_year),
		cmocka_unit_test(test_yearless_loads),
		cmocka_unit_test(test_yearless_titles_and_rolls),
		cmocka_unit_test(test_day_moved_by_utc),
		cmocka_unit_test(test_day_moved_gmt_word),
		cmocka_unit_test(test_date_format_swapped),
		cmocka_unit_test(test_dotted_and_cjk_dates),
		cmocka_unit_test(test_era_bounds),
		cmocka_unit_test(test_local_long_dates),
		cmocka_unit_test(test_past_era_note),
		cmocka_unit_test(test_dates_summary_form),
		cmocka_unit_test(test_vietnamese_ampm),
		cmocka_unit_test(test_iso_ampm),
		cmocka_unit_test(test_repeated_date_text),
		cmocka_unit_test(test_time_digits),
		cmocka_unit_test(test_month_sense_by_header),
		cmocka_unit_test(test_month_sense_by_months),
		cmocka_unit_test(test_weekday_bracketed),
		cmocka_unit_test(test_cjk_weekday_after),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
