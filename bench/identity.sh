#!/usr/bin/env bash
# Identity's built-in issuer under load: password sign-ins, refresh-token exchanges, and catalog
# requests whose bearer token catalog validates against identity's JWKS.
#
#   bench/identity.sh                          # release builds, SQLite under a temporary directory
#   DURATION=20s CONNECTIONS=32 bench/identity.sh
#   BASELINE_REF=1aa94d7 bench/identity.sh     # also the identity of another commit (git archive),
#                                              # built in target/bench-baseline (slow the first time)
#   BASELINE_BIN=/path/to/identity bench/identity.sh   # or an identity binary built before
#   ROUNDS=2 BASELINE_BIN=... bench/identity.sh         # baseline and this build alternately, twice
#
# Identity and catalog (release builds) start on free loopback ports; catalog's AUTH_ISSUER is
# identity's realm. After a warm-up (WARMUP, default 3s), one wrk run of DURATION (default 10s,
# 2 threads, CONNECTIONS=16) each on
#   sign-in   POST /api/v1/users/signin, one customer's right password (argon2id m=19 MiB, t=2,
#             p=1: the same hash cost as production; each success also writes a session)
#   refresh   POST /realms/bookstore/protocol/openid-connect/token, grant_type=refresh_token, as a
#             Keycloak client sends it: each connection exchanges its own session's token and uses
#             the rotated one next (a token is never presented twice, which would end the session)
#   catalog   POST /api/v1/publishers on catalog with a customer's token: catalog checks the token's
#             signature (EdDSA; RS256 from identities before 2026-12-04) with the key fetched from
#             identity's JWKS and answers 403 (no `manage`),
#             so the run measures token validation, not a database write; every answer must be 403
# then each again at a fixed rate of half the peak just measured, for p99. Identity's peak RSS is
# VmHWM from /proc/<pid>/status at the end. Keycloak's sizing guide allows 15 password sign-ins/s
# and 120 refresh-token requests/s per vCPU, and 1,250 MB per pod; the ratios below use 2 vCPUs.
# With a baseline, both identities run the same steps against this build's catalog (so the
# catalog row compares the tokens' verification cost), one after the other, ROUNDS times, and the
# last lines give this build's figures over the baseline's.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=2
VCPUS=2
ROUNDS=${ROUNDS:-1}

SAY_PREFIX=bench LOG_TAIL_LINES=15
. scripts/lib.sh

command -v wrk >/dev/null || { say "wrk is missing (apt-get install wrk)"; exit 1; }
command -v curl >/dev/null || { say "curl is missing"; exit 1; }

say "building release binaries"
cargo build --release -q -p identity -p catalog || { say "release build failed"; exit 1; }
bin=${CARGO_TARGET_DIR:-target}/release

lib_init

baseline=${BASELINE_BIN:-}
if [ -n "${BASELINE_REF:-}" ]; then
  build_baseline "$BASELINE_REF" "${CARGO_TARGET_DIR:-target}/bench-baseline" identity
  baseline=$baseline_bin/identity
fi
[ -z "$baseline" ] || [ -x "$baseline" ] || { say "baseline binary missing ($baseline)"; exit 1; }

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

local mode = os.getenv("BENCH_MODE")
local threads = {}
local thread_index = 0

-- Refresh mode: the tokens file is split between the threads; each thread keeps a queue, a
-- request takes a token from it and its response puts the rotated token back.
function setup(thread)
  thread_index = thread_index + 1
  thread:set("index", thread_index)
  table.insert(threads, thread)
end

