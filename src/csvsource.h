/* csvsource.h — the bytes of a transaction file as UTF-8 text (ingest's, not a public API).
 *
 * A source is a file, standard input ("-"), a command's output ("|CMD", csvproc.h) or an
 * open stream. A reader thread fills a ring of buffers — reading, inflating gzip (detected
 * from the first bytes, peeked without seeking: pipes cannot seek) and converting through
 * iconv for --encoding or a UTF-16 byte order mark — while the caller parses the previous
 * buffer: on the shipped file reading and parsing take about the same time, so overlapping
 * them nearly halves a load. Memory is the ring (4 buffers of at most 1 MB) whatever the
 * input. */
#ifndef RELREC_CSVSOURCE_H
#define RELREC_CSVSOURCE_H

#include <iconv.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <zlib.h>

#include "csvproc.h"
#include "sink.h"

/* The code pages of East Asian text, for every hint that names an --encoding: Traditional
 * Chinese (Taiwan's Ta Feng, Hong Kong) is Big5 / cp950, which gb18030 turns into other
 * characters without an error (t19), so both are named. */
#define RR_ENC_EAST_ASIAN "cp932 Japanese, gb18030 Simplified Chinese, cp950 (big5) " \
	"Traditional Chinese, cp949 Korean"

#define SOURCE_NBUF 4

/* The header's say in the guess of a code page (source_set_header): how many names of the
 * header in text[0..n) (UTF-8: the file's first lines as one code page reads them) are known
 * names, with those names into known, one a line; 0 when that reading leaves the header
 * unrecognised. quick: a page other than cp1252, which may be turned away by a cheap test
 * first (cp1252's reading is asked in full: it stands whenever the load would read it).
 * Called on the reader's thread, before the first buffer is handed over. */
typedef int (*source_header_fn)(void *ctx, const char *text, size_t n, int quick, char *known,
				size_t size);

