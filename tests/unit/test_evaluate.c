/* test_evaluate.c — the temporal protocol on a hand-made log (split, truth, metrics of the
 * baselines), and on the real data DESIGN §6's baseline figures and relrec's goal. */
#include "testutil.h"

#include <math.h>

#include "ease.h"
#include "evaluate.h"
#include "ingest.h"
#include "recommend.h"

static void add(rr_rows *r, const char *inv, const char *code, const char *cust, const char *day)
{
	int32_t m;
	assert_int_equal(0, ingest_parse_day(day, &m));
	assert_int_equal(0, rows_add(r, inv, strlen(inv), code, strlen(code), code, strlen(code),
				     cust, strlen(cust), "UK", 2, 1, 1.0, m));
}

/* before 2011-09-01: c1 {X,Y} and {Y}, c2 {X}, c3 {X,Y}; after: c1 {Y,Z}, c2 {Y}, c4 {X}.
 * Catalogue {X, Y} (Z is test-only); evaluated c1, c2. */
static void test_fixture(void **state)
{
	(void)state;
	rr_rows *r = rows_new();
	add(r, "1", "X", "c1", "2011-01-10");
	add(r, "1", "Y", "c1", "2011-01-10");
	add(r, "2", "Y", "c1", "2011-02-10");
	add(r, "3", "X", "c2", "2011-03-10");
	add(r, "4", "X", "c3", "2011-04-10");
	add(r, "4", "Y", "c3", "2011-04-10");
	add(r, "5", "Y", "c1", "2011-10-01");
	add(r, "5", "Z", "c1", "2011-10-01");
	add(r, "6", "Y", "c2", "2011-10-02");
	add(r, "7", "X", "c4", "2011-10-03");
	assert_int_equal(0, rows_finish(r));
	rr_clean c;
	clean_init(&c);
	int32_t cut;
	ingest_parse_day("2011-09-01", &cut);
	rr_tsplit *sp = split_new(r, &c, cut);
	assert_non_null(sp);
	assert_int_equal(2, sp->train->n_items);
	assert_int_equal(2, sp->n_eval);
	assert_int_equal(0, sp->n_new_empty);
	uint32_t X = dataset_find_item(sp->train, "X"), Y = dataset_find_item(sp->train, "Y");
	uint32_t c1 = dataset_find_user(sp->train, "c1");
	/* c1 is first (ascending train index); its truth: Y and Z (outside the catalogue) */
	assert_int_equal(c1, sp->eval_user[0]);
	assert_int_equal(2, sp->truth_start[1]);
	int has_y = 0, has_none = 0;
	for (size_t t = 0; t < 2; t++) {
		has_y |= sp->truth_item[t] == Y;
		has_none |= sp->truth_item[t] == RR_NONE;
	}
	assert_true(has_y && has_none);

	rr_eval_result res = {0};
	int ks[] = {1, 2};
	/* popularity: X and Y are both in 3 train invoices; the tie goes to the code, X first */
	assert_int_equal(0, evaluate_method(sp, "pop", score_popularity, NULL, 3, ks, 2, &res, NULL));
	/* all@1: both get X, both miss */
	assert_float_equal(0.0, eval_result_ndcg(&res, "pop", RR_TASK_ALL, 1), 1e-12);
	/* all@2: c1 gets X, Y; truth {Y, Z}: DCG 1/log2 3, ideal 1 + 1/log2 3.
	 * c2: X, Y; truth {Y}: DCG 1/log2 3, ideal 1 */
	double c1n = (1 / log2(3.0)) / (1 + 1 / log2(3.0)), c2n = 1 / log2(3.0);
	assert_float_equal((c1n + c2n) / 2, eval_result_ndcg(&res, "pop", RR_TASK_ALL, 2), 1e-12);
	/* new: c1 owns both catalogue items (nothing to recommend; truth {Z}): 0.
	 * c2 owns X: gets Y, truth {Y}: 1 */
	assert_float_equal(0.5, eval_result_ndcg(&res, "pop", RR_TASK_NEW, 1), 1e-12);
	/* repurchase: c1 owns Y twice, X once → Y first: hit at 1; c2 owns X → miss */
	assert_int_equal(0, evaluate_method(sp, "rep", score_repurchase, NULL, 1, ks, 2, &res, NULL));
	assert_float_equal(0.5, eval_result_ndcg(&res, "rep", RR_TASK_ALL, 1), 1e-12);
	assert_true(isnan(eval_result_ndcg(&res, "rep", RR_TASK_NEW, 1)));
	const rr_eval_line *l = NULL;
	for (int i = 0; i < res.n; i++)
		if (!strcmp(res.line[i].method, "rep") && res.line[i].k == 1)
			l = &res.line[i];
	assert_non_null(l);
	assert_float_equal(0.5, l->m.precision, 1e-12);
	assert_float_equal(0.25, l->m.recall, 1e-12);   /* c1 1/2, c2 0 */
	assert_float_equal(0.5, l->m.hit, 1e-12);
	assert_float_equal(1.0, l->coverage, 1e-12);    /* Y and X recommended */
	(void)X;
	/* far too little history for the re-ranker: the recommender falls back to EASE, says so */
	rr_dataset *all = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(all);
	rr_rec_opts o;
	memset(&o, 0, sizeof o);
	o.lambda = 1;
	rr_recsys *rs = recsys_fit(r, &c, all, all->max_minute + 1, &o, NULL);
	assert_non_null(rs);
	assert_false(rs->fitted);
	assert_non_null(strstr(rs->note, "EASE only"));
	rr_rec_work w;
	assert_int_equal(0, rec_work_alloc(&w, &rs->part));
	double sc[3];
	assert_int_equal(0, recsys_score(rs, dataset_find_user(all, "c2"), &w, sc, NULL));
	assert_true(sc[dataset_find_item(all, "Y")] > 0);   /* c2 owns X; X and Y co-occur */
	rec_work_free(&w);
	recsys_free(rs);
	dataset_free(all);
	eval_result_free(&res);
	split_free(sp);
	clean_free(&c);
	rows_free(r);
}

