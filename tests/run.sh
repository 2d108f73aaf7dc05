#!/bin/sh
# tests/run.sh — runs every test of relrec and ends with exactly one line
# "N passed, N failed" (", N skipped" when any); exits 0 when nothing failed.
# Run from the top of the tree (make test does): RELREC=./relrec BUILD=build sh tests/run.sh
# Arguments, if any, select the jobs whose file path contains one of them:
#   sh tests/run.sh replay/ test_model     (the goldens and build/tests/test_model only)
#
# Jobs, each independent of the others, run JOBS at a time (default: nproc):
#   test_NAME     a cmocka binary $BUILD/tests/test_NAME ("[  PASSED  ] N test(s)." etc.)
#   replay/NAME   a golden script tests/replay/NAME.rr, run from the top of the tree with
#                 RELREC_NO_TIMING=1; stdout+stderr must equal NAME.out and the exit status
#                 NAME.code (default 0). RELREC_UPDATE_GOLDEN=1 writes what a script prints
#                 (and its exit code) as its golden: review the diff before committing it.
#                 NAME.args holds extra arguments. In NAME.rr and
#                 NAME.args, @TMP@ stands for a private empty directory, and the output is
#                 compared with that directory written back as @TMP@. NAME.tol lets numbers
#                 on some lines differ within a tolerance (tests/tolcmp.awk says how);
#                 such a golden runs a second time, replay/NAME@Nehalem, on OpenBLAS's
#                 SSE kernels (OPENBLAS_CORETYPE), and must match within the same rules.
#   SUITE         a script tests/*/run_*.sh printing "ok NAME" / "not ok NAME" /
#                 "skip NAME: REASON" lines; other lines are shown only when it fails.
# Each job's output goes to a file; the results are printed in this fixed order at the end,
# whatever order the jobs finished in. Jobs get no terminal and run under `timeout`
# (JOB_TIMEOUT seconds, default 1200, 3600 with RELREC_ASAN=1; 0 = none) so that a hang
# cannot hold the suite forever; whatever a job leaves running when it ends (a tmux server,
# the relrec in its panes, in sessions of their own) is killed (reap_job).
# Wall time per job is written to $BUILD/test-times.txt; the next run starts the longest
# jobs first. VERBOSE=1 shows every suite's extra lines, not only a failing one's.
# A suite that spends its time waiting (on a tmux screen, a FIFO's time limit) rather than
# computing says so with a line "# tests/run.sh: waits" in its first 20 lines. Such suites
# run in a pool of their own, WAIT_JOBS at a time (default 3; 0 puts them in the JOBS pool),
# beside the JOBS pool, so that a wait does not hold a core's slot. Under RELREC_ASAN=1 the
# default is 0: sanitized programs are slow enough that the screens' waits need the cores.
#
# Skip policy. A test that cannot run prints "skip NAME: REASON" (cmocka tests do it through
# testutil.h's TU_SKIP*). When CI=true or RELREC_STRICT_SKIPS=1 (RELREC_STRICT_SKIPS=0 turns
# it off), a skip counts as a FAILURE unless REASON ends with "[not installed by CI]": the
# test must say that the machine lacks something CI does not install either (a dataset that
# is not in data/, say). Everything CI installs (tmux, the bundled data, the built binary)
# is required there. Elsewhere skips are counted and shown, never failures.
RELREC=${RELREC:-./relrec}
BUILD=${BUILD:-build}
export RELREC BUILD
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
case $JOBS in '' | *[!0-9]* | 0) JOBS=2 ;; esac
if [ "$RELREC_ASAN" = 1 ]; then WAIT_JOBS=${WAIT_JOBS:-0}; else WAIT_JOBS=${WAIT_JOBS:-3}; fi
case $WAIT_JOBS in '' | *[!0-9]*) WAIT_JOBS=3 ;; esac
# relrec pins OpenBLAS's kernels by running itself a second time with OPENBLAS_CORETYPE set
# (src/blaspin.h); the suite starts relrec about a thousand times, so it sets the variable once,
# to the kernels relrec names, and each run starts once (files/blas-kernels-pinned checks the
# pin itself, with the variable unset)
if [ -z "$OPENBLAS_CORETYPE" ] && [ -x "$RELREC" ]; then
	kernels=$("$RELREC" --version 2>/dev/null | sed -n 's/^OpenBLAS kernels: \([A-Za-z0-9]*\)$/\1/p')
	if [ -n "$kernels" ]; then OPENBLAS_CORETYPE=$kernels; export OPENBLAS_CORETYPE; fi
