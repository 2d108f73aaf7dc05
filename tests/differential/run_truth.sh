#!/bin/sh
# tests/differential/run_truth.sh — relrec reads each file of the truth corpus (corpus/, made
# by gen.py and picked by mkcorpus.py: headers in eight languages, four separators, both
# decimal marks, placeholders, lines of no product, statuses, returns, grouped layouts...)
# to the figures truth.tsv gives: kept, customers, items, invoices exactly, quantity and spend
# within 0.011. No python: the truth is plain text.
# Prints "ok NAME" / "not ok NAME" lines for tests/run.sh, one per file.
RELREC=${RELREC:-./relrec}
dir=tests/differential
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export RELREC_NO_TIMING=1

[ -f "$dir/truth.tsv" ] || { echo "not ok truth/corpus: no $dir/truth.tsv"; exit 0; }
grep -v '^#' "$dir/truth.tsv" | sed 1d >"$tmp/truth"
while IFS='	' read -r file kept cust items inv qty spend; do
	name=truth/${file%%.*}
	if [ ! -f "$dir/corpus/$file" ]; then
		echo "not ok $name: no $dir/corpus/$file"
		continue
	fi
	printf 'stats\n' | "$RELREC" -r - -q "$dir/corpus/$file" >"$tmp/out" 2>&1
	# the figures as stats prints them (the first of each: 'kept' also heads a later line)
	got=$(awk '
		/^(kept|customers|items|invoices|quantity|spend) / && !($1 in v) { v[$1] = $2 }
		END { printf "%s %s %s %s %s %s", v["kept"], v["customers"], v["items"],
		      v["invoices"], v["quantity"], v["spend"] }' "$tmp/out")
	bad=$(echo "$got" | awk -v want="$kept $cust $items $inv $qty $spend" '
		function off(a, b) { d = a - b; return d > 0.011 || d < -0.011 }
		{ n = split(want, w, " "); split("kept customers items invoices quantity spend", k, " ")
		  for (i = 1; i <= n; i++) {
			if ($i == "" || (i <= 4 && $i != w[i]) || (i > 4 && off($i, w[i])))
				printf "%s%s %s (truth %s)", (out++ ? ", " : ""), k[i], ($i == "" ? "none" : $i), w[i]
		  } }')
	if [ -z "$bad" ]; then
		echo "ok $name"
	else
		echo "not ok $name: $bad"
		grep -E '^(loaded|  (format|columns|note|warning)|relrec:)' "$tmp/out" | head -8 | sed 's/^/    /'
	fi
done <"$tmp/truth"
