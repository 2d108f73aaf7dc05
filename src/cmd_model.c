/* cmd_model.c — train, report, runs, save, open and their exports (DESIGN §5, §6, §9). */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "afile.h"
#include "cmd.h"
#include "csvout.h"
#include "err.h"
#include "filter.h"
#include "lossrec.h"
#include "metrics.h"
#include "model.h"
#include "train.h"
#include "util.h"

/* A setting's value as text (the table's own formatting). */
static const char *set_text(const rr_settings *s, const char *name, char *buf, size_t n)
{
	return settings_get(s, name, buf, n);
}

static void bins_text(const rr_labels *l, char *buf, size_t n)
{
	size_t k = 0;
	buf[0] = '\0';
	for (int e = 0; e < l->n_edges && k < n; e++)
		k += (size_t)snprintf(buf + k, n - k, "%s%u", e ? " " : "", l->edge[e]);
}

/* Replace the session's model; what was derived from the old one (the recommender borrows it)
 * is dropped with the other caches. run: the run it belongs to, 0 for an opened model. */
static void set_model(rr_app *app, rr_model *m, int run)
{
	app_invalidate(app);
	model_free(app->model);
	app->model = m;
	app->current_run = run;
}

/* ==== train ==== */

/* The run record of a trained model: its settings, labels, figures and a copy of its weights
 * (the session's model may be replaced; the run keeps its own). 0 or -1. */
static int run_record(rr_app *app, const rr_model *m, rr_run *run)
{
	const rr_train_info *info = model_info(m);
	memset(run, 0, sizeof *run);
	run->set = app->set;
	run->lab = app->labels;
	run->ds_gen = app->ds->gen;
	run->ds_print = app->ds->print;
	filter_describe(&app->clean.filter, run->filters, sizeof run->filters);
	run->epochs = info->epochs_run;
	run->best_epoch = info->best_epoch;
	run->stopped = info->stopped;
	run->seconds = info->seconds;
	run->samples_per_s = info->samples_per_s;
	run->val_loss = info->val_loss;
	run->val_macro_f1 = info->val_macro_f1;
	if (app->set.test > 0) {
		if (model_evaluate(m, app->ds, RR_SPLIT_TEST, &run->test))
			return -1;
		run->has_test = 1;
	}
	run->model = model_clone(m);
	return run->model ? 0 : -1;
}

/* "test macro-F1 0.7430" or "validation macro-F1 0.7430" (no test split), "" without either. */
static const char *f1_text(const rr_run *r, char *buf, size_t n)
{
	double f = run_macro_f1(r);
	if (isnan(f))
		snprintf(buf, n, "no macro-F1");
	else
		snprintf(buf, n, "%s macro-F1 %.4f", r->has_test ? "test" : "validation", f);
	return buf;
}

/* A class without test pairs holds macro-F1 down whatever the model does: say so. */
static void say_empty_classes(rr_app *app, const rr_metrics *met, const rr_labels *lab)
{
	char note[320];
	const char *names[RR_MAX_CLASSES];
	for (int c = 0; c < met->k; c++)
		names[c] = c < lab->n_classes ? lab->name[c] : "none";
	if (*metrics_empty_note(met->k, names, met->support, "test pairs", note, sizeof note))
		sink_printf(&app->sink, "note: %s", note);
}

/* Below this many test pairs a run's figures are said to measure little: one pair's accuracy is
 * 0 or 1, and thirty give a 95% interval of about ±0.18 around an accuracy of 0.5. */
enum { TEST_FEW = 30 };

