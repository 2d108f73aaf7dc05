#!/bin/sh
# tsan_session.sh RELREC: the engine's threads under ThreadSanitizer (make check-tsan builds
# RELREC so; not a suite of make test, whose binaries are not built for it). One session on
# the bundled data goes through every part that runs on more than one thread: the load (the
# parser and the row builder, the rows' reservation past the first 8 MB, the item codes'
# kinds on two threads), the recommender's fit (its two halves and the re-rankers' rows),
# every customer's lists and their reasons (export), an audience's columns, a score's
# breakdown, the baskets' pair rules, due's fit, and on smaller filtered histories the
# baselines' grid of evaluate ranking and every item's audience (export); a cp1250 file whose
# code page its header's names decide (on the reader's thread); then a second load of the
# data through a pipe's command (its reader thread). Any report of TSan fails: it makes
# relrec exit 66, and its output is checked too.
set -u
RELREC=${1:?usage: tsan_session.sh RELREC}
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../data/online_retail.csv.gz"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/relrec-tsan.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
cat > "$tmp/session.rr" <<EOS
recommend 17850 5
export recommendations $tmp/recs.csv 20 --owned
audience 85123A 5
why 17850 85123A
together 85123A 5
export rules $tmp/rules.csv
bins 2 5
set epochs 1
train
evaluate due 30
filter until 2011-06-30
evaluate ranking --cutoff 2011-04-01
filter until 2011-02-28
export audience all $tmp/aud.csv 5
filter clear
load $here/../shops/files/e116_pohoda_cz_cp1250.csv.gz
load "|gzip -dc $data"
recommend 14911 5
EOS
TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}" \
	"$RELREC" --replay "$tmp/session.rr" "$data" > "$tmp/out" 2>&1
rc=$?
if [ $rc -ne 0 ] || grep -q "ThreadSanitizer" "$tmp/out"; then
	grep -A30 "ThreadSanitizer" "$tmp/out" | head -80
	tail -5 "$tmp/out"
	echo "FAIL tsan: relrec exited $rc"
	exit 1
fi
lines=$(wc -l < "$tmp/recs.csv")
if [ "$lines" -lt 1000 ]; then
	echo "FAIL tsan: the export holds $lines lines"
	exit 1
fi
echo "ok tsan: one session through every threaded part, no report"
