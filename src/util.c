/* util.c — clock, generations, parallel jobs, number parsing, a command's load argument, plurals. */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "err.h"
#include "textesc.h"
#include "uwidth.h"

/* Nanoseconds the process spent stopped (rr_now_skip), taken off every reading: a run
 * suspended with Ctrl-Z does not count the pause as training time. */
static atomic_int_fast64_t skipped_ns;

double rr_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9 - (double)atomic_load(&skipped_ns) * 1e-9;
}

void rr_now_skip(double seconds)
{
	if (seconds > 0)
		atomic_fetch_add(&skipped_ns, (int_fast64_t)(seconds * 1e9));
}

static atomic_uint_fast64_t gen_counter;

uint64_t rr_gen_next(void)
{
	return (uint64_t)atomic_fetch_add(&gen_counter, 1) + 1;
}

int rr_thread_start(pthread_t *th, void *(*fn)(void *), void *arg)
{
	pthread_attr_t a;
	int rc = pthread_attr_init(&a);
	if (rc != 0)
		return rc;
	rc = pthread_attr_setstacksize(&a, RR_THREAD_STACK);
	if (rc == 0)
		rc = pthread_create(th, &a, fn, arg);
	pthread_attr_destroy(&a);
	return rc;
}

void rr_parallel(void *(*fn)(void *job), void *jobs, size_t size, int n)
{
	enum { MAX = 64 };
	pthread_t tid[MAX];
	int started[MAX] = {0};
	char *base = jobs;
	if (n <= 0)
		return;
	if (n > MAX) { /* more jobs than threads we keep handles for: run the rest in turn */
		for (int i = MAX; i < n; i++)
			fn(base + (size_t)i * size);
		n = MAX;
	}
	for (int i = 1; i < n; i++)
		started[i] = rr_thread_start(&tid[i], fn, base + (size_t)i * size) == 0;
	fn(base);
	for (int i = 1; i < n; i++) {
		if (started[i])
			pthread_join(tid[i], NULL);
		else
			fn(base + (size_t)i * size);
	}
}

int rr_parse_long(const char *what, const char *text, long lo, long hi, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(text, &end, 10);
	if (!*text || *end || errno == ERANGE || *text == '+' || *text == ' ' || *text == '\t')
		return err_set("%s must be a whole number from %ld to %ld, not '%.60s'", what, lo, hi,
			       text);
	if (v < lo || v > hi)   /* the text as typed: "-0" read as 0 was said "not 0" (t29 F9) */
		return err_set("%s must be from %ld to %ld, not %.60s", what, lo, hi, text);
	*out = v;
	return 0;
}

/* A number strtod could not hold (ERANGE: its magnitude past DBL_MAX, or under DBL_MIN) that
 * the declared range holds: say why it cannot be held and what to give instead, not the
 * range, which it is in (t25 F4: "dropout must be in [0, 1), not 1e-310"). 1 when said (-1 is
 * then err_set's), 0 when the value lies outside the range, for the range message. */
static int unheld(const char *what, const char *text, double v, double lo, double hi,
		  int lo_open, int hi_open)
{
	int neg = text[0] == '-';
	if (isinf(v)) {   /* too large: inside only when that end has no bound */
		if (!(neg ? isinf(lo) : isinf(hi)))
			return 0;
		err_set("%s %.60s is too large to hold: give at %s %s%g", what, text,
			neg ? "least" : "most", neg ? "-" : "", DBL_MAX);
		return 1;
	}
	/* too close to 0: strtod gave 0 or a subnormal, which is no setting's value. Between 0
	 * and the nearest bound a double holds, the range's ends being normal numbers or 0 */
	if (neg ? !(lo < 0 && hi >= 0) : !(lo <= 0 && hi > 0))
		return 0;
	int zero = (lo < 0 || (lo == 0 && !lo_open)) && (hi > 0 || (hi == 0 && !hi_open));
	/* 2.3e-308: DBL_MIN (2.2250738585072014e-308) rounded up, so the number given holds */
	err_set("%s %.60s is too close to 0 to hold: give %sat %s %s2.3e-308", what, text,
		zero ? "0 or " : "", neg ? "most" : "least", neg ? "-" : "");
	return 1;
}

