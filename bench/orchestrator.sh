#!/usr/bin/env bash
# The embedded orchestrator under load from no-op workers, running the generated 4-step saga
# (deploy/conductor): tasks/s and workflows/s at peak, start → completed p50/p99, the per-step
# overhead (a worker sending a task's completion → the workflow's next task in a waiting worker's
# poll) at half the peak rate, and the orchestrator's RSS after WORKFLOWS completed workflows.
#
#   bench/orchestrator.sh                         # SQLite, then MariaDB on 127.0.0.1:3306 (root, no password)
#   DBS=sqlite bench/orchestrator.sh              # one backend only (sqlite, mariadb)
#   WORKFLOWS=2000 PACED_SECS=5 bench/orchestrator.sh
#   BASELINE_REF=main bench/orchestrator.sh       # also measure the orchestrator of another commit (git archive),
#                                                 # built in target/bench-baseline (slow the first time)
#   BASELINE_BIN=/path/to/orchestrator bench/orchestrator.sh   # or an orchestrator built before
#
# Each run: a fresh database (a temporary SQLite file; a new MariaDB database, dropped at the end),
# the release `orchestrator` binary as its own process on a free loopback port (durable settings:
# its defaults), and the `bench-orchestrator` driver (bench/orchestrator-load) with POLLERS batch
# long-pollers per task type. Ratios are "this build / baseline", measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

WORKFLOWS=${WORKFLOWS:-10000}
IN_FLIGHT=${IN_FLIGHT:-256}
POLLERS=${POLLERS:-2}
BATCH=${BATCH:-64}
PACED_SECS=${PACED_SECS:-10}
DBS=${DBS:-sqlite mariadb}

SAY_PREFIX=bench
. scripts/lib.sh

case " $DBS " in
  *" mariadb "*) command -v mysql >/dev/null || { say "the mysql client is missing (apt-get install mariadb-client)"; exit 1; } ;;
esac

target=${CARGO_TARGET_DIR:-target}
say "building release binaries"
cargo build --release -q -p orchestrator -p bench-orchestrator
bin=$target/release
for b in orchestrator bench-orchestrator; do
  [ -x "$bin/$b" ] || { say "$b binary missing ($bin/$b)"; exit 1; }
done

lib_init

baseline=${BASELINE_BIN:-}
if [ -n "${BASELINE_REF:-}" ]; then
  build_baseline "$BASELINE_REF" "$target/bench-baseline" orchestrator
  baseline=$baseline_bin/orchestrator
  [ -x "$baseline" ] || { say "baseline binary missing ($baseline)"; exit 1; }
fi

# run LABEL BINARY DB → prints the driver's key=value lines prefixed with LABEL.DB.
run() {
  local label=$1 binary=$2 db=$3 url port pid out
  case $db in
    sqlite) url="sqlite://$work/$label.db?mode=rwc" ;;
    mariadb)
      new_mariadb_database "bench_orch_${label}_$$"
      url=$database_url ;;
    *) say "unknown backend $db"; exit 1 ;;
  esac
  port=$(free_ports 1)
  start "$label.$db" env RUST_LOG="${RUST_LOG:-warn}" "$binary" --http "127.0.0.1:$port" --database-url "$url"
  pid=$last_pid
  out=$("$bin/bench-orchestrator" --base "http://127.0.0.1:$port/api" --defs deploy/conductor \
    --workflows "$WORKFLOWS" --in-flight "$IN_FLIGHT" --pollers "$POLLERS" --batch "$BATCH" \
    --paced-secs "$PACED_SECS" --pid "$pid") || { say "the driver failed; orchestrator log:"; tail -20 "$work/$label.$db.log" >&2; exit 1; }
  stop_pid "$pid"
  sed "s/^/$label.$db./" <<<"$out"
}

results=$work/results
: >"$results"
for db in $DBS; do
  if [ -n "$baseline" ]; then
    say "baseline on $db"
    run baseline "$baseline" "$db" >>"$results"
  fi
  say "this build on $db"
  run current "$bin/orchestrator" "$db" >>"$results"
done

get() { grep -m1 "^$1=" "$results" | cut -d= -f2; }
ratio() { python3 -c "import sys; a,b=sys.argv[1:]; print(f'{float(a)/float(b):.2f}x' if b not in ('', 'NaN') and float(b) else '-')" "$1" "$2"; }
verdict() { python3 -c "import sys; v,op,t=sys.argv[1:]; v=float(v); t=float(t); print('met' if (v>=t if op=='>=' else v<t) else 'MISSED')" "$1" "$2" "$3"; }

printf '\n%-8s %-9s %9s %8s %10s %10s %10s %10s %8s %7s\n' backend build tasks/s wf/s e2e-p50 e2e-p99 step-p50 step-p99 RSS-MB errors
for db in $DBS; do
  for label in baseline current; do
    [ "$label" = current ] || [ -n "$baseline" ] || continue
    p=$label.$db
    printf '%-8s %-9s %9s %8s %10s %10s %10s %10s %8s %7s\n' "$db" "$label" \
      "$(get "$p.peak_tasks_per_s")" "$(get "$p.peak_workflows_per_s")" \
      "$(get "$p.peak_e2e_p50_ms")" "$(get "$p.peak_e2e_p99_ms")" \
      "$(get "$p.paced_step_p50_ms")" "$(get "$p.paced_step_p99_ms")" \
      "$(get "$p.rss_mb")" "$(get "$p.errors")"
  done
  if [ -n "$baseline" ]; then
    printf '%-8s %-9s %9s\n' "$db" "ratio" \
      "$(ratio "$(get "current.$db.peak_tasks_per_s")" "$(get "baseline.$db.peak_tasks_per_s")")"
  fi
done
printf '\ne2e = start → completed at peak (%s workflows, %s in flight); step = completion → next task in a waiting worker, at half the peak rate (%s s)\n' "$WORKFLOWS" "$IN_FLIGHT" "$PACED_SECS"
printf 'paced e2e (current): ' ; for db in $DBS; do printf '%s p50 %s ms p99 %s ms; ' "$db" "$(get "current.$db.paced_e2e_p50_ms")" "$(get "current.$db.paced_e2e_p99_ms")"; done; echo
if grep -q '^current.sqlite.' "$results"; then
  echo "targets (SQLite, current): tasks/s >= 3000 $(verdict "$(get current.sqlite.peak_tasks_per_s)" '>=' 3000)," \
    "step p50 < 2 ms $(verdict "$(get current.sqlite.paced_step_p50_ms)" '<' 2)," \
    "step p99 < 20 ms $(verdict "$(get current.sqlite.paced_step_p99_ms)" '<' 20)," \
    "RSS < 80 MB $(verdict "$(get current.sqlite.rss_mb)" '<' 80)"
fi
echo "anchors: Orkes ~2,600 tasks/s on a laptop node; stock Conductor 300-500 ms between tasks"
[ -n "${RAW:-}" ] && cat "$results"
exit 0
