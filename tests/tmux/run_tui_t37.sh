#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t37.sh — tester 37's findings on the workbench: Recommend's and Together's
# lists follow the business rules as they follow filters (an excluded item is no longer offered
# on the screen); a `source`d script that fails shows what its earlier lines said; Labels names
# a folded edge whole; Together's item pane says what it counts once the customer rule is off;
# the Train screen's arrows say where they stop; Recommend's help names each key's pane, and the
# focused pane shows even when empty; F1 opens the help.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_rules_relist tui_source_partial tui_edge_label_whole
tui_tog_invoices_words tui_f1_help tui_train_arrows_end
tui_help_panes"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-t37

# a pair ordered 120 times: the Labels chart folds its tail into one column at 80 and 120 columns
awk 'BEGIN { print "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"
	for (i = 1; i <= 120; i++) {
		d = sprintf("2011-%02d-%02d 10:00", 1 + int((i - 1) / 28), 1 + (i - 1) % 28)
		for (c = 1; c <= 6; c++)
			if (i % c == 0)
				printf "%d,%d,ITEM %d,%d,%s,2.00,1200%d,France\n", 500000 + 10 * i + c, 10000 + c, c,
					1 + i % 3, d, c
	} }' >"$tmp/fold.csv"

start a 120x40 "$ROOT"
start b 120x40 "$ROOT"
start c 80x24 "$ROOT" -- "$tmp/fold.csv"
start d 120x40 "$ROOT" -- "$tmp/fold.csv"
if ! wait_for a "396,337" 400 || ! wait_for b "396,337" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not start on the bundled data"; done
	exit 0
fi

# ---- #7 (b): a sourced script's lines before its failing one said things; they show ----------
printf 'bins 3 6\nshow dim\nnosuchcmd\nbins 2 5\n' >"$tmp/part.rr"
keys b ":source $tmp/part.rr" Enter
if wait_for b "unknown command 'nosuchcmd'" 100 && wait_for b "bins 3 6: 3 classes" 20 &&
	grep -qF "dim = 8" "$SCREEN" && grep -qF "error: $tmp/part.rr:3" "$SCREEN"; then
	ok tui_source_partial
else
	fail tui_source_partial "':source' of a script failing at its line 3: wanted a pop-up of lines 1-2's output ending with the error"
fi

# ---- #2 (a): exclude items, only items: the lists on Recommend and Together drop them ------------
keys a ':recommend 17850 5' Enter
why=""
if wait_for a "HAND WARMER RED LOVE HEART" 1200; then
	keys a ':exclude items 23439' Enter
	wait_for a "rules: 1 item excluded" 50 && keys a Escape
	gone a "HAND WARMER RED LOVE HEART" 300 || why="recommend 17850 5 still offers 23439 after 'exclude items 23439'"
	grep -qF "recommend 17850 5" "$SCREEN" || why="$why; the list is gone, not listed again"
else
	why="recommend 17850 5 did not list 23439 first"
fi
keys a ':together 22865 5' Enter
if wait_for a "22865  22866" 300; then
	keys a ':exclude items 22866' Enter
	wait_for a "rules: 2 items excluded" 50 && keys a Escape
	gone a "22865  22866" 300 || why="$why; together 22865 still offers 22866 after 'exclude items 22866'"
	grep -qF "22865  22867" "$SCREEN" || why="$why; together 22865 is not listed again"
	keys a ':only items 22865 22632' Enter
	wait_for a "rules: only 2 items" 50 && keys a Escape
	gone a "22865  22867" 300 || why="$why; together 22865 still offers 22867 after 'only items 22865 22632'"
	keys a 4
	wait_for a "recommend 17850 5" 50
	grep -qE "^ +1 +22865 " "$SCREEN" || why="$why; recommend 17850 does not offer the only-listed item it has not bought"
else
	why="$why; together 22865 5 did not list 22866"
fi
grep -c '^recommend' "$tmp/journal.a" | grep -qx 1 || why="$why; listing again under the rules was journaled"
if [ -z "$why" ]; then ok tui_rules_relist; else fail tui_rules_relist "$why"; fi

