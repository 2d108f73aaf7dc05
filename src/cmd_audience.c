/* cmd_audience.c — audiences (audience, export audience, evaluate audience) and the reasons
 * of the recommender's scores. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "audience.h"
#include "cmd.h"
#include "csvout.h"
#include "ease.h"
#include "err.h"
#include "ingest.h"
#include "reason.h"
#include "recommend.h"
#include "rules.h"
#include "strtab.h"
#include "util.h"

/* ==== reasons ==== */

const rr_reasoner *act_reasons(rr_app *app)
{
	const rr_recsys *rs = app->rec;
	rr_reasoner *r = app->reasons;
	if (r && r->ds_gen == rs->ds_gen)
		return r;
	if (r)
		reasoner_free(r);
	else if (!(r = app->reasons = calloc(1, sizeof *r))) {
		err_set("cannot allocate the reasons");
		return NULL;
	}
	if (reasoner_init(r, rs->part.ds, rs->part.ease, app->baskets, rs->part.t_end) != 0) {
		free(app->reasons);
		app->reasons = NULL;
		return NULL;
	}
	r->ds_gen = rs->ds_gen;
	return r;
}

/* ==== audience ==== */

#define THREADS 2   /* the machine's cores; scoring customers splits over them */

/* The recommender's item columns, prepared once per recommender. */
static int ensure_audience(rr_app *app)
{
	rr_recsys *rs = app->rec;
	rr_audience *au = app->audience;
	if (au && au->ds_gen == rs->ds_gen)
		return 0;
	audience_free(au);
	double t0 = rr_now();
	rr_work w = app_work(app);
	app->audience = audience_new(rs, THREADS, &w);
	if (!app->audience)
		return -1;
	app->audience->ds_gen = rs->ds_gen;
	sink_timing(&app->sink, "  every customer's candidates and neighbours kept for audiences in %.2f s", rr_now() - t0);
	return 0;
}

/* The session's recommender, its reasons and audiences, ready. 0 or -1. */
static int audience_ready(rr_app *app)
{
	return rec_ensure(app) != 0 || !act_reasons(app) || ensure_audience(app) != 0 ? -1 : 0;
}

/* The item of a stock code the business rules allow, or RR_NONE after err_set. */
static uint32_t offered_item(rr_app *app, const char *code)
{
	uint32_t i = dataset_find_item(app->ds, code);
	if (i == RR_NONE)
		app_no_item(app, code, "no customer bought");
	else if (app_item_refused(app, code) == 0)
		return i;
	return RR_NONE;
}

/* Customer u's reason for item i, said of them ("bought ...", not "you bought ..."). */
static const char *third_person(rr_app *app, uint32_t u, uint32_t i, char *buf, size_t size)
{
	reason_text(app->reasons, u, i, RR_LEAD_AUTO, buf, size);
	if (strncmp(buf, "you ", 4) == 0) /* 4 bytes matched: strlen is at least 4 */
		memmove(buf, buf + 4, strlen(buf) - 3);
	return buf;
}

/* "12×" when u bought i before, else "-". */
static const char *orders_text(const rr_dataset *d, uint32_t u, uint32_t i, char *buf, size_t n)
{
	size_t p = dataset_find_pair(d, u, i);
	if (p == (size_t)-1)
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "%u\xc3\x97", d->pairs[p].orders);
	return buf;
}

