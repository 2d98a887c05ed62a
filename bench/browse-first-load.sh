#!/usr/bin/env bash
# Issue 5: the first browse load of a fresh JVM, the one with cold code, repeated in N JVMs.
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
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}'; }
echo "BROWSE_FIRST_LOAD_FX_STALL_MS median $(median "${stalls[@]}") (range $(range "${stalls[@]}")); pulse gap median $(median "${gaps[@]}") (range $(range "${gaps[@]}")) over $runs fresh JVMs [$mode; goal <= 50]"
