#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui.sh — drives the real workbench in tmux (send-keys, capture-pane) and
# asserts on screen text. Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
# Every wait polls the screen with a timeout; nothing depends on fixed sleeps.
NAMES="tui_start tui_labels_edge tui_dropout tui_train tui_recommend tui_history tui_together
tui_together_keys tui_search_none tui_resize tui_no_color tui_quit_restores tui_ctrl_c
tui_sigterm tui_journal_replay tui_load_warns tui_data_filters tui_small_wrapped
tui_sigterm_export tui_sighup_export tui_size_from_terminal tui_outside_sigint_pipe"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-test

# ---- 1. start on the bundled data: the Data screen --------------------------------------------
start main 100x30 "$ROOT"
if wait_for main "396,337" 200 && grep -qF "541,909" "$SCREEN" && grep -qF "1 Data" "$SCREEN" &&
	grep -qF "135,080" "$SCREEN"; then
	ok tui_start
else
	fail tui_start "the Data screen did not show 541,909 rows read and 396,337 kept"
fi

# ---- 2. Labels: move the first edge right, the class counts change ------------------------------
keys main 2
if wait_for main "242,015" 50 && grep -qF "19,584" "$SCREEN"; then
	keys main Right
	if wait_for main "253,883" 50 && grep -qF "7,716" "$SCREEN" && grep -qF "bins 3 5" "$SCREEN" &&
		! grep -qF "242,015" "$SCREEN"; then
		ok tui_labels_edge
	else
		fail tui_labels_edge "after Right: wanted low 253,883 and medium 7,716 (bins 3 5)"
	fi
	keys main Left
	wait_for main "242,015" 50
else
	fail tui_labels_edge "the Labels screen did not show low 242,015 / medium 19,584"
fi

# ---- 3. Train: change dropout with the arrow keys -----------------------------------------------
keys main 3
wait_for main "hyperparameters" 50
# the default dropout belongs to the settings module: read it, expect it plus 0.05
d0=$(grep -E "^ +dropout " "$SCREEN" | awk '{print $2}')
want=$(awk -v d="$d0" 'BEGIN { printf "%.2f", d + 0.05 }')
keys main Down Right
if [ -n "$d0" ] && wait_for main "dropout = $want" 50 && grep -qE "dropout .*$want" "$SCREEN"; then
	ok tui_dropout
else
	fail tui_dropout "Down Right on Train (dropout ${d0:-?}) did not run 'set dropout $want'"
fi

# ---- 4. train variant 1 for two epochs through ':' ----------------------------------------------
text main ":set variant 1"
keys main Enter
wait_for main "variant = 1" 50
text main ":set epochs 2"
keys main Enter
wait_for main "epochs = 2" 50
keys main t
r=$(wait_any main 600 "done after 2 epochs" "stopped in epoch" "error:")
TRAINED=0
case "$r" in
"done after 2 epochs")
	braille=$(printf '\342[\240-\243]')
	if LC_ALL=C grep -q "$braille" "$SCREEN" && grep -qF "validation confusion matrix, epoch 2" "$SCREEN" &&
		grep -qF 'truth\pred' "$SCREEN" && grep -qE "^ low +[0-9]+ +[0-9.]+%" "$SCREEN" &&
		grep -qE "^ high .*%" "$SCREEN" && grep -qF "validation loss" "$SCREEN"; then
		ok tui_train
		TRAINED=1
	else
		fail tui_train "no braille loss curve or confusion matrix after training"
	fi
	cp "$SCREEN" "$tmp/train_screen"
	keys main r
	if wait_for main "macro avg" 100; then
		grep -F "macro avg" "$SCREEN" | sed 's/[│|]//g' | tr -s ' ' | sed 's/^ //;s/ $//' >"$tmp/tui_macro"
		keys main Escape
	fi
	;;
*) fail tui_train "training did not finish: ${r:-timeout}" ;;
esac

# ---- 5. Recommend: search a customer; Enter ends the search, a second Enter recommends -----------
keys main 4
wait_for main "customers" 50
keys main /
text main 17850
keys main Enter Enter
# (the status line says "running: recommend ..." meanwhile: wait for the table itself)
r=$(wait_any main 900 "stock code" "error:")
case "$r" in
"stock code")
	if grep -qF " recommend 17850 10" "$SCREEN" && grep -qE "^ +1 +[0-9A-Za-z]+ " "$SCREEN" &&
		grep -qF "HAND WARMER UNION JACK" "$SCREEN" && grep -qF "1 of 4,334" "$SCREEN"; then
		ok tui_recommend
		grep -E "^ +1 +[0-9A-Za-z]+ " "$SCREEN" | head -1 | awk '{print $2}' >"$tmp/tui_rec1"
		cp "$SCREEN" "$tmp/rec_screen"
	else
		fail tui_recommend "no ranked recommendations (or history) for customer 17850"
	fi
	;;
