#!/usr/bin/env bash
# All accounts against a generated organization with AWS-like limits (5 req/s per account-region, 50 ms per call,
# 1 % ThrottlingException, the portal at an assumed 10 req/s): the time to list every account-region beside the
# least the limits allow, seconds over any limit, then the next start's inventory read and search keystrokes.
# Usage: bench/organization.sh [accounts=200] [configurations=10000]
source "$(dirname "$0")/common.sh"
"$JAVA" "${APP_JVM_FLAGS[@]}" -Daws.disableEc2Metadata=true -Dbench.inventory="$BENCH_WORK/inventory.db" \
  -cp "$BENCH_CP" dev.ivsinspector.bench.OrganizationBench "${1:-200}" "${2:-10000}" 2>&1 \
  | grep -v -e ' INFO ' -e ' DEBUG '
