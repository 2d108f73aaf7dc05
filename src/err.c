/* err.c — last-error buffer (one per thread, so a training thread cannot clobber the UI's). */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static _Thread_local char err_buf[RR_ERR_BUF];
static _Thread_local char note_buf[1024];
static _Thread_local int note_set;

/* A message is at most ELIDE_MAX bytes, so that the prefixes callers put before it (err_prefix's
 * "FILE:LINE: ", "warning: ") still fit in 1024; a longer one (a path of 1,100 bytes in it)
 * keeps its start and its end, where the reason is, with "…" between (t13: cut at 1024
 * bytes, "No such file or directory" and the closing quote were lost). Prefixes never cut it:
 * err_buf holds one of RR_ERR_MAX behind them, and a prefix that would not fit is cut. */
#define ELIDE_MAX RR_ERR_MAX
#define ELIDE_KEEP 440

/* The start of the UTF-8 character holding s[k] (never past s[0]). */
static size_t char_start(const char *s, size_t k)
{
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return k;
}

static void put_elided(char *dst, const char *fmt, va_list ap)
{
	static _Thread_local char big[16384];
	vsnprintf(big, sizeof big, fmt, ap);
	size_t n = strlen(big);
	if (n <= ELIDE_MAX) {
		memcpy(dst, big, n + 1);
		return;
	}
	size_t head = char_start(big, ELIDE_KEEP), tail = char_start(big, n - ELIDE_KEEP);
	memcpy(dst, big, head);
	memcpy(dst + head, "\xE2\x80\xA6", 3);   /* … */
	memcpy(dst + head + 3, big + tail, n - tail + 1);
}

int err_set(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	put_elided(err_buf, fmt, ap);
	va_end(ap);
	return -1;
}

int err_prefix(const char *fmt, ...)
{
	char pre[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(pre, sizeof pre, fmt, ap);
	va_end(ap);
	size_t pl = strlen(pre), ml = strlen(err_buf);
	if (pl + 2 + ml >= sizeof err_buf) {   /* nested scripts' prefixes: cut the new one */
		if (ml + 2 + 3 >= sizeof err_buf)
			return -1;   /* no room for even "…: ": the prefixes before it say where */
		size_t keep = sizeof err_buf - ml - 2 - 4;
		pl = char_start(pre, keep < sizeof pre - 3 ? keep : sizeof pre - 3);
		memcpy(pre + pl, "\xE2\x80\xA6", 3);   /* … */
		pl += 3;
	}
	memmove(err_buf + pl + 2, err_buf, ml);
	err_buf[pl + 2 + ml] = '\0';
	memcpy(err_buf, pre, pl);
	err_buf[pl] = ':';
	err_buf[pl + 1] = ' ';
	return -1;
}

int err_restore(const char *msg)
{
	snprintf(err_buf, sizeof err_buf, "%s", msg);
	return -1;
}

const char *err_msg(void)
{
	return err_buf;
}

void err_clear(void)
{
	err_buf[0] = '\0';
}

void err_note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	put_elided(note_buf, fmt, ap);
	va_end(ap);
	note_set = 1;
}

const char *err_take_note(void)
{
	if (!note_set)
		return NULL;
	note_set = 0;
	return note_buf;
}
