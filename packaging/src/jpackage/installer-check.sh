#!/usr/bin/env bash
# The build's installer check (packaging module, phase verify of `./mvnw -B verify`): builds the app-image and the
# .deb under OUT with build-installer.sh, then unpacks the .deb into a temporary folder and runs its launcher with
# --version (check-deb.sh); any failure fails the build. Where the tools are missing it says why and skips.
#   installer-check.sh APP_TARGET OUT VERSION COMPRESSION
set -euo pipefail
APP_TARGET=$1 OUT=$2 VERSION=$3 COMPRESSION=$4
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

skip() { echo "installer check skipped: $*"; exit 0; }
[ "$(uname)" = Linux ] || skip "the .deb is built on Linux only (this is $(uname)); other systems: see README, Installer"
[ -x "$JAVA_HOME/bin/jpackage" ] || skip "no jpackage in $JAVA_HOME (a JDK 17+ has it)"
[ -d "$JAVA_HOME/jmods" ] || skip "no jmods in $JAVA_HOME, so jlink cannot build a runtime (Debian/Ubuntu: openjdk-17-jdk)"
# jlink's --strip-debug runs objcopy on Linux; jpackage builds the .deb with dpkg-deb under fakeroot
for tool in objcopy dpkg-deb fakeroot; do
  command -v "$tool" >/dev/null 2>&1 || skip "no $tool on the PATH (Debian/Ubuntu: apt-get install binutils dpkg fakeroot)"
done

START=$(date +%s)
INSTALLER_DEB_COMPRESSION=$COMPRESSION bash "$HERE/build-installer.sh" "$APP_TARGET" "$OUT" "$VERSION" "deb"
bash "$HERE/check-deb.sh" "$OUT"
echo "installer check: $(( $(date +%s) - START )) s in all"
