/* cmd_data.c — load, clean, stats, bins, set, show, gen. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "err.h"
#include "gen.h"
#include "ingest.h"
#include "util.h"

int cmd_load(rr_app *app, int argc, char **argv)
{
	const char *path = NULL, *map = NULL;
	int strict = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--strict") == 0)
			strict = 1;
		else if (strcmp(argv[i], "--map") == 0 && i + 1 < argc)
			map = argv[++i];
		else if (strncmp(argv[i], "--map=", 6) == 0)
			map = argv[i] + 6;
		else if (argv[i][0] == '-' && argv[i][1] == '-')
			return err_set("load: unknown option '%s' (--strict, --map user=COL,...)", argv[i]);
		else if (!path)
			path = argv[i];
		else
			return err_set("usage: load FILE [--strict] [--map user=COL,item=COL,...]");
	}
	if (!path)
		return err_set("usage: load FILE [--strict] [--map user=COL,item=COL,...]");
	double t0 = rr_now();
	rr_work w = app_work(app);
	rr_rows *rows = ingest_load(path, map, strict, &w);
	if (!rows)
		return -1; /* the previous data stays loaded */
	rr_dataset *d = dataset_build(rows, &app->clean, INT32_MIN, INT32_MAX);
	if (!d) {
		rows_free(rows);
		return -1;
	}
	app_invalidate(app);
	dataset_free(app->ds);
	rows_free(app->rows);
	app->rows = rows;
	app->ds = d;
	double dt = rr_now() - t0;
	size_t rej = rows_rejected_total(rows);
	sink_printf(&app->sink, "loaded '%s' (%s): %zu rows, %zu rejected, %zu kept after cleaning",
		    path, rows->schema, rows->lines, rej, d->kept);
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

int cmd_clean(rr_app *app, int argc, char **argv)
{
	if (argc == 1) {
		show_clean(app);
		return 0;
	}
	rr_clean next;
	if (clean_copy(&next, &app->clean) != 0)
		return -1;
	for (int i = 1; i < argc; i += 2) {
		if (i + 1 >= argc) {
			clean_free(&next);
			return err_set("usage: clean [RULE on|off ...] [codes LIST]");
		}
		if (strcmp(argv[i], "codes") == 0) {
			if (clean_set_codes(&next, argv[i + 1]) != 0) {
				clean_free(&next);
				return -1;
			}
			continue;
		}
		int r = clean_rule_lookup(argv[i]);
		if (r < 0) {
			clean_free(&next);
			return err_set("unknown rule '%s' (customer, cancelled, price, nonproduct, codes)",
				       argv[i]);
		}
		if (strcmp(argv[i + 1], "on") == 0)
			next.on[r] = 1;
		else if (strcmp(argv[i + 1], "off") == 0)
			next.on[r] = 0;
		else {
			clean_free(&next);
			return err_set("rule '%s' takes on or off, not '%s'", argv[i], argv[i + 1]);
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

int cmd_stats(rr_app *app, int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--hist") != 0)
		return err_set("usage: stats [--hist]");
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
	if (argc == 2)
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

int cmd_bins(rr_app *app, int argc, char **argv)
{
	if (argc > 1) {
		long e[RR_MAX_EDGES];
		for (int i = 1; i < argc; i++) {
			char *end;
			errno = 0;
			e[i - 1] = strtol(argv[i], &end, 10);
			if (!*argv[i] || *end || errno)
				return err_set("edge '%s' is not a whole number", argv[i]);
		}
		if (labels_check(argc - 1, e) != 0)
			return -1;
		labels_set(&app->labels, argc - 1, e);
		app_invalidate(app);
	}
	show_bins(app);
	return 0;
}

int cmd_set(rr_app *app, int argc, char **argv)
{
	(void)argc;
	const char *why = settings_set(&app->set, argv[1], argv[2]);
	if (why)
		return err_set("set %s: %s", argv[1], why);
	char buf[64];
	sink_printf(&app->sink, "%s = %s", argv[1], settings_get(&app->set, argv[1], buf, sizeof buf));
	return 0;
}

int cmd_show(rr_app *app, int argc, char **argv)
{
	char buf[64];
	if (argc == 2) {
		if (!settings_get(&app->set, argv[1], buf, sizeof buf))
			return err_set("unknown setting '%s' (see 'show')", argv[1]);
		sink_printf(&app->sink, "%s = %s", argv[1], buf);
		return 0;
	}
	rr_table *t = table_new(3, NULL);
	if (!t)
		return err_set("out of memory");
	table_head(t, 0, "setting", 'l');
	table_head(t, 1, "value", 'l');
	table_head(t, 2, "meaning", 'l');
	for (int i = 0; rr_setting_names[i]; i++) {
		int r = table_add_row(t);
		table_set(t, r, 0, "%s", rr_setting_names[i]);
		table_set(t, r, 1, "%s", settings_get(&app->set, rr_setting_names[i], buf, sizeof buf));
		table_set(t, r, 2, "%s", settings_help(rr_setting_names[i]));
	}
	sink_table(&app->sink, t);
	table_free(t);
	return 0;
}

int cmd_gen(rr_app *app, int argc, char **argv)
{
	uint64_t seed = 1;
	char *end;
	errno = 0;
	unsigned long long rows = strtoull(argv[2], &end, 10);
	if (!*argv[2] || *end || errno || rows == 0 || rows > 1000000000ULL)
		return err_set("gen: ROWS '%s' must be a whole number from 1 to 1000000000", argv[2]);
	for (int i = 3; i < argc; i++) {
		if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
			seed = strtoull(argv[++i], &end, 10);
			if (*end)
				return err_set("gen: seed '%s' is not a whole number", argv[i]);
		} else {
			return err_set("usage: gen FILE ROWS [--seed S]");
		}
	}
	if (gen_write_file(argv[1], (size_t)rows, seed) != 0)
		return -1;
	sink_printf(&app->sink, "wrote %llu synthetic rows to '%s'", rows, argv[1]);
	return 0;
}