*) fail tui_recommend "recommend did not answer: ${r:-timeout}" ;;
esac

# ---- 5b. the customer's whole history: scroll it, sort it by last purchase and by spend ------------
why=""
wait_for main "1-7 of 21" 30 || why="the history does not say how much of it shows"
keys main Right Down Down Down Down Down Down Down Down Down Down
wait_for main "11-17 of 21" 30 || why="$why; Right then Down did not scroll the history"
keys main '>'
wait_for main "last▼" 30 || why="$why; > did not sort by the last purchase"
keys main '>'
if wait_for main "spend▼" 30; then
	# the first row is now the customer's largest spend; tmux may show the new header line a
	# moment before the rows under it, so the rows are read until they settle
	i=0
	while :; do
		top=$(grep -A1 "spend▼" "$SCREEN" | tail -1 | awk '{print $NF}' | tr -d , | cut -d. -f1)
		[ "${top:-0}" -ge 400 ] 2>/dev/null || [ "$i" -ge $((30 * SLOW)) ] && break
		sleep 0.1
		cap main
		i=$((i + 1))
	done
	[ "${top:-0}" -ge 400 ] 2>/dev/null || why="$why; sorted by spend, the first row spends $top"
else
	why="$why; > again did not sort by spend"
fi
keys main Escape
if [ -z "$why" ]; then ok tui_history; else fail tui_history "$why"; fi

# ---- 6. Together: search an item by description; Enter shows its rules ---------------------------
keys main 5
wait_for main "items" 50
keys main /
text main "white hanging heart"
wait_for main "85123A" 50
keys main Enter Enter
r=$(wait_any main 600 "CANDLEHOLDER PINK HANGING HEART" "error:")
case "$r" in
"CANDLEHOLDER PINK HANGING HEART")
	# two counts of one item, each saying what it counts
	if grep -qF " together 85123A" "$SCREEN" && grep -qF "22804" "$SCREEN" && grep -qF "lift" "$SCREEN" &&
		grep -qF "1,978 invoices with a customer id" "$SCREEN" &&
		grep -qF "in 2198 of 19773 baskets (all invoices" "$SCREEN"; then
		ok tui_together
	else
		fail tui_together "the rules of 85123A, with its invoice and basket counts each labelled"
	fi
	;;
*) fail tui_together "together did not answer: ${r:-timeout}" ;;
esac

# ---- 6b. Together's K, --by and --min-count from keys ---------------------------------------------
why=""
keys main b
wait_for main "together 85123A --by confidence " 100 || why="b did not sort by confidence"
keys main M
wait_for main "together 85123A --by confidence --min-count 50 " 100 || why="$why; M did not raise the minimum count"
keys main -
wait_for main "together 85123A 5 --by confidence --min-count 50" 100 || why="$why; - did not lower K"
if [ -z "$why" ]; then ok tui_together_keys; else fail tui_together_keys "$why"; fi

# ---- 6c. a search that matches nothing says so ------------------------------------------------------
keys main /
text main zzqqxx
if wait_for main "0 matches" 30; then ok tui_search_none; else fail tui_search_none "no '0 matches'"; fi
keys main Escape

# ---- 7. resize: a clean redraw at 80x24, the size message below it, and back ----------------------
keys main 1
wait_for main "order counts (pairs, log scale)" 50
$T resize-window -t =main: -x 80 -y 24
i=0
while [ $i -lt 50 ]; do
	cap main
	[ "$(wc -l <"$SCREEN")" -eq 24 ] && grep -qF "order counts (pairs, log scale)" "$SCREEN" && break
	sleep 0.1
	i=$((i + 1))
done
cp "$SCREEN" "$tmp/after_resize"
keys main C-l # a full repaint from scratch: must equal what the resize left
sleep 0.3
cap main
resize_ok=1
if ! grep -qF "order counts (pairs, log scale)" "$tmp/after_resize" || ! cmp -s "$tmp/after_resize" "$SCREEN"; then
	resize_ok=0
	why="the redraw after resizing to 80x24 differs from a full repaint"
fi
$T resize-window -t =main: -x 60 -y 20
if ! wait_for main "needs a terminal of at least 80" 50; then
	resize_ok=0
	why="no size message at 60x20"
