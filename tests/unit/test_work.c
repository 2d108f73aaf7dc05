/* test_work.c — long work, one way (issue 10): the rr_work context (rate limit, the one stop
 * flag, the command name on every report, work_run), tables' timing columns, and the
 * generations caches are keyed by. */
#include "testutil.h"

#include <math.h>
#include <time.h>

#include "app.h"
#include "cmd.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"
#include "util.h"
#include "uwidth.h"

/* A progress sink that records what it saw. */
typedef struct seen {
	int n, n_eval, n_done;
	char cmd[8][32];   /* p->cmd of the first reports ("(null)" when absent) */
	volatile sig_atomic_t *stop_at_first;   /* set this flag on the first report, or NULL */
} seen;

static void seen_progress(void *ctx, const rr_progress *p)
{
	seen *s = ctx;
	if (s->n < 8)
		snprintf(s->cmd[s->n], sizeof s->cmd[s->n], "%s", p->cmd ? p->cmd : "(null)");
	s->n++;
	s->n_eval += p->phase == RR_PHASE_EVAL;
	s->n_done += p->phase == RR_PHASE_DONE;
	if (s->stop_at_first)
		*s->stop_at_first = 1;
}

static void test_report_rate_and_cmd(void **state)
{
	(void)state;
	seen s = {0};
	rr_sink sink = {.ctx = &s, .progress = seen_progress};
	volatile sig_atomic_t flag = 0;
	rr_work w = work_init(&sink, &flag, "evaluate");
	/* the first report goes out (nothing reported yet), the next ones within RR_TICK_S not
	 * (the last report is moved ahead so a slow machine cannot make the test flaky) */
	assert_int_equal(0, work_tick(&w, RR_PHASE_EVAL, "x", 0, 10, 0));
	w.last = rr_now() + 60;
	assert_int_equal(0, work_tick(&w, RR_PHASE_EVAL, "x", 1, 10, 0));
	assert_int_equal(0, work_tick(&w, RR_PHASE_EVAL, "x", 2, 10, 0));
	assert_int_equal(1, s.n);
	/* forced reports and the end always go out */
	work_tick(&w, RR_PHASE_EVAL, "x", 3, 10, 1);
	work_tick(&w, RR_PHASE_DONE, "x", 10, 10, 0);
	assert_int_equal(3, s.n);
	assert_int_equal(1, s.n_done);
	for (int i = 0; i < 3; i++)
		assert_string_equal("evaluate", s.cmd[i]);
	/* the stop flag: the front end's, read by every call, never written */
	flag = 1;
	assert_int_equal(1, work_stopped(&w));
	assert_int_equal(1, work_tick(&w, RR_PHASE_EVAL, "x", 4, 10, 0));
	assert_int_equal(1, flag);
	/* no context at all: no progress, never stopped */
	assert_int_equal(0, work_stopped(NULL));
	assert_int_equal(0, work_tick(NULL, RR_PHASE_EVAL, "x", 0, 1, 1));
	rr_work none = work_init(NULL, NULL, NULL);
	assert_int_equal(0, work_tick(&none, RR_PHASE_DONE, "x", 0, 1, 1));
}

static int slow_fail(void *arg)
{
	struct timespec ts = {0, 200 * 1000 * 1000};
	nanosleep(&ts, NULL);
	return *(int *)arg ? err_set("slow call failed on purpose") : 0;
}

static void test_run_keeps_live(void **state)
{
	(void)state;
	seen s = {0};
	rr_sink sink = {.ctx = &s, .progress = seen_progress};
	rr_work w = work_init(&sink, NULL, "evaluate");
	int fail = 0;
	assert_int_equal(0, work_run(&w, "ease: fit", slow_fail, &fail));
	assert_true(s.n_eval >= 3);   /* the start, then about one per RR_TICK_S of 0.2 s */
	fail = 1;
	err_clear();
	assert_int_equal(-1, work_run(&w, "ease: fit", slow_fail, &fail));
	assert_string_equal("slow call failed on purpose", err_msg());   /* carried over */
	assert_int_equal(-1, work_run(NULL, "ease: fit", slow_fail, &fail));
}

