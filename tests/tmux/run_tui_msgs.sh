#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_msgs.sh — what the workbench says agrees with what it does: quit's
# question on a terminal too small for the screens; quit asks until every run's own model is
# saved; the help on undo, Ctrl-C and paging; a key refused while a command runs, and a run
# stopped, still seen once the work (and what was queued behind it) is done; time suspended
# with Ctrl-Z left out of a run's time; a load from a command slow to write shows that it runs;
# a screen waiting for the first load says so, not "no data loaded"; a on Recommend away from
# the recommendations says where it works; filters that keep no row say so, not "no data loaded";
# a reset inside a sourced script, then a load, while Recommend shows (t27 F0: a crash), and the
# Runs screen after a reset (t27 F1: the dropped runs stayed shown). Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_small_quit tui_help_says tui_help_page tui_busy_refusal_fits tui_notes_kept
tui_quit_each_run tui_suspend_time tui_slow_pipe_load tui_first_load_says tui_help_reflows tui_small_keeps_line tui_line_over_popup
tui_audience_where tui_popup_rewraps tui_no_row_kept tui_reset_in_script tui_reset_runs tui_script_fails_after_load tui_train_no_stale_note tui_edge_stops_at_largest"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-msgs

start a 100x30 "$ROOT"
start b 100x30 "$ROOT"
if ! wait_for a "396,337" 400 || ! wait_for b "396,337" 400; then
	fail tui_small_quit "the workbench did not start on the bundled data"
	exit 0
fi

# ---- A: a run, then a terminal too small: q asks there, and y quits ------------------------------
keys a 3 ':set epochs 1' Enter t
if wait_for a "done after 1 epoch" 600; then
	$T resize-window -t =a: -x 60 -y 15
	wait_for a "needs a terminal of at least" 50
	keys a q
	if wait_for a "quit anyway? (y/n)" 30 && grep -qF "1 run of this session is not saved" "$SCREEN"; then
		keys a y
		if wait_for a "EXITED 0" 50; then
			ok tui_small_quit
		else
			fail tui_small_quit "y on the small terminal did not quit"
		fi
	else
		fail tui_small_quit "q on a 60x15 terminal: the question is not shown"
	fi
else
	fail tui_small_quit "the run did not finish"
fi

# ---- C: the help says what u, q and Ctrl-C do; PgDn scrolls a page ----------------------------------
keys b '?'
if wait_for b "help: keys and commands" 30; then
	why=""
	grep -qF "reverse the last set, bins, clean, filter, runs use or" "$SCREEN" || why="u's help does not name filter"
	grep -qF "Ctrl-C stops it" "$SCREEN" || why="$why; Ctrl-C's help does not say it stops a command"
	if [ -z "$why" ]; then ok tui_help_says; else fail tui_help_says "$why"; fi
	# the overlay's rows are 4..25 of the capture at 30 rows (rows - 8), the last one saying
	# how many lines are below: a page brings the last line of text, 24, to the top
	# (inside the box: the screen under it shows at its sides)
	inbox() { sed -n "$1p" "$SCREEN" | sed 's/^[^│]*│//; s/│[^│]*$//'; }
	lastrow=$(inbox 24)
	keys b NPage
	i=0
	while [ $i -lt 30 ]; do
		cap b
		[ "$(inbox 4)" = "$lastrow" ] && break
		sleep 0.1
		i=$((i + 1))
	done
	if [ "$(inbox 4)" = "$lastrow" ]; then
		ok tui_help_page
	else
		fail tui_help_page "PgDn should bring the view's last line to its top: '$lastrow'"
	fi
	keys b Escape
else
	fail tui_help_says "? did not open the help"
	fail tui_help_page "? did not open the help"
fi