/* A number that is not the open bound b it rounds to as a double (0.99999999999999995 is 1):
 * say so and the nearest number on the range's side (toward), in the fewest digits that
 * read back as it (t29 F9: "must be in [0, 1), not 0.99999999999999995" named a range that
 * holds the text). 1 when said, 0 when the text is the bound itself (long double tells
 * them apart where a double cannot), for the range message. */
static int onto_bound(const char *what, const char *text, double b, double toward)
{
	if (strtold(text, NULL) == (long double)b)
		return 0;
	double near = nextafter(b, toward);
	char give[32];
	for (int digits = 1; digits <= 17; digits++) {
		snprintf(give, sizeof give, "%.*g", digits, near);
		if (strtod(give, NULL) == near)
			break;
	}
	err_set("%s %.60s rounds to %g as a number, which %s may not be: give at %s %s", what,
		text, b, what, toward < b ? "most" : "least", give);
	return 1;
}

/* "in [0, 1]", "at least 0" (no upper bound), "at most 5" (no lower one). */
static int out_of_range(const char *what, const char *text, double lo, double hi, int lo_open,
			int hi_open)
{
	if (isinf(hi) && !isinf(lo))
		return err_set("%s must be %s %g, not %.60s", what, lo_open ? "above" : "at least",
			       lo, text);
	if (isinf(lo) && !isinf(hi))
		return err_set("%s must be %s %g, not %.60s", what, hi_open ? "below" : "at most",
			       hi, text);
	return err_set("%s must be in %s%g, %g%s, not %.60s", what, lo_open ? "(" : "[", lo, hi,
		       hi_open ? ")" : "]", text);
}

int rr_parse_double(const char *what, const char *text, double lo, double hi, int lo_open,
		    int hi_open, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(text, &end);
	/* strtod also reads "nan", "inf" and hex floats: a setting wants a plain decimal */
	int plain = *text && (*text == '-' || *text == '.' || (*text >= '0' && *text <= '9')) &&
		    !strpbrk(text, "xXpP");
	if (!plain || *end || isnan(v) || (isinf(v) && errno != ERANGE))
		return err_set("%s must be a number, not '%.60s'", what, text);
	/* 1e-310 and 1e400 are numbers, past what a double holds (t24 #8): inside the range,
	 * why it cannot be held; outside, the range, as for any other number */
	int range = errno == ERANGE;
	if (range && unheld(what, text, v, lo, hi, lo_open, hi_open))
		return -1;
	if (!range && ((hi_open && v == hi && onto_bound(what, text, hi, lo)) ||
		       (lo_open && v == lo && onto_bound(what, text, lo, hi))))
		return -1;
	if (range || v < lo || v > hi || (lo_open && v == lo) || (hi_open && v == hi))
		return out_of_range(what, text, lo, hi, lo_open, hi_open);
	*out = v == 0 ? 0.0 : v;   /* -0 is 0: shown as "-0" it read as another value (t27 F6) */
	return 0;
}

/* The default-ignorable or blank-looking character (uwidth_blank) at p (rest bytes on) escaped into esc: its length, *k the
 * bytes it stands for; 0 for any other */
static size_t shown_invisible(const char *p, size_t rest, char esc[8], size_t *k)
{
	unsigned long cp;
	*k = (unsigned char)*p >= 0x80 ? textesc_utf8((const unsigned char *)p, rest, &cp) : 0;
	if (*k < 2 || !(uwidth_ignorable(cp) || uwidth_blank(cp)))
		return 0;
	return textesc_char(p, rest, TEXTESC_INVISIBLE, esc, k);
}