static rr_table *audience_table(rr_app *app, uint32_t i, const uint32_t *top,
				const double *score, int got, int new_only)
{
	const rr_dataset *d = app->ds;
	char title[320];
	uint32_t owners = d->item_buyers[i];
	char most[96];   /* "the 0 customers most likely" says nothing (t51 F9) */
	if (got == 0)
		snprintf(most, sizeof most, "no customer is left to rank for the next %d day%s",
			 RR_INNER_DAYS, rr_plural(RR_INNER_DAYS));
	else
		snprintf(most, sizeof most, "the %d customer%s most likely to buy it in the next %d "
			 "day%s", got, rr_plural(got), RR_INNER_DAYS, rr_plural(RR_INNER_DAYS));
	const char *desc = dataset_item_desc(d, i);
	snprintf(title, sizeof title, "%s%s%s: %s (%u of %u customer%s bought it before%s)",
		 dataset_item_name(d, i), *desc ? " " : "", desc, most, owners, d->n_users,
		 rr_plural(d->n_users), new_only ? "; they are left out" : "");
	const char *head[] = {"rank", "customer", "country", RR_SCORE_COLUMN, "bought", "reason"};
	rr_table *t = table_new(6, title);
	if (!t)
		return NULL;
	for (int c = 0; c < 6; c++)
		table_head(t, c, head[c], c == 0 || c == 3 || c == 4 ? 'r' : 'l');
	table_optional(t, 2);   /* data without countries */
	for (int r = 0; r < got; r++) {
		uint32_t u = top[r];
		char why[200], ord[32];
		int row = table_add_row(t);
		table_set(t, row, 0, "%d", r + 1);
		table_set(t, row, 1, "%s", dataset_user_name(d, u));
		table_set(t, row, 2, "%s", strtab_get(d->rows->countries, d->user_country[u]));
		table_set(t, row, 3, "%.4f", score[r]);
		table_set(t, row, 4, "%s", orders_text(d, u, i, ord, sizeof ord));
		table_set(t, row, 5, "%s", third_person(app, u, i, why, sizeof why));
	}
	return t;
}

int cmd_audience(rr_app *app, const rr_args *a)
{
	const char *code = args_get(a, "ITEM");
	int k = (int)args_long(a, "K", 10), new_only = args_has(a, "--new-only");
	uint32_t i = offered_item(app, code);
	if (i == RR_NONE || audience_ready(app) != 0)
		return -1;
	uint32_t *top = malloc((size_t)k * sizeof *top);
	double *score = malloc((size_t)k * sizeof *score);
	if (!top || !score) {
		free(top);
		free(score);
		return err_set("cannot allocate an audience of %d", k);
	}
	double t0 = rr_now();
	int got = audience_top(app->audience, i, k, new_only, NULL, top, score);
	double dt = rr_now() - t0;
	rr_table *t = got >= 0 ? audience_table(app, i, top, score, got, new_only) : NULL;
	free(top);
	free(score);
	if (!t)
		return got < 0 ? -1 : err_set("cannot allocate a table");
	sink_table(&app->sink, t);
	table_free(t);
	double all = rr_now() - t0;   /* with the reasons and the table shown */
	if (app->rec->fitted)
		sink_printf(&app->sink,
			    RR_SCORE_COLUMN ": the recommender's score of the item for each customer, "
			    "%s (%s)", rec_score_meaning(), app->rec->note);
	else
		rec_say_ease_only(app, RR_SCORE_COLUMN ":");
	sink_timing(&app->sink, "ranked %u customers in %.2f ms, answered in %.2f ms", app->ds->n_users,
		    dt * 1e3, all * 1e3);
	return 0;
}

/* The items of export audience: ITEM alone, or with all (the table's word: all, 1) every item
 * bought by at least min_buyers customers that the rules allow. A malloc'd list; NULL with
 * err_set. */
static uint32_t *audience_items(rr_app *app, const char *code, int all, uint32_t min_buyers,
				uint32_t *n)
{
	const rr_dataset *d = app->ds;
	uint32_t *v = malloc((d->n_items ? d->n_items : 1) * sizeof *v);
	*n = 0;
	if (!v) {
		err_set("cannot allocate %u items", d->n_items);
		return NULL;
	}
	if (!all) {
		if ((v[0] = offered_item(app, code)) == RR_NONE) {
			free(v);
			return NULL;
		}
		*n = 1;
		return v;
	}
	for (uint32_t i = 0; i < d->n_items; i++)
		if (d->item_buyers[i] >= min_buyers &&
		    rules_allows(&app->rules, dataset_item_name(d, i)))
			v[(*n)++] = i;
	return v;
}

static void audience_csv_row(rr_app *app, rr_csvout *o, uint32_t i, int rank, uint32_t u,
			     double score)
{
	const rr_dataset *d = app->ds;
	char why[200];
	size_t p = dataset_find_pair(d, u, i);
	csvout_str(o, dataset_item_name(d, i));
	csvout_str(o, dataset_item_desc(d, i));
	csvout_fieldf(o, "%d", rank);
	csvout_str(o, dataset_user_name(d, u));
	csvout_str(o, strtab_get(d->rows->countries, d->user_country[u]));
	csvout_fieldf(o, "%.6f", score);
	csvout_fieldf(o, "%u", p == (size_t)-1 ? 0 : d->pairs[p].orders);
	csvout_str(o, third_person(app, u, i, why, sizeof why));
	csvout_end(o);
}

