/* cmd_act.c — what an analyst does with the answers: business rules (exclude, only), the
 * buy-again list (due, export due, evaluate due). Audiences are cmd_audience.c's. */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "csvout.h"
#include "dataset.h"
#include "due.h"
#include "err.h"
#include "filter.h"
#include "ingest.h"
#include "lines.h"
#include "rules.h"
#include "strtab.h"
#include "util.h"

#define DAY 1440

/* ==== business rules ==== */

/* rr_list_known's test for a list of stock codes: a code of the loaded rows (rows_find_code,
 * as the loads read it; ctx the app, with rows). */
static int list_known_item(const void *ctx, const char *code)
{
	return rows_find_code(((const rr_app *)ctx)->rows, code) != RR_NONE;
}

/* The codes of a rules command: its CODE words and the lines of --file FILE. */
static int rule_codes(rr_app *app, const rr_args *a, char ***codes, size_t *n)
{
	const char *file = args_get(a, "--file");
	int nw = args_count(a, "CODE");
	char **v = NULL;
	size_t nf = 0;
	if (!file && nw == 0)
		return args_usage_error(a, "give stock codes, or --file FILE");
	rr_list_known known = {list_known_item, app};
	/* only items' list is what is in stock: a count of 0 or below is none (t82 F13) */
	rr_list_head head = {.known = app->rows ? &known : NULL,
			     .stocked = a->cmd->fn == cmd_only_items};
	char enc[32];
	if (file && (cmd_script_stream_check(app, file, LIST_OF_CODES) != 0 ||
		     rules_read_file(file, app->rows ? app->rows->item_col : NULL,
				     cmd_data_encoding(app, enc, sizeof enc), &v, &nf, &head) != 0))
		return -1;
	char note[320];
	if (head.col > 1)   /* t48 N1: an audience export's codes are not its customers */
		sink_printf(&app->sink, "%s", lines_column_text(head.col, head.name, note,
								sizeof note));
	if (head.col && head.unread_col)   /* t69 F-B: a rules export's consequents */
		sink_printf(&app->sink, "%s", lines_unread_text(&head, note, sizeof note));
	if (head.count_col && head.counted)   /* t85 F10: SKU,Stock is a count column too */
		sink_printf(&app->sink, "%s", lines_count_text(&head, "code", note, sizeof note));
	if (head.several)   /* t71 F8: "A001,A002,A003" on one line */
		sink_printf(&app->sink, "%s", lines_several_text(&head, "code", note, sizeof note));
	if (head.split)   /* e136: each a code of the data, each read */
		sink_printf(&app->sink, "%s", lines_split_text(&head, "code", note, sizeof note));

	char **all = realloc(v, (nf + (size_t)nw + 1) * sizeof *all);
	if (!all) {
		rules_free_codes(v, nf);
		return err_set("cannot allocate %zu item codes", nf + (size_t)nw);
	}
	for (int i = 0; i < nw; i++) {
		if (!(all[nf] = strdup(args_nth(a, "CODE", i)))) {
			rules_free_codes(all, nf);
			return err_set("cannot allocate %zu item codes", nf + (size_t)nw);
		}
		nf++;
	}
	for (size_t k = 0; k < nf; k++)   /* as the loads read codes: no invisible marks */
		rows_typed_id(all[k]);
	if (rules_unique_codes(all, &nf) != 0) {   /* a code listed twice is one item */
		rules_free_codes(all, nf);
		return -1;
	}
	*codes = all;
	*n = nf;
	return 0;
}

/* The note on the listed codes that are no item of the loaded data, at most five named, each
 * with the item it may mean (dataset_near_id: the code in another case, or with its zeros),
 * which the rule does not block (t66 F2: 85123a, a code of rows the cleaning drops only, was
 * counted known, and 85123A stayed offered, said by nothing but a count); kept, for they may
 * be items of other data. Before the data is aggregated, the file's codes. */
