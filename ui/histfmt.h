/* histfmt.h — the cells of the Recommend screen's history pane (tui_browse.c): a customer's
 * spend on an item and the width of the stock code column. Pure (no curses), so
 * tests/unit/test_histfmt.c checks them without a terminal. */
#ifndef RELREC_HISTFMT_H
#define RELREC_HISTFMT_H

#include <stddef.h>

/* The widest spend HIST_MONEY_W columns hold with cents ("99,999.99"); above it whole units. */
#define HIST_MONEY_W 9
/* The stock code column: at least as wide as its header, at most this wide. */
#define HIST_CODE_MIN 8
#define HIST_CODE_MAX 20

/* Money into buf: two decimals and thousands separators ("1,234.50"), in whole units when
 * that would be wider than HIST_MONEY_W ("123,457"); an amount that rounds to 0.00 but is
 * not 0 is "<0.01" ("-<0.01"), so a spend is never shown as nothing (H&M's prices are near
 * 0.03). Returns buf. */
char *hist_money(double n, char *buf, size_t size);

/* The code column's width for codes at most longest columns wide in a pane w wide: longest
 * within HIST_CODE_MIN..HIST_CODE_MAX, and never more than half of what the code and the
 * description share (w - desc_tail, desc_tail being the columns right of the description),
 * so the description keeps its half. A longer code is cut with an ellipsis. */
int hist_code_width(int longest, int w, int desc_tail);

#endif
