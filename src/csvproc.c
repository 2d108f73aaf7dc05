/* csvproc.c — running the command a `load "|CMD"` reads from. */
#include "csvproc.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "err.h"
#include "util.h"

extern char **environ;

#define SHOWN_CMD 60     /* bytes of the command quoted in messages */
#define SHOWN_TAIL 480   /* bytes of its stderr in the message (err.c keeps 1 KB) */

static void nap_ms(int ms)
{
	struct timespec ts = {0, ms * 1000000L};
	nanosleep(&ts, NULL);
}

/* Keep the last PROC_TAIL bytes of what the command writes to its standard error. */
static void *drain_main(void *arg)
{
	csv_proc *p = arg;
	char b[512];
	for (;;) {
		pthread_mutex_lock(&p->mu);
		int quit = p->quit;
		pthread_mutex_unlock(&p->mu);
		if (quit)
			break;
		struct pollfd pf = {.fd = p->err, .events = POLLIN};
		if (poll(&pf, 1, 50) <= 0)
			continue;
		ssize_t n = read(p->err, b, sizeof b);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		pthread_mutex_lock(&p->mu);
		size_t k = (size_t)n, keep = p->tail_len + k > PROC_TAIL ? PROC_TAIL - k : p->tail_len;
		memmove(p->tail, p->tail + p->tail_len - keep, keep);
		memcpy(p->tail + keep, b, k);
		p->tail_len = keep + k;
		pthread_mutex_unlock(&p->mu);
	}
	pthread_mutex_lock(&p->mu);
	p->drained = 1;
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int pipe_cloexec(int fd[2])
{
	if (pipe(fd) != 0)
		return -1;
	fcntl(fd[0], F_SETFD, FD_CLOEXEC);
	fcntl(fd[1], F_SETFD, FD_CLOEXEC);
	return 0;
}

/* posix_spawn rather than fork: nothing of this (threaded) process runs in the child
 * between the fork and the exec. */
static int spawn_shell(csv_proc *p, const char *cmd, int out_w, int err_w)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t def, none;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, out_w, 1);
	posix_spawn_file_actions_adddup2(&fa, err_w, 2);
	posix_spawnattr_init(&at);
	sigemptyset(&def);
	sigaddset(&def, SIGINT);
	sigaddset(&def, SIGPIPE);
	sigaddset(&def, SIGXFSZ);   /* main ignores it for its own writes, not for the command's */
	sigemptyset(&none);
	posix_spawnattr_setsigdefault(&at, &def);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setpgroup(&at, 0);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
					  POSIX_SPAWN_SETSIGMASK);
	char *argv[] = {"sh", "-c", (char *)cmd, NULL};
	int rc = posix_spawn(&p->pid, "/bin/sh", &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	if (rc != 0) {
		p->pid = 0;
		return err_set("cannot run '%.*s': %s", SHOWN_CMD, cmd, strerror(rc));
	}
	return 0;
}

int proc_start(csv_proc *p, const char *cmd)
{
	int out[2], errp[2];
	memset(p, 0, sizeof *p);
	p->out = p->err = -1;
	pthread_mutex_init(&p->mu, NULL);
	if (pipe_cloexec(out) != 0)
		return err_set("cannot run '%.*s': %s", SHOWN_CMD, cmd, strerror(errno));
	if (pipe_cloexec(errp) != 0) {
		close(out[0]);
		close(out[1]);
		return err_set("cannot run '%.*s': %s", SHOWN_CMD, cmd, strerror(errno));
	}
	int rc = spawn_shell(p, cmd, out[1], errp[1]);
	close(out[1]);
	close(errp[1]);
	p->out = out[0];
	p->err = errp[0];
	if (rc != 0)
		return -1;
	p->draining = rr_thread_start(&p->drain, drain_main, p) == 0;
	return 0;
}

/* Wait for the shell, ending its group when w asks to stop, and with SIGKILL when it is
 * slow to die after SIGTERM. *ours is 1 when relrec ended it (it may be already). Returns
 * the wait status. */
static int reap(csv_proc *p, rr_work *w, int *ours)
{
	int status = 0;
	double t_term = *ours ? rr_now() : 0;
	for (;;) {
		pid_t r = waitpid(p->pid, &status, WNOHANG);
		if (r == p->pid || (r < 0 && errno != EINTR))
			break;
		if (!*ours && work_stopped(w)) {
			kill(-p->pid, SIGTERM);
			*ours = 1;
			t_term = rr_now();
		} else if (t_term > 0 && rr_now() - t_term > 1.0) {
			kill(-p->pid, SIGKILL);
			t_term = 0;
		}
		nap_ms(5);
	}
	if (*ours)
		kill(-p->pid, SIGKILL); /* whatever the shell left of its group */
	return status;
}

