#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t66.sh — tester 66's F10: a message about the Together or Recommend list
# ("no rule passes the filters ...: on the workbench, m lowers the count") is not shown on the
# screens that do not show that list; a message about no list (bins) still is.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_list_message_stays_with_list tui_other_message_follows"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-t66

start a 120x35 "$ROOT"
if ! wait_for a "396,337" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not start on the bundled data"; done
	exit 0
fi

# status_has SESSION TEXT: the bottom two rows (the status line, two rows when long) hold TEXT
status_has() { cap "$1"; tail -n 2 "$SCREEN" | grep -qF -- "$2"; }

# ---- the list's message: shown on Together, gone on Runs and Data, not back on Together --------
why=""
keys a ':together 85123A 5 --min-count 100000' Enter
if wait_for a "no rule passes the filters" 300; then
	keys a 6
	wait_for a "Runs" 50 >/dev/null
	gone a "no rule passes" 50 >/dev/null || why="$why; Runs shows Together's message"
	keys a 1
	gone a "no rule passes" 50 >/dev/null || why="$why; Data shows Together's message"
	keys a 5
	wait_for a "m/M min count" 50 >/dev/null
	status_has a "no rule passes" && why="$why; the message came back on Together's status line"
	shows "no rule passes" || why="$why; Together's pane lost its output"
else
	why="together with --min-count 100000 said no 'no rule passes'"
fi
if [ -z "$why" ]; then ok tui_list_message_stays_with_list; else fail tui_list_message_stays_with_list "$why"; fi

# ---- a message about no list: bins' line follows to the other screens --------------------------
why=""
keys a ':bins 2 5' Enter
if wait_for a "bins 2 5: 3 classes" 300; then
	keys a 6
	wait_for a "bins 2 5: 3 classes" 50 >/dev/null || why="Runs lost bins' message"
else
	why="bins 2 5 said nothing on the status line"
fi
if [ -z "$why" ]; then ok tui_other_message_follows; else fail tui_other_message_follows "$why"; fi
