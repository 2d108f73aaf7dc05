/* cmd_rec.c — recommend, together, evaluate ranking, export recommendations|rules. */
#include <stdarg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


#include "basket.h"
#include "cmd.h"
#include "csvout.h"
#include "ease.h"
#include "err.h"
#include "evaluate.h"
#include "ingest.h"
#include "model.h"
#include "rank.h"
#include "recommend.h"
#include "util.h"

#define DAY 1440

/* "s" unless n is 1: "1 invoice", "2 invoices". */
static const char *plural(unsigned long n)
{
	return n == 1 ? "" : "s";
}

/* A customer by id. Spreadsheets and pandas write numeric ids as "17850.0": an id that
 * differs from a loaded one only by a ".0" (or ".00"...) is that customer, either way round. */
static uint32_t find_user(const rr_dataset *d, const char *id)
{
	uint32_t u = dataset_find_user(d, id);
	if (u != RR_NONE || !*id)
		return u;
	char alt[128];
	const char *dot = strchr(id, '.');
	if (dot && dot > id && strspn(dot + 1, "0") == strlen(dot + 1) && (size_t)(dot - id) < sizeof alt) {
		snprintf(alt, sizeof alt, "%.*s", (int)(dot - id), id);   /* "17850.0" → "17850" */
		return dataset_find_user(d, alt);
	}
	if (!dot && strspn(id, "0123456789") == strlen(id) && strlen(id) + 3 < sizeof alt) {
		snprintf(alt, sizeof alt, "%s.0", id);                    /* "17850" → "17850.0" */
		return dataset_find_user(d, alt);
	}
	return RR_NONE;
}

/* The basket index of the session's rows and cleaning rules, rebuilt when they changed (the
 * dataset's generation changes with either). */
static int ensure_baskets(rr_app *app)
{
	if (app->baskets && app->baskets->ds_gen == app->ds->gen)
		return 0;
	baskets_free(app->baskets);
	app->baskets = baskets_build(app->rows, &app->clean);
	if (!app->baskets)
		return -1;
	app->baskets->ds_gen = app->ds->gen;
	return 0;
}

/* The recommender for the session's dataset and model, refitted when either changed. */
static int ensure_rec(rr_app *app)
{
	uint64_t mgen = app->model ? model_gen(app->model) : 0;
	if (app->rec && app->rec->ds_gen == app->ds->gen && app->rec->model_gen == mgen)
		return 0;
	recsys_free(app->rec);
	app->rec = NULL;
	rr_rec_opts o;
	memset(&o, 0, sizeof o);
	o.lambda = 500;
	o.use_network = app->model != NULL;
	o.model = app->model;
	o.labels = app->model ? model_labels(app->model) : NULL;
	o.settings = app->model ? model_settings(app->model) : NULL;
	if (app->model)
		sink_printf(&app->sink, "fitting the recommender (a network on the inner period, then the re-ranker)...");
	rr_work w = app_work(app);
	app->rec = recsys_fit(app->rows, &app->clean, app->ds, app->ds->max_minute + 1, &o, &w);
	return app->rec ? 0 : -1;
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
	char title[512];
	if (item) {
		uint32_t x = baskets_find(b, item);
		if (x == RR_NONE)
			return err_set("no basket holds item '%s'", item);
		if (baskets_rules_for(b, x, &f, (int)k, &r, &n) != 0)
			return -1;
		snprintf(title, sizeof title,
			 "%s %s: in %u of %u baskets (all invoices); "
			 "rules with n_xy >= %u by %s", item,
			 baskets_desc(b, x), b->count[x], b->n_baskets, f.min_count,
			 f.by == RR_BY_LIFT ? "lift" : "confidence");
	} else {
		uint32_t u = find_user(app->ds, user);
		if (u == RR_NONE)
			return err_set("no customer '%s'", user);
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
		int rc = baskets_rules_for_set(b, xs, nx, &f, (int)k, &r, &n);
		free(xs);
		if (rc != 0)
			return -1;
		snprintf(title, sizeof title,
			 "customer %s owns %zu item%s; best rule towards each item they never bought (n_xy >= %u, by %s)",
			 user, m, plural(m), f.min_count, f.by == RR_BY_LIFT ? "lift" : "confidence");
	}
	if (n == 0) {
		sink_printf(&app->sink, "%s", title);
		sink_printf(&app->sink, "no rule passes the filters (n_xy >= %u, confidence >= %g, lift >= %g)",
			    f.min_count, f.min_confidence, f.min_lift);
		free(r);
		return 0;
	}
	rr_table *t = rules_table(title);
	if (!t) {
		free(r);
		return err_set("cannot allocate a table");
	}
	for (size_t i = 0; i < n; i++)
		rule_row(t, b, &r[i], (int)i + 1);
	sink_table(&app->sink, t);
	table_free(t);
	free(r);
	return 0;
}

