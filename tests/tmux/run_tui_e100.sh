#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_e100.sh — the Runs screen's table as printed at 80x24 (t61 F1), with three
# runs and run 2 current: its row is highlighted, as the header says; → scrolls the columns
# sideways with the run column kept at the left; every figure shown is whole (no "…") and is
# the figure `runs` prints at the prompt for that run; the key line says what ←/→ do in each
# view; a sourced `runs use` moves the highlight. Prints "ok NAME", "not ok NAME" or
# "skip NAME: why" (tests/run.sh).
NAMES="tui_runs_table_highlight tui_runs_table_frozen tui_runs_table_figures tui_runs_keyline
tui_runs_after_source"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-e100

# the same three runs in the workbench (80x24) and at the prompt (wide, no timing columns)
start a 80x24 "$ROOT"
start p 250x50 "$ROOT" HOME="$tmp/home" XDG_STATE_HOME="$tmp/state" INPUTRC=/dev/null \
	RELREC_NO_TIMING=1 -- --prompt
if ! wait_for a "396,337" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not load the bundled data"; done
	exit 0
fi

# trains N: wait until the journal of session S holds N train lines
trains() {
	i=0
	while [ $i -lt $((600 * SLOW)) ] && [ "$(grep -cx train "$tmp/journal.$1" 2>/dev/null)" != "$2" ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ "$(grep -cx train "$tmp/journal.$1" 2>/dev/null)" = "$2" ]
}
keys a 3 ':set epochs 1' Enter ':train' Enter
trains a 1 && wait_for a "run 1: 1 epoch, test macro-F1" 300
keys a ':set dim 16' Enter ':train' Enter
trains a 2 && wait_for a "run 2: 1 epoch, test macro-F1" 300
keys a ':set lr 0.01' Enter ':train' Enter
trains a 3 && wait_for a "run 3: 1 epoch, test macro-F1" 300
keys a ':runs use 2' Enter
wait_for a "run 2 is current" 100 && keys a Escape
keys a 6 t
wait_for a "the current model, run 2, is highlighted" 100
wait_for a "scroll sideways" 50

for line in 'set epochs 1' train 'set dim 16' train 'set lr 0.01' train 'runs use 2' runs; do
	text p "$line"
	keys p Enter
done
if wait_re p "^ +3 +- +kept" 600; then
	$T capture-pane -p -S -400 -t "=p:" | awk '/^run +current +model/ { n = NR } { l[NR] = $0 }
		END { for (i = n + 1; i in l && l[i] ~ /^ +[0-9]+ /; i++) print l[i] }' >"$tmp/prompt_rows"
else
	: >"$tmp/prompt_rows"
fi

# rows SCREENFILE: the table's body rows as drawn (escapes removed), "run" header's first
rows() {
	sed 's/\x1b\[[0-9;]*m//g' "$1" | awk '/^ run  / { on = 1; print; next } on && /^ +[0-9]+  / { print; next } on { exit }'
}

# figures ROWSFILE: each row's cells, read as words, are the prompt's for the same run, in
# a run of them (whole, so none is cut), the run first; "" when they are, else why not
figures() {
	awk -v pf="$tmp/prompt_rows" '
	BEGIN { while ((getline l < pf) > 0) { split(l, w); p[w[1]] = l } }
	NR == 1 { last = $NF == "seconds"; next }     # the prompt has no timing column
	{
		if (index($0, "\342\200\246")) { print "a cut figure: " $0; bad = 1; next }
		if (!($1 in p)) { print "no run " $1 " at the prompt"; bad = 1; next }
		s = " "; for (i = 2; i <= NF - last; i++) s = s $i " "
		n = split(p[$1], w); t = " "; for (i = 2; i <= n; i++) t = t w[i] " "
		if (NF - last < 3 || !index(t, s)) { print "run " $1 ": \"" s "\" is not in \"" t "\""; bad = 1 }
		rows++
	}
	END { if (!bad && rows != 3) print rows + 0 " runs shown, not 3" }' "$1"
}

