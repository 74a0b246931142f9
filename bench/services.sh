#!/usr/bin/env bash
# Catalog service under HTTP load, against a bare axum JSON endpoint built in the same run (this
# machine is shared and noisy, so the ratio to that ceiling matters more than the raw numbers).
#
#   bench/services.sh                     # SQLite, then MariaDB on 127.0.0.1:3306 (root, no password)
#   DURATION=30s CONNECTIONS=64 bench/services.sh
#   DBS=sqlite bench/services.sh          # one backend only
#
# For each backend: fresh databases (a temporary data dir; for MariaDB one new database per service,
# dropped at the end), inventory then catalog started on free loopback ports, and after a warm-up
# (WARMUP, default 3s) one wrk run of DURATION (default 10s; 2 threads, CONNECTIONS=32) each on
#   ceiling      GET /api/v1/books/{1..6} on bench-ceiling (no database, no inventory call)
#   book-by-id   GET /api/v1/books/{1..6} on catalog (with its gRPC call to inventory for stock)
#   list-10      GET /api/v1/books?limit=10 on catalog
#   healthz      GET /healthz on catalog: the shared runtime's middleware and nothing else, which
#                tells the runtime's cost apart from the catalog's own (database, inventory call)
# then book-by-id and list-10 again at a fixed rate of half the peak just measured, for p99, and
# both once more on a catalog started with its read caches off (CATALOG_BOOK_CACHE_TTL_MS=0,
# CATALOG_STOCK_CACHE_TTL_MS=0): the cost of a book that is not hot, a database read and an
# inventory call per request.
# Peak RSS is VmHWM from /proc/<pid>/status, read after each run. Services log at their default
# level (RUST_LOG, if set, is passed on) into files that are removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=2
DBS=${DBS:-sqlite mariadb}
# The ids the catalog's and inventory's seed migrations create: every book read finds a book.
BOOK_PATHS="/api/v1/books/1 /api/v1/books/2 /api/v1/books/3 /api/v1/books/4 /api/v1/books/5 /api/v1/books/6"
LIST_PATHS="/api/v1/books?limit=10"

SAY_PREFIX=bench LOG_TAIL_LINES=15
. scripts/lib.sh

command -v wrk >/dev/null || apt_install wrk
command -v curl >/dev/null || apt_install curl
case " $DBS " in
  *" mariadb "*) command -v mysql >/dev/null || apt_install mariadb-client ;;
esac

say "building release binaries"
if ! cargo build --release -q -p catalog -p inventory -p bench-ceiling; then
  say "release build failed: catalog, inventory or bench-ceiling cannot be built"
  exit 1
fi
bin=${CARGO_TARGET_DIR:-target}/release
for b in catalog inventory bench-ceiling; do
  [ -x "$bin/$b" ] || { say "$b binary missing ($bin/$b)"; exit 1; }
done

lib_init

# wrk script: rotates over BENCH_PATHS; with BENCH_RATE > 0 it paces each thread to its share of
# that rate through wrk's delay() hook (wrk has no rate option and wrk2 is not packaged): every
# request claims the thread's next send slot, a fixed interval after the previous one. This is
# closed-loop pacing: latency is measured from the actual send, and if the server stalls, fewer
# requests are sent (the achieved rate is printed next to the target so that shows).
cat >"$work/bench.lua" <<'LUA'
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do paths[#paths + 1] = p end
local requests, next_request = {}, 0

function init(args)
  for i, p in ipairs(paths) do requests[i] = wrk.format("GET", p) end
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

local rate = tonumber(os.getenv("BENCH_RATE") or "0")
if rate > 0 then
  local interval = tonumber(os.getenv("BENCH_THREADS")) * 1000 / rate
  local slot = 0
  function delay()
    local now = now_ms()
    slot = math.max(slot + interval, now)
    return math.floor(slot - now)
  end
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d socket_errors=%d status_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
LUA

# wrk_run DURATION PATHS RATE BASE_URL: prints "rps p50_us p99_us socket_errors status_errors".
wrk_run() {
  local duration=$1 paths=$2 rate=$3 base=$4 out
  out=$(BENCH_PATHS=$paths BENCH_RATE=$rate BENCH_THREADS=$THREADS \
    timeout 600 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 2s \
    -s "$work/bench.lua" "$base" 2>&1) || die "wrk failed on $base: $out"
  awk '/^BENCH / {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%.0f %d %d %d %d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"],
      v["p99_us"], v["socket_errors"], v["status_errors"]
  }' <<<"$out"
}

