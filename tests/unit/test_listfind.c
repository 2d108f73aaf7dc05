/* test_listfind.c — the Recommend and Together lists' search (ui/listfind.h): the index finds
 * exactly the entries a plain case-blind comparison of their texts finds (their folds, ASCII or
 * not, and bytes that are not UTF-8), in the list's order,
 * whole or narrowed from the previous matches, with or without the index; and a key costs the
 * matches, not the list (t24: ~0.5 s of CPU per key at a million items, every entry's texts
 * lowered again at each). ui/listfind.c is pure: it is compiled in here, as test_ticks does. */
#define _GNU_SOURCE   /* listfind.c's memmem: string.h is included before it */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../ui/listfind.c"
#include "ingest.h"   /* ingest_utf8_seq: a needle's first letter */

enum { N = 3000, TEXTS = 2, LEN = 40, UNITS = 12 };

typedef struct fixture {
	char text[N][TEXTS][LEN + 1];
	int none[N];            /* entry's second text is NULL */
	uint32_t order[N];      /* the list's order: a shuffle of the ids */
} fixture;

static uint64_t rnd_s = 88172645463325252u;
static uint32_t rnd(uint32_t n)
{
	rnd_s ^= rnd_s << 13;
	rnd_s ^= rnd_s >> 7;
	rnd_s ^= rnd_s << 17;
	return (uint32_t)(rnd_s % n);
}

/* few letters, both cases, a digit, letters whose fold is shorter (İ, ẞ) or two letters (ß),
 * Greek with and without accents, and bytes that are not UTF-8 (a Latin-1 é, a lone lead
 * byte), so that short needles match some */
static const char *const ALPHA[] = {"a", "A", "b", "s", "S", "1", "\xe9", "\xc3", "\xc3\xa9",
				    "\xc3\x89", "\xc3\x9f", "\xe1\xba\x9e", "\xc4\xb0", "i",
				    "\xce\xa3", "\xcf\x82", "\xcf\x83", "\xce\xad", "\xce\x95"};
enum { N_ALPHA = sizeof ALPHA / sizeof *ALPHA };

/* append a random unit to s (up to UNITS of them, each at most 3 bytes: LEN holds them) */
static void add_unit(char *s)
{
	strcat(s, ALPHA[rnd(N_ALPHA)]);
}

static const char *text_fn(const void *ctx, uint32_t id, int which)
{
	const fixture *f = ctx;
	return which && f->none[id] ? NULL : f->text[id][which];
}

static void make(fixture *f)
{
	for (uint32_t i = 0; i < N; i++) {
		for (int w = 0; w < TEXTS; w++) {
			int len = (int)rnd(UNITS + 1);   /* empty texts too */
			f->text[i][w][0] = '\0';
			for (int c = 0; c < len; c++)
				add_unit(f->text[i][w]);
		}
		f->none[i] = rnd(10) == 0;
		f->order[i] = i;
	}
	for (uint32_t i = N - 1; i > 0; i--) {
		uint32_t j = rnd(i + 1), t = f->order[i];
		f->order[i] = f->order[j];
		f->order[j] = t;
	}
}

/* the reference: does hay's fold hold needle's (folded whole, then compared as bytes)? */
static int holds(const char *hay, const char *needle)
{
	char h[LEN + 1], n[4 * UNITS + 1];
	size_t hl = rr_fold(h, hay, strlen(hay)), nl = rr_fold(n, needle, strlen(needle));
	return nl == 0 || memmem(h, hl, n, nl) != NULL;
}

/* every entry of from whose texts hold needle */
static uint32_t naive(const fixture *f, const uint32_t *from, uint32_t n, const char *needle,
		      uint32_t *out)
{
	uint32_t k = 0;
	for (uint32_t i = 0; i < n; i++) {
		const char *b = text_fn(f, from[i], 1);
		if (holds(f->text[from[i]][0], needle) || (b && holds(b, needle)))
			out[k++] = from[i];
	}
	return k;
}

