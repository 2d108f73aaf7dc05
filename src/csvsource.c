/* csvsource.c — reading, inflating and converting a transaction file on a thread of its own. */
#include "csvsource.h"

#include <errno.h>
#include <iconv.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <utf8proc.h>

#include "afile.h"
#include "err.h"
#include "ingest.h"
#include "util.h"

#define CHUNK (1u << 20)       /* bytes per ring buffer (less for small files) */

static void fail(csv_source *s, const char *fmt, const char *a, const char *b)
{
	if (!s->err[0])
		snprintf(s->err, sizeof s->err, fmt, a, b);
}

static int quitting(csv_source *s)
{
	pthread_mutex_lock(&s->mu);
	int q = s->quit;
	pthread_mutex_unlock(&s->mu);
	return q;
}

/* ==== raw bytes ==== */

/* At the end of a watched file, which the reader reads no further than the size it had at
 * open: -1 with the error when it changed under the reader in a way that leaves what was read
 * a part of it (it shrank: another program's `>` truncated it and writes it again; it ended
 * early; or its modification time moved at the same size), else 0, noting in end_size a file
 * that only grew (a log being appended: the bytes it held at open are read, and no line
 * another program is still writing, which t32 found cut mid-field). */
static int changed_at_end(csv_source *s)
{
	struct stat st;
	if (!s->watch || fstat(s->fd, &st) != 0)
		return 0;
	pthread_mutex_lock(&s->mu);
	long long got = (long long)s->in_bytes;
	pthread_mutex_unlock(&s->mu);
	long long now = (long long)st.st_size;
	char why[200] = "";
	if (now < s->open_size)
		snprintf(why, sizeof why, "it shrank from %lld to %lld bytes", s->open_size, now);
	else if (got < s->open_size)   /* shrank, then written again past where it was read */
		snprintf(why, sizeof why, "it ended after %lld of its %lld bytes", got,
			 s->open_size);
	else if (now == s->open_size &&
		 (st.st_mtim.tv_sec != s->open_mtime.tv_sec ||
		  st.st_mtim.tv_nsec != s->open_mtime.tv_nsec))
		/* touch or a sync client moves it too: said as what is known (t32) */
		snprintf(why, sizeof why, "its modification time moved, its size staying %lld "
			 "bytes: it may have been rewritten", now);
	else if (now > s->open_size && s->read_on < 0)
		/* read on to the end of the file and no newline: the writer is still in the line */
		snprintf(why, sizeof why, "it grew from %lld to %lld bytes and its last line is still "
			 "being written", s->open_size, now);
	else if (now > s->open_size)
		s->end_size = now;
	if (!why[0])
		return 0;
	fail(s, "'%s' changed while it was read (%s): another program may be writing it; load it "
	     "again when it is done", s->name, why);
	return -1;
}

/* Record a regular file's size and modification time for changed_at_end; the offset is where
 * reading starts (standard input redirected from a file may have been read into already).
 * A size of 0 is no bound: procfs, sysfs and some FUSE file systems report 0 for files that
 * hold bytes, and an empty file reads as empty anyway; such a file is read to its end (t40
 * #9: /proc/cpuinfo was called "empty (no header line)"). */
static void watch_file(csv_source *s, const struct stat *st)
{
	off_t at = lseek(s->fd, 0, SEEK_CUR);
	s->watch = st->st_size > 0;
	s->open_size = (long long)st->st_size - (at > 0 ? (long long)at : 0);
	s->open_mtime = st->st_mtim;
	s->end_size = -1;
	char what[300];
	snprintf(what, sizeof what, "the data file being loaded ('%.200s')", s->name);
	afile_guard(s, s->fd, s->name, what);   /* until source_close */
}

/* How many bytes past the size at open a watched file is read. The bytes it held at open may
 * end inside a line its writer had not finished (t34 F5: a quantity 100 read as 1): reading
 * goes on to that line's newline, and no further. A gzip stream cannot be cut at a line, and
 * UTF-16's newline is two bytes: those stop at the size at open. */
static size_t read_on_want(csv_source *s, size_t cap)
{
	if (s->gz || s->bom16 || s->last_raw < 0 || s->read_on > 0)
		return 0;
	if (s->read_on == 0 && s->last_raw == '\n')
		return 0;
	s->read_on = -1;   /* looking for the newline */
	return cap;
}

/* Of n bytes read past the size at open, those up to the first newline. */
static long read_on_cut(csv_source *s, const unsigned char *dst, long n)
{
	const unsigned char *nl = memchr(dst, '\n', (size_t)n);
	if (!nl)
		return n;
	n = (long)(nl - dst) + 1;
	s->read_on = 0;   /* set to the count below, by the caller */
	return n;
}

/* Up to cap raw bytes: n, 0 at the end (or when asked to quit), -1 on an error. A
 * descriptor is polled so that a silent pipe or terminal never keeps a stop waiting. */
static long raw_read(csv_source *s, unsigned char *dst, size_t cap)
{
	long n;
	if (s->f) {
		n = (long)fread(dst, 1, cap, s->f);
		if (n == 0 && ferror(s->f)) {
			fail(s, "cannot read '%s': %s", s->name, strerror(errno));
			return -1;
		}
	} else {
		for (;;) {
			if (quitting(s))
				return 0;
			struct pollfd pf = {.fd = s->fd, .events = POLLIN};
			if (poll(&pf, 1, 50) == 0)
				continue;
			size_t want = cap;
			long long left = 0;
			if (s->watch) {   /* the bytes it held at open, no more (changed_at_end) */
				left = s->open_size - (long long)s->in_bytes;
				want = left <= 0 ? read_on_want(s, cap)
					: (long long)cap > left ? (size_t)left : cap;
			}
			n = want ? (long)read(s->fd, dst, want) : 0;
			if (n > 0 && s->watch && left <= 0) {
				long long before = s->read_on;
				n = read_on_cut(s, dst, n);
				if (s->read_on == 0 && before < 0)   /* the line's end was found */
					s->read_on = (long long)s->in_bytes + n - s->open_size;
			}
			if (n > 0)
				s->last_raw = dst[n - 1];
			if (n == 0 && changed_at_end(s) != 0)
				return -1;
			if (n >= 0)
				break;
			if (errno != EINTR && errno != EAGAIN) {
				fail(s, "cannot read '%s': %s", s->name, strerror(errno));
				return -1;
			}
		}
	}
	pthread_mutex_lock(&s->mu);
	s->in_bytes += (size_t)n;
	pthread_mutex_unlock(&s->mu);
	return n;
}

/* Files that are not CSV text but are loaded by mistake, told by their first bytes, and what
 * reads them (%s: the path, or with cmd the load argument that runs "cmd PATH" on it,
 * pipe_or). */
static const struct not_csv {
	const char *magic;
	size_t n;
	const char *what;
	const char *cmd;
} not_csv[] = {
	{"PK\x03\x04", 4, "a ZIP archive (an Excel .xlsx workbook?): save the sheet as CSV, or load "
			  "%s", "xlsx2csv"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "an Excel 97-2003 workbook (%s): save the sheet as CSV",
	 NULL},
	{"BZh", 3, "bzip2-compressed data: load %s", "bzcat"},
	{"\xFD" "7zXZ", 5, "xz-compressed data: load %s", "xzcat"},
	{"\x28\xB5\x2F\xFD", 4, "zstd-compressed data: load %s", "zstdcat"},
	{"PAR1", 4, "a Parquet file (%s), not CSV", NULL},
	{"SQLite format 3", 15, "an SQLite database (%s): export a table with sqlite3 -csv -header",
	 NULL},
	{"%PDF-", 5, "a PDF document (%s), not CSV", NULL},
	{RR_MODEL_MAGIC, 8, "a relrec model file, not data: open it with 'open %s'", NULL},
	/* seen only inside a gzip file (a plain one is read as gzip): compressed twice */
	{"\x1F\x8B", 2, "another gzip stream (it was compressed twice): load %s", "zcat"},
};

/* The not_csv entry whose magic b[0..n) starts with, or NULL. */
static const struct not_csv *magic_not_csv(const unsigned char *b, size_t n)
{
	for (size_t k = 0; k < sizeof not_csv / sizeof *not_csv; k++)
		if (n >= not_csv[k].n && memcmp(b, not_csv[k].magic, not_csv[k].n) == 0)
			return &not_csv[k];
	return NULL;
}

/* ZIP's local file header: "PK\3\4", then at 6 the flags, at 18 the compressed size, at 26
 * the name's length and at 28 the extra field's, the name at 30. */
#define ZIP_LOCAL 30
#define ZIP_MEMBERS 64   /* local headers looked at, at most */

static unsigned zip_u16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static size_t zip_u32(const unsigned char *p)
{
	return (size_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
			(uint32_t)p[3] << 24);
}

/* Whether ZIP member name[0..n) is an office document's part (an .xlsx's [Content_Types].xml
 * or xl/, an .ods's mimetype or META-INF/...): the archive is a workbook, not a zipped CSV. */
static int zip_office_part(const char *name, size_t n)
{
	static const char *const part[] = {"[Content_Types].xml", "_rels/", "docProps/", "xl/",
					   "word/", "ppt/", "mimetype", "META-INF/", "content.xml",
					   NULL};
	for (const char *const *p = part; *p; p++)
		if (n >= strlen(*p) && memcmp(name, *p, strlen(*p)) == 0)
			return 1;
	return 0;
}

/* Whether member name[0..n) is a text table (.csv, .tsv, .txt) whose name can be shown and
 * given to unzip: UTF-8 without control bytes, not starting as an option (unzip's wildcards
 * are escaped by unzip_member). */
static int zip_text_member(const char *name, size_t n)
{
	static const char *const ext[] = {".csv", ".tsv", ".txt", NULL};
	if (n < 5 || n > 200 || !ingest_utf8_valid(name, n) || name[0] == '/' || name[0] == '-' ||
	    (n > 9 && memcmp(name, "__MACOSX/", 9) == 0))   /* an option; a Mac's resource fork */
		return 0;
	for (size_t k = 0; k < n; k++)
		if ((unsigned char)name[k] < 0x20 || name[k] == 0x7f)
			return 0;
	for (const char *const *e = ext; *e; e++)
		if (strncasecmp(name + n - 4, *e, 4) == 0)
			return 1;
	return 0;
}

/* A ZIP archive's first bytes b[0..n) (untrusted: every length is checked against n): the
 * first member that is a text table into member (size bytes), when no member seen is an
 * office document's part. 1 then, -1 for a workbook (or too few bytes to tell), 0 for
 * nothing to name. Members are
 * walked by their local headers while their sizes are known and within b. */
static int zip_csv_member(const unsigned char *b, size_t n, char *member, size_t size)
{
	size_t at = 0;
	int found = 0;
	if (n < ZIP_LOCAL)
		return -1;   /* not even one header: what it is stays a guess, the workbook's */
	for (int k = 0; k < ZIP_MEMBERS && at + ZIP_LOCAL <= n; k++) {
		const unsigned char *h = b + at;
		if (memcmp(h, "PK\x03\x04", 4) != 0)
			break;
		size_t name_n = zip_u16(h + 26), extra = zip_u16(h + 28), data = zip_u32(h + 18);
		if (name_n > n - at - ZIP_LOCAL)
			break;
		const char *name = (const char *)h + ZIP_LOCAL;
		if (zip_office_part(name, name_n))
			return -1;
		if (!found && zip_text_member(name, name_n) && name_n < size) {
			memcpy(member, name, name_n);
			member[name_n] = '\0';
			found = 1;
		}
		if ((zip_u16(h + 6) & 8) || data > n || extra > n)   /* sizes after the data */
			break;
		at += ZIP_LOCAL + name_n + extra + data;
	}
	return found;
}

/* Is the ZIP archive b[0..n) an OpenDocument spreadsheet: its first member "mimetype", stored,
 * holding application/vnd.oasis.opendocument.spreadsheet (t53 F7: an .ods was called an
 * .xlsx and sent to xlsx2csv, which reads none)? */
static int zip_ods(const unsigned char *b, size_t n)
{
	static const char mime[] = "application/vnd.oasis.opendocument.spreadsheet";
	if (n < ZIP_LOCAL + 8 || memcmp(b, "PK\x03\x04", 4) != 0 || zip_u16(b + 26) != 8 ||
	    memcmp(b + ZIP_LOCAL, "mimetype", 8) != 0)
		return 0;
	size_t at = ZIP_LOCAL + 8 + zip_u16(b + 28);
	return at < n && n - at >= sizeof mime - 1 && memcmp(b + at, mime, sizeof mime - 1) == 0;
}

/* The load argument that runs fmt (rr_pipe_cmd's, one %p) on path, into arg; one naming FILE
 * for the path when the path cannot be written in it (a line break in the name). */
