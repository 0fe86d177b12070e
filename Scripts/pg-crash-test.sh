#!/usr/bin/env bash
# Crash test for `patnav ingest` into a PostgreSQL workspace: kill -9 a two-worker ingest at random moments,
# then check that rerunning the same command ends with exactly the contents of an uninterrupted run (the full
# `patnav export` output — ids and families included, since PostgreSQL ids derive from the data — and the
# statistics are byte-identical).
#
# Usage: Scripts/pg-crash-test.sh PATNAV_BINARY SERVER_URL [ROUNDS]
#   SERVER_URL: postgres://role@host:port/db of a server where the role may create databases.
set -euo pipefail
BIN=$1
URL=$2
ROUNDS=${3:-3}
SERVER="${URL%/*}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BIN" generate --patents 3000 --seed 1 --out "$WORK/generated" 2>/dev/null
INPUTS=(Corpora "$WORK/generated")
fresh() {  # a new empty database; prints its URL
  local name="crash_$1_$RANDOM$RANDOM"
  psql -qAt "$URL" -c "CREATE DATABASE $name" > /dev/null
  echo "$SERVER/$name"
}
clean=$(fresh clean)
"$BIN" ingest "${INPUTS[@]}" -w "$clean" --jobs 2 --quiet
"$BIN" export -w "$clean" > "$WORK/clean.jsonl" 2>/dev/null
"$BIN" stats -w "$clean" --json > "$WORK/clean.stats"
killed=0
for round in $(seq 1 "$ROUNDS"); do
  ws=$(fresh "round$round")
  for attempt in 1 2 3; do
    "$BIN" ingest "${INPUTS[@]}" -w "$ws" --jobs 2 --quiet 2>/dev/null &
    pid=$!
    sleep "0.$(printf '%02d' $(( (RANDOM % 90) + 5 )))"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null || true
  done
  "$BIN" ingest "${INPUTS[@]}" -w "$ws" --jobs 2 --quiet
  "$BIN" export -w "$ws" > "$WORK/round.jsonl" 2>/dev/null
  "$BIN" stats -w "$ws" --json > "$WORK/round.stats"
  cmp -s "$WORK/clean.jsonl" "$WORK/round.jsonl" || { echo "round $round: export differs from a clean run"; exit 1; }
  cmp -s "$WORK/clean.stats" "$WORK/round.stats" || { echo "round $round: stats differ from a clean run"; exit 1; }
done
echo "PostgreSQL crash test: $killed kills in $ROUNDS rounds; every rerun equals the clean run"
[ "$killed" -ge $((ROUNDS * 2)) ] || { echo "PostgreSQL crash test: too few kills landed"; exit 1; }
