#!/bin/sh
# tests/replay/run_journal.sh — a journal begun in the middle of a session (`journal FILE`
# after a load, filters, settings, a training) replays to the session's state: the session
# exports its recommendations after the journal began, the replay of the journal does the same
# export, and the two files must be equal byte for byte. Then the same after the session's
# first journal was removed by another program (the session lets it go; a second `journal
# FILE` must hold the whole session, not only what came after the loss), and the warning of a
# model the session opened and replaced by its save before `journal FILE`.
# Prints "ok NAME" / "not ok NAME" lines (tests/run.sh). Run from the top of the tree.
RELREC=${RELREC:-./relrec}
top=$(pwd)
case $RELREC in /*) bin=$RELREC ;; *) bin=$top/$RELREC ;; esac
data=$top/tests/replay/customers.csv
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT INT TERM
export RELREC_NO_TIMING=1

# the session: state built before the journal, then more after it, then an export
cat >"$tmp/s1.rr" <<EOF
filter drop-customers 12347
bins 1 3
set dim 8
set epochs 2
train
journal $tmp/j1.rr
set epochs 3
train
export recommendations r1.csv 3
EOF
(cd "$tmp" && "$bin" -q --replay s1.rr "$data" >out1 2>&1)
rc=$?
(cd "$tmp" && mkdir re1 && cd re1 && "$bin" -q --replay ../j1.rr >../rout1 2>&1)
rrc=$?
if [ $rc -eq 0 ] && [ $rrc -eq 0 ] && head -1 "$tmp/j1.rr" | grep -q '^load .*/customers\.csv"*$' &&
   grep -qx 'filter drop-customers 12347' "$tmp/j1.rr" && [ -s "$tmp/r1.csv" ] &&
   cmp -s "$tmp/r1.csv" "$tmp/re1/r1.csv"; then
	echo "ok journal-midsession-replays"
else
	echo "not ok journal-midsession-replays (exit $rc, replay $rrc)"
	sed 's/^/journal| /' "$tmp/j1.rr" 2>/dev/null
	tail -3 "$tmp/out1" "$tmp/rout1" 2>/dev/null
fi

# the first journal removed during the session (by another program: here once its line is
# there), then `journal FILE` again: the new one starts at the session's start
(
	printf 'set dim 8\nset epochs 2\njournal %s\nbins 1 3\n' "$tmp/ja.rr"
	n=0
	while ! grep -q '^bins 1 3$' "$tmp/ja.rr" 2>/dev/null && [ $n -lt 600 ]; do
		sleep 0.1; n=$((n + 1))
	done
	rm -f "$tmp/ja.rr"
	printf 'train\njournal %s\nexport recommendations r2.csv 3\n' "$tmp/jb.rr"
) | (cd "$tmp" && "$bin" -q -k --replay - "$data" >out2 2>&1)
rc=$?
(cd "$tmp" && mkdir re2 && cd re2 && "$bin" -q --replay ../jb.rr >../rout2 2>&1)
rrc=$?
# the session ends in 1: its train took effect but was not journaled (the lost journal)
if [ $rc -eq 1 ] && [ $rrc -eq 0 ] &&
   grep -q "journal FILE writes the whole session to a new one" "$tmp/out2" &&
   grep -q "^journal: 5 commands of this session written to '$tmp/jb.rr'" "$tmp/out2" &&
   [ "$(sed -n 2,3p "$tmp/jb.rr")" = "$(printf 'set dim 8\nset epochs 2')" ] &&
   cmp -s "$tmp/r2.csv" "$tmp/re2/r2.csv"; then
	echo "ok journal-after-lost-journal-replays"
else
	echo "not ok journal-after-lost-journal-replays (exit $rc, replay $rrc)"
	sed 's/^/journal| /' "$tmp/jb.rr" 2>/dev/null
	tail -4 "$tmp/out2" "$tmp/rout2" 2>/dev/null
fi

# a model opened, then replaced by the session's own save, before `journal FILE`: said then
# (a replay's save says it too; at the prompt or on the workbench, unjournaled, `journal FILE`
# is the first to: test_cmd's test_journal_after_model_replaced)
printf 'set epochs 2\ntrain\nsave m.rrm\n' >"$tmp/mk.rr"
(cd "$tmp" && "$bin" -q --replay mk.rr "$data" >/dev/null 2>&1)
printf 'open m.rrm\nset epochs 3\ntrain\nsave m.rrm\njournal j3.rr\n' >"$tmp/s3.rr"
(cd "$tmp" && "$bin" -q --replay s3.rr "$data" >out3 2>&1)
rc=$?
if [ $rc -eq 0 ] &&
   grep -q "warning: 'm.rrm', a model this session opened, was replaced by its save since" "$tmp/out3"; then
	echo "ok journal-after-model-replaced-warned"
else
	echo "not ok journal-after-model-replaced-warned (exit $rc)"
	tail -4 "$tmp/out3"
fi
