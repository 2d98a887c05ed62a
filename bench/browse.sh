#!/usr/bin/env bash
# Issue 5: 10,000-row browse load, FX-thread stall and filter keystroke.
# Runs with the JVM options of the installed app (APP_JVM_FLAGS in common.sh).
# Usage: bench/browse.sh [monocle|gtk] [loads=6] [filterRounds=5]
source "$(dirname "$0")/common.sh"
MODE="${1:-monocle}"
shift || true
if [ "$MODE" = gtk ]; then
  with_xvfb java "${APP_JVM_FLAGS[@]}" "${GTK_FLAGS[@]}" -cp "$BENCH_CP" dev.ivsinspector.bench.BrowseBench "$@"
else
  java "${APP_JVM_FLAGS[@]}" "${MONOCLE_FLAGS[@]}" -cp "$BENCH_CP" dev.ivsinspector.bench.BrowseBench "$@"
fi 2>&1 | grep --line-buffered -v "Unsupported JavaFX configuration\|PlatformImpl startup"
