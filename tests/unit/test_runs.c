/* test_runs.c — the session's runs and their models (issue 14): every run keeps a copy of its
 * model, `runs use N` brings back its model, settings and bins, `runs` marks the current one,
 * a stopped run that did worse does not replace a better model, the bins note, the memory
 * budget; and training on data without prices (spend all zero). On a small generated file, so
 * every training takes a fraction of a second. */
#include "testutil.h"

#include <math.h>

#include "app.h"
#include "cmd.h"
#include "err.h"
#include "gen.h"
#include "model_priv.h"
#include "train.h"

/* ---- fixtures ---- */

static char *gen_file(size_t rows)
{
	char *p = strdup("/tmp/relrec-runs-XXXXXX");
	int fd = mkstemp(p);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(0, gen_write_file(p, rows, 3, NULL));
	return p;
}

static void ok(rr_app *a, const char *line)
{
	if (cmd_exec(a, line) != 0)
		fail_msg("'%s': %s", line, err_msg());
}

static void app_with_data(rr_app *a, tu_capture *c, const char *path)
{
	assert_int_equal(0, app_init(a));
	tu_capture_install(&a->sink, c);
	char line[512];
	snprintf(line, sizeof line, "load %s", path);
	ok(a, line);
	ok(a, "bins 2 5");
	ok(a, "set variant 1");
	ok(a, "set epochs 3");
}

static void app_done(rr_app *a, tu_capture *c)
{
	app_free(a);
	free(c->buf);
}

static int same_weights(const rr_model *a, const rr_model *b)
{
	return a->net.n_params == b->net.n_params &&
	       memcmp(a->net.params, b->net.params, a->net.n_params * sizeof(float)) == 0;
}

/* In the rendered runs table out, 1 when run id's row is marked current (its second cell is
 * "*"), 0 when it is not, -1 when there is no such row. */
static int marked_current(const char *out, int id)
{
	for (const char *p = out; *p; p += strcspn(p, "\n") + (p[strcspn(p, "\n")] != 0)) {
		int got, n = 0;
		if (sscanf(p, "%d%n", &got, &n) == 1 && got == id)
			return p[n + strspn(p + n, " ")] == '*';
	}
	return -1;
}

/* In the rendered runs table out, 1 when run id's "model" cell (the third) is state, 0 when it
 * is not, -1 when there is no such row. */
static int model_state_is(const char *out, int id, const char *state)
{
	for (const char *p = out; *p; p += strcspn(p, "\n") + (p[strcspn(p, "\n")] != 0)) {
		int got, n = 0;
		char cur[8], st[16];
		if (sscanf(p, "%d %7s %15s%n", &got, cur, st, &n) == 3 && got == id)
			return strcmp(st, state) == 0;
	}
	return -1;
}

/* ---- runs keep their models; runs use N ---- */

static void test_runs_use_restores(void **state)
{
	(void)state;
	char *data = gen_file(8000);
	rr_app a;
	tu_capture c;
	app_with_data(&a, &c, data);
	ok(&a, "train");
	assert_int_equal(1, a.current_run);
	ok(&a, "set dim 8");
	ok(&a, "bins 2 7");
	ok(&a, "train");
	assert_int_equal(2, a.current_run);
	assert_int_equal(2, a.runs->n);
	/* each run holds its own copy, the current one equal to the session's model */
	rr_run *r1 = runs_get(a.runs, 1), *r2 = runs_get(a.runs, 2);
	assert_non_null(r1->model);
	assert_non_null(r2->model);
	assert_true(r1->model != a.model && r2->model != a.model);
	assert_true(same_weights(r2->model, a.model));
	assert_false(same_weights(r1->model, a.model));
	/* runs marks the current run */
	c.len = 0;
	ok(&a, "runs");
	assert_non_null(strstr(c.buf, "run  current  model  variant"));
	assert_int_equal(0, marked_current(c.buf, 1));
	assert_int_equal(1, marked_current(c.buf, 2));
	/* runs use 1: model, settings and bins come back, and it says what changed */
	c.len = 0;
	ok(&a, "runs use 1");
	assert_int_equal(1, a.current_run);
	assert_true(same_weights(r1->model, a.model));
	assert_int_equal(32, a.set.dim);
	assert_int_equal(5, (int)a.labels.edge[1]);
	assert_string_equal("run 1 is current: its model, settings and bins 2 5\n"
			    "settings: dim 8 → 32\n"
			    "bins 2 7 → 2 5\n", c.buf);
	/* the report is run 1's again: no note about bins */
	c.len = 0;
	ok(&a, "report");
	assert_null(strstr(c.buf, "note:"));
	/* the runs table still holds both models, the current marker moved */
	c.len = 0;
	ok(&a, "runs");
	assert_int_equal(1, marked_current(c.buf, 1));
	assert_int_equal(0, marked_current(c.buf, 2));
	/* errors */
	assert_int_equal(-1, cmd_exec(&a, "runs use 3"));
	assert_string_equal("runs use: no run 3 (runs 1 to 2)", err_msg());
	assert_int_equal(-1, cmd_exec(&a, "runs use"));
	assert_non_null(strstr(err_msg(), "use takes a run number"));
	assert_int_equal(-1, cmd_exec(&a, "runs 2"));
	/* `open` makes no run current */
	char *mf = strdup("/tmp/relrec-runs-model-XXXXXX");
	close(mkstemp(mf));
	char line[512];
	snprintf(line, sizeof line, "save %s", mf ? mf : "");
	ok(&a, line);
	snprintf(line, sizeof line, "open %s", mf ? mf : "");
	ok(&a, line);
	assert_int_equal(0, a.current_run);
	tu_remove(mf);
	app_done(&a, &c);
	tu_remove(data);
}

