/* receipts.c — which lines of a restarting receipt number are one receipt (receipts.h). */
#include "receipts.h"

#include <stdlib.h>
#include <string.h>

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

/* By the number and till, then the time: each number's lines as the till used it, whoever's. */
static int cmp_slot(const void *pa, const void *pb)
{
	const receipt_line *a = pa, *b = pb;
	int c = cmp_u32(a->inv, b->inv);
	c = c ? c : cmp_u32(a->till, b->till);
	c = c ? c : (a->minute > b->minute) - (a->minute < b->minute);
	return c ? c : (a->row > b->row) - (a->row < b->row);
}

/* Is a line of a's number and till written after a and before b (b after a, of one key)? It
 * is another customer's: the customer's own would sort between a and b. Then the number was
 * used for another sale in the pause, and b starts the customer's next receipt (t76 F5). */
static int receipts_interleaved(const receipt_line *slot, size_t n, const receipt_line *a,
				const receipt_line *b)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {    /* the first slot past (a's number, till, minute) */
		size_t mid = lo + (hi - lo) / 2;
		const receipt_line *s = &slot[mid];
		int c = cmp_u32(s->inv, a->inv);
		c = c ? c : cmp_u32(s->till, a->till);
		c = c ? c : (s->minute > a->minute) - (s->minute < a->minute);
		if (c > 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo < n && slot[lo].inv == a->inv && slot[lo].till == a->till &&
	       slot[lo].minute < b->minute;
}

static int same_key(const receipt_line *a, const receipt_line *b)
{
	return a->inv == b->inv && a->cust == b->cust && a->till == b->till;
}

/* Are the key's lines of v[i]'s day (of v[k0..k1)) a check written under its business date
 * (t76 F5: 23:53 and 00:05 both of the day it was opened, the 00:05 sorted first)? They are
 * when they pause for hours once, and read from there on over midnight, never. */
static int receipts_wraps(const receipt_line *v, size_t k0, size_t k1, size_t i)
{
	int64_t day = date_floor_day(v[i].minute);
	size_t s = i, e = i + 1, hours = 0;
	while (s > k0 && date_floor_day(v[s - 1].minute) == day)
		s--;
	while (e < k1 && date_floor_day(v[e].minute) == day)
		e++;
	if ((int64_t)v[s].minute + 1440 - v[e - 1].minute >= RECEIPTS_VISIT_MINUTES)
		return 0;
	for (size_t j = s + 1; j < e; j++)
		hours += (int64_t)v[j].minute - v[j - 1].minute >= RECEIPTS_VISIT_MINUTES;
	return hours == 1;
}

/* Does v[i], after v[i - 1] of one key (its lines v[k0..k1)), start another receipt? A pause
 * of a few minutes never does, unless it reaches into a day whose first lines are its own
 * check's night; a longer one when the time is the receipt's and the number was used for
 * another sale in it, or it lasts hours (not over a business date's midnight); without a
 * time of its own, when it also crosses a day. */
static int receipts_breaks(const receipt_line *v, size_t k0, size_t k1, size_t i,
			   const receipt_line *slot, size_t n, int by_time)
{
	const receipt_line *a = &v[i - 1], *b = &v[i];
	int64_t pause = (int64_t)b->minute - a->minute;
	int64_t da = date_floor_day(a->minute), db = date_floor_day(b->minute);
	if (pause <= RECEIPTS_GAP_MINUTES)
		return by_time && da != db && receipts_wraps(v, k0, k1, i);
	if (!by_time)
		return da != db;
	if (receipts_interleaved(slot, n, a, b))
		return 1;
	return pause >= RECEIPTS_VISIT_MINUTES && !(da == db && receipts_wraps(v, k0, k1, i));
}

/* One key's lines v[k0..k1) into receipts: start[] of each row, counted in *out (paused: those
 * a pause within a day ended). */
static void receipts_key(const receipts_in *in, const receipt_line *v, size_t k0, size_t k1,
			 const receipt_line *slot, int32_t *start, receipts_out *out)
{
	for (size_t a = k0, b; a < k1; a = b) {
		int mixed = 0;
		start[v[a].row] = v[a].minute;
		for (b = a + 1; b < k1 && !receipts_breaks(v, k0, k1, b, slot, in->n, in->by_time);
		     b++) {
			start[v[b].row] = v[a].minute;
			mixed |= in->till && in->till[v[b].row] != in->till[v[a].row];
		}
		out->receipts++;
		out->multi += b - a > 1;
		out->mixed_till += mixed;
		out->paused += b < k1 && date_floor_day(v[b - 1].minute) == date_floor_day(v[b].minute);
	}
}

int receipts_find(const receipts_in *in, int32_t *start, receipts_out *out)
{
	*out = (receipts_out){0};
	if (!in->n)
		return 0;
	receipt_line *v = malloc(in->n * sizeof *v), *slot = malloc(in->n * sizeof *slot);
	if (!v || !slot) {
		free(v);
		free(slot);
		return err_set("out of memory");
	}
	const uint32_t none = UINT32_MAX;
	for (size_t i = 0; i < in->n; i++)
		v[i] = (receipt_line){in->inv[i], in->cust[i],
				      in->till && in->key_till ? in->till[i] : none, in->minute[i], i};
	memcpy(slot, v, in->n * sizeof *v);
	qsort(v, in->n, sizeof *v, cmp_line);
	qsort(slot, in->n, sizeof *slot, cmp_slot);
	for (size_t a = 0, b; a < in->n; a = b) {
		for (b = a + 1; b < in->n && same_key(&v[a], &v[b]); b++)
			;
		receipts_key(in, v, a, b, slot, start, out);
	}
	free(v);
	free(slot);
	return 0;
}

int receipts_till_varies(size_t multi, size_t mixed)
{
	return mixed > 0 && mixed * 4 >= multi;
}
