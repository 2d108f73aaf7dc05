#!/bin/sh
# tests/model/run_model.sh — the model across processes: train and save in one relrec, open in a
# fresh one, and the reports (text and CSV) must be identical; a damaged model file is refused
# by the command with a message saying what is wrong. Prints ok / not ok / skip lines.
RELREC=${RELREC:-./relrec}
DATA=data/online_retail.csv.gz
if [ ! -f "$DATA" ]; then
	echo "skip model-save-open: $DATA is absent"
	exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT INT TERM
export RELREC_NO_TIMING=1

# report lines only: from the classification report header to the end
report() { sed -n '/^> report$/,/^> /p' "$1" | grep -v '^> '; }

cat >"$tmp/a.rr" <<EOS
load $DATA
bins 3 7
set variant 1
set epochs 2
set weights sqrt
train
report
save $tmp/m.rrm
export report $tmp/a.csv
EOS
cat >"$tmp/b.rr" <<EOS
load $DATA
open $tmp/m.rrm
report
export report $tmp/b.csv
show weights
EOS
if "$RELREC" --replay "$tmp/a.rr" >"$tmp/a.out" 2>&1 &&
   "$RELREC" --replay "$tmp/b.rr" >"$tmp/b.out" 2>&1; then
	:
else
	echo "not ok model-save-open: relrec failed"
	sed 's/^/    /' "$tmp/a.out" "$tmp/b.out" | tail -20
	exit 0
fi
report "$tmp/a.out" >"$tmp/ra"
report "$tmp/b.out" >"$tmp/rb"
# bins 3 7 and weights sqrt, not the defaults: open makes them the session's (as runs use does),
# so the report has no "train again" and a train after it trains that model again
if [ -s "$tmp/ra" ] && cmp -s "$tmp/ra" "$tmp/rb" && cmp -s "$tmp/a.csv" "$tmp/b.csv" &&
   grep -qx 'weights = sqrt' "$tmp/b.out"; then
	echo "ok model-save-open-fresh-process"
else
	echo "not ok model-save-open-fresh-process"
	diff "$tmp/ra" "$tmp/rb" | head -20 | sed 's/^/    /'
	grep -x 'weights = .*' "$tmp/b.out" | sed 's/^/    after open: /'
fi
if grep -q 'macro-F1 0\.[0-9]\{4\}$' "$tmp/rb" && grep -q '^weighted avg' "$tmp/rb"; then
	echo "ok model-report-layout"
else
	echo "not ok model-report-layout"
fi

# the same data with its rows in another order (a re-export sorted another way): open on it
# scores the pairs held out in training, not those at the held-out positions of this file's
# order (t20 F1: 80% of them were training pairs, macro-F1 up, no note); open on other data
# (a country filter) says it is not, before any report. A small part of the
# data, its rows shuffled by awk's seeded rand, header first.
gzip -dc "$DATA" | head -n 20001 >"$tmp/part.csv"
{ head -n 1 "$tmp/part.csv"; tail -n +2 "$tmp/part.csv" |
	awk 'BEGIN { srand(3) } { printf "%.9f\t%s\n", rand(), $0 }' | sort -n | cut -f 2-; } \
	>"$tmp/shuf.csv"
cat >"$tmp/s1.rr" <<EOS
load $tmp/part.csv
set epochs 2
train
report
export report $tmp/s1.csv
save $tmp/s.rrm
EOS
cat >"$tmp/s2.rr" <<EOS
load $tmp/shuf.csv
open $tmp/s.rrm
report
export report $tmp/s2.csv
EOS
cat >"$tmp/s3.rr" <<EOS
load $tmp/part.csv
filter country France
open $tmp/s.rrm
EOS
"$RELREC" --replay "$tmp/s1.rr" >"$tmp/s1.out" 2>&1
"$RELREC" --replay "$tmp/s2.rr" >"$tmp/s2.out" 2>&1
"$RELREC" --replay "$tmp/s3.rr" >"$tmp/s3.out" 2>&1
report "$tmp/s1.out" >"$tmp/rs1"
report "$tmp/s2.out" >"$tmp/rs2"
if ! cmp -s "$tmp/part.csv" "$tmp/shuf.csv" && [ -s "$tmp/rs1" ] && cmp -s "$tmp/rs1" "$tmp/rs2" &&
   cmp -s "$tmp/s1.csv" "$tmp/s2.csv" && ! grep -q 'note:' "$tmp/s2.out" &&
   grep -q '^note: .*not the one held out in training' "$tmp/s3.out"; then
	echo "ok model-open-rows-in-another-order"
else
	echo "not ok model-open-rows-in-another-order"
	diff "$tmp/rs1" "$tmp/rs2" | head -20 | sed 's/^/    /'
	tail -5 "$tmp/s2.out" | sed 's/^/    /'
fi

