/* custtop.c — the biggest customers of the kept rows (custtop.h). */
#include "custtop.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

const char *const rr_cust_keys[RR_CUST_N + 1] = {"spend", "quantity", "invoices", "items", NULL};

int custtop_key(const char *word)
{
	for (int k = 0; word && k < RR_CUST_N; k++)
		if (strcmp(word, rr_cust_keys[k]) == 0)
			return k;
	return -1;
}

static double key_of(const rr_cust_sum *c, enum rr_cust_key key)
{
	switch (key) {
	case RR_CUST_QUANTITY: return c->quantity;
	case RR_CUST_INVOICES: return c->invoices;
	case RR_CUST_ITEMS: return c->items;
	default: return c->spend;
	}
}

/* A customer's figures and its sort key beside them (qsort takes no context: no static key,
 * as commands may run on more than one thread) */
typedef struct keyed {
	double by;
	rr_cust_sum c;
} keyed;

/* Larger first; sums equal but for the rounding of their additions' order are a tie (t48 F2:
 * 2053.02 summed over other rows came out 2053.0199999999995 and 2053.019999999999, and the
 * customer of fewer invoices went first, against "then to more invoices"). */
static int larger_first(double x, double y)
{
	double m = fabs(x) > fabs(y) ? fabs(x) : fabs(y);
	if (fabs(x - y) <= 1e-9 * m)
		return 0;
	return x > y ? -1 : 1;
}

static int cmp_sum(const void *a, const void *b)
{
	const keyed *kx = a, *ky = b;
	const rr_cust_sum *x = &kx->c, *y = &ky->c;
	int c = larger_first(kx->by, ky->by);
	if (c)
		return c;
	if ((c = larger_first(x->spend, y->spend)) != 0)
		return c;
	if (x->invoices != y->invoices)
		return x->invoices > y->invoices ? -1 : 1;
	return x->user < y->user ? -1 : x->user > y->user;
}

/* Customer u's figures from its pairs. */
static void sum_of(const rr_dataset *d, uint32_t u, rr_cust_sum *c)
{
	memset(c, 0, sizeof *c);
	c->user = u;
	c->invoices = d->user_invoices[u];
	c->spend = d->user_spend[u];
	c->first = INT32_MAX;
	c->last = INT32_MIN;
	for (size_t p = d->user_start[u]; p < d->user_start[u + 1]; p++) {
		const rr_pair *q = &d->pairs[p];
		c->items++;
		c->quantity += q->quantity;
		c->first = q->first < c->first ? q->first : c->first;
		c->last = q->last > c->last ? q->last : c->last;
	}
}

long custtop(const rr_dataset *d, enum rr_cust_key key, size_t k, rr_cust_sum *out)
{
	size_t n = d->n_users;
	keyed *all = malloc((n ? n : 1) * sizeof *all);
	if (!all)
		return err_set("cannot allocate the figures of %zu customers", n);
	for (uint32_t u = 0; u < n; u++) {
		sum_of(d, u, &all[u].c);
		all[u].by = key_of(&all[u].c, key);
	}
	qsort(all, n, sizeof *all, cmp_sum);
	if (k > n)
		k = n;
	for (size_t i = 0; i < k; i++)
		out[i] = all[i].c;
	free(all);
	return (long)k;
}
