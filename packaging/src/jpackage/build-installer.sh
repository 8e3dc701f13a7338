#!/usr/bin/env bash
# Builds Quarterdeck's jlinked runtime (with a CDS archive that includes the JavaFX classes), the app-image
# and, on Linux, the .deb. Called by Maven (packaging module; see installer-check.sh) and by the CI matrix with:
#   build-installer.sh APP_TARGET OUT VERSION TYPES
# APP_TARGET is app/target (quarterdeck.jar + lib/), OUT the packaging output folder, TYPES e.g. "app-image deb"
# (Windows: "msi", macOS: "dmg"). Prints how long each step took.
#
# Environment (defaults in brackets), so that the benchmark can package its bare window the same way:
#   INSTALLER_NAME [Quarterdeck]  INSTALLER_MAIN_JAR [quarterdeck.jar]  INSTALLER_MAIN_CLASS [dev.quarterdeck.app.Launcher]
#   INSTALLER_TRAINING [--demo --startup-report]: arguments of the training run under Xvfb (data folder added for
#     Quarterdeck); without a display Quarterdeck trains with --demo --exit
#   INSTALLER_DEB_COMPRESSION [xz]: dpkg-deb's compressor, "xz" (smallest, Debian's default) or e.g. "zstd:3"
#     (the build's installer check: 30 times less CPU, a few MB larger; needs dpkg 1.21.10+ to build, and to install)
set -euo pipefail

APP_TARGET=$(cd "$1" && pwd)
OUT=$(mkdir -p "$2" && cd "$2" && pwd)
VERSION=${3%%-*}          # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0
TYPES=${4:-app-image deb}
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
NAME=${INSTALLER_NAME:-Quarterdeck}
MAIN_JAR=${INSTALLER_MAIN_JAR:-quarterdeck.jar}
MAIN_CLASS=${INSTALLER_MAIN_CLASS:-dev.quarterdeck.app.Launcher}
read -r -a TRAINING <<< "${INSTALLER_TRAINING:---demo --startup-report}"
DEB_COMPRESSION=${INSTALLER_DEB_COMPRESSION:-xz}
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,jdk.httpserver,jdk.jfr,jdk.net,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.zipfs,javafx.base,javafx.graphics,javafx.controls
# The launcher's JVM options, as ADR 0008 chose for a desktop start on few cores: the client compiler and the
# serial collector (the plain `java -jar` start gets the same through cli.TunedJvm). And a small initial heap: by
# default the JVM commits 1/64 of the machine's memory (384 MB on 24 GB) and the young generation soon touches
# all of it; from 64 MB the heap grows to what the workspace needs (benchmark.sh: 495 -> 384 MB resident with
# 10,000 tasks after every section, start-up unchanged).
JAVA_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m"

# CPU seconds used by the finished child processes so far (on a busy machine the wall time says little)
# (`times` in this shell, not in a command substitution, whose subshell has no finished children)
children_cpu() { times > "$OUT/.times"; CHILDREN_CPU=$(awk 'NR == 2 { gsub(/[ms]/, " "); print $1 * 60 + $2 + $3 * 60 + $4 }' "$OUT/.times"); }
step() { STEP_NAME=$1; STEP_START=$(date +%s%N); children_cpu; STEP_CPU=$CHILDREN_CPU; }
done_step() {
  children_cpu
  echo "installer: ${STEP_NAME} $(( ($(date +%s%N) - STEP_START) / 1000000 )) ms" \
    "($(awk -v a="$CHILDREN_CPU" -v b="$STEP_CPU" 'BEGIN { printf "%.1f", a - b }') s CPU; load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?))"
}

