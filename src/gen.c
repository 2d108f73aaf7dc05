/* gen.c — synthetic Online Retail-like data. */
#include "gen.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "afile.h"
#include "err.h"

static uint64_t next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static double unif(uint64_t *s)
{
	return (double)(next(s) >> 11) * (1.0 / 9007199254740992.0);
}

/* CDF of a Zipf(s) law over n ranks, for sampling by binary search. */
static double *zipf_cdf(size_t n, double s)
{
	double *c = malloc(n * sizeof *c), acc = 0;
	if (!c)
		return NULL;
	for (size_t k = 0; k < n; k++)
		c[k] = (acc += 1.0 / pow((double)(k + 1), s));
	for (size_t k = 0; k < n; k++)
		c[k] /= acc;
	return c;
}

static size_t draw(const double *cdf, size_t n, uint64_t *s)
{
	double u = unif(s);
	size_t lo = 0, hi = n - 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const char *const words[] = {
	"WHITE", "RED", "PINK", "BLUE", "GREEN", "VINTAGE", "RETROSPOT", "HEART", "CHRISTMAS",
	"LUNCH", "BAG", "BOX", "SET", "OF", "3", "6", "12", "CAKE", "CASES", "TEA", "LIGHT",
	"HOLDER", "HANGING", "METAL", "LANTERN", "GLASS", "JAR", "CANDLE", "PAPER", "CHAIN",
	"KIT", "DOORMAT", "WOODEN", "FRAME", "MUG", "BOTTLE", "HOT", "WATER", "ALARM", "CLOCK",
	"BAKELIKE", "JUMBO", "STORAGE", "PARTY", "BUNTING", "SPOTTY", "POLKADOT", "GARDEN",
	"SIGN", "PANTRY", "CHILDRENS", "REGENCY", "CUP", "SAUCER", "STAR", "DECORATION", "ROSE",
	"FLOWER", "BIRD", "FELT",
};

static const char gen_header[] =
	"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
static const char *const countries[] = {"United Kingdom", "United Kingdom", "United Kingdom",
					"United Kingdom", "Germany", "France", "EIRE", "Spain",
					"Netherlands", "Belgium"};
/* an item's stock code: its rank shuffled (a multiplier modulo the prime), so popularity
 * does not follow code order */
#define CODE_MUL 2654435761u
#define CODE_MOD 1000003u
#define MAX_ITEMS 60000

/* Item rank item's stock code and description into code[16] and desc[96]. */
static void item_text(size_t item, char *code, char *desc)
{
	size_t id = (item * CODE_MUL) % CODE_MOD;
	snprintf(code, 16, "%zu%s", 10000 + id % 900000, id % 10 == 0 ? "B" : "");
	uint64_t h = item + 12345;
	int nw = 3 + (int)(next(&h) % 3), n = 0;
	for (int w = 0; w < nw; w++)
		n += snprintf(desc + n, 96 - (size_t)n, "%s%s", w ? " " : "",
			      words[next(&h) % (sizeof words / sizeof *words)]);
}

int gen_write(FILE *f, size_t rows, uint64_t seed, rr_work *w)
{
	uint64_t s = seed * 0x2545F4914F6CDD1DULL + 7;
	size_t n_items = rows / 130, n_cust = rows / 90;
	if (n_items < 50)
		n_items = 50;
	if (n_items > MAX_ITEMS)
		n_items = MAX_ITEMS;
	if (n_cust < 20)
		n_cust = 20;
	if (n_cust > 500000)
		n_cust = 500000;
	double *icdf = zipf_cdf(n_items, 1.0), *ccdf = zipf_cdf(n_cust, 0.8);
	double *price = malloc(n_items * sizeof *price);
	if (!icdf || !ccdf || !price) {
		free(icdf);
		free(ccdf);
		free(price);
		return err_set("out of memory generating data");
	}
	/* item rank r gets a shuffled code so popularity does not follow code order */
	for (size_t i = 0; i < n_items; i++) {
		uint64_t h = i * 0x9E3779B97F4A7C15ULL + seed;
		price[i] = 0.29 + floor(exp(unif(&h) * 3.5) * 100) / 100.0;
	}
	fputs(gen_header, f);
	static const int qtys[] = {1, 1, 2, 2, 3, 4, 6, 6, 12, 12, 24, 48};
	size_t written = 0, invoice = 536365;
	const int64_t start_day = 14944; /* 2010-12-01 */
	while (written < rows) {
		size_t lines = 1 + (size_t)(-log(1 - unif(&s)) * 18.0);
		if (lines > rows - written)
			lines = rows - written;
		int cancel = unif(&s) < 0.02;
		int nocust = unif(&s) < 0.25;
		size_t cust = draw(ccdf, n_cust, &s);
		/* time advances with the share of rows written: one year of trading */
		int64_t minute = (start_day + (int64_t)(373.0 * (double)written / (double)rows)) * 1440 +
				 8 * 60 + (int64_t)(unif(&s) * 600);
		int64_t days = minute / 1440, rem = minute % 1440;
		/* civil date of days since epoch */
		int64_t z = days + 719468, era = z / 146097, doe = z - era * 146097;
		int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
		int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
		int d = (int)(doy - (153 * mp + 2) / 5 + 1), m = (int)(mp < 10 ? mp + 3 : mp - 9);
		int y = (int)(yoe + era * 400 + (m <= 2));
		char date[32];
		snprintf(date, sizeof date, "%d/%d/%d %d:%02d", m, d, y, (int)(rem / 60), (int)(rem % 60));
		const char *country = countries[cust % 10];
		for (size_t l = 0; l < lines; l++) {
			size_t item;
			if (!nocust && unif(&s) < 0.45) { /* a favourite of this customer */
				uint64_t h = cust * 0xD1B54A32D192ED03ULL + (next(&s) % 8) + seed;
				item = draw(icdf, n_items, &h);
			} else {
				item = draw(icdf, n_items, &s);
			}
			int q = qtys[next(&s) % 12];
			if (cancel)
				q = -q;
			char code[16], desc[96];
			if (unif(&s) < 0.004) {
				strcpy(code, "POST");
				strcpy(desc, "POSTAGE");
			} else {
				item_text(item, code, desc);
			}
			if (nocust)
				fprintf(f, "%s%zu,%s,%s,%d,%s,%.2f,,%s\n", cancel ? "C" : "", invoice, code,
					desc, q, date, price[item], country);
			else
				fprintf(f, "%s%zu,%s,%s,%d,%s,%.2f,%zu,%s\n", cancel ? "C" : "", invoice, code,
					desc, q, date, price[item], 12346 + cust, country);
		}
		written += lines;
		invoice++;
		/* a full disk or a stop ends it now, not after the last of a billion rows */
		if (ferror(f) || work_stopped(w))
			break;
	}
	int e = errno;
	free(icdf);
	free(ccdf);
	free(price);
	if (ferror(f))
		return err_set("write error: %s", strerror(e));
	if (work_stopped(w))
		return err_set("gen interrupted");
	return 0;
}

/* The item ranks whose stock code is code (none, one or two: the code keeps the shuffled id
 * modulo 900000), into item[]; their count. */
static int code_items(const char *code, size_t n, size_t item[2])
{
	uint64_t r = 1, b = CODE_MUL % CODE_MOD;   /* the inverse of CODE_MUL, by Fermat */
	for (uint64_t e = CODE_MOD - 2; e; e >>= 1, b = b * b % CODE_MOD)
		if (e & 1)
			r = r * b % CODE_MOD;
	size_t inverse = (size_t)r;
	size_t base = 0, k = 0, found = 0;
	for (; k < n && code[k] >= '0' && code[k] <= '9' && k < 7; k++)
		base = base * 10 + (size_t)(code[k] - '0');
	if (k == 0 || base < 10000 || base >= 910000)
		return 0;
	for (size_t id = base - 10000; id < CODE_MOD; id += 900000) {
		size_t it = id * inverse % CODE_MOD;
		char want[16], desc[96];
		item_text(it, want, desc);
		if (it < MAX_ITEMS && strlen(want) == n && memcmp(want, code, n) == 0)
			item[found++] = it;
	}
	return (int)found;
}

/* Is line[0..n) a row gen writes: a postage line, or an item's code with that item's
 * description, and a customer's country hers? */
static int gen_row(const char *line, size_t n)
{
	const char *f[8];
	size_t len[8], k = 0;
	for (const char *c = line, *end = line + n; k < 8; k++) {
		const char *e = memchr(c, ',', (size_t)(end - c));
		f[k] = c;
		len[k] = (size_t)((e ? e : end) - c);
		if (!e && k < 7)
			return 0;
		c = e ? e + 1 : end;
		if (k == 7 && e)
			return 0;
	}
	size_t item[2];
	char code[16], desc[96];
	int ok = len[1] == 4 && memcmp(f[1], "POST", 4) == 0 && len[2] == 7 &&
		 memcmp(f[2], "POSTAGE", 7) == 0;
	for (int i = 0, m = ok ? 0 : code_items(f[1], len[1], item); i < m && !ok; i++) {
		item_text(item[i], code, desc);
		ok = strlen(desc) == len[2] && memcmp(desc, f[2], len[2]) == 0;
	}
	if (!ok || !len[6])
		return ok;
	char *end;
	unsigned long long cust = strtoull(f[6], &end, 10);
	const char *country = cust >= 12346 ? countries[(cust - 12346) % 10] : "";
	return end == f[6] + len[6] && strlen(country) == len[7] &&
	       memcmp(country, f[7], len[7]) == 0;
}

/* What gen_own_file read of a file, and how much: gen's rows are short, so a window of 16 KB
 * holds a hundred of them. */
enum { OWN_WINDOW = 16384 };

/* What gen_own_file saw at the name before gen's work, for its second look at the commit:
 * nothing (had 0: no regular file, which afile's checks judge), or a file by its identity. */
typedef struct gen_seen {
	int had;
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
} gen_seen;

/* Why text[0..n), a file's first bytes (all of it when whole), is not one gen wrote, into
 * why[size]; 1 when it is: gen's header line, then rows each one gen makes (gen_row), at
 * least one of them whole, a last line at the file's end judged as a row. A row the window
 * cut is not judged; a first row longer than the window, no row at all and line ends gen
 * never writes (a carriage return) are refused, as nothing could be verified (t62 F3 F18:
 * a first row of 17 KB, or header and one row with no final newline, passed with no row
 * looked at, and real data was replaced). */
static int own_text(const char *text, size_t n, int whole, char *why, size_t size)
{
	size_t hl = strlen(gen_header), rows = 0;
	if (n >= hl && memcmp(text, gen_header, hl - 1) == 0 && text[hl - 1] == '\r')
		snprintf(why, size, "it holds data gen did not write (its lines end in %s, which "
			 "gen never writes: its own end in a line feed alone)",
			 n > hl && text[hl] == '\n' ? "a carriage return and a line feed, a Windows "
			 "file's line ends" : "a carriage return alone, an old Mac file's line ends");
	else if (n < hl || memcmp(text, gen_header, hl) != 0)
		snprintf(why, size, "it holds %s gen did not write (its first line is not gen's "
			 "header line)", n >= hl - 1 ? "data" : "a file");
	else
		why[0] = 0;
	for (size_t at = hl; !why[0] && at < n;) {
		const char *nl = memchr(text + at, '\n', n - at);
		if (!nl && !whole) {
			if (!rows)
				snprintf(why, size, "it holds data gen did not write (its first row is "
					 "longer than the %d KB gen reads to tell its own rows)",
					 OWN_WINDOW / 1024);
			break;   /* a row cut by the window */
		}
		size_t end = nl ? (size_t)(nl - text) : n;
		if (!gen_row(text + at, end - at))
			snprintf(why, size, "it holds data gen did not write (line %zu is no row gen "
				 "makes)", rows + 2);
		rows++;
		at = end + 1;
	}
	if (!why[0] && !rows)
		snprintf(why, size, "it holds gen's header line and no row (gen writes one at "
			 "least: this is no file of its own)");
	return !why[0];
}

/* An existing file at path that gen may replace: none, an empty one, or one gen wrote (plain
 * or gzip): own_text's judgement of its first OWN_WINDOW bytes (t60 F1: the header line
 * alone, the data set's own, let gen replace any Online Retail data, the bundled .csv.gz
 * too). What is no regular file is left to afile's checks. Before gen's work (again 0) it
 * notes what it saw in *seen; at the commit (again 1, through the afile's recheck) the file
 * there must be that same one, unchanged (device, inode, size, modification time), and is
 * judged again (t62 F8: the commit looked at the header line alone, and real data put at the
 * name while gen ran was replaced). 0, or -1 with err_set. */
static int gen_own_file(const char *path, gen_seen *seen, int again)
{
	struct stat st;
	gen_seen now = {0};
	int fd = -1;
	if (lstat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
			now = (gen_seen){1, st.st_dev, st.st_ino, st.st_size, st.st_mtim};
	}
	if (again && (now.had != seen->had || now.dev != seen->dev || now.ino != seen->ino ||
		      now.size != seen->size || now.mtime.tv_sec != seen->mtime.tv_sec ||
		      now.mtime.tv_nsec != seen->mtime.tv_nsec)) {
		if (fd >= 0)
			close(fd);
		return err_set("cannot write '%s': %s while gen wrote its rows, and is not what gen "
			       "looked at as it started (another program may have put data there: "
			       "name another file, or run gen again)", path,
			       seen->had ? "the file there changed" : "a file was put there");
	}
	*seen = now;
	gzFile z = now.had ? gzdopen(fd, "rb") : NULL;
	if (!z) {
		if (fd >= 0)
			close(fd);
		return 0;   /* nothing there, or unreadable: afile_open says why */
	}
	char *text = now.size ? malloc(OWN_WINDOW + 1) : NULL;
	int n = text ? gzread(z, text, OWN_WINDOW + 1) : 0;
	gzclose(z);
	if (now.size && !text)
		return err_set("out of memory");
	char why[256];
	int own = !now.size || (n > 0 && own_text(text, n > OWN_WINDOW ? OWN_WINDOW : (size_t)n,
					       n <= OWN_WINDOW, why, sizeof why));
	free(text);
	if (own)
		return 0;
	if (n <= 0)
		snprintf(why, sizeof why, "it holds data gen cannot read back");
	return err_set("cannot write '%s': %s; gen replaces only a file of its own synthetic "
		       "rows: name another file, or remove it first", path, why);
}

/* afile's recheck at the commit: gen_own_file's second look. */
static int gen_recheck(const char *path, void *seen)
{
	return gen_own_file(path, seen, 1);
}

int gen_write_file(const char *path, size_t rows, uint64_t seed, rr_work *w)
{
	rr_afile af;
	/* 'e': afile's own check of gen's header line, again at the commit (t57 F3); afile's
	 * refusals (a device, this session's standard output or journal, the data loaded)
	 * first, then whether the file is gen's, before the work and again at the commit */
	if (afile_open(&af, path, afile_gz_name(path) ? "wbze" : "wbe") != 0)
		return -1;
	gen_seen seen;
	if (gen_own_file(path, &seen, 0) != 0) {
		afile_abort(&af);
		return -1;
	}
	af.recheck = gen_recheck;   /* the same look again, at the commit */
	af.recheck_arg = &seen;
	if (gen_write(af.f, rows, seed, w) != 0) {
		int e = afile_error(&af);   /* the write's own errno: ENOSPC, EFBIG */
		if (e)
			err_set("cannot write '%s': %s", path, strerror(e));
		afile_abort(&af);
		return -1;
	}
	return afile_commit(&af);
}