int cmd_export_audience(rr_app *app, const rr_args *a)
{
	const char *code = args_get(a, "ITEM"), *path = args_get(a, "FILE");
	int k = (int)args_long(a, "K", 10), new_only = args_has(a, "--new-only");
	uint32_t min_buyers = (uint32_t)args_long(a, "--min-buyers", 20), n;
	static const char *const head[] = {RR_EXPORT_ITEM, "description", "rank", RR_EXPORT_CUSTOMER,
					   "country", RR_SCORE_COLUMN, "orders_before", "reason"};
	rr_csvout o;   /* opened first: a file it may not replace is refused before the work */
	if (csvout_open(&o, path, args_has(a, "--raw"), head, 8) != 0)
		return -1;
	uint32_t *items = audience_ready(app) != 0 ? NULL
			  : audience_items(app, code, args_is_word(a, "ITEM"), min_buyers, &n);
	if (!items) {
		csvout_close(&o, 0);
		return -1;
	}
	double t0 = rr_now();
	uint32_t *top = malloc(((size_t)n * (size_t)k + 1) * sizeof *top);
	double *score = malloc(((size_t)n * (size_t)k + 1) * sizeof *score);
	int *n_top = malloc(((size_t)n + 1) * sizeof *n_top);
	rr_work w = app_work(app);
	int rc = top && score && n_top ? 0 : err_set("cannot allocate %u audiences", n);
	if (rc == 0)
		rc = audience_top_many(app->audience, items, n, k, new_only, THREADS, top, score, n_top, &w);
	double dt = rr_now() - t0;
	size_t lines = 0;
	for (uint32_t c = 0; rc == 0 && c < n; c++)
		for (int r = 0; r < n_top[c]; r++, lines++)
			audience_csv_row(app, &o, items[c], r + 1, top[(size_t)c * k + r],
					 score[(size_t)c * k + r]);
	if (csvout_close(&o, rc == 0) != 0)
		rc = -1;
	free(top);
	free(score);
	free(n_top);
	free(items);
	if (rc != 0)
		return -1;
	/* rows, not customers: a customer is in the audiences of several items */
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote the audiences of %u item%s (%zu customer-item row%s) to '%s'",
		    n, n == 1 ? "" : "s", lines, lines == 1 ? "" : "s", rr_shown_path(shown, sizeof shown, path));
	if (n == 0)   /* why the file is empty, and the way to fill it (t51 F9) */
		sink_printf(&app->sink, "  no item has %u buyers or more (--min-buyers sets the "
			    "least)", min_buyers);
	if (!app->rec->fitted)   /* the header stays the documented one for the tools reading it */
		rec_say_ease_only(app, "  its " RR_SCORE_COLUMN " column holds");
	else
		sink_printf(&app->sink, "  " RR_SCORE_COLUMN ": %s", rec_score_meaning());
	sink_timing(&app->sink, "  ranked in %.2f s, written in %.2f s", dt, rr_now() - t0 - dt);
	return 0;
}

/* ==== evaluate audience ==== */

