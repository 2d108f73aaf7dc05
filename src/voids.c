/* voids.c — the lines of an item rung and voided on one receipt (voids.h). */
#include "voids.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "err.h"

/* One candidate line: what makes it one sale's line of one item, its time, quantity and
 * price, and its row. A record, sorted as one: the keys beside the row they came from. */
typedef struct void_line {
	uint32_t inv, item, cust;
	int32_t minute;
	double qty, price;
	size_t row;
} void_line;

static int cmp_u32(uint32_t a, uint32_t b)
{
	return (a > b) - (a < b);
}

/* By invoice, item, customer, then the quantity (the negative lines first), the time and the
 * row, so the order of equal lines is the file's and the pairing the same at every run. */
static int cmp_line(const void *pa, const void *pb)
{
	const void_line *a = pa, *b = pb;
	int c = cmp_u32(a->inv, b->inv);
	c = c ? c : cmp_u32(a->item, b->item);
	c = c ? c : cmp_u32(a->cust, b->cust);
	c = c ? c : (a->qty > b->qty) - (a->qty < b->qty);
	c = c ? c : (a->minute > b->minute) - (a->minute < b->minute);
	return c ? c : (a->row > b->row) - (a->row < b->row);
}

/* The time is no part of a sale: a till writes each scanned line's own, and a void a few
 * seconds after its line may fall in the next minute (t73 F6). It is matched per pair. */
static int same_sale(const void_line *a, const void_line *b)
{
	return a->inv == b->inv && a->item == b->item && a->cust == b->cust;
}

/* Does the line of -q void the line of +q? A void writes back the line it takes off: its
 * quantity and its price (a -1 of the item at another price is a markdown or a part
 * refunded, t73 F11), after it or in its minute (a till voids what it has rung, t76 F9), at
 * most VOIDS_MINUTES later (a return written later on the order's number, as Shopify's sales
 * report does, is of another time). */
static int voids_line(const void_line *neg, const void_line *pos)
{
	double a = fabs(neg->price), b = fabs(pos->price);
	int64_t dt = (int64_t)neg->minute - pos->minute;
	return pos->qty == -neg->qty && fabs(a - b) <= 1e-9 * (a > b ? a : b) && dt >= 0 &&
	       dt <= VOIDS_MINUTES;
}

/* Within one sale's lines of an item v[0..n) (sorted: negatives first, ascending, each
 * quantity's in time order; then the positives likewise), each line of -q from the latest on
 * takes the latest line of +q not yet taken that it voids (voids_line): the two flagged. As
 * every void reaches back as far, the latest is the one no earlier void could take but
 * itself, so as many pairs are made as can be (a scan, void, rescan, void is two: t76 F9, the
 * nearest on either side paired one). Returns the pairs. */
static size_t pair_group(const void_line *v, size_t n, unsigned char *flags)
{
	size_t pairs = 0, p0 = 0;
	while (p0 < n && v[p0].qty < 0)
		p0++;
	for (size_t a = p0; a-- > 0;)
		for (size_t b = n; b-- > p0;)
			if (!flags[v[b].row] && voids_line(&v[a], &v[b])) {
				flags[v[a].row] = flags[v[b].row] = 1;
				pairs++;
				break;
			}
	return pairs;
}

/* The lines of invoices that hold a line below 0 (and are no cancellation) into *out
 * (malloc'd), their count returned; *out NULL when there are none. (size_t)-1 when memory
 * runs out. */
static size_t void_candidates(const rr_rows *r, const unsigned char *inv_c, void_line **out)
{
	uint32_t ni = strtab_count(r->invoices);
	unsigned char *neg = calloc(ni ? ni : 1, 1);
	size_t n = 0;
	*out = NULL;
	if (!neg)
		return (size_t)-1;
	for (size_t i = 0; i < r->n; i++)
		if (r->qty[i] < 0 && r->invoice[i] < ni && !(inv_c && inv_c[r->invoice[i]]))
			neg[r->invoice[i]] = 1;
	for (size_t i = 0; i < r->n; i++)
		n += r->invoice[i] < ni && neg[r->invoice[i]];
	if (n && !(*out = malloc(n * sizeof **out))) {
		free(neg);
		return (size_t)-1;
	}
	size_t k = 0;
	for (size_t i = 0; i < r->n && n; i++)
		if (r->invoice[i] < ni && neg[r->invoice[i]])
			(*out)[k++] = (void_line){r->invoice[i], r->item[i], r->cust[i],
						  r->minute[i], r->qty[i],
						  r->price[i], i};
	free(neg);
	return n;
}

int voids_mark(const rr_rows *r, const unsigned char *inv_c, unsigned char **flags,
	       size_t *pairs)
{
	void_line *v;
	*flags = NULL;
	*pairs = 0;
	if (r->returns_marked)   /* its own Refund lines say which lines return: no guessing */
		return 0;
	/* without an invoice column each customer's minute is an invoice of relrec's making: a
	 * sale and its cancellation in one minute are no line voided on one receipt (Online
	 * Retail without its InvoiceNo reads as with it) */
	if (r->no_invoice)
		return 0;
	size_t n = void_candidates(r, inv_c, &v);
	if (n == (size_t)-1)
		return err_set("out of memory");
	if (!n)
		return 0;
	qsort(v, n, sizeof *v, cmp_line);
	unsigned char *f = calloc(r->n, 1);
	if (!f) {
		free(v);
		return err_set("out of memory");
	}
	for (size_t a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && same_sale(&v[a], &v[b]); b++)
			;
		*pairs += pair_group(v + a, b - a, f);
	}
	free(v);
	if (*pairs)
		*flags = f;
	else
		free(f);
	return 0;
}
