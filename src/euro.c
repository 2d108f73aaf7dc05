/* euro.c — the euro's adoptions: the table, their detection in the prices, the conversion. */
#include "euro.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvdate.h"
#include "err.h"

/* The one table of changeovers (Council Regulations fixing each rate; the days the euro became
 * the money in the shops): the struct table and --convert-currency's list of codes both come
 * from it. The first eleven fixed their rates on 1998-12-31 and Greece on 2000-06-19, but
 * their shops priced in the old money until the euro's notes and coins of 2002-01-01 (Greece
 * joined on 2001-01-01 and its cash came that day too), so a shop's file changes money then.
 * The offset is the country's winter time east of UTC, in minutes: its shops' midnight. The
 * country is named by its ISO 3166 code, in English and in its own language (Latin letters),
 * as a file's country column writes it (euro_country_is). */
#define EURO_CHANGES(X) \
	X("ATS", "Austria", "AT", "\xC3\x96sterreich", 2002, 1, 1, 13.7603, 60) \
	X("BEF", "Belgium", "BE", "Belgi\xC3\xAB", 2002, 1, 1, 40.3399, 60) \
	X("DEM", "Germany", "DE", "Deutschland", 2002, 1, 1, 1.95583, 60) \
	X("ESP", "Spain", "ES", "Espa\xC3\xB1" "a", 2002, 1, 1, 166.386, 60) \
	X("FIM", "Finland", "FI", "Suomi", 2002, 1, 1, 5.94573, 120) \
	X("FRF", "France", "FR", "France", 2002, 1, 1, 6.55957, 60) \
	X("GRD", "Greece", "GR", "Hellas", 2002, 1, 1, 340.750, 120) \
	X("IEP", "Ireland", "IE", "\xC3\x89ire", 2002, 1, 1, 0.787564, 0) \
	X("ITL", "Italy", "IT", "Italia", 2002, 1, 1, 1936.27, 60) \
	X("LUF", "Luxembourg", "LU", "L\xC3\xABtzebuerg", 2002, 1, 1, 40.3399, 60) \
	X("NLG", "the Netherlands", "NL", "Nederland", 2002, 1, 1, 2.20371, 60) \
	X("PTE", "Portugal", "PT", "Portugal", 2002, 1, 1, 200.482, 0) \
	X("SIT", "Slovenia", "SI", "Slovenija", 2007, 1, 1, 239.640, 60) \
	X("CYP", "Cyprus", "CY", "Kypros", 2008, 1, 1, 0.585274, 120) \
	X("MTL", "Malta", "MT", "Malta", 2008, 1, 1, 0.429300, 60) \
	X("SKK", "Slovakia", "SK", "Slovensko", 2009, 1, 1, 30.1260, 60) \
	X("EEK", "Estonia", "EE", "Eesti", 2011, 1, 1, 15.6466, 120) \
	X("LVL", "Latvia", "LV", "Latvija", 2014, 1, 1, 0.702804, 120) \
	X("LTL", "Lithuania", "LT", "Lietuva", 2015, 1, 1, 3.45280, 120) \
	X("HRK", "Croatia", "HR", "Hrvatska", 2023, 1, 1, 7.53450, 60) \
	X("BGN", "Bulgaria", "BG", "Bulgaria", 2026, 1, 1, 1.95583, 120)
#define EURO_ROW(code, country, iso, local, y, m, d, rate, utc) \
	{code, country, iso, local, y, m, d, rate, utc},
#define EURO_CODE(code, country, iso, local, y, m, d, rate, utc) code,

const rr_euro_change euro_changes[] = {EURO_CHANGES(EURO_ROW) {NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0}};
const char *const euro_change_codes[] = {EURO_CHANGES(EURO_CODE) NULL};