static void test_table_timing_columns(void **state)
{
	(void)state;
	rr_table *t = table_new(2, NULL);
	assert_non_null(t);
	table_head(t, 0, "run", 'r');
	table_head(t, 1, "seconds", 'r');
	table_timing(t, 1);
	int r = table_add_row(t);
	table_set(t, r, 0, "1");
	table_set(t, r, 1, "%.2f", 16.05);
	char *shown = table_render(t, 1), *hidden = table_render(t, 0);
	assert_string_equal("run  seconds\n  1    16.05", shown);
	assert_string_equal("run  seconds\n  1        -", hidden);
	free(shown);
	free(hidden);
	table_free(t);
	/* a timing line goes only to a sink that shows them */
	tu_capture c;
	rr_sink sink;
	tu_capture_install(&sink, &c);
	sink_timing(&sink, "in %.2f s", 1.5);
	assert_null(c.buf);
	sink.timing = tu_cap_text;
	sink_timing(&sink, "in %.2f s", 1.5);
	assert_string_equal("in 1.50 s\n", c.buf);
	free(c.buf);
}

/* t30 F7: plain tables pad by display columns, the same in every locale: a wide character
 * (CJK, kana, Hangul, fullwidth forms, emoji) takes 2, a combining mark or a variation
 * selector 0, so every column after a description starts at the same column. */
static void test_table_display_width(void **state)
{
	(void)state;
	static const struct { const char *desc; size_t w; } rows[] = {
		{"茶碗 和風 セット", 16},
		{"CAFÉ MUG 😀", 11},
		{"Cafe\xCC\x81 au lait", 12},   /* e + U+0301 COMBINING ACUTE */
		{"ＭＵＧ 컵", 9},
		{"TEA \xE2\x98\x95\xEF\xB8\x8F", 6}, /* U+2615 HOT BEVERAGE + VS16 */
		{"BOX\xE2\x80\x8B", 3},             /* a zero-width space */
	};
	enum { N = sizeof rows / sizeof rows[0], WIDEST = 16 };
	rr_table *t = table_new(3, NULL);
	assert_non_null(t);
	table_head(t, 0, "rank", 'r');
	table_head(t, 1, "description", 'l');
	table_head(t, 2, "score", 'r');
	for (int i = 0; i < N; i++) {
		assert_int_equal(rows[i].w, uwidth_str(rows[i].desc));
		int r = table_add_row(t);
		table_set(t, r, 0, "%d", i + 1);
		table_set(t, r, 1, "%s", rows[i].desc);
		table_set(t, r, 2, "0.9%d", 9 - i);
	}
	char *out = table_render(t, 1), want[4096];
	int o = snprintf(want, sizeof want, "rank  description%*s  score", WIDEST - 11, "");
	for (int i = 0; i < N; i++)
		o += snprintf(want + o, sizeof want - (size_t)o, "\n%4d  %s%*s   0.9%d", i + 1,
			      rows[i].desc, WIDEST - (int)rows[i].w, "", 9 - i);
	assert_string_equal(want, out);
	free(out);
	table_free(t);
	/* the table's edges: Latin and Greek 1, Hangul's conjoining vowel 0, CJK extension B 2 */
	assert_int_equal(1, uwidth_cp('A'));
	assert_int_equal(1, uwidth_cp(0x03A9));
	assert_int_equal(0, uwidth_cp(0x1161));
	assert_int_equal(2, uwidth_cp(0x20000));
	assert_int_equal(2, uwidth_cp(0x3000));
	assert_int_equal(0, uwidth_cp(0x200D));
	assert_int_equal(1, uwidth_cp(0x10FFFF));
	assert_int_equal(1, uwidth_str("\xFF"));   /* not UTF-8: one column, shown escaped */
	/* default-ignorable characters show as nothing (t47 F1: a soft hyphen counted a column
	 * slid the rest of its row), but the Hangul fillers East Asian Width makes wide */
	assert_int_equal(0, uwidth_cp(0x00AD));
	assert_int_equal(0, uwidth_cp(0xFFA0));
	assert_int_equal(0, uwidth_cp(0xE0000));
	assert_int_equal(0, uwidth_cp(0xE0FFF));
	assert_int_equal(2, uwidth_cp(0x3164));
	assert_int_equal(5, uwidth_str("12345\xC2\xAD"));
	static const unsigned long ign[] = {0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5,
					    0x180B, 0x180F, 0x200B, 0x2065, 0x3164, 0xFE00, 0xFE0F,
					    0xFEFF, 0xFFF8, 0xE0000, 0xE0020, 0xE0FFF};
	for (size_t k = 0; k < sizeof ign / sizeof *ign; k++)
		assert_true(uwidth_ignorable(ign[k]));
	static const unsigned long seen[] = {'A', 0xA0, 0x2000, 0x3000, 0x0660, 0xFF11, 0xE1000};
	for (size_t k = 0; k < sizeof seen / sizeof *seen; k++)
		assert_false(uwidth_ignorable(seen[k]));
}

