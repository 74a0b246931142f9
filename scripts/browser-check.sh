#!/usr/bin/env bash
# Checks what a person sees in a browser: headless Chromium (Debian's `chromium`) loads pages of
# services this script starts on free ports, runs their JavaScript, and the check looks for what
# must be on the rendered page. The browser resolves no host name, so a page that needs anything
# but the service itself (a CDN, a font server) fails here as it would offline.
#
#   scripts/browser-check.sh            every check
#   scripts/browser-check.sh docs ...   the named checks
#
# Each check is a function `check_<name>` listed in `checks`; it starts what it needs with
# `start_service` (stopped on exit), renders pages with `render` and asserts with `expect`.
# Needs the debug binaries (`cargo build --workspace --all-targets`, as CI's build step does).
set -euo pipefail
cd "$(dirname "$0")/.."

checks=(docs executions)

target=${CARGO_TARGET_DIR:-target}/debug
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "browser-check: needs Chromium (Debian: apt-get install chromium)" >&2
  exit 2
fi
work=$(mktemp -d)
pids=()
cleanup() {
  [ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# start_service NAME [ARG...]: runs target/debug/NAME on free ports (port 0) with an in-memory
# database, waits for /readyz and sets $base_url to its HTTP address.
start_service() {
  local name=$1 log="$work/$1.log" port="" grpc=(--grpc 127.0.0.1:0)
  shift
  [ "$name" = orchestrator ] && grpc=()
  "$target/$name" --http 127.0.0.1:0 "${grpc[@]}" --database-url sqlite::memory: "$@" \
    >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do
    port=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -o 'HTTP server listening addr=127.0.0.1:[0-9]*' |
      head -1 | sed 's/.*://') || true
    [ -n "$port" ] && curl -fs -o /dev/null "http://127.0.0.1:$port/readyz" && break
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "browser-check: $name exited:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$port" ] || { echo "browser-check: $name did not start:" >&2; cat "$log" >&2; exit 1; }
  base_url=http://127.0.0.1:$port
}

# start_bookstore: the whole bookstore (scripts/bookstore.sh) on its ports + BOOKSTORE_OFFSET
# (default 20000: below the kernel's ephemeral ports, 32768 and up, which any outgoing connection may
# hold) with a temporary data directory, for checks that need the services together
# (e.g. after `scripts/demo.sh --port-offset "$bookstore_offset"`); sets $bookstore_offset.
start_bookstore() {
  bookstore_offset=${BOOKSTORE_OFFSET:-20000}
  BOOKSTORE_DATA_DIR="$work/bookstore-data" scripts/bookstore.sh --port-offset "$bookstore_offset" \
    >"$work/bookstore.out" 2>&1 &
  pids+=($!)
  until grep -qs 'Ctrl-C stops everything' "$work/bookstore.out"; do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "browser-check: the bookstore did not start:" >&2; cat "$work/bookstore.out" >&2; exit 1; }
    sleep 0.1
  done
}

# render URL: the page's DOM after its scripts ran (virtual time lets them finish their fetches).
# Bounded: a page Chromium will not finish (a download, say) is an empty page, not a stuck CI.
render() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1' --virtual-time-budget=20000 --dump-dom "$1" \
    2>"$work/chromium.log" || echo "browser-check: Chromium failed or timed out on $1" >&2
}

passes=0
failures=0
# expect WHAT PAGE_FILE NEEDLE: the rendered page holds NEEDLE (a fixed string).
expect() {
  if grep -qF -- "$3" "$2"; then
    echo "  ok: $1"
    passes=$((passes + 1))
  else
    echo "  FAILED: $1 (no '$3' in the rendered page; saved as $2)" >&2
    cp "$2" "${TMPDIR:-/tmp}/browser-check-$(basename "$2")" && echo "  page kept at ${TMPDIR:-/tmp}/browser-check-$(basename "$2")" >&2
    failures=$((failures + 1))
  fi
}

# A service's /docs renders its operations from assets the service serves itself.
check_docs() {
  start_service catalog
  render "$base_url/docs" >"$work/docs.html"
  expect "catalog /docs renders the operation listBooks" "$work/docs.html" \
    'opblock-summary-operation-id">listBooks<'
  expect "catalog /docs renders the path /api/v1/books/{id}" "$work/docs.html" '/api/v1/books/{id}'
}

