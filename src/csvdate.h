/* csvdate.h — reading the date column of a transaction file (ingest's, not a public API).
 *
 * Either a --date-format (strftime-style directives, compiled once) or detection. Detection
 * reads ISO 8601 (a T or a blank before the time, seconds, fractions, Z or ±HH[:MM]
 * offsets or a zone abbreviation of date_zone_names, converted to UTC), YYYY/MM/DD, slashed or dotted dates with a year of four or two
 * digits (two as POSIX %y: 69-99 in the 1900s; A-B-YYYY too), times with AM/PM, after a blank
 * or a comma and a blank (a browser's "5/21/2023, 4:29:00 PM"; U+00A0 and U+202F count as
 * blanks wherever one may be; a zone after the time, converted to UTC, as PostgreSQL's
 * non-ISO DateStyles write "05.03.2023 14:22:10.123 CET"), dates with month names in English, German, French, Spanish,
 * Italian, Dutch or Portuguese (01-Dec-2010, Dec 1, 2010, an optional weekday and offset;
 * 21. Mai 2023, 15 de marzo de 2023, 15-mrt-2023; C's asctime layout "Sun Mar 05 14:22:10
 * 2023", a zone before or after the year; Oracle's DD-MON-RR, "01-MAR-11", a month in
 * capitals, its year by Oracle's RR rule, 00-49 the 2000s and 50-99 the 1900s, and its
 * TIMESTAMP "01-MAR-11 08.35.00.000000000 AM"), DB2's "2011-03-01-08.35.00.000000", YYYYMMDD and Unix time
 * (9-10 digits of seconds, 12-13 of milliseconds, 15-16 of microseconds or 18-19 of
 * nanoseconds, 1990 to 2100), Excel serial days
 * (five digits and a fraction: 40878.354, 1990 to 2100) and, in a column of nothing else,
 * day numbers (days since 1970-01-01, below Excel's range: 1 is 1970-01-02). Whether
 * 1/3/2023 is 3 January or 1 March cannot be told from one row, so the guess collects
 * evidence over every row and decides after the last: day first when some date reads only
 * that way, month first when some reads only the other way, an error when both happen, and
 * month first with a warning when every date reads both ways. Rows read before the
 * evidence are stored month first and remembered, and only those are turned when the
 * answer is day first: a file that says early what it is costs nothing extra.
 * A two-digit year may also come first (23/05/21, YY/MM/DD, is 2023-05-21): when every date
 * of a file reads that way too, the values decide, as no single row can. A year takes few
 * values (a file spans one or a few years) and stays the same from one date to the next,
 * a day takes many and changes with the date; so YY/MM/DD when the first field takes at most
 * a quarter as many values as the third, keeps its value on more of the changes of date,
 * and the third changes on most of them. When the values say neither that nor the opposite
 * (the third field taking at most a quarter as many values as the first), as with a file
 * of one or two dates, the reading stays D/M/YY or M/D/YY and a warning names the
 * --date-format that reads the year first. */
#ifndef RELREC_CSVDATE_H
#define RELREC_CSVDATE_H

#include <stddef.h>
#include <stdint.h>

/* A compiled --date-format. */
#define DATEFMT_MAX 64
typedef struct datefmt {
	char text[DATEFMT_MAX];     /* the format as given, checked */
	int has_zone;               /* it reads %z or %Z: dates are converted to UTC */
	int no_day;                 /* a year and a month only ("%Y-%m", a monthly export): each
	                               date is read as its month's first day, at midnight */
	int serial_epoch;           /* a named form of datefmt_words (csvdate.c): Excel's serial
	                               days, day 0 this many days before 1970-01-01; else 0 */
	const struct calendar *cal; /* --calendar: the year, month and day read are of this
	                               calendar (calendar.h), converted; NULL: Gregorian. Set
	                               after datefmt_compile; %j is then refused row by row */
	const char *lang;           /* the header's language (sniff_header_lang) or NULL: %b's
	                               sense of a name date_month_senses lists. Set after
	                               datefmt_compile */
} datefmt;

