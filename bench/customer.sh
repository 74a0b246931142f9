#!/usr/bin/env bash
# The customer façade's own cost: `GET /api/v1/customers/{id}/orders` on customer (token check,
# gRPC ListOrders to order, gRPC GetBooks to catalog for the titles) against order's own
# `GET /api/v1/orders` (token check, the SQL) for the same customer's same ten orders, measured in
# the same run.
#
#   bench/customer.sh                          # release builds, SQLite under a temporary directory
#   DURATION=20s CONNECTIONS=32 bench/customer.sh
#
# Identity (the issuer), catalog, payment (no saga workers), order (saga off: the orders stay
# pending, which is all a read needs) and customer start on free loopback ports, release builds,
# access logs off. A customer signs up and places ORDERS (default 10) orders of two books each.
# After a warm-up (WARMUP, default 3s), one wrk run of DURATION (default 10s, 2 threads,
# CONNECTIONS=16) per row at full speed, then again paced at half that peak for p99:
#   order      GET /api/v1/orders?limit=10 on order, the customer's token
#   customer   GET /api/v1/customers/{id}/orders?limit=10 on customer, the same token
# Every answer must be a 200 with the ten orders. Targets (issue 12): customer's throughput at
# least 60 % of order's, customer's p99 at half its peak under 15 ms, customer's peak RSS
# (VmHWM) under 50 MB. Missed targets are printed, not failed.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-16}
ORDERS=${ORDERS:-10}
THREADS=2

SAY_PREFIX=bench
LOG_TAIL_LINES=15
# shellcheck source=scripts/lib.sh
. scripts/lib.sh
command -v wrk >/dev/null || apt_install wrk
command -v curl >/dev/null || apt_install curl

say "building release binaries"
cargo build --release -q -p identity -p catalog -p payment -p order -p customer ||
  { say "release build failed"; exit 1; }
bin=${CARGO_TARGET_DIR:-target}/release

lib_init

json() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }

read -r ide_http ide_grpc cat_http cat_grpc pay_http pay_grpc ord_http ord_grpc cus_http cus_grpc < <(free_ports 10)
identity=http://127.0.0.1:$ide_http
issuer=$identity/realms/bookstore
export ACCESS_LOG=off AUTH_ISSUER=$issuer
start identity "$bin/identity" --http "127.0.0.1:$ide_http" --grpc "127.0.0.1:$ide_grpc" \
  --data-dir "$work/identity" --drain-delay-ms 0
identity_pid=$last_pid
wait_ok identity "$identity/readyz" "$identity_pid"
start catalog "$bin/catalog" --http "127.0.0.1:$cat_http" --grpc "127.0.0.1:$cat_grpc" \
  --data-dir "$work/catalog" --drain-delay-ms 0
catalog_pid=$last_pid
wait_ok catalog "http://127.0.0.1:$cat_http/readyz" "$catalog_pid"
start payment env PAYMENT_WORKERS=false "$bin/payment" --http "127.0.0.1:$pay_http" \
  --grpc "127.0.0.1:$pay_grpc" --data-dir "$work/payment" --drain-delay-ms 0
payment_pid=$last_pid
wait_ok payment "http://127.0.0.1:$pay_http/readyz" "$payment_pid"
start order env ORDER_SAGA_ENABLED=false ORDER_CATALOG_GRPC_URL="http://127.0.0.1:$cat_grpc" \
  ORDER_PAYMENT_GRPC_URL="http://127.0.0.1:$pay_grpc" "$bin/order" --http "127.0.0.1:$ord_http" \
  --grpc "127.0.0.1:$ord_grpc" --data-dir "$work/order" --drain-delay-ms 0
order_pid=$last_pid
order=http://127.0.0.1:$ord_http
wait_ok order "$order/readyz" "$order_pid"
start customer env CUSTOMER_IDENTITY_GRPC_URL="http://127.0.0.1:$ide_grpc" \
  CUSTOMER_CATALOG_GRPC_URL="http://127.0.0.1:$cat_grpc" CUSTOMER_ORDER_GRPC_URL="http://127.0.0.1:$ord_grpc" \
  CUSTOMER_PAYMENT_GRPC_URL="http://127.0.0.1:$pay_grpc" "$bin/customer" --http "127.0.0.1:$cus_http" \
  --grpc "127.0.0.1:$cus_grpc" --data-dir "$work/customer" --drain-delay-ms 0
customer_pid=$last_pid
customer=http://127.0.0.1:$cus_http
wait_ok customer "$customer/readyz" "$customer_pid"

password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
signup=$(printf '{"email":"bench@example.com","password":"%s","first_name":"Bench","last_name":"User"}' "$password")
curl -fsS -o /dev/null -X POST "$identity/api/v1/users/signup" -H 'content-type: application/json' \
  -d "$signup" || die "sign-up failed"
token=$(curl -fsS -X POST "$identity/api/v1/users/signin" -H 'content-type: application/json' \
  -d "{\"email\":\"bench@example.com\",\"password\":\"$password\"}" | json '["access_token"]') ||
  die "sign-in failed"
me=$(curl -fsS "$identity/api/v1/users/me" -H "authorization: Bearer $token" | json '["id"]') ||
  die "reading the customer's id failed"
