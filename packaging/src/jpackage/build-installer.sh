#!/usr/bin/env bash
# Builds Quarterdeck's jlinked runtime (with a CDS archive that includes the JavaFX classes), the app-image
# and, on Linux, the .deb. Called by Maven (packaging module, profile "installer") with:
#   build-installer.sh APP_TARGET OUT VERSION TYPES
# APP_TARGET is app/target (quarterdeck.jar + lib/), OUT the packaging output folder, TYPES e.g. "app-image deb"
# (Windows: "msi", macOS: "dmg"). Prints how long each step took.
set -euo pipefail

APP_TARGET=$(cd "$1" && pwd)
OUT=$(mkdir -p "$2" && cd "$2" && pwd)
VERSION=${3%%-*}          # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0
TYPES=${4:-app-image deb}
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,jdk.httpserver,jdk.jfr,jdk.net,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.zipfs,javafx.base,javafx.graphics,javafx.controls

step() { STEP_NAME=$1; STEP_START=$(date +%s%N); }
done_step() { echo "installer: ${STEP_NAME} $(( ($(date +%s%N) - STEP_START) / 1000000 )) ms"; }

rm -rf "$OUT/runtime" "$OUT/input" "$OUT/jfx" "$OUT/classlist" "$OUT/training" "$OUT/Quarterdeck" "$OUT"/*.deb
mkdir -p "$OUT/input" "$OUT/jfx"

# JavaFX: the platform jars are real modules (the plain javafx-*.jar are empty stand-ins); they go into the
# runtime, everything else onto the class path.
cp "$APP_TARGET/quarterdeck.jar" "$OUT/input/"
for jar in "$APP_TARGET"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) cp "$jar" "$OUT/jfx/" ;;
    javafx-*.jar) ;;
    *) cp "$jar" "$OUT/input/" ;;
  esac
done

SEP=":"; [ "${OS:-}" = Windows_NT ] && SEP=";"
step "jlink"
"$JAVA_HOME/bin/jlink" --module-path "$JAVA_HOME/jmods$SEP$OUT/jfx" --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"
# JavaFX's native libraries live inside its jars; jpackage computes the .deb's dependencies from the .so files
# in the runtime, so copy them next to the JDK's.
for jar in "$OUT"/jfx/*.jar; do
  (cd "$OUT/runtime/lib" && "$JAVA_HOME/bin/jar" xf "$jar" $(unzip -Z1 "$jar" | grep -E '\.(so|dll|dylib)$' || true))
done
done_step

# CDS: a class list from a training run (opening the demo workspace; with a display also the window), then a
# static archive of every JDK and JavaFX class it loaded, written as the runtime's default archive. It holds no
# class-path classes, so it stays valid wherever the app is installed.
step "cds"
TRAIN="$OUT/training"
mkdir -p "$TRAIN"
CP=$(ls "$OUT"/input/*.jar | tr '\n' "$SEP")
TRAIN_ARGS=(--demo --exit --data-dir "$TRAIN/data")
RUN=()
if command -v xvfb-run >/dev/null 2>&1 && [ "$(uname)" = Linux ]; then
  TRAIN_ARGS=(--demo --startup-report --data-dir "$TRAIN/data")
  RUN=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
train() {
  "$@" "$OUT/runtime/bin/java" -XX:DumpLoadedClassList="$OUT/classlist" -cp "$CP" dev.quarterdeck.app.Launcher \
    "${TRAIN_ARGS[@]}" > "$TRAIN/out.txt" 2>&1
}
if ! train "${RUN[@]}"; then
  echo "installer: the windowed training run failed (no display libraries?); training headless"
  TRAIN_ARGS=(--demo --exit --data-dir "$TRAIN/data-headless")
  train || { echo "installer: training run failed:"; cat "$TRAIN/out.txt"; exit 1; }
fi
"$OUT/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$OUT/classlist" \
  -XX:SharedArchiveFile="$OUT/runtime/lib/server/classes.jsa" > "$TRAIN/dump.txt" 2>&1
echo "installer: CDS archive $(du -h "$OUT/runtime/lib/server/classes.jsa" | cut -f1), $(wc -l < "$OUT/classlist") classes listed"
done_step

COMMON=(--name Quarterdeck --app-version "$VERSION" --vendor "Quarterdeck" --description "A local-first command center for people who run several projects"
  --input "$OUT/input" --main-jar quarterdeck.jar --main-class dev.quarterdeck.app.Launcher
  --runtime-image "$OUT/runtime" --java-options "-Xshare:auto" --dest "$OUT")
for type in $TYPES; do
  step "jpackage $type"
  case "$type" in
    app-image) "$JAVA_HOME/bin/jpackage" --type app-image "${COMMON[@]}" --icon "$HERE/quarterdeck.png" ;;
    deb) "$JAVA_HOME/bin/jpackage" --type deb "${COMMON[@]}" --icon "$HERE/quarterdeck.png" \
           --linux-package-name quarterdeck --linux-shortcut --linux-menu-group Office \
           --linux-app-category office --license-file "$HERE/../../../LICENSE" ;;
    msi) "$JAVA_HOME/bin/jpackage" --type msi "${COMMON[@]}" --win-menu --win-shortcut --win-dir-chooser \
           --win-upgrade-uuid 3f7c1c7e-5b7a-4c1e-9a53-5a4f7c2b9e11 ;;
    dmg) "$JAVA_HOME/bin/jpackage" --type dmg "${COMMON[@]}" --mac-package-name Quarterdeck ;;
    *) echo "installer: unknown type $type"; exit 2 ;;
  esac
  done_step
done
ls -la "$OUT" | grep -E '\.(deb|msi|dmg)$' || true
