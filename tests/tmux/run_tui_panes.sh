#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_panes.sh — tester 37's panes: the focused pane shows on its title line,
# also when the pane is empty (in colour, under NO_COLOR and on a monochrome terminal), and v
# shows whole what a pane cuts (an item's description, a rule's, a customer's history rows).
# Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_focus_empty_pane tui_view_whole"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-panes

# item 10002's description is far wider than any pane at 80 columns; it ends in ZEBRA STRIPES.
# Customer 13000 bought 10001 alone: 10002 is recommended to them.
awk 'BEGIN { print "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"
	long = "SET OF THREE HAND PAINTED CERAMIC STORAGE JARS WITH WOODEN LIDS IN ASSORTED COLOURS AND A TAIL ENDING ZEBRA STRIPES"
	for (i = 1; i <= 60; i++) {
		d = sprintf("2011-%02d-%02d 10:00", 1 + int((i - 1) / 28), 1 + (i - 1) % 28)
		c = 12000 + i % 20
		# the plates and bowls go to the even customers only: the mug then points to the
		# jars (10002) in the customer-level EASE, not to a tie broken by other things
		if (i > 30)
			c = 12000 + (i % 10) * 2
		if (i <= 30)
			printf "%d,10001,MUG,1,%s,2.00,%d,United Kingdom\n%d,10002,%s,1,%s,3.00,%d,United Kingdom\n",
				500000 + i, d, c, 500000 + i, long, d, c
		else
			printf "%d,10003,PLATE,1,%s,2.00,%d,France\n%d,10004,BOWL,1,%s,2.00,%d,France\n",
				500000 + i, d, c, 500000 + i, d, c
	}
	print "600001,10001,MUG,1,2011-03-05 10:00,2.00,13000,United Kingdom" }' >"$tmp/long.csv"

start e 80x24 "$ROOT" -- "$tmp/long.csv"
start m 80x24 "$ROOT" NO_COLOR=1 -- "$tmp/long.csv"
start x 80x24 "$ROOT" TERM=xterm-mono -- "$tmp/long.csv"
start v 80x24 "$ROOT" -- "$tmp/long.csv"
for s in e m x v; do
	# the load's summary pops up (a note: one quantity on every row); Esc closes it
	if ! wait_for $s "121 rows read" 100 || ! keys $s Escape || ! gone $s "Esc/q/Enter close" 50; then
		for n in $NAMES; do fail "$n" "the workbench did not load the generated file ($s)"; done
		exit 0
	fi
done

# How the screen draws TEXT's first appearance: "reverse", "cyan" (the tab bar's background),
# both, "" (neither) or "absent". Read from a capture with the escape sequences (tmux
# capture-pane -e), which says an attribute where it changes, also on an earlier line: the
# state is followed from the top.
attr_at() {
	$T capture-pane -e -p -t "=$1:" | awk -v want="$2" '
	function sgr(p,    a, m, j, v) {
		m = split(p, a, ";")
		if (m == 0) { rev = 0; bg = "" }
		for (j = 1; j <= m; j++) {
			v = a[j] + 0
			if (v == 0) { rev = 0; bg = "" }
			else if (v == 7) rev = 1
			else if (v == 27) rev = 0
			else if (v >= 40 && v <= 47) bg = v
			else if (v == 49) bg = ""
		}
	}
	{
		n = split($0, seg, "\033")
		for (k = 1; k <= n; k++) {
			s = seg[k]
			if (k > 1 && match(s, /^\[[0-9;]*m/)) {
				sgr(substr(s, 2, RLENGTH - 2))
				s = substr(s, RLENGTH + 1)
			}
			if (index(s, want)) {
				print (rev ? "reverse" : "") (bg == 46 ? "cyan" : "")
				found = 1
				exit
			}
		}
	}
	END { if (!found) print "absent" }'
}

# Is TEXT drawn as a focused title (reversed, or on cyan)? Polled, as the keys that moved the
# focus are read in their own time; $tmp/attr says how it was drawn.
focus_title() {
	i=0
	while [ "$i" -lt $((30 * SLOW)) ]; do
		attr_at "$1" "$2" >"$tmp/attr"
		grep -qE 'reverse|cyan' "$tmp/attr" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# ---- t37: → → to the recommendations before any Enter: that empty pane's title shows the focus ----
why=""
for s in e m x; do
	keys $s 4
	wait_for $s "press Enter for the top 10 items" 50 || { why="$why; $s: no Recommend screen"; continue; }
	focus_title $s "21 customers" || why="$why; $s: the list's title does not show the focus"
	keys $s Right Right
	focus_title $s " press Enter for the top 10" ||
		why="$why; $s: the empty recommendations pane's title does not show the focus ($(cat "$tmp/attr"))"
	attr_at $s "21 customers" | grep -qE 'reverse|cyan' && why="$why; $s: the list's title still shows the focus"
	keys $s Left
	focus_title $s "12000  France" || why="$why; $s: the history's title does not show the focus"
done
cap e
if [ -z "$why" ]; then ok tui_focus_empty_pane; else fail tui_focus_empty_pane "${why#; }"; fi

# ---- t37: v shows whole what the panes cut with … --------------------------------------------
why=""
keys v 5 /
text v 10002
keys v Enter
if wait_for v "1 of 4" 50; then
	grep -qF "ZEBRA STRIPES" "$SCREEN" && why="the description's tail shows before v (the test proves nothing)"
	keys v v
	wait_for v "TAIL ENDING ZEBRA STRIPES" 50 || why="$why; v on Together does not show item 10002's description whole"
	keys v Escape
	gone v "ZEBRA STRIPES" 50 || why="$why; Esc does not close v's window"
	keys v Escape /
	text v 10001
	keys v Enter Enter
	wait_for v "together 10001" 100 && keys v v
	wait_re v "then 10002, description SET OF THREE.*" 50 && wait_for v "ZEBRA STRIPES, n_xy 30" 50 ||
		why="$why; v on Together does not show the rule's description whole"
	keys v Escape 4 Right v
	wait_for v "customer 12000" 50 && wait_for v "ZEBRA STRIPES  orders" 50 ||
		why="$why; v in Recommend's history does not show its rows' descriptions whole"
	keys v Escape /
	text v 13000
	keys v Enter Enter
	if wait_for v "recommend 13000 10" 100 && keys v Right Right && wait_for v "Enter rules + audience" 50; then
		grep -qF "ZEBRA STRIPES" "$SCREEN" && why="$why; the recommendation's tail shows before v"
		keys v v
		wait_for v "recommend 13000 10: row 1 of" 50 && wait_for v "ZEBRA STRIPES" 50 ||
			why="$why; v in the recommendations does not show the selected one's description whole"
		grep -qE "reason +you bought MUG \(1×\); bought together in 30 invoices" "$SCREEN" ||
			why="$why; v in the recommendations does not show its reason whole"
		grep -qF "2011-03-05))" "$SCREEN" ||
			why="$why; v in the recommendations does not show what the score means whole"
	else
		why="$why; Enter did not recommend for 13000, or → → did not reach the recommendations"
	fi
else
	why="the search for 10002 did not narrow Together's list"
fi
if [ -z "$why" ]; then ok tui_view_whole; else fail tui_view_whole "${why#; }"; fi
