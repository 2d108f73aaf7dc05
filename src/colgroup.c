/* colgroup.c — a column that groups the customers or the items a load counted (colgroup.h). */
#include "colgroup.h"

#include <stdlib.h>
#include <string.h>

#include "err.h"

struct rr_colgroup {
	rr_strtab *fine, *coarse, *pairs;   /* used values, the column's, (fine, coarse) ids */
	int blank_self;
};

rr_colgroup *colgroup_new(int blank_self)
{
	rr_colgroup *g = calloc(1, sizeof *g);
	if (g && (g->fine = strtab_new()) && (g->coarse = strtab_new()) &&
	    (g->pairs = strtab_new())) {
		g->blank_self = blank_self;
		return g;
	}
	colgroup_free(g);
	err_set("out of memory");
	return NULL;
}

void colgroup_free(rr_colgroup *g)
{
	if (!g)
		return;
	strtab_free(g->fine);
	strtab_free(g->coarse);
	strtab_free(g->pairs);
	free(g);
}

int colgroup_add(rr_colgroup *g, const char *fine, size_t fn, const char *coarse, size_t cn)
{
	if (!fn)
		return 0;
	if (!cn && g->blank_self) {   /* nothing merged: the value is itself */
		coarse = fine;
		cn = fn;
	}
	uint32_t id[2] = {strtab_intern(g->fine, fine, fn), strtab_intern(g->coarse, coarse, cn)};
	if (id[0] == RR_NONE || id[1] == RR_NONE ||
	    strtab_intern(g->pairs, (const char *)id, sizeof id) == RR_NONE)
		return err_set("out of memory");
	return 0;
}

const rr_strtab *colgroup_values(const rr_colgroup *g)
{
	return g->fine;
}

/* A pair as judged: the counted value, the column's value, the used value's own id. */
typedef struct pair {
	uint32_t fine, coarse, raw;
} pair;

static int pair_by_fine(const void *a, const void *b)
{
	const pair *x = a, *y = b;
	if (x->fine != y->fine)
		return x->fine < y->fine ? -1 : 1;
	return x->coarse < y->coarse ? -1 : x->coarse > y->coarse;
}

static int pair_by_coarse(const void *a, const void *b)
{
	const pair *x = a, *y = b;
	if (x->coarse != y->coarse)
		return x->coarse < y->coarse ? -1 : 1;
	return x->fine < y->fine ? -1 : x->fine > y->fine;
}

