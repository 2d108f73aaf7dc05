/* main.c — relrec's entry point: process setup, options, the choice of front end, exit codes.
 * 0 ok, 1 a command failed (or output could not be written), 2 usage error, 128 + N when
 * signal N (SIGTERM, SIGHUP, SIGXCPU; SIGINT in replay) ended the session. Only main() exits. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "cmd.h"
#include "afile.h"
#include "blaspin.h"
#include "err.h"
#include "frontends.h"
#include "gen.h"
#include "ingest.h"
#include "sink_file.h"
#include "textesc.h"
#include "util.h"

/* The version has one home, debian/changelog; the Makefile reads it and passes it in. */
#ifndef RELREC_VERSION
#error "RELREC_VERSION comes from the Makefile (the first line of debian/changelog)"
#endif
#ifndef RELREC_DATADIR
#define RELREC_DATADIR "/usr/local/share/relrec"
#endif
#define BUNDLED_INSTALLED RELREC_DATADIR "/online_retail.csv.gz"

static rr_app app;

/* The option that --complete-words is: hidden (not in --help, not offered by completion). */
enum { OPT_COMPLETE_WORDS = 0x100, OPT_LOAD = 0x200 };

/* The front end's own options. The load options come after them from the `load` command's
 * declaration (src/commands.c), so the command line and the command cannot disagree; of
 * those only --map has a short form. */
static const struct option own_opts[] = {
	{"prompt", no_argument, NULL, 'p'},     {"replay", required_argument, NULL, 'r'},
	{"keep-going", no_argument, NULL, 'k'}, {"quiet", no_argument, NULL, 'q'},
	{"journal", required_argument, NULL, 'j'},
	{"help", no_argument, NULL, 'h'},       {"version", no_argument, NULL, 'V'},
	{"complete-words", required_argument, NULL, OPT_COMPLETE_WORDS},
};
static const struct { const char *name; char c; } load_shorts[] = {{"--map", 'm'}};
#define MAX_OPTS 32
static struct option opts[MAX_OPTS];   /* getopt_long's table: own_opts, then load's */
static const rr_argspec *load_opts;    /* the load command's options */

/* One table for getopt_long, --help and --complete-words: ours, then load's. */
static void build_opts(void)
{
	size_t n = 0;
	for (size_t i = 0; i < sizeof own_opts / sizeof *own_opts; i++)
		opts[n++] = own_opts[i];
	load_opts = cmd_find("load")->opts;
	for (int i = 0; load_opts[i].name && n + 1 < MAX_OPTS; i++, n++) {
		opts[n].name = load_opts[i].name + 2;
		opts[n].has_arg = load_opts[i].kind == RR_A_FLAG ? no_argument : required_argument;
		opts[n].flag = NULL;
		opts[n].val = OPT_LOAD + i;
		for (size_t k = 0; k < sizeof load_shorts / sizeof *load_shorts; k++)
			if (strcmp(load_shorts[k].name, load_opts[i].name) == 0)
				opts[n].val = load_shorts[k].c;
	}
	opts[n] = (struct option){NULL, 0, NULL, 0};
}

/* The load option an opts entry stands for, or NULL. */
static const rr_argspec *load_opt_of(const struct option *o)
{
	for (int i = 0; load_opts[i].name; i++)
		if (strcmp(load_opts[i].name + 2, o->name) == 0)
			return &load_opts[i];
	return NULL;
}

/* getopt's short options, "pr:kqj:...", read off opts so the two cannot disagree. */
static const char *short_opts(void)
{
	static char buf[2 * MAX_OPTS + 1];
	char *p = buf;
	for (const struct option *o = opts; o->name; o++) {
		if (o->val > 0xff)
			continue;
		*p++ = (char)o->val;
		if (o->has_arg == required_argument)
			*p++ = ':';
	}
	*p = '\0';
	return buf;
}

/* "  -m, --map NAME=COL,...  HELP" for each load option, from its declaration. */
static void usage_load_opts(FILE *f)
{
	char meta[128], left[160];
	for (const struct option *o = opts; o->name; o++) {
		const rr_argspec *s = load_opt_of(o);
		if (!s)
			continue;
		snprintf(left, sizeof left, "%s%c%s --%s%s%s", o->val <= 0xff ? "-" : " ",
			 o->val <= 0xff ? (char)o->val : ' ', o->val <= 0xff ? "," : " ", o->name,
			 s->kind == RR_A_FLAG ? "" : " ",
			 s->kind == RR_A_FLAG ? "" : arg_value_text(s, meta, sizeof meta));
		fprintf(f, "  %-24s load FILE: %s\n", left, s->help);
	}
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: relrec [FILE]                      the workbench (default data: the bundled Online Retail)\n"
		"       relrec --prompt [FILE]             a readline prompt\n"
		"       relrec --replay SCRIPT [FILE]      run commands from SCRIPT (- for stdin)\n"
		"       relrec gen ROWS [--seed S]         write a synthetic transaction CSV to stdout\n"
		"FILE is loaded as the load command would (- reads standard input); it is a file's name, never a command.\n"
		"options:\n"
		"  -p, --prompt             use the readline prompt instead of the workbench\n"
		"  -r, --replay SCRIPT      run a script headless; stops at the first error\n"
		"  -k, --keep-going         with --replay: report errors and go on\n"
		"  -q, --quiet              with --replay: do not echo commands\n"
		"  -j, --journal FILE       append every command that succeeds to FILE (a replayable script)\n");
	usage_load_opts(f);
	fprintf(f,
		"  -h, --help               this help\n"
		"  -V, --version            print the version and the BLAS kernels\n"
		"Inside, 'help' lists the commands. See relrec(1).\n");
}

