/* err.h — the engine's one error convention.
 *
 * Functions that can fail return 0 / -1 (or NULL) and record a message here with err_set().
 * Messages follow git's rules: lower case, no full stop, what failed first, subject quoted,
 * e.g. "cannot open 'x.csv': No such file or directory". Where a message concerns a place in
 * an input, it starts with "FILE:LINE: ". Front ends print it as "relrec: <message>".
 * The engine never prints; only main() exits. */
#ifndef RELREC_ERR_H
#define RELREC_ERR_H

#include <stddef.h>

#if defined(__GNUC__)
#define RR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define RR_PRINTF(a, b)
#endif

/* The longest message kept whole: a longer one keeps its start and end with "…" between
 * (err.c), so a caller adding to a message keeps the sum within it. */
#define RR_ERR_MAX 896
/* The buffer a message is kept in, and what a caller saving err_msg() to set it again
 * (err_restore) needs: a message of RR_ERR_MAX with a script's "FILE:LINE: " prefixes before
 * it, which are cut before the message is (t68 F2: a suggested command cut by "…"). */
#define RR_ERR_BUF 2048

/* Record a message (replaces the previous one). Always returns -1 so callers can
 * write `return err_set("...")`. */
int err_set(const char *fmt, ...) RR_PRINTF(1, 2);

/* Prefix the current message with "PREFIX: " (e.g. a script's "FILE:LINE"). Returns -1. */
int err_prefix(const char *fmt, ...) RR_PRINTF(1, 2);

/* Set again a message saved from err_msg() (at most RR_ERR_BUF bytes kept): as it was, not
 * cut again as err_set cuts one over RR_ERR_MAX (its prefixes made it longer). Returns -1. */
int err_restore(const char *msg);

/* The last recorded message; "" if none. Valid until the next err_set/err_clear. */
const char *err_msg(void);

void err_clear(void);

/* A warning that does not fail the call, e.g. "'x.csv' had 2 hard links: ...". The engine
 * records it and goes on; cmd_exec shows it through the sink after the command, as
 * "warning: ...". One is kept (a later note replaces it), per thread like the error. */
void err_note(const char *fmt, ...) RR_PRINTF(1, 2);
/* The pending warning, or NULL; taking it clears it. Valid until the next err_note. */
const char *err_take_note(void);

#endif