fi
# OpenBLAS starts a thread per core in each relrec, and between calls they spin for work: with
# five relrec at a time on two cores that spinning took 4 % of the suite's CPU. One thread each
# (the `threads` setting's default is 1 anyway; relrec's own threads are not BLAS's).
OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}
export OPENBLAS_NUM_THREADS
# a job's time limit in seconds; under ASan (make check-asan) the slowest job takes minutes
if [ "$RELREC_ASAN" = 1 ]; then JOB_TIMEOUT=${JOB_TIMEOUT:-3600}; else JOB_TIMEOUT=${JOB_TIMEOUT:-1200}; fi
if [ -n "$RELREC_STRICT_SKIPS" ]; then strict=$RELREC_STRICT_SKIPS
elif [ "$CI" = true ]; then strict=1
else strict=0; fi
[ "$strict" = 1 ] || strict=0
CI_TAG='[not installed by CI]'

# Each job runs in a session of its own (setsid). Linux's autogroup scheduling
# (/proc/sys/kernel/sched_autogroup_enabled) divides the CPU between sessions, not processes: on
# a machine busy with other sessions, JOBS jobs inside make test's one session would share that
# one session's slice and run no faster than one. RELREC_TEST_SESSIONS=0 keeps them in it.
sessions=0
if [ "${RELREC_TEST_SESSIONS:-1}" != 0 ] && command -v setsid >/dev/null 2>&1; then sessions=1; fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Ctrl-C reaches only the terminal's process group: end the jobs' sessions too
stop_jobs() {
	# shellcheck disable=SC2046 # the pids are words
	[ -s "$tmp/pids" ] && kill -TERM $(cat "$tmp/pids") 2>/dev/null
	for f in "$tmp"/*/session; do [ -s "$f" ] && kill -TERM "-$(cat "$f")" 2>/dev/null; done
}
trap 'stop_jobs; exit 130' INT
trap 'stop_jobs; exit 143' TERM

# ---- the job list, in the order results are printed ----------------------------------------
: >"$tmp/jobs"
n=0
select="$*"
add() { # KIND PATH, when PATH is selected
	if [ -n "$select" ]; then
		hit=0
		for w in $select; do case $2 in *"$w"*) hit=1 ;; esac; done
		[ "$hit" = 1 ] || return 0
	fi
	n=$((n + 1)); echo "$n $1 $2" >>"$tmp/jobs"
	if [ "$WAIT_JOBS" -gt 0 ] && [ "$1" = suite ] &&
		head -20 "$2" | grep -qx '# tests/run.sh: waits'; then
		echo "$n" >>"$tmp/waiting"
	fi
}
for t in "$BUILD"/tests/test_*; do [ -x "$t" ] && add unit "$t"; done
for s in tests/replay/*.rr; do [ -f "$s" ] && add replay "$s"; done
# a golden with a tolerance once more on other OpenBLAS kernels (SSE only, where the default
# is AVX2 or AVX-512): the rules of its .tol must cover what changes with the machine
for s in tests/replay/*.rr; do [ -f "${s%.rr}.tol" ] && add replay_kernel "$s"; done
# Every suite but tests/pkg, which runs only with RELREC_PKG=1 (make check-pkg): it builds
# the Debian package and installs it into the system, then purges it, which a developer's
# `make test` has no business doing (and its 30 s of CPU were a third of the suite's wall
# time on two cores). The sanitizers would not change it: it builds with the plain flags.
for s in tests/*/run_*.sh; do
	[ -f "$s" ] || continue
	[ "$s" = tests/pkg/run_pkg.sh ] && [ "$RELREC_PKG" != 1 ] && continue
	add suite "$s"
done

# ---- helpers used inside a job (each job has its directory $d) -------------------------------
# allowed REASON: does this skip reason say CI lacks it too?
allowed() { case $1 in *"$CI_TAG") return 0 ;; esac; return 1; }
# guarded CMD...: run CMD with no terminal, under the job timeout, in a session of its own;
# then end whatever it left running (reap_job)
guarded() {
	if [ "$JOB_TIMEOUT" -gt 0 ] 2>/dev/null && command -v timeout >/dev/null 2>&1; then
		set -- timeout --foreground -k 10 "$JOB_TIMEOUT" "$@"
	fi
	RELREC_TEST_JOB=$d
	export RELREC_TEST_JOB
	if [ "$sessions" = 1 ]; then # the session's id in $d/session, for stop_jobs
		# shellcheck disable=SC2016 # $$ and $@ are the inner shell's
		setsid -w sh -c 'echo $$ >"$0"; exec "$@"' "$d/session" "$@" </dev/null
	else
		"$@" </dev/null
	fi
	_grc=$?
	reap_job
	return $_grc
}
# reap_job: SIGKILL every process the job left that carries its RELREC_TEST_JOB in its
# environment: a suite's tmux server and the relrec in its panes live in sessions of their
# own, out of the job's, and a suite killed at its time limit runs no trap of its own (a
# hung-up ASan relrec spun a core in LeakSanitizer's exit check for an hour after the suite).
# grep runs without the variable, so that it never finds itself.
reap_job() {
	_k=0
	while [ $_k -lt 5 ]; do
		_left=""
		for _f in $(env -u RELREC_TEST_JOB grep -lzxsF "RELREC_TEST_JOB=$d" /proc/[0-9]*/environ); do
			_p=${_f#/proc/}
			_left="$_left ${_p%/environ}"
		done
		[ -n "$_left" ] || return 0
		# shellcheck disable=SC2086 # the pids are words
		kill -KILL $_left 2>/dev/null
		sleep 0.1
		_k=$((_k + 1))
	done
}
timed_out() { [ "$1" -eq 124 ] || [ "$1" -eq 137 ]; }
# Each job writes $d/counts ("P F S"), $d/show (what to print) and $d/failed (names).
result() { echo "$1 $2 $3" >"$d/counts"; }
# skip_line NAME REASON: print the skip, or a failure under the strict policy; sets $sk_fail
skip_line() {
	if [ "$strict" = 1 ] && ! allowed "$2"; then
		sk_fail=1
		echo "FAIL $1 (skipped, and CI must not skip: $2)" >>"$d/show"
		echo "$1" >>"$d/failed"
	else
		sk_fail=0
		echo "skip $1: $2" >>"$d/show"
	fi
}

run_unit() { # a cmocka binary
	name=$(basename "$1")
	guarded "$1" >"$d/raw" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$d/raw" | tail -1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$d/raw" | tail -1)
	p=${p:-0}; f=${f:-0}; s=0
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # crashed or exited badly
	# every skipped test by name, with the reason its TU_SKIP line gave
	sed -n 's/^\[  SKIPPED \] \([A-Za-z0-9_]*\)$/\1/p' "$d/raw" | sort -u >"$d/skipped"
	while IFS= read -r t; do
		why=$(sed -n "s/^skip $t: //p" "$d/raw" | head -1)
		skip_line "$name/$t" "${why:-no reason given (use TU_SKIP in testutil.h)}"
		if [ "$sk_fail" = 1 ]; then f=$((f + 1)); else s=$((s + 1)); fi
	done <"$d/skipped"
	if [ "$f" -ne 0 ]; then
		{
			echo "FAIL $name"
			timed_out "$rc" && echo "    timed out after $JOB_TIMEOUT s (JOB_TIMEOUT)"
			sed 's/^/    /' "$d/raw" | grep -vE '^\s*\[ (RUN|       OK) ' | head -40
			cat "$d/show" 2>/dev/null
		} >"$d/show.new"
		mv "$d/show.new" "$d/show"
		grep -qx "$name" "$d/failed" 2>/dev/null || echo "$name" >>"$d/failed"
	else
		{
			if [ "$s" -gt 0 ]; then echo "ok   $name ($p passed, $s skipped)"
			else echo "ok   $name ($p passed)"; fi
			cat "$d/show" 2>/dev/null
		} >"$d/show.new"
		mv "$d/show.new" "$d/show"
	fi
	result "$p" "$f" "$s"
}

