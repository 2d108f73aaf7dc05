/* filter.c — the row filters' state, the customer list file, and their description. */
#include "filter.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvsniff.h"
#include "err.h"
#include "ingest.h"
#include "csvout.h"
#include "lines.h"
#include "rows.h"
#include "strtab.h"

#define DAY 1440

void filter_init(rr_filter *f)
{
	memset(f, 0, sizeof *f);
	f->since = INT32_MIN;
	f->until = INT32_MAX;
}

static void free_list(char **v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void filter_free(rr_filter *f)
{
	free_list(f->countries, f->n_countries);
	free_list(f->customers, f->n_customers);
	free(f->customers_file);
	free_list(f->drop, f->n_drop);
	free(f->drop_file);
	filter_init(f);
}

/* A copy of v[0..n) (at least one slot, so an empty list is not NULL), or NULL. */
static char **copy_list(const char *const *v, int n)
{
	char **c = calloc((size_t)(n ? n : 1), sizeof *c);
	if (!c)
		return NULL;
	for (int i = 0; i < n; i++)
		if (!(c[i] = strdup(v[i]))) {
			free_list(c, i);
			return NULL;
		}
	return c;
}

int filter_copy(rr_filter *dst, const rr_filter *src)
{
	filter_init(dst);
	dst->since = src->since;
	dst->until = src->until;
	if (src->n_countries &&
	    !(dst->countries = copy_list((const char *const *)src->countries, src->n_countries)))
		goto oom;
	dst->n_countries = src->n_countries;
	if (src->customers_file) {
		if (!(dst->customers_file = strdup(src->customers_file)) ||
		    !(dst->customers = copy_list((const char *const *)src->customers,
						 src->n_customers)))
			goto oom;
		dst->n_customers = src->n_customers;
		dst->customers_col = src->customers_col;
		memcpy(dst->customers_head, src->customers_head, sizeof dst->customers_head);
	}
	if (src->n_drop) {
		if (!(dst->drop = copy_list((const char *const *)src->drop, src->n_drop)))
			goto oom;
		dst->n_drop = src->n_drop;
		dst->n_drop_typed = src->n_drop_typed;
		dst->drop_col = src->drop_col;
		memcpy(dst->drop_head, src->drop_head, sizeof dst->drop_head);
		if (src->drop_file && !(dst->drop_file = strdup(src->drop_file)))
			goto oom;
	}
	return 0;
oom:
	filter_free(dst);
	return err_set("out of memory");
}

int filter_active(const rr_filter *f)
{
	return f->n_countries > 0 || f->since != INT32_MIN || f->until != INT32_MAX ||
	       f->customers_file != NULL || f->n_drop > 0;
}

static int list_same(char *const *a, int na, char *const *b, int nb)
{
	if (na != nb)
		return 0;
	for (int i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return 0;
	return 1;
}

int filter_same(const rr_filter *a, const rr_filter *b)
{
	return a->since == b->since && a->until == b->until &&
	       list_same(a->countries, a->n_countries, b->countries, b->n_countries) &&
	       !a->customers_file == !b->customers_file &&
	       list_same(a->customers, a->n_customers, b->customers, b->n_customers) &&
	       list_same(a->drop, a->n_drop, b->drop, b->n_drop);
}

int filter_set_countries(rr_filter *f, int n, const char *const *names)
{
	char **c = copy_list(names, n);
	if (!c)
		return err_set("out of memory");
	free_list(f->countries, f->n_countries);
	f->countries = c;
	f->n_countries = n;
	return 0;
}

/* id as one customer however a list writes it: its key (an e-mail in lower case), and a
 * number without a ".0" a spreadsheet added (rows_find_customer matches both ways); into buf
 * (RR_MAX_FIELD bytes). Its length. */
static size_t id_same_as(const char *id, char *buf)
{
	size_t n = strlen(id);
	if (n >= RR_MAX_FIELD)
		n = RR_MAX_FIELD - 1;
	const char *k = rows_customer_key(id, n, buf);
	if (k != buf)
		memcpy(buf, k, n);
	size_t d = 0, z;
	while (d < n && buf[d] >= '0' && buf[d] <= '9')
		d++;
	for (z = d + 1; z < n && buf[z] == '0'; z++)
		;
	return d > 0 && d + 1 < n && buf[d] == '.' && z == n ? d : n;   /* buf is not NUL-ended */
}

/* ids[0..m) (malloc'd, taken) with each customer once, the first spelling kept ("13085" and
 * "13085.0" are one, t17), closed up in place into *v / *n; *n_first: how many of those kept
 * are of ids[0..first). path names the list's file in errors (NULL: ids typed). 0 or -1 (ids
 * freed either way). */
static int unique_ids(char **ids, size_t m, size_t first, const char *path, char ***v, int *n,
		      int *n_first)
{
	size_t k = 0, i = 0, kf = 0;
	if (m > INT_MAX) {   /* the filter counts them in an int */
		for (; i < m; i++)
			free(ids[i]);
		free(ids);
		return err_set("%s%s%s holds over %d customer ids", path ? "'" : "",
			       path ? path : "the list", path ? "'" : "", INT_MAX);
	}
	rr_strtab *seen = strtab_new();
	char *key = malloc(RR_MAX_FIELD);
	for (; seen && key && i < m; i++) {
		rows_typed_id(ids[i]);   /* as the loads read ids: no invisible marks, ASCII digits */
		size_t kn = id_same_as(ids[i], key);
		uint32_t had = strtab_count(seen);
		if (strtab_intern(seen, key, kn) == RR_NONE)
			break;
		if (strtab_count(seen) == had) {   /* a customer the list named already */
			free(ids[i]);
		} else {
			kf += i < first;
			ids[k++] = ids[i];   /* k <= i: the list closes up in place */
		}
	}
	strtab_free(seen);
	free(key);
	if (i < m) {   /* out of memory: ids[0..k) kept so far, ids[i..m) not yet looked at */
		while (i < m)
			free(ids[i++]);
		free_list(ids, (int)k);
		return path ? err_set("out of memory reading '%s'", path) : err_set("out of memory");
	}
	*v = ids;
	*n = (int)k;
	if (n_first)
		*n_first = (int)kf;
	return 0;
}

/* The customer ids of a list file into *v / *n, read as the stock codes of exclude items
 * --file are (lines_read_list), each customer once. 0 or -1. */
static int read_ids(const char *path, const char *enc, char ***v, int *n, rr_list_head *head)
{
	size_t m;
	char **ids;
	if (lines_read_list(path, LIST_OF_CUSTOMERS, enc, head, &ids, &m) != 0)
		return -1;
	return unique_ids(ids, m, 0, path, v, n, NULL);
}

/* The notes of a list's lines holding several customer ids (t71 F8), not read or each read
 * (the data's), into f->several, a line each. */
static void several_note(rr_filter *f, const rr_list_head *head)
{
	char split[320];
	f->several[0] = '\0';
	if (head->several)
		lines_several_text(head, "customer id", f->several, sizeof f->several);
	if (head->split) {
		size_t o = strlen(f->several);
		snprintf(f->several + o, sizeof f->several - o, "%s%s", o ? "\n" : "",
			 lines_split_text(head, "customer id", split, sizeof split));
	}
}

int filter_read_customers(rr_filter *f, const char *path, const char *data, const char *enc,
			  const rr_list_known *known)
{
	char **v = NULL, *name = strdup(path);
	rr_list_head head;
	sniff_list_head(&head, RR_COL_USER, RR_EXPORT_CUSTOMER, data);
	head.known = known;
	int n = 0, rc = name ? read_ids(path, enc, &v, &n, &head) : err_set("out of memory");
	if (rc != 0) {
		free(name);
		return -1;
	}
	free_list(f->customers, f->n_customers);
	free(f->customers_file);
	f->customers = v;
	f->n_customers = n;
	f->customers_file = name;
	f->customers_col = head.col;
	memcpy(f->customers_head, head.name, sizeof f->customers_head);
	several_note(f, &head);
	return 0;
}

/* typed[0..n) and the ids of the file path (when not NULL) into one malloc'd array of *m
 * copies, the typed ones first. 0 or -1. */
static int gather_ids(int n, const char *const *typed, const char *path, const char *enc,
		      char ***v, size_t *m, rr_list_head *head)
{
	char **file = NULL, **all;
	size_t nf = 0;
	head->col = 0;
	head->name[0] = '\0';
	if (path && lines_read_list(path, LIST_OF_CUSTOMERS, enc, head, &file, &nf) != 0)
		return -1;
	if (!(all = malloc((nf + (size_t)n + 1) * sizeof *all))) {
		free_list(file, (int)nf);
		return err_set("out of memory");
	}
	for (int i = 0; i < n; i++)
		if (!(all[i] = strdup(typed[i]))) {
			free_list(file, (int)nf);
			free_list(all, i);
			return err_set("out of memory");
		}
	if (nf)
		memcpy(all + n, file, nf * sizeof *file);
	free(file);
	*v = all;
	*m = nf + (size_t)n;
	return 0;
}

int filter_set_drop(rr_filter *f, int n, const char *const *typed, const char *path,
		    const char *data, const char *enc, const rr_list_known *known)
{
	char **all = NULL, **v = NULL, *name = NULL;
	size_t m = 0;
	int k = 0, k_typed = 0;
	rr_list_head head;
	sniff_list_head(&head, RR_COL_USER, RR_EXPORT_CUSTOMER, data);
	head.known = known;
	if (path && !(name = strdup(path)))
		return err_set("out of memory");
	if (gather_ids(n, typed, path, enc, &all, &m, &head) != 0 ||
	    unique_ids(all, m, (size_t)n, path, &v, &k, &k_typed) != 0) {
		free(name);
		return -1;
	}
	if (k == 0) {   /* an empty file: a filter that drops nothing would still be listed */
		free_list(v, k);
		free(name);
		return path ? err_set("'%s' holds no customer id: nothing to drop", path)
			    : err_set("no customer id to drop");
	}
	free_list(f->drop, f->n_drop);
	free(f->drop_file);
	f->drop = v;
	f->n_drop = k;
	f->n_drop_typed = k_typed;
	f->drop_file = name;
	f->drop_col = head.col;
	memcpy(f->drop_head, head.name, sizeof f->drop_head);
	several_note(f, &head);
	return 0;
}

/* printf into buf at *k, never past size (the text is cut). */
static void put(char *buf, size_t size, size_t *k, const char *fmt, const char *a, long n)
{
	if (*k >= size)
		return;
	int w = snprintf(buf + *k, size - *k, fmt, a, n);
	if (w > 0)
		*k += (size_t)w < size - *k ? (size_t)w : size - *k - 1;
}

/* ", drop customers 12346, 17850, 13047 and 2 others, test.txt (9)": the first typed ids,
 * then the file and the whole list's length. */
static void describe_drop(const rr_filter *f, char *buf, size_t size, size_t *k)
{
	enum { SHOWN = 3 };
	put(buf, size, k, *k ? ", %s" : "%s", "drop customers", 0);
	for (int i = 0; i < f->n_drop_typed && i < SHOWN; i++)
		put(buf, size, k, i ? ", %s" : " %s", f->drop[i], 0);
	if (f->n_drop_typed > SHOWN)
		put(buf, size, k, "%s%ld other", " and ", f->n_drop_typed - SHOWN);
	if (f->n_drop_typed > SHOWN + 1)
		put(buf, size, k, "%ss", "", 0);
	if (f->drop_file)
		put(buf, size, k, f->n_drop_typed ? ", %s (%ld)" : " %s (%ld)", f->drop_file,
		    f->n_drop);
}

const char *filter_describe(const rr_filter *f, char *buf, size_t size)
{
	size_t k = 0;
	char day[32];
	buf[0] = '\0';
	for (int i = 0; i < f->n_countries; i++)
		put(buf, size, &k, i ? ", %s" : "country %s", f->countries[i], 0);
	if (f->since != INT32_MIN)
		put(buf, size, &k, k ? ", since %.10s" : "since %.10s",
		    ingest_format_minute(f->since, day, sizeof day), 0);
	if (f->until != INT32_MAX) /* until holds the midnight after the day named */
		put(buf, size, &k, k ? ", until %.10s" : "until %.10s",
		    ingest_format_minute(f->until - DAY, day, sizeof day), 0);
	if (f->customers_file)
		put(buf, size, &k, k ? ", customers %s (%ld)" : "customers %s (%ld)",
		    f->customers_file, f->n_customers);
	if (f->n_drop)
		describe_drop(f, buf, size, &k);
	return buf;
}

const char *filter_status(const rr_filter *f, char *buf, size_t size)
{
	buf[0] = '\0';
	if (!filter_active(f) || size < 10)
		return buf;
	memcpy(buf, "filters: ", 10);
	filter_describe(f, buf + 9, size - 9);
	return buf;
}
