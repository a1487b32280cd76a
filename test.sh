#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh Debian machine (chromium, postgresql),
# starts a throwaway PostgreSQL server on loopback, runs every test project, then stops the server.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/sbin/nginx ] || need_apt+=(nginx)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# --- PostgreSQL: a private cluster owned by the postgres user (it refuses to run as root) ---
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PG_PORT="${INTRANET_TEST_PG_PORT:-55432}"
PG_DIR="$(mktemp -d /tmp/intranett-pg.XXXXXX)"
chown postgres:postgres "$PG_DIR"
su postgres -c "$PG_BIN/initdb -D '$PG_DIR/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -c "$PG_BIN/pg_ctl -D '$PG_DIR/data' -l '$PG_DIR/log' -w -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off\" start" >/dev/null
stop_pg() { su postgres -c "$PG_BIN/pg_ctl -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop_pg EXIT
export INTRANET_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"

# --- build once, then run each test project ---
dotnet build Intranet.sln -c Release -v q -nologo -clp:ErrorsOnly
status=0
passed=0; failed=0; skipped=0
for proj in tests/*.Tests/*.csproj; do
  name="$(basename "$proj" .csproj)"
  # Optional during development: INTRANET_TEST_ONLY="Content Search" runs just those projects.
  if [ -n "${INTRANET_TEST_ONLY:-}" ] && ! [[ " $INTRANET_TEST_ONLY " == *" ${name#Intranet.}"* ]]; then continue; fi
  echo "=== $name ==="
  log="$(mktemp)"
  if ! dotnet test "$proj" -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log"; then status=1; fi
  # totals from the vstest summary line ("Failed!  - Failed: 0, Passed: 12, Skipped: 0, ...")
  line="$(grep -E '(Passed|Failed)!  - Failed:' "$log" | tail -1 || true)"
  if [ -n "$line" ]; then
    f=$(echo "$line" | sed -E 's/.*Failed: *([0-9]+).*/\1/'); p=$(echo "$line" | sed -E 's/.*Passed: *([0-9]+).*/\1/'); s=$(echo "$line" | sed -E 's/.*Skipped: *([0-9]+).*/\1/')
    failed=$((failed+f)); passed=$((passed+p)); skipped=$((skipped+s))
  else
    status=1; echo "No test summary from $name"
  fi
  rm -f "$log"
done
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