run_replay_kernel() { run_replay "$1" Nehalem; }
run_replay() { # a golden script [OpenBLAS core type]
	s=$1 base=${1%.rr}
	name=replay/$(basename "$base")${2:+@$2}
	want_code=0; [ -f "$base.code" ] && want_code=$(cat "$base.code")
	args=""; [ -f "$base.args" ] && args=$(cat "$base.args")
	script=$s
	if grep -q '@TMP@' "$s" "$base.args" 2>/dev/null; then
		mkdir "$d/work"
		script=$d/$(basename "$s")
		sed "s|@TMP@|$d/work|g" "$s" >"$script"
		args=$(printf '%s\n' "$args" | sed "s|@TMP@|$d/work|g")
	fi
	export RELREC_NO_TIMING=1
	if [ -n "$2" ]; then export OPENBLAS_CORETYPE="$2"; fi
	# shellcheck disable=SC2086 # args are words
	guarded $RELREC --replay "$script" $args >"$d/raw" 2>&1
	rc=$?
	if [ "$script" != "$s" ]; then # the private paths back to their names in the golden
		esc=$(printf '%s\n' "$d" | sed 's/[][\.*^$|]/\\&/g')
		sed -e "s|$esc/$(basename "$s")|$s|g" -e "s|$esc/work|@TMP@|g" "$d/raw" >"$d/got"
	else
		cp "$d/raw" "$d/got"
	fi
	if [ -n "$RELREC_UPDATE_GOLDEN" ] && [ -z "$2" ]; then # write what it printed as the golden
		cp "$d/got" "$base.out"
		echo "$rc" | grep -qx 0 && rm -f "$base.code" || echo "$rc" >"$base.code"
		want_code=$rc
	fi
	if [ -f "$base.tol" ]; then
		awk -f tests/tolcmp.awk "$base.tol" "$base.out" "$d/got" >"$d/diff" 2>&1
	else
		cmp -s "$base.out" "$d/got" || diff "$base.out" "$d/got" >"$d/diff" 2>&1
	fi
	same=$?
	if [ "$rc" -eq "$want_code" ] && [ "$same" -eq 0 ]; then
		echo "ok   $name" >"$d/show"
		result 1 0 0
	else
		{
			echo "FAIL $name (exit $rc, wanted $want_code)"
			timed_out "$rc" && echo "    timed out after $JOB_TIMEOUT s (JOB_TIMEOUT)"
			head -30 "$d/diff" | sed 's/^/    /'
		} >"$d/show"
		echo "$name" >"$d/failed"
		result 0 1 0
	fi
}