/* ---- recommend ---- */

/* Why item i is recommended to customer u: the owned item most often bought with it, or its
 * own history, or its recent sales. */
static void reason_for(rr_app *app, uint32_t u, uint32_t i, uint32_t *acc, uint32_t *touched,
		       unsigned char *owned_b, char *buf, size_t size)
{
	const rr_dataset *d = app->ds;
	size_t p = dataset_find_pair(d, u, i);
	char day[32];
	if (p != (size_t)-1) {
		const rr_pair *q = &d->pairs[p];
		if (q->orders > 1)
			snprintf(buf, size, "bought in %u orders, last %.10s", q->orders,
				 ingest_format_minute(q->last, day, sizeof day));
		else
			snprintf(buf, size, "bought once, %.10s", ingest_format_minute(q->last, day, sizeof day));
		return;
	}
	const rr_baskets *b = app->baskets;
	uint32_t y = b ? baskets_find(b, dataset_item_name(d, i)) : RR_NONE;
	if (y != RR_NONE) {
		uint32_t nt = 0, best = RR_NONE, best_n = 0;
		baskets_row(b, y, acc, touched, &nt);
		for (uint32_t t = 0; t < nt; t++) {
			uint32_t x = touched[t];
			if (owned_b[x] && (acc[x] > best_n ||
					   (acc[x] == best_n && strcmp(baskets_code(b, x), baskets_code(b, best)) < 0))) {
				best = x;
				best_n = acc[x];
			}
			acc[x] = 0;
		}
		if (best != RR_NONE) {
			snprintf(buf, size, "bought together with %s in %u invoice%s",
				 baskets_code(b, best), best_n, plural(best_n));
			return;
		}
	}
	snprintf(buf, size, "popular: in %u invoice%s", d->item_invoices[i],
		 plural(d->item_invoices[i]));
}

/* Everything needed to list one customer's top K (shared by recommend and the export). */
typedef struct rec_ctx {
	rr_rec_work w;
	double *score;
	float *probs;
	unsigned char *skip;
	uint32_t *top;
	uint32_t *acc, *touched;   /* basket rows for reasons */
	unsigned char *owned_b;    /* [basket items] the customer's items */
	int n_classes;
} rec_ctx;

static void rec_ctx_free(rec_ctx *c)
{
	rec_work_free(&c->w);
	free(c->score);
	free(c->probs);
	free(c->skip);
	free(c->top);
	free(c->acc);
	free(c->touched);
	free(c->owned_b);
}

static int rec_ctx_init(rec_ctx *c, rr_app *app, int k)
{
	size_t n = app->ds->n_items ? app->ds->n_items : 1;
	size_t nb = app->baskets->n_items ? app->baskets->n_items : 1;
	memset(c, 0, sizeof *c);
	c->n_classes = app->rec->part.n_classes;
	size_t nc = c->n_classes > 0 ? (size_t)c->n_classes : 1;
	if (rec_work_alloc(&c->w, &app->rec->part) != 0)
		return -1;
	c->score = malloc(n * sizeof *c->score);
	c->probs = calloc(n * nc, sizeof *c->probs);
	c->skip = calloc(n, 1);
	c->top = malloc((size_t)k * sizeof *c->top);
	c->acc = calloc(nb, sizeof *c->acc);
	c->touched = malloc(nb * sizeof *c->touched);
	c->owned_b = calloc(nb, 1);
	if (!c->score || !c->probs || !c->skip || !c->top || !c->acc || !c->touched || !c->owned_b) {
		rec_ctx_free(c);
		return err_set("cannot allocate recommendation buffers");
	}
	return 0;
}