# the note on a test split that is not the held-out one (the data filtered since training):
# report, export report (a note column on every record, and the command's own line) and export
# chart confusion (its subtitle) all carry it; with the training data the column is empty
# (t20 F3: the exports dropped it and disagreed with the runs table unsaid)
cat >"$tmp/n.rr" <<EOS
load tests/replay/runs.csv.gz
bins 2 5
set variant 1
set epochs 2
set batch 32
train
export report $tmp/n0.csv
filter country "United Kingdom"
report
export report $tmp/n1.csv
export chart confusion $tmp/n1.svg
EOS
"$RELREC" --replay "$tmp/n.rr" >"$tmp/n.out" 2>&1
held='this test split is not the one held out in training'
if head -n 1 "$tmp/n0.csv" | grep -q ',"note"' && [ "$(grep -c ',""' "$tmp/n0.csv")" = 6 ] &&
   [ "$(grep -c "$held\"" "$tmp/n1.csv")" = 6 ] && grep -q "$held" "$tmp/n1.svg" &&
   [ "$(grep -c "^note: .*$held" "$tmp/n.out")" = 3 ]; then
	echo "ok model-report-note-in-exports"
else
	echo "not ok model-report-note-in-exports"
	sed 's/^/    /' "$tmp/n.out" | tail -12
	sed 's/^/    /' "$tmp/n1.csv"
fi

# a damaged file: the command fails, says which file and what is wrong, exits 1
head -c 1000 "$tmp/m.rrm" >"$tmp/short.rrm"
printf 'open %s\n' "$tmp/short.rrm" >"$tmp/c.rr"
"$RELREC" --replay "$tmp/c.rr" >"$tmp/c.out" 2>&1
rc=$?
if [ "$rc" -eq 1 ] && grep -q "short.rrm' is truncated" "$tmp/c.out"; then
	echo "ok model-open-truncated"
else
	echo "not ok model-open-truncated (exit $rc)"
	sed 's/^/    /' "$tmp/c.out"
fi

# quality with relrec's settings of examples/beyond-seed.rr and with its defaults (issue 12),
# bins 2 5, seed 42: past 0.75. (The seed's three variants against their PyTorch figures are
# tests/examples/run_seed_models.sh's: it trains exactly those runs already.) Deterministic for a
# seed: no timing involved.
cat >"$tmp/q.rr" <<EOS
load $DATA
bins 2 5
set variant 2
set dim 16
set hidden 128,64
train
set variant 0
train
EOS
"$RELREC" --quiet --replay "$tmp/q.rr" >"$tmp/q.out" 2>&1
for want in "1 0.75 dim16-hidden128,64" "2 0.75 defaults"; do
	set -- $want
	got=$(sed -n "s/^run $1: .*test macro-F1 \([0-9.]*\).*/\1/p" "$tmp/q.out")
	if [ -n "$got" ] && awk -v g="$got" -v w="$2" 'BEGIN { exit !(g >= w) }'; then
		echo "ok model-quality-$3 (macro-F1 $got >= $2)"
	else
		echo "not ok model-quality-$3 (macro-F1 '${got:-none}', wanted >= $2)"
		tail -5 "$tmp/q.out" | sed 's/^/    /'
	fi
done

# t19: a file without a quantity column, each line one unit: a pair's quantity is its order
# count, the label, and with the price its spend too; the network leaves both out and train
# says so, so bins 1 2 no longer trains to accuracy 1.0000 (it did, reading the label back)
awk 'BEGIN { print "customer_id,product_id,order_date,price"; x = 12345
	for (c = 0; c < 80; c++) for (d = 1; d <= 28; d++) for (i = 0; i < 40; i++) {
		x = (x * 1103515245 + 12345) % 2147483648
		if (int(x / 65536) % 100 < 3 + (c + i) % 5)
			printf "C%d,P%d,2023-02-%02d,%d.50\n", c, i, d, 1 + i % 7 } }' >"$tmp/units.csv"
printf 'load %s\nbins 1 2\nset epochs 20\ntrain\n' "$tmp/units.csv" >"$tmp/u.rr"
"$RELREC" --replay "$tmp/u.rr" >"$tmp/u.out" 2>&1
note="note: the network leaves out the quantity and spend features: without a quantity column"
if [ "$(grep -c "^ *$note" "$tmp/u.out")" -eq 2 ] &&
   grep -q '^run 1: .*accuracy 0\.[0-9]*$' "$tmp/u.out"; then
	echo "ok model-no-quantity-features-off"
else
	echo "not ok model-no-quantity-features-off"
	grep -v '^epoch' "$tmp/u.out" | tail -8 | sed 's/^/    /'
fi

# t22: a quantity column that holds one value throughout (a click log's 1 on every line) says
# no more than none: the same file with quantity 1 added trains with the features left out too
awk -F, 'NR == 1 { print $0 ",quantity"; next } { print $0 ",1" }' "$tmp/units.csv" >"$tmp/ones.csv"
printf 'load %s\nbins 1 2\nset epochs 20\ntrain\n' "$tmp/ones.csv" >"$tmp/o.rr"
"$RELREC" --replay "$tmp/o.rr" >"$tmp/o.out" 2>&1
if [ "$(grep -c "^ *note: the network leaves out the quantity and spend features: without a quantity column, or with one that holds a single value" "$tmp/o.out")" -eq 2 ] &&
   grep -q '^run 1: .*accuracy 0\.[0-9]*$' "$tmp/o.out"; then
	echo "ok model-single-quantity-features-off"
else
	echo "not ok model-single-quantity-features-off"
	grep -v '^epoch' "$tmp/o.out" | tail -8 | sed 's/^/    /'
fi
