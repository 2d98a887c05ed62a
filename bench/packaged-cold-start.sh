#!/usr/bin/env bash
# Cold start of the app as users get it: the packaged app-image (target/dist, from `mvn -Ppackage package`)
# started with a configuration ARN against the demo endpoint run standalone on loopback, under Xvfb.
# Per run: FIRST_RENDER (ms from JVM start until the configuration is in the tree and a further pulse has
# rendered it, printed by the app's StartupProbe), the wall time from launching the process to its exit right
# after that report, and the peak RSS (VmHWM) at that moment. Then `aws ivs get-recording-configuration`
# against the same endpoint, when the AWS CLI is installed. Usage: bench/packaged-cold-start.sh [runs=10]
source "$(dirname "$0")/common.sh"
RUNS="${1:-10}"
IMAGE=target/dist/ivs-inspector/bin/ivs-inspector
[[ -x $IMAGE ]] || { echo "no app-image: run mvn -Ppackage package first" >&2; exit 2; }
# The class-data archive an app-image makes on its first start (the same script the .deb's postinst runs).
[[ -f target/dist/ivs-inspector/lib/app/ivs-inspector.jsa ]] || target/dist/ivs-inspector/lib/app/cds/make-cds-archive.sh
ARN=arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456
start_demo_endpoint

# A throw-away HOME with no AWS set-up: only the environment below says where to go, with fake static keys.
export HOME="$PWD/$BENCH_WORK/home" AWS_REGION=us-west-2 AWS_ACCESS_KEY_ID=AKIABENCHMARK000000 \
  AWS_SECRET_ACCESS_KEY=bench/fake/secret AWS_ENDPOINT_URL_IVS="http://127.0.0.1:$PORT"
mkdir -p "$HOME"
probe="-Divs.startupProbe=true -Divs.exitAfterRender=true -Divsinspector.configDir=$PWD/$BENCH_WORK/config"

run_all() {
  local renders=() walls=() rss=() line t0 t1
  JAVA_TOOL_OPTIONS="$probe" "$IMAGE" "$ARN" >/dev/null 2>&1 || true   # warm-up: file cache, JavaFX natives
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N)
    line=$(JAVA_TOOL_OPTIONS="$probe" timeout 30 "$IMAGE" "$ARN" 2>/dev/null | grep -m1 '^FIRST_RENDER' || true)
    t1=$(date +%s%N)
    [[ $line == FIRST_RENDER\ * ]] || { echo "run failed: ${line:-no FIRST_RENDER line}"; continue; }
    renders+=("$(awk '{print $2}' <<<"$line")")
    walls+=("$(( (t1 - t0) / 1000000 ))")
    rss+=("$(sed 's/.*vmhwm_kb=//' <<<"$line")")
  done
  echo "FIRST_RENDER_MS   median $(median "${renders[@]}")  (runs: ${renders[*]})"
  echo "WALL_TO_EXIT_MS   median $(median "${walls[@]}")  (runs: ${walls[*]})"
  echo "PEAK_RSS_MB       median $(awk -v kb="$(median "${rss[@]}")" 'BEGIN {printf "%d", kb / 1024}')  (runs, kB: ${rss[*]})"
}
echo "Packaged app, cold start to a rendered configuration, $RUNS runs (load average $(cut -d' ' -f1 /proc/loadavg))"
with_xvfb run_all
if command -v aws >/dev/null; then
  cli=()
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N)
    aws --endpoint-url "http://127.0.0.1:$PORT" --region us-west-2 ivs get-recording-configuration --arn "$ARN" >/dev/null
    cli+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
  done
  echo "AWS_CLI_MS        median $(median "${cli[@]}")  (runs: ${cli[*]})"
fi
