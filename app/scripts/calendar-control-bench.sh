#!/usr/bin/env bash
# CalendarFX's week view against the app's WeekGrid on the busy practice (5 providers, a year of
# bookings), each run in its own JVM under Xvfb; see docs/decisions/calendar-control.md.
# Prints figures; asserts nothing. CalendarFX is a dependency of the bench module (app/bench) only: it is
# not in the product.
# Usage: app/scripts/calendar-control-bench.sh [work folder]   Needs: xvfb, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-$(mktemp -d)}"
./mvnw -B -q -pl app/bench -am package -DskipTests
bench=app/bench/target/starlight-bench.jar
java -jar "$bench" desktop prepare "$work" 2>/dev/null
for round in 1 2; do
  for mode in grid calendarfx-week calendarfx-year; do
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    xvfb-run -a -s "-screen 0 1366x768x24" java -Dprism.order=sw -jar "$bench" \
      calendar-control "$mode" "$work/busy" 2>/dev/null
  done
done
