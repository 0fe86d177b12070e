#!/usr/bin/env bash
# Crash test for `patnav project run`: kill -9 the run at random moments (ingest, analyses, report), then check
# the workspace (PRAGMA integrity_check) and that rerunning ends with exactly the results of an uninterrupted
# run: every JSON and CSV under results/ byte-identical, the reports identical apart from the generated-at line.
#
# Usage: Scripts/project-crash-test.sh [PATNAV_BINARY] [TRIALS]
set -euo pipefail
BIN=${1:-.build/debug/patnav}
TRIALS=${2:-20}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# A clean demo project (prepared once: manifest, industry file, generated corpus).
"$BIN" demo --out "$WORK/clean" > /dev/null 2>&1
snapshot() {  # the comparable content of a project's results
  (cd "$1/results" && find . -type f | sort | while read -r f; do
    echo "== $f"; grep -v 'generated-at' "$f"
  done) > "$2"
}
snapshot "$WORK/clean" "$WORK/clean.txt"
runtime=$( { /usr/bin/time -f "%e" "$BIN" project run "$WORK/clean" --force > /dev/null 2>/dev/null; } 2>&1 | tail -1)
span=$(awk -v t="$runtime" 'BEGIN { v = int(t * 100); if (v < 20) v = 20; print v }')

killed=0
for trial in $(seq 1 "$TRIALS"); do
  dir="$WORK/trial$trial"
  mkdir -p "$dir"
  cp "$WORK/clean/project.yaml" "$WORK/clean/industry.csv" "$dir/"
  cp -r "$WORK/clean/corpus" "$dir/corpus"
  "$BIN" project run "$dir" > /dev/null 2>&1 &
  pid=$!
  delay=$(( (RANDOM % span) + 1 ))
  sleep "$(awk -v d="$delay" 'BEGIN { printf "%.2f", d / 100 }')"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null || true
  if [ -f "$dir/workspace.sqlite" ]; then
    check=$(sqlite3 "$dir/workspace.sqlite" "PRAGMA integrity_check; PRAGMA foreign_key_check")
    [ "$check" = "ok" ] || { echo "trial $trial: integrity_check: $check"; exit 1; }
  fi
  "$BIN" project run "$dir" > /dev/null 2>&1 || { echo "trial $trial: the rerun failed"; exit 1; }
  snapshot "$dir" "$WORK/trial.txt"
  cmp -s "$WORK/clean.txt" "$WORK/trial.txt" || { echo "trial $trial: results differ from the clean run"; diff "$WORK/clean.txt" "$WORK/trial.txt" | head; exit 1; }
  rm -rf "$dir"
done
echo "project crash test: $killed kills in $TRIALS trials; integrity ok; every rerun equals the clean run"
