#!/usr/bin/env bash
source "$(dirname "$0")/common.sh"
"$JAVA" "${APP_JVM_FLAGS[@]}" "${MONOCLE_FLAGS[@]}" -XX:NativeMemoryTracking=summary -cp "$BENCH_CP" 'dev.ivsinspector.bench.BareWindow$Main' &
sleep 4; /usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd $! VM.native_memory summary > /tmp/nmt-bare.txt; grep -E 'VmHWM|RssAnon|RssFile' /proc/$!/status; pmap -x $! > /tmp/pmap-bare.txt; kill $!
