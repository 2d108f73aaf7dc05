/* lines.c — text files read a line at a time, within bounds. */
#include "lines.h"
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "afile.h"
#include "csvout.h"
#include "csvsniff.h"
#include "csvsource.h"
#include "ingest.h"
#include "err.h"
#include "textesc.h"
#include "uwidth.h"

#define LIST_LINE_MAX 4096
/* The longest record of a list: a line, or the lines a quoted cell holding line breaks
 * joins; a description of RR_MAX_FIELD bytes and the record's other cells fit. */
#define LIST_RECORD_MAX (4 * LIST_LINE_MAX)

void lines_init(rr_lines *r, FILE *f, const char *name, const char *what, size_t max)
{
	memset(r, 0, sizeof *r);
	r->f = f;
	r->name = name;
	r->what = what;
	r->max = max;
}

void lines_free(rr_lines *r)
{
	free(r->buf);
	free(r->next);
	r->buf = r->next = NULL;
	r->cap = r->next_cap = 0;
}

size_t lines_bom(const char *p, size_t n)
{
	return n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* Room for n + 1 bytes at *buf (n ≤ r->max, so the buffer stays bounded). 0 or -1. */
static int lines_room(const rr_lines *r, char **buf, size_t *cap, size_t n, long no)
{
	if (n + 1 <= *cap)
		return 0;
	size_t nc = *cap ? *cap * 2 : 256;
	if (nc > r->max + 1)
		nc = r->max + 1;
	char *nb = realloc(*buf, nc);
	if (!nb)
		return err_set("%s:%ld: out of memory", r->name, no);
	*buf = nb;
	*cap = nc;
	return 0;
}

/* How a line ended (lines_raw). */
enum { END_EOF = 1, END_LF, END_CR, END_CR_EOF };

/* A line that shows otherwise than it reads: r->hides set, the message err_set's. -1. */
static int lines_hides(rr_lines *r)
{
	r->hides = 1;
	return -1;
}

/* The bytes of the line numbered no into *buf, NUL-terminated, their count into *n; how it
 * ended into *end: END_LF (CRs right before the LF are part of that end), END_CR with the run
 * of *crs CRs alone that ended it (each one a line's end, in a file of CR ends), END_CR_EOF
 * (CRs, then the file's end: an end in a file of either kind), END_EOF (no end: *n 0 at the
 * end of the file). 0, or -1 with err_set. */
static int lines_raw(rr_lines *r, char **buf, size_t *cap, long no, size_t *n, int *end,
		     size_t *crs)
{
	int c;
	*n = 0;
	*crs = 0;
	errno = 0;
	for (c = getc(r->f); c != EOF && c != '\n' && c != '\r'; c = getc(r->f)) {
		if (c == '\0')
			return err_set("%s:%ld: line %ld has a NUL byte (at byte %zu): not %s", r->name,
				       no, no, *n + 1, r->what);
		if (*n >= r->max)
			return err_set("%s:%ld: line %ld is longer than %zu bytes: not %s", r->name, no,
				       no, r->max, r->what);
		if (lines_room(r, buf, cap, *n + 1, no) != 0)
			return -1;
		(*buf)[(*n)++] = (char)c;
	}
	/* the byte after a CR is read: it says whether the CR ends the line (before an LF, or
	 * in a file of CR ends) or hides the text before it */
	for (; c == '\r'; c = getc(r->f))
		++*crs;
	if (*crs && c != EOF && c != '\n' && ungetc(c, r->f) == EOF)
		return err_set("cannot read '%s': %s", r->name, strerror(EIO));
	if (c == EOF && ferror(r->f))   /* a signal ends a read (a FIFO's writer may stall) */
		return errno == EINTR ? err_set("reading '%s' was interrupted", r->name)
				      : err_set("cannot read '%s': %s", r->name,
						strerror(errno ? errno : EIO));
	*end = c == '\n' ? END_LF : *crs && c == EOF ? END_CR_EOF : *crs ? END_CR : END_EOF;
	if (lines_room(r, buf, cap, *n, no) != 0)   /* an empty line: nothing allocated yet */
		return -1;
	(*buf)[*n] = '\0';
	return 0;
}

/* The first character of s[0..n) (line no) that a terminal obeys rather than shows: a C0
 * control but TAB, DEL, a C1 control, a bidirectional control (textesc_char's table; a byte
 * that is not UTF-8 is some 8-bit file's letter, shown as such), or shows as nothing or as a
 * blank that is no space (textesc_line_refused, which lets a comment line's blanks be).
 * 0, or -1 naming it. */
static int lines_controls(rr_lines *r, const char *s, size_t n, long no)
{
	char esc[8];
	size_t len, i = textesc_line_refused(s, n, esc, &len);
	if (i == n)
		return 0;
	unsigned long cp = 0;
	int utf8 = textesc_utf8((const unsigned char *)s + i, n - i, &cp) > 0;
	int blank = utf8 && textesc_blank(cp);
	int invisible = utf8 && cp >= 0xA0 && !textesc_bidi(cp) && !blank;
	const char *kind = !utf8 ? "a byte that is not UTF-8, an 8-bit terminal's control"
			   : blank ? "a blank that is no space to relrec"
			   : cp < 0xA0 ? "a control character"
			   : invisible ? "an invisible character" : "a bidirectional control";
	err_set("%s:%ld: line %ld holds %s (%s, at byte %zu), which a terminal %s: what cat "
		"shows of the line is not what is read, so %s with it is refused (remove it%s)",
		r->name, no, no, esc, kind, i + 1,
		blank ? "shows as a plain blank" : invisible ? "shows as nothing"
		: "obeys rather than shows", r->what,
		blank ? ", or write it in double quotes as shown to mean it" : "");
	return lines_hides(r);
}

/* The line at r->buf (number no, n bytes) ended in a run of crs CRs alone: a line end in a
 * file of CR ends only, whose next line must end so too. The next line is read ahead into
 * r->next, so that no line of such a file is returned before its successor's end is seen
 * (t50 F1: `load "|cmd"` CR `# a long comment` LF, from a pipe). 0 or -1. */
static int lines_cr_end(rr_lines *r, long no, size_t n, size_t crs)
{
	if (r->ends == '\n') {
		err_set("%s:%ld: line %ld holds a carriage return (\\r) at byte %zu that does not end "
			"it (the file's lines end in a line feed): a terminal shows the text after it "
			"over the text before it, so what cat shows of the line is not what is read; "
			"%s with it is refused (save it with one kind of line end)", r->name, no, no,
			n + 1, r->what);
		return lines_hides(r);
	}
	r->ends = '\r';
	r->empty = (long)crs - 1;
	long at = no + (long)crs;
	size_t len;
	if (lines_raw(r, &r->next, &r->next_cap, at, &len, &r->next_end, &r->next_crs) != 0)
		return -1;
	if (r->next_end == END_LF) {
		err_set("%s:%ld: line %ld ends in a line feed, and line %ld in a carriage return "
			"alone (\\r): a terminal shows such lines over each other, so what cat shows is "
			"not what is read; %s with both is refused (save it with one kind of line end)",
			r->name, at, at, no, r->what);
		return lines_hides(r);
	}
	if (lines_controls(r, r->next, len, at) != 0)
		return -1;
	r->next_len = len;
	if (r->next_end == END_EOF && len == 0)
		r->next_end = 0;   /* the file's end: no line held */
	return 0;
}

int lines_next(rr_lines *r, size_t *len)
{
	long no = r->lineno + 1;
	size_t n, crs;
	int end;
	r->hides = 0;
	if (r->empty > 0) {   /* a run of CRs alone: lines of their own */
		r->empty--;
		if (lines_room(r, &r->buf, &r->cap, 0, no) != 0)
			return -1;
		r->buf[0] = '\0';
		n = 0, end = 0, crs = 0;
	} else if (r->next_end) {   /* the line read ahead (lines_cr_end) */
		char *b = r->buf;
		size_t cap = r->cap;
		r->buf = r->next, r->cap = r->next_cap;
		r->next = b, r->next_cap = cap;
		n = r->next_len, end = r->next_end, crs = r->next_crs;
		r->next_end = 0;
	} else if (lines_raw(r, &r->buf, &r->cap, no, &n, &end, &crs) != 0) {
		return -1;
	} else if (end == END_EOF && n == 0) {
		return 0;
	}
	if (end == END_LF && r->ends == '\r') {
		err_set("%s:%ld: line %ld ends in a line feed, and the lines before it in a carriage "
			"return alone (\\r): a terminal shows such lines over each other, so what cat "
			"shows is not what is read; %s with both is refused (save it with one kind of "
			"line end)", r->name, no, no, r->what);
		return lines_hides(r);
	}
	if (end == END_LF)
		r->ends = '\n';
	if (end == END_CR && lines_cr_end(r, no, n, crs) != 0)
		return -1;
	size_t bom = no == 1 ? lines_bom(r->buf, n) : 0;
	if (bom) {   /* UTF-8's byte order mark, as Notepad saves: not part of the first word */
		memmove(r->buf, r->buf + bom, n - bom);
		n -= bom;
		r->buf[n] = '\0';
	}
	if (lines_controls(r, r->buf, n, no) != 0)
		return -1;
	r->lineno = no;
	if (len)
		*len = n;
	return 1;
}

int lines_check(FILE *f, const char *name, const char *what, size_t max)
{
	struct stat st;
	off_t at;
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) || (at = ftello(f)) < 0)
		return 0;   /* a stream: each line is checked as it comes */
	rr_lines in;
	int rc;
	lines_init(&in, f, name, what, max);
	while ((rc = lines_next(&in, NULL)) == 1)
		;
	int hides = rc < 0 && in.hides;
	lines_free(&in);
	char *msg = hides ? strdup(err_msg()) : NULL;
	clearerr(f);
	if (fseeko(f, at, SEEK_SET) != 0)
		rc = err_set("cannot read '%s' again: %s", name, strerror(errno));
	else if (hides)   /* a copy: err_set may not read the message it replaces */
		rc = err_set("%s", msg ? msg : "out of memory");
	else
		rc = 0;
	free(msg);
	if (rc == 0)   /* a NUL byte or a long line: said when the run comes to it */
		err_clear();
	return rc;
}

