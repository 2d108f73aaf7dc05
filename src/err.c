/* err.c — last-error buffer (one per thread, so a training thread cannot clobber the UI's). */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static _Thread_local char err_buf[1024];
static _Thread_local char note_buf[1024];
static _Thread_local int note_set;

int err_set(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err_buf, sizeof err_buf, fmt, ap);
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
	if (pl + 2 + ml >= sizeof err_buf)
		ml = sizeof err_buf - pl - 3; /* pre is < 512, so this stays positive */
	memmove(err_buf + pl + 2, err_buf, ml);
	err_buf[pl + 2 + ml] = '\0';
	memcpy(err_buf, pre, pl);
	err_buf[pl] = ':';
	err_buf[pl + 1] = ' ';
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
	vsnprintf(note_buf, sizeof note_buf, fmt, ap);
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
