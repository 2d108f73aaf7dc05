/* frontends.h — the interactive front ends main() chooses between. Each takes an initialised
 * session (data already loaded if a FILE was given), installs its own sink, runs until `quit`
 * or end of input, restores the terminal, and returns the process exit code (0 ok, 1 error). */
#ifndef RELREC_FRONTENDS_H
#define RELREC_FRONTENDS_H

#include <signal.h>

#include "app.h"

/* The signals whose default action ends relrec and that the front ends catch only to give the
 * terminal back first (and remove an output's temporary file), then die of the same signal:
 * the crashes, and those another program sends (t47 F3: kill -QUIT, timeout -s ALRM, a
 * process manager's USR1 left the workbench's raw mode and alternate screen behind). SIGTERM,
 * SIGHUP and SIGXCPU end the session gracefully instead (main.c); SIGINT stops the work. One
 * ignored when relrec starts stays ignored. */
#ifdef SIGPWR
#define FRONTEND_DEATH_PWR , SIGPWR
#else
#define FRONTEND_DEATH_PWR
#endif
#define FRONTEND_DEATH_SIGNALS SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGQUIT, SIGTRAP, \
	SIGSYS, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF FRONTEND_DEATH_PWR

int prompt_run(rr_app *app);   /* ui/prompt.c: GNU readline prompt */
/* Set by the prompt while a command runs (ui/main.c): the first Ctrl-C then says at once that
 * it was received and the command stops at its next safe point, which a step that cannot be
 * cut short (the recommender's EASE solve) reaches seconds later (t69 F-F: 4.6 s of silence). */
extern volatile sig_atomic_t frontend_busy;

/* What the workbench starts with. It runs the first command itself, so that its output and
 * progress show on its own screen (and nothing is left in the shell after it). */
typedef struct rr_start {
	const char *load;     /* the command line loading the data, or NULL */
	const char *looked;   /* without data: where main looked for it, for the status line */
} rr_start;
/* ui/tui.c: the ncurses workbench. 0 when left normally, whatever became of the start command
 * (a failure or a stop is said on the screen, and the session goes on: relrec(1)'s EXIT
 * STATUS; t75 F5); 1 when the terminal could not be used. */
int tui_run(rr_app *app, const rr_start *start);

#endif
