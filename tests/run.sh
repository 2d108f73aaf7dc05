#!/bin/sh
# tests/run.sh — runs every test of relrec and ends with one line "N passed, N failed".
# Suites: cmocka unit tests (build/tests/test_*), golden replay tests (tests/replay/*.rr with
# *.out and optional *.code), then tests/*/run_*.sh scripts (tmux, files), which print
# "ok NAME" / "not ok NAME" / "skip NAME: why" lines (TAP-like).
RELREC=${RELREC:-./relrec}
BUILD=${BUILD:-build}
export RELREC BUILD
pass=0; fail=0; skip=0
failed_names=""
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT INT TERM

# 1. unit tests: cmocka prints "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s)"
for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	"$t" >"$tmp/out" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$tmp/out" | tail -1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$tmp/out" | tail -1)
	s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$tmp/out" | tail -1)
	p=${p:-0}; f=${f:-0}; s=${s:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # crashed or exited badly
	pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
	if [ "$f" -ne 0 ]; then
		failed_names="$failed_names $name"
		echo "FAIL $name"; sed 's/^/    /' "$tmp/out" | grep -vE '^\s*\[ (RUN|       OK) ' | head -40
	else
		echo "ok   $name ($p passed${s:+, $s skipped})"
	fi
done

# 2. golden replay tests: run the script from the top of the tree, compare stdout+stderr and exit code
for s in tests/replay/*.rr; do
	[ -f "$s" ] || continue
	name=replay/$(basename "$s" .rr)
	exp="${s%.rr}.out"; code_file="${s%.rr}.code"
	want_code=0; [ -f "$code_file" ] && want_code=$(cat "$code_file")
	args=""; [ -f "${s%.rr}.args" ] && args=$(cat "${s%.rr}.args")
	script=$s
	if grep -q '@TMP@' "$s"; then # @TMP@: a private empty directory, written back as @TMP@
		rm -rf "$tmp/work"; mkdir "$tmp/work"
		script=$tmp/$(basename "$s")
		sed "s|@TMP@|$tmp/work|g" "$s" >"$script"
	fi
	RELREC_NO_TIMING=1 $RELREC --replay "$script" $args >"$tmp/raw" 2>&1
	rc=$?
	esc=$(printf '%s\n' "$tmp" | sed 's/[][\.*^$|]/\\&/g')
	sed -e "s|$esc/$(basename "$s")|$s|g" -e "s|$esc/work|@TMP@|g" "$tmp/raw" >"$tmp/got"
	if [ "$rc" -eq "$want_code" ] && cmp -s "$exp" "$tmp/got"; then
		pass=$((pass + 1)); echo "ok   $name"
	else
		fail=$((fail + 1)); failed_names="$failed_names $name"
		echo "FAIL $name (exit $rc, wanted $want_code)"; diff "$exp" "$tmp/got" | head -30 | sed 's/^/    /'
	fi
done

# 3. script suites
for sh in tests/*/run_*.sh; do
	[ -f "$sh" ] || continue
	sh "$sh" >"$tmp/out" 2>&1
	while IFS= read -r line; do
		case "$line" in
		"ok "*) pass=$((pass + 1)); echo "ok   ${line#ok }" ;;
		"not ok "*) fail=$((fail + 1)); failed_names="$failed_names ${line#not ok }"; echo "FAIL ${line#not ok }" ;;
		"skip "*) skip=$((skip + 1)); echo "skip ${line#skip }" ;;
		*) echo "    $line" ;;
		esac
	done <"$tmp/out"
done

[ -n "$failed_names" ] && echo "failed:$failed_names"
if [ "$skip" -gt 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