static volatile sig_atomic_t replaying;   /* signals end the session (signals_install) */

/* SIGINT stops the running work (the prompt also drops the line being typed). SIGTERM and
 * SIGHUP, and in replay SIGINT too, end the session: the work stops at its next safe point
 * (an export's temporary file removed), the script or the prompt after it, and main flushes
 * what was written before it exits 128 + the signal (t21: a closed terminal left the prompt's
 * export behind as PATH.XXXXXX.tmp). A second signal while work is stopping leaves at once,
 * and takes the temporary files with it; but not a second Ctrl-C at the prompt (t40 #2). */
static volatile sig_atomic_t stdout_nonblock;   /* stdout_give_up made it non-blocking */

/* A session that a signal ends must not stay blocked writing to a pipe whose reader stalled
 * (t30 F1: one SIGTERM left relrec in write until the reader left, then exit 1). The handler
 * interrupts that write (no SA_RESTART), but stdio writes the rest of its buffer, and the
 * lines after it, with new writes that block again. Standard output that is a pipe, FIFO or
 * socket is made non-blocking here: what the reader cannot take now fails at once (EAGAIN)
 * and is lost with the session. A file or a terminal never waits on a reader, and the
 * terminal's open file is the shell's as well. Async-signal-safe: fstat and fcntl.
 * stdout_restore puts the flag back, as the descriptor may be shared. */
static void stdout_give_up(void)
{
	struct stat st;
	int fl;
	if (stdout_nonblock || fstat(STDOUT_FILENO, &st) != 0 ||
	    !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) ||
	    (fl = fcntl(STDOUT_FILENO, F_GETFL)) == -1 || (fl & O_NONBLOCK))
		return;
	if (fcntl(STDOUT_FILENO, F_SETFL, fl | O_NONBLOCK) == 0)
		stdout_nonblock = 1;
}

static void stdout_restore(void)
{
	int fl;
	if (stdout_nonblock && (fl = fcntl(STDOUT_FILENO, F_GETFL)) != -1)
		fcntl(STDOUT_FILENO, F_SETFL, fl & ~O_NONBLOCK);
	stdout_nonblock = 0;
}

/* A second Ctrl-C at the prompt while work is stopping: the session stays, as the
 * workbench's does, and says why nothing happened yet (t40 #2: it left at once with 130, an
 * unsaved run gone without the question quit asks, while an item-item inverse or one huge
 * batch ran on for seconds). SIGTERM and SIGHUP still leave at once. */
static void on_second_sigint(void)
{
	static const char msg[] = "\nrelrec: still stopping: the step under way cannot be cut "
				  "short; the session stays (quit leaves)\n";
	ssize_t r = write(STDERR_FILENO, msg, sizeof msg - 1);
	(void)r; /* nothing to do about a terminal gone */
}

volatile sig_atomic_t frontend_busy;

/* The first Ctrl-C at the prompt while a command runs: received, said at once. */
static void on_first_sigint(void)
{
	static const char msg[] = "\nrelrec: Ctrl-C: stopping the command at its next safe point\n";
	ssize_t r = write(STDERR_FILENO, msg, sizeof msg - 1);
	(void)r; /* nothing to do about a terminal gone */
}

static void on_signal(int sig)
{
	if (app.stop && sig == SIGINT && !replaying && !app.interrupt) {
		on_second_sigint();
		return;
	}
	if (!app.stop && sig == SIGINT && !replaying && frontend_busy)
		on_first_sigint();
	if (app.stop) {
		afile_unlink_temps();
		stdout_restore();
		_exit(128 + sig);
	}
	app.stop = 1;
	if (replaying || sig != SIGINT) {
		app.interrupt = sig;
		stdout_give_up();
	}
}

/* Standard output (or error) is a pipe whose reader left (relrec --replay job.rr | head): end
 * the session, as an error. SIGPIPE's default killed it silently (exit 141) at whichever
 * command's output first overflowed the pipe, and the exports after it never ran; ignored,
 * the session would run on with its output lost. Here the write fails with EPIPE, the work
 * stops at its next safe point, the script (or the prompt) stops after it, and main reports
 * the write error and exits 1. Every write raises it again: nothing more is done here. */
