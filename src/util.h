/* util.h — the few helpers every layer uses: one clock, one way to run jobs on threads, one
 * number parser, and the generation counter that tells caches their inputs changed.
 * The bottom layer: it includes nothing of relrec's but err.h. */
#ifndef RELREC_UTIL_H
#define RELREC_UTIL_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

/* Monotonic seconds (CLOCK_MONOTONIC): for durations, rates and rate limits only. */
double rr_now(void);
/* Leave seconds out of rr_now from now on: a front end's time stopped (SIGTSTP to SIGCONT),
 * which no duration or rate should count. */
void rr_now_skip(double seconds);

/* A fresh generation number, never 0, strictly increasing over the process (thread-safe).
 * Every object that caches are derived from (a dataset, the labels, a model) takes one when
 * it is built or changed; a cache remembers the numbers it was built from and is stale when
 * they differ. Addresses are not identities: a freed dataset's address is soon reused. */
uint64_t rr_gen_next(void);

/* Every thread relrec starts has this stack, whatever ulimit -s says: glibc sizes a new
 * thread's stack by RLIMIT_STACK, and under `ulimit -s 64` the row builder (a 25 KB frame
 * over OpenBLAS's thread-local storage) ended in a segmentation fault (t13). 8 MiB is what
 * Debian's default limit gives, the size everything is tested with; untouched pages cost
 * address space only. */
#define RR_THREAD_STACK ((size_t)8 << 20)
/* pthread_create with RR_THREAD_STACK: 0, or an error number as pthread_create returns. */
int rr_thread_start(pthread_t *th, void *(*fn)(void *), void *arg);

/* Run fn(jobs + i·size) for i in [0, n): jobs 1..n-1 each on a new thread, job 0 on the
 * calling thread; a job whose thread cannot be started runs on the caller afterwards.
 * Returns when every job has finished. n ≤ 0 runs nothing. */
void rr_parallel(void *(*fn)(void *job), void *jobs, size_t size, int n);

/* Parse a whole number in [lo, hi]: 0, or -1 with err_set naming what (e.g. "K") and the
 * text. No sign other than a leading '-', no trailing characters, no empty text. */
int rr_parse_long(const char *what, const char *text, long lo, long hi, long *out);
/* Parse a finite decimal number (strtod, so "0.3" is the nearest double to 0.3) in the range
 * lo..hi, each end open or closed; an infinite end (HUGE_VAL) is no bound ("at least 0"):
 * 0, or -1 with err_set. A number past a double's reach (1e400, or 1e-310: under DBL_MIN) is
 * refused: outside the range with the range, inside it with why and what to give instead
 * ("1e-310 is too close to 0 to hold: give 0 or at least 2.3e-308"). Needs LC_NUMERIC "C"
 * (main sets it). */
int rr_parse_double(const char *what, const char *text, double lo, double hi, int lo_open,
		    int hi_open, double *out);

/* Double quotes in the command language (cmd_split): \" \\ \n \r stand for ", \, LF and CR
 * (a file name may hold a line break, which written as it is would end a journal's line),
 * and textesc's notation for what a terminal obeys or shows as nothing (textesc_obeyed: \a
 * \b \v \f \e, \xHH for another control byte, DEL or a byte 0x80-0x9F that is not UTF-8;
 * read, \xHH from 0x80 up is that byte, as a message shows one: "caf\xe9.csv", t57 F7;
 * \u0080 to \u009f, a bidirectional control such as \u202e, an invisible one such as \u200b
 * or a tag character's five digits, \ue0041), so that
 * a line naming an id or a file that holds one is still a line a script may hold (lines_next
 * refuses such characters raw, e74) and what a message shows of it, typed in double quotes,
 * names it; any other backslash is itself. Every writer and reader of the quoting goes
 * through these. rr_dq_put: the character at s[0..n) (n >= 1) written into out; returns the
 * bytes written (at most RR_DQ_GROWTH per byte of s taken), *len the bytes of s it took.
 * rr_dq_get: at p (inside double quotes), the bytes it stands for into out, *n_out of them
 * (1 to 4); returns the bytes of p it takes (never fewer than *n_out). */