/* Top k for u into c->top; returns how many. */
static int rec_user(rr_app *app, rec_ctx *c, uint32_t u, int k, int owned_too)
{
	const rr_dataset *d = app->ds;
	const rr_recpart *rp = &app->rec->part;
	if (recsys_score(app->rec, u, &c->w, c->score, NULL) != 0)
		return -1;
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
		c->skip[d->pairs[p].item] = !owned_too;
	int got = rank_topk(c->score, d->n_items, rp->tie, c->skip, k, c->top);
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++)
		c->skip[d->pairs[p].item] = 0;
	/* the class probabilities shown: the network on the top items only, not the catalogue */
	if (got > 0 && rp->model && rp->n_classes > 0) {
		size_t nc = (size_t)rp->n_classes;
		float *net = malloc((size_t)got * sizeof *net);
		float *pr = malloc((size_t)got * nc * sizeof *pr);
		int rc = net && pr ? model_score_items(rp->model, rp->ds, u, c->top, (size_t)got, net, pr)
				   : err_set("cannot allocate recommendation buffers");
		for (int r = 0; rc == 0 && r < got; r++)
			memcpy(c->probs + (size_t)c->top[r] * nc, pr + (size_t)r * nc, nc * sizeof *pr);
		free(net);
		free(pr);
		if (rc != 0)
			return -1;
	}
	return got;
}

static void mark_owned(rr_app *app, rec_ctx *c, uint32_t u, unsigned char v)
{
	const rr_dataset *d = app->ds;
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
		uint32_t x = baskets_find(app->baskets, dataset_item_name(d, d->pairs[p].item));
		if (x != RR_NONE)
			c->owned_b[x] = v;
	}
}

