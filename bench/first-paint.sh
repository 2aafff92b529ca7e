#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The window's open to first paint against an empty Qt Widgets window, from outside the
# process (issue #18, docs/performance.md, "Session 9: the window's first paint"): for each
# FILE, `accreditation-desk --quit-after-first-paint FILE` (offscreen) and
# `bench/empty-window`, alternately, RUNS times (default 9), and with AD_BENCH_BEFORE=PROGRAM
# another build's accreditation-desk in the same series. Printed: the median and minimum
# wall clock, the median CPU time (user + system, from wait4, which moves far less than the
# wall clock with other processes' load), the peak memory (max RSS), and each program's CPU
# time over the empty window's.
#
#   bench/first-paint.sh BUILD_DIR FILE...      # AD_BENCH_RUNS=9 by default
#   AD_BENCH_BEFORE=old-build/app/accreditation-desk bench/first-paint.sh build demo.accred c10000.accred
#
# BUILD_DIR needs app/accreditation-desk and bench/empty-window (-DWITH_BENCHMARKS=ON).
# Each FILE is copied first (a run takes the editing lease); the settings (remembered
# splitters, recent files) are a fresh folder's, as on a first start.
set -eu

[ $# -ge 2 ] || { echo "usage: bench/first-paint.sh BUILD_DIR FILE..." >&2; exit 2; }
build=$1
shift
runs=${AD_BENCH_RUNS:-9}
app=$(realpath "$build/app/accreditation-desk")
empty=$(realpath "$build/bench/empty-window")
before=
[ -z "${AD_BENCH_BEFORE:-}" ] || before=$(realpath "$AD_BENCH_BEFORE")
command -v python3 >/dev/null || { echo "python3 is missing (for the timing)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/config" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=offscreen
copies=
for file in "$@"; do
    [ -f "$file" ] || { echo "No file $file" >&2; exit 2; }
    cp "$file" "$work/$(basename "$file")"
    copies="$copies $work/$(basename "$file")"
done

echo "== load before: $(cat /proc/loadavg)"
# shellcheck disable=SC2086
python3 - "$app" "$empty" "$before" "$runs" $copies <<'PY'
import os, statistics, subprocess, sys, time
app, empty, before, runs, files = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]

def once(argv):
    """Wall-clock and CPU (user + system) milliseconds, and peak memory (MB), of one whole process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    took = (time.perf_counter() - start) * 1000
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed")
    return took, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024

for f in files:
    cases = [("empty window", [empty])]
    if before:
        cases.append(("before", [before, "--quit-after-first-paint", f]))
    cases.append(("accreditation-desk", [app, "--quit-after-first-paint", f]))
    for _, argv in cases:  # warm the page cache
        once(argv)
    times = {name: [] for name, _ in cases}
    for _ in range(runs):  # alternately, so that a burst of load hits every case alike
        for name, argv in cases:
            times[name].append(once(argv))
    print(f"{os.path.basename(f)}:")
    print(f"| what | wall, median of {runs} (ms) | wall, min | CPU, median (ms) | CPU, min | peak (MB) | CPU / empty window |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    floor = statistics.median(c for _, c, _ in times["empty window"])
    for name, t in times.items():
        cpu = statistics.median(c for _, c, _ in t)
        print(f"| {name} | {statistics.median(w for w, _, _ in t):.0f} | {min(w for w, _, _ in t):.0f} | "
              f"{cpu:.0f} | {min(c for _, c, _ in t):.0f} | {max(m for _, _, m in t):.0f} | {cpu / floor:.1f}x |")
PY
echo "== load after: $(cat /proc/loadavg)"
