#!/bin/sh
# tests/files/run_files.sh — whole-program checks on files: huge fields, the README/CI install
# line, the version's one source, the command line's --map, journals replaying to the same output,
# atomic saves. (The engine building without UI headers is tests/layers/run_layers.sh's.)
# Prints "ok NAME" / "not ok NAME" / "skip NAME: why" lines for tests/run.sh.
RELREC=${RELREC:-./relrec}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
H='InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'

# a 10 MB field is rejected as over-long; the rows around it load
{ echo "$H"; echo "1,A1,x,1,12/1/2010 8:26,1,7,UK"; printf '2,A1,"'; head -c 10000000 /dev/zero | tr '\0' 'x'; echo '",1,12/1/2010 8:26,1,7,UK'; echo "3,A1,x,1,12/1/2010 8:26,1,7,UK"; } > "$tmp/big.csv"
out=$(printf 'load %s\nbins 2 5\n' "$tmp/big.csv" | RELREC_NO_TIMING=1 $RELREC --replay - 2>&1)
case "$out" in
*"3 rows, 1 rejected, 2 kept"*"big.csv:3: over-long field"*"bins 2 5: 3 classes over 1 pair"*) echo "ok files/ten-megabyte-field" ;;
*) echo "not ok files/ten-megabyte-field"; echo "$out" | head -5 ;;
esac

# README's first command and .ci/run's are the same line, word for word; CI runs it with
# stdin from /dev/null, "( LINE ) </dev/null", and defines no stand-in for sudo.
readme=$(sed -n '/^## Quick start/,/^## /{/apt-get install/{s/^[[:space:]]*//;p;q;};}' README.md 2>/dev/null)
if [ -z "$readme" ]; then echo "not ok files/readme-ci-install: README.md's quick start has no apt-get install line"
elif ! grep -qxF "( $readme ) </dev/null" .ci/run; then
	echo "not ok files/readme-ci-install: .ci/run does not run README's first command as it is"
	echo "    README: $readme"; grep 'apt-get install' .ci/run | sed 's/^/    CI:     /'
elif grep -Eq '(^|[^[:alnum:]_-])(sudo[[:space:]]*\(\)|function[[:space:]]+sudo|alias[[:space:]]+sudo)|/sudo\b' .ci/run; then
	echo "not ok files/readme-ci-install: .ci/run stands in for sudo"
elif ! sh -n -c "$readme" 2>/dev/null || ! bash -n -c "$readme" 2>/dev/null; then
	echo "not ok files/readme-ci-install: README's first command is not valid sh and bash"
else echo "ok files/readme-ci-install"; fi

# CI runs the README's test command and the package's test, which make test leaves out
if grep -qx 'make test' .ci/run && grep -qx 'make check-pkg' .ci/run &&
	grep -q '^check-pkg:' Makefile && grep -q 'RELREC_PKG' tests/run.sh; then
	echo "ok files/ci-runs-package-test"
else echo "not ok files/ci-runs-package-test: .ci/run must run make test and make check-pkg"; fi

# that line ends by starting ./relrec, which with no terminal (CI) must end at once, with 0
out=$(timeout 10 $RELREC </dev/null 2>&1); rc=$?
if [ $rc -eq 0 ] && [ -z "$out" ]; then echo "ok files/no-terminal-exits-at-once"
else echo "not ok files/no-terminal-exits-at-once: exit $rc"; echo "$out" | head -3; fi

# a journal replays to the same output as the session that wrote it
printf 'load tests/replay/bad_rows.csv\nbins 1 2\nbogus command\nclean price off\nset dim 8\nstats\n' > "$tmp/s.rr"
RELREC_NO_TIMING=1 $RELREC --replay "$tmp/s.rr" --keep-going --quiet --journal "$tmp/j.rr" > "$tmp/a.out" 2>/dev/null
# the replay's messages name the data as the journal does, by its absolute path (t40 #7)
RELREC_NO_TIMING=1 $RELREC --replay "$tmp/j.rr" --quiet > "$tmp/b.out" 2>&1; rc=$?
sed -i "s|$(pwd)/||g" "$tmp/b.out"
if [ $rc -eq 0 ] && grep -qx "load $(pwd)/tests/replay/bad_rows.csv" "$tmp/j.rr" && cmp -s "$tmp/a.out" "$tmp/b.out" && ! grep -q bogus "$tmp/j.rr"; then echo "ok files/journal-replays"
else echo "not ok files/journal-replays"; diff "$tmp/a.out" "$tmp/b.out" | head; fi

