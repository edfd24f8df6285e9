# The desktop app's JVM options, sourced by ../../starlight and by bench.sh (figures in
# app/DESKTOP.md, "Benchmark"). Not for the admin command line: imports and benches need more heap.
#
# - The serial collector, a 256 MB heap ceiling and a 32 MB young generation: the app holds about
#   35-45 MB after a collection; the JVM's default (G1, a quarter of RAM) grows the heap, and the
#   resident set, well before it collects, and a larger young generation is touched in full between
#   collections (about 50 MB more resident with the serial collector's default young size).
# - Not -XX:TieredStopAtLevel=1: without C2 the password's key derivation (PBKDF2, 600,000 rounds)
#   stays about six times slower (2.2-2.4 s instead of 0.3-0.5 s per unlock, measured).
# - A class-data archive of the app's own classes (AppCDS): with none, or one older than the jar, the JVM
#   is asked to write one when the app exits (-XX:ArchiveClassesAtExit), into a temporary name that
#   the launcher renames once the JVM is done; later starts map the classes from it instead of loading
#   and verifying them from the jar. The name carries a checksum of the java binary, so another JDK makes
#   its own archive. A stale or unreadable archive only costs the speed-up (-Xshare:auto).

# The heap and collector (the installers use them too: packaging/installer-options.sh), and the quieting of the
# JVM's notes on the archive.
desktop_memory_options=(-XX:+UseSerialGC -Xmx256m -Xmn32m -Xss512k)
desktop_cds_quiet_options=(-Xlog:cds=off -Xlog:cds+dynamic=off)

# desktop_java_options JAR JAVA_BIN: sets the array desktop_java_opts, and desktop_cds_new to the
# archive the JVM will write (empty when an archive is used).
desktop_java_options() {
  local jar="$1" java_bin="$2" java_real key
  desktop_java_opts=("${desktop_memory_options[@]}")
  desktop_cds_new=""
  java_real="$(readlink -f "$(command -v "$java_bin")" 2>/dev/null || echo "$java_bin")"
  key="$( { echo "$java_real"; ls -l --time-style=+%s "$java_real" 2>/dev/null; } | cksum | cut -d' ' -f1)"
  desktop_cds_archive="${jar%.jar}-$key.jsa"
  if [ -f "$desktop_cds_archive" ] && [ "$desktop_cds_archive" -nt "$jar" ]; then
    desktop_java_opts+=(-XX:SharedArchiveFile="$desktop_cds_archive" -Xshare:auto "${desktop_cds_quiet_options[@]}")
  elif [ -w "$(dirname "$jar")" ]; then
    desktop_cds_new="$desktop_cds_archive.$$.tmp"
    desktop_java_opts+=(-XX:ArchiveClassesAtExit="$desktop_cds_new" "${desktop_cds_quiet_options[@]}")
  fi
}

# desktop_cds_keep: after the JVM asked to write an archive has exited, puts the archive in place.
desktop_cds_keep() {
  if [ -n "${desktop_cds_new:-}" ] && [ -s "$desktop_cds_new" ]; then
    mv -f "$desktop_cds_new" "$desktop_cds_archive"
  fi
  [ -n "${desktop_cds_new:-}" ] && rm -f "$desktop_cds_new"
  return 0
}
