#!/bin/sh
# tests/run.sh: waits
# tests/hostile/run_gen_race.sh — t62 F8: real data put at gen's name while gen writes is
# kept. gen's own-file check runs again at the commit (held there by the test hook
# RELREC_TEST_PAUSE_BEFORE_RENAME): a data set copied to the name meanwhile, or gen's own
# older file written in place meanwhile, is refused and left as it is. Files in a temporary
# directory. Prints "ok NAME" / "not ok NAME" lines for tests/run.sh.
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
RELREC=${RELREC:-./relrec}
case "$RELREC" in /*) ;; *) RELREC="$ROOT/${RELREC#./}" ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export RELREC_NO_TIMING=1
ok() { echo "ok hostile/$1"; }
notok() { echo "not ok hostile/$1"; shift; for l in "$@"; do echo "    $l"; done; }

# real rows (the data set's header line is gen's own)
{
	echo 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
	i=0
	while [ $i -lt 200 ]; do
		echo "5363$i,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom"
		i=$((i + 1))
	done
} > "$tmp/real.csv"

# gen_race NAME SETUP CHANGE: gen 50 rows to $tmp/t.csv (after SETUP), held 3 s before its
# rename; CHANGE runs 1 s in; the file must then equal $tmp/want
gen_race() {
	n=$1
	rm -f "$tmp/t.csv"
	sh -c "$2"
	printf 'gen %s/t.csv 50\n' "$tmp" | RELREC_TEST_PAUSE_BEFORE_RENAME=3 timeout 60 \
		"$RELREC" --replay - -q > "$tmp/out" 2> "$tmp/err" &
	pid=$!
	sleep 1
	sh -c "$3"
	cp "$tmp/t.csv" "$tmp/want"
	wait $pid; rc=$?
	if [ $rc -eq 1 ] && cmp -s "$tmp/t.csv" "$tmp/want" && grep -q "$4" "$tmp/err" &&
		! ls "$tmp" | grep -q '\.tmp$'; then
		ok "$n"
	else
		notok "$n" "exit $rc" "$(head -c 600 "$tmp/err")"
	fi
}
gen_race gen-race-data-put-there ":" "cp '$tmp/real.csv' '$tmp/t.csv'" \
	"cannot write '$tmp/t.csv': a file was put there while gen wrote its rows"
gen_race gen-race-data-renamed-over "printf 'gen %s/t.csv 5\n' '$tmp' | '$RELREC' --replay - -q" \
	"cp '$tmp/real.csv' '$tmp/n.csv' && mv '$tmp/n.csv' '$tmp/t.csv'" \
	"the file there changed while gen wrote its rows"
gen_race gen-race-written-in-place "printf 'gen %s/t.csv 5\n' '$tmp' | '$RELREC' --replay - -q" \
	"tail -n 3 '$tmp/real.csv' >> '$tmp/t.csv'" "the file there changed while gen wrote its rows"
