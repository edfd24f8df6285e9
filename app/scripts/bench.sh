#!/usr/bin/env bash
# Desktop benchmark under Xvfb: prepares the demo practice and a busy practice (5 providers, a year
# of bookings) in a temporary folder, then measures cold start to a usable calendar, resident memory
# and week-view loads. Prints figures; asserts nothing.
# Usage: app/scripts/bench.sh [work folder]   Needs: xvfb, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=app/target/starlight-desk.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find app/src data/src -newer "$jar" -type f -print -quit)" ]]; then
  ./mvnw -B -q -pl app -am package -DskipTests
fi
work="${1:-$(mktemp -d)}"
run() { xvfb-run -a -s "-screen 0 1366x768x24" java -Dprism.order=sw -cp "$jar" com.starlightdesk.app.bench.DesktopBench "$@" 2>/dev/null; }
java -cp "$jar" com.starlightdesk.app.bench.DesktopBench prepare "$work" 2>/dev/null
for i in 1 2; do run coldstart "$work/demo" 0; done
for i in 1 2; do run coldstart "$work/demo" 2000; done
run weekload "$work/busy"