static void on_pipe(int sig)
{
	app.stop = 1;
	if (!app.interrupt)   /* a signal that ended the session stays its cause (t30 F1) */
		app.interrupt = sig;
}

/* A write to standard output failed otherwise (a full disk, ulimit -f's EFBIG, EIO): the
 * same end as a closed pipe's (on_pipe), the errno kept for the script's message. t47 F6:
 * the replay ran on to its end, every later command's output lost and its exports made,
 * and the error was said once at exit, with no line. A session a signal is ending already
 * (its writes given up by stdout_give_up, EAGAIN) keeps that signal as its cause. */
static void on_stdout_fail(int err)
{
	if (app.interrupt)
		return;
	app.out_errno = err == EPIPE ? 0 : err;
	app.stop = 1;
	app.interrupt = SIGPIPE;
}

/* replay = 1: SIGINT ends the session too; else it is a stop (the workbench installs its own
 * handlers while it runs). */
static void signals_install(int replay)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	replaying = replay;
	sigaction(SIGINT, &sa, NULL);
	/* a handler, not SIG_IGN: a program run by load "|cmd" gets SIGPIPE's default back */
	sa.sa_handler = on_pipe;
	sigaction(SIGPIPE, &sa, NULL);
	sink_file_on_fail(on_stdout_fail);   /* the other failed writes, ended alike */
	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	/* a soft CPU limit's warning: end as SIGTERM does, the output kept (t18: its default
	 * ended the replay at once, what it had printed to a file lost) */
	sigaction(SIGXCPU, &sa, NULL);
}

/* The main thread's stack: a load's deepest path (the header sniff under csv_parse) takes
 * about 50 KB, and under `ulimit -s 48` it ended in a segmentation fault. Raise the soft limit
 * towards the 8 MiB everything is tested with, as far as the hard limit lets; below 256 KB
 * (five times that path) say so now rather than fail at some later command. Linux grows the
 * main stack against the limit of the moment, so the raise holds without a new start.
 * (relrec's own threads are sized apart: RR_THREAD_STACK.) 0, or -1 with msg. */
static int stack_reserve(char *msg, size_t size)
{
	enum { NEED = 256 << 10 };
	struct rlimit rl;
	if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
	    rl.rlim_cur >= RR_THREAD_STACK)
		return 0;
	rlim_t want = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > RR_THREAD_STACK
			      ? RR_THREAD_STACK : rl.rlim_max;
	if (want > rl.rlim_cur) {
		rl.rlim_cur = want;
		setrlimit(RLIMIT_STACK, &rl);
		getrlimit(RLIMIT_STACK, &rl);
	}
	if (rl.rlim_cur >= NEED)
		return 0;
	snprintf(msg, size, "the stack limit is %lu KB (ulimit -s) and relrec needs %d KB: raise it, "
		 "e.g. ulimit -s 8192", (unsigned long)(rl.rlim_cur >> 10), NEED >> 10);
	return -1;
}

/* Descriptors 0, 1 and 2 must be open before relrec opens anything: a file it opens (the
 * journal, a model's temporary file) would otherwise become standard output or error, and
 * receive what is printed. The missing ones get /dev/null. Returns a bit per descriptor that
 * was closed (1 = stdin), or -1 when even that fails. */
static int std_fds_open(void)
{
	int closed = 0;
	for (int fd = 0; fd < 3; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		closed |= 1 << fd;
		int nfd = open("/dev/null", O_RDWR);   /* the lowest free descriptor: fd */
		if (nfd != fd) {
			if (nfd >= 0)
				close(nfd);
			return -1;
		}
	}
	return closed;
}

/* Standard output's last bytes, and any write that failed before them (a full disk,
 * /dev/full): reported, not lost with exit 0. closing = 1 also closes it, for close's own
 * errors; the workbench leaves it to curses. known: the errno of a write that failed
 * already, when the caller has it (0: none). 0, or 1 after a message. */
static int stdout_finish(int closing, int known)
{
	int bad = ferror(stdout);
	errno = 0;
	if (fflush(stdout) != 0)
		bad = 1;
	int e = known ? known : app.out_errno ? app.out_errno : errno ? errno : sink_file_errno();
	stdout_restore();   /* before the close: the pipe may be another's too */
	if (closing && fclose(stdout) != 0 && !bad) {
		bad = 1;
		e = errno;
	}
	if (!e && app.interrupt == SIGPIPE)
		e = EPIPE;   /* stdio dropped what it held, and its errno with it */
	/* a session a signal ended: the writes it gave up (stdout_give_up), or those that failed
	 * on a terminal that closed (SIGHUP, then EIO), are not the cause, which the exit status
	 * and the script's "interrupted by" say (t30 F1, F4: "a write failed" and exit 1) */
	if (bad && app.interrupt > 0 && app.interrupt != SIGPIPE)
		return 1;
	if (bad && !app.out_said)
		fprintf(stderr, "relrec: cannot write standard output: %s\n",
			e ? strerror(e) : "a write failed");
	return bad;
}

