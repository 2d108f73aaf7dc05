#!/bin/sh
# tests/examples/run_seed_models.sh — replays examples/seed-models.rr (the seed's three models
# trained and compared) and checks that it runs to the end and prints three classification
# reports and a runs table of three runs, variants 1, 2 and 3.
# Prints "ok NAME" / "not ok NAME" / "skip NAME: why" (tests/run.sh). Run from the top of the tree.
RELREC=${RELREC:-./relrec}
name=seed-models
script=examples/seed-models.rr
[ -x "$RELREC" ] || { echo "skip $name: $RELREC not built"; exit 0; }
[ -r data/online_retail.csv.gz ] || { echo "skip $name: data/online_retail.csv.gz absent"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Until the model lands, `train` answers "not built yet": probe it on a ten-row file so the
# probe costs nothing either way.
cat >"$tmp/tiny.csv" <<'CSV'
InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
1,A,ALPHA,1,12/1/2010 8:26,1.0,1,UK
2,A,ALPHA,1,12/2/2010 8:26,1.0,1,UK
3,A,ALPHA,1,12/3/2010 8:26,1.0,1,UK
4,B,BETA,2,12/1/2010 9:00,2.0,2,UK
5,C,GAMMA,3,12/1/2010 9:30,3.0,3,UK
6,B,BETA,1,12/4/2010 9:00,2.0,1,UK
7,C,GAMMA,1,12/5/2010 9:30,3.0,2,UK
8,A,ALPHA,1,12/6/2010 9:30,1.0,3,UK
9,C,GAMMA,1,12/7/2010 9:30,3.0,1,UK
10,B,BETA,1,12/8/2010 9:30,2.0,3,UK
CSV
if printf 'set epochs 1\ntrain\n' | "$RELREC" --replay - "$tmp/tiny.csv" 2>&1 | grep -q 'not built yet'; then
	echo "skip $name: train not built yet"
	exit 0
fi

RELREC_NO_TIMING=1 "$RELREC" --replay "$script" >"$tmp/out" 2>&1
rc=$?
problems=""
[ "$rc" -eq 0 ] || problems="$problems; exit status $rc"
n=$(grep -c '^ *macro avg ' "$tmp/out")
[ "$n" -eq 3 ] || problems="$problems; $n classification reports, not 3"
n=$(grep -c '^ *weighted avg ' "$tmp/out")
[ "$n" -eq 3 ] || problems="$problems; $n weighted averages, not 3"
for v in 1 2 3; do
	grep -q "^> set variant $v\$" "$tmp/out" || problems="$problems; no 'set variant $v'"
done
# the runs table: a header naming the variant column, then runs 1..3 with variants 1..3
awk '
	/^> runs$/ { inruns = 1; next }
	inruns && /^> / { inruns = 0 }
	inruns && $1 == "run" { for (i = 1; i <= NF; i++) if ($i == "variant") col = i; next }
	inruns && col && $1 ~ /^[0-9]+$/ { got = got $1 ":" $col " " }
	END { if (got != "1:1 2:2 3:3 ") { print "runs table " (got == "" ? "missing" : "is " got); exit 1 } }
' "$tmp/out" >"$tmp/why" || problems="$problems; $(cat "$tmp/why")"
if [ -z "$problems" ]; then
	echo "ok $name"
else
	echo "not ok $name"
	echo "${problems#; }"
	tail -40 "$tmp/out"
fi
