/* test_modelmem.c — model_load_mem, the loader the fuzzer drives: the same model as
 * model_load from the file, and the envelope's errors (truncated, trailing bytes, damaged,
 * not a model) from bytes in memory. Seeds: tests/fuzz/corpus_modelfile. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "model.h"

static unsigned char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	unsigned char *p = malloc(1 << 16);
	assert_non_null(p);
	*n = fread(p, 1, 1 << 16, f);
	fclose(f);
	return p;
}

static void same_model(const rr_model *a, const rr_model *b)
{
	uint32_t u[2], i[2], w[2];
	model_sizes(a, &u[0], &i[0], &w[0]);
	model_sizes(b, &u[1], &i[1], &w[1]);
	assert_int_equal(u[0], u[1]);
	assert_int_equal(i[0], i[1]);
	assert_int_equal(w[0], w[1]);
	assert_int_equal(model_n_classes(a), model_n_classes(b));
	for (int c = 0; c < model_n_classes(a); c++)
		assert_string_equal(model_class_name(a, c), model_class_name(b, c));
	assert_int_equal(model_settings(a)->dim, model_settings(b)->dim);
	assert_true(model_info(a)->pairs_print == model_info(b)->pairs_print);
}

static void test_mem_equals_file(void **state)
{
	(void)state;
	static const char *const seeds[] = {"tests/fuzz/corpus_modelfile/tiny_v1.rrm",
					    "tests/fuzz/corpus_modelfile/tiny_v2.rrm",
					    "tests/fuzz/corpus_modelfile/tiny_v2_negatives.rrm",
					    "tests/fuzz/corpus_modelfile/tiny_v3.rrm", NULL};
	for (int k = 0; seeds[k]; k++) {
		size_t n;
		unsigned char *p = slurp(seeds[k], &n);
		rr_model *a = model_load(seeds[k]), *b = model_load_mem(p, n, "mem");
		if (!a || !b)
			fail_msg("'%s': %s", seeds[k], err_msg());
		same_model(a, b);
		/* format 3 keeps the print of the training pairs; 1 and 2 have none (0) */
		assert_true((model_info(a)->pairs_print != 0) == (strstr(seeds[k], "_v3") != NULL));
		model_free(a);
		model_free(b);
		free(p);
	}
}

static void expect(const unsigned char *p, size_t n, const char *want)
{
	rr_model *m = model_load_mem(p, n, "mem");
	assert_null(m);
	if (!strstr(err_msg(), want))
		fail_msg("wanted '%s' in '%s'", want, err_msg());
}

static void test_mem_envelope_errors(void **state)
{
	(void)state;
	size_t n;
	unsigned char *p = slurp("tests/fuzz/corpus_modelfile/tiny_v2.rrm", &n);
	expect(p, 0, "is empty");
	expect(p, 10, "is truncated");
	expect(p, n - 1, "is truncated");
	unsigned char *q = malloc(n + 3);
	memcpy(q, p, n);
	expect(q, n + 3, "unexpected data after the model");
	q[n / 2] ^= 0x40;
	expect(q, n, "checksum mismatch");
	memset(q, 0, n);
	expect(q, n, "is not a relrec model file");
	free(q);
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mem_equals_file),
		cmocka_unit_test(test_mem_envelope_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
