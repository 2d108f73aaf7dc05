/* undo.c — the snapshot stack behind `undo` (undo.h) and the command itself. */
#include "undo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "err.h"

struct rr_undo_step {
	char *line;         /* the command the snapshot came before (owned) */
	rr_settings set;
	rr_labels labels;   /* a copy keeps its generation: the same edges, the same caches */
	rr_clean clean;     /* owned */
	uint64_t ds_gen;    /* the dataset's generation before the command (0 = none) */
	int rebuilt;        /* the command re-derived the dataset: its rules changed, whichever
			       of them (clean_same knows only some; filters and the like are
			       caught here) */
	int model_step;     /* the command switched the model (RR_CMD_MODEL_STEP) */
};

struct rr_undo {
	int n;
	rr_undo_step *v[RR_UNDO_MAX];   /* oldest first */
};

static void step_free(rr_undo_step *s)
{
	if (!s)
		return;
	free(s->line);
	clean_free(&s->clean);
	free(s);
}

rr_undo_step *undo_begin(const rr_app *app, int model_step)
{
	rr_undo_step *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->model_step = model_step;
	s->set = app->set;
	s->labels = app->labels;
	s->ds_gen = app->ds ? app->ds->gen : 0;
	if (clean_copy(&s->clean, &app->clean) != 0) {
		free(s);
		return NULL;
	}
	return s;
}

void undo_end(rr_app *app, rr_undo_step *s, int ok, const char *line)
{
	if (!ok || !(app->undo || (app->undo = calloc(1, sizeof *app->undo))) ||
	    !(s->line = strdup(line))) {
		step_free(s);
		return;
	}
	s->rebuilt = (app->ds ? app->ds->gen : 0) != s->ds_gen;
	rr_undo *u = app->undo;
	if (u->n == RR_UNDO_MAX) { /* forget the oldest */
		step_free(u->v[0]);
		memmove(u->v, u->v + 1, (RR_UNDO_MAX - 1) * sizeof *u->v);
		u->n--;
	}
	u->v[u->n++] = s;
}

int undo_depth(const rr_undo *u)
{
	return u ? u->n : 0;
}

void undo_free(rr_undo *u)
{
	if (!u)
		return;
	for (int i = 0; i < u->n; i++)
		step_free(u->v[i]);
	free(u);
}

/* ==== undo ==== */

/* The same cleaning rules, filters aside (undo names those apart). */
static int clean_same(const rr_clean *a, const rr_clean *b)
{
	if (memcmp(a->on, b->on, sizeof a->on) != 0 || a->n_codes != b->n_codes ||
	    a->returns != b->returns || a->casefold != b->casefold)
		return 0;
	for (int i = 0; i < a->n_codes; i++)
		if (strcmp(a->codes[i], b->codes[i]) != 0)
			return 0;
	return 1;
}

/* "2 5" */
static void edges_text(const rr_labels *l, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	for (int i = 0; i < l->n_edges && k < size; i++)
		k += (size_t)snprintf(buf + k, size - k, "%s%u", i ? " " : "", (unsigned)l->edge[i]);
}

/* Put the cleaning rules of s back and re-derive the data from them. 0, or -1 with the
 * session's rules untouched. */
static int restore_clean(rr_app *app, const rr_undo_step *s)
{
	rr_clean next;
	if (clean_copy(&next, &s->clean) != 0)
		return -1;
	rr_clean old = app->clean;
	app->clean = next;
	if (app_rebuild(app) != 0) {
		app->clean = old;
		clean_free(&next);
		return -1;
	}
	clean_free(&old);
	return 0;
}

/* What restoring s's rules and filters puts back, into what[size]: "filters back (none)",
 * "cleaning rules back", or both; a rebuild neither explains counts as the rules. */
static size_t clean_text(const rr_app *app, const rr_undo_step *s, char *what, size_t size)
{
	int rules = !clean_same(&app->clean, &s->clean);
	int filters = !filter_same(&app->clean.filter, &s->clean.filter);
	char f[400] = "";
	if (filters)
		filter_describe(&s->clean.filter, f, sizeof f);
	int n = snprintf(what, size, "%s%s%s%s%s", rules || !filters ? "cleaning rules" : "",
			 rules && filters ? " and " : "", filters ? "filters" : "", " back",
			 !filters ? "" : *f ? " (" : " (none)");
	if (filters && *f && n >= 0 && (size_t)n < size)
		n += snprintf(what + n, size - (size_t)n, "%s)", f);
	return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}

/* Restore step s, saying what changed back into what[size]. 0 or -1. */
static int restore(rr_app *app, const rr_undo_step *s, char *what, size_t size)
{
	size_t k = 0;
	what[0] = '\0';
	/* Steps are undone newest first, so putting all of the snapshot back is always right;
	 * the comparisons only spare a rebuild and say what changed. Without data the copy is
	 * cheap: made whatever the fields clean_same does not know say. */
	int changed = s->rebuilt || !clean_same(&app->clean, &s->clean) ||
		      !filter_same(&app->clean.filter, &s->clean.filter);
	if (changed)
		k = clean_text(app, s, what, size);
	if (changed || !app->ds) {
		if (restore_clean(app, s) != 0) {
			what[0] = '\0';
			return -1;
		}
		if (changed && app->ds && k < size)
			k += (size_t)snprintf(what + k, size - k, ", %zu rows kept", app->ds->kept);
	}
	if (!labels_same(&app->labels, &s->labels) && k < size) {
		char from[64], to[64];
		edges_text(&app->labels, from, sizeof from);
		edges_text(&s->labels, to, sizeof to);
		app->labels = s->labels;
		app_invalidate(app);
		k += (size_t)snprintf(what + k, size - k, "%sbins %s → %s", k ? "; " : "", from, to);
	}
	char diff[512];
	settings_diff(&app->set, &s->set, diff, sizeof diff);
	if (*diff && k < size)
		snprintf(what + k, size - k, "%s%s", k ? "; " : "", diff);
	app->set = s->set;
	return 0;
}

int cmd_undo(rr_app *app, const rr_args *a)
{
	(void)a;
	rr_undo *u = app->undo;
	if (!u || u->n == 0) {
		/* the steps named once, in the table's help (its test holds it to RR_CMD_UNDO) */
		sink_printf(&app->sink, "nothing to undo; undo would %s", cmd_find("undo")->help);
		return 0;
	}
	rr_undo_step *s = u->v[u->n - 1];
	char what[768];
	if (restore(app, s, what, sizeof what) != 0)
		return -1; /* the step stays on the stack */
	u->n--;
	/* a model step's settings and bins go back, its model does not: said, since "changed
	 * nothing" read as the switch reversed (t28 F4) */
	int model = s->model_step;
	const char *stays = "the model stays current ('runs use N' switches it)";
	if (*what)
		sink_printf(&app->sink, "undid '%s': %s%s%s", s->line, what, model ? "; " : "",
			    model ? stays : "");
	else if (model)
		sink_printf(&app->sink, "undid '%s': the settings and bins were as before it; %s",
			    s->line, stays);
	else
		sink_printf(&app->sink, "undid '%s' (it had changed nothing)", s->line);
	step_free(s);
	return 0;
}
