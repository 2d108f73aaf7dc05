/* rules.c — business rules: excluded items and the only-these-items list. */
#include "rules.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "basket.h"
#include "csvsniff.h"
#include "err.h"
#include "csvout.h"
#include "lines.h"
#include "strtab.h"
#include "util.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int sorted_has(char *const *v, size_t n, const char *s)
{
	return n && bsearch(&s, v, n, sizeof *v, cmp_str) != NULL;
}

void rules_free_codes(char **codes, size_t n)
{
	for (size_t i = 0; codes && i < n; i++)
		free(codes[i]);
	free(codes);
}

/* A code and where it stands in the list: sorted by text, then by place, the first of equal
 * codes comes first and is the one kept. */
typedef struct placed_code {
	const char *code;
	size_t at;
} placed_code;

static int cmp_placed(const void *a, const void *b)
{
	const placed_code *x = a, *y = b;
	int c = strcmp(x->code, y->code);
	return c ? c : (x->at > y->at) - (x->at < y->at);
}

int rules_unique_codes(char **codes, size_t *n)
{
	size_t m = *n;
	placed_code *ix = malloc((m ? m : 1) * sizeof *ix);
	if (!ix)
		return err_set("cannot allocate %zu item codes", m);
	for (size_t i = 0; i < m; i++)
		ix[i] = (placed_code){codes[i], i};
	qsort(ix, m, sizeof *ix, cmp_placed);
	for (size_t r = 1; r < m; r++)   /* a repeat: freed, its slot NULL */
		if (strcmp(ix[r].code, ix[r - 1].code) == 0) {
			free(codes[ix[r].at]);
			codes[ix[r].at] = NULL;
			ix[r].code = ix[r - 1].code;   /* the next repeat compares with the kept text */
		}
	free(ix);
	size_t k = 0;
	for (size_t i = 0; i < m; i++)
		if (codes[i])
			codes[k++] = codes[i];
	*n = k;
	return 0;
}

void rules_free(rr_rules *r)
{
	rules_free_codes(r->excl, r->n_excl);
	rules_free_codes(r->only, r->n_only);
	memset(r, 0, sizeof *r);
}

void rules_clear(rr_rules *r)
{
	rules_free(r);
	r->gen = rr_gen_next();
}

/* A sorted, unique copy of old[0..n_old) ∪ add[0..n_add): NULL with err_set when out of
 * memory (nothing changed then). */
static char **merged(char *const *old, size_t n_old, const char *const *add, size_t n_add,
		     size_t *n_out)
{
	size_t cap = n_old + n_add, n = 0;
	char **v = malloc((cap ? cap : 1) * sizeof *v);
	if (!v) {
		err_set("cannot allocate %zu item codes", cap);
		return NULL;
	}
	for (size_t i = 0; i < n_old + n_add; i++) {
		const char *s = i < n_old ? old[i] : add[i - n_old];
		if (!(v[n] = strdup(s))) {
			rules_free_codes(v, n);
			err_set("cannot allocate %zu item codes", cap);
			return NULL;
		}
		n++;
	}
	qsort(v, n, sizeof *v, cmp_str);
	size_t u = 0;
	for (size_t i = 0; i < n; i++) {
		if (u && strcmp(v[u - 1], v[i]) == 0)
			free(v[i]);
		else
			v[u++] = v[i];
	}
	*n_out = u;
	return v;
}

int rules_exclude(rr_rules *r, const char *const *codes, size_t n, size_t *added)
{
	size_t m;
	char **v = merged(r->excl, r->n_excl, codes, n, &m);
	if (!v)
		return -1;
	if (added)
		*added = m - r->n_excl;
	rules_free_codes(r->excl, r->n_excl);
	r->excl = v;
	r->n_excl = m;
	r->gen = rr_gen_next();
	return 0;
}

int rules_set_only(rr_rules *r, const char *const *codes, size_t n)
{
	size_t m;
	char **v = merged(NULL, 0, codes, n, &m);
	if (!v)
		return -1;
	rules_free_codes(r->only, r->n_only);
	r->only = v;
	r->n_only = m;
	r->has_only = 1;
	r->gen = rr_gen_next();
	return 0;
}

int rules_active(const rr_rules *r)
{
	return r->n_excl > 0 || r->has_only;
}

int rules_allows(const rr_rules *r, const char *code)
{
	return rules_refusal(r, code) == NULL;
}

const char *rules_refusal(const rr_rules *r, const char *code)
{
	if (sorted_has(r->excl, r->n_excl, code))
		return "excluded by the business rules";
	if (r->has_only && !sorted_has(r->only, r->n_only, code))
		return "not in the only-list";
	return NULL;
}

/* Set blocked[i] = v for each code of list that d holds. */
static void mark_codes(const rr_dataset *d, char *const *list, size_t n, unsigned char *blocked,
		       unsigned char v)
{
	for (size_t k = 0; k < n; k++) {
		uint32_t i = dataset_find_item(d, list[k]);
		if (i != RR_NONE)
			blocked[i] = v;
	}
}

size_t rules_mask(const rr_rules *r, const rr_dataset *d, unsigned char *blocked)
{
	memset(blocked, r->has_only ? 1 : 0, d->n_items);
	if (r->has_only)
		mark_codes(d, r->only, r->n_only, blocked, 0);
	mark_codes(d, r->excl, r->n_excl, blocked, 1);
	size_t n = 0;
	for (uint32_t i = 0; i < d->n_items; i++)
		n += blocked[i];
	return n;
}

size_t rules_filter_assoc(const rr_rules *r, const rr_baskets *b, rr_assoc *v, size_t n, long k,
			  int both)
{
	size_t kept = 0;
	for (size_t i = 0; i < n && (k <= 0 || kept < (size_t)k); i++)
		if (rules_allows(r, baskets_code(b, v[i].y)) &&
		    (!both || rules_allows(r, baskets_code(b, v[i].x))))
			v[kept++] = v[i];
	return kept;
}

int rules_read_file(const char *path, const char *data, const char *enc, char ***codes,
		    size_t *n, rr_list_head *head)
{
	rr_list_head own;   /* the rules export's two columns of codes too (t69 F-B) */
	sniff_list_head(&own, RR_COL_ITEM, RR_EXPORT_ITEM, data);
	own.known = head ? head->known : NULL;
	own.stocked = head ? head->stocked : 0;
	int rc = lines_read_list(path, LIST_OF_CODES, enc, &own, codes, n);
	if (head)
		*head = own;
	return rc;
}

const char *rules_text(const rr_rules *r, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	if (r->has_only)
		k = (size_t)snprintf(buf, size, "only %zu item%s", r->n_only, r->n_only == 1 ? "" : "s");
	if (r->n_excl && k < size)
		snprintf(buf + k, size - k, "%s%zu item%s excluded", k ? "; " : "", r->n_excl,
			 r->n_excl == 1 ? "" : "s");
	return buf;
}