static const char *shown(char *buf, size_t size, const char *s, int invisible)
{
	size_t len = strlen(s), o = 0, room = size - 32;   /* 32: the "... (N bytes)" */
	const char *p = s, *mark = s;   /* mark: past the last escape */
	char esc[8];
	size_t e, k;
	for (; *p && o + 2 < room; p++) {
		if (*p == '\n' || *p == '\r') {
			buf[o++] = '\\';
			buf[o++] = *p == '\n' ? 'n' : 'r';
		} else if (invisible && (e = shown_invisible(p, len - (size_t)(p - s), esc, &k))) {
			if (o + e + 2 >= room)
				break;
			memcpy(buf + o, esc, e);
			o += e;
			p += k - 1;
			mark = p + 1;
		} else {
			buf[o++] = *p;
		}
	}
	if (*p) {   /* cut at a character's start, so no half of a UTF-8 sequence is shown */
		while (p > mark && ((unsigned char)*p & 0xC0) == 0x80) {   /* bytes of its own: */
			o--;                                                 /* no escape is in one */
			p--;
		}
		snprintf(buf + o, size - o, "... (%zu bytes)", len);
	} else {
		buf[o] = '\0';
	}
	return buf;
}

const char *rr_shown(char *buf, size_t size, const char *s)
{
	return shown(buf, size, s, 0);
}

const char *rr_shown_path(char *buf, size_t size, const char *s)
{
	return shown(buf, size, s, 1);
}

char *rr_dq_word(char *out, const char *s)
{
	size_t n = strlen(s), len;
	*out++ = '"';
	for (; n; s += len, n -= len)
		out += rr_dq_put(s, n, out, &len);
	*out++ = '"';
	*out = '\0';
	return out;
}

size_t rr_span(const char *s, size_t n, const char *set)
{
	size_t k = 0;
	while (k < n && s[k] && strchr(set, s[k]))
		k++;
	return k;
}

size_t rr_cspan(const char *s, size_t n, const char *set)
{
	size_t k = 0;
	while (k < n && s[k] && !strchr(set, s[k]))
		k++;
	return k;
}

size_t rr_dq_put(const char *s, size_t n, char out[8], size_t *len)
{
	static const char from[] = "\"\\\n\r", to[] = "\"\\nr";
	const char *k = s[0] ? strchr(from, s[0]) : NULL;
	char esc[8];
	if (k) {
		*len = 1;
		out[0] = '\\';
		out[1] = to[k - from];
		return 2;
	}
	size_t e = textesc_obeyed(s, n, esc, len);
	memcpy(out, e ? esc : s, e ? e : *len);
	return e ? e : *len;
}

static int hex_digits(const char *p, int n, unsigned long *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		int c = (unsigned char)p[i], d = c >= '0' && c <= '9' ? c - '0' :
					       c >= 'a' && c <= 'f' ? c - 'a' + 10 :
					       c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		*v = *v * 16 + (unsigned long)d;
	}
	return 0;
}

/* textesc's escape at p (p[0] is a backslash) into out when it stands for a character
 * rr_dq_put writes so (a terminal obeys it): the bytes of p it takes, else 0 (\x41 stays
 * four characters, as it always was). */
static size_t dq_control(const char *p, char out[4], size_t *n_out)
{
	static const char letters[] = "abvfe", bytes[] = "\a\b\v\f\033";
	const char *k = p[1] ? strchr(letters, p[1]) : NULL;
	unsigned long v;
	size_t take = 0;
	if (k) {
		out[0] = bytes[k - letters];
		*n_out = 1;
		return 2;
	}
	char esc[8];
	size_t len;
	if (p[1] == 'x') {   /* a C0 control, or a byte from 0x80 that is not UTF-8 alone, */
		if (hex_digits(p + 2, 2, &v) != 0 || v == 0)   /* as messages show one: \xe9 */
			return 0;
		out[0] = (char)v;
		*n_out = 1;
		return v >= 0x80 || textesc_obeyed(out, 1, esc, &len) ? 4 : 0;
	}
	/* \u and 4 hex digits, or 5 or 6 (textesc writes the tag characters U+E00xx so): the
	 * fewest that name a character a terminal obeys or shows as nothing */
	for (int d = 4; p[1] == 'u' && d <= 6 && take == 0; d++) {
		if (hex_digits(p + 2, d, &v) != 0)
			return 0;
		if (v < 0x80 || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF)
			continue;
		*n_out = v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
		static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
		for (size_t b = *n_out; b-- > 1; v >>= 6)
			out[b] = (char)(0x80 | (v & 0x3F));
		out[0] = (char)(lead[*n_out] | v);
		if (textesc_obeyed(out, *n_out, esc, &len))
			take = 2 + (size_t)d;
	}
	return take;
}

