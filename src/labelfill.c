/* labelfill.c — fill-down of the label columns of a grouped or pivot layout (labelfill.h). */
#include "labelfill.h"

#include <string.h>

/* Whether value s[0..n) differs from a previous value p[0..pn) (pn 0: none yet). */
static int differs(const char *p, size_t pn, const char *s, size_t n)
{
	return pn == 0 || pn != n || memcmp(p, s, n) != 0;
}

/* Column c over the sample, given which lines a column to its left changes on (left[r]):
 * 1 when it is a label column (labelfill_decide's rule), else 0. Its blank lines into
 * *blanks, and the lines it changes on added to left[] for the columns to its right. */
static int column_is_label(const labelfill *lf, int c, size_t lines, const char *const *s,
			   const size_t *len, unsigned char *left, size_t *blanks)
{
	const char *prev = NULL;
	size_t prev_n = 0, blank = 0;
	int ok = 1;
	for (size_t r = 0; r < lines; r++) {
		const char *v = s[r * (size_t)lf->n + (size_t)c];
		size_t n = len[r * (size_t)lf->n + (size_t)c];
		if (n == 0) {
			blank++;
			ok &= r > 0 && !left[r];
			continue;
		}
		int change = differs(prev, prev_n, v, n);
		ok &= change || left[r];
		left[r] |= (unsigned char)change;
		prev = v;
		prev_n = n;
	}
	*blanks = blank;
	return ok && blank > 0;
}

/* The columns not on that ride with the first column on (labelfill.h): written on some
 * sampled line, never where that column is blank. */
static void ride_decide(labelfill *lf, size_t lines, const size_t *len)
{
	int a = 0;
	while (a < lf->n && !lf->on[a])
		a++;
	for (int c = 0; a < lf->n && c < lf->n; c++) {
		size_t written = 0, alone = 0;
		for (size_t r = 0; !lf->on[c] && r < lines; r++) {
			size_t w = len[r * (size_t)lf->n + (size_t)c];
			written += w != 0;
			alone += w != 0 && len[r * (size_t)lf->n + (size_t)a] == 0;
		}
		lf->ride[c] = written && !alone ? a + 1 : 0;
	}
}

int labelfill_decide(labelfill *lf, size_t lines, const char *const *s, const size_t *len)
{
	/* left[r]: a column to the left of the one being looked at changes on line r; the
	 * sample is bounded by the caller's batch, so a fixed array would do but for its size */
	unsigned char left[4096];
	int on = 0, first = -1;
	lf->any = 0;
	memset(lf->on, 0, sizeof lf->on);
	memset(lf->ride, 0, sizeof lf->ride);
	if (lf->n <= 0 || lf->n > LF_MAX || lines < LF_SAMPLE_MIN)
		return 0;
	if (lines > sizeof left)
		lines = sizeof left;
	memset(left, 0, lines);
	for (int c = 0; c < lf->n; c++) {
		size_t blanks = 0;
		lf->on[c] = column_is_label(lf, c, lines, s, len, left, &blanks);
		if (lf->on[c] && first < 0) {
			first = c;
			if (2 * blanks <= lines)   /* blank now and then: an ordinary export's */
				break;
		}
		on += lf->on[c];
	}
	if (first < 0 || !on) {
		memset(lf->on, 0, sizeof lf->on);
		return 0;
	}
	lf->any = 1;
	ride_decide(lf, lines, len);
	return on;
}

/* The riders of one line (labelfill_line), before the columns on are filled: each remembers
 * its value, blank too, where its anchor is written, and takes it where the anchor is blank.
 * 1 when any took one. */
static int ride_line(labelfill *lf, const char **s, size_t *len)
{
	int took = 0;
	for (int c = 0; c < lf->n; c++) {
		int a = lf->ride[c] - 1;
		if (a < 0)
			continue;
		if (len[a]) {   /* a new group: its value is the rider's own, blank or not */
			lf->len[c] = len[c] < LF_CAP ? len[c] : 0;
			memcpy(lf->val[c], s[c], lf->len[c]);
		} else if (len[c] == 0 && lf->len[c]) {
			s[c] = lf->val[c];
			len[c] = lf->len[c];
			lf->filled[c]++;
			took = 1;
		}
	}
	return took;
}

int labelfill_line(labelfill *lf, const char **s, size_t *len)
{
	int left = 0, took = ride_line(lf, s, len);   /* left: a column to the left changes */
	for (int c = 0; c < lf->n; c++) {
		if (lf->ride[c])   /* ride_line's; its anchor's changes group the columns right */
			continue;
		if (len[c] == 0) {
			if (left)   /* the new group's own blank: the old value is not its */
				lf->len[c] = 0;
			else if (lf->on[c] && lf->len[c]) {
				s[c] = lf->val[c];
				len[c] = lf->len[c];
				lf->filled[c]++;
				took = 1;
			}
			continue;
		}
		left |= differs(lf->val[c], lf->len[c], s[c], len[c]);
		lf->len[c] = len[c] < LF_CAP ? len[c] : 0;
		memcpy(lf->val[c], s[c], lf->len[c]);
	}
	return took;
}