# a journal two sessions appended to replays each as it ran: the second from a fresh start
# (`reset`), not under the first one's rules, filters, cleaning rules, settings, bins, runs and
# undo steps (t26 F3: its recommend kept TEA-01 out, show said dim 16, undo undid 'bins 3 6',
# runs listed the first session's)
M='--map user=cust,item=sku,invoice=order_id,qty=n,date=ts,price=6,desc=item_name'
printf 'exclude items TEA-01\nfilter since 2011-03-02\nclean price off\nset dim 16\nset epochs 2\ntrain\nbins 3 6\nrecommend C003 2\n' |
	RELREC_NO_TIMING=1 $RELREC --replay - -q -j "$tmp/two.rr" $M examples/sales.csv > "$tmp/one.out" 2>&1
printf 'recommend C003 2\nshow dim\nundo\nruns\nbins\nfilter\nclean\nshow\nstats\n' |
	RELREC_NO_TIMING=1 $RELREC --replay - -q -j "$tmp/two.rr" $M examples/sales.csv > "$tmp/two.out" 2>&1
{ cat "$tmp/one.out"; echo "reset: a fresh session (1 run never saved dropped)"; cat "$tmp/two.out"; } > "$tmp/live.out"
RELREC_NO_TIMING=1 $RELREC --replay "$tmp/two.rr" -q > "$tmp/replayed.out" 2>&1; rc=$?
sed -i "s|$(pwd)/||g" "$tmp/replayed.out"   # the data named as journaled, absolute (t40 #7)
if [ $rc -eq 0 ] && cmp -s "$tmp/live.out" "$tmp/replayed.out" && grep -q 'TEA-01' "$tmp/two.out" &&
	[ "$(grep -c '^reset$' "$tmp/two.rr")" = 1 ]; then echo "ok files/journal-two-sessions-replay"
else echo "not ok files/journal-two-sessions-replay: exit $rc"; diff "$tmp/live.out" "$tmp/replayed.out" | head; fi

# exit codes: 0 ok, 1 a command failed, 2 usage
printf 'show dim\n' | $RELREC --replay - >/dev/null 2>&1; a=$?
printf 'nonsense\n' | $RELREC --replay - >/dev/null 2>&1; b=$?
$RELREC --no-such-option >/dev/null 2>&1; c=$?
if [ "$a$b$c" = "012" ]; then echo "ok files/exit-codes"; else echo "not ok files/exit-codes: got $a $b $c"; fi

# the temporary file a write in progress uses: PATH.XXXXXX.tmp, a random name (afile.h)
tmpfile_of() { for f in "$1".??????.tmp; do [ -e "$f" ] && { echo "$f"; return 0; }; done; return 1; }