/* The directives --date-format knows, as the help, the man page's test and datefmt_compile
 * read them (%h, strftime's synonym of %b, is read too but not listed). Beside strftime's,
 * two years of calendars their systems always write (t53 F12): %J, the year less 1900 as JD
 * Edwards and IBM i write it (CYY: 124 is 2024, 99 or 099 is 1999; JDE's Julian CYYDDD is
 * %J%j), and %K, the year of the Republic of China as Taiwan writes it (民國: 113 is 2024,
 * the year less 1911). Either takes 1 to 3 digits, and glued to digits after it
 * (1130108, 99365) those the rest of the format reads fix its own. */
#define DATEFMT_DIRECTIVES "%Y %y %m %d %e %j %b %B %a %A %H %I %M %S %f %p %z %Z %T %F %J %K %%"

/* Does f read dates of --calendar c (NULL or Gregorian: any does)? A year directive of a
 * calendar (%K: Minguo's; %J: the Gregorian year less 1900) under its own calendar
 * (--calendar minguo with %K) reads the year once, as written, and the calendar converts it;
 * under another the year would be converted twice. Serial days (excel1900) and a day of the
 * year (%j) are Gregorian counts, under no other calendar. 0, or -1 with err_set naming the
 * --calendar to give or to leave out. */
int datefmt_calendar_check(const datefmt *f, const struct calendar *c);

/* What a named --date-format (excel1904) reads, for the load's summary; "" for a format of
 * directives. */
const char *datefmt_word_meaning(const datefmt *f);

/* Check fmt: a named form (excel1900, excel1904: Excel's serial days of its two date
 * systems, t56 F12), or DATEFMT_DIRECTIVES only, a year, a month and a day, or a year and a month
 * without a day or a time (no_day: read as the month's first day, t51 F4). 0, or -1 with
 * err_set. */
int datefmt_compile(datefmt *f, const char *fmt);
/* The --date-format that reads s (a date as the file writes it) when s is a year and a month
 * alone: "%Y-%m" for 2023-05, likewise "%Y/%m", "%Y.%m", "%m/%Y", "%m-%Y", "%m.%Y"; else NULL.
 * The load's warning offers it (t51 F4). */
const char *date_month_only_format(const char *s);
/* Calendars relrec reads only when told, by %J and %K (t53 F12): their dates are numbers
 * detection must not guess at (an id reads as 124010 too). date_era_of names the one date
 * s[0..n) is plainly written in: DATE_ERA_JDE for JD Edwards' Julian CYYDDD of the 2000s
 * (six digits, 1YYDDD, DDD 001 to 366), DATE_ERA_ROC for a Republic of China year NNN/MM/DD
 * (NNN 100 to 150, '/', '-' or '.' between, a time H:MM[:SS] after a blank or none),
 * DATE_ERA_ROC_COMPACT for the same glued, NNNMMDD (Taiwan's e-invoice date, 1130219; IBM
 * i's CYYMMDD is seven digits too, which the name says), with the --date-format that reads
 * it in fmt; else DATE_ERA_NONE. date_era_name says which in words, for messages. */
enum { DATE_ERA_NONE, DATE_ERA_JDE, DATE_ERA_ROC, DATE_ERA_ROC_COMPACT,
       /* IBM i's CYYMMDD (1240825 is 2024-08-25), named before Taiwan's when its first
        * digit is 0 or Minguo would put it past a year from now (t85 F20) */
       DATE_ERA_CYYMMDD };
int date_era_of(const char *s, size_t n, char *fmt, size_t size);
const char *date_era_name(int era);
/* A date without its year, day and month ("1 Mar", "01-Mar", "1.3.", "3/1", "Mar 1", a time
 * after a blank allowed), with year written in where a year goes ("1 Mar 2011", "3/1/2011")
 * into out (size bytes): its length when detection then reads it, else 0 (a date with its
 * year, or none). No --date-format reads such a date: a year must come from elsewhere, a
 * report's title or a Year column (t67 F17). */
size_t date_with_year(const char *s, size_t n, int year, char *out, size_t size);

/* Does s[0..n), which f did not read, read with f's day and month swapped (%d/%m/%Y given to
 * 1/25/2023)? 1 with that format in out, else 0. One such date proves the format reads
 * every date it did accept the wrong way round (t68 F19). */
