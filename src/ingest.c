/* ingest.c — CSV/.csv.gz → rr_rows.
 *
 * A reader thread fills a ring of buffers (reading the file and, for gzip, inflating it)
 * while this thread runs libcsv over them: on the shipped file the two halves take about
 * the same time, so overlapping them nearly halves the load. libcsv hands us fields one at a
 * time; we copy a record's fields into one buffer and check, convert and intern them when the
 * record ends. Line numbers count physical lines (CSV_REPALL_NL reports every CR and LF). */
#include "ingest.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "err.h"

#define MAX_FIELDS 64          /* more fields than this in a record: counted, not stored */
#define CHUNK (1u << 20)       /* bytes per ring buffer (less for small files) */
#define NBUF 4                 /* ring buffers */
/* Inputs of a known size up to this run their stages inline, on the caller's thread, in the
 * same order: the whole file fits one ring buffer, so threads would overlap nothing and
 * starting two per load was most of the cost of a small load (the fuzzer loads thousands). */
#define INLINE_MAX CHUNK

/* ===== the reader thread ===== */

typedef struct reader {
	FILE *f;
	const char *path;
	int gz;                    /* content starts with the gzip magic */
	size_t chunk;              /* size of each buffer */
	z_stream z;
	unsigned char *in;         /* compressed input buffer */
	unsigned char *buf[NBUF];  /* the ring */
	size_t len[NBUF];          /* bytes in each filled buffer */
	int head, count;           /* next buffer to consume, filled buffers waiting */
	int next;                  /* the buffer the producer fills next */
	int eof;                   /* producer finished (check err) */
	int quit;                  /* consumer asks the producer to stop */
	int gz_done;               /* the last gzip member ended at end of file */
	char err[512];             /* producer's error, "" if none */
	size_t in_bytes;           /* compressed bytes read so far (progress) */
	pthread_mutex_t mu;
	pthread_cond_t cv;
} reader;

static void reader_fail(reader *r, const char *fmt, const char *a, const char *b)
{
	snprintf(r->err, sizeof r->err, fmt, a, b);
}

/* Produce one buffer's worth of text into out; returns bytes (0 at end), -1 on error. */
static long reader_fill(reader *r, unsigned char *out)
{
	if (!r->gz) {
		size_t n = fread(out, 1, r->chunk, r->f);
		if (n == 0 && ferror(r->f)) {
			reader_fail(r, "cannot read '%s': %s", r->path, strerror(errno));
			return -1;
		}
		r->in_bytes += n;
		return (long)n;
	}
	if (r->gz_done)
		return 0;
	r->z.next_out = out;
	r->z.avail_out = (uInt)r->chunk;
	while (r->z.avail_out > 0) {
		if (r->z.avail_in == 0) {
			size_t n = fread(r->in, 1, r->chunk, r->f);
			if (n == 0) {
				if (ferror(r->f)) {
					reader_fail(r, "cannot read '%s': %s", r->path, strerror(errno));
					return -1;
				}
				reader_fail(r, "'%s' is truncated (the gzip stream ends early)%s", r->path, "");
				return -1;
			}
			r->in_bytes += n;
			r->z.next_in = r->in;
			r->z.avail_in = (uInt)n;
		}
		int rc = inflate(&r->z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END) {
			/* concatenated members are legal gzip: start the next one if input follows */
			inflateReset(&r->z);
			if (r->z.avail_in == 0) {
				int c = getc(r->f);
				if (c == EOF) {
					r->gz_done = 1;
					break;
				}
				ungetc(c, r->f);
			}
			continue;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			reader_fail(r, "'%s': corrupt gzip data (%s)", r->path,
				    r->z.msg ? r->z.msg : "inflate failed");
			return -1;
		}
	}
	return (long)(r->chunk - r->z.avail_out);
}

/* One turn of the producer: wait for a free buffer, fill it (or mark the end). Returns 0 to
 * go on, 1 when done. The reader thread loops on it; an inline load calls it when the ring
 * is empty, so it never waits. */
