#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Times opening a file from outside the process (issue #18, docs/performance.md): the demo
# file and the same file with MB megabytes of attached documents, each opened by a whole
# `accreditation-desk-cli profile` process (a read-only command that reads little beyond
# what every open reads), alternately, median of RUNS runs each. The target: the documents'
# size adds nothing (within 10 %). Wall clock and CPU time (user + system) are given, the
# latter because it hardly moves with other processes' load. For reference it also times SQLite's whole-file quick
# check of each file with the sqlite3 tool, the check every open ran before.
#
#   bench/open.sh [BUILD_DIR] [MB]      # AD_BENCH_RUNS=15 by default
#
# BUILD_DIR (default build-bench) must hold bench/bench_open (WITH_BENCHMARKS=ON) and
# app/accreditation-desk-cli. The files are made in a temporary folder and removed after;
# set AD_BENCH_KEEP=DIR to make them there and keep them (later runs reuse them).
set -eu

build=${1:-build-bench}
mb=${2:-1000}
runs=${AD_BENCH_RUNS:-15}
cli=$(realpath "$build/app/accreditation-desk-cli")
make=$(realpath "$build/bench/bench_open")
command -v python3 >/dev/null || { echo "python3 is missing (for the timing)" >&2; exit 2; }

if [ -n "${AD_BENCH_KEEP:-}" ]; then
    work=$AD_BENCH_KEEP
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT INT TERM
fi
if [ ! -f "$work/demo-with-documents.accred" ]; then
    echo "== making the files ($mb MB of documents) in $work"
    start=$(date +%s)
    "$make" --mb "$mb" --files-in "$work" >/dev/null
    echo "   took $(( $(date +%s) - start )) s"
fi
ls -l "$work"/*.accred

echo "== load before: $(cat /proc/loadavg)"
python3 - "$cli" "$runs" "$work/demo.accred" "$work/demo-with-documents.accred" <<'PY'
import os, shutil, statistics, subprocess, sys, time
cli, runs, plain, heavy = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

def once(argv):
    """Wall-clock and CPU (user + system) milliseconds of one whole process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    took = (time.perf_counter() - start) * 1000
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed")
    return took, (usage.ru_utime + usage.ru_stime) * 1000

cases = [("profile, demo file", [cli, "profile", plain]),
         ("profile, demo file + documents", [cli, "profile", heavy])]
if shutil.which("sqlite3"):
    cases += [("sqlite3 PRAGMA quick_check, demo file", ["sqlite3", "-readonly", plain, "PRAGMA quick_check"]),
              ("sqlite3 PRAGMA quick_check, demo file + documents",
               ["sqlite3", "-readonly", heavy, "PRAGMA quick_check"])]
times = {name: [] for name, _ in cases}
for name, argv in cases:  # warm the page cache: both files are read from memory
    once(argv)
for _ in range(runs):  # alternately, so that a burst of load hits every case alike
    for name, argv in cases:
        times[name].append(once(argv))
# On a shared machine the wall clock moves with the others' load; the CPU time the process
# used (user + system, from wait4) moves far less, so both are given.
print(f"| what | wall, median of {runs} (ms) | wall, min | CPU, median (ms) | CPU, min |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, _ in cases:
    wall = [w for w, _ in times[name]]
    cpu = [c for _, c in times[name]]
    print(f"| {name} | {statistics.median(wall):.1f} | {min(wall):.1f} | {statistics.median(cpu):.1f} | "
          f"{min(cpu):.1f} |")
for i, what in ((0, "wall"), (1, "CPU")):
    a = statistics.median(t[i] for t in times["profile, demo file"])
    b = statistics.median(t[i] for t in times["profile, demo file + documents"])
    print(f"{what}: with documents / without = {b / a:.2f} (target: at most 1.10)")
PY
echo "== load after: $(cat /proc/loadavg)"
