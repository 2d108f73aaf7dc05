#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t15.sh — tester 15's findings on the workbench: the Enter that ends a
# search on Recommend only ends it (a second Enter recommends), and a fit the user stops reads
# as stopped, not as an error; a pop-up's refusal leaves the status line when it closes; at
# 80x24 a hint line that does not fit says so ("… ? help") and keeps the stop key, the top bar
# keeps "? help", Together's detail pane is cut at a word; the Train screen names the run its
# chart and matrix belong to, and draws the current run's after `runs use`; Together's rule
# header stays when the rules scroll; the help separates a setting's range from its words.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_search_enter tui_stop_not_error tui_popup_refusal_clears tui_hint_cut tui_topbar_help
tui_tog_pane_words tui_tog_header_fixed tui_help_ranges tui_train_run_named"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-t15

start a 120x40 "$ROOT"
start b 80x24 "$ROOT"
if ! wait_for a "396,337" 400 || ! wait_for b "396,337" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not start on the bundled data"; done
	exit 0
fi

# ---- F3: Enter ends the search and nothing else; the second Enter recommends; Esc stops it ------
keys a 4 /
text a Fran
wait_for a "/Fran" 30
keys a Enter
why=""
if wait_for a "search kept: Enter again: recommend" 50; then
	grep -qF "● recommend" "$SCREEN" && why="the Enter that ended the search started recommend"
	grep -qF "press Enter for the top 10 items" "$SCREEN" || why="$why; no recommendations asked yet should show"
else
	why="the status line does not say what the next Enter does"
fi
grep -q "^recommend" "$tmp/journal.a" && why="$why; a recommend was journaled"
[ -n "$why" ] && fail tui_search_enter "$why"

# the second Enter recommends
keys a Enter
if [ -n "$why" ]; then :; elif r=$(wait_any a 900 "stock code" "error:") && [ "$r" = "stock code" ]; then
	ok tui_search_enter
else
	fail tui_search_enter "the second Enter did not recommend: ${r:-timeout}"
fi

# ---- F3: a first fit stopped with Esc is said to be stopped, not an error ------------------------
keys b ':recommend 17850 5' Enter
r=$(wait_any b 300 "running: recommend" "fit recommender" "stock code" "error:")
case "$r" in "running: recommend" | "fit recommender") keys b Escape ;; esac
r=$(wait_any b 600 "stopped: recommend (recommender fit interrupted)" "stock code" "error:")
case "$r" in
"stopped: recommend (recommender fit interrupted)")
	if grep -qF "error:" "$SCREEN"; then
		fail tui_stop_not_error "the stop still shows an error"
	else
		ok tui_stop_not_error
	fi
	;;
"stock code") ok tui_stop_not_error ;; # the fit ended before the stop came: nothing to check
*) fail tui_stop_not_error "a fit stopped with Esc: wanted 'stopped: recommend ...', got ${r:-nothing}" ;;
esac

# ---- F4: the pop-up's refusal is gone once the pop-up is closed --------------------------------
keys a Escape Escape ':filter country France' Enter
if wait_for a "─ filter country France" 100; then
	keys a 1
	wait_for a "closes the output (other keys do nothing over it)" 30
	keys a Escape 2
	if gone a "closes the output" 30; then
		ok tui_popup_refusal_clears
	else
		fail tui_popup_refusal_clears "the refusal stays on the status line after Esc closed the pop-up"
	fi
else
	fail tui_popup_refusal_clears "no pop-up for :filter country France"
fi

# ---- F9: Together's rules scrolled with ]: their header row stays on top ---------------------------
keys b 5 Enter + +
if wait_for b "together 85123A 20" 300 && wait_for b "▼ " 30; then
	keys b ']'
	if wait_for b "▲ end" 30 || wait_re b "^ +11 +85123A" 30; then
		# the row under the pane's title is the header, not a rule
		row=$(grep -A1 "── together 85123A" "$SCREEN" | sed -n 2p)
		case "$row" in
		*rank*then*n_xy*lift*) ok tui_tog_header_fixed ;;
		*) fail tui_tog_header_fixed "after ], the row under the rules' first line is '$row', not their header" ;;
		esac
	else
		fail tui_tog_header_fixed "] did not scroll the rules"
	fi
