/* catchange.c — catalogue changes over time: reused codes, re-keyed products (catchange.h). */
#include "catchange.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvdate.h"
#include "csvsniff.h"
#include "err.h"
#include "textfold.h"

/* A byte sequence at s[0..n) that is punctuation or a blank outside ASCII: Latin-1's
 * (U+00A0..U+00BF: no-break space, «, », °) and General Punctuation (U+2000..U+206F: the
 * dashes, curly quotes, narrow spaces). Its length, else 0. */
static size_t wide_mark(const unsigned char *s, size_t n)
{
	if (n >= 2 && s[0] == 0xC2 && s[1] >= 0xA0 && s[1] <= 0xBF)
		return 2;
	if (n >= 3 && s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81))
		return 3;
	return 0;
}

static int ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The name s[0..n) as catchange_same_name compares it, into out (n bytes): folded, only its
 * letters and digits (ASCII's, and any other script's bytes but its marks above); its length.
 * With words set, the words are kept apart by one blank each. */
static size_t name_key(const char *s, size_t n, char *out, int words)
{
	size_t m = textfold(out, s, n), o = 0;
	const unsigned char *f = (const unsigned char *)out;
	for (size_t i = 0; i < m;) {
		size_t w = f[i] >= 0x80 ? wide_mark(f + i, m - i) : 0;
		if (w || (f[i] < 0x80 && !ascii_alnum(f[i]))) {
			if (words && o && out[o - 1] != ' ')
				out[o++] = ' ';
			i += w ? w : 1;
			continue;
		}
		out[o++] = (char)f[i++];
	}
	if (words && o && out[o - 1] == ' ')
		o--;
	return o;
}

int catchange_same_name(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	char *ka = malloc(na + 1), *kb = malloc(nb + 1);
	int same = 0;
	if (ka && kb) {
		na = name_key(a, na, ka, 0);
		nb = name_key(b, nb, kb, 0);
		same = na == nb && memcmp(ka, kb, na) == 0;
	}
	free(ka);
	free(kb);
	return same;
}

/* Is the word w[0..n) one of the blank-separated words of k[0..m)? */
static int has_word(const char *k, size_t m, const char *w, size_t n)
{
	for (size_t i = 0; i < m;) {
		size_t e = i;
		while (e < m && k[e] != ' ')
			e++;
		if (e - i == n && memcmp(k + i, w, n) == 0)
			return 1;
		i = e + 1;
	}
	return 0;
}

int catchange_share_word(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	char *ka = malloc(na + 1), *kb = malloc(nb + 1);
	int share = 0;
	if (ka && kb) {
		na = name_key(a, na, ka, 1);
		nb = name_key(b, nb, kb, 1);
		for (size_t i = 0; i < na && !share;) {
			size_t e = i;
			while (e < na && ka[e] != ' ')
				e++;
			share = e - i >= CATCHANGE_MIN_WORD && has_word(kb, nb, ka + i, e - i);
			i = e + 1;
		}
	}
	free(ka);
	free(kb);
	return share;
}

/* A name's key as a number (FNV-1a of name_key): 1 for a name with no letter or digit,
 * else never 0 or 1. */
enum { KEY_UNSET = 0, KEY_EMPTY = 1 };
static uint64_t key_hash(const char *s, size_t n, char *buf)
{
	size_t m = name_key(s, n, buf, 0);
	uint64_t h = 14695981039346656037ull;
	if (!m)
		return KEY_EMPTY;
	for (size_t i = 0; i < m; i++)
		h = (h ^ (unsigned char)buf[i]) * 1099511628211ull;
	return h | 2;
}

/* Per code, over its purchase rows: the first two names met (a, b: key, a description of it,
 * rows, first and last minute), whether a third came, and its own first and last purchase. */
typedef struct code_seen {
	uint64_t key[2];
	uint32_t desc[2], rows[2], n;
	int32_t lo[2], hi[2], first, last;
	int many;
} code_seen;

typedef struct scan {
	const rr_rows *r;
	uint64_t *dkey;     /* [descs] each description's key, KEY_UNSET until met */
	code_seen *seen;    /* [codes] */
	char buf[RR_MAX_FIELD + 1];
} scan;

static uint64_t desc_key(scan *s, uint32_t d)
{
	if (s->dkey[d] == KEY_UNSET)
		s->dkey[d] = key_hash(strtab_get(s->r->descs, d), strtab_len(s->r->descs, d), s->buf);
	return s->dkey[d];
}

static void period_add(code_seen *c, int k, uint64_t key, uint32_t d, int32_t t)
{
	if (!c->rows[k]) {
		c->key[k] = key;
		c->desc[k] = d;
		c->lo[k] = c->hi[k] = t;
	}
	c->rows[k]++;
	c->lo[k] = t < c->lo[k] ? t : c->lo[k];
	c->hi[k] = t > c->hi[k] ? t : c->hi[k];
}

