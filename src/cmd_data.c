/* cmd_data.c — load, clean, stats, bins, set, show, gen. */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "err.h"
#include "gen.h"
#include "ingest.h"
#include "mem.h"
#include "util.h"

/* Each line of rows->reading, indented under the "loaded" line. */
static void say_reading(rr_app *app, const rr_rows *rows)
{
	const char *s = rows->reading ? rows->reading : "";
	while (*s) {
		size_t n = strcspn(s, "\n");
		sink_printf(&app->sink, "  %.*s", (int)n, s);
		s += n + (s[n] == '\n');
	}
}

int cmd_load(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	rr_ingest_opts o = {.map = args_get(a, "--map"), .strict = args_has(a, "--strict"),
			    .sep = args_get(a, "--sep"), .decimal = args_get(a, "--decimal"),
			    .date_format = args_get(a, "--date-format"),
			    .encoding = args_get(a, "--encoding")};
	double t0 = rr_now();
	rr_work w = app_work(app);
	/* Memory rule of a second load (issue 15: at 30 M rows each generation of data is
	 * gigabytes): what is derived from the old data and rebuilt on demand (recommender,
	 * baskets, the model's binding) goes before reading; the old rows and dataset stay while
	 * the new rows are read, the large part, so a failed read changes nothing; then the old
	 * dataset goes before the new one is built, and if that build fails the old dataset is
	 * rebuilt from the old rows. The old rows go last: they cannot be rebuilt. */
	app_invalidate(app);
	mem_release();
	rr_rows *rows = ingest_read(path, &o, &w);
	if (!rows)
		return -1; /* the previous data stays loaded */
	dataset_free(app->ds);
	app->ds = NULL;
	mem_release();
	rr_dataset *d = dataset_build(rows, &app->clean, INT32_MIN, INT32_MAX);
	if (!d) {
		rows_free(rows);
		if (app->rows && app_rebuild(app) != 0) {
			/* not even the old data fits: what was loaded is gone, say so */
			rows_free(app->rows);
			app->rows = NULL;
			return err_set("out of memory: no data is loaded now (load a file)");
		}
		return -1;
	}
	rows_free(app->rows);
	app->rows = rows;
	app->ds = d;
	double dt = rr_now() - t0;
	size_t rej = rows_rejected_total(rows);
	sink_printf(&app->sink, "loaded '%s' (%s): %zu rows, %zu rejected, %zu kept after cleaning",
		    path, rows->schema, rows->lines, rej, d->kept);
	say_reading(app, rows);
	sink_timing(&app->sink, "  in %.2f s (%.0f rows/s, %.1f MB/s)", dt,
		    (double)rows->lines / dt, (double)rows->bytes / dt / 1e6);
	for (int i = 0; i < rows->n_examples; i++)
		sink_printf(&app->sink, "  rejected %s:%s", path, rows->examples[i]);
	if (rej > (size_t)rows->n_examples)
		sink_printf(&app->sink, "  ... and %zu more rejected rows (see stats)",
			    rej - (size_t)rows->n_examples);
	return 0;
}

static void show_clean(rr_app *app)
{
	rr_table *t = table_new(4, NULL);
	if (!t)
		return;
	table_head(t, 0, "rule", 'l');
	table_head(t, 1, "state", 'l');
	table_head(t, 2, "dropped", 'r');
	table_head(t, 3, "what it drops", 'l');
	for (int r = 0; r < RR_RULE_N; r++) {
		int row = table_add_row(t);
		table_set(t, row, 0, "%s", clean_rule_name((enum rr_rule)r));
		table_set(t, row, 1, "%s", app->clean.on[r] ? "on" : "off");
		if (app->ds)
			table_set(t, row, 2, "%zu", app->ds->dropped[r]);
		else
			table_set(t, row, 2, "-");
		table_set(t, row, 3, "%s", clean_rule_help((enum rr_rule)r));
	}
	sink_table(&app->sink, t);
	table_free(t);
	char codes[1024] = "";
	for (int i = 0; i < app->clean.n_codes && strlen(codes) < 900; i++) {
		strcat(codes, i ? "," : "");
		strncat(codes, app->clean.codes[i], 60);
	}
	sink_printf(&app->sink, "non-product codes: %s", codes);
}