fi
$T resize-window -t =main: -x 100 -y 30
if ! wait_for main "396,337" 50; then
	resize_ok=0
	why="the Data screen did not come back at 100x30"
fi
if [ $resize_ok -eq 1 ]; then ok tui_resize; else fail tui_resize "$why"; fi

# ---- 8. NO_COLOR: attributes only, no colour sequences ------------------------------------------
colour_re=$(printf '\033\\[([0-9]*;)*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)(;[0-9]+)*m')
$T capture-pane -p -e -t =main: >"$tmp/colour"
start nocolor 100x30 "$ROOT" NO_COLOR=1 --
if wait_for nocolor "396,337" 200; then
	$T capture-pane -p -e -t =nocolor: >"$tmp/mono"
	if grep -qE "$colour_re" "$tmp/colour" && ! grep -qE "$colour_re" "$tmp/mono"; then
		ok tui_no_color
	else
		fail tui_no_color "colour sequences: with colour $(grep -cE "$colour_re" "$tmp/colour") lines, NO_COLOR $(grep -cE "$colour_re" "$tmp/mono") lines"
	fi
	keys nocolor C-c
else
	fail tui_no_color "the NO_COLOR session did not start"
fi

# ---- 9. quit with q y: exit 0, the shell's terminal modes are back --------------------------------
keys main q # a run of this session is not saved: q asks first
wait_for main "quit anyway? (y/n)" 50
keys main y
if wait_for main "EXITED 0" 100 && wait_for main "icanon" 20 && grep -qE "(^| )icanon( |$)" "$SCREEN" &&
	grep -qE "(^| )echo( |$)" "$SCREEN" && ! grep -qF "1 Data" "$SCREEN"; then
	ok tui_quit_restores
else
	fail tui_quit_restores "wanted EXITED 0, icanon and echo on, and no workbench left on screen"
fi

# ---- 10. Ctrl-C quits and restores (the NO_COLOR session got one) ---------------------------------
if wait_for nocolor "EXITED 0" 100 && grep -qE "(^| )icanon( |$)" "$SCREEN" && grep -qE "(^| )echo( |$)" "$SCREEN"; then
	ok tui_ctrl_c
else
	fail tui_ctrl_c "Ctrl-C did not leave with EXITED 0 and the terminal restored"
fi

# ---- 11. SIGTERM: the handler restores the terminal and dies of the signal -------------------------
start term 100x30 "$ROOT"
if wait_for term "396,337" 200; then
	shpid=$($T display-message -p -t =term: '#{pane_pid}')
	# the shell runs `cd`, then relrec as its child
	pid=$(ps -o pid= --ppid "$shpid" | head -1 | tr -d ' ')
	[ -n "$pid" ] && kill -TERM "$pid"
	if wait_for term "EXITED 143" 100 && wait_for term "icanon" 20 && grep -qE "(^| )icanon( |$)" "$SCREEN" &&
		grep -qE "(^| )echo( |$)" "$SCREEN"; then
		ok tui_sigterm
	else
		fail tui_sigterm "wanted EXITED 143 with icanon and echo back on"
	fi
else
	fail tui_sigterm "the session did not start"
fi