/* One pass over the purchase rows: s->seen filled. */
static void scan_rows(scan *s)
{
	const rr_rows *r = s->r;
	for (size_t i = 0; i < r->n; i++) {
		if (!(r->qty[i] > 0))
			continue;
		code_seen *c = &s->seen[r->item[i]];
		int32_t t = r->minute[i];
		c->first = c->n && c->first < t ? c->first : t;
		c->last = c->n && c->last > t ? c->last : t;
		c->n++;
		uint64_t k = c->many ? KEY_EMPTY : desc_key(s, r->desc[i]);
		if (k == KEY_EMPTY)
			continue;
		if (!c->rows[0] || k == c->key[0])
			period_add(c, 0, k, r->desc[i], t);
		else if (!c->rows[1] || k == c->key[1])
			period_add(c, 1, k, r->desc[i], t);
		else
			c->many = 1;
	}
}

/* Could a rows and then b rows of one product's sales fall apart so by chance: is C(a+b, a),
 * the orderings they have, under CATCHANGE_CHANCE? */
static int by_chance(uint32_t a, uint32_t b)
{
	uint32_t k = a < b ? a : b, n = a + b;
	double c = 1;
	for (uint32_t i = 1; i <= k && c < CATCHANGE_CHANCE; i++)
		c = c * (double)(n - k + i) / (double)i;
	return c < CATCHANGE_CHANCE;
}

/* Code id's two names when they are a reuse: one after the other, each on enough rows, with
 * no word in common. The pair, old first, into *p; 1, or 0. */
static int reused(const scan *s, uint32_t id, rr_catpair *p)
{
	const code_seen *c = &s->seen[id];
	if (c->many || c->rows[0] < CATCHANGE_MIN_ROWS || c->rows[1] < CATCHANGE_MIN_ROWS ||
	    by_chance(c->rows[0], c->rows[1]))
		return 0;
	int o = c->hi[0] < c->lo[1] ? 0 : c->hi[1] < c->lo[0] ? 1 : -1;
	if (o < 0 || catchange_share_word(strtab_get(s->r->descs, c->desc[0]),
					  strtab_get(s->r->descs, c->desc[1])))
		return 0;
	*p = (rr_catpair){{id, c->desc[o], c->lo[o], c->hi[o]},
			  {id, c->desc[!o], c->lo[!o], c->hi[!o]}};
	return 1;
}

/* The codes sorted by their name's key, then their first purchase (codes_by_key). */
typedef struct keyed {
	uint64_t key;
	int32_t first;
	uint32_t code;
} keyed;

static int keyed_cmp(const void *pa, const void *pb)
{
	const keyed *a = pa, *b = pb;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->code < b->code ? -1 : a->code > b->code;
}

/* Keep pair p among c's examples of re-keyed pairs: the first CATCHANGE_EXAMPLES by the old
 * code's id (the file's order), whatever order the sort by key found them in. */
static void keep_rekey(rr_catchange *c, rr_catpair p)
{
	size_t j = c->n_rekey;
	if (j == CATCHANGE_EXAMPLES && c->rekey[j - 1].old.code < p.old.code)
		return;
	if (j < CATCHANGE_EXAMPLES)
		c->n_rekey++;
	else
		j--;
	for (; j > 0 && c->rekey[j - 1].old.code > p.old.code; j--)
		c->rekey[j] = c->rekey[j - 1];
	c->rekey[j] = p;
}

/* Is code id an item named by its description for want of a code (ingest's "no item code:
 * named by their description"): no code in the file for a pipe to rewrite. */
static int named_by_desc(const rr_rows *r, uint32_t id)
{
	uint32_t d = r->code_desc[id];
	return d != RR_NONE && strtab_len(r->descs, d) == strtab_len(r->codes, id) &&
	       memcmp(strtab_get(r->descs, d), strtab_get(r->codes, id), strtab_len(r->codes, id)) == 0;
}

/* Are codes a and b one id written otherwise, with leading zeros (SAP's ALPHA padding on one
 * extract) or in another letter case (B1, b1): the leading-zeros warning says the first, with
 * --strip-zeros item, and stats' case line the second, with clean casefold. */
static int one_id(const rr_rows *r, uint32_t a, uint32_t b)
{
	const char *x = strtab_get(r->codes, a), *y = strtab_get(r->codes, b);
	while (*x == '0' && x[1])
		x++;
	while (*y == '0' && y[1])
		y++;
	for (; *x && *y; x++, y++) {
		char p = *x >= 'A' && *x <= 'Z' ? (char)(*x - 'A' + 'a') : *x;
		char q = *y >= 'A' && *y <= 'Z' ? (char)(*y - 'A' + 'a') : *y;
		if (p != q)
			return 0;
	}
	return !*x && !*y;
}

