/* cmd_customers.c — `customers` and `export customers`: the biggest customers of the kept
 * rows (custtop.h), shown as a table or written as CSV. t44 #12: the README tells analysts to
 * find the wholesale accounts and `filter drop-customers` them, and no command listed them. */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "csvout.h"
#include "custtop.h"
#include "dataset.h"
#include "err.h"
#include "ingest.h"
#include "strtab.h"
#include "util.h"

/* The list's key (--by; spend when not given, quantity when the data has no prices) and the
 * top k of it into a malloc'd array (*n of them). NULL with err_set. */
static rr_cust_sum *top_customers(rr_app *app, const rr_args *a, size_t k, int *key, long *n)
{
	const rr_rows *r = app->rows;
	int no_spend = r->no_price && !r->price_from_amount;
	const char *by = args_get(a, "--by");
	*key = by ? custtop_key(by) : no_spend ? RR_CUST_QUANTITY : RR_CUST_SPEND;
	if (*key < 0) {
		err_set("--by: '%s' is not spend, quantity, invoices or items", by);
		return NULL;
	}
	if (*key == RR_CUST_SPEND && no_spend) {
		err_set("--by spend: the data has no price column, so no customer has a spend: "
			"--by quantity, invoices or items");
		return NULL;
	}
	size_t n_users = app->ds->n_users;
	rr_cust_sum *v = malloc((k < n_users ? k : n_users ? n_users : 1) * sizeof *v);
	if (!v) {
		err_set("cannot allocate the figures of %zu customers", k);
		return NULL;
	}
	*n = custtop(app->ds, (enum rr_cust_key)*key, k, v);
	if (*n < 0) {
		free(v);
		return NULL;
	}
	return v;
}

/* A minute as its day, YYYY-MM-DD. */
static const char *day_text(int32_t minute, char *buf, size_t size)
{
	char t[32];
	snprintf(buf, size, "%.10s", ingest_format_minute(minute, t, sizeof t));
	return buf;
}

static rr_table *customers_table(const rr_app *app, const rr_cust_sum *v, long n, int key,
				 int no_spend)
{
	const rr_dataset *d = app->ds;
	char title[200];
	snprintf(title, sizeof title, "the %ld biggest customer%s by %s, of the %u the kept rows hold "
		 "(after the filters and cleaning rules)", n, rr_plural((double)n), rr_cust_keys[key],
		 d->n_users);
	static const char *const head[] = {"rank", "customer", "country", "invoices", "items",
					   "quantity", "spend", "first", "last"};
	rr_table *t = table_new(9, title);
	if (!t)
		return NULL;
	for (int c = 0; c < 9; c++)
		table_head(t, c, head[c], c == 1 || c == 2 || c >= 7 ? 'l' : 'r');
	table_optional(t, 2);   /* data without countries shows no column of blanks */
	for (long i = 0; i < n; i++) {
		const rr_cust_sum *c = &v[i];
		char a[16], b[16], where[RR_MAX_FIELD + 16];
		int row = table_add_row(t);
		table_set(t, row, 0, "%ld", i + 1);
		table_set(t, row, 1, "%s", dataset_user_name(d, c->user));
		table_set(t, row, 2, "%s", dataset_country_text(d, c->user, where, sizeof where));
		table_set(t, row, 3, "%u", c->invoices);
		table_set(t, row, 4, "%u", c->items);
		table_set(t, row, 5, "%.15g", c->quantity);
		if (no_spend)
			table_set(t, row, 6, "-");
		else
			table_set(t, row, 6, "%.2f", c->spend);
		table_set(t, row, 7, "%s", day_text(c->first, a, sizeof a));
		table_set(t, row, 8, "%s", day_text(c->last, b, sizeof b));
	}
	return t;
}

int cmd_customers(rr_app *app, const rr_args *a)
{
	size_t k = (size_t)args_long(a, "K", 10);
	int key, no_spend = app->rows->no_price && !app->rows->price_from_amount;
	long n;
	rr_cust_sum *v = top_customers(app, a, k, &key, &n);
	if (!v)
		return -1;
	if (n == 0) {   /* not an empty table titled "the 0 biggest customers" */
		free(v);
		sink_printf(&app->sink, "no customer: the kept rows hold none (see stats: the filters "
			    "or the cleaning rules leave no row of a customer)");
		return 0;
	}
	rr_table *t = customers_table(app, v, n, key, no_spend);
	free(v);
	if (!t)
		return err_set("cannot allocate a table");
	sink_table(&app->sink, t);
	table_free(t);
	sink_printf(&app->sink, "items: distinct stock codes bought; spend: quantity × unit "
		    "price%s; filter drop-customers ID... leaves an account out (a wholesale buyer, "
		    "the shop's own)", no_spend ? " (no price column)" : "");
	return 0;
}

int cmd_export_customers(rr_app *app, const rr_args *a)
{
	const char *path = args_get(a, "FILE");
	size_t k = (size_t)args_long(a, "K", (long)app->ds->n_users);
	int key, no_spend = app->rows->no_price && !app->rows->price_from_amount;
	long n;
	rr_cust_sum *v = top_customers(app, a, k, &key, &n);
	rr_csvout o;
	/* the customer first: a list reader takes a line's first field, so the file is a list
	 * for filter customers and drop-customers --file as it is (t45 N3: rank came first, and
	 * the list kept nobody) */
	static const char *const head[] = {RR_EXPORT_CUSTOMER, "rank", "country", "invoices", "items",
					   "quantity", "spend", "first", "last", "countries"};
	if (!v)
		return -1;
	if (csvout_open(&o, path, args_has(a, "--raw"), head, 10) != 0) {
		free(v);
		return -1;
	}
	const rr_dataset *d = app->ds;
	for (long i = 0; i < n; i++) {
		const rr_cust_sum *c = &v[i];
		char f[16], l[16];
		csvout_str(&o, dataset_user_name(d, c->user));
		csvout_fieldf(&o, "%ld", i + 1);
		csvout_str(&o, strtab_get(d->rows->countries, d->user_country[c->user]));
		csvout_fieldf(&o, "%u", c->invoices);
		csvout_fieldf(&o, "%u", c->items);
		csvout_num(&o, "%.15g", c->quantity);
		csvout_num(&o, "%.2f", no_spend ? 0.0 / 0.0 : c->spend);
		csvout_fieldf(&o, "%s", day_text(c->first, f, sizeof f));
		csvout_fieldf(&o, "%s", day_text(c->last, l, sizeof l));
		csvout_fieldf(&o, "%u", d->user_countries[c->user]);
		csvout_end(&o);
	}
	free(v);
	if (csvout_close(&o, 1) != 0)
		return -1;
	char shown[RR_SHOWN_PATH];
	rr_shown_path(shown, sizeof shown, path);
	if (n == 0)
		sink_printf(&app->sink, "wrote the header alone to '%s': the kept rows hold no "
			    "customer (see stats)", shown);
	else
		sink_printf(&app->sink, "wrote the %ld biggest customer%s by %s to '%s'", n,
			    rr_plural((double)n), rr_cust_keys[key], shown);
	return 0;
}
