#!/bin/sh
# Writes the Linux app-image's launcher, bin/<name>, as a shell script that starts the bundled runtime with what
# jpackage's launcher configuration (lib/app/<name>.cfg) says: the class path, the main class and the Java options.
# jpackage's own Linux launcher asks rpm and dpkg at every start which package owns it (to find its helper
# library), which costs a tenth of a second or more on a Debian or Ubuntu desktop before Java even starts
# (docs/PACKAGING.md). Usage: make-launcher.sh IMAGE_DIR NAME
set -eu
image=$1
name=$2
cfg="$image/lib/app/$name.cfg"
[ -f "$cfg" ] || { echo "make-launcher.sh: no $cfg" >&2; exit 1; }
# "$APPDIR" in the configuration stays a shell variable, set by the script to its own lib/app folder.
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd:)
mainclass=$(sed -n 's/^app\.mainclass=//p' "$cfg")
launcher="$image/bin/$name"
{
  echo '#!/bin/sh'
  echo "# Starts $name on its bundled Java runtime (written by packaging/linux/make-launcher.sh from lib/app/$name.cfg)."
  echo 'bin=$(dirname -- "$(readlink -f -- "$0")")'
  echo 'APPDIR=$(dirname -- "$bin")/lib/app'
  printf 'exec "$APPDIR/../runtime/bin/java"'
  printf ' \\\n  "-Djpackage.app-path=$bin/%s"' "$name"
  sed -n "s/^java-options=//p" "$cfg" | while IFS= read -r option; do
    case $option in *[\"\`\\]*) echo "make-launcher.sh: cannot quote the option $option" >&2; exit 1;; esac
    printf ' \\\n  "%s"' "$option"
  done
  printf ' \\\n  -cp "%s" \\\n  %s "$@"\n' "$classpath" "$mainclass"
} > "$launcher.tmp"
chmod 755 "$launcher.tmp"
mv "$launcher.tmp" "$launcher"
# Only jpackage's launcher used it.
rm -f "$image/lib/libapplauncher.so"
