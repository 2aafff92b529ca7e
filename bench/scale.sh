#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# How the register's everyday reads grow with the file (issue #18, docs/performance.md,
# "Growing the file"): for each size N (default 1,000, 10,000 and 100,000), N generated
# applications (`generate-candidates --csv`) are imported into a fresh copy of the demo file,
# then each of these is timed as a whole process, alternately, RUNS times (default 7):
#
#   list     accreditation-desk-cli candidates FILE --json
#   search   accreditation-desk-cli candidates FILE --search tanaka --json
#   open     accreditation-desk --quit-after-first-paint FILE   (offscreen; skipped if absent)
#   sqlite3 list / sqlite3 search: the sqlite3 process reading the same rows, the floor
#
# Then the filter, in the window's process: one quick-filter keystroke (`bench_register
# keystroke`, AD_BENCH_FILE=the file, -median RUNS; skipped if bench/bench_register is absent),
# each keystroke of its list ("m", "mar", "elodie", "xq", cleared) timed in the process.
#
# Printed: the median and minimum wall clock, the median CPU time (user + system, from wait4,
# which moves far less than the wall clock with other processes' load) and the peak memory
# (max RSS) of each, and each figure's growth per 10x candidates.
#
#   bench/scale.sh [BUILD_DIR] [SIZES]      # AD_BENCH_RUNS=7 by default
#   bench/scale.sh build-bench "1000 10000 100000"
#
# BUILD_DIR (default build-bench) needs app/accreditation-desk-cli and
# bench/generate-candidates (configure with -DWITH_BENCHMARKS=ON); app/accreditation-desk
# is optional. Files are made in a temporary folder (AD_BENCH_KEEP=DIR: there, and kept and
# reused). The import makes about 3.6 MB a 1,000 candidates.
set -eu

build=${1:-build-bench}
sizes=${2:-1000 10000 100000}
runs=${AD_BENCH_RUNS:-7}
cli=$(realpath "$build/app/accreditation-desk-cli")
generate=$(realpath "$build/bench/generate-candidates")
app=
[ -x "$build/app/accreditation-desk" ] && app=$(realpath "$build/app/accreditation-desk")
register=
[ -x "$build/bench/bench_register" ] && register=$(realpath "$build/bench/bench_register")
command -v python3 >/dev/null || { echo "python3 is missing (for the timing)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 2; }

if [ -n "${AD_BENCH_KEEP:-}" ]; then
    work=$AD_BENCH_KEEP
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT INT TERM
fi
# The user's own settings stay untouched (the CLI remembers each file's history it saw).
mkdir -p "$work/config" "$work/runtime"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen

[ -f "$work/demo.accred" ] || "$cli" demo "$work/demo.accred" >/dev/null
for n in $sizes; do
    if [ ! -f "$work/c$n.accred" ]; then
        echo "== making a file of the demo's candidates and $n imported applications"
        "$generate" --csv --count "$n" "$work/c$n.csv" >/dev/null
        cp "$work/demo.accred" "$work/c$n.accred"
        start=$(date +%s)
        "$cli" import "$work/c$n.accred" "$work/c$n.csv" 2>/dev/null | head -1
        echo "   took $(( $(date +%s) - start )) s; $(du -m "$work/c$n.accred" | cut -f1) MB"
    fi
done

echo "== load before: $(cat /proc/loadavg)"
python3 - "$cli" "$app" "$runs" "$work" $sizes <<'PY'
import os, statistics, subprocess, sys, time
cli, app, runs, work, sizes = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]

LIST = "SELECT json_group_array(json_object('id', id, 'family_name', family_name, 'given_names', given_names, " \
       "'email', email, 'administration', administration, 'stage', stage)) FROM candidate"
SEARCH = LIST + " WHERE id IN (SELECT r.candidate_id FROM search_index s JOIN search_row r ON r.row = s.rowid " \
                "WHERE search_index MATCH 'tanaka')"

def once(argv):
    """Wall-clock and CPU (user + system) milliseconds, and peak memory (MB), of one whole process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    took = (time.perf_counter() - start) * 1000
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed")
    return took, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024

results = {}
for n in sizes:
    f = f"{work}/c{n}.accred"
    cases = [("list", [cli, "candidates", f, "--json"]),
             ("search", [cli, "candidates", f, "--search", "tanaka", "--json"]),
             ("sqlite3 list", ["sqlite3", "-readonly", f, LIST]),
             ("sqlite3 search", ["sqlite3", "-readonly", f, SEARCH])]
    if app:
        cases.append(("open", [app, "--quit-after-first-paint", f]))
    for _, argv in cases:  # warm the page cache
        once(argv)
    times = {name: [] for name, _ in cases}
    for _ in range(runs):  # alternately, so that a burst of load hits every case alike
        for name, argv in cases:
            times[name].append(once(argv))
    results[n] = times

print(f"| candidates imported | what | wall, median of {runs} (ms) | wall, min | CPU, median (ms) | peak (MB) |")
print("| ---: | --- | ---: | ---: | ---: | ---: |")
for n, times in results.items():
    for name, t in times.items():
        print(f"| {int(n):,} | {name} | {statistics.median(w for w, _, _ in t):.0f} | {min(w for w, _, _ in t):.0f} | "
              f"{statistics.median(c for _, c, _ in t):.0f} | {max(m for _, _, m in t):.0f} |")
ordered = list(results)
for a, b in zip(ordered, ordered[1:]):
    print(f"growth from {int(a):,} to {int(b):,} (CPU median ratio, wall median ratio):")
    for name in results[a]:
        cpu = statistics.median(c for _, c, _ in results[b][name]) / max(statistics.median(c for _, c, _ in results[a][name]), 1e-9)
        wall = statistics.median(w for w, _, _ in results[b][name]) / statistics.median(w for w, _, _ in results[a][name])
        print(f"  {name}: CPU x{cpu:.2f}, wall x{wall:.2f}")
for n, times in results.items():
    for name in ("list", "search"):
        cpu = statistics.median(c for _, c, _ in times[name]) / max(statistics.median(c for _, c, _ in times["sqlite3 " + name]), 1e-9)
        print(f"{int(n):,}: {name} / sqlite3 {name}, CPU: {cpu:.1f}x")
PY
if [ -n "$register" ]; then
    for n in $sizes; do
        echo "== the filter at $n imported: one quick-filter keystroke (ms in the process; load $(cut -d' ' -f1-3 /proc/loadavg))"
        AD_BENCH_FILE="$work/c$n.accred" "$register" keystroke -median "$runs" 2>&1 |
            grep -E '^QINFO *: BenchRegister::cleanupTestCase\(\) (figure|keystroke)' | sed 's/^QINFO *: BenchRegister::cleanupTestCase() //'
    done
fi
echo "== load after: $(cat /proc/loadavg)"