int cmd_recommend(rr_app *app, const rr_args *a)
{
	const char *user = args_get(a, "USER");
	long k = args_long(a, "K", 10);
	int owned = args_has(a, "--owned");
	uint32_t u = find_user(app->ds, user);
	if (u == RR_NONE)
		return err_set("no customer '%s'", user);
	if (ensure_baskets(app) != 0 || ensure_rec(app) != 0)
		return -1;
	rec_ctx c;
	if (rec_ctx_init(&c, app, (int)k) != 0)
		return -1;
	double t0 = rr_now();
	int got = rec_user(app, &c, u, (int)k, owned);
	double dt = rr_now() - t0;
	if (got < 0) {
		rec_ctx_free(&c);
		return -1;
	}
	const rr_recpart *p = &app->rec->part;
	int nc = p->model ? p->n_classes : 0;
	rr_table *t = table_new(5 + nc, NULL);
	if (!t) {
		rec_ctx_free(&c);
		return err_set("cannot allocate a table");
	}
	char title[256], top[64];
	size_t bought = app->ds->user_start[u + 1] - app->ds->user_start[u];
	if (got == 0)
		snprintf(top, sizeof top, "%s", owned ? "no item to recommend" : "no item new to them");
	else
		snprintf(top, sizeof top, "top %d%s", got, owned ? " (owned items included)" : " new to them");
	snprintf(title, sizeof title, "customer %s: %u invoice%s, %zu item%s bought; %s",
		 dataset_user_name(app->ds, u), app->ds->user_invoices[u],
		 plural(app->ds->user_invoices[u]), bought, plural(bought), top);
	t->title = strdup(title);
	table_head(t, 0, "rank", 'r');
	table_head(t, 1, "stock code", 'l');
	table_head(t, 2, "description", 'l');
	table_head(t, 3, "score", 'r');
	for (int cl = 0; cl < nc; cl++) {
		char h[40];
		snprintf(h, sizeof h, "P(%s)", model_class_name(p->model, cl));
		table_head(t, 4 + cl, h, 'r');
	}
	table_head(t, 4 + nc, "reason", 'l');
	mark_owned(app, &c, u, 1);
	for (int r = 0; r < got; r++) {
		uint32_t i = c.top[r];
		char why[160];
		int row = table_add_row(t);
		reason_for(app, u, i, c.acc, c.touched, c.owned_b, why, sizeof why);
		table_set(t, row, 0, "%d", r + 1);
		table_set(t, row, 1, "%s", dataset_item_name(app->ds, i));
		table_set(t, row, 2, "%s", dataset_item_desc(app->ds, i));
		table_set(t, row, 3, "%.4f", c.score[i]);
		for (int cl = 0; cl < nc; cl++)
			table_set(t, row, 4 + cl, "%.3f", c.probs[(size_t)i * (size_t)p->n_classes + (size_t)cl]);
		table_set(t, row, 4 + nc, "%s", why);
	}
	mark_owned(app, &c, u, 0);
	sink_table(&app->sink, t);
	table_free(t);
	sink_printf(&app->sink, "score: chance the item is among their purchases of the next %d days, if they buy (%s)",
		    RR_REC_INNER_DAYS, app->rec->note);
	if (!p->model)
		sink_printf(&app->sink, "no network trained: the item-item part (EASE) and purchase history only; `train` adds the network");
	sink_timing(&app->sink, "scored %u items in %.2f ms", app->ds->n_items, dt * 1e3);
	rec_ctx_free(&c);
	return 0;
}

/* ---- evaluate ranking ---- */

int cmd_evaluate_ranking(rr_app *app, const rr_args *a)
{
	int32_t cutoff;
	int ks[2] = {10, 20}, n_k = 2;
	int use_net = !args_has(a, "--no-network");
	const char *day_text = args_get(a, "--cutoff");
	char day[32], range[64];
	if (day_text) {
		ingest_parse_day(day_text, &cutoff); /* checked by cmd_parse */
	} else {
		cutoff = dataset_default_cutoff(app->ds);
		sink_printf(&app->sink, "cutoff %.10s (the last quarter of %s; --cutoff to choose)",
			    ingest_format_minute(cutoff, day, sizeof day),
			    dataset_range_text(app->ds, range, sizeof range));
	}
	if (args_has(a, "--k")) {
		ks[0] = (int)args_long(a, "--k", 10);
		n_k = 1;
	}
	double t0 = rr_now();
	rr_tsplit *sp = split_new(app->rows, &app->clean, cutoff);
	if (!sp)
		return -1;
	sink_printf(&app->sink,
		    "cutoff %.10s: train %zu rows (%u customers, %u catalogue items), test %zu rows",
		    ingest_format_minute(cutoff, day, sizeof day), sp->train->kept, sp->train->n_users,
		    sp->train->n_items, sp->test->kept);
	sink_printf(&app->sink,
		    "evaluated customers (bought in both periods): %u; new-items task skips %u with no new item",
		    sp->n_eval, sp->n_new_empty);
	rr_eval_result res = {0};
	rr_cooc *co = NULL;
	rr_ease *ease = NULL;
	rr_recsys *rs = NULL;
	rr_ease_scorer es = {0};
	rr_rec_eval re;
	memset(&re, 0, sizeof re);
	int rc = -1;
	const rr_sink *sk = &app->sink;
	rr_work w = app_work(app);
	if (evaluate_method(sp, "popularity", score_popularity, NULL, 3, ks, n_k, &res, &w) ||
	    evaluate_method(sp, "repurchase", score_repurchase, NULL, 1, ks, n_k, &res, &w))
		goto done;
	if (!(co = cooc_new(sp->train)) ||
	    evaluate_method(sp, "cooccurrence", score_cooc, co, 3, ks, n_k, &res, &w))
		goto done;
	/* EASE's fit is one LAPACK call of about a second: work_run keeps the front end live */
	if (!(ease = ease_fit_dataset_ticked(sp->train, 500, &w, "ease: fit"))) {
		if (work_stopped(&w))
			err_set("evaluation interrupted");
		goto done;
	}
	es.ease = ease;
	es.buf = malloc(ease->n_all * sizeof *es.buf + 1);
	es.items = malloc(ease->n_all * sizeof *es.items + 1);
	if (!es.buf || !es.items) {
		err_set("cannot allocate scoring buffers");
		goto done;
	}
	if (evaluate_method(sp, "ease", score_ease, &es, 3, ks, n_k, &res, &w))
		goto done;
	rr_rec_opts o;
	memset(&o, 0, sizeof o);
	o.lambda = 500;
	o.use_network = use_net;
	o.labels = &app->labels;
	o.settings = &app->set;
	if (use_net)
		sink_printf(sk, "training networks on the inner period and the train period...");
	if (!(rs = recsys_fit(app->rows, &app->clean, sp->train, cutoff, &o, &w)))
		goto done;
	re.s = rs;
	if (rec_work_alloc(&re.w, &rs->part) != 0 ||
	    evaluate_method(sp, "relrec", score_recsys, &re, 3, ks, n_k, &res, &w))
		goto done;
	rr_table *t = eval_result_table(&res, "ranking evaluation; new = items the customer never bought before the cutoff");
	if (!t) {
		err_set("cannot allocate a table");
		goto done;
	}
	sink_table(sk, t);
	table_free(t);
	sink_printf(sk, "recommender: %s", rs->note);
	sink_timing(sk, "evaluated in %.1f s", rr_now() - t0);
	rc = 0;
done:
	rec_work_free(&re.w);
	recsys_free(rs);
	free(es.buf);
	free(es.items);
	ease_free(ease);
	cooc_free(co);
	eval_result_free(&res);
	split_free(sp);
	return rc;
}

