/* split.h — the temporal split of DESIGN §6, shared by the evaluation and the recommender.
 *
 * Cleaned rows are split in time at a cutoff: the train dataset holds rows before it, the test
 * dataset rows on or after it (up to an end, for the recommender's inner period). The
 * catalogue is the train items; evaluated customers bought in both periods, and their truth is
 * the items they bought in the test period (RR_NONE for items outside the catalogue: they stay
 * in the truth and count as misses). Ranking breaks ties by stock code (tie). */
#ifndef RELREC_SPLIT_H
#define RELREC_SPLIT_H

#include <stddef.h>
#include <stdint.h>

#include "clean.h"
#include "dataset.h"
#include "rows.h"

#define RR_DAY_MINUTES 1440

typedef struct rr_tsplit {
	rr_dataset *train;        /* rows before the cutoff (owned) */
	rr_dataset *test;         /* rows on or after it (owned) */
	int32_t cutoff;           /* minutes since epoch */
	uint32_t n_eval;          /* evaluated customers (bought in both periods) */
	uint32_t *eval_user;      /* [n_eval] their train user index, ascending */
	size_t *truth_start;      /* [n_eval+1] CSR into truth_item */
	uint32_t *truth_item;     /* test items as train item index, or RR_NONE outside the catalogue */
	uint32_t *tie;            /* [train->n_items] tie keys (stock code byte order) */
	uint32_t n_new_empty;     /* evaluated customers whose new-item truth is empty */
} rr_tsplit;

/* Build the split (two dataset_build calls). NULL with err_set on failure or when a period is
 * empty. */
rr_tsplit *split_new(const rr_rows *r, const rr_clean *c, int32_t cutoff);
/* The same with the test period ending at end (exclusive): the inner validation period. */
rr_tsplit *split_new_range(const rr_rows *r, const rr_clean *c, int32_t cutoff, int32_t end);
void split_free(rr_tsplit *s);

/* The inner validation period of a history ending at t_end: rows before t_end − 92 days are
 * its history, rows in [t_end − 92 days, t_end) its labels (DESIGN §6, SPEC §2.6). */
#define RR_INNER_DAYS 92
static inline int32_t split_inner_start(int32_t t_end)
{
	return t_end - RR_INNER_DAYS * RR_DAY_MINUTES;
}

/* Where a history ends: the midnight after its last row (a history of rows before a cutoff
 * at midnight ends at that cutoff when its last day has rows, so the recommender fitted on a
 * file of the rows before the cutoff is the one the evaluation fits). */
int32_t split_history_end(const rr_dataset *d);
/* The midnight after minute m's day (floored: minutes before 1970 are negative). */
int32_t split_day_after(int32_t m);

#endif