static void say_unknown(rr_app *app, char *const *codes, size_t n)
{
	if (!app->rows)
		return;
	char list[400] = "";
	size_t unknown = 0, k = 0;
	for (size_t i = 0; i < n; i++) {
		if (app->ds ? dataset_find_item(app->ds, codes[i]) != RR_NONE
			    : strtab_find(app->rows->codes, codes[i], strlen(codes[i])) != RR_NONE)
			continue;
		const char *near = app->ds ? dataset_near_id(app->ds, 0, codes[i]) : NULL;
		if (unknown < 5 && k < sizeof list)
			k += (size_t)snprintf(list + k, sizeof list - k, "%s%s%s%s%s",
					      unknown ? "; " : "", codes[i], near ? ": the data has " : "",
					      near ? near : "", near ? ", not blocked by it" : "");
		unknown++;
	}
	if (unknown)
		sink_printf(&app->sink, "note: %zu of these codes %s not in the loaded data's items (%s%s); kept for other data",
			    unknown, unknown == 1 ? "is" : "are", list,
			    unknown > 5 ? "; ..." : "");
}

/* "rules: only 120 items; 3 items excluded: 3541 of the 3659 items of the data blocked". */
static void say_rules(rr_app *app)
{
	char text[160];
	rules_text(&app->rules, text, sizeof text);
	if (!*text) {
		sink_printf(&app->sink, "business rules: none (every item may be offered)");
		return;
	}
	if (!app->ds) {
		sink_printf(&app->sink, "business rules: %s", text);
		return;
	}
	unsigned char *blocked = malloc(app->ds->n_items + 1);
	if (!blocked)
		return;
	size_t nb = rules_mask(&app->rules, app->ds, blocked);
	free(blocked);
	sink_printf(&app->sink, "business rules: %s; %zu of the data's %u items may not be offered",
		    text, nb, app->ds->n_items);
}

void act_show_rules(rr_app *app)
{
	if (rules_active(&app->rules))
		say_rules(app);
}

int cmd_exclude_items(rr_app *app, const rr_args *a)
{
	char **codes;
	size_t n, added;
	if (rule_codes(app, a, &codes, &n) != 0)
		return -1;
	int rc = rules_exclude(&app->rules, (const char *const *)codes, n, &added);
	if (rc == 0) {
		sink_printf(&app->sink, "excluded %zu item%s (%zu new)", n, n == 1 ? "" : "s", added);
		say_unknown(app, codes, n);
		say_rules(app);
	}
	rules_free_codes(codes, n);
	return rc;
}

int cmd_only_items(rr_app *app, const rr_args *a)
{
	char **codes;
	size_t n;
	if (rule_codes(app, a, &codes, &n) != 0)
		return -1;
	if (n == 0) {   /* t71 F31: an empty stock list (a failed sync's) would bar every item */
		rules_free_codes(codes, n);
		return err_set("'%s': the list holds no code, and only items of none would bar every "
			       "item from being offered: give a list that names the items, or "
			       "exclude items for the ones never to offer", args_get(a, "--file"));
	}
	int rc = rules_set_only(&app->rules, (const char *const *)codes, n);
	if (rc == 0) {
		sink_printf(&app->sink, "only %zu listed item%s may be offered", app->rules.n_only,
			    app->rules.n_only == 1 ? "" : "s");
		say_unknown(app, codes, n);
		say_rules(app);
	}
	rules_free_codes(codes, n);
	return rc;
}

int cmd_exclude_clear(rr_app *app, const rr_args *a)
{
	(void)a;
	char text[160];
	rules_text(&app->rules, text, sizeof text);
	rules_clear(&app->rules);
	if (*text)
		sink_printf(&app->sink, "business rules cleared (were: %s); every item may be offered", text);
	else
		sink_printf(&app->sink, "no business rules were set; every item may be offered");
	return 0;
}

/* The items the rules forbid in the session's data: a malloc'd [n_items] mask, or NULL with
 * err_set. *n_blocked (may be NULL) receives how many. */
static unsigned char *blocked_items(rr_app *app, size_t *n_blocked)
{
	unsigned char *b = malloc(app->ds->n_items + 1);
	if (!b) {
		err_set("cannot allocate %u item flags", app->ds->n_items);
		return NULL;
	}
	size_t n = rules_mask(&app->rules, app->ds, b);
	if (n_blocked)
		*n_blocked = n;
	return b;
}

/* ==== due ==== */

/* due_fit's failure said with the command that asked and its way out (t51 F6): cmd is "due"
 * or "evaluate due"; a stop or an allocation failure is left as it is. Returns -1. */
