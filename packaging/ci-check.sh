#!/usr/bin/env bash
# CI check for the installers. Builds the app-image and the .deb with the package profile,
# starts the app-image under Xvfb in the demo account and fails unless an "IVS Inspector" window is
# mapped within 20 s (or if the process dies first), and unless that first start makes the image's
# class-data archive within 60 s; starts it again with the archive; then installs the .deb with dpkg -i, starts the
# installed /opt/ivs-inspector/bin/ivs-inspector the same way, and removes the package again.
# Needs (Debian): xvfb xdotool libgtk-3-0 libxtst6 libxxf86vm1 fakeroot binutils.
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
# The app-image ships without its class-data archive: its first start makes it (ClassDataArchive), the
# next one maps it. (An archive is here only if this image was started before.)
jsa=target/dist/ivs-inspector/lib/app/ivs-inspector.jsa
rm -f "$jsa" "$jsa.classpath"
[[ -n $deb ]] || { echo "ci-check: FAIL no .deb in target/dist" >&2; exit 1; }
echo "ci-check: app-image $(du -sm target/dist/ivs-inspector | cut -f1) MB, $(basename "$deb") $(( $(stat -c %s "$deb") / 1048576 )) MB"

start_xvfb 1280x800 || { echo "ci-check: FAIL Xvfb did not start" >&2; exit 1; }

# Starts "$@" with no AWS set-up (empty HOME), waits for the window; returns non-zero on failure.
check_window() {
  local label=$1; shift
  local home log pid t0 found=0
  home=$(mktemp -d) log=$(mktemp)
  t0=$(date +%s%N)
  HOME=$home AWS_CONFIG_FILE=$home/none AWS_SHARED_CREDENTIALS_FILE=$home/none "$@" >"$log" 2>&1 &
  pid=$!
  while (( ($(date +%s%N) - t0) / 1000000 < timeout_s * 1000 )); do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    if xdotool search --onlyvisible --name "IVS Inspector" >/dev/null 2>&1; then found=1; break; fi
    sleep 0.1
  done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  if (( found )); then
    echo "ci-check: OK $label: window \"$(xdotool search --onlyvisible --name "IVS Inspector" getwindowname | head -1)\" after $ms ms"
    if [[ -n ${wait_for_file:-} ]]; then
      # The app keeps running while it makes the file in the background.
      for _ in $(seq 120); do [[ -f $wait_for_file ]] && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      if [[ -f $wait_for_file ]]; then
        echo "ci-check: OK $label: made $(basename "$wait_for_file") ($(du -m "$wait_for_file" | cut -f1) MB) after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
      else
        echo "ci-check: FAIL $label: no $wait_for_file within 60 s" >&2; found=0
      fi
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
  rm -rf "$home" "$log"
  (( found ))
}

wait_for_file=$jsa check_window "app-image, first start" "$image" --demo
check_window "app-image, with its archive" "$image" --demo

if ! dpkg -i "$deb"; then
  # dpkg does not fetch dependencies: let apt add them (xdg-utils and the like) and finish the install.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -f
fi
status=0
if [[ -f /opt/ivs-inspector/lib/app/ivs-inspector.jsa ]]; then
  echo "ci-check: OK postinst made the class-data archive ($(du -m /opt/ivs-inspector/lib/app/ivs-inspector.jsa | cut -f1) MB)"
else
  echo "ci-check: FAIL no class-data archive at /opt/ivs-inspector/lib/app after dpkg -i" >&2; status=1
fi
check_window "installed .deb" /opt/ivs-inspector/bin/ivs-inspector --demo || status=1
[[ -f /usr/share/applications/ivs-inspector-ivs-inspector.desktop ]] || ls /usr/share/applications | grep -i ivs || echo "ci-check: note: no desktop entry found in /usr/share/applications"
dpkg -r ivs-inspector >/dev/null
[[ ! -e /opt/ivs-inspector/bin/ivs-inspector ]] || { echo "ci-check: FAIL dpkg -r left /opt/ivs-inspector behind" >&2; status=1; }
if (( status == 0 )); then echo "ci-check: 3 passed, 0 failed"; else echo "ci-check: FAIL"; fi
exit $status