rm -rf "$OUT/.times" "$OUT/runtime" "$OUT/input" "$OUT/jfx" "$OUT/classlist" "$OUT/training" "${OUT:?}/$NAME" "$OUT"/*.deb
mkdir -p "$OUT/input" "$OUT/jfx"

# JavaFX: the platform jars are real modules (the plain javafx-*.jar are empty stand-ins); they go into the
# runtime, everything else onto the class path.
cp "$APP_TARGET/$MAIN_JAR" "$OUT/input/"
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
# in the runtime, so copy them next to the JDK's (only them: a jar without any stays out).
for jar in "$OUT"/jfx/*.jar; do
  natives=$("$JAVA_HOME/bin/jar" tf "$jar" | grep -E '\.(so|dll|dylib)$' || true)
  if [ -n "$natives" ]; then
    # shellcheck disable=SC2086
    (cd "$OUT/runtime/lib" && "$JAVA_HOME/bin/jar" xf "$jar" $natives)
  fi
done
done_step

# CDS: a class list from a training run (opening the demo workspace; with a display also the window), then a
# static archive of every JDK and JavaFX class it loaded, written as the runtime's default archive. It holds no
# class-path classes, so it stays valid wherever the app is installed.
step "cds"
TRAIN="$OUT/training"
mkdir -p "$TRAIN"
CP=$(ls "$OUT"/input/*.jar | tr '\n' "$SEP")
EXTRA=()
[ "$NAME" = Quarterdeck ] && EXTRA=(--data-dir "$TRAIN/data")
RUN=()
if command -v xvfb-run >/dev/null 2>&1 && [ "$(uname)" = Linux ]; then
  RUN=(xvfb-run -a -s "-screen 0 1400x900x24")
else
  TRAINING=(--demo --exit)
fi
train() {
  # shellcheck disable=SC2086
  "$@" "$OUT/runtime/bin/java" $JAVA_OPTIONS -XX:DumpLoadedClassList="$OUT/classlist" -cp "$CP" "$MAIN_CLASS" \
    "${TRAINING[@]}" "${EXTRA[@]}" > "$TRAIN/out.txt" 2>&1
}
if ! train "${RUN[@]}"; then
  [ "$NAME" = Quarterdeck ] || { echo "installer: training run failed:"; cat "$TRAIN/out.txt"; exit 1; }
  echo "installer: the windowed training run failed (no display libraries?); training headless"
  TRAINING=(--demo --exit)
  EXTRA=(--data-dir "$TRAIN/data-headless")
  train || { echo "installer: training run failed:"; cat "$TRAIN/out.txt"; exit 1; }
fi
# dumped with the default collector, so a user who picks G1 also gets the archived heap objects
"$OUT/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$OUT/classlist" \
  -XX:SharedArchiveFile="$OUT/runtime/lib/server/classes.jsa" > "$TRAIN/dump.txt" 2>&1
echo "installer: CDS archive $(du -h "$OUT/runtime/lib/server/classes.jsa" | cut -f1), $(wc -l < "$OUT/classlist") classes listed"
done_step

COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "Quarterdeck" --dest "$OUT"
  --description "A local-first command center for people who run several projects")
IMAGE=(--input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" --runtime-image "$OUT/runtime"
  --java-options "$JAVA_OPTIONS")
app_image() {
  step "jpackage app-image"
  "$JAVA_HOME/bin/jpackage" --type app-image "${COMMON[@]}" "${IMAGE[@]}" --icon "$HERE/quarterdeck.png"
  done_step
}
for type in $TYPES; do
  case "$type" in
    app-image) app_image ;;
    deb)
      # from the app-image (built first if not asked for): one copy of the runtime instead of two
      [ -d "$OUT/$NAME" ] || app_image
      step "jpackage deb ($DEB_COMPRESSION)"
      compressor=(DPKG_DEB_COMPRESSOR_TYPE="${DEB_COMPRESSION%%:*}")
      [[ $DEB_COMPRESSION == *:* ]] && compressor+=(DPKG_DEB_COMPRESSOR_LEVEL="${DEB_COMPRESSION#*:}")
      env "${compressor[@]}" "$JAVA_HOME/bin/jpackage" --type deb "${COMMON[@]}" --app-image "$OUT/$NAME" --icon "$HERE/quarterdeck.png" \
        --linux-package-name quarterdeck --linux-shortcut --linux-menu-group Office \
        --linux-app-category office --license-file "$HERE/../../../LICENSE"
      done_step ;;
    msi) step "jpackage msi"
         "$JAVA_HOME/bin/jpackage" --type msi "${COMMON[@]}" "${IMAGE[@]}" --win-menu --win-shortcut --win-dir-chooser \
           --win-upgrade-uuid 3f7c1c7e-5b7a-4c1e-9a53-5a4f7c2b9e11
         done_step ;;
    dmg) step "jpackage dmg"
         "$JAVA_HOME/bin/jpackage" --type dmg "${COMMON[@]}" "${IMAGE[@]}" --mac-package-name Quarterdeck
         done_step ;;
    *) echo "installer: unknown type $type"; exit 2 ;;
  esac
done
ls -la "$OUT" | grep -E '\.(deb|msi|dmg)$' || true
