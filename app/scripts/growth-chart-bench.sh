#!/usr/bin/env bash
# The growth chart with 40 of a child's points, drawn in a 1366x768 window under Xvfb with software
# rendering: the chart's figures, its layout and its render, p50/p95 (GrowthChartBench). Two runs, each
# with the load average it ran at. Prints figures; asserts nothing.
# Usage: app/scripts/growth-chart-bench.sh [snapshot folder]   Needs: xvfb, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl app/bench -am package -DskipTests
bench=app/bench/target/starlight-bench.jar
for round in 1 2; do
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  xvfb-run -a -s "-screen 0 1366x768x24" java -Dprism.order=sw -jar "$bench" growth-chart ${1:+"$1"} 2>/dev/null
done