void euro_codes_list(char *out, size_t size)
{
	size_t o = 0;
	if (size)
		out[0] = '\0';
	for (const rr_euro_change *c = euro_changes; c->code && o < size; c++) {
		int k = snprintf(out + o, size - o, "%s%s", o ? ", " : "", c->code);
		o += k > 0 ? (size_t)k : 0;
	}
}

const rr_euro_change *euro_change_of(const char *s, size_t n)
{
	for (const rr_euro_change *c = euro_changes; c->code; c++) {
		size_t k = 0;
		while (k < n && c->code[k] && (s[k] & ~0x20) == c->code[k])
			k++;
		if (k == n && !c->code[k])
			return c;
	}
	return NULL;
}

/* s equals t, ASCII letters in any case. */
static int same_fold(const char *s, const char *t)
{
	for (; *s && *t; s++, t++)
		if (*s != *t && !((*s | 0x20) == (*t | 0x20) && (*s | 0x20) >= 'a' && (*s | 0x20) <= 'z'))
			return 0;
	return !*s && !*t;
}

int euro_country_is(const rr_euro_change *c, const char *s)
{
	return same_fold(s, c->iso) || same_fold(s, c->country) || same_fold(s, c->local) ||
	       (strcmp(c->iso, "GR") == 0 && same_fold(s, "EL"));
}

int32_t euro_change_minute(const rr_euro_change *c)
{
	return (int32_t)(date_days_from_civil(c->year, c->month, c->day) * 1440);
}

int32_t euro_cut_minute(const rr_euro_change *c, int utc)
{
	return euro_change_minute(c) - (utc ? c->utc : 0);
}

/* A purchase's price near a changeover: its item, its side (0 before the day, 1 from it). */
typedef struct euro_obs {
	uint32_t item;
	int side;
	double price;
} euro_obs;

static int dbl_cmp(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return (a > b) - (a < b);
}

/* Prices p[0..n) in ascending order: insertion below 16, as a group is mostly a few. */
static void prices_sort(double *p, size_t n)
{
	if (n > 16) {
		qsort(p, n, sizeof *p, dbl_cmp);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		double v = p[i];
		size_t j = i;
		for (; j && p[j - 1] > v; j--)
			p[j] = p[j - 1];
		p[j] = v;
	}
}

/* The window's purchases o[0..n) ordered by item, then side, then price: a counting sort on
 * (item, side) and each group's prices sorted apart. One qsort of the whole window with a
 * three-key comparison was a fiftieth of loading the bundled file (its dates cross the
 * kroon's changeover). 0, or -1 out of memory. */
static int obs_sort(euro_obs *o, size_t n)
{
	uint32_t top = 0;
	for (size_t i = 0; i < n; i++)
		top = o[i].item > top ? o[i].item : top;
	size_t keys = 2 * ((size_t)top + 1);
	size_t *at = calloc(keys + 1, sizeof *at);
	euro_obs *t = malloc(n * sizeof *t);
	double *p = malloc(n * sizeof *p);
	if (!at || !t || !p) {
		free(at);
		free(t);
		free(p);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		at[2 * (size_t)o[i].item + (size_t)o[i].side + 1]++;
	for (size_t k = 0; k < keys; k++)
		at[k + 1] += at[k];
	for (size_t i = 0; i < n; i++)
		t[at[2 * (size_t)o[i].item + (size_t)o[i].side]++] = o[i];
	for (size_t i = 0, j; i < n; i = j) {   /* each (item, side) group's prices */
		for (j = i; j < n && t[j].item == t[i].item && t[j].side == t[i].side; j++)
			p[j - i] = t[j].price;
		prices_sort(p, j - i);
		for (size_t k = i; k < j; k++)
			t[k].price = p[k - i];
	}
	memcpy(o, t, n * sizeof *o);
	free(at);
	free(t);
	free(p);
	return 0;
}

/* The median of the sorted o[0..n) prices (n > 0). */
static double obs_median(const euro_obs *o, size_t n)
{
	return n % 2 ? o[n / 2].price : (o[n / 2 - 1].price + o[n / 2].price) / 2;
}

/* Each item's ratio (median before / median from the day) into ratio[], from o[0..n) sorted by
 * item and side; returns how many items were sold on both sides. */
static size_t item_ratios(const euro_obs *o, size_t n, double *ratio)
{
	size_t items = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i, b;
		while (j < n && o[j].item == o[i].item)
			j++;
		for (b = i; b < j && o[b].side == 0; b++)
			;
		if (b > i && b < j)
			ratio[items++] = obs_median(o + i, b - i) / obs_median(o + b, j - b);
		i = j;
	}
	return items;
}

