/* calendar.h — the calendars whose dates relrec reads (--calendar) or names (a date column
 * called "Date (E.C.)"), and their days (ingest's, not a public API).
 *
 * One table (calendar.c's CALENDARS) holds each calendar's --calendar name and aliases, the
 * words of a column name that say it, its description for messages and its rule: the
 * option's words (calendar_words), sniff_calendar_name, the load's messages and the man page
 * (a unit test holds it to the table) all come from it. A rule is arithmetic: the first day
 * of each year and the length of each month, in days since 1970-01-01 (proleptic Gregorian);
 * a calendar whose month lengths are published year by year (Bikram Sambat) has none, and is
 * named but not read. */
#ifndef RELREC_CALENDAR_H
#define RELREC_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

/* A month's name as a calendar's own dates write it, and its month (1..). */
typedef struct calendar_month {
	const char *name;           /* UTF-8, compared as textfold folds it; a blank inside
	                               ("\xD8\xB0\xD9\x88 \xD8\xA7\xD9\x84\xD8\xAD\xD8\xAC\xD8\xA9") is one blank */
	int month;
} calendar_month;

typedef struct calendar {
	const char *name;           /* --calendar's word ("solar-hijri") */
	const char *what;           /* in messages: "the Solar Hijri calendar's (Shamsi, ...)" */
	const char *const *words;   /* words of a date column's name that say it (NULL-ended) */
	int months;                 /* months of a year (13: the Ethiopian Pagume) */
	int64_t (*year_start)(int y);      /* days since 1970-01-01 of the year's first day; NULL:
	                                      no arithmetic rule */
	int (*month_days)(int y, int m);   /* month m's days in year y (1 <= m <= months) */
	int mean_year;              /* days of 10000 years, for a first guess of a day's year */
	int two_digit_literal;      /* a two-digit year is the year itself (Minguo's 99 is 2010),
	                               and a year-first date's year may have 1 to 3 digits */
	const char *year_digits;    /* the summary's name of a year-first date's year written
	                               short (two_digit_literal's 1 to 3 digits): "YYY", as in
	                               "YYY/MM/DD" for Minguo's 113/03/15; NULL: none is */
	int gregorian_months;       /* its months are Gregorian ones: a month's name reads */
	const char *caveat;         /* what the load's note adds of its rule, or NULL */
	const calendar_month *month_names; /* its own months' names ({NULL, 0} ends them), read
	                               under it alone; NULL: none (Gregorian months' names are
	                               csvdate.c's date_month_names) */
	const char *const *marks;   /* what its dates write after them to say their era (the
	                               Islamic one's \xD9\x87\xD9\x80, AH), or their year's word
	                               (Russian \xD0\xB3. and \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0, Gregorian's), NULL-ended, or NULL */
	int ahead;                  /* a calendar without a rule: its year y begins within
	                               Gregorian year y - ahead (Bikram Sambat's 2081 in April
	                               2024: 57), so a file's years can still name it; else 0 */
} calendar;

/* --calendar's words: each calendar's name, then its aliases, in the table's order; ends with
 * NULL. The load option's choices, its completion and its help. */
extern const char *const calendar_words[];
/* Those of calendars with a rule, the ones --calendar reads: what Tab offers and help lists
 * (calendar_words' others are refused, by name, t78 F17). */
extern const char *const calendar_read_words[];

/* The calendars without a rule (named, not read: Bikram Sambat) whose year y overlaps the
 * Gregorian years lo to hi, in the table's order: into out, up to max; their number. Years
 * read as Gregorian ones that land in the future name them (t80 F35: BS 2081 is 2024). */
int calendar_named_for_year(int y, int lo, int hi, const calendar **out, int max);
/* A month's name of a calendar's own at s[*i..n) (the Islamic calendar's Safar, Solar Hijri's
 * Tir; t80 F23), a whole word: its calendar, the month in *month, *i moved past it; NULL when
 * none is there. */
const calendar *calendar_month_at(const char *s, size_t n, size_t *i, int *month);
/* An era mark of a calendar (its marks) at s[*i..n), a whole word: its calendar, *i moved
 * past it; NULL when none. */
const calendar *calendar_mark_at(const char *s, size_t n, size_t *i);
/* The --calendar options (of calendars with a rule, not Gregorian) under which a year y
 * falls in 1900 to 2100, as "--calendar solar-hijri or --calendar islamic-civil" (for
 * 1403), into buf; their number. A rejected year names them. */
int calendar_options_for_year(int y, char *buf, size_t size);
/* The calendars other than except (NULL: none), in the table's order, that have a day y-m-d
 * as written falling in days lo to hi (since 1970-01-01): into out, up to max; their number.
 * The calendars that read a date the file holds as a plausible day name the way out of a
 * misread (the rejected years above, the dates in the future under another --calendar). */
int calendar_readers(const calendar *except, int y, int m, int d, int64_t lo, int64_t hi,
		     const calendar **out, int max);
/* The calendar a --calendar word names (a name or an alias, any case), or NULL. */
const calendar *calendar_lookup(const char *word);
/* The Gregorian calendar's entry: relrec's own, the default. */
const calendar *calendar_gregorian(void);
/* The table's entries in order, k from 0; NULL past the last. */
const calendar *calendar_at(int k);
/* The calendar a date column's name says (its words: "Date (E.C.)", "Tarikh (AH)"; compared
 * as sniff_calendar_name does), or NULL. */
const calendar *calendar_of_name(const char *name);

/* Day d of month m of year y of calendar c in days since 1970-01-01 into *days: 0, or -1 when
 * c has no such day (a 31 Esfand, a month 13 of a calendar of 12, a year before its 1 or past
 * 9999) or no rule. */
int calendar_to_days(const calendar *c, int y, int m, int d, int64_t *days);
/* The inverse: the year, month and day of c that day days (since 1970-01-01) is. c must have
 * a rule. */
void calendar_from_days(const calendar *c, int64_t days, int *y, int *m, int *d);
/* A two-digit year yy (0..99) read in c: its year itself when c says so (Minguo), else the
 * year of c ending in yy among the hundred from the one 1969-01-01 falls in, as POSIX's %y
 * reads Gregorian ones in 1969-2068 (the Thai 2512-2611, Solar Hijri 1347-1446). */
int calendar_year2(const calendar *c, int yy);

#endif