static int reader_step(reader *r)
{
	pthread_mutex_lock(&r->mu);
	while (r->count == NBUF && !r->quit)
		pthread_cond_wait(&r->cv, &r->mu);
	int quit = r->quit;
	pthread_mutex_unlock(&r->mu);
	if (quit)
		return 1;
	long n = reader_fill(r, r->buf[r->next]);
	pthread_mutex_lock(&r->mu);
	if (n <= 0) {
		r->eof = 1;
	} else {
		r->len[r->next] = (size_t)n;
		r->count++;
		r->next = (r->next + 1) % NBUF;
	}
	pthread_cond_broadcast(&r->cv);
	pthread_mutex_unlock(&r->mu);
	return n <= 0;
}

static void *reader_main(void *arg)
{
	while (reader_step(arg) == 0)
		;
	return NULL;
}

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

static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int days_in_month(int y, int m)
{
	static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

/* Read 1..maxd digits at *i. */
static int num_at(const char *s, size_t n, size_t *i, int maxd, int *v)
{
	int k = 0, x = 0;
	while (*i < n && k < maxd && s[*i] >= '0' && s[*i] <= '9') {
		x = x * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	if (!k)
		return -1;
	*v = x;
	return 0;
}

int ingest_parse_date(const char *s, size_t n, int32_t *minute)
{
	size_t i = 0;
	int y, mo, d, h = 0, mi = 0, sec = 0;
	int a;
	if (num_at(s, n, &i, 4, &a) != 0 || i == n)
		return -1;
	if (s[i] == '-') { /* ISO */
		if (i != 4)
			return -1;
		y = a;
		i++;
		if (num_at(s, n, &i, 2, &mo) || i == n || s[i++] != '-' || num_at(s, n, &i, 2, &d))
			return -1;
		if (i < n && (s[i] == ' ' || s[i] == 'T')) {
			i++;
			goto time;
		}
		if (i != n)
			return -1;
		goto check;
	} else if (s[i] == '/') { /* M/D/YYYY */
		mo = a;
		i++;
		if (num_at(s, n, &i, 2, &d) || i == n || s[i++] != '/')
			return -1;
		size_t y0 = i;
		if (num_at(s, n, &i, 4, &y) || i - y0 != 4)
			return -1;
		if (i < n && s[i] == ' ') {
			i++;
			goto time;
		}
		if (i != n)
			return -1;
		goto check;
	}
	return -1;
time:
	if (num_at(s, n, &i, 2, &h) || i == n || s[i++] != ':' || num_at(s, n, &i, 2, &mi))
		return -1;
	if (i < n && s[i] == ':') {
		i++;
		if (num_at(s, n, &i, 2, &sec))
			return -1;
	}
	if (i != n)
		return -1;
check:
	if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) ||
	    h > 23 || mi > 59 || sec > 59)
		return -1;
	int64_t m = days_from_civil(y, mo, d) * 1440 + h * 60 + mi;
	if (m > INT32_MAX || m < INT32_MIN)
		return -1;
	*minute = (int32_t)m;
	return 0;
}

int ingest_parse_day(const char *s, int32_t *minute)
{
	return ingest_parse_date(s, strlen(s), minute);
}

char *ingest_format_minute(int32_t minute, char *buf, size_t size)
{
	int64_t z = (int64_t)minute;
	int64_t days = z >= 0 ? z / 1440 : -((-z + 1439) / 1440);
	int64_t rem = z - days * 1440;
	/* civil_from_days */
	days += 719468;
	int64_t era = (days >= 0 ? days : days - 146096) / 146097;
	int64_t doe = days - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	y += m <= 2;
	snprintf(buf, size, "%04d-%02d-%02d %02d:%02d", (int)y, m, d, (int)(rem / 60), (int)(rem % 60));
	return buf;
}

int ingest_utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	/* fast path: almost every field is ASCII; test 8 bytes at a time for a high bit or a
	 * zero byte (NUL is valid UTF-8 but never valid text in a transaction file) */
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if ((w | ((w - 0x0101010101010101ULL) & ~w)) & 0x8080808080808080ULL)
			break;
	}
	while (i < n) {
		unsigned c = s[i];
		if (c == 0)
			return 0;
		if (c < 0x80) {
			i++;
			continue;
		}
		int len;
		unsigned cp;
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
		} else {
			return 0;
		}
		if (i + (size_t)len > n)
			return 0;
		for (int k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
			return 0;
		i += (size_t)len;
	}
	return 1;
}

