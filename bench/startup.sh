#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Times start-up from outside, as a user waits for it: `accreditation-desk
# --quit-after-first-paint FILE` against the empty-window baseline (a bare Qt window that
# quits after its first paint), with hyperfine, under a private Xvfb server and under
# QT_QPA_PLATFORM=offscreen. See docs/performance.md.
#
#   bench/startup.sh [BUILD_DIR] [FILE]
#
# BUILD_DIR defaults to build-bench, FILE to the file its `bench_file` target makes. FILE is
# copied first: the runs take the editing lease and make daily backups, and the "first open
# of the day" runs delete the copy's backups, which must never happen to a real file.
set -eu

build=${1:-build-bench}
file=${2:-$build/bench/candidates-10000.accred}
runs=${AD_BENCH_RUNS:-30}
app=$(realpath "$build/app/accreditation-desk")
cli=$(realpath "$build/app/accreditation-desk-cli")
empty=$(realpath "$build/bench/empty-window")

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is missing (for the summary)" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install xvfb" >&2; exit 2; }
[ -f "$file" ] || { echo "No file $file: run ninja -C $build bench_file" >&2; exit 2; }

work=$(mktemp -d)
xvfb=
cleanup() {
    [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

cp "$file" "$work/bench.accred"
copy=$work/bench.accred
# The application's own cost with nothing to show: a new file without candidates.
"$cli" init "$work/empty.accred" >/dev/null
# The user's own settings stay untouched, and every run starts from the same ones.
mkdir -p "$work/config" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"

# One server for all runs: starting Xvfb per run (xvfb-run) would be timed with them.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -s "$work/display" ] && break
    sleep 0.5
done
[ -s "$work/display" ] || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
display=:$(cat "$work/display")

# Other processes on a 2-core machine show up in every figure: say how busy it was.
echo "== load before: $(cat /proc/loadavg)"
echo "== Xvfb ($display): start-up to the first paint, then quit"
DISPLAY=$display QT_QPA_PLATFORM=xcb hyperfine -N --warmup 3 --runs "$runs" \
    --export-json "$work/xvfb.json" \
    -n "empty window" "$empty" \
    -n "accreditation-desk, file without candidates" "$app --quit-after-first-paint $work/empty.accred" \
    -n "accreditation-desk, 10,000 candidates" "$app --quit-after-first-paint $copy"

echo "== offscreen: the same without any display server"
QT_QPA_PLATFORM=offscreen hyperfine -N --warmup 3 --runs "$runs" \
    --export-json "$work/offscreen.json" \
    -n "empty window" "$empty" \
    -n "accreditation-desk, 10,000 candidates" "$app --quit-after-first-paint $copy"

echo "== Xvfb: the first open of the day, which first copies the file as the day's backup"
DISPLAY=$display QT_QPA_PLATFORM=xcb hyperfine -N --warmup 1 --runs 10 \
    --prepare "rm -rf $work/bench-backups" \
    --export-json "$work/first-of-day.json" \
    -n "accreditation-desk, first open of the day" "$app --quit-after-first-paint $copy"

echo "== load after: $(cat /proc/loadavg)"
echo
echo "| platform | command | median ms | min ms | max ms | σ ms | runs |"
echo "|---|---|---:|---:|---:|---:|---:|"
for table in xvfb offscreen first-of-day; do
    python3 - "$table" "$work/$table.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[2]))["results"]:
    ms = [t * 1000 for t in r["times"]]
    print(f"| {sys.argv[1]} | {r['command']} | {r['median'] * 1000:.0f} | {min(ms):.0f} | {max(ms):.0f} "
          f"| {r['stddev'] * 1000:.0f} | {len(ms)} |")
EOF
done
