#!/usr/bin/env bash
# The first browse load of a fresh JVM, the one with cold code, repeated in N JVMs.
# Each run is bench/browse.sh's first load (10,000 configurations, unsorted table) and nothing else.
# Usage: bench/browse-first-load.sh [runs=8] [monocle|gtk]
source "$(dirname "$0")/common.sh"
runs=${1:-8}
mode=${2:-monocle}
start_demo_endpoint eu-central-1 10000
BENCH_FLAGS=("-Divsinspector.bench.endpoint=http://127.0.0.1:$PORT")
stalls=()
gaps=()
for i in $(seq "$runs"); do
  line=$(run_fx_bench BrowseBench "$mode" 1 0 0 0 | grep "load 1 (table unsorted)")
  echo "run $i:${line#*:}"
  stalls+=("$(sed -n 's/.*runLater delay \([0-9.]*\) ms.*/\1/p' <<<"$line")")
  gaps+=("$(sed -n 's/.*pulse gap \([0-9.]*\) ms.*/\1/p' <<<"$line")")
done
echo "BROWSE_FIRST_LOAD_FX_STALL_MS median $(median "${stalls[@]}") (range $(spread "${stalls[@]}")); pulse gap median $(median "${gaps[@]}") (range $(spread "${gaps[@]}")) over $runs fresh JVMs [$mode; goal <= 50]"