/* ===== header and column map ===== */

static const char *const col_names[RR_COL_N] = {"invoice", "item", "desc", "qty",
						 "date", "price", "user", "country"};

const char *ingest_col_name(enum rr_col c)
{
	return (unsigned)c < RR_COL_N ? col_names[c] : "?";
}

/* Header names of the two known schemas, per logical column. */
static const char *const uci_names[RR_COL_N] = {"InvoiceNo", "StockCode", "Description",
						 "Quantity", "InvoiceDate", "UnitPrice",
						 "CustomerID", "Country"};
static const char *const ii_names[RR_COL_N] = {"Invoice", "StockCode", "Description",
						"Quantity", "InvoiceDate", "Price",
						"Customer ID", "Country"};

/* ===== the interning stage =====
 * Parsed records go in batches to a thread of their own that interns their strings and
 * appends them to rr_rows, so hashing overlaps parsing (on two cores the third stage,
 * reading/inflating, is light). Batches are handed over in order, so row order is kept. */

#define BATCH_ROWS 4096
#define NBATCH 3
#define INLINE_BATCH_ROWS 256  /* an inline load builds one small batch at a time */

/* The fields a record carries to the row builder (raw text; it converts and checks them). */
enum { F_INVOICE, F_ITEM, F_DESC, F_USER, F_COUNTRY, F_QTY, F_PRICE, F_DATE, F_N };

typedef struct brec {
	uint32_t off[F_N], len[F_N];  /* strings in the batch's bytes */
	uint64_t line;                /* physical line the record starts on */
	int32_t why;                  /* -1: a row to build; else an rr_reject found by the parser,
	                                 with its detail text in the F_DESC slot */
} brec;

typedef struct batch {
	char *bytes;               /* the strings of its records, back to back */
	size_t blen, bcap;
	brec *rec;                 /* [batch_rows] */
	size_t n;
} batch;

typedef struct interner {
	rr_rows *rows;
	const char *path;          /* for messages */
	int strict;                /* the first rejected row is an error */
	batch b[NBATCH];
	int head, count, fill;     /* next to build, handed over and waiting, being filled */
	int done;                  /* the parser has handed over its last batch */
	int failed;                /* out of memory, or a rejected row under strict; err says */
	int inline_run;            /* no thread: a batch is built when it is handed over */
	size_t batch_rows;         /* records a batch holds */
	char err[512];
	pthread_mutex_t mu;
	pthread_cond_t cv;
} interner;

/* Count a rejected row and keep the first few as examples (or fail, under strict). Runs on
 * the row builder's thread only, in file order, so the examples are the first ones. */
static void row_reject(interner *in, uint64_t line, int why, const char *detail, size_t dlen)
{
	rr_rows *r = in->rows;
	r->rejected[why]++;
	char msg[sizeof r->examples[0]];
	snprintf(msg, sizeof msg, "%llu: %s%s%.*s", (unsigned long long)line,
		 rows_reject_name((enum rr_reject)why), dlen ? ": " : "", (int)dlen, detail);
	if (in->strict) {
		snprintf(in->err, sizeof in->err, "%s:%s", in->path, msg);
		in->failed = 1;
		return;
	}
	if (r->n_examples < RR_MAX_EXAMPLES)
		memcpy(r->examples[r->n_examples++], msg, sizeof msg);
}

static const char *printable(char *dst, size_t cap, const char *s, size_t n, size_t max);

/* Check and convert one record, then append it to the rows (or reject it). 0, or -1 when
 * the load must stop (in->failed set). */
