#!/bin/sh
# tests/tmux/run_tui_follow.sh — t28 F1, F12, F10 on the workbench: the Recommend and Together
# keys (+/-, o, b, m/M) start from the list on the screen, whether a key or a line typed after
# ':' made it (each key changes one thing of it); :reset gives the screens their K, sort and
# thresholds as relrec starts; / after a command that selected a customer starts a new search.
# Together on data whose every basket holds one item says so of the data, as together does.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_rec_keys_follow_typed tui_tog_keys_follow_typed tui_search_not_prefilled
tui_reset_screen_defaults tui_filter_said_once tui_tog_single_baskets"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-follow

start f 130x40 "$ROOT"
if ! wait_for f "396,337" 400; then
	fail tui_rec_keys_follow_typed "the workbench did not start on the bundled data"
	exit 0
fi

# ---- Recommend: + from a typed K of 3 is 8; o toggles the --owned typed, K kept -----------------
why=""
# p before any model: no class probabilities to show, and it says so (t28 F13: "shown")
keys f 4 p
wait_for f "class probabilities come from a trained model" 50 || why="p without a model did not say it needs one"
keys f p ':recommend 12347 3' Enter
wait_for f " recommend 12347 3 " 600 || why="no recommendations for :recommend 12347 3"
keys f +
wait_for f " recommend 12347 8 " 600 || why="$why; + after :recommend 12347 3 did not give K 8"
keys f ':recommend 17850 5 --owned' Enter
wait_for f " recommend 17850 5 --owned " 600 || why="$why; no list for :recommend 17850 5 --owned"
keys f o
wait_for f "─ recommend 17850 5 ─" 600 || why="$why; o after --owned did not leave the owned items out, K 5"
if [ -z "$why" ] && journal_in_order "$tmp/journal.f" "recommend 12347 3" "recommend 12347 8" \
	"recommend 17850 5 --owned" "recommend 17850 5"; then
	ok tui_rec_keys_follow_typed
else
	fail tui_rec_keys_follow_typed "${why:-journal: $(tr '\n' '|' <"$tmp/journal.f")}"
fi

# ---- / on Recommend after :recommend 17850: a new search, not one after '17850' --------------------
keys f /
text f "kingdom"
if wait_for f "/kingdom" 50 && ! grep -qF "17850kingdom" "$SCREEN"; then
	ok tui_search_not_prefilled
else
	fail tui_search_not_prefilled "/ after :recommend 17850 should start empty (wanted '/kingdom')"
fi
keys f Escape

# ---- Together: + keeps a typed --min-count and --min-lift; M steps from 30; b toggles ------------
why=""
keys f ':together 23582 3 --min-count 30 --min-lift 1.5' Enter
wait_for f " together 23582 3 --min-count 30 --min-lift 1.5 " 600 || why="no rules for the typed together"
keys f +
wait_for f " together 23582 8 --min-count 30 --min-lift 1.5 " 600 ||
	why="$why; + did not give K 8 with the typed options"
keys f M
wait_for f " together 23582 8 --min-count 50 --min-lift 1.5 " 600 || why="$why; M from 30 did not give 50"
# the panel says the kept --min-lift with the rest of the state (it said K, --by, n_xy only)
wait_for f "K 8, by lift, n_xy >= 50, lift >= 1.5" 50 || why="$why; the panel does not show the kept --min-lift"
keys f ':together 85123A --by confidence' Enter
wait_for f " together 85123A --by confidence " 600 || why="$why; no rules by confidence"
keys f b
wait_for f "─ together 85123A ─" 600 ||
	why="$why; b after --by confidence did not sort by lift"
if [ -z "$why" ] && journal_in_order "$tmp/journal.f" "together 23582 3 --min-count 30 --min-lift 1.5" \
	"together 23582 8 --min-count 30 --min-lift 1.5" "together 23582 8 --min-count 50 --min-lift 1.5" \
	"together 85123A --by confidence" "together 85123A"; then
	ok tui_tog_keys_follow_typed
else
	fail tui_tog_keys_follow_typed "${why:-journal: $(tr '\n' '|' <"$tmp/journal.f")}"
fi

# ---- :reset: K, --by and --min-count as relrec starts -------------------------------------------
keys f + b M
wait_for f "together 85123A 15 --by confidence --min-count 50" 600
keys f ':reset' Enter ':load data/online_retail.csv.gz' Enter
wait_for f "396337 kept" 600
keys f 5
why=""
wait_for f "K 10, by lift, n_xy >= 20" 100 || why="Together's K, --by, --min-count outlived :reset"
keys f 4
wait_for f "press Enter for the top 10 items for customer" 100 || why="$why; Recommend's K outlived :reset"
if [ -z "$why" ]; then ok tui_reset_screen_defaults; else fail tui_reset_screen_defaults "$why"; fi

# ---- a filter's message on the status line is not said twice (t28 F13: the filters' tag at the
# right repeated it) ------------------------------------------------------------------------------
keys f ':filter since 2011-06-01' Enter
wait_for f "outside the filters" 300
keys f Escape
if wait_re f "^filters: since 2011-06-01 *$" 50; then
	ok tui_filter_said_once
else
	fail tui_filter_said_once "the status line: $(tail -1 "$SCREEN")"
fi

# ---- Together on a file whose every invoice holds one item: the reason is the data's, said as
# together says it (e83: "only ever bought alone" of the item hid it) ------------------------------
start g 130x40 "$ROOT" -- tests/replay/together_single.csv
if wait_for g "6 kept" 400; then
	keys g 5 ':together 22633 --min-count 1' Enter
	if wait_for g "no basket holds two items" 300; then
		ok tui_tog_single_baskets
	else
		fail tui_tog_single_baskets "the Together screen does not say that no basket holds two items"
	fi
else
	fail tui_tog_single_baskets "the workbench did not load tests/replay/together_single.csv"
fi
