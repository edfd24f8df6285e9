#!/usr/bin/env bash
# CalendarFX's week view against the app's WeekGrid on the busy practice (5 providers, a year of
# bookings), each run in its own JVM under Xvfb; see docs/decisions/calendar-control.md.
# Prints figures; asserts nothing. CalendarFX is a test-scope dependency: it is not in the product.
# Usage: app/scripts/calendar-control-bench.sh [work folder]   Needs: xvfb, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-$(mktemp -d)}"
cp_file="$(mktemp)"
./mvnw -B -q -pl app -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
cp="app/target/test-classes:app/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
java -cp "$cp" com.starlightdesk.app.bench.DesktopBench prepare "$work" 2>/dev/null
for round in 1 2; do
  for mode in grid calendarfx-week calendarfx-year; do
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    xvfb-run -a -s "-screen 0 1366x768x24" java -Dprism.order=sw -cp "$cp" \
      com.starlightdesk.app.calendar.WeekControlBench "$mode" "$work/busy" 2>/dev/null
  done
done
