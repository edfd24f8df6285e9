#!/usr/bin/env bash
# Opening a chart of 500 entries (ChartBench, `./starlight bench chart`) under Xvfb with software rendering and
# the desktop app's memory options: the data read, each section's work, and the real window from the Enter that
# opens the chart to its front page drawn, p50/p95/max with the load average. Prints figures; asserts nothing.
# Usage: app/scripts/chart-bench.sh [--runs N] [--warm-up N] [--patients N] [--keep DIR]   Needs: xvfb, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench="$PWD/app/bench/target/starlight-bench.jar"
if [[ ! -f "$bench" ]] \
    || [[ -n "$(find pom.xml schema data sync app -path '*/target' -prune -o -newer "$bench" -type f -print -quit)" ]]; then
  ./mvnw -B -q -pl app/bench -am package -DskipTests
fi
# The app's heap and collector (app/scripts/desktop-java-options.sh), without its class-data archive.
xvfb-run -a -s "-screen 0 1366x768x24" java -XX:+UseSerialGC -Xmx256m -Xmn32m -Xss512k -Dprism.order=sw \
  -jar "$bench" chart "$@" 2>/dev/null