/* The journal's last bytes, checked like standard output's. 0, or 1 after a message. */
static int journal_finish(void)
{
	if (!app.journal)
		return 0;
	int bad = ferror(app.journal);
	errno = 0;
	if (fclose(app.journal) != 0)
		bad = 1;
	app.journal = NULL;
	if (bad) {
		char msg[1100];
		snprintf(msg, sizeof msg, "cannot write the journal '%s': %s", app.journal_path,
			 errno ? strerror(errno) : "a write failed");
		sink_file_report(msg);
	}
	return bad;
}

/* The bundled dataset: $RELREC_DATA, ./data/..., or the installed copy. When none is there,
 * NULL, and looked[size] says where it looked (a newcomer who started relrec elsewhere
 * learns where to put it or what to set). */
static const char *default_data(char *looked, size_t size)
{
	static const char *const cands[] = {RR_BUNDLED_DATA, BUNDLED_INSTALLED};
	const char *env = getenv("RELREC_DATA");
	if (env && *env)
		return env;
	for (size_t i = 0; i < sizeof cands / sizeof *cands; i++)
		if (access(cands[i], R_OK) == 0)
			return cands[i];
	char cwd[256];
	if (!getcwd(cwd, sizeof cwd))
		snprintf(cwd, sizeof cwd, ".");
	snprintf(looked, size, "$RELREC_DATA is not set, no %s in %s, no %s", cands[0], cwd, cands[1]);
	return NULL;
}

/* The load options given on the command line, in order. */
typedef struct load_opt {
	const rr_argspec *spec;
	const char *value;        /* NULL for a flag */
} load_opt;

/* The command line `load "PATH" --opt "VALUE" ...`; caller frees. */
static char *load_line(const char *path, const load_opt *lo, int n)
{
	size_t len = RR_DQ_GROWTH * strlen(path) + 16;
	for (int i = 0; i < n; i++)
		len += strlen(lo[i].spec->name) +
		       (lo[i].value ? RR_DQ_GROWTH * strlen(lo[i].value) + 4 : 0) + 2;
	char *line = malloc(len), *p;
	if (!line)
		return NULL;
	p = rr_dq_word(line + sprintf(line, "load "), path);
	for (int i = 0; i < n; i++) {
		p += sprintf(p, " %s", lo[i].spec->name);
		if (lo[i].value)
			p = rr_dq_word(p + sprintf(p, " "), lo[i].value);
	}
	return line;
}

/* relrec --complete-words WHAT: the words the bash completion offers, one a line.
 * options: every visible long option; argoptions: the long and short forms of those that
 * take an argument; map: the logical column names of --map; --OPTION: the values a load
 * option suggests (its declaration's choices). Returns the exit code. */
static int complete_words(const char *what)
{
	if (strcmp(what, "map") == 0) {
		for (int c = 0; c < RR_COL_N; c++)
			printf("%s\n", ingest_col_name((enum rr_col)c));
		return 0;
	}
	for (const struct option *o = opts; what[0] == '-' && o->name; o++) {
		const rr_argspec *s = load_opt_of(o);
		if (s && strcmp(s->name, what) == 0) {
			for (const char *const *c = s->choices; c && *c; c++)
				printf("%s\n", *c);
			return 0;
		}
	}
	int args = strcmp(what, "argoptions") == 0;
	if (!args && strcmp(what, "options") != 0) {
		fprintf(stderr, "relrec: --complete-words: '%s' is not options, argoptions, map or a "
			"load option\n", what);
		return 2;
	}
	for (const struct option *o = opts; o->name; o++) {
		if (o->val == OPT_COMPLETE_WORDS || (args && o->has_arg == no_argument))
			continue;
		printf("--%s\n", o->name);
		if (args && o->val <= 0xff)
			printf("-%c\n", o->val);
	}
	return 0;
}

/* The declaration of the argument or option name in list (ends with a NULL name). */
static const rr_argspec *spec_named(const rr_argspec *list, const char *name)
{
	for (; list && list->name; list++)
		if (strcmp(list->name, name) == 0)
			return list;
	abort(); /* the gen command's table no longer declares it: a bug, caught by the tests */
}

/* What is wrong with relrec gen's arguments (argc != 3, no seed found), for its usage line:
 * ": --seed needs a number S", ": --seed given twice", ": unexpected 'X'", or "". */
static void gen_usage_why(int argc, char **argv, char *why, size_t size)
{
	why[0] = '\0';
	if (argc < 4)
		return;
	int seed3 = strcmp(argv[3], "--seed") == 0, seed3eq = strncmp(argv[3], "--seed=", 7) == 0;
	int next = seed3 ? 5 : seed3eq ? 4 : 3;   /* the first word past a whole --seed */
	if (seed3 && argc == 4)
		snprintf(why, size, ": --seed needs a number S");
	else if (next < argc && strncmp(argv[next], "--seed", 6) == 0)
		snprintf(why, size, ": --seed given twice");
	else if (next < argc) {
		char *shown = textesc_dup(argv[next], TEXTESC_INVISIBLE);   /* a terminal's */
		snprintf(why, size, ": unexpected '%.60s'", shown ? shown : "?");
		free(shown);
	}
}

