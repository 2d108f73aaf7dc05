/* strtab.c — interning with FNV-1a hashing and linear probing. */
#include "strtab.h"

#include <stdlib.h>
#include <string.h>

#define EMPTY UINT64_MAX

struct rr_strtab {
	char *arena;        /* all strings, each NUL-terminated */
	size_t arena_len, arena_cap;
	struct ent {
		uint64_t off;   /* offset of the string in arena */
		uint32_t len;   /* its length */
		uint32_t hash;  /* its hash (saves rehashing on growth) */
	} *ent;             /* [count], one cache line holds four: a lookup misses once here */
	uint32_t count, cap_ids;
	uint64_t *slots;    /* [nslots] hash << 32 | id, or EMPTY: the hash beside the id lets a
	                       probe reject a mismatch without touching the string arrays */
	uint32_t nslots;    /* power of two, kept at most half full */
};

/* Word-at-a-time multiplicative hash: identifiers and descriptions are short, and hashing
 * them is most of interning's cost, so 8 bytes a step instead of FNV's one. */
static uint32_t hash_bytes(const char *s, size_t n)
{
	const uint64_t k = 0x9E3779B97F4A7C15ULL;
	uint64_t h = (uint64_t)n * k;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	if (i < n) {
		uint64_t w = 0;
		memcpy(&w, s + i, n - i);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	h *= 0xbf58476d1ce4e5b9ULL;
	return (uint32_t)(h >> 32);
}

rr_strtab *strtab_new(void)
{
	rr_strtab *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->nslots = 16;   /* grows by doubling: a load makes five tables, most of a few names */
	t->slots = malloc(t->nslots * sizeof *t->slots);
	if (!t->slots) {
		free(t);
		return NULL;
	}
	memset(t->slots, 0xFF, t->nslots * sizeof *t->slots);
	return t;
}

void strtab_free(rr_strtab *t)
{
	if (!t)
		return;
	free(t->arena);
	free(t->ent);
	free(t->slots);
	free(t);
}

static int grow_slots(rr_strtab *t)
{
	uint32_t n = t->nslots * 2;
	uint64_t *s = malloc((size_t)n * sizeof *s);
	if (!s)
		return -1;
	memset(s, 0xFF, (size_t)n * sizeof *s);
	for (uint32_t id = 0; id < t->count; id++) {
		uint32_t j = t->ent[id].hash & (n - 1);
		while (s[j] != EMPTY)
			j = (j + 1) & (n - 1);
		s[j] = (uint64_t)t->ent[id].hash << 32 | id;
	}
	free(t->slots);
	t->slots = s;
	t->nslots = n;
	return 0;
}

static uint32_t probe(const rr_strtab *t, const char *s, size_t n, uint32_t h, uint32_t *slot)
{
	uint32_t mask = t->nslots - 1, j = h & mask;
	for (;;) {
		uint64_t e = t->slots[j];
		if (e == EMPTY) {
			*slot = j;
			return RR_NONE;
		}
		uint32_t id = (uint32_t)e;
		if ((uint32_t)(e >> 32) == h && t->ent[id].len == n &&
		    memcmp(t->arena + t->ent[id].off, s, n) == 0)
			return id;
		j = (j + 1) & mask;
	}
}

uint32_t strtab_find(const rr_strtab *t, const char *s, size_t n)
{
	uint32_t slot;
	return probe(t, s, n, hash_bytes(s, n), &slot);
}

uint32_t strtab_intern(rr_strtab *t, const char *s, size_t n)
{
	uint32_t h = hash_bytes(s, n), slot;
	uint32_t id = probe(t, s, n, h, &slot);
	if (id != RR_NONE)
		return id;
	if (n > UINT32_MAX - 1 || t->count == RR_NONE - 1)
		return RR_NONE;
	if (t->count == t->cap_ids) {
		uint32_t nc = t->cap_ids ? t->cap_ids * 2 : 8;
		struct ent *e = realloc(t->ent, (size_t)nc * sizeof *e);
		if (!e)
			return RR_NONE;
		t->ent = e;
		t->cap_ids = nc;
	}
	if (t->arena_len + n + 1 > t->arena_cap) {
		size_t nc = t->arena_cap ? t->arena_cap * 2 : 256;
		while (nc < t->arena_len + n + 1)
			nc *= 2;
		char *a = realloc(t->arena, nc);
		if (!a)
			return RR_NONE;
		t->arena = a;
		t->arena_cap = nc;
	}
	id = t->count++;
	t->ent[id].off = t->arena_len;
	t->ent[id].len = (uint32_t)n;
	t->ent[id].hash = h;
	memcpy(t->arena + t->arena_len, s, n);
	t->arena[t->arena_len + n] = '\0';
	t->arena_len += n + 1;
	t->slots[slot] = (uint64_t)h << 32 | id;
	if ((uint64_t)t->count * 2 > t->nslots && grow_slots(t) != 0) {
		/* the id is stored; a failed growth only makes later probes slower, never wrong,
		 * until the table is full: refuse at 7/8 load */
		if ((uint64_t)t->count * 8 > (uint64_t)t->nslots * 7)
			return RR_NONE;
	}
	return id;
}

const char *strtab_get(const rr_strtab *t, uint32_t id)
{
	if (!t || id >= t->count)
		return "";
	return t->arena + t->ent[id].off;
}

size_t strtab_len(const rr_strtab *t, uint32_t id)
{
	return (!t || id >= t->count) ? 0 : t->ent[id].len;
}

uint32_t strtab_count(const rr_strtab *t)
{
	return t ? t->count : 0;
}

size_t strtab_bytes(const rr_strtab *t)
{
	return t ? t->arena_cap + (size_t)t->cap_ids * 16 + (size_t)t->nslots * 8 : 0;
}