# ---- C, F: u refused while a run works, in words that fit; it and the stop seen at the end -------
# bins that leave class high empty: the run's line is followed by a note on it, and the stop is
# said by the run's line, not by that note (t52 F5)
keys b 3 ':bins 2 100000' Enter ':set epochs 60' Enter t
if wait_re b "training  epoch [0-9]+/60" 600; then
	keys b u
	if wait_for b "'train' is running: u (undo) works when it ends; s stops it" 30; then
		ok tui_busy_refusal_fits
	else
		fail tui_busy_refusal_fits "u while training: wanted the refusal whole on the status line"
	fi
	keys b ':bins 2 5' Enter ':set dim 12' Enter
	wait_for b "queued: set dim 12" 30
	keys b s
	if wait_for b "while commands ran" 600 && grep -qF "u (undo) works when it ends" "$SCREEN" &&
		grep -qF "stopped: run 1" "$SCREEN" && ! grep -qF "stopped: note" "$SCREEN"; then
		ok tui_notes_kept
	else
		fail tui_notes_kept "after the stop and the queued lines: wanted a pop-up with the refusal and 'stopped: run 1 ...' (the run's line, not its note)"
	fi
	keys b Escape
else
	fail tui_busy_refusal_fits "the run did not start"
	fail tui_notes_kept "the run did not start"
fi

# ---- B: quit asks until each run's own model is saved ---------------------------------------------
keys b ':set epochs 1' Enter t
wait_for b "done after 1 epoch" 600
why=""
keys b q
wait_for b "2 runs of this session are not saved, runs 1 and 2 (each: :runs use N, then :save FILE)" 30 || why="q after two runs did not ask about 2"
keys b n ':save '"$tmp"'/m2.rrm' Enter
wait_for b "saved the model" 50 || why="$why; save failed"
keys b q
# naming the run and how to save it: ":save FILE saves the current run's model" sent the user
# saving run 2 again (t37 #5)
wait_for b "1 run of this session is not saved, run 1 (:runs use 1, then :save FILE)" 30 || why="$why; after saving run 2, q did not ask about run 1"
keys b n ':runs use 1' Enter
wait_for b "run 1" 50
keys b ':save '"$tmp"'/m1.rrm' Enter
wait_for b "m1.rrm" 50 || why="$why; saving run 1 failed"
keys b q
wait_for b "EXITED 0" 50 || why="$why; q with both runs saved did not quit at once"
if [ -z "$why" ]; then ok tui_quit_each_run; else fail tui_quit_each_run "$why"; fi

# ---- E: Ctrl-Z during a run: the pause is not training time -----------------------------------------
# elapsed m:ss on the Train screen's figures line (before "ETA"), in seconds
elapsed() { grep -oE '[0-9]+:[0-9]{2}  ETA' "$SCREEN" | head -1 | awk -F'[: ]' '{ print $1 * 60 + $2 }'; }
if command -v bash >/dev/null 2>&1; then
	$T new-session -d -s c -x 100 -y 30 "cd '$ROOT' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='shell$ ' bash --norc --noprofile -i"
	wait_for c 'shell$' 50
	text c "'$RELREC'"
	keys c Enter
	wait_for c "396,337" 400
	keys c 3 ':set epochs 100' Enter t
	if wait_re c "[0-9]+:[0-9]{2}  ETA" 600; then
		before=$(elapsed)
		keys c C-z
		wait_for c "Stopped" 50
		# 15 s stopped against a bound of 10: a loaded machine's redraw lag stays far below
		# the pause, so only a counted pause fails (6 s against 4 failed under load 20–30)
		sleep 15
		keys c fg Enter
		# the screen first comes back as it was: wait for the clock's next second
		i=0 after=""
		while [ $i -lt $((100 * SLOW)) ]; do
			cap c
			after=$(elapsed)
			[ -n "$after" ] && [ "$after" != "$before" ] && break
			sleep 0.1
			i=$((i + 1))
		done
		if [ -n "$before" ] && [ -n "$after" ] && [ $((after - before)) -lt 10 ]; then
			ok tui_suspend_time
		else
			fail tui_suspend_time "elapsed ${before:-?} s before a 15 s Ctrl-Z, ${after:-?} s after: the pause was counted"
		fi
		keys c s
		wait_for c "stopped in epoch" 300
	else
		fail tui_suspend_time "the run did not start"
	fi
	keys c q y
else
	echo "skip tui_suspend_time: no bash for an interactive shell [not installed by CI]"