/* The re-keyed pairs: codes of one name (code_desc) in a row of the sort, the earlier's last
 * purchase before the later's first. 0 or -1. */
static int find_rekeyed(scan *s, rr_catchange *c)
{
	const rr_rows *r = s->r;
	uint32_t n = strtab_count(r->codes), m = 0;
	keyed *k = malloc((n ? n : 1) * sizeof *k);
	if (!k)
		return err_set("out of memory");
	for (uint32_t id = 0; id < n; id++) {
		uint64_t h = r->code_desc[id] == RR_NONE ? KEY_EMPTY : desc_key(s, r->code_desc[id]);
		if (s->seen[id].n >= CATCHANGE_MIN_ROWS && h != KEY_EMPTY)
			k[m++] = (keyed){h, s->seen[id].first, id};
	}
	qsort(k, m, sizeof *k, keyed_cmp);
	for (uint32_t j = 1; j < m; j++) {
		const code_seen *a = &s->seen[k[j - 1].code], *b = &s->seen[k[j].code];
		if (k[j].key != k[j - 1].key || a->last >= b->first ||
		    named_by_desc(r, k[j - 1].code) || named_by_desc(r, k[j].code) ||
		    one_id(r, k[j - 1].code, k[j].code) || by_chance(a->n, b->n))
			continue;
		keep_rekey(c, (rr_catpair){
				   {k[j - 1].code, r->code_desc[k[j - 1].code], a->first, a->last},
				   {k[j].code, r->code_desc[k[j].code], b->first, b->last}});
		c->rekeyed++;
	}
	free(k);
	return 0;
}

int catchange_find(const rr_rows *r, rr_catchange *c)
{
	uint32_t nc = strtab_count(r->codes), nd = strtab_count(r->descs);
	scan *s = malloc(sizeof *s);
	memset(c, 0, sizeof *c);
	if (!s)
		return err_set("out of memory");
	s->r = r;
	s->dkey = calloc(nd ? nd : 1, sizeof *s->dkey);
	s->seen = calloc(nc ? nc : 1, sizeof *s->seen);
	int rc = s->dkey && s->seen ? 0 : err_set("out of memory");
	if (!rc) {
		scan_rows(s);
		for (uint32_t id = 0; id < nc; id++) {
			rr_catpair p;
			if (!reused(s, id, &p))
				continue;
			if (c->n_reuse < CATCHANGE_EXAMPLES)
				c->reuse[c->n_reuse++] = p;
			c->reused++;
		}
		rc = find_rekeyed(s, c);
	}
	free(s->dkey);
	free(s->seen);
	free(s);
	return rc;
}

/* A code fit to stand in an awk string as written: printable ASCII but for quotes and the
 * backslash. */
static int awk_plain(const char *s)
{
	for (; *s; s++)
		if (*s < 0x20 || *s > 0x7e || *s == '"' || *s == '\\' || *s == '\'')
			return 0;
	return 1;
}

/* s's ASCII letters and digits, lower-cased, into out[0..size): how awk's tolower and
 * gsub(/[^a-z0-9]/) leave it; its length (0: none, or too long). */
static size_t awk_key(const char *s, char *out, size_t size)
{
	size_t o = 0;
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (!ascii_alnum(ch))
			continue;
		if (o + 1 >= size)
			return 0;
		out[o++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
	}
	out[o] = '\0';
	return o;
}

static void day_text(int32_t minute, char *buf, size_t size)
{
	int y, m, d;
	date_civil_from_days(date_floor_day(minute), &y, &m, &d);
	snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
}

/* The end of an awk builder: n pairs written in w bytes (-1: none), or body "" and 0 when
 * none were or they did not fit. */
static size_t awk_done(char *body, size_t size, size_t n, int w)
{
	if (w >= 0 && (size_t)w < size)
		return n;
	if (size)
		body[0] = '\0';
	return 0;
}

size_t catchange_reuse_awk(const rr_rows *r, const rr_catchange *c, int desc_col, size_t most,
			   char *body, size_t size)
{
	char set[1024] = "", ka[128], kb[128], day[16];
	size_t n = 0, o = 0;
	for (size_t j = 0; j < c->n_reuse && n < most; j++) {
		const rr_catpair *p = &c->reuse[j];
		const char *code = strtab_get(r->codes, p->new.code);
		if (!awk_plain(code) || !awk_key(strtab_get(r->descs, p->new.desc), kb, sizeof kb) ||
		    (awk_key(strtab_get(r->descs, p->old.desc), ka, sizeof ka) && !strcmp(ka, kb)))
			continue;
		day_text(p->new.first, day, sizeof day);
		int w = snprintf(set + o, sizeof set - o, "R[\"%s\",\"%s\"]=\"~%s\";", code, kb, day);
		if (w < 0 || (size_t)w >= sizeof set - o)
			break;
		o += (size_t)w;
		n++;
	}
	int w = n ? snprintf(body, size, "b=B;e=E;g($0,%d);t=tolower(substr($0,B,E-B));"
			     "gsub(/[^a-z0-9]/,\"\",t);B=b;E=e;if(!I){I=1;%s}"
			     "if((v,t) in R)v=v R[v,t]", desc_col, set) : -1;
	return awk_done(body, size, n, w);
}

