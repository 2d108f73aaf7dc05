#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_e98.sh — a command is said on the status line by its result, not by a note
# before it (t61 F3): `together ITEM` on data whose codes differ only in case (ABC, abc) prints
# the case-fold note and then the rules under their header; the status line showed the note.
# At 100x30.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_e98_together_status_result"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-e98

# 200 invoices, each with 85123A and three of six codes, two of them ABC and abc
awk 'BEGIN {
	print "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"
	split("22423 ABC abc 21212 84879 22720", c, " ")
	for (i = 0; i < 200; i++) {
		printf "%d,85123A,ITEM 85123A,2,12/%d/2010 08:26,2.55,%d,United Kingdom\n", 536365 + i, 1 + i % 28, 12000 + i % 40
		for (k = 0; k < 3; k++) {
			x = c[1 + (i + 2 * k + int(i / 6)) % 6]
			printf "%d,%s,ITEM %s,2,12/%d/2010 08:26,2.55,%d,United Kingdom\n", 536365 + i, x, toupper(x), 1 + i % 28, 12000 + i % 40
		}
	}
}' >"$tmp/case.csv"
start a 100x30 "$ROOT" -- "$tmp/case.csv"

why=""
if wait_for a "rows read" 300; then
	keys a 5 :
	text a 'together 85123A'
	keys a Enter
	if wait_for a "rules with n_xy" 150; then
		status=$(tail -n 2 "$SCREEN")
		case $status in
		*"85123A ITEM 85123A: in 200 of 200 baskets"*) ;;
		*) why="the status line is not the result line: $status" ;;
		esac
		grep -q "differ only in case" "$SCREEN" || why="$why; the data made no case-fold note"
	else
		why="together showed no rules"
	fi
else
	why="the file did not load"
fi
if [ -z "$why" ]; then ok tui_e98_together_status_result; else fail tui_e98_together_status_result "$why"; fi
keys a q
