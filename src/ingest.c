/* ingest.c — transaction CSVs → rr_rows.
 *
 * Three threads share a load. The source's reader (csvsource.h) reads, inflates and
 * converts to UTF-8; this thread runs libcsv over each buffer, copying a record's fields
 * into one buffer; a row builder converts, checks and interns them, so hashing overlaps
 * parsing. The header line decides the separator and the columns (csvsniff.h); the date
 * reading and a decimal comma are decided after the last row (csvdate.h), and everything
 * decided is written into rows->reading for the load summary. Line numbers count physical
 * lines (CSV_REPALL_NL reports every CR and LF). */
#include "ingest.h"

#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>

#include "calendar.h"
#include "clean.h"
#include "csvdate.h"
#include "csvsniff.h"
#include "csvsource.h"
#include "err.h"
#include "euro.h"
#include "catchange.h"
#include "colgroup.h"
#include "idpair.h"
#include "idtwins.h"
#include "itemforms.h"
#include "labelfill.h"
#include "placeform.h"
#include "receipts.h"
#include "storekey.h"
#include "mem.h"
#include "rowshape.h"
#include "textesc.h"
#include "textfold.h"
#include "util.h"
#include "uwidth.h"

#define FIXED_CAP (3 * RR_MAX_FIELD) /* a field read as cp1252: 3 bytes of UTF-8 a byte */
#define MAX_FIELDS RR_MAX_COLUMNS /* more fields in a record: counted, not stored */
/* libcsv keeps a field whole before handing it over, so a 4 GB field would cost 4 GB: its
 * buffer may not grow past FIELD_CAP, and the rest of such a field is skipped unread. */
#define FIELD_CAP (RR_MAX_FIELD + 256)
#define MAX_PARTS 64           /* exports joined with cat told apart for their repeated lines */
#define MAX_ABS 1e9            /* larger quantities and prices are errors in the file */
#define UTF8_HINT "try --encoding latin1 or cp1252"
/* ... and for text whose bytes look like another script's (non_western) */
#define OTHER_SCRIPTS_HINT "try --encoding cp1251 for Cyrillic, cp1253 Greek, " RR_ENC_EAST_ASIAN

/* libcsv's parser states (csv.h exposes the field, not the names). */
enum { CSV_ROW_NOT_BEGUN = 0, CSV_FIELD_NOT_BEGUN = 1, CSV_FIELD_BEGUN = 2,
       CSV_FIELD_MIGHT_HAVE_ENDED = 3 };

/* ===== field conversion ===== */

int ingest_parse_int(const char *s, size_t n, int32_t *out)
{
	size_t i = 0;
	int neg = 0;
	int64_t v = 0;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	if (i == n)
		return -1;
	for (; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			break;
		v = v * 10 + (s[i] - '0');
		if (v > INT32_MAX)
			return -1;
	}
	/* accept an integral decimal such as "6.0" (spreadsheets write those) */
	if (i < n && s[i] == '.') {
		for (i++; i < n; i++)
			if (s[i] != '0')
				return -1;
	}
	if (i != n)
		return -1;
	*out = (int32_t)(neg ? -v : v);
	return 0;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int ascii_letter(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The year s[0..n) is when it is four digits from 1900 to 2100, else 0; a spreadsheet's
 * number written as a float, 2022.0, is its four digits (t71 F27: a Year column of 2022.0
 * was unread, and the refusal said the file had none). */
static int year_text(const char *s, size_t n)
{
	int y = 0;
	if (n > 5 && n <= 8 && s[4] == '.' && rr_span(s + 5, n - 5, "0") == n - 5)
		n = 4;
	if (n != 4)
		return 0;
	for (size_t k = 0; k < n; k++) {
		if (!is_digit(s[k]))
			return 0;
		y = y * 10 + (s[k] - '0');
	}
	return y >= 1900 && y <= 2100 ? y : 0;
}

/* Exact powers of ten as doubles (10^22 is the largest exactly representable). */
static const double pow10_tab[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
				     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
				     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* Locale-independent decimal → double. The fast path (≤ 15 significant digits, small
 * exponent) is exact: both operands are exact doubles and one IEEE division rounds once.
 * Anything else falls back to strtod on a bounded copy. */
int ingest_parse_num(const char *s, size_t n, double *out)
{
	size_t i = 0;
	int neg = 0, digits = 0, frac = 0, any = 0;
	uint64_t m = 0;
	if (n == 0 || n > 64)
		return -1;
	if (s[i] == '-' || s[i] == '+')
		neg = s[i++] == '-';
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, any = 1)
		if (m || s[i] != '0') {
			m = m * 10 + (uint64_t)(s[i] - '0');
			digits++;
			if (digits > 18)
				goto slow;
		}
	if (i < n && s[i] == '.') {
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++, any = 1) {
			m = m * 10 + (uint64_t)(s[i] - '0');
			frac++;
			if (m)
				digits++;
			if (digits > 18 || frac > 22)
				goto slow;
		}
	}
	if (!any)
		return -1;
	if (i < n) {
		if (s[i] == 'e' || s[i] == 'E')
			goto slow;
		return -1;
	}
	if (m < (1ULL << 53)) {
		double v = (double)m / pow10_tab[frac];
		*out = neg ? -v : v;
		return 0;
	}
slow:;
	char buf[72];
	memcpy(buf, s, n);
	buf[n] = '\0';
	for (size_t k = 0; k < n; k++) /* strtod would also take hex, "inf", "nan": refuse them */
		if (!strchr("0123456789+-.eE", buf[k]))
			return -1;
	char *end;
	errno = 0;
	double v = strtod(buf, &end);
	if (end != buf + n || !isfinite(v) || errno == ERANGE)
		return -1;
	*out = v;
	return 0;
}

/* A number with its thousands grouped, as spreadsheets format them: "1.234,50" or
 * "-1,234,567.5", the last mark the decimal one (known 0), or a whole number such as
 * "1,234" when the decimal mark is known to be the other one (known '.'). Only a regular
 * grouping is read (1 to 3 digits, then groups of exactly 3, then the decimal part), into
 * buf with a decimal point and no grouping. *decimal: the decimal mark. 0, or -1 when
 * irregular. */
static int ungroup(const char *s, size_t n, char known, char *buf, size_t size, char *decimal)
{
	size_t i = 0, o = 0, lead = 0;
	char dec = known;
	for (size_t k = 0; k < n && !known; k++)
		if (s[k] == ',' || s[k] == '.')
			dec = s[k];
	char grp = dec == ',' ? '.' : ',';
	if (n >= size)
		return -1;
	if (s[i] == '-' || s[i] == '+')
		buf[o++] = s[i++];
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, lead++)
		buf[o++] = s[i];
	if (lead < 1 || lead > 3 || i == n || s[i] != grp)
		return -1;
	/* groups of three; or, with commas, India's lakh and crore: groups of two before the last
	 * group of three (1,00,000 and 12,34,56,789) */
	int twos = 0, threes = 0, last = 0;
	while (i < n && s[i] == grp) {
		int d = 0;
		for (i++; i < n && s[i] >= '0' && s[i] <= '9' && d < 4; i++, d++)
			buf[o++] = s[i];
		if (d != 2 && d != 3)
			return -1;
		twos += d == 2;
		threes += d == 3;
		last = d;
	}
	if (twos && (grp != ',' || lead > 2 || threes != 1 || last != 3))
		return -1;
	if (i < n && s[i] == dec) {
		buf[o++] = '.';
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			buf[o++] = s[i];
	}
	if (i != n)
		return -1;
	buf[o] = '\0';
	*decimal = dec;
	return 0;
}

/* parse_marked's *mark for a whole number whose commas group thousands ("1,234"): read with
 * the decimal point, it is no proof of one (note_mark passes over it). */
#define MARK_GROUPED 'g'

/* A number written with the decimal mark dec ('.' or ','; 0: either, one per number). The
 * other mark alone is refused: "1.234" with a decimal comma may mean 1234 or 1.234, so it is
 * not read at all. A number with both marks is read when its grouping is regular (ungroup):
 * then the last mark is the decimal one and must be dec. In a comma-separated file (comma_sep)
 * a lone comma before exactly three digits is thousands to a spreadsheet in English and a
 * decimal comma to one in German: with dec 0 it is not read, and -2 says so (its rejection
 * names --decimal ,). With dec '.' commas that group thousands regularly ("1,234",
 * "-12,345,678") are read as the whole number, and *mark is MARK_GROUPED; so it is when -2
 * comes with that reading in *num (ingest holds such a row until the file shows its mark).
 * *mark: the decimal mark used, or 0. 0, or -1 when no number. */
static int parse_marked(const char *s, size_t n, char dec, int comma_sep, double *num,
			char *mark)
{
	const char *comma = NULL, *point = NULL;   /* the first of each, in one look */
	for (size_t i = 0; i < n && !(comma && point); i++)
		if (s[i] == ',' && !comma)
			comma = s + i;
		else if (s[i] == '.' && !point)
			point = s + i;
	char buf[72];
	*mark = comma ? ',' : point ? '.' : 0;
	if (comma && point) {
		if (ungroup(s, n, 0, buf, sizeof buf, mark) != 0 || (dec && *mark != dec))
			return -1;
		return ingest_parse_num(buf, strlen(buf), num);
	}
	if (comma && (dec == '.' || (!dec && comma_sep)) &&
	    ungroup(s, n, '.', buf, sizeof buf, mark) == 0) {
		*mark = MARK_GROUPED;
		if (ingest_parse_num(buf, strlen(buf), num) != 0)
			return -1;
		return dec ? 0 : -2;
	}
	/* points that group thousands, the mirror of "1,234" with a decimal point: with a decimal
	 * comma "45.000" and "1.050.000" are whole numbers; and a second point makes a number
	 * whose points can only group thousands: with no mark decided it shows a decimal comma,
	 * with a decimal point it is none (its rejection names --decimal ,) */
	char grouped;
	if (point && !comma && dec != '.' &&
	    (dec == ',' || memchr(point + 1, '.', (size_t)(s + n - point - 1))) &&
	    ungroup(s, n, ',', buf, sizeof buf, &grouped) == 0) {
		*mark = grouped;
		return ingest_parse_num(buf, strlen(buf), num);
	}
	if (dec && *mark && *mark != dec)
		return -1;
	int doubt = comma && !dec && comma_sep && s + n - comma == 4 && is_digit(comma[1]) &&
		    is_digit(comma[2]) && is_digit(comma[3]);
	if (comma) {
		if (n >= sizeof buf)
			return -1;
		memcpy(buf, s, n);
		buf[comma - s] = '.';
		s = buf;
	}
	if (ingest_parse_num(s, n, num) != 0)
		return -1;   /* "$1,234": no number yet, whatever the comma is (money_text) */
	return doubt ? -2 : 0;
}

/* A currency is named by its ISO code, or by its mark when several currencies share it (kr,
 * \xC2\xA5, Rs). Marks that begin or end another come after it ("US$" before "S$" and "$",
 * "EUR" before "R"): the first match wins (tests/unit/test_ingest.c holds the order). */
const rr_currency ingest_currencies[] = {
	/* dollars */
	{"US$", "USD", 2}, {"AU$", "AUD", 2}, {"CA$", "CAD", 2}, {"A$", "AUD", 2}, {"C$", "CAD", 2},
	{"NZ$", "NZD", 2}, {"HK$", "HKD", 2}, {"S$", "SGD", 2}, {"NT$", "TWD", 2}, {"MX$", "MXN", 2},
	{"RD$", "DOP", 2}, {"R$", "BRL", 2},
	/* a dollar or a peso (Mexico, Chile, Colombia, Argentina...): it does not say */
	{"$", "$", RR_MINOR_SHARED},
	/* symbols; Egypt's pound before the pound sign it ends with */
	{"E\xC2\xA3", "EGP", 2}, {"\xC2\xA3", "GBP", 2}, {"\xE2\x82\xAC", "EUR", 2},
	{"\xC2\xA5", "\xC2\xA5", RR_MINOR_SHARED},
	{"\xEF\xBF\xA5", "\xC2\xA5", RR_MINOR_SHARED} /* fullwidth yen */,
	{"\xE5\x86\x86", "JPY", 0} /* yen */,
	{"\xE5\x85\x83", "CNY", 2} /* yuan */, {"\xE2\x82\xB9", "INR", 2}, {"\xE2\x82\xA9", "KRW", 0},
	{"\xE2\x82\xBA", "TRY", 2}, {"\xE2\x82\xBD", "RUB", 2}, {"\xE2\x82\xAA", "ILS", 2},
	{"\xE2\x82\xB4", "UAH", 2}, {"\xE2\x82\xB1", "PHP", 2}, {"\xE2\x82\xAB", "VND", 0},
	{"\xE0\xB8\xBF", "THB", 2}, {"\xE2\x82\xA6", "NGN", 2}, {"\xE2\x82\xA1", "CRC", 2},
	{"\xE2\x82\xB8", "KZT", 2}, {"\xE2\x82\xBE", "GEL", 2}, {"\xE2\x82\xB2", "PYG", 0},
	{"\xE2\x82\xB5", "GHS", 2}, {"\xE2\x82\xA8", "Rs", 2}, {"\xE0\xA7\xB3", "BDT", 2} /* taka */,
	/* Korea's won as its shops write it after the number (12000\xEC\x9B\x90: Cafe24, Naver,
	 * Coupang), Vietnam's dong as KiotViet, Sapo and Haravan write it (\xC4\x91, VN\xC4\x90),
	 * and the rial sign U+FDFC, which Saudi Arabia, Oman, Qatar, Yemen and Iran share (t39 #11) */
	{"\xEC\x9B\x90", "KRW", 0}, {"VN\xC4\x90", "VND", 0}, {"VN\xC4\x91", "VND", 0},
	{"vn\xC4\x91", "VND", 0}, {"\xC4\x91", "VND", 0}, {"\xC4\x90", "VND", 0},
	{"\xEF\xB7\xBC", "\xEF\xB7\xBC", RR_MINOR_SHARED},
	/* words and abbreviations */
	{"kr.", "kr", RR_MINOR_SHARED}, {"kr", "kr", RR_MINOR_SHARED}, {"z\xC5\x82", "PLN", 2},
	{"K\xC4\x8D", "CZK", 2},
	{"SFr.", "CHF", 2}, {"Fr.", "CHF", 2}, {"RMB", "CNY", 2}, {"RM", "MYR", 2},
	{"Rp", "IDR", RR_MINOR_UNWRITTEN},
	{"Rs.", "Rs", 2}, {"Rs", "Rs", 2}, {"S/.", "PEN", 2}, {"S/", "PEN", 2},
	/* Bolivia's boliviano and Venezuela's bol\xC3\xADvar share Bs. (t74 F27: every Bs.78,31 was
	 * rejected); the bol\xC3\xADvar soberano's, digital's and fuerte's own named apart */
	{"Bs.S", "VES", 2}, {"Bs.D", "VES", 2}, {"Bs.F", "VEF", 2}, {"Bs.", "Bs", 2},
	{"Bs", "Bs", 2},
	{"\xD0\xBB\xD0\xB2.", "BGN", 2}, {"\xD0\xBB\xD0\xB2", "BGN", 2} /* lv */,
	/* Serbia's dinar and North Macedonia's denar (t82 F22: every "1.299 din." rejected) */
	{"din.", "RSD", 2}, {"din", "RSD", 2}, {"\xD0\xB4\xD0\xB8\xD0\xBD.", "RSD", 2},
	{"\xD0\xB4\xD0\xB8\xD0\xBD", "RSD", 2} /* din */,
	{"\xD0\xB4\xD0\xB5\xD0\xBD.", "MKD", 2}, {"\xD0\xB4\xD0\xB5\xD0\xBD", "MKD", 2} /* den */,
	{"Ft", "HUF", RR_MINOR_UNWRITTEN},
	{"lei", "RON", 2}, {"TL", "TRY", 2}, {"\xD1\x80\xD1\x83\xD0\xB1.", "RUB", 2},
	{"\xD1\x80\xD1\x83\xD0\xB1", "RUB", 2} /* rub */,
	{"\xD1\x80.", "RUB", 2} /* r., t39 #11 */,
	{"\xD0\xB3\xD1\x80\xD0\xBD", "UAH", 2} /* grn */,
	{"kn", "HRK", 2}, {"KSh", "KES", 2}, {"Ksh", "KES", 2}, {"L.E.", "EGP", 2},
	{"Tk", "BDT", 2} /* taka */,
	/* the Arab world's, with or without their last point (t39 #11: Salla, Zid and Foodics
	 * write 83.62 \xD8\xB1.\xD8\xB3, every row was rejected): riyal of Saudi Arabia, Qatar
	 * and Oman, dirham of the Emirates and Morocco, dinar of Kuwait and Bahrain, Egypt's
	 * pound; and the words riyal, dirham, pound and dinar, which several countries share */
	{"\xD8\xB1.\xD8\xB3.", "SAR", 2}, {"\xD8\xB1.\xD8\xB3", "SAR", 2},
	{"\xD8\xB1.\xD9\x82.", "QAR", 2}, {"\xD8\xB1.\xD9\x82", "QAR", 2},
	{"\xD8\xB1.\xD8\xB9.", "OMR", 3}, {"\xD8\xB1.\xD8\xB9", "OMR", 3},
	{"\xD8\xAF.\xD8\xA5.", "AED", 2}, {"\xD8\xAF.\xD8\xA5", "AED", 2},
	{"\xD8\xAF.\xD9\x85.", "MAD", 2}, {"\xD8\xAF.\xD9\x85", "MAD", 2},
	{"\xD8\xAF.\xD9\x83.", "KWD", 3}, {"\xD8\xAF.\xD9\x83", "KWD", 3},
	{"\xD8\xAF.\xD8\xA8.", "BHD", 3}, {"\xD8\xAF.\xD8\xA8", "BHD", 3},
	{"\xD8\xAC.\xD9\x85.", "EGP", 2}, {"\xD8\xAC.\xD9\x85", "EGP", 2},
	{"\xD8\xB1\xD9\x8A\xD8\xA7\xD9\x84", "\xD8\xB1\xD9\x8A\xD8\xA7\xD9\x84", RR_MINOR_SHARED},
	{"\xD8\xAF\xD8\xB1\xD9\x87\xD9\x85", "\xD8\xAF\xD8\xB1\xD9\x87\xD9\x85", 2},
	{"\xD8\xAC\xD9\x86\xD9\x8A\xD9\x87", "\xD8\xAC\xD9\x86\xD9\x8A\xD9\x87", 2},
	{"\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA7\xD8\xB1", "\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA7\xD8\xB1",
	 RR_MINOR_SHARED},
	/* Iran's (t80 F28: Digikala, Snapp, Hesabfa write 11,000 \xD8\xAA\xD9\x88\xD9\x85\xD8\xA7\xD9\x86): the rial in
	 * Persian, its Persian yeh telling it from the Arab riyal's word, and the toman, ten
	 * rials (IRT, no ISO code of its own), written with the rial's minor unit unwritten; the
	 * afghani, sign and word */
	{"\xD8\xB1\xDB\x8C\xD8\xA7\xD9\x84", "IRR", RR_MINOR_UNWRITTEN},
	{"\xD8\xAA\xD9\x88\xD9\x85\xD8\xA7\xD9\x86", "IRT", RR_MINOR_UNWRITTEN},
	{"\xD8\xAA\xD9\x88\xD9\x85\xD9\x86", "IRT", RR_MINOR_UNWRITTEN},
	{"\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xDB\x8C", "AFN", 2}, {"\xD8\x8B", "AFN", 2},
	/* ISO codes */
	{"CHF", "CHF", 2}, {"USD", "USD", 2}, {"EUR", "EUR", 2}, {"GBP", "GBP", 2}, {"JPY", "JPY", 0},
	{"CNY", "CNY", 2}, {"INR", "INR", 2}, {"AUD", "AUD", 2}, {"CAD", "CAD", 2}, {"NZD", "NZD", 2},
	{"SEK", "SEK", 2}, {"NOK", "NOK", 2}, {"DKK", "DKK", 2}, {"PLN", "PLN", 2}, {"CZK", "CZK", 2},
	{"HUF", "HUF", RR_MINOR_UNWRITTEN}, {"BRL", "BRL", 2}, {"MXN", "MXN", 2},
	{"ZAR", "ZAR", 2}, {"RUB", "RUB", 2},
	{"TRY", "TRY", 2}, {"KRW", "KRW", 0}, {"HKD", "HKD", 2}, {"SGD", "SGD", 2}, {"TWD", "TWD", 2},
	{"ILS", "ILS", 2}, {"MYR", "MYR", 2}, {"PEN", "PEN", 2}, {"BGN", "BGN", 2}, {"RON", "RON", 2},
	{"UAH", "UAH", 2}, {"THB", "THB", 2}, {"IDR", "IDR", RR_MINOR_UNWRITTEN},
	{"PHP", "PHP", 2}, {"VND", "VND", 0},
	{"AED", "AED", 2}, {"SAR", "SAR", 2}, {"QAR", "QAR", 2}, {"KWD", "KWD", 3}, {"EGP", "EGP", 2},
	{"NGN", "NGN", 2}, {"KES", "KES", 2}, {"PKR", "PKR", 2}, {"BDT", "BDT", 2}, {"LKR", "LKR", 2},
	{"ARS", "ARS", 2}, {"CLP", "CLP", 0}, {"COP", "COP", RR_MINOR_UNWRITTEN},
	{"DOP", "DOP", 2}, {"CRC", "CRC", 2}, {"BOB", "BOB", 2}, {"VES", "VES", 2},
	{"VEF", "VEF", 2},
	{"ISK", "ISK", 0}, {"HRK", "HRK", 2}, {"RSD", "RSD", 2}, {"KZT", "KZT", 2}, {"GEL", "GEL", 2},
	{"MAD", "MAD", 2}, {"PYG", "PYG", 0}, {"GHS", "GHS", 2}, {"OMR", "OMR", 3}, {"BHD", "BHD", 3},
	/* ISO 4217's others of no minor unit, and of three */
	{"UGX", "UGX", 0}, {"XAF", "XAF", 0}, {"XOF", "XOF", 0}, {"XPF", "XPF", 0},
	{"BIF", "BIF", 0}, {"DJF", "DJF", 0}, {"GNF", "GNF", 0}, {"KMF", "KMF", 0},
	{"RWF", "RWF", 0}, {"VUV", "VUV", 0}, {"JOD", "JOD", 3}, {"TND", "TND", 3},
	{"LYD", "LYD", 3}, {"IQD", "IQD", 3},
	/* Iran's rial (ISO's minor unit never written) and its toman (IRT by custom), Afghanistan's
	 * afghani */
	{"IRR", "IRR", RR_MINOR_UNWRITTEN}, {"IRT", "IRT", RR_MINOR_UNWRITTEN}, {"AFN", "AFN", 2},
	/* one letter, last: every mark ending in R comes first, and what is left of R2D2 is no
	 * number */
	{"R", "ZAR", 2}, {NULL, NULL, 0},
};

/* Bytes of a blank that starts (at_end=0) or ends (at_end=1) s[0..n): a space, a tab, or a
 * no-break, narrow no-break or thin space (prices formatted for reading put them between
 * groups and before a currency); 0 if none. */
static size_t blank_at(const char *s, size_t n, int at_end)
{
	static const char *const blank[] = {" ", "\t", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"};
	for (size_t k = 0; k < sizeof blank / sizeof *blank; k++) {
		size_t m = strlen(blank[k]);
		if (m <= n && memcmp(at_end ? s + n - m : s, blank[k], m) == 0)
			return m;
	}
	return 0;
}

/* s[*a..*b) without the blanks around it. */
static void trim_blanks(const char *s, size_t *a, size_t *b)
{
	size_t k;
	while (*a < *b && (k = blank_at(s + *a, *b - *a, 0)))
		*a += k;
	while (*a < *b && (k = blank_at(s + *a, *b - *a, 1)))
		*b -= k;
}

/* The currency whose mark s[0..n) begins (at_end=0) or ends (at_end=1) with, or NULL. */
static const rr_currency *currency_at(const char *s, size_t n, int at_end)
{
	if (n == 0 || is_digit(s[at_end ? n - 1 : 0]))   /* no mark begins or ends with a digit */
		return NULL;
	for (const rr_currency *c = ingest_currencies; c->mark; c++) {
		size_t k = strlen(c->mark);
		if (k <= n && memcmp(at_end ? s + n - k : s, c->mark, k) == 0)
			return c;
	}
	return NULL;
}

/* A line's sign, as ledgers and sales registers write it beside unsigned amounts: the debit
 * (to the customer: a sale) first, the credit (a credit note) second; compared without case. */
static const char *const sign_pairs[][2] = {
	{"S", "H"}, {"Soll", "Haben"}, {"D", "C"}, {"Dr", "Cr"}, {"Dr.", "Cr."},
	{"Debit", "Credit"}, {"Debet", "Credit"}, {"Db", "Cr"}, {"Debe", "Haber"},
	{"Dare", "Avere"}, {"D\xC3\xA9" "bit", "Cr\xC3\xA9" "dit"},
	{"D\xC3\xA9" "bito", "Cr\xC3\xA9" "dito"}, {"+", "-"},
	/* SAP's billing types (FKART): an invoice, F2, and a credit memo, G2, or a returns
	 * credit memo, RE (t53 F3) */
	{"F2", "G2"}, {"F2", "RE"},
};

/* The side (0 debit, 1 credit) of pair p (any, when p < 0: *p takes it) s[0..n) is, or -1. */
static int sign_side(const char *s, size_t n, int *p)
{
	for (int i = *p < 0 ? 0 : *p; i < (int)(sizeof sign_pairs / sizeof *sign_pairs); i++) {
		for (int k = 0; k < 2; k++)
			if (strlen(sign_pairs[i][k]) == n && strncasecmp(sign_pairs[i][k], s, n) == 0) {
				*p = i;
				return k;
			}
		if (*p >= 0)
			break;
	}
	return -1;
}

/* Is pair p written out as words (Debit/Credit, Soll/Haben, Débito/Crédito), not letters, a
 * plus or minus, nor SAP's billing types? Spelled out in a column of no sign's name, they say
 * which way money went for whoever keeps the account: a bank's or PayPal's Credit is a
 * payment received, a sale, where a ledger of customers' accounts writes a sale as a debit;
 * such a column is no document type to offer as --purchase or --return (t72 F14: PayPal's
 * Balance Impact, Credit on every sale, was offered with its Credit as the returns). */
static int sign_spelled(int p)
{
	return p >= 0 && strlen(sign_pairs[p][0]) >= 4;
}

/* A line's sign written after its number, as a ledger's lines are ("2 CR", "9.00 Cr.",
 * "24.00 DR": t56 F3): a side of sign_pairs of two letters or more (not the one letters, a
 * plus or minus, nor SAP's billing types, which stand in columns of their own), a blank
 * before it or not. Its side (0 debit, 1 credit) with s[*a..*b) narrowed to what is before
 * it, its blanks left out; else -1. */
static int sign_after(const char *s, size_t *a, size_t *b)
{
	size_t w = *b, d;
	while (w > *a && (((s[w - 1] | 0x20) >= 'a' && (s[w - 1] | 0x20) <= 'z') ||
			  s[w - 1] == '.' || (unsigned char)s[w - 1] >= 0x80))
		w--;
	for (d = w; d > *a && s[d - 1] == ' '; d--)
		;
	if (w == *b || d == *a || !is_digit(s[d - 1]))
		return -1;
	for (size_t i = 0; i < sizeof sign_pairs / sizeof *sign_pairs; i++)
		for (int k = 0; k < 2; k++) {
			const char *word = sign_pairs[i][k];
			if (strlen(word) >= 2 && !strpbrk(word, "0123456789+-") &&
			    strlen(word) == *b - w && strncasecmp(word, s + w, *b - w) == 0) {
				*b = d;
				return k;
			}
		}
	return -1;
}

/* An accounting negative: a number in parentheses, "(12.50)", with its minus after it,
 * "12.50-" (SAP writes returns so), or with a credit's word after it, "12.50 CR" (sign_after).
 * 1 with s[*a..*b) narrowed to the number inside; 2 so for a debit's word ("12.50 DR", the
 * number as it is); else 0. The caller refuses a sign inside a negative: "(-3)", "-3-" and
 * "-3 CR" say minus twice. */
static int accounting_negative(const char *s, size_t *a, size_t *b)
{
	int side = sign_after(s, a, b);
	if (side >= 0)
		return side ? 1 : 2;
	if (*b - *a >= 3 && s[*a] == '(' && s[*b - 1] == ')') {
		++*a;
		--*b;
		return 1;
	}
	if (*b - *a >= 2 && s[*b - 1] == '-' && is_digit(s[*b - 2])) {
		--*b;
		return 1;
	}
	return 0;
}

/* Is c named by its ISO code (MXN)? By a mark several currencies share, as written ($, kr)? */
static int iso_code(const rr_currency *c)
{
	return strcmp(c->mark, c->code) == 0 && strlen(c->code) == 3 &&
	       strspn(c->code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 3;
}

static int shared_mark(const rr_currency *c)
{
	return strcmp(c->mark, c->code) == 0 && !iso_code(c);
}

/* The currency whose mark begins or ends s[*a..*b), taken off with the blanks inside it. */
static const rr_currency *strip_currency(const char *s, size_t *a, size_t *b)
{
	const rr_currency *cur;
	if ((cur = currency_at(s + *a, *b - *a, 0)) != NULL)
		*a += strlen(cur->mark);
	else if ((cur = currency_at(s + *a, *b - *a, 1)) != NULL)
		*b -= strlen(cur->mark);
	else if (*b - *a > 2 && s[*b - 1] == '.' && !is_digit(s[*b - 2]) &&
		 (cur = currency_at(s + *a, *b - *a - 1, 1)) != NULL)
		*b -= strlen(cur->mark) + 1;   /* an abbreviation with its dot (89,00 grn.: t46 F13) */
	trim_blanks(s, a, b);
	/* a mark several currencies share, then the ISO code that names it ($1,250.00 MXN),
	 * or one currency written twice (t46 F13) */
	const rr_currency *two = cur ? currency_at(s + *a, *b - *a, 1) : NULL;
	if (two && (strcmp(two->code, cur->code) == 0 || (shared_mark(cur) && iso_code(two)))) {
		*b -= strlen(two->mark);
		trim_blanks(s, a, b);
		cur = two;
	}
	return cur;
}

/* A money field as a plain number: blanks around it, a currency mark before or after it (a
 * sign may come first: -$2.50), an accounting negative's parentheses or trailing minus
 * outside or inside the currency ($(12.50), (12,50 EUR), 12.50-) and blanks between digit
 * groups (1 234,50) taken out, into out (cap bytes). *cur: its currency, or NULL. The length
 * written, or -1 when it does not fit, a blank is left inside or a sign is given twice. */
static int money_text(const char *s, size_t n, char *out, size_t cap,
		      const rr_currency **cur)
{
	size_t a = 0, b = n, o = 0;
	trim_blanks(s, &a, &b);
	if (a < b && (s[a] == '-' || s[a] == '+') && currency_at(s + a + 1, b - a - 1, 0) && cap)
		out[o++] = s[a++];
	/* a sign's word first: its last letter may be a currency's mark too (DR: R, the rand) */
	int side = o == 0 && cap ? sign_after(s, &a, &b) : -1;
	*cur = strip_currency(s, &a, &b);
	int neg = side >= 0 ? 2 - side : o == 0 && cap ? accounting_negative(s, &a, &b) : 0;
	if (neg) {
		trim_blanks(s, &a, &b);
		if (!*cur)
			*cur = strip_currency(s, &a, &b);
		if (a == b || (neg == 1 && (s[a] == '-' || s[a] == '+')))
			return -1;
		if (neg == 1)
			out[o++] = '-';
	}
	/* Swiss whole francs, German whole euros and Swedish whole kronor, 12.-, 1.234,- and
	 * 125:- (or with a dash): a decimal mark stays, with 00 for the dash, so it still tells
	 * the file's mark; the colon, no decimal mark, goes */
	static const char *const whole[] = {".-", ",-", ".\xE2\x80\x93", ",\xE2\x80\x93", ":-",
					    ":\xE2\x80\x93",
					    /* the em dash too (t82 F25: 24.\xE2\x80\x94 rejected) */
					    ".\xE2\x80\x94", ",\xE2\x80\x94", ":\xE2\x80\x94",
					    /* India's 499/- and East Africa's 1,000/= (t39 #11) */
					    "/-", "/="};
	char whole_mark = 0;
	for (size_t k = 0; k < sizeof whole / sizeof *whole; k++) {
		size_t m = strlen(whole[k]);
		if (b - a > m && memcmp(s + b - m, whole[k], m) == 0 && is_digit(s[b - m - 1])) {
			whole_mark = whole[k][0] == '.' || whole[k][0] == ',' ? whole[k][0] : 0;
			b -= m;
			break;
		}
	}
	for (size_t i = a; i < b; i++) {
		/* a blank, or Switzerland's apostrophe (1'234.50, 1’234.50) */
		size_t k = blank_at(s + i, b - i, 0);
		if (!k && s[i] == '\'')
			k = 1;
		else if (!k && b - i >= 3 && memcmp(s + i, "\xE2\x80\x99", 3) == 0)
			k = 3;
		if (k) {   /* only between a digit and a group of exactly three */
			size_t g = i + k;
			if (i == a || !is_digit(s[i - 1]) || g + 3 > b || !is_digit(s[g]) ||
			    !is_digit(s[g + 1]) || !is_digit(s[g + 2]) || (g + 3 < b && is_digit(s[g + 3])))
				return -1;
			i += k - 1;
			continue;
		}
		if (o + 1 >= cap)
			return -1;
		out[o++] = s[i];
	}
	if (whole_mark) {
		if (o + 3 >= cap)
			return -1;
		out[o++] = whole_mark;
		out[o++] = '0';
		out[o++] = '0';
	}
	return (int)o;
}

int ingest_parse_date(const char *s, size_t n, int32_t *minute)
{
	return date_read_one(s, n, minute);
}

int ingest_parse_day(const char *s, int32_t *minute)
{
	return date_read_day(s, "a command", minute);
}

char *ingest_format_minute(int32_t minute, char *buf, size_t size)
{
	int64_t z = (int64_t)minute;
	int64_t days = date_floor_day(z);
	int64_t rem = z - days * 1440;
	int y, m, d;
	date_civil_from_days(days, &y, &m, &d);
	snprintf(buf, size, "%04d-%02d-%02d %02d:%02d", y, m, d, (int)(rem / 60), (int)(rem % 60));
	return buf;
}

int ingest_utf8_seq(const unsigned char *p, size_t n)
{
	int len = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
		  : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
	if (len == 0)
		return -1;
	for (int k = 1; k < len; k++) {
		if ((size_t)k >= n)
			return 0;
		unsigned lo = 0x80, hi = 0xBF; /* the second byte rules out overlongs, surrogates
						  and what lies past U+10FFFF */
		if (k == 1 && p[0] == 0xE0)
			lo = 0xA0;
		else if (k == 1 && p[0] == 0xED)
			hi = 0x9F;
		else if (k == 1 && p[0] == 0xF0)
			lo = 0x90;
		else if (k == 1 && p[0] == 0xF4)
			hi = 0x8F;
		if (p[k] < lo || p[k] > hi)
			return -1;
	}
	return len;
}

size_t ingest_bom_len(const void *s, size_t n)
{
	/* all of them: a tool that adds one to a file that had one leaves two, and the second
	 * would stick to the first column's name */
	const char *p = s;
	size_t k = 0;
	while (n - k >= 3 && p[k] == '\xEF' && memcmp(p + k, "\xEF\xBB\xBF", 3) == 0)
		k += 3;   /* the first byte alone tells most fields: per row, per header name */
	return k;
}

/* Is every byte of s[0..n) ASCII and none NUL? Eight bytes at a time (four, then one by one,
 * under eight), the last word read again rather than its bytes one by one: most fields are
 * shorter than sixteen. */
static int ascii_text(const unsigned char *s, size_t n)
{
	const uint64_t lo = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
	uint64_t w;
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&w, s + i, 8);
			if ((w | ((w - lo) & ~w)) & hi)
				return 0;
		}
		memcpy(&w, s + n - 8, 8);
		return !((w | ((w - lo) & ~w)) & hi);
	}
	if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		return !(((a | ((a - 0x01010101u) & ~a)) | (b | ((b - 0x01010101u) & ~b))) &
			 0x80808080u);
	}
	for (size_t i = 0; i < n; i++)
		if (s[i] == 0 || s[i] >= 0x80)
			return 0;
	return 1;
}

int ingest_utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	if (ascii_text(s, n))
		return 1;
	/* fast path: almost every field is ASCII; test 8 bytes at a time for a high bit or a
	 * zero byte (NUL is valid UTF-8 but never valid text in a transaction file) */
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if ((w | ((w - 0x0101010101010101ULL) & ~w)) & 0x8080808080808080ULL)
			break;
	}
	while (i < n) {
		if (s[i] == 0)
			return 0;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		int len = ingest_utf8_seq(s + i, n - i);
		if (len <= 0)
			return 0;
		i += (size_t)len;
	}
	return 1;
}

/* ===== column names ===== */

static const char *const col_names[RR_COL_N] = {"invoice", "item", "desc", "qty", "date",
						 "price", "user", "country", "amount", "time",
						 "event", "status"};

const char *const ingest_purchase_events[] = {"purchase", "purchased", "transaction", "order",
					      "ordered", "buy", "bought", "sale", "sold",
					      "checkout", "payment", "paid",
					      /* an accounting export's document types, and an ERP's
					       * in German, French, Spanish, Italian, Dutch and
					       * Portuguese (a receipt, a cash sale) */
					      "invoice", "sales_receipt", "sales_invoice", "receipt",
					      "standard_invoice" /* Dolibarr's (t83 F4) */,
					      "cash_sale", "rechnung", "ausgangsrechnung",
					      "barverkauf", "kassenbon", "verkauf", "facture",
					      "vente", "ticket_de_caisse", "factura", "venta",
					      "fattura", "vendita", "scontrino", "factuur",
					      "verkoopfactuur", "verkoop", "kassabon", "fatura",
					      "venda",
					      /* SAP Business One's Document Type */
					      "a/r_invoice",
					      /* Odoo's sales journal, named on its journal items
					       * beside its Vendor Bills (t77 F13) */
					      "customer_invoices",
					      /* Tally's and many ERPs' plural voucher type (t77 F1:
					       * Sales beside Purchase kept the suppliers alone) */
					      "sales",
					      /* the invoice or sale in Danish, Norwegian, Swedish,
					       * Polish, Finnish, Russian (Wildberries' Продажа, 1C's
					       * Реализация), Chinese, Korean, Vietnamese, Arabic (t39 #2:
					       * e-conomic's Faktura beside Kreditnota) */
					      "faktura", "lasku",
					      "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xB6\xD0\xB0",
					      "\xD1\x80\xD0\xB5\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F",
					      /* 1C's sale document as its Тип документа names
					       * it, Реализация товаров и услуг (t85 F2) */
					      "\xD1\x80\xD0\xB5\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F_\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2_\xD0\xB8_\xD1\x83\xD1\x81\xD0\xBB\xD1\x83\xD0\xB3",
					      "\xD1\x80\xD0\xB5\xD0\xB0\xD0\xBB\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F_\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2",
					      "\xE9\x94\x80\xE5\x94\xAE", "\xE9\x94\x80\xE5\x94\xAE\xE5\x8D\x95",
					      "\xED\x8C\x90\xEB\xA7\xA4", "b\xC3\xA1n_h\xC3\xA0ng",
					      "\xD9\x85\xD8\xA8\xD9\x8A\xD8\xB9\xD8\xA7\xD8\xAA", "\xD8\xA8\xD9\x8A\xD8\xB9",
					      "\xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9",
					      /* the sales invoice beside t42 F2's credit notes: Turkish
					       * (a retail, a wholesale one), Greek (and its retail
					       * receipt), Hebrew's tax invoice (and its tax invoice and
					       * receipt), Hungarian */
					      "sat\xC4\xB1\xC5\x9F_faturas\xC4\xB1",
					      "satis_faturasi",
					      "perakende_sat\xC4\xB1\xC5\x9F_faturas\xC4\xB1",
					      "perakende_satis_faturasi",
					      "toptan_sat\xC4\xB1\xC5\x9F_faturas\xC4\xB1",
					      "toptan_satis_faturasi",
					      "\xCF\x84\xCE\xB9\xCE\xBC\xCE\xBF\xCE\xBB\xCF\x8C\xCE\xB3\xCE\xB9\xCE\xBF",
					      "\xCF\x84\xCE\xB9\xCE\xBC\xCE\xBF\xCE\xBB\xCF\x8C\xCE\xB3\xCE\xB9\xCE\xBF_\xCF\x80\xCF\x8E\xCE\xBB\xCE\xB7\xCF\x83\xCE\xB7\xCF\x82",
					      "\xCE\xB1\xCF\x80\xCF\x8C\xCE\xB4\xCE\xB5\xCE\xB9\xCE\xBE\xCE\xB7_\xCE\xBB\xCE\xB9\xCE\xB1\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAE\xCF\x82",
					      "\xCE\xB1\xCF\x80\xCF\x8C\xCE\xB4\xCE\xB5\xCE\xB9\xCE\xBE\xCE\xB7_\xCE\xBB\xCE\xB9\xCE\xB1\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAE\xCF\x82_\xCF\x80\xCF\x8E\xCE\xBB\xCE\xB7\xCF\x83\xCE\xB7\xCF\x82",
					      "\xD7\x97\xD7\xA9\xD7\x91\xD7\x95\xD7\xA0\xD7\x99\xD7\xAA_\xD7\x9E\xD7\xA1",
					      "\xD7\x97\xD7\xA9\xD7\x91\xD7\x95\xD7\xA0\xD7\x99\xD7\xAA_\xD7\x9E\xD7\xA1_\xD7\xA7\xD7\x91\xD7\x9C\xD7\x94",
					      "sz\xC3\xA1mla", "szamla",
					      /* Portugal's invoice-receipt and simplified invoice
					       * (Moloni's Fatura-Recibo beside its Nota de Crédito:
					       * t42 F2), Spain's simplified one */
					      "fatura-recibo", "fatura_simplificada", "factura-recibo",
					      "factura_simplificada",
					      /* t74 F15: an ERP's sales document in Polish, Romanian,
					       * Japanese, Chinese, Korean, Thai, Vietnamese, Indonesian
					       * and Arabic (its credit notes are in ingest_return_events) */
					      "faktura_vat", "factur\xC4\x83", "factura_fiscala",
					      "factur\xC4\x83_fiscal\xC4\x83",
					      "\xE5\xA3\xB2\xE4\xB8\x8A",
					      "\xE9\x94\x80\xE5\x94\xAE\xE5\x87\xBA\xE5\xBA\x93",
					      "\xE9\x94\x80\xE5\x94\xAE",
					      "\xEB\xA7\xA4\xEC\xB6\x9C",
					      "\xE0\xB9\x83\xE0\xB8\x9A\xE0\xB8\x81\xE0\xB8\xB3\xE0\xB8\x81\xE0\xB8\xB1\xE0\xB8\x9A\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB5",
					      "h\xC3\xB3" "a_\xC4\x91\xC6\xA1n", "hoa_don",
					      "faktur_penjualan",
					      "\xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9_\xD9\x85\xD8\xA8\xD9\x8A\xD8\xB9\xD8\xA7\xD8\xAA",
					      /* t77 F6: a consumer's receipt beside the invoice to
					       * a business (ERPNext's POS Invoice, Poland's Paragon,
					       * Chile's Boleta, Spain's Ticket, Turkey's Fiş, a Tax
					       * Invoice, a till's Чек), and the word sale in the other
					       * languages relrec reads (Poster's Продаж): each was
					       * skipped beside a sale relrec knew */
					      "pos_invoice", "tax_invoice", "paragon",
					      "paragon_fiskalny", "boleta",
					      "boleta_electr\xC3\xB3nica",
					      "boleta_electronica",
					      "factura_electr\xC3\xB3nica",
					      "factura_electronica", "ticket", "fi\xC5\x9F",
					      "fis",
					      "perakende_sat\xC4\xB1\xC5\x9F_fi\xC5\x9Fi",
					      "\xC3\xBA\xC4\x8Dtenka", "uctenka",
					      "pokladn\xC3\xAD_doklad", "pokladni_doklad",
					      "nyugta", "kuitti", "kvitto", "kvittering",
					      "ra\xC4\x8Dun", "racun", "nota_fiscal",
					      "bon_fiscal", "\xD1\x87\xD0\xB5\xD0\xBA",
					      "\xD0\xBA\xD0\xB0\xD1\x81\xD1\x81\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9_\xD1\x87\xD0\xB5\xD0\xBA",
					      "\xD1\x84\xD0\xB8\xD1\x81\xD0\xBA\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xBD_\xD0\xB1\xD0\xBE\xD0\xBD",
					      "\xD0\xBA\xD0\xB0\xD1\x81\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xB9_\xD1\x87\xD0\xB5\xD0\xBA",
					      "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xB6",
					      "sprzeda\xC5\xBC", "sprzedaz", "prodej",
					      "elad\xC3\xA1s", "eladas", "myynti", "salg",
					      "f\xC3\xB6rs\xC3\xA4ljning", "forsaljning",
					      "sat\xC4\xB1\xC5\x9F", "satis",
					      "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xB6\xD0\xB1\xD0\xB0",
					      "\xCF\x80\xCF\x8E\xCE\xBB\xCE\xB7\xCF\x83\xCE\xB7",
					      "\xE8\xB2\xA9\xE5\xA3\xB2",
					      "\xE0\xB8\x82\xE0\xB8\xB2\xE0\xB8\xA2",
					      "penjualan",
					      "\xD7\x9E\xD7\x9B\xD7\x99\xD7\xA8\xD7\x94",
					      "\xD9\x81\xD8\xB1\xD9\x88\xD8\xB4",
					      "cupom_fiscal", "verkaufsbeleg",
					      "\xD0\xBA\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB0\xD0\xBD\xD1\x86\xD0\xB8\xD1\x8F",
					      "\xD1\x84\xD1\x96\xD1\x81\xD0\xBA\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB8\xD0\xB9_\xD1\x87\xD0\xB5\xD0\xBA",
					      "\xE8\xAB\x8B\xE6\xB1\x82\xE6\x9B\xB8",
					      "\xE5\x8F\x91\xE7\xA5\xA8",
					      "\xE7\x99\xBC\xE7\xA5\xA8",
					      /* t80 F19: the sale of Hindi, Bengali and Taiwanese
					       * documents (銷貨), beside their returns
					       * (ingest_return_events) */
					      "\xE9\x8A\xB7\xE8\xB2\xA8", "\xE9\x94\x80\xE8\xB4\xA7",
					      "\xE0\xA4\xAC\xE0\xA4\xBF\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x80",
					      "\xE0\xA4\xAC\xE0\xA4\xBF\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x80_\xE0\xA4\xAC\xE0\xA5\x80\xE0\xA4\x9C\xE0\xA4\x95",
					      "\xE0\xA6\xAC\xE0\xA6\xBF\xE0\xA6\x95\xE0\xA7\x8D\xE0\xA6\xB0\xE0\xA6\xAF\xE0\xA6\xBC",
					      NULL};

/* A value that is no value, whatever the column: SQL's NULL as a database writes it (MySQL's
 * INTO OUTFILE, PostgreSQL's text COPY, Snowflake's and Hive's unloads write \N), Google
 * Analytics' (not set), (none) and (other), a spreadsheet's n/a or #N/A (t42 F6:
 * \N was one customer who bought all that guests did, (not set) a customer and a product).
 * A customer id or an item code so is read as an empty one. Words that may be a real
 * product's name or code (None, NA, NaN: Nestle's NAN; a dash) are in ingest_placeholder_ids,
 * for ids only. */
const char *const ingest_null_values[] = {"null", "\\N", "(not set)", "(none)", "(other)", "n/a",
					  /* a lone dash (blanks, '_' and more dashes around it
					   * fold away as in a name): a till's open-price line
					   * keyed with no PLU, which n/a was and '-' was not (t74
					   * F13: six things sold read as one item). 0 stays a
					   * code: 0-based ids number items from it */
					  "-",
					  /* a spreadsheet pivot's label of an empty value, in
					   * Excel's languages (t72 F7: the walk-ins' "(blank)"
					   * customer was the biggest one) */
					  "(blank)", "(blanks)", "(leer)", "(leeg)", "(vide)",
					  "(en blanco)", "(vuoto)", "(vazio)", "(em branco)",
					  "(tom)", "(tyhj\xC3\xA4)", "(puste)", "(pr\xC3\xA1zdn\xC3\xA9)",
					  "(\xD0\xBF\xD1\x83\xD1\x81\xD1\x82\xD0\xBE)",
					  /* the MD5, SHA-1 and SHA-256 of an empty text: an
					   * anonymiser that hashed every id hashed the blank ones
					   * too (t63 F24: guests' 32 orders were one customer) */
					  "d41d8cd98f00b204e9800998ecf8427e",
					  "da39a3ee5e6b4b0d3255bfef95601890afd80709",
					  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
					  NULL};

const char *const ingest_placeholder_ids[] = {"guest", "walkin", "anonymous", "anon", "unknown",
					      "none", "nan", "na", "-",
					      "guest_customer", "guest_checkout", "cash_customer",
					      "cash_sale", "no_customer", "not_registered",
					      /* accounting and till systems' own: QuickBooks' group
					       * of sales entered without a customer, Xero's and
					       * Sage's cash sales, a till's walk-in or counter sale */
					      "not_specified", "cash_sales", "cash", "walk_in",
					      "walk_in_customer", "walkin_customer", "counter_sale",
					      "counter_sales", "counter_customer", "pos_customer",
					      "anonymous_customer", "unknown_customer",
					      "guest_user", "no_name",
					      /* Sage 50's usual cash-sale account, and the walk-in
					       * or retail customer of other languages' tills and
					       * ERPs: a shop's final consumer (Latin America, Iberia),
					       * passing trade, an occasional or a generic customer,
					       * 1C's retail buyer, a private person (t35: one took
					       * 235 lines of 97 strangers' receipts) */
					      "cash001", "consumidor_final", "cliente_final",
					      "p\xC3\xBA" "blico_en_general", "publico_en_general",
					      "cliente_mostrador", "cliente_contado",
					      "laufkundschaft", "barverkauf", "barkunde",
					      "laufkunde", "kassenkunde", "barverk\xC3\xA4ufe",
					      "barverkaeufe",
					      "client_de_passage", "client_divers", "clients_divers",
					      "client_comptoir", "cliente_occasionale",
					      "cliente_generico", "cliente_gen\xC3\xA9rico",
					      "cliente_banco", "losse_verkoop", "passant",
					      "klient_detaliczny", "klient_indywidualny",
					      "\xD0\xA0\xD0\xBE\xD0\xB7\xD0\xBD\xD0\xB8\xD1\x87\xD0\xBD\xD1\x8B\xD0\xB9_"
					      "\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C",
					      "\xD0\xA7\xD0\xB0\xD1\x81\xD1\x82\xD0\xBD\xD0\xBE\xD0\xB5_"
					      "\xD0\xBB\xD0\xB8\xD1\x86\xD0\xBE",
					      "\xE4\xB8\x80\xE8\x88\xAC\xE9\xA1\xA7\xE5\xAE\xA2",
					      /* t39 #5: the cash customer of Nordic ERPs (Fortnox's
					       * Kontantkund, Visma's Kontantsalg, e-conomic's
					       * Kontantkunde, Käteisasiakas), KiotViet's walk-in (Khách
					       * lẻ, Khách vãng lai), Chinese tills' 散客 (retail
					       * customer, non-member), Cafe24's 비회원 (non-member), an
					       * Arabic till's cash customer; a guest checkout in the
					       * languages relrec reads */
					      "kontantkund", "kontantkunde", "kontantsalg",
					      "kontantf\xC3\xB6rs\xC3\xA4ljning", "k\xC3\xA4teisasiakas",
					      "k\xC3\xA4teismyynti", "kh\xC3\xA1" "ch_l\xE1\xBA\xBB",
					      "kh\xC3\xA1" "ch_h\xC3\xA0ng_l\xE1\xBA\xBB",
					      "kh\xC3\xA1" "ch_v\xC3\xA3ng_lai", "\xE6\x95\xA3\xE5\xAE\xA2",
					      "\xE9\x9B\xB6\xE5\x94\xAE\xE5\xAE\xA2\xE6\x88\xB7",
					      "\xE9\x9D\x9E\xE4\xBC\x9A\xE5\x91\x98",
					      "\xE9\x9D\x9E\xE4\xBC\x9A\xE5\x93\xA1",
					      "\xEB\xB9\x84\xED\x9A\x8C\xEC\x9B\x90",
					      "\xD8\xB9\xD9\x85\xD9\x8A\xD9\x84_\xD9\x86\xD9\x82\xD8\xAF\xD9\x8A",
					      "\xD8\xB9\xD9\x85\xD9\x8A\xD9\x84_\xD9\x86\xD9\x82\xD8\xAF\xD9\x89",
					      "\xD8\xB2\xD8\xA8\xD9\x88\xD9\x86_\xD9\x86\xD9\x82\xD8\xAF\xD9\x8A",
					      "\xD1\x80\xD0\xBE\xD0\xB7\xD0\xB4\xD1\x80\xD1\x96\xD0\xB1\xD0\xBD"
					      "\xD0\xB8\xD0\xB9_\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB5"
					      "\xD1\x86\xD1\x8C",
					      "gast", "gastkunde", "g\xC3\xA4st", "g\xC3\xA6st", "gjest",
					      "invitado", "convidado", "ospite", "invit\xC3\xA9",
					      "go\xC5\x9B\xC4\x87", "misafir",
					      "\xD0\xB3\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C",
					      "\xD0\xB3\xD1\x96\xD1\x81\xD1\x82\xD1\x8C",
					      "\xEA\xB2\x8C\xEC\x8A\xA4\xED\x8A\xB8",
					      "\xE3\x82\xB2\xE3\x82\xB9\xE3\x83\x88",
					      "\xE6\xB8\xB8\xE5\xAE\xA2", "\xE8\xAE\xBF\xE5\xAE\xA2",
					      /* t39 #4: the generic tax ids an invoice to no one in
					       * particular carries: Mexico's RFC of the público en
					       * general and of a foreign buyer, Colombia's DIAN
					       * consumidor final, Ecuador's SRI consumidor final,
					       * Chile's RUT for boletas (placeholder_id compares an id
					       * of one repeated digit) */
					      "xaxx010101000", "xexx010101000", "222222222222",
					      "9999999999999", "66666666-6",
					      /* t42 F7: Portugal's NIF of a consumidor final (Moloni,
					       * InvoiceXpress, PHC, Primavera), Turkey's TCKN of a
					       * consumer who gives none (GİB's e-Arşiv), Romania's
					       * natural person (SmartBill's Persoana fizica), Greek and
					       * Turkish ERPs' retail customer (SoftOne's Πελάτης
					       * λιανικής, Logo's Perakende Müşteri) */
					      "999999990", "11111111111",
					      "persoana_fizica", "persoan\xC4\x83_fizic\xC4\x83",
					      "\xCF\x80\xCE\xB5\xCE\xBB\xCE\xAC\xCF\x84\xCE\xB7\xCF\x82_\xCE\xBB\xCE\xB9\xCE\xB1\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAE\xCF\x82",
					      "perakende_m\xC3\xBC\xC5\x9Fteri", "perakende_musteri",
					      /* t49 F16: a POS's default or retail customer (ERPNext,
					       * Odoo, Vend), Spain's and Latin America's counter sale
					       * (Cliente de mostrador), and the like in the languages
					       * relrec reads */
					      "default_customer", "retail_customer", "retail_sale",
					      "retail_sales", "default_client", "standardkunde",
					      "client_par_d\xC3\xA9" "faut", "client_par_defaut",
					      "cliente_de_mostrador", "cliente_de_contado",
					      "cliente_al_contado", "cliente_por_defecto",
					      "cliente_padr\xC3\xA3o", "cliente_padrao",
					      "cliente_predefinito", "standaardklant",
					      /* t59 F14: the general buyer of Indonesian and Malay
					       * tills and ERPs (Jubelio's, Majoo's, Moka's Pembeli
					       * Umum), Thai, Japanese and Chinese cash or general
					       * customers, Spain's clientes varios, Brazil's counter
					       * customer, an Indian ledger's cash party */
					      "pembeli_umum", "pelanggan_umum", "umum", "tunai",
					      "pelanggan_tunai", "pelanggan_am",
					      "\xE0\xB8\xA5\xE0\xB8\xB9\xE0\xB8\x81\xE0\xB8\x84\xE0\xB9\x89"
					      "\xE0\xB8\xB2\xE0\xB8\x97\xE0\xB8\xB1\xE0\xB9\x88\xE0\xB8\xA7"
					      "\xE0\xB9\x84\xE0\xB8\x9B",
					      "\xE0\xB8\xA5\xE0\xB8\xB9\xE0\xB8\x81\xE0\xB8\x84\xE0\xB9\x89"
					      "\xE0\xB8\xB2\xE0\xB9\x80\xE0\xB8\x87\xE0\xB8\xB4\xE0\xB8\x99"
					      "\xE0\xB8\xAA\xE0\xB8\x94",
					      "\xE4\xB8\x80\xE8\x88\xAC\xE5\xAE\xA2",
					      "\xE7\x8E\xB0\xE9\x87\x91\xE5\xAE\xA2\xE6\x88\xB7",
					      "\xE7\x8F\xBE\xE9\x87\x91\xE5\xAE\xA2\xE6\x88\xB6",
					      "\xE6\x99\xAE\xE9\x80\x9A\xE5\xAE\xA2\xE6\x88\xB7",
					      "clientes_varios", "cliente_varios", "publico_general",
					      "p\xC3\xBA" "blico_general", "cliente_balcao",
					      "cliente_balc\xC3\xA3o", "cash_party", "walk_in_guest",
					      /* t64 F8: NetSuite's cash sale entity (read by the
					       * phrase rule, customer_phrase, as cash_sale), SAP's
					       * one-time customer account (CPD, Conto pro Diverse)
					       * and its German, Dutch and French names, a sundry or
					       * casual customer, a passer-by, a till's Kassa, 1C's
					       * retail client */
					      "one_time_customer", "onetime_customer", "cpd",
					      "cpd_kunde", "einmalkunde", "diverse_kunden",
					      "diverse", "divers", "diversen", "kassa", "sundry",
					      "sundry_customer", "sundry_customers", "sundry_debtor",
					      "sundry_debtors", "casual_customer", "passerby",
					      "passer_by", "eenmalige_klant", "client_occasionnel",
					      "cliente_ocasional", "cliente_eventual",
					      "\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82_"
					      "\xD1\x80\xD0\xBE\xD0\xB7\xD0\xBD\xD0\xB8\xD1\x87\xD0\xBD\xD1\x8B\xD0\xB9",
					      "\xD1\x80\xD0\xBE\xD0\xB7\xD0\xBD\xD0\xB8\xD1\x87\xD0\xBD\xD1\x8B\xD0\xB9_"
					      "\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82",
					      /* t77 F3: the walk-in's label beside a generic id (Bsale's
					       * Cliente Boleta), Korean's general customer, Czech's retail
					       * customer (not a bare Покупатель or Kunde: with a number
					       * after it, MoySklad's name of a customer, t49_moysklad) */
					      "cliente_boleta", "\xEC\x9D\xBC\xEB\xB0\x98\xEA\xB3\xA0\xEA\xB0\x9D",
					      "drobn\xC3\xBD_z\xC3\xA1kazn\xC3\xADk", "drobny_zakaznik",
					      NULL};

/* Sage 50's non-stock product codes: S1 (standard rate), S2 (zero rated), S3 (exempt). */
const char *const ingest_nonstock_codes[] = {"S1", "S2", "S3", NULL};

const char *const ingest_return_events[] = {"refund", "refunded", "return", "returned",
					   "credit_memo", "credit_note", "refund_receipt",
					   "sales_credit_note", "sales_return",
					   /* Vyapar's and Busy's credit note beside its Sale (t77 F1) */
					   "sale_return",
					   /* an accounting system's credit notes and refunds as
					    * its document type writes them: a bare Credit (Sage,
					    * Xero), NetSuite's Cash Refund and Customer Refund,
					    * Business Central's Sales Credit Memo */
					   "credit", "cash_refund", "customer_refund",
					   "sales_credit_memo", "sales_credit",
					   "a/r_credit_memo" /* SAP Business One's */,
					   /* an ERP's credit notes, returns and the cancellation
					    * document that reverses an invoice (a Storno): each
					    * takes back what an invoice counted */
					   "gutschrift", "storno", "stornorechnung",
					   "rechnungskorrektur", "korrekturrechnung", "retoure",
					   "r\xC3\xBC" "cksendung", "ruecksendung",
					   "r\xC3\xBC" "ckgabe", "rueckgabe",
					   /* a wholesale ERP's goods sent back, in German and
					    * English (t83 F4) */
					   "warenr\xC3\xBC" "cksendung", "warenruecksendung",
					   "retourenbeleg", "goods_return", "goods_returned", "avoir",
					   "facture_d'avoir", "retour", "remboursement",
					   "nota_de_cr\xC3\xA9" "dito", "nota_de_credito", "abono",
					   "devoluci\xC3\xB3n", "devolucion",
					   "factura_rectificativa", "rectificativa", "reembolso",
					   "nota_di_credito", "nota_credito", "reso", "creditnota",
					   "creditfactuur", "terugbetaling",
					   "devolu\xC3\xA7\xC3\xA3o", "devolucao",
					   /* a credit note or a return in Danish, Norwegian, Swedish,
					    * Finnish, Russian (Wildberries' Возврат), Chinese, Korean,
					    * Vietnamese, Arabic (t39 #2: each was a sale, unwarned) */
					   "kreditnota", "kreditfaktura", "hyvityslasku",
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82",
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82_"
					   "\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xB0",
					   /* 1C's customer return, Возврат товаров от покупателя
					    * (t85 F2) */
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82_\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2_\xD0\xBE\xD1\x82_\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F",
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82_\xD1\x82\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2",
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82_\xD0\xBE\xD1\x82_\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F",
					   "\xE9\x80\x80\xE8\xB4\xA7", "\xE9\x80\x80\xE6\xAC\xBE",
					   "\xE9\x80\x80\xE8\xB4\xA7\xE5\x8D\x95", "\xEB\xB0\x98\xED\x92\x88",
					   "\xED\x99\x98\xEB\xB6\x88", "tr\xE1\xBA\xA3_h\xC3\xA0ng",
					   "h\xC3\xA0ng_tr\xE1\xBA\xA3_l\xE1\xBA\xA1i", "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9",
					   "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9\xD8\xA7\xD8\xAA",
					   /* a return invoice or a credit note in Turkish (Logo's,
					    * Mikro's, Netsis' Satış İade Faturası), Greek (SoftOne's,
					    * Epsilon's Πιστωτικό Τιμολόγιο), Czech (Pohoda's Dobropis),
					    * Hebrew (iCount's חשבונית זיכוי), Hungarian (Számlázz.hu's
					    * Helyesbítő számla, a Jóváíró, a Sztornó): t42 F2, each a
					    * sale, its quantity positive, and no word said */
					   "sat\xC4\xB1\xC5\x9F_iade_faturas\xC4\xB1",
					   "satis_iade_faturasi", "iade_faturas\xC4\xB1",
					   "iade_faturasi", "iade",
					   "sat\xC4\xB1\xC5\x9F_iadesi", "satis_iadesi",
					   "\xCF\x80\xCE\xB9\xCF\x83\xCF\x84\xCF\x89\xCF\x84\xCE\xB9\xCE\xBA\xCF\x8C_\xCF\x84\xCE\xB9\xCE\xBC\xCE\xBF\xCE\xBB\xCF\x8C\xCE\xB3\xCE\xB9\xCE\xBF",
					   "\xCF\x80\xCE\xB9\xCF\x83\xCF\x84\xCF\x89\xCF\x84\xCE\xB9\xCE\xBA\xCF\x8C",
					   "\xCF\x80\xCE\xB9\xCF\x83\xCF\x84\xCF\x89\xCF\x84\xCE\xB9\xCE\xBA\xCF\x8C_\xCF\x83\xCF\x84\xCE\xBF\xCE\xB9\xCF\x87\xCE\xB5\xCE\xAF\xCE\xBF_\xCE\xBB\xCE\xB9\xCE\xB1\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAE\xCF\x82",
					   "dobropis",
					   "opravn\xC3\xBD_da\xC5\x88ov\xC3\xBD_doklad",
					   "opravny_danovy_doklad",
					   "\xD7\x96\xD7\x99\xD7\x9B\xD7\x95\xD7\x99",
					   "\xD7\x97\xD7\xA9\xD7\x91\xD7\x95\xD7\xA0\xD7\x99\xD7\xAA_\xD7\x96\xD7\x99\xD7\x9B\xD7\x95\xD7\x99",
					   "helyesb\xC3\xADt\xC5\x91_sz\xC3\xA1mla",
					   "helyesbito_szamla",
					   "j\xC3\xB3v\xC3\xA1\xC3\xADr\xC3\xB3_sz\xC3\xA1mla",
					   "jovairo_szamla",
					   "j\xC3\xB3v\xC3\xA1\xC3\xADr\xC3\xA1s", "jovairas",
					   "sztorn\xC3\xB3_sz\xC3\xA1mla", "sztorno_szamla",
					   /* a card payment taken back by the bank (t59 F5:
					    * ChannelAdvisor's Type Chargeback, beside Refund,
					    * was proposed as a purchase) */
					   "chargeback", "charge_back",
					   /* an order returned after it was bought, as its status
					    * writes it in Dutch (Bol.com's Geretourneerd) and
					    * Romanian (eMAG's Returnat\xC4\x83): t72 F24 */
					   "geretourneerd", "returnat\xC4\x83", "returnata",
					   /* t74 F15: the credit notes and sales returns beside
					    * the sales documents of ingest_purchase_events' t74
					    * block */
					   "faktura_koryguj\xC4\x85" "ca", "faktura_korygujaca",
					   "korekta", "factur\xC4\x83_storno", "factura_storno",
					   "\xE8\xBF\x94\xE5\x93\x81",
					   "\xE9\x94\x80\xE5\x94\xAE\xE9\x80\x80\xE8\xB4\xA7",
					   "\xE0\xB9\x83\xE0\xB8\x9A\xE0\xB8\xA5\xE0\xB8\x94\xE0\xB8\xAB\xE0\xB8\x99\xE0\xB8\xB5\xE0\xB9\x89",
					   "h\xC3\xA0ng_b\xC3\xA1n_b\xE1\xBB\x8B_tr\xE1\xBA\xA3_l\xE1\xBA\xA1i",
					   "hang_ban_bi_tra_lai", "retur_penjualan",
					   "\xD8\xA5\xD8\xB4\xD8\xB9\xD8\xA7\xD8\xB1_\xD8\xAF\xD8\xA7\xD8\xA6\xD9\x86",
					   /* Kaufland's returned unit, and German's other
					    * words for it (t77 F22) */
					   "zur\xC3\xBC" "ckgesendet", "zurueckgesendet",
					   "zur\xC3\xBC" "ckgeschickt", "zurueckgeschickt", "retourniert",
					   /* t77 F5, F6: a refund or a return in the other
					    * languages relrec reads (Poster's Повернення, a return
					    * receipt of positive quantities), credit notes in
					    * Bulgarian, Slovak, Croatian, Italian, WooCommerce's
					    * refund post type, Bsale's electronic credit note */
					   "r\xC3\xBC" "ckerstattung", "rueckerstattung",
					   "rimborso", "zwrot", "vr\xC3\xA1" "cen\xC3\xAD",
					   "vraceni", "vratka", "vissz\xC3\xA1ru", "visszaru",
					   "\xD0\xBF\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8F",
					   "povrat", "vra\xC4\x8Dilo", "vracilo",
					   "gr\xC4\x85\xC5\xBEinimas", "grazinimas",
					   "atgrie\xC5\xA1" "ana", "atgriesana", "tagastus",
					   "palautus", "retur",
					   "\xCE\xB5\xCF\x80\xCE\xB9\xCF\x83\xCF\x84\xCF\x81\xCE\xBF\xCF\x86\xCE\xAE",
					   "\xE8\xBF\x94\xE9\x87\x91",
					   "\xE0\xB8\x84\xE0\xB8\xB7\xE0\xB8\x99\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB8\x99\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2",
					   "ho\xC3\xA0n_ti\xE1\xBB\x81n", "hoan_tien",
					   "pengembalian",
					   "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xAF",
					   "\xD7\x94\xD7\x97\xD7\x96\xD7\xA8\xD7\x94",
					   "\xD8\xA8\xD8\xB1\xDA\xAF\xD8\xB4\xD8\xAA",
					   "\xD0\xBD\xD0\xBE\xD1\x82\xD0\xB0_\xD0\xB7\xD0\xB0_\xD0\xBA\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB8\xD1\x82",
					   "\xD0\xBA\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB8\xD1\x82\xD0\xBD\xD0\xBE_\xD0\xB8\xD0\xB7\xD0\xB2\xD0\xB5\xD1\x81\xD1\x82\xD0\xB8\xD0\xB5",
					   "storno_faktura", "fattura_di_storno", "odobrenie",
					   "odobrenje", "return_order", "shop_order_refund",
					   "nota_de_cr\xC3\xA9" "dito_electr\xC3\xB3nica",
					   "nota_de_credito_electronica",
					   /* t80 F19: a return in Hindi (वापसी, बिक्री वापसी), Bengali,
					    * Urdu, Japan's red slip (赤伝, the slip that reverses a
					    * sale), Persian (مرجوعی) and Korean's sales cancellation
					    * (매출취소, reversing an invoice as a Storno does),
					    * Taiwan's sales return (銷貨退回) */
					   "\xE9\x8A\xB7\xE8\xB2\xA8\xE9\x80\x80\xE5\x9B\x9E", "\xE9\x94\x80\xE8\xB4\xA7\xE9\x80\x80\xE5\x9B\x9E",
					   "\xE0\xA4\xB5\xE0\xA4\xBE\xE0\xA4\xAA\xE0\xA4\xB8\xE0\xA5\x80",
					   "\xE0\xA4\xAC\xE0\xA4\xBF\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x80_\xE0\xA4\xB5\xE0\xA4\xBE\xE0\xA4\xAA\xE0\xA4\xB8\xE0\xA5\x80",
					   "\xE0\xA4\xB5\xE0\xA4\xBF\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xAF_\xE0\xA4\xB5\xE0\xA4\xBE\xE0\xA4\xAA\xE0\xA4\xB8\xE0\xA5\x80",
					   "\xE0\xA6\xAB\xE0\xA7\x87\xE0\xA6\xB0\xE0\xA6\xA4",
					   "\xE0\xA6\xAC\xE0\xA6\xBF\xE0\xA6\x95\xE0\xA7\x8D\xE0\xA6\xB0\xE0\xA6\xAF\xE0\xA6\xBC_\xE0\xA6\xAB\xE0\xA7\x87\xE0\xA6\xB0\xE0\xA6\xA4",
					   "\xD9\x88\xD8\xA7\xD9\xBE\xD8\xB3\xDB\x8C",
					   "\xE8\xB5\xA4\xE4\xBC\x9D",
					   "\xE8\xB5\xA4\xE4\xBC\x9D\xE7\xA5\xA8",
					   "\xD9\x85\xD8\xB1\xD8\xAC\xD9\x88\xD8\xB9\xDB\x8C",
					   "\xD9\x85\xD8\xB1\xD8\xAC\xD9\x88\xD8\xB9\xDB\x8C_\xD9\x81\xD8\xB1\xD9\x88\xD8\xB4",
					   "\xD8\xA8\xD8\xB1\xDA\xAF\xD8\xB4\xD8\xAA_\xD8\xA7\xD8\xB2_\xD9\x81\xD8\xB1\xD9\x88\xD8\xB4",
					   "\xEB\xA7\xA4\xEC\xB6\x9C\xEC\xB7\xA8\xEC\x86\x8C",
					   "\xEB\xA7\xA4\xEC\xB6\x9C_\xEC\xB7\xA8\xEC\x86\x8C",
					   NULL};

const char *const ingest_other_documents[] = {"delivery_note", "packing_slip",
					     "dispatch_note", "shipment", "order_confirmation",
					     "sales_order", "proforma", "pro_forma",
					     "proforma_invoice", "lieferschein",
					     "auftragsbest\xC3\xA4tigung", "auftragsbestaetigung",
					     "auftrag", "proformarechnung", "bon_de_livraison",
					     "bon_de_commande", "confirmation_de_commande",
					     "facture_proforma", "albar\xC3\xA1n", "albaran",
					     "nota_de_entrega", "pedido_de_venta",
					     "documento_di_trasporto", "ddt", "bolla",
					     "conferma_d'ordine", "ordine_cliente", "pakbon",
					     "leverbon", "orderbevestiging", "verkooporder",
					     "guia_de_remessa", "encomenda",
					     /* Business Central's posted shipment, NetSuite's
					      * fulfilment, and the receipt of goods sent back:
					      * the invoice counts the goods shipped, the credit
					      * memo beside a return receipt takes them back, so
					      * counting either would count them twice; a return
					      * authorisation (an RMA) only promises a return, as
					      * a sales order promises a sale */
					     "sales_shipment", "item_fulfillment", "return_receipt",
					     "sales_return_receipt", "return_authorization",
					     /* goods delivered on commission (consignment), the
					      * dealer's until sold: no sale (t83 F4) */
					     "kommissionslieferung", "konsignationslieferung",
					     "consignment", "consignment_delivery",
					     /* delivery notes and packing lists in the other
					      * languages relrec reads (Fortnox's, Tripletex's,
					      * Visma's Följesedel, Følgeseddel, Lähete; Argentina's
					      * Remito, Chile's Guía de despacho,
					      * Brazil's Romaneio, Turkey's İrsaliye), and 1C's bill
					      * and customer order, which precede its sale
					      * (Реализация) of the same goods: each beside the
					      * invoice of the same goods (t44 #8, #12) */
					     "f\xC3\xB6ljesedel", "foljesedel",
					     "f\xC3\xB8lgeseddel", "folgeseddel", "pakkseddel",
					     "pakkeseddel", "packsedel", "l\xC3\xA4hete",
					     "lahete", "l\xC3\xA4hetysluettelo",
					     "lahetysluettelo", "rahtikirja", "remito",
					     "gu\xC3\xAD" "a_de_despacho", "guia_de_despacho",
					     "gu\xC3\xAD" "a_de_remisi\xC3\xB3n",
					     "guia_de_remision", "romaneio", "packing_list",
					     "delivery_order", "goods_delivery_note",
					     "bon_de_pr\xC3\xA9paration", "bon_de_preparation",
					     "irsaliye", "sevk_irsaliyesi",
					     "dow\xC3\xB3" "d_dostawy", "dowod_dostawy",
					     "\xD1\x81\xD1\x87\xD1\x91\xD1\x82_\xD0\xBD\xD0\xB0_\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD1\x83",
					     "\xD1\x81\xD1\x87\xD0\xB5\xD1\x82_\xD0\xBD\xD0\xB0_\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD1\x83",
					     "\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7_\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F",
					     "\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7_\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0",
					     /* 1C's bill as its Тип документа names it, Счёт на
					      * оплату покупателю (t85 F2) */
					     "\xD1\x81\xD1\x87\xD1\x91\xD1\x82_\xD0\xBD\xD0\xB0_\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD1\x83_\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8E",
					     "\xD1\x81\xD1\x87\xD0\xB5\xD1\x82_\xD0\xBD\xD0\xB0_\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD1\x83_\xD0\xBF\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBF\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8E",
					     "\xE5\x8F\x91\xE8\xB4\xA7\xE5\x8D\x95",
					     "\xE9\x80\x81\xE8\xB4\xA7\xE5\x8D\x95",
					     "phi\xE1\xBA\xBFu_giao_h\xC3\xA0ng",
					     "\xD8\xB3\xD9\x86\xD8\xAF_\xD8\xAA\xD8\xB3\xD9\x84\xD9\x8A\xD9\x85",
					     /* Poland's invoice written for a receipt already
					      * issued (wFirma's Faktura do paragonu: t77 F15): the
					      * sale is the receipt's, counted once */
					     "faktura_do_paragonu",
					     "faktura_do_paragonu_fiskalnego",
					     /* its Czech and Slovak kin: an invoice to a till's
					      * receipt (\xC3\xBA\xC4\x8Dtenka, paragon,
					      * pokladni\xC4\x8Dn\xC3\xBD doklad, blok) */
					     "faktura_k_\xC3\xBA\xC4\x8Dtence", "faktura_k_uctence",
					     "faktura_k_paragonu",
					     "fakt\xC3\xBAra_k_pokladni\xC4\x8Dn\xC3\xA9mu_dokladu",
					     "faktura_k_pokladnicnemu_dokladu",
					     "fakt\xC3\xBAra_k_bloku", "faktura_k_bloku",
					     "fakt\xC3\xBAra_k_paragonu",
					     /* t77: the down payment's, the order's, the pro forma's
					      * and the delivery note's documents beside an invoice,
					      * which would now be warned of as unknown ones */
					     "abschlagsrechnung", "pedido", "factura_proforma",
					     "ordine", "wz", "zam\xC3\xB3wienie", "zamowienie",
					     "dodac\xC3\xAD_list", "dodaci_list",
					     "objedn\xC3\xA1vka", "objednavka",
					     "d\xC3\xADjbek\xC3\xA9r\xC5\x91", "dijbekero",
					     "sz\xC3\xA1ll\xC3\xADt\xC3\xB3lev\xC3\xA9l",
					     "szallitolevel",
					     "\xD0\xBD\xD0\xB0\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xBD\xD0\xB0\xD1\x8F",
					     "\xE8\xA6\x8B\xE7\xA9\x8D\xE6\x9B\xB8",
					     "\xE7\xB4\x8D\xE5\x93\x81\xE6\x9B\xB8",
					     "\xE6\x8A\xA5\xE4\xBB\xB7\xE5\x8D\x95",
					     NULL};

/* The shop's own side of an accounting export of all its documents: its purchases from its
 * suppliers and what it sends back to them (Vyapar's Purchase and Purchase Return, Tally's
 * Purchase voucher, Odoo's Vendor Bills, QuickBooks' and Zoho's vendor bill), in the
 * languages relrec reads document types in. Never a customer's purchase nor return (t77 F1:
 * four suppliers were the four biggest customers). The first two are also an event log's
 * word for a customer buying (ingest_purchase_events): they are the shop's only when the
 * same column holds a sale's word beside them (supplier_decide). */
/* A Status column's values when it is no order's (t82 F30): a customer's tier or account
 * (Gold, VIP, Member, Active), a product's state (Discontinued, Clearance, Out of stock). A
 * column whose values are these and no order's status relrec knows is left unused
 * (status_other_settle): its rows were bought whatever it says. Words an order's status
 * shares (closed, new, open, active...) are here too: beside them only an order's own word
 * (Cancelled, Shipped) makes the column the orders'. Compared as header names are; the
 * manual lists them. */
const char *const ingest_other_states[] = {"gold", "silver", "bronze", "platinum", "diamond",
					   "vip", "member", "non_member", "nonmember", "guest",
					   "regular", "premium", "standard", "basic", "loyal",
					   "loyalty", "new", "returning", "prospect", "lead",
					   "active", "inactive", "suspended", "blocked", "closed",
					   "open", "dormant", "lapsed", "churned", "discontinued",
					   "clearance", "in_stock", "out_of_stock", "low_stock",
					   "backorder", "end_of_life", "seasonal", "phased_out",
					   "obsolete", "available", "unavailable", "listed",
					   "delisted", "stammkunde", "neukunde", "aktiv", "inaktiv",
					   "actif", "inactif", "activo", "inactivo", "attivo",
					   "inattivo", "actief", "inactief", "ativo", "inativo", NULL};
/* An Event column's values when it names a marketing or a store event (t82 F30: Black Friday,
 * Summer Sale, Store opening), whole or as a word of a value of two or more (Ramadan Sale,
 * Spring Clearance 2024); an event log's types are none of these. A column whose values are
 * these or a purchase's word (Sale) is no event log's: left unused, every row a purchase
 * (event_other_decide). Compared as header names are; the manual lists them. */
const char *const ingest_marketing_events[] = {"black_friday", "cyber_monday", "promotion",
					       "promo", "launch", "product_launch", "clearance",
					       "store_opening", "grand_opening", "opening",
					       "reopening", "anniversary", "christmas", "xmas",
					       "easter", "holiday", "holidays", "festival",
					       "campaign", "friday", "monday", "sale", "sales",
					       "back_to_school", "boxing_day", "singles_day",
					       "prime_day", "mothers_day", "fathers_day",
					       "valentines_day", "ramadan", "diwali", "halloween",
					       "outlet", "markdown", "roadshow", "pop_up", "popup",
					       "fair", "expo", "soldes", "aktion", "rebajas",
					       "saldi", "uitverkoop", "liquidaci\xC3\xB3n",
					       "liquidacion", NULL};

const char *const ingest_supplier_documents[] = {"purchase", "purchases",
					       "purchase_return", "purchase_returns",
					       "purchase_invoice", "purchase_order",
					       "purchase_bill", "purchase_credit_note",
					       "purchase_debit_note", "debit_note", "vendor_bill",
					       "vendor_bills", "vendor_credit", "vendor_refund",
					       "supplier_invoice", "supplier_bill",
					       "supplier_credit_note", "goods_receipt",
					       "goods_received_note",
					       "einkauf", "eingangsrechnung", "einkaufsrechnung",
					       "lieferantenrechnung", "achat", "facture_d'achat",
					       "facture_fournisseur", "compra",
					       "factura_de_compra", "factura_compra",
					       "factura_proveedor", "fatura_de_compra", "acquisto",
					       "fattura_di_acquisto", "fattura_acquisto",
					       "fattura_fornitore", "inkoop", "inkoopfactuur",
					       "zakup", "faktura_zakupu", "n\xC3\xA1" "kup", "nakup",
					       "p\xC5\x99\xC3\xADjat\xC3\xA1_faktura",
					       "prijata_faktura",
					       "al\xC4\xB1\xC5\x9F", "alis",
					       "al\xC4\xB1\xC5\x9F_faturas\xC4\xB1", "alis_faturasi",
					       "\xD0\xB7\xD0\xB0\xD0\xBA\xD1\x83\xD0\xBF\xD0\xBA\xD0\xB0",
					       "\xD0\xBF\xD0\xBE\xD1\x81\xD1\x82\xD1\x83\xD0\xBF\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5",
					       "\xE4\xBB\x95\xE5\x85\xA5", "\xE9\x87\x87\xE8\xB4\xAD",
					       "\xE9\x87\x87\xE8\xB3\xBC", "\xE8\xBF\x9B\xE8\xB4\xA7",
					       "\xEB\xA7\xA4\xEC\x9E\x85", NULL};

/* An item ledger's entries that move stock without a sale (Business Central's Item Ledger
 * Entries: Positive Adjmt., Negative Adjmt., Transfer, Consumption, Output and the assembly's;
 * its German Zugang, Abgang, Umlagerung, Verbrauch, Istmeldung): beside Sale in an event
 * column they say that its quantities are the stock's, a sale's below 0 (ledger_decide). Never
 * a purchase nor a return. */
const char *const ingest_stock_entries[] = {"positive_adjmt.", "negative_adjmt.",
					    "positive_adjustment", "negative_adjustment",
					    "transfer", "consumption", "output",
					    "assembly_consumption", "assembly_output", "zugang",
					    "abgang", "umlagerung", "verbrauch", "istmeldung", NULL};

/* --strip-zeros' columns, as --map names them: bit k of builder.strip for the k-th. */
const char *const ingest_zero_columns[] = {"user", "item", NULL};

const char *const ingest_void_statuses[] = {"cancelled", "canceled", "failed", "voided", "void",
					    "declined", "rejected", "abandoned", "trash",
					    "deleted", "storniert", "annule", "annul\xC3\xA9",
					    "annulee", "annul\xC3\xA9" "e", "cancelado",
					    "cancelada", "annullato", "geannuleerd", "anulado",
					    "anulada", "anulowane", "anulowano", "iptal",
					    "\xC4\xB0ptal" /* Iptal, Turkish */, "dibatalkan",
					    "batal",
					    /* t59 F1: a training mode's practice check or a test
					     * order, as a status or a till's Mode writes it */
					    "training", "training_mode", "test", "test_order",
					    "trainingsmodus",
					    /* the same in the other languages whose dates and digits
					     * relrec reads (t39 #1: each was kept as a purchase even
					     * with --map status=): Norwegian, Danish, Swedish and
					     * Finnish cancelled or voided (Fortnox's Makulerad),
					     * Russian (Ozon's Отменён, Kaspi's Отменен), Ukrainian,
					     * Arabic, Chinese (Taobao's trade closed, Youzan's
					     * closed), Korean, Vietnamese (either place of the
					     * tone mark) */
					    "annullert", "annulleret", "annullerad", "makulerad",
					    "makuleret", "makulert", "peruttu", "peruutettu",
					    "mit\xC3\xA4t\xC3\xB6ity",
					    "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x91\xD0\xBD",
					    "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB5\xD0\xBD",
					    "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xBE",
					    "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB0",
					    "\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x83\xD0\xBB\xD0\xB8\xD1\x80\xD0\xBE"
					    "\xD0\xB2\xD0\xB0\xD0\xBD",
					    "\xD1\x81\xD0\xBA\xD0\xB0\xD1\x81\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE",
					    "\xD9\x85\xD9\x84\xD8\xBA\xD9\x8A", "\xD9\x85\xD9\x84\xD8\xBA\xD9\x89",
					    "\xD9\x85\xD9\x84\xD8\xBA\xD8\xA7\xD8\xA9",
					    "\xD9\x85\xD9\x84\xD8\xBA\xD9\x8A\xD8\xA9",
					    "\xE4\xBA\xA4\xE6\x98\x93\xE5\x85\xB3\xE9\x97\xAD",
					    "\xE4\xBA\xA4\xE6\x98\x93\xE9\x97\x9C\xE9\x96\x89",
					    "\xE5\xB7\xB2\xE5\x8F\x96\xE6\xB6\x88", "\xE5\xB7\xB2\xE5\x85\xB3\xE9\x97\xAD",
					    "\xE5\xB7\xB2\xE9\x97\x9C\xE9\x96\x89", "\xEC\xB7\xA8\xEC\x86\x8C",
					    "\xEC\xB7\xA8\xEC\x86\x8C\xEC\x99\x84\xEB\xA3\x8C",
					    "\xEC\xA3\xBC\xEB\xAC\xB8\xEC\xB7\xA8\xEC\x86\x8C",
					    "\xC4\x91\xC3\xA3_h\xE1\xBB\xA7y", "\xC4\x91\xC3\xA3_hu\xE1\xBB\xB7",
					    "h\xE1\xBB\xA7y", "hu\xE1\xBB\xB7",
					    /* t42 F8: cancelled in Czech and Slovak (Pohoda's
					     * Stornováno, Zrušeno), Romanian (SmartBill's Anulata,
					     * beside Spanish anulada), Greek (Ακυρωμένο), Hebrew
					     * (מבוטל), Thai (ยกเลิก), Hungarian (Billingo's
					     * Érvénytelenített, Sztornózott); and the neighbours' other
					     * forms: German annulliert, abgebrochen, Italian's feminine
					     * and cancellato, stornato, Polish's other genders */
					    "stornov\xC3\xA1no", "stornovano", "stornov\xC3\xA1na",
					    "stornovan\xC3\xA1", "stornovan\xC3\xA9", "zru\xC5\xA1" "eno",
					    "zruseno", "zru\xC5\xA1" "ena", "zru\xC5\xA1" "en\xC3\xA1",
					    "zru\xC5\xA1" "en\xC3\xA9", "anulat", "anulat\xC4\x83", "anulata",
					    "anulate",
					    "\xCE\xB1\xCE\xBA\xCF\x85\xCF\x81\xCF\x89\xCE\xBC\xCE\xAD\xCE\xBD\xCE\xBF",
					    "\xCE\xB1\xCE\xBA\xCF\x85\xCF\x81\xCF\x89\xCE\xBC\xCE\xAD\xCE\xBD\xCE\xB7",
					    "\xCE\xB1\xCE\xBA\xCF\x85\xCF\x81\xCF\x89\xCE\xBC\xCE\xAD\xCE\xBD\xCE\xB1",
					    "\xCE\xB1\xCE\xBA\xCF\x85\xCF\x81\xCF\x89\xCE\xBC\xCE\xAD\xCE\xBD\xCE\xBF\xCF\x82",
					    "\xCE\xB1\xCE\xBA\xCF\x85\xCF\x81\xCF\x8E\xCE\xB8\xCE\xB7\xCE\xBA\xCE\xB5",
					    "\xD7\x9E\xD7\x91\xD7\x95\xD7\x98\xD7\x9C",
					    "\xD7\x9E\xD7\x91\xD7\x95\xD7\x98\xD7\x9C\xD7\xAA",
					    "\xD7\x91\xD7\x95\xD7\x98\xD7\x9C", "\xD7\x91\xD7\x95\xD7\x98\xD7\x9C\xD7\x94",
					    "\xE0\xB8\xA2\xE0\xB8\x81\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\xB4\xE0\xB8\x81",
					    "\xE0\xB8\xA2\xE0\xB8\x81\xE0\xB9\x80\xE0\xB8\xA5\xE0\xB8\xB4\xE0\xB8\x81"
					    "\xE0\xB9\x81\xE0\xB8\xA5\xE0\xB9\x89\xE0\xB8\xA7",
					    "\xC3\xA9rv\xC3\xA9nytelen\xC3\xADtett", "ervenytelenitett",
					    "\xC3\xA9rv\xC3\xA9nytelen", "ervenytelen", "sztorn\xC3\xB3zott",
					    "sztornozott", "visszavont", "t\xC3\xB6r\xC3\xB6lt", "torolt",
					    "annulliert", "abgebrochen", "annullata", "cancellato",
					    "cancellata", "stornato", "stornata", "anulowana", "anulowany",
					    /* t46 F15: Estonian's cancelled, Persian's cancelled and
					     * voided (لغو شده, باطل شده) */
					    "t\xC3\xBChistatud", "tuhistatud", "annulleeritud",
					    "\xD9\x84\xD8\xBA\xD9\x88", "\xD9\x84\xD8\xBA\xD9\x88_\xD8\xB4\xD8\xAF\xD9\x87",
					    "\xD8\xA8\xD8\xA7\xD8\xB7\xD9\x84_\xD8\xB4\xD8\xAF\xD9\x87",
					    /* t77 F7, F10: cancelled in Bulgarian, Croatian,
					     * Slovenian, Hungarian, Norwegian, Swedish, Lithuanian
					     * and Latvian; Shift4Shop's own Not Completed (an
					     * abandoned checkout; not its Cancel, a word of Cancel
					     * Requested, no cancellation yet) */
					    "\xD0\xBE\xD1\x82\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBD\xD0\xB0",
					    "\xD0\xBE\xD1\x82\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBD",
					    "\xD0\xB0\xD0\xBD\xD1\x83\xD0\xBB\xD0\xB8\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB0",
					    "\xD0\xB0\xD0\xBD\xD1\x83\xD0\xBB\xD0\xB8\xD1\x80\xD0\xB0\xD0\xBD",
					    "otkazano", "otkazana", "stornirano", "stornirana",
					    "preklicano", "sztorn\xC3\xB3zva", "sztornozva",
					    "kansellert", "avbruten", "avbrutet",
					    "at\xC5\xA1" "aukta", "atsaukta", "atcelts",
					    "atcelta", "not_completed",
					    /* an invoice never sent (Zoho, Xero), and in the other
					     * languages relrec reads (t39 #1: Moneybird's Concept,
					     * Bozza, Rascunho, Utkast, Kladde, Luonnos were sales) */
					    "draft", "entwurf", "brouillon", "borrador", "concept", "bozza",
					    "rascunho", "utkast", "kladde", "luonnos", "szkic", "taslak",
					    "\xD1\x87\xD0\xB5\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBA",
					    "\xE8\x8D\x89\xE7\xA8\xBF", "\xE4\xB8\x8B\xE6\x9B\xB8\xE3\x81\x8D",
					    "nh\xC3\xA1p", "b\xE1\xBA\xA3n_nh\xC3\xA1p",
					    "\xD9\x85\xD8\xB3\xD9\x88\xD8\xAF\xD8\xA9",
					    /* WooCommerce's own names, as some export plugins write them */
					    "wc-cancelled", "wc-failed", "wc-checkout-draft",
					    /* its block checkout's draft, as the word after wc- is
					     * read (t44 #12: warned of and bought) */
					    "checkout_draft",
					    /* a sale parked at the till and never rung up (Vend's
					     * SAVED, t72 F24): a draft of a sale, as an invoice never
					     * sent is */
					    "saved", "parked",
					    /* Romanian's reversed invoice (eMAG's Stornat\xC4\x83),
					     * beside Italian's stornata */
					    "stornat\xC4\x83",
					    /* a payment the seller or the bank refused (PayPal), an
					     * authorisation never captured (PayPal, Shopify), an order
					     * the shop could not fill (Olist) */
					    "denied", "expired", "unavailable",
					    /* a CRM's deal lost (Salesforce's Closed Lost, HubSpot's
					     * Closed lost, t86 F3): the products the customer refused */
					    "closed_lost",
					    /* a checkout abandoned before payment (BigCommerce, Ecwid) */
					    "incomplete",
					    /* a payment that failed (PrestaShop's PS_OS_ERROR, in
					     * its French, Spanish and German names: t44 #9) */
					    "payment_error", "erreur_de_paiement", "error_en_pago",
					    "zahlungsfehler",
					    /* failed, refused, declined in the languages relrec reads,
					     * also as a later word of a status ("Pago rechazado",
					     * "Pagamento recusado", "Zahlung fehlgeschlagen": t44 #4) */
					    "rechazado", "rechazada", "fallido", "fallida", "denegado",
					    "denegada", "recusado", "recusada", "falhou", "falhado",
					    "abgelehnt", "fehlgeschlagen", "\xC3\xA9" "chou\xC3\xA9",
					    "echoue", "\xC3\xA9" "chou\xC3\xA9" "e", "echouee",
					    "refus\xC3\xA9", "refus\xC3\xA9" "e", "refusee",
					    "rifiutato", "rifiutata", "fallito", "fallita", "mislukt",
					    "geweigerd", "afgewezen", "misslyckad", "nekad", "avvist",
					    "avsl\xC3\xA5tt", "afvist", "mislykket", "ep\xC3\xA4onnistui",
					    "hyl\xC3\xA4tty", "odrzucone", "nieudane", "reddedildi",
					    "ba\xC5\x9F" "ar\xC4\xB1s\xC4\xB1z", "basarisiz",
					    /* an order the buyer refused at the door or never took
					     * (Amazon's "Shipped - Returned to Seller": t19); a parcel
					     * lost or damaged was still bought */
					    "shipped_returned_to_seller", "shipped_returning_to_seller",
					    "shipped_rejected_by_buyer",
					    /* Japanese shops' (Rakuten's, BASE's): cancel, cancelled,
					     * and the kanji's cancellation (t35: Rakuten's キャンセル
					     * was a sale even with --map status=) */
					    "\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB",
					    "\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB"
					    "\xE6\xB8\x88\xE3\x81\xBF",
					    "\xE5\x8F\x96\xE6\xB6\x88", "\xE5\x8F\x96\xE3\x82\x8A\xE6\xB6\x88\xE3\x81\x97",
					    "\xE5\x8F\x96\xE6\xB6\x88\xE6\xB8\x88\xE3\x81\xBF",
					    /* t74 F27: Hungarian's deleted; India's return to origin (Meesho:
					     * the parcel came back undelivered, never bought) */
					    "t\xC3\xB6r\xC3\xB6lve", "torolve", "rto",
					    "rto_complete", "rto_delivered", "returned_to_origin",
					    /* t80 F7: cancelled in Hindi, Bengali, Urdu, Tamil, Swahili,
					     * Rakuten's キャンセル確定 (cancel confirmed) and Arabic's
					     * usual تم الإلغاء (was cancelled) */
					    "\xE0\xA4\xB0\xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xA6",
					    "\xE0\xA4\xB0\xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xA6_\xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE_\xE0\xA4\x97\xE0\xA4\xAF\xE0\xA4\xBE",
					    "\xE0\xA4\xB0\xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xA6_\xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE",
					    "\xE0\xA4\xB0\xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xA6_\xE0\xA4\xB9\xE0\xA5\x81\xE0\xA4\x86",
					    "\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB\xE7\xA2\xBA\xE5\xAE\x9A",
					    "\xD8\xAA\xD9\x85_\xD8\xA7\xD9\x84\xD8\xA5\xD9\x84\xD8\xBA\xD8\xA7\xD8\xA1",
					    "\xD8\xAA\xD9\x85_\xD8\xA7\xD9\x84\xD8\xA7\xD9\x84\xD8\xBA\xD8\xA7\xD8\xA1",
					    "\xD8\xA3\xD9\x84\xD8\xBA\xD9\x8A",
					    "\xE0\xA6\xAC\xE0\xA6\xBE\xE0\xA6\xA4\xE0\xA6\xBF\xE0\xA6\xB2",
					    "\xE0\xA6\xAC\xE0\xA6\xBE\xE0\xA6\xA4\xE0\xA6\xBF\xE0\xA6\xB2_\xE0\xA6\x95\xE0\xA6\xB0\xE0\xA6\xBE_\xE0\xA6\xB9\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x87\xE0\xA6\x9B\xE0\xA7\x87",
					    "\xD9\x85\xD9\x86\xD8\xB3\xD9\x88\xD8\xAE",
					    "\xD9\x85\xD9\x86\xD8\xB3\xD9\x88\xD8\xAE_\xD8\xB4\xD8\xAF\xDB\x81",
					    "imefutwa", "imeghairiwa",
					    "\xE0\xAE\xB0\xE0\xAE\xA4\xE0\xAF\x8D\xE0\xAE\xA4\xE0\xAF\x81",
					    "\xE0\xAE\xB0\xE0\xAE\xA4\xE0\xAF\x8D\xE0\xAE\xA4\xE0\xAF\x81_\xE0\xAE\x9A\xE0\xAF\x86\xE0\xAE\xAF\xE0\xAF\x8D\xE0\xAE\xAF\xE0\xAE\xAA\xE0\xAF\x8D\xE0\xAE\xAA\xE0\xAE\x9F\xE0\xAF\x8D\xE0\xAE\x9F\xE0\xAE\xA4\xE0\xAF\x81", NULL};

/* An offer not (yet) accepted: Odoo's Quotation and Quotation Sent, and their names
 * elsewhere. Never bought when it is the whole status; but "Quote accepted" or "Angebot
 * angenommen" may well be a sale, so unlike the void statuses not as a first word. A document
 * type that names one as a word of its own is never a sale (offer_document: Sage Intacct's
 * Sales Quote, t64 F12); an estimate, an offer, a Mexican cotizaci\xC3\xB3n, a German
 * Kostenvoranschlag, a Japanese \xE8\xA6\x8B\xE7\xA9\x8D\xE6\x9B\xB8, a Chinese \xE6\x8A\xA5\xE4\xBB\xB7\xE5\x8D\x95 are offers too. */
const char *const ingest_offer_statuses[] = {"quotation", "quotation_sent", "quote", "angebot",
					     "devis", "presupuesto", "preventivo", "offerte",
					     "orcamento", "or\xC3\xA7" "amento", "estimate", "offer",
					     "cotizaci\xC3\xB3n", "cotizacion", "cota\xC3\xA7\xC3\xA3o",
					     "cotacao", "kostenvoranschlag", "offerta", "oferta",
					     "offert", "tilbud", "tarjous", "teklif", "oferta_handlowa",
					     /* Dolibarr's English (commercial) Proposal (t83 F4) */
					     "proposal", "commercial_proposal",
					     /* a CRM deal's open stages, never bought yet (Salesforce's
					      * Opportunity Stage, t86 F3: its open deals counted) */
					     "prospecting", "qualification", "needs_analysis",
					     "value_proposition", "id._decision_makers",
					     "id_decision_makers", "perception_analysis",
					     "proposal/price_quote", "negotiation/review",
					     "appointment_scheduled", "qualified_to_buy",
					     "presentation_scheduled", "decision_maker_bought_in",
					     "contract_sent",
					     "\xE8\xA6\x8B\xE7\xA9\x8D", "\xE8\xA6\x8B\xE7\xA9\x8D\xE6\x9B\xB8",
					     "\xE8\xA6\x8B\xE7\xA9\x8D\xE3\x82\x8A", "\xE6\x8A\xA5\xE4\xBB\xB7",
					     "\xE6\x8A\xA5\xE4\xBB\xB7\xE5\x8D\x95", "\xE5\xA0\xB1\xE5\x83\xB9\xE5\x96\xAE",
					     "\xEA\xB2\xAC\xEC\xA0\x81", "\xEA\xB2\xAC\xEC\xA0\x81\xEC\x84\x9C", NULL};

/* The abbreviations that begin a quote's number (Q-1001, QT-, EST-, ANG-2024-01 and AN- for
 * Angebot, DEV- for devis, COT- for cotizaci\xC3\xB3n and cota\xC3\xA7\xC3\xA3o, PRES- for
 * presupuesto, PREV- for preventivo, ORC- for or\xC3\xA7" "amento, OFF- for offerte, offer,
 * offerta), beside the whole words of ingest_offer_statuses (QUOTE-7, ANGEBOT-12): a quote
 * numbered so beside an invoice numbered as one (ingest_invoice_prefixes) in one column is no
 * sale (quotes_decide, t83 F12). */
const char *const ingest_quote_prefixes[] = {"q", "qt", "qte", "quo", "quot", "est", "ang", "an",
					     "dev", "cot", "pres", "prev", "orc", "off", "kv", NULL};
/* ... and those of an invoice (INV-, IN-, RE- and RG- for Rechnung, FA-, FAC-, FACT-, F- for
 * facture and factura, FT- and FAT- for fattura and fatura, FV- and FAK- for faktura, R-, SI-
 * for a sales invoice, BILL-), beside the sale's whole words of ingest_purchase_events
 * (INVOICE-, RECHNUNG-). */
const char *const ingest_invoice_prefixes[] = {"inv", "in", "re", "rg", "rech", "r", "fa", "fac",
					       "fact", "f", "ft", "fat", "fv", "fak", "si", "bill",
					       NULL};

/* An order's statuses that were bought, as shops, marketplaces and ERPs write them: kept like
 * any status that is no void one, but known, so that a status column's values that are
 * neither (t39 #1: Ozon's Отменён, read as bought unsaid) are named in a warning with the
 * options that read them (status_unplaced_warn). Also as a longer status's first word. */
const char *const ingest_kept_statuses[] = {"completed", "complete", "paid", "delivered",
					    "shipped", "processing", "pending", "on_hold",
					    "partially_refunded", "partially_paid", "fulfilled",
					    "unfulfilled", "partially_fulfilled", "partially_shipped",
					    "authorized", "authorised", "open", "closed", "confirmed",
					    "accepted", "approved", "success", "successful",
					    "succeeded", "captured", "settled", "dispatched", "sent",
					    "in_transit", "out_for_delivery", "picked_up", "collected",
					    "invoiced", "billed", "done", "finished", "new", "placed",
					    "received", "ready_for_pickup", "awaiting_shipment",
					    "awaiting_fulfillment", "awaiting_payment", "unpaid",
					    /* Wix's unpaid and unfulfilled (t72 F9) */
					    "not_paid", "not_fulfilled",
					    "pending_payment", "reversed", "canceled_reversal",
					    "exchanged", "posted", "issued", "finalized", "valid",
					    /* t59 F1: a till's mode of a real sale beside its
					     * training mode (Eats365's Mode = Live, Training) */
					    "live", "normal",
					    /* a CRM's deal won (Salesforce's Closed Won) */
					    "closed_won",
					    "shipping", "in_progress", "ready", "preparing", "packed",
					    "partially_delivered", "locked" /* Odoo's, a sale done */,
					    /* German, French, Spanish, Portuguese, Italian, Dutch */
					    "bezahlt", "abgeschlossen", "versendet", "versandt",
					    "geliefert", "zugestellt", "offen", "erledigt",
					    /* Kaufland's received, an order unit taken in (t77 F22) */
					    "empfangen",
					    "in_bearbeitung" /* processing (t41 N8) */,
					    "best\xC3\xA4tigt", "bestaetigt", "erstattet", "fakturiert",
					    "pay\xC3\xA9" "e", "payee", "pay\xC3\xA9", "paye",
					    "livr\xC3\xA9" "e", "livree", "livr\xC3\xA9", "livre",
					    "exp\xC3\xA9" "di\xC3\xA9" "e", "expediee",
					    "exp\xC3\xA9" "di\xC3\xA9", "expedie", "termin\xC3\xA9" "e",
					    "terminee", "valid\xC3\xA9" "e", "validee",
					    "rembours\xC3\xA9" "e", "remboursee", "en_cours", "en_attente",
					    "pagado", "pagada", "entregado", "entregada", "enviado",
					    "enviada", "completado", "completada", "pendiente",
					    "facturado", "facturada", "cobrado", "cobrada", "emitida",
					    "vigente" /* a CFDI in force (t39 #4) */, "pago", "paga",
					    "entregue", "conclu\xC3\xAD" "do", "concluido", "aprovado",
					    "atendido", "faturado", "faturada", "pendente", "fechado",
					    "aberto", "pagato",
					    "pagata", "consegnato", "spedito", "evaso", "completato",
					    "emessa", "saldata", "betaald", "geleverd", "verzonden",
					    "voltooid", "afgerond", "verwerkt",
					    /* Polish, Turkish, the Nordic languages */
					    "op\xC5\x82" "acone", "oplacone", "zrealizowane",
					    "wys\xC5\x82" "ane", "wyslane", "tamamland\xC4\xB1",
					    "tamamlandi", "onayland\xC4\xB1", "onaylandi",
					    "teslim_edildi", "kargoda", "kargoya_verildi",
					    "iade_edildi", "betald",
					    "betalt", "levererad", "levert", "leveret", "skickad", "sendt",
					    "afsendt", "fakturerad", "fakturert", "faktureret",
					    "bokf\xC3\xB6rd", "bokf\xC3\xB8rt", "maksettu", "toimitettu",
					    "l\xC3\xA4hetetty",
					    /* Estonian: paid, confirmed, sent, delivered, finished */
					    "makstud", "tasutud", "kinnitatud", "saadetud", "tarnitud",
					    "l\xC3\xB5petatud", "lopetatud",
					    /* Russian, Chinese, Korean, Vietnamese, Arabic, Japanese */
					    "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD",
					    "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE",
					    "\xD0\xB2\xD1\x8B\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBD\xD0\xB5\xD0\xBD",
					    "\xD0\xB2\xD1\x8B\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xBE",
					    "\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x87\xD0\xB5\xD0\xBD",
					    "\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x87\xD0\xB5\xD0\xBD\xD0\xBE",
					    "\xD0\xBF\xD0\xBE\xD0\xBB\xD1\x83\xD1\x87\xD0\xB5\xD0\xBD",
					    "\xD0\xB7\xD0\xB0\xD0\xB2\xD0\xB5\xD1\x80\xD1\x88\xD1\x91\xD0\xBD",
					    "\xD0\xB7\xD0\xB0\xD0\xB2\xD0\xB5\xD1\x80\xD1\x88\xD0\xB5\xD0\xBD",
					    "\xD0\xBE\xD1\x82\xD0\xB3\xD1\x80\xD1\x83\xD0\xB6\xD0\xB5\xD0\xBD",
					    "\xD0\xBE\xD1\x82\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD",
					    /* handed over, Kaspi's Выдан */
					    "\xD0\xB2\xD1\x8B\xD0\xB4\xD0\xB0\xD0\xBD", "\xD0\xB2\xD1\x8B\xD0\xB4\xD0\xB0\xD0\xBD\xD0\xBE", "\xD0\xB2\xD1\x80\xD1\x83\xD1\x87\xD0\xB5\xD0\xBD", "\xD0\xB2\xD1\x80\xD1\x83\xD1\x87\xD0\xB5\xD0\xBD\xD0\xBE",
					    "\xE4\xBA\xA4\xE6\x98\x93\xE6\x88\x90\xE5\x8A\x9F",
					    "\xE5\xB7\xB2\xE5\xAE\x8C\xE6\x88\x90", "\xE5\xB7\xB2\xE4\xBB\x98\xE6\xAC\xBE",
					    "\xE5\xB7\xB2\xE5\x8F\x91\xE8\xB4\xA7", "\xE5\xB7\xB2\xE7\xAD\xBE\xE6\x94\xB6",
					    "\xE5\xB7\xB2\xE6\x94\xB6\xE8\xB4\xA7", "\xE5\xAE\x8C\xE6\x88\x90",
					    "\xEB\xB0\xB0\xEC\x86\xA1\xEC\x99\x84\xEB\xA3\x8C",
					    "\xEA\xB5\xAC\xEB\xA7\xA4\xED\x99\x95\xEC\xA0\x95",
					    "\xEA\xB2\xB0\xEC\xA0\x9C\xEC\x99\x84\xEB\xA3\x8C",
					    "\xEB\xB0\xB0\xEC\x86\xA1\xEC\xA4\x91", "ho\xC3\xA0n_th\xC3\xA0nh",
					    "\xC4\x91\xC3\xA3_giao", "\xC4\x91\xC3\xA3_thanh_to\xC3\xA1n",
					    "th\xC3\xA0nh_c\xC3\xB4ng", "\xD9\x85\xD9\x83\xD8\xAA\xD9\x85\xD9\x84",
					    "\xD8\xAA\xD9\x85_\xD8\xA7\xD9\x84\xD8\xAA\xD9\x88\xD8\xB5\xD9\x8A\xD9\x84",
					    "\xD8\xAA\xD9\x85_\xD8\xA7\xD9\x84\xD8\xB4\xD8\xAD\xD9\x86",
					    "\xD9\x85\xD8\xAF\xD9\x81\xD9\x88\xD8\xB9", "\xE5\xAE\x8C\xE4\xBA\x86",
					    /* Persian: completed, paid, sent, delivered (t46 F15) */
					    "\xD8\xAA\xDA\xA9\xD9\x85\xDB\x8C\xD9\x84_\xD8\xB4\xD8\xAF\xD9\x87", "\xD9\xBE\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xAE\xD8\xAA_\xD8\xB4\xD8\xAF\xD9\x87",
					    "\xD8\xA7\xD8\xB1\xD8\xB3\xD8\xA7\xD9\x84_\xD8\xB4\xD8\xAF\xD9\x87", "\xD8\xAA\xD8\xAD\xD9\x88\xDB\x8C\xD9\x84_\xD8\xB4\xD8\xAF\xD9\x87",
					    "\xE7\x99\xBA\xE9\x80\x81\xE6\xB8\x88\xE3\x81\xBF",
					    "\xE5\x85\xA5\xE9\x87\x91\xE6\xB8\x88\xE3\x81\xBF",
					    "\xE6\x94\xAF\xE6\x89\x95\xE6\xB8\x88\xE3\x81\xBF",
					    /* Czech paid, issued, settled; Romanian issued (SmartBill's
					     * Emisa), paid, cashed; Greek final (SoftOne's Οριστικό),
					     * paid; Hebrew open, closed, paid (iCount's פתוח); Hungarian
					     * issued (Billingo's Kiállított), paid, fulfilled (t42 F8:
					     * the bought beside the cancelled, warned of as unknown) */
					    "zaplaceno", "uhrazeno", "vystaveno", "vy\xC5\x99\xC3\xADzeno",
					    "emisa", "emis\xC4\x83",
					    "pl\xC4\x83tit\xC4\x83", "platita", "\xC3\xAEncasat\xC4\x83", "incasata",
					    "\xCE\xBF\xCF\x81\xCE\xB9\xCF\x83\xCF\x84\xCE\xB9\xCE\xBA\xCF\x8C",
					    "\xCE\xBF\xCF\x81\xCE\xB9\xCF\x83\xCF\x84\xCE\xB9\xCE\xBA\xCE\xAE",
					    "\xCE\xB5\xCE\xBE\xCE\xBF\xCF\x86\xCE\xBB\xCE\xB7\xCE\xBC\xCE\xAD\xCE\xBD\xCE\xBF",
					    "\xCE\xB5\xCE\xBE\xCE\xBF\xCF\x86\xCE\xBB\xCE\xB7\xCE\xBC\xCE\xAD\xCE\xBD\xCE\xB7",
					    "\xD7\xA4\xD7\xAA\xD7\x95\xD7\x97", "\xD7\xA1\xD7\x92\xD7\x95\xD7\xA8",
					    "\xD7\xA9\xD7\x95\xD7\x9C\xD7\x9D", "ki\xC3\xA1ll\xC3\xADtott", "kiallitott",
					    "kifizetve",
					    "fizetve", "teljes\xC3\xADtve", "teljesitve",
					    /* PrestaShop's default order states in French, Spanish and
					     * German, fixed strings of each language (t44 #9: each set
					     * off the unknown-status warning); a state's remark in
					     * brackets, (paid), is left out as header names' are */
					    "paiement_accept\xC3\xA9", "paiement_accepte",
					    "paiement_\xC3\xA0_distance_accept\xC3\xA9",
					    "paiement_a_distance_accepte",
					    "en_cours_de_pr\xC3\xA9paration", "en_cours_de_preparation",
					    "rembours\xC3\xA9", "rembourse",
					    "en_attente_du_paiement_par_ch\xC3\xA8que",
					    "en_attente_du_paiement_par_cheque",
					    "en_attente_de_paiement_\xC3\xA0_la_livraison",
					    "en_attente_de_paiement_a_la_livraison",
					    "en_attente_de_virement_bancaire",
					    "en_attente_de_r\xC3\xA9" "approvisionnement",
					    "en_attente_de_reapprovisionnement", "pago_aceptado",
					    "pago_remoto_aceptado", "preparaci\xC3\xB3n_en_curso",
					    "preparacion_en_curso", "reembolsado",
					    "en_espera_de_pago_por_cheque",
					    "en_espera_de_pago_por_transferencia_bancaria",
					    "en_espera_de_validaci\xC3\xB3n_por_contra_reembolso",
					    "en_espera_de_validacion_por_contra_reembolso",
					    "pedido_pendiente_por_falta_de_stock", "zahlung_eingegangen",
					    "fernzahlung_eingegangen", "bearbeitung_l\xC3\xA4uft",
					    "bearbeitung_laeuft", "warten_auf_zahlungseingang_scheck",
					    "warten_auf_zahlungseingang_vorkasse",
					    "warten_auf_zahlungseingang_nachnahme",
					    "artikel_nicht_auf_lager",
					    /* t72 F24: the statuses of orders bought, or pending and
					     * kept as pending is, that shops wrote and relrec called
					     * unknown: Tokopedia's (Indonesian: completed, arrived,
					     * sent, processed, awaiting payment or confirmation, paid),
					     * eMAG's (Romanian: completed, processing, delivered, sent),
					     * Vend's sales on account and laybys, open or closed,
					     * BigCommerce's order held for a fraud check and its
					     * disputed one (paid, the dispute open), Cdiscount's
					     * awaiting dispatch or acceptance, Dutch processing */
					    "pesanan_selesai", "selesai", "pesanan_tiba", "tiba",
					    "sedang_dikirim", "dikirim", "pesanan_dikirim",
					    "pesanan_diproses", "diproses", "perlu_dikirim",
					    "menunggu_pembayaran", "menunggu_konfirmasi", "lunas",
					    "dibayar", "sudah_dibayar", "diterima",
					    "finalizat\xC4\x83", "finalizata", "finalizat",
					    "\xC3\xAEn_procesare", "in_procesare", "livrat\xC4\x83", "livrata",
					    "expediat\xC4\x83", "expediata", "confirmat\xC4\x83", "confirmata",
					    "onaccount", "onaccount_closed", "layby", "layby_closed",
					    "manual_verification_required", "disputed",
					    "awaiting_pickup",
					    "en_attente_d'exp\xC3\xA9" "dition", "en_attente_d'expedition",
					    "en_attente_d'acceptation", "en_attente_de_paiement",
					    "en_cours_de_livraison", "in_behandeling",
					    /* t74 F27: completed in Greek, Hebrew, Thai, Indonesian and Romanian (their
					     * Tokopedia's and eMAG's words in the t72 block above) */
					    "\xCE\xBF\xCE\xBB\xCE\xBF\xCE\xBA\xCE\xBB\xCE\xB7\xCF\x81\xCF\x8E\xCE\xB8\xCE\xB7\xCE\xBA\xCE\xB5",
					    "\xD7\x94\xD7\x95\xD7\xA9\xD7\x9C\xD7\x9D",
					    "\xE0\xB8\xAA\xE0\xB8\xB3\xE0\xB9\x80\xE0\xB8\xA3\xE0\xB9\x87\xE0\xB8\x88",
					    /* t80 F7: completed in Hindi, Bengali, Urdu, Swahili, and
					     * Rakuten's 発送完了 (shipped) */
					    "\xE0\xA4\xAA\xE0\xA5\x82\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xA3",
					    "\xE0\xA4\xAA\xE0\xA5\x82\xE0\xA4\xB0\xE0\xA4\xBE_\xE0\xA4\xB9\xE0\xA5\x81\xE0\xA4\x86",
					    "\xE0\xA4\xAA\xE0\xA5\x82\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xA3_\xE0\xA4\xB9\xE0\xA5\x81\xE0\xA4\x86",
					    "\xE0\xA4\xA1\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x80\xE0\xA4\xB5\xE0\xA4\xB0_\xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE_\xE0\xA4\x97\xE0\xA4\xAF\xE0\xA4\xBE",
					    "\xE0\xA4\xB8\xE0\xA4\xAE\xE0\xA5\x8D\xE0\xA4\xAA\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA8",
					    "\xE0\xA6\xB8\xE0\xA6\xAE\xE0\xA7\x8D\xE0\xA6\xAA\xE0\xA6\xA8\xE0\xA7\x8D\xE0\xA6\xA8",
					    "\xE0\xA6\xA1\xE0\xA7\x87\xE0\xA6\xB2\xE0\xA6\xBF\xE0\xA6\xAD\xE0\xA6\xBE\xE0\xA6\xB0\xE0\xA6\xBF_\xE0\xA6\xB9\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x87\xE0\xA6\x9B\xE0\xA7\x87",
					    "\xD9\x85\xDA\xA9\xD9\x85\xD9\x84",
					    "\xD9\x85\xDA\xA9\xD9\x85\xD9\x84_\xD8\xB4\xD8\xAF\xDB\x81",
					    "imekamilika", "imelipwa",
					    "\xE7\x99\xBA\xE9\x80\x81\xE5\xAE\x8C\xE4\xBA\x86", NULL};

/* The labels of a report's total lines, which a report exported as CSV writes in the item
 * column (compared as header names are: "Grand Total", "Sub-total"). */
const char *const ingest_total_labels[] = {"total", "totals", "subtotal", "grand_total",
					   "grand_totals" /* Salesforce's report (t86 F3) */,
					   "gesamt", "gesamtsumme", "summe", "zwischensumme",
					   "endsumme", "sous_total", "total_general",
					   "total_g\xC3\xA9n\xC3\xA9ral", "totale",
					   "subtotale", "totale_generale", "totaal", "subtotaal",
					   "eindtotaal", "totalt", "summa", "delsumma",
					   /* a customer's or a group's total in a German report
					    * (t54 F11), French's plural, English's sum */
					   "kundensumme", "gruppensumme", "totaux", "sum",
					   /* Japanese, Chinese and Korean: subtotal, total, grand
					    * total (t49 F11: 小計 and 合計 read as rows of bad numbers) */
					   "\xE5\xB0\x8F\xE8\xA8\x88", "\xE5\x90\x88\xE8\xA8\x88",
					   "\xE7\xB7\x8F\xE8\xA8\x88", "\xE5\xB0\x8F\xE8\xAE\xA1",
					   "\xE5\x90\x88\xE8\xAE\xA1", "\xE6\x80\xBB\xE8\xAE\xA1",
					   "\xEC\x86\x8C\xEA\xB3\x84", "\xED\x95\xA9\xEA\xB3\x84",
					   "\xEC\xB4\x9D\xEA\xB3\x84",
					   /* t74 F1: an invoice's total line in the languages
					    * above and Polish, Turkish, Russian, Ukrainian, Finnish,
					    * Danish, Czech, Slovak, Hungarian, Greek, Hebrew, Arabic,
					    * Thai, Vietnamese, Indonesian, Romanian, Spanish,
					    * Portuguese, the South Slavic and Baltic languages, a
					    * spreadsheet's grand total (Gesamtergebnis, Общий итог,
					    * Totale complessivo, 總計) and a document's total written
					    * with its document's word (Order Total, Итого по
					    * документу, Celkem za doklad, Summe Beleg) */
					   "order_total", "invoice_total", "total_invoice", "razem",
					   "suma_ko\xC5\x84" "cowa", "suma_koncowa", "og\xC3\xB3\xC5\x82" "em",
					   "ogolem", "toplam", "genel_toplam", "ara_toplam",
					   "\xD0\xB8\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
					   "\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xB9_\xD0\xB8\xD1\x82"
					   "\xD0\xBE\xD0\xB3",
					   "\xD0\xB8\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE_\xD0\xBF\xD0\xBE_"
					   "\xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD"
					   "\xD1\x82\xD1\x83",
					   "\xD1\x80\xD0\xB0\xD0\xB7\xD0\xBE\xD0\xBC", "yhteens\xC3\xA4",
					   "yhteensa", "i_alt", "celkem", "celkem_za_doklad", "spolu",
					   "celkom", "\xC3\xB6sszesen", "osszesen",
					   "v\xC3\xA9g\xC3\xB6sszeg", "vegosszeg",
					   "\xCF\x83\xCF\x8D\xCE\xBD\xCE\xBF\xCE\xBB\xCE\xBF",
					   "\xCE\xB3\xCE\xB5\xCE\xBD\xCE\xB9\xCE\xBA\xCF\x8C_\xCF\x83"
					   "\xCF\x8D\xCE\xBD\xCE\xBF\xCE\xBB\xCE\xBF",
					   "\xD7\xA1\xD7\x94\"\xD7\x9B",
					   "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAC\xD9\x85\xD9\x88\xD8\xB9",
					   "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAC\xD9\x85\xD9\x88\xD8\xB9_"
					   "\xD8\xA7\xD9\x84\xD9\x83\xD9\x84\xD9\x8A",
					   "\xD8\xA7\xD9\x84\xD8\xA5\xD8\xAC\xD9\x85\xD8\xA7\xD9\x84\xD9\x8A",
					   "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAC\xD9\x85\xD8\xA7\xD9\x84\xD9\x8A",
					   "\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1",
					   "\xE0\xB8\xA2\xE0\xB8\xAD\xE0\xB8\x94\xE0\xB8\xA3\xE0\xB8\xA7"
					   "\xE0\xB8\xA1",
					   "t\xE1\xBB\x95ng_c\xE1\xBB\x99ng", "tong_cong", "jumlah",
					   "totale_documento", "totale_complessivo", "total_factur\xC4\x83",
					   "total_factura", "importe_total", "total_geral", "valor_total",
					   "gesamtergebnis", "rechnungsbetrag", "summe_beleg", "totalsumma",
					   "summa_totalt", "ukupno", "skupaj", "kop\xC4\x81", "i\xC5\xA1_viso",
					   "kokku", "\xEC\xB4\x9D\xED\x95\xA9\xEA\xB3\x84",
					   "\xE7\xB8\xBD\xE8\xA8\x88",
					   /* t80 F2: 1C's \xD0\x92\xD1\x81\xD0\xB5\xD0\xB3\xD0\xBE and its neighbours'
					    * (Ukrainian, Bulgarian, Serbian, Kazakh), Persian's
					    * \xD8\xAC\xD9\x85\xD8\xB9 \xDA\xA9\xD9\x84 and its parts, Hindi's \xE0\xA4\x95\xE0\xA5\x81\xE0\xA4\xB2 and
					    * \xE0\xA4\xAF\xE0\xA5\x8B\xE0\xA4\x97, Bengali, Tamil, Vietnamese's bare T\xE1\xBB\x95ng, Thai's
					    * grand total, Korean's \xED\x95\xA9\xEA\xB3\x84\xEA\xB8\x88\xEC\x95\xA1, Japanese's \xE7\xB7\x8F\xE5\x90\x88\xE8\xA8\x88,
					    * Swahili, Filipino (read as an item bought by everyone) */
					   "\xD0\xB2\xD1\x81\xD0\xB5\xD0\xB3\xD0\xBE",
					   "\xD0\xB2\xD1\x81\xD1\x8C\xD0\xBE\xD0\xB3\xD0\xBE",
					   "\xD0\xBE\xD0\xB1\xD1\x89\xD0\xBE",
					   "\xD1\x83\xD0\xBA\xD1\x83\xD0\xBF\xD0\xBD\xD0\xBE",
					   "\xD0\xB1\xD0\xB0\xD1\x80\xD0\xBB\xD1\x8B\xD2\x93\xD1\x8B",
					   "\xD8\xAC\xD9\x85\xD8\xB9_\xDA\xA9\xD9\x84",
					   "\xD8\xAC\xD9\x85\xD8\xB9_\xD9\x83\xD9\x84", "\xD8\xAC\xD9\x85\xD8\xB9",
					   "\xD9\x85\xD8\xAC\xD9\x85\xD9\x88\xD8\xB9", "\xDA\xA9\xD9\x84",
					   "\xE0\xA4\x95\xE0\xA5\x81\xE0\xA4\xB2", "\xE0\xA4\xAF\xE0\xA5\x8B\xE0\xA4\x97",
					   "\xE0\xA4\xB8\xE0\xA4\x95\xE0\xA4\xB2_\xE0\xA4\xAF\xE0\xA5\x8B\xE0\xA4\x97",
					   "\xE0\xA4\x95\xE0\xA5\x81\xE0\xA4\xB2_\xE0\xA4\xAF\xE0\xA5\x8B\xE0\xA4\x97",
					   "\xE0\xA6\xAE\xE0\xA7\x8B\xE0\xA6\x9F",
					   "\xE0\xA6\xB8\xE0\xA6\xB0\xE0\xA7\x8D\xE0\xA6\xAC\xE0\xA6\xAE\xE0\xA7\x8B\xE0\xA6\x9F",
					   "\xE0\xAE\xAE\xE0\xAF\x8A\xE0\xAE\xA4\xE0\xAF\x8D\xE0\xAE\xA4\xE0\xAE\xAE\xE0\xAF\x8D",
					   "t\xE1\xBB\x95ng", "t\xE1\xBB\x95ng_ti\xE1\xBB\x81n", "tong_tien",
					   "\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1\xE0\xB8\x97\xE0\xB8\xB1\xE0\xB9\x89\xE0\xB8\x87"
					   "\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB9\x89\xE0\xB8\x99",
					   "\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\xA1\xE0\xB9\x80\xE0\xB8\x87\xE0\xB8\xB4\xE0\xB8\x99",
					   "\xED\x95\xA9\xEA\xB3\x84\xEA\xB8\x88\xEC\x95\xA1", "\xEC\xB4\x9D\xEC\x95\xA1",
					   "\xE7\xB7\x8F\xE5\x90\x88\xE8\xA8\x88", "\xE5\x90\x88\xE8\xA8\x88\xE9\x87\x91\xE9\xA1\x8D",
					   "\xE6\x80\xBB\xE5\x90\x88\xE8\xAE\xA1", "jumla", "kabuuan", NULL};

/* Words a quantity may be written with that count pieces ("5 pcs", "1 Stk.", "3 szt", "2x"),
 * compared as header names are: the number is the quantity. Measures (kg, m, l) are not
 * among them: "2.5 kg" is no count of what the price is per. */
const char *const ingest_qty_units[] = {"pcs", "pc", "pce", "pces", "piece", "pieces", "unit",
					"units", "ea", "each", "x", "stk", "st\xC3\xBC" "ck",
					"stueck", "st", "styck", "stuks", "stuk", "szt", "pz", "pzs",
					"pza", "pezzi", "pezzo", "pi\xC3\xA8" "ce", "pi\xC3\xA8" "ces",
					"uds", "ud", "und", "unid", "unidades", "adet", "kpl", "ks",
					"\xD1\x88\xD1\x82", "\xE5\x80\x8B", "\xE4\xBB\xB6",
					"\xE7\x82\xB9", "\xEA\xB0\x9C",
					/* India's Nos, No. (Tally's default unit, GST's code
					 * for pieces), Russian's full \xD1\x88\xD1\x82\xD1\x83\xD0\xBA,
					 * Vietnamese c\xC3\xA1i and chi\xE1\xBA\xBF" "c, Arabic's
					 * \xD8\xAD\xD8\xA8\xD8\xA9 and \xD9\x82\xD8\xB7\xD8\xB9\xD8\xA9 (t39 #12: every
					 * row of a Tally register rejected) */
					"nos", "no", "\xD1\x88\xD1\x82\xD1\x83\xD0\xBA", "c\xC3\xA1i",
					"chi\xE1\xBA\xBF" "c", "\xD8\xAD\xD8\xA8\xD8\xA9",
					"\xD9\x82\xD8\xB7\xD8\xB9\xD8\xA9",
					/* t74 F21: Croatian's and Serbian's kom(ad), Slovenian's
					 * kos, Bulgarian's \xD0\xB1\xD1\x80. (\xD0\xB1\xD1\x80\xD0\xBE\xD0\xB9),
					 * Lithuanian vnt., Latvian gab., Estonian tk (t\xC3\xBCkk), Thai
					 * \xE0\xB8\x8A\xE0\xB8\xB4\xE0\xB9\x89\xE0\xB8\x99, Indonesian buah, Hebrew's
					 * \xD7\x99\xD7\x97' (\xD7\x99\xD7\x97\xD7\x99\xD7\x93\xD7\x94), Greek \xCF\x84\xCE\xB5\xCE\xBC.,
					 * Romanian buc. (whole files were refused) */
					"kom", "kos", "\xD0\xB1\xD1\x80", "vnt", "gab", "tk",
					"\xE0\xB8\x8A\xE0\xB8\xB4\xE0\xB9\x89\xE0\xB8\x99", "buah",
					"\xD7\x99\xD7\x97'", "\xD7\x99\xD7\x97", "\xCF\x84\xCE\xB5\xCE\xBC",
					"buc",
					/* t80 F29: the counters of Japanese (\xE6\x9C\xAC long things, \xE6\x9E\x9A
					 * flat ones, \xE5\x86\x8A books, \xE5\x8F\xB0 machines, \xE7\x9D\x80
					 * clothes), Chinese (\xE4\xB8\xAA, \xE6\x94\xAF, \xE5\xBC\xA0 / \xE5\xBC\xB5) and Korean
					 * (\xEC\x9E\xA5 sheets, \xEA\xB6\x8C books), and Brazil's un (unidade:
					 * Bling, Tiny, Omie write 4 un) */
					"\xE6\x9C\xAC", "\xE6\x9E\x9A", "\xE5\x86\x8A", "\xE5\x8F\xB0",
					"\xE7\x9D\x80", "\xE4\xB8\xAA", "\xE6\x94\xAF", "\xE5\xBC\xA0",
					"\xE5\xBC\xB5", "\xEC\x9E\xA5", "\xEA\xB6\x8C", "un",
					/* t83 F23: UN/ECE Recommendation 20's codes of a count, as
					 * e-invoices write them (Peppol, XRechnung, Factur-X; a
					 * Mexican CFDI's ClaveUnidad): C62 one, H87 piece, NAR a
					 * number of articles, E48 a service unit, Recommendation 21's
					 * XPP a piece; and a pair or a set sold as one (PR, SET) */
					"c62", "h87", "nar", "e48", "xpp", "pr", "pair", "pairs",
					"set", "sets", NULL};

/* A line-type column's words (Dynamics' Type or Art, Square's Itemization Type): a line of
 * goods, and a line of none, which posts to an account (G/L Account, Sachkonto: freight,
 * fees), bills a resource's hours or an item charge, sells a fixed asset, or is a gift card
 * or an amount keyed in at the till. Compared as header names are ("Charge (Item)" is charge).
 * A column is read so when its first row holds one of them (line_pick). */
const char *const ingest_line_goods[] = {"item", "items", "artikel", "product", "produkt",
					 "produit", "produto", "prodotto", "article", "articolo",
					 "art\xC3\xAD" "culo", "articulo", "physical_item",
					 "digital_item", "inventory", "non_inventory", "service",
					 "dienstleistung", "towar",
					 /* t74 F14: Business Central's Item in Spanish, Danish,
					  * Finnish, Polish and Czech */
					 "producto", "vare", "nimike", "zapas", "zbo\xC5\xBE\xC3\xAD", "zbozi",
					 NULL};
const char *const ingest_line_other[] = {"g/l_account", "gl_account", "g/l", "account",
					 "sachkonto", "konto", "fibu_konto",
					 "compte_g\xC3\xA9n\xC3\xA9ral", "compte_general",
					 "cuenta", "cuenta_contable", "conto", "conto_c/g",
					 "grootboekrekening", "grootboek", "resource", "ressource",
					 "recurso", "risorsa", "charge", "item_charge",
					 "artikel_zu/abschlag", "zu/abschlag", "frais_annexes",
					 "fixed_asset", "anlage", "anlagegut", "immobilisation",
					 "activo_fijo", "cespite", "vaste_activa",
					 "custom_amount", "gift_card",
					 /* t74 F14: Business Central's G/L Account in Danish,
					  * Swedish, Finnish, Polish and Czech (Spanish's Cuenta
					  * above) */
					 "finanskonto", "redovisningskonto", "kp-tili", "konto_k/g",
					 "\xC3\xBA\xC4\x8D" "et", "ucet",
					 /* t77 F8: a till's modifier of the dish on the line
					  * above (Lightspeed's MODIFIER '  + Oat milk', Toast's
					  * and Square's Modifier, an add-on): no item of its
					  * own, or 'customers who bought Flat White also bought
					  * + Oat milk' */
					 "modifier", "modifiers", "item_modifier", "modifier_line",
					 "add_on", "addon",
					 /* t86 F8: a repair shop's fee lines (Tekmetric's,
					  * Mitchell 1's, Shopmonkey's Line Type: Fee, Hazmat, Misc,
					  * Misc Charge, Shop Supplies) */
					 "fee", "fees", "hazmat", "misc", "misc_charge",
					 "shop_supplies",
					 NULL};
/* A repair shop's lines of goods in the same column (Part, Labor, Sublet: t86 F8, 581 fee
 * lines kept as products beside them), a list of their own: only a line-type column reads
 * them, never a document's value (a Part Refund is no line of goods, doc_goods). */
const char *const ingest_line_trade[] = {"part", "parts", "labor", "labour", "sublet", NULL};

/* A column that names the dates' time zone (Square's Time Zone: Eastern Time (US & Canada)),
 * compared as header names are. Not applied (one zone's name can mean two offsets a year):
 * the dates line says so (t31: a shop's Square and Shopify exports disagreed by 4-5 hours). */
const char *const ingest_zone_columns[] = {"time_zone", "timezone", "tz", "zeitzone",
					   "fuseau_horaire", "zona_horaria", "fuso_orario",
					   "fuso_horario", "tijdzone", "strefa_czasowa", NULL};

/* A column of the year a date column without one leaves out (t67 F17: Year 2011 beside Date
 * 01-Mar), compared as header names are: each row's date takes its row's year. A fiscal
 * year is no calendar year, and is not one of these. */
const char *const ingest_year_columns[] = {"year", "jahr", "annee", "ann\xC3\xA9" "e", "ano",
					   "a\xC3\xB1o", "anno", "jaar", "\xC3\xA5r", "rok", "yil",
					   "tahun", NULL};

/* A fulfilment's status no role reads (Wix's Fulfillment status, Squarespace's Fulfillment
 * Status beside its Lineitem fulfillment status), compared as header names are. Its values
 * say nothing of a sale but one: an order cancelled (Canceled, CANCELED) is recorded there
 * alone, its payment's status left Paid or Not paid (t72 F9); such a row is skipped as the
 * status's void values are (fulfil_cancelled). */
const char *const ingest_fulfil_columns[] = {"fulfillment_status", "fulfilment_status",
					    "fulfillment", "fulfilment",
					    "lineitem_fulfillment_status",
					    "lineitem_fulfilment_status",
					    "item_fulfillment_status", "item_fulfilment_status",
					    "fulfillment_state", "fulfilment_state",
					    /* a shipment's (t82 F30: Shipped, In transit, Returned were
					     * offered as document types) */
					    "shipping_status", "shipment_status", "delivery_status",
					    NULL};

/* Words of a pack written after a quantity (2 CS, 1 BOX): no count of units. Such a number
 * is rejected, and its hint never strips the word (t59 F9: packs would be added to pieces). */
const char *const ingest_pack_units[] = {"cs", "case", "cases", "box", "boxes", "bx", "pk",
					 "pack", "packs", "pkg", "pkt", "ctn", "carton", "cartons",
					 "dz", "doz", "dozen", "bundle", "bdl", "pallet", "crate",
					 "karton", "kiste", "caja", "caixa", "doos",
					 /* t83 F23: UN/ECE Recommendation 20's dozen (DZN) and
					  * 21's box, package, carton, case and crate */
					 "dzn", "xbx", "xpk", "xct", "xcs", "xcr",
					 "\xD0\xBA\xD0\xBE\xD1\x80", "\xD1\x83\xD0\xBF",
					 "\xE7\xAE\xB1", NULL};

/* A column that names each quantity's unit of measure (GoFrugal's UOM, Epicor's SalesUM,
 * r_keeper's \xD0\x95\xD0\xB4. \xD0\xB8\xD0\xB7\xD0\xBC.), and one that gives a unit's
 * size in the base unit (Conversion, SAP's UMREZ), compared as header names are: with two
 * units or more, the quantities are converted by the size column, or the load warns. */
const char *const ingest_uom_columns[] = {"uom", "unit_of_measure", "unit_of_measurement",
					  "sales_um", "salesum", "uom_code", "sales_uom", "einheit",
					  /* an e-invoice's line (UBL's unitCode, t83 F23) and a
					   * Mexican CFDI's ClaveUnidad */
					  "unit_code", "clave_unidad",
					  "mengeneinheit", "unidad_de_medida", "unidade_de_medida",
					  "\xD0\xB5\xD0\xB4_\xD0\xB8\xD0\xB7\xD0\xBC",
					  "\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x86\xD0\xB0_"
					  "\xD0\xB8\xD0\xB7\xD0\xBC\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F",
					  "\xE5\x8D\x95\xE4\xBD\x8D", "satuan", "eenheid", "enhet",
					  /* t80 F3: the plain English names, and the column's name in
					   * the other languages relrec reads (Unidad, 単位, 단위, Birim,
					   * \xD8\xA7\xD9\x84\xD9\x88\xD8\xAD\xD8\xAF\xD8\xA9, \xE0\xB8\xAB\xE0\xB8\x99\xE0\xB9\x88\xE0\xB8\xA7\xE0\xB8\xA2 were ignored unsaid: grams added to
					   * kilograms) */
					  "unit", "unit_name", "measure", "units_of_measure",
					  "measure_unit", "unidad", "unidade", "unit\xC3\xA9", "unite",
					  "unit\xC3\xA9_de_mesure", "unite_de_mesure", "unit\xC3\xA0",
					  "unita", "unit\xC3\xA0_di_misura", "unita_di_misura", "jednostka",
					  "jednostka_miary", "jednotka", "birim",
					  "\xC3\xB6l\xC3\xA7\xC3\xBC_birimi", "olcu_birimi",
					  "\xD0\xB5\xD0\xB4", "\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x86\xD0\xB0",
					  "\xE5\x8D\x98\xE4\xBD\x8D", "\xE8\xAE\xA1\xE9\x87\x8F\xE5\x8D\x95\xE4\xBD\x8D",
					  "\xE8\xA8\x88\xE9\x87\x8F\xE5\x96\xAE\xE4\xBD\x8D", "\xEB\x8B\xA8\xEC\x9C\x84",
					  "\xD8\xA7\xD9\x84\xD9\x88\xD8\xAD\xD8\xAF\xD8\xA9", "\xD9\x88\xD8\xAD\xD8\xAF\xD8\xA9",
					  "\xD9\x88\xD8\xAD\xD8\xAF\xD8\xA9_\xD8\xA7\xD9\x84\xD9\x82\xD9\x8A\xD8\xA7\xD8\xB3",
					  "\xD9\x88\xD8\xA7\xD8\xAD\xD8\xAF", "\xE0\xA4\x87\xE0\xA4\x95\xE0\xA4\xBE\xE0\xA4\x88",
					  "\xE0\xB8\xAB\xE0\xB8\x99\xE0\xB9\x88\xE0\xB8\xA7\xE0\xB8\xA2",
					  "\xE0\xB8\xAB\xE0\xB8\x99\xE0\xB9\x88\xE0\xB8\xA7\xE0\xB8\xA2\xE0\xB8\x99\xE0\xB8\xB1\xE0\xB8\x9A",
					  "\xC4\x91\xC6\xA1n_v\xE1\xBB\x8B", "\xC4\x91\xC6\xA1n_v\xE1\xBB\x8B_t\xC3\xADnh",
					  "\xC4\x91vt", "don_vi", "don_vi_tinh", "dvt", NULL};
const char *const ingest_pack_columns[] = {"conversion", "conversion_factor", "conv_factor",
					   "pack_size", "case_size", "case_qty", "units_per_case",
					   "units_per_pack", "pack_qty", "umrez", "umrechnungsfaktor",
					   "qty_per_uom", "qty_per_unit_of_measure",
					   /* a distributor's bare Pack, German VPE
					    * (Verpackungseinheit) and St\xC3\xBCck pro Karton
					    * (t83 F16, F20) */
					   "pack", "vpe", "verpackungseinheit",
					   "st\xC3\xBC" "ck_pro_karton", "stueck_pro_karton", NULL};
/* A column that names the store, branch or till a line was sold at, compared as header names
 * are: beside it, a customer number or an item code that names two people or two products,
 * one in each store, is each store's own numbering (storekey.h, t72 F10, F11). */
const char *const ingest_store_columns[] = {"store", "shop", "branch", "filiale", "outlet",
					    "location", "store_name", "store_id", "store_code",
					    "shop_name", "branch_name", "outlet_name", "location_name",
					    "winkel", "vestiging", "filiaal", "tienda", "sucursal",
					    "magasin", "boutique", "negozio", "punto_vendita", "loja",
					    "butik", "myymala", "sklep", "register", "till", "kasse",
					    "kassa", "caisse", "caja", NULL};
/* A customer's name column beside the number read as the customer (Klantnaam beside
 * Klantnummer): the name each store gives a number (storekey.h). */
const char *const ingest_customer_name_columns[] = {"customer_name", "client_name",
						    "buyer_name", "member_name", "name",
						    "full_name", "klantnaam", "klant_naam", "naam",
						    "kundenname", "kunde_name", "nom_client", "nom",
						    "nombre_cliente", "nombre", "nome_cliente", "nome",
						    "namn", "navn", "nazwa_klienta", NULL};

/* A column of whole cases beside a quantity of loose units (a distributor's Cases, Units and
 * Pack Size, t72 F1): with a size column, the quantity is the cases times the size plus the
 * loose units, the price each unit's. The quantity's own name must say loose units: a
 * Quantity beside Cases may count all of them already. */
const char *const ingest_case_columns[] = {"cases", "case", "cs", "ctn", "ctns", "cartons",
					   "full_cases", "whole_cases", "case_count", "kisten",
					   "kartons", "cajas",
					   /* a US distributor's Qty CS beside its Qty EA (t83 F16) */
					   "qty_cs", "cs_qty", "qty_case", "qty_cases", NULL};
const char *const ingest_loose_columns[] = {"units", "loose", "loose_units", "singles", "pcs",
					    "pieces", "ea", "each", "bottles", "btls", "stuks",
					    "einzeln", "sueltas", "qty_ea", "ea_qty", "qty_each",
					    NULL};
/* A column that gives how many units the unit price is for (SAP's KPEIN, its Preiseinheit and
 * Konditionseinheit; Sage 100's and the German ERPs' PE): a price of 42,00 at a Preiseinheit
 * of 100 is 0.42 a piece (t67 F2: read per piece, spend x3.9). Compared as header names are. */
const char *const ingest_price_unit_columns[] = {"preiseinheit", "preiseinh", "pe", "kpein",
						 "konditionseinheit", "price_unit", "pricing_unit",
						 "price_per", "per", "preis_pro", "preis_je",
						 "unit\xC3\xA9_de_prix", "unite_de_prix",
						 "unidad_de_precio", "prijseenheid", NULL};

/* The measure a column's name says: the quantity's, its last word (Quantity (g), Menge in kg);
 * the price's, the one sniff_price_unit reads after per, pro, je or a slash (Price per kg,
 * Preis/kg, Price (\xE2\x82\xAC/kg), Price per 100g). */
static const rr_measure *name_measure(const char *s, int price)
{
	const rr_measure *found = NULL;
	long count;
	if (price)
		return sniff_price_unit(s, &count, &found) ? found : NULL;
	size_t n = strlen(s), words = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && (isalnum((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80))
			j++;
		if (j == i) {
			i++;
			continue;
		}
		const rr_measure *m = sniff_measure(s + i, j - i);
		found = words ? m : NULL;   /* the last word's, not the name's only one */
		words++;
		i = j;
	}
	return found;
}

/* yes and no in the languages relrec reads too (t39 #7: Fortnox's Makulerad Ja/Nej, a German
 * Storniert Ja/Nein were read as statuses, every line kept) */
const char *const ingest_flag_true[] = {"true", "yes", "y", "1", "x", "t", "ja", "wahr", "oui",
					"vrai", "s\xC3\xAD", "si", "sim", "verdadero", "vero",
					"waar", "kyll\xC3\xA4", "kylla", "tak", "evet",
					"\xD0\xB4\xD0\xB0", "\xE6\x98\xAF", "\xEC\x98\x88", "c\xC3\xB3",
					"\xD9\x86\xD8\xB9\xD9\x85",
					/* t59 F1: Japanese, Indonesian and Malay, Thai, Ukrainian */
					"\xE3\x81\xAF\xE3\x81\x84", "ya",
					"\xE0\xB9\x83\xE0\xB8\x8A\xE0\xB9\x88",
					"\xD1\x82\xD0\xB0\xD0\xBA",
					/* t80 F5, F6: Japanese forms mark a line with a circle
					 * (\xE8\xBF\x94\xE5\x93\x81 \xE2\x97\x8B, \xE5\x8F\x96\xE6\xB6\x88 \xE2\x97\x8B), others with a tick */
					"\xE2\x97\x8B", "\xE2\x97\xAF", "\xE2\x9C\x93", "\xE2\x9C\x94",
					/* t82 F12: the emoji tick, the ticked box */
					"\xE2\x9C\x85", "\xE2\x98\x91", NULL};
const char *const ingest_flag_false[] = {"false", "no", "n", "0", "f", "nej", "nein", "falsch",
					 "non", "faux", "n\xC3\xA3o", "nao", "falso", "nee",
					 "onwaar", "ei", "nie", "hay\xC4\xB1r", "hayir",
					 "\xD0\xBD\xD0\xB5\xD1\x82", "\xE5\x90\xA6",
					 "\xEC\x95\x84\xEB\x8B\x88\xEC\x98\xA4", "kh\xC3\xB4ng",
					 "\xD9\x84\xD8\xA7",
					 "\xE3\x81\x84\xE3\x81\x84\xE3\x81\x88", "tidak",
					 "\xE0\xB9\x84\xE0\xB8\xA1\xE0\xB9\x88\xE0\xB9\x83\xE0\xB8\x8A"
					 "\xE0\xB9\x88", "\xD0\xBD\xD1\x96",
					 /* t82 F12: crosses and the empty box */
					 "\xE2\x9C\x97", "\xE2\x9C\x98", "\xE2\x9D\x8C", "\xE2\x9C\x96",
					 "\xE2\x98\x90",
					 /* t85 F21: the crossed box, the "no" of a checklist
					 * whose "yes" is \xE2\x9C\x85 (Sheets, Notion, Excel) */
					 "\xE2\x9D\x8E", NULL};
/* A line flag's names that mark practice, not a void (t59 F1): a till's training mode, a
 * platform's test order; the same names are the status role's (ingest_col_aliases). */
const char *const ingest_practice_flags[] = {
	"training", "training_mode", "trainingmode", "is_training", "training_flag",
	"training_transaction", "training_check", "training_receipt", "trainingsmodus",
	"schulungsmodus", "mode_formation", "mode_entrainement", "modo_entrenamiento",
	"modo_de_entrenamiento", "modo_treinamento", "modo_de_treinamento",
	"modalita_training", "oefenmodus", "harjoitustila", "tryb_szkoleniowy",
	"\xD1\x82\xD1\x80\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x87\xD0\xBD\xD1\x8B\xD0\xB9_\xD1\x80\xD0\xB5\xD0\xB6\xD0\xB8\xD0\xBC",
	"\xD1\x80\xD0\xB5\xD0\xB6\xD0\xB8\xD0\xBC_\xD0\xBE\xD0\xB1\xD1\x83\xD1\x87\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F",
	"\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xBC\xE3\x83\x8B\xE3\x83\xB3\xE3\x82\xB0",
	"\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xBC\xE3\x83\x8B\xE3\x83\xB3\xE3\x82\xB0\xE3\x83\xA2\xE3\x83\xBC\xE3\x83\x89",
	"\xE7\xB7\xB4\xE7\xBF\x92\xE3\x83\xA2\xE3\x83\xBC\xE3\x83\x89",
	"\xE8\xAE\xAD\xE7\xBB\x83\xE6\xA8\xA1\xE5\xBC\x8F",
	"\xE8\xA8\x93\xE7\xB7\xB4\xE6\xA8\xA1\xE5\xBC\x8F",
	"\xE5\x9F\xB9\xE8\xAE\xAD\xE6\xA8\xA1\xE5\xBC\x8F", "is_test", "test_order",
	"is_test_order", "test_flag", "test_mode", "testmodus", "test_transaction",
	"testbestellung", "pedido_de_prueba", "pedido_teste", "ordine_di_prova",
	"\xD1\x82\xD0\xB5\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9_\xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB7",
	"\xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88",
	"\xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88\xE6\xB3\xA8\xE6\x96\x87",
	"\xE6\xB5\x8B\xE8\xAF\x95\xE8\xAE\xA2\xE5\x8D\x95",
	"\xE6\xB8\xAC\xE8\xA9\xA6\xE8\xA8\x82\xE5\x96\xAE",
	NULL};
const char *const ingest_return_flags[] = {"refunded", "is_refunded", "returned", "is_returned",
					   /* Sage 50's Credit Memo, TRUE on a credit memo's lines */
					   "credit_memo", "is_credit_memo",
					   /* t80 F5: the same flag in the languages relrec reads */
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82",
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x89\xD0\xB5\xD0\xBD",
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x89\xD0\xB5\xD0\xBD\xD0\xBE",
					   "retoure", "retouren", "retourniert", "retour",
					   "retur", "returnert", "returneret",
					   "\xE8\xBF\x94\xE5\x93\x81",
					   "\xE8\xBF\x94\xE5\x93\x81\xE3\x83\x95\xE3\x83\xA9\xE3\x82\xB0",
					   "\xE8\xBF\x94\xE5\x93\x81\xE5\x8C\xBA\xE5\x88\x86",
					   "\xEB\xB0\x98\xED\x92\x88",
					   "\xEB\xB0\x98\xED\x92\x88\xEC\x97\xAC\xEB\xB6\x80",
					   "devolu\xC3\xA7\xC3\xA3o", "devolucao", "devolvido",
					   "devoluci\xC3\xB3n", "devolucion", "devuelto",
					   "\xE0\xB8\x84\xE0\xB8\xB7\xE0\xB8\x99\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB8\x99\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2",
					   "iade", "iade_edildi",
					   "\xE6\x98\xAF\xE5\x90\xA6\xE9\x80\x80\xE8\xB4\xA7",
					   "\xE9\x80\x80\xE8\xB4\xA7",
					   "\xE9\x80\x80\xE8\xB2\xA8",
					   "\xE6\x98\xAF\xE5\x90\xA6\xE9\x80\x80\xE8\xB2\xA8",
					   "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9",
					   "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9\xD8\xA9",
					   "zwrot", "zwr\xC3\xB3" "cony", "vr\xC3\xA1" "ceno",
					   "vraceno", "palautettu", NULL};

/* The word lists a load looks values up in row by row, indexed once for every load
 * (known_word): an event log's, a status column's and every customer id's lookups were a
 * normalization and a scan per list each. */
enum { W_PURCHASE = 1, W_RETURN = 2, W_OTHER_DOC = 4, W_VOID = 8, W_PLACEHOLDER = 16,
       W_FLAG_TRUE = 32, W_FLAG_FALSE = 64, W_OFFER = 128, W_TOTAL = 256, W_QTY_UNIT = 512,
       W_LINE_GOODS = 1024, W_LINE_OTHER = 2048, W_KEPT = 4096, W_NULL = 8192,
       W_QTY_PACK = 16384, W_SUPPLIER = 32768, W_STOCK = 65536, W_QUOTE_PREFIX = 131072,
       W_INVOICE_PREFIX = 262144, W_LINE_TRADE = 524288, W_OTHER_STATE = 1048576,
       W_MARKETING = 2097152 };
#define LIST_NAMES(l) (sizeof l / sizeof *l - 1)
#define KNOWN_WORDS (LIST_NAMES(ingest_purchase_events) + LIST_NAMES(ingest_return_events) + \
		     LIST_NAMES(ingest_other_documents) + LIST_NAMES(ingest_void_statuses) +     \
		     LIST_NAMES(ingest_placeholder_ids) + LIST_NAMES(ingest_flag_true) +         \
		     LIST_NAMES(ingest_flag_false) + LIST_NAMES(ingest_offer_statuses) +         \
		     LIST_NAMES(ingest_total_labels) + LIST_NAMES(ingest_qty_units) +            \
		     LIST_NAMES(ingest_line_goods) + LIST_NAMES(ingest_line_other) +            \
		     LIST_NAMES(ingest_kept_statuses) + LIST_NAMES(ingest_null_values) +         \
		     LIST_NAMES(ingest_pack_units) + LIST_NAMES(ingest_supplier_documents) +   \
		     LIST_NAMES(ingest_stock_entries) + LIST_NAMES(ingest_quote_prefixes) +     \
		     LIST_NAMES(ingest_invoice_prefixes) + LIST_NAMES(ingest_line_trade) +      \
		     LIST_NAMES(ingest_other_states) + LIST_NAMES(ingest_marketing_events))
static sniff_word known_words[KNOWN_WORDS];
static size_t n_known_words;
static pthread_once_t known_once = PTHREAD_ONCE_INIT;

static void known_index(void)
{
	const char *const *const lists[] = {ingest_purchase_events, ingest_return_events,
					    ingest_other_documents, ingest_void_statuses,
					    ingest_placeholder_ids, ingest_flag_true,
					    ingest_flag_false, ingest_offer_statuses,
					    ingest_total_labels, ingest_qty_units,
					    ingest_line_goods, ingest_line_other,
					    ingest_kept_statuses, ingest_null_values,
					    ingest_pack_units,
					    ingest_supplier_documents,
					    ingest_stock_entries, ingest_quote_prefixes,
					    ingest_invoice_prefixes, ingest_line_trade,
					    ingest_other_states, ingest_marketing_events};   /* as W_ */
	n_known_words = sniff_words_index(known_words, KNOWN_WORDS, lists,
					  (int)(sizeof lists / sizeof *lists));
}

/* The lists (W_*) whose words s[0..n) is, compared as header names are. */
static unsigned known_word(const char *s, size_t n)
{
	pthread_once(&known_once, known_index);
	/* a variation selector after a mark says how to draw it, not what it says (t82 F12:
	 * phones and spreadsheets' emoji pickers write U+2714 U+FE0F for the tick) */
	if (n > 3 && (unsigned char)s[n - 3] == 0xEF && (unsigned char)s[n - 2] == 0xB8 &&
	    ((unsigned char)s[n - 1] == 0x8E || (unsigned char)s[n - 1] == 0x8F))
		n -= 3;
	return sniff_words_find(known_words, n_known_words, s, n);
}

/* Sage 50's Type: SI, a sales invoice; SC, a sales credit (t35: 21 read as sales); SR, a
 * customer's payment received (money, no goods). Its words only in a file Sage wrote
 * (sage_file): elsewhere the same letters are other systems' (t38 F4: an ERP's SR, a Sales
 * Return with its item and quantity -1, was skipped as a payment). */
static const struct {
	const char *word;
	unsigned as;               /* the W_ list it would be in */
} sage_types[] = {{"si", W_PURCHASE}, {"sc", W_RETURN}, {"sr", W_OTHER_DOC}};

/* Sage 50's own column names (its invoice's Invoice/CM #, its customer's account A/C): a
 * header with one is a file Sage wrote, whose document types and non-stock codes are read
 * (sage_types, ingest_nonstock_codes). */
static const char *const sage_columns[] = {"invoice/cm", "a/c", NULL};

static int sage_file(const char *const *names, int n)
{
	for (int f = 0; f < n; f++)
		if (sniff_name_index(names[f], strlen(names[f]), sage_columns) >= 0)
			return 1;
	return 0;
}

/* MYOB AccountRight's Sale Status: I an open invoice and C a closed one (sales), O an order
 * not yet invoiced and Q a quote (never bought yet: skipped, t64 F2: its quotes and orders
 * were read as purchases). Its letters only in a file MYOB wrote (myob_file), whose status
 * column is its Sale Status, and only as a whole value: elsewhere one letter says anything. */
static const struct {
	const char *word;
	unsigned as;
} myob_statuses[] = {{"i", W_KEPT}, {"c", W_KEPT}, {"o", W_OFFER}, {"q", W_OFFER}};

/* MYOB's own column names: its customer's Co./Last Name beside its Card ID. */
static const char *const myob_columns[] = {"co./last_name", "card_id", NULL};

static int myob_file(const char *const *names, int n, int status)
{
	int seen = 0;
	for (int f = 0; f < n; f++)
		seen |= 1 << (sniff_name_index(names[f], strlen(names[f]), myob_columns) + 1);
	return (seen & 6) == 6 && status >= 0 && status < n &&
	       sniff_same_name(names[status], strlen(names[status]), "sale_status");
}

/* Odoo's Point of Sale orders exported from its list (t77 F20): the order lines' fields
 * (Order Lines/Product, Order Lines/Quantity) beside a Session, the till's, and its Status.
 * There New is the draft state, a ticket never paid (a table left open, a sale parked and
 * abandoned), not a web shop's order just placed: not a purchase. */
static int odoo_pos_file(const char *const *names, int n, int status)
{
	int lines = 0, session = 0;
	for (int f = 0; f < n; f++) {
		size_t len = strlen(names[f]);
		const char *slash = memchr(names[f], '/', len);
		lines |= slash && sniff_same_name(names[f], (size_t)(slash - names[f]), "order_lines");
		session |= sniff_same_name(names[f], len, "session");
	}
	return lines && session && status >= 0 && status < n &&
	       sniff_same_name(names[status], strlen(names[status]), "status");
}

/* Document types written as codes, each system's under its own column's name (compared as
 * header names are), read only in the event column of that name: elsewhere a letter or a
 * small number says anything (a column of small integers under no such name is never a
 * type). A Mexican CFDI's TipoDeComprobante: I (Ingreso) an invoice, E (Egreso) a credit
 * note, T (Traslado) goods moved, P (Pago) a payment received, N (N\xC3\xB3mina) a payroll (t39
 * #4: the egreso was a sale). Dynamics GP's SOPTYPE (SOP30300; SmartList's SOP Type writes
 * the words): 1 a quote, 2 an order, 3 an invoice, 4 a return, 5 a back order, 6 a
 * fulfilment order; an Order is a document not yet billed, whose invoice is the same lines
 * again (t86 F6: its orders were counted beside their invoices). SAP Business One's ObjType:
 * 13 an A/R invoice, 14 an A/R credit memo, 15 a delivery, 16 a return of goods delivered
 * (it reverses a delivery, not an invoice: skipped as the delivery is), 17 a sales order, 23
 * a quotation. Retail Pro's receipt_type: 0 a sale, 1 a return (t86 F4: GP's, B1's and
 * Retail Pro's returns were kept as purchases, the column "not used"). */
static const struct {
	const char *column;
	const char *code;
	unsigned as;               /* the W_ list it would be in */
	const char *system;        /* whose codes, as the summary says it (first of each) */
	const char *what;          /* the code's document, as the summary says it */
} doc_codes[] = {
	{"tipo_de_comprobante", "i", W_PURCHASE, "a CFDI's", "an invoice"},
	{"tipo_de_comprobante", "ingreso", W_PURCHASE, NULL, "an invoice"},
	{"tipo_de_comprobante", "e", W_RETURN, NULL, "a credit note"},
	{"tipo_de_comprobante", "egreso", W_RETURN, NULL, "a credit note"},
	{"tipo_de_comprobante", "t", W_OTHER_DOC, NULL, "goods moved"},
	{"tipo_de_comprobante", "traslado", W_OTHER_DOC, NULL, "goods moved"},
	{"tipo_de_comprobante", "p", W_OTHER_DOC, NULL, "a payment"},
	{"tipo_de_comprobante", "pago", W_OTHER_DOC, NULL, "a payment"},
	{"tipo_de_comprobante", "n", W_OTHER_DOC, NULL, "a payroll"},
	{"tipo_de_comprobante", "n\xC3\xB3mina", W_OTHER_DOC, NULL, "a payroll"},
	{"tipo_de_comprobante", "nomina", W_OTHER_DOC, NULL, "a payroll"},
	{"soptype", "1", W_OFFER, "Dynamics GP's", "a quote"},
	{"soptype", "2", W_OTHER_DOC, NULL, "an order"},
	{"soptype", "3", W_PURCHASE, NULL, "an invoice"},
	{"soptype", "4", W_RETURN, NULL, "a return"},
	{"soptype", "5", W_OTHER_DOC, NULL, "a back order"},
	{"soptype", "6", W_OTHER_DOC, NULL, "a fulfilment order"},
	{"soptype", "order", W_OTHER_DOC, NULL, "not yet billed"},
	{"soptype", "back_order", W_OTHER_DOC, NULL, "not yet billed"},
	{"soptype", "fulfillment_order", W_OTHER_DOC, NULL, "not yet billed"},
	{"soptype", "fulfilment_order", W_OTHER_DOC, NULL, "not yet billed"},
	{"objtype", "13", W_PURCHASE, "SAP Business One's", "an A/R invoice"},
	{"objtype", "14", W_RETURN, NULL, "an A/R credit memo"},
	{"objtype", "15", W_OTHER_DOC, NULL, "a delivery"},
	{"objtype", "16", W_OTHER_DOC, NULL, "a delivery's return"},
	{"objtype", "17", W_OTHER_DOC, NULL, "a sales order"},
	{"objtype", "23", W_OFFER, NULL, "a quotation"},
	{"receipt_type", "0", W_PURCHASE, "Retail Pro's", "a sale"},
	{"receipt_type", "1", W_RETURN, NULL, "a return"},
};

/* The doc_codes entry of the event column's system (in->doc_codes) that s is, or -1. */
static int doc_code_find(int system, const char *s, size_t n)
{
	const char *col = system ? doc_codes[system - 1].column : NULL;
	for (size_t k = system ? (size_t)system - 1 : 0;
	     col && k < sizeof doc_codes / sizeof *doc_codes && !strcmp(doc_codes[k].column, col);
	     k++)
		if (sniff_same_name(s, n, doc_codes[k].code))
			return (int)k;
	return -1;
}

/* 1 + the first doc_codes entry of the system whose column name is name, or 0. */
static int doc_codes_system(const char *name)
{
	for (size_t k = 0; name && k < sizeof doc_codes / sizeof *doc_codes; k++)
		if (doc_codes[k].system && sniff_same_name(name, strlen(name), doc_codes[k].column))
			return (int)k + 1;
	return 0;
}

const char *ingest_col_name(enum rr_col c)
{
	return (unsigned)c < RR_COL_N ? col_names[c] : "?";
}

/* ===== the row builder =====
 * Parsed records go in batches to a thread of their own that converts, checks and interns
 * them and appends them to rr_rows, so hashing overlaps parsing (on two cores the third
 * stage, reading/inflating, is light). Batches are handed over in order, so row order is
 * kept, and the rejected rows' examples are the first ones. */

#define BATCH_ROWS 4096
#define NBATCH 3
#define INLINE_BATCH_ROWS 256  /* an inline load (csvsource.h) builds one small batch at a time */

/* The fields a record carries to the row builder (raw text; it converts and checks them). */
enum { F_INVOICE, F_ITEM, F_DESC, F_USER, F_COUNTRY, F_QTY, F_PRICE, F_DATE, F_AMOUNT, F_TIME,
       F_EVENT, F_STATUS, F_ITEM_ALT /* names the item when the code is empty */,
       F_LINE /* the line's type (ingest_line_goods, ingest_line_other) */,
       F_YEAR /* the year of a date written without one (ingest_year_columns) */,
       F_TILL, F_TILL2 /* a store's and a till's ids (till_fields), for restarting numbers */,
       F_USER_ALT /* names the customer when the code is empty (sniff_code_beside) */,
       F_CASES /* whole cases beside loose units (ingest_case_columns, cases_apply) */,
       F_FULFIL /* a fulfilment's status (ingest_fulfil_columns) */,
       F_PACK /* a unit's size, or the units a price is for (uom_start, pack_apply) */,
       F_TOTAL /* a line total no role reads, beside a price (blank_qty_one) */,
       F_UOM /* the row's unit of measure beside a unit's size: a single unit's row (EA) is
                not converted by it (pack_each) */, F_N };

#define SCI_FIELDS 3   /* the ids sci_id is asked of: customer, item, invoice */

typedef struct brec {
	uint32_t off[F_N], len[F_N];  /* strings in the batch's bytes */
	uint64_t line;                /* physical line the record starts on */
	int32_t why;                  /* -1: a row to build; else an rr_reject found by the parser,
	                                 with its detail text in the F_DESC slot */
	uint32_t part;                /* the header came again this many times above it */
	uint32_t ret_off[2];          /* the values of the returns columns that marked it */
	uint8_t ret_len[2];           /* (returns_row), when bit i of ret is set */
	uint8_t ret;
	uint8_t up;                   /* bit k: up_fields[k] is taken from the record up_from */
	uint16_t cur;                 /* the currency a probed column names on it (probe_row):
	                                 column + 1 | code's index << 8; 0: none */
	uint32_t up_from;             /* records below this one (order_fill_up, order_take_up) */
} brec;

/* The pairs of a code and a name judged on every row: the customer's, the item's, and up to
 * three columns of no known name beside the customer's (id_start_unnamed). */
#define ID_SLOTS 5

/* The minutes the built rows of one currency span, for a changeover's check: a money the
 * euro replaced wholly before its day and the euro wholly from it (euro_pair_warn). */
typedef struct cur_span {
	int32_t lo, hi;
	size_t n;
} cur_span;
struct col_probe;

typedef struct batch {
	char *bytes;               /* the strings of its records, back to back */
	size_t blen, bcap;
	brec *rec;                 /* [rcap], rcap up to batch_rows */
	size_t n, rcap;
	unsigned lines;            /* builder's lines_read when it was handed over */
} batch;

/* The first number written with one decimal mark, for the message when a file uses both. */
typedef struct mark_proof {
	uint64_t line;
	char text[32];
	int unused;                /* only a column no role reads gave it (unused_marks) */
} mark_proof;

/* A number that only the decimal mark makes sense of ("1,234": thousands, or a decimal comma),
 * for the warning when its rows are rejected. */
typedef struct grouped_num {
	uint64_t line;
	char text[32];
	char readings[120];        /* what --decimal . and --decimal , make of it (mark_readings) */
} grouped_num;

/* A row kept with a number such as "1,234" read as thousands before the file showed its
 * decimal mark: rejected after the last row unless the mark is a point. */
typedef struct held_row {
	size_t row;                /* its index in the rows */
	uint64_t line;
	const char *what;          /* "quantity", "price" or "amount" */
	char text[48];             /* the number as written, printable */
	int read;                  /* read with the decimal comma the file showed (settle_held) */
} held_row;

/* A row whose quantity's one mark stands before three digits ("2.500", "2,500"), read as
 * the decimal mark while the file had shown none: thousands if the file's mark is the other
 * (settle_qty_marks). */
typedef struct qty_doubt {
	size_t row;                /* its index in the rows */
	char mark;
} qty_doubt;

/* A row whose price (or line amount) has one point, before three digits ("1.200", "$1.200"),
 * read as a decimal point before the file showed its mark, and that price were the point to
 * group thousands: a currency of no minor unit makes it so (settle_money). */
typedef struct price_doubt {
	size_t row;                /* its index in the rows */
	double whole;              /* its price read with the point grouping thousands */
} price_doubt;

/* A kept row's two numbers as note_numbers reads them: the quantity's and the price's (or
 * amount's) text and mark (parse_marked's), whether one is held (holdable), the row's qty and
 * price as kept, its index in the rows and its line. */
typedef struct num_note {
	const char *s[2];
	size_t n[2];
	char mark[2];
	int held;
	double qty, price;
	size_t row;
	uint64_t line;
} num_note;

/* A row whose date ends in a zone name zones share, which its daylight partner in the same
 * column would decide (date_zone_names' partner: CST beside CDT), read with that zone's
 * offset meanwhile: read so once every row is in if the partner was there, else rejected as
 * it was on the spot before (settle_zones). */
typedef struct zone_held {
	size_t row;                /* its index in the rows */
	uint64_t line;
	int zone;                  /* the name's index in date_zone_names */
	char text[96];             /* the date as written, and with the zone's offset */
	char decided[104];
	num_note note;             /* its numbers, noted once it is read (a rejected row's are */
	char num[2][48];           /* not): their texts */
} zone_held;

/* An event log's kinds of rows, or an order status column's values, as written (the first
 * EVENT_KINDS; the rest together). A value is shown whole up to EVENT_SHOWN bytes, and cut
 * with "..." past them (t19: Amazon's "Shipped - Returned to Seller" was cut at 23 bytes, to
 * "Shipped - Returned to S", and "Shipped - Delivered to Buyer" likewise). */
#define EVENT_KINDS 6
#define EVENT_SHOWN 60
#define EVENT_LINE (EVENT_KINDS * (EVENT_SHOWN + 40) + 100)   /* the summary of them */
typedef struct event_tally {
	char value[EVENT_KINDS][EVENT_SHOWN + 4];
	size_t n[EVENT_KINDS];
	unsigned char purchase[EVENT_KINDS];   /* 0 skipped, 1 kept, 2 kept as returns */
	int kinds;
	size_t other;              /* rows of the kinds past the first EVENT_KINDS */
	size_t other_kept;         /* those of them kept (purchases or returns) */
	size_t kept;               /* purchase rows (kept), not counting returns */
	char past[EVENT_SHOWN + 4]; /* the first skipped kind past the table, named beside the
	                              other kinds (t67 F24: Magento's canceled, the only status
	                              skipped, was "353 of other kinds skipped"), and */
	size_t past_n;             /* its rows */
	size_t lost[EVENT_KINDS];  /* rows of each kind rejected after it was counted (t67 F23:
	                              refunds of no quantity said "read as returns") */
	int row_kind;              /* the kind of the row being read (tally), -1: none */
	size_t back[EVENT_KINDS];  /* a status's rows the event column read as returns: a credit
	                              note's own status is no void one to propose (t42 F1) */
	uint64_t named[3];         /* names of --purchase, --return, --void (the first 64 of
	                              each) a value of this column matched (lists_unmatched) */
} event_tally;

/* The longest customer id placeholder_id compares, in bytes: the longest of
 * ingest_placeholder_ids and ingest_null_values in UTF-8 (the SHA-256 of an empty text, 64
 * hex digits; 1C's Розничный покупатель, 39 bytes, and so numbered: numbered_placeholder).
 * The builder keeps the first such id whole, for the --keep-id its note proposes (24 bytes
 * cut that name to 'Розничный по', and --keep-id 'Розничный по' kept nobody). */
enum { PLACEHOLDER_MAX = 64 };
enum { FORM_IDS = 4 };   /* placeholder forms' values said by name (form_count) */
/* A row's price unit (PACK_PRICE_UNIT), its price divided by it once the column's values
 * agree that it is one (settle_price_units); doubt: "1.000" written before the file showed
 * its decimal mark, its mark ('.' or ','), else 0. */
typedef struct unit_row {
	size_t row;                /* its index in the rows */
	double unit;
	char doubt;
} unit_row;

/* builder.pack: what the unit's column read as the amount is (uom_start) */
enum { PACK_NONE, PACK_SIZE, PACK_PRICE_UNIT };

/* The fields an order export may write on an order's first line only (Shopify: the e-mail,
 * the date, the billing country), which its other lines take (order_fill). */
static const int order_fields[] = {F_USER, F_DATE, F_TIME, F_COUNTRY};
#define ORDER_FIELDS ((int)(sizeof order_fields / sizeof *order_fields))
/* What the lines above an order's first line take from it when that line comes last (a file
 * sorted newest first: order_fill_up): its order fields, and the status, fulfilment and
 * document type the lines below take from the line above (status_bought, fulfil_cancelled,
 * event_fill). At most 8: a bit each in brec.up. */
static const int up_fields[] = {F_USER, F_DATE, F_TIME, F_COUNTRY, F_STATUS, F_FULFIL, F_EVENT};
#define UP_FIELDS ((int)(sizeof up_fields / sizeof *up_fields))
/* The orders whose lines rejected for an empty date wait for a line of theirs that writes it
 * (undated_above): as many as interleave in an export */
#define UNDATED_WAYS 8
/* The most lines of one order held back at a full batch's end to be built with the next
 * batch's (builder_hand), so that the line below that writes their fields is seen: half an
 * inline batch. A longer order there keeps its lines above unfilled (undated_warning). */
#define FILL_UP_LINES 128
/* A value an order's line may give its other lines: any field's (t79 F7: a Russian legal
 * name of 135 Cyrillic letters, 270 bytes, was not remembered and its lines were walk-ins') */
#define FILL_CAP (RR_MAX_FIELD + 1)
/* The orders a line of an invoice number may take its fields from: every open one, for
 * tills' receipts written line by line between each other (t73 F8: two tills' receipts
 * interleaved, 130 named lines were read as no customer's; t76 F6: five, 1047 rows), in a
 * table of FILL_ORDERS slots hashed by number and till, FILL_WAYS slots a number may sit in:
 * a new order takes the one of them named longest ago. An order no line named in the last
 * FILL_AGE lines that named one is closed: a number seen again after it is another sale. */
#define FILL_ORDERS 256
#define FILL_WAYS 8
#define FILL_AGE 64
/* ... FILL_AGE_TILL when the line names its till: each till's receipt numbers are its own,
 * and the receipts of up to as many tills written line by line between each other are open
 * at once (t79 F6: 70 tills, 280 of 420 lines were walk-ins', unsaid). A line that takes
 * nothing for either limit is counted in a note (fill_aged, fill_evicted). */
#define FILL_AGE_TILL FILL_ORDERS
/* The open orders closed for room whose later lines are recognised and counted */
#define FILL_EVICTED FILL_ORDERS
/* The lines above the first line of a receipt that names its customer, of its day and within
 * RECEIPTS_GAP_MINUTES of it, take its customer (brec.up's bit UP_CARD): a loyalty card
 * scanned at payment, on the receipt's last line (t79 F11: 752 of 1052 lines walk-ins') */
#define UP_CARD 7

/* One order's number and the fields its first line wrote (order_fill). */
typedef struct fill_order {
	char inv[FILL_CAP];
	char val[ORDER_FIELDS][FILL_CAP];
	size_t inv_n, n[ORDER_FIELDS];
	uint64_t till;             /* its store's and till's ids hashed (fill_till): one number
	                              is one order only at one till (t76 F2) */
	char till_val[2][FILL_CAP]; /* those ids as its first line wrote them, which its lines */
	size_t till_n[2];          /* that write none take (t79 F3: Till on the first line) */
	int tilled;                /* its key is of a till written */
	uint64_t used;             /* the builder's fill_clock when a line last named it */
	int lost;                  /* a line of its number took no customer from it, being
	                              another sale (fill_restarts): the blank lines after it are
	                              that sale's, lost with it (counted in fill_restart) */
	int took;                  /* a line with no customer took this order's */
	int renamed;               /* then a line wrote a customer again (fill_contra) */
	int refused;               /* its blank lines take none (fill_judge) */
} fill_order;

typedef struct builder {
	rr_rows *rows;
	double reserve;            /* > 0: before the next batch, make room for the rows so far
	                              times this (reserve_rows; under mu: the parser sets it, the
	                              builder, which alone touches rows, takes it) */
	const char *path;          /* for messages */
	int strict;                /* the first rejected row is an error */
	char dec;                  /* '.', ',', or 0: either, decided after the last row */
	int comma_sep;             /* the separator is a comma: a decimal comma needs proof */
	mark_proof comma, point;   /* when dec is 0: the first number with each mark */
	unsigned char mark_cols[2], firm_cols[2]; /* the columns (bit 0 the quantity's, 1 the
	                              price's) that showed a comma ([0]) or a point ([1]), and
	                              those where it groups no thousands (marks_by_column) */
	mark_proof col_marks[2];   /* the comma's and the point's first when each column has
	                              its own (marks_by_column), for the summary */
	grouped_num grouped;       /* the first row rejected for a number such as "1,234" (-2) */
	size_t grouped_rows;       /* rows rejected for one */
	mark_proof comma_read;     /* the first number such as "1,234" read with a decimal comma
	                              the file showed, held before it or after (t68 F11) */
	size_t comma_read_rows;    /* rows read so */
	size_t comma_held_read;    /* of them, held before the proof (warned of only then) */
	mark_proof thousands;      /* the first number such as "1,234" read as thousands */
	mark_proof point3;         /* the first number such as "45.000" read with a decimal point */
	mark_proof bad_date;       /* the first date no reading accepted */
	size_t month_num;          /* of those rejected, a month's name and a number alone */
	uint16_t month_seen;       /* (Jan-23: month_number_parts): the months (bit m) and */
	uint64_t num_seen[2];      /* the numbers (bit k, 0..127) they held, for the hint */
	int bad_era;               /* the calendar it is plainly written in (date_era_of), or 0 */
	size_t era_rows;           /* rejected dates of that calendar */
	size_t bad_years;          /* rejected dates whose year relrec cannot hold (year_beyond) */
	size_t cal_beyond;         /* rejected dates, days of --calendar outside those held */
	size_t cal_gregorian;      /* rejected dates of a Gregorian form, under --calendar */
	size_t own_rows;           /* rejected dates naming their calendar (date_form_calendar) */
	const calendar *own_cal;   /* the first of them's calendar, and its line */
	uint64_t own_line;
	size_t hijri_years;        /* of those, years DATE_HIJRI_FROM to DATE_HIJRI_TO: Solar
	                              Hijri's or the Islamic calendar's, which --calendar reads */
	size_t bad_zones;          /* rejected dates ending in a zone word relrec cannot read */
	char bad_zone[512];        /* why, for the first (date_zone_trouble), and its line */
	uint64_t bad_zone_line;
	zone_held *zheld;          /* dates held for a shared zone name (settle_zones) */
	size_t n_zheld, zheld_cap;
	uint64_t zone_seen;        /* bit k: date_zone_names[k]'s partner was read in a date */
	size_t *zone_drop;         /* the held rows rejected, for settle_held's rows_drop */
	size_t n_zone_drop;
	size_t zone_read;          /* the held dates read, the first's zone, line and text */
	int zone_read_z;
	uint64_t zone_read_line;
	char zone_read_text[32];
	int bad_ampm;              /* the first's word stands where the format has %p
	                              (date_ampm_trouble): no zone */
	size_t qty_blank_one;      /* rows of a blank quantity read as 1 (blank_qty_one) */
	uint64_t qty_blank_line;   /* the first of them */
	uint64_t bad_number_line;  /* the first row rejected for a number, and what it was */
	char bad_number[96];
	char bad_word[1600];       /* the text beside its number no list knows, and how to strip
	                              it (number_words), or "" */
	uint64_t range_line;       /* the first row rejected for a number beyond 1e9, and it */
	char range_number[96];
	size_t point3_n, point_other_n; /* numbers read so, and others with a decimal point */
	size_t amount_neg_rows;    /* lines whose negative total made an unsigned quantity a
	                              return (amount_price), and the first's line */
	uint64_t amount_neg_line;
	size_t price_point3_n, price_point_other_n; /* of them, the price's (or amount's) alone:
	                              a weighed 4.5 in the quantity proves no point of the price's
	                              (t80 F1: "$ 3.553" pesos read as 3.553) */
	mark_proof qty_point;      /* the first quantity written with a decimal point */
	size_t price_bare_n;       /* prices written with no mark: a whole number ($ 104) */
	size_t thousands_rows;     /* rows kept with one */
	held_row *held;            /* rows kept with one before the file showed its decimal */
	qty_doubt *qty3;           /* rows whose quantity's one mark may group thousands */
	size_t n_qty3, qty3_cap;   /* (mark_may_group), read before the file showed its mark */
	mark_proof qty3_first[2];  /* the first with a point, with a comma */
	mark_proof qty_whole;      /* the first of them read as a whole number, and how many */
	size_t qty_whole_rows;
	size_t n_held, held_cap;   /* mark (holdable), in order; settle_held decides them */
	grouped_num held_first;    /* the first of them */
	int encoding_given;        /* then a UTF-8 failure is a NUL byte, not the encoding */
	int yen_jp;                /* the file is Japanese (yen_japanese): its \xC2\xA5 is JPY;
	                              2: read in a Japanese encoding, its \ before a number too */
	int fa_header;             /* a header name holds a letter Persian writes and Arabic does
	                              not (persian_header): Iran's or Afghanistan's file, whose
	                              two-digit years may be Solar Hijri (t80 F10) */
	int fa_names;              /* so, whatever the options: its numbers' slash between Latin
	                              digits is Persian's decimal mark too (t85 F26) */
	size_t slash_latin;        /* of slash_points, those between Latin digits */
	size_t yen_bs;             /* of yen_rows, those written with that \ */
	size_t yen_rows;           /* prices whose \xC2\xA5 or \xEF\xBF\xA5 was read as JPY so */
	char yen_first[32];        /* the first of them, as written */
	/* the currency the file's money is in, when it says (settle_money): its minor digits
	 * decide what a mark before three digits is where no number did */
	price_doubt *price3;       /* rows whose price's point may group thousands */
	size_t n_price3, price3_cap;
	mark_proof money_frac;     /* the first price written with decimals, not three */
	const char *minor_code;    /* the currency (code) whose digits are the money's, or NULL */
	int minor_col;             /* the column that names it, or -1: the prices' own marks */
	int minor_digits;          /* its digits, 0 or 3 */
	size_t minor_rows;         /* rows it decided, and the first's number as written */
	mark_proof minor_first;
	int minor_shared;          /* no code named it: '$' alone, its prices of no cents and
	                              every point before three digits (dollar_pesos) */
	int has_event;             /* an event column: only purchases are kept */
	int event_other;           /* the event column taken by its name holds marketing events
	                              (event_other_decide): unused, every row a purchase */
	char event_other_seen[EVENT_SHOWN + 4];   /* the first of them, for the note */
	int status_other;          /* the status column holds a customer's or a product's
	                              states (status_other_settle): unused */
	int status_named;          /* the status column was taken by its name, not --map */
	int paid_buys;             /* the event column is the names' (not --map's): a payment's
	                              word in it is a purchase (event_row_class) */
	int supplier_side;         /* the event column holds a sale's word beside a supplier's
	                              document (Sale beside Purchase): the shop's own purchases,
	                              skipped (supplier_decide, event_kind) */
	int stock_ledger;          /* ... and is an item ledger's, its quantities the stock's: a
	                              sale's below 0 (ledger_decide, ledger_sign) */
	size_t ledger_sales, ledger_returns; /* its Sale rows read so: below 0, above 0 */
	char quote_seen[24], invoice_seen[24]; /* with no event column, the first document
	                              numbers seen as a quote's and an invoice's (doc_prefix_kind) */
	int quotes_off;            /* both seen: the quotes are no sales (quotes_decide) */
	size_t quote_rows, quote_docs; /* the rows skipped so, and their documents */
	uint64_t quote_line;       /* the first of them */
	char quote_last[FILL_CAP]; /* the last one's number, to count documents */
	size_t quote_last_n;
	int orders_booked;         /* ... or a return's order beside the credit memo that books
	                              it (Return Order beside Credit Memo): the orders skipped
	                              (orders_decide, event_kind) */
	int tender_signs;          /* ... and its bare Credit and Debit are card types beside its
	                              payment words (tender_decide): purchases too */
	int has_status;            /* a status column: orders cancelled, failed... are not kept */
	int status_flag;           /* FLAG_*: a line's flag; 0: an order's status (status_column
	                              says what a flag would mean, status_decide whether it is) */
	int status_bare;           /* its name a bare fallback that may mean another state
	                              (Estado, Stato: an address's), not given by --map */
	int status_unread;         /* such a column none of whose values is a status relrec
	                              knows: left unused (status_bare_settle) */
	int status_known;          /* a value of such a column was a status relrec knows */
	int stamp_return;          /* a FLAG_STAMP column is a return's date, not a
	                              cancellation's (status_decide: Retoure = 2024-05-09) */
	int status_pending;        /* FLAG_* a flag's name would mean, its values blank so far:
	                              flag or status is decided at the first batch that holds
	                              one (status_decide, t44 #5b) */
	fill_order *orders;        /* [FILL_ORDERS] the open orders' numbers and fields
	                              (order_fill; loader_init), ... */
	int fill_at;               /* ... orders[fill_at] the last row's */
	size_t fill_proof;         /* orders whose named line had blank lines after it, and */
	size_t fill_contra;        /* of them, those that wrote a customer again below those
	                              (order_fill: then the blanks are others' sales) */
	size_t fill_refused;       /* rows with no customer that took none for it, the first's */
	uint64_t fill_refused_line; /* line */
	uint64_t fill_clock;       /* lines that named an order, the slots' age */
	int fill_ok;               /* they name an order a line may take */
	size_t fill_aged;          /* rows with no customer of an order whose last line was more
	                              than FILL_AGE (FILL_AGE_TILL) lines that named one above: */
	uint64_t fill_aged_line;   /* closed, they took none; the first's line */
	uint64_t evicted[FILL_EVICTED]; /* the keys (fill_key) of the last orders so closed, */
	int evicted_at;            /* the next one's slot; the rows of them that took none: */
	size_t evicted_rows;       /* (lost 3) and the first's line */
	uint64_t evicted_line;
	size_t fill_evicted;       /* open orders with a customer closed early, the table of
	                              FILL_ORDERS being full where their number hashed */
	size_t contra_at, proof_at; /* fill_contra and fill_proof at the first refusal */
	size_t fill_doubt;         /* rows that took the customer of their number's line above
	                              while fill_shared, without a till of their own */
	int fill_shared;           /* an invoice number of one day named two customers (several
	                              tills numbering in step, batch_shared): a pause is another
	                              sale, and no line takes a customer from below */
	size_t card_up;            /* kept rows that took the customer of a line below of their
	                              receipt, day and minute (UP_CARD), the first's line */
	uint64_t card_line;
	char up_last[FILL_CAP];    /* the last built row's invoice, and whether it wrote or took */
	size_t up_last_n;          /* its order's fields: the lines of that invoice starting */
	int up_last_has;           /* the next batch continue it (order_fill_up, t79 F2) */
	size_t fill_restart;       /* lines of the invoice number above, of another day or time
	                              and no customer: another sale, given nothing (t72 F3) */
	uint64_t fill_restart_line; /* the first of them */
	labelfill labels;          /* a pivot's label columns, filled down (label_fill) */
	int label_field[LF_MAX];   /* their F_ fields, in header order */
	int first_seen;            /* the first batch has decided them (first_batch) */
	int group_user;            /* a report grouped by customer (loader's grouped) */
	char group[FILL_CAP];      /* the customer of the last group line */
	size_t group_n, grouped_took; /* its length; rows that took it */
	size_t filled;             /* rows that took them */
	size_t filled_by[ORDER_FIELDS]; /* rows that took each */
	uint64_t filled_line;      /* the first of them */
	batch carry;               /* an order's lines at a full batch's end, held back to start
	                              the next one (builder_hand) */
	size_t up_filled;          /* kept rows that took their order's fields from a line below
	                              (order_fill_up), the first's line, and the rows per */
	uint64_t up_line;          /* up_fields[k] */
	size_t up_by[UP_FIELDS];
	char order_inv[64], order_status[64]; /* the last row's invoice and its status: Shopify
	                             writes an order's status on its first line only */
	size_t order_inv_n, order_status_n;
	char event_inv[64], event_val[64]; /* the last row's own invoice and its event: a
	                             document type written on an invoice's first line only */
	size_t event_inv_n, event_val_n;
	size_t event_took;         /* rows that took it (event_fill) */
	const char *purchase;      /* --purchase's "EVENT,..." or NULL (ingest_purchase_events) */
	const char *returns;       /* --return's "EVENT,...", besides ingest_return_events, or NULL */
	const char *currency[2];   /* the first two currencies money fields carried (codes) */
	size_t currency_rows[2];
	int currencies_more;       /* a third one too */
	int row_cur;               /* the row being built: its index in currency[], or -1 */
	const brec *row_as_written;   /* the row being built as written, before any fill: what
				    * a total line's own fields are (total_weak_row) */
	cur_span currency_span[2]; /* the days of currency[]'s built rows */
	uint8_t *toman_of;         /* [toman_n] 1: the row's price was marked in toman (IRT);
	                              rows after the last one noted were not */
	size_t toman_n, toman_cap;
	size_t toman_done;         /* prices read in rials so (toman_settle) */
	unsigned cur_mark;         /* the next record's brec.cur (probe_row) */
	struct col_probe *probe;   /* the loader's probes, whose spans its rows fill, or NULL */
	size_t qty_fractions;      /* rows whose quantity has a fraction */
	size_t qty_units;          /* rows whose quantity came with a count word (qty_unit) */
	uint64_t qty_unit_line;    /* the first of them, and its quantity as written */
	char qty_unit_text[24];
	size_t email_folded;       /* rows whose customer, an e-mail address, had capitals */
	int tax_ids;               /* the customer column's name says tax id (sniff_tax_id_named) */
	int phone_ids;             /* it says phone number (sniff_phone_named), and no tax id */
	size_t phone_keyed;        /* rows whose phone number was read the one way (phone_key) */
	uint64_t phone_line;       /* the first of them, as written and as read */
	char phone_first[2][32];
	size_t tax_keyed;          /* rows whose tax id was read the one way (vat_key), the */
	uint64_t tax_line;         /* first's line, as written and as read */
	char tax_first[2][32];
	size_t tax_gr;             /* of them, rows whose prefix GR (Greece's ISO code) was read as
	                              its VAT prefix EL (idtwins_vat_prefix), the first's line */
	uint64_t tax_gr_line;
	uint32_t tax_shared;       /* numbers written under two EU VAT countries or more, each
	                              country's its own customer (merge_vat_countries), and the */
	char tax_shared_first[32]; /* first of them as a country writes it */
	size_t float_ids[2];       /* rows whose customer [0] or item [1] id was written 13085.0
	                              (float_digits), read as the whole number */
	size_t placeholders;       /* rows whose customer id named nobody (placeholder_id) */
	size_t null_items;         /* rows whose item code was no value (null_value), and the */
	char null_item[24];        /* first such code */
	char placeholder[PLACEHOLDER_MAX + 1]; /* the first such id */
	size_t numbered;           /* those of them a placeholder with a number (numbered_placeholder) */
	size_t form_rows[PLACEFORM_N]; /* ids of a placeholder's form (placeform.h), not counted
	                              among placeholders: per form */
	struct {                   /* the invoices of the last rows rejected for an empty date */
		char inv[64];      /* (UNDATED_WAYS: orders interleaved, t79 F19), and how */
		size_t n, pending; /* many of them since its last line; */
	} undated[UNDATED_WAYS];
	int undated_next;          /* the slot a new one takes */
	size_t undated_below;      /* those whose invoice's next line had a date (undated_above) */
	size_t masked;             /* of those, ids masked by stars (PLACEFORM_MASKED), not in the
	                              form's note but warned of (mask_warning), and the first */
	char masked_first[PLACEHOLDER_MAX + 1];
	int masks_mapped;          /* 1: --map names the customer column: its masks are its ids */
	size_t mask_ids, mask_cards; /* rows whose masked id is read as one (masks_mapped or a
	                              card's, placeform_card: t76 F14), of them a card's; the first */
	char mask_id_first[PLACEHOLDER_MAX + 1];
	char form_id[FORM_IDS][PLACEHOLDER_MAX + 1]; /* the first values, as written */
	size_t form_id_rows[FORM_IDS], form_more; /* their rows; the rows of any other */
	int form_ids;
	char numbered_first[PLACEHOLDER_MAX + 1];   /* and the first such id */
	const char *keep_ids;      /* --keep-id's "ID,...": placeholders that are customers here */
	rr_strtab *keep_set;       /* keep_ids folded (textfold), each once (keep_ids_set) */
	const char *voids;         /* --void's "STATUS,...": statuses of orders never bought */
	size_t word_held;          /* rows of a placeholder written as a matchcode (GAST), held as
	                              a customer until settle_word_ids decides (t41 N2) */
	size_t word_kept;          /* rows of those it kept as a customer's, and the first such id */
	char word_kept_id[3 * (PLACEHOLDER_MAX + 1)];   /* the first three, blank-separated */
	uint32_t word_kept_ids;    /* how many such ids */
	char word_first[PLACEHOLDER_MAX + 1]; /* the first held, when before any placeholder
	                                         named nobody */
	/* the returns columns' marks of the row being added (returns_row, set by the reader
	 * before builder_add), and the rows of them kept as purchases in full, the first's line
	 * and value (build_row: t46 F5, rows read as returns or skipped are none) */
	unsigned ret_mark;
	const char *ret_s[2];
	size_t ret_s_n[2];
	size_t ret_rows[2];
	uint64_t ret_line[2];
	char ret_value[2][24];
	/* and the rows of them that are a return of their own, their money negative and their
	 * quantity not (Shopify's sales report read without its Net items sold: t72 F22): no
	 * purchase in full, the price rule drops them; the first's line and value */
	size_t ret_neg[2];
	uint64_t ret_neg_line[2];
	char ret_neg_value[2][24];
	event_tally events;
	event_tally statuses;
	event_tally fulfils;       /* the fulfilment column's values of rows no other column
	                              skipped: its void ones skipped (fulfil_cancelled) */
	char fulfil_order[64];     /* the last row's order (order_key) and its fulfilment's */
	size_t fulfil_order_n;     /* value: a blank line of the same order takes it, as a */
	char fulfil_value[64];     /* status's blank does (status_bought) */
	size_t fulfil_value_n;
	char fulfil_name[64];      /* the column's name, for the summary */
	event_tally unplaced;      /* statuses past statuses' kinds that are no known word, kept
	                              (status_placed): named by status_unplaced_warn (t39 #1) */
	int doc_event;             /* the event column was taken for its values (doc_take) */
	size_t buy_rows, buy_neg;  /* an event log's purchase rows, those of a quantity below 0, */
	size_t sell_back, ret_pos;  /* and its return rows, those above 0 as written (stock_sign) */
	size_t doc_unknown;        /* its rows of a value no list knows (skipped), the first's */
	uint64_t doc_unknown_line; /* line and value */
	char doc_unknown_value[24];
	size_t not_utf8;           /* rows rejected for their encoding (not for a NUL byte) */
	size_t item_named;         /* rows without a code whose F_ITEM_ALT names the item */
	size_t user_named;         /* ... and whose F_USER_ALT names the customer, the first's */
	uint64_t user_named_line;  /* line */
	/* a code beside its name (0 the customer's, 1 the item's): the code each name comes
	 * with on the lines that write both, for those that leave the code blank (alt_note) */
	struct alt_map {
		rr_strtab *names, *codes;  /* the names written beside a code; those codes */
		uint32_t *code_of;         /* [names]: its code in codes, RR_NONE when two */
		size_t cap;
		size_t merged;             /* rows read as their name's code (alt_merge) */
		char ex_code[40], ex_name[40];   /* one of them */
		int on;                    /* noted at all (user_fallback): the lines cost a look
		                              each only in the files alt_merge may mend */
	} alt[2];
	size_t charge_blank;       /* shipping or fee lines with no quantity or price, skipped */
	uint64_t charge_line;      /* the first of them */
	char charge_word[40];      /* its item, printable */
	int sage;                  /* a file Sage 50 wrote (sage_file): its words are read */
	int doc_codes;             /* the event column's system of codes (doc_codes_system), or 0 */
	int myob;                  /* a file MYOB wrote (myob_file): its status letters are read */
	int odoo_pos;              /* Odoo's Point of Sale orders (odoo_pos_file): New unpaid */
	size_t item_nonstock;      /* rows of a non-stock code (nonstock_code) named by their
	                              description; the first's line */
	uint64_t item_nonstock_line;
	size_t line_goods, line_other, line_unknown; /* rows whose F_LINE is a line of goods, of
	                              none (their codes into rows' np_kinds), or no line word */
	char line_word[48];        /* the first value of line_other's rows, as written */
	int session_invoice;       /* the invoice column is an event log's session */
	size_t no_session;         /* purchases without one: invoiced by customer and time */
	uint64_t no_session_line;  /* the first of them */
	uint64_t item_named_line;  /* the first of them */
	size_t cp1252_rows;        /* rows whose text was cp1252 among UTF-8, and was read so */
	size_t other_script;       /* rows of those two kinds whose text looks like another
	                              script's (non_western) */
	uint64_t cp1252_line;      /* the first of them */
	size_t composed_ids;       /* rows with an id whose accents were composed (NFC) */
	mark_proof composed_first; /* the first, as written */
	size_t blank_ids;          /* rows with an id or description between blanks that are no
	                              space (U+00A0, U+3000: id_blanks), read without them */
	mark_proof blank_first;    /* the first such field, as written */
	size_t dash_ids;           /* rows with an id whose dashes were read as '-' (rows_id_dash) */
	size_t dashes_read;        /* such dashes, of all rows so far (plain_field) */
	size_t slash_points;       /* '/' between Persian digits of a number read as its decimal
	                              point, of all rows so far (plain_field) */
	size_t slash_rows;         /* rows with one */
	mark_proof slash_first;    /* the first such number, as written */
	mark_proof dash_first;     /* the first such id, as written */
	size_t plain_rows;         /* rows whose ids, numbers or dates held marks or digits read
	                              plain (plain_field) */
	mark_proof plain_first;    /* the first such field, as written */
	unsigned digit_blocks;     /* the scripts of the digits read so (rows_digit_block's bits) */
	size_t sci_ids[SCI_FIELDS]; /* rows whose customer [0], item [1] or invoice [2] id is a
	                              number in scientific notation (sci_id) */
	mark_proof sci_first[SCI_FIELDS]; /* the first of each */
	size_t grouped_ids[2];     /* customer [0] and item [1] ids written with their thousands
	                              grouped, read as another id without the marks */
	char grouped_pair[2][2][32]; /* the first of each, and that id */
	int grouped_bars[2];       /* some were a barcode's digits grouped as printed under its
	                              bars (digit_groups) */
	size_t lookalike_ids[2];   /* customer [0] and item [1] ids that are another of the file
	                              once their look-alike letters are read as Latin */
	char lookalike_pair[2][2][48]; /* the first of each, and that id */
	unsigned item_forms;       /* --item-forms' forms: bit k, itemforms_words[k] */
	itemforms_found forms;     /* item codes in another form of a code the column holds */
	iconv_t cp;                /* cp1252 to UTF-8 for them, when cp_open */
	int cp_open;
	char *fixed;               /* [F_N][FIXED_CAP]: their fields as UTF-8 */
	uintptr_t ascii_lo, ascii_hi; /* the row being built's bytes in its batch when all are
	                              ASCII and none NUL (row_ascii), else 0, 0 */
	date_guess dates;
	int title_year;            /* the one year the lines above the header name, or 0: the
	                              year of dates written without one (t67 F17) */
	batch b[NBATCH];
	int head, count, fill;     /* next to build, handed over and waiting, being filled */
	int done;                  /* the parser has handed over its last batch */
	int failed;                /* out of memory, or a rejected row under strict; err says */
	char err[512];
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t th;
	int started;
	int inline_run;            /* no thread: a batch is built when it is handed over */
	size_t batch_rows;         /* records a batch holds */
	/* Exports joined with cat: the parser counts the header's repeats (part_now, its own);
	 * the builder notes the row each part starts at (part_start[0 .. parts), a part past
	 * MAX_PARTS joined to the last), for rowshape_repeats. */
	uint32_t part_now;
	int part_year[MAX_PARTS];  /* a part's title year (title_year for part 0, a title line's
	                              above the header come again: t71 F14), or the part
	                              before's; the parser's, set before the part's rows go */
	size_t part_start[MAX_PARTS];
	size_t parts;
	int minor_units;           /* the price's (or amount's) column says cents: read / 100 */
	double money_scale;        /* its name states thousands (Umsatz (TEUR)): read times it
	                              (money_name_scale), else 0 */
	const char *money_scale_unit; /* which: "thousands", "millions" (title_units) */
	const char *minor_unit;    /* which (sniff_minor_units): "cents", "pence", "kopecks" */
	size_t minor_marks;        /* prices written with their minor unit's mark, 85p: read / 100 */
	const char *minor_mark;    /* the first's unit, "pence" (sniff_minor_mark) */
	char minor_mark_first[32]; /* the first of them, as written */
	int pack;                  /* F_PACK holds a unit's size (uom_start, PACK_SIZE): the
	                              quantity is read times it, the price divided by it; or the
	                              units the price is for (PACK_PRICE_UNIT): the price divided */
	double price_per;          /* the price's name says it is for so many units (Price per
	                              100): read divided by it (sniff_price_per), else 0 */
	size_t packed;             /* rows so converted (a size other than 1) */
	int cases;                 /* F_CASES holds whole cases beside the quantity's loose
	                              units: read as cases x F_PACK's size + units (t72 F1) */
	size_t cased, cases_bad;   /* rows with cases so added; rows whose cases or size are no
	                              number (their loose units alone read) */
	size_t cased_total;        /* rows whose units hold their cases' already (cases_apply) */
	size_t midnight_timed;     /* dates at midnight read with the time column's time */
	int time_secs;             /* the time column holds seconds after midnight (time_secs_decide) */
	char time_secs_first[16];  /* the first of its values no HHMMSS, printable */
	size_t price_unit_other;   /* price units that are no power of ten: not read */
	unit_row *units;           /* rows whose price unit is more than 1, or "1.000" that the */
	size_t n_units, units_cap; /* file's decimal mark decides (settle_price_units) */
	size_t unit_ones;          /* rows whose price unit is 1 */
	int units_dropped;         /* most values no price unit: the column is none (t71 F13) */
	mark_proof unit3_first;    /* the first unit written "1.000", as written */
	double unit3_whole;        /* and its value with thousands grouped */
	char unit3_mark;           /* its mark, '.' or ',' */
	size_t unit3_read;         /* those read as thousands, the price divided by them */
	size_t unit3_open;         /* those no mark of the file decided: read as 1, said */
	const rr_measure *price_measure; /* the unit the price's name says it is per, or NULL */
	double qty_scale;          /* the quantity's name's measure in the price's (Quantity (g)
	                              beside Price per kg: 0.001), else 1 */
	size_t measured;           /* quantities read in the price's measure so (qty_measure) */
	char measured_first[32];   /* the first written in another measure, as written */
	size_t pack_whole;         /* of them, a quantity as written a whole multiple of its size:
	                              all so, they are units already (pack_units) */
	int pack_price_kept;       /* the size converts the quantity alone, the price each unit's
	                              already (rr_reread.pack_price_each) */
	size_t pack_each;          /* rows of a size whose unit of measure is a single unit's
	                              (EA, Stk): not converted (pack_each) */
	size_t cents_seen, cents_frac; /* its values read so, and those with decimals */
	char cents_first[32];      /* the first with decimals, as written */
	size_t cents_two;          /* of them, those with two decimals or more (4.92: units) */
	size_t cents_tenths;       /* and those with one (143.9: pence to a tenth, t71 F12) */
	int row_written;           /* the row's value said its own unit (minor_units_value) */
	size_t cents_major;        /* values that said their currency ($1.20): read as written */
	char cents_major_first[32];
	size_t *written_rows;      /* the rows kept so: cents_settle leaves them as read */
	size_t n_written, written_cap;
	int cents_undone;          /* most had decimals: the prices are as written (cents_settle) */
	/* --strip-zeros (t53 F11: SAP's ALPHA conversion writes 0000000101 in one extract, 101
	 * in another): bit k, ingest_zero_columns[k]'s all-digit ids read without their leading
	 * zeros; spelled[k] holds each such id as written, to count the ids merged */
	unsigned strip;
	rr_strtab *spelled[2];
	/* a customer id and a spelling the file writes it in other than it is read ("ID\0RAW":
	 * blanks, NFD, a cp1252 byte, 12346.0, leading zeros), each pair once (raw_user_note),
	 * and the last one noted: the bytes a suggested command must match (t62 F5) */
	rr_strtab *raw_users;
	uint32_t raw_last;
	/* the rows' till keys, their F_TILL and F_TILL2 joined (till_note), one per row when the
	 * file has such a column (till_on): split_reused_invoices keys a receipt by them */
	int till_on;
	rr_strtab *tills;
	uint32_t *till_of;         /* [till_n]: each row's key in tills, RR_NONE when none */
	size_t till_n, till_cap;
	/* --convert-currency's changeover, and each row's money by its price's mark or a
	 * currency column (money_note): the rows it converts follow what the file says of them
	 * (t82 F6, F8), their date only where it says nothing */
	const rr_euro_change *money_old;
	uint8_t *money_of;         /* [money_n]: EURO_MONEY_* (euro.h) */
	size_t money_n, money_cap;
	uint64_t money_cols;       /* the probed columns money_of took a money from */
	/* where a command a message suggests edits the file (field_sub_cmd): awk's -v S= for
	 * the separator, the lines before the data, and the quantity's and the price's (or the
	 * line total's it is read from) columns from 1, 0 for none (money_fields) */
	char tool_sep[8];
	int tool_skip, tool_col[2];
	/* TOOL_*: the line ends read so far, which awk's lines follow: lines_read the reader's
	 * (note_line_end), tool_lines the builder's, its batch's (the threads share neither) */
	unsigned lines_read, tool_lines;
} builder;

/* builder's lines_read and tool_lines: what a text tool's lines are in this file (t65 F0,
 * F3: an awk of one line at a time edited no record whose quoted field spans lines, and read
 * a file of CR line ends as one line) */
#define TOOL_ML 1u   /* a quoted field held a line end: a record spans lines */
#define TOOL_CR 2u   /* a record after a CR alone (an old Mac's line end) */
#define TOOL_LF 4u   /* a line end with an LF (LF or CRLF) */
/* CR and LF line ends both end records: no awk's RS reads them as relrec does */
#define TOOL_WIDE 8u /* the text was converted from UTF-16, UTF-32 or ISO-2022 (whose bytes
                       * of ASCII may be halves of a kanji): awk meets other bytes
                       * than relrec read, no command of it can edit them (t65 F8) */
#define TOOL_MIXED(lines) (((lines) & TOOL_CR) && ((lines) & TOOL_LF))

/* Whether the next rejected row's message is kept: it fails a strict load, or it is one of
 * the first few examples. Past them a rejected row is only counted, and its detail need not
 * be written (a damaged file rejects every row). */
static int reject_noted(const builder *in)
{
	return in->strict || in->rows->n_examples < RR_MAX_EXAMPLES;
}

/* Count a rejected row and keep the first few as examples (or fail, under strict). Returns
 * -1 when the load must stop, else 0. */
static int row_reject(builder *in, uint64_t line, int why, const char *detail, size_t dlen)
{
	rr_rows *r = in->rows;
	r->rejected[why]++;
	if (in->has_event && in->events.row_kind >= 0)   /* counted as its kind: said lost */
		in->events.lost[in->events.row_kind]++;
	in->events.row_kind = -1;
	if (!reject_noted(in))
		return 0;
	char msg[sizeof r->examples[0]];
	snprintf(msg, sizeof msg, "%llu: %s%s%.*s", (unsigned long long)line,
		 rows_reject_name((enum rr_reject)why), dlen ? ": " : "", (int)dlen, detail);
	if (in->strict) {
		snprintf(in->err, sizeof in->err, "%s:%s", in->path, msg);
		in->failed = 1;
		return -1;
	}
	if (r->n_examples < RR_MAX_EXAMPLES)
		memcpy(r->examples[r->n_examples++], msg, sizeof msg);
	return 0;
}

/* Whether s has a byte that starts a UTF-8 sequence followed by one that continues it: text
 * in cp1252 has its letters past ASCII apart (caf\xE9), UTF-8 damaged in transit keeps such
 * pairs, and reading the damage as cp1252 would make up characters. */
static int utf8_like(const unsigned char *s, size_t n)
{
	for (size_t k = 0; k + 1 < n; k++)
		if (s[k] >= 0xC2 && s[k] <= 0xF4 && s[k + 1] >= 0x80 && s[k + 1] <= 0xBF)
			return 1;
	return 0;
}

/* A field of a UTF-8 file that is not UTF-8 (monthly exports joined, one of them saved by a
 * Windows spreadsheet): its cp1252 read as UTF-8 into in->fixed's slot k. Its length, or -1
 * when it is damaged UTF-8 or has a byte cp1252 leaves undefined. */
static long cp1252_field(builder *in, int k, const char *s, size_t n)
{
	if (utf8_like((const unsigned char *)s, n))
		return -1;
	if (!in->fixed && !(in->fixed = malloc((size_t)F_N * FIXED_CAP)))
		return -1;
	if (!in->cp_open) {
		in->cp = iconv_open("UTF-8", "CP1252");
		if (in->cp == (iconv_t)-1)
			return -1;
		in->cp_open = 1;
	}
	char *ip = (char *)s, *op = in->fixed + (size_t)k * FIXED_CAP;
	size_t il = n, ol = FIXED_CAP;
	iconv(in->cp, NULL, NULL, NULL, NULL);
	if (iconv(in->cp, &ip, &il, &op, &ol) == (size_t)-1)
		return -1;
	return (long)(FIXED_CAP - ol);
}

/* Are the bytes p[0..n), all past ASCII, shaped as UTF-8 is (a lead and its continuation
 * bytes), however wrong the characters (a surrogate, an overlong form)? */
static int utf8_shaped(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t len = p[i] >= 0xF8 ? 0 : p[i] >= 0xF0 ? 4 : p[i] >= 0xE0 ? 3 : p[i] >= 0xC0 ? 2 : 0;
		if (!len || i + len > n)
			return 0;
		for (size_t k = 1; k < len; k++)
			if (p[i + k] > 0xBF)
				return 0;
		i += len;
	}
	return 1;
}

/* Does text s[0..n), which is not UTF-8, look like another script than the Latin one: three
 * bytes or more in a row past ASCII, not shaped as UTF-8 damaged in transit would be? A
 * Western European word in cp1252 or latin1 has an accented letter here and there
 * (Caf\xE9, M\xFCller); Cyrillic and Greek in their code pages are all such bytes, and Chinese,
 * Japanese and Korean write two bytes a character. */
static int non_western(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t run = 0;
		while (i + run < n && p[i + run] >= 0x80)
			run++;
		if (run >= 3 && !utf8_shaped(p + i, run))
			return 1;
		i += run ? run : 1;
	}
	return 0;
}

/* Note where the row's fields lie in its batch (back to back, builder_add) when every byte
 * of them is ASCII and none NUL, as in most rows of most files: one pass over the row then
 * stands for the UTF-8 check of its text fields and plain_field's look past ASCII, field by
 * field (a field taken from elsewhere, an earlier row's by order_fill, is checked as ever). */
static void row_ascii(builder *in, const char *x, const brec *q)
{
	const char *lo = x + q->off[0], *hi = x + q->off[F_N - 1] + q->len[F_N - 1];
	int clean = ascii_text((const unsigned char *)lo, (size_t)(hi - lo));
	in->ascii_lo = clean ? (uintptr_t)lo : 0;
	in->ascii_hi = clean ? (uintptr_t)hi : 0;
}

/* Does s[0..n) lie in the row row_ascii found all ASCII? */
static int in_ascii_row(const builder *in, const char *s, size_t n)
{
	uintptr_t a = (uintptr_t)s;
	return in->ascii_lo && a >= in->ascii_lo && a + n <= in->ascii_hi;
}

/* Does s[0..n) hold a byte past ASCII? Eight bytes, or four, at a time, the last ones read
 * again rather than one by one (nine fields a row pass here, most shorter than eight). */
static int past_ascii(const unsigned char *s, size_t n)
{
	uint64_t w, x;
	uint32_t a, b;
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ULL)
				return 1;
		}
		memcpy(&x, s + n - 8, 8);
		return (x & 0x8080808080808080ULL) != 0;
	}
	if (n >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		return ((a | b) & 0x80808080u) != 0;
	}
	unsigned any = 0;
	for (size_t i = 0; i < n; i++)
		any |= s[i];
	return any >= 0x80;
}

/* Field t of a row (an id, a number or a date) as it is read: without the marks and with the
 * digits plain_char names, and an id without Excel's text wrappers ="00123" and '00123
 * (written to keep the leading zeros), with its accents on their letters (textfold_compose)
 * and its dashes read as '-' (rows_id_dash, added to in->dashes_read);
 * into in->fixed's slot t when anything changes. 1 when it did, 2 when only accents were
 * composed or dashes read (said apart), 0 when it is as written, -1 when out of memory. */
/* A Persian or Arabic-Indic digit (U+06F0 to U+06F9, U+0660 to U+0669) at s[i..b)? */
static int indic_digit(const unsigned char *s, size_t b, size_t i)
{
	return i + 1 < b && ((s[i] == 0xDB && s[i + 1] >= 0xB0 && s[i + 1] <= 0xB9) ||
			     (s[i] == 0xD9 && s[i + 1] >= 0xA0 && s[i + 1] <= 0xA9));
}

static int plain_field(builder *in, int t, const char **f, uint32_t *n, int is_id)
{
	const unsigned char *s = (const unsigned char *)*f;
	size_t a = 0, b = *n, o = 0, was_n = *n;
	int high = !in_ascii_row(in, *f, b) && past_ascii(s, b);
	if (is_id) {   /* the one rule lists and typed ids are read by too */
		size_t len = rows_id_unwrap(*f, b, &a);
		b = a + len;
	}
	if (!high && a == 0)
		return 0;
	if (!in->fixed && !(in->fixed = malloc((size_t)F_N * FIXED_CAP)))
		return -1;
	char *out = in->fixed + (size_t)t * FIXED_CAP;   /* it may be the field itself: it only shrinks */
	size_t dashes = 0;
	int number = t == F_QTY || t == F_PRICE || t == F_AMOUNT;
	for (size_t i = a; i < b;) {
		char c;
		size_t len;
		if (!is_id && i + 1 < b && s[i] == 0xD9 && s[i + 1] == 0xAC) {
			i += 2;   /* U+066C groups thousands, and nothing else: as ',' it was a doubt
				     which the decimal comma might answer (t80 F20: 13,390 rial) */
			continue;
		}
		if (s[i] >= 0xC0 && rows_plain_char(s + i, b - i, &c, &len)) {
			int block = c >= '0' && c <= '9' ? rows_digit_block(s + i, b - i) : -1;
			in->digit_blocks |= block >= 0 ? 1u << block : 0;   /* named in the note */
			if (c)
				out[o++] = c;
			i += len;
		} else if (is_id && s[i] >= 0xC0 && rows_id_dash(s + i, b - i, &len)) {
			out[o++] = '-';
			i += len, dashes++, was_n -= len - 1;   /* no mark dropped: not said so */
		} else if (number && s[i] == '/' && i >= 2 && indic_digit(s, b, i - 2) &&
			   indic_digit(s, b, i + 1)) {
			/* Persian's decimal mark, U+066B, typed as the slash it looks like between
			 * Persian digits (t80 F28: 3/5 kg); a date's slashes are no number's */
			out[o++] = '.';
			i++, in->slash_points++;
		} else {
			out[o++] = (char)s[i++];
		}
	}
	size_t units = 0, marked = o;
	if (is_id && high)   /* e + U+0301 as macOS writes é: one id with Windows' é */
		o = textfold_compose(out, out, o, &units);
	if (is_id && high && textfold_marks_only(out, o))
		o = 0, units = 0, marked = 0;   /* accents on no letter: blank as seen (t60 F4) */
	in->composed_ids += units > 0;
	if (o == *n && !units)
		return 0;   /* nothing it names: the field stays where it is */
	*f = out;
	*n = (uint32_t)o;
	in->dashes_read += dashes;
	return marked == was_n && a == 0 ? 2 : 1;
}

/* Is s[0..n) a number in scientific notation as a spreadsheet writes one: "1.23457E+11", a
 * continental Excel's "1,23457E+11", "1.23457e11": an id a spreadsheet turned into a number and
 * rounded to six digits, so that ids which round alike became one? Excel writes the sign; a
 * form without it counts only with decimals and an exponent of 11 or more (Excel writes numbers
 * of 12 digits and more so), since "12E4" and "1E5" may be stock codes. */
static int sci_id(const char *s, size_t n)
{
	size_t i = 0, mant = 0, dec = 0, exp = 0, e = 0;
	while (i < n && is_digit(s[i]))
		i++, mant++;
	if (i < n && (s[i] == '.' || s[i] == ','))
		for (i++; i < n && is_digit(s[i]); i++)
			mant++, dec++;
	if (mant == 0 || i + 1 >= n || (s[i] != 'E' && s[i] != 'e'))
		return 0;
	int sign = s[++i] == '+';
	for (i += (size_t)sign; i < n && is_digit(s[i]); i++, exp++)
		e = e < 1000 ? e * 10 + (size_t)(s[i] - '0') : e;
	return exp > 0 && i == n && (sign || (dec > 0 && e >= 11));
}

/* A row's customer, item and invoice ids in scientific notation, counted for the summary's
 * warning. */
static void note_sci_ids(builder *in, const brec *q, const char *const f[F_N])
{
	static const int field[SCI_FIELDS] = {F_USER, F_ITEM, F_INVOICE};
	for (int k = 0; k < SCI_FIELDS; k++)
		if (sci_id(f[field[k]], q->len[field[k]]) && !in->sci_ids[k]++) {
			in->sci_first[k].line = q->line;
			sniff_printable(in->sci_first[k].text, sizeof in->sci_first[k].text,
					f[field[k]], q->len[field[k]], 24);
		}
}

/* The bytes of the character at p[0..n) (at_end: the one that ends it) when it is a blank
 * that prints as one but is no ASCII space (textesc_blank: U+00A0, U+2007, U+202F, U+3000 and
 * the other space separators; 2 for such a blank), a space or a tab (1), or a mark no one sees
 * (uwidth_ignorable: 1), else 0; its length in *len. */
static int blank_char(const unsigned char *p, size_t n, int at_end, size_t *len)
{
	size_t k = at_end ? n - 1 : 0;
	while (at_end && k > 0 && n - k < 4 && (p[k] & 0xC0) == 0x80)
		k--;
	unsigned long cp;
	*len = textesc_utf8(p + k, n - k, &cp);
	if (!*len || (at_end && k + *len != n))
		return 0;
	return cp == ' ' || cp == '\t' || (cp >= 0x80 && uwidth_ignorable(cp)) ? 1
	     : textesc_blank(cp) ? 2 : 0;
}

/* Field s[0..*n) (an id or a description) without the blanks around it that print as one but
 * are no space (blank_char: a no-break space pasted from a web page, U+3000 from a Japanese
 * spreadsheet), and the spaces and unseen marks beside them: trimmed as store_field trims the
 * ASCII ones, since an id with one would be another that prints exactly as the first (t63 F2).
 * Inside, they stay (a thousands mark in "12 346"). 1 when some were, else 0. */
static int id_blanks(const char **s, uint32_t *n)
{
	const unsigned char *p = (const unsigned char *)*s;
	size_t a = 0, b = *n, len;
	int wide = 0, k;
	if (!b || !((p[0] | p[b - 1]) & 0x80))
		return 0;
	while (a < b && (k = blank_char(p + a, b - a, 0, &len)))
		a += len, wide |= k == 2;
	while (a < b && (k = blank_char(p + a, b - a, 1, &len)))
		b -= len, wide |= k == 2;
	if (!wide)
		return 0;
	*s += a;
	*n = (uint32_t)(b - a);
	return 1;
}

/* A row's ids and description without blanks around them that are no space (id_blanks),
 * counted for the summary. */
static void row_blanks(builder *in, brec *q, const char *f[F_N])
{
	static const int field[] = {F_INVOICE, F_ITEM, F_USER, F_ITEM_ALT, F_USER_ALT, F_DESC};
	int any = 0;
	for (size_t k = 0; k < sizeof field / sizeof *field; k++) {
		const char *was = f[field[k]];
		uint32_t was_n = q->len[field[k]];
		if (id_blanks(&f[field[k]], &q->len[field[k]]) && !any++ && !in->blank_ids) {
			in->blank_first.line = q->line;
			sniff_printable(in->blank_first.text, sizeof in->blank_first.text, was, was_n,
					24);
		}
	}
	in->blank_ids += any > 0;
}

/* A number field t of Latin digits, a slash and Latin digits (2/5, 0/25) in a file whose header
 * is Persian (fa_names): Persian's decimal mark as Iranian Excel users type it between Latin
 * digits, as between Persian ones (plain_field), read as its point (t85 F26: 176 rows of 296
 * rejected, no hint). A number never holds a slash otherwise; a date's two are no number's.
 * 1 when read so, 0 when not, -1 out of memory. */
static int latin_slash_point(builder *in, int t, const char **f, uint32_t *n)
{
	const char *s = *f;
	size_t len = *n, i = 0, j;
	if (!in->fa_names || (t != F_QTY && t != F_PRICE && t != F_AMOUNT) || len >= FIXED_CAP)
		return 0;
	while (i < len && is_digit(s[i]))
		i++;
	if (!i || i >= len || s[i] != '/')
		return 0;
	for (j = i + 1; j < len && is_digit(s[j]); j++)
		;
	if (j == i + 1 || j != len)
		return 0;
	if (!in->fixed && !(in->fixed = malloc((size_t)F_N * FIXED_CAP)))
		return -1;
	char *out = in->fixed + (size_t)t * FIXED_CAP;   /* may be the field itself: same length */
	memmove(out, s, len);
	out[i] = '.';
	*f = out;
	in->slash_points++;
	in->slash_latin++;
	return 1;
}

/* A row's ids, numbers and dates as they are read (plain_field), counted for the summary. */
static int row_plain(builder *in, brec *q, const char *f[F_N])
{
	row_blanks(in, q, f);
	static const int field[] = {F_INVOICE, F_ITEM, F_USER, F_ITEM_ALT, F_USER_ALT, F_QTY,
				    F_PRICE, F_AMOUNT, F_DATE, F_TIME};
	int changed = 0, accents = 0, dashed = 0, slashed = 0;
	for (size_t k = 0; k < sizeof field / sizeof *field; k++) {
		int t = field[k];
		const char *was = f[t];
		uint32_t was_n = q->len[t];
		size_t composed = in->composed_ids, dashes = in->dashes_read;
		size_t slashes = in->slash_points;
		int rc = plain_field(in, t, &f[t], &q->len[t], k < 5);
		if (rc < 0 || latin_slash_point(in, t, &f[t], &q->len[t]) < 0)
			return -1;
		if (slashes != in->slash_points && !slashed++ && !in->slash_rows) {
			in->slash_first.line = q->line;
			sniff_printable(in->slash_first.text, sizeof in->slash_first.text, was, was_n,
					24);
		}
		if (dashes != in->dashes_read && !dashed++ && !in->dash_ids) {
			in->dash_first.line = q->line;
			sniff_printable(in->dash_first.text, sizeof in->dash_first.text, was, was_n,
					24);
		}
		if (composed != in->composed_ids) {   /* counted once a row */
			in->composed_ids = composed + !accents++;
			if (!composed && accents == 1) {
				in->composed_first.line = q->line;
				sniff_printable(in->composed_first.text,
						sizeof in->composed_first.text, was, was_n, 24);
			}
		}
		if (rc == 1 && !changed++ && !in->plain_rows) {   /* 2: accents composed, said apart */
			in->plain_first.line = q->line;
			sniff_printable(in->plain_first.text, sizeof in->plain_first.text, was, was_n,
					24);
		}
	}
	in->plain_rows += changed > 0;
	in->dash_ids += dashed > 0;
	in->slash_rows += slashed > 0;
	note_sci_ids(in, q, f);
	return 0;
}

/* Is item code s[0..n) an accounting system's code for goods or services it keeps no stock
 * of (ingest_nonstock_codes, ignoring ASCII case)? Its lines are told apart by their
 * description: Sage 50 writes carriage, a service and a one-off item alike under S1 (t35:
 * "Carriage - DPD next day" became a shop's most bought item). */
static int nonstock_code(const char *s, size_t n)
{
	for (const char *const *c = ingest_nonstock_codes; n && n <= 3 && *c; c++) {
		size_t k = 0;
		while (k < n && (*c)[k] && ((*c)[k] | 32) == (s[k] | 32))   /* letters and digits */
			k++;
		if (k == n && !(*c)[k])
			return 1;
	}
	return 0;
}

/* Can item code s[0..n) be a total line's label (ingest_total_labels)? A look at its length and
 * first byte (a letter, or a lead byte of a letter past ASCII: \xC3 \xD6 of \xC3\x96sszesen,
 * the Greek, Cyrillic, Hebrew, Arabic and Thai labels') spares the lookup of every row's code
 * (most begin with a digit). */
static int maybe_total(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	/* four bytes past ASCII are two letters: Persian's \xDA\xA9\xD9\x84 (t80 F2) */
	return n >= (c >= 0xC3 ? 4u : 5u) && n <= 40 &&
	       (((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0xC3);
}

static const rr_currency *currency_named(const char *s, size_t n);

/* What s[r..n), after a total's label, is: 1 for a date, an amount, a currency's code (EUR)
 * or nothing, as a total line's label goes on; 2 for a remark in brackets with words or a
 * percent ("Total (incl. VAT)", but a product's too: "TOTAL 0%", Fage's yogurt, "Total (Greek
 * yogurt)": t82 F24), which the row's other fields decide (total_weak_row); 0 for a word
 * outside brackets but a currency's code: a product's name, "Total 360 Shampoo" (t34: it was
 * rejected as a total line), "TOTAL 0% FAT" (FAT is no currency). */
static int total_rest(const char *s, size_t r, size_t n)
{
	int depth = 0, weak = 0;
	for (size_t i = r; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		depth += c == '(' ? 1 : c == ')' && depth ? -1 : 0;
		weak |= c == '%';
		int letter = ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= 0x80 && c != 0xC2 && c != 0xE2);
		if (!letter)
			continue;
		size_t w = i;
		while (w < n && (s[w] | 32) >= 'a' && (s[w] | 32) <= 'z')
			w++;
		int code = w - i == 3 && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'A' &&
			   s[i + 1] <= 'Z' && s[i + 2] >= 'A' && s[i + 2] <= 'Z' &&
			   currency_named(s + i, 3);
		if (!code && !depth)
			return 0;
		weak |= !code;
		i = w > i ? w - 1 : i;
	}
	return 1 + weak;
}

/* Is an item's name s[0..n), the item having no code of its own, a total line's label: a
 * total's word or two (ingest_total_labels) before a date, an amount or a remark, as a POS
 * report writes a day's subtotal in its description column ("Subtotal 01/02/2023", "Total:
 * 12", "Grand Total (EUR)", or the label alone; t33: 242 of them were rejected as unparsable
 * numbers, a fifth of the file said lost)? A product's name goes on with a word: "Total
 * Wipeout". 1 when it is, 2 when only a remark or a percent follows (total_rest), else 0. */
static int total_named(const char *s, size_t n)
{
	size_t k = 0;
	for (int words = 0; words < 2 && k < n; words++) {
		k += k > 0 && s[k] == ' ';   /* past the blank after the first word */
		while (k < n && s[k] != ' ' && s[k] != ':')
			k++;
		if (!maybe_total(s, k) || !(known_word(s, k) & W_TOTAL))
			continue;
		size_t r = k, colon = 0;
		while (r < n && (s[r] == ' ' || s[r] == ':'))
			colon += s[r++] == ':';
		/* a whole number alone after the label, with no colon, is a model's ("Total 360"
		 * with an empty SKU: t36 R5), as in a file whose item is its name; an amount has
		 * a mark, a sign or a colon before it ("Total: 12", "Total 12.50") */
		size_t d = r;   /* the field is not NUL-terminated */
		while (d < n && is_digit(s[d]))
			d++;
		if (r < n && !colon && d == n)
			continue;
		int rest = total_rest(s, r, n);
		if (rest)
			return rest;
	}
	return 0;
}

/* Is item code s[0..n) a total line's label (ingest_total_labels), alone or before a colon
 * (t74 F1: Subtotal:, TOTAL: were kept as items)? 1 when it is, 2 when a remark in brackets
 * follows the label ("Total (incl. VAT)", which known_word reads as "Total" as it reads a
 * header's "Price (EUR)"; total_rest), which the row decides as a name's (t82 F24: "Total
 * (Greek yogurt)" with its price and quantity was rejected), else 0. */
static int total_code(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	if (!maybe_total(s, n) || !(known_word(s, n) & W_TOTAL))
		return 0;
	const char *open = memchr(s, '(', n);
	return open ? total_rest(s, (size_t)(open - s), n) : 1;
}

/* Is a row whose name is a total's label with only a remark or a percent after it (total_named
 * 2) a purchase's line: a quantity, a price and a customer or a date, as the file's products
 * have? A total line has no quantity or the sum of its lines', seldom a unit price, and no
 * customer or day of its own ("Grand Total (incl. VAT),5,,$80.50"). */
static int total_weak_row(const builder *in, const brec *q)
{
	q = in->row_as_written ? in->row_as_written : q;   /* its own fields, not the line above's */
	int qty = in->rows->no_qty || q->len[F_QTY];
	int price = q->len[F_PRICE] || q->len[F_AMOUNT];
	return qty && price && (q->len[F_USER] || q->len[F_DATE]);
}

/* Is s[0..n) a pivot table's subtotal label, a value and then a total's word ("12348 Total",
 * Excel's; "536365 Ergebnis")? The value before it is any. */
static int pivot_total(const char *s, size_t n)
{
	while (n && s[n - 1] == ' ')
		n--;
	size_t w = n;
	while (w && s[w - 1] != ' ')
		w--;
	return w > 1 && w < n && maybe_total(s + w, n - w) && (known_word(s + w, n - w) & W_TOTAL);
}

/* Does id s[0..n) start with a total's word and go on after a blank ("Summe Berlin Mitte", a
 * store report's total under the receipt's column)? An id is no product's name, which may
 * start so ("Total Wipeout": total_named), so the rest is any (t83 F24: rejected as an
 * empty stock code). */
static int total_first_word(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && s[k] != ' ' && s[k] != ':')
		k++;
	return k < n && maybe_total(s, k) && (known_word(s, k) & W_TOTAL);
}

/* Is a row whose item starts with a total's word ("Total for customer C1", a report's total
 * under its lines' names) without the customer, the day and the price every purchase's line
 * has? Its name may be a product's ("Total Wipeout"); its row is none, and was rejected as an
 * unparsable price, said as a line lost. */
static int total_bare_row(const builder *in, const brec *q)
{
	q = in->row_as_written ? in->row_as_written : q;
	return !q->len[F_USER] && !q->len[F_DATE] && !q->len[F_PRICE] &&
	       (!in->rows->no_price || !q->len[F_AMOUNT] || !q->len[F_QTY]);
}

/* A row with no item: a subtotal line when its customer or invoice is a total's label (a
 * pivot table's "12348 Total", "Grand Total"), an order's summary line when it holds its
 * order and no quantity and no price, in a file that has them (eBay's order line above its items,
 * PayPal's payment beside its cart items: its totals, no product), else a damaged row. t64
 * L1: 298 summary rows were said as rejected empty stock codes, as if data were lost. */
static int no_item_reject(builder *in, const brec *q, const char *const *f)
{
	static const int labels[] = {F_USER, F_INVOICE};
	for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
		int c = labels[k];
		if (q->len[c] && (pivot_total(f[c], q->len[c]) || total_named(f[c], q->len[c]) ||
				  total_first_word(f[c], q->len[c]))) {
			char detail[80] = "", shown[48];
			if (reject_noted(in))
				snprintf(detail, sizeof detail, "'%s' and no stock code",
					 sniff_printable(shown, sizeof shown, f[c], q->len[c], 24));
			return row_reject(in, q->line, RR_REJ_TOTAL, detail, strlen(detail));
		}
	}
	if (q->len[F_INVOICE] && !in->rows->no_qty && q->len[F_QTY] == 0 &&
	    (in->rows->no_price || q->len[F_PRICE] == 0))   /* a group's heading has no order */
		return row_reject(in, q->line, RR_REJ_SUMMARY, "", 0);
	return row_reject(in, q->line, RR_REJ_NO_ITEM, "", 0);
}

/* Whether s[0..n) is no value (ingest_null_values: \N, NULL, (not set), -); the first byte
 * decides most fields at once, as this runs per row. */
static int null_value(const char *s, size_t n)
{
	if ((n == 32 || n == 40 || n == 64) && strchr("dDeE", s[0]))   /* an empty text's digest */
		return (known_word(s, n) & W_NULL) != 0;
	if (n == 0 || n > 12 || !strchr("\\(nN-", s[0]))
		return 0;
	return (known_word(s, n) & W_NULL) != 0;
}

/* Text fields: valid UTF-8 without NUL, and an item (and an invoice, when the file has
 * them). A field in cp1252 among UTF-8 is read as cp1252 (f[] and q->len then give its
 * UTF-8). 1 when fine, else the row is rejected: 0, or -1 when the load must stop. */
static int row_text(builder *in, brec *q, const char *f[F_N])
{
	static const int text[] = {F_INVOICE, F_ITEM, F_DESC, F_USER, F_COUNTRY};
	static const char *const what[] = {"the invoice", "the stock code", "the description",
					   "the customer", "the country"};
	char detail[120];
	int fixed = 0, other = 0;
	for (size_t k = 0; k < sizeof text / sizeof *text; k++) {
		int t = text[k];
		if (in_ascii_row(in, f[t], q->len[t]) || ingest_utf8_valid(f[t], q->len[t]))
			continue;
		long m = -1;
		other |= non_western(f[t], q->len[t]);
		detail[0] = '\0';
		if (in->encoding_given || memchr(f[t], 0, q->len[t])) {
			if (reject_noted(in))
				snprintf(detail, sizeof detail, "a NUL byte in %s", what[k]);
		} else if ((m = cp1252_field(in, t, f[t], q->len[t])) >= 0) {
			f[t] = in->fixed + (size_t)t * FIXED_CAP;
			q->len[t] = (uint32_t)m;
			fixed = 1;
			continue;
		} else {
			if (reject_noted(in))
				snprintf(detail, sizeof detail, "%s is not UTF-8 (%s)", what[k],
					 other ? "try --encoding: see the summary" : UTF8_HINT);
			in->not_utf8++;
			in->other_script += other;
		}
		return row_reject(in, q->line, RR_REJ_UTF8, detail, strlen(detail));
	}
	if (fixed && !in->cp1252_rows++)
		in->cp1252_line = q->line;
	in->other_script += fixed && other;
	if (row_plain(in, q, f) != 0) {
		snprintf(in->err, sizeof in->err, "out of memory loading '%s'", in->path);
		in->failed = 1;
		return -1;
	}
	int named = q->len[F_ITEM] == 0 && q->len[F_ITEM_ALT] ?
		    total_named(f[F_ITEM_ALT], q->len[F_ITEM_ALT]) : 0;
	if (named == 1 || (named == 2 && !total_weak_row(in, q))) {
		char detail[80] = "", shown[48];
		if (reject_noted(in))
			snprintf(detail, sizeof detail, "'%s' and no stock code",
				 sniff_printable(shown, sizeof shown, f[F_ITEM_ALT], q->len[F_ITEM_ALT], 24));
		return row_reject(in, q->line, RR_REJ_TOTAL, detail, strlen(detail));
	}
	if (null_value(f[F_ITEM], q->len[F_ITEM])) {   /* an empty code (t42 F6) */
		if (!in->null_items++)
			snprintf(in->null_item, sizeof in->null_item, "%.*s", (int)q->len[F_ITEM],
				 f[F_ITEM]);
		q->len[F_ITEM] = 0;
	}
	if (q->len[F_ITEM] == 0 && q->len[F_ITEM_ALT]) {
		/* Square, Etsy, WooCommerce leave the SKU empty on items without one: their Item,
		 * Listing ID, Item Name names them */
		f[F_ITEM] = f[F_ITEM_ALT];
		q->len[F_ITEM] = q->len[F_ITEM_ALT];
		if (!in->item_named++)
			in->item_named_line = q->line;
	}
	if (in->sage && nonstock_code(f[F_ITEM], q->len[F_ITEM])) {
		int d = q->len[F_ITEM_ALT] ? F_ITEM_ALT : F_DESC;
		if (q->len[d]) {
			f[F_ITEM] = f[d];
			q->len[F_ITEM] = q->len[d];
			if (!in->item_nonstock++)
				in->item_nonstock_line = q->line;
		}
	}
	if (q->len[F_ITEM] == 0 && q->len[F_DESC] &&
	    clean_default_nonproduct_name(f[F_DESC], q->len[F_DESC])) {
		/* a freight or fee line an ERP writes with no article (Fortnox's ";;Frakt;1;59,00"):
		 * named by its description, the nonproduct rule drops it and counts it, where the
		 * empty code rejected it (t39 #6) */
		f[F_ITEM] = f[F_DESC];
		q->len[F_ITEM] = q->len[F_DESC];
	}
	if (q->len[F_ITEM] == 0)
		return no_item_reject(in, q, f);
	int code = total_code(f[F_ITEM], q->len[F_ITEM]);
	if (code == 1 || (code == 2 && !total_weak_row(in, q)) ||
	    (total_first_word(f[F_ITEM], q->len[F_ITEM]) && total_bare_row(in, q))) {
		char detail[80] = "", shown[48];
		if (reject_noted(in))   /* as every rejection: written only when kept */
			snprintf(detail, sizeof detail, "'%s' in the stock code",
				 sniff_printable(shown, sizeof shown, f[F_ITEM], q->len[F_ITEM], 24));
		return row_reject(in, q->line, RR_REJ_TOTAL, detail, strlen(detail));
	}
	if (q->len[F_INVOICE] == 0 && !in->rows->no_invoice && !in->session_invoice)
		return row_reject(in, q->line, RR_REJ_NO_INVOICE, "", 0);
	return 1;
}

/* Did a column a role reads show this mark? One no role reads is evidence only against
 * nothing (finish drops it), so it decides no row on its own (t36 R1: a product group's
 * 10.20 read a comma file's proved "11,25" prices with a decimal point, every row lost). */
static int read_mark(const mark_proof *p)
{
	return p->line && !p->unused;
}

/* Keep the first number with each mark in comma or point (an unused column's replaced by a
 * read one's). */
static void note_mark_at(mark_proof *comma, mark_proof *point, char mark, uint64_t line,
			 const char *s, size_t n, int unused)
{
	mark_proof *p = mark == ',' ? comma : mark == '.' ? point : NULL;
	if (!p || (p->line && (unused || !p->unused)))
		return;
	p->line = line;
	p->unused = unused;
	sniff_printable(p->text, sizeof p->text, s, n, 16);
}

/* The builder's: the marks of the columns the roles read. */
static void note_mark(builder *in, char mark, uint64_t line, const char *s, size_t n,
		      int unused)
{
	if (!in->dec)
		note_mark_at(&in->comma, &in->point, mark, line, s, n, unused);
}

/* The decimal mark a row's numbers are read with: the file's, once known. In a comma file a
 * decimal point once kept settles it, so a stray "1,5" among points costs its row, not the
 * load (the either-mark rule of other separators would refuse the file at its end). */
static char row_dec(const builder *in)
{
	return in->dec ? in->dec : in->comma_sep && read_mark(&in->point) ? '.' : 0;
}

/* A number such as "3,000" in a comma file, which only the decimal mark decides (-2 from
 * field_number), read with a decimal comma when the file's read numbers proved one and no
 * decimal point (t64 F16: a German export's every quantity "3,000" beside its price "6,45"
 * was rejected, row after row, for want of a proof the file held); only the comma's case:
 * "1.000" beside a decimal comma is settle_qty_marks's question (SAP's three decimals). */
static int comma_settles(const builder *in)
{
	return !in->dec && in->comma_sep && read_mark(&in->comma) && !read_mark(&in->point);
}

/* A number such as "1,234" read with the decimal comma the file showed: counted, the first
 * by line kept, for the one warning on all of them (describe_grouped). */
static void comma_read_note(builder *in, uint64_t line, const char *s, size_t n)
{
	if (!in->comma_read_rows++ || line < in->comma_read.line) {
		in->comma_read.line = line;
		sniff_printable(in->comma_read.text, sizeof in->comma_read.text, s, n, 16);
	}
}

/* Currencies whose minor unit no price is written in (rr_currency's minor: ISO 4217's 0,
 * and RR_MINOR_UNWRITTEN, Indonesia's sen, Colombia's centavos, Hungary's fill\xC3\xA9r, gone
 * since 1999). A point before three digits there groups thousands: 120.000\xE2\x82\xAB is
 * 120000, never 120 (t39 #17: read as decimals, with a warning, where relrec itself had named
 * the dong), and so does a comma (8,500\xEC\x9B\x90). */
static int whole_currency(const rr_currency *c)
{
	return c && (c->minor == 0 || c->minor == RR_MINOR_UNWRITTEN);
}

/* Swedish prices' kronor and \xC3\xB6re after a colon, 49:90 beside 49:- (t74 F27: 368 rows of
 * 562 rejected): s[0..n) a sign or none, digits, one colon and exactly two digits, into out
 * with a decimal point, 1; else 0 (a time's 12:30:00 is none, nor 1:5 or 12:345). */
static int colon_decimals(const char *s, size_t n, char *out, size_t size)
{
	size_t i = n && (s[0] == '-' || s[0] == '+'), d = i;
	while (d < n && is_digit(s[d]))
		d++;
	if (d == i || d + 3 != n || s[d] != ':' || !is_digit(s[d + 1]) || !is_digit(s[d + 2]) ||
	    n + 1 > size)
		return 0;
	memcpy(out, s, n);
	out[d] = '.';
	out[n] = '\0';
	return 1;
}

/* A money field that is not a plain number, read once its currency and blanks are out
 * (money_text). *cur: its currency, or NULL. 0, or -1 when it is no number (-2 as
 * parse_marked). */
static int money_number(const char *s, size_t n, char dec, int comma_sep, double *value,
			char *mark, const rr_currency **cur)
{
	char buf[80], plain[80], grouped;
	int k = money_text(s, n, buf, sizeof buf, cur), rc;
	size_t a = 0, b = n;
	trim_blanks(s, &a, &b);
	/* a whole currency's, or a whole amount's (India's 1,299/-), one kind of mark before
	 * groups of three groups thousands: read so, as no evidence of the file's decimal mark
	 * (points unless the file's is a comma; commas while it is undecided, as with a decimal
	 * point parse_marked reads them so) */
	int whole = whole_currency(*cur) ||
		    (b - a > 2 && s[b - 2] == '/' && (s[b - 1] == '-' || s[b - 1] == '='));
	char *pt = k > 0 ? memchr(buf, '.', (size_t)k) : NULL;
	char *cm = k > 0 ? memchr(buf, ',', (size_t)k) : NULL;
	if (whole && (pt ? !cm && dec != ',' : cm && !dec) &&
	    ungroup(buf, (size_t)k, pt ? ',' : '.', plain, sizeof plain, &grouped) == 0) {
		*mark = 0;
		return ingest_parse_num(plain, strlen(plain), value) == 0 ? 0 : -1;
	}
	if (k > 0 && colon_decimals(buf, (size_t)k, plain, sizeof plain)) {
		*mark = 0;   /* a colon: no evidence of the file's decimal mark */
		return ingest_parse_num(plain, strlen(plain), value) == 0 ? 0 : -1;
	}
	rc = k < 0 ? -1 : parse_marked(buf, (size_t)k, dec, comma_sep, value, mark);
	if (rc == -1)
		*cur = NULL;
	return rc;
}

/* A quantity written with a count word (ingest_qty_units): "5 pcs", "1 Stk.", "2x", "x5",
 * "× 5". 1 with s[*a..*b) narrowed to the number, else 0. */
static int qty_unit(const char *s, size_t n, size_t *a, size_t *b)
{
	size_t k = 0;
	if (n > 1 && (s[0] == 'x' || s[0] == 'X'))   /* "x5" */
		k = 1;
	else if (n > 2 && memcmp(s, "\xC3\x97", 2) == 0)   /* "×5" */
		k = 2;
	if (k) {
		while (k < n && s[k] == ' ')
			k++;
		*a = k;
		*b = n;
		return k < n && (is_digit(s[k]) || s[k] == '.');
	}
	while (k < n && (is_digit(s[k]) || s[k] == '.' || s[k] == ',' || s[k] == '-' ||
			 s[k] == '+'))
		k++;
	size_t w = k;
	while (w < n && s[w] == ' ')
		w++;
	if (k == 0 || w == n || !is_digit(s[k - 1]))
		return 0;
	if (!(n - w == 2 && memcmp(s + w, "\xC3\x97", 2) == 0) &&   /* "2×" */
	    !(known_word(s + w, n - w) & W_QTY_UNIT))
		return 0;
	*a = 0;
	*b = k;
	return 1;
}

/* The length of the blank that groups thousands at s[0..n) (a space, a no-break space U+00A0,
 * the narrow U+202F or the thin U+2009, as Czech, Hungarian, French and Swedish numbers are
 * written), or 0. */
static size_t group_blank(const char *s, size_t n)
{
	if (n >= 1 && s[0] == ' ')
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	if (n >= 3 && memcmp(s, "\xE2\x80", 2) == 0 &&
	    ((unsigned char)s[2] == 0xAF || (unsigned char)s[2] == 0x89))
		return 3;
	return 0;
}

/* A number whose thousands a blank groups: 1 to 3 digits, then groups of three after a blank
 * (group_blank), then the decimals if any ("1 000", "12 500,5"): into out without the blanks,
 * 1; else 0. A blank is never a decimal mark, so such a quantity is read as prices grouped so
 * are, in any file (t42 F14: a Czech invoice's Množství 1 000 was rejected beside its Cena
 * 1 234,50, read). */
static int blank_grouped(const char *s, size_t n, char *out, size_t size)
{
	size_t i = 0, o = 0, d = 0, groups = 0;
	if (n && (s[0] == '-' || s[0] == '+'))
		i++;
	while (i + d < n && is_digit(s[i + d]))
		d++;
	if (d < 1 || d > 3 || n >= size)
		return 0;
	memcpy(out, s, i + d);
	o = i + d;
	i += d;
	for (size_t b; i < n && (b = group_blank(s + i, n - i)) > 0; groups++) {
		if (i + b + 3 > n || !is_digit(s[i + b]) || !is_digit(s[i + b + 1]) ||
		    !is_digit(s[i + b + 2]) || (i + b + 3 < n && is_digit(s[i + b + 3])))
			return 0;
		memcpy(out + o, s + i + b, 3);
		o += 3;
		i += b + 3;
	}
	if (!groups)
		return 0;
	if (i < n && (s[i] == '.' || s[i] == ',')) {   /* the decimals, as the file writes them */
		out[o++] = s[i++];
		if (i == n)
			return 0;
		for (; i < n && is_digit(s[i]); i++)
			out[o++] = s[i];
	}
	out[o] = '\0';
	return i == n;
}

/* A quantity that is not a plain number: an accounting negative, "(3)", "3-" or "3 CR", as
 * accounting and ERP exports write a return; a count with its word, "5 pcs" (qty_unit); or
 * thousands grouped by a blank, "1 000" (blank_grouped). 0, or -1 when it is no number (-2 as
 * parse_marked). */
static int qty_number(const char *s, size_t n, char dec, int comma_sep, double *qty, char *mark)
{
	char buf[72];
	size_t a = 0, b = n;
	if (blank_grouped(s, n, buf, sizeof buf))
		return parse_marked(buf, strlen(buf), dec, comma_sep, qty, mark);
	if (qty_unit(s, n, &a, &b))
		return b - a < sizeof buf ? parse_marked(s + a, b - a, dec, comma_sep, qty, mark) : -1;
	int neg = accounting_negative(s, &a, &b);
	if (neg == 2)   /* a debit's word: the number as it is */
		return parse_marked(s + a, b - a, dec, comma_sep, qty, mark);
	if (!neg || s[a] == '-' || s[a] == '+' || b - a >= sizeof buf)
		return -1;
	buf[0] = '-';
	memcpy(buf + 1, s + a, b - a);
	return parse_marked(buf, b - a + 1, dec, comma_sep, qty, mark);
}

/* The length of a minus written otherwise at the start of s[0..n), or 0 (t80 F15, F16:
 * refused with "strip it", and stripped, every refund was read as a sale): the dashes
 * autocorrect writes for '-' (rows_id_dash: U+2010 to U+2015, the minus sign U+2212, U+FE63),
 * the full-width hyphen-minus, Japanese accounting's triangles △ and ▲ (as Yayoi, freee and
 * Bugyo write a negative) and the katakana long-vowel mark ー that a Japanese IME types for a
 * minus. Before a digit none of them is anything else. */
static size_t minus_mark(const char *s, size_t n)
{
	static const char *const marks[] = {"\xEF\xBC\x8D", "\xE2\x96\xB3", "\xE2\x96\xB2",
					    "\xE3\x83\xBC"};
	size_t len = 0;
	if (n >= 3 && rows_id_dash((const unsigned char *)s, n, &len))
		return len;
	for (size_t k = 0; n >= 3 && k < sizeof marks / sizeof *marks; k++)
		if (memcmp(s, marks[k], 3) == 0)
			return 3;
	return 0;
}

/* minus_mark's length when a number may follow it, else 0. */
static size_t minus_lead(const char *s, size_t n)
{
	size_t m = minus_mark(s, n);
	return m < n ? m : 0;
}

/* The length of a minus sign after a number at s[0..n) (U+2212, U+FE63 or U+FF0D after a
 * digit, as SAP's trailing '-'), or 0. Never a dash: "12.–" is a whole amount written with a
 * dash for its cents. */
static size_t minus_trail(const char *s, size_t n)
{
	static const char *const marks[] = {"\xE2\x88\x92", "\xEF\xB9\xA3", "\xEF\xBC\x8D"};
	for (size_t k = 0; n > 3 && k < sizeof marks / sizeof *marks; k++)
		if (memcmp(s + n - 3, marks[k], 3) == 0 && is_digit(s[n - 4]))
			return 3;
	return 0;
}

/* A quantity or (money) a price or line total, read with the decimal mark dec: a plain
 * number, else an accounting negative or (money) an amount written for reading. *cur: the
 * currency a money field carried, or NULL. 0, -1 or -2 as parse_marked. */
static int field_number(const char *s, size_t n, int money, char dec, int comma_sep, double *v,
			char *mark, const rr_currency **cur)
{
	char minus[72];
	size_t m = minus_lead(s, n);
	if (m && n - m + 1 < sizeof minus) {   /* "−1", "–3", "△4": read as "-1" */
		minus[0] = '-';
		memcpy(minus + 1, s + m, n - m);
		return field_number(minus, n - m + 1, money, dec, comma_sep, v, mark, cur);
	}
	m = minus_trail(s, n);
	if (m && n - m + 1 < sizeof minus) {   /* "140.99−" as SAP's "140.99-" */
		memcpy(minus, s, n - m);
		minus[n - m] = '-';
		return field_number(minus, n - m + 1, money, dec, comma_sep, v, mark, cur);
	}
	size_t t = 3;   /* Tally's minus, blanks after it: "(-)5 Nos", "(-)2,075.00" (t46 F14) */
	while (n > 3 && memcmp(s, "(-)", 3) == 0 && t < n && s[t] == ' ')
		t++;
	if (n > t && n - t + 1 < sizeof minus && memcmp(s, "(-)", 3) == 0 && s[t] != '-' &&
	    s[t] != '+' && s[t] != '(') {
		minus[0] = '-';
		memcpy(minus + 1, s + t, n - t);
		return field_number(minus, n - t + 1, money, dec, comma_sep, v, mark, cur);
	}
	int rc = parse_marked(s, n, dec, comma_sep, v, mark);
	*cur = NULL;
	if (rc != -1)
		return rc;
	return money ? money_number(s, n, dec, comma_sep, v, mark, cur)
		     : qty_number(s, n, dec, comma_sep, v, mark);
}

/* Is the file Japanese: read in a Japanese encoding (--encoding cp932, Shift_JIS, EUC-JP,
 * ISO-2022-JP: 2), or a header name holding kana (U+3040..U+30FF), which no Chinese text
 * has (1)? Then its yen mark, \xC2\xA5 or the full-width \xEF\xBF\xA5 that China's yuan shares, is
 * the yen's (t56 F18f: Zozotown's \xEF\xBF\xA5" "1,200 refused as 1200 or 1.2). 0: not so. */
static int yen_japanese(const char *encoding, const char *const *names, int n)
{
	static const char *const jp[] = {"cp932", "shift", "sjis", "euc-jp", "eucjp", "iso-2022-jp",
					 "windows-31j", "ms932", "ms_kanji", NULL};
	for (int k = 0; encoding && jp[k]; k++)
		if (strncasecmp(encoding, jp[k], strlen(jp[k])) == 0)
			return 2;
	for (int f = 0; f < n; f++)
		for (const unsigned char *c = (const unsigned char *)names[f]; c[0]; c++)
			if (c[0] == 0xE3 && (c[1] == 0x81 || c[1] == 0x82 || c[1] == 0x83) && c[2])
				return 1;
	return 0;
}

/* Does a header name hold a letter of Persian's own, which Arabic does not write (پ
 * چ ژ گ, and ک ی for Arabic's ك ي: کد مشتری)? Then the file is Iran's or
 * Afghanistan's, whose calendar is Solar Hijri. 1 or 0. */
static int persian_header(const char *const *names, int n)
{
	static const char *const own[] = {"\xD9\xBE", "\xDA\x86", "\xDA\x98", "\xDA\xAF",
					  "\xDA\xA9", "\xDB\x8C"};
	for (int f = 0; f < n; f++)
		for (size_t k = 0; names[f] && k < sizeof own / sizeof *own; k++)
			if (strstr(names[f], own[k]))
				return 1;
	return 0;
}

/* A price written with the yen mark China's yuan shares (cur, as money_text read it, rp
 * field_number's return), in a Japanese file (builder.yen_jp): read again as JPY, a currency
 * of no minor unit, so 1,200 is 1200, counted for the summary's note; read in a Japanese
 * encoding, a \ before the number too: Shift_JIS's byte 0x5C, which Japanese Windows shows as
 * the yen mark and cp932 decodes as \ (t74 F18: \2,290, every row rejected under the
 * --encoding cp932 the refusal named). 1 when it is not one, else field_number's. */
static int yen_price(builder *in, const char *s, size_t n, int rp, char dec, double *v,
		     char *mark, const rr_currency **cur)
{
	char buf[96];
	size_t o = 3, at = 0;
	int bs = in->yen_jp == 2 && n >= 2 && s[0] == '\\' && s[1] >= '0' && s[1] <= '9';
	if (n + 3 > sizeof buf || (!bs && (rp == -1 || !in->yen_jp || !*cur ||
					   strcmp((*cur)->code, "\xC2\xA5") != 0)))
		return 1;
	at = (size_t)bs;
	memcpy(buf, "JPY", 3);
	while (at < n) {   /* the mark left out: "JPY1,200" is read as the code is */
		size_t m = at + 3 <= n && !memcmp(s + at, "\xEF\xBF\xA5", 3) ? 3
			 : at + 2 <= n && !memcmp(s + at, "\xC2\xA5", 2) ? 2 : 0;
		if (m) {
			at += m;
			continue;
		}
		buf[o++] = s[at++];
	}
	int rc = field_number(buf, o, 1, dec, in->comma_sep, v, mark, cur);
	in->yen_bs += rc == 0 && bs;
	if (rc == 0 && !in->yen_rows++)
		sniff_printable(in->yen_first, sizeof in->yen_first, s, n, 24);
	return rc;
}

/* The currency ISO code names, or NULL. */
static const rr_currency *currency_of_code(const char *code)
{
	for (const rr_currency *c = ingest_currencies; code && c->mark; c++)
		if (strcmp(c->code, code) == 0 && iso_code(c))
			return c;
	return NULL;
}

/* A price written in its currency's minor unit with that unit's mark after it, 85p or 85 ¢
 * beside £2.55 (t67 F9: the strip that was offered read 85p as 85 pounds): the number before
 * the mark as field_number reads it, divided by 100, counted for the load's note. 1 when s is
 * none (the caller's reading stands), else 0. */
static int minor_price(builder *in, const char *s, size_t n, char dec, double *v, char *mark,
		       const rr_currency **cur)
{
	size_t a = 0, b = n, w, d;
	const char *code = NULL, *unit;
	const rr_currency *own = NULL;
	trim_blanks(s, &a, &b);
	for (w = b; w > a && !is_digit(s[w - 1]) && s[w - 1] != ' '; w--)
		;
	for (d = w; d > a && s[d - 1] == ' '; d--)
		;
	if (w == b || d == a || !is_digit(s[d - 1]) || !(unit = sniff_minor_mark(s + w, b - w, &code)))
		return 1;
	double x;
	char m = 0;
	/* a currency before it as well (£0.85p) says the unit twice: no reading */
	if (field_number(s + a, d - a, 1, dec, in->comma_sep, &x, &m, &own) != 0 || own)
		return 1;
	*v = x / 100;
	*mark = m;
	*cur = currency_of_code(code);
	if (!in->minor_marks++) {
		in->minor_mark = unit;
		sniff_printable(in->minor_mark_first, sizeof in->minor_mark_first, s, n, 24);
	}
	return 0;
}

/* A money field's currency, counted for the summary (the first two by name). */
static void count_currency(builder *in, const rr_currency *cur)
{
	int c = 0;
	while (cur && c < 2 && in->currency[c] && strcmp(in->currency[c], cur->code) != 0)
		c++;
	if (cur && c == 2)
		in->currencies_more = 1;
	else if (cur) {
		in->currency[c] = cur->code;
		in->currency_rows[c]++;
		in->row_cur = c;
	}
}

/* Minute m into span sp. */
static void span_add(cur_span *sp, int32_t m)
{
	sp->lo = sp->n && sp->lo < m ? sp->lo : m;
	sp->hi = sp->n && sp->hi > m ? sp->hi : m;
	sp->n++;
}

/* What each decimal mark makes of a number such as "1,234", for the warning that names the
 * options when the file does not tell: "--decimal . reads it as 1234, --decimal , as 1.234". */
static void mark_readings(const char *s, size_t n, int money, int comma_sep, char *out,
			  size_t size)
{
	static const char marks[2] = {'.', ','};
	double v[2];
	int ok[2];
	for (int k = 0; k < 2; k++) {
		char m;
		const rr_currency *cur;
		ok[k] = field_number(s, n, money, marks[k], comma_sep, &v[k], &m, &cur) == 0;
	}
	if (ok[0] && ok[1])
		snprintf(out, size, "--decimal . reads it as %.15g, --decimal , as %.15g", v[0], v[1]);
	else if (ok[0] || ok[1])
		snprintf(out, size, "--decimal %c reads it as %.15g (with --decimal %c it is no number)",
			 marks[ok[1]], v[ok[1]], marks[!ok[1]]);
	else
		snprintf(out, size, "neither --decimal . nor --decimal , reads it");
}

static void grouped_note(grouped_num *g, uint64_t line, const char *s, size_t n, int money,
			 int comma_sep)
{
	g->line = line;
	sniff_printable(g->text, sizeof g->text, s, n, 16);
	mark_readings(s, n, money, comma_sep, g->readings, sizeof g->readings);
}

/* A number such as "1,234", read as thousands before the file showed its decimal mark, holds
 * its row (settle_held decides it after the last row) unless an earlier row kept a decimal
 * comma: then it is rejected, as it always was. */
static int holdable(const builder *in, int rc, char mark)
{
	return rc == -2 && mark == MARK_GROUPED && !read_mark(&in->comma);
}

#define GROUPED_HINT " (thousands, or a decimal comma? --decimal , reads a decimal comma)"

/* A number no decimal point reads whose points group thousands ("1.050.000", or "45.000" in
 * a file whose mark is a point): the option that reads it, into hint (or ""). */
static void points_hint(const builder *in, const char *s, size_t n, int money, char *hint,
			size_t size)
{
	double v;
	char m;
	const rr_currency *cur;
	if (in->dec != ',' && memchr(s, '.', n) && !memchr(s, ',', n) &&
	    field_number(s, n, money, ',', in->comma_sep, &v, &m, &cur) == 0)
		snprintf(hint, size, " (points that group thousands? --decimal , reads it as %.15g)", v);
}

static int doc_returnish(const char *s, size_t n);
static int field_awk(char *prog, size_t size, unsigned lines, int skip, int col,
		     const char *body);

/* The load argument whose awk takes every match of re (an awk ERE, its / escaped) out of
 * column col (from 1) of each line after the first skip, writing repl (no \\ nor & in it)
 * in its place, the other columns as they are (t62 F6: a sed's /g on the whole line made
 * stock code 84CRT 84, and the Welsh month Ion every "Ionic vase" 1ic vase): into cmd, the
 * file's name quoted (rr_pipe_text_cmd, a gzip file through gzip -dc), its records' lines as
 * lines says (field_awk). NULL when it cannot be written so. */
static const char *field_sub_cmd(char *cmd, size_t size, const char *sep, unsigned lines,
				 int skip, int col, const char *re, const char *repl,
				 const char *path)
{
	char body[300], prog[1400];
	if (col < 1 || strpbrk(repl, "\\&\"") ||
	    (size_t)snprintf(body, sizeof body, "gsub(/%s/,\"%s\",v)", re, repl) >= sizeof body)
		return NULL;
	if (field_awk(prog, sizeof prog, lines, skip, col, body) != 0)
		return NULL;
	const char *arg[3] = {sep, prog, path};
	return rr_pipe_text_cmd(cmd, size, "awk -v S=%s %s %p", arg, 3, path);
}

/* s as an awk ERE that matches it literally, into out: a backslash before each of
 * \\ / . [ ] ( ) * + ? { } ^ $ |, and ' read as any one byte (so'm: the command plainer in
 * the shell's quotes). 0, or -1 when it does not fit. */
static int awk_re_literal(char *out, size_t size, const char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (o + 3 >= size)
			return -1;
		if (strchr("\\/.[]()*+?{}^$|", s[i]))
			out[o++] = '\\';
		out[o++] = s[i] == '\'' ? '.' : s[i];
	}
	out[o] = '\0';
	return 0;
}

/* Words after a number that multiply it, as dashboards, spreadsheets' "1.2k" formats and
 * reports abbreviate (t80 F17: 20.9k, stripped as the hint said, was read as 20.9): never
 * offered for stripping; the hint's awk multiplies instead. */
static const struct {
	const char *word, *times;
} number_multipliers[] = {
	{"k", "1000"}, {"K", "1000"}, {"M", "1000000"}, {"Mio", "1000000"}, {"Mio.", "1000000"},
	{"mn", "1000000"}, {"bn", "1000000000"}, {"\xE5\x8D\x83", "1000"}, /* 千 */
	{"\xE4\xB8\x87", "10000"}, {"\xE8\x90\xAC", "10000"},             /* 万 萬 */
	{"lakh", "100000"}, {"lac", "100000"}, {"crore", "10000000"},
	{"\xD1\x82\xD1\x8B\xD1\x81.", "1000"},                                /* тыс. */
	{"\xD0\xBC\xD0\xBB\xD0\xBD", "1000000"},                              /* млн */
};

/* The hint for a number with a multiplier's word after it (number_multipliers): what it
 * means and the load whose awk writes the number in full, into hint; 0 when word is none. */
static int multiplier_hint(const builder *in, const char *word, const char *shown, int money,
			   char *hint, size_t size)
{
	size_t k = 0, nk = sizeof number_multipliers / sizeof *number_multipliers;
	while (k < nk && strcmp(word, number_multipliers[k].word) != 0)
		k++;
	if (k == nk)
		return 0;
	const char *times = number_multipliers[k].times;
	int n0 = snprintf(hint, size, " ('%s' after the number multiplies it by %s: never "
			  "stripped, or the number would be read %s times too small; ", shown, times,
			  times);
	if (n0 < 0 || (size_t)n0 >= size)
		return 1;
	char re[100], body[300], prog[1400], cmd[1600];
	const char *load = NULL;
	/* a plain number only: awk reads "$20.9" as 0, so such a field is left to be refused */
	if (in->dec != ',' && awk_re_literal(re, sizeof re, word, strlen(word)) == 0 &&
	    (size_t)snprintf(body, sizeof body, "if(v~/^-?[0-9]*[.]?[0-9]+ *%s$/){sub(/ *%s$/,"
			     "\"\",v);v=sprintf(\"%%.12g\",v*%s)}", re, re, times) < sizeof body &&
	    field_awk(prog, sizeof prog, in->tool_lines, in->tool_skip, in->tool_col[money],
		      body) == 0) {
		const char *arg[3] = {in->tool_sep, prog, in->path};
		load = in->tool_col[money] >= 1 ? rr_pipe_text_cmd(cmd, sizeof cmd,
						  "awk -v S=%s %s %p", arg, 3, in->path) : NULL;
	}
	if (load && (size_t)n0 + strlen(load) + 40 < size)
		snprintf(hint + n0, size - (size_t)n0, "load %s, which writes each number in full)",
			 load);
	else
		snprintf(hint + n0, size - (size_t)n0, "write each number in full before loading)");
	return 1;
}

/* The end of the word s[a..b) of n bytes with its abbreviation's point, when one follows
 * it (t82 F22: "1.299 xyz." stripped of xyz alone left "1.299.", rejected again). */
static size_t abbrev_end(const char *s, size_t n, size_t a, size_t b)
{
	return b < n && s[b] == '.' && b > a && !is_digit(s[b - 1]) && s[b - 1] != ' ' ? b + 1 : b;
}

/* Text beside a number that no list reads ("83.62 \xD8\xB1.\xD8\xB3", "2 Nos"): what it is
 * and how to strip it, into hint (or ""), for a rejection that says only "unparsable number"
 * otherwise (t39 #11, #12: an unknown currency or count word rejected every row of a file,
 * naming neither the word nor a way out). Known marks and words are taken off first. */
static void number_words(const builder *in, const char *s, size_t n, int money, char *hint,
			 size_t size)
{
	size_t i0 = 0, i1 = n, a = 0, b, w0, w1, r0;
	hint[0] = '\0';
	while (i0 < n && !is_digit(s[i0]))
		i0++;
	while (i1 > i0 && !is_digit(s[i1 - 1]))
		i1--;
	if (i0 == n)
		return;
	/* before it: blanks, a sign or a parenthesis, a known mark */
	b = i0;
	while (a < b && s[a] && strchr(" -+(", s[a]))
		a++;
	trim_blanks(s, &a, &b);
	if (money && a < b && currency_at(s + a, b - a, 0))
		a += strlen(currency_at(s + a, b - a, 0)->mark);
	trim_blanks(s, &a, &b);
	w0 = a, w1 = b;
	const char *where = "before";
	if (w0 == w1) {   /* after it: a known mark or word, a parenthesis, a minus, blanks */
		a = i1, b = n;
		trim_blanks(s, &a, &b);
		while (a < b && s[b - 1] && strchr(".,:-=)", s[b - 1]))
			b--;
		trim_blanks(s, &a, &b);
		if (money && a < b && currency_at(s + a, b - a, 1))
			b -= strlen(currency_at(s + a, b - a, 1)->mark);
		else if (!money && a < b && (known_word(s + a, b - a) & W_QTY_UNIT))
			b = a;
		b = abbrev_end(s, n, a, b);
		while (a < b && s[a] && strchr(" .,:-=/", s[a]))
			a++;
		trim_blanks(s, &a, &b);
		w0 = a, w1 = b, where = "after";
	}
	r0 = w0;   /* the sed's pattern: a slash before the word too, "1,250.00/Nos" */
	while (*where == 'a' && r0 > i1 && s[r0 - 1] && strchr(" ./", s[r0 - 1]))
		r0--;
	while (r0 < w0 && s[r0] == ' ')
		r0++;
	/* nor a parenthesis: stripped, it leaves its pair open (t46 F14: "(-)-5" said ')') */
	if (w0 == w1 || w1 - w0 > 40 || memchr(s + w0, '(', w1 - w0) || memchr(s + w0, ')', w1 - w0))
		return;
	char word[48], shown[100];
	memcpy(word, s + w0, w1 - w0);
	word[w1 - w0] = '\0';
	sniff_printable(shown, sizeof shown, word, w1 - w0, 24);
	/* a credit's or a return's word, or a line's sign (sign_after reads one alone after a
	 * number): stripped, a credit note would be read as a sale (t56 F3: "2 CR") */
	int p = -1;
	size_t mm = 0;   /* minus signs alone, "––3": twice a sign, never text to strip */
	while (mm < w1 - w0 && minus_mark(word + mm, w1 - w0 - mm))
		mm += minus_mark(word + mm, w1 - w0 - mm);
	if (*where == 'b' && mm == w1 - w0) {
		snprintf(hint, size, " ('%s' before the number is a minus sign: write the number "
			 "with one minus, -2: taken out, the sign is lost and a return read as a sale)", shown);
		return;
	}
	if (sign_side(word, w1 - w0, &p) >= 0 || doc_returnish(word, w1 - w0)) {
		snprintf(hint, size, " ('%s' %s the number says it is a credit or a return: write the "
			 "number negative, -2 or (2), rather than strip the word, or it is read as a "
			 "sale)", shown, where);
		return;
	}
	/* a measure (750 g, 1.500 kg): stripped, grams would be added to kilograms as one, and the
	 * strip of g left 1.500 k (t67 F11) */
	if (!money && sniff_measure(word, w1 - w0)) {
		snprintf(hint, size, " ('%s' %s the number is a measure: read in the unit the price "
			 "is per when the price says one, 6.60/kg or a column named Price per kg; "
			 "never stripped, or grams and kilograms would be added as one)", shown, where);
		return;
	}
	if (*where == 'a' && multiplier_hint(in, word, shown, money, hint, size))
		return;
	/* a pack (2 CS): stripped, packs would be added to units as one (t59 F9) */
	int pack = !money && (known_word(word, w1 - w0) & W_QTY_PACK);
	int n0 = money && *where == 'a' && s[r0] == '/'   /* a rate per a unit (per_unit) */
		 ? snprintf(hint, size, " (a price per '%s', which is no count word relrec knows "
			    "nor the quantity's", shown)
		 : pack ? snprintf(hint, size, " ('%s' %s the number is a pack, no count of units: "
				   "stripped, packs would be added to units as one; write each "
				   "quantity in units, the number times the pack's size)", shown,
				   where)
		 : snprintf(hint, size, " ('%s' %s the number is no %s relrec knows", shown, where,
			    money ? "currency" : "count word");
	if (n0 < 0 || (size_t)n0 >= size || pack)
		return;
	/* ¤ is where Latin-9 writes the euro, read as Latin-1 or cp1252; and a sed matches the
	 * file's own bytes, which are not these UTF-8 ones when the file was read in another
	 * encoding (t56 F7: the sed of '¤' matched nothing) */
	if (money && strcmp(word, "\xC2\xA4") == 0) {
		snprintf(hint + n0, size - (size_t)n0, ": it is the euro of a file in ISO-8859-15, "
			 "Latin-9, read as another encoding: load with --encoding iso-8859-15)");
		return;
	}
	for (const char *c = word; *c; c++)
		if ((unsigned char)*c >= 0x80 && in->encoding_given) {
			snprintf(hint + n0, size - (size_t)n0, ": strip it before loading, matching "
				 "the bytes the file's encoding writes it in)");
			return;
		}
	/* the way out, where the word and the file name can be quoted so: the word taken out of
	 * the number's column only, with the blanks between it and the number, so the same
	 * letters elsewhere (a stock code, a product's name) stay */
	char word_re[100], re[110], cmd[1400];
	const char *load = NULL;
	if (awk_re_literal(word_re, sizeof word_re, s + r0, w1 - r0) == 0) {
		snprintf(re, sizeof re, "%s%s%s", *where == 'a' ? " *" : "", word_re,
			 *where == 'a' ? "" : " *");
		load = field_sub_cmd(cmd, sizeof cmd, in->tool_sep, in->tool_lines, in->tool_skip,
				     in->tool_col[money], re, "", in->path);
	}
	if (load && (size_t)n0 + strlen(load) + 20 < size)   /* never a command cut short */
		strcat(strcat(strcpy(hint + n0, ": strip it, load "), load), ")");   /* fits */
	else
		snprintf(hint + n0, size - (size_t)n0, ": strip it from that column before "
			 "loading)");
}

/* Quantity and price (or the line total it is derived from): numbers in the file's decimal
 * mark, within +-MAX_ABS. 1 when fine, else the row is rejected: 0, or -1 when the load must
 * stop. A number such as "1,234" in a comma file is counted (grouped) and its rejection
 * names the option that reads it; *held: the row has one that waits for the file's mark
 * (holdable), read as thousands meanwhile. */
/* The first run of exactly four digits of date text s[0..n), as a year; -1 when none. */
static int first_year(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && is_digit(s[j]))
			j++;
		if (j - i == 4)
			return (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 +
			       (s[i + 3] - '0');
		i = j > i ? j : i + 1;
	}
	return -1;
}

/* Does date text s[0..n) hold a day relrec cannot hold: its first run of exactly four
 * digits below 1900 or from 6053 (9999-12-31, 0000-00-00: placeholders; 1899-12-30: Excel's
 * day zero; a 6053 date that failed is past 6053-01-22, t40 #8)? Its rejection then says so,
 * and no --date-format is offered. */
static int year_beyond(const char *s, size_t n)
{
	int y = first_year(s, n);
	return y >= 0 && (y < 1900 || y >= RR_LAST_YEAR);
}

/* Count a quantity read with its count word ("5 pcs"), for the load's note. */
static void note_qty_unit(builder *in, uint64_t line, const char *s, size_t n)
{
	size_t a, b, t = n > 3 && memcmp(s, "(-)", 3) == 0 ? 3 : 0;   /* Tally's minus */
	if (n == 0 || (is_digit(s[0]) && is_digit(s[n - 1])) || !qty_unit(s + t, n - t, &a, &b))
		return;
	if (!in->qty_units++) {
		in->qty_unit_line = line;
		sniff_printable(in->qty_unit_text, sizeof in->qty_unit_text, s, n, 16);
	}
}

/* A unit price written per unit, "1,250.00/Nos", "140.00/Kgs" (Tally's rates, t39 #12): the
 * length of p[0..pn) before its "/WORD" when the word is a count word, or the quantity qs
 * is written with the same word ("1.500 Kgs": goods sold by weight, priced per kg), which
 * *qn is then cut to the number of; else pn. */
static size_t per_unit(const char *p, size_t pn, const char *qs, size_t *qn, double *scale)
{
	const char *slash = NULL;
	for (size_t i = pn; i > 0 && !slash; i--)
		if (p[i - 1] == '/')
			slash = p + i - 1;
	if (!slash || slash == p)
		return pn;
	size_t a = (size_t)(slash - p) + 1, b = pn, k = (size_t)(slash - p);
	trim_blanks(p, &a, &b);
	while (k > 0 && p[k - 1] == ' ')
		k--;
	if (a == b || b - a > 24 || k == 0 || !is_digit(p[k - 1]))
		return pn;
	for (size_t i = a; i < b; i++)   /* a word: no digit, a letter (India's /- is none) */
		if (is_digit(p[i]) || (i == a && (unsigned char)p[i] < 0x80 &&
					 !((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z')))
			return pn;
	char word[32], qword[32];
	memcpy(word, p + a, b - a);
	word[b - a] = '\0';
	if (known_word(word, b - a) & W_QTY_UNIT)
		return k;
	size_t e = *qn, w;   /* the quantity's own word, after its number and a blank */
	while (e > 0 && qs[e - 1] == ' ')
		e--;
	for (w = e; w > 0 && qs[w - 1] != ' ' && !is_digit(qs[w - 1]); w--)
		;
	if (w == e || e - w >= sizeof qword)
		return pn;
	memcpy(qword, qs + w, e - w);
	qword[e - w] = '\0';
	while (w > 0 && qs[w - 1] == ' ')
		w--;
	if (w == 0 || !is_digit(qs[w - 1]))
		return pn;
	/* or two measures of one kind, 750 g at 6.60/kg: the quantity read in kg */
	const rr_measure *pm = sniff_measure(word, strlen(word)), *qm = sniff_measure(qword, strlen(qword));
	if (!textfold_eq(word, qword) && !(pm && qm && pm->kind == qm->kind))
		return pn;
	*scale = pm && qm && pm->kind == qm->kind ? qm->size / pm->size : 1;
	*qn = w;
	return k;
}

/* The price's and the quantity's lengths to read (per_unit, pn and qn), and what the quantity
 * is multiplied by to be in the unit the price is per: a measure's word after the quantity
 * beside a price per another of its kind, by the price's value (750 g at 6.60/kg) or name
 * (Price per kg), or the two columns' names (Quantity (g) beside Price per kg). 1 for none;
 * the rows read in another unit are counted for the load's note. */
static double qty_measure(builder *in, const char *const f[F_N], int fp, size_t *pn, size_t *qn)
{
	double scale = in->qty_scale > 0 ? in->qty_scale : 1;   /* 0 before a header set it */
	const char *qs = in->rows->no_qty ? "" : f[F_QTY];
	size_t written = *qn;
	if (fp == F_PRICE && !in->rows->no_price)
		*pn = per_unit(f[fp], *pn, qs, qn, &scale);
	size_t e = *qn, w;
	while (e > 0 && qs[e - 1] == ' ')
		e--;
	for (w = e; w > 0 && !is_digit(qs[w - 1]) && qs[w - 1] != ' '; w--)
		;
	const rr_measure *qm = w < e ? sniff_measure(qs + w, e - w) : NULL;
	while (w > 0 && qs[w - 1] == ' ')
		w--;
	if (qm && in->price_measure && qm->kind == in->price_measure->kind && w > 0 &&
	    is_digit(qs[w - 1])) {
		*qn = w;
		scale = qm->size / in->price_measure->size;
	}
	if (scale != 1 && !in->measured++)
		sniff_printable(in->measured_first, sizeof in->measured_first, qs, written, 24);
	return scale;
}

/* A row's quantity or price (field k) beyond 1e9: its rejection's detail (when noted) and the
 * first such field for the summary (range_line). */
static void range_detail(builder *in, const brec *q, const char *const f[F_N], int k,
			 const char *pname, char *detail, size_t size)
{
	char shown[240];
	const char *what = k == F_QTY ? "quantity" : pname;
	if (reject_noted(in))
		snprintf(detail, size, "%s '%s' (beyond 1e9)", what,
			 sniff_printable(shown, sizeof shown, f[k], q->len[k], 40));
	if (!in->range_line) {
		char brief[48];
		in->range_line = q->line;
		snprintf(in->range_number, sizeof in->range_number, "%s '%s'", what,
			 sniff_printable(brief, sizeof brief, f[k], q->len[k], 24));
	}
}

/* The digits after the decimal mark mark in s[0..n), as written ("143.9": 1). */
static int decimals_written(const char *s, size_t n, char mark)
{
	size_t at = n;
	while (at > 0 && (mark == '.' || mark == ',') && s[at - 1] != mark)
		at--;
	int d = 0;
	for (size_t i = at; at > 0 && i < n && is_digit(s[i]); i++)
		d++;
	return d;
}

/* A price (or line total) value read from s[0..n) (its decimal mark mark) in a column whose
 * name says a minor unit: divided by 100, counted for cents_settle; but one that said its own
 * unit (written, 85p under Price (p), t71 F7: divided twice; $1.20 under Price (cents)) is
 * read as it said, the row kept as written for cents_settle (builder.row_written). */
static double minor_units_value(builder *in, const char *s, size_t n, char mark, int written,
				double value)
{
	in->row_written = written != 0;
	if (written == 2 && !in->cents_major++)   /* $1.20 under Price (cents) */
		sniff_printable(in->cents_major_first, sizeof in->cents_major_first, s, n, 24);
	if (written)
		return value;
	in->cents_seen++;
	int d = decimals_written(s, n, mark), frac = value != floor(value);
	in->cents_two += d >= 2;
	in->cents_tenths += frac && d == 1;
	if (frac && !in->cents_frac++)
		sniff_printable(in->cents_first, sizeof in->cents_first, s, n, 24);
	return value / 100;
}

/* The unit price of a line total value over *qty (0 for no units). A negative total beside
 * an unsigned quantity is a refund, its sign the line's (Wave's and FreshBooks' (25.00) of 2
 * units): the quantity is made negative, a return's, and the price kept positive (t80 F8:
 * such lines were dropped as non-positive prices, no return counted). */
static double amount_price(builder *in, uint64_t line, double *qty, double value)
{
	if (*qty == 0)
		return 0;
	/* a quantity written, not implied; an item ledger's sign is its own (ledger_sign) */
	if (value < 0 && *qty > 0 && !in->rows->no_qty && !in->stock_ledger) {
		*qty = -*qty;
		if (!in->amount_neg_rows++)
			in->amount_neg_line = line;
	}
	return value / *qty;
}

/* A blank quantity beside a price (not one taken from a line total) and a line total equal
 * to it, or none, is one: a billing system's flat-fee line (t86 F13: Chargebee's plan lines,
 * Quantity empty beside Unit Amount and Amount both 19.00, were rejected, 86% of the
 * revenue). A line total of another value, or no price, leaves the quantity unknown: the row
 * is rejected as before. 1 when *qty is set to 1, counted for the note. */
static int blank_qty_one(builder *in, const brec *q, const char *const f[F_N], char dec,
			 double *qty)
{
	double price = 0, amount = 0;
	char m = 0;
	const rr_currency *cur = NULL;
	if (q->len[F_QTY] || in->rows->no_qty || in->rows->no_price ||
	    in->rows->price_from_amount || !q->len[F_PRICE] ||
	    field_number(f[F_PRICE], q->len[F_PRICE], 1, dec, in->comma_sep, &price, &m, &cur))
		return 0;
	int t = q->len[F_AMOUNT] ? F_AMOUNT : F_TOTAL;
	if (q->len[t] && (field_number(f[t], q->len[t], 1, dec, in->comma_sep, &amount, &m, &cur) ||
			  fabs(amount - price) > 0.005))
		return 0;
	*qty = 1;
	if (!in->qty_blank_one++)
		in->qty_blank_line = q->line;
	return 1;
}

static int row_numbers(builder *in, const brec *q, const char *const f[F_N], double *qty,
		       double *price, char mark[2], int *held)
{
	char detail[400], shown[240], mq = 0, mp = 0, dec = row_dec(in);
	int why = -1, fp = in->rows->price_from_amount ? F_AMOUNT : F_PRICE, rc = 0, rp = 0;
	int bad = F_QTY, own = 0;   /* own: the price carried its minor unit's mark, 85p */
	const char *pname = fp == F_AMOUNT ? "amount" : "price";
	const rr_currency *cur = NULL;
	double value = 0;
	size_t qn = in->rows->no_qty ? 0 : q->len[F_QTY], pn = q->len[fp];
	*price = 0;
	double qscale = qty_measure(in, f, fp, &pn, &qn);
	if (in->rows->no_qty || blank_qty_one(in, q, f, dec, qty))
		*qty = 1;
	else if ((rc = field_number(f[F_QTY], qn, 0, dec, in->comma_sep, qty, &mq, &cur)) == -2 &&
		 comma_settles(in) &&
		 (rc = field_number(f[F_QTY], qn, 0, ',', in->comma_sep, qty, &mq, &cur)) == 0)
		comma_read_note(in, q->line, f[F_QTY], qn);
	if (rc != 0 && !holdable(in, rc, mq))
		why = RR_REJ_NUMBER;
	if (why < 0 && !in->rows->no_price) {
		rp = field_number(f[fp], pn, 1, dec, in->comma_sep, &value, &mp, &cur);
		if (rp == -2 && comma_settles(in) &&
		    (rp = field_number(f[fp], pn, 1, ',', in->comma_sep, &value, &mp, &cur)) == 0)
			comma_read_note(in, q->line, f[fp], pn);
		int yen = in->yen_jp ? yen_price(in, f[fp], pn, rp, dec, &value, &mp, &cur) : 1;
		rp = yen != 1 ? yen : rp;
		if (rp == -1 && minor_price(in, f[fp], pn, dec, &value, &mp, &cur) == 0) {
			rp = 0;
			own = 1;
		}
		if (rp != 0 && !holdable(in, rp, mp)) {
			why = RR_REJ_NUMBER;
			bad = fp;
			rc = rp;
		} else {
			count_currency(in, cur);
		}
	}
	*held = why < 0 && (rc == -2 || rp == -2);
	if (*held && !dec && (rc == -2 ? mp : mq) == ',' &&
	    field_number(f[rc == -2 ? F_QTY : fp], rc == -2 ? qn : pn, rc != -2, ',',
			 in->comma_sep, rc == -2 ? qty : &value, rc == -2 ? &mq : &mp, &cur) == 0) {
		/* its other number proves a decimal comma before the file has settled its mark
		 * (t64 F16: the first row's "3,000" beside "6,45"): read with it, the row's proof
		 * noted as any (comma_settles reads the rows after it) */
		*held = 0;
		rc = rp = 0;
	}
	if (*held && (mq == ',' || mp == ',')) {   /* its other number has a decimal comma */
		why = RR_REJ_NUMBER;
		bad = rc == -2 ? F_QTY : fp;
		rc = -2;
		*held = 0;
	}
	detail[0] = '\0';
	if (why >= 0) {
		if (reject_noted(in)) {
			char hint[96] = "";
			if (rc == -1)
				points_hint(in, f[bad], q->len[bad], bad != F_QTY, hint, sizeof hint);
			char words[320];
			number_words(in, f[bad], q->len[bad], bad != F_QTY, words, sizeof words);
			int k = snprintf(detail, sizeof detail, "%s '%s'%s%s%s",
					 bad == F_QTY ? "quantity" : pname,
					 sniff_printable(shown, sizeof shown, f[bad], q->len[bad], 40),
					 rc == -2 ? GROUPED_HINT : "", hint,
					 rc == -2 || hint[0] ? "" : words);
			if (k >= (int)sizeof detail)   /* a hint cut short still names the field */
				detail[sizeof detail - 1] = '\0';
		}
		if (!in->bad_number_line) {
			char brief[48];
			in->bad_number_line = q->line;
			snprintf(in->bad_number, sizeof in->bad_number, "%s '%s'",
				 bad == F_QTY ? "quantity" : pname,
				 sniff_printable(brief, sizeof brief, f[bad], q->len[bad], 24));
			if (rc == -1)
				number_words(in, f[bad], q->len[bad], bad != F_QTY, in->bad_word,
					     sizeof in->bad_word);
		}
		if (rc == -2 && !in->grouped_rows++)
			grouped_note(&in->grouped, q->line, f[bad], q->len[bad], bad != F_QTY,
				     in->comma_sep);
	} else if (!(fabs(*qty) <= MAX_ABS) || !(fabs(value) <= MAX_ABS)) {
		why = RR_REJ_RANGE;
		*held = 0;
		range_detail(in, q, f, !(fabs(*qty) <= MAX_ABS) ? F_QTY : fp, pname, detail,
			     sizeof detail);
	}
	if (why >= 0)
		return row_reject(in, q->line, why, detail, strlen(detail));
	/* a line total over its quantity; a line of no units has no unit price (the quantity
	 * rule drops it) */
	if (in->minor_units)   /* Recurly's unit_amount_in_cents (t53 F4) */
		value = minor_units_value(in, f[fp], q->len[fp], mp, own ? 1 : cur ? 2 : 0, value);
	if (in->money_scale > 1)   /* Umsatz (TEUR): t85 F12 */
		value *= in->money_scale;
	if (fp == F_PRICE && in->price_per > 1)   /* Unit Price (per 100 units): t67 F2 */
		value /= in->price_per;
	*qty *= qscale;
	*price = fp == F_PRICE ? value : amount_price(in, q->line, qty, value);
	in->qty_fractions += *qty != floor(*qty);   /* goods sold by weight or length */
	if (!in->rows->no_qty)
		note_qty_unit(in, q->line, f[F_QTY], q->len[F_QTY]);
	mark[0] = mq;
	mark[1] = mp;
	return 1;
}

/* Is s[0..n) a number whose one mark (a point or a comma) stands before exactly three digits,
 * after 1 to 3 digits that do not start with 0 ("45.000", "$1.500")? A decimal point to an
 * English spreadsheet, thousands to a Spanish, Portuguese or Indonesian one. */
static int mark_may_group(const char *s, size_t n, char mark)
{
	const char *p = NULL;   /* the mark, once and no other: one look at a short number's bytes */
	char other = mark == '.' ? ',' : '.';
	/* the number's own bytes: a money's mark with a dot around it (t82 F2: "1.299 kr.",
	 * "Bs. 1.299", "1.299 лв.") is no second point; a mark right after the digits is the
	 * number's ("1.299,-", "24.-"), one right before them is when no letter precedes it */
	size_t lo = 0, hi = n;
	while (lo < n && !is_digit(s[lo]))
		lo++;
	while (hi > lo && !is_digit(s[hi - 1]))
		hi--;
	if (hi < n && (s[hi] == '.' || s[hi] == ','))
		hi++;
	if (lo > 0 && (s[lo - 1] == '.' || s[lo - 1] == ',') &&
	    !(lo > 1 && (ascii_letter(s[lo - 2]) || (unsigned char)s[lo - 2] >= 0x80)))
		lo--;
	s += lo;
	n = hi - lo;
	for (size_t i = 0; i < n; i++)
		if (s[i] == other || (s[i] == mark && p))
			return 0;
		else if (s[i] == mark)
			p = s + i;
	if (!p)
		return 0;
	size_t lead = 0, frac = 0;
	while (p - lead > s && is_digit(p[-(ptrdiff_t)lead - 1]))
		lead++;
	while (p + 1 + frac < s + n && is_digit(p[1 + frac]))
		frac++;
	return lead >= 1 && lead <= 3 && p[-(ptrdiff_t)lead] != '0' && frac == 3;
}

static int point_may_group(const char *s, size_t n)
{
	return mark_may_group(s, n, '.');
}

/* The first number s[0..n) to show a mark, on line, kept as written. */
static void note_proof(mark_proof *p, uint64_t line, const char *s, size_t n)
{
	p->line = line;
	sniff_printable(p->text, sizeof p->text, s, n, 16);
}

/* A number kept with a decimal point, the quantity's (k 0) or the price's (k 1): does it have
 * the three digits after the point that thousands would (point_may_group)? A file whose every
 * such number does is warned of, and so is a price column whose every one does. */
static void note_point(builder *in, int k, uint64_t line, const char *s, size_t n)
{
	int group = point_may_group(s, n);
	if (k == 1)
		in->price_point3_n += group, in->price_point_other_n += !group;
	else if (!group && !in->qty_point.line)
		note_proof(&in->qty_point, line, s, n);
	if (!group) {
		in->point_other_n++;
	} else if (!in->point3_n++) {
		note_proof(&in->point3, line, s, n);
	}
}

/* A kept row's price (or amount) s[0..n), read with mark, its row's qty and price as kept:
 * the first written with decimals (not three: 12.50) noted, and one whose point stands
 * before three digits while the file showed no mark listed with its reading as thousands
 * (settle_money), unless its price is no plain reading of it (a pack's, cents). 0 or -1. */
static int note_money(builder *in, const num_note *v)
{
	const char *s = v->s[1];
	size_t n = v->n[1];
	char mark = v->mark[1];
	double qty = v->qty, price = v->price;
	const char *at = mark == '.' || mark == ',' ? memchr(s, mark, n) : NULL;
	size_t z = at ? (size_t)(at - s) + 1 : n;
	while (z < n && s[z] == '0')   /* 1200.00 says nothing of a minor unit */
		z++;
	if (at && z < n && is_digit(s[z]) && !mark_may_group(s, n, mark) && !in->money_frac.line) {
		in->money_frac.line = v->line;
		sniff_printable(in->money_frac.text, sizeof in->money_frac.text, s, n, 16);
	}
	double read, whole;
	char m;
	const rr_currency *cur;
	if (in->dec || mark != '.' || in->minor_units || !point_may_group(s, n) ||
	    field_number(s, n, 1, '.', in->comma_sep, &read, &m, &cur) != 0 ||
	    field_number(s, n, 1, ',', in->comma_sep, &whole, &m, &cur) != 0)
		return 0;
	int amount = in->rows->price_from_amount;
	if (amount ? qty == 0 || fabs(price) != fabs(read / qty) : fabs(price) != fabs(read))
		return 0;
	void *room = in->price3;
	if (mem_room(&room, &in->price3_cap, in->n_price3, sizeof *in->price3, 64) != 0)
		return -1;
	in->price3 = room;
	in->price3[in->n_price3++] = (price_doubt){v->row,
		copysign(fabs(amount ? whole / qty : whole), price)};
	return 0;
}

/* What a kept row's numbers (v) say of the file: the first number with each decimal mark
 * (note_mark), and one such as "1,234" read as thousands, counted for the summary, or held
 * until the file shows its mark; its price's (note_money). 0, or -1 when out of memory. */
static int note_numbers(builder *in, const num_note *v)
{
	const char *mark = v->mark;
	for (int k = 0; k < 2; k++) {
		const char *s = v->s[k];
		size_t n = v->n[k];
		if (k == 0 && !in->dec && (mark[0] == '.' || mark[0] == ',') &&
		    mark_may_group(s, n, mark[0])) {   /* a count of 2.500: the question itself */
			void *room = in->qty3;
			if (mem_room(&room, &in->qty3_cap, in->n_qty3, sizeof *in->qty3, 64) != 0)
				return -1;
			in->qty3 = room;
			in->qty3[in->n_qty3++] = (qty_doubt){v->row, mark[0]};
			mark_proof *first = &in->qty3_first[mark[0] == ','];
			if (!first->line) {
				first->line = v->line;
				sniff_printable(first->text, sizeof first->text, s, n, 16);
			}
		} else {
			note_mark(in, mark[k], v->line, s, n, 0);
		}
		if (mark[k] == ',' || mark[k] == '.') {
			in->mark_cols[mark[k] == '.'] |= (unsigned char)(1 << k);
			if (!mark_may_group(s, n, mark[k]))
				in->firm_cols[mark[k] == '.'] |= (unsigned char)(1 << k);
		}
		if (mark[k] == '.')
			note_point(in, k, v->line, s, n);
		in->price_bare_n += k == 1 && !mark[k];
		if (k == 1 && !in->rows->no_price && note_money(in, v))
			return -1;
	}
	int k = mark[0] == MARK_GROUPED ? 0 : mark[1] == MARK_GROUPED ? 1 : -1;
	if (k < 0)
		return 0;
	const char *s = v->s[k];
	size_t n = v->n[k];
	if (!v->held) {
		if (!in->thousands_rows++) {
			in->thousands.line = v->line;
			sniff_printable(in->thousands.text, sizeof in->thousands.text, s, n, 16);
		}
		return 0;
	}
	void *room = in->held;
	if (mem_room(&room, &in->held_cap, in->n_held, sizeof *in->held, 64) != 0)
		return -1;
	in->held = room;
	held_row *h = &in->held[in->n_held++];
	h->row = v->row;
	h->read = 0;
	h->line = v->line;
	h->what = k == 0 ? "quantity" : in->rows->price_from_amount ? "amount" : "price";
	sniff_printable(h->text, sizeof h->text, s, n, 40);
	if (in->n_held == 1)
		grouped_note(&in->held_first, v->line, s, n, k, in->comma_sep);
	return 0;
}

/* Is s[0..n) one of the comma-separated names of list? */
/* Whether s[0..n) is a name of list (comma-separated, case and accents aside); with hit, every
 * name it is sets its bit there (the first 64), for lists_unmatched. */
static int list_match(const char *list, const char *s, size_t n, uint64_t *hit)
{
	char name[64];
	size_t b = 0;
	int found = 0;
	while (b < n && (s[b] == ' ' || s[b] == '\t'))
		b++;
	for (unsigned i = 0; *list; i++) {
		size_t k = strcspn(list, ",");
		snprintf(name, sizeof name, "%.*s", (int)(k < sizeof name ? k : sizeof name - 1), list);
		/* - or (empty), as the summary prints it, names the empty value (t42 F13:
		 * Pohoda's invoices in force have no Stav, and --purchase could not name them) */
		int is = (b == n && (strcmp(name, "-") == 0 || strcasecmp(name, "(empty)") == 0)) ||
			 (k < sizeof name && sniff_same_name(s, n, name));
		if (is && !hit)
			return 1;
		if (is && i < 64)
			*hit |= (uint64_t)1 << i;
		found |= is;
		list += k + (list[k] == ',');
	}
	return found;
}

/* Can a hint's --purchase, --return or --void list name v (list_match reads it back): no
 * comma (the lists' separator), no control byte (a line break ends a pasted line), no "--"
 * first (an option's), and shorter than a list's name? */
static int list_value(const char *v)
{
	size_t n = strlen(v);
	for (size_t k = 0; k < n; k++)
		if ((unsigned char)v[k] < 0x20 || v[k] == 0x7f || v[k] == ',')
			return 0;
	return n < 63 && strncmp(v, "--", 2) != 0;
}

/* A value, or a list of them, as a hint's option value (rr_arg_word: a word a shell and the
 * prompt read back as v) into buf, else the placeholder VALUE. Returns buf. */
static const char *value_word(char *buf, size_t size, const char *v)
{
	if (!rr_arg_word(buf, size, v))
		snprintf(buf, size, "VALUE");
	return buf;
}

/* value_word in single quotes even when plain, as the hints that always quoted it wrote it
 * ('%d.%m.%Y', --purchase 'S'), with placeholder (FORMAT) when it cannot be written so.
 * Returns buf. */
static const char *quoted_word(char *buf, size_t size, const char *s, const char *placeholder)
{
	char w[RR_ARG_WORD(400)];
	if (strlen(s) >= 400 || !rr_arg_word(w, sizeof w, s) ||
	    snprintf(buf, size, w[0] == '\'' ? "%s" : "'%s'", w) >= (int)size)
		snprintf(buf, size, "%s", placeholder);
	return buf;
}

static int in_list(const char *list, const char *s, size_t n)
{
	return list_match(list, s, n, NULL);
}

static int tally(event_tally *t, const char *s, size_t n, int buy);
static int tally_find(const event_tally *t, const char *s, size_t n);
static int status_placed(const builder *in, const char *s, size_t n);
static int names_empty(const builder *in, int col);
static int status_bare_known(const char *s, size_t n);
static int tally_class(const builder *in, event_tally *t, const char *s, size_t n,
		       int (*classify)(const builder *, const char *, size_t));

/* known_word for a status: with MYOB's letters, whole, in a file MYOB wrote. */
static unsigned status_word(const builder *in, const char *s, size_t n)
{
	unsigned w = known_word(s, n);
	for (size_t k = 0; in->myob && n == 1 && k < sizeof myob_statuses / sizeof *myob_statuses;
	     k++)
		if ((s[0] | 0x20) == myob_statuses[k].word[0])
			w |= myob_statuses[k].as;
	if (in->odoo_pos && sniff_same_name(s, n, "new"))
		w = (w & ~W_KEPT) | W_OFFER;
	return w;
}

/* known_word for an event or document type: with Sage's types in a file Sage wrote. */
static unsigned event_word(const builder *in, const char *s, size_t n)
{
	unsigned w = known_word(s, n);
	for (size_t k = 0; in->sage && k < sizeof sage_types / sizeof *sage_types; k++)
		if (sniff_same_name(s, n, sage_types[k].word))
			w |= sage_types[k].as;
	int c = doc_code_find(in->doc_codes, s, n);
	if (c >= 0)   /* the system's meaning, not the word's elsewhere (GP's Order) */
		w = (w & ~(W_PURCHASE | W_RETURN | W_OTHER_DOC | W_OFFER | W_KEPT)) | doc_codes[c].as;
	return w;
}

static int void_scan(const char *s, size_t n, int *denied);

/* The documents of a return that a credit memo then books, as an order is a sale's before
 * its invoice: Business Central's Return Order (its posting, the Posted Sales Credit Memo),
 * a German ERP's Retoure or Rücksendung (the goods' return, credited by its
 * Gutschrift). Returns alone; beside another return's word, no second return (t85 F7: each
 * return counted twice, two pairs dropped as returned in full). */
static const char *const return_orders[] = {"return_order", "sales_return_order",
					    "retoure", "r\xC3\xBC" "cksendung", "ruecksendung",
					    "warenr\xC3\xBC" "cksendung", "warenruecksendung", NULL};

static int return_order_word(const char *s, size_t n)
{
	for (int k = 0; return_orders[k]; k++)
		if (sniff_same_name(s, n, return_orders[k]))
			return 1;
	return 0;
}

/* What an event log's row of kind s[0..n) is: EV_BUY, EV_RETURN or EV_OTHER (skipped). A
 * purchase's word with a void word besides is none (void_scan: Invoice (cancelled), whose
 * whole reads as Invoice, the bracket left out as a header name's unit is; t76 F4). */
enum { EV_OTHER, EV_BUY, EV_RETURN };
static int event_kind(const builder *in, const char *s, size_t n, unsigned words)
{
	/* Purchase beside Sale is the shop buying from its supplier: never --purchase's
	 * default, whatever an event log means by it (t77 F1) */
	int denied, shop_side = (words & W_SUPPLIER) && in->supplier_side;
	int buy = in->purchase ? in_list(in->purchase, s, n)
			       : (words & W_PURCHASE) && !shop_side && !void_scan(s, n, &denied);
	if (!buy)
		buy = (words & W_RETURN) || (in->returns && in_list(in->returns, s, n)) ? EV_RETURN
											 : EV_OTHER;
	if (buy == EV_RETURN && in->orders_booked && return_order_word(s, n) &&
	    !(in->returns && in_list(in->returns, s, n)))
		return EV_OTHER;   /* its credit memo is the return (orders_decide) */
	return buy;
}

/* Is s[0..n) a sale's own word, a purchase word no supplier's document shares (Sale, Sales,
 * Invoice)? A return is not one: an event log's purchase beside its refund is the
 * customer's. */
static int sale_word(const builder *in, const char *s, size_t n)
{
	unsigned w = event_word(in, s, n);
	return (w & W_PURCHASE) && !(w & W_SUPPLIER);
}

/* An event column by its name (Transaction Type) whose first batch holds a supplier's
 * document beside a sale's word (Purchase beside Sale: Vyapar's, Tally's all-vouchers
 * export) is an accounting export of all the shop's documents: its purchase words are the
 * shop's (in->supplier_side). Decided before the batch's rows are built; --purchase decides
 * alone. A later batch's first sale word is too late for rows read: supplier_late warns. */
static void supplier_decide(builder *in, const batch *b)
{
	int supplier = 0, sale = 0;
	if (!in->has_event || in->purchase || in->supplier_side)
		return;
	for (size_t k = 0; k < b->n && !(supplier && sale); k++) {
		const brec *q = &b->rec[k];
		const char *v = b->bytes + q->off[F_EVENT];
		size_t n = q->len[F_EVENT];
		if (q->why >= 0 || !n)
			continue;
		supplier |= (event_word(in, v, n) & W_SUPPLIER) != 0;
		sale |= sale_word(in, v, n);
	}
	in->supplier_side = supplier && sale;
}

/* An event column whose first batch holds a return's order (return_orders: Return Order,
 * Retoure) beside another return's word (Credit Memo, Gutschrift) books each return twice:
 * the order's rows are skipped (in->orders_booked, said by orders_note). Decided before the
 * batch's rows are built, as supplier_decide is. */
static void orders_decide(builder *in, const batch *b)
{
	int order = 0, booked = 0;
	if (!in->has_event)
		return;
	for (size_t k = 0; k < b->n && !(order && booked); k++) {
		const brec *q = &b->rec[k];
		const char *v = b->bytes + q->off[F_EVENT];
		size_t n = q->len[F_EVENT];
		if (q->why >= 0 || !n)
			continue;
		if (return_order_word(v, n))
			order = 1;
		else
			booked |= (event_word(in, v, n) & W_RETURN) != 0;
	}
	in->orders_booked = order && booked;
}

static int event_class(const builder *in, const char *s, size_t n)
{
	return event_kind(in, s, n, event_word(in, s, n));
}

static int doc_not_document(const char *s, size_t n);
static int doc_returnish(const char *s, size_t n);

/* Is s[0..n) how a sale was paid (a payment word: Cash, Card, Visa, Credit Card, not a
 * refund paid by card), no --purchase naming the purchases? A till's type column writes it
 * on its sales beside Refund on its refunds (t71 F5). */
static int paid_word(const builder *in, const char *s, size_t n)
{
	return !in->purchase && n && doc_not_document(s, n) && !doc_returnish(s, n);
}

/* A row of an event column: event_class, and in one taken by its name a payment's word a
 * purchase (paid_word: Sale on the first row, Cash and Card after it were skipped as no
 * event). A column --map names reads its own words only. */
static int event_row_class(const builder *in, const char *s, size_t n)
{
	int p = -1;
	if (in->tender_signs && sign_side(s, n, &p) >= 0 && sign_spelled(p))
		return EV_BUY;
	int ev = event_class(in, s, n);
	return ev == EV_OTHER && in->paid_buys && paid_word(in, s, n) ? EV_BUY : ev;
}

/* Words that deny the word after them (Not Cancelled, No Void: t73 F10, such orders were
 * skipped as cancelled), and words after a void's that call it off (Void Reversed). Compared
 * as header names are; the manual lists them. */
const char *const ingest_negations[] = {"not", "no", "non", "never", "nicht", "kein", "keine",
					"nie", "niet", "geen", "pas", "sin", "senza", "sans", "nao",
					"ej", "ikke", "inte", NULL};
const char *const ingest_reversals[] = {"reversed", "reversal", "revoked", "undone", NULL};
/* Words that make the void word after them a part's (Partially Cancelled, Teilweise
 * storniert, Cz\xC4\x99\xC5\x9B" "ciowo anulowane): the order was bought, its cancelled lines
 * written apart or not at all, as Teilstorniert is (t76 F11: the whole order was skipped).
 * Compared as header names are; the manual lists them. */
const char *const ingest_partials[] = {"partially", "partial", "partly", "part", "teilweise",
				       "partiellement", "partiel", "partielle", "parcialmente",
				       "parcial", "parzialmente", "parziale", "gedeeltelijk",
				       "deels", "cz\xC4\x99\xC5\x9B" "ciowo", "czesciowo",
				       "\xC4\x8D\xC3\xA1ste\xC4\x8Dn\xC4\x9B", "castecne",
				       "delvis", "osittain", "r\xC3\xA9szben",
				       "reszben", "k\xC4\xB1smen", "kismen", NULL};

/* Does word s[0..n) ask to undo an order (a return, a refund, a cancellation asked for), so
 * that a refusal after it leaves the order bought ("Return rejected", "Cancellation declined",
 * "Reembolso rechazado")? */
static int undo_word(const char *s, size_t n)
{
	static const char *const stems[] = {"cancel", "annul", "anul", "storn"};
	if (known_word(s, n) & W_RETURN)
		return 1;
	for (size_t k = 0; k < sizeof stems / sizeof *stems; k++) {
		size_t m = strlen(stems[k]), i = 0;
		while (i < m && i < n && (s[i] | 0x20) == stems[k][i])
			i++;
		if (i == m)
			return 1;
	}
	return 0;
}

/* Is status s[0..n) (whose known words are words) an order never bought: an offer
 * (ingest_offer_statuses), or a void status (ingest_void_statuses), whole or as any word of a
 * longer one ("Cancelada por el comprador", "\xC4\xB0ptal Edildi", and past a bought word:
 * "Pago rechazado", "Payment failed", t44 #4: read as bought for their first word), but for
 * a refusal after a word that asks to undo the order (undo_word: "Return rejected" stands).
 * Offers count whole only ("Quote accepted" may be a sale). Words are split at blanks,
 * brackets and slashes ("Faktura VAT (anulowana)", "Invoice/cancelled": t76 F4), not at '_':
 * PayPal's Canceled_Reversal, a chargeback called off, is a sale that stands. A void word
 * right after a negation (ingest_negations: Not Cancelled) or followed by a reversal's
 * (ingest_reversals: Void Reversed) is denied, *denied set: no void (t73 F10); one right
 * after a part's word (ingest_partials: Partially Cancelled) or right before one (Cancelled
 * partially, Cancelled - partial, Storniert (teilweise)) too, *denied VOID_PART: an order
 * bought, some of its lines cancelled (t76 F11, t79 F14). */
enum { VOID_PART = 2 };
static int void_scan(const char *s, size_t n, int *denied)
{
	int undo = 0, neg = 0, part = 0, gone = 0, just_void = 0;
	*denied = 0;
	for (size_t i = 0; i < n;) {
		size_t w = i;   /* a word ends at a bracket or a slash too: Invoice (cancelled) */
		while (w < n && !strchr(" \t()[]/", s[w]))
			w++;
		if (w - i == 1 && strchr("-:,", s[i])) {   /* Cancelled - partial: no word */
			i = w + 1;
			continue;
		}
		if (w > i && w - i < n) {
			int is_void = (known_word(s + i, w - i) & W_VOID) && !(i && undo);
			int part_here = sniff_name_index(s + i, w - i, ingest_partials) >= 0;
			if (is_void && (neg || part))
				*denied = part ? VOID_PART : 1;
			else if (is_void)
				gone = 1;
			else if (gone && sniff_name_index(s + i, w - i, ingest_reversals) >= 0)
				gone = 0, *denied = 1;   /* Void Reversed: the sale stands */
			else if (just_void && part_here)   /* the part's word after it: Cancelled
							      partially, Annulé partiellement (t79 F14) */
				gone = 0, *denied = VOID_PART;
			just_void = is_void && !neg && !part;
			undo |= undo_word(s + i, w - i);
			neg = sniff_name_index(s + i, w - i, ingest_negations) >= 0;
			part = part_here;
		}
		i = w + 1;
	}
	return gone;
}

/* void_scan's answer, the whole value's known words (words) first. */
static int void_status(const char *s, size_t n, unsigned words)
{
	int denied, gone = void_scan(s, n, &denied);
	/* Storniert (teilweise): known by its word before the bracket, a part's after it */
	if ((words & W_VOID) && !(words & W_OFFER) && !gone && denied == VOID_PART)
		return 0;
	return (words & (W_VOID | W_OFFER)) || gone;
}

/* Is status s[0..n) a void status's word denied (Not Cancelled, Void Reversed: void_scan)? A
 * status relrec knows, of an order bought. */
static int void_denied(const char *s, size_t n)
{
	int denied;
	return !void_scan(s, n, &denied) && denied;
}

/* What an event value s[0..n) is, for knowing a document-type column by its values: a
 * purchase, a known word that is none (a return, a void status, a delivery note), or no known
 * word. */
enum { DOC_UNKNOWN, DOC_BUY, DOC_BACK };

/* The end of the word of a document type or status that starts at s[i] (< n): split at
 * blanks, '_', '-', '/' and brackets. */
static size_t doc_word_end(const char *s, size_t n, size_t i)
{
	while (i < n && !strchr(" \t_-/()[]", s[i]))
		i++;
	return i;
}

/* Does document type s[0..n) name an offer (ingest_offer_statuses) or another document
 * (ingest_other_documents) as a word of its own or two (doc_word_end's), and no word of it a
 * kept status's (Sales Quote, Angebot/Offerte, Faktura pro forma, Factura proforma,
 * Proforma-Rechnung; not Quote accepted, which the status rules keep)? An offer or a pro forma
 * is never a sale, whatever words stand beside it (t64 F12: Sage Intacct's Sales Quote was
 * proposed as a purchase; t76 F3: Faktura pro forma, Fattura proforma were read as sales). */
static int offer_document(const char *s, size_t n)
{
	int offer = 0;
	for (size_t i = 0; i < n;) {
		size_t w = doc_word_end(s, n, i);
		unsigned k = w > i ? known_word(s + i, w - i) : 0;
		if (k & W_KEPT)
			return 0;
		offer |= (k & (W_OFFER | W_OTHER_DOC)) != 0;
		if (w > i && w + 1 < n) {   /* and with the next word: pro forma, pro-forma */
			size_t x = doc_word_end(s, n, w + 1);
			offer |= x > w + 1 && (known_word(s + i, x - i) & W_OTHER_DOC);
		}
		i = w + 1;
	}
	return offer;
}

static int doc_word(const builder *in, const char *s, size_t n)
{
	unsigned words = event_word(in, s, n);
	int ev = event_kind(in, s, n, words);
	if (ev != EV_OTHER)
		return ev == EV_BUY ? DOC_BUY : DOC_BACK;
	return void_status(s, n, words) || (words & (W_OTHER_DOC | W_SUPPLIER)) ||
	       offer_document(s, n) || (in->orders_booked && return_order_word(s, n)) ? DOC_BACK
										   : DOC_UNKNOWN;
}


/* An event of a column taken for its document types (doc_take), no --purchase given: a value
 * no list places is read as a purchase, warned of (doc_kept_warn); only a known return, void
 * or other document's word, or one that reads like a credit note, changes the reading (and a
 * blank stays skipped: a total's or a note's line, t36 f251). relrec
 * chose the column, so its own thin word lists must not drop sales (t41 N6: Russian Чек, a
 * till receipt, and Arabic بيع نقدي, a cash sale, were skipped where English Cash Sale is
 * kept). */
static int doc_event_class(const builder *in, const char *s, size_t n)
{
	unsigned words = event_word(in, s, n);
	int ev = event_kind(in, s, n, words);
	if (ev == EV_OTHER && n && !in->purchase && !void_status(s, n, words) &&
	    !(words & (W_OTHER_DOC | W_SUPPLIER)) && !doc_returnish(s, n) &&
	    !offer_document(s, n))
		return EV_BUY;
	return ev;
}

/* A skipped row of a column taken for its document types: counted when its value is no known
 * word, so the summary says what became of the few the sample let through. */
static void doc_unknown_row(builder *in, const char *s, size_t n, uint64_t line)
{
	if (doc_word(in, s, n) != DOC_UNKNOWN)
		return;
	if (!in->doc_unknown++) {
		in->doc_unknown_line = line;
		sniff_printable(in->doc_unknown_value, sizeof in->doc_unknown_value, s, n, 16);
	}
}

/* A status s[0..*n) without WooCommerce's 'wc-' before its word (wc-completed, wc-on-hold,
 * a shop's own wc-awaiting-payment): the word is what relrec knows (t41 N8: every slug but
 * the listed wc-cancelled was warned of as no status relrec knows). */
static const char *status_unslug(const char *s, size_t *n)
{
	if (*n > 3 && (s[0] | 0x20) == 'w' && (s[1] | 0x20) == 'c' && s[2] == '-') {
		*n -= 3;
		return s + 3;
	}
	return s;
}

/* What a status column written as a flag says of a line whose flag is true; FLAG_STAMP: the
 * column is a cancellation's date, a line with one was cancelled (t42 F3: cancelled_at). */
enum { FLAG_VOID = 1, FLAG_RETURN = 2, FLAG_STAMP = 3, FLAG_PRACTICE = 4,
       FLAG_DONE = 5 /* a delivered flag: its false (0, no) was never delivered (t85 F5) */ };

/* The two values a cancellation's date is tallied as (status_bought): the dates themselves
 * would be a value a row. */
#define STAMP_SET "dated"
#define STAMP_NONE "blank"
#define STAMP_NULL "null date"   /* stamp_null's: said apart from a blank, as read so */

/* Is a cancellation's date s[0..n) a database's null date, no date: a year of 1900 or before
 * (Delphi's, Access's and Excel's day 0, 30.12.1899; SQL Server's default, 1900-01-01) or
 * 9999 (an open end, 9999-12-31)? t85 F19: an ERP's open orders held 30.12.1899 and every
 * line was read as cancelled. */
static int stamp_null(const char *s, size_t n)
{
	int y = first_year(s, n);   /* 0000-00-00 is a blank's, as it always was */
	return y > 0 && (y <= 1900 || y == 9999);
}

/* Is a cancellation's date s[0..n) set: a digit 1-9 in it, and no null date (stamp_null)?
 * Blank, a database's NULL (\N) and MySQL's zero date 0000-00-00 00:00:00 are an order not
 * cancelled. */
static int stamp_set(const char *s, size_t n)
{
	if (stamp_null(s, n))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (s[k] >= '1' && s[k] <= '9')
			return 1;
	return 0;
}

/* Is s[0..n) written as a date or a time stamp: a digit first, digits and the marks a date
 * is written with, one of - . / at least ("2024-04-19", "19.04.2024 10:30")? */
static int stamp_like(const char *s, size_t n)
{
	int marks = 0;
	if (n < 6 || n > 32 || !is_digit(s[0]))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (s[k] == '-' || s[k] == '.' || s[k] == '/')
			marks++;
		else if (!is_digit(s[k]) && s[k] != ':' && s[k] != ' ' && s[k] != 'T')
			return 0;
	return marks >= 2;
}

/* EV_BUY when an order of status s[0..n) was bought, EV_OTHER when it never was (cancelled,
 * failed...); a flag's true (Void?, Refunded?) is EV_OTHER or EV_RETURN as the flag says. */
static int status_class(const builder *in, const char *s, size_t n)
{
	if (in->status_flag == FLAG_STAMP)   /* status_bought's tally of it */
		return n == strlen(STAMP_SET) && memcmp(s, STAMP_SET, n) == 0 ?
		       in->stamp_return ? EV_RETURN : EV_OTHER : EV_BUY;
	if (in->voids && in_list(in->voids, s, n))   /* the analyst's word (t42 F1) */
		return EV_OTHER;
	s = status_unslug(s, &n);
	unsigned words = status_word(in, s, n);
	if (in->status_flag == FLAG_DONE)   /* a delivered flag: true or blank is bought */
		return words & W_FLAG_FALSE ? EV_OTHER : EV_BUY;
	if (in->status_flag > 0 && (words & W_FLAG_TRUE))
		return in->status_flag == FLAG_RETURN ? EV_RETURN : EV_OTHER;
	/* a flag's value past the batch that made it one may be a status (t44 #5b: decided on
	 * one batch, a later Cancelled must not be bought) */
	return void_status(s, n, words) ? EV_OTHER : EV_BUY;
}

/* A fulfilment's value: EV_OTHER when it is a void status (Canceled; the analyst's --void
 * too), else EV_BUY; fulfilled, pending or not fulfilled say nothing of the sale. */
static int fulfil_class(const builder *in, const char *s, size_t n)
{
	if (in->voids && in_list(in->voids, s, n))
		return EV_OTHER;
	s = status_unslug(s, &n);
	return void_status(s, n, known_word(s, n)) ? EV_OTHER : EV_BUY;
}

/* The row's order into key (size bytes): its invoice, or its customer and date when the file
 * has no invoice column. Its length, or 0 when there is none or it does not fit. */
static size_t order_key(const builder *in, const brec *q, const char *const f[F_N], char *key,
			size_t size)
{
	int by_user = in->rows->no_invoice;
	size_t a = q->len[by_user ? F_USER : F_INVOICE], b = by_user ? q->len[F_DATE] + 1 : 0;
	if (a + b == 0 || a + b >= size)
		return 0;
	memcpy(key, f[by_user ? F_USER : F_INVOICE], a);
	if (b) {
		key[a] = '\037';
		memcpy(key + a + 1, f[F_DATE], b - 1);
	}
	return a + b;
}

/* Was the order of a row bought (its status not cancelled, failed...)? Counted by status;
 * its class (status_class). A line with no status takes its order's from the line above of
 * the same order: the same invoice, or without an invoice column the same customer and
 * date. Not a flag's: its blank is false, and each line has its own. */
static int status_bought(builder *in, const brec *q, const char *const f[F_N], int ev)
{
	const char *s = f[F_STATUS];
	size_t n = q->len[F_STATUS];
	if (in->status_flag == FLAG_STAMP) {   /* each line its own, a date or none (t42 F3) */
		s = stamp_set(s, n) ? STAMP_SET : stamp_null(s, n) ? STAMP_NULL : STAMP_NONE;
		n = strlen(s);
	}
	char inv[sizeof in->order_inv];
	size_t inv_n = order_key(in, q, f, inv, sizeof inv);
	int same = inv_n && inv_n == in->order_inv_n && memcmp(inv, in->order_inv, inv_n) == 0;
	/* a flag's blank is false, and a blank the analyst names a value: its own (names_empty) */
	if (n == 0 && same && in->status_flag <= 0 && !names_empty(in, F_STATUS)) {
		s = in->order_status;
		n = in->order_status_n;
	} else if (inv_n < sizeof in->order_inv && n < sizeof in->order_status) {
		memcpy(in->order_inv, inv, inv_n);
		in->order_inv_n = inv_n;
		memcpy(in->order_status, s, n);
		in->order_status_n = n;
	} else {
		in->order_inv_n = 0;
	}
	int full = in->statuses.kinds == EVENT_KINDS && tally_find(&in->statuses, s, n) < 0;
	int cls = tally_class(in, &in->statuses, s, n, status_class);
	if (ev == EV_RETURN) {   /* on a credit note: its own status, not a void one (t42 F1) */
		int k = tally_find(&in->statuses, s, n);
		if (k >= 0)
			in->statuses.back[k]++;
	}
	/* a value past the tally's kinds is named too, when no word relrec knows (the tally's
	 * own are judged at the summary) */
	if (full && cls == EV_BUY && in->status_flag <= 0 && !status_placed(in, s, n))
		tally(&in->unplaced, s, n, 1);
	else if (full && in->status_bare && !in->status_known)   /* past the tally's kinds */
		in->status_known = cls != EV_BUY || status_bare_known(s, n);
	return cls;
}

/* Was the row's order cancelled by its fulfilment's status (t72 F9: Wix and Squarespace
 * record a cancellation there alone)? Tallied by value; a blank line of the same order
 * takes its order's verdict, as a status's blank does. */
static int fulfil_cancelled(builder *in, const brec *q, const char *const f[F_N])
{
	char key[sizeof in->fulfil_order];
	const char *s = f[F_FULFIL];
	size_t n = q->len[F_FULFIL], kn = order_key(in, q, f, key, sizeof key);
	if (n == 0 && kn && kn == in->fulfil_order_n && memcmp(key, in->fulfil_order, kn) == 0) {
		s = in->fulfil_value;
		n = in->fulfil_value_n;
	} else if (n && n < sizeof in->fulfil_value) {
		memcpy(in->fulfil_order, key, kn);
		in->fulfil_order_n = kn;
		memcpy(in->fulfil_value, s, n);
		in->fulfil_value_n = n;
	} else {
		in->fulfil_order_n = 0;
	}
	return n && tally_class(in, &in->fulfils, s, n, fulfil_class) == EV_OTHER;
}

/* Is status s[0..n) one relrec knows: a void or an offer (skipped), a bought one
 * (ingest_kept_statuses, whole or as its first word), a purchase, return or document word? Blank and
 * digits are placed too: a blank is its order's, and ids are status_ids_warn's. */
static int status_placed(const builder *in, const char *s, size_t n)
{
	size_t k = 0;   /* a row's field is not NUL-terminated (status_bought): no strspn */
	while (k < n && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k >= n)
		return 1;
	s = status_unslug(s, &n);
	unsigned w = status_word(in, s, n);
	if (void_status(s, n, w) || (w & (W_KEPT | W_PURCHASE | W_RETURN | W_OTHER_DOC)) ||
	    void_denied(s, n))
		return 1;   /* Odoo's Sales Order, a confirmed order, is a document's word */
	for (k = 0; k < n && s[k] != ' ' && s[k] != '\t'; k++)
		;
	return k > 0 && k < n && (known_word(s, k) & W_KEPT);
}

/* Where t keeps value s[0..n), or -1: not seen yet, or longer than t keeps (two long values
 * may share the kept prefix, so those are classified each time). */
/* Is value v (as tallied) s[0..n)? As written, or, past ASCII, as the word tables compare
 * (textfold: Hoàn thành in NFC and in NFD, a Mac's export merged with a Windows one, is one
 * status, not two: t41 N9). ASCII values stay as written (Completed, completed). */
static int same_value(const char *v, const char *s, size_t n)
{
	if (strncmp(v, s, n) == 0 && v[n] == '\0')
		return 1;
	int wide = 0;
	for (size_t k = 0; k < n && !wide; k++)
		wide = (unsigned char)s[k] >= 0x80;
	for (const char *c = v; *c && !wide; c++)
		wide = (unsigned char)*c >= 0x80;
	return wide && textfold_same(s, n, v, strlen(v));
}

static int tally_find(const event_tally *t, const char *s, size_t n)
{
	if (n >= sizeof t->value[0])
		return -1;
	for (int k = 0; k < t->kinds; k++)
		if (memcmp(t->value[k], s, n) == 0 && t->value[k][n] == '\0')
			return k;
	for (int k = 0; k < t->kinds; k++)
		if (same_value(t->value[k], s, n))
			return k;
	return -1;
}

/* Classify and count a row of value s[0..n) in t; returns its class. A value seen before
 * keeps the class it got then: an event log repeats a handful of values millions of times,
 * and comparing each with every known name was most of its load. */
static int tally_class(const builder *in, event_tally *t, const char *s, size_t n,
		       int (*classify)(const builder *, const char *, size_t))
{
	int k = tally_find(t, s, n);
	if (k < 0) {   /* a value not seen before, or past the kinds: which names it is */
		const char *lists[3] = {in->purchase, in->returns, in->voids};
		for (int j = 0; j < 3; j++)
			if (lists[j])
				list_match(lists[j], s, n, &t->named[j]);
	}
	return tally(t, s, n, k >= 0 ? t->purchase[k] : classify(in, s, n));
}

/* Count a row of value s[0..n) in t as buy (0: skipped, 1: kept, 2: kept as a return);
 * returns buy. */
static int tally(event_tally *t, const char *s, size_t n, int buy)
{
	size_t m = n < sizeof t->value[0] - 1 ? n : sizeof t->value[0] - 1;
	int k = 0;
	while (k < t->kinds && !same_value(t->value[k], s, m))
		k++;
	if (k == t->kinds && k < EVENT_KINDS) {
		memcpy(t->value[k], s, m);
		t->value[k][m] = '\0';
		t->purchase[k] = (unsigned char)buy;
		t->kinds++;
	}
	t->row_kind = k < t->kinds ? k : -1;
	if (k < t->kinds)
		t->n[k]++;
	else {
		t->other++;
		t->other_kept += buy != 0;
		if (!buy && !t->past_n) {
			memcpy(t->past, s, m);
			t->past[m] = '\0';
		}
		t->past_n += !buy && same_value(t->past, s, m);
	}
	t->kept += buy == 1;
	return buy;
}

/* A customer id of a column named as the buyers' tax id (in->tax_ids) read the one way, its
 * length into *n (idtwins_vat_key: 507-282-25-14 and PL5072822514 are 5072822514, t74 F27:
 * 30 buyers were 87), counted for the note; s itself when it is no such number. */
static const char *vat_key(builder *in, uint64_t line, const char *s, size_t *n, char *buf,
			   size_t size)
{
	size_t k = in->tax_ids && size > 2 ? idtwins_vat_key(s, *n, buf + 2, size - 2) : 0;
	if (!k || (k == *n && memcmp(buf + 2, s, k) == 0))
		return s;
	if (!in->tax_keyed++) {
		in->tax_line = line;
		sniff_printable(in->tax_first[0], sizeof in->tax_first[0], s, *n, 24);
		sniff_printable(in->tax_first[1], sizeof in->tax_first[1], buf + 2, k, 24);
	}
	/* the country prefix the key dropped is kept (its first two letters and digits, as
	 * written): DE123456789 and EL123456789 are two buyers; merge_vat_countries reads a
	 * number that one country alone writes as the number alone (t79 F13) */
	int prefixed = 0;
	for (size_t j = 0; j < *n; j++)
		prefixed += !memchr(" -./", s[j], 4);
	if ((size_t)prefixed == k + 2) {
		size_t c = 0;
		for (size_t j = 0; c < 2; j++)
			if (!memchr(" -./", s[j], 4))
				buf[c++] = (char)(s[j] >= 'a' && s[j] <= 'z' ? s[j] - 32 : s[j]);
		int gr = buf[0] == 'G' && buf[1] == 'R';
		idtwins_vat_prefix(buf);   /* GR094019245 is EL094019245 (t82 F3) */
		if (gr && buf[0] == 'E' && !in->tax_gr++)
			in->tax_gr_line = line;
		*n = k + 2;
		return buf;
	}
	*n = k;
	return buf + 2;
}

/* A customer id of a column named as the buyers' phone numbers (in->phone_ids) read the one
 * way, its length into *n (idtwins_phone_key: +49 171 6909973, 0049 1716909973 and 0171
 * 6909973 are 1716909973, t85 F18: 25 buyers were 104), counted for the note; s itself
 * when it is no such number. */
static const char *phone_key(builder *in, uint64_t line, const char *s, size_t *n, char *buf,
			     size_t size)
{
	size_t k = in->phone_ids ? idtwins_phone_key(s, *n, buf, size) : 0;
	if (!k || (k == *n && memcmp(buf, s, k) == 0))
		return s;
	if (!in->phone_keyed++) {
		in->phone_line = line;
		sniff_printable(in->phone_first[0], sizeof in->phone_first[0], s, *n, 24);
		sniff_printable(in->phone_first[1], sizeof in->phone_first[1], buf, k, 24);
	}
	*n = k;
	return buf;
}

/* A customer id as rows_customer_key keys it (an e-mail address lower-cased), counted. */
static const char *email_key(builder *in, const char *s, size_t n, char *buf)
{
	const char *k = rows_customer_key(s, n, buf);
	in->email_folded += k != s;
	return k;
}

/* The length of id s[0..n) without the ".0" of a number saved as a float ("13085.0",
 * "96385074.00": pandas writes an all-digit id column with blanks so, Excel does not), or 0
 * when it is no such number. The one rule of both roles: a customer's (id_without_float) and
 * an item's (merge_float_items). With a decimal comma (to_csv's decimal=',': "18074,0", t64
 * L6) one or two zeros only: three after a comma group thousands ("17,000" is 17000). */
static size_t float_digits(const char *s, size_t n)
{
	size_t d = 0;
	while (d < n && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d == 0 || d + 1 >= n || (s[d] != '.' && s[d] != ',') || (s[d] == ',' && n - d > 3))
		return 0;
	for (size_t k = d + 1; k < n; k++)
		if (s[k] != '0')
			return 0;
	return d;
}

/* The length of a customer id without the ".0" of a number saved as a float (float_digits),
 * so that an export joined with another that wrote 13085 has one customer, not two; counted
 * for the summary. */
static size_t id_without_float(builder *in, const char *s, size_t n)
{
	size_t d = float_digits(s, n);
	in->float_ids[0] += d > 0;
	return d ? d : n;
}

static int word_placeholder(const char *s, size_t n);

/* The placeholder of ingest_placeholder_ids that customer id s[0..n) is with a number after
 * it, as a shop or a till numbers its guest per order ("GUEST-000123", "guest_3", "Gast #7",
 * "Walk-in Customer 9", "CASH0011"): the word's length, without the separators before the
 * number, or 0. t63 F4: each was a customer of one order. Not a word of under four bytes
 * (NA-1234 may be a region's customer, "-5" is no word), not a name going on with letters
 * (Guesthouse 2), nor a matchcode with its digits (GAST01: Gast GmbH's, word_placeholder). */
static size_t numbered_placeholder(const char *s, size_t n)
{
	if (n < 5 || n > PLACEHOLDER_MAX || !is_digit(s[n - 1]) || is_digit(s[0]))
		return 0;
	/* the word for a number between them: Guest No. 12, Walk-in Nr 5, Гость № 7 */
	static const char *const number_words[] = {"no", "nr", "n\xC2\xBA", "n\xC2\xB0",
						   "\xE2\x84\x96", NULL};
	size_t d = n, w;
	while (d > 0 && is_digit(s[d - 1]))
		d--;
	for (w = d; w > 0 && memchr(" -_#./:", s[w - 1], 7); w--)
		;
	for (int k = 0; w < d && number_words[k]; k++) {
		size_t l = strlen(number_words[k]);
		if (w > l + 1 && s[w - l - 1] == ' ' && textfold_prefix(s + w - l, l, number_words[k],
									 l) == l) {
			for (w -= l; w > 0 && s[w - 1] == ' '; w--)
				;
			break;
		}
	}
	if (w < 4 || !(known_word(s, w) & W_PLACEHOLDER) || (w == d && word_placeholder(s, w)))
		return 0;
	return w;
}

/* The words for a customer that a placeholder's phrase puts after it or before it: "Cash Sale
 * Customer", "Walk-in Client", "Sundry Account", "Kunde Divers" (compared as header names are). */
static const char *const customer_nouns[] = {"customer", "customers", "client", "clients",
					     "account", "buyer", "kunde", "kunden", "cliente",
					     "clientes", "klant", "klanten", "kund", "klient",
					     "\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xB5\xD0\xBD\xD1\x82", NULL};

/* Is customer id s[0..n) a placeholder of ingest_placeholder_ids and a word for a customer,
 * after it or before it, a blank, '-' or '_' apart (NetSuite's "Cash Sale Customer", "Walk-in
 * Client", "Kunde Divers")? The placeholder whole, of four bytes or more, never a null's
 * word: "Johnny Cash Customer" and "Guesthouse Client" are someone's, and "NA Customer" may
 * be a region's. t64 F8: the cash sale entity was one real customer, silently. */
static int customer_phrase(const char *s, size_t n)
{
	size_t a = n, b = 0;
	while (a > 0 && !memchr(" -_", s[a - 1], 3))   /* the last word: s[a..n) */
		a--;
	while (b < n && !memchr(" -_", s[b], 3))       /* the first: s[0..b) */
		b++;
	if (b == n)
		return 0;
	size_t rest = a, from = b;   /* the placeholder: s[0..rest) or s[from..n), separators off */
	while (rest > 0 && memchr(" -_", s[rest - 1], 3))
		rest--;
	while (from < n && memchr(" -_", s[from], 3))
		from++;
	if (rest >= 4 && sniff_name_index(s + a, n - a, customer_nouns) >= 0 &&
	    (known_word(s, rest) & (W_PLACEHOLDER | W_NULL)) == W_PLACEHOLDER)
		return 1;
	return n - from >= 4 && sniff_name_index(s, b, customer_nouns) >= 0 &&
	       (known_word(s + from, n - from) & (W_PLACEHOLDER | W_NULL)) == W_PLACEHOLDER;
}

/* Whether customer id s[0..n) names nobody: a number of zeros or -1 (BigCommerce's guest
 * checkouts are customer 0), or one of ingest_placeholder_ids (Vend's WALKIN). Ids that
 * start with a digit 1-9 or hold an @ are not compared: most are, and this runs per row
 * (but for one of eight digits or more that starts with a repeated digit: a tax authority's
 * generic id, Colombia's 222222222222, t39 #4); nor are ids longer than the longest of the list
 * (PLACEHOLDER_MAX). */
static int placeholder_word_id(const char *s, size_t n)
{
	if (n == 0 || n > PLACEHOLDER_MAX ||
	    (s[0] >= '1' && s[0] <= '9' && (n < 8 || s[1] != s[0])))
		return 0;
	/* zeros, with a tax id's punctuation between them too: Brazil's CPF written
	 * 000.000.000-00 is as blank as 00000000000 (t79 F8: one customer of half the file) */
	size_t z = 0;
	while (z < n && (s[z] == '0' || (z > 0 && memchr(" .-/", s[z], 4))))
		z++;
	if (z == n || (n == 2 && s[0] == '-' && s[1] == '1'))
		return 1;
	if (memchr(s, '@', n))
		return 0;
	return (known_word(s, n) & (W_PLACEHOLDER | W_NULL)) != 0 || numbered_placeholder(s, n) ||
	       customer_phrase(s, n);
}

/* placeholder_word_id, or an id of a placeholder's form (placeform.h: noemail@noemail.com,
 * 999999; t72 F6), for every reader of ids as placeholders. */
static int placeholder_id(const char *s, size_t n)
{
	return placeholder_word_id(s, n) || placeform_match(s, n);
}

int ingest_placeholder(const char *s, size_t n)
{
	return placeholder_id(s, n);
}

/* Is s[0..n) one of list's "ID,..." (compared by textfold: --keep-id gast keeps GAST)? */
static int id_listed_scan(const char *list, const char *s, size_t n)
{
	for (const char *w = list; w && *w;) {
		size_t l = strcspn(w, ",");
		if (l && textfold_same(s, n, w, l))
			return 1;
		w += l + (w[l] == ',');
	}
	return 0;
}

static size_t id_zeros(const char *s, size_t n);

/* --keep-id's ids folded into in->keep_set, each once: a placeholder row looks its id up
 * there (t50 F8: the list was scanned and folded for each such row, and 9000 ids made a
 * 200000-row load of guest checkouts 25 s instead of 0.9); under --strip-zeros user, past
 * their leading zeros, as the ids are compared (t60 F6: 0000 kept only the rows written so,
 * and 00 and 0, one customer once stripped, were dropped). 0 or -1. */
static int keep_ids_set(builder *in)
{
	const char *list = in->keep_ids;
	if (!list || !*list)
		return 0;
	char *buf = malloc(strlen(list) + 1);
	in->keep_set = strtab_new();
	int rc = buf && in->keep_set ? 0 : -1;
	for (const char *w = list; !rc && *w;) {
		size_t l = strcspn(w, ",");
		size_t f = l ? textfold(buf, w, l) : 0,
		       z = in->strip & 1 ? id_zeros(buf, f) : 0;
		if (l && strtab_intern(in->keep_set, buf + z, f - z) == RR_NONE)
			rc = -1;
		w += l + (w[l] == ',');
	}
	free(buf);
	return rc ? err_set("out of memory reading --keep-id") : 0;
}

/* Is id s[0..n) one of --keep-id's, in any case (textfold)? */
static int id_listed(const builder *in, const char *s, size_t n)
{
	char f[RR_MAX_FIELD];
	if (!in->keep_set)
		return 0;
	size_t z = in->strip & 1 ? id_zeros(s, n) : 0;   /* as keep_ids_set holds them */
	s += z, n -= z;
	if (n > sizeof f)   /* longer than any field: as the list holds it */
		return id_listed_scan(in->keep_ids, s, n);
	return strtab_find(in->keep_set, f, textfold(f, s, n)) != RR_NONE;
}

/* Is id s[0..n) a word in capitals, as a B2B ERP writes a customer's matchcode (GAST,
 * MUELLER, PASSANT: Gast GmbH, a surname), Latin letters with no digit nor blank? */
static int matchcode_form(const char *s, size_t n)
{
	if (n < 2)
		return 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char b = (unsigned char)s[k];
		if (b == 0xC3 && k + 1 < n && (unsigned char)s[k + 1] >= 0x80 &&
		    (unsigned char)s[k + 1] <= 0x9E && (unsigned char)s[k + 1] != 0x97)
			k++;   /* Ä Ö Ü Å Æ É ... */
		else if (b < 'A' || b > 'Z')
			return 0;
	}
	return 1;
}

/* Is placeholder s[0..n) written as a matchcode (matchcode_form) and a word that is also a
 * surname or a firm's name (GAST: Gast GmbH; PASSANT), so that among matchcodes it may be a
 * customer's? GUEST, WALKIN, CASH are no one's matchcode: always a placeholder (t44 #12). */
static int word_placeholder(const char *s, size_t n)
{
	static const char *const names[] = {"gast", "passant", "kassa", "divers", "diverse",
					    "sundry", NULL};
	if (!matchcode_form(s, n))
		return 0;
	for (int k = 0; names[k]; k++)
		if (textfold_same(s, n, names[k], strlen(names[k])))
			return 1;
	return 0;
}

/* Does a customer of n invoices of all hold a walk-in's share: ten or more, a twentieth of
 * them or more, three times as many as second, the most of any other? One rule for a listed
 * placeholder among matchcodes (settle_word_ids) and an unlisted word (describe_walk_in):
 * t44 #7. */
static int walk_in_share(size_t n, size_t all, size_t second)
{
	return n >= 10 && n * 20 >= all && n >= 3 * second;
}

/* Hold placeholder s[0..n) as a customer for settle_word_ids; 1. */
static int hold_word(builder *in, const char *s, size_t n)
{
	if (!in->word_held++ && !in->placeholders)
		snprintf(in->word_first, sizeof in->word_first, "%.*s", (int)n, s);
	return 1;
}

/* A report grouped by customer writes the customer on a line of its own above that
 * customer's lines, whose customer is empty: they take it. The group line itself has no item
 * and is rejected as such (it may carry the group's opening figures). A name in the first
 * column starts its group wherever it stands: on its group line, or on the group's first
 * line as compact layouts write it (t18: the lines below were credited to the customer
 * before). A total line ends the group (build_row). 1 when the line took its customer. */
static int group_fill(builder *in, brec *q, const char *f[F_N])
{
	if (!in->group_user)
		return 0;
	if (q->len[F_USER] == 0) {
		if (!in->group_n)
			return 0;
		f[F_USER] = in->group;
		q->len[F_USER] = (uint32_t)in->group_n;
		return 1;
	}
	in->group_n = q->len[F_USER] < FILL_CAP ? q->len[F_USER] : 0;
	memcpy(in->group, f[F_USER], in->group_n);
	return 0;
}

/* The day of date text s[0..n): up to its first blank or ISO's T (the time a date carries may
 * be a line's own, seconds from its order's first line). */
static size_t day_len(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && s[k] != ' ' && !(k >= 8 && s[k] == 'T'))
		k++;
	return k;
}

/* The minutes since midnight of a time column's value s[0..n) (09:14, 9:14:39, 1:27 PM, 914,
 * 91439: date_time_digits' forms), or -1 when it is no such time. */
static int clock_minutes(const char *s, size_t n)
{
	char hhmm[DATE_TIME_DIGITS];
	size_t d = date_time_digits(s, n, hhmm), k = 0;
	if (d) {
		s = hhmm;
		n = d;
	}
	int h = 0;
	while (k < n && k < 2 && is_digit(s[k]))
		h = h * 10 + (s[k++] - '0');
	if (!k || n - k < 3 || s[k] != ':' || !is_digit(s[k + 1]) || !is_digit(s[k + 2]))
		return -1;
	int m = (s[k + 1] - '0') * 10 + (s[k + 2] - '0');
	for (k += 3; k < n && (is_digit(s[k]) || s[k] == ':' || s[k] == '.'); k++)
		;   /* seconds and their fraction */
	k += rr_span(s + k, n - k, " ");
	char ap = k < n ? (char)(s[k] | 0x20) : 0;   /* 1:27 PM: a 12-hour clock's */
	if (ap == 'p' && h < 12)
		h += 12;
	else if (ap == 'a' && h == 12)
		h = 0;
	else if (k < n && ap != 'p' && ap != 'a')
		return -1;
	return h < 24 && m < 60 ? h * 60 + m : -1;
}

/* Does a line of the invoice number above write a date of another day, or a time of its own
 * column other than the order's (order_fill's remembered)? A till's receipt numbers restart
 * each day, year or register: such a line is another sale, whose blank customer is a walk-in's
 * and never the line above's (t72 F3: 179 walk-in lines went to the customers who had used
 * the number a year before, 132 to another register's on the same day). */
static int fill_restarts(const builder *in, const fill_order *o, const brec *q,
			 const char *const f[F_N])
{
	size_t n = q->len[F_DATE], m = o->n[1];
	if (n && m) {
		size_t a = day_len(f[F_DATE], n), b = day_len(o->val[1], m);
		if (a != b || memcmp(f[F_DATE], o->val[1], a) != 0)
			return 1;
	}
	n = q->len[F_TIME];
	m = o->n[2];
	if (!n || !m)
		return 0;
	/* A time column holds each scanned line's own time (t76 F7). The receipts' rule
	 * (receipts_find): a pause of RECEIPTS_VISIT_MINUTES is the next visit; a shorter one
	 * keeps a tab's rounds one sale (t79 F5: rounds 25-50 minutes apart lost 685 of 1030
	 * lines), another customer's line of the number in it having made that line the order's
	 * own first (order_fill). Under one date, across midnight: a business date's night (t79
	 * F5: 23:55 then 00:03 was 1432 minutes apart). A file whose numbers of one day name two
	 * customers numbers several tills' receipts in step: a pause there is the other till's
	 * sale of the number (t72 F3), as receipts_find's pause with another customer in it. */
	int t = clock_minutes(f[F_TIME], n), u = clock_minutes(o->val[2], m);
	if (t >= 0 && u >= 0) {
		int gap = abs(t - u);
		gap = gap < 24 * 60 - gap ? gap : 24 * 60 - gap;
		return in->fill_shared ? gap > RECEIPTS_GAP_MINUTES : gap >= RECEIPTS_VISIT_MINUTES;
	}
	return n != m || memcmp(f[F_TIME], o->val[2], n) != 0;
}

/* Text s[0..n) hashed into h (FNV-1a), and a mark after it: the boundary of two fields. */
static uint64_t text_hash(uint64_t h, const char *s, size_t n)
{
	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 1099511628211u;
	return (h ^ 0x100u) * 1099511628211u;
}

/* Row q's store and till ids (F_TILL, F_TILL2) hashed: two tills number their receipts in
 * step, and a walk-in's lines at one are no member's at the other (t76 F2). */
static uint64_t fill_till(const brec *q, const char *const f[F_N])
{
	uint64_t h = 14695981039346656037u;
	for (int t = F_TILL; t <= F_TILL2; t++)
		h = text_hash(h, f[t], q->len[t]);
	return h;
}

/* The open order of number s[0..n) at till key till (tilled: of a till written), made the
 * current one (fill_at), 1; or 0, with a slot for a new order made current when n > 0: its
 * own slot when it is closed (FILL_AGE, FILL_AGE_TILL), else the one of its FILL_WAYS named
 * longest ago; -1 when its own slot was closed by age, -2 when it was closed for another's
 * (the caller counts its lost lines). */
static uint64_t fill_key(uint64_t till, const char *s, size_t n)
{
	uint64_t h = till;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 1099511628211u;
	return h;
}

/* Was the order of key h closed for room (fill_find)? Then its record is dropped: 1. */
static int fill_was_evicted(builder *in, uint64_t h)
{
	for (int k = 0; k < FILL_EVICTED; k++)
		if (in->evicted[k] == h && h) {
			in->evicted[k] = 0;
			return 1;
		}
	return 0;
}

static int fill_find(builder *in, const char *s, size_t n, uint64_t till, int tilled)
{
	if (!n)
		return 0;
	uint64_t h = fill_key(till, s, n), age = tilled ? FILL_AGE_TILL : FILL_AGE;
	int base = (int)(h % (FILL_ORDERS / FILL_WAYS)) * FILL_WAYS, old = base, found = 0;
	for (int at = base; at < base + FILL_WAYS; at++) {
		const fill_order *o = &in->orders[at];
		if (o->used && o->inv_n == n && o->till == till && memcmp(o->inv, s, n) == 0) {
			old = at;
			found = in->fill_clock - o->used <= age ? 1 : -1;
			break;
		}
		if (o->used < in->orders[old].used)
			old = at;
	}
	const fill_order *o = &in->orders[old];
	if (!found && o->used && (o->n[0] || o->lost >= 2) && in->fill_clock - o->used <= age) {
		in->fill_evicted += o->n[0] != 0;   /* an open order closed for this one's */
		in->evicted[in->evicted_at++ % FILL_EVICTED] = fill_key(o->till, o->inv, o->inv_n);
	}
	if (!found && fill_was_evicted(in, h))
		found = -2;
	in->fill_at = old;
	in->orders[old].used = ++in->fill_clock;
	return found;
}

/* The one open order of number s[0..n) at a till written (FILL_AGE_TILL), or NULL when there
 * is none or two (tills numbering in step: whose a blank till's line is, none can tell). */
static const fill_order *fill_till_open(const builder *in, const char *s, size_t n)
{
	const fill_order *one = NULL;
	for (int k = 0; k < FILL_ORDERS; k++) {
		const fill_order *o = &in->orders[k];
		if (!o->used || !o->tilled || in->fill_clock - o->used > FILL_AGE_TILL ||
		    o->inv_n != n || memcmp(o->inv, s, n) != 0)
			continue;
		if (one)
			return NULL;
		one = o;
	}
	return one;
}

/* Row q's till ids are blank: it takes those of the line above (the current order, fill_at)
 * when that is of its invoice number s[0..n): a till export writes the receipt's Till on its
 * first line only, as its customer (t79 F3: 579 of 879 lines went to no one); else, in a file
 * that writes tills, those of the one open order of its number (fill_till_open: tills' lines
 * written between each other, each numbering its own receipts apart, t82 F9). The till key to
 * find its order by. */
static uint64_t fill_till_above(builder *in, brec *q, const char *f[F_N], const char *s,
				size_t n, uint64_t till)
{
	const fill_order *o = &in->orders[in->fill_at];
	if (q->len[F_TILL] || q->len[F_TILL2] || !n || !o->used || !o->tilled)
		return till;
	if (o->inv_n != n || memcmp(o->inv, s, n) != 0)
		o = fill_till_open(in, s, n);
	if (!o)
		return till;
	for (int i = 0; i < 2; i++) {
		f[F_TILL + i] = o->till_val[i];
		q->len[F_TILL + i] = (uint32_t)o->till_n[i];
	}
	return o->till;
}

/* Line q of open order o: may it take o's customer? A file that writes the customer on an
 * order's first line only never writes it again below the lines that took it; one that does
 * (a member's receipt named on every line) has blank lines of others' sales under the same
 * number, a walk-in's at another till (t76 F2: 378 walk-ins' lines went to members). So the
 * fill holds while the orders that wrote a customer again are at most a tenth of those
 * whose blank lines took one. Counted here: 0, or -1 when q must take nothing (counted in
 * fill_refused). */
static int fill_judge(builder *in, fill_order *o, const brec *q, const char *const f[F_N])
{
	if (q->len[F_USER]) {   /* another customer: another sale of the number (t79 F4) */
		int again = q->len[F_USER] == o->n[0] && memcmp(f[F_USER], o->val[0], o->n[0]) == 0;
		if (o->took && again && !o->renamed++)
			in->fill_contra++;
		return 0;
	}
	if (!o->n[0] || o->lost)
		return 0;
	/* decided at the order's first blank line; every order counted, refused or not, so that
	 * the first few decide nothing for the file, and on more than half (t79 F4: a card shown
	 * again at payment on 1 of 8 refused the next 656 lines; 1 in 5 receipts shows it) */
	if (!o->took++) {
		o->refused = in->fill_contra * 2 > in->fill_proof;
		in->fill_proof++;
	}
	if (o->refused) {
		if (!in->fill_refused++) {
			in->fill_refused_line = q->line;
			in->contra_at = in->fill_contra;
			in->proof_at = in->fill_proof - 1;   /* the orders it was decided on */
		}
		return -1;
	}
	return 0;
}

/* Row line of an order's number with no customer took none: its order was another sale
 * (lost 1: fill_restarts) or closed (2: fill_find's age, 3: for room). Counted for notes. */
static void fill_lost(builder *in, int lost, uint64_t line)
{
	size_t *n = lost == 1 ? &in->fill_restart : lost == 2 ? &in->fill_aged : &in->evicted_rows;
	uint64_t *first = lost == 1 ? &in->fill_restart_line : lost == 2 ? &in->fill_aged_line :
			  &in->evicted_line;
	if (!(*n)++)   /* each row lost so, not each restart */
		*first = line;
}

/* A line of the same invoice as the line above with no customer, date, time or country takes
 * that line's: Shopify writes an order's fields on its first line only, and its other lines
 * were rejected for their empty date. A line with nothing naming its order (no invoice, no
 * customer, no date) takes the order of the line above too: Odoo leaves the order's
 * reference blank on its other lines as well (a pivot table's labels, written only where
 * they change, label_fill has filled already, each on its own). A line with no customer but
 * its own date, in a file without invoices, stays a guest's; so do Online Retail's blank
 * customers, whose blanks span whole invoices.
 * Values past FILL_CAP bytes are not remembered. The fields the line took, a bit each
 * (1 << k for order_fields[k]). */
static int order_fill(builder *in, brec *q, const char *f[F_N])
{
	int has_inv = !in->rows->no_invoice;
	size_t n = q->len[F_INVOICE];
	int bare = n == 0 && q->len[F_USER] == 0 && q->len[F_DATE] == 0, took = 0;
	if (in->session_invoice || n >= FILL_CAP || (bare && !in->fill_ok)) {
		in->fill_ok = 0;
		return 0;
	}
	uint64_t till = fill_till_above(in, q, f, f[F_INVOICE], n, fill_till(q, f));
	int same = fill_find(in, f[F_INVOICE], n, till, q->len[F_TILL] || q->len[F_TILL2]);
	fill_order *o = &in->orders[in->fill_at];
	if (same == -2) {   /* its order closed for room: a new one, of no customer */
		same = 0;
		o->lost = q->len[F_USER] ? 0 : 3;
	} else if (same) {   /* 1 another sale, 2 its order closed: its own values remembered */
		int lost = fill_restarts(in, o, q, f) ? 1 : same < 0 ? 2 : 0;
		if (lost) {
			same = 0;
			o->lost = !q->len[F_USER] && (o->n[0] || o->lost) ? lost : 0;
		}
	} else if (!bare) {
		o->lost = 0;
	}
	if (q->len[F_USER])
		o->lost = 0;
	else if (o->lost)
		fill_lost(in, o->lost, q->line);
	if (same && fill_judge(in, o, q, f) != 0)
		return 0;
	if (bare && has_inv) {
		f[F_INVOICE] = o->inv;
		q->len[F_INVOICE] = (uint32_t)o->inv_n;
	}
	if (!bare && !same) {
		memcpy(o->inv, f[F_INVOICE], n);
		o->inv_n = n;
		o->till = till;
		o->tilled = q->len[F_TILL] || q->len[F_TILL2];
		for (int i = 0; i < 2; i++) {   /* memmove: a line's own till may be the slot's */
			o->till_n[i] = q->len[F_TILL + i] < FILL_CAP ? q->len[F_TILL + i] : 0;
			memmove(o->till_val[i], f[F_TILL + i], o->till_n[i]);
		}
		o->took = o->renamed = o->refused = 0;
		in->fill_ok = has_inv ? n > 0 : 1;
	}
	for (int k = 0; k < ORDER_FIELDS; k++) {
		int t = order_fields[k];
		if ((same || bare) && q->len[t] == 0 && o->n[k]) {
			f[t] = o->val[k];
			q->len[t] = (uint32_t)o->n[k];
			took |= 1 << k;
			in->fill_doubt += k == 0 && in->fill_shared && !o->tilled;
		} else if (!same || q->len[t]) {
			size_t m = q->len[t] < FILL_CAP ? q->len[t] : 0;
			memcpy(o->val[k], f[t], m);
			o->n[k] = m;
		}
	}
	return took;
}

/* Does the analyst name the empty value (- or (empty)) of column col (F_EVENT, F_STATUS) as
 * a value of its own: --purchase, --return or --void, the lists that judge it (an event
 * column's all three; a status column's --void, and --purchase and --return too when there
 * is no event column for them)? Then an empty value is a line's own (a flag column: iiko's
 * Deletion Type, empty on the dishes sold), never the line above's taken down: the one rule
 * of event_fill and status_bought (t59 F18: relrec's own "--purchase -" skipped the 11 sold
 * lines below a deleted one in their orders, as an event and then as a status). */
static int names_empty(const builder *in, int col)
{
	int all = col == F_EVENT || !in->has_event;
	const char *lists[3] = {all ? in->purchase : NULL, all ? in->returns : NULL, in->voids};
	for (int k = 0; k < 3; k++)
		if (lists[k] && in_list(lists[k], "", 0))
			return 1;
	return 0;
}

/* A line with no event (a document type) whose own invoice is the line above's takes that
 * line's, as its customer, date and status do (t44 #5: Belegart written on an invoice's first
 * line only, its other lines were skipped as no known document type). Not a line that names
 * no invoice of its own (a subtotal's, t36 f251: its blank type stays skipped), nor an event
 * log's session. own_inv: the line wrote its invoice (before order_fill). */
static void event_fill(builder *in, brec *q, const char *f[F_N], int own_inv)
{
	size_t n = q->len[F_INVOICE], e = q->len[F_EVENT];
	if (!in->has_event || in->session_invoice || in->rows->no_invoice || names_empty(in, F_EVENT))
		return;
	int same = own_inv && n && n == in->event_inv_n && !memcmp(f[F_INVOICE], in->event_inv, n);
	if (!e && same) {
		if (in->event_val_n) {
			f[F_EVENT] = in->event_val;
			q->len[F_EVENT] = (uint32_t)in->event_val_n;
			in->event_took++;
		}
		return;
	}
	if (!own_inv || n >= sizeof in->event_inv || e >= sizeof in->event_val) {
		in->event_inv_n = 0;
		return;
	}
	memcpy(in->event_inv, f[F_INVOICE], n);
	in->event_inv_n = n;
	memcpy(in->event_val, f[F_EVENT], e);
	in->event_val_n = e;
}

/* Does record c write another store's or till's id (F_TILL, F_TILL2) than those of *t, the
 * run's so far? A blank id is the run's (a till export writes the receipt's Till on its first
 * line only); an id written where the run's is blank becomes the run's. */
static int other_till(const batch *b, const brec **t, const brec *c)
{
	for (int k = F_TILL; k <= F_TILL2; k++) {
		const brec *p = t[k - F_TILL];
		if (!c->len[k])
			continue;
		if (!p->len[k])
			t[k - F_TILL] = c;
		else if (p->len[k] != c->len[k] ||
			 memcmp(b->bytes + p->off[k], b->bytes + c->off[k], c->len[k]) != 0)
			return 1;
	}
	return 0;
}

/* The end of the run of lines to build of one invoice that starts at record a of batch b:
 * a + 1 when a writes no invoice or is rejected already. A line of the number at another
 * till ends it: tills number their receipts in step, and in a busy store's journal the lines
 * of two tills' receipts of one number follow each other (t82 F9: with 50 tills, a receipt's
 * line above another till's first line of its number took that receipt's date and card). */
static size_t order_run_end(const batch *b, size_t a)
{
	const brec *q = &b->rec[a], *till[2] = {q, q};
	const char *inv = b->bytes + q->off[F_INVOICE];
	size_t n = q->len[F_INVOICE], e = a + 1;
	if (q->why >= 0 || n == 0)
		return e;
	while (e < b->n && b->rec[e].why < 0 && b->rec[e].len[F_INVOICE] == n &&
	       memcmp(b->bytes + b->rec[e].off[F_INVOICE], inv, n) == 0 &&
	       !other_till(b, till, &b->rec[e]))
		e++;
	return e;
}

/* Does record q write any of its order's fields (order_fields)? */
static int writes_order(const brec *q)
{
	for (int k = 0; k < ORDER_FIELDS; k++)
		if (q->len[order_fields[k]])
			return 1;
	return 0;
}

/* May field t's blank take its order's value from a line below? Not a flag's status (its
 * blank is false: each line its own), nor a blank the analyst names a value (names_empty);
 * the same rules as the fill down's (status_bought, event_fill). */
static int up_field_ok(const builder *in, int t)
{
	if (t == F_STATUS)
		return in->has_status && in->status_flag <= 0 && in->status_pending <= 0 &&
		       !names_empty(in, F_STATUS);
	if (t == F_EVENT)
		return in->has_event && !names_empty(in, F_EVENT);
	return 1;
}

/* A record's invoice number and day, and its customer, hashed (batch_shared): inv 0 is an
 * empty slot of the open-addressing table, so a hash of 0 is taken as 1. */
typedef struct inv_user {
	uint64_t inv, user;
} inv_user;

/* Are records p and c of one invoice number, day and till, and one customer, byte for byte?
 * Most lines follow a line of their own invoice: those are no news to batch_shared. */
static int same_inv_user(const char *x, const brec *p, const brec *c)
{
	static const int keys[] = {F_INVOICE, F_USER, F_TILL, F_TILL2};
	for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		int t = keys[k];
		if (p->len[t] != c->len[t] || memcmp(x + p->off[t], x + c->off[t], p->len[t]) != 0)
			return 0;
	}
	size_t n = day_len(x + p->off[F_DATE], p->len[F_DATE]);
	return n == day_len(x + c->off[F_DATE], c->len[F_DATE]) &&
	       memcmp(x + p->off[F_DATE], x + c->off[F_DATE], n) == 0;
}

/* Does an invoice number of one day name two customers among batch b's lines? Then several
 * tills number their receipts in step in one file (t79 F4's two tills without a Till column:
 * a walk-in's receipt and a member's of one number within minutes), where a line cannot tell
 * whose receipt a blank customer is from below, nor after a pause. An open-addressing table
 * of the numbers' first customers, a line like the line before it skipped: this runs on every
 * batch of every file until it says yes (it was a sort, a twentieth of a load). Out of
 * memory: 0. */
static int batch_shared(const batch *b)
{
	size_t cap = 64;
	while (cap < 2 * b->n)
		cap <<= 1;
	inv_user *v = calloc(cap, sizeof *v);
	const brec *p = NULL;
	int shared = 0;
	for (size_t k = 0; v && k < b->n && !shared; k++) {
		const brec *q = &b->rec[k];
		const char *x = b->bytes;
		if (q->why >= 0 || !q->len[F_INVOICE] || !q->len[F_USER])
			continue;
		if (p && same_inv_user(x, p, q))
			continue;
		p = q;
		uint64_t h = text_hash(14695981039346656037u, x + q->off[F_INVOICE], q->len[F_INVOICE]);
		h = text_hash(h, x + q->off[F_DATE], day_len(x + q->off[F_DATE], q->len[F_DATE]));
		for (int t = F_TILL; t <= F_TILL2; t++)
			h = text_hash(h, x + q->off[t], q->len[t]);
		h += !h;
		uint64_t u = text_hash(14695981039346656037u, x + q->off[F_USER], q->len[F_USER]);
		size_t s = (size_t)(h ^ h >> 29) & (cap - 1);
		while (v[s].inv && v[s].inv != h)
			s = (s + 1) & (cap - 1);
		if (!v[s].inv)
			v[s] = (inv_user){h, u};
		else
			shared = v[s].user != u;
	}
	free(v);
	return shared;
}

/* Do batch b's first lines continue the order of the last line built (the batch before's),
 * which wrote or took its fields? Then they are below their order's first line, and take its
 * fields down (order_fill), never up from another sale of the number below them (t79 F2: six
 * lines of an oldest-first till export, one at each batch's start, went to the other till's
 * receipt of their number). */
static int continues_above(const builder *in, const batch *b)
{
	const brec *q = &b->rec[0];
	size_t n = q->len[F_INVOICE];
	return in->up_last_has && q->why < 0 && n && n == in->up_last_n &&
	       memcmp(b->bytes + q->off[F_INVOICE], in->up_last, n) == 0;
}

/* Are records p and c of one receipt: the same day, within RECEIPTS_GAP_MINUTES by their time
 * column (or the same date and time of day as written without one), the same till? */
static int same_visit(const batch *b, const brec *p, const brec *c)
{
	const char *x = b->bytes;
	size_t n = p->len[F_DATE], m = c->len[F_DATE];
	if (!n || day_len(x + p->off[F_DATE], n) != day_len(x + c->off[F_DATE], m) ||
	    memcmp(x + p->off[F_DATE], x + c->off[F_DATE], day_len(x + p->off[F_DATE], n)) != 0)
		return 0;
	for (int t = F_TILL; t <= F_TILL2; t++)
		if (p->len[t] && c->len[t] && (p->len[t] != c->len[t] ||
					       memcmp(x + p->off[t], x + c->off[t], p->len[t]) != 0))
			return 0;
	if (!p->len[F_TIME] || !c->len[F_TIME])   /* a day alone may be two visits of one day */
		return n == m && memcmp(x + p->off[F_DATE], x + c->off[F_DATE], n) == 0 &&
		       rr_cspan(x + p->off[F_DATE], n, ":") < n;
	int t = clock_minutes(x + p->off[F_TIME], p->len[F_TIME]),
	    u = clock_minutes(x + c->off[F_TIME], c->len[F_TIME]);
	return t >= 0 && u >= 0 && abs(t - u) <= RECEIPTS_GAP_MINUTES;
}

/* The dated lines [w, e) of one invoice above the first that names the customer, each of
 * its visit (same_visit), take that customer (UP_CARD): a card scanned at payment names the
 * receipt's last line only (t79 F11). The lines above w take it with the order's fields. */
static void card_up(batch *b, size_t w, size_t e)
{
	size_t c = w;
	while (c < e && !b->rec[c].len[F_USER])
		c++;
	for (size_t r = w; c < e && r < c; r++) {
		brec *q = &b->rec[r];
		if (!q->up && same_visit(b, q, &b->rec[c])) {
			q->up = (uint8_t)(1u << UP_CARD);
			q->up_from = (uint32_t)(c - r);
		}
	}
}

/* The lines of one invoice above the first of its lines that writes any of the order's
 * fields (customer, date, time, country), none of which writes one, take that line's blank
 * up_fields from it (brec.up, read by order_take_up): an export that writes an order's fields
 * on its first line only (Shopify's), sorted newest first, lists the first line after the
 * others (t74 F23: 574 of 874 lines were rejected for their empty date). Only consecutive
 * lines of the invoice, in one batch (builder_hand holds an order's last lines back for the
 * next); below the order's first line the fill is order_fill's, down, as ever: a line that
 * writes its own fields, a walk-in's blank customer on a dated line, keeps them. */
static void order_fill_up(builder *in, batch *b)
{
	int ok[UP_FIELDS];
	if (in->rows->no_invoice || in->session_invoice)
		return;
	if (!in->fill_shared)
		in->fill_shared = batch_shared(b);
	for (int k = 0; k < UP_FIELDS; k++)
		ok[k] = up_field_ok(in, up_fields[k]);
	for (size_t a = 0, e; a < b->n; a = e) {
		size_t w = a;
		e = order_run_end(b, a);
		if (a == 0 && continues_above(in, b))
			continue;   /* the order's first line ends the batch before: filled down */
		while (w < e && !writes_order(&b->rec[w]))
			w++;
		if (!in->fill_shared)
			card_up(b, w, e);
		for (size_t r = a; w < e && r < w; r++) {
			brec *q = &b->rec[r];
			for (int k = 0; k < UP_FIELDS; k++)
				if (ok[k] && !q->len[up_fields[k]] && b->rec[w].len[up_fields[k]])
					q->up |= (uint8_t)(1u << k);
			q->up_from = (uint32_t)(w - r);
		}
	}
}

/* Row q (a copy of record rec, whose fields f points at) takes the fields order_fill_up
 * marked from the record below that writes them. */
static void order_take_up(brec *q, const char *f[F_N], const brec *rec, const char *x)
{
	const brec *src = rec + rec->up_from;
	for (int k = 0; k < UP_FIELDS; k++)
		if (rec->up >> k & 1) {
			f[up_fields[k]] = x + src->off[up_fields[k]];
			q->len[up_fields[k]] = src->len[up_fields[k]];
		}
	if (rec->up >> UP_CARD & 1) {
		f[F_USER] = x + src->off[F_USER];
		q->len[F_USER] = src->len[F_USER];
	}
}

/* Whether a record names an item: a pivot's subtotal and grand total lines name none, and
 * take no part in its labels' filling down. A line with a description and no code names
 * one too: it is a product without a SKU (rejected later, empty stock code, unless something
 * names it), and when it is its order's first line, the labels it writes are the order's
 * other lines' (skipped, they took the order above's: e42). */
static int names_item(const brec *q)
{
	return q->why < 0 && (q->len[F_ITEM] || q->len[F_ITEM_ALT] || q->len[F_DESC]);
}

/* Which label columns of a grouped or pivot layout are filled down, decided from the first
 * batch's lines that name an item (labelfill_decide). Out of memory: none are. */
#define LABEL_SAMPLE 1024
static void labels_decide(builder *in, const batch *b)
{
	labelfill *lf = &in->labels;
	if (lf->n == 0)
		return;
	size_t most = (b->n < LABEL_SAMPLE ? b->n : LABEL_SAMPLE) * (size_t)lf->n + 1;
	const char **s = malloc(most * sizeof *s);
	size_t *len = malloc(most * sizeof *len), lines = 0;
	for (size_t k = 0; s && len && k < b->n && lines < LABEL_SAMPLE; k++) {
		const brec *q = &b->rec[k];
		if (!names_item(q))
			continue;
		for (int c = 0; c < lf->n; c++) {
			s[lines * (size_t)lf->n + (size_t)c] = b->bytes + q->off[in->label_field[c]];
			len[lines * (size_t)lf->n + (size_t)c] = q->len[in->label_field[c]];
		}
		lines++;
	}
	if (s && len)
		labelfill_decide(lf, lines, s, len);
	free(s);
	free(len);
}

/* A status column whose name does not say status is a flag when the values of the first batch
 * that holds one are all flag values (ingest_flag_true, ingest_flag_false: blanks too); else it
 * is read as an order's status. in->status_pending is FLAG_RETURN or FLAG_VOID beforehand, as
 * its name says, when it is a flag, FLAG_STAMP when the name is a date's (cancelled_at): that
 * stays one (in->status_flag from the start), blank or not, unless its values are a flag's. A
 * batch of blanks alone decides nothing: both readings keep a blank line, and a void flag marks
 * few lines (t44 #5b: an x/blank Void column whose first x came after the first batch was read
 * as a status, its x lines kept as purchases). */
static void status_decide(builder *in, const batch *b)
{
	int written = 0, dated = 0, kind = in->status_pending;
	if (kind <= 0)
		return;
	for (size_t k = 0; k < b->n; k++) {
		const brec *q = &b->rec[k];
		const char *s = b->bytes + q->off[F_STATUS];
		size_t n = q->len[F_STATUS];
		if (q->why >= 0 || n == 0)
			continue;
		if (known_word(s, n) & (W_FLAG_TRUE | W_FLAG_FALSE))
			written = 1;
		else if ((kind == FLAG_VOID || kind == FLAG_RETURN) && stamp_like(s, n))
			dated = 1;
		else
			written = dated = -1;
		if (written < 0 || (written && dated)) {
			in->status_pending = 0;   /* a stamp stays one: status_column set it */
			return;
		}
	}
	if (dated) {   /* t82 F11: Cancelled, Отменен, Retoure = the day it happened */
		in->status_flag = FLAG_STAMP;
		in->stamp_return = kind == FLAG_RETURN;
		in->status_pending = 0;
	} else if (written) {
		in->status_flag = kind == FLAG_STAMP ? FLAG_VOID : kind;
		in->status_pending = 0;
	}
}

/* Is status s[0..n) one a bare fallback name's column is read for: void or bought (whole or
 * as its first word)? */
static int status_bare_known(const char *s, size_t n)
{
	s = status_unslug(s, &n);
	unsigned w = known_word(s, n);
	size_t first = 0;   /* the fields are not NUL-terminated: no strcspn */
	while (first < n && s[first] != ' ' && s[first] != '\t')
		first++;
	return void_status(s, n, w) || (w & W_KEPT) || void_denied(s, n) ||
	       (first > 0 && first < n && (known_word(s, first) & W_KEPT));
}

/* A status column under a bare fallback name (Estado, Situação, Stato, Statut, État), no
 * flag: read as the status only when one of its values is a status relrec knows, bought or
 * void (status_bare_known); else it is left unused. Such names are also an address's state
 * (t41 N4: Estado = Jalisco, Nuevo León; Estado = SP, PA was read as the order status, and the
 * warning proposed filtering the file by state). Decided after the last row, on every value
 * (t44 #1: decided on the first batch, an export sorted by status whose first 256 rows held
 * Aprobado alone, a word relrec lacks, lost its column, and 800 Cancelado rows further down
 * were counted as purchases). The rows were read with it meanwhile: a column none of whose
 * values is known holds no void one, so no row was skipped for it. */
static void status_bare_settle(builder *in)
{
	const event_tally *t = &in->statuses;
	if (!in->status_bare || in->status_flag > 0 || in->status_known)
		return;
	int written = t->other != 0;
	for (int k = 0; k < t->kinds && !in->status_known; k++) {
		size_t n = strlen(t->value[k]);
		written |= n != 0;
		in->status_known = n && ((in->voids && in_list(in->voids, t->value[k], n)) ||   /* --void's: a status */
					   status_bare_known(t->value[k], n));
	}
	in->status_unread = written && !in->status_known;
}

/* What the first batch decides before its rows are built: the labels a grouped or pivot
 * layout fills down, and whether a mapped status column is a flag, or a status at all. */
/* An event column taken by its name whose first batch holds payment words (Cash, Card) and
 * bare Credit or Debit beside them, and no other value, says how each sale was paid: its
 * Credit and Debit are the card's type, purchases (in->tender_signs; t73 F9: Credit was read
 * as returns and Debit skipped, a third of the sales each). A Sale or a Refund among them
 * keeps the words' own reading. */
static void tender_decide(builder *in, const batch *b)
{
	size_t paid = 0, signs = 0;
	if (!in->has_event || !in->paid_buys || in->doc_event || in->purchase || in->returns)
		return;
	for (size_t k = 0; k < b->n; k++) {
		const brec *q = &b->rec[k];
		const char *s = b->bytes + q->off[F_EVENT];
		size_t n = q->len[F_EVENT];
		int p = -1;
		if (q->why >= 0 || !n)
			continue;
		if (sign_side(s, n, &p) >= 0 && sign_spelled(p))
			signs++;
		else if (event_class(in, s, n) == EV_OTHER && paid_word(in, s, n))
			paid++;
		else
			return;
	}
	in->tender_signs = paid > 0 && signs > 0;
}

/* An event column whose first batch holds an item ledger's stock entry (ingest_stock_entries:
 * Transfer, Positive Adjmt.) or a supplier's document (Purchase) beside its sales, most of
 * them of a quantity written below 0, or of sales alone, most below 0 at a line total above
 * it (ledger_paid), is
 * an item ledger (Business Central's Item Ledger Entries, t83 F19: a Sale of -3 is 3 units
 * sold, a Sale of +1 a unit back): its Sale rows are read with their sign turned (ledger_sign).
 * Not with --purchase or --return, which name the rows themselves. */
/* Has the row q a line total written above 0: a digit other than 0, no minus, no
 * accounting bracket? */
static int ledger_paid(const batch *b, const brec *q)
{
	const char *a = b->bytes + q->off[F_AMOUNT];
	size_t n = q->len[F_AMOUNT];
	int above = 0;
	for (size_t i = 0; i < n; i++) {
		if (a[i] == '-' || a[i] == '(')
			return 0;
		above |= a[i] >= '1' && a[i] <= '9';
	}
	return above;
}

static void ledger_decide(builder *in, const batch *b)
{
	size_t stock = 0, neg = 0, sales = 0, paid = 0;
	if (!in->has_event || in->purchase || in->returns || in->rows->no_qty)
		return;
	for (size_t k = 0; k < b->n; k++) {
		const brec *q = &b->rec[k];
		const char *v = b->bytes + q->off[F_EVENT];
		size_t n = q->len[F_EVENT];
		if (q->why >= 0 || !n)
			continue;
		if (event_word(in, v, n) & (W_STOCK | W_SUPPLIER))
			stock++;
		else if (q->len[F_QTY] && event_class(in, v, n) == EV_BUY) {
			sales++;
			neg += b->bytes[q->off[F_QTY]] == '-';
			paid += b->bytes[q->off[F_QTY]] == '-' && ledger_paid(b, q);
		}
	}
	/* or sales alone (the page filtered on Sale, t89 F5), most of them below 0 at an
	 * amount above it: goods out, paid for */
	in->stock_ledger = (stock > 0 && neg * 2 > sales) || (sales >= 5 && paid * 2 > sales);
}

/* An item ledger's Sale row (stock_ledger) of quantity *qty and price *price as read: below 0
 * a sale of that many, above 0 a return (its amount below 0, the sale's sign). Its event. */
static int ledger_sign(builder *in, int ev, double *qty, double *price)
{
	if (!in->stock_ledger || ev != EV_BUY)
		return ev;
	if (*qty > 0) {
		in->ledger_returns++;
		return EV_RETURN;
	}
	in->ledger_sales++;
	*qty = -*qty;
	*price = fabs(*price);
	return ev;
}

/* The letters that begin document number s[0..n) before a digit, alone or after one
 * separator, digits and separators after them ("Q-1001", "ANG-2024-01", "INV1001", "RE
 * 2024/5"; not a random id's "Q429Y9PD", Clover's): their length, else 0. */
static size_t doc_prefix(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && i < 12 && isalpha((unsigned char)s[i]))
		i++;
	size_t j = i < n && strchr("-/_ .#", s[i]) ? i + 1 : i;
	if (!i || i >= 12 || j >= n || !is_digit(s[j]))
		return 0;
	while (j < n && (is_digit(s[j]) || strchr("-/_ .", s[j])))
		j++;
	return j == n ? i : 0;
}

enum { PREFIX_NONE, PREFIX_QUOTE, PREFIX_INVOICE };
/* What document number s[0..n)'s prefix says it is (ingest_quote_prefixes, the offers' words;
 * ingest_invoice_prefixes, the sales' words); *m its length. */
static int doc_prefix_kind(const char *s, size_t n, size_t *m)
{
	*m = doc_prefix(s, n);
	unsigned w = *m ? known_word(s, *m) : 0;
	if (w & (W_QUOTE_PREFIX | W_OFFER))
		return PREFIX_QUOTE;
	if ((w & W_INVOICE_PREFIX) || ((w & W_PURCHASE) && !(w & W_SUPPLIER)))
		return PREFIX_INVOICE;
	return PREFIX_NONE;
}

/* With no event column to say which document is which, an invoice column that numbers quotes
 * by their prefix (Q-1001, ANG-2024-01, DEV-, COT-) beside invoices numbered by theirs (INV-,
 * RE-, FA-) holds quotes, no sale (t83 F12: a quote's goods were read as bought). Both are
 * needed, so that a shop whose own invoices happen to begin with Q or AN keeps them, on
 * nine of the batch's numbered lines in ten; once so, batch b's rows and the rest are judged
 * (quote_row). */
static void quotes_decide(builder *in, const batch *b)
{
	size_t numbered = 0, known = 0;
	if (in->has_event || in->rows->no_invoice || in->quotes_off)
		return;
	for (size_t k = 0; k < b->n; k++) {
		const brec *q = &b->rec[k];
		const char *v = b->bytes + q->off[F_INVOICE];
		size_t m, n = q->len[F_INVOICE];
		if (q->why >= 0 || !n)
			continue;
		int kind = doc_prefix_kind(v, n, &m);
		numbered++;
		known += kind != PREFIX_NONE;
		char *seen = kind == PREFIX_QUOTE ? in->quote_seen :
			     kind == PREFIX_INVOICE ? in->invoice_seen : NULL;
		if (seen && !seen[0])
			sniff_printable(seen, sizeof in->quote_seen, v, n, 20);
	}
	/* and numbered so on nine lines in ten of the batch: an id's letters by chance are few;
	 * not two prefixes of two letters each, a chain's shops' codes as often (t88 F9: Ancona's
	 * AN- beside Reggio Emilia's RE-, half an Italian file skipped as German quotes) */
	size_t mq = doc_prefix(in->quote_seen, strlen(in->quote_seen));
	size_t mi = doc_prefix(in->invoice_seen, strlen(in->invoice_seen));
	in->quotes_off = in->quote_seen[0] && in->invoice_seen[0] && known * 10 >= numbered * 9 &&
			 !(mq == 2 && mi == 2);
}

/* Is invoice s[0..n) of line a quote's (quotes_decide), not named by --purchase as a sale by
 * its prefix? Counted for quote_note. */
static int quote_row(builder *in, const char *s, size_t n, uint64_t line)
{
	size_t m;
	if (!in->quotes_off || doc_prefix_kind(s, n, &m) != PREFIX_QUOTE ||
	    (in->purchase && in_list(in->purchase, s, m)))
		return 0;
	if (!in->quote_rows++)
		in->quote_line = line;
	if (n >= FILL_CAP || n != in->quote_last_n || memcmp(s, in->quote_last, n) != 0) {
		in->quote_docs++;
		in->quote_last_n = n < FILL_CAP ? n : 0;
		memcpy(in->quote_last, s, in->quote_last_n);
	}
	return 1;
}

/* A row of event ev, its quantity and price as read: an item ledger's sign turned
 * (ledger_sign), the signs as written counted for stock_sign (t59 F17), a return's quantity
 * made negative. Its event. */
static int row_sign(builder *in, int ev, double *qty, double *price)
{
	ev = ledger_sign(in, ev, qty, price);
	if (in->has_event) {
		in->buy_rows += ev == EV_BUY;
		in->buy_neg += ev == EV_BUY && *qty < 0;
		in->sell_back += ev == EV_RETURN;
		in->ret_pos += ev == EV_RETURN && *qty > 0;
	}
	if (ev == EV_RETURN) {   /* a refund: a return row, whatever sign the export gave it */
		in->rows->returns_marked = 1;
		*qty = -fabs(*qty);
		*price = fabs(*price);
	}
	return ev;
}

/* A time column of whole numbers from 0 to 86399 of which a tenth or more (three at least)
 * are no HHMM or HHMMSS (62160: 21 minutes and 60 seconds; 93000, past 23:59:59 no) holds
 * seconds after midnight (t86 F10: Dynamics AX's TRANSTIME; those that spelled a time were
 * read as one, 17:16:00 as 06:21:60's neighbours, the others' dates rejected with a
 * --date-format hint that could not read them). Decided on the first batch, before its rows
 * are built; a column of HHMMSS with a stray value stays one, as do times with a colon and a
 * --date-format that reads the digits. */
static void time_secs_decide(builder *in, const batch *b)
{
	size_t whole = 0, odd = 0, first = 0;
	char hhmm[DATE_TIME_DIGITS];
	if (datefmt_digit_time(in->dates.fmt))
		return;
	for (size_t k = 0; k < b->n; k++) {
		const brec *q = &b->rec[k];
		const char *v = b->bytes + q->off[F_TIME];
		size_t n = q->len[F_TIME];
		if (q->why >= 0 || !n)
			continue;
		if (!date_time_seconds(v, n, hhmm))
			return;   /* a time of another form, or a number past the day's seconds */
		whole++;
		if (!date_time_digits(v, n, hhmm) && !odd++)
			first = k;
	}
	if (odd < 3 || odd * 10 < whole)
		return;
	in->time_secs = 1;
	sniff_printable(in->time_secs_first, sizeof in->time_secs_first,
			b->bytes + b->rec[first].off[F_TIME], b->rec[first].len[F_TIME], 8);
}

/* Is event value s[0..n) a marketing or a store event (ingest_marketing_events): whole, or a
 * word of it in a value of two words or more (Summer Sale, Ramadan Sale), no void or return
 * word in it (Sale cancelled)? */
static int marketing_value(const char *s, size_t n)
{
	unsigned whole = known_word(s, n);
	if (whole & (W_PURCHASE | W_RETURN | W_VOID))   /* Sale: a purchase's word first */
		return 0;
	if (whole & W_MARKETING)
		return 1;
	int many = 0, hit = 0, denied;
	for (size_t i = 0; i < n;) {
		size_t w = i;
		while (w < n && !strchr(" -_/", s[w]))
			w++;
		many += w > i;
		unsigned k = w > i ? known_word(s + i, w - i) : 0;
		if (k & (W_RETURN | W_VOID))
			return 0;
		hit |= (k & W_MARKETING) != 0;
		i = w + 1;
	}
	return many > 1 && hit && !void_scan(s, n, &denied);
}

/* An event column taken by its name (Event) whose first batch holds marketing or store
 * events (Black Friday, Summer Sale, Store opening: marketing_value) and nothing but them, a
 * purchase's word (Sale) or blanks is no event log's: the event a sale was made in. Left
 * unused, every row a purchase (t82 F30: the load was refused, no row being a purchase, or
 * the rows of Promotion and Launch skipped beside Sale's). An event log's types (view, cart,
 * remove) or a return's word keep it. */
static void event_other_decide(builder *in, const batch *b)
{
	size_t market = 0;
	const char *first = NULL;
	size_t first_n = 0;
	if (!in->has_event || in->doc_event || in->purchase || in->returns || !in->paid_buys)
		return;
	for (size_t k = 0; k < b->n; k++) {
		const brec *q = &b->rec[k];
		const char *v = b->bytes + q->off[F_EVENT];
		size_t n = q->len[F_EVENT];
		if (q->why >= 0 || !n)
			continue;
		if (marketing_value(v, n)) {
			if (!market++)
				first = v, first_n = n;
		} else if (!sale_word(in, v, n)) {
			return;
		}
	}
	if (!market)
		return;
	in->has_event = 0;
	in->event_other = 1;
	sniff_printable(in->event_other_seen, sizeof in->event_other_seen, first, first_n,
			EVENT_SHOWN);
}

static void first_batch(builder *in, const batch *b)
{
	time_secs_decide(in, b);
	in->first_seen = 1;
	labels_decide(in, b);
	tender_decide(in, b);
	supplier_decide(in, b);
	event_other_decide(in, b);
	ledger_decide(in, b);
	orders_decide(in, b);
}

/* A line of a grouped or pivot layout takes the labels written above it (labelfill_line). */
static void label_fill(builder *in, brec *q, const char *f[F_N])
{
	if (!in->labels.any || !names_item(q))
		return;
	const char *s[LF_MAX];
	size_t len[LF_MAX];
	for (int c = 0; c < in->labels.n; c++) {
		s[c] = f[in->label_field[c]];
		len[c] = q->len[in->label_field[c]];
	}
	if (!labelfill_line(&in->labels, s, len))
		return;
	for (int c = 0; c < in->labels.n; c++) {
		f[in->label_field[c]] = s[c];
		q->len[in->label_field[c]] = (uint32_t)len[c];
	}
}

/* A kept row's line type s[0..n): counted, and a type that is no goods puts its code
 * (code[0..code_n)) among the rows' np_kinds. 0, or -1 when memory runs out (in->failed). */
static int line_type(builder *in, const char *code, size_t code_n, const char *s, size_t n)
{
	unsigned w = known_word(s, n);
	w |= w & W_LINE_TRADE ? W_LINE_GOODS : 0;   /* Part, Labor: a line of goods here only */
	in->line_goods += (w & W_LINE_GOODS) != 0;
	in->line_unknown += !(w & (W_LINE_GOODS | W_LINE_OTHER));
	if ((w & W_LINE_GOODS) || !(w & W_LINE_OTHER))
		return 0;
	if (!in->line_other++)
		sniff_printable(in->line_word, sizeof in->line_word, s, n, 30);
	rr_rows *r = in->rows;
	if ((!r->np_kinds && !(r->np_kinds = strtab_new())) ||
	    strtab_intern(r->np_kinds, code, code_n) == RR_NONE) {
		snprintf(in->err, sizeof in->err, "out of memory loading '%s'", in->path);
		in->failed = 1;
		return -1;
	}
	return 0;
}

/* A kept row marked by returns columns (q->ret): counted for each when it is a purchase in
 * full (bought), not a return nor a negative quantity (t46 F5: ERPNext's Is Return lines with
 * their negative quantity, Gumroad's Fully Refunded? beside the Refunded? flag read as the
 * status, were warned of as purchases); apart when its money is negative (negative): a
 * return of its own whose quantity says nothing, which the price rule drops (t72 F22). */
static void returns_kept(builder *in, const brec *q, const char *x, int bought, int negative)
{
	for (int i = 0; i < 2 && bought; i++) {
		size_t *rows = negative ? &in->ret_neg[i] : &in->ret_rows[i];
		if (!(q->ret >> i & 1) || (*rows)++)
			continue;
		char *value = negative ? in->ret_neg_value[i] : in->ret_value[i];
		*(negative ? &in->ret_neg_line[i] : &in->ret_line[i]) = q->line;
		sniff_printable(value, sizeof in->ret_value[i], x + q->ret_off[i], q->ret_len[i], 20);
	}
}

/* Is the row a charge the default nonproduct rule drops (shipping, a fee: clean.h) with its
 * quantity or price left empty, as a report writes its shipping lines (QuickBooks' Shipping
 * with only an Amount)? No purchase, and no number lost: skipped and counted, where it was
 * rejected for an unreadable number and the file said not whole (t49 F11). 1 when so. */
static int charge_blank(builder *in, const brec *q, const char *const f[F_N])
{
	int fp = in->rows->price_from_amount ? F_AMOUNT : F_PRICE;
	if ((in->rows->no_qty || q->len[F_QTY]) && (in->rows->no_price || q->len[fp]))
		return 0;
	if (!clean_default_nonproduct_name(f[F_ITEM], q->len[F_ITEM]))
		return 0;
	if (!in->charge_blank++) {
		in->charge_line = q->line;
		sniff_printable(in->charge_word, sizeof in->charge_word, f[F_ITEM], q->len[F_ITEM], 24);
	}
	in->rows->skipped++;
	return 1;
}

/* A customer id of a placeholder's form (placeform.h), counted by form and by value: the first
 * FORM_IDS values kept with their rows, for the note and its --keep-id (form_note). */
static void form_count(builder *in, const char *s, size_t n)
{
	int f = placeform_match(s, n) - 1;
	if (f < 0 || f >= PLACEFORM_N || n > PLACEHOLDER_MAX)
		return;
	in->form_rows[f]++;
	int k = 0;
	while (k < in->form_ids && !textfold_same(in->form_id[k], strlen(in->form_id[k]), s, n))
		k++;   /* NoEmail@ is noemail@: e-mails are compared ignoring case */
	if (k == in->form_ids && k < FORM_IDS) {
		snprintf(in->form_id[k], sizeof in->form_id[k], "%.*s", (int)n, s);
		in->form_ids++;
	}
	if (k < FORM_IDS)
		in->form_id_rows[k]++;
	else
		in->form_more++;
}

/* The length of customer id s[0..n), or 0 when it names nobody (placeholder_id), not kept by
 * --keep-id nor held as a matchcode; the first such id noted. */
static size_t id_of_somebody(builder *in, const char *s, size_t n)
{
	if (placeholder_id(s, n) && !id_listed(in, s, n) &&
	    !(word_placeholder(s, n) && hold_word(in, s, n))) {
		if (placeform_match(s, n) == PLACEFORM_MASKED + 1) {   /* mask_warning's */
			int card = placeform_card(s, n);
			if (card || in->masks_mapped) {   /* an id of its own (mask_warning's note) */
				in->mask_cards += card != 0;
				if (!in->mask_ids++)
					snprintf(in->mask_id_first, sizeof in->mask_id_first, "%.*s",
						 (int)n, s);
				return n;
			}
			if (!in->masked++)
				snprintf(in->masked_first, sizeof in->masked_first, "%.*s", (int)n, s);
			return 0;
		}
		if (!placeholder_word_id(s, n)) {   /* a form's: its own note (form_note) */
			form_count(in, s, n);
			return 0;
		}
		if (!in->placeholders++)
			snprintf(in->placeholder, sizeof in->placeholder, "%.*s", (int)n, s);
		if (numbered_placeholder(s, n) && !in->numbered++)
			snprintf(in->numbered_first, sizeof in->numbered_first, "%.*s", (int)n, s);
		return 0;
	}
	return n;
}

/* Row line's date s[0..n) that no reading accepted: why, counted for the load's warning
 * (a year relrec cannot hold, a zone, an AM or PM its format does not read, a calendar
 * relrec reads only when told), the first noted; then the row rejected. */
static void date_noted(builder *in, uint64_t line, const char *date, size_t date_n,
		       char *detail, size_t size)
{
	char shown[64];
	/* under --calendar a year as written is the calendar's: the day it names was not one */
	const calendar *cal = in->dates.cal && in->dates.cal != calendar_gregorian() ? in->dates.cal
										     : NULL;
	int beyond = !cal && year_beyond(date, date_n), y = first_year(date, date_n);
	in->bad_years += beyond;
	in->hijri_years += beyond && y >= DATE_HIJRI_FROM && y <= DATE_HIJRI_TO;
	/* the first by line: a date held for its zone (settle_zones) comes after the rows past it */
	int first = !in->bad_zones || line < in->bad_zone_line;
	int ampm = date_ampm_trouble(in->dates.fmt, date, date_n, in->path,
				     first ? in->bad_zone : NULL, sizeof in->bad_zone);
	int zone = ampm ? 0 : date_zone_trouble(date, date_n, in->path, first ? in->bad_zone : NULL,
						first ? sizeof in->bad_zone : 0);
	if (first && (ampm || zone)) {
		in->bad_ampm = ampm;
		in->bad_zone_line = line;
	}
	in->bad_zones += (size_t)(ampm || zone);
	/* what under the calendar went unread: the form, the day, or the day held (t65 F1:
	 * 民國113年3月15日 was called no day of --calendar minguo; F2: 2024-03-01 under
	 * --calendar buddhist is 1481) */
	static const char *const whys[] = {
		[DATE_WHY_FORM] = " (a form not read under --calendar %s)",
		[DATE_WHY_NO_DAY] = " (no day of --calendar %s)",
		[DATE_WHY_BEYOND] = " (a day of --calendar %s outside " RR_DATES_HELD ", the days "
				    "relrec holds)",
		[DATE_WHY_OTHER] = "",
		[DATE_WHY_GREGORIAN] = " (a Gregorian form, not read under --calendar %s)",
		[DATE_WHY_OWN] = " (a month's name or era mark of another calendar, not read under "
				 "--calendar %s)"};
	int why = cal ? date_guess_rejection(&in->dates, date, date_n) : DATE_WHY_OTHER;
	in->cal_beyond += why == DATE_WHY_BEYOND;
	in->cal_gregorian += why == DATE_WHY_GREGORIAN;
	if (detail) {
		snprintf(detail, size, "'%s'%s", sniff_printable(shown, sizeof shown, date, date_n, 40),
			 beyond ? " (a date outside " RR_DATES_HELD ", the days relrec holds)" : "");
		size_t at = strlen(detail);
		snprintf(detail + at, size - at, whys[why], cal ? cal->name : "");
	}
	char fmt[DATEFMT_MAX];
	int era = date_era_of(date, date_n, fmt, sizeof fmt);
	const calendar *own = date_form_calendar(&in->dates, date, date_n);
	in->own_rows += own != NULL;
	if (own && (!in->own_cal || line < in->own_line)) {
		in->own_cal = own;
		in->own_line = line;
	}
	if (!in->bad_date.line || line < in->bad_date.line) {
		in->bad_date.line = line;
		in->bad_era = era;
		sniff_printable(in->bad_date.text, sizeof in->bad_date.text, date, date_n, 24);
	}
	in->era_rows += era && era == in->bad_era;
}

/* Is s[0..n) a month's name (date_month_names), one separator and a number of one, two or
 * four digits, and nothing else (Excel's mmm-yy cell Jan-23, Jan 2023)? Its month and number,
 * and the separator. */
static int month_number_parts(const char *s, size_t n, int *month, int *num, char *sep)
{
	size_t w = 0, d;
	while (w < n && ((s[w] | 0x20) >= 'a' && (s[w] | 0x20) <= 'z'))
		w++;
	if (w < 3 || w + 2 > n || w > 12 || !strchr("- /.'", s[w]))
		return 0;
	char low[16];
	for (size_t k = 0; k < w; k++)
		low[k] = (char)(s[k] | 0x20);
	low[w] = '\0';
	*month = 0;
	for (const date_month_name *m = date_month_names; m->name && !*month; m++)
		if (strcmp(m->name, low) == 0)
			*month = m->month;
	*num = 0;   /* a row's field is not NUL-terminated: no atoi */
	for (d = w + 1; d < n && is_digit(s[d]); d++)
		*num = *num * 10 + (s[d] - '0');
	if (!*month || d != n || (d - w - 1 != 1 && d - w - 1 != 2 && d - w - 1 != 4))
		return 0;
	*sep = s[w];
	return 1;
}

/* Count a rejected date of a month's name and a number alone: which of each it held. */
static void month_number_note(builder *in, const char *date, size_t date_n)
{
	int mo, num;
	char sep;
	if (!month_number_parts(date, date_n, &mo, &num, &sep))
		return;
	in->month_num++;
	in->month_seen |= (uint16_t)(1u << mo);
	if (num < 128)
		in->num_seen[num >> 6] |= (uint64_t)1 << (num & 63);
}

/* Rows of an invoice rejected for an empty date, and whether the invoice's next line has a
 * date: then the order's first line, which alone writes it, came after its other lines, as a
 * file sorted newest first lists them (t74 F23: Shopify's orders export upside down lost 574
 * of 874 lines, the warning blaming the date's form). rejected: this row was, for an empty
 * date; dated: it has one. */
static void undated_above(builder *in, const char *inv, size_t inv_n, int rejected, int dated)
{
	int at = -1;   /* the invoice's slot: its lines may interleave with another's (t79 F19) */
	for (int k = 0; inv_n && k < UNDATED_WAYS && at < 0; k++)
		if (in->undated[k].n == inv_n && memcmp(inv, in->undated[k].inv, inv_n) == 0)
			at = k;
	if (dated && at >= 0) {
		in->undated_below += in->undated[at].pending;
		in->undated[at].n = 0;
	}
	if (!rejected || inv_n == 0 || inv_n > sizeof in->undated[0].inv)
		return;
	if (at < 0) {
		at = in->undated_next++ % UNDATED_WAYS;
		memcpy(in->undated[at].inv, inv, inv_n);
		in->undated[at].n = inv_n;
		in->undated[at].pending = 0;
	}
	in->undated[at].pending++;
}

static int date_rejected(builder *in, uint64_t line, const char *date, size_t date_n)
{
	month_number_note(in, date, date_n);
	char detail[200] = "";
	date_noted(in, line, date, date_n, reject_noted(in) ? detail : NULL, sizeof detail);
	return row_reject(in, line, RR_REJ_DATE, detail, strlen(detail));
}

/* A date of a shared zone name read as the zone its partner decides: counted for the load
 * summary, which names the first by line (the held ones are read last). */
static void zone_read_note(builder *in, int zone, uint64_t line, const char *text, size_t n)
{
	if (in->zone_read++ && line >= in->zone_read_line)
		return;
	in->zone_read_z = zone;
	in->zone_read_line = line;
	sniff_printable(in->zone_read_text, sizeof in->zone_read_text, text, n, 24);
}

/* A date no reading accepted that ends in a zone name zones share with a daylight partner
 * (CST: CDT), held with that partner's zone's offset (zone_held): 1, or 0 when it is not
 * one (or under --strict, --date-format, or too long), -1 out of memory; 2 when the partner
 * was read before it, and the date is read now as settle_zones would (holding every such
 * row, some 400 bytes each, was a year of a US shop's file in memory twice). */

static int date_zone_hold(builder *in, const char *date, size_t date_n, const num_note *v,
			  int32_t *minute)
{
	size_t at;
	const date_zone_name *z = date_zone_word(date, date_n, &at);
	if (!z || !z->partner || in->strict || in->dates.fmt || date_n >= sizeof in->zheld->text ||
	    v->n[0] >= sizeof in->zheld->num[0] || v->n[1] >= sizeof in->zheld->num[1])
		return 0;
	zone_held h = {.row = v->row, .line = v->line, .zone = (int)(z - date_zone_names),
		       .note = *v};
	for (int k = 0; k < 2; k++)
		memcpy(h.num[k], v->s[k], v->n[k]);
	size_t n = date_zone_decided_text(date, date_n, z, at, h.decided, sizeof h.decided);
	if (!n || date_read_one(h.decided, n, minute) != 0)
		return 0;
	if (in->zone_seen >> h.zone & 1) {   /* its partner already read: no need to hold it */
		int rc = date_guess_read(&in->dates, h.decided, n, v->line, (uint32_t)v->row, minute);
		if (rc == 0)
			zone_read_note(in, h.zone, v->line, date, date_n);
		return rc == 0 ? 2 : rc == -2 ? -1 : 0;
	}
	memcpy(h.text, date, date_n);
	h.text[date_n] = '\0';
	void *room = in->zheld;
	if (mem_room(&room, &in->zheld_cap, in->n_zheld, sizeof *in->zheld, 16) != 0)
		return -1;
	in->zheld = room;
	in->zheld[in->n_zheld++] = h;
	return 1;
}

static void date_zone_partner(builder *in, const char *date, size_t n);

/* The date s[0..n) of the row whose numbers are v, read into *minute (date_guess_read), or
 * held for its zone (date_zone_hold: *zoned 1, v noted once it is read): 0; -1 when no
 * reading accepts it, -2 out of memory. A date read may name a shared zone's partner. */
static int row_date(builder *in, const char *date, size_t n, const num_note *v,
		    int32_t *minute, int *zoned)
{
	int rc = date_guess_read(&in->dates, date, n, v->line, (uint32_t)v->row, minute);
	*zoned = rc == -1 ? date_zone_hold(in, date, n, v, minute) : 0;
	if (*zoned == 2) {   /* read now, its partner seen before it: a row as any other */
		*zoned = 0;
		return 0;
	}
	if (*zoned)
		return *zoned < 0 ? -2 : 0;
	if (rc == 0)
		date_zone_partner(in, date, n);
	return rc;
}

/* A date read: if it ends in a name that decides a shared one (CDT: CST), noted. The zone
 * word is looked for only after a capital letter at the end or before a year. */
static void date_zone_partner(builder *in, const char *date, size_t n)
{
	size_t at;
	if (!n || !((date[n - 1] >= 'A' && date[n - 1] <= 'Z') ||
		    (n > 6 && date[n - 6] >= 'A' && date[n - 6] <= 'Z')))
		return;
	const date_zone_name *c = date_zone_decides(date_zone_word(date, n, &at));
	if (c)
		in->zone_seen |= (uint64_t)1 << (c - date_zone_names);
}

/* Leading zeros of an all-digit id s[0..n), leaving one digit at least; 0 for any other id. */
static size_t id_zeros(const char *s, size_t n)
{
	size_t z = 0, k;
	for (k = 0; k < n && is_digit(s[k]); k++)
		z += z == k && s[k] == '0';
	return k == n && n ? (z < n ? z : n - 1) : 0;
}

/* --strip-zeros on column k (0 the customer, 1 the item): *s[0..*n) past its leading zeros
 * when all digits, its spelling kept in in->spelled[k] (101 too, beside 0000000101). 0, or
 * -1 out of memory (in->failed). */
static int id_unpadded(builder *in, int k, const char **s, size_t *n)
{
	size_t j = 0;
	if (!(in->strip >> k & 1))
		return 0;
	while (j < *n && is_digit((*s)[j]))
		j++;
	if (!*n || j < *n)   /* not all digits: as written */
		return 0;
	if ((!in->spelled[k] && !(in->spelled[k] = strtab_new())) ||
	    strtab_intern(in->spelled[k], *s, *n) == RR_NONE) {
		snprintf(in->err, sizeof in->err, "out of memory loading '%s'", in->path);
		in->failed = 1;
		return -1;
	}
	size_t z = id_zeros(*s, *n);
	*s += z;
	*n -= z;
	return 0;
}

/* Is k a power of ten (10, 100, 1000...)? */
static int power_of_ten(double k)
{
	while (k >= 10 && fmod(k, 10) == 0)
		k /= 10;
	return k == 1;
}

/* A row's price unit s[0..n), read as k with the decimal mark mark (pack_apply): the unit to
 * keep for the end (settle_price_units), or 0, its kind counted. A power of ten written as a
 * count, all digits (thousands grouped by the mark that is not the file's decimal one), is
 * one: 10.00 is a price (Odoo's price_unit), 12 a period or a pack, counted as no unit. "1.000"
 * before the file showed its mark is 1000 in a decimal-comma file (t71 F3: read as 1, the
 * spend x500) and 1 in a decimal-point one: kept as 1000 with *doubt its mark. */
static double price_unit_of(builder *in, const char *s, size_t n, double k, char mark,
			    char *doubt)
{
	*doubt = 0;
	if (!row_dec(in) && (mark == '.' || mark == ',') && mark_may_group(s, n, mark) &&
	    k == floor(k)) {
		*doubt = mark;
		return k * 1000;
	}
	size_t a = 0, b = n;
	trim_blanks(s, &a, &b);
	const char *count = row_dec(in) == ',' ? "0123456789." : row_dec(in) == '.'
			    ? "0123456789," : "0123456789";
	if (k > 1e6 || !power_of_ten(k) || strspn(s + a, count) < b - a) {
		in->price_unit_other++;
		return 0;
	}
	in->unit_ones += k == 1;
	return k > 1 ? k : 0;
}

/* A row's quantity in the base unit: times its unit's size s[0..n) (a Conversion of 12 on a
 * case's line), its price divided by it, so the line's spend stays (t59 F9). Or, s the
 * units its price is for (PACK_PRICE_UNIT: 100 beside 42,00): *unit, the price divided by it
 * at the end, when the column's values agree that it is a price unit's (settle_price_units),
 * *doubt as price_unit_of's. */
/* Is the row's unit of measure u[0..un) a single unit's (EA, each, Stk: ingest_qty_units)?
 * Its quantity is in units already, whatever the size beside it says (t85 F11: a foodservice
 * distributor's split-case lines, Unit EA beside a Pack of 4, read as 4 times their eaches).
 * Counted for the note. */
static int pack_each(builder *in, const char *u, size_t un)
{
	size_t a = 0, b = un;
	if (!un)
		return 0;
	trim_blanks(u, &a, &b);
	if (a >= b || !(known_word(u + a, b - a) & W_QTY_UNIT))
		return 0;
	in->pack_each++;
	return 1;
}

static void pack_apply(builder *in, const char *s, size_t n, const char *u, size_t un,
		       double *qty, double *price, double *unit, char *doubt)
{
	double k;
	char mark = 0;
	const rr_currency *cur;
	*unit = 0;
	*doubt = 0;
	if (in->cases)   /* cases_apply's reading: the units are no packs */
		return;
	if (!in->pack || !n || field_number(s, n, 0, row_dec(in), in->comma_sep, &k, &mark,
					    &cur) != 0 || !(k > 0))
		return;
	if (in->pack == PACK_PRICE_UNIT) {
		*unit = price_unit_of(in, s, n, k, mark, doubt);
		return;
	}
	if (k == 1 || k > 1e6 || pack_each(in, u, un))
		return;
	in->pack_whole += fabs(*qty) >= k && fmod(fabs(*qty), k) == 0;
	*qty *= k;
	if (!in->pack_price_kept)
		*price /= k;
	in->packed++;
}

/* The row just added, its money read as its value said (builder.row_written). 0 or -1. */
static int written_row_add(builder *in)
{
	void *room = in->written_rows;
	if (mem_room(&room, &in->written_cap, in->n_written, sizeof *in->written_rows, 64) != 0)
		return -1;
	in->written_rows = room;
	in->written_rows[in->n_written++] = in->rows->n - 1;
	return 0;
}

/* The row just added, whose price unit s[0..n) is unit (doubt: "1.000" read with thousands
 * grouped, its mark), kept for settle_price_units. 0, or -1 when out of memory. */
static int unit_row_add(builder *in, double unit, char doubt, uint64_t line, const char *s,
			size_t n)
{
	void *room = in->units;
	if (mem_room(&room, &in->units_cap, in->n_units, sizeof *in->units, 64) != 0)
		return -1;
	in->units = room;
	in->units[in->n_units++] = (unit_row){in->rows->n - 1, unit, doubt};
	if (doubt && !in->unit3_first.line) {
		in->unit3_first.line = line;
		in->unit3_whole = unit;
		in->unit3_mark = doubt;
		sniff_printable(in->unit3_first.text, sizeof in->unit3_first.text, s, n, 16);
	}
	return 0;
}

/* The price unit's column, once every row is in: the units written "1.000" read with the
 * file's decimal mark (the other mark groups thousands: 1000; the same is a decimal one: 1;
 * neither shown: 1, said), then each row's price divided by its unit, unless most of the
 * column's values are no price unit (t71 F13: Sage's Per, the accounting period 1 to 12,
 * divided October's prices by 10): then it is no price unit's column, and no row is. */
static void settle_price_units(builder *in)
{
	char file = in->dec ? in->dec : in->comma.line ? ',' : in->point.line ? '.' : 0;
	size_t more = 0;
	for (size_t k = 0; k < in->n_units; k++) {
		unit_row *u = &in->units[k];
		if (u->doubt && !file) {
			in->unit3_open++;
			u->unit = 1;
		} else if (u->doubt && file == u->doubt) {   /* 10.000 with a decimal point: a price */
			in->price_unit_other += u->unit != 1000;
			in->unit_ones += u->unit == 1000;
			u->unit = 1;
		} else if (u->doubt && (u->unit > 1e6 || !power_of_ten(u->unit))) {
			in->price_unit_other++;
			u->unit = 1;
		} else if (u->doubt) {
			in->unit3_read++;
		}
		more += u->unit > 1;
	}
	if (in->price_unit_other * 2 > in->price_unit_other + in->unit_ones + more) {
		in->units_dropped = 1;
		return;
	}
	for (size_t k = 0; k < in->n_units; k++)
		if (in->units[k].unit > 1) {
			in->rows->price[in->units[k].row] /= in->units[k].unit;
			in->packed++;
		}
}

/* What the end must know of the row just added: its price unit (unit_row_add) and whether
 * its money said its own unit (written_row_add). 0, or -1 when out of memory. */
static int row_money_keep(builder *in, double unit, char doubt, uint64_t line, const char *s,
			  size_t n)
{
	if (unit && unit_row_add(in, unit, doubt, line, s, n) != 0)
		return -1;
	return in->minor_units && in->row_written ? written_row_add(in) : 0;
}

/* A row's quantity as whole cases c[0..cn) times the size s[0..n) plus the loose units it
 * read (cases_start; t72 F1: a line of 10 cases and 0 units is 10 x 6 units, never "zero
 * quantity"). The price stays each unit's. A case or size that is no number: the loose units
 * alone, counted for the warning. Loose units are fewer than a case: units of as many as the
 * cases hold or more are the line's total, its cases in them, read as written (t73 F7: 2
 * cases of 12 beside 29 units, 24 + 5, were read 53; the quantity doubled unwarned). */
static void cases_apply(builder *in, const char *c, size_t cn, const char *s, size_t n,
			double *qty)
{
	double k = 1, cases = 0;
	char mark = 0;
	const rr_currency *cur;
	if (!in->cases)
		return;
	size_t a = 0, b = cn;
	trim_blanks(c, &a, &b);
	if (b == a)   /* no cases: the loose units alone */
		return;
	if (field_number(c + a, b - a, 0, row_dec(in), in->comma_sep, &cases, &mark, &cur) != 0 ||
	    !n || field_number(s, n, 0, row_dec(in), in->comma_sep, &k, &mark, &cur) != 0 ||
	    !(k > 0) || k > 1e6 || fabs(cases) > 1e9) {
		in->cases_bad++;
		return;
	}
	if (cases == 0)
		return;
	if (*qty * cases > 0 && fabs(*qty) >= fabs(cases * k)) {
		in->cased_total++;
		return;
	}
	*qty += cases * k;
	in->cased++;
}

/* Were the quantities a unit's size converted units already: every one of two rows or more a
 * whole multiple of its size (24, 12, 36 beside a Case Qty of 12: in cases they would be 2,
 * 1, 3; t64 F9: a wholesale export's units read twelve times over)? A count of cases is
 * rarely one on every row. */
static int pack_units(const builder *in)
{
	return in->packed >= 2 && in->pack_whole == in->packed;
}

/* Check and convert one record, then append it to the rows (or reject it). 0, or -1 when
 * the load must stop (in->failed set). */
/* A row's customer id as it is read (user[0..un)) and as its field held it (raw[0..rn), CSV's
 * quotes and the blanks around it gone, before any conversion): the pair into
 * in->raw_users when they differ, once (a run of rows of one customer costs a compare).
 * 0, or -1 when memory runs out. */
static int raw_user_note(builder *in, const char *raw, size_t rn, const char *user, size_t un)
{
	if (!rn || !un || (rn == un && memcmp(raw, user, un) == 0))
		return 0;
	char pair[2 * RR_MAX_FIELD + 2];
	if (rn > RR_MAX_FIELD || un > RR_MAX_FIELD)
		return 0;
	memcpy(pair, user, un);
	pair[un] = '\0';
	memcpy(pair + un + 1, raw, rn);
	size_t n = un + 1 + rn;
	if (in->raw_users && in->raw_last != RR_NONE &&
	    strtab_len(in->raw_users, in->raw_last) == n &&
	    memcmp(strtab_get(in->raw_users, in->raw_last), pair, n) == 0)
		return 0;
	if (!in->raw_users && !(in->raw_users = strtab_new()))
		return -1;
	in->raw_last = strtab_intern(in->raw_users, pair, n);
	return in->raw_last == RR_NONE ? -1 : 0;
}

/* A row whose customer code is blank as written and whose name column (F_USER_ALT) is not:
 * named by that name, as an item without its code is by F_ITEM_ALT; alt_merge reads it as the
 * code the name has on the other lines when it has one (a code blank only past the lines the
 * header's choice looked at split one customer in two, or lost its rows). */
static void user_alt_fill(builder *in, brec *q, const char *f[F_N])
{
	if (q->len[F_USER] || !q->len[F_USER_ALT])
		return;
	f[F_USER] = f[F_USER_ALT];
	q->len[F_USER] = q->len[F_USER_ALT];
	if (!in->user_named++)
		in->user_named_line = q->line;
}

/* Code c and name m written on one line: the code the name comes with, or RR_NONE once it
 * comes with two (namesakes: no code is the name's). 0, or -1 out of memory. */
static int alt_pair(struct alt_map *a, const char *c, size_t cn, const char *m, size_t mn)
{
	if (!a->names && (!(a->names = strtab_new()) || !(a->codes = strtab_new())))
		return -1;
	uint32_t was = strtab_count(a->names), id = strtab_intern(a->names, m, mn),
		 code = strtab_intern(a->codes, c, cn);
	if (id == RR_NONE || code == RR_NONE)
		return -1;
	if (id >= a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 256;
		uint32_t *p = realloc(a->code_of, cap * sizeof *p);
		if (!p)
			return -1;
		a->code_of = p;
		a->cap = cap;
	}
	if (id == was)
		a->code_of[id] = code;
	else if (a->code_of[id] != code)
		a->code_of[id] = RR_NONE;
	return 0;
}

/* The row's code and name, when it wrote both, for alt_merge: the customer's (user) and the
 * item's (item), as read. A row named by its name (f[] then points at the name's own
 * field) wrote no code. 0, or -1 out of memory. */
static int alt_note(builder *in, const char *const f[F_N], const brec *q, const char *user,
		    size_t user_n, const char *item, size_t item_n)
{
	if (in->alt[0].on && user_n && q->len[F_USER_ALT] && f[F_USER] != f[F_USER_ALT] &&
	    alt_pair(&in->alt[0], user, user_n, f[F_USER_ALT], q->len[F_USER_ALT]) != 0)
		return -1;
	if (in->alt[1].on && item_n && q->len[F_ITEM_ALT] && f[F_ITEM] != f[F_ITEM_ALT] &&
	    alt_pair(&in->alt[1], item, item_n, f[F_ITEM_ALT], q->len[F_ITEM_ALT]) != 0)
		return -1;
	return 0;
}

/* arr, of *cap items of elem bytes kept one a row beside the rows (till_of, money_of), with
 * room for row at (doubled from 4096): the array, moved or not, or NULL out of memory (arr
 * still held). */
static void *row_slots(void *arr, size_t *cap, size_t at, size_t elem)
{
	if (at < *cap)
		return arr;
	size_t n = *cap ? *cap * 2 : 4096;
	while (n <= at)
		n *= 2;
	void *p = realloc(arr, n * elem);
	if (p)
		*cap = n;
	return p;
}

/* The till key of the row just added (the last of in->rows): its store's and till's ids as
 * written, "STORE/TILL", into in->tills, its id at the row's index of in->till_of (rows
 * before it that none was noted for hold RR_NONE). Only when the file has such a column
 * (till_on). 0, or -1 out of memory. */
static int till_note(builder *in, const char *const f[F_N], const brec *q)
{
	if (!in->till_on || !in->rows->n)
		return 0;
	size_t at = in->rows->n - 1;
	uint32_t *slots = row_slots(in->till_of, &in->till_cap, at, sizeof *in->till_of);
	if (!slots)
		return -1;
	in->till_of = slots;
	while (in->till_n < at)
		in->till_of[in->till_n++] = RR_NONE;
	char key[2 * RR_MAX_FIELD + 1];
	size_t a = q->len[F_TILL] < RR_MAX_FIELD ? q->len[F_TILL] : RR_MAX_FIELD,
	       b = q->len[F_TILL2] < RR_MAX_FIELD ? q->len[F_TILL2] : RR_MAX_FIELD;
	memcpy(key, f[F_TILL], a);
	key[a] = '/';
	memcpy(key + a + 1, f[F_TILL2], b);
	if (!in->tills && !(in->tills = strtab_new()))
		return -1;
	uint32_t id = strtab_intern(in->tills, key, a + 1 + b);
	in->till_of[in->till_n++] = id;
	return id == RR_NONE ? -1 : 0;
}

static const char *probe_code(const struct col_probe *probe, unsigned mark);

/* The money of the row just built (rows->n - 1) into in->money_of, under --convert-currency:
 * its price's mark's, else the currency column's its record names (brec.cur), else unsaid.
 * 0, or -1 out of memory. */
static int money_note(builder *in, const brec *q)
{
	if (!in->money_old || !in->rows->n)
		return 0;
	size_t at = in->rows->n - 1;
	uint8_t *slots = row_slots(in->money_of, &in->money_cap, at, 1);
	if (!slots)
		return -1;
	in->money_of = slots;
	while (in->money_n < at)
		in->money_of[in->money_n++] = EURO_MONEY_UNSAID;
	const char *code = NULL;
	if (in->row_cur >= 0)
		code = in->currency[in->row_cur];
	else if (q->cur && in->probe) {
		code = probe_code(in->probe, q->cur);
		in->money_cols |= (uint64_t)1 << ((q->cur & 0xFF) - 1);
	}
	in->money_of[in->money_n++] = !code ? EURO_MONEY_UNSAID
				      : strcmp(code, in->money_old->code) == 0 ? EURO_MONEY_OLD
				      : strcmp(code, "EUR") == 0 ? EURO_MONEY_EURO : EURO_MONEY_OTHER;
	return 0;
}

/* The length of date s[0..n)'s day when the rest is a midnight's time, as a spreadsheet or a
 * database writes a date cell (2024-03-05 00:00:00, 2024-03-05T00:00:00.000, 05/03/2024
 * 0:00), else 0. */
static size_t midnight_day(const char *s, size_t n)
{
	size_t d = 0;
	while (d < n && s[d] != ' ' && !(d >= 8 && s[d] == 'T'))
		d++;
	if (d == 0 || d == n)
		return 0;
	size_t k = d + 1, zeros = 0, colons = 0;
	for (; k < n && (s[k] == '0' || s[k] == ':' || s[k] == '.'); k++) {
		zeros += s[k] == '0';
		colons += s[k] == ':';
	}
	while (k < n && s[k] == ' ')
		k++;
	if (k < n && (s[k] == 'Z' || s[k] == 'z'))   /* UTC's midnight, as ISO writes it */
		k++;
	return k == n && colons >= 1 && zeros >= 2 ? d : 0;
}

/* Row q's date and the time column's time joined into when[0..size), *date and *n pointed at
 * it: a day written without its time of day, or at midnight beside a time column (t72 F12:
 * a date cell's 00:00:00 on every row, the Time column's 14:15 left unread, a member's two
 * visits of a day one invoice), counted for the note (describe_midnight). */
static void date_with_time(builder *in, const brec *q, const char *const f[F_N], char *when,
			   size_t size, const char **date, size_t *n)
{
	char hhmm[DATE_TIME_DIGITS];
	size_t day = q->len[F_TIME] && *n && memchr(*date, ':', *n) ? midnight_day(*date, *n) : 0;
	if (!q->len[F_TIME] || !*n || (memchr(*date, ':', *n) && !day))
		return;
	if (day) {
		*n = day;
		in->midnight_timed++;
	}
	const char *tm = f[F_TIME];
	size_t tm_n = datefmt_digit_time(in->dates.fmt) ? 0   /* t63 F14 */
		: in->time_secs ? date_time_seconds(tm, q->len[F_TIME], hhmm)
		: date_time_digits(tm, q->len[F_TIME], hhmm);
	if (tm_n)
		tm = hhmm;
	else
		tm_n = q->len[F_TIME];
	int k = snprintf(when, size, "%.*s %.*s", (int)*n, *date, (int)tm_n, tm);
	*n = k < 0 ? 0 : (size_t)k < size ? (size_t)k : size - 1;
	*date = when;
}

/* A kept row's fields taken from its order's lines: took from the line above (order_fill's
 * bits), up from the line below (brec.up). Counted when kept: a report's total line takes an
 * order too, and is rejected for its empty item. */
static void fills_count(builder *in, uint64_t line, int took, unsigned up)
{
	if (took && !in->filled++)
		in->filled_line = line;
	for (int k = 0; k < ORDER_FIELDS; k++)
		in->filled_by[k] += (took >> k) & 1;
	if (up >> UP_CARD & 1 && !in->card_up++)
		in->card_line = line;
	up &= (1u << UP_FIELDS) - 1;
	if (up && !in->up_filled++)
		in->up_line = line;
	for (int k = 0; k < UP_FIELDS; k++)
		in->up_by[k] += (up >> k) & 1;
}

/* Row q, built from fields f, is the last: its invoice and whether it wrote or took its
 * order's fields, for the next batch's first lines (continues_above). */
static void up_last_keep(builder *in, const brec *q, const char *const f[F_N])
{
	in->up_last_n = q->len[F_INVOICE] < FILL_CAP ? q->len[F_INVOICE] : 0;
	memcpy(in->up_last, f[F_INVOICE], in->up_last_n);
	in->up_last_has = writes_order(q);
}

static void probe_dated(struct col_probe *probe, unsigned mark, int32_t minute);

/* The row just built (rows->n - 1) into in->toman_of when its price's mark was the toman's
 * (IRT), for toman_settle. 0, or -1 out of memory. */
static int toman_note(builder *in)
{
	if (in->row_cur < 0 || !in->rows->n || strcmp(in->currency[in->row_cur], "IRT") != 0)
		return 0;
	size_t at = in->rows->n - 1;
	uint8_t *slots = row_slots(in->toman_of, &in->toman_cap, at, 1);
	if (!slots)
		return -1;
	in->toman_of = slots;
	while (in->toman_n < at)
		in->toman_of[in->toman_n++] = 0;
	in->toman_of[in->toman_n++] = 1;
	return 0;
}

/* A kept row's minute into the days of the currency its price's mark or a probed column
 * named (a changeover's check, euro_pair_warn), and its money noted (money_note). 0, or -1
 * out of memory. */
static int currency_dated(builder *in, const brec *q, int32_t minute)
{
	if (in->row_cur >= 0)
		span_add(&in->currency_span[in->row_cur], minute);
	if (q->cur && in->probe)
		probe_dated(in->probe, q->cur, minute);
	if (toman_note(in) != 0)
		return -1;
	return money_note(in, q);
}

static int build_row(builder *in, const brec *rec, const char *x)
{
	brec r = *rec;          /* row_text may point a field at its cp1252 read as UTF-8 */
	const brec *q = &r;
	const char *f[F_N];
	in->events.row_kind = -1;   /* tally sets it for this row's kind */
	in->row_cur = -1;
	for (int k = 0; k < F_N; k++)
		f[k] = x + q->off[k];
	if (q->why >= 0) {
		if (q->why == RR_REJ_TOTAL)   /* the lines after a group's total are none of its */
			in->group_n = 0;
		return row_reject(in, q->line, q->why, f[F_DESC], q->len[F_DESC]);
	}
	order_take_up(&r, f, rec, x);
	label_fill(in, &r, f);
	int own_inv = r.len[F_INVOICE] != 0;
	int grouped = group_fill(in, &r, f), took = order_fill(in, &r, f);
	up_last_keep(in, &r, f);
	event_fill(in, &r, f, own_inv);
	int ev = in->has_event ? tally_class(in, &in->events, f[F_EVENT], q->len[F_EVENT],
					     in->doc_event ? doc_event_class : event_row_class) :
			  EV_BUY;
	if (ev == EV_OTHER && in->doc_event)
		doc_unknown_row(in, f[F_EVENT], q->len[F_EVENT], q->line);
	int st = in->has_status ? status_bought(in, q, f, ev) : EV_BUY;
	if (ev == EV_OTHER || st == EV_OTHER || fulfil_cancelled(in, q, f) ||
	    quote_row(in, f[F_INVOICE], q->len[F_INVOICE], q->line)) {
		in->rows->skipped++;   /* a view, a cancelled order...: not a purchase, not an error */
		return 0;
	}
	if (st == EV_RETURN)   /* a line flagged refunded */
		ev = EV_RETURN;
	int32_t minute;
	double qty, price;
	char mark[2] = {0, 0};
	row_ascii(in, x, rec);   /* rec: the lengths as written, before any fill */
	in->row_as_written = rec;
	int ok = row_text(in, &r, f), held = 0;
	in->row_as_written = NULL;
	if (ok == 1 && charge_blank(in, q, f))
		return 0;
	if (ok == 1)
		ok = row_numbers(in, q, f, &qty, &price, mark, &held);
	if (ok != 1)
		return ok;
	double unit;
	char unit_doubt;
	pack_apply(in, f[F_PACK], q->len[F_PACK], f[F_UOM], q->len[F_UOM], &qty, &price, &unit,
		   &unit_doubt);
	cases_apply(in, f[F_CASES], q->len[F_CASES], f[F_PACK], q->len[F_PACK], &qty);
	ev = row_sign(in, ev, &qty, &price);
	/* the date last: what a date or a number says about the file's reading counts only
	 * when its row is kept. A day without its time of day takes the time column's. */
	const char *date = f[F_DATE];
	size_t date_n = q->len[F_DATE];
	char when[2 * RR_MAX_FIELD + 2];
	date_with_time(in, q, f, when, sizeof when, &date, &date_n);
	int fp = in->rows->price_from_amount ? F_AMOUNT : F_PRICE, zoned;
	num_note v = {.s = {f[F_QTY], f[fp]}, .n = {q->len[F_QTY], q->len[fp]},
		      .mark = {mark[0], mark[1]}, .held = held, .qty = qty, .price = price,
		      .row = in->rows->n, .line = q->line};
	int row_year = year_text(f[F_YEAR], q->len[F_YEAR]);
	int titled = in->part_year[q->part < MAX_PARTS ? q->part : MAX_PARTS - 1];
	in->dates.year_fill = row_year ? row_year : titled;
	in->dates.year_titled = !row_year;
	int rc = row_date(in, date, date_n, &v, &minute, &zoned);
	if (!in->rows->no_invoice)
		undated_above(in, f[F_INVOICE], q->len[F_INVOICE], rc == -1 && date_n == 0, rc == 0);
	if (rc == -1)
		return date_rejected(in, q->line, date, date_n);
	const char *inv = f[F_INVOICE];
	user_alt_fill(in, &r, f);
	size_t inv_n = q->len[F_INVOICE], user_n = id_without_float(in, f[F_USER], q->len[F_USER]);
	user_n = id_of_somebody(in, f[F_USER], user_n);
	char folded[RR_MAX_FIELD], vat[32];
	const char *user = email_key(in, f[F_USER], user_n, folded), *item = f[F_ITEM];
	user = vat_key(in, q->line, user, &user_n, vat, sizeof vat);
	char tel[32];
	user = phone_key(in, q->line, user, &user_n, tel, sizeof tel);
	size_t item_n = q->len[F_ITEM];
	if (id_unpadded(in, 0, &user, &user_n) || id_unpadded(in, 1, &item, &item_n))
		return -1;
	char synth[3 * RR_MAX_FIELD + 3];
	if (!in->rows->no_invoice && inv_n == 0 && !in->no_session++) /* a session is only a */
		in->no_session_line = q->line;          /* fallback invoice (row_text) */
	if (inv_n == 0) { /* one invoice per customer and timestamp, as written */
		int k = snprintf(synth, sizeof synth, "%.*s %.*s", (int)date_n, date, (int)user_n,
				 user);
		inv_n = k < 0 ? 0 : (size_t)k < sizeof synth ? (size_t)k : sizeof synth - 1;
		inv = synth;
	}
	while (in->parts <= q->part && in->parts < MAX_PARTS)   /* a part's first row */
		in->part_start[in->parts++] = in->rows->n;
	if (rc != 0 || (!zoned && note_numbers(in, &v) != 0) ||
	    rows_add(in->rows, inv, inv_n, item, item_n, f[F_DESC], q->len[F_DESC],
		     user, user_n, f[F_COUNTRY], q->len[F_COUNTRY], qty, price, minute) != 0) {
		snprintf(in->err, sizeof in->err, "out of memory loading '%s'", in->path);
		in->failed = 1;
		return -1;
	}
	if (currency_dated(in, q, minute) != 0 ||
	    row_money_keep(in, unit, unit_doubt, q->line, f[F_PACK], q->len[F_PACK]) != 0 ||
	    raw_user_note(in, x + rec->off[F_USER], rec->len[F_USER], user, user_n) != 0 ||
	    till_note(in, f, q) != 0 || alt_note(in, f, q, user, user_n, item, item_n) != 0) {
		snprintf(in->err, sizeof in->err, "out of memory loading '%s'", in->path);
		in->failed = 1;
		return -1;
	}
	if (q->len[F_LINE] && line_type(in, f[F_ITEM], q->len[F_ITEM], f[F_LINE], q->len[F_LINE]))
		return -1;
	fills_count(in, q->line, took, rec->up);
	in->grouped_took += grouped;
	returns_kept(in, q, x, ev != EV_RETURN && qty > 0, !in->rows->no_price && price < 0);
	return 0;
}

/* Build batch b's rows on the thread that owns in->rows, after making room for the rows so
 * far times reserve (0: none asked; a room refused is no error: the rows grow as before).
 * 1 when a row failed or failed already was, else 0. */
static int build_batch(builder *in, batch *b, double reserve, int failed)
{
	double want = (double)in->rows->n * reserve + 1024;
	if (reserve > 0 && want < 4e9 && rows_reserve(in->rows, (size_t)want) != 0)
		err_clear();
	if (!in->first_seen)
		first_batch(in, b);
	in->tool_lines = b->lines;
	status_decide(in, b);
	quotes_decide(in, b);
	order_fill_up(in, b);
	for (size_t k = 0; k < b->n && !failed; k++)
		failed = build_row(in, &b->rec[k], b->bytes) != 0;
	return failed;
}

static void *builder_main(void *arg)
{
	builder *in = arg;
	for (;;) {
		pthread_mutex_lock(&in->mu);
		while (in->count == 0 && !in->done)
			pthread_cond_wait(&in->cv, &in->mu);
		if (in->count == 0) {
			pthread_mutex_unlock(&in->mu);
			return NULL;
		}
		batch *b = &in->b[in->head];
		int failed = in->failed;
		double reserve = in->reserve;
		in->reserve = 0;
		pthread_mutex_unlock(&in->mu);
		failed = build_batch(in, b, reserve, failed);
		pthread_mutex_lock(&in->mu);
		in->failed |= failed;
		b->n = 0;
		b->blen = 0;
		in->head = (in->head + 1) % NBATCH;
		in->count--;
		pthread_cond_broadcast(&in->cv);
		pthread_mutex_unlock(&in->mu);
	}
}

/* Hand the batch being filled to the builder and wait for a free one. 0, or -1 when the
 * builder has failed. */
static int builder_submit(builder *in)
{
	in->b[in->fill].lines = in->lines_read;
	if (in->inline_run) { /* build it here, in order, as the thread would */
		batch *b = &in->b[in->fill];
		int failed = build_batch(in, b, in->reserve, in->failed);
		in->reserve = 0;
		in->failed |= failed;
		b->n = 0;
		b->blen = 0;
		return in->failed ? -1 : 0;
	}
	pthread_mutex_lock(&in->mu);
	in->count++;
	pthread_cond_broadcast(&in->cv);
	while (in->count == NBATCH && !in->failed)
		pthread_cond_wait(&in->cv, &in->mu);
	in->fill = (in->fill + 1) % NBATCH;
	int failed = in->failed;
	pthread_mutex_unlock(&in->mu);
	return failed ? -1 : 0;
}

/* Append records [first, first + n) of batch from, the last ones it holds, to batch to, with
 * their bytes (a record's fields and marks lie back to back from its first field's offset:
 * builder_add). 0, or -1 when memory runs out. */
static int batch_take(batch *to, const batch *from, size_t first, size_t n)
{
	size_t start = from->rec[first].off[0], bytes = from->blen - start;
	if (to->n + n > to->rcap) {
		brec *nr = realloc(to->rec, (to->n + n) * sizeof *nr);
		if (!nr)
			return -1;
		to->rec = nr;
		to->rcap = to->n + n;
	}
	if (to->blen + bytes > to->bcap || !to->bytes) {
		char *nb = realloc(to->bytes, to->blen + bytes + 1);
		if (!nb)
			return -1;
		to->bytes = nb;
		to->bcap = to->blen + bytes + 1;
	}
	memcpy(to->bytes + to->blen, from->bytes + start, bytes);
	for (size_t k = 0; k < n; k++) {
		brec *q = &to->rec[to->n + k];
		*q = from->rec[first + k];
		for (int f = 0; f < F_N; f++)
			q->off[f] = (uint32_t)(q->off[f] - start + to->blen);
		for (int i = 0; i < 2; i++)
			q->ret_off[i] = (uint32_t)(q->ret_off[i] - start + to->blen);
	}
	to->n += n;
	to->blen += bytes;
	return 0;
}

/* The lines of one invoice that end full batch b, none of which names a customer: their
 * order's first line, or the line that names its card, may come below them, in the next
 * batch (a file sorted newest first: order_fill_up; a card at payment: card_up). How many,
 * when fewer than FILL_UP_LINES and than half the batch; else 0. */
static size_t batch_tail(const batch *b)
{
	size_t t = 0, most = b->n / 2 < FILL_UP_LINES ? b->n / 2 : FILL_UP_LINES;
	const brec *last = &b->rec[b->n - 1];
	size_t n = last->len[F_INVOICE];
	while (t < most && t < b->n) {
		const brec *q = &b->rec[b->n - 1 - t];
		if (q->why >= 0 || !n || q->len[F_INVOICE] != n ||
		    memcmp(b->bytes + q->off[F_INVOICE], b->bytes + last->off[F_INVOICE], n) != 0)
			break;
		/* their order's first line above them: filled down; a receipt's lines above the
		 * one that names its card wait for it too (card_up), lines that write their order
		 * included */
		if (q->len[F_USER])
			return 0;
		t++;
	}
	return t < most ? t : 0;
}

/* Hand over the full batch being filled, but for the lines of one order that end it with
 * nothing of their order's (batch_tail), which start the next batch instead: an order's
 * lines are filled up within a batch (order_fill_up). 0, or -1 when the load must stop. */
static int builder_hand(builder *in)
{
	batch *b = &in->b[in->fill];
	/* lines that write their order are held for a card below them whether or not the
	 * builder's thread has found numbers shared by two customers (fill_shared): this is the
	 * parser's thread, which must not read the builder's state (a data race, and a tail that
	 * changed with the threads' timing); held, they are only built in the next batch */
	size_t t = batch_tail(b);
	in->carry.n = in->carry.blen = 0;
	if (t && batch_take(&in->carry, b, b->n - t, t) != 0)
		t = 0;   /* no memory to hold them: they are built unfilled, as before */
	b->n -= t;
	if (builder_submit(in) != 0)
		return -1;
	if (t && batch_take(&in->b[in->fill], &in->carry, 0, t) != 0)
		return err_set("out of memory loading rows");
	return 0;
}

/* memcpy for a field, most of which are shorter than 16 bytes: those without a call (two
 * words that may overlap), none for an absent column's (a third of a row's fields). */
static void copy_short(char *d, const char *s, size_t n)
{
	if (n > 16) {
		memcpy(d, s, n);
	} else if (n >= 8) {
		uint64_t a, b;
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		memcpy(d, &a, 8);
		memcpy(d + n - 8, &b, 8);
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		memcpy(d, &a, 4);
		memcpy(d + n - 4, &b, 4);
	} else {
		for (size_t i = 0; i < n; i++)
			d[i] = s[i];
	}
}

/* Append one record's fields to the batch being filled (strings copied). why is -1 for a row
 * to build, or a reject reason (its detail in str[F_DESC]). 0, or -1 when the load must stop. */
static int builder_add(builder *in, const char *const str[F_N], const size_t len[F_N],
		       uint64_t line, int why)
{
	batch *b = &in->b[in->fill];
	size_t need = 0, rn[2] = {0, 0};
	for (int f = 0; f < F_N; f++)
		need += len[f];
	for (int i = 0; i < 2; i++)   /* a returns column's mark, cut (returns_warn shows 20) */
		if (in->ret_mark >> i & 1)
			need += rn[i] = in->ret_s_n[i] < 64 ? in->ret_s_n[i] : 64;
	if (b->n == b->rcap) { /* an inline batch grows to batch_rows: most small loads are few rows */
		size_t nc = b->rcap * 2 < in->batch_rows ? b->rcap * 2 : in->batch_rows;
		brec *nr = realloc(b->rec, nc * sizeof *nr);
		if (!nr)
			return err_set("out of memory loading rows");
		b->rec = nr;
		b->rcap = nc;
	}
	if (b->blen + need > b->bcap || !b->bytes) { /* allocated even for empty fields */
		size_t nc = b->bcap ? b->bcap : in->inline_run ? 4096 : 65536;
		while (nc < b->blen + need)
			nc *= 2;
		char *nb = realloc(b->bytes, nc);
		if (!nb)
			return err_set("out of memory loading rows");
		b->bytes = nb;
		b->bcap = nc;
	}
	brec *q = &b->rec[b->n++];
	for (int f = 0; f < F_N; f++) {
		q->off[f] = (uint32_t)b->blen;
		q->len[f] = (uint32_t)len[f];
		copy_short(b->bytes + b->blen, str[f], len[f]);
		b->blen += len[f];
	}
	q->line = line;
	q->why = why;
	q->part = in->part_now;
	q->ret = (uint8_t)in->ret_mark;
	q->cur = (uint16_t)in->cur_mark;
	in->cur_mark = 0;
	q->up = 0;
	q->up_from = 0;
	for (int i = 0; i < 2; i++) {
		q->ret_off[i] = (uint32_t)b->blen;
		q->ret_len[i] = (uint8_t)rn[i];
		if (rn[i])
			memcpy(b->bytes + b->blen, in->ret_s[i], rn[i]);
		b->blen += rn[i];
	}
	in->ret_mark = 0;
	if (b->n == in->batch_rows && builder_hand(in) != 0)
		return -1;
	return 0;
}

/* inline_run: build on the caller's thread (a small file, read inline too). */
static int builder_start(builder *in, int inline_run)
{
	in->inline_run = inline_run;
	in->batch_rows = inline_run ? INLINE_BATCH_ROWS : BATCH_ROWS;
	for (int i = 0; i < (inline_run ? 1 : NBATCH); i++) {
		batch *b = &in->b[i];
		b->rcap = inline_run ? 16 : in->batch_rows;
		if (!(b->rec = malloc(b->rcap * sizeof *b->rec)))
			return err_set("out of memory loading '%s'", in->path);
	}
	/* no thread to be had (ulimit -u, t18: said as out of memory): build inline, as a
	 * small file is */
	in->inline_run = inline_run || rr_thread_start(&in->th, builder_main, in) != 0;
	in->started = 1;
	return 0;
}

/* Hand over the last partial batch (unless the load failed), let the builder drain, and
 * collect its verdict: 0, or -1 with err_set. */
static int builder_stop(builder *in, int failed)
{
	if (!in->started)
		return -1;
	if (in->inline_run) {
		in->started = 0;
		if (!failed)
			builder_submit(in);
		return in->failed ? err_set("%s", in->err) : 0;
	}
	pthread_mutex_lock(&in->mu);
	in->b[in->fill].lines = in->lines_read;
	if (in->b[in->fill].n > 0 && !failed)
		in->count++;
	in->done = 1;
	pthread_cond_broadcast(&in->cv);
	pthread_mutex_unlock(&in->mu);
	pthread_join(in->th, NULL);
	in->started = 0;
	return in->failed ? err_set("%s", in->err) : 0;
}

/* ===== the record loop ===== */

enum { SKIP_NONE, SKIP_PLAIN, SKIP_QUOTED, SKIP_QUOTE_SEEN };

/* What send_row and unused_marks make of the roles' columns each row, made again only when
 * they change (the roles are settled by the header, now and then later: col_map_get). */
typedef struct col_map {
	int col[RR_COL_N], item_alt, line_col, year_col, fulfil_col, pack, cases, ncols; /* what
	                                                                         it was made from */
	int till[2], user_alt, total_col;
	int field[F_N];            /* each F_ field's column in the record, or -1 */
	uint64_t unused;           /* the first 64 columns no role reads */
	int made;
} col_map;

/* An unused column the names table calls a coarser key of the customers or the items
 * (sniff_group_kind: a company, a product's code, the id one was merged into), watched beside
 * that role's column (group_row) for the summary's note (describe_groups, colgroup.h). */
enum { GROUP_WATCH = 4 };
typedef struct group_watch {
	int col, role, kind;       /* the unused field, RR_COL_USER or RR_COL_ITEM, its kind */
	rr_colgroup *g;            /* the pairs; NULL when dropped (out of memory) */
} group_watch;

/* An unused column named as an order's, an invoice's, a receipt's or a document's number
 * (sniff_order_named) beside the invoice, and how their values nest (nest_row, nest_note):
 * an order invoiced in parts, invoices consolidating orders. */
typedef struct nest_check {
	int col;                  /* its field, or -1 */
	rr_strtab *ids[3];        /* the invoice's values, its values, their pairs (8 bytes) */
	uint32_t *per[2];         /* [invoice value], [its value]: the pairs each is in */
	size_t cap[2];
	size_t rows;              /* rows with both values */
} nest_check;

typedef struct loader {
	rr_rows *rows;
	const char *path;
	const rr_ingest_opts *o;
	int failed;                /* a fatal error was recorded: ignore further callbacks */
	int status_col, event_col; /* the status and event columns left unused for their
	                              values' other meaning (other_meaning_note), or -1 */
	int have_header;
	int ncols;                 /* fields in the header */
	int col[RR_COL_N];         /* field index of each logical column, -1 if absent */
	int item_alt;              /* the field naming the item when the code is empty, or -1 */
	char item_alt_name[64];    /* its header name, for the note */
	int user_alt;              /* ... the customer (sniff_code_beside), or -1 */
	char user_alt_name[64], user_code_name[64];   /* its header name, the code's */
	int item_beside;           /* item_alt is the name beside a code of code_beside_name's
	                              kind (a Reference beside Product): alt_merge reads its
	                              code-less rows as the code of their name */
	int line_picked;           /* the first row has chosen line_col (line_pick) */
	int line_col;              /* the field of each line's type, or -1 */
	col_map cmap;              /* col_map_get's */
	int year_col;              /* a year column no role took (ingest_year_columns), or -1 */
	int fulfil_col;            /* a fulfilment's status no role took, or -1 */
	int total_col;             /* a line total no role took beside a price (total_pick), or -1 */
	int zone_col;              /* a time-zone column no role took (ingest_zone_columns), or
	                              -1; its first row's value: */
	char zone_value[64];
	char status_name[64];      /* the status column's, for the summary */
	char sep;                  /* the separator; 0 until the first buffer decides it */
	int sep_line;              /* it came from a "sep=X" first line */
	int preamble;              /* lines above the header skipped (a report's title...) */
	long map_far;              /* with a --map by names none of the header search's lines
	                              hold: the line that does below them; 0 not searched, -1
	                              none in the first buffer (map_past_search) */
	int item_groups;           /* its header's first column, unnamed, holds no customer (a
	                              column does): a line of a name alone there is a group's
	                              heading, as a report grouped by item writes (grouped_total) */
	size_t headings;           /* such lines: no rows */
	uint64_t heading_line;     /* the first's line, and its name: */
	char heading[48];
	uint64_t report_total_line; /* a report's grand total in its first column (report_total) */
	char report_total[48];
	size_t footer_lines;       /* the lines of one field after it: the report's footer */
	char item_head[128];       /* the group's heading now, the product's name, the item of
	                              each line below it (item_head_fill), until its total */
	size_t item_head_n;        /* its length, 0 when none (or longer than it holds) */
	size_t head_took;          /* lines that took it as their item */
	int grouped;               /* 1: its header's first column, unnamed, holds the customer on
	                              a line of its own above that customer's lines; 2: no
	                              column holds it, that line's one value is moved to a
	                              column added last (group_field) */
	char format[256];          /* "gzip, UTF-8", the source's part of the summary */
	char converted[32];        /* the encoding the file was converted from ("cp1252",
	                              "UTF-16LE"), or "": a text tool meets other bytes */
	int converted_ascii;       /* and its ASCII is ASCII's bytes (not UTF-16's, UTF-32's) */
	char notes[1600];          /* the source's notes (source_notes), or "" */
	unsigned char no_digit[MAX_FIELDS]; /* no price: the column has a value without a digit
	                              (MM, LA: a segment), so no hint names it as money */
	char qty_hint[96];         /* no quantity: an unused column that may be it, or "" */
	int qty_hint_col;          /* its field, or -1 */
	struct line_check *lc;     /* [lc_n]: the unused columns' numbers against each row's
	                              quantity times its price (line_check_row), or NULL */
	int lc_n, lc_ready;        /* its columns; lc set up (at the first row) */
	int lc_qalt[4], lc_nqalt;  /* of them, those a quantity's name names (Quantity Ordered
	                              beside the Quantity Invoiced read): a total may be theirs */
	size_t lc_rows;            /* rows of a quantity and a price above 0 */
	int price_list;            /* the list price beside a paid one read (Price beside Final
	                              Price), or -1: a row's price where the paid one is blank */
	size_t list_rows;          /* rows priced so (t71 F21: 313 of 420 rejected) */
	uint64_t list_first;       /* the first of them */
	int price_paid;            /* the price read is named a sale or paid one (Sale Price,
	                              Final Price: sniff_sale_price): its blank is no discount,
	                              wherever it stands */
	char comp_inv[64];         /* the last row's invoice (its first bytes), for list_part */
	size_t comp_inv_n;         /* its whole length */
	int comp_priced;           /* a line of that invoice so far had a price */
	size_t comp_rows;          /* blank rows below a priced line of their invoice, read at 0
	                              (a bundle's components: t76 F8) */
	uint64_t comp_first;       /* the first of them */
	int lc_disc;               /* an unused discount's column (Discount), or -1: its amounts
	                              may be the shortfall of a line total (line_check_row) */
	int lc_reload;             /* the file may be read again (a file, not a pipe) */
	int lc_pick;               /* the field to read the spend from, read again, or -1 */
	char lc_note[1200];        /* what was found: the note of that reading, or a warning */
	char lc_price[64];         /* the price's column (shown) that reading leaves unread */
	idpair *idp[ID_SLOTS];     /* a code beside a name, the customer's [0] and the item's
	                              [1], judged on every row (id_decide), or NULL; [2..]: a
	                              column of no known name beside the customer's, for a note
	                              (id_start_unnamed) */
	int idp_code[ID_SLOTS], idp_name[ID_SLOTS]; /* their fields */
	int idp_any;               /* some idp[] is judged */
	int idp_lines[2];          /* 1: a pair the header named none (an item read beside its
	                              description), judged for line numbers alone */
	char id_map[48];           /* "user=N,item=N,status=N": the roles to read again with
	                              other columns (id_decide, status_payment_settle), or "" */
	char id_note[1000];        /* what the rows showed: that reading's note, or a warning */
	int pst_field;             /* a payment's status beside the status column, or -1 */
	size_t pst_void, st_void;  /* rows either's value voids (void_status) */
	uint64_t pst_line;         /* the first of the payment's */
	char pst_value[40];        /* its value, printable */
	char pack_shown[2][64];    /* the quantity's and the unit's size's names as shown, for
	                              pack_reread after the header is freed */
	int pt_col;                /* an unused line total beside a unit's size (pack_total_start),
	                              or -1; of the rows of a size other than 1, those whose */
	size_t pt_rows, pt_same, pt_packs; /* total is the quantity times the price, and times the
	                              size too (pack_total_row) */
	int qf_alt;                /* an unused column named a quantity too, beside the quantity
	                              read (qty_flag_start), or -1 */
	size_t qf_rows, qf_01, qf_dated; /* the quantity's values written, those 0 or 1, those
	                              a date's (qty_flag_row) */
	size_t qf_alt_num, qf_alt_big;   /* qf_alt's values a number, and those above 1 */
	int qf_total;              /* an unused column named a line total (Betrag, Amount:
	                              sniff_maybe_money), or -1: of the rows
	                              where the two quantities differ, those whose total is */
	size_t qf_by_count, qf_by_order; /* the quantity's times the price, and the other's
	                              (t89 F4: Betrag = Liefermenge x Preis, a count) */
	char qf_shown[2][64];      /* the two columns' names as shown, for qty_flag_reread */
	char qf_map[72];           /* the ordered one's as a --map COL */
	int pack_broken;           /* pack_broken_units' verdict, made while the line totals'
	                              counts are held (read_file reads it after they are freed) */
	int uom_col, pack_col;     /* an unused unit of measure's column and a unit's size's
	                              (ingest_uom_columns, ingest_pack_columns), or -1 */
	int cases_col;             /* whole cases beside loose units (ingest_case_columns), or -1 */
	int store_col;             /* an unused store's column (ingest_store_columns), or -1 */
	int sk_name[2];            /* the customers' and the items' name columns beside it, or -1 */
	storekey *sk[2];           /* their ids, stores and names (stores_start), or NULL */
	int uom_kinds;             /* its values seen (the first six), their rows: */
	char uom_value[6][24];
	size_t uom_rows[6], uom_frac[6]; /* and of them, quantities with a fraction (0.456 kg) */
	int ot_on;                 /* the amount (no price) checked for an order's total */
	uint32_t ot_prev[4];       /* the row before's invoice, item, quantity and amount (hashed) */
	size_t ot_same, ot_diff;   /* of two lines in a row of one order, another item or
	                              quantity: the amount the same, or not */
	uint64_t ot_first;         /* the first line of such a same amount */
	struct col_look *look;     /* after a --map leaving quantity, price or invoice empty: what
	                              the unused columns' values look like (look_row), or NULL */
	size_t look_rows;
	uint32_t look_when;        /* this row's customer and day, hashed (look_when), 0: none */
	uint32_t look_date_h;      /* the date text the last day was read from, hashed */
	int64_t look_day;          /* that day (or the text's hash when it reads as none) */
	size_t look_qty_rows;      /* of them, those of a quantity other than 0 and 1 */
	size_t look_user_rows;     /* of them, those with a customer of their own (not one taken
	                              from the line above) */
	size_t qty_hint_money;     /* of its values, those written as money (money_written) */
	char email_hint[96];       /* an unused e-mail column, or "" */
	int email_col;             /* its field, or -1 */
	size_t mail_alone;         /* rows with an address there and no customer id of their own */
	nest_check nest;           /* an unused order's or invoice's number beside the invoice */
	group_watch group[GROUP_WATCH]; /* unused columns that may group the customers or items */
	int till_col[2];           /* unused columns named a store's or a till's (till_fields) */
	int n_group;
	int data_like;             /* numbers among the header's names (sniff_data_like), or 0 */
	int data_shaped;           /* else its data-shaped names (sniff_data_shaped), or 0 */
	int meta_datev;            /* the first line was DATEV's EXTF record (metadata_record) */
	long meta_from, meta_to;   /* its dates' range, YYYYMMDD, or 0 */
	int ddmm;                  /* day numbers read as DDMM: 1 with meta_from's year (t42 F4), 2 with
	                              the title's (t71 F22) */
	int header_like;           /* --no-header, and the first line names the columns */
	char columns[512];         /* "user=CustomerID, ...", for the summary */
	datefmt fmt;               /* --date-format, compiled */
	struct csv_parser p;
	int csv_ok;
	/* the record being read */
	char *buf;                 /* its field bytes, back to back */
	size_t blen, bcap;
	size_t off[MAX_FIELDS], len[MAX_FIELDS];
	int nf;                    /* fields so far (may exceed MAX_FIELDS; stops at INT_MAX) */
	int too_long;              /* 1 + the first field over RR_MAX_FIELD, or 0 */
	int long_unread;           /* 1 + the first such field of a column no role reads, or 0 */
	size_t long_rows;          /* rows read without such a field (t39 #9), */
	size_t long_line;          /* the first of them, */
	int long_col;              /* and its field */
	int skip;                  /* SKIP_*: a field past FIELD_CAP is being skipped */
	size_t line;               /* current physical line (1-based) */
	size_t rec_line;           /* line the current record started on */
	size_t nl_in_fields;       /* newlines inside quoted fields of this record */
	int prev_cr;
	int crlf_seen;             /* a CR LF line end was read */
	int cr_join;               /* a record cut short by a bare CR in an LF file is held (1),
	                              the next field joined to its last (2): cr_held */
	int cr_nf;                 /* the held record's fields at the CR, and its last field's */
	size_t cr_len;             /* length then: where cr_split cuts it again */
	int bom_checked;
	int unterminated;          /* the input ended inside a quoted field */
	size_t open_quote_line;    /* then: the line its record began on, and the line breaks */
	size_t open_quote_lines;   /* it swallowed, plus one */
	size_t rejects;            /* records rejected here: past RR_MAX_EXAMPLES of them, the
	                              builder keeps no more messages (reject_noted) */
	builder in;                /* where records go */
	/* the header's fields as read, to know it again further on (files joined with cat) */
	char *hdr;
	size_t hoff[MAX_FIELDS], hlen[MAX_FIELDS];
	size_t hdr_again;          /* records that were the header again: skipped */
	size_t hdr_again_line;     /* the first of them */
	/* A line of one field naming a year (title_year_in) is held until the next record says
	 * what it is: the title of a part joined below (the header comes again after it: its
	 * year dates that part's year-less dates, t71 F14), else a row rejected as before */
	int title_held;            /* that year, or 0: none held */
	size_t title_held_line;
	size_t titles;             /* titles of parts so taken */
	size_t title_first_line;   /* the first of them, and its text */
	char title_first[40];
	const char *title_unit;    /* the unit of amounts a title line names (title_units), or NULL */
	char title_unit_line[64];  /* that line, as shown */
	size_t export_line;        /* the line of another export's header (export_header), 0 */
	int export_nf;             /* its width */
	int export_returns;        /* its names are a returns export's (Quantity Returned) */
	size_t export_rows;        /* the rows of its width after it: rejected */
	char export_names[200];    /* its first names, for the warning */
	size_t hdr_glued;          /* of them, glued to the row before (no line end before it) */
	size_t repeats;            /* rows after it that repeat rows before (rowshape_repeats), */
	size_t restarts;           /* rows that repeat, in order, rows before, no header between
				      (rowshape_restarts): dated repeat_lo..hi too */
	int32_t repeat_lo, repeat_hi; /* dated so */
	char invoices[1536];       /* what reused invoice numbers did to the invoices, or "" */
	int trail_decided;         /* the first data row has set trail_k */
	int trail_k;               /* empty fields the first row had past the header's: rows with
	                              as many are read without them. Only the first row decides:
	                              a separator inside an unquoted field shifts one row alone,
	                              and its last field may be an empty column's */
	size_t trail_stop_line;    /* the first row of the header's width after such rows, or 0 */
	size_t trailing;           /* rows with empty fields past the header's, read without them */
	size_t trailing_line;      /* the first of them */
	int pad_k;                 /* the header's last names, empty, that an export joined after
	                              it lacks (its header again without them): its rows are read
	                              with those fields empty (trailing_fields) */
	size_t padded, padded_line; /* rows so read, and the first */
	/* a document-type column sought among the unused ones (doc_start) */
	struct doc_cand *cand;     /* [n_cand], or NULL when none is sought */
	int n_cand;
	int doc_sampling;          /* records are held back (doc_hold) until doc_decide */
	size_t doc_sampled;        /* records held then */
	int doc_watch;             /* a candidate holding purchase words, watched past the
	                              sample for a word that is none (doc_watch_row), or -1 */
	char *hb;                  /* the held records' field bytes */
	size_t hb_len, hb_cap;
	size_t *hfo, *hfl;         /* their fields' offsets in hb and lengths, record by record */
	size_t hf_n, hfo_cap, hfl_cap;
	struct held_rec *hrec;     /* the held records, in file order */
	size_t hn, hcap;
	char doc_name[64];         /* the column taken, as shown */
	char doc_why[200];         /* why, for the columns line */
	char doc_note[800];        /* two candidates, or a near miss (doc_warn), or "" */
	int event_checked;         /* the first row has tested the named event column (event_paid) */
	int stage_checked;         /* and the status column of a deal stage's name (stage_check) */
	char paid_note[300];       /* an event column by name that held payment methods, or "" */
	int paid_field;            /* that column, let go at the first row but sampled (doc_start)
	                              for a return among its values, or -1 */
	int doc_warned;            /* the field doc_note proposes as the event (document types
	                              unread), or -1: a status hint then says --void beside it */
	/* columns of a flag's name no role took (Credit Memo beside Status, Void? beside
	 * Refunded?: the status role takes one column), their set flags counted for a warning */
	int flag_field[4];
	size_t flag_set[4];
	char flag_stamp[4];           /* the flag is a cancellation's date (stamp_name) */
	int n_flag;
	/* the status column, or an unused one named as a status, whose values are watched for
	 * ids, numbers that name no status (status_ids_*), or -1 */
	int sid_field;
	int sid_kinds;             /* distinct values kept, their text and rows */
	char sid_value[8][4];
	size_t sid_n[8];
	size_t sid_rows, sid_other; /* rows with a value; of them, values no such id */
	/* unused columns (of the first 64) whose every value so far is a currency's code or
	 * mark (Currency: EUR, USD), or one side of a line's sign (S/H: S, H), and what they
	 * held (probe_*: t49 F18, F01) */
	uint64_t cur_alive, sign_alive;
	struct col_probe *probe;   /* [64], or NULL */
	/* a change of the money to the euro inside the file (euro.h): found in the prices, or
	 * --convert-currency's, and the rows it converted */
	rr_euro_found euro;
	const rr_euro_change *euro_conv;
	rr_euro_conv euro_done;
	char euro_where[96];       /* "'HR' (Croatia)": the changeover's country's rows of a
	                              file of several countries (euro_country_rows), else "" */
	int euro_utc;              /* the rows' minutes are UTC (dates_utc): the day's cut is the
	                              country's midnight */
	int money_followed;        /* the conversion followed the rows' own money (money_note) */
	char sign_word[2][16];     /* a sign column read as the event (doc_sign): its debit's
	                              and its credit's value, the purchase and return lists */
	/* unused columns named as a line's returns (Shopee's Returned quantity, Return / Refund
	 * Status: returns_*), the rows each marks, the first's line and value */
	int ret_field[2];
	unsigned char ret_cancel[2]; /* its name says units cancelled, not returned (t64 F3) */
	int n_ret;
	/* no price nor amount read: an unused column named as money (Amount) whose value is
	 * negative beside an unsigned quantity, a refund read as a purchase (neg_money_*) */
	int negm_field;            /* or -1 */
	size_t negm_rows;          /* such rows, the first's line and value */
	uint64_t negm_line;
	char negm_value[24];
	int ret_qalt[4], n_ret_qalt; /* unused columns a quantity's name names (Quantity Ordered):
	                              the quantity read plus the cancelled is one, it is net */
	/* a header naming no column for a required role: the values of the lines after it, read
	 * for the refusal (hdr_sample_row), or NULL */
	sniff_values *hv;
	/* the values of the first lines after the header, read before its columns are decided
	 * (values_ahead): a column empty there takes no role a filled one can (t31) */
	sniff_values *fill;
	int reserved;   /* reserve_rows has guessed the rows */
	/* the first number with each mark in a column no role reads (unused_marks, on the
	 * parser's thread; marks_merge gives them to the builder's after it stops) */
	mark_proof unused_comma, unused_point;
} loader;

/* ===== a document-type column: the event, whatever it is called =====
 * An ERP export marks its credit notes in a column of its own name (Belegart, Type): no event
 * name, so a credit note was read as a purchase. When no column is the event (and --map does
 * not say), the unused columns' values are sampled over the first rows, which are held back
 * meanwhile (rejects too, so rows reach the builder in file order), and a column whose values
 * are (almost) all known document words, one of them no purchase, becomes the event before a
 * row is built. One that falls short, though it holds a purchase word and one that is none
 * (or one that reads like a credit note), is a warning that names its values and the options
 * that read it (doc_warn): never a silent 'not used'. */

#define DOC_SAMPLE_ROWS 10000        /* rows held back at most while the column is sought */
#define DOC_SAMPLE_BYTES (16u << 20) /* their bytes, with 2 size_t per field */
#define DOC_VALUES 12                /* distinct values a document type column has, at most */
#define DOC_VALUE_MAX 64             /* a longer value is no known word, and is not kept (its
                                      * bytes: 1C's Возврат товаров от покупателя takes 55, t85 F2) */
#define DOC_UNKNOWN_KINDS 3          /* distinct values of no known word it may have */

static int sign_name(const char *name);

typedef struct doc_cand {
	int field;
	int kinds;                     /* distinct values kept */
	char value[DOC_VALUES][DOC_VALUE_MAX];
	unsigned char cls[DOC_VALUES]; /* DOC_* (doc_word) */
	size_t n[DOC_VALUES];          /* rows of each */
	size_t unknown;                /* rows of a value of no known word */
	int unknown_kinds;             /* such values */
	int known;                     /* a known word, or one that reads like a credit note, seen:
	                                  counted on for doc_warn */
	size_t rows;                   /* rows sampled or watched, empty ones too */
	int dropped;                   /* too many values, or unknown ones: no document type */
	int sign;                      /* named as a line's sign (sign_name): S/H, Dr/Cr */
	int paid;                      /* the event column by name let go for its payment methods
	                                  (event_paid): those are its purchases */
} doc_cand;

/* a warning's reason only (ingest.h): a guess reads no row as a return on a word's part */
/* credit's three spellings first: doc_returnish lets a payment word take them away. Not
 * Romance alone (t39 #2: Kreditnota, Hyvityslasku, Возврат, 退货, 반품, Trả hàng, مرتجع got no
 * warning): compared after the one fold of text, so in any script's case. */
#define RETURN_HINTS_CREDIT 3
const char *const ingest_return_hints[] = {"credit", "cr\xC3\xA9" "dit", "kredit", "refund",
					   "return", "retour", "gutschrift", "storno", "avoir",
					   "abono", "rectific", "reembols", "rimbors", "devolu",
					   "hyvity", "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82",
					   "\xE9\x80\x80", "\xEB\xB0\x98\xED\x92\x88", "\xED\x99\x98\xEB\xB6\x88",
					   "tr\xE1\xBA\xA3 h\xC3\xA0ng", "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9",
					   /* Turkish, Greek, Czech, Hebrew, Hungarian (t42 F2) */
					   "iade",
					   "\xCF\x80\xCE\xB9\xCF\x83\xCF\x84\xCF\x89\xCF\x84",
					   "dobropis",
					   "\xD7\x96\xD7\x99\xD7\x9B\xD7\x95\xD7\x99",
					   "helyesb\xC3\xADt", "j\xC3\xB3v\xC3\xA1\xC3\xADr",
					   "sztorn",
					   NULL};

const char *const ingest_payment_terms[] = {"paid", "cash", "cash_sale", "card", "cheque",
					    "check", "bar", "bezahlt", "barzahlung", "comptant",
					    "contado", "contanti", "contant",
					    /* a card beside credit: Credit Card (Stripe) is how the
					     * customer paid (t31) */
					    "karte", "carte", "tarjeta", "carta", "cart\xC3\xA3o",
					    "cartao", "kaart", "karta",
					    /* a credit card in one word, beside kredit (t39 #2) */
					    "kreditkarte", "kreditkort", "kredittkort",
					    /* card brands and wallets, as a till's tender column
					     * writes them (t67 F12) */
					    "visa", "mastercard", "amex", "maestro", "paypal",
					    "klarna", "giftcard", "gift_card", NULL};

/* The columns that say how a customer paid or what kind of customer it is, compared as
 * header names are: their credit (Credit Card) or returning (a returning customer) is no
 * document type, so they are not sought for the event (t31: WooCommerce's Payment Method
 * Title and Customer type were warned of, with a hint that read every sale as a return). */
const char *const ingest_not_documents[] = {"payment_method", "payment_method_title",
					    "payment_type", "payment", "payment_gateway",
					    "payment_gateway_names", "gateway", "card_brand", "tender",
					    "tender_type", "zahlungsart", "zahlungsmethode",
					    "mode_de_paiement", "moyen_de_paiement", "forma_de_pago",
					    "metodo_de_pago", "metodo_di_pagamento",
					    "betaalmethode", "customer_type", "customer_group",
					    "kundentyp", "kundengruppe", "type_de_client",
					    "tipo_de_cliente", "tipo_cliente", "klanttype", NULL};

typedef struct held_rec {
	uint64_t line;
	int why;                       /* -1: a row; else an rr_reject, its detail the one field */
	size_t field;                  /* its first field in hfo and hfl */
	uint32_t part;                 /* the export it came in (part_now then): sent later, it
	                                  must still start its part where it did (t72 F2) */
} held_rec;

/* Does map give the customer as the first column by its number ("user=1")? */
static int map_user_first(const char *map)
{
	for (const char *t = map; t && *t; t += strcspn(t, ",") + (t[strcspn(t, ",")] == ','))
		if (strncmp(t, "user=1", 6) == 0 && (t[6] == ',' || !t[6]))
			return 1;
	return 0;
}

/* Does map name a column by its name ("item='Produit/Service'"), not only by number
 * ("user=1") or as none ("status=-")? */
static int map_by_name(const char *map)
{
	for (const char *t = map; t && *t; t += strcspn(t, ",") + (t[strcspn(t, ",")] == ',')) {
		const char *v = memchr(t, '=', strcspn(t, ","));
		size_t m = v ? strcspn(++v, ",") : 0;
		if (v && m && !sniff_map_number(v, m) && !(m == 1 && *v == '-'))
			return 1;
	}
	return 0;
}

static void map_past_search(loader *L, const char *s, size_t n);
static int map_far_refusal(const loader *L, const char *names[MAX_FIELDS]);

/* The header's names again (the record buffer has moved on): "" with --no-header. */
/* The map the user gave: a reading again's own map adds ingest_read's amount= to it. */
static const char *own_map(const loader *L)
{
	return L->o->reread ? L->o->reread->map : L->o->map;
}

static void header_names(const loader *L, const char *names[MAX_FIELDS])
{
	for (int f = 0; f < L->ncols; f++)
		names[f] = L->hdr ? L->hdr + L->hoff[f] : "";
}

/* The header's field f as a hint's --map COL (sniff_map_col: a name a shell and relrec's
 * prompt read back as that column, or its number), into buf; never the name as shown (cut at
 * 40 bytes, its control bytes escaped), which a map need not find (t74 F20: --map
 * price='Pre\xC3\xA7o unit\xC3\xA1rio de venda do an\xC3\xBAncio (B...', copied, named no
 * column). Returns buf. */
static const char *map_field(const loader *L, int f, char *buf, size_t size)
{
	const char *names[MAX_FIELDS];
	header_names(L, names);
	sniff_map_col(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, f, buf, size);
	return buf;
}


/* used[f] = 1 for each column a role (or the item's fallback) took, else 0. */
static void columns_used(const loader *L, char used[MAX_FIELDS])
{
	memset(used, 0, MAX_FIELDS);
	for (int c = 0; c < RR_COL_N; c++)
		if (L->col[c] >= 0)
			used[L->col[c]] = 1;
	if (L->item_alt >= 0)
		used[L->item_alt] = 1;
}
/* ---- an order's number beside the invoice's (nest_check) ---- */

static void nest_drop(nest_check *N)
{
	for (int k = 0; k < 3; k++) {
		strtab_free(N->ids[k]);
		N->ids[k] = NULL;
	}
	for (int k = 0; k < 2; k++) {
		free(N->per[k]);
		N->per[k] = NULL;
		N->cap[k] = 0;
	}
	N->col = -1;
}

/* The first unused column named as an order's, an invoice's, a receipt's or a document's
 * number (sniff_order_named) beside an invoice read (not a session's), watched by nest_row. */
static void nest_field(loader *L, const char *const *names)
{
	nest_check *N = &L->nest;
	char used[MAX_FIELDS];
	N->col = -1;
	if (L->rows->no_invoice || L->in.session_invoice)
		return;
	columns_used(L, used);
	for (int f = 0; f < L->nf && f < MAX_FIELDS && N->col < 0; f++)
		if (!used[f] && sniff_order_named(names[f]))
			N->col = f;
	for (int k = 0; k < 3 && N->col >= 0; k++)
		if (!(N->ids[k] = strtab_new()))
			nest_drop(N);
}

/* A row's invoice and nest column values, both written: each new pair counted for both.
 * Out of memory: the check is dropped, unsaid. */
static void nest_row(loader *L, const char *base, const size_t *off, const size_t *len)
{
	nest_check *N = &L->nest;
	int f[2] = {L->col[RR_COL_INVOICE], N->col};
	if (f[1] < 0 || f[0] < 0 || f[0] >= L->ncols || f[1] >= L->ncols || !len[f[0]] ||
	    !len[f[1]])
		return;
	uint32_t id[2], pairs = strtab_count(N->ids[2]);
	for (int k = 0; k < 2; k++)
		id[k] = strtab_intern(N->ids[k], base + off[f[k]], len[f[k]]);
	if (id[0] == RR_NONE || id[1] == RR_NONE ||
	    strtab_intern(N->ids[2], (const char *)id, sizeof id) == RR_NONE) {
		nest_drop(N);
		return;
	}
	N->rows++;
	if (strtab_count(N->ids[2]) == pairs)   /* a pair seen before */
		return;
	for (int k = 0; k < 2; k++) {
		if (id[k] >= N->cap[k]) {
			size_t cap = N->cap[k] * 2 > id[k] + 64 ? N->cap[k] * 2 : id[k] + 64;
			uint32_t *p = realloc(N->per[k], cap * sizeof *p);
			if (!p) {
				nest_drop(N);
				return;
			}
			memset(p + N->cap[k], 0, (cap - N->cap[k]) * sizeof *p);
			N->per[k] = p;
			N->cap[k] = cap;
		}
		N->per[k][id[k]]++;
	}
}


/* ---- a code beside its name: the name for the lines that leave the code blank ---- */

/* The customer's name column beside its code (sniff_code_beside), and both header names for
 * the note; whether the item's fallback is its code's name of that kind too (item_beside). */
static void user_fallback(loader *L, const char *const *names)
{
	L->user_alt = sniff_code_beside(names, L->nf, L->col, RR_COL_USER);
	L->item_beside = L->item_alt >= 0 &&
			 sniff_code_beside(names, L->nf, L->col, RR_COL_ITEM) == L->item_alt;
	L->in.alt[0].on = L->user_alt >= 0;
	L->in.alt[1].on = L->item_beside;
	if (L->user_alt < 0)
		return;
	const char *a = names[L->user_alt], *c = names[L->col[RR_COL_USER]];
	sniff_printable(L->user_alt_name, sizeof L->user_alt_name, a, strlen(a), 40);
	sniff_printable(L->user_code_name, sizeof L->user_code_name, c, strlen(c), 40);
}

/* ---- a store's and a till's columns (restarting receipt numbers) ---- */

/* The first two unused columns whose name says a store's or a till's id (sniff_till_named:
 * Oracle Xstore's RTL_LOC_ID and WKSTN_ID), read beside each row (till_note) when the file
 * has an invoice column: a till's receipt numbers restart, and one number is then one
 * receipt only at one till (t67 F22). */
static void till_fields(loader *L, const char *const *names)
{
	char used[MAX_FIELDS];
	int n = 0;
	L->till_col[0] = L->till_col[1] = -1;
	if (L->rows->no_invoice || L->in.session_invoice)
		return;
	columns_used(L, used);
	for (int f = 0; f < L->nf && f < MAX_FIELDS && n < 2; f++)
		if (!used[f] && sniff_till_named(names[f]))
			L->till_col[n++] = f;
	L->in.till_on = n > 0;
}

/* ---- a column that groups the customers or the items (group_watch) ---- */

static void group_drop(loader *L)
{
	for (int k = 0; k < L->n_group; k++)
		colgroup_free(L->group[k].g);
	L->n_group = 0;
}

/* The unused columns (the item's fallback too: an EAN beside the SKU) whose name says they
 * may group the customers or the items read (sniff_group_kind), GROUP_WATCH at most. Out of
 * memory: unwatched, unsaid. */
static void group_fields(loader *L, const char *const *names)
{
	char used[MAX_FIELDS];
	columns_used(L, used);
	for (int f = 0; f < L->nf && f < MAX_FIELDS; f++) {
		unsigned roles;
		int kind = used[f] && f != L->item_alt ? SNIFF_GROUP_NONE
			   : sniff_group_kind(names[f], &roles);
		for (int c = 0; kind && c < RR_COL_N && L->n_group < GROUP_WATCH; c++) {
			if (!(roles >> c & 1) || L->col[c] < 0 || L->col[c] == f)
				continue;
			group_watch *w = &L->group[L->n_group];
			if (!(w->g = colgroup_new(kind == SNIFF_GROUP_MERGED)))
				return;
			w->col = f;
			w->role = c;
			w->kind = kind;
			L->n_group++;
		}
	}
}

/* A row's values of each watched column beside its role's. */
static void group_row(loader *L, const char *base, const size_t *off, const size_t *len)
{
	for (int k = 0; k < L->n_group; k++) {
		group_watch *w = &L->group[k];
		int u = L->col[w->role];
		if (!w->g || u < 0 || u >= L->ncols || w->col >= L->ncols)
			continue;
		if (colgroup_add(w->g, base + off[u], len[u], base + off[w->col], len[w->col])) {
			colgroup_free(w->g);
			w->g = NULL;
		}
	}
}

/* Seek the event among the columns no role took and of no known name, unless one is the
 * event or the map gives it (a column, or event=-). 0, or -1 with err_set. */
static int doc_start(loader *L, const char *map)
{
	L->doc_watch = -1;
	if (L->col[RR_COL_EVENT] >= 0 || sniff_map_gives(map, RR_COL_EVENT))
		return 0;
	char used[MAX_FIELDS];
	columns_used(L, used);
	int n = 0;
	const char *names[MAX_FIELDS];
	header_names(L, names);
	for (int f = 0; f < L->ncols; f++) {   /* a status that --map refused stays unused */
		used[f] |= (sniff_known_name(names[f]) && f != L->paid_field) ||
			   sniff_name_index(names[f], strlen(names[f]), ingest_not_documents) >= 0 ||
			   /* a fulfilment's or a shipment's status (fulfil_pick) */
			   sniff_name_index(names[f], strlen(names[f]), ingest_fulfil_columns) >= 0;
		n += !used[f];
	}
	if (!n)
		return 0;
	if (!(L->cand = calloc((size_t)n, sizeof *L->cand)))
		return err_set("out of memory loading '%s'", L->path);
	for (int f = 0; f < L->ncols; f++)
		if (!used[f]) {
			L->cand[L->n_cand].sign = sign_name(names[f]);
			L->cand[L->n_cand].paid = f == L->paid_field;
			L->cand[L->n_cand++].field = f;
		}
	L->doc_sampling = 1;
	return 0;
}

/* Does s[0..n) hold a word (split at blanks and brackets) that is a payment word
 * (Credit Card, Carte de crédit), or returning (a returning customer)? Then its credit or
 * return is no document's. */
static int doc_not_document(const char *s, size_t n)
{
	static const char *const returning[] = {"returning", NULL};
	for (size_t i = 0; i < n;) {
		size_t w = i;
		while (w < n && !strchr(" ()[]/,;", s[w]))
			w++;
		if (w > i && (sniff_name_index(s + i, w - i, ingest_payment_terms) >= 0 ||
			      sniff_name_index(s + i, w - i, returning) >= 0))
			return 1;
		i = w + 1;
	}
	return 0;
}

/* Is the word at s[at] in the same part of s[0..n) as a payment word? Parts are split where
 * a value joins two things: " - ", a colon, brackets, commas (Credit Note - Card is a credit
 * note paid by card; Credit Card, Carte de crédit, Credit/Debit Card a way of paying). */
static int doc_paid_part(const char *s, size_t n, size_t at)
{
	static const char sep[] = "()[],;:|";
	size_t a = at, b = at;
	while (a > 0 && !strchr(sep, s[a - 1]) &&
	       !(a >= 3 && s[a - 1] == ' ' && s[a - 2] == '-' && s[a - 3] == ' '))
		a--;
	while (b < n && !strchr(sep, s[b]) && !(b + 2 < n && s[b] == ' ' && s[b + 1] == '-' &&
						  s[b + 2] == ' '))
		b++;
	return doc_not_document(s + a, b - a);
}

/* Is the credit word at s[at..at+len) a sale's terms, a sale on credit: after on, a, à, al,
 * auf, na or op (Sale on credit, Venta a crédito, Vente à crédit), or before the value's last
 * word when that is a sale's (Credit Sale: English puts the head noun last)? Tally's Credit
 * Sale beside Sales Return was proposed as the return (t79 F17); Sales Credit and Sales Credit
 * Note, whose last word is none, stay credit notes. */
static int doc_credit_sale(const char *s, size_t n, size_t at, size_t len)
{
	static const char *const on[] = {"on", "a", "\xC3\xA0", "al", "auf", "na", "op", "w",
					 "p\xC3\xA5", NULL};
	size_t b = at;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	size_t a = b;
	while (a > 0 && s[a - 1] != ' ')
		a--;
	if (b > a && sniff_name_index(s + a, b - a, on) >= 0)
		return 1;
	size_t e = n, w;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	for (w = e; w > 0 && s[w - 1] != ' '; w--)
		;
	unsigned k = w >= at + len && e > w ? known_word(s + w, e - w) : 0;
	return (k & W_PURCHASE) && !(k & W_SUPPLIER);
}

/* Does value s[0..n) name a sale on credit (doc_credit_sale: Credit Sale, Sale on credit)? */
static int doc_on_credit(const char *s, size_t n)
{
	char low[DOC_VALUE_MAX];
	if (n >= sizeof low)
		return 0;
	low[textfold(low, s, n)] = '\0';
	for (int h = 0; h < RETURN_HINTS_CREDIT; h++) {
		const char *at = strstr(low, ingest_return_hints[h]);
		if (at && doc_credit_sale(s, n, (size_t)(at - low), strlen(ingest_return_hints[h])))
			return 1;
	}
	return 0;
}

/* Does s[0..n), a value of no known word, read like a credit note or a return? A payment
 * word in the same part takes the credit away (Credit Card: doc_paid_part), and returning is
 * a customer's (doc_not_document), but a refund or a return stays one whatever it was paid by
 * (t32: Card refund, Return - cash were no longer warned of; t34 F12: nor Credit Note - Card). */
static int doc_returnish(const char *s, size_t n)
{
	char low[DOC_VALUE_MAX];
	if (n >= sizeof low)
		return 0;
	low[textfold(low, s, n)] = '\0';   /* a fold is never longer: offsets stay within s */
	for (const char *const *h = ingest_return_hints; *h; h++) {
		const char *at = strstr(low, *h);
		/* "credit", "crédit", "kredit" lead the list */
		int credit = h - ingest_return_hints < RETURN_HINTS_CREDIT;
		if (!at || (credit && (doc_paid_part(s, n, (size_t)(at - low)) ||
				       doc_credit_sale(s, n, (size_t)(at - low), strlen(*h)))))
			continue;
		if (strcmp(*h, "return") == 0) {   /* returning is none of them */
			while (at && strncmp(at, "returning", 9) == 0)
				at = strstr(at + 1, "return");
			if (!at)
				continue;
		}
		return 1;
	}
	return 0;
}

/* Count a row's value s[0..n) (not empty) in c; its DOC_* class. A value seen before keeps
 * its class: a document type column repeats a handful of words. */
static int doc_tally(const builder *in, doc_cand *c, const char *s, size_t n)
{
	for (int k = 0; k < c->kinds && n < DOC_VALUE_MAX; k++)
		if (memcmp(c->value[k], s, n) == 0 && c->value[k][n] == '\0') {
			c->n[k]++;
			c->unknown += c->cls[k] == DOC_UNKNOWN;
			return c->cls[k];
		}
	int cls = n < DOC_VALUE_MAX ? doc_word(in, s, n) : DOC_UNKNOWN;
	if (cls == DOC_UNKNOWN && c->paid && n < DOC_VALUE_MAX && paid_word(in, s, n))
		cls = DOC_BUY;   /* a till's type column: a sale by how it was paid */
	if (cls == DOC_UNKNOWN) {
		c->unknown++;
		c->unknown_kinds++;
	}
	int p = -1;   /* a sign column's debit and credit are its known words (doc_sign) */
	c->known |= cls != DOC_UNKNOWN || (n < DOC_VALUE_MAX && doc_returnish(s, n)) ||
		    (c->sign && sign_side(s, n, &p) >= 0);
	/* a name, a code: many values, or unknown ones and no known word (one with a known word
	 * is counted on, so that a near miss is told: doc_verdict judges the rest). Not the rows
	 * of one unknown value: PayPal's Website Payment fills hundreds before a Payment Refund */
	if (c->kinds == DOC_VALUES || n >= DOC_VALUE_MAX ||
	    (!c->known && c->unknown_kinds > DOC_UNKNOWN_KINDS)) {
		c->dropped = 1;
		return cls;
	}
	memcpy(c->value[c->kinds], s, n);
	c->value[c->kinds][n] = '\0';
	c->cls[c->kinds] = (unsigned char)cls;
	c->n[c->kinds++] = 1;
	return cls;
}

/* The sign pair (sign_pairs) the most of c's rows are a side of, or -1: each side's rows
 * into side[], the rows of c's other values (a sign column's strays) into *other. */
static int cand_sign(const doc_cand *c, size_t side[2], size_t *other)
{
	size_t all = 0, most = 0;
	int best = -1;
	for (int k = 0; k < c->kinds; k++)
		all += c->n[k];
	side[0] = side[1] = 0;
	for (int i = 0; i < (int)(sizeof sign_pairs / sizeof *sign_pairs); i++) {
		size_t got[2] = {0, 0};
		for (int k = 0; k < c->kinds; k++) {
			int p = i, d = sign_side(c->value[k], strlen(c->value[k]), &p);
			if (d >= 0)
				got[d] += c->n[k];
		}
		if (got[0] + got[1] > most) {
			most = got[0] + got[1];
			best = i;
			side[0] = got[0];
			side[1] = got[1];
		}
	}
	*other = all - most;
	return best;
}

/* Are c's values a line's sign: one pair's two sides (or, named as a sign column, one side)
 * on nine rows in ten or more? A stray value among them (a typo, a Storno) does not make the
 * column another's (t54 F2). Its pair, or -1. */
#define SIGN_SHARE 9   /* tenths of a sign column's rows its two words fill at least */
static int doc_signs(const doc_cand *c)
{
	size_t side[2], other;
	int p = cand_sign(c, side, &other);
	if (p < 0 || c->dropped || (!c->sign && (!side[0] || !side[1])) ||
	    (side[0] + side[1]) * 10 < (side[0] + side[1] + other) * SIGN_SHARE)
		return -1;
	return p;
}

/* Is c's value k the bare word credit? */
static int doc_bare_credit(const doc_cand *c, int k)
{
	static const char *const credit[] = {"credit", NULL};
	return sniff_name_index(c->value[k], strlen(c->value[k]), credit) >= 0;
}

/* Do c's values read as payment terms: its only word that is no purchase the bare credit,
 * beside a payment word (Paid, Credit; Cash, Credit)? A sale on credit, not a credit note:
 * such a column is not guessed as the event (t18: every credit sale became a return). */
static int doc_terms(const doc_cand *c)
{
	int credit = 0, pay = 0;
	for (int k = 0; k < c->kinds; k++) {
		const char *v = c->value[k];
		if (doc_bare_credit(c, k))
			credit = 1;
		else if (c->cls[k] == DOC_BACK)
			return 0;
		else if (sniff_name_index(v, strlen(v), ingest_payment_terms) >= 0)
			pay = 1;
	}
	return credit && pay;
}

/* Is c's value k a supplier's document (ingest_supplier_documents: Purchase, Vendor Bill)? */
static int doc_supplier_value(const doc_cand *c, int k)
{
	return (known_word(c->value[k], strlen(c->value[k])) & W_SUPPLIER) != 0;
}

/* Does c hold a supplier's document beside a sale's word (Tally's Vch Type: Sales beside
 * Purchase)? Then its purchase words are the shop's own, no sale (supplier_decide). */
static int doc_supplier_side(const doc_cand *c)
{
	int supplier = 0, sale = 0;
	for (int k = 0; k < c->kinds; k++) {
		unsigned w = known_word(c->value[k], strlen(c->value[k]));
		supplier |= (w & W_SUPPLIER) != 0;
		sale |= (w & W_PURCHASE) && !(w & W_SUPPLIER);
	}
	return supplier && sale;
}

/* Whether c's sampled values are (almost) all known words, rows of no known word at most one
 * in fifty (one in a small file): 2 when they are a purchase and a word that is none (a
 * return, a void status, a delivery note), 1 when all are purchases; else 0. Without a
 * purchase the column is not taken: a guess must not turn a file that loads into one
 * refused for having no purchase. */
static int doc_verdict(const doc_cand *c)
{
	size_t known = 0;
	int buy = 0, back = 0, shop = doc_supplier_side(c);
	for (int k = 0; k < c->kinds; k++)
		if (c->cls[k] != DOC_UNKNOWN) {
			int own = shop && doc_supplier_value(c, k);   /* Purchase beside Sales */
			known += c->n[k];
			buy |= c->cls[k] == DOC_BUY && !own;
			back |= c->cls[k] == DOC_BACK || own;
		}
	size_t allowed = (known + c->unknown) / 50;
	if (c->dropped || !buy || c->unknown > (allowed > 1 ? allowed : 1) ||
	    c->unknown_kinds > DOC_UNKNOWN_KINDS || doc_terms(c))
		return 0;
	return back ? 2 : 1;
}

/* Does v hold, as a word of its own (split at blanks and punctuation), a line of goods'
 * (ingest_line_goods: Line Item, Product)? */
static int doc_goods(const char *v)
{
	for (size_t i = 0, n = strlen(v); i < n;) {
		size_t w = i;
		while (w < n && !strchr(" -_/:;,.()[]", v[w]))
			w++;
		if (w > i && (known_word(v + i, w - i) & W_LINE_GOODS))
			return 1;
		i = w + 1;
	}
	return 0;
}

/* Does one of c's values read as a line of goods (doc_goods)? Then only such values are
 * proposed as purchases: beside a Line Item, a Transaction is a payment's line. */
static int doc_has_goods(const doc_cand *c)
{
	for (int k = 0; k < c->kinds; k++)
		if (doc_goods(c->value[k]))
			return 1;
	return 0;
}

/* Are a[0..an) and b[0..bn) one byte changed, added or left out apart (or equal)? */
static int one_edit(const char *a, size_t an, const char *b, size_t bn)
{
	if (an > bn)
		return one_edit(b, bn, a, an);
	if (bn - an > 1)
		return 0;
	size_t i = 0;
	while (i < an && a[i] == b[i])
		i++;
	if (an == bn)   /* one changed: the rest equal */
		return i == an || memcmp(a + i + 1, b + i + 1, an - i - 1) == 0;
	return memcmp(a + i, b + i + 1, an - i) == 0;   /* one added to b */
}

/* Is word a[0..an) another form of the known word b[0..bn): the same stem, their first six
 * bytes or more alike and b's last three at most left (Portuguese Cancelamento beside
 * cancelado, Russian Аннулирование beside аннулирован, Reembolsado beside reembolso)? */
static int same_stem(const char *a, size_t an, const char *b, size_t bn)
{
	size_t p = 0;
	while (p < an && p < bn && a[p] == b[p])
		p++;
	return p >= 6 && p + 3 >= bn;
}

/* Does s[0..n), a value of no known word, read like a void status: its first word one letter
 * off one of ingest_void_statuses of five bytes or more (Romanian Anulata beside Spanish
 * anulada, Annulata, Cancellado)? A hint never proposes such a value as a purchase (t42 F8:
 * "--purchase Emisa,Anulata" kept 67 cancelled lines as sales), or of the same stem as one
 * of them or of a return (t59 F5: Cancelamento, Аннулирование were proposed)? Only hints
 * ask: no row is read otherwise for it. */
static int void_like(const char *s, size_t n)
{
	char low[DOC_VALUE_MAX];
	size_t w = 0;
	while (w < n && s[w] != ' ' && s[w] != '\t')
		w++;
	if (w < 5 || w >= sizeof low || known_word(s, n))
		return 0;
	size_t m = textfold(low, s, w);
	for (const char *const *v = ingest_void_statuses; *v; v++) {
		size_t vn = strlen(*v);
		if (vn >= 5 && !strchr(*v, '_') && (one_edit(low, m, *v, vn) || same_stem(low, m, *v, vn)))
			return 1;
	}
	for (const char *const *v = ingest_return_events; *v; v++)
		if (strlen(*v) >= 6 && !strchr(*v, '_') && same_stem(low, m, *v, strlen(*v)))
			return 1;
	return 0;
}

/* What a value of c is to the remedy: read as a purchase, maybe a sale, a return, a known
 * word that is none, or another line: in a column of line types (a Line Item among them),
 * one that is no line of goods (a Shipping Line, a Fulfillment Line, a Transaction) is
 * counted as a purchase unless a --purchase leaves it out, so never proposed as one (t39
 * #10: Matrixify's fulfilment lines doubled the quantities). */
enum { PICK_BUY, PICK_SALE, PICK_RETURN, PICK_BACK, PICK_OTHER, PICK_ORDER };
static int doc_order_beside(const doc_cand *c, int k);
static int doc_pick(const doc_cand *c, int k)
{
	const char *v = c->value[k];
	size_t side[2], other;
	int p = c->sign ? cand_sign(c, side, &other) : doc_signs(c);
	int d = p >= 0 ? sign_side(v, strlen(v), &p) : -1;
	if (d >= 0)   /* a line's sign: its debit a sale, its credit a credit note (t54 F2) */
		return d ? PICK_RETURN : PICK_SALE;
	if (doc_order_beside(c, k))
		return PICK_ORDER;
	if (c->cls[k] != DOC_UNKNOWN)   /* payment terms' credit: named with --return */
		return c->cls[k] != DOC_BUY ? (doc_bare_credit(c, k) && doc_terms(c) ?
		       PICK_RETURN : PICK_BACK) : doc_goods(v) || !doc_has_goods(c) ? PICK_BUY :
		       PICK_OTHER;
	if (doc_returnish(v, strlen(v)))
		return PICK_RETURN;
	if (doc_on_credit(v, strlen(v)))   /* Credit Sale: a sale, on credit (t79 F17) */
		return PICK_SALE;
	if (void_like(v, strlen(v)))   /* no sale to propose (t42 F8) */
		return PICK_OTHER;
	return doc_goods(v) || !doc_has_goods(c) ? PICK_SALE : PICK_OTHER;
}

/* An order beside its invoice: value k of c the bare order (an event log's purchase word,
 * Erply's ORDER), and another value one a hint would offer as a sale, a purchase word or one
 * of no known word that reads as none of the others (CASHINVOICE, INVWAYBILL). Most ERPs'
 * document lists hold the sales order and the invoice made from it, the same lines twice
 * (t72 F15: --purchase ORDER,CASHINVOICE,INVWAYBILL counted 403 lines again); it is named
 * as left out, never proposed. */
static int doc_order_beside(const doc_cand *c, int k)
{
	static const char *const order[] = {"order", "orders", NULL};
	if (c->cls[k] != DOC_BUY ||
	    sniff_name_index(c->value[k], strlen(c->value[k]), order) < 0)
		return 0;
	for (int j = 0; j < c->kinds; j++) {
		const char *v = c->value[j];
		size_t n = strlen(v);
		if (j == k || sniff_name_index(v, n, order) >= 0)
			continue;
		if (c->cls[j] == DOC_BUY || (c->cls[j] == DOC_UNKNOWN && !doc_returnish(v, n) &&
					     !void_like(v, n)))
			return 1;
	}
	return 0;
}

/* Are c's values a spelled-out sign pair's two sides (sign_spelled), beside nothing but
 * values of no known word (PayPal's Memo), in a column not named as a sign? */
static int doc_money_way(const doc_cand *c)
{
	int seen = 0;
	if (c->sign)
		return 0;
	for (int k = 0; k < c->kinds; k++) {
		int p = -1, d = sign_side(c->value[k], strlen(c->value[k]), &p);
		if (d >= 0 && sign_spelled(p))
			seen |= 1 << d;
		else if (c->cls[k] != DOC_UNKNOWN)
			return 0;
	}
	return seen == 3;
}

/* Does c hold a purchase word? */
static int doc_buys(const doc_cand *c)
{
	for (int k = 0; k < c->kinds; k++)
		if (c->cls[k] == DOC_BUY)
			return 1;
	return 0;
}

/* Do c's values, a few, fill (nearly) every row, as a document type's do (a note a row in
 * ten holds does not)? */
static int doc_filled(const doc_cand *c)
{
	size_t filled = c->unknown;
	for (int k = 0; k < c->kinds; k++)
		filled += c->cls[k] != DOC_UNKNOWN ? c->n[k] : 0;
	return !c->dropped && filled * 10 >= c->rows * 9;
}

/* A near miss: c holds a purchase word and one that is none, or one that reads like a credit
 * note, but was not taken; or, with no purchase word, fills the rows with a few values, one of
 * them a credit note's (PayPal's Website Payment, Payment Refund; Schlussrechnung, Gutschrift).
 * Its credit notes would be read as purchases without a word. */
static int doc_near(const doc_cand *c)
{
	int buy = 0, back = 0, credit = 0;
	for (int k = 0; k < c->kinds; k++) {
		int p = doc_pick(c, k);
		buy |= p == PICK_BUY || p == PICK_ORDER;
		back |= p == PICK_BACK || p == PICK_RETURN;
		credit |= doc_returnish(c->value[k], strlen(c->value[k]));
	}
	return !c->dropped && !doc_money_way(c) && ((buy && back) ||
						    (!buy && credit && doc_filled(c)));
}

/* Append to out (o bytes used) c's values picked as pick (PICK_BUY with PICK_SALE too),
 * comma-separated, as an option's value a shell and the prompt read back (rr_arg_word), a
 * value no list can name left out (list_value). The number appended. */
static int doc_list(char *out, size_t size, size_t o, const doc_cand *c, int pick)
{
	char list[400] = "", shown[RR_ARG_WORD(400)];
	size_t l = 0;
	int got = 0;
	for (int pass = 0; pass < 1 + (pick == PICK_BUY); pass++)   /* the known words first */
		for (int k = 0; k < c->kinds && l < sizeof list; k++) {
			if (doc_pick(c, k) != (pass ? PICK_SALE : pick) || !list_value(c->value[k]))
				continue;
			l += (size_t)snprintf(list + l, sizeof list - l, "%s%s", got++ ? "," : "",
					      c->value[k]);
		}
	if (!got || o >= size)
		return got;
	/* the list as one word (rr_arg_word), else its placeholder: never a word cut short */
	const char *w = l < sizeof list && rr_arg_word(shown, sizeof shown, list) ? shown : "VALUES";
	if (strlen(w) >= size - o)
		w = "VALUES";
	if (strlen(w) < size - o)
		memcpy(out + o, w, strlen(w) + 1);
	return got;
}

/* The values of c picked as pick, "Schlussrechnung, Teilrechnung", into out; how many. */
static int doc_named(char *out, size_t size, const doc_cand *c, int pick)
{
	char shown[64];
	size_t o = 0;
	int got = 0;
	out[0] = '\0';
	for (int k = 0; k < c->kinds && o < size; k++)
		if (doc_pick(c, k) == pick)
			o += (size_t)snprintf(out + o, size - o, "%s%s", got++ ? ", " : "",
					      sniff_printable(shown, sizeof shown, c->value[k],
							      strlen(c->value[k]), 30));
	return got;
}

/* c's values with their counts, most rows first, the first six: "Rechnung 4391, ...". */
static void doc_counts(char *out, size_t size, const doc_cand *c)
{
	int order[DOC_VALUES], n = c->kinds;
	char shown[64];
	for (int k = 0; k < n; k++) {
		int j = k;
		for (; j > 0 && c->n[order[j - 1]] < c->n[k]; j--)
			order[j] = order[j - 1];
		order[j] = k;
	}
	size_t o = 0;
	out[0] = '\0';
	for (int i = 0; i < n && i < 6 && o < size; i++)
		o += (size_t)snprintf(out + o, size - o, "%s%s %zu", i ? ", " : "",
				      sniff_printable(shown, sizeof shown, c->value[order[i]],
						      strlen(c->value[order[i]]), 30),
				      c->n[order[i]]);
	if (n > 6 && o < size)
		snprintf(out + o, size - o, ", and %d more", n - 6);
}

/* Append to out (o bytes used) what --purchase leaves c's known words that are none read
 * as: " (Credit read as a return, Lieferschein skipped: add one that is a sale to
 * --purchase)". A hint that said only which to add turned t18's credit sales into returns
 * unawares. */
static void doc_others(char *out, size_t size, size_t o, const builder *in, const doc_cand *c)
{
	char shown[64];
	int got = 0, other = 0, order = 0;
	for (int k = 0; k < c->kinds && o < size; k++) {
		const char *v = c->value[k];
		int p = doc_pick(c, k);
		if (p != PICK_BACK && p != PICK_OTHER && p != PICK_ORDER)
			continue;
		other |= p == PICK_OTHER;
		int ret = p == PICK_BACK &&
			  event_kind(in, v, strlen(v), event_word(in, v, strlen(v))) == EV_RETURN;
		o += (size_t)snprintf(out + o, size - o, "%s%s %s", !got++ ? " (" : order ? "; " :
				      ", ", sniff_printable(shown, sizeof shown, v, strlen(v), 30),
				      ret ? "read as a return" : p == PICK_ORDER ? "skipped: beside "
				      "the invoices, an order holds their lines again" : "skipped");
		order = p == PICK_ORDER;
	}
	/* the lines not proposed are counted now: say so, not only that they would be skipped
	 * (t39 #10: Matrixify's fulfilment lines doubled the quantities) */
	if (got && o < size)
		snprintf(out + o, size - o, ": %sadd one that is a sale to --purchase)", other ?
			 "each row is read as a purchase now, these too; " : "");
}

/* "if Schlussrechnung is a sale, load with --map event='Belegart' --purchase
 * Rechnung,Schlussrechnung": the options that read c's column as the event, and the
 * condition they rest on, into out. */
/* The first of c's values that is a void status (voided, Canceled, Payment error:
 * ingest_void_statuses), or -1 (and -1 in a file that has a status column): such values are
 * an order's statuses, not documents. As the event, refunded would be a return; as the
 * status it is an order kept (t33: Shopify's Statut financier, PrestaShop's current_state
 * were hinted as --map event= --return). */
/* Does s hold a document's own noun as a word of its own: sale, refund, return, credit (Card
 * sale, Card refund), which an order's status writes as refunded or returned, not so? */
static int doc_noun(const char *s)
{
	static const char *const nouns[] = {"sale", "sales", "refund", "return", "credit", NULL};
	for (const char *p = s; *p;) {
		while (*p && !((*p | 32) >= 'a' && (*p | 32) <= 'z'))
			p++;
		const char *w = p;
		while ((*p | 32) >= 'a' && (*p | 32) <= 'z')
			p++;
		for (int i = 0; p > w && nouns[i]; i++)
			if (strlen(nouns[i]) == (size_t)(p - w) && !strncasecmp(w, nouns[i], (size_t)(p - w)))
				return 1;
	}
	return 0;
}

/* Is s[0..n) a return's own document (a known return word: Retoure, Gutschrift, Storno,
 * Return), not an order's state after a refund (refunded, returned, and Bol.com's Dutch and
 * eMAG's Romanian returned: the order was bought)?
 * Read as a status it would be a sale (t42 F9: plentymarkets' Retoure orders). */
static int return_document(const char *s, size_t n)
{
	static const char *const states[] = {"refunded", "returned", "geretourneerd",
					     "returnat\xC4\x83", "returnata", NULL};
	return (known_word(s, n) & W_RETURN) && sniff_name_index(s, n, states) < 0;
}

static int doc_status_value(const builder *in, const doc_cand *c)
{
	int v = -1;
	for (int k = 0; k < c->kinds && !in->has_status; k++) {
		size_t n = strlen(c->value[k]);
		/* t34: Card sale, Card refund beside a Payment error; t42 F9: a Retoure order
		 * beside Storniert, which the status would keep as a sale */
		if (doc_noun(c->value[k]) || return_document(c->value[k], n))
			return -1;
		if (v < 0 && void_status(c->value[k], n, known_word(c->value[k], n)))
			v = k;
	}
	return v;
}

static void doc_remedy(char *out, size_t size, const builder *in, const doc_cand *c,
		       const char *name, const char *map)
{
	int v = doc_status_value(in, c);
	if (v >= 0) {
		char shown[40];
		snprintf(out, size, "load with --map status=%s, which skips the orders never "
			 "bought (%s) and keeps the others, refunded ones too, as sales", map,
			 sniff_printable(shown, sizeof shown, c->value[v], strlen(c->value[v]), 30));
		return;
	}
	char sale[200], ret[200], other[200];
	int ns = doc_named(sale, sizeof sale, c, PICK_SALE);
	int nr = doc_named(ret, sizeof ret, c, PICK_RETURN);
	int no = doc_named(other, sizeof other, c, PICK_OTHER);
	size_t o;
	if (!ns && !nr)
		o = (size_t)snprintf(out, size, "if '%s' is the document type (a credit note, a "
				     "return)", name);
	else
		o = (size_t)snprintf(out, size, "if %s%s%s%s%s", ns ? sale : "",
				     !ns ? "" : ns == 1 ? " is a sale" : " are sales", ns && nr ?
				     " and " : "", nr ? ret : "", !nr ? "" : nr == 1 ? " is a "
				     "credit note or a return" : " are credit notes or returns");
	o += (size_t)snprintf(out + o, o < size ? size - o : 0, ", load with --map event=%s",
			      map);
	/* the known purchase words alone when no other value reads as a sale and one is left
	 * out: a value like a void or a refund (Аннулирование, Cancelamento) is named as
	 * skipped, the one to add if it is a sale, never bought (t59 F5) */
	int buys = ns || (no && doc_buys(c));
	if (buys && o < size) {
		o += (size_t)snprintf(out + o, size - o, " --purchase ");
		doc_list(out, size, o, c, PICK_BUY);
		o = strlen(out);
	} else if (no && o < size) {   /* none reads as a sale: the user's word */
		o += (size_t)snprintf(out + o, size - o, " --purchase and the sales among %s",
				      other);
	}
	if (nr && o < size) {
		o += (size_t)snprintf(out + o, size - o, " --return ");
		doc_list(out, size, o, c, PICK_RETURN);
		o = strlen(out);
	}
	if (buys)
		doc_others(out, size, o, in, c);
}

/* Make room for need items of size elem at *p (*cap of them now): doubling. 0, or -1. */
static int hold_room(void **p, size_t *cap, size_t elem, size_t need)
{
	if (need <= *cap && *p)   /* allocated even for none: hb + 0 must not be NULL + 0 */
		return 0;
	size_t nc = *cap ? *cap : 256;
	while (nc < need)
		nc *= 2;
	void *q = realloc(*p, nc * elem);
	if (!q)
		return -1;
	*p = q;
	*cap = nc;
	return 0;
}

/* Hold a record back while the column is sought: a row's nf fields (base, off, len), or a
 * reject (why >= 0) with its detail as its one field. */
static void doc_hold(loader *L, int why, const char *base, const size_t *off, const size_t *len,
		     int nf)
{
	size_t bytes = 0;
	for (int f = 0; f < nf; f++)
		bytes += len[f];
	if (hold_room((void **)&L->hb, &L->hb_cap, 1, L->hb_len + bytes) != 0 ||
	    hold_room((void **)&L->hfo, &L->hfo_cap, sizeof *L->hfo, L->hf_n + (size_t)nf) != 0 ||
	    hold_room((void **)&L->hfl, &L->hfl_cap, sizeof *L->hfl, L->hf_n + (size_t)nf) != 0 ||
	    hold_room((void **)&L->hrec, &L->hcap, sizeof *L->hrec, L->hn + 1) != 0) {
		err_set("out of memory loading '%s'", L->path);
		L->failed = 1;
		return;
	}
	L->hrec[L->hn++] = (held_rec){.line = L->rec_line, .why = why, .field = L->hf_n,
				      .part = L->in.part_now};
	for (int f = 0; f < nf; f++) {
		memcpy(L->hb + L->hb_len, base + off[f], len[f]);
		L->hfo[L->hf_n] = L->hb_len;
		L->hfl[L->hf_n++] = len[f];
		L->hb_len += len[f];
	}
}

static int mem_has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

/* The fulfilment's status column (ingest_fulfil_columns): the first no role took, unless
 * --map names the status (or says none: status=-), which is then the analyst's reading. */
static void fulfil_pick(loader *L, const char *used, const char *const *names)
{
	if (sniff_map_gives(L->o->map, RR_COL_STATUS))
		return;
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->fulfil_col < 0; f++)
		if (!used[f] &&
		    sniff_name_index(names[f], strlen(names[f]), ingest_fulfil_columns) >= 0) {
			L->fulfil_col = f;
			snprintf(L->in.fulfil_name, sizeof L->in.fulfil_name, "%s", names[f]);
		}
}

/* The line total beside a price that no role reads (Chargebee's Amount beside its Unit
 * Amount: the amount role is read only without a price), by its name, for blank_qty_one to
 * compare a blank quantity's price with. */
static void total_pick(loader *L, const char *used, const char *const *names)
{
	if (L->col[RR_COL_AMOUNT] >= 0 || L->col[RR_COL_PRICE] < 0 || L->col[RR_COL_QTY] < 0)
		return;
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++)
		if (!used[f] && sniff_name_holds_role(names[f], RR_COL_AMOUNT)) {
			L->total_col = f;
			return;
		}
}

/* The line-type column, from the first row: the first column no role took whose value is a
 * line-type word (Artikel, Sachkonto, Physical Item). Past it, a column of other values is
 * no such column after all, and its words are then set aside (line_verdict). */
static void line_pick(loader *L, const char *base, const size_t *off, const size_t *len)
{
	char used[MAX_FIELDS];
	columns_used(L, used);
	const char *names[MAX_FIELDS];
	header_names(L, names);
	L->line_picked = 1;
	L->line_col = L->zone_col = L->year_col = L->fulfil_col = L->total_col = -1;
	fulfil_pick(L, used, names);
	total_pick(L, used, names);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->year_col < 0; f++)
		if (!used[f] && year_text(base + off[f], len[f]) &&
		    sniff_name_index(names[f], strlen(names[f]), ingest_year_columns) >= 0) {
			L->year_col = f;
			snprintf(L->in.dates.year_from, sizeof L->in.dates.year_from,
				 "each row's '%.40s'", names[f]);
		}
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->zone_col < 0; f++)
		if (!used[f] && len[f] &&
		    sniff_name_index(names[f], strlen(names[f]), ingest_zone_columns) >= 0) {
			L->zone_col = f;
			sniff_printable(L->zone_value, sizeof L->zone_value, base + off[f], len[f], 40);
		}
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->line_col < 0; f++)
		if (!used[f] && len[f] &&
		    (known_word(base + off[f], len[f]) & (W_LINE_GOODS | W_LINE_OTHER | W_LINE_TRADE)))
			L->line_col = f;
}

/* The numbers of the columns no role reads tell the file's decimal mark too (t33 QB-2: an
 * unused Amount's "1,100.00" settles a quantity's "1,000" as thousands, which was rejected
 * as undecided): a number written with a mark that thousands cannot be ("2.00",
 * "1,100.00", "12,5") is taken as the rows' numbers are (note_mark). One whose mark stands
 * before three digits ("1,000", "45.000") is left out: that is the question itself. */
static void unused_mark(loader *L, const char *s, size_t n, uint64_t line)
{
	const builder *in = &L->in;
	double v;
	char mark = 0;
	const rr_currency *cur;
	if (n == 0 || n > 40 || !mem_has_digit(s, n) ||
	    field_number(s, n, 1, 0, in->comma_sep, &v, &mark, &cur) != 0 ||
	    (mark != '.' && mark != ','))
		return;
	const char *m = memchr(s, mark, n), *last = m;
	while (m && (m = memchr(m + 1, mark, (size_t)(s + n - m - 1))))
		last = m;
	size_t after = 0;
	while (last && last + 1 + after < s + n && is_digit(last[1 + after]))
		after++;
	if (after != 3 || (memchr(s, '.', n) && memchr(s, ',', n)))
		note_mark_at(&L->unused_comma, &L->unused_point, mark, line, s, n, 1);
}

/* After the builder has stopped: a mark no read column showed takes the unused columns' proof
 * (as note_mark_at's rule: a read column's replaces an unused one's, whichever came first). */
static void marks_merge(loader *L)
{
	if (L->in.dec)
		return;
	if (!L->in.comma.line)
		L->in.comma = L->unused_comma;
	if (!L->in.point.line)
		L->in.point = L->unused_point;
}

/* The column map of the roles as they stand: made again when a role's column, the item's
 * other column, the line type's or the header's width has changed since it was last made. */
static const col_map *col_map_get(loader *L)
{
	static const int cols[F_ITEM_ALT] = {RR_COL_INVOICE, RR_COL_ITEM, RR_COL_DESC, RR_COL_USER,
					     RR_COL_COUNTRY, RR_COL_QTY, RR_COL_PRICE, RR_COL_DATE,
					     RR_COL_AMOUNT, RR_COL_TIME, RR_COL_EVENT, RR_COL_STATUS};
	col_map *m = &L->cmap;
	/* a unit's size read in its own field (e94: the pack's column converts each quantity) */
	int pack = L->in.pack ? L->pack_col : -2, cases = L->in.cases ? L->cases_col : -1;
	if (m->made && m->item_alt == L->item_alt && m->line_col == L->line_col &&
	    m->year_col == L->year_col && m->fulfil_col == L->fulfil_col && m->pack == pack &&
	    m->total_col == L->total_col &&
	    m->cases == cases && m->ncols == L->ncols &&
	    memcmp(m->col, L->col, sizeof m->col) == 0 && memcmp(m->till, L->till_col,
								  sizeof m->till) == 0 &&
	    m->user_alt == L->user_alt)
		return m;
	memcpy(m->till, L->till_col, sizeof m->till);
	m->user_alt = L->user_alt;
	m->year_col = L->year_col;
	m->fulfil_col = L->fulfil_col;
	m->total_col = L->total_col;
	memcpy(m->col, L->col, sizeof m->col);
	m->item_alt = L->item_alt;
	m->line_col = L->line_col;
	m->pack = pack;
	m->cases = cases;
	m->ncols = L->ncols;
	m->made = 1;
	for (int k = 0; k < F_N; k++)
		m->field[k] = k == F_ITEM_ALT ? L->item_alt : k == F_LINE ? L->line_col :
			      k == F_YEAR ? L->year_col : k == F_TILL ? L->till_col[0] :
			      k == F_TILL2 ? L->till_col[1] : k == F_USER_ALT ? L->user_alt :
			      k == F_CASES ? cases : k == F_FULFIL ? L->fulfil_col :
			      k == F_TOTAL ? L->total_col :
			      k == F_PACK ? (pack != -2 ? pack : -1) :
			      k == F_UOM ? (pack != -2 ? L->uom_col : -1) : L->col[cols[k]];
	int nc = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS;
	m->unused = nc <= 0 ? 0 : nc >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << nc) - 1;
	for (int c = 0; c < RR_COL_N; c++)
		if (L->col[c] >= 0 && L->col[c] < 64)
			m->unused &= ~((uint64_t)1 << L->col[c]);
	return m;
}

/* Have the columns no role reads shown both marks (or is the mark given)? The parser's own
 * proofs: the builder's, written on its thread, are not read here. */
static int marks_settled(const loader *L)
{
	return L->in.dec || (L->unused_point.line && L->unused_comma.line);
}

/* unused_mark for each field no role reads, in order, until the marks are settled: the
 * first 64 fields by a mask of the roles' made once per row (not every role against every
 * field of every row), any past them as before. */
static void unused_marks(loader *L, const char *base, const size_t *off, const size_t *len,
			 uint64_t line)
{
	int nc = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS;
	if (marks_settled(L) || nc <= 0)
		return;
	for (uint64_t unused = col_map_get(L)->unused; unused && !marks_settled(L);
	     unused &= unused - 1) {
		int f = __builtin_ctzll(unused);
		unused_mark(L, base + off[f], len[f], line);
	}
	for (int f = 64; f < nc && !marks_settled(L); f++) {
		int used = 0;
		for (int c = 0; c < RR_COL_N; c++)
			used |= L->col[c] == f;
		if (!used)
			unused_mark(L, base + off[f], len[f], line);
	}
}

/* Is s[0..n) written as money: with a currency, or with two digits after its mark (74.90,
 * 0,00)? A count of units is not (t35 F10: Stripe's Amount was offered as the quantity). */
static int money_written(const builder *in, const char *s, size_t n)
{
	double v;
	char mark = 0;
	const rr_currency *cur;
	if (!n || field_number(s, n, 1, 0, in->comma_sep, &v, &mark, &cur) != 0)
		return 0;
	if (cur)
		return 1;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '-'))
		n--;
	return n > 3 && (s[n - 3] == '.' || s[n - 3] == ',') && is_digit(s[n - 2]) &&
	       is_digit(s[n - 1]);
}
static void status_ids_row(loader *L, const char *s, size_t n);
static void probe_row(loader *L, const char *base, const size_t *off, const size_t *len,
		      uint64_t line);
static void returns_row(loader *L, int i, const char *s, size_t n);
static void neg_money_row(loader *L, const char *s, size_t n, const char *q, size_t qn,
			  uint64_t line);
static int cancel_netted(const loader *L, const char *base, const size_t *off, const size_t *len,
			 const char *s, size_t n);

/* Does the row's status (the status column's value) say its order was never bought? A
 * cancellation's date left unused beside it (Shopify's Cancelled at beside a Financial
 * Status of voided) then marks a line already skipped: not warned of (flags_warn). */
static int status_void_at(const loader *L, const char *base, const size_t *off,
			  const size_t *len)
{
	int c = L->col[RR_COL_STATUS];
	if (c < 0 || c >= L->ncols || !len[c])
		return 0;
	size_t n = len[c];
	const char *s = status_unslug(base + off[c], &n);
	return void_status(s, n, known_word(s, n));
}

/* An unused column's values as a quantity's, a price's or an invoice number's look (t44 #10,
 * t41 N3: after a --map, a column named in a language relrec does not know stayed "not
 * used", each line one unit, with no hint): filled, numbers, whole numbers among them, the
 * lines holding the line above's value, and the numbers' least, greatest and sum. */
/* An unused column's values, each with its first line's customer and day, in a file without
 * an invoice: an order's number is written on one customer's lines of one day (t63 F17: a
 * Subscription ID, the same on a subscriber's boxes of many months, was offered as the
 * invoice before Order Name). The first SPREAD_CAP values are held. */
enum { SPREAD_CAP = 4096, SPREAD_SLOTS = 2 * SPREAD_CAP };
typedef struct spread_map {
	uint32_t value[SPREAD_SLOTS];  /* a value's hash, or 0 for an empty slot */
	uint32_t when[SPREAD_SLOTS];   /* its first line's customer and day, hashed */
	unsigned char spread[SPREAD_SLOTS]; /* a later line of it was another's or another day's */
	size_t n, n_spread;            /* values held; of them, spread */
} spread_map;

typedef struct col_look {
	struct spread_map *spread; /* no invoice: its values' customers and days, or NULL */
	size_t filled, num, whole, same;
	size_t with_user;          /* filled on a row with a customer of its own */
	size_t steps;              /* numbers one above the number before them: a row counter's */
	size_t clock;              /* times of day (14:05, 2:30:15 PM): no order's number */
	size_t days;               /* days written YYYYMMDD (20240110): no order's number either */
	size_t padded;             /* whole numbers written with leading zeros (000010): an id's or
	                              a position's, never a count's or money */
	size_t pos, pos_up;        /* numbers the first one or the one before plus the first (10,
	                              20, 30, 10): a line's position's; of them, the steps up */
	double first;              /* the first number */
	double lo, hi, sum, prev;
	uint32_t last;
	int total_col;             /* the unused column its number times the quantity is on a
	                              row (a line's total beside this unit price), or -1 */
	size_t total_rows;         /* the rows so, of a quantity other than 1 */
	size_t factor_rows;        /* with no quantity or price: rows where it, a whole number
	                              other than 1, times another unused number is a third (a
	                              quantity times its price is the line's total) */
} col_look;

static int field_used(const loader *L, int f)
{
	for (int c = 0; c < RR_COL_N; c++)
		if (L->col[c] == f)
			return 1;
	return 0;
}

/* Is v[0..n) a time of day, H:MM or HH:MM:SS, an AM or PM after it or not (t49 F07: Moka's
 * Waktu was offered as the invoice, every sale of one minute on any day one order)? */
static int clock_like(const char *v, size_t n)
{
	size_t k = 0, groups = 0;
	while (k < n) {
		size_t d = 0;
		while (k + d < n && v[k + d] >= '0' && v[k + d] <= '9')
			d++;
		if (!d || d > 2 || (groups && d != 2))
			break;
		k += d;
		groups++;
		if (k == n || v[k] != ':' || groups == 3)
			break;
		k++;
	}
	if (groups < 2)
		return 0;
	while (k < n && v[k] == ' ')
		k++;
	return k == n || (n - k == 2 && (v[k] == 'A' || v[k] == 'P' || v[k] == 'a' ||
					 v[k] == 'p') && (v[k + 1] == 'M' || v[k + 1] == 'm'));
}

static int digits_only(const char *v, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (v[k] < '0' || v[k] > '9')
			return 0;
	return n > 0;
}

/* Is v[0..n) a day written YYYYMMDD, of a year from 1900 to 2099 (t53 F13: Infor M3's
 * OAORDT, the same on an order's lines, was offered as the invoice)? */
static int compact_day(const char *v, size_t n)
{
	char d[9];
	if (n != 8 || !digits_only(v, n))
		return 0;
	memcpy(d, v, 8);
	d[8] = '\0';
	long x = strtol(d, NULL, 10), y = x / 10000, m = x / 100 % 100, day = x % 100;
	return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

/* Of a row's unused numbers x[] (ok[] those read), which is another's times the row's
 * quantity q (not 0 or 1): a unit price beside its line's total, counted in L->look (the
 * price hint names the unit price, not the total: t56 F1, a SKU Subtotal was offered). */
static void look_totals(loader *L, const double *x, const unsigned char *ok, double q)
{
	L->look_qty_rows++;
	int n = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS;
	for (int f = 0; f < n; f++)
		for (int g = 0; g < n && ok[f] && x[f] > 0; g++)
			if (g != f && ok[g] && fabs(x[g] - q * x[f]) <= 0.005 + 1e-9 * fabs(x[g])) {
				col_look *c = &L->look[f];
				c->total_rows = c->total_col == g ? c->total_rows + 1 : 1;
				c->total_col = g;
				break;
			}
}

/* Of a row's unused numbers x[] (ok[] those read; the first 16 of them), those that are a
 * whole number other than 0 and 1 whose product with another is a third, counted in
 * L->look: a quantity, beside its price and the line's total (t59 F12: Protheus's D2_QUANT
 * x D2_PRCVEN = D2_TOTAL, while a series column of 1 on every line was offered as the
 * quantity). */
static void look_factors(loader *L, const double *x, const unsigned char *ok)
{
	int f[16], n = 0;
	for (int k = 0; k < L->ncols && k < MAX_FIELDS && n < 16; k++)
		if (ok[k] && x[k] > 0)
			f[n++] = k;
	for (int a = 0; a < n; a++) {
		double v = x[f[a]];
		if (v == 1 || v != floor(v))
			continue;
		int hit = 0;
		for (int b = 0; b < n && !hit; b++)
			for (int c = 0; c < n && !hit && b != a; c++)
				hit = c != a && c != b &&
				      fabs(v * x[f[b]] - x[f[c]]) <= 0.005 + 1e-9 * x[f[c]];
		L->look[f[a]].factor_rows += hit;
	}
}

static uint32_t field_hash(const char *v, size_t n);

/* A row's customer and day hashed (the day as date_read_one reads the date column's text,
 * or the text when it reads as none), for spread_add; 0 when the row has no date. */
static uint32_t look_when(loader *L, const char *base, const size_t *off, const size_t *len)
{
	int d = L->col[RR_COL_DATE], u = L->col[RR_COL_USER];
	if (d < 0 || d >= L->ncols || !len[d])
		return 0;
	uint32_t h = field_hash(base + off[d], len[d]);
	int32_t minute;
	if (h != L->look_date_h || !L->look_day) {
		L->look_date_h = h;
		L->look_day = date_read_one(base + off[d], len[d], &minute) == 0 ?
			      date_floor_day(minute) + 1 : -(int64_t)h - 1;
	}
	uint32_t w = u >= 0 && u < L->ncols ? field_hash(base + off[u], len[u]) : 2166136261u;
	w = (w ^ (uint32_t)L->look_day) * 16777619u;
	w = (w ^ (uint32_t)((uint64_t)L->look_day >> 32)) * 16777619u;
	return w ? w : 1;
}

/* Value hash h of column c on a line of customer and day when: held with its first line's,
 * or marked spread when another's. Out of memory: the column is not watched, unsaid. */
static void spread_add(col_look *c, uint32_t h, uint32_t when)
{
	if (!c->spread && !(c->spread = calloc(1, sizeof *c->spread)))
		return;
	spread_map *m = c->spread;
	uint32_t v = h ? h : 1, k = v & (SPREAD_SLOTS - 1);
	while (m->value[k] && m->value[k] != v)
		k = (k + 1) & (SPREAD_SLOTS - 1);
	if (!m->value[k]) {
		if (m->n >= SPREAD_CAP)
			return;
		m->value[k] = v;
		m->when[k] = when;
		m->n++;
	} else if (m->when[k] != when && !m->spread[k]) {
		m->spread[k] = 1;
		m->n_spread++;
	}
}

/* Does an invoice look-alike's column nest within (customer, day): its values, but a tenth
 * at most, each on one customer's lines of one day? A column not watched is not judged. */
static int spread_nests(const col_look *c)
{
	return !c->spread || c->spread->n_spread * 10 <= c->spread->n;
}

/* Of two invoice look-alikes, does a's nest within (customer, day) better than b's (fewer
 * of its values spread)? */
static int spread_better(const col_look *a, const col_look *b)
{
	if (!a->spread || !b->spread || !a->spread->n || !b->spread->n)
		return 0;
	return a->spread->n_spread * b->spread->n < b->spread->n_spread * a->spread->n;
}

/* One row's unused fields into L->look. */
static void look_row(loader *L, const char *base, const size_t *off, const size_t *len)
{
	double xs[MAX_FIELDS], q = 0;
	unsigned char ok[MAX_FIELDS] = {0};
	L->look_rows++;
	uint32_t when = L->rows->no_invoice ? look_when(L, base, off, len) : 0;
	int u = L->col[RR_COL_USER], own_user = u >= 0 && u < L->ncols && len[u] > 0;
	L->look_user_rows += own_user;
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++) {
		col_look *c = &L->look[f];
		const char *v = base + off[f];
		size_t n = len[f];
		if (!n || field_used(L, f))
			continue;
		c->with_user += own_user;
		uint32_t h = 2166136261u;
		for (size_t k = 0; k < n; k++)
			h = (h ^ (unsigned char)v[k]) * 16777619u;
		c->same += c->filled && h == c->last;
		c->last = h;
		if (when)
			spread_add(c, h, when);
		c->filled++;
		c->clock += clock_like(v, n);
		c->days += compact_day(v, n);
		double x;
		char mark = 0;
		const rr_currency *cur;
		if (field_number(v, n, 1, L->in.dec, L->in.comma_sep, &x, &mark, &cur) != 0)
			continue;
		c->lo = c->num ? (x < c->lo ? x : c->lo) : x;
		c->hi = c->num ? (x > c->hi ? x : c->hi) : x;
		c->steps += c->num && x == c->prev + 1;
		c->padded += n > 1 && v[0] == '0' && digits_only(v, n);
		c->first = c->num ? c->first : x;
		c->pos_up += c->num && c->first > 0 && x == c->prev + c->first;
		c->pos += c->num && c->first > 0 && (x == c->first || x == c->prev + c->first);
		c->prev = x;
		c->num++;
		c->sum += x;
		/* floor, not a cast to long long: 5e20 has none (UBSan, the fuzzer) */
		c->whole += x == floor(x) && !memchr(v, '.', n) && !memchr(v, ',', n);
		xs[f] = x;
		ok[f] = 1;
	}
	if (L->rows->no_qty && L->rows->no_price)
		look_factors(L, xs, ok);
	int qc = L->col[RR_COL_QTY];
	const rr_currency *cur;
	char mark = 0;
	if (qc >= 0 && qc < L->ncols && L->rows->no_price &&
	    field_number(base + off[qc], len[qc], 0, L->in.dec, L->in.comma_sep, &q, &mark,
			 &cur) == 0 && q > 0 && q != 1)
		look_totals(L, xs, ok, q);
}

/* A line total no role reads, checked against each row's quantity times its unit price
 * (t59 F7: grams at a price per kg, prices per 100 or 1000 units, line discounts made the
 * spend 100 to 1000 times what the customers paid, and nothing said so). Per unused column,
 * of the rows of a quantity and a price above 0: */
typedef struct line_check {
	int field;
	size_t eq;       /* its number is the quantity times the price (to the cent) */
	size_t factor;   /* that product divided by 10, 100 or 1000 (a price per 100 units, a
	                    weight in grams at a price per kg), or times a whole number from 2 to
	                    144 (a pack's units at a price each) */
	size_t less;     /* below the product, 0 included: a line discount, a line given away */
	size_t more;     /* above it otherwise: a gross line total, a charge, no line total */
	int k, k_mixed;  /* the factor of the first such row (line_factor), and whether another
	                    row's was another */
	uint64_t first;  /* the first line where it disagrees (factor or less) */
	size_t alt;      /* of factor and less: another quantity's column times the price */
	int alt_q;       /* the first such column (lc_qalt's index) */
	size_t taxed;    /* of less: the product without a tax rate (line_tax_rates), a total
	                    net of tax beside a price with it (t62 F11) */
	size_t disc_eq;  /* of less: the product less the row's discount in lc_disc (line_disc_is) */
	size_t disc_paid; /* of disc_eq: above 0 (a 0 is no total, whatever a column beside says) */
	unsigned rates;  /* the rates (bits of ingest_tax_rates) some such row had alone */
} line_check;

/* The rates of a value added tax or sales tax that countries charge, in tenths of a percent
 * (Switzerland's 7.7 and 8.1, France's 5.5, the UK's 20 and 5, Germany's 19 and 7): a line
 * total that is the quantity times the price without one of these is net of tax, not a
 * discount. */
static const int ingest_tax_rates[] = {25, 30, 40, 50, 55, 60, 70, 77, 80, 81, 90, 100, 120, 130,
				       140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240,
				       250, 270};
#define TAX_RATES (sizeof ingest_tax_rates / sizeof *ingest_tax_rates)

/* The rates (bit k: ingest_tax_rates[k]) at which x is product qp without its tax, to the
 * cent; 0 for none. */
static unsigned line_tax_rates(double x, double qp)
{
	unsigned m = 0;
	for (size_t k = 0; k < TAX_RATES; k++)
		if (fabs(x - qp / (1 + ingest_tax_rates[k] / 1000.0)) <= 0.0051 + 1e-6 * qp)
			m |= 1u << k;
	return m;
}

static uint32_t field_hash(const char *v, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char)v[k]) * 16777619u;
	return h;
}

/* The amount read as each line's total (no price column): is it the same on two lines in a
 * row of one order, of another item or quantity (t59 F6: Weidian's Total Price, the order's
 * total on each of its lines, made the spend 2.3 times what was paid)? */
static void order_total_row(loader *L, const char *base, const size_t *off, const size_t *len,
			    uint64_t line)
{
	static const int role[4] = {RR_COL_INVOICE, RR_COL_ITEM, RR_COL_QTY, RR_COL_AMOUNT};
	uint32_t h[4];
	for (int k = 0; k < 4; k++) {
		int f = L->col[role[k]];
		h[k] = f >= 0 && f < L->ncols ? field_hash(base + off[f], len[f]) : 0;
	}
	int f = L->col[RR_COL_AMOUNT], inv = L->col[RR_COL_INVOICE];
	if (f < L->ncols && inv < L->ncols && len[inv] && len[f] && h[0] == L->ot_prev[0] &&
	    (h[1] != L->ot_prev[1] || h[2] != L->ot_prev[2])) {
		if (h[3] == L->ot_prev[3] && !L->ot_same++)
			L->ot_first = line;
		L->ot_diff += h[3] != L->ot_prev[3];
	}
	memcpy(L->ot_prev, h, sizeof h);
}

static const char *shown_field(const char *const *names, int f, char *buf, size_t size);

/* With a unit's size read (uom_start): an unused column of whole cases beside a quantity named
 * as loose units (Cases, Units, Pack Size: t72 F1) makes each quantity cases x size + units,
 * the price as written, each unit's (cases_apply). */
static void cases_start(loader *L, const char *const *names)
{
	int q = L->col[RR_COL_QTY];
	if (q < 0 || q >= MAX_FIELDS ||
	    sniff_name_index(names[q], strlen(names[q]), ingest_loose_columns) < 0)
		return;
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++)
		if (f != L->pack_col && !field_used(L, f) && f != L->item_alt && f != L->line_col &&
		    sniff_name_index(names[f], strlen(names[f]), ingest_case_columns) >= 0) {
			L->cases_col = f;
			L->in.cases = 1;
			return;
		}
}

/* At the first row: an unused store's column and, beside it, the customers' name column
 * (unused) and the items' description: their ids, stores and names are gathered per row
 * (stores_row) for describe_store_keys. */
static void stores_start(loader *L)
{
	const char *names[MAX_FIELDS];
	header_names(L, names);
	L->store_col = L->sk_name[0] = L->sk_name[1] = -1;
	int nc = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS;
	for (int f = 0; f < nc && L->store_col < 0; f++)
		if (!field_used(L, f) && f != L->item_alt && f != L->line_col &&
		    sniff_name_index(names[f], strlen(names[f]), ingest_store_columns) >= 0)
			L->store_col = f;
	if (L->store_col < 0)
		return;
	for (int f = 0; f < nc && L->col[RR_COL_USER] >= 0 && L->sk_name[0] < 0; f++)
		if (!field_used(L, f) && f != L->store_col &&
		    sniff_name_index(names[f], strlen(names[f]), ingest_customer_name_columns) >= 0)
			L->sk_name[0] = f;
	if (L->col[RR_COL_ITEM] >= 0)
		L->sk_name[1] = L->col[RR_COL_DESC];
	for (int k = 0; k < 2; k++)
		if (L->sk_name[k] >= 0 && !(L->sk[k] = storekey_new()))
			L->sk_name[k] = -1;   /* out of memory: nothing said, as nothing found */
}

/* A row's customer and item with their store and name (stores_start's columns). */
static void stores_row(loader *L, const char *base, const size_t *off, const size_t *len)
{
	for (int k = 0; k < 2; k++) {
		int id = L->col[k ? RR_COL_ITEM : RR_COL_USER], nm = L->sk_name[k], s = L->store_col;
		if (!L->sk[k] || id < 0 || id >= L->ncols || nm >= L->ncols || s >= L->ncols)
			continue;
		if (storekey_add(L->sk[k], base + off[id], len[id], base + off[s], len[s],
				 base + off[nm], len[nm]) != 0) {
			storekey_free(L->sk[k]);   /* out of memory: the check is given up */
			L->sk[k] = NULL;
		}
	}
}

/* At the first row: an unused unit of measure's column and a unit's size's (t59 F9:
 * GoFrugal's cases and single units of one item were added as one). The size is read in
 * the row's own field (F_PACK) beside a price or a line total (t83 F16, F20: a wholesale
 * export's Pack Size beside its Gesamtpreis was left unused, the quantity read in packs):
 * the builder then reads each quantity times it, and its price divided by it, so the
 * line's total stays. The units a price is for need the price's own column. */
static void uom_start(loader *L)
{
	const char *names[MAX_FIELDS];
	header_names(L, names);
	L->uom_col = L->pack_col = L->cases_col = -1;
	int price_unit = -1;
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++) {
		if (field_used(L, f) || f == L->item_alt || f == L->line_col)
			continue;
		size_t n = strlen(names[f]);
		if (L->uom_col < 0 && sniff_name_index(names[f], n, ingest_uom_columns) >= 0)
			L->uom_col = f;
		if (L->pack_col < 0 && sniff_name_index(names[f], n, ingest_pack_columns) >= 0)
			L->pack_col = f;
		if (L->pack_col < 0 && price_unit < 0 &&
		    sniff_name_index(names[f], n, ingest_price_unit_columns) >= 0)
			price_unit = f;
	}
	int kind = L->pack_col >= 0 ? PACK_SIZE : PACK_PRICE_UNIT;
	if (L->pack_col < 0)
		L->pack_col = price_unit;
	int priced = L->col[RR_COL_PRICE] >= 0 ||
		     (kind == PACK_SIZE && L->col[RR_COL_AMOUNT] >= 0);
	if (L->pack_col >= 0 && L->col[RR_COL_QTY] >= 0 && priced &&
	    !(L->o->reread && L->o->reread->pack_units)) {   /* units already (pack_units) */
		L->in.pack = kind;
		shown_field(names, L->col[RR_COL_QTY], L->pack_shown[0], sizeof L->pack_shown[0]);
		shown_field(names, L->pack_col, L->pack_shown[1], sizeof L->pack_shown[1]);
		if (kind == PACK_SIZE)
			cases_start(L, names);
	}
	else
		L->pack_col = -1;
}

/* A row's unit of measure s[0..n), counted by value (the first six), and whether its
 * quantity q[0..qn) has a fraction. */
static void uom_row(loader *L, const char *s, size_t n, const char *q, size_t qn)
{
	int k = 0;
	while (k < L->uom_kinds && (strlen(L->uom_value[k]) != n ||
				    memcmp(L->uom_value[k], s, n) != 0))
		k++;
	if (k == L->uom_kinds && (k == 6 || n >= sizeof L->uom_value[0] || !n))
		return;
	if (k == L->uom_kinds) {
		memcpy(L->uom_value[k], s, n);
		L->uom_value[k][n] = '\0';
		L->uom_kinds++;
	}
	L->uom_rows[k]++;
	double x;
	char mark = 0;
	const rr_currency *cur;
	L->uom_frac[k] += field_number(q, qn, 0, L->in.dec, L->in.comma_sep, &x, &mark, &cur) == 0 &&
			  x != floor(x);
}

static int discount_column(const loader *L, const char *const *names, int pct_only);

/* At the first row: beside a paid price read (Final Price), the list price it was read over
 * (Price), unused; beside any price read, an unused one named a list price (List Price,
 * Regular Price beside a Sale Price: t73 F23): where no discount was given an export leaves
 * the paid price blank, and the row's price is the list price (price_of_row). */
static void list_price_start(loader *L)
{
	const char *names[MAX_FIELDS];
	int p = L->col[RR_COL_PRICE];
	L->price_list = -1;
	if (p < 0 || p >= MAX_FIELDS || L->rows->price_from_amount)
		return;
	header_names(L, names);
	int paid = sniff_paid_price(names[p]);
	if (!paid && sniff_list_price(names[p]))
		return;
	L->price_paid = sniff_sale_price(names[p]);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->price_list < 0; f++)
		if (!field_used(L, f) && !sniff_paid_price(names[f]) && (sniff_list_price(names[f]) ||
		    (paid && sniff_name_role(names[f]) == RR_COL_PRICE)))
			L->price_list = f;
}

/* At the first row: the unused columns to check, when a quantity and a price are read and
 * no amount (a --map naming amount, even '-', has chosen). None in a file whose every
 * column is read (the bundled Online Retail): the rows pay nothing for it. */
/* ---- a unit's size beside a line total: which unit the quantity and the price are in (t85 F4) ---- */

/* At the first row, with a unit's size read (uom_start): an unused column named a line total
 * (Gesamtpreis, Extended Price), whose rows pack_total_row weighs; and on a reading again that
 * found the price each unit's, the builder keeps the price. */
static void pack_total_start(loader *L)
{
	const char *names[MAX_FIELDS];
	char used[MAX_FIELDS];
	L->pt_col = -1;
	L->in.pack_price_kept = L->o->reread && L->o->reread->pack_price_each;
	if (L->in.pack != PACK_SIZE || L->pack_col < 0 || L->col[RR_COL_PRICE] < 0 ||
	    L->col[RR_COL_QTY] < 0 || !L->hdr || L->o->reread)
		return;
	header_names(L, names);
	columns_used(L, used);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->pt_col < 0; f++)
		if (!used[f] && f != L->pack_col && sniff_name_role(names[f]) == RR_COL_AMOUNT)
			L->pt_col = f;
}

/* A row of a size other than 1: is its total the quantity times the price (both in one unit),
 * or that times the size (packs counted, each unit priced)? */
static void pack_total_row(loader *L, const char *base, const size_t *off, const size_t *len)
{
	const int col[4] = {L->col[RR_COL_QTY], L->col[RR_COL_PRICE], L->pack_col, L->pt_col};
	double v[4];
	char mark = 0;
	const rr_currency *cur;
	for (int i = 0; i < 4; i++)
		if (col[i] >= L->ncols || !len[col[i]] ||
		    field_number(base + off[col[i]], len[col[i]], i == 1 || i == 3, L->in.dec,
				 L->in.comma_sep, &v[i], &mark, &cur) != 0)
			return;
	if (!(v[2] > 1) || !(v[0] > 0) || !(v[1] > 0))
		return;
	double qp = v[0] * v[1], tol = 0.01 + 1e-4 * v[3];
	L->pt_rows++;
	L->pt_same += fabs(v[3] - qp) <= tol;
	L->pt_packs += fabs(v[3] - qp * v[2]) <= tol;
}

/* Do the totals say packs at each unit's price: nine in ten rows of a size, two or more, the
 * quantity times the size times the price? */
static int pack_price_each(const loader *L)
{
	return L->pt_col >= 0 && L->pt_packs >= 2 && 10 * L->pt_packs >= 9 * L->pt_rows &&
	       L->pt_same < L->pt_packs;
}

/* ---- a delivered column that is a flag or a date, beside an ordered quantity (t85 F5, F22) ---- */

/* At the first row: the quantity read and an unused column named a quantity too (Geliefert
 * read beside Bestellmenge), which qty_flag_row counts, unless the user named the quantity or
 * this is a reading again. */
static void qty_flag_start(loader *L)
{
	const char *names[MAX_FIELDS];
	char used[MAX_FIELDS];
	int q = L->col[RR_COL_QTY];
	L->qf_alt = L->qf_total = -1;
	if (q < 0 || !L->hdr || L->o->reread || sniff_map_gives(own_map(L), RR_COL_QTY))
		return;
	header_names(L, names);
	columns_used(L, used);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->qf_alt < 0; f++)
		if (!used[f] && f != L->item_alt && sniff_name_role(names[f]) == RR_COL_QTY)
			L->qf_alt = f;
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->qf_total < 0; f++)
		if (!used[f] && (sniff_name_role(names[f]) == RR_COL_AMOUNT ||
				 sniff_maybe_money(names[f])))
			L->qf_total = f;
	if (L->qf_alt < 0)
		return;
	shown_field(names, q, L->qf_shown[0], sizeof L->qf_shown[0]);
	shown_field(names, L->qf_alt, L->qf_shown[1], sizeof L->qf_shown[1]);
	map_field(L, L->qf_alt, L->qf_map, sizeof L->qf_map);
}

/* A row whose quantity is 1 beside another quantity's v above it: is its line total (qf_total)
 * the price once, a count of 1 (qf_by_count), or v times (qf_by_order)? */
static void qty_flag_total(loader *L, const char *base, const size_t *off, const size_t *len,
			   double v)
{
	int t = L->qf_total, pc = L->col[RR_COL_PRICE];
	double x, p;
	char mark = 0;
	const rr_currency *cur;
	if (t < 0 || pc < 0 || t >= L->ncols || pc >= L->ncols ||
	    field_number(base + off[pc], len[pc], 1, L->in.dec, L->in.comma_sep, &p, &mark,
			 &cur) != 0 || !(p > 0) ||
	    field_number(base + off[t], len[t], 1, L->in.dec, L->in.comma_sep, &x, &mark,
			 &cur) != 0)
		return;
	L->qf_by_count += fabs(x - p) <= 0.01 + 1e-4 * p;
	L->qf_by_order += fabs(x - v * p) <= 0.01 + 1e-4 * v * p;
}

/* A row's quantity as written: 0 or 1 alone, a date's (22.07.2024), or another number; and the
 * other quantity's column's number. */
static void qty_flag_row(loader *L, const char *base, const size_t *off, const size_t *len)
{
	int q = L->col[RR_COL_QTY], a = L->qf_alt;
	size_t i = 0, j;
	if (q >= L->ncols || a >= L->ncols)
		return;
	j = len[q];
	trim_blanks(base + off[q], &i, &j);
	if (i < j) {
		L->qf_rows++;
		L->qf_01 += j - i == 1 && (base[off[q] + i] == '0' || base[off[q] + i] == '1');
		L->qf_dated += stamp_like(base + off[q] + i, j - i);
	}
	double v;
	char mark = 0;
	const rr_currency *cur;
	if (len[a] && field_number(base + off[a], len[a], 0, L->in.dec, L->in.comma_sep, &v, &mark,
				   &cur) == 0 && v >= 0) {
		L->qf_alt_num++;
		L->qf_alt_big += v > 1;
		if (j - i == 1 && base[off[q] + i] == '1' && v > 1)
			qty_flag_total(L, base, off, len, v);
	}
}

/* Is the 0/1 column a count, its line total its times the price where the other quantity
 * is more on 5 rows or more, and that other's on a tenth of those at most? */
static int qty_flag_counts(const loader *L)
{
	return L->qf_by_count >= 5 && 10 * L->qf_by_order <= L->qf_by_count;
}

/* What the delivered column is: 1, a flag (only 0 and 1 on five rows or more, beside an
 * ordered quantity of numbers above 1 on a quarter of them: delivered or not, the ordered
 * count is the quantity); 2, dates (each value a date: the day of delivery, no quantity);
 * 0, a quantity. */
static int qty_flag_verdict(const loader *L)
{
	if (L->qf_alt < 0 || !L->qf_rows || 2 * L->qf_alt_num < L->qf_rows)
		return 0;
	/* a flag is read as the status: not over a status column, read or mapped; nor where
	 * the line total is the 1 times the price where the other says more (qty_flag_total) */
	if (L->qf_rows >= 5 && L->qf_01 == L->qf_rows && 4 * L->qf_alt_big >= L->qf_rows &&
	    L->col[RR_COL_STATUS] < 0 && !sniff_map_gives(own_map(L), RR_COL_STATUS) &&
	    !qty_flag_counts(L))
		return 1;
	return L->qf_dated == L->qf_rows ? 2 : 0;
}

static void line_check_start(loader *L)
{
	L->lc_ready = 1;
	L->lc_pick = -1;
	L->lc_disc = -1;
	uom_start(L);
	pack_total_start(L);
	qty_flag_start(L);
	list_price_start(L);
	stores_start(L);
	L->ot_on = L->rows->price_from_amount && L->col[RR_COL_INVOICE] >= 0 &&
		   !sniff_map_gives(L->o->map, RR_COL_AMOUNT);
	int n = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, k = 0;
	if (L->col[RR_COL_QTY] < 0 || L->col[RR_COL_PRICE] < 0 || L->col[RR_COL_AMOUNT] >= 0 ||
	    L->rows->price_from_amount || sniff_map_gives(L->o->map, RR_COL_AMOUNT))
		return;
	for (int f = 0; f < n; f++)
		k += !field_used(L, f) && f != L->item_alt && f != L->line_col;
	if (!k || !(L->lc = calloc((size_t)k, sizeof *L->lc)))
		return;
	const char *names[MAX_FIELDS];
	header_names(L, names);
	L->lc_disc = discount_column(L, names, 0);
	for (int f = 0; f < n; f++)
		if (!field_used(L, f) && f != L->item_alt && f != L->line_col) {
			L->lc[L->lc_n++].field = f;
			if (L->lc_nqalt < 4 && L->hdr && sniff_name_holds_role(L->hdr + L->hoff[f], RR_COL_QTY))
				L->lc_qalt[L->lc_nqalt++] = f;
		}
}

/* Is x, off the row's quantity times price p, another quantity's column times p (lc_qalt: a
 * line total of the units ordered beside the units invoiced read, t64 F3: Zoho's Item Total
 * read as packs of 2)? That column's index in lc_qalt, or -1. */
static int line_other_qty(const loader *L, const char *base, const size_t *off,
			  const size_t *len, int field, double x, double p)
{
	char mark = 0;
	const rr_currency *cur;
	double q2;
	for (int j = 0; j < L->lc_nqalt; j++) {
		int f = L->lc_qalt[j];
		if (f != field && f < L->ncols && len[f] &&
		    field_number(base + off[f], len[f], 0, L->in.dec, L->in.comma_sep, &q2, &mark,
				 &cur) == 0 && q2 > 0 && fabs(x - q2 * p) <= 0.01 + 1e-4 * x)
			return j;
	}
	return -1;
}

/* Is x the product qp divided by 10, 100 or 1000 (that divisor), or times a whole number r
 * from 2 to 144 (-r), to the cent (a product of 4.5 read at the cent as 0.045 or 0.04)?
 * 0 if neither. */
static int line_factor(double x, double qp)
{
	for (int k = 10; k <= 1000; k *= 10)
		if (fabs(x * k - qp) <= 0.01 * k + 1e-6 * qp)
			return k;
	double m = x / qp, r = floor(m + 0.5);
	return r >= 2 && r <= 144 && fabs(x - r * qp) <= 0.01 + 1e-4 * x ? -(int)r : 0;
}

/* Is s[0..n)'s last mark followed by three digits (456.315: thousands, or a decimal)? Such a
 * number says nothing of a factor of 1000 while the file's mark is undecided (Kiotviet's
 * dong, read with a point: each line total 1000 times its product). */
static int mark_in_doubt(const loader *L, const char *s, size_t n)
{
	if (L->o->decimal)
		return 0;
	size_t after = 0;
	while (after < n && is_digit(s[n - 1 - after]))
		after++;
	return after == 3 && after < n && (s[n - 1 - after] == '.' || s[n - 1 - after] == ',');
}

/* Is the row's discount in the discount's column (lc_disc) the shortfall off_by of the
 * product qp, to the cent: an amount, written negative as many exports sign it, or a percent
 * of qp (a column named Discount alone holding 10 for 10 %: t73 F3)? */
static int line_disc_is(const loader *L, const char *base, const size_t *off,
			const size_t *len, double off_by, double qp)
{
	int f = L->lc_disc;
	double d;
	char mark = 0;
	const rr_currency *cur;
	if (f < 0 || f >= L->ncols || !len[f] ||
	    field_number(base + off[f], len[f], 1, L->in.dec, L->in.comma_sep, &d, &mark,
			 &cur) != 0)
		return 0;
	double tol = 0.01 + 1e-6 * off_by;
	return fabs(fabs(d) - off_by) <= tol || (d > 0 && d < 100 && fabs(d * qp / 100 - off_by) <= tol);
}

static void line_check_row(loader *L, const char *base, const size_t *off, const size_t *len,
			   uint64_t line)
{
	int qc = L->col[RR_COL_QTY], pc = L->col[RR_COL_PRICE];
	double q, p, x;
	char mark = 0;
	const rr_currency *cur;
	if (qc >= L->ncols || pc >= L->ncols ||
	    field_number(base + off[qc], len[qc], 0, L->in.dec, L->in.comma_sep, &q, &mark,
			 &cur) != 0 || !(q > 0) ||
	    field_number(base + off[pc], len[pc], 1, L->in.dec, L->in.comma_sep, &p, &mark,
			 &cur) != 0 || !(p > 0) || mark_in_doubt(L, base + off[qc], len[qc]) ||
	    mark_in_doubt(L, base + off[pc], len[pc]))
		return;
	L->lc_rows++;
	double qp = q * p;
	for (int i = 0; i < L->lc_n; i++) {
		line_check *c = &L->lc[i];
		int f = c->field;
		if (f >= L->ncols || !len[f] || mark_in_doubt(L, base + off[f], len[f]) ||
		    field_number(base + off[f], len[f], 1, L->in.dec, L->in.comma_sep, &x, &mark,
				 &cur) != 0 || x < 0)
			continue;
		if (fabs(x - qp) <= 0.01 + 1e-4 * qp) {
			c->eq++;
			continue;
		}
		int fac = x > 0 ? line_factor(x, qp) : 0;
		c->k_mixed |= fac && c->factor && fac != c->k;
		c->k = c->factor ? c->k : fac;
		c->factor += fac != 0;
		c->less += !fac && x < qp;
		c->more += !fac && x > qp;
		int de = !fac && x < qp && line_disc_is(L, base, off, len, qp - x, qp);
		c->disc_eq += de;
		c->disc_paid += de && x > 0;
		unsigned t = !fac && x < qp ? line_tax_rates(x, qp) : 0;
		c->taxed += t != 0;
		c->rates |= (t & (t - 1)) == 0 ? t : 0;   /* one rate alone */
		if ((fac || x < qp) && !c->first)
			c->first = line;
		int j = fac || x < qp ? line_other_qty(L, base, off, len, f, x, p) : -1;
		c->alt_q = c->alt ? c->alt_q : j;
		c->alt += j >= 0;
	}
}

static const char *shown_field(const char *const *names, int f, char *buf, size_t size);

/* Is every row below the product 0.8 of it, 25 % the one rate it fits (line_tax_rates)? That
 * is also "20 % off", a common promotion's price: by its numbers alone it is not read as a
 * total net of tax, the discount note says both. */
static int line_off_fifth(const line_check *c)
{
	size_t k = 0;
	while (k < TAX_RATES && ingest_tax_rates[k] != 250)
		k++;
	return c->less && c->taxed == c->less && k < TAX_RATES && c->rates == 1u << k;
}

/* A line total below quantity times price that is net of tax, by its name (sniff_tax_excluded:
 * Amount excl VAT, Net Amount) or by its numbers (each row below the product by one of up to
 * three tax rates, line_tax_rates): not what the customer paid beside a price with its tax
 * (t62 F11: a UK shop's VAT-inclusive UnitPrice was replaced by it, the VAT called "a line
 * discount"). The note why it is not read into L->lc_note, and 1; else 0. tn, qn, pn: the
 * total's, quantity's and price's names as shown, tm the total's as --map takes it. */
static int line_tax_note(loader *L, const line_check *c, const char *name, const char *tn,
			 const char *qn, const char *pn, const char *tm)
{
	int named = sniff_tax_excluded(name), nrates = 0;
	char rates[120] = "";
	for (size_t k = 0; k < TAX_RATES; k++) {
		if (!(c->rates >> k & 1))
			continue;
		int r = ingest_tax_rates[k], o = (int)strlen(rates);
		snprintf(rates + o, sizeof rates - (size_t)o, "%s%d%s%.0d %%", nrates++ ? ", " : "",
			 r / 10, r % 10 ? "." : "", r % 10);
	}
	int by_rate = c->less >= 2 && c->taxed == c->less && nrates >= 1 && nrates <= 3 &&
		      !c->factor && !sniff_tax_included(name) &&   /* Totaal incl. BTW: as it says */
		      !line_off_fifth(c);
	if (!c->less || (!named && !by_rate))
		return 0;
	char why[200];
	snprintf(why, sizeof why, "%s%s%s%s", named ? "its name says so" : "",
		 named && by_rate ? "; " : "", by_rate ? "each is less by a tax rate, " : "",
		 by_rate ? rates : "");
	snprintf(L->lc_note, sizeof L->lc_note, "note: '%s' is each line's total net of tax (%s): "
		 "on %zu of %zu rows (the first on line %llu) it is less than '%s' times '%s', "
		 "which holds the tax; not read as what the customer paid: the unit price is '%s' "
		 "as written (--map amount=%s reads the spend from the total)", tn, why, c->less,
		 c->eq + c->factor + c->less + c->more, (unsigned long long)c->first, qn, pn, pn,
		 tm);
	return 1;
}

/* A line total that is another quantity's column times the price on nine in ten of the rows
 * where it is not the quantity read times it (line_other_qty): the total of the units
 * ordered beside the units invoiced, not packs nor a discount; the price is read as written
 * and the note why into L->lc_note, and 1; else 0. tn, qn, pn: the total's, quantity's and
 * price's names as shown. */
static int line_other_qty_note(loader *L, const line_check *c, const char *const *names,
			       const char *tn, const char *qn, const char *pn)
{
	size_t off = c->factor + c->less;
	if (!off || c->alt_q < 0 || 10 * c->alt < 9 * off)
		return 0;
	char on[64];
	shown_field(names, L->lc_qalt[c->alt_q], on, sizeof on);
	snprintf(L->lc_note, sizeof L->lc_note, "note: '%s' is not '%s' times '%s' on %zu rows "
		 "(the first on line %llu), but '%s' times it on %zu of them: each line's total of "
		 "the other quantity; not read, the spend is '%s' times '%s'", tn, qn, pn, off,
		 (unsigned long long)c->first, on, c->alt, qn, pn);
	return 1;
}

/* Words of a line discount's column, and of its being a percentage: Sage's Discount %, Disc.
 * %, Rabatt %, Remise (%), Descuento %, Sconto %, Korting %. */
static const char *const discount_words[] = {"discount", "disc", "rabatt", "rabat", "remise",
					     "descuento", "desconto", "sconto", "korting", NULL};

/* The unused column whose name says a line's discount (a discount word), in percent (pct: and
 * %, percent or pct), or -1: beside it a line total below quantity times price is that
 * discount's, never a tax's (t67 F20: Sage 200's Net Amount under a Discount % column was
 * explained as "which holds the tax"); one of amounts only where they are the shortfall
 * (line_disc_is, t71 F16). */
static int discount_column(const loader *L, const char *const *names, int pct_only)
{
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++) {
		char low[128];
		size_t n = strlen(names[f]), k;
		if (field_used(L, f) || n >= sizeof low)
			continue;
		for (k = 0; k < n; k++)
			low[k] = (char)tolower((unsigned char)names[f][k]);
		low[n] = '\0';
		int pct = !pct_only || strchr(low, '%') || strstr(low, "percent") ||
			  strstr(low, "pct");
		for (const char *const *w = discount_words; pct && *w; w++)
			if (strstr(low, *w))
				return f;
	}
	return -1;
}

/* Can column c be what the customers paid where quantity times price is not: never far above
 * it, on a twentieth of the rows (2 at least) below it or by a pricing unit's factor, and
 * equal to it on half the rows (a tenth exactly), or on nine in ten of them equal or above 0
 * and less by the discount column's amount (disc_paid): a sale's file discounts most lines,
 * even all of them (t73 F3: Net Amount beside Discount went unread past half the lines
 * discounted). */
static int line_total_fits(const loader *L, const line_check *c)
{
	size_t n = c->eq + c->factor + c->less + c->more, off = c->factor + c->less;
	if (n < 5 || 2 * n < L->lc_rows || 20 * c->more > n || off < 2 || 20 * off < n)
		return 0;
	return (10 * c->eq >= n && 2 * (c->eq + c->factor) >= n) ||
	       10 * (c->eq + c->disc_paid) >= 9 * n;
}

/* The column whose numbers are what the customers paid where quantity times price is not
 * (line_total_fits). Read again with it as the amount (lc_pick), or, when the file cannot be
 * read again or the price was mapped, a warning naming the --map that does. */
static void line_check_decide(loader *L)
{
	const char *names[MAX_FIELDS];
	header_names(L, names);
	char tn[64], qn[64], pn[64], why[300] = "", tm[96], pm[96];
	int nn = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS;
	if (L->ot_on && L->ot_same >= 3 && L->ot_diff * 10 <= L->ot_same) {
		shown_field(names, L->col[RR_COL_AMOUNT], tn, sizeof tn);
		sniff_map_col(names, nn, L->col[RR_COL_AMOUNT], tm, sizeof tm);
		snprintf(L->lc_note, sizeof L->lc_note, "warning: '%s' is the same on %zu lines of "
			 "an order beside the line above them (the first on line %llu), of another "
			 "item or quantity: an order's total written on each of its lines, not each "
			 "line's total; not read, so the file has no price (--map amount=%s reads "
			 "it as each line's total)", tn, L->ot_same, (unsigned long long)L->ot_first,
			 tm);
		if (L->lc_reload)
			L->lc_pick = -2;   /* read again without it */
		return;
	}
	const line_check *best = NULL;
	for (int i = 0; i < L->lc_n; i++) {
		const line_check *c = &L->lc[i];
		size_t off = c->factor + c->less;
		if (!line_total_fits(L, c))
			continue;
		if (!best || off > best->factor + best->less)
			best = c;
	}
	if (!best)
		return;
	shown_field(names, best->field, tn, sizeof tn);
	shown_field(names, L->col[RR_COL_QTY], qn, sizeof qn);
	shown_field(names, L->col[RR_COL_PRICE], pn, sizeof pn);
	sniff_map_col(names, nn, best->field, tm, sizeof tm);
	sniff_map_col(names, nn, L->col[RR_COL_PRICE], pm, sizeof pm);
	size_t n = best->eq + best->factor + best->less + best->more;
	int disc = discount_column(L, names, 1);
	if (disc < 0 && best->less && 2 * best->disc_eq > best->less)   /* Discount of amounts */
		disc = L->lc_disc;
	if ((disc < 0 && line_tax_note(L, best, names[best->field], tn, qn, pn, tm)) ||
	    line_other_qty_note(L, best, names, tn, qn, pn))
		return;
	if (best->factor && !best->k_mixed && best->k > 0)
		snprintf(why, sizeof why, "on %zu it is that divided by %d (a price per %d units, "
			 "or a weight in %s at a price per %s)", best->factor, best->k, best->k,
			 best->k == 1000 ? "grams" : "smaller units", best->k == 1000 ? "kg" :
			 "larger one");
	else if (best->factor && !best->k_mixed)
		snprintf(why, sizeof why, "on %zu it is that times %d (a pack of %d units at a "
			 "price each)", best->factor, -best->k, -best->k);
	else if (best->factor)
		snprintf(why, sizeof why, "on %zu it is that divided by 10, 100 or 1000 or times a "
			 "pack's units (a price per 100 or 1000 units or per unit of measure, a weight "
			 "in grams at a price per kg)", best->factor);
	char dn[64];
	if (best->less && disc >= 0)
		snprintf(why + strlen(why), sizeof why - strlen(why), "%son %zu it is less: the line "
			 "discount '%s' gives", best->factor ? ", " : "", best->less,
			 shown_field(names, disc, dn, sizeof dn));
	else if (best->less)
		snprintf(why + strlen(why), sizeof why - strlen(why), "%son %zu it is less (a "
			 "line discount, a line given away%s)", best->factor ? ", " : "", best->less,
			 line_off_fifth(best) ? "; each is 0.8 of it: 20 % off, or a price with a "
			 "25 % tax beside a total without it" : "");
	int mapped = sniff_map_gives(L->o->map, RR_COL_PRICE);
	if (L->lc_reload && !mapped) {
		L->lc_pick = best->field;
		snprintf(L->lc_price, sizeof L->lc_price, "%s", pn);
		snprintf(L->lc_note, sizeof L->lc_note, "note: '%s' is each line's total, and on %zu "
			 "of %zu rows (the first on line %llu) it is not '%s' times '%s': %s; the "
			 "spend is read from it, what the customer paid, and the unit price is it "
			 "divided by the quantity (--map amount=-,price=%s reads the price as "
			 "written)", tn, best->factor + best->less, n,
			 (unsigned long long)best->first, qn, pn, why, pm);
		return;
	}
	snprintf(L->lc_note, sizeof L->lc_note, "warning: '%s' looks like each line's total, and "
		 "on %zu of %zu rows (the first on line %llu) it is not '%s' times '%s': %s; the "
		 "spend is read from the price; --map amount=%s reads it from the line total, "
		 "what the customer paid", tn, best->factor + best->less, n,
		 (unsigned long long)best->first, qn, pn, why, tm);
}

/* ===== a code beside a name (t71 F1, F2, F9, F10) =====
 * The sniff chose between a code (Account Ref, Reference, Item #) and the name beside it
 * (Customer, Product) on the first lines; a file sorted by account, an order's reference of
 * one product per order, a code blank further down show only later. Every row is judged
 * (idpair.h), and after the last the file is read again with the id the rows say. */
static const int id_roles[2] = {RR_COL_USER, RR_COL_ITEM};

/* At the header: the pairs to judge. A role the user mapped stays, and so does a report
 * grouped by customer's (its customer is the group line's). An item read beside a
 * description that the header names no pair is judged too, for a line's number alone (t73 F2:
 * Item No, 1, 2, 3 on each invoice, beside Item, the product: 4 items for 8). */
static void id_start(loader *L, const char *const *names)
{
	for (int i = 0; i < 2; i++) {
		int c = id_roles[i], code, named, d = L->col[RR_COL_DESC];
		if (sniff_map_gives(L->o->map, c) || (c == RR_COL_USER && L->grouped))
			continue;
		L->idp_lines[i] = !sniff_id_pair(names, L->nf, L->col, c, &code, &named);
		if (L->idp_lines[i] && (c != RR_COL_ITEM || L->col[c] < 0 || d < 0 ||
					d == L->col[c]))
			continue;
		L->idp[i] = idpair_new();   /* without memory the header's choice stands */
		if (L->idp_lines[i])   /* id_decide reads only its line numbers' verdict */
			idpair_lines_only(L->idp[i]);
		L->idp_code[i] = L->idp_lines[i] ? L->col[c] : code;
		L->idp_name[i] = L->idp_lines[i] ? d : named;
	}
}

/* At the header, when the customer is read from a column no code beside it by name outranks
 * (a Customer Name): the first three unused columns of no name relrec knows are judged beside
 * it too, for a note only (t77 F2: a phone, a tax id or a card under a name relrec does not
 * know; namesakes merged unsaid). A name says nothing of such a column, so it is never read
 * as the customer unasked: a post code may nest the names of a small town's customers too. */
static void id_start_unnamed(loader *L, const char *const *names)
{
	int u = L->col[RR_COL_USER], k = 2;
	char used[MAX_FIELDS];
	if (L->idp[0] || u < 0 || u >= L->nf || sniff_map_gives(L->o->map, RR_COL_USER) ||
	    L->grouped || L->col[RR_COL_INVOICE] < 0)   /* invoices tell an order's number */
		return;
	columns_used(L, used);
	for (int g = 0; g < L->nf && g < MAX_FIELDS && k < ID_SLOTS; g++) {
		if (used[g] || sniff_name_role(names[g]) >= 0 || !(L->idp[k] = idpair_new()))
			continue;
		L->idp_code[k] = g;
		L->idp_name[k++] = u;
	}
}

/* One row's code, name and invoice to each pair judged. */
static void id_row(loader *L, const char *base, const size_t *off, const size_t *len,
		   uint64_t line)
{
	int inv = L->col[RR_COL_INVOICE];
	int has_inv = inv >= 0 && inv < L->ncols;
	for (int i = 0; i < ID_SLOTS; i++) {
		int a = L->idp_code[i], b = L->idp_name[i];
		if (L->idp[i] && a < L->ncols && b < L->ncols)
			idpair_add(L->idp[i], base + off[a], len[a], base + off[b], len[b],
				   has_inv ? base + off[inv] : "", has_inv ? len[inv] : 0, line);
	}
}

/* At the header: a payment's status (Payment Status, Financial Status) that the order's
 * status beside it outranked as the status column (csvsniff's prefer rule), watched for the
 * orders it voids (t71 F6: Voided payments beside a Status of Shipped and Delivered). Not
 * when --map names the status. */
static void status_payment_start(loader *L, const char *const *names, const char *map)
{
	int st = L->col[RR_COL_STATUS];
	char used[MAX_FIELDS];
	if (st < 0 || sniff_map_gives(map, RR_COL_STATUS))
		return;
	columns_used(L, used);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->pst_field < 0; f++)
		if (!used[f] && sniff_payment_status(names[f]))
			L->pst_field = f;
}

/* One row's status and payment status: does either void the order? */
static void status_payment_row(loader *L, const char *base, const size_t *off,
			       const size_t *len, uint64_t line)
{
	int st = L->col[RR_COL_STATUS], p = L->pst_field;
	if (st < 0 || st >= L->ncols || p >= L->ncols)
		return;
	const char *s = base + off[p];
	if (len[st] && void_status(base + off[st], len[st], known_word(base + off[st], len[st])))
		L->st_void++;
	if (len[p] && void_status(s, len[p], known_word(s, len[p])) && !L->pst_void++) {
		L->pst_line = line;
		sniff_printable(L->pst_value, sizeof L->pst_value, s, len[p], 30);
	}
}

/* After the last row: a payment's status that voids orders the status column keeps none
 * of is the one that tells (the status column of fulfilment, Shipped and Processing, skips
 * nothing): read again with it as the status, or, when the file cannot be read again or
 * the status voids orders too (only one is read), a warning naming the --map. */
static void status_payment_settle(loader *L)
{
	if (L->pst_field < 0 || !L->pst_void)
		return;
	const char *names[MAX_FIELDS];
	int nn = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, p = L->pst_field;
	char pn[64], sn[64], pm[96], sm[96];
	header_names(L, names);
	shown_field(names, p, pn, sizeof pn);
	shown_field(names, L->col[RR_COL_STATUS], sn, sizeof sn);
	sniff_map_col(names, nn, p, pm, sizeof pm);
	sniff_map_col(names, nn, L->col[RR_COL_STATUS], sm, sizeof sm);
	size_t o = strlen(L->id_note), m = strlen(L->id_map);
	if (L->lc_reload && !L->st_void) {
		snprintf(L->id_map + m, sizeof L->id_map - m, "%sstatus=%d", m ? "," : "", p + 1);
		snprintf(L->id_note + o, sizeof L->id_note - o, "%snote: '%s' voids %zu row%s (the "
			 "first on line %llu: '%s') and '%s' none: the status is read from '%s', its "
			 "orders never paid are no purchases (--map status=%s reads '%s')",
			 o ? "\n" : "", pn, L->pst_void, L->pst_void == 1 ? "" : "s",
			 (unsigned long long)L->pst_line,
			 L->pst_value, sn, pn, sm, sn);
		return;
	}
	snprintf(L->id_note + o, sizeof L->id_note - o, "%swarning: '%s' voids %zu row%s (the "
		 "first on line %llu: '%s') read as purchases by the status '%s'%s; --map "
		 "status=%s reads the status from it", o ? "\n" : "", pn, L->pst_void,
		 L->pst_void == 1 ? "" : "s",
		 (unsigned long long)L->pst_line, L->pst_value, sn, L->st_void ?
		 ", which voids others: only one status column is read" : "", pm);
}

/* Why pair i's id is its other column (idpair_judge's by), into why[0..size): an, bn the
 * code's and the name's names as shown. */
static void id_why(const loader *L, const idpair_stats *st, int by, int i, const char *an,
		   const char *bn, char *why, size_t size)
{
	const char *what = i ? "item" : "customer", *unit = L->col[RR_COL_INVOICE] >= 0 ?
							     "invoices" : "rows";
	if (by == IDPAIR_BY_LINE_NO)
		snprintf(why, size, "'%s' numbers each invoice's lines (1, 2, 3... on %zu of its %zu "
			 "invoices of two lines or more) and stands beside two '%s' or more on %zu of "
			 "its %zu values: a line's number, no %s's code", an, st->numbered, st->runs,
			 bn, st->multi, st->codes, what);
	else if (by == IDPAIR_BY_ORDER)
		snprintf(why, size, "'%s' is a new value on each of its %s (%zu values on %zu, "
			 "%zu of them on a second): an order's or a line's own number, no %s's "
			 "code", an, unit, st->codes, st->units, st->back, what);
	else if (by == IDPAIR_BY_NAMES)
		snprintf(why, size, "'%s' stands beside two '%s' or more on %zu of its %zu values: "
			 "another thing's code, no %s's", an, bn, st->multi, st->codes, what);
	else if (by == IDPAIR_BY_SEVERAL)
		snprintf(why, size, "%zu of the %zu names of '%s' stand beside two '%s' or more "
			 "('%s' is '%s' and '%s'), each '%s' beside one name: namesakes are "
			 "seldom more than a few names of many; so many may be each buyer's several "
			 "(phones, cards)",
			 st->namesakes, st->names, bn, an, st->same_name,
			 st->code1[0] ? st->code1 : st->code2, st->code1[0] ? st->code2 : "another",
			 an);
	else if (by == IDPAIR_BY_SPELLINGS)
		snprintf(why, size, "%zu of the %zu values of '%s' stand beside two '%s' or more "
			 "('%s' is also '%s'), each name beside one: one buyer's spellings, or a "
			 "household's", st->multi, st->codes, an, bn, st->multi_code, st->multi_name);
	else if (by == IDPAIR_BY_NAMESAKES && st->code1[0])
		snprintf(why, size, "%zu name%s of '%s' stand%s beside two '%s' or more ('%s' is "
			 "'%s' and '%s'): namesakes, two %ss told apart by the code alone",
			 st->namesakes, st->namesakes == 1 ? "" : "s", bn,
			 st->namesakes == 1 ? "s" : "", an, st->same_name, st->code1, st->code2,
			 what);
	else
		snprintf(why, size, "%zu name%s of '%s' stand%s beside two '%s' or more ('%s' is "
			 "'%s' and another): namesakes, two %ss told apart by the code alone",
			 st->namesakes, st->namesakes == 1 ? "" : "s", bn,
			 st->namesakes == 1 ? "s" : "", an, st->same_name, st->code2, what);
}

/* After the last row: the first column of no known name judged beside the customer's names
 * (id_start_unnamed) whose values tell namesakes apart, each of its values beside one name,
 * half of them or more coming back on other invoices as a customer's do, the names two words
 * (a person's, a firm's), said in a note with the --map that reads it. */
static void id_unnamed_note(loader *L)
{
	const char *names[MAX_FIELDS];
	int nn = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS;
	header_names(L, names);
	for (int i = 2; i < ID_SLOTS; i++) {
		idpair_stats st;
		int by;
		if (!L->idp[i] || L->idp_code[i] >= nn || L->idp_name[i] >= nn)
			continue;
		idpair_stats_get(L->idp[i], &st);
		/* a customer's id comes back on other invoices (an order's number does not), and
		 * the names it tells apart are persons' or firms' (Ana Silva), not ids or e-mails */
		if (idpair_judge(&st, &by) != IDPAIR_CODE || st.back * 2 < st.codes ||
		    !memchr(st.same_name, ' ', strlen(st.same_name)) ||
		    memchr(st.same_name, '@', strlen(st.same_name)))
			continue;
		char an[64], bn[64], map[96], why[640];
		shown_field(names, L->idp_code[i], an, sizeof an);
		shown_field(names, L->idp_name[i], bn, sizeof bn);
		sniff_map_col(names, nn, L->idp_code[i], map, sizeof map);
		id_why(L, &st, by, 0, an, bn, why, sizeof why);
		size_t o = strlen(L->id_note);
		snprintf(L->id_note + o, sizeof L->id_note - o, "%snote: %s; every '%s' stands "
			 "beside one '%s': if '%s' is the customer's id (a tax id, a phone, a card), "
			 "--map user=%s reads those customers apart", o ? "\n" : "", why, an, bn, an,
			 map);
		return;
	}
}

/* After the last row: the customer's code and name where one of the two has several of
 * the other on most values, a reading the rows cannot settle (t79 F9): most names beside
 * several codes (by IDPAIR_BY_SEVERAL: a person's phones, or namesakes as t77 F2's), most codes
 * beside several names (IDPAIR_BY_SPELLINGS: one buyer's spellings, or a household's phone).
 * The column's name settles it where it can: a payment card's number (sniff_payment_card) is
 * no buyer's, a tax id is one buyer's; want is that reading, else the judge's, warned with
 * both counts and the --map of the other reading. */
static void id_either(loader *L, const idpair_stats *st, const char *const *names, int nn,
		      int want, int by)
{
	int had = L->col[RR_COL_USER], code = L->idp_code[0], name = L->idp_name[0];
	if (code < 0 || name < 0 || code >= nn || name >= nn)
		return;
	int card = by == IDPAIR_BY_SEVERAL && sniff_payment_card(names[code]);
	int tax = by == IDPAIR_BY_SPELLINGS && sniff_tax_id_named(names[code]);
	want = card ? name : tax ? code : want;
	int moved = had >= 0 && want != had && L->lc_reload, reads = moved ? want : had;
	if (reads != code && reads != name)
		return;
	char an[64], bn[64], om[96], why[640];
	if (moved) {
		size_t m = strlen(L->id_map);
		snprintf(L->id_map + m, sizeof L->id_map - m, "%suser=%d", m ? "," : "", want + 1);
	}
	shown_field(names, code, an, sizeof an);
	shown_field(names, name, bn, sizeof bn);
	sniff_map_col(names, nn, reads == code ? name : code, om, sizeof om);
	id_why(L, st, by, 0, an, bn, why, sizeof why);
	int sure = (card && reads == name) || (tax && reads == code);
	size_t o = strlen(L->id_note);
	if (reads == name)
		snprintf(L->id_note + o, sizeof L->id_note - o, "%s%s: %s: the customers are read "
			 "from '%s'%s (%zu names; --map user=%s reads one customer a '%s', %zu)",
			 o ? "\n" : "", sure ? "note" : "warning", why, bn,
			 sure ? ", a buyer paying with several cards" : "", st->names, om, an,
			 st->codes);
	else
		snprintf(L->id_note + o, sizeof L->id_note - o, "%s%s: %s: the customers are read "
			 "from '%s'%s (%zu values; --map user=%s reads one customer a name, %zu)",
			 o ? "\n" : "", sure ? "note" : "warning", why, an,
			 sure ? ", a tax id naming one buyer" : "", st->codes, om, st->names);
}

/* After the last row: for each pair whose rows name its other column the id, the reading
 * again with it (L->id_map, the note why in L->id_note), or, when the file cannot be read
 * again, a warning naming the --map that reads so. */
static void id_decide(loader *L)
{
	const char *names[MAX_FIELDS];
	int nn = L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS;
	header_names(L, names);
	for (int i = 0; i < 2; i++) {
		idpair_stats st;
		int by, c = id_roles[i];
		if (!L->idp[i])
			continue;
		idpair_stats_get(L->idp[i], &st);
		int v = idpair_judge(&st, &by);
		if (L->idp_lines[i] && by != IDPAIR_BY_LINE_NO)
			continue;
		int want = v == IDPAIR_CODE ? L->idp_code[i] : v == IDPAIR_NAME ? L->idp_name[i] : -1;
		int had = L->col[c];
		if (i == 0 && v == IDPAIR_CODE && idpair_several(&st)) {
			id_either(L, &st, names, nn, want, IDPAIR_BY_SEVERAL);
			continue;
		}
		if (i == 0 && by == IDPAIR_BY_NAMES && idpair_spellings(&st)) {
			id_either(L, &st, names, nn, want, IDPAIR_BY_SPELLINGS);
			continue;
		}
		if (want < 0 || want == had || had < 0)
			continue;
		char an[64], bn[64], wm[96], hm[96], why[640], wn[64];
		shown_field(names, L->idp_code[i], an, sizeof an);
		shown_field(names, L->idp_name[i], bn, sizeof bn);
		shown_field(names, want, wn, sizeof wn);
		sniff_map_col(names, nn, want, wm, sizeof wm);
		sniff_map_col(names, nn, had, hm, sizeof hm);
		id_why(L, &st, by, i, an, bn, why, sizeof why);
		size_t o = strlen(L->id_note);
		const char *who = i ? "items" : "customers", *role = ingest_col_name(c);
		if (L->lc_reload) {
			size_t m = strlen(L->id_map);
			snprintf(L->id_map + m, sizeof L->id_map - m, "%s%s=%d", m ? "," : "", role,
				 want + 1);
			snprintf(L->id_note + o, sizeof L->id_note - o, "%snote: %s: the %s are read "
				 "from '%s' (--map %s=%s reads them as the first lines did)",
				 o ? "\n" : "", why, who, wn, role, hm);
		} else {
			snprintf(L->id_note + o, sizeof L->id_note - o, "%swarning: %s; --map %s=%s "
				 "reads the %s from '%s'", o ? "\n" : "", why, role, wm, who, wn);
		}
	}
}

/* Is a row of blank price (priced 0) below a priced line of its invoice inv[0..n), under a
 * price column not named a paid one (Item Price beside Regular Price)? Then it is a
 * component of the bundle that line sold, its price included, not a sale at the list price
 * (t76 F8: spend 3320.00 for 1840.00); a WooCommerce Sale Price's blank is no discount
 * wherever it stands. */
static int list_part(loader *L, const char *inv, size_t n, int priced)
{
	size_t k = n < sizeof L->comp_inv ? n : sizeof L->comp_inv;
	if (!n || L->price_paid)
		return 0;
	if (n != L->comp_inv_n || memcmp(inv, L->comp_inv, k) != 0) {
		memcpy(L->comp_inv, inv, k);
		L->comp_inv_n = n;
		L->comp_priced = 0;
	}
	int part = !priced && L->comp_priced;
	L->comp_priced |= priced;
	return part;
}

/* A row under a heading (item_head_set) takes it as its item, and as its description where
 * the description is the item's column (Memo/Description, both): its own text is no name of
 * the product. */
static void item_head_fill(loader *L, const char **str, size_t *n)
{
	if (!L->item_head_n)
		return;
	if (L->col[RR_COL_DESC] < 0 || L->col[RR_COL_DESC] == L->col[RR_COL_ITEM]) {
		str[F_DESC] = L->item_head;
		n[F_DESC] = L->item_head_n;
	}
	str[F_ITEM] = L->item_head;
	n[F_ITEM] = L->item_head_n;
	L->head_took++;
}

/* A row's fields (base + off[f], len[f] for each of the header's) to the row builder. */
static void send_row(loader *L, const char *base, const size_t *off, const size_t *len,
		     uint64_t line)
{
	const char *str[F_N];
	size_t n[F_N];
	if (!L->line_picked)
		line_pick(L, base, off, len);
	if (!L->lc_ready)
		line_check_start(L);
	const col_map *m = col_map_get(L);
	for (int k = 0; k < F_N; k++) {
		int f = m->field[k];
		str[k] = f >= 0 ? base + off[f] : ""; /* optional columns may be absent */
		n[k] = f >= 0 ? len[f] : 0;
	}
	if (L->item_groups)
		item_head_fill(L, str, n);
	int lp = L->price_list;
	if (lp >= 0 && lp < L->ncols && list_part(L, str[F_INVOICE], n[F_INVOICE], n[F_PRICE] > 0)) {
		str[F_PRICE] = "0";   /* a bundle's component: its line above paid for it */
		n[F_PRICE] = 1;
		L->comp_first = L->comp_rows++ ? L->comp_first : line;
	} else if (lp >= 0 && lp < L->ncols && !n[F_PRICE] && len[lp]) {   /* no discount */
		str[F_PRICE] = base + off[lp];
		n[F_PRICE] = len[lp];
		L->list_first = L->list_rows++ ? L->list_first : line;
	}
	for (int i = 0; i < L->n_flag; i++) {
		int f = L->flag_field[i];
		L->flag_set[i] += L->flag_stamp[i] ? stamp_set(base + off[f], len[f]) &&
				  !status_void_at(L, base, off, len) :
				  (known_word(base + off[f], len[f]) & W_FLAG_TRUE) != 0;
	}
	if (L->sid_field >= 0 && L->sid_field < L->ncols && len[L->sid_field])
		status_ids_row(L, base + off[L->sid_field], len[L->sid_field]);
	for (int i = 0; i < L->n_ret; i++) {
		int f = L->ret_field[i];
		if (f < L->ncols && !(L->ret_cancel[i] &&
				      cancel_netted(L, base, off, len, base + off[f], len[f])))
			returns_row(L, i, base + off[f], len[f]);
	}
	if (L->negm_field >= 0 && L->negm_field < L->ncols)
		neg_money_row(L, base + off[L->negm_field], len[L->negm_field], str[F_QTY],
			      n[F_QTY], line);
	for (int f = 0; L->rows->no_price && f < L->ncols && f < MAX_FIELDS; f++)
		if (!L->no_digit[f] && len[f] && !mem_has_digit(base + off[f], len[f]))
			L->no_digit[f] = 1;
	if (L->qty_hint_col >= 0 && L->qty_hint_col < L->ncols &&
	    money_written(&L->in, base + off[L->qty_hint_col], len[L->qty_hint_col]))
		L->qty_hint_money++;
	unused_marks(L, base, off, len, line);
	stores_row(L, base, off, len);
	if (L->cur_alive | L->sign_alive)
		probe_row(L, base, off, len, line);
	if (L->look)
		look_row(L, base, off, len);
	if (L->lc_n)
		line_check_row(L, base, off, len, line);
	if (L->idp_any)
		id_row(L, base, off, len, line);
	if (L->pst_field >= 0)
		status_payment_row(L, base, off, len, line);
	if (L->qf_alt >= 0)
		qty_flag_row(L, base, off, len);
	if (L->pt_col >= 0)
		pack_total_row(L, base, off, len);
	int qc = L->col[RR_COL_QTY];
	if (L->uom_col >= 0 && L->uom_col < L->ncols && qc >= 0 && qc < L->ncols)
		uom_row(L, base + off[L->uom_col], len[L->uom_col], base + off[qc], len[qc]);
	if (L->ot_on)
		order_total_row(L, base, off, len, line);
	int u = L->col[RR_COL_USER], e = L->email_col;
	if (e >= 0 && e < L->ncols && u >= 0 && u < L->ncols && !len[u] &&
	    memchr(base + off[e], '@', len[e]))
		L->mail_alone++;
	if (L->nest.col >= 0)
		nest_row(L, base, off, len);
	if (L->n_group)
		group_row(L, base, off, len);
	if (builder_add(&L->in, str, n, line, -1) != 0)
		L->failed = 1;
}

/* A reject to the row builder: every field empty but the detail. */
static void send_reject(loader *L, int why, const char *detail, size_t dlen, uint64_t line)
{
	const char *str[F_N];
	size_t len[F_N];
	for (int k = 0; k < F_N; k++) {
		str[k] = "";
		len[k] = 0;
	}
	str[F_DESC] = detail;
	len[F_DESC] = dlen;
	if (builder_add(&L->in, str, len, line, why) != 0)
		L->failed = 1;
}

/* The header's column named name, or shown so (shown_field: sniff's hints name a column as
 * shown, cut and escaped), as a hint's --map word (sniff_map_col: quoted as a shell reads it
 * back, or the column's number), into buf; when no column has it, the name in quotes as
 * before (rr_arg_word), or COL when it cannot be written so. Returns buf. */
static const char *map_word(const char *const *names, int n, const char *name, char *buf,
			    size_t size)
{
	char shown[64];
	for (int pass = 0; pass < 2; pass++)
		for (int f = 0; f < n; f++)
			if (strcmp(pass ? shown_field(names, f, shown, sizeof shown) : names[f],
				   name) == 0) {
				sniff_map_col(names, n, f, buf, size);
				return buf;
			}
	char word[RR_ARG_WORD(64)];
	if (strlen(name) >= 64 || !rr_arg_word(word, sizeof word, name) ||
	    snprintf(buf, size, word[0] == '\'' ? "%s" : "'%s'", word) >= (int)size)
		snprintf(buf, size, "COL");
	return buf;
}

/* Header name f as the summary shows it: printable, "column N" when empty. */
static const char *shown_field(const char *const *names, int f, char *buf, size_t size)
{
	if (!names[f][0])
		snprintf(buf, size, "column %d", f + 1);
	else
		sniff_printable(buf, size, names[f], strlen(names[f]), 40);
	return buf;
}

/* Take c's column as the event: the builder reads it, and the columns line says why. */
static void doc_take(loader *L, const doc_cand *c)
{
	const char *names[MAX_FIELDS];
	header_names(L, names);
	size_t o = (size_t)snprintf(L->doc_why, sizeof L->doc_why, "its values are document types");
	char shown[64];
	for (int k = 0, i = 0; k < c->kinds && o < sizeof L->doc_why; k++)
		if (c->cls[k] != DOC_UNKNOWN)
			o += (size_t)snprintf(L->doc_why + o, sizeof L->doc_why - o, "%s%s",
					      i++ ? ", " : ": ", sniff_printable(shown, sizeof shown,
					      c->value[k], strlen(c->value[k]), 30));
	L->col[RR_COL_EVENT] = c->field;
	L->in.has_event = L->in.doc_event = 1;
	L->in.supplier_side = !L->in.purchase && doc_supplier_side(c);
	shown_field(names, c->field, L->doc_name, sizeof L->doc_name);
	if (c->paid)   /* the payment methods beside a return: an event column after all */
		snprintf(L->paid_note, sizeof L->paid_note, "note: '%s' holds how the customer "
			 "paid on its sales and a return's word on other rows: read as the event "
			 "(all its values counted, not its first row's), each payment a purchase",
			 L->doc_name);
	sniff_describe(names, L->ncols, L->col, L->item_alt, L->doc_why, L->columns,
		       sizeof L->columns);
}

static void doc_free_held(loader *L)
{
	free(L->hb);
	free(L->hfo);
	free(L->hfl);
	free(L->hrec);
	L->hb = NULL;
	L->hfo = L->hfl = NULL;
	L->hrec = NULL;
	L->hn = L->hf_n = L->hb_len = L->hb_cap = L->hfo_cap = L->hfl_cap = L->hcap = 0;
}

/* L's doc_note, printf-style, cut at its size (the parts are cut before: a cut is harmless). */
static void doc_note_set(loader *L, const char *fmt, ...) RR_PRINTF(2, 3);
static void doc_note_set(loader *L, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(L->doc_note, sizeof L->doc_note, fmt, ap);
	va_end(ap);
}

/* Say that c's column holds document types but is not read as the event: its values, what
 * is read as a purchase that is none, and the options that read it. After the sample (s
 * NULL), or past it at row value s[0..n), the first that is no purchase. */
static void doc_warn(loader *L, const doc_cand *c, const char *s, size_t n)
{
	const char *names[MAX_FIELDS];
	char name[64], counts[300], back[410], ret[200], remedy[600], word[64], map[72];
	header_names(L, names);
	shown_field(names, c->field, name, sizeof name);
	doc_counts(counts, sizeof counts, c);
	doc_remedy(remedy, sizeof remedy, &L->in, c, name,
		   map_field(L, c->field, map, sizeof map));
	if (!s) {
		char ord[200], none[200];   /* an order read as purchases now, again */
		doc_named(ord, sizeof ord, c, PICK_ORDER);
		doc_named(none, sizeof none, c, PICK_BACK);
		snprintf(back, sizeof back, "%s%s%s", ord, ord[0] && none[0] ? ", " : "", none);
		doc_named(ret, sizeof ret, c, PICK_RETURN);
		int st = doc_status_value(&L->in, c) >= 0;
		L->doc_warned = st ? -1 : c->field;
		doc_note_set(L, "warning: '%s' holds %s (%s) but is not read as the %s, %s: every "
			     "row is read as a purchase, %s%s%s too; %s", name, st ? "an order's "
			     "statuses" : "document types", counts, st ? "status" : "event",
			     doc_terms(c) ? "for credit beside a payment word reads as "
			     "payment terms (a sale on credit), no credit note" : st ? "for no "
			     "name relrec knows says so" : "for its values of no known word", back, back[0] && ret[0] ? ", " : "", ret, remedy);
		return;
	}
	int known = doc_word(&L->in, s, n) != DOC_UNKNOWN;
	int others = c->unknown > (size_t)!known;   /* unknown rows besides this one */
	L->doc_warned = c->field;
	doc_note_set(L, "warning: '%s' holds '%s' on line %zu, %s, after %zu rows of %s%s%s: read "
		     "as purchases; %s", name, sniff_printable(word, sizeof word, s, n, 30),
		     L->rec_line, known ? "no purchase" : "no known word but one that reads like a "
		     "credit note", L->doc_sampled, !doc_buys(c) ? "values of no known word (" :
		     others ? "purchase words and others (" : "purchase words alone",
		     others || !doc_buys(c) ? counts : "", others || !doc_buys(c) ? ")" : "",
		     remedy);
}

static int status_of_customers(const loader *L, const char *name, int field);

/* No column was taken: warn of a near miss, or else watch a column that holds purchase
 * words, for a word that is none past the sample. */
static void doc_miss(loader *L)
{
	for (int i = 0; i < L->n_cand; i++)
		if (doc_near(&L->cand[i])) {
			doc_warn(L, &L->cand[i], NULL, 0);
			return;
		}
	/* a few values filling the rows, a void status among them, beside no purchase word: an
	 * order's status under a name relrec lacks (t39 #3: Pagada, Anulada), warned of with
	 * the --map status= that reads it */
	const char *names[MAX_FIELDS];
	header_names(L, names);
	for (int i = 0; i < L->n_cand; i++)
		if (doc_filled(&L->cand[i]) && doc_status_value(&L->in, &L->cand[i]) >= 0 &&
		    !status_of_customers(L, names[L->cand[i].field], L->cand[i].field)) {
			doc_warn(L, &L->cand[i], NULL, 0);
			return;
		}
	for (int i = 0; i < L->n_cand && L->doc_watch < 0; i++)
		if (!L->cand[i].dropped && doc_buys(&L->cand[i]))
			L->doc_watch = i;
	for (int i = 0; i < L->n_cand && L->doc_watch < 0; i++)
		if (L->cand[i].kinds && doc_filled(&L->cand[i]))
			L->doc_watch = i;
}

/* The words of a status column's name that say whose status it is: an order's, its
 * payment's or its shipping's (Matrixify's Financial: Status), or a customer's, an account's
 * or a thing's (t44 #2b: a joined Membership Status, Account Status, Subscription Status was
 * taken for the order status, and a lapsed member's every purchase dropped as cancelled). */
static const char *const status_of_order[] = {"order", "orders", "payment", "financial",
	"fulfillment", "fulfilment", "shipping", "shipment", "delivery", "transaction", "invoice",
	"checkout", "sale", "sales", "bestellung", "auftrag", "zahlung", "versand", "lieferung",
	"rechnung", "commande", "paiement", "livraison", "facture", "pedido", "pago", "envio",
	"env\xC3\xADo", "entrega", "factura", "pagamento", "ordine", "spedizione", "fattura",
	"bestelling", "betaling", "levering", "factuur", "ordre", "betalning", "leverans",
	/* a line's, of an order (t45 N2: Item Status, Line Status, Record Status went unread in
	 * a shop of one-off buyers, whose status never changes within a customer's lines) */
	"item", "line", "lineitem", "record", "position", "posten", "positie", "ligne", "linea",
	"l\xC3\xADnea", "riga", "linha", NULL};
static const char *const status_of_other[] = {"account", "member", "membership", "customer",
	"client", "subscription", "subscriber", "loyalty", "user", "contact", "stock",
	"inventory", "product", "vendor", "supplier", "employee", "kunde", "kunden", "mitglied",
	"mitgliedschaft", "abo", "abonnement", "konto", "lager", "compte", "adh\xC3\xA9sion",
	"adhesion", "cliente", "socio", "cuenta", "suscripci\xC3\xB3n", "suscripcion", "conta",
	"assinatura", "membro", "abbonamento", "klant", "lid", "kund", "medlem", NULL};

/* Whose status a column's name says: 1 an order's (a word of status_of_order), -1 another
 * thing's (status_of_other), 0 neither. Words split at what is no letter or digit. */
static int status_name_of(const char *name)
{
	int other = 0;
	for (size_t i = 0, n = strlen(name); i < n;) {
		size_t w = i;
		while (w < n && ((unsigned char)name[w] >= 0x80 || (name[w] >= '0' && name[w] <= '9') ||
				 ((name[w] | 0x20) >= 'a' && (name[w] | 0x20) <= 'z')))
			w++;
		if (w > i && sniff_name_index(name + i, w - i, status_of_order) >= 0)
			return 1;
		other |= w > i && sniff_name_index(name + i, w - i, status_of_other) >= 0;
		i = w + 1;
	}
	return other ? -1 : 0;
}

/* How a held column's values go with the customer (t44 #2b): 1 when a customer's lines hold
 * two values (an order's status, which changes from order to order), else 0, and *void_kept
 * the customers of two invoices or more whose one value is a void status (a customer's
 * attribute: an order's would seldom be void on every one of them). -1 without a customer
 * column, or memory. */
static atomic_size_t status_probes;   /* ingest_status_probes' count */

size_t ingest_status_probes(void)
{
	return atomic_load(&status_probes);
}

static int status_by_customer(const loader *L, int field, size_t *void_kept)
{
	size_t probes = 0;
	int uf = L->col[RR_COL_USER], vf = L->col[RR_COL_INVOICE];
	*void_kept = 0;
	if (uf < 0 || !L->hn)
		return -1;
	size_t cap = 16;
	while (cap < 2 * L->hn)
		cap *= 2;
	/* keyed (t50 F5): with FNV-1a's fixed constants, ids crafted offline to share the low
	 * bits took one slot, and a 6 MB load of 60 status-like columns 27 s instead of 0.8 */
	uint64_t key[2];
	strtab_key(key);
	size_t *slot = malloc(cap * sizeof *slot);   /* a held row's index + 1, or 0 */
	unsigned char *multi = calloc(cap, 1);
	int varies = slot && multi ? 0 : -1;
	if (slot)
		memset(slot, 0, cap * sizeof *slot);
	for (size_t r = 0; r < L->hn && !varies; r++) {
		const held_rec *h = &L->hrec[r];
		if (h->why >= 0)   /* a reject holds one field */
			continue;
		const char *u = L->hb + L->hfo[h->field + (size_t)uf];
		size_t un = L->hfl[h->field + (size_t)uf], vn = L->hfl[h->field + (size_t)field];
		if (!un || !vn)
			continue;
		size_t k = strtab_hash_keyed(key, u, un) & (cap - 1);
		for (; slot[k]; k = (k + 1) & (cap - 1)) {
			probes++;
			const held_rec *g = &L->hrec[slot[k] - 1];
			if (L->hfl[g->field + (size_t)uf] == un &&
			    !memcmp(L->hb + L->hfo[g->field + (size_t)uf], u, un))
				break;
		}
		if (!slot[k]) {
			slot[k] = r + 1;
			continue;
		}
		const held_rec *g = &L->hrec[slot[k] - 1];
		size_t gn = L->hfl[g->field + (size_t)field];
		varies = gn != vn || memcmp(L->hb + L->hfo[g->field + (size_t)field],
					    L->hb + L->hfo[h->field + (size_t)field], vn);
		multi[k] |= vf >= 0 && (L->hfl[g->field + (size_t)vf] != L->hfl[h->field + (size_t)vf] ||
			    memcmp(L->hb + L->hfo[g->field + (size_t)vf], L->hb + L->hfo[h->field +
				   (size_t)vf], L->hfl[h->field + (size_t)vf]));
	}
	for (size_t k = 0; !varies && k < cap; k++) {
		if (!slot[k] || !multi[k])
			continue;
		const held_rec *g = &L->hrec[slot[k] - 1];
		const char *v = L->hb + L->hfo[g->field + (size_t)field];
		size_t vn = L->hfl[g->field + (size_t)field];
		*void_kept += void_status(v, vn, known_word(v, vn)) != 0;
	}
	free(slot);
	free(multi);
	atomic_fetch_add(&status_probes, probes);
	return varies;
}

/* May held column c, whose name holds status, be an order's status? Not when its name says
 * another thing's (Membership Status), nor when its value stays with the customer: an order's
 * status is taken only when it changes within a customer's lines, or its name says an order's
 * and no two customers keep a void value over their invoices (t44 #2b). */
static int status_of_orders(const loader *L, const char *name, int field)
{
	int of = status_name_of(name);
	size_t void_kept = 0;
	if (of < 0)
		return 0;
	int varies = status_by_customer(L, field, &void_kept);
	return varies == 1 || (of == 1 && void_kept < 2);
}

/* Is held column c a customer's or a thing's status, by its name or by its values kept with
 * the customer (status_of_orders)? Then it is not warned of as an order's unread status. */
static int status_of_customers(const loader *L, const char *name, int field)
{
	size_t void_kept = 0;
	return status_name_of(name) < 0 || (status_by_customer(L, field, &void_kept) == 0 &&
					    void_kept >= 2);
}

/* A candidate whose name says status (Matrixify's Financial: Status, unknown only for its
 * prefix) and whose values are an order's statuses, a void one among them and no return: the
 * status, when no column is, not the event (t41 #10: paid and voided were taken for document
 * types, which silenced the Line: Type warning, and 7 Refund Lines counted as purchases); not a
 * customer's or an account's status (status_of_orders, t44 #2b). */
static void status_column(loader *L, const char *name);
static void doc_status_named(loader *L)
{
	const char *names[MAX_FIELDS];
	if (L->in.has_status || sniff_map_gives(L->o->map, RR_COL_STATUS))
		return;
	header_names(L, names);
	for (int i = 0; i < L->n_cand; i++) {
		doc_cand *c = &L->cand[i];
		char low[64];
		size_t k = 0;
		for (const char *nm = names[c->field]; nm[k] && k + 1 < sizeof low; k++)
			low[k] = (char)(nm[k] >= 'A' && nm[k] <= 'Z' ? nm[k] - 'A' + 'a' : nm[k]);
		low[k] = '\0';
		if (c->dropped || !strstr(low, "status") || doc_status_value(&L->in, c) < 0 ||
		    !status_of_orders(L, names[c->field], c->field))
			continue;
		int back = 0;
		for (int v = 0; v < c->kinds; v++)
			back |= doc_returnish(c->value[v], strlen(c->value[v])) ||
				(known_word(c->value[v], strlen(c->value[v])) & W_RETURN);
		if (back)
			continue;
		c->dropped = 1;
		L->col[RR_COL_STATUS] = c->field;
		L->in.has_status = 1;
		status_column(L, names[c->field]);
		sniff_describe(names, L->ncols, L->col, L->item_alt, NULL, L->columns,
			       sizeof L->columns);
		return;
	}
}

/* Does name say debit/credit, its halves a sign pair's two sides (S/H, Soll/Haben, Dr/Cr,
 * D/C, +/-; blanks aside), a word after the credit's or not (SAP's Debit/Credit Indicator,
 * DATEV's Soll/Haben-Kennzeichen, S/H-Kz)? */
static int sign_name(const char *name)
{
	const char *slash = strchr(name, '/');
	int p = -1, q = -1;
	if (!slash || slash == name)
		return 0;
	size_t a = (size_t)(slash - name);
	while (a && name[a - 1] == ' ')
		a--;
	const char *r = slash + 1;
	while (*r == ' ')
		r++;
	size_t b = strcspn(r, " -_");   /* "+/-": the minus is the word itself */
	if (!b)
		b = strcspn(r, " ");
	return sign_side(name, a, &p) == 0 && sign_side(r, b, &q) == 1;
}

/* Say that c, named as a line's sign (pair p), holds other values on more than a row in ten:
 * not read, each line a purchase, and the options that read it. */
static void doc_sign_warn(loader *L, const doc_cand *c, int p, const size_t side[2],
			  size_t other)
{
	const char *names[MAX_FIELDS];
	char name[64], counts[300], map[72];
	header_names(L, names);
	shown_field(names, c->field, name, sizeof name);
	doc_counts(counts, sizeof counts, c);
	map_field(L, c->field, map, sizeof map);
	doc_note_set(L, "warning: '%s' is named as a line's sign, but %zu of its %zu rows hold "
		     "neither %s nor %s (%s): it is not read as the event, so every line is read "
		     "as a purchase%s; if the others are no sales, load with --map event=%s "
		     "--purchase '%s' --return '%s'", name, other, side[0] + side[1] + other,
		     sign_pairs[p][0], sign_pairs[p][1], counts, side[1] ? ", credit notes too" :
		     "", map, sign_pairs[p][0], sign_pairs[p][1]);
}

/* A candidate named as a sign column whose values are a sign pair's sides on nine rows in
 * ten (doc_signs; t49 F01: a ledger's S/H, a sales register's Dr/Cr beside unsigned
 * amounts): the event, its debit a purchase and its credit a return, as --map event=COL
 * --purchase D --return C would read it, whichever side has the more rows (t54 F2: a period
 * of returns has more credit notes than sales), any other value skipped and warned of with
 * its line (doc_unknown). A column of debits alone reads the same unread, and is left so;
 * one of other values on more rows is warned of (doc_sign_warn). Not with --purchase or
 * --return of the analyst's. 1 when the column is read or warned of. */
static int doc_sign(loader *L)
{
	const char *names[MAX_FIELDS];
	if (L->o->purchase || L->o->returns)
		return 0;
	header_names(L, names);
	for (int i = 0; i < L->n_cand; i++) {
		doc_cand *c = &L->cand[i];
		size_t side[2], other;
		int p = c->sign && !c->dropped ? cand_sign(c, side, &other) : -1;
		if (p < 0 || (!side[1] && !other))
			continue;
		if (doc_signs(c) < 0) {
			doc_sign_warn(L, c, p, side, other);
			return 1;
		}
		for (int d = 0; d < 2; d++)   /* each side as written, or as the pair has it */
			snprintf(L->sign_word[d], sizeof L->sign_word[d], "%s", sign_pairs[p][d]);
		for (int k = c->kinds - 1; k >= 0; k--) {
			int q = p, d = sign_side(c->value[k], strlen(c->value[k]), &q);
			if (d >= 0)
				snprintf(L->sign_word[d], sizeof L->sign_word[d], "%s", c->value[k]);
		}
		L->in.purchase = L->sign_word[0];
		L->in.returns = L->sign_word[1];
		doc_take(L, c);
		snprintf(L->doc_why, sizeof L->doc_why, "a line's sign: %s a sale, %s a credit "
			 "note, a return", L->sign_word[0], L->sign_word[1]);
		sniff_describe(names, L->ncols, L->col, L->item_alt, L->doc_why, L->columns,
			       sizeof L->columns);
		return 1;
	}
	return 0;
}

/* The names of a CRM deal's stage (csvsniff.c's stage, stage_name, opportunity_stage,
 * deal_stage): a status column only when its values are a deal's stages (stage_check). */
static const char *const stage_columns[] = {"stage", "stage_name", "opportunity_stage",
					    "deal_stage", NULL};

/* At the first row: a status column taken by a deal stage's name (Salesforce's Stage) whose
 * value is no status relrec knows is some other stage (a production's, a customer's
 * lifecycle): let go, as if the name were unknown, so that its values are neither warned of
 * nor read (t86 F3's look-alike). A status a --map names stays. */
static void stage_check(loader *L)
{
	int c = L->col[RR_COL_STATUS];
	L->stage_checked = 1;
	if (c < 0 || c >= L->nf || sniff_map_gives(L->o->map, RR_COL_STATUS))
		return;
	const char *names[MAX_FIELDS];
	header_names(L, names);
	if (sniff_name_index(names[c], strlen(names[c]), stage_columns) < 0 ||
	    (known_word(L->buf + L->off[c], L->len[c]) & (W_KEPT | W_VOID | W_OFFER)))
		return;
	L->col[RR_COL_STATUS] = -1;
	L->in.has_status = 0;
	if (L->sid_field == c)   /* nor an order's status ids: it was never a status */
		L->sid_field = -1;
	sniff_describe(names, L->ncols, L->col, L->item_alt, L->doc_why, L->columns,
		       sizeof L->columns);
}

/* At the first row: an event column taken by its name (Transaction Type) whose value is how
 * the customer paid (Cash, Card, Visa, Gift Card: ingest_payment_terms) and no event relrec
 * knows is no event column (t67 F12: a till's Cash and Card were skipped as unknown events,
 * the Type column of Sale and Return never sought): it is let go, said in a note, and the
 * columns no role reads are sampled for document types as when no column is named so. The
 * event a --map names stays. 0, or -1 with err_set and L->failed set. */
static int event_paid(loader *L)
{
	int e = L->col[RR_COL_EVENT];
	L->event_checked = 1;
	if (e < 0 || e >= L->nf || L->in.doc_event || sniff_map_gives(L->o->map, RR_COL_EVENT))
		return 0;
	const char *v = L->buf + L->off[e];
	size_t n = L->len[e];
	if (!n || !doc_not_document(v, n) || event_class(&L->in, v, n) != EV_OTHER)
		return 0;
	const char *names[MAX_FIELDS];
	char name[64], value[48];
	header_names(L, names);
	snprintf(L->paid_note, sizeof L->paid_note, "note: '%s' holds how the customer paid "
		 "('%s' on the first row), not an event: not read as the event",
		 shown_field(names, e, name, sizeof name),
		 sniff_printable(value, sizeof value, v, n, 24));
	L->col[RR_COL_EVENT] = -1;
	L->in.has_event = 0;
	L->paid_field = e;
	sniff_describe(names, L->ncols, L->col, L->item_alt, L->doc_why, L->columns,
		       sizeof L->columns);
	if (doc_start(L, L->o->map) == 0)
		return 0;
	L->failed = 1;
	return -1;
}

/* The sample is in: take the one column of document types (two: neither, and say so), or
 * warn of one that falls short (doc_miss); then the held records go to the builder, in
 * order. */
static void doc_decide(loader *L)
{
	const char *names[MAX_FIELDS];
	int take = -1, other = -1;
	L->doc_sampling = 0;
	L->doc_sampled = L->hn;
	doc_status_named(L);
	for (int i = 0; i < L->n_cand; i++) {
		int v = doc_verdict(&L->cand[i]);
		if (v == 2 && take < 0)
			take = i;
		else if (v == 2 && other < 0)
			other = i;
	}
	header_names(L, names);
	if (take >= 0 && other < 0) {
		doc_take(L, &L->cand[take]);
	} else if (take < 0 && doc_sign(L)) {
		;   /* a sign column named as one: read as the event */
	} else if (take >= 0) {
		char a[64], b[64];
		snprintf(L->doc_note, sizeof L->doc_note, "note: '%s' and '%s' both hold document "
			 "types (a credit note, a return...): neither is read as the event (say which "
			 "with --map event=COL)", shown_field(names, L->cand[take].field, a, sizeof a),
			 shown_field(names, L->cand[other].field, b, sizeof b));
	} else {
		doc_miss(L);
	}
	uint32_t part_now = L->in.part_now;
	for (size_t r = 0; r < L->hn && !L->failed; r++) {
		const held_rec *h = &L->hrec[r];
		L->in.part_now = h->part;
		if (h->why >= 0)
			send_reject(L, h->why, L->hb + L->hfo[h->field], L->hfl[h->field], h->line);
		else
			send_row(L, L->hb, L->hfo + h->field, L->hfl + h->field, h->line);
	}
	L->in.part_now = part_now;
	doc_free_held(L);
	L->hn = L->hf_n = L->hb_len = 0;
}

/* A data row while the column is sought: its candidates' values counted, the row held; the
 * sample ends at DOC_SAMPLE_ROWS rows or bytes, or when no candidate is left. */
static void doc_sample_row(loader *L)
{
	int live = 0;
	for (int i = 0; i < L->n_cand; i++) {
		doc_cand *c = &L->cand[i];
		size_t n = L->len[c->field];
		c->rows += !c->dropped;
		if (!c->dropped && n)
			doc_tally(&L->in, c, L->buf + L->off[c->field], n);
		live += !c->dropped;
	}
	doc_hold(L, -1, L->buf, L->off, L->len, L->ncols);
	if (!L->failed && (!live || L->hn >= DOC_SAMPLE_ROWS ||
			   L->hb_len + L->hf_n * 2 * sizeof(size_t) >= DOC_SAMPLE_BYTES))
		doc_decide(L);
}

/* Past the sample, a column that held purchase words: a word that is none, or a new one that
 * reads like a credit note (an export sorted by document type), is a warning (doc_warn). */
static void doc_watch_row(loader *L)
{
	doc_cand *c = &L->cand[L->doc_watch];
	size_t n = L->len[c->field];
	const char *s = L->buf + L->off[c->field];
	if (!n)
		return;
	int kinds = c->kinds;
	c->rows++;
	int cls = doc_tally(&L->in, c, s, n);
	/* with no purchase word, only a credit note's value is told: a word that is none
	 * (Cancelled) says nothing of what the column's other values are */
	if ((cls == DOC_BACK && (doc_buys(c) || doc_returnish(s, n))) ||
	    (cls == DOC_UNKNOWN && c->kinds > kinds && doc_returnish(s, n))) {
		doc_warn(L, c, s, n);
		L->doc_watch = -1;
	} else if (c->dropped) {   /* too many values now: no document type after all */
		L->doc_watch = -1;
	}
}

/* A record the parser already knows is bad: sent down the line like any other (held back
 * with the rows while a document-type column is sought), so rejects are counted and reported
 * in file order by one thread. */
static void reject(loader *L, enum rr_reject why, const char *detail)
{
	size_t off = 0, len = detail ? strlen(detail) : 0;
	L->rejects++;
	if (L->doc_sampling)
		doc_hold(L, (int)why, detail ? detail : "", &off, &len, 1);
	else
		send_reject(L, (int)why, detail ? detail : "", len, L->rec_line);
}

static void count_newlines(loader *L, const char *s, size_t n)
{
	for (const char *q = s, *e = s + n; (q = memchr(q, '\n', (size_t)(e - q))) != NULL; q++)
		L->nl_in_fields++;
}

/* Copy a field, trimmed, into the record's buffer. */
/* A UTF-8 BOM at the start of a record's first field, skipped. The CSV reader saw the BOM
 * before the field's opening quote, so a quoted field ("\xEF\xBB\xBF\"InvoiceNo\"", as
 * spreadsheets and pandas write a header) came through with its quotes: they go too. */
static void skip_bom(const char **s, size_t *n)
{
	size_t bom = ingest_bom_len(*s, *n);
	if (!bom)
		return;
	*s += bom;
	*n -= bom;
	if (*n >= 2 && (*s)[0] == '"' && (*s)[*n - 1] == '"') {
		(*s)++;
		*n -= 2;
	}
}

static void store_field(loader *L, const char *s, size_t n)
{
	if (L->blen + n + 1 > L->bcap) {
		size_t nc = L->bcap * 2;
		while (nc < L->blen + n + 1)
			nc *= 2;
		char *nb = realloc(L->buf, nc);
		if (!nb) {
			err_set("out of memory reading '%s'", L->path);
			L->failed = 1;
			return;
		}
		L->buf = nb;
		L->bcap = nc;
	}
	/* trim surrounding spaces: identifiers are compared byte for byte as written */
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	/* a UTF-8 BOM before the first header field */
	if (!L->bom_checked) {
		L->bom_checked = 1;
		skip_bom(&s, &n);
	}
	memcpy(L->buf + L->blen, s, n);
	L->off[L->nf] = L->blen;
	L->len[L->nf] = n;
	L->blen += n;
	L->buf[L->blen++] = '\0';
}

/* Does a role read field f? Before the header's columns are known (the header itself, the
 * lines read for its refusal) every field is. A field no role reads cannot be misread, so one
 * over RR_MAX_FIELD there (a shop's line-item meta, a customiser's design JSON of 6 KB) is
 * read as empty and its row kept, its rest skipped unread as ever (t39 #9: 25 personalised
 * sales of a WooCommerce export rejected for their unused Item Meta). */
static int field_read(const loader *L, int f)
{
	if (!L->have_header || L->hv || L->o->no_header)
		return 1;
	for (int r = 0; r < RR_COL_N; r++)
		if (L->col[r] == f)
			return 1;
	return 0;
}

/* A field over RR_MAX_FIELD, the record's nf-th: its row rejected, or read without it. */
static void field_over(loader *L, int nf)
{
	int *first = field_read(L, nf) ? &L->too_long : &L->long_unread;
	if (!*first)
		*first = nf < INT_MAX ? nf + 1 : INT_MAX;
}

static void on_field(void *data, size_t n, void *ctx)
{
	loader *L = ctx;
	if (L->failed)
		return;
	if (L->cr_join == 1 && L->nf > 0 && L->nf < MAX_FIELDS &&
	    L->off[L->nf - 1] + L->len[L->nf - 1] + 1 == L->blen) {   /* after a bare CR */
		L->cr_join = 2;   /* the pieces one field: each stored over the last one's NUL */
		L->blen--;
		store_field(L, "\r", 1);
		L->blen--;
		store_field(L, data ? data : "", n > RR_MAX_FIELD ? 0 : n);
		L->len[L->nf - 1] = L->blen - 1 - L->off[L->nf - 1];
		return;
	}
	if (L->nf == 0)
		L->rec_line = L->line;
	const char *s = data ? data : "";
	if (n > RR_MAX_FIELD || L->nf >= MAX_FIELDS) {
		count_newlines(L, s, n); /* not copied: counted here (copied ones per record) */
		if (n > RR_MAX_FIELD) {
			field_over(L, L->nf);
			n = 0;
		}
	}
	if (L->nf < MAX_FIELDS)
		store_field(L, s, n);
	if (L->nf < INT_MAX)
		L->nf++;
}

/* The columns a grouped or pivot layout may write only where they change (labelfill.h),
 * in header order. Not in a report grouped by customer, whose group lines group_fill reads. */
static void label_columns(loader *L)
{
	static const int cols[] = {RR_COL_COUNTRY, RR_COL_USER, RR_COL_INVOICE, RR_COL_DATE,
				   RR_COL_TIME};
	static const int fields[] = {F_COUNTRY, F_USER, F_INVOICE, F_DATE, F_TIME};
	labelfill *lf = &L->in.labels;
	lf->n = 0;
	for (int at = 0; at < L->ncols && !L->grouped && !L->in.session_invoice; at++)
		for (size_t k = 0; k < sizeof cols / sizeof *cols; k++)
			if (L->col[cols[k]] == at)
				L->in.label_field[lf->n++] = fields[k];
}

/* Is low, a status column's name in small letters, a date's: cancelled_at, Cancelled at,
 * cancellation_date, Stornodatum, storniert am, annulé le (t42 F3: a database's or Shopify's
 * cancelled_at was unused, cancelled orders kept)? The names that take the status role are
 * csvsniff's; this tells a date from a flag among them. */
static int stamp_name(const char *low)
{
	static const char *const ends[] = {"_at", " at", "_on", " on", "date", "datum", " am",
					   "_am", " le", "_le", " il", "_il", " op", "_op", NULL};
	size_t n = strlen(low);
	for (const char *const *e = ends; *e; e++) {
		size_t l = strlen(*e);
		if (n > l && strcmp(low + n - l, *e) == 0)
			return 1;
	}
	return strncmp(low, "date", 4) == 0;
}

/* The status column: its name for the summary, and what a flag of that name would mean
 * (status_decide reads its values): none when the name says status (Order Status, Status: a
 * status written 1 and 0 is no void flag), a return for a refund's, else a void. */
static void status_column(loader *L, const char *name)
{
	char low[64];
	size_t k = 0;
	if (name[0])
		sniff_printable(L->status_name, sizeof L->status_name, name, strlen(name), 40);
	else
		snprintf(L->status_name, sizeof L->status_name, "column %d",
			 L->col[RR_COL_STATUS] + 1);
	for (; name[k] && k + 1 < sizeof low; k++)
		low[k] = (char)(name[k] >= 'A' && name[k] <= 'Z' ? name[k] - 'A' + 'a' : name[k]);
	low[k] = '\0';
	int kind = strstr(low, "status") ? 0 :
		   sniff_name_index(name, strlen(name), ingest_return_flags) >= 0 ?
		   FLAG_RETURN : sniff_name_index(name, strlen(name), ingest_practice_flags) >= 0 ?
		   FLAG_PRACTICE : sniff_delivered_name(name) ? FLAG_DONE :
		   stamp_name(low) ? FLAG_STAMP : FLAG_VOID;
	/* a cancellation's date is read as one from the first row (status_class) */
	L->in.status_flag = kind == FLAG_STAMP ? FLAG_STAMP : 0;
	L->in.status_pending = kind;
}

/* The level of the status role's names (ingest_col_aliases) name is, or -1: 2 is a line's
 * flag or a cancellation's date, below an order's status. */
static int status_name_level(const char *name)
{
	for (const rr_col_alias *a = ingest_col_aliases; a->name; a++)
		if (a->col == RR_COL_STATUS && sniff_same_name(name, strlen(name), a->name))
			return a->level;
	return -1;
}

/* No status column, or only a flag's: one named 'PREFIX: NAME' whose NAME is a status's and
 * whose PREFIX an order's (Matrixify's Financial: Status, status_name_of) is it, unless --map says the status (t41 #10: unread for its
 * prefix, it was taken for a document type, or with --map event= left unused, its voided
 * orders kept; and an order's status outranks a flag, as it does unprefixed: Matrixify's
 * Cancelled At, a cancellation's date, took the role and Financial: Status became the event,
 * which silenced the 'Line: Type' warning). The flag it replaces is left to flags_unused. */
static int status_name_of(const char *name);
static void status_prefixed(loader *L, const char *const *names, const char *map)
{
	char used[MAX_FIELDS];
	int cur = L->col[RR_COL_STATUS];
	if ((cur >= 0 && status_name_level(names[cur]) != 2) || sniff_map_gives(map, RR_COL_STATUS))
		return;
	columns_used(L, used);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++) {
		const char *tail = strrchr(names[f], ':');
		/* an order's prefix only (t44 #2b: a joined Loyalty: Status was the order's) */
		if (used[f] || !tail || status_name_of(names[f]) != 1)
			continue;
		while (*++tail == ' ')
			;
		for (const rr_col_alias *a = ingest_col_aliases; a->name; a++)
			if (a->col == RR_COL_STATUS && (cur < 0 || a->level < 2) &&
			    sniff_same_name(tail, strlen(tail), a->name)) {
				L->col[RR_COL_STATUS] = f;
				sniff_describe(names, L->ncols, L->col, L->item_alt, NULL,
					       L->columns, sizeof L->columns);
				return;
			}
	}
}

/* The word status itself as other scripts borrow it (Russian, Bulgarian and Ukrainian
 * статус, Hebrew, Japanese, Estonian, Hungarian) and the order's state in Chinese, Korean and
 * Arabic: never an address's state (t77 F7: a Bulgarian shop's Статус of unknown words was
 * left unused unsaid, where Status was read and warned of). */
static const char *const status_words[] = {"status", "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x83\xD1\x81",
					   "\xD0\xA1\xD1\x82\xD0\xB0\xD1\x82\xD1\x83\xD1\x81",
					   "\xD7\xA1\xD7\x98\xD7\x98\xD7\x95\xD7\xA1",
					   "\xE3\x82\xB9\xE3\x83\x86\xE3\x83\xBC\xE3\x82\xBF\xE3\x82\xB9",
					   "staatus", "st\xC3\xA1tusz", "statusz",
					   "\xE7\x8A\xB6\xE6\x80\x81", "\xE7\x8B\x80\xE6\x85\x8B",
					   "\xEC\x83\x81\xED\x83\x9C",
					   "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xA7\xD9\x84\xD8\xA9",
					   "\xD8\xAD\xD8\xA7\xD9\x84\xD8\xA9"};

/* Is name one of the status role's bare fallbacks (ingest_col_aliases' level 1) that does not
 * say status: Estado, Situação, Stato, Statut, État, Tila, Durum...? Not Status, Estatus,
 * Статус (status_words). */
static int status_bare_name(const char *name)
{
	char low[64];
	size_t k = 0;
	for (; name[k] && k + 1 < sizeof low; k++)
		low[k] = (char)(name[k] >= 'A' && name[k] <= 'Z' ? name[k] - 'A' + 'a' : name[k]);
	low[k] = '\0';
	for (size_t w = 0; w < sizeof status_words / sizeof *status_words; w++)
		if (strstr(low, status_words[w]))
			return 0;
	for (const rr_col_alias *a = ingest_col_aliases; a->name; a++)
		if (a->col == RR_COL_STATUS && a->level == 1 &&
		    sniff_same_name(name, strlen(name), a->name))
			return 1;
	return 0;
}

/* The columns of a flag's name that no role took, to count their set flags (send_row): a
 * status column or a second flag left them unused without a word, and t18's credit memos and
 * voided lines were read as purchases (flags_warn). */
static void flags_unused(loader *L, const char *const names[MAX_FIELDS])
{
	char used[MAX_FIELDS];
	columns_used(L, used);
	L->n_flag = 0;
	for (int f = 0; f < L->ncols && L->n_flag < (int)(sizeof L->flag_field / sizeof(int)); f++)
		if (!used[f] && names[f][0] && sniff_flag_name(names[f])) {
			char low[64];   /* as status_column has it */
			size_t k = 0;
			for (; names[f][k] && k + 1 < sizeof low; k++)
				low[k] = (char)(names[f][k] >= 'A' && names[f][k] <= 'Z' ?
						names[f][k] - 'A' + 'a' : names[f][k]);
			low[k] = '\0';
			L->flag_stamp[L->n_flag] = (char)stamp_name(low);   /* t42 F3: Shopify's */
			L->flag_field[L->n_flag++] = f;                   /* Cancelled at */
		}
}

static void say(char *buf, size_t size, const char *fmt, ...) RR_PRINTF(3, 4);
static const char *shown_field(const char *const *names, int f, char *buf, size_t size);

/* A column's name folded for a search of its words ("Return / Refund Status" holds refund),
 * by the one fold of text (textfold.h), cut to size bytes with its end. */
static void name_folded(const char *name, char *low, size_t size)
{
	size_t n = strlen(name);
	low[textfold(low, name, n < size ? n : size - 1)] = '\0';
}

/* The column whose values may be an order's status ids (OpenCart's order_status_id, 7 being
 * Canceled, PrestaShop's current_state): the status column, else the first unused one whose
 * name holds status or state. No list reads a number as a status, so such a column keeps
 * every order, cancelled ones too, unless a warning says so (t35 F9). */
static void status_ids_column(loader *L, const char *const names[MAX_FIELDS])
{
	char used[MAX_FIELDS], low[64];
	columns_used(L, used);
	L->sid_field = L->col[RR_COL_STATUS];
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->sid_field < 0; f++) {
		name_folded(names[f], low, sizeof low);
		if (!used[f] && (strstr(low, "status") || strstr(low, "state")))
			L->sid_field = f;
	}
}

/* Count a row's value s[0..n) of the watched column: an id is one to three digits. */
static void status_ids_row(loader *L, const char *s, size_t n)
{
	L->sid_rows++;
	size_t d = 0;
	while (d < n && s[d] >= '0' && s[d] <= '9')
		d++;
	if (n > 3 || d < n) {
		L->sid_other++;
		return;
	}
	for (int k = 0; k < L->sid_kinds; k++)
		if (strlen(L->sid_value[k]) == n && memcmp(L->sid_value[k], s, n) == 0) {
			L->sid_n[k]++;
			return;
		}
	if (L->sid_kinds == 8) {   /* more ids than a shop's statuses: no status column */
		L->sid_other++;
		return;
	}
	memcpy(L->sid_value[L->sid_kinds], s, n);
	L->sid_value[L->sid_kinds][n] = '\0';
	L->sid_n[L->sid_kinds++] = 1;
}

/* Warn of a watched column whose values are all ids, not the 0 and 1 of a flag: the
 * statuses are not read, and how to read them. */
/* Does a column read already skip orders never bought: a status skipped, or an event that
 * is a void status (Storniert read as the event)? Then a column of status ids beside it says
 * the same (t42 F9: plentymarkets' Order.statusId was warned of as unread after
 * Order.statusName skipped the cancelled orders). */
static int void_read(const builder *in)
{
	for (int k = 0; k < in->statuses.kinds && in->has_status; k++)
		if (in->statuses.purchase[k] == EV_OTHER)
			return 1;
	for (int k = 0; k < in->events.kinds && in->has_event; k++) {
		const char *v = in->events.value[k];
		size_t n = strlen(v);
		if (in->events.purchase[k] == EV_OTHER && void_status(v, n, known_word(v, n)))
			return 1;
	}
	return 0;
}

static void status_ids_warn(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS];
	char name[64], vals[120] = "", map[72];
	int flag = 1;
	size_t o = 0;
	if (L->sid_field < 0 || !L->sid_rows || L->sid_other || void_read(&L->in))
		return;
	for (int k = 0; k < L->sid_kinds && o < sizeof vals; k++) {
		flag &= strcmp(L->sid_value[k], "0") == 0 || strcmp(L->sid_value[k], "1") == 0;
		o += (size_t)snprintf(vals + o, sizeof vals - o, "%s%s %zu", k ? ", " : "",
				      L->sid_value[k], L->sid_n[k]);
	}
	if (flag || L->sid_kinds < 2)
		return;
	header_names(L, names);
	shown_field(names, L->sid_field, name, sizeof name);
	const char *col = names[L->sid_field];
	if (sniff_name_index(col, strlen(col), ingest_return_flags) >= 0) {
		/* t82 F17: Retoure, İade, Возврат = 0, 1, 2 counts the units returned from the
		 * line; OpenCart's --purchase 1,2 skipped every line nothing came back from */
		say(text, size, "warning: '%s' holds small numbers (%s), by its name the units "
		    "returned from each line, no order's status: every line is read as bought in "
		    "full and those units are not taken off; to net them, write them as lines of "
		    "their own with a negative quantity", name, vals);
		return;
	}
	say(text, size, "warning: '%s' holds numbers (%s), an order's status ids, which name no "
	    "status relrec knows: every row is read as a purchase, cancelled orders too; load with "
	    "--map event=%s --purchase and the ids of orders bought (OpenCart's 1 Pending, 2 "
	    "Processing, 3 Shipped, 5 Complete, 15 Processed; not its 7 Canceled, nor 0, a checkout "
	    "never confirmed): the others are skipped", name, vals,
	    map_field(L, L->sid_field, map, sizeof map));
}

/* Stems of a cancellation's words in the languages of the names, folded (cancelled,
 * cancellation, storniert, annul\xC3\xA9, anulado, cancelado, geannuleerd, \xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB0, \xE5\x8F\x96\xE6\xB6\x88, \xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB):
 * a quantity's column so named counts units taken off a line (Zoho's Quantity Cancelled). */
static const char *const cancel_stems[] = {"cancel", "storn", "annul", "anulad", "geannuleerd",
					   "\xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD",
					   "\xE5\x8F\x96\xE6\xB6\x88",
					   "\xE3\x82\xAD\xE3\x83\xA3\xE3\x83\xB3\xE3\x82\xBB\xE3\x83\xAB",
					   NULL};

/* The stems of a name that says returned or refunded, as textfold folds it: English's, and
 * the other languages relrec reads (t80 F5: Retourenmenge, Cantidad devuelta, Qtd. devolvida,
 * \xD0\x9A\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE \xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82\xD0\xB0, \xE8\xBF\x94\xE5\x93\x81\xE6\x95\xB0, \xEB\xB0\x98\xED\x92\x88\xEC\x88\x98\xEB\x9F\x89, \xE9\x80\x80\xE8\xB4\xA7\xE6\x95\xB0\xE9\x87\x8F, \xC4\xB0ade Miktar\xC4\xB1 were
 * unused unsaid). */
static const char *const return_stems[] = {"return", "refund", "retour", "devol", "devuel", "iade",
					   "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB2\xD1\x80\xD0\xB0\xD1\x82",
					   "\xE8\xBF\x94\xE5\x93\x81", "\xEB\xB0\x98\xED\x92\x88",
					   "\xE9\x80\x80\xE8\xB4\xA7", "\xE9\x80\x80\xE8\xB2\xA8",
					   "\xD9\x85\xD8\xB1\xD8\xAA\xD8\xAC\xD8\xB9", "zwrot",
					   "\xE0\xB8\x84\xE0\xB8\xB7\xE0\xB8\x99\xE0\xB8\xAA\xE0\xB8\xB4\xE0\xB8\x99\xE0\xB8\x84\xE0\xB9\x89\xE0\xB8\xB2",
					   NULL};

/* Words of a name that make a return's a policy, what may be returned, not what was (t82
 * F19: Returnable, Return Eligible, Return Policy, Retornable, Rückgabe möglich): folded. */
static const char *const return_policy_stems[] = {"returnable", "eligib", "policy", "retornable",
						  "moglich", "m\xC3\xB6glich", "allowed", NULL};

/* The unused columns (two at most) whose name holds return or refund, not returning (a
 * returning customer) nor a flag's (flags_unused counts those): Shopee writes a line's
 * returns on the sale's own line (Returned quantity 1, Return / Refund Status Refund
 * Accepted), which no role reads (t35 F8: its returned goods stayed purchases unwarned).
 * So does a quantity's column named cancelled (cancel_stems; t64 F3: Zoho's Quantity
 * Cancelled, Qty Cancelled, Cancelled Quantity), units of a line never delivered. */
static void returns_unused(loader *L, const char *const names[MAX_FIELDS])
{
	char used[MAX_FIELDS], low[64];
	columns_used(L, used);
	L->n_ret = L->n_ret_qalt = 0;
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++) {
		if (used[f] || sniff_flag_name(names[f]))
			continue;
		name_folded(names[f], low, sizeof low);
		int cancel = 0;
		for (const char *const *c = cancel_stems; *c && !cancel; c++)
			cancel = strstr(low, *c) != NULL;
		cancel = cancel && sniff_name_holds_role(names[f], RR_COL_QTY);
		int ret = 0;
		for (const char *const *r = return_stems; *r && !ret; r++)
			ret = strstr(low, *r) != NULL;
		for (const char *const *r = return_policy_stems; *r && ret; r++)
			ret = !strstr(low, *r);
		if (L->n_ret < 2 && (cancel || (ret && !strstr(low, "returning")))) {
			L->ret_cancel[L->n_ret] = (unsigned char)cancel;
			L->ret_field[L->n_ret++] = f;
		} else if (L->n_ret_qalt < 4 && sniff_name_holds_role(names[f], RR_COL_QTY)) {
			L->ret_qalt[L->n_ret_qalt++] = f;
		}
	}
}

/* With no price nor amount read, the first unused column named as money (Wave's and
 * FreshBooks' Amount: a line total, its refunds (25.00) beside an unsigned quantity) into
 * L->negm_field, else -1: its negative values are counted (neg_money_row), as a plain load
 * reads those refunds as purchases (t80 F8). */
static void neg_money_start(loader *L, const char *const names[MAX_FIELDS])
{
	char used[MAX_FIELDS];
	L->negm_field = -1;
	if (L->col[RR_COL_PRICE] >= 0 || L->col[RR_COL_AMOUNT] >= 0 || L->col[RR_COL_QTY] < 0)
		return;
	columns_used(L, used);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS && L->negm_field < 0; f++)
		if (!used[f] && (sniff_maybe_money(names[f]) ||
				 sniff_name_holds_role(names[f], RR_COL_AMOUNT) ||
				 sniff_name_holds_role(names[f], RR_COL_PRICE)))
			L->negm_field = f;
}

/* A row's value s[0..n) of L->negm_field beside its quantity q[0..qn): counted when the
 * money is negative and the quantity is no negative number (unsigned: 2, not -2). */
static void neg_money_row(loader *L, const char *s, size_t n, const char *q, size_t qn,
			  uint64_t line)
{
	char mark = 0, dec = L->in.dec ? L->in.dec : '.';
	const rr_currency *cur;
	double v, qv;
	if (!n || field_number(s, n, 1, dec, L->in.comma_sep, &v, &mark, &cur) != 0 || v >= 0 ||
	    field_number(q, qn, 0, dec, L->in.comma_sep, &qv, &mark, &cur) != 0 || qv <= 0)
		return;
	if (!L->negm_rows++) {
		L->negm_line = line;
		sniff_printable(L->negm_value, sizeof L->negm_value, s, n, 20);
	}
}

/* Warn of neg_money_row's rows: read as purchases, which the column's map reads as returns. */
static void neg_money_warn(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS] = {NULL};
	char a[64], word[96];
	if (L->negm_field < 0 || !L->negm_rows || L->negm_field >= L->ncols)
		return;
	header_names(L, names);
	shown_field(names, L->negm_field, a, sizeof a);
	say(text, size, "warning: '%s' is not read: %zu row%s (the first on line %llu: '%s') %s "
	    "a negative '%s' beside an unsigned quantity, a refund's line total, and %s read as "
	    "%s in full; if '%s' is each line's total, load with --map amount=%s, which reads "
	    "%s as %s", a, L->negm_rows, L->negm_rows == 1 ? "" : "s",
	    (unsigned long long)L->negm_line, L->negm_value, L->negm_rows == 1 ? "has" : "have",
	    a, L->negm_rows == 1 ? "it is" : "they are",
	    L->negm_rows == 1 ? "a purchase" : "purchases", a,
	    map_field(L, L->negm_field, word, sizeof word), L->negm_rows == 1 ? "it" : "them",
	    L->negm_rows == 1 ? "a return" : "returns");
}

/* Is the row's quantity read already net of its cancelled units c[0..n): with them, it is
 * another quantity's column (Quantity Invoiced read, plus Quantity Cancelled, is Quantity
 * Ordered)? Then the units cancelled are out of it, and the row says nothing to warn of. */
static int cancel_netted(const loader *L, const char *base, const size_t *off, const size_t *len,
			 const char *s, size_t n)
{
	char mark = 0;
	const rr_currency *cur;
	double c, q, o;
	int qc = L->col[RR_COL_QTY];
	if (qc < 0 || qc >= L->ncols ||
	    field_number(s, n, 0, L->in.dec, L->in.comma_sep, &c, &mark, &cur) != 0 ||
	    field_number(base + off[qc], len[qc], 0, L->in.dec, L->in.comma_sep, &q, &mark,
			 &cur) != 0)
		return 0;
	for (int j = 0; j < L->n_ret_qalt; j++) {
		int f = L->ret_qalt[j];
		if (f < L->ncols && field_number(base + off[f], len[f], 0, L->in.dec,
						 L->in.comma_sep, &o, &mark, &cur) == 0 &&
		    fabs(q + c - o) < 1e-9)
			return 1;
	}
	return 0;
}

/* Mark the row being added when its value s[0..n) of returns column i says it returned
 * something: not empty, no number of zeros (0, 0.00), no flag's false (No). The builder
 * counts it if it keeps the row as a purchase (returns_kept). */
static void returns_row(loader *L, int i, const char *s, size_t n)
{
	if (!n || strspn(s, "0.,- ") >= n || (known_word(s, n) & W_FLAG_FALSE))
		return;
	L->in.ret_mark |= 1u << i;
	L->in.ret_s[i] = s;
	L->in.ret_s_n[i] = n;
}

/* Warn of the first returns column whose rows are returns of their own, their money negative
 * and their quantity not, by what became of them: no purchase, no return, dropped by the price
 * rule (t72 F22: Shopify's sales report without its Net items sold, whose -1 return rows were
 * said to be read as purchases in full). */
static void returns_own_warn(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS] = {NULL};
	char a[64];
	int i = 0;
	while (i < L->n_ret && L->ret_field[i] < L->ncols && !L->in.ret_neg[i])
		i++;
	if (i >= L->n_ret || L->ret_field[i] >= L->ncols)
		return;
	header_names(L, names);
	shown_field(names, L->ret_field[i], a, sizeof a);
	size_t n = L->in.ret_neg[i];
	say(text, size, "warning: '%s' is not read: %zu row%s (the first on line %llu: '%s') %s "
	    "of %s own, %s money negative and %s quantity not: %s not read as %s ('clean "
	    "returns' nets only rows of a negative quantity or a return's document type), and "
	    "the price rule drops %s (non-positive unit price)%s", a, n, n == 1 ? "" : "s",
	    (unsigned long long)L->in.ret_neg_line[i], L->in.ret_neg_value[i],
	    n == 1 ? "is a return" : "are returns", n == 1 ? "its" : "their",
	    n == 1 ? "its" : "their", n == 1 ? "its" : "their", n == 1 ? "it is" : "they are",
	    n == 1 ? "a return" : "returns", n == 1 ? "it" : "them",
	    L->in.rows->no_qty ? "; a column of the units, signed, read as the quantity reads "
	    "such rows as returns" : "");
}

/* Warn of the returns columns that marked rows, in a file whose returns are not read from an
 * event column (whose rows of their own a note beside them would be). */
static void returns_warn(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS] = {NULL};
	char a[64], b[64];
	int shown = -1, other = -1;
	if (L->col[RR_COL_EVENT] >= 0 || L->in.doc_event)
		return;
	returns_own_warn(L, text, size);
	const size_t *rows = L->in.ret_rows;
	for (int i = 0; i < L->n_ret && L->ret_field[i] < L->ncols; i++)
		if (rows[i] && shown < 0)
			shown = i;
		else if (rows[i])
			other = i;
	if (shown < 0)
		return;
	header_names(L, names);
	shown_field(names, L->ret_field[shown], a, sizeof a);
	if (other >= 0)
		shown_field(names, L->ret_field[other], b, sizeof b);
	int cancel = L->ret_cancel[shown];
	say(text, size, "warning: '%s'%s%s%s %s not read: %zu row%s (the first on line %llu: '%s') "
	    "%s goods on the sale's own line, and %s in full (%s); drop or reduce such lines "
	    "before loading (a load \"|...\" pipe)", a,
	    other >= 0 ? " and '" : "", other >= 0 ? b : "", other >= 0 ? "'" : "",
	    other >= 0 ? "are" : "is", rows[shown], rows[shown] == 1 ? "" : "s",
	    (unsigned long long)L->in.ret_line[shown], L->in.ret_value[shown],
	    cancel ? "cancel" : "return",
	    rows[shown] == 1 ? "it is read as a purchase" : "they are read as purchases",
	    cancel ? "units cancelled were never delivered, and no column read takes them off" :
	    "'clean returns' nets only rows of their own, a negative quantity or a return's "
	    "document type");
}

/* ===== unused columns whose values change what the figures mean (t49 F18, F01) =====
 * A Currency column of several codes (EUR, USD, JPY) beside the prices, and a debit/credit
 * column (S/H, Dr/Cr) beside unsigned amounts, are read by no role: the one adds yen to
 * euros, the other reads credit notes as sales. Each unused column of the first 64 is
 * probed while its every value is one of those (the others leave at their first value
 * that is none), and a column that holds two currencies, or both signs, is warned of. */

#define PROBE_COLS 64
#define PROBE_CODES 4   /* currencies named, at most */

typedef struct col_probe {
	const char *code[PROBE_CODES]; /* currencies: the first codes (ingest_currencies) */
	size_t rows[PROBE_CODES]; /* their rows; signs: [0] the debit's (a sale), [1] the credit's */
	cur_span span[PROBE_CODES]; /* currencies: the days of each one's built rows */
	int more;              /* currencies: one more code too */
	int pair;              /* signs: the pair (sign_pairs) its values are of, or -1 */
	char word[2][16];      /* signs: each side's first value, as written */
	size_t stray;          /* signs: rows of another value (a typo, a Storno), the first's */
	uint64_t stray_line;   /* line and value */
	char stray_word[24];
} col_probe;

/* The probes start on the columns no role took (a map's too: it may leave a column out). */
static int probe_start(loader *L)
{
	char used[MAX_FIELDS];
	columns_used(L, used);
	L->cur_alive = L->sign_alive = 0;
	for (int f = 0; f < L->ncols && f < PROBE_COLS; f++)
		if (!used[f])
			L->cur_alive |= (uint64_t)1 << f;
	L->sign_alive = L->cur_alive;
	if (!L->cur_alive || L->probe)
		return 0;
	if (!(L->probe = calloc(PROBE_COLS, sizeof *L->probe)))
		return err_set("out of memory loading '%s'", L->path);
	L->in.probe = L->probe;
	for (int f = 0; f < PROBE_COLS; f++)
		L->probe[f].pair = -1;
	return 0;
}

/* The currency whose code or mark s[0..n) is, whole, or NULL. */
static const rr_currency *currency_named(const char *s, size_t n)
{
	char up[4];
	if (n == 3) {   /* eur: a code, whatever its case */
		for (int k = 0; k < 3; k++)
			up[k] = (char)(s[k] >= 'a' && s[k] <= 'z' ? s[k] - 'a' + 'A' : s[k]);
		s = up;
	}
	for (const rr_currency *c = ingest_currencies; c->mark; c++)
		if (strlen(c->mark) == n && memcmp(c->mark, s, n) == 0)
			return c;
	return NULL;
}

/* Has p's column, probed for a sign, more rows of other values than a sign column holds
 * (doc_signs: a row in ten; the first few let through, whatever their share)? */
static int probe_strays(const col_probe *p)
{
	size_t all = p->rows[0] + p->rows[1] + p->stray;
	return p->stray > 3 && p->stray * 10 > all * (10 - SIGN_SHARE);
}

/* A row's values of the probed columns: counted, or the column left. */
static void probe_row(loader *L, const char *base, const size_t *off, const size_t *len,
		      uint64_t line)
{
	for (uint64_t m = L->cur_alive | L->sign_alive; m; m &= m - 1) {
		int f = __builtin_ctzll(m);
		if (f >= L->ncols)
			break;
		size_t a = 0, n = len[f];
		const char *s = base + off[f];
		while (a < n && s[a] == ' ')
			a++;
		while (n > a && s[n - 1] == ' ')
			n--;
		if (a == n)
			continue;
		col_probe *p = &L->probe[f];
		uint64_t bit = (uint64_t)1 << f;
		const rr_currency *cur = L->cur_alive & bit ? currency_named(s + a, n - a) : NULL;
		int c = 0;
		while (cur && c < PROBE_CODES && p->code[c] && strcmp(p->code[c], cur->code) != 0)
			c++;
		if (!cur)
			L->cur_alive &= ~bit;
		else if (c == PROBE_CODES)
			p->more = 1;
		else
			p->code[c] = cur->code, p->rows[c]++;
		if (cur && c < PROBE_CODES && !L->in.cur_mark)
			L->in.cur_mark = (unsigned)(f + 1) | (unsigned)c << 8;
		int side = L->sign_alive & bit ? sign_side(s + a, n - a, &p->pair) : -2;
		if (side == -1 && !p->stray++) {   /* a stray among signs (t54 F2) */
			p->stray_line = line;
			sniff_printable(p->stray_word, sizeof p->stray_word, s + a, n - a, 16);
		}
		if (side == -2 || (side == -1 && probe_strays(p)))
			L->sign_alive &= ~bit;
		else if (side >= 0 && p->rows[side]++ == 0)
			snprintf(p->word[side], sizeof p->word[side], "%.*s", (int)(n - a), s + a);
	}
}

/* The changeover found in the prices or converted (euro.h), or NULL. */
static const rr_euro_change *euro_of(const loader *L)
{
	return L->euro_conv ? L->euro_conv : L->euro.change;
}

/* Whether codes a and b are a changeover's money and the euro, either way round. */
static int euro_pair(const loader *L, const char *a, const char *b)
{
	const rr_euro_change *c = euro_of(L);
	return c && a && b && ((strcmp(a, c->code) == 0 && strcmp(b, "EUR") == 0) ||
			       (strcmp(b, c->code) == 0 && strcmp(a, "EUR") == 0));
}

/* The day of changeover c as YYYY-MM-DD. */
static void euro_day(const rr_euro_change *c, char day[16])
{
	snprintf(day, 16, "%04d-%02d-%02d", c->year % 10000, c->month % 100, c->day % 100);
}

/* Of a subject holding a changeover's money and the euro (code[0..1], their rows, the days
 * of their kept rows): when the old money's rows are all before the day and the euro's all
 * from it, said as the day the money changed, with the option that converts it (t77 F21:
 * "load one currency's rows at a time" threw half of every customer's history away), or,
 * converted, nothing; 1 then, 0 when they interleave (the caller's warning of two
 * currencies says it). */
static int euro_pair_warn(const loader *L, const char *subject, const char *const code[2],
			  const size_t rows[2], const cur_span span[2], char *text, size_t size)
{
	const rr_euro_change *c = euro_of(L);
	int old = strcmp(code[0], c->code) == 0 ? 0 : 1;
	int32_t at = euro_cut_minute(c, L->euro_utc);
	char day[16];
	euro_day(c, day);
	if (L->euro_conv && L->money_followed)   /* each row by its money: describe_euro */
		return 1;
	if ((span[old].n && span[old].hi >= at) || (span[!old].n && span[!old].lo < at))
		return 0;
	if (L->euro_conv)   /* describe_euro says what was converted */
		return 1;
	say(text, size, "warning: %s changes from %s (%zu rows) to EUR (%zu) on %s, the day %s "
	    "adopted the euro, and every item's price with it (%zu items, before it %.4g times "
	    "after; the legal rate %g %s to the euro): prices read as numbers, added together, "
	    "not converted; load with --convert-currency %s to read the rows dated before %s in "
	    "euro", subject, c->code, rows[old], rows[!old], day, c->country, L->euro.items,
	    L->euro.ratio, c->rate, c->code, c->code, day);
	return 1;
}

/* What --convert-currency did beside the rows of no money said, dated before the day: the
 * old money's rows from the day on, and the rows its currency keeps from the conversion. */
static void describe_converted(const loader *L, const char *day, char *text, size_t size)
{
	const rr_euro_change *c = L->euro_conv;
	const rr_euro_conv *d = &L->euro_done;
	if (d->old_late)
		say(text, size, "prices: %zu row%s dated from %s whose currency says %s (the old "
		    "money still paid in) converted too", d->old_late, d->old_late == 1 ? "" : "s",
		    day, c->code);
	if (d->euro_early && d->converted)
		say(text, size, "note: %zu row%s dated before %s whose currency says EUR read in "
		    "euro as written, not converted", d->euro_early, d->euro_early == 1 ? "" : "s",
		    day);
	if (d->other && d->converted)
		say(text, size, "warning: %zu row%s whose currency is neither %s nor EUR left as "
		    "written: --convert-currency %s converts the rows of %s only", d->other,
		    d->other == 1 ? "" : "s", c->code, c->code, c->code);
}

/* The note of --convert-currency's rows, or the warning of a changeover found in the prices
 * alone, when no currency the file names said it (euro_pair_warn). */
static void describe_euro(const loader *L, int said, char *text, size_t size)
{
	const rr_euro_change *c = euro_of(L);
	const rr_euro_conv *d = &L->euro_done;
	char day[16];
	if (!c)
		return;
	euro_day(c, day);
	if (L->euro_conv && L->rows->no_price)
		say(text, size, "note: --convert-currency %s converts nothing: the file has no price",
		    c->code);
	else if (L->euro_conv && !d->converted && (d->euro_early || d->other))
		say(text, size, "warning: --convert-currency %s converts nothing: no row's currency "
		    "says %s (EUR on %zu rows dated before %s, another money on %zu): prices read as "
		    "written", c->code, c->code, d->euro_early, day, d->other);
	else if (L->euro_conv)
		say(text, size, "prices: the %zu row%s%s%s dated before %s read as %s, converted to euro "
		    "at the legal rate of %s's changeover, %g %s to the euro (--convert-currency %s)%s",
		    d->converted - d->old_late, d->converted - d->old_late == 1 ? "" : "s",
		    L->euro_where[0] ? " of " : "", L->euro_where, day, c->code, c->country, c->rate, c->code, c->code,
		    d->other_country ? "; the other countries' rows left as written" : "");
	else if (!said)
		say(text, size, "warning: every item's price%s%s changes by one factor on %s, the day %s "
		    "adopted the euro at %g %s to the euro (%zu of %zu items sold in the quarters "
		    "before and after it near that rate, before it %.4g times after): the %zu rows "
		    "before it are likely in %s, the later ones in euro, added together as one money; "
		    "load with --convert-currency %s to read those rows in euro",
		    L->euro_where[0] ? " in the rows of " : "", L->euro_where,
		    day, c->country, c->rate, c->code, L->euro.near, L->euro.items, L->euro.ratio,
		    L->euro.before, c->code, c->code);
	if (L->euro_conv && !L->rows->no_price)
		describe_converted(L, day, text, size);
}

/* A built row's minute into the span of the currency its record's mark names (brec.cur). */
static void probe_dated(struct col_probe *probe, unsigned mark, int32_t minute)
{
	span_add(&probe[(mark & 0xFF) - 1].span[mark >> 8 & 3], minute);
}

/* The code of the currency a record's mark names (brec.cur, not 0). */
static const char *probe_code(const struct col_probe *probe, unsigned mark)
{
	return probe[(mark & 0xFF) - 1].code[mark >> 8 & 3];
}

/* Warn of the first column of two currencies, when the prices' cells did not name them; 1
 * when it said a changeover to the euro. */
static int probe_currency_warn(const loader *L, const char *const names[MAX_FIELDS],
				char *text, size_t size)
{
	if (L->in.currency[1])
		return 0;
	for (uint64_t m = L->cur_alive; m; m &= m - 1) {
		int f = __builtin_ctzll(m);
		const col_probe *p = &L->probe[f];
		char name[64], held[160] = "";
		if (!p->code[1] || f >= L->ncols)
			continue;
		char subject[80];
		snprintf(subject, sizeof subject, "'%s'", shown_field(names, f, name, sizeof name));
		if (!p->code[2] && !p->more && euro_pair(L, p->code[0], p->code[1]) &&
		    euro_pair_warn(L, subject, p->code, p->rows, p->span, text, size))
			return 1;
		for (int c = 0; c < PROBE_CODES && p->code[c]; c++) {
			size_t o = strlen(held);
			snprintf(held + o, sizeof held - o, "%s%s in %zu%s", c ? ", " : "",
				 p->code[c], p->rows[c], c ? "" : " rows");
		}
		say(text, size, "warning: '%s' holds more than one currency (%s%s): prices read "
		    "as numbers, added together, not converted; load one currency's rows at a "
		    "time (a file of the rows of one '%s')", shown_field(names, f, name,
		    sizeof name), held, p->more ? ", and others" : "", name);
		return 0;
	}
	return 0;
}

/* Warn of the first column of both signs, whichever the more (t54 F2: credit notes may
 * outnumber sales), a stray value among them or not, when no event is read; not of one named
 * as how a customer paid (Card Type: Debit, Credit). */
static void probe_sign_warn(const loader *L, const char *const names[MAX_FIELDS], char *text,
			    size_t size)
{
	if (L->col[RR_COL_EVENT] >= 0 || L->in.doc_event || L->doc_note[0] ||
	    L->o->purchase || L->o->returns)
		return;
	for (uint64_t m = L->sign_alive; m; m &= m - 1) {
		int f = __builtin_ctzll(m);
		const col_probe *p = &L->probe[f];
		char name[64], stray[120] = "", map[72], dw[RR_ARG_WORD(16)], cw[RR_ARG_WORD(16)];
		if (f >= L->ncols || p->pair < 0 || !p->rows[0] || !p->rows[1] ||
		    (p->rows[0] + p->rows[1]) * 10 < (p->rows[0] + p->rows[1] + p->stray) *
		    SIGN_SHARE || doc_not_document(names[f], strlen(names[f])) ||
		    sign_spelled(p->pair))   /* which way money went (t72 F14) */
			continue;
		const char *d = p->word[0], *c = p->word[1];
		size_t below = 0;   /* credit notes written below 0 (SAP's 3,000-) are read so */
		for (size_t i = 0; i < L->rows->n; i++)
			below += L->rows->qty[i] < 0;
		if (below >= p->rows[1])
			continue;
		shown_field(names, f, name, sizeof name);
		if (p->stray)
			snprintf(stray, sizeof stray, ", and %zu row%s of neither (the first on line "
				 "%llu: '%s'), which that load skips", p->stray, p->stray == 1 ? "" :
				 "s", (unsigned long long)p->stray_line, p->stray_word);
		say(text, size, "warning: '%s' holds a line's sign, %s (%zu rows) and %s (%zu)%s: a "
		    "debit, a sale, and a credit, a credit note; it is not read, so every line is "
		    "read as a purchase, credit notes too; load with --map event=%s --purchase %s "
		    "--return %s", name, d, p->rows[0], c, p->rows[1], stray,
		    map_field(L, f, map, sizeof map), quoted_word(dw, sizeof dw, d, "VALUE"),
		    quoted_word(cw, sizeof cw, c, "VALUE"));
		return;
	}
}

/* Warn of each unused flag column that marked lines: what they were read as, and the --map
 * that reads them. */
static void flags_warn(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS];
	char name[64], other[64] = "", map[72];
	header_names(L, names);
	for (int i = 0; i < L->n_flag; i++) {
		if (!L->flag_set[i])
			continue;
		const char *nm = names[L->flag_field[i]];
		int ret = sniff_name_index(nm, strlen(nm), ingest_return_flags) >= 0;
		sniff_printable(name, sizeof name, nm, strlen(nm), 40);
		for (int j = 0; j < L->n_flag && !L->in.has_status; j++)
			if (j != i)
				sniff_printable(other, sizeof other, names[L->flag_field[j]],
						strlen(names[L->flag_field[j]]), 40);
		say(text, size, "warning: '%s' %s %zu line%s%s but is not used (the "
		    "status role takes one column: %s%s%s): %s; --map status=%s reads %s%s%s",
		    name, L->flag_stamp[i] ? "holds a date on" : "marks", L->flag_set[i],
		    L->flag_set[i] == 1 ? "" : "s", L->flag_stamp[i] ? "" : " true (yes, 1, x)",
		    L->in.has_status ? "status=" : other[0] ? "'" : "", L->in.has_status ?
		    L->status_name : other, L->in.has_status ? "" : other[0] ?
		    "' is a flag too" : "", L->flag_set[i] == 1 ? "it is read as a purchase" :
		    "they are read as purchases", map_field(L, L->flag_field[i], map, sizeof map),
		    L->flag_set[i] == 1 ? "it" : "them",
		    !ret ? " as void, skipped" : L->flag_set[i] == 1 ? " as a return" : " as returns",
		    L->in.has_status || L->n_flag > 1 ? ", leaving the other unused" : "");
	}
}

/* A header with a column per day (M5's d_1..d_1941, or dates as names) holds counts, not
 * purchases: refused with how to make it a log (t19: --map date=d_1 read a day's sales
 * counts, 0 to 2, as days of 1970). The first MAX_FIELDS names tell, however wide the
 * header. 0, or -1 with err_set. */
static int wide_table(const loader *L)
{
	if (L->o->no_header)
		return 0;
	const char *names[MAX_FIELDS];
	int n = L->nf < MAX_FIELDS ? L->nf : MAX_FIELDS, first, last;
	for (int f = 0; f < n; f++)
		names[f] = L->buf + L->off[f];
	int days = sniff_wide_days(names, n, &first, &last);
	if (days < RR_WIDE_DAYS)
		return 0;
	char a[48], b[48];
	sniff_printable(a, sizeof a, names[first], strlen(names[first]), 32);
	sniff_printable(b, sizeof b, names[last], strlen(names[last]), 32);
	return err_set("'%s': %d%s of the header's %d columns are days ('%s' to '%s'%s): a wide table, "
		       "one column per day, holding counts, not purchases; melt it to one row per "
		       "item, store (or customer) and day, with the day's date and its count as the "
		       "quantity (M5's d_N days take their dates from calendar.csv), then load that",
		       L->path, days, L->nf > MAX_FIELDS ? "+" : "", L->nf, a, b,
		       L->nf > MAX_FIELDS ? " and on" : "");
}

/* The header's names in L->hdr, hoff and hlen (header_names). 0, or -1 with err_set. */
static int keep_header(loader *L)
{
	if (!(L->hdr = malloc(L->blen ? L->blen : 1)))
		return err_set("out of memory loading '%s'", L->path);
	memcpy(L->hdr, L->buf, L->blen);
	memcpy(L->hoff, L->off, (size_t)L->nf * sizeof *L->off);
	memcpy(L->hlen, L->len, (size_t)L->nf * sizeof *L->len);
	return 0;
}

/* ===== a header that names no column for a required role =====
 * A column relrec does not know by name (ts, zeit, a login) may still hold the date or the
 * customer (t26: examples/sales.csv's ts was called no date at all, and the user told to join
 * another table). The refusal waits for the values of the first lines after the header,
 * read as the load would read them (sniff_values_add), and names such a column with the map
 * that reads it. The load fails either way: rows are not built. */

#define HDR_SAMPLE_ROWS 50   /* lines read for the refusal at most */

/* Start reading the lines for the refusal sniff_columns gave (its -2). -2, or -1 with
 * err_set when out of memory. */
static int hdr_sample_start(loader *L)
{
	char why[1024];
	snprintf(why, sizeof why, "%s", err_msg());
	if (keep_header(L) != 0 || !(L->hv = malloc(sizeof *L->hv))) {
		err_set("%s", why);   /* the refusal, without the values */
		return -1;
	}
	sniff_values_init(L->hv);
	L->hv->cal = L->fmt.cal;
	return -2;
}

/* A date column whose name says another calendar's dates (Date (E.C.), Tarikh (AH): t56 F13,
 * Ethiopian dates read as Gregorian 2015, unsaid) is refused with the calendar and its
 * --calendar named, unless --calendar or --date-format says how its dates are written: -1
 * with err_set, else 0. */
static int calendar_refused(const loader *L, const char *const *names)
{
	int f = L->col[RR_COL_DATE];
	const calendar *cal = f >= 0 && !L->o->date_format && !L->o->calendar
				      ? calendar_of_name(names[f]) : NULL;
	if (!cal || cal == calendar_gregorian())   /* Gregorian Date: as relrec reads them */
		return 0;
	char shown[96];
	if (!cal->year_start)
		return err_set("'%s': the date column '%s' is named as holding %s dates, which "
			       "follow no arithmetic rule (the lengths of their months are published "
			       "year by year): relrec cannot convert them, and would read them as "
			       "Gregorian ones, years off; convert the column to Gregorian dates "
			       "first (if it holds Gregorian dates already, --calendar gregorian "
			       "reads them)", L->path, shown_field(names, f, shown, sizeof shown),
			       cal->what);
	return err_set("'%s': the date column '%s' is named as holding %s dates, which relrec "
		       "would read as Gregorian ones, years off: load with --calendar %s to "
		       "convert them (if it holds Gregorian dates already, --calendar gregorian "
		       "reads them)", L->path, shown_field(names, f, shown, sizeof shown),
		       cal->what, cal->name);
}

/* The refusal, with what the lines read showed: L fails. */
static void hdr_refuse(loader *L)
{
	const char *names[MAX_FIELDS];
	int col[RR_COL_N];
	const char *schema;
	header_names(L, names);
	if (sniff_columns(names, L->ncols, L->o->map, L->path, L->sep, L->hv, L->fill, col,
			  &schema) == 0)
		err_set("'%s': unrecognised header", L->path);   /* the first call refused it */
	free(L->hv);
	L->hv = NULL;
	L->failed = 1;
}

/* One line after such a header: its values counted. The refusal is made after the last
 * line read, or after the buffer the header came in (parse_all): no line past that buffer is
 * waited for. That first buffer is every load's (first_buffer): from a pipe or a FIFO it
 * waits for HEAD_LINES lines or the end, so a writer that stalls after its header holds the
 * refusal as it holds any load, until Ctrl-C or a signal stops it (t27 F3). */
static void hdr_sample_row(loader *L)
{
	int n = L->nf < L->ncols ? L->nf : L->ncols;
	sniff_values_add(L->hv, L->buf, L->off, L->len, n, L->o->date_format ? &L->fmt : NULL);
	if (L->hv->rows >= HDR_SAMPLE_ROWS)
		hdr_refuse(L);
}

/* The header: every name UTF-8, then the columns (csvsniff.h). 0, -1 with err_set, or -2
 * while the lines after it are read for its refusal (hdr_sample_start). */
/* A header name's line breaks (a spreadsheet's wrapped cell: "Unit Price\r\n(EUR)") as one
 * blank each, with the blanks beside them, in place: the name matched by its words and
 * written back in a --map (t53 F6). Its new length. */
static size_t name_unwrapped(char *s, size_t n)
{
	if (!memchr(s, '\n', n) && !memchr(s, '\r', n))
		return n;
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		size_t run = strspn(s + i, " \t\r\n");
		if (run > n - i)
			run = n - i;
		if (run && (memchr(s + i, '\n', run) || memchr(s + i, '\r', run))) {
			if (o && i + run < n)
				s[o++] = ' ';
			i += run;
			continue;
		}
		if (run) {
			memmove(s + o, s + i, run);
			o += run;
			i += run;
			continue;
		}
		s[o++] = s[i++];
	}
	s[o] = '\0';
	return o;
}

/* The unused e-mail column (sniff_email_hint): its name into L->email_hint, its field into
 * L->email_col (-1: none). */
static void email_field(loader *L, const char *const *names)
{
	sniff_email_hint(names, L->nf, L->col, L->email_hint, sizeof L->email_hint);
	L->email_col = -1;
	for (int f = 0; L->email_hint[0] && f < L->nf && L->email_col < 0; f++) {
		char shown[96];
		if (!strcmp(shown_field(names, f, shown, sizeof shown), L->email_hint))
			L->email_col = f;
	}
}

static void awk_sep(const loader *L, char *sep, size_t size);
static RR_PRINTF(4, 5) int awk_program(char *prog, size_t size, unsigned lines,
					const char *fmt, ...);

/* The lines a text tool skips before the data: the header's, the lines above it and Excel's
 * sep= line; none with --no-header. */
static int data_skip(const loader *L)
{
	return L->o->no_header ? 0 : 1 + L->preamble + L->sep_line;
}

/* The header's money: whether the unit price is read from the line total, or there is none;
 * and where a suggested command edits the numbers (builder's tool_*). The money column's
 * field, or -1. */
static int money_fields(loader *L)
{
	L->rows->price_from_amount = L->col[RR_COL_PRICE] < 0 && L->col[RR_COL_AMOUNT] >= 0;
	L->rows->no_price = L->col[RR_COL_PRICE] < 0 && L->col[RR_COL_AMOUNT] < 0;
	int money = L->col[L->rows->price_from_amount ? RR_COL_AMOUNT : RR_COL_PRICE];
	awk_sep(L, L->in.tool_sep, sizeof L->in.tool_sep);
	L->in.tool_skip = data_skip(L);
	L->in.tool_col[0] = L->col[RR_COL_QTY] + 1;
	L->in.tool_col[1] = money + 1;
	return money;
}

/* The unused columns whose values the rows are watched for: the e-mail's, an order's
 * number beside the invoice's. */
static void watched_fields(loader *L, const char *const *names)
{
	email_field(L, names);
	nest_field(L, names);
	group_fields(L, names);
	till_fields(L, names);
}

/* The encodings a header that is not UTF-8 is told to name, unless the code pages its
 * names are known in are named instead (add_guess_note). */
static const char header_not_utf8_pages[] = " (name its encoding with --encoding: cp1252 or "
	"latin1 for Western European text, cp1250 Central European, cp1251 Cyrillic, cp1254 "
	"Turkish, " RR_ENC_EAST_ASIAN "; iconv -l lists them all)";
/* Those of a header whose bytes past ASCII all pair as EUC's do (euc_form): Unix's Japanese,
 * whose pairs cp932 reads otherwise (t74 F19: an EUC-JP export was told cp932, which then
 * refused its first byte), and the Chinese and Korean pages whose pairs are EUC's. */
static const char header_euc_pages[] = " (name its encoding with --encoding: its bytes pair as "
	"EUC's do, each from A1 to FE: euc-jp Japanese, gb18030 Simplified Chinese, cp949 Korean; "
	"iconv -l lists them all)";

/* Do the header's names hold bytes past ASCII, all of them in pairs of bytes from 0xA1 to
 * 0xFE (EUC-JP's, GB2312's, EUC-KR's two-byte characters), never a UTF-8 sequence's 0x80 to
 * 0xA0 nor Shift_JIS's lead bytes below 0xA1, and a word of two such characters at least
 * (not a Latin-1 name's two letters, Größe's öß)? */
static int euc_form(const loader *L)
{
	int word = 0;
	for (int f = 0; f < L->nf; f++) {
		const unsigned char *b = (const unsigned char *)L->buf + L->off[f];
		for (size_t k = 0, run = 0; k < L->len[f]; k++) {
			if (b[k] < 0x80) {
				run = 0;
				continue;
			}
			if (b[k] < 0xA1 || b[k] == 0xFF || k + 1 == L->len[f] || b[k + 1] < 0xA1 ||
			    b[k + 1] == 0xFF)
				return 0;
			k++;
			word |= ++run >= 2;
		}
	}
	return word;
}

/* What a header name of nlen bytes holding nuls NULs may be: UTF-16 without a byte order
 * mark (a NUL in every other byte), or UTF-32 (three in every four: t68 F8, told to use
 * UTF-16, which followed failed; also what UTF-32 read as UTF-16 leaves, one in two), its
 * order from the line's first byte (the letter first: LE). "" when neither. */
static const char *header_nul_hint(const loader *L, size_t nuls, size_t nlen)
{
	const char *enc = L->o->encoding;
	int le = L->nf > 0 && L->len[0] > 0 && L->buf[L->off[0]] != '\0';
	int utf16 = enc && strncasecmp(enc, "UTF-16", 6) == 0;
	if ((!enc && 4 * nuls + 4 >= 3 * nlen) || (utf16 && 3 * nuls >= nlen))
		return le ? " (or UTF-32 without a byte order mark, three NULs in every four bytes: "
			    "load with --encoding UTF-32LE)"
			  : " (or UTF-32 without a byte order mark, three NULs in every four bytes: "
			    "load with --encoding UTF-32BE)";
	if (!enc && 3 * nuls >= nlen)
		return " (or UTF-16 without a byte order mark, a NUL in every other byte: load "
		       "with --encoding UTF-16LE or UTF-16BE)";
	return "";
}

/* The header's names into names[0..L->nf), checked: no NUL, UTF-8 ("" each with
 * --no-header: the columns have no names, "column N" in the summary), a line break in one a
 * blank (name_unwrapped). 0, or -1 with err_set. */
static int header_names_read(loader *L, const char *names[MAX_FIELDS])
{
	for (int f = 0; f < L->nf; f++) {
		if (!L->o->no_header && !memchr(L->buf + L->off[f], '\0', L->len[f]))
			L->len[f] = name_unwrapped(L->buf + L->off[f], L->len[f]);
		names[f] = L->o->no_header ? "" : L->buf + L->off[f];
		size_t nlen = L->o->no_header ? 0 : L->len[f];
		if (memchr(names[f], '\0', nlen)) {   /* no encoding has NUL in a name (t13) */
			/* but UTF-16 does in every other byte, which detection missed (t65 F4) */
			size_t nuls = 0;
			for (size_t k = 0; k < nlen; k++)
				nuls += !names[f][k];
			return err_set("'%s': the header's column %d holds a NUL byte: a damaged or "
				       "binary file, not CSV text%s", L->path, f + 1,
				       header_nul_hint(L, nuls, nlen));
		}
		if (!ingest_utf8_valid(names[f], nlen))
			return err_set("'%s': the header is not UTF-8%s", L->path,
				       L->o->encoding ? "" : euc_form(L) ? header_euc_pages
				       : header_not_utf8_pages);
	}
	return 0;
}

/* Does name hold, as a word of its own, the ISO code of a currency other than code (EUR in
 * "Prezzo (EUR, p)" beside GBP's pence)? */
static int name_other_currency(const char *name, const char *code)
{
	for (const rr_currency *c = ingest_currencies; c->mark; c++) {
		if (!iso_code(c) || strcmp(c->code, code) == 0)
			continue;
		for (const char *p = strstr(name, c->code); p; p = strstr(p + 1, c->code))
			if ((p == name || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[3]))
				return 1;
	}
	return 0;
}

static void money_name_scale(loader *L, const char *name);

/* The money columns (money_fields), and what their names say of their unit: a minor unit's
 * (Price (pence): read divided by 100), thousands (Umsatz (TEUR): read times 1000), or a
 * price for so many units (Price per 100). */
static void money_units(loader *L, const char *const *names)
{
	int money = money_fields(L);
	const char *code = NULL;
	L->in.minor_unit = money >= 0 ? sniff_minor_units_of(names[money], &code) : NULL;
	if (L->in.minor_unit && code && name_other_currency(names[money], code))
		L->in.minor_unit = NULL;   /* pence in a name that says EUR: no pence (t71 F11) */
	L->in.minor_units = L->in.minor_unit != NULL;
	/* a thousand the price is for is no thousand it is in (Preis je Tsd., t89 F3) */
	L->in.money_scale = 0;
	if (money >= 0 && !L->in.minor_units && !sniff_price_per(names[money]))
		money_name_scale(L, names[money]);
	L->in.price_per = money >= 0 && money == L->col[RR_COL_PRICE] &&
			  !L->rows->price_from_amount ? (double)sniff_price_per(names[money]) : 0;
	int qf = L->col[RR_COL_QTY], pf = L->col[RR_COL_PRICE];
	const rr_measure *qm = qf >= 0 ? name_measure(names[qf], 0) : NULL;
	L->in.price_measure = pf >= 0 ? name_measure(names[pf], 1) : NULL;
	L->in.qty_scale = qm && L->in.price_measure && qm->kind == L->in.price_measure->kind
			  ? qm->size / L->in.price_measure->size : 1;
}

/* At the header: how the event's and the status's columns are read, and the unused columns
 * that may void or return rows beside them (flags, a payment's status, status ids, returns). */
static void event_status_start(loader *L, const char *const names[MAX_FIELDS],
			       const char *map)
{
	L->in.has_event = L->col[RR_COL_EVENT] >= 0;
	L->in.paid_buys = !sniff_map_gives(map, RR_COL_EVENT);
	status_prefixed(L, names, map);
	L->in.has_status = L->col[RR_COL_STATUS] >= 0;
	if (L->in.has_status) {
		status_column(L, names[L->col[RR_COL_STATUS]]);
		L->in.status_named = !sniff_map_gives(map, RR_COL_STATUS);
		L->in.status_bare = L->in.status_named &&
				    status_bare_name(names[L->col[RR_COL_STATUS]]);
	}
	flags_unused(L, names);
	status_payment_start(L, names, map);
	status_ids_column(L, names);
	returns_unused(L, names);
	neg_money_start(L, names);
}

/* Does the map name the column called name[0..n) (=NAME, ='NAME' or ="NAME", then a comma,
 * a quote or the end)? */
static int map_names(const char *map, const char *name, size_t n)
{
	for (const char *p = map ? strchr(map, '=') : NULL; p && n; p = strchr(p + 1, '=')) {
		const char *v = p + 1 + (p[1] == '\'' || p[1] == '"');
		if (strncmp(v, name, n) == 0 && (!v[n] || strchr(",'\"", v[n])))
			return 1;
	}
	return 0;
}

/* A header of more columns than relrec keeps (MAX_FIELDS): refused with the pipe that keeps
 * its first columns, up to the last of the first MAX_FIELDS that a name relrec knows or the
 * map names (all of them when none is), split on the separator outside double quotes as
 * relrec reads them (t86 F18: the hint's cut -d, split "Acme Corp, Inc." and lost every line
 * of that customer). -1. */
static int wide_refusal(const loader *L)
{
	int last = 0;
	for (int f = 0; f < MAX_FIELDS; f++) {
		char name[256];
		size_t n = L->len[f] < sizeof name ? L->len[f] : sizeof name - 1;
		snprintf(name, sizeof name, "%.*s", (int)n, L->buf + L->off[f]);
		if (sniff_name_role(name) >= 0 || map_names(own_map(L), name, n))
			last = f + 1;
	}
	int keep = last ? last : MAX_FIELDS;
	char sep[8], prog[1400], cmd[2000], way[2300] = "";
	awk_sep(L, sep, sizeof sep);
	const char *arg[3] = {sep, prog, L->path};
	/* records whose quoted fields hold line ends read whole (awk_head's TOOL_ML) */
	if (awk_program(prog, sizeof prog, TOOL_ML, "{g($0,%d);print substr($0,1,E-1)}", keep) == 0 &&
	    rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3, L->path))
		snprintf(way, sizeof way, "load %s with the same options reads its first %d columns "
			 "(%s), split outside double quotes as relrec reads them; or ", cmd, keep,
			 last ? "up to the last whose name relrec knows or the map names" : "all relrec "
			 "keeps");
	return err_set("'%s': header has %d columns (at most %d): relrec reads one row per "
		       "purchase; %scut out the columns it needs (csvcut; not cut -d, which splits a "
		       "quoted field's commas), or melt a table with a column per day or product to "
		       "one row per purchase", L->path, L->nf, MAX_FIELDS, way);
}

static int on_header(loader *L)
{
	const char *names[MAX_FIELDS];
	L->ncols = L->nf;
	if (L->too_long)
		return err_set("'%s': the header has a field longer than %d bytes (is it a CSV file?)",
			       L->path, RR_MAX_FIELD);
	if (wide_table(L) != 0)
		return -1;
	if (L->nf > MAX_FIELDS)
		return wide_refusal(L);
	if (header_names_read(L, names) != 0)
		return -1;
	L->in.yen_jp = yen_japanese(L->o->encoding, names, L->nf);
	L->in.fa_names = persian_header(names, L->nf);
	L->in.fa_header = !L->o->calendar && !L->o->date_format && L->in.fa_names;
	if (L->o->no_header && !L->o->map)
		return err_set("'%s': --no-header needs --map to say where the columns are, by number "
			       "from 1 (--map user=1,item=2,date=5)", L->path);
	if (L->o->no_header) {   /* a header after all? said, not guessed */
		const char *real[MAX_FIELDS];
		int tmp[RR_COL_N];
		const char *schema;
		for (int f = 0; f < L->nf; f++)
			real[f] = L->buf + L->off[f];
		L->header_like = sniff_columns(real, L->nf, NULL, L->path, L->sep, NULL, NULL, tmp,
					       &schema) == 0;
		err_clear();
	}
	/* a report grouped by customer: its first column is the customer, on group lines */
	const char *map = L->o->map;
	char *joined = NULL;
	char own[24];   /* the customer's column: the first, or the one group_field added */
	snprintf(own, sizeof own, "user=%d", L->grouped == 2 ? L->nf : 1);
	if (L->grouped && map && (L->grouped == 2 || !map_user_first(map))) {
		size_t m = strlen(map) + sizeof own + 1;
		if (!(joined = malloc(m)))
			return err_set("out of memory loading '%s'", L->path);
		snprintf(joined, m, "%s,%s", own, map);
	}
	map = joined ? joined : L->grouped && !map ? own : map;   /* t49 F21: the rest kept */
	int rc = sniff_columns(names, L->nf, map, L->path, L->sep, NULL, L->fill, L->col,
			       &L->rows->schema);
	if (rc != 0) {
		free(joined);
		if (rc == -1)
			map_far_refusal(L, names);
		return rc == -2 ? hdr_sample_start(L) : -1;
	}
	if (calendar_refused(L, names) != 0) {
		free(joined);
		return -1;
	}
	/* a month's name in the header's language (t74 F2: Croatian's listopad is October) */
	L->in.dates.lang = L->fmt.lang = L->o->month_language ? L->o->month_language
								: sniff_header_lang(names, L->nf);
	if (L->grouped || L->o->reread)   /* read again by ingest_read's map: the first's */
		L->rows->schema = L->o->reread ? L->o->reread->schema : "a report grouped by customer";
	L->in.group_user = L->grouped != 0;
	L->item_alt = sniff_item_fallback(names, L->nf, L->col, L->fill);
	user_fallback(L, names);
	sniff_describe(names, L->nf, L->col, L->item_alt, NULL, L->columns, sizeof L->columns);
	if (L->item_alt >= 0 && names[L->item_alt][0])
		sniff_printable(L->item_alt_name, sizeof L->item_alt_name, names[L->item_alt],
				strlen(names[L->item_alt]), 40);
	else if (L->item_alt >= 0)
		snprintf(L->item_alt_name, sizeof L->item_alt_name, "column %d", L->item_alt + 1);
	id_start(L, names);
	id_start_unnamed(L, names);
	for (int i = 0; i < ID_SLOTS; i++)
		L->idp_any |= L->idp[i] != NULL;
	L->data_like = sniff_data_like(names, L->nf);
	if (!L->data_like && !L->o->no_header)   /* dates and codes too (t42 F5) */
		L->data_shaped = sniff_data_shaped(names, L->nf, L->fill);
	if (!L->o->no_header && keep_header(L) != 0) { /* to know the header again further on */
		free(joined);
		return -1;
	}
	money_units(L, names);
	L->rows->no_invoice = L->col[RR_COL_INVOICE] < 0;
	L->in.session_invoice = !L->rows->no_invoice &&
				sniff_invoice_session(names[L->col[RR_COL_INVOICE]]);
	L->in.tax_ids = L->col[RR_COL_USER] >= 0 && sniff_tax_id_named(names[L->col[RR_COL_USER]]);
	L->in.phone_ids = L->col[RR_COL_USER] >= 0 && !L->in.tax_ids &&
			  sniff_phone_named(names[L->col[RR_COL_USER]]);
	watched_fields(L, names);
	L->rows->no_qty = L->col[RR_COL_QTY] < 0;
	L->qty_hint_col = L->rows->no_qty ? sniff_qty_hint(names, L->nf, L->col, L->qty_hint,
							     sizeof L->qty_hint) - 1 : -1;
	/* with no invoice column the unused columns' looks may offer one by its values whatever
	 * the header (t46 F9: ERPNext's 'ID'); quantity and price by them only under a --map,
	 * elsewhere by their names (and with no price, which of two is the other times the
	 * quantity: look_totals) */
	if ((L->rows->no_invoice || L->rows->no_price ||
	     (own_map(L) && L->rows->no_qty)) &&
	    !L->look && !(L->look = calloc(MAX_FIELDS, sizeof *L->look))) {
		free(joined);
		return err_set("out of memory loading '%s'", L->path);
	}
	event_status_start(L, names, map);
	if (probe_start(L) != 0) {
		free(joined);
		return -1;
	}
	label_columns(L);
	L->in.sage = sage_file(names, L->nf);
	L->in.doc_codes = L->col[RR_COL_EVENT] >= 0 && L->col[RR_COL_EVENT] < L->nf
			  ? doc_codes_system(names[L->col[RR_COL_EVENT]]) : 0;
	L->in.myob = myob_file(names, L->nf, L->col[RR_COL_STATUS]);
	L->in.odoo_pos = odoo_pos_file(names, L->nf, L->col[RR_COL_STATUS]);
	rc = doc_start(L, map);   /* map may be joined: freed after */
	free(joined);
	return rc;
}

/* The record's field f as a header's name is compared: the first field behind its own byte
 * order mark, as exports joined with cat write it. */
static const char *field_as_name(const loader *L, int f, size_t *n)
{
	const char *a = L->buf + L->off[f];
	*n = L->len[f];
	if (f == 0)
		skip_bom(&a, n);
	return a;
}

/* Is a[0..n) the header's name g? */
static int is_name(const loader *L, const char *a, size_t n, int g)
{
	return n == L->hlen[g] && memcmp(a, L->hdr + L->hoff[g], n) == 0;
}

/* Is the record's field f the header's name g? */
static int field_is_name(const loader *L, int f, int g)
{
	size_t n;
	const char *a = field_as_name(L, f, &n);
	return is_name(L, a, n, g);
}

/* Is the record (as many fields as the header) the header again? Exports joined with cat
 * repeat it. */
static int header_again(const loader *L)
{
	if (!L->hdr)   /* --no-header */
		return 0;
	for (int f = 0; f < L->nf; f++)
		if (!field_is_name(L, f, f))
			return 0;
	return 1;
}

/* Is a[0..n) one of the header's names? */
static int any_name(const loader *L, const char *a, size_t n)
{
	for (int g = 0; g < L->ncols; g++)
		if (is_name(L, a, n, g))
			return 1;
	return 0;
}

/* Is the record the header again in other spellings of the same roles (t66 F1: Online Retail
 * joined to Online Retail II with cat, InvoiceNo and Invoice, UnitPrice and Price, CustomerID
 * and Customer ID: the second header was one bad row, and the days the two years share were
 * counted twice, unwarned)? Each field the header's name, or a known name of the role the
 * header's name at its place has: 1. Only a record whose quantity field (or price field) holds
 * no digit, as a header's does not, is looked at: a data row costs one scan of one field.
 * A header of other roles or places (t68 F1: Invoice,...,Price,InvoiceDate,Quantity under
 * InvoiceNo,...,Quantity,InvoiceDate,UnitPrice; Line Total where UnitPrice was), its fields
 * four in five known names, would have its rows read in line 1's columns: 0 with the first
 * field that differs in *at (-1 otherwise), for the caller to refuse. */
static int header_renamed(const loader *L, int *at)
{
	int gate = L->col[RR_COL_QTY] >= 0 ? L->col[RR_COL_QTY] : L->col[RR_COL_PRICE];
	int unknown = 0;
	*at = -1;
	if (!L->hdr || gate < 0 || gate >= L->nf || L->nf > MAX_FIELDS || L->nf < 3 ||
	    mem_has_digit(L->buf + L->off[gate], L->len[gate]))
		return 0;
	for (int f = 0; f < L->nf; f++) {
		size_t n;
		const char *a = field_as_name(L, f, &n);
		char got[128], had[128];
		if (is_name(L, a, n, f))
			continue;
		if (!n || n >= sizeof got || L->hlen[f] >= sizeof had) {
			*at = *at < 0 ? f : *at;
			unknown++;
			continue;
		}
		memcpy(got, a, n);
		got[n] = '\0';
		memcpy(had, L->hdr + L->hoff[f], L->hlen[f]);
		had[L->hlen[f]] = '\0';
		int role = sniff_name_role(got);
		if (role >= 0 && role == sniff_name_role(had))
			continue;   /* renamed in place: no difference */
		*at = *at < 0 ? f : *at;
		unknown += role < 0 && !any_name(L, a, n);
	}
	if (*at < 0)
		return 1;
	if (unknown * 5 > L->nf)   /* a data row with an empty or worded quantity */
		*at = -1;
	return 0;
}

/* Is the record the header again with its columns in another order (exports of two layouts
 * joined)? Every field one of the header's names, one at least at another place: 1 with
 * the first such field in *at, else 0. A data row fails at its first field, at once. An
 * empty field that matches an unnamed column tells no order: a blank row (,,,,) under a
 * header ending in unnamed columns is no header (t16). */
static int header_reordered(const loader *L, int *at)
{
	if (!L->hdr || L->nf > MAX_FIELDS)
		return 0;
	*at = -1;
	for (int f = 0; f < L->nf; f++) {
		size_t n;
		const char *a = field_as_name(L, f, &n);   /* once, not for each name */
		int g = 0;
		while (g < L->nf && !is_name(L, a, n, g))
			g++;
		if (g == L->nf)
			return 0;
		if (g != f && *at < 0 && L->len[f])
			*at = f;
	}
	return *at >= 0;
}

/* Refuses the file at a header of another layout met again: its field at the first
 * column that differs, and whether its names are other names (renamed) or line 1's moved. */
static void header_refused(loader *L, int at, int renamed)
{
	char got[48], was[48];
	err_set("'%s': line %zu is the header again with its columns %s ('%s' where line 1 has "
		"'%s'): the file joins exports of two layouts; load each part on its own", L->path,
		L->rec_line, renamed ? "of other names or places" : "in another order",
		sniff_printable(got, sizeof got, L->buf + L->off[at], L->len[at], 24),
		sniff_printable(was, sizeof was, L->hdr + L->hoff[at], L->hlen[at], 24));
	L->failed = 1;
}

/* Is the record a row glued to the header again, a part joined with cat without its last
 * line's end ("...,United KingdomInvoiceNo,StockCode,...": t56 F18b)? Its field at the
 * header's last column ends with the header's first name and the fields past it are the other
 * names, in order. */
static int header_glued(const loader *L)
{
	int c = L->ncols;
	if (!L->hdr || c < 2 || L->nf != 2 * c - 1 || L->nf > MAX_FIELDS ||
	    L->len[c - 1] <= L->hlen[0] ||
	    memcmp(L->buf + L->off[c - 1] + L->len[c - 1] - L->hlen[0], L->hdr + L->hoff[0],
		   L->hlen[0]) != 0)
		return 0;
	for (int g = 1; g < c; g++)
		if (!field_is_name(L, c - 1 + g, g))
			return 0;
	return 1;
}

/* How many of the names a[0..n) holds, split at sep, are the header's (blanks and quotes
 * around each left out); *parts gets how many parts it has. */
static int names_split(const loader *L, const char *a, size_t n, char sep, int *parts)
{
	int hits = 0;
	*parts = 0;
	for (size_t i = 0; i <= n && *parts <= MAX_FIELDS; (*parts)++) {
		size_t j = i;
		while (j < n && a[j] != sep)
			j++;
		size_t x = i, y = j;
		while (x < y && (a[x] == ' ' || a[x] == '"'))
			x++;
		while (y > x && (a[y - 1] == ' ' || a[y - 1] == '"' || a[y - 1] == '\r'))
			y--;
		hits += any_name(L, a + x, y - x);
		i = j + 1;
	}
	return hits;
}

/* Is a record of another width the header of another layout: the header's names with a
 * column added or taken away, or written with another separator (monthly exports joined, one
 * re-saved by a spreadsheet of another locale: t56 F10)? 1 with what differs in what. */
static int header_other_layout(const loader *L, char *what, size_t size)
{
	if (!L->hdr || L->nf > MAX_FIELDS || L->ncols < 2)
		return 0;
	int hits = 0, parts;
	for (int f = 0; f < L->nf; f++) {
		size_t n;
		const char *a = field_as_name(L, f, &n);
		hits += any_name(L, a, n);
	}
	int least = L->ncols < L->nf ? L->ncols : L->nf;
	if (hits >= 2 && hits * 5 >= least * 4) {
		snprintf(what, size, "%d columns where line 1 has %d", L->nf, L->ncols);
		return 1;
	}
	if (L->nf > 2)
		return 0;
	size_t n;   /* one or two fields: the line split at this file's separator no more */
	const char *a = field_as_name(L, 0, &n);
	if (L->nf == 2)
		n = L->off[1] + L->len[1] - (size_t)(a - L->buf);
	for (const char *sep = ";\t|,"; *sep; sep++) {
		hits = names_split(L, a, n, *sep, &parts);
		if (parts >= 3 && hits >= 2 && hits * 5 >= parts * 4) {
			snprintf(what, size, "its names between '%s' where line 1 has them between '%s'",
				 *sep == '\t' ? "\\t" : (char[2]){*sep, 0},
				 L->sep == '\t' ? "\\t" : (char[2]){(char)L->sep, 0});
			return 1;
		}
	}
	return 0;
}

/* Is a record of another width the header of another export appended to this one (a returns
 * export's "Return No,Return Date,...,Quantity Returned,Reason" after the sales, t64 F11):
 * three or more of its fields, a third of its filled ones or more, known column names (its
 * own words, Return No, are not: Customer ID, SKU and Unit Price are), and none a number (a
 * data row's ids, quantities and prices are)? Its names then into what, and into *returns
 * whether they read like a returns export's. */
static int export_header(const loader *L, char *what, size_t size, int *returns)
{
	if (!L->hdr || L->nf < 3 || L->nf > MAX_FIELDS)
		return 0;
	int known = 0, filled = 0;
	size_t k = 0;
	what[0] = '\0';
	*returns = 0;
	for (int f = 0; f < L->nf; f++) {
		size_t n;
		const char *a = field_as_name(L, f, &n);
		char name[128], shown[48];
		size_t digits = 0;
		if (!n)
			continue;
		filled++;
		while (digits < n && memchr("0123456789.,-+ ", a[digits], 15))
			digits++;
		if (n >= sizeof name || digits == n)
			return 0;
		memcpy(name, a, n);
		name[n] = '\0';
		known += sniff_known_name(name);
		*returns |= doc_returnish(a, n);
		if (k < size)
			k += (size_t)snprintf(what + k, size - k, "%s%s", f ? ", " : "",
					      sniff_printable(shown, sizeof shown, a, n, 24));
	}
	return known >= 3 && 3 * known >= filled;
}

/* A record of another width: another export's header (export_header), kept and no row
 * (returns 1), or after one, a row of its width, counted for the warning (0: rejected). */
static int other_export(loader *L)
{
	if (L->nf == L->ncols || L->too_long)
		return 0;
	if (L->export_line) {
		L->export_rows += L->nf == L->export_nf;
		return 0;
	}
	if (!export_header(L, L->export_names, sizeof L->export_names, &L->export_returns))
		return 0;
	L->export_line = L->rec_line;   /* no row: the rows under it are counted instead */
	L->export_nf = L->nf;
	L->rows->lines--;
	return 1;
}

/* Whether every field past the header's is empty: separators a spreadsheet left at the end
 * of each row (the row is the header's width then). Fields past MAX_FIELDS were not kept, so
 * such a row cannot be known empty. */
static int trailing_empty(const loader *L)
{
	if (L->nf > MAX_FIELDS)
		return 0;
	for (int f = L->ncols; f < L->nf; f++)
		if (L->len[f])
			return 0;
	return 1;
}

/* Does label s[0..n), on a line of a grouped report with no item, name a total: its first
 * word or its first two a total's (ingest_total_labels: "Total for Acme Cafe", QuickBooks
 * Desktop's "Total Acme Cafe", "Summe K100", "Grand Total", "Summe: K100") with the group's
 * sums beside it (figures), or all of it a total's word ("TOTAL", "Gesamtsumme:")? A
 * customer's name may begin so ("Total Wine & More"): alone on its line it is a group's.
 * The rule of both grouped layouts (grouped_total, group_field). */
static int total_label(const char *s, size_t n, int figures)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	if (!figures)
		return (known_word(s, n) & W_TOTAL) != 0;
	size_t k = 0;
	for (int words = 0; words < 2 && k < n; words++) {
		k += k > 0 && s[k] == ' ';
		while (k < n && s[k] != ' ' && s[k] != ':')
			k++;
		if (known_word(s, k) & W_TOTAL)
			return 1;
		if (k < n && s[k] == ':')
			break;
	}
	return 0;
}

/* The words of a printed report's page lines, compared as header names are: a page's number
 * ("Seite 2 von 3", "Page 2 of 3", "Página 2 de 3", "Blatt 2/3") and when it was printed
 * ("Gedruckt am 05.03.2023 14:22", "Printed on 2023-03-05", "Stand: 05.03.2023"). Such a
 * line is no customer's group line, nor does it end one (page_line). */
static const char *const page_words[] = {"seite", "page", "pagina", "p\xC3\xA1gina", "blatt",
	"sida", "side", "strona", "sivu", "pag", "\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8"
	"\xD1\x86\xD0\xB0", NULL};
static const char *const page_of_words[] = {"von", "of", "de", "di", "sur", "av", "af", "z",
	"van", "\xD0\xB8\xD0\xB7", NULL};
static const char *const printed_words[] = {"gedruckt", "ausgedruckt", "druckdatum",
	"printed", "print_date", "printdate", "stand", "erstellt", "imprim\xC3\xA9",
	"imprime", "impreso", "impresso", "stampato", "afgedrukt", "utskriven", NULL};
static const char *const printed_fillers[] = {"am", "um", "on", "at", "le", "\xC3\xA0",
	"el", "a", "las", "il", "alle", "op", "om", "den", "the", "uhr", "h", "date", "datum",
	NULL};

/* s[0..n): digits and the marks of a date or a time (05.03.2023, 14:22, 2/3); *date set when
 * it has two marks of one kind between digits, as a date has. */
static int page_figure(const char *s, size_t n, int *date)
{
	size_t dots = 0, dashes = 0, slashes = 0, digits = 0;
	for (size_t i = 0; i < n; i++) {
		digits += is_digit(s[i]);
		dots += s[i] == '.';
		dashes += s[i] == '-';
		slashes += s[i] == '/';
		if (!is_digit(s[i]) && !strchr(".-/:", s[i]))
			return 0;
	}
	*date |= dots == 2 || dashes == 2 || slashes == 2;
	return digits > 0;
}

/* Is label s[0..n), alone on a line of a grouped report, a printed page's line: a page's word
 * and its number (of how many or not), or a printed-on word, or none, with a date and a time
 * (t54 F11: "Seite 2 von 3" became a customer, K100's next line credited to it)? */
static int page_line(const char *s, size_t n)
{
	size_t w[6][2];   /* the first words, split at blanks, colons and commas */
	int nw = 0, date = 0, figures = 0;
	for (size_t i = 0; i < n && nw < 6;) {
		while (i < n && strchr(" :,", s[i]))
			i++;
		size_t a = i;
		while (i < n && !strchr(" :,", s[i]))
			i++;
		if (i > a)
			w[nw][0] = a, w[nw++][1] = i - a;
	}
	if (!nw || nw == 6)
		return 0;
	const char *w0 = s + w[0][0];
	if (sniff_name_index(w0, w[0][1], page_words) >= 0)   /* Seite 2, Page 2 of 3 */
		return (nw == 2 || (nw == 4 && sniff_name_index(s + w[2][0], w[2][1],
								page_of_words) >= 0 &&
				    page_figure(s + w[3][0], w[3][1], &date))) &&
		       page_figure(s + w[1][0], w[1][1], &date);
	int k = sniff_name_index(w0, w[0][1], printed_words) >= 0;
	for (int j = k; j < nw; j++) {
		const char *t = s + w[j][0];
		if (page_figure(t, w[j][1], &date))
			figures++;
		else if (sniff_name_index(t, w[j][1], printed_fillers) < 0)
			return 0;
	}
	return figures && date;
}

/* The column of a grouped report's group lines: the customer's (grouped), the header's
 * unnamed first (item_groups), else -1. */
static int group_label_col(const loader *L)
{
	return L->item_groups ? 0 : L->grouped ? L->col[RR_COL_USER] : -1;
}

/* A line of a report grouped by customer with a label in its first column and no item:
 * the label alone is the group line, which a tool that trims empty trailing fields writes
 * as one field (padded here to the header's width, so group_fill reads it); a total's label
 * (total_label) is a total line and names no customer (t16: the next group's lines were
 * credited to it). A label with figures and no such word is a group line with its opening
 * balance (t18). A printed page's line alone (page_line) is neither. 1 for a total line, 2
 * for a page's, 3 for a heading of a report grouped by item (item_groups: its lines name
 * their customer; t80 F9), else 0. */
static int grouped_total(loader *L)
{
	int u = group_label_col(L), it = L->col[RR_COL_ITEM], more = 0;
	if (u < 0 || u >= L->nf || L->nf > MAX_FIELDS || !L->len[u] ||
	    (it >= 0 && it < L->nf && L->len[it]) ||
	    (L->item_alt >= 0 && L->item_alt < L->nf && L->len[L->item_alt]))
		return 0;
	for (int f = 0; f < L->nf; f++)
		more |= f != u && L->len[f];
	const char *s = L->buf + L->off[u];
	if (total_label(s, L->len[u], more))
		return 1;
	if (more)
		return 0;
	if (page_line(s, L->len[u]))
		return 2;
	if (L->item_groups)
		return 3;
	for (; L->nf < L->ncols; L->nf++) {
		L->off[L->nf] = L->off[u];
		L->len[L->nf] = 0;
	}
	return 0;
}

/* Is the record separators only (",,,,,,,")? Excel writes such lines after a sheet's last
 * row; they hold nothing, as a blank line does, and are skipped as one: not read, not
 * rejected (t19: each was an "empty stock code", and the summary popped up). Fields past
 * MAX_FIELDS were not kept, so such a record cannot be known empty. */
static int separators_only(const loader *L)
{
	if (L->nf > MAX_FIELDS)
		return 0;
	for (int f = 0; f < L->nf; f++)
		if (L->len[f])
			return 0;
	return 1;
}

/* Words a number after them counts or names rather than dates: "Store 1987", "Branch No.
 * 2011", "Account 2020" are no years (t71 F14: a store number dated every row 1987). */
static const char *const title_id_words[] = {
	"store", "shop", "branch", "outlet", "site", "location", "warehouse", "depot", "till",
	"register", "terminal", "unit", "no", "nr", "number", "num", "id", "ref", "account",
	"acct", "customer", "invoice", "page", "filiale", "tienda", "magasin", "negozio", NULL};

/* The first year a title's title line s[0..n) may name from TITLE_YEAR_FROM: a trade's data
 * earlier than that is unlikely, and a number so small is more likely a count or a code */
#define TITLE_YEAR_FROM 1990

/* Is the word ending just before s[i] (blanks, '#', ':', '.' skipped) one of
 * title_id_words? */
static int after_id_word(const char *s, size_t i)
{
	while (i && (s[i - 1] == ' ' || s[i - 1] == '#' || s[i - 1] == ':' || s[i - 1] == '.'))
		i--;
	size_t e = i;
	while (i && isalpha((unsigned char)s[i - 1]))
		i--;
	for (int k = 0; title_id_words[k]; k++)
		if (strlen(title_id_words[k]) == e - i && strncasecmp(s + i, title_id_words[k], e - i)
		    == 0)
			return 1;
	return 0;
}

/* The one year the text s[0..n) of title lines names ("Sales ledger 2011", "01/03/2011 -
 * 31/05/2011", "FY2023/24", whose second year is its first's next), or 0 when it names none
 * or two apart: four digits from TITLE_YEAR_FROM to 2100, no digit beside them, not after a
 * word of title_id_words. *at: the start of its line. */
static int title_year_in(const char *s, size_t n, size_t *at)
{
	int year = 0;
	size_t line = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n')
			line = i + 1;
		if (!is_digit(s[i]) || (i && is_digit(s[i - 1])))
			continue;
		size_t e = i;
		while (e < n && is_digit(s[e]))
			e++;
		int y = year_text(s + i, e - i);
		if (y < TITLE_YEAR_FROM || after_id_word(s, i))
			continue;
		if (year && y != year)
			return 0;
		if (!year) {
			year = y;
			*at = line;
		}
	}
	return year;
}

/* A record of one field (or of one and blanks) that names a year: held (title_held) as
 * perhaps a joined part's title. 1 when held. */
static int title_hold(loader *L)
{
	if (L->nf > MAX_FIELDS || L->nf == L->ncols || L->too_long || !L->len[0] || L->grouped)
		return 0;   /* a grouped report's one-field lines are its customers' (grouped_total) */
	for (int f = 1; f < L->nf; f++)
		if (L->len[f])
			return 0;
	size_t at = 0;
	int year = title_year_in(L->buf + L->off[0], L->len[0], &at);
	if (!year || memchr(L->buf + L->off[0], '\n', L->len[0]))
		return 0;
	L->title_held = year;
	L->title_held_line = L->rec_line;
	if (!L->titles)
		sniff_printable(L->title_first, sizeof L->title_first, L->buf + L->off[0],
				L->len[0], 32);
	return 1;
}

/* The held title line, once the record after it (the header again when again is 1) says
 * what it was: that part's title, or a row of the wrong field count, rejected as such. */
static void title_settle(loader *L, int again)
{
	if (!L->title_held)
		return;
	if (again) {
		uint32_t part = L->in.part_now + 1;   /* the part the header coming again starts */
		if (part < MAX_PARTS)
			L->in.part_year[part] = L->title_held;
		if (!L->titles++)
			L->title_first_line = L->title_held_line;
	} else {
		L->rows->lines++;   /* a row after all */
		char detail[48];
		size_t line = L->rec_line;
		L->rec_line = L->title_held_line;
		snprintf(detail, sizeof detail, "1 field, expected %d", L->ncols);
		reject(L, RR_REJ_FIELDS, L->o->strict || L->rejects < RR_MAX_EXAMPLES ? detail : "");
		L->rec_line = line;
	}
	L->title_held = 0;
}

/* on_row's first step: a title held settled by this record, then this record held when it
 * may be one. 1 when on_row is done with the record (held, or failed). */
static int title_line(loader *L)
{
	if (L->title_held)
		title_settle(L, !L->unterminated && !L->too_long && header_again(L));
	return L->failed || (!L->doc_sampling && !L->unterminated && title_hold(L));
}

/* A record of more fields than the header, the extra ones empty: when its first are the
 * header again, an export joined after the first one whose rows end in as many empty fields
 * (a spreadsheet's trailing column, t73 F24: refused as two layouts), and its rows are
 * read without them, as the first row's would be (trail_k). */
static void trailing_part(loader *L)
{
	int nf = L->nf;
	L->nf = L->ncols;
	if (header_again(L))
		L->trail_k = nf - L->ncols;
	else
		L->nf = nf;
}

/* Are the header's names from field f on all empty (a trailing empty column's)? */
static int header_tail_empty(const loader *L, int f)
{
	if (!L->hdr || L->ncols > MAX_FIELDS || f < 1 || f >= L->ncols)
		return 0;
	for (; f < L->ncols; f++)
		if (L->hlen[f])
			return 0;
	return 1;
}

/* A record of fewer fields than the header, whose missing ones are the header's last,
 * unnamed: the header again of an export joined after one written with a trailing empty
 * column sets pad_k, and its rows are read with those fields empty (the other order of
 * trailing_part's exports). */
static void short_fields(loader *L)
{
	if (L->nf < L->ncols && !L->pad_k && header_tail_empty(L, L->nf) && header_again(L))
		L->pad_k = L->ncols - L->nf;
	if (!L->pad_k || L->ncols - L->nf != L->pad_k)
		return;
	for (int f = L->nf; f < L->ncols; f++) {
		L->off[f] = L->off[L->nf - 1] + L->len[L->nf - 1];
		L->len[f] = 0;
	}
	L->nf = L->ncols;
	if (!header_again(L) && !L->padded++)
		L->padded_line = L->rec_line;
}

/* A record's empty fields past the header's, which a spreadsheet leaves at the end of each
 * row: read without them while the rows have them as the first row did, or as the header
 * again did (trailing_part). */
static void trailing_fields(loader *L)
{
	short_fields(L);
	if (!L->trail_decided) {   /* the first row says whether rows end in separators */
		L->trail_decided = 1;
		L->trail_k = L->nf > L->ncols && trailing_empty(L) ? L->nf - L->ncols : 0;
	}
	if (L->trail_k && L->nf == L->ncols) {   /* rows of both widths: no more are trimmed */
		L->trail_k = 0;
		L->trail_stop_line = header_again(L) ? 0 : L->rec_line;   /* or another export */
	}
	if (L->nf > L->ncols && L->nf - L->ncols != L->trail_k && trailing_empty(L))
		trailing_part(L);
	if (L->trail_k && L->nf - L->ncols == L->trail_k && trailing_empty(L)) {
		if (!L->trailing++)   /* "a,b,c,," under "A,B,C", as the first row was */
			L->trailing_line = L->rec_line;
		L->nf = L->ncols;
	}
}

/* Is the record a report's total line by its first column (Salesforce's "Grand Totals (805
 * records)", its item and customer empty, t86 F3: rejected as an empty stock code, the footer
 * below it as rows of a wrong field count)? Its label a total's (total_named: a total's word
 * or two and a remark in brackets), no item, no customer. Rejected as a total line, and
 * noted for the footer (footer_line): 1, else 0. */
static int report_total(loader *L)
{
	int it = L->col[RR_COL_ITEM], u = L->col[RR_COL_USER];
	if (L->nf != L->ncols || L->nf < 2 || L->nf > MAX_FIELDS || !L->len[0] || it == 0 ||
	    u == 0 || (it >= 0 && it < L->nf && L->len[it]) || (u >= 0 && u < L->nf && L->len[u]) ||
	    (L->item_alt >= 0 && L->item_alt < L->nf && L->len[L->item_alt]) ||
	    !total_named(L->buf + L->off[0], L->len[0]))
		return 0;
	if (!L->report_total_line) {
		L->report_total_line = L->rec_line;
		sniff_printable(L->report_total, sizeof L->report_total, L->buf + L->off[0],
				L->len[0], 32);
	}
	char detail[96], shown[48];
	snprintf(detail, sizeof detail, "'%s' and no item, a report's total", sniff_printable(
		 shown, sizeof shown, L->buf + L->off[0], L->len[0], 32));
	reject(L, RR_REJ_TOTAL, L->o->strict || L->rejects < RR_MAX_EXAMPLES ? detail : "");
	return 1;
}

/* A record of one field below a report's total line (report_total) is the report's footer
 * (its title, copyright, "Confidential Information", "Generated By: ..."): no row, counted
 * for a note. 1 when skipped so. */
static int footer_line(loader *L)
{
	if (!L->report_total_line || L->unterminated || L->too_long || L->nf != 1 || !L->len[0])
		return 0;
	L->footer_lines++;
	return 1;
}

/* A report grouped by item whose lines name their own customer (QuickBooks Online's Sales by
 * Product/Service Detail): its heading, "Design" or "Landscaping:Gardening", names the
 * product of the lines below it, whose Memo/Description is each invoice line's free text,
 * blank or edited ("Custom Design - logo"): the heading is their item (t85 F1: the memo read
 * as the item made one product three, and its blank lines were rejected). Kept for
 * item_head_fill, unless the user's map names the item. */
static void item_head_set(loader *L, const char *s, size_t n)
{
	L->item_head_n = 0;
	if (n >= sizeof L->item_head || sniff_map_gives(own_map(L), RR_COL_ITEM))
		return;
	memcpy(L->item_head, s, n);
	L->item_head_n = n;
}

/* A report's line of a group (grouped_total): its heading, no row (the item of the lines
 * below it, item_head_set), or its total or a printed page's line, rejected. 1 when the
 * record was one. */
static int grouped_line(loader *L)
{
	char detail[96];
	int total = grouped_total(L), g = group_label_col(L);
	if (total == 3) {   /* a heading: no row */
		item_head_set(L, L->buf + L->off[g], L->len[g]);
		if (!L->headings++) {
			L->heading_line = L->rec_line;
			sniff_printable(L->heading, sizeof L->heading, L->buf + L->off[g], L->len[g],
					24);
		}
		L->rows->lines--;
		return 1;
	}
	if (total) {   /* a page's line leaves the group as it is: rejected for its no item */
		char shown[48];
		if (total == 1)   /* "Total for Design": the lines below are another group's */
			L->item_head_n = 0;
		detail[0] = '\0';
		if (L->o->strict || L->rejects < RR_MAX_EXAMPLES)
			snprintf(detail, sizeof detail, "'%s'%s and no item",
				 sniff_printable(shown, sizeof shown, L->buf + L->off[g],
						 L->len[g], 24), total == 2 ?
				 ", a printed page's line," : "");
		reject(L, total == 1 ? RR_REJ_TOTAL : RR_REJ_NO_ITEM, detail);
		return 1;
	}
	return 0;
}

/* A data record: rejected for what the parser knows, else handed to the row builder. */
static void on_row(loader *L)
{
	char detail[96];
	if (footer_line(L) || title_line(L))   /* a footer's copyright holds a title's year */
		return;
	if (!L->unterminated && !L->too_long && !L->long_unread && separators_only(L))
		return;
	if (!L->unterminated && !L->too_long && header_glued(L)) {   /* the row, then the header */
		L->len[L->ncols - 1] -= L->hlen[0];
		L->nf = L->ncols;
		on_row(L);
		if (!L->hdr_again++)
			L->hdr_again_line = L->rec_line;
		L->hdr_glued++;
		L->in.part_now++;
		return;
	}
	L->rows->lines++;
	if (L->unterminated) {
		L->open_quote_line = L->rec_line;
		L->open_quote_lines = L->nl_in_fields + 1;
		reject(L, RR_REJ_QUOTE, "the quoted field runs to the end of the file");
		return;
	}
	trailing_fields(L);
	if (report_total(L))
		return;
	if (grouped_line(L))
		return;
	char other[96];
	if (L->nf != L->ncols && !L->too_long && header_other_layout(L, other, sizeof other)) {
		err_set("'%s': line %zu is the header again with %s: the file joins exports of two "
			"layouts; load each part on its own", L->path, L->rec_line, other);
		L->failed = 1;
		return;
	}
	if (other_export(L))
		return;
	if (L->nf != L->ncols) {
		/* the builder takes the rejects in file order: once it holds as many examples as
		 * it keeps, this one's detail is not read */
		detail[0] = '\0';
		/* t43 #11: a zero-filled tail (blocks allocated, never written: a crash) was "1
		 * field, expected 8", its NUL bytes, the cause, unnamed */
		const char *f0 = L->buf + L->off[0];
		size_t n0 = L->len[0], z = 0;
		while (L->nf == 1 && z < n0 && f0[z] == '\0')
			z++;
		if ((L->o->strict || L->rejects < RR_MAX_EXAMPLES) && L->nf == 1 && n0 && z == n0)
			snprintf(detail, sizeof detail, "a line of %s%zu NUL bytes and nothing else (a "
				 "file cut short by a crash?)", L->too_long ? "over " : "", n0);
		else if (L->o->strict || L->rejects < RR_MAX_EXAMPLES)
			snprintf(detail, sizeof detail, "%d field%s, expected %d", L->nf,
				 L->nf == 1 ? "" : "s", L->ncols);
		reject(L, RR_REJ_FIELDS, detail);
		return;
	}
	if (L->too_long) {   /* which field and the limit, as rejects say what failed */
		int f = L->too_long - 1;
		char shown[48];
		detail[0] = '\0';
		if ((L->o->strict || L->rejects < RR_MAX_EXAMPLES) && L->hdr && L->hlen[f])
			snprintf(detail, sizeof detail, "%s (column %d) over %d bytes",
				 sniff_printable(shown, sizeof shown, L->hdr + L->hoff[f], L->hlen[f],
						 24), f + 1, RR_MAX_FIELD);
		else if (L->o->strict || L->rejects < RR_MAX_EXAMPLES)
			snprintf(detail, sizeof detail, "column %d over %d bytes", f + 1, RR_MAX_FIELD);
		reject(L, RR_REJ_LONG, detail);
		return;
	}
	if (L->long_unread && !L->long_rows++) {
		L->long_line = L->rec_line;
		L->long_col = L->long_unread - 1;
	}
	int at, named_at = -1;
	if (header_again(L) || header_renamed(L, &named_at)) {
		if (!L->hdr_again++)
			L->hdr_again_line = L->rec_line;
		L->in.part_now++;
		if (L->in.part_now < MAX_PARTS && !L->in.part_year[L->in.part_now])   /* untitled */
			L->in.part_year[L->in.part_now] = L->in.part_year[L->in.part_now - 1];
		L->rows->lines--;
		return;
	}
	int moved = header_reordered(L, &at);
	if (moved || named_at >= 0) {   /* read on, every row after it would be misread */
		header_refused(L, moved ? at : named_at, !moved);
		return;
	}
	if (!L->event_checked && event_paid(L) != 0)
		return;   /* out of memory: L->failed */
	if (!L->stage_checked)
		stage_check(L);
	if (L->doc_sampling) {
		doc_sample_row(L);
		return;
	}
	if (L->doc_watch >= 0)
		doc_watch_row(L);
	send_row(L, L->buf, L->off, L->len, L->rec_line);
}

/* A report grouped by customer whose customer has no column (t49 F15: the German
 * Umsatzliste nach Kunden, "Kunde: K100 Mustermann GmbH;;;;;;" above the customer's lines
 * under Datum;Beleg;Artikelnummer): every record gets a column more, the last, the group's:
 * empty, but on a line of one value (in any field; a line trimmed of its empty fields
 * padded first), which is moved there, so the group lines read as a grouped report's
 * first column does (group_fill, grouped_total). */
static void group_field(loader *L)
{
	int one = -1, values = 0, it = L->col[RR_COL_ITEM];
	for (int f = 0; f < L->nf && f < MAX_FIELDS; f++)
		if (L->len[f]) {
			values++;
			one = one < 0 ? f : one;   /* the first */
		}
	/* a total's label before the group's sums, no item ("Summe K100;;;;;;6,00"): moved as
	 * a group line's value is, so that grouped_total ends the group (t54 F11) */
	if (L->have_header && values > 1 && !(it >= 0 && it < L->nf && L->len[it]) &&
	    total_label(L->buf + L->off[one], L->len[one], 1))
		values = 1;
	while (L->have_header && values == 1 && L->nf < L->ncols - 1)
		on_field(NULL, 0, L);
	on_field(NULL, 0, L);
	if (!L->have_header || values != 1 || L->nf > MAX_FIELDS)
		return;
	L->off[L->nf - 1] = L->off[one];
	L->len[L->nf - 1] = L->len[one];
	L->len[one] = 0;
}

/* The line ends around this record (c, its end: CR, LF or -1 at the end of the input) and
 * inside its quoted fields, into builder's lines_read. A record with fields right after a
 * CR is one after a CR alone (a CRLF's LF comes as an empty record), which awk's line, up
 * to an LF, would hold with the record before; an empty one there is a blank line of CR CR
 * LF (a file converted twice), which a line holds as trailing CRs. */
static void note_line_end(loader *L, int c)
{
	if (L->prev_cr && (L->nf > 0 || L->blen > 0))
		L->in.lines_read |= TOOL_CR;
	if (c == '\n')
		L->in.lines_read |= TOOL_LF;
	if (L->nl_in_fields || (L->blen && (memchr(L->buf, '\n', L->blen) ||
					    memchr(L->buf, '\r', L->blen))))
		L->in.lines_read |= TOOL_ML;
}

static void record_end(loader *L, int c);

/* Is the record ending at a CR (c) perhaps cut short by a CR inside an unquoted field (t68
 * F12: a till's note "Mug\rRed 0" in a file whose every line ends in LF split each such
 * record into two rejects naming lines the file does not have; t71 F18: in the last field,
 * or in a CRLF file, too)? In a file whose line ends so far are LF or CR LF, never a CR
 * alone: held, its last field joined to what follows (on_field) unless an LF follows (a CR
 * LF), so the record is read, or rejected once, at its own line. A CR alone ending a whole
 * record is still an old Mac's line end (7d924de): cr_split cuts it there again. */
static int cr_held(loader *L, int c)
{
	if (c != '\r' || L->cr_join || !L->have_header || L->hv || L->grouped || L->nf <= 0 ||
	    L->nf > L->ncols || L->nf > MAX_FIELDS || !(L->in.lines_read & TOOL_LF) ||
	    (L->in.lines_read & TOOL_CR) || L->prev_cr)
		return 0;
	L->cr_join = 1;
	L->cr_nf = L->nf;
	L->cr_len = L->len[L->nf - 1];
	return 1;
}

/* A record held whole at a CR (cr_nf the header's fields) that a whole record's fields
 * followed (more fields than the header's in all): the CR was a line end after all, an old
 * Mac's. Both records read, each at its line. 1 when so. */
static int cr_split(loader *L, int c)
{
	if (L->cr_nf != L->ncols || L->nf <= L->ncols || L->nf > MAX_FIELDS)
		return 0;
	int last = L->ncols - 1, nf2 = L->nf - L->ncols + 1;
	size_t off[MAX_FIELDS], len[MAX_FIELDS], blen = L->blen;
	off[0] = L->off[last] + L->cr_len + 1;
	len[0] = L->len[last] - L->cr_len - 1;
	memcpy(off + 1, L->off + L->ncols, (size_t)(nf2 - 1) * sizeof *off);
	memcpy(len + 1, L->len + L->ncols, (size_t)(nf2 - 1) * sizeof *len);
	L->buf[off[0] - 1] = '\0';   /* the CR: the first record's last field ends there */
	L->len[last] = L->cr_len;
	L->nf = L->ncols;
	L->blen = off[0];
	record_end(L, '\r');
	memcpy(L->off, off, (size_t)nf2 * sizeof *off);
	memcpy(L->len, len, (size_t)nf2 * sizeof *len);
	L->nf = nf2;
	L->blen = blen;
	L->rec_line = L->line;
	record_end(L, c);
	return 1;
}

static void on_record(int c, void *ctx)
{
	loader *L = ctx;
	if (cr_held(L, c))
		return;
	if (L->cr_join == 1) {   /* no field after the CR: a CR LF after all */
		L->cr_join = 0;
		record_end(L, '\r');
	}
	if (L->cr_join == 2 && cr_split(L, c)) {
		L->cr_join = 0;
		return;
	}
	L->cr_join = 0;
	record_end(L, c);
}

/* A record ended by c (CR, LF or -1 at the end of the input): counted and read. */
static void record_end(loader *L, int c)
{
	/* physical line accounting: CRLF counts once. The LF of a CRLF comes as an empty record
	 * right after the CR's; an LF that ends a record with fields follows a lone CR (an old
	 * Mac line end inside a Unix file) and is a line end of its own. */
	note_line_end(L, c);
	if (c == '\r') {
		L->line++;
		L->prev_cr = 1;
	} else if (c == '\n') {
		if (!L->prev_cr || L->nf > 0 || L->blen > 0)
			L->line++;
		else
			L->crlf_seen = 1;
		L->prev_cr = 0;
	} else {
		L->prev_cr = 0;
	}
	count_newlines(L, L->buf, L->blen);
	L->line += L->nl_in_fields;
	if (!L->failed && L->nf > 0) {
		if (L->grouped == 2)
			group_field(L);
		if (!L->have_header) {
			L->have_header = 1;
			int rc = on_header(L);
			if (rc == -1)
				L->failed = 1;
			else if (rc == 0 && L->o->no_header)
				on_row(L);   /* the first line is data */
		} else if (L->hv) {
			hdr_sample_row(L);
		} else {
			on_row(L);
		}
	}
	L->nf = 0;
	L->blen = 0;
	L->too_long = 0;
	L->long_unread = 0;
	L->nl_in_fields = 0;
}

/* ===== fields past FIELD_CAP =====
 * libcsv stops (CSV_ENOMEM) when the field would grow past FIELD_CAP; from its state we
 * know whether the field is quoted, skip to its end here without keeping it, count it as
 * over-long, and set libcsv going again after it. Memory stays FIELD_CAP whatever the
 * input: a 4 GB field costs reading it, not 4 GB. */

static void *capped_realloc(void *p, size_t n)
{
	return n > FIELD_CAP ? NULL : realloc(p, n);
}

static void skip_begin(loader *L)
{
	struct csv_parser *p = &L->p;
	if (!L->have_header) { /* no point reading on: a header needs every name */
		err_set("'%s': the header has a field longer than %d bytes (is it a CSV file?)",
			L->path, RR_MAX_FIELD);
		L->failed = 1;
		return;
	}
	if (L->nf == 0)
		L->rec_line = L->line;
	count_newlines(L, (const char *)p->entry_buf, p->entry_pos);
	L->skip = p->pstate == CSV_FIELD_MIGHT_HAVE_ENDED ? SKIP_QUOTE_SEEN
		  : p->quoted ? SKIP_QUOTED : SKIP_PLAIN;
	p->status = 0;
}

/* The skipped field ended: at a separator (c = 0), a line end (CR or LF) or the end of
 * the input (c = -1), which also end the record. */
static void skip_end(loader *L, int c)
{
	struct csv_parser *p = &L->p;
	L->skip = SKIP_NONE;
	on_field(NULL, 0, L);
	field_over(L, L->nf - 1);   /* the field just ended, counted */
	p->entry_pos = 0;
	p->spaces = 0;
	p->quoted = 0;
	p->pstate = c ? CSV_ROW_NOT_BEGUN : CSV_FIELD_NOT_BEGUN;
	if (c)
		on_record(c, L);
}

/* Skip through b[0..n): returns the bytes consumed (all of them while the field goes on). */
static size_t skip_some(loader *L, const unsigned char *b, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if (L->skip == SKIP_QUOTED) {
			const unsigned char *q = memchr(b + i, '"', n - i);
			size_t end = q ? (size_t)(q - b) : n;
			count_newlines(L, (const char *)b + i, end - i);
			if (!q)
				return n;
			i = end + 1;
			L->skip = SKIP_QUOTE_SEEN;
			continue;
		}
		unsigned char c = b[i++];
		if (c == (unsigned char)L->sep) {
			skip_end(L, 0);
			return i;
		}
		if (c == '\r' || c == '\n') {
			skip_end(L, c);
			return i;
		}
		/* after a closing quote: "" is a quote, blanks may trail, anything else goes on */
		if (L->skip == SKIP_QUOTE_SEEN && c != ' ' && c != '\t')
			L->skip = SKIP_QUOTED;
	}
	return n;
}

/* ===== plain lines =====
 * libcsv looks at every byte through a state machine and was a third of a load's time (perf,
 * 10 M rows). Most lines of a transaction log need none of that: no quote, no CR, short. Such
 * a line, met while libcsv is between records, is split here with memchr and handed to the
 * same on_field/on_record callbacks, which is what libcsv would do with it (its blanks around
 * unquoted fields are trimmed by store_field either way). Anything else goes to libcsv. */

#define PLAIN_MAX RR_MAX_FIELD /* no field of a shorter line can be over-long */

/* Length of the plain line at b (its '\n' excluded), or -1 when libcsv must read it: a quote
 * or a CR in it, too long, or no line end in b[0..n) (a record split across buffers). */
static ptrdiff_t plain_line(const loader *L, const unsigned char *b, size_t n)
{
	if (L->sep == '\t' || L->p.pstate != CSV_ROW_NOT_BEGUN || L->p.entry_pos)
		return -1; /* a tab separator changes libcsv's blanks; mid-record: its state */
	const unsigned char *e = memchr(b, '\n', n < PLAIN_MAX + 1 ? n : PLAIN_MAX + 1);
	if (!e)
		return -1;
	size_t len = (size_t)(e - b);
	if (memchr(b, '"', len) || memchr(b, '\r', len))
		return -1;
	return (ptrdiff_t)len;
}

/* A blank (a space or a tab) store_field would trim? */
static int is_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* A plain line whose fields have no blank to trim, copied to the record's buffer as
 * store_field leaves it, field by field (each ended by a NUL where its separator was), in
 * one copy rather than one a field (on_field's checks and copy were a fifth of a load's
 * work). 1 when done, 0 when on_field must take the line: blanks around a field, more
 * fields than are kept, the BOM not yet looked for, or a record begun. */
static int plain_fields(loader *L, const unsigned char *b, size_t len)
{
	if (!len || !L->bom_checked || L->nf || L->blen || L->failed)
		return 0;
	if (len + 1 > L->bcap) {
		size_t nc = L->bcap * 2;
		while (nc < len + 1)
			nc *= 2;
		char *nb = realloc(L->buf, nc);
		if (!nb)
			return 0;   /* store_field says it */
		L->buf = nb;
		L->bcap = nc;
	}
	unsigned char *c = (unsigned char *)L->buf, *s = c, *end = c + len;
	memcpy(c, b, len);
	int nf = 0;
	for (;;) {
		unsigned char *q = memchr(s, (unsigned char)L->sep, (size_t)(end - s));
		unsigned char *e = q ? q : end;
		if (nf == MAX_FIELDS || (e > s && (is_blank(s[0]) || is_blank(e[-1]))))
			return 0;
		L->off[nf] = (size_t)(s - c);
		L->len[nf++] = (size_t)(e - s);
		*e = '\0';
		if (!q)
			break;
		s = q + 1;
	}
	L->rec_line = L->line;
	L->nf = nf;
	L->blen = len + 1;
	return 1;
}

/* One plain line as libcsv would report it: its fields, then the record end. */
static void plain_record(loader *L, const unsigned char *b, size_t len)
{
	if (plain_fields(L, b, len)) {
		on_record('\n', L);
		return;
	}
	size_t a = 0;
	while (a < len && (b[a] == ' ' || b[a] == '\t'))
		a++;
	if (a < len) { /* a blank line is a record without fields, as CSV_REPALL_NL gives it */
		const unsigned char *s = b, *end = b + len;
		for (;;) {
			const unsigned char *q = memchr(s, (unsigned char)L->sep, (size_t)(end - s));
			on_field((void *)s, (size_t)((q ? q : end) - s), L);
			if (!q)
				break;
			s = q + 1;
		}
	}
	on_record('\n', L);
}

/* Parse a buffer of text. 0, or -1 with L->failed. */
static int feed(loader *L, const unsigned char *b, size_t n)
{
	while (n > 0 && !L->failed) {
		size_t k;
		if (L->skip) {
			k = skip_some(L, b, n);
			b += k;
			n -= k;
			continue;
		}
		ptrdiff_t len;
		if (L->have_header && (len = plain_line(L, b, n)) >= 0) {
			plain_record(L, b, (size_t)len);
			b += len + 1;
			n -= (size_t)len + 1;
			continue;
		}
		/* libcsv up to the next line end at most, so the plain path can take over after */
		const unsigned char *e = memchr(b, '\n', n);
		size_t chunk = e ? (size_t)(e - b) + 1 : n;
		k = csv_parse(&L->p, b, chunk, on_field, on_record, L);
		b += k;
		n -= k;
		if (k == chunk)
			continue;
		if (csv_error(&L->p) == CSV_ENOMEM) {
			skip_begin(L);
		} else {
			err_set("'%s': %s", L->path, csv_strerror(csv_error(&L->p)));
			L->failed = 1;
		}
	}
	return L->failed ? -1 : 0;
}

/* The input ended inside a quoted field: that record is rejected (the header: an error). */
static void mark_unterminated(loader *L)
{
	if (!L->have_header && !L->failed) {
		err_set("'%s': unterminated quote in the header", L->path);
		L->failed = 1;
	}
	L->unterminated = 1;
}

/* The end of the input: the last record, which may lack its line end. */
static void finish_parse(loader *L)
{
	if (L->skip) {
		if (L->skip == SKIP_QUOTED)
			mark_unterminated(L);
		skip_end(L, -1);
	} else if (L->p.quoted && L->p.pstate == CSV_FIELD_BEGUN) {
		/* libcsv accepts a quote left open at the end; we reject that record */
		mark_unterminated(L);
	}
	if (!L->failed && csv_fini(&L->p, on_field, on_record, L) != 0 && !L->failed) {
		err_set("'%s': %s", L->path, csv_strerror(csv_error(&L->p)));
		L->failed = 1;
	}
	if (L->cr_join == 1) {   /* the input ended after a held record's CR */
		L->cr_join = 0;
		record_end(L, '\r');
	}
	title_settle(L, 0);   /* a title line last: no part below it */
}

/* ===== a load ===== */

/* libcsv's blanks before a field, when the separator is a tab: only spaces. */
static int blank_only(unsigned char c)
{
	return c == ' ';
}

static void set_separator(loader *L, char sep)
{
	L->sep = sep;
	csv_set_delim(&L->p, (unsigned char)sep);
	if (sep == '\t') /* libcsv skips tabs before a field, which would eat empty fields */
		csv_set_space_func(&L->p, blank_only);
	/* the decimal mark is decided after the last row; in a comma file a decimal comma must
	 * prove itself (quoted, "62,90": a comma before one, two or four digits groups nothing) */
	L->in.dec = L->o->decimal ? L->o->decimal[0] : 0;
	L->in.comma_sep = sep == ',';
}

/* Everything that can be checked before reading: options, buffers. 0, or -1 with err_set. */
/* --return's words: none empty, none a purchase too (a row would be both). 0, or -1 with
 * err_set. */
static int returns_check(const char *purchase, const char *returns)
{
	for (const char *w = returns;; w++) {
		size_t k = strcspn(w, ",");
		size_t b = 0;
		while (b < k && (w[b] == ' ' || w[b] == '\t'))
			b++;
		if (b == k)
			return err_set("--return: an empty word in '%s' (name the return events, "
				       "comma-separated: --return Gutschrift,Retoure)", returns);
		int buy = purchase ? in_list(purchase, w, k) :
			  sniff_name_index(w, k, ingest_purchase_events) >= 0;
		if (buy)
			return err_set("--return: '%.*s' is a purchase event%s (a row cannot be "
				       "both)", (int)k, w, purchase ? " of --purchase" : "");
		w += k;
		if (!*w)
			return 0;
	}
}

/* --strip-zeros' "COLUMN,..." into bits of ingest_zero_columns. 0, or -1 with err_set. */
static int zero_columns(const char *list, unsigned *bits)
{
	*bits = 0;
	for (const char *w = list; w && *w;) {
		size_t l = strcspn(w, ","), k;
		for (k = 0; ingest_zero_columns[k]; k++)
			if (strlen(ingest_zero_columns[k]) == l && strncmp(w, ingest_zero_columns[k], l) == 0)
				break;
		if (!ingest_zero_columns[k])
			return err_set("--strip-zeros: '%.*s' is no column it strips (user, the "
				       "customer's, or item; comma-separated: --strip-zeros user,item)",
				       (int)l, w);
		*bits |= 1u << k;
		w += l + (w[l] == ',');
	}
	if (list && !*bits)
		return err_set("--strip-zeros: name the columns: user, item or user,item");
	return 0;
}

/* --calendar word: the calendar the date column's days are read in (date_guess.cal, and a
 * --date-format's). 0, or -1 with err_set: a word of no calendar, or of one without a rule. */
static int calendar_set(loader *L, const char *word)
{
	if (!word)
		return 0;
	const calendar *c = calendar_lookup(word);
	char list[256];
	size_t k = 0;
	for (int i = 0; calendar_read_words[i] && k < sizeof list; i++)
		k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", i ? ", " : "",
				      calendar_read_words[i]);
	if (!c)
		return err_set("--calendar: '%s' is no calendar relrec reads (%s)", word, list);
	if (!c->year_start)
		return err_set("--calendar %s: %s dates follow no arithmetic rule (the lengths of "
			       "its months are published year by year), so relrec cannot convert "
			       "them: convert the column to Gregorian dates first, then load the file "
			       "with --calendar gregorian", word, c->what);
	/* %b and %B read Gregorian months' names: no Solar Hijri month is "March" */
	if (L->o->date_format && !c->gregorian_months &&
	    (strstr(L->fmt.text, "%b") || strstr(L->fmt.text, "%B") || strstr(L->fmt.text, "%h")))
		return err_set("--date-format '%s' reads months by their Gregorian names, which the "
			       "months of --calendar %s are not: write its months as numbers (%%m)",
			       L->fmt.text, c->name);
	if (L->o->date_format && datefmt_calendar_check(&L->fmt, c) != 0)
		return -1;
	L->in.dates.cal = c;
	L->fmt.cal = c == calendar_gregorian() ? NULL : c;
	return 0;
}

static int loader_init(loader *L, const char *path, const rr_ingest_opts *o)
{
	memset(L, 0, sizeof *L);
	L->path = L->in.path = path;
	L->o = o;
	L->line = 1;
	L->doc_watch = L->sid_field = L->doc_warned = L->email_col = L->nest.col = -1;
	L->paid_field = L->pst_field = -1;
	L->lc_pick = -1;   /* a file of a header alone sends no row to line_check_start */
	L->uom_col = L->pack_col = L->year_col = L->till_col[0] = L->till_col[1] = L->user_alt = -1;
	L->fulfil_col = L->total_col = -1;
	L->in.strict = o->strict;
	L->in.encoding_given = o->encoding != NULL;
	L->in.purchase = o->purchase;
	L->in.returns = o->returns;
	L->in.keep_ids = o->keep_ids;
	L->in.masks_mapped = own_map(L) && sniff_map_gives(own_map(L), RR_COL_USER);
	L->in.voids = o->voids;
	if (o->convert_currency)   /* an unknown code is refused by euro_settle */
		L->in.money_old = euro_change_of(o->convert_currency, strlen(o->convert_currency));
	pthread_mutex_init(&L->in.mu, NULL);
	pthread_cond_init(&L->in.cv, NULL);
	date_guess_init(&L->in.dates, o->date_format ? &L->fmt : NULL);
	L->csv_ok = csv_init(&L->p, CSV_REPALL_NL) == 0;
	L->bcap = 1024;
	L->buf = malloc(L->bcap);
	L->rows = L->in.rows = rows_new();
	L->in.orders = calloc(FILL_ORDERS, sizeof *L->in.orders);
	if (!L->csv_ok || !L->buf || !L->rows || !L->in.orders)
		return err_set("out of memory loading '%s'", path);
	csv_set_realloc_func(&L->p, capped_realloc);
	if ((o->date_format && datefmt_compile(&L->fmt, o->date_format) != 0) ||
	    calendar_set(L, o->calendar) != 0)
		return -1;
	if (o->decimal && strcmp(o->decimal, ".") != 0 && strcmp(o->decimal, ",") != 0)
		return err_set("--decimal: '%s' is not . or ,", o->decimal);
	if (o->returns && returns_check(o->purchase, o->returns) != 0)
		return -1;
	if (zero_columns(o->strip_zeros, &L->in.strip) != 0 || keep_ids_set(&L->in) != 0 ||
	    itemforms_parse(o->item_forms, &L->in.item_forms) != 0)
		return -1;
	L->rows->strip_zeros = L->in.strip;
	char sep;
	if (o->sep) {
		if (sniff_parse_sep(o->sep, &sep) != 0)
			return -1;
		set_separator(L, sep);
	}
	return 0;
}

static void loader_free(loader *L)
{
	nest_drop(&L->nest);
	group_drop(L);
	if (L->csv_ok)
		csv_free(&L->p);
	free(L->buf);
	free(L->hdr);
	free(L->hv);
	free(L->fill);
	for (int i = 0; i < ID_SLOTS; i++)
		idpair_free(L->idp[i]);
	for (int f = 0; L->look && f < MAX_FIELDS; f++)
		free(L->look[f].spread);
	free(L->look);
	free(L->lc);
	storekey_free(L->sk[0]);
	storekey_free(L->sk[1]);
	free(L->probe);
	free(L->cand);
	doc_free_held(L);
	strtab_free(L->in.keep_set);
	strtab_free(L->in.raw_users);
	strtab_free(L->in.tills);
	free(L->in.till_of);
	free(L->in.money_of);
	free(L->in.toman_of);
	free(L->in.orders);
	for (int k = 0; k < 2; k++) {
		strtab_free(L->in.alt[k].names);
		strtab_free(L->in.alt[k].codes);
		free(L->in.alt[k].code_of);
	}
	strtab_free(L->in.spelled[0]);
	strtab_free(L->in.spelled[1]);
	rows_free(L->rows);
	for (int i = 0; i < NBATCH; i++) {
		free(L->in.b[i].rec);
		free(L->in.b[i].bytes);
	}
	free(L->in.carry.rec);
	free(L->in.carry.bytes);
	date_guess_free(&L->in.dates);
	free(L->in.fixed);
	free(L->in.held);
	free(L->in.qty3);
	free(L->in.price3);
	free(L->in.units);
	free(L->in.written_rows);
	free(L->in.zheld);
	free(L->in.zone_drop);
	if (L->in.cp_open)
		iconv_close(L->in.cp);
	pthread_mutex_destroy(&L->in.mu);
	pthread_cond_destroy(&L->in.cv);
}

/* Excel writes "sep=;" as a CSV's first line to name its separator, and reads it back. The
 * bytes such a line takes (a byte order mark before it too), its separator in *sep; 0 when
 * the text does not start with one. excel_sep_line sets the separator unless --sep gave one. */
static size_t sep_line_len(const unsigned char *b, size_t n, char *sep)
{
	size_t i = ingest_bom_len(b, n), j = i + 5;
	char name[2] = {0, 0};
	if (n < j + 1 || memcmp(b + i, "sep=", 4) != 0)
		return 0;
	name[0] = (char)b[i + 4];
	if (b[j] == '\r')
		j++;
	if (j >= n || b[j] != '\n' || sniff_parse_sep(name, sep) != 0)
		return 0;
	return j + 1;
}

static size_t excel_sep_line(loader *L, const unsigned char *b, size_t n)
{
	char sep;
	size_t j = sep_line_len(b, n, &sep);
	if (!j)
		return 0;
	if (!L->sep) {
		set_separator(L, sep);
		L->sep_line = 1;
	}
	L->line++;   /* the header is on the second line of the file */
	return j;
}

/* Is the line from at in b[0..n) a name alone (sniff_name_alone)? 0 when it does not end
 * in b. */
static int name_alone_next(const char *b, size_t at, size_t n, char sep)
{
	const char *nl = at < n ? memchr(b + at, '\n', n - at) : NULL;
	if (!nl)
		return 0;
	size_t end = (size_t)(nl - b);
	return sniff_name_alone(b + at, end - at - (end > at && b[end - 1] == '\r'), sep);
}

/* Is the line from at in b[0..n) one value alone (sniff_one_value)? 0 when it does not end
 * in b. */
static int one_value_next(const char *b, size_t at, size_t n, char sep)
{
	const char *nl = at < n ? memchr(b + at, '\n', n - at) : NULL;
	if (!nl)
		return 0;
	size_t end = (size_t)(nl - b);
	return sniff_one_value(b + at, end - at - (end > at && b[end - 1] == '\r'), sep);
}

/* Is the first field of the line s[0..n) empty ("" or nothing before the separator)? */
static int first_field_blank(const char *s, size_t n, char sep)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	if (i + 1 < n && s[i] == '"' && s[i + 1] == '"')
		i += 2;
	return i >= n || s[i] == sep;
}

/* An 8-digit YYYYMMDD of DATEV's first line, or 0. */
static long datev_day(const char *f)
{
	char *end;
	long v = strtol(f, &end, 10);
	return end - f == 8 && !*end && v / 10000 >= 1900 && v % 100 >= 1 && v % 100 <= 31 &&
	       v / 100 % 100 >= 1 && v / 100 % 100 <= 12 ? v : 0;
}

/* Is the first line s[0..n) a file's metadata record, never its header nor a title: MYOB's
 * "{}" above ITEMSALE.TXT's header, DATEV's "EXTF";700;21;"Buchungsstapel";... (t42 F11: each
 * was refused as an unrecognised header, to join the table)? DATEV's gives the year its
 * Belegdatum leaves out (t42 F4): the range of its dates (fields 15 and 16, Datum vom and
 * bis), or the fiscal year's start (WJ-Beginn, field 13), into L->meta_from and meta_to. */
static int metadata_record(loader *L, const char *s, size_t n, char sep)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == sep || s[n - 1] == '\t'))
		n--;
	if (n == 2 && memcmp(s, "{}", 2) == 0)
		return 1;
	char f[20][24];
	int nf = 0;
	size_t i = 0;
	while (nf < 20 && i <= n) {   /* the first 20 fields, quotes left out, cut to 23 bytes */
		size_t k = 0;
		for (; i < n && s[i] != sep; i++)
			if (s[i] != '"' && k + 1 < sizeof f[nf])
				f[nf][k++] = s[i];
		f[nf++][k] = '\0';
		i++;
	}
	if (nf < 4 || (strcmp(f[0], "EXTF") != 0 && strcmp(f[0], "DTVF") != 0) ||
	    strspn(f[1], "0123456789") != strlen(f[1]) || !f[1][0])
		return 0;
	long wj = nf > 12 ? datev_day(f[12]) : 0, from = nf > 14 ? datev_day(f[14]) : 0,
	     to = nf > 15 ? datev_day(f[15]) : 0;
	L->meta_from = from ? from : wj;
	L->meta_to = from && to >= from ? to : 0;
	L->meta_datev = 1;
	return 1;
}

/* Is s[0..n) a blank line or a ruler (SE16's |-----|, a report's ===== under its header)? */
static int ruler_line(const char *s, size_t n, char sep)
{
	for (size_t k = 0; k < n; k++)
		if (s[k] != sep && !strchr("-=+_| \t\r", s[k]))
			return 0;
	return 1;
}

/* A header under a title block whose names relrec does not know (t53 F5: Sage Pastel's
 * "Sales Analysis - Customer Detail", SAP SE16's "Tabelle: VBRP", an ERP's 14 lines of
 * selection criteria above Customer No,Item No): the first line of the next TITLE_MAX whose
 * cells read as names (sniff_line_names), at least three, followed by a line of values as
 * wide as it (rulers and blank lines between left out), every line above it narrower or
 * mostly blank. The bytes above it, or 0 when the first line is that header or none is. */
#define TITLE_MAX 30
/* Words a report's title writes for the unit of its amounts (t80 F11: "(단위: 천원)",
 * "（単位：千円）", "(USD '000)", skipped with the title, spend 1000 times too small,
 * unsaid; t82 F5: "in migliaia", "T€", "(R$ mil)", "（単位：万円）", "$000s", "x 1.000"), and
 * that unit: ASCII ones matched ignoring case, as a word of their own. A stated word is a
 * unit only where it stands as a statement (title_stated): 千円 also names a thousand-yen
 * shop (t82 F20: "千円均一ショップ"), k€ a price. Longer words before the ones they hold
 * (百万円 before 万円). */
static const struct {
	const char *word, *unit;
	int stated;
} title_units[] = {
	{"'000", "thousands", 0}, {"(000)", "thousands", 0}, {"(000s)", "thousands", 0},
	{"(000's)", "thousands", 0}, {"$000", "thousands", 0}, {"\xE2\x82\xAC" "000", "thousands", 0},
	{"\xC2\xA3" "000", "thousands", 0}, {"in 000s", "thousands", 0},
	{"in thousands", "thousands", 0}, {"in millions", "millions", 0},
	{"en miles", "thousands", 0}, {"en millones", "millions", 0}, {"miles de", "thousands", 1},
	{"millones de", "millions", 1},
	{"em milhares", "thousands", 0}, {"em milh\xC3\xB5" "es", "millions", 0},
	{"R$ milh\xC3\xB5" "es", "millions", 0}, {"R$ mil", "thousands", 0},
	{"en milliers", "thousands", 0}, {"en millions", "millions", 0},
	{"migliaia", "thousands", 0}, {"in milioni", "millions", 0},
	{"in Tausend", "thousands", 0}, {"TEUR", "thousands", 0}, {"kEUR", "thousands", 0},
	{"TCHF", "thousands", 0}, {"kCHF", "thousands", 0}, {"T\xE2\x82\xAC", "thousands", 1},
	{"k\xE2\x82\xAC", "thousands", 1}, {"Tsd.", "thousands", 0}, {"$K", "thousands", 1},
	{"x 1.000.000", "millions", 0}, {"x 1.000", "thousands", 0}, {"x 1000", "thousands", 0},
	{"\xC3\x97 1.000", "thousands", 0}, {"\xC3\x97 1000", "thousands", 0},
	{"w tys.", "thousands", 0}, {"w tysi\xC4\x85" "cach", "thousands", 0},
	{"\xEB\xB0\xB1\xEB\xA7\x8C\xEC\x9B\x90", "millions", 1},       /* 백만원 */
	{"\xEC\xB2\x9C\xEC\x9B\x90", "thousands", 1},                   /* 천원 */
	{"\xEB\xA7\x8C\xEC\x9B\x90", "ten thousands", 1},               /* 만원 */
	{"\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86", "millions", 1},       /* 百万円 */
	{"\xE5\x8D\x83\xE5\x86\x86", "thousands", 1},                   /* 千円 */
	{"\xE4\xB8\x87\xE5\x86\x86", "ten thousands", 1},               /* 万円 */
	{"\xE7\x99\xBE\xE4\xB8\x87\xE5\x85\x83", "millions", 1},       /* 百万元 */
	{"\xE5\x8D\x83\xE5\x85\x83", "thousands", 1},                   /* 千元 */
	{"\xE4\xB8\x87\xE5\x85\x83", "ten thousands", 1},               /* 万元 */
	{"\xE8\x90\xAC\xE5\x85\x83", "ten thousands", 1},               /* 萬元 */
	{"\xD1\x82\xD1\x8B\xD1\x81.", "thousands", 0},                  /* тыс. */
	{"\xD0\xA2\xD1\x8B\xD1\x81.", "thousands", 0},                  /* Тыс. */
	{"\xD0\xBC\xD0\xBB\xD0\xBD", "millions", 0},                    /* млн */
};

/* What introduces a unit in a title: "(単位：千円)", "(단위: 천원)", "Beträge in T€",
 * "en k€", "Unit: 千元". An ASCII one as a word of its own. */
static const char *const title_intros[] = {
	"\xE5\x8D\x98\xE4\xBD\x8D", "\xE5\x8D\x95\xE4\xBD\x8D", "\xE5\x96\xAE\xE4\xBD\x8D",
	"\xEB\x8B\xA8\xEC\x9C\x84", "unit", "units", "in", "en", "em", "(", "[",
	"\xEF\xBC\x88", "\xE3\x80\x90", "\xEF\xBC\xBB",
};

/* Does the word at s[at] stand as a statement of the unit: right after a bracket or an
 * intro word (title_intros), blanks and a colon between? */
static int title_stated(const char *s, size_t at)
{
	for (;;) {   /* blanks, ':', '：', the ideographic blank */
		if (at > 0 && (s[at - 1] == ' ' || s[at - 1] == '\t' || s[at - 1] == ':'))
			at--;
		else if (at >= 3 && (!memcmp(s + at - 3, "\xEF\xBC\x9A", 3) ||
				     !memcmp(s + at - 3, "\xE3\x80\x80", 3)))
			at -= 3;
		else
			break;
	}
	for (size_t k = 0; k < sizeof title_intros / sizeof *title_intros; k++) {
		const char *w = title_intros[k];
		size_t n = strlen(w);
		if (n <= at && strncasecmp(s + at - n, w, n) == 0 &&
		    !(ascii_letter(w[0]) && n < at && ascii_letter(s[at - n - 1])))
			return 1;
	}
	return 0;
}

/* Is the table's word w (w bytes) at s[at], within n, a word of its own: no ASCII letter
 * against an ASCII letter of it (AMATEUR holds no TEUR), no digit after a number (x 10000)? */
static int title_word_at(const char *s, size_t n, size_t at, const char *word, size_t w)
{
	if (strncasecmp(s + at, word, w) != 0)
		return 0;
	if (at > 0 && ascii_letter(word[0]) && ascii_letter(s[at - 1]))
		return 0;
	if (at + w < n && ascii_letter(word[w - 1]) && ascii_letter(s[at + w]))
		return 0;
	return !(at + w < n && is_digit(word[w - 1]) && (is_digit(s[at + w]) ||
		 ((s[at + w] == '.' || s[at + w] == ',') && at + w + 1 < n &&
		  is_digit(s[at + w + 1]))));
}

/* The unit of amounts the lines above the header s[0..n) name (title_units), into
 * L->title_unit with the line that names it, so the summary says it: the prices are read as
 * written. */
static void title_unit(loader *L, const char *s, size_t n)
{
	for (size_t k = 0; k < sizeof title_units / sizeof *title_units; k++) {
		const char *word = title_units[k].word;
		size_t w = strlen(word), at = 0;
		while (at + w <= n && (!title_word_at(s, n, at, word, w) ||
				       (title_units[k].stated && !title_stated(s, at))))
			at++;
		if (at + w > n)
			continue;
		size_t a = at, b = at + w;   /* its line, for the summary */
		while (a > 0 && s[a - 1] != '\n')
			a--;
		while (b < n && s[b] != '\n' && s[b] != '\r')
			b++;
		while (b > a && (s[b - 1] == ',' || s[b - 1] == ';' || s[b - 1] == '\t'))
			b--;
		sniff_printable(L->title_unit_line, sizeof L->title_unit_line, s + a, b - a, 48);
		L->title_unit = title_units[k].unit;
		return;
	}
}

/* The unit a money column's own name states, as a title would (title_units: Umsatz (TEUR),
 * Sales ($K), Betrag (in Tausend), Revenue (000s)), into in.money_scale: an ERP report's
 * amounts in thousands were read as euros (t85 F12: 1,858.85 for 1,858,850). */
static void money_name_scale(loader *L, const char *name)
{
	size_t n = strlen(name);
	L->in.money_scale = 0;
	for (size_t k = 0; k < sizeof title_units / sizeof *title_units; k++) {
		const char *word = title_units[k].word;
		size_t w = strlen(word), at = 0;
		while (at + w <= n && (!title_word_at(name, n, at, word, w) ||
				       (title_units[k].stated && !title_stated(name, at))))
			at++;
		if (at + w > n)
			continue;
		const char *u = title_units[k].unit;
		L->in.money_scale = !strcmp(u, "millions") ? 1e6 : !strcmp(u, "ten thousands") ?
				    1e4 : 1e3;
		L->in.money_scale_unit = u;
		return;
	}
}

static size_t titled_header(loader *L, const char *s, size_t n)
{
	size_t start[TITLE_MAX + 4], len[TITLE_MAX + 4];
	int lines = 0, k, top = 0, fields, named;
	for (size_t at = 0; lines < TITLE_MAX + 4 && at < n; lines++) {
		const char *nl = memchr(s + at, '\n', n - at);
		if (!nl)
			break;
		size_t end = (size_t)(nl - s);
		start[lines] = at;
		len[lines] = end - at - (end > at && s[end - 1] == '\r');
		at = end + 1;
	}
	if (lines)
		start[0] += (top = (int)ingest_bom_len(s, len[0]));
	len[0] -= lines ? (size_t)top : 0;
	for (k = 0; k < lines - 1 && k <= TITLE_MAX; k++) {
		char sep = L->sep;
		if (!sep && sniff_separator(s + start[k], len[k], L->path, &sep) != 0)
			sep = ',';
		if (!sniff_line_names(s + start[k], len[k], sep, &fields, &named) || fields < 3 ||
		    named < fields - 2)
			continue;
		int next = k + 1, f2, n2;
		while (next < lines && ruler_line(s + start[next], len[next], sep))
			next++;
		if (next == lines || sniff_line_names(s + start[next], len[next], sep, &f2, &n2) ||
		    f2 != fields)
			continue;
		for (int j = 0; j < k; j++) {
			sniff_line_names(s + start[j], len[j], sep, &f2, &n2);
			if (2 * n2 >= fields)
				return 0;   /* a row as wide as it above: no title block */
		}
		if (k == 0)
			return 0;
		L->preamble = k;
		L->line += (uint64_t)k;
		title_unit(L, s, start[k]);
		return start[k];
	}
	return 0;
}

/* The year the lines above the header s[0..n) name, when they name one only
 * (title_year_in). Into L->in.title_year and part 0's year, and the line said in the dates'
 * summary. */
static void title_year(loader *L, const char *s, size_t n)
{
	size_t at = 0;
	int year = title_year_in(s, n, &at);
	if (!year)
		return;
	const char *nl = memchr(s + at, '\n', n - at);
	size_t len = nl ? (size_t)(nl - s) - at : n - at;
	while (len && (s[at + len - 1] == '\r' || s[at + len - 1] == ',' || s[at + len - 1] == ';'))
		len--;
	L->in.title_year = L->in.part_year[0] = year;
	snprintf(L->in.dates.year_from, sizeof L->in.dates.year_from, "the line above the header "
		 "'%.*s'", (int)(len < 32 ? len : 32), s + at);
}

/* A report's lines above its header (a title, a date range, a blank line): when the first
 * line does not look like a header (sniff_header_like) and one of the next PREAMBLE_MAX
 * lines of the first buffer does, the bytes before that one; else 0. With --map, whose names
 * are of the header, by the map instead (map_header_at). */
#define PREAMBLE_MAX 10
static size_t preamble_lines(loader *L, const unsigned char *b, size_t n)
{
	const char *s = (const char *)b;
	size_t at = 0;   /* the start of line k: the bytes above it */
	int widest = 0;  /* with --map: the most fields of a line above */
	size_t meta = 0;   /* the second line's start, under a metadata record */
	if (L->o->no_header)
		return 0;
	for (int k = 0; k <= PREAMBLE_MAX && at < n; k++) {
		const char *nl = memchr(s + at, '\n', n - at);
		if (!nl)
			break;   /* the line does not end in this buffer */
		size_t end = (size_t)(nl - s), len = end - at - (end > at && s[end - 1] == '\r');
		size_t bom = ingest_bom_len(s + at, len);
		char sep = L->sep;
		if (!sep && sniff_separator(s + at + bom, len - bom, L->path, &sep) != 0)
			sep = ',';
		if (k == 0 && metadata_record(L, s + at + bom, len - bom, sep)) {
			at = meta = end + 1;   /* the header is below it, the next line at least */
			continue;
		}
		int like = sniff_header_like(s + at + bom, len - bom, sep), fields;
		/* 3, a header without the customer: a report grouped by customer when a line of
		 * one value follows it, its group's (t49 F15) */
		if (like == 3 && !one_value_next(s, end + 1, n, sep))
			like = 0;
		/* the grouped layout's header on the first line (its title deleted, or hidden at
		 * export; t18) when a customer's name stands alone on the next */
		int lone = k == 0 && (like == 2 || like == 4) && name_alone_next(s, end + 1, n, sep);
		/* its first column unnamed, a header that names the customer makes the lines of a
		 * name alone there a report's group headings, never a customer (t80 F9) */
		int blank = first_field_blank(s + at + bom, len - bom, sep);
		int named_user = like == 1 || like == 4;
		/* --map user=1 on that layout names its customer column, group lines and all (t18:
		 * the map the error advises loaded nothing) */
		int user_first = map_user_first(L->o->map);
		/* a map naming columns by their number only fits every line, a title's too: the
		 * names decide then (t49 F21: --map user=1 took the title for the header) */
		if (map_by_name(L->o->map)) {
			/* the first line that holds every column the map names is the header, so
			 * --map price='Sales Price' reads a report under its title (t16); but only
			 * above lines narrower than it, a title's, never a data row of a header
			 * the map misspells. Its first column unnamed, it is the grouped layout's
			 * by the map's names too (t49 F21: French QuickBooks' names unknown) */
			if (sniff_map_fits(s + at + bom, len - bom, sep, L->o->map, &fields)) {
				int grouped = blank && (user_first ||
						(!sniff_map_gives(L->o->map, RR_COL_USER) && !named_user &&
						 name_alone_next(s, end + 1, n, sep)));
				if (!grouped && like == 3 && !sniff_map_gives(L->o->map, RR_COL_USER))
					grouped = 2;
				if (k == 0 || fields <= widest) {
					L->grouped = grouped;
					L->item_groups = blank && !grouped;
					return 0;
				}
				like = grouped == 1 ? 2 : grouped == 2 ? 3 : like ? like : 1;
			} else {
				widest = fields > widest ? fields : widest;
				like = 0;
			}
		}
		if (L->o->map && sniff_map_gives(L->o->map, RR_COL_USER) &&
		    (like == 3 || (like == 2 && !user_first)))
			like = 1;   /* the map says where the customer is, elsewhere */
		if (like == 1 || like == 3 || (like == 2 && (k > 0 || lone || user_first)) ||
		    (like == 4 && (k > 0 || lone || user_first))) {
			/* 2 below a title: a report's */
			L->grouped = like == 2 || (like == 4 && user_first) ? 1 : like == 3 ? 2 : 0;
			L->item_groups = blank && !L->grouped;
			L->preamble = k;
			title_year(L, s, at);
			title_unit(L, s, at);
			L->line += (uint64_t)k;
			return at;
		}
		at = end + 1;
	}
	if (meta) {
		L->preamble = 1;
		L->line += 1;
	}
	/* no header by the known names (nor the map's): by the lines' shapes, as a map by
	 * number numbers the header's columns, not a title's (t53 F9) */
	if (map_by_name(L->o->map))
		map_past_search(L, s, n);
	return meta ? meta : titled_header(L, s, n);
}

/* A --map by names that no line of the header search holds (t57 F10: its header below 31
 * title lines was said to lack the column): the first line of s[0..n) below the search that
 * holds them, by its number in the file, into L->map_far; -1 when none does. */
static void map_past_search(loader *L, const char *s, size_t n)
{
	int fields;
	size_t at = 0;
	L->map_far = -1;
	for (long k = 0; at < n && k < 100000; k++) {
		const char *nl = memchr(s + at, '\n', n - at);
		size_t end = nl ? (size_t)(nl - s) : n, len = end - at - (end > at && s[end - 1] == '\r');
		char sep = L->sep;
		if (!sep && sniff_separator(s + at, len, L->path, &sep) != 0)
			sep = ',';
		if (k > PREAMBLE_MAX && sniff_map_fits(s + at, len, sep, L->o->map, &fields)) {
			L->map_far = (long)L->line + k;
			return;
		}
		at = end + 1;
	}
}

/* The refusal of a --map by names whose header the search did not reach (map_past_search):
 * the lines it read, the line it took, and where the map's names are, with the way there.
 * -1 (the error as it was) when no line holds them. */
static int map_far_refusal(const loader *L, const char *names[MAX_FIELDS])
{
	const char *e = err_msg(), *col = strstr(e, "has no column '");
	if (L->map_far <= 0 || !col || strncmp(e, "--map: ", 7) != 0)
		return -1;   /* no line holds them: the file lacks the column, as said */
	char what[96];
	snprintf(what, sizeof what, "%s", col + 14);
	char head[48];
	sniff_printable(head, sizeof head, names[0], strlen(names[0]), 40);
	char took[RR_ERR_MAX], path[RR_ERR_MAX / 4];
	snprintf(path, sizeof path, "%s", L->path);
	snprintf(took, sizeof took, "--map: no line among the first %d of '%s' holds the map's "
		 "names (the header search reads %d lines for them and %d by the lines' shapes, "
		 "then stops; it took line %d, '%s', which has no column %s)", TITLE_MAX + 1, path,
		 PREAMBLE_MAX + 1, TITLE_MAX + 1, L->preamble + 1 + L->sep_line, head, what);
	char fmt[64], way[RR_ERR_MAX / 2];   /* a gzipped file's lines come through gzip */
	snprintf(fmt, sizeof fmt, "tail -n +%ld %%p", L->map_far);
	/* the file's name quoted for the shell by the one builder (t60 F0) */
	const char *arg = L->path, *load = rr_pipe_text_cmd(way, sizeof way, fmt, &arg, 1, L->path);
	if (!load)
		return err_set("%s: line %ld holds them: read the file from there", took, L->map_far);
	return err_set("%s: line %ld holds them: load %s reads the file from there", took,
		       L->map_far, load);
}

/* The header search's say on a code page the source tries for a file that is not UTF-8
 * (source_header_fn: text, the head as that page reads it): the header is the first line
 * after Excel's sep= line, or the first of the next PREAMBLE_MAX that names a customer, item
 * and date (a report's title above it: preamble_lines' rule without a map's); its names are
 * read as the load would read them (its --map, --sep or the line's separator;
 * sniff_line_known). Reads only what loader_init set, on the source's thread, before the
 * first buffer is parsed. */
static int header_known(void *ctx, const char *text, size_t n, int quick, char *known,
			size_t size)
{
	const loader *L = ctx;
	char sep = L->sep, line_sep, first_sep = ',';
	size_t at = sep_line_len((const unsigned char *)text, n, &line_sep), first = 0, first_len = 0;
	if (at && !sep)
		sep = line_sep;
	at = at ? at : ingest_bom_len(text, n);
	for (int k = 0; k <= PREAMBLE_MAX && at < n; k++) {
		const char *nl = memchr(text + at, '\n', n - at);
		size_t end = nl ? (size_t)(nl - text) : n;
		size_t len = end - at - (end > at && text[end - 1] == '\r');
		char s = sep;
		if (!s && sniff_separator(text + at, len, L->path, &s) != 0) {
			err_clear();
			s = ',';
		}
		if (k == 0) {
			first = at;
			first_len = len;
			first_sep = s;
		}
		if (k > 0 && sniff_header_like(text + at, len, s) == 1)
			return sniff_line_known(text + at, len, s, L->o->map, L->path, quick, known,
						size);
		if (!nl)
			break;
		at = end + 1;
	}
	return sniff_line_known(text + first, first_len, first_sep, L->o->map, L->path, quick,
				known, size);
}

/* The lines the header search reads: Excel's "sep=" line, the first and the next ones a title
 * block may take (titled_header). */
#define HEAD_LINES (TITLE_MAX + 5)
#define HEAD_BYTES (1u << 20)   /* past this much a header search reads what it has */

static size_t count_lines(const unsigned char *b, size_t n)
{
	size_t k = 0;
	for (const unsigned char *p = b; (p = memchr(p, '\n', n - (size_t)(p - b))) != NULL; p++)
		k++;
	return k;
}

/* The first buffer, holding the lines the header search reads: a pipe or a FIFO hands over
 * what its writer wrote so far, a report's title alone when it comes before the rest (t18:
 * "|head -3 F; tail -n +4 F" was refused though F loads), so the buffers are joined, in
 * *held, until HEAD_LINES lines, HEAD_BYTES bytes or the end. 1 with *b and *n (the source's
 * buffer when *held stays NULL), 0 at the end with nothing, -1 or -2 as source_next. */
static int first_buffer(csv_source *src, rr_work *w, const unsigned char **b, size_t *n,
			unsigned char **held)
{
	int rc = source_next(src, w, b, n);
	size_t len = 0, cap = 0, lines;
	*held = NULL;
	if (rc != 1 || (lines = count_lines(*b, *n)) >= HEAD_LINES)
		return rc;
	for (;;) {
		if (hold_room((void **)held, &cap, 1, len + *n) != 0) {
			rc = err_set("out of memory reading the start of '%s'", src->name);
			break;
		}
		memcpy(*held + len, *b, *n);
		len += *n;
		source_done(src);
		if (lines >= HEAD_LINES || len >= HEAD_BYTES)
			break;
		if ((rc = source_next(src, w, b, n)) != 1)
			break;
		lines += count_lines(*b, *n);
	}
	if (rc < 0) {
		free(*held);
		*held = NULL;
		return rc;
	}
	*b = *held;
	*n = len;
	return 1;
}

/* The values of the lines after the header in the first buffer b[0..n) (the header's line
 * first), in L->fill: as many as the header's refusal reads, from what is at hand, so no
 * line is waited for. Without memory none: the names decide alone. */
static void values_ahead(loader *L, const unsigned char *b, size_t n)
{
	if (L->o->no_header || !(L->fill = malloc(sizeof *L->fill)))
		return;
	sniff_values_init(L->fill);
	L->fill->cal = L->fmt.cal;
	sniff_values_scan(L->fill, (const char *)b, n, L->sep, HDR_SAMPLE_ROWS,
			  L->o->date_format ? &L->fmt : NULL);
}

/* After the first 8 MB parsed, room for the rows the whole file will likely give: the rows
 * so far times the file's bytes over those read (read as the source counts them: compressed
 * for a gzip, and ahead of the rows built by the source's buffers and the builder's batches,
 * up to a third at that point, which the margin of 2 covers). Without it the row columns
 * were copied at every doubling: a tenth of the bundled file's load. A wrong guess costs
 * address space (pages never touched), or the doublings past it. */
static void reserve_rows(loader *L, const csv_source *src, double read)
{
	if (L->reserved || src->size <= 0 || read <= 0)
		return;
	L->reserved = 1;
	pthread_mutex_lock(&L->in.mu);
	L->in.reserve = src->size / read * 2;
	pthread_mutex_unlock(&L->in.mu);
}

/* Parse every buffer the source gives, reporting progress. 0, or -1 with err_set. */
static int parse_all(loader *L, csv_source *src, rr_work *w)
{
	rr_progress prog = {.phase = RR_PHASE_LOAD, .what = "load", .total = src->size};
	size_t bytes = 0, next_report = 0, n;
	work_report(w, &prog, 1);   /* the load has begun, before its first bytes come */
	const unsigned char *b;
	unsigned char *held = NULL;   /* the first buffers joined (first_buffer) */
	int rc, first = 1;
	while ((rc = first ? first_buffer(src, w, &b, &n, &held) : source_next(src, w, &b, &n)) ==
	       1) {
		char sep;
		if (first) {
			size_t k = excel_sep_line(L, b, n);
			k += preamble_lines(L, b + k, n - k);
			b += k;
			n -= k;
			bytes += k;
			first = 0;
		}
		if (!L->sep && sniff_separator((const char *)b, n, L->path, &sep) != 0)
			L->failed = 1;
		else if (!L->sep)
			set_separator(L, sep);
		if (!L->failed && !L->have_header && !L->fill)
			values_ahead(L, b, n);
		if (!L->failed)
			feed(L, b, n);
		if (!L->failed && L->hv)   /* the first buffer's lines: no more waited for */
			hdr_refuse(L);
		if (held) {   /* the source's buffers were done as they were joined */
			free(held);
			held = NULL;
		} else {
			source_done(src);
		}
		bytes += n;
		if (L->failed)
			break;
		if (work_stopped(w)) {
			rc = -2;
			break;
		}
		if (bytes >= next_report) { /* every 8 MB parsed */
			prog.done = source_read_bytes(src);
			work_report(w, &prog, 1);
			if (next_report)
				reserve_rows(L, src, prog.done);
			next_report = bytes + (8u << 20);
		}
	}
	L->rows->bytes = bytes;
	if (rc == -2 && !L->failed)
		err_set("load of '%s' interrupted", L->path);
	if (rc < 0)
		L->failed = 1;
	if (!L->failed)
		finish_parse(L);
	if (!L->failed && L->doc_sampling)   /* a file shorter than the sample */
		doc_decide(L);
	return L->failed ? -1 : 0;
}

/* Append a printf'd line to the summary text. */
static void say(char *buf, size_t size, const char *fmt, ...) RR_PRINTF(3, 4);
static void say(char *buf, size_t size, const char *fmt, ...)
{
	size_t o = strlen(buf);
	if (o + 2 >= size)
		return;
	if (o)
		buf[o++] = '\n';
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf + o, size - o, fmt, ap);
	va_end(ap);
}

static void stock_sign(const loader *L, char *text, size_t size);
static void stock_side_sales(const loader *L, char *text, size_t size);
/* An event log's kinds: "purchase 1235; view 90000, cart 8765 skipped" (printable). */
/* t's kinds of the classes in order[0..np) (1 kept, 2 returns, 0 skipped), as
 * describe_events writes them. */
static void describe_kinds(const event_tally *t, const int *order, int np, char *buf,
			   size_t size)
{
	size_t o = 0;
	char shown[4 * EVENT_SHOWN + 8];   /* room for every byte escaped as \xHH */
	buf[0] = '\0';
	for (int p = 0; p < np; p++) {
		int pass = order[p], first = 1;
		size_t read = 0;   /* the rows of these kinds not rejected */
		for (int k = 0; k < t->kinds && o < size; k++) {
			if (t->purchase[k] != pass)
				continue;
			o += (size_t)snprintf(buf + o, size - o, "%s%s %zu", first ? (o ? "; " : "") : ", ",
					      t->value[k][0] ? sniff_printable(shown, sizeof shown,
						      t->value[k], strlen(t->value[k]), EVENT_SHOWN) : "(empty)",
					      t->n[k]);
			if (pass == 2 && t->lost[k] && o < size)   /* returns said read */
				o += (size_t)snprintf(buf + o, size - o, " (%s%zu rejected)",
						      t->lost[k] == t->n[k] ? "all " : "", t->lost[k]);
			read += t->n[k] - t->lost[k];
			first = 0;
		}
		if (pass == 2 && !first && o < size)
			o += (size_t)snprintf(buf + o, size - o, read ? " read as returns"
					      : ", none read");
		/* the rows of kinds past the table: kept ones with the purchases (t16: a kept
		 * Shipped row was said skipped), the others with the skipped */
		size_t other = pass == 1 ? t->other_kept : pass == 0 ? t->other - t->other_kept : 0;
		if (other && o < size)
			o += (size_t)snprintf(buf + o, size - o, "%s%zu of other kinds",
					      first ? (o ? "; " : "") : ", ", other);
		if (other && pass == 0 && t->past_n && o < size)
			o += (size_t)snprintf(buf + o, size - o, " (%s %zu%s)", t->past[0] ?
					      sniff_printable(shown, sizeof shown, t->past,
							      strlen(t->past), EVENT_SHOWN) : "(empty)",
					      t->past_n, t->past_n < other ? ", ..." : "");
		first &= !other;
		if (pass == 0 && !first && o < size)
			snprintf(buf + o, size - o, " skipped");
	}
}

/* What the events line adds for a column of a system's document codes (doc_codes): whose
 * codes, and what each of the values counted is: " (SOPTYPE: Dynamics GP's document types,
 * 3 an invoice, 4 a return)"; "" for other columns. */
static void doc_codes_said(const loader *L, char *buf, size_t size)
{
	const builder *in = &L->in;
	buf[0] = '\0';
	if (!in->doc_codes || L->col[RR_COL_EVENT] < 0)
		return;
	const char *names[MAX_FIELDS];
	char name[64];
	header_names(L, names);
	size_t o = (size_t)snprintf(buf, size, " ('%s': %s document types", shown_field(names,
				    L->col[RR_COL_EVENT], name, sizeof name),
				    doc_codes[in->doc_codes - 1].system);
	for (int k = 0; k < in->events.kinds && o < size; k++) {
		const char *v = in->events.value[k];
		int c = doc_code_find(in->doc_codes, v, strlen(v));
		char shown[4 * EVENT_SHOWN + 8];
		if (c >= 0)
			o += (size_t)snprintf(buf + o, size - o, ", %s %s",
					      sniff_printable(shown, sizeof shown, v, strlen(v),
							      EVENT_SHOWN), doc_codes[c].what);
	}
	if (o < size)
		snprintf(buf + o, size - o, ")");
	if (o + 1 >= size)
		buf[0] = '\0';
}

static void describe_events(const event_tally *t, char *buf, size_t size)
{
	static const int order[3] = {1, 2, 0};   /* the purchases, the returns, the rest */
	describe_kinds(t, order, 3, buf, size);
}

/* The status line's values: the skipped first, then "; kept: " and the kept, so that no kept
 * value stands right after "are not purchases:" as if it were one (t39 #1). */
static void describe_statuses(const event_tally *t, char *buf, size_t size)
{
	static const int skip[1] = {0}, kept[2] = {1, 2};
	char k[EVENT_LINE];
	describe_kinds(t, skip, 1, buf, size);
	describe_kinds(t, kept, 2, k, sizeof k);
	size_t o = strlen(buf);
	if (!o)
		o = (size_t)snprintf(buf, size, "none skipped");
	if (k[0] && o < size)
		snprintf(buf + o, size - o, "; kept: %s", k);
}

/* Whether s[0..n) ends with a count after an item's name, as receipts write it: "Latte x 2",
 * "Tee ×3", "Mug (x2)" (t18: baskets written so loaded as items without a word). */
static int counted_after(const char *s, size_t n)
{
	while (n && s[n - 1] == ' ')
		n--;
	if (n && s[n - 1] == ')')
		n--;
	size_t d = n;
	while (d > 0 && n - d < 4 && is_digit(s[d - 1]))
		d--;
	if (d == n || d == 0)
		return 0;
	size_t k = d;
	k -= k > 0 && s[k - 1] == ' ';
	if (k > 0 && (s[k - 1] == 'x' || s[k - 1] == 'X'))
		k--;
	else if (k > 1 && memcmp(s + k - 2, "\xC3\x97", 2) == 0)
		k -= 2;
	else
		return 0;
	if (k > 0 && s[k - 1] == '(')
		k--;
	/* a name before it, not a number ("24 x 330", a pack's size) */
	return k > 1 && s[k - 1] == ' ' && (unsigned char)s[k - 2] > ' ' && !is_digit(s[k - 2]);
}

/* Whether s[0..n) is a quantity's key and its count, "quantity:3", "Product Qty: 2": an
 * order's line serialized as key:value parts, the key a quantity's known name (t49 F14: Big
 * Cartel's product_name:Mug|quantity:3;... read as one item per order, unwarned). */
static int counted_key(const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	char key[64];
	if (!colon || colon == s || (size_t)(colon - s) >= sizeof key)
		return 0;
	size_t k = (size_t)(colon - s) + 1;
	k += k < n && s[k] == ' ';
	size_t d = k;
	while (d < n && is_digit(s[d]))
		d++;
	if (d == k || d != n)
		return 0;
	memcpy(key, s, (size_t)(colon - s));
	key[colon - s] = '\0';
	return sniff_name_role(key) == RR_COL_QTY;
}

/* Whether s[0..n) starts with a count before an item's name, "2 x Latte", "3x Croissant",
 * "1 × Tee": digits, an x, a blank, then a letter (not "6 x 330ml", a pack's size); or ends
 * with one after it (counted_after). */
static int counted_part(const char *s, size_t n)
{
	if (counted_after(s, n) || counted_key(s, n))
		return 1;
	size_t k = 0;
	while (k < n && k < 3 && is_digit(s[k]))
		k++;
	if (k == 0 || k == n)
		return 0;
	k += s[k] == ' ';
	if (k < n && (s[k] == 'x' || s[k] == 'X'))
		k++;
	else if (k + 1 < n && memcmp(s + k, "\xC3\x97", 2) == 0)
		k += 2;
	else
		return 0;
	return k + 1 < n && s[k] == ' ' && (unsigned char)s[k + 1] > ' ' && !is_digit(s[k + 1]);
}

/* The parts of a basket's text end at a comma, or at a '|' or a ';', which an export that
 * serializes an order's positions joins them with (t35 F5: Shopware 6's lineItems,
 * "1x SW11004|2x SW11029", read as 345 items without a word). */
#define BASKET_PART_ENDS ",|;"

int ingest_basket_value(const char *s, size_t n, int *parts)
{
	const char *end = s + n;
	int with_count = 0;
	*parts = 0;
	for (const char *p = s; p < end; (*parts)++) {
		while (p < end && *p == ' ')
			p++;
		const char *c = p;
		while (c < end && !strchr(BASKET_PART_ENDS, *c))
			c++;
		with_count |= counted_part(p, (size_t)(c - p));
		p = c < end ? c + 1 : end;
	}
	return with_count;
}

/* Commas alone prove nothing ("Mug, blue"), nor does a count alone ("6 x Eggs" may be sold
 * so): a warning needs a list with a count, and counts in a quarter of the texts or more. */
size_t ingest_basket_texts(const rr_strtab *items, const char **list)
{
	uint32_t n = strtab_count(items);
	size_t counted = 0;
	*list = NULL;
	for (uint32_t id = 0; id < n; id++) {
		const char *s = strtab_get(items, id);
		int parts, with_count = ingest_basket_value(s, strtab_len(items, id), &parts);
		counted += (size_t)with_count;
		if (with_count && parts > 1 && !*list)
			*list = s;
	}
	return *list && counted >= 2 && 4 * counted >= n ? counted : 0;
}

/* Does item text s[0..n) read as an order's reference, an order's word and its number
 * ("Order 1000", "Payment for order #1000", "Bestellung Nr. 4711": a word of the names
 * table's invoice names before three digits or more at its end)? */
static int order_reference(const char *s, size_t n)
{
	size_t d = 0;
	while (d < n && s[n - 1 - d] >= '0' && s[n - 1 - d] <= '9')
		d++;
	if (d < 3 || d == n || n - d > 60)
		return 0;
	char word[64];
	for (size_t i = 0; i < n - d;) {
		size_t k = 0;
		while (i < n - d && strchr(" #:.-/", s[i]))
			i++;
		while (i < n - d && !strchr(" #:.-/", s[i]) && k + 1 < sizeof word)
			word[k++] = s[i++];
		word[k] = '\0';
		if (k && sniff_name_role(word) == RR_COL_INVOICE)
			return 1;
	}
	return 0;
}

/* A payments or settlement export read as items (t53 F2: Mollie's Description, "Order 1000",
 * taken for the item after --map user=, its items told apart by their description): the
 * items one a row (nine in ten rows at least, five rows or more), and nine in ten of them an
 * order's reference (order_reference). 0, or -1 with the refusal said. */
static int payments_only(const loader *L)
{
	const rr_rows *r = L->rows;
	int item = L->col[RR_COL_ITEM];
	uint32_t n = strtab_count(r->codes), refs = 0;
	if (item < 0 || r->n < 5 || 10 * (size_t)n < 9 * r->n)
		return 0;
	const char *first = NULL;
	for (uint32_t id = 0; id < n; id++)
		if (order_reference(strtab_get(r->codes, id), strtab_len(r->codes, id))) {
			refs++;
			first = first ? first : strtab_get(r->codes, id);
		}
	if (10 * (size_t)refs < 9 * n)
		return 0;
	const char *names[MAX_FIELDS];
	char name[64], shown[64];
	header_names(L, names);
	sniff_printable(shown, sizeof shown, first, strlen(first), 40);
	return err_set("'%s': the items would be the values of '%s', and they are orders' "
		       "references ('%s'; %u different ones in %zu rows), not products: "
		       "a payments or settlement export (one row per payment, as Mollie's, "
		       "Klarna's or Stripe's write), which holds no items; load the shop's export "
		       "of its orders' line items, one row per product", L->path,
		       shown_field(names, item, name, sizeof name), shown, (unsigned)n, r->n);
}

/* Is item text s[0..n) a list of several items (ingest_basket_value's parts, two at least,
 * none empty)? *parts their count. */
static int item_list(const char *s, size_t n, int *parts)
{
	ingest_basket_value(s, n, parts);
	if (*parts < 2)
		return 0;
	for (size_t i = 0, start = 0; i <= n; i++)
		if (i == n || strchr(BASKET_PART_ENDS, s[i])) {
			size_t a = start;
			while (a < i && s[a] == ' ')
				a++;
			if (a == i)
				return 0;   /* "A,,B" or a trailing comma: no list */
			start = i + 1;
		}
	return 1;
}

/* An order-level export whose item column packs each order's items in one field, no counts
 * (t67 F4: Etsy's Sold Orders, SKU "22021,85206A,22967"; WooCommerce Analytics' Product(s) of
 * names): each basket was one item. The items one a row and the invoice column's orders one
 * a row (nine in ten, ten rows or more), and half of them lists, one of three items at
 * least: refused as
 * BigCommerce's packed Product Details are; under --map item= the whole-basket warning says
 * it (ingest_basket_texts). Names with a comma ("Mug, blue") are items
 * bought again, on other rows, so no such file is one item a row. 0, or -1 with the refusal
 * said. */
static int packed_item_lists(const loader *L)
{
	const rr_rows *r = L->rows;
	int item = L->col[RR_COL_ITEM];
	uint32_t n = strtab_count(r->codes), lists = 0;
	int parts, most = 0;
	if (item < 0 || sniff_map_gives(L->o->map, RR_COL_ITEM) || r->n < 10 || r->no_invoice ||
	    10 * (size_t)n < 9 * r->n || 10 * (size_t)strtab_count(r->invoices) < 9 * r->n)
		return 0;
	const char *first = NULL;
	for (uint32_t id = 0; id < n; id++)
		if (item_list(strtab_get(r->codes, id), strtab_len(r->codes, id), &parts)) {
			lists++;
			most = parts > most ? parts : most;
			first = first ? first : strtab_get(r->codes, id);
		}
	if (2 * (size_t)lists < n || most < 3)
		return 0;
	const char *names[MAX_FIELDS];
	char name[64], shown[64];
	header_names(L, names);
	sniff_printable(shown, sizeof shown, first, strlen(first), 40);
	return err_set("'%s': '%s' packs each order's items in one field (%u of its %u values "
		       "are lists, such as '%s', one row per order): each basket would be one item; "
		       "export the orders' line items, one row per product (Etsy: Sold Order Items; "
		       "WooCommerce and other shops: an order export with one row per product)",
		       L->path, shown_field(names, item, name, sizeof name), (unsigned)lists,
		       (unsigned)n, shown);
}

/* The skipped event values of t that read like a credit note, as --return's value
 * ("'A/R Credit Memo'") into out; how many. A value cut to the table's width, or with a
 * comma or a quote, cannot be named, and is left out. */
static int credit_skipped(const event_tally *t, char *out, size_t size)
{
	char list[200] = "";
	size_t l = 0;
	int got = 0;
	out[0] = '\0';
	for (int k = 0; k < t->kinds && l < sizeof list; k++) {
		const char *v = t->value[k];
		size_t n = strlen(v);
		if (t->purchase[k] || n + 1 >= sizeof t->value[k] || !list_value(v) ||
		    !doc_returnish(v, n) || (known_word(v, n) & W_SUPPLIER) ||   /* t77 F1 */
		    return_order_word(v, n))   /* beside its credit memo: orders_note */
			continue;
		l += (size_t)snprintf(list + l, sizeof list - l, "%s%s", got++ ? "," : "", v);
	}
	if (got && (l >= sizeof list || !rr_arg_word(out, size, list)))
		snprintf(out, size, "VALUE");   /* never a word cut short */
	return got;
}

/* The event column's supplier documents (ingest_supplier_documents) into out[0..size) as
 * "Purchase 167, Purchase Return 4", and their rows; kept: those read as purchases, else
 * those skipped. */
static size_t supplier_kinds(const event_tally *t, int kept, char *out, size_t size)
{
	size_t rows = 0, o = 0;
	out[0] = '\0';
	for (int k = 0; k < t->kinds; k++) {
		const char *v = t->value[k];
		if (!(known_word(v, strlen(v)) & W_SUPPLIER) || (t->purchase[k] == EV_BUY) != kept)
			continue;
		rows += t->n[k];
		if (o < size)
			o += (size_t)snprintf(out + o, size - o, "%s%s %zu", o ? ", " : "", v, t->n[k]);
	}
	return rows;
}

/* The quotes numbered so beside invoices (quotes_decide) skipped, and the --purchase that
 * keeps them; or kept by it. */
static void quote_note(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const char *names[MAX_FIELDS];
	char name[64], prefix[16];
	if (!in->quotes_off)
		return;
	header_names(L, names);
	shown_field(names, L->col[RR_COL_INVOICE], name, sizeof name);
	size_t m = doc_prefix(in->quote_seen, strlen(in->quote_seen));
	snprintf(prefix, sizeof prefix, "%.*s", (int)m, in->quote_seen);
	if (!in->quote_rows) {
		say(text, size, "note: '%s' numbers quotes beside invoices ('%s' beside '%s'): "
		    "read as sales, as --purchase names them", name, in->quote_seen,
		    in->invoice_seen);
		return;
	}
	say(text, size, "note: '%s' numbers quotes beside invoices ('%s' beside '%s'): %zu "
	    "quote%s of %zu row%s (the first on line %llu) skipped, no sale; --purchase %s reads "
	    "%s as sales", name, in->quote_seen, in->invoice_seen, in->quote_docs,
	    in->quote_docs == 1 ? "" : "s", in->quote_rows, in->quote_rows == 1 ? "" : "s",
	    (unsigned long long)in->quote_line, prefix, in->quote_docs == 1 ? "it" : "them");
}

/* An item ledger's sign convention (ledger_decide), said with the rows it read so. */
static void ledger_note(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const char *names[MAX_FIELDS];
	char name[64];
	if (!in->stock_ledger)
		return;
	header_names(L, names);
	shown_field(names, L->col[RR_COL_EVENT], name, sizeof name);
	say(text, size, "note: '%s' is an item ledger's (its sales beside the stock's other "
	    "entries, purchases, transfers, adjustments, or alone at line totals above 0: "
	    "Business Central's Item Ledger Entries): its "
	    "quantities are the stock's, a sale's below 0, read with their sign turned: %zu sale "
	    "row%s below 0 read as sales, %zu above 0 as returns", name, in->ledger_sales,
	    in->ledger_sales == 1 ? "" : "s", in->ledger_returns);
}

/* A return's orders skipped beside the credit memos that book them (orders_decide), said
 * with the option that reads them as returns too. */
static void orders_note(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const event_tally *t = &in->events;
	char orders[EVENT_LINE] = "", memos[EVENT_LINE] = "", list[EVENT_LINE] = "";
	char word[RR_ARG_WORD(EVENT_LINE)], name[64];
	const char *names[MAX_FIELDS];
	size_t o = 0, m = 0, l = 0;
	if (!in->orders_booked)
		return;
	for (int k = 0; k < t->kinds; k++) {
		const char *v = t->value[k];
		if (t->purchase[k] == EV_OTHER && return_order_word(v, strlen(v)) && o < sizeof orders) {
			o += (size_t)snprintf(orders + o, sizeof orders - o, "%s%s %zu", o ? ", " : "",
					      v, t->n[k]);
			if (l < sizeof list)
				l += (size_t)snprintf(list + l, sizeof list - l, "%s%s", l ? "," : "", v);
		} else if (t->purchase[k] == EV_RETURN && m < sizeof memos) {
			m += (size_t)snprintf(memos + m, sizeof memos - m, "%s%s %zu", m ? ", " : "",
					      v, t->n[k]);
		}
	}
	if (!o || !m)
		return;
	header_names(L, names);
	shown_field(names, L->col[RR_COL_EVENT], name, sizeof name);
	say(text, size, "note: '%s' holds the orders of returns beside the credit memos that book "
	    "them (%s beside %s): the orders skipped, each return counted once (--return %s "
	    "would count them again)", name, orders, memos, value_word(word, sizeof word, list));
}

/* An accounting export of all the shop's documents: its purchases from its suppliers
 * skipped, said with the option that reads them as sales; or, when the sale's word came
 * too late to tell (supplier_decide), read as sales, warned of (t77 F1). */
static void supplier_note(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const event_tally *t = &in->events;
	char kinds[EVENT_LINE], sales[EVENT_LINE] = "", word[RR_ARG_WORD(EVENT_LINE)];
	const char *names[MAX_FIELDS];
	char name[64];
	header_names(L, names);
	shown_field(names, L->col[RR_COL_EVENT], name, sizeof name);
	size_t o = 0;
	int sale = 0;
	for (int k = 0; k < t->kinds && o < sizeof sales; k++)
		if (t->purchase[k] == EV_BUY && sale_word(in, t->value[k], strlen(t->value[k]))) {
			sale = 1;
			o += (size_t)snprintf(sales + o, sizeof sales - o, "%s%s", o ? "," : "",
					      t->value[k]);
		}
	if (in->supplier_side && supplier_kinds(t, 0, kinds, sizeof kinds))
		say(text, size, "note: '%s' holds the shop's own purchases from its suppliers "
		    "beside its sales (%s): skipped, no customer's purchase nor return", name,
		    kinds);
	else if (!in->purchase && sale && supplier_kinds(t, 1, kinds, sizeof kinds))
		say(text, size, "warning: '%s' holds a supplier's document (%s) beside its sales, "
		    "read as purchases: if they are the shop's own purchases from its suppliers, "
		    "--purchase %s reads the sales alone", name, kinds,
		    value_word(word, sizeof word, sales));
}

/* The values of t of kind kind into out[0..size), joined by sep, each with its rows when
 * counts, else those a list can name alone (list_value: "Factura, simplificada" would split
 * in --purchase, t79 F16); doc: only those of no known word (doc_word) that read like no
 * credit note (credit_skipped names those). The rows. */
static size_t event_values(const builder *in, const event_tally *t, int kind, int doc,
			   const char *sep, int counts, char *out, size_t size)
{
	size_t rows = 0, o = 0;
	out[0] = '\0';
	for (int k = 0; k < t->kinds && o < size; k++) {
		const char *v = t->value[k];
		size_t n = strlen(v);
		if (t->purchase[k] != kind || !n ||
		    (doc && (doc_word(in, v, n) != DOC_UNKNOWN || doc_returnish(v, n))) ||
		    (!counts && !list_value(v)))
			continue;
		rows += t->n[k];
		o += (size_t)(counts ? snprintf(out + o, size - o, "%s%s %zu", o ? sep : "", v,
						t->n[k])
				     : snprintf(out + o, size - o, "%s%s", o ? sep : "", v));
	}
	return rows;
}

/* A document-type column read by its name (Document Type, Transaction Type: a fallback
 * name, no event log's) that holds a sale relrec knows beside a document it does not:
 * the unknown one is skipped as no purchase, warned of with the --purchase that reads it
 * too (t77 F6: Faktura beside Paragon, Sales Invoice beside POS Invoice lost half the
 * sales, said only as skipped). --purchase given decides alone. */
static void unknown_docs_warn(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const char *names[MAX_FIELDS];
	char name[64], unknown[EVENT_LINE], all[2 * EVENT_LINE + 2];
	char word[RR_ARG_WORD(2 * EVENT_LINE + 2)];
	int e = L->col[RR_COL_EVENT];
	header_names(L, names);
	if (in->purchase || in->doc_event || e < 0 || e >= L->ncols ||
	    sniff_name_level(names[e]) < 1)
		return;
	size_t rows = event_values(in, &in->events, EV_OTHER, 1, ", ", 1, unknown,
				   sizeof unknown);
	if (!rows)
		return;
	char kept[EVENT_LINE], skipped[EVENT_LINE];   /* --purchase's list: the kept, then these */
	size_t buys = event_values(in, &in->events, EV_BUY, 0, ",", 1, kept, sizeof kept);
	buys -= event_values(in, &in->events, EV_BUY, 0, ",", 0, kept, sizeof kept);
	size_t listed = event_values(in, &in->events, EV_OTHER, 1, ",", 0, skipped,
				     sizeof skipped);
	snprintf(all, sizeof all, "%s%s%s", kept, kept[0] ? "," : "", skipped);
	/* a value no list can name: the hint reads the others, and says what reads it too */
	say(text, size, "warning: '%s' holds %zu row%s of document types relrec does not know "
	    "(%s): skipped as no sale; if they are sales, --purchase %s reads %s with those "
	    "kept%s", shown_field(names, e, name, sizeof name), rows, rows == 1 ? "" : "s",
	    unknown, listed ? value_word(word, sizeof word, all) : "VALUE",
	    listed < rows ? "those it names" : "them", listed < rows || buys ? " (a type with a comma, "
	    "the list's separator, cannot be named in it: --map event=- reads every row as a "
	    "purchase)" : "");
}

/* The line-type column (line_pick): its lines of no goods, whose items the nonproduct rule
 * drops (the dataset's load note counts them). A column of other values, a tenth of its rows
 * or more, was no line type: its words are set aside. */
static void describe_line_types(loader *L, char *text, size_t size)
{
	builder *in = &L->in;
	size_t all = in->line_goods + in->line_other + in->line_unknown;
	if (L->line_col < 0 || !in->line_other)
		return;
	const char *names[MAX_FIELDS];
	char name[64];
	header_names(L, names);
	/* not a line of goods among them: the word is the file's for all its lines (t53 F4:
	 * Recurly's every plan and add-on line is a charge, and all were dropped) */
	if (in->line_unknown * 10 >= all || !in->line_goods) {
		strtab_free(L->rows->np_kinds);
		L->rows->np_kinds = NULL;
		if (!in->line_goods && in->line_unknown * 10 < all)
			say(text, size, "note: '%s' calls %s line %s (%zu of %zu), and none a line of "
			    "goods: the file's word for its lines, so none is dropped as no goods",
			    shown_field(names, L->line_col, name, sizeof name),
			    in->line_other == all ? "every" : "nearly every", in->line_word,
			    in->line_other, all);
		return;
	}
	say(text, size, "note: '%s' gives each line's type: %zu line%s of no goods (%s%s), whose "
	    "items the nonproduct rule drops", shown_field(names, L->line_col, name, sizeof name),
	    in->line_other, in->line_other == 1 ? "" : "s", in->line_word,
	    in->line_other > 1 ? " and the like" : "");
}

/* The header's part of the summary: where it is, which column is which. */
/* An invoice that is another on every line beside a column that groups a customer's lines
 * of one time (sniff_basket_column): a cart read as the invoice is said, with the map that
 * reads the lines one by one; a column of no known name is offered (t53 F1: Qoo10's Order
 * No., one per line, was read as the basket, its Cart No. unused, unsaid). */
static void describe_basket(const loader *L, const char *const *names, char *text,
			    size_t size)
{
	int line = -1, f = L->fill && !(L->o->map && sniff_map_gives(L->o->map, RR_COL_INVOICE))
			       ? sniff_basket_column(names, L->ncols < MAX_FIELDS ? L->ncols
								  : MAX_FIELDS, L->col, L->fill, &line)
			       : -1;
	char basket[64], each[64], bm[96], em[96];
	if (f < 0)
		return;
	shown_field(names, f, basket, sizeof basket);
	shown_field(names, line, each, sizeof each);
	sniff_map_col(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, f, bm, sizeof bm);
	sniff_map_col(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, line, em, sizeof em);
	if (f == L->col[RR_COL_INVOICE])
		say(text, size, "note: '%s' is another on every line, each line its own; '%s' groups "
		    "a customer's lines of one time and is read as the invoice, the basket (--map "
		    "invoice=%s reads every line as its own basket)", each, basket, em);
	else
		say(text, size, "warning: the invoice '%s' is another on every line, so every basket "
		    "is one line and no two items are bought together; '%s' groups a customer's "
		    "lines of one time: if it numbers the basket (a cart, a checkout, a payment), "
		    "load with --map invoice=%s", each, basket, bm);
}

static void describe_header(const loader *L, char *text, size_t size)
{
	if (L->preamble)
		say(text, size, "header: line %d (%d line%s above it skipped)",
		    L->preamble + 1 + L->sep_line, L->preamble, L->preamble == 1 ? "" : "s");
	if (L->preamble && L->title_unit)
		say(text, size, "warning: a line above the header gives the amounts' unit ('%s': %s): "
		    "prices are read as written, so the spend and every money figure are in %s "
		    "of the currency; multiply them to read units of money", L->title_unit_line,
		    L->title_unit, L->title_unit);
	say(text, size, "columns: %s", L->columns);
	const char *list, *names[MAX_FIELDS];
	char what[96] = "the descriptions", name[64], code[64], cmap[72];
	header_names(L, names);
	/* the column of codes not read, when there is one; nothing when the description's own
	 * values are codes (t49 F03: FreshBooks' Item Name of B2002 was left unsaid) */
	int coded = L->col[RR_COL_ITEM] >= 0 && L->col[RR_COL_ITEM] == L->col[RR_COL_DESC] ?
		    sniff_item_code_hint(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS,
					 L->col, L->fill, code, sizeof code) : -1;
	if (coded == 1)
		say(text, size, "note: no item code read: the items are told apart by their "
		    "description, as written; if '%s' holds the items' codes, --map item=%s reads "
		    "them (variants of one name apart)", code,
		    map_word(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, code, cmap,
			     sizeof cmap));
	else if (coded == 0)
		say(text, size, "note: no item code: the items are told apart by their description, "
			"as written");
	/* an item column too: WooCommerce's Analytics > Orders writes each order's Product(s)
	 * as "2× Tote Bag, 1× Hoodie - Grey / L" (t31) */
	size_t baskets = L->col[RR_COL_ITEM] >= 0 ? ingest_basket_texts(L->in.rows->codes, &list)
						  : 0;
	if (baskets && L->col[RR_COL_ITEM] != L->col[RR_COL_DESC])
		snprintf(what, sizeof what, "the values of '%s'",
			 shown_field(names, L->col[RR_COL_ITEM], name, sizeof name));
	if (baskets)
		say(text, size, "warning: %s read as items look like whole baskets, one row per "
		    "payment or order (%zu of the %u list items with their counts, such as "
		    "'%.60s'): each basket would be one item; load the shop's item-level export "
		    "instead (Square: Item Sales, or Items detail; WooCommerce and other shops: an "
		    "order export with one row per product)", what, baskets,
		    (unsigned)strtab_count(L->in.rows->codes), list);
	describe_basket(L, names, text, size);
	if (L->data_like)
		say(text, size, "warning: the header line looks like data (%d of its %d names are "
			"numbers); if the file has no header line, load it with --no-header, or its "
			"first row is lost", L->data_like, L->ncols);
	else if (L->data_shaped)
		say(text, size, "warning: the header line looks like data (%d of its %d names are "
			"numbers, dates or codes shaped as the values below them); if the file has no "
			"header line, load it with --no-header, or its first row is lost",
			L->data_shaped, L->ncols);
	else if (L->header_like)
		say(text, size, "warning: --no-header, but the first line names the columns as a "
			"header does: it was read as data (and most likely rejected); load without "
			"--no-header");
	else if (L->o->no_header)
		say(text, size, "no header line: the columns by number, the first line is data");
	char glued[160] = "";
	if (L->hdr_glued)   /* the row before it was read (header_glued) */
		snprintf(glued, sizeof glued, "; %zu time%s on the line of the row before it, a part "
			 "joined without its last line's end: that row was read", L->hdr_glued,
			 L->hdr_glued == 1 ? "" : "s");
	/* a returns export's names say so (Return No, Quantity Returned): its rows net sales
	 * only written as this export's rows of negative quantities (t64 F11) */
	if (L->export_line)
		say(text, size, "warning: line %zu is the header of another export appended to this "
		    "one (%s: %d columns where line 1 has %d), and its %zu row%s, rejected below as "
		    "of the wrong field count, are not read: %s",
		    L->export_line, L->export_names, L->export_nf, L->ncols, L->export_rows,
		    L->export_rows == 1 ? "" : "s", L->export_returns
		    ? "its names are a returns export's: to net its returns against these sales, "
		      "write its rows in line 1's columns, each quantity negative, in place of its "
		      "header" : "load that part on its own (tail -n +LINE FILE), or write both with "
		      "the same columns and join them");
	if (L->titles)
		say(text, size, "note: line %zu's title '%s'%s gives the year of the dates without "
		    "one below it", L->title_first_line, L->title_first, L->titles == 1 ? "" :
		    " (and the next titles' theirs)");
	if (L->hdr_again == 1)
		say(text, size, "note: the header comes again at line %zu (files joined?): skipped%s",
		    L->hdr_again_line, glued);
	else if (L->hdr_again)
		say(text, size, "note: the header comes again at line %zu and %zu more times (files "
			"joined?): skipped each time%s", L->hdr_again_line, L->hdr_again - 1, glued);
	if (L->in.part_now >= MAX_PARTS)
		say(text, size, "warning: the file joins %lu exports, more than the %d relrec tells "
		    "apart: the %dth and those after it are read as one, whose lines are not looked "
		    "at for repeats of each other's and whose dates without a year take the %dth's "
		    "title's; load them in parts of at most %d exports", (unsigned long)L->in.part_now + 1,
		    MAX_PARTS, MAX_PARTS, MAX_PARTS, MAX_PARTS);
	char lo[32], hi[32];
	if (L->repeats)
		say(text, size, "warning: %zu line%s after the header came again repeat%s lines "
		    "before it (the same invoice, item, customer, time, quantity and price; dated %s "
		    "to %s): exports that overlap, joined, whose shared lines now count twice; "
		    "export periods that do not overlap, or cut the later export's rows of those "
		    "dates before joining (dropping every repeated line would also drop a file's "
		    "own repeats, which are real purchases)", L->repeats, L->repeats == 1 ? "" : "s",
		    L->repeats == 1 ? "s" : "", ingest_format_minute(L->repeat_lo, lo, sizeof lo),
		    ingest_format_minute(L->repeat_hi, hi, sizeof hi));
	if (L->restarts)
		say(text, size, "warning: %zu lines repeat, in order, as many lines before them (the "
		    "same invoice, item, customer, time, quantity and price; dated %s to %s), where "
		    "the dates go back: exports that overlap, joined without their header, whose "
		    "shared lines now count twice; export periods that do not overlap, or cut the "
		    "later export's rows of those dates before joining", L->restarts,
		    ingest_format_minute(L->repeat_lo, lo, sizeof lo),
		    ingest_format_minute(L->repeat_hi, hi, sizeof hi));
}

/* After a --map that left the quantity, price or invoice empty (L->look), the unused column
 * whose values look like role's (t44 #10: 數量, Jumlah, จำนวน stayed unused, each line one
 * unit): a quantity's, whole numbers of at most 1,000 of the least mean (mean up to 50); a
 * price's, numbers of no sign, some with a fraction (first) or above the quantity's greatest,
 * not the quantity's nor the invoice's column; an invoice number's, on every line, the same as the line above's on a
 * tenth of them or more and changing on as many (an order's lines together), each value but
 * a tenth on one customer's lines of one day (spread_nests), the one nesting best. Never a row
 * counter's, each number one above the one before, nor a time of day's. -1 or the field. */
/* An invoice's column that repeats its value on an order's lines: filled on every row, the
 * same as the row above on a tenth to nine tenths of them. */
static int repeats_by_order(const col_look *c, size_t rows)
{
	return c->filled == rows && c->same * 10 >= rows && (rows - c->same) * 10 >= rows &&
	       c->same < rows - 1;
}

/* An invoice's column in an export that writes an order's fields on its first line only
 * (ERPNext, Haravan: the customer taken from the line above on the others): filled exactly on
 * the rows with a customer of their own, seldom twice running, and no money (t46 F9: ERPNext's
 * ID was never offered; its Grand Total, with cents, is not an order's number). */
static int first_line_only(const loader *L, const col_look *c)
{
	return L->look_user_rows < L->look_rows && c->filled == L->look_user_rows &&
	       c->with_user == c->filled && c->filled >= 2 && c->same * 10 < c->filled &&
	       c->whole == c->num;
}

/* Is unused field f a line's position (t53 F3: SAP's POSNR 000010 was offered as the
 * quantity, every line ten units; F13: Infor M3's OBPONR 10, 20, 30 as the invoice)? By its
 * name, or by numbers that are each the first or the one before plus the first, of ten or
 * more, stepping up on a line in four at least. Zero-padded numbers are no count or money
 * either (look_like). */
static int line_position(const loader *L, const char *const *names, int f)
{
	const col_look *c = &L->look[f];
	if (sniff_name_index(names[f], strlen(names[f]), sniff_line_positions) >= 0)
		return 1;
	return c->num >= 3 && c->num == c->filled && c->first >= 10 && c->pos + 1 == c->num &&
	       c->pos_up * 4 >= c->num;
}

/* Of columns a and b, is a gross (incl. VAT: sniff_tax_included) and b not (1), the other
 * way round (-1), or neither (0)? A hint names the net line total or price (t59 F13). */
static int gross_after(const char *const *names, int a, int b)
{
	return sniff_tax_included(names[a]) - sniff_tax_included(names[b]);
}

static int look_like(const loader *L, int role)
{
	int best = -1, qty = role == RR_COL_QTY ? -1 : look_like(L, RR_COL_QTY);
	/* the invoice's look-alike, only in a file without one (t59 F13: a net line total whose
	 * values repeat was taken for it, and the gross one beside it offered as the price) */
	int inv = role == RR_COL_PRICE && L->rows->no_invoice ? look_like(L, RR_COL_INVOICE) : -1;
	size_t rows = L->look_rows;
	const char *names[MAX_FIELDS];
	header_names(L, names);
	for (int f = 0; L->look && rows && f < L->ncols && f < MAX_FIELDS; f++) {
		const col_look *c = &L->look[f];
		double mean = c->num ? c->sum / (double)c->num : 0;
		if (line_position(L, names, f))
			continue;
		/* a row counter (1, 2, 3 ... on every line: Coupang's line number) counts lines, never
		 * units or money (t46 F12: it was offered as the unit price) */
		int numbers = c->num == c->filled && 2 * c->filled >= rows &&
			      !(c->num >= 3 && c->steps + 1 == c->num) &&
			      (role == RR_COL_INVOICE || c->padded < c->filled);
		/* one value on every line (App Store Connect's Version, 1.0) prices nothing, and a
		 * column of dates (its End Date) numbers no order (t56 F20: both were offered) */
		int one_value = c->filled >= 3 && c->same + 1 == c->filled;
		int dated = L->fill && f < RR_MAX_COLUMNS && L->fill->filled[f] &&
			    2 * L->fill->dated[f] >= L->fill->filled[f];
		/* never a column of one value; one that times another unused number gives a third
		 * on half the rows first (qty x price = total), then the least mean */
		int factor = 2 * c->factor_rows >= rows;
		if (role == RR_COL_QTY && numbers && c->whole == c->num && c->hi <= 1000 &&
		    c->hi >= 1 && mean <= 50 && !one_value &&
		    (best < 0 || factor > (2 * L->look[best].factor_rows >= rows) ||
		     (factor == (2 * L->look[best].factor_rows >= rows) &&
		      mean < L->look[best].sum / (double)L->look[best].num)))
			best = f;
		else if (role == RR_COL_PRICE && f != qty && f != inv && numbers && !one_value &&
			 c->lo >= 0 &&
			 c->hi > 0 && (c->whole < c->num || qty < 0 || c->hi > L->look[qty].hi) &&
			 (best < 0 || gross_after(names, best, f) > 0 ||
			  (!gross_after(names, best, f) && c->whole < c->num &&
			   L->look[best].whole == L->look[best].num)))
			best = f;   /* a net one before a gross one, then one with fractions */
		else if (role == RR_COL_INVOICE && f != qty && !c->clock && !dated &&
			 f != L->doc_warned &&   /* a document's type numbers none (t59 F5) */
			 c->days < c->filled && spread_nests(c) &&
			 (repeats_by_order(c, rows) || first_line_only(L, c)) &&
			 (best < 0 || spread_better(c, &L->look[best])))
			best = f;   /* the first of those nesting best within (customer, day) */
	}
	return best;
}

/* The price hint's column t when it is a line's total: the unused column it is the quantity
 * times, on half the rows of another quantity than 1 at least (look_totals), in its place:
 * the unit price (t56 F1: TikTok Shop's SKU Subtotal Before Discount was offered beside its
 * SKU Unit Original Price, and spend came out 5.4 times the truth). Else t. */
static int unit_of_total(const loader *L, const char *const *names, int t)
{
	for (int f = 0; L->look && t >= 0 && f < L->ncols && f < MAX_FIELDS; f++) {
		const col_look *c = &L->look[f];
		if (f != t && names[f][0] && c->total_col == t && c->total_rows >= 2 &&
		    2 * c->total_rows >= L->look_qty_rows)
			return f;
	}
	return t;
}

/* The rows whose paid price was blank, priced by the list price beside it (list_price_start),
 * and those read at 0 below a priced line of their order (list_part). */
static void list_price_note(const loader *L, const char *const *names, char *text, size_t size)
{
	char pn[64], ln[64];
	shown_field(names, L->col[RR_COL_PRICE], pn, sizeof pn);
	shown_field(names, L->price_list, ln, sizeof ln);
	if (L->list_rows)
		say(text, size, "note: '%s' is blank on %zu row%s (the first on line %llu), where "
		    "no discount was given: their price is '%s', the list price", pn, L->list_rows,
		    L->list_rows == 1 ? "" : "s", (unsigned long long)L->list_first, ln);
	if (L->comp_rows)
		say(text, size, "note: '%s' is blank on %zu row%s (the first on line %llu) below a "
		    "priced line of their order, as a bundle's components are, its price paying "
		    "for them: read at 0, not at '%s' (the price rule drops them; 'clean price off' "
		    "keeps them)", pn, L->comp_rows, L->comp_rows == 1 ? "" : "s",
		    (unsigned long long)L->comp_first, ln);
}

/* describe_missing's notes of how the money columns were read: refunds' negative totals,
 * minor units, thousands, a price per a measure or per units. */
static void describe_money_read(const loader *L, const char *const *names, char *text,
				size_t size)
{
	const rr_rows *r = L->rows;
	char shown[96];
	if (L->in.amount_neg_rows)
		say(text, size, "note: %zu row%s with a negative amount and an unsigned quantity (the "
		    "first on line %llu) read as returns of that quantity, as a refund's line total "
		    "says", L->in.amount_neg_rows, L->in.amount_neg_rows == 1 ? "" : "s",
		    (unsigned long long)L->in.amount_neg_line);
	if (L->in.minor_units)
		say(text, size, "note: '%s' is written in %s, as its name says: read divided by "
		    "100, in the currency's units%s", shown_field(names, L->col[r->price_from_amount ?
		    RR_COL_AMOUNT : RR_COL_PRICE], shown, sizeof shown), L->in.minor_unit,
		    L->in.cents_frac > L->in.cents_tenths ?
		    "; some values have decimals of their own: look at them" : "");
	if (L->in.money_scale > 1)
		say(text, size, "note: '%s' is in %s, as its name says: read times %.0f, in the "
		    "currency's units", shown_field(names, L->col[r->price_from_amount ?
		    RR_COL_AMOUNT : RR_COL_PRICE], shown, sizeof shown), L->in.money_scale_unit,
		    L->in.money_scale);
	if (L->in.minor_units && L->in.cents_tenths)
		say(text, size, "note: %zu of its values have one decimal (the first '%s'): %s to a "
		    "tenth, as fuel is priced, read so", L->in.cents_tenths, L->in.cents_first,
		    L->in.minor_unit);
	if (L->in.minor_units && L->in.cents_major)
		say(text, size, "note: %zu of its values say their currency (the first '%s'): they "
		    "are in its units, read as written", L->in.cents_major, L->in.cents_major_first);
	if (L->list_rows || L->comp_rows)
		list_price_note(L, names, text, size);
	if (L->in.price_per > 1 && L->in.price_measure)
		say(text, size, "note: '%s' is a price per %.0f %s, as its name says: read divided "
		    "by %.0f, a price per %s", shown_field(names, L->col[RR_COL_PRICE], shown,
		    sizeof shown), L->in.price_per, L->in.price_measure->word, L->in.price_per,
		    L->in.price_measure->word);
	else if (L->in.price_per > 1)
		say(text, size, "note: '%s' is a price per %.0f units, as its name says: read divided "
		    "by %.0f, a unit's price", shown_field(names, L->col[RR_COL_PRICE], shown,
		    sizeof shown), L->in.price_per, L->in.price_per);
	if (L->in.cents_undone)
		say(text, size, "note: '%s' says %s, but %zu of its %zu values have decimals "
		    "(the first '%s'): they are the currency's units, read as written",
		    shown_field(names, L->col[r->price_from_amount ? RR_COL_AMOUNT : RR_COL_PRICE],
				shown, sizeof shown), L->in.minor_unit, L->in.cents_frac, L->in.cents_seen,
		    L->in.cents_first);
}

/* The optional columns the file lacks, and what stands in for them. A price or amount hint
 * names a column by its name, and only one whose values all hold a digit (t19: a price
 * sensitivity segment, MM or LA, was named). */
static void describe_missing(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	const char *names[MAX_FIELDS];
	char price_hint[96] = "", money[96] = "";
	header_names(L, names);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++)
		if (L->no_digit[f])
			names[f] = "";
	/* the hints' columns by number (from 0, -1 none): a --map names them whole (map_field) */
	int pf = r->no_price ? sniff_price_hint(names, L->ncols, L->col, price_hint,
						sizeof price_hint) - 1 : -1, mf = -1;
	/* a line's paid total before a list price (t79 F18: Listenpreis beside Betrag, followed,
	 * read the spend 25 % high) */
	if (r->no_price && (pf < 0 || sniff_list_price(names[pf])))
		mf = sniff_money_hint(names, L->ncols, L->col, L->fill, money, sizeof money) - 1;
	if (mf >= 0)
		pf = -1;
	else if (r->no_price && pf >= 0)
		pf = unit_of_total(L, names, pf);
	if (L->o->reread)   /* read again without an order's total: its note names the --map */
		pf = mf = -1;
	char inv_look[300] = "", shown[96];
	int by_map = own_map(L) != NULL;
	int lp = by_map && r->no_price && pf < 0 && mf < 0 ? look_like(L, RR_COL_PRICE) : -1;
	int lq = by_map && r->no_qty && !L->qty_hint[0] ? look_like(L, RR_COL_QTY) : -1;
	int li = r->no_invoice ? look_like(L, RR_COL_INVOICE) : -1;
	pf = lp >= 0 ? lp : pf;
	int qf = L->qty_hint[0] ? L->qty_hint_col : lq;
	if (pf >= 0)
		shown_field(names, pf, price_hint, sizeof price_hint);
	else
		price_hint[0] = '\0';
	if (mf >= 0)
		shown_field(names, mf, money, sizeof money);
	else
		money[0] = '\0';
	char li_map[96] = "";
	if (li >= 0)
		sniff_map_col(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, li, li_map,
			      sizeof li_map);
	if (li >= 0)
		snprintf(inv_look, sizeof inv_look, "; if '%s' numbers the orders (%s), load with "
			 "--map invoice=%s", shown_field(names, li, shown, sizeof shown),
			 first_line_only(L, &L->look[li]) ? "written on each order's first line, as "
			 "its customer" : "its value the same on an order's lines", li_map);
	if (r->price_from_amount && L->o->reread && L->o->reread->price[0])
		say(text, size, "price: the unit price is the amount ('%s', each line's total) divided "
		    "by the quantity, not '%s' (the note below says why)", shown_field(names,
		    L->col[RR_COL_AMOUNT], shown, sizeof shown), L->o->reread->price);
	else if (r->price_from_amount)
		say(text, size, "no price column: the unit price is the amount (a line total) divided "
			"by the quantity");
	describe_money_read(L, names, text, size);
	char word[80];   /* the hint's column as a --map word a shell reads back (t71 F29) */
	if (r->no_price && price_hint[0])
		say(text, size, "no price column: spend features off (prices are 0, and the price rule "
			"does not apply); if '%s' is the unit price, load with --map price=%s (if it "
			"is each line's total, --map amount=%s)", price_hint,
		    map_field(L, pf, word, sizeof word), word);
	else if (r->no_price && money[0])
		say(text, size, "no price column: spend features off (prices are 0, and the price rule "
			"does not apply); if '%s' is each line's total, load with --map amount=%s",
		    money, map_field(L, mf, word, sizeof word));
	else if (r->no_price)
		say(text, size, "no price column: spend features off (prices are 0, and the price rule "
			"does not apply)");
	if (r->no_invoice)
		say(text, size, "no invoice column: one invoice per customer and timestamp%s", inv_look);
	if (r->no_qty && L->qty_hint[0] && L->qty_hint_money)
		say(text, size, "no quantity column: each line is one unit ('%s' is money, as %zu "
			"of its values are written: no count of units)", L->qty_hint,
		    L->qty_hint_money);
	else if (r->no_qty && qf >= 0)
		say(text, size, "no quantity column: each line is one unit; if '%s' is the number of "
			"units, load with --map qty=%s", L->qty_hint[0] ? L->qty_hint :
		    shown_field(names, qf, shown, sizeof shown), map_field(L, qf, word, sizeof word));
	else if (r->no_qty)
		say(text, size, "no quantity column: each line is one unit");
	if ((r->no_qty || r->qty_single) && r->unit_lines && !rows_implied(r))
		say(text, size, "note: %zu line%s repeat an item of their invoice: one line per unit, "
		    "so a pair's quantity is its units, more than its order count", r->unit_lines,
		    r->unit_lines == 1 ? "" : "s");
	if (rows_implied(r))
		say(text, size, "note: %s", rows_implied_text(rows_implied(r)));
}

/* How the dates were read, and bare numbers among them. */

/* The way to write month name word as a number in the date column: "load CMD, N its month's
 * number", an awk on that column only (field_sub_cmd; t62 F6: a sed rewrote the word in
 * every column), into buf; or why no command matches it (a file read converted from another
 * encoding holds other bytes: t62 F5). buf. */
static const char *month_sub_load(const loader *L, const char *word, char *buf, size_t size)
{
	char re[100], sep[8], cmd[1400];
	const char *load = NULL;
	int high = 0;
	for (const char *c = word; *c; c++)
		high |= (unsigned char)*c >= 0x80;
	if (L->converted[0] && (high || !L->converted_ascii)) {
		snprintf(buf, size, "matching the bytes the file writes it in: relrec read the file "
			 "converted from %s", L->converted);
		return buf;
	}
	awk_sep(L, sep, sizeof sep);
	if (awk_re_literal(re, sizeof re, word, strlen(word)) == 0)
		load = field_sub_cmd(cmd, sizeof cmd, sep, L->in.lines_read, data_skip(L),
				     L->col[RR_COL_DATE] + 1, re, "N", L->path);
	if (load && strlen(load) + 32 < size)
		snprintf(buf, size, "load %s, N its month's number", load);
	else
		snprintf(buf, size, "through a pipe of awk on the date column");
	return buf;
}
/* The ways out of dates read in the future: each calendar other than as (the one they were
 * read in), Gregorian too, under which the first such row's date as written, y-m-d, is a day
 * from 1900 to hi (a year from today), in the table's order: "if the file's are the Islamic
 * (Hijri) calendar's (...), load with --calendar islamic-civil (the first 2023-07-19)", "if
 * the file's are Gregorian, load without --calendar minguo to read them as written" (t68 F7:
 * lunar Hijri years under --calendar solar-hijri were sent to Gregorian, which rejects them).
 * terse: "--calendar buddhist reads the first as 2023-01-05" each. yy: the year as written
 * when every date wrote two digits (-1: not so), which each calendar reads its own way
 * (calendar_year2: 66 is the Thai era's 2566, 2023; t74 F17: read as 2066 here, no calendar
 * read it, and the warning said so beside --calendar buddhist, which reads the file). Into
 * buf; how many it names (0: none, buf empty). */
static int future_readers(const calendar *as, int y, int yy, int m, int d, int64_t hi,
			  int terse, char *buf, size_t size)
{
	const calendar *rd[16], *c;
	int64_t lo = date_days_from_civil(1900, 1, 1), days, at[16];
	int n = yy < 0 ? calendar_readers(as, y, m, d, lo, hi, rd, 16) : 0;
	/* two digits read a day in most calendars' centuries: the latest reading first */
	for (int j = 0; yy >= 0 && (c = calendar_at(j)) && n < 16; j++) {
		if (c == as || calendar_to_days(c, calendar_year2(c, yy), m, d, &days) != 0 ||
		    days < lo || days > hi)
			continue;
		int i = n++;
		for (; i > 0 && at[i - 1] < days; i--) {
			rd[i] = rd[i - 1];
			at[i] = at[i - 1];
		}
		rd[i] = c;
		at[i] = days;
	}
	size_t k = 0;
	buf[0] = '\0';
	for (int i = 0; i < n; i++) {
		char when[32];
		days = 0;
		calendar_to_days(rd[i], yy < 0 ? y : calendar_year2(rd[i], yy), m, d, &days);
		ingest_format_minute((int32_t)(days * 1440), when, sizeof when);
		int w = terse ? snprintf(buf + k, size - k, "%s--calendar %s reads the first as %.10s",
					 i ? ", " : "", rd[i]->name, when)
			: rd[i] == calendar_gregorian()
			? snprintf(buf + k, size - k, "%sif the file's are Gregorian, load without "
				   "--calendar %s to read them as written", i ? "; " : "", as->name)
			: snprintf(buf + k, size - k, "%sif the file's are %s, load with --calendar %s "
				   "(the first %.10s)", i ? "; " : "", rd[i]->what, rd[i]->name, when);
		k = w < 0 || (size_t)w >= size - k ? size - 1 : k + (size_t)w;
	}
	return n;
}

/* The future rows' first year y (read as Gregorian) is a year up to today's of a calendar
 * relrec names but does not read (Bikram Sambat's 2081 is 2024; t80 F35): the warning names
 * it and says to convert, as no --calendar reads it. 1 when said. */
static int future_named(int y, int64_t limit_day, size_t n, const char *when, char *text,
			size_t size)
{
	const calendar *c[4];
	int ty, tm, td;
	date_civil_from_days(limit_day, &ty, &tm, &td);
	if (calendar_named_for_year(y, 1900, ty, c, 4) < 1)
		return 0;
	say(text, size, "warning: %zu row%s dated over a year from today (the first %s): their years, "
	    "%d the first, are of %s, which relrec names but does not read (--calendar %s is "
	    "refused: its month lengths are published year by year); convert the dates to "
	    "Gregorian before loading", n, n == 1 ? "" : "s", when, y, c[0]->what, c[0]->name);
	return 1;
}

/* Rows dated over a year past today, a tenth of them or more: not typos (the date rule
 * sees those) but a calendar that counts years another way, read as Gregorian years: the
 * Thai Buddhist era's 2566 is 2023, its 66 became 2066. Nothing reads such years, so the
 * summary says so; under a --calendar cal, the years were that calendar's, converted, and
 * the calendar is what to check (t65 F2: Gregorian dates under --calendar minguo were said
 * read as ours, --calendar buddhist advised). The way out names the calendars that read the
 * first of them as a day up to a year from today (future_readers), from the table. */
static void describe_future(const rr_rows *r, const date_guess *g, char *text, size_t size)
{
	const calendar *cal = g->cal;
	time_t now = time(NULL);
	if (now == (time_t)-1 || r->n == 0)
		return;
	double limit = (double)now / 60 + 366.0 * 24 * 60;
	size_t n = 0, first = 0;
	for (size_t i = 0; i < r->n; i++)
		if ((double)r->minute[i] > limit && !n++)
			first = i;
	if (n == 0 || n * 10 < r->n)
		return;
	char when[32], ways[640];
	const calendar *as = cal ? cal : calendar_gregorian();
	int y, m, d;
	calendar_from_days(as, date_floor_day(r->minute[first]), &y, &m, &d);
	int gregorian = as == calendar_gregorian();
	/* every date D/M/YY: the year's two digits are what the file wrote */
	int yy = g->n_dm_yy && g->n_dm_yy == date_guess_count(g) ? y % 100 : -1;
	int ways_n = future_readers(as, y, yy, m, d, (int64_t)(limit / 1440), gregorian, ways,
				    sizeof ways);
	ingest_format_minute(r->minute[first], when, sizeof when);
	if (!gregorian) {
		if (!ways_n)   /* no calendar reads them better: as written is the one other way */
			snprintf(ways, sizeof ways, "if the file's are Gregorian, load without "
				 "--calendar %s to read them as written", as->name);
		say(text, size, "warning: %zu row%s dated over a year from today (the first %s, "
		    "converted from %04d-%02d-%02d of --calendar %s): the years were read as %s; %s",
		    n, n == 1 ? "" : "s", when, y, m, d, as->name, as->what, ways);
		return;
	}
	if (!ways_n && future_named(y, (int64_t)(limit / 1440), n, when, text, size))
		return;
	say(text, size, "warning: %zu row%s dated over a year from today (the first %s); if the file "
	    "counts years in another calendar (the Thai Buddhist era is 543 years ahead), relrec "
	    "read them as years of ours: load with that calendar's --calendar (%s)", n,
	    n == 1 ? "" : "s", when, ways_n ? ways : "none of those relrec knows reads the first "
	    "as a day up to a year from today");
}

/* Dates read under a --date-format of Minguo years (%K) past a year from today: no other
 * calendar's (Bikram Sambat's guess is for years read as ours), but seven digits of IBM i's
 * CYYMMDD read as Minguo (t85 F20: 1240825, 2035-08-25, was said a Bikram Sambat year):
 * warned with the %J the format reads them by. 1 when said. */
static int roc_future_warn(const loader *L, char *text, size_t size)
{
	const char *fmt = L->o->date_format, *k = fmt ? strstr(fmt, "%K") : NULL;
	const rr_rows *r = L->in.rows;
	time_t now = time(NULL);
	if (!k || now == (time_t)-1 || !r->n)
		return 0;
	double limit = (double)now / 60 + 366.0 * 24 * 60;
	size_t n = 0, first = 0;
	for (size_t i = 0; i < r->n; i++)
		if ((double)r->minute[i] > limit && !n++)
			first = i;
	if (n == 0 || n * 10 < r->n)
		return 0;
	char when[32], other[DATEFMT_MAX], w[RR_ARG_WORD(DATEFMT_MAX)],
	     given[RR_ARG_WORD(DATEFMT_MAX)];
	snprintf(other, sizeof other, "%.*s%%J%s", (int)(k - fmt), fmt, k + 2);
	say(text, size, "warning: %zu row%s dated over a year from today under --date-format %s "
	    "(the first %s): years of the Republic of China so far ahead are none yet; if they "
	    "are IBM i's CYYMMDD (C 1 the 2000s), --date-format %s reads them", n,
	    n == 1 ? "" : "s", quoted_word(given, sizeof given, fmt, "FORMAT"),
	    ingest_format_minute(r->minute[first], when, sizeof when),
	    quoted_word(w, sizeof w, other, "FORMAT"));
	return 1;
}

/* The way to load dates of era, fmt the --date-format that reads them, into buf: the format,
 * and the --calendar that reads every form of them (DATE_ERA_ROC's Minguo years); under
 * another --calendar, which the format's year directive is refused with
 * (datefmt_calendar_check), that calendar in its place, or the format without it. */
static const char *era_advice(const loader *L, int era, const char *fmt, char *buf,
			      size_t size)
{
	const calendar *c = era == DATE_ERA_ROC || era == DATE_ERA_ROC_COMPACT
			    ? calendar_lookup("minguo") : NULL;
	const calendar *given = L->in.dates.cal != calendar_gregorian() ? L->in.dates.cal : NULL;
	char w[RR_ARG_WORD(DATEFMT_MAX)];
	if (given && c && given != c)
		snprintf(buf, size, "load with --calendar %s in place of --calendar %s, which reads "
			 "every form of them", c->name, given->name);
	else if (given && !c)
		snprintf(buf, size, "load with --date-format %s, without --calendar %s",
			 quoted_word(w, sizeof w, fmt, "FORMAT"), given->name);
	else if (c && !given)
		snprintf(buf, size, "load with --date-format %s (or --calendar %s, which reads "
			 "every form of them)", quoted_word(w, sizeof w, fmt, "FORMAT"), c->name);
	else
		snprintf(buf, size, "load with --date-format %s", quoted_word(w, sizeof w, fmt, "FORMAT"));
	return buf;
}

/* What the dates' calendar made of them: --calendar's, a note; none given, Thai
 * Buddhist-era years read as such (csvdate.h's DATE_BUDDHIST_FROM to _TO), a warning that
 * says how to refuse it. */
static void describe_calendar(const loader *L, char *text, size_t size)
{
	const date_guess *g = &L->in.dates;
	const calendar *c = g->cal;
	char when[32];
	if (c && c != calendar_gregorian() && date_guess_count(g))
		say(text, size, "note: the dates were read as %s and converted to Gregorian days "
		    "(--calendar %s)%s%s", c->what, c->name, c->caveat ? "; " : "",
		    c->caveat ? c->caveat : "");
	if (c || !g->n_buddhist)
		return;
	const calendar *b = calendar_lookup("buddhist");
	size_t other = date_guess_count(g) - g->n_buddhist;
	say(text, size, "warning: %zu date%s of a year from %d to %d (the first '%s', read as "
	    "%s) %s read as %s, as no Gregorian data reaches those years (--calendar %s); load "
	    "with --calendar gregorian to read them as written%s", g->n_buddhist,
	    g->n_buddhist == 1 ? "" : "s", DATE_BUDDHIST_FROM, DATE_BUDDHIST_TO,
	    g->buddhist_first, ingest_format_minute(g->buddhist_first_minute, when, sizeof when),
	    g->n_buddhist == 1 ? "was" : "were", b->what, b->name,
	    other ? "; the column's other dates were read as Gregorian ones: check it" : "");
}

static void describe_bad_dates(const loader *L, char *text, size_t size);
static int undated_warning(const loader *L, char *text, size_t size);

/* Does a row read fall on a day past the 12th, which no month is: a format read so is not
 * swapped, and a date it rejected is a typo, not the proof (t68 F19)? */
static int day_past_12(const rr_rows *r)
{
	for (size_t i = 0; i < r->n; i++) {
		int y, m, d;
		int64_t days = r->minute[i] >= 0 ? r->minute[i] / 1440
						 : -((-(int64_t)r->minute[i] + 1439) / 1440);
		date_civil_from_days(days, &y, &m, &d);
		if (d > 12)
			return 1;
	}
	return 0;
}

/* Dates converted to UTC whose day there is not the day written (t67 F27: a Japanese shop's
 * orders before 09:00 fall on the day before), counted after the dates line's text in buf:
 * the labels, due lists and first purchases count UTC days. The way to a shop's own days:
 * the pipe that takes the first one's offset off (rr_sed_load), the times then read as
 * written; after GMT or UTC (JavaScript's Date.toString, 18:25:00 GMT-1000 (HST)) the word
 * and the offset, written as the word alone, read as written (t73 F16: the sed looked for the
 * offset after the time's digit, matched nothing, and the note came back, longer). */
static void day_moved(const date_guess *g, const char *path, char *buf, size_t size)
{
	size_t o = strlen(buf);
	if (!g->n_day_moved || o >= size)
		return;
	char off[24], sed[1000], day[24], find[32];
	int a = abs(g->day_moved_off);
	const char *t = g->day_moved_first, *w, *at;
	snprintf(off, sizeof off, "%c%02d:%02d", g->day_moved_off < 0 ? '-' : '+', a / 60, a % 60);
	if (!strstr(t, off))   /* written +0900 */
		snprintf(off, sizeof off, "%c%02d%02d", g->day_moved_off < 0 ? '-' : '+', a / 60,
			 a % 60);
	ingest_format_minute(g->day_moved_minute, day, sizeof day);
	day[10] = '\0';
	int gmt = (at = strstr(t, off)) && at - t >= 3 && (!memcmp(at - 3, "GMT", 3) ||
							    !memcmp(at - 3, "UTC", 3));
	snprintf(find, sizeof find, "%.*s%s", gmt ? 3 : 0, gmt ? at - 3 : "", off);
	w = at ? rr_sed_load(sed, sizeof sed, find, gmt ? (at[-3] == 'G' ? "GMT" : "UTC") : "",
			     path) : NULL;
	snprintf(buf + o, size - o, "; %zu row%s on another day in UTC than written (the first "
		 "'%s' is %s in UTC), and days are counted in UTC%s%s%s", g->n_day_moved,
		 g->n_day_moved == 1 ? "" : "s", t, day, w ? ": to count the days as written, "
		 "load " : "", w ? w : "", w ? " (the offset taken off; each, if the file has "
		 "several)" : "");
}

static void describe_dates(const loader *L, char *text, size_t size)
{
	const date_guess *g = &L->in.dates;
	char dates[1400];
	date_guess_describe(g, dates, sizeof dates);
	/* no date read, none refused either: every row was rejected before its date (t31: an
	 * empty invoice column; "none read" suggested the dates could not be) */
	size_t rejected = 0;
	for (int k = 0; k < RR_REJ_N; k++)
		rejected += L->in.rows->rejected[k];
	if (date_guess_count(g) == 0 && !L->in.rows->rejected[RR_REJ_DATE] && L->in.rows->n == 0 &&
	    rejected)
		snprintf(dates, sizeof dates, "%s", "none reached (no row got as far as its date)");
	if (L->in.zone_read) {   /* CST beside CDT (settle_zones) */
		const date_zone_name *z = &date_zone_names[L->in.zone_read_z];
		size_t o = strlen(dates);
		int a = abs(z->decided);
		snprintf(dates + o, sizeof dates - o, "; %zu ending in %s (the first on line %llu: '%s') "
			 "read as %s (UTC%c%d%s), the zone whose daylight time, %s, the column holds too",
			 L->in.zone_read, z->name, (unsigned long long)L->in.zone_read_line,
			 L->in.zone_read_text, z->zone, z->decided < 0 ? '-' : '+', a / 60,
			 a % 60 ? ":30" : "", z->partner);
	}
	day_moved(g, L->path, dates, sizeof dates);
	if (L->line_picked && L->zone_col >= 0) {
		const char *names[MAX_FIELDS];
		char name[64];
		header_names(L, names);
		say(text, size, "dates: %s; '%s' (%s on the first row) is not applied: the times are "
		    "read as written, that zone's local time", dates,
		    shown_field(names, L->zone_col, name, sizeof name), L->zone_value);
	} else if (L->ddmm == 2) {   /* t71 F22 */
		say(text, size, "dates: DDMM (day and month), in the year of %s", g->year_from);
	} else if (L->ddmm) {   /* t42 F4 */
		long to = L->meta_to ? L->meta_to : L->meta_from;
		say(text, size, "dates: DDMM (day and month, DATEV's Belegdatum), in the year of "
		    "DATEV's first line (%04ld-%02ld-%02ld to %04ld-%02ld-%02ld)",
		    L->meta_from / 10000, L->meta_from / 100 % 100, L->meta_from % 100, to / 10000,
		    to / 100 % 100, to % 100);
	} else {
		say(text, size, "dates: %s", dates);
	}
	size_t nd = L->ddmm ? 0 : g->n_daynum;
	if (nd && date_guess_ddmm(g))
		say(text, size, "warning: the dates are numbers from %d to %d that read as day and "
			"month without a year (DDMM, as DATEV's Belegdatum writes them: 0301 is 3 "
			"January), read as days since 1970-01-01 instead: if they are, write the "
			"year into them (YYYY-MM-DD) before loading", g->daynum_lo, g->daynum_hi);
	else if (nd && nd < date_guess_count(g))
		say(text, size, "warning: %zu date%s at the top of the file %s, read as days since "
			"1970-01-01, before dates of other forms: if %s not, correct or remove %s", nd,
		    nd == 1 ? "" : "s", nd == 1 ? "is a bare number" : "are bare numbers",
		    nd == 1 ? "it is" : "they are", nd == 1 ? "that row" : "those rows");
	else if (nd && g->daynum_hi < 7)   /* t19: M5's d_1, a day's sales counts, mapped */
		say(text, size, "warning: every date is a day number from %d to %d, less than a week "
			"after 1970-01-01: more likely a count (a day's sales, in a table with a "
			"column per day) than days; map the file's date with --map date=COL, or melt "
			"such a table to one row per item and day", g->daynum_lo, g->daynum_hi);
	else if (nd)   /* the workbench shows a note: 1970 would surprise */
		say(text, size, "note: the dates are day numbers, shown as that many days after "
			"1970-01-01; their order and spacing are what labels and recommendations use");
	describe_calendar(L, text, size);
	if (!roc_future_warn(L, text, size))
		describe_future(L->in.rows, &L->in.dates, text, size);
	if (!undated_warning(L, text, size))
		describe_bad_dates(L, text, size);
}

/* Why the rows rejected for their dates were, a tenth of the file or more: one warning, the
 * first reason that holds of all of them. */
/* The calendar, other than given and Gregorian, in which date text s[0..n) (a year of four
 * digits first or last, the month between) is a day when given has no such day, and whose
 * years there fall in 1900-2100 as given's may (t65 F5: 1403/01/31, Solar Hijri's, under
 * --calendar islamic-civil, whose months have 29 or 30 days: the rows were rejected with
 * advice about --date-format, and the file read 42 years early). NULL: none. */
static const calendar *calendar_of_day(const calendar *given, const char *s, size_t n)
{
	int v[3], k = 0;
	for (size_t i = 0; i < n && k < 3;) {
		size_t j = i;
		while (j < n && j - i < 5 && is_digit(s[j]))
			j++;
		if (j > i) {
			v[k] = 0;
			for (size_t t = i; t < j; t++)
				v[k] = v[k] * 10 + (s[t] - '0');
			k++;
		}
		i = j > i ? j : i + 1;
	}
	if (k < 3 || !given)
		return NULL;
	int y = v[0] >= 1000 ? v[0] : v[2], d = v[0] >= 1000 ? v[2] : v[0];
	int64_t days;
	if (y < 1000 || calendar_to_days(given, y, v[1], d, &days) == 0)
		return NULL;   /* a day of the given calendar: its form is the trouble */
	for (int i = 0; calendar_at(i); i++) {
		const calendar *c = calendar_at(i);
		if (c == given || c == calendar_gregorian() || calendar_to_days(c, y, 1, 1, &days) ||
		    days < date_days_from_civil(1900, 1, 1) || days > date_days_from_civil(2100, 12, 31))
			continue;
		if (calendar_to_days(c, y, v[1], d, &days) == 0)
			return c;
	}
	return NULL;
}

/* The way out of dates without a year (t67 F17), when the first rejected one is such a date:
 * the pipe that writes a year after each (this year's, to be set to the file's) into way,
 * or words when no pipe fits (a time after the date). 1, or 0 when it is no such date. */
static int yearless_advice(const loader *L, const char *s, char *way, size_t size)
{
	size_t n = strlen(s);
	char filled[DATE_EXAMPLE + 16], body[64], sep[8], prog[1200];
	time_t now = time(NULL);
	struct tm tm;
	int year = now != (time_t)-1 && gmtime_r(&now, &tm) ? tm.tm_year + 1900 : 2024;
	size_t k = date_with_year(s, n, year, filled, sizeof filled);
	if (!k)
		return 0;
	snprintf(way, size, ": write the year into the dates (or a line naming it above the "
		 "header)");
	if (k <= n || memcmp(filled, s, n) != 0)
		return 1;   /* the year goes inside the text: words only */
	snprintf(body, sizeof body, "if(v!=\"\")v=v \"%s\"", filled + n);
	awk_sep(L, sep, sizeof sep);
	const char *arg[3] = {sep, prog, L->path};
	char cmd[1400];
	if (field_awk(prog, sizeof prog, L->in.lines_read, data_skip(L), L->col[RR_COL_DATE] + 1,
		      body) == 0 &&
	    rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3, L->path)) {
		int o = snprintf(way, size, ": write the year into them, say %d (the program's "
				 "\"%s\" is the year written after each date: set it to the file's): "
				 "load ", year, filled + n);
		size_t c = strlen(cmd);
		if (o > 0 && (size_t)o + c < size)   /* whole, or the words alone */
			memcpy(way + o, cmd, c + 1);
		else
			snprintf(way, size, ": write the year into the dates");
	}
	return 1;
}

/* The rejected dates all a month's name and a number (month_number_parts), the numbers few
 * against the months, or of four digits: the number is the year, the cell a month's (Excel's
 * mmm-yy, Jan-23 for January 2023), never a day of a year to write in (t72 F16: the awk
 * hint wrote the current year after each, Jan 2023 and Jan 2024 one day apart). The
 * --date-format that reads each as its month's first day into fmt; 1, else 0. A year takes
 * few values and stays from date to date, a day takes many. */
static int month_year_cells(const loader *L, char *fmt, size_t size)
{
	const builder *in = &L->in;
	int mo, num, months = __builtin_popcount(in->month_seen);
	int nums = __builtin_popcountll(in->num_seen[0]) + __builtin_popcountll(in->num_seen[1]);
	char sep;
	const char *s = in->bad_date.text;
	if (!in->month_num || in->month_num != L->in.rows->rejected[RR_REJ_DATE] ||
	    !month_number_parts(s, strlen(s), &mo, &num, &sep))
		return 0;
	int four = num >= 1000, days = (in->num_seen[0] & 0x1FFF) != 0;   /* 0 to 12 */
	if (!four && (days || months < 4 || nums * 3 > months))
		return 0;
	snprintf(fmt, size, "%%b%c%%%c", sep, four ? 'Y' : 'y');
	return 1;
}

/* The warning of month_year_cells' dates, with the --date-format that reads them: 1 when
 * said, else 0. */
static int month_year_warn(const loader *L, size_t bad, char *text, size_t size)
{
	char fmt[DATEFMT_MAX];
	if (!month_year_cells(L, fmt, sizeof fmt))
		return 0;
	say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: '%s'): "
	    "a month's name and a year, no day (the number takes %s); load with --date-format "
	    "'%s' to read each as its month's first day", bad, bad == 1 ? "" : "s",
	    bad == 1 ? "its" : "their", (unsigned long long)L->in.bad_date.line,
	    L->in.bad_date.text, L->in.num_seen[0] | L->in.num_seen[1] ? "few values, each "
	    "beside many months, as a year does" : "four digits", fmt);
	return 1;
}

/* Dates without a year that ran past December under a title's year and then went back (t71
 * F14): not in date order, so which year each is in cannot be told. 1 (err set) when so. */
static int yearless_roll_refused(const loader *L)
{
	const date_guess *g = &L->in.dates;
	char way[1500];
	if (!g->roll_doubt)
		return 0;
	if (!yearless_advice(L, g->roll_doubt_date, way, sizeof way))
		snprintf(way, sizeof way, ": write the year into the dates");
	err_set("'%s': the dates without a year run past December (line %llu: '%s', read in the "
		"year after the title's) and then go back (line %llu: '%s'): the rows are not in "
		"date order, so relrec cannot tell which year each date is in%s", L->path,
		(unsigned long long)g->rolled_line, g->rolled_first,
		(unsigned long long)g->roll_doubt, g->roll_doubt_date, way);
	return 1;
}

/* The bad dates of --date-format when the first of them reads with its day and month
 * swapped (datefmt_swapped) and no kept one has a day past 12: one such date proves the kept
 * ones swapped too, at any share (t68 F19). Said with the format that reads them (quoted_word,
 * the user's literal text in it): 1, else 0. */
static int swapped_warn(const loader *L, size_t bad, char *text, size_t size)
{
	char fmt[DATEFMT_MAX], fw[RR_ARG_WORD(DATEFMT_MAX)];
	if (!datefmt_swapped(&L->fmt, L->in.bad_date.text, strlen(L->in.bad_date.text), fmt,
			     sizeof fmt) || day_past_12(L->in.rows))
		return 0;
	say(text, size, "warning: %zu row%s rejected for %s date under --date-format '%s' (the "
	    "first on line %llu: '%s'), which --date-format '%s' reads: the rows read have their "
	    "day and month swapped too; load with --date-format %s, or without --date-format to "
	    "let the file's dates decide", bad, bad == 1 ? "" : "s", bad == 1 ? "its" : "their",
	    L->o->date_format, (unsigned long long)L->in.bad_date.line, L->in.bad_date.text, fmt,
	    quoted_word(fw, sizeof fw, fmt, "FORMAT"));
	return 1;
}

/* Half the rows rejected for their date or more empty above a line of their invoice that
 * writes it (undated_above): the warning that says so, and 1; else 0. No other reason of
 * describe_bad_dates holds of an empty date. */
static int undated_warning(const loader *L, char *text, size_t size)
{
	size_t bad = L->in.rows->rejected[RR_REJ_DATE];
	if (!bad || L->in.undated_below * 2 < bad)
		return 0;
	say(text, size, "warning: %zu row%s rejected for %s date, empty on %zu lines above a line "
	    "of the same invoice that writes it (the first on line %llu): an export that writes an "
	    "order's customer and date on its first line only (Shopify's), its lines sorted newest "
	    "first, so that an order's first line comes after its others; relrec fills them up "
	    "from that line only when the order's lines follow each other, at most %d of them "
	    "before it: sort the file's lines oldest first (each order's first line above its "
	    "others) and load it again", bad, bad == 1 ? "" : "s",
	    bad == 1 ? "its" : "their", L->in.undated_below, (unsigned long long)L->in.bad_date.line,
	    FILL_UP_LINES);
	return 1;
}

/* Rejected dates, every one, whose month's name or era mark is a calendar's own (t80 F23:
 * 5 Safar 1446 was sent to two calendars, and under either one to "a Gregorian form"): the
 * one --calendar that reads them. 1 when said. */
static int own_calendar_warn(const loader *L, size_t bad, char *text, size_t size)
{
	const builder *in = &L->in;
	const calendar *c = in->own_cal;
	if (!bad || bad != in->own_rows || bad * 10 < in->rows->lines || !c || !c->year_start)
		return 0;
	say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: '%s'): "
	    "%s month's name or era mark is of %s, read under its option alone: load with "
	    "--calendar %s%s", bad, bad == 1 ? "" : "s", bad == 1 ? "its" : "their",
	    (unsigned long long)in->bad_date.line, in->bad_date.text, bad == 1 ? "its" : "their",
	    c->what, c->name, L->o->calendar ? " in place of the one given" : "");
	return 1;
}

static void describe_bad_dates(const loader *L, char *text, size_t size)
{
	/* dates in a form no reading knows (2023年1月5日, "5 de enero de 2023 18:21 hs."): a
	 * format written for them reads them, and only the user can write it */
	size_t bad = L->in.rows->rejected[RR_REJ_DATE];
	char word[32], fmt[DATEFMT_MAX], sed[1500], cals[160], also[160];
	int32_t one;
	const calendar *other;
	if (own_calendar_warn(L, bad, text, size))   /* t80 F23 */
		;   /* said there, with its --calendar */
	else if (bad && bad * 10 >= L->in.rows->lines && L->in.era_rows == bad &&
		 date_era_of(L->in.bad_date.text, strlen(L->in.bad_date.text), fmt, sizeof fmt) &&
		 !(L->o->date_format && strcmp(L->o->date_format, fmt) == 0))   /* t53 F12 */
		say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: "
		    "'%s'): %s, which relrec reads when told: %s",
		    bad, bad == 1 ? "" : "s", bad == 1 ? "its" : "their",
		    (unsigned long long)L->in.bad_date.line, L->in.bad_date.text,
		    date_era_name(L->in.bad_era), era_advice(L, L->in.bad_era, fmt, also, sizeof also));
	else if (bad && bad == L->in.hijri_years && bad * 10 >= L->in.rows->lines &&
		 !L->o->calendar &&
		 calendar_options_for_year(first_year(L->in.bad_date.text,
						      strlen(L->in.bad_date.text)), cals,
					   sizeof cals) > 1)
		say(text, size, "warning: %zu row%s rejected for a date outside " RR_DATES_HELD ", the "
		    "days relrec holds (the first on line %llu: '%s'): a year from %d to %d is of "
		    "another calendar, Solar Hijri's (1403 is 2024: Iran, Afghanistan) or the Islamic "
		    "one's (1445 is 2024), which overlap, so relrec does not guess: load with %s, "
		    "whichever the file's is", bad, bad == 1 ? "" : "s",
		    (unsigned long long)L->in.bad_date.line, L->in.bad_date.text, DATE_HIJRI_FROM,
		    DATE_HIJRI_TO, cals);
	else if (bad && L->o->calendar &&
		 (other = calendar_of_day(L->in.dates.cal, L->in.bad_date.text,
					  strlen(L->in.bad_date.text))))
		say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: "
		    "'%s'): a day %s months have and %s do not, its years overlapping: if the "
		    "file's dates are of that calendar, load with --calendar %s (the rows kept "
		    "would then read otherwise too)", bad, bad == 1 ? "" : "s",
		    bad == 1 ? "its" : "their", (unsigned long long)L->in.bad_date.line,
		    L->in.bad_date.text, other->what, L->in.dates.cal->what, other->name);
	else if (bad && bad == L->in.cal_beyond && bad * 10 >= L->in.rows->lines)
		say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: "
		    "'%s'): read as %s, %s outside " RR_DATES_HELD ", the days relrec holds; if the "
		    "file's years are Gregorian, load without --calendar %s", bad, bad == 1 ? "" : "s",
		    bad == 1 ? "its" : "their", (unsigned long long)L->in.bad_date.line,
		    L->in.bad_date.text, L->in.dates.cal->what, bad == 1 ? "it falls" : "they fall",
		    L->in.dates.cal->name);
	else if (bad && bad == L->in.cal_gregorian && bad * 10 >= L->in.rows->lines)
		say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: "
		    "'%s'): serial days, Unix time, day numbers, week dates%s are Gregorian forms, "
		    "not read under --calendar %s: load without it", bad, bad == 1 ? "" : "s",
		    bad == 1 ? "its" : "their", (unsigned long long)L->in.bad_date.line,
		    L->in.bad_date.text, L->in.dates.cal->gregorian_months ? " and Japanese eras"
		    : ", Japanese eras and month names", L->in.dates.cal->name);
	else if (bad && bad == L->in.bad_years && bad * 10 >= L->in.rows->lines)
		say(text, size, "warning: %zu row%s rejected for a date outside " RR_DATES_HELD ", the "
		    "days relrec holds (the first on line %llu: '%s'): placeholders such as "
		    "9999-12-31, or a calendar that counts years another way", bad, bad == 1 ? "" : "s",
		    (unsigned long long)L->in.bad_date.line, L->in.bad_date.text);
	else if (L->in.bad_zones)   /* --date-format or not: no format reads an ambiguous name */
		say(text, size, "warning: %zu row%s rejected for %s date ending in %s "
		    "(the first on line %llu: '%s'): %s", L->in.bad_zones,
		    L->in.bad_zones == 1 ? "" : "s", L->in.bad_zones == 1 ? "its" : "their",
		    L->in.bad_ampm ? "a word its --date-format's %p does not read" : "a time zone",
		    (unsigned long long)L->in.bad_date.line, L->in.bad_date.text, L->in.bad_zone);
	else if (bad && bad * 10 >= L->in.rows->lines &&
		 date_unknown_month(L->in.bad_date.text, strlen(L->in.bad_date.text), word,
				    sizeof word))   /* t42 F12 */
		say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: "
		    "'%s'): '%s' is no month name relrec knows (relrec(1) lists those of its "
		    "languages), and no --date-format reads it either: write the months as numbers "
		    "or as names relrec knows before loading (%s)", bad,
		    bad == 1 ? "" : "s", bad == 1 ? "its" : "their",
		    (unsigned long long)L->in.bad_date.line, L->in.bad_date.text, word,
		    month_sub_load(L, word, sed, sizeof sed));
	else if (bad && !L->o->date_format && bad * 10 >= L->in.rows->lines &&
		 month_year_warn(L, bad, text, size))   /* t72 F16 */
		;   /* said there, with its --date-format */
	else if (bad && !L->o->date_format && bad * 10 >= L->in.rows->lines &&
		 yearless_advice(L, L->in.bad_date.text, sed, sizeof sed))   /* t67 F17 */
		say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: "
		    "'%s'): a day and a month without a year, which no --date-format reads; relrec "
		    "gives such dates the year of the lines above the header when they name one "
		    "only, or each row's from a column named as a year (Year, Jahr, Ann\xC3\xA9" "e, "
		    "A\xC3\xB1o...: relrec(1)), and this file has neither%s", bad, bad == 1 ? "" : "s",
		    bad == 1 ? "its" : "their", (unsigned long long)L->in.bad_date.line,
		    L->in.bad_date.text, sed);
	else if (bad && !L->o->date_format && bad * 10 >= L->in.rows->lines &&
		 date_month_only_format(L->in.bad_date.text))   /* t51 F4: a monthly export */
		say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: "
		    "'%s'): a year and a month, no day; load with --date-format '%s' to read each "
		    "as its month's first day", bad, bad == 1 ? "" : "s", bad == 1 ? "its" : "their",
		    (unsigned long long)L->in.bad_date.line, L->in.bad_date.text,
		    date_month_only_format(L->in.bad_date.text));
	else if (bad && L->o->date_format && swapped_warn(L, bad, text, size))   /* t68 F19 */
		;   /* said there, with the --date-format that reads them */
	else if (bad && L->o->date_format && bad * 10 >= L->in.rows->lines &&
		 date_read_one(L->in.bad_date.text, strlen(L->in.bad_date.text), &one) == 0)
		/* t66 F6: '%Y-%d-%m' given to ISO dates rejected the days past 12 and read the
		 * others with day and month swapped, said by nothing but the rejections */
		say(text, size, "warning: %zu row%s rejected for %s date under --date-format '%s' "
		    "(the first on line %llu: '%s'), a date relrec reads without it: the format may "
		    "not be the file's, and the rows it read may be misread too; load without "
		    "--date-format to let the file's dates decide", bad, bad == 1 ? "" : "s",
		    bad == 1 ? "its" : "their", L->o->date_format,
		    (unsigned long long)L->in.bad_date.line, L->in.bad_date.text);
	else if (bad && !L->o->date_format && bad * 10 >= L->in.rows->lines)
		say(text, size, "warning: %zu row%s rejected for %s date (the first on line %llu: "
		    "'%s'); if the file writes its dates in a form relrec does not read, load with "
		    "--date-format and strftime directives (%%Y %%m %%d %%H %%M ...: man relrec)", bad,
		    bad == 1 ? "" : "s", bad == 1 ? "its" : "their",
		    (unsigned long long)L->in.bad_date.line, L->in.bad_date.text);
}

/* Every kept row's date, read from numbers as Unix time, within ten minutes of the others'
 * over 20 rows and more than one customer's: no shop's history, but a column of other
 * numbers (t53 F13: Infor M3's order number, 86 rows of 2001-09-09 in one minute, said
 * nothing). Dates written as dates may be one day's export, or a test's fixture. */
static void describe_one_moment(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	int f = L->col[RR_COL_DATE];
	if (r->n < 20 || f < 0 || strtab_count(r->customers) < 2 || !L->in.dates.n_epoch)
		return;
	int32_t lo = r->minute[0], hi = r->minute[0];
	for (size_t i = 1; i < r->n; i++) {
		lo = r->minute[i] < lo ? r->minute[i] : lo;
		hi = r->minute[i] > hi ? r->minute[i] : hi;
	}
	if (hi - lo > 10)
		return;
	const char *names[MAX_FIELDS];
	char name[64], a[32], b[32];
	header_names(L, names);
	say(text, size, "warning: every one of the %zu rows is dated within %d minute%s of the "
	    "others (%s to %s), as no shop's history is: '%s' most likely holds no dates (an "
	    "order's or a line's number read as Unix time?); map the column of the dates with "
	    "--map date=COL", r->n, (int)(hi - lo) + 1, hi - lo ? "s" : "",
	    ingest_format_minute(lo, a, sizeof a), ingest_format_minute(hi, b, sizeof b),
	    shown_field(names, f, name, sizeof name));
}

/* The name of field t (an order's or a label's) in the summary. */
static const char *field_name(int t)
{
	return t == F_USER ? "customer" : t == F_DATE ? "date" : t == F_TIME ? "time" :
	       t == F_COUNTRY ? "country" : t == F_STATUS ? "status" :
	       t == F_FULFIL ? "fulfilment status" : t == F_EVENT ? "document type" : "invoice";
}

/* ", customer on N lines" for each of n fields (field[k]) that count[k] says took any. */
static void fields_counted(char *out, size_t size, const int *field, const size_t *count,
			   int n)
{
	size_t at = 0;
	out[0] = '\0';
	for (int k = 0; k < n && at < size; k++)
		if (count[k]) {
			int w = snprintf(out + at, size - at, "%s%s on %zu line%s", at ? ", " : "",
					 field_name(field[k]), count[k], count[k] == 1 ? "" : "s");
			at += w > 0 ? (size_t)w : 0;
		}
}

/* The columns filled with their group's first line only (labelfill's riders, t72 F5): a
 * line that writes the anchor starts a group, a receipt, and its blank is its own. */
static void describe_riders(const builder *in, char *text, size_t size)
{
	const labelfill *lf = &in->labels;
	for (int c = 0; c < lf->n; c++)
		if (lf->ride[c] && lf->filled[c]) {
			const char *r = field_name(in->label_field[c]);
			const char *a = field_name(in->label_field[lf->ride[c] - 1]);
			say(text, size, "note: the %s is written with the %s only (a receipt's first "
			    "line): a line without its own %s continues the one above and took its %s "
			    "(%zu lines); a line with its own %s and no %s is a walk-in's", r, a, a, r,
			    lf->filled[c], a, r);
		}
}

/* The rows of an invoice number whose line above names a customer that took none: another
 * sale of the number, an order closed by the fill's limits, a file that names the customer
 * on each line. Said, each with its count, so that no row is a walk-in's unsaid. */
static void describe_fill_losses(const builder *in, char *text, size_t size)
{
	if (in->fill_restart)
		say(text, size, "note: %zu row%s (the first on line %llu) of the invoice number on "
		    "a line above but of another day or time took no customer from it (a date of "
		    "another day, or a time %d minutes or more from that line's, and the lines "
		    "after it): a receipt number that restarts (each day, year or register) "
		    "numbers another sale, whose blank customer is a walk-in's", in->fill_restart,
		    in->fill_restart == 1 ? "" : "s", (unsigned long long)in->fill_restart_line,
		    in->fill_shared ? RECEIPTS_GAP_MINUTES + 1 : RECEIPTS_VISIT_MINUTES);
	if (in->fill_doubt)   /* t79 F4: two tills in step, no till column */
		say(text, size, "warning: %zu row%s with no customer took the customer of the line "
		    "above of their invoice number, in a file whose numbers of one day name two "
		    "customers (tills that number their receipts in step): a walk-in's line at "
		    "another till within %d minutes may be among them, and relrec cannot tell; a "
		    "column of each line's till or store (Till, Register, Store) would keep the "
		    "tills apart", in->fill_doubt, in->fill_doubt == 1 ? "" : "s",
		    RECEIPTS_GAP_MINUTES);
	if (in->fill_aged)   /* t79 F6 */
		say(text, size, "note: %zu row%s with no customer (the first on line %llu) took "
		    "none from the line above of their invoice number that names one, more than "
		    "%d lines naming an order above (%d when the line names its till): relrec "
		    "reads such a number as used again, another sale; if the file writes that "
		    "many receipts between each other, sort it by receipt (sort -t, -k1,1 -s)",
		    in->fill_aged, in->fill_aged == 1 ? "" : "s",
		    (unsigned long long)in->fill_aged_line, FILL_AGE, FILL_AGE_TILL);
	if (in->fill_evicted && in->evicted_rows)   /* none lost a customer: nothing to say */
		say(text, size, "note: %zu open order%s naming a customer %s closed before %s "
		    "last line, more receipts being open at once than the %d relrec holds: %zu "
		    "row%s with no customer below them (the first on line %llu) took none; sort "
		    "the file by receipt (sort -t, -k1,1 -s) to read them", in->fill_evicted,
		    in->fill_evicted == 1 ? "" : "s", in->fill_evicted == 1 ? "was" : "were",
		    in->fill_evicted == 1 ? "its" : "their", FILL_ORDERS, in->evicted_rows,
		    in->evicted_rows == 1 ? "" : "s", (unsigned long long)in->evicted_line);
	if (in->fill_refused)   /* t76 F2 */
		say(text, size, "note: %zu row%s with no customer (the first on line %llu) took "
		    "none from the line above of their invoice number that names one: %zu of the "
		    "%zu invoices whose blank lines took their customer had written it again below "
		    "them, so the file names a customer on each of its lines and a blank line under "
		    "the same number is another sale's (a walk-in's, at another till); a column of "
		    "each line's till or store (Till, Register, Store) would keep the tills apart",
		    in->fill_refused, in->fill_refused == 1 ? "" : "s",
		    (unsigned long long)in->fill_refused_line, in->contra_at, in->proof_at);
}

/* What was filled down: a grouped or pivot layout's labels, and an order's fields written on
 * its first line only. Each counts the lines that received a value, per column. */
static void describe_fills(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const labelfill *lf = &in->labels;
	char names[96] = "", counts[200];
	if (lf->any) {
		int on = 0, m = 0;
		for (int c = 0; c < lf->n; c++)
			on += lf->on[c];
		for (int c = 0; c < lf->n; c++)   /* "customer, date and time" */
			if (lf->on[c])
				snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
					 m++ == 0 ? "" : m == on ? " and " : ", ",
					 field_name(in->label_field[c]));
		fields_counted(counts, sizeof counts, in->label_field, lf->filled, lf->n);
		say(text, size, "note: %s filled down from the line above (a grouped or pivot layout, "
		    "which writes each only where it changes): %s", names,
		    counts[0] ? counts : "no line was blank");
		describe_riders(in, text, size);
	}
	if (in->filled) {
		fields_counted(counts, sizeof counts, order_fields, in->filled_by, ORDER_FIELDS);
		say(text, size, "note: %zu row%s (the first on line %llu) with no customer or date "
		    "took %s order's from a line above (%s): of the same invoice, or with nothing "
		    "naming the order (an export that writes an order's fields on its first line "
		    "only)", in->filled, in->filled == 1 ? "" : "s",
		    (unsigned long long)in->filled_line, in->filled == 1 ? "its" : "their", counts);
	}
	if (in->up_filled) {
		fields_counted(counts, sizeof counts, up_fields, in->up_by, UP_FIELDS);
		say(text, size, "note: %zu row%s (the first on line %llu) with no customer or date "
		    "took %s order's from the line below of the same invoice that writes them (%s): "
		    "an export that writes an order's fields on its first line only, sorted newest "
		    "first, so that the first line comes after the order's others", in->up_filled,
		    in->up_filled == 1 ? "" : "s", (unsigned long long)in->up_line,
		    in->up_filled == 1 ? "its" : "their", counts);
	}
	if (in->card_up)
		say(text, size, "note: %zu row%s (the first on line %llu) with no customer took "
		    "%s receipt's from the line below that names it, of the same invoice number, "
		    "day and till and within %d minutes (a loyalty card scanned at payment, on the "
		    "receipt's last line)", in->card_up, in->card_up == 1 ? "" : "s",
		    (unsigned long long)in->card_line, in->card_up == 1 ? "its" : "their",
		    RECEIPTS_GAP_MINUTES);
	describe_fill_losses(in, text, size);
	if (in->event_took)   /* t44 #5 */
		say(text, size, "note: %zu row%s with no event or document type took the line "
		    "above's, of the same invoice (an export that writes it on an invoice's first "
		    "line only)", in->event_took, in->event_took == 1 ? "" : "s");
}

/* A document's status of one in force (ezyVet's and practice systems' Active invoice beside
 * its Void one: t86 F17, a warning on every row of every such file). Known as bought only
 * where the column skips a value (a void, a draft) too: there it is the status of the
 * documents that were not voided; alone it may be a customer's or a product's flag, and is
 * named as any unknown value is. */
static const char *const live_statuses[] = {"active", "aktiv", "actif", "activo", "activa",
					    "ativo", "ativa", "attivo", "attiva", "actief", NULL};

/* Does the status tally skip a value (an order never bought) beside its kept ones? */
static int status_skips(const event_tally *t)
{
	for (int k = 0; k < t->kinds; k++)
		if (t->purchase[k] == EV_OTHER && t->n[k])
			return 1;
	return t->past_n != 0;
}

/* The status column's kept values that are no status relrec knows (status_placed), into
 * out with their rows, the most first (the tally's and the unplaced tracker's); their number
 * of values, rows into *rows, and the value on most rows into top. */
static int status_unplaced(const builder *in, char *out, size_t size, size_t *rows, char *top,
			   size_t top_size)
{
	const event_tally *t[2] = {&in->statuses, &in->unplaced};
	char shown[4 * EVENT_SHOWN + 8];
	size_t o = 0, most = 0, unlisted = 0;
	int got = 0, skips = status_skips(&in->statuses);
	out[0] = top[0] = '\0';
	*rows = 0;
	for (int j = 0; j < 2; j++)
		for (int k = 0; k < t[j]->kinds; k++) {
			const char *v = t[j]->value[k];
			if (t[j]->purchase[k] != EV_BUY || status_placed(in, v, strlen(v)))
				continue;
			if (j == 0 && t[j]->back[k] == t[j]->n[k])   /* a credit note's (t42 F1) */
				continue;
			if (skips && sniff_name_index(v, strlen(v), live_statuses) >= 0)
				continue;
			*rows += t[j]->n[k];
			if (t[j]->n[k] > most) {
				most = t[j]->n[k];
				snprintf(top, top_size, "%s", v);
			}
			if (got++ < EVENT_KINDS && o < size)
				o += (size_t)snprintf(out + o, size - o, "%s%s %zu", got > 1 ? ", " : "",
						      sniff_printable(shown, sizeof shown, v, strlen(v),
								      EVENT_SHOWN), t[j]->n[k]);
			else
				unlisted += t[j]->n[k];
		}
	/* the rows of values not listed, and of those the tracker had no room for, are the
	 * others: the listed and the others add up to the rows said (t82 F27) */
	*rows += in->unplaced.other;
	unlisted += in->unplaced.other;
	if (unlisted && o < size)
		snprintf(out + o, size - o, ", and %zu row%s of others", unlisted,
			 unlisted == 1 ? "" : "s");
	return got + (in->unplaced.other != 0);
}

/* Is the empty status among the kept ones (Pohoda's Stav: empty on an invoice in force)? */
static int status_has_empty(const builder *in)
{
	for (int k = 0; k < in->statuses.kinds; k++)
		if (!in->statuses.value[k][0] && in->statuses.purchase[k] == EV_BUY)
			return 1;
	return 0;
}

/* t's value top (same) or the first that is not top (!same) as an option's value a shell and
 * the prompt read back (rr_arg_word), into out: 0, or -1 when it cannot be named (list_value;
 * out too small) or is
 * on a row the event column read as a return (a credit note's status, which --void would
 * drop with it: t42 F1). */
static int status_named(const event_tally *t, const char *top, int same, char *out,
			size_t size)
{
	for (int k = 0; k < t->kinds; k++)
		if ((strcmp(t->value[k], top) == 0) == same) {
			if (!list_value(t->value[k]) || t->back[k] ||
			    !rr_arg_word(out, size, t->value[k]))
				return -1;
			return 0;
		}
	return -1;
}

/* The list at out (o bytes written into size, more when cut) as one word (value_word) in
 * place: VALUE for a list cut or too long quoted, never half a word. */
static void list_word(char *out, size_t size, size_t o)
{
	char tmp[RR_ARG_WORD(EVENT_LINE)];
	if (!out[0])
		return;
	if (o >= size || o >= EVENT_LINE ||
	    (size_t)snprintf(out, size, "%s", value_word(tmp, sizeof tmp, out)) >= size)
		snprintf(out, size, "VALUE");
}

/* The status column's kept values that are a return's own document (return_document; not a
 * value of no known word that reads like one: Stornováno is a cancellation), as --return's list,
 * into ret; the other kept values as --purchase's, the empty one written - (t42 F13), into
 * buy. How many returns' (t42 F9: plentymarkets' Retoure orders, positive, read as sales). */
static int status_returns(const builder *in, char *ret, size_t rsize, char *buy, size_t bsize)
{
	const event_tally *t = &in->statuses;
	size_t r = 0, b = 0;
	int got = 0;
	ret[0] = buy[0] = '\0';
	for (int k = 0; k < t->kinds; k++) {
		const char *v = t->value[k];
		size_t n = strlen(v);
		if (t->purchase[k] != EV_BUY || !list_value(v) || void_like(v, n))
			continue;
		int back = n && return_document(v, n);
		char *out = back ? ret : buy;
		size_t *o = back ? &r : &b, size = back ? rsize : bsize;
		got += back;
		if (*o < size)
			*o += (size_t)snprintf(out + *o, size - *o, "%s%s", *o ? "," : "",
					       n ? v : "-");
	}
	/* each list one word a shell and the prompt read back (a blank, a $ or a ; in a value) */
	list_word(ret, rsize, r);
	list_word(buy, bsize, b);
	return got;
}

/* A status column, no event column read, whose kept values include a return's document:
 * read as bought, a sale; named with the options that read it as a return (t42 F9). Not
 * when status_unplaced_warn speaks, whose hint names them too. */
static void status_returns_warn(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	char ret[EVENT_LINE], buy[EVENT_LINE], map[72];
	if (in->status_flag > 0 || in->has_event || in->voids ||
	    !status_returns(in, ret, sizeof ret, buy, sizeof buy))
		return;
	say(text, size, "warning: '%s' holds %s, a return's own document, read as bought (a sale); "
	    "if %s (an order of its own, not a refund noted on the order), load with "
	    "--map status=-,event=%s --purchase %s --return %s, which reads %s as returns "
	    "and skips the orders never bought", L->status_name, ret, strchr(ret, ',') ?
	    "they are returns" : "it is a return",
	    map_field(L, L->col[RR_COL_STATUS], map, sizeof map), buy[0] ? buy : "VALUE", ret,
	    strchr(ret, ',') ? "them" : "it");
}

/* An order's status column whose kept values include some that are no status relrec knows:
 * they may be cancellations or drafts in words it lacks, read as bought (t39 #1: Ozon's
 * Отменён; #7: Makulerad's Ja and Nej, a yes/no flag of words relrec lacked). Named with
 * their rows and the options that read them: beside an event column, --void, which keeps
 * that column read (t42 F1: the hint's --map status=-,event=STATUS replaced a document type,
 * and the credit notes became sales); else the column read as the events the shop names. */
static int status_unplaced_warn(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	char vals[EVENT_LINE], top[EVENT_SHOWN + 4], q[RR_ARG_WORD(EVENT_SHOWN + 4)];
	char other[RR_ARG_WORD(EVENT_SHOWN + 4)], ev[80] = "", map[72];
	size_t rows;
	/* with --void the analyst has named the orders never bought: the rest are bought */
	if (in->status_flag > 0 || (L->sid_field >= 0 && L->sid_rows && !L->sid_other) ||
	    in->voids)
		return 0;
	int n = status_unplaced(in, vals, sizeof vals, &rows, top, sizeof top);
	if (!n)
		return 0;
	int two = n == 2 && in->statuses.kinds == 2 && !in->statuses.other;
	/* an event column read, or one the document types' warning proposes (t46 F8: Dolibarr's
	 * two hints each gave the event role to their own column, and neither could be followed
	 * with the other) */
	int ev_field = in->has_event ? L->col[RR_COL_EVENT] : L->doc_warned;
	const char *ev_read = in->has_event ? "still read" : "read, with the options the warning "
			      "on it gives,";
	if (ev_field >= 0) {
		const char *names[MAX_FIELDS];
		char name[64];
		header_names(L, names);
		snprintf(ev, sizeof ev, "'%s'", shown_field(names, ev_field, name, sizeof name));
	}
	if (two && ev[0] && status_named(&in->statuses, top, 0, other, sizeof other) == 0)
		say(text, size, "warning: '%s' holds two values, neither an order's status relrec "
		    "knows (%s): both read as bought; if it is a flag (yes or no, voided or not), "
		    "load with --void %s, which skips the rows of %s and keeps those of %s (the "
		    "value on most rows), %s %s as the document types", L->status_name,
		    vals, other, other, top, ev, ev_read);
	else if (two)   /* the whole column: two words, neither a status: a flag's yes and no? */
		say(text, size, "warning: '%s' holds two values, neither an order's status relrec "
		    "knows (%s): both read as bought; if it is a flag (yes or no, voided or not), "
		    "load with --map status=-,event=%s --purchase %s, which keeps the rows of %s "
		    "(the value on most rows) and skips the others", L->status_name, vals,
		    map_field(L, L->col[RR_COL_STATUS], map, sizeof map), !list_value(top) ||
		    doc_returnish(top, strlen(top)) || void_like(top, strlen(top)) ? "VALUE" :
		    value_word(q, sizeof q, top), top);
	else if (ev[0] && n == 1 && rows * 2 < in->statuses.kept &&
		 status_named(&in->statuses, top, 1, other, sizeof other) == 0)   /* not most */
		say(text, size, "warning: '%s' holds %zu row%s of a value that is no order's status "
		    "relrec knows (%s): read as bought; if it is an order never bought (cancelled, a "
		    "draft), load with --void %s, which skips %s, %s %s as the document "
		    "types (a credit note stays a return)", L->status_name, rows, rows == 1 ? "" :
		    "s", vals, other, rows == 1 ? "it" : "them", ev, ev_read);
	else if (ev[0])
		say(text, size, "warning: '%s' holds %zu row%s of %s that %s no order's status relrec "
		    "knows (%s): read as bought; if any is an order never bought (cancelled, a "
		    "draft), load with --void and the values of the orders never bought, which "
		    "skips them, %s %s as the document types (a credit note stays a "
		    "return)", L->status_name, rows, rows == 1 ? "" : "s", n == 1 ? "a value" :
		    "values", n == 1 ? "is" : "are", vals, ev, ev_read);
	else {   /* a return's document among them: --return too (t42 F9); the empty one: -
		  * names it (t42 F13: Pohoda's invoices in force have no Stav) */
		char ret[EVENT_LINE], buy[EVENT_LINE];
		int r = status_returns(in, ret, sizeof ret, buy, sizeof buy);
		say(text, size, "warning: '%s' holds %zu row%s of %s that %s no order's status relrec "
		    "knows (%s): read as bought; if any is an order never bought (cancelled, a "
		    "draft), load with --map status=-,event=%s --purchase and the values of the "
		    "orders bought%s%s%s, which skips the others%s", L->status_name, rows,
		    rows == 1 ? "" : "s", n == 1 ? "a value" : "values", n == 1 ? "is" : "are", vals,
		    map_field(L, L->col[RR_COL_STATUS], map, sizeof map), status_has_empty(in) ? " (- names the empty status)" : "",
		    r ? " --return " : "", r ? ret : "", r ? " (a return's own document: read as "
		    "returns)" : "");
	}
	return 1;
}

/* The values of a column taken for its document types that no list places, read as purchases
 * (doc_event_class): a warning that names them, and the --purchase that leaves one out (t41
 * N6: a note, or nothing, for rows relrec itself decided how to read). */
static void doc_kept_warn(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const event_tally *t = &in->events;
	char odd[300] = "", buys[300] = "", back[80] = "";
	size_t o = 0, b = 0, rows = 0;
	if (!in->doc_event || in->purchase)
		return;
	for (int k = 0; k < t->kinds; k++) {
		if (t->purchase[k] != EV_BUY)
			continue;
		const char *v = t->value[k];
		/* a payment's word in the payment column taken back is its own note's */
		int unknown = doc_word(in, v, strlen(v)) == DOC_UNKNOWN &&
			      !(L->paid_field == L->col[RR_COL_EVENT] && paid_word(in, v, strlen(v)));
		if (unknown && o < sizeof odd)
			o += (size_t)snprintf(odd + o, sizeof odd - o, "%s%s %zu", o ? ", " : "", v,
					      t->n[k]);
		rows += unknown ? t->n[k] : 0;
		if (unknown && !back[0] && list_value(v) && strlen(v) < sizeof back)
			snprintf(back, sizeof back, "%s", v);
		if (b < sizeof buys && list_value(v))
			b += (size_t)snprintf(buys + b, sizeof buys - b, "%s%s", b ? "," : "", v);
	}
	if (!rows)
		return;
	char bw[RR_ARG_WORD(300)], rw[RR_ARG_WORD(80)];   /* each one word (quoted_word) */
	/* and the option that reads a credit note of an unknown word, its quantities written
	 * positive (t42 F2: Logo's Satış İade Faturası), as one */
	say(text, size, "warning: %zu row%s of '%s' hold%s a value that is no document type relrec "
	    "knows (%s): read as purchases; if one is no purchase, --purchase %s without it "
	    "skips it%s%s%s", rows, rows == 1 ? "" : "s", L->doc_name, rows == 1 ? "s" : "", odd,
	    b < sizeof buys ? quoted_word(bw, sizeof bw, buys, "VALUES") : "VALUES",
	    back[0] ? "; if it is a credit note or a return, --return " : "",
	    back[0] ? quoted_word(rw, sizeof rw, back, "VALUE") : "", back[0] ? " reads it as one" : "");
}

/* A status or void flag that skips over a third of its rows, named with its values and the
 * --map status=- that keeps them: a flag's name may mean another thing where the file was
 * written (t41 N7: a Colombian 'Cancelada' = Sí marks a paid invoice, cancelar una factura
 * is to settle it, and 3 of 4 invoices were dropped with no word). */
static void status_share_warn(const loader *L, char *text, size_t size)
{
	const event_tally *t = &L->in.statuses;
	char vals[EVENT_LINE] = "";
	size_t o = 0, all = t->other, skipped = t->other - t->other_kept;
	for (int k = 0; k < t->kinds; k++) {
		all += t->n[k];
		if (t->purchase[k] != EV_OTHER)
			continue;
		skipped += t->n[k];
		if (o < sizeof vals)
			o += (size_t)snprintf(vals + o, sizeof vals - o, "%s%s %zu", o ? ", " : "",
					      t->value[k], t->n[k]);
	}
	if (skipped < 2 || skipped * 3 <= all)
		return;
	say(text, size, "warning: '%s' skips %zu of its %zu rows as orders never bought (%s): if "
	    "they are orders bought (a name may mean another thing where the file was written: "
	    "a Latin-American 'factura cancelada' is a paid one), --map status=- keeps them", L->status_name, skipped,
	    all, vals[0] ? vals : "values past the first ones");
}

/* The invoice read is a delivery note's number (sniff_delivery_note: no invoice's own name
 * is there, or it would come first): say that a purchase is then the lines delivered
 * together, which may be a part of an order or several (t82 F21). */
/* The status or event column left unused for its values' other meaning
 * (status_other_settle, event_other_decide): say what it held. */
static void other_meaning_note(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const char *names[MAX_FIELDS];
	char shown[64], vals[EVENT_LINE];
	header_names(L, names);
	if (in->status_other && L->status_col >= 0 && L->status_col < L->ncols) {
		describe_events(&in->statuses, vals, sizeof vals);
		say(text, size, "note: '%s' holds a customer's or a product's state, no order's "
		    "status (%s): not read as the order's status, every row bought",
		    shown_field(names, L->status_col, shown, sizeof shown), vals);
	}
	if (in->event_other && L->event_col >= 0 && L->event_col < L->ncols)
		say(text, size, "note: '%s' holds the marketing or store event a sale was made in "
		    "(the first: '%s'), no event log's type: not read, every row a purchase",
		    shown_field(names, L->event_col, shown, sizeof shown), in->event_other_seen);
}

static void delivery_note(const loader *L, char *text, size_t size)
{
	int c = L->col[RR_COL_INVOICE];
	const char *names[MAX_FIELDS];
	char shown[64];
	if (c < 0 || c >= L->ncols || c >= MAX_FIELDS)
		return;
	header_names(L, names);
	if (sniff_delivery_note(names[c]))
		say(text, size, "note: the invoice read is '%s', a delivery note's number: with no "
		    "invoice's own column, a purchase is the lines delivered together",
		    shown_field(names, c, shown, sizeof shown));
}

/* When one of the invoice and the nest column numbers within the other (each of its values
 * in one of the other's) and two or more of the other's hold several, while it is no line's
 * own number (a tenth of the rows share one): say which one a purchase is counted by, and
 * the map that counts by the other (t59 F10: Sage Intacct's Invoice No beside its Sales
 * Order No, an order invoiced in parts; or one monthly invoice over several orders). */
static void nest_note(const loader *L, char *text, size_t size)
{
	const nest_check *N = &L->nest;
	if (N->col < 0 || !N->ids[2])
		return;
	size_t n[2], several[2] = {0, 0};
	for (int k = 0; k < 2; k++) {
		n[k] = strtab_count(N->ids[k]);
		for (size_t i = 0; i < n[k]; i++)
			several[k] += N->per[k][i] > 1;
	}
	int fine = !several[0] ? 0 : !several[1] ? 1 : -1;   /* the one that lies within */
	if (fine < 0 || several[!fine] < 2 || n[fine] * 10 > N->rows * 9)
		return;
	const char *names[MAX_FIELDS];
	char inv[64], other[64], omap[72];
	header_names(L, names);
	shown_field(names, L->col[RR_COL_INVOICE], inv, sizeof inv);
	shown_field(names, N->col, other, sizeof other);
	map_field(L, N->col, omap, sizeof omap);
	if (fine == 0)
		say(text, size, "note: each of the %zu numbers of '%s', the invoice read, lies within "
		    "one of the %zu of '%s', %zu of which span several (an order invoiced in parts, "
		    "a split shipment): a purchase is counted per '%s'; --map invoice=%s counts "
		    "one per '%s'", n[0], inv, n[1], other, several[1], inv, omap, other);
	else
		say(text, size, "note: each of the %zu numbers of '%s' lies within one of the %zu of "
		    "'%s', the invoice read, %zu of which hold several (one invoice over several "
		    "orders, a consolidated invoice): a purchase is counted per '%s'; --map "
		    "invoice=%s counts one per '%s'", n[1], other, n[0], inv, several[0], inv,
		    omap, other);
}

/* Rows with no customer id (clean's customer rule drops them) while the unused e-mail column
 * names their buyer, one row in twenty or more: say so, with the map that keeps them (t59
 * F11: Horoshop's guests, a third of the rows, had a blank Customer ID and an Email). */
static void mail_note(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	size_t none = 0;
	for (size_t i = 0; L->mail_alone && i < r->n; i++)
		none += r->cust[i] == RR_NONE;
	size_t kept = L->mail_alone < none ? L->mail_alone : none;
	char map[72];
	if (!kept || kept * 20 < r->n)
		return;
	say(text, size, "customers: %zu row%s with no customer id (dropped by clean's customer "
	    "rule), while '%s' holds an e-mail address on %zu of them: if it names the buyer, "
	    "--map user=%s reads every customer by e-mail and keeps them", none,
	    none == 1 ? "" : "s", L->email_hint, kept, L->email_col >= 0 ?
	    map_field(L, L->email_col, map, sizeof map) : "COL");
}

/* Customer and item ids written as decimals (float_digits), read as the whole number. */
static void describe_float_ids(const builder *in, char *text, size_t size)
{
	static const char *const role[2][2] = {{"customers", "13085.0"}, {"items", "10045.0"}};
	for (int k = 0; k < 2; k++)
		if (in->float_ids[k])
			say(text, size, "%s: %zu row%s with the id written as a decimal number (%s, "
			    "as pandas saves an id column with blanks) read as the whole number",
			    role[k][0], in->float_ids[k], in->float_ids[k] == 1 ? "" : "s", role[k][1]);
}

/* The placeholder ids numbered per order (numbered_placeholder) for the placeholders' line,
 * in buf: "; 24 of them a guest's word and a number, written per order: 'GUEST-000123'", or
 * "". buf. */
static const char *numbered_said(const builder *in, char *buf, size_t size)
{
	char shown[PLACEHOLDER_MAX + 8];
	buf[0] = '\0';
	if (in->numbered)
		snprintf(buf, size, "; %zu of them a guest's word and a number, written per order: "
			 "'%s'", in->numbered, sniff_printable(shown, sizeof shown,
			 in->numbered_first, strlen(in->numbered_first), PLACEHOLDER_MAX));
	return buf;
}

/* Rows of a blank quantity read as 1 (blank_qty_one). */
static void describe_blank_qty(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	if (!in->qty_blank_one)
		return;
	say(text, size, "note: %zu row%s with no quantity (the first on line %llu) read as 1: a "
	    "flat-fee line, its price and its line total (or no total) the same", in->qty_blank_one,
	    in->qty_blank_one == 1 ? "" : "s", (unsigned long long)in->qty_blank_line);
}

/* The lines of a report's footer below its total line (footer_line). */
static void describe_footer(const loader *L, char *text, size_t size)
{
	if (L->footer_lines)
		say(text, size, "note: %zu line%s of one field below the report's total line "
		    "(line %llu: '%s') %s its footer (a title, a copyright, who generated it): no "
		    "rows", L->footer_lines, L->footer_lines == 1 ? "" : "s",
		    (unsigned long long)L->report_total_line, L->report_total,
		    L->footer_lines == 1 ? "is" : "are");
}

/* A time column read as seconds after midnight (time_secs_decide). */
static void describe_time_secs(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS];
	char tn[64], hhmm[DATE_TIME_DIGITS];
	const char *v = L->in.time_secs_first;
	if (!L->in.time_secs || L->col[RR_COL_TIME] < 0 ||
	    !date_time_seconds(v, strlen(v), hhmm))
		return;
	header_names(L, names);
	shown_field(names, L->col[RR_COL_TIME], tn, sizeof tn);
	say(text, size, "times: '%s' holds whole numbers up to 86399, some of them no HHMMSS "
	    "('%s'): read as seconds after midnight ('%s' is %s)", tn, v, v, hhmm);
}

/* Dates at midnight read with the time column's time (date_with_time, t72 F12). */
static void describe_midnight(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS];
	char dn[64], tn[64];
	size_t n = L->in.midnight_timed;
	if (!n)
		return;
	header_names(L, names);
	shown_field(names, L->col[RR_COL_DATE], dn, sizeof dn);
	shown_field(names, L->col[RR_COL_TIME], tn, sizeof tn);
	say(text, size, "note: %zu row%s' '%s' at midnight (00:00:00, as a spreadsheet or a "
	    "database writes a date cell) read with '%s''s time of day", n, n == 1 ? "" : "s",
	    dn, tn);
}

/* The customer ids of a placeholder's form (form_count): their rows, each value's (the
 * first FORM_IDS), each form's, and the --keep-id that keeps them (t72 F6). */
static void form_note(const builder *in, char *text, size_t size)
{
	size_t all = 0;
	for (int f = 0; f < PLACEFORM_N; f++)
		all += in->form_rows[f];
	if (!all)
		return;
	char ids[FORM_IDS * (PLACEHOLDER_MAX + 32)] = "", forms[400] = "", keep[FORM_IDS * 72] = "";
	size_t a = 0, b = 0, c = 0;
	for (int k = 0; k < in->form_ids; k++) {
		char shown[PLACEHOLDER_MAX + 8];
		sniff_printable(shown, sizeof shown, in->form_id[k], strlen(in->form_id[k]), 48);
		a += (size_t)snprintf(ids + a, sizeof ids - a, "%s'%s' %zu", k ? ", " : "", shown,
				      in->form_id_rows[k]);
		if (!strchr(in->form_id[k], ',') && c < sizeof keep)   /* as written: one word below */
			c += (size_t)snprintf(keep + c, sizeof keep - c, "%s%s", c ? "," : "",
					      in->form_id[k]);
	}
	char kw[RR_ARG_WORD(FORM_IDS * 72)];
	if (in->form_more && a < sizeof ids)
		snprintf(ids + a, sizeof ids - a, ", others %zu", in->form_more);
	for (int f = 0; f < PLACEFORM_N && b < sizeof forms; f++)
		if (in->form_rows[f])
			b += (size_t)snprintf(forms + b, sizeof forms - b, "%s%s %zu", b ? "; " : "",
					      placeforms[f].name, in->form_rows[f]);
	say(text, size, "customers: %zu row%s whose id is a placeholder's form read as having no "
	    "customer id, a walk-in's (what a till's staff type where the buyer gives none): %s "
	    "(%s); if they are customers' own, --keep-id %s%s reads them as customers", all,
	    all == 1 ? "" : "s", ids, forms, c && c < sizeof keep ?
	    quoted_word(kw, sizeof kw, keep, "ID") : "ID", in->form_more ? " and the others' ids" : "");
}

/* Customer ids masked by stars (t74 F6: a marketplace's j***0, one mask for many buyers):
 * read as no one's, and why, with the --keep-id that reads them as customers anyway; those
 * read as ids (a card's, or in a column --map names, t76 F14) noted. */
static void mask_warning(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	if (in->mask_ids)
		say(text, size, "note: the customer id of %zu row%s is masked by stars (the first '%s'), "
		    "%s: each mask is read as one customer%s", in->mask_ids,
		    in->mask_ids == 1 ? "" : "s", in->mask_id_first, in->mask_cards == in->mask_ids
		    ? "as a till prints a card's number, its first digits and its last four shown, "
		      "which tell its cards apart" : "in the column --map names the customer's",
		    in->mask_cards == in->mask_ids ? "" : ", though buyers whose ids share the "
		    "characters it shows share it (a card number's mask, which tells cards apart, "
		    "has 13 to 19 places, five hidden or more: a phone's hides fewer)");
	if (!in->masked)
		return;
	/* one word a shell and the prompt read back (t76 F13: pasted raw, a quote in the id ran
	 * what followed it); a comma would split --keep-id's list */
	char kw[RR_ARG_WORD(PLACEHOLDER_MAX) + 2];
	if (strchr(in->masked_first, ','))
		snprintf(kw, sizeof kw, "ID");
	else
		quoted_word(kw, sizeof kw, in->masked_first, "ID");
	say(text, size, "warning: %zu of the %zu rows' customer id is masked by stars (the first "
	    "'%s'), as a marketplace shows its buyers to a seller: one mask stands for many buyers "
	    "(those whose logins share its first and last letters), so they are read as having no "
	    "customer id; load the marketplace's export of buyers' own ids for per-customer "
	    "figures (--keep-id %s reads that mask as one customer, merging its buyers)",
	    in->masked, L->rows->n, in->masked_first, kw);
}

/* The summary's lines on customer ids and item codes read otherwise than written: e-mail
 * case, decimal ids, placeholders, no-value codes, matchcode words kept as customers. */
static void describe_ids(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	if (in->email_folded)
		say(text, size, "customers: e-mail addresses compared ignoring case (%zu row%s written "
			"with capitals)", in->email_folded, in->email_folded == 1 ? "" : "s");
	char gr[160] = "";
	if (in->tax_gr)   /* t82 F4: said once, here */
		snprintf(gr, sizeof gr, "; %zu row%s (the first on line %llu) with GR, Greece's ISO "
			 "code, read as its VAT prefix EL", in->tax_gr, in->tax_gr == 1 ? "" : "s",
			 (unsigned long long)in->tax_gr_line);
	if (in->tax_keyed)
		say(text, size, "note: the customer column is the buyers' tax ids, by its name: %zu "
		    "row%s (the first on line %llu: '%s', read '%s') written with blanks, dashes, "
		    "dots or an EU VAT country prefix read as the number alone, so that one buyer's "
		    "spellings are one customer%s", in->tax_keyed, in->tax_keyed == 1 ? "" : "s",
		    (unsigned long long)in->tax_line, in->tax_first[0], in->tax_first[1], gr);
	if (in->phone_keyed)   /* t85 F18 */
		say(text, size, "note: the customer column is the buyers' phone numbers, by its name: "
		    "%zu row%s (the first on line %llu: '%s', read '%s') written with blanks, dashes, "
		    "brackets, a +country code, 00 or a trunk 0 read as the number alone, so that one "
		    "buyer's spellings are one customer", in->phone_keyed,
		    in->phone_keyed == 1 ? "" : "s", (unsigned long long)in->phone_line,
		    in->phone_first[0], in->phone_first[1]);
	if (in->tax_shared)
		say(text, size, "note: %u tax number%s written under two EU VAT countries or more "
		    "(the first: '%s'): the country prefix is part of an EU VAT id, so each "
		    "country's is a customer of its own (the number without a prefix another)",
		    in->tax_shared, in->tax_shared == 1 ? " is" : "s are", in->tax_shared_first);
	describe_float_ids(in, text, size);
	const char *names[MAX_FIELDS];
	char buyer[96] = "", numbered[PLACEHOLDER_MAX + 100], bmap[72];
	char pw[RR_ARG_WORD(PLACEHOLDER_MAX)];
	header_names(L, names);
	/* nobody's on nearly every row, while another column names the buyers: keeping the
	 * placeholder would make one customer of them all (t49 F04) */
	if (in->placeholders && in->placeholders * 10 >= L->rows->n * 9)
		sniff_buyer_hint(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, L->col,
				 L->fill, buyer, sizeof buyer);
	if (buyer[0])
		say(text, size, "warning: %zu of the %zu rows' customer id names nobody ('%s': a "
			"guest checkout, a walk-in sale), read as having no customer id; '%s' names "
			"the buyers (its values come back on other orders): load with --map "
			"user=%s", in->placeholders, L->rows->n, in->placeholder, buyer,
			map_word(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, buyer, bmap,
				 sizeof bmap));
	else if (in->placeholders)   /* with the way to keep one, a customer's own id (t41 N2) */
		say(text, size, "customers: %zu row%s whose id names nobody ('%s': a guest checkout, a "
			"walk-in sale%s) read as having no customer id%s%s%s; if '%s' is a customer's "
			"own, --keep-id %s reads it as one", in->placeholders,
		    in->placeholders == 1 ? "" : "s", in->placeholder,
		    numbered_said(in, numbered, sizeof numbered),
		    L->email_hint[0] ? " (--map user=" : "", L->email_hint[0] ? L->email_col >= 0 ?
		    map_field(L, L->email_col, bmap, sizeof bmap) : "COL" : "",
		    L->email_hint[0] ? " names every customer by e-mail)" : "", in->placeholder,
		    !strchr(in->placeholder, ',') ? quoted_word(pw, sizeof pw, in->placeholder, "ID")
		    : "ID");   /* --keep-id's list: any id but one with its comma */
	form_note(in, text, size);
	mask_warning(L, text, size);
	mail_note(L, text, size);
	nest_note(L, text, size);
	delivery_note(L, text, size);
	other_meaning_note(L, text, size);
	if (in->null_items)
		say(text, size, "items: %zu row%s whose stock code is no value ('%s': a database's "
			"NULL, Google Analytics' placeholder, a till's open-price line) read as having "
			"no stock code",
		    in->null_items, in->null_items == 1 ? "" : "s", in->null_item);
	if (in->word_kept) {   /* each id named, and the filter drops them all (t44 #12) */
		char ids[4 * (PLACEHOLDER_MAX + 4)] = "";
		size_t o = 0;
		int k = 0, many = in->word_kept_ids > 1;
		for (const char *w = in->word_kept_id; *w && o < sizeof ids; k++) {
			size_t l = strcspn(w, " ");
			int last = !w[l] && in->word_kept_ids <= 3;
			o += (size_t)snprintf(ids + o, sizeof ids - o, "%s'%.*s'", !k ? "" : last ?
					      " and " : ", ", (int)l, w);
			w += l + (w[l] == ' ');
		}
		if (in->word_kept_ids > 3 && o < sizeof ids)
			snprintf(ids + o, sizeof ids - o, " and %u more", in->word_kept_ids - 3);
		say(text, size, "customers: %zu row%s under %s, %s relrec reads as no customer "
			"(a guest, a walk-in), read as %s: the other ids are words in capitals too "
			"(matchcodes) and %s walk-in's share of the invoices ('filter "
			"drop-customers %s' leaves %s out)", in->word_kept,
		    in->word_kept == 1 ? "" : "s", ids, many ? "words" : "a word",
		    many ? "customers'" : "a customer's", many ? "none holds a" : "it holds no",
		    in->word_kept_id, many ? "them" : "it");
	}
}
/* t45 N7: a name of --purchase, --return or --void that no row of its column holds (a typo,
 * or a word of another column) changed nothing, unsaid: each option's such names. */
static void lists_unmatched(const builder *in, char *text, size_t size)
{
	static const char *const opt[3] = {"--purchase", "--return", "--void"};
	const char *lists[3] = {in->purchase, in->returns, in->voids};
	int applied[3] = {in->has_event, in->has_event, in->has_status};
	for (int j = 0; j < 3; j++) {
		if (!lists[j] || !applied[j])
			continue;
		uint64_t hit = in->events.named[j] | in->statuses.named[j];
		char miss[240] = "";
		int n = 0;
		const char *l = lists[j];
		for (unsigned i = 0; *l && i < 64; i++) {
			size_t k = strcspn(l, ",");
			size_t o = strlen(miss);
			if (!(hit >> i & 1) && o < sizeof miss - 1)
				snprintf(miss + o, sizeof miss - o, "%s'%.*s'", n++ ? ", " : "",
					 (int)(k < 60 ? k : 60), l);
			l += k + (l[k] == ',');
		}
		if (n)
			say(text, size, "note: %s names %s, which no row's %s holds (a typo, or the "
			    "word of another column?): %s", opt[j], miss, j == 2 ? "status" : "event",
			    n == 1 ? "it changed nothing" : "they changed nothing");
	}
}


/* Name an unused column whose name is a quantity's too (Quantity Shipped beside Quantity
 * Ordered, t49 F19): which one was read, and the --map that reads the other. */
static void qty_other_note(const loader *L, const char *const names[MAX_FIELDS], char *text,
			   size_t size)
{
	char used[MAX_FIELDS], a[64], b[64], map[72];
	int q = L->col[RR_COL_QTY];
	if (q < 0 || !L->hdr || (L->o->reread && L->o->reread->qty_over_flag))
		return;
	columns_used(L, used);
	for (int f = 0; f < L->ncols && f < MAX_FIELDS; f++)
		if (!used[f] && sniff_name_role(names[f]) == RR_COL_QTY) {
			char t[64];
			if (f == L->qf_alt && qty_flag_counts(L))   /* why a 0/1 is the count */
				say(text, size, "note: '%s' holds only 0 and 1, but a count, not "
				    "a delivered flag: '%s' is it times the price on the %zu rows "
				    "where '%s' is more", shown_field(names, q, a, sizeof a),
				    shown_field(names, L->qf_total, t, sizeof t), L->qf_by_count,
				    shown_field(names, f, b, sizeof b));
			say(text, size, "note: the quantity read is '%s'; '%s' names a quantity "
			    "too, not read (ordered, shipped or invoiced are not the same count): "
			    "--map qty=%s reads it instead",
			    shown_field(names, q, a, sizeof a), shown_field(names, f, b, sizeof b),
			    map_field(L, f, map, sizeof map));
			return;
		}
}

/* What the currency's minor digits decided (settle_money), for the prices line, into out
 * ("" when nothing); a price with decimals in a currency of no minor unit warned of. */
static void describe_minor(const loader *L, const char *const names[MAX_FIELDS], char *text,
			   size_t size, char *out, size_t osize)
{
	const builder *in = &L->in;
	char name[64], who[120];
	out[0] = '\0';
	if (!in->minor_code)
		return;
	if (in->minor_col >= 0)
		snprintf(who, sizeof who, "%s ('%s' names it)", in->minor_code,
			 shown_field(names, in->minor_col, name, sizeof name));
	else
		snprintf(who, sizeof who, "%s (the prices' marks name it)", in->minor_code);
	if (in->minor_digits == 0 && in->money_frac.line)
		say(text, size, "warning: %s has no minor unit, yet a price is written with decimals "
		    "(line %llu: '%s'): prices are read as the file's numbers say, not as whole %s",
		    who, (unsigned long long)in->money_frac.line, in->money_frac.text,
		    in->minor_code);
	if (in->minor_shared && in->minor_rows)
		say(text, size, "warning: no price written with '%s' has cents, and each written with "
		    "a point has three digits after it (%zu row%s, the first on line %llu: '%s'): "
		    "read as whole pesos, the point grouping thousands, as Colombia and Chile write "
		    "them; if they are dollars and cents, load with --decimal .", in->minor_code,
		    in->minor_rows, in->minor_rows == 1 ? "" : "s",
		    (unsigned long long)in->minor_first.line, in->minor_first.text);
	if (!in->minor_rows || in->minor_shared)
		return;
	snprintf(out, osize, "%s has %s: %zu row%s whose %s stands before three digits (the first "
		 "on line %llu: '%s') read %s%s%s", who, in->minor_digits ? "three minor digits" :
		 "no minor unit", in->minor_rows, in->minor_rows == 1 ? "" : "s",
		 in->minor_digits ? "point" : "comma or point",
		 (unsigned long long)in->minor_first.line, in->minor_first.text,
		 in->minor_digits ? "with a decimal point" : "as whole ",
		 in->minor_digits ? "" : in->minor_code,
		 in->minor_digits ? "" : ", the mark grouping thousands");
}

/* The note on the kept statuses of an order partly cancelled (void_scan's VOID_PART: Partially
 * Cancelled, Teilweise storniert; t76 F11): bought, each of its lines read as a purchase. */
static void status_partial_note(const event_tally *t, char *text, size_t size)
{
	size_t rows = 0;
	int first = -1;
	for (int k = 0; k < t->kinds; k++) {
		int denied;
		if (t->purchase[k] != 1 || void_scan(t->value[k], strlen(t->value[k]), &denied) ||
		    denied != VOID_PART)
			continue;
		rows += t->n[k];
		first = first < 0 ? k : first;
	}
	if (first >= 0)
		say(text, size, "note: %zu row%s of orders partly cancelled (the first '%s') %s read "
		    "as bought, each line a purchase: a partial cancellation leaves the order's "
		    "other lines sold, and its cancelled ones are told only where a credit note, a "
		    "return or a line's own status writes them", rows, rows == 1 ? "" : "s",
		    t->value[first], rows == 1 ? "is" : "are");
}

/* The status line (what the status column skipped and kept) and its warnings. */
static void describe_status(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	char st[EVENT_LINE + 40];
	if (in->status_flag == FLAG_RETURN)   /* "is a return:", the kept first */
		describe_events(&in->statuses, st, sizeof st);
	else
		describe_statuses(&in->statuses, st, sizeof st);
	if (in->status_flag == FLAG_STAMP)   /* t42 F3; t82 F11: a flag's name, dates in it */
		say(text, size, "status: '%s' is %s date: a line with a date there was %s: %s",
		    L->status_name, in->stamp_return ? "a return's" : "a cancellation's",
		    in->stamp_return ? "returned" : "cancelled, not a purchase", st);
	else if (in->status_flag == FLAG_DONE)   /* t85 F5 */
		say(text, size, "status: '%s' is a delivered flag: a line marked false (no, 0) was "
		    "not delivered (an open order's line), not a purchase: %s", L->status_name,
		    st[0] ? st : "none");
	else if (in->status_flag > 0)
		say(text, size, "status: '%s' is a flag: a line marked true (yes, 1, x) is "
		    "%s: %s%s", L->status_name, in->status_flag == FLAG_RETURN ? "a return" :
		    in->status_flag == FLAG_PRACTICE ? "practice (a training-mode receipt, a "
		    "test order), not a sale" : "voided or cancelled, not a purchase",
		    st[0] ? st : "none", in->status_flag == FLAG_PRACTICE ? " (--map status=- "
		    "reads them as sales)" : "");
	else if (in->myob)   /* t64 F2 */
		say(text, size, "status: '%s' is MYOB's Sale Status: I and C are invoices, sales; "
		    "O, an order not invoiced, and Q, a quote, are not purchases: %s",
		    L->status_name, st[0] ? st : "none");
	else if (in->odoo_pos)   /* t77 F20 */
		say(text, size, "status: '%s' is Odoo's Point of Sale state: New, a draft never "
		    "paid, and orders cancelled are not purchases: %s", L->status_name,
		    st[0] ? st : "none");
	else
		say(text, size, "status: orders cancelled, failed, voided or refused by the buyer "
		    "are not purchases: %s",
		    st[0] ? st : "none");
	status_partial_note(&in->statuses, text, size);
	if (!status_unplaced_warn(L, text, size))
		status_returns_warn(L, text, size);
	status_share_warn(L, text, size);
}

/* The fulfilment column's line, when it skipped rows: the status column (if any) did not
 * say they were cancelled, so the summary names the column that did (t72 F9). */
static void describe_fulfil(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	size_t kept = in->fulfils.kept + in->fulfils.other_kept;
	size_t rows = kept + in->fulfils.other - in->fulfils.other_kept;
	for (int k = 0; k < in->fulfils.kinds; k++)
		rows += in->fulfils.purchase[k] ? 0 : in->fulfils.n[k];
	if (rows == kept)
		return;
	char st[EVENT_LINE + 40];
	describe_statuses(&in->fulfils, st, sizeof st);
	say(text, size, "status: '%s' (a fulfilment's status) says which orders were cancelled, "
	    "not purchases%s: %s", in->fulfil_name, in->has_status ? ", though the status kept "
	    "them" : "", st);
}

/* Prices marked in Iran's rial (IRR) and in its toman (IRT, ten rials: no rate to look up) in
 * one file, and no other money: the toman's read times 10, so every price is in rials (t85
 * F15: a shop's POS wrote rials, its web orders tomans, and the two were summed as one
 * number). Before any row is dropped, so toman_of is of the rows as built. */
static void toman_settle(loader *L)
{
	builder *in = &L->in;
	const char *a = in->currency[0], *b = in->currency[1];
	if (!a || !b || in->currencies_more || L->rows->no_price ||
	    !((!strcmp(a, "IRR") && !strcmp(b, "IRT")) || (!strcmp(a, "IRT") && !strcmp(b, "IRR"))))
		return;
	for (size_t i = 0; i < in->toman_n && i < L->rows->n; i++)
		if (in->toman_of[i]) {
			L->rows->price[i] *= 10;
			in->toman_done++;
		}
}

/* Warn of prices written in two currencies or more (their marks); 1 when they are a
 * changeover's money and the euro, said as that (euro_pair_warn). */
static int prices_currencies_warn(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	if (in->currency[1] && !in->currencies_more &&
	    euro_pair(L, in->currency[0], in->currency[1]) &&
	    euro_pair_warn(L, "the prices' currency", in->currency, in->currency_rows,
			   in->currency_span, text, size))
		return 1;
	if (in->toman_done)   /* t85 F15 */
		say(text, size, "note: prices in rials and tomans (%s in %zu rows, %s in %zu): the "
		    "%zu in tomans read times 10, as rials (a toman is ten rials), so spend is in "
		    "rials", in->currency[0], in->currency_rows[0], in->currency[1],
		    in->currency_rows[1], in->toman_done);
	else if (in->currency[1])
		say(text, size, "warning: prices in more than one currency (%s in %zu rows, %s in "
			"%zu%s): read as numbers, not converted", in->currency[0], in->currency_rows[0],
		    in->currency[1], in->currency_rows[1], in->currencies_more ? ", and others" : "");
	return 0;
}

/* The event column's reading (describe_values' part): the events kept and read as returns,
 * the codes' systems, and the notes of each rule that judged its values. */
static void describe_event_column(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	char ev[EVENT_LINE];
	describe_events(&in->events, ev, sizeof ev);
	int returns = 0;
	for (int k = 0; k < in->events.kinds; k++)
		returns |= in->events.purchase[k] == EV_RETURN;
	char codes[400];
	doc_codes_said(L, codes, sizeof codes);
	say(text, size, "events: %s: %s%s", returns ? "purchases are kept, refunds read as "
	    "returns" : "only purchases are kept", ev[0] ? ev : "none", codes);
	stock_sign(L, text, size);
	ledger_note(L, text, size);
	supplier_note(L, text, size);
	orders_note(L, text, size);
	unknown_docs_warn(L, text, size);
	char credit[220];
	if (credit_skipped(&in->events, credit, sizeof credit))   /* t16: SAP's, skipped */
		say(text, size, "warning: skipped events read like credit notes: if they are "
		    "credit notes or returns, --return %s reads them as returns", credit);
}

/* What the rows held: currencies, capitals in e-mail ids, fractions, events, statuses. */
static void describe_values(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	const char *names[MAX_FIELDS];
	header_names(L, names);
	char minor[400] = "";
	describe_minor(L, names, text, size, minor, sizeof minor);
	if (in->currency[0] && !in->currency[1])
		say(text, size, "prices: written with %s (%zu rows), read as numbers%s%s",
		    in->currency[0], in->currency_rows[0], minor[0] ? "; " : "", minor);
	else if (minor[0])
		say(text, size, "prices: %s", minor);
	/* a changeover said by the currencies the prices or a column name */
	int euro_said = prices_currencies_warn(L, text, size);
	if (in->measured)
		say(text, size, "note: %zu quantit%s written in another measure than the price is per "
		    "('%s' first): read in the price's unit, so the spend is the quantity times the "
		    "price", in->measured, in->measured == 1 ? "y" : "ies", in->measured_first);
	if (in->minor_marks)
		say(text, size, "note: %zu %s%s written in %s, the mark after the number ('%s' "
		    "first): read divided by 100, in the currency's units", in->minor_marks,
		    L->rows->price_from_amount ? "amount" : "price", in->minor_marks == 1 ? "" : "s",
		    in->minor_mark, in->minor_mark_first);
	if (in->yen_rows)
		say(text, size, "note: %zu price%s written with the yen mark China's yuan shares%s "
		    "('%s' first) read as Japanese yen, JPY, of no minor unit (1,200 is 1200): the "
		    "file is %s", in->yen_rows, in->yen_rows == 1 ? "" : "s", in->yen_bs ? ", or "
		    "with \\, the byte Japanese Windows shows as the yen mark," : "", in->yen_first,
		    yen_japanese(L->o->encoding, NULL, 0) ? "read as Japanese" : "Japanese, its "
		    "header says");
	euro_said |= probe_currency_warn(L, names, text, size);
	describe_euro(L, euro_said, text, size);
	qty_other_note(L, names, text, size);
	describe_ids(L, text, size);
	if (in->qty_units)
		say(text, size, "quantities: %zu row%s written with a count word ('%s' on line %llu), "
			"read as the number", in->qty_units, in->qty_units == 1 ? "" : "s",
		    in->qty_unit_text, (unsigned long long)in->qty_unit_line);
	if (in->qty_fractions)
		say(text, size, "quantities: %zu row%s with a fraction (sold by weight or length?), "
			"read as written", in->qty_fractions, in->qty_fractions == 1 ? "" : "s");
	if (L->o->voids && !in->has_status)   /* t42 F1: said, as --purchase's is below */
		say(text, size, "warning: --void is for a status column, and this file has none "
		    "read: not applied, every row is read; --map status=COL names the column that "
		    "holds the statuses it names");
	quote_note(L, text, size);
	if ((L->o->purchase || L->o->returns) && !in->has_event && !in->quotes_off) {
		/* a warning with the --map that makes them apply (t39 #1: --purchase Доставлен
		 * on a status column changed nothing, unremarked) */
		char how[160], map[72];
		if (in->has_status && in->status_flag <= 0)
			snprintf(how, sizeof how, "--map status=-,event=%s reads the status column "
				 "as the events they name",
				 map_field(L, L->col[RR_COL_STATUS], map, sizeof map));
		else
			snprintf(how, sizeof how, "--map event=COL names the column that holds "
				 "the events they name");
		say(text, size, "warning: %s for an event column, and this file has none read: not "
		    "applied, every row is read; %s", L->o->purchase && L->o->returns ?
		    "--purchase and --return are" : L->o->purchase ? "--purchase is" :
		    "--return is", how);
	}
	if (in->has_event)
		describe_event_column(L, text, size);
	stock_side_sales(L, text, size);   /* with no event column */
	lists_unmatched(in, text, size);
	if (in->doc_unknown && L->sign_word[0][0]) {   /* a sign column's strays (t54 F2) */
		say(text, size, "warning: %zu row%s of %s (the first on line %llu: '%s') %s neither "
		    "%s nor %s, no line's sign: skipped, neither a sale nor a credit note",
		    in->doc_unknown, in->doc_unknown == 1 ? "" : "s", L->doc_name,
		    (unsigned long long)in->doc_unknown_line, in->doc_unknown_value,
		    in->doc_unknown == 1 ? "holds" : "hold", L->sign_word[0], L->sign_word[1]);
	} else if (in->doc_unknown) {
		/* one that reads like a credit note: the option that nets it, not the one that
		 * would count it as a sale */
		const char *v = in->doc_unknown_value;
		int ret = doc_returnish(v, strlen(v)) && !strpbrk(v, ",'");
		say(text, size, "note: %zu row%s of %s (the first on line %llu: '%s') %s no known "
		    "document type: skipped, as events that are not purchases are (%s%s%s%s)",
		    in->doc_unknown, in->doc_unknown == 1 ? "" : "s", L->doc_name,
		    (unsigned long long)in->doc_unknown_line, v,
		    in->doc_unknown == 1 ? "holds" : "hold", ret ? "if it is a credit note or a "
		    "return, --return '" : "--purchase EVENT,... names the purchase events",
		    ret ? v : "", ret ? "' reads it as one" : "", ret && in->doc_unknown > 1 ?
		    "; other words may be among them" : "");
	}
	doc_kept_warn(L, text, size);
	if (L->paid_note[0])
		say(text, size, "%s", L->paid_note);
	if (in->tender_signs && L->col[RR_COL_EVENT] >= 0) {
		char en[64];
		say(text, size, "note: '%s' holds how each sale was paid, payment words beside "
		    "bare Credit and Debit, which are the card's type there: all read as purchases, "
		    "no return", shown_field(names, L->col[RR_COL_EVENT], en, sizeof en));
	}
	if (L->doc_note[0])
		say(text, size, "%s", L->doc_note);
	probe_sign_warn(L, names, text, size);
	flags_warn(L, text, size);
	status_ids_warn(L, text, size);
	returns_warn(L, text, size);
	neg_money_warn(L, text, size);
	if (in->has_status)
		describe_status(L, text, size);
	describe_fulfil(L, text, size);
}

/* Rows rejected for their numbers, unreadable ("5 pcs", "x5", nan) and out of range (beyond
 * 1e9) counted together, on ten rows and a tenth of the file or more: the examples under the
 * summary show a few, this says how much of the file is gone, with the first of each reason
 * (t54 F8: 6 and 6 of 30, each under the bar, gave no warning). Unreadable ones of grouped
 * thousands are describe_grouped's. */
static void numbers_warn(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	size_t bad_n = in->grouped_rows ? 0 : L->rows->rejected[RR_REJ_NUMBER];
	size_t range_n = L->rows->rejected[RR_REJ_RANGE], all = bad_n + range_n;
	char range[200] = "";
	if (all < 10 || all * 10 < L->rows->lines)
		return;
	if (range_n)
		snprintf(range, sizeof range, "%s%zu for a number out of range, beyond 1e9 (the first "
			 "on line %llu: %s)", bad_n ? "; " : "", range_n,
			 (unsigned long long)in->range_line, in->range_number);
	if (!range_n)   /* one reason: said as it ever was */
		say(text, size, "warning: %zu row%s of %zu rejected for a number relrec cannot "
		    "read (the first on line %llu: %s%s); what is left is not the whole file", bad_n,
		    bad_n == 1 ? "" : "s", L->rows->lines, (unsigned long long)in->bad_number_line,
		    in->bad_number, in->bad_word);
	else if (!bad_n)
		say(text, size, "warning: %zu row%s of %zu rejected for their numbers: %s; what is "
		    "left is not the whole file", all, all == 1 ? "" : "s", L->rows->lines, range);
	else
		say(text, size, "warning: %zu rows of %zu rejected for their numbers: %zu for a "
		    "number relrec cannot read (the first on line %llu: %s%s)%s; what is left is not "
		    "the whole file", all, L->rows->lines, bad_n,
		    (unsigned long long)in->bad_number_line, in->bad_number, in->bad_word, range);
}

/* The note on fields read plain (plain_field): marks no one sees, other scripts' digits, named
 * (t80 F36: Thai's were called Arabic-Indic, Persian or full-width), Excel's wrappers. */
static void describe_plain(const builder *in, char *text, size_t size)
{
	char scripts[160];
	rows_digit_scripts(in->digit_blocks, scripts, sizeof scripts);
	if (in->plain_rows)
		say(text, size, "note: %zu row%s (the first on line %llu: '%s') with marks no one "
		    "sees (zero-width, soft hyphens, direction marks, variation selectors, tags, an id's "
		    "accents with no letter)%s%s%s, or Excel's =\"...\" in an id, number or date: "
		    "read without the marks, with ASCII digits", in->plain_rows,
		    in->plain_rows == 1 ? "" : "s", (unsigned long long)in->plain_first.line,
		    in->plain_first.text, scripts[0] ? ", " : "", scripts, scripts[0] ? " digits" : "");
}

/* The summary's lines on numbers such as "1,234": read as thousands (the decimal mark a
 * point), or rejected, with the option that reads them only when it does not misread the
 * rest of the file. */
static void describe_grouped(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	size_t n = in->grouped_rows;
	unsigned long long line = in->grouped.line;
	const char *s = n == 1 ? "" : "s";
	if (in->point3_n && !in->point_other_n && !L->o->decimal && !in->comma.line)
		say(text, size, "warning: every number written with a point has three digits after it "
		    "(%zu, the first on line %llu: '%s'), read as a decimal point; if the point groups "
		    "thousands, load with --decimal ,", in->point3_n,
		    (unsigned long long)in->point3.line, in->point3.text);
	else if (in->price_point3_n && !in->price_point_other_n && !L->o->decimal &&
		 !in->comma.line && in->qty_point.line && in->price_measure)
		/* a price per litre or gallon to a tenth of a cent: fuel's $1.889 (t89 F6) */
		say(text, size, "note: every price written with a point has three digits after it "
		    "(%zu), read as a decimal point, a price per %s to a tenth of a cent: a "
		    "quantity's point is one (line %llu: '%s')", in->price_point3_n,
		    in->price_measure->word, (unsigned long long)in->qty_point.line,
		    in->qty_point.text);
	else if (in->price_point3_n && !in->price_point_other_n && !L->o->decimal &&
		 !in->comma.line && in->qty_point.line) {
		/* the way out named, as a per-column mark would be (t80 F1: no currency mark) */
		char cmd[1600];
		const char *load = field_sub_cmd(cmd, sizeof cmd, in->tool_sep, in->tool_lines,
						 in->tool_skip, in->tool_col[1], "[.]", "", in->path);
		say(text, size, "warning: every price written with a point has three digits after it "
		    "(%zu), read as a decimal point, while a quantity's point is one (line %llu: "
		    "'%s'); if the prices' point groups thousands, their figures are 1000 times too "
		    "small: take the points out of the price column before loading%s%s (--decimal , "
		    "would reject the quantities with a fraction)", in->price_point3_n,
		    (unsigned long long)in->qty_point.line, in->qty_point.text,
		    load ? ": load " : "", load ? load : "");
	}
	if (in->qty_whole_rows)
		say(text, size, "note: %zu row%s with a quantity whose %s groups thousands (such as "
		    "'%s', line %llu), read as a whole number (the decimal mark is a %s)",
		    in->qty_whole_rows, in->qty_whole_rows == 1 ? "" : "s",
		    in->comma.line ? "point" : "comma", in->qty_whole.text,
		    (unsigned long long)in->qty_whole.line, in->comma.line ? "comma" : "point");
	if (in->thousands_rows)
		say(text, size, "note: %zu row%s (the first on line %llu: '%s') with a number whose "
		    "commas group thousands, read as a whole number (the decimal mark is a point)",
		    in->thousands_rows, in->thousands_rows == 1 ? "" : "s",
		    (unsigned long long)in->thousands.line, in->thousands.text);
	if (in->comma_held_read)   /* rows after a proof alone are read as the file says */
		say(text, size, "warning: %zu row%s with a number such as '%s' (the first on line %llu) "
		    "read with a decimal comma, as line %llu's '%s' shows the file's mark, the rows "
		    "before it too; if the commas group thousands, load with --decimal . (and line "
		    "%llu is rejected)", in->comma_read_rows, in->comma_read_rows == 1 ? "" : "s",
		    in->comma_read.text, (unsigned long long)in->comma_read.line,
		    (unsigned long long)in->comma.line, in->comma.text,
		    (unsigned long long)in->comma.line);
	if (!n)
		return;
	if (in->comma.line || in->dec == ',')
		say(text, size, "warning: %zu row%s rejected for a number such as '%s' (line %llu): a "
		    "comma before three digits groups thousands or is a decimal comma; if it is a "
		    "decimal comma, load with --decimal ,", n, s, in->grouped.text, line);
	else if (in->point.line || in->dec == '.')
		say(text, size, "warning: %zu row%s rejected for a number such as '%s' (line %llu): a "
		    "comma before three digits that groups no thousands, in a file whose decimal mark "
		    "is a point", n, s, in->grouped.text, line);
	else
		say(text, size, "warning: %zu row%s rejected for a number such as '%s' (line %llu): a "
		    "comma before three digits groups thousands or is a decimal comma, and no other "
		    "number tells which: %s", n, s, in->grouped.text, line, in->grouped.readings);
}

/* Ids of table t ("customer", "item" or "invoice", what; col, the column as --map and
 * --strip-zeros name it, NULL for invoices) that are another id with leading zeros ("00123"
 * beside "123"): a spreadsheet or an ERP's conversion (SAP's ALPHA) wrote the id with its zeros
 * on some rows and without on others, so one customer may be two here (effect: what that does
 * to the figures, after). Said, not merged: "007" and "7" may be two; --strip-zeros reads
 * them as one. For items (r not NULL) the two spellings' descriptions tell which: a pair whose
 * descriptions differ ("Wood screws 7mm" beside "Paint RAL 7") is likely two products, and
 * the warning says so instead of blaming a spreadsheet (t63 F27). */
static void describe_zeros(const rr_strtab *t, const rr_rows *r, const char *what,
			   const char *col, const char *effect, char *text, size_t size)
{
	size_t n = 0, differ = 0;
	uint32_t first = RR_NONE, other = RR_NONE, dfirst = RR_NONE, dother = RR_NONE;
	for (uint32_t id = 0; id < strtab_count(t); id++) {
		const char *s = strtab_get(t, id);
		size_t len = strtab_len(t, id), z = id_zeros(s, len);
		uint32_t o = z && s[z] != '0' ? strtab_find(t, s + z, len - z) : RR_NONE;
		if (o == RR_NONE)
			continue;
		if (!n++) {
			first = id;
			other = o;
		}
		const char *da = r ? rows_code_desc(r, id) : "", *db = r ? rows_code_desc(r, o) : "";
		if (da[0] && db[0] && strcmp(da, db) != 0 && !differ++) {
			dfirst = id;
			dother = o;
		}
	}
	if (!n)
		return;
	char a[48], b[48], da[56] = "", db[56] = "";
	uint32_t ea = differ == n ? dfirst : first, eb = differ == n ? dother : other;
	sniff_printable(a, sizeof a, strtab_get(t, ea), strtab_len(t, ea), 24);
	sniff_printable(b, sizeof b, strtab_get(t, eb), strtab_len(t, eb), 24);
	if (differ) {
		const char *x = rows_code_desc(r, dfirst), *y = rows_code_desc(r, dother);
		sniff_printable(da, sizeof da, x, strlen(x), 32);
		sniff_printable(db, sizeof db, y, strlen(y), 32);
	}
	if (differ == n) {   /* every pair two products by their names: no spreadsheet's damage */
		say(text, size, "warning: %zu %s id%s %s another with leading zeros ('%s' beside "
		    "'%s'), but their descriptions differ ('%s' / '%s'): likely two products each, "
		    "read apart as written; --strip-zeros %s would merge them", n, what,
		    n == 1 ? "" : "s", n == 1 ? "is" : "are", a, b, da, db, col ? col : what);
		return;
	}
	say(text, size, "warning: %zu %s id%s %s another with leading zeros ('%s' beside '%s'): "
	    "a spreadsheet or an export dropped the zeros on some rows, so one %s may be two "
	    "here%s%s%s%s%s%s", n, what, n == 1 ? "" : "s", n == 1 ? "is" : "are", a, b,
	    what, effect, col ? "; if they are one, load with --strip-zeros " : "",
	    col ? col : "", col ? ", which reads every all-digit " : "", col ? what : "",
	    col ? " id without its leading zeros" : "");
	if (differ)
		say(text, size, "warning: %zu of those %s pairs carry two descriptions ('%s' / "
		    "'%s'): likely two products, which --strip-zeros would merge too", differ, what,
		    da, db);
}

/* What --strip-zeros did to column k (what: "customer" or "item"): how many ids written
 * with leading zeros became one with another spelling of theirs ("0000000101" and "101"). */
static void describe_unpadded(const builder *in, int k, const char *what, char *text,
			      size_t size)
{
	const rr_strtab *t = in->spelled[k];
	uint32_t n = t ? strtab_count(t) : 0, padded = 0, ex = RR_NONE;
	rr_strtab *bare = n ? strtab_new() : NULL;
	uint32_t *spellings = n ? calloc(n, sizeof *spellings) : NULL;
	if (!(in->strip >> k & 1) || (n && (!bare || !spellings))) {
		strtab_free(bare);
		free(spellings);
		return;
	}
	for (uint32_t id = 0; id < n; id++) {
		const char *s = strtab_get(t, id);
		size_t len = strtab_len(t, id), z = id_zeros(s, len);
		uint32_t b = strtab_intern(bare, s + z, len - z);
		padded += z > 0;
		if (b != RR_NONE)
			spellings[b]++;
	}
	for (uint32_t id = 0; id < n && ex == RR_NONE; id++) {
		const char *s = strtab_get(t, id);
		size_t len = strtab_len(t, id), z = id_zeros(s, len);
		uint32_t b = z ? strtab_find(bare, s + z, len - z) : RR_NONE;
		if (b != RR_NONE && spellings[b] > 1)
			ex = id;
	}
	uint32_t merged = n - strtab_count(bare);
	char a[48];
	if (ex != RR_NONE) {
		const char *s = strtab_get(t, ex);
		size_t len = strtab_len(t, ex), z = id_zeros(s, len);
		say(text, size, "ids: all-digit %s ids read without their leading zeros "
		    "(--strip-zeros %s): %u merged with another spelling of theirs ('%s' is now "
		    "'%.*s')", what, ingest_zero_columns[k], merged,
		    sniff_printable(a, sizeof a, s, len, 24), (int)(len - z), s + z);
	} else {
		say(text, size, "ids: all-digit %s ids read without their leading zeros "
		    "(--strip-zeros %s): %u written with zeros, none merged with another", what,
		    ingest_zero_columns[k], padded);
	}
	strtab_free(bare);
	free(spellings);
}

/* What a spreadsheet's damage to a customer [0], item [1] or invoice [2] column does: its id
 * as one row's, its ids, what becomes one, and what that does to the figures. */
static const char *const id_damage[SCI_FIELDS][4] = {
	{"a customer id", "customer ids", "customers", ""},
	{"an item id", "item ids", "items", ""},
	{"an invoice number", "invoice numbers", "orders",
	 " (too few invoices: each customer's orders and each pair's order count too low; "
	 "--map invoice=- reads each customer's lines of one time as one order instead)"},
};

/* Is s[0..n) a number of 16 digits or more whose digits past the 15th are zeros, as a
 * spreadsheet writes a long id it took for a number (Excel keeps 15 significant digits:
 * 6001234567890123 becomes 6001234567890120)? Its zeros past the 15th, or 0. */
static size_t cut_number(const char *s, size_t n)
{
	if (n < 16 || s[0] < '1' || s[0] > '9')
		return 0;
	for (size_t k = 1; k < n; k++)
		if (!is_digit(s[k]) || (k >= 15 && s[k] != '0'))
			return 0;
	return n - 15;
}

/* Ids of table t (kind: a row of id_damage) of 16 digits or more that all end in zeros past
 * their 15th digit (cut_number), zeros enough that chance would make them once in a thousand
 * (three ids of 16 digits), where the shorter numbers do not all end in 0 (a column whose ids
 * all do has its own reason): a spreadsheet kept their first 15 digits, so ids that differ
 * only past them became one (t56 F14: 16-digit loyalty cards, 5 customers read as 4). */
static void describe_cut(const rr_strtab *t, int kind, char *text, size_t size)
{
	size_t longs = 0, cut = 0, zeros = 0, shorts = 0, short_zero = 0;
	uint32_t first = RR_NONE;
	for (uint32_t id = 0; t && id < strtab_count(t); id++) {
		const char *s = strtab_get(t, id);
		size_t len = strtab_len(t, id), k = 0, z = cut_number(s, len);
		while (k < len && is_digit(s[k]))
			k++;
		if (k != len || len < 2 || s[0] == '0')
			continue;
		if (len < 16) {
			shorts++;
			short_zero += s[len - 1] == '0';
			continue;
		}
		longs++;
		cut += z > 0;
		zeros += z;
		first = z && first == RR_NONE ? id : first;
	}
	if (!cut || cut != longs || zeros < 3 || (shorts >= 3 && short_zero == shorts))
		return;
	char a[48];
	sniff_printable(a, sizeof a, strtab_get(t, first), strtab_len(t, first), 24);
	say(text, size, "warning: %zu %s of 16 digits or more (such as '%s') all end in zeros past "
	    "their 15th digit, as a spreadsheet writes a long id it took for a number (it keeps 15 "
	    "significant digits): %s whose ids differ only past it are one here%s; save the column "
	    "as text and export again", cut, id_damage[kind][1], a, id_damage[kind][2],
	    id_damage[kind][3]);
}

/* Is s[0..n) a day and month as a spreadsheet shows a code it took for a date: "2-Jan" (from
 * 1-2 or 2-1), "Jan-13" (from 1-13)? */
static int excel_date_code(const char *s, size_t n)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	size_t d = 0, m;
	if (n < 5 || n > 6)
		return 0;
	if (is_digit(s[0])) {   /* D-Mon, DD-Mon */
		d = is_digit(s[1]) ? 2 : 1;
		m = d + 1;
		if (s[d] != '-' || n != d + 4 || (d == 2 && (s[0] > '3' || (s[0] == '3' && s[1] > '1'))))
			return 0;
	} else {                /* Mon-YY */
		m = 0;
		if (n != 6 || s[3] != '-' || !is_digit(s[4]) || !is_digit(s[5]))
			return 0;
	}
	char mon[4];
	for (int k = 0; k < 3; k++)
		mon[k] = (char)(s[m + k] >= 'A' && s[m + k] <= 'Z' ? s[m + k] - 'A' + 'a' : s[m + k]);
	mon[3] = '\0';
	const char *hit = strstr(months, mon);
	return hit && (hit - months) % 3 == 0 && (s[0] != '0' || d == 2);
}

/* Is s[0..n) of a month's Mon-YY shape, three letters, a dash and two digits (AUG-20, KRO-24)? */
static int mon_yy_shape(const char *s, size_t n)
{
	return n == 6 && ascii_letter(s[0]) && ascii_letter(s[1]) && ascii_letter(s[2]) &&
	       s[3] == '-' && is_digit(s[4]) && is_digit(s[5]);
}

/* Item codes a spreadsheet turned into dates ("2-Jan"): what they were cannot be told (1-2 or
 * 2-1), and two codes may have become one. A Mon-YY one among twice as many codes of its
 * shape that are no month is a code of that column's kind (t89 F9: a drinks wholesaler's
 * AUG-20 beside KRO-24, BIT-20: Augustiner's crate), not a date. */
static void describe_date_codes(const rr_strtab *t, char *text, size_t size)
{
	size_t n = 0, mon = 0, shaped = 0;
	uint32_t first = RR_NONE, first_day = RR_NONE;
	for (uint32_t id = 0; id < strtab_count(t); id++) {
		const char *c = strtab_get(t, id);
		size_t len = strtab_len(t, id);
		int hit = excel_date_code(c, len), shape = mon_yy_shape(c, len);
		shaped += shape && !hit;
		mon += hit && shape;
		if (hit && !n++)
			first = id;
		if (hit && !shape && first_day == RR_NONE)
			first_day = id;
	}
	if (mon && shaped >= 2 * mon) {
		n -= mon;
		first = first_day;
	}
	if (n) {
		char a[16];
		sniff_printable(a, sizeof a, strtab_get(t, first), strtab_len(t, first), 8);
		say(text, size, "warning: %zu item code%s read%s as a spreadsheet shows a date ('%s'): "
		    "codes such as 1-2 that it took for dates, which cannot be told back (1-2 or 2-1?); "
		    "save the column as text and export again", n, n == 1 ? "" : "s",
		    n == 1 ? "s" : "", a);
	}
}

/* Is the header's column f named name, as written? */
static int header_named(const loader *L, int f, const char *name)
{
	return L->hdr && f >= 0 && f < L->ncols && L->hlen[f] == strlen(name) &&
	       memcmp(L->hdr + L->hoff[f], name, L->hlen[f]) == 0;
}

/* The customer and the invoice read from one column, as a session log is (YOOCHOOSE): one
 * basket per customer by construction, so the per-order warning cannot tell. Said when the
 * header also names a customer column left unused (t22: --map user=InvoiceNo,invoice=InvoiceNo
 * beside CustomerID), for then no one comes back and the person's column is there. */
static void describe_one_column(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS];
	char user[96], both[96], umap[72], bmap[72];
	int f = L->col[RR_COL_USER];
	header_names(L, names);
	if (f < 0 || f >= L->ncols || f >= MAX_FIELDS ||
	    !sniff_user_hint(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, L->col, user,
			     sizeof user))
		return;
	sniff_printable(both, sizeof both, names[f], strlen(names[f]), 40);
	say(text, size, "warning: the customer and the invoice are one column ('%s'): every "
	    "customer has one basket, so no customer comes back and there is no history to "
	    "recommend from; '%s' names the customers and is not used: load with --map "
	    "user=%s,invoice=%s", both, user,
	    map_word(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS, user, umap, sizeof umap),
	    map_field(L, f, bmap, sizeof bmap));
}

/* The customer's column empty on every line read with the header and no row with a
 * customer: the cleaning drops every row, which alone would blame the rules; the columns
 * that hold values and may name the customer are said (t46 F4: Prom.ua's Email, empty for
 * phone orders, beside its Телефон and ПІБ покупця). */
static void describe_empty_user(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	const char *names[MAX_FIELDS];
	char shown[64], cand[320];
	int f = L->col[RR_COL_USER];
	if (f < 0 || f >= MAX_FIELDS || !r->n || !L->fill || !L->fill->rows ||
	    L->fill->filled[f])
		return;
	for (size_t i = 0; i < r->n; i++)
		if (r->cust[i] != RR_NONE)
			return;
	header_names(L, names);
	int n = sniff_customer_candidates(names, L->ncols < MAX_FIELDS ? L->ncols : MAX_FIELDS,
					  L->col, L->fill, cand, sizeof cand);
	shown_field(names, f, shown, sizeof shown);
	say(text, size, "warning: '%s', read as the customer, is empty on every line, so the "
	    "cleaning drops every row as no customer's%s%s%s", shown,
	    n ? "; these columns hold values and may name the customer: " : "; no other column "
		"names buyers by its name or values: the file most likely has none (a report of "
		"sales by item and day, as App Store Connect's and Google Play's are), and "
		"recommendations need a customer id on every line: load an export of the orders "
		"with their buyers, or --map user=COL if a column does name them",
	    n ? cand : "", n ? ": load with --map user=COL, the one that names the buyer" : "");
}

/* Baskets and customers the grouping got wrong, as the rows show it (rowshape.h): invoices
 * made from timestamps that split each visit line by line (t19: YOOCHOOSE's clicks, each
 * its own basket, no pair bought together), and a customer id per order (t19: Olist's
 * orders and items without its customers table, every order a new customer). 0 or -1. */
static int describe_shape(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	rr_split_shape sp;
	if (r->no_invoice) {
		if (rowshape_split(r, &sp) != 0)
			return -1;
		if (rowshape_split_suspect(&sp))
			say(text, size, "warning: %zu of the %zu invoices have one line, and %zu of those "
			    "share their customer and day with another: if a visit's lines carry their "
			    "own times (as a click log's do), each line became its own basket and no two "
			    "items are bought together; then, if a column names the visit, load with "
			    "--map invoice=COL (a session that is the shopper too may be both: --map "
			    "user=COL,invoice=COL). Customers who come back the same day hours apart "
			    "are no such case", sp.single, sp.invoices, sp.same_day);
	}
	rr_order_shape o;
	if (L->col[RR_COL_USER] == L->col[RR_COL_INVOICE]) {   /* a session log's: one each */
		describe_one_column(L, text, size);
		return 0;
	}
	if (rowshape_orders(r, &o) != 0)
		return -1;
	/* a map that names the customer: an order id given for it, as a marketplace's report
	 * without buyers tempts (t39 #18: Wildberries' Srid); there a few second invoices are
	 * the report's returns on other days, so one in twenty is enough (t41: 14 of 287) */
	int mapped = own_map(L) && sniff_map_gives(own_map(L), RR_COL_USER);
	if (!rowshape_per_order_ids(&o) &&
	    !(mapped && o.customers >= 100 && o.days >= 30 && o.repeat * 20 <= o.customers))
		return 0;
	/* Olist's orders table names its date so; its customer_unique_id is in another file */
	int olist = header_named(L, L->col[RR_COL_USER], "customer_id") &&
		    header_named(L, L->col[RR_COL_DATE], "order_purchase_timestamp");
	say(text, size, "warning: %zu of the %zu customers have one invoice each: the customer id "
	    "is most likely written per order (%s), so no customer comes back "
	    "and there is no history to recommend from; %s", o.customers - o.repeat, o.customers,
	    mapped ? "a guest checkout's, or an order's own id mapped as the customer: a "
		     "marketplace's report that names no buyer has none to recommend to"
		   : "a guest checkout's",
	    olist ? "this is Olist's customer_id: join olist_customers_dataset.csv on customer_id "
		    "and load its customer_unique_id, the person's"
		  : "load a column that names the person (an e-mail, an account)");
	return 0;
}

/* Warn of a price column whose values grow with the quantity, item by item: a line's total,
 * multiplied by the quantity again (t49 F13), with the --map that reads it as the amount. */
static int describe_line_totals(const loader *L, char *text, size_t size)
{
	rr_total_shape t;
	int c = L->col[RR_COL_PRICE];
	if (c < 0 || L->col[RR_COL_QTY] < 0 || L->rows->no_price)
		return 0;
	if (rowshape_line_totals(L->rows, &t) != 0)
		return -1;
	if (!rowshape_line_totals_suspect(&t))
		return 0;
	const char *names[MAX_FIELDS];
	char name[64], map[72];
	header_names(L, names);
	shown_field(names, c, name, sizeof name);
	say(text, size, "warning: '%s' looks like a line's total, not a unit price: on %zu rows "
	    "an item's price divided by its quantity is the item's price on a row of another "
	    "quantity (the price itself is the same on %zu), so spend counts the quantity twice; "
	    "if it is the line's total, load with --map amount=%s", name, t.grows, t.same,
	    map_field(L, c, map, sizeof map));
	return 0;
}

/* Does every kept row hold the same id in ids[0..n) (an empty customer, RR_NONE, aside)? */
static int one_id(const uint32_t *ids, size_t n)
{
	uint32_t first = RR_NONE;
	for (size_t i = 0; i < n; i++)
		if (ids[i] != RR_NONE && first == RR_NONE)
			first = ids[i];
		else if (ids[i] != RR_NONE && ids[i] != first)
			return 0;
	return first != RR_NONE;
}

/* Whether the one value v of a customer [0] or item [1] column (kind), on rows rows of col,
 * is an id a spreadsheet rounded: in scientific notation (the warning of note_sci_ids says
 * so) or cut to 15 significant digits (said here). Either is the cause of the one value, not
 * a payments export or a merchant's login (t56 F19, F14). */
static int one_value_rounded(const char *v, int kind, const char *col, size_t rows, char *text,
			     size_t size)
{
	size_t n = strlen(v);
	if (sci_id(v, n))
		return 1;
	if (!cut_number(v, n))
		return 0;
	char value[64];
	sniff_printable(value, sizeof value, v, n, 40);
	say(text, size, "warning: every row's %s is '%s' ('%s' holds nothing else on %zu rows), a "
	    "number of %zu digits that ends in zeros past its 15th, as a spreadsheet writes a long "
	    "id it took for a number (it keeps 15 significant digits): most likely every %s's id "
	    "was cut so and they are one here; save the column as text and export again",
	    kind ? "item" : "customer", value, col, rows, n, kind ? "item" : "customer");
	return 1;
}

/* A customer or an item column of one value over many rows: the file is no purchases by
 * customers of items, whatever it read as (t35 F10: Stripe's payments export, every line's
 * Description 'Payment for Invoice', loaded as a one-item catalogue; SumUp's merchant
 * login, on every row, became the only customer). Past a small file's few rows only. */
#define ONE_VALUE_ROWS 20
static void describe_one_value(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	const char *names[MAX_FIELDS];
	char name[64], value[64];
	if (r->n < ONE_VALUE_ROWS)
		return;
	header_names(L, names);
	uint32_t invoices = r->no_invoice ? 0 : strtab_count(r->invoices);
	if (L->col[RR_COL_ITEM] >= 0 && one_id(r->item, r->n) &&
	    !one_value_rounded(strtab_get(r->codes, r->item[0]), 1,
			       shown_field(names, L->col[RR_COL_ITEM], name, sizeof name), r->n,
			       text, size)) {
		const char *v = strtab_get(r->codes, r->item[0]);
		sniff_printable(value, sizeof value, v, strlen(v), 40);
		say(text, size, "warning: every row's item is '%s' ('%s' holds nothing else on %zu "
		    "rows): the file names no products, as a payments or an orders export does, and "
		    "there is nothing to recommend; load the export of its line items, one row per "
		    "product bought (Stripe: Invoice line items)", value,
		    shown_field(names, L->col[RR_COL_ITEM], name, sizeof name), r->n);
	}
	if (L->col[RR_COL_USER] >= 0 && (r->no_invoice || invoices >= ONE_VALUE_ROWS / 2) &&
	    one_id(r->cust, r->n)) {
		uint32_t c = RR_NONE;
		for (size_t i = 0; i < r->n && c == RR_NONE; i++)
			c = r->cust[i];
		const char *v = strtab_get(r->customers, c);
		if (one_value_rounded(v, 0, shown_field(names, L->col[RR_COL_USER], name,
							sizeof name), r->n, text, size))
			return;
		sniff_printable(value, sizeof value, v, strlen(v), 40);
		/* relrec took the customer from a report's group lines: the report is one
		 * customer's (filtered so), not a login's (t38 #15) */
		int from_groups = L->grouped;
		for (int k = 0; k < L->in.labels.n; k++)
			from_groups |= L->in.labels.on[k] && L->in.label_field[k] == F_USER;
		if (from_groups) {
			say(text, size, "note: the report holds one customer alone, '%s' (its one "
			    "group): recommendations compare customers, so load the report of all of "
			    "them", value);
			return;
		}
		say(text, size, "warning: every row's customer is '%s' ('%s' holds nothing else on %zu "
		    "rows%s): most likely the account the file was exported from (a merchant's "
		    "login), not the buyers'; recommendations are per customer: load a column that "
		    "names each buyer with --map user=COL, if the file has one", value,
		    shown_field(names, L->col[RR_COL_USER], name, sizeof name), r->n,
		    invoices ? ", of many invoices" : "");
	}
}

/* Each of the nc customers' invoices (a malloc'd array), counted as they change along the
 * rows, a customer's each once when its lines are together; their sum into *all. NULL with
 * err_set when memory runs out. */
static uint32_t *invoices_by_customer(const loader *L, uint32_t nc, size_t *all)
{
	const rr_rows *r = L->rows;
	uint32_t *count = calloc(nc ? nc : 1, sizeof *count);
	uint32_t *last = malloc((nc ? nc : 1) * sizeof *last);
	if (!count || !last) {
		free(count);
		free(last);
		err_set("out of memory loading '%s'", L->path);
		return NULL;
	}
	memset(last, 0xFF, nc * sizeof *last);
	*all = 0;
	for (size_t i = 0; i < r->n; i++) {
		uint32_t u = r->cust[i];
		if (u != RR_NONE && last[u] != r->invoice[i]) {
			last[u] = r->invoice[i];
			count[u]++;
			(*all)++;
		}
	}
	free(last);
	return count;
}

/* v as the words of a command line that cmd_parse reads back as that one value, as a journal
 * writes it (cmd_value_words, a layer above ingest's): a plain word in the single quotes the
 * hint always had, any other in double quotes through rr_dq_put (the one writer of that
 * quoting), after "-- " when it starts with "--" (an option's look). 0, or -1 when it does
 * not fit in size. */
static int drop_words(const char *v, char *out, size_t size)
{
	int plain = *v != '\0';
	size_t len;
	for (const char *c = v; *c && plain; c += len) {   /* written as it is, no blank or quote */
		char e[8];
		size_t k = rr_dq_put(c, strlen(c), e, &len);
		plain = k == len && memcmp(e, c, k) == 0 && (unsigned char)*c > 0x20 &&
			!strchr("\"'#\\", *c);
	}
	int opt = v[0] == '-' && v[1] == '-';
	if (plain && !opt)
		return snprintf(out, size, "'%s'", v) < (int)size ? 0 : -1;
	size_t o = (size_t)snprintf(out, size, "%s\"", opt ? "-- " : "");
	for (const char *p = v; *p; p += len) {
		char e[8];
		size_t k = rr_dq_put(p, strlen(p), e, &len);
		if (o + k + 2 > size)
			return -1;
		memcpy(out + o, e, k);
		o += k;
	}
	out[o++] = '"';
	out[o] = '\0';
	return 0;
}

/* Id s[0..n) as the file writes it in CSV's quotes (each of its own doubled), as an awk
 * string literal appended to out at *o: "..." with \\ and \" escaped, and a byte below a
 * space, DEL, or (raw) any past ASCII as \ooo, so that the command holds the very bytes the
 * file does whatever a terminal shows of them (NFD, a cp1252 byte). 0, or -1 when it does not
 * fit in size. */
static int awk_id_literal(char *out, size_t size, size_t *o, const char *s, size_t n, int raw)
{
	if (*o + 2 >= size)
		return -1;
	out[(*o)++] = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char e[12];
		int k = c == '"' ? snprintf(e, sizeof e, "\\\"\\\"")
		      : c == '\\' ? snprintf(e, sizeof e, "\\\\")
		      : c < 0x20 || c == 0x7f || (raw && c >= 0x80) ? snprintf(e, sizeof e, "\\%03o", c)
		      : snprintf(e, sizeof e, "%c", c);
		if (*o + (size_t)k + 2 >= size)
			return -1;
		memcpy(out + *o, e, (size_t)k);
		*o += (size_t)k;
	}
	out[(*o)++] = '"';
	out[*o] = '\0';
	return 0;
}

/* The awk test of a customer field w (its blanks and CSV quotes gone) for id v: its
 * spelling as read and those the file writes it in (builder's raw_users), into cond
 * ("w==\"TILLX\"||w==\"Cafe\314\201\""); *high set when any holds a byte past ASCII.
 * 0, or -1 when it does not fit. */
static int walk_in_test(const loader *L, const char *v, char *cond, size_t size, int *high)
{
	size_t o = 0, vn = strlen(v);
	const rr_strtab *t = L->in.raw_users;
	uint32_t n = t ? strtab_count(t) : 0;
	*high = 0;
	for (const char *c = v; *c; c++)
		*high |= (unsigned char)*c >= 0x80;
	if (snprintf(cond, size, "w==") >= (int)size)
		return -1;
	o = 3;
	if (awk_id_literal(cond, size, &o, v, vn, 0) != 0)
		return -1;
	for (uint32_t k = 0, spellings = 0; k < n && spellings < 4; k++) {
		const char *p = strtab_get(t, k);
		size_t len = strtab_len(t, k);
		if (len <= vn || memcmp(p, v, vn) != 0 || p[vn] != '\0')
			continue;
		spellings++;
		for (size_t i = vn + 1; i < len; i++)
			*high |= (unsigned char)p[i] >= 0x80;
		if (o + 5 >= size)
			return -1;
		memcpy(cond + o, "||w==", 5);
		o += 5;
		if (awk_id_literal(cond, size, &o, p + vn + 1, len - vn - 1, 1) != 0)
			return -1;
	}
	return 0;
}

/* The ways walk-in id v is left out or blanked: filter drop-customers' argument into drop,
 * and into pipe " or through a pipe (load CMD)" whose awk blanks the customer column where it
 * holds v, in any spelling the file writes it in (t62 F5: a sed matched the id as read, not
 * " TILLX ", NFD, a cp1252 byte or the last field of a CRLF line, and blanked the first
 * field holding it, a Channel column's), or why no command can ("" when none fits). 0. */
static int walk_in_hints(const loader *L, const char *v, char *drop, size_t dsize, char *pipe,
			 size_t psize)
{
	if (drop_words(v, drop, dsize) != 0)   /* an id too long to write in a message */
		snprintf(drop, dsize, "with that id");
	char sep[8], cond[600], body[700], prog[1400], cmd[1600];
	int high;
	pipe[0] = '\0';
	if (walk_in_test(L, v, cond, sizeof cond, &high) != 0)
		return 0;
	if (L->converted[0] && (high || !L->converted_ascii)) {
		snprintf(pipe, psize, " (no text tool's command can: relrec read the file converted "
			 "from %s, and such a tool meets the file's own bytes)", L->converted);
		return 0;
	}
	awk_sep(L, sep, sizeof sep);
	/* the field without the blanks and CSV quotes around it, as relrec reads it */
	snprintf(body, sizeof body, "w=v;sub(/^[ \\t]+/,\"\",w);sub(/[ \\t]+$/,\"\",w);"
		 "if(w~/^\".*\"$/)w=substr(w,2,length(w)-2);if(%s)v=\"\"", cond);
	if (field_awk(prog, sizeof prog, L->in.lines_read, data_skip(L), L->col[RR_COL_USER] + 1,
		      body) != 0) {
		if (TOOL_MIXED(L->in.lines_read))
			snprintf(pipe, psize, " (no text tool's command can: some of the file's lines "
				 "end in a CR alone, others in an LF, and such a tool reads its lines "
				 "otherwise than relrec)");
		return 0;
	}
	/* the file by its name, quoted as the shell reads it (t73 F17: the word FILE, copied,
	 * was a file awk could not open) */
	const char *arg[3] = {sep, prog, L->path};
	const char *load = rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3,
					    L->path);
	if (load && strlen(load) + 32 < psize)   /* never a command cut short */
		snprintf(pipe, psize, " or through a pipe (load %s)", load);
	return 0;
}

/* A customer id that is a word among ids with digits, a word among words (t44 #7) or an id
 * with digits (t63 F24), holding a walk-in's share of the invoices (walk_in_share): most likely a till's or an ERP's walk-in or cash account of a name relrec does not
 * list (ingest_placeholder_ids), which would be one customer who bought all that walk-ins did
 * (t39 #5: Kontantkund, Khách lẻ, 散客 each took every cash sale). Said with the way to
 * blank it (invoices_by_customer). 0, or -1 when memory runs out. */
static int describe_walk_in(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	uint32_t nc = strtab_count(r->customers);
	if (L->col[RR_COL_USER] < 0 || r->no_invoice || nc < 20)
		return 0;
	size_t all;
	uint32_t *count = invoices_by_customer(L, nc, &all);
	if (!count)
		return -1;
	uint32_t top = 0, second = 0;
	size_t digits = 0, caps = 0, mails = 0;
	for (uint32_t u = 0; u < nc; u++) {
		const char *v = strtab_get(r->customers, u);
		digits += strpbrk(v, "0123456789") != NULL;
		mails += strchr(v, '@') != NULL;
		caps += matchcode_form(v, strtab_len(r->customers, u));
		if (count[u] > count[top]) {
			second = count[top] > second ? count[top] : second;
			top = u;
		} else if (u != top && count[u] > second) {
			second = count[u];
		}
	}
	const char *v = strtab_get(r->customers, top);
	size_t n = count[top];
	free(count);
	/* a word where the other ids hold digits, or a matchcode among matchcodes (t44 #7: a
	 * German ERP's LAUFKUNDE among MUELLER, SCHMIDT, as settle_word_ids reads GAST), by the
	 * same share; not among customers' names ("Kund a") */
	int among_digits = digits * 2 >= nc, digit = strpbrk(v, "0123456789") != NULL;
	/* an e-mail among e-mails by the same share (t72 F6: the shop's own address, typed at
	 * the counter for every walk-in, 57 of 611 invoices) */
	int mail = strchr(v, '@') && mails * 2 >= nc;
	/* an id with digits by the same share too (t63 F24: an anonymiser's hash of the blank
	 * ids, 32 of 80 invoices) */
	if (!walk_in_share(n, all, second) || (!digit && !among_digits && !mail &&
					       !(matchcode_form(v, strlen(v)) && 2 * caps >= nc)))
		return 0;
	char shown[64], times[32] = "", drop[1100], pipe[2000];
	sniff_printable(shown, sizeof shown, v, strlen(v), 40);
	if (second)
		snprintf(times, sizeof times, "%zu times as many as", n / second);
	if (walk_in_hints(L, v, drop, sizeof drop, pipe, sizeof pipe) != 0)
		return -1;
	say(text, size, "warning: the customer '%s' holds %zu of the %zu invoices, %s any other, "
	    "and is %s: if it is a walk-in or cash account rather than one buyer, its rows are one customer who bought all that walk-ins did: "
	    "filter drop-customers %s leaves them out; to keep them as rows of no customer, "
	    "blank it in the file%s", shown, n, all, second ? times : "more than",
	    mail ? "an e-mail among e-mails (the shop's own, or one its staff type where the buyer "
	    "gives none)" : digit ? "an id of its own (a till's cash account, or an anonymiser's "
	    "hash of the blank ids)" : among_digits ? "a word where the other ids hold digits" :
	    "a word in capitals as the other ids are (matchcodes)", drop, pipe);
	return 0;
}

/* The pipe that writes column id (from 0) as the store's value, a dash and the id (Utrecht-1001),
 * into pipe as " (load CMD)", or "" when no text tool's command reads the file as relrec does
 * (read converted from another encoding, lines of two ends). 0. */
static int store_key_pipe(const loader *L, int id, char *pipe, size_t psize)
{
	char sep[8], body[300], prog[1400], cmd[1600];
	pipe[0] = '\0';
	if (L->converted[0])
		return 0;
	awk_sep(L, sep, sizeof sep);
	/* the store's field without its CSV quotes and a CR, before the id: B and E are the
	 * id's again for the rewrite */
	snprintf(body, sizeof body, "b=B;e=E;g($0,%d);t=substr($0,B,E-B);sub(/\\r$/,\"\",t);"
		 "if(t~/^\".*\"$/)t=substr(t,2,length(t)-2);B=b;E=e;v=t \"-\" v",
		 L->store_col + 1);
	if (field_awk(prog, sizeof prog, L->in.lines_read, data_skip(L), id + 1, body) != 0)
		return 0;
	/* the file by its name, quoted as the shell reads it (t73 F17: the word FILE, copied,
	 * was a file awk could not open) */
	const char *arg[3] = {sep, prog, L->path};
	const char *load = rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3,
					    L->path);
	if (load && strlen(load) + 16 < psize)   /* never a command cut short */
		snprintf(pipe, psize, " (load %s)", load);
	return 0;
}

/* Customer numbers or item codes each store numbers its own way (storekey.h, t72 F10, F11:
 * 1001 is Els Bos in Utrecht and Jan de Vries in Gent): a warning with their count, one of
 * them, and the pipe that reads the store and the number as the id. 0, or -1 when memory
 * runs out. */
static int describe_store_keys(const loader *L, char *text, size_t size)
{
	static const char *const what[2] = {"customer", "item"};
	const char *names[MAX_FIELDS];
	for (int k = 0; k < 2; k++) {
		storekey_split s;
		if (!L->sk[k])
			continue;
		if (storekey_judge(L->sk[k], &s) != 0)
			return err_set("out of memory loading '%s'", L->path);
		if (!storekey_stores_own(&s))
			continue;
		header_names(L, names);
		int id = L->col[k ? RR_COL_ITEM : RR_COL_USER];
		char sn[64], nn[64], in[64], pipe[1800], v[5][4 * STOREKEY_FIELD + 16];
		shown_field(names, L->store_col, sn, sizeof sn);
		shown_field(names, L->sk_name[k], nn, sizeof nn);
		shown_field(names, id, in, sizeof in);
		store_key_pipe(L, id, pipe, sizeof pipe);
		/* the id whole, the names and stores up to 60 bytes, a cut one ending in ... (t73
		 * F25: cut at 63 bytes with no mark, an id ...1001 read as ...100) */
		const char *val[5] = {s.id, s.name[0], s.store[0], s.name[1], s.store[1]};
		for (int j = 0; j < 5; j++)
			sniff_printable(v[j], sizeof v[j], val[j], strlen(val[j]),
					j ? 60 : STOREKEY_FIELD);
		say(text, size, "warning: %zu %s ids of the %zu seen in two or more of '%s''s values "
		    "carry another '%s' in each, of no word in common ('%s': '%s' in '%s', '%s' in "
		    "'%s'): each store numbers its own %ss, and read by '%s' alone two of them are "
		    "one; to read the store and the number as the %s, write them as one in '%s'%s",
		    s.split, what[k], s.ids, sn, nn, v[0], v[1], v[2], v[3], v[4], what[k], in,
		    what[k], in, pipe[0] ? pipe : " before loading");
	}
	return 0;
}

/* What decides who bought and which rows are one sale, beyond the columns: a walk-in account,
 * the stores' own numbers, a midnight date's time (t72). 0, or -1 when memory runs out. */
static int describe_sales(const loader *L, char *text, size_t size)
{
	describe_midnight(L, text, size);
	describe_time_secs(L, text, size);
	describe_blank_qty(L, text, size);
	return describe_walk_in(L, text, size) != 0 || describe_store_keys(L, text, size) != 0
	       ? -1 : 0;
}

/* A status column taken by its name (Status) whose values are a customer's or a product's
 * states (ingest_other_states: Gold, VIP, Active, Discontinued) and no order's status relrec
 * knows but those words (Closed, New), every row kept: no order's status (t82 F30: warned of
 * as statuses relrec lacks, with a --map that would skip orders). Left unused, after the last
 * row: every value is then known, and no row was skipped for it. */
static void status_other_settle(builder *in)
{
	const event_tally *t = &in->statuses;
	int other = 0;
	if (!in->has_status || !in->status_named || in->status_flag > 0 || in->status_unread ||
	    t->other != t->other_kept)
		return;
	for (int k = 0; k < t->kinds; k++) {
		size_t n = strlen(t->value[k]);
		unsigned w = n ? status_word(in, t->value[k], n) : 0;
		if (!n)
			continue;
		if (t->purchase[k] != 1 || (in->voids && in_list(in->voids, t->value[k], n)))
			return;   /* a row skipped or read as a return: the orders' */
		if (w & W_OTHER_STATE)
			other |= !(w & W_KEPT);   /* Open, Closed alone: an order's too */
		else if (status_bare_known(t->value[k], n) || (w & (W_VOID | W_OFFER | W_RETURN)))
			return;
	}
	in->status_other = other;
	in->status_unread |= other;
}

/* A status column that was none after all (status_bare_settle, t41 N4; status_other_settle):
 * unused, and the columns line says so; an event column of marketing events
 * (event_other_decide) too. */
static void status_unread_columns(loader *L)
{
	const char *names[MAX_FIELDS];
	status_bare_settle(&L->in);
	status_other_settle(&L->in);
	L->status_col = L->in.status_other ? L->col[RR_COL_STATUS] : -1;
	L->event_col = L->in.event_other ? L->col[RR_COL_EVENT] : -1;
	if (L->in.event_other)
		L->col[RR_COL_EVENT] = -1;
	if (!L->in.status_unread && !L->in.event_other)
		return;
	header_names(L, names);
	if (L->in.status_unread) {
		L->in.has_status = 0;
		L->col[RR_COL_STATUS] = -1;
	}
	sniff_describe(names, L->ncols, L->col, L->item_alt, L->in.doc_event ? L->doc_why : NULL,
		       L->columns, sizeof L->columns);
}

/* Rows with fields past the header's last (trailing empty ones, read without them) and rows
 * with an over-long field in a column no role reads: notes, or a warning when the trailing
 * fields stop, as a separator inside an unquoted field would make them. */
static void describe_row_ends(const loader *L, char *text, size_t size)
{
	if (L->padded)
		say(text, size, "note: %zu row%s (the first on line %zu) lack the header's last %d "
		    "unnamed column%s, read as empty", L->padded, L->padded == 1 ? "" : "s",
		    L->padded_line, L->pad_k, L->pad_k == 1 ? "" : "s");
	if (L->trailing && !L->trail_stop_line)
		say(text, size, "note: %zu row%s (the first on line %zu) end in empty fields "
		    "past the header's %d, read without them", L->trailing,
		    L->trailing == 1 ? "" : "s", L->trailing_line, L->ncols);
	else if (L->trailing)   /* a separator in an unquoted field may have shifted them */
		say(text, size, "warning: %zu row%s before line %zu end%s in empty fields "
		    "past the header's %d and %s read without them, but later rows have none (and "
		    "such rows are rejected from there): if a separator inside an unquoted field "
		    "shifted %s, %s misread", L->trailing, L->trailing == 1 ? "" : "s",
		    L->trail_stop_line, L->trailing == 1 ? "s" : "", L->ncols,
		    L->trailing == 1 ? "was" : "were", L->trailing == 1 ? "it" : "them",
		    L->trailing == 1 ? "it is" : "they are");
	if (L->long_rows) {
		char shown[48] = "";
		int f = L->long_col;
		if (L->hdr && f < L->ncols && L->hlen[f])
			sniff_printable(shown, sizeof shown, L->hdr + L->hoff[f], L->hlen[f], 24);
		say(text, size, "note: %zu row%s (the first on line %zu) hold%s a field over "
		    "%d bytes in a column no role reads (%s%scolumn %d): read without it, its rest "
		    "skipped unread", L->long_rows, L->long_rows == 1 ? "" : "s", L->long_line,
		    L->long_rows == 1 ? "s" : "", RR_MAX_FIELD, shown, shown[0] ? ", " : "", f + 1);
	}
}

/* The rows with a customer, item or invoice id in scientific notation (note_sci_ids). */
static void describe_sci(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	for (int k = 0; k < SCI_FIELDS; k++)
		if (in->sci_ids[k])
			say(text, size, "warning: %zu row%s with %s in scientific notation (the "
			    "first on line %llu: '%s'): a spreadsheet turned the ids into numbers and "
			    "rounded them, so %s whose ids round alike are one here%s; save the column "
			    "as text and export again", in->sci_ids[k], in->sci_ids[k] == 1 ? "" : "s", id_damage[k][0],
			    (unsigned long long)in->sci_first[k].line, in->sci_first[k].text,
			    id_damage[k][2], k == 2 && L->rows->invoices_keyed ? "" : id_damage[k][3]);
}

/* The summary's line on ids spelled with look-alike letters (lookalike_ids). */
static void describe_lookalikes(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	for (int k = 0; k < 2; k++) {
		size_t c = in->lookalike_ids[k];
		if (!c)
			continue;
		if (L->o->latin_lookalikes)
			say(text, size, "note: %zu %s id%s written with Cyrillic or Greek letters that "
			    "look like Latin ones ('%s' beside '%s') read as the id %s spell%s in Latin "
			    "(--latin-lookalikes)", c, k ? "item" : "customer", c == 1 ? "" : "s",
			    in->lookalike_pair[k][0], in->lookalike_pair[k][1], c == 1 ? "it" : "they",
			    c == 1 ? "s" : "");
		else
			say(text, size, "warning: %zu %s id%s equal%s another once %s Cyrillic or Greek "
			    "letters that look like Latin ones are read as Latin ('%s' beside '%s': typed "
			    "with another keyboard layout?), so one %s may be two here; if they are one, "
			    "load with --latin-lookalikes", c, k ? "item" : "customer", c == 1 ? "" : "s",
			    c == 1 ? "s" : "", c == 1 ? "its" : "their", in->lookalike_pair[k][0],
			    in->lookalike_pair[k][1], k ? "item" : "customer");
	}
}

/* The summary's lines on item codes in another form of a code the column holds (item_forms):
 * a warning naming --item-forms for each form it was not given, a note for each it was. */
static void describe_item_forms(const loader *L, char *text, size_t size)
{
	static const char *const what[ITEMFORMS_N][3] = {
		{"are in-store EAN-13s of a scale's label (GS1 prefix 20 to 29, a right check "
		 "digit) that share their first 7 digits with another", ": the digits past them are "
		 "a price or a weight, so each weighing is a new code", "product may be many"},
		{"are an ISBN-10 whose ISBN-13 the column also holds", "", "book may be two"},
		{"are a 10-digit NDC whose 11-digit form (5-4-2, the short part zero-padded) the "
		 "column also holds", "", "drug may be two"}};
	static const char *const read[ITEMFORMS_N] = {
		"printed by a scale read as their product", "written as an ISBN-10 read as their "
		"ISBN-13", "written as a 10-digit NDC read as their 11-digit form"};
	const itemforms_found *f = &L->in.forms;
	for (int k = 0; k < ITEMFORMS_N; k++) {
		size_t c = f->count[k];
		if (!c)
			continue;
		if (L->in.item_forms & 1u << k)
			say(text, size, "note: %zu item id%s %s ('%s' as '%s'%s) (--item-forms %s)", c,
			    c == 1 ? "" : "s", read[k], f->pair[k][0], f->pair[k][1],
			    k != ITEMFORMS_SCALE ? "" : f->plu ? ": as the code their item digits "
			    "name when the column holds one, a PLU keyed at the till, else as their "
			    "first 7 digits" : ": their first 7 digits",
			    itemforms_words[k]);
		else
			say(text, size, "%s: %zu item id%s %s ('%s' beside '%s'%s), so one %s items "
			    "here; if they are one, load with --item-forms %s",
			    k == ITEMFORMS_NDC ? "note" : "warning", c, c == 1 ? "" : "s", what[k][0],
			    f->pair[k][0], f->pair[k][1], what[k][1], what[k][2], itemforms_words[k]);
	}
}

/* Ids read in another spelling than the rows wrote them: blanks around them that are no
 * space (row_blanks). */
static void describe_id_spellings(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	if (in->blank_ids)
		say(text, size, "note: %zu row%s (the first on line %llu: '%s') with an id or a "
		    "description between blanks that print as a space but are none (no-break, "
		    "narrow, figure or ideographic spaces: U+00A0, U+202F, U+2007, U+3000): read "
		    "without them, as spaces around a field are", in->blank_ids,
		    in->blank_ids == 1 ? "" : "s", (unsigned long long)in->blank_first.line,
		    in->blank_first.text);
	if (in->dash_ids)
		say(text, size, "note: %zu row%s (the first on line %llu: '%s') with an id whose "
		    "dashes are a word processor's for a hyphen (U+2010 to U+2015, a minus sign "
		    "U+2212, U+FE63): read as '-', so TSHIRT\u2013RED-M is TSHIRT-RED-M", in->dash_ids,
		    in->dash_ids == 1 ? "" : "s", (unsigned long long)in->dash_first.line,
		    in->dash_first.text);
	if (in->slash_rows)   /* t80 F28, t85 F26 */
		say(text, size, "note: %zu row%s (the first on line %llu: '%s') with a number whose "
		    "%s have a slash between them, Persian's decimal mark as typed (the "
		    "mark U+066B looks like one): read as its decimal point, so 3/5 is 3.5",
		    in->slash_rows, in->slash_rows == 1 ? "" : "s",
		    (unsigned long long)in->slash_first.line, in->slash_first.text,
		    !in->slash_latin ? "Persian digits" : in->slash_latin == in->slash_points
		    ? "digits, under a Persian header," : "digits, Persian or under a Persian header,");
}

/* Ids written in two forms (grouped thousands, leading zeros) or cut to 15 digits. */
static void describe_id_forms(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	for (int k = 0; k < 2; k++)
		if (in->grouped_ids[k])
			say(text, size, "note: %zu %s id%s written with %s %s grouped "
			    "('%s' beside '%s', as a spreadsheet shows a number%s) read as the id without "
			    "the marks: one %s, however the rows wrote it", in->grouped_ids[k],
			    k ? "item" : "customer", in->grouped_ids[k] == 1 ? "" : "s",
			    in->grouped_ids[k] == 1 ? "its" : "their",
			    in->grouped_bars[k] ? "digits" : "thousands", in->grouped_pair[k][0],
			    in->grouped_pair[k][1],
			    in->grouped_bars[k] ? " or a barcode's label prints it" : "",
			    k ? "item" : "customer");
	describe_cut(L->rows->customers, 0, text, size);
	describe_cut(L->rows->codes, 1, text, size);
	if (!L->rows->no_invoice && !L->rows->invoices_keyed)
		describe_cut(L->rows->invoices, 2, text, size);
}

static int field_awk(char *prog, size_t size, unsigned lines, int skip, int col,
		     const char *body);
static int bracket_awk(char *prog, size_t size, unsigned lines, int skip, int col,
		       const char *name);

#define TEXT_OF_(x) #x
#define TEXT_OF(x) TEXT_OF_(x)
#define GROUPED_DIGITS_TEXT TEXT_OF(IDTWINS_GROUPED_DIGITS)   /* the awk's bound, idtwins' */

/* Customer ids that are another written otherwise (idtwins.h): in another letter case, cut
 * past their 15th digit on part of the rows, a phone number's other spelling, an e-mail
 * address with a +tag (t63 F3, F15, F7, F18), each with the awk body that writes the
 * customer column's ids one way, when a pipe merges them (then named: "load '|awk ...'",
 * which edits that column alone); and a prefix an old system wrote (idtwins_prefix). 0, or
 * -1 when memory runs out. */
static int describe_twins(const loader *L, char *text, size_t size)
{
	static const struct {
		int (*check)(const rr_strtab *, const char *, char *, size_t);
		const char *awk;
	} twins[] = {
		{idtwins_case, NULL}, {idtwins_cut, NULL},
		/* its digits when IDTWINS_GROUPED_DIGITS or more, before the phones' note,
		 * which then says nothing of the pairs it names */
		{idtwins_grouped, "if(v~/^[0-9]+([ -][0-9]+)+$/){w=v;gsub(/[ -]/,\"\",w);"
				  "if(length(w)>=" GROUPED_DIGITS_TEXT ")v=w}"},
		{idtwins_phones, NULL},
		{idtwins_tags, "if(v~/^[^+@]+[+][^@]*@[^@]+$/)sub(/[+][^@]*@/,\"@\",v)"},
	};
	int grouped = 0;
	char line[640], sep[8], prog[1200], cmd[2000];
	int u = L->col[RR_COL_USER];
	if (u < 0)
		return 0;
	awk_sep(L, sep, sizeof sep);
	for (size_t k = 0; k < sizeof twins / sizeof *twins; k++) {
		/* tax ids one number under two countries: the tax note says they are kept apart */
		if (twins[k].check == idtwins_phones && (L->in.tax_shared || grouped))
			continue;
		int rc = twins[k].check(L->rows->customers, "customer", line, sizeof line);
		if (rc < 0)
			return -1;
		if (!rc)
			continue;
		grouped |= twins[k].check == idtwins_grouped;
		const char *arg[3] = {sep, prog, L->path};
		/* after the lines data_skip counts, Excel's sep= line too (t65 F11) */
		if (twins[k].awk && field_awk(prog, sizeof prog, L->in.lines_read, data_skip(L),
					      u + 1, twins[k].awk) == 0 && rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3,
						     L->path))
			say(text, size, "%s; load %s with the same options reads each as one", line,
			    cmd);
		else
			say(text, size, "%s", line);
	}
	/* an old system's prefixed numbers, then a new one's bare (t63 F22): by the rows' dates */
	const rr_rows *r = L->rows;
	int rc = idtwins_prefix(r->customers, r->cust, r->minute, r->n, "customer", line,
				sizeof line);
	if (rc > 0)
		say(text, size, "%s", line);
	return rc < 0 ? -1 : 0;
}

/* A catalogue's changes the codes hide (catchange.h, t63 F19, F9): a code given to a new
 * product, a product given a new code, each with the awk pipe that reads them apart or as
 * one (field_awk on the item column). Only with a description column of its own: the items'
 * names are what tells. 0, or -1 when memory runs out. */
static int describe_catchange(const loader *L, char *text, size_t size)
{
	int dc = L->col[RR_COL_DESC], ic = L->col[RR_COL_ITEM];
	rr_catchange c;
	if (dc < 0 || ic < 0 || dc == ic)
		return 0;
	if (catchange_find(L->rows, &c) != 0)
		return -1;
	for (int k = 0; k < 2; k++) {
		char sep[8], body[640], prog[1200], cmd[1100] = "", line[1800];
		size_t most = k ? c.n_rekey : c.n_reuse, covered = 0;
		awk_sep(L, sep, sizeof sep);
		for (; most && !covered; most--) {   /* as many as the command holds */
			covered = k ? catchange_rekey_awk(L->rows, &c, most, body, sizeof body)
				    : catchange_reuse_awk(L->rows, &c, dc + 1, most, body, sizeof body);
			if (!covered)
				break;
			if (field_awk(prog, sizeof prog, L->in.lines_read, data_skip(L), ic + 1,
				      body) != 0) {
				covered = 0;   /* too long: fewer codes */
				continue;
			}
			const char *arg[3] = {sep, prog, L->path};
			if (!rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3, L->path))
				covered = 0;
		}
		catchange_say(L->rows, &c, k, cmd, covered, line, sizeof line);
		if (line[0])
			say(text, size, "%s", line);
	}
	return 0;
}

/* What a watched column would make of the role's ids, per kind (sniff_group_kind's order):
 * who reads what as one, and whether the load's option takes it (--map) or a pipe does. */
static const struct group_text {
	const char *joins;   /* the verb after the column's name */
	const char *if_;     /* the reading's premise */
} group_texts[] = {
	[SNIFF_GROUP_COMPANY] = {"groups", "if the company is the buyer"},
	[SNIFF_GROUP_PRODUCT] = {"joins", "if they are one product"},
	[SNIFF_GROUP_MERGED] = {"merges", "if each is the one it was merged into"},
};

/* One watched column's note (colgroup_judge, colgroup_coarser): its numbers, an example and
 * the option (--map ROLE=COL) or, for a merged-into column, the pipe (field_awk on the role's
 * column, which takes the column's value where it is set). 0, or -1 when memory runs out. */
static int describe_group(const loader *L, const group_watch *w, const char *const *names,
			  char *text, size_t size)
{
	const rr_rows *r = L->rows;
	const rr_strtab *v = colgroup_values(w->g);
	uint32_t n = strtab_count(v), *to = malloc((n ? n : 1) * sizeof *to);
	rr_colgroup_res res;
	if (!to)
		return err_set("out of memory loading '%s'", L->path);
	for (uint32_t k = 0; k < n; k++)   /* as the load counts them (merges, e-mails' case) */
		to[k] = w->role == RR_COL_USER ? rows_find_customer(r, strtab_get(v, k))
					       : rows_find_code(r, strtab_get(v, k));
	int rc = colgroup_judge(w->g, to, &res);
	free(to);
	int merged = w->kind == SNIFF_GROUP_MERGED;
	if (rc != 0 || !colgroup_coarser(&res, merged))
		return rc;
	const char *what = w->role == RR_COL_USER ? "customer" : "item";
	char col[64], used[64], map[96], ex[3][80], sep[8], body[300], prog[900], cmd[1200];
	shown_field(names, w->col, col, sizeof col);
	shown_field(names, L->col[w->role], used, sizeof used);
	sniff_map_col(names, L->ncols, w->col, map, sizeof map);
	sniff_printable(ex[0], sizeof ex[0], res.ex_coarse, strlen(res.ex_coarse), 40);
	for (int k = 0; k < 2; k++)
		sniff_printable(ex[k + 1], sizeof ex[k + 1], res.ex_fine[k], strlen(res.ex_fine[k]),
				40);
	size_t kept = res.fine - res.blank - res.split, after = res.fine - res.joined;
	const struct group_text *t = &group_texts[w->kind];
	if (!merged) {   /* read by it, its values are the ids; a blank one is none */
		char blank[160] = "";
		if (res.blank)
			snprintf(blank, sizeof blank, " (the rows of the %zu with it blank throughout "
				 "then of no %s)", res.blank, what);
		say(text, size, "note: '%s' %s the %zu %ss of '%s' into %zu, %.3g each on average "
		    "('%s': '%s', '%s'...): %s, --map %s=%s reads %zu %s%s, not %zu%s", col,
		    t->joins, kept, what, used, res.coarse, (double)kept / (double)res.coarse, ex[0],
		    ex[1], ex[2], t->if_, w->role == RR_COL_USER ? "user" : "item", map, res.coarse,
		    what, res.coarse == 1 ? "" : "s", res.fine, blank);
		return 0;
	}
	awk_sep(L, sep, sizeof sep);
	snprintf(body, sizeof body, "b=B;e=E;g($0,%d);t=substr($0,B,E-B);B=b;E=e;"
		 "sub(/\\r$/,\"\",t);x=t~/^\".*\"$/;if(x)t=substr(t,2,length(t)-2);"
		 "if(t!=\"\"){v=t;if(x)d=\"\\\"\"}", w->col + 1);   /* quoted as it was */
	const char *arg[3] = {sep, prog, L->path};
	const char *load = field_awk(prog, sizeof prog, L->in.lines_read, data_skip(L),
				     L->col[w->role] + 1, body) != 0 ? NULL
			   : rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3, L->path);
	say(text, size, "note: '%s' %s %zu %s%s of '%s' into others ('%s' into '%s'): %s, they "
	    "are %zu %ss, not %zu%s%s%s", col, t->joins, res.joined, what,
	    res.joined == 1 ? "" : "s", used, strcmp(ex[1], ex[0]) ? ex[1] : ex[2], ex[0], t->if_,
	    after, what, res.fine,
	    load ? "; load " : "", load ? load : "",
	    load ? " with the same options reads each so" : "");
	return 0;
}

/* The column a code in brackets is written into (bracket_awk), as Odoo names it */
#define BRACKET_COLUMN "Internal Reference"

/* A key the used values hold themselves (colgroup_form): the items written "[CODE] name"
 * (Odoo's display name, t63 F20), with the pipe that writes the code into a column of its own
 * and the --map that reads it; the customers written "Company, Person" (Odoo's contacts, t63
 * F8), with the pipe that keeps the company. 0, or -1 when memory runs out. */
static int describe_forms(const loader *L, const char *const *names, char *text, size_t size)
{
	for (int form = 0; form < COLGROUP_FORMS; form++) {
		int c = form == COLGROUP_BRACKET ? RR_COL_ITEM : RR_COL_USER;
		const rr_strtab *t = c == RR_COL_ITEM ? L->rows->codes : L->rows->customers;
		rr_colgroup_res res;
		int rc = L->col[c] < 0 ? 0 : colgroup_form(t, form, &res);
		if (rc <= 0) {
			if (rc < 0)
				return -1;
			continue;
		}
		char col[64], ex[3][80], sep[8], prog[1200], cmd[6000], map[200] = "", mc[96];
		shown_field(names, L->col[c], col, sizeof col);
		sniff_printable(ex[0], sizeof ex[0], res.ex_coarse, strlen(res.ex_coarse), 40);
		for (int k = 0; k < 2; k++)
			sniff_printable(ex[k + 1], sizeof ex[k + 1], res.ex_fine[k],
					strlen(res.ex_fine[k]), 40);
		awk_sep(L, sep, sizeof sep);
		int skip = data_skip(L), awk_rc;
		if (form == COLGROUP_BRACKET) {
			/* the new column by its number when the file has one of that name (t68
			 * F10: Odoo's own Internal Reference made the copied --map refused as
			 * naming two columns) */
			char item_at[32] = "'" BRACKET_COLUMN "'";
			for (int k = 0; k < L->ncols; k++)
				if (names[k] && strcasecmp(names[k], BRACKET_COLUMN) == 0)
					snprintf(item_at, sizeof item_at, "%d", L->ncols + 1);
			awk_rc = bracket_awk(prog, sizeof prog, L->in.lines_read, skip,
					     L->col[c] + 1, BRACKET_COLUMN);
			sniff_map_col(names, L->ncols, L->col[c], mc, sizeof mc);
			if (L->o->no_header)
				snprintf(map, sizeof map, " --map item=%d,desc=%d", L->ncols + 1,
					 L->col[c] + 1);
			else   /* the name the description, unless the file has one of its own */
				snprintf(map, sizeof map, " --map item=%s%s%s", item_at,
					 L->col[RR_COL_DESC] >= 0 && L->col[RR_COL_DESC] != L->col[c]
					 ? "" : ",desc=", L->col[RR_COL_DESC] >= 0 &&
					 L->col[RR_COL_DESC] != L->col[c] ? "" : mc);
		} else
			awk_rc = field_awk(prog, sizeof prog, L->in.lines_read, skip,
					   L->col[c] + 1,
					   "if(v~/^..+, ./)v=substr(v,1,index(v,\", \")-1)");
		const char *arg[3] = {sep, prog, L->path};
		const char *load = awk_rc != 0 ? NULL
				   : rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3,
						      L->path);
		if (form == COLGROUP_BRACKET)
			say(text, size, "note: the items of '%s' are written '[CODE] name', a code in "
			    "brackets before the name (Odoo's display name): read by their code, the "
			    "%zu are %zu ('%s': '%s', '%s'...)%s%s%s%s%s", col, res.fine,
			    res.fine - res.joined, ex[0], ex[1], ex[2], load ? "; load " : "",
			    load ? load : "", load ? " with the same options" : "", load ? map : "",
			    load ? " reads the code as the item, the name as its description" : "");
		else
			say(text, size, "note: the customers of '%s' are written 'Company, Person', a "
			    "company before the comma (Odoo's display name of a contact): read by their "
			    "company, the %zu are %zu ('%s': '%s', '%s'...)%s%s%s", col, res.fine,
			    res.fine - res.joined, ex[0], ex[1], ex[2],
			    load ? "; if the company is the buyer, load " : "", load ? load : "",
			    load ? " with the same options reads each as its company" : "");
	}
	return 0;
}

/* The notes of the watched columns (group_fields) still unused at the end: a coarser key of
 * the customers or the items (t63 F8, F12, F13); and the keys the values hold themselves
 * (describe_forms). 0, or -1 when memory runs out. */
static int describe_groups(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS];
	header_names(L, names);
	if (describe_forms(L, names, text, size) != 0)
		return -1;
	for (int k = 0; k < L->n_group; k++) {
		const group_watch *w = &L->group[k];
		int taken = 0;
		for (int c = 0; c < RR_COL_N; c++)
			taken |= L->col[c] == w->col;
		if (w->g && !taken && L->col[w->role] >= 0 &&
		    describe_group(L, w, names, text, size) != 0)
			return -1;
	}
	return 0;
}

/* The rows named by a name because their code was blank, the customer's and the item's
 * (user_alt_fill, F_ITEM_ALT), and how many of them alt_merge read as their name's code: the
 * summary says the codes are blank on some lines, and what was made of them. */
static void describe_named(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	for (int k = 0; k < 2; k++) {
		size_t n = k ? in->item_named : in->user_named;
		const struct alt_map *a = &in->alt[k];
		char merged[200] = "";
		if (!n)
			continue;
		if (a->merged)
			snprintf(merged, sizeof merged, "; %zu of them read as the code their %s has on "
				 "the lines that write both ('%s' for '%s')", a->merged,
				 k ? L->item_alt_name : L->user_alt_name, a->ex_code, a->ex_name);
		if (k)
			say(text, size, "note: %zu row%s (the first on line %llu) with no item code: "
			    "named by %s %s%s", n, n == 1 ? "" : "s",
			    (unsigned long long)in->item_named_line, n == 1 ? "its" : "their",
			    L->item_alt_name, merged);
		else
			say(text, size, "note: %zu row%s (the first on line %llu) with no %s, the "
			    "customer's code: named by %s %s%s", n, n == 1 ? "" : "s",
			    (unsigned long long)in->user_named_line, L->user_code_name,
			    n == 1 ? "its" : "their", L->user_alt_name, merged);
	}
}

/* rows->reading: how the file was read, what was decided, and the warnings. */
/* The prices read per the price unit's column (PACK_PRICE_UNIT), and its values of no price
 * unit's kind, read as 1. */
static void price_unit_note(const loader *L, const char *const *names, char *text, size_t size)
{
	char pn[64], un[64];
	shown_field(names, L->col[RR_COL_PRICE], pn, sizeof pn);
	shown_field(names, L->pack_col, un, sizeof un);
	if (L->in.packed)
		say(text, size, "note: '%s' is a price of as many units as '%s' says (a price unit, "
		    "as SAP's Preiseinheit): on %zu row%s that is more than 1, and the price is read "
		    "divided by it", pn, un, L->in.packed, L->in.packed == 1 ? "" : "s");
	if (L->in.unit3_read)
		say(text, size, "note: %zu of them write it with thousands grouped ('%s' on line "
		    "%llu, the file's decimal mark being the other): read as %g", L->in.unit3_read,
		    L->in.unit3_first.text, (unsigned long long)L->in.unit3_first.line,
		    L->in.unit3_whole);
	if (L->in.unit3_open)
		say(text, size, "warning: on %zu row%s '%s' is written '%s' (the first on line %llu), "
		    "and no number of the file shows its decimal mark: read as 1; if it groups "
		    "thousands (%g), load with --decimal %c", L->in.unit3_open,
		    L->in.unit3_open == 1 ? "" : "s", un, L->in.unit3_first.text,
		    (unsigned long long)L->in.unit3_first.line, L->in.unit3_whole,
		    L->in.unit3_mark == '.' ? ',' : '.');
	if (L->in.units_dropped)
		say(text, size, "warning: on %zu row%s '%s' is no price unit (1, 10, 100, 1000), most "
		    "of the rows it fills: it is no price unit's column (a period, a pack?), and every "
		    "price is read as written", L->in.price_unit_other,
		    L->in.price_unit_other == 1 ? "" : "s", un);
	else if (L->in.price_unit_other)
		say(text, size, "warning: on %zu row%s '%s' is no price unit (1, 10, 100, 1000): "
		    "the price is read as written there", L->in.price_unit_other,
		    L->in.price_unit_other == 1 ? "" : "s", un);
}

/* The quantities read as whole cases times their size plus loose units (cases_start): how,
 * in a note, and the rows whose cases or size were no number, in a warning. */
static void cases_note(const loader *L, const char *const *names, char *text, size_t size)
{
	char cn[64], pn[64], qn[64];
	shown_field(names, L->cases_col, cn, sizeof cn);
	shown_field(names, L->pack_col, pn, sizeof pn);
	shown_field(names, L->col[RR_COL_QTY], qn, sizeof qn);
	if (L->in.cased)
		say(text, size, "note: each quantity is '%s' x '%s' + '%s' (whole cases of so many "
		    "units and the loose units beside them), the price each unit's: %zu row%s held "
		    "cases", cn, pn, qn, L->in.cased, L->in.cased == 1 ? "" : "s");
	if (L->in.cased_total)
		say(text, size, "note: on %zu row%s '%s' holds as many units as '%s' x '%s' or more, "
		    "which loose units beside whole cases never do: it is the line's total units, "
		    "read as the quantity, the cases not added", L->in.cased_total,
		    L->in.cased_total == 1 ? "" : "s", qn, cn, pn);
	if (L->in.cases_bad)
		say(text, size, "warning: on %zu row%s '%s' or '%s' is no number: '%s' alone read "
		    "there; write the cases as a count and the size as the units in one",
		    L->in.cases_bad, L->in.cases_bad == 1 ? "" : "s", cn, pn, qn);
}

/* Were the quantities a unit's size converted units already, a few broken packs among them
 * (t85 F4: a beverage wholesaler's bottles, 24, 48, 60 beside a crate of 24 or 20 and now and
 * then 8 or 17, read 19 times over)? Three in four of ten rows or more a whole multiple of
 * their size, where counts of packs would be one by chance (a crate of 12 on one in twelve),
 * and no line total the quantity times the size times the price (a count of packs at each
 * unit's price): the totals, when the file has them, must not say packs. */
static int pack_broken_units(const loader *L)
{
	const builder *in = &L->in;
	if (in->packed < 10 || in->pack_whole == in->packed || 4 * in->pack_whole < 3 * in->packed)
		return 0;
	return !(L->pt_packs >= 2 && 2 * L->pt_packs >= L->pt_rows);   /* packs at a unit's price */
}

/* Quantities in several units of measure (uom_start): converted by the unit's size column,
 * said in a note; without one, a warning when a unit is a pack (CS) or, no count word, is
 * written in whole numbers (r_keeper's grams), not for a weight in fractions beside pieces
 * (KORONA's 0.456 kg at a price per kg: the spend is right). */
static void describe_uom(const loader *L, char *text, size_t size)
{
	const char *names[MAX_FIELDS];
	char counts[240] = "", un[64], pn[64], qn[64];
	int other = 0;
	if (L->in.pack == PACK_PRICE_UNIT) {
		header_names(L, names);
		price_unit_note(L, names, text, size);
		return;
	}
	if (L->in.cases) {
		header_names(L, names);
		cases_note(L, names, text, size);
		return;
	}
	if (L->uom_kinds < 2 && !L->in.packed)
		return;
	header_names(L, names);
	for (int k = 0; k < L->uom_kinds; k++) {
		size_t o = strlen(counts);
		snprintf(counts + o, sizeof counts - o, "%s%s %zu", k ? ", " : "", L->uom_value[k],
			 L->uom_rows[k]);
		unsigned w = known_word(L->uom_value[k], strlen(L->uom_value[k]));
		other |= (w & W_QTY_PACK) ||
			 (!(w & W_QTY_UNIT) && 2 * L->uom_frac[k] < L->uom_rows[k]);
	}
	if (L->uom_col >= 0)
		shown_field(names, L->uom_col, un, sizeof un);
	shown_field(names, L->col[RR_COL_QTY], qn, sizeof qn);
	if (L->in.packed && L->in.pack_price_kept)   /* pack_price_reread's note says it */
		return;
	if (L->in.packed && (pack_units(&L->in) || pack_broken_units(L))) {   /* a pipe */
		shown_field(names, L->pack_col, pn, sizeof pn);
		say(text, size, "warning: %zu rows' quantities read in the base unit, '%s' times "
		    "'%s' (each unit's size), the price divided by it; but each is a whole multiple "
		    "of it, as units already are beside a case's size: if they are, load the file "
		    "itself, not through a pipe, which reads them as written", L->in.packed, qn, pn);
		return;
	}
	if (L->in.packed) {
		shown_field(names, L->pack_col, pn, sizeof pn);
		say(text, size, "note: %zu row%s' quantities read in the base unit: '%s' times '%s' "
		    "(each unit's size), the price divided by it, so the spend stays%s%s%s%s%s",
		    L->in.packed, L->in.packed == 1 ? "" : "s", qn, pn, L->uom_kinds > 1 ? " ('" : "",
		    L->uom_kinds > 1 ? un : "", L->uom_kinds > 1 ? "': " : "",
		    L->uom_kinds > 1 ? counts : "", L->uom_kinds > 1 ? " rows)" : "");
		if (L->in.pack_each && L->uom_col >= 0)
			say(text, size, "note: %zu rows whose '%s' is a single unit's (EA, each, "
			    "Stk) read as written: a split case's units, not converted by '%s'",
			    L->in.pack_each, un, pn);
		return;
	}
	if (L->uom_kinds > 1 && other)
		say(text, size, "warning: '%s' gives each quantity's unit, and '%s' is in %d units "
		    "(%s rows): added as they are, packs or weights and single units as one; no "
		    "column gives each unit's size (%s, %s...): write each quantity in one unit "
		    "before loading, or load one unit's rows alone", un, qn, L->uom_kinds, counts,
		    ingest_pack_columns[0], ingest_pack_columns[3]);
}

/* What line_check_decide found: the note of the reading again (the options carry it), or
 * the warning of a file not read again. */
static void describe_line_check(const loader *L, char *text, size_t size)
{
	describe_uom(L, text, size);
	if (L->o->reread && L->o->reread->note[0])
		say(text, size, "%s", L->o->reread->note);
	else if (L->lc_note[0] && L->lc_pick == -1)
		say(text, size, "%s", L->lc_note);
	if (L->o->reread && L->o->reread->id_note && L->o->reread->id_note[0])
		say(text, size, "%s", L->o->reread->id_note);
	else if (!L->id_map[0] && L->id_note[0])
		say(text, size, "%s", L->id_note);
}

/* The doubts the dates leave (day or month first, serials among text dates, year first),
 * with the --date-format that reads the other way. */
static void describe_date_doubts(const builder *in, char *text, size_t size)
{
	char fmt[64];
	if (date_guess_ambiguous(&in->dates)) {
		int day = in->dates.decided_day_first;
		date_guess_other_format(&in->dates, fmt, sizeof fmt);
		/* two-digit years under a Persian header: likely Solar Hijri year first, 03/02/31
		 * (1403-02-31, no Gregorian day year first), which month first spreads over 30
		 * years (t80 F10); neither Gregorian order is the way out */
		if (in->fa_header && strstr(fmt, "%y"))
			say(text, size, "warning: the dates are ambiguous, and their years have two "
			    "digits under a Persian header: if they are Solar Hijri, year first "
			    "(03/02/31 is 1403-02-31), load with --calendar solar-hijri; read as "
			    "Gregorian, %s first (if they are %s first, load with --date-format "
			    "\"%s\")", day ? "day" : "month", day ? "month" : "day", fmt);
		else
			/* a --date-format reads years as written: the Thai era the load took from
			 * them needs its option beside it (t80 F22) */
			say(text, size, "warning: the dates are ambiguous: each reads as month/day "
			    "and as day/month; read %s first (if they are %s first, load with "
			    "--date-format \"%s\"%s)", day ? "day" : "month", day ? "month" : "day", fmt,
			    in->dates.n_buddhist ? " --calendar buddhist" : "");
	}
	char mix[600];
	if (date_guess_serial_mix(&in->dates, mix, sizeof mix))
		say(text, size, "warning: %s", mix);
	if (date_guess_month_doubt(&in->dates, mix, sizeof mix))
		say(text, size, "warning: %s", mix);
	if (date_guess_month_turned(&in->dates, mix, sizeof mix))
		say(text, size, "note: %s", mix);
	if (date_guess_past_era(&in->dates, mix, sizeof mix))   /* t80 F26 */
		say(text, size, "note: %s", mix);
	if (date_guess_year_first_doubt(&in->dates, fmt, sizeof fmt))
		say(text, size, "warning: the dates may be year first: each also reads as "
			"YY/MM/DD, and the values do not tell which; read %s first (if the year is first, "
			"load with --date-format \"%s\")", in->dates.decided_day_first ? "day" : "month",
		    fmt);
}

/* The header's names of the customer's and the item's columns into the rows. 0 or -1. */
static int keep_id_names(loader *L)
{
	int u = L->col[RR_COL_USER], i = L->col[RR_COL_ITEM];
	if (!L->hdr)
		return 0;
	if ((u >= 0 && u < L->ncols && !(L->rows->user_col = strdup(L->hdr + L->hoff[u]))) ||
	    (i >= 0 && i < L->ncols && !(L->rows->item_col = strdup(L->hdr + L->hoff[i]))))
		return err_set("out of memory loading '%s'", L->path);
	return 0;
}

/* t82 F10: a negative line total beside an unsigned quantity was read as a return of that
 * quantity (amount_price), but "SKU10,1,-2.00" on a 14.35 item's invoice is 2.00 off the
 * price, and "COUPON10,1,-10.00" returns no goods: such a "return" whose unit price is under
 * half the item's lowest bought one, or of an item never bought, takes a unit and, under
 * clean returns, its full price away. Said with the first such, counted; 0 or -1. */
static int describe_amount_cuts(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	if (!L->in.amount_neg_rows || !r->price_from_amount)
		return 0;
	uint32_t items = strtab_count(r->codes);
	double *low = malloc((items ? items : 1) * sizeof *low);   /* each item's lowest bought */
	if (!low)
		return err_set("out of memory loading '%s'", L->path);
	for (uint32_t k = 0; k < items; k++)
		low[k] = -1;
	for (size_t i = 0; i < r->n; i++)
		if (r->qty[i] > 0 && r->price[i] > 0 && r->item[i] < items &&
		    (low[r->item[i]] < 0 || r->price[i] < low[r->item[i]]))
			low[r->item[i]] = r->price[i];
	size_t cuts = 0, unsold = 0, first = r->n;
	for (size_t i = 0; i < r->n; i++) {
		if (r->qty[i] >= 0 || r->item[i] >= items)
			continue;
		double was = low[r->item[i]];
		if (was >= 0 && !(r->price[i] < was / 2))
			continue;
		cuts++;
		unsold += was < 0;
		if (first == r->n)
			first = i;
	}
	if (cuts) {
		char code[64], at[96] = "";
		uint32_t it = r->item[first];
		sniff_printable(code, sizeof code, strtab_get(r->codes, it), strtab_len(r->codes, it), 24);
		if (low[it] >= 0)
			snprintf(at, sizeof at, ", sold at %.2f or more", low[it]);
		say(text, size, "warning: %zu of those returns (the first '%s', %.2f a unit%s; %zu of an "
		    "item never bought) are under half the item's lowest price: a price adjustment, a "
		    "discount or a coupon, not units returned; they lower the spend by their amount, "
		    "but count as units back, and clean returns takes a unit at its full price for each: "
		    "leave clean returns off for this file, or drop those lines before loading",
		    cuts, code, r->price[first], at, unsold);
	}
	free(low);
	return 0;
}

/* The quantity's and the price's own decimal marks, when each column has one
 * (marks_by_column). */
static void describe_col_marks(const builder *in, char *text, size_t size)
{
	if (!in->col_marks[0].line)
		return;
	int qty_comma = in->mark_cols[0] == 1;
	say(text, size, "note: the %s are written with a decimal comma (line %llu: '%s'), the %s "
	    "with a decimal point (line %llu: '%s'): each column is read with its own mark",
	    qty_comma ? "quantities" : "prices", (unsigned long long)in->col_marks[0].line,
	    in->col_marks[0].text, qty_comma ? "prices" : "quantities",
	    (unsigned long long)in->col_marks[1].line, in->col_marks[1].text);
}

/* The rows rejected as not UTF-8, with the encoding to try; stats counts the rows of a NUL
 * byte under the same line, so they are said beside and the two add up (t82 F26). */
static void describe_not_utf8(loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	size_t nul = L->rows->rejected[RR_REJ_UTF8] - in->not_utf8;
	char nul_text[96] = "";
	if (!in->not_utf8)
		return;
	if (nul)
		snprintf(nul_text, sizeof nul_text, ", and %zu more for a NUL byte (stats: %zu invalid "
			 "UTF-8 or NUL byte)", nul, L->rows->rejected[RR_REJ_UTF8]);
	say(text, size, "warning: '%s' is not UTF-8: %zu row%s rejected%s (%s)", L->path,
	    in->not_utf8, in->not_utf8 == 1 ? "" : "s", nul_text,
	    in->other_script ? OTHER_SCRIPTS_HINT : UTF8_HINT);
}

/* A report grouped by item: its headings, and the rows that took one as their item
 * (item_head_fill). */
static void describe_headings(const loader *L, char *text, size_t size)
{
	if (!L->headings)
		return;
	say(text, size, "note: a report grouped by item: %zu line%s naming a group alone in its "
	    "unnamed first column (the first on line %llu: '%s') %s its headings, no rows and no "
	    "customer: each row's customer is its own column's", L->headings,
	    L->headings == 1 ? "" : "s", (unsigned long long)L->heading_line, L->heading,
	    L->headings == 1 ? "is" : "are");
	if (L->head_took)
		say(text, size, "note: %zu row%s took the heading above them as the item (the "
		    "product's name; each line's own text, a memo, is not): the item column "
		    "named above is read only where no heading stands", L->head_took,
		    L->head_took == 1 ? "" : "s");
}

static int describe(loader *L)
{
	const builder *in = &L->in;
	if (keep_id_names(L) != 0)
		return -1;
	status_unread_columns(L);
	/* room for the suggested commands: a field-aware awk is some 700 bytes (t62 F5, F6) */
	char text[8192] = "", sep[16];
	const char *dec = L->o->decimal ? (in->dec == ',' ? "decimal comma" : "decimal point")
			  : in->comma.line ? "decimal comma (detected)" : "decimal point";
	say(text, sizeof text, "format: %s, separator %s%s, %s", L->format,
	    sniff_sep_name(L->sep, sep, sizeof sep), L->sep_line ? " (its sep= line)" : "", dec);
	if (L->notes[0])
		say(text, sizeof text, "%s", L->notes);
	describe_col_marks(in, text, sizeof text);
	describe_header(L, text, sizeof text);
	describe_dates(L, text, sizeof text);
	describe_one_moment(L, text, sizeof text);
	L->rows->day_numbers = in->dates.n_daynum && in->dates.n_daynum == date_guess_count(&in->dates);
	describe_missing(L, text, sizeof text);
	if (describe_amount_cuts(L, text, sizeof text) != 0)
		return -1;
	describe_one_value(L, text, sizeof text);
	describe_empty_user(L, text, sizeof text);
	if (describe_sales(L, text, sizeof text) != 0)
		return -1;
	if (describe_shape(L, text, sizeof text) != 0 ||
	    describe_line_totals(L, text, sizeof text) != 0)
		return err_set("out of memory loading '%s'", L->path);
	if (L->invoices[0])
		say(text, sizeof text, "%s", L->invoices);
	describe_row_ends(L, text, sizeof text);
	describe_values(L, text, sizeof text);
	describe_date_doubts(in, text, sizeof text);
	if (in->item_nonstock)
		say(text, sizeof text, "note: %zu row%s (the first on line %llu) under a non-stock "
		    "code (Sage's S1, S2, S3): named by %s description, as %s no product of the "
		    "shop's stock", in->item_nonstock, in->item_nonstock == 1 ? "" : "s",
		    (unsigned long long)in->item_nonstock_line, in->item_nonstock == 1 ? "its" :
		    "their", in->item_nonstock == 1 ? "it is" : "they are");
	describe_named(L, text, sizeof text);
	if (in->charge_blank)
		say(text, sizeof text, "note: %zu row%s of shipping, fees and the like with no "
		    "quantity or price (the first on line %llu: '%s'): no purchases, skipped",
		    in->charge_blank, in->charge_blank == 1 ? "" : "s",
		    (unsigned long long)in->charge_line, in->charge_word);
	describe_line_types(L, text, sizeof text);
	if (L->grouped)
		say(text, sizeof text, "note: a report grouped by customer: %zu row%s took the "
		    "customer from the line above them that names one alone (its group and total "
		    "lines are no purchases: rejected or skipped)", in->grouped_took,
		    in->grouped_took == 1 ? "" : "s");
	describe_footer(L, text, sizeof text);
	describe_headings(L, text, sizeof text);
	describe_fills(L, text, sizeof text);
	if (in->no_session)
		say(text, sizeof text, "note: %zu purchase%s (the first on line %llu) with no session: "
		    "one invoice per customer and timestamp for %s", in->no_session,
		    in->no_session == 1 ? "" : "s", (unsigned long long)in->no_session_line,
		    in->no_session == 1 ? "it" : "them");
	if (in->cp1252_rows)
		say(text, sizeof text, "warning: '%s' is UTF-8 but %zu row%s (the first on line %llu) "
		    "had text that is not: read as cp1252, the encoding of spreadsheets saved on "
		    "Windows%s%s%s", L->path, in->cp1252_rows, in->cp1252_rows == 1 ? "" : "s",
		    (unsigned long long)in->cp1252_line,
		    in->other_script ? "; but its bytes look like another script's (" : "",
		    in->other_script ? OTHER_SCRIPTS_HINT : "", in->other_script ? ")" : "");
	describe_sci(L, text, sizeof text);
	describe_plain(in, text, sizeof text);
	describe_id_spellings(L, text, sizeof text);
	describe_lookalikes(L, text, sizeof text);
	describe_item_forms(L, text, sizeof text);
	if (in->composed_ids)
		say(text, sizeof text, "note: %zu row%s (the first on line %llu: '%s') with an id "
		    "written with accents apart from their letters (e and \u00b4, as macOS writes "
		    "\u00e9) or in another of Unicode's spellings of the same text (marks in another "
		    "order, \u212b for \u00c5): read in one spelling (NFC), so an id is one whichever "
		    "way it was written", in->composed_ids, in->composed_ids == 1 ? "" : "s",
		    (unsigned long long)in->composed_first.line, in->composed_first.text);
	if (L->open_quote_lines > 2)   /* a stray quote: the rest of the file (past its own line) */
		say(text, sizeof text, "warning: a quote opened on line %zu is never closed, so the "
		    "rest of the file from there was one field of one rejected row; what is left is "
		    "not the whole file (a stray \" in a field?)", L->open_quote_line);
	describe_unpadded(in, 0, "customer", text, sizeof text);
	describe_unpadded(in, 1, "item", text, sizeof text);
	describe_zeros(L->rows->customers, NULL, "customer", ingest_zero_columns[0], "", text,
		       sizeof text);
	describe_zeros(L->rows->codes, L->rows, "item", ingest_zero_columns[1], "", text,
		       sizeof text);
	if (!L->rows->no_invoice && !L->rows->invoices_keyed)   /* t56 F6 */
		describe_zeros(L->rows->invoices, NULL, "invoice", NULL, " (too many invoices: each "
			       "customer's orders and each pair's order count too high)", text,
			       sizeof text);
	describe_id_forms(L, text, sizeof text);
	if (describe_twins(L, text, sizeof text) != 0 ||
	    describe_catchange(L, text, sizeof text) != 0 ||
	    describe_groups(L, text, sizeof text) != 0)
		return -1;
	describe_date_codes(L->rows->codes, text, sizeof text);
	describe_grouped(L, text, sizeof text);
	describe_line_check(L, text, sizeof text);
	numbers_warn(L, text, sizeof text);
	describe_not_utf8(L, text, sizeof text);
	L->rows->skipped_what = in->has_event && in->has_status
		? "events other than purchases, orders cancelled" : in->status_flag == FLAG_PRACTICE
		? "lines flagged training or test" : in->status_flag == FLAG_DONE
		? "lines flagged not delivered" : in->status_flag > 0
		? "lines flagged void or cancelled" : in->has_status
		? "orders cancelled, failed, voided or refused by the buyer" : in->quote_rows
		? "quotes numbered as such beside invoices" : "events other than purchases";
	L->rows->reading = strdup(text);
	return L->rows->reading ? 0 : err_set("out of memory loading '%s'", L->path);
}

/* The length of the mark that groups an id's thousands at s[0..n): a comma, a point, an
 * apostrophe (1'234, 1’234) or a blank (group_blank); 0 if none. */
static size_t id_group_mark(const char *s, size_t n)
{
	if (n && (s[0] == ',' || s[0] == '.' || s[0] == '\''))
		return 1;
	if (n >= 3 && memcmp(s, "\xE2\x80\x99", 3) == 0)
		return 3;
	return group_blank(s, n);
}

/* Is s[0..n) a number with its thousands grouped by one mark throughout (id_group_mark): 1 to
 * 3 digits, the first not 0, then groups of three ("12,346", "1 234 567")? Its digits into
 * out[0..size) and their count, else 0. */
static size_t grouped_id(const char *s, size_t n, char *out, size_t size)
{
	size_t i = 0, o = 0, m = 0, mark = 0;
	while (i < n && is_digit(s[i]) && i < 4)
		i++;
	if (i < 1 || i > 3 || s[0] == '0' || i == n || n >= size)
		return 0;
	memcpy(out, s, i);
	o = i;
	while (i < n) {
		if ((m = id_group_mark(s + i, n - i)) == 0 || (mark && memcmp(s + i, s + mark, m)) ||
		    i + m + 3 > n || !is_digit(s[i + m]) || !is_digit(s[i + m + 1]) ||
		    !is_digit(s[i + m + 2]))
			return 0;
		mark = mark ? mark : i;
		memcpy(out + o, s + i + m, 3);
		o += 3;
		i += m + 3;
	}
	return o;
}

/* Is s[0..n) all digits (and not empty)? */
static int all_digits(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && is_digit(s[k]))
		k++;
	return n && k == n;
}

/* The item codes written as decimals (float_digits: "10045.0", "96385074.00", as pandas writes
 * an all-digit column with blanks) read as the whole number, as customer ids are (t63 F1), when
 * every other code of the column is all digits: a code "1.0" among "1.5" and "V1.0" stays as
 * written. Under --strip-zeros item, without its leading zeros, as the others are read. Their
 * rows counted for the summary. 0, or -1 when memory runs out. */
static int merge_float_items(loader *L)
{
	rr_strtab *t = L->rows->codes;
	uint32_t n = strtab_count(t), floats = 0;
	for (uint32_t id = 0; id < n; id++) {
		const char *s = strtab_get(t, id);
		size_t m = strtab_len(t, id);
		if (float_digits(s, m))
			floats++;
		else if (m && !all_digits(s, m))
			return 0;
	}
	uint32_t *plain = floats ? malloc(n * sizeof *plain) : NULL, *to = NULL;
	if (!floats)
		return 0;
	int ok = plain != NULL;
	for (uint32_t id = 0; ok && id < n; id++) {
		char d[RR_MAX_FIELD];
		size_t m = float_digits(strtab_get(t, id), strtab_len(t, id));
		memcpy(d, strtab_get(t, id), m);   /* copied: interning may move the strings */
		size_t z = L->in.strip & 2 ? id_zeros(d, m) : 0;
		plain[id] = m ? strtab_intern(t, d + z, m - z) : id;
		ok = plain[id] != RR_NONE;
	}
	uint32_t all = strtab_count(t);
	if (ok && (to = malloc(all * sizeof *to)) != NULL) {
		for (uint32_t j = 0; j < all; j++)
			to[j] = j < n ? plain[j] : j;
		for (size_t i = 0; i < L->rows->n; i++)
			L->in.float_ids[1] += L->rows->item[i] != RR_NONE &&
					      to[L->rows->item[i]] != L->rows->item[i];
	}
	int rc = to ? rows_merge_ids(L->rows, 1, to) : err_set("out of memory loading '%s'", L->path);
	free(plain);
	free(to);
	return rc;
}

/* Is s[0..n) a barcode's digits grouped by one blank throughout (group_blank) as its label
 * prints them: an EAN-13 '4 006381 333931' (1-6-6), a UPC-A '0 12345 67890 5', groups of three
 * with a leading 0; two groups or more of 8, 12, 13 or 14 digits in all (EAN-8, UPC-A, EAN-13,
 * GTIN-14)? Its digits into out[0..size) and their count, else 0. */
static size_t digit_groups(const char *s, size_t n, char *out, size_t size)
{
	size_t i = 0, o = 0, m = 0, mark = 0, groups = 0;
	while (i < n && o < size) {
		size_t d = 0;
		while (i + d < n && is_digit(s[i + d]) && o + d < size)
			out[o + d] = s[i + d], d++;
		if (!d)
			return 0;
		o += d, i += d, groups++;
		if (i == n)
			break;
		if ((m = group_blank(s + i, n - i)) == 0 || (mark && memcmp(s + i, s + mark, m)))
			return 0;
		mark = mark ? mark : i;
		i += m;
	}
	return i == n && groups >= 2 && (o == 8 || o == 12 || o == 13 || o == 14) ? o : 0;
}

/* The Cyrillic and Greek letters that print as a Latin one, as a keyboard left on the Russian,
 * Ukrainian, Bulgarian, Serbian or Greek layout types them: the one table (t63 F25). */
static const struct {
	unsigned short cp;
	char latin;
} latin_lookalikes[] = {
	{0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'},
	{0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0423, 'Y'}, {0x0425, 'X'},
	{0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'},
	{0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'},
	{0x0458, 'j'}, {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'},
	{0x0399, 'I'}, {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'},
	{0x03A4, 'T'}, {0x03A5, 'Y'}, {0x03A7, 'X'}, {0x03BF, 'o'},
};

/* The Latin letter code point cp prints as (latin_lookalikes), or 0. */
static char lookalike_of(unsigned long cp)
{
	for (size_t k = 0; k < sizeof latin_lookalikes / sizeof *latin_lookalikes; k++)
		if (latin_lookalikes[k].cp == cp)
			return latin_lookalikes[k].latin;
	return 0;
}

/* Id s[0..n) with its look-alike letters (latin_lookalikes) read as Latin, into out[0..size):
 * its length when it has one and also a Latin letter or a digit (a code that mixes scripts
 * inside one word: a Russian shop's all-Cyrillic codes are its own), else 0. */
static size_t latin_spelling(const char *s, size_t n, char *out, size_t size)
{
	size_t o = 0, swapped = 0, latin = 0;
	for (size_t i = 0; i < n && o < size;) {
		unsigned long cp = 0;
		size_t len = (unsigned char)s[i] >= 0xC0 ?
			textesc_utf8((const unsigned char *)s + i, n - i, &cp) : 0;
		char c = len == 2 ? lookalike_of(cp) : 0;
		if (c) {
			out[o++] = c, swapped++, i += len;
			continue;
		}
		latin += is_digit(s[i]) || ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z');
		len = len ? len : 1;
		if (o + len > size)
			return 0;
		memcpy(out + o, s + i, len);
		o += len, i += len;
	}
	return swapped && latin && o < size ? o : 0;
}

/* to[id] = o in the map of n ids that rows_merge_ids takes, made the identity at its first
 * entry (*to NULL until then: nothing to merge). 0, or -1 when memory runs out. */
static int id_remap(uint32_t **to, uint32_t n, uint32_t id, uint32_t o)
{
	if (!*to) {
		if (!(*to = malloc(n * sizeof **to)))
			return -1;
		for (uint32_t j = 0; j < n; j++)
			(*to)[j] = j;
	}
	(*to)[id] = o;
	return 0;
}

/* A customer id vat_key wrote with its country: "DE123456789" (an EU VAT prefix, then the
 * number's key), with its number's place. */
typedef struct vat_id {
	const char *num;
	size_t n;
	uint32_t id;
} vat_id;

static int vat_id_cmp(const void *a, const void *b)
{
	const vat_id *x = a, *y = b;
	size_t n = x->n < y->n ? x->n : y->n;
	int c = memcmp(x->num, y->num, n);
	return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* The tax ids vat_key kept with their country, read as the number alone when no other country
 * writes that number (PL5072822514 beside 5072822514 is one buyer, t74 F27); a number two
 * countries or more write stays each country's (DE123456789, EL123456789 and PT123456789 are
 * three companies, t79 F13), counted for the note. 0, or -1 when memory runs out. */
static int merge_vat_countries(loader *L)
{
	builder *in = &L->in;
	rr_strtab *t = L->rows->customers;
	uint32_t n = strtab_count(t), m = 0, *to = NULL;
	vat_id *v = in->tax_keyed && n ? malloc(n * sizeof *v) : NULL;
	if (!v)
		return in->tax_keyed && n ? err_set("out of memory loading '%s'", L->path) : 0;
	for (uint32_t id = 0; id < n; id++) {
		const char *s = strtab_get(t, id);
		size_t k = strtab_len(t, id);
		char key[32];
		if (k > 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
		    idtwins_vat_key(s, k, key, sizeof key) == k - 2 && memcmp(key, s + 2, k - 2) == 0)
			v[m++] = (vat_id){s + 2, k - 2, id};
	}
	qsort(v, m, sizeof *v, vat_id_cmp);
	uint32_t *into = m ? malloc(m * sizeof *into) : NULL;
	int rc = m && !into ? -1 : 0;
	for (uint32_t a = 0, b; rc == 0 && a < m; a = b) {
		for (b = a + 1; b < m && vat_id_cmp(&v[a], &v[b]) == 0; b++)
			into[b] = RR_NONE;
		into[a] = RR_NONE;
		if (b - a > 1) {
			if (!in->tax_shared++)
				sniff_printable(in->tax_shared_first, sizeof in->tax_shared_first,
						strtab_get(t, v[a].id), strtab_len(t, v[a].id), 24);
			continue;
		}
		char num[32];   /* copied: interning may move the strings v points into */
		memcpy(num, v[a].num, v[a].n);
		rc = (into[a] = strtab_intern(t, num, v[a].n)) == RR_NONE ? -1 : 0;
	}
	uint32_t all = strtab_count(t);   /* the numbers interned now too */
	for (uint32_t a = 0; rc == 0 && a < m; a++)
		if (into[a] != RR_NONE && id_remap(&to, all, v[a].id, into[a]) != 0)
			rc = -1;
	free(v);
	free(into);
	if (rc != 0) {
		free(to);
		return err_set("out of memory loading '%s'", L->path);
	}
	rc = to ? rows_merge_ids(L->rows, 0, to) : 0;
	free(to);
	return rc;
}

/* Customer and item ids that are another of the file once their look-alike letters are read
 * as Latin (latin_spelling: 'АВ-100' beside 'AB-100', typed with the Russian layout on): counted
 * for the summary's warning, and read as that id under --latin-lookalikes. Never unasked: a
 * shop's codes may mix scripts on purpose. 0, or -1 when memory runs out. */
static int lookalike_ids(loader *L)
{
	builder *in = &L->in;
	for (int k = 0; k < 2; k++) {
		rr_strtab *t = k ? L->rows->codes : L->rows->customers;
		uint32_t n = strtab_count(t), *to = NULL;
		for (uint32_t id = 0; id < n; id++) {
			char d[RR_MAX_FIELD];
			size_t m = latin_spelling(strtab_get(t, id), strtab_len(t, id), d, sizeof d);
			uint32_t o = m ? strtab_find(t, d, m) : RR_NONE;
			if (o == RR_NONE)
				continue;
			if (!in->lookalike_ids[k]++) {
				sniff_printable(in->lookalike_pair[k][0], sizeof in->lookalike_pair[k][0],
						strtab_get(t, id), strtab_len(t, id), 24);
				sniff_printable(in->lookalike_pair[k][1], sizeof in->lookalike_pair[k][1],
						d, m, 24);
			}
			if (!L->o->latin_lookalikes)
				continue;
			if (id_remap(&to, n, id, o) != 0)
				return err_set("out of memory loading '%s'", L->path);
		}
		int rc = to ? rows_merge_ids(L->rows, k, to) : 0;
		free(to);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* Item codes in another form of a product's code the column holds (itemforms.h: a scale
 * label's in-store EAN-13, an ISBN-10, a 10-digit NDC): counted for the summary, and read as
 * that code for the forms --item-forms names. 0, or -1 when memory runs out. */
static int item_forms(loader *L)
{
	uint32_t *to = NULL;
	if (L->col[RR_COL_ITEM] < 0)   /* descriptions, no codes */
		return 0;
	if (itemforms_scan(L->rows->codes, L->in.item_forms, &L->in.forms, &to) != 0)
		return -1;
	int rc = to ? rows_merge_ids(L->rows, 1, to) : 0;
	free(to);
	return rc;
}

/* Item codes that are an ISBN-13 written with hyphens or blanks (978-0-306-40615-7, as a book
 * prints it) read as its 13 digits (itemforms_isbn_spellings, t63 F10), counted in the note on
 * grouped digits. 0, or -1 when memory runs out. */
static int merge_isbn_spellings(loader *L)
{
	builder *in = &L->in;
	uint32_t *to = NULL;
	size_t c = 0;
	if (L->col[RR_COL_ITEM] < 0)
		return 0;
	if (itemforms_isbn_spellings(L->rows->codes, &to, &c, in->grouped_pair[1]) != 0)
		return -1;
	in->grouped_ids[1] += c;
	in->grouped_bars[1] |= c > 0;
	int rc = to ? rows_merge_ids(L->rows, 1, to) : 0;
	free(to);
	return rc;
}

/* Customer and item ids written with their thousands grouped ("12,346", "12 346", "12'346":
 * one month's export had the spreadsheet's 1000 separator on the column) are read as the id
 * without the marks when the file writes that id too (t56 F17: 17,901 beside 17901, two
 * customers); one only ever written grouped stays as written (10.100 may be a code). Counted
 * for the summary. 0, or -1 when memory runs out. */
static int merge_grouped_ids(loader *L)
{
	builder *in = &L->in;
	for (int k = 0; k < 2; k++) {
		rr_strtab *t = k ? L->rows->codes : L->rows->customers;
		uint32_t n = strtab_count(t), *to = NULL;
		for (uint32_t id = 0; id < n; id++) {
			char d[RR_MAX_FIELD];
			size_t m = grouped_id(strtab_get(t, id), strtab_len(t, id), d, sizeof d), bars = 0;
			if (!m)   /* or as a barcode's label prints its digits (t63 F23) */
				bars = m = digit_groups(strtab_get(t, id), strtab_len(t, id), d, sizeof d);
			uint32_t o = m ? strtab_find(t, d, m) : RR_NONE;
			if (o == RR_NONE)
				continue;
			in->grouped_bars[k] |= bars > 0;
			if (id_remap(&to, n, id, o) != 0)
				return err_set("out of memory loading '%s'", L->path);
			if (!in->grouped_ids[k]++) {
				sniff_printable(in->grouped_pair[k][0], sizeof in->grouped_pair[k][0],
						strtab_get(t, id), strtab_len(t, id), 24);
				sniff_printable(in->grouped_pair[k][1], sizeof in->grouped_pair[k][1],
						d, m, 24);
			}
		}
		int rc = to ? rows_merge_ids(L->rows, k, to) : 0;
		free(to);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* The ids rows took from a name because their code was blank (user_alt_fill, the item's
 * F_ITEM_ALT) read as the code that name comes with on every line that writes both (alt_note),
 * when it comes with one: a code blank only on lines past those the header's choice of the
 * code over its name looked at (Sage's Customer A/C Ref beside Customer, a Reference beside
 * Product) no longer splits one customer or item in two, nor loses its rows; a name that comes
 * with no code, or with two, stays its own id. k: 0 the customers, 1 the items. 0 or -1. */
static int alt_merge_one(loader *L, int k)
{
	rr_rows *r = L->rows;
	struct alt_map *a = &L->in.alt[k];
	rr_strtab *t = k ? r->codes : r->customers;
	uint32_t n = strtab_count(t), *to = malloc((n ? n : 1) * sizeof *to);
	int any = 0;
	if (!to)
		return err_set("out of memory loading '%s'", L->path);
	for (uint32_t id = 0; id < n; id++) {
		const char *name = strtab_get(t, id);
		size_t nn = strtab_len(t, id);
		uint32_t m = strtab_find(a->names, name, nn), c;
		to[id] = id;
		if (m == RR_NONE || a->code_of[m] == RR_NONE ||
		    strtab_find(a->codes, name, nn) != RR_NONE)   /* a code itself: kept */
			continue;
		c = strtab_find(t, strtab_get(a->codes, a->code_of[m]), strtab_len(a->codes,
									   a->code_of[m]));
		if (c == RR_NONE || c == id)
			continue;
		to[id] = c;
		if (!any++) {
			sniff_printable(a->ex_name, sizeof a->ex_name, name, nn, 24);
			sniff_printable(a->ex_code, sizeof a->ex_code, strtab_get(t, c),
					strtab_len(t, c), 24);
		}
	}
	for (size_t i = 0; any && i < r->n; i++) {
		uint32_t v = k ? r->item[i] : r->cust[i];
		a->merged += v != RR_NONE && to[v] != v;
	}
	int rc = any ? rows_merge_ids(r, k, to) : 0;
	free(to);
	return rc;
}

static int alt_merge(loader *L)
{
	const builder *in = &L->in;
	if (in->user_named && in->alt[0].names && alt_merge_one(L, 0) != 0)
		return -1;
	/* not a web shop's SKU beside its Item Name: relrec(1) names those rows by the name */
	return L->item_beside && in->item_named && in->alt[1].names ? alt_merge_one(L, 1) : 0;
}

/* Whether customer ids a and b are one number written with leading zeros on one of them
 * (00120 and 120): a spreadsheet's damage, not two customers (t56 F11). */
static int same_number_id(const rr_strtab *t, uint32_t a, uint32_t b)
{
	const char *s[2] = {strtab_get(t, a), strtab_get(t, b)};
	size_t n[2] = {strtab_len(t, a), strtab_len(t, b)};
	for (int k = 0; k < 2; k++) {
		for (size_t i = 0; i < n[k]; i++)
			if (!is_digit(s[k][i]))
				return 0;
		while (n[k] > 1 && s[k][0] == '0')
			s[k]++, n[k]--;
	}
	return n[0] == n[1] && memcmp(s[0], s[1], n[0]) == 0;
}

/* Invoice numbers that restart (a till's receipt numbers, from 1 each day or on each till)
 * are not orders: one number then holds lines of many customers and days, and reading it as
 * one basket would merge them all. The count of numbers with lines of two or more customers
 * (*shared) and of two or more days for one customer (*days), and one of them in ex. */
static void reused_numbers(const rr_rows *r, uint32_t ni, uint32_t *first, int32_t *day,
			   size_t *shared, size_t *days, uint32_t *ex)
{
	unsigned char *seen = calloc(ni ? ni : 1, 1);  /* bit 1: shared, bit 2: days */
	*shared = *days = 0;
	*ex = RR_NONE;
	if (!seen)
		return;
	for (uint32_t v = 0; v < ni; v++)
		first[v] = RR_NONE;
	for (size_t i = 0; i < r->n; i++) {
		uint32_t v = r->invoice[i], u = r->cust[i];
		int32_t d = (int32_t)date_floor_day(r->minute[i]);
		if (u == RR_NONE)
			continue;
		if (first[v] == RR_NONE) {
			first[v] = u;
			day[v] = d;
		} else if (first[v] != u && !(seen[v] & 1) &&
			   !same_number_id(r->customers, first[v], u)) {
			seen[v] |= 1;
			(*shared)++;
			*ex = v;
		} else if (first[v] == u && day[v] != d && !(seen[v] & 2)) {
			seen[v] |= 2;
			(*days)++;
		}
	}
	free(seen);
}

/* The new invoices of split_reused_invoices: each row's "NUMBER YYYY-MM-DD[ HH:MM] CUSTOMER"
 * of its receipt's first line (start: receipts_find; the time when at_time: a time column of
 * its own is the receipt's, t72 F3), and " STORE/TILL" after it when till (till_note: a
 * customer's two receipts of one number on one day at two tills are two, t67 F22), into a new
 * table; r->invoice[] then points into it. The table, or NULL out of memory (r as it was). */
static rr_strtab *invoices_keyed(const loader *L, rr_rows *r, int at_time, int till,
				 const int32_t *start)
{
	const builder *in = &L->in;
	rr_strtab *t = strtab_new();
	uint32_t *id = malloc((r->n ? r->n : 1) * sizeof *id);
	for (size_t i = 0; t && id && i < r->n; i++) {
		char key[4 * RR_MAX_FIELD + 48], hm[24] = "";
		int y, m, d;
		int64_t d0 = date_floor_day(start[i]);
		int hm_of = (int)(start[i] - d0 * 1440);
		date_civil_from_days(d0, &y, &m, &d);
		if (at_time)
			snprintf(hm, sizeof hm, " %02d:%02d", hm_of / 60 % 24, hm_of % 60);
		uint32_t k = till ? in->till_of[i] : RR_NONE;
		int w = snprintf(key, sizeof key, "%s %04d-%02d-%02d%s %s%s%s",
				 strtab_get(r->invoices, r->invoice[i]), y, m, d, hm,
				 r->cust[i] == RR_NONE ? "" : strtab_get(r->customers, r->cust[i]),
				 k == RR_NONE ? "" : " ", k == RR_NONE ? "" : strtab_get(in->tills, k));
		size_t kn = w < 0 ? 0 : (size_t)w < sizeof key ? (size_t)w : sizeof key - 1;
		while (kn && key[kn - 1] == ' ')
			kn--;
		if ((id[i] = strtab_intern(t, key, kn)) == RR_NONE) {
			strtab_free(t);
			t = NULL;
		}
	}
	if (t && id)
		memcpy(r->invoice, id, r->n * sizeof *id);
	else {
		strtab_free(t);
		t = NULL;
	}
	free(id);
	return t;
}

/* Each row's receipt (receipts_find) into start[r->n]. A store's or a till's column joins the
 * key (*till 1) unless it changes within the receipts found without it, as a product's URL
 * or a shelf does (t73 F4): then *till is 0 and *mixed, *multi say how often. Those receipts
 * are cut at each pause, the date's time too: one customer's receipts of one number at two
 * tills hours apart on one day are no receipt the column changes within (t67 F22). 0, or -1. */
static int receipts_of(const loader *L, int at_time, int32_t *start, int *till,
		       size_t *mixed, size_t *multi, size_t *paused)
{
	const rr_rows *r = L->rows;
	const builder *in = &L->in;
	receipts_in q = {r->n, r->invoice, r->cust, in->till_of, r->minute, 0, 1};
	receipts_out o;
	*till = in->till_on && in->till_of && in->till_n == r->n;
	*mixed = *multi = 0;
	if (*till) {
		if (receipts_find(&q, start, &o) != 0)
			return -1;
		if (receipts_till_varies(o.multi, o.mixed_till)) {
			*till = 0;
			*mixed = o.mixed_till;
			*multi = o.multi;
		}
	}
	q.till = *till ? in->till_of : NULL;
	q.key_till = *till;
	q.by_time = at_time;
	int rc = receipts_find(&q, start, &o);
	*paused = o.paused;
	return rc;
}

/* The invoices of t that hold a purchase (a line of quantity above 0), as stats counts the
 * kept rows' (returns and cancellations are dropped by the cleaning rules by default): the
 * warning's count then is stats' (t67 F22: it counted the returns' own receipts too, 213 for
 * 185). */
static size_t purchase_invoices(const rr_rows *r, const rr_strtab *t)
{
	uint32_t n = strtab_count(t);
	unsigned char *seen = calloc(n ? n : 1, 1);
	size_t got = 0;
	for (size_t i = 0; seen && i < r->n; i++)
		if (r->qty[i] > 0 && !seen[r->invoice[i]]++)
			got++;
	free(seen);
	return seen ? got : n;
}

/* Whether the rows' minutes are UTC: most dates carried an offset or are Unix times. */
static int dates_utc(const date_guess *g)
{
	size_t zoned = g->n_iso_zone + g->n_named_zone + g->n_dm_zone + g->n_epoch;
	return zoned && zoned * 2 > date_guess_count(g);
}

/* Whether the prices' marks or a currency column name a money that is neither code nor the
 * euro (t82 F15: a Currency of GBP on every row is no leva, whatever its January sale). */
static int names_other_money(const loader *L, const char *code)
{
	const builder *in = &L->in;
	for (int c = 0; c < 2 && in->currency[c]; c++)
		if (strcmp(in->currency[c], code) != 0 && strcmp(in->currency[c], "EUR") != 0)
			return 1;
	for (uint64_t m = L->cur_alive; m && L->probe; m &= m - 1) {
		const col_probe *p = &L->probe[__builtin_ctzll(m)];
		for (int c = 0; c < PROBE_CODES && p->code[c]; c++)
			if (strcmp(p->code[c], code) != 0 && strcmp(p->code[c], "EUR") != 0)
				return 1;
	}
	return 0;
}

/* When the rows' country column holds c's country (euro_country_is: HR, Croatia, Hrvatska)
 * beside others, the mask of its rows, its value shown in L->euro_where; else NULL (no such
 * column, or c's country alone). t82 F4: a Slovenian chain's Croatian branch priced in kuna
 * until 2022-12-31 beside Slovenia's euro: the check of the whole file saw no change, and
 * --convert-currency HRK divided Slovenia's euro too. */
static uint8_t *euro_country_rows(loader *L, const rr_euro_change *c)
{
	const rr_rows *r = L->rows;
	uint32_t nc = r->countries ? strtab_count(r->countries) : 0, hit = RR_NONE;
	if (L->col[RR_COL_COUNTRY] < 0 || nc < 2)
		return NULL;
	uint8_t *is = calloc(nc, 1), *keep = NULL;
	size_t mine = 0;
	for (uint32_t k = 0; is && k < nc; k++)
		if ((is[k] = (uint8_t)euro_country_is(c, strtab_get(r->countries, k))) && hit == RR_NONE)
			hit = k;
	if (is && hit != RR_NONE && (keep = malloc(r->n ? r->n : 1))) {
		for (size_t i = 0; i < r->n; i++)
			mine += keep[i] = r->country[i] != RR_NONE && is[r->country[i]];
		if (mine == r->n || !mine) {
			free(keep);
			keep = NULL;
		}
	}
	if (keep) {
		char shown[40];
		snprintf(L->euro_where, sizeof L->euro_where, "'%s' (%s)",
			 sniff_printable(shown, sizeof shown, strtab_get(r->countries, hit),
					 strlen(strtab_get(r->countries, hit)), 24), c->country);
	}
	free(is);
	return keep;
}

/* The check for a changeover in one country's rows (euro_country_rows) of a file of several,
 * after the whole file's showed none: the first found. 0, or -1 with err_set. */
static int euro_country_detect(loader *L)
{
	const rr_rows *r = L->rows;
	int32_t lo = INT32_MAX, hi = INT32_MIN;   /* no country's rows cross a day the file's */
	for (size_t i = 0; i < r->n; i++) {      /* do not (a third of a load's cost, else) */
		lo = r->minute[i] < lo ? r->minute[i] : lo;
		hi = r->minute[i] > hi ? r->minute[i] : hi;
	}
	for (const rr_euro_change *c = euro_changes; c->code && !L->euro.change; c++) {
		int32_t day = euro_cut_minute(c, L->euro_utc);
		if (lo >= day || hi < day)
			continue;
		uint8_t *keep = euro_country_rows(L, c);
		if (!keep)
			continue;
		int rc = euro_detect_rows(L->rows, L->euro_utc, keep, c, &L->euro);
		free(keep);
		if (rc != 0)
			return -1;
		if (!L->euro.change)
			L->euro_where[0] = '\0';
	}
	return 0;
}

/* --convert-currency's conversion of the old money's rows (by their currency where the file
 * says it, else by date), or else the check for a changeover in the prices (euro.h, t77 F11:
 * a Croatian file of kuna then euro added 7.5 times its 2022 spend, without a word), unless
 * the file names another money. 0, or -1 with err_set. */
static int euro_settle(loader *L)
{
	const char *code = L->o->convert_currency;
	const builder *in = &L->in;
	char codes[200];
	euro_codes_list(codes, sizeof codes);
	if (code && !(L->euro_conv = euro_change_of(code, strlen(code))))
		return err_set("--convert-currency: '%s' is no money the euro replaced (name one of "
			       "%s; relrec(1) lists their days and rates)", code, codes);
	L->euro_utc = dates_utc(&in->dates);
	if (L->euro_conv) {
		const uint8_t *money = in->money_n == L->rows->n && !(in->money_cols & ~L->cur_alive)
				       ? in->money_of : NULL;
		for (size_t i = 0; money && i < L->rows->n && !L->money_followed; i++)
			L->money_followed = money[i] != EURO_MONEY_UNSAID;
		uint8_t *keep = euro_country_rows(L, L->euro_conv);
		if (!L->rows->no_price)
			euro_convert_rows(L->rows, L->euro_conv, money, L->euro_utc, keep,
					  &L->euro_done);
		free(keep);
		return 0;
	}
	if (euro_detect(L->rows, L->euro_utc, &L->euro) != 0 ||
	    (!L->euro.change && euro_country_detect(L) != 0))
		return -1;
	if (L->euro.change && names_other_money(L, L->euro.change->code))
		memset(&L->euro, 0, sizeof L->euro);
	return 0;
}

/* When at least 1 % of the numbers with customers are shared by customers, each customer's
 * lines of one number on one day (at one till, when a column names it) become one invoice,
 * "NUMBER YYYY-MM-DD CUSTOMER[ STORE/TILL]" (a C and a number still starts a
 * cancellation's); said in L->invoices. One customer's number on several days is only
 * warned of: an order's lines may be dated as they ship. 0 or -1. */
static int split_reused_invoices(loader *L)
{
	rr_rows *r = L->rows;
	uint32_t ni = strtab_count(r->invoices);
	size_t shared, days, with_cust = 0;
	uint32_t ex, *first = malloc((ni ? ni : 1) * sizeof *first);
	int32_t *day = malloc((ni ? ni : 1) * sizeof *day);
	if (r->no_invoice || !first || !day) {
		free(first);
		free(day);
		return r->no_invoice ? 0 : err_set("out of memory loading '%s'", L->path);
	}
	reused_numbers(r, ni, first, day, &shared, &days, &ex);
	for (uint32_t v = 0; v < ni; v++)
		with_cust += first[v] != RR_NONE;
	free(first);
	free(day);
	char shown[64], at[176] = "";
	/* a time column of its own is the receipt's time (a till's): two receipts of one number
	 * on one day, on two registers, are two sales (t72 F3) */
	int at_time = L->col[RR_COL_TIME] >= 0;
	if (shared >= 2 && shared * 100 >= with_cust) {
		sniff_printable(shown, sizeof shown, strtab_get(r->invoices, ex),
				strtab_len(r->invoices, ex), 40);
		int till;
		size_t mixed, multi, paused;
		int32_t *start = malloc((r->n ? r->n : 1) * sizeof *start);
		rr_strtab *t = start && receipts_of(L, at_time, start, &till, &mixed, &multi,
						    &paused) == 0
			       ? invoices_keyed(L, r, at_time, till, start) : NULL;
		free(start);
		if (!t)
			return err_set("out of memory loading '%s'", L->path);
		const char *names[MAX_FIELDS];
		char tills[160] = "";
		header_names(L, names);
		if (L->in.till_on && L->in.till_n == r->n)
			snprintf(tills, sizeof tills, "%.60s%s%.60s", names[L->till_col[0]],
				 L->till_col[1] >= 0 ? " and " : "",
				 L->till_col[1] >= 0 ? names[L->till_col[1]] : "");
		if (L->in.till_on && L->in.till_n == r->n && till)
			snprintf(at, sizeof at, " at one %s", tills);
		char notill[400] = "", gap[256];
		snprintf(gap, sizeof gap, " at one time (the time column's: a pause of more than %d "
			 "minutes with another customer's line of the number in it, or of %d minutes "
			 "or more, starts another; %zu receipt%s cut so)", RECEIPTS_GAP_MINUTES,
			 RECEIPTS_VISIT_MINUTES, paused, paused == 1 ? "" : "s");
		if (multi)
			snprintf(notill, sizeof notill, "; '%s' is no store or till: it changes within "
				 "%zu of the %zu receipts of two lines or more, so it joins no key",
				 tills, mixed, multi);
		snprintf(L->invoices, sizeof L->invoices, "warning: %zu of %zu invoice numbers "
			 "(such as '%s') have lines of several customers, as %s do: each customer's "
			 "lines of one number on one day%s%s are read as one invoice (%zu invoices "
			 "of purchases)%s", shared, with_cust, shown, L->in.sci_ids[2] ? "numbers a spreadsheet rounded (scientific notation)"
			 : "a till's receipt numbers that restart", at,
			 at_time ? gap : "", purchase_invoices(r, t), notill);
		strtab_free(r->invoices);
		r->invoices = t;
		r->invoices_keyed = 1;
	} else if (days >= 2 && days * 100 >= with_cust) {
		snprintf(L->invoices, sizeof L->invoices, "warning: %zu of %zu invoice numbers have "
			 "one customer's lines on several days, each read as one invoice (if the "
			 "numbers restart, --map invoice=- reads each customer's lines at one time as "
			 "one)", days, with_cust);
	}
	return 0;
}

/* msg, the example of a rejected row on line, among rows->examples in line order (those are
 * "LINE: reason"): rows rejected after the last row take their place among the first. */
static void example_insert(rr_rows *r, uint64_t line, const char *msg)
{
	int at = r->n_examples;
	while (at > 0 && strtoull(r->examples[at - 1], NULL, 10) > line)
		at--;
	if (at >= RR_MAX_EXAMPLES)
		return;
	int last = r->n_examples < RR_MAX_EXAMPLES ? r->n_examples : RR_MAX_EXAMPLES - 1;
	memmove(r->examples[at + 1], r->examples[at], (size_t)(last - at) * sizeof r->examples[0]);
	snprintf(r->examples[at], sizeof r->examples[0], "%s", msg);
	if (r->n_examples < RR_MAX_EXAMPLES)
		r->n_examples++;
}

/* The rows held for a number such as "1,234" are now their first kept: the first of them
 * noted again (held_first). */
static void held_renoted(builder *in, size_t kept)
{
	in->n_held = kept;
	if (kept)
		grouped_note(&in->held_first, in->held[0].line, in->held[0].text,
			     strlen(in->held[0].text), strcmp(in->held[0].what, "quantity") != 0,
			     in->comma_sep);
}

static int held_row_cmp(const void *a, const void *b)
{
	size_t x = ((const held_row *)a)->row, y = ((const held_row *)b)->row;
	return (x > y) - (x < y);
}

/* The dates held for a zone name zones share (date_zone_hold), once every row is in (before
 * the date reading is decided): where the name's partner was read in the column (CDT beside
 * CST), each is read with its zone's offset, as the others were, in its row; else it is
 * rejected as it was on the spot before, its row listed for settle_held to take out. Its
 * numbers are noted (note_numbers) only when it is read: a row rejected for its date never
 * said what they do. 0, or -1. */
static int settle_zones(loader *L)
{
	builder *in = &L->in;
	size_t held = in->n_held;
	if (in->n_zheld && !(in->zone_drop = malloc(in->n_zheld * sizeof *in->zone_drop)))
		return err_set("out of memory loading '%s'", L->path);
	for (size_t k = 0; k < in->n_zheld; k++) {
		const zone_held *h = &in->zheld[k];
		int rc = in->zone_seen >> h->zone & 1 ? date_guess_read(&in->dates, h->decided,
			 strlen(h->decided), h->line, (uint32_t)h->row, &L->rows->minute[h->row]) : -1;
		if (rc == -2)
			return err_set("out of memory loading '%s'", L->path);
		if (rc == 0) {
			zone_held *w = &in->zheld[k];
			w->note.s[0] = w->num[0];
			w->note.s[1] = w->num[1];
			if (note_numbers(in, &w->note) != 0)
				return err_set("out of memory loading '%s'", L->path);
			zone_read_note(in, h->zone, h->line, h->text, strlen(h->text));
			continue;
		}
		char detail[200] = "", msg[sizeof L->rows->examples[0]];
		date_noted(in, h->line, h->text, strlen(h->text), detail, sizeof detail);
		snprintf(msg, sizeof msg, "%llu: %s: %s", (unsigned long long)h->line,
			 rows_reject_name(RR_REJ_DATE), detail);
		L->rows->rejected[RR_REJ_DATE]++;
		example_insert(L->rows, h->line, msg);
		in->zone_drop[in->n_zone_drop++] = h->row;
	}
	if (in->n_held > held) {   /* the rows held for their numbers in row order */
		qsort(in->held, in->n_held, sizeof *in->held, held_row_cmp);
		held_renoted(in, in->n_held);
	}
	return 0;
}

/* rows_drop of drop[0..n) (in row order), and the same rows out of the till keys beside
 * them (till_note), which stay one a row. */
static int drop_rows(loader *L, const size_t *drop, size_t n)
{
	builder *in = &L->in;
	size_t o = 0;
	for (size_t i = 0, d = 0; in->till_of && i < in->till_n; i++) {
		if (d < n && drop[d] == i)
			d++;
		else
			in->till_of[o++] = in->till_of[i];
	}
	in->till_n = in->till_of ? o : 0;
	o = 0;
	for (size_t i = 0, d = 0; in->money_of && i < in->money_n; i++) {
		if (d < n && drop[d] == i)
			d++;
		else
			in->money_of[o++] = in->money_of[i];
	}
	in->money_n = in->money_of ? o : 0;
	return rows_drop(L->rows, drop, n);
}

/* drop_rows of drop[0..n) and the rows settle_zones rejected, both in row order, merged. */
static int late_drop(loader *L, const size_t *drop, size_t n)
{
	const builder *in = &L->in;
	size_t z = in->n_zone_drop, i = 0, j = 0, o = 0;
	if (!z)
		return n ? drop_rows(L, drop, n) : 0;
	size_t *all = malloc((n + z) * sizeof *all);
	if (!all)
		return err_set("out of memory loading '%s'", L->path);
	while (i < n || j < z)
		all[o++] = j == z || (i < n && drop[i] < in->zone_drop[j]) ? drop[i++]
									  : in->zone_drop[j++];
	int rc = drop_rows(L, all, o);
	free(all);
	return rc;
}

/* The minor digits of currency code (rr_currency's minor, its first entry's), or
 * RR_MINOR_SHARED when the table does not name it so. */
static int code_minor(const char *code)
{
	for (const rr_currency *c = ingest_currencies; c->mark; c++)
		if (strcmp(c->code, code) == 0)
			return c->minor == RR_MINOR_UNWRITTEN ? 2 : c->minor;
	return RR_MINOR_SHARED;
}

/* Fold currency code, named by column col (-1: the prices' own marks), into what the file
 * says of its money: *code the first named with its digits, *digits theirs; a mark several
 * currencies share says nothing, and digits that differ make *digits -2 (mixed). */
static void money_names(const char *code, int col, const char **first, int *first_col,
			int *digits)
{
	int m = code ? code_minor(code) : RR_MINOR_SHARED;
	if (m == RR_MINOR_SHARED || *digits == -2)
		return;
	if (!*first) {
		*first = code;
		*first_col = col;
		*digits = m;
	} else if (*digits != m) {
		*digits = -2;
	}
}

/* The currency of no minor unit (or of three) the file's money is in: every currency its
 * prices' own marks and its currency columns name (the probes: an unused column whose every
 * value is a currency's code or mark, Currency, W\xC3\xA4hrung, Devise...) has those digits.
 * Into in->minor_code and minor_col, minor_digits; NULL when none is named, a third
 * currency is, or their digits differ. */
static void money_currency(loader *L)
{
	builder *in = &L->in;
	const char *first = NULL;
	int col = -1, digits = -1;
	for (int c = 0; c < 2; c++)
		money_names(in->currency[c], -1, &first, &col, &digits);
	for (uint64_t m = L->probe ? L->cur_alive : 0; m; m &= m - 1) {
		int f = __builtin_ctzll(m);
		for (int c = 0; f < L->ncols && c < PROBE_CODES; c++)
			money_names(L->probe[f].code[c], f, &first, &col, &digits);
		if (f < L->ncols && L->probe[f].more)
			digits = -2;
	}
	if (in->currencies_more || (digits != 0 && digits != 3))
		return;
	in->minor_code = first;
	in->minor_col = col;
	in->minor_digits = digits;
}

/* Count row line's number s (as shown) as one the currency's digits decided. */
static void minor_decided(builder *in, uint64_t line, const char *s)
{
	if (!in->minor_rows++ || line < in->minor_first.line) {
		in->minor_first.line = line;
		sniff_printable(in->minor_first.text, sizeof in->minor_first.text, s, strlen(s), 16);
	}
}

/* Numbers the file's currency decides where no number and no --decimal did: in one of no
 * minor unit (JPY, KRW, VND...) a point before three digits of a price groups thousands
 * ("1.200" read as 1.2 is 1200), and so does a comma (the rows held for "1,200" are kept,
 * their prices as read); in one of three (KWD, BHD...) "1.250" is 1.25 as read, and the
 * warning that every point stands before three digits is not given. A quantity is no money:
 * its held rows are settle_held's. */
/* Prices written with '$' alone, a mark of currencies with cents and without, none of them
 * with cents and each of two or more written with a point before three digits ($ 20.850,
 * $ 3.553): pesos of no cents, as Colombia and Chile write them, never dollars whose every
 * price has three decimals (t80 F21: read as 20.85, warned). Made the money's currency of no
 * minor unit, said apart (minor_shared). prices_only: every point of a price stands so. */
/* Are the file's dates proven month first (a second field above 12, none in the first), the
 * United States' order, which no peso country writes? Its '$3.309' is a price to a tenth of a
 * cent, as fuel, fasteners and components are priced there (t85 F16: read as 3,309 pesos). */
static int dollar_dates(const builder *in)
{
	const date_guess *g = &in->dates;
	return g->month_first.line && !g->day_first.line && !g->decided_day_first;
}

static void dollar_pesos(builder *in, int prices_only)
{
	/* a quantity's 37.81 proves the file's point a decimal one, and every price has one:
	 * its $1.889 is dollars to a tenth of a cent, as fuel is priced in day-first Australia
	 * too (t89 F6: read x1000); pesos are written $ 104 below a thousand (t80 F1) */
	if (dollar_dates(in) || (in->qty_point.line && !in->price_bare_n))
		return;
	if (in->minor_code || in->dec || in->comma.line || !prices_only || in->n_price3 < 2 ||
	    in->money_frac.line || !in->currency[0] || in->currency[1] ||
	    strcmp(in->currency[0], "$") != 0)
		return;
	in->minor_code = in->currency[0];
	in->minor_col = -1;
	in->minor_digits = 0;
	in->minor_shared = 1;
}

static void settle_money(loader *L)
{
	builder *in = &L->in;
	money_currency(L);
	/* the price column's own points: a weighed quantity's 4.5 says nothing of them (t80 F1) */
	int prices_only = in->price_point3_n == in->n_price3 && !in->price_point_other_n;
	dollar_pesos(in, prices_only);
	if (!in->minor_code || in->dec || in->comma.line)
		return;
	if (in->n_price3 && prices_only) {   /* read with a point, which groups or is one */
		for (size_t k = 0; in->minor_digits == 0 && k < in->n_price3; k++)
			L->rows->price[in->price3[k].row] = in->price3[k].whole;
		minor_decided(in, in->point3.line, in->point3.text);
		in->minor_rows += in->n_price3 - 1;
		in->point3_n -= in->n_price3;
		in->price_point3_n = 0;
		if (in->minor_digits == 3)
			return;
		if (!in->qty_point.line)   /* a quantity's 4.5 still proves its own point */
			memset(&in->point, 0, sizeof in->point);
	}
	if (in->minor_digits == 3)
		return;
	if (in->point.line)
		return;
	size_t kept = 0;
	for (size_t k = 0; k < in->n_held; k++) {
		const held_row *h = &in->held[k];
		if (strcmp(h->what, "quantity") != 0)
			minor_decided(in, h->line, h->text);
		else
			in->held[kept++] = *h;
	}
	if (kept < in->n_held)
		held_renoted(in, kept);
}

/* The rows held for a number such as "1,234" read as thousands before the file showed its
 * decimal mark (holdable), once every row is in: a decimal point anywhere in the file keeps
 * them; else (a decimal comma, or nothing that tells) they are rejected, as they were on the
 * spot before a mark was known, and taken out of the rows. What their dates said of the
 * file's date format stays (a number's doubt is no sign of a damaged row), and so do their
 * parts in the summary's other counts (currencies, filled orders): a rare file's notes may
 * count a few rows too many. 0 or -1. */
/* The held rows' numbers read with the decimal comma the file showed after them, as the rows
 * after it read theirs: one reading for one column (t68 F11: "1,200" rejected above a "2,5"
 * and read as 1.2 below it). An amount's row is left to be rejected: its unit price came from
 * the thousands. */
static void held_comma_read(loader *L)
{
	builder *in = &L->in;
	rr_rows *r = L->rows;
	for (size_t k = 0; k < in->n_held; k++) {
		held_row *h = &in->held[k];
		double v;
		char m;
		const rr_currency *cur = NULL;
		int qty = strcmp(h->what, "quantity") == 0;
		if ((!qty && r->price_from_amount) || h->row >= r->n ||
		    field_number(h->text, strlen(h->text), !qty, ',', in->comma_sep, &v, &m, &cur) != 0)
			continue;
		if (qty) {
			in->qty_fractions += (v != floor(v)) - (r->qty[h->row] != floor(r->qty[h->row]));
			r->qty[h->row] = copysign(v, r->qty[h->row]);
		} else {
			r->price[h->row] = copysign(v, r->price[h->row]);
		}
		h->read = 1;
		in->comma_held_read++;
		comma_read_note(in, h->line, h->text, strlen(h->text));
	}
}

static int settle_held(loader *L)
{
	builder *in = &L->in;
	if (!in->n_held)
		return late_drop(L, NULL, 0);
	if (in->point.line) {   /* a decimal comma too is the error of both marks, before */
		if (!in->thousands_rows || in->held_first.line < in->thousands.line) {
			in->thousands.line = in->held_first.line;
			memcpy(in->thousands.text, in->held_first.text, sizeof in->thousands.text);
		}
		in->thousands_rows += in->n_held;
		return late_drop(L, NULL, 0);
	}
	if (comma_settles(in))   /* as the rows after the proof were: one reading (t68 F11) */
		held_comma_read(L);
	size_t *drop = malloc(in->n_held * sizeof *drop), nd = 0;
	if (!drop)
		return err_set("out of memory loading '%s'", L->path);
	for (size_t k = 0; k < in->n_held; k++) {
		const held_row *h = &in->held[k];
		if (h->read)
			continue;
		char msg[sizeof L->rows->examples[0]];
		snprintf(msg, sizeof msg, "%llu: %s: %s '%s'%s", (unsigned long long)h->line,
			 rows_reject_name(RR_REJ_NUMBER), h->what, h->text, in->comma.line ? GROUPED_HINT
			 : " (thousands, or a decimal comma? --decimal . or --decimal , says which)");
		if (in->strict && k == 0) {
			free(drop);
			return err_set("%s:%s", L->path, msg);
		}
		drop[nd++] = h->row;
		L->rows->rejected[RR_REJ_NUMBER]++;
		example_insert(L->rows, h->line, msg);
	}
	if (nd && (!in->grouped_rows || in->held_first.line < in->grouped.line))
		in->grouped = in->held_first;
	in->grouped_rows += nd;
	int rc = late_drop(L, drop, nd);
	free(drop);
	return rc;
}

/* The quantities whose one mark stands before three digits (qty_doubt), once the other
 * numbers have shown the file's mark: written with the other mark, it groups thousands, as
 * the man page says ("2.500" in a decimal-comma file is 2500, t36 B1: such a count refused
 * the file as using both marks); with none shown, they show it, as any number does. */
static void settle_qty_marks(builder *in)
{
	char file = in->comma.line ? ',' : in->point.line ? '.' : 0;
	if (!file) {
		for (int k = 0; k < 2; k++)
			if (in->qty3_first[k].line)
				note_mark(in, k ? ',' : '.', in->qty3_first[k].line,
					  in->qty3_first[k].text, strlen(in->qty3_first[k].text), 0);
		return;
	}
	rr_rows *r = in->rows;
	size_t other = 0;
	for (size_t k = 0; k < in->n_qty3; k++)
		other += in->qty3[k].mark != file;
	/* an order of thousands is an outlier beside the column's small ones: more than a tenth
	 * of the rows so written (and more than one) is a column written with three decimals
	 * (SAP's 1.000, a deli's 1.250 kg, t38 F6: read x1000 on every row), so the file has
	 * both marks and is asked about, as before */
	if (other > 1 && other * 10 > r->n) {
		char mark = file == ',' ? '.' : ',';
		const mark_proof *p = &in->qty3_first[mark == ','];
		note_mark(in, mark, p->line, p->text, strlen(p->text), 0);
		return;
	}
	for (size_t k = 0; k < in->n_qty3; k++) {
		const qty_doubt *d = &in->qty3[k];
		if (d->mark == file)
			continue;
		double was = r->qty[d->row];
		r->qty[d->row] = (double)llround(was * 1000);
		if (r->price_from_amount)   /* the unit price is the line's amount over it */
			r->price[d->row] /= 1000;
		in->qty_fractions -= was != floor(was);
		if (!in->qty_whole_rows++)
			in->qty_whole = in->qty3_first[d->mark == ','];
	}
}

/* The file's separator as awk's -F takes it, for the pipes the refusals propose. */
static void awk_sep(const loader *L, char *sep, size_t size)
{
	if (L->sep == '\t')
		snprintf(sep, size, "\\t");
	else
		snprintf(sep, size, "%c", L->sep ? L->sep : ',');
}

/* awk's g(s, c): B and E around field c of line s, split on S outside double quotes */
#define AWK_FIELD_G "function g(s,c,i,n,q,x){B=1;E=length(s)+1;n=1;q=0;" \
	"for(i=1;i<=length(s);i++){x=substr(s,i,1);if(x==\"\\\"\")q=!q;" \
	"else if(x==S&&!q){n++;if(n==c)B=i+1;else if(n==c+1){E=i;return}}}if(n<c)B=E}"

/* g for a record that may span lines: B and E as AWK_FIELD_G's, and 1 while the record ends
 * inside a quoted field (its next line is joined on). A quote opens one only at a field's
 * start, "" inside it is a quote, as libcsv reads them: a quote inside an unquoted field
 * (12" pipe) is text, and toggled it would join the lines after it. */
#define AWK_FIELD_GQ "function g(s,c,i,n,x,f){B=1;E=length(s)+1;n=1;q=0;f=1;" \
	"for(i=1;i<=length(s);i++){x=substr(s,i,1);if(q){if(x==\"\\\"\"){" \
	"if(substr(s,i+1,1)==\"\\\"\")i++;else q=0}}else if(x==S){n++;f=1;if(n==c)B=i+1;" \
	"else if(n==c+1)E=i}else if(x==\"\\\"\"&&f){q=1;f=0}else if(x!=\" \")f=0}" \
	"if(n<c)B=E;return q}"

/* The start of an awk program that reads the file's records as relrec does (lines, the
 * builder's lines_read or tool_lines): g, then CR line ends read as records' ends (written
 * back so), then, when a quoted field spans lines, a record's lines joined (with their line
 * end) before the program's own rules, which count records in R, not lines in NR (a header
 * cell Excel wrapped, "Unit<LF>Price", is one record: awk_nr). The file's unmarked lines are
 * AWK_FIELD_G's, one a record, as before. 0, or -1 when no awk reads them so: CR and LF line
 * ends both end records. */
static int awk_head(char *out, size_t size, unsigned lines)
{
	if (TOOL_MIXED(lines))
		return -1;
	int n = snprintf(out, size, "%s%s%s", lines & TOOL_ML ? AWK_FIELD_GQ : AWK_FIELD_G,
			 lines & TOOL_CR ? "BEGIN{RS=ORS=\"\\r\"}" : "", lines & TOOL_ML ?
			 "{while(g($0,0)&&(getline J)>0)$0=$0 RS J;R++}" : "");
	return n >= 0 && (size_t)n < size ? 0 : -1;
}

/* The number of the record an awk program after awk_head's start is at. */
static const char *awk_nr(unsigned lines)
{
	return lines & TOOL_ML ? "R" : "NR";
}

/* awk_head's start, then the rules fmt writes, into prog: 0, or -1 with prog "" when no awk
 * reads the file's records so or the program does not fit. */
static RR_PRINTF(4, 5) int awk_program(char *prog, size_t size, unsigned lines,
					const char *fmt, ...)
{
	char head[700];
	int n = !(lines & TOOL_WIDE) && awk_head(head, sizeof head, lines) == 0
		? snprintf(prog, size, "%s", head) : -1;
	if (n >= 0 && (size_t)n < size) {
		va_list ap;
		va_start(ap, fmt);
		int m = vsnprintf(prog + n, size - (size_t)n, fmt, ap);
		va_end(ap);
		if (m >= 0 && (size_t)m < size - (size_t)n)
			return 0;
	}
	if (size)
		prog[0] = '\0';
	return -1;
}

/* An awk program (POSIX: mawk has no FPAT) that rewrites column col (from 1) of each record
 * after the first skip (records: awk_nr) with body, awk code that edits v, the field's text without its
 * CSV quotes (kept around the new text, as a CR ending the line): the record is split on the
 * separator S (awk -v S=SEP) outside double quotes, as relrec reads it (t62 F7: -F split a
 * quoted "Mug, large", and read every quoted number as 0), its lines as lines says
 * (awk_head). 0, or -1 with prog "" (awk_program). */
static int field_awk(char *prog, size_t size, unsigned lines, int skip, int col,
		     const char *body)
{
	return awk_program(prog, size, lines,
			   "%s>%d{g($0,%d);v=substr($0,B,E-B);r=\"\";if(v~/\\r$/){r=\"\\r\";"
			   "v=substr(v,1,length(v)-1)}d=\"\";if(v~/^\".*\"$/){d=\"\\\"\";"
			   "v=substr(v,2,length(v)-2)}if(B<E){%s;$0=substr($0,1,B-1) d v d r "
			   "substr($0,E)}}1", awk_nr(lines), skip, col, body);
}

/* An awk program that appends a column, named name on the header's line skip (none when skip
 * is 0), of the code in brackets that begins column col's text ("[FURN_0269] Office Chair",
 * Odoo's display name: colgroup_form_key), or of the whole text when it has none; quoted,
 * its quotes doubled, a CR kept at the line's end. Its records' lines as field_awk's; 0, or
 * -1 with prog "". */
static int bracket_awk(char *prog, size_t size, unsigned lines, int skip, int col,
		       const char *name)
{
	/* short: a pipe's command is read again by the next note's pipe (util.c's limits) */
	const char *nr = awk_nr(lines);
	return awk_program(prog, size, lines, "{r=\"\";if(sub(/\\r$/,\"\"))r=\"\\r\"}"
			   "function w(t){gsub(/\"/,\"\\\"\\\"\",t);$0=$0 S \"\\\"\" t \"\\\"\" r}"
			   "%s==%d{w(\"%s\")}%s>%d{g($0,%d);v=substr($0,B,E-B);if(v~/^\".*\"$/){"
			   "v=substr(v,2,length(v)-2);gsub(/\"\"/,\"\\\"\",v)}"
			   "if(v~/^\\[[^] []+\\] ./)v=substr(v,2,index(v,\"]\")-2);w(v)}1", nr, skip,
			   name, nr, skip, col);
}

/* The way to read a stock's side as sales, after a warning's "cancellations": the load
 * argument whose awk writes the quantity's sign turned, as text (t62 F9: -$c read -1,5 as
 * -1), the digits and decimal mark as written, or, when no command can name the file, what
 * would do. */
static void sign_turn_way(const loader *L, char *way, size_t size)
{
	char sep[8], prog[1200], cmd[2000];
	awk_sep(L, sep, sizeof sep);
	int awk_rc = field_awk(prog, sizeof prog, L->in.lines_read, data_skip(L),
			       L->col[RR_COL_QTY] + 1, "if(v~/^-/)v=substr(v,2);else if(v~/^[+]/)"
			       "v=\"-\" substr(v,2);else v=\"-\" v");
	const char *arg[3] = {sep, prog, L->path};   /* a gzip file's lines through gzip */
	if (awk_rc == 0 && rr_pipe_text_cmd(cmd, sizeof cmd, "awk -v S=%s %s %p", arg, 3, L->path))
		snprintf(way, size, ": load %s with the same options reads them as sales", cmd);
	else
		snprintf(way, size, ": the quantity's sign turned reads them as sales");
}

/* An event log whose every purchase row has its quantity below 0, and every return row (if
 * any) one above, writes the stock's side: a stock-movement export (NCR Counterpoint's Qty
 * Change: a Sale -2, a Return +1), every sale dropped as a cancellation and, with the rule
 * off, counted negative (t59 F17). Said with the pipe that writes the quantity's sign
 * turned, after which the purchases are kept and the returns read as returns. */
static void stock_sign(const loader *L, char *text, size_t size)
{
	const builder *in = &L->in;
	if (L->col[RR_COL_QTY] < 0 || !in->buy_rows || in->buy_neg != in->buy_rows ||
	    in->ret_pos != in->sell_back)
		return;
	char way[2100];
	sign_turn_way(L, way, sizeof way);
	say(text, size, "warning: every purchase row (%zu) has its quantity below 0%s, as a stock "
	    "movement writes a sale (it lowers the stock); cleaning drops them as cancellations%s",
	    in->buy_rows, in->sell_back ? " and every return row one above 0" : "", way);
}

/* A file with no event column whose rows of a customer are nearly all below 0 writes the
 * stock's side with nothing else to tell a sale (t86 F1: Dynamics AX / D365 Commerce's
 * RetailTransactionSalesTrans, a sale's QTY -2, a return's +1: every sale dropped as a
 * cancellation and the returns kept as the purchases, unsaid). Warned of, with the pipe that
 * turns the sign, when nine rows in ten of twenty or more below 0 are no cancellation by
 * their invoice (Online Retail's C + number), nor by a status's or an event's return: a
 * file of cancellations or returns alone says so by those marks. Not read so unasked: an
 * export of refunds alone writes the same signs. */
static void stock_side_sales(const loader *L, char *text, size_t size)
{
	const rr_rows *r = L->rows;
	if (L->col[RR_COL_QTY] < 0 || L->in.has_event || r->returns_marked)
		return;
	size_t with = 0, neg = 0;
	for (size_t i = 0; i < r->n; i++) {
		if (r->cust[i] == RR_NONE)
			continue;
		with++;
		if (!(r->qty[i] < 0))
			continue;
		const char *inv = strtab_get(r->invoices, r->invoice[i]);
		if (inv && (inv[0] == 'C' || inv[0] == 'c') && is_digit(inv[1]))
			return;   /* a cancellation's mark: the file says what its signs are */
		neg++;
	}
	if (with < 20 || neg * 10 < with * 9)
		return;
	char way[2100];
	sign_turn_way(L, way, sizeof way);
	say(text, size, "warning: %zu of the %zu rows of a customer have their quantity below 0, "
	    "and no column says which are sales: a stock movement's side writes a sale so (it "
	    "lowers the stock; Dynamics AX's QTY -2) and a return above 0; cleaning drops them as "
	    "cancellations and keeps the %zu others as the purchases%s", neg, with, with - neg,
	    way);
}

/* The month day numbers without a year (mmdd: MMDD, else DDMM) turn the year before: the
 * month after the longest run of months no row has, when that run lies inside the year, is
 * longer than a quarter and than the months unused around the year's end (December and
 * January, ten empty months between: t65 F12, the January days written into the year of the
 * December they follow, eleven months before it). The months from it on are one year, those
 * before it the next; *from is the run's first month. 1 when the year does not turn. */
static int year_turn(const rr_rows *r, int mmdd, int *from)
{
	unsigned used = 0;
	for (size_t i = 0; i < r->n; i++) {
		int v = (int)date_floor_day(r->minute[i]), m = mmdd ? v / 100 : v % 100;
		if (m >= 1 && m <= 12)
			used |= 1u << (m - 1);
	}
	int lo = 1, hi = 12, best = 0, turn = 1;
	while (lo <= 12 && !(used & 1u << (lo - 1)))
		lo++;
	while (hi > lo && !(used & 1u << (hi - 1)))
		hi--;
	for (int m = lo, run = 0; m <= hi; m++) {
		run = used & 1u << (m - 1) ? 0 : run + 1;
		if (run > best) {
			best = run;
			turn = m + 1;
		}
	}
	if (best <= 3 || best <= lo - 1 + 12 - hi)
		return 1;
	*from = turn - best;
	return turn;
}

/* The load argument whose awk writes the year into the date column's day numbers (after the
 * first skip lines): MMDD (mmdd) or DDMM, year into the months from turn on and year + 1 into
 * those before it (year_turn; none when turn is 1), into cmd (rr_pipe_cmd: the file's name
 * quoted for the shell); 1, or 0 with cmd "" when no command can name the file. */
static int year_awk(const loader *L, char *cmd, size_t size, int year, int turn, int skip,
		    int mmdd)
{
	char sep[8], body[160], prog[1200];
	const char *m = mmdd ? "int(x/100)" : "x%100", *d = mmdd ? "x%100" : "int(x/100)";
	awk_sep(L, sep, sizeof sep);
	if (turn > 1)
		snprintf(body, sizeof body, "x=v+0;m=%s;v=sprintf(\"%%d-%%02d-%%02d\",m<%d?%d:%d,m,"
			 "%s)", m, turn, year + 1, year, d);
	else
		snprintf(body, sizeof body, "x=v+0;v=sprintf(\"%d-%%02d-%%02d\",%s,%s)", year, m, d);
	const char *arg[3] = {sep, prog, L->path};
	if (field_awk(prog, sizeof prog, L->in.lines_read, skip, L->col[RR_COL_DATE] + 1,
		      body) == 0 && rr_pipe_text_cmd(cmd, size, "awk -v S=%s %s %p", arg, 3, L->path))
		return 1;
	cmd[0] = '\0';
	return 0;
}

/* The refusal of day numbers that are a month and a day without a year (mmdd: MMDD, else
 * DDMM), what (their digits and an export that writes them) said, with the pipe that writes
 * year in (year_awk), the next one too when the months run round the year's end
 * (year_turn). A command the message cannot hold whole (a long path, a record's lines
 * joined) is given after what said briefly (brief), else named by what it does. -1. */
static int year_refused(const loader *L, int mmdd, int year, const char *what,
			const char *brief)
{
	const date_guess *g = &L->in.dates;
	int from = 0, turn = year_turn(L->rows, mmdd, &from);
	char roll[160] = "", cmd[1400], msg[2400];
	if (turn > 1)
		snprintf(roll, sizeof roll, ", and %d into months 1 to %d (the months run round the "
			 "year's end: none from %d to %d)", year + 1, from - 1, from, turn - 1);
	int cmd_ok = year_awk(L, cmd, sizeof cmd, year, turn, data_skip(L), mmdd);
	for (int k = cmd_ok ? 0 : 2; k < 3; k++) {   /* whole, brief, no command */
		snprintf(msg, sizeof msg, "'%s': the dates are numbers from %d to %d %s%s, not day "
			 "numbers; write the year into them, say %d%s%s%s", L->path, g->daynum_lo,
			 g->daynum_hi, k == 1 ? "of " : "whose ", k == 1 ? brief : what, year, roll,
			 k == 2 ? "" : ": load ", k == 2 ? "" : cmd);
		if (strlen(msg) <= RR_ERR_MAX)
			break;
	}
	return err_set("%s", msg);
}

/* Day numbers that are a year and a month, YYMM (t68 F8: 2301 to 2412, a monthly export,
 * were offered DDMM's awk, and 1001 to 1212 MMDD's: followed, two years folded into one, or
 * three into ten weeks): what would be DDMM's or MMDD's guess, but whose first two digits
 * take at most four values, one after another, from 10 (2010), and whose last two never pass 12
 * and take six or more. --date-format %y%m reads them, each its month's first day. 1 with
 * err_set. */
static int yymm_refused(const loader *L)
{
	const date_guess *g = &L->in.dates;
	const rr_rows *r = L->rows;
	if (g->n_daynum < 10 || (!date_guess_mmdd(g) && !date_guess_ddmm(g)))
		return 0;
	unsigned yy_lo = 100, yy_hi = 0, months = 0;
	uint64_t yys = 0;
	for (size_t i = 0; i < r->n; i++) {
		long v = (long)date_floor_day(r->minute[i]);
		if (v < 100 || v > 9999 || v % 100 < 1 || v % 100 > 12)
			return 0;
		unsigned yy = (unsigned)(v / 100);
		yys |= 1ull << (yy % 64);
		yy_lo = yy < yy_lo ? yy : yy_lo;
		yy_hi = yy > yy_hi ? yy : yy_hi;
		months |= 1u << (v % 100);
	}
	int nyy = 0, nm = 0;
	for (int b = 0; b < 64; b++)
		nyy += (int)(yys >> b & 1u);
	for (int b = 1; b <= 12; b++)
		nm += (int)(months >> b & 1u);
	/* years from 2010: DDMM of a firm billing on the 1st (0101..0112) stays DDMM's question;
	 * a title's year none of the YY values contradicts YYMM (t71 F22: 2401..2612 under
	 * 'Sales ledger 2023' are DDMM, the 24th to 26th of each month) */
	unsigned ty = L->in.title_year ? (unsigned)(L->in.title_year % 100) : yy_lo;
	if (nyy > 4 || (int)(yy_hi - yy_lo) + 1 != nyy || nm < 6 || yy_lo < 10 || ty < yy_lo ||
	    ty > yy_hi)
		return 0;
	err_set("'%s': the dates are numbers from %d to %d whose first two digits take only %d "
		"value%s, one after another (%02u to %02u), and whose last two never pass 12: a year "
		"and a month (YYMM), no day: load with --date-format %%y%%m (each date its month's "
		"first day)", L->path, g->daynum_lo, g->daynum_hi, nyy, nyy == 1 ? "" : "s", yy_lo,
		yy_hi);
	return 1;
}

/* Day numbers that are month and day without a year (date_guess_mmdd: Tmall's time_stamp,
 * 511 for May 11) would read as days of 1971 to 1973, a month's end a 70-day gap (t19); no
 * --date-format has a date without its year, so a pipe writes the year in. 1 with err_set
 * when refused, else 0. */
static int mmdd_refused(const loader *L)
{
	if (!date_guess_mmdd(&L->in.dates))
		return 0;
	year_refused(L, 1, 2014, "last two digits never pass 31 and the rest never 12: month and "
		     "day without a year (MMDD, as Tmall's time_stamp)", "month and day (MMDD)");
	return 1;
}

/* Day numbers that are day and month without a year (date_guess_ddmm: DATEV's Belegdatum,
 * 0301 for 3 January) were days of 1970 to 1978, one year's bookings spread over eight (t42
 * F4). Under DATEV's first line they take its year: the first of its range, or the range's
 * last for a day before the range's start (a fiscal year from July). Without one they are
 * refused as MMDD's are, when ten or more over two months or more say so; fewer are warned
 * of (describe). 0, or -1 with err_set. */
static int ddmm_dates(loader *L)
{
	const date_guess *g = &L->in.dates;
	int months = date_guess_ddmm(g);
	rr_rows *r = L->rows;
	if (!months)
		return 0;
	if (L->meta_from) {
		int fy = (int)(L->meta_from / 10000), ty = (int)(L->meta_to / 10000);
		int start = (int)(L->meta_from % 10000);
		for (size_t i = 0; i < r->n; i++) {
			int v = (int)date_floor_day(r->minute[i]), d = v / 100, m = v % 100;
			int y = ty > fy && m * 100 + d < start ? ty : fy;
			if (date_minute(y, m, d, 0, 0, 0, 0, &r->minute[i]) != 0)
				return err_set("'%s': the dates are DDMM, day and month, in the year of "
					       "DATEV's first line (%d), but %04d is no day of it", L->path,
					       y, v);
		}
		L->ddmm = 1;
		return 0;
	}
	if (months < 2 || g->n_daynum < 10)
		return 0;   /* read as day numbers, with a warning (date_guess_ddmm's doubt) */
	if (L->in.title_year) {   /* t71 F22: a title's year, as year-less dates take it */
		for (size_t i = 0; i < r->n; i++) {
			int v = (int)date_floor_day(r->minute[i]);
			if (date_minute(L->in.title_year, v % 100, v / 100, 0, 0, 0, 0,
					&r->minute[i]) != 0)
				return err_set("'%s': the dates are DDMM, day and month, in the year of "
					       "the title above the header (%d), but %04d is no day of "
					       "it", L->path, L->in.title_year, v);
		}
		L->ddmm = 2;
		return 0;
	}
	return year_refused(L, 0, 2023, "first two digits never pass 31 and last two never 12: "
			    "day and month without a year (DDMM, as DATEV's Belegdatum)",
			    "day and month (DDMM)");
}

/* The placeholders held as customers for their matchcode form (GAST): a customer's own in a
 * file whose other ids are words in capitals too (a B2B ERP's matchcodes: MUELLER, SCHMIDT)
 * and where it holds no walk-in's share (walk_in_share, as describe_walk_in measures one);
 * else named nobody, as a written one is
 * (t41 N2: Gast, a guest in German, blanked the trade customer GAST). 0, or -1 with err_set. */
static int settle_word_ids(loader *L)
{
	builder *in = &L->in;
	rr_rows *r = L->rows;
	uint32_t nc = strtab_count(r->customers);
	if (!in->word_held || !nc)
		return 0;
	size_t all;
	uint32_t *count = invoices_by_customer(L, nc, &all);
	unsigned char *held = count ? calloc(nc, 1) : NULL;
	if (!held) {
		free(count);
		return count ? err_set("out of memory loading '%s'", L->path) : -1;
	}
	uint32_t others = 0, caps = 0, most = 0;
	for (uint32_t u = 0; u < nc; u++) {
		const char *v = strtab_get(r->customers, u);
		size_t n = strtab_len(r->customers, u);
		held[u] = placeholder_id(v, n) && word_placeholder(v, n) && !id_listed(in, v, n);
		if (held[u] || !count[u])
			continue;
		others++;
		caps += matchcode_form(v, n);
		most = count[u] > most ? count[u] : most;
	}
	for (uint32_t u = 0; u < nc; u++) {
		if (!held[u])
			continue;
		int walk_in = walk_in_share(count[u], all, most);
		held[u] = others < 2 || 2 * caps < others || walk_in;   /* 1: named nobody */
		const char *v = strtab_get(r->customers, u);
		size_t o = strlen(in->word_kept_id);   /* each named (t44 #12), blank-separated */
		if (!held[u] && in->word_kept_ids++ < 3 && o + strlen(v) + 2 < sizeof in->word_kept_id)
			snprintf(in->word_kept_id + o, sizeof in->word_kept_id - o, "%s%s",
				 o ? " " : "", v);
		if (held[u] && (!in->placeholder[0] || strcmp(v, in->word_first) == 0))
			snprintf(in->placeholder, sizeof in->placeholder, "%s", v);
	}
	for (size_t i = 0; i < r->n; i++) {
		uint32_t u = r->cust[i];
		if (u == RR_NONE)
			continue;
		if (held[u]) {
			r->cust[i] = RR_NONE;
			in->placeholders++;
		} else if (in->word_kept_id[0] && placeholder_id(strtab_get(r->customers, u),
								   strtab_len(r->customers, u)) &&
			   !id_listed(in, strtab_get(r->customers, u), strtab_len(r->customers, u))) {
			in->word_kept++;
		}
	}
	free(count);
	free(held);
	return 0;
}

/* The way out of a log with no purchase, into out: --map event=- reads every row as one,
 * unless some rows were read as returns (t80 F19: 納品書 beside 赤伝, where it would read the
 * returns as purchases too); then --purchase of the most rows skipped, beside them. */
static void event_refusal_way(const event_tally *t, char *out, size_t size)
{
	size_t back = 0, most = 0;
	int top = -1;
	char word[EVENT_SHOWN + 40];
	for (int k = 0; k < t->kinds; k++) {
		back += t->purchase[k] == EV_RETURN ? t->n[k] : 0;
		if (!t->purchase[k] && t->n[k] > most && list_value(t->value[k]))
			most = t->n[k], top = k;
	}
	if (back && top >= 0 && rr_arg_word(word, sizeof word, t->value[top]))
		snprintf(out, size, "--purchase %s reads its %zu rows as purchases beside the %zu read "
			 "as returns; --map event=- would read those returns as purchases too", word,
			 most, back);
	else
		snprintf(out, size, "--map event=- reads every row as one");
}

/* t82 F16: a ';' file of weighed quantities 0,284 beside prices 17.01 shows both marks, but
 * each column one of its own, in numbers where it groups no thousands: each was read with
 * its own, as written, and the file is not refused. The quantity's proof is set aside (kept
 * for the summary), so the money's checks see the price column's mark alone. */
static void marks_by_column(builder *in)
{
	unsigned char c = in->mark_cols[0], p = in->mark_cols[1];
	if (!in->comma.line || !in->point.line || in->dec || (c | p) != 3 || (c & p) ||
	    in->firm_cols[0] != c || in->firm_cols[1] != p)
		return;
	in->col_marks[0] = in->comma;
	in->col_marks[1] = in->point;
	memset(c == 1 ? &in->comma : &in->point, 0, sizeof in->comma);
}

/* After the last row: the decisions that needed every row, then the rows' own finish. */
static int finish_rows(loader *L)
{
	builder *in = &L->in;
	if (!L->have_header)
		return err_set("'%s' is empty (no header line)", L->path);
	if (in->has_event && !in->events.kept && L->rows->skipped) {
		char ev[EVENT_LINE], words[200] = "";
		describe_events(&in->events, ev, sizeof ev);
		int empty = 0;   /* t42 F13: the empty value, as the list writes it */
		for (int k = 0; k < in->events.kinds; k++)
			empty |= !in->events.value[k][0];
		if (in->purchase)
			return err_set("'%s': no row of the event column is one of --purchase %s (%s; "
				       "%s--map event=- reads every row as a purchase)", L->path,
				       in->purchase, ev, empty ? "- names the empty value in "
				       "--purchase (--purchase - keeps its rows), " : "");
		for (const char *const *w = ingest_purchase_events; *w; w++) {
			size_t o = strlen(words);
			if (o + strlen(*w) > 140) {   /* the ERPs' words: the manual's to list */
				snprintf(words + o, sizeof words - o, " and more (relrec(1) lists them)");
				break;
			}
			snprintf(words + o, sizeof words - o, "%s%s",
				 w == ingest_purchase_events ? "" : w[1] ? ", " : " or ", *w);
		}
		char credit[220], ret[300] = "", way[300];
		if (credit_skipped(&in->events, credit, sizeof credit))
			snprintf(ret, sizeof ret, ", --return %s reads credit notes as returns", credit);
		event_refusal_way(&in->events, way, sizeof way);
		return err_set("'%s': no row of the event column%s%s%s is a purchase (%s; a purchase "
			       "is an event named %s; --purchase EVENT names others%s, %s)", L->path,
			       in->doc_event ? " (" : "", in->doc_event ? L->doc_name : "",
			       in->doc_event ? ", taken for its document types)" : "", ev, words, ret,
			       way);
	}
	if (settle_zones(L) != 0 || date_guess_finish(&in->dates, L->path, L->rows->minute) != 0 ||
	    yearless_roll_refused(L) ||
	    (L->meta_datev && ddmm_dates(L) != 0) || (!L->meta_datev && yymm_refused(L)) ||
	    (!L->ddmm && mmdd_refused(L)) ||
	    (!L->meta_datev && ddmm_dates(L) != 0))
		return -1;
	/* a column no role reads tells the mark only where the read ones do not: against them
	 * it is no evidence (t34: a product group's 10.10 refused a decimal-comma file) */
	if (in->comma.line && in->point.line && in->comma.unused != in->point.unused)
		memset(in->comma.unused ? &in->comma : &in->point, 0, sizeof in->comma);
	if (in->comma.line && in->point.line && in->comma.unused) {   /* both from unread ones */
		memset(&in->comma, 0, sizeof in->comma);
		memset(&in->point, 0, sizeof in->point);
	}
	settle_qty_marks(in);
	marks_by_column(in);
	if (in->comma.line && in->point.line)
		return err_set("'%s': numbers are written with a decimal comma (line %llu: '%s') and "
			       "with a decimal point (line %llu: '%s'); say which with --decimal , or "
			       "--decimal .",
			       L->path, (unsigned long long)in->comma.line, in->comma.text,
			       (unsigned long long)in->point.line, in->point.text);
	toman_settle(L);
	settle_money(L);
	settle_price_units(in);
	if (settle_word_ids(L) != 0 ||
	    rowshape_repeats(L->rows, in->part_start, in->parts, &L->repeats, &L->repeat_lo,
			     &L->repeat_hi) != 0 ||
	    (in->parts < 2 && rowshape_restarts(L->rows, &L->restarts, &L->repeat_lo,
						&L->repeat_hi) != 0) ||
	    settle_held(L) != 0 || merge_float_items(L) != 0 || merge_isbn_spellings(L) != 0 ||
	    merge_vat_countries(L) != 0 ||
	    merge_grouped_ids(L) != 0 || alt_merge(L) != 0 ||
	    lookalike_ids(L) != 0 || item_forms(L) != 0 || split_reused_invoices(L) != 0 ||
	    euro_settle(L) != 0)
		return -1;
	if (rows_finish(L->rows) != 0 || !(L->rows->path = strdup(L->path)))
		return err_set("out of memory loading '%s'", L->path);
	if (payments_only(L) != 0 || packed_item_lists(L) != 0)
		return -1;
	line_check_decide(L);
	L->pack_broken = pack_broken_units(L);
	id_decide(L);
	id_unnamed_note(L);
	status_payment_settle(L);
	return describe(L);
}

/* The error of a load whose encoding was guessed, with the guess said after it. The note
 * follows whole clauses: a refusal too long for both loses its last clauses ("; ..." at the
 * depth of no bracket), never half a sentence (t31: cut at 512 bytes inside one). */
static void add_guess_note(const csv_source *src)
{
	char note[400];
	const char *pages = src->guess_pages;
	if (pages[0] && strstr(err_msg(), pages))   /* the refusal names them (t56 F18c) */
		return;
	if (src->guess_by_header)   /* the header was read: another reason refused the file */
		snprintf(note, sizeof note, " (its text was read as %s %s, a guess from its header's "
			 "names: if it is in another encoding, name it with --encoding)",
			 src->guess_enc, src->guess_what);
	else if (src->guess_tied)
		snprintf(note, sizeof note, " (its text was read as %s: its header's names are known "
			 "as read in each of %s: name the right one with --encoding)",
			 src->guess_from_utf8 ? "UTF-8, pairs of its bytes reading so" : "cp1252, a guess",
			 pages);
	else
		snprintf(note, sizeof note, " (its text was read as cp1252, a guess: if it is in "
			 "another encoding, name it with --encoding: %s)", pages[0] ? pages :
			 "cp1250 Central European, cp1251 Cyrillic, cp1253 Greek, cp1254 Turkish");
	char why[RR_ERR_MAX + 8];
	snprintf(why, sizeof why, "%s", err_msg());
	/* the pages the header's names are known in, not the usual list (header_names_read's) */
	size_t wl = strlen(why), hl = strlen(header_not_utf8_pages);
	if (src->guess_tied && wl > hl && strcmp(why + wl - hl, header_not_utf8_pages) == 0)
		why[wl - hl] = '\0';
	size_t room = RR_ERR_MAX - strlen(note) - 5;   /* 5: "; ..." */
	if (strlen(why) > room) {
		size_t cut = 0;
		int depth = 0;
		for (size_t k = 0; k < room; k++) {
			depth += why[k] == '(' ? 1 : why[k] == ')' ? -1 : 0;
			if (depth == 0 && why[k] == ';' && why[k + 1] == ' ')
				cut = k;
		}
		if (cut)
			memcpy(why + cut, "; ...", 6);
	}
	err_set("%s%s", why, note);
}

/* Under a --map, each hint's --map in the summary (r) or the refusal (r NULL) carries the
 * roles mapped already (sniff_map_merge): followed as written, a second --map would lose
 * them (t46 F8). */
static void merge_hint_maps(const char *map, rr_rows *r)
{
	char *out;
	const char *text = r ? r->reading : err_msg();
	size_t size = text ? strlen(text) * 2 + 256 : 0;
	if (!map || !map[0] || !text || !strstr(text, "--map ") || !(out = malloc(size)))
		return;
	sniff_map_merge(map, text, out, size);
	if (r) {
		free(r->reading);
		r->reading = out;
		return;
	}
	err_set("%s", out);
	free(out);
}

/* Read src through L (both set up) to rows; closes src. */
/* A column named in cents whose values mostly have decimals of their own (4.92) is in the
 * currency's units after all (t57 F8: 'Price (cents)' read a hundred times too small): the
 * prices, read divided by 100 row by row, are multiplied back, and the summary says so. */
static void cents_settle(builder *in)
{
	if (!in->minor_units || in->cents_two * 2 <= in->cents_seen)
		return;
	size_t w = 0;   /* the rows kept as written, in the rows' order */
	for (size_t i = 0; i < in->rows->n; i++)
		if (w < in->n_written && in->written_rows[w] == i)
			w++;
		else
			in->rows->price[i] *= 100;
	in->minor_units = 0;
	in->cents_undone = 1;
}

/* What src's text was converted from, into L->converted (walk_in_hints): "" for UTF-8. */
static void source_converted(const csv_source *src, loader *L)
{
	const char *e = src->guessed ? src->guess_enc : src->bom16 || src->cd_open ? src->encoding
									      : NULL;
	snprintf(L->converted, sizeof L->converted, "%s", e ? e : "");
	char low[32];
	size_t n = strlen(L->converted);
	for (size_t i = 0; i <= n; i++)
		low[i] = L->converted[i] >= 'A' && L->converted[i] <= 'Z' ? (char)(L->converted[i] + 32)
									   : L->converted[i];
	L->converted_ascii = e && !src->bom16 && !strstr(low, "16") && !strstr(low, "32") &&
			     !strstr(low, "ucs") && !strstr(low, "utf-7") && !strstr(low, "utf7") &&
			     !strstr(low, "2022") && strncmp(low, "hz", 2) != 0;   /* t68 F10: a
			     kanji of ISO-2022-JP is two bytes of ASCII, a comma or a quote among
			     them, and HZ's are too */
	if (e && !L->converted_ascii)   /* the reader has stopped: the builder reads it no more */
		L->in.lines_read |= TOOL_WIDE;
}

/* A load that failed on what its command gave, the command having exited 0 with words on its
 * standard error (gzip's "unexpected end of file" before a stream cut in its header: "is
 * empty"): the error and those words, the cause, both (t65 F8). */
static void proc_said(const csv_source *src)
{
	char was[1024];
	snprintf(was, sizeof was, "%s", err_msg());
	err_set("%s; %s", was, src->proc.warning);
}

static rr_rows *ingest_run(loader *L, csv_source *src, rr_work *w)
{
	if (!L->o->no_header)   /* a guess of cp1252 that leaves it unrecognised tries others */
		source_set_header(src, header_known, L, 1 + PREAMBLE_MAX + 1); /* sep=, the search's */
	if (source_start(src) != 0 || builder_start(&L->in, src->inline_run) != 0)
		L->failed = 1;
	else
		parse_all(L, src, w);
	if (L->in.started && builder_stop(&L->in, L->failed) != 0)
		L->failed = 1;
	marks_merge(L);
	cents_settle(&L->in);
	/* the file read, held for the rows (rr_rows.file_fd) past the source's close */
	int keep = src->watch && !L->failed ? fcntl(src->fd, F_DUPFD_CLOEXEC, 0) : -1;
	/* a command that failed on its own says why better than what it left us: its error wins */
	int cmd_failed = source_close(src, L->failed, w) != 0;
	if (cmd_failed)
		L->failed = 1;
	source_describe(src, L->format, sizeof L->format); /* the reader has stopped */
	source_converted(src, L);
	source_notes(src, L->notes, sizeof L->notes);
	/* a header in cp1250 read as cp1252 is unrecognised; one pages tie on, read as UTF-8 */
	if (L->failed && (src->guessed || src->guess_tied))
		add_guess_note(src);
	if (L->failed && src->escape_enc)   /* the reason first: what follows is its mojibake */
		err_set("'%s' holds the escape sequences of %s (%s), read as ASCII: load with "
			"--encoding %s (read so: %s)", L->path, src->escape_enc, src->escape_what,
			src->escape_enc, err_msg());
	rr_rows *r = NULL;
	if (!L->failed && finish_rows(L) == 0) {
		r = L->rows;
		L->rows = NULL;
		r->file_fd = keep;
		keep = -1;
		rr_progress done = {.phase = RR_PHASE_DONE, .what = "load", .done = src->size,
				    .total = src->size};
		work_report(w, &done, 1);
	} else if (!cmd_failed && src->is_proc && src->proc.warning[0]) {
		proc_said(src);
	}
	if (keep >= 0)
		close(keep);
	merge_hint_maps(own_map(L), r);   /* the user's: a hint is what they type */
	loader_free(L);
	return r;
}

/* Can path be read a second time: a file, not standard input or a command's output? */
static int rereadable(const char *path)
{
	struct stat st;
	return path[0] != '|' && strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
	       S_ISREG(st.st_mode);
}

/* Is the file src opened again (first: what fstat said of it on the first reading) still
 * that file as it was, its device, inode, size and modification time? 0, or -1 with err_set
 * (t62 F16: a file renamed over it meanwhile was read with the first file's verdict). */
static int same_as_first(const csv_source *src, const struct stat *first)
{
	struct stat st;
	const char *why = NULL;
	char size[96];
	if (fstat(src->fd, &st) != 0 || st.st_dev != first->st_dev || st.st_ino != first->st_ino)
		why = "it is another file now";
	else if (st.st_size != first->st_size && snprintf(size, sizeof size, "its size went from "
							  "%lld to %lld bytes",
							  (long long)first->st_size,
							  (long long)st.st_size) > 0)
		why = size;
	else if (st.st_mtim.tv_sec != first->st_mtim.tv_sec ||
		 st.st_mtim.tv_nsec != first->st_mtim.tv_nsec)
		why = "its modification time moved";
	if (!why)
		return 0;
	return err_set("'%s' changed between relrec's two readings of it (the second reads its "
		       "line totals as the amount; %s): another program may be writing it; load it "
		       "again when it is done", src->name, why);
}

static rr_rows *read_file(const char *path, const rr_ingest_opts *o, rr_work *w, int fd,
			  const struct stat *first);

/* The map of a reading again: the user's, then extra ("amount=3", "user=2,item=5"),
 * into map[0..size). 0, or -1 when it does not fit (the first reading stands). */
static int reread_map(char *map, size_t size, const char *own, const char *extra)
{
	int k = snprintf(map, size, "%s%s%s", own ? own : "", own && own[0] && extra[0] ? "," : "",
			 extra);
	return k < 0 || (size_t)k >= size ? -1 : 0;
}

/* The file read again without converting its quantities by a unit's size (pack_units: they
 * were units already), the warning why in its summary, and with the ids the rows said
 * (id_decide); r, the first reading, freed. */
static rr_rows *pack_reread(loader *L, rr_rows *r, const char *path, const rr_ingest_opts *o,
			    rr_work *w, const struct stat *seen)
{
	const char *qn = L->pack_shown[0], *pn = L->pack_shown[1];   /* the header is freed */
	char map[4096];
	if (reread_map(map, sizeof map, o->map, L->id_map) != 0)
		return r;
	if (L->in.pack_whole == L->in.packed)
		snprintf(L->lc_note, sizeof L->lc_note, "warning: '%s' is a whole multiple of '%s' "
			 "(each unit's size) on each of its %zu rows of a size other than 1: units "
			 "already, as a wholesale export writes them beside the case's size, so not "
			 "converted (in cases they would not all be multiples); if they count cases, "
			 "write each quantity times '%s' before loading", qn, pn, L->in.packed, pn);
	else   /* pack_broken_units */
		snprintf(L->lc_note, sizeof L->lc_note, "warning: '%s' is a whole multiple of '%s' "
			 "(each unit's size) on %zu of its %zu rows of a size other than 1, the others "
			 "broken packs: units already, so not converted (counts of packs would be "
			 "multiples by chance alone, and no line total says packs); if they count "
			 "packs, write each quantity times '%s' before loading", qn, pn,
			 L->in.pack_whole, L->in.packed, pn);
	rr_reread said = {.note = L->lc_note, .map = o->map, .schema = r->schema, .price = "",
			  .pack_units = 1, .id_note = L->id_note};
	int again_fd = r->file_fd >= 0 ? fcntl(r->file_fd, F_DUPFD_CLOEXEC, 0) : -1;
	rows_free(r);
	rr_ingest_opts again = *o;
	again.map = map[0] ? map : NULL;
	again.reread = &said;
	return read_file(path, &again, w, again_fd, seen);
}

/* The file read again converting its quantities by the size and not the price, each unit's
 * already (pack_price_each); r, the first reading, freed. */
static rr_rows *pack_price_reread(loader *L, rr_rows *r, const char *path,
				  const rr_ingest_opts *o, rr_work *w, const struct stat *seen)
{
	const char *qn = L->pack_shown[0], *pn = L->pack_shown[1];   /* the header is freed */
	char map[4096];
	if (reread_map(map, sizeof map, o->map, L->id_map) != 0)
		return r;
	snprintf(L->lc_note, sizeof L->lc_note, "note: the line total is '%s' times '%s' times the "
		 "price on %zu of its %zu rows of a size other than 1: '%s' counts packs, the price "
		 "is each unit's; quantities read times '%s', prices as written", qn, pn,
		 L->pt_packs, L->pt_rows, qn, pn);
	rr_reread said = {.note = L->lc_note, .map = o->map, .schema = r->schema, .price = "",
			  .pack_price_each = 1, .id_note = L->id_note};
	int again_fd = r->file_fd >= 0 ? fcntl(r->file_fd, F_DUPFD_CLOEXEC, 0) : -1;
	rows_free(r);
	rr_ingest_opts again = *o;
	again.map = map[0] ? map : NULL;
	again.reread = &said;
	return read_file(path, &again, w, again_fd, seen);
}

/* The file read again with the ordered quantity (qty_flag_verdict): the delivered column
 * a flag read as the status (1 kept, 0 skipped: not delivered), or dates left unread; r, the
 * first reading (NULL when it kept nothing), freed. */
static rr_rows *qty_flag_reread(loader *L, rr_rows *r, int verdict, const char *path,
				const rr_ingest_opts *o, rr_work *w, const struct stat *seen)
{
	const char *dn = L->qf_shown[0], *on = L->qf_shown[1];   /* the header is freed */
	char map[4096], extra[64];
	snprintf(extra, sizeof extra, verdict == 1 ? "qty=%d,status=%d" : "qty=%d",
		 L->qf_alt + 1, L->col[RR_COL_QTY] + 1);
	if (reread_map(map, sizeof map, o->map, extra) != 0)
		return r;
	if (verdict == 1)
		snprintf(L->lc_note, sizeof L->lc_note, "warning: '%s' holds only 0 and 1 beside "
			 "'%s', of larger counts: a delivered flag, not the count delivered; the "
			 "quantity is '%s', a line of 0 not delivered and not a purchase (--map "
			 "qty=%s,status=- keeps those)", dn, on, on, L->qf_map);
	else
		snprintf(L->lc_note, sizeof L->lc_note, "warning: '%s' holds a date on each row "
			 "(the day of delivery), no quantity: the quantity is '%s'", dn, on);
	rr_reread said = {.note = L->lc_note, .map = o->map,
			  .schema = r ? r->schema : "known names", .price = "",
			  .id_note = L->id_note, .qty_over_flag = 1};
	int again_fd = r && r->file_fd >= 0 ? fcntl(r->file_fd, F_DUPFD_CLOEXEC, 0) : -1;
	rows_free(r);
	rr_ingest_opts again = *o;
	again.map = map;
	again.reread = &said;
	return read_file(path, &again, w, again_fd, seen);
}

/* ingest_read's work: path read (fd < 0) by its name, or (fd >= 0) the file a first reading
 * held open, by that descriptor (taken), again from its start; read again (first: what the
 * first reading's fstat said), it must still be that file as it was (same_as_first: a file
 * the rows hold no descriptor of, one whose size was 0 at open, is opened by its name). */
static rr_rows *read_file(const char *path, const rr_ingest_opts *o, rr_work *w, int fd,
			  const struct stat *first)
{
	loader L;
	csv_source src;
	/* options first: a bad one must not start a command */
	if (loader_init(&L, path, o) != 0) {
		if (fd >= 0)
			close(fd);
		loader_free(&L);
		return NULL;
	}
	int rc = fd >= 0 ? source_reopen(&src, fd, path, o->encoding)
			 : source_open(&src, path, o->encoding);
	if (rc != 0 || (first && same_as_first(&src, first) != 0)) {
		source_close(&src, 1, w);
		loader_free(&L);
		return NULL;
	}
	struct stat seen;
	L.lc_reload = !o->reread && rereadable(path) && fstat(src.fd, &seen) == 0 &&
		      S_ISREG(seen.st_mode);
	rr_rows *r = ingest_run(&L, &src, w);
	int qf = L.lc_reload && L.lc_pick == -1 ? qty_flag_verdict(&L) : 0;
	if (qf)
		return qty_flag_reread(&L, r, qf, path, o, w, &seen);
	if (r && L.lc_pick == -1 && L.lc_reload && !L.lc_note[0] && pack_price_each(&L))
		return pack_price_reread(&L, r, path, o, w, &seen);
	if (r && L.lc_pick == -1 && L.lc_reload && !L.lc_note[0] &&
	    (pack_units(&L.in) || L.pack_broken))
		return pack_reread(&L, r, path, o, w, &seen);
	if (!r || (L.lc_pick == -1 && !L.id_map[0]))
		return r;
	/* a line total that says what the customers paid where quantity times price does not
	 * (line_check_decide): read again with it as the amount, the --map amount= its note
	 * names, and the price then left unused (t59 F7); the same file, by the descriptor its
	 * rows hold (t62 F16), not by its name. The ids the rows said (id_decide) too */
	char map[4096], extra[96] = "";
	if (L.lc_pick >= 0)   /* -2: an order's total (F6), read as no amount */
		snprintf(extra, sizeof extra, "amount=%d", L.lc_pick + 1);
	else if (L.lc_pick == -2)
		snprintf(extra, sizeof extra, "amount=-");
	size_t k = strlen(extra);
	snprintf(extra + k, sizeof extra - k, "%s%s", k && L.id_map[0] ? "," : "", L.id_map);
	if (reread_map(map, sizeof map, o->map, extra) != 0)
		return r;
	rr_reread said = {.note = L.lc_pick != -1 ? L.lc_note : "", .map = o->map,
			  .schema = r->schema, .price = L.lc_pick != -1 ? L.lc_price : "",
			  .id_note = L.id_note};
	int again_fd = r->file_fd >= 0 ? fcntl(r->file_fd, F_DUPFD_CLOEXEC, 0) : -1;
	rows_free(r);
	rr_ingest_opts again = *o;
	again.map = map;
	again.reread = &said;
	return read_file(path, &again, w, again_fd, &seen);
}

rr_rows *ingest_read(const char *path, const rr_ingest_opts *o, rr_work *w)
{
	static const rr_ingest_opts none;
	return read_file(path, o ? o : &none, w, -1, NULL);
}

rr_rows *ingest_load(const char *path, const char *map, int strict, rr_work *w)
{
	rr_ingest_opts o = {.map = map, .strict = strict};
	return ingest_read(path, &o, w);
}

rr_rows *ingest_stream(FILE *f, const char *path, double size, const char *map, int strict,
		       rr_work *w)
{
	rr_ingest_opts o = {.map = map, .strict = strict};
	return ingest_stream_opts(f, path, size, &o, w);
}

rr_rows *ingest_stream_opts(FILE *f, const char *path, double size, const rr_ingest_opts *o,
			    rr_work *w)
{
	loader L;
	csv_source src;
	if (loader_init(&L, path, o) != 0) {
		loader_free(&L);
		return NULL;
	}
	if (source_open_stream(&src, f, path, size, NULL) != 0) {
		source_close(&src, 1, w);
		loader_free(&L);
		return NULL;
	}
	return ingest_run(&L, &src, w);
}
