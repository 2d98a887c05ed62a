#!/usr/bin/env bash
# Every figure that needs no packaged app (see docs/PERFORMANCE.md). Usage: bench/run-all.sh [coldRuns=10]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10}"
mvn -B -q test-compile
export BENCH_SKIP_COMPILE=1
echo "== Browse 10,000 rows + filter (Monocle headless, as the tests) =="
bench/browse.sh monocle 6 5
echo
echo "== Browse 10,000 rows + filter (GTK window under Xvfb) =="
bench/browse.sh gtk 6 5
echo
echo "== The first browse load of a fresh JVM, 8 JVMs each (Monocle, GTK) =="
bench/browse-first-load.sh 8 monocle
bench/browse-first-load.sh 8 gtk
echo
echo "== Warm re-fetch (GTK window under Xvfb) =="
bench/refetch.sh gtk 60
echo
echo "== Cold start + peak RSS (GTK window under Xvfb) vs aws cli =="
bench/cold-start.sh "$RUNS"