fi
# ---- a load from a command slow to write: running at once, and its stop key taken -------------
start d 100x30 "$ROOT"
if wait_for d "396,337" 400; then
	keys d ':load "|sleep 8; zcat data/online_retail.csv.gz"' Enter
	if wait_for d "running: load" 30; then
		keys d s
		if wait_for d "interrupted" 50; then
			ok tui_slow_pipe_load
		else
			fail tui_slow_pipe_load "s did not stop the waiting load"
		fi
	else
		fail tui_slow_pipe_load "nothing said the load runs while its command was silent"
	fi
	keys d q
else
	fail tui_slow_pipe_load "the workbench did not start on the bundled data"
fi
# ---- the first load, still running: Recommend says it loads, and Enter says the same --------------
mkdir -p "$tmp/nodata"
start e 100x30 "$tmp/nodata"
if wait_for e "no data loaded" 100; then
	keys e ":load \"|sleep 8; zcat '$ROOT/data/online_retail.csv.gz'\"" Enter
	if wait_for e "running: load" 30; then
		keys e 4 Enter
		if wait_for e "loading: the data shows here when the load ends" 30 &&
		   ! grep -qF "no data loaded" "$SCREEN" && ! grep -qF "search matches none" "$SCREEN"; then
			ok tui_first_load_says
		else
			fail tui_first_load_says "the Recommend screen during the first load: $(grep -m2 -E 'data|match' "$SCREEN")"
		fi
		keys e s
	else
		fail tui_first_load_says "the load did not start"
	fi
	keys e q
else
	fail tui_first_load_says "the workbench did not start without data"
fi
# ---- the help's text wraps to the window again when it is resized ---------------------------------
start f 100x30 "$ROOT"
if wait_for f "396,337" 400; then
	keys f '?'
	if wait_for f "help: keys and commands" 30; then
		$T resize-window -t =f: -x 200 -y 40
		if wait_for f "through the table behind :, the prompt and scripts, so --journal FILE records them" 30; then
			# at 80 columns every line fits: the footer offers no ←/→ (t28 F13: two
			# headings were 3 columns too wide, so it did)
			$T resize-window -t =f: -x 80 -y 24
			if wait_re f "│ records them and --replay FILE repeats the session\. +│" 30 &&
				! grep -qF "sideways" "$SCREEN"; then
				ok tui_help_reflows
			else
				fail tui_help_reflows "the help at 80 columns offers to scroll sideways, or did not reflow"
			fi
		else
			fail tui_help_reflows "the help kept its 100-column wrapping at 200 columns"
		fi
	else
		fail tui_help_reflows "? did not open the help"
	fi
	keys f Escape q
else
	fail tui_help_reflows "the workbench did not start on the bundled data"
fi
# ---- a : line typed while the window is too small keeps its keys, and runs -------------------------
start g 100x30 "$ROOT"
if wait_for g "396,337" 400; then
	keys g ':set dim'
	wait_for g ":set dim" 30
	$T resize-window -t =g: -x 60 -y 15
	wait_for g "needs a terminal of at least" 30
	keys g ' 16' Enter
	$T resize-window -t =g: -x 100 -y 30
	if wait_for g "dim = 16" 30 && grep -qx 'set dim 16' "$tmp/journal.g"; then
		ok tui_small_keeps_line
	else
		fail tui_small_keeps_line "the keys typed on a small window were lost: $(tail -1 "$SCREEN")"
	fi
	keys g q
else
	fail tui_small_keeps_line "the workbench did not start on the bundled data"
fi
# ---- a : line typed before a load's summary pops up: its command's answer is not left under it -----
printf 'InvoiceNo,StockCode,Quantity,InvoiceDate,CustomerID\n1,A1,1,2011-01-02 10:00,7\n2,A1,1,2011-01-03 10:00,8\n3,B2,1,not a date,8\n' > "$tmp/rej.csv"
# a slow load: a FIFO its writer fills after 3 s (relrec's FILE is a file, never a command: t43 #1)
rm -f "$tmp/slow.csv"; mkfifo "$tmp/slow.csv"
(sleep 3; cat "$tmp/rej.csv" > "$tmp/slow.csv") &
start i 100x30 "$ROOT" -- "'$tmp/slow.csv'"
if wait_for i "running: load" 50; then
	keys i ':'
	$T send-keys -t =i: -l "together A1 --min-count 1"
	if wait_for i "─ load " 100; then
		keys i Enter
		if wait_for i "2 invoices with a customer id" 50 && ! grep -qF "─ load " "$SCREEN"; then
			ok tui_line_over_popup
		else
			fail tui_line_over_popup "the load's summary stayed over the answer"
		fi
	else
		fail tui_line_over_popup "the load's summary did not pop up"
	fi
	keys i q
