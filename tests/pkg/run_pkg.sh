#!/bin/sh
# tests/pkg/run_pkg.sh — the Debian package end to end: `make deb` builds it, lintian finds no
# error in it, apt-get installs it, the installed relrec prints the package's version, finds
# its bundled dataset from another directory, completes on the command line from the installed
# bash completion, and apt-get purges it again.
# Prints "ok NAME" / "not ok NAME" / "skip NAME: why" (tests/run.sh). Run from the top of the tree.
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
NAMES="pkg/build pkg/lintian pkg/depends pkg/install pkg/version pkg/bundled-data
pkg/replay-elsewhere pkg/bundled-name-elsewhere pkg/bash-completion pkg/purge"

skip_all() {
	for n in $NAMES; do echo "skip $n: $1"; done
	exit 0
}
# Under `make check-asan` the suite runs a second time, on the sanitizer build; the package
# is built from the sources, not from that binary, so once is enough.
[ "$(id -u)" = 0 ] || skip_all "installing a package needs root"
for tool in apt-get dpkg-buildpackage dh; do
	command -v $tool >/dev/null 2>&1 || skip_all "$tool is not installed (README quick start)"
done
# One package test at a time on a machine (another tree's `make test` may be running it).
exec 9>/run/lock/relrec-pkg-test.lock 2>/dev/null || exec 9>/tmp/relrec-pkg-test.lock
flock -w 300 9 || skip_all "another package test holds the lock for over 5 minutes"
if [ "$(dpkg-query -W -f='${db:Status-Status}' relrec 2>/dev/null)" = installed ]; then
	skip_all "a relrec package is installed already; not replacing it"
fi

tmp=$(mktemp -d)
chmod 755 "$tmp" # apt's _apt user reads the .deb from here
installed=0
cleanup() {
	[ $installed = 1 ] && apt-get purge -y -q relrec >/dev/null 2>&1
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
APT="apt-get -y -q -o DPkg::Lock::Timeout=120"
export DEBIAN_FRONTEND=noninteractive
# Called from `make test`: the outer make's jobserver is not ours to use.
unset MAKEFLAGS MFLAGS MAKELEVEL

# 1. build
start=$(date +%s)
if make --no-print-directory deb DEBDIR="$tmp/deb" >"$tmp/build.log" 2>&1 &&
	deb=$(ls "$tmp"/deb/relrec_*_amd64.deb 2>/dev/null) && [ -n "$deb" ] &&
	[ "$(ls "$tmp/deb")" = "$(basename "$deb")" ]; then
	echo "ok pkg/build ($(basename "$deb") in $(($(date +%s) - start)) s)"
else
	echo "not ok pkg/build"
	ls "$tmp/deb" 2>/dev/null | sed 's/^/    in DEBDIR: /'
	tail -15 "$tmp/build.log" | sed 's/^/    /'
	skip_all "the package did not build"
fi
version=$(dpkg-deb -f "$deb" Version)

# 2. lintian, beside the install and the runs (it reads the .deb alone, and it is the longest
#    step after the build): its verdict comes at the end. Errors fail; warnings are shown.
lintian_pid=
if command -v lintian >/dev/null 2>&1; then
	lintian --display-info "$deb" >"$tmp/lintian.raw" 2>&1 &
	lintian_pid=$!
fi
lintian_verdict() {
	if [ -z "$lintian_pid" ]; then echo "skip pkg/lintian: lintian is not installed"; return; fi
	wait "$lintian_pid"
	grep -v 'running with root privileges' "$tmp/lintian.raw" >"$tmp/lintian"
	if grep -q '^E: ' "$tmp/lintian"; then echo "not ok pkg/lintian"
	else echo "ok pkg/lintian ($(grep -c '^W: ' "$tmp/lintian") warnings)"; fi
	sed 's/^/    lintian: /' "$tmp/lintian"
}

# 3. the runtime dependencies come from ${shlibs:Depends}
depends=$(dpkg-deb -f "$deb" Depends)
missing=""
for lib in libncursesw6 libreadline8 libopenblas0 liblapacke libcsv3 libutf8proc2 zlib1g; do
	echo "$depends" | grep -Eq "(^|, )$lib( |,|$)" || missing="$missing $lib"
done
case "$depends" in *postgresql*) missing="$missing (postgresql is no dependency)" ;; esac
if [ -z "$missing" ]; then echo "ok pkg/depends"
else echo "not ok pkg/depends: missing$missing"; echo "    Depends: $depends"; fi