size_t rr_dq_get(const char *p, char out[4], size_t *n_out)
{
	*n_out = 1;
	if (p[0] == '\\' && p[1] && strchr("\"\\nr", p[1])) {
		out[0] = p[1] == 'n' ? '\n' : p[1] == 'r' ? '\r' : p[1];
		return 2;
	}
	size_t k = p[0] == '\\' ? dq_control(p, out, n_out) : 0;
	if (k)
		return k;
	*n_out = 1;
	out[0] = p[0];
	return 1;
}

/* s[0..n) at buf[o] as cmd_split reads it inside double quotes (rr_dq_put); the next offset,
 * or size - 1 once buf is full (nothing is written after it) */
static size_t dq_put(char *buf, size_t size, size_t o, const char *s, size_t n)
{
	char e[8];
	size_t len;
	for (; n; s += len, n -= len) {
		size_t need = rr_dq_put(s, n, e, &len);
		if (o + need >= size)
			return size - 1;
		memcpy(buf + o, e, need);
		o += need;
	}
	return o;
}

/* a word written as it is on a shell's command line and in relrec's single quotes; high: a
 * byte from 0x80 too (UTF-8's letters, which neither reads as its own) */
static int sh_plain(const char *s, int high)
{
	static const char plain[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "0123456789_./-+,:@%";
	for (const unsigned char *c = (const unsigned char *)s; *c; c++)
		if (!(high && *c >= 0x80) && !strchr(plain, *c))
			return 0;
	return s[0] != '\0';
}

/* arg as one shell word (quoted: between single quotes, a ' written '\'') into the command
 * line at line[o..size); path: "./" before a leading '-'. The next offset, or size once
 * full. */
static size_t sh_word(char *line, size_t size, size_t o, const char *arg, int quoted, int path)
{
	const char *pre = path && arg[0] == '-' ? "./" : "";
	for (const char *c = pre; *c && o < size; c++)
		line[o++] = *c;
	if (quoted && o < size)
		line[o++] = '\'';
	for (const char *c = arg; *c && o < size; c++) {
		if (*c == '\'' && quoted) {   /* close, an escaped quote, reopen */
			for (const char *e = "'\\''"; *e && o < size; e++)
				line[o++] = *e;
			continue;
		}
		line[o++] = *c;
	}
	if (quoted && o < size)
		line[o++] = '\'';
	return o;
}

/* fmt with each %s and %p the next of arg[0..n) into line[0..size), each a shell word
 * (sh_word): quoted when quote_all, else when it is not plain. Its length, or 0 when it cannot
 * be written (rr_pipe_cmd's NULL). */
static size_t sh_line(char *line, size_t size, const char *fmt, const char *const *arg, int n,
		      int quote_all)
{
	size_t o = 0;
	int k = 0;
	for (int i = 0; i < n; i++)
		for (const unsigned char *c = (const unsigned char *)arg[i]; *c; c++)
			if (*c < 0x20 || *c == 0x7f)
				return 0;   /* a line break ends the shell's command */
	for (const char *f = fmt; *f && o < size; f++) {
		if (f[0] != '%') {
			line[o++] = *f;
			continue;
		}
		f++;
		if (*f == '%') {
			line[o++] = '%';
			continue;
		}
		if ((*f != 's' && *f != 'p') || k >= n)
			return 0;   /* a caller's mistake: said as no command at all */
		if (*f == 's' && arg[k][0] == '-')
			return 0;   /* read as an option */
		o = sh_word(line, size, o, arg[k], quote_all || !sh_plain(arg[k], 0), *f == 'p');
		k++;
	}
	if (o >= size || k != n)
		return 0;
	line[o] = '\0';
	return o;
}

const char *rr_pipe_cmd(char *buf, size_t size, const char *fmt, const char *const *arg, int n)
{
	char line[4096];
	int all_plain = !strpbrk(fmt, "'\"\\");
	for (int i = 0; i < n; i++)
		all_plain &= sh_plain(arg[i], 0);
	size_t o = sh_line(line, sizeof line, fmt, arg, n, !all_plain);
	if (!o)
		return NULL;
	if (all_plain) {
		if ((size_t)snprintf(buf, size, "'|%s'", line) >= size)
			return NULL;
		return buf;
	}
	if (size < 2)
		return NULL;
	size_t b = 0;
	buf[b++] = '"';
	b = dq_put(buf, size, b, "|", 1);
	b = dq_put(buf, size, b, line, o);
	if (b + 2 > size)
		return NULL;   /* cut: no half command */
	buf[b++] = '"';
	buf[b] = '\0';
	return buf;
}

const char *rr_sh_cmd(char *buf, size_t size, const char *fmt, const char *const *arg, int n)
{
	char line[4096];
	if (!sh_line(line, sizeof line, fmt, arg, n, 0) ||
	    (size_t)snprintf(buf, size, "%s", line) >= size)
		return NULL;
	return buf;
}

const char *rr_arg_word(char *buf, size_t size, const char *s)
{
	for (const unsigned char *c = (const unsigned char *)s; *c; c++)
		if (*c < 0x20 || *c == 0x7f)
			return NULL;   /* a line break ends the line it is pasted into */
	if (s[0] == '-' && s[1] == '-')
		return NULL;
	if (sh_plain(s, 1))   /* UTF-8's letters too: Abandonn\xC3\xA9e stays as it was written */
		return (size_t)snprintf(buf, size, "%s", s) < size ? buf : NULL;
	size_t o = 0;
	if (size < 3)
		return NULL;
	buf[o++] = '\'';
	for (const char *c = s; *c; c++) {
		const char *piece = *c == '\'' ? "'\"'\"'" : NULL;
		size_t k = piece ? 5 : 1;
		if (o + k + 2 > size)
			return NULL;   /* cut: no half word */
		memcpy(buf + o, piece ? piece : c, k);
		o += k;
	}
	buf[o++] = '\'';
	buf[o] = '\0';
	return buf;
}

int rr_path_gzip(const char *path)
{
	size_t p = path ? strlen(path) : 0;
	if (!p || path[0] == '|' || strcmp(path, "-") == 0)
		return 0;
	if (p >= 4 && strcasecmp(path + p - 3, ".gz") == 0)
		return 1;
	/* a regular file only: a FIFO's writer or a device is not to be waited on or woken */
	struct stat st;
	unsigned char magic[2];
	int fd = stat(path, &st) == 0 && S_ISREG(st.st_mode) ?
		 open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) : -1;
	if (fd < 0)
		return 0;
	int gz = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && read(fd, magic, 2) == 2 &&
		 magic[0] == 0x1f && magic[1] == 0x8b;
	close(fd);
	return gz;
}

