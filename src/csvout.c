/* csvout.c — CSV writing on top of afile. */
#include "csvout.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

int csvout_open(rr_csvout *o, const char *path)
{
	o->first = 1;
	return afile_open(&o->af, path, "wb");
}

static void sep(rr_csvout *o)
{
	if (!o->first)
		fputc(',', o->af.f);
	o->first = 0;
}

/* s in double quotes with the quotes inside doubled, which is what libcsv's csv_fwrite
 * writes, a run of bytes at a time: its fputc per byte was most of a deep export's time. */
static void write_quoted(FILE *f, const char *s)
{
	fputc('"', f);
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

void csvout_str(rr_csvout *o, const char *s)
{
	sep(o);
	write_quoted(o->af.f, s);
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
