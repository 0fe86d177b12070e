#!/usr/bin/env bash
# PostgreSQL benchmark: ingest and landscape of one generated corpus into SQLite and into PostgreSQL, with 1 and 2
# jobs, on this machine; plus the push-down aggregates against the same counts computed in memory.
# Prints a Markdown table. Release build with the Postgres trait; starts its own server (fsync on, commits
# asynchronous: SQLite's WAL + synchronous=NORMAL durability) on port 54330 and removes it at the end.
#
#   Benchmarks/postgres.sh [N]          (default 100000; the corpus is generated unless it exists)
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
"$bin" parse --quiet "$dir" > /dev/null  # warm the page cache, so the first ingest does not pay for cold reads
pgdata="$work/pgdata-bench"
Scripts/pg-server.sh stop "$pgdata" 2>/dev/null || true
pg="$(Scripts/pg-server.sh start "$pgdata" 54330 durable)"
trap 'Scripts/pg-server.sh stop "$pgdata"' EXIT
server="${pg%/*}"
pgrss() {  # peak resident MB of the server's processes, from /proc (VmHWM), summed over backends
  local total=0
  for pid in $(pgrep -u postgres -f "postgres.*54330|postgres: " 2>/dev/null); do
    kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}
timed() {  # prints "seconds client_peak_MB"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
  awk '{printf "%.2f %d", $1, $2 / 1024}' "$work/time.txt"
}
echo "| N | backend | jobs | step | seconds | client peak RSS MB | notes |"
echo "|---:|---|---:|---|---:|---:|---|"
for jobs in 1 2; do
  ws="$work/pgbench-$n-$jobs.sqlite"
  rm -f "$ws" "$ws"-wal "$ws"-shm "$ws".lock
  read -r s m <<< "$(timed "$bin" ingest --quiet --jobs "$jobs" "$dir" -w "$ws")"
  echo "| $n | SQLite | $jobs | ingest | $s | $m | $(du -sm "$ws" | cut -f1) MB file; jobs = parser threads, one writer |"
  db="bench_${n}_$jobs"
  psql -qAt "$pg" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" > /dev/null
  read -r s m <<< "$(timed "$bin" ingest --quiet --jobs "$jobs" "$dir" -w "$server/$db")"
  size=$(psql -qAt "$server/$db" -c "SELECT pg_database_size(current_database()) / 1048576")
  echo "| $n | PostgreSQL | $jobs | ingest | $s | $m | $size MB database; jobs = workers, each a parser and a connection |"
done
ws="$work/pgbench-$n-1.sqlite"
db="$server/bench_${n}_1"
for backend in SQLite PostgreSQL; do
  target=$([ "$backend" = SQLite ] && echo "$ws" || echo "$db")
  read -r s m <<< "$(timed "$bin" landscape -w "$target" --out "$work/pgbench-landscape-$backend")"
  echo "| $n | $backend | – | landscape | $s | $m | corpus load included |"
  read -r s m <<< "$(timed "$bin" aggregates -w "$target")"
  echo "| $n | $backend | – | aggregates (push-down) | $s | $m | computed by the database |"
  read -r s m <<< "$(timed "$bin" aggregates --in-memory -w "$target")"
  echo "| $n | $backend | – | aggregates (in memory) | $s | $m | corpus loaded, counted on the client |"
done
cmp "$work/pgbench-landscape-SQLite/landscape.json" "$work/pgbench-landscape-PostgreSQL/landscape.json" \
  && echo "landscape.json identical on both backends" >&2
echo "PostgreSQL server peak RSS (sum of backends' VmHWM): $(pgrss) MB" >&2
