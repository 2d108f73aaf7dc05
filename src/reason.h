/* reason.h — why an item is offered to a customer, in words that match the score.
 *
 * For an item the customer never bought, the item–item part of the score (EASE) is a sum over
 * the customer's history: ease(u,i) = Σ_{j ∈ I(u)} B[j][i]. The reason names the history items
 * with the largest terms, by description, with how often the customer bought them and how often
 * they are bought together with i: "you bought HAND WARMER UNION JACK (17×); bought together in
 * 190 invoices". For an item the customer bought before, it gives the cadence: "you bought it
 * 12× (every ~20 days, last 15 days ago)". Which of these a reason leads with can follow the
 * score's own breakdown (rr_reason_lead). One builder serves recommend, audience, their exports
 * and the workbench, so every screen explains a score the same way. */
#ifndef RELREC_REASON_H
#define RELREC_REASON_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "due.h"

struct rr_ease;
struct rr_baskets;

typedef struct rr_reasoner {
	const rr_dataset *ds;          /* the history (borrowed) */
	const struct rr_ease *ease;    /* EASE fitted on ds, or NULL (borrowed) */
	const struct rr_baskets *b;    /* invoice baskets for "bought together", or NULL (borrowed) */
	int32_t t_end;                 /* the first minute after the history */
	rr_due_hist hist;              /* each pair's purchase days, for cadences (owned) */
	uint32_t *bitem;               /* [n_items] basket item of each dataset item, or RR_NONE */
	uint32_t *recent;              /* [n_items] invoices holding it in the last 14 days */
	uint64_t ds_gen;               /* the session's cache key (its recommender's), set by the
	                                  caller */
	uint16_t *co16;                /* (nb, nb) baskets holding each pair of basket items when */
	uint32_t *co32;                /* every count fits 16 bits, else 32; both NULL until
	                                  reasoner_count_pairs (owned) */
} rr_reasoner;

/* Build for history ds ending at t_end, with its EASE and baskets (either may be NULL: the
 * reasons then say less). All must outlive it. 0, or -1 with err_set. */
int reasoner_init(rr_reasoner *r, const rr_dataset *ds, const struct rr_ease *ease,
		  const struct rr_baskets *b, int32_t t_end);
void reasoner_free(rr_reasoner *r);

/* The customer's history items with the largest positive EASE terms B[j][i] towards item i,
 * largest first (ties by stock code): up to n into items[] and their terms into w[] (w may be
 * NULL). Returns how many. Thread-safe. */
int reason_contributors(const rr_reasoner *r, uint32_t u, uint32_t i, uint32_t *items, float *w,
			int n);

/* Past this many basket items reasoner_count_pairs keeps no table (items² counts). */
#define RR_REASON_MAX_TABLE 8192

/* For many reasons (a deep export: a million of them) count the baskets of every pair of basket
 * items once, threads splitting the items, so that each reason_together is one look-up (32 MB
 * and a fraction of a second on Online Retail). Does nothing when counted already, without
 * baskets or past RR_REASON_MAX_TABLE items. Not thread-safe. 0, or -1 with err_set. */
int reasoner_count_pairs(rr_reasoner *r, int threads);

/* 1 when counting every pair once (reasoner_count_pairs: Σ over baskets of their size
 * squared, and the table's items² counts to clear) costs less than n reasons counting their
 * pair each (two lists of baskets merged, of the mean item's length), else 0. */
int reasoner_table_pays(const rr_reasoner *r, size_t n);

/* Baskets holding both dataset items a and b (0 without baskets). A look-up after
 * reasoner_count_pairs, else O(n_a + n_b). */
uint32_t reason_together(const rr_reasoner *r, uint32_t a, uint32_t b);

/* What a reason leads with, when the caller knows which part of the score weighed most. */
enum rr_reason_lead {
	RR_LEAD_AUTO = 0,   /* history items for a new item, cadence for an owned one */
	RR_LEAD_HISTORY,    /* the item–item part: the history items that point to it */
	RR_LEAD_TREND,      /* the item's recent sales */
	RR_LEAD_PEERS       /* customers with similar baskets bought it */
};

/* The reason for item i and customer u, into buf (returns buf). Thread-safe. */
const char *reason_text(const rr_reasoner *r, uint32_t u, uint32_t i, enum rr_reason_lead lead,
			char *buf, size_t size);

/* The history items a reason names for a never-bought item: reason_contributors' best two. */
#define RR_CONTRIB_MAX 2
typedef struct rr_contrib {
	int n;
	uint32_t item[RR_CONTRIB_MAX];
	float w[RR_CONTRIB_MAX];
} rr_contrib;

/* reason_contributors(r, u, list[q], ..., RR_CONTRIB_MAX) for each item of list[0..k) at once
 * into out[q] (n 0 for an item u owns: its reason is its cadence), in one pass over u's
 * history; scratch holds k RR_CONTRIB_SCRATCH bytes. The same items, terms and order, bit for
 * bit. Thread-safe. */
#define RR_CONTRIB_SCRATCH 8
void reason_contributors_list(const rr_reasoner *r, uint32_t u, const uint32_t *list, int k,
			      void *scratch, rr_contrib *out);

/* reason_text with the contributors c of item i (reason_contributors_list), or NULL: found
 * here. */
const char *reason_text_with(const rr_reasoner *r, uint32_t u, uint32_t i,
			     enum rr_reason_lead lead, const rr_contrib *c, char *buf, size_t size);

#endif
