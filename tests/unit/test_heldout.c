/* test_heldout.c — the held-out check's path: relrec loaded with only the rows before a
 * cutoff and asked for `export recommendations FILE 10` (and --owned) lists exactly what
 * `evaluate ranking --cutoff` ranks for relrec, customer by customer, on a generated log. */
#include "testutil.h"

#include <math.h>

#include "app.h"
#include "cmd.h"
#include "err.h"
#include "gen.h"
#include "ingest.h"
#include "rank.h"
#include "recommend.h"

enum { K = 10 };

/* A CSV field, quoted. */
static void field(FILE *f, const char *s, int last)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
	fputc(last ? '\n' : ',', f);
}

/* The rows of r before cut, in their order, as an Online Retail file. */
static void write_before(const rr_rows *r, int32_t cut, const char *path)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n", f);
	for (size_t i = 0; i < r->n; i++) {
		if (r->minute[i] >= cut)
			continue;
		char num[64], day[32];
		field(f, strtab_get(r->invoices, r->invoice[i]), 0);
		field(f, strtab_get(r->codes, r->item[i]), 0);
		field(f, strtab_get(r->descs, r->desc[i]), 0);
		snprintf(num, sizeof num, "%d", (int)r->qty[i]);
		field(f, num, 0);
		field(f, ingest_format_minute(r->minute[i], day, sizeof day), 0);
		snprintf(num, sizeof num, "%.17g", r->price[i]);
		field(f, num, 0);
		field(f, r->cust[i] == RR_NONE ? "" : strtab_get(r->customers, r->cust[i]), 0);
		field(f, strtab_get(r->countries, r->country[i]), 1);
	}
	assert_int_equal(0, fclose(f));
}

static int run(rr_app *a, const char *line)
{
	int rc = cmd_exec(a, line);
	if (rc != 0)
		fprintf(stderr, "%s: %s\n", line, err_msg());
	return rc;
}

/* Read an export: for each line, its customer, rank and stock code into "c r code" text. */
static void read_export(const char *path, char ***out, size_t *n)
{
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char line[1024];
	size_t cap = 1024;
	*n = 0;
	*out = malloc(cap * sizeof **out);
	assert_non_null(fgets(line, sizeof line, f));   /* the header */
	while (fgets(line, sizeof line, f)) {
		char cust[64], code[64];
		int rank;
		assert_int_equal(3, sscanf(line, "\"%63[^\"]\",%d,\"%63[^\"]\"", cust, &rank, code));
		if (*n == cap)
			*out = realloc(*out, (cap *= 2) * sizeof **out);
		char buf[160];
		snprintf(buf, sizeof buf, "%s %d %s", cust, rank, code);
		(*out)[(*n)++] = strdup(buf);
	}
	fclose(f);
}

static void test_heldout(void **state)
{
	(void)state;
	char dir[] = "/tmp/relrec-heldout-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char full[256], before[256], out[2][256], line[600];
	snprintf(full, sizeof full, "%s/full.csv", dir);
	snprintf(before, sizeof before, "%s/before.csv", dir);
	assert_int_equal(0, gen_write_file(full, 20000, 8, NULL));
	rr_rows *r = ingest_load(full, NULL, 0, NULL);
	assert_non_null(r);
	rr_clean c;
	clean_init(&c);
	int32_t cut;
	ingest_parse_day("2011-10-01", &cut);
	rr_tsplit *sp = split_new(r, &c, cut);
	assert_non_null(sp);
	write_before(r, cut, before);

	/* the session on the file of the rows before the cutoff: its history ends at the cutoff */
	rr_app a;
	tu_capture cap;
	assert_int_equal(0, app_init(&a));
	tu_capture_install(&a.sink, &cap);
	snprintf(line, sizeof line, "load %s", before);
	assert_int_equal(0, run(&a, line));
	assert_int_equal(cut, split_history_end(a.ds));
	assert_int_equal(sp->train->n_users, a.ds->n_users);
	assert_int_equal(sp->train->n_items, a.ds->n_items);
	for (int owned = 0; owned < 2; owned++) {
		snprintf(out[owned], sizeof out[owned], "%s/recs%d.csv", dir, owned);
		snprintf(line, sizeof line, "export recommendations %s %d%s", out[owned], K,
			 owned ? " --owned" : "");
		assert_int_equal(0, run(&a, line));
	}

	/* the evaluation's recommender on the full file's train period */
	rr_recsys *s = recsys_fit(r, &c, sp->train, cut, &(rr_rec_opts){.threads = 2}, NULL);
	assert_non_null(s);
	assert_true(s->fitted);
	const rr_dataset *tr = sp->train;
	rr_rec_work w;
	assert_int_equal(0, rec_work_alloc(&w, &s->part));
	double *score = malloc(tr->n_items * sizeof *score);
	unsigned char *skip = calloc(tr->n_items, 1);
	uint32_t top[K];
	for (int owned = 0; owned < 2; owned++) {
		char **lines;
		size_t n;
		read_export(out[owned], &lines, &n);
		size_t at = 0, checked = 0;
		for (uint32_t u = 0; u < tr->n_users; u++) {
			assert_int_equal(0, recsys_score(s, u, &w, score));
			for (size_t q = tr->user_start[u]; q < tr->user_start[u + 1]; q++)
				skip[tr->pairs[q].item] = !owned;
			int got = rank_topk(score, tr->n_items, s->part.tie, skip, K, top);
			for (size_t q = tr->user_start[u]; q < tr->user_start[u + 1]; q++)
				skip[tr->pairs[q].item] = 0;
			for (int k = 0; k < got; k++, at++) {
				char want[160];
				snprintf(want, sizeof want, "%s %d %s", dataset_user_name(tr, u), k + 1,
					 dataset_item_name(tr, top[k]));
				assert_true(at < n);
				assert_string_equal(want, lines[at]);
				checked++;
			}
		}
		assert_int_equal(n, at);
		assert_true(checked > 1000);
		for (size_t i = 0; i < n; i++)
			free(lines[i]);
		free(lines);
	}
	free(score);
	free(skip);
	rec_work_free(&w);
	recsys_free(s);
	free(cap.buf);
	app_free(&a);
	split_free(sp);
	clean_free(&c);
	rows_free(r);
	unlink(full);
	unlink(before);
	unlink(out[0]);
	unlink(out[1]);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_heldout),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