int cmd_evaluate_audience(rr_app *app, const rr_args *a)
{
	if (act_need_rows(app, "evaluate audience") != 0)
		return -1;
	cmd_say_rules_not_evaluated(app);
	int32_t cutoff;
	if (act_cutoff(app, a, "evaluate audience", &cutoff) != 0)
		return -1;
	int ks[2] = {10, 20}, n_k = 2;
	uint32_t min_buyers = (uint32_t)args_long(a, "--min-buyers", 20);
	if (args_has(a, "--k")) {
		ks[0] = (int)args_long(a, "--k", 0);
		n_k = 1;
	}
	double t0 = rr_now();
	rr_work w = app_work(app);
	rr_tsplit *sp = split_new(app->rows, &app->clean, cutoff);
	if (!sp)
		return act_split_fail("evaluate audience");
	char day[32];
	sink_printf(&app->sink,
		    "cutoff %.10s: %u customer%s bought before and after it; an item's audience is ranked among them",
		    ingest_format_minute(cutoff, day, sizeof day), sp->n_eval, rr_plural(sp->n_eval));
	rr_rec_opts o = {.threads = THREADS, .inner = NULL};
	rr_recsys *rs = recsys_fit(app->rows, &app->clean, sp->train, cutoff, &o, &w);
	rr_aud_eval res;
	int rc = rs ? audience_evaluate(sp, rs, min_buyers, ks, n_k, THREADS, &res, &w) : -1;
	if (rc == 0 && res.items[RR_TASK_ALL] == 0)   /* every figure would be a mean over nothing */
		rc = err_set("evaluate audience: no item was bought after the cutoff by %u or more of "
			     "the %u customers who bought on both sides: nothing to evaluate (%s "
			     "--cutoff)", min_buyers, sp->n_eval,
			     min_buyers > 1 ? "a lower --min-buyers, or an earlier" : "another");
	if (rc == 0) {
		char title[200];
		snprintf(title, sizeof title,
			 "audiences: items bought by at least %u of them after the cutoff (task new: by %u who never bought it before); truth = who bought it",
			 min_buyers, min_buyers);
		rr_table *t = aud_eval_table(&res, title);
		if (t) {
			sink_table(&app->sink, t);
			table_free(t);
			if (res.unseen)
				sink_printf(&app->sink, "left out: %u item%s bought after the cutoff by %u or "
					    "more of them that no one bought before it (no history of %s to "
					    "rank by)", res.unseen, rr_plural(res.unseen), min_buyers,
					    res.unseen == 1 ? "it" : "them");
			sink_printf(&app->sink, "recommender: %s", rs->note);
		} else {
			rc = err_set("cannot allocate a table");
		}
	}
	if (rc == 0)   /* no time said before the error it ended in (t40 #11) */
		sink_timing(&app->sink, "evaluated in %.1f s", rr_now() - t0);
	recsys_free(rs);
	split_free(sp);
	return rc;
}

/* ==== why ==== */

/* What each feature of the re-rankers means, in an analyst's words, in recommend.h's order
 * (the assertion fails the build when the features change and this list does not). */
static const char *const feat_meaning[] = {
	[RR_F_EASE] = "item-item score of the customer's history (EASE)",
	[RR_F_EASE_RANK] = "log rank of the item by that score among its kind",
	[RR_F_EASE_REL] = "that score over the customer's best new item's",
	[RR_F_INV14] = "log invoices holding the item in the last 14 days",
	[RR_F_INV30] = "log invoices holding the item in the last 30 days",
	[RR_F_AGE] = "log days since the item was first sold",
	[RR_F_POP] = "log invoices holding the item",
	[RR_F_ORDERS] = "log invoices in which the customer bought it",
	[RR_F_SINCE] = "log days since the customer last bought it",
	[RR_F_SHARE] = "share of the customer's invoices holding it",
	[RR_F_RATE] = "the customer's purchases of it per 30 days",
	[RR_F_ITEM_REP] = "share of the item's buyers who bought it again",
	[RR_F_ITEM_OPO] = "log orders per buyer of the item",
	[RR_F_UPCF] = "similar customers' last baskets holding it (UP-CF)",
	[RR_F_TIFU_NB] = "nearest customers' decayed history of it (TIFU-KNN)",
	[RR_F_USER_SINCE] = "log days since the customer's last invoice",
	[RR_F_USER_INV] = "log the customer's invoices",
	[RR_F_Q_TOT] = "log the quantity the customer bought of it",
	[RR_F_Q_MEAN] = "log the customer's quantity of it per invoice",
	[RR_F_Q_LAST] = "log the quantity of its last invoice",
	[RR_F_SPEND_SHARE] = "share of the customer's spend on it",
	[RR_F_Q_TREND] = "log that last quantity over the quantity per invoice",
	[RR_F_IDLE] = "log days since anyone last bought the item",
};
_Static_assert(sizeof feat_meaning / sizeof *feat_meaning == RR_F_N,
	       "every re-ranker feature needs its meaning for why");

/* The terms, largest effect first. */
static int cmp_term(const void *a, const void *b)
{
	double x = fabs(((const rr_rec_term *)a)->contrib), y = fabs(((const rr_rec_term *)b)->contrib);
	return (x < y) - (x > y);
}