results=$work/results.tsv
: >"$results"

# measure DB TARGET PATHS RATE BASE_URL: warm up (unpaced runs only), run, record a row.
measure() {
  local db=$1 target=$2 paths=$3 rate=$4 base=$5 row
  if [ "$rate" = 0 ]; then wrk_run "$WARMUP" "$paths" 0 "$base" >/dev/null; fi
  row=$(wrk_run "$DURATION" "$paths" "$rate" "$base")
  [ -n "$row" ] || die "no result from wrk for $target"
  local pid
  for pid in "$catalog_pid" "$inventory_pid"; do
    kill -0 "$pid" 2>/dev/null || die "a service died during the $target run ($db)"
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$db" "$target" "$rate" "${row// /$'\t'}" \
    "$(hwm_kb "$catalog_pid")" "$(hwm_kb "$inventory_pid")" "$(hwm_kb "$ceiling_pid")" >>"$results"
  say "$db $target (rate ${rate/#0/unlimited}): req/s p50_us p99_us socket_errors status_errors = $row"
  last_rps=${row%% *}
}

# Refuses to measure a catalog that does not do the work the benchmark claims to measure.
check_catalog() {
  local base=$1 book list
  book=$(curl -fsS --max-time 5 "$base/api/v1/books/1") || die "GET /api/v1/books/1 failed"
  grep -q '"stock"' <<<"$book" || die "book 1 came back without stock: is inventory reachable? $book"
  list=$(curl -fsS --max-time 5 "$base/api/v1/books?limit=10") || die "GET /api/v1/books?limit=10 failed"
  list_items=$(python3 -c 'import json, sys; print(len(json.load(sys.stdin)["items"]))' <<<"$list") ||
    die "the book list is not a BookPage: $list"
}

read -r ceiling_port < <(free_ports 1)
start ceiling "$bin/bench-ceiling" --addr "127.0.0.1:$ceiling_port"
ceiling_pid=$last_pid
ceiling=http://127.0.0.1:$ceiling_port
wait_ok ceiling "$ceiling/api/v1/books/1" "$ceiling_pid"

for db in $DBS; do
  read -r inv_http inv_grpc cat_http cat_grpc < <(free_ports 4)
  case $db in
    sqlite)
      mkdir -p "$work/data-$db"
      inventory_db=(--data-dir "$work/data-$db")
      catalog_db=(--data-dir "$work/data-$db")
      ;;
    mariadb)
      mariadb_reachable ||
        die "MariaDB is not reachable on 127.0.0.1:3306 as root without a password (DBS=sqlite skips it)"
      for service in catalog inventory; do
        new_mariadb_database "bench_${service}_$$_$(date +%s)"
        printf -v "${service}_url" '%s' "$database_url"
      done
      inventory_db=(--database-url "$inventory_url")
      catalog_db=(--database-url "$catalog_url")
      ;;
    *) die "unknown database '$db' in DBS (sqlite, mariadb)" ;;
  esac

  start "inventory-$db" "$bin/inventory" --http "127.0.0.1:$inv_http" --grpc "127.0.0.1:$inv_grpc" \
    --drain-delay-ms 0 "${inventory_db[@]}"
  inventory_pid=$last_pid
  wait_ok inventory "http://127.0.0.1:$inv_http/readyz" "$inventory_pid"
  start "catalog-$db" env CATALOG_INVENTORY_GRPC_URL="http://127.0.0.1:$inv_grpc" \
    "$bin/catalog" --http "127.0.0.1:$cat_http" --grpc "127.0.0.1:$cat_grpc" \
    --drain-delay-ms 0 "${catalog_db[@]}"
  catalog_pid=$last_pid
  catalog=http://127.0.0.1:$cat_http
  wait_ok catalog "$catalog/readyz" "$catalog_pid"
  check_catalog "$catalog"

  measure "$db" ceiling "$BOOK_PATHS" 0 "$ceiling"
  measure "$db" healthz "/healthz" 0 "$catalog"
  measure "$db" book-by-id "$BOOK_PATHS" 0 "$catalog"
  by_id_peak=$last_rps
  measure "$db" "list-10" "$LIST_PATHS" 0 "$catalog"
  list_peak=$last_rps
  measure "$db" book-by-id "$BOOK_PATHS" $((by_id_peak / 2)) "$catalog"
  measure "$db" "list-10" "$LIST_PATHS" $((list_peak / 2)) "$catalog"

  # The same reads with the catalog's read caches off: every book read costs a database read
  # and an inventory call, which is what a cold or never-repeated book costs.
  stop_pid "$catalog_pid"
  start "catalog-$db-uncached" env CATALOG_INVENTORY_GRPC_URL="http://127.0.0.1:$inv_grpc" \
    CATALOG_BOOK_CACHE_TTL_MS=0 CATALOG_STOCK_CACHE_TTL_MS=0 \
    "$bin/catalog" --http "127.0.0.1:$cat_http" --grpc "127.0.0.1:$cat_grpc" \
    --drain-delay-ms 0 --migrate-on-start false "${catalog_db[@]}"
  catalog_pid=$last_pid
  wait_ok catalog "$catalog/readyz" "$catalog_pid"
  check_catalog "$catalog"
  measure "$db" "book-by-id, no cache" "$BOOK_PATHS" 0 "$catalog"
  measure "$db" "list-10, no cache" "$LIST_PATHS" 0 "$catalog"

  stop_pid "$catalog_pid"
  stop_pid "$inventory_pid"
  [ ${#databases[@]} -eq 0 ] || drop_databases
done

python3 - "$results" "$DURATION" "$CONNECTIONS" "$THREADS" "$list_items" <<'PY'
import csv, sys

path, duration, connections, threads, list_items = sys.argv[1:]
rows = list(csv.reader(open(path), delimiter="\t"))
print(f"\nwrk {threads} threads, {connections} connections, {duration} per run; "
      f"list-10 returns {list_items} books (the seed)")
print("fixed-rate rows: wrk's delay() hook paces each thread to half the peak (closed loop: "
      "latency from the actual send)\n")
head = f"{'db':8} {'target':22} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'ratio':>6} " \
       f"{'errors':>6} {'catalog RSS':>11} {'inventory RSS':>13}"
print(head)
print("-" * len(head))
ceiling, failed, verdicts = {}, False, []
for db, target, rate, rps, p50, p99, sock, status, cat_kb, inv_kb, ceil_kb in rows:
    rps, rate = float(rps), int(rate)
    if target == "ceiling":
        ceiling[db] = rps
        cat_rss = inv_rss = ""
        name = f"ceiling (RSS {int(ceil_kb) / 1024:.1f} MB)"
    else:
        cat_rss, inv_rss = f"{int(cat_kb) / 1024:.1f} MB", f"{int(inv_kb) / 1024:.1f} MB"
        name = f"{target} @ {rate}/s" if rate else target
    ratio = rps / ceiling[db]
    ratio_text = "" if rate else f"{ratio:.1%}"
    errors = int(sock) + int(status)
    failed |= int(status) > 0
    print(f"{db:8} {name:22} {rps:8.0f} {int(p50) / 1000:7.2f} {int(p99) / 1000:7.2f} "
          f"{ratio_text:>6} {errors:6d} {cat_rss:>11} {inv_rss:>13}")
    if target == "book-by-id" and not rate:
        verdicts.append((f"{db}: book-by-id >= 25% of the ceiling's req/s", ratio >= 0.25,
                         f"{ratio:.1%}"))
    if target == "book-by-id" and rate:
        verdicts.append((f"{db}: book-by-id p99 < 10 ms at half its peak", int(p99) < 10_000,
                         f"{int(p99) / 1000:.2f} ms at {rps:.0f}/s of {rate}/s"))
# VmHWM only grows, but the kernel's RSS counters are cached per thread, so take the largest sample.
peaks = {}
for db, *_, cat_kb, inv_kb, _ in rows:
    old = peaks.get(db, (0, 0))
    peaks[db] = (max(old[0], int(cat_kb)), max(old[1], int(inv_kb)))
for db, (cat_kb, inv_kb) in peaks.items():
    peak = max(cat_kb, inv_kb) / 1024
    verdicts.append((f"{db}: each service under 50 MB RSS under load", peak < 50,
                     f"catalog {cat_kb / 1024:.1f} MB, inventory {inv_kb / 1024:.1f} MB"))
print("\ntargets:")
for what, ok, value in verdicts:
    print(f"  {'met   ' if ok else 'MISSED'} {what} ({value})")
if failed:
    print("\nsome responses were HTTP errors (see the errors column): these numbers are not valid")
    sys.exit(1)
PY
