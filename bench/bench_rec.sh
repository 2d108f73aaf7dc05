#!/bin/sh
# bench/bench_rec.sh — the recommendation loop's times on the shipped data, through the
# commands: the recommender's fit after load, after train and after bins, the heaviest
# customer's top 10, every customer's, an item's column, the 300-deep export, evaluate
# ranking. Run from the top of the tree (also run by `make bench`):
#   sh bench/bench_rec.sh [DATA.csv.gz]
BUILD=${BUILD:-build}
make -s "$BUILD/bench/bench_rec" || exit 1
nice "$BUILD/bench/bench_rec" "$@"