static void example_copy(char *dst, const char *s)
{
	size_t n = strlen(s);
	if (n >= COLGROUP_EXAMPLE)   /* cut at a character's start */
		for (n = COLGROUP_EXAMPLE - 1; n && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
			;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/* The used values that come with one value of the column, p[0..n) sorted by fine, counted
 * into res and moved to p[0..kept) (one pair each); kept. */
static size_t judge_fine(const rr_colgroup *g, pair *p, size_t n, rr_colgroup_res *res)
{
	uint32_t blank = strtab_find(g->coarse, "", 0);
	size_t kept = 0;
	for (size_t i = 0, j; i < n; i = j) {
		size_t values = 0, at = i;
		for (j = i; j < n && p[j].fine == p[i].fine; j++)
			if (p[j].coarse != blank && (j == i || p[j].coarse != p[j - 1].coarse)) {
				values++;
				at = j;
			}
		res->fine++;
		res->blank += values == 0;
		res->split += values > 1;
		if (values == 1)
			p[kept++] = p[at];
	}
	return kept;
}

int colgroup_judge(const rr_colgroup *g, const uint32_t *to, rr_colgroup_res *res)
{
	memset(res, 0, sizeof *res);
	size_t n = strtab_count(g->pairs), m = 0;
	pair *p = malloc((n ? n : 1) * sizeof *p);
	if (!p)
		return err_set("out of memory");
	for (uint32_t k = 0; k < n; k++) {
		uint32_t id[2];
		memcpy(id, strtab_get(g->pairs, k), sizeof id);
		uint32_t f = to ? to[id[0]] : id[0];
		if (f != RR_NONE)
			p[m++] = (pair){f, id[1], id[0]};
	}
	qsort(p, m, sizeof *p, pair_by_fine);
	size_t kept = judge_fine(g, p, m, res);
	qsort(p, kept, sizeof *p, pair_by_coarse);
	for (size_t i = 0, j; i < kept; i = j) {
		for (j = i + 1; j < kept && p[j].coarse == p[i].coarse; j++)
			;
		res->coarse++;
		res->multi += j - i > 1;
		res->grouped += j - i > 1 ? j - i : 0;
		if (j - i > res->largest) {
			res->largest = j - i;
			example_copy(res->ex_coarse, strtab_get(g->coarse, p[i].coarse));
			example_copy(res->ex_fine[0], strtab_get(g->fine, p[i].raw));
			res->ex_fine[1][0] = '\0';
			if (j - i > 1)
				example_copy(res->ex_fine[1], strtab_get(g->fine, p[i + 1].raw));
		}
	}
	res->joined = kept - res->coarse;
	free(p);
	return 0;
}

int colgroup_coarser(const rr_colgroup_res *res, int merged)
{
	if (!res->fine || res->split * COLGROUP_SPLIT_SHARE > res->fine ||
	    res->blank * COLGROUP_BLANK_SHARE > res->fine || res->largest * 2 > res->fine)
		return 0;
	if (merged)
		return res->joined >= 1;
	return res->joined >= COLGROUP_MIN_JOINED && res->multi >= COLGROUP_MIN_GROUPS &&
	       res->coarse >= 2 &&
	       (res->fine - res->blank - res->split) <= res->coarse * COLGROUP_MAX_AVERAGE;
}

size_t colgroup_form_key(int form, const char *s, size_t n, size_t *off)
{
	if (form == COLGROUP_BRACKET) {
		if (n < 4 || s[0] != '[')
			return 0;
		size_t k = 1;
		while (k < n && k <= 41 && s[k] != ']' && s[k] != ' ' && s[k] != '[')
			k++;
		if (k == 1 || k >= n || s[k] != ']' || k + 2 > n || s[k + 1] != ' ' ||
		    k + 2 == n)
			return 0;
		*off = 1;
		return k - 1;
	}
	for (size_t k = 2; k + 2 < n; k++)
		if (s[k] == ',' && s[k + 1] == ' ') {
			*off = 0;
			return k;
		}
	return 0;
}

int colgroup_form(const rr_strtab *t, int form, rr_colgroup_res *res)
{
	memset(res, 0, sizeof *res);
	size_t not_form = 0, count = strtab_count(t), off;
	for (uint32_t k = 0; k < count; k++)   /* most columns are not of the form: no tables */
		not_form += strtab_len(t, k) &&
			    !colgroup_form_key(form, strtab_get(t, k), strtab_len(t, k), &off);
	if (!count || not_form * COLGROUP_FORM_SHARE > count)
		return 0;
	not_form = 0;
	rr_colgroup *g = colgroup_new(1);
	if (!g)
		return -1;
	for (uint32_t k = 0; k < count; k++) {
		const char *s = strtab_get(t, k);
		size_t n = strtab_len(t, k), kn = colgroup_form_key(form, s, n, &off);
		off = kn ? off : 0;
		not_form += n && !kn;
		if (colgroup_add(g, s, n, s + off, kn) != 0) {   /* none: the value itself */
			colgroup_free(g);
			return -1;
		}
	}
	int rc = colgroup_judge(g, NULL, res);
	colgroup_free(g);
	if (rc != 0)
		return -1;
	/* a code carries its names' renames, a few: a tag in brackets carries many products
	 * ([SALE] Blue Mug, [SALE] Red Cup), the codes then fewer than half the names */
	int said = res->fine && not_form * COLGROUP_FORM_SHARE <= res->fine && res->joined &&
		   (form == COLGROUP_BRACKET ? res->coarse * 2 >= res->fine
		    : res->grouped * 2 >= res->fine && colgroup_coarser(res, 0));
	res->blank = not_form;
	return said;
}
