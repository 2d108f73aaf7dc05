#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_input.sh — what the workbench takes as keys and what it does not: a paste
# is text (its lines run in the `:` line, and nowhere else is it keys), and the terminal's paste
# mode is given back on exit; over a pop-up only its keys work, and ←/→ scroll its wide lines;
# q while a command runs waits for it to end, as :quit does; Ctrl-Z suspends while a line is
# typed, and fg brings it back as it was (and the paste mode with it); the help lists the vi keys
# beside the arrows. Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_paste_lines tui_paste_not_keys tui_paste_mode_restored tui_popup_keys_only
tui_popup_sideways tui_quit_waits tui_suspend_editing tui_suspend_paste_mode
tui_help_vi_keys tui_long_ids tui_paste_too_long tui_paste_huge_live tui_overflow_cleared"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-input

# paste SESSION TEXT: TEXT (printf's escapes: \n) pasted as a terminal pastes it, bracketed
# when the program asked for that (tmux's paste-buffer -p), in one piece
paste() {
	printf "$2" >"$tmp/paste"
	$T load-buffer -b p "$tmp/paste"
	$T paste-buffer -p -t "=$1:" -b p
}

start a 100x30 "$ROOT"
start b 100x30 "$ROOT"
if ! wait_for a "396,337" 400 || ! wait_for b "396,337" 400; then
	for n in $NAMES; do fail "$n" "the workbench did not start on the bundled data"; done
	exit 0
fi

# ---- keys name a long id whole: Enter on a customer of 600 bytes recommends for it; Enter and a
# on a stock code of 300 bytes (with a quote in it) run together and audience for it. And a spend
# wider than the spend column (43,141,000) keeps a blank between it and the last purchase -------
long_u=L$(printf '%600s' '' | tr ' ' u)
wide_u=$(printf '%120s' '' | sed 's/ /客/g')
long_i=K\"$(printf '%300s' '' | tr ' ' k)
{
	echo 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
	for n in 1 2 3 4 5 6; do
		echo "$n,A,ITEM A,1,2023-01-0$n 10:00,2.5,C1,UK"
		echo "$n,\"K\"\"$(printf '%300s' '' | tr ' ' k)\",ITEM K,1,2023-01-0$n 10:00,2.5,C1,UK"
		echo "1$n,A,ITEM A,1,2023-01-0$n 11:00,2.5,$long_u,UK"
	done
	echo "7,BIG,ITEM BIG,1000,2023-01-07 10:00,43141,C1,UK"
	echo "8,A,ITEM A,1,2023-01-07 11:00,2.5,$wide_u,UK"
} >"$tmp/long.csv"
start l 200x30 "$ROOT" -- "'$tmp/long.csv'"
why=""
if wait_for l "20 kept" 100; then
	keys l 4 Home
	wait_for l "ITEM BIG" 30
	grep -q "2023-01-07 43,141,000" "$SCREEN" || why="$why; the spend 43,141,000 is not a column of its own"
	keys l /
	text l Luuuu
	keys l Enter Enter
	wait_for l "scored" 50 || why="$why; Enter on the long customer recommended nothing"
	grep -qF "recommend $long_u 10" "$tmp/journal.l" || why="$why; no 'recommend' of the whole id journaled"
	keys l 5 Home
	wait_for l "ITEM K" 30
	keys l Down Enter
	sleep 0.5
	keys l a
	sleep 1
	cap l
	grep -qF "together \"K\\\"kkk" "$tmp/journal.l" || why="$why; no 'together' of the long code journaled"
	grep -qF "audience \"K\\\"kkk" "$tmp/journal.l" || why="$why; no 'audience' of the long code journaled"
	grep -q "^together .*kkk\"$" "$tmp/journal.l" && [ "$(grep '^together' "$tmp/journal.l" | head -1 | wc -c)" -gt 300 ] ||
		why="$why; the journaled together line is cut"
	grep -q "error:" "$SCREEN" && why="$why; an error on the screen"
	# a pane's title cut to its length ends between characters, never inside one
	keys l Escape 4 ':'
	text l "recommend $wide_u"
	keys l Enter
	if wait_for l "recommend 客客" 50; then
		grep -q '\\x' "$SCREEN" && why="$why; the title of a recommend for a CJK id shows a cut character"
	else
		why="$why; ':recommend' of the CJK id showed no title"
	fi