static rr_table *why_table(const rr_rec_explain *e)
{
	rr_table *t = table_new(5, NULL);
	if (!t)
		return NULL;
	static const char *const head[] = {"feature", "value", "weight", "contribution", "meaning"};
	for (int c = 0; c < 5; c++)
		table_head(t, c, head[c], c == 0 || c == 4 ? 'l' : 'r');
	rr_rec_term term[RR_F_N];
	memcpy(term, e->term, (size_t)e->n_terms * sizeof *term);
	qsort(term, (size_t)e->n_terms, sizeof *term, cmp_term);
	for (int k = 0; k < e->n_terms; k++) {
		const char *m = feat_meaning[term[k].feat];
		if (term[k].weight == 0)   /* a feature the re-ranker does not read (why_unread) */
			continue;
		int row = table_add_row(t);
		int missing = isnan(term[k].value);   /* taken at its mean (logreg_term) */
		table_set(t, row, 0, "%s", term[k].name);
		char v[32];
		table_set(t, row, 1, "%s", missing ? "-" : rr_fmt_feature(v, sizeof v, term[k].value));
		table_set(t, row, 2, "%+.4f", term[k].weight);
		table_set(t, row, 3, "%+.4f", term[k].contrib);
		table_set(t, row, 4, "%s%s", m ? m : "",
			  missing ? " (none to compare with: taken at its mean)" : "");
	}
	int row = table_add_row(t);
	table_set(t, row, 0, "intercept");
	table_set(t, row, 3, "%+.4f", e->intercept);
	row = table_add_row(t);
	table_set(t, row, 0, "logit");
	table_set(t, row, 3, "%+.4f", e->logit);
	table_set(t, row, 4, "%s = 1 / (1 + e^-(%.4f·logit %+.4f)) = %.4f",
		  e->seg == RR_SEG_OTHER ? "chance" : "score", e->cal_a, e->cal_c,
		  e->seg == RR_SEG_OTHER ? e->audience : e->score);
	return t;
}

/* The features of e's re-ranker with weight 0, which the table leaves out: constant in its
 * training rows, or, for a list's order of one customer's items, the customer's own. */
static void why_unread(rr_app *app, const rr_rec_explain *e)
{
	char line[400];
	int k = 0;
	for (int a = 0; a < e->n_terms && k >= 0 && (size_t)k < sizeof line; a++)
		if (e->term[a].weight == 0)
			k += snprintf(line + k, sizeof line - (size_t)k, "%s%s", k ? ", " : "",
				      e->term[a].name);
	if (k > 0)
		sink_printf(&app->sink, "not read by this re-ranker (weight 0): %s", line);
}

/* The history items behind the item-item part: "HAND WARMER UNION JACK 0.041, ...". */
static void why_history(rr_app *app, uint32_t u, uint32_t i)
{
	uint32_t j[5];
	float w[5];
	int n = reason_contributors(app->reasons, u, i, j, w, 5);
	if (n == 0)
		return;
	char line[600], label[RR_SHOWN_WORD];
	int k = snprintf(line, sizeof line, "history behind the item-item score (EASE's terms):");
	for (int c = 0; c < n && k > 0 && (size_t)k < sizeof line; c++)
		k += snprintf(line + k, sizeof line - (size_t)k, "%s %s %.4f", c ? ";" : "",
			      rr_shown(label, sizeof label, dataset_item_label(app->ds, j[c])), w[c]);
	sink_printf(&app->sink, "%s", line);
}

/* The places of e's item in the customer's lists under the business rules, as why's headline
 * ends: ", rank 24 of all items; rank 3 of the items new to them"; under rules, the items they
 * allow; for an item they forbid, which rule and that no list will hold it. */
static void why_places(rr_app *app, const rr_rec_explain *e, const char *code, char *buf,
		       size_t size)
{
	const char *no = rules_refusal(&app->rules, code);
	int ruled = rules_active(&app->rules);
	if (no) {
		snprintf(buf, size, "; %s: never recommended", no);
		return;
	}
	int k = snprintf(buf, size, ", rank %u of %s", e->rank_all,
			 ruled ? "the items the business rules allow" : "all items");
	if (e->rank_new && k > 0 && (size_t)k < size)
		snprintf(buf + k, size - (size_t)k, "; rank %u of %s new to them", e->rank_new,
			 ruled ? "those" : "the items");
}

