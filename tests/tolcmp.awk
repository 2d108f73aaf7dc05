# tests/tolcmp.awk — compare a golden output with a numeric tolerance on chosen lines.
#   awk -f tests/tolcmp.awk NAME.tol EXPECTED GOT
# exits 0 when GOT matches EXPECTED, else prints each difference and exits 1.
#
# NAME.tol holds rules, one a line ('#' starts a comment line):
#     [rel=R] [abs=A] [int=I] ERE
# A line of EXPECTED that matches the extended regular expression ERE (the first rule that
# matches wins) is compared number by number with the same line of GOT:
#   - a number with a decimal point or exponent (0.7076, 1e-5, 97.6) may differ by
#     A + R * max(|expected|, |got|);
#   - an integer (a count, an id, an epoch) may differ by I (default 0: exactly equal);
#   - everything else on the line (words, punctuation, the number of numbers) must be equal,
#     except that runs of blanks count as one (a wider number shifts a table's columns).
# ERE is POSIX awk's, without {n} intervals (mawk, Debian's awk, lacks them). R, A and I
# default to 0. Lines that match no rule must be equal byte for byte, both files must have
# the same number of lines, and every rule must match some line (no stale rules). So a .tol
# names, say, the loss lines of a training ("rel=1e-3 abs=2e-4 ^epoch [0-9]+/") and every
# other line stays exact.

function die(msg) { print "tolcmp: " msg > "/dev/stderr"; exit 2 }

# nums(s, arr): split s into numbers (into arr[1..n], returned n) and a skeleton (in SKEL)
# where each number is '#' and blank runs are one space.
function nums(s, arr,    n, sk, pre, tok) {
	n = 0; sk = ""
	while (match(s, /[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?|\.[0-9]+/)) {
		pre = substr(s, 1, RSTART - 1); tok = substr(s, RSTART, RLENGTH)
		# a '-' right before the digits is a sign unless it follows a word or a number (a range
		# 1-2, a date 2011-09-01, a name such as macro-F1)
		if (pre ~ /(^|[^A-Za-z0-9_.)%])-$/) { pre = substr(pre, 1, length(pre) - 1); tok = "-" tok }
		sk = sk pre "#"; arr[++n] = tok
		s = substr(s, RSTART + RLENGTH)
	}
	sk = sk s
	gsub(/[ \t]+/, " ", sk)
	SKEL = sk
	return n
}

function abs_(x) { return x < 0 ? -x : x }

# the reason line e (expected) and g (got) differ under rule r, or "" when they match
function differs(e, g, r,    ne, ng, sk, i, a, b, m, lim, E, G) {
	ne = nums(e, E); sk = SKEL
	ng = nums(g, G)
	if (sk != SKEL || ne != ng) return "the words differ"
	for (i = 1; i <= ne; i++) {
		if (E[i] == G[i]) continue
		a = E[i] + 0; b = G[i] + 0
		if (E[i] ~ /[.eE]/ || G[i] ~ /[.eE]/) {
			m = abs_(a) > abs_(b) ? abs_(a) : abs_(b)
			lim = ABS[r] + REL[r] * m
			lim += 1e-9 * (m > 1 ? m : 1)	# the decimal text itself is not exact in binary
		} else
			lim = INT[r]
		if (abs_(a - b) > lim)
			return sprintf("number %d: %s vs %s (allowed %g)", i, E[i], G[i], lim)
	}
	return ""
}

# read(path, arr): the lines of path into arr[1..n]; returns n
function read(path, arr,    n, l, rc) {
	n = 0
	while ((rc = getline l < path) > 0) arr[++n] = l
	if (rc < 0) die("cannot read " path)
	close(path)
	return n
}

function parse_rules(path,    l, fnr, line, kv, k, v, rc) {
	while ((rc = getline l < path) > 0) {
		fnr++
		if (l ~ /^[ \t]*(#|$)/) continue
		nr++; REL[nr] = 0; ABS[nr] = 0; INT[nr] = 0
		line = l
		sub(/^[ \t]+/, "", line)
		while (match(line, /^(rel|abs|int)=[^ \t]+[ \t]+/)) {
			kv = substr(line, 1, RLENGTH); line = substr(line, RLENGTH + 1)
			sub(/[ \t]+$/, "", kv)
			k = substr(kv, 1, 3); v = substr(kv, 5)
			if (v !~ /^[0-9.]+([eE][-+]?[0-9]+)?$/) die(path ":" fnr ": '" kv "' is not a number")
			if (k == "rel") REL[nr] = v + 0; else if (k == "abs") ABS[nr] = v + 0; else INT[nr] = v + 0
		}
		if (line == "") die(path ":" fnr ": a rule needs a pattern")
		if (line ~ /[^\\]\{[0-9]/)	# mawk (Debian's awk) would take it as literal text
			die(path ":" fnr ": no {n} intervals in a pattern (mawk lacks them): write x x x for x{3}")
		PAT[nr] = line; RULE[nr] = l
	}
	if (rc < 0) die("cannot read " path)
	close(path)
}

BEGIN {
	if (ARGC != 4) die("usage: awk -f tests/tolcmp.awk NAME.tol EXPECTED GOT")
	parse_rules(ARGV[1])
	ne = read(ARGV[2], EXP)
	ng = read(ARGV[3], GOT)
	exit compare()	# all in BEGIN: awk reads no input
}

function compare(    shown, n, i, e, g, r, k, why, used) {
	shown = 0
	n = ne > ng ? ne : ng
	if (ne != ng) { printf "expected %d lines, got %d\n", ne, ng; bad = 1 }
	for (i = 1; i <= n && shown < 8; i++) {
		e = EXP[i]; g = GOT[i]
		r = 0
		if (i <= ne) for (k = 1; k <= nr; k++) if (e ~ PAT[k]) { r = k; used[k] = 1; break }
		if (i > ne || i > ng) why = "missing line"
		else if (r == 0) why = (e == g) ? "" : "differs (exact line)"
		else why = differs(e, g, r)
		if (why == "") continue
		bad = 1; shown++
		if (r) why = why " under rule '" RULE[r] "'"
		printf "line %d: %s\n-%s\n+%s\n", i, why, (i <= ne ? e : "(none)"), (i <= ng ? g : "(none)")
	}
	for (k = 1; k <= nr && shown < 8; k++)	# a rule for lines that are gone is a stale rule
		if (!(k in used) && n <= ne) { printf "rule '%s' matches no line of the golden\n", RULE[k]; bad = 1 }
	return bad
}
