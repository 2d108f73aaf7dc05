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

#endif