else
	why="the workbench did not load the long ids' file"
fi
if [ -z "$why" ]; then ok tui_long_ids; else fail tui_long_ids "${why#; }" "journal: $(cut -c1-80 "$tmp/journal.l" | tr '\n' '|')"; fi
keys l Escape q

# ---- a paste of lines into ':' runs each line; the last, unfinished, waits in the line ------------
keys a 2
wait_for a "move edge" 30
keys a :
paste a 'set dim 16\nset lr 0.01\nset dropout 0.1'
if wait_for a ":set dropout 0.1" 50 && journal_in_order "$tmp/journal.a" "set dim 16" "set lr 0.01" &&
	! grep -q "^bins" "$tmp/journal.a" && grep -qF "move edge" "$SCREEN"; then
	ok tui_paste_lines
else
	fail tui_paste_lines "wanted 'set dim 16' and 'set lr 0.01' journaled, ':set dropout 0.1' in the line, no bins, still on Labels" \
		"journal: $(tr '\n' '|' <"$tmp/journal.a")"
fi
keys a C-u Escape

# ---- a paste with no line open is no keys: l would move an edge, 1 switch screens, t train --------
paste a 'l1t\n'
if wait_for a "paste: press : first" 30 && grep -qF "move edge" "$SCREEN" &&
	! grep -q "^bins\|^train" "$tmp/journal.a"; then
	ok tui_paste_not_keys
else
	fail tui_paste_not_keys "a paste on Labels with no ':' line: wanted the status 'paste: press : first', still Labels, nothing journaled" \
		"journal: $(tr '\n' '|' <"$tmp/journal.a")"
fi

# ---- a pasted line longer than the `:` line holds runs not at all, cut or whole, nor do the lines
# after it (t13: 80 codes pasted, 67 excluded, the 67th cut from 100067 to 1000, another item)
long="exclude items"
n=0
while [ $n -lt 80 ]; do long="$long 1000$((10 + n))"; n=$((n + 1)); done
keys a :
paste a "$long\\nset dim 20\\n"
if wait_for a "paste: line 1 is longer than 480 characters: it and the lines after it were not run" 50 &&
	! grep -q "^exclude\|^set dim 20" "$tmp/journal.a"; then
	ok tui_paste_too_long
else
	fail tui_paste_too_long "wanted the paste refused whole, with a status naming line 1, nothing journaled" \
		"journal: $(tr '\n' '|' <"$tmp/journal.a")"
fi
keys a Escape

# ---- a paste of 400 kB into ':' (a file pasted instead of its name) leaves the workbench live: a
# command typed after it runs within the usual wait (t43 #7: a draw per pasted key, 1 MB took 5
# minutes with Esc and q waiting behind it) -----------------------------------------------------
head -c 400000 /dev/zero | tr '\0' a >"$tmp/paste"
keys a :
$T load-buffer -b p "$tmp/paste"
$T paste-buffer -p -t "=a:" -b p
keys a Escape ':set dim 24' Enter
if wait_for a "dim = 24" 100 && grep -q "^set dim 24" "$tmp/journal.a"; then
	ok tui_paste_huge_live
else
	fail tui_paste_huge_live "a 400 kB paste, then Escape and ':set dim 24': wanted 'dim = 24' on the screen and journaled"
fi

# ---- a line that overflowed and was then cleared (Ctrl-U) or cut where text went missing runs
# what it holds; one still holding that place is still refused (t43 #9: Ctrl-U and a good
# command were refused until Esc and ':' again) -------------------------------------------------
over=$(printf '%500s' '' | tr ' ' x)
keys a :
text a "$over"
wait_for a "the line is full (480 characters)" 50
keys a C-u
text a 'set dim 22'
keys a Enter
if wait_for a "dim = 22" 50 && grep -q "^set dim 22" "$tmp/journal.a"; then
	keys a : ; text a "set dim 26 $over"; keys a Enter
	if wait_for a "not run: the line was longer than 480 characters" 50 &&
		! grep -q "^set dim 26" "$tmp/journal.a"; then
		ok tui_overflow_cleared
	else
		fail tui_overflow_cleared "an overflowed line run with Enter: wanted 'not run', nothing journaled"
	fi
