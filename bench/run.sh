#!/bin/sh
# bench/run.sh — `make bench`: prints figures, passes or fails nothing.
# Load + clean + aggregate on the shipped file and on a synthetic 10 M-row file made by the
# project's own generator (cached in bench/out/), then every other bench/bench_*.sh.
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
	if [ "$b" = bench/bench_scale.sh ] && [ -z "$BENCH_SCALE_ROWS" ]; then
		# minutes and a 2.3 GB file: its own target, unless sizes are asked for here
		echo "== bench_scale == not run here: the 30 M-row session is \`make bench-scale\`" \
			"(or BENCH_SCALE_ROWS=\"1000000 10000000\" make bench)"
		continue
	fi
	echo "== $(basename "$b" .sh) =="
	BUILD=$BUILD sh "$b"
done
