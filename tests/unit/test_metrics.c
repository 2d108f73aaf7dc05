/* test_metrics.c — precision, recall, F1 and scikit-learn's report layout on hand-computed
 * confusion matrices, including a class that is never predicted and one with no support. */
#include "testutil.h"

#include <math.h>
#include <string.h>

#include "metrics.h"

#define NEAR(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* rows = truth, columns = predicted:
 *          low  medium  high
 *   low      5       1     0
 *   medium   2       3     0
 *   high     1       1     0      <- high is never predicted
 * precision: 5/8, 3/5, 0 (nothing predicted: 0, as zero_division=0)
 * recall:    5/6, 3/5, 0/2
 * f1:        2·(5/8)(5/6)/((5/8)+(5/6)) = 5/7, 3/5, 0 */
static const int64_t CONF[9] = { 5, 1, 0, 2, 3, 0, 1, 1, 0 };

static void test_hand_computed(void **state)
{
	(void)state;
	rr_metrics m;
	metrics_from_confusion(&m, CONF, 3);
	assert_int_equal(3, m.k);
	assert_int_equal(13, m.total);
	assert_int_equal(6, m.support[0]);
	assert_int_equal(5, m.support[1]);
	assert_int_equal(2, m.support[2]);
	assert_int_equal(0, m.predicted[2]);
	NEAR(m.precision[0], 5.0 / 8);
	NEAR(m.precision[1], 3.0 / 5);
	NEAR(m.precision[2], 0.0);
	NEAR(m.recall[0], 5.0 / 6);
	NEAR(m.recall[1], 3.0 / 5);
	NEAR(m.recall[2], 0.0);
	NEAR(m.f1[0], 5.0 / 7);
	NEAR(m.f1[1], 3.0 / 5);
	NEAR(m.f1[2], 0.0);
	NEAR(m.accuracy, 8.0 / 13);
	NEAR(m.macro_p, (5.0 / 8 + 3.0 / 5) / 3);
	NEAR(m.macro_r, (5.0 / 6 + 3.0 / 5) / 3);
	NEAR(m.macro_f1, (5.0 / 7 + 3.0 / 5) / 3);
	NEAR(m.weighted_p, (6 * 5.0 / 8 + 5 * 3.0 / 5) / 13);
	NEAR(m.weighted_r, 8.0 / 13);
	NEAR(m.weighted_f1, (6 * 5.0 / 7 + 5 * 3.0 / 5) / 13);
}

static void test_no_support(void **state)
{
	(void)state;
	/* class 1 has no true pairs but is predicted once: recall 0 (no support), precision 0 */
	int64_t conf[4] = { 3, 1, 0, 0 };
	rr_metrics m;
	metrics_from_confusion(&m, conf, 2);
	NEAR(m.precision[0], 1.0);
	NEAR(m.recall[0], 0.75);
	NEAR(m.f1[0], 2 * 0.75 / 1.75);
	NEAR(m.precision[1], 0.0);
	NEAR(m.recall[1], 0.0);
	NEAR(m.f1[1], 0.0);
	NEAR(m.weighted_f1, m.f1[0]);
	/* an empty matrix gives zeros, not NaN */
	int64_t zero[4] = { 0 };
	metrics_from_confusion(&m, zero, 2);
	NEAR(m.accuracy, 0.0);
	NEAR(m.macro_f1, 0.0);
	NEAR(m.weighted_f1, 0.0);
}

static void test_count(void **state)
{
	(void)state;
	int truth[6] = { 0, 0, 1, 2, 2, 2 }, pred[6] = { 0, 1, 1, 2, 0, 2 };
	int64_t conf[9] = { 0 };
	metrics_count(conf, 3, truth, pred, 6);
	int64_t want[9] = { 1, 1, 0, 0, 1, 0, 1, 0, 2 };
	assert_memory_equal(want, conf, sizeof want);
}

/* The text scikit-learn's classification_report(digits=2) prints for CONF. */
static void test_report_layout(void **state)
{
	(void)state;
	rr_metrics m;
	metrics_from_confusion(&m, CONF, 3);
	const char *names[3] = { "low", "medium", "high" };
	char *s = metrics_report(&m, names, 2);
	assert_non_null(s);
	assert_string_equal("              precision    recall  f1-score   support\n"
			    "\n"
			    "         low       0.62      0.83      0.71         6\n"
			    "      medium       0.60      0.60      0.60         5\n"
			    "        high       0.00      0.00      0.00         2\n"
			    "\n"
			    "    accuracy                           0.62        13\n"
			    "   macro avg       0.41      0.48      0.44        13\n"
			    "weighted avg       0.52      0.62      0.56        13\n",
			    s);
	free(s);
	/* a class name longer than "weighted avg" widens the first column */
	const char *longer[3] = { "a-very-long-name", "b", "c" };
	s = metrics_report(&m, longer, 4);
	assert_non_null(strstr(s, "a-very-long-name     0.6250    0.8333    0.7143         6\n"));
	assert_non_null(strstr(s, "    weighted avg"));
	free(s);
}

/* A class with no pairs holds macro-F1 at most (k − empty)/k: the note names each such class
 * and the bound, and is empty when every class has pairs. */
static void test_empty_note(void **state)
{
	(void)state;
	const char *names[3] = {"low", "medium", "high"};
	char buf[320];
	int64_t full[3] = {5, 2, 1}, one[3] = {5, 0, 1}, two[3] = {5, 0, 0};
	assert_string_equal("", metrics_empty_note(3, names, full, "pairs", buf, sizeof buf));
	metrics_empty_note(3, names, one, "test pairs", buf, sizeof buf);
	assert_non_null(strstr(buf, "class medium has no test pairs: "));
	assert_non_null(strstr(buf, "counts its F1 as 0, so it is at most 2/3"));
	metrics_empty_note(3, names, two, "pairs", buf, sizeof buf);
	assert_non_null(strstr(buf, "classes medium and high have no pairs: "));
	assert_non_null(strstr(buf, "at most 1/3"));
	/* and the figure it describes: all right on low, macro-F1 1/3 */
	int64_t conf[9] = {7, 0, 0, 0, 0, 0, 0, 0, 0};
	rr_metrics m;
	metrics_from_confusion(&m, conf, 3);
	NEAR(m.macro_f1, 1.0 / 3);
	NEAR(m.accuracy, 1.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hand_computed),
		cmocka_unit_test(test_no_support),
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_report_layout),
		cmocka_unit_test(test_empty_note),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
