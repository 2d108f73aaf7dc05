/* cmd_rec.c — recommend, together, export recommendations|rules, and the session's
 * recommender and basket index they share. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "basket.h"
#include "clean.h"
#include "cmd.h"
#include "csvout.h"
#include "ease.h"
#include "err.h"
#include "model.h"
#include "rank.h"
#include "reason.h"
#include "recommend.h"
#include "rules.h"
#include "util.h"

#define REC_THREADS 2   /* the fit's and the export's threads: this is a 2-core tool */

/* "s" unless n is 1: "1 invoice", "2 invoices". */
static const char *plural(unsigned long n)
{
	return n == 1 ? "" : "s";
}

/* b->case_twin (casefold off): the codes that differ only in case among the baskets' codes,
 * not the file's, so that a spelling only rows outside the filters or the rules write is
 * no twin (t23 F6: 779 rules flagged, the hint merging nothing). 0 or -1. */
static int twins_in_baskets(rr_app *app, rr_baskets *b, uint32_t *twins)
{
	uint32_t n = strtab_count(app->rows->codes);
	unsigned char *in = malloc(n ? n : 1);
	if (!in)
		return err_set("out of memory");
	for (uint32_t k = 0; k < n; k++)   /* casefold off: each code is its own basket item */
		in[k] = b->item_of_code[k] != RR_NONE;
	b->case_twin = clean_case_twins(app->rows, in, twins);
	free(in);
	return b->case_twin ? 0 : -1;
}

/* The basket index of the session's rows and cleaning rules, rebuilt when they changed (the
 * dataset's generation changes with either). */
static int ensure_baskets(rr_app *app)
{
	if (app->baskets && app->baskets->ds_gen == app->ds->gen)
		return 0;
	baskets_free(app->baskets);
	app->baskets = baskets_build(app->rows, &app->clean, app->ds);
	if (!app->baskets)
		return -1;
	app->baskets->ds_gen = app->ds->gen;
	uint32_t twins = 0;   /* once per index: together and export rules count rules by them */
	if (!app->clean.casefold && twins_in_baskets(app, app->baskets, &twins) != 0)
		return -1;
	if (!twins) {
		free(app->baskets->case_twin);
		app->baskets->case_twin = NULL;
	}
	return 0;
}

/* The invoices too large to add pairs, said where rules are counted (t43 #4). */
static void say_unpaired(rr_app *app, const rr_baskets *b)
{
	char note[RR_ERR_MAX];
	if (b->n_unpaired)
		sink_printf(&app->sink, "note: %s", baskets_unpaired(b, "the rules", note, sizeof note));
}

/* The rules towards codes that differ only in case from others (casefold off): Online
 * Retail's lower-case spellings on invoices without a customer (84030e beside 84030E) top
 * together's lift, bought by no customer, unsaid (t20 F10). The first few such codes. */
typedef struct twin_tally {
	size_t n;          /* rules towards such a code */
	uint32_t first[3]; /* the first distinct such items */
	int n_first;
	int more;          /* 1 = other such items than those */
} twin_tally;

static void twin_count(twin_tally *t, const rr_baskets *b, uint32_t y)
{
	if (!b->case_twin || !b->case_twin[b->item_code[y]])
		return;
	t->n++;
	for (int i = 0; i < t->n_first; i++)
		if (t->first[i] == y)
			return;
	if (t->n_first < 3)
		t->first[t->n_first++] = y;
	else
		t->more = 1;
}

/* "note: 7 of the 10 rules below point at codes that differ only in case from others (84030e,
 * 85049g, 84989a, ...; casefold off: 'clean casefold on' merges them)"; which rules: where. */
static void twin_say(rr_app *app, const twin_tally *t, const rr_baskets *b, size_t n_rules,
		     const char *where)
{
	if (!t->n)
		return;
	char codes[160];
	size_t k = 0;
	codes[0] = '\0';
	for (int i = 0; i < t->n_first && k < sizeof codes; i++) {
		int w = snprintf(codes + k, sizeof codes - k, "%s%s", i ? ", " : "",
				 baskets_code(b, t->first[i]));
		k += w > 0 ? (size_t)w : 0;
	}
	sink_printf(&app->sink, "note: %zu of the %zu rules %s point%s at codes that differ only "
		    "in case from others (%s%s; %s)", t->n, n_rules, where, t->n == 1 ? "s" : "",
		    codes, t->more ? ", ..." : "", clean_casefold_hint);
}

int rec_ensure(rr_app *app)
{
	rr_recsys *rs;
	return ensure_baskets(app) != 0 || cmd_recommender(app, &rs) != 0 ? -1 : 0;
}

void rec_say_ease_only(rr_app *app, const char *lead)
{
	sink_printf(&app->sink, "%s EASE's item-item score plus the customer's own invoices of an item "
		    "they bought (%s)", lead, app->rec->note);
}

int cmd_recommender(rr_app *app, rr_recsys **out)
{
	/* the recommender reads the transactions only: bins, train or open leave it as it is */
	if (!app->rec || app->rec->ds_gen != app->ds->gen) {
		recsys_free(app->rec);
		app->rec = NULL;
		rr_rec_opts o = {.threads = REC_THREADS, .inner = NULL};
		rr_work w = app_work(app);
		app->rec = recsys_fit(app->rows, &app->clean, app->ds, app_present(app, NULL), &o, &w);
		if (!app->rec)
			return -1;
		char scope[96];
		ease_scope(app->rec->part.ease, scope, sizeof scope);
		sink_timing(&app->sink, "fitted the recommender in %.2f s%s%s%s", app->rec->seconds,
			    *scope ? " (" : "", scope, *scope ? ")" : "");
	}
	*out = app->rec;
	return 0;
}

/* ---- together ---- */