run_suite() { # a tests/*/run_*.sh script
	guarded sh "$1" >"$d/raw" 2>&1
	rc=$?
	p=0 f=0 s=0
	: >"$d/show"
	while IFS= read -r line; do
		case $line in
		"ok "*) p=$((p + 1)); echo "ok   ${line#ok }" >>"$d/show" ;;
		"not ok "*)
			f=$((f + 1)); echo "${line#not ok }" | sed 's/[: ].*//' >>"$d/failed"
			echo "FAIL ${line#not ok }" >>"$d/show" ;;
		"skip "*)
			t=${line#skip }
			skip_line "${t%%: *}" "${t#*: }"
			if [ "$sk_fail" = 1 ]; then f=$((f + 1)); else s=$((s + 1)); fi ;;
		*) echo "    $line" >>"$d/show" ;;
		esac
	done <"$d/raw"
	if [ "$rc" -ne 0 ] || [ $((p + f + s)) -eq 0 ]; then
		f=$((f + 1)); echo "$1" >>"$d/failed"
		if timed_out "$rc"; then echo "FAIL $1 (timed out after $JOB_TIMEOUT s: JOB_TIMEOUT)" >>"$d/show"
		else echo "FAIL $1 (exit status $rc; $p ok, $((f - 1)) not ok, $s skipped)" >>"$d/show"; fi
	fi
	# the suite's other lines (diagnostics) only when it failed
	if [ "$f" -eq 0 ] && [ "$VERBOSE" != 1 ]; then
		grep -v '^    ' "$d/show" >"$d/show.new"; mv "$d/show.new" "$d/show"
	fi
	result "$p" "$f" "$s"
}

