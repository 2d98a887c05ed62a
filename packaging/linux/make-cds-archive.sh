#!/bin/sh
# Makes the class-data archive lib/app/ivs-inspector.jsa of the installed app from the class list that the
# package build recorded in a training run (lib/app/cds/ivs-inspector.classlist). The archive lets the JVM
# map the classes that start-up needs instead of loading them one by one. It is tied to the paths of the
# jars, so it is made where the app lives: by the package build for the app-image, by the .deb's postinst
# at /opt/ivs-inspector. Without it the app still runs, only slower to start.
set -e
app=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$app/../.." && pwd)
cfg=$(ls "$app"/*.cfg | head -n 1)
# The class path exactly as the launcher builds it from the .cfg, in the same order.
cp=$(sed -n "s|^app.classpath=\\\$APPDIR/|$app/|p" "$cfg" | tr '\n' ':' | sed 's/:$//')
rm -f "$app/ivs-inspector.jsa"
"$root/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:SharedClassListFile="$app/cds/ivs-inspector.classlist" \
  -XX:SharedArchiveFile="$app/ivs-inspector.jsa" -cp "$cp" >/dev/null 2>&1
chmod 644 "$app/ivs-inspector.jsa"
