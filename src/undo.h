/* undo.h — the steps `undo` reverses. A command flagged RR_CMD_UNDO (set, bins, clean and the
 * like) changes part of the session a newcomer can lose with one key: the settings, the label
 * edges, the cleaning rules. Before such a command runs with arguments, the dispatcher takes
 * a snapshot of all three (undo_begin); when the command succeeds the snapshot goes on the
 * session's stack (undo_end), and `undo` puts the latest one back through the same functions
 * the commands use (labels_set's copy, app_invalidate, clean_copy and app_rebuild).
 *
 * The snapshot is whole-state, not per command, so a new undoable command needs only its
 * table flag. The stack holds the last RR_UNDO_MAX steps; older ones are forgotten. */
#ifndef RELREC_UNDO_H
#define RELREC_UNDO_H

#include "app.h"

#define RR_UNDO_MAX 64

typedef struct rr_undo_step rr_undo_step;   /* one snapshot and the line that followed it */
typedef struct rr_undo rr_undo;             /* the session's stack (app->undo, owned) */

/* A snapshot of app's settings, labels and cleaning rules, or NULL when out of memory (the
 * step is then not undoable; the command still runs). model_step: the command switches the
 * model (RR_CMD_MODEL_STEP), which undo leaves current and says so. */
rr_undo_step *undo_begin(const rr_app *app, int model_step);
/* The command `line` ran: with ok, push the snapshot on app->undo (created on first use);
 * else drop it. Takes ownership of s either way. */
void undo_end(rr_app *app, rr_undo_step *s, int ok, const char *line);
/* Steps on the stack (0 without one). */
int undo_depth(const rr_undo *u);
void undo_free(rr_undo *u);

#endif
