/* strtab.h — string interning: each distinct byte string gets a dense id 0, 1, 2, ...
 * Open addressing over a power-of-two table of ids; strings live in one growing arena, so
 * millions of keys cost about (length + 13) bytes each and lookups stay O(1). The hash is keyed
 * with a per-process random key, so no input can be crafted to make probes long; ids, and so
 * everything shown, follow insertion order alone, never the hash. */
#ifndef RELREC_STRTAB_H
#define RELREC_STRTAB_H

#include <stddef.h>
#include <stdint.h>

#define RR_NONE UINT32_MAX   /* "no id" everywhere in relrec */

typedef struct rr_strtab rr_strtab;

rr_strtab *strtab_new(void);              /* NULL on out of memory; free with strtab_free */
void strtab_free(rr_strtab *t);
/* Id of s[0..n) (not necessarily NUL-terminated), adding it if new; RR_NONE on out of memory. */
uint32_t strtab_intern(rr_strtab *t, const char *s, size_t n);
/* Id of s[0..n) or RR_NONE when absent. */
uint32_t strtab_find(const rr_strtab *t, const char *s, size_t n);
/* The NUL-terminated string of id (valid until the table is freed or grows: copy if kept). */
const char *strtab_get(const rr_strtab *t, uint32_t id);
size_t strtab_len(const rr_strtab *t, uint32_t id);
uint32_t strtab_count(const rr_strtab *t);
size_t strtab_bytes(const rr_strtab *t);  /* memory held, for figures */
/* The longest probe a lookup of a present string makes, in slots (1 = found at its home
 * slot): for tests and figures; O(slots). */
uint32_t strtab_max_probe(const rr_strtab *t);
/* The hash t gives s[0..n) under its current key: for tests that play an attacker who has
 * learnt the key. */
uint32_t strtab_hash(const rr_strtab *t, const char *s, size_t n);
/* For other tables keyed by what the data chooses (rows.c's (code, description) counts): a
 * fresh random key, and x's hash under it, so crafted data cannot aim at one slot. */
void strtab_key(uint64_t key[2]);
uint64_t strtab_hash_u64(const uint64_t key[2], uint64_t x);
/* s[0..n)'s hash under key (strtab_key's): the tables' own hash, for a table of strings that
 * the data fills outside a strtab (ingest.c's customers of the held rows, t50 F5). */
uint32_t strtab_hash_keyed(const uint64_t key[2], const char *s, size_t n);

#endif
