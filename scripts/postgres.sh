#!/usr/bin/env bash
# A throwaway PostgreSQL server for the results-store tests, on a free loopback port.
#
#   bash scripts/postgres.sh start DIR   # prints postgresql://postgres@127.0.0.1:PORT/lessonkit
#   bash scripts/postgres.sh stop DIR    # stops it and removes DIR
#
# Installs Debian's PostgreSQL when it is missing. The cluster lives in DIR (made when
# missing); as root it runs as the 'postgres' user, which refuses to run as root. Nothing
# listens beyond 127.0.0.1, and the server trusts local connections only.
set -euo pipefail

usage() { echo "usage: bash scripts/postgres.sh start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action="$1"
dir="$2"

bindir() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$found" ] && [ -x "$found/pg_ctl" ]; then echo "$found"; return; fi
  found="$(command -v pg_ctl || true)"
  [ -n "$found" ] && dirname "$(readlink -f "$found")"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    bin="$(bindir || true)"
    if [ -z "$bin" ]; then
      sudo=""
      [ "$(id -u)" -eq 0 ] || sudo="sudo"
      echo "postgres.sh: installing Debian's PostgreSQL" >&2
      $sudo apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
      bin="$(bindir)"
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    fi
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres lessonkit
    echo "postgresql://postgres@127.0.0.1:$port/lessonkit"
    ;;
  stop)
    bin="$(bindir || true)"
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
