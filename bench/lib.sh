# Shell helpers shared by the benchmark scripts, packaging/ci-check.sh and .ci/run. Only definitions: source it.

# Runs COMMAND when the script exits, after those registered before (a plain `trap ... EXIT` would replace them).
on_exit() { # COMMAND
  _on_exit+=("$1")
  trap 'for _c in "${_on_exit[@]}"; do eval "$_c" || true; done' EXIT
}
_on_exit=()

# The median of the numbers given as arguments (the mean of the middle two for an even count); n/a for none.
median() {
  printf '%s\n' "$@" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {
    if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# "lowest-highest" of the numbers given as arguments.
spread() {
  printf '%s\n' "$@" | grep -v '^$' | sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {print lo "-" hi}'
}

# True when the dynamic linker knows a library whose name contains NAME (any case, e.g. libgtk-3.so.0).
# The list is read whole: `ldconfig -p | grep -q` fails now and then under pipefail (grep exits at the first
# match, ldconfig gets SIGPIPE), which made a present library look missing.
has_library() { # NAME
  local all
  all=$(ldconfig -p)
  [[ ${all,,} == *"${1,,}"* ]]
}

# Ends the script with a hint when one of the commands is missing: need_tools "apt-get install xvfb" Xvfb xdpyinfo
need_tools() { # HINT TOOL...
  local hint=$1 tool
  shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "needs $tool ($hint)" >&2; exit 2; }
  done
}

# Starts a private Xvfb server of SIZE (default 1920x1200), exports DISPLAY, waits until it answers and stops
# it when the script exits. Started once per script, so its start-up is never part of a figure.
start_xvfb() { # [SIZE]
  local display=":$(( 90 + RANDOM % 200 ))"
  Xvfb "$display" -screen 0 "${1:-1920x1200}x24" -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  on_exit "kill $XVFB_PID 2>/dev/null"
  export DISPLAY=$display
  local _
  for _ in $(seq 100); do
    if command -v xdpyinfo >/dev/null; then xdpyinfo >/dev/null 2>&1 && return 0; elif [[ -e /tmp/.X11-unix/X${display#:} ]]; then return 0; fi
    sleep 0.1
  done
  echo "Xvfb did not start on $display" >&2
  return 1
}

# The java of a JDK 25, which the build compiles for: JAVA25_HOME, else one under /usr/lib/jvm, else `java`.
java25() {
  local candidate
  [[ -n ${JAVA25_HOME:-} && -x $JAVA25_HOME/bin/java ]] && { echo "$JAVA25_HOME/bin/java"; return 0; }
  for candidate in /usr/lib/jvm/*-25*/bin/java /usr/lib/jvm/*25*/bin/java; do
    [[ -x $candidate ]] && { echo "$candidate"; return 0; }
  done
  echo java
}
