/* test_settings.c — the settings table: defaults, exact parsing, one range per setting,
 * validation of whole records (model files), the workbench's steps, variants and their diff. */
#include "testutil.h"

#include <math.h>

#include "err.h"
#include "settings.h"

static void test_defaults_are_valid(void **state)
{
	(void)state;
	rr_settings s;
	settings_default(&s);
	assert_int_equal(0, settings_validate(&s));
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
		char buf[128];
		assert_non_null(settings_get(&s, d->name, buf, sizeof buf));
		assert_string_equal(d->def, buf); /* the default reads back as written */
	}
	for (int v = 0; v <= 3; v++) {
		settings_variant(&s, v);
		assert_int_equal(v, s.variant);
		assert_int_equal(0, settings_validate(&s));
	}
}

/* strtod, not a hand-made decimal loop: 0.3 is the double nearest 0.3 */
static void test_decimal_exact(void **state)
{
	(void)state;
	rr_settings s;
	settings_default(&s);
	assert_int_equal(0, settings_set(&s, "lr", "0.3"));
	assert_true(s.lr == 0.3);
	assert_int_equal(0, settings_set(&s, "dropout", "0.1"));
	assert_true(s.dropout == 0.1);
	assert_int_equal(0, settings_set(&s, "lr", "3e-4"));
	assert_true(s.lr == 3e-4);
	char buf[64];
	assert_string_equal("0.0003", settings_get(&s, "lr", buf, sizeof buf));
}

/* Every setting's text reads back to the same value (what the model file relies on). */
static void test_round_trip(void **state)
{
	(void)state;
	rr_settings a, b;
	settings_variant(&a, 3);
	settings_set(&a, "lr", "0.00123456789012345");
	settings_set(&a, "hidden", "7,5,3,2");
	settings_set(&a, "seed", "18446744073709551615");
	settings_default(&b);
	for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
		char buf[128];
		settings_get(&a, d->name, buf, sizeof buf);
		assert_int_equal(0, settings_put(&b, d->name, buf));
	}
	assert_memory_equal(&a, &b, sizeof a);
}

static void refused(rr_settings *s, const char *name, const char *text, const char *want)
{
	rr_settings before = *s;
	assert_int_equal(-1, settings_set(s, name, text));
	if (!strstr(err_msg(), want))
		fail_msg("set %s %s: '%s' does not say '%s'", name, text, err_msg(), want);
	assert_memory_equal(&before, s, sizeof before); /* a refused value changes nothing */
}

