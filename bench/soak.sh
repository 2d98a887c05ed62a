#!/usr/bin/env bash
# Soak: 1,000 fetches alternating two configurations in the real window; RSS and live TreeItems at 100, 500
# and 1,000 (after a full GC). Goal: TreeItems flat, RSS growth after warm-up <= 10 MB.
# Usage: bench/soak.sh [monocle|gtk] [fetches=1000] [checkpoints=100,500,1000]
source "$(dirname "$0")/common.sh"
run_fx_bench SoakBench "$@"