run_job() { # ID KIND ARG
	d=$tmp/$1
	mkdir -p "$d"
	t0=$(date +%s.%N)
	"run_$2" "$3"
	t1=$(date +%s.%N)
	echo "$2 $3 $(echo "$t0 $t1" | awk '{ printf "%.1f", $2 - $1 }')" >"$d/time"
}

# ---- run: the longest jobs of the last run first, JOBS at a time ---------------------------
# A FIFO holds one token per free slot: a job takes one to start and gives it back when done.
# A job with no time yet starts before those with one, and among those the suites first: in a
# fresh tree (CI) they are the long jobs (the README's walkthrough, about 20 s of CPU, came
# after every unit test and golden), and the goldens, a second each, fill the slots last.
times=$BUILD/test-times.txt
awk -v tf="$times" '
	BEGIN { while ((getline l < tf) > 0) { split(l, a, " "); t[a[1] " " a[2]] = a[3] } }
	{ k = $2 " " $3; print (k in t ? t[k] : $2 == "suite" ? 3e9 : $2 == "unit" ? 2e9 : 1e9), $0 }' "$tmp/jobs" |
	sort -s -k1,1gr | cut -d' ' -f2- >"$tmp/order"
: >>"$tmp/waiting"
awk -v wf="$tmp/waiting" 'BEGIN { while ((getline l < wf) > 0) w[l] = 1 }
	{ print > (($1 in w) ? FILENAME ".wait" : FILENAME ".cpu") }' "$tmp/order"
: >>"$tmp/order.wait"; : >>"$tmp/order.cpu"
nwait=$(wc -l <"$tmp/order.wait")
if [ "$nwait" -gt 0 ]; then
	echo "tests/run.sh: $n jobs, $((n - nwait)) of them $JOBS at a time and $nwait that mostly wait $WAIT_JOBS at a time; the results follow when all are done"
else
	echo "tests/run.sh: $n jobs, $JOBS at a time; the results follow when all are done"
fi
# pool LIST SIZE: run LIST's jobs SIZE at a time. A FIFO holds one token per free slot: a job
# takes one to start and gives it back when done.
pool() {
	[ -s "$1" ] || return 0
	mkfifo "$1.slots"
	exec 3<>"$1.slots"
	i=0
	while [ "$i" -lt "$2" ]; do echo >&3; i=$((i + 1)); done
	while read -r id kind arg; do
		read -r _ <&3
		(run_job "$id" "$kind" "$arg" 3>&-; echo >&3) &
		echo $! >>"$tmp/pids"
	done <"$1"
	wait
	exec 3>&-
}
pool "$tmp/order.wait" "$WAIT_JOBS" &
pool "$tmp/order.cpu" "$JOBS"
wait

# ---- report, in the fixed order -----------------------------------------------------------------
pass=0 fail=0 skip=0 failed_names=""
while read -r id kind arg; do
	d=$tmp/$id
	if [ -f "$d/counts" ]; then
		read -r p f s <"$d/counts"
		cat "$d/show"
		[ -f "$d/failed" ] && failed_names="$failed_names $(tr '\n' ' ' <"$d/failed")"
	else
		p=0 f=1 s=0
		echo "FAIL $kind $arg (the job left no result)"
		failed_names="$failed_names $arg"
	fi
	pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
done <"$tmp/jobs"
# the times of this run's jobs replace their old ones; the others' stay (a selective run)
cat "$tmp"/*/time 2>/dev/null | awk -v tf="$times" '
	{ print; seen[$1 " " $2] = 1 }
	END { while ((getline l < tf) > 0) { split(l, a, " "); if (!((a[1] " " a[2]) in seen)) print l } }
' >"$times.new" && mv "$times.new" "$times"

# shellcheck disable=SC2086 # one space between the names
[ -n "$failed_names" ] && echo "failed:$(printf ' %s' $failed_names)"
if [ "$skip" -gt 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
