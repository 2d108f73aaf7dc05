#!/bin/sh
# bench/bench_rec.sh — the recommendation timings (rule mining, one customer's top 10, every
# customer × every item), with and without the relevance network. Run from the top of the tree:
#   sh bench/bench_rec.sh [DATA.csv.gz] [--no-network]        (also run by `make bench`)
BUILD=${BUILD:-build}
make -s "$BUILD/bench/bench_rec" || exit 1
"$BUILD/bench/bench_rec" "$@"