int datefmt_swapped(const datefmt *f, const char *s, size_t n, char *out, size_t size);

/* Read s[0..n) with f: minutes since 1970-01-01 00:00 (UTC when the format has %z). 0 or -1. */
int datefmt_parse(const datefmt *f, const char *s, size_t n, int32_t *minute);

/* A month's name and its number (1..12), as date detection and %b read them: English, German,
 * French, Spanish, Italian, Dutch and Portuguese names and abbreviations, each meaning one
 * month only. date_month_names ends with {NULL, 0}. */
typedef struct date_month_name {
	const char *name;     /* lower case UTF-8 */
	int month;
} date_month_name;
extern const date_month_name date_month_names[];

/* A name of date_month_names that another language reads as another month (Croatian's
 * listopad, October, is Polish's and Czech's November), and that month: read so under a
 * header of that language (lang, an ISO 639-1 code: sniff_header_lang). Ends with
 * {NULL, NULL, 0}. */
typedef struct date_month_sense {
	const char *lang;
	const char *name;     /* as in date_month_names */
	int month;
	const char *language; /* lang in words, for messages ("Croatian") */
	const char *others;   /* the languages of date_month_names' sense ("Polish and Czech") */
} date_month_sense;
extern const date_month_sense date_month_senses[];
/* The languages date_month_senses reads a name of in their own sense, as --month-language
 * names them (ISO 639-1 codes). Ends with NULL. */
extern const char *const date_month_languages[];

/* A weekday's name and its number (1 Monday .. 7 Sunday), skipped before a date and by %a:
 * the same languages, whole and abbreviated ("Mo", "lun", "quarta-feira"). A name means one
 * day in every language; "mar" (Tuesday in French, Spanish and Italian) is March too, so a
 * date is first read without a weekday. date_weekday_names ends with {NULL, 0}. */
extern const date_month_name date_weekday_names[];

/* A time-zone abbreviation, as software writes one after a time from the tz database's names
 * (Clover's "05-Mar-2023 02:22 PM PST", PostgreSQL's "31.03.2023 23:30:00 CEST"): read by
 * detection, %z and %Z as its fixed offset, and converted to UTC. A name that common zones
 * share (CST: North America's Central and China's; IST: India's, Israel's and Ireland's) has
 * `clash` set and is not read alone: its date is rejected, and date_zone_trouble says why;
 * but the daylight name only one of its zones writes (`partner`: CDT, North America's) in the
 * same column says which it is there, and then it is read as that zone's (`decided`: CST as
 * UTC-6; the loader holds such dates until every row is in). The man page lists every name
 * (tests/unit/test_csvdate.c holds it to this table). Ends with {NULL, 0, NULL}. */
typedef struct date_zone_name {
	const char *name;     /* upper case, as written; matched whole and in that case only */
	int offset;           /* minutes east of UTC (a shared name: its first zone's) */
	const char *clash;    /* NULL, or the zones an ambiguous name stands for (for messages) */
	const char *partner;  /* a shared name: the name that decides it, or NULL */
	int decided;          /* its offset then, minutes east of UTC */
	const char *zone;     /* and that zone, for the load summary */
} date_zone_name;
extern const date_zone_name date_zone_names[];

/* The entry of date_zone_names a date s[0..n) ends in after its time (or before date(1)'s
 * year: "14:22:10 CST 2023"), its start in *at; NULL when it ends in no such name. */
const date_zone_name *date_zone_word(const char *s, size_t n, size_t *at);
/* The shared name that name z decides (CDT: CST), or NULL. */
const date_zone_name *date_zone_decides(const date_zone_name *z);
/* Date s[0..n), which ends in shared name z (at at), with z's decided offset for it
 * ("2024-03-09 23:30 -06:00") into out (size bytes): its length, or 0 when it does not fit. */
size_t date_zone_decided_text(const char *s, size_t n, const date_zone_name *z, size_t at,
			      char *out, size_t size);

