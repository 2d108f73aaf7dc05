/* idpair.c — a code column beside a name column: which is the id, on every row (idpair.h). */
#include "idpair.h"

#include <stdlib.h>
#include <string.h>

/* One code's or one name's record: its key (a 64-bit hash: 32 bits would give two of a
 * quarter-million customers one key now and then, and one such pair is a namesake), the first
 * key of the other column beside it, the first invoice's. */
typedef struct slot {
	uint64_t key, other, inv;
	uint32_t flags;
} slot;

enum { S_MULTI = 1, S_BACK = 2 };

typedef struct table {
	slot *s;
	size_t cap, n;             /* cap a power of two, n <= cap / 2 */
} table;

struct idpair {
	table code, name, inv;
	idpair_stats st;
	uint64_t want_name, want_code;   /* the namesake example's name and first code */
	uint64_t prev_ik;                /* the row before's invoice (its lines are counted once) */
	uint64_t prev_ck, prev_nk;       /* the row before's code and name: in a file sorted
	                                    by code, the namesake's first code is there */
	char prev_code[IDPAIR_EXAMPLE];  /* that code as written */
	uint64_t run_inv;                /* the invoice of the run of rows so far */
	size_t run_len;                  /* its rows */
	long run_step;                   /* its first code's number (1 or 10 for a line's) */
	int run_ok;                      /* its codes so far are run_step, 2 run_step, ... */
	int lines_only;                  /* idpair_lines_only: no names' table */
};

#define FNV_BASIS 14695981039346656037u   /* the empty text's key, and every key's start */

#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u

/* Each byte of w that is c: its high bit set, the others clear (exact: no borrow crosses). */
static uint64_t bytes_eq(uint64_t w, unsigned char c)
{
	uint64_t v = w ^ (ONES * c);
	return ~(((v & ~HIGHS) + ~HIGHS) | v | ~HIGHS);
}

/* The bytes s[0..min(n, 8)), the first in the lowest byte, zeros past n: loads of 8, or of 4,
 * 2 and 1 overlapping for a text's last few bytes (a byte at a time, they were a fifth of the
 * keys' time). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static uint64_t load_le(const char *s, size_t size)
{
	uint64_t w = 0;
	memcpy(&w, s, size);
	return w;
}

static uint64_t word_at(const char *s, size_t n)
{
	if (n >= 8)
		return load_le(s, 8);
	if (n >= 4)
		return load_le(s, 4) | load_le(s + n - 4, 4) << 8 * (n - 4);
	if (n >= 2)
		return load_le(s, 2) | load_le(s + n - 2, 2) << 8 * (n - 2);
	return (unsigned char)s[0];
}
#else
static uint64_t word_at(const char *s, size_t n)
{
	uint64_t w = 0;
	for (size_t k = 0; k < n && k < 8; k++)
		w |= (uint64_t)(unsigned char)s[k] << 8 * k;
	return w;
}
#endif

/* w's ASCII capitals in lower case (textfold's fold of ASCII), every other byte as it is. */
static uint64_t word_lower(uint64_t w)
{
	uint64_t low7 = w & ~HIGHS, ge_a = low7 + ONES * (0x80 - 'A'), gt_z = low7 + ONES * (0x7F - 'Z');
	return w | ((ge_a & ~gt_z & ~w & HIGHS) >> 2);
}

static uint64_t key_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0x9E3779B97F4A7C15u;
	return h ^ h >> 29;
}

/* fold's key of s[0..n) holding a tab or two blanks in a row: the bytes it folds to (a tab a
 * blank, a run of blanks one) streamed into key_of's words of eight, to the same key as a text
 * written folded. */
static int blank_run(const char *s, size_t i)
{
	return (s[i] == ' ' || s[i] == '\t') && i && (s[i - 1] == ' ' || s[i - 1] == '\t');
}

static uint64_t key_folded(const char *s, size_t n)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		m += !blank_run(s, i);
	uint64_t h = FNV_BASIS ^ m, w = 0;
	unsigned k = 0;
	for (size_t i = 0; i < n; i++) {
		if (blank_run(s, i))
			continue;
		w |= (uint64_t)(s[i] == '\t' ? ' ' : (unsigned char)s[i]) << 8 * k;
		if (++k == 8) {
			h = key_mix(h, word_lower(w));
			w = 0;
			k = 0;
		}
	}
	return k ? key_mix(h, word_lower(w)) : h;
}

/* Key of s[0..n) without its outer blanks; fold: ASCII letters in lower case and a run of
 * blanks (tabs or spaces) as one space. The text's length, then its words of eight bytes,
 * mixed: hashed a byte at a time (FNV-1a) three texts a row were a twentieth of loading the
 * bundled file. Never 0 (an empty slot's key); FNV_BASIS for a text of blanks only. */
