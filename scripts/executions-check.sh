#!/usr/bin/env bash
# The orchestrator's executions page in a real browser: starts the orchestrator and the services
# the order saga needs (identity, inventory, catalog, payment, order) on free loopback ports with
# fresh SQLite directories, places one order paid with the test card 4242424242424242, waits until
# the order is confirmed and its saga completed, then loads the executions page (`/`) and the
# saga's page (`/executions/<id>`) in headless Chromium (`--dump-dom`: the DOM after the page has
# loaded) and checks that the list shows the saga completed with its order, and that the saga's
# page shows it completed with its five tasks (place_order, make_payment, change_order_status,
# reserve_inventory, confirm_order), each completed by a worker, and no self-reload.
#
#   scripts/executions-check.sh        # after `cargo build --workspace`
#
# It installs nothing: Chromium must be on the PATH as `chromium` (Debian's package; .ci/run
# installs it), and it uses the debug binaries in ${CARGO_TARGET_DIR:-target}/debug without
# building them. Everything started here is stopped on exit; the service logs are shown when a
# step fails.
#
# Exit status: 0 when the pages show what they should; 1 when they do not; 2 when the script could
# not set up (no chromium, missing binaries, a service that does not start, an order that never
# gets confirmed).
set -euo pipefail
cd "$(dirname "$0")/.."

SAGA=bookstore_order_book_wf
TASKS="place_order make_payment change_order_status reserve_inventory confirm_order"
# Patience for start-up, the saga and the browser; all normally take a few seconds.
WAIT_SECS=${EXECUTIONS_CHECK_WAIT_SECS:-60}

SAY_PREFIX=executions-check DIE_STATUS=2
. scripts/lib.sh

if ! command -v chromium >/dev/null 2>&1; then
  say "chromium is not installed (Debian: apt-get install -y chromium); .ci/run installs it"
  exit 2
fi

bin=${CARGO_TARGET_DIR:-target}/debug
for b in orchestrator identity inventory catalog payment order; do
  if [ ! -x "$bin/$b" ]; then
    say "$bin/$b is missing: run \`cargo build --workspace\` first"
    exit 2
  fi
done

# The services are stopped in reverse order of start, the orchestrator last (the workers poll it).
lib_init

read -r orc_http ide_http ide_grpc inv_http inv_grpc cat_http cat_grpc pay_http pay_grpc ord_http ord_grpc < <(free_ports 11)
orchestrator=http://127.0.0.1:$orc_http
conductor=$orchestrator/api
issuer=http://127.0.0.1:$ide_http/realms/bookstore
staff_email=staff@example.com
staff_password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
export LOG_FORMAT=human

# service name, then its own settings; each gets its ports, a fresh data directory, no drain delay.
run_service() {
  local name=$1 http=$2 grpc=$3
  shift 3
  local args=(--http "127.0.0.1:$http" --data-dir "$work/$name-data" --drain-delay-ms 0)
  [ -z "$grpc" ] || args+=(--grpc "127.0.0.1:$grpc")
  start "$name" env "$@" "$bin/$name" "${args[@]}"
  wait_ok "$name" "http://127.0.0.1:$http/readyz" "$last_pid" "$WAIT_SECS"
}

run_service orchestrator "$orc_http" ""
run_service identity "$ide_http" "$ide_grpc" AUTH_ISSUER="$issuer" \
  IDENTITY_BOOTSTRAP_ADMIN_EMAIL="$staff_email" IDENTITY_BOOTSTRAP_ADMIN_PASSWORD="$staff_password"
run_service inventory "$inv_http" "$inv_grpc" AUTH_ISSUER="$issuer" CONDUCTOR_SERVER_URL="$conductor"
run_service catalog "$cat_http" "$cat_grpc" AUTH_ISSUER="$issuer" \
  CATALOG_INVENTORY_GRPC_URL="http://127.0.0.1:$inv_grpc"