/* Whether a date that no reading accepted ends in a zone word relrec cannot read: a name of
 * date_zone_names with a clash, or two to five capital letters after a time that name no
 * zone relrec knows. 1 with why and what to do in buf ("'CST' at its end is ..."), else 0.
 * path is the data file's, which the sed it suggests reads (rr_sed_load: a gzip file through
 * gzip -dc). */
int date_zone_trouble(const char *s, size_t n, const char *path, char *buf, size_t size);
/* Does s[0..n), which --date-format f did not read, end in a word where f ends in %p? 1 with
 * why and what to do in buf (NULL: not written), else 0: a word where the format has its AM
 * or PM is no time zone (t39 #14: Vietnamese CH was called one, even under %p). */
int date_ampm_trouble(const datefmt *f, const char *s, size_t n, const char *path, char *buf,
		      size_t size);

#define DATE_EXAMPLE 48   /* bytes of a row's date kept for messages */
#define DATE_YMD_FORMS 5  /* YYYY/MM/DD, YYYY.MM.DD, YYYY年M月D日, 令和5年..., R05.03.15 */

/* The detection's evidence for one reading of D/M versus M/D. */
typedef struct date_proof {
	uint64_t line;                 /* first line proving it, 0 = none */
	char text[DATE_EXAMPLE];       /* that line's date */
} date_proof;

/* A row whose D/M date was stored month first before the file said which, and the offset
 * its zone had: a turn is made on the date as written, the offset taken off after it. */
typedef struct date_pending {
	uint32_t row;
	int32_t off;                   /* minutes east of UTC; 0 without a zone */
} date_pending;

/* A row whose month's name date_month_senses reads otherwise in another language, and that
 * month: turned to it at the end when the column's other names say that language. */
typedef struct date_doubt {
	uint32_t row;
	int32_t off;                   /* minutes east of UTC; 0 without a zone */
	int32_t month;                 /* the other sense's month */
} date_doubt;