else
	fail tui_overflow_cleared "500 characters, Ctrl-U, 'set dim 22', Enter: wanted 'dim = 22' and journaled"
fi
keys a Escape

# ---- over a pop-up, t does not train and u does not undo: only the pop-up's keys work -------------
keys a 3 ':set dim 12' Enter
wait_for a "dim = 12" 30
keys a ':show' Enter
if wait_for a "─ show " 30; then
	keys a t u
	if wait_for a "closes the output (other keys do nothing over it)" 30 && grep -qF "─ show " "$SCREEN" &&
		! grep -q "^train\|^undo" "$tmp/journal.a"; then
		ok tui_popup_keys_only
	else
		fail tui_popup_keys_only "t then u over ':show': wanted the pop-up still open, neither train nor undo journaled" \
			"journal: $(tr '\n' '|' <"$tmp/journal.a")"
	fi
	keys a Escape
else
	fail tui_popup_keys_only "':show' opened no pop-up"
fi

# ---- → scrolls a pop-up whose lines are cut (the title of due's table) sideways; ← back ----------
keys a ':due 30' Enter
if wait_for a "─ due 30 " 50 && grep -qF "from today, 2011-12-10 (of…" "$SCREEN"; then
	keys a Right
	if wait_for a "(of 266221 pairs)" 30 && grep -qF "─ due 30 " "$SCREEN"; then
		keys a Left
		if wait_for a "2011-12-10 (of…" 30; then
			ok tui_popup_sideways
		else
			fail tui_popup_sideways "← did not scroll the pop-up back"
		fi
	else
		fail tui_popup_sideways "→ over ':due 30': wanted the pop-up open, scrolled to show its title's end"
	fi
	keys a Escape
else
	fail tui_popup_sideways "':due 30' opened no pop-up with its title cut at 100 columns"
fi

# ---- the help lists h/l and k/j wherever it lists the arrows (read page by page into one file) -----
keys a '?'
if wait_for a "help: keys and commands" 30; then
	cp "$SCREEN" "$tmp/help"
	i=0
	while [ $i -lt 40 ] && ! grep -qE "end \([0-9]+ lines above\)" "$SCREEN"; do # the last page
		cp "$SCREEN" "$tmp/page"
		keys a NPage
		j=0
		while [ $j -lt 20 ] && cap a && cmp -s "$SCREEN" "$tmp/page"; do sleep 0.1; j=$((j + 1)); done
		cat "$SCREEN" >>"$tmp/help"
		i=$((i + 1))
	done
	why=""
	for want in "←/→ h/l +move the selected edge by one order \(bins" "↑/↓ k/j \[/\] +select another edge" \
		"↑/↓ k/j +select a setting" "←/→ h/l -/\+ +step the selected setting" "↑/↓ k/j +in the list: select a customer" \
		"←/→ h/l +move between the list" "←/→ h/l +in runs as columns: show earlier or later runs" \
		"←/→ h/l +in the table as printed: scroll the columns sideways" "↑/↓ k/j +scroll a line"; do
		grep -qE -- "$want" "$tmp/help" || why="$why; no '$want'"
	done
	if [ -z "$why" ]; then ok tui_help_vi_keys; else fail tui_help_vi_keys "${why#; }"; fi
	keys a Escape
else
	fail tui_help_vi_keys "? did not open the help"
fi

# ---- q during a run waits for it (queued, as :quit is); then it asks, the run being unsaved -------
keys b 3 ':set epochs 60' Enter t
if wait_re b "training  epoch [0-9]+/60" 600; then
	keys b q
	if wait_for b "queued: quit (runs when 'train' ends)" 30; then
		keys b s
		if wait_for b "1 run of this session is not saved" 300 && grep -qF "quit anyway? (y/n)" "$SCREEN"; then
			keys b y
			if wait_for b "EXITED 0" 50; then
				ok tui_quit_waits
			else
				fail tui_quit_waits "y to the queued quit's question did not quit"
			fi
		else
			fail tui_quit_waits "once the stopped run ended, the queued quit did not ask about the unsaved run"
		fi
	else
		fail tui_quit_waits "q while training: wanted 'queued: quit (runs when 'train' ends)'"
	fi
else
	fail tui_quit_waits "the run did not start"
fi

