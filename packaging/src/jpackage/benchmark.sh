#!/usr/bin/env bash
# The packaged start-up and memory benchmark (issue 7, Performance). Packages a bare JavaFX window the way
# Quarterdeck is packaged (jlinked runtime, CDS archive from a training run, the same launcher options), imports a
# workspace of TASKS tasks into a data folder with the packaged app (kept for later runs), then under one Xvfb display:
#   1. start-up: bare window and Quarterdeck alternately, RUNS times each (after one warm-up run of each), each
#      printing its own `startup-ms: N` (the frame after the first one with content, counted from the JVM's start);
#      medians and their ratio (target ≤ 1.3×), and the same for the CPU time each process had used by then;
#   2. memory: the resident set (VmRSS) of the bare window once drawn, and of Quarterdeck after opening every
#      section with Ctrl+1 … Ctrl+8 (xdotool), waiting for each to go quiet; the ratio (target ≤ 1.5×).
#
#   packaging/src/jpackage/benchmark.sh [RUNS] [TASKS]     (defaults 7 and 10000; TASKS at least 150)
#
# Needs the build (./mvnw -B -DskipTests verify: app jars, core's test jar, the compiled benchmark classes and the
# packaged app under packaging/target/installer) and xvfb, xdotool (apt-get install xvfb xauth xdotool libgtk-3-0);
# ImageMagick's `import`, when present, saves each section as a picture next to the results. Works in
# packaging/target/bench. Prints the load average before and after, since both figures are wall-clock times.
set -euo pipefail

