#!/bin/sh
# bench/bench_train.sh — builds bench/bench_train.c against build/librelrec.a and prints the
# relevance model's training throughput for variants 1, 2, 3 and relrec's own (variant 0).
# Usage: sh bench/bench_train.sh [DATA.csv.gz] [THREADS] [REPEATS] [VARIANTS e.g. 1,3]
# (from the top of the tree). Profile with: perf record -g build/bench_train DATA 1 1 1
set -e
BUILD=${BUILD:-build}
make -s "$BUILD/librelrec.a"
CPP="-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc $(pkg-config --cflags-only-I openblas)"
${CC:-cc} -O2 -std=c11 $CPP -o "$BUILD/bench_train" bench/bench_train.c "$BUILD/librelrec.a" \
	$(pkg-config --libs zlib openblas) -llapacke -lcsv -lm -pthread
"$BUILD/bench_train" "$@"