else
	fail tui_line_over_popup "the load did not start"
fi
# ---- a on Recommend outside the recommendations says where it works (it did nothing) --------------
start j 100x30 "$ROOT"
if wait_for j "396,337" 400; then
	keys j 4 a
	if wait_for j "no recommendation selected: Enter on a customer lists them" 30; then
		keys j Enter
		wait_for j "new to them" 300
		keys j a
		if wait_for j "select one in the recommendations" 30; then
			keys j Right Right a
			if wait_for j "─ audience " 300; then
				ok tui_audience_where
			else
				fail tui_audience_where "a on a selected recommendation showed no audience"
			fi
		else
			fail tui_audience_where "a in the customer list, recommendations shown: $(tail -1 "$SCREEN")"
		fi
	else
		fail tui_audience_where "a in the customer list, none shown: $(tail -1 "$SCREEN")"
	fi
	keys j Escape q
else
	fail tui_audience_where "the workbench did not start on the bundled data"
fi
# ---- a pop-up made on a narrow window wraps again to the window when it grows ---------------------
start k 80x24 "$ROOT" -- "'$tmp/rej.csv'"
if wait_for k "─ load " 100; then
	$T resize-window -t =k: -x 120 -y 30
	if wait_for k "rej.csv' (known names): 3 rows, 1 rejected, 2 kept after cleaning" 50; then
		ok tui_popup_rewraps
	else
		fail tui_popup_rewraps "the load's summary kept its 80-column wrapping at 120 columns"
	fi
	keys k Escape q
else
	fail tui_popup_rewraps "the load's summary did not pop up"
fi
# ---- filters that keep no row: the screens say so, not "no data loaded" (t25 F5: a load would
# not help, since filters outlive it) ----------------------------------------------------------------
start l 100x30 "$ROOT" -- "'$tmp/rej.csv'"
if wait_for l "─ load " 100; then
	keys l Escape ':filter until 2000-01-01' Enter
	wait_for l "kept 0 rows" 50
	keys l Escape 4
	if wait_for l "no row kept: the filters or cleaning rules drop them all" 30 &&
	   ! grep -qF "no data loaded" "$SCREEN"; then
		keys l 5
		if wait_for l "no row kept: the filters or cleaning rules drop them all" 30; then
			ok tui_no_row_kept
		else
			fail tui_no_row_kept "Together: $(sed -n 4p "$SCREEN")"
		fi
	else
		fail tui_no_row_kept "Recommend: $(sed -n 4p "$SCREEN")"
	fi
	keys l q
else
	fail tui_no_row_kept "the load's summary did not pop up"
