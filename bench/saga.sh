#!/usr/bin/env bash
# The bookstore's main job under load: orders placed and confirmed per second end to end, with
# every process on this machine (orchestrator, identity, catalog, inventory, order, payment; the
# release builds), placed → confirmed p50/p99 at half the peak rate, and each process's peak RSS.
#
#   bench/saga.sh                        # SQLite, then MariaDB on 127.0.0.1:3306 (root, no password)
#   DBS=sqlite bench/saga.sh             # one backend only (sqlite, mariadb)
#   ORDERS=1000 IN_FLIGHT=16 PACED_SECS=5 bench/saga.sh
#   METRICS_DIR=/tmp/saga-metrics bench/saga.sh   # also keep every process's /metrics at the end
#
# The baseline, measured in the same run on the same backend: the bare orchestrator running the
# same generated saga with no-op workers (bench/orchestrator-load). "saga/bare" is the share of
# the orchestrator's own ceiling the real services keep; "bare p50" is what the orchestrator alone
# spends from start to end of the saga at half its peak.
#
# Each backend gets fresh databases (SQLite files in a temporary directory, or new MariaDB
# databases dropped at the end) and every process a free loopback port.
set -euo pipefail
cd "$(dirname "$0")/.."

ORDERS=${ORDERS:-2000}
IN_FLIGHT=${IN_FLIGHT:-32}
PACED_SECS=${PACED_SECS:-10}
BARE_WORKFLOWS=${BARE_WORKFLOWS:-3000}
DBS=${DBS:-sqlite mariadb}
SERVICES=(identity catalog inventory payment order)

SAY_PREFIX=bench
. scripts/lib.sh

case " $DBS " in
  *" mariadb "*) command -v mysql >/dev/null || { say "the mysql client is missing (apt-get install mariadb-client)"; exit 1; } ;;
esac

target=${CARGO_TARGET_DIR:-target}
bin=$target/release
say "building release binaries"
cargo build --release -q -p orchestrator -p bench-orchestrator -p bench-saga $(printf -- '-p %s ' "${SERVICES[@]}")

lib_init

# fresh_database BACKEND NAME → sets $database_url to a fresh database for one process. Not a
# command substitution: the MariaDB database must be recorded in this shell for the cleanup.
fresh_database() {
  case $1 in
    sqlite) database_url="sqlite://$work/$2.db?mode=rwc" ;;
    mariadb) new_mariadb_database "bench_saga_${2}_$$" ;;
    *) say "unknown backend $1"; exit 1 ;;
  esac
}

# Waits (at most 30 s) until URL answers 200, failing early if process PID died.
wait_ready() { wait_ok "$1" "$2" "$3" 30; }

# bare BACKEND → the orchestrator alone, no-op workers: its key=value lines prefixed "bare.".
bare() {
  local db=$1 port pid
  port=$(free_ports 1)
  fresh_database "$db" orch_bare
  start "bare.$db" env RUST_LOG=warn "$bin/orchestrator" --http "127.0.0.1:$port" --database-url "$database_url"
  pid=$last_pid
  "$bin/bench-orchestrator" --base "http://127.0.0.1:$port/api" --defs deploy/conductor \
    --workflows "$BARE_WORKFLOWS" --in-flight 64 --paced-secs "$PACED_SECS" --pid "$pid" | sed 's/^/bare./'
  stop_pid "$pid"
}