/* The fixed text before fmt's tool for path: "gzip -dc %p | " for a gzip file, a pipe's own
 * command (its % doubled, fmt's text to rr_pipe_cmd) and " | " for "|CMD"; "" else. 1, or 0
 * when it cannot be written (a control byte in the command, too long). */
static int text_source(char *out, size_t size, const char *path, int last_p)
{
	out[0] = '\0';
	if (path && path[0] == '|') {
		const char *c = path + 1;
		size_t o = 0;
		while (*c == ' ')
			c++;
		for (; *c && o + 4 < size; c++) {
			if ((unsigned char)*c < 0x20 || *c == 0x7f)
				return 0;
			if (*c == '%')
				out[o++] = '%';
			out[o++] = *c;
		}
		if (*c || o == 0)
			return 0;
		snprintf(out + o, size - o, " | ");
		return 1;
	}
	if (rr_path_gzip(path))
		snprintf(out, size, "gzip -dc %s | ", last_p ? "%p" : "FILE");
	return 1;
}

const char *rr_pipe_text_cmd(char *buf, size_t size, const char *fmt, const char *const *arg,
			     int n, const char *path)
{
	size_t l = strlen(fmt);
	char head[2048], cmd[2400];
	const char *a[8];
	int last_p = l > 3 && strcmp(fmt + l - 3, " %p") == 0,
	    last_file = l > 5 && strcmp(fmt + l - 5, " FILE") == 0;
	if (n < 0 || n > 8 || (!last_p && !last_file) || (last_p && n < 1) || l >= 256 ||
	    (last_p && path && strcmp(path, "-") == 0) || !text_source(head, sizeof head, path, last_p))
		return NULL;   /* standard input: no command reads it again */
	if (!head[0])
		return rr_pipe_cmd(buf, size, fmt, arg, n);
	/* the file first, through gzip or the pipe's command: the tool reads its lines, never
	 * compressed bytes, nor a file named after the command */
	snprintf(cmd, sizeof cmd, "%s%.*s", head, (int)(l - (last_p ? 3 : 5)), fmt);
	int k = 0, pipe = path[0] == '|';
	if (last_p && !pipe)
		a[k++] = arg[n - 1];
	for (int i = 0; i < n - last_p; i++)
		a[k++] = arg[i];
	return rr_pipe_cmd(buf, size, cmd, a, k);
}