typedef struct date_guess {
	const datefmt *fmt;            /* --date-format, or NULL: detect */
	const struct calendar *cal;    /* --calendar: every date's year, month and day are of this
	                                  calendar (a two-digit year as calendar_year2 reads it),
	                                  converted to Gregorian; its day checked against its own
	                                  month's length. NULL (none given): Gregorian, but a year
	                                  of four digits from 2400 to 2700 is the Thai Buddhist
	                                  era's (no Gregorian data reaches it), counted in
	                                  n_buddhist. Set after date_guess_init */
	const struct calendar *era_auto; /* the Thai Buddhist era's, looked up once (a row's
	                                  date must not search the table) */
	size_t n_buddhist;             /* dates read so as Buddhist-era ones */
	char buddhist_first[DATE_EXAMPLE]; /* the first of them, as written */
	int32_t buddhist_first_minute; /* and as read (turned with the column, day first) */
	uint32_t buddhist_first_row;   /* its row */
	size_t n_fmt;                  /* dates read with fmt */
	size_t n_iso, n_iso_zone;      /* ISO dates; those with an offset (converted to UTC) */
	size_t n_ymd;                  /* YYYY/MM/DD dates, and the other year-first forms: */
	size_t n_ymd_form[DATE_YMD_FORMS]; /* of them, by form (csvdate.c's ymd_forms: the
	                                  summary names the one read, t57 F6) */
	char ymd_first[DATE_YMD_FORMS][DATE_EXAMPLE]; /* the first of each form, as written */
	int32_t ymd_first_minute[DATE_YMD_FORMS];     /* and as read */
	char fmt_first[DATE_EXAMPLE];  /* the first date fmt read, as written, and as read */
	int32_t fmt_first_minute;
	size_t n_dm, n_dm_time, n_dm_sec; /* slashed or dotted D/M or M/D dates; with a time;
	                                 with seconds */
	size_t n_dm_yy, n_dm_ampm;     /* those with a two-digit year; with AM/PM */
	size_t n_dm_comma;             /* with a comma between date and time */
	size_t n_dm_zone;              /* with a zone or offset after the time (to UTC) */
	/* could the year of those dates be first (YY/MM/DD)? */
	int ymd_out;                   /* some D/M date does not read year first */
	uint64_t seen_first[2], seen_third[2]; /* values (0..99) the 1st and 3rd fields take */
	int32_t prev_dm;               /* the last D/M date's fields, packed; -1 = none */
	size_t n_dm_change;            /* dates unlike the date before them */
	size_t n_same_first, n_same_third; /* of those, with the same 1st, 3rd field */
	size_t n_named, n_named_zone;  /* dates with month names; those with an offset */
	size_t n_named_rr;             /* those in Oracle's DD-MON-RR (its two-digit year rule) */
	size_t n_day_moved;            /* dates with an offset (ISO's, a month name's) whose day
	                                  in UTC is not the day written (t67 F27) */
	char day_moved_first[DATE_EXAMPLE]; /* the first of them, as written */
	int32_t day_moved_minute;      /* and as read, in UTC */
	int day_moved_off;             /* its offset, minutes east of UTC */
	int year_fill;                 /* the year of dates written without one (date_with_year),
	                                  or 0: they are rejected. The loader's: a title line's
	                                  year, or the row's Year column's, set before each row */
	char year_from[64];            /* where year_fill comes from, for the summary */
	size_t n_yearless;             /* dates read so */
	/* Year-less dates with their month's name, in file order under one title's year: a
	 * date that runs past December takes the next year (t71 F14: a financial year's Jan
	 * and Feb), once (csvdate.c's yearless_year says when). Reset when year_fill changes
	 * (a title further down). */
	int year_titled;               /* year_fill is a title's (the loader's, per row), which
	                                  a run past December rolls; a Year column's never */
	int roll_base;                 /* the year_fill the state below is of */
	int roll_add;                  /* 1 once the dates ran past December */
	int roll_prev;                 /* the last one's month * 32 + day; 0 = none */
	int roll_first;                /* the first one's, so */
	int roll_down;                 /* a date went back a month or more before any roll */
	size_t n_rolled;               /* dates read in the next year so */
	char rolled_first[DATE_EXAMPLE]; /* the first of them, as written */
	uint64_t rolled_line;          /* its line */
	uint64_t roll_doubt;           /* the line of the first date that went back after the
	                                  roll (its years cannot be told), or 0 */
	char roll_doubt_date[DATE_EXAMPLE]; /* that date, as written */
	char named_first[DATE_EXAMPLE];/* the first of them, for the summary */
	const char *lang;              /* the header's language (sniff_header_lang) or NULL: the
	                                  sense of a month name date_month_senses lists. Set
	                                  after date_guess_init */
	size_t n_month_doubt;          /* dates whose month's name lang did not decide (NULL),
	                                  read in date_month_names' sense */
	char month_doubt_first[DATE_EXAMPLE]; /* the first of them, as written */
	const date_month_name *month_doubt_word;  /* its name */
	const struct date_month_sense *month_doubt_sense; /* and its other sense */
	unsigned month_langs;          /* bit k: a date named its month by a name only
	                                  date_month_languages[k] writes (srpanj Croatian,
	                                  rijen Czech): the column's own evidence of its language */
	const void *month_lang_last;   /* the last name looked up so (rows repeat it) */
	date_doubt *doubt;             /* the n_month_doubt rows, to turn at the end */
	size_t n_doubt, cap_doubt;
	size_t n_month_turned;         /* set by date_guess_finish: doubtful dates read in the
	                                  other sense, the column's other names being of its
	                                  language alone */
	int month_settled;             /* set by date_guess_finish: the column's other names
	                                  said the table's sense (no warning) */
	size_t n_compact;              /* YYYYMMDD */
	size_t n_compact_time, n_compact_sec; /* of those, with a time; with its seconds */
	size_t n_epoch;                /* Unix time */
	size_t n_epoch_unit[4];        /* those in seconds, ms, µs, ns */
	size_t n_serial;               /* Excel serial days */
	size_t n_week;                 /* ISO 8601 week dates (2023-W21-3) */
	size_t n_daynum;               /* day numbers (days since 1970-01-01) */
	int daynum_lo, daynum_hi;      /* the smallest and largest of them */
	unsigned daynum_mmdd;          /* bit m: a day number reads as MMDD of month m (m 1..12,
	                                  the day 01..31); bit 0: one does not */
	unsigned daynum_ddmm;          /* bit m: one reads as DDMM (DMM) of month m, DATEV's
	                                  Belegdatum; bit 0: one does not */
	char dm_sep;                   /* '/', '.' or '-', of the first such date */
	int max_first, max_second;     /* largest first and second field of those dates */
	date_proof day_first, month_first;
	date_pending *pending;         /* rows stored month first before any proof */
	size_t n_pending, cap_pending;
	int oom;                       /* pending (or zoff) could not grow */
	int16_t *zoff;                 /* [n_zoff] each D/M row's offset, once one has a zone
	                                  (turning dates year first needs each as written) */
	size_t n_zoff, cap_zoff;
	struct date_memo *memo;        /* the last text read and what it says (csvdate.c's):
	                                  an order's lines repeat its date, read once (owned) */
	/* Excel serial days among D/M text dates (a D/M file through an M/D Excel, t56 F5) */
	uint32_t *serial_row;          /* [n_serial_row] the rows read as serial days */
	size_t n_serial_row, cap_serial_row;
	date_proof serial_first;       /* the first of them */
	int serial_day_over12;         /* one of them reads a day past 12 */
	size_t n_dm_both;              /* D/M dates that read both ways */
	size_t n_past_era;             /* Japanese era dates after their era's end (t80 F26) */
	char past_era_first[DATE_EXAMPLE]; /* the first of them, as written */
	int32_t past_era_minute;       /* and as read */
	int past_era;                  /* its era, 1 + csvdate.c's index */
	uint32_t dm_vals[2];           /* bit v: a D/M date's 1st (2nd) field is v (1..31) */
	int dm_year_lo, dm_year_hi;    /* the smallest and largest year of those dates */
	int serials_swapped;           /* set by date_guess_finish: their day and month swapped */
	int decided_day_first;         /* set by date_guess_finish */
	int dm_why;                    /* set by date_guess_finish, when every date read both
	                                  ways: what decided the order (csvdate.c's DM_BY_*) */
	int decided_year_first;        /* set by date_guess_finish: YY/MM/DD */
} date_guess;

