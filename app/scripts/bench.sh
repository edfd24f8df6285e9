#!/usr/bin/env bash
# Desktop benchmark under Xvfb: prepares the demo practice and a busy practice (5 providers, a year
# of bookings) in a temporary folder, then measures cold start to a usable calendar, resident memory
# and week-view loads, with the launcher's JVM options (app/scripts/desktop-java-options.sh) and, for
# comparison, with the JVM's defaults. Prints figures with the load average; asserts nothing. The class
# path is the product jar followed by the bench jar (app/bench, not shipped), with a class-data archive of
# its own beside the bench jar.
# Usage: app/scripts/bench.sh [work folder]   Needs: xvfb, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar="$PWD/app/target/starlight-desk.jar"
bench="$PWD/app/bench/target/starlight-bench.jar"
if [[ ! -f "$jar" ]] || [[ ! -f "$bench" ]] \
    || [[ -n "$(find pom.xml schema data sync app -path '*/target' -prune -o -newer "$bench" -type f -print -quit)" ]]; then
  ./mvnw -B -q -pl app/bench -am package -DskipTests
fi
. app/scripts/desktop-java-options.sh
work="${1:-$(mktemp -d)}"
run() {
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  xvfb-run -a -s "-screen 0 1366x768x24" java ${desktop_java_opts[@]+"${desktop_java_opts[@]}"} -Dprism.order=sw \
    -cp "$jar:$bench" com.starlightdesk.bench.desktop.DesktopBench "$@" 2>/dev/null
}
java -cp "$jar:$bench" com.starlightdesk.bench.desktop.DesktopBench prepare "$work" 2>/dev/null
# The archive is made for the bench jar: one older than either jar is made again.
[[ "$jar" -nt "$bench" ]] && touch "$bench"
desktop_java_options "$bench" java
if [[ -n "$desktop_cds_new" ]]; then
  echo "First start with this jar: the JVM writes the class-data archive when it exits."
  run coldstart "$work/demo" 2000
  desktop_cds_keep
  desktop_java_options "$bench" java
fi
echo "Launcher options: ${desktop_java_opts[*]}"
for i in 1 2; do run coldstart "$work/demo" 0; done
for i in 1 2; do run coldstart "$work/demo" 2000; done
for i in 1 2; do run weekload "$work/busy"; done
echo "JVM defaults (no launcher options), for comparison:"
desktop_java_opts=()
for i in 1 2; do run coldstart "$work/demo" 2000; done
