/* test_strtab.c — interning: ids in insertion order, and no input makes probes long. */
#include "testutil.h"

#include "strtab.h"

/* The fixed hash strtab used up to 0.1.0 (t24 #1), kept here only to craft its collisions:
 * from h = n*K, each 8-byte word w made h = (h ^ w) * K, h ^= h >> 29, and the result was
 * h * C >> 32. Every step inverts, so two-word strings with one hash are made at will. */
#define OLD_K 0x9E3779B97F4A7C15ULL

static uint64_t old_step(uint64_t h, uint64_t w)
{
	h = (h ^ w) * OLD_K;
	return h ^ h >> 29;
}

static uint64_t old_unstep(uint64_t h)   /* the x with old_step(x, 0) == h */
{
	uint64_t inv = OLD_K;   /* K's inverse mod 2^64 by Newton's iteration */
	for (int i = 0; i < 6; i++)
		inv *= 2 - OLD_K * inv;
	h ^= h >> 29 ^ h >> 58;
	return h * inv;
}

static uint32_t old_hash16(const char s[16])
{
	uint64_t w1, w2;
	memcpy(&w1, s, 8);
	memcpy(&w2, s + 8, 8);
	uint64_t h = old_step(old_step(16 * OLD_K, w1), w2);
	return (uint32_t)(h * 0xbf58476d1ce4e5b9ULL >> 32);
}

/* String i of n that all end in the old hash's state target: a free first word, and the
 * second the one that leads from it to target. */
static void old_collider(uint64_t i, uint64_t target, char s[16])
{
	uint64_t w1 = i * 0x2545F4914F6CDD1DULL + 12345;
	uint64_t w2 = old_unstep(target) ^ old_step(16 * OLD_K, w1);
	memcpy(s, &w1, 8);
	memcpy(s + 8, &w2, 8);
}

/* 20,000 ids sharing one hash under the old function made every intern probe them all; with
 * the keyed hash they spread like any ids: the longest probe stays short. */
static void test_old_collisions_spread(void **state)
{
	(void)state;
	enum { N = 20000 };
	rr_strtab *t = strtab_new();
	assert_non_null(t);
	char s[16], first[16];
	old_collider(0, 0x992409c1, first);
	for (uint64_t i = 0; i < N; i++) {
		old_collider(i, 0x992409c1, s);
		assert_int_equal(old_hash16(first), old_hash16(s));   /* they do collide */
		assert_int_equal(i, strtab_intern(t, s, 16));
	}
	assert_int_equal(N, strtab_count(t));
	assert_true(strtab_max_probe(t) <= 64);
	for (uint64_t i = 0; i < N; i++) {
		old_collider(i, 0x992409c1, s);
		assert_int_equal(i, strtab_find(t, s, 16));
	}
	strtab_free(t);
}

/* Someone who learnt a table's key can still pick ids for one slot; past a long probe the
 * table takes a new key, and the ids, all still found, are those of insertion order. */
static void test_known_key_rekeys(void **state)
{
	(void)state;
	enum { N = 1000 };
	rr_strtab *t = strtab_new();
	assert_non_null(t);
	static char ids[N][24];
	int found = 0;
	for (unsigned long c = 0; found < N; c++) {
		int len = snprintf(ids[found], sizeof ids[found], "id%lu", c);
		if ((strtab_hash(t, ids[found], (size_t)len) & 4095) == 0)
			found++;   /* home slot 0 in every table up to 4096 slots */
	}
	for (int i = 0; i < N; i++)
		assert_int_equal(i, strtab_intern(t, ids[i], strlen(ids[i])));
	assert_true(strtab_max_probe(t) <= 64);
	for (int i = 0; i < N; i++) {
		assert_int_equal(i, strtab_find(t, ids[i], strlen(ids[i])));
		assert_string_equal(ids[i], strtab_get(t, (uint32_t)i));
	}
	assert_int_equal(RR_NONE, strtab_find(t, "absent", 6));
	strtab_free(t);
}

/* Ids are dense and in insertion order, repeats get their first id, and lengths count
 * (a string and its prefix, or one with a NUL inside, are different ids). */
static void test_ids_in_insertion_order(void **state)
{
	(void)state;
	rr_strtab *t = strtab_new();
	assert_non_null(t);
	assert_int_equal(0, strtab_intern(t, "b", 1));
	assert_int_equal(1, strtab_intern(t, "a", 1));
	assert_int_equal(0, strtab_intern(t, "b", 1));
	assert_int_equal(2, strtab_intern(t, "ab", 2));
	assert_int_equal(3, strtab_intern(t, "a\0", 2));
	assert_int_equal(4, strtab_intern(t, "", 0));
	assert_int_equal(1, strtab_find(t, "a", 1));
	assert_int_equal(4, strtab_find(t, "", 0));
	char buf[32];
	for (int i = 0; i < 100000; i++) {
		int n = snprintf(buf, sizeof buf, "%d", i * 7);
		assert_int_equal(5 + i, strtab_intern(t, buf, (size_t)n));
	}
	assert_int_equal(5 + 777, strtab_find(t, "5439", 4));
	assert_true(strtab_max_probe(t) <= 64);
	strtab_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_old_collisions_spread),
		cmocka_unit_test(test_known_key_rekeys),
		cmocka_unit_test(test_ids_in_insertion_order),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
