/* lines.h — text files read a line at a time, within bounds: scripts (`--replay`, `source`,
 * a journal replayed) and the lists of stock codes and customer ids. One reader, so that every
 * such file ends its lines the same way and meets the same limits:
 *   - a line ends at LF or at CR LF (CRs right before the LF are all of its end), or, in a file
 *     whose line ends are all CRs alone (classic Mac OS files, Excel's "CSV (Macintosh)"), at
 *     a CR: a CR never stays inside a line, where it would join two lines' words;
 *   - what a terminal shows of a line must be what is read (t50 F1: `cat` of a script showed
 *     a harmless comment, and the replay ran `load "|touch PWNED"` before it): a line that
 *     holds a character a terminal obeys rather than shows (a C0 control other than TAB, DEL,
 *     a C1 control, a bidirectional override, textesc.h's table) or shows as nothing (a
 *     zero-width space, a soft hyphen, a tag character) or as a blank that is no space (a
 *     no-break space, U+3000, the Braille blank: textesc_obeyed; but after the '#' of a
 *     comment line: textesc_line_refused), a byte 0x80-0x9F
 *     that is not UTF-8 (an 8-bit terminal's C1 control), a CR that does not end it
 *     in a file whose lines end in LF, or an LF end in a file whose lines end in CR alone, is
 *     an error naming the line and the character (escaped), with r->hides set;
 *   - a line over max bytes or holding a NUL byte means the file is not what it should be (a
 *     binary file, /dev/zero, UTF-16): an error naming the line, never a line cut short or
 *     read up to the NUL;
 *   - a read error or running out of memory is an error, never the end of the file;
 *   - UTF-8's byte order mark at the start of the file (Windows Notepad writes one) is no
 *     part of the first line.
 * The line's buffers grow to at most max + 1 bytes each, whatever the file holds. */
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
	int ends;             /* the file's line ends so far: 0 none yet, '\n' LF (or CR LF),
	                       * '\r' CR alone */
	int hides;            /* the last error was a line a terminal does not show as it is */
	long empty;           /* empty lines still to return: a run of CRs alone ended them */
	char *buf;            /* the line last returned, NUL-terminated (owned) */
	size_t cap;           /* bytes allocated at buf */
	char *next;           /* in a file of CR ends, the line after buf, read ahead (owned) */
	size_t next_cap, next_len;
	int next_end;         /* how the line read ahead ended; 0: none is held */
	size_t next_crs;      /* the CRs that ended it */
} rr_lines;

void lines_init(rr_lines *r, FILE *f, const char *name, const char *what, size_t max);
/* The bytes of UTF-8's byte order mark that lines_next skips at the start of a file whose
 * first n bytes are at p: 3 or 0. Whoever judges a script by its first bytes (the journal's
 * check) skips the same. */
size_t lines_bom(const char *p, size_t n);
/* The next line into r->buf, its end removed, and its length into *len (len may be NULL).
 * In a file of LF ends, never reads past the line's end (a CR's next byte aside), so it may
 * follow a terminal or a pipe line by line; in a file of CR ends, a line is returned once the
 * next line's end is read too (it must not be an LF: a terminal would show that line over
 * the ones before it). Returns 1 with a line, 0 at the end of the file, or -1 with err_set:
 * "NAME:N: line N has a NUL byte (at byte B): not WHAT", "NAME:N: line N is longer than MAX
 * bytes: not WHAT", "NAME:N: line N holds \e (a control character, at byte B) ...", "NAME:N:
 * line N holds a carriage return (\r) at byte B that does not end it ...", "NAME:N: line N
 * ends in a line feed, and line M in a carriage return alone ...", "cannot read 'NAME': ...",
 * "NAME:N: out of memory". */
int lines_next(rr_lines *r, size_t *len);
void lines_free(rr_lines *r);   /* the buffers; the FILE is the caller's */
/* 0 when every line of the regular file f, from where it is read to its end, is one
 * lines_next takes as a terminal shows it; else -1 with lines_next's error (r->hides). A
 * NUL byte, a long line or a read error is lines_next's to say when it comes to it: 0. The
 * file is read again from where it was. What reads a script whole before running any of it
 * (cmd_script_check) calls it; for a stream it returns 0 without reading. */
int lines_check(FILE *f, const char *name, const char *what, size_t max);