static int build_row(interner *in, const brec *q, const char *x)
{
	char detail[300], shown[240];
	const char *f[F_N];
	for (int k = 0; k < F_N; k++)
		f[k] = x + q->off[k];
	if (q->why >= 0) {
		row_reject(in, q->line, q->why, f[F_DESC], q->len[F_DESC]);
		return in->failed ? -1 : 0;
	}
	static const int text[] = {F_INVOICE, F_ITEM, F_DESC, F_USER, F_COUNTRY};
	for (size_t k = 0; k < sizeof text / sizeof *text; k++)
		if (!ingest_utf8_valid(f[text[k]], q->len[text[k]])) {
			row_reject(in, q->line, RR_REJ_UTF8, "", 0);
			return in->failed ? -1 : 0;
		}
	if (q->len[F_INVOICE] == 0 || q->len[F_ITEM] == 0) {
		row_reject(in, q->line, RR_REJ_EMPTY, "", 0);
		return in->failed ? -1 : 0;
	}
	int32_t qty, minute;
	double price;
	int why = -1;
	if (ingest_parse_int(f[F_QTY], q->len[F_QTY], &qty) != 0) {
		why = RR_REJ_NUMBER;
		snprintf(detail, sizeof detail, "quantity '%s'",
			 printable(shown, sizeof shown, f[F_QTY], q->len[F_QTY], 40));
	} else if (ingest_parse_num(f[F_PRICE], q->len[F_PRICE], &price) != 0) {
		why = RR_REJ_NUMBER;
		snprintf(detail, sizeof detail, "price '%s'",
			 printable(shown, sizeof shown, f[F_PRICE], q->len[F_PRICE], 40));
	} else if (ingest_parse_date(f[F_DATE], q->len[F_DATE], &minute) != 0) {
		why = RR_REJ_DATE;
		snprintf(detail, sizeof detail, "'%s'",
			 printable(shown, sizeof shown, f[F_DATE], q->len[F_DATE], 40));
	}
	if (why >= 0) {
		row_reject(in, q->line, why, detail, strlen(detail));
		return in->failed ? -1 : 0;
	}
	if (rows_add(in->rows, f[F_INVOICE], q->len[F_INVOICE], f[F_ITEM], q->len[F_ITEM], f[F_DESC],
		     q->len[F_DESC], f[F_USER], q->len[F_USER], f[F_COUNTRY], q->len[F_COUNTRY], qty,
		     price, minute) != 0) {
		snprintf(in->err, sizeof in->err, "%s", err_msg());
		in->failed = 1;
		return -1;
	}
	return 0;
}

/* Build a batch's rows in order and empty it. Returns 1 when the load must stop. */
static int interner_build(interner *in, batch *b, int failed)
{
	for (size_t k = 0; k < b->n && !failed; k++)
		failed = build_row(in, &b->rec[k], b->bytes) != 0;
	b->n = 0;
	b->blen = 0;
	return failed;
}

static void *interner_main(void *arg)
{
	interner *in = arg;
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
		pthread_mutex_unlock(&in->mu);
		failed = interner_build(in, b, failed);
		pthread_mutex_lock(&in->mu);
		in->failed |= failed;
		in->head = (in->head + 1) % NBATCH;
		in->count--;
		pthread_cond_broadcast(&in->cv);
		pthread_mutex_unlock(&in->mu);
	}
}

/* Hand the batch being filled to the interner and wait for a free one. 0, or -1 when the
 * interner has failed. */