/* The line a run ends with. */
static void say_run(rr_app *app, const rr_run *r, const rr_train_info *info)
{
	char line[512];
	int k = snprintf(line, sizeof line, "run %d: %d epoch%s", r->id, info->epochs_run,
			 info->epochs_run == 1 ? "" : "s");
	if (info->stopped)
		k += snprintf(line + k, sizeof line - (size_t)k, " (stopped)");
	else if (info->early_stopped)
		k += snprintf(line + k, sizeof line - (size_t)k, " (early stopping)");
	if (info->best_epoch)
		k += snprintf(line + k, sizeof line - (size_t)k, ", weights of epoch %d", info->best_epoch);
	if (r->has_test)
		k += snprintf(line + k, sizeof line - (size_t)k, ", test macro-F1 %.4f, accuracy %.4f",
			      r->test.macro_f1, r->test.accuracy);
	sink_printf(&app->sink, "%s", line);
	if (r->model && model_feat_off(r->model))
		sink_printf(&app->sink, "note: %s", rows_implied_text(model_feat_off(r->model)));
	if (r->has_test)
		say_empty_classes(app, &r->test, &r->lab);
	if (r->has_test && r->test.total < TEST_FEW)   /* t51 F7: 1 test pair, "accuracy 1.0000" */
		sink_printf(&app->sink, "note: the test split holds only %lld pair%s: its macro-F1 and "
			    "accuracy measure little (load more data)", (long long)r->test.total,
			    rr_plural((double)r->test.total));
	sink_timing(&app->sink, "  in %.2f s, %.0f samples/s", info->seconds, info->samples_per_s);
}

/* A stopped run that did worse than the current one: say so, and how to switch anyway. */
static void say_kept(rr_app *app, const rr_run *r, const rr_run *cur)
{
	char a[64];
	f1_text(r, a, sizeof a);
	sink_printf(&app->sink,
		    "run %d stopped after %d epoch%s (%s); keeping run %d's model (%.4f) — "
		    "'runs use %d' to switch",
		    r->id, r->epochs, r->epochs == 1 ? "" : "s", a, cur->id, run_macro_f1(cur), r->id);
}

/* --stopped-at EPOCH[:BATCH] into *at: 1 given, 0 not, -1 with err_set. */
static int stop_point(const rr_app *app, const rr_args *a, rr_stop_point *at)
{
	const char *v = args_get(a, "--stopped-at");
	if (!v)
		return 0;
	char *end;
	errno = 0;
	long e = strtol(v, &end, 10), b = 0;
	if (errno || (*end && *end != ':') || v[0] < '0' || v[0] > '9' || e < 1 ||
	    e > app->set.epochs)
		return err_set("--stopped-at takes EPOCH or EPOCH:BATCH, an epoch from 1 to the %d "
			       "epochs set, not '%.40s'", app->set.epochs, v);
	/* the batch said apart: its epoch is right (t27 F4: 1:-1 named the epoch) */
	/* none is the end of the epoch, as 0 and the epoch alone are: the message below offers
	 * it (t40 #11, t44 #12: 1:none was refused) */
	if (*end == ':' && strcmp(end + 1, "none") == 0)
		b = 0;
	else if (*end == ':') {
		const char *bt = end + 1;
		b = strtol(bt, &end, 10);
		if (bt[0] >= '0' && bt[0] <= '9' && !*end && (errno == ERANGE || b > INT32_MAX))
			return err_set("--stopped-at %.40s: the batch is past any epoch's batches "
				       "(an epoch has at most %d)", v, INT32_MAX);
		if (errno || *end || bt[0] < '0' || bt[0] > '9')
			return err_set("--stopped-at %.40s: the batch must be a whole number, 1 or more "
				       "(0 or none: the end of the epoch), not '%.20s'", v, bt);
	}
	at->epoch = (int)e;
	at->batch = (int)b;
	return 1;
}

/* The journal's record of a run stopped by hand: where it stopped, so that a replay stops
 * there too (the same settings and data give the same model). */
static void journal_stop(rr_app *app, const rr_train_info *info)
{
	if (!info->stopped)
		return;
	if (info->stopped_at.batch)
		snprintf(app->journal_as, sizeof app->journal_as, "train --stopped-at %d:%d",
			 info->stopped_at.epoch, info->stopped_at.batch);
	else
		snprintf(app->journal_as, sizeof app->journal_as, "train --stopped-at %d",
			 info->stopped_at.epoch);
}