#define RR_DQ_GROWTH 4
size_t rr_dq_put(const char *s, size_t n, char out[8], size_t *len);
size_t rr_dq_get(const char *p, char out[4], size_t *n_out);
/* s as one double-quoted word at out (room for RR_DQ_GROWTH × strlen(s) + 3 bytes),
 * NUL-terminated; returns the end (the NUL). */
char *rr_dq_word(char *out, const char *s);

/* strspn and strcspn within s[0..n): a field is its bytes, not a string, and what follows it
 * in a buffer (the next field, a batch's bytes) is not its (a DB2 end of day was rejected
 * when a '0' followed it). */
size_t rr_span(const char *s, size_t n, const char *set);
size_t rr_cspan(const char *s, size_t n, const char *set);

/* s as a message shows it, into buf (caller's, at least 64 bytes): LF and CR written \n and
 * \r (text keeps its own line breaks, and a file name's must not pass for one; other control
 * characters are the sink's to escape), and cut to fit with "... (N bytes)" (a 60,000-digit
 * customer id is not echoed whole): the buffer's size is the limit, RR_SHOWN_WORD for an id
 * or a code, RR_SHOWN_PATH for a file name. Returns buf. */
#define RR_SHOWN_WORD 128
#define RR_SHOWN_PATH 4200
const char *rr_shown(char *buf, size_t size, const char *s);
/* rr_shown for a file name, which the characters a terminal shows as nothing (zero-width
 * space, soft hyphen, tags: textesc's TEXTESC_INVISIBLE) are written escaped in besides
 * (\u200b): 'loaded small.csv' of a look-alike file is then not the sample's (t54 F3).
 * Text keeps them: a description's emoji join with U+200D. */
const char *rr_shown_path(char *buf, size_t size, const char *s);

/* The one builder of a command a message suggests running through /bin/sh (load "|..."),
 * so that no data value or file name in it is ever read by the shell as its own text (t60
 * F0: a walk-in customer's id, a file named "q;sh<p;.csv"). fmt is the command's fixed text,
 * a literal of relrec's; each %s in it is the next of arg[0..n), a word (refused when it
 * starts with '-', an option), each %p a file's path ("./" before a leading '-'), and %%
 * a '%'. The arguments are written as they are when every one is plain (letters, digits and
 * _ . / - + , : @ %) and fmt holds no quote or backslash, the whole then '|cmd ...' ("'|unzip
 * -p x.zip a.csv'"); else each single-quoted for the shell (a ' inside written '\'') and the
 * whole in double quotes for relrec's own parser (cmd_split: \ and " escaped, rr_dq_put), so
 * that load "..." reads back as exactly that command, which sh runs as exactly those words.
 * Returns buf, or NULL when an argument holds a control byte (a line break would end the
 * shell's command), a %s one starts with '-', or the whole does not fit in size: the caller
 * then names no command (never a cut one). */
const char *rr_pipe_cmd(char *buf, size_t size, const char *fmt, const char *const *arg, int n);
/* rr_pipe_cmd for a text tool (sed, awk, tail) on the data file, fmt's last word: "%p" (its
 * name, arg[n-1]) or FILE (for the reader to fill in); path the data file's name, as loaded.
 * A gzip file (rr_path_gzip) is decompressed first, "gzip -dc %p | sed ...", since the tool
 * would read its compressed bytes (t60: "sed ... x.csv.gz" suggested); a command's output
 * ("|unzip -p x.zip a.csv", relrec's own advice for a ZIP archive) is piped from that
 * command, "unzip -p x.zip a.csv | sed ...". buf, or NULL as rr_pipe_cmd, when fmt does not
 * end so, or for %p and standard input ("-"), which no command reads again. */
