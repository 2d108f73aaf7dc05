#!/bin/sh
# tests/actions/run_actions.sh — issue 13 through the whole program: charts written by
# `export chart` (PNG magic and size, SVG size and its text labels), the due export's columns,
# business rules in every export and in the journal.
# Prints "ok NAME" / "not ok NAME" lines for tests/run.sh.
RELREC=${RELREC:-./relrec}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# the 4-byte big-endian number at byte offset $2 of file $1
be32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}'; }

cat > "$tmp/s.rr" <<END
gen $tmp/sales.csv 5000 --seed 2
load $tmp/sales.csv
bins 2 5
set epochs 2
train
exclude items 10000B
export chart loss $tmp/loss.png
export chart loss $tmp/loss.svg
export chart labels $tmp/labels.png
export chart labels $tmp/labels.svg
export chart confusion $tmp/conf.png
export chart confusion $tmp/conf.svg
export due $tmp/due.csv 30 200
export recommendations $tmp/rec.csv 5
export rules $tmp/rules.csv --min-count 2
export audience all $tmp/aud.csv 3 --min-buyers 30
END
out=$(RELREC_NO_TIMING=1 $RELREC --replay "$tmp/s.rr" --journal "$tmp/j.rr" 2>&1); rc=$?
if [ $rc -ne 0 ]; then echo "not ok actions/session: exit $rc"; echo "$out" | tail -5 | sed 's/^/    /'; fi

# PNG: the signature, IHDR, 960 x 600
bad=""
for f in loss labels conf; do
	p=$tmp/$f.png
	sig=$(od -An -tx1 -N8 "$p" 2>/dev/null | tr -d ' \n')
	if [ "$sig" != "89504e470d0a1a0a" ] || [ "$(be32 "$p" 16)" != 960 ] || [ "$(be32 "$p" 20)" != 600 ]; then
		bad="$bad $f.png"
	fi
done
if [ -z "$bad" ]; then echo "ok actions/chart-png"; else echo "not ok actions/chart-png:$bad"; fi

# SVG: the size, and the labels as text
svg_has() { # file label...
	f=$1; shift
	grep -q 'width="960pt" height="600pt"' "$f" 2>/dev/null || { echo "$f: size"; return; }
	for l in "$@"; do grep -qF ">$l</text>" "$f" || echo "$f lacks '$l'"; done
}
miss=$(svg_has "$tmp/loss.svg" "run 1: loss by epoch" "training loss" "validation loss" "epoch" "loss"
       svg_has "$tmp/labels.svg" "relevance labels: bins 2 5" "edge 2" "edge 5" "pairs"
       svg_has "$tmp/conf.svg" "confusion matrix on the test split" "predicted" "truth" "low" "medium" "high")
if [ -z "$miss" ]; then echo "ok actions/chart-svg"; else echo "not ok actions/chart-svg"; echo "$miss" | sed 's/^/    /'; fi

# no temporary file left behind, no chart for an unknown format
n=$(ls "$tmp" | grep -c '\.tmp')
out=$(printf 'load %s\nexport chart labels %s/x.pdf\n' "$tmp/sales.csv" "$tmp" | $RELREC --replay - 2>&1)
case "$n:$out" in
0:*"neither .png nor .svg"*) [ ! -e "$tmp/x.pdf" ] && echo "ok actions/chart-files-whole" || echo "not ok actions/chart-files-whole: x.pdf written" ;;
*) echo "not ok actions/chart-files-whole: $n temporary files; $out" ;;
esac

# the due export: its header, 200 rows, and the excluded item in none of them
head -1 "$tmp/due.csv" | tr -d '\r"' > "$tmp/h"
rows=$(($(wc -l < "$tmp/due.csv") - 1))
if [ "$(cat "$tmp/h")" = "rank,customer,stock_code,description,chance,purchase_days,median_gap_days,days_since_last,customer_median_gap_days,reason" ] &&
   [ "$rows" -eq 200 ] && ! cut -d, -f3 "$tmp/due.csv" | grep -qx '"*10000B"*'; then
	echo "ok actions/export-due"
