/* cmd_eval.c — evaluate ranking (the baselines, UP-CF@r and TIFU-KNN chosen on the inner
 * period, relrec's recommender, paired comparisons) and export evaluation. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "baselines.h"
#include "basket.h"
#include "cf.h"
#include "cfgrid.h"
#include "cmd.h"
#include "err.h"
#include "evaluate.h"
#include "ingest.h"
#include "recommend.h"
#include "util.h"

#define EVAL_THREADS 2

/* One run of evaluate ranking. */
typedef struct eval_run {
	rr_app *app;
	rr_tsplit *sp;            /* the test split (owned) */
	rr_tsplit *inner;         /* the inner split of its train period, or NULL (owned) */
	rr_cfdata *cd;            /* the train period's baskets (owned) */
	rr_cf_grid grid;          /* UP-CF and TIFU configurations judged on inner (owned) */
	rr_eval_result *res;      /* the lines (owned until the session takes them) */
	rr_recsys *rs;            /* relrec fitted on the train period (owned); its EASE is the
	                             EASE baseline's too (same data, same λ) */
	int ks[2], n_k;
	rr_work w;
	double t0, t_grid, t_fit;
} eval_run;

static void eval_run_free(eval_run *e)
{
	split_free(e->sp);
	split_free(e->inner);
	cfdata_free(e->cd);
	cf_grid_free(&e->grid);
	recsys_free(e->rs);
	eval_result_free(e->res);
	free(e->res);
}

/* The cutoff, the test split and the inner split; the lines saying what they hold. */
static int eval_open(eval_run *e, const rr_args *a)
{
	rr_app *app = e->app;
	char day[32];
	if (act_need_rows(app, "evaluate ranking") != 0)   /* before a cutoff of 1970-01-01 */
		return -1;
	int32_t cutoff;
	if (act_cutoff(app, a, "evaluate ranking", &cutoff) != 0)
		return -1;
	e->ks[0] = 10;
	e->ks[1] = 20;
	e->n_k = 2;
	if (args_has(a, "--k")) {
		e->ks[0] = (int)args_long(a, "--k", 10);
		e->n_k = 1;
	}
	/* --horizon: the truth of the days the recommender's score speaks of (t70 F10: every
	 * purchase after the cutoff was the truth, a year of them after an early cutoff) */
	long horizon = args_has(a, "--horizon") ? args_long(a, "--horizon", 92) : 0;
	int32_t end = INT32_MAX;
	if (horizon && (int64_t)cutoff + horizon * RR_DAY_MINUTES < INT32_MAX)
		end = (int32_t)(cutoff + horizon * RR_DAY_MINUTES);
	if (!(e->sp = split_new_range(app->rows, &app->clean, cutoff, end)))
		return act_split_fail("evaluate ranking");
	if (!(e->res = calloc(1, sizeof *e->res)))
		return err_set("cannot allocate the evaluation result");
	char span[48] = "";
	if (horizon)
		snprintf(span, sizeof span, " (the %ld day%s from the cutoff)", horizon,
			 rr_plural((double)horizon));
	sink_printf(&app->sink,
		    "cutoff %.10s: train %zu row%s (%u customer%s, %u catalogue item%s), test %zu row%s%s",
		    ingest_format_minute(cutoff, day, sizeof day), e->sp->train->kept,
		    rr_plural((double)e->sp->train->kept), e->sp->train->n_users,
		    rr_plural(e->sp->train->n_users), e->sp->train->n_items,
		    rr_plural(e->sp->train->n_items), e->sp->test->kept,
		    rr_plural((double)e->sp->test->kept), span);
	e->res->cutoff = cutoff;
	e->res->horizon = (int)horizon;
	/* a horizon past the data's end is truth cut short: say it, as evaluate due does (t75 F1) */
	e->res->covered = horizon ? act_window_note(app, cutoff, (int)horizon, "purchases") : 0;
	sink_printf(&app->sink,
		    "evaluated customers (bought in both periods): %u; new-items task skips %u with no new item",
		    e->sp->n_eval, e->sp->n_new_empty);
	if (e->sp->n_eval == 0)   /* every figure would be a mean over nobody */
		return err_set("evaluate ranking: no customer bought both before and after the cutoff "
			       "%.10s: nothing to evaluate (try another --cutoff, nearer the middle of "
			       "the data)", ingest_format_minute(cutoff, day, sizeof day));
	int32_t v = split_inner_start(cutoff);
	e->inner = split_new_range(app->rows, &app->clean, v, cutoff);
	if (e->inner)
		sink_printf(&app->sink,
			    "inner validation period: history before %.10s, purchases from then to the cutoff: %u customer%s",
			    ingest_format_minute(v, day, sizeof day), e->inner->n_eval,
			    rr_plural(e->inner->n_eval));
	else
		sink_printf(&app->sink, "no inner validation period (%s): up-cf@r, tifu-knn and recent-pop keep their first configurations",
			    err_msg());
	return 0;
}