run_service payment "$pay_http" "$pay_grpc" AUTH_ISSUER="$issuer" CONDUCTOR_SERVER_URL="$conductor"
# Order registers the saga's definitions with the orchestrator as it starts.
run_service order "$ord_http" "$ord_grpc" AUTH_ISSUER="$issuer" CONDUCTOR_SERVER_URL="$conductor" \
  ORDER_CATALOG_GRPC_URL="http://127.0.0.1:$cat_grpc" ORDER_PAYMENT_GRPC_URL="http://127.0.0.1:$pay_grpc"
say "orchestrator, identity, inventory, catalog, payment and order are ready"

# Seed a book in stock, place an order as a new customer, wait for the confirmed order and its
# completed saga: prints the saga's workflow id and the order id. Tokens stay in this process.
ids=$(python3 - "$ide_http" "$cat_http" "$inv_http" "$ord_http" "$conductor" "$SAGA" "$WAIT_SECS" \
  "$staff_email" "$staff_password" <<'PY'
import json, secrets, sys, time, urllib.error, urllib.request

ide, cat, inv, ord_, conductor, saga, wait_secs, staff_email, staff_password = sys.argv[1:]
deadline = time.monotonic() + int(wait_secs)

def call(method, url, body=None, token=None, expect=200, headers=None):
    request = urllib.request.Request(url, method=method, headers=dict(headers or {}))
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        status, text = err.code, err.read().decode()
    if status != expect:
        sys.exit(f"{method} {url}: {status}, expected {expect}: {text}")
    return json.loads(text) if text.strip() else None

def sign_in(email, password):
    body = {"email": email, "password": password}
    return call("POST", f"http://127.0.0.1:{ide}/api/v1/users/signin", body)["access_token"]

def isbn():
    body = "978" + "".join(secrets.choice("0123456789") for _ in range(9))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)

staff = sign_in(staff_email, staff_password)
catalog = f"http://127.0.0.1:{cat}/api/v1"
category = call("GET", f"{catalog}/categories")["items"][0]["id"]
publisher = call("POST", f"{catalog}/publishers", {"name": "Check Press", "address": "1 Test Street"}, staff, 201)["id"]
author = call("POST", f"{catalog}/authors", {"name": "Ada Checker"}, staff, 201)["id"]
book = call("POST", f"{catalog}/books", {
    "title": "The Executions Page", "isbn": isbn(), "price": "12.50", "category_id": category,
    "publisher_id": publisher, "author_ids": [author]}, staff, 201)["id"]
inventory = f"http://127.0.0.1:{inv}/api/v1"
warehouse = call("POST", f"{inventory}/warehouses",
                 {"name": "Check Warehouse", "address": "2 Test Street", "capacity": 100}, staff, 201)["id"]
call("POST", f"{inventory}/stocks", {"book_id": book, "warehouse_id": warehouse, "quantity": 5}, staff, 201)

email, password = f"customer-{secrets.token_hex(4)}@example.com", "customer password 1"
call("POST", f"http://127.0.0.1:{ide}/api/v1/users/signup",
     {"email": email, "password": password, "first_name": "Casey", "last_name": "Customer"}, expect=201)
customer = sign_in(email, password)
orders = f"http://127.0.0.1:{ord_}/api/v1/orders"
order = call("POST", orders, {
    "items": [{"book_id": book, "quantity": 1}],
    "payment": {"type": "card", "card_number": "4242424242424242"}},
    customer, 202, {"Idempotency-Key": secrets.token_hex(16)})["id"]

while (status := call("GET", f"{orders}/{order}", token=customer)["status"]) != "confirmed":
    if status == "cancelled" or time.monotonic() > deadline:
        sys.exit(f"order {order} is {status}, not confirmed")
    time.sleep(0.2)
# The order is confirmed by the saga's last task, just before its workflow completes.
while True:
    sagas = call("GET", f"{conductor}/workflow/{saga}/correlated/order-{order}?includeClosed=true")
    if len(sagas) == 1 and sagas[0]["status"] == "COMPLETED":
        break
    if time.monotonic() > deadline:
        sys.exit(f"the saga of order {order} did not complete: {[s['status'] for s in sagas]}")
    time.sleep(0.2)