# highlighted ESCFILE: the run ids whose cell is drawn bold (the current run's mark)
highlighted() {
	sed 's/\x1b\[1m/@B@/g; s/\x1b\[[0-9;]*m//g' "$1" |
		awk '/^ +(@B@)+[0-9]+  / { gsub(/@B@/, ""); print $1 }' | tr '\n' ' '
}

cap a
cp "$SCREEN" "$tmp/scr0"
$T capture-pane -p -e -t "=a:" >"$tmp/esc0"
rows "$tmp/esc0" >"$tmp/rows0"
hl0=$(highlighted "$tmp/esc0")
keys a Right
if wait_re a "columns [3-9][0-9]?-" 50; then
	$T capture-pane -p -e -t "=a:" >"$tmp/esc1"
	rows "$tmp/esc1" >"$tmp/rows1"
	hl1=$(highlighted "$tmp/esc1")
else
	: >"$tmp/rows1"
	hl1=""
fi
# on to the last columns (class F1, epochs): the widest figures
keys a Right Right Right
if wait_re a "columns [0-9]+-([0-9]+) of \1 " 50; then
	$T capture-pane -p -e -t "=a:" >"$tmp/esc2"
	rows "$tmp/esc2" >"$tmp/rows2"
	hl1="$hl1$(highlighted "$tmp/esc2")"
else
	: >"$tmp/rows2"
fi

if [ ! -s "$tmp/prompt_rows" ]; then
	fail tui_runs_table_highlight "the prompt printed no runs table"
elif [ "$hl0" = "2 " ] && [ "$hl1" = "2 2 " ]; then
	ok tui_runs_table_highlight
else
	fail tui_runs_table_highlight "run 2 (current) should be the one highlighted row; highlighted: '$hl0' then after →: '$hl1'"
fi

ids0=$(awk 'NR > 1 { printf "%s ", $1 }' "$tmp/rows0")
ids1=$(awk 'FNR > 1 { printf "%s ", $1 }' "$tmp/rows1" "$tmp/rows2")
if [ "$ids1" = "1 2 3 1 2 3 " ] && head -n 1 "$tmp/rows1" | grep -q '^ run  ' &&
	! cmp -s "$tmp/rows0" "$tmp/rows1"; then
	ok tui_runs_table_frozen
else
	fail tui_runs_table_frozen "after → the rows should still start with the runs 1 2 3 under 'run' (were '$ids0', are '$ids1')" \
		"before:" "$(cat "$tmp/rows0")" "after:" "$(cat "$tmp/rows1" "$tmp/rows2")"
fi

why=$(figures "$tmp/rows0"; figures "$tmp/rows1"; figures "$tmp/rows2")
if [ -s "$tmp/prompt_rows" ] && [ -z "$why" ]; then
	ok tui_runs_table_figures
else
	fail tui_runs_table_figures "${why:-the prompt printed no runs table}" "prompt:" "$(cat "$tmp/prompt_rows")"
fi

# the key line, from the one key table, names what ←/→ do in the view shown
why=""
grep -q "←/→ scroll sideways" "$tmp/scr0" || why="the table as printed's key line lacks '←/→ scroll sideways'"
keys a t
if wait_for a "←/→ earlier/later runs" 50; then
	grep -q "scroll sideways" "$SCREEN" && why="$why; runs as columns still say 'scroll sideways'"
else
	why="$why; runs as columns' key line lacks '←/→ earlier/later runs'"
fi
if [ -z "$why" ]; then ok tui_runs_keyline; else fail tui_runs_keyline "${why#; }"; fi

# a sourced script that changes the current run (or adds one): the Runs screen lists the runs
# again, as it does after a typed `runs use` (its '*' and highlight stayed on run 2)
printf 'runs use 3\n' >"$tmp/use3.rr"
keys a ":source $tmp/use3.rr" Enter
if wait_for a "the current model, run 3, is highlighted" 100; then
	ok tui_runs_after_source
else
	fail tui_runs_after_source "after ':source' of 'runs use 3' the Runs screen still marks another run"
fi
keys a Escape q
keys p q Enter