/* Is c the separator sep, or, when sep is 0 (a line that holds not the file's separator),
 * any of a list's: comma, tab, semicolon? */
static int is_sep(char c, char sep)
{
	return sep ? c == sep : c == ',' || c == '\t' || c == ';';
}

/* The first separator (is_sep) at or after p, or NULL. */
static char *sep_find(char *p, char sep)
{
	for (; *p; p++)
		if (is_sep(*p, sep))
			return p;
	return NULL;
}

/* The entry of a list's line, in the line itself: its first field, trimmed and unquoted (a
 * quoted cell's "" made one quote), up to sep (is_sep). "" for a comment or blank line; NULL
 * with *why for a quote that does not close (the id would keep it, and match nothing) or one
 * followed by more than blanks before the next field (t25: "12347"8 was read as 12347,
 * another customer). */
static char *list_entry(char *line, char sep, const char **why)
{
	char *p = line + strspn(line, sep == '\t' ? " " : " \t");   /* a tab may end a field */
	if (*p == '#')
		return p + strlen(p);
	if (*p == '"') {   /* a cell as CSV writes it: up to the quote that closes it */
		char *end = p + 1;
		while (*end && !(*end == '"' && end[1] != '"'))
			end += *end == '"' ? 2 : 1;   /* "" is one quote */
		if (*end != '"') {
			*why = "a quote opened on this line does not close";
			return NULL;
		}
		char *after = end + 1 + strspn(end + 1, " \t");
		if (*after && !strchr(",;", *after) && after[-1] != '\t') {
			*why = "text follows the quote that closes the id";
			return NULL;
		}
		char *w = p;
		for (char *r = p + 1; r < end; r++) {
			r += *r == '"';   /* the first of "" */
			*w++ = *r;
		}
		*w = '\0';
		return p;
	}
	char *end = sep_find(p, sep);
	size_t n = end ? (size_t)(end - p) : strlen(p);
	while (n && p[n - 1] == ' ')
		n--;
	p[n] = '\0';
	return p;
}

/* The start of the field after the one at p in a list's line whose separator is sep
 * (is_sep), past a quoted cell's separators; NULL when that field is the line's last. */
static char *list_next_field(char *p, char sep)
{
	char *q = p + strspn(p, " ");
	if (*q == '"')   /* a quoted cell may hold the separator */
		for (q++; *q && !(*q == '"' && q[1] != '"'); q += *q == '"' ? 2 : 1)
			;
	return (p = sep_find(q, sep)) ? p + 1 : NULL;
}