static void rule_row(rr_table *t, const rr_baskets *b, const rr_assoc *r, int rank)
{
	int row = table_add_row(t);
	table_set(t, row, 0, "%d", rank);
	table_set(t, row, 1, "%s", baskets_code(b, r->x));
	table_set(t, row, 2, "%s", baskets_code(b, r->y));
	table_set(t, row, 3, "%s", baskets_desc(b, r->y));
	table_set(t, row, 4, "%u", r->n_xy);
	table_set(t, row, 5, "%.4f", r->support);
	table_set(t, row, 6, "%.3f", r->confidence);
	table_set(t, row, 7, "%.2f", r->lift);
}

static rr_table *rules_table(const char *title)
{
	static const char *const head[] = {"rank", "if", "then", "description", "n_xy", "support",
					   "confidence", "lift"};
	rr_table *t = table_new(8, title);
	if (!t)
		return NULL;
	for (int c = 0; c < 8; c++)
		table_head(t, c, head[c], c == 0 || c >= 4 ? 'r' : 'l');
	table_optional(t, 3);   /* data without descriptions */
	return t;
}

/* The filters together and export rules share (declared once in the table, too). */
static rr_rule_filter rule_filter(const rr_args *a)
{
	rr_rule_filter f = {20, 0, 0, RR_BY_LIFT};
	f.min_count = (uint32_t)args_long(a, "--min-count", 20);
	f.min_confidence = args_double(a, "--min-confidence", 0);
	f.min_lift = args_double(a, "--min-lift", 0);
	return f;
}

/* "n_xy >= 20", and the confidence and lift floors when set: what a title or a message
 * says the rules passed (t17: a saved transcript did not show a --min-lift) */
static const char *rule_filter_text(const rr_rule_filter *f, char *buf, size_t size)
{
	int k = snprintf(buf, size, "n_xy >= %u", f->min_count);
	if (f->min_confidence > 0 && k >= 0 && (size_t)k < size)
		k += snprintf(buf + k, size - (size_t)k, ", confidence >= %g", f->min_confidence);
	if (f->min_lift > 0 && k >= 0 && (size_t)k < size)
		snprintf(buf + k, size - (size_t)k, ", lift >= %g", f->min_lift);
	return buf;
}

/* Whether no rule at all, at the filters' floor (n_xy >= 1, no confidence or lift), leaves
 * x (xs[0..nx) for --user): every basket holding it holds nothing else (that --user never
 * bought). 1, 0, or -1 with err_set. */
static int never_with_another(const rr_baskets *b, const uint32_t *xs, size_t nx)
{
	rr_rule_filter floor = {1, 0, 0, RR_BY_LIFT};
	rr_assoc *r = NULL;
	size_t n = 0;
	if ((nx == 1 ? baskets_rules_for(b, xs[0], &floor, 1, &r, &n)
		     : baskets_rules_for_set(b, xs, nx, &floor, 1, &r, &n)) != 0)
		return -1;
	free(r);
	return n == 0;
}

/* together found no rule to show: say why and the way out, title first. alone: no rule even
 * at the filters' floor (never_with_another); ruled: rules passed the filters, and the business
 * rules left out all of them. t40 #11, t44 #12: an item only ever bought alone was told to
 * "lower the filters", already at their floor. t53: when no basket of b holds two items (a
 * file of one line an order), that is the reason, for every item: said of the data. */
static void say_no_rule(rr_app *app, const char *title, const rr_rule_filter *f, int alone,
			int ruled, const char *item, const char *user, const rr_baskets *b)
{
	char shown[1024], who[RR_SHOWN_WORD];
	int unpaired = b->n_unpaired > 0;
	/* the title as a line of text: a description's line break shown \n */
	sink_printf(&app->sink, "%s", rr_shown(shown, sizeof shown, title));
	if (alone && b->n_entries == b->n_baskets)
		sink_printf(&app->sink, "no rule: no basket holds two items: each of the %u "
			    "invoices holds one item (a file of one order per line, or a shop that "
			    "sells one thing per order), so no item was bought with another",
			    b->n_baskets);
	else if (alone && item)
		/* or in an invoice too large to pair, which the note above names (t45 N12) */
		sink_printf(&app->sink, "no rule: no basket holding %s holds another item (it was "
			    "only ever bought alone%s)", rr_shown(who, sizeof who, item),
			    unpaired ? ", or in the invoices too large to pair" : "");
	else if (alone)
		sink_printf(&app->sink, "no rule: no basket holding an item customer %s bought "
			    "holds an item they never bought", rr_shown(who, sizeof who, user));
	else if (ruled)
		sink_printf(&app->sink, "no rule: the business rules (exclude items, only items) "
			    "leave out every item the rules passing the filters point at");
	else   /* say the way out: a newcomer at n_xy >= 20 on a small file sees nothing (t15) */
		sink_printf(&app->sink, "no rule passes the filters (n_xy >= %u, confidence >= %g, "
			    "lift >= %g): lower them (--min-count, --min-confidence, --min-lift; on the "
			    "workbench, m lowers the count)", f->min_count, f->min_confidence,
			    f->min_lift);
}

