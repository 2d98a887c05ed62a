#!/usr/bin/env bash
# Issue 8: warm re-fetch, Enter to rendered tree, vs the raw SDK call. Usage: bench/refetch.sh [monocle|gtk] [fetches=60]
source "$(dirname "$0")/common.sh"
MODE="${1:-monocle}"
shift || true
if [ "$MODE" = gtk ]; then
  with_xvfb java "${APP_JVM_FLAGS[@]}" "${GTK_FLAGS[@]}" -cp "$BENCH_CP" dev.ivsinspector.bench.RefetchBench "$@"
else
  java "${APP_JVM_FLAGS[@]}" "${MONOCLE_FLAGS[@]}" -cp "$BENCH_CP" dev.ivsinspector.bench.RefetchBench "$@"
fi 2>&1 | grep --line-buffered -v "Unsupported JavaFX configuration\|PlatformImpl startup"