-- global, so that done() can read it from each thread
bad = 0
local queue = {}
function init(args)
  if mode == "refresh" then
    local n, i = tonumber(os.getenv("BENCH_THREADS")), 0
    for line in io.lines(os.getenv("BENCH_TOKENS")) do
      if i % n == index - 1 then queue[#queue + 1] = line end
      i = i + 1
    end
  end
end

function request()
  if mode == "refresh" then
    local token = table.remove(queue)
    if token == nil then
      bad = bad + 1
      token = "exhausted"
    end
    return wrk.format("POST", os.getenv("BENCH_PATH"),
      { ["Content-Type"] = "application/x-www-form-urlencoded" },
      "grant_type=refresh_token&client_id=bench&refresh_token=" .. token)
  end
  return wrk.format("POST", os.getenv("BENCH_PATH"), {
    ["Content-Type"] = "application/json",
    ["Authorization"] = os.getenv("BENCH_AUTH"),
  }, os.getenv("BENCH_BODY"))
end

local expected = tonumber(os.getenv("BENCH_EXPECT") or "200")
function response(status, headers, body)
  if status ~= expected then bad = bad + 1 end
  if mode == "refresh" and status == 200 then
    local token = body:match('"refresh_token":"([^"]+)"')
    if token then queue[#queue + 1] = token end
  end
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

# wrk_run NAME DURATION RATE BASE: prints "rps p50_us p99_us socket_errors unexpected".
wrk_run() {
  local name=$1 duration=$2 rate=$3 base=$4 out
  out=$(BENCH_RATE=$rate BENCH_THREADS=$THREADS timeout 600 wrk -t"$THREADS" -c"$CONNECTIONS" \
    -d"$duration" --timeout 5s -s "$work/bench.lua" "$base" 2>&1) || die "wrk failed ($name): $out"
  awk '/^BENCH / {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%.0f %d %d %d %d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"],
      v["p99_us"], v["socket_errors"], v["unexpected"]
  }' <<<"$out"
}

# One session per connection for the refresh runs (and spares for the paced runs), one token per line.
sessions() {
  local n=$1 _ answer status
  for _ in $(seq "$n"); do
    answer=$(curl -sS -w '\n%{http_code}' "$issuer/protocol/openid-connect/token" -d grant_type=password \
      -d client_id=bench --data-urlencode "username=$email" --data-urlencode "password=$password") ||
      die "a password grant for the refresh sessions failed to connect"
    status=${answer##*$'\n'}
    [ "$status" = 200 ] || die "a password grant for the refresh sessions answered $status: ${answer%$'\n'*}"
    python3 -c 'import json, sys; print(json.load(sys.stdin)["refresh_token"])' <<<"${answer%$'\n'*}"
  done
}

# measure LABEL NAME BASE: warm-up, peak run, then a run paced at half the peak; appends a line
# to $work/results.
measure() {
  local label=$1 name=$2 base=$3 row half
  # wrk asks for a connection's first request twice (and sends one), so each thread gets spares.
  local spare=$((CONNECTIONS * 3))
  if [ "$name" = refresh ]; then sessions "$spare" >"$work/tokens"; fi
  wrk_run "$name" "$WARMUP" 0 "$base" >/dev/null
  if [ "$name" = refresh ]; then sessions "$spare" >"$work/tokens"; fi
  row=$(wrk_run "$name" "$DURATION" 0 "$base")
  say "$label $name (peak): req/s p50_us p99_us socket_errors unexpected_status = $row"
  half=$(( ${row%% *} / 2 ))
  [ "$half" -gt 0 ] || half=1
  if [ "$name" = refresh ]; then sessions "$spare" >"$work/tokens"; fi
  local paced
  paced=$(wrk_run "$name" "$DURATION" "$half" "$base")
  say "$label $name (at $half/s): req/s p50_us p99_us socket_errors unexpected_status = $paced"
  echo "$label $name $row | $half $paced" >>"$work/results"
  kill -0 "$identity_pid" 2>/dev/null || die "identity ($label) died during the $name run"
}

# run_build LABEL IDENTITY_BINARY: identity (fresh SQLite) and this build's catalog, every run,
# identity's peak RSS; both stopped at the end.
run_build() {
  local label=$1 binary=$2 id_http id_grpc cat_http cat_grpc catalog catalog_pid signup signin access
  read -r id_http id_grpc cat_http cat_grpc < <(free_ports 4)
  identity=http://127.0.0.1:$id_http
  issuer=$identity/realms/bookstore
  rm -rf "$work/identity" "$work/catalog"
  start "identity-$label" env AUTH_ISSUER="$issuer" "$binary" --http "127.0.0.1:$id_http" \
    --grpc "127.0.0.1:$id_grpc" --data-dir "$work/identity" --drain-delay-ms 0
  identity_pid=$last_pid
  wait_ok identity "$identity/readyz" "$identity_pid"
  start "catalog-$label" env AUTH_ISSUER="$issuer" "$bin/catalog" --http "127.0.0.1:$cat_http" \
    --grpc "127.0.0.1:$cat_grpc" --data-dir "$work/catalog" --drain-delay-ms 0
  catalog_pid=$last_pid
  catalog=http://127.0.0.1:$cat_http
  wait_ok catalog "$catalog/readyz" "$catalog_pid"

  signup=$(printf '{"email":"%s","password":"%s","first_name":"Bench","last_name":"User"}' "$email" "$password")
  curl -fsS -o /dev/null -X POST "$identity/api/v1/users/signup" -H 'content-type: application/json' \
    -d "$signup" || die "sign-up failed"
  signin=$(printf '{"email":"%s","password":"%s"}' "$email" "$password")
  access=$(curl -fsS -X POST "$identity/api/v1/users/signin" -H 'content-type: application/json' -d "$signin" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])') || die "sign-in failed"

  BENCH_MODE=signin BENCH_PATH=/api/v1/users/signin BENCH_BODY=$signin BENCH_AUTH="" BENCH_EXPECT=200 \
    measure "$label" sign-in "$identity"
  local signin_kb
  signin_kb=$(hwm_kb "$identity_pid")
  BENCH_MODE=refresh BENCH_PATH=/realms/bookstore/protocol/openid-connect/token BENCH_EXPECT=200 \
    measure "$label" refresh "$identity"
  BENCH_MODE=catalog BENCH_PATH=/api/v1/publishers BENCH_BODY='{"name":"Bench Press","address":"1 Main Street"}' \
    BENCH_AUTH="Bearer $access" BENCH_EXPECT=403 measure "$label" catalog "$catalog"
  echo "$label rss $(hwm_kb "$identity_pid") $signin_kb" >>"$work/results"
  stop_pid "$catalog_pid"
  stop_pid "$identity_pid"
}

password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
email=bench@example.com
export BENCH_TOKENS=$work/tokens
: >"$work/results"
for round in $(seq "$ROUNDS"); do
  [ -z "$baseline" ] || run_build "baseline$round" "$baseline"
  run_build "this$round" "$bin/identity"
done

echo
echo "identity built-in issuer, argon2id m=19456 KiB t=2 p=1, SQLite, $(nproc) CPUs, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-11s %-8s %9s %9s %9s   %9s %9s %9s  %s\n' build run "req/s" "p50 ms" "p99 ms" "half/s" "p50 ms" "p99 ms" "vs Keycloak (2 vCPU)"
while read -r label name rps p50 p99 sock bad _ half prps pp50 pp99 psock pbad; do
  if [ "$name" = rss ]; then
    echo "$label identity peak RSS (VmHWM): $((rps / 1024)) MB, $((p50 / 1024)) MB after the sign-ins (Keycloak's guide: 1250 MB per pod)"
    continue
  fi
  case $name in
    sign-in) keycloak=$((15 * VCPUS)) ;;
    refresh) keycloak=$((120 * VCPUS)) ;;
    *) keycloak=0 ;;
  esac
  ratio=$( [ "$keycloak" -gt 0 ] && awk -v a="$rps" -v b="$keycloak" 'BEGIN { printf "%.1fx of %d/s", a / b, b }' || echo "-")
  printf '%-11s %-8s %9s %9.2f %9.2f   %9s %9.2f %9.2f  %s  (errors: %s/%s, %s/%s)\n' "$label" "$name" "$rps" \
    "$(awk -v v="$p50" 'BEGIN{print v/1000}')" "$(awk -v v="$p99" 'BEGIN{print v/1000}')" "$half" \
    "$(awk -v v="$pp50" 'BEGIN{print v/1000}')" "$(awk -v v="$pp99" 'BEGIN{print v/1000}')" "$ratio" \
    "$sock" "$bad" "$psock" "$pbad"
done <"$work/results"
if [ -n "$baseline" ]; then
  # This build over the baseline, per run, from the sums of every round's peak req/s.
  awk '$2 != "rss" { kind = ($1 ~ /^baseline/) ? "b" : "t"; sum[kind, $2] += $3; names[$2] = 1 }
    END { for (n in names) if (sum["b", n] > 0) printf "this / baseline, %s req/s: %.2f\n", n, sum["t", n] / sum["b", n] }' \
    "$work/results"
fi