else
	fail tui_tog_header_fixed "no 20 rules of 85123A"
fi

# ---- F9: the help separates a setting's range and default from its words, as help set does --------
keys a Escape 4 '?'
if wait_for a "help: keys and commands" 30; then
	keys a End
	if wait_for a "hidden layer widths" 30; then
		hid=$(grep -A1 "hidden layer widths" "$SCREEN" | tr -s ' │' ' ')
		case "$hid" in
		*"128,64 (range each 1..4096; default 128,64)"*) ok tui_help_ranges ;;
		*) fail tui_help_ranges "hidden's help line: '$hid'" ;;
		esac
	else
		fail tui_help_ranges "End did not show the settings"
	fi
	keys a Escape
else
	fail tui_help_ranges "? did not open the help"
fi

# ---- F5: at 80x24 a hint line that does not fit ends in "… ? help"; the top bar keeps "? help";
# Together's detail pane is cut at a word -------------------------------------------------------------
keys b 4
why=""
if wait_for b "Enter recommend" 30; then
	hint=$(sed -n 23p "$SCREEN")
	case "$hint" in *"… ? help") ;; *) why="Recommend's hint line at 80 columns: '$hint'" ;; esac
	case "$hint" in *"u undo"*) ;; *) why="$why; the hint lost u undo" ;; esac
	sed -n 1p "$SCREEN" | grep -qF "? help" || why="$why; no '? help' in the top bar at 80 columns"
else
	why="no Recommend screen"
fi
keys b 2
if wait_for b "move edge" 30; then
	hint=$(grep -F "move edge" "$SCREEN")
	case "$hint" in *"… ? help") ;; *) why="$why; Labels' hint line at 80 columns: '$hint'" ;; esac
fi
if [ -z "$why" ]; then ok tui_hint_cut; else fail tui_hint_cut "$why"; fi
if grep -qF "? help" "$SCREEN" && sed -n 1p "$SCREEN" | grep -qF "6 Runs"; then
	ok tui_topbar_help
else
	fail tui_topbar_help "the top bar at 80 columns has no '? help'"
fi
keys b 5
if wait_for b "n_xy >= 20" 30; then
	why=""
	grep -qF "in baskets o" "$SCREEN" && why="a word cut in the middle"
	grep -q "in baskets…\|K 10, by lift, n_xy >= 20 (together ITEM:…" "$SCREEN" || why="$why; no cut at a word with …"
	if [ -z "$why" ]; then ok tui_tog_pane_words; else fail tui_tog_pane_words "$why"; fi
else
	fail tui_tog_pane_words "Together's pane does not name its options at 80 columns"
fi

# ---- F8: the Train screen names the run its figures belong to; after runs use, the current one's ---
why=""
keys b Escape 3 ':set epochs 1' Enter t
if wait_for b "run 1: done after 1 epoch" 900; then
	grep -qF "run 1: validation confusion matrix, epoch 1" "$SCREEN" || why="the matrix does not name run 1"
	keys b ':set dim 4' Enter t
	if wait_for b "run 2: done after 1 epoch" 900; then
		keys b ':runs use 1' Enter
		if wait_for b "run 1 (current): done after 1 epoch" 100; then
			keys b Escape   # runs use's pop-up (it says what else changed) over the matrix
			wait_for b "run 1 (current): test confusion matrix, epoch 1" 30 ||
				why="$why; after runs use 1 the matrix is not run 1's"
		else
			why="$why; after runs use 1 the figures are not run 1's"
		fi
	else
		why="$why; a second run did not end as run 2"
	fi
else
	why="a 1-epoch run did not end named as run 1"
fi
if [ -z "$why" ]; then ok tui_train_run_named; else fail tui_train_run_named "$why"; fi
