/* sink_file.h — the plain sink of replay and the prompt: text and rendered tables to a FILE,
 * one line per training epoch, errors to stderr, control characters escaped (textesc.h).
 * Private to ui/. */
#ifndef RELREC_SINK_FILE_H
#define RELREC_SINK_FILE_H

#include <stdio.h>

#include "sink.h"

/* Point s at f. Times and rates are shown unless RELREC_NO_TIMING is set (the golden tests
 * compare output byte for byte): then timing lines are dropped, epoch lines end before their
 * time and rate, and table columns of times show "-". Errors go to stderr as "relrec: MSG",
 * after flushing f so the order survives 2>&1. Other progress is ignored. Each line, table
 * and epoch line is flushed as it is written (a pipe's reader sees it at once). */
void sink_file_init(rr_sink *s, FILE *f);
/* The errno of the first of those flushes that failed, 0 when none did: stdio keeps only
 * that some write failed, and main's report at exit names the cause (a full disk). */
int sink_file_errno(void);
/* fn(errno) is called at each of those flushes that fails (NULL: none is), so that the front
 * end stops the session at the command whose output was lost, not at exit (t47 F6). */
void sink_file_on_fail(void (*fn)(int err));
/* "relrec: MSG" to stderr, MSG's control characters escaped (textesc.h): for messages main
 * prints before or outside a sink. Text, tables and errors of the sink are escaped alike. */
void sink_file_report(const char *msg);

#endif