/* cmd_exec names the command on every report (a `source`d one too) and clears the stop flag
 * before each command. */
static void test_progress_names_command(void **state)
{
	(void)state;
	rr_app a;
	seen s = {0};
	assert_int_equal(0, app_init(&a));
	a.sink = (rr_sink){.ctx = &s, .progress = seen_progress};   /* text is dropped */
	a.stop = 1;   /* a stop left over from the last command does not stop this one */
	assert_int_equal(0, cmd_exec(&a, "load tests/corpus/good.csv.gz"));
	assert_true(s.n_done >= 1);
	assert_string_equal("load", s.cmd[0]);
	assert_null(a.cmd);
	char *script = tu_write_temp_str("load tests/corpus/good.csv.gz\n");
	char line[256];
	snprintf(line, sizeof line, "source %s", script);
	memset(&s, 0, sizeof s);
	assert_int_equal(0, cmd_exec(&a, line));
	assert_true(s.n >= 1);
	assert_string_equal("load", s.cmd[0]);
	/* the front end's stop, asked from the progress callback, abandons the load */
	memset(&s, 0, sizeof s);
	s.stop_at_first = &a.stop;
	rr_work w = app_work(&a);
	rr_rows *r = ingest_load("data/online_retail.csv.gz", NULL, 0, &w);
	if (access("data/online_retail.csv.gz", R_OK) == 0) {
		assert_null(r);
		assert_non_null(strstr(err_msg(), "interrupted"));
	}
	rows_free(r);
	tu_remove(script);
	app_free(&a);
}

static void test_generations(void **state)
{
	(void)state;
	uint64_t a = rr_gen_next(), b = rr_gen_next();
	assert_true(a != 0 && b > a);
	rr_rows *r = ingest_load("tests/corpus/good.csv.gz", NULL, 0, NULL);
	assert_non_null(r);
	rr_clean c;
	assert_int_equal(0, clean_init(&c));
	/* a dataset freed and built again may sit at the same address: its generation differs */
	rr_dataset *d1 = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d1);
	uint64_t g1 = d1->gen;
	dataset_free(d1);
	rr_dataset *d2 = dataset_build(r, &c, INT32_MIN, INT32_MAX);
	assert_non_null(d2);
	assert_true(g1 != 0 && d2->gen > g1);
	dataset_free(d2);
	clean_free(&c);
	rows_free(r);
}

/* The "about N s more" notes' arithmetic (t52 F4): the pace of a sample, not of the work
 * since its start, times the units left */
static void test_pace(void **state)
{
	(void)state;
	/* e's second chunk of the lists: 1673 customers in 0.21 s, 15049 left */
	assert_true(fabs(work_pace_s(0.21, 1673, 15049) - 0.21 * 15049 / 1673) < 1e-12);
	/* the writing's sample: 384 customers in 0.5 s, all 56404 still to write */
	assert_true(fabs(work_pace_s(0.5, 384, 56404) - 73.4427083333) < 1e-9);
	assert_true(work_pace_s(3.0, 10, 10) == 3.0);
	/* nothing done or nothing left: no figure */
	assert_true(work_pace_s(1.0, 0, 100) == 0);
	assert_true(work_pace_s(1.0, 10, 0) == 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_rate_and_cmd),
		cmocka_unit_test(test_run_keeps_live),
		cmocka_unit_test(test_table_timing_columns),
		cmocka_unit_test(test_table_display_width),
		cmocka_unit_test(test_progress_names_command),
		cmocka_unit_test(test_generations),
		cmocka_unit_test(test_pace),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
