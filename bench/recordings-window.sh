#!/usr/bin/env bash
# The Recordings tab's scroll through the archive channel's 5,000 recordings in the app's real main window
# (the tab inside the inspector), against the demo endpoint in its own process: FX-thread stalls and the CPU
# of each frame. Usage: bench/recordings-window.sh [monocle|gtk]
# Extra JVM options for the harness (a profiler, -Drecordings.bench.scrollSteps=N) in BENCH_JVM_OPTS.
source "$(dirname "$0")/common.sh"
# The demo endpoint stands in for S3, which serves stored bytes from machines of its own. Here it shares the
# app's cores, so by default it draws every listed thumbnail before the run (it would draw each when first
# asked) and runs at nice 15; DEMO_NICE=0 makes it compete for the cores at the app's priority.
DEMO_NICE=${DEMO_NICE:-15}
start_demo_endpoint --thumbnails-ahead
echo "demo endpoint (the stand-in for S3) at nice $DEMO_NICE, thumbnails drawn ahead"
# The tab keeps thumbnails in the user's cache directory: an empty one, so every picture comes from the endpoint.
rm -rf "$BENCH_WORK/window-cache"
BENCH_FLAGS=("-Divsinspector.bench.endpoint=http://127.0.0.1:$PORT" "-Divsinspector.cacheDir=$BENCH_WORK/window-cache"
  ${BENCH_JVM_OPTS:-})
run_fx_bench RecordingsWindowBench "${1:-monocle}"
