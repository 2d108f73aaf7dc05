#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_t58.sh — at 80x24 figures are never cut and a table that does not fit says
# so (t58 F4, F11): the Recommend history's title keeps customer 12346's spend 77,183.60 whole
# (it read "77,") and cuts the country with … instead; the Runs screen marks the rows that do not
# fit and ↑/↓ bring them (epochs and seconds fell off the bottom unsaid, and a stopped run looked
# finished). A train whose output ends in a note says its result on the status line (the note, cut,
# stood there and the test macro-F1 nowhere: F10); after a stopped
# run, `runs use N` back to the run current before it shows that run's figures on Train (F2).
# Resizing keeps the help's place (F8: it went back to its top).
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_t58_figures_whole tui_t58_runs_rows tui_t58_train_result tui_t58_runs_use_back tui_t58_resize_keeps_place"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-t58

# joined: the text inside the screen's pop-up frame (│ … │), its lines joined by single spaces
# (what the screen shows beside the frame left out); shows_joined RE: for poll, RE found there
joined() { printf '%s\n' "$_scr" | sed -n 's/^[^│]*│\(.*\)│.*$/\1/p' | tr '\n' ' ' | sed 's/  */ /g'; }
shows_joined() { joined | grep -qE -- "$1"; }

start a 80x24 "$ROOT" -- "$DATA"
start b 120x35 "$ROOT" -- tests/replay/due_tiny.csv

# ---- F8: the help scrolled two pages, the window resized: not back at its top -----------------
why=""
if wait_for b "rows read" 300; then
	keys b Escape F1
	if wait_for b "Keys that change" 50; then
		keys b NPage NPage
		gone b "Keys that change" 50 || why="PgDn did not scroll the help"
		$T resize-window -t "=b:" -x 100 -y 30
		sleep 1
		cap b
		grep -q "Keys that change" "$SCREEN" && why="$why; the resize took the help back to its top"
	else
		why="? did not open the help"
	fi
else
	why="the tiny file did not load"
fi
if [ -z "$why" ]; then ok tui_t58_resize_keeps_place; else fail tui_t58_resize_keeps_place "$why"; fi
keys b Escape q
if ! wait_for a "396,337" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not start on the bundled data"; done
	exit 0
fi

# ---- F4: the history's title at 80 columns ---------------------------------------------------
why=""
keys a 4 Home
if wait_for a "12346  " 50; then
	grep -q "spend 77,183.60" "$SCREEN" || why="12346's spend is not whole"
	keys a Down
	if wait_for a "12347  " 50; then
		grep -q "spend 4,310.00" "$SCREEN" || why="$why; 12347's spend 4,310.00 is not whole"
	else
		why="$why; Down did not select 12347"
	fi
	keys a /
	text a 17850
	keys a Enter
	if wait_for a "17850  " 50; then
		grep -q "spend 5,391.21" "$SCREEN" || why="$why; 17850's spend 5,391.21 is not shown"
		grep -q "17850  Un[A-Za-z ]*…" "$SCREEN" || why="$why; the country is not cut with …"
	else
		why="$why; /17850 did not select 17850"
	fi
else
	why="Home did not select 12346"
fi
if [ -z "$why" ]; then ok tui_t58_figures_whole; else fail tui_t58_figures_whole "$why"; fi

# ---- F11: the Runs screen at 80x24 with two runs: rows that do not fit are marked, and ↓
# brings epochs and seconds ------------------------------------------------------------------------
why=""
keys a Escape Escape :
text a 'set epochs 1'
keys a Enter :
text a 'train'
keys a Enter :
text a 'train'
keys a Enter
if wait_for a "run 2" 1200 && { keys a 6; wait_for a "current model" 100; }; then
	if grep -q "^ *epochs " "$SCREEN" && grep -q "^ *seconds " "$SCREEN"; then
		:   # all fit
	elif grep -q "▼.*rows 1-" "$SCREEN"; then
		keys a NPage
		wait_re a "^ *seconds " 50 || why="↓ (PgDn) did not bring the seconds row"
		grep -q "^ *epochs " "$SCREEN" || why="$why; the epochs row did not come with it"
		grep -q "▼" "$SCREEN" && why="$why; the ▼ mark stayed at the last row"
	else
		why="epochs or seconds not on the screen, and no mark says rows are left out"
	fi
else
	why="two runs of one epoch did not end"
fi
if [ -z "$why" ]; then ok tui_t58_runs_rows; else fail tui_t58_runs_rows "$why"; fi

# ---- F10: a class with no test pairs (bins 3 62 leaves one pair in the last) ----------------
why=""
keys a 3 :
text a 'bins 3 62'
keys a Enter :
text a 'train'
keys a Enter
if wait_for a "run 3: 1 epoch" 1200; then
	last=$(grep -v '^ *$' "$SCREEN" | tail -1)
	case $last in *"run 3: 1 epoch, test macro-F1"*) ;; *) why="$why; the status line is not the result: $last" ;; esac
else
	why="run 3's result is not on the screen"
fi
if [ -z "$why" ]; then ok tui_t58_train_result; else fail tui_t58_train_result "$why"; fi

# ---- F2: a run stopped, keeping the model before it; runs use that run: the Train screen
# shows its figures ----------------------------------------------------------------------------------
why=""
keys a :
text a 'set epochs 30'
# a learning rate too small to learn: the stopped run is worse than run 3 at any epoch, so the
# stop keeps run 3's model (with 0.001 it could be better after 2 epochs, and kept itself)
keys a Enter :
text a 'set lr 0.000001'
keys a Enter :
text a 'train'
keys a Enter
if wait_re a "epoch (2|3|4)/30" 1200; then
	keys a C-c
	# the status line cuts the stop's message at 80 columns ("test…  v shows it all"): v
	# shows it whole, with the run it keeps, wrapped in the pop-up: read it with the lines and
	# the frame joined ("keeping" can end one line and "run 3's model" begin the next)
	if wait_for a "v shows it all" 600 && keys a v &&
	   poll a 100 shows_joined "keeping run [0-9]+'s model"; then
		kept=$(joined | grep -oE "keeping run [0-9]+'s model" | grep -oE "[0-9]+" | head -1)
		# t58 F2's steps: the stopped run made current, undone, then the kept run chosen
		keys a Escape Escape :
		text a "runs use $((kept + 1))"
		keys a Enter
		wait_for a "run $((kept + 1)) is current" 100
		keys a Escape u
		sleep 1
		keys a Escape :
		text a "runs use $kept"
		keys a Enter
		wait_for a "run $kept is current" 100
		keys a Escape 3
		if wait_for a "run $kept (current)" 100; then
			shows "(current: run $kept)" && why="the stopped run's figures stay beside run $kept's"
		else
			why="after runs use $kept the Train screen does not show run $kept's figures"
		fi
	else
		why="the stop's message, shown whole, names no run kept"
	fi
else
	why="run 4 did not start"
fi
if [ -z "$why" ]; then ok tui_t58_runs_use_back; else fail tui_t58_runs_use_back "$why"; fi
keys a Escape q
wait_for a "quit anyway" 30 && keys a y
exit 0