/* Whether r's row i is a purchase dated in [from, to), one keep selects (NULL: any). */
static int in_window(const rr_rows *r, const uint8_t *keep, size_t i, int64_t from, int64_t to)
{
	return (!keep || keep[i]) && r->qty[i] > 0 && r->price[i] > 0 && r->minute[i] >= from &&
	       r->minute[i] < to;
}

/* The lowest median ratio, as a share of c's rate, that still reads as c's changeover. Shops
 * rounded their new prices up on the day (t82 F1: kuna / 7.5345 x 1.07 up to .x9, a median
 * 7.02), so the prices fall by less than the rate: 20% less is allowed where no sale or
 * clearance reaches it, a fall by more than EURO_SALE_FACTOR, or a rate below 1 (the new
 * prices are written larger; rounding up moves them away from an unchanged price). At
 * BGN's and DEM's 1.96 and LTL's 3.45 a January sale of a half or two thirds off would
 * match: there, 5% as above. */
static double rise_floor(const rr_euro_change *c)
{
	return c->rate < 1 || c->rate * (1 - EURO_RISE) > EURO_SALE_FACTOR ? 1 - EURO_RISE : 0.95;
}

/* Whether the prices of o[0..n) (sorted) change by c's rate: euro_detect's rule, into *out. */
static int change_check(const rr_euro_change *c, const euro_obs *o, size_t n, double *ratio,
			rr_euro_found *out)
{
	size_t items = item_ratios(o, n, ratio), near = 0;
	double floor = rise_floor(c);
	if (items < EURO_MIN_ITEMS)
		return 0;
	for (size_t k = 0; k < items; k++)
		near += ratio[k] / c->rate >= floor - 0.05 && ratio[k] / c->rate <= 1.10;
	qsort(ratio, items, sizeof *ratio, dbl_cmp);
	double med = items % 2 ? ratio[items / 2] : (ratio[items / 2 - 1] + ratio[items / 2]) / 2;
	if (med / c->rate < floor || med / c->rate > EURO_FALL_MAX || near * 3 < items * 2)
		return 0;
	*out = (rr_euro_found){.change = c, .items = items, .near = near, .ratio = med};
	return 1;
}

/* The window of c's check on r's rows: a quarter before the last purchase dated before the
 * day and a quarter from the first one dated from it (t82 F1: two half-year exports, a
 * spring and summer on each side of the day, left none within a quarter of it), each of
 * them within EURO_GAP_DAYS of the day. 1 with [*from, *to), 0 when a side has none. */
static int change_window(const rr_rows *r, const uint8_t *keep, int64_t day, int64_t *from,
			 int64_t *to)
{
	int64_t gap = (int64_t)EURO_GAP_DAYS * 1440, last = day - gap - 1, first = day + gap;
	for (size_t i = 0; i < r->n; i++) {
		if (!in_window(r, keep, i, day - gap, day + gap))
			continue;
		if (r->minute[i] < day && r->minute[i] > last)
			last = r->minute[i];
		if (r->minute[i] >= day && r->minute[i] < first)
			first = r->minute[i];
	}
	if (last < day - gap || first >= day + gap)
		return 0;
	*from = last + 1 - (int64_t)EURO_WINDOW_DAYS * 1440;
	*to = first + (int64_t)EURO_WINDOW_DAYS * 1440;
	return 1;
}