# The orchestrator's executions page after the demo (scripts/demo.sh): its confirmed order's saga
# listed COMPLETED with its order id and shown with the five tasks COMPLETED, each by a worker; the
# two cancelled orders' sagas FAILED, each linking the failure workflow that compensated it.
check_executions() {
  start_bookstore
  local orchestrator=http://127.0.0.1:$((8080 + bookstore_offset))
  if ! scripts/demo.sh --port-offset "$bookstore_offset" >"$work/demo.out" 2>&1; then
    echo "  FAILED: the demo did not end as it should:" >&2
    cat "$work/demo.out" >&2
    failures=$((failures + 1))
    return
  fi
  render "$orchestrator/" >"$work/executions.html"
  python3 "$page_reader" list "$work/executions.html" >"$work/executions.txt"
  local confirmed failed
  read -r confirmed failed <"$work/executions.txt"
  expect "the list shows the confirmed order's saga COMPLETED with its order id" \
    "$work/executions.txt" "workflow="
  expect "the list shows the two cancelled orders' sagas FAILED" "$work/executions.txt" ","
  render "$orchestrator/executions/${confirmed#workflow=}" >"$work/saga.html"
  local task
  for task in place_order make_payment change_order_status reserve_inventory confirm_order; do
    python3 "$page_reader" task "$work/saga.html" "$task" >"$work/$task.txt"
    expect "the saga's page shows $task COMPLETED by a worker" "$work/$task.txt" "COMPLETED by "
  done
  render "$orchestrator/executions/${failed%%,*}" >"$work/failed-saga.html"
  expect "a cancelled order's saga links its failure workflow" "$work/failed-saga.html" 'id="failure-workflow"'
}

# What the executions checks read from a page: table rows by class, with their data- attributes
# and cell texts (Chromium's DOM, parsed rather than grepped: attributes and cells in any layout).
page_reader=$work/read_page.py
cat >"$page_reader" <<'PY'
import sys
from html.parser import HTMLParser

class Rows(HTMLParser):
    def __init__(self, text):
        super().__init__()
        self.rows = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append({"attrs": dict(attrs), "cells": []})
        elif tag == "td" and self.rows:
            self.rows[-1]["cells"].append("")

    def handle_data(self, data):
        if self.rows and self.rows[-1]["cells"]:
            self.rows[-1]["cells"][-1] += data

what, page = sys.argv[1], Rows(open(sys.argv[2]).read())
if what == "list":
    # Columns: workflow, status, order, started, duration, id. Prints "workflow=<id>" for the one
    # saga that completed with an order id, and the comma-joined ids of the failed sagas.
    sagas = [r for r in page.rows if r["attrs"].get("class") == "workflow"
             and r["cells"] and r["cells"][0].strip().startswith("bookstore_order_book_wf ")]
    done = [r["attrs"]["data-workflow-id"] for r in sagas
            if r["attrs"].get("data-status") == "COMPLETED" and r["cells"][2].strip().isdigit()]
    failed = [r["attrs"]["data-workflow-id"] for r in sagas if r["attrs"].get("data-status") == "FAILED"]
    print("workflow=" + done[0] if len(done) == 1 else "none", ",".join(failed) if len(failed) == 2 else "none")
else:
    # Columns: #, task, status, scheduled, started, finished, worker.
    task = sys.argv[3]
    rows = [r for r in page.rows if r["attrs"].get("class") == "task"
            and r["attrs"].get("data-task-type") == task]
    if len(rows) == 1 and rows[0]["attrs"].get("data-status") == "COMPLETED":
        worker = rows[0]["cells"][6].strip() if len(rows[0]["cells"]) > 6 else ""
        print("COMPLETED by " + worker if worker not in ("", "\u2014") else "COMPLETED, no worker")
    else:
        print(f"{len(rows)} rows, status {[r['attrs'].get('data-status') for r in rows]}")
PY

selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${checks[@]}")
for check in "${selected[@]}"; do
  if ! declare -F "check_$check" >/dev/null; then
    echo "browser-check: no check '$check' (known: ${checks[*]})" >&2
    exit 2
  fi
  echo "browser check: $check"
  "check_$check"
done
echo "browser: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
