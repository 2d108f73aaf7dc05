/* euro.h — the euro's adoptions inside a file: the one table of the currencies the euro
 * replaced (the day and the legal fixed rate the EU Council set), the check that finds one
 * in the prices (every item's price changes by the rate on that day), and --convert-currency's
 * conversion of the rows dated before the day. Never prints: the load's summary says it. */
#ifndef RELREC_EURO_H
#define RELREC_EURO_H

#include <stddef.h>
#include <stdint.h>

#include "rows.h"

typedef struct rr_euro_change {
	const char *code;        /* ISO 4217 code of the money the euro replaced: HRK */
	const char *country;     /* the country, in English: Croatia */
	const char *iso;         /* its ISO 3166 code: HR */
	const char *local;       /* its name in its language, in Latin letters: Hrvatska */
	int year, month, day;    /* the day the euro became its money */
	double rate;             /* the old money's units to one euro, fixed by law */
	int utc;                 /* the country's winter time east of UTC, in minutes (CET 60) */
} rr_euro_change;

/* The changeovers from the euro's coins (2002) on, {NULL} at the end. */
extern const rr_euro_change euro_changes[];
/* Their codes, NULL-ended, in the table's order: --convert-currency's choices. */
extern const char *const euro_change_codes[];

/* The codes joined with ", " into out[0..size), for a message naming them. */
void euro_codes_list(char *out, size_t size);
/* The changeover of code s[0..n) (any case), or NULL. */
const rr_euro_change *euro_change_of(const char *s, size_t n);
/* Does country value s (a country column's) name c's country: its ISO code (EL too for
 * Greece, its VAT prefix), its English or its own name, in any case? */
int euro_country_is(const rr_euro_change *c, const char *s);
/* Its day's first minute since 1970-01-01 (rows.h's minutes). */
int32_t euro_change_minute(const rr_euro_change *c);
/* The minute its day began in its country: euro_change_minute as written, or, for rows whose
 * minutes are UTC (utc: the file's times carried offsets), its country's midnight in UTC
 * (t82 F4: Croatia's 2023-01-01 00:00 +01:00 is 2022-12-31 23:00 UTC, a euro sale). */
int32_t euro_cut_minute(const rr_euro_change *c, int utc);

/* What euro_detect found: the changeover whose day the prices change on, by its rate. */
typedef struct rr_euro_found {
	const rr_euro_change *change;  /* NULL: none */
	size_t items;            /* items sold within EURO_WINDOW_DAYS on both sides of the day */
	size_t near;             /* of them, those whose own ratio is near the rate */
	double ratio;            /* the median of the items' ratios (price before / price after) */
	size_t before;           /* rows dated before the day */
} rr_euro_found;

/* The days each side of a changeover whose prices are compared: a quarter, so that a year's
 * inflation or a season's prices weigh little beside a change of the money. */
#define EURO_WINDOW_DAYS 92
/* The farthest a file's last sale before a changeover's day, or its first from it, may lie
 * for the check: the quarters compared are counted from them, and a year's inflation is
 * still small beside a change of the money. */
#define EURO_GAP_DAYS 366
/* The most the median may lie above the rate: the laws of each changeover converted prices
 * at the rate to the cent, and shops rounded up, not down; a fall by more is a sale (t82 F15:
 * half price, 2 = 1.0226 x BGN's 1.95583, read as Bulgaria's changeover). */
#define EURO_FALL_MAX 1.02
/* How much less than the rate the prices may fall (their new prices rounded up), where no
 * sale reaches: see euro.c's rise_floor. */
#define EURO_RISE 0.20
/* The deepest cut a sale or a clearance makes across a whole range: 75% off, prices 4 times
 * lower. */
#define EURO_SALE_FACTOR 4.0
/* The least items sold on both sides for a verdict: one or two items' prices may fall by any
 * factor (a clearance), a whole range's by one factor only when the money changed. */
#define EURO_MIN_ITEMS 3

/* Find in r's rows (purchases: quantity and price above 0) a changeover of the table whose
 * day falls inside the rows' dates, where the median over items of (median price in the
 * EURO_WINDOW_DAYS before the last sale before the day / median price in those from the
 * first sale from it) is from EURO_FALL_MAX above its rate to 5% below (20% below where no
 * sale's cut reaches that: prices rounded up on the day), and two thirds of the items' own
 * ratios within 10% above and 5% more below. Of the changeovers of one day, the one nearest the median. *out
 * is zeroed first. 0, or -1 with err_set when memory runs out. */
int euro_detect(const rr_rows *r, int utc, rr_euro_found *out);
/* euro_detect on the rows keep[i] selects (NULL: all), c's changeover alone (NULL: any): a
 * country's rows of a file of several (t82 F4: Croatia's kuna beside Slovenia's euro). */
int euro_detect_rows(const rr_rows *r, int utc, const uint8_t *keep, const rr_euro_change *c,
		     rr_euro_found *out);

/* A row's money, as its price's mark or a currency column says it, for euro_convert. */
enum { EURO_MONEY_UNSAID, EURO_MONEY_OLD, EURO_MONEY_EURO, EURO_MONEY_OTHER };

/* What euro_convert did. */
typedef struct rr_euro_conv {
	size_t converted;        /* rows divided by the rate */
	size_t old_late;         /* of them, rows of the old money by their own currency, dated
	                            from the day (the fortnight both moneys were paid in) */
	size_t euro_early;       /* rows dated before the day whose currency says EUR: left */
	size_t other;            /* rows of another money than the old one or EUR: left */
	size_t other_country;    /* rows of another country than the changeover's: left */
} rr_euro_conv;

/* Divide the unit price of r's rows of c's old money by c's rate (read in euro): a row whose
 * money[i] is said (EURO_MONEY_*) by it, one of no money said (or money NULL) by its date,
 * before c's day (euro_cut_minute, utc as there). */
void euro_convert(rr_rows *r, const rr_euro_change *c, const uint8_t *money, int utc,
		  rr_euro_conv *out);
/* euro_convert of the rows keep[i] selects (NULL: all): one country's of several; the
 * others are counted in out->other_country. */
void euro_convert_rows(rr_rows *r, const rr_euro_change *c, const uint8_t *money, int utc,
		       const uint8_t *keep, rr_euro_conv *out);

#endif
