#!/usr/bin/env bash
# Runs the real Quarterdeck window under a virtual X display (Xvfb), for humans without a desktop and for CI.
#
#   app/src/test/xvfb/run-window.sh startup [RUNS]       measure --startup-report RUNS times (default 5)
#   app/src/test/xvfb/run-window.sh screenshot [FILE]    start the window, wait until it is drawn and settled,
#                                                        save the screen to FILE (default /tmp/shot.png), stop it
#
# Needs the built jar (./mvnw -B -DskipTests package) and, on Debian/Ubuntu:
#   apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 imagemagick
# Environment: DATA_DIR (default: a new temporary folder; the demo workspace is created in it on first run),
# JAVA (default: java), JAVA_OPTS (extra JVM options), SCREEN (default: 1600x1000x24),
# SETTLE_SECONDS (default: 180; how long a screenshot may wait for the window to be drawn and settle).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${JAR:-$here/../../../target/quarterdeck.jar}"
java_cmd="${JAVA:-java}"
screen="${SCREEN:-1600x1000x24}"

die() { echo "run-window: $*" >&2; exit 1; }

[[ -f "$jar" ]] || die "no $jar; build it first: ./mvnw -B -DskipTests package"
command -v xvfb-run >/dev/null || die "xvfb-run is missing: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0"

data_dir="${DATA_DIR:-$(mktemp -d -t quarterdeck-xvfb.XXXXXX)}"

in_display() {
    # -a picks a free display number, so several runs (or CI jobs) can share the machine.
    xvfb-run -a -s "-screen 0 $screen" "$@"
}

startup() {
    local runs="${1:-5}" i line
    echo "data folder: $data_dir (run 1 creates the demo workspace)"
    for ((i = 1; i <= runs; i++)); do
        # shellcheck disable=SC2086
        line="$(in_display "$java_cmd" ${JAVA_OPTS:-} -jar "$jar" --startup-report --demo --data-dir "$data_dir" \
            | grep -E '^startup-(ms|error):' || true)"
        [[ -n "$line" ]] || die "run $i printed no startup-ms line"
        echo "run $i: $line"
    done
}

# Runs inside the virtual display: start the app, wait for a settled picture, save it, stop the app.
screenshot_inside() {
    local file="$1" previous="" current changed deadline
    command -v import >/dev/null || die "ImageMagick is missing: apt-get install -y --no-install-recommends imagemagick"
    # shellcheck disable=SC2086
    "$java_cmd" ${JAVA_OPTS:-} -jar "$jar" --demo --data-dir "$data_dir" &
    app_pid=$!
    trap 'kill "$app_pid" 2>/dev/null || true' EXIT
    deadline=$((SECONDS + ${SETTLE_SECONDS:-180}))
    while ((SECONDS < deadline)); do
        sleep 1
        kill -0 "$app_pid" 2>/dev/null || die "the application ended before a screenshot was taken"
        current="$(mktemp --suffix=.png)"
        import -window root "$current"
        # An empty X screen is one flat colour; wait for a drawn window whose picture stops changing
        # (the window shows first and loads its data in the background).
        if [[ "$(convert "$current" -format '%[fx:standard_deviation>0.01]' info:)" == 1 && -n "$previous" ]]; then
            changed="$(compare -metric AE "$previous" "$current" null: 2>&1 || true)"
            if [[ "$changed" == 0 ]]; then
                mv "$current" "$file"
                rm -f "$previous"
                echo "screenshot: $file"
                return 0
            fi
        fi
        rm -f "$previous"
        previous="$current"
    done
    die "the window did not settle within ${SETTLE_SECONDS:-180} s"
}

case "${1:-}" in
    startup) startup "${2:-5}" ;;
    screenshot) in_display "$0" _screenshot_inside "${2:-/tmp/shot.png}" ;;
    _screenshot_inside) screenshot_inside "$2" ;;
    *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
