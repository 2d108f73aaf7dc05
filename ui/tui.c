/* tui.c — placeholder until the workbench lands: falls back to the prompt. */
#include "frontends.h"

int tui_run(rr_app *app)
{
	return prompt_run(app);
}
