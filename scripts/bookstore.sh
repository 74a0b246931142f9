#!/usr/bin/env bash
# Runs the whole bookstore with the embedded defaults — SQLite files under ./data, every service
# on its default localhost ports — waits until every /readyz answers, and prints one screen: the
# URLs, the docs pages, the executions page, the demo accounts and what to try next.
# Ctrl-C (or SIGTERM) stops everything.
#
#   scripts/bookstore.sh                   start (builds first; a second start keeps ./data)
#   scripts/bookstore.sh --reset           wipe ./data (databases, logs, demo accounts), then start
#   scripts/bookstore.sh --port-offset N   every port + N (BOOKSTORE_PORT_OFFSET=N does the same)
#
# What runs: the embedded orchestrator (HTTP 8080: Conductor's API under /api, the executions page
# at /; it runs the order saga), identity (8083/9083, the built-in OpenID Connect issuer every
# service takes tokens from), inventory (8084/9084), catalog (8081/9081), payment (8086/9086, the
# simulated card gateway), order (8085/9085) and customer (8082/9082, the shopper's façade over
# identity, catalog, order and payment). The saga's workers run inside order, payment and
# inventory. Catalog and inventory seed their demo data (six books in stock) on their first start.
#
# Demo accounts: a staff user (the manage role) made by identity's bootstrap from a password this
# script generates on the first start (kept in data/staff-password, mode 0600, printed once), and
# a customer the script signs up (data/customer-password). IDENTITY_BOOTSTRAP_ADMIN_EMAIL and
# IDENTITY_BOOTSTRAP_ADMIN_PASSWORD, when both are set, are used instead of the generated staff user.
#
# Logs: data/logs/<service>.log, one line per request (ACCESS_LOG=all; set ACCESS_LOG=errors or
# off to quieten them).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; }

