#!/usr/bin/env bash
# PostgreSQL benchmark: ingest and landscape of one generated corpus into SQLite and into PostgreSQL, with 1 and 2
# jobs, on this machine; plus the push-down aggregates against the same counts computed in memory.
# Prints a Markdown table. Release build with the Postgres trait; starts its own server (fsync on, commits
# asynchronous: SQLite's WAL + synchronous=NORMAL durability; statements over 5 s logged) on port 54330 and
# removes it at the end, keeping its log as $work/pgbench-server.log.
#
# Caches are warm for every step: the XML is read once before the first ingest, each PostgreSQL database is
# vacuumed and checkpointed after its ingest (reported as its own step, so autovacuum does not run into later
# steps), and each analysis runs twice, the second run reported.
#
#   Benchmarks/postgres.sh [N]          (default 100000; the corpus is generated unless it exists)
#
# PATNAV_BENCH_DATA=DIR puts the workspaces and the server's data there (default: next to the corpus), e.g.
# /dev/shm to measure the engines rather than a virtual disk whose throughput varies from hour to hour.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${TMPDIR:-/tmp}/patnav-scale"
n="${1:-100000}"
mkdir -p "$work"
cd "$root"
swift build -c release --traits Postgres --scratch-path .build-pg --product patnav >&2
bin="$(swift build -c release --traits Postgres --scratch-path .build-pg --show-bin-path)/patnav"
dir="$work/corpus-$n"
[ -f "$dir/manifest.json" ] || "$bin" generate --patents "$n" --seed 1 --profile scale --out "$dir" >&2
"$bin" parse --quiet "$dir" > /dev/null  # warm the page cache
data="${PATNAV_BENCH_DATA:-$work}"
mkdir -p "$data"
timed() {  # prints "seconds client_peak_MB"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  awk '{printf "%.2f %d", $1, $2 / 1024}' "$work/time.txt"
}
analyses() {  # $1 backend label, $2 workspace
  for step in landscape push-down in-memory; do
    case $step in
      landscape) cmd=("$bin" landscape -w "$2" --out "$work/pgbench-landscape-$1") note="corpus load included" ;;
      push-down) cmd=("$bin" aggregates -w "$2") note="aggregates computed by the database" ;;
      in-memory) cmd=("$bin" aggregates --in-memory -w "$2") note="the same aggregates from a loaded corpus" ;;
    esac
    timed "${cmd[@]}" > /dev/null
    read -r s m <<< "$(timed "${cmd[@]}")"
    echo "| $n | $1 | – | $step | $s | $m | $note |"
  done
}
echo "| N | backend | jobs | step | seconds | client peak RSS MB | notes |"
echo "|---:|---|---:|---|---:|---:|---|"
for jobs in 1 2; do
  ws="$data/pgbench-$n-$jobs.sqlite"
  rm -f "$ws" "$ws"-wal "$ws"-shm "$ws".lock
  read -r s m <<< "$(timed "$bin" ingest --quiet --jobs "$jobs" "$dir" -w "$ws")"
  echo "| $n | SQLite | $jobs | ingest | $s | $m | $(du -sm "$ws" | cut -f1) MB file; jobs = parser threads, one writer |"
done
rm -f "$data/pgbench-$n-2.sqlite"
analyses SQLite "$data/pgbench-$n-1.sqlite"

pgdata="$data/pgdata-bench"
Scripts/pg-server.sh stop "$pgdata" 2>/dev/null || true
pg="$(Scripts/pg-server.sh start "$pgdata" 54330 durable)"
trap 'cp "$pgdata/server.log" "$work/pgbench-server.log" 2>/dev/null; Scripts/pg-server.sh stop "$pgdata"' EXIT
server="${pg%/*}"
for jobs in 1 2; do
  db="bench_${n}_$jobs"
  psql -qAt "$pg" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" > /dev/null
  read -r s m <<< "$(timed "$bin" ingest --quiet --jobs "$jobs" "$dir" -w "$server/$db")"
  size=$(psql -qAt "$server/$db" -c "SELECT pg_database_size(current_database()) / 1048576")
  echo "| $n | PostgreSQL | $jobs | ingest | $s | $m | $size MB database; jobs = workers, each a parser and a connection |"
  read -r s m <<< "$(timed psql -qAt "postgres://postgres@${server#postgres://*@}/$db" -c "VACUUM (ANALYZE)" -c "CHECKPOINT")"
  echo "| $n | PostgreSQL | $jobs | vacuum, analyze, checkpoint | $s | – | what autovacuum would otherwise do later |"
done
psql -qAt "$pg" -c "DROP DATABASE bench_${n}_2" > /dev/null
analyses PostgreSQL "$server/bench_${n}_1"
cmp "$work/pgbench-landscape-SQLite/landscape.json" "$work/pgbench-landscape-PostgreSQL/landscape.json" \
  && echo "landscape.json identical on both backends" >&2