for i in $(seq "$ORDERS"); do
  curl -fsS -o /dev/null -X POST "$order/api/v1/orders" -H "authorization: Bearer $token" \
    -H 'content-type: application/json' -H "Idempotency-Key: bench-$i" \
    -d '{"items":[{"book_id":1,"quantity":1},{"book_id":2,"quantity":2}],"payment":{"type":"card","card_number":"4242424242424242"}}' ||
    die "placing order $i failed"
done
order_path="/api/v1/orders?limit=10"
customer_path="/api/v1/customers/$me/orders?limit=10"
# Both answer the same orders, with the same titles, before anything is measured.
want=$((ORDERS < 10 ? ORDERS : 10))
for url in "$order$order_path" "$customer$customer_path"; do
  got=$(curl -fsS "$url" -H "authorization: Bearer $token" |
    python3 -c 'import json, sys; page = json.load(sys.stdin); print(len(page["items"]), page["items"][0]["items"][0]["title"])') ||
    die "$url did not answer a page of orders"
  [ "${got%% *}" = "$want" ] || die "$url answered ${got%% *} orders, not $want"
  [ -n "${got#* }" ] || die "$url answered an order line without a title"
done

cat >"$work/bench.lua" <<'LUA'
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}
function setup(thread) table.insert(threads, thread) end

-- global, so that done() can read it from each thread
bad = 0
function request()
  return wrk.format("GET", os.getenv("BENCH_PATH"), { ["Authorization"] = os.getenv("BENCH_AUTH") })
end
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
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
  local unexpected = 0
  for _, thread in ipairs(threads) do unexpected = unexpected + (thread:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d socket_errors=%d unexpected=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, unexpected))
end
LUA

# wrk_run NAME DURATION RATE BASE PATH: prints "rps p50_us p99_us socket_errors unexpected".
wrk_run() {
  local name=$1 duration=$2 rate=$3 base=$4 path=$5 out
  out=$(BENCH_PATH=$path BENCH_AUTH="Bearer $token" BENCH_RATE=$rate BENCH_THREADS=$THREADS \
    timeout 600 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 5s -s "$work/bench.lua" \
    "$base" 2>&1) || die "wrk failed ($name): $out"
  awk '/^BENCH / {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%.0f %d %d %d %d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"],
      v["p99_us"], v["socket_errors"], v["unexpected"]
  }' <<<"$out"
}

declare -A peak paced half_rate
# measure NAME BASE PATH: warm-up, peak run, then a run paced at half the peak.
measure() {
  local name=$1 base=$2 path=$3 half
  wrk_run "$name" "$WARMUP" 0 "$base" "$path" >/dev/null
  peak[$name]=$(wrk_run "$name" "$DURATION" 0 "$base" "$path")
  say "$name (peak): req/s p50_us p99_us socket_errors unexpected_status = ${peak[$name]}"
  half=$(( ${peak[$name]%% *} / 2 ))
  [ "$half" -gt 0 ] || half=1
  half_rate[$name]=$half
  paced[$name]=$(wrk_run "$name" "$DURATION" "$half" "$base" "$path")
  say "$name (at $half/s): req/s p50_us p99_us socket_errors unexpected_status = ${paced[$name]}"
  for pid in "$identity_pid" "$catalog_pid" "$order_pid" "$customer_pid"; do
    kill -0 "$pid" 2>/dev/null || die "a service died during the $name run"
  done
}

measure order "$order" "$order_path"
measure customer "$customer" "$customer_path"

ms() { awk -v v="$1" 'BEGIN { printf "%.2f", v / 1000 }'; }
# verdict A OP B, OP one of `<` and `>=`: met or MISSED.
verdict() {
  if awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { exit !(op == "<" ? a < b : a >= b) }'; then
    echo met
  else
    echo MISSED
  fi
}

echo
echo "customer façade vs order, SQLite, $ORDERS orders of 2 lines, $(nproc) CPUs, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
printf '%-9s %9s %9s %9s   %9s %9s %9s  %s\n' run "req/s" "p50 ms" "p99 ms" "half/s" "p50 ms" "p99 ms" "errors (socket/status)"
errors=0
for name in order customer; do
  read -r rps p50 p99 sock bad <<<"${peak[$name]}"
  read -r prps pp50 pp99 psock pbad <<<"${paced[$name]}"
  errors=$((errors + sock + bad + psock + pbad))
  printf '%-9s %9s %9s %9s   %9s %9s %9s  %s/%s, %s/%s\n' "$name" "$rps" "$(ms "$p50")" "$(ms "$p99")" \
    "${half_rate[$name]}" "$(ms "$pp50")" "$(ms "$pp99")" "$sock" "$bad" "$psock" "$pbad"
done
order_rps=${peak[order]%% *}
customer_rps=${peak[customer]%% *}
ratio=$(awk -v a="$customer_rps" -v b="$order_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
read -r _ _ customer_p99 _ _ <<<"${paced[customer]}"
rss_mb=$(( $(hwm_kb "$customer_pid") / 1024 ))
echo
echo "throughput customer/order: $ratio (target >= 0.60: $(verdict "$ratio" ">=" 0.6))"
echo "customer p99 at ${half_rate[customer]}/s: $(ms "$customer_p99") ms (target < 15 ms: $(verdict "$customer_p99" "<" 15000))"
echo "customer peak RSS: $rss_mb MB (target < 50 MB: $(verdict "$rss_mb" "<" 50))"
[ "$errors" -eq 0 ] || die "$errors requests failed"
