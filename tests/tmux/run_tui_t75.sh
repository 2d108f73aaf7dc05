#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t75.sh — tester 75's workbench findings.
# F3: a long `export rules` shows its running line and stops on Ctrl-C like the other long
# commands, leaving no file, and the Ctrl-C does not quit relrec (it froze the screen, then
# the Ctrl-C read after it quit).
# F5: the start-up load stopped, then q: leaving normally exits 0 (it exited 1).
# F11: a screen key typed over a command's pop-up is said again once the pop-up closes (4,
# then Enter, left the Data screen with no word that 4 was not done).
# F13: on Labels, an edge already past the largest order count is refused a move further right,
# as an edge one below it is (edge 2 of the default bins 2 5 went to 6 on a file whose largest
# count is 4, without a word).
# F9: at 80x24 the customers pop-up gives no empty country column on data without countries,
# and cuts no column of days (first and last purchase whole, not 2023-…): the headers over
# short figures give way, and a column of figures the edge would cut is left to the sideways
# scroll.
# F10: lines typed during a command, once it has ended and its pop-up is up, are said to wait
# for the pop-up, once, and no longer for the command ("runs when 'customers' ends").
# F12: Ctrl-Z where no shell can resume relrec (started by sh -c, as here) says it did nothing.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_export_rules_stops tui_stopped_load_exits_0 tui_popup_key_said tui_suspend_without_job_control tui_edge_past_largest_refused tui_days_not_squeezed tui_figures_left_to_scroll tui_queue_waits_for_popup"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-t75

start a 160x50 "$ROOT"
if ! wait_for a "396,337" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not start on the bundled data"; done
	exit 0
fi

# ---- F3: export rules runs as the other long commands do ----------------------------------------
why=""
text a ":export rules $tmp/rules.csv --min-count 3"
keys a Enter
if wait_for a "s or Esc stops" 300; then
	shows "export rules" || why="$why; the running line does not name export rules"
	keys a C-c
	if wait_for a "stopped: export rules" 300; then
		shows "not written" || why="$why; the stop does not say the file was not written"
		lacks "EXITED" || why="$why; Ctrl-C quit relrec"
		[ -e "$tmp/rules.csv" ] && why="$why; the file was written"
		ls "$tmp" | grep -q 'rules.csv.*tmp' && why="$why; a temporary file was left"
	else
		why="$why; Ctrl-C did not stop it"
	fi
else
	why="no running line with its stop key while export rules ran"
fi
if [ -z "$why" ]; then ok tui_export_rules_stops; else fail tui_export_rules_stops "$why"; fi

# ---- F5: a stopped start-up load is no failure of the session -----------------------------------
why=""
start b 160x50 "$ROOT" -- "$DATA"
if wait_for b "s or Esc stops" 300; then
	keys b Escape
	if wait_for b "stopped: load" 300; then
		keys b q
		wait_re b "EXITED [0-9]+" 100 >/dev/null
		shows "EXITED 0" || why="left with q after the stopped load, it did not exit 0"
	else
		why="Esc did not stop the start-up load"
	fi
else
	why="no running line while the start-up load ran"
fi
if [ -z "$why" ]; then ok tui_stopped_load_exits_0; else fail tui_stopped_load_exits_0 "$why"; fi

# ---- F11: a key the pop-up refused is said once it closes ---------------------------------------
why=""
start c 160x50 "$ROOT"
if wait_for c "396,337" 400; then
	text c ":filter until 2011-08-31"
	keys c Enter
	if wait_for c "Esc/q/Enter close  " 300; then
		keys c 4
		wait_for c "other keys do nothing over it" 50 >/dev/null || why="$why; 4 over the pop-up said nothing"
		keys c Enter
		wait_for c "4 (switch screens) was not done: it came while the output was open" 50 >/dev/null ||
			why="$why; once the pop-up closed, nothing said that 4 was not done"
	else
		why="$why; filter until opened no pop-up"
	fi
else
	why="the workbench did not start on the bundled data"
fi
if [ -z "$why" ]; then ok tui_popup_key_said; else fail tui_popup_key_said "$why"; fi

# ---- F12: Ctrl-Z without job control says so ---------------------------------------------------
why=""
keys c C-z
wait_for c "Ctrl-Z: no job control here" 50 >/dev/null || why="Ctrl-Z without job control said nothing"
lacks "EXITED" || why="$why; relrec ended"
if [ -z "$why" ]; then ok tui_suspend_without_job_control; else fail tui_suspend_without_job_control "$why"; fi

# ---- F13: every edge stops at the largest order count -------------------------------------------
why=""
start d 160x50 "$ROOT" -- tests/shops/files/kiotviet.csv.gz --decimal ,
if wait_for d "rows read" 300; then
	keys d Escape
	sleep 0.3
	keys d 2
	wait_for d "high" 50 >/dev/null
	keys d Down l
	wait_for d "edge 2 is at 5, past the largest order count 4: the class above it has no pair already" 50 >/dev/null ||
		why="edge 2 (at 5, the largest count 4) moved right without a word"
	grep -q "bins 2 6" "$tmp/journal.d" 2>/dev/null && why="$why; bins 2 6 ran"
else
	why="the workbench did not start on kiotviet"
