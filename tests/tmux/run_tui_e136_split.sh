#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_e136_split.sh — an escape sequence whose bytes reach the workbench in two
# reads (a link, ssh or tmux cut them) is read as one key: Ctrl+→ (ESC [ 1 ; 5 C) cut after
# ESC [ 1 ; was Esc, then ";5C" typed into the command line; bracketed paste's mark
# ESC [ 2 0 0 ~ cut after ESC [ 2 0 typed "0~". The halves go as two tmux writes with a pause
# between (0.05 s: well inside ui/esckeys.h's ESCKEYS_SPLIT_MS, 250 ms, on a loaded machine too);
# an ESC alone is still Esc.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_e136_split_csi tui_e136_split_paste tui_e136_lone_esc"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-e136

# halves SESSION FIRST SECOND: the bytes FIRST ("1b 5b 31 3b"), a pause, then SECOND
halves() {
	# shellcheck disable=SC2086
	$T send-keys -t "=$1:" -H $2
	sleep 0.05
	# shellcheck disable=SC2086
	$T send-keys -t "=$1:" -H $3
}

start a 100x30 "$ROOT" -- "$DATA"
why=""
wait_for a "396,337" 400 || why="the workbench did not start"
if [ -z "$why" ]; then
	keys a :
	text a "ab"
	wait_for a ":ab" 50 || why="the command line did not open"
fi
# ---- Ctrl+→ cut after its parameter's ';': no key, nothing typed ---------------------------
if [ -z "$why" ]; then
	halves a "1b 5b 31 3b" "35 43"
	text a "cd"
	wait_for a ":abcd" 50 || why="Ctrl+→ in two reads was not read as one key"
fi
if [ -z "$why" ]; then ok tui_e136_split_csi; else fail tui_e136_split_csi "$why"; fi
# ---- a paste whose begin mark is cut: the pasted text only ---------------------------------
why2=""
if [ -z "$why" ]; then
	halves a "1b 5b 32 30" "30 7e"
	text a "xy"
	$T send-keys -t "=a:" -H 1b 5b 32 30 31 7e
	wait_for a ":abcdxy" 50 || why2="the paste's begin mark in two reads was typed as text"
else
	why2="not reached: $why"
fi
if [ -z "$why2" ]; then ok tui_e136_split_paste; else fail tui_e136_split_paste "$why2"; fi
# ---- an ESC alone, nothing after it: Esc, which closes the command line --------------------
why3=""
if [ -z "$why" ]; then
	$T send-keys -t "=a:" -H 1b
	gone a ":abcd" 50 || why3="an ESC alone was not read as Esc"
else
	why3="not reached: $why"
fi
if [ -z "$why3" ]; then ok tui_e136_lone_esc; else fail tui_e136_lone_esc "$why3"; fi
keys a q
exit 0