/* Which entries the loaded data knows (a stock code among its items, a customer id among its
 * customers): fn(ctx, entry) is 1 or 0. The command's, which knows the data. */
typedef struct rr_list_known {
	int (*fn)(const void *ctx, const char *entry);
	const void *ctx;
} rr_list_known;

/* How a list's header may name the column of its ids (lines_read_list). The list is cut
 * from somewhere: relrec's own exports, which call it own ("customer", "stock_code"), or the
 * data itself (a spreadsheet's column, `cut -d, -f2`), whose header says StockCode, "Customer
 * ID" or the loaded file's own name of it: rank, when not NULL, says how well a header's cell
 * names the column (0 not at all, more for a better name: the data layer's known names). */
typedef struct rr_list_head {
	const char *own;      /* relrec's exports' name of the column (any case), or NULL */
	const char *const *also; /* more names relrec's exports give such a column, after own
	                         (the rules export's antecedent, consequent), NULL-terminated;
	                         or NULL */
	int (*rank)(const char *cell, const struct rr_list_head *h);
	int role;             /* for rank: the column's role (ingest.h's enum rr_col) */
	const char *data;     /* for rank: the loaded file's header name of it, or NULL */
	int col;              /* out: the column read, 1-based, when a header named it; 0 when
	                         none did: then the first field is read */
	char name[64];        /* out: the header's name of that column ("" when none), cut */
	int unread_col;       /* out: another column the header names by own or also, not
	                         read (the rules export's consequent beside its antecedent),
	                         1-based; 0 when none */
	char unread[64];      /* out: its name */
	const char *const *other; /* relrec's exports' names of the other kind's columns (a
	                         list of customers: stock_code, antecedent, consequent),
	                         NULL-terminated, or NULL */
	int other_role;       /* for rank: the other kind's role, or -1 */
	const char *other_what; /* the other kind of list, for the refusal: "a list of stock
	                         codes" */
	int other_col;        /* out: when the header names no column of the list's kind but
	                         one of the other's (other, or a known name of other_role that
	                         is no fallback's), that column, 1-based, and its name: then the
	                         list is refused; 0 when none */
	char other_name[64];
	size_t several;       /* out: lines no header column governs that held more fields
	                         than their first, not read; set to 0 before the call */
	int counted;          /* out: every such line held an entry and a whole number of at
	                         most 4 digits (7,10): a list with a count column, its first
	                         read */
	int stocked;          /* in: a list with a count column (counted) is what is in stock:
	                         its lines of a count of 0 or below are left out (only items) */
	size_t unstocked;     /* out: with stocked, the lines so left out; set to 0 before */
	int count_col;        /* out: with stocked, the column a header names as the count on
	                         hand (sniff_count_named: Stock, Bestand, Qty), 1-based, beside
	                         the column read; 0 when none. Its lines' counts of 0 or below
	                         are left out as the header-less count column's are */
	char count_name[64];
	size_t uncounted;     /* out: with count_col, its lines holding no number (kept) */
	long several_line;    /* out: the first of them, and its text, cut */
	char several_text[48];
	const rr_list_known *known; /* in: the data's ids, or NULL: a line no header column
	                         governs whose fields (split at commas, semicolons, tabs and
	                         blanks) are each an id of the data, all of one form (17,3
	                         is an id and its tier), is read as that many
	                         entries, a spreadsheet's row pasted (85123A,22423 or
	                         85123A 22423) */
	size_t split;         /* out: the lines read so, and their entries; set to 0 before */
	size_t split_entries;
	long split_line;      /* out: the first of them, and its text, cut */
	char split_text[48];
} rr_list_head;

