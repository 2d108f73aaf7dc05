#!/bin/sh
# bench/bench_scale.sh — `make bench-scale`: an Instacart-sized session (issue 15). For each
# size in BENCH_SCALE_ROWS (default 30000000: 30 M rows, about 2.3 GB of CSV), one process runs
# what an analyst does at the prompt: load, bins 2 5, one training epoch at the defaults, the
# recommender's fit with the top 10 of a heavy customer (12346, gen's heaviest) and of a typical
# one (14346), together on the most popular item (10000B), then the same file loaded again.
# bench/bench_session.c prints each stage's wall time and the process's peak RSS (VmHWM), the
# recommender's fit phases, and the second load's own peak (VmHWM reset just before it).
# Synthetic files come from `relrec gen ROWS --seed 1` and are cached in bench/out/
# (git-ignored). Figures only: nothing here passes or fails; the targets it is read against
# (whole session <= 3 min, peak RSS <= 6 GB, a second load not doubling the peak) are in
# README's Building section. The machine's load average is printed with the figures: on a
# shared machine wall times are worth what the load lets them be.
ROWS=${BENCH_SCALE_ROWS:-30000000}
BUILD=${BUILD:-build}
RELREC=${RELREC:-./relrec}
mkdir -p bench/out
for n in $ROWS; do
	f=bench/out/synthetic-$n.csv
	if [ ! -f "$f" ]; then
		# about 78 bytes a row; keep 1 GB spare
		need=$((n / 1000 * 78 / 1000 + 1024))
		free=$(df -Pm bench/out | awk 'NR == 2 { print $4 }')
		if [ -n "$free" ] && [ "$free" -lt "$need" ]; then
			echo "bench_scale: $f needs about $need MB and bench/out has $free MB free: skipped"
			continue
		fi
		echo "(generating $f with $RELREC gen $n --seed 1)"
		$RELREC gen "$n" --seed 1 >"$f.tmp" && mv "$f.tmp" "$f" || { rm -f "$f.tmp"; exit 1; }
	fi
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
	"$BUILD"/bench/bench_session "$f"
	echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
done