static const char *pipe_or(char *arg, size_t size, const char *fmt, const char *path)
{
	const char *file = "FILE";
	if (rr_pipe_cmd(arg, size, fmt, &path, 1))
		return arg;
	if (!rr_pipe_cmd(arg, size, fmt, &file, 1))
		snprintf(arg, size, "'|...'");
	return arg;
}

/* An archive name as unzip takes it literally: unzip matches its ZIPFILE argument as a
 * pattern against the directory ('may[1].zip' read may1.zip, 'jan?.zip' two archives
 * joined), and a backslash does not escape there (the name is then looked for with the
 * backslash in it); a bracket does: * ? [ of the last component, the part unzip matches, as
 * [*] [?] [[]. 0, or -1 when no spelling is literal (a backslash beside a wildcard there). */
static int unzip_archive(char *out, size_t size, const char *name)
{
	const char *slash = strrchr(name, '/'), *base = slash ? slash + 1 : name;
	int wild = strpbrk(base, "*?[") != NULL;
	if (wild && strchr(base, '\\'))
		return -1;
	size_t o = (size_t)snprintf(out, size, "%s%.*s", name[0] == '-' ? "./" : "",
				    (int)(base - name), name);
	for (const char *c = base; *c && o + 4 < size; c++)
		o += (size_t)(strchr("*?[", *c) ? snprintf(out + o, size - o, "[%c]", *c)
				: snprintf(out + o, size - o, "%c", *c));
	return 0;
}

/* A member name as unzip's member pattern takes it literally: a backslash before each of
 * its wildcards * ? [ ] and before a backslash (unzip's own escape there). */
static void unzip_member(char *out, size_t size, const char *name)
{
	size_t o = 0;
	for (const char *c = name; *c && o + 3 < size; c++) {
		if (strchr("*?[]\\", *c))
			out[o++] = '\\';
		out[o++] = *c;
	}
	out[o] = '\0';
}

/* The message for a file that not_csv entry m says is not CSV; gz: it was inside gzip. A ZIP
 * archive holding a text table (not a workbook) says which and how to load it. */
static void refuse_not_csv(csv_source *s, const struct not_csv *m, const unsigned char *b,
			   size_t n, int gz)
{
	char what[440], arg[300], member[208], lit_member[420], lit_zip[300];   /* what fits in s->err */
	int zip = memcmp(m->magic, "PK", 2) == 0 ? zip_csv_member(b, n, member, sizeof member) : -1;
	if (zip == 1 && !gz) {
		const char *args[2] = {lit_zip, lit_member}, *cmd;
		unzip_member(lit_member, sizeof lit_member, member);
		if (unzip_archive(lit_zip, sizeof lit_zip, s->name) != 0)
			snprintf(what, sizeof what, "'%s': unzip it first (unzip would read a "
				 "backslash and a wildcard in its name as a pattern), then load that file",
				 member);
		else if ((cmd = rr_pipe_cmd(arg, sizeof arg, "unzip -p %p %s", args, 2)))
			snprintf(what, sizeof what, "'%s': load %s", member, cmd);
		else
			snprintf(what, sizeof what, "'%s': unzip it first, then load that file",
				 member);
		fail(s, "'%s' is a ZIP archive holding %s", s->name, what);
		return;
	}
	if (zip < 0 && zip_ods(b, n)) {
		fail(s, gz ? "'%s' is gzip-compressed, and holds %s" : "'%s' is %s", s->name,
		     "an OpenDocument spreadsheet (.ods), not CSV: save the sheet as CSV, or convert "
		     "it (libreoffice --headless --convert-to csv FILE, or ssconvert FILE FILE.csv), "
		     "then load that");
		return;
	}
	/* t43 #11: a ZIP that is no workbook was called "an Excel .xlsx workbook?" when it was
	 * gzipped, or when no member could be named (an odd name, no .csv); say what it is */
	if (zip >= 0) {
		if (zip)
			snprintf(what, sizeof what, "a ZIP archive holding '%s' (no workbook): unpack "
				 "it to a .zip file, and load that", member);
		else
			snprintf(what, sizeof what, "a ZIP archive with no member relrec can name for "
				 "unzip (a .csv, .tsv or .txt named in at most 200 bytes, without "
				 "control bytes or a leading -): list them with unzip -l, and load "
				 "'|unzip -p ARCHIVE MEMBER'");
		fail(s, gz ? "'%s' is gzip-compressed, and holds %s" : "'%s' is %s", s->name, what);
		return;
	}
	if (gz && m->cmd && strcmp(m->cmd, "zcat") == 0) {   /* zcat's output is read as gzip */
		fail(s, "'%s' was gzip-compressed twice (relrec inflates the inner gzip itself): "
		     "load %s", s->name, pipe_or(arg, sizeof arg, "zcat %p", s->name));
		return;
	}
	if (gz && m->cmd && strcmp(m->cmd, "xlsx2csv") != 0) {   /* a reader of standard input */
		char fmt[64];   /* what zcat writes, piped */
		snprintf(fmt, sizeof fmt, "zcat %%p | %s", m->cmd);
		snprintf(what, sizeof what, m->what, pipe_or(arg, sizeof arg, fmt, s->name));
		fail(s, "'%s' is gzip-compressed, and holds %s", s->name, what);
		return;
	}
	/* inside gzip: what reads the file gunzip makes, its name without .gz (gunzip refuses
	 * another name: then zcat makes it) */
	size_t len = strlen(s->name);
	int dotgz = len > 3 && strcmp(s->name + len - 3, ".gz") == 0;
	/* the whole name, never cut (t62 F17: a 255-byte cut named another file); one too
	 * long for the command is FILE there (pipe_or) */
	char *plain = strndup(s->name, gz && dotgz ? len - 3 : len);
	char fmt[64];
	snprintf(fmt, sizeof fmt, "%s %%p", m->cmd ? m->cmd : "");
	snprintf(what, sizeof what, m->what, !plain ? "FILE" : m->cmd ?
		 pipe_or(arg, sizeof arg, fmt, plain) : plain);
	free(plain);
	fail(s, !gz ? "'%s' is %s" : dotgz ? "'%s' is gzip-compressed: gunzip it, since it holds %s"
	     : "'%s' is gzip-compressed (zcat it into a file: gunzip wants a .gz name), and holds %s",
	     s->name, what);
}

/* A SQL dump's statements, told by the lines of b[0..n) from i (after a byte order mark and
 * blanks): a comment or a statement first, and a line starting a table's rows or its
 * definition as a statement does (sql_table_line) among them (t53 F5: mysqldump's was told to
 * join the table that holds its customers). */
#define SQL_DUMP_MSG "a SQL dump (a table's CREATE TABLE and INSERT statements), not CSV: " \
	"load it into its database (mysql, psql, sqlite3) and export the table as CSV with a " \
	"header line (psql -c '\\copy TABLE TO STDOUT CSV HEADER', sqlite3 -csv -header, " \
	"mysql --batch), then load that"
/* Does the line b[at..end) start a table's rows or definition as a SQL statement does:
 * INSERT INTO name ... VALUES, COPY name (...) FROM stdin; or CREATE TABLE name ( ending in
 * "(" or ";"? A CSV row whose first field is "Copy paper A4" or "Create table lamp" does
 * not (t57 F4: a sales report with a ruler of dashes above it was refused as a dump). */
static int sql_table_line(const unsigned char *b, size_t at, size_t end)
{
	size_t e = end;
	while (e > at && (b[e - 1] == '\r' || b[e - 1] == ' ' || b[e - 1] == '\t'))
		e--;
	unsigned char last = e > at ? b[e - 1] : 0;
	const char *line = (const char *)b + at;
	size_t len = e - at;
	if (len >= 12 && strncasecmp(line, "insert into ", 12) == 0) {
		for (size_t k = 12; k + 6 <= len; k++)
			if (strncasecmp(line + k, "values", 6) == 0)
				return 1;
		return 0;
	}
	if (len >= 5 && strncasecmp(line, "copy ", 5) == 0) {
		for (size_t k = 5; last == ';' && k + 6 <= len; k++)
			if (strncasecmp(line + k, " from ", 6) == 0)
				return 1;
		return 0;
	}
	return len >= 13 && strncasecmp(line, "create table ", 13) == 0 &&
	       (last == '(' || last == ';');
}

static int sql_dump(const unsigned char *b, size_t n, size_t i)
{
	static const char *const first[] = {"--", "/*", "create ", "insert ", "drop ", "set ",
					    "begin", "pragma ", "lock ", "use ", "copy ", NULL};
	int lead = 0, table = 0;
	for (const char *const *w = first; *w && !lead; w++)
		lead = n - i >= strlen(*w) && strncasecmp((const char *)b + i, *w, strlen(*w)) == 0;
	for (size_t at = i; lead && !table && at < n;) {
		const unsigned char *nl = memchr(b + at, '\n', n - at);
		size_t end = nl ? (size_t)(nl - b) : n;
		table = sql_table_line(b, at, end);
		at = nl ? end + 1 : n;
	}
	return table;
}

/* Does b[0..n) hold the text w? */
static int holds_bytes(const unsigned char *b, size_t n, const char *w)
{
	size_t k = strlen(w);
	for (const unsigned char *p = b; n >= k && (size_t)(p - b) <= n - k &&
	     (p = memchr(p, w[0], n - k + 1 - (size_t)(p - b))) != NULL; p++)
		if (memcmp(p, w, k) == 0)
			return 1;
	return 0;
}

/* Text that is not CSV, told by how it starts (after a byte order mark and blanks): JSON (an
 * object's first key, or an array of them), a SQL dump (sql_dump), an HTML page (what many
 * shop systems save as .xls) or XML (Excel 2003's XML sheet). The message, or NULL when it
 * may be CSV. */