static int due_fail_say(const rr_app *app, const char *cmd, rr_due_fail why)
{
	char msg[RR_ERR_MAX];
	const char *hint = "";
	int ev = !strcmp(cmd, "evaluate due");
	/* the history a filter of days cut short is lengthened by the filter, not another file */
	const rr_filter *f = &app->clean.filter;
	int window = f->since != INT32_MIN || f->until != INT32_MAX;
	if (why == DUE_FAIL_OTHER)
		return -1;
	snprintf(msg, sizeof msg, "%s", err_msg());
	if (why == DUE_FAIL_ONE_DAY)
		hint = ev ? "--cutoff a later day" : window ? "widen filter since/until ('filter' "
			"shows them)" : "load a longer history";
	else if (why == DUE_FAIL_SHORT)
		hint = ev ? "--cutoff a later day, or a shorter DAYS" : window ? "a shorter DAYS, or "
			"widen filter since/until ('filter' shows them)" : "a shorter DAYS, or load a "
			"longer history";
	else if (why == DUE_FAIL_ALL_AGAIN)   /* a subscription box: every pair is due */
		hint = ev ? "every pair re-orders within DAYS: a shorter DAYS or another --cutoff may "
			"tell them apart" : "every pair re-orders within DAYS, as a subscription's do: "
			"expect all of them again; a shorter DAYS may tell them apart";
	else
		hint = ev ? "try a longer DAYS, up to 365, or another --cutoff" : "no re-order within "
			"DAYS: try a longer DAYS, up to 365";
	return err_set("%s: %s (%s)", cmd, msg, hint);
}

/* The cadence model of the session's data for a window of days, refitted when either changed. */
static int ensure_due(rr_app *app, int days, const char *cmd)
{
	if (app->due && app->due->ds_gen == app->ds->gen && app->due->days == days)
		return 0;
	/* t84 F6: filters that keep no row are not a short history ("load a longer history") */
	if (act_need_rows(app, cmd) != 0)
		return -1;
	due_free(app->due);
	rr_work w = app_work(app);
	double t0 = rr_now();
	rr_due_fail why;
	app->due = due_fit(app->ds, app_present(app, NULL), days, &w, &why);
	if (!app->due)
		return due_fail_say(app, cmd, why);
	app->due->ds_gen = app->ds->gen;
	sink_timing(&app->sink, "  cadence model for %d days fitted in %.2f s", days, rr_now() - t0);
	return 0;
}

/* A fit on few pairs: say how few, and what that does to the chances. */
static void due_small_note(rr_app *app, const rr_due *m)
{
	char share[96];
	if (m->n_fit >= DUE_FIT_SMALL && m->n_again < DUE_AGAIN_SMALL) {
		sink_printf(&app->sink,
			    "note: only %zu of the %zu pairs it was fitted on were re-ordered in the "
			    "window (fewer than %d): the order of its chances is rough; a longer window "
			    "learns from more", m->n_again, m->n_fit, DUE_AGAIN_SMALL);
		return;
	}
	if (m->n_fit >= DUE_FIT_SMALL)
		return;
	sink_printf(&app->sink,
		    "note: the cadence model was fitted on only %zu pair%s (fewer than %d): its chances "
		    "are rough, held toward the %s among them",
		    m->n_fit, rr_plural((double)m->n_fit), DUE_FIT_SMALL,
		    due_share(m, share, sizeof share));
}

/* The first k pairs of the due order whose item the rules allow, into top; returns how many. */
static size_t due_top(const rr_due *m, const unsigned char *blocked, size_t k, uint32_t *top)
{
	const rr_dataset *d = m->hist.ds;
	size_t got = 0;
	for (size_t r = 0; r < d->n_pairs && got < k; r++) {
		uint32_t p = m->order[r];
		if (m->p[p] > 0 && !blocked[d->pairs[p].item])
			top[got++] = p;
	}
	return got;
}

/* "today, 2011-12-10": the present the list counts from, the day after the history, or
 * "today, 2011-07-03 as filter until ends" when the filter cut later rows off (t70 F3's
 * present, which recommend takes too): the reader sees which day "M days ago" counts to. */
static const char *due_from(const rr_app *app, const rr_due *m, char *buf, size_t size)
{
	char day[32];
	int by_filter;
	app_present(app, &by_filter);   /* the day is the model's: the session's cache keeps them one */
	snprintf(buf, size, "today, %.10s%s", ingest_format_minute(m->t_end, day, sizeof day),
		 by_filter ? " as filter until ends" : "");
	return buf;
}

