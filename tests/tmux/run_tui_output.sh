#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_output.sh — where a command's output shows (t28): the Runs screen's own
# refresh after `runs use N` neither hides its message nor is journaled (F8); an export that
# first fits the recommender says what it wrote, not its timing line (F6); a load whose summary
# holds a note at the margin (the model kept from other data) pops up (F3); a line typed during
# a long command waits until that command's pop-up is closed instead of replacing it unseen (F5).
# Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_runs_refresh_quiet tui_export_says_wrote tui_load_note_pops tui_queue_waits_popup
tui_queue_order_kept tui_ctrl_c_asks_queue"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-output

# b's long command waits on a pipe rather than computing (a sourced load of a command that
# sleeps, then stats: a pop-up of many lines), so the suite costs little CPU; a's work runs on
# three months of the bundled data
"$RELREC" gen 3000 --seed 5 >"$tmp/small.csv" 2>/dev/null
printf 'load "|sleep 3; cat %s"\nstats\n' "$tmp/small.csv" >"$tmp/slow.rr"
start a 120x40 "$ROOT"
start b 120x40 "$ROOT" -- "'$tmp/small.csv'"
if ! wait_for a "396,337" 400 || ! wait_for b "3000 rows read" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not start"; done
	exit 0
fi
keys a ':filter until 2011-03-01' Enter
wait_for a "filters: until 2011-03-01" 100

# ---- F5: a long command's output is shown before the line queued behind it runs -------------------------
keys b ":source $tmp/slow.rr" Enter
if wait_for b "source  ? help" 100; then   # the tab bar's busy mark: the script runs
	keys b ':show' Enter
	if wait_for b "it runs when this pop-up is closed" 1200 &&
	   grep -qF "rows read   3000" "$SCREEN"; then
		keys b q
		if wait_for b "sampling" 100; then
			ok tui_queue_waits_popup
		else
			fail tui_queue_waits_popup "closing the script's pop-up did not run the queued show"
		fi
	else
		fail tui_queue_waits_popup "the script's output did not stay up while show waited"
	fi
else
	fail tui_queue_waits_popup "the sourced script did not start"
fi

# ---- F5: the lines still waiting run before one typed while a queued line's pop-up was up -------
keys b ":source $tmp/slow.rr" Enter
if wait_for b "source  ? help" 100; then
	keys b ':show' Enter ":export runs $tmp/runs.csv" Enter
	if wait_for b "2 queued: they run when this pop-up is closed" 1200; then
		keys b ':'          # closes the script's pop-up: show runs and pops up, export waits
		wait_for b "sampling" 100   # show's pop-up, under the : line being typed
		keys b 'set epochs 3' Enter
		wait_for b "epochs = 3" 100
		if journal_in_order "$tmp/journal.b" "export runs $tmp/runs.csv" "set epochs 3"; then
			ok tui_queue_order_kept
		else
			fail tui_queue_order_kept "journal: $(tr '\n' '|' <"$tmp/journal.b")"
		fi
	else
		fail tui_queue_order_kept "the script's pop-up did not hold the two queued lines"
	fi
else
	fail tui_queue_order_kept "the sourced script did not start"
fi

# ---- t29 F3: Ctrl-C over the pop-up the typed lines wait behind asks before it drops them -----------
keys b Escape ":source $tmp/slow.rr" Enter
if wait_for b "source  ? help" 100; then
	keys b ':show' Enter
	if wait_for b "it runs when this pop-up is closed" 1200; then
		keys b C-c
		if wait_for b "1 typed line waits to run: quit anyway? (y/n)" 50; then
			keys b n q
			if wait_for b "sampling" 100 && ! grep -qF "EXITED" "$SCREEN"; then
				ok tui_ctrl_c_asks_queue
			else
				fail tui_ctrl_c_asks_queue "after n and q the queued show did not run"
			fi
		else
			fail tui_ctrl_c_asks_queue "Ctrl-C over the pop-up did not ask (the queued line dropped)"
		fi
	else
		fail tui_ctrl_c_asks_queue "the script's pop-up did not hold the queued line"
	fi
else
	fail tui_ctrl_c_asks_queue "the sourced script did not start"
fi

# ---- F8: runs use N on the Runs screen: its message stays, no `runs` journaled -------------------
keys a ':set epochs 1' Enter ':train' Enter
wait_for a "done after 1 epoch" 600
keys a ':train' Enter
wait_re a "run 2: 1 epoch|run 2 " 600
keys a 6
if wait_for a "the current model, run 2," 100; then
	keys a ':runs use 1' Enter
	# the screen fetched the table again (its header names run 1), and the message stayed
	if wait_for a "the current model, run 1," 50 &&
	   grep -qF "run 1 is current: its model, settings and bins" "$SCREEN"; then
		keys a r   # r, the same look by hand: not journaled either (t29 F11)
		wait_for a "the runs listed again" 50
		if grep -qx "runs" "$tmp/journal.a"; then
			fail tui_runs_refresh_quiet "the Runs screen's own refresh was journaled: $(tr '\n' '|' <"$tmp/journal.a")"
		else
			ok tui_runs_refresh_quiet
		fi
	else
		fail tui_runs_refresh_quiet "runs use 1's message did not stay on the status line"
	fi
else
	fail tui_runs_refresh_quiet "the Runs screen did not list two runs"
fi

# ---- F6: export audience all fits first; the status line says what it wrote ---------------------
keys a 1 ":export audience all $tmp/aud.csv 20" Enter
if wait_any a 600 "wrote the audiences of" "kept for audiences in" >/dev/null &&
   grep -qF "wrote the audiences of" "$SCREEN" && [ -s "$tmp/aud.csv" ]; then
	ok tui_export_says_wrote
else
	fail tui_export_says_wrote "the status line does not say what the export wrote"
fi

# ---- F3: a load keeping a model trained on other data pops up its note -------------------------
keys a ':load data/online_retail_ii_2009_2010.csv.gz' Enter
if wait_for a "loaded 'data/online_retail_ii_2009_2010.csv.gz'" 600 &&
   wait_for a "model stays current, trained on other data" 30; then
	ok tui_load_note_pops
else
	fail tui_load_note_pops "the load's note did not pop up"
fi

for s in a b; do
	keys $s Escape q
	wait_for $s "quit anyway? (y/n)" 10 && keys $s y
done
exit 0
