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
	grep -qF \"load \\\"$tmp/w/$bad\\\"\" '$tmp/j.rr'"
# the journal replays it as the file, from anywhere
mkdir "$tmp/elsewhere"
cp "$tmp/x.csv" "$tmp/elsewhere/x.csv"
(cd "$tmp/elsewhere" && timeout 60 "$RELREC" --replay "$tmp/j.rr" -q) > "$tmp/out" 2> "$tmp/err"; rc=$?
check pipe-name-journal-replays-file sh -c "[ $rc -eq 0 ] && [ ! -e '$tmp/w/PWNED' ] && [ ! -e '$tmp/elsewhere/PWNED' ]"
# a name like an option after -- is a file too (t45 N8: "--strict" was read as load's option)
cp "$tmp/x.csv" "$tmp/w/--strict"
(cd "$tmp/w" && timeout 60 "$RELREC" --replay "$tmp/s.rr" -q -- --strict) > "$tmp/out" 2> "$tmp/err"; rc=$?
check optlike-name-operand-is-file sh -c "[ $rc -eq 0 ] && grep -qF \"loaded './--strict'\" '$tmp/out'"
rm -f "$tmp/w/--strict"
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
# t47 F0: $RELREC_DATA, the file the interactive modes load when none is given, is a file's
# name too: '|cmd' there ran cmd at every start of the prompt and the workbench (script(1) gives
# the prompt its terminal)
: > "$tmp/empty"
(cd "$tmp/w" && RELREC_DATA='|touch RAN; cat x.csv' timeout 20 script -q -e -c "'$RELREC' --prompt" \
	"$tmp/ts" < "$tmp/empty") > "$tmp/out" 2>&1; rc=$?
check pipe-relrec-data-never-runs sh -c "[ $rc -eq 2 ] && [ ! -e '$tmp/w/RAN' ] &&
	grep -qF \"no file '|touch RAN; cat x.csv' here: \\\$RELREC_DATA is a file's name\" '$tmp/ts'"
# t47 F10: a terminal larger than ncurses can draw (a side past 32767) is said as its size, not
# blamed on its type, and the prompt takes over
printf 'quit\n' > "$tmp/quit.in"
(cd "$tmp/w" && TERM=xterm timeout 20 script -q -e -c "stty rows 40000 cols 100; '$RELREC' x.csv" \
	"$tmp/ts2" < "$tmp/quit.in") > "$tmp/out" 2>&1
check huge-terminal-said-by-size grep -qF "cannot start the workbench on terminal 'xterm' at its size of 100 columns by 40000 lines: using the prompt" "$tmp/ts2"
# t57 F9: an unknown TERM with COLUMNS exported blamed the size ("unset them"), which fixed
# nothing: the type is said, and the size only for a terminal relrec could draw on
(cd "$tmp/w" && TERM=nosuchterm COLUMNS=-3 timeout 20 script -q -e -c "'$RELREC' x.csv" \
	"$tmp/ts3" < "$tmp/quit.in") > "$tmp/out" 2>&1
check unknown-term-not-blamed-on-size sh -c "grep -qF \"cannot start the workbench on terminal 'nosuchterm': using the prompt\" '$tmp/ts3' &&
	! grep -q 'COLUMNS=' '$tmp/ts3'"
# t50 F4, F6: readline's settings file a FIFO (it waited for a writer for ever, Ctrl-C unheard)
# or past 1 MB (readline's "out of virtual memory" ended the prompt): said, not read, and the
# prompt runs the commands typed
mkfifo "$tmp/inputrc.fifo"
dd if=/dev/zero of="$tmp/inputrc.big" bs=1 count=1 seek=2097152 2>/dev/null
printf 'stats\nquit\n' > "$tmp/stats.in"
for rc in fifo big; do
	(cd "$tmp/w" && TERM=xterm INPUTRC="$tmp/inputrc.$rc" timeout 20 script -q -e -c \
		"'$RELREC' --prompt x.csv" "$tmp/ts-$rc" < "$tmp/stats.in") > "$tmp/out" 2>&1
