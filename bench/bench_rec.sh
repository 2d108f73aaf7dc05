#!/bin/sh
# bench/bench_rec.sh — builds bench/bench_rec.c against build/librelrec.a and prints the
# recommendation timings (rule mining, one customer's top 10, every customer × every item).
# Usage: sh bench/bench_rec.sh [DATA.csv.gz] [--no-network]   (from the top of the tree)
set -e
BUILD=${BUILD:-build}
make -s "$BUILD/librelrec.a"
CPP="-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc $(pkg-config --cflags-only-I openblas)"
${CC:-cc} -O2 -std=c11 $CPP -o "$BUILD/bench_rec" bench/bench_rec.c "$BUILD/librelrec.a" \
	$(pkg-config --libs zlib openblas) -llapacke -lcsv -lm -pthread
"$BUILD/bench_rec" "$@"