# ---- once relrec has quit, the terminal's pastes carry no paste marks (echoed as ^[[200~) -----------
keys a q
if wait_for a "EXITED 0" 50; then
	paste a 'zz'
	if wait_for a "zz" 30 && ! grep -qF "[200~" "$SCREEN"; then
		ok tui_paste_mode_restored
	else
		fail tui_paste_mode_restored "after quitting, a paste came with the bracketed-paste marks: the mode was left on"
	fi
else
	fail tui_paste_mode_restored "q did not quit"
fi
# ---- Ctrl-Z while the ':' line, a '/' search or the quit question is open suspends; fg brings it back
# as it was
# In dash: no line editing of its own, so a paste echoes as it comes, marks and all (bash would
# turn the mode on for its own prompt and hide whether relrec left it on).
if command -v dash >/dev/null 2>&1; then
	$T new-session -d -s c -x 100 -y 30 "cd '$ROOT' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='shell$ ' dash -i"
	wait_for c 'shell$' 50
	text c "'$RELREC' --journal '$tmp/journal.c'"
	keys c Enter
	wait_for c "396,337" 400
	why=""
	keys c ':set dim 20'
	wait_for c ":set dim 20" 30
	keys c C-z
	if wait_for c "Stopped" 50 && ! grep -qF "1 Data" "$SCREEN"; then
		paste c 'zz'
		pm_why=""
		wait_for c "zz" 30 && ! grep -qF "[200~" "$SCREEN" ||
			pm_why="suspended, the shell's paste came with the bracketed-paste marks: the mode was left on"
		keys c C-u
		text c fg
		keys c Enter
		wait_for c "1 Data" 50 && wait_for c ":set dim 20" 30 || why="fg did not bring back the ':set dim 20' being typed"
		keys c Enter
		i=0
		while [ $i -lt 30 ] && ! grep -qx "set dim 20" "$tmp/journal.c" 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
		grep -qx "set dim 20" "$tmp/journal.c" || why="$why; Enter after fg did not run 'set dim 20'"
		grep -q "^fg" "$tmp/journal.c" && why="$why; the shell's fg went into the line"
		# back from fg, a paste is a paste again: its unfinished last line waits in the ':' line
		keys c :
		paste c 'set dim 21\nset lr 0.02'
		wait_for c ":set lr 0.02" 30 || pm_why="$pm_why; after fg a paste into ':' was keys again"
		keys c C-u Escape
		if [ -z "$pm_why" ]; then ok tui_suspend_paste_mode; else fail tui_suspend_paste_mode "$pm_why"; fi
	else
		why="Ctrl-Z with the ':' line open did not suspend"
		fail tui_suspend_paste_mode "the workbench was not suspended"
	fi
	keys c 4 / 1785
	wait_for c "/1785" 30
	keys c C-z
	if wait_for c "Stopped" 50 && ! grep -qF "4 Recommend" "$SCREEN"; then
		text c fg
		keys c Enter
		wait_for c "/1785" 50 || why="$why; fg did not bring back the '/1785' search"
	else
		why="$why; Ctrl-Z with a '/' search open did not suspend"
	fi
	# the quit question (a run not saved) waits through Ctrl-Z: fg brings it back unanswered
	keys c Escape ':set epochs 2' Enter ':train' Enter
	if wait_for c "done after 2 epochs" 600; then
		keys c q
		wait_for c "is not saved" 30 || why="$why; q after a train did not ask"
		keys c C-z
		if wait_for c "Stopped" 50 && ! grep -qF "4 Recommend" "$SCREEN"; then
			text c fg
			keys c Enter
			wait_for c "is not saved" 50 || why="$why; fg did not bring back the quit question"
			grep -qF "not quitting" "$SCREEN" && why="$why; Ctrl-Z answered the quit question no"
		else
			why="$why; Ctrl-Z at the quit question did not suspend"
		fi
		keys c y
	else
		why="$why; a 2-epoch train did not end"
	fi
	if [ -z "$why" ]; then ok tui_suspend_editing; else fail tui_suspend_editing "$why"; fi
	keys c Escape q
else
	echo "skip tui_suspend_editing: no dash for an interactive shell without line editing [not installed by CI]"
	echo "skip tui_suspend_paste_mode: no dash for an interactive shell without line editing [not installed by CI]"
fi
exit 0
