#!/usr/bin/env bash
# Complaint API and queue benchmarks on SQLite and PostgreSQL, on this machine, 127.0.0.1 only.
#   bench/run.sh                 # everything: ~10 s per load level, 1,000,000 complaints per database
#   SECONDS_PER_LEVEL=5 COUNT=100000 bench/run.sh   # a quicker look; ONLY=sqlite or ONLY=postgres for one database
#   SKIP_CREATE=1 bench/run.sh   # the queue only
# Needs: .NET 10 SDK; Debian's postgresql (initdb, pg_ctl in /usr/lib/postgresql/*/bin); root or the postgres user.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_PER_LEVEL=${SECONDS_PER_LEVEL:-10}
CLIENTS=${CLIENTS:-1,4,16}
COUNT=${COUNT:-1000000}
DEEP_PAGES=${DEEP_PAGES:-500}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
WORK=$(mktemp -d /tmp/minwon-bench.XXXXXX)
APP_PID=""; PGDATA_DIR=""

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_app() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi
}
cleanup() {
  local rc=$?
  stop_app
  if [ "$rc" != 0 ] && [ -f "$WORK/app.log" ]; then echo "== app log (tail)"; tail -40 "$WORK/app.log"; fi
  if [ -n "$PGDATA_DIR" ]; then
    as_postgres "$PGBIN/pg_ctl" stop -w -m fast -D "$PGDATA_DIR/data" >/dev/null 2>&1 || true
    rm -rf "$PGDATA_DIR"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; $(free -g | awk '/Mem:/{print $2}') GB; $(. /etc/os-release; echo "$PRETTY_NAME"); .NET $(dotnet --version)"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build -c Release "$ROOT/src/Minwon.Web" -nologo -v q >/dev/null
dotnet build -c Release "$ROOT/bench/Minwon.Bench.Load" -nologo -v q >/dev/null
APP_DLL="$ROOT/src/Minwon.Web/bin/Release/net10.0/Minwon.Web.dll"
BENCH=(dotnet "$ROOT/bench/Minwon.Bench.Load/bin/Release/net10.0/Minwon.Bench.Load.dll")

# start_app PROVIDER CONNECTION: Production environment, demo data on an empty database, warnings-only logging
# (the log sender for notifications would otherwise print every message).
start_app() {
  PORT=$(free_port)
  URL="http://127.0.0.1:$PORT"
  ( cd "$ROOT/src/Minwon.Web" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
      Database__Provider="$1" "ConnectionStrings__$1=$2" Database__SeedDemoData=true Diagnostics__ServerTiming=true \
      dotnet "$APP_DLL" --urls "$URL" ) >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$URL/openapi/v1.json" 2>/dev/null; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$WORK/app.log"; echo "app exited" >&2; exit 1; fi
    sleep 1
  done
  cat "$WORK/app.log"; echo "app did not start" >&2; exit 1
}

bench_db() { # PROVIDER(Sqlite|Postgres) CONNECTION
  local provider=$1 cs=$2 lower
  lower=$(echo "$1" | tr 'A-Z' 'a-z'); [ "$lower" = postgres ] || lower=sqlite
  echo; echo "#### $provider"
  start_app "$provider" "$cs"   # migrates and seeds the demo institution
  [ -n "${SKIP_CREATE:-}" ] || "${BENCH[@]}" create --url "$URL" --clients "$CLIENTS" --seconds "$SECONDS_PER_LEVEL"
  stop_app
  "${BENCH[@]}" seed-queue --provider "$lower" --connection "$cs" --count "$COUNT"
  start_app "$provider" "$cs"
  "${BENCH[@]}" queue --url "$URL" --deep-pages "$DEEP_PAGES"
  stop_app
}

# SQLite: a fresh file (WAL, as the app sets it).
if [ "${ONLY:-}" != postgres ]; then
  bench_db Sqlite "Data Source=$WORK/minwon.db"
  rm -f "$WORK"/minwon.db*
fi
[ "${ONLY:-}" = sqlite ] && { echo; echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"; exit 0; }

# PostgreSQL: a throwaway cluster on a free port, default durability (fsync on, synchronous_commit on).
# (its own temp folder: the postgres user cannot enter root's 0700 $WORK)
PGDATA_DIR=$(mktemp -d /tmp/minwon-bench-pg.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA_DIR"
PGPORT=$(free_port)
as_postgres "$PGBIN/initdb" -D "$PGDATA_DIR/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_postgres "$PGBIN/pg_ctl" start -w -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/log" \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA_DIR -c shared_buffers=512MB" >/dev/null
echo; echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), fsync on (default), shared_buffers 512MB"
bench_db Postgres "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"

echo; echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