static void test_one_range_each(void **state)
{
	(void)state;
	rr_settings s;
	settings_default(&s);
	refused(&s, "dim", "0", "dim must be from 1 to 1024, not 0");
	refused(&s, "dim", "1025", "dim must be from 1 to 1024");
	refused(&s, "hidden", "64,,32", "hidden is a list of widths");
	refused(&s, "hidden", "1,2,3,4,5", "at most 4 layers");
	refused(&s, "hidden", "4097", "a hidden width must be from 1 to 4096");
	refused(&s, "negatives", "101", "negatives must be from 0 to 100");
	refused(&s, "dropout", "1", "dropout must be in [0, 1)");
	refused(&s, "lr", "0", "lr must be in (0, 1]");
	refused(&s, "lr", "inf", "lr must be a number");
	refused(&s, "lr", "0x1p-3", "lr must be a number");
	/* numbers past a double's reach are numbers (t24 #8): inside the range, why they cannot
	 * be held and what to give, not the range they are in (t25 F4); outside, the range */
	refused(&s, "lr", "1e-310", "lr 1e-310 is too close to 0 to hold: give at least 2.3e-308");
	refused(&s, "lr", "1e-400", "lr 1e-400 is too close to 0 to hold: give at least 2.3e-308");
	refused(&s, "lr", "-1e-400", "lr must be in (0, 1], not -1e-400");
	refused(&s, "lr", "1e400", "lr must be in (0, 1], not 1e400");
	refused(&s, "dropout", "1e-310",
		"dropout 1e-310 is too close to 0 to hold: give 0 or at least 2.3e-308");
	refused(&s, "mask", "4e-324",
		"mask 4e-324 is too close to 0 to hold: give 0 or at least 2.3e-308");
	refused(&s, "dropout", "-1e-310", "dropout must be in [0, 1), not -1e-310");
	assert_int_equal(0, settings_set(&s, "lr", "2.3e-308"));   /* the bound named holds */
	assert_int_equal(0, settings_set(&s, "lr", "0.001"));
	/* -0 is 0, shown as 0 (t27 F6: "dropout = -0") */
	char got[64];
	assert_int_equal(0, settings_set(&s, "dropout", "-0"));
	assert_string_equal("0", settings_get(&s, "dropout", got, sizeof got));
	assert_int_equal(0, settings_set(&s, "dropout", "0"));
	refused(&s, "weights", "heavy", "weights is one of none, balanced, sqrt");
	refused(&s, "desc", "1", "desc is one of off, on");
	/* t29 F9: -0 is 0 for the seed too; a negative seed is a whole number out of range; a
	 * number that rounds onto an open bound says so, and what to give; -0 is said as typed */
	refused(&s, "seed", "-1", "seed must be from 0 to 2^64-1, not -1");
	refused(&s, "seed", "1.5", "seed must be a whole number from 0 to 2^64-1, not '1.5'");
	refused(&s, "seed", "-", "seed must be a whole number");
	assert_int_equal(0, settings_set(&s, "seed", "-0"));
	assert_string_equal("0", settings_get(&s, "seed", got, sizeof got));
	assert_int_equal(0, settings_set(&s, "seed", "42"));
	refused(&s, "dropout", "0.99999999999999995", "dropout 0.99999999999999995 rounds to 1 as a "
		"number, which dropout may not be: give at most 0.9999999999999999");
	refused(&s, "dropout", "1.0", "dropout must be in [0, 1), not 1.0");
	assert_int_equal(0, settings_set(&s, "dropout", "0.9999999999999999"));
	assert_int_equal(0, settings_set(&s, "dropout", "0"));
	refused(&s, "hidden", "64,-0", "a hidden width must be from 1 to 4096, not -0");
	refused(&s, "epochs", "-05", "epochs must be from 1 to 1000, not -05");
	refused(&s, "seed", "18446744073709551616", "seed must be from 0 to 2^64-1, not "
		"18446744073709551616");
	refused(&s, "epochs", "10x", "epochs must be a whole number");
	refused(&s, "nosuch", "1", "unknown setting 'nosuch'");
	/* the table's range is the only one: the edges are accepted */
	assert_int_equal(0, settings_set(&s, "dim", "1024"));
	assert_int_equal(0, settings_set(&s, "hidden", "4096,1"));
	assert_int_equal(0, settings_validate(&s));
}

/* Records read from files go through the same checks. */
static void test_validate_records(void **state)
{
	(void)state;
	rr_settings s;
	settings_default(&s);
	s.epochs = 2147483647;
	assert_int_equal(-1, settings_validate(&s));
	assert_non_null(strstr(err_msg(), "epochs must be from 1 to 1000"));
	settings_default(&s);
	s.lr = NAN;
	assert_int_equal(-1, settings_validate(&s));
	settings_default(&s);
	s.weights = 7;
	assert_int_equal(-1, settings_validate(&s));
	settings_default(&s);
	s.n_hidden = 9;
	assert_int_equal(-1, settings_validate(&s));
	settings_default(&s);
	s.hidden[1] = 0;
	assert_int_equal(-1, settings_validate(&s));
}

static void step(rr_settings *s, const char *name, int dir, const char *want)
{
	char out[64];
	int moved = settings_step(s, name, dir, out, sizeof out);
	if (!want) {
		if (moved)
			fail_msg("%s stepped %d to '%s', expected to stay", name, dir, out);
		return;
	}
	if (!moved || strcmp(out, want) != 0)
		fail_msg("%s stepped %d to '%s', expected '%s'", name, dir, moved ? out : "(nothing)",
			 want);
	assert_int_equal(0, settings_set(s, name, out));
}