/* fmt may be NULL (detect). date_guess_free releases the pending list. */
void date_guess_init(date_guess *g, const datefmt *fmt);
void date_guess_free(date_guess *g);
/* Read one row's date (row: the index the row will have; line: its line for messages).
 * 0 with *minute set (provisionally month first when undecided), -1 when the date cannot
 * be read either way (the row is rejected), -2 out of memory. */
int date_guess_read(date_guess *g, const char *s, size_t n, uint64_t line, uint32_t row,
		    int32_t *minute);
/* Why g rejected the date s[0..n): DATE_WHY_FORM, no form it reads (its --date-format's,
 * or one detection reads under its --calendar); DATE_WHY_NO_DAY, of such a form, but no day
 * of the calendar (31/02, a 31 Esfand); DATE_WHY_BEYOND, a day of the calendar outside the
 * days relrec holds (RR_DATES_HELD: 2024 of the Thai era is 1481); DATE_WHY_OTHER, a day
 * held, refused for another part (a time 25:61); DATE_WHY_GREGORIAN, a form detection reads
 * as Gregorian only (serial days, Unix time, week dates, month names of another calendar's
 * months), under a --calendar; DATE_WHY_OWN, a form whose month's name or era mark is
 * another calendar's own (date_form_calendar). */
enum { DATE_WHY_FORM, DATE_WHY_NO_DAY, DATE_WHY_BEYOND, DATE_WHY_OTHER, DATE_WHY_GREGORIAN,
       DATE_WHY_OWN };
int date_guess_rejection(const date_guess *g, const char *s, size_t n);
/* The calendar date s[0..n) says it is of by a month's name or an era mark of that
 * calendar's own (5 Safar 1446, 31 Tir 1403, 1445/11/09 followed by the Hijri mark: t80
 * F23), which detection reads under that --calendar alone; NULL when it says none (or g has
 * a --date-format). */
const struct calendar *date_form_calendar(const date_guess *g, const char *s, size_t n);
/* After the last row: decide, turn the pending rows of minute[] when day first. 0, or -1
 * with err_set ("PATH: dates read both ways: ..."). */