static void test_same_as_plain(void **state)
{
	(void)state;
	fixture *f = malloc(sizeof *f);
	uint32_t *want = malloc(N * sizeof *want), *got = malloc(N * sizeof *got),
		 *direct = malloc(N * sizeof *direct);
	assert_non_null(f);
	assert_non_null(want);
	assert_non_null(got);
	assert_non_null(direct);
	make(f);
	lf_index x;
	assert_int_equal(0, lf_build(&x, N, text_fn, f, TEXTS));
	for (int round = 0; round < 300; round++) {
		char needle[4 * UNITS + 1] = "", prev[sizeof needle];
		int len = (int)rnd(5);
		/* the list narrows key by key: each longer needle searched from the last matches */
		uint32_t n_got = lf_find(&x, f->order, N, "", text_fn, f, TEXTS, got, NULL);
		assert_int_equal(N, n_got);
		for (int c = 0; c < len; c++) {
			strcpy(prev, needle);
			add_unit(needle);
			/* the workbench narrows when the old text is inside the new (browse_filter) */
			assert_true(rr_contains_ci(needle, prev));
			uint32_t n_want = naive(f, f->order, N, needle, want);
			n_got = lf_find(&x, got, n_got, needle, text_fn, f, TEXTS, got, NULL);
			assert_int_equal(n_want, n_got);
			assert_memory_equal(want, got, n_want * sizeof *want);
			/* the same needle over the whole list, and without an index */
			uint32_t n_whole = lf_find(&x, f->order, N, needle, text_fn, f, TEXTS, direct,
						   NULL);
			assert_int_equal(n_want, n_whole);
			assert_memory_equal(want, direct, n_want * sizeof *want);
			uint32_t n_direct = lf_find(NULL, f->order, N, needle, text_fn, f, TEXTS,
						    direct, NULL);
			assert_int_equal(n_want, n_direct);
			assert_memory_equal(want, direct, n_want * sizeof *want);
		}
	}
	for (uint32_t i = 0; i < N; i++)
		assert_int_equal(0, x.hit[i]);   /* the marks are cleared for the next search */
	lf_free(&x);
	free(f);
	free(want);
	free(got);
	free(direct);
}

/* A needle never runs from one text into the next, nor from one entry into the next. */
static const char *pair_fn(const void *ctx, uint32_t id, int which)
{
	(void)ctx;
	static const char *const t[2][2] = {{"ab", "CD"}, {"ef", "gh"}};
	return t[id][which];
}

static void test_no_match_across(void **state)
{
	(void)state;
	lf_index x;
	uint32_t order[2] = {1, 0}, out[2];
	assert_int_equal(0, lf_build(&x, 2, pair_fn, NULL, 2));
	assert_int_equal(0, lf_find(&x, order, 2, "bc", pair_fn, NULL, 2, out, NULL));
	assert_int_equal(0, lf_find(&x, order, 2, "de", pair_fn, NULL, 2, out, NULL));
	assert_int_equal(1, lf_find(&x, order, 2, "Cd", pair_fn, NULL, 2, out, NULL));
	assert_int_equal(0, out[0]);
	assert_int_equal(2, lf_find(&x, order, 2, "", pair_fn, NULL, 2, out, NULL));
	assert_int_equal(1, out[0]);   /* the list's order, not the ids' */
	lf_free(&x);
}

/* Case is ignored past ASCII too (t25 F3: "café" missed "CAFÉ MUG", "österreich" the
 * customers of "Österreich", "καφές" "ΚΑΦΕΣ cup": tolower lowered ASCII only), in any locale
 * (this test runs in C's), by the index, by the narrowed search and without the index. */
static const char *const WORDS[][2] = {
	{"CAFÉ MUG", "United Kingdom"}, {"café mug small", "Österreich"},
	{"ΚΑΦΕΣ cup", "ÎLE DE FRANCE"}, {"NAÏVE HEART", "İSTANBUL"}, {"STRASSE SIGN", "МОСКВА"},
	{"Straße sign", "ŁÓDŹ"}, {"STRAẞE", "ȘTEFAN"}, {"plain mug", "caf\xe9 latin-1"},
	{"NƯỚC MẮM", "BƠ ĐẬU"}, {"KIRMIZI KUPA", "NǙ ƏLIFBA ƐƆ"}, {"ἈΘῆΝΑΙ", "ǄEP ǊAMA"},
};
enum { N_WORDS = sizeof WORDS / sizeof *WORDS };

static const char *word_fn(const void *ctx, uint32_t id, int which)
{
	(void)ctx;
	return WORDS[id][which];
}

/* the ids of the entries that hold needle, as "0 3 ", by each way of searching, all equal */
static const char *found(const lf_index *x, const char *needle)
{
	static char got[64];
	uint32_t order[N_WORDS], out[N_WORDS], n[3];
	for (uint32_t i = 0; i < N_WORDS; i++)
		order[i] = i;
	n[0] = lf_find(x, order, N_WORDS, needle, word_fn, NULL, 2, out, NULL);
	n[1] = lf_find(NULL, order, N_WORDS, needle, word_fn, NULL, 2, out + 0, NULL);
	got[0] = '\0';
	for (uint32_t i = 0; i < n[1]; i++)
		snprintf(got + strlen(got), sizeof got - strlen(got), "%u ", out[i]);
	/* narrowed from its first letter's matches, as the workbench narrows (browse_filter) */
	uint32_t first[N_WORDS];
	char one[5] = "";
	int len = (unsigned char)needle[0] < 0x80 ? 1 : ingest_utf8_seq((const unsigned char *)needle, 4);
	memcpy(one, needle, len > 0 ? (size_t)len : 1);
	assert_true(rr_contains_ci(needle, one));
	uint32_t n1 = lf_find(x, order, N_WORDS, one, word_fn, NULL, 2, first, NULL);
	uint32_t narrow[N_WORDS];
	n[2] = lf_find(x, first, n1, needle, word_fn, NULL, 2, narrow, NULL);
	assert_int_equal(n[0], n[1]);
	assert_int_equal(n[0], n[2]);
	assert_memory_equal(out, narrow, n[0] * sizeof *out);
	return got;
}

