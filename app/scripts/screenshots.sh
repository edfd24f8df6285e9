#!/usr/bin/env bash
# Takes screenshots of the desktop app at 1366x768 under Xvfb, on a temporary data folder holding the
# demo practice: sign-in, calendar week, month and day, patient search and summary, the Conflicts screen,
# the Reports hub, its immunization recall lists, A/R aging and membership revenue (MRR) charts, the Billing place (memberships, enrol, run preview, age-band changes), the Patients list and a chart on each section with its forms, the front desk's chart, printouts (pdf/),
# each page of Settings, the lock screen; then a new practice: its setup checklist and its Settings.
# Usage: app/scripts/screenshots.sh [output folder]   (default: app/target/screenshots)
# Needs: xvfb and libgtk-3-0 (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-app/target/screenshots}"
jar=app/target/starlight-desk.jar
bench="app/bench/target/starlight-bench.jar"
if [[ ! -f "$jar" ]] || [[ ! -f "$bench" ]] \
    || [[ -n "$(find pom.xml schema data sync app -path '*/target' -prune -o -newer "$bench" -type f -print -quit)" ]]; then
  ./mvnw -B -q -pl app/bench -am package -DskipTests
fi
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -jar "$bench" screenshots "$data" "$out"