fi
if [ -z "$why" ]; then ok tui_edge_past_largest_refused; else fail tui_edge_past_largest_refused "$why"; fi

# ---- t84 F5: + on the last edge puts no edge at or past the largest order count -----------------
# edge 2 still selected, at 5 past the largest count 4: + had put one at 8, its class empty
why=""
keys d +
wait_for d "no edge fits above 5: the largest order count is 4, and at it the class above would have no pair" 50 >/dev/null ||
	why="+ past the largest order count was not refused"
grep -q "bins 2 5 [0-9]" "$tmp/journal.d" 2>/dev/null && why="$why; an edge was added past 5"
if [ -z "$why" ]; then ok tui_add_edge_past_largest_refused; else fail tui_add_edge_past_largest_refused "${why#; }"; fi

# ---- t84 F8: a refused Together Enter at 80 columns shows its reason, the filters' tag giving way
why=""
start g 80x24 "$ROOT" -- tests/shops/files/kiotviet.csv.gz --decimal ,
if wait_for g "rows read" 300; then
	keys g Escape
	sleep 0.3
	for line in ":filter since 2023-02-01" ":filter drop-customers KH0001 KH0002 KH0003 KH0004 KH0005 KH0006" ":exclude items SKU-030 SKU-039 SKU-001"; do
		text g "$line"
		keys g Enter
		sleep 0.5
		keys g Escape
		sleep 0.3
	done
	keys g 5
	sleep 0.5
	text g "/SKU-030"
	keys g Enter
	sleep 0.3
	keys g Enter
	wait_for g "excluded by the business" 100 >/dev/null ||
		why="the refusal's reason was not on the status line"
else
	why="the workbench did not start on kiotviet"
fi
if [ -z "$why" ]; then ok tui_error_beats_filters_tag; else fail tui_error_beats_filters_tag "${why#; }"; fi

# ---- F9: days are not squeezed in a pop-up at 80x24 ---------------------------------------------
why=""
start e 80x24 "$ROOT" -- tests/shops/files/kiotviet.csv.gz --decimal ,
if wait_for e "rows read" 300; then
	keys e Escape
	sleep 0.3
	text e ":customers 30"
	keys e Enter
	if wait_for e "KH0052" 100; then
		grep -q "KH0052.*2023-01-09  2023-12-18 " "$SCREEN" ||
			why="the first or last purchase of KH0052 was cut"
		# the words beside the figures gave way instead: the headers over short counts
		grep -qE "invoi… +items +quant…" "$SCREEN" || why="$why; no header gave way"
		grep -qE " count(…|ry) " "$SCREEN" && why="$why; a country column on data without countries"
	else
		why="customers 30 showed no KH0052"
	fi
else
	why="the workbench did not start on kiotviet"
fi
if [ -z "$why" ]; then ok tui_days_not_squeezed; else fail tui_days_not_squeezed "$why"; fi

# ---- F9: a column of figures the pop-up's edge would cut waits for the sideways scroll ----------
why=""
start f 80x24 "$ROOT"
if wait_for f "396,337" 400; then
	keys f Escape
	gone f "Esc/q/Enter close  " 50 >/dev/null
	text f ":customers 5"
	keys f Enter
	if wait_for f "14646" 100; then
		# the country column gave way, the headers could not make room for the last purchase:
		# it is not drawn cut (2…), the row ends after the first purchase
		grep -qE "14646 .*2010-12-20 +│" "$SCREEN" || why="the first purchase was cut, or the last drawn cut"
		keys f Right
		wait_for f "2011-12-08" 50 >/dev/null || why="$why; scrolled sideways, no last purchase whole"
	else
		why="customers 5 showed no 14646"
	fi
else
	why="the workbench did not start on the bundled data"
fi
if [ -z "$why" ]; then ok tui_figures_left_to_scroll; else fail tui_figures_left_to_scroll "${why#; }"; fi

# ---- F10: what queued lines wait for once the running command has ended ------------------------
why=""
# the first session, 160 columns: the whole status line shows, the stale part too (t75's)
keys a Escape
gone a "Esc/q/Enter close  " 50 >/dev/null
# typed at once: the filter re-derives everything, customers and due are typed while it runs
text a ":filter country France"
keys a Enter
text a ":customers 2"
keys a Enter
text a ":due 30 2"
keys a Enter
if wait_for a "queued: it runs when this pop-up is closed" 200; then
	n=$(grep -o "runs when this pop-up is closed" "$SCREEN" | wc -l)
	[ "$n" = 1 ] || why="said $n times"
	lacks "ends)" || why="$why; still said to wait for a command that has ended"
	shows "─ customers 2 " || why="$why; not over customers' pop-up"
	# closed, the queued line runs and opens its own
	keys a Escape
	if wait_for a "─ due 30 2 " 100; then
		lacks "queued" || why="$why; a line still said queued once none waits"
		journal_in_order "$tmp/journal.a" "filter country France" "customers 2" "due 30 2" ||
			why="$why; the journal does not hold the three lines in order"
	else
		why="$why; closing the pop-up did not run the queued due 30 2"
	fi
else
	why="no pop-up said that a queued line waits for it"
fi
if [ -z "$why" ]; then ok tui_queue_waits_for_popup; else fail tui_queue_waits_for_popup "${why#; }"; fi