static const char json_msg[] = "JSON, not CSV: load %s converts it (Miller)";   /* %s: mlr's */
static const char *text_not_csv(const unsigned char *b, size_t n)
{
	static const char *const html[] = {"<html", "<!doctype html", "<table", "<?xml", NULL};
	size_t i = ingest_bom_len(b, n);
	while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
		i++;
	size_t j = i + 1;
	while (j < n && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r' || b[j] == '\n'))
		j++;
	if (j < n && ((b[i] == '{' && b[j] == '"') || (b[i] == '[' && (b[j] == '{' || b[j] == '['))))
		return json_msg;
	if (sql_dump(b, n, i))
		return SQL_DUMP_MSG;
	for (const char *const *h = html; *h; h++) {
		if (n - i < strlen(*h) || strncasecmp((const char *)b + i, *h, strlen(*h)) != 0)
			continue;
		if (h[0][1] != '?')
			return "an HTML page, not CSV (a report saved as .xls?): open %s in a "
			       "spreadsheet and save the sheet as CSV";
		/* Excel 2003's by its namespace or its root, Workbook; other XML is a system's
		 * own records (t53 F7) */
		return holds_bytes(b + i, n - i, "urn:schemas-microsoft-com:office:spreadsheet") ||
			       holds_bytes(b + i, n - i, "<Workbook")
			       ? "XML, not CSV (an Excel 2003 XML sheet?): open %s in a "
				 "spreadsheet and save the sheet as CSV"
			       : "XML, not CSV, and no Excel 2003 XML sheet (no spreadsheet "
				 "namespace): convert its records to CSV first (a spreadsheet's XML "
				 "import, or xmlstarlet sel on %s), then load that";
	}
	return NULL;
}

/* Buffers of CHUNK bytes for a gzip stream, whatever its compressed size (alloc_buffers'
 * measure): its text is larger, and the first buffer must hold the lines the header search
 * reads for the code-page guess (t65 F5: a title of 70,000 bytes gzipped to 1 KB). 0, or -1
 * out of memory. */
static int grow_buffers(csv_source *s)
{
	if (s->chunk >= CHUNK)
		return 0;
	unsigned char *p;
	if (!(p = realloc(s->in, CHUNK)))
		return -1;
	s->in = p;
	for (int i = 0; i < s->nbuf; i++) {
		if (!(p = realloc(s->buf[i], CHUNK)))
			return -1;
		s->buf[i] = p;
	}
	if (s->conv) {
		if (!(p = realloc(s->conv, CHUNK)))
			return -1;
		s->conv = p;
	}
	s->chunk = CHUNK;
	return 0;
}

/* Read the first bytes into `in`, to tell gzip from text without seeking (and refuse what
 * is neither: not_csv, text_not_csv). */
static int peek(csv_source *s)
{
	while (s->in_len < 4) {   /* a magic, a BOM or UTF-16 letters; a pipe may hold back the rest */
		long n = raw_read(s, s->in + s->in_len, s->chunk - s->in_len);
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		s->in_len += (size_t)n;
	}
	s->gz = s->in_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b;
	const struct not_csv *m = s->gz ? NULL : magic_not_csv(s->in, s->in_len);
	if (m) {
		refuse_not_csv(s, m, s->in, s->in_len, 0);
		return -1;
	}
	const char *text = s->gz ? NULL : text_not_csv(s->in, s->in_len);
	if (text) {
		char what[440], arg[300];   /* what fits in s->err */
		snprintf(what, sizeof what, text, text != json_msg ? s->name :
			 pipe_or(arg, sizeof arg, "mlr --ijson --ocsv cat %p", s->name));
		fail(s, "'%s' is %s", s->name, what);
		return -1;
	}
	if (!s->gz)
		return 0;
	if (grow_buffers(s) != 0) {
		fail(s, "out of memory reading '%s'%s", s->name, "");
		return -1;
	}
	if (inflateInit2(&s->z, 15 + 16) != Z_OK) {
		fail(s, "out of memory reading '%s'%s", s->name, "");
		return -1;
	}
	s->z_init = 1;
	s->z.next_in = s->in;
	s->z.avail_in = (uInt)s->in_len;
	return 0;
}

/* ==== decoded bytes: plain or inflated ==== */

/* After a gzip member: 1 when another follows (concatenated members are legal gzip), 0 at
 * the end of the file, or after zero bytes only (padding a tape or a block device adds,
 * which gzip itself reads past), -1 with the error when other data follows. */
static int next_member(csv_source *s)
{
	for (;;) {
		while (s->z.avail_in > 0 && *s->z.next_in == 0) {
			s->z.next_in++;
			s->z.avail_in--;
			s->gz_padding = 1;
		}
		if (s->z.avail_in > 0)
			break;
		long n = raw_read(s, s->in, s->chunk);
		if (n <= 0)
			return n < 0 ? -1 : 0;
		s->z.next_in = s->in;
		s->z.avail_in = (uInt)n;
	}
	if (!s->gz_padding && s->z.avail_in >= 1 && *s->z.next_in == 0x1F)
		return 1;
	fail(s, "'%s' has data after its gzip stream that is not gzip%s", s->name,
	     s->gz_padding ? " (after zero bytes of padding)" : "");
	return -1;
}

static long inflate_some(csv_source *s, unsigned char *out, size_t cap)
{
	if (s->gz_done)
		return 0;
	s->z.next_out = out;
	s->z.avail_out = (uInt)cap;
	while (s->z.avail_out > 0) {
		if (s->z.avail_in == 0) {
			long n = raw_read(s, s->in, s->chunk);
			if (n < 0)
				return -1;
			if (n == 0) {
				char grew[80] = "";   /* t34 F10: not broken but unfinished */
				if (s->end_size >= 0)
					snprintf(grew, sizeof grew, "%lld to %lld", s->open_size,
						 s->end_size);
				fail(s, grew[0] ? "'%s' grew from %s bytes while it was read and its "
					 "gzip stream ends at the size it had when the load began: "
					 "another program is still writing it; load it again when it is "
					 "done" : "'%s' is truncated (the gzip stream ends early)%s",
				     s->name, grew);
				return -1;
			}
			s->z.next_in = s->in;
			s->z.avail_in = (uInt)n;
		}
		int rc = inflate(&s->z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END) {
			inflateReset(&s->z);
			int more = next_member(s);
			if (more < 0)
				return -1;
			if (!more) {
				s->gz_done = 1;
				break;
			}
			continue;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			fail(s, "'%s': corrupt gzip data (%s)", s->name, s->z.msg ? s->z.msg : "inflate failed");
			return -1;
		}
	}
	return (long)(cap - s->z.avail_out);
}

static long decode(csv_source *s, unsigned char *dst, size_t cap)
{
	if (s->gz) {   /* a workbook or a PDF gzipped is refused as the plain one is */
		long n = inflate_some(s, dst, cap);
		const struct not_csv *m = n > 0 && !s->gz_peeked
					  ? magic_not_csv(dst, (size_t)n) : NULL;
		if (m) {
			refuse_not_csv(s, m, dst, (size_t)n, 1);
			return -1;
		}
		if (n > 0 && !s->gz_peeked && sql_dump(dst, (size_t)n, ingest_bom_len(dst, (size_t)n))) {
			fail(s, "'%s' is gzip-compressed, and holds %s", s->name, SQL_DUMP_MSG);
			return -1;
		}
		s->gz_peeked |= n > 0;
		return n;
	}
	if (s->in_pos < s->in_len) {
		size_t n = s->in_len - s->in_pos < cap ? s->in_len - s->in_pos : cap;
		memcpy(dst, s->in + s->in_pos, n);
		s->in_pos += n;
		return (long)n;
	}
	return raw_read(s, dst, cap);
}

/* The encoding a file called by a standard's name was most likely written in: Windows' code
 * page (or the standard's own successor) that extends it with the characters its makers'
 * systems write, which the narrow one refuses (t35 F15: a shop's "Shift_JIS" export holds
 * cp932's ①, ～ and 髙). Names compared without case, '-' or '_'. NULL for any other. */
static const char *wider_encoding(const char *name)
{
	static const struct {
		const char *narrow, *wide;
	} wider[] = {
		{"shiftjis", "cp932 (Windows' Shift_JIS, with its \u2460, \uFF5E, \u9AD9 ...)"},
		{"sjis", "cp932 (Windows' Shift_JIS, with its \u2460, \uFF5E, \u9AD9 ...)"},
		{"mskanji", "cp932 (Windows' Shift_JIS)"},
		{"csshiftjis", "cp932 (Windows' Shift_JIS)"},
		{"eucjp", "EUC-JP-MS (EUC-JP with Windows' characters), or cp932"},
		{"gb2312", "cp936 (Windows' GB2312, GBK) or gb18030, which hold every character it "
			   "does and more"},
		{"euccn", "cp936 (GBK) or gb18030"},
		{"gbk", "gb18030, which holds every character GBK does and more"},
		{"euckr", "cp949 (Windows' EUC-KR, with every Hangul syllable)"},
		{"ksc5601", "cp949 (Windows' EUC-KR)"},
		{"big5", "cp950 (Windows' Big5) or big5-hkscs (Hong Kong's)"},
		/* Hong Kong's characters (嘅, 囉) are in HKSCS only (t56 F9: HKTVmall's export) */
		{"cp950", "big5-hkscs (Big5 with Hong Kong's characters)"},
		{"windows950", "big5-hkscs (Big5 with Hong Kong's characters)"},
	};
	char key[32];
	size_t k = 0;
	for (const char *c = name; *c && k + 1 < sizeof key; c++)
		if (*c != '-' && *c != '_')
			key[k++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
	key[k] = '\0';
	for (size_t i = 0; i < sizeof wider / sizeof *wider; i++)
		if (strcmp(key, wider[i].narrow) == 0)
			return wider[i].wide;
	return NULL;
}

/* The refusal of a byte cp1252 leaves undefined (0x81, 0x8D...) in a file read as cp1252 for
 * a guess: the code pages the table (code_pages) reads its bytes in come first, from the
 * line the guess was made on or else from the bytes at the refusal (t56 F18c: a DOS till's
 * 0x81, its ü, named cp1250 and the East Asian pages, never cp850). */
static void guessed_refusal(csv_source *s, char *msg, size_t size)
{
	if (!s->guess_pages[0])
		s->guess_named = source_code_pages(s->conv, s->conv_len, s->guess_pages,
						   sizeof s->guess_pages);
	const char *p = s->guess_pages;
	int one = p[0] && s->guess_named == 1;
	char pages[160];
	pages[0] = '\0';
	if (p[0])
		snprintf(pages, sizeof pages, "its bytes read as words of one script in %s%s%.*s%s; "
			 "else ", p, one ? " (--encoding " : "", one ? (int)strcspn(p, " ") : 0, p,
			 one ? ")" : "");
	snprintf(msg, size, "neither UTF-8 nor %s (byte 0x%02X at offset %zu); %sname its "
		 "encoding with --encoding (cp1250, cp1251, " RR_ENC_EAST_ASIAN "...; --encoding "
		 "UTF-8 rejects the rows that are not)", s->guess_enc, s->conv[0], s->conv_off,
		 pages);
}

/* ==== text: converted to UTF-8 when there is an encoding ==== */

/* A UTF-8 byte order mark before text of a page --encoding named, dropped (t65 F6: under
 * --encoding cp1251 it became "п»ї" glued to the first column's name, which went unread):
 * those three bytes start no header in any page. 0, or -1. */
static int drop_utf8_bom(csv_source *s)
{
	s->bom8 = 0;
	while (s->conv_len < 3) {
		long n = decode(s, s->conv + s->conv_len, s->chunk - s->conv_len);
		if (n < 0)
			return -1;
		if (n == 0)
			return 0;
		s->conv_len += (size_t)n;
	}
	if (ingest_bom_len(s->conv, s->conv_len)) {
		memmove(s->conv, s->conv + 3, s->conv_len - 3);
		s->conv_len -= 3;
		s->conv_off += 3;
		s->bom8 = 2;
	}
	return 0;
}

/* Does 8-bit text start at p[0..n), just after a UTF-16 line end: a line of 8 bytes or more
 * and no NUL byte, ASCII or UTF-8, holding a separator (, ; tab |), that ends in a line feed
 * no NUL byte follows (or the buffer's end)? A line of UTF-16 holds a NUL byte in each ASCII
 * character's unit, its separators' too, and its line feed is followed (LE) or led (BE) by
 * one. */
static int eight_bit_line(const unsigned char *p, size_t n)
{
	int sep = 0;
	for (size_t t = 0; t < n && t < 4096;) {
		if (p[t] == '\n')
			return t >= 8 && sep && (t + 1 == n || p[t + 1] != 0);
		if (p[t] >= 0x80) {
			int k = ingest_utf8_seq(p + t, n - t);
			if (k <= 0)
				return 0;
			t += (size_t)k;
			continue;
		}
		if ((p[t] < 0x20 && p[t] != '\t' && p[t] != '\r') || p[t] == 0x7F)
			return 0;
		sep |= p[t] == ',' || p[t] == ';' || p[t] == '\t' || p[t] == '|';
		t++;
	}
	return 0;
}

/* Where, in s->conv, UTF-16 stops: a byte order mark of the other order (a unit U+FFFE, no
 * character: an export of the other order joined with cat; *kind 1), or 8-bit text after a
 * line end (an export in UTF-8 joined after it: t73 F13, its 31 lines read as one rejected
 * UTF-16 "row"; *kind 2); else s->conv_len. A line cut by the buffer's end is not judged. */
static size_t u16_other_mark(const csv_source *s, int *kind)
{
	unsigned char a = s->u16_order == 'L' ? 0xFE : 0xFF, b = a == 0xFE ? 0xFF : 0xFE;
	unsigned char lf0 = s->u16_order == 'L' ? '\n' : 0, lf1 = lf0 ? 0 : '\n';
	*kind = 0;
	if (!s->u16_order)
		return s->conv_len;
	for (size_t k = s->conv_off & 1; k + 1 < s->conv_len; k += 2) {
		if (s->conv[k] == a && s->conv[k + 1] == b) {
			*kind = 1;
			return k;
		}
		if (s->conv[k] == lf0 && s->conv[k + 1] == lf1 &&
		    eight_bit_line(s->conv + k + 2, s->conv_len - k - 2)) {
			*kind = 2;
			return k + 2;
		}
	}
	return s->conv_len;
}

/* At 8-bit text after UTF-16 (u16_other_mark's kind 2): the rest read as UTF-8. */
static int u16_to_utf8(csv_source *s)
{
	iconv_t cd = iconv_open("UTF-8", "UTF-8");
	if (cd == (iconv_t)-1) {
		fail(s, "cannot read '%s' as %s", s->name, "UTF-8");
		return -1;
	}
	iconv_close(s->cd);
	s->cd = cd;
	s->u16_order = 0;
	s->u16_utf8_line = s->conv_lines + 1;
	s->u16_utf8_off = s->conv_off;
	return 0;
}

/* The refusal of 8-bit text after UTF-16 that is not UTF-8 either (t76 F20: a cp1252
 * export joined after the UTF-16 one was called "not UTF-16 (half of a character...)"):
 * where it starts, and the load that converts each part, when the file's bytes are read
 * again as they are (not gzip's, nor standard input's). Into msg. */
static void u16_tail_refusal(const csv_source *s, char *msg, size_t size)
{
	char off[24], next[24], cmd[1024];
	snprintf(off, sizeof off, "%zu", s->u16_utf8_off);
	snprintf(next, sizeof next, "%zu", s->u16_utf8_off + 1);
	const char *arg[5] = {off, s->name, s->encoding, next, s->name};
	int pipe = !s->gz && strcmp(s->name, "-") != 0 &&
		   rr_pipe_cmd(cmd, sizeof cmd, "{ head -c %s %p | iconv -f %s -t UTF-8; tail -c "
			       "+%s %p | iconv -f CP1252 -t UTF-8; }", arg, 5);
	int o = snprintf(msg, size, "from line %zu (offset %zu) the file is 8-bit text that is not "
			 "UTF-8 (line %zu: byte 0x%02X at offset %zu): an export in another "
			 "encoding, such as Windows' cp1252, joined after the UTF-16 one; convert "
			 "each part to UTF-8", s->u16_utf8_line, s->u16_utf8_off, s->conv_lines + 1,
			 s->conv[0], s->conv_off);
	/* the command whole or none: a cut one would run another */
	size_t k = pipe ? strlen(cmd) : 0, tail = sizeof "; load  reads it when that part is cp1252";
	if (pipe && o > 0 && (size_t)o + k + tail <= size) {
		char *p = msg + o;
		memcpy(p, "; load ", 7);
		memcpy(p + 7, cmd, k);
		memcpy(p + 7 + k, " reads it when that part is cp1252", tail - 7);
	}
}

/* At such a mark (s->conv's first unit): dropped, and the rest read in its order. */
static int u16_switch(csv_source *s)
{
	const char *other = s->u16_order == 'L' ? "UTF-16BE" : "UTF-16LE";
	iconv_t cd = iconv_open("UTF-8", other);
	if (cd == (iconv_t)-1) {
		fail(s, "cannot read '%s' as %s", s->name, other);
		return -1;
	}
	iconv_close(s->cd);
	s->cd = cd;
	s->u16_order = s->u16_order == 'L' ? 'B' : 'L';
	if (!s->u16_switches++)
		s->u16_switch_line = s->conv_lines + 1;
	memmove(s->conv, s->conv + 2, s->conv_len - 2);
	s->conv_len -= 2;
	s->conv_off += 2;
	return 0;
}

static long convert(csv_source *s, unsigned char *out, size_t cap)
{
	char *op = (char *)out;
	size_t ol = cap;
	if (s->bom8 == 1 && drop_utf8_bom(s) != 0)
		return -1;
	while (ol > 0) {
		if (s->conv_len == 0 || s->conv_more) {
			long n = decode(s, s->conv + s->conv_len, s->chunk - s->conv_len);
			if (n < 0)
				return -1;
			if (n == 0) {
				if (s->conv_len > 0) {
					fail(s, "'%s' ends inside a %s character", s->name, s->encoding);
					return -1;
				}
				break;
			}
			s->conv_len += (size_t)n;
			s->conv_more = 0;
		}
		char *ip = (char *)s->conv, *op0 = op;
		int kind;
		size_t mark = u16_other_mark(s, &kind), il = mark, after = s->conv_len - mark;
		size_t rc = iconv(s->cd, &ip, &il, &op, &ol);
		int e = errno;
		for (const char *q = op0; (q = memchr(q, '\n', (size_t)(op - q))) != NULL; q++)
			s->conv_lines++;   /* for the line a failure names */
		s->conv_off += mark - il;
		memmove(s->conv, ip, il + after);
		s->conv_len = il + after;
		if (rc != (size_t)-1 && !il && after &&
		    (kind == 2 ? u16_to_utf8(s) : u16_switch(s)) != 0)
			return -1;
		if (rc != (size_t)-1)
			continue;
		if (e == E2BIG) /* out has no room for the next character: the next call goes on */
			break;
		if (e == EINVAL) {
			s->conv_more = 1;
			continue;
		}
		char msg[640];   /* guessed_refusal: 160 bytes of pages and its 260 of text */
		if (s->guessed)
			guessed_refusal(s, msg, sizeof msg);
		else if (s->u16_utf8_line)
			u16_tail_refusal(s, msg, sizeof msg);
		else if (strstr(s->encoding, "16") && s->conv_len >= 2)   /* a unit, not a byte */
			snprintf(msg, sizeof msg, "line %zu: the bytes 0x%02X 0x%02X at offset %zu are "
				 "not %s (half of a character: a surrogate with no other half?)",
				 s->conv_lines + 1, s->conv[0], s->conv[1], s->conv_off, s->encoding);
		else {
			const char *wide = wider_encoding(s->encoding);
			int o = snprintf(msg, sizeof msg, "line %zu: byte 0x%02X at offset %zu is not %s",
					 s->conv_lines + 1, s->conv[0], s->conv_off, s->encoding);
			if (wide && o > 0 && (size_t)o < sizeof msg)
				snprintf(msg + o, sizeof msg - (size_t)o, ": a file said to be %s is most "
					 "often written in %s: --encoding %.*s", s->encoding, wide,
					 (int)strcspn(wide, " "), wide);
		}
		fail(s, "'%s': %s", s->name, msg);
		return -1;
	}
	return (long)(cap - ol);
}

static int open_iconv(csv_source *s, const char *encoding)
{
	s->cd = iconv_open("UTF-8", encoding);
	if (s->cd == (iconv_t)-1)
		return -1;
	s->cd_open = 1;
	s->encoding = encoding;
	return 0;
}

/* UTF-16 from a byte order mark (name "UTF-16"), or without one from the NUL bytes between
 * a header's ASCII letters ("UTF-16LE", "UTF-16BE"): no CSV text holds a NUL byte. */
static long read_utf16(csv_source *s, unsigned char *out, long n, const char *name)
{
	if (!(s->conv = malloc(s->chunk)) || open_iconv(s, name) != 0) {
		fail(s, "cannot read '%s' as %s", s->name, name);
		return -1;
	}
	s->bom16 = 1;
	s->sniff = 0;
	/* the order read, for a mark of the other further on (u16_other_mark) */
	s->u16_order = strncmp(name, "UTF-16", 6) ? 0
		       : strcmp(name, "UTF-16") ? (strcmp(name, "UTF-16LE") ? 'B' : 'L')
		       : n >= 2 && out[0] == 0xFF ? 'L' : 'B';
	memcpy(s->conv, out, (size_t)n);
	s->conv_len = (size_t)n;
	return convert(s, out, s->chunk);
}

/* Whether p holds a valid UTF-8 sequence of two or more bytes: such a buffer is UTF-8 with
 * damage, or two encodings glued together, and guessing would misread its good rows. */
static int has_utf8_seq(const unsigned char *p, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (p[k] >= 0xC2 && ingest_utf8_seq(p + k, n - k) > 0)
			return 1;
	return 0;
}

/* Western European letters past ASCII (UTF-8):
 * àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒŠŽ */
#define WESTERN_LETTERS \
	"\xC3\xA0\xC3\xA1\xC3\xA2\xC3\xA3\xC3\xA4\xC3\xA5\xC3\xA6\xC3\xA7\xC3\xA8" \
	"\xC3\xA9\xC3\xAA\xC3\xAB\xC3\xAC\xC3\xAD\xC3\xAE\xC3\xAF\xC3\xB1\xC3\xB2" \
	"\xC3\xB3\xC3\xB4\xC3\xB5\xC3\xB6\xC3\xB8\xC3\xB9\xC3\xBA\xC3\xBB\xC3\xBC" \
	"\xC3\xBD\xC3\xBF\xC3\x9F\xC5\x93\xC5\xA1\xC5\xBE\xC3\x80\xC3\x81\xC3\x82" \
	"\xC3\x83\xC3\x84\xC3\x85\xC3\x86\xC3\x87\xC3\x88\xC3\x89\xC3\x8A\xC3\x8B" \
	"\xC3\x8C\xC3\x8D\xC3\x8E\xC3\x8F\xC3\x91\xC3\x92\xC3\x93\xC3\x94\xC3\x95" \
	"\xC3\x96\xC3\x98\xC3\x99\xC3\x9A\xC3\x9B\xC3\x9C\xC3\x9D\xC5\xB8\xC5\x92" \
	"\xC5\xA0\xC5\xBD"

/* The Windows code pages a text that is not UTF-8 may be in, the one table of them: for a
 * Latin one, the letters past ASCII its languages write (Icelandic's ð and þ left out of
 * cp1252's: read so, Lithuanian's š and ž looked Western); for another script, its block
 * of letters and whether it has upper and lower case. cp1252 first: a guess of it stands
 * unless another page makes more of the text words of one script (t46 F7: windows-1256
 * Arabic and windows-1257 Lithuanian were told to try cp1250, cp1251, cp1253, cp1254). */
static const struct code_page {
	const char *name, *what;
	const char *letters;       /* Latin: its letters past ASCII (UTF-8), else NULL */
	unsigned lo, hi;           /* another script: its letters' block */
	int cased;                 /* that script has upper and lower case */
} code_pages[] = {
	{"cp1252", "Western European", WESTERN_LETTERS, 0, 0, 1},
	/* áâäăąćçčďđéęěíîĺľłńňóôőöŕřśşšţťúůűüýźżžÁÂÄĂĄĆÇČĎĐÉĘĚÍÎĹĽŁŃŇÓÔŐÖŔŘŚŞŠŢŤÚŮŰÜÝŹŻŽ */
	{"cp1250", "Central European",
	 "\xC3\xA1\xC3\xA2\xC3\xA4\xC4\x83\xC4\x85\xC4\x87\xC3\xA7\xC4\x8D\xC4\x8F"
	 "\xC4\x91\xC3\xA9\xC4\x99\xC4\x9B\xC3\xAD\xC3\xAE\xC4\xBA\xC4\xBE\xC5\x82"
	 "\xC5\x84\xC5\x88\xC3\xB3\xC3\xB4\xC5\x91\xC3\xB6\xC5\x95\xC5\x99\xC5\x9B"
	 "\xC5\x9F\xC5\xA1\xC5\xA3\xC5\xA5\xC3\xBA\xC5\xAF\xC5\xB1\xC3\xBC\xC3\xBD"
	 "\xC5\xBA\xC5\xBC\xC5\xBE\xC3\x81\xC3\x82\xC3\x84\xC4\x82\xC4\x84\xC4\x86"
	 "\xC3\x87\xC4\x8C\xC4\x8E\xC4\x90\xC3\x89\xC4\x98\xC4\x9A\xC3\x8D\xC3\x8E"
	 "\xC4\xB9\xC4\xBD\xC5\x81\xC5\x83\xC5\x87\xC3\x93\xC3\x94\xC5\x90\xC3\x96"
	 "\xC5\x94\xC5\x98\xC5\x9A\xC5\x9E\xC5\xA0\xC5\xA2\xC5\xA4\xC3\x9A\xC5\xAE"
	 "\xC5\xB0\xC3\x9C\xC3\x9D\xC5\xB9\xC5\xBB\xC5\xBD", 0, 0, 1},
	{"cp1251", "Cyrillic", NULL, 0x400, 0x4FF, 1},
	{"cp1253", "Greek", NULL, 0x370, 0x3FF, 1},
	/* âçğıîöşûüÂÇĞİÎÖŞÛÜ */
	{"cp1254", "Turkish",
	 "\xC3\xA2\xC3\xA7\xC4\x9F\xC4\xB1\xC3\xAE\xC3\xB6\xC5\x9F\xC3\xBB\xC3\xBC"
	 "\xC3\x82\xC3\x87\xC4\x9E\xC4\xB0\xC3\x8E\xC3\x96\xC5\x9E\xC3\x9B\xC3\x9C", 0, 0, 1},
	{"cp1255", "Hebrew", NULL, 0x5B0, 0x5F4, 0},
	{"cp1256", "Arabic", NULL, 0x600, 0x6FF, 0},
	/* ąāčęėēģįīķļņōõšųūžäöüĄĀČĘĖĒĢĮĪĶĻŅŌÕŠŲŪŽÄÖÜ */
	{"cp1257", "Baltic",
	 "\xC4\x85\xC4\x81\xC4\x8D\xC4\x99\xC4\x97\xC4\x93\xC4\xA3\xC4\xAF\xC4\xAB"
	 "\xC4\xB7\xC4\xBC\xC5\x86\xC5\x8D\xC3\xB5\xC5\xA1\xC5\xB3\xC5\xAB\xC5\xBE"
	 "\xC3\xA4\xC3\xB6\xC3\xBC\xC4\x84\xC4\x80\xC4\x8C\xC4\x98\xC4\x96\xC4\x92"
	 "\xC4\xA2\xC4\xAE\xC4\xAA\xC4\xB6\xC4\xBB\xC5\x85\xC5\x8C\xC3\x95\xC5\xA0"
	 "\xC5\xB2\xC5\xAA\xC5\xBD\xC3\x84\xC3\x96\xC3\x9C", 0, 0, 1},
	{"cp874", "Thai", NULL, 0xE01, 0xE5B, 0},
	/* Vietnamese (t74 F19: a cp1258 export was told to try cp1250): its vowels with each tone
	 * mark, ă â ê ô ơ ư, đ; glibc's CP1258 composes the marks its bytes write apart, so the
	 * letters are these: ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũ... */
	{"cp1258", "Vietnamese",
	 "\xC3\x80\xC3\x81\xC3\x82\xC3\x83\xC3\x88\xC3\x89\xC3\x8A\xC3\x8C\xC3\x8D"
	 "\xC3\x92\xC3\x93\xC3\x94\xC3\x95\xC3\x99\xC3\x9A\xC3\x9D\xC3\xA0\xC3\xA1"
	 "\xC3\xA2\xC3\xA3\xC3\xA8\xC3\xA9\xC3\xAA\xC3\xAC\xC3\xAD\xC3\xB2\xC3\xB3"
	 "\xC3\xB4\xC3\xB5\xC3\xB9\xC3\xBA\xC3\xBD\xC4\x82\xC4\x83\xC4\x90\xC4\x91"
	 "\xC4\xA8\xC4\xA9\xC5\xA8\xC5\xA9\xC6\xA0\xC6\xA1\xC6\xAF\xC6\xB0"
	 "\xE1\xBA\xA0\xE1\xBA\xA1\xE1\xBA\xA2\xE1\xBA\xA3\xE1\xBA\xA4\xE1\xBA\xA5"
	 "\xE1\xBA\xA6\xE1\xBA\xA7\xE1\xBA\xA8\xE1\xBA\xA9\xE1\xBA\xAA\xE1\xBA\xAB"
	 "\xE1\xBA\xAC\xE1\xBA\xAD\xE1\xBA\xAE\xE1\xBA\xAF\xE1\xBA\xB0\xE1\xBA\xB1"
	 "\xE1\xBA\xB2\xE1\xBA\xB3\xE1\xBA\xB4\xE1\xBA\xB5\xE1\xBA\xB6\xE1\xBA\xB7"
	 "\xE1\xBA\xB8\xE1\xBA\xB9\xE1\xBA\xBA\xE1\xBA\xBB\xE1\xBA\xBC\xE1\xBA\xBD"
	 "\xE1\xBA\xBE\xE1\xBA\xBF\xE1\xBB\x80\xE1\xBB\x81\xE1\xBB\x82\xE1\xBB\x83"
	 "\xE1\xBB\x84\xE1\xBB\x85\xE1\xBB\x86\xE1\xBB\x87\xE1\xBB\x88\xE1\xBB\x89"
	 "\xE1\xBB\x8A\xE1\xBB\x8B\xE1\xBB\x8C\xE1\xBB\x8D\xE1\xBB\x8E\xE1\xBB\x8F"
	 "\xE1\xBB\x90\xE1\xBB\x91\xE1\xBB\x92\xE1\xBB\x93\xE1\xBB\x94\xE1\xBB\x95"
	 "\xE1\xBB\x96\xE1\xBB\x97\xE1\xBB\x98\xE1\xBB\x99\xE1\xBB\x9A\xE1\xBB\x9B"
	 "\xE1\xBB\x9C\xE1\xBB\x9D\xE1\xBB\x9E\xE1\xBB\x9F\xE1\xBB\xA0\xE1\xBB\xA1"
	 "\xE1\xBB\xA2\xE1\xBB\xA3\xE1\xBB\xA4\xE1\xBB\xA5\xE1\xBB\xA6\xE1\xBB\xA7"
	 "\xE1\xBB\xA8\xE1\xBB\xA9\xE1\xBB\xAA\xE1\xBB\xAB\xE1\xBB\xAC\xE1\xBB\xAD"
	 "\xE1\xBB\xAE\xE1\xBB\xAF\xE1\xBB\xB0\xE1\xBB\xB1\xE1\xBB\xB2\xE1\xBB\xB3"
	 "\xE1\xBB\xB4\xE1\xBB\xB5\xE1\xBB\xB6\xE1\xBB\xB7\xE1\xBB\xB8\xE1\xBB\xB9", 0, 0, 1},
	/* and the others Western and Cyrillic files come in (t56 F7, F8, F16, F18c): Latin-9's
	 * euro is cp1252's currency sign (page_misfits counts that sign a misfit), Excel for
	 * Mac's "CSV (Macintosh)" and a DOS till's letters are cp1252's bytes for other letters,
	 * KOI8-R's capitals are cp1251's small letters */
	{"iso-8859-15", "Western European with the euro (Latin-9)", WESTERN_LETTERS, 0, 0, 1},
	{"macintosh", "Western European (Mac Roman, Excel for Mac's CSV)", WESTERN_LETTERS, 0, 0, 1},
	{"cp850", "Western European (DOS)", WESTERN_LETTERS, 0, 0, 1},
	{"koi8-r", "Cyrillic (KOI8-R)", NULL, 0x400, 0x4FF, 1},
};

/* Is code point c among the UTF-8 letters? */
static int page_letter(const char *letters, utf8proc_int32_t c)
{
	utf8proc_int32_t d;
	for (const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)letters; *p;) {
		utf8proc_ssize_t k = utf8proc_iterate(p, -1, &d);
		if (k <= 0)
			return 0;
		if (d == c)
			return 1;
		p += k;
	}
	return 0;
}

/* Does u[i..n) start with a letter? */
static int letter_at(const char *u, size_t n, size_t i)
{
	utf8proc_int32_t c = 0;
	if (i >= n || utf8proc_iterate((const utf8proc_uint8_t *)u + i, (utf8proc_ssize_t)(n - i),
				       &c) <= 0)
		return 0;
	int cat = utf8proc_category(c);
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_MC;
}

/* How many of the words past ASCII of u[0..n) (UTF-8, as page cp read them) are no word of
 * its script: a letter of another script, a lower letter before an upper one, three letters
 * past ASCII in a row (a Latin page's), a symbol; *good the others. The ordinal indicators
 * ª and º (Nº, 1º, Mª: Spanish, Portuguese, Italian) end a word of any Latin page, where
 * cp1250 reads their bytes as Ş and ş (t64 L5: a Spanish cp1252 file's one Nº, read Nş, made
 * the note name cp1250); inside a word they stay the letter of no page (Preşedinte). */
static int page_misfits(const struct code_page *cp, const char *u, size_t n, int *good)
{
	int bad = 0, word_bad = 0, high = 0, run = 0, lower = 0, wlen = 0, ascii_before = 0;
	*good = 0;
	for (size_t i = 0; i <= n;) {
		utf8proc_int32_t c = 0;
		utf8proc_ssize_t k = i < n ? utf8proc_iterate((const utf8proc_uint8_t *)u + i,
							     (utf8proc_ssize_t)(n - i), &c) : 1;
		int cat = i < n && k > 0 ? utf8proc_category(c) : UTF8PROC_CATEGORY_CN;
		int letter = i < n && k > 0 && cat >= UTF8PROC_CATEGORY_LU &&
			     cat <= UTF8PROC_CATEGORY_MC;
		if (!letter) {   /* a word's end */
			if (high)
				word_bad ? bad++ : (*good)++;
			word_bad = high = run = lower = wlen = 0;
			/* ¤, the sign for a currency unnamed, is in no one's text: it is where
			 * Latin-9 writes the euro; nor is a digit or a sign past ASCII inside a
			 * word of ASCII letters (Gr\u0e56\u0e3fe, Gr\u00f6\u00dfe read as Thai) */
			bad += c >= 0x80 && (cat == UTF8PROC_CATEGORY_SO || cat == UTF8PROC_CATEGORY_SM ||
					     cat == UTF8PROC_CATEGORY_CO || cat == UTF8PROC_CATEGORY_CN ||
					     cat == UTF8PROC_CATEGORY_CC || c == 0xA4 || ascii_before);
			ascii_before = 0;
			i += k > 0 ? (size_t)k : 1;
			continue;
		}
		ascii_before = c < 0x80;
		int upper = cat == UTF8PROC_CATEGORY_LU;
		/* a mark that combines with the letter before it starts no word; Thai's vowels
		 * written before their consonant (U+0E40 to U+0E44) end none; Greek's final
		 * sigma ends one (Russian's frequent т is its byte in cp1253) */
		word_bad |= cat == UTF8PROC_CATEGORY_MN && !wlen++;
		if ((c >= 0xE40 && c <= 0xE44) || c == 0x3C2) {
			utf8proc_int32_t next = 0;
			int nc = i + (size_t)k < n && utf8proc_iterate((const utf8proc_uint8_t *)u + i +
								       k, (utf8proc_ssize_t)(n - i -
								       (size_t)k), &next) > 0 ?
				 utf8proc_category(next) : UTF8PROC_CATEGORY_CN;
			int ends = nc < UTF8PROC_CATEGORY_LU || nc > UTF8PROC_CATEGORY_MC;
			word_bad |= c == 0x3C2 ? !ends : ends;
		}
		high |= c >= 0x80;
		run = c >= 0x80 ? run + 1 : 0;
		int ordinal = (c == 0xAA || c == 0xBA) && !letter_at(u, n, i + (size_t)k);
		if (cp->letters)
			word_bad |= (c >= 0x80 && !ordinal && !page_letter(cp->letters, c)) ||
				    run >= 3;
		else
			word_bad |= (c < 0x80 && high) || (c >= 0x80 && ((unsigned)c < cp->lo ||
								     (unsigned)c > cp->hi));
		word_bad |= (cp->letters || cp->cased) && upper && lower;
		lower |= cat == UTF8PROC_CATEGORY_LL;
		i += (size_t)k;
	}
	return bad;
}

enum { PAGES = sizeof code_pages / sizeof *code_pages };

/* raw[0..n) read in code page p, as UTF-8 into u (cap bytes: 3 a byte, each page's most),
 * a byte the page leaves undefined skipped and counted in *skipped. Its length, or -1 when
 * iconv does not know the page. */
static long page_text(int p, const unsigned char *raw, size_t n, char *u, size_t cap,
		      size_t *skipped)
{
	iconv_t cd = iconv_open("UTF-8", code_pages[p].name);
	if (cd == (iconv_t)-1)
		return -1;
	char *ip = (char *)raw, *op = u;
	size_t il = n, ol = cap;
	*skipped = 0;
	while (il && iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 && errno == EILSEQ)
		ip++, il--, (*skipped)++;   /* a byte the page leaves undefined */
	iconv_close(cd);
	return (long)(op - u);
}

/* A word of ASCII letters before a high byte makes the word's run start there: the text is
 * scored from its start, a line's, so "Prek\xEBs" is one word. */
int source_code_pages(const unsigned char *raw, size_t n, char *buf, size_t size)
{
	enum { SAMPLE = 4096 };
	int bad[PAGES], good[PAGES], best = -1;
	char *u = malloc(SAMPLE * 3 + 4);
	buf[0] = '\0';
	if (!u || !size)
		return free(u), 0;
	n = n < SAMPLE ? n : SAMPLE;
	for (int p = 0; p < PAGES; p++) {
		size_t skipped;
		long len = page_text(p, raw, n, u, SAMPLE * 3, &skipped);
		bad[p] = -1;
		if (len < 0)
			continue;
		bad[p] = page_misfits(&code_pages[p], u, (size_t)len, &good[p]) + (int)skipped;
		if (good[p] && (best < 0 || bad[p] < bad[best]))
			best = p;
	}
	free(u);
	/* the guess stands when no page reads better (a cp1252 file's é reads in others too) */
	if (best <= 0 || bad[0] <= bad[best])
		return 0;
	int named = 0;
	size_t o = 0;
	for (int p = 1; p < PAGES && named < 3 && o < size; p++)
		if (good[p] && bad[p] == bad[best]) {
			o += (size_t)snprintf(buf + o, size - o, "%s%s %s", named ? ", " : "",
					      code_pages[p].name, code_pages[p].what);
			named++;
		}
	if (o >= size)
		buf[size - 1] = '\0';
	return named;
}

/* ==== the header's say: the page whose reading of it makes sense ==== */

/* The head header_page reads in each page: the lines source_set_header names (the header
 * search's), at most HEAD_PAGE_BYTES of them, a header being shorter; when those lines run
 * past it (a report's title of 70,000 bytes above the header, which the header search reads
 * past: t65 F5), each line of them cut to HEAD_LINE_BYTES. */
#define HEAD_PAGE_BYTES 65536u
#define HEAD_LINE_BYTES (HEAD_PAGE_BYTES / 4)

static size_t line_ends(const unsigned char *b, size_t n)
{
	size_t k = 0;
	for (const unsigned char *p = b; (p = memchr(p, '\n', n - (size_t)(p - b))) != NULL; p++)
		k++;
	return k;
}

/* The file's first lines in out[0..*n): more bytes decoded into the buffer until it holds
 * s->header_lines line ends or a buffer's bytes (as many as the header search reads), or
 * the input ends (a pipe hands over what its writer wrote so far). They are passed on as
 * the buffer's: one pass. 0, or -1. */
static int head_lines(csv_source *s, unsigned char *out, size_t *n)
{
	size_t cap = s->chunk;
	while (*n < cap && line_ends(out, *n) < s->header_lines) {
		long m = decode(s, out + *n, cap - *n);
		if (m <= 0)
			return m < 0 ? -1 : 0;
		*n += (size_t)m;
	}
	return 0;
}

/* What header_page weighed for each page: the header's known names (-1: the page cannot
 * read the head, or leaves the header unrecognised at 0), its words of one script less its
 * misfits, and the names. */
typedef struct page_say {
	int names[PAGES];
	int script[PAGES];
	char known[PAGES][sizeof ((csv_source *)0)->guess_known];
} page_say;

/* The head u[0..len) as page p reads it, weighed into say; skipped: its bytes p leaves
 * undefined (a page that cannot read the header's lines is none of its candidates). */
static void page_weigh(csv_source *s, page_say *say, int p, const char *u, long len,
		       size_t skipped)
{
	int good = 0;
	say->names[p] = -1;
	if (len < 0 || skipped)
		return;
	say->names[p] = s->header_fn(s->header_ctx, u, (size_t)len, 1, say->known[p],
				     sizeof say->known[p]);
	say->script[p] = -page_misfits(&code_pages[p], u, (size_t)len, &good) + good;
}

/* Is page p's reading better than q's: more of the header's names, else more words of one
 * script? 0 when they tie or p is worse. */
static int page_better(const page_say *say, int p, int q)
{
	return say->names[p] != say->names[q] ? say->names[p] > say->names[q]
					      : say->script[p] > say->script[q];
}

/* The pages from `from` on that tie with best into guess_pages, as source_code_pages names
 * them: of as many names and words of one script, or (names_only: after UTF-8 pairs, where
 * words do not decide) of as many names. */
static void pages_tied(csv_source *s, const page_say *say, int best, int from, int names_only)
{
	size_t o = 0;
	s->guess_named = 0;
	for (int p = from; p < PAGES && s->guess_named < 3 && o < sizeof s->guess_pages; p++)
		if (say->names[p] > 0 && (names_only ? say->names[p] == say->names[best]
				: !page_better(say, best, p) && !page_better(say, p, best))) {
			o += (size_t)snprintf(s->guess_pages + o, sizeof s->guess_pages - o, "%s%s %s",
					      o ? ", " : "", code_pages[p].name, code_pages[p].what);
			s->guess_named++;
		}
	if (o >= sizeof s->guess_pages)
		s->guess_pages[sizeof s->guess_pages - 1] = '\0';
	s->guess_tied = 1;
}

/* Is the name c[0..len) one cp1252's reading of the head (u0[0..n0)) does not hold: one its
 * page reads otherwise? */
static int name_differs(const char *c, size_t len, const char *u0, size_t n0)
{
	for (size_t i = 0; len && i + len <= n0; i++)
		if (u0[i] == c[0] && memcmp(u0 + i, c, len) == 0)
			return 0;
	return len > 0;
}

/* The names of known (one a line) that cp1252 reads otherwise (name_differs), ", " between
 * them, into s->guess_known: what chose the page, for the notes. All of them when none is. */
static void names_said(csv_source *s, const char *known, const char *u0, size_t n0)
{
	int any = 0;
	for (const char *c = known; *c && !any;) {
		size_t len = strcspn(c, "\n");
		any = name_differs(c, len, u0, n0);
		c += len + (c[len] == '\n');
	}
	size_t o = 0;
	for (const char *c = known; *c;) {
		size_t len = strcspn(c, "\n");
		if ((!any || name_differs(c, len, u0, n0)) && o + len + 3 < sizeof s->guess_known) {
			o += (size_t)snprintf(s->guess_known + o, sizeof s->guess_known - o, "%s%.*s",
					      o ? ", " : "", (int)len, c);
		}
		c += len + (c[len] == '\n');
	}
}

/* The text of raw[0..n) as a UTF-8 load reads it, into u (cap >= 3n): each byte that is not
 * UTF-8 as U+FFFD, which no name holds (the load refuses a header with one). Its length. */
static long utf8_text(const unsigned char *raw, size_t n, char *u)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		int len = raw[i] < 0x80 ? 1 : ingest_utf8_seq(raw + i, n - i);
		if (len <= 0) {
			memcpy(u + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
			continue;
		}
		memcpy(u + o, raw + i, (size_t)len);
		o += (size_t)len;
		i += (size_t)len;
	}
	return (long)o;
}

