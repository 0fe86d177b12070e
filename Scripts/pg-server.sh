#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL server on loopback for the PostgreSQL workspace tests and benchmarks.
#
#   Scripts/pg-server.sh start DIR [PORT [durable]]
#       → prints the workspace URL, e.g. postgres://patnav@127.0.0.1:54329/patnav. Without `durable` the server
#         runs with fsync off (tests: fast, throwaway); with it, fsync on and synchronous_commit off, the
#         durability of the SQLite workspace (WAL, synchronous=NORMAL), for benchmarks.
#   Scripts/pg-server.sh stop DIR
#
# Uses Debian's postgresql package (/usr/lib/postgresql/*/bin). The server runs as the `postgres` system user
# when started by root (PostgreSQL refuses to run as root), trusts loopback connections, and keeps its data in
# DIR, which is removed by `stop`.
set -euo pipefail
action="${1:?start|stop}"
dir="${2:?data directory}"
port="${3:-54329}"
durability="-c fsync=off"
[ "${4:-}" = durable ] && durability="-c synchronous_commit=off -c log_min_duration_statement=5000"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 > "$dir.initdb.log"
  fi
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $durability -c max_connections=50 -c shared_buffers=512MB -c max_wal_size=4GB" \
    start > /dev/null
  as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -c \
    "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'patnav') THEN CREATE ROLE patnav LOGIN CREATEDB; END IF; END\$\$" postgres
  as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = 'patnav'" postgres \
    | grep -q 1 || as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres -O patnav patnav
  echo "postgres://patnav@127.0.0.1:$port/patnav"
  ;;
stop)
  as_owner "$bin/pg_ctl" -D "$dir" -m fast stop > /dev/null || true
  rm -rf "$dir" "$dir.initdb.log"
  ;;
*) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
