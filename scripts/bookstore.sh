#!/usr/bin/env bash
# Runs the bookstore with the embedded defaults: SQLite files under ./data, every service on its
# default localhost ports, logs interleaved on this terminal. Ctrl-C stops everything.
#
# What runs: the embedded orchestrator (HTTP 8080, Conductor's API under /api; it runs the order
# saga), identity (HTTP 8083, gRPC 9083; the built-in OpenID Connect issuer every service takes
# tokens from), inventory (HTTP 8084, gRPC 9084), catalog (HTTP 8081, gRPC 9081; it reads stock
# from inventory over gRPC), payment (HTTP 8086, gRPC 9086; the simulated card gateway) and order
# (HTTP 8085, gRPC 9085; it starts the saga, whose workers run inside order, payment and inventory).
#
# Staff (the manage role) exist only through bootstrap: export IDENTITY_BOOTSTRAP_ADMIN_EMAIL and
# IDENTITY_BOOTSTRAP_ADMIN_PASSWORD (at least 8 characters) before the first start to get one.
set -euo pipefail
cd "$(dirname "$0")/.."

services=(orchestrator identity inventory catalog payment order)
declare -A http_port=([orchestrator]=8080 [catalog]=8081 [customer]=8082 [identity]=8083 [inventory]=8084 [order]=8085 [payment]=8086)

cargo build $(printf -- '-p %s ' "${services[@]}")

# One log line per request, so someone trying the bookstore sees their calls arrive (services
# default to errors only). Set ACCESS_LOG yourself (errors, off) to override.
export ACCESS_LOG=${ACCESS_LOG:-all}

pids=()
stop() {
  trap - INT TERM EXIT
  [ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true
  wait
}
trap stop INT TERM EXIT

for s in "${services[@]}"; do
  if [ "$s" = orchestrator ]; then
    # Workers long-poll it all the time: its access log stays at errors.
    ACCESS_LOG=errors "target/debug/$s" &
  else
    "target/debug/$s" &
  fi
  pids+=($!)
done

for s in "${services[@]}"; do
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:${http_port[$s]}/readyz" >/dev/null 2>&1 && break
    sleep 0.2
  done
done

cat <<MSG

The bookstore is up (SQLite files in ./data):
  identity   http://127.0.0.1:8083/docs           sign up, sign in: see services/identity/README.md
  catalog    http://127.0.0.1:8081/api/v1/books   docs: http://127.0.0.1:8081/docs
  inventory  http://127.0.0.1:8084/docs           (every inventory operation needs the manage role)
  order      http://127.0.0.1:8085/docs           place an order: see services/order/README.md
  payment    http://127.0.0.1:8086/docs           test cards: see services/payment/README.md
  orchestrator http://127.0.0.1:8080/api        Conductor's API (the saga's workflows)
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}"
