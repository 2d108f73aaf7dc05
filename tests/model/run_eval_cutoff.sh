#!/bin/sh
# tests/model/run_eval_cutoff.sh — an evaluation without --cutoff takes its cutoff from the
# data (the start of the last quarter of the first to the last kept row's time, to the nearest
# midnight) and says so, with those two times to the minute (t23 F4), on the bundled Online Retail and on Online Retail II 2009-2010 (shipped for the tests).
# `evaluate ranking`, `audience` and `due` take it from one function (dataset_default_cutoff)
# and print it with the same words; the golden replay/eval_empty shows `evaluate ranking` and
# `evaluate audience` doing so on a small file. Here each real file goes through `evaluate due`,
# which costs a load: a full `evaluate ranking` of the bundled file (its grids, baselines and
# the recommender's fit) cost 11 s of CPU, and the suite's CPU is make test's wall time on two
# cores. Prints ok / not ok / skip lines.
RELREC=${RELREC:-./relrec}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT INT TERM
export RELREC_NO_TIMING=1

# check NAME DATA CUTOFF-LINE: the line, then relrec's row of the table at k 100
check() {
	if printf 'evaluate due 30\n' | "$RELREC" --replay - --quiet "$2" >"$tmp/out" 2>&1 &&
	   grep -qxF "$3" "$tmp/out" && grep -Eq '^relrec +100 +100 ' "$tmp/out"; then
		echo "ok $1"
	else
		echo "not ok $1"
		head -5 "$tmp/out" | sed 's/^/    /'
	fi
}

check eval-default-cutoff-online-retail data/online_retail.csv.gz \
	"cutoff 2011-09-07 (the start of the last quarter of the kept rows' times, 2010-12-01 08:26 to 2011-12-09 12:50, to the nearest midnight; --cutoff to choose)"
check eval-default-cutoff-online-retail-ii data/online_retail_ii_2009_2010.csv.gz \
	"cutoff 2010-09-07 (the start of the last quarter of the kept rows' times, 2009-12-01 07:45 to 2010-12-09 20:01, to the nearest midnight; --cutoff to choose)"

# t25 F5: rows whose nearest midnight is past the last row are cut at the midnight before it
# (first row 23:00, last the next day at 20:00: the quarter starts at 14:45, the next midnight
# holds no row after it), and rows of one day, which no midnight splits, are refused with a
# reason; before, the default was the next day and evaluate blamed the data.
printf 'InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n' >"$tmp/d.csv"
for c in 1 2 3 4 5 6; do
	printf 'A%s,X,1,2011-06-01 23:00,1,C%s\nB%s,Y,1,2011-06-02 20:00,1,C%s\n' $c $c $c $c
done >>"$tmp/d.csv"
# (due then refuses a history of 0 days: the cutoff line is what is checked)
printf 'evaluate due 1\n' | "$RELREC" --replay - --quiet "$tmp/d.csv" >"$tmp/out" 2>&1
if grep -qxF "cutoff 2011-06-02 (the start of the last quarter of the kept rows' times, 2011-06-01 23:00 to 2011-06-02 20:00, to the nearest midnight before the last row; --cutoff to choose)" "$tmp/out"; then
	echo "ok eval-default-cutoff-before-last-row"
else
	echo "not ok eval-default-cutoff-before-last-row"
	head -5 "$tmp/out" | sed 's/^/    /'
fi
printf 'filter since 2011-06-01\nfilter until 2011-06-01\nevaluate due 30\n' |
	"$RELREC" --replay - --quiet data/online_retail.csv.gz >"$tmp/out" 2>&1
if [ $? -eq 1 ] && grep -qF "evaluate due: the kept rows' times, 2011-06-01 07:37 to 2011-06-01 17:42, hold no midnight after the first: no cutoff splits them" "$tmp/out"; then
	echo "ok eval-default-cutoff-one-day"
else
	echo "not ok eval-default-cutoff-one-day"
	head -5 "$tmp/out" | sed 's/^/    /'
fi