/* The best page of say (-1: none reads the header), from page `from` on; *tied when another
 * reads it as well. */
static int page_best(const page_say *say, int from, int *tied)
{
	int best = -1;
	for (int p = from; p < PAGES; p++)
		if (say->names[p] > 0 && (best < 0 || page_better(say, p, best)))
			best = p;
	*tied = 0;
	for (int p = from; best >= 0 && p < PAGES; p++)
		*tied |= p != best && say->names[p] > 0 && !page_better(say, best, p);
	return best;
}

/* The first lines lines of b[0..n) into out (HEAD_PAGE_BYTES), each cut to HEAD_LINE_BYTES:
 * what the header search would find in them (a title, then the header), read in a page as
 * a head of its size. The bytes written. */
static size_t head_cut(const unsigned char *b, size_t n, size_t lines, unsigned char *out)
{
	size_t o = 0, at = 0;
	for (size_t k = 0; k < lines && at < n && o < HEAD_PAGE_BYTES; k++) {
		const unsigned char *nl = memchr(b + at, '\n', n - at);
		size_t len = (nl ? (size_t)(nl - b) : n) - at, keep = len;
		keep = keep < HEAD_LINE_BYTES ? keep : HEAD_LINE_BYTES;
		keep = keep < HEAD_PAGE_BYTES - o - 1 ? keep : HEAD_PAGE_BYTES - o - 1;
		memcpy(out + o, b + at, keep);
		o += keep;
		if (!nl)
			break;
		out[o++] = '\n';
		at += len + 1;
	}
	return o;
}