static rr_table *due_table(rr_app *app, const rr_due *m, const uint32_t *top, size_t n,
			   size_t n_blocked)
{
	const rr_dataset *d = app->ds;
	char title[320], from[64];
	const char *days = rr_plural(m->days), *pairs = rr_plural((double)d->n_pairs);
	due_from(app, m, from, sizeof from);
	if (n == 0)   /* an only-list of items nobody re-orders: say so, not "the 0 pairs" */
		snprintf(title, sizeof title,
			 "nothing is left to offer: no customer-item pair%s has a chance of a "
			 "re-order within %d day%s from %s (of %zu pair%s)",
			 n_blocked ? " whose item the business rules allow" : "", m->days, days, from,
			 d->n_pairs, pairs);
	else
		snprintf(title, sizeof title,
			 "the %zu customer-item pair%s most likely re-ordered within %d day%s from %s "
			 "(of %zu pair%s%s)", n, rr_plural((double)n), m->days, days, from, d->n_pairs,
			 pairs, n_blocked ? "; items the business rules block left out" : "");
	static const char *const head[] = {"rank", "customer", "stock code", "description", "chance",
					   "reason"};
	rr_table *t = table_new(6, title);
	if (!t)
		return NULL;
	for (int c = 0; c < 6; c++)
		table_head(t, c, head[c], c == 0 || c == 4 ? 'r' : 'l');
	table_optional(t, 3);   /* data without descriptions */
	for (size_t r = 0; r < n; r++) {
		const rr_pair *q = &d->pairs[top[r]];
		rr_due_pair c;
		char why[160];
		due_pair_at(&m->hist, top[r], m->t_end, &c);
		int row = table_add_row(t);
		table_set(t, row, 0, "%zu", r + 1);
		table_set(t, row, 1, "%s", dataset_user_name(d, q->user));
		table_set(t, row, 2, "%s", dataset_item_name(d, q->item));
		table_set(t, row, 3, "%s", dataset_item_desc(d, q->item));
		table_set(t, row, 4, "%.3f", m->p[top[r]]);
		table_set(t, row, 5, "%s", due_reason(&c, why, sizeof why));
	}
	return t;
}

int cmd_due(rr_app *app, const rr_args *a)
{
	int days = (int)args_long(a, "DAYS", 30);
	size_t k = (size_t)args_long(a, "K", 20), n_blocked;
	if (ensure_due(app, days, "due") != 0)
		return -1;
	double t0 = rr_now();
	unsigned char *blocked = blocked_items(app, &n_blocked);
	uint32_t *top = malloc(k * sizeof *top);
	if (!blocked || !top) {
		free(blocked);
		free(top);
		return err_set("cannot allocate the due list");
	}
	size_t n = due_top(app->due, blocked, k, top);
	rr_table *t = due_table(app, app->due, top, n, n_blocked);
	free(blocked);
	free(top);
	if (!t)
		return err_set("cannot allocate a table");
	sink_table(&app->sink, t);
	table_free(t);
	double all = rr_now() - t0;   /* the list, its reasons and the table shown */
	const rr_due *m = app->due;
	char share[96];
	sink_printf(&app->sink,
		    "chance: of a re-order within %d day%s, from cadence, days since the last purchase "
		    "and the customer's rhythm; fitted on the %zu pair%s as of %d day%s earlier "
		    "(%s)", days, rr_plural(days), m->n_fit, rr_plural((double)m->n_fit),
		    days, rr_plural(days), due_share(m, share, sizeof share));
	due_small_note(app, m);
	act_season_note(app, m->t_end, days, "its chances");
	sink_timing(&app->sink, "listed and answered in %.2f ms", all * 1e3);
	return 0;
}