int cmd_train(rr_app *app, const rr_args *a)
{
	rr_stop_point at;
	int has_at = stop_point(app, a, &at);
	if (has_at < 0)
		return -1;
	rr_lossrec rec;   /* the run keeps its loss curves for export chart */
	lossrec_init(&rec, &app->sink);
	rr_work w = work_init(&rec.sink, &app->stop, app->cmd);
	if (app->set.val <= 0 && app->set.patience > 0)
		sink_printf(&app->sink, "note: val 0 leaves no validation pairs: the epochs show no "
			    "val_loss, patience %d cannot stop the run, and the model is the last "
			    "epoch's", app->set.patience);
	rr_model *m = model_train_until(app->ds, &app->labels, &app->set, &w, has_at ? &at : NULL);
	if (!m) {
		lossrec_free(&rec);
		return -1;
	}
	journal_stop(app, model_info(m));
	rr_run run;
	if ((!app->runs && !(app->runs = runs_new())) || run_record(app, m, &run)) {
		lossrec_free(&rec);
		model_free(m);
		return -1;
	}
	run.loss = lossrec_take(&rec, &run.n_loss);
	const rr_run *r = runs_add(app->runs, &run);
	if (!r) {
		free(run.loss);
		model_free(run.model);
		model_free(m);
		return -1;
	}
	app->unsaved++; /* leaving the session asks first */
	const rr_run *cur = runs_get(app->runs, app->model ? app->current_run : 0);
	if (runs_keep_current(cur, r, model_info(m)->stopped)) {
		say_kept(app, r, cur);
		model_free(m);
	} else {
		say_run(app, r, model_info(m));
		set_model(app, m, r->id);
	}
	char one[400];
	if (train_one_class(app->ds, &app->labels, &app->set, one, sizeof one) == 1)
		sink_printf(&app->sink, "warning: %s", one);
	runs_trim(app->runs, app->current_run, RR_RUNS_MODEL_BYTES);
	return 0;
}

/* ==== report ==== */

static int report_metrics(rr_app *app, rr_metrics *met)
{
	if (!app->ds)
		return err_set("the report needs the data: load the file the model was trained on");
	return model_evaluate(app->model, app->ds, RR_SPLIT_TEST, met);
}

static rr_table *confusion_table(const rr_metrics *met, const rr_labels *lab, int normalized)
{
	rr_table *t = table_new(met->k + 1, normalized ? "confusion matrix, row-normalized (rows = truth, columns = predicted)"
							  : "confusion matrix (rows = truth, columns = predicted)");
	if (!t)
		return NULL;
	table_head(t, 0, "", 'l');
	for (int c = 0; c < met->k; c++)
		table_head(t, c + 1, lab->name[c], 'r');
	for (int r = 0; r < met->k; r++) {
		int row = table_add_row(t);
		if (row < 0) {
			table_free(t);
			return NULL;
		}
		table_set(t, row, 0, "%s", lab->name[r]);
		for (int c = 0; c < met->k; c++) {
			int64_t v = met->conf[r * met->k + c];
			if (normalized)
				table_set(t, row, c + 1, "%.3f",
					  met->support[r] ? (double)v / (double)met->support[r] : 0.0);
			else
				table_set(t, row, c + 1, "%lld", (long long)v);
		}
	}
	return t;
}

void cmd_say_labels_note(rr_app *app)
{
	char note[160];
	if (*model_labels_note(app->model, &app->labels, note, sizeof note))
		sink_printf(&app->sink, "note: %s", note);
}

const char *cmd_report_note(rr_app *app, char *buf, size_t size, const char *sep, int say)
{
	char lab[160], data[320];
	model_labels_note(app->model, &app->labels, lab, sizeof lab);
	if (!model_data_note(app->model, app->ds, data, sizeof data))
		return NULL;
	if (say && *lab)
		sink_printf(&app->sink, "note: %s", lab);
	if (say && *data)
		sink_printf(&app->sink, "note: %s", data);
	snprintf(buf, size, "%s%s%s", lab, *lab && *data ? sep : "", data);
	return buf;
}

/* After a report of model m on data it knows none of the customers or items of: the load's
 * note and warning again, by the figures (t78 F9: a macro-F1 of probabilities that say little
 * here, unsaid, after the load's warning scrolled away). 0 or -1. */
static int report_coverage(rr_app *app, const rr_model *m)
{
	uint32_t ku, ki;
	if (!app->ds)
		return 0;
	if (model_coverage(m, app->ds, &ku, &ki))
		return -1;
	if ((ku && ki) || !app->ds->n_users || !app->ds->n_items)
		return 0;
	return model_say_coverage(app, m, "note: these figures are of a model trained on other data");
}

