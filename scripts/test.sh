#!/usr/bin/env bash
# Install everything the test suite needs on a fresh Debian-like machine, then run all of it:
# lint, types, unit and property tests, doctests, every notebook, the browser tests, and the
# screenshot check (every lesson run in JupyterLab; fails on a traceback, a widget error or an
# answer shown before it is asked for; the PNGs are left in build/screenshots to look at).
# Extra arguments go to pytest (e.g. `bash scripts/test.sh -k numbers`).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy

# The results-store tests run against SQLite and a real PostgreSQL server on a loopback port
# (Debian's PostgreSQL, installed when missing), stopped when this script ends.
if [ -z "${LESSONKIT_TEST_POSTGRES:-}" ]; then
  pg_dir="$(mktemp -d)"
  trap 'bash scripts/postgres.sh stop "$pg_dir"' EXIT
  LESSONKIT_TEST_POSTGRES="$(bash scripts/postgres.sh start "$pg_dir")"
  export LESSONKIT_TEST_POSTGRES
fi
.venv/bin/python -m pytest --nbval-lax "$@"
if [ $# -eq 0 ]; then
  .venv/bin/python scripts/screenshots.py --out "${LESSONKIT_SCREENSHOTS:-build/screenshots}"
fi