# a save killed with SIGKILL midway leaves the previous model file intact (afile.h)
if printf 'load data/online_retail.csv.gz\nset variant 1\nset epochs 1\ntrain\nsave %s\nexport runs %s\n' "$tmp/m.rrm" "$tmp/runs.csv" | RELREC_NO_TIMING=1 $RELREC --replay - >/dev/null 2>&1; then
	before=$(printf 'load data/online_retail.csv.gz\nopen %s\nreport\n' "$tmp/m.rrm" | RELREC_NO_TIMING=1 $RELREC --replay - 2>&1 | grep -A12 precision)
	printf 'load data/online_retail.csv.gz\nset variant 2\nset epochs 1\ntrain\nsave %s\n' "$tmp/m.rrm" |
		RELREC_TEST_PAUSE_BEFORE_RENAME=60 $RELREC --replay - >/dev/null 2>&1 &
	pid=$!
	n=0
	while ! { t=$(tmpfile_of "$tmp/m.rrm") && [ -s "$t" ]; } && [ $n -lt 600 ]; do sleep 0.1; n=$((n + 1)); done
	kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
	after=$(printf 'load data/online_retail.csv.gz\nopen %s\nreport\n' "$tmp/m.rrm" | RELREC_NO_TIMING=1 $RELREC --replay - 2>&1 | grep -A12 precision)
	if t=$(tmpfile_of "$tmp/m.rrm") && [ -s "$t" ] && [ -n "$before" ] && [ "$before" = "$after" ]; then echo "ok files/save-killed-midway-keeps-old-model"
	else echo "not ok files/save-killed-midway-keeps-old-model"; echo "$after" | head -3; fi
	# the same for an export
	cp "$tmp/runs.csv" "$tmp/runs.before"
	printf 'export runs %s\n' "$tmp/runs.csv" | RELREC_TEST_PAUSE_BEFORE_RENAME=60 $RELREC --replay - >/dev/null 2>&1 &
	pid=$!
	n=0
	while ! tmpfile_of "$tmp/runs.csv" >/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
	sleep 0.2; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
	if cmp -s "$tmp/runs.csv" "$tmp/runs.before" && tmpfile_of "$tmp/runs.csv" >/dev/null; then echo "ok files/export-killed-midway-keeps-old-file"
	else echo "not ok files/export-killed-midway-keeps-old-file"; fi
else
	echo "not ok files/save-killed-midway-keeps-old-model: could not train and save a model"
fi

# the version has one home, debian/changelog's first line: --version prints it, no source repeats it
version=$(sed -n '1s/^relrec (\([^)]*\)).*/\1/p' debian/changelog)
got=$($RELREC --version 2>&1 | head -n 1)
if [ -z "$version" ]; then echo "not ok files/version-from-changelog: no version in debian/changelog"
elif [ "$got" != "relrec $version" ]; then echo "not ok files/version-from-changelog: got '$got', wanted 'relrec $version'"
elif grep -rnwF "$version" src ui man 2>/dev/null | head -3 | grep .; then
	echo "not ok files/version-from-changelog: a second copy of $version (above)"
else echo "ok files/version-from-changelog"; fi

# relrec pins OpenBLAS's AVX2 kernels where the processor has them (src/blaspin.h), so the same
# commands give the same figures on an AVX-512 machine; a choice of the user's is kept
if grep -qw avx2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo; then want='Haswell'
else want=$(env OPENBLAS_CORETYPE= $RELREC --version 2>/dev/null | sed -n 2p | sed 's/^OpenBLAS kernels: //'); fi
got=$(env -u OPENBLAS_CORETYPE $RELREC --version 2>&1 | sed -n 2p)
mine=$(OPENBLAS_CORETYPE=Nehalem $RELREC --version 2>&1 | sed -n 2p)
if [ "$got" != "OpenBLAS kernels: $want" ]; then echo "not ok files/blas-kernels-pinned: got '$got', wanted 'OpenBLAS kernels: $want'"
elif [ "$mine" != "OpenBLAS kernels: Nehalem" ]; then echo "not ok files/blas-kernels-pinned: OPENBLAS_CORETYPE=Nehalem gave '$mine'"
else echo "ok files/blas-kernels-pinned"; fi
# ... but not under valgrind (its preload library in LD_PRELOAD), where running itself again
# would start valgrind's tool: there the kernels are OpenBLAS's own choice
own=$(env OPENBLAS_CORETYPE= $RELREC --version 2>/dev/null | sed -n 2p)
vg=$(env -u OPENBLAS_CORETYPE LD_PRELOAD="$tmp/vgpreload_memcheck-amd64-linux.so" $RELREC --version 2>/dev/null | sed -n 2p)
if [ -n "$own" ] && [ "$vg" = "$own" ]; then echo "ok files/blas-kernels-not-pinned-under-valgrind"
else echo "not ok files/blas-kernels-not-pinned-under-valgrind: got '$vg', wanted '$own'"; fi