static int interner_submit(interner *in)
{
	if (in->inline_run) {
		in->failed |= interner_build(in, &in->b[in->fill], in->failed);
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

/* Append one record's fields to the batch being filled (strings copied). why is -1 for a row
 * to build, or a reject reason (its detail in str[F_DESC]). 0, or -1 when the load must stop. */
static int interner_add(interner *in, const char *const str[F_N], const size_t len[F_N],
			uint64_t line, int why)
{
	batch *b = &in->b[in->fill];
	size_t need = 0;
	for (int f = 0; f < F_N; f++)
		need += len[f];
	if (b->blen + need > b->bcap || !b->bytes) { /* allocated even for empty fields */
		size_t nc = b->bcap ? b->bcap : 65536;
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
		memcpy(b->bytes + b->blen, str[f], len[f]);
		b->blen += len[f];
	}
	q->line = line;
	q->why = why;
	if (b->n == in->batch_rows && interner_submit(in) != 0)
		return -1;
	return 0;
}

/* ===== the record loop ===== */

typedef struct loader {
	rr_rows *rows;
	const char *path;
	const char *map;
	int strict;
	int failed;                /* a fatal error was recorded: ignore further callbacks */
	int have_header;
	int ncols;                 /* fields in the header */
	int col[RR_COL_N];         /* field index of each logical column, -1 if absent */
	/* the record being read */
	char *buf;                 /* its field bytes, back to back */
	size_t blen, bcap;
	size_t off[MAX_FIELDS], len[MAX_FIELDS];
	int nf;                    /* fields so far (may exceed MAX_FIELDS) */
	int too_long;              /* a field exceeded RR_MAX_FIELD */
	size_t line;               /* current physical line (1-based) */
	size_t rec_line;           /* line the current record started on */
	size_t nl_in_fields;       /* newlines inside quoted fields of this record */
	int prev_cr;
	int bom_checked;
	int unterminated;          /* the input ended inside a quoted field */
	interner *in;              /* where accepted records go */
} loader;

/* A record the parser already knows is bad: sent down the line like any other, so rejects
 * are counted and reported in file order by one thread. */
static void reject(loader *L, enum rr_reject why, const char *detail)
{
	const char *str[F_N] = {"", "", detail ? detail : "", "", "", "", "", ""};
	size_t len[F_N] = {0};
	len[F_DESC] = detail ? strlen(detail) : 0;
	if (interner_add(L->in, str, len, L->rec_line, (int)why) != 0)
		L->failed = 1;
}

static void on_field(void *data, size_t n, void *ctx)
{
	loader *L = ctx;
	if (L->failed)
		return;
	if (L->nf == 0)
		L->rec_line = L->line;
	const char *s = data ? data : "";
	if (n > RR_MAX_FIELD || L->nf >= MAX_FIELDS) {
		/* not copied: count its newlines here (copied fields are counted per record) */
		for (const char *q = s, *e = s + n; (q = memchr(q, '\n', (size_t)(e - q))) != NULL; q++)
			L->nl_in_fields++;
		if (n > RR_MAX_FIELD) {
			L->too_long = 1;
			n = 0;
		}
	}
	if (L->nf < MAX_FIELDS) {
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
			if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB &&
			    (unsigned char)s[2] == 0xBF) {
				s += 3;
				n -= 3;
			}
		}
		memcpy(L->buf + L->blen, s, n);
		L->off[L->nf] = L->blen;
		L->len[L->nf] = n;
		L->blen += n;
		L->buf[L->blen++] = '\0';
	}
	L->nf++;
}

/* Copy field text for a message: printable ASCII and valid UTF-8 as they are, anything else
 * as \xHH, at most max input bytes (then "..."), so garbage never reaches the terminal raw. */
static const char *printable(char *dst, size_t cap, const char *s, size_t n, size_t max)
{
	size_t o = 0;
	for (size_t i = 0; i < n && i < max && o + 8 < cap;) {
		unsigned char c = (unsigned char)s[i];
		size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
			     : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
		if (c >= 0x20 && c < 0x7F) {
			dst[o++] = (char)c;
			i++;
		} else if (len > 1 && i + len <= n && ingest_utf8_valid(s + i, len) && o + len < cap - 8) {
			memcpy(dst + o, s + i, len);
			o += len;
			i += len;
		} else {
			o += (size_t)snprintf(dst + o, cap - o, "\\x%02X", c);
			i++;
		}
	}
	if (n > max && o + 4 < cap) {
		memcpy(dst + o, "...", 3);
		o += 3;
	}
	dst[o] = '\0';
	return dst;
}

static int header_match(const loader *L, const char *const names[RR_COL_N], int *col)
{
	for (int c = 0; c < RR_COL_N; c++) {
		col[c] = -1;
		for (int f = 0; f < L->nf && f < MAX_FIELDS; f++)
			if (strcmp(L->buf + L->off[f], names[c]) == 0)
				col[c] = f;
		if (col[c] < 0)
			return 0;
	}
	return 1;
}

