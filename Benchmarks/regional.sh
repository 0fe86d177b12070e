#!/usr/bin/env bash
# Regional navigation at scale: a `regional` project (the shipped template: four built-in chains, 常州 against
# CN, reports in zh and en) over a generated `scale` corpus, from its XML to the reports in one
# `patnav project run`. Prints the wall seconds and peak RSS of the whole run and each stage's seconds from the
# project's audit log. Release build; needs GNU time. Issue 4's target: 1 M patents in ≤ 120 s and ≤ 2 GB.
#
#   Benchmarks/regional.sh [N]        (default 1000000)
#
# Reuses the corpus Benchmarks/scale.sh generated for the same N ($TMPDIR/patnav-scale/corpus-N), otherwise
# generates it there first (not timed). PATNAV_BENCH_REPEAT=K runs the project K times from a fresh folder and
# prints every run (this VM's speed drifts by ±10 % over minutes).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${TMPDIR:-/tmp}/patnav-scale"
n="${1:-1000000}"
mkdir -p "$work"
cd "$root"
swift build -c release --product patnav >&2
bin="$(swift build -c release --show-bin-path)/patnav"
corpus="$work/corpus-$n"
if ! python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['patents'] == int(sys.argv[2])" \
  "$corpus/manifest.json" "$n" 2>/dev/null; then
  echo "generating $n patents into $corpus" >&2
  rm -rf "$corpus"
  "$bin" generate --patents "$n" --seed 1 --profile scale --out "$corpus" >&2
fi

echo "| run | total | peak RSS MB | collect | landscape | chain | core | paths | report | outside stages |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for run in $(seq "${PATNAV_BENCH_REPEAT:-1}"); do
  project="$work/regional-$n"
  rm -rf "$project"
  "$bin" project init --type regional "$project" >&2
  ln -s "$corpus" "$project/corpus"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$bin" project run "$project" > /dev/null 2> "$work/stderr.txt" \
    || { cat "$work/stderr.txt" >&2; exit 1; }
  read -r seconds kb < "$work/time.txt"
  # The last column is the wall time no stage accounts for (start-up, fingerprints, exit).
  stages=$(python3 - "$project/audit.jsonl" "$seconds" <<'EOF'
import json, sys
seconds = {}
for line in open(sys.argv[1]):
    entry = json.loads(line)
    assert entry["outcome"] == "ok", entry
    seconds[entry["stage"]] = entry["seconds"]
names = ["collect", "landscape", "chain", "core", "paths", "report"]
outside = float(sys.argv[2]) - sum(seconds.values())
print(" | ".join(f"{seconds[s]:.1f} s" for s in names) + f" | {outside:.1f} s")
EOF
  )
  echo "| $run | $seconds s | $((kb / 1024)) | $stages |"
done
