//! End-to-end: the bookstore's real binaries as processes (see `harness`), on SQLite and on
//! MariaDB. Build them first: `cargo build --workspace`, then `cargo test -p e2e`.
//!
//! `orders` holds the order saga's scenarios (issue 11 §4): orders placed through order's REST
//! API, carried to `confirmed` or `cancelled` by the real processes. The tests here exercise
//! inventory's two saga tasks alone, through test workflows registered through the
//! orchestrator's metadata API with the generated task definitions and run by the real inventory
//! process's workers.

// Test code: a failed set-up panics.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod customer;
mod harness;
mod orders;

use std::collections::BTreeMap;
use std::time::Duration;

use futures::future::join_all;
use harness::invariants::{self, assert_hold, reserved_copies};
use harness::{Bookstore, Db};
use proto::bookstore::inventory::v1 as pb;
use proto::bookstore::inventory::v1::stock_service_client::StockServiceClient;
use serde_json::{Value, json};

/// Reserve, then release: the saga's inventory step and its compensation in one workflow.
const RESERVE_RELEASE: &str = "e2e_inventory_reserve_release";
/// Only the reserve (its reservation stays live) and only the release.
const RESERVE: &str = "e2e_inventory_reserve";
const RELEASE: &str = "e2e_inventory_release";

const WAIT: Duration = Duration::from_secs(60);

fn task(name: &str, input: Value) -> Value {
    json!({
        "name": name,
        "taskReferenceName": format!("{name}_ref"),
        "type": "SIMPLE",
        "inputParameters": input,
    })
}

fn workflow(name: &str, tasks: Vec<Value>, output: Value) -> Value {
    json!({
        "name": name,
        "version": 1,
        "description": "An end-to-end test workflow of inventory's saga tasks.",
        "ownerEmail": "platform@bookstore.example",
        "schemaVersion": 2,
        "timeoutPolicy": "TIME_OUT_WF",
        "timeoutSeconds": 120,
        "tasks": tasks,
        "outputParameters": output,
    })
}

/// The generated task definitions and the three test workflows.
async fn register(b: &Bookstore) {
    b.register_task_defs().await;
    let reserve = || {
        task(
            "reserve_inventory",
            json!({ "order_id": "${workflow.input.order_id}", "items": "${workflow.input.items}" }),
        )
    };
    let release = || {
        task(
            "release_inventory",
            json!({ "order_id": "${workflow.input.order_id}" }),
        )
    };
    b.register_workflow(workflow(
        RESERVE_RELEASE,
        vec![reserve(), release()],
        json!({
            "reserved": "${reserve_inventory_ref.output.reserved}",
            "released": "${release_inventory_ref.output.released}",
        }),
    ))
    .await;
    b.register_workflow(workflow(
        RESERVE,
        vec![reserve()],
        json!({ "reserved": "${reserve_inventory_ref.output.reserved}" }),
    ))
    .await;
    b.register_workflow(workflow(
        RELEASE,
        vec![release()],
        json!({ "released": "${release_inventory_ref.output.released}" }),
    ))
    .await;
}

fn order(id: i64, items: &[(i64, i64)]) -> Value {
    let items: Vec<Value> = items
        .iter()
        .map(|(book, quantity)| json!({ "book_id": book, "quantity": quantity }))
        .collect();
    json!({ "order_id": id, "items": items })
}

async fn run(b: &Bookstore, name: &str, input: Value) -> Value {
    let id = b.start_workflow(name, 1, input).await;
    b.wait_workflow(&id, WAIT).await
}

fn assert_completed(workflow: &Value) {
    assert_eq!(
        workflow["status"], "COMPLETED",
        "the workflow did not complete: {workflow:#}"
    );
}

/// A stock row's (quantity, reserved) through inventory's REST API.
async fn levels(b: &Bookstore, stock: i64) -> (i64, i64) {
    let row = b.stock(stock).await;
    (
        row["quantity"].as_i64().unwrap(),
        row["reserved_quantity"].as_i64().unwrap(),
    )
}