# ---- #3 (c, d): an edge past the folded last column is labelled whole, as the axis' last tick is ----
why=""
if wait_for c "largest order count" 100 && wait_for d "largest order count" 100; then
	keys c 2 ':bins 2 100' Enter
	wait_for c "bins 2 100: 3 classes" 50 && grep -qF "69+" "$SCREEN" || why="80 columns: no folded tail '69+'"
	grep -qE "▲100 *$" "$SCREEN" || why="$why; 80 columns: edge 100 not labelled ▲100"
	keys d 2 ':bins 2 111' Enter
	wait_for d "bins 2 111: 3 classes" 50 && grep -qE "109\+ *$" "$SCREEN" || why="$why; 120 columns: the last tick is not '109+'"
	grep -qE "▲111 *$" "$SCREEN" || why="$why; 120 columns: edge 111 not labelled ▲111"
else
	why="the workbench did not load the generated file"
fi
if [ -z "$why" ]; then ok tui_edge_label_whole; else fail tui_edge_label_whole "$why"; fi

# ---- #4 (b): Together's item pane says what it counts once the customer rule is off ------------
keys b Escape 5 /
text b 22865
keys b Enter
why=""
if wait_for b "572 invoices with a customer id" 100; then
	keys b ':clean customer off' Enter
	wait_for b "kept 527725 rows" 300 && keys b Escape
	if wait_for b "654 invoices" 50; then
		grep -qF "654 invoices with a customer id" "$SCREEN" && why="654 invoices said to have a customer id, 82 have none"
		grep -qF "654 invoices, with a customer id or not" "$SCREEN" || why="$why; not said as 'with a customer id or not'"
	else
		why="after 'clean customer off' the item pane does not count 654 invoices"
	fi
else
	why="Together's item pane for 22865 does not say 572 invoices with a customer id"
fi
if [ -z "$why" ]; then ok tui_tog_invoices_words; else fail tui_tog_invoices_words "$why"; fi

# ---- #14 (a): F1 opens the help as ? does, and closes it ----------------------------------------
keys a Escape F1
if wait_re a "\?/F1 +this help" 50 && keys a F1 && gone a "this help" 50; then
	ok tui_f1_help
else
	fail tui_f1_help "F1 did not open the help (listing '?/F1  this help'), or a second F1 did not close it"
fi

# ---- #8 (b): Train's arrows say where their own steps stop, inside the setting's range ------------
keys b 3 Down Down
why=""
if wait_re b "^ +dim +‹ 8 ›" 50; then
	keys b Left
	wait_re b "^ +dim +‹ 4 ›" 50 || why="← did not step dim to 4"
	keys b Left
	wait_for b "dim: the arrows stop at 4; Enter types any value of its range, 1..1024" 50 ||
		why="$why; ← at dim 4 does not say the arrows stop there inside 1..1024"
	keys b Down Down Down Down Down
	wait_re b "^ +weights +‹ none ›" 50 && keys b Left
	wait_for b "weights is at its first value (none|balanced|sqrt)" 50 || why="$why; ← at weights none says no first value"
else
	why="the Train screen does not select dim"
fi
if [ -z "$why" ]; then ok tui_train_arrows_end; else fail tui_train_arrows_end "$why"; fi

# ---- #9 (a): Recommend's help says in which pane each ↑/↓ and Enter acts ---------------------------
keys a Escape 4 '?'
: >"$tmp/help"
if wait_for a "this help" 50; then
	# page by page into one file, each page read once it has changed (as run_tui_input's)
	i=0
	while [ $i -lt 40 ] && ! grep -qE "end \([0-9]+ lines above\)" "$SCREEN"; do
		cat "$SCREEN" >>"$tmp/help"
		cp "$SCREEN" "$tmp/page"
		keys a NPage
		j=0
		while [ $j -lt $((20 * SLOW)) ] && cap a && cmp -s "$SCREEN" "$tmp/page"; do sleep 0.1; j=$((j + 1)); done
		i=$((i + 1))
	done
	cat "$SCREEN" >>"$tmp/help"
fi
if grep -qF "in the history: scroll the customer's history" "$tmp/help" &&
	grep -qF "in the list or the history: recommend for the selected" "$tmp/help" &&
	grep -qF "in the recommendations: select a recommendation" "$tmp/help"; then
	ok tui_help_panes
else
	fail tui_help_panes "Recommend's help does not say which pane ↑/↓ and Enter act in"
fi