/* Field k (0-based) of a list's line whose separator is sep, read as list_entry reads a
 * first field (in the line itself); "" when the line has fewer fields. */
static char *list_field(char *line, size_t k, char sep, const char **why)
{
	char *p = line;
	for (size_t i = 0; i < k; i++)
		if (!(p = list_next_field(p, sep)))
			return line + strlen(line);
	return list_entry(p, sep, why);
}

/* How well cell names the list's column by relrec's own names: own first, then the also
 * names in their order; 0 when by none of them. */
static int own_rank(const char *cell, const char *own, const char *const *also)
{
	if (own && strcasecmp(cell, own) == 0)
		return INT_MAX;
	for (int k = 0; also && also[k]; k++)
		if (strcasecmp(cell, also[k]) == 0)
			return INT_MAX - 1 - k;
	return 0;
}

/* Does cell name a column of the other kind of list (head->other, or a known name of
 * head->other_role that is no fallback's: Customer ID beside a list of stock codes)? */
static int names_other(const char *cell, const rr_list_head *head)
{
	if (own_rank(cell, NULL, head->other))
		return 1;
	if (!head->rank || head->other_role < 0)
		return 0;
	rr_list_head o = *head;
	o.role = head->other_role;
	o.data = NULL;
	return head->rank(cell, &o) >= 2;
}

/* The column of the header line that names the list's column, 0-based: head's own name (any
 * case) or the best its rank ranks, the first of equals; its name into head->name. The line's
 * fields are separated by sep (is_sep: any of a list's when 0). -1 when the line names no
 * such column (then it is a list's first entry like any other); when it names none but one
 * of the other kind's (names_other), that one into head->other_col and head->other_name. An
 * empty cell is no column's name, and the search goes on past it (t50 F3: pandas' to_csv
 * writes ",customer,spend", its index first, and the index was read as the ids). */
static long header_column(const char *line, rr_list_head *head, char sep)
{
	char copy[LIST_RECORD_MAX + 1];
	if (strlen(line) > LIST_RECORD_MAX)
		return -1;
	strcpy(copy, line);
	size_t fields = 1;
	for (char *p = copy; (p = list_next_field(p, sep)); )
		fields++;
	long best = -1;
	int best_rank = 0, own_floor = INT_MAX - 64;   /* own_rank's ranks are above it */
	head->unread_col = head->other_col = 0;
	head->unread[0] = head->other_name[0] = '\0';
	for (size_t k = 0; k < fields; k++) {
		const char *why = NULL;
		strcpy(copy, line);
		char *f = list_field(copy, k, sep, &why);
		if (!f || !*f)
			continue;
		/* relrec's own names first: its exports are what the list was made for */
		int own = own_rank(f, head->own, head->also);
		int rank = own ? own : head->rank ? head->rank(f, head) : 0;
		if (!rank && !head->other_col && names_other(f, head)) {
			head->other_col = (int)k + 1;
			snprintf(head->other_name, sizeof head->other_name, "%s", f);
		}
		if (own && best_rank >= own_floor && !head->unread_col) {   /* one more: unread */
			head->unread_col = (int)k + 1;
			snprintf(head->unread, sizeof head->unread, "%s", f);
		}
		if (rank > best_rank) {
			if (own && best_rank >= own_floor) {   /* the one read before is unread now */
				head->unread_col = (int)best + 1;
				snprintf(head->unread, sizeof head->unread, "%s", head->name);
			}
			best = (long)k;
			best_rank = rank;
			snprintf(head->name, sizeof head->name, "%s", f);
		}
	}
	return best;
}

/* The first place in text[0..n) that is not UTF-8 (ingest_utf8_seq), or n. */
static size_t not_utf8_at(const unsigned char *text, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (text[i] >= 0x80) {
			int len = ingest_utf8_seq(text + i, n - i);
			if (len <= 0)
				return i;
			i += (size_t)len - 1;
		}
	return n;
}

/* The name of path's UTF-8 copy, into out: ".utf8" before its extension (h_list.txt:
 * h_list.utf8.txt), or after a name without one. */
static const char *utf8_name(const char *path, char *out, size_t size)
{
	const char *base = strrchr(path, '/'), *dot = strrchr(base ? base + 1 : path, '.');
	if (!dot || dot == (base ? base + 1 : path))   /* .hidden is a name, no extension */
		snprintf(out, size, "%s.utf8", path);
	else
		snprintf(out, size, "%.*s.utf8%s", (int)(dot - path), path, dot);
	return out;
}

/* The command that saves path as UTF-8 from encoding enc, into cmd: iconv writing the copy
 * utf8_name names, never the terminal (t85 F24: the hint's iconv printed the list and saved
 * nothing); FILE when the path cannot be pasted (a line break). */
static const char *iconv_cmd(char *cmd, size_t size, const char *enc, const char *path)
{
	char out[RR_SHOWN_PATH + 8];
	const char *arg[3] = {enc, path, utf8_name(path, out, sizeof out)};
	if (!rr_sh_cmd(cmd, size, "iconv -f %s -t UTF-8 %p > %p", arg, 3))
		rr_sh_cmd(cmd, size, "iconv -f %s -t UTF-8 FILE > FILE.utf8", arg, 1);
	return cmd;
}

/* A list that is not UTF-8, beside data that is: the loader's reader would read it as page.
 * Refused, naming the page and the way to convert it (t68 F6: a list in cp1252 was read as
 * raw bytes that match no id), and the copy to give instead. -1. */
static int list_in_page(const char *path, const char *what, const char *page)
{
	char cmd[3 * RR_SHOWN_PATH + 64] = "iconv";
	iconv_cmd(cmd, sizeof cmd, page, path);
	return err_set("'%s' is not UTF-8 (it reads as %s) while the data is: %s is read as the "
		       "data was; save it as UTF-8 and give that copy (%s)", path, page, what, cmd);
}

/* A list's text read as UTF-8 that is not, at byte at of text: refused, naming its line and
 * byte. -1. */
static int list_not_utf8(const char *path, const char *what, const char *text, size_t at)
{
	long line = 1;
	for (size_t i = 0; i < at; i++)
		line += text[i] == '\n';
	char cmd[3 * RR_SHOWN_PATH + 64] = "iconv";
	iconv_cmd(cmd, sizeof cmd, "ITS-ENCODING", path);   /* list_in_page's, its copy too */
	return err_set("%s:%ld: line %ld is not UTF-8 (the byte 0x%02X), where the text before it "
		       "is: %s is read in one encoding; save it as UTF-8 and give that copy (%s)",
		       path, line, line, (unsigned char)text[at], what, cmd);
}

