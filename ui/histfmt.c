/* histfmt.c — the history pane's cells (histfmt.h). */
#include "histfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* digits (and one '.' and what follows) of tmp with ',' between thousands, after a sign */
static void group(const char *tmp, int neg, char *buf, size_t size)
{
	char out[96];
	size_t o = 0, len = strcspn(tmp, ".");
	if (neg)
		out[o++] = '-';
	for (size_t i = 0; i < len && o + 2 < sizeof out; i++) {
		if (i && (len - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = tmp[i];
	}
	snprintf(out + o, sizeof out - o, "%s", tmp + len);
	snprintf(buf, size, "%s", out);
}

char *hist_money(double n, char *buf, size_t size)
{
	char tmp[64];
	int neg = n < 0;
	double a = fabs(n);
	if (a > 0 && a < 0.005) {   /* rounds to 0.00: say it is there */
		snprintf(buf, size, "%s<0.01", neg ? "-" : "");
		return buf;
	}
	snprintf(tmp, sizeof tmp, "%.2f", a);
	group(tmp, neg && strcmp(tmp, "0.00") != 0, buf, size);
	if (strlen(buf) > HIST_MONEY_W) {   /* whole units, as the other screens write money */
		snprintf(tmp, sizeof tmp, "%.0f", a);
		group(tmp, neg, buf, size);
	}
	return buf;
}

int hist_code_width(int longest, int w, int desc_tail)
{
	int cw = longest < HIST_CODE_MIN ? HIST_CODE_MIN : longest;
	int half = (w - desc_tail) / 2;
	if (cw > HIST_CODE_MAX)
		cw = HIST_CODE_MAX;
	if (cw > half)
		cw = half > HIST_CODE_MIN ? half : HIST_CODE_MIN;
	return cw;
}
