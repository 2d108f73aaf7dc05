#!/bin/sh
# tests/differential/differential.sh OLD [N [SEED]] — the differential test (make differential):
# relrec as built here ($RELREC, default ./relrec) against OLD, a git revision, on N files
# freshly made by gen.py (half of them --v2) with seed SEED, each judged against its truth.
# Run from the top of the tree. Needs git and python3; not part of make test.
#   OLD is built in a git worktree, build/differential/old (kept for the next run);
#   the files go to build/differential/corpus, both binaries' `stats --hist` and `clean`
#   to build/differential/out (NAME.old, NAME.new);
#   classify.py prints the counts and each REGRESSION and BOTHWRONG file.
# Exit status: 0, 1 when a file is a REGRESSION (OLD right, this one wrong), 2 on a usage
# or build error.
RELREC=${RELREC:-./relrec}
old=$1 n=${2:-200} seed=${3:-1}
dir=tests/differential
work=build/differential
if [ -z "$old" ]; then
	echo "usage: make differential OLD=REV [N=200] [SEED=1]" >&2
	exit 2
fi
case $n$seed in *[!0-9]*) echo "differential: N and SEED are numbers" >&2; exit 2 ;; esac
command -v python3 >/dev/null || { echo "differential: needs python3" >&2; exit 2; }
rev=$(git rev-parse --verify -q "$old^{commit}") || { echo "differential: no revision '$old'" >&2; exit 2; }
[ -x "$RELREC" ] || { echo "differential: no $RELREC (make it first)" >&2; exit 2; }
mkdir -p "$work"

# OLD in a worktree of its own: build/ is ignored, and make clean removes it (prune forgets it)
git worktree prune
if [ -d "$work/old/.git" ] || [ -f "$work/old/.git" ]; then
	git -C "$work/old" checkout -q --detach "$rev" || exit 2
else
	rm -rf "$work/old"
	git worktree add -q --detach "$work/old" "$rev" || exit 2
fi
echo "differential: building $old ($(git rev-parse --short "$rev")) in $work/old"
nice make -C "$work/old" -j2 relrec >"$work/old-build.log" 2>&1 ||
	{ echo "differential: $old does not build: see $work/old-build.log" >&2; exit 2; }

rm -rf "$work/corpus" "$work/out"
mkdir -p "$work/out"
half=$((n / 2))
python3 "$dir/gen.py" "$work/corpus/v1" $((n - half)) "$seed" || exit 2
python3 "$dir/gen.py" --v2 "$work/corpus/v2" "$half" "$((seed + 1))" || exit 2

# each binary's figures of each file, without what changes from run to run or is no figure
# (the timing line, the list of non-product codes)
export RELREC_NO_TIMING=1
for f in "$work"/corpus/v*/*.csv; do
	[ -f "$f" ] || continue
	name=$(echo "${f#"$work/corpus/"}" | tr / _)
	for b in old new; do
		if [ $b = old ]; then bin=$work/old/relrec; else bin=$RELREC; fi
		printf 'stats --hist\nclean\n' | timeout 60 "$bin" -r - -q "$f" >"$work/out/$name.$b" 2>&1
		echo "rc=$?" >>"$work/out/$name.$b"
		sed -i -E 's/^  in [0-9.]+ s \(.*\)$/  in X s/; /^non-product codes:/d' "$work/out/$name.$b"
	done
done
echo "differential: $n files (seed $seed), old = $old, new = $RELREC"
python3 "$dir/classify.py" "$work/corpus" "$work/out"