int cmd_together(rr_app *app, const rr_args *a)
{
	rr_rule_filter f = rule_filter(a);
	const char *by = args_get(a, "--by");
	if (by && strcmp(by, "confidence") == 0)
		f.by = RR_BY_CONFIDENCE;
	long k = args_long(a, "K", 10);
	const char *item = args_get(a, "ITEM"), *user = args_get(a, "--user");
	if (ensure_baskets(app) != 0)
		return -1;
	const rr_baskets *b = app->baskets;
	rr_assoc *r = NULL;
	size_t n = 0;
	int alone = 0;
	char title[512], ft[96];
	if (item) {
		uint32_t x = baskets_find(b, item);
		if (x == RR_NONE)
			return app_no_item(app, item, "no basket holds");
		/* as audience: the rules would leave out every rule from it (export rules does) */
		if (app_item_refused(app, item) != 0)
			return -1;
		/* all of them: the business rules may drop some, and K stays K */
		if (baskets_rules_for(b, x, &f, rules_active(&app->rules) ? 0 : (int)k, &r, &n) != 0 ||
		    (n == 0 && (alone = never_with_another(b, &x, 1)) < 0))
			return -1;
		snprintf(title, sizeof title,
			 "%s %s: in %u of %u baskets (all invoices); "
			 "rules with %s by %s", item,
			 baskets_desc(b, x), b->count[x], b->n_baskets, rule_filter_text(&f, ft, sizeof ft),
			 f.by == RR_BY_LIFT ? "lift" : "confidence");
	} else {
		uint32_t u = dataset_find_customer(app->ds, user);
		if (u == RR_NONE)
			return app_no_customer(app, user);
		const rr_dataset *d = app->ds;
		user = dataset_user_name(d, u);
		size_t m = d->user_start[u + 1] - d->user_start[u], nx = 0;
		uint32_t *xs = malloc((m ? m : 1) * sizeof *xs);
		if (!xs)
			return err_set("cannot allocate %zu items", m);
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
			uint32_t x = baskets_find(b, dataset_item_name(d, d->pairs[p].item));
			if (x != RR_NONE)
				xs[nx++] = x;
		}
		int rc = baskets_rules_for_set(b, xs, nx, &f, rules_active(&app->rules) ? 0 : (int)k,
					       &r, &n);
		if (rc == 0 && n == 0)
			rc = (alone = nx == 0 || never_with_another(b, xs, nx)) < 0 ? -1 : 0;
		free(xs);
		if (rc != 0)
			return -1;
		snprintf(title, sizeof title,
			 "customer %s owns %zu item%s; best rule towards each item they never bought (%s, by %s)",
			 user, m, plural(m), rule_filter_text(&f, ft, sizeof ft),
			 f.by == RR_BY_LIFT ? "lift" : "confidence");
	}
	size_t passed = n;
	n = rules_filter_assoc(&app->rules, b, r, n, k, 0);
	say_unpaired(app, b);
	if (n == 0) {
		say_no_rule(app, title, &f, alone, passed > 0, item, user, b);
		free(r);
		return 0;
	}
	rr_table *t = rules_table(title);
	if (!t) {
		free(r);
		return err_set("cannot allocate a table");
	}
	twin_tally tw = {0};
	for (size_t i = 0; i < n; i++) {
		rule_row(t, b, &r[i], (int)i + 1);
		twin_count(&tw, b, r[i].y);
	}
	twin_say(app, &tw, b, n, "below");   /* before the list: the Together pane shows its top */
	sink_table(&app->sink, t);
	table_free(t);
	free(r);
	return 0;
}

/* ---- recommend ---- */

/* What a list's missing scores are (rec_shown_score), after lead ("-" on screen, "N
 * empty scores" in an export): one wording for both. */
static void unscored_note(rr_app *app, const char *lead)
{
	sink_printf(&app->sink, "%s: no chance estimated: past the %d never-bought items the "
		    "re-ranker scores, ranked below the scored ones by EASE's item-item score", lead,
		    RR_REC_CAND);
}

/* The session model's class probabilities of u's items top[0..n) into probs [n × classes]
 * (shown beside the recommendations; the recommender does not read them); NaN (shown -, an
 * empty cell in an export) for an item of which the model knows neither the item nor the
 * customer: a model of another shop's data (t51 F13). 0 or -1. */
static int model_probs(rr_app *app, uint32_t u, const uint32_t *top, int n, float *probs)
{
	float *net = malloc((size_t)(n > 0 ? n : 1) * sizeof *net);
	int nc = model_n_classes(app->model);
	int rc = net ? model_score_items(app->model, app->ds, u, top, (size_t)n, net, probs)
		     : err_set("cannot allocate recommendation buffers");
	for (int r = 0; rc == 0 && r < n; r++) {
		int k = model_knows(app->model, app->ds, u, top[r]);
		rc = k < 0 ? -1 : 0;
		for (int cl = 0; k == 0 && cl < nc; cl++)
			probs[(size_t)r * (size_t)nc + (size_t)cl] = NAN;
	}
	free(net);
	return rc;
}

/* u's top k (owned items left out unless owned_too, and those blocked[i] — the business
 * rules' — always) into top, scores into tscore; returns how many, or -1. */
static int rec_user(const rr_recsys *rs, uint32_t u, int k, int owned_too,
		    const unsigned char *blocked, uint32_t *top, double *tscore)
{
	const rr_dataset *d = rs->part.ds;
	size_t n = d->n_items ? d->n_items : 1;
	rr_rec_work w;
	double *score = malloc(n * sizeof *score);
	unsigned char *skip = malloc(n);
	int got = -1;
	if (!score || !skip || rec_work_alloc(&w, &rs->part) != 0) {
		free(score);
		free(skip);
		return err_set("cannot allocate recommendation buffers");
	}
	if (recsys_score(rs, u, &w, score) == 0) {
		rec_list_skip(d, u, owned_too, blocked, skip);
		got = rank_topk(score, d->n_items, rs->part.tie, skip, k, top);
		for (int r = 0; r < got; r++)
			tscore[r] = score[top[r]];
	}
	rec_work_free(&w);
	free(score);
	free(skip);
	return got;
}

/* How many of the items u could be offered (those new to u, or all with owned) the business
 * rules block: the reason an empty or short list is so (t40 #10). */
static size_t ruled_out(const rr_dataset *d, uint32_t u, int owned, const unsigned char *blocked)
{
	size_t n = 0;
	for (uint32_t i = 0; i < d->n_items; i++)
		n += blocked[i];
	if (!owned)
		for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
			n -= blocked[d->pairs[p].item];
	return n;
}