int rr_sed_literal(char *out, size_t size, const char *s)
{
	size_t o = 0;
	for (; *s; s++) {
		if (o + 3 > size)
			return -1;
		if (strchr("\\.*[]^$/&", *s))
			out[o++] = '\\';
		out[o++] = *s;
	}
	if (o >= size)
		return -1;
	out[o] = '\0';
	return 0;
}

const char *rr_sed_load(char *buf, size_t size, const char *find, const char *repl,
			const char *path)
{
	char f[40], r[200], script[480];
	const char *arg[2] = {script, path};
	size_t fl = strlen(find), o = 0;
	int word = 0;
	if (!path || fl < 2 || fl > 16 || rr_sed_literal(r, sizeof r, repl) != 0)
		return NULL;
	for (size_t k = 0; k < fl; k++) {   /* a zone's word or an offset: nothing else */
		char c = find[k];
		int letter = (c | 32) >= 'a' && (c | 32) <= 'z';
		if (!(letter || (c >= '0' && c <= '9') || c == ':' || c == '+' || c == '-' ||
		      (c == ' ' && k == 0)))
			return NULL;
		word |= letter || c == '+' || c == '-';
		if (c == '+')
			f[o++] = '\\';   /* ERE's repetition, here the sign */
		f[o++] = c;
	}
	f[o] = '\0';
	if (!word)
		return NULL;
	/* after a time's last digit, its AM or PM, and a blank (t71 F23: '05:30:00 +09:00',
	 * Oracle's 'AM +09:00', '6:30 PM CST' were left as they were, the hint a loop) */
	snprintf(script, sizeof script, "s/([0-9]( ?[AaPp][Mm])? ?)%s([^[:alnum:]]|$)/\\1%s\\3/g",
		 f, r);
	return rr_pipe_text_cmd(buf, size, "sed -E %s %p", arg, 2, path);
}

const char *rr_plural(double n)
{
	return n == 1 ? "" : "s";
}

const char *rr_fmt_amount(char *buf, size_t size, double v)
{
	if (!isfinite(v) || fabs(v) >= 1e15) {
		snprintf(buf, size, "%.15g", v);
		return buf;
	}
	int n = snprintf(buf, size, "%.6f", v);
	if (n <= 0 || (size_t)n >= size)
		return buf;
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	if (!strcmp(buf, "-0"))
		strcpy(buf, "0");
	return buf;
}

const char *rr_fmt_feature(char *buf, size_t size, double v)
{
	snprintf(buf, size, "%.4g", fabs(v) < 1e-6 ? 0.0 : v);
	return buf;
}
