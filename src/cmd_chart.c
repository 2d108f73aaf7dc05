/* cmd_chart.c — export chart: the session's figures as PNG or SVG files for slides. */
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "cmd.h"
#include "err.h"
#include "model.h"
#include "train.h"
#include "util.h"

/* The loss curves of the session's last training run. */
static int chart_last_run(rr_app *app, const char *path)
{
	if (!app->runs || app->runs->n == 0)
		return err_set("export chart loss: no training run in this session yet: 'train' first");
	const rr_run *r = &app->runs->v[app->runs->n - 1];
	if (!r->loss || r->n_loss == 0)
		return err_set("export chart loss: run %d ended before its first epoch", r->id);
	char title[96];
	snprintf(title, sizeof title, "run %d: loss by epoch", r->id);
	if (chart_loss(path, r->loss, r->n_loss, r->best_epoch, title) != 0)
		return -1;
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote the loss curves of run %d (%d epoch%s) to '%s'", r->id,
		    r->n_loss, r->n_loss == 1 ? "" : "s", rr_shown_path(shown, sizeof shown, path));
	return 0;
}

static int chart_bins(rr_app *app, const char *path)
{
	if (!app->ds)
		return err_set("export chart labels needs data: load a file first (load FILE)");
	size_t *hist = dataset_order_hist(app->ds);
	if (!hist)
		return err_set("out of memory for the histogram");
	char title[96];
	int k = snprintf(title, sizeof title, "relevance labels: bins");
	for (int e = 0; e < app->labels.n_edges && k < (int)sizeof title; e++)
		k += snprintf(title + k, sizeof title - (size_t)k, " %u", app->labels.edge[e]);
	int rc = chart_labels(path, hist, app->ds->max_orders, &app->labels, title);
	free(hist);
	if (rc != 0)
		return -1;
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote the label histogram (%d classes) to '%s'",
		    app->labels.n_classes, rr_shown_path(shown, sizeof shown, path));
	return 0;
}

static int chart_matrix(rr_app *app, const char *path)
{
	if (!app->model)
		return err_set("export chart confusion needs a model: train one first (train) or open one (open FILE)");
	if (!app->ds)
		return err_set("export chart confusion needs the data: load the file the model was trained on");
	rr_metrics met;
	if (model_evaluate(app->model, app->ds, RR_SPLIT_TEST, &met) != 0)
		return -1;
	const rr_labels *lab = model_labels(app->model);
	const char *names[RR_MAX_CLASSES];
	for (int c = 0; c < met.k; c++)
		names[c] = lab->name[c];
	char note[RR_REPORT_NOTE];
	if (!cmd_report_note(app, note, sizeof note, "\n", 0) ||
	    chart_confusion(path, &met, names, "confusion matrix on the test split", note) != 0)
		return -1;
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote the confusion matrix (%lld test pairs) to '%s'",
		    (long long)met.total, rr_shown_path(shown, sizeof shown, path));
	cmd_report_note(app, note, sizeof note, "\n", 1);   /* as the chart's subtitle says */
	return 0;
}

int cmd_export_chart(rr_app *app, const rr_args *a)
{
	const char *what = args_get(a, "WHAT"), *path = args_get(a, "FILE");
	if (chart_target_check(path) != 0)   /* before the work: the matrix evaluates first */
		return -1;
	if (strcmp(what, "loss") == 0)
		return chart_last_run(app, path);
	if (strcmp(what, "labels") == 0)
		return chart_bins(app, path);
	return chart_matrix(app, path);
}