/* relrec gen ROWS [--seed S]: the numbers checked by the range of the `gen` command's own
 * declaration (commands.c) and the seed's (settings_parse_seed), so the two forms accept the
 * same values. Standard output is its
 * one product: closed at start (closed's bit 1, now /dev/null) it is an error, as for any
 * writer, not rows written to /dev/null and exit 0 (t21). */
static int gen_main(int argc, char **argv, int closed)
{
	const rr_cmd *g = cmd_find("gen");
	const rr_argspec *rows_spec = spec_named(g ? g->args : NULL, "ROWS");
	long rows;
	uint64_t seed = 1;
	const char *s = argc == 5 && strcmp(argv[3], "--seed") == 0 ? argv[4]
			: argc == 4 && strncmp(argv[3], "--seed=", 7) == 0 ? argv[3] + 7 : NULL;
	if (argc < 3 || (argc != 3 && !s)) {   /* --seed S and --seed=S, as the command takes */
		char why[200];
		gen_usage_why(argc, argv, why, sizeof why);
		fprintf(stderr, "usage: relrec gen ROWS [--seed S]%s\n", why);
		return 2;
	}
	if (rr_parse_long(rows_spec->name, argv[2], (long)rows_spec->lo, (long)rows_spec->hi,
			  &rows) != 0 ||
	    (s && settings_parse_seed("S", s, &seed) != 0)) {
		char msg[1100];
		snprintf(msg, sizeof msg, "gen: %s (usage: relrec gen ROWS [--seed S])", err_msg());
		sink_file_report(msg);
		return 2;
	}
	if (closed & 2) {
		sink_file_report("gen: standard output is closed: nowhere to write the rows "
				 "(relrec gen ROWS > FILE)");
		return 2;
	}
	/* a reader that left (relrec gen N | head) is a write error, as in every other mode, not
	 * death by SIGPIPE (t30 F8: exit 141 with no word) */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_pipe;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGPIPE, &sa, NULL);
	errno = 0;
	if (gen_write(stdout, (size_t)rows, seed, NULL) != 0) {
		/* a write error is said once, as standard output's (t30 F8: "write error: ..."
		 * and then "cannot write standard output: a write failed") */
		int e = errno;
		if (!ferror(stdout))
			sink_file_report(err_msg());
		stdout_finish(1, ferror(stdout) ? e : 0);
		return 1;
	}
	return stdout_finish(1, 0);
}

/* The options; returns -1 to go on, else the exit code (--help, --version, a usage error). */
typedef struct options {
	const char *script, *journal, *file;
	int prompt, keep_going, quiet;
	load_opt lo[MAX_OPTS];   /* load options, passed on to `load FILE` */
	int n_lo;
} options;

/* getopt's complaint, which it would print with the word as it is (opterr = 0): word is the
 * argument getopt stopped at. One line, with where the options are listed: the whole usage
 * after it pushed it off an 80x24 screen (t69 F-G: relrec --tui, an analyst's guess at the
 * workbench, which is the default). */
static void option_error(const char *word, const char *shorts)
{
	char msg[700];
	int n = (int)strcspn(word, "=");
	if (optopt && optopt < 0x100 && strchr(shorts, optopt) && strncmp(word, "--", 2) == 0)
		snprintf(msg, sizeof msg, "option '%.*s' needs a value", n > 500 ? 500 : n, word);
	else if (optopt && optopt < 0x100 && strchr(shorts, optopt))
		snprintf(msg, sizeof msg, "option '-%c' needs a value", optopt);
	else if (optopt && optopt < 0x100)
		snprintf(msg, sizeof msg, "unknown option '-%c'", optopt);
	else
		snprintf(msg, sizeof msg, "unknown option '%.*s'", n > 500 ? 500 : n, word);
	size_t k = strlen(msg);
	snprintf(msg + k, sizeof msg - k, " (relrec --help lists the options%s)",
		 strstr(msg, "needs a value") ? "" : "; the workbench is the default: relrec FILE");
	sink_file_report(msg);
}

/* Is word one of the options as getopt_long reads them: --NAME, a prefix of it or --NAME=X,
 * -C, or -- (their end)? */
static int option_word(const char *word)
{
	if (word[0] != '-')
		return 0;
	if (strcmp(word, "--") == 0)   /* the end of the options, which it would swallow */
		return 1;
	/* getopt_long takes any prefix of a long option (--rep is --replay), and --map=X too
	 * (t29: -j --rep job.rr still made a journal named --rep) */
	size_t n = word[1] == '-' ? strcspn(word + 2, "=") : 0;
	for (const struct option *o = opts; o->name; o++)
		if ((n && strncmp(word + 2, o->name, n) == 0) ||
		    (o->val <= 0xff && word[1] == o->val && !word[2]))
			return 1;
	return 0;
}

