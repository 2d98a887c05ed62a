#!/usr/bin/env bash
# Cold start to a rendered configuration (real GTK window under Xvfb) vs the AWS CLI, JVM levers,
# and the app's peak RSS. Usage: bench/cold-start.sh [runs=10] [variants=comma list]
source "$(dirname "$0")/common.sh"
RUNS="${1:-10}"
ARN=arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456
start_demo_endpoint
EXTRA=()
[ -n "${2:-}" ] && EXTRA=(--variants "$2")
with_xvfb "$JAVA" -cp "$BENCH_CP" dev.ivsinspector.bench.ColdStartBench --cp "$APP_CP" --bench-cp "$BENCH_CP" \
  --endpoint "http://127.0.0.1:$PORT" --arn "$ARN" --runs "$RUNS" --work "$BENCH_WORK" "${EXTRA[@]}"
