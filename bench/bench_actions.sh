#!/bin/sh
# bench/bench_actions.sh — issue 13's answers on the bundled data: `export audience all` (every
# item bought by at least 20 customers, right after the recommender is fitted, so it includes
# scoring every customer once), `audience 85123A 20` and `due 30 20` (the first due fits its
# cadence model; the next ones only list). Run from the top of the tree:
#   sh bench/bench_actions.sh [DATA.csv.gz]        (also run by `make bench`)
RELREC=${RELREC:-./relrec}
data=${1:-data/online_retail.csv.gz}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/b.rr" <<END
load $data
recommend 17850 1
export audience all $tmp/aud.csv 20
audience 85123A 20
audience 85123A 20
audience 85123A 20
due 30 20
due 30 20
due 30 20
export due $tmp/due.csv 30 1000
END
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
nice $RELREC --replay "$tmp/b.rr" --quiet 2>&1 |
	grep -E '^(wrote the audiences|  every customer|fitted the recommender|  ranked in|ranked [0-9]+ customers|listed and answered|  cadence model)' |
	sed 's/^ *//'
end=$(date +%s.%N)
echo "whole script (load, fit, the above): $(echo "$end - $start" | bc) s wall"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