/* The entries of a list file, one a line: the stock codes of exclude/only items --file and
 * the customer ids of filter customers, read by this one reader so that both take the same
 * files, relrec's own exports among them (every text cell quoted: "17097"). An entry is its
 * line's first field (head->several counts the lines of more fields, which are not read;
 * with head->known, a line whose every field is an id of the data, of one form, gives each,
 * counted in head->split, while a code beside its description stays its code alone):
 * a quoted cell up to its closing quote ("" is one quote, commas inside stay), else up to a
 * comma, tab or semicolon; blanks around it are trimmed; the ' an
 * export's formula guard put before it comes off (csvout_unguard). Blank lines and
 * lines starting with '#' are skipped. When head is not NULL and the first line left is a
 * header that names the column as one of its fields (head's own name, any case, then its
 * also names in their order, then one its rank ranks above 0: the best, the first of
 * equals), that line is left out and the entries
 * are that column's (separated as the header is: its first comma, tab or semicolon), so
 * that an audience export, whose customers are its 4th column, or a file of the data's own
 * columns is a list of customers; head->col and head->name say which column was read, and
 * head->unread_col and head->unread another the header names so, not read (t69 F-B: the
 * rules export's header was read as a code, "antecedent", and its consequents are not). With
 * no header naming it the first field is read and a header word is an entry like any other
 * (the commands note entries the data lacks). what names the list in errors ("a list of
 * stock codes"). 0 with a malloc'd array (at least one slot) of *n malloc'd strings, or -1
 * with err_set: the file cannot be opened or read, holds more than LIST_TEXT_MAX bytes of
 * text or text that is not UTF-8 once read as below, a line over 4096 bytes or with a NUL
 * byte, a line a terminal shows otherwise than it reads (lines_next: the list is refused
 * whole), a quote that does not close, a header naming the other kind's column and none of
 * its own (head->other: "'x.csv' is a list of customer ids, not a list of stock codes").
 * A file whose first line holds a separator (the most frequent of , ; tab, sniff_separator)
 * is a CSV: its fields are cut at that one (a line without it at any), and a quoted cell
 * may hold line breaks, its record at most 16384 bytes. The lines are read one way for the
 * whole file: a line of several ids of the data gives each (head->split) only when every
 * line of more fields than one is such, not every one is two numbers, and the file is no
 * list with a count column (every line a code and a whole number of at most 4 digits,
 * 7,10 / 25,0:
 * head->counted); else the first of each. Every line whose others are not read is counted in
 * head->several, unless each holds words (a description). */
int lines_read_list(const char *path, const char *what, const char *enc, rr_list_head *head,
		    char ***v, size_t *n);
/* The whole text of a list is read first, at most LIST_TEXT_MAX bytes, by the loader's reader
 * (csvsource.h), so that a list reads as the data did: a gzip file is inflated (an export
 * written as .csv.gz: t69 F-H), a UTF-16 one with its byte order mark converted, and enc,
 * the data's encoding when the load converted it ("cp1252", source_described_encoding; NULL
 * when the data was UTF-8), converts it (t68 F6: a list saved on the same Windows system
 * as the data, Müller in cp1252, matched nobody). A list whose text is then not UTF-8 is
 * refused, naming the line, the byte and the way to convert it. */
#define LIST_TEXT_MAX ((size_t)64 << 20)
/* What the two kinds of list are called in messages: one name each, for the list itself and
 * for the refusal of the one given as the other (rr_list_head's other_what). */
#define LIST_OF_CODES "a list of stock codes"
#define LIST_OF_CUSTOMERS "a list of customer ids"
/* What a command notes when lines_read_list read the column col (> 1) its header named
 * name: "note: read the list's column 4, which its header names customer, not its first
 * column".
 * Into buf; returns buf. */
const char *lines_column_text(int col, const char *name, char *buf, size_t size);
/* What a command notes when lines of the list held more fields than their first (head->
 * several > 0), what naming an entry ("code"): "note: 2 lines of the list hold more than one
 * field (line 1: 'A001,A002'): only the first of each is read, ..."; for a list with a count
 * column (head->counted): "note: each of the list's 3 lines holds a code and a whole number
 * (line 1: '7,10'): read as a list with a count column ...". Into buf; returns buf. */
const char *lines_several_text(const rr_list_head *head, const char *what, char *buf,
			       size_t size);
/* The note on a list whose header names a count column (head->count_col, head->counted):
 * the entries left out as none on hand, and those whose count is no number, kept. */
const char *lines_count_text(const rr_list_head *head, const char *what, char *buf,
			     size_t size);
/* What a command notes when lines held several ids of the data, each read (head->split >
 * 0): "note: 2 lines of the list hold several codes of the data (line 1: '85123A,22423'):
 * each is read, 5 in all". Into buf; returns buf. */
const char *lines_split_text(const rr_list_head *head, const char *what, char *buf,
			     size_t size);
/* What a command notes when the header named another such column, not read (head->unread_col
 * > 0): "note: read the list's column 1, which its header names antecedent; its column 3,
 * consequent, is not read: a list is one column". Into buf; returns buf. */
const char *lines_unread_text(const rr_list_head *head, char *buf, size_t size);

#endif