static void test_steps(void **state)
{
	(void)state;
	rr_settings s;
	settings_default(&s);
	step(&s, "dim", +1, "16");           /* the ladder */
	step(&s, "dim", -1, "8");
	step(&s, "hidden", +1, "192,64");    /* the first layer moves, the second stays */
	step(&s, "dropout", +1, "0.05");
	step(&s, "dropout", -1, "0");
	step(&s, "dropout", -1, NULL);       /* at its minimum */
	settings_set(&s, "dropout", "0.07");
	step(&s, "dropout", +1, "0.1");      /* onto the grid */
	step(&s, "dropout", -1, "0.05");
	/* the steps land on decimal values, not on sums of binary ones (0.15000000000000002) */
	const char *up[] = {"0.1", "0.15", "0.2", "0.25", "0.3", "0.35", "0.4"};
	for (size_t i = 0; i < sizeof up / sizeof *up; i++)
		step(&s, "dropout", +1, up[i]);
	for (int i = 5; i >= 0; i--)
		step(&s, "dropout", -1, up[i]);
	step(&s, "dropout", -1, "0.05");
	step(&s, "lr", +1, "0.002");
	settings_set(&s, "lr", "0.0007");
	step(&s, "lr", -1, "0.0005");
	step(&s, "desc", -1, NULL);          /* off is the first word: no wrap-around */
	step(&s, "desc", +1, "on");
	step(&s, "desc", +1, NULL);          /* on is the last */
	step(&s, "variant", -1, NULL);
	step(&s, "variant", +1, "1");
	settings_set(&s, "variant", "3");
	step(&s, "variant", +1, NULL);       /* no wrap from 3 to 0 */
	step(&s, "batch", +1, "512");
	step(&s, "mask", +1, "0.1");         /* variant 3 has mask 0 */
	settings_set(&s, "mask", "1");
	step(&s, "mask", +1, NULL);          /* 1 is the top */
}

static void test_variant_diff(void **state)
{
	(void)state;
	rr_settings a, b;
	settings_default(&a);
	b = a;
	assert_int_equal(0, settings_set(&b, "seed", "7"));
	assert_int_equal(0, settings_set(&b, "variant", "1"));
	assert_int_equal(7, (int)b.seed); /* the experiment's seed stays */
	char buf[512];
	assert_string_equal("variant 0 → 1, dim 8 → 32, hidden 128,64 → 64, seed 42 → 7",
			    settings_diff(&a, &b, buf, sizeof buf));
	assert_string_equal("", settings_diff(&a, &a, buf, sizeof buf));
}

/* The seed's three models, setting by setting: whatever relrec's defaults are, a variant is
 * the study's model exactly (tests/model/run_model.sh checks their figures). */
static void test_variants_exact(void **state)
{
	(void)state;
	static const char *const want[3] = {
		"variant 1 dropout 0 dim 32 hidden 64 lr 0.001 batch 256 epochs 10 weights none "
		"patience 0 negatives 0 sampling pop mask 0 desc off",
		"variant 2 dropout 0 dim 32 hidden 64 lr 0.001 batch 256 epochs 10 weights none "
		"patience 0 negatives 0 sampling pop mask 0 desc on",
		"variant 3 dropout 0.3 dim 32 hidden 64 lr 0.001 batch 256 epochs 10 weights none "
		"patience 2 negatives 0 sampling pop mask 0 desc on",
	};
	for (int v = 1; v <= 3; v++) {
		rr_settings s;
		settings_variant(&s, v);
		char got[512] = "", val[128];
		size_t k = 0;
		for (const rr_setting_def *d = rr_setting_defs; d->name; d++) {
			if (!strcmp(d->name, "seed") || !strcmp(d->name, "test") ||
			    !strcmp(d->name, "val") || !strcmp(d->name, "threads"))
				continue;   /* the experiment's, not the model's */
			k += (size_t)snprintf(got + k, sizeof got - k, "%s%s %s", k ? " " : "", d->name,
					      settings_get(&s, d->name, val, sizeof val));
		}
		assert_string_equal(want[v - 1], got);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults_are_valid), cmocka_unit_test(test_decimal_exact),
		cmocka_unit_test(test_round_trip),         cmocka_unit_test(test_one_range_each),
		cmocka_unit_test(test_validate_records),   cmocka_unit_test(test_steps),
		cmocka_unit_test(test_variant_diff),       cmocka_unit_test(test_variants_exact),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