/* An option k whose value, the next word, is one of the options: its own value forgotten,
 * it would swallow the next one (t26: relrec -j --replay job.rr made a journal named
 * --replay and loaded the script as data). A value written onto it (--journal=--x, -j--x)
 * is meant. given: the word k was given in. 1 after a message, else 0. */
static int value_is_option(const struct option *k, const char *given, const char *value)
{
	char meta[128], name[64], msg[1200];
	const rr_argspec *ls = load_opt_of(k);
	int file = k->val == 'r' || k->val == 'j';
	if (!option_word(value))
		return 0;
	if (strncmp(given, "--", 2) == 0 || k->val > 0xff)   /* as it was written: -j or --journal */
		snprintf(name, sizeof name, "--%s", k->name);
	else
		snprintf(name, sizeof name, "-%c", k->val);
	snprintf(msg, sizeof msg, "%s needs %s%s%s, not the option '%s'%s%s%s", name,
		 k->val == 'r' ? "a script's file name (- for standard input)" : k->val == 'j'
		 ? "a file name" : "its value", ls ? " " : "",
		 ls ? arg_value_text(ls, meta, sizeof meta) : "", value,
		 file ? " (write ./" : "", file ? value : "", file ? " for a file of that name)" : "");
	sink_file_report(msg);
	return 1;
}

static int options_parse(int argc, char **argv, options *o)
{
	memset(o, 0, sizeof *o);
	build_opts();
	const char *shorts = short_opts();
	int c, idx;
	opterr = 0; /* getopt would print the bad option as it is: we escape it */
	while ((c = getopt_long(argc, argv, shorts, opts, &idx)) != -1) {
		const struct option *k = NULL;
		for (const struct option *e = opts; e->name && !k; e++)
			k = e->val == c ? e : NULL;
		if (k && k->has_arg == required_argument && optind >= 2 &&
		    optarg == argv[optind - 1] && value_is_option(k, argv[optind - 2], optarg))
			return 2;
		const rr_argspec *ls = k ? load_opt_of(k) : NULL;
		if (ls) {   /* a load option: passed on to `load FILE` as it was given */
			o->lo[o->n_lo].spec = ls;
			o->lo[o->n_lo++].value = ls->kind == RR_A_FLAG ? NULL : optarg;
			continue;
		}
		switch (c) {
		case 'p': o->prompt = 1; break;
		case 'r': o->script = optarg; break;
		case 'k': o->keep_going = 1; break;
		case 'q': o->quiet = 1; break;
		case 'j': o->journal = optarg; break;
		case 'h': usage(stdout); return stdout_finish(1, 0);
		case 'V':
			printf("relrec %s\nOpenBLAS kernels: %s\n", RELREC_VERSION, blas_kernels());
			return stdout_finish(1, 0);
		case OPT_COMPLETE_WORDS: {
			int r = complete_words(optarg);
			return stdout_finish(1, 0) && r == 0 ? 1 : r;
		}
		default:
			option_error(argv[optind - 1], shorts);
			return 2;
		}
	}
	if (argc - optind > 1) {
		fprintf(stderr, "relrec: too many arguments\n");
		usage(stderr);
		return 2;
	}
	if (o->prompt && o->script) {
		fprintf(stderr, "relrec: --prompt and --replay exclude each other\n");
		return 2;
	}
	o->file = optind < argc ? argv[optind] : NULL;
	return -1;
}

/* The FILE operand is a file's name, always (SYNOPSIS): load reads "|COMMAND" as a command
 * when no file has that name, but a name on the command line comes from a shell's glob, find
 * -exec or Tab completion, and was a file there (t43 #1: `for f in *; do relrec "$f"; done`
 * ran a received file's name "|touch PWNED; cat x.csv"). Such a name is loaded as "./|name",
 * the spelling Tab completion writes (and the journal keeps it a file); with no such file it
 * is refused, nothing run. $RELREC_DATA likewise (t47 F0: RELREC_DATA='|cmd' ran cmd at every
 * start, and the journal kept it). whose: "relrec's FILE" or "$RELREC_DATA", for the message.
 * The path to load (*own: its copy to free), or NULL after a message. */
static const char *operand_as_file(const char *file, char **own, const char *whose)
{
	struct stat st;
	*own = NULL;
	/* a name like an option (given after --: "--strict") is a file too; load would read it as
	 * its option (t45 N8); "-" alone stays standard input */
	int optlike = file[0] == '-' && file[1];
	if (file[0] != '|' && !optlike)
		return file;
	if (!optlike && lstat(file, &st) != 0) {
		char msg[1200];
		snprintf(msg, sizeof msg, "no file '%.900s' here: %s is a file's name, never "
			 "a command (to load what a command writes: load \"|COMMAND\" at the prompt "
			 "or in a --replay script)", file, whose);
		sink_file_report(msg);
		return NULL;
	}
	if (!(*own = malloc(strlen(file) + 3))) {
		sink_file_report("out of memory");
		return NULL;
	}
	sprintf(*own, "./%s", file);
	return *own;
}

