#!/usr/bin/env bash
# Warm re-fetch, Enter to rendered tree, vs the raw SDK call. Usage: bench/refetch.sh [monocle|gtk] [fetches=60]
source "$(dirname "$0")/common.sh"
run_fx_bench RefetchBench "$@"