typedef struct csv_source {
	/* where the bytes come from: a stream, or a descriptor */
	FILE *f;                   /* ingest_stream's caller's stream, or NULL */
	int fd;                    /* a file, standard input or a command's output; -1 */
	int own_fd;                /* close fd at the end (not standard input's) */
	int is_proc;               /* fd is proc's output */
	csv_proc proc;
	const char *name;          /* the path as given, for messages */
	double size;               /* bytes, when known (a regular file), else 0 */
	/* A regular file is watched for another program changing it while it is read: what
	 * fstat said at open, compared at the end of the file (changed_at_end). */
	int watch;                 /* fd is a regular file, its size and mtime below */
	long long open_size;       /* st_size at open, less the offset reading started at */
	struct timespec open_mtime;
	long long end_size;        /* st_size at the end, when it grew while read; else -1 */
	int last_raw;              /* the last raw byte read (-1: none yet) */
	long long read_on;         /* bytes read past open_size to end a line that was being
	                              written at open (t34 F5); -1 while still looking for its end */
	/* decoding */
	int gz;                    /* the content starts with the gzip magic */
	int z_init, gz_done;       /* inflate is set up; the last member ended at end of input */
	int gz_peeked;             /* the inflated bytes' first were checked (not_csv) */
	int gz_padding;            /* zero bytes followed the last member (next_member) */
	z_stream z;
	unsigned char *in;         /* raw bytes: the peeked head, then compressed input */
	size_t in_len, in_pos;     /* bytes in `in`, and consumed of them (plain input) */
	iconv_t cd;                /* to UTF-8, when cd_open */
	int cd_open;
	const char *encoding;      /* what --encoding named, "UTF-16" from a BOM, or NULL */
	int bom16;                 /* UTF-16 from its byte order mark, or its NUL bytes */
	int bom_swapped;           /* the mark said one byte order, the line ends the other */
	int u16_order;             /* UTF-16 read: 'L' little-endian, 'B' big-endian; else 0 */
	size_t u16_switch_line;    /* the first line a mark of the other order switched the
	                              order at (UTF-16 exports of both orders joined, t71 F17) */
	size_t u16_switches;       /* how many such marks */
	size_t u16_utf8_line;      /* the line UTF-8 text came at after UTF-16, read so from
	                              there (a UTF-8 export joined after it, t73 F13), or 0 */
	size_t u16_utf8_off;       /* the offset of that text's first byte */
	int bom8;                  /* 1: a UTF-8 byte order mark may start text of the page
	                              --encoding named (an editor saved it "with BOM"): looked
	                              for; 2: one did, dropped; 3: no encoding named, one came
	                              before the header a page was guessed for (sniff) */
	unsigned char *conv;       /* decoded bytes waiting for iconv */
	size_t conv_len;
	int conv_more;             /* conv ends inside a character: read more first */
	size_t conv_off;           /* decoded bytes converted before conv[0] (messages) */
	size_t conv_lines;         /* line breaks converted so far (messages) */
	/* No encoding named: the first byte past ASCII decides. A valid UTF-8 sequence means
	 * UTF-8; a byte that cannot start one, in a buffer with no NUL byte and no valid UTF-8
	 * sequence after it, means a Windows spreadsheet's cp1252, converted from there on. */
	int sniff;                 /* still deciding */
	int guessed;               /* decided cp1252 */
	unsigned char guess_byte;  /* the byte that decided it */
	char guess_pages[96];      /* the code pages its bytes read better in (source_code_pages),
	                              or "" */
	int guess_named;           /* how many guess_pages names (a page's words hold commas) */
	unsigned long long guess_line; /* its line, from 1 */
	/* When cp1252 leaves the header unrecognised, the code page whose reading of it the
	 * header's names make sense of (header_page): the guess's page, said in the notes. */
	source_header_fn header_fn;  /* source_set_header's, or NULL: cp1252 alone */
	void *header_ctx;
	size_t header_lines;       /* the lines of the file's start fn reads the header in */
	const char *guess_enc;     /* the page read in: "cp1252", or the header's choice */
	const char *guess_what;    /* its script or region, "Western European" */
	int guess_by_header;       /* guess_enc is the one page that reads the header's names */
	int guess_fewer;           /* ... where cp1252 read the header too, but fewer of its names */
	int guess_from_utf8;       /* ... where the buffer would have been read as UTF-8 */
	int guess_tied;            /* several pages read them, equally: guess_pages names them */
	char guess_known[200];     /* the header's known names in guess_enc, one a line */
	unsigned long long guess_crs;  /* CRs before it: a CR-only file's line ends */
	const char *escape_enc;    /* no encoding named: the 7-bit encoding whose escape
	                              sequences the file's head holds (ISO-2022-JP's ESC $ B),
	                              read as ASCII: its iconv name, or NULL */
	const char *escape_what;   /* what that encoding writes, and the escape seen */
	unsigned char held[4];     /* a UTF-8 sequence the buffer cut short, for the next one */
	size_t held_len;
	/* the ring */
	size_t chunk;              /* bytes per buffer */
	unsigned char *buf[SOURCE_NBUF];
	int nbuf;                  /* buffers in the ring: SOURCE_NBUF, or 1 for an inline source */
	size_t len[SOURCE_NBUF];
	int head, count;           /* next buffer to consume, filled ones waiting */
	int eof;                   /* the reader has finished (err says whether well) */
	int quit;                  /* the consumer asks the reader to stop */
	char err[1024];            /* the reader's error, "" if none */
	size_t in_bytes;           /* raw bytes read so far (progress) */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t th;
	int started;
	/* A small file of known size is read inline: source_next fills the ring on the caller's
	 * thread when it is empty, and no reader thread starts (one would overlap nothing, and
	 * starting it was most of the cost of a small load: the fuzzer loads thousands). */
	int inline_run;
	int next, fills, peeked;   /* the buffer the reader fills next; fills so far; head peeked */
} csv_source;

