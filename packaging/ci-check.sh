#!/usr/bin/env bash
# CI check for the installers. Builds the app-image and the .deb with the package profile and checks their sizes;
# starts the app-image under Xvfb in the demo account and fails unless an "IVS Inspector" window is mapped within
# 20 s (or if the process dies first); waits for that first start to make the JDK's AOT cache in the background;
# starts the image again, a moved copy of it and the installed .deb (whose install script makes its own cache)
# the same way, and checks that each really uses its AOT cache; removes the package again.
# Needs (Debian): xvfb xdotool x11-utils libgtk-3-0 libxtst6 libxxf86vm1 fakeroot binutils (.ci/run installs them).
# SKIP_BUILD=1 reuses an existing target/dist.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
timeout_s=${WINDOW_TIMEOUT:-20}

need_tools "apt-get install xvfb xdotool x11-utils fakeroot" Xvfb xdotool xdpyinfo dpkg-deb fakeroot
has_library libgtk-3.so.0 || { echo "ci-check: GTK 3 is missing (apt-get install libgtk-3-0)" >&2; exit 2; }

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  mvn -B -Ppackage package -DskipTests
fi
image=target/dist/ivs-inspector/bin/ivs-inspector
deb=$(ls target/dist/ivs-inspector_*.deb 2>/dev/null | head -1 || true)
[[ -x $image ]] || { echo "ci-check: FAIL no app-image at $image" >&2; exit 1; }
aot=target/dist/ivs-inspector/lib/app/ivs-inspector.aot
rm -f "$aot" "$aot.failed"   # a run of an earlier check made it: measure and start the image as shipped
[[ -n $deb ]] || { echo "ci-check: FAIL no .deb in target/dist" >&2; exit 1; }
image_mb=$(du -sm target/dist/ivs-inspector | cut -f1) deb_mb=$(( $(stat -c %s "$deb") / 1048576 ))
echo "ci-check: app-image $image_mb MB (goal <= 90), $(basename "$deb") $deb_mb MB (goal <= 60)"
sizes_ok() { (( image_mb <= 90 && deb_mb <= 60 )) || { echo "ci-check: FAIL the packages are larger than their goals" >&2; return 1; }; }

start_xvfb 1280x800 || { echo "ci-check: FAIL Xvfb did not start" >&2; exit 1; }

# Starts "$@" with no AWS set-up (empty HOME), waits for the window and, unless the first argument is
# "first-start", checks that the JVM mapped the AOT cache; returns non-zero on failure.
check_window() {
  local uses_cache=1
  [[ $1 == first-start ]] && { uses_cache=0; shift; }
  local label=$1; shift
  local home log aotlog pid t0 found=0
  home=$(mktemp -d) log=$(mktemp) aotlog=$(mktemp)
  t0=$(date +%s%N)
  HOME=$home AWS_CONFIG_FILE=$home/none AWS_SHARED_CREDENTIALS_FILE=$home/none \
    JAVA_TOOL_OPTIONS="-Xlog:aot=info:file=$aotlog" "$@" >"$log" 2>&1 &
  pid=$!
  while (( ($(date +%s%N) - t0) / 1000000 < timeout_s * 1000 )); do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    if xdotool search --onlyvisible --name "IVS Inspector" >/dev/null 2>&1; then found=1; break; fi
    sleep 0.1
  done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  if (( found )); then
    echo "ci-check: OK $label: window \"$(xdotool search --onlyvisible --name "IVS Inspector" getwindowname | head -1)\" after $ms ms"
    if (( !uses_cache )); then
      :
    elif grep -q "Using AOT-linked classes: true" "$aotlog"; then
      echo "ci-check: OK $label: the JVM uses the AOT cache"
    else
      echo "ci-check: FAIL $label: the JVM did not use the AOT cache:" >&2; grep -i "aot" "$aotlog" | head -5 >&2; found=0
    fi
  elif kill -0 "$pid" 2>/dev/null; then
    echo "ci-check: FAIL $label: no window within ${timeout_s} s" >&2
  else
    wait "$pid" && rc=0 || rc=$?
    echo "ci-check: FAIL $label: the process died (exit $rc) before a window appeared" >&2
  fi
  (( uses_cache )) || wait_for_cache "$pid"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if (( !found )); then echo "--- output of $label:" >&2; tail -40 "$log" >&2; fi
  rm -rf "$home" "$log" "$aotlog"
  (( found ))
}

# The first start makes the cache in the background, some seconds after its window shows.
wait_for_cache() {
  local pid=$1 t0=$(date +%s)
  while [[ ! -f $aot ]] && (( $(date +%s) - t0 < 240 )) && kill -0 "$pid" 2>/dev/null; do sleep 2; done
  if [[ -f $aot ]]; then
    echo "ci-check: OK the first start made the AOT cache ($(( $(stat -c %s "$aot") / 1048576 )) MB) $(( $(date +%s) - t0 )) s after its window"
  else
    echo "ci-check: FAIL the first start made no AOT cache: $(cat "$aot.failed" 2>/dev/null || echo "no reason recorded")" >&2
  fi
}

passed=0 failed=0
record() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }
record sizes_ok
record check_window first-start "app-image, first start" "$image" --demo
record check_window "app-image" "$image" --demo
moved=$(mktemp -d)/elsewhere
cp -r target/dist/ivs-inspector "$moved"
record check_window "app-image moved elsewhere" "$moved/bin/ivs-inspector" --demo
rm -rf "$(dirname "$moved")"

if ! dpkg -i "$deb"; then
  # dpkg does not fetch dependencies: let apt add them (xdg-utils and the like) and finish the install.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -f
fi
[[ -f /opt/ivs-inspector/lib/app/ivs-inspector.aot ]] && echo "ci-check: OK the install script made the AOT cache" \
  || echo "ci-check: note: the install script made no AOT cache (the check below fails)"
record check_window "installed .deb" /opt/ivs-inspector/bin/ivs-inspector --demo
[[ -f /usr/share/applications/ivs-inspector-ivs-inspector.desktop ]] || ls /usr/share/applications | grep -i ivs || echo "ci-check: note: no desktop entry found in /usr/share/applications"
dpkg -r ivs-inspector >/dev/null
removed() { [[ ! -e /opt/ivs-inspector ]] || { echo "ci-check: FAIL dpkg -r left /opt/ivs-inspector behind" >&2; return 1; }; }
record removed
echo "ci-check: $passed passed, $failed failed"
(( failed == 0 ))
