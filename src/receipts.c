/* receipts.c — which lines of a restarting receipt number are one receipt (receipts.h). */
#include "receipts.h"

#include <stdlib.h>

#include "csvdate.h"
#include "err.h"

/* One line: its key (number, customer, till), its time and its row. A record, sorted as one. */
typedef struct receipt_line {
	uint32_t inv, cust, till;
	int32_t minute;
	size_t row;
} receipt_line;

static int cmp_u32(uint32_t a, uint32_t b)
{
	return (a > b) - (a < b);
}

/* By the key, then the time and the row: each key's lines in the order they were rung. */
static int cmp_line(const void *pa, const void *pb)
{
	const receipt_line *a = pa, *b = pb;
	int c = cmp_u32(a->inv, b->inv);
	c = c ? c : cmp_u32(a->cust, b->cust);
	c = c ? c : cmp_u32(a->till, b->till);
	c = c ? c : (a->minute > b->minute) - (a->minute < b->minute);
	return c ? c : (a->row > b->row) - (a->row < b->row);
}

/* Does line b, after a of one key, start another receipt? */
static int receipts_breaks(const receipt_line *a, const receipt_line *b, int by_time)
{
	if (a->inv != b->inv || a->cust != b->cust || a->till != b->till)
		return 1;
	if ((int64_t)b->minute - a->minute <= RECEIPTS_GAP_MINUTES)
		return 0;
	return by_time || date_floor_day(a->minute) != date_floor_day(b->minute);
}

int receipts_find(const receipts_in *in, int32_t *start, receipts_out *out)
{
	*out = (receipts_out){0};
	if (!in->n)
		return 0;
	receipt_line *v = malloc(in->n * sizeof *v);
	if (!v)
		return err_set("out of memory");
	const uint32_t none = UINT32_MAX;
	for (size_t i = 0; i < in->n; i++)
		v[i] = (receipt_line){in->inv[i], in->cust[i],
				      in->till && in->key_till ? in->till[i] : none, in->minute[i], i};
	qsort(v, in->n, sizeof *v, cmp_line);
	for (size_t a = 0, b; a < in->n; a = b) {
		int mixed = 0;
		start[v[a].row] = v[a].minute;
		for (b = a + 1; b < in->n && !receipts_breaks(&v[b - 1], &v[b], in->by_time); b++) {
			start[v[b].row] = v[a].minute;
			mixed |= in->till && in->till[v[b].row] != in->till[v[a].row];
		}
		out->receipts++;
		out->multi += b - a > 1;
		out->mixed_till += mixed;
	}
	free(v);
	return 0;
}

int receipts_till_varies(size_t multi, size_t mixed)
{
	return mixed > 0 && mixed * 4 >= multi;
}
