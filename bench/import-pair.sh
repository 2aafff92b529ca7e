#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Compares two builds' `accreditation-desk-cli import` on a shared, loaded machine: ROWS
# generated applications (default 10,000) imported into a fresh copy of the demo file by
# each build in turn (A B A B ..., RUNS times each, default 5, after one warm-up each), so
# that both see the same load. Prints, for each build, the median and range of the CPU time
# (user + system, from wait4: the figure to compare under load), the peak memory (max RSS)
# and the wall clock, the load average before and after, and whether the two builds'
# reports (stdout and stderr of the import and of a dry run, kept in REPORT_DIR/a and
# REPORT_DIR/b) are the same. See docs/performance.md, "Session 9: import".
#
#   bench/import-pair.sh BUILD_A BUILD_B [ROWS] [REPORT_DIR]
#
# Each BUILD needs app/accreditation-desk-cli; BUILD_B also bench/generate-candidates
# (configure with -DWITH_BENCHMARKS=ON).
set -eu

[ $# -ge 2 ] || { echo "usage: bench/import-pair.sh BUILD_A BUILD_B [ROWS] [REPORT_DIR]" >&2; exit 2; }
a=$(realpath "$1/app/accreditation-desk-cli")
b=$(realpath "$2/app/accreditation-desk-cli")
generate=$(realpath "$2/bench/generate-candidates")
rows=${3:-10000}
reports=${4:-.}
runs=${AD_BENCH_RUNS:-5}
command -v python3 >/dev/null || { echo "python3 is missing (for the timing)" >&2; exit 2; }

mkdir -p "$reports/a" "$reports/b"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/config"
export XDG_CONFIG_HOME="$work/config"

"$generate" --csv --count "$rows" "$work/applications.csv" >/dev/null
"$b" demo "$work/demo.accred" >/dev/null
for side in a b; do
    cli=$a
    [ "$side" = b ] && cli=$b
    cp "$work/demo.accred" "$work/dry-$side.accred"
    "$cli" import "$work/dry-$side.accred" "$work/applications.csv" --dry-run \
        >"$reports/$side/import-dry-run.out" 2>"$reports/$side/import-dry-run.err" || true
done

python3 - "$a" "$b" "$work" "$runs" "$rows" "$reports" <<'PY'
import os, shutil, statistics, subprocess, sys, time
a, b, work, runs, rows, reports = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
count = 0

def once(side, cli):
    """One import into a fresh copy (a name of its own: each run makes the day's backup)."""
    global count
    count += 1
    target = f"{work}/run{count}.accred"
    shutil.copy(f"{work}/demo.accred", target)
    with open(f"{reports}/{side}/import.out", "wb") as out, open(f"{reports}/{side}/import.err", "wb") as err:
        start = time.perf_counter()
        child = subprocess.Popen([cli, "import", target, f"{work}/applications.csv"], stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"the import of {cli} failed: see {reports}/{side}/import.err")
    os.remove(target)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024

print("load average before:", open("/proc/loadavg").read().split()[:3])
once("a", a), once("b", b)  # warm-up: the page cache, the libraries
times = {"a": [], "b": []}
for _ in range(runs):
    times["a"].append(once("a", a))
    times["b"].append(once("b", b))
print("load average after:", open("/proc/loadavg").read().split()[:3])
print(f"import of {rows} rows, {runs} runs each, alternately")
for side, cli in (("a", a), ("b", b)):
    t = times[side]
    cpu, rss, wall = [c for _, c, _ in t], [m for _, _, m in t], [w for w, _, _ in t]
    print(f"{side} ({cli}): CPU median {statistics.median(cpu):.2f} s ({min(cpu):.2f}-{max(cpu):.2f}), "
          f"peak {statistics.median(rss):.1f} MB ({min(rss):.1f}-{max(rss):.1f}), "
          f"wall median {statistics.median(wall):.2f} s ({min(wall):.2f}-{max(wall):.2f})")
ratio = statistics.median(c for _, c, _ in times["b"]) / statistics.median(c for _, c, _ in times["a"])
print(f"CPU b / a: {ratio:.3f}")
PY
if diff -r "$reports/a" "$reports/b" >/dev/null; then
    echo "reports: the same"
else
    echo "reports: DIFFERENT (diff -r $reports/a $reports/b)"
fi