static void test_fold_examples(void **state)
{
	(void)state;
	lf_index x;
	assert_int_equal(0, lf_build(&x, N_WORDS, word_fn, NULL, 2));
	assert_string_equal("0 1 7 ", found(&x, "mug"));   /* ASCII, as before */
	assert_string_equal("0 1 ", found(&x, "café"));
	assert_string_equal("0 1 ", found(&x, "CAFÉ"));
	assert_string_equal("1 ", found(&x, "österreich"));
	assert_string_equal("1 ", found(&x, "ÖSTERREICH"));
	/* Greek capitals carry no accents: καφές is ΚΑΦΕΣ, its final ς the capital's σ */
	assert_string_equal("2 ", found(&x, "καφές"));
	assert_string_equal("2 ", found(&x, "Καφέ"));
	assert_string_equal("2 ", found(&x, "île"));
	assert_string_equal("3 ", found(&x, "naïve"));
	assert_string_equal("3 ", found(&x, "istanbul"));   /* İ is i, whose fold is shorter */
	assert_string_equal("3 ", found(&x, "İstanbul"));
	assert_string_equal("4 ", found(&x, "москва"));
	assert_string_equal("5 ", found(&x, "łódź"));
	assert_string_equal("6 ", found(&x, "ștefan"));
	/* ß and ẞ are ss (ẞ's fold two bytes from three) */
	assert_string_equal("4 5 6 ", found(&x, "strasse"));
	assert_string_equal("4 5 6 ", found(&x, "STRAßE"));
	assert_string_equal("4 5 6 ", found(&x, "straẞe"));
	assert_string_equal("4 5 ", found(&x, "straẞe s"));
	/* Latin Extended-B's pairs (t29 F6: Vietnamese ơ ư missed Ơ Ư), Turkish ı is i as İ is,
	 * polytonic Greek drops its breathings and accents as monotonic Greek its tonos */
	assert_string_equal("8 ", found(&x, "nước"));
	assert_string_equal("8 ", found(&x, "bơ"));
	assert_string_equal("9 ", found(&x, "kırmızı"));
	assert_string_equal("9 ", found(&x, "kirmizi"));
	assert_string_equal("9 ", found(&x, "nǚ əlifba ɛɔ"));
	assert_string_equal("10 ", found(&x, "ἀθῆναι"));
	assert_string_equal("10 ", found(&x, "αθηναι"));
	assert_string_equal("10 ", found(&x, "ǆep ǌama"));
	assert_string_equal("10 ", found(&x, "ǅep ǋama"));
	/* a byte that is not UTF-8 folds to itself: the Latin-1 é is no é */
	assert_string_equal("7 ", found(&x, "caf\xe9"));
	assert_string_equal("", found(&x, "CAF\xc9"));
	assert_string_equal("7 ", found(&x, "CAF\xe9"));
	char f[16];
	assert_int_equal(8, rr_fold(f, "İSTANBUL", strlen("İSTANBUL")));
	assert_memory_equal("istanbul", f, 8);
	assert_int_equal(5, rr_fold(f, "ẞΆ\xc3", strlen("ẞΆ\xc3")));
	assert_memory_equal("ssα\xc3", f, 5);
	lf_free(&x);
}

/* A key's work: a search of the whole list looks one by one only at the entries it finds, a
 * narrowed one only at the previous matches. Items "I0" .. "I99999" described "ITEM n". */
static const char *item_fn(const void *ctx, uint32_t id, int which)
{
	char (*buf)[32] = (char (*)[32])ctx;
	snprintf(buf[which], 32, which ? "ITEM NUMBER %u" : "I%u", id);
	return buf[which];
}

static void test_work(void **state)
{
	(void)state;
	enum { M = 100000 };
	char buf[2][32];
	uint32_t *order = malloc(M * sizeof *order), *out = malloc(M * sizeof *out);
	assert_non_null(order);
	assert_non_null(out);
	for (uint32_t i = 0; i < M; i++)
		order[i] = M - 1 - i;
	lf_index x;
	assert_int_equal(0, lf_build(&x, M, item_fn, buf, 2));
	size_t work;
	uint32_t n = lf_find(&x, order, M, "9999", item_fn, buf, 2, out, &work);
	assert_int_equal(19, n);   /* 9999, 19999 .. 99999 and 99990 .. 99998 */
	assert_int_equal(99999, out[0]);
	assert_true(work == n);
	uint32_t n2 = lf_find(&x, out, n, "99999", item_fn, buf, 2, out, &work);
	assert_int_equal(1, n2);
	assert_int_equal(99999, out[0]);
	assert_true(work == n);
	lf_free(&x);
	free(order);
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_as_plain),
		cmocka_unit_test(test_no_match_across),
		cmocka_unit_test(test_fold_examples),
		cmocka_unit_test(test_work),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
