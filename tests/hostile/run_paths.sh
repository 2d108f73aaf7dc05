#!/bin/sh
# tests/hostile/run_paths.sh — file names and paths a hostile directory holds (t43): a file
# named like a command is that file everywhere a FILE is read, commands' data files are
# guarded, and relrec's own suggested commands read the named file literally. Prints "ok NAME"
# / "not ok NAME" lines for tests/run.sh.
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
RELREC=${RELREC:-./relrec}
case "$RELREC" in /*) ;; *) RELREC="$ROOT/${RELREC#./}" ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export RELREC_NO_TIMING=1

ok() { echo "ok paths/$1"; }
notok() { n=$1; shift; echo "not ok paths/$n"; for l in "$@"; do echo "    $l"; done; }
check() { n=$1; shift; if "$@"; then ok "$n"; else notok "$n" "$(head -c 600 "$tmp/err")"; fi; }

"$RELREC" gen 300 --seed 7 > "$tmp/x.csv" 2>/dev/null

# ---- t43 #1: a file named "|touch PWNED; cat x.csv" is a file: as relrec's FILE operand, in
# load, in the journal and its replay; nothing runs -------------------------------------------
mkdir "$tmp/w"
bad='|touch PWNED; cat x.csv'
cp "$tmp/x.csv" "$tmp/w/$bad"
cp "$tmp/x.csv" "$tmp/w/x.csv"
printf 'stats\n' > "$tmp/s.rr"
(cd "$tmp/w" && for f in *; do
	timeout 60 "$RELREC" --replay "$tmp/s.rr" -q --journal "$tmp/j.rr" "$f"
done) > "$tmp/out" 2> "$tmp/err"
check pipe-name-operand-is-file sh -c "[ ! -e '$tmp/w/PWNED' ] &&
	grep -qF \"load \\\"$tmp/w/./$bad\\\"\" '$tmp/j.rr'"
# the journal replays it as the file, from anywhere
(cd / && timeout 60 "$RELREC" --replay "$tmp/j.rr" -q) > "$tmp/out" 2> "$tmp/err"; rc=$?
check pipe-name-journal-replays-file sh -c "[ $rc -eq 0 ] && [ ! -e '$tmp/w/PWNED' ] && [ ! -e /PWNED ]"
# the load command: a name that exists is that file; the journal keeps it a file
printf 'load "%s"\n' "$bad" > "$tmp/l.rr"
(cd "$tmp/w" && timeout 60 "$RELREC" --replay "$tmp/l.rr" -q --journal "$tmp/j2.rr") > "$tmp/out" 2> "$tmp/err"; rc=$?
check pipe-name-load-is-file sh -c "[ $rc -eq 0 ] && [ ! -e '$tmp/w/PWNED' ] &&
	grep -qF \"load \\\"$tmp/w/$bad\\\"\" '$tmp/j2.rr'"
# with no such file, load "|cmd" runs the command as documented; the operand never does
printf 'load "|touch RAN; cat x.csv"\n' > "$tmp/l.rr"
(cd "$tmp/w" && timeout 60 "$RELREC" --replay "$tmp/l.rr" -q) > "$tmp/out" 2> "$tmp/err"; rc=$?
check pipe-load-runs-command-without-file sh -c "[ $rc -eq 0 ] && [ -e '$tmp/w/RAN' ]"
rm -f "$tmp/w/RAN"
(cd "$tmp/w" && timeout 60 "$RELREC" --replay "$tmp/s.rr" -q '|touch RAN; cat x.csv') > "$tmp/out" 2> "$tmp/err"; rc=$?
check pipe-operand-never-runs sh -c "[ $rc -eq 2 ] && [ ! -e '$tmp/w/RAN' ] &&
	grep -qF \"no file '|touch RAN; cat x.csv' here\" '$tmp/err'"

# ---- t43 #3: data loaded through a command is guarded: every existing regular file a plain
# word of the command names (what relrec's own advice and the man page's recipes load) ------
mkdir "$tmp/g"
cp "$tmp/x.csv" "$tmp/g/a b.csv"
gzip -c "$tmp/x.csv" > "$tmp/g/twice.csv.gz"
cp "$tmp/x.csv" "$tmp/g/plain.csv"
cat > "$tmp/g.rr" <<'RR'
load "|gzip -dc twice.csv.gz"
load "|cat 'a b.csv' plain*.csv"
export rules twice.csv.gz --min-count 1
export rules "a b.csv" --min-count 1
gen plain.csv 5
export rules fresh.csv --min-count 1
RR
(cd "$tmp/g" && timeout 60 "$RELREC" --replay "$tmp/g.rr" -q -k) > "$tmp/out" 2> "$tmp/err"; rc=$?
check command-data-guarded sh -c "[ $rc -eq 1 ] && gzip -t '$tmp/g/twice.csv.gz' &&
	cmp -s '$tmp/x.csv' '$tmp/g/a b.csv' && [ -s '$tmp/g/fresh.csv' ] &&
	grep -qF \"cannot write 'twice.csv.gz': it is a file of the data this session loaded ('|gzip -dc twice.csv.gz')\" '$tmp/err' &&
	grep -qF \"cannot write 'a b.csv': it is a file of the data\" '$tmp/err' &&
	grep -qF \"cannot write 'plain.csv': it is a file of the data\" '$tmp/err' &&
	cmp -s '$tmp/x.csv' '$tmp/g/plain.csv'"