/* ---- exports ---- */

int cmd_export_recommendations(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	long k = args_long(a, "K", 10);
	int owned = args_has(a, "--owned");
	if (ensure_baskets(app) != 0 || ensure_rec(app) != 0)
		return -1;
	rec_ctx c;
	rr_csvout o;
	if (rec_ctx_init(&c, app, (int)k) != 0)
		return -1;
	if (csvout_open(&o, path) != 0) {
		rec_ctx_free(&c);
		return -1;
	}
	const rr_recpart *p = &app->rec->part;
	int nc = p->model ? p->n_classes : 0;
	static const char *const head[] = {"customer", "rank", "stock_code", "description", "score"};
	for (int h = 0; h < 5; h++)
		csvout_str(&o, head[h]);
	for (int cl = 0; cl < nc; cl++) {
		char h[40];
		snprintf(h, sizeof h, "p_%s", model_class_name(p->model, cl));
		csvout_str(&o, h);
	}
	csvout_str(&o, "reason");
	csvout_end(&o);
	double t0 = rr_now();
	size_t lines = 0, nu = app->ds->n_users;
	size_t ncl = nc > 0 ? (size_t)nc : 1;
	uint32_t *top = malloc((nu ? nu : 1) * (size_t)k * sizeof *top);
	double *tscore = malloc((nu ? nu : 1) * (size_t)k * sizeof *tscore);
	float *tprobs = nc ? malloc((nu ? nu : 1) * (size_t)k * ncl * sizeof *tprobs) : NULL;
	int *n_top = malloc((nu ? nu : 1) * sizeof *n_top);
	int rc = 0;
	if (!top || !tscore || !n_top || (nc && !tprobs))
		rc = err_set("cannot allocate %zu customers' recommendations", nu);
	else
		rc = recsys_topk_all(app->rec, (int)k, owned, 2, top, tscore, tprobs, n_top);
	double dt = rr_now() - t0;
	rr_work w = app_work(app);   /* the reasons take ~70 µs a line: a deep export takes a while */
	for (uint32_t u = 0; u < nu && rc == 0; u++) {
		if (work_tick(&w, RR_PHASE_EVAL, "export recommendations", u, nu, u == 0)) {
			rc = err_set("export of '%s' interrupted", path);
			break;
		}
		mark_owned(app, &c, u, 1);
		for (int r = 0; r < n_top[u]; r++) {
			size_t at = (size_t)u * (size_t)k + (size_t)r;
			uint32_t i = top[at];
			char why[160];
			reason_for(app, u, i, c.acc, c.touched, c.owned_b, why, sizeof why);
			csvout_str(&o, dataset_user_name(app->ds, u));
			csvout_fieldf(&o, "%d", r + 1);
			csvout_str(&o, dataset_item_name(app->ds, i));
			csvout_str(&o, dataset_item_desc(app->ds, i));
			csvout_fieldf(&o, "%.6f", tscore[at]);
			for (int cl = 0; cl < nc; cl++)
				csvout_fieldf(&o, "%.6f", tprobs[at * ncl + (size_t)cl]);
			csvout_str(&o, why);
			csvout_end(&o);
			lines++;
		}
		mark_owned(app, &c, u, 0);
	}
	free(top);
	free(tscore);
	free(tprobs);
	free(n_top);
	rec_ctx_free(&c);
	if (csvout_close(&o, rc == 0) != 0)
		return -1;
	sink_printf(&app->sink, "wrote %zu recommendations for %u customers to '%s'", lines,
		    app->ds->n_users, path);
	sink_timing(&app->sink, "  scored and ranked in %.2f s, written in %.2f s", dt,
		    rr_now() - t0 - dt);
	return 0;
}