/* Apply "user=COL,item=COL,...": COL is a header name or a 1-based number. */
static int apply_map(loader *L)
{
	char *m = strdup(L->map), *save = NULL;
	if (!m)
		return err_set("out of memory");
	for (int c = 0; c < RR_COL_N; c++)
		L->col[c] = -1;
	for (char *tok = strtok_r(m, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(tok, '=');
		if (!eq) {
			err_set("--map: '%s' is not NAME=COLUMN", tok);
			free(m);
			return -1;
		}
		*eq = '\0';
		int c;
		for (c = 0; c < RR_COL_N; c++)
			if (strcmp(tok, col_names[c]) == 0)
				break;
		if (c == RR_COL_N) {
			err_set("--map: unknown column '%s' (expected invoice, item, desc, qty, date, "
				"price, user or country)", tok);
			free(m);
			return -1;
		}
		const char *want = eq + 1;
		int f = -1;
		for (int k = 0; k < L->nf && k < MAX_FIELDS; k++)
			if (strcmp(L->buf + L->off[k], want) == 0)
				f = k;
		if (f < 0) {
			char *end;
			long v = strtol(want, &end, 10);
			if (*want && !*end && v >= 1 && v <= L->nf && v <= MAX_FIELDS)
				f = (int)v - 1;
		}
		if (f < 0) {
			err_set("--map: '%s' has no column '%s'", L->path, want);
			free(m);
			return -1;
		}
		L->col[c] = f;
	}
	free(m);
	/* unmapped columns fall back to the known header names */
	for (int c = 0; c < RR_COL_N; c++)
		for (int f = 0; L->col[c] < 0 && f < L->nf && f < MAX_FIELDS; f++)
			if (strcmp(L->buf + L->off[f], uci_names[c]) == 0 ||
			    strcmp(L->buf + L->off[f], ii_names[c]) == 0 ||
			    strcmp(L->buf + L->off[f], col_names[c]) == 0)
				L->col[c] = f;
	static const int required[] = {RR_COL_INVOICE, RR_COL_ITEM, RR_COL_QTY, RR_COL_DATE,
				       RR_COL_PRICE, RR_COL_USER};
	for (size_t k = 0; k < sizeof required / sizeof *required; k++)
		if (L->col[required[k]] < 0)
			return err_set("--map: no column given for '%s'", col_names[required[k]]);
	return 0;
}

static int on_header(loader *L)
{
	L->ncols = L->nf;
	if (L->nf > MAX_FIELDS)
		return err_set("'%s': header has %d columns (at most %d)", L->path, L->nf, MAX_FIELDS);
	if (L->map) {
		L->rows->schema = "mapped";
		return apply_map(L);
	}
	if (header_match(L, uci_names, L->col)) {
		L->rows->schema = "Online Retail";
		return 0;
	}
	if (header_match(L, ii_names, L->col)) {
		L->rows->schema = "Online Retail II";
		return 0;
	}
	char raw[200] = "", got[400];
	for (int f = 0; f < L->nf && f < MAX_FIELDS && strlen(raw) < 150; f++) {
		strncat(raw, f ? "," : "", sizeof raw - strlen(raw) - 1);
		strncat(raw, L->buf + L->off[f], sizeof raw - strlen(raw) - 1);
	}
	printable(got, sizeof got, raw, strlen(raw), 120);
	return err_set("'%s': unrecognised header '%s' (expected the Online Retail or Online "
		       "Retail II columns; map others with --map user=COL,item=COL,invoice=COL,"
		       "qty=COL,date=COL,price=COL)", L->path, got);
}

#define FIELD(c) (L->buf + L->off[L->col[c]])
#define FLEN(c) (L->len[L->col[c]])

static void on_record(int c, void *ctx)
{
	loader *L = ctx;
	/* physical line accounting: CRLF counts once */
	size_t nf = (size_t)L->nf;
	if (c == '\r') {
		L->line++;
		L->prev_cr = 1;
	} else if (c == '\n') {
		if (!L->prev_cr)
			L->line++;
		L->prev_cr = 0;
	} else {
		L->prev_cr = 0;
	}
	for (const char *q = L->buf, *e = L->buf + L->blen;
	     (q = memchr(q, '\n', (size_t)(e - q))) != NULL; q++)
		L->nl_in_fields++;
	L->line += L->nl_in_fields;
	if (L->failed || nf == 0)
		goto reset;
	if (!L->have_header) {
		if (on_header(L) != 0)
			L->failed = 1;
		L->have_header = 1;
		goto reset;
	}
	rr_rows *r = L->rows;
	r->lines++;
	char detail[300];
	if (L->unterminated) {
		reject(L, RR_REJ_QUOTE, "the quoted field runs to the end of the file");
		goto reset;
	}
	if (L->nf != L->ncols) {
		snprintf(detail, sizeof detail, "%d fields, expected %d", L->nf, L->ncols);
		reject(L, RR_REJ_FIELDS, detail);
		goto reset;
	}
	if (L->too_long) {
		reject(L, RR_REJ_LONG, NULL);
		goto reset;
	}
	const char *str[F_N];
	size_t len[F_N];
	static const int cols[F_N] = {RR_COL_INVOICE, RR_COL_ITEM, RR_COL_DESC, RR_COL_USER,
				      RR_COL_COUNTRY, RR_COL_QTY, RR_COL_PRICE, RR_COL_DATE};
	for (int k = 0; k < F_N; k++) {
		int c = cols[k];
		if (L->col[c] >= 0) {
			str[k] = FIELD(c);
			len[k] = FLEN(c);
		} else { /* desc and country may be absent */
			str[k] = "";
			len[k] = 0;
		}
	}
	if (interner_add(L->in, str, len, L->rec_line, -1) != 0)
		L->failed = 1;
reset:
	L->nf = 0;
	L->blen = 0;
	L->too_long = 0;
	L->nl_in_fields = 0;
}

rr_rows *ingest_load(const char *path, const char *map, int strict, rr_work *w)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		err_set("cannot open '%s': %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		err_set("cannot load '%s': is a directory", path);
		return NULL;
	}
	rr_rows *r = ingest_stream(f, path, st.st_size > 0 ? (double)st.st_size : 0, map, strict,
				   w);
	fclose(f);
	return r;
}