/* c's check on r's rows near its day: only those rows are held (a quarter each side, not the
 * file). 1 found, 0 not, -1 with err_set. */
static int change_near(const rr_rows *r, const uint8_t *keep, const rr_euro_change *c, int utc,
		       rr_euro_found *out)
{
	int64_t day = euro_cut_minute(c, utc), from, to;
	size_t n = 0, k = 0;
	if (!change_window(r, keep, day, &from, &to))
		return 0;
	for (size_t i = 0; i < r->n; i++)
		n += in_window(r, keep, i, from, to);
	if (n < 2 * EURO_MIN_ITEMS)
		return 0;
	euro_obs *o = calloc(n, sizeof *o);
	double *ratio = calloc(n, sizeof *ratio);
	if (!o || !ratio) {
		free(o);
		free(ratio);
		return err_set("out of memory checking the prices for a change of currency");
	}
	for (size_t i = 0; i < r->n; i++)
		if (in_window(r, keep, i, from, to))
			o[k++] = (euro_obs){r->item[i], r->minute[i] >= day, r->price[i]};
	int found = obs_sort(o, n) ? err_set("out of memory checking the prices for a change of currency")
				   : change_check(c, o, n, ratio, out);
	free(o);
	free(ratio);
	for (size_t i = 0; found && i < r->n; i++)
		out->before += (!keep || keep[i]) && r->minute[i] < day;
	return found;
}

int euro_detect(const rr_rows *r, int utc, rr_euro_found *out)
{
	return euro_detect_rows(r, utc, NULL, NULL, out);
}

int euro_detect_rows(const rr_rows *r, int utc, const uint8_t *keep, const rr_euro_change *only,
		     rr_euro_found *out)
{
	memset(out, 0, sizeof *out);
	if (r->n < 2 * EURO_MIN_ITEMS || r->no_price)
		return 0;
	int32_t lo = INT32_MAX, hi = INT32_MIN;
	for (size_t i = 0; i < r->n; i++) {
		if (keep && !keep[i])
			continue;
		lo = r->minute[i] < lo ? r->minute[i] : lo;
		hi = r->minute[i] > hi ? r->minute[i] : hi;
	}
	/* Twelve moneys changed on 2002-01-01: of those whose rate the prices fit, the one
	 * nearest the median ratio (BEF and LUF share theirs: the first, the same conversion) */
	for (const rr_euro_change *c = euro_changes; c->code; c++) {
		int32_t day = euro_cut_minute(c, utc);
		rr_euro_found f = {0};
		if (lo >= day || hi < day || (only && c != only))   /* the dates do not cross it */
			continue;
		int found = change_near(r, keep, c, utc, &f);
		if (found < 0)
			return -1;
		if (found && (!out->change || fabs(log(f.ratio / c->rate)) <
					      fabs(log(out->ratio / out->change->rate))))
			*out = f;
	}
	return 0;
}

void euro_convert(rr_rows *r, const rr_euro_change *c, const uint8_t *money, int utc,
		  rr_euro_conv *out)
{
	euro_convert_rows(r, c, money, utc, NULL, out);
}

void euro_convert_rows(rr_rows *r, const rr_euro_change *c, const uint8_t *money, int utc,
		       const uint8_t *keep, rr_euro_conv *out)
{
	int32_t cut = euro_cut_minute(c, utc);
	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < r->n; i++) {
		int m = money ? money[i] : EURO_MONEY_UNSAID, early = r->minute[i] < cut;
		if (keep && !keep[i]) {
			out->other_country++;
			continue;
		}
		if (m == EURO_MONEY_OLD || (m == EURO_MONEY_UNSAID && early)) {
			r->price[i] /= c->rate;
			out->converted++;
			out->old_late += !early;
		} else {
			out->euro_early += m == EURO_MONEY_EURO && early;
			out->other += m == EURO_MONEY_OTHER;
		}
	}
}
