#!/bin/sh
# tests/files/run_files.sh — whole-program checks on files: huge fields, the README/CI install
# line, journals replaying to the same output, atomic saves. (The engine building without UI
# headers is tests/layers/run_layers.sh's.)
# Prints "ok NAME" / "not ok NAME" / "skip NAME: why" lines for tests/run.sh.
RELREC=${RELREC:-./relrec}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
H='InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'

# a 10 MB field is rejected as over-long; the rows around it load
{ echo "$H"; echo "1,A1,x,1,12/1/2010 8:26,1,7,UK"; printf '2,A1,"'; head -c 10000000 /dev/zero | tr '\0' 'x'; echo '",1,12/1/2010 8:26,1,7,UK'; echo "3,A1,x,1,12/1/2010 8:26,1,7,UK"; } > "$tmp/big.csv"
out=$(printf 'load %s\nbins 2 5\n' "$tmp/big.csv" | RELREC_NO_TIMING=1 $RELREC --replay - 2>&1)
case "$out" in
*"3 rows, 1 rejected, 2 kept"*"big.csv:3: over-long field"*"bins 2 5: 3 classes over 1 pairs"*) echo "ok files/ten-megabyte-field" ;;
*) echo "not ok files/ten-megabyte-field"; echo "$out" | head -5 ;;
esac

# the README's install line and .ci/run's are the same words
readme=$(grep -m1 'apt-get install' README.md 2>/dev/null | sed 's/ && \.\/relrec.*//; s/^[[:space:]]*//')
ci=$(grep -m1 'apt-get install' .ci/run | sed 's/^[[:space:]]*//')
if [ -z "$readme" ]; then echo "not ok files/readme-ci-install: README.md has no apt-get install line"
elif [ "$readme" = "$ci" ]; then echo "ok files/readme-ci-install"
else echo "not ok files/readme-ci-install"; echo "README: $readme"; echo "CI:     $ci"; fi

# a journal replays to the same output as the session that wrote it
printf 'load tests/replay/bad_rows.csv\nbins 1 2\nbogus command\nclean price off\nset dim 8\nstats\n' > "$tmp/s.rr"
RELREC_NO_TIMING=1 $RELREC --replay "$tmp/s.rr" --keep-going --quiet --journal "$tmp/j.rr" > "$tmp/a.out" 2>/dev/null
RELREC_NO_TIMING=1 $RELREC --replay "$tmp/j.rr" --quiet > "$tmp/b.out" 2>&1
if [ $? -eq 0 ] && cmp -s "$tmp/a.out" "$tmp/b.out" && ! grep -q bogus "$tmp/j.rr"; then echo "ok files/journal-replays"
else echo "not ok files/journal-replays"; diff "$tmp/a.out" "$tmp/b.out" | head; fi

# exit codes: 0 ok, 1 a command failed, 2 usage
printf 'show dim\n' | $RELREC --replay - >/dev/null 2>&1; a=$?
printf 'nonsense\n' | $RELREC --replay - >/dev/null 2>&1; b=$?
$RELREC --no-such-option >/dev/null 2>&1; c=$?
if [ "$a$b$c" = "012" ]; then echo "ok files/exit-codes"; else echo "not ok files/exit-codes: got $a $b $c"; fi

# a save killed with SIGKILL midway leaves the previous model file intact (afile.h)
if printf 'load data/online_retail.csv.gz\nset variant 1\nset epochs 1\ntrain\nsave %s\nexport runs %s\n' "$tmp/m.rrm" "$tmp/runs.csv" | RELREC_NO_TIMING=1 $RELREC --replay - >/dev/null 2>&1; then
	before=$(printf 'load data/online_retail.csv.gz\nopen %s\nreport\n' "$tmp/m.rrm" | RELREC_NO_TIMING=1 $RELREC --replay - 2>&1 | grep -A12 precision)
	printf 'load data/online_retail.csv.gz\nset variant 2\nset epochs 1\ntrain\nsave %s\n' "$tmp/m.rrm" |
		RELREC_TEST_PAUSE_BEFORE_RENAME=60 $RELREC --replay - >/dev/null 2>&1 &
	pid=$!
	n=0
	while [ ! -s "$tmp/m.rrm.tmp" ] && [ $n -lt 600 ]; do sleep 0.1; n=$((n + 1)); done
	kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
	after=$(printf 'load data/online_retail.csv.gz\nopen %s\nreport\n' "$tmp/m.rrm" | RELREC_NO_TIMING=1 $RELREC --replay - 2>&1 | grep -A12 precision)
	if [ -s "$tmp/m.rrm.tmp" ] && [ -n "$before" ] && [ "$before" = "$after" ]; then echo "ok files/save-killed-midway-keeps-old-model"
	else echo "not ok files/save-killed-midway-keeps-old-model"; echo "$after" | head -3; fi
	# the same for an export
	cp "$tmp/runs.csv" "$tmp/runs.before"
	printf 'export runs %s\n' "$tmp/runs.csv" | RELREC_TEST_PAUSE_BEFORE_RENAME=60 $RELREC --replay - >/dev/null 2>&1 &
	pid=$!
	n=0
	while [ ! -e "$tmp/runs.csv.tmp" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
	sleep 0.2; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
	if cmp -s "$tmp/runs.csv" "$tmp/runs.before" && [ -e "$tmp/runs.csv.tmp" ]; then echo "ok files/export-killed-midway-keeps-old-file"
	else echo "not ok files/export-killed-midway-keeps-old-file"; fi
else
	echo "not ok files/save-killed-midway-keeps-old-model: could not train and save a model"
fi
