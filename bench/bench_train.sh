#!/bin/sh
# bench/bench_train.sh — builds bench/bench_train.c against build/librelrec.a and prints the
# relevance model's training throughput for variants 1, 2, 3 and relrec's own (variant 0).
# Usage: sh bench/bench_train.sh [DATA.csv.gz] [THREADS] [REPEATS] [VARIANTS e.g. 1,3]
# (from the top of the tree). Profile with: perf record -g build/bench/bench_train DATA 1 1 1
set -e
BUILD=${BUILD:-build}
# built by the Makefile's bench rule, which holds the one list of libraries to link
make -s "$BUILD/bench/bench_train"
"$BUILD/bench/bench_train" "$@"
