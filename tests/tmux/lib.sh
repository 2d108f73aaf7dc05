# tests/tmux/lib.sh — what the tmux suites share (sourced, not run): a private tmux server,
# polling the screen for text, typing. Every wait polls with a timeout; nothing depends on a
# fixed sleep. The sourcing script sets NAMES (for skip_all) and then calls tmux_setup.
#
# tmux_setup SOCKNAME: checks, the server, $tmp (removed at exit), $SCREEN, $T, $RELREC
# start SESSION COLSxROWS DIR ENV... -- ARGS...: relrec in DIR at that size, with --journal
#       $tmp/journal.SESSION, in a shell that then reports "EXITED status" and the tty modes
# wait_for SESSION TEXT [TENTHS]: poll until the fixed string TEXT is on the screen
# wait_re SESSION REGEX [TENTHS]: the same with an extended regular expression
# wait_any SESSION TENTHS TEXT...: poll until one of the strings shows; prints which
# gone SESSION TEXT [TENTHS]: poll until TEXT is no longer on the screen
# keys SESSION KEY...: tmux key names (Enter, Down, C-c); text SESSION STRING: literal text
# journal_in_order FILE LINE...: each LINE is a whole line of FILE, in this order
# tmux_reap: the EXIT trap's: the server and every process it started, the script's own jobs
# Under the sanitizers (RELREC_ASAN=1, make check-asan) every wait may last five times longer.

skip_all() {
	for n in $NAMES; do echo "skip $n: $1"; done
	exit 0
}

. "$(dirname "$0")/reap.sh"

SLOW=1
[ "$RELREC_ASAN" = 1 ] && SLOW=5

tmux_setup() {
	cd "$(dirname "$0")/../.." || exit 1
	ROOT=$(pwd)
	RELREC=${RELREC:-./relrec}
	case "$RELREC" in /*) ;; *) RELREC="$ROOT/${RELREC#./}" ;; esac
	DATA=data/online_retail.csv.gz
	command -v tmux >/dev/null 2>&1 || skip_all "tmux is not installed"
	if [ ! -x "$RELREC" ]; then # a test that cannot run for want of the build fails
		for n in $NAMES; do echo "not ok $n: no binary at $RELREC"; done
		exit 0
	fi
	[ -f "$DATA" ] || skip_all "no $DATA"
	SOCK=$1-$$
	TAG=relrec-tmux-test-$SOCK
	T="env RELREC_TMUX_TAG=$TAG tmux -L $SOCK -f /dev/null"
	tmp=$(mktemp -d)
	trap 'tmux_reap; rm -rf "$tmp"' EXIT
	trap 'exit 1' INT TERM HUP
	SCREEN=$tmp/screen
}

ok() { echo "ok $1"; }
fail() { echo "not ok $1"; shift; for l in "$@"; do echo "    $l"; done; sed 's/^/    | /' "$SCREEN"; }

start() {
	s=$1 size=$2 dir=$3
	shift 3
	envs=""
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs="$envs $1"; shift; done
	[ "$1" = "--" ] && shift
	$T new-session -d -s "$s" -x "${size%x*}" -y "${size#*x}" \
		"cd '$dir' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 $envs '$RELREC' --journal '$tmp/journal.$s' $*; echo EXITED \$?; stty -a | tr ' ;' '\n\n' | grep -E '^-?(icanon|echo)\$' | tr '\n' ' '; echo; sleep 120"
}

# cap SESSION: the screen into $SCREEN once it has settled. tmux takes a redraw from the
# terminal in pieces, so a capture can hold a new header over old rows, or a popup's frame
# before its text: a screen is read when two captures 40 ms apart agree, or after 0.2 s for
# a screen that keeps changing (a training's progress), so a poll still sees brief states.
cap() {
	$T capture-pane -p -t "=$1:" >"$SCREEN"
	k=0
	while [ "$k" -lt 5 ]; do
		sleep 0.04
		$T capture-pane -p -t "=$1:" >"$SCREEN.next"
		cmp -s "$SCREEN" "$SCREEN.next" && return 0
		mv "$SCREEN.next" "$SCREEN"
		k=$((k + 1))
	done
}

# Each wait looks at the screen with one capture a tenth of a second, and settles it (cap) only
# once the condition holds there, then asks again: a settled screen is two captures and a
# pause, and settling every poll cost those, cmp and mv each time. A fixed string is looked for
# by the shell itself (case), with no grep. A poll's limit is a deadline, TENTHS tenths times
# PACE, read from /proc/uptime without a fork: the old loop counted polls of about 0.17 s
# (0.27 s on a loaded machine) as tenths, and the limits were set for that pace.
PACE=3
# now_cs: the time since boot in hundredths of a second, into $_now
now_cs() {
	read -r _up _ </proc/uptime
	_now=$((${_up%.*} * 100 + 1${_up#*.} - 100))
}

# poll SESSION TENTHS TEST...: until TEST (a command on the screen's text in $_scr) holds on a
# settled screen, which is then in $SCREEN
poll() {
	_ps=$1
	now_cs
	_end=$((_now + $2 * 10 * PACE * SLOW))
	shift 2
	while :; do
		_scr=$($T capture-pane -p -t "=$_ps:")
		if "$@"; then
			cap "$_ps"
			_scr=$(cat "$SCREEN")
			"$@" && return 0
		fi
		now_cs
		[ "$_now" -lt "$_end" ] || { printf '%s\n' "$_scr" >"$SCREEN"; return 1; }
		sleep 0.1
	done
}
shows() { case $_scr in *"$1"*) return 0 ;; esac; return 1; }
shows_re() { printf '%s\n' "$_scr" | grep -qE -- "$1"; }
lacks() { ! shows "$1"; }
# shows_any TEXT...: one of them is on the screen, the first such into $_hit
shows_any() {
	for _hit in "$@"; do
		shows "$_hit" && return 0
	done
	return 1
}

wait_for() { poll "$1" "${3:-150}" shows "$2"; }
wait_re() { poll "$1" "${3:-150}" shows_re "$2"; }
gone() { poll "$1" "${3:-50}" lacks "$2"; }
wait_any() {
	_ws=$1 _wl=$2
	shift 2
	poll "$_ws" "$_wl" shows_any "$@" && echo "$_hit"
}

# Targets are "=NAME:", the session of exactly that name: a bare "b" is first looked up as a
# window of the current session, and "bash" (the name tmux gives a session's window) starts
# with b, so the keys went to the session started last.
keys() { s=$1; shift; $T send-keys -t "=$s:" "$@"; }
text() { s=$1; shift; $T send-keys -t "=$s:" -l "$@"; }

journal_in_order() {
	f=$1
	shift
	[ -f "$f" ] || return 1
	rest=$(cat "$f")
	for line in "$@"; do
		# drop everything up to and including the first line equal to $line
		after=$(printf '%s\n' "$rest" | awk -v want="$line" 'found { print; next } $0 == want { found = 1 } END { exit !found }') || return 1
		rest=$after
	done
	return 0
}