int cmd_report(rr_app *app, const rr_args *a)
{
	(void)a;
	rr_metrics met;
	if (report_metrics(app, &met))
		return -1;
	const rr_model *m = app->model;
	const rr_labels *lab = model_labels(m);
	const rr_settings *s = model_settings(m);
	char bins[64], hid[64];
	bins_text(lab, bins, sizeof bins);
	set_text(s, "hidden", hid, sizeof hid);
	sink_printf(&app->sink, "test split: %lld bought pair%s (bins %s; variant %d, dim %d, hidden %s%s)",
		    (long long)met.total, rr_plural((double)met.total), bins, s->variant, s->dim, hid,
		    model_n_classes(m) > lab->n_classes ? "; class none dropped, renormalized" : "");
	char note[RR_REPORT_NOTE];
	if (!cmd_report_note(app, note, sizeof note, "; ", 1))
		return -1;
	const char *names[RR_MAX_CLASSES];
	for (int c = 0; c < met.k; c++)
		names[c] = lab->name[c];
	char *text = metrics_report(&met, names, 2);
	if (!text)
		return err_set("out of memory for the report");
	size_t n = strlen(text);
	while (n && text[n - 1] == '\n')
		text[--n] = '\0';
	sink_printf(&app->sink, "%s", text);
	free(text);
	sink_printf(&app->sink, "\nmacro-F1 %.4f", met.macro_f1);
	say_empty_classes(app, &met, lab);
	sink_printf(&app->sink, "%s", "");
	for (int norm = 0; norm < 2; norm++) {
		rr_table *t = confusion_table(&met, lab, norm);
		if (!t)
			return err_set("out of memory for the report");
		sink_table(&app->sink, t);
		table_free(t);
		if (!norm)
			sink_printf(&app->sink, "%s", "");
	}
	return report_coverage(app, m);
}

/* ==== runs ==== */

static void class_f1_text(const rr_run *r, char *buf, size_t n, const char *sep, int with_names)
{
	size_t k = 0;
	buf[0] = '\0';
	if (!r->has_test)
		return;
	for (int c = 0; c < r->test.k && k < n; c++)
		k += (size_t)snprintf(buf + k, n - k, "%s%s%s%.4f", c ? sep : "",
				      with_names ? r->lab.name[c] : "", with_names ? "=" : "",
				      r->test.f1[c]);
}

/* The runs table's columns: run, current, model, the settings marked RR_SET_RUNS in the
 * table's order, the data and the bins, then what the run measured. */
enum { RUNS_HEAD = 5, RUNS_TAIL = 4, RUNS_MAXCOL = 64 };

/* What data run r was trained on, to the data loaded now (print: the same rows, cleaning and
 * filters built again): "now" or "other", "-" with no data loaded. t44 #12: after a filter and
 * a second train, runs showed two runs whose only visible difference was their bins; only
 * runs use N then said one was trained on other data. */
static const char *run_data_word(const rr_run *r, const rr_dataset *now)
{
	return !now ? "-" : r->ds_gen == now->gen || r->ds_print == now->print ? "now" : "other";
}

/* Whether run r's model can still be used (runs use) and saved: "kept", or "dropped" when the
 * memory budget took it (runs_trim) and it is not the session's current model (t20 F8: runs
 * listed such runs like the others, and only runs use N said so). */
static const char *run_model_state(const rr_run *r, int current)
{
	return r->model || r->id == current ? "kept" : "dropped";
}

static int runs_columns(rr_table *t, const rr_setting_def **cols)
{
	int nc = 0;
	table_head(t, nc++, "run", 'r');
	table_head(t, nc++, "current", 'l');
	table_head(t, nc++, "model", 'l');
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++)
		if (d->flags & RR_SET_RUNS) {
			cols[nc] = d;
			table_head(t, nc++, d->column, d->kind == RR_SK_INT || d->kind == RR_SK_REAL ? 'r' : 'l');
		}
	table_head(t, nc++, "data", 'l');
	table_head(t, nc++, "bins", 'l');
	table_head(t, nc++, "macro-F1", 'r');
	table_head(t, nc++, "class F1", 'l');
	table_head(t, nc++, "epochs", 'r');
	table_head(t, nc, "seconds", 'r');
	return nc + 1;
}