/* ruled: ruled_out's count, which an empty list names */
static rr_table *rec_table(rr_app *app, uint32_t u, int got, int owned, size_t ruled)
{
	const rr_dataset *d = app->ds;
	int nc = app->model ? model_n_classes(app->model) : 0;
	char title[320], top[128];
	size_t bought = d->user_start[u + 1] - d->user_start[u];
	if (got == 0 && ruled)
		snprintf(top, sizeof top, "nothing to offer: the business rules block all %zu item%s %s",
			 ruled, plural(ruled), owned ? "of the data" : "new to them");
	else if (got == 0)
		snprintf(top, sizeof top, "%s", owned ? "no item to recommend" : "no item new to them");
	else
		snprintf(top, sizeof top, "top %d%s", got, owned ? " (owned items included)" : " new to them");
	snprintf(title, sizeof title, "customer %s: %u invoice%s, %zu item%s bought; %s",
		 dataset_user_name(d, u), d->user_invoices[u], plural(d->user_invoices[u]), bought,
		 plural(bought), top);
	rr_table *t = table_new(5 + nc, title);
	if (!t)
		return NULL;
	table_head(t, 0, "rank", 'r');
	table_head(t, 1, "stock code", 'l');
	table_head(t, 2, "description", 'l');
	table_optional(t, 2);   /* data without descriptions */
	table_head(t, 3, RR_SCORE_COLUMN, 'r');
	for (int cl = 0; cl < nc; cl++) {
		char h[40];
		snprintf(h, sizeof h, "P(%s)", model_class_name(app->model, cl));
		table_head(t, 4 + cl, h, 'r');
	}
	table_head(t, 4 + nc, "reason", 'l');
	return t;
}

/* The rows of u's list: item, score (NaN: "-", rec_shown_score), the model's probabilities,
 * the reason. */
static int rec_rows(rr_app *app, rr_table *t, uint32_t u, const uint32_t *top,
		    const double *tscore, int got)
{
	int nc = app->model ? model_n_classes(app->model) : 0;
	float *probs = calloc((size_t)(got > 0 ? got : 1) * (size_t)(nc ? nc : 1), sizeof *probs);
	const rr_reasoner *rs = act_reasons(app);
	int rc = probs ? (rs ? 0 : -1) : err_set("cannot allocate reasons");
	if (rc == 0 && nc)
		rc = model_probs(app, u, top, got, probs);
	for (int r = 0; rc == 0 && r < got; r++) {
		char why[200];
		int row = table_add_row(t);
		reason_text(rs, u, top[r], RR_LEAD_AUTO, why, sizeof why);
		table_set(t, row, 0, "%d", r + 1);
		table_set(t, row, 1, "%s", dataset_item_name(app->ds, top[r]));
		table_set(t, row, 2, "%s", dataset_item_desc(app->ds, top[r]));
		if (isnan(tscore[r]))
			table_set(t, row, 3, "-");
		else
			table_set(t, row, 3, "%.4f", tscore[r]);
		for (int cl = 0; cl < nc; cl++) {
			float p = probs[(size_t)r * (size_t)nc + (size_t)cl];
			if (isnan(p))
				table_set(t, row, 4 + cl, "-");
			else
				table_set(t, row, 4 + cl, "%.3f", p);
		}
		table_set(t, row, 4 + nc, "%s", why);
	}
	free(probs);
	return rc;
}

int cmd_recommend(rr_app *app, const rr_args *a)
{
	const char *user = args_get(a, "USER");
	int k = (int)args_long(a, "K", 10), owned = args_has(a, "--owned");
	rr_recsys *rs;
	uint32_t u = dataset_find_customer(app->ds, user);
	if (u == RR_NONE)
		return app_no_customer(app, user);
	if (ensure_baskets(app) != 0 || cmd_recommender(app, &rs) != 0)
		return -1;
	uint32_t *top = malloc((size_t)k * sizeof *top);
	double *tscore = malloc((size_t)k * sizeof *tscore);
	if (!top || !tscore) {
		free(top);
		free(tscore);
		return err_set("cannot allocate recommendation buffers");
	}
	double t0 = rr_now();
	unsigned char *blocked = malloc(app->ds->n_items + 1);
	if (!blocked) {
		free(top);
		free(tscore);
		return err_set("cannot allocate recommendation buffers");
	}
	rules_mask(&app->rules, app->ds, blocked);
	int got = rec_user(rs, u, k, owned, blocked, top, tscore);
	size_t ruled = ruled_out(app->ds, u, owned, blocked);
	free(blocked);
	int unscored = 0;
	for (int r = 0; r < got; r++)
		unscored += isnan(tscore[r] = rec_shown_score(rs, tscore[r]));
	double dt = rr_now() - t0;
	rr_table *t = got >= 0 ? rec_table(app, u, got, owned, ruled) : NULL;
	int rc = got < 0 ? -1 : !t ? err_set("cannot allocate a table") : rec_rows(app, t, u, top, tscore, got);
	if (rc == 0) {
		sink_table(&app->sink, t);
		if (rs->fitted) {
			sink_printf(&app->sink,
				    RR_SCORE_COLUMN ": %s (%s)", rec_score_meaning(), rs->note);
			act_season_note(app, app_present(app, NULL), RR_INNER_DAYS,
					"the chances");
		} else
			rec_say_ease_only(app, RR_SCORE_COLUMN ":");
		if (unscored)
			unscored_note(app, "-");
		cmd_say_labels_note(app);   /* of the P(class) columns, as report says it */
		sink_timing(&app->sink, "scored %u items in %.2f ms", app->ds->n_items, dt * 1e3);
	}
	table_free(t);
	free(top);
	free(tscore);
	return rc;
}

/* ---- export recommendations ---- */

/* The reasons of a chunk of customers' lists, customers split over threads: the reasons
 * are most of a deep export's work, the writing stays in customer order. */
#define REASON_LEN 160
#define CHUNK 64

typedef struct reason_job {
	const rr_reasoner *rs;
	const uint32_t *top;    /* [n_users × k] */
	const int *n_top;
	int k;
	uint32_t c0, c1, t, step;
	const uint32_t *list;   /* NULL: customers c0..c1; else list[c0..c1) */
	char *why;              /* [CHUNK × k × REASON_LEN] the chunk's reasons (shared, disjoint) */
} reason_job;

