/* settings_shim.h — TEMPORARY, delete at the merge of issue 10 (branch cmdspec).
 *
 * help and completion are written against the new settings.h (src/settings.h.new:
 * rr_setting_defs, settings_find, settings_range), which lands from another branch. Until
 * then this gives that part of the API over the old rr_setting_names/settings_help, so that
 * the call sites are already the final ones. At the merge: delete this file, settings_shim.c
 * and the #include of it at the end of the old src/settings.h; nothing else changes. */
#ifndef RELREC_SETTINGS_SHIM_H
#define RELREC_SETTINGS_SHIM_H

#include <stddef.h>

typedef struct rr_setting_def {
	const char *name;
	const char *help;
	const char *const *words;   /* the values of a setting that takes words, else NULL */
} rr_setting_def;

/* The new API has an array; the shim fills one on first use (the old help lives in
 * settings.c, out of reach of a static initializer). */
const rr_setting_def *settings_shim_defs(void);
#define rr_setting_defs (settings_shim_defs())

const rr_setting_def *settings_find(const char *name);
/* The old help texts carry their ranges already: "". */
const char *settings_range(const rr_setting_def *d, char *buf, size_t size);

#endif
