/* colfit.c — a table's columns with the first frozen at the left (colfit.h). */
#include "colfit.h"

/* The cells left for columns 1.. once column 0 and its gap are drawn. */
static int colfit_room(const int *wid, int nc, int w)
{
	return nc > 0 && wid[0] >= 0 ? w - wid[0] - COLFIT_GAP : w;
}

int colfit_shown(const int *wid, int nc, int left, int w)
{
	int room = colfit_room(wid, nc, w), used = 0, n = 0, drawn = 0;
	for (int c = left < 1 ? 1 : left; c < nc; c++, n++) {
		if (wid[c] < 0)
			continue;
		int need = wid[c] + (drawn ? COLFIT_GAP : 0);
		if (used + need > room && drawn)
			break;
		used += need;
		drawn++;
	}
	return n;
}

int colfit_left(const int *wid, int nc, int left, int w)
{
	int last = nc > 1 ? nc - 1 : 1;
	/* back from the last column while the columns from there to the end still fit */
	while (last > 1 && colfit_shown(wid, nc, last - 1, w) == nc - (last - 1))
		last--;
	return left < 1 ? 1 : left > last ? last : left;
}

int colfit_step(const int *wid, int nc, int left, int w, int dir)
{
	left = colfit_left(wid, nc, left, w);
	int half = colfit_shown(wid, nc, left, w) / 2;
	half = half > 1 ? half : 1;
	return colfit_left(wid, nc, dir < 0 ? left - half : dir > 0 ? left + half : left, w);
}