rr_rows *ingest_stream(FILE *f, const char *path, double size, const char *map, int strict,
		       rr_work *w)
{
	double total = size > 0 ? size : 1;
	/* peek at the gzip magic, then start over */
	int c1 = getc(f), c2 = c1 == EOF ? EOF : getc(f);
	if (c1 != EOF && fseek(f, 0, SEEK_SET) != 0) {
		err_set("cannot read '%s': not seekable", path);
		return NULL;
	}

	reader rd;
	memset(&rd, 0, sizeof rd);
	rd.f = f;
	rd.path = path;
	rd.gz = c1 == 0x1f && c2 == 0x8b;
	pthread_mutex_init(&rd.mu, NULL);
	pthread_cond_init(&rd.cv, NULL);
	loader L;
	memset(&L, 0, sizeof L);
	L.path = path;
	L.map = map;
	L.strict = strict;
	L.line = 1;
	L.bcap = 1024;
	L.buf = malloc(L.bcap);
	L.rows = rows_new();
	struct csv_parser p;
	int csv_ok = csv_init(&p, CSV_REPALL_NL) == 0;
	int ok = L.buf && L.rows && csv_ok;
	/* small files get small buffers (tests and fuzzing load thousands of them) */
	rd.chunk = CHUNK;
	while (size > 0 && rd.chunk > 16384 && (double)rd.chunk / 4 > size)
		rd.chunk /= 2;
	for (int i = 0; ok && i < NBUF; i++)
		ok = (rd.buf[i] = malloc(rd.chunk)) != NULL;
	if (ok && rd.gz) {
		ok = (rd.in = malloc(rd.chunk)) != NULL &&
		     inflateInit2(&rd.z, 15 + 16) == Z_OK;
	}
	interner in;
	memset(&in, 0, sizeof in);
	in.rows = L.rows;
	in.path = path;
	in.strict = strict;
	int inl = in.inline_run = size > 0 && size <= INLINE_MAX;
	in.batch_rows = inl ? INLINE_BATCH_ROWS : BATCH_ROWS;
	pthread_mutex_init(&in.mu, NULL);
	pthread_cond_init(&in.cv, NULL);
	L.in = &in;
	for (int i = 0; ok && i < (inl ? 1 : NBATCH); i++)
		ok = (in.b[i].rec = malloc(in.batch_rows * sizeof *in.b[i].rec)) != NULL;
	pthread_t th, ith;
	int istarted = ok && (inl || pthread_create(&ith, NULL, interner_main, &in) == 0);
	ok = ok && istarted;
	int started = ok && (inl || pthread_create(&th, NULL, reader_main, &rd) == 0);
	if (!started) {
		err_set("out of memory loading '%s'", path);
		ok = 0;
	}
	rr_rows *result = NULL;
	if (rd.gz)
		L.rows->path = NULL;
	size_t bytes = 0;
	rr_progress prog = {.phase = RR_PHASE_LOAD, .what = "load", .total = total};
	size_t next_report = 0;
	while (started) {
		if (inl && rd.count == 0 && !rd.eof)
			reader_step(&rd);
		pthread_mutex_lock(&rd.mu);
		while (rd.count == 0 && !rd.eof)
			pthread_cond_wait(&rd.cv, &rd.mu);
		if (rd.count == 0) { /* eof and drained */
			pthread_mutex_unlock(&rd.mu);
			break;
		}
		int slot = rd.head;
		size_t n = rd.len[slot];
		size_t in_bytes = rd.in_bytes;
		pthread_mutex_unlock(&rd.mu);

		if (!L.failed && csv_parse(&p, rd.buf[slot], n, on_field, on_record, &L) != n) {
			err_set("'%s': %s", path, csv_strerror(csv_error(&p)));
			L.failed = 1;
		}
		bytes += n;
		pthread_mutex_lock(&rd.mu);
		rd.head = (rd.head + 1) % NBUF;
		rd.count--;
		int stopped = work_stopped(w);
		if (L.failed || stopped)
			rd.quit = 1;
		pthread_cond_broadcast(&rd.cv);
		pthread_mutex_unlock(&rd.mu);
		if (stopped && !L.failed) {
			err_set("load of '%s' interrupted", path);
			L.failed = 1;
		}
		if (L.failed)
			break;
		if (bytes >= next_report) {   /* every 8 MB parsed: a stop is seen above, next turn */
			prog.done = (double)in_bytes;
			work_report(w, &prog, 1);
			next_report = bytes + (8u << 20);
		}
	}
	if (started) {
		pthread_mutex_lock(&rd.mu);
		rd.quit = 1;
		pthread_cond_broadcast(&rd.cv);
		pthread_mutex_unlock(&rd.mu);
		if (!inl)
			pthread_join(th, NULL);
	}
	if (ok && !L.failed && rd.err[0]) {
		err_set("%s", rd.err);
		L.failed = 1;
	}
	if (ok && !L.failed) {
		/* libcsv accepts a quote left open at the end; we reject that record. pstate 2 is
		 * libcsv's FIELD_BEGUN (csv.h exposes the parser state). */
		if (p.quoted && p.pstate == 2) {
			if (!L.have_header) {
				err_set("'%s': unterminated quote in the header", path);
				L.failed = 1;
			}
			L.unterminated = 1;
		}
		if (!L.failed && csv_fini(&p, on_field, on_record, &L) != 0 && !L.failed) {
			err_set("'%s': %s", path, csv_strerror(csv_error(&p)));
			L.failed = 1;
		}
	}
	if (istarted) {
		/* hand over the last partial batch, let the interner drain, collect its verdict */
		if (inl && !L.failed) {
			interner_submit(&in);
		} else if (!inl) {
			pthread_mutex_lock(&in.mu);
			if (in.b[in.fill].n > 0 && !L.failed)
				in.count++;
			in.done = 1;
			pthread_cond_broadcast(&in.cv);
			pthread_mutex_unlock(&in.mu);
			pthread_join(ith, NULL);
		}
		if (in.failed) {
			err_set("%s", in.err);
			L.failed = 1;
		}
	}
	for (int i = 0; i < NBATCH; i++) {
		free(in.b[i].rec);
		free(in.b[i].bytes);
	}
	pthread_mutex_destroy(&in.mu);
	pthread_cond_destroy(&in.cv);
	if (ok && !L.failed && !L.have_header) {
		err_set("'%s' is empty (no header line)", path);
		L.failed = 1;
	}
	if (ok && !L.failed && rows_finish(L.rows) == 0) {
		L.rows->bytes = bytes;
		L.rows->path = strdup(path);
		result = L.rows;
		L.rows = NULL;
		prog.phase = RR_PHASE_DONE;
		prog.done = total;
		work_report(w, &prog, 1);
	}
	if (csv_ok)
		csv_free(&p);
	if (rd.gz && rd.in)
		inflateEnd(&rd.z);
	free(rd.in);
	for (int i = 0; i < NBUF; i++)
		free(rd.buf[i]);
	pthread_mutex_destroy(&rd.mu);
	pthread_cond_destroy(&rd.cv);
	free(L.buf);
	rows_free(L.rows);
	return result;
}
