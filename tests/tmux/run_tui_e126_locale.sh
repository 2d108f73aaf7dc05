#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_e126_locale.sh — the workbench in a terminal that is not UTF-8 (LANG=C)
# or has no colours (NO_COLOR). t69 F-I: what the locale cannot show had three stand-ins,
# '?' for × ("(1×)" read "(1?)"), '?' and '~' for …, and frames drew as qqqq and x; now
# one ASCII stand-in each (× is x, … is ~) and frames of - | +. t69 F-C: a name drawn as
# '?????' could be neither read nor typed: the pane (or pop-up) says a UTF-8 locale shows it. t69 F-E:
# without colours the Data screen's legend said "colour = class" over bars all alike.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_e126_c_locale_stand_ins tui_e126_no_color_legend"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-e126

# a shop of 6 customers (ASCII ids, to type) and items with Czech names, bought together
{
	echo "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"
	n=100
	for c in 1 2 3 4 5 6; do
		for d in 1 2 3; do
			n=$((n + 1))
			echo "$n,TEA,Čaj zelený,1,2023-0$d-0$c 10:00,3,C$c,CZ"
			echo "$n,MUG,Hrnek,1,2023-0$d-0$c 10:00,5,C$c,CZ"
			[ "$c" -gt 2 ] && echo "$n,SPN,Lžička,1,2023-0$d-0$c 10:00,1,C$c,CZ"
		done
	done
} >"$tmp/cz.csv"

# ---- LANG=C: recommend's reason "you bought Hrnek (3×); ... also Čaj zelený (3×)" ----------
start a 120x30 "$ROOT" LC_ALL=POSIX LANG=C -- "'$tmp/cz.csv'"
why=""
wait_for a "48 rows read" 300 || why="the workbench did not load the file"
if [ -z "$why" ]; then
	keys a ":recommend C1 3" Enter
	wait_for a "you bought Hrnek (3x)" 200 || why="x is not the stand-in of the multiplication sign"
fi
if [ -z "$why" ]; then
	cap a
	grep -q '?aj zelen? (3x)' "$SCREEN" || why="a name's letters are not one '?' each"
	grep -q '(3?)' "$SCREEN" && why="× drawn as '?'"
	grep -q 'qqqq' "$SCREEN" && why="a frame drawn as the line set's letters"
	grep -q -- '^-- recommend C1 3 -.*+' "$SCREEN" || why="the panes' frame is not of - and +"
	grep -q '? = a character this locale cannot show: LANG=C.UTF-8 shows it' "$SCREEN" ||
		why="the pane does not say what '?' stands for"
fi
if [ -z "$why" ]; then ok tui_e126_c_locale_stand_ins; else fail tui_e126_c_locale_stand_ins "$why"; fi
keys a Escape q

# ---- NO_COLOR: the Data screen's legend names no colour -------------------------------------
start b 120x40 "$ROOT" NO_COLOR=1 -- "'$tmp/cz.csv'"
why=""
wait_for b "48 rows read" 300 || why="the workbench did not load the file"
if [ -z "$why" ]; then
	keys b Escape 1
	wait_for b "edges on 2 Labels" 100 || why="the Data screen's legend is not shown"
fi
if [ -z "$why" ]; then
	cap b
	grep -q 'colour = class' "$SCREEN" && why="the legend names colours that are not drawn"
fi
if [ -z "$why" ]; then ok tui_e126_no_color_legend; else fail tui_e126_no_color_legend "$why"; fi
keys b q
exit 0