/* ---- a stopped run does not replace a better model ---- */

static rr_app *stop_app;
static int stop_after, batches;

static void stop_progress(void *ctx, const rr_progress *p)
{
	(void)ctx;
	if (p->phase == RR_PHASE_BATCH && ++batches >= stop_after)
		stop_app->stop = 1;
}

static void test_stopped_run_keeps_better(void **state)
{
	(void)state;
	char *data = gen_file(8000);
	rr_app a;
	tu_capture c;
	app_with_data(&a, &c, data);
	ok(&a, "set epochs 6");
	ok(&a, "train");
	uint64_t gen1 = model_gen(a.model);
	/* run 2 stopped after its first batch events: worse than run 1 */
	stop_app = &a;
	stop_after = 1;
	batches = 0;
	a.sink.progress = stop_progress;
	c.len = 0;
	ok(&a, "train");
	a.sink.progress = NULL;
	const rr_run *r1 = runs_get(a.runs, 1), *r2 = runs_get(a.runs, 2);
	assert_int_equal(1, r2->stopped);
	assert_true(run_macro_f1(r2) < run_macro_f1(r1));
	char want[512];
	snprintf(want, sizeof want,
		 "run 2 stopped after 0 epochs (test macro-F1 %.4f); keeping run 1's model (%.4f) — "
		 "'runs use 2' to switch\n",
		 run_macro_f1(r2), run_macro_f1(r1));
	assert_string_equal(want, c.buf);
	assert_int_equal(1, a.current_run);
	assert_true(model_gen(a.model) == gen1);   /* the very same model, untouched */
	assert_non_null(r2->model);                /* the stopped run is kept, and can be chosen */
	ok(&a, "runs use 2");
	assert_int_equal(2, a.current_run);
	assert_true(same_weights(r2->model, a.model));
	/* a stopped run on other bins has nothing to be compared with: it becomes current */
	ok(&a, "bins 3");
	batches = 0;
	a.sink.progress = stop_progress;
	ok(&a, "train");
	a.sink.progress = NULL;
	assert_int_equal(3, a.current_run);
	app_done(&a, &c);
	tu_remove(data);
}

/* The rule alone, on run records. */
static void test_keep_current_rule(void **state)
{
	(void)state;
	rr_run cur, next;
	memset(&cur, 0, sizeof cur);
	long e[2] = {2, 5};
	labels_set(&cur.lab, 2, e);
	cur.ds_gen = 7;
	cur.has_test = 1;
	cur.test.macro_f1 = 0.7430;
	next = cur;
	next.test.macro_f1 = 0.6646;
	assert_int_equal(1, runs_keep_current(&cur, &next, 1));
	assert_int_equal(0, runs_keep_current(&cur, &next, 0));   /* finished runs always replace */
	assert_int_equal(0, runs_keep_current(NULL, &next, 1));   /* nothing to keep */
	next.test.macro_f1 = 0.75;
	assert_int_equal(0, runs_keep_current(&cur, &next, 1));   /* the stopped run is better */
	next.test.macro_f1 = 0.7430;
	assert_int_equal(0, runs_keep_current(&cur, &next, 1));   /* a tie goes to the new run */
	next.test.macro_f1 = 0.5;
	next.ds_gen = 8;
	next.ds_print = cur.ds_print + 1;
	assert_int_equal(0, runs_keep_current(&cur, &next, 1));   /* other data */
	next.ds_print = cur.ds_print;
	assert_int_equal(1, runs_keep_current(&cur, &next, 1));   /* the same data loaded again */
	next.ds_gen = 7;
	long f[2] = {2, 7};
	labels_set(&next.lab, 2, f);
	assert_int_equal(0, runs_keep_current(&cur, &next, 1));   /* other bins */
	/* without a test split, validation figures */
	next = cur;
	cur.has_test = next.has_test = 0;
	cur.val_macro_f1 = 0.7;
	next.val_macro_f1 = 0.6;
	assert_int_equal(1, runs_keep_current(&cur, &next, 1));
	next.val_macro_f1 = NAN;
	assert_int_equal(1, runs_keep_current(&cur, &next, 1));
	cur.val_macro_f1 = NAN;
	assert_int_equal(0, runs_keep_current(&cur, &next, 1));
}