print(sagas[0]["workflowId"], order)
PY
) || die "placing an order that ends confirmed failed"
read -r workflow_id order_id <<<"$ids"
say "order $order_id confirmed; its saga is workflow $workflow_id"

# The DOM Chromium built from a page, in $work/<name>.html.
dump() {
  local name=$1 url=$2
  timeout --kill-after=10 "$WAIT_SECS" chromium --headless --no-sandbox --disable-gpu \
    --disable-dev-shm-usage --no-first-run --user-data-dir="$work/chromium-profile" \
    --dump-dom "$url" >"$work/$name.html" 2>"$work/chromium-$name.log" ||
    die "chromium could not load $url (log: chromium-$name.log)"
  say "chromium loaded $url ($(wc -c <"$work/$name.html") bytes of DOM)"
}
dump list "$orchestrator/"
dump workflow "$orchestrator/executions/$workflow_id"

python3 - "$work/list.html" "$work/workflow.html" "$workflow_id" "$order_id" "$TASKS" <<'PY' || { say "the pages do not show the completed saga"; exit 1; }
import sys
from html.parser import HTMLParser

list_file, workflow_file, workflow_id, order_id, tasks = sys.argv[1:]

class Page(HTMLParser):
    """Each table row's attributes and cell texts, the text of elements with an id, and whether
    the page reloads itself."""
    def __init__(self, text):
        super().__init__()
        self.rows, self.ids, self.refresh, self._open = [], {}, False, []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.refresh = True
        if tag == "tr":
            self.rows.append({"attrs": attrs, "cells": []})
        if tag == "td" and self.rows:
            self.rows[-1]["cells"].append("")
        if "id" in attrs:
            self.ids[attrs["id"]] = ""
            self._open.append((tag, attrs["id"]))

    def handle_data(self, data):
        if self.rows and self.rows[-1]["cells"]:
            self.rows[-1]["cells"][-1] += data
        for _, element in self._open:
            self.ids[element] += data

    def handle_endtag(self, tag):
        if self._open and self._open[-1][0] == tag:
            self._open.pop()

    def rows_of(self, kind):
        return [r for r in self.rows if r["attrs"].get("class") == kind]

failures = []
def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)

listing = Page(open(list_file).read())
rows = [r for r in listing.rows_of("workflow") if r["attrs"].get("data-workflow-id") == workflow_id]
check(len(rows) == 1, f"the list shows workflow {workflow_id}")
if rows:
    # Columns: workflow, status, order, started, duration, id.
    cells = [c.strip() for c in rows[0]["cells"]]
    check(rows[0]["attrs"].get("data-status") == "COMPLETED" and cells[1] == "COMPLETED",
          "listed as COMPLETED")
    check(cells[0].startswith("bookstore_order_book_wf"), "listed with its definition's name")
    check(cells[2] == order_id, f"listed with order {order_id}")

page = Page(open(workflow_file).read())
check(page.ids.get("workflow-status", "").strip() == "COMPLETED", "the saga's page says COMPLETED")
check(not page.refresh, "the page of a completed workflow does not reload itself")
task_rows = page.rows_of("task")
for task in tasks.split():
    mine = [r for r in task_rows if r["attrs"].get("data-task-type") == task]
    check(len(mine) == 1 and mine[0]["attrs"].get("data-status") == "COMPLETED"
          and mine[0]["cells"][2].strip() == "COMPLETED", f"task {task} is listed COMPLETED")
    # Columns: #, task, status, scheduled, started, finished, worker.
    check(len(mine) == 1 and mine[0]["cells"][6].strip() not in ("", "—"),
          f"task {task} names the worker that ran it")
sys.exit(1 if failures else 0)
PY
say "the executions page shows order $order_id's saga completed with its five tasks"
