#!/usr/bin/env bash
# CI check for the installers. Builds the app-image and the .deb with the package profile; starts the app-image
# under Xvfb in the demo account and fails unless an "IVS Inspector" window is mapped within 20 s (or if the
# process dies first); starts a moved copy of the image and the installed .deb the same way, and checks that
# each really uses the AOT cache the build made (it must hold wherever the app lands); removes the package again.
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
[[ -f $aot ]] || { echo "ci-check: FAIL the app-image has no AOT cache ($aot): did the training run fail?" >&2; exit 1; }
[[ -n $deb ]] || { echo "ci-check: FAIL no .deb in target/dist" >&2; exit 1; }
echo "ci-check: app-image $(du -sm target/dist/ivs-inspector | cut -f1) MB, $(basename "$deb") $(( $(stat -c %s "$deb") / 1048576 )) MB"

start_xvfb 1280x800 || { echo "ci-check: FAIL Xvfb did not start" >&2; exit 1; }

# Starts "$@" with no AWS set-up (empty HOME), waits for the window and checks that the JVM mapped the AOT
# cache; returns non-zero on failure.
check_window() {
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
    if grep -q "Using AOT-linked classes: true" "$aotlog"; then
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
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if (( !found )); then echo "--- output of $label:" >&2; tail -40 "$log" >&2; fi
  rm -rf "$home" "$log" "$aotlog"
  (( found ))
}

passed=0 failed=0
record() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }
record check_window "app-image" "$image" --demo
moved=$(mktemp -d)/elsewhere
cp -r target/dist/ivs-inspector "$moved"
record check_window "app-image moved elsewhere" "$moved/bin/ivs-inspector" --demo
rm -rf "$(dirname "$moved")"

if ! dpkg -i "$deb"; then
  # dpkg does not fetch dependencies: let apt add them (xdg-utils and the like) and finish the install.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -f
fi
record check_window "installed .deb" /opt/ivs-inspector/bin/ivs-inspector --demo
[[ -f /usr/share/applications/ivs-inspector-ivs-inspector.desktop ]] || ls /usr/share/applications | grep -i ivs || echo "ci-check: note: no desktop entry found in /usr/share/applications"
dpkg -r ivs-inspector >/dev/null
removed() { [[ ! -e /opt/ivs-inspector/bin/ivs-inspector ]] || { echo "ci-check: FAIL dpkg -r left /opt/ivs-inspector behind" >&2; return 1; }; }
record removed
echo "ci-check: $passed passed, $failed failed"
(( failed == 0 ))
