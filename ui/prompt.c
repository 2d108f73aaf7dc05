/* prompt.c — placeholder: a plain line prompt until the readline front end lands. */
#include "frontends.h"
#include "cmd.h"
#include "err.h"
#include <stdio.h>

int prompt_run(rr_app *app)
{
	return cmd_run_script(app, stdin, "<stdin>", 0, 1) == 0 ? 0 : 1;
}
