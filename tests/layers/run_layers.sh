#!/bin/sh
# tests/layers/run_layers.sh — the engine's walls. Prints "ok NAME" / "not ok NAME" lines
# (tests/run.sh); `make check-core` runs it too. Run from the top of the tree.
#   layers-table-complete   every file of src/ and ui/ has a layer in tests/layers/layers.txt,
#                           and every file there exists
#   layers-no-upward-include  no file includes a file of a higher layer
#                           (util < data < model < commands < ui)
#   core-poisoned-headers   every src/*.c compiles with tests/layers/poison first on the
#                           include path, where curses.h, ncurses.h, readline/readline.h and
#                           their kin are stubs that #error: the engine cannot reach them
# RELREC_CPPFLAGS are the engine's preprocessor flags (make passes its CPPFLAGS); CC the compiler.
TABLE=tests/layers/layers.txt
POISON=tests/layers/poison
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT INT TERM

# ---- the table: every file listed, every listed file there -----------------------------------
set -- src/*.c src/*.h ui/*.c ui/*.h
printf '%s\n' "$@" | sort >"$tmp/files"
awk -v out="$tmp/table" '
	/^[ \t]*(#|$)/ { next }
	$1 == "layers" { for (i = 2; i <= NF; i++) rank[$i] = i - 1; next }
	NF != 2 { printf "%s:%d: want \"FILE LAYER\", got \"%s\"\n", FILENAME, FNR, $0; next }
	!($2 in rank) { printf "%s:%d: %s: unknown layer \"%s\"\n", FILENAME, FNR, $1, $2; next }
	$1 in seen { printf "%s:%d: %s is listed twice\n", FILENAME, FNR, $1; next }
	{ seen[$1] = 1; print $1, $2, rank[$2] > out }
' "$TABLE" >"$tmp/why"
cut -d' ' -f1 "$tmp/table" | sort >"$tmp/listed"
comm -23 "$tmp/files" "$tmp/listed" | sed "s|\$|: not in $TABLE (give it a layer)|" >>"$tmp/why"
comm -13 "$tmp/files" "$tmp/listed" | sed "s|\$|: listed in $TABLE but absent|" >>"$tmp/why"
if [ -s "$tmp/why" ]; then
	echo "not ok layers-table-complete"
	cat "$tmp/why"
else
	echo "ok layers-table-complete"
fi

# ---- includes: "x.h" from the includer's directory, then src/ (-Isrc); <x.h> from src/ ------
# Files that are not in src/ or ui/ (system headers) are not ours to check.
awk -v tablef="$tmp/table" '
	BEGIN {
		while ((getline l < tablef) > 0) { split(l, a, " "); layer[a[1]] = a[2]; rank[a[1]] = a[3] }
	}
	match($0, /^[ \t]*#[ \t]*include[ \t]*["<][^">]+[">]/) {
		inc = substr($0, RSTART, RLENGTH); sub(/^[^"<]*["<]/, "", inc); sub(/[">]$/, "", inc)
		dir = FILENAME; sub(/[^\/]*$/, "", dir)
		target = ""
		p = dir inc
		while (p ~ /[^\/.]+\/\.\.\//) sub(/[^\/.]+\/\.\.\//, "", p)	# src/../ui/tui.h
		if ($0 ~ /include[ \t]*"/ && p in rank) target = p
		else if (("src/" inc) in rank) target = "src/" inc
		if (target == "" || !(FILENAME in rank)) next
		if (rank[target] > rank[FILENAME])
			printf "%s:%d: includes %s (%s), a higher layer than %s\n", FILENAME, FNR, target,
				layer[target], layer[FILENAME]
	}
' "$@" >"$tmp/up"
if [ -s "$tmp/up" ]; then
	echo "not ok layers-no-upward-include"
	cat "$tmp/up"
else
	echo "ok layers-no-upward-include"
fi

# ---- the engine with curses and readline poisoned -------------------------------------------
CC=${CC:-cc}
if [ -z "$RELREC_CPPFLAGS" ]; then
	RELREC_CPPFLAGS=$(make -s --no-print-directory print-cppflags 2>/dev/null) ||
		RELREC_CPPFLAGS="-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc $(pkg-config --cflags-only-I openblas)"
fi
# the poison must work, or the check proves nothing
printf '#include <curses.h>\n' >"$tmp/canary.c"
printf '#include <readline/readline.h>\n' >"$tmp/canary2.c"
canary=""
for c in "$tmp/canary.c" "$tmp/canary2.c"; do
	# shellcheck disable=SC2086 # flags are words
	$CC -std=c11 -fsyntax-only -I"$POISON" $RELREC_CPPFLAGS "$c" >/dev/null 2>&1 &&
		canary="$canary $(cat "$c")"
done
# shellcheck disable=SC2086
if [ -n "$canary" ]; then
	echo "not ok core-poisoned-headers: the poison did not stop:$canary"
elif $CC -std=c11 -fsyntax-only -I"$POISON" $RELREC_CPPFLAGS src/*.c >"$tmp/cc" 2>&1; then
	echo "ok core-poisoned-headers"
else
	echo "not ok core-poisoned-headers"
	head -20 "$tmp/cc"
fi
exit 0