/* The code page the header's names choose, from out[0..n), the file's first bytes (topped
 * up to its first lines by sniff: head_lines), when the reading as it was (utf8: UTF-8, whose
 * load refuses a header not UTF-8; else cp1252) leaves the header unrecognised: the one page
 * that reads it, or of several the one that reads more of its names, else more words of one
 * script, said in guess_by_header (1, 2, 3); cp1252 is one of them for a UTF-8 reading,
 * where words alone (3) choose none. NULL: none (the reading as it was stands), several
 * equally (guess_pages names them after cp1252) or no memory. */
static const char *header_page(csv_source *s, const unsigned char *out, size_t n, int utf8)
{
	page_say *say = NULL;
	char *u = NULL, *u0 = NULL;   /* a page's reading of the head, and the one as it was */
	unsigned char *cut = NULL;    /* the head of long lines cut (HEAD_LINE_BYTES) */
	const char *page = NULL;
	int tied;
	size_t head = n < HEAD_PAGE_BYTES ? n : HEAD_PAGE_BYTES, skipped;
	if (n > HEAD_PAGE_BYTES && line_ends(out, head) < s->header_lines) {
		if (!(cut = malloc(HEAD_PAGE_BYTES)))
			return NULL;
		head = head_cut(out, n, s->header_lines, cut);
		out = cut;
	}
	if (!(say = malloc(sizeof *say)) || !(u = malloc(head * 3 + 4)) ||
	    !(u0 = malloc(head * 3 + 4)))
		goto done;
	long len0 = utf8 ? utf8_text(out, head, u0)
			 : page_text(0, out, head, u0, head * 3, &skipped);
	int as_was = 0;   /* cp1252's count of the header's names, when it reads the header */
	if (len0 < 0)
		goto done;    /* iconv cannot tell */
	if (s->header_fn(s->header_ctx, u0, (size_t)len0, 0, say->known[0],
			 sizeof say->known[0]) != 0) {
		/* read as it was; cp1252's reading yields only to a page that reads more of its
		 * names (Subiekt's cp1250 Ilość, a quantity cp1252 garbles, beside names that
		 * both read: t64's Polish names made the header known, the quantity unread) */
		as_was = utf8 ? 0 : s->header_fn(s->header_ctx, u0, (size_t)len0, 1, say->known[0],
						 sizeof say->known[0]);
		if (as_was <= 0)
			goto done;
	}
	for (int p = !utf8; p < PAGES; p++) {
		long len = page_text(p, out, head, u, head * 3, &skipped);
		page_weigh(s, say, p, u, len, skipped);
	}
	int best = page_best(say, !utf8, &tied);
	if (best < 0 || (as_was && (tied || say->names[best] <= as_was)))
		goto done;
	int second = -1;   /* the runner-up says why best won */
	for (int p = !utf8; p < PAGES; p++)
		if (p != best && say->names[p] > 0 && (second < 0 || page_better(say, p, second)))
			second = p;
	int by = second < 0 ? 1 : say->names[best] > say->names[second] ? 2 : 3;
	/* after UTF-8 pairs the rows may be UTF-8 (exports glued): words alone do not decide,
	 * and the pages of as many names tie; the refusal names them either way */
	if (tied || (utf8 && by == 3)) {
		pages_tied(s, say, best, !utf8, utf8);
		s->guess_from_utf8 = utf8;
		goto done;
	}
	s->guess_by_header = by;
	s->guess_fewer = as_was > 0;
	s->guess_from_utf8 = utf8;
	names_said(s, say->known[best], u0, (size_t)len0);
	s->guess_what = code_pages[best].what;
	page = code_pages[best].name;
done:
	free(say);
	free(u);
	free(u0);
	free(cut);
	return page;
}

