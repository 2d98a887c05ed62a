#!/usr/bin/env bash
# Issue 5: 10,000-row browse load, FX-thread stall and filter keystroke.
# Runs with the JVM options of the installed app (APP_JVM_FLAGS in common.sh).
# Usage: bench/browse.sh [monocle|gtk] [loads=6] [filterRounds=5]
source "$(dirname "$0")/common.sh"
run_fx_bench BrowseBench "$@"