/* The longest run of raw bytes without a line end that list_slurp reads on: past it the
 * text holds a line over LIST_LINE_MAX bytes whatever its encoding (UTF-32 takes 4 bytes a
 * character), which lines_next then names, and a writer of an endless line is cut off there,
 * never drained into memory. */
#define LIST_RAW_RUN (4 * LIST_LINE_MAX + 4)

/* The length of the run without a line end that ends b[0..n), which began with run bytes. */
static size_t line_run(const char *b, size_t n, size_t run)
{
	for (size_t i = 0; i < n; i++)
		run = b[i] == '\n' || b[i] == '\r' ? 0 : run + 1;
	return run;
}

/* The bytes of the stream f into a malloc'd *raw of *n bytes (at least one byte allocated):
 * whole, at most LIST_TEXT_MAX, or, unless gzip's, up to a run of LIST_RAW_RUN bytes without
 * a line end. 0 or -1 with err_set (a signal during the read: "was interrupted", which the
 * command completes with the signal's name). */
static int list_slurp(FILE *f, const char *path, const char *what, char **raw, size_t *n)
{
	size_t cap = 4096, len = 0, run = 0;
	ssize_t got;
	char *b = malloc(cap);
	if (!b)
		return err_set("out of memory reading '%s'", path);
	/* read(2), not fread: stdio's loop to fill the request went on past a signal (a stalled
	 * FIFO's SIGTERM waited for its writer); f is unread, its buffer empty */
	while ((got = read(fileno(f), b + len, cap - len)) > 0) {
		run = line_run(b + len, (size_t)got, run);
		len += (size_t)got;
		if (run > LIST_RAW_RUN && !(len >= 2 && (unsigned char)b[0] == 0x1f &&
					   (unsigned char)b[1] == 0x8b))
			break;
		if (len == cap) {
			char *nb = cap < LIST_TEXT_MAX ? realloc(b, cap * 2) : NULL;
			if (!nb) {
				free(b);
				return cap >= LIST_TEXT_MAX
				       ? err_set("'%s' holds more than %zu MB: not %s", path,
						 LIST_TEXT_MAX >> 20, what)
				       : err_set("out of memory reading '%s'", path);
			}
			b = nb;
			cap *= 2;
		}
	}
	if (got < 0) {   /* a signal ends a read (a FIFO's writer may stall) */
		int e = errno;
		free(b);
		return e == EINTR ? err_set("reading '%s' was interrupted", path)
				  : err_set("cannot read '%s': %s", path, strerror(e));
	}
	*raw = b;
	*n = len;
	return 0;
}

/* The text of raw[0..n) (a list file's bytes) as the loader's reader gives it from enc (NULL:
 * UTF-8, its byte order marks and UTF-16 found, and a text that is not UTF-8 taken for a
 * code page, named in *guessed, else NULL) into a malloc'd *text of *len bytes. 0 or -1. */
static int list_decode(const char *raw, size_t n, const char *path, const char *what,
		       const char *enc, const char **guessed, char **text, size_t *len)
{
	*guessed = NULL;
	*text = NULL;
	*len = 0;
	if (n == 0)   /* fmemopen takes no buffer of 0 bytes */
		return 0;
	FILE *mem = fmemopen((void *)raw, n, "r");
	if (!mem)
		return err_set("cannot read '%s': %s", path, strerror(errno));
	csv_source src;
	char *t = NULL;
	size_t k = 0, cap = 0, got;
	const unsigned char *buf;
	int rc = source_open_stream(&src, mem, path, (double)n, enc);
	if (rc == 0)
		rc = source_start(&src);
	while (rc == 0 && (rc = source_next(&src, NULL, &buf, &got)) == 1) {
		rc = got > LIST_TEXT_MAX - k ? err_set("'%s' holds more than %zu MB of text: not %s",
						       path, LIST_TEXT_MAX >> 20, what) : 0;
		if (rc == 0 && k + got + 1 > cap) {
			size_t nc = cap ? cap : 4096;
			while (nc < k + got + 1)
				nc *= 2;
			char *nt = realloc(t, nc);
			rc = nt ? 0 : err_set("out of memory reading '%s'", path);
			t = nt ? nt : t;
			cap = nt ? nc : cap;
		}
		if (rc == 0 && got) {
			memcpy(t + k, buf, got);
			k += got;
		}
		source_done(&src);
	}
	*guessed = src.guessed ? src.guess_enc : NULL;
	if (source_close(&src, rc != 0, NULL) != 0)
		rc = -1;
	fclose(mem);
	if (rc != 0) {
		free(t);
		return -1;
	}
	*text = t;
	*len = k;
	return 0;
}

/* The whole text of the list file f (named path) into a malloc'd *text of *len bytes, as
 * UTF-8, by the loader's reader (lines.h, LIST_TEXT_MAX): UTF-8 when it is (its text read so
 * whatever the data's encoding), else in enc, the data's; refused when neither. 0 or -1. */
static int list_text(FILE *f, const char *path, const char *what, const char *enc, char **text,
		     size_t *len)
{
	char *raw = NULL, *t = NULL;
	size_t n = 0, k = 0, bad;
	const char *guessed = NULL;
	if (list_slurp(f, path, what, &raw, &n) != 0)
		return -1;
	int rc = list_decode(raw, n, path, what, NULL, &guessed, &t, &k);
	if (rc == 0 && guessed && enc) {   /* not UTF-8: the data's page */
		free(t);
		t = NULL;
		rc = list_decode(raw, n, path, what, enc, &guessed, &t, &k);
	} else if (rc == 0 && guessed) {
		rc = list_in_page(path, what, guessed);
	}
	/* a NUL byte says binary (or UTF-16 without its mark): lines_next names it, as before */
	if (rc == 0 && t && !memchr(t, 0, k) && (bad = not_utf8_at((const unsigned char *)t, k)) < k)
		rc = list_not_utf8(path, what, t, bad);
	free(raw);
	if (rc != 0) {
		free(t);
		return -1;
	}
	*text = t;
	*len = k;
	return 0;
}

/* The entries read so far: v[0..k), room for cap; extra[i] is 1 for a field of a line read
 * as several ids after its first (list_split), which the file's reading may take back. */
typedef struct list_acc {
	char **v;
	unsigned char *extra;
	size_t k, cap;
} list_acc;