# saga BACKEND → every service and the orchestrator, the bench-saga driver's lines prefixed "saga.".
saga() {
  local db=$1 s pids=() pid_args=()
  declare -A http grpc pid
  local ports=()
  read -ra ports < <(free_ports 12)
  for s in orchestrator "${SERVICES[@]}"; do http[$s]=${ports[0]}; grpc[$s]=${ports[1]}; ports=("${ports[@]:2}"); done
  local issuer="http://127.0.0.1:${http[identity]}/realms/bookstore"
  local conductor="http://127.0.0.1:${http[orchestrator]}/api"
  local admin_email=bench-admin@example.com admin_password="bench admin password $$"

  fresh_database "$db" orchestrator
  start "orchestrator.$db" env RUST_LOG=warn "$bin/orchestrator" --http "127.0.0.1:${http[orchestrator]}" \
    --database-url "$database_url"
  pid[orchestrator]=$last_pid
  wait_ready orchestrator "$conductor/health" "${pid[orchestrator]}"

  for s in "${SERVICES[@]}"; do
    fresh_database "$db" "$s"
    start "$s.$db" env HTTP_ADDR="127.0.0.1:${http[$s]}" GRPC_ADDR="127.0.0.1:${grpc[$s]}" \
      DATABASE_URL="$database_url" AUTH_ISSUER="$issuer" \
      CONDUCTOR_SERVER_URL="$conductor" ACCESS_LOG=off RUST_LOG=warn \
      IDENTITY_BOOTSTRAP_ADMIN_EMAIL="$admin_email" IDENTITY_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
      CATALOG_INVENTORY_GRPC_URL="http://127.0.0.1:${grpc[inventory]}" \
      ORDER_CATALOG_GRPC_URL="http://127.0.0.1:${grpc[catalog]}" \
      ORDER_PAYMENT_GRPC_URL="http://127.0.0.1:${grpc[payment]}" \
      "$bin/$s"
    pid[$s]=$last_pid
    # identity first: the others fetch its signing keys.
    [ "$s" != identity ] || wait_ready identity "http://127.0.0.1:${http[identity]}/readyz" "${pid[identity]}"
  done
  for s in "${SERVICES[@]}"; do wait_ready "$s" "http://127.0.0.1:${http[$s]}/readyz" "${pid[$s]}"; done
  for s in orchestrator "${SERVICES[@]}"; do pid_args+=(--pid "$s=${pid[$s]}"); pids+=("${pid[$s]}"); done

  "$bin/bench-saga" --identity "http://127.0.0.1:${http[identity]}" \
    --catalog "http://127.0.0.1:${http[catalog]}" --inventory "http://127.0.0.1:${http[inventory]}" \
    --order "http://127.0.0.1:${http[order]}" --orchestrator "$conductor" \
    --admin-email "$admin_email" --admin-password "$admin_password" \
    --orders "$ORDERS" --in-flight "$IN_FLIGHT" --paced-secs "$PACED_SECS" "${pid_args[@]}" \
    | sed 's/^/saga./' || { say "the driver failed; the last log lines:"; tail -n 5 "$work"/*."$db".log >&2; return 1; }
  if [ -n "${METRICS_DIR:-}" ]; then
    mkdir -p "$METRICS_DIR"
    for s in "${SERVICES[@]}"; do curl -fsS "http://127.0.0.1:${http[$s]}/metrics" >"$METRICS_DIR/$s.$db.prom" || true; done
    curl -fsS "http://127.0.0.1:${http[orchestrator]}/metrics" >"$METRICS_DIR/orchestrator.$db.prom" || true
  fi
  for s in "${pids[@]}"; do stop_pid "$s"; done
}

# Not `bare | sed`: a function in a pipeline runs in a subshell, and the processes and databases
# it starts must be recorded in this shell for the cleanup.
results=$work/results
: >"$results"
for db in $DBS; do
  say "bare orchestrator on $db"
  bare "$db" >"$work/bare.out"
  sed "s/^/$db./" "$work/bare.out" >>"$results"
  say "the bookstore on $db"
  saga "$db" >"$work/saga.out"
  sed "s/^/$db./" "$work/saga.out" >>"$results"
done

get() { grep -m1 "^$1=" "$results" | cut -d= -f2; }
ratio() { python3 -c "import sys; a,b=sys.argv[1:]; print(f'{float(a)/float(b):.2f}' if b not in ('', 'NaN') and float(b) else '-')" "$1" "$2"; }
verdict() { python3 -c "import sys; v,op,t=sys.argv[1:]; v=float(v); t=float(t); print('met' if (v>=t if op=='>=' else v<t) else 'MISSED')" "$1" "$2" "$3"; }

printf '\n%-8s %9s %11s %8s %8s %9s %9s %9s %9s %7s\n' backend placed/s confirmed/s bare-wf/s saga/bare p50-ms p99-ms bare-p50 cancelled errors
for db in $DBS; do
  printf '%-8s %9s %11s %8s %8s %9s %9s %9s %9s %7s\n' "$db" \
    "$(get "$db.saga.peak_placed_per_s")" "$(get "$db.saga.peak_confirmed_per_s")" \
    "$(get "$db.bare.peak_workflows_per_s")" \
    "$(ratio "$(get "$db.saga.peak_confirmed_per_s")" "$(get "$db.bare.peak_workflows_per_s")")" \
    "$(get "$db.saga.paced_e2e_p50_ms")" "$(get "$db.saga.paced_e2e_p99_ms")" \
    "$(get "$db.bare.paced_e2e_p50_ms")" "$(get "$db.saga.peak_cancelled")" "$(get "$db.saga.errors")"
done
printf '\npeak RSS (MB):\n'
for db in $DBS; do
  printf '  %-8s' "$db"
  for s in orchestrator "${SERVICES[@]}"; do printf ' %s %s' "$s" "$(get "$db.saga.rss_mb_$s")"; done
  echo
done
printf '\npeak: %s orders, %s in flight; p50/p99 = placed → confirmed at half the peak confirmed rate (%s s)\n' "$ORDERS" "$IN_FLIGHT" "$PACED_SECS"
if grep -q '^sqlite.saga.' "$results"; then
  max_rss=$(grep '^sqlite.saga.rss_mb_' "$results" | cut -d= -f2 | sort -n | tail -1)
  echo "targets (SQLite): confirmed/s >= 200 $(verdict "$(get sqlite.saga.peak_confirmed_per_s)" '>=' 200)," \
    "p50 < 30 ms $(verdict "$(get sqlite.saga.paced_e2e_p50_ms)" '<' 30)," \
    "every process < 60 MB $(verdict "$max_rss" '<' 60)"
fi
echo "anchor: stock Conductor spends 300-500 ms between two steps"
[ -n "${RAW:-}" ] && cat "$results"
exit 0