/* export runs into a new temporary file (returned, to remove) and its text into got */
static char *export_runs_text(rr_app *a, char *got, size_t size)
{
	char *csv = tu_write_temp_str(""), line[512];
	snprintf(line, sizeof line, "export runs %s", csv);
	ok(a, line);
	FILE *f = fopen(csv, "r");
	assert_non_null(f);
	size_t nr = fread(got, 1, size - 1, f);
	fclose(f);
	got[nr] = '\0';
	return csv;
}
/* ---- the memory budget ---- */

static void test_runs_trim(void **state)
{
	(void)state;
	char *data = gen_file(3000);
	rr_app a;
	tu_capture c;
	app_with_data(&a, &c, data);
	ok(&a, "set epochs 1");
	for (int i = 0; i < 5; i++)
		ok(&a, "train");
	ok(&a, "runs use 2");
	size_t one = model_bytes(runs_get(a.runs, 1)->model);
	assert_true(one > 0);
	/* room for three: the oldest go, never the current (2) nor the newest (5) */
	assert_int_equal(2, runs_trim(a.runs, a.current_run, 3 * one + one / 2));
	assert_null(runs_get(a.runs, 1)->model);
	assert_non_null(runs_get(a.runs, 2)->model);
	assert_null(runs_get(a.runs, 3)->model);
	assert_non_null(runs_get(a.runs, 4)->model);
	assert_non_null(runs_get(a.runs, 5)->model);
	assert_int_equal(-1, cmd_exec(&a, "runs use 1"));
	assert_string_equal("runs use: run 1's model was dropped to save memory; 'set' its settings "
			    "and 'train' again", err_msg());
	/* runs and export runs say which runs' models went (t20 F8) */
	c.len = 0;
	c.buf[0] = '\0';
	ok(&a, "runs");
	assert_int_equal(1, model_state_is(c.buf, 1, "dropped"));
	assert_int_equal(1, model_state_is(c.buf, 2, "kept"));   /* current */
	assert_int_equal(1, model_state_is(c.buf, 3, "dropped"));
	assert_int_equal(1, model_state_is(c.buf, 4, "kept"));
	char got[4096], *csv = export_runs_text(&a, got, sizeof got);
	assert_non_null(strstr(got, ",\"current\",\"model\",\"data\",\"filters\"\r\n"));
	/* run 1's row ends so: the same data, no filter (t44 #12: data and filters) */
	assert_non_null(strstr(got, ",0,\"dropped\",\"now\",\"none\"\r\n2,"));
	assert_non_null(strstr(got, ",1,\"kept\",\"now\",\"none\"\r\n3,"));   /* run 2, current */
	tu_remove(csv);
	ok(&a, "runs use 2");   /* the current run needs no copy */
	ok(&a, "runs use 4");
	/* no budget at all: only the current run and the newest keep theirs */
	assert_int_equal(1, runs_trim(a.runs, a.current_run, 0));
	assert_null(runs_get(a.runs, 2)->model);
	assert_non_null(runs_get(a.runs, 4)->model);
	assert_non_null(runs_get(a.runs, 5)->model);
	app_done(&a, &c);
	tu_remove(data);
}

/* export runs' best_epoch is 0 when the run kept its last epoch's weights, with patience as
 * without (t23 F7: one epoch and patience 1 wrote best_epoch 1) */
