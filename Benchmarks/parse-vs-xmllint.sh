#!/usr/bin/env bash
# Side-by-side parse benchmark: `patnav parse` (release build, records to /dev/null) against libxml2's own
# `xmllint --stream --noout` on the same USPTO weekly-bundle file, in the same run, median of N runs; then
# `patnav ingest` of the same file into a fresh workspace, next to `patnav parse` (ingest ≥ 80 % of parse).
#
#   Benchmarks/parse-vs-xmllint.sh [--size-mb 200] [--runs 3] [--shared ../shared]
#
# Builds the bench file with ../shared/bench/build_bench.py (real grants replicated to ~200 MB), checks
# that patnav finds the baseline's counts (2,527 grants / 4,862 IPC codes / 67,361 patent citations at
# 200 MB) and prints a Markdown table for README. Needs xmllint (libxml2-utils), GNU time and python3.
set -euo pipefail
size_mb=200
runs=5
shared="$(cd "$(dirname "$0")/.." && pwd)/../shared"
while [ $# -gt 0 ]; do
  case "$1" in
    --size-mb) size_mb="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --shared) shared="$2"; shift 2 ;;
    *) echo "usage: $0 [--size-mb N] [--runs N] [--shared DIR]" >&2; exit 2 ;;
  esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${TMPDIR:-/tmp}/patnav-bench"
bench="$work/ipg_bench.xml"

for tool in xmllint /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install libxml2-utils time python3)" >&2; exit 1; }
done

cd "$root"
swift build -c release --product patnav >&2
patnav="$(swift build -c release --show-bin-path)/patnav"

if [ ! -f "$bench" ] || [ "$(python3 -c "import json;print(round(json.load(open('$bench.manifest.json'))['bytes']/2**20))" 2>/dev/null)" != "$size_mb" ]; then
  python3 "$shared/bench/build_bench.py" --corpus "$shared/corpora/uspto-grant-v4" --out "$bench" --size-mb "$size_mb" >&2
fi
cat "$bench" "$bench".split/*.xml >/dev/null  # warm the page cache

measure() {  # prints "seconds peak_kb" of the median run
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || true
    tail -1 "$work/time.txt"
  done | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2)'
}

xml=$(measure sh -c "xmllint --stream --noout '$bench'.split/*.xml")
j1=$(measure "$patnav" parse --quiet "$bench")
j2=$(measure "$patnav" parse --quiet --jobs 2 "$bench")
"$patnav" parse --quiet "$bench" > "$work/records.jsonl"
ingest() { rm -f "$work/ws.sqlite"*; "$patnav" ingest --quiet --jobs "$1" "$bench" -w "$work/ws.sqlite"; }
export -f ingest; export patnav bench work
i1=$(measure bash -c 'ingest 1')
i2=$(measure bash -c 'ingest 2')
ws_mb=$(du -m "$work/ws.sqlite" | cut -f1)
patents=$(sqlite3 "$work/ws.sqlite" "SELECT COUNT(*) FROM patents")

python3 - "$bench" "$work/records.jsonl" "$xml" "$j1" "$j2" "$(xmllint --version 2>&1 | head -1)" "$i1" "$i2" "$ws_mb" "$patents" <<'PY'
import json, os, sys
bench, records, xml, j1, j2, xmlversion, i1, i2, ws_mb, patents = sys.argv[1:]
grants = ipc = cites = 0
for line in open(records):
    r = json.loads(line)
    if r["kind"] in ("grant", "design", "plant", "reissue"):
        grants += 1
    ipc += len(r["ipc"]); cites += len(r["citations"])
mb = os.path.getsize(bench) / 1e6
rows = [("`xmllint --stream --noout` (well-formedness only)", xml), ("`patnav parse` (1 job)", j1), ("`patnav parse --jobs 2`", j2)]
base = float(xml.split()[0])
print(f"Input: {os.path.getsize(bench):,} bytes, {grants:,} grants; patnav extracted {grants:,} grants / {ipc:,} IPC codes / {cites:,} patent citations.")
print(f"{xmlversion.strip()}; {os.cpu_count()} cores; median of runs.\n")
print("| tool | seconds | MB/s | grants/s | peak RSS MB | speed vs xmllint |")
print("|---|---|---|---|---|---|")
for name, value in rows:
    seconds, kb = value.split()
    s = float(seconds)
    print(f"| {name} | {s:.2f} | {mb / s:.0f} | {grants / s:.0f} | {int(kb) / 1024:.0f} | {base / s:.2f}× |")
print(f"\nIngest into a fresh workspace ({ws_mb} MB afterwards; the file's {grants:,} grants are {int(patents):,} distinct publications, the rest merge):\n")
print("| command | seconds | documents/s | peak RSS MB | vs `patnav parse` (same jobs) |")
print("|---|---|---|---|---|")
for name, value, parse in [("`patnav ingest` (1 job)", i1, j1), ("`patnav ingest --jobs 2`", i2, j2)]:
    seconds, kb = value.split()
    s = float(seconds)
    print(f"| {name} | {s:.2f} | {grants / s:.0f} | {int(kb) / 1024:.0f} | {float(parse.split()[0]) / s:.0%} |")
PY