done
check inputrc-fifo-or-huge-not-read sh -c "grep -q \"readline's settings '.*inputrc.fifo' not read: not a regular file\" '$tmp/ts-fifo' &&
	grep -q '^kept ' '$tmp/ts-fifo' &&
	grep -q \"readline's settings '.*inputrc.big' not read: larger than 1 MB\" '$tmp/ts-big' &&
	grep -q '^kept ' '$tmp/ts-big'"

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

# ---- t43 #5: the command relrec suggests for a ZIP, xz, bzip2, zstd or twice-gzipped file
# reads that very file: unzip's wildcards in the archive's and the member's names escaped,
# ./ before a leading - --------------------------------------------------------------------
# suggest NAME ROWS: load NAME is refused with a suggestion; that suggestion, loaded, reads
# ROWS rows
suggest() {
	printf 'load "%s"\n' "$1" > "$tmp/sg.rr"
	(cd "$tmp/z" && timeout 60 "$RELREC" --replay "$tmp/sg.rr" -q) > /dev/null 2> "$tmp/sg.err"
	sugg=$(sed -n 's/.*: load \([|"'\''].*\)$/\1/p' "$tmp/sg.err")
	[ -n "$sugg" ] || { echo "no suggestion: $(cat "$tmp/sg.err")" > "$tmp/err"; return 1; }
	printf 'load %s\n' "$sugg" > "$tmp/sg2.rr"
	(cd "$tmp/z" && timeout 60 "$RELREC" --replay "$tmp/sg2.rr") > "$tmp/sg.out" 2> "$tmp/err"
	grep -q "^loaded .*: $2 rows" "$tmp/sg.out" || { echo "$1: $sugg" >> "$tmp/err"; return 1; }
}
mkdir -p "$tmp/z/in"
"$RELREC" gen 120 --seed 3 > "$tmp/z/in/other.csv" 2>/dev/null
if command -v unzip > /dev/null && command -v zip > /dev/null; then
	(cd "$tmp/z/in" && cp ../../x.csv small.csv && zip -q ../big.zip small.csv &&
	 cp other.csv small.csv && zip -q ../small.zip small.csv &&
	 cp ../../x.csv 'o[1].csv' && cp other.csv o1.csv && zip -q ../mem.zip 'o[1].csv' o1.csv &&
	 cp ../../x.csv 'b\s*.csv' && zip -q ../bs.zip 'b\s*.csv')
	(cd "$tmp/z" && cp big.zip 'may[1].zip' && cp small.zip may1.zip && cp big.zip 'jan?.zip' &&
	 cp small.zip janX.zip && cp big.zip 'a*b.zip' && cp small.zip aXb.zip && cp big.zip -- -x.zip)
	for n in 'may[1].zip' 'jan?.zip' 'a*b.zip' -x.zip mem.zip bs.zip; do
		check "unzip-suggestion-literal:$n" suggest "$n" 300
	done
else
	echo "skip paths/unzip-suggestion-literal: no unzip or zip [not installed by CI]"
fi
gzip -c "$tmp/x.csv" | gzip -c > "$tmp/z/-d.csv.gz"
check "zcat-suggestion-dash" suggest -d.csv.gz 300
for t in xz:xzcat bzip2:bzcat zstd:zstdcat; do
	c=${t%%:*}
	if command -v "$c" > /dev/null && command -v "${t#*:}" > /dev/null; then
		"$c" -c < "$tmp/x.csv" > "$tmp/z/-y.$c"
		check "$c-suggestion-dash" suggest "-y.$c" 300
	else
		echo "skip paths/$c-suggestion-dash: no $c [not installed by CI]"
	fi
done

