# tests/tmux/reap.sh — sourced by the suites that run a private tmux server (tests/tmux/lib.sh,
# tests/prompt/run_prompt.sh): the server is started as $T, which the sourcing script sets to
# "env RELREC_TMUX_TAG=$TAG tmux -L $SOCK -f /dev/null", and its EXIT trap calls tmux_reap,
# which needs $T, $TAG, $SOCK and the scratch directory $tmp.
#
# A relrec the server's end hangs up (SIGHUP) exits, and under the sanitizers LeakSanitizer's
# exit check can deadlock there with its tracer child, the terminal gone, and spin a core for
# the hour after the suite (seen with a relrec a dash -i had as a job). So nothing is left to
# end by itself: the server is ended, then every process that still carries the suite's tag
# gets SIGKILL. The tag is in the environment the server took from the tmux command that
# started it, which its panes, their shells and their jobs inherit, whatever process group or
# session they moved to; the script itself and its grep do not carry it.
tagged() { grep -lzxsF "RELREC_TMUX_TAG=$TAG" /proc/[0-9]*/environ | sed 's|^/proc/||; s|/environ$||'; }
tmux_reap() {
	$T kill-server >/dev/null 2>&1
	# the script's own background jobs (a subshell's children by pid before it goes)
	# shellcheck disable=SC2154 # $tmp is the sourcing script's
	jobs -p >"$tmp/jobs" 2>/dev/null
	while read -r _j; do
		_kids=$(pgrep -P "$_j")
		# shellcheck disable=SC2086 # the pids are words
		kill -KILL "$_j" $_kids 2>/dev/null
	done <"$tmp/jobs"
	_k=0
	while _left=$(tagged) && [ -n "$_left" ] && [ $_k -lt 50 ]; do
		# shellcheck disable=SC2086 # the pids are words
		kill -KILL $_left 2>/dev/null
		sleep 0.1
		_k=$((_k + 1))
	done
	# a server that had to be killed leaves its socket
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK"
	if [ -n "$_left" ]; then
		echo "not ok tmux_nothing_left: processes of the suite outlived 5 s of SIGKILL"
		# shellcheck disable=SC2086 # the pids are words
		ps -o pid,stat,args -p "$(echo $_left | tr ' ' ,)" | sed 's/^/    /'
	fi
}
