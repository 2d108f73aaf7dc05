/* csvproc.h — a shell command whose output ingest reads (`load "|zcat f.gz"`, sqlite3's
 * `.import '|cmd'` convention; ingest's, not a public API).
 *
 * The command runs as `/bin/sh -c CMD` in a process group of its own, so ending it ends
 * whatever it started (zcat in a pipeline, psql's children) and a Ctrl-C at the terminal
 * reaches relrec, which decides. Its standard input is /dev/null (relrec may own the
 * terminal); its standard error goes through a pipe of which a thread keeps the last
 * PROC_TAIL bytes, for the message when it fails, or the warning when it exits 0 having
 * written some (a pipeline's status is its last command's: `gzip -dc cut.gz | cat` exits 0
 * with gzip's "unexpected end of file" said, t65 F8). */
#ifndef RELREC_CSVPROC_H
#define RELREC_CSVPROC_H

#include <pthread.h>
#include <stddef.h>
#include <sys/types.h>

#include "sink.h"

#define PROC_TAIL 2048
#define PROC_WARNING 1024  /* proc_finish's warning: the command, its stderr's end */

typedef struct csv_proc {
	pid_t pid;                 /* the shell, leader of its process group; 0 when none */
	int out;                   /* read end of its standard output (the caller reads it) */
	int err;                   /* read end of its standard error (the drain thread's) */
	pthread_t drain;
	int draining;              /* the drain thread runs */
	pthread_mutex_t mu;        /* tail, tail_len, quit, drained */
	char tail[PROC_TAIL];      /* the last bytes of its standard error */
	size_t tail_len;
	int quit;                  /* the drain thread should stop */
	int drained;               /* the drain thread saw the end of standard error */
	char warning[PROC_WARNING]; /* proc_finish: it exited 0 and wrote to its standard
	                               error, what and why it matters ("command '...' exited
	                               with status 0 but wrote ..."), or "" */
} csv_proc;

/* The name a message gives the source path, into buf: path itself, or for a command
 * ("|awk '...' f.csv") the file its last word names when there is one ("f.csv via awk"), else
 * its first words, cut ("|awk -v S=... ..."): a rejected row's message is not led by the whole
 * program (t82 F28). Returns buf. */
const char *proc_short_name(const char *path, char *buf, size_t size);

/* Start cmd. 0, or -1 with err_set. */
int proc_start(csv_proc *p, const char *cmd);
/* End the command and release everything. abandon: the caller stopped reading early, so
 * the command is ended (SIGTERM to its group, SIGKILL after a second) and its status does
 * not matter unless it had already failed on its own. Otherwise it is waited for; w's stop
 * flag ends the wait the same way. 0 when it exited with status 0 (or was abandoned),
 * else -1 with err_set("command 'CMD' exited with status N: LAST LINES OF ITS STDERR").
 * Exited 0 (not ended by relrec) having written to its standard error, p->warning says so
 * with those lines, for the load's summary. The caller closes p->out first or lets this do
 * it. */
int proc_finish(csv_proc *p, const char *cmd, int abandon, rr_work *w);

#endif