/* The inner period's NDCG@10 of the chosen configuration best (-1: no customer of the inner
 * period could score the task, and the first configuration is used), for eval_choose. */
static const char *choice_text(const double *ndcg, int best, enum rr_task t, char *buf,
			       size_t size)
{
	if (best < 0)
		snprintf(buf, size, "none to choose on: the first");
	else
		snprintf(buf, size, "%s%.4f", t == RR_TASK_ALL ? "NDCG@10 " : "",   /* the first says it */
			 ndcg[best * RR_TASK_N + t]);
	return buf;
}

/* UP-CF's and TIFU's configurations chosen per task on the inner split (the first of each
 * grid without one), and the lines saying so. */
static int eval_choose(eval_run *e)
{
	rr_app *app = e->app;
	double t = rr_now();
	if (cf_grid_init(&e->grid) != 0)
		return -1;
	if (e->inner && e->inner->train->n_items > rr_ease_max_items)   /* before: it says why */
		sink_printf(&app->sink, "up-cf@r and tifu-knn judged on the %u most-bought of the inner period's %u items (EASE's cap; the others score 0 there)",
			    rr_ease_max_items, e->inner->train->n_items);
	if (e->inner && cf_grid_run(&e->grid, e->inner, EVAL_THREADS, &e->w) != 0)
		return -1;
	e->t_grid = rr_now() - t;
	if (!e->inner)
		return 0;
	const rr_cf_grid *g = &e->grid;
	char c[2][80], v[2][64];
	int u0 = g->best_upcf[RR_TASK_ALL], u1 = g->best_upcf[RR_TASK_NEW];
	int t0 = g->best_tifu[RR_TASK_ALL], t1 = g->best_tifu[RR_TASK_NEW];
	if (g->judged < g->n_eval)   /* the figures below are the sample's (cfgrid.h) */
		sink_printf(&app->sink, "up-cf@r and tifu-knn judged on a regular sample of %u of the inner period's %u customers",
			    g->judged, g->n_eval);
	sink_printf(&app->sink, "up-cf@r, best of %d on it: all: %s (%s); new: %s (%s)", g->n_upcf,
		    upcf_params_text(&g->upcf[u0 < 0 ? 0 : u0], c[0], sizeof c[0]),
		    choice_text(g->upcf_ndcg, u0, RR_TASK_ALL, v[0], sizeof v[0]),
		    upcf_params_text(&g->upcf[u1 < 0 ? 0 : u1], c[1], sizeof c[1]),
		    choice_text(g->upcf_ndcg, u1, RR_TASK_NEW, v[1], sizeof v[1]));
	sink_printf(&app->sink, "tifu-knn, best of %d on it: all: %s (%s); new: %s (%s)", g->n_tifu,
		    tifu_params_text(&g->tifu[t0 < 0 ? 0 : t0], c[0], sizeof c[0]),
		    choice_text(g->tifu_ndcg, t0, RR_TASK_ALL, v[0], sizeof v[0]),
		    tifu_params_text(&g->tifu[t1 < 0 ? 0 : t1], c[1], sizeof c[1]),
		    choice_text(g->tifu_ndcg, t1, RR_TASK_NEW, v[1], sizeof v[1]));
	int r0 = g->best_rpop[RR_TASK_ALL], r1 = g->best_rpop[RR_TASK_NEW];
	sink_printf(&app->sink, "recent-pop, best of %d on it: all: %s (%s); new: %s (%s)", g->n_rpop,
		    recent_pop_text(g->rpop_days[r0 < 0 ? 0 : r0], c[0], sizeof c[0]),
		    choice_text(g->rpop_ndcg, r0, RR_TASK_ALL, v[0], sizeof v[0]),
		    recent_pop_text(g->rpop_days[r1 < 0 ? 0 : r1], c[1], sizeof c[1]),
		    choice_text(g->rpop_ndcg, r1, RR_TASK_NEW, v[1], sizeof v[1]));
	return 0;
}

/* Every method's scorer, alive at once: the methods are evaluated two at a time
 * (evaluate_methods; t70 F8: one after the other they took 19 s of the long-tail shop's
 * evaluation on one core while the other idled). */