/* Open path: "-" is standard input, "|CMD" runs CMD (/bin/sh -c), anything else a file.
 * encoding: NULL or "UTF-8" (no conversion), else an iconv name (latin1, cp1252, ...).
 * 0, or -1 with err_set (then source_close is still called). */
int source_open(csv_source *s, const char *path, const char *encoding);
/* Open again the regular file a load read, by its descriptor fd (which the source takes, and
 * closes), from its first byte: the same file, whatever its name names now (t62 F16: a
 * second reading by the name read the file renamed over it). 0, or -1 with err_set (then
 * source_close is still called). */
int source_reopen(csv_source *s, int fd, const char *name, const char *encoding);
/* The same for a stream the caller owns and closes (size in bytes, 0 if unknown). */
int source_open_stream(csv_source *s, FILE *f, const char *name, double size,
		       const char *encoding);
/* Before source_start: when the first byte past ASCII makes the guess of cp1252 and cp1252
 * leaves the header unrecognised (fn says 0), the head's lines (the first `lines` of the
 * file, at most 64 KB, read into the first buffer) are read in each code page of the table,
 * and the page in which fn finds the header's names is read instead: the one page, or of
 * several the one that reads more of its names, else more words of one script (no two
 * equal). Several equal: cp1252 stays, and guess_pages names them (guess_tied). The same
 * where the bytes after the first byte past ASCII hold a UTF-8 sequence (Thai's cp874), the
 * file otherwise read as UTF-8, when fn finds no header in it read so. */
void source_set_header(csv_source *s, source_header_fn fn, void *ctx, size_t lines);
/* Start the reader thread (none for an inline source). 0, or -1 with err_set. */
int source_start(csv_source *s);
/* The next buffer of text: 1 with *buf and *n (valid until source_done), 0 at the end,
 * -1 on a read error (err_set), -2 when w's stop flag is set (checked every 50 ms while
 * waiting, so a silent command or terminal cannot hold a stop up). */
int source_next(csv_source *s, rr_work *w, const unsigned char **buf, size_t *n);
void source_done(csv_source *s);
/* Raw bytes read so far (compressed bytes of a gzip file), for progress. */
double source_read_bytes(csv_source *s);
/* Stop the reader, end the command (abandon: the load stopped early, so it is ended; else
 * it is waited for) and free everything. 0, or -1 with err_set when the command failed. */
int source_close(csv_source *s, int abandon, rr_work *w);
/* "gzip, UTF-8", "latin1 converted to UTF-8", "UTF-16 (byte order mark) converted to UTF-8",
 * "cp1250 (guessed from the header's names) converted to UTF-8". */
void source_describe(const csv_source *s, char *buf, size_t size);
/* The encoding a load's text was converted from, read back from its reading (rows.h's
 * reading, whose "format: " line starts with source_describe's text): "cp1252" from
 * "format: cp1252 (guessed) converted to UTF-8, ...", "UTF-16LE", into buf; 1, or 0 (buf
 * "") when the text was UTF-8 as read (or reading is NULL). What reads another file the
 * user made beside the data (a list of its ids: lines_read_list) reads it so too. */
int source_described_encoding(const char *reading, char *buf, size_t size);
/* The source's notes for the load summary, one a line, or "": the encoding was guessed (why,
 * and how to name another); the file grew while it was read (a log being appended); a command
 * exited 0 having written to its standard error (csv_proc's warning). */
void source_notes(const csv_source *s, char *buf, size_t size);
/* The code pages of the one table (cp1250 Central European, cp1256 Arabic, cp1257 Baltic,
 * ...) that make more of raw[0..n) (text that is not UTF-8, from a line's start) words of one
 * script than cp1252 does: at most three, "cp1256 Arabic, ...", into buf; their count, 0
 * (buf "") when cp1252 reads it as well as any. */
int source_code_pages(const unsigned char *raw, size_t n, char *buf, size_t size);

#endif
