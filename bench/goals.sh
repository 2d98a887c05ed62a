#!/usr/bin/env bash
# The three start-up and memory goals of the packaged app, each beside its reference, in one run:
#   cold start with an ARN to a rendered configuration / the AWS CLI's get-recording-configuration  (<= 1.8)
#   first window / a bare JavaFX window on the same runtime                                        (<= 1.3)
#   peak RSS after the fetch - a bare JavaFX window's peak RSS                                      (<= 60 MB)
# Needs a finished `mvn -Ppackage package`. Usage: bench/goals.sh [runs=10]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
bench/packaged-cold-start.sh "$runs" | tee -a "$log"
echo
BENCH_SKIP_COMPILE=1 bench/startup.sh "$runs" | tee -a "$log"
echo
echo "== Goals =="
grep -h -e '^COLD_START_VS_AWS_CLI_RATIO' -e '^FIRST_WINDOW_VS_BARE_RATIO' -e '^PEAK_RSS_OVER_BARE_MB' "$log"