static void *reason_run(void *arg)
{
	reason_job *j = arg;
	/* each list's history items found in one pass (reason_contributors_list); without the
	 * scratch for it, each reason finds its own */
	void *col = malloc((size_t)j->k * RR_CONTRIB_SCRATCH);
	rr_contrib *con = malloc((size_t)j->k * sizeof *con);
	for (uint32_t c = j->c0 + j->t; c < j->c1; c += j->step) {
		uint32_t u = j->list ? j->list[c] : c;
		const uint32_t *tu = j->top + (size_t)u * (size_t)j->k;
		char *why = j->why + (size_t)(c - j->c0) * (size_t)j->k * REASON_LEN;
		if (col && con)
			reason_contributors_list(j->rs, u, tu, j->n_top[u], col, con);
		for (int r = 0; r < j->n_top[u]; r++)
			reason_text_with(j->rs, u, tu[r], RR_LEAD_AUTO, col && con ? &con[r] : NULL,
					 why + (size_t)r * REASON_LEN, REASON_LEN);
	}
	free(col);
	free(con);
	return NULL;
}

/* Customer u's records: item, score (empty past the candidates: rec_shown_score), the
 * model's probabilities, the reason; *unscored counts the empty scores. */
static int export_user(rr_app *app, rr_csvout *o, uint32_t u, const uint32_t *tu,
		       const double *ts, int n, const char *why, float *probs, size_t *unscored)
{
	const rr_dataset *d = app->ds;
	int nc = app->model ? model_n_classes(app->model) : 0;
	if (nc && model_probs(app, u, tu, n, probs) != 0)
		return -1;
	for (int r = 0; r < n; r++) {
		csvout_str(o, dataset_user_name(d, u));
		csvout_fieldf(o, "%d", r + 1);
		csvout_str(o, dataset_item_name(d, tu[r]));
		csvout_str(o, dataset_item_desc(d, tu[r]));
		double v = rec_shown_score(app->rec, ts[r]);
		*unscored += isnan(v);
		csvout_num(o, "%.6f", v);
		for (int cl = 0; cl < nc; cl++)
			csvout_num(o, "%.6f", probs[(size_t)r * (size_t)nc + (size_t)cl]);
		csvout_str(o, why + (size_t)r * REASON_LEN);
		csvout_end(o);
	}
	return 0;
}

/* A sample of the writing's cost: chunks of customers spread over all of them, at least
 * PROBE_GROUPS, until PROBE_S seconds are timed or a PROBE_SHARE-th of the customers is done:
 * a short measure on a busy machine is a time slice's luck (0.014 s said 1 s for 2.2 s). */
enum { PROBE_GROUPS = 3, PROBE_SHARE = 16 };
#define PROBE_S 0.25

/* The i-th customer of a sample of n_users whose every prefix is spread over all of them:
 * steps of the golden ratio's share, coprime to n_users so that none comes twice. */
static uint32_t probe_step(uint32_t n_users)
{
	uint32_t g = (uint32_t)(n_users * 0.6180339887) | 1, a, b;
	for (;; g++) {
		for (a = g, b = n_users; b;) {   /* gcd */
			uint32_t r = a % b;
			a = b;
			b = r;
		}
		if (a == 1)
			return g;
	}
}

/* A customer's share of the writing: each line's reason reads the customer's history, and
 * costs some more whatever its length (mean: the mean history). The few customers of
 * thousands of items weigh as they cost, not as one customer in a sample that may miss them
 * (Online Retail: a sample of 128 customers said 1.2 s for 1.75 s, or 2.0 s for 1.6). */
static double write_units(const rr_dataset *d, const int *n_top, uint32_t u, double mean)
{
	return (double)n_top[u] * ((double)(d->user_start[u + 1] - d->user_start[u]) + mean);
}

/* Before the writing, when it may be long: the reasons and probabilities of a sample of
 * customers spread over all of them, timed, and "about N s more" from its pace (t52 F4: the
 * estimate before the lists left out the writing, 4 times as long on 5 years of history). The
 * writing runs in customer order, whose first customers may be the heaviest or the lightest:
 * the sample is not its first chunk. Its first group is not timed (the first touch of the
 * reasons' tables). A timing line. 0 or -1. */
static int say_write_time(rr_app *app, reason_job *job, int nj, const int *n_top, int k,
			  float *probs, size_t lines)
{
	const rr_dataset *d = app->ds;
	uint32_t n = d->n_users / PROBE_SHARE, step = probe_step(d->n_users);
	if (n < PROBE_GROUPS * CHUNK || !app->sink.timing)   /* too few to sample, or not said */
		return 0;
	uint32_t *list = malloc(n * sizeof *list);
	if (!list)
		return err_set("cannot allocate reasons");
	for (uint32_t i = 0; i < n; i++)
		list[i] = (uint32_t)((uint64_t)i * step % d->n_users);
	int nc = app->model ? model_n_classes(app->model) : 0, rc = 0;
	double t0 = 0, timed = 0, all = 0, mean = (double)d->n_pairs / d->n_users;
	for (uint32_t u = 0; u < d->n_users; u++)
		all += write_units(d, n_top, u, mean);
	for (uint32_t c0 = 0; c0 < n && rc == 0; c0 += CHUNK) {
		uint32_t c1 = n - c0 < CHUNK ? n : c0 + CHUNK;
		if (c0 == CHUNK)
			t0 = rr_now();
		else if (c0 >= PROBE_GROUPS * CHUNK && rr_now() - t0 >= PROBE_S)
			break;
		for (uint32_t c = c0; c0 >= CHUNK && c < c1; c++)
			timed += write_units(d, n_top, list[c], mean);
		for (int t = 0; t < nj; t++)
			job[t] = (reason_job){job[t].rs, job[t].top, n_top, k, c0, c1, (uint32_t)t,
					      (uint32_t)nj, list, job[t].why};
		rr_parallel(reason_run, job, sizeof *job, nj);
		for (uint32_t c = c0; nc && c < c1 && rc == 0; c++)
			rc = model_probs(app, list[c], job[0].top + (size_t)list[c] * (size_t)k,
					 n_top[list[c]], probs);
	}
	double rest = work_pace_s(rr_now() - t0, timed, all);
	free(list);
	if (rc == 0 && rest >= RR_EASE_SAY_S)
		sink_eta(&app->sink, "note: the %zu lines and their reasons: about %.0f s more to "
			    "write (a stop, Ctrl-C, cuts it short)", lines, rest);
	return rc;
}