/* Start reading in page (cp1252, or the one the header's names chose) at out[k]: what
 * follows goes through iconv. */
static long switch_page(csv_source *s, unsigned char *out, size_t k, size_t n, const char *page)
{
	if ((!s->conv && !(s->conv = malloc(s->chunk))) || open_iconv(s, page) != 0) {
		fail(s, "cannot read '%s' as %s", s->name, page);
		return -1;
	}
	s->guessed = 1;
	s->guess_enc = page;
	s->guess_byte = out[k];
	/* scored from the line's start: its word of ASCII letters before the byte */
	size_t from = k;
	while (from > 0 && out[from - 1] != '\n')
		from--;
	if (!s->guess_by_header && !s->guess_tied)
		s->guess_named = source_code_pages(out + from, n - from, s->guess_pages,
						   sizeof s->guess_pages);
	memcpy(s->conv, out + k, n - k);
	s->conv_len = n - k;
	s->conv_off += k;
	long m = convert(s, out + k, s->chunk - k);
	return m < 0 ? -1 : (long)k + m;
}

/* How many of m's bytes have their top bit set, m having no other bit: summed into the top
 * byte by one multiply (__builtin_popcountll is a libgcc call in a build for any x86-64). */
static unsigned top_bits(uint64_t m)
{
	return (unsigned)(((m >> 7) * 0x0101010101010101u) >> 56);
}

/* The length of p's ASCII prefix, adding its LFs to *lfs and its CRs to *crs: eight bytes at
 * a time, as every byte of an ASCII file passes here. */
static size_t ascii_prefix(const unsigned char *p, size_t n, unsigned long long *lfs,
			   unsigned long long *crs)
{
	const uint64_t ones = 0x0101010101010101u, low7 = 0x7F7F7F7F7F7F7F7Fu;
	size_t k = 0;
	unsigned long long nl = 0, cr = 0;
	for (; k + 8 <= n; k += 8) {
		uint64_t w;
		memcpy(&w, p + k, 8);
		if (w & ~low7)
			break;
		uint64_t x = w ^ (ones * '\n'), y = w ^ (ones * '\r'); /* zero bytes at LF, CR */
		nl += top_bits(~(((x & low7) + low7) | x | low7));
		cr += top_bits(~(((y & low7) + low7) | y | low7));
	}
	for (; k < n && p[k] < 0x80; k++) {
		nl += p[k] == '\n';
		cr += p[k] == '\r';
	}
	*lfs += nl;
	*crs += cr;
	return k;
}

/* The 7-bit encodings that switch to a set of double-byte characters by an escape sequence:
 * their text is all ASCII bytes, so nothing else tells it from ASCII (t65 F10: ISO-2022-JP's
 * header was refused as unrecognised, its names shown as escape codes, --map advised). No
 * CSV text holds an ESC byte, and one of these sequences names its encoding. */
static const struct {
	const char *esc, *name, *what;
} escape_encodings[] = {
	{"\x1B$B", "ISO-2022-JP", "7-bit Japanese, JIS: ESC $ B"},
	{"\x1B$@", "ISO-2022-JP", "7-bit Japanese, JIS: ESC $ @"},
	{"\x1B$)C", "ISO-2022-KR", "7-bit Korean: ESC $ ) C"},
	{"\x1B$)A", "ISO-2022-CN", "7-bit Chinese: ESC $ ) A"},
};