# ---- t43 #11: containers named for what they are, with a command that works whatever the
# name: a gzipped ZIP is no "Excel workbook?", xz inside gzip is read through a pipe, a file
# gzipped twice under any name is read by zcat --------------------------------------------
if command -v zip > /dev/null; then
	gzip -c "$tmp/z/big.zip" > "$tmp/z/zipin.gz"
	printf 'load zipin.gz\n' > "$tmp/c.rr"
	(cd "$tmp/z" && timeout 60 "$RELREC" --replay "$tmp/c.rr" -q) > /dev/null 2> "$tmp/err"
	check gzipped-zip-named sh -c "grep -qF \"'zipin.gz' is gzip-compressed, and holds a ZIP archive holding 'small.csv' (no workbook)\" '$tmp/err' &&
		! grep -q xlsx '$tmp/err'"
fi
gzip -c "$tmp/x.csv" | gzip -c > "$tmp/z/data.bin"
check twice-gzipped-any-name suggest data.bin 300
if command -v xz > /dev/null; then
	xz -c < "$tmp/x.csv" | gzip -c > "$tmp/z/xzin.csv.gz"
	check xz-in-gzip-suggestion suggest xzin.csv.gz 300
fi
# a header's ESC and BEL are shown \e and \a, as SAFETY says and as in data cells (t43 #11)
printf 'InvoiceNo,StockCode,"Desc\033]0;pwned\007ription",Quantity,InvoiceDate,UnitPrice,Country\n1,A,x,1,12/1/2010 8:00,1,UK\n' > "$tmp/hdr.csv"
printf 'load %s\n' "$tmp/hdr.csv" > "$tmp/h.rr"
timeout 60 "$RELREC" --replay "$tmp/h.rr" -q > /dev/null 2> "$tmp/err"
check header-escapes-as-safety grep -qF 'Desc\e]0;pwned\aription' "$tmp/err"
# a zero-filled tail (a crash's allocated, unwritten blocks) is named for its NUL bytes, not
# "1 field, expected 8" (t43 #11)
{ head -21 "$tmp/x.csv"; head -c 4096 /dev/zero; } > "$tmp/zt.csv"
printf 'load %s\n' "$tmp/zt.csv" > "$tmp/zt.rr"
timeout 60 "$RELREC" --replay "$tmp/zt.rr" > "$tmp/err" 2>&1
check zero-tail-named grep -qF 'zt.csv:22: wrong field count: a line of 4096 NUL bytes and nothing else (a file cut short by a crash?)' "$tmp/err"

# ---- t47 F2: in a working directory deeper than PATH_MAX a file read is journaled by its name
# as typed, not by an absolute name no replay can open ("File name too long"): the journal
# replays from that directory --------------------------------------------------------------------
# (bash: dash's cd refuses a path past PATH_MAX)
if command -v bash > /dev/null; then
	d200=$(awk 'BEGIN { s = ""; while (length(s) < 200) s = s "d"; print s }')
	tmp="$tmp" RELREC="$RELREC" d200="$d200" bash -c '
	cd "$tmp" && mkdir deep && cd deep || exit 1
	for n in $(seq 24); do mkdir "$d200" && cd "$d200" || exit 1; done
	cp "$tmp/x.csv" f.csv && head -2 "$tmp/x.csv" | tail -1 | cut -d, -f2 > codes.txt &&
	printf "load f.csv\nexclude items --file codes.txt\nstats\n" > s.rr &&
	timeout 60 "$RELREC" --replay s.rr -q --journal j.rr > /dev/null 2> "$tmp/err" &&
	timeout 60 "$RELREC" --replay j.rr -q > /dev/null 2>> "$tmp/err"; echo "rc $?" >> "$tmp/err"
	head -1 j.rr > "$tmp/deep_first"'
	check deep-cwd-journal-replays sh -c "grep -qx 'rc 0' '$tmp/err' && grep -qx 'load f.csv' '$tmp/deep_first'"
else
	echo "skip paths/deep-cwd-journal-replays: no bash"
fi