/* Every customer's top k as computed, one CSV record per item; *lines and *unscored count
 * the records and their empty scores. 0 or -1. */
static int export_lists(rr_app *app, rr_csvout *o, const uint32_t *top, const double *tscore,
			const int *n_top, int k, size_t *lines, size_t *unscored)
{
	const rr_dataset *d = app->ds;
	int nc = app->model ? model_n_classes(app->model) : 0, nj = 0;
	float *probs = calloc((size_t)k * (size_t)(nc ? nc : 1), sizeof *probs);
	char *why = malloc((size_t)CHUNK * (size_t)k * REASON_LEN);
	const rr_reasoner *rs = act_reasons(app);
	reason_job job[REC_THREADS];
	rr_work w = app_work(app);
	int rc = probs && why ? (rs ? 0 : -1) : err_set("cannot allocate reasons");
	size_t total = 0;
	for (uint32_t u = 0; u < d->n_users; u++)
		total += (size_t)n_top[u];
	/* a reason per line: one pass over the baskets for every pair's count, when it costs
	 * less than counting each reason's pair (3.2 -> 1.0 s at 300 deep; t52 F4: 184,000
	 * lines over 5 years of baskets, 31 % of a run in those counts, fell under the old
	 * threshold of 200,000 lines: written in 25 s, 6 s with the table) */
	if (rc == 0 && reasoner_table_pays(app->reasons, total))
		rc = reasoner_count_pairs(app->reasons, REC_THREADS);
	for (; rc == 0 && nj < REC_THREADS; nj++)
		job[nj] = (reason_job){.rs = rs, .top = top, .n_top = n_top, .k = k, .t = (uint32_t)nj,
				       .step = REC_THREADS, .why = why};
	if (rc == 0)
		rc = say_write_time(app, job, nj, n_top, k, probs, total);
	for (uint32_t c0 = 0; c0 < d->n_users && rc == 0; c0 += CHUNK) {
		uint32_t c1 = d->n_users - c0 < CHUNK ? d->n_users : c0 + CHUNK;
		if (work_tick(&w, RR_PHASE_EVAL, "export recommendations", c0, d->n_users, c0 == 0)) {
			rc = err_set("export interrupted");
			break;
		}
		for (int t = 0; t < nj; t++) {
			job[t].c0 = c0;
			job[t].c1 = c1;
			job[t].list = NULL;
		}
		rr_parallel(reason_run, job, sizeof *job, nj);
		for (uint32_t u = c0; u < c1 && rc == 0; u++) {
			size_t at = (size_t)u * (size_t)k;
			rc = export_user(app, o, u, top + at, tscore + at, n_top[u],
					 why + (size_t)(u - c0) * (size_t)k * REASON_LEN, probs, unscored);
			*lines += (size_t)n_top[u];
		}
	}
	free(why);
	free(probs);
	return rc;
}

/* Every customer's top k one at a time, skipping what the business rules forbid: what
 * recsys_topk_all gives without rules (a customer costs a fraction of a millisecond). */
static int topk_ruled(rr_app *app, const rr_recsys *rs, int k, int owned, uint32_t *top,
		      double *tscore, int *n_top, size_t *cut)
{
	unsigned char *blocked = malloc(app->ds->n_items + 1);
	if (!blocked)
		return err_set("cannot allocate %u item flags", app->ds->n_items);
	rules_mask(&app->rules, app->ds, blocked);
	int rc = 0;
	rr_work w = app_work(app);
	for (uint32_t u = 0; u < app->ds->n_users && rc == 0; u++) {
		if ((u & 1023) == 0 && work_tick(&w, RR_PHASE_EVAL, "every customer's list", u,
						 app->ds->n_users, 0)) {
			rc = err_set("the lists of every customer interrupted");
			break;
		}
		size_t at = (size_t)u * (size_t)k;
		n_top[u] = rec_user(rs, u, k, owned, blocked, top + at, tscore + at);
		rc = n_top[u] < 0 ? -1 : 0;
		*cut += rc == 0 && n_top[u] < k && ruled_out(app->ds, u, owned, blocked);
	}
	free(blocked);
	return rc;
}

/* After the export: the business rules as the reason for lists left empty or short (t40 #10:
 * "wrote 0 recommendations" and no word why). cut: customers whose list they shortened. */
static void say_ruled_export(rr_app *app, size_t lines, size_t cut, int k)
{
	char text[200];
	if (!cut)
		return;
	rules_text(&app->rules, text, sizeof text);
	if (lines == 0)
		sink_printf(&app->sink, "  nothing to offer: the business rules (%s) allow no item "
			    "the customers could be recommended", text);
	else
		sink_printf(&app->sink, "  the business rules (%s) left %zu customer%s fewer than %d "
			    "recommendation%s", text, cut, plural(cut), k, plural((size_t)k));
}

/* The export's file, opened with its header before the work (a file it may not replace is
 * refused at once): the list's columns, a p_ column for each of the model's classes, the
 * reason; the first five say the export's kind, whatever the model (t78 F8). 0 or -1 with
 * err_set. */
static int export_open(const rr_app *app, rr_csvout *o, const rr_args *a)
{
	const char *head[RR_MAX_CLASSES + 6] = {RR_EXPORT_CUSTOMER, "rank", RR_EXPORT_ITEM,
						"description", RR_SCORE_COLUMN};
	char p[RR_MAX_CLASSES][40];
	int nc = app->model ? model_n_classes(app->model) : 0, nh = 5;
	for (int cl = 0; cl < nc && cl < RR_MAX_CLASSES; cl++) {
		snprintf(p[cl], sizeof p[cl], "p_%s", model_class_name(app->model, cl));
		head[nh++] = p[cl];
	}
	head[nh++] = "reason";
	return csvout_open_kind(o, args_get(a, "FILE"), args_has(a, "--raw"), head, nh, 5);
}

