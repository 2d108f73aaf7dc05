/* csvout.c — CSV writing on top of afile. */
#include "csvout.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void sep(rr_csvout *o)
{
	if (!o->first)
		fputc(',', o->af.f);
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
	fputc('"', f);
	if (lead)
		fputc(lead, f);
	for (;;) {
		size_t n = strcspn(s, "\"");
		fwrite(s, 1, n, f);
		if (!s[n])
			break;
		fputs("\"\"", f);
		s += n + 1;
	}
	fputc('"', f);
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
	o->first = 1;
	o->raw = raw;
	char *line = head_line(head, n, raw);
	if (!line)
		return err_set("cannot write '%s': out of memory", path);
	int rc = afile_open_export(&o->af, path, afile_gz_name(path) ? "wbze" : "wbe", line);
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

void csvout_num(rr_csvout *o, const char *fmt, double v)
{
	sep(o);
	if (!isnan(v))
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
