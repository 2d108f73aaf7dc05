/* rank.h — top-K selection and the ranking metrics of DESIGN §6.
 *
 * Items are dense indices 0..n-1. Higher score ranks first; equal scores are broken by a tie
 * key (the rank of the item's stock code in byte order, from rank_tie_keys) so every list is
 * reproducible. Metrics follow DESIGN §6 exactly: precision ÷ k, recall ÷ |truth|, NDCG with
 * binary gain and log2 discount (ideal over min(k, |truth|)), hit-rate, MAP ÷ min(k, |truth|). */
#ifndef RELREC_RANK_H
#define RELREC_RANK_H

#include <stddef.h>
#include <stdint.h>

typedef struct rr_rank_metrics {
	double precision;  /* relevant in the top k ÷ k */
	double recall;     /* relevant in the top k ÷ |truth| */
	double ndcg;       /* DCG ÷ ideal DCG over min(k, |truth|) */
	double hit;        /* 1 if any relevant item is in the top k */
	double map;        /* Σ precision@r over relevant ranks r ÷ min(k, |truth|) */
} rr_rank_metrics;

/* Tie keys: key[i] = position of codes[i] when all codes are sorted byte-wise (strcmp).
 * Returns a malloc'd [n] array (caller frees) or NULL with err_set. */
uint32_t *rank_tie_keys(const char *const *codes, uint32_t n);

/* Does item a rank before item b? */
static inline int rank_before(const double *score, const uint32_t *tie, uint32_t a, uint32_t b)
{
	return score[a] > score[b] || (score[a] == score[b] && tie[a] < tie[b]);
}

/* The best k items of score[0..n) in rank order into out[0..k); items with skip[i] != 0 are
 * left out (skip may be NULL); NaN scores rank last. Returns how many were written (< k only
 * when fewer than k items are eligible). Small k: O(n + m·k) for m insertions, m small in
 * practice; k > 32: a quickselect and a sort of the k, O(n + k log k). */
int rank_topk(const double *score, uint32_t n, const uint32_t *tie, const unsigned char *skip,
	      int k, uint32_t *out);

/* How many entries the last rank_topk of this thread with k > 32 copied out to select from:
 * about k when many items tie at the k-th score, not the whole catalogue (t43 #10; tests). */
size_t rank_topk_copied(void);

/* The 1-based place of item i in the list rank_topk gives with the same skip and a k large
 * enough: how many eligible items rank before it, plus one (i's own skip flag is not read, so
 * an item left out gets the place it would take). One O(n) pass, for a single item: explaining
 * a place in a list must not need a second copy of the order. */
uint32_t rank_place(const double *score, uint32_t n, const uint32_t *tie,
		    const unsigned char *skip, uint32_t i);

/* Metrics of the ranked list rec[0..n_rec) cut at k. is_rel[item] != 0 marks the relevant
 * catalogue items; n_truth = |truth|, which may include items outside the catalogue (they can
 * never be recommended and count as misses). n_truth == 0 gives all zeros. */
void rank_metrics(const uint32_t *rec, int n_rec, int k, const unsigned char *is_rel,
		  size_t n_truth, rr_rank_metrics *m);

#endif