/* The drain thread's tail as one line: lines joined by "; ", control bytes dropped. */
static void tail_line(csv_proc *p, char *buf, size_t size)
{
	pthread_mutex_lock(&p->mu);
	size_t n = p->tail_len, start = n > SHOWN_TAIL ? n - SHOWN_TAIL : 0, o = 0;
	while (n > start && (p->tail[n - 1] == '\n' || p->tail[n - 1] == '\r' || p->tail[n - 1] == ' '))
		n--;
	for (size_t i = start; i < n && o + 3 < size; i++) {
		unsigned char c = (unsigned char)p->tail[i];
		if (c == '\n') {   /* a line break between words: none before the first or twice
				     * (t40 #11: gzip's "\ngzip: ..." gave "status 1: ; gzip") */
			if (o && !(o >= 2 && buf[o - 2] == ';' && buf[o - 1] == ' ')) {
				buf[o++] = ';';
				buf[o++] = ' ';
			}
		} else if (c >= 0x20 || c == '\t') {
			buf[o++] = (char)c;
		}
	}
	buf[o] = '\0';
	pthread_mutex_unlock(&p->mu);
}

int proc_finish(csv_proc *p, const char *cmd, int abandon, rr_work *w)
{
	int ours = 0, status = 0, reaped = 0;
	if (p->pid && abandon) { /* a failure of its own, before we end it, still counts */
		reaped = waitpid(p->pid, &status, WNOHANG) == p->pid;
		if (!reaped) {
			kill(-p->pid, SIGTERM);
			ours = 1;
		}
	}
	if (p->out >= 0)
		close(p->out); /* a command still writing gets SIGPIPE */
	p->out = -1;
	if (p->pid && !reaped)
		status = reap(p, w, &ours);
	/* give the drain thread a moment to read what the command wrote last */
	for (int k = 0; p->draining && k < 40; k++) {
		pthread_mutex_lock(&p->mu);
		int done = p->drained;
		pthread_mutex_unlock(&p->mu);
		if (done)
			break;
		nap_ms(5);
	}
	if (p->draining) {
		pthread_mutex_lock(&p->mu);
		p->quit = 1;
		pthread_mutex_unlock(&p->mu);
		pthread_join(p->drain, NULL);
	}
	if (p->err >= 0)
		close(p->err);
	p->err = -1;
	int rc = 0;
	p->warning[0] = '\0';
	if (p->pid && !ours && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		char tail[SHOWN_TAIL + 64];
		tail_line(p, tail, sizeof tail);
		if (tail[0])   /* a | of the shell's or inside a quoted word: said either way */
			snprintf(p->warning, sizeof p->warning, "command '%.*s%s' exited with status 0 "
				 "but wrote to its standard error: %s%s", SHOWN_CMD, cmd,
				 strlen(cmd) > SHOWN_CMD ? "..." : "", tail, strchr(cmd, '|') ?
				 " (a pipeline's status is its last command's: if an earlier one "
				 "failed, the data may be cut short)" : "");
	} else if (p->pid && !ours) {
		char how[64], tail[SHOWN_TAIL + 64];
		if (WIFEXITED(status))
			snprintf(how, sizeof how, "exited with status %d", WEXITSTATUS(status));
		else
			snprintf(how, sizeof how, "was killed by signal %d", WTERMSIG(status));
		tail_line(p, tail, sizeof tail);
		rc = err_set("command '%.*s%s' %s%s%s", SHOWN_CMD, cmd,
			     strlen(cmd) > SHOWN_CMD ? "..." : "", how, tail[0] ? ": " : "", tail);
	}
	p->pid = 0;
	pthread_mutex_destroy(&p->mu);
	return rc;
}

const char *proc_short_name(const char *path, char *buf, size_t size)
{
	size_t n = strlen(path);
	if (path[0] != '|' || n <= SHOWN_CMD) {
		snprintf(buf, size, "%s", path);
		return buf;
	}
	/* the last word, its quotes off: the file a filter such as awk or sed reads */
	size_t e = n;
	while (e > 1 && (path[e - 1] == ' ' || path[e - 1] == '\t'))
		e--;
	size_t b = e;
	while (b > 1 && path[b - 1] != ' ' && path[b - 1] != '\t')
		b--;
	if (e - b >= 2 && (path[b] == '\'' || path[b] == '"') && path[e - 1] == path[b])
		b++, e--;
	char word[1024], prog[32];
	struct stat sb;
	size_t pn = strcspn(path + 1, " \t");
	snprintf(prog, sizeof prog, "%.*s", (int)(pn < sizeof prog ? pn : sizeof prog - 1), path + 1);
	if (e > b && e - b < sizeof word) {
		memcpy(word, path + b, e - b);
		word[e - b] = '\0';
		if (stat(word, &sb) == 0 && S_ISREG(sb.st_mode)) {
			snprintf(buf, size, "%s via %s", word, prog);
			return buf;
		}
	}
	snprintf(buf, size, "%.*s...", SHOWN_CMD, path);
	return buf;
}