async fn inventory_worker_reserves_and_releases(db: Db) {
    let Some(b) = Bookstore::start(db).await else {
        return;
    };
    // A customer signs up and in through identity; inventory takes the token but is staff only.
    let customer = b.customer_token().await;
    b.expect(
        b.http
            .get(b.url("identity", "/api/v1/users/me"))
            .bearer_auth(&customer),
        200,
    )
    .await;
    b.expect(
        b.http
            .get(b.url("inventory", "/api/v1/warehouses"))
            .bearer_auth(&customer),
        403,
    )
    .await;

    let book = b.seed_book("Refactoring", "47.99").await;
    let warehouse = b.seed_warehouse(1000).await;
    let stock = b.seed_stock(book, warehouse, 5).await;
    // Catalog shows the stock it reads from inventory over gRPC.
    let shown = b.book(book).await;
    assert_eq!(shown["stock"]["quantity"], 5, "{shown:#}");
    register(&b).await;

    // Reserve: the reservation stays live.
    let reserved = run(&b, RESERVE, order(9_001, &[(book, 2)])).await;
    assert_completed(&reserved);
    assert_eq!(
        reserved_copies(&reserved["output"]["reserved"]),
        BTreeMap::from([(book, 2)])
    );
    assert_eq!(levels(&b, stock).await, (5, 2));
    assert_eq!(b.book(book).await["stock"]["reserved_quantity"], 2);
    let data = invariants::inventory_data(&b).await;
    assert_eq!(data.reserved_for(9_001, book), 2);
    assert_hold(&b).await;

    // The same task again (a redelivery): the same reservation, nothing more reserved.
    let again = run(&b, RESERVE, order(9_001, &[(book, 2)])).await;
    assert_completed(&again);
    assert_eq!(again["output"], reserved["output"]);
    assert_eq!(levels(&b, stock).await, (5, 2));

    // Release it, twice: the copies come back once.
    let released = run(&b, RELEASE, json!({ "order_id": 9_001 })).await;
    assert_completed(&released);
    assert_eq!(released["output"]["released"], true);
    let twice = run(&b, RELEASE, json!({ "order_id": 9_001 })).await;
    assert_completed(&twice);
    assert_eq!(levels(&b, stock).await, (5, 0));
    // Released for an order that never reserved: a no-op.
    let never = run(&b, RELEASE, json!({ "order_id": 9_009 })).await;
    assert_completed(&never);
    assert_eq!(never["output"]["released"], false);

    // The step and its compensation in one workflow.
    let both = run(&b, RESERVE_RELEASE, order(9_002, &[(book, 3)])).await;
    assert_completed(&both);
    assert_eq!(
        reserved_copies(&both["output"]["reserved"]),
        BTreeMap::from([(book, 3)])
    );
    assert_eq!(both["output"]["released"], true);
    assert_eq!(levels(&b, stock).await, (5, 0));

    // Out of stock: a terminal failure naming the book and what is available; nothing held.
    let short = run(&b, RESERVE, order(9_003, &[(book, 6)])).await;
    assert_eq!(short["status"], "FAILED", "{short:#}");
    let reason = short["reasonForIncompletion"].as_str().unwrap_or_default();
    assert!(
        reason.contains(&format!("out_of_stock: book {book}: 5 of 6 available")),
        "{short:#}"
    );
    let attempts = short["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["taskType"] == "reserve_inventory")
        .count();
    assert_eq!(attempts, 1, "a business failure is not retried: {short:#}");
    assert_eq!(levels(&b, stock).await, (5, 0));
    assert!(
        invariants::inventory_data(&b)
            .await
            .reservation_of(9_003)
            .is_empty()
    );
    assert_hold(&b).await;

    // Every process logged to its file; SQLite runs keep their data under the run directory.
    for log in b.log_files() {
        assert!(log.is_file(), "{}", log.display());
    }
    if db == Db::Sqlite {
        let files = b.database_files();
        assert!(
            files.iter().any(|f| f.ends_with("inventory.db")),
            "{files:?}"
        );
    }
    // Dropping the bookstore leaves no process behind.
    let pids = b.pids();
    assert_eq!(pids.len(), b.log_files().len());
    drop(b);
    for pid in pids {
        assert!(
            !std::path::Path::new(&format!("/proc/{pid}")).exists(),
            "process {pid} outlived the bookstore"
        );
    }
}

async fn a_killed_inventory_comes_back_and_every_workflow_completes(db: Db) {
    let Some(mut b) = Bookstore::start(db).await else {
        return;
    };
    let book = b.seed_book("Release It!", "39.50").await;
    let warehouse = b.seed_warehouse(10_000).await;
    let stock = b.seed_stock(book, warehouse, 100).await;
    register(&b).await;

    // The orchestrator is down: inventory still starts and serves (its workers only wait).
    b.kill9("orchestrator");
    b.restart("inventory").await;
    assert_eq!(levels(&b, stock).await, (100, 0));
    b.restart("orchestrator").await;

    // Inventory is down when the workflow starts: the task waits for it.
    b.kill9("inventory");
    let waiting = b
        .start_workflow(RESERVE_RELEASE, 1, order(9_100, &[(book, 4)]))
        .await;
    b.wait_task(&waiting, "reserve_inventory_ref", "SCHEDULED", WAIT)
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(b.workflow(&waiting).await["status"], "RUNNING");
    b.restart("inventory").await;
    let done = b.wait_workflow(&waiting, WAIT).await;
    assert_completed(&done);
    assert_eq!(done["output"]["released"], true);

    // kill -9 while workflows are running: as soon as the first reservation is made, while
    // others are being polled, reserved or released.
    let orders: Vec<(i64, i64)> = (0..12).map(|i| (9_200 + i, 1 + i % 3)).collect();
    let ids =
        join_all(orders.iter().map(|(id, copies)| {
            b.start_workflow(RESERVE_RELEASE, 1, order(*id, &[(book, *copies)]))
        }))
        .await;
    b.wait_task(&ids[0], "reserve_inventory_ref", "COMPLETED", WAIT)
        .await;
    b.kill9("inventory");
    tokio::time::sleep(Duration::from_millis(200)).await;
    b.restart("inventory").await;
    // A task the killed process held unanswered is handed out again after its response
    // timeout (5 s): every workflow still completes, each reserving and releasing exactly once.
    for ((order_id, copies), id) in orders.iter().zip(&ids) {
        let workflow = b.wait_workflow(id, WAIT).await;
        assert_completed(&workflow);
        assert_eq!(
            reserved_copies(&workflow["output"]["reserved"]),
            BTreeMap::from([(book, *copies)]),
            "order {order_id}: {workflow:#}"
        );
        assert_eq!(workflow["output"]["released"], true, "order {order_id}");
    }
    assert_eq!(levels(&b, stock).await, (100, 0));
    let data = invariants::inventory_data(&b).await;
    for (order_id, copies) in &orders {
        let lines = data.reservation_of(*order_id);
        assert_eq!(
            lines.iter().map(|l| l.quantity).sum::<i64>(),
            *copies,
            "order {order_id} reserved once: {lines:?}"
        );
        assert!(lines.iter().all(|l| l.state == "released"), "{lines:?}");
    }
    assert_hold(&b).await;

    // A worker that takes a task, does the work and dies before reporting it: the task is
    // handed out again after its response timeout, and the redelivery reserves nothing more.
    b.kill9("inventory");
    let ghosted = b
        .start_workflow(RESERVE, 1, order(9_300, &[(book, 7)]))
        .await;
    b.wait_task(&ghosted, "reserve_inventory_ref", "SCHEDULED", WAIT)
        .await;
    let claimed = b
        .poll_task("reserve_inventory", "ghost-worker")
        .await
        .expect("the queued reserve task");
    assert_eq!(claimed["workflowInstanceId"], ghosted.as_str());
    b.restart("inventory").await;
    let mut stock_service = StockServiceClient::connect(b.grpc_url("inventory"))
        .await
        .unwrap();
    stock_service
        .reserve_stock(pb::ReserveStockRequest {
            order_id: 9_300,
            items: vec![pb::ReserveStockItem {
                book_id: book,
                quantity: 7,
            }],
        })
        .await
        .unwrap();
    assert_eq!(levels(&b, stock).await, (100, 7));
    let redelivered = b.wait_workflow(&ghosted, WAIT).await;
    assert_completed(&redelivered);
    let attempts: Vec<&Value> = redelivered["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["status"])
        .collect();
    assert_eq!(attempts, ["TIMED_OUT", "COMPLETED"], "{redelivered:#}");
    assert_eq!(
        reserved_copies(&redelivered["output"]["reserved"]),
        BTreeMap::from([(book, 7)])
    );
    assert_eq!(levels(&b, stock).await, (100, 7), "reserved once");
    assert_hold(&b).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inventory_worker_reserves_and_releases_on_sqlite() {
    inventory_worker_reserves_and_releases(Db::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inventory_worker_reserves_and_releases_on_mariadb() {
    inventory_worker_reserves_and_releases(Db::MariaDb).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_inventory_comes_back_and_every_workflow_completes_on_sqlite() {
    a_killed_inventory_comes_back_and_every_workflow_completes(Db::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_inventory_comes_back_and_every_workflow_completes_on_mariadb() {
    a_killed_inventory_comes_back_and_every_workflow_completes(Db::MariaDb).await;
}
