#!/usr/bin/env bash
# The Recordings tab of the archive channel (5,000 recordings over two years) against the demo endpoint in
# its own process: first screenful with thumbnails, FX-thread stalls while scrolling to the oldest, memory.
# Usage: bench/recordings.sh [monocle|gtk] [warm opens=5]   (0 warm opens: cold open and scroll only)
# Extra JVM options for the harness (a profiler, e.g. -XX:StartFlightRecording=filename=x.jfr) in BENCH_JVM_OPTS.
source "$(dirname "$0")/common.sh"
# The demo endpoint stands in for S3, which serves stored bytes from machines of its own. Here it shares the
# app's cores, so by default it draws every listed thumbnail before the run (it would draw each when first
# asked) and runs at nice 15; DEMO_NICE=0 makes it compete for the cores at the app's priority.
DEMO_NICE=${DEMO_NICE:-15}
start_demo_endpoint --thumbnails-ahead
echo "demo endpoint (the stand-in for S3) at nice $DEMO_NICE, thumbnails drawn ahead"
# GC pauses are logged beside the figures: on a loaded machine they are where long FX stalls come from.
BENCH_FLAGS=("-Divsinspector.bench.endpoint=http://127.0.0.1:$PORT" "-Divsinspector.bench.endpointPid=$DEMO_PID" "-Divsinspector.cacheDir=$BENCH_WORK/cache"
  "-Xlog:gc:file=$BENCH_WORK/recordings-gc.log:utctime,uptime" ${BENCH_JVM_OPTS:-})
run_fx_bench RecordingsBench "${1:-monocle}" "${2:-5}"
