/* fuzz_modelfile.c — libFuzzer harness for model files: any bytes go to model_load_mem twice,
 * as they are (the envelope: magic, version, length, checksum) and with the length field and
 * the CRC-32 trailer made right (magic too), so mutations reach the payload's parser instead
 * of dying at the checksum. No files: model_load reads a file into memory and calls the same
 * function. Seeds: tests/fuzz/corpus_modelfile (tiny models saved by relrec, formats 1, 2 and 3). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "model.h"

#define HEAD 20   /* magic, u32 version, u64 payload length */

static volatile size_t sink;   /* keeps the reads below from being optimised away */

/* Touch what `open` shows of a model, so a field the loader let through broken is read. */
static void use(rr_model *m)
{
	if (!m)
		return;
	uint32_t u, i, w;
	model_sizes(m, &u, &i, &w);
	size_t n = 0;
	for (int c = 0; c < model_n_classes(m); c++)
		n += strlen(model_class_name(m, c));
	const rr_labels *lab = model_labels(m);
	const rr_settings *s = model_settings(m);
	const rr_train_info *in = model_info(m);
	sink = n + u + i + w + (size_t)lab->n_classes + (size_t)s->dim + (size_t)in->epochs_run;
	model_free(m);
}

/* The bytes with the header's length and the trailer's checksum consistent. */
static void fixed_up(const uint8_t *data, size_t size)
{
	if (size < HEAD + 4)
		return;
	uint8_t *p = malloc(size);
	if (!p)
		return;
	memcpy(p, data, size);
	memcpy(p, "RELRECM", 8);
	uint64_t L = size - HEAD - 4;
	for (int k = 0; k < 8; k++)
		p[12 + k] = (uint8_t)(L >> (8 * k));
	uint32_t crc = (uint32_t)crc32_z(0L, p, size - 4);
	for (int k = 0; k < 4; k++)
		p[size - 4 + (size_t)k] = (uint8_t)(crc >> (8 * k));
	use(model_load_mem(p, size, "fuzz.rrm"));
	free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	use(model_load_mem(data, size, "fuzz.rrm"));
	fixed_up(data, size);
	return 0;
}