int cmd_export_due(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	int days = (int)args_long(a, "DAYS", 30);
	size_t k = (size_t)args_long(a, "K", 1000), n_blocked;
	static const char *const head[] = {"rank", RR_EXPORT_CUSTOMER, RR_EXPORT_ITEM, "description",
					   "chance", "purchase_days", "median_gap_days",
					   "days_since_last", "customer_median_gap_days", "reason"};
	rr_csvout o;   /* opened first: a file it may not replace is refused before the fit */
	if (csvout_open(&o, path, args_has(a, "--raw"), head, 10) != 0)
		return -1;
	if (ensure_due(app, days, "export due") != 0) {
		csvout_close(&o, 0);
		return -1;
	}
	const rr_due *m = app->due;
	const rr_dataset *d = app->ds;
	unsigned char *blocked = blocked_items(app, &n_blocked);
	uint32_t *top = malloc(k * sizeof *top);
	if (!blocked || !top) {
		free(blocked);
		free(top);
		csvout_close(&o, 0);
		return err_set("cannot allocate the due list");
	}
	size_t n = due_top(m, blocked, k, top);
	for (size_t r = 0; r < n; r++) {
		const rr_pair *q = &d->pairs[top[r]];
		rr_due_pair c;
		char why[160];
		due_pair_at(&m->hist, top[r], m->t_end, &c);
		csvout_fieldf(&o, "%zu", r + 1);
		csvout_str(&o, dataset_user_name(d, q->user));
		csvout_str(&o, dataset_item_name(d, q->item));
		csvout_str(&o, dataset_item_desc(d, q->item));
		csvout_fieldf(&o, "%.6f", m->p[top[r]]);
		csvout_fieldf(&o, "%d", c.n);
		csvout_num(&o, "%.1f", c.n >= 2 ? c.gap : 0.0 / 0.0);
		csvout_fieldf(&o, "%.0f", c.since);
		csvout_num(&o, "%.1f", c.user_gap > 0 ? c.user_gap : 0.0 / 0.0);
		csvout_str(&o, due_reason(&c, why, sizeof why));
		csvout_end(&o);
	}
	free(blocked);
	free(top);
	if (csvout_close(&o, 1) != 0)
		return -1;
	char from[64];
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote %zu pairs likely re-ordered within %d days from %s, to '%s'", n,
		    days, due_from(app, m, from, sizeof from), rr_shown_path(shown, sizeof shown, path));
	return 0;
}

/* ==== evaluate due ==== */

int act_need_rows(const rr_app *app, const char *cmd)
{
	if (app->ds->kept)
		return 0;
	return err_set("%s: no row is kept (the cleaning rules or filters drop them all: 'clean' "
		       "and 'filter' show them): nothing to %s", cmd,
		       strncmp(cmd, "evaluate", 8) == 0 ? "evaluate" : "learn from");
}

void act_season_note(rr_app *app, int32_t from, int days, const char *what)
{
	int sold = 0, years = dataset_season_years(app->ds, from, days, &sold);
	char a[32], b[32];
	if (years == 0 || sold > 0)
		return;
	ingest_format_minute(from, a, sizeof a);
	ingest_format_minute(from + (days - 1) * DAY, b, sizeof b);
	char in[48];
	if (years == 1)
		snprintf(in, sizeof in, "its one earlier year");
	else
		snprintf(in, sizeof in, "any of its %d earlier years", years);
	sink_printf(&app->sink,
		    "note: the history holds no sale in these days of the calendar (%.5s to %.5s) in "
		    "%s: %s, learnt from the days before, assume the coming days are like those; a "
		    "shop that does not sell in this season will see far fewer", a + 5, b + 5, in,
		    what);
}

int act_split_fail(const char *cmd)
{
	char msg[RR_ERR_MAX];
	snprintf(msg, sizeof msg, "%s", err_msg());
	int empty = !strncmp(msg, "no train rows", 13) || !strncmp(msg, "no test rows", 12);
	return err_set("%s: %s%s", cmd, msg, empty ? " (--cutoff a day between them)" : "");
}

