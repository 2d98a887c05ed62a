#!/usr/bin/env bash
# Exports the master icons/ivs-inspector.svg to every size the installers and the window use:
#   icons/png/ivs-inspector-<N>.png (16..1024), icons/ivs-inspector.ico (16..256), icons/ivs-inspector.icns
#   and src/main/resources/dev/ivsinspector/icons/ivs-inspector-<N>.png (16..512, for the Stage).
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
# The outputs are committed; run this again only after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
svg=ivs-inspector.svg
res=../src/main/resources/dev/ivsinspector/icons
mkdir -p png "$res"
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$n" -h "$n" "$svg" -o "png/ivs-inspector-$n.png"
done
for n in 16 24 32 48 64 128 256 512; do
  cp "png/ivs-inspector-$n.png" "$res/"
done
convert png/ivs-inspector-{16,24,32,48,64,128,256}.png ivs-inspector.ico
png2icns ivs-inspector.icns png/ivs-inspector-{16,32,48,128,256,512,1024}.png >/dev/null
ls -l ivs-inspector.ico ivs-inspector.icns png
