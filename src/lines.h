/* lines.h — text files read a line at a time, within bounds: scripts (`--replay`, `source`)
 * and the lists of stock codes and customer ids. One reader, so that every such file ends its
 * lines the same way and meets the same limits:
 *   - a line ends at LF, at CR LF, or at a CR alone (classic Mac OS files, Excel's "CSV
 *     (Macintosh)"): a CR never stays inside a line, where it would join two lines' words;
 *   - a line over max bytes or holding a NUL byte means the file is not what it should be (a
 *     binary file, /dev/zero, UTF-16): an error naming the line, never a line cut short or
 *     read up to the NUL;
 *   - a read error or running out of memory is an error, never the end of the file;
 *   - UTF-8's byte order mark at the start of the file (Windows Notepad writes one) is no
 *     part of the first line.
 * The line's buffer grows to at most max + 1 bytes, whatever the file holds. */
#ifndef RELREC_LINES_H
#define RELREC_LINES_H

#include <stddef.h>
#include <stdio.h>

typedef struct rr_lines {
	FILE *f;              /* read from (borrowed) */
	const char *name;     /* the file's name in messages (borrowed) */
	const char *what;     /* what the file should be, for messages: "a script" (borrowed) */
	size_t max;           /* the longest line accepted in bytes, its end not counted */
	long lineno;          /* the number of the line last returned (1-based), 0 before */
	int after_cr;         /* the last line ended at a CR: an LF right after it ends nothing */
	char *buf;            /* the line last returned, NUL-terminated (owned) */
	size_t cap;           /* bytes allocated at buf */
} rr_lines;

void lines_init(rr_lines *r, FILE *f, const char *name, const char *what, size_t max);
/* The bytes of UTF-8's byte order mark that lines_next skips at the start of a file whose
 * first n bytes are at p: 3 or 0. Whoever judges a script by its first bytes (the journal's
 * check) skips the same. */
size_t lines_bom(const char *p, size_t n);
/* The next line into r->buf, its end removed, and its length into *len (len may be NULL).
 * Never reads past the line's end, so it may follow a terminal or a pipe line by line.
 * Returns 1 with a line, 0 at the end of the file, or -1 with err_set: "NAME:N: line N has a
 * NUL byte (at byte B): not WHAT", "NAME:N: line N is longer than MAX bytes: not WHAT",
 * "cannot read 'NAME': ...", "NAME:N: out of memory". */
int lines_next(rr_lines *r, size_t *len);
void lines_free(rr_lines *r);   /* the buffer; the FILE is the caller's */

/* The entries of a list file, one a line: the stock codes of exclude/only items --file and
 * the customer ids of filter customers, read by this one reader so that both take the same
 * files, relrec's own exports among them (every text cell quoted: "17097"). An entry is its
 * line's first field: a quoted cell up to its closing quote ("" is one quote, commas inside
 * stay), else up to a comma, tab or semicolon; blanks around it are trimmed; the ' an
 * export's formula guard put before it comes off (csvout_unguard). Blank lines and
 * lines starting with '#' are skipped. When column is not NULL and the first line left is a
 * header that names it as one of its fields (any case; relrec's exports write "customer"
 * and "stock_code"), that line is left out and the entries are that column's (separated as
 * the header is: its first comma, tab or semicolon), so that an audience export, whose
 * customers are its 4th column, is a list of customers; *col (when col is not NULL) gets
 * that column, 1-based, or 0 when no header names it: then the first field is read and a
 * header word is an entry like any other (the commands note entries the data lacks). what
 * names the list in errors ("a list of stock codes"). 0 with a malloc'd array (at least one
 * slot) of *n malloc'd strings, or -1 with err_set: the file cannot be opened or read, a
 * line over 4096 bytes or with a NUL byte, a quote that does not close on its line. */
int lines_read_list(const char *path, const char *what, const char *column, char ***v,
		    size_t *n, int *col);
/* What a command notes when lines_read_list read the column col (> 1) its header named
 * column: "note: read the list's column 4, which its header names customer, not its first
 * column".
 * Into buf; returns buf. */
const char *lines_column_text(int col, const char *column, char *buf, size_t size);

#endif