int cmd_clean(rr_app *app, const rr_args *a)
{
	int n = args_count(a, "RULE");
	if (n == 0) {
		show_clean(app);
		return 0;
	}
	rr_clean next;
	if (clean_copy(&next, &app->clean) != 0)
		return -1;
	for (int i = 0; i < n; i++) {
		const char *rule = args_nth(a, "RULE", i), *value = args_nth(a, "VALUE", i);
		if (strcmp(rule, "codes") == 0) {
			if (clean_set_codes(&next, value) != 0) {
				clean_free(&next);
				return -1;
			}
			continue;
		}
		int r = clean_rule_lookup(rule); /* the table's choices: a rule or codes */
		if (strcmp(value, "on") == 0)
			next.on[r] = 1;
		else if (strcmp(value, "off") == 0)
			next.on[r] = 0;
		else {
			clean_free(&next);
			return err_set("rule '%s' takes on or off, not '%s'", rule, value);
		}
	}
	rr_clean old = app->clean;
	app->clean = next;
	if (app_rebuild(app) != 0) {
		app->clean = old;
		clean_free(&next);
		return -1;
	}
	clean_free(&old);
	show_clean(app);
	if (app->ds)
		sink_printf(&app->sink, "kept %zu rows: %u customers, %u items, %u invoices, %zu pairs",
			    app->ds->kept, app->ds->n_users, app->ds->n_items, app->ds->n_invoices,
			    app->ds->n_pairs);
	return 0;
}

static void show_hist(rr_app *app, const rr_dataset *d)
{
	size_t *h = dataset_order_hist(d);
	if (!h)
		return;
	rr_table *t = table_new(4, "order-count histogram:");
	if (!t) {
		free(h);
		return;
	}
	table_head(t, 0, "orders", 'r');
	table_head(t, 1, "pairs", 'r');
	table_head(t, 2, "share", 'r');
	table_head(t, 3, "class", 'l');
	/* exact counts up to 10, then ranges that double: 11-20, 21-40, 41-80, ... */
	uint32_t lo = 1;
	while (lo <= d->max_orders) {
		uint32_t hi = lo <= 10 ? lo : 2 * (lo - 1);
		if (hi > d->max_orders)
			hi = d->max_orders;
		size_t n = 0;
		for (uint32_t k = lo; k <= hi; k++)
			n += h[k];
		int r = table_add_row(t);
		if (hi == lo)
			table_set(t, r, 0, "%u", (unsigned)lo);
		else
			table_set(t, r, 0, "%u-%u", (unsigned)lo, (unsigned)hi);
		table_set(t, r, 1, "%zu", n);
		table_set(t, r, 2, "%.2f%%", d->n_pairs ? 100.0 * (double)n / (double)d->n_pairs : 0.0);
		int c0 = labels_class(&app->labels, lo), c1 = labels_class(&app->labels, hi);
		if (c0 == c1)
			table_set(t, r, 3, "%s", app->labels.name[c0]);
		else
			table_set(t, r, 3, "%s..%s", app->labels.name[c0], app->labels.name[c1]);
		lo = hi + 1;
	}
	sink_table(&app->sink, t);
	table_free(t);
	free(h);
}

int cmd_stats(rr_app *app, const rr_args *args)
{
	const rr_rows *r = app->rows;
	const rr_dataset *d = app->ds;
	rr_sink *s = &app->sink;
	char a[32], b[32];
	sink_printf(s, "file        %s (%s, %zu bytes of CSV)", r->path, r->schema, r->bytes);
	sink_printf(s, "rows read   %zu", r->lines);
	sink_printf(s, "rejected    %zu", rows_rejected_total(r));
	for (int k = 0; k < RR_REJ_N; k++)
		if (r->rejected[k])
			sink_printf(s, "  %-9zu %s", r->rejected[k], rows_reject_name((enum rr_reject)k));
	size_t dropped = 0;
	for (int k = 0; k < RR_RULE_N; k++)
		dropped += d->dropped[k];
	sink_printf(s, "dropped     %zu", dropped);
	for (int k = 0; k < RR_RULE_N; k++)
		sink_printf(s, "  %-9zu %s (%s%s)", d->dropped[k], clean_rule_help((enum rr_rule)k),
			    clean_rule_name((enum rr_rule)k), app->clean.on[k] ? "" : ", off");
	sink_printf(s, "kept        %zu", d->kept);
	sink_printf(s, "customers   %u", d->n_users);
	sink_printf(s, "items       %u", d->n_items);
	sink_printf(s, "invoices    %u", d->n_invoices);
	size_t once = 0;
	for (size_t p = 0; p < d->n_pairs; p++)
		once += d->pairs[p].orders == 1;
	sink_printf(s, "pairs       %zu (%zu bought in one invoice only; largest order count %u)",
		    d->n_pairs, once, (unsigned)d->max_orders);
	sink_printf(s, "dates       %s to %s", ingest_format_minute(d->min_minute, a, sizeof a),
		    ingest_format_minute(d->max_minute, b, sizeof b));
	if (args_has(args, "--hist"))
		show_hist(app, d);
	return 0;
}

