#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t58_typeahead.sh — keys typed ahead act where they were typed, in order, and
# none is lost (t58 F3, F5): Enter on the Recommend or Together list typed while the start-up
# load runs waits for the data and then recommends (it was dropped: the list was empty); keys
# typed while a command ran that did not read them are read as typed then, not taken by the
# pop-up its output opens (Enter closed it, j scrolled it, and a recommend was lost).
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_t58_typeahead_loading tui_t58_typeahead_popup"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-typeahead

# ---- during the start-up load: go to Recommend, find 17850, recommend; then Together, find
# 85123A, show its rules: both run, in this order, once the data is there ------------------------
start a 80x24 "$ROOT" -- "$DATA"
keys a 4 /
text a 17850
keys a Enter Enter 5 /
text a 85123A
keys a Enter Enter
why=""
wait_for a "85123A" 400 || why="Together did not show 85123A"
n=0
while [ -z "$why" ] && [ $n -lt 300 ] && ! grep -q '^together 85123A' "$tmp/journal.a" 2>/dev/null; do
	sleep 0.2
	n=$((n + 1))
done
if [ -z "$why" ] && ! journal_in_order "$tmp/journal.a" "recommend 17850 10"; then
	why="the Enter typed for Recommend during the load did not recommend for 17850"
fi
if [ -z "$why" ] && ! grep -q '^together 85123A' "$tmp/journal.a"; then
	why="the Enter typed for Together during the load did not show 85123A's rules"
fi
if [ -z "$why" ]; then
	order=$(grep -E '^(recommend|together) ' "$tmp/journal.a" | cut -d' ' -f1-2 | tr '\n' ' ')
	[ "$order" = "recommend 17850 together 85123A " ] || why="ran in another order: $order"
fi
if [ -z "$why" ]; then ok tui_t58_typeahead_loading; else fail tui_t58_typeahead_loading "$why"; cat "$tmp/journal.a" 2>/dev/null | sed 's/^/    journal: /'; fi

# ---- keys typed while a command runs whose output pops up: a rule changed, then four
# recommends for the customers one after the other (Enter ↓ Enter ↓ Enter j Enter) -------------
why=""
if grep -q '^load ' "$tmp/journal.a" && ! grep -qF "loading:" "$SCREEN"; then
	keys a 4 Escape Escape Home
	wait_for a "12346" 50 || why="Home did not select 12346"
	keys a : 
	text a 'clean returns off'
	keys a Enter Enter Down Enter Down Enter j Enter
	if wait_for a "Esc/q/Enter" 300; then
		keys a Escape
	else
		why="clean's output did not pop up"
	fi
	n=0
	while [ -z "$why" ] && [ $n -lt 600 ] && ! grep -q '^recommend 12349 ' "$tmp/journal.a"; do
		sleep 0.2
		n=$((n + 1))
	done
	if [ -z "$why" ]; then
		order=$(sed -n '/^clean returns off/,$p' "$tmp/journal.a" | cut -d' ' -f1-2 | tr '\n' ' ')
		[ "$order" = "clean returns recommend 12346 recommend 12347 recommend 12348 recommend 12349 " ] ||
			why="journal after clean: $order (4 recommends, 12346 to 12349, wanted)"
	fi
else
	why="no data"
fi
if [ -z "$why" ]; then ok tui_t58_typeahead_popup; else fail tui_t58_typeahead_popup "$why"; fi
keys a Escape q
exit 0