reset=false
offset=${BOOKSTORE_PORT_OFFSET:-0}
while [ $# -gt 0 ]; do
  case "$1" in
    --reset) reset=true ;;
    --port-offset) offset=${2:-}; shift ;;
    --port-offset=*) offset=${1#*=} ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bookstore: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
if ! [[ "$offset" =~ ^[0-9]+$ ]] || [ "$offset" -gt 50000 ]; then
  echo "bookstore: --port-offset takes a whole number from 0 to 50000, not '$offset'" >&2
  exit 2
fi

# The service table, in start order. Each entry needs a binary of that name, a default HTTP port
# (+ gRPC port) below, and its wiring in service_env.
services=(
  orchestrator
  identity
  inventory
  catalog
  payment
  order
  customer
)
declare -A http_port=([orchestrator]=8080 [catalog]=8081 [customer]=8082 [identity]=8083 [inventory]=8084 [order]=8085 [payment]=8086)
declare -A grpc_port=([catalog]=9081 [customer]=9082 [identity]=9083 [inventory]=9084 [order]=9085 [payment]=9086)
for s in "${!http_port[@]}"; do http_port[$s]=$((http_port[$s] + offset)); done
for s in "${!grpc_port[@]}"; do grpc_port[$s]=$((grpc_port[$s] + offset)); done

http_url() { echo "http://127.0.0.1:${http_port[$1]}"; }
grpc_url() { echo "http://127.0.0.1:${grpc_port[$1]}"; }

# BOOKSTORE_DATA_DIR: another place for everything ./data holds (bench/bookstore.sh uses a
# temporary one so it never touches yours).
data=${BOOKSTORE_DATA_DIR:-data}
[[ "$data" = /* ]] || data=./$data
logs=$data/logs
staff_password_file=$data/staff-password
customer_password_file=$data/customer-password
customer_email=customer@example.com

# --- 1. every port free, before building or starting anything --------------------------------

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_holder() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:(("[^"]*",pid=[0-9]*' | head -1 |
    sed 's/users:(("\([^"]*\)",pid=\([0-9]*\)/ (held by \1, pid \2)/'
}
busy=()
for s in "${services[@]}"; do
  for kind in HTTP gRPC; do
    if [ "$kind" = HTTP ]; then port=${http_port[$s]}; else port=${grpc_port[$s]:-}; fi
    [ -n "$port" ] || continue
    if port_taken "$port"; then busy+=("  port $port ($s $kind) is in use$(port_holder "$port")"); fi
  done
done
if [ ${#busy[@]} -gt 0 ]; then
  {
    echo "bookstore: cannot start, ports are taken:"
    printf '%s\n' "${busy[@]}"
    echo "Is the bookstore already running? Stop what holds them, or move every port with"
    echo "--port-offset N (or BOOKSTORE_PORT_OFFSET=N), e.g. scripts/bookstore.sh --port-offset 10000."
  } >&2
  exit 1
fi

# --- 2. build -----------------------------------------------------------------------------------

# `cargo build -p a -p b` (or `--bins`) resolves dependency features without the workspace's
# dev-dependencies, which `cargo test --workspace` includes (tokio's test-util, service-kit's
# testing kit, ...), so it would rebuild tokio and most of the graph after the tests. Selecting
# the workspace's examples as well makes cargo resolve features with dev-dependencies, as the test
# build does: right after `cargo test --workspace` this compiles no dependency (bench/README.md).
bins=()
for s in "${services[@]}"; do bins+=(--bin "$s"); done
cargo build --workspace --examples "${bins[@]}"
target=${CARGO_TARGET_DIR:-target}/debug

# --- 3. data and demo accounts ------------------------------------------------------------------

marker=$data/.made-by-bookstore-sh
if $reset && [ -d "$data" ]; then
  # ./data is always ours to wipe; another directory only if this script made it.
  if [ "$data" != ./data ] && [ ! -e "$marker" ]; then
    echo "bookstore: --reset: not removing $data, which scripts/bookstore.sh did not make" >&2
    exit 1
  fi
  rm -rf "$data"
  echo "bookstore: --reset: removed $data"
fi
mkdir -p "$logs"
touch "$marker"

random_password() { head -c 18 /dev/urandom | base64 | tr -d '/+=\n'; }

staff_password_shown=false
if [ -n "${IDENTITY_BOOTSTRAP_ADMIN_EMAIL:-}" ] && [ -n "${IDENTITY_BOOTSTRAP_ADMIN_PASSWORD:-}" ]; then
  staff_email=$IDENTITY_BOOTSTRAP_ADMIN_EMAIL
  staff_password=$IDENTITY_BOOTSTRAP_ADMIN_PASSWORD
  staff_source="(your IDENTITY_BOOTSTRAP_ADMIN_PASSWORD)"
else
  staff_email=staff@example.com
  if [ ! -s "$staff_password_file" ]; then
    (umask 077 && random_password >"$staff_password_file")
    staff_password_shown=true
  fi
  staff_password=$(cat "$staff_password_file")
  staff_source="(shown on the first start; in $staff_password_file)"
fi
if [ ! -s "$customer_password_file" ]; then
  (umask 077 && random_password >"$customer_password_file")
fi
customer_password=$(cat "$customer_password_file")

# --- 4. start -----------------------------------------------------------------------------------

# Settings each process gets besides its ports: where the others are (all follow --port-offset).
service_env() {
  local common=(
    "AUTH_ISSUER=$(http_url identity)/realms/bookstore"
    "CONDUCTOR_SERVER_URL=$(http_url orchestrator)/api"
    "ACCESS_LOG=${ACCESS_LOG:-all}"
  )
  case "$1" in
    # Workers long-poll it all the time: its access log stays at errors.
    orchestrator) common+=("ACCESS_LOG=errors") ;;
    identity) common+=("IDENTITY_BOOTSTRAP_ADMIN_EMAIL=$staff_email" "IDENTITY_BOOTSTRAP_ADMIN_PASSWORD=$staff_password") ;;
    catalog) common+=("CATALOG_INVENTORY_GRPC_URL=$(grpc_url inventory)") ;;
    order) common+=("ORDER_CATALOG_GRPC_URL=$(grpc_url catalog)" "ORDER_PAYMENT_GRPC_URL=$(grpc_url payment)") ;;
    customer)
      common+=(
        "CUSTOMER_IDENTITY_GRPC_URL=$(grpc_url identity)" "CUSTOMER_CATALOG_GRPC_URL=$(grpc_url catalog)"
        "CUSTOMER_ORDER_GRPC_URL=$(grpc_url order)" "CUSTOMER_PAYMENT_GRPC_URL=$(grpc_url payment)"
      )
      ;;
  esac
  printf '%s\n' "${common[@]}"
}

declare -A pid_of=()
pids=()
stopping=false
stop() {
  $stopping && return
  stopping=true
  trap - INT TERM EXIT
  [ ${#pids[@]} -eq 0 ] && return
  echo
  echo "bookstore: stopping ${services[*]}"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  # Each service drains for a second or so; one that hangs is killed so nothing outlives us.
  for _ in $(seq 1 150); do
    alive=false
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.1
  done
  kill -KILL "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

# A service's process died: say which, show the end of its log, stop the rest.
died() {
  local s=$1 status=$2
  echo "bookstore: $s exited (status $status); the end of $logs/$s.log:" >&2
  tail -n 20 "$logs/$s.log" >&2 || true
  exit 1
}

# Drop inherited settings that would point every service at one place (each gets its own below).
unset DATABASE_URL HTTP_ADDR GRPC_ADDR DATA_DIR
started_at=$(date +%s.%N)
for s in "${services[@]}"; do
  args=(--http "127.0.0.1:${http_port[$s]}" --data-dir "$data")
  [ -n "${grpc_port[$s]:-}" ] && args+=(--grpc "127.0.0.1:${grpc_port[$s]}")
  mapfile -t settings < <(service_env "$s")
  # RUST_LIB_BACKTRACE=0: a start-up error is logged as its causes, not buried under a stack trace.
  env RUST_LIB_BACKTRACE=0 "${settings[@]}" "$target/$s" "${args[@]}" >>"$logs/$s.log" 2>&1 &
  pids+=($!)
  pid_of[$s]=$!
done

for s in "${services[@]}"; do
  for attempt in $(seq 1 600); do
    curl -fs -o /dev/null "$(http_url "$s")/readyz" && break
    if ! kill -0 "${pid_of[$s]}" 2>/dev/null; then
      status=0
      wait "${pid_of[$s]}" || status=$?
      died "$s" "$status"
    fi
    if [ "$attempt" = 600 ]; then
      echo "bookstore: $s is not ready after 60 s ($(http_url "$s")/readyz); see $logs/$s.log" >&2
      exit 1
    fi
    sleep 0.1
  done
done
ready_secs=$(echo "$(date +%s.%N) $started_at" | awk '{printf "%.1f", $1 - $2}')

# --- 5. demo accounts ---------------------------------------------------------------------------

identity=$(http_url identity)
json_string() { local v=${1//\\/\\\\}; v=${v//\"/\\\"}; printf '"%s"' "$v"; }
credentials() { printf '{"email":%s,"password":%s}' "$(json_string "$1")" "$(json_string "$2")"; }
signin_works() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$identity/api/v1/users/signin" \
    -H 'content-type: application/json' -d "$(credentials "$1" "$2")")" = 200 ]
}
# 201 the first time, 409 when the customer is already there.
curl -s -o /dev/null -X POST "$identity/api/v1/users/signup" -H 'content-type: application/json' \
  -d "$(credentials "$customer_email" "$customer_password" | sed 's/}$/,"first_name":"Demo","last_name":"Customer"}/')"
account() { printf '%-22s %s' "$1" "$2"; }
if signin_works "$customer_email" "$customer_password"; then
  customer_line=$(account "$customer_email" "$customer_password  ($customer_password_file)")
else
  customer_line=$(account "$customer_email" "exists with a password this script does not know (--reset starts over)")
fi
if signin_works "$staff_email" "$staff_password"; then
  if $staff_password_shown; then
    staff_line=$(account "$staff_email" "$staff_password  (shown this once; in $staff_password_file, mode 0600)")
  else
    staff_line=$(account "$staff_email" "$staff_source")
  fi
else
  staff_line=$(account "-" "unknown: a staff user existed before this script made one (--reset starts over)")
fi

# --- 6. the screen ------------------------------------------------------------------------------

offset_arg=""
[ "$offset" = 0 ] || offset_arg=" --port-offset $offset"
row() { printf '  %-13s %-28s %s\n' "$@"; }
{
  echo
  echo "The bookstore is up: every service ready ${ready_secs} s after start. Data in $data (kept"
  echo "across starts; --reset wipes it), logs in $logs."
  echo
  row service URL "API docs (work offline)"
  for s in "${services[@]}"; do
    [ "$s" = orchestrator ] && continue
    row "$s" "$(http_url "$s")" "$(http_url "$s")/docs"
  done
  row orchestrator "$(http_url orchestrator)/api" "Conductor's API (the order saga runs here)"
  echo
  echo "  executions    $(http_url orchestrator)/   every order's saga, step by step"
  echo
  echo "Demo accounts: e-mail and password (sign in: POST $identity/api/v1/users/signin)"
  echo "  customer  $customer_line"
  echo "  staff     $staff_line"
  echo
  echo "Next, in another terminal: scripts/demo.sh$offset_arg"
  echo "  (signs up, places three orders — one confirms, one is declined, one is out of stock —"
  echo "  and follows each saga; then open the executions page)"
  echo
  echo "Ctrl-C stops everything."
}

# Until Ctrl-C / SIGTERM, or until a service dies (then the rest are stopped).
while :; do
  status=0
  wait -n "${pids[@]}" || status=$?
  for s in "${services[@]}"; do
    kill -0 "${pid_of[$s]}" 2>/dev/null || died "$s" "$status"
  done
done
