#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t78.sh — tester 78's workbench findings, at 80x24.
# F12: a pop-up's prose, wrapped to its width, stays whole and at its left edge when the
# tables scroll sideways (scrolled, the wrapped rows fell apart into tails and blanks).
# F14: at 80 columns the start-up status line leaves its key hints out (the tab bar has
# "? help") rather than cutting them into "?…" with "v shows it all"; at 100 it keeps them.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_start_hints_dropped tui_prose_stays_when_scrolled"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-t78

start a 80x24 "$ROOT"
if ! wait_for a "396,337" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not start on the bundled data"; done
	exit 0
fi

# ---- F14: the hint words give way first ----------------------------------------------------------
why=""
if wait_for a "396337 kept." 100; then
	lacks "v shows it all" || why="the status line was cut (v shows it all)"
	shows "?…" && why="$why; a hint cut into ?…"
else
	why="no start-up status line"
fi
start b 100x30 "$ROOT"
if wait_for b "396337 kept." 400; then
	shows "kept.  ? help   : command   q quit" || why="$why; at 100 columns the hints were left out"
else
	why="$why; no start-up status line at 100 columns"
fi
if [ -z "$why" ]; then ok tui_start_hints_dropped; else fail tui_start_hints_dropped "${why#; }"; fi

# ---- F12: only the tables scroll sideways ---------------------------------------------------------
why=""
keys a Escape
gone a "Esc/q/Enter close  " 50 >/dev/null
text a ":customers 5"
keys a Enter
if wait_for a "14646" 100; then
	# customers' footer, wider than the pop-up, wraps in three rows
	shows "│ items: distinct stock codes bought;" || why="the footer's first row is not whole"
	for i in 1 2 3 4 5 6 7 8; do keys a Right; done
	if wait_for a "2011-12-08" 50; then
		shows "│ items: distinct stock codes bought;" ||
			why="$why; scrolled sideways, the footer's first row lost its start"
		shows "│     buyer, the shop's own)" ||
			why="$why; scrolled sideways, the footer's last row lost its start"
		shows_re "[0-9]{4}-[0-9]{2}-[0-9]{2}  2011-12-08" || why="$why; the table did not scroll"
	else
		why="$why; scrolled sideways, no last purchase"
	fi
else
	why="customers 5 showed no 14646"
fi
if [ -z "$why" ]; then ok tui_prose_stays_when_scrolled; else fail tui_prose_stays_when_scrolled "${why#; }"; fi
