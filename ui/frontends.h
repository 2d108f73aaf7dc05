/* frontends.h — the interactive front ends main() chooses between. Each takes an initialised
 * session (data already loaded if a FILE was given), installs its own sink, runs until `quit`
 * or end of input, restores the terminal, and returns the process exit code (0 ok, 1 error). */
#ifndef RELREC_FRONTENDS_H
#define RELREC_FRONTENDS_H

#include "app.h"

int prompt_run(rr_app *app);   /* ui/prompt.c: GNU readline prompt */
int tui_run(rr_app *app);      /* ui/tui.c: the ncurses workbench */

#endif