static void test_real(void **state)
{
	(void)state;
	const char *path = "data/online_retail.csv.gz";
	TU_SKIP_UNLESS_READABLE(path);
	rr_rows *r = ingest_load(path, NULL, 0, NULL);
	assert_non_null(r);
	rr_clean c;
	clean_init(&c);
	int32_t cut;
	ingest_parse_day("2011-09-01", &cut);
	rr_tsplit *sp = split_new(r, &c, cut);
	assert_non_null(sp);
	assert_int_equal(1947, sp->n_eval);
	assert_int_equal(61, sp->n_new_empty);
	rr_eval_result res = {0};
	int ks[] = {10, 20};
	assert_int_equal(0, evaluate_method(sp, "popularity", score_popularity, NULL, 3, ks, 2, &res, NULL));
	assert_int_equal(0, evaluate_method(sp, "repurchase", score_repurchase, NULL, 1, ks, 2, &res, NULL));
	rr_cooc *co = cooc_new(sp->train);
	assert_non_null(co);
	assert_int_equal(0, evaluate_method(sp, "cooccurrence", score_cooc, co, 3, ks, 2, &res, NULL));
	rr_ease *e = ease_fit_dataset(sp->train, 500);
	assert_non_null(e);
	rr_ease_scorer es = {e, malloc(e->n * sizeof(float)), malloc(e->n * sizeof(uint32_t))};
	assert_int_equal(0, evaluate_method(sp, "ease", score_ease, &es, 3, ks, 2, &res, NULL));
	/* DESIGN §6 (NDCG@10, all / new) */
	assert_float_equal(0.126, eval_result_ndcg(&res, "popularity", RR_TASK_ALL, 10), 0.002);
	assert_float_equal(0.052, eval_result_ndcg(&res, "popularity", RR_TASK_NEW, 10), 0.002);
	assert_float_equal(0.353, eval_result_ndcg(&res, "repurchase", RR_TASK_ALL, 10), 0.002);
	assert_float_equal(0.250, eval_result_ndcg(&res, "cooccurrence", RR_TASK_ALL, 10), 0.002);
	assert_float_equal(0.103, eval_result_ndcg(&res, "cooccurrence", RR_TASK_NEW, 10), 0.002);
	assert_float_equal(0.306, eval_result_ndcg(&res, "ease", RR_TASK_ALL, 10), 0.002);
	assert_float_equal(0.124, eval_result_ndcg(&res, "ease", RR_TASK_NEW, 10), 0.002);
	/* relrec's recommender (re-ranker without the network: deterministic and quick) must beat
	 * every baseline in both tasks */
	rr_rec_opts o;
	memset(&o, 0, sizeof o);
	o.lambda = 500;
	rr_recsys *s = recsys_fit(r, &c, sp->train, cut, &o, NULL);
	assert_non_null(s);
	assert_true(s->fitted);
	rr_rec_eval re;
	memset(&re, 0, sizeof re);
	re.s = s;
	assert_int_equal(0, rec_work_alloc(&re.w, &s->part));
	assert_int_equal(0, evaluate_method(sp, "relrec", score_recsys, &re, 3, ks, 2, &res, NULL));
	double all = eval_result_ndcg(&res, "relrec", RR_TASK_ALL, 10);
	double nw = eval_result_ndcg(&res, "relrec", RR_TASK_NEW, 10);
	fprintf(stderr, "relrec NDCG@10 all %.4f new %.4f\n", all, nw);
	assert_true(all > 0.353 + 0.01);
	assert_true(nw > 0.124 + 0.002);
	rec_work_free(&re.w);
	recsys_free(s);
	free(es.buf);
	free(es.items);
	ease_free(e);
	cooc_free(co);
	eval_result_free(&res);
	split_free(sp);
	clean_free(&c);
	rows_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixture),
		cmocka_unit_test(test_real),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