static int runs_count_columns(void)
{
	int n = RUNS_HEAD + RUNS_TAIL;
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++)
		n += (d->flags & RR_SET_RUNS) != 0;
	return n;
}

static void runs_row(rr_table *t, int row, const rr_run *r, int current,
		     const rr_setting_def *const *cols, int nc, const rr_dataset *now)
{
	char buf[160];
	int c = 0;
	table_set(t, row, c++, "%d", r->id);
	table_set(t, row, c++, "%s", r->id == current ? "*" : "-");   /* never empty: awk-able */
	table_set(t, row, c++, "%s", run_model_state(r, current));
	for (; c < nc - RUNS_TAIL - 2; c++)
		table_set(t, row, c, "%s", set_text(&r->set, cols[c]->name, buf, sizeof buf));
	table_set(t, row, c++, "%s", run_data_word(r, now));
	bins_text(&r->lab, buf, sizeof buf);
	table_set(t, row, c++, "%s", buf);
	if (r->has_test)
		table_set(t, row, c, "%.4f", r->test.macro_f1);
	else
		table_set(t, row, c, "-");
	class_f1_text(r, buf, sizeof buf, " ", 0);
	table_set(t, row, c + 1, "%s", r->has_test ? buf : "-");
	table_set(t, row, c + 2, "%d%s", r->epochs, r->stopped ? " (stopped)" : "");
	table_set(t, row, c + 3, "%.2f", r->seconds);
}

/* A model's settings and bins made the session's (runs use, open): what was derived from other
 * bins goes, and what changed is said. */
static void adopt_settings(rr_app *app, const rr_settings *set, const rr_labels *lab)
{
	char diff[512], was[64], now[64];
	settings_diff(&app->set, set, diff, sizeof diff);
	bins_text(&app->labels, was, sizeof was);
	bins_text(lab, now, sizeof now);
	int moved = strcmp(was, now) != 0;
	if (moved)
		app_invalidate(app);   /* the labels change: what was derived from them goes */
	app->set = *set;
	app->labels = *lab;
	if (*diff)
		sink_printf(&app->sink, "settings: %s", diff);
	if (moved)
		sink_printf(&app->sink, "bins %s → %s", was, now);
}

/* runs use N: run N's model, settings and bins become the session's. */
static int runs_use(rr_app *app, long n)
{
	int id = n < 1 || n > INT_MAX ? 0 : (int)n;
	const rr_run *r = id ? runs_get(app->runs, id) : NULL;
	if (!r)
		return app->runs && app->runs->n ? err_set("runs use: no run %ld (runs 1 to %d)", n, app->runs->n)
						 : err_set("runs use: no runs yet: 'train' adds one");
	if (!r->model && !(app->model && app->current_run == id))
		return err_set("runs use: run %d's model was dropped to save memory; 'set' its "
			       "settings and 'train' again", id);
	if (!(app->model && app->current_run == id)) {
		rr_model *m = model_clone(r->model);
		if (!m)
			return -1;
		set_model(app, m, id);
	}
	char now[64];
	bins_text(&r->lab, now, sizeof now);
	sink_printf(&app->sink, "run %d is current: its model, settings and bins %s", id, now);
	adopt_settings(app, &r->set, &r->lab);
	char lead[128];   /* t78 F9: how much of the data it knows, as open and load say */
	snprintf(lead, sizeof lead, "note: run %d was trained on other data (loaded, cleaned or "
		 "filtered since)", id);
	if (app->ds && r->ds_gen != app->ds->gen && r->ds_print != app->ds->print)
		return model_say_coverage(app, app->model, lead);
	return 0;
}