int act_cutoff(rr_app *app, const rr_args *a, const char *cmd, int32_t *cutoff)
{
	char day[32], range[64];
	const char *text = args_get(a, "--cutoff");
	if (text) {
		ingest_parse_day(text, cutoff); /* checked by cmd_parse */
		return 0;
	}
	const rr_dataset *d = app->ds;
	dataset_minutes_text(d, range, sizeof range);
	int down = 0;
	*cutoff = dataset_default_cutoff_down(d, &down);
	/* rows of one day (t25 F5): no midnight splits them, and a day typed cannot either */
	if (*cutoff <= d->min_minute || *cutoff > d->max_minute)
		return err_set("%s: the kept rows' times, %s, hold no midnight after the first: no "
			       "cutoff splits them into a period before and one after (%s)", cmd, range,
			       filter_active(&app->clean.filter) ? "'filter' a longer span" :
			       "the data itself spans one day: load a longer history");
	/* the two times to the minute, which the cutoff is computed from: the days alone give a
	 * reader another cutoff, a day off (t23 F4) */
	sink_printf(&app->sink, "cutoff %.10s (the start of the last quarter of the kept rows' "
		    "times, %s, to the nearest midnight%s; --cutoff to choose)",
		    ingest_format_minute(*cutoff, day, sizeof day), range,
		    down ? " before the last row" : "");
	return 0;
}
/* truth[p] = 1 for each pair of train bought again in test; returns how many. */
static size_t due_truth(const rr_dataset *train, const rr_dataset *test, unsigned char *truth)
{
	size_t n = 0;
	memset(truth, 0, train->n_pairs + 1);
	for (size_t q = 0; q < test->n_pairs; q++) {
		const rr_pair *x = &test->pairs[q];
		uint32_t u = dataset_find_user(train, dataset_user_name(test, x->user));
		uint32_t i = dataset_find_item(train, dataset_item_name(test, x->item));
		size_t p = u == RR_NONE || i == RR_NONE ? (size_t)-1 : dataset_find_pair(train, u, i);
		if (p != (size_t)-1 && !truth[p]) {
			truth[p] = 1;
			n++;
		}
	}
	return n;
}

static void due_eval_row(rr_table *t, const char *method, const uint32_t *list, size_t len,
			 size_t k, const unsigned char *truth, size_t n_truth)
{
	size_t hits = 0, upto = len < k ? len : k;
	for (size_t r = 0; r < upto; r++)
		hits += truth[list[r]];
	int row = table_add_row(t);
	table_set(t, row, 0, "%s", method);
	table_set(t, row, 1, "%zu", k);
	table_set(t, row, 2, "%zu", upto);
	table_set(t, row, 3, "%zu", hits);
	table_set(t, row, 4, "%.4f", k ? (double)hits / (double)k : 0.0);
	table_set(t, row, 5, "%.4f", n_truth ? (double)hits / (double)n_truth : 0.0);
}

static rr_table *due_eval_table(const rr_due *m, const uint32_t *base, size_t n_base,
				const unsigned char *truth, size_t n_truth, const long *ks, int n_k)
{
	char title[200];
	snprintf(title, sizeof title,
		 "re-orders within %d days of the cutoff: precision and recall of the top K pairs (baseline: days since last >= median gap)",
		 m->days);
	static const char *const head[] = {"method", "K", "listed", "hits", "precision", "recall"};
	rr_table *t = table_new(6, title);
	if (!t)
		return NULL;
	for (int c = 0; c < 6; c++)
		table_head(t, c, head[c], c ? 'r' : 'l');
	/* the list lengths asked for, and the baseline's own: every pair it flags */
	size_t np = m->hist.ds->n_pairs, sizes[3];
	int n = 0;
	for (int j = 0; j < n_k; j++)
		sizes[n++] = (size_t)ks[j];
	if (n_base)
		sizes[n++] = n_base;
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && sizes[j - 1] > sizes[j]; j--) {
			size_t x = sizes[j];
			sizes[j] = sizes[j - 1];
			sizes[j - 1] = x;
		}
	for (int j = 0; j < n; j++) {
		if (j && sizes[j] == sizes[j - 1])
			continue;
		due_eval_row(t, "relrec", m->order, np, sizes[j], truth, n_truth);
		due_eval_row(t, "overdue", base, n_base, sizes[j], truth, n_truth);
	}
	return t;
}

int act_window_covered(const rr_dataset *d, int32_t cutoff, int days)
{
	int32_t end = (d->max_minute / DAY + 1) * DAY;
	if (d->kept == 0 || end <= cutoff)
		return 0;
	return (end - cutoff) / DAY < days ? (int)((end - cutoff) / DAY) : days;
}

/* A window that runs past the end of the data observes fewer purchases than it claims: say so,
 * and which cutoff observes it whole. The figures stay: they are right for the days observed. */