# the run again that pins the kernels keeps the program's name (t30 F9: it was "exe", the name
# of /proc/self/exe, so pgrep -x relrec, pidof, killall and top's COMMAND missed it): a replay
# that waits in a load from a FIFO no one writes, its name read once the FIFO is open
mkfifo "$tmp/name.fifo" && printf 'load %s\n' "$tmp/name.fifo" > "$tmp/name.rr"
env -u OPENBLAS_CORETYPE $RELREC -q -r "$tmp/name.rr" >/dev/null 2>&1 & pid=$!
i=0
while [ $i -lt 600 ] && ! ls -l /proc/$pid/fd 2>/dev/null | grep -q 'name\.fifo'; do sleep 0.05; i=$((i + 1)); done
comm=$(cat /proc/$pid/comm 2>/dev/null)
kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null
want=$(basename "$RELREC" | cut -c1-15)
if [ "$comm" = "$want" ]; then echo "ok files/process-name-kept"
else echo "not ok files/process-name-kept: /proc/PID/comm is '$comm', wanted '$want'"; fi

# --map on the command line loads FILE with the map; without a FILE to load it is a usage error
out=$(printf 'stats\n' | RELREC_NO_TIMING=1 $RELREC --quiet --replay - \
	--map user=cust,item=sku,invoice=order_id,qty=n,date=ts,price=6,desc=item_name examples/sales.csv 2>&1)
printf 'stats\n' | $RELREC --replay - --map user=cust >/dev/null 2>&1; rc=$?
case "$out" in
*"(mapped): 12 rows, 0 rejected, 11 kept"*) [ $rc -eq 2 ] && echo "ok files/command-line-map" ||
	echo "not ok files/command-line-map: --map without FILE exited $rc, wanted 2" ;;
*) echo "not ok files/command-line-map"; echo "$out" | head -3 ;;
esac