/* One entry e more into a (a copy), extra as list_acc's: 0, or -1 with err_set. */
static int list_add(list_acc *a, const char *e, int extra, const char *path)
{
	if (a->k + 1 >= a->cap) {   /* one slot more: an empty list is not NULL */
		size_t nc = a->cap ? a->cap * 2 : 64;
		char **nl = realloc(a->v, nc * sizeof *nl);
		if (nl)
			a->v = nl;
		unsigned char *nx = nl ? realloc(a->extra, nc) : NULL;
		if (!nx)
			return err_set("out of memory reading '%s'", path);
		a->extra = nx;
		a->cap = nc;
	}
	if (!(a->v[a->k] = strdup(csvout_unguard(e))))   /* t43 #6: an export's '+44 ... */
		return err_set("out of memory reading '%s'", path);
	a->extra[a->k++] = (unsigned char)extra;
	return 0;
}

/* Does the text s of a line's fields after its first hold a blank inside a field, between
 * two of its characters (a description's words: WHITE HANGING HEART), which no code has? */
static int words_inside(const char *s)
{
	for (size_t k = 1; s[k]; k++)
		if (s[k] == ' ' && !strchr(",;\t ", s[k - 1]) && s[k + 1] && !strchr(",;\t ", s[k + 1]))
			return 1;
	return 0;
}

/* The most fields of a line read as several ids (list_split): a spreadsheet's row pasted;
 * a line of more is read as before. */
#define LIST_SPLIT_MAX 256

/* The fields of line cut in place at its commas, semicolons, tabs and blanks (runs of them
 * one cut: "A, B" is two fields), into f[0..max): their count, or 0 when there are more. */
static int split_fields(char *line, char **f, int max)
{
	int n = 0;
	for (char *p = line;;) {
		p += strspn(p, ",;\t ");
		if (!*p)
			return n;
		if (n == max)
			return 0;
		f[n++] = p;
		p += strcspn(p, ",;\t ");
		if (*p)
			*p++ = '\0';
	}
}

/* The form of field s into buf (of LIST_LINE_MAX + 1): each digit 9, each run of letters (or
 * of UTF-8's bytes) one A, any other character itself; a run of letters after digits that
 * ends the field (a variant's, 85123A beside 22423) left out. */
static void list_form(const char *s, char *buf)
{
	size_t k = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p && k < LIST_LINE_MAX; p++) {
		int letter = *p >= 0x80 || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z');
		char c = *p >= '0' && *p <= '9' ? '9' : letter ? 'A' : (char)*p;
		if (!(c == 'A' && k && buf[k - 1] == 'A'))
			buf[k++] = c;
	}
	if (k >= 2 && buf[k - 1] == 'A' && buf[k - 2] == '9')
		k--;
	buf[k] = '\0';
}

/* Do fields a and b look alike, of one form (list_form: A1 and C1, 12347 and 12348, 85123A
 * and 22423, two e-mail addresses)? A tier, a count or a rank beside an id has fewer digits
 * or other characters (t76 F12: '17,3' with customers 1..60 read customer 3 too). */
static int same_form(const char *a, const char *b)
{
	char fa[LIST_LINE_MAX + 1], fb[LIST_LINE_MAX + 1];
	list_form(a, fa);
	list_form(b, fb);
	return strcmp(fa, fb) == 0;
}

/* A list file as it is read: its lines, the record they make, the file's separator, and
 * what its lines of more fields than one showed, for the file's one reading of them. */
typedef struct list_reader {
	rr_lines in;
	char rec[LIST_RECORD_MAX + 1]; /* the record last read: a line, or the lines a quoted cell
	                                  holding line breaks joins (an export's description) */
	size_t len;
	long lineno;       /* the number of its first line */
	char sep;          /* the file's separator, sniffed from its first line as the loader
	                      sniffs a header's (sniff_separator): , ; or tab; 0 when it has none */
	int sniffed;       /* the first line was seen */
	size_t several;    /* lines of more fields read as their first alone */
	size_t worded;     /* of them, those whose others hold words (a description) */
	size_t pairs;      /* lines read as several ids that were two numbers (7,10) */
	size_t records;    /* lines read by their first field (no header column governs) */
	size_t counts;     /* of them, an entry and a whole number (count_line) */
	long multi_line;   /* the first line of more fields, and its text, cut */
	char multi_text[48];
} list_reader;

/* The file's separator from its first line (not blank, no comment), as the loader's: the most
 * frequent of , ; tab outside quotes, when it holds one. */
static void list_sniff(list_reader *r)
{
	const char *p = r->rec + strspn(r->rec, " \t");
	char s;
	if (!*p || *p == '#')
		return;
	r->sniffed = 1;
	if (sniff_separator(r->rec, r->len, r->in.name, &s) != 0) {
		err_clear();   /* as many of two: no separator the lines must keep */
		return;
	}
	int quoted = 0, held = 0;   /* does the line hold s outside quotes (sniff's default)? */
	for (size_t i = 0; i < r->len && !held; i++) {
		quoted ^= r->rec[i] == '"';
		held = !quoted && r->rec[i] == s;
	}
	if ((s == ',' || s == ';' || s == '\t') && held)
		r->sep = s;
}

/* Is the first record Excel's "sep=;" line, which names the separator of a CSV it writes
 * (the loader reads it so: excel_sep_line)? Then that is the list's separator, and the line
 * no entry nor header (t79 F21: the header after it went unseen, "sep=" read as an id). */
static int list_sep_line(list_reader *r)
{
	char name[2] = {0, 0}, s;
	if (r->len != 5 || memcmp(r->rec, "sep=", 4) != 0)
		return 0;
	name[0] = r->rec[4];
	if (sniff_parse_sep(name, &s) != 0) {
		err_clear();
		return 0;
	}
	r->sep = s;
	r->sniffed = 1;
	return 1;
}

/* Does s[0..n), a CSV record's start whose separator is sep, end inside a quoted cell (one
 * whose first character, blanks aside, is a quote)? */
static int quote_open(const char *s, size_t n, char sep)
{
	int start = 1, quoted = 0;
	for (size_t i = 0; i < n; i++) {
		if (quoted) {
			if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
				i++;   /* "" is one quote */
			else if (s[i] == '"')
				quoted = 0;
		} else if (s[i] == sep) {
			start = 1;
		} else if (start && s[i] == '"') {
			quoted = 1;
			start = 0;
		} else if (s[i] != ' ' && s[i] != '\t') {
			start = 0;
		}
	}
	return quoted;
}

