/* strtab.c — interning with a keyed hash and linear probing. */
#include "strtab.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

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
	uint64_t key[2];    /* hash_bytes's key, this table's own */
	unsigned rekeys;    /* times a long probe made the table take a new key */
};

/* A probe this long means the key is known to whoever wrote the data (at most half full, a
 * random key's longest run is a few tens of slots even at 2^31 ids): take a new key. A few
 * times at most, so that no input can make the table rekey at every insert. */
#define REKEY_PROBE 256
#define REKEY_MAX 4

/* The hash is keyed with a per-process random key: with a fixed hash each step could be
 * inverted offline, and ids crafted to share one hash (customer ids, SKUs from a feed) made
 * every load quadratic (t24 #1). Word-at-a-time folded multiplies (the high and low halves of
 * a 64x64-bit product xored, as wyhash and foldhash do): identifiers and descriptions are
 * short, and hashing them is most of interning's cost, so 8 bytes a step at one multiply. */
static uint64_t fold_mul(uint64_t a, uint64_t b)
{
#ifdef __SIZEOF_INT128__
	__extension__ typedef unsigned __int128 u128;
	u128 p = (u128)a * b;
	return (uint64_t)p ^ (uint64_t)(p >> 64);
#else
	uint64_t al = (uint32_t)a, ah = a >> 32, bl = (uint32_t)b, bh = b >> 32;
	uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
	uint64_t lo = (mid << 32) | (uint32_t)ll;
	uint64_t hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
	return lo ^ hi;
#endif
}

static uint32_t hash_bytes(const uint64_t key[2], const char *s, size_t n)
{
	uint64_t h = key[0] ^ (uint64_t)n;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = fold_mul(h ^ w, key[1]);
	}
	if (i < n) {
		uint64_t w = 0;
		memcpy(&w, s + i, n - i);
		h = fold_mul(h ^ w, key[1]);
	}
	/* a last multiply by the other key so the slot bits (the low ones) depend on every byte */
	h = fold_mul(h, key[0] | 1);
	return (uint32_t)h ^ (uint32_t)(h >> 32);
}

static uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static uint64_t process_key[2];
static pthread_once_t process_key_once = PTHREAD_ONCE_INIT;

/* getrandom(2), not /dev/urandom (no file to open, nothing a sandbox may lack); when even
 * that fails the clock, the pid and an address (moved by ASLR) still make a key that cannot
 * be known before the process runs. */
static void process_key_init(void)
{
	uint64_t k[2];
	if (getrandom(k, sizeof k, GRND_NONBLOCK) != (ssize_t)sizeof k) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		uint64_t x = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
		x ^= (uint64_t)getpid() << 32 ^ (uint64_t)(uintptr_t)&process_key;
		k[0] = splitmix(&x);
		k[1] = splitmix(&x);
	}
	process_key[0] = k[0];
	process_key[1] = k[1] | 1;   /* odd: a multiply by it loses no low bits */
}

/* Each table gets its own key, the process's stirred by a counter, so a table that rekeys
 * (rekey) moves away from the others. */
void strtab_key(uint64_t key[2])
{
	static atomic_uint_fast64_t tables;
	pthread_once(&process_key_once, process_key_init);
	uint64_t x = process_key[0] ^ atomic_fetch_add(&tables, 1) * 0xD1B54A32D192ED03ULL;
	key[0] = splitmix(&x);
	key[1] = process_key[1] ^ (splitmix(&x) & ~(uint64_t)1);
}

rr_strtab *strtab_new(void)
{
	rr_strtab *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->nslots = 16;   /* grows by doubling: a load makes five tables, most of a few names */
	strtab_key(t->key);
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

/* Slots for n (a power of two) rebuilt from the ids' stored hashes. */
static int rebuild_slots(rr_strtab *t, uint32_t n)
{
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

/* A new key and every id rehashed with it; on out of memory the table keeps working with
 * the old key's slots, whose hashes it still holds. Ids do not change. */
static void rekey(rr_strtab *t)
{
	uint64_t old[2] = {t->key[0], t->key[1]};
	uint32_t *keep = malloc(((size_t)t->count + 1) * sizeof *keep);
	if (!keep)
		return;
	t->rekeys++;
	strtab_key(t->key);
	for (uint32_t id = 0; id < t->count; id++) {
		keep[id] = t->ent[id].hash;
		t->ent[id].hash = hash_bytes(t->key, t->arena + t->ent[id].off, t->ent[id].len);
	}
	if (rebuild_slots(t, t->nslots) != 0) {
		t->key[0] = old[0];
		t->key[1] = old[1];
		for (uint32_t id = 0; id < t->count; id++)
			t->ent[id].hash = keep[id];
	}
	free(keep);
}

/* The id of s[0..n) or RR_NONE with *slot the empty slot ending the probe; *steps the slots
 * looked at. */
static uint32_t probe(const rr_strtab *t, const char *s, size_t n, uint32_t h, uint32_t *slot,
		      uint32_t *steps)
{
	uint32_t mask = t->nslots - 1, j = h & mask;
	for (*steps = 1;; ++*steps) {
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
	uint32_t slot, steps;
	return probe(t, s, n, hash_bytes(t->key, s, n), &slot, &steps);
}

uint32_t strtab_intern(rr_strtab *t, const char *s, size_t n)
{
	uint32_t h = hash_bytes(t->key, s, n), slot, steps;
	uint32_t id = probe(t, s, n, h, &slot, &steps);
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
	if (steps > REKEY_PROBE && t->rekeys < REKEY_MAX)
		rekey(t);
	if ((uint64_t)t->count * 2 > t->nslots && rebuild_slots(t, t->nslots * 2) != 0) {
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

uint32_t strtab_max_probe(const rr_strtab *t)
{
	uint32_t most = 0;
	for (uint32_t j = 0; t && j < t->nslots; j++) {
		if (t->slots[j] == EMPTY)
			continue;
		uint32_t home = (uint32_t)(t->slots[j] >> 32) & (t->nslots - 1);
		uint32_t len = ((j - home) & (t->nslots - 1)) + 1;
		if (len > most)
			most = len;
	}
	return most;
}

uint32_t strtab_hash(const rr_strtab *t, const char *s, size_t n)
{
	return hash_bytes(t->key, s, n);
}

uint32_t strtab_hash_keyed(const uint64_t key[2], const char *s, size_t n)
{
	return hash_bytes(key, s, n);
}

uint64_t strtab_hash_u64(const uint64_t key[2], uint64_t x)
{
	return fold_mul(fold_mul(x ^ key[0], key[1]), key[0] | 1);
}

uint32_t strtab_count(const rr_strtab *t)
{
	return t ? t->count : 0;
}

size_t strtab_bytes(const rr_strtab *t)
{
	return t ? t->arena_cap + (size_t)t->cap_ids * 16 + (size_t)t->nslots * 8 : 0;
}