/* The escape_encodings row whose sequence out[0..n) holds first, into s. */
static void find_escapes(csv_source *s, const unsigned char *out, size_t n)
{
	const unsigned char *e = memchr(out, 0x1B, n);
	for (; e && !s->escape_enc; e = memchr(e + 1, 0x1B, n - (size_t)(e + 1 - out)))
		for (size_t k = 0; k < sizeof escape_encodings / sizeof *escape_encodings; k++) {
			size_t m = strlen(escape_encodings[k].esc);
			if ((size_t)(out + n - e) >= m && memcmp(e, escape_encodings[k].esc, m) == 0) {
				s->escape_enc = escape_encodings[k].name;
				s->escape_what = escape_encodings[k].what;
				break;
			}
		}
}

/* The sniffing of one buffer out[0..n) (eof: no more bytes follow): how many bytes to pass
 * on, 0 when all of them wait in s->held for the rest of their character. */
static long sniff(csv_source *s, unsigned char *out, size_t n, int eof)
{
	/* the buffer that starts the file holds the header's lines whole: a header whose bytes
	 * past ASCII follow a short first read (a pipe's writer pausing after "Datum;") is
	 * weighed by header_page too, not passed on as ASCII and then guessed cp1252 */
	if (s->header_fn && s->conv_off == 0 && head_lines(s, out, &n) != 0)
		return -1;
	if (s->conv_off == 0)
		find_escapes(s, out, n < HEAD_PAGE_BYTES ? n : HEAD_PAGE_BYTES);
	/* a UTF-8 byte order mark says UTF-8, unless the header after it is not (t65 F6: an
	 * editor's mark before a cp1251 header): the bytes after it are weighed */
	size_t bom = s->conv_off == 0 ? ingest_bom_len(out, n) : 0;
	size_t k = bom + ascii_prefix(out + bom, n - bom, &s->guess_line, &s->guess_crs);
	if (k == n && !bom) {
		s->conv_off += n;
		return (long)n;
	}
	int len = k == n ? 0 : ingest_utf8_seq(out + k, n - k);
	if (bom && len >= 0) {   /* what follows the mark is UTF-8 or ASCII: as before */
		s->sniff = 0;
		return (long)n;
	}
	if (len == 0 && !eof) { /* at most 3 bytes: hold them and decide with the next buffer */
		s->held_len = n - k;
		memcpy(s->held, out + k, s->held_len);
		s->conv_off += k;
		return (long)k;
	}
	s->sniff = 0;
	if (len >= 0 || memchr(out, 0, n))   /* UTF-8, or binary: rows not UTF-8 are rejected */
		return (long)n;
	/* a valid UTF-8 sequence after the byte: UTF-8 with damage, or two encodings glued, whose
	 * good rows a guess would misread; unless the buffer starts the file and its header is
	 * unrecognised as UTF-8 but read in one page (Thai's cp874 writes such pairs: ร, ก) */
	int odd = has_utf8_seq(out + k + 1, n - k - 1);
	/* the header's say only where the buffer starts the file: the header is in it */
	const char *page = s->header_fn && s->conv_off == 0
			   ? header_page(s, out + bom, n - bom, odd) : NULL;
	if ((odd || bom) && !page)   /* after a mark, the header's names alone overrule it */
		return (long)n;
	s->bom8 = bom ? 3 : 0;
	/* lines that end in CR alone (Excel's "CSV (Macintosh)") have no LF to count (t19: the
	 * note said line 1) */
	if (s->guess_line == 0)
		s->guess_line = s->guess_crs;
	s->guess_line++;
	return switch_page(s, out, k, n, page ? page : "cp1252");
}

/* UTF-16 (or UTF-32) without a byte order mark, from its first 32 characters (p[0..n)):
 * "UTF-32LE" or "UTF-32BE" when half the 4-byte units or more are a Latin-1 letter and three
 * NULs; "UTF-16LE" when
 * half of them or more are of Latin-1 (a NUL after the letter) and few have a NUL before it,
 * "UTF-16BE" the other way round, else NULL. UTF-8 text holds no NUL; a letter past Latin-1
 * among the first ones (MISA's S\xE1\xBB\x94 CHI TI\xE1\xBA\xBET, t46 F13) leaves the rest to tell.
 * A header of another script (Cyrillic, Greek, Hebrew, CJK: no byte of its letters a NUL)
 * is told by its NULs all on one side, beside its separators and digits (t65 F4: a
 * Bulgarian one was called a binary file): a separator or a line end among them, and no NUL
 * on the other side, as a binary file's runs of them have. */
static const char *utf16_unmarked(const unsigned char *p, size_t n)
{
	size_t pairs = n < 64 ? n / 2 : 32, le = 0, be = 0, le_sep = 0, be_sep = 0, nul_lo = 0,
	       nul_hi = 0;
	size_t quads = pairs / 2, le32 = 0, be32 = 0;   /* UTF-32 first: its (a,0),(0,0) pairs
							  * read as UTF-16LE (t68 F8) */
	for (size_t k = 0; k < quads; k++) {
		const unsigned char *q = p + 4 * k;
		le32 += q[0] && !q[1] && !q[2] && !q[3];
		be32 += !q[0] && !q[1] && !q[2] && q[3];
	}
	if (quads >= 2 && 2 * le32 >= quads && !be32)
		return "UTF-32LE";
	if (quads >= 2 && 2 * be32 >= quads && !le32)
		return "UTF-32BE";
	for (size_t k = 0; k < pairs; k++) {
		const unsigned char a = p[2 * k], b = p[2 * k + 1];
		le += a && !b;
		be += !a && b;
		nul_lo += !a;
		nul_hi += !b;
		le_sep += a && !b && strchr(",;\t|\r\n", a) != NULL;
		be_sep += !a && b && strchr(",;\t|\r\n", b) != NULL;
	}
	if (pairs >= 2 && 2 * le >= pairs && le > 3 * be)
		return "UTF-16LE";
	if (pairs >= 2 && 2 * be >= pairs && be > 3 * le)
		return "UTF-16BE";
	if (pairs >= 8 && le_sep && !nul_lo)
		return "UTF-16LE";
	if (pairs >= 8 && be_sep && !nul_hi)
		return "UTF-16BE";
	return NULL;
}

/* A UTF-16 byte order mark (p[0..2)) whose text's line ends and separators are written in
 * the other byte order (t68 F8: FF FE before UTF-16BE text loaded 0 rows, no reason given,
 * its one "line" of U+4900... characters): that order's name, else NULL. */
static const char *bom_swapped(const unsigned char *p, size_t n)
{
	size_t lo = 0, hi = 0;   /* the ASCII mark in the first byte of a pair, or the second */
	for (size_t k = 2; k + 1 < n && k < 4096; k += 2) {
		lo += p[k + 1] == 0 && strchr(",;\t|\n", p[k]) && p[k];
		hi += p[k] == 0 && strchr(",;\t|\n", p[k + 1]) && p[k + 1];
	}
	if (p[0] == 0xFF && hi >= 2 && !lo)
		return "UTF-16BE";
	if (p[0] == 0xFE && lo >= 2 && !hi)
		return "UTF-16LE";
	return NULL;
}

/* One buffer of UTF-8 text. The first one looks for a UTF-16 byte order mark: such a file
 * cannot be read as UTF-8 at all, and the mark says what it is. Until a byte past ASCII has
 * decided the encoding, each buffer is sniffed. */
static long fill(csv_source *s, unsigned char *out, int first)
{
	if (s->cd_open)
		return convert(s, out, s->chunk);
	for (;;) {
		size_t h = s->held_len;
		memcpy(out, s->held, h);
		s->held_len = 0;
		long n = decode(s, out + h, s->chunk - h);
		if (n < 0)
			return -1;
		/* UTF-32's marks first: FF FE 00 00 begins with UTF-16LE's (t71 F24: read as
		 * UTF-16LE, its first character a NUL, and refused with hints in a circle) */
		if (first && !s->encoding && n >= 4 &&
		    ((out[0] == 0xFF && out[1] == 0xFE && !out[2] && !out[3]) ||
		     (!out[0] && !out[1] && out[2] == 0xFE && out[3] == 0xFF)))
			return read_utf16(s, out, n, "UTF-32");
		if (first && !s->encoding && n >= 2 &&
		    ((out[0] == 0xFF && out[1] == 0xFE) || (out[0] == 0xFE && out[1] == 0xFF))) {
			const char *order = bom_swapped(out, (size_t)n);
			if (!order)
				return read_utf16(s, out, n, "UTF-16");
			s->bom_swapped = 1;   /* read as its line ends are written, the mark left */
			memmove(out, out + 2, (size_t)n - 2);
			return read_utf16(s, out, n - 2, order);
		}
		const char *utf16 = first && !s->encoding ? utf16_unmarked(out, (size_t)n) : NULL;
		if (utf16)
			return read_utf16(s, out, n, utf16);
		if (!s->sniff || (n == 0 && h == 0))
			return n + (long)h;
		long m = sniff(s, out, (size_t)n + h, n == 0);
		if (m != 0 || s->cd_open)
			return m;
		first = 0; /* all held: the next read completes the character */
	}
}

/* One turn of the reader: the head peeked on the first, then one free buffer filled, or the
 * end marked. 0 to go on, 1 when done. The reader thread loops on it; an inline source calls
 * it from source_next when the ring is empty, so it never waits. */
static int reader_step(csv_source *s)
{
	if (!s->peeked) {
		s->peeked = 1;
		if (peek(s) != 0) {
			pthread_mutex_lock(&s->mu);
			s->eof = 1;
			pthread_cond_broadcast(&s->cv);
			pthread_mutex_unlock(&s->mu);
			return 1;
		}
	}
	pthread_mutex_lock(&s->mu);
	while (s->count == s->nbuf && !s->quit)
		pthread_cond_wait(&s->cv, &s->mu);
	int quit = s->quit;
	pthread_mutex_unlock(&s->mu);
	if (quit)
		return 1;
	long n = fill(s, s->buf[s->next], s->fills++ == 0);
	pthread_mutex_lock(&s->mu);
	if (n <= 0) {
		s->eof = 1;
	} else {
		s->len[s->next] = (size_t)n;
		s->count++;
		s->next = (s->next + 1) % s->nbuf;
	}
	pthread_cond_broadcast(&s->cv);
	pthread_mutex_unlock(&s->mu);
	return n <= 0;
}

static void *reader_main(void *arg)
{
	while (reader_step(arg) == 0)
		;
	return NULL;
}

/* ==== opening and closing ==== */

static void source_init(csv_source *s, const char *name)
{
	memset(s, 0, sizeof *s);
	s->fd = -1;
	s->end_size = -1;
	s->last_raw = -1;
	s->name = name;
	s->cd = (iconv_t)-1;
	s->guess_enc = "cp1252";
	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->cv, NULL);
}

static int set_encoding(csv_source *s, const char *encoding)
{
	/* iconv's suffixes drop (//IGNORE) or change (//TRANSLIT) what does not convert: text
	 * silently lost or misread, where relrec rejects such a row and says so */
	if (encoding && strstr(encoding, "//"))
		return err_set("--encoding: '%s': name the encoding alone (relrec neither drops nor "
			       "replaces characters: a row that does not convert is rejected and "
			       "counted)", encoding);
	if (!encoding || strcasecmp(encoding, "UTF-8") == 0 || strcasecmp(encoding, "UTF8") == 0) {
		s->encoding = encoding ? "UTF-8" : NULL;
		s->sniff = !encoding;
		return 0;
	}
	if (open_iconv(s, encoding) != 0)
		return err_set("--encoding: '%s' is not an encoding iconv knows (try latin1, cp1252 or "
			       "utf-16; iconv -l lists them)", encoding);
	/* a page of bytes, not UTF-16 or UTF-32, whose mark iconv reads */
	s->bom8 = !strstr(encoding, "16") && !strstr(encoding, "32") &&
		  strncasecmp(encoding, "UCS", 3) != 0;
	return 0;
}

/* The ring, the raw buffer and iconv's; small files get small buffers (tests and fuzzing
 * load thousands of them). An inline source fills the ring only when the parser has given
 * back every buffer, so a ring of one serves it: three buffers less a small load. */
