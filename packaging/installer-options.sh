# What every installer of Starlight Desk shares (sourced by packaging/build-installers and by the macOS
# build; packaging/windows/build-msi.ps1 holds the same values, checked by packaging/check-options).

# The Java modules the product uses: jdeps --print-module-deps on the product jar, plus two it loads by
# name, jdk.crypto.ec (TLS to the practice's server) and jdk.charsets (import files in other encodings).
installer_modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.scripting,java.security.jgss,java.sql,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.net,jdk.unsupported

installer_maintainer="support@starlightdesk.example"
installer_linux_deps="libgtk-3-0, libfontconfig1"

# The app image's name, entry point and description (the launcher: bin/starlight-desk).
installer_common_options=(--name starlight-desk --input packaging/target/input --main-jar starlight-desk.jar
  --main-class com.starlightdesk.app.Launcher --vendor "Starlight Desk"
  --description "Practice management for a pediatric direct-primary-care practice"
  --copyright "Starlight Desk")
installer_package_options=(--name starlight-desk --vendor "Starlight Desk"
  --description "Practice management for a pediatric direct-primary-care practice"
  --copyright "Starlight Desk")

# installer_version POM: the release version from the pom, without -SNAPSHOT (installers need numbers).
installer_version() {
  sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$1" | head -n 1 | sed 's/-SNAPSHOT$//'
}

# installer_desktop_java_options APPDIR: the desktop app's JVM options as one jpackage --java-options
# value: those of ./starlight (app/scripts/desktop-java-options.sh) with the class-data archive made at
# build time in APPDIR.
installer_desktop_java_options() {
  echo "${desktop_memory_options[*]} -XX:SharedArchiveFile=$1/starlight-desk.jsa -Xshare:auto ${desktop_cds_quiet_options[*]}"
}