int cmd_runs(rr_app *app, const rr_args *a)
{
	if (args_has(a, "ACTION") || args_has(a, "N")) {
		if (!args_has(a, "ACTION") || !args_has(a, "N"))
			return args_usage_error(a, "use takes a run number: runs use N");
		return runs_use(app, args_long(a, "N", 0));
	}
	if (!app->runs || app->runs->n == 0) {
		sink_printf(&app->sink, "no runs yet: 'train' adds one");
		return 0;
	}
	const rr_setting_def *cols[RUNS_MAXCOL] = {NULL};
	rr_table *t = table_new(runs_count_columns(), NULL);
	if (!t)
		return err_set("out of memory for the runs table");
	int nc = runs_columns(t, cols), other = 0;
	table_timing(t, nc - 1);   /* seconds */
	for (int i = 0; i < app->runs->n; i++) {
		int row = table_add_row(t);
		if (row < 0) {
			table_free(t);
			return err_set("out of memory for the runs table");
		}
		runs_row(t, row, &app->runs->v[i], app->model ? app->current_run : 0, cols, nc,
			 app->ds);
		other += strcmp(run_data_word(&app->runs->v[i], app->ds), "other") == 0;
	}
	sink_table(&app->sink, t);
	table_free(t);
	if (other)
		sink_printf(&app->sink, "data: other = trained on other data than the loaded (loaded, "
			    "cleaned or filtered since; export runs names each run's filters)");
	return 0;
}

/* ==== CSV exports (csvout.h: quoted, written crash-safely) ==== */

int cmd_export_report(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	rr_metrics met;
	if (report_metrics(app, &met))
		return -1;
	const rr_labels *lab = model_labels(app->model);
	char note[RR_REPORT_NOTE];
	if (!cmd_report_note(app, note, sizeof note, "; ", 0))
		return -1;
	const char *head[RR_MAX_CLASSES + 6] = {"class", "precision", "recall", "f1-score", "support"};
	char pred[RR_MAX_CLASSES][32];
	int nh = 5;
	for (int c = 0; c < met.k; c++) {
		snprintf(pred[c], sizeof pred[c], "predicted %s", lab->name[c]);
		head[nh++] = pred[c];
	}
	head[nh++] = "note";   /* on every record: a part of the table keeps it */
	rr_csvout o;
	/* its first five columns say its kind, whatever the bins (t78 F8) */
	if (csvout_open_kind(&o, path, args_has(a, "--raw"), head, nh, 5))
		return -1;
	for (int c = 0; c < met.k; c++) {
		csvout_str(&o, lab->name[c]);
		csvout_num(&o, "%.6f", met.precision[c]);
		csvout_num(&o, "%.6f", met.recall[c]);
		csvout_num(&o, "%.6f", met.f1[c]);
		csvout_num(&o, "%.0f", (double)met.support[c]);
		for (int p = 0; p < met.k; p++)
			csvout_num(&o, "%.0f", (double)met.conf[c * met.k + p]);
		csvout_str(&o, note);
		csvout_end(&o);
	}
	const struct {
		const char *name;
		double p, r, f;
	} avg[] = { { "accuracy", NAN, NAN, met.accuracy },
		    { "macro avg", met.macro_p, met.macro_r, met.macro_f1 },
		    { "weighted avg", met.weighted_p, met.weighted_r, met.weighted_f1 } };
	for (int a = 0; a < 3; a++) {
		csvout_str(&o, avg[a].name);
		csvout_num(&o, "%.6f", avg[a].p);
		csvout_num(&o, "%.6f", avg[a].r);
		csvout_num(&o, "%.6f", avg[a].f);
		csvout_num(&o, "%.0f", (double)met.total);
		for (int p = 0; p < met.k; p++)
			csvout_num(&o, "", NAN);
		csvout_str(&o, note);
		csvout_end(&o);
	}
	if (csvout_close(&o, 1))
		return -1;
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote the report to '%s'", rr_shown_path(shown, sizeof shown, path));
	cmd_report_note(app, note, sizeof note, "; ", 1);   /* what the file's note column says */
	return 0;
}

/* Every setting by its name, then what the run measured: into head (room for n), how many;
 * -1 with err_set when there is not room. */
static int export_runs_head(const char **head, int n)
{
	static const char *const tail[] = {"macro_f1", "accuracy", "class_f1", "epochs_run",
					   "best_epoch", "stopped", "val_loss", "seconds",
					   "samples_per_s", "current", "model", "data", "filters"};
	int nh = 0;
	head[nh++] = "run";
	head[nh++] = "bins";
	for (const rr_setting_def *d = rr_setting_defs; d->name && nh < n; d++)
		head[nh++] = d->name;
	for (size_t c = 0; c < sizeof tail / sizeof *tail && nh < n; c++)
		head[nh++] = tail[c];
	return nh < n ? nh : err_set("the runs export has more than %d columns", n - 1);
}