# an option whose value is forgotten does not take the next option as it (t26): refused, exit
# 2, no file made by that name; run in a directory of its own, where such a file would land.
# An option is what getopt_long reads as one: a prefix (--rep), --NAME=X, and -- (t29)
d=$(mktemp -d)
printf '%s\n1,A1,x,1,12/1/2010 8:26,1,7,UK\n' "$H" > "$d/s.csv"; printf 'stats\n' > "$d/s.rr"
rel=$(cd "$(dirname "$RELREC")" && pwd)/$(basename "$RELREC")
bad=""
# ARGS|the option named|the value refused
for t in "-j --replay s.rr|-j|--replay" "--replay -k s.rr s.csv|--replay|-k" \
	"--journal --quiet --replay s.rr|--journal|--quiet" "-kj -p|-j|-p" \
	"--map -q s.csv|--map|-q" "-m --help|-m|--help" "--sep --strict s.csv|--sep|--strict" \
	"--replay --complete-words|--replay|--complete-words" "-j --rep s.rr|-j|--rep" \
	"-r s.rr -j --qui|-j|--qui" "-j -- -r s.rr|-j|--" "-j --map=user=a s.csv|-j|--map=user=a"; do
	args=${t%%|*}; rest=${t#*|}; opt=${rest%%|*}; value=${rest#*|}
	(cd "$d" && $rel $args </dev/null >out 2>err); rc=$?
	grep -qF "relrec: $opt needs " "$d/err" && grep -qF ", not the option '$value'" "$d/err" &&
		[ $rc -eq 2 ] && [ ! -e "$d/$value" ] || bad="$bad [$args: exit $rc, $(head -c 200 "$d/err")]"
done
(cd "$d" && $rel -j --replay s.rr </dev/null 2>err); grep -qxF "relrec: -j needs a file name, not the option '--replay' (write ./--replay for a file of that name)" "$d/err" ||
	bad="$bad [-j --replay: $(cat "$d/err")]"
(cd "$d" && $rel --replay -k s.rr s.csv 2>err); grep -qxF "relrec: --replay needs a script's file name (- for standard input), not the option '-k' (write ./-k for a file of that name)" "$d/err" ||
	bad="$bad [--replay -k: $(cat "$d/err")]"
# a value written onto its option, or a word that is no option, is taken as it is
(cd "$d" && $rel -q --journal=--replay --replay s.rr s.csv >out 2>err) && [ -s "$d/--replay" ] &&
	(cd "$d" && $rel -q -j ./-k --replay s.rr s.csv >out 2>err) && [ -s "$d/-k" ] ||
	bad="$bad [a value meant: $(cat "$d/err")]"
rm -rf "$d"
if [ -z "$bad" ]; then echo "ok files/option-value-not-an-option"
else echo "not ok files/option-value-not-an-option:$bad"; fi

# the completion's option words are the options --help lists, no more (hidden ones stay hidden)
help=$($RELREC --help | sed -n '/^options:/,$p' | grep -oE -- '--[a-z][a-z-]*' | sort -u)
words=$($RELREC --complete-words options | sort -u)
if [ -n "$words" ] && [ "$help" = "$words" ]; then echo "ok files/complete-words-match-help"
else echo "not ok files/complete-words-match-help"; echo "    help: $help" | tr '\n' ' '; echo; echo "    words: $words" | tr '\n' ' '; echo; fi

# completion/relrec.bash completes options, --map's names and files, asking the built binary
if command -v bash >/dev/null 2>&1; then
	got=$(bash -c '
		. completion/relrec.bash || exit 1
		c() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _relrec; echo "${COMPREPLY[*]}"; }
		c "$1" --ma
		c "$1" --map = us
		c "$1" --map user = cust,item = sku,p
		c "$1" --map user = cust,d
		c "$1" --replay examples/seed
		c "$1" -q examples/sal
		c "$1" --decimal ""
		c "$1" --calendar = eth' sh "$RELREC" 2>&1)
	# a load option's values (t75 F6: the script asked `--complete-words --decimal`, which
	# relrec refuses as a value that looks like an option, and offered file names)
	want=$(printf '%s\n' --map user= sku,price= cust,desc=\ cust,date= examples/seed-models.rr examples/sales.csv \
		'. \,' ethiopian)
	if [ "$got" = "$want" ]; then echo "ok files/bash-completion"
	else echo "not ok files/bash-completion"; echo "$got" | sed 's/^/    got: /'; fi
else
	echo "skip files/bash-completion: bash is not installed"
fi

# the prompt left normally exits 0 after a FILE it could not load (said at start; the user
# went on), as the workbench does (t15: quit exited 1 after a later load had worked)
if command -v script >/dev/null 2>&1; then
	d=$(mktemp -d)
	printf 'load tests/replay/ids.csv --map user=cust,item=sku,invoice=order_id,qty=n,date=ts,price=6,desc=item_name\nquit\n' |
		HOME="$d" XDG_STATE_HOME="$d" TERM=dumb timeout 60 script -qec "$RELREC --prompt $d/nonexist.csv" /dev/null >"$d/out" 2>&1
	rc=$?
	if [ $rc -eq 0 ] && grep -q "cannot open '$d/nonexist.csv'" "$d/out" && grep -q "11 kept" "$d/out"; then
		echo "ok files/prompt-exit-after-failed-start"
	else
		echo "not ok files/prompt-exit-after-failed-start: exit $rc"; tail -5 "$d/out" | sed 's/^/    /'
	fi
	rm -rf "$d"
else
	echo "skip files/prompt-exit-after-failed-start: script(1) is not installed"
fi

# a soft CPU time limit (ulimit -t) ends a replay as SIGTERM does: the work stops, the output
# is written, the exit names it (t18: SIGXCPU's default ended it at once, the output lost).
# Not under ASan (slow enough to reach the limit loading).
if [ -z "$RELREC_ASAN" ] && command -v bash >/dev/null 2>&1; then
	d=$(mktemp -d)
	$RELREC gen 100000 --seed 3 >"$d/g.csv" 2>/dev/null   # 1000 epochs: far past 2 s
	printf 'load %s/g.csv\nset epochs 1000\nset patience 0\ntrain\n' "$d" >"$d/x.rr"
	bash -c "ulimit -S -t 2; exec $RELREC --replay $d/x.rr" >"$d/out" 2>"$d/err"
	rc=$?
	if [ $rc -eq 152 ] && grep -q "interrupted by SIGXCPU" "$d/err" && grep -q "epochs (stopped)" "$d/out"; then
		echo "ok files/cpu-limit-ends-replay"
	else
		echo "not ok files/cpu-limit-ends-replay: exit $rc"; cat "$d/err" | tail -n 3 | sed 's/^/    /'
	fi
	rm -rf "$d"
fi