size_t catchange_rekey_awk(const rr_rows *r, const rr_catchange *c, size_t most, char *body,
			   size_t size)
{
	char set[1024] = "";
	size_t n = 0, o = 0;
	for (size_t j = 0; j < c->n_rekey && n < most; j++) {
		const char *a = strtab_get(r->codes, c->rekey[j].old.code),
			   *b = strtab_get(r->codes, c->rekey[j].new.code);
		if (!awk_plain(a) || !awk_plain(b))
			continue;
		int w = snprintf(set + o, sizeof set - o, "M[\"%s\"]=\"%s\";", a, b);
		if (w < 0 || (size_t)w >= sizeof set - o)
			break;
		o += (size_t)w;
		n++;
	}
	int w = n ? snprintf(body, size, "if(!I){I=1;%s}if(v in M)v=M[v]", set) : -1;
	return awk_done(body, size, n, w);
}

/* A code and a name as the messages quote them. */
static void shown(const rr_rows *r, const rr_catperiod *p, char *code, char *name)
{
	sniff_printable(code, 48, strtab_get(r->codes, p->code), strtab_len(r->codes, p->code), 24);
	sniff_printable(name, 56, strtab_get(r->descs, p->desc), strtab_len(r->descs, p->desc), 32);
}

static void say_reuse(const rr_rows *r, const rr_catchange *c, const char *load,
		      size_t covered, char *out, size_t size)
{
	const rr_catpair *p = &c->reuse[0];
	char code[48], a[56], b[56], until[16], from[16], way[1400];
	shown(r, &p->old, code, a);
	shown(r, &p->new, code, b);
	day_text(p->old.last, until, sizeof until);
	day_text(p->new.first, from, sizeof from);
	char which[40] = "each";
	if (covered < c->reused)
		snprintf(which, sizeof which, "each of the first %zu", covered);
	if (covered)
		snprintf(way, sizeof way, "; to read them apart, load %s with the same options "
			 "(%s: the code's rows of its new description read as CODE~DAY, the day it "
			 "starts, %s~%s)", load, which, code, from);
	else
		snprintf(way, sizeof way, "; to read them apart, give the code's rows of the new "
			 "description another code before loading");
	snprintf(out, size, "warning: %zu item code%s carr%s one description until a day and "
		 "another, with no word in common, from then on, as a code given to a new product "
		 "does: %s '%s' until %s, '%s' from %s; %s one item here, the buyers of both "
		 "products one item's%s", c->reused, c->reused == 1 ? "" : "s",
		 c->reused == 1 ? "ies" : "y", code, a, until, b, from,
		 c->reused == 1 ? "it is" : "each is", way);
}

static void say_rekey(const rr_rows *r, const rr_catchange *c, const char *load,
		      size_t covered, char *out, size_t size)
{
	const rr_catpair *p = &c->rekey[0];
	char ca[48], cb[48], a[56], b[56], until[16], from[16], way[1400] = "";
	shown(r, &p->old, ca, a);
	shown(r, &p->new, cb, b);
	day_text(p->old.last, until, sizeof until);
	day_text(p->new.first, from, sizeof from);
	char which[40] = "each pair";
	if (covered < c->rekeyed)
		snprintf(which, sizeof which, "the first %zu pairs", covered);
	if (covered)
		snprintf(way, sizeof way, "; if they are one product, load %s with the same "
			 "options (it writes the old code of %s as the new one: %s as %s)", load,
			 which, ca, cb);
	snprintf(out, size, "note: %zu pair%s of item codes carr%s one description in periods "
		 "that do not overlap, as a product given a new code does (an internal SKU, then "
		 "its GTIN): %s until %s, %s from %s ('%s'); each code is an item here, the "
		 "product's buyers split in two%s", c->rekeyed, c->rekeyed == 1 ? "" : "s",
		 c->rekeyed == 1 ? "ies" : "y", ca, until, cb, from, b, way);
}

void catchange_say(const rr_rows *r, const rr_catchange *c, int rekey, const char *load,
		   size_t covered, char *out, size_t size)
{
	if (size)
		out[0] = '\0';
	if (!rekey && c->reused)
		say_reuse(r, c, load, covered, out, size);
	else if (rekey && c->rekeyed)
		say_rekey(r, c, load, covered, out, size);
}
