#!/usr/bin/env bash
# Crash test for `patnav ingest`: kill -9 the ingest at random moments, then check that the workspace is
# intact (PRAGMA integrity_check) and that rerunning the same command ends with exactly the contents of an
# uninterrupted run (the full `patnav export` output, ids and families included, is byte-identical).
#
# Usage: Scripts/crash-test.sh [PATNAV_BINARY] [ROUNDS] [INPUT...]
set -euo pipefail
BIN=${1:-.build/debug/patnav}
ROUNDS=${2:-12}
shift 2 2>/dev/null || true
INPUTS=("$@")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ ${#INPUTS[@]} -eq 0 ]; then
  # The real corpora (92 small files) and a generated corpus (large single-document bundles), so kills land
  # between files and inside long transactions alike.
  "$BIN" generate --patents 3000 --seed 1 --out "$WORK/generated" 2>/dev/null
  INPUTS=(Corpora "$WORK/generated")
fi

"$BIN" ingest "${INPUTS[@]}" -w "$WORK/clean.sqlite" --quiet
"$BIN" export -w "$WORK/clean.sqlite" > "$WORK/clean.jsonl" 2>/dev/null
"$BIN" stats -w "$WORK/clean.sqlite" --json > "$WORK/clean.stats"

killed=0
for round in $(seq 1 "$ROUNDS"); do
  ws="$WORK/round$round.sqlite"
  # Three kills per round at random moments, so later kills also land in a partly filled workspace.
  for attempt in 1 2 3; do
    "$BIN" ingest "${INPUTS[@]}" -w "$ws" --quiet &
    pid=$!
    sleep "0.$(printf '%02d' $(( (RANDOM % 90) + 5 )))"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null || true
    if [ -f "$ws" ]; then
      check=$(sqlite3 "$ws" "PRAGMA integrity_check; PRAGMA foreign_key_check")
      [ "$check" = "ok" ] || { echo "round $round: integrity_check: $check"; exit 1; }
    fi
  done
  "$BIN" ingest "${INPUTS[@]}" -w "$ws" --quiet
  "$BIN" export -w "$ws" > "$WORK/round.jsonl" 2>/dev/null
  "$BIN" stats -w "$ws" --json > "$WORK/round.stats"
  cmp -s "$WORK/clean.jsonl" "$WORK/round.jsonl" || { echo "round $round: export differs from a clean run"; exit 1; }
  cmp -s "$WORK/clean.stats" "$WORK/round.stats" || { echo "round $round: stats differ from a clean run"; exit 1; }
done
echo "crash test: $killed kills in $ROUNDS rounds; integrity ok; every rerun equals the clean run"
[ "$killed" -ge 10 ] || { echo "crash test: fewer than 10 kills landed"; exit 1; }
