/* gen.c — synthetic Online Retail-like data. */
#include "gen.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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

int gen_write(FILE *f, size_t rows, uint64_t seed, rr_work *w)
{
	uint64_t s = seed * 0x2545F4914F6CDD1DULL + 7;
	size_t n_items = rows / 130, n_cust = rows / 90;
	if (n_items < 50)
		n_items = 50;
	if (n_items > 60000)
		n_items = 60000;
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
	fputs("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n", f);
	static const int qtys[] = {1, 1, 2, 2, 3, 4, 6, 6, 12, 12, 24, 48};
	static const char *const countries[] = {"United Kingdom", "United Kingdom", "United Kingdom",
						"United Kingdom", "Germany", "France", "EIRE", "Spain",
						"Netherlands", "Belgium"};
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
				size_t id = (item * 2654435761u) % 1000003u;
				snprintf(code, sizeof code, "%zu%s", 10000 + id % 900000,
					 id % 10 == 0 ? "B" : "");
				uint64_t h = item + 12345;
				int nw = 3 + (int)(next(&h) % 3), n = 0;
				for (int w = 0; w < nw; w++)
					n += snprintf(desc + n, sizeof desc - (size_t)n, "%s%s", w ? " " : "",
						      words[next(&h) % (sizeof words / sizeof *words)]);
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

int gen_write_file(const char *path, size_t rows, uint64_t seed, rr_work *w)
{
	rr_afile af;
	/* 'e': it replaces a file only when that is an older data set of gen's (t57 F3) */
	if (afile_open(&af, path, afile_gz_name(path) ? "wbze" : "wbe") != 0)
		return -1;
	if (gen_write(af.f, rows, seed, w) != 0) {
		int e = afile_error(&af);   /* the write's own errno: ENOSPC, EFBIG */
		if (e)
			err_set("cannot write '%s': %s", path, strerror(e));
		afile_abort(&af);
		return -1;
	}
	return afile_commit(&af);
}
