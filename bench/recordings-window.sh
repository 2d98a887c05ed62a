#!/usr/bin/env bash
# The Recordings tab's scroll through the archive channel's 5,000 recordings in the app's real main window
# (the tab inside the inspector), against the demo endpoint in its own process: FX-thread stalls and the CPU
# of each frame. Usage: bench/recordings-window.sh [monocle|gtk]
# Extra JVM options for the harness (a profiler, -Drecordings.bench.scrollSteps=N) in BENCH_JVM_OPTS.
source "$(dirname "$0")/common.sh"
start_demo_endpoint
# The tab keeps thumbnails in the user's cache directory: an empty one, so every picture comes from the endpoint.
rm -rf "$BENCH_WORK/window-cache"
BENCH_FLAGS=("-Divsinspector.bench.endpoint=http://127.0.0.1:$PORT" "-Divsinspector.cacheDir=$BENCH_WORK/window-cache"
  ${BENCH_JVM_OPTS:-})
run_fx_bench RecordingsWindowBench "${1:-monocle}"