else echo "not ok actions/export-due: $rows rows"; head -2 "$tmp/due.csv" | sed 's/^/    /'; fi

# the recommender's score column has one name, the screen's, in both exports that write it,
# whichever model scored it (t69 F-A: export audience wrote "chance" over EASE's 3.07)
ha=$(head -1 "$tmp/aud.csv" | tr -d '\r"')
hr=$(head -1 "$tmp/rec.csv" | tr -d '\r"' | cut -d, -f1-5)
if [ "$ha" = "stock_code,description,rank,customer,country,score,orders_before,reason" ] &&
   [ "$hr" = "customer,rank,stock_code,description,score" ] && [ "$(wc -l < "$tmp/aud.csv")" -gt 1 ]; then
	echo "ok actions/score-column-named-once"
else echo "not ok actions/score-column-named-once: '$ha' / '$hr'"; fi

# every export leaves the excluded item out (as an offer: recommendations' item column, both
# sides of a rule)
if ! cut -d, -f3 "$tmp/rec.csv" | grep -qx '"*10000B"*' && ! cut -d, -f1,3 "$tmp/rules.csv" | grep -q '10000B' &&
   [ "$(wc -l < "$tmp/rec.csv")" -gt 1 ]; then
	echo "ok actions/exports-keep-the-rules"
else echo "not ok actions/exports-keep-the-rules"; fi

# the rules are commands: journaled, and the journal replays them
if grep -qx 'exclude items 10000B' "$tmp/j.rr"; then echo "ok actions/rules-journaled"
else echo "not ok actions/rules-journaled"; fi

# t44 #12: export customers' figures equal awk's on the same file: per customer its country,
# distinct invoices and items, Σ quantity, Σ quantity × price (within a cent: prices are
# floats), first and last day; the cancelled line (C...) and POST are no purchases, and
# --by quantity sorts by the quantity, largest first
f=tests/replay/customers.csv
printf 'load %s\nexport customers %s --by quantity\n' "$f" "$tmp/cust.csv" | $RELREC --replay - >/dev/null 2>&1
awk -F, 'NR > 1 && $1 !~ /^C/ && $2 != "POST" {
	c = $7; cty[c] = $8; q[c] += $4; s[c] += $4 * $6; d = substr($5, 1, 10)
	if (!((c, $1) in inv)) { inv[c, $1] = 1; ni[c]++ }
	if (!((c, $2) in it)) { it[c, $2] = 1; nt[c]++ }
	if (!(c in lo) || d < lo[c]) lo[c] = d
	if (!(c in hi) || d > hi[c]) hi[c] = d
} END { for (c in q) printf "%s,%s,%d,%d,%d,%.2f,%s,%s\n", c, cty[c], ni[c], nt[c], q[c], s[c], lo[c], hi[c] }' "$f" |
	sort -t, -k5,5nr > "$tmp/cust.awk"
tail -n +2 "$tmp/cust.csv" | tr -d '"\r' | cut -d, -f1,3- > "$tmp/cust.rr"
if [ -s "$tmp/cust.awk" ] && [ "$(wc -l < "$tmp/cust.awk")" -eq "$(wc -l < "$tmp/cust.rr")" ] &&
   paste -d'|' "$tmp/cust.awk" "$tmp/cust.rr" | awk -F'|' '{
	split($1, a, ","); split($2, b, ",")
	for (k = 1; k <= 8; k++) if (k == 6 ? (a[k] - b[k] > 0.011 || b[k] - a[k] > 0.011) : a[k] != b[k]) bad = 1
} END { exit bad }'; then
	echo "ok actions/customers-figures-awk"
else echo "not ok actions/customers-figures-awk"; paste -d'|' "$tmp/cust.awk" "$tmp/cust.rr" | sed 's/^/    /'; fi

