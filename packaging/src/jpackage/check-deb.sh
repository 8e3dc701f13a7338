#!/usr/bin/env bash
# Unpacks the built .deb into a temporary folder and runs its launcher with --version: the installer check.
set -euo pipefail
DEB=$(ls "$1"/*.deb | head -1)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
dpkg-deb -x "$DEB" "$DIR"
OUT=$("$DIR/opt/quarterdeck/bin/Quarterdeck" --version)
case "$OUT" in
  "Quarterdeck "*) echo "installer check: $(basename "$DEB") ($(du -h "$DEB" | cut -f1)) runs: $OUT" ;;
  *) echo "installer check FAILED: launcher printed '$OUT'"; exit 1 ;;
esac
