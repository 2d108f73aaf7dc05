/* split.c — the temporal split: train and test datasets, evaluated customers, truth sets. */
#include "split.h"

#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ingest.h"
#include "rank.h"

typedef struct user_map {
	uint32_t train_u, test_u;   /* the customer in both datasets */
} user_map;

static int cmp_user_map(const void *a, const void *b)
{
	const user_map *x = a, *y = b;
	return (x->train_u > y->train_u) - (x->train_u < y->train_u);
}

void split_free(rr_tsplit *s)
{
	if (!s)
		return;
	dataset_free(s->train);
	dataset_free(s->test);
	free(s->eval_user);
	free(s->truth_start);
	free(s->truth_item);
	free(s->tie);
	free(s);
}

/* err_set why a period has no pairs, naming the cutoff and the cleaned rows' days. */
static void split_empty_error(const rr_dataset *tr, const rr_dataset *te, int32_t cutoff)
{
	char day[32], a[32], b[32];
	ingest_format_minute(cutoff, day, sizeof day);
	if (tr->kept == 0 && te->kept == 0) {
		err_set("no rows pass the cleaning rules and filters (see stats)");
		return;
	}
	/* the periods meet at the cutoff: the data's first day is the train period's, if any */
	int32_t lo = tr->kept ? tr->min_minute : te->min_minute;
	int32_t hi = te->kept ? te->max_minute : tr->max_minute;
	ingest_format_minute(lo, a, sizeof a);
	ingest_format_minute(hi, b, sizeof b);
	if (tr->n_pairs == 0)
		err_set("no train rows before the cutoff %.10s: the cleaned rows run from %.10s to %.10s",
			day, a, b);
	else
		err_set("no test rows from the cutoff %.10s on: the cleaned rows run from %.10s to %.10s",
			day, a, b);
}

rr_tsplit *split_new(const rr_rows *r, const rr_clean *c, int32_t cutoff)
{
	return split_new_range(r, c, cutoff, INT32_MAX);
}

rr_tsplit *split_new_range(const rr_rows *r, const rr_clean *c, int32_t cutoff, int32_t end)
{
	rr_tsplit *s = calloc(1, sizeof *s);
	user_map *um = NULL;
	const char **codes = NULL;
	if (!s) {
		err_set("cannot allocate the evaluation split");
		return NULL;
	}
	s->cutoff = cutoff;
	if (dataset_build_split(r, c, cutoff, end, &s->train, &s->test) != 0)
		goto fail;
	const rr_dataset *tr = s->train, *te = s->test;
	if (tr->n_pairs == 0 || te->n_pairs == 0) {
		split_empty_error(tr, te, cutoff);
		goto fail;
	}
	um = malloc((te->n_users ? te->n_users : 1) * sizeof *um);
	codes = malloc((tr->n_items ? tr->n_items : 1) * sizeof *codes);
	if (!um || !codes)
		goto oom;
	uint32_t n = 0;
	for (uint32_t tu = 0; tu < te->n_users; tu++) {
		uint32_t u = tr->user_of_cust[te->user_code[tu]];
		if (u != RR_NONE) {
			um[n].train_u = u;
			um[n++].test_u = tu;
		}
	}
	qsort(um, n, sizeof *um, cmp_user_map);
	s->n_eval = n;
	s->eval_user = malloc((n ? n : 1) * sizeof *s->eval_user);
	s->truth_start = calloc((size_t)n + 1, sizeof *s->truth_start);
	if (!s->eval_user || !s->truth_start)
		goto oom;
	for (uint32_t e = 0; e < n; e++) {
		uint32_t tu = um[e].test_u;
		s->eval_user[e] = um[e].train_u;
		s->truth_start[e + 1] = s->truth_start[e] + (te->user_start[tu + 1] - te->user_start[tu]);
	}
	s->truth_item = malloc((s->truth_start[n] ? s->truth_start[n] : 1) * sizeof *s->truth_item);
	if (!s->truth_item)
		goto oom;
	for (uint32_t e = 0; e < n; e++) {
		uint32_t tu = um[e].test_u, u = um[e].train_u;
		size_t w = s->truth_start[e];
		int any_new = 0;
		for (size_t p = te->user_start[tu]; p < te->user_start[tu + 1]; p++) {
			uint32_t it = tr->item_of_code[te->item_code[te->pairs[p].item]];
			s->truth_item[w++] = it;
			if (it == RR_NONE || dataset_find_pair(tr, u, it) == (size_t)-1)
				any_new = 1;
		}
		s->n_new_empty += !any_new;
	}
	for (uint32_t i = 0; i < tr->n_items; i++)
		codes[i] = dataset_item_name(tr, i);
	if (!(s->tie = rank_tie_keys(codes, tr->n_items)))
		goto fail;
	free(um);
	free(codes);
	return s;
oom:
	err_set("cannot allocate the evaluation split");
fail:
	free(um);
	free(codes);
	split_free(s);
	return NULL;
}

int32_t split_history_end(const rr_dataset *d)
{
	return split_day_after(d->max_minute);
}

int32_t split_day_after(int32_t m)
{
	/* floor division: minutes before 1970 are negative */
	int32_t day = m >= 0 ? m / RR_DAY_MINUTES : -((-m + RR_DAY_MINUTES - 1) / RR_DAY_MINUTES);
	return (day + 1) * RR_DAY_MINUTES;
}
