#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t55.sh — tester 55's findings on the workbench: adjacent bin edges on the
# Labels screen each keep their ▲ and their number, at 120, 100 and 80 columns, whichever edge
# is selected (F3); the message line is never cut without a sign: a long message ends in "…" and
# "v shows it all", and v shows it whole (a stopped run's "'runs use 2' to switch", the first
# load's "... 396337 kept."); an error takes two rows before it is cut so (F4).
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

# ---- F4 (c): the first load's message at 80 columns: cut with "…", v shows it whole -----------
# whole_by_v SESSION TEXT: the status line ends in "…" and "v shows it all", and v's window holds
# TEXT (the message's end); the window closed again
whole_by_v() {
	tail -n 1 "$SCREEN" | grep -qE "…  +v shows it all" || { why="$why; the cut status line does not end in '…  v shows it all'"; return; }
	keys $1 v
	if wait_for $1 "the message line" 30; then
		# the window's rows read as one text: what is inside its frame, the lines it wrapped
		# joined again
		want=$(printf '%s' "$2" | tr -s ' ')
		awk '{ if (split($0, a, "│") >= 3) printf "%s ", a[2] }' "$SCREEN" | tr -s ' ' |
			grep -qF -- "$want" ||
			why="$why; v's window lacks '$2'"
	else
		why="$why; v opened no window"
	fi
	keys $1 Escape
	gone $1 "the message line" 30 >/dev/null
}
why=""
if wait_for c "v shows it all" 100; then
	grep -qE '\? hel$' "$SCREEN" && why="the message ends in '? hel'"
	# its end, whole (the key hints, which do not fit, are left out: t78 F14)
	whole_by_v c "541909 rows read, 396337 kept."
else
	why="no load message cut with 'v shows it all'"
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

# ---- F4 (b, c): a stopped run's message, cut at 100 and 80 columns, whole in v's window ----------
# run 2 learns a hundred times slower: worse than run 1 however many epochs it finishes
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
		if wait_for $s "stopped: run 2 stopped after" 300; then
			whole_by_v $s "keeping run 1's model (0."
			whole_by_v $s "'runs use 2' to switch"
		else
			why="$why; $w columns: the stop did not say run 1's model is kept"
		fi
	else
		why="$why; $w columns: the second run did not start"
	fi
done
if [ -z "$why" ]; then ok tui_stopped_run_whole; else fail tui_stopped_run_whole "$why"; fi

# ---- F4 (c): an error too long for two rows ends in "…", says v, and v shows it whole -------------
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