int cmd_export_recommendations(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	int k = (int)args_long(a, "K", 10), owned = args_has(a, "--owned");
	rr_recsys *rs;
	rr_csvout o;
	if (export_open(app, &o, a) != 0)
		return -1;
	if (ensure_baskets(app) != 0 || cmd_recommender(app, &rs) != 0) {
		csvout_close(&o, 0);
		return -1;
	}
	size_t nu = app->ds->n_users ? app->ds->n_users : 1, lines = 0, unscored = 0;
	uint32_t *top = malloc(nu * (size_t)k * sizeof *top);
	double *tscore = malloc(nu * (size_t)k * sizeof *tscore);
	int *n_top = malloc(nu * sizeof *n_top);
	int rc = top && tscore && n_top ? 0 : err_set("cannot allocate %zu customers' lists", nu);
	double t0 = rr_now(), dt = 0;
	size_t cut = 0;
	if (rc == 0 && rules_active(&app->rules))
		rc = topk_ruled(app, rs, k, owned, top, tscore, n_top, &cut);
	else if (rc == 0) {
		rr_work w = app_work(app);
		rc = recsys_topk_all(rs, k, owned, REC_THREADS, top, tscore, n_top, &w);
	}
	dt = rr_now() - t0;
	if (rc == 0)
		rc = export_lists(app, &o, top, tscore, n_top, k, &lines, &unscored);
	if (csvout_close(&o, rc == 0) != 0)
		rc = -1;
	size_t short_lists = 0;   /* fewer than k: the catalogue's rest (t70 F9: unsaid) */
	size_t empty = 0;         /* none: no line in the file (t87 F1: "for 28 customers" of 14) */
	for (uint32_t u = 0; rc == 0 && u < app->ds->n_users; u++) {
		short_lists += n_top[u] < k;
		empty += n_top[u] <= 0;
	}
	free(top);
	free(tscore);
	free(n_top);
	if (rc != 0)
		return -1;
	char shown[RR_SHOWN_PATH];
	size_t listed = app->ds->n_users - empty;
	sink_printf(&app->sink, "wrote %zu recommendation%s for %zu customer%s to '%s'", lines,
		    rr_plural((double)lines), listed, rr_plural((double)listed),
		    rr_shown_path(shown, sizeof shown, path));
	if (lines == 0 && !cut && !owned)   /* why the file is empty (t51 F9) */
		sink_printf(&app->sink, "  none: every customer has bought every item, and a list "
			    "holds only items new to the customer");
	if (empty && lines)
		sink_printf(&app->sink, "  %zu of the %u customers %s no line in it", empty,
			    app->ds->n_users, empty == 1 ? "has" : "have");
	say_ruled_export(app, lines, cut, k);
	if (short_lists > cut && lines)   /* those with no line among them */
		sink_printf(&app->sink, "  %zu %s fewer than %d%s: no more items %s", short_lists - cut,
			    short_lists - cut == 1 ? "customer's list holds" : "customers' lists hold",
			    k, empty && !cut ? " (or none)" : "", owned ? "in the catalogue"
			    : "they have not bought (--owned lists those too)");
	if (!app->rec->fitted)   /* as export audience says it: the column keeps its name (t17) */
		rec_say_ease_only(app, "  its " RR_SCORE_COLUMN " column holds");
	else
		sink_printf(&app->sink, "  " RR_SCORE_COLUMN ": %s", rec_score_meaning());
	if (unscored) {
		char lead[64];
		snprintf(lead, sizeof lead, "  %zu empty score%s", unscored, plural(unscored));
		unscored_note(app, lead);
	}
	cmd_say_labels_note(app);   /* of the p_ columns */
	sink_timing(&app->sink, "  scored and ranked in %.2f s, written in %.2f s", dt,
		    rr_now() - t0 - dt);
	return 0;
}

/* Rule x -> y of n baskets into *r: 1 when it passes f and the business rules, -1 when it
 * passes f and the business rules block an item of it (said, t78 F11), 0 when f stops it. */
static int rule_exported(const rr_app *app, const rr_baskets *b, const rr_rule_filter *f,
			 uint32_t x, uint32_t y, uint32_t n, rr_assoc *r)
{
	baskets_rule(b, x, y, n, r);
	if (r->confidence < f->min_confidence || r->lift < f->min_lift)
		return 0;
	return rules_filter_assoc(&app->rules, b, r, 1, 0, 1) ? 1 : -1;
}

/* The bytes of item x's two text cells, quoted as csvout writes text (a quote inside doubled,
 * and the formula guard's ', are not counted: a size said "about"). */
static double item_csv_bytes(const rr_baskets *b, uint32_t x)
{
	return (double)(strlen(baskets_code(b, x)) + strlen(baskets_desc(b, x)) + 4);
}

