#!/bin/sh
# bench/run.sh — `make bench`: prints figures, passes or fails nothing.
# Load + clean + aggregate on the shipped file and on a synthetic 10 M-row file made by the
# project's own generator (cached in bench/out/), then every other bench/bench_*.sh — the last,
# bench_scale.sh, the 30 M-row session of issue 15 (about 3 minutes and a 2.3 GB file; alone:
# make bench-scale).
BUILD=${BUILD:-build}
ROWS=${BENCH_ROWS:-10000000}
mkdir -p bench/out
echo "== load + clean + aggregate =="
"$BUILD"/bench/bench_load data/online_retail.csv.gz 5
syn=bench/out/synthetic-$ROWS.csv
if [ ! -f "$syn" ]; then
	echo "(generating $syn with ./relrec gen $ROWS --seed 1)"
	./relrec gen "$ROWS" --seed 1 >"$syn.tmp" && mv "$syn.tmp" "$syn"
fi
"$BUILD"/bench/bench_load "$syn" 1
echo "== train at defaults (Online Retail, bins 2 5; what the Train screen's t costs) =="
"$BUILD"/bench/bench_train data/online_retail.csv.gz 1 3 defaults
for b in bench/bench_*.sh; do
	[ -f "$b" ] || continue
	echo "== $(basename "$b" .sh) =="
	BUILD=$BUILD sh "$b"
done
