# Shared by the bench scripts: compile main + test classes, and the test class path.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
JAVA=$(java25)
BENCH_WORK=target/bench
mkdir -p "$BENCH_WORK"
if [ -z "${BENCH_SKIP_COMPILE:-}" ]; then
  mvn -B -q test-compile
fi
# The app needs Java 25; the java on the PATH may be older. Maven's toolchain found a JDK 25: its java says where.
[ -s target/jdk-settings.txt ] || mvn -B -q validate exec:exec@jdk-settings
JAVA_HOME_25=$(sed -n 's/^ *java\.home = //p' target/jdk-settings.txt)
java() { "$JAVA_HOME_25/bin/java" "$@"; }
jar() { "$JAVA_HOME_25/bin/jar" "$@"; }
if [ ! -s "$BENCH_WORK/test.cp" ] || [ pom.xml -nt "$BENCH_WORK/test.cp" ]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH_WORK/test.cp" >/dev/null
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$BENCH_WORK/runtime.cp" >/dev/null
fi
# The app as the installers ship it: a jar (the JDK's AOT cache refuses class directories on the class path).
(cd target/classes && jar cf "../bench/ivs-inspector.jar" .)
# The app runs on its runtime class path only (no JUnit, TestFX or Monocle); the harness on the test class path.
APP_CP="$BENCH_WORK/ivs-inspector.jar:$(cat "$BENCH_WORK/runtime.cp")"
BENCH_CP="target/test-classes:target/classes:$(cat "$BENCH_WORK/test.cp")"
# The JVM options the installed app runs with (packaging/jpackage/linux-image.txt; its AOT cache is added at
# package time): the benchmarks measure the app as users run it, not a JVM with C2 compiling beside it.
mapfile -t APP_JVM_FLAGS < <(sed -n 's/^--java-options "\{0,1\}\(-X[^"$]*\)"\{0,1\}$/\1/p' packaging/jpackage/linux-image.txt)
# Monocle headless, as the tests run (see the pom's surefire section).
MONOCLE_FLAGS=(--enable-native-access=ALL-UNNAMED -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k
  -Djava.awt.headless=true -Dheadless.geometry=1920x1200-32 -Daws.disableEc2Metadata=true
  "-Divsinspector.configDir=$BENCH_WORK/config")
# Benchmarks keep their own config directory: they must not change the user's remembered window or history.
GTK_FLAGS=(--enable-native-access=ALL-UNNAMED -Daws.disableEc2Metadata=true "-Divsinspector.configDir=$BENCH_WORK/config")

# Runs "$@" with DISPLAY set to a private Xvfb server (started once, so its start-up is never timed).
with_xvfb() {
  # A subshell of its own: its exit stops this Xvfb, and only this one (not what the script registered).
  ( _on_exit=(); start_xvfb && "$@" )
}

# Starts the demo endpoint on loopback as its own process (as a real AWS endpoint would be); sets PORT and
# stops the endpoint when the script exits. Ends the script if the endpoint is not listening within a minute.
# DEMO_NICE (e.g. 15) lowers its CPU priority: it stands in for a service on other machines but runs on the
# cores of the app it serves.
start_demo_endpoint() { # [REGION COUNT]: also that many generated configurations in REGION
  PORT="${BENCH_PORT:-$(( 20000 + RANDOM % 20000 ))}"
  nice -n "${DEMO_NICE:-0}" "$JAVA" ${DEMO_JVM_OPTS:-} -cp "$APP_CP" dev.ivsinspector.demo.DemoMain "$PORT" "$@" > "$BENCH_WORK/demo-endpoint.log" 2>&1 &
  DEMO_PID=$!
  on_exit "kill $DEMO_PID 2>/dev/null"
  # Up to a minute: with --thumbnails-ahead it draws thousands of thumbnails before it listens.
  for _ in $(seq 300); do grep -q listening "$BENCH_WORK/demo-endpoint.log" && return 0; sleep 0.2; done
  echo "demo endpoint did not start (see $BENCH_WORK/demo-endpoint.log)" >&2
  exit 1
}

# Runs a harness class of src/test/java/dev/ivsinspector/bench with the installed app's JVM options (and the
# array BENCH_FLAGS, if set), under Monocle headless (the default, as the tests) or a real GTK window under
# Xvfb: run_fx_bench CLASS monocle|gtk ARGS...
run_fx_bench() {
  local class=$1 mode=${2:-monocle}
  shift 2 || shift $#
  if [ "$mode" = gtk ]; then
    with_xvfb "$JAVA" "${APP_JVM_FLAGS[@]}" "${GTK_FLAGS[@]}" ${BENCH_FLAGS[@]+"${BENCH_FLAGS[@]}"} -cp "$BENCH_CP" "dev.ivsinspector.bench.$class" "$@"
  else
    "$JAVA" "${APP_JVM_FLAGS[@]}" "${MONOCLE_FLAGS[@]}" ${BENCH_FLAGS[@]+"${BENCH_FLAGS[@]}"} -cp "$BENCH_CP" "dev.ivsinspector.bench.$class" "$@"
  fi 2>&1 | grep --line-buffered -v "Unsupported JavaFX configuration\|PlatformImpl startup"
}