/* --journal FILE (cmd_journal_open): 0, or the exit code after a message. */
static int journal_open(const char *path, const char *data)
{
	if (cmd_journal_open(&app, path, data) == 0)
		return 0;
	char msg[1100];
	snprintf(msg, sizeof msg, "journal: %s", err_msg());
	sink_file_report(msg);
	return 2;
}

/* Standard output and error that go to regular files (relrec --replay job.rr > log.txt) are
 * kept off save, export and gen as the journal is: an output renamed over log.txt would leave
 * everything printed after it, errors included, in the unlinked file, and exit 0 (t21). */
static void std_files_protect(void)
{
	static const char *const name[3] = {NULL, "this session's standard output",
					    "this session's standard error"};
	for (int fd = 1; fd <= 2; fd++) {
		struct stat st;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
			afile_protect(fd, name[fd]);
	}
}

/* --replay SCRIPT (or standard input for "-"), opened and checked once the journal is open
 * and before anything runs: a script that is the journal by any name (-r s.rr -j ./s.rr FILE)
 * would otherwise have the load journaled into it before cmd_run_script refused it. The
 * stream, or NULL after a message (exit status 2, as for the journal's own refusals). */
static FILE *script_open(const char *script)
{
	int from_stdin = strcmp(script, "-") == 0;
	FILE *f = from_stdin ? stdin : afile_fopen_read(script);
	if (f && cmd_script_check(&app, f, from_stdin ? "<stdin>" : script) != 0) {
		if (!from_stdin)
			fclose(f);
		f = NULL;
	}
	if (!f)
		sink_file_report(err_msg());
	return f;
}

/* Run the script f that script_open opened (and close it): the exit code. */
static int replay_run(const options *o, FILE *f)
{
	int from_stdin = f == stdin;
	const char *name = from_stdin ? "<stdin>" : o->script;
	app.stdin_script = from_stdin;
	int rc = 0;
	if (cmd_run_script(&app, f, name, !o->quiet, o->keep_going) != 0) {
		fflush(stdout);
		if (!o->keep_going) /* with it, every error was reported as it happened */
			sink_file_report(err_msg());
		rc = 1;
	}
	if (!from_stdin)
		fclose(f);
	return rc;
}

/* What the process needs before anything else: BLAS's kernels pinned, its memory and the
 * stack reserved, SIGXFSZ ignored, the standard descriptors open (*closed: those that were
 * not, bit 0 for stdin), the locale. 0, or the exit status after a message. */
static int process_start(char **argv, int *closed)
{
	blas_pin_kernels(argv);   /* first: it may run this program again */
	char blas_msg[256];
	if (blas_reserve(blas_msg, sizeof blas_msg) != 0) {   /* before data takes the room */
		fprintf(stderr, "relrec: %s\n", blas_msg);
		return 1;
	}
	if (stack_reserve(blas_msg, sizeof blas_msg) != 0) {
		fprintf(stderr, "relrec: %s\n", blas_msg);
		return 1;
	}
	/* past a file size limit (ulimit -f) a write fails with EFBIG, which every writer reports
	 * ("File too large") and afile cleans up after, as for a full disk; SIGXFSZ's default
	 * would end the session at once, its temporary file left behind, its output lost */
	signal(SIGXFSZ, SIG_IGN);
	*closed = std_fds_open();
	if (*closed < 0)
		return 2; /* no /dev/null: nowhere safe to send anything, not even a message */
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C"); /* numbers in files and output always use a decimal point */
	return 0;
}

/* Which front end runs (*interactive, *workbench) and what o's script is (standard input when
 * commands are piped in), from the options and the standard descriptors (closed: those that
 * were not open at start, bit 0 for stdin). -1, or the exit status after a message. */
