#!/usr/bin/env bash
# Start-up benchmark (a figure, not a test): process start -> first "IVS Inspector" window mapped, under
# Xvfb, over RUNS runs each (default 10), median printed. Measures
#   image:         the packaged app-image launcher target/dist/ivs-inspector/bin/ivs-inspector --demo, with the
#                  AOT cache the package build made (as installed)
#   image-no-aot:  the same with the cache switched off (-XX:AOTMode=off)
#   classpath:     what `mvn javafx:run` runs, without Maven's own start-up: Java 25 with the app jar, its
#                  dependency jars and the JavaFX jars on the class path (no cache)
#   bare:          the floor: an empty JavaFX window (bench/BareWindow) on the image's own runtime and JVM options
#                  (this machine's speed drifts over a day: compare figures within one run)
# and the ratio image / bare (those two run alternately), and, if given, any other command:
# bench/startup.sh [RUNS] [-- COMMAND ARGS...]
# Needs: a finished `mvn -Ppackage package`, Debian xvfb, x11-utils, python3, libgtk-3-0.
# The window is seen by bench/wait-window.py, which waits for X's MapNotify instead of polling; each run ends
# the app. A run without a window keeps the app's output in $HOME/startup-fail-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
runs=${1:-10}; shift || true
[[ ${1:-} == -- ]] && shift
image=target/dist/ivs-inspector/bin/ivs-inspector
[[ -x $image ]] || { echo "no app-image: run mvn -Ppackage package first" >&2; exit 2; }
need_tools "apt-get install xvfb x11-utils python3" Xvfb xdpyinfo python3
# A screen the default window fits on: on a smaller one the app opens maximised, and bench/wait-window.py does not
# see the mapping of a window maximised before it is shown (ci-check's xdotool does).
start_xvfb 1920x1200
# Keep the user's AWS set-up and caches out of it: --demo, a throw-away HOME (JavaFX cache warmed once).
export HOME=${BENCH_HOME:-/tmp/ivs-bench-home}
mkdir -p "$HOME"

one_run() { # prints milliseconds from start to the first mapped window, or FAIL
  local t0 t1= pid line
  # Not `xdotool search` in a loop: started every few ms it took ~200 ms of CPU from the app it timed.
  coproc WATCH { python3 bench/wait-window.py "IVS Inspector" 20; }
  read -r line <&"${WATCH[0]}"   # "listening": the watcher sees every window mapped from now on
  t0=$(date +%s%N)
  "$@" >/tmp/ivs-bench-app.log 2>&1 &
  pid=$!
  read -r t1 <&"${WATCH[0]}" || t1=
  if [[ -z $t1 ]]; then # for the record: why no window (the app's output, and its threads if it still runs)
    local record="$HOME/startup-fail-$(date +%s).log"
    cp /tmp/ivs-bench-app.log "$record"
    if kill -0 $pid 2>/dev/null && command -v jstack >/dev/null; then jstack $pid >>"$record" 2>&1 || true; fi
    echo "no window: see $record" >&2
  fi
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if [[ -n $t1 ]]; then echo $(( (t1 - t0) / 1000000 )); else echo FAIL; fi
}

bench() { # NAME COMMAND...
  local name=$1; shift
  one_run "$@" >/dev/null   # warm-up: file cache, JavaFX native library cache in $HOME
  local times=() t
  for _ in $(seq "$runs"); do
    t=$(one_run "$@"); times+=("$t")
  done
  local ok; ok=$(printf '%s\n' "${times[@]}" | grep -v FAIL || true)
  printf '%-10s median %s ms  (runs: %s)\n' "$name" "$(median $ok)" "${times[*]}"
}

# Two commands run alternately (A B A B ...), so a machine that gets busier or quieter during the run weighs on both
# alike: the ratio of their medians is the figure. Prints one median line per command.
bench_alternating() { # NAME_A NAME_B: the commands in the arrays cmd_a and cmd_b
  one_run "${cmd_a[@]}" >/dev/null; one_run "${cmd_b[@]}" >/dev/null   # warm-up
  local a=() b=() ok
  for _ in $(seq "$runs"); do
    a+=("$(one_run "${cmd_a[@]}")"); b+=("$(one_run "${cmd_b[@]}")")
  done
  ok=$(printf '%s\n' "${a[@]}" | grep -v FAIL || true)
  printf '%-10s median %s ms  (runs: %s)\n' "$1" "$(median $ok)" "${a[*]}"
  ok=$(printf '%s\n' "${b[@]}" | grep -v FAIL || true)
  printf '%-10s median %s ms  (runs: %s)\n' "$2" "$(median $ok)" "${b[*]}"
}

if [[ $# -gt 0 ]]; then
  bench custom "$@"
else
  [[ -f target/test-classes/dev/ivsinspector/bench/BareWindow.class ]] || mvn -B -q test-compile
  [ -s target/jdk-settings.txt ] || mvn -B -q validate exec:exec@jdk-settings
  java25="$(sed -n 's/^ *java\.home = //p' target/jdk-settings.txt)/bin/java"
  # The app's own settings folder, not the user's (Java finds that one from the password database, not $HOME).
  config="-Divsinspector.configDir=$HOME/config"
  mapfile -t jvm < <(sed -n 's/^java-options=//p' target/dist/ivs-inspector/lib/app/ivs-inspector.cfg | grep -v -e AOTCache -e '^-Xlog')
  # The app's settings folder reaches the image through its launcher; the bare window does not read it.
  export JAVA_TOOL_OPTIONS=$config
  cmd_a=("$image" --demo)
  cmd_b=(target/dist/ivs-inspector/lib/runtime/bin/java "${jvm[@]}" -cp target/test-classes 'dev.ivsinspector.bench.BareWindow$Main')
  pair=$(bench_alternating image bare); echo "$pair"
  image_line=$(grep '^image ' <<<"$pair"); bare_line=$(grep '^bare ' <<<"$pair")
  JAVA_TOOL_OPTIONS="$config -XX:AOTMode=off" bench image-no-aot "$image" --demo
  cp="target/jpackage/input/*:target/jpackage/javafx-modules/*"
  bench classpath "$java25" "$config" -cp "$cp" dev.ivsinspector.app.Launcher --demo
  unset JAVA_TOOL_OPTIONS
  awk -v a="$(awk '{print $3}' <<<"$image_line")" -v b="$(awk '{print $3}' <<<"$bare_line")" \
    'BEGIN { if (b > 0) printf "FIRST_WINDOW_VS_BARE_RATIO %.2f  (image %d ms / bare %d ms, goal <= 1.3)\n", a / b, a, b }'
fi
