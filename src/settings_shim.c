/* settings_shim.c — TEMPORARY, delete at the merge of issue 10: see settings_shim.h. */
#include "settings.h"

#include <string.h>

const rr_setting_def *settings_shim_defs(void)
{
	static const char *const weights[] = {"none", "balanced", "sqrt", NULL};
	static const char *const sampling[] = {"pop", "uniform", NULL};
	static const char *const onoff[] = {"on", "off", NULL};
	static rr_setting_def defs[64];
	if (!defs[0].name) {
		int n = 0;
		for (; rr_setting_names[n] && n < 63; n++) {
			const char *nm = rr_setting_names[n];
			defs[n].help = settings_help(nm);
			defs[n].words = !strcmp(nm, "weights") ? weights
				      : !strcmp(nm, "sampling") ? sampling
				      : !strcmp(nm, "desc") ? onoff : NULL;
		}
		for (int i = n - 1; i >= 0; i--) /* name last: it marks the array as filled */
			defs[i].name = rr_setting_names[i];
	}
	return defs;
}

const rr_setting_def *settings_find(const char *name)
{
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++)
		if (strcmp(d->name, name) == 0)
			return d;
	return NULL;
}

const char *settings_range(const rr_setting_def *d, char *buf, size_t size)
{
	(void)d;
	if (size)
		buf[0] = '\0';
	return buf;
}