RUNS=${1:-7}
TASKS=${2:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
TARGET=$ROOT/packaging/target
BENCH=$TARGET/bench
APP=$TARGET/installer/Quarterdeck/bin/Quarterdeck
SECTIONS=8

die() { echo "benchmark: $*" >&2; exit 1; }
for tool in Xvfb xdotool; do command -v "$tool" >/dev/null || die "$tool is missing (apt-get install xvfb xdotool)"; done
CORE_TESTS=$(ls "$ROOT"/core/target/quarterdeck-core-*-tests.jar 2>/dev/null | head -1)
[ -f "$ROOT/app/target/quarterdeck.jar" ] && [ -n "$CORE_TESTS" ] && [ -d "$TARGET/test-classes" ] \
  || die "build first: ./mvnw -B -DskipTests verify"
[ -x "$APP" ] || die "no packaged app at $APP; build it with ./mvnw -B -DskipTests verify"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$BENCH"
rm -rf "$BENCH/sections" "$BENCH/bare-input"
mkdir -p "$BENCH/bare-input/lib" "$BENCH/sections"

# The bare window, packaged like the app: its class and the app's StartupReport on the class path, JavaFX in the
# jlinked runtime, CDS archive from its own training run, the same launcher options. Rebuilt only when one of
# its inputs changed (it takes minutes on a busy machine).
(cd "$TARGET/test-classes" && jar cf "$BENCH/bare-input/bare-window.jar" dev/quarterdeck/packaging/bench/BareWindow.class)
cp "$ROOT/app/target/quarterdeck.jar" "$ROOT"/app/target/lib/javafx-*.jar "$BENCH/bare-input/lib/"
BARE=$BENCH/bare/BareWindow/bin/BareWindow
STAMP=$( (cat "$HERE/build-installer.sh" "$TARGET/test-classes/dev/quarterdeck/packaging/bench/BareWindow.class" \
  "$ROOT/app/target/classes/dev/quarterdeck/app/shell/StartupReport.class"; ls "$BENCH/bare-input/lib") | sha256sum | cut -c1-16)
if [ -x "$BARE" ] && [ "$(cat "$BENCH/bare/stamp" 2>/dev/null)" = "$STAMP" ]; then
  echo "bare window: packaged already (same inputs)"
else
  INSTALLER_NAME=BareWindow INSTALLER_MAIN_JAR=bare-window.jar \
    INSTALLER_MAIN_CLASS=dev.quarterdeck.packaging.bench.BareWindow INSTALLER_TRAINING=--startup-report \
    bash "$HERE/build-installer.sh" "$BENCH/bare-input" "$BENCH/bare" 1.0 app-image | sed 's/^/  bare window /'
  echo "$STAMP" > "$BENCH/bare/stamp"
fi

# The workspace: core's synthetic benchmark workspace as a JSON export, imported by the packaged app into a data
# folder kept for the next run with the same TASKS (the import of 10,000 tasks takes minutes on a busy machine;
# delete packaging/target/bench-data to start afresh).
DATA=$TARGET/bench-data/$TASKS-tasks
if [ ! -f "$DATA/imported" ]; then
  rm -rf "$DATA"
  java -cp "$TARGET/test-classes:$CORE_TESTS:$ROOT/app/target/lib/*" dev.quarterdeck.packaging.bench.BenchWorkspace \
    "$BENCH/workspace.json" "$TASKS"
  IMPORT_START=$(date +%s%N)
  if ! "$APP" --import "$BENCH/workspace.json" --data-dir "$DATA" 2>&1 | tail -3 | sed 's/^/  /'; then
    die "the import failed (its last lines above)"
  fi
  echo "import of $(du -h "$BENCH/workspace.json" | cut -f1) JSON by the packaged app: $(( ($(date +%s%N) - IMPORT_START) / 1000000 )) ms (whole process)"
  touch "$DATA/imported"
fi
echo "data folder: $DATA ($(du -sh "$DATA" | cut -f1))"

# One virtual display for every run.
exec 3> "$BENCH/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp > "$BENCH/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill "$XVFB" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$BENCH/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$BENCH/display")"

# Prints "MS CPU": the run's startup-ms, and the CPU seconds its process had used when the line appeared (read from
# /proc; the launcher runs the JVM in its own process). On a machine shared with other work the CPU figure is the
# steadier one; it leaves out the work after the report (closing the store), which wall-clock start-up does not see.
TICKS=$(getconf CLK_TCK)
# CPU seconds by thread (name from /proc, numbers folded: "C1 CompilerThre" and its siblings count as one), most first
threads_cpu() {
  for task in /proc/"$1"/task/*; do
    printf '%s\t%s\n' "$(sed 's/[0-9]*$//' "$task/comm")" "$(awk '{ print $14 + $15 }' "$task/stat")"
  done | awk -F '\t' -v t="$TICKS" '{ cpu[$1] += $2 } END { for (n in cpu) printf "%6.2f s  %s\n", cpu[n] / t, n }' \
    | sort -rn | head -10
}
startup_ms() {
  local pid line cpu="?"
  : > "$BENCH/last-out.txt"
  "$@" --startup-report > "$BENCH/last-out.txt" 2> "$BENCH/last-err.txt" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if [[ $(< "$BENCH/last-out.txt") == *startup-* ]]; then
      cpu=$(awk -v t="$TICKS" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$pid/stat" 2>/dev/null || echo "?")
      threads_cpu "$pid" > "$BENCH/last-threads.txt" 2>/dev/null || true
      break
    fi
    sleep 0.02
  done
  wait "$pid" || true
  line=$(grep -E '^startup-(ms|error):' "$BENCH/last-out.txt" || true)
  case "$line" in
    startup-ms:*) echo "${line#startup-ms: } $cpu" ;;
    *) cat "$BENCH/last-err.txt" >&2; die "no startup-ms from $1 (printed: '$line')" ;;
  esac
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

show() { echo "$1 ms (${2} s CPU)"; }
# shellcheck disable=SC2046
echo "start-up (startup-ms, and the CPU time used by then): bare window, then Quarterdeck with $TASKS tasks, alternately"
echo "  warm-up: bare $(show $(startup_ms "$BARE")), Quarterdeck $(show $(startup_ms "$APP" --data-dir "$DATA"))"
: > "$BENCH/bare-ms"; : > "$BENCH/app-ms"
for ((i = 1; i <= RUNS; i++)); do
  bare=$(startup_ms "$BARE"); echo "$bare" >> "$BENCH/bare-ms"
  app=$(startup_ms "$APP" --data-dir "$DATA"); echo "$app" >> "$BENCH/app-ms"
  # shellcheck disable=SC2086
  echo "  run $i: bare $(show $bare), Quarterdeck $(show $app)"
done
BARE_MS=$(cut -d' ' -f1 "$BENCH/bare-ms" | median); BARE_CPU=$(cut -d' ' -f2 "$BENCH/bare-ms" | median)
APP_MS=$(cut -d' ' -f1 "$BENCH/app-ms" | median); APP_CPU=$(cut -d' ' -f2 "$BENCH/app-ms" | median)
echo "start-up median: bare window $BARE_MS ms, Quarterdeck $APP_MS ms, ratio $(ratio "$APP_MS" "$BARE_MS") (target ≤ 1.30)"
echo "CPU median:      bare window $BARE_CPU s, Quarterdeck $APP_CPU s, ratio $(ratio "$APP_CPU" "$BARE_CPU")"
echo "where Quarterdeck's CPU went by its first frame (last run, by thread):"
sed 's/^/  /' "$BENCH/last-threads.txt"
awk -v total="${app#* }" '{ s += $1 } END { printf "  %6.2f s  the rest: threads that had ended (the store-opening one among them), smaller ones\n", total - s }' \
  "$BENCH/last-threads.txt"

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# Waits until the process has used under 5 % of a core for 2 s in a row (at most 60 s): drawn, loaded, idle.
settle() {
  local pid=$1 before after quiet=0
  for _ in $(seq 120); do
    before=$(cpu_ticks "$pid"); sleep 0.5; after=$(cpu_ticks "$pid")
    if (( after - before <= 2 )); then quiet=$((quiet + 1)); else quiet=0; fi
    (( quiet >= 4 )) && return 0
  done
  echo "  (still busy after 60 s)"
}
window_of() {
  local pid=$1 id
  for _ in $(seq 600); do
    id=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    kill -0 "$pid" 2>/dev/null || die "process $pid ended before showing a window"
    sleep 0.1
  done
  die "no window of process $pid after 60 s"
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

"$BARE" & bare_pid=$!
window_of "$bare_pid" > /dev/null; settle "$bare_pid"
BARE_KB=$(rss_kb "$bare_pid")
stop "$bare_pid"
echo "resident memory, bare window once drawn: $((BARE_KB / 1024)) MB"

"$APP" --data-dir "$DATA" & app_pid=$!
window=$(window_of "$app_pid"); settle "$app_pid"
echo "resident memory, Quarterdeck with $TASKS tasks, first screen: $(( $(rss_kb "$app_pid") / 1024 )) MB"
for ((s = 1; s <= SECTIONS; s++)); do
  xdotool windowfocus --sync "$window" key --clearmodifiers "ctrl+$s"
  settle "$app_pid"
  command -v import >/dev/null && import -window root "$BENCH/sections/section-$s.png"
  echo "  after Ctrl+$s: $(( $(rss_kb "$app_pid") / 1024 )) MB"
done
APP_KB=$(rss_kb "$app_pid")
stop "$app_pid"
echo "resident memory after every section: Quarterdeck $((APP_KB / 1024)) MB, bare window $((BARE_KB / 1024)) MB, ratio $(ratio "$APP_KB" "$BARE_KB") (target ≤ 1.50)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
