#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_e91.sh — what the workbench cut unsaid at 80 columns: a pop-up's title (the
# command that made it) narrower than the pop-up ran to the frame and lost its end without "…";
# it is cut as the status line's messages are, with "…", keeping the start of a long path rather
# than the command's name alone, never in a character. The Train screen's legend ("⠤⠤ validat")
# takes its shorter words where the whole does not fit. At 80x24 and at 120x35 (100x30 for the
# legend, where it is whole).
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_e91_popup_title_cut tui_e91_train_legend"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-e91

SHOP=tests/shops/files/clover.csv.gz
d="$tmp/données_de_la_boutique_é/rapports_hebdomadaires_é"
mkdir -p "$d"
printf 'stats\n' > "$d/stats_de_la_semaine_ééééééééééé.rr"
start a 80x24 "$ROOT" -- "$SHOP"
start b 120x35 "$ROOT" -- "$SHOP"

# ---- a pop-up's title: cut with "…" at 80 and 120 columns, the frame whole ----------------------
why=""
for s in a b; do
	if ! wait_for $s "rows read" 300; then
		why="$why; $s: the shop's file did not load"
		continue
	fi
	keys $s :
	text $s "source $d/stats_de_la_semaine_ééééééééééé.rr"
	keys $s Enter
	if wait_for $s "rows read   1755" 100; then
		title=$(grep '┌─ source' "$SCREEN")
		case $title in
		*"┌─ source $tmp/donn"*"… ─┐") ;;
		*) why="$why; $s: the title is not the path's start cut with …: $title" ;;
		esac
		# tmux shows a broken character as '_' or '?': none may stand where the cut is
		case $title in *"_… ─┐" | *"?… ─┐") why="$why; $s: cut in a character: $title" ;; esac
	else
		why="$why; $s: source did not open its pop-up"
	fi
	keys $s Escape
done
if [ -z "$why" ]; then ok tui_e91_popup_title_cut; else fail tui_e91_popup_title_cut "$why"; fi

# ---- the Train screen's legend after a run, at 80 and 100 columns ----------------------------
why=""
$T resize-window -t "=b:" -x 100 -y 30
for s in a b; do
	keys $s Escape :
	text $s 'set epochs 2'
	keys $s Enter 3 :
	text $s 'train'
	keys $s Enter
	if wait_for $s "macro-F1" 600 && wait_for $s "⠤⠤ train" 50; then
		legend=$(grep '⠤⠤ train' "$SCREEN")
		case $s:$legend in
		a:*"⠤⠤ train  ⠤⠤ validation") ;;
		b:*"loss by epoch →  ⠤⠤ train loss  ⠤⠤ validation loss") ;;
		*) why="$why; $s: the legend is cut or not the one that fits: $legend" ;;
		esac
	else
		why="$why; $s: the run's legend did not show"
	fi
done
if [ -z "$why" ]; then ok tui_e91_train_legend; else fail tui_e91_train_legend "$why"; fi
keys a q
keys b q
