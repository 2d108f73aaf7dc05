#!/bin/sh
# tests/model/run_eval_cutoff.sh — `evaluate ranking` without --cutoff takes its cutoff from the
# data (the start of the last quarter of the cleaned rows' span, to the nearest day) and says
# so, on the bundled Online Retail (about 8 s of CPU: the grids, the baselines and the
# recommender's fit); on Online Retail II 2009-2010 (shipped for the tests) the same default,
# by the same function (dataset_default_cutoff) and the same words, through `evaluate due`,
# which costs a load: the suite's CPU is make test's wall time on two cores.
# Prints ok / not ok / skip lines.
RELREC=${RELREC:-./relrec}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT INT TERM
export RELREC_NO_TIMING=1

# check NAME DATA CUTOFF-LINE [OPTIONS]: the line, then the relrec rows of the table
check() {
	name=$1 data=$2 want=$3
	shift 3
	if printf 'evaluate ranking %s\n' "$*" | "$RELREC" --replay - --quiet "$data" >"$tmp/out" 2>&1 &&
	   grep -qxF "$want" "$tmp/out" && grep -Eq '^relrec +all +10 ' "$tmp/out" &&
	   grep -Eq '^relrec +new +20 ' "$tmp/out"; then
		echo "ok $name"
	else
		echo "not ok $name"
		head -5 "$tmp/out" | sed 's/^/    /'
	fi
}

check eval-default-cutoff-online-retail data/online_retail.csv.gz \
	"cutoff 2011-09-07 (the last quarter of 2010-12-01 to 2011-12-09; --cutoff to choose)"

orii=data/online_retail_ii_2009_2010.csv.gz   # shipped for the tests
want="cutoff 2010-09-07 (the last quarter of 2009-12-01 to 2010-12-09; --cutoff to choose)"
if printf 'evaluate due 30\n' | "$RELREC" --replay - --quiet "$orii" >"$tmp/out" 2>&1 &&
   grep -qxF "$want" "$tmp/out" && grep -Eq '^relrec +100 +100 ' "$tmp/out"; then
	echo "ok eval-default-cutoff-online-retail-ii"
else
	echo "not ok eval-default-cutoff-online-retail-ii"
	head -5 "$tmp/out" | sed 's/^/    /'
fi
