#!/bin/sh
# bench/bench_scale.sh — relrec at 1 M, 5 M and 10 M synthetic rows: load, one training epoch
# (variant 1), top 10 for the heaviest customer (12346, thousands of items: EASE's cost grows
# with the items a customer owns) and for a typical one (14346) once the recommender is fitted
# (its fit is in the total: EASE, capped at the 8,192 most popular items, dominates time and
# memory), peak RSS.
# Synthetic files come from `relrec gen ROWS --seed 1` and are cached in bench/out/.
# Prints figures only. Set BENCH_SCALE_ROWS to choose sizes.
ROWS=${BENCH_SCALE_ROWS:-"1000000 5000000 10000000"}
RELREC=${RELREC:-./relrec}
mkdir -p bench/out
have_time=0
[ -x /usr/bin/time ] && have_time=1
printf '%-10s %8s %8s %10s %12s %12s %9s %8s\n' rows "load s" "epoch s" "samples/s" "top-10 heavy" "top-10 typ." "peak RSS" "total s"
for n in $ROWS; do
	f=bench/out/synthetic-$n.csv
	[ -f "$f" ] || { $RELREC gen "$n" --seed 1 >"$f.tmp" && mv "$f.tmp" "$f"; }
	script="load $f
set variant 1
set epochs 1
train
recommend 12346 10
recommend 14346 10"
	if [ $have_time = 1 ]; then
		out=$(printf '%s\n' "$script" | /usr/bin/time -f 'PEAKRSS %M WALL %e' $RELREC --replay - 2>&1)
	else
		out=$(printf '%s\n' "$script" | $RELREC --replay - 2>&1)
	fi
	load=$(echo "$out" | sed -n 's/.* in \([0-9.]*\) s (.*rows\/s.*/\1/p' | head -1)
	epoch=$(echo "$out" | sed -n 's/^epoch 1\/1 .*  \([0-9.]*\)s  \([0-9]*\) samples\/s/\1/p' | head -1)
	sps=$(echo "$out" | sed -n 's/^epoch 1\/1 .*  \([0-9]*\) samples\/s/\1/p' | head -1)
	rec=$(echo "$out" | sed -n 's/^scored [0-9]* items in \(.*\)/\1/p' | sed -n 1p)
	rec2=$(echo "$out" | sed -n 's/^scored [0-9]* items in \(.*\)/\1/p' | sed -n 2p)
	rss=$(echo "$out" | sed -n 's/^PEAKRSS \([0-9]*\) .*/\1/p')
	wall=$(echo "$out" | sed -n 's/^PEAKRSS .* WALL \([0-9.]*\)/\1/p')
	[ -n "$rss" ] && rss="$((rss / 1024)) MB" || rss="n/a"
	printf '%-10s %8s %8s %10s %12s %12s %9s %8s\n' "$n" "${load:-?}" "${epoch:-?}" "${sps:-?}" "${rec:-?}" "${rec2:-?}" "$rss" "${wall:-?}"
	echo "$out" | grep -E '^relrec: ' | head -3
done