# t45 N3: an export of customers is a list for filter customers as it is: its first column
# the customer (rank first kept nobody)
printf 'load %s\nexport customers %s 2 --by quantity\nfilter customers %s\nstats\n' "$f" \
	"$tmp/top2.csv" "$tmp/top2.csv" | $RELREC --replay - > "$tmp/top2.out" 2>&1
if [ "$(awk '$1 == "customers" { print $2; exit }' "$tmp/top2.out")" = 2 ]; then
	echo "ok actions/export-customers-is-a-list"
else echo "not ok actions/export-customers-is-a-list"; sed 's/^/    /' "$tmp/top2.out" | head -20; fi

# t48 F2: spends equal in money are a tie, whatever the rounding of their sums (0.1 + 0.2 is
# 0.30000000000000004 in binary, 0.15 + 0.15 is 0.3): the tie goes to more invoices, B first
printf 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' > "$tmp/tie.csv"
printf '1,X1,X ONE,1,2011-01-03 10:00,0.1,A,France\n1,X2,X TWO,1,2011-01-03 10:00,0.2,A,France\n' >> "$tmp/tie.csv"
printf '2,X1,X ONE,1,2011-01-04 10:00,0.15,B,France\n3,X1,X ONE,1,2011-01-05 10:00,0.15,B,France\n' >> "$tmp/tie.csv"
printf 'load %s\nexport customers %s\n' "$tmp/tie.csv" "$tmp/tie.out.csv" | $RELREC --replay - >/dev/null 2>&1
if [ "$(cut -d, -f1,2 "$tmp/tie.out.csv" | tr -d '"' | tr '\n' ' ')" = "customer,rank B,1 A,2 " ]; then
	echo "ok actions/customers-spend-ties-by-invoices"
else echo "not ok actions/customers-spend-ties-by-invoices"; sed 's/^/    /' "$tmp/tie.out.csv"; fi

# t45 N12: an item bought only in an invoice too large to pair (over 2000 items) is not said
# to have been "only ever bought alone" without that invoice named
awk 'BEGIN { print "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"
	for (i = 0; i < 2001; i++) printf "900000,B%d,Big %d,1,2011-01-03 10:00,1.00,12000,UK\n", i, i
	for (v = 0; v < 30; v++) { printf "%d,S1,Small one,1,2011-02-%02d 10:00,1.00,%d,UK\n", 1000 + v, 1 + v % 28, 13000 + v
		printf "%d,S2,Small two,1,2011-02-%02d 10:00,1.00,%d,UK\n", 1000 + v, 1 + v % 28, 13000 + v } }' > "$tmp/big.csv"
printf 'together B7 3 --min-count 1\n' | $RELREC --replay - -q "$tmp/big.csv" > "$tmp/big.out" 2>&1
if grep -q 'adds no pair' "$tmp/big.out" && grep -qF 'or in the invoices too large to pair' "$tmp/big.out"; then
	echo "ok actions/together-big-invoice-not-alone"
else echo "not ok actions/together-big-invoice-not-alone"; sed 's/^/    /' "$tmp/big.out" | head -20; fi

# t44 #12: export runs says which runs were trained on the data loaded now, and under which
# filters (the runs table shows the data column; only runs use N said it before)
printf 'load %s\nset epochs 1\ntrain\nfilter drop-customers 12346 WHOLESALE1\ntrain\nexport runs %s\n' \
	tests/replay/customers.csv "$tmp/runs.csv" | $RELREC --replay - >/dev/null 2>&1
if [ "$(head -1 "$tmp/runs.csv" | tr -d '"\r' | awk -F, '{print $(NF-1) "," $NF}')" = "data,filters" ] &&
   [ "$(sed -n 2p "$tmp/runs.csv" | tr -d '"\r' | awk -F, '{print $(NF-1) "," $NF}')" = "other,none" ] &&
   sed -n 3p "$tmp/runs.csv" | tr -d '\r' | grep -q '"now","drop customers 12346, WHOLESALE1"$'; then
	echo "ok actions/export-runs-data-and-filters"
else echo "not ok actions/export-runs-data-and-filters"; sed 's/^/    /' "$tmp/runs.csv"; fi