fi
# ---- a sourced reset then load while Recommend shows: the screen waits for the command (t27 F0:
# the load's progress redrew the customer list against no dataset, a segmentation fault) ------------
"$RELREC" gen 30000 --seed 3 >"$tmp/g.csv" 2>/dev/null
printf 'reset\nload %s\nstats\n' "$tmp/g.csv" >"$tmp/reset.rr"
start m 100x30 "$ROOT" -- "'$tmp/g.csv'"
if wait_for m "30000 rows read" 100; then
	keys m ':set epochs 1' Enter 3 t
	wait_for m "done after 1 epoch" 600
	keys m 4
	wait_for m "customer" 50
	# + takes K to 15; the script's reset puts it back to 10, as a typed :reset does
	keys m + ":source $tmp/reset.rr" Enter
	if wait_for m "30000 rows, 0 rejected" 300 && ! grep -qF "EXITED" "$SCREEN"; then
		keys m Escape 4
		if wait_for m "279 customers" 50 && wait_for m "press Enter for the top 10 items for customer" 30; then
			ok tui_reset_in_script
		else
			fail tui_reset_in_script "Recommend after the script: $(sed -n 4p "$SCREEN")"
		fi
	else
		fail tui_reset_in_script "the sourced reset and load: $(grep -m1 -E "EXITED|Segm" "$SCREEN")"
	fi
	# ---- the Runs screen after a reset: no runs (t27 F1) --------------------------------------
	keys m Escape ':set epochs 1' Enter ':train' Enter   # the reset put epochs back
	wait_for m "done after 1 epoch" 600
	keys m 6
	wait_for m "run 1" 50
	# the run is not saved: reset asks first, as quit does (t29 F10)
	keys m ':reset' Enter
	asked=0
	wait_for m "1 run of this session is not saved, run 1 (:save FILE saves it): reset anyway?" 50 && asked=1
	keys m y
	sleep 0.5
	keys m Escape 1 6
	if [ $asked = 1 ] && wait_for m "no runs yet: 'train' adds one" 50 &&
	   sed -n 4p "$SCREEN" | grep -qF "no runs yet: 'train' adds one"; then
		ok tui_reset_runs
	else
		fail tui_reset_runs "asked: $asked; Runs after reset: $(sed -n 3,5p "$SCREEN" | tr '\n' ' ')"
	fi
	# ---- a sourced script that loads, then fails: the screens show what it left (t29 F2: the
	# lists waited "when the running command ends" with nothing running) ---------------------
	printf 'load %s\nfilter country Nowhere\n' "$tmp/g.csv" >"$tmp/loadfail.rr"
	keys m ":source $tmp/loadfail.rr" Enter
	wait_for m "Nowhere" 300
	keys m Escape 4
	if wait_for m "279 customers" 50 && ! grep -qF "when the running command ends" "$SCREEN"; then
		ok tui_script_fails_after_load
	else
		fail tui_script_fails_after_load "Recommend after the failed script: $(sed -n 4p "$SCREEN")"
	fi
	keys m q
	wait_for m "quit anyway? (y/n)" 10 && keys m y
else
	fail tui_reset_in_script "the workbench did not start on the generated file"
	fail tui_reset_runs "the workbench did not start on the generated file"
	fail tui_script_fails_after_load "the workbench did not start on the generated file"
fi
# ---- while a run trains after the bins moved, the Train screen does not ask to train again (t28
# F7: the old model's "labels now ... train again" stood under the new run's live matrix) ----------
start n 100x30 "$ROOT" -- "'$tmp/g.csv'"
if wait_for n "30000 rows read" 100; then
	keys n ':set epochs 1' Enter 3 t
	wait_for n "done after 1 epoch" 600
	keys n ':bins 1 4' Enter
	if wait_for n "train again" 50; then
		keys n ':set epochs 1000' Enter ':set dim 64' Enter t
		if wait_for n "training  epoch" 300; then
			if grep -qF "train again" "$SCREEN"; then
				fail tui_train_no_stale_note "while training: $(grep -m1 -F "train again" "$SCREEN")"
			else
				ok tui_train_no_stale_note
			fi
		else
			fail tui_train_no_stale_note "the second run did not start"
		fi
		keys n s
	else
		fail tui_train_no_stale_note "no note after bins moved: $(sed -n 25,28p "$SCREEN" | tr '\n' ' ')"
	fi
	keys n q
	wait_for n "quit anyway? (y/n)" 10 && keys n y
else
	fail tui_train_no_stale_note "the workbench did not start on the generated file"
fi
# ---- a bin edge moved by keys stops at the largest order count (t28 F11: PgDn took it to 225 on
# a file whose largest count is 63, drawn after the last bar) ----------------------------------------
start o 100x30 "$ROOT" -- "'$tmp/g.csv'"
if wait_for o "30000 rows read" 100; then
	keys o 2 Down
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do keys o NPage; done
	# one below it: at 85 the class above would have no pair (t29 F8)
	if wait_for o "edge 2 is at 84, one below the largest order count" 100 && grep -qE "^ *high +85\+" "$SCREEN"; then
		ok tui_edge_stops_at_largest
	else
		fail tui_edge_stops_at_largest "$(tail -2 "$SCREEN" | head -1)"
	fi
	keys o q
else
	fail tui_edge_stops_at_largest "the workbench did not start on the generated file"
fi
exit 0