static int alloc_buffers(csv_source *s)
{
	s->chunk = CHUNK;
	while (s->size > 0 && s->chunk > 16384 && (double)s->chunk / 4 > s->size)
		s->chunk /= 2;
	s->inline_run = s->size > 0 && s->size <= CHUNK; /* one buffer holds it all */
	s->nbuf = s->inline_run ? 1 : SOURCE_NBUF;
	int ok = (s->in = malloc(s->chunk)) != NULL;
	for (int i = 0; ok && i < s->nbuf; i++)
		ok = (s->buf[i] = malloc(s->chunk)) != NULL;
	if (ok && s->cd_open)
		ok = (s->conv = malloc(s->chunk)) != NULL;
	return ok ? 0 : err_set("out of memory reading '%s'", s->name);
}

static int open_file(csv_source *s, const char *path)
{
	struct stat st;
	s->fd = afile_open_stream(path);   /* raw_read waits for a FIFO's writer, stoppable */
	if (s->fd < 0)
		return -1;
	s->own_fd = 1;
	if (fstat(s->fd, &st) == 0 && S_ISDIR(st.st_mode))
		return err_set("cannot load '%s': is a directory", path);
	if (isatty(s->fd))   /* /dev/tty, /dev/stdin at a prompt: the keys would be the data */
		return err_set("cannot load '%s': it is a terminal (load a file, or a command's "
			       "output with \"|COMMAND\")", path);
	if (fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode)) {
		s->size = (double)st.st_size;
		watch_file(s, &st);
	}
	return 0;
}

int source_open(csv_source *s, const char *path, const char *encoding)
{
	source_init(s, path);
	if (set_encoding(s, encoding) != 0)
		return -1;
	if (strcmp(path, "-") == 0) {
		struct stat st;
		s->fd = STDIN_FILENO;
		if (isatty(s->fd))
			return err_set("cannot load '-': standard input is the terminal, and the keys "
				       "would be the data (pipe a file in: relrec - < FILE)");
		if (fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode)) {
			s->size = (double)st.st_size;
			watch_file(s, &st);
		}
	} else if (afile_names_command(path)) {   /* a file named "|..." is read as a file */
		if (!path[1 + strspn(path + 1, " \t")])
			return err_set("'%s': no command after '|' (load \"|zcat FILE.gz\" reads what a "
				       "command writes)", path);
		s->is_proc = 1; /* set first: source_close releases what a failed start leaves */
		if (proc_start(&s->proc, path + 1) != 0)
			return -1;
		s->fd = s->proc.out;
	} else if (open_file(s, path) != 0) {
		return -1;
	}
	return alloc_buffers(s);
}

int source_reopen(csv_source *s, int fd, const char *name, const char *encoding)
{
	source_init(s, name);
	s->fd = fd;
	s->own_fd = fd >= 0;
	if (set_encoding(s, encoding) != 0)
		return -1;
	struct stat st;
	const char *why = fd < 0 ? "it is no longer open" : NULL;
	if (!why && (lseek(fd, 0, SEEK_SET) != 0 || fstat(fd, &st) != 0))
		why = strerror(errno);
	else if (!why && !S_ISREG(st.st_mode))
		why = "it is no regular file";
	if (why)
		return err_set("cannot read '%s' a second time: %s", name, why);
	s->size = (double)st.st_size;
	watch_file(s, &st);
	return alloc_buffers(s);
}

int source_open_stream(csv_source *s, FILE *f, const char *name, double size,
		       const char *encoding)
{
	source_init(s, name);
	s->f = f;
	s->size = size > 0 ? size : 0;
	if (set_encoding(s, encoding) != 0)
		return -1;
	return alloc_buffers(s);
}

void source_set_header(csv_source *s, source_header_fn fn, void *ctx, size_t lines)
{
	s->header_fn = fn;
	s->header_ctx = ctx;
	s->header_lines = lines;
}

int source_start(csv_source *s)
{
	if (s->inline_run)
		return 0;
	int rc = rr_thread_start(&s->th, reader_main, s);
	s->started = rc == 0;
	return s->started ? 0 : err_set("cannot start reading '%s': no thread for it (%s%s)",
					s->name, strerror(rc),
					rc == EAGAIN ? ": a limit on processes, ulimit -u?" : "");
}

int source_next(csv_source *s, rr_work *w, const unsigned char **buf, size_t *n)
{
	if (s->inline_run && s->count == 0 && !s->eof)
		reader_step(s);
	pthread_mutex_lock(&s->mu);
	while (s->count == 0 && !s->eof) {
		if (work_stopped(w)) {
			pthread_mutex_unlock(&s->mu);
			return -2;
		}
		/* a command slow to write (a query, "|sleep 5; zcat ..."): the front end hears that
		 * the load runs, at its usual pace, so it draws it and takes its stop key */
		double got = (double)s->in_bytes;
		pthread_mutex_unlock(&s->mu);
		work_tick(w, RR_PHASE_LOAD, "load", got, s->size, 0);
		pthread_mutex_lock(&s->mu);
		if (s->count || s->eof)
			break;
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 50000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&s->cv, &s->mu, &ts);
	}
	int rc = 1;
	if (s->count == 0) {
		rc = s->err[0] ? err_set("%s", s->err) : 0;
	} else {
		*buf = s->buf[s->head];
		*n = s->len[s->head];
	}
	pthread_mutex_unlock(&s->mu);
	return rc;
}

void source_done(csv_source *s)
{
	pthread_mutex_lock(&s->mu);
	s->head = (s->head + 1) % s->nbuf;
	s->count--;
	pthread_cond_broadcast(&s->cv);
	pthread_mutex_unlock(&s->mu);
}

double source_read_bytes(csv_source *s)
{
	pthread_mutex_lock(&s->mu);
	double n = (double)s->in_bytes;
	pthread_mutex_unlock(&s->mu);
	return n;
}

int source_close(csv_source *s, int abandon, rr_work *w)
{
	if (s->started) {
		pthread_mutex_lock(&s->mu);
		s->quit = 1;
		pthread_cond_broadcast(&s->cv);
		pthread_mutex_unlock(&s->mu);
		pthread_join(s->th, NULL);
	}
	int rc = 0;
	afile_guard(s, -1, NULL, NULL);
	if (s->is_proc)
		rc = proc_finish(&s->proc, s->name + 1, abandon, w);
	else if (s->own_fd)
		close(s->fd);
	if (s->z_init)
		inflateEnd(&s->z);
	if (s->cd_open)
		iconv_close(s->cd);
	free(s->in);
	free(s->conv);
	for (int i = 0; i < SOURCE_NBUF; i++)
		free(s->buf[i]);
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cv);
	return rc;
}

void source_describe(const csv_source *s, char *buf, size_t size)
{
	const char *gz = s->gz ? "gzip, " : "";
	if (s->bom_swapped)
		snprintf(buf, size, "%s%s (its byte order mark says the other order: read as its "
			 "line ends and separators are written) converted to UTF-8", gz, s->encoding);
	else if (s->bom16 && strcmp(s->encoding, "UTF-32") == 0)
		snprintf(buf, size, "%sUTF-32 (from its byte order mark) converted to UTF-8", gz);
	else if (s->bom16 && strcmp(s->encoding, "UTF-16") != 0)
		snprintf(buf, size, "%s%s (no byte order mark: its NUL bytes say so) converted to "
			 "UTF-8", gz, s->encoding);
	else if (s->bom16)
		snprintf(buf, size, "%sUTF-16 (from its byte order mark) converted to UTF-8", gz);
	else if (s->guessed)
		snprintf(buf, size, "%s%s (guessed%s) converted to UTF-8", gz, s->guess_enc,
			 s->guess_by_header ? " from the header's names" : "");
	else if (s->cd_open)
		snprintf(buf, size, "%s%s converted to UTF-8%s", gz, s->encoding,
			 s->bom8 == 2 ? " (the UTF-8 byte order mark before it dropped)" : "");
	else
		snprintf(buf, size, "%sUTF-8", gz);
	size_t o = strlen(buf);
	if (s->u16_switches && o < size)   /* t71 F17 */
		snprintf(buf + o, size - o, "; from line %zu the other byte order, as a mark there "
			 "says (exports of both orders joined?)%s", s->u16_switch_line,
			 s->u16_switches > 1 ? ", and so at each mark after it" : "");
	o = strlen(buf);
	if (s->u16_utf8_line && o < size)   /* t73 F13 */
		snprintf(buf + o, size - o, "; from line %zu UTF-8, as its bytes there say (a UTF-8 "
			 "export joined after the UTF-16 one?)", s->u16_utf8_line);
}

int source_described_encoding(const char *reading, char *buf, size_t size)
{
	buf[0] = '\0';
	const char *p = reading;
	while (p && strncmp(p + strspn(p, " "), "format: ", 8) != 0)
		if ((p = strchr(p, '\n')))
			p++;
	if (!p)
		return 0;
	p += strspn(p, " ") + 8;
	if (strncmp(p, "gzip, ", 6) == 0)
		p += 6;
	size_t name = strcspn(p, " ,\n"), line = strcspn(p, "\n");
	const char *conv = strstr(p, " converted to UTF-8");
	if (!conv || conv > p + line || name == 0 || name >= size)
		return 0;
	snprintf(buf, size, "%.*s", (int)name, p);
	return 1;
}

/* What the notes of a guessed page add when a UTF-8 byte order mark came before the text. */
static const char *bom_said(const csv_source *s)
{
	return s->bom8 == 3 ? ", after a UTF-8 byte order mark, which it is read past" : "";
}

/* The note of a page the header's names chose (header_page): which, why, and the way to
 * another. snprintf's count. */
static int header_note(const csv_source *s, char *buf, size_t size)
{
	static const char *const why[] = {
		"", "the one code page relrec tries in which its header's names are known",
		"the code page in which most of its header's names are known",
		"of the code pages in which as many of its header's names are known, the one whose "
		"text reads as more words of one script"};
	return snprintf(buf, size, "warning: '%s' is not UTF-8 (line %llu has the byte 0x%02X%s%s), "
			"and read as %s %s: read as %s %s, %s (%s); if that "
			"is wrong, name its encoding with --encoding", s->name, s->guess_line,
			s->guess_byte, s->guess_from_utf8 ? ", though pairs of bytes after it read as "
			"UTF-8" : "", bom_said(s), s->guess_from_utf8 ? "UTF-8" : "cp1252, the encoding of "
			"spreadsheets saved on Windows,", s->guess_fewer ? "fewer of its header's names "
			"are known" : "its header is unrecognised", s->guess_enc, s->guess_what,
			why[s->guess_by_header], s->guess_known);
}

void source_notes(const csv_source *s, char *buf, size_t size)
{
	int o = 0;
	buf[0] = 0;
	if (s->guess_by_header)
		o = header_note(s, buf, size);
	else if (s->guessed && s->guess_pages[0])
		o = snprintf(buf, size, "warning: '%s' is not UTF-8 (line %llu has the byte 0x%02X%s): "
			     "read as cp1252, the encoding of spreadsheets saved on Windows, but its "
			     "bytes read as words of one script in %s: name %s with --encoding%s%.*s%s",
			     s->name, s->guess_line, s->guess_byte, bom_said(s), s->guess_pages,
			     strchr(s->guess_pages, ',') ? "the right one" : "it",
			     strchr(s->guess_pages, ',') ? "" : " (--encoding ",
			     strchr(s->guess_pages, ',') ? 0 : (int)strcspn(s->guess_pages, " "),
			     s->guess_pages, strchr(s->guess_pages, ',') ? "" : ")");
	else if (s->guessed)
		o = snprintf(buf, size, "note: '%s' is not UTF-8 (line %llu has the byte 0x%02X%s): read "
			     "as cp1252, the encoding of spreadsheets saved on Windows (--encoding NAME "
			     "names another: cp1250 for Central European text, cp1251 Cyrillic, cp1253 "
			     "Greek, cp1254 Turkish)", s->name, s->guess_line, s->guess_byte,
			     bom_said(s));
	if (s->escape_enc && o >= 0 && (size_t)o < size)
		o += snprintf(buf + o, size - (size_t)o, "%swarning: '%s' holds the escape sequences "
			      "of %s (%s), read as ASCII: its text in that encoding is kept as escape "
			      "codes; load with --encoding %s", o ? "\n" : "", s->name, s->escape_enc,
			      s->escape_what, s->escape_enc);
	if (s->end_size >= 0 && s->watch && o >= 0 && (size_t)o < size)
		o += snprintf(buf + o, size - (size_t)o, "%snote: '%s' grew from %lld to %lld bytes "
			      "while it was read (another program is writing to it): the %lld bytes it "
			      "held when the load began are loaded%s, not what was added since",
			      o ? "\n" : "", s->name, s->open_size, s->end_size, s->open_size,
			      s->read_on > 0 ? " with the end of the line it was writing then" : "");
	if (s->is_proc && s->proc.warning[0] && o >= 0 && (size_t)o < size)
		snprintf(buf + o, size - (size_t)o, "%swarning: %s", o ? "\n" : "", s->proc.warning);
}