int cmd_export_rules(rr_app *app, const rr_args *a)
{
	rr_rule_filter f = rule_filter(a);
	const char *path = args_get(a, "FILE");
	if (ensure_baskets(app) != 0)
		return -1;
	const rr_baskets *b = app->baskets;
	rr_pairc *pairs = NULL;
	size_t np = 0;
	if (baskets_mine(b, f.min_count, 2, &pairs, &np) != 0)
		return -1;
	rr_csvout o;
	if (csvout_open(&o, path) != 0) {
		free(pairs);
		return -1;
	}
	static const char *const head[] = {"antecedent", "antecedent_description", "consequent",
					   "consequent_description", "n_xy", "n_x", "n_y",
					   "support", "confidence", "lift"};
	for (int h = 0; h < 10; h++)
		csvout_str(&o, head[h]);
	csvout_end(&o);
	size_t lines = 0;
	for (size_t i = 0; i < np; i++)
		for (int dir = 0; dir < 2; dir++) {
			uint32_t x = dir ? pairs[i].y : pairs[i].x, y = dir ? pairs[i].x : pairs[i].y;
			rr_assoc r;
			baskets_rule(b, x, y, pairs[i].n, &r);
			if (r.confidence < f.min_confidence || r.lift < f.min_lift)
				continue;
			csvout_str(&o, baskets_code(b, x));
			csvout_str(&o, baskets_desc(b, x));
			csvout_str(&o, baskets_code(b, y));
			csvout_str(&o, baskets_desc(b, y));
			csvout_fieldf(&o, "%u", r.n_xy);
			csvout_fieldf(&o, "%u", b->count[x]);
			csvout_fieldf(&o, "%u", b->count[y]);
			csvout_fieldf(&o, "%.8g", r.support);
			csvout_fieldf(&o, "%.8g", r.confidence);
			csvout_fieldf(&o, "%.8g", r.lift);
			csvout_end(&o);
			lines++;
		}
	free(pairs);
	if (csvout_close(&o, 1) != 0)
		return -1;
	sink_printf(&app->sink, "wrote %zu rules (n_xy >= %u) over %u baskets to '%s'", lines,
		    f.min_count, b->n_baskets, path);
	return 0;
}