# 4. install
if $APT install "$deb" >"$tmp/apt.log" 2>&1 && [ -x /usr/bin/relrec ]; then
	installed=1
	echo "ok pkg/install"
else
	echo "not ok pkg/install"; tail -10 "$tmp/apt.log" | sed 's/^/    /'
	for n in pkg/version pkg/bundled-data pkg/replay-elsewhere pkg/bundled-name-elsewhere \
		pkg/bash-completion pkg/purge; do
		echo "skip $n: the package did not install"
	done
	lintian_verdict
	exit 0
fi

# The installed program, as a user would call it, from a directory with no data/ in it.
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere" || exit 1
PATH=/usr/bin:/bin
export PATH

# 5. --version is the package's version
got=$(relrec --version 2>&1 | head -n 1)
if [ "$got" = "relrec $version" ]; then echo "ok pkg/version"
else echo "not ok pkg/version: got '$got', wanted 'relrec $version'"; fi

# 6. with no FILE the interactive modes load the bundled dataset from /usr/share/relrec
#    (RELREC_DATADIR); script(1) gives the prompt the terminal it wants.
printf 'stats\nquit\n' | XDG_STATE_HOME="$tmp/state" TERM=dumb timeout 60 \
	script -qec 'relrec --prompt' /dev/null >"$tmp/prompt.out" 2>&1
if grep -q "loaded '/usr/share/relrec/online_retail.csv.gz'.*396337 kept" "$tmp/prompt.out" &&
	grep -q 'kept *396337' "$tmp/prompt.out"; then
	echo "ok pkg/bundled-data"
else
	echo "not ok pkg/bundled-data"; tail -8 "$tmp/prompt.out" | sed 's/^/    /'
fi

# 7. a replay from another directory on the installed dataset
out=$(printf 'stats\n' | RELREC_NO_TIMING=1 timeout 60 relrec --replay - /usr/share/relrec/online_retail.csv.gz 2>&1)
case "$out" in
*"kept        396337"*) echo "ok pkg/replay-elsewhere" ;;
*) echo "not ok pkg/replay-elsewhere"; echo "$out" | tail -5 | sed 's/^/    /' ;;
esac

# 7b. the README's and the example scripts' `load data/online_retail.csv.gz`, away from the
#     source tree, reads the installed copy and says so (t15: "No such file or directory")
out=$(cd "$tmp" && printf 'load data/online_retail.csv.gz\nstats\n' | RELREC_NO_TIMING=1 timeout 60 relrec --replay - 2>&1)
case "$out" in
*"note: no 'data/online_retail.csv.gz' here; the bundled dataset is read from '/usr/share/relrec/online_retail.csv.gz'"*"kept        396337"*)
	echo "ok pkg/bundled-name-elsewhere" ;;
*) echo "not ok pkg/bundled-name-elsewhere"; echo "$out" | tail -5 | sed 's/^/    /' ;;
esac

# 8. the installed completion: options and --map's names, both asked of the installed relrec
comp=/usr/share/bash-completion/completions/relrec
if [ -f "$comp" ] && command -v bash >/dev/null 2>&1; then
	got=$(bash -c '
		. "$1" || exit 1
		c() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _relrec; echo "${COMPREPLY[*]}"; }
		c relrec --ma
		c relrec --map us
		c relrec --map user = cust,it
		c relrec --ver' sh "$comp" 2>&1)
	want=$(printf '%s\n' --map user= cust,item= --version)
	if [ "$got" = "$want" ]; then echo "ok pkg/bash-completion"
	else echo "not ok pkg/bash-completion"; echo "$got" | sed 's/^/    got: /'; fi
else
	echo "not ok pkg/bash-completion: $comp is not installed"
fi

# 9. purge leaves nothing behind
cd "$ROOT" || exit 1
if $APT purge relrec >"$tmp/apt.log" 2>&1; then installed=0; fi
if [ $installed = 0 ] && [ ! -e /usr/bin/relrec ] && [ ! -e /usr/share/relrec ] && [ ! -e "$comp" ] &&
	! dpkg-query -W relrec >/dev/null 2>&1; then
	echo "ok pkg/purge"
else
	echo "not ok pkg/purge"; tail -5 "$tmp/apt.log" | sed 's/^/    /'
fi
lintian_verdict