static uint64_t key_of(const char *s, size_t n, int fold)
{
	while (n && (s[0] == ' ' || s[0] == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (!n)
		return FNV_BASIS;
	uint64_t h = FNV_BASIS ^ n, last = 0, slow = 0, w;
	for (size_t i = 0; i < n; i += 8, h = key_mix(h, w)) {
		w = word_at(s + i, n - i);
		if (fold) {
			uint64_t sp = bytes_eq(w, ' '), tab = bytes_eq(w, '\t');
			slow |= tab | ((sp | tab) & ((sp | tab) << 8 | last));
			last = (sp | tab) >> 56;   /* the word's last byte a blank: before the next's */
			w = word_lower(w);
		}
	}
	if (slow)
		h = key_folded(s, n);
	return h == 0 || h == FNV_BASIS ? h + 2 : h;
}

/* The slot of key in t, added when absent and room is left; NULL when it is absent and the
 * table is full (IDPAIR_MAX_KEYS) or memory ran out. *fresh: 1 when just added. */
static slot *table_get(table *t, uint64_t key, int *fresh)
{
	*fresh = 0;
	if (t->n + 1 > t->cap / 2 && t->n < IDPAIR_MAX_KEYS) {
		size_t cap = t->cap ? t->cap * 2 : 1024;
		slot *s = calloc(cap, sizeof *s);
		if (s) {
			for (size_t i = 0; i < t->cap; i++) {
				size_t j = (size_t)t->s[i].key & (cap - 1);
				while (t->s[i].key && s[j].key)
					j = (j + 1) & (cap - 1);
				if (t->s[i].key)
					s[j] = t->s[i];
			}
			free(t->s);
			t->s = s;
			t->cap = cap;
		}
	}
	if (!t->cap)
		return NULL;
	size_t j = (size_t)key & (t->cap - 1);
	while (t->s[j].key && t->s[j].key != key)
		j = (j + 1) & (t->cap - 1);
	if (t->s[j].key)
		return &t->s[j];
	if (t->n >= IDPAIR_MAX_KEYS || t->n + 1 > t->cap / 2)
		return NULL;
	t->s[j].key = key;
	t->n++;
	*fresh = 1;
	return &t->s[j];
}

idpair *idpair_new(void)
{
	return calloc(1, sizeof(idpair));
}

void idpair_lines_only(idpair *p)
{
	if (p)
		p->lines_only = 1;
}

void idpair_free(idpair *p)
{
	if (!p)
		return;
	free(p->code.s);
	free(p->name.s);
	free(p->inv.s);
	free(p);
}

/* s[0..n) into out[0..IDPAIR_EXAMPLE), cut and without its outer blanks. */
static void example(char *out, const char *s, size_t n)
{
	while (n && (s[0] == ' ' || s[0] == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	n = n < IDPAIR_EXAMPLE - 1 ? n : IDPAIR_EXAMPLE - 1;
	for (size_t i = 0; i < n; i++)   /* a control byte would reach the summary */
		out[i] = (unsigned char)s[i] < 0x20 ? '?' : s[i];
	out[n] = '\0';
}

/* The name's side of a row with both: a second code makes the name a namesake's. */
static void name_seen(idpair *p, uint64_t nk, uint64_t ck, const char *code, size_t cn,
		      const char *name, size_t nn)
{
	int fresh;
	slot *s = table_get(&p->name, nk, &fresh);
	if (!s)
		return;
	if (fresh || !s->other) {
		s->other = ck;
		return;
	}
	if (s->other == ck || (s->flags & S_MULTI))
		return;
	s->flags |= S_MULTI;
	p->st.namesakes++;
	if (!p->st.same_name[0]) {
		example(p->st.same_name, name, nn);
		example(p->st.code2, code, cn);
		p->want_name = nk;
		p->want_code = s->other;
		if (p->prev_nk == nk && p->prev_ck == s->other) {
			memcpy(p->st.code1, p->prev_code, sizeof p->prev_code);
			p->want_code = 0;
		}
	}
}

/* The code's side of a row with a code: a second invoice brings it back, a second name makes
 * it a code of several things. */
static void code_seen(idpair *p, uint64_t ck, uint64_t nk, uint64_t ik, const char *code,
		      size_t cn, const char *name, size_t nn)
{
	int fresh;
	slot *s = table_get(&p->code, ck, &fresh);
	if (!s)
		return;
	if (fresh) {
		s->other = nk;
		s->inv = ik;
		return;
	}
	if (!(s->flags & S_BACK) && s->inv != ik) {
		s->flags |= S_BACK;
		p->st.back++;
	}
	if (!s->other) {
		s->other = nk;
	} else if (nk && s->other != nk && !(s->flags & S_MULTI)) {
		s->flags |= S_MULTI;
		if (!p->st.multi++) {
			example(p->st.multi_code, code, cn);
			example(p->st.multi_name, name, nn);
		}
	}
}

/* The code s[0..n) as a number of up to nine digits without its outer blanks, or -1. */
static long code_number(const char *s, size_t n)
{
	while (n && (s[0] == ' ' || s[0] == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	long v = 0;
	if (!n || n > 9)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* The runs of rows of one invoice, one after the other: is each row's code its line's number
 * (1, 2, 3... or SAP's 10, 20, 30...)? A run is counted when the next starts. */
static void run_seen(idpair *p, uint64_t ik, long v)
{
	if (ik == p->run_inv) {
		p->run_len++;
		p->run_ok = p->run_ok && v == p->run_step * (long)p->run_len;
		return;
	}
	if (p->run_len >= 2) {
		p->st.runs++;
		p->st.numbered += p->run_ok;
	}
	p->run_inv = ik;
	p->run_len = 1;
	p->run_step = v;
	p->run_ok = v == 1 || v == 10;
}

void idpair_add(idpair *p, const char *code, size_t cn, const char *name, size_t nn,
		const char *inv, size_t in, uint64_t line)
{
	if (!p)
		return;
	uint64_t ck = cn ? key_of(code, cn, 0) : 0, nk = nn ? key_of(name, nn, 1) : 0;
	/* a value of blanks only is none: its key is the empty text's, the hash's offset basis */
	ck = ck == FNV_BASIS ? 0 : ck;
	nk = nk == FNV_BASIS ? 0 : nk;
	if (!ck)   /* a code left blank: ingest's alt_merge reads the row by its name's code */
		return;
	p->st.rows++;
	/* without an invoice column each row is its own: the line number as its key */
	uint64_t ik = in ? key_of(inv, in, 0) : (line * 2654435761u) | 1;
	int fresh;
	if (ik != p->prev_ik)   /* an invoice's lines come one after the other: counted once */
		(void)table_get(&p->inv, ik, &fresh);
	p->prev_ik = ik;
	code_seen(p, ck, nk, ik, code, cn, name, nn);
	if (in)
		run_seen(p, ik, code_number(code, cn));
	if (nk && !p->lines_only)
		name_seen(p, nk, ck, code, cn, name, nn);
	if (p->want_code && ck == p->want_code && nk == p->want_name) {
		example(p->st.code1, code, cn);
		p->want_code = 0;
	}
	p->prev_ck = ck;
	p->prev_nk = nk;
	example(p->prev_code, code, cn);
}

void idpair_stats_get(const idpair *p, idpair_stats *s)
{
	if (!p) {
		memset(s, 0, sizeof *s);
		return;
	}
	*s = p->st;
	s->codes = p->code.n;
	s->units = p->inv.n;
	s->names = p->name.n;
	if (p->run_len >= 2) {   /* the last run */
		s->runs++;
		s->numbered += p->run_ok;
	}
}

/* Are the codes each invoice's line numbers (idpair_stats' numbered), each beside several
 * names on half of its values: a line's position, no thing's code? */
static int line_numbers(const idpair_stats *s)
{
	return s->runs >= 5 && s->numbered * 10 >= s->runs * 9 && s->multi * 2 >= s->codes;
}

/* Is the code an order's or a line's id: as many of its values as invoices (rows) or more,
 * hardly any of them on a second one? Five codes and five invoices at least: the items of
 * one order, each on one line, say nothing. */
static int per_order(const idpair_stats *s)
{
	return s->codes >= 5 && s->units >= 5 && s->back * 50 < s->codes &&
	       s->codes * 10 >= s->units * 9;
}

int idpair_judge(const idpair_stats *s, int *why)
{
	int by = -1, v = IDPAIR_EITHER;
	if (!s->rows)
		by = -1;
	else if (line_numbers(s))
		by = IDPAIR_BY_LINE_NO;
	else if (per_order(s))
		by = IDPAIR_BY_ORDER;
	else if (s->multi * 10 > s->codes)
		by = IDPAIR_BY_NAMES;
	else if (s->namesakes)
		by = IDPAIR_BY_NAMESAKES;
	if (by >= 0)
		v = by == IDPAIR_BY_NAMESAKES ? IDPAIR_CODE : IDPAIR_NAME;
	if (why)
		*why = by;
	return v;
}

int idpair_several(const idpair_stats *s)
{
	return s->names >= 5 && s->namesakes * 2 > s->names && s->codes <= s->names * 4 &&
	       s->multi * 10 <= s->codes;
}

int idpair_spellings(const idpair_stats *s)
{
	return s->codes >= 5 && s->multi * 2 > s->codes && s->names <= s->codes * 4 &&
	       s->namesakes * 10 <= s->names;
}