int date_guess_finish(date_guess *g, const char *path, int32_t *minute);
/* What was read, for the load summary: "M/D/YYYY H:MM (month first: 2nd field up to 31)",
 * "ISO 8601 with offsets, converted to UTC", ... Into buf. */
void date_guess_describe(const date_guess *g, char *buf, size_t size);
/* Dates read so far, of every kind. */
size_t date_guess_count(const date_guess *g);
/* Of those, the ones detection read from a bare number (YYYYMMDD, Unix time, Excel serial
 * days, day numbers): an id, a count or a price may read so too, so they tell nothing of a
 * column whose name does not say it is the date. 0 with a --date-format. */
size_t date_guess_numbers(const date_guess *g);
/* Are the dates, all day numbers, month and day without a year (MMDD, Tmall's time_stamp
 * 511..1111): 3 or 4 digits, the last two never past 31, the rest never past 12, over two
 * months or more? A day index crossing a hundred has 32 to 99 after it. 1 or 0. */
int date_guess_mmdd(const date_guess *g);
/* Does the date s[0..n), rejected, hold between its digits a word of two letters or more
 * that no month or weekday name is (3 Μαΐ 2023, in a language the tables lack; t42 F12: no
 * --date-format reads it either)? Zones and AM/PM marks in capitals, and CJK or Thai words,
 * are not counted. 1 with the word in word[0..size), else 0. */
int date_unknown_month(const char *s, size_t n, char *word, size_t size);
/* Are the dates, all day numbers, day and month without a year (DDMM or DMM, DATEV's
 * Belegdatum: 0301 is 3 January, its year in the file's first line; t42 F4): the first two
 * digits never past 31, the last two 01 to 12? The months they fall in (1 to 12), or 0. */
int date_guess_ddmm(const date_guess *g);
/* 1 when every D/M date read both ways (month first was chosen, or day first for dotted
 * dates): warn with the option. */
int date_guess_ambiguous(const date_guess *g);
/* Dates of a Japanese era written after the era's end, read with its years counted on
 * (平成31年9月6日 is 2019-09-06): the note, with the first and the era's end, into buf; 1,
 * or 0 when there are none. */
int date_guess_past_era(const date_guess *g, char *buf, size_t size);
/* After date_guess_finish: the --date-format that reads this file's D/M dates the other way
 * round from the one chosen ("%d/%m/%Y %H:%M" when month first was). */
void date_guess_other_format(const date_guess *g, char *buf, size_t size);
/* After date_guess_finish: 1 when every D/M date also reads year first (YY/MM/DD) and the
 * values did not decide: warn with the --date-format that reads them so ("%y/%m/%d %H:%M"),
 * into buf. */
int date_guess_year_first_doubt(const date_guess *g, char *buf, size_t size);
/* After the last row: 1 when some dates named their month by a name date_month_senses lists
 * and the header's language did not say which sense (date_guess.lang NULL): the warning,
 * with the month read and the other, into buf. Else 0. */
int date_guess_month_doubt(const date_guess *g, char *buf, size_t size);
/* After date_guess_finish: 1 when those dates were read in their other sense, the column's
 * other month names being of that language alone (t76 F1): the note into buf. Else 0. */
int date_guess_month_turned(const date_guess *g, char *buf, size_t size);
/* Whether name (lower case, as in date_month_names) is one that says its language among
 * date_month_languages' (for the tests). */
int date_month_lang_listed(const char *name);
/* After date_guess_finish: 1 when the column mixes Excel serial days with D/M or M/D text
 * dates, as a file opened in a spreadsheet that reads the other order leaves it (the dates
 * that read both ways made serials, day and month swapped; the others left as text): the
 * warning into buf, which says whether the serials were turned back (serials_swapped: each
 * text date reads one way only, each serial's day is 12 or less) or may be swapped. */
int date_guess_serial_mix(const date_guess *g, char *buf, size_t size);

