#!/usr/bin/env bash
# Cross-script linking at scale: for each N, a generated `scale` corpus (reused from Benchmarks/scale.sh's
# $TMPDIR/patnav-scale/corpus-N when present) is ingested, its applicants linked, and the links measured against
# the generator's applicants-truth.tsv: precision and recall by entity pair and by document, with the linking's
# seconds. Release build. Issue 27's goal: precision ≥ 0.98 and recall ≥ 0.95.
#
#   Benchmarks/linking.sh [N ...]        (default: 100000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${TMPDIR:-/tmp}/patnav-scale"
mkdir -p "$work"
cd "$root"
swift build -c release --product patnav >&2
bin="$(swift build -c release --show-bin-path)/patnav"
first=1
for n in "${@:-100000}"; do
  corpus="$work/corpus-$n"
  if [ ! -s "$corpus/applicants-truth.tsv" ] || ! python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['patents'] == int(sys.argv[2])" \
    "$corpus/manifest.json" "$n" 2>/dev/null; then
    echo "generating $n patents into $corpus" >&2
    rm -rf "$corpus"
    "$bin" generate --patents "$n" --seed 1 --profile scale --out "$corpus" >&2
  fi
  ws="$work/linking-$n.sqlite"
  rm -f "$ws" "$ws"-*
  "$bin" ingest "$corpus" -w "$ws" --quiet
  out="$("$bin" bench links -w "$ws" --truth "$corpus/applicants-truth.tsv")"
  if [ "$first" = 1 ]; then echo "N	$(echo "$out" | head -1)"; first=0; fi
  echo "$n	$(echo "$out" | tail -1)"
  rm -f "$ws" "$ws"-*
done
