#!/usr/bin/env bash
# The bookstore's demo, against a running scripts/bookstore.sh: signs up and signs in a new
# customer, then places three orders and follows each one's saga as it runs (GET /orders/{id}):
#
#   1. two books paid with an approved card         -> confirmed
#   2. one book paid with the declined test card    -> cancelled, "card declined"
#   3. one more copy of a book than inventory holds -> cancelled, "... out of stock" / "only N ... left"
#
#   scripts/demo.sh                   against the default ports
#   scripts/demo.sh --port-offset N   against scripts/bookstore.sh --port-offset N
#
# Exits 0 when the three orders end as above, 1 otherwise. Needs curl and jq.
set -euo pipefail

offset=${BOOKSTORE_PORT_OFFSET:-0}
while [ $# -gt 0 ]; do
  case "$1" in
    --port-offset) offset=${2:-}; shift ;;
    --port-offset=*) offset=${1#*=} ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ "$offset" =~ ^[0-9]+$ ]] || { echo "demo: --port-offset takes a whole number, not '$offset'" >&2; exit 2; }
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "demo: needs $tool (apt-get install $tool)" >&2; exit 2; }
done

orchestrator=http://127.0.0.1:$((8080 + offset))
catalog=http://127.0.0.1:$((8081 + offset))
identity=http://127.0.0.1:$((8083 + offset))
order=http://127.0.0.1:$((8085 + offset))

APPROVED_CARD=4242424242424242
DECLINED_CARD=4000000000000002
# How long one saga may take before the demo gives up on it (they take about a second).
SAGA_DEADLINE_SECS=60

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%4.1f s", b - a }'; }
demo_started=$(now)

for service in "identity $identity" "catalog $catalog" "order $order" "orchestrator $orchestrator"; do
  read -r name url <<<"$service"
  if ! curl -fs -o /dev/null "$url/readyz"; then
    echo "demo: $name is not ready at $url — start the bookstore first: scripts/bookstore.sh" >&2
    exit 1
  fi
done

# --- the customer ---------------------------------------------------------------------------

email="demo-$(date +%Y%m%d-%H%M%S)-$RANDOM@example.com"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=\n')
credentials=$(jq -nc --arg email "$email" --arg password "$password" '{$email, $password}')
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$identity/api/v1/users/signup" \
  -H 'content-type: application/json' \
  -d "$(jq -c '. + {first_name: "Demo", last_name: "Reader"}' <<<"$credentials")")
[ "$status" = 201 ] || { echo "demo: sign-up answered $status" >&2; exit 1; }
token=$(curl -fs -X POST "$identity/api/v1/users/signin" -H 'content-type: application/json' \
  -d "$credentials" | jq -r .access_token)
echo "Signed up and signed in as $email"

# --- the books, with their stock --------------------------------------------------------------

books=$(curl -fs "$catalog/api/v1/books?limit=100" -H "authorization: Bearer $token")
title() { jq -r --argjson id "$1" '.items[] | select(.id == $id) | .title' <<<"$books"; }
# The book with the fewest copies available: the third order asks for one more than that.
read -r scarce_id scarce_available < <(jq -r \
  '[.items[] | select(.stock != null)] | min_by(.stock.available_quantity) | "\(.id) \(.stock.available_quantity)"' \
  <<<"$books")
if [ -z "${scarce_id:-}" ] || [ "$scarce_id" = null ]; then
  echo "demo: catalog reports no stock (is inventory up?)" >&2
  exit 1
fi
too_many=$((scarce_available + 1))
if [ "$too_many" -gt 100 ]; then
  echo "demo: every book has over 99 copies available; an order line holds at most 100" >&2
  exit 1
fi

# --- placing and following orders ------------------------------------------------------------

# place LABEL CARD ITEMS_JSON: prints the new order's id.
place() {
  local body response status
  body=$(jq -nc --argjson items "$3" --arg card "$2" '{items: $items, payment: {type: "card", card_number: $card}}')
  response=$(curl -s -w '\n%{http_code}' -X POST "$order/api/v1/orders" \
    -H "authorization: Bearer $token" -H 'content-type: application/json' \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid 2>/dev/null || echo "demo-$RANDOM-$RANDOM")" \
    -d "$body")
  status=${response##*$'\n'}
  if [ "$status" != 202 ]; then
    echo "demo: placing order '$1' answered $status: ${response%$'\n'*}" >&2
    exit 1
  fi
  jq -r .id <<<"${response%$'\n'*}"
}

# follow ID: prints each saga step and status change as the order reports them, then the outcome;
# sets $outcome.
follow() {
  local id=$1 started seen=0 last_status="" order_json status count at
  started=$(now)
  while :; do
    order_json=$(curl -fs "$order/api/v1/orders/$id" -H "authorization: Bearer $token")
    at=$(since "$started")
    read -r status count < <(jq -r '"\(.status) \(.steps_done | length)"' <<<"$order_json")
    if [ "$count" -gt "$seen" ]; then
      jq -r --argjson seen "$seen" '.steps_done[$seen:][]' <<<"$order_json" | while read -r step; do
        printf '  %s  %s done\n' "$at" "$step"
      done
      seen=$count
    fi
    if [ "$status" != "$last_status" ]; then
      printf '  %s  status: %s\n' "$at" "$status"
      last_status=$status
    fi
    case "$status" in
      confirmed | shipped | completed)
        outcome=$status
        echo "  => $status"
        return
        ;;
      cancelled)
        outcome=cancelled
        echo "  => cancelled: $(jq -r '.failure_reason // "no reason given"' <<<"$order_json")"
        return
        ;;
    esac
    if awk -v a="$started" -v b="$(now)" -v d="$SAGA_DEADLINE_SECS" 'BEGIN { exit !(b - a > d) }'; then
      outcome="stuck in $status"
      echo "  => still $status after ${SAGA_DEADLINE_SECS} s; the executions page shows where: $orchestrator/"
      return
    fi
    sleep 0.05
  done
}

failures=0
ids=()
# run LABEL EXPECTED CARD ITEMS_JSON
run() {
  local id
  echo
  echo "$1"
  id=$(place "$1" "$3" "$4")
  ids+=("$id")
  echo "  order $id placed (202): $(jq -r --argjson books "$books" \
    '[.[] | "\(.quantity) x \(.book_id as $b | $books.items[] | select(.id == $b) | .title)"] | join(", ")' <<<"$4")"
  follow "$id"
  if [ "$outcome" != "$2" ]; then
    echo "  (expected $2)"
    failures=$((failures + 1))
  fi
}

run "1. Two books, approved card $APPROVED_CARD" confirmed "$APPROVED_CARD" \
  '[{"book_id":1,"quantity":1},{"book_id":2,"quantity":2}]'
run "2. One book, the declined test card $DECLINED_CARD" cancelled "$DECLINED_CARD" \
  '[{"book_id":3,"quantity":1}]'
run "3. $too_many copies of $(title "$scarce_id"), which has $scarce_available available" cancelled \
  "$APPROVED_CARD" "[{\"book_id\":$scarce_id,\"quantity\":$too_many}]"

echo
echo "Done in $(since "$demo_started" | tr -d ' ' | sed 's/s$/ s/'): orders ${ids[*]}. Each saga, task by task: $orchestrator/"
[ "$failures" = 0 ] || { echo "demo: $failures order(s) did not end as expected" >&2; exit 1; }
