/* csvout.c — CSV writing on top of afile. */
#include "csvout.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void sep(rr_csvout *o)
{
	if (!o->first)   /* unlocked: one thread writes an export (fputc's lock per byte showed) */
		putc_unlocked(',', o->af.f);
	o->first = 0;
}

/* A plain decimal number, the whole of s: [+-] digits [. digits] [e [+-] digits], with at
 * least one digit before the exponent. No spaces, hex, inf or nan (those are text). */
static int plain_number(const char *s)
{
	const char *p = s + (*s == '+' || *s == '-');
	size_t digits = strspn(p, "0123456789");
	p += digits;
	if (*p == '.') {
		size_t frac = strspn(p + 1, "0123456789");
		digits += frac;
		p += 1 + frac;
	}
	if (digits == 0)
		return 0;
	if (*p == 'e' || *p == 'E') {
		p += 1 + (p[1] == '+' || p[1] == '-');
		size_t exp = strspn(p, "0123456789");
		if (exp == 0)
			return 0;
		p += exp;
	}
	return *p == '\0';
}

/* The guard and its inverse, side by side (t43 #6: a list read back from an export kept the
 * ', and missed every id such as '+44 7700 900123). The guard goes before a formula, and
 * before a text that is ' followed by what would be guarded ('=A1 as a value is written
 * ''=A1), so that exactly one ' comes off on reading: each written text reads back as the
 * value it was, and a value starting with ' before anything else ('abc) is left as it is. */
int csvout_is_formula(const char *s)
{
	s += strspn(s, "'");
	return s[0] && strchr("=+-@\t\r", s[0]) && !plain_number(s);
}

const char *csvout_unguard(const char *s)
{
	return s[0] == '\'' && csvout_is_formula(s + 1) ? s + 1 : s;
}

/* s in double quotes with the quotes inside doubled, which is what libcsv's csv_fwrite
 * writes, a run of bytes at a time: its fputc per byte was most of a deep export's time.
 * lead, when not 0, goes first inside the quotes (the ' of a neutralised formula). */
static void write_quoted(FILE *f, const char *s, char lead)
{
	putc_unlocked('"', f);
	if (lead)
		putc_unlocked(lead, f);
	for (;;) {
		size_t n = strcspn(s, "\"");
		fwrite(s, 1, n, f);
		if (!s[n])
			break;
		fputs("\"\"", f);
		s += n + 1;
	}
	putc_unlocked('"', f);
}

/* The header record of the n names as csvout_str and csvout_end write it: malloc'd, or NULL. */
static char *head_line(const char *const *head, int n, int raw)
{
	char *line = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&line, &len);
	if (!m)
		return NULL;
	for (int h = 0; h < n; h++) {
		if (h)
			fputc(',', m);
		write_quoted(m, head[h], raw || !csvout_is_formula(head[h]) ? 0 : '\'');
	}
	fputs("\r\n", m);
	if (fclose(m) != 0) {
		free(line);
		return NULL;
	}
	return line;
}

int csvout_open(rr_csvout *o, const char *path, int raw, const char *const *head, int n)
{
	return csvout_open_kind(o, path, raw, head, n, n);
}

int csvout_open_kind(rr_csvout *o, const char *path, int raw, const char *const *head, int n,
		     int fixed)
{
	o->first = 1;
	o->raw = raw;
	char *line = head_line(head, n, raw);
	/* the fixed columns' bytes and the comma after them: "score" is no "scores" */
	char *lead = fixed > 0 && fixed < n && line ? head_line(head, fixed, raw) : NULL;
	size_t kind = lead ? strlen(lead) - 1 : 0;   /* its "\r\n" less, the comma more */
	free(lead);
	if (!line)
		return err_set("cannot write '%s': out of memory", path);
	int rc = afile_open_export(&o->af, path, afile_gz_name(path) ? "wbze" : "wbe", line, kind);
	if (rc == 0)
		fputs(line, o->af.f);
	free(line);
	return rc;
}

void csvout_str(rr_csvout *o, const char *s)
{
	sep(o);
	write_quoted(o->af.f, s, o->raw || !csvout_is_formula(s) ? 0 : '\'');
}

void csvout_fieldf(rr_csvout *o, const char *fmt, ...)
{
	va_list ap;
	sep(o);
	va_start(ap, fmt);
	vfprintf(o->af.f, fmt, ap);
	va_end(ap);
}

int csvout_fixed(char *buf, const char *fmt, double v)
{
	static const double scale[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
	if (fmt[0] != '%' || fmt[1] != '.' || fmt[2] < '0' || fmt[2] > '6' || fmt[3] != 'f' ||
	    fmt[4])
		return 0;
	int d = fmt[2] - '0';
	double a = fabs(v);
	if (!(a < 1000))   /* NaN and infinities too */
		return 0;
	/* the product's error is below 2^-53 · 1e9 < 1.2e-7: away from a half by more than
	 * 1e-6, it rounds as the exact binary value does; nearer, the library decides */
	double s = a * scale[d], f = floor(s), frac = s - f;
	if (fabs(frac - 0.5) < 1e-6)
		return 0;
	unsigned long n = (unsigned long)f + (frac > 0.5), one = (unsigned long)scale[d];
	unsigned long ip = n / one, fp = n % one;
	char digits[8], *b = buf;
	int k = 0;
	do   /* ip < 1001: at most 4 digits */
		digits[k++] = (char)('0' + ip % 10);
	while ((ip /= 10) > 0);
	if (signbit(v))
		*b++ = '-';
	while (k > 0)
		*b++ = digits[--k];
	if (d) {
		*b++ = '.';
		for (int j = d - 1; j >= 0; j--, fp /= 10)
			b[j] = (char)('0' + fp % 10);
		b += d;
	}
	*b = '\0';
	return (int)(b - buf);
}

void csvout_num(rr_csvout *o, const char *fmt, double v)
{
	char buf[64];
	int n;
	sep(o);
	if (isnan(v))
		return;
	if ((n = csvout_fixed(buf, fmt, v)) > 0)
		fwrite(buf, 1, (size_t)n, o->af.f);
	else
		fprintf(o->af.f, fmt, v);
}

void csvout_end(rr_csvout *o)
{
	fputs("\r\n", o->af.f);
	o->first = 1;
}

int csvout_close(rr_csvout *o, int ok)
{
	if (!ok) {
		afile_abort(&o->af);
		return -1;
	}
	return afile_commit(&o->af);
}
