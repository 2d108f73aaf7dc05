/* frontends.h — the interactive front ends main() chooses between. Each takes an initialised
 * session (data already loaded if a FILE was given), installs its own sink, runs until `quit`
 * or end of input, restores the terminal, and returns the process exit code (0 ok, 1 error). */
#ifndef RELREC_FRONTENDS_H
#define RELREC_FRONTENDS_H

#include "app.h"

int prompt_run(rr_app *app);   /* ui/prompt.c: GNU readline prompt */

/* What the workbench starts with. It runs the first command itself, so that its output and
 * progress show on its own screen (and nothing is left in the shell after it). */
typedef struct rr_start {
	const char *load;     /* the command line loading the data, or NULL */
	const char *looked;   /* without data: where main looked for it, for the status line */
} rr_start;
/* ui/tui.c: the ncurses workbench; 1 also when the start command failed */
int tui_run(rr_app *app, const rr_start *start);

#endif