# ---- 11c. a signal another program sends, whose default ends relrec (kill -QUIT, timeout -s
# ALRM, a process manager's USR1): the terminal given back, then the signal's own death (t47 F3:
# raw mode and the alternate screen were left behind)
for sn in QUIT:3 USR1:10 ALRM:14; do   # Linux's numbers (dash's kill -l names no number)
	sig=${sn%:*}
	start "d$sig" 100x30 "$ROOT" -- tests/replay/doctype_near.csv
	if ! wait_for "d$sig" "7 rows read, 7 kept" 200; then
		fail "tui_death_$sig" "the session did not start"
		continue
	fi
	shpid=$($T display-message -p -t "=d$sig:" '#{pane_pid}')
	pid=$(ps -o pid= --ppid "$shpid" | head -1 | tr -d ' ')
	[ -n "$pid" ] && kill -$sig "$pid"
	code=$((128 + ${sn#*:}))
	if wait_for "d$sig" "EXITED $code" 100 && wait_for "d$sig" "icanon" 20 &&
		grep -qE "(^| )icanon( |$)" "$SCREEN" && grep -qE "(^| )echo( |$)" "$SCREEN" &&
		[ "$($T display-message -p -t "=d$sig:" '#{alternate_on}')" = 0 ]; then
		ok "tui_death_$sig"
	else
		fail "tui_death_$sig" "wanted EXITED $code, icanon and echo back on, the main screen"
	fi
	$T kill-session -t "=d$sig" 2>/dev/null
done

# ---- 11d. a SIGINT from outside (kill -INT, timeout -s INT) is the Ctrl-C key: with a run
# unsaved it asks first; a SIGPIPE from outside (standard output is the terminal) changes
# nothing (t47 F7: both left at once with exit 0, the unsaved run lost)
why=""
start oint 100x30 "$ROOT"
if wait_for oint "396,337" 200; then
	shpid=$($T display-message -p -t "=oint:" '#{pane_pid}')
	pid=$(ps -o pid= --ppid "$shpid" | head -1 | tr -d ' ')
	text oint ":set epochs 1"
	keys oint Enter
	text oint ":train"
	keys oint Enter
	wait_re oint "run 1" 300 || why="no run 1"
	gone oint "training  epoch" 300
	kill -INT "$pid"
	wait_for oint "1 run of this session is not saved" 50 || why="$why; kill -INT did not ask"
	keys oint n
	wait_for oint "not quitting" 50 || why="$why; n did not cancel"
	kill -PIPE "$pid"
	sleep 1
	kill -0 "$pid" 2>/dev/null || why="$why; kill -PIPE ended the session"
	keys oint q
	wait_for oint "1 run of this session is not saved" 50 || why="$why; q did not ask"
	keys oint y
	wait_for oint "EXITED 0" 50 || why="$why; y did not quit"
else
	why="the session did not start"
fi
if [ -z "$why" ]; then ok tui_outside_sigint_pipe; else fail tui_outside_sigint_pipe "$why"; fi
$T kill-session -t "=oint" 2>/dev/null

# ---- 11b. SIGTERM, and a closed terminal (SIGHUP), during an export end the session as replay
# does: the export stops, its temporary file is removed, the terminal restored, exit 143 (t21:
# the workbench died of the signal and left PATH.XXXXXX.tmp, as large as the export)
for sig in TERM HUP; do
	name=tui_sig$(echo $sig | tr A-Z a-z)_export
	rm -rf "$tmp/wexp"; mkdir "$tmp/wexp"
	start "x$sig" 100x30 "$ROOT"
	if ! wait_for "x$sig" "396,337" 200; then
		fail "$name" "the session did not start"
		continue
	fi
	shpid=$($T display-message -p -t "=x$sig:" '#{pane_pid}')
	pid=$(ps -o pid= --ppid "$shpid" | head -1 | tr -d ' ')
	# the data up to March 2011 (a quarter of it): the recommender's fit before the file is
	# opened takes a sixth of the whole file's, and writing still lasts seconds
	text "x$sig" ":filter until 2011-03-01"
	keys "x$sig" Enter
	wait_re "x$sig" "filters: until 2011-03-01" 100
	text "x$sig" ":export recommendations $tmp/wexp/big.csv 1000"
	keys "x$sig" Enter
	i=0
	while [ $i -lt $((600 * SLOW)) ] && ! ls "$tmp/wexp" | grep -q '\.tmp$'; do sleep 0.1; i=$((i + 1)); done
	seen=$(ls "$tmp/wexp" | grep '\.tmp$')
	if [ $sig = HUP ]; then $T kill-session -t "=x$sig"; else kill -TERM "$pid"; fi
	i=0
	while [ $i -lt $((300 * SLOW)) ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
	left=$(ls "$tmp/wexp" | tr '\n' ' ')
	if [ -n "$seen" ] && ! kill -0 "$pid" 2>/dev/null && [ -z "$left" ] &&
		{ [ $sig = HUP ] || { wait_for "x$sig" "EXITED 143" 100 && grep -qE "(^| )icanon( |$)" "$SCREEN"; }; }; then
		ok "$name"
	else
		[ $sig = HUP ] && : > "$SCREEN"
		fail "$name" "temporary file while exporting: ${seen:-none}; left after: $left" \
			"(wanted none left, and for SIGTERM EXITED 143 with the terminal restored)"
	fi
done

# ---- 11a. the Data screen counts the rows outside the filters (its figures add up, as stats'), and
# the size message wraps on a narrow terminal instead of stating a cut size
start filt 100x30 "$ROOT"
if wait_for filt "396,337" 200; then
	keys filt ':filter country France Germany' Enter
	wait_for filt "kept 16692 rows" 100 # its answer pops up; Esc shows the Data screen again
	keys filt Escape
	if wait_re filt "outside the filters +523,857" 100 && grep -qE "kept +16,692" "$SCREEN" &&
		grep -qF "541,909" "$SCREEN" && grep -qE "dropped by cleaning +1,360" "$SCREEN"; then
		ok tui_data_filters
	else
		fail tui_data_filters "wanted 541,909 read = 523,857 outside the filters + 1,360 dropped + 16,692 kept"
	fi
	$T resize-window -t =filt: -x 38 -y 10
	if wait_for filt "80×24; this one is 38×10" 50 && grep -qF "relrec needs a terminal of at least" "$SCREEN" &&
		grep -qF "(make it larger; q quits)" "$SCREEN"; then
		ok tui_small_wrapped
	else
		fail tui_small_wrapped "at 38x10 the size message should wrap whole, with its hint below"
	fi
	keys filt C-c
else
	fail tui_data_filters "the session did not start"
	fail tui_small_wrapped "the session did not start"
fi

# ---- 11b. a load with a warning or a note pops its whole summary up (the Data screen shows
# neither), long lines wrapped so the option that settles it shows; Esc closes it. A file in
# cp1252 whose dates read both ways has both.
printf 'customer,sku,description,qty,date\nc1,A1,Caf\351,1,1/2/2023\nc2,A1,Caf\351,1,2/3/2023\n' >"$tmp/warn.csv"
start warn 110x30 "$tmp" -- warn.csv
if wait_for warn "warning: the dates are ambiguous" 100 && grep -qF "read as cp1252" "$SCREEN" &&
	grep -qF 'load "warn.csv"' "$SCREEN" && grep -qF -- '--date-format "%d/%m/%Y")' "$SCREEN"; then
	keys warn Escape
	if gone warn "warning: the dates are ambiguous" 50 && grep -qF "1 Data" "$SCREEN"; then
		ok tui_load_warns
	else
		fail tui_load_warns "Esc did not close the load's summary"
	fi
else
	fail tui_load_warns "the load's warning and note did not pop up"
fi
keys warn C-c

# ---- 11c. the size is the terminal's, not a stale COLUMNS and LINES: drawn for 100x30, the tab
# bar's right end ("q quit") on its first line (t30 F6: drawn for 200x60, lines wrapped into
# each other)
"$RELREC" gen 2000 --seed 3 >"$tmp/size.csv" 2>/dev/null
start size 100x30 "$tmp" COLUMNS=200 LINES=60 -- size.csv
if wait_for size "2000 rows read" 100 && head -1 "$SCREEN" | grep -q "q quit *$" &&
	[ "$(wc -l <"$SCREEN")" -eq 30 ]; then
	ok tui_size_from_terminal
else
	fail tui_size_from_terminal "not drawn for the window's 100x30"
fi
keys size C-c

# ---- 12. the session's journal replays headless to the same results --------------------------------
echo "    journal of the session:"
sed 's/^/    | /' "$tmp/journal.main"
"$RELREC" --replay "$tmp/journal.main" >"$tmp/replay.out" 2>&1
rc=$?
why=""
[ $rc -eq 0 ] || why="replay exited $rc"
grep -qF "bins 3 5" "$tmp/journal.main" || why="$why; the edge move is not in the journal"
grep -qF "set dropout $want" "$tmp/journal.main" || why="$why; the dropout change is not in the journal"
if [ $TRAINED -eq 1 ]; then
	grep -F "macro avg" "$tmp/replay.out" | tr -s ' ' | sed 's/^ //;s/ $//' >"$tmp/replay_macro"
	cmp -s "$tmp/tui_macro" "$tmp/replay_macro" ||
		why="$why; report differs: tui '$(cat "$tmp/tui_macro")' replay '$(cat "$tmp/replay_macro")'"
fi
if [ -s "$tmp/tui_rec1" ]; then
	rep1=$(sed -n '/^> recommend 17850/,/^> /p' "$tmp/replay.out" | grep -E "^ +1 +[0-9A-Za-z]+ " | head -1 | awk '{print $2}')
	[ "$rep1" = "$(cat "$tmp/tui_rec1")" ] || why="$why; top recommendation differs: tui $(cat "$tmp/tui_rec1") replay $rep1"
fi
if [ -z "$why" ]; then
	ok tui_journal_replay
else
	cp "$tmp/replay.out" "$SCREEN"
	fail tui_journal_replay "$why"
fi
if [ -n "$RELREC_TUI_CAPTURES" ]; then # keep the screens for the record
	cp "$tmp/train_screen" "$RELREC_TUI_CAPTURES.train" 2>/dev/null
	cp "$tmp/rec_screen" "$RELREC_TUI_CAPTURES.rec" 2>/dev/null
fi
exit 0
