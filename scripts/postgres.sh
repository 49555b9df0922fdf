#!/usr/bin/env bash
# A local PostgreSQL from Debian's packages, for `make run-postgres` and the tests: one folder holds the
# cluster, its log and its password; the server listens on 127.0.0.1 only and asks for the password there
# (the Unix socket sits inside the cluster folder, which only the server's user can open).
#
#   postgres.sh start DIR PORT [PID] initialise DIR on first use, start the server, wait until it answers;
#                                    with PID (a test run), stop it and delete DIR once that process is gone
#   postgres.sh stop DIR [MODE]      stop it (MODE: fast, the default, or immediate: a crash)
#   postgres.sh url DIR PORT DB      create database DB when missing; print its connection string
#
# As root the server runs as the `postgres` user (initdb refuses root); otherwise as the caller.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
command=${1:?usage: postgres.sh start|stop|url DIR ...}
dir=${2:?usage: postgres.sh $command DIR ...}
cluster="$dir/cluster"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  "$here/ensure-tools.sh" '/usr/lib/postgresql/*/bin/initdb=postgresql'
fi
bin=$(pg_bin)

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

sql() { # sql PORT DB STATEMENT: as the server's user, through the socket
  as_server "$bin/psql" -h "$cluster" -p "$1" -U postgres -d "$2" -v ON_ERROR_STOP=1 -qAtc "$3"
}

init() {
  mkdir -p "$cluster"
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- test -x "$dir" || {
      echo "The postgres user cannot reach $dir (a parent folder is private): choose another BERYL_DATA_DIR." >&2
      exit 1
    }
    chown postgres "$cluster"
  fi
  chmod 700 "$cluster"
  as_server "$bin/initdb" -D "$cluster" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$dir/password")
}

case "$command" in
  start)
    port=${3:?usage: postgres.sh start DIR PORT}
    [ -f "$cluster/PG_VERSION" ] || init
    if as_server "$bin/pg_ctl" -D "$cluster" status >/dev/null 2>&1; then
      exit 0 # already running (make run-postgres again)
    fi
    # A test run (PID given) keeps many databases open at once: each test's connection pools idle for minutes
    # beside two dashboard processes with their own; PostgreSQL's default of 100 connections ran out.
    connections=100
    [ -z "${4:-}" ] || connections=400
    as_server "$bin/pg_ctl" -D "$cluster" -l "$cluster/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c max_connections=$connections" start >/dev/null \
      || { tail -n 20 "$cluster/server.log" >&2; exit 1; }
    sql "$port" postgres "ALTER USER postgres PASSWORD '$(cat "$dir/password")'"
    if [ -n "${4:-}" ]; then
      # Detached and silent, so the caller's pipes close; a test run that crashes leaves no server behind.
      setsid bash -c 'while kill -0 "$0" 2>/dev/null; do sleep 1; done; "$1" stop "$2" immediate; rm -rf "$2"' \
        "$4" "$0" "$dir" </dev/null >/dev/null 2>&1 &
    fi
    ;;
  stop)
    if [ ! -f "$cluster/postmaster.pid" ]; then
      echo "No PostgreSQL is running in $dir: nothing to stop."
      exit 0
    fi
    as_server "$bin/pg_ctl" -D "$cluster" -m "${3:-fast}" -w stop >/dev/null
    ;;
  url)
    port=${3:?usage: postgres.sh url DIR PORT DB}
    db=${4:?usage: postgres.sh url DIR PORT DB}
    # A folder without a started server: one line and a failure, not psql's errors and an empty string.
    if [ ! -f "$dir/password" ] || [ ! -f "$cluster/postmaster.pid" ]; then
      echo "No PostgreSQL is running in $dir: start it with scripts/postgres.sh start $dir $port (or make run-postgres)." >&2
      exit 1
    fi
    [[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "Database name '$db': use lower-case letters, digits and _." >&2; exit 1; }
    [ -n "$(sql "$port" postgres "SELECT 1 FROM pg_database WHERE datname = '$db'")" ] \
      || sql "$port" postgres "CREATE DATABASE $db"
    echo "Host=127.0.0.1;Port=$port;Database=$db;Username=postgres;Password=$(cat "$dir/password")"
    ;;
  *)
    echo "Unknown command '$command': use start, stop or url." >&2
    exit 1
    ;;
esac