int cmd_why(rr_app *app, const rr_args *a)
{
	const char *user = args_get(a, "USER"), *code = args_get(a, "ITEM");
	const rr_dataset *d = app->ds;
	uint32_t u = dataset_find_customer(d, user), i = dataset_find_item(d, code);
	char shown[RR_SHOWN_WORD];
	if (u == RR_NONE)
		return app_no_customer(app, user);
	if (i == RR_NONE)
		return app_no_item(app, code, "no customer bought");
	if (rec_ensure(app) != 0 || !act_reasons(app))
		return -1;
	rr_rec_work w;
	rr_rec_explain e;
	/* ranks in the lists recommend gives under the rules in force */
	unsigned char *blocked = malloc(d->n_items + 1);
	if (!blocked)
		return err_set("cannot allocate %u item flags", d->n_items);
	rules_mask(&app->rules, d, blocked);
	int rc = rec_work_alloc(&w, &app->rec->part);
	if (rc == 0) {
		rc = recsys_explain(app->rec, u, i, blocked, &w, &e);
		rec_work_free(&w);
	}
	free(blocked);
	if (rc != 0)
		return -1;
	static const char *const seg[] = {"bought before: the owned items' re-ranker",
					  "never bought, among the candidates: the new items' order in a "
					  "list (a softmax over the customer's candidates)",
					  "never bought, outside the candidates: no re-ranker"};
	char rank[128];
	why_places(app, &e, dataset_item_name(d, i), rank, sizeof rank);
	char score[32] = "no score";   /* past the candidates: an order only (rec_shown_score) */
	if (!isnan(rec_shown_score(app->rec, e.score)))
		snprintf(score, sizeof score, "score %.4f", e.score);
	/* the data's text in a line of text: its line breaks shown as \n, as a table shows them */
	char who[RR_SHOWN_WORD], desc[RR_SHOWN_PATH];
	const char *text = dataset_item_desc(d, i);   /* none: no dangling " :" (t51 F9) */
	sink_printf(&app->sink, "customer %s, item %s%s%s: %s%s",
		    rr_shown(who, sizeof who, dataset_user_name(d, u)),
		    rr_shown(shown, sizeof shown, code), *text ? " " : "",
		    rr_shown(desc, sizeof desc, text), score, rank);
	char scope[96];   /* EASE's cap: outside it the EASE score and rank are a tie by code */
	if (!ease_covers(app->rec->part.ease, i))
		sink_printf(&app->sink, "outside EASE's items (%s): its EASE score is 0, its "
			    "EASE rank only the order of stock codes among the items outside",
			    ease_scope(app->rec->part.ease, scope, sizeof scope));
	if (!app->rec->fitted) {   /* no re-ranker: the segment's name would claim one */
		rec_say_ease_only(app, "its score is");
	} else {
		sink_printf(&app->sink, "%s", seg[e.seg]);
		if (e.seg == RR_SEG_OTHER)   /* through the outside map, unless it has no rows */
			sink_printf(&app->sink, "in a list it is ranked by %s below every candidate, "
				    "with no chance estimated; an audience compares customers and "
				    "scores it with the new items' re-ranker, as their last candidate, "
				    "%s: chance %.4f", ease_covers(app->rec->part.ease, i) ?
				    "EASE's item-item score" : "stock code",
				    app->rec->outside_fitted
					    ? "its logit mapped with the item's popularity to the "
					      "chances of the items outside the candidates"
					    : "as it is (no item outside the candidates was bought "
					      "in the inner period)",
				    e.audience);
		rr_table *t = why_table(&e);
		if (!t)
			return err_set("cannot allocate a table");
		sink_table(&app->sink, t);
		table_free(t);
		why_unread(app, &e);
		sink_printf(&app->sink, "%s: %s", e.seg == RR_SEG_OTHER ? "chance" : "score",
			    rec_score_meaning());
		if (e.seg != RR_SEG_OTHER)   /* rec_model: audiences compare customers */
			sink_printf(&app->sink, "an audience of the item, which compares customers, "
				    "scores them with re-rankers of its own: chance %.4f here",
				    e.audience);
	}
	why_history(app, u, i);
	char why[200];
	reason_text(app->reasons, u, i, RR_LEAD_AUTO, why, sizeof why);   /* names items */
	sink_printf(&app->sink, "reason: %s", rr_shown(desc, sizeof desc, why));
	return 0;
}