static void export_runs_row(rr_csvout *o, const rr_run *r, int current, const rr_dataset *now)
{
	char buf[256];
	csvout_num(o, "%.0f", r->id);
	bins_text(&r->lab, buf, sizeof buf);
	csvout_str(o, buf);
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
		set_text(&r->set, d->name, buf, sizeof buf);
		if (d->kind == RR_SK_INT || d->kind == RR_SK_REAL)
			csvout_fieldf(o, "%s", buf);
		else
			csvout_str(o, buf);
	}
	csvout_num(o, "%.6f", r->has_test ? r->test.macro_f1 : NAN);
	csvout_num(o, "%.6f", r->has_test ? r->test.accuracy : NAN);
	class_f1_text(r, buf, sizeof buf, ";", 1);
	csvout_str(o, buf);
	csvout_num(o, "%.0f", r->epochs);
	/* 0 when the weights kept are the last epoch's, patience or not: what a script reads as
	 * "ran to the end" (t23 F7: a run with patience whose best was its last wrote that epoch) */
	csvout_num(o, "%.0f", r->best_epoch == r->epochs ? 0 : r->best_epoch);
	csvout_num(o, "%.0f", r->stopped);
	csvout_num(o, "%.6f", r->val_loss);
	/* a file keeps real times: hiding them is a sink's business, not the data's */
	csvout_num(o, "%.3f", r->seconds);
	csvout_num(o, "%.0f", r->samples_per_s);
	csvout_num(o, "%.0f", r->id == current);
	csvout_str(o, run_model_state(r, current));
	csvout_str(o, run_data_word(r, now));
	csvout_str(o, r->filters[0] ? r->filters : "none");
	csvout_end(o);
}

int cmd_export_runs(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	rr_csvout o;
	const char *head[128];
	int nh = export_runs_head(head, 128);
	if (nh < 0 || csvout_open(&o, path, args_has(a, "--raw"), head, nh))
		return -1;
	int n = app->runs ? app->runs->n : 0;
	for (int i = 0; i < n; i++)
		export_runs_row(&o, &app->runs->v[i], app->model ? app->current_run : 0, app->ds);
	if (csvout_close(&o, 1))
		return -1;
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote %d run%s to '%s'", n, n == 1 ? "" : "s",
		    rr_shown_path(shown, sizeof shown, path));
	return 0;
}

/* ==== save / open ==== */

/* A save replaces the file at path: a run saved there (by any name: device and inode) is
 * saved no more, its model now nowhere but the session (t38 #13: run 2 saved over run 1's
 * m.rrm, and quit asked nothing). */
static void unsave_replaced(rr_app *app, const struct stat *st)
{
	for (int i = 0; app->runs && i < app->runs->n; i++) {
		rr_run *r = &app->runs->v[i];
		if (r->saved && r->saved_dev == (uint64_t)st->st_dev &&
		    r->saved_ino == (uint64_t)st->st_ino) {
			r->saved = 0;
			app->unsaved++;
		}
	}
}

int cmd_save(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	struct stat before, st;
	int existed = stat(path, &before) == 0;
	/* journaled or a script: its open of that model replays as an open of this save (t79 F12);
	 * a journal begun later (journal FILE) would too: it says so then */
	int was_opened = existed && afile_opened_model(path);
	int opened = was_opened && (app->journal || app->script.ino);
	if (model_save(app->model, path))
		return -1;
	if (was_opened && !app->said_replaced)
		app->said_replaced = strdup(path);   /* without memory, unsaid: no failure of the save */
	if (existed)
		unsave_replaced(app, &before);
	if (opened)
		err_note("'%s' was a model this session opened, which this save replaced: a replay of "
			 "its journal or script opens this model there instead, and runs on from another model "
			 "than the session did (save to another name to keep the journal replaying "
			 "the session exactly)", path);
	/* the current run's model is safe now; the session's other runs are not */
	rr_run *r = runs_get(app->runs, app->model ? app->current_run : 0);
	if (r) {
		if (!r->saved && app->unsaved > 0)
			app->unsaved--;
		r->saved = 1;
		int known = stat(path, &st) == 0;
		r->saved_dev = known ? (uint64_t)st.st_dev : 0;
		r->saved_ino = known ? (uint64_t)st.st_ino : 0;
	}
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "saved the model to '%s'", rr_shown_path(shown, sizeof shown, path));
	return 0;
}

