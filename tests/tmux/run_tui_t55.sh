#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t55.sh — tester 55's findings on the workbench: adjacent bin edges on the
# Labels screen each keep their ▲ and their number, at 120, 100 and 80 columns, whichever edge
# is selected (F3); the message line is never cut without a sign: a long message takes the hint
# line's row too (a stopped run's "'runs use 2' to switch", the first load's "? help ... q quit"),
# and one longer still ends in "…" with "v shows it all", and v shows it whole (F4).
# Prints "ok NAME", "not ok NAME" or "skip NAME: why".
NAMES="tui_edges_adjacent tui_stopped_run_whole tui_long_path_whole tui_message_cut_marked"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-t55

# a data set under a long directory name: the first load's message passes 80 columns
long="$tmp/a-directory-name-long-enough-to-push-the-message"
mkdir "$long"
cp "$DATA" "$long/online_retail.csv.gz"

start a 120x35 "$ROOT"
start b 100x30 "$ROOT"
start c 80x24 "$ROOT" -- "$long/online_retail.csv.gz"
for s in a b c; do
	if ! wait_for $s "396,337" 400; then
		for n in $NAMES; do fail "$n" "the workbench ($s) did not start on the bundled data"; done
		exit 0
	fi
done

# ---- F4 (c): the first load's message at 80 columns, "? help ... q quit" whole ----------------
why=""
if wait_for c "rows read, 396337 kept." 100; then
	grep -qE '\? hel$' "$SCREEN" && why="the message ends in '? hel'"
	grep -qF "? help   : command   q quit" "$SCREEN" || why="$why; '? help   : command   q quit' is not on the screen whole"
else
	why="no load message"
fi
if [ -z "$why" ]; then ok tui_long_path_whole; else fail tui_long_path_whole "$why"; fi

# ---- F3 (a, b, c): bins 4 5 8, then 10 11 20: every edge marked and named, each selected ------
# the row of markers: the one line with a ▲; prints how many ▲ it has, then the line
marks() {
	grep -m1 "▲" "$SCREEN" | awk '{ n = gsub(/▲/, "&"); print n " " $0 }'
}
# check_edges SESSION WIDTH WANT_COUNT TEXT...: with each edge selected in turn (↓ moves the
# selection round, its column drawn bold), the marker row has WANT_COUNT ▲ and every TEXT
differs() { [ "$_scr" != "$before" ]; }
check_edges() {
	s=$1 w=$2 want=$3
	shift 3
	i=0
	while [ $i -lt "$want" ]; do
		i=$((i + 1))
		cap $s
		before=$(cat "$SCREEN")
		keys $s Down
		poll $s 30 differs || why="$why; $w columns: ↓ did not move the selection"
		row=$(marks)
		case "$row" in
		"$want "*) ;;
		*) why="$why; $w columns, selection $i: not $want markers: $row" ;;
		esac
		for t in "$@"; do
			case "$row" in
			*"$t"*) ;;
			*) why="$why; $w columns, selection $i: no '$t' in: $row" ;;
			esac
		done
	done
}
why=""
for s in a b c; do
	case $s in a) w=120 ;; b) w=100 ;; c) w=80 ;; esac
	keys $s 2 ':bins 4 5 8' Enter
	if wait_for $s "bins 4 5 8: 4 classes" 50; then
		check_edges $s $w 3 "▲4▲5" "▲8"
	else
		why="$why; $w columns: 'bins 4 5 8' not said"
	fi
	keys $s ':bins 10 11 20' Enter
	if wait_for $s "bins 10 11 20: 4 classes" 50; then
		check_edges $s $w 3 "▲ ▲10,11" "▲20"
	else
		why="$why; $w columns: 'bins 10 11 20' not said"
	fi
	keys $s ':bins 2 5' Enter
	wait_for $s "bins 2 5: 3 classes" 50 >/dev/null
done
if [ -z "$why" ]; then ok tui_edges_adjacent; else fail tui_edges_adjacent "$why"; fi

# ---- F4 (b, c): a stopped run's message whole at 100 and 80 columns -------------------------------
# run 2 learns a hundred times slower: worse than run 1 however many epochs it finishes.
# bottom_has TEXT: the screen's last two rows, read as one line (a message wraps at a blank)
bottom_has() { printf '%s\n' "$_scr" | tail -n 2 | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$1"; }
why=""
for s in b c; do
	case $s in b) w=100 ;; c) w=80 ;; esac
	keys $s 3 ':set epochs 2' Enter t
	if ! wait_for $s "done after 2 epochs" 600; then
		why="$why; $w columns: run 1 did not end"
		continue
	fi
	keys $s ':set lr 0.00001' Enter ':set epochs 500' Enter t
	if wait_re $s "training  epoch [0-9]+/500" 600; then
		keys $s s
		if poll $s 300 bottom_has "keeping run 1's model"; then
			_scr=$(cat "$SCREEN")
			bottom_has "keeping run 1's model (0." && bottom_has "'runs use 2' to switch" ||
				why="$why; $w columns: the stopped run's message does not end whole with 'runs use 2' to switch"
		else
			why="$why; $w columns: the stop did not say run 1's model is kept"
		fi
	else
		why="$why; $w columns: the second run did not start"
	fi
done
if [ -z "$why" ]; then ok tui_stopped_run_whole; else fail tui_stopped_run_whole "$why"; fi

# ---- F4 (c): a message too long for two rows ends in "…", says v, and v shows it whole -------------
far="/no such directory/one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty/the-end-of-it.csv"
keys c Escape 1
text c ":load '$far'"
keys c Enter
why=""
if wait_for c "v shows it all" 50; then
	grep -qF "the-end-of-it.csv" "$SCREEN" && why="the message fits: make it longer"
	grep -qF "… v shows it all" "$SCREEN" || grep -qE "…  +v shows it all" "$SCREEN" ||
		why="$why; the cut row does not end in '…' before 'v shows it all'"
	keys c v
	if wait_for c "the message line" 30; then
		grep -qF "the-end-of-it.csv" "$SCREEN" || why="$why; v's window lacks the message's end"
	else
		why="$why; v opened no window"
	fi
else
	why="a message of three rows does not say 'v shows it all'"
fi
if [ -z "$why" ]; then ok tui_message_cut_marked; else fail tui_message_cut_marked "$why"; fi

for s in a b c; do keys $s Escape ':q' Enter y; done
exit 0
