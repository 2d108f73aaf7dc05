#!/bin/sh
# tests/shops/run_shops.sh — relrec reads the shop platforms' exports of the testers' rounds (files/,
# generated with their truth: tests/shops/README) to the figures of their truth, with the options
# shops.tsv gives (none where a plain load is right; else those relrec's own hints lead to). A
# later word, name or heuristic that breaks one of them makes its line "not ok".
# Each line of shops.tsv is a file read once: `stats` must print its kept, customers, items,
# invoices and pairs exactly, quantity and spend within 0.011, its first and last date (the day),
# and each text of its warnings column ('|' between two) must be in what it prints, but for one
# that starts with '!', which must not (a false alarm once given: t41 N8's wc-completed). '-'
# checks nothing: a line of '-' figures asserts only its warnings (a refusal's hint, say).
# A line marked known ("FIGURES: why") is a difference of today's relrec from the truth, its
# reason stated: those figures must still differ (all others still match), and the line is ok;
# when one of them comes to equal the truth, the line fails until the mark is taken off, so that
# a mark never outlives its reason. No python: the truth is plain text.
# Prints "ok NAME" / "not ok NAME" lines for tests/run.sh, one per line of shops.tsv.
RELREC=${RELREC:-./relrec}
dir=tests/shops
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export RELREC_NO_TIMING=1

[ -f "$dir/shops.tsv" ] || { echo "not ok shops: no $dir/shops.tsv"; exit 0; }
grep -v '^#' "$dir/shops.tsv" | sed 1d >"$tmp/lines"
while IFS='	' read -r name file opts kept cust items inv pairs qty spend first last warn known; do
	t=shops/$name
	if [ ! -f "$dir/files/$file" ]; then
		echo "not ok $t: no $dir/files/$file"
		continue
	fi
	[ "$opts" = - ] && opts=
	eval "set -- $opts"
	printf 'stats\n' | "$RELREC" -r - -q "$@" "$dir/files/$file" >"$tmp/out" 2>&1
	# the figures as stats prints them (the first of each: 'kept' also heads a later line)
	got=$(awk '
		/^(kept|customers|items|invoices|pairs|quantity|spend) / && !($1 in v) { v[$1] = $2 }
		/^dates / && !("first" in v) { v["first"] = $2; v["last"] = $5 }
		END { split("kept customers items invoices pairs quantity spend first last", k, " ")
		      for (i = 1; i <= 9; i++) printf "%s ", (k[i] in v && v[k[i]] != "" ? v[k[i]] : "none") }' "$tmp/out")
	[ "$known" = - ] && known=
	kfig=${known%%:*}
	# bad: figures off the truth and not marked; fixed: marked figures that now equal it;
	# diff: the marked ones that differ, for the ok line
	res=$(echo "$got" | awk -v want="$kept $cust $items $inv $pairs $qty $spend $first $last" -v known=",$kfig," '
		function same(i, a, b) {
			if (i == 6 || i == 7) return a != "none" && a - b <= 0.011 && b - a <= 0.011
			return a == b
		}
		{ split(want, w, " "); split("kept customers items invoices pairs quantity spend first last", k, " ")
		  for (i = 1; i <= 9; i++) {
			if (w[i] == "-") continue
			m = same(i, $i, w[i]); marked = index(known, "," k[i] ",") > 0
			s = k[i] " " $i " (truth " w[i] ")"
			if (!m && !marked) bad = bad (bad == "" ? "" : ", ") s
			else if (m && marked) fixed = fixed (fixed == "" ? "" : ", ") k[i]
			else if (marked) diff = diff (diff == "" ? "" : ", ") s
		  }
		  printf "%s\t%s\t%s\n", (bad == "" ? "-" : bad), (fixed == "" ? "-" : fixed), (diff == "" ? "-" : diff) }')
	bad=$(echo "$res" | cut -f1); fixed=$(echo "$res" | cut -f2); diff=$(echo "$res" | cut -f3)
	[ "$bad" = - ] && bad=
	# each warning text the file must give
	if [ "$warn" != - ]; then
		echo "$warn" | tr '|' '\n' >"$tmp/warn"
		while IFS= read -r w; do
			case $w in
			!*) grep -qF -- "${w#!}" "$tmp/out" && bad="${bad:+$bad, }\"${w#!}\" in its output" ;;
			*) grep -qF -- "$w" "$tmp/out" || bad="${bad:+$bad, }no \"$w\" in its output" ;;
			esac
		done <"$tmp/warn"
	fi
	if [ -n "$bad" ]; then
		echo "not ok $t: $bad"
		grep -E '^(loaded|  (format|columns|note|warning|status|events|customers)|relrec:)' "$tmp/out" | head -10 | cut -c1-300 | sed 's/^/    /'
	elif [ "$fixed" != - ]; then
		echo "not ok $t: $fixed now equal the truth: take them out of its known mark in $dir/shops.tsv"
	elif [ -n "$known" ]; then
		echo "ok $t (known: $diff)"
	else
		echo "ok $t"
	fi
done <"$tmp/lines"
