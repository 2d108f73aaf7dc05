#!/bin/sh
# tests/docs/run_readme.sh — the README's walkthrough says what relrec prints (issue 14): every
# `relrec> COMMAND` of README.md is run, in order, in one session on the bundled data, and each
# line the README shows under it must be a line of that command's output. Left out: lines
# with "..." (an elision) and lines that hold a time or a rate (they differ from run to run);
# a `load` of a file the tree does not hold (the README's export.csv) is not run. In the
# order they are shown, a printed line is left out only where a "..." line says so. Prints
# "ok NAME" / "not ok NAME" lines (tests/run.sh).
cd "$(dirname "$0")/../.." || exit 1
RELREC=${RELREC:-./relrec}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ! -x "$RELREC" ]; then
	echo "not ok readme-figures: no binary at $RELREC"
	exit 0
fi

# the commands, one per line, and each one's shown lines in $tmp/want.N
awk -v dir="$tmp" '
/^```/ { inblock = !inblock; cur = ""; next }
inblock && /^relrec> / {
	cmd = substr($0, 9)
	if (cmd ~ /^load / && split(cmd, w, " ") >= 2 && system("test -f \"" w[2] "\"") != 0) {
		cur = ""; next   # a file of the reader'"'"'s own
	}
	n++; print cmd > (dir "/cmds"); cur = dir "/want." n; printf "" > cur; next
}
inblock && cur != "" && $0 ~ /^ *\.\.\. *$/ { print "..." > (cur ".order"); next }
inblock && cur != "" && $0 !~ /[0-9](\.[0-9]+)? ?s( |$|,|\))|\/s( |$)/ {
	print > (cur ".order")
	if ($0 !~ /\.\.\./) print > cur
}
' README.md
if [ ! -s "$tmp/cmds" ]; then
	echo "not ok readme-figures: no relrec> command found in README.md"
	exit 0
fi
RELREC_NO_TIMING=1 "$RELREC" --replay "$tmp/cmds" >"$tmp/out" 2>&1
# each command's output: the lines after its "> COMMAND" echo, up to the next echo
awk -v dir="$tmp" '/^> / { n++; f = dir "/got." n; printf "" > f; next } n { print > f }' "$tmp/out"
bad=0
i=0
while IFS= read -r cmd; do
	i=$((i + 1))
	[ -f "$tmp/got.$i" ] || { echo "    '$cmd': no output (the replay stopped)"; bad=1; break; }
	while IFS= read -r line; do
		if ! grep -qxF -- "$line" "$tmp/got.$i"; then
			echo "    '$cmd' does not print: $line"
			bad=1
		fi
	done <"$tmp/want.$i"
	# and in its order, a line it prints left out only where a "..." stands (t78 F13: the
	# customers' footer, stats' dates, why's last lines were left out unsaid)
	touch "$tmp/want.$i.order"
	gap=$(awk -v got="$tmp/got.$i" '
	BEGIN { while ((getline l < got) > 0) if (l != "") g[++n] = l }
	$0 == "..." { dots = 1; next }
	{ for (q = p + 1; q <= n && g[q] != $0; q++) ;
	  if (q > n) next   # not printed: said above
	  if (q > p + 1 && !dots) { print g[p + 1]; said = 1; exit }
	  p = q; dots = 0 }
	END { if (!said && p < n && !dots) print g[p + 1] }' "$tmp/want.$i.order")
	if [ -n "$gap" ]; then
		echo "    '$cmd' prints, where no ... says lines are left out: $gap"
		bad=1
	fi
done <"$tmp/cmds"
if [ $bad = 0 ]; then
	echo "ok readme-figures ($i commands)"
else
	echo "not ok readme-figures"
fi
exit 0
