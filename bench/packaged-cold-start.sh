#!/usr/bin/env bash
# The app as users get it: the packaged app-image (target/dist, from `mvn -Ppackage package`, with its AOT cache)
# started with a configuration ARN against the demo endpoint run standalone on loopback, under Xvfb.
# Per run: FIRST_RENDER (ms from JVM start until the configuration is in the tree and a further pulse has
# rendered it, printed by the app with -Divsinspector.startup=probe), the time from launching the process to
# reading that report (the figure compared with the AWS CLI, whose answer is complete when it exits), the time
# to the app's exit right after the report, and the peak RSS (VmHWM) at that moment. In the same run: a bare JavaFX
# window on the image's runtime and options (its peak RSS is the floor the app's is compared with) and
# `aws ivs get-recording-configuration` against the same endpoint, when the AWS CLI is installed, each in turn
# with the app's runs; then the ratios. Usage: bench/packaged-cold-start.sh [runs=10]
source "$(dirname "$0")/common.sh"
RUNS="${1:-10}"
IMAGE=target/dist/ivs-inspector/bin/ivs-inspector
[[ -x $IMAGE ]] || { echo "no app-image: run mvn -Ppackage package first" >&2; exit 2; }
[[ -f target/dist/ivs-inspector/lib/app/ivs-inspector.aot ]] || echo "note: the app-image has no AOT cache (the training run failed?)" >&2
ARN=arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456
start_demo_endpoint

# A throw-away HOME with no AWS set-up: only the environment below says where to go, with fake static keys.
export HOME="$PWD/$BENCH_WORK/home" AWS_REGION=us-west-2 AWS_ACCESS_KEY_ID=AKIABENCHMARK000000 \
  AWS_SECRET_ACCESS_KEY=bench/fake/secret AWS_ENDPOINT_URL_IVS="http://127.0.0.1:$PORT"
mkdir -p "$HOME"
probe="-Divsinspector.startup=probe -Divsinspector.configDir=$PWD/$BENCH_WORK/config"
mapfile -t BARE_JVM < <(sed -n 's/^java-options=//p' target/dist/ivs-inspector/lib/app/ivs-inspector.cfg | grep -v -e AOTCache -e '^-Xlog')
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

run_all() {
  local renders=() seen=() walls=() rss=() bare=() cli=() line t0 t1
  JAVA_TOOL_OPTIONS="$probe" "$IMAGE" "$ARN" >/dev/null 2>&1 || true   # warm-up: file cache, JavaFX natives
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N)
    # The moment the app reports the rendered configuration is read off its output as it comes; the app then
    # exits by itself, and that moment is taken too.
    line=$(JAVA_TOOL_OPTIONS="$probe" timeout 30 "$IMAGE" "$ARN" 2>/dev/null | while IFS= read -r out; do
      [[ $out == FIRST_RENDER* ]] && echo "$out seen_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"; done || true)
    t1=$(date +%s%N)
    if [[ $line == FIRST_RENDER\ * ]]; then
      renders+=("$(awk '{print $2}' <<<"$line")")
      seen+=("$(sed 's/.*seen_ms=//' <<<"$line")")
      walls+=("$(( (t1 - t0) / 1000000 ))")
      rss+=("$(sed 's/.*vmhwm_kb=\([0-9]*\).*/\1/' <<<"$line")")
    else
      echo "run failed: ${line:-no FIRST_RENDER line}"
    fi
    line=$(timeout 30 target/dist/ivs-inspector/lib/runtime/bin/java "${BARE_JVM[@]}" -Divsinspector.bench.exitAfterShow=true \
      -cp target/test-classes 'dev.ivsinspector.bench.BareWindow$Main' 2>/dev/null | grep -m1 '^BARE_SHOWN' || true)
    [[ $line == BARE_SHOWN\ * ]] && bare+=("$(sed 's/.*vmhwm_kb=//' <<<"$line")")
    # The reference in the same turn, so that a machine getting busier or quieter weighs on both alike.
    if command -v aws >/dev/null; then
      t0=$(date +%s%N)
      aws --endpoint-url "http://127.0.0.1:$PORT" --region us-west-2 ivs get-recording-configuration --arn "$ARN" >/dev/null
      cli+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
    fi
  done
  echo "FIRST_RENDER_MS   median $(median "${renders[@]}")  (from JVM start; runs: ${renders[*]})"
  echo "SPAWN_TO_RENDERED_MS median $(median "${seen[@]}")  (from launching the process; runs: ${seen[*]})"
  echo "WALL_TO_EXIT_MS   median $(median "${walls[@]}")  (runs: ${walls[*]})"
  echo "PEAK_RSS_MB       median $(( $(median "${rss[@]}") / 1024 ))  (runs, kB: ${rss[*]})"
  echo "BARE_PEAK_RSS_MB  median $(( $(median "${bare[@]}") / 1024 ))  (runs, kB: ${bare[*]})"
  echo "PEAK_RSS_OVER_BARE_MB $(( ($(median "${rss[@]}") - $(median "${bare[@]}")) / 1024 ))  (goal <= 60)"
  if ((${#cli[@]})); then
    echo "AWS_CLI_MS        median $(median "${cli[@]}")  (runs: ${cli[*]})"
    awk -v a="$(median "${seen[@]}")" -v w="$(median "${walls[@]}")" -v c="$(median "${cli[@]}")" \
      'BEGIN { printf "COLD_START_VS_AWS_CLI_RATIO %.2f  (app %d ms from launch to the rendered configuration / aws cli %d ms from launch to exit, goal <= 1.8; to the app'"'"'s exit %.2f)\n", a / c, a, c, w / c }'
  else
    echo "AWS_CLI_MS        n/a: no aws command (pip install awscli)"
  fi
}
echo "Packaged app, cold start to a rendered configuration, $RUNS runs (load average $(cut -d' ' -f1 /proc/loadavg))"
with_xvfb run_all