static int digits(uint32_t v)
{
	int n = 1;
	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

/* Pairs between two looks at the stop flag in export rules' loops (a few ms of work). */
#define RULES_TICK 0x3fffu

/* Before writing more than RR_RULES_SAY rules (the pairs' two directions can be): a pass that
 * counts the rules that pass, their size and their n_xy, and the note of baskets_rules_note.
 * 0, or -1 with err_set. */
static int rules_say_size(rr_app *app, const rr_baskets *b, const rr_rule_filter *f,
			  const rr_pairc *pairs, size_t np, rr_work *w)
{
	if (np <= RR_RULES_SAY / 2)
		return 0;
	uint32_t maxn = 0;
	for (size_t i = 0; i < np; i++)
		maxn = pairs[i].n > maxn ? pairs[i].n : maxn;
	size_t *hist = calloc((size_t)maxn + 1, sizeof *hist), n = 0;
	if (!hist)
		return err_set("out of memory counting the rules to export");
	double bytes = 0;
	for (size_t i = 0; i < np; i++) {
		if ((i & RULES_TICK) == 0 &&
		    work_tick(w, RR_PHASE_EVAL, "export rules: counting", (double)i, (double)np, 0)) {
			free(hist);
			return err_set("export rules interrupted while counting the rules");
		}
		for (int dir = 0; dir < 2; dir++) {
			uint32_t x = dir ? pairs[i].y : pairs[i].x, y = dir ? pairs[i].x : pairs[i].y;
			rr_assoc r;
			if (rule_exported(app, b, f, x, y, pairs[i].n, &r) <= 0)
				continue;
			hist[r.n_xy]++;
			n++;
			/* the three counts, three %.8g measures of about ten characters, nine commas
			 * and the CRLF */
			bytes += item_csv_bytes(b, x) + item_csv_bytes(b, y) + digits(r.n_xy) +
				 digits(b->count[x]) + digits(b->count[y]) + 3 * 10.0 + 11;
		}
	}
	char ft[96], note[400];
	if (*baskets_rules_note(n, bytes, rule_filter_text(f, ft, sizeof ft), hist, maxn, note,
				sizeof note))
		sink_printf(&app->sink, "note: %s", note);
	free(hist);
	return 0;
}

/* The pairs of export rules mined on a helper thread while this one keeps the front end's
 * running line and its stop key alive (t75 F3: the workbench froze for the whole export, and
 * a Ctrl-C typed meanwhile was read after it, as quit). */
typedef struct rules_mine_job {
	const rr_baskets *b;
	uint32_t min_count;
	rr_pairc *pairs;
	size_t np;
} rules_mine_job;

static int rules_mine_run(void *arg)
{
	rules_mine_job *j = arg;
	return baskets_mine(j->b, j->min_count, 2, &j->pairs, &j->np);
}

/* Every rule the filter keeps, both directions of each pair, into o; how many into *lines,
 * and how many more the business rules left out into *ruled. -1 with err_set when stopped
 * (the caller leaves the file as it was). */
static int rules_write(rr_app *app, const rr_baskets *b, const rr_rule_filter *f,
		       const rr_pairc *pairs, size_t np, rr_csvout *o, rr_work *w, size_t *lines,
		       size_t *ruled, twin_tally *tw)
{
	for (size_t i = 0; i < np; i++) {
		if ((i & RULES_TICK) == 0 &&
		    work_tick(w, RR_PHASE_EVAL, "export rules: writing", (double)i, (double)np, 0))
			return err_set("export rules interrupted while writing");
		for (int dir = 0; dir < 2; dir++) {
			uint32_t x = dir ? pairs[i].y : pairs[i].x, y = dir ? pairs[i].x : pairs[i].y;
			rr_assoc r;
			int ex = rule_exported(app, b, f, x, y, pairs[i].n, &r);
			*ruled += ex < 0;
			if (ex <= 0)
				continue;
			csvout_str(o, baskets_code(b, x));
			csvout_str(o, baskets_desc(b, x));
			csvout_str(o, baskets_code(b, y));
			csvout_str(o, baskets_desc(b, y));
			csvout_fieldf(o, "%u", r.n_xy);
			csvout_fieldf(o, "%u", b->count[x]);
			csvout_fieldf(o, "%u", b->count[y]);
			csvout_fieldf(o, "%.8g", r.support);
			csvout_fieldf(o, "%.8g", r.confidence);
			csvout_fieldf(o, "%.8g", r.lift);
			csvout_end(o);
			twin_count(tw, b, y);
			(*lines)++;
		}
	}
	return 0;
}

int cmd_export_rules(rr_app *app, const rr_args *a)
{
	rr_rule_filter f = rule_filter(a);
	const char *path = args_get(a, "FILE");
	static const char *const head[] = {RR_EXPORT_RULE_FROM, RR_EXPORT_RULE_FROM "_description",
					   RR_EXPORT_RULE_TO, RR_EXPORT_RULE_TO "_description", "n_xy", "n_x", "n_y",
					   "support", "confidence", "lift"};
	rr_csvout o;   /* opened first: a file it may not replace is refused before the mining */
	if (csvout_open(&o, path, args_has(a, "--raw"), head, 10) != 0)
		return -1;
	rr_work w = app_work(app);
	work_tick(&w, RR_PHASE_EVAL, "export rules: baskets", 0, 1, 1);
	rules_mine_job job = {.min_count = f.min_count};
	int rc = ensure_baskets(app);
	if (rc == 0) {
		job.b = app->baskets;
		rc = work_run(&w, "export rules: mining pairs", rules_mine_run, &job);
	}
	if (rc == 0 && work_stopped(&w))   /* the mining cannot be cut short: stop after it */
		rc = err_set("export rules interrupted after mining the pairs");
	const rr_baskets *b = app->baskets;
	if (rc == 0) {
		say_unpaired(app, b);
		rc = rules_say_size(app, b, &f, job.pairs, job.np, &w);
	}
	size_t lines = 0, ruled = 0;
	twin_tally tw = {0};
	if (rc == 0)
		rc = rules_write(app, b, &f, job.pairs, job.np, &o, &w, &lines, &ruled, &tw);
	free(job.pairs);
	if (csvout_close(&o, rc == 0) != 0 || rc != 0)
		return -1;
	char shown[RR_SHOWN_PATH];
	char ft[96];
	sink_printf(&app->sink, "wrote %zu rules (%s) over %u baskets to '%s'", lines,
		    rule_filter_text(&f, ft, sizeof ft), b->n_baskets, rr_shown_path(shown, sizeof shown, path));
	if (ruled) {   /* t78 F11: 26 rules of an excluded item were left out unsaid */
		char text[160];
		rules_text(&app->rules, text, sizeof text);
		sink_printf(&app->sink, "  the business rules (%s) left out %zu more rule%s, of an "
			    "item they block (exclude clear writes them)", text, ruled,
			    rr_plural((double)ruled));
	}
	twin_say(app, &tw, b, lines, "written");
	return 0;
}
