#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_e120_escape.sh — keys typed ahead as escape sequences act as those keys,
# never as Esc, which stops the running command (t66 F1): → typed with the Enter that starts
# relrec reaches it as ESC [ C, the form a terminal sends before a program turns its keypad
# mode on (screen's and tmux's → is ESC O C then), and curses read it as Esc, '[' and 'C':
# the start-up load stopped. The other forms of Home, End, F5 and Ctrl+→, typed during the
# load, and arrows typed during a training, stop nothing either. ui/esckeys.h reads them.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_e120_arrow_at_start tui_e120_keys_during_load tui_e120_arrows_during_training tui_e126_long_sequence tui_e132_control_strings"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-e120

# shell SESSION: a shell in the tree, where what is typed starts relrec as a person would
shell() {
	$T new-session -d -s "$1" -x 100 -y 30 "cd '$ROOT' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='$ ' sh"
	wait_for "$1" '$' 50
}
# hexkeys SESSION SEQ...: each SEQ ("1b 5b 43") written as those bytes, whatever tmux's own
# keys would send for it in the pane's current mode
hexkeys() {
	s=$1
	shift
	for seq in "$@"; do
		# shellcheck disable=SC2086
		$T send-keys -t "=$s:" -H $seq
	done
}
loaded="541909 rows read, 396337 kept"

# ---- the command, Enter, 2 and → at once: the load completes and → is read as → -------------
# (Labels' move-edge key, which waits for the load: "works when it ends" says it was read)
shell a
text a "'$RELREC' --journal '$tmp/journal.a' $DATA"
keys a Enter 2 Right
why=""
r=$(wait_any a 400 "$loaded" "stopped: load" "no data loaded")
[ "$r" = "$loaded" ] || why="the load did not complete (screen: '$r')"
if [ -z "$why" ] && ! wait_for a "(move edge) works when it ends" 50; then
	why="→ typed ahead was not read as the Labels screen's arrow"
fi
if [ -z "$why" ]; then ok tui_e120_arrow_at_start; else fail tui_e120_arrow_at_start "$why"; fi
keys a Escape
gone a "Esc/q/Enter close" 50
keys a q

# ---- Home, End, F5, Ctrl+→ and → in their other forms, typed as the load starts --------------
shell b
text b "'$RELREC' --journal '$tmp/journal.b' $DATA"
keys b Enter
hexkeys b "1b 5b 48" "1b 5b 46" "1b 5b 31 35 7e" "1b 5b 31 3b 35 43" "1b 4f 43" "1b 5b 43"
why=""
r=$(wait_any b 400 "$loaded" "stopped: load" "no data loaded")
[ "$r" = "$loaded" ] || why="the load did not complete (screen: '$r')"
# on the Data screen still: no '1' or '5' of a sequence switched screens
if [ -z "$why" ] && ! wait_for b "order counts (pairs, log scale)" 50; then
	why="a sequence's bytes were read as keys: the Data screen is not shown"
fi
if [ -z "$why" ]; then ok tui_e120_keys_during_load; else fail tui_e120_keys_during_load "$why"; fi
keys b Escape
gone b "Esc/q/Enter close" 50
keys b q

# ---- arrows and Ctrl+→ in the form the terminal's description lacks, during a training -------
start c 100x30 "$ROOT" -- "$DATA"
why=""
if ! wait_for c "396,337" 400; then
	why="the workbench did not start"
else
	keys c 3 ':set epochs 8' Enter t
	wait_for c "training  epoch" 300 || why="the training did not start"
fi
if [ -z "$why" ]; then
	hexkeys c "1b 5b 43" "1b 5b 44" "1b 5b 31 3b 35 43" "1b 5b 42"
	wait_for c "done after 8 epochs" 900 || why="the training did not run its 8 epochs (stopped?)"
fi
if [ -z "$why" ]; then ok tui_e120_arrows_during_training; else fail tui_e120_arrows_during_training "$why"; fi
keys c q

# ---- a sequence longer than 16 bytes is dropped whole (t68 F3) -----------------------------
# ESC [ 1;1;1;1;1;1;1;1;3 t (20 bytes, an xterm window report's shape): its tail '3', 't' went
# to screen 3 and started a training; ... 1 q asked to quit. Then 6, which shows the Runs
# screen once both sequences were read: no run may be listed, no question asked.
start d 100x30 "$ROOT" -- "$DATA"
why=""
wait_for d "396,337" 400 || why="the workbench did not start"
if [ -z "$why" ]; then
	hexkeys d "1b 5b 31 3b 31 3b 31 3b 31 3b 31 3b 31 3b 31 3b 31 3b 33 74" \
		"1b 5b 31 3b 31 3b 31 3b 31 3b 31 3b 31 3b 31 3b 31 3b 31 71"
	keys d 6
	wait_for d "no runs listed yet" 100 || why="a sequence's tail was read as keys: a run began or a question was asked"
fi
if [ -z "$why" ]; then
	cap d
	grep -qE 'quit anyway|queued' "$SCREEN" && why="a sequence's 'q' asked to quit"
	grep -qE 'training:|● train' "$SCREEN" && why="a sequence's 't' started a training"
fi
if [ -z "$why" ]; then ok tui_e126_long_sequence; else fail tui_e126_long_sequence "$why"; fi
keys d q

# ---- a terminal's control strings are dropped whole (t71 F25) -------------------------------
# during a training: xterm's background colour reply ESC ] 11;rgb:00/00/00 BEL, DECRQSS's
# ESC P 1$r0m ESC \, a title ESC ] 2;q BEL and an APC ESC _ 1q ESC \. Their ESC stopped the
# training, '1' and '2' switched screens, 'q' asked to quit: the 8 epochs must run, unasked.
start e 100x30 "$ROOT" -- "$DATA"
why=""
if ! wait_for e "396,337" 400; then
	why="the workbench did not start"
else
	keys e 3 ':set epochs 8' Enter t
	wait_for e "training  epoch" 300 || why="the training did not start"
fi
if [ -z "$why" ]; then
	hexkeys e "1b 5d 31 31 3b 72 67 62 3a 30 30 2f 30 30 2f 30 30 07" \
		"1b 50 31 24 72 30 6d 1b 5c" "1b 5d 32 3b 71 07" "1b 5f 31 71 1b 5c"
	wait_for e "done after 8 epochs" 900 || why="the training did not run its 8 epochs (stopped by a string's ESC?)"
fi
if [ -z "$why" ]; then
	cap e
	grep -qE 'quit anyway|not quitting' "$SCREEN" && why="a string's 'q' asked to quit"
fi
if [ -z "$why" ]; then ok tui_e132_control_strings; else fail tui_e132_control_strings "$why"; fi
keys e q
exit 0