static void test_export_runs_best_epoch(void **state)
{
	(void)state;
	char *data = gen_file(3000);
	rr_app a;
	tu_capture c;
	app_with_data(&a, &c, data);
	ok(&a, "set epochs 1");
	ok(&a, "set patience 1");
	ok(&a, "train");
	assert_int_equal(1, runs_get(a.runs, 1)->best_epoch);   /* the chart still marks it */
	char got[4096], *csv = export_runs_text(&a, got, sizeof got);
	const char *row = strstr(got, "\r\n1,");
	assert_non_null(row);
	assert_non_null(strstr(row, "\",1,0,0,"));   /* class_f1, epochs_run 1, best_epoch 0, stopped 0 */
	tu_remove(csv);
	app_done(&a, &c);
	tu_remove(data);
}

/* ---- the bins note ---- */

static void test_labels_note(void **state)
{
	(void)state;
	char *data = gen_file(3000);
	rr_app a;
	tu_capture c;
	app_with_data(&a, &c, data);
	ok(&a, "set epochs 1");
	char buf[160];
	assert_string_equal("", model_labels_note(NULL, &a.labels, buf, sizeof buf));
	ok(&a, "train");
	assert_string_equal("", model_labels_note(a.model, &a.labels, buf, sizeof buf));
	ok(&a, "bins 2 7");
	assert_string_equal("model trained with bins 2 5; labels now 2 7 — train again",
			    model_labels_note(a.model, &a.labels, buf, sizeof buf));
	c.len = 0;
	ok(&a, "report");
	assert_non_null(strstr(c.buf, "\nnote: model trained with bins 2 5; labels now 2 7 — train again\n"));
	ok(&a, "bins 1 2 3");
	assert_string_equal("model trained with bins 2 5; labels now 1 2 3 — train again",
			    model_labels_note(a.model, &a.labels, buf, sizeof buf));
	/* truncated, never overrun */
	char small[12];
	assert_string_equal("model train", model_labels_note(a.model, &a.labels, small, sizeof small));
	app_done(&a, &c);
	tu_remove(data);
}

/* ---- no prices: spend is zero for every pair ---- */

static void test_train_without_prices(void **state)
{
	(void)state;
	/* 40 customers, 30 items, a few invoices each, every price 0 */
	size_t cap = 1 << 20, n = 0;
	char *csv = malloc(cap);
	n += (size_t)snprintf(csv + n, cap - n,
			      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,"
			      "CustomerID,Country\n");
	uint32_t x = 12345;
	int inv = 500000;
	for (int u = 0; u < 40; u++)
		for (int k = 0; k < 12; k++, inv++)
			for (int j = 0; j < 4; j++) {
				x = x * 1103515245u + 12345u;
				int item = (int)((x >> 16) % 30) % (10 + u % 20);
				n += (size_t)snprintf(csv + n, cap - n,
						      "%d,I%02d,ITEM %d THING,%d,%d/%d/2011 10:00,0,%d,UK\n",
						      inv, item, item % 7, 1 + (int)(x >> 28),
						      1 + k % 12, 1 + u % 28, 10000 + u);
			}
	char *path = tu_write_temp(csv, n);
	free(csv);
	rr_app a;
	tu_capture c;
	assert_int_equal(0, app_init(&a));
	tu_capture_install(&a.sink, &c);
	char line[512];
	snprintf(line, sizeof line, "load %s", path);
	ok(&a, line);
	ok(&a, "clean price off");
	ok(&a, "bins 1 3");
	for (size_t p = 0; p < a.ds->n_pairs; p++)
		assert_true(a.ds->pairs[p].spend == 0);
	ok(&a, "set epochs 3");
	ok(&a, "train");
	const rr_model *m = a.model;
	assert_true(m->feat_mean[1] == 0.0f && m->feat_std[1] == 1.0f);   /* not 0/0 */
	assert_true(isfinite(m->feat_mean[0]) && m->feat_std[0] > 0);
	assert_true(isfinite(model_info(m)->train_loss) && isfinite(model_info(m)->val_loss));
	for (size_t i = 0; i < m->net.n_params; i++)
		assert_true(isfinite(m->net.params[i]));
	ok(&a, "report");
	float *score = malloc(a.ds->n_items * sizeof *score);
	assert_int_equal(0, model_score_user(m, a.ds, 0, score, NULL));
	for (uint32_t i = 0; i < a.ds->n_items; i++)
		assert_true(isfinite(score[i]));
	free(score);
	app_done(&a, &c);
	tu_remove(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keep_current_rule),
		cmocka_unit_test(test_runs_use_restores),
		cmocka_unit_test(test_stopped_run_keeps_better),
		cmocka_unit_test(test_runs_trim),
		cmocka_unit_test(test_export_runs_best_epoch),
		cmocka_unit_test(test_labels_note),
		cmocka_unit_test(test_train_without_prices),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
