#!/usr/bin/env bash
# All accounts against a generated organization with AWS-like limits (5 req/s per account-region, 50 ms per call,
# 1 % ThrottlingException, the portal at an assumed 10 req/s), through the app's own All accounts view and its
# inventory, under Monocle headless as the tests run. Prints, in one run:
#   ORG_LIST_SECONDS        the whole listing beside the least time the limits and latency allow   (goal <= 1.2x)
#   ORG_SECONDS_OVER_A_LIMIT seconds in which any account-region or the portal got more than its limit (goal 0)
#   ORG_FX_LONGEST_STALL_MS the FX thread's longest stall while listing                            (goal <= 50)
#   ORG_PEAK_RSS_OVER_BARE_MB peak RSS minus a bare JavaFX window's (median of 3 starts), same JVM options (goal <= 150)
#   INVENTORY_SHOWN_MS      next start (a fresh process): window shown -> stored inventory shown  (goal <= 300)
#   INVENTORY_SEARCH_KEYSTROKE_MS  a filter keystroke over the whole inventory, p50               (goal <= 16)
# Usage: bench/organization.sh [accounts=200] [configurations=10000]
# Extra JVM options for the listing's harness (a profiler, e.g. -XX:StartFlightRecording=filename=x.jfr) in
# BENCH_JVM_OPTS; its GC log (UTC times, to line up with the stall's end) goes to target/bench/organization-gc.log.
# BENCH_JVM_OPTS=-Dbench.stallStacks=true prints the FX thread's stacks (or the renderer's, while the FX thread waits
# for it) sampled every 2 ms during its three longest busy stretches; -Dbench.orgWindow=WIDTHxHEIGHT sizes the
# window (1440x900 by default; the app opens All accounts at 1000x640); -Dbench.mainWindowFirst=false lists from a
# JVM that has shown nothing before. The generated organization's endpoint stands in for AWS, whose services run
# on machines of their own: it runs at nice 15 unless DEMO_NICE says otherwise (DEMO_NICE=0: equal priority).
source "$(dirname "$0")/common.sh"
export DEMO_NICE=${DEMO_NICE:-15}
echo "organization endpoint (the stand-in for AWS) at nice $DEMO_NICE"
ACCOUNTS=${1:-200}
CONFIGS=${2:-10000}
BENCH_FLAGS=(-Dbench.inventory="$BENCH_WORK/inventory.db")
LIST_FLAGS=("${BENCH_FLAGS[@]}" "-Xlog:gc,safepoint:file=$BENCH_WORK/organization-gc.log:utctime,uptime" ${BENCH_JVM_OPTS:-})
filter() { grep --line-buffered -v -e ' INFO ' -e ' DEBUG ' -e ' WARN '; }

# The bare window's peak varies by about 10 MB from one start to the next: the median of three starts.
bare_kbs=()
for _ in 1 2 3; do
  bare_line=$("$JAVA" "${APP_JVM_FLAGS[@]}" "${MONOCLE_FLAGS[@]}" -Divsinspector.bench.exitAfterShow=true \
    -cp "$BENCH_CP" 'dev.ivsinspector.bench.BareWindow$Main' 2>/dev/null | grep -m1 '^BARE_SHOWN' || true)
  bare_kbs+=("${bare_line##*vmhwm_kb=}")
done
bare_kb=$(printf '%s\n' "${bare_kbs[@]}" | sort -n | sed -n 2p)
echo "BARE_WINDOW_PEAK_RSS_MB $(( ${bare_kb:-0} / 1024 )) (median of $(printf '%s ' "${bare_kbs[@]}" | awk '{for(i=1;i<=NF;i++) printf "%s%d", (i>1?", ":""), $i/1024}') MB)"

list_out=$(BENCH_FLAGS=("${LIST_FLAGS[@]}"); run_fx_bench OrganizationBench monocle list "$ACCOUNTS" "$CONFIGS" | filter)
echo "$list_out"
peak_kb=$(sed -n 's/^ORG_PEAK_RSS_KB \([0-9]*\).*/\1/p' <<<"$list_out")
if [ -n "$peak_kb" ] && [ -n "$bare_kb" ]; then
  echo "ORG_PEAK_RSS_OVER_BARE_MB $(( (peak_kb - bare_kb) / 1024 )) (peak $(( peak_kb / 1024 )) MB - bare $(( bare_kb / 1024 )) MB) [goal <= 150]"
fi
run_fx_bench OrganizationBench monocle next-start | filter
