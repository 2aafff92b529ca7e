#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `accreditation-desk-cli import` of generated applications from outside, as a user
# waits for it: ROWS rows (default 10,000, `generate-candidates --csv`) imported into a
# fresh copy of the demo file, RUNS times (default 5), each with /usr/bin/time -v. Prints
# the median wall clock, CPU time (user + system) and peak memory (maximum RSS), and keeps
# the report the import printed, and that of a dry run, in REPORT_DIR, so that two builds'
# reports can be compared with diff. See docs/performance.md, "Importing applications".
#
#   bench/import.sh [BUILD_DIR] [ROWS] [REPORT_DIR]
#
# BUILD_DIR defaults to build-bench; it needs accreditation-desk-cli and generate-candidates
# (configure with -DWITH_BENCHMARKS=ON).
set -eu

build=${1:-build-bench}
rows=${2:-10000}
reports=${3:-.}
runs=${AD_BENCH_RUNS:-5}
cli=$(realpath "$build/app/accreditation-desk-cli")
generate=$(realpath "$build/bench/generate-candidates")

[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 2; }
mkdir -p "$reports"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
# The user's own settings stay untouched (the CLI remembers each file's history it saw).
mkdir -p "$work/config"
export XDG_CONFIG_HOME="$work/config"

"$generate" --csv --count "$rows" "$work/applications.csv"
"$cli" demo "$work/demo.accred" >/dev/null

cp "$work/demo.accred" "$work/dry.accred"
"$cli" import "$work/dry.accred" "$work/applications.csv" --dry-run >"$reports/import-dry-run.out" \
    2>"$reports/import-dry-run.err" || true

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    # A fresh copy each run, under a name of its own (a file replaced under a name already
    # seen is reported as a rewritten history), so each run also makes the day's backup of
    # the 0.6 MB demo file.
    cp "$work/demo.accred" "$work/run$i.accred"
    /usr/bin/time -v -o "$work/time.$i" "$cli" import "$work/run$i.accred" "$work/applications.csv" \
        >"$reports/import.out" 2>"$reports/import.err" || { echo "the import failed:" >&2; cat "$reports/import.err" >&2; exit 1; }
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work" "$runs" "$rows" <<'EOF'
import re, statistics, sys
work, runs, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
wall, cpu, rss = [], [], []
for i in range(1, runs + 1):
    text = open(f"{work}/time.{i}").read()
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text).group(1).split(":")
    seconds = sum(float(part) * 60 ** k for k, part in enumerate(reversed(clock)))
    wall.append(seconds)
    cpu.append(user + system)
    rss.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024)
def line(name, values, unit):
    print(f"{name}: median {statistics.median(values):.2f} {unit} (min {min(values):.2f}, max {max(values):.2f})")
print(f"import of {rows} rows, {runs} runs")
line("wall clock", wall, "s")
line("CPU (user + system)", cpu, "s")
line("peak memory (max RSS)", rss, "MB")
EOF
