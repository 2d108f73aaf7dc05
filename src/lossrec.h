/* lossrec.h — each epoch's losses, recorded on their way from training to the session's sink,
 * so a run keeps its loss curves (rr_run.loss) for `export chart loss` after the screen that
 * drew them has gone. A pass-through sink: what training reports still reaches the front end
 * unchanged. */
#ifndef RELREC_LOSSREC_H
#define RELREC_LOSSREC_H

#include "sink.h"

typedef struct rr_lossrec {
	rr_sink sink;          /* give this to the work (work_init(&r.sink, ...)) */
	const rr_sink *next;   /* where everything goes on to (borrowed) */
	float *loss;           /* [2 × n]: epoch e's training loss at 2e, validation loss at 2e+1
	                          (NaN without validation); owned until taken */
	int n, cap;
} rr_lossrec;

/* Start recording in front of next. */
void lossrec_init(rr_lossrec *r, const rr_sink *next);
/* Hand the losses over (the caller frees them; NULL when no epoch ended) and reset. */
float *lossrec_take(rr_lossrec *r, int *n);
void lossrec_free(rr_lossrec *r);

#endif
