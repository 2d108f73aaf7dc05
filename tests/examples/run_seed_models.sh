#!/bin/sh
# tests/examples/run_seed_models.sh — replays examples/seed-models.rr (the seed's three models
# trained and compared) and checks that it runs to the end and prints three classification
# reports and a runs table of three runs, variants 1, 2 and 3, each at least as good as the
# seed's PyTorch model of the same architecture.
# Prints "ok NAME" / "not ok NAME" / "skip NAME: why" (tests/run.sh's skip policy). Run from the
# top of the tree.
RELREC=${RELREC:-./relrec}
name=seed-models
script=examples/seed-models.rr
[ -x "$RELREC" ] || { echo "not ok $name: no binary at $RELREC"; exit 0; }
[ -r data/online_retail.csv.gz ] || { echo "skip $name: data/online_retail.csv.gz absent"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

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

# quality on the seed's protocol (bins 2 5, seed 42): each variant at least the PyTorch model of
# the same architecture. Deterministic for a seed: no timing involved.
for want in "1 0.716" "2 0.723" "3 0.648"; do
	set -- $want
	got=$(sed -n "s/^run $1: .*test macro-F1 \([0-9.]*\).*/\1/p" "$tmp/out")
	if [ -n "$got" ] && awk -v g="$got" -v w="$2" 'BEGIN { exit !(g >= w) }'; then
		echo "ok model-quality-variant-$1 (macro-F1 $got >= $2)"
	else
		echo "not ok model-quality-variant-$1 (macro-F1 '${got:-none}', wanted >= $2)"
	fi
done