/* The next record of the list into r->rec: its next line and, in a file with a separator (a
 * CSV), the lines after it while a quoted cell is open (t78 F1: an export's description
 * holding a line break split its record, and the next line's numbers were read as ids), at
 * most LIST_RECORD_MAX bytes, closing before the file's end. 1, 0 at the file's end, or -1
 * with err_set. */
static int list_record(list_reader *r, const char *what)
{
	size_t n;
	int rc = lines_next(&r->in, &n);
	if (rc != 1)
		return rc;
	memcpy(r->rec, r->in.buf, n + 1);   /* n <= LIST_LINE_MAX <= LIST_RECORD_MAX */
	r->len = n;
	r->lineno = r->in.lineno;
	if (!r->sniffed && list_sep_line(r))
		return list_record(r, what);   /* the header, or the first id, after it */
	if (!r->sniffed)
		list_sniff(r);
	while (r->sep && quote_open(r->rec, r->len, r->sep)) {
		if ((rc = lines_next(&r->in, &n)) < 0)
			return -1;
		if (rc == 0)   /* never a silent end: the rest of the file would be one cell */
			return err_set("%s:%ld: a quote opened on this line does not close (%s, read as "
				       "CSV, ends inside it)", r->in.name, r->lineno, what);
		if (r->len + 1 + n > LIST_RECORD_MAX)
			return err_set("%s:%ld: a quote opened on line %ld does not close within %d bytes:"
				       " not %s (a CSV cell may hold line breaks, not more)",
				       r->in.name, r->lineno, r->lineno, LIST_RECORD_MAX, what);
		r->rec[r->len++] = '\n';
		memcpy(r->rec + r->len, r->in.buf, n + 1);
		r->len += n;
	}
	return 1;
}

/* The first of the lines of more fields than one, for the note on them. */
static void list_multi(list_reader *r)
{
	if (r->multi_line)
		return;
	r->multi_line = r->lineno;
	snprintf(r->multi_text, sizeof r->multi_text, "%.40s", r->rec);
}

/* With head->known, a line of several fields each an id of the data (85123A,22423 pasted from
 * a spreadsheet's row), all of one form (same_form), e its first field as list_entry reads it (one with a blank inside
 * that is an id itself stays whole): each field added to a, those after the first as
 * extra, the line counted in head->split. 1 when read so, 0 when the line is not such (no
 * quoted cell: a CSV's, whose first is list_entry's), -1 with err_set. */
static int list_split(list_reader *r, const char *e, rr_list_head *head, list_acc *a,
		      const char *path)
{
	const rr_list_known *kn = head ? head->known : NULL;
	char copy[LIST_RECORD_MAX + 1], *f[LIST_SPLIT_MAX];
	if (!kn || memchr(r->rec, '"', r->len) ||
	    (strchr(e, ' ') && kn->fn(kn->ctx, csvout_unguard(e))))
		return 0;
	memcpy(copy, r->rec, r->len + 1);
	int n = split_fields(copy, f, LIST_SPLIT_MAX);
	if (n < 2)
		return 0;   /* one id a line, the list's usual: no lookup */
	for (int i = 0; i < n; i++)
		if (!same_form(csvout_unguard(f[i]), csvout_unguard(f[0])) ||
		    !kn->fn(kn->ctx, csvout_unguard(f[i])))
			return 0;   /* a description's word, a typo, a tier: the first field alone */
	for (int i = 0; i < n; i++)
		if (list_add(a, f[i], i > 0, path) != 0)
			return -1;
	if (!head->split++) {
		head->split_line = r->lineno;
		snprintf(head->split_text, sizeof head->split_text, "%.40s", r->rec);
	}
	head->split_entries += (size_t)n;
	r->pairs += n == 2 && f[0][strspn(f[0], "0123456789")] == '\0' &&
		    f[1][strspn(f[1], "0123456789")] == '\0';
	return 1;
}

/* Is s a count: a small whole number, of at most 4 digits, a - before it (stock on hand
 * below 0)? Not 22423, a code of five digits beside another (a spreadsheet's row pasted). */
static int count_field(const char *s)
{
	size_t k = s[0] == '-', d = 0;
	while (s[k + d] >= '0' && s[k + d] <= '9')
		d++;
	return d >= 1 && d <= 4 && s[k + d] == '\0';
}

/* Is the record r->rec an entry and a count, two fields (cut as list_split cuts them) the
 * second a whole number: a stock list's line, 7,10 (t78 F5)? 1 for a count above 0, 2 for one
 * of 0 or below (none on hand: t82 F13), 0 for no such line. */
static int count_line(const list_reader *r)
{
	char copy[LIST_RECORD_MAX + 1], *f[3];
	if (memchr(r->rec, '"', r->len))
		return 0;
	memcpy(copy, r->rec, r->len + 1);
	if (split_fields(copy, f, 3) != 2 || !count_field(f[1]))
		return 0;
	return f[1][0] == '-' || f[1][strspn(f[1], "0")] == '\0' ? 2 : 1;
}

/* The entry of the record r->rec that no header column governs, its first field, into a;
 * a record with more fields than it (more than blanks in them) counted in r->several, and
 * in r->worded when they hold words (a code's description beside it). 0; -1 with err_set;
 * 1 with *why for a first field list_entry refuses. */
static int list_line(list_reader *r, rr_list_head *head, list_acc *a, const char *path,
		     const char **why)
{
	char copy[LIST_RECORD_MAX + 1], whole[LIST_RECORD_MAX + 1];
	/* a line that holds the file's separator is cut at it alone: C,1;5 is C,1 in a ; file */
	char sep = r->sep && memchr(r->rec, r->sep, r->len) ? r->sep : 0;
	memcpy(copy, r->rec, r->len + 1);
	memcpy(whole, r->rec, r->len + 1);
	char *e = list_entry(copy, sep, why);
	if (!e)
		return 1;
	if (!*e)
		return 0;
	r->records++;
	int count = count_line(r);
	r->counts += count != 0;
	size_t first = a->k;   /* extra's bit 2: a count of 0 or below (list_stocked) */
	int split = list_split(r, e, head, a, path);
	if (split > 0 && count == 2)
		a->extra[first] |= 2;
	if (split)
		return split < 0 ? -1 : 0;
	const char *rest = list_next_field(whole, sep);   /* the second field */
	if (head && rest && rest[strspn(rest, " \t,;")]) {
		r->several++;
		r->worded += (size_t)words_inside(rest);
		list_multi(r);
	}
	return list_add(a, e, count == 2 ? 2 : 0, path);
}

