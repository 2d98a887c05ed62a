#!/usr/bin/env bash
# 10,000-row browse load, FX-thread stall and filter keystroke.
# Runs with the JVM options of the installed app (APP_JVM_FLAGS in common.sh).
# Usage: bench/browse.sh [monocle|gtk] [loads=6] [filterRounds=5]
# The 10,000 configurations come from the demo endpoint in its own JVM, as the app meets AWS: in the app's
# JVM its stored configurations and JSON encoding would add to the app's garbage collections.
# BROWSE_ENDPOINT=in-jvm runs it inside the benchmark's JVM instead.
source "$(dirname "$0")/common.sh"
if [[ ${BROWSE_ENDPOINT:-own-process} != in-jvm ]]; then
  start_demo_endpoint eu-central-1 10000
  BENCH_FLAGS=("-Divsinspector.bench.endpoint=http://127.0.0.1:$PORT")
fi
run_fx_bench BrowseBench "$@"