/* A time column's value written in digits only, as a number column keeps a time: HHMM
 * without the colon or the leading zeros (1631; 945, and 45, 5 and 0 for 00:45, 00:05 and
 * midnight: Dunnhumby's TRANS_TIME) and HHMMSS (181700: SAP Customer Checkout's Time; 81700
 * once the leading zero is lost) as "HH:MM" or "HH:MM:SS" into out (DATE_TIME_DIGITS
 * bytes), the form every date form reads after its date. Its length, or 0 when s is no such
 * time (2561, 246000, 12:30: the caller joins it to the date as written, where a bad one
 * refuses the row). Five digits are HMMSS, never HHMM with a digit too many: a time column
 * holds one form. */
enum { DATE_TIME_DIGITS = 9 };
size_t date_time_digits(const char *s, size_t n, char *out);
/* A time column's value that is seconds after midnight (0 to 86399: Dynamics AX's
 * TRANSTIME, 62160 for 17:16:00) as "HH:MM:SS" into out (DATE_TIME_DIGITS bytes); its length
 * 8, or 0 when s is no such number. Whether a column holds such seconds is the caller's
 * question (date_time_digits reads the same digits as HHMMSS). */
size_t date_time_seconds(const char *s, size_t n, char *out);
/* Whether format f reads a time written in digits only (%H%M, %I%M): then a time column's
 * digits are joined to the date as written, for f to read. */
int datefmt_digit_time(const datefmt *f);

/* One date without a file's evidence: any form detection reads, A/B/YYYY or A.B.YYYY month
 * first (the UCI files' form). 0 or -1. */
int date_read_one(const char *s, size_t n, int32_t *minute);
/* A day typed in a command (filter since, --cutoff), named what in messages: YYYY-MM-DD, and
 * the forms that read one way only (YYYY/MM/DD, YYYYMMDD, month names), at midnight. Not
 * D/M/Y or M/D/Y, whose reading a file's other rows decide (the message gives both), nor a
 * time of day, which the day shown could not say. 0, or -1 with err_set. */
int date_read_day(const char *s, const char *what, int32_t *minute);
/* Whether the session's dates are day numbers (on 1) or not (0, the start): then a bare number
 * typed as a day is still refused, but the message gives the day it is in those dates
 * ("day 600 is 1971-08-24"). The loads set it, for the command parser has no session. */
void date_day_numbers_loaded(int on);

/* Calendar arithmetic (proleptic Gregorian). */
int64_t date_days_from_civil(int64_t y, int m, int d);
void date_civil_from_days(int64_t days, int *y, int *m, int *d);
/* The day a minute since the epoch falls on (days since 1970-01-01, rounded down before 1970
 * too). */
int64_t date_floor_day(int64_t minute);
int date_days_in_month(int y, int m);
/* The days relrec holds: 1900-01-01 to 6053-01-22, the last whole day of an int32_t of
 * minutes since 1970 (RR_LAST_DAY, in days since 1970). Its midnight after still fits, for
 * `filter until`; and no row sits on INT32_MAX, the "no bound" of filters and spans (t40 #3:
 * a row at 6053-01-23 02:07, the last minute, was outside every filter, in no count).
 * RR_DATES_HELD says the same in words, for messages (a unit test checks it agrees). */
#define RR_LAST_DAY (INT32_MAX / 1440 - 1)
#define RR_LAST_YEAR 6053
#define RR_DATES_HELD "1900-01-01 to 6053-01-22"
/* Minutes since the epoch from checked parts (offset: minutes east of UTC). 0, or -1 when
 * out of range (years 1900..9999, real days, 00:00..23:59:59, within RR_DATES_HELD). */
int date_minute(int y, int mo, int d, int h, int mi, int sec, int offset, int32_t *minute);
/* The years from which no --calendar reads a date of four digits as the Thai Buddhist era's
 * (date_guess.cal). */
#define DATE_BUDDHIST_FROM 2400
#define DATE_BUDDHIST_TO 2700
/* Rejected years from which the load's warning names --calendar solar-hijri and
 * islamic-civil: Solar Hijri's 1300 to 1500 are 1921 to 2122, the Islamic calendar's 1882 to
 * 2077; the two overlap (1403 and 1445 are both 2024), so neither is guessed. */
#define DATE_HIJRI_FROM 1300
#define DATE_HIJRI_TO 1500

#endif
