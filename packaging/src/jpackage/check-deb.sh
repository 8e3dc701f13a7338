#!/usr/bin/env bash
# Unpacks the built .deb into a temporary folder and runs its launcher with --version: the installer check. Also
# checks that the package carries its desktop entry and icon.
#   check-deb.sh OUT   (the folder holding the .deb)
set -euo pipefail
DEB=$(ls "$1"/*.deb | head -1)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
dpkg-deb -x "$DEB" "$DIR"
fail() { echo "installer check FAILED: $*"; exit 1; }
for file in lib/quarterdeck-Quarterdeck.desktop lib/Quarterdeck.png lib/runtime/lib/server/classes.jsa; do
  [ -s "$DIR/opt/quarterdeck/$file" ] || fail "$(basename "$DEB") has no /opt/quarterdeck/$file"
done
OUT=$("$DIR/opt/quarterdeck/bin/Quarterdeck" --version) || fail "the launcher ended with status $?: $OUT"
case "$OUT" in
  "Quarterdeck "*) echo "installer check: $(basename "$DEB") ($(( $(stat -c %s "$DEB") / 1000000 )) MB) runs: $OUT" ;;
  *) fail "launcher printed '$OUT'" ;;
esac