/* The entries after the first of lines read as several ids taken back: the lines counted as
 * lines of more fields, whose first alone is read. */
static void list_unsplit(list_reader *r, rr_list_head *head, list_acc *a)
{
	size_t k = 0;
	for (size_t i = 0; i < a->k; i++) {
		if (a->extra[i] & 1) {
			free(a->v[i]);
		} else {
			a->extra[k] = a->extra[i];
			a->v[k++] = a->v[i];
		}
	}
	a->k = k;
	r->several += head->split;
	head->split = head->split_entries = 0;
}

/* The lines of more fields, once the file is read, one way for the whole file: the ids of
 * those read as several stay only when every line of more fields was so read, and the file
 * is no list with a count column (every line an entry and a whole number, head->counted:
 * t78 F5, a code and its count on hand, 7,10 / 12,3 / 5,3, as numeric codes and quantities
 * look alike) nor every such line two numbers; else their others are taken back, so that no
 * line of a file is read as several ids beside one read as its first (5,3 beside 25,0).
 * Every line whose others are not read is counted in head->several (t78 F10: those with a
 * description were left out of the count) unless each is a code beside its description,
 * which a list never read and says nothing of. */
/* With head->stocked, a list with a count column keeps the entries on hand: those of a count of
 * 0 or below go, counted in head->unstocked (t82 F13: SKU02,0 and SKU05,-2 were "in stock"). */
static void list_stocked(rr_list_head *head, list_acc *a)
{
	size_t k = 0;
	head->unstocked = 0;
	if (!head->stocked || !head->counted)
		return;
	for (size_t i = 0; i < a->k; i++) {
		if (a->extra[i] & 2) {
			free(a->v[i]);
			head->unstocked++;
		} else {
			a->v[k] = a->v[i];
			a->extra[k++] = a->extra[i];
		}
	}
	a->k = k;
}

static void list_settle(list_reader *r, rr_list_head *head, list_acc *a, const char *what)
{
	if (!head)
		return;
	/* a customer has no stock on hand: two ids of the data a line, of one form, are two
	 * customers whatever their length (t82 F14: 1001,1002 read as an id and its count) */
	int counts = strcmp(what, LIST_OF_CUSTOMERS) != 0;
	head->several = 0;
	head->counted = counts && r->records > 0 && r->counts == r->records;
	if (head->count_col)   /* named by the header: its numbers count, its others are kept */
		head->counted = counts && r->counts > 0;
	if (head->split && (head->counted || r->several || (counts && r->pairs == head->split))) {
		if (!r->multi_line || head->split_line < r->multi_line) {   /* the first of all */
			r->multi_line = head->split_line;
			memcpy(r->multi_text, head->split_text, sizeof r->multi_text);
		}
		list_unsplit(r, head, a);
	}
	if (r->several == r->worded)
		return;
	head->several = r->several;
	head->several_line = r->multi_line;
	memcpy(head->several_text, r->multi_text, sizeof head->several_text);
}

/* A list whose header names a column of the other kind and none of its own (t78 F4: the
 * rules export given to filter customers read its header and stock codes as customer ids):
 * refused, naming that column. -1. */
static int list_other_kind(const char *path, const char *what, const rr_list_head *head)
{
	return err_set("'%s' is %s, not %s: its header names %s (column %d), and none of its "
		       "columns %s%sthe data's name of that column", path,
		       head->other_what ? head->other_what : "a list of another kind", what,
		       head->other_name, head->other_col, head->own ? head->own : "",
		       head->own ? " or " : "");
}

/* With head->stocked, the header line's column, other than the one read (at), that names the
 * count on hand (sniff_count_named: SKU,Stock; Artikelnummer;Bezeichnung;Bestand) into
 * head->count_col and count_name: a stock export has a header, and it alone switched the
 * count's reading off (t85 F10: items at 0 and -3 on hand were offered). */
static void header_count_column(const char *line, rr_list_head *head, char sep, long at)
{
	char copy[LIST_RECORD_MAX + 1];
	head->count_col = 0;
	head->count_name[0] = '\0';
	head->uncounted = 0;
	if (!head->stocked || strlen(line) > LIST_RECORD_MAX)
		return;
	int best = 0;   /* the best named, the first of equals: Bestand before Lagerort */
	for (size_t k = 0; ; k++) {
		const char *why = NULL;
		strcpy(copy, line);
		char *f = list_field(copy, k, sep, &why);
		if (!f || !*f)
			return;   /* past the last field (list_field's ""), or one unreadable */
		int rank = (long)k != at ? sniff_count_named(f) : 0;
		if (rank > best) {
			best = rank;
			head->count_col = (int)k + 1;
			snprintf(head->count_name, sizeof head->count_name, "%s", f);
		}
	}
}

/* A header-named count's cell: 1 a number above 0, 2 one of 0 or below (a - before it, or no
 * digit but 0), 0 no number. Its thousands may be grouped and it may have decimals (a POS's
 * 1.250, 2,5 kg on hand): only its sign and whether it is 0 matter here. */
static int header_count(const char *s)
{
	s += strspn(s, " ");
	int neg = *s == '-', nonzero = 0, digits = 0;
	s += *s == '-' || *s == '+';
	for (; *s && *s != ' '; s++) {
		if (*s >= '0' && *s <= '9') {
			digits++;
			nonzero |= *s != '0';
		} else if (!strchr(".,'", *s)) {
			return 0;
		}
	}
	if (!digits || s[strspn(s, " ")])
		return 0;
	return neg || !nonzero ? 2 : 1;
}

/* The count of the record r->rec in the header's count column, as header_count reads it
 * (read before the entry's field is cut in place), counted in r; a cell of no number (a
 * service, a blank) counted in head->uncounted, its entry kept. */
static int header_count_line(list_reader *r, rr_list_head *head)
{
	char copy[LIST_RECORD_MAX + 1];
	const char *why = NULL;
	memcpy(copy, r->rec, r->len + 1);
	char *f = list_field(copy, (size_t)head->count_col - 1, r->sep, &why);
	int c = f ? header_count(f) : 0;
	r->records++;
	r->counts += c != 0;
	head->uncounted += c == 0;
	return c;
}