const char *rr_pipe_text_cmd(char *buf, size_t size, const char *fmt, const char *const *arg,
			     int n, const char *path);
/* s as one word that a shell and relrec's command line (cmd_split) both read back as exactly
 * s, for a data value in a hint's option (--purchase 'Ship; done'): as it is when plain
 * (letters, digits and _ . / - + , : @ %, and bytes from 0x80: UTF-8's letters), else
 * between single quotes, inside which neither
 * reads $ ` ; | \ or a blank as its own, a ' written '"'"' (closed, a ' in double quotes,
 * reopened: both join the pieces into one word; the shell's '\'' is no word of relrec's).
 * Returns buf, or NULL when no such word can be written: s holds a control byte (a line break
 * ends either's line), starts with "--" (relrec's parser reads an option), or does not fit. */
const char *rr_arg_word(char *buf, size_t size, const char *s);
/* Room for rr_arg_word of a string of n bytes: each ' five, the two quotes and the NUL. */
#define RR_ARG_WORD(n) (5 * (n) + 3)
/* rr_pipe_cmd's command itself, for a shell alone (iconv -f CP1252 -t UTF-8 'my list.txt'
 * > out.txt): each argument as it is when plain, else single-quoted for the shell (a ' inside
 * written '\''), a %p path "./" before a leading '-'. buf, or NULL as rr_pipe_cmd. */
const char *rr_sh_cmd(char *buf, size_t size, const char *fmt, const char *const *arg, int n);
/* Is the data file path gzip-compressed: a name ending in .gz, or a regular file whose first
 * bytes are gzip's (relrec reads either; a download saved as x.csv may be one)? NULL, "-"
 * and "|CMD" are not. */
int rr_path_gzip(const char *path);
/* s as a literal of a sed pattern or replacement (a backslash before \ . * [ ] ^ $ / &) into
 * out; 0, or -1 when it does not fit. */
int rr_sed_literal(char *out, size_t size, const char *s);
/* The load argument whose sed writes repl (" -06:00", a literal: rr_sed_literal) for the
 * zone word find (" CST": a blank and letters) where it follows a digit, that digit's AM or
 * PM, and a blank (t71 F23), and ends a word, as after a time, in the data file path:
 * "'|sed -E 's/([0-9]( ?[AaPp][Mm])? ?) CST([^[:alnum:]]|$)/\1 -06:00\3/g' x.csv'"
 * (rr_pipe_text_cmd's "gzip -dc x.csv.gz | sed ..." for a gzip file). Not a bare
 * s/ CST/.../g, which edited a customer ACME CST and a product CSTAR too, nor the word FILE
 * for the name (t68 F18: copied, sed could not read FILE). buf, or NULL when they cannot be
 * written so (standard input: no command reads it again). */
const char *rr_sed_load(char *buf, size_t size, const char *find, const char *repl,
			const char *path);
/* "s" unless n is 1, for "%ld day%s": "1 day", "0 days", "2 days". One place for the rule, so
 * that counts in messages read as English (a count shown rounded passes the rounded value). */
const char *rr_plural(double n);
/* v for display, into buf (caller's, at least 32 bytes): at most 6 decimals, trailing zeros
 * and a bare point dropped, so a sum of fractional quantities (kilograms to 3 decimals) reads
 * 6444.204, not its float noise 6444.20399999999, and a whole sum reads as an integer (exact
 * to 2^53). Returns buf. */
const char *rr_fmt_amount(char *buf, size_t size, double v);
/* A feature's value as why shows it, into buf: 4 significant digits, and float noise below a
 * millionth shown as the 0 it stands for (q_trend's 3.974e-08 for a last quantity equal to
 * the mean, t51 F12: no feature means anything that small). Returns buf. */
const char *rr_fmt_feature(char *buf, size_t size, double v);

#endif