int act_window_note(rr_app *app, int32_t cutoff, int days, const char *what)
{
	char end[32], whole[32];
	int covered = act_window_covered(app->ds, cutoff, days);
	if (covered >= days)
		return days;
	int32_t last = app->ds->max_minute;
	int32_t latest = (last / DAY + 1 - days) * DAY;
	sink_printf(&app->sink,
		    "note: the data ends %.10s, so it covers only %d of the %d days from the cutoff: %s after its end are unknown and count as misses (--cutoff %.10s or earlier covers the whole window)",
		    ingest_format_minute(last, end, sizeof end), covered, days, what,
		    ingest_format_minute(latest, whole, sizeof whole));
	return covered;
}

void cmd_say_rules_not_evaluated(rr_app *app)
{
	char text[160];
	if (!rules_active(&app->rules))
		return;
	rules_text(&app->rules, text, sizeof text);
	sink_printf(&app->sink, "note: the business rules (%s) do not apply to evaluate: it scores "
		    "the recommender and the baselines on every item", text);
}

int cmd_evaluate_due(rr_app *app, const rr_args *a)
{
	int days = (int)args_long(a, "DAYS", 30);
	if (act_need_rows(app, "evaluate due") != 0)
		return -1;
	cmd_say_rules_not_evaluated(app);
	int32_t cutoff;
	if (act_cutoff(app, a, "evaluate due", &cutoff) != 0)
		return -1;
	long ks[2] = {100, 1000};
	int n_k = 2;
	if (args_has(a, "--k")) {
		ks[0] = args_long(a, "--k", 0);
		n_k = 1;
	}
	double t0 = rr_now();
	rr_work w = app_work(app);
	rr_dataset *train, *test;
	dataset_build_split(app->rows, &app->clean, cutoff, cutoff + days * DAY, &train, &test);
	char day[32];
	if (test && train->kept == 0) {   /* not a history of 0 days: no history at all */
		err_set("evaluate due: no purchase before the cutoff %.10s: --cutoff a later day",
			ingest_format_minute(cutoff, day, sizeof day));
		dataset_free(test);
		test = NULL;
	} else if (test && test->kept == 0) {   /* the model would fit, then find no truth */
		err_set("evaluate due: no purchase in the %d day%s from the cutoff %.10s: nothing to "
			"check the chances against (--cutoff a day followed by sales)", days,
			rr_plural(days), ingest_format_minute(cutoff, day, sizeof day));
		dataset_free(test);
		test = NULL;
	}
	rr_due_fail why = DUE_FAIL_OTHER;
	rr_due *m = test ? due_fit(train, cutoff, days, &w, &why) : NULL;
	if (test && !m)
		due_fail_say(app, "evaluate due", why);
	unsigned char *truth = m ? malloc(train->n_pairs + 1) : NULL;
	uint32_t *base = NULL;
	long n_base = truth ? due_baseline_list(&m->hist, cutoff, &base) : -1;
	int rc = -1;
	if (m && !truth)
		err_set("cannot allocate %zu flags", train->n_pairs);
	if (n_base >= 0) {
		size_t n_truth = due_truth(train, test, truth);
		char share[96];
		sink_printf(&app->sink,
			    "cutoff %.10s: %zu customer-item pairs bought before it; %zu of them bought again in the %d day%s from it",
			    ingest_format_minute(cutoff, day, sizeof day), train->n_pairs, n_truth, days,
			    rr_plural(days));
		act_window_note(app, cutoff, days, "re-orders");
		sink_printf(&app->sink,
			    "cadence model: fitted on the %zu pairs bought before the last %d days of the train period (%s in them); overdue: %ld pairs flagged, most purchase days first",
			    m->n_fit, days, due_share(m, share, sizeof share), n_base);
		due_small_note(app, m);
		rr_table *t = due_eval_table(m, base, (size_t)n_base, truth, n_truth, ks, n_k);
		if (t) {
			sink_table(&app->sink, t);
			table_free(t);
			rc = 0;
		} else {
			err_set("cannot allocate a table");
		}
	}
	if (rc == 0)   /* no time said before the error it ended in (t40 #11) */
		sink_timing(&app->sink, "evaluated in %.2f s", rr_now() - t0);
	free(base);
	free(truth);
	due_free(m);
	dataset_free(test);
	dataset_free(train);
	return rc;
}