const char *cmd_unsaved_text(const rr_app *app, const char *lead, char *buf, size_t size)
{
	char ids[96] = "";
	int n = 0, last = 0, cur = app->model ? app->current_run : 0;
	size_t k = 0;
	for (int i = 0; app->runs && i < app->runs->n; i++)
		if (!app->runs->v[i].saved) {
			last = i + 1;
			/* "1, 2 and 3": the one before the last gets " and " once the last is known */
			int w = k < sizeof ids ? snprintf(ids + k, sizeof ids - k, "%s%d",
							   n ? ", " : "", last) : 0;
			k += w > 0 ? (size_t)w : 0;
			n++;
		}
	char *comma = strrchr(ids, ',');
	if (comma && k < sizeof ids - 4) {
		memmove(comma + 4, comma + 1, strlen(comma + 1) + 1);
		memcpy(comma, " and", 4);
	}
	int m = app->unsaved;
	int w = snprintf(buf, size, "%d run%s of this session %s not saved", m, m == 1 ? "" : "s",
			 m == 1 ? "is" : "are");
	size_t at = w > 0 && (size_t)w < size ? (size_t)w : 0;
	if (m <= 0)
		buf[0] = '\0';
	else if (n == 1 && last == cur)
		snprintf(buf + at, size - at, ", run %d (%ssave FILE saves it)", last,
			 lead);
	else if (n == 1)
		snprintf(buf + at, size - at, ", run %d (%sruns use %d, then %ssave FILE)", last, lead,
			 last, lead);
	else if (n > 1)
		snprintf(buf + at, size - at, ", runs %s (each: %sruns use N, then %ssave FILE)", ids,
			 lead, lead);
	return buf;
}

int cmd_open(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	rr_model *m = model_load(path);
	if (!m)
		return -1;
	const rr_settings *s = model_settings(m);
	const rr_labels *lab = model_labels(m);
	uint32_t nu, ni, nw;
	model_sizes(m, &nu, &ni, &nw);
	char bins[64], hid[64], shown[RR_SHOWN_PATH];
	bins_text(lab, bins, sizeof bins);
	set_text(s, "hidden", hid, sizeof hid);
	sink_printf(&app->sink,
		    "opened '%s': variant %d, bins %s, %d classes, dim %d, hidden %s, %u customers, "
		    "%u items, %u words",
		    rr_shown_path(shown, sizeof shown, path), s->variant, bins, model_n_classes(m), s->dim,
		    hid, nu, ni, nw);
	char note[RR_REPORT_NOTE];
	if (app->ds && (model_say_coverage(app, m, "mapped onto the loaded data") != 0 ||
			!model_data_note(m, app->ds, note, sizeof note))) {
		model_free(m);
		return -1;
	}
	if (app->ds && *note)   /* said before report is asked: its figures are not the run's */
		sink_printf(&app->sink, "note: %s", note);
	/* as runs use: the model's settings and bins become the session's, so a report shows
	 * the model's figures with no "train again", and a train trains the same model again.
	 * The threads stay this machine's. */
	rr_settings next = *s;
	next.threads = app->set.threads;
	set_model(app, m, 0);
	adopt_settings(app, &next, lab);   /* lab is the model's, now the session's */
	return 0;
}

int model_say_coverage(rr_app *app, const rr_model *m, const char *lead)
{
	uint32_t ku, ki;
	if (model_coverage(m, app->ds, &ku, &ki))
		return -1;
	sink_printf(&app->sink, "%s: it knows %u of the data's %u customer%s and %u of its %u item%s",
		    lead, ku, app->ds->n_users, rr_plural(app->ds->n_users), ki, app->ds->n_items,
		    rr_plural(app->ds->n_items));
	if ((ku == 0 || ki == 0) && app->ds->n_users && app->ds->n_items)   /* t51 F13 */
		sink_printf(&app->sink, "warning: the model knows none of this data's %s: it was "
			    "trained on other data, and its class probabilities say little here "
			    "(recommend shows - for an item whose customer and item it never saw); "
			    "'train' fits one to this data",
			    ku == 0 && ki == 0 ? "customers and items" : ku == 0 ? "customers" : "items");
	return 0;
}
