/* lossrec.c — a sink in front of the session's that keeps each epoch's losses. */
#include "lossrec.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void pass_text(void *ctx, const char *s)
{
	const rr_sink *n = ((rr_lossrec *)ctx)->next;
	if (n->text)
		n->text(n->ctx, s);
}

static void pass_timing(void *ctx, const char *s)
{
	const rr_sink *n = ((rr_lossrec *)ctx)->next;
	if (n->timing)
		n->timing(n->ctx, s);
}

static void pass_eta(void *ctx, const char *s)
{
	sink_eta(((rr_lossrec *)ctx)->next, "%s", s);
}

static void pass_table(void *ctx, const rr_table *t)
{
	const rr_sink *n = ((rr_lossrec *)ctx)->next;
	if (n->table)
		n->table(n->ctx, t);
}

static void pass_error(void *ctx, const char *msg)
{
	const rr_sink *n = ((rr_lossrec *)ctx)->next;
	if (n->error)
		n->error(n->ctx, msg);
}

/* An epoch's losses are kept by epoch number: a report repeated for one epoch overwrites. A
 * full allocation drops the curve's tail, never the training. */
static void record(void *ctx, const rr_progress *p)
{
	rr_lossrec *r = ctx;
	if (p->phase == RR_PHASE_EPOCH && p->epoch >= 1) {
		if (p->epoch > r->cap) {
			int cap = r->cap ? r->cap : 16;
			while (cap < p->epoch)
				cap *= 2;
			float *v = realloc(r->loss, 2 * (size_t)cap * sizeof *v);
			if (v) {
				r->loss = v;
				r->cap = cap;
			}
		}
		if (p->epoch <= r->cap) {
			for (int e = r->n; e < p->epoch; e++)   /* epochs never reported: no figures */
				r->loss[2 * e] = r->loss[2 * e + 1] = NAN;
			r->loss[2 * (p->epoch - 1)] = (float)p->train_loss;
			r->loss[2 * (p->epoch - 1) + 1] = (float)p->val_loss;
			if (p->epoch > r->n)
				r->n = p->epoch;
		}
	}
	if (r->next->progress)
		r->next->progress(r->next->ctx, p);
}

void lossrec_init(rr_lossrec *r, const rr_sink *next)
{
	memset(r, 0, sizeof *r);
	r->next = next;
	r->sink.ctx = r;
	r->sink.text = pass_text;
	r->sink.timing = pass_timing;
	r->sink.eta = pass_eta;
	r->sink.table = pass_table;
	r->sink.progress = record;
	r->sink.error = pass_error;
}

float *lossrec_take(rr_lossrec *r, int *n)
{
	float *v = r->loss;
	*n = r->n;
	r->loss = NULL;
	r->n = r->cap = 0;
	return v;
}

void lossrec_free(rr_lossrec *r)
{
	free(r->loss);
	r->loss = NULL;
	r->n = r->cap = 0;
}