enum { EVAL_METHODS = 12 };   /* at most 11: recent-pop, up-cf@r and tifu-knn twice each */
typedef struct eval_scorers {
	rr_method m[EVAL_METHODS];
	int n;
	char config[EVAL_METHODS][80];
	rr_recent_pop rp[RR_TASK_N];
	rr_cooc *co;
	rr_ease_scorer es;
	rr_cf_scorer cf[2][RR_TASK_N];   /* up-cf@r, tifu-knn: each task's choice */
	rr_rec_eval re;
} eval_scorers;

static void eval_scorers_free(eval_scorers *x)
{
	for (int t = 0; t < RR_TASK_N; t++) {
		recent_pop_free(&x->rp[t]);
		cf_scorer_free(&x->cf[0][t]);
		cf_scorer_free(&x->cf[1][t]);
	}
	cooc_free(x->co);
	ease_scorer_free(&x->es);
	rec_work_free(&x->re.w);
	memset(x, 0, sizeof *x);
}

static void add_method(eval_scorers *x, const char *name, const char *config, rr_score_fn fn,
		       void *ctx, unsigned tasks, int baseline)
{
	snprintf(x->config[x->n], sizeof x->config[x->n], "%s", config ? config : "");
	x->m[x->n] = (rr_method){name, x->config[x->n], fn, ctx, tasks, baseline};
	x->n++;
}

/* Recent popularity with each task's window chosen on the inner period (one run when they
 * agree), as UP-CF@r and TIFU-KNN run. */
static int add_recent(eval_run *e, eval_scorers *x)
{
	int c[RR_TASK_N];
	for (int t = 0; t < RR_TASK_N; t++)
		c[t] = e->grid.best_rpop[t] < 0 ? 0 : e->grid.best_rpop[t];
	for (int t = 0; t < RR_TASK_N; t++) {
		if (t > 0 && c[t] == c[0])
			continue;
		char cfg[32];
		int days = e->grid.rpop_days[c[t]];
		if (recent_pop_init(&x->rp[t], e->sp->train, e->sp->cutoff, days) != 0)
			return -1;
		add_method(x, "recent-pop", recent_pop_text(days, cfg, sizeof cfg), score_recent_pop,
			   &x->rp[t], c[RR_TASK_NEW] == c[RR_TASK_ALL] ? 3u : 1u << t, 1);
	}
	return 0;
}

/* Popularity, recent popularity, repurchase, co-occurrence and EASE (relrec's, fitted on the
 * same period). */
static int add_classic(eval_run *e, eval_scorers *x)
{
	const rr_dataset *tr = e->sp->train;
	add_method(x, "popularity", NULL, score_popularity, NULL, 3, 1);
	if (add_recent(e, x) != 0)
		return -1;
	add_method(x, "repurchase", NULL, score_repurchase, NULL, 1, 1);
	if (!(x->co = cooc_new(tr)))
		return -1;
	if (x->co->n_unpaired) {   /* what one whole-catalogue invoice leaves out (t43 #4) */
		char note[RR_ERR_MAX];
		const char *inv = strtab_get(e->app->rows->invoices, tr->inv_code[x->co->largest]);
		sink_printf(&e->app->sink, "note: %s",
			    baskets_unpaired_text(x->co->n_unpaired, inv, x->co->largest_items,
						  "the co-occurrence baseline", note, sizeof note));
	}
	add_method(x, "cooccurrence", NULL, score_cooc, x->co, 3, 1);
	if (ease_scorer_init(&x->es, e->rs->part.ease) != 0)
		return -1;
	add_method(x, "ease", "λ 500", score_ease, &x->es, 3, 1);
	return 0;
}

/* UP-CF@r and TIFU-KNN with each task's chosen configuration (one run when they agree). */
static int add_cf(eval_run *e, eval_scorers *x)
{
	const rr_cf_grid *g = &e->grid;
	if (!(e->cd = cfdata_new(e->sp->train)))
		return -1;
	for (int meth = 0; meth < 2; meth++) {
		int best[RR_TASK_N];
		for (int t = 0; t < RR_TASK_N; t++)
			best[t] = (meth ? g->best_tifu[t] : g->best_upcf[t]) < 0
					  ? 0 : meth ? g->best_tifu[t] : g->best_upcf[t];
		for (int t = 0; t < RR_TASK_N; t++) {
			if (t > 0 && best[t] == best[0])
				continue;
			unsigned tasks = best[RR_TASK_NEW] == best[RR_TASK_ALL] ? 3u : 1u << t;
			rr_cf_scorer *s = &x->cf[meth][t];
			char cfg[80];
			int rc = meth ? tifu_scorer_init(s, e->cd, &g->tifu[best[t]])
				      : upcf_scorer_init(s, e->cd, &g->upcf[best[t]]);
			if (rc != 0)
				return -1;
			if (meth)
				tifu_params_text(&g->tifu[best[t]], cfg, sizeof cfg);
			else
				upcf_params_text(&g->upcf[best[t]], cfg, sizeof cfg);
			add_method(x, meth ? "tifu-knn" : "up-cf@r", cfg, meth ? score_tifu : score_upcf,
				   s, tasks, 1);
		}
	}
	return 0;
}

