/* testutil.h — small helpers shared by the unit tests (header-only, static). */
#ifndef RELREC_TESTUTIL_H
#define RELREC_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "sink.h"

/* Write text to a fresh temporary file and return its path (malloc'd; caller unlinks+frees). */
static inline char *tu_write_temp(const char *text, size_t n)
{
	char *path = strdup("/tmp/relrec-test-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal((ssize_t)n, write(fd, text, n));
	close(fd);
	return path;
}

static inline char *tu_write_temp_str(const char *text)
{
	return tu_write_temp(text, strlen(text));
}

static inline void tu_remove(char *path)
{
	unlink(path);
	free(path);
}

/* The manual's text (tests run from the top of the tree), NUL-terminated, in static storage
 * of 1 MB: for the tests that hold its lists to the code's tables. NULL when unreadable. */
static inline char *tu_read_man(void)
{
	static char text[1 << 20];
	FILE *f = fopen("man/relrec.1", "r");
	if (!f)
		return NULL;
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = '\0';
	return text;
}

/* A sink that appends everything to a growing buffer, for asserting on command output. */
typedef struct tu_capture {
	char *buf;
	size_t len, cap;
	char last_error[1024];
} tu_capture;

static inline void tu_cap_append(tu_capture *c, const char *s)
{
	size_t n = strlen(s);
	if (c->len + n + 2 > c->cap) {
		c->cap = (c->len + n + 2) * 2;
		c->buf = realloc(c->buf, c->cap);
	}
	memcpy(c->buf + c->len, s, n);
	c->len += n;
	c->buf[c->len++] = '\n';
	c->buf[c->len] = '\0';
}

static inline void tu_cap_text(void *ctx, const char *s)
{
	tu_cap_append(ctx, s);
}

/* Tables as replay prints them under RELREC_NO_TIMING: timing columns show "-". */
static inline void tu_cap_table(void *ctx, const rr_table *t)
{
	char *s = table_render(t, 0);
	tu_cap_append(ctx, s);
	free(s);
}

/* Errors are kept in last_error and marked "ERROR" in the text. */
static inline void tu_cap_error(void *ctx, const char *msg)
{
	tu_capture *c = ctx;
	snprintf(c->last_error, sizeof c->last_error, "%s", msg);
	tu_cap_append(c, "ERROR");
}

/* Point sink s at a fresh capture c (no progress output, no timing lines: output that tests
 * compare must not vary from run to run). */
static inline void tu_capture_install(rr_sink *s, tu_capture *c)
{
	memset(c, 0, sizeof *c);
	s->ctx = c;
	s->text = tu_cap_text;
	s->timing = NULL;
	s->table = tu_cap_table;
	s->progress = NULL;
	s->error = tu_cap_error;
}

/* Skipping, by the policy of tests/run.sh. A skipped test prints one line "skip TEST: WHY";
 * under CI=true (or RELREC_STRICT_SKIPS=1) the skip counts as a failure unless WHY ends with
 * TU_NOT_IN_CI, saying the machine lacks something CI does not install either. Call these in
 * the test function itself: __func__ must be the test's name. */
#define TU_NOT_IN_CI "[not installed by CI]"

/* TU_SKIP("format", ...): skip the calling test, saying why. */
#define TU_SKIP(...) tu_skip_(__func__, __VA_ARGS__)
#define tu_skip_(test, ...)                                            \
	do {                                                           \
		fprintf(stderr, "skip %s: ", (test));                  \
		fprintf(stderr, __VA_ARGS__);                          \
		fputc('\n', stderr);                                   \
		skip();                                                \
	} while (0)

/* Skip when a file the tree ships (data/online_retail.csv.gz) is absent: a failure in CI. */
#define TU_SKIP_UNLESS_READABLE(path)                                  \
	do {                                                           \
		if (access((path), R_OK) != 0)                         \
			TU_SKIP("%s is absent", (path));               \
	} while (0)

/* Skip when a file that neither the tree nor CI provides is absent (a second dataset). */
#define TU_SKIP_UNLESS_READABLE_NOT_IN_CI(path)                        \
	do {                                                           \
		if (access((path), R_OK) != 0)                         \
			TU_SKIP("%s is absent " TU_NOT_IN_CI, (path)); \
	} while (0)

#endif