static int mode_choose(options *o, int closed, int *interactive, int *workbench)
{
	const char *file = o->file;
	/* fd 0 was closed at start and is /dev/null now: reading commands from it would be an
	 * empty script that "succeeds", so say so instead */
	if ((closed & 1) && (o->prompt || !o->script || strcmp(o->script, "-") == 0)) {
		sink_file_report("standard input is closed: no commands to read (give --replay "
				 "SCRIPT, or commands on standard input)");
		return 2;
	}
	/* an explicit --prompt wins over a piped stdout (relrec --prompt | tee log): it needs
	 * only a terminal to read from */
	if (o->prompt && !isatty(STDIN_FILENO)) {
		fprintf(stderr, "relrec: --prompt needs a terminal on standard input "
				"(to run commands from a pipe or file: relrec --replay -)\n");
		return 2;
	}
	*interactive = !o->script && isatty(STDIN_FILENO) && (o->prompt || isatty(STDOUT_FILENO));
	*workbench = *interactive && !o->prompt;
	/* typed commands are a script when stdout is no terminal (relrec FILE > out.txt, as a log
	 * is kept): said where the person typing sees it, or the terminal stays blank with no
	 * prompt and the session looks hung (t69 F-D) */
	if (!o->script && !*interactive && isatty(STDIN_FILENO) && isatty(STDERR_FILENO))
		fprintf(stderr, "relrec: standard output is not a terminal: commands typed here are "
				"read as a script, one a line, their output written there (quit or "
				"Ctrl-D ends it); for the prompt with its output there too: relrec "
				"--prompt%s%s > FILE\n", o->file ? " " : "", o->file ? o->file : "");
	if (!o->script && !*interactive)
		o->script = "-"; /* piped input is a script */
	/* relrec --replay - - (or -r /dev/stdin -, t32; or data piped in with no --replay):
	 * refused before anything is read, as load - is in such a script (t30 F10: the data's
	 * loader took the script as a CSV and refused its "header") */
	if (o->script && cmd_reads_stdin(o->script) && file && cmd_load_stdin_check(file, 1) != 0) {
		sink_file_report(err_msg());
		return 2;
	}
	if (o->n_lo && !file && !*interactive) {
		fprintf(stderr, "relrec: %s needs a FILE to load\n", o->lo[0].spec->name);
		return 2;
	}
	return -1;
}

int main(int argc, char **argv)
{
	int closed = 0, rc = process_start(argv, &closed);
	if (rc != 0)
		return rc;
	if (argc >= 2 && strcmp(argv[1], "gen") == 0)
		return gen_main(argc, argv, closed);

	options o;
	rc = options_parse(argc, argv, &o);
	int interactive, workbench;
	if (rc >= 0 || (rc = mode_choose(&o, closed, &interactive, &workbench)) >= 0)
		return rc;
	rc = 0;
	const char *file = o.file;
	char *as_file = NULL;
	if (file && (file = operand_as_file(file, &as_file, "relrec's FILE")) == NULL)
		return 2;
	if (app_init(&app) != 0) {
		sink_file_report(err_msg());
		free(as_file);
		return 1;
	}
	sink_file_init(&app.sink, stdout);   /* replay's; the prompt and the workbench wrap or replace it */
	app.bundled = BUNDLED_INSTALLED;
	signals_install(o.script != NULL);
	if (o.journal && (rc = journal_open(o.journal, o.file)) != 0) {
		free(as_file);
		app_free(&app);
		return rc;
	}
	std_files_protect();
	FILE *script = o.script ? script_open(o.script) : NULL;
	if (o.script && !script) {
		free(as_file);
		journal_finish();
		app_free(&app);
		return 2;
	}
	char looked[768] = "";
	if (!file && interactive) {
		const char *env = getenv("RELREC_DATA");
		file = default_data(looked, sizeof looked);
		if (file && file == env && !(file = operand_as_file(file, &as_file, "$RELREC_DATA"))) {
			if (script)
				fclose(script);
			journal_finish();
			app_free(&app);
			return 2;
		}
	}
	char *first = NULL;   /* the workbench runs the load itself, on its own screen */
	if (file && workbench) {
		if (!(first = load_line(file, o.lo, o.n_lo)))
			rc = 1;
	} else if (file) {
		char *line = load_line(file, o.lo, o.n_lo);
		if (!line || cmd_exec(&app, line) != 0) {
			sink_file_report(line ? err_msg() : "out of memory");
			rc = 1;
		}
		free(line);
	}
	if (rc && (!interactive || workbench)) {
		if (workbench)
			sink_file_report("out of memory");
	} else if (o.script) {
		app.argv_data = file;   /* a load of the script that replaces it says so */
		rc = replay_run(&o, script) || rc;
		app.argv_data = NULL;
		script = NULL;
	} else if (o.prompt) {
		char msg[1024];
		snprintf(msg, sizeof msg, "no data loaded: %s ('load FILE' loads one)", looked);
		if (!file)
			sink_file_report(msg);
		/* a FILE it could not load was said, and the session went on: as the workbench,
		 * leaving normally is success (t15: quit exited 1 after a later load worked) */
		rc = prompt_run(&app);
	} else {
		rr_start start = {first, looked};
		rc = tui_run(&app, &start) || rc;
	}
	free(first);
	free(as_file);
	if (script && script != stdin)   /* the load failed: the script never ran */
		fclose(script);
	rc = stdout_finish(o.script != NULL, 0) && rc == 0 ? 1 : rc;
	rc = journal_finish() && rc == 0 ? 1 : rc;
	int sig = app.interrupt;
	app_free(&app);
	return sig > 0 && sig != SIGPIPE ? 128 + sig : rc;
}