/* Every method, the baselines then relrec (the longest: evaluate_methods starts it first),
 * and relrec against the best baseline. */
static int eval_methods(eval_run *e)
{
	eval_scorers x;
	memset(&x, 0, sizeof x);
	int rc = add_classic(e, &x) == 0 && add_cf(e, &x) == 0 ? 0 : -1;
	if (rc == 0) {
		x.re.s = e->rs;
		rc = rec_work_alloc(&x.re.w, &e->rs->part);
	}
	if (rc == 0) {
		add_method(&x, "relrec", recsys_config(e->rs), score_recsys, &x.re, 3, 0);
		rc = evaluate_methods(e->sp, x.m, x.n, e->ks, e->n_k, e->res, EVAL_THREADS, &e->w);
	}
	if (rc == 0) {
		eval_compare(e->res, "relrec");
		sink_printf(&e->app->sink, "recommender: %s", e->rs->note);
	}
	eval_scorers_free(&x);
	return rc;
}

/* relrec's recommender, fitted on the train period (its inner period is the grids'). */
static int eval_fit(eval_run *e)
{
	rr_app *app = e->app;
	rr_rec_opts o = {.threads = EVAL_THREADS, .inner = e->inner};
	double t = rr_now();
	e->rs = recsys_fit(app->rows, &app->clean, e->sp->train, e->sp->cutoff, &o, &e->w);
	e->t_fit = rr_now() - t;
	return e->rs ? 0 : -1;
}

static int eval_show(eval_run *e)
{
	const rr_sink *sk = &e->app->sink;
	char title[128];
	snprintf(title, sizeof title,
		 "ranking evaluation; new = items the customer never bought before the cutoff; pop = mean train invoices of the items listed");
	rr_table *t = eval_metrics_table(e->res, title);
	rr_table *p = eval_parts_table(e->res, "the all task's lists against the items bought before (repeat) and the others (explore)");
	rr_table *c = eval_compare_table(e->res, "relrec against the best baseline of each task: paired over customers, 95% interval mean ± 1.96·sd/√n");
	int rc = t && p ? 0 : err_set("cannot allocate a table");
	if (rc == 0) {
		sink_table(sk, t);
		sink_table(sk, p);
		if (c)
			sink_table(sk, c);
		sink_timing(sk, "evaluated in %.1f s (grids %.1f s, recommender fit %.1f s)",
			    rr_now() - e->t0, e->t_grid, e->t_fit);
	}
	table_free(t);
	table_free(p);
	table_free(c);
	return rc;
}

int cmd_evaluate_ranking(rr_app *app, const rr_args *a)
{
	eval_run e;
	memset(&e, 0, sizeof e);
	e.app = app;
	e.w = app_work(app);
	e.t0 = rr_now();
	int rc = eval_open(&e, a);
	if (rc == 0)
		cmd_say_rules_not_evaluated(app);
	if (rc == 0)
		rc = eval_choose(&e);
	if (rc == 0)
		rc = eval_fit(&e);
	if (rc == 0)
		rc = eval_methods(&e);
	if (rc == 0)
		rc = eval_show(&e);
	if (rc == 0) {   /* kept for export evaluation */
		e.res->ds_gen = app->ds->gen;
		eval_result_free(app->eval);
		free(app->eval);
		app->eval = e.res;
		e.res = NULL;
	}
	eval_run_free(&e);
	return rc;
}

int cmd_export_evaluation(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	const rr_eval_result *r = app->eval;
	if (!r)
		return err_set("no evaluation to export: run evaluate ranking first");
	if (!app->ds || r->ds_gen != app->ds->gen)
		return err_set("the data changed since the last evaluate ranking: run it again");
	if (eval_result_export(r, path, args_has(a, "--raw")) != 0)
		return -1;
	char shown[RR_SHOWN_PATH];
	sink_printf(&app->sink, "wrote %d evaluation lines to '%s'", r->n,
		    rr_shown_path(shown, sizeof shown, path));
	return 0;
}