/* The entries of the list in r into a, its header (the first record left, when head is not
 * NULL) deciding the column read: that column's index into *at, or -1. 0, or -1 with err_set. */
static int list_entries(list_reader *r, const char *path, const char *what, rr_list_head *head,
			list_acc *a, long *at)
{
	const char *why = NULL;
	int rc, first = 1;
	*at = -1;
	while ((rc = list_record(r, what)) == 1) {
		if (first && head && r->rec[strspn(r->rec, " \t")] &&
		    r->rec[strspn(r->rec, " \t")] != '#') {
			first = 0;   /* t48 N1: an audience export's customers are its 4th column */
			if ((*at = header_column(r->rec, head, r->sep)) >= 0) {
				header_count_column(r->rec, head, r->sep, *at);
				continue;
			}
			if (head->other_col)
				return list_other_kind(path, what, head);
		}
		int bad;   /* 1: a field refused (why), -1: out of memory */
		if (*at >= 0) {
			int c = head->count_col ? header_count_line(r, head) : 0;
			char *e = list_field(r->rec, (size_t)*at, r->sep, &why);
			bad = !e ? 1 : *e ? list_add(a, e, c == 2 ? 2 : 0, path) : 0;
		} else {
			bad = list_line(r, head, a, path, &why);
		}
		if (bad > 0)   /* what to fix, not a verdict on the file (t25 F8) */
			return err_set("%s:%ld: %s (%s holds one id a line; a quoted id closes before "
				       "the separator after it)", path, r->lineno, why, what);
		if (bad < 0)
			return -1;
	}
	return rc;
}

int lines_read_list(const char *path, const char *what, const char *enc, rr_list_head *head,
		    char ***v, size_t *n)
{
	FILE *f = afile_fopen_read(path), *mem = NULL;
	char *text = NULL;
	size_t len = 0;
	if (!f)
		return -1;
	if (list_text(f, path, what, enc, &text, &len) != 0) {
		fclose(f);
		return -1;
	}
	list_reader *r = calloc(1, sizeof *r);
	list_acc a = {0};
	long at = -1;   /* the column read, when a header names it */
	int rc = r ? 0 : err_set("out of memory reading '%s'", path);
	/* an empty text is an empty list: fmemopen takes no buffer of 0 bytes */
	if (rc == 0 && len && !(mem = fmemopen(text, len, "r")))
		rc = err_set("cannot read '%s': %s", path, strerror(errno));
	if (rc == 0 && mem) {
		lines_init(&r->in, mem, path, what, LIST_LINE_MAX);
		rc = list_entries(r, path, what, head, &a, &at);
		list_settle(r, head, &a, what);
		if (head)
			list_stocked(head, &a);
		lines_free(&r->in);
	}
	free(r);
	if (mem)
		fclose(mem);
	free(text);
	if (rc == 0) {
		/* t40 #5: the journal names the list; an export over it replayed as another */
		char as[160];
		snprintf(as, sizeof as, "%s this session read (a replay of its journal reads it again)",
			 what);
		afile_guard_input(fileno(f), path, as, 0);
	}
	fclose(f);
	free(a.extra);
	if (rc == 0 && !a.v && !(a.v = calloc(1, sizeof *a.v)))
		rc = err_set("out of memory reading '%s'", path);
	if (rc != 0) {
		for (size_t i = 0; i < a.k; i++)
			free(a.v[i]);
		free(a.v);
		return -1;
	}
	*v = a.v;
	*n = a.k;
	if (head) {
		head->col = (int)(at + 1);
		if (at < 0)
			head->name[0] = '\0';
	}
	return 0;
}

const char *lines_column_text(int col, const char *name, char *buf, size_t size)
{
	snprintf(buf, size, "note: read the list's column %d, which its header names %s, not its "
		 "first column", col, name);
	return buf;
}

const char *lines_several_text(const rr_list_head *head, const char *what, char *buf,
			       size_t size)
{
	if (head->counted) {
		int n = snprintf(buf, size, "note: each of the list's %zu line%s holds a %s and a "
				 "whole number (line %ld: '%s'): read as a list with a count column "
				 "(stock on hand, a quantity), its first column alone", head->several,
				 head->several == 1 ? "" : "s", what, head->several_line,
				 head->several_text);
		if (head->unstocked && n > 0 && (size_t)n < size)
			snprintf(buf + n, size - (size_t)n, "; %zu %s%s of a count of 0 or below %s "
				 "left out, none being in stock", head->unstocked, what,
				 head->unstocked == 1 ? "" : "s", head->unstocked == 1 ? "is" : "are");
		return buf;
	}
	snprintf(buf, size, "note: %zu line%s of the list hold%s more than one field (line %ld: "
		 "'%s'): only the first of each is read, a list holding one %s a line; if the "
		 "others are %ss too, write each on a line of its own (tr ',' '\\n')",
		 head->several, head->several == 1 ? "" : "s", head->several == 1 ? "s" : "",
		 head->several_line, head->several_text, what, what);
	return buf;
}

const char *lines_count_text(const rr_list_head *head, const char *what, char *buf,
			     size_t size)
{
	int n = snprintf(buf, size, "note: the list's column %d, which its header names %s, is read "
			 "as the count on hand: %zu %s%s of a count of 0 or below %s left out, none "
			 "being in stock", head->count_col, head->count_name, head->unstocked, what,
			 head->unstocked == 1 ? "" : "s", head->unstocked == 1 ? "is" : "are");
	if (head->uncounted && n > 0 && (size_t)n < size)
		snprintf(buf + n, size - (size_t)n, "; %zu line%s whose %s holds no number %s kept",
			 head->uncounted, head->uncounted == 1 ? "" : "s", head->count_name,
			 head->uncounted == 1 ? "is" : "are");
	return buf;
}

const char *lines_split_text(const rr_list_head *head, const char *what, char *buf,
			     size_t size)
{
	snprintf(buf, size, "note: %zu line%s of the list hold%s several %ss of the data (line %ld: "
		 "'%s'): each is read, %zu in all", head->split, head->split == 1 ? "" : "s",
		 head->split == 1 ? "s" : "", what, head->split_line, head->split_text,
		 head->split_entries);
	return buf;
}

const char *lines_unread_text(const rr_list_head *head, char *buf, size_t size)
{
	snprintf(buf, size, "note: read the list's column %d, which its header names %s; its column "
		 "%d, %s, is not read: a list is one column", head->col, head->name,
		 head->unread_col, head->unread);
	return buf;
}
