#!/usr/bin/env bash
# The bookstore as a newcomer runs it: `scripts/bookstore.sh` from the command to "every service
# ready", what it builds, the memory of every process it runs, `scripts/demo.sh`'s wall time, and
# how long Ctrl-C (SIGTERM) takes to stop everything with nothing left behind. The baseline,
# measured in the same run: catalog alone, started the same way (time to /readyz, RSS).
#
#   bench/bookstore.sh            RUNS=3: the first on empty data, the others keeping it
#   RUNS=5 bench/bookstore.sh
#
# Debug binaries, as scripts/bookstore.sh runs them (the build is part of what is measured: run
# `cargo test --workspace` first to measure the warm case the README promises). Data goes to a
# temporary directory and the ports are moved by PORT_OFFSET (default 23000), so a bookstore you
# have running and your ./data are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT_OFFSET=${PORT_OFFSET:-23000}
work=$(mktemp -d)
export BOOKSTORE_DATA_DIR=$work/data
bookstore_pid=""
cleanup() {
  [ -z "$bookstore_pid" ] || kill -TERM "$bookstore_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

say() { printf 'bench: %s\n' "$*" >&2; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# rss_mb FIELD PID...: the sum of VmRSS or VmHWM (peak) over the processes, in MB.
rss_mb() {
  local field=$1 total=0 kb
  shift
  for p in "$@"; do
    kb=$(awk -v f="$field:" '$1 == f { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  awk -v k="$total" 'BEGIN { printf "%.0f", k / 1024 }'
}

# --- baseline: catalog alone -----------------------------------------------------------------

say "baseline: catalog alone"
cargo build --workspace --examples --bin catalog >/dev/null 2>&1
baseline_start=$(now)
target/debug/catalog --http 127.0.0.1:0 --grpc 127.0.0.1:0 --data-dir "$work/baseline" \
  >"$work/catalog.log" 2>&1 &
catalog_pid=$!
port=""
until [ -n "$port" ] && curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do
  kill -0 "$catalog_pid" 2>/dev/null || { cat "$work/catalog.log" >&2; exit 1; }
  port=$(grep -o 'HTTP server listening addr=127.0.0.1:[0-9]*' "$work/catalog.log" | head -1 | sed 's/.*://') || true
  sleep 0.05
done
baseline_ready=$(secs "$baseline_start" "$(now)")
baseline_rss=$(rss_mb VmRSS "$catalog_pid")
kill -TERM "$catalog_pid"
wait "$catalog_pid" || true

# --- the bookstore, RUNS times ----------------------------------------------------------------

rows=()
for run in $(seq 1 "$RUNS"); do
  reset=()
  [ "$run" = 1 ] && reset=(--reset)
  say "run $run: scripts/bookstore.sh ${reset[*]} --port-offset $PORT_OFFSET"
  out=$work/bookstore-$run.out
  started=$(now)
  scripts/bookstore.sh "${reset[@]}" --port-offset "$PORT_OFFSET" >"$out" 2>&1 &
  bookstore_pid=$!
  until grep -qs 'Ctrl-C stops everything' "$out"; do
    kill -0 "$bookstore_pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.05
  done
  to_screen=$(secs "$started" "$(now)")
  processes_ready=$(grep -o 'every service ready [0-9.]* s' "$out" | grep -o '[0-9.]*')
  compiled=$(grep -c '^ *Compiling ' "$out" || true)
  mapfile -t children < <(pgrep -P "$bookstore_pid")
  rss_ready=$(rss_mb VmRSS "${children[@]}")

  demo_started=$(now)
  scripts/demo.sh --port-offset "$PORT_OFFSET" >"$work/demo-$run.out" 2>&1 ||
    { cat "$work/demo-$run.out" >&2; say "the demo failed"; exit 1; }
  demo=$(secs "$demo_started" "$(now)")
  rss_after=$(rss_mb VmRSS "${children[@]}")
  rss_peak=$(rss_mb VmHWM "${children[@]}")

  stop_started=$(now)
  kill -TERM "$bookstore_pid"
  wait "$bookstore_pid" || true
  bookstore_pid=""
  stop=$(secs "$stop_started" "$(now)")
  left=0
  for p in "${children[@]}"; do kill -0 "$p" 2>/dev/null && left=$((left + 1)); done

  rows+=("$(printf '| %s | %s | %s | %s s | %s s | %s | %s / %s / %s MB | %s s | %s s | %s |' \
    "$run" "$([ "$run" = 1 ] && echo empty || echo kept)" "$compiled" "$to_screen" "$processes_ready" \
    "${#children[@]}" "$rss_ready" "$rss_after" "$rss_peak" "$demo" "$stop" "$left")")
done

echo
echo "catalog alone (baseline): ready ${baseline_ready} s after start, RSS ${baseline_rss} MB"
echo
echo "| run | data | crates compiled | command → screen | processes → ready | processes | RSS ready / after demo / peak | demo | Ctrl-C → exit | left running |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "(target: RSS of all processes < 300 MB)"