static void show_bins(rr_app *app)
{
	const rr_labels *l = &app->labels;
	char edges[64] = "";
	for (int i = 0; i < l->n_edges; i++)
		snprintf(edges + strlen(edges), sizeof edges - strlen(edges), " %u", (unsigned)l->edge[i]);
	if (!app->ds) {
		sink_printf(&app->sink, "bins%s: %d classes (load data to see counts)", edges,
			    l->n_classes);
		return;
	}
	size_t counts[RR_MAX_CLASSES];
	labels_count(l, app->ds, counts);
	rr_table *t = table_new(4, NULL);
	if (!t)
		return;
	table_head(t, 0, "class", 'l');
	table_head(t, 1, "orders", 'l');
	table_head(t, 2, "pairs", 'r');
	table_head(t, 3, "share", 'r');
	uint32_t lo = 1;
	for (int c = 0; c < l->n_classes; c++) {
		int r = table_add_row(t);
		table_set(t, r, 0, "%s", l->name[c]);
		if (c < l->n_edges) {
			if (lo == l->edge[c])
				table_set(t, r, 1, "%u", (unsigned)lo);
			else
				table_set(t, r, 1, "%u-%u", (unsigned)lo, (unsigned)l->edge[c]);
			lo = l->edge[c] + 1;
		} else {
			table_set(t, r, 1, "%u+", (unsigned)lo);
		}
		table_set(t, r, 2, "%zu", counts[c]);
		table_set(t, r, 3, "%.2f%%",
			  app->ds->n_pairs ? 100.0 * (double)counts[c] / (double)app->ds->n_pairs : 0.0);
	}
	sink_printf(&app->sink, "bins%s: %d classes over %zu pairs", edges, l->n_classes,
		    app->ds->n_pairs);
	sink_table(&app->sink, t);
	table_free(t);
}

int cmd_bins(rr_app *app, const rr_args *a)
{
	int n = args_count(a, "EDGE");
	if (n > 0) {
		long e[RR_MAX_EDGES];
		for (int i = 0; i < n && i < RR_MAX_EDGES; i++)
			e[i] = strtol(args_nth(a, "EDGE", i), NULL, 10); /* checked whole numbers */
		if (labels_check(n, e) != 0) /* the count first: e is not read past it */
			return -1;
		labels_set(&app->labels, n, e);
		app_invalidate(app);
	}
	show_bins(app);
	return 0;
}

int cmd_set(rr_app *app, const rr_args *a)
{
	const char *name = args_get(a, "NAME"), *value = args_get(a, "VALUE");
	rr_settings before = app->set;
	if (settings_set(&app->set, name, value) != 0)
		return err_prefix("set");
	char buf[128], diff[512];
	settings_get(&app->set, name, buf, sizeof buf);
	/* a variant resets the others: say which, on the same line, so nothing changes unseen */
	settings_diff(&before, &app->set, diff, sizeof diff);
	if (strcmp(name, "variant") == 0 && strchr(diff, ','))
		sink_printf(&app->sink, "%s = %s (also set: %s)", name, buf, strchr(diff, ',') + 2);
	else
		sink_printf(&app->sink, "%s = %s", name, buf);
	return 0;
}

int cmd_show(rr_app *app, const rr_args *a)
{
	char buf[128], range[128];
	const char *name = args_get(a, "NAME");
	if (name) {
		if (!settings_get(&app->set, name, buf, sizeof buf))
			return cmd_unknown_setting(name);
		sink_printf(&app->sink, "%s = %s", name, buf);
		return 0;
	}
	rr_table *t = table_new(4, NULL);
	if (!t)
		return err_set("out of memory");
	table_head(t, 0, "setting", 'l');
	table_head(t, 1, "value", 'l');
	table_head(t, 2, "range", 'l');
	table_head(t, 3, "meaning", 'l');
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
		int r = table_add_row(t);
		table_set(t, r, 0, "%s", d->name);
		table_set(t, r, 1, "%s", settings_get(&app->set, d->name, buf, sizeof buf));
		table_set(t, r, 2, "%s", settings_range(d, range, sizeof range));
		table_set(t, r, 3, "%s", d->help);
	}
	sink_table(&app->sink, t);
	table_free(t);
	return 0;
}

int cmd_gen(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	long rows = args_long(a, "ROWS", 0);
	uint64_t seed = (uint64_t)args_long(a, "--seed", 1);
	if (gen_write_file(path, (size_t)rows, seed) != 0)
		return -1;
	sink_printf(&app->sink, "wrote %ld synthetic rows to '%s'", rows, path);
	return 0;
}
