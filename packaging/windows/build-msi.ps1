# Builds the Windows .msi of Starlight Desk. Runs on Windows 10/11 only (jpackage makes an .msi on Windows,
# and the product jar holds JavaFX's native libraries of the system that built it), with a JDK 17 that has
# jmods on the PATH and the WiX Toolset 3.14 (candle.exe, light.exe) on the PATH. Reads the same input,
# modules, entry point and desktop JVM options as the Linux build from packaging/installer-options.sh and
# app/scripts/desktop-java-options.sh, so the three installers cannot drift apart. No class-data archive
# is shipped on Windows: the archive must be made against the installed jar (see packaging/build-installers).
# Signing (README, "Installers"): set STARLIGHT_SIGNTOOL_CERT to the certificate's SHA-1 thumbprint in the
# machine's store; the .msi is then signed with signtool and time-stamped.
# Usage: powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1
$ErrorActionPreference = 'Stop'
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root

function Read-ShellValue([string]$file, [string]$name) {
    $line = Select-String -Path $file -Pattern "^$name=(.*)$" | Select-Object -First 1
    if (-not $line) { throw "$name is not set in $file" }
    return $line.Matches[0].Groups[1].Value.Trim('(', ')', '"')
}
$modules = Read-ShellValue 'packaging\installer-options.sh' 'installer_modules'
$memory = Read-ShellValue 'app\scripts\desktop-java-options.sh' 'desktop_memory_options'
$version = (Select-String -Path pom.xml -Pattern '^  <version>(.*)</version>' | Select-Object -First 1).Matches[0].Groups[1].Value -replace '-SNAPSHOT$', ''

& .\mvnw.cmd -B -q -DskipTests -pl app -am package
if ($LASTEXITCODE -ne 0) { throw 'the product jar did not build' }
$out = "$root\packaging\target"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$out\input" | Out-Null
Copy-Item app\target\starlight-desk.jar "$out\input\"

# The upgrade code stays the same for every release, so an .msi of a newer release replaces the older one.
jpackage --type msi --dest $out --name starlight-desk --input "$out\input" --main-jar starlight-desk.jar `
  --main-class com.starlightdesk.app.Launcher --vendor 'Starlight Desk' --copyright 'Starlight Desk' `
  --description 'Practice management for a pediatric direct-primary-care practice' --app-version $version `
  --add-modules $modules `
  --jlink-options '--strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=2' `
  --java-options $memory --icon packaging\icons\starlight-desk.ico `
  --add-launcher starlight=packaging\windows\starlight-launcher.properties `
  --win-menu --win-menu-group 'Starlight Desk' --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid 6f1c2a8e-3d4b-4e2f-9a51-7c0d8b2e4f10
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
$msi = Get-ChildItem "$out\*.msi" | Select-Object -First 1
if ($env:STARLIGHT_SIGNTOOL_CERT) {
    signtool sign /sha1 $env:STARLIGHT_SIGNTOOL_CERT /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $msi.FullName
    if ($LASTEXITCODE -ne 0) { throw 'signing failed' }
}
Get-Item $msi.FullName
