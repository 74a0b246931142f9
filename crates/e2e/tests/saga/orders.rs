//! The order saga end to end (issue 11 §4): customers place orders through order's REST API and
//! the real processes carry each one to `confirmed` or `cancelled`. Scenarios that only stop a
//! process for a while share one bookstore (they run one after another); those that `kill -9`
//! run in their own. After every scenario the invariants hold over all the databases, and at the
//! end of each run no log or SQLite file holds a test card number.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use futures::future::join_all;
use serde_json::Value;

use crate::harness::invariants::{self, assert_hold};
use crate::harness::orders::{
    CARD_DECLINED, CARD_FLAKY, CARD_OK, FORWARD_STEPS, SAGA, TEST_CARDS, cents,
};
use crate::harness::{Bookstore, Db};
use proto::bookstore::inventory::v1 as pb;
use proto::bookstore::inventory::v1::stock_service_client::StockServiceClient;

const WAIT: Duration = Duration::from_secs(60);

/// A book in catalog with `copies` in a warehouse of its own: (book, stock row).
async fn stocked_book(b: &Bookstore, title: &str, price: &str, copies: i64) -> (i64, i64) {
    let book = b.seed_book(title, price).await;
    let warehouse = b.seed_warehouse(100_000).await;
    let stock = b.seed_stock(book, warehouse, copies).await;
    (book, stock)
}

/// A stock row's (quantity, reserved) through inventory's REST API.
async fn levels(b: &Bookstore, stock: i64) -> (i64, i64) {
    let row = b.stock(stock).await;
    (
        row["quantity"].as_i64().unwrap(),
        row["reserved_quantity"].as_i64().unwrap(),
    )
}

fn id_of(order: &Value) -> i64 {
    order["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("an order: {order:#}"))
}

fn steps(order: &Value) -> Vec<&str> {
    order["steps_done"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

/// The one payment of an order.
async fn payment_of(b: &Bookstore, order: i64) -> Value {
    let payments = b.payments_of(order).await;
    assert_eq!(payments.len(), 1, "order {order}: {payments:#?}");
    payments[0].clone()
}

/// Tasks of `task_type` in order `id`'s saga, with their statuses.
async fn attempts(b: &Bookstore, id: i64, task_type: &str) -> Vec<String> {
    let sagas = b.sagas_of(SAGA, id).await;
    assert_eq!(sagas.len(), 1, "one saga for order {id}: {sagas:#?}");
    sagas[0]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["taskType"] == task_type)
        .map(|t| t["status"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// None of the test cards in any log or SQLite file of the run.
fn assert_no_card_numbers(b: &Bookstore) {
    for card in TEST_CARDS {
        let found = b.files_containing(card);
        assert!(found.is_empty(), "card {card} found in {found:?}");
    }
    assert!(!b.log_files().is_empty());
}

/// Success: `pending → paid → confirmed` (the saga held at `reserve_inventory` by stopping
/// inventory to see `paid`), every forward step done, one `paid` payment of the total, the
/// reservation equal to the items, the total from catalog's prices.
async fn success(b: &mut Bookstore, customer: &str) {
    let (ddd, ddd_stock) = stocked_book(b, "Domain-Driven Design", "54.99", 10).await;
    let (prag, prag_stock) = stocked_book(b, "The Pragmatic Programmer", "39.95", 10).await;
    b.signal("inventory", "STOP");
    let placed = b
        .place_order(customer, &[(ddd, 1), (prag, 2)], CARD_OK)
        .await;
    let id = id_of(&placed);
    assert_eq!(placed["status"], "pending", "{placed:#}");
    assert_eq!(cents(&placed["total_price"]), 5499 + 2 * 3995, "{placed:#}");
    let lines = placed["items"].as_array().unwrap();
    assert_eq!(lines[0]["title"], "Domain-Driven Design");
    assert_eq!(lines[1]["unit_price"], "39.95");
    let paid = b.wait_order(id, Some("paid"), WAIT).await;
    assert_eq!(
        steps(&paid),
        ["place_order", "make_payment", "change_order_status"]
    );
    b.signal("inventory", "CONT");
    let confirmed = b.wait_order(id, Some("confirmed"), WAIT).await;
    assert_eq!(steps(&confirmed), FORWARD_STEPS, "{confirmed:#}");
    assert!(confirmed.get("failure_reason").is_none_or(Value::is_null));
    // The customer sees it too.
    let own = b
        .expect(
            b.http
                .get(b.url("order", &format!("/api/v1/orders/{id}")))
                .bearer_auth(customer),
            200,
        )
        .await;
    assert_eq!(own["status"], "confirmed");

    let payment = payment_of(b, id).await;
    assert_eq!(payment["status"], "paid", "{payment:#}");
    assert_eq!(cents(&payment["amount"]), 5499 + 2 * 3995);
    assert_eq!(payment["card_last4"], "4242");
    let data = invariants::inventory_data(b).await;
    assert_eq!(data.reserved_for(id, ddd), 1);
    assert_eq!(data.reserved_for(id, prag), 2);
    assert_eq!(
        data.reservation_of(id).len(),
        2,
        "{:?}",
        data.reservation_of(id)
    );
    assert_eq!(levels(b, ddd_stock).await, (10, 1));
    assert_eq!(levels(b, prag_stock).await, (10, 2));
    assert_hold(b).await;
}

/// Declined card: cancelled with "card declined", a `declined` payment, nothing reserved.
async fn declined(b: &Bookstore, customer: &str) {
    let (book, stock) = stocked_book(b, "Working Effectively with Legacy Code", "44.00", 5).await;
    let placed = b.place_order(customer, &[(book, 1)], CARD_DECLINED).await;
    let id = id_of(&placed);
    let cancelled = b.wait_order(id, Some("cancelled"), WAIT).await;
    assert_eq!(
        cancelled["failure_reason"], "card declined",
        "{cancelled:#}"
    );
    let payment = payment_of(b, id).await;
    assert_eq!(payment["status"], "declined", "{payment:#}");
    assert!(payment.get("paid_at").is_none_or(Value::is_null));
    assert_eq!(
        attempts(b, id, "make_payment").await.len(),
        1,
        "not retried"
    );
    assert!(
        invariants::inventory_data(b)
            .await
            .reservation_of(id)
            .is_empty()
    );
    assert_eq!(levels(b, stock).await, (5, 0));
    assert_hold(b).await;
}

/// Out of stock: paid, then refunded, cancelled with a reason naming the titles; stock untouched.
async fn out_of_stock(b: &Bookstore, customer: &str) {
    let (short, stock) = stocked_book(b, "Structure and Interpretation", "60.00", 2).await;
    let absent = b.seed_book("The Mythical Man-Month", "25.00").await;
    let placed = b
        .place_order(customer, &[(short, 3), (absent, 1)], CARD_OK)
        .await;
    let id = id_of(&placed);
    let cancelled = b.wait_order(id, Some("cancelled"), WAIT).await;
    let reason = cancelled["failure_reason"].as_str().unwrap_or_default();
    assert!(
        reason.contains("only 2 copies of Structure and Interpretation left")
            && reason.contains("The Mythical Man-Month is out of stock"),
        "{cancelled:#}"
    );
    let payment = payment_of(b, id).await;
    assert_eq!(payment["status"], "refunded", "{payment:#}");
    assert_eq!(cents(&payment["amount"]), 3 * 6000 + 2500);
    assert_eq!(levels(b, stock).await, (2, 0));
    assert!(
        invariants::inventory_data(b)
            .await
            .reservation_of(id)
            .iter()
            .all(|l| l.state != "reserved")
    );
    assert_hold(b).await;
}

/// Transient gateway failures: make_payment fails twice, the orchestrator retries, it confirms.
async fn transient(b: &Bookstore, customer: &str) {
    let (book, _) = stocked_book(b, "Release It! Second Edition", "41.50", 5).await;
    let placed = b.place_order(customer, &[(book, 2)], CARD_FLAKY).await;
    let id = id_of(&placed);
    let confirmed = b.wait_order(id, Some("confirmed"), WAIT).await;
    assert_eq!(steps(&confirmed), FORWARD_STEPS);
    assert_eq!(
        attempts(b, id, "make_payment").await,
        ["FAILED", "FAILED", "COMPLETED"]
    );
    let payment = payment_of(b, id).await;
    assert_eq!(payment["status"], "paid");
    assert_eq!(cents(&payment["amount"]), 8300);
    assert_hold(b).await;
}

/// Cancel while `paid`: the saga held at reserve_inventory (inventory down), the customer
/// cancels (202), inventory comes back: refunded and cancelled, nothing reserved.
async fn cancel_while_paid(b: &mut Bookstore, customer: &str) {
    let (book, stock) = stocked_book(b, "Accelerate", "29.99", 5).await;
    b.kill9("inventory");
    let placed = b.place_order(customer, &[(book, 1)], CARD_OK).await;
    let id = id_of(&placed);
    b.wait_order(id, Some("paid"), WAIT).await;
    let (status, body) = b.cancel_order(customer, id).await;
    assert_eq!(status, 202, "{body:#}");
    // Cancelling again once it is cancelled (or while it is being cancelled) is not accepted twice.
    b.restart("inventory").await;
    let cancelled = b.wait_order(id, Some("cancelled"), WAIT).await;
    assert_eq!(
        cancelled["failure_reason"], "cancelled by the customer",
        "{cancelled:#}"
    );
    let payment = payment_of(b, id).await;
    assert_eq!(payment["status"], "refunded", "{payment:#}");
    assert_eq!(levels(b, stock).await, (5, 0));
    let (again, _) = b.cancel_order(customer, id).await;
    assert_eq!(again, 409);
    assert_hold(b).await;
}

/// Cancel while the charge is under way: payment frozen holding the order's make_payment task,
/// the customer cancels (202, the order still `pending`), the failure workflow's refund_payment
/// is queued too; payment thawed runs both, in whichever order: the order ends cancelled and the
/// card holds nothing (refunded after the charge, or voided before it).
async fn cancel_while_charging(b: &mut Bookstore, customer: &str) {
    let (book, stock) = stocked_book(b, "Continuous Delivery", "33.00", 5).await;
    let mut caught = None;
    for _ in 0..10 {
        let id = id_of(&b.place_order(customer, &[(book, 1)], CARD_OK).await);
        b.signal("payment", "STOP");
        let held = order_with_task(
            b,
            &[id],
            "make_payment",
            "IN_PROGRESS",
            Duration::from_secs(2),
        )
        .await;
        if held.is_some() {
            let (status, body) = b.cancel_order(customer, id).await;
            assert_eq!(status, 202, "{body:#}");
            assert_eq!(body["status"], "pending", "{body:#}");
            caught = Some(id);
        }
        b.signal("payment", "CONT");
        if caught.is_some() {
            break;
        }
        b.wait_order(id, None, WAIT).await;
    }
    let id = caught.expect("payment, frozen, took a make_payment task");
    let cancelled = b.wait_order(id, Some("cancelled"), WAIT).await;
    assert_eq!(
        cancelled["failure_reason"], "cancelled by the customer",
        "{cancelled:#}"
    );
    let payments = b.payments_of(id).await;
    assert!(
        payments.iter().all(|p| p["status"] == "refunded"),
        "{payments:#?}"
    );
    assert!(
        !invariants::held_charges(b).await.contains_key(&id),
        "the card holds nothing"
    );
    assert_eq!(levels(b, stock).await.1, 0);
    assert_hold(b).await;
}

/// The statuses of every task of `task_type` in order `id`'s saga.
async fn task_statuses(b: &Bookstore, id: i64, task_type: &str) -> Vec<String> {
    b.sagas_of(SAGA, id)
        .await
        .iter()
        .flat_map(|s| s["tasks"].as_array().cloned().unwrap_or_default())
        .filter(|t| t["taskType"] == task_type)
        .map(|t| t["status"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Wait until one of `ids` has a task of `task_type` in `status`: that order.
async fn order_with_task(
    b: &Bookstore,
    ids: &[i64],
    task_type: &str,
    status: &str,
    timeout: Duration,
) -> Option<i64> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        for id in ids {
            if task_statuses(b, *id, task_type)
                .await
                .iter()
                .any(|s| s == status)
            {
                return Some(*id);
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    None
}

/// Duplicate delivery, twice:
/// - payment frozen (SIGSTOP) as soon as an order is accepted: its outstanding long polls take
///   the order's make_payment task, which it cannot run; past their response timeout (10 s) the orchestrator
///   times them out and hands them out again; on SIGCONT the first deliveries charge and their
///   reports are refused (too late), the redeliveries find the payment made. Charged once.
/// - inventory's reserve_inventory taken by a worker that does the work (inventory's gRPC
///   `ReserveStock`) and never reports; redelivered to inventory after 5 s. Reserved once.
async fn duplicate_delivery(b: &mut Bookstore, customer: &str) {
    let (book, stock) =
        stocked_book(b, "Designing Data-Intensive Applications", "45.00", 500).await;
    let two = [(book, 2)];
    let mut ids = Vec::new();
    let mut twice = None;
    for _ in 0..10 {
        // Right after the order is accepted (its card tokenized by payment) and before its saga
        // reaches make_payment: payment's outstanding long polls will take the task.
        let id = id_of(&b.place_order(customer, &two, CARD_OK).await);
        b.signal("payment", "STOP");
        ids.push(id);
        let held = order_with_task(
            b,
            &[id],
            "make_payment",
            "IN_PROGRESS",
            Duration::from_secs(2),
        )
        .await;
        if held.is_some() {
            // Past the response timeout: the delivery the frozen process holds times out.
            let timed_out = order_with_task(
                b,
                &[id],
                "make_payment",
                "TIMED_OUT",
                Duration::from_secs(30),
            )
            .await;
            assert_eq!(timed_out, Some(id), "the held make_payment times out");
            twice = Some(id);
        }
        b.signal("payment", "CONT");
        if twice.is_some() {
            break;
        }
        b.wait_order(id, None, WAIT).await;
    }
    let twice = twice.expect("payment, frozen, took a make_payment task");
    for id in &ids {
        let order = b.wait_order(*id, None, WAIT).await;
        assert_eq!(order["status"], "confirmed", "{order:#}");
        assert_eq!(steps(&order), FORWARD_STEPS);
    }
    let tries = task_statuses(b, twice, "make_payment").await;
    assert_eq!(tries, ["TIMED_OUT", "COMPLETED"], "order {twice}");
    for id in &ids {
        let payment = payment_of(b, *id).await;
        assert_eq!(payment["status"], "paid");
        assert_eq!(cents(&payment["amount"]), 9000);
    }
    let data = invariants::inventory_data(b).await;
    for id in &ids {
        assert_eq!(data.reserved_for(*id, book), 2, "order {id} reserved once");
    }
    assert_eq!(levels(b, stock).await, (500, 2 * ids.len() as i64));
    assert_hold(b).await;

    // The ghost worker: inventory down, the order paid, its reserve task taken by "ghost".
    b.kill9("inventory");
    let placed = b.place_order(customer, &two, CARD_OK).await;
    let id = id_of(&placed);
    b.wait_order(id, Some("paid"), WAIT).await;
    assert!(
        order_with_task(b, &[id], "reserve_inventory", "SCHEDULED", WAIT)
            .await
            .is_some()
    );
    let claimed = b
        .poll_task("reserve_inventory", "ghost-worker")
        .await
        .expect("the queued reserve task");
    assert_eq!(claimed["inputData"]["order_id"], id);
    b.restart("inventory").await;
    // The ghost does the work (what the worker would do) and dies before reporting.
    let mut stock_service = StockServiceClient::connect(b.grpc_url("inventory"))
        .await
        .unwrap();
    stock_service
        .reserve_stock(pb::ReserveStockRequest {
            order_id: id,
            items: vec![pb::ReserveStockItem {
                book_id: book,
                quantity: 2,
            }],
        })
        .await
        .unwrap();
    let confirmed = b.wait_order(id, Some("confirmed"), WAIT).await;
    assert_eq!(steps(&confirmed), FORWARD_STEPS);
    assert_eq!(
        task_statuses(b, id, "reserve_inventory").await,
        ["TIMED_OUT", "COMPLETED"]
    );
    assert_eq!(
        invariants::inventory_data(b).await.reserved_for(id, book),
        2
    );
    assert_eq!(levels(b, stock).await, (500, 2 * ids.len() as i64 + 2));
    assert_hold(b).await;
}

/// 100 concurrent orders (one customer, 100 idempotency keys) of one copy of a book with 10:
/// exactly 10 confirmed, 90 cancelled and refunded, never more reserved than stocked.
async fn hundred_orders_race(b: &Bookstore, customer: &str) {
    let (book, stock) = stocked_book(b, "The Art of Computer Programming", "199.99", 10).await;
    let one = [(book, 1)];
    let placed = join_all((0..100).map(|_| b.place_order(customer, &one, CARD_OK))).await;
    let ids: Vec<i64> = placed.iter().map(id_of).collect();
    // While they run, the stock never goes past what there is.
    let watch = async {
        let mut done = 0;
        while done < ids.len() {
            let (quantity, reserved) = levels(b, stock).await;
            assert!(
                (0..=quantity).contains(&reserved),
                "{reserved} of {quantity} reserved"
            );
            let orders = b.all_orders().await;
            done = orders
                .iter()
                .filter(|o| ids.contains(&id_of(o)))
                .filter(|o| o["status"] == "confirmed" || o["status"] == "cancelled")
                .count();
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(120), watch)
        .await
        .expect("the 100 orders end within two minutes");
    let mut outcome: BTreeMap<String, usize> = BTreeMap::new();
    for id in &ids {
        let order = b.order(*id).await;
        *outcome
            .entry(order["status"].as_str().unwrap().to_owned())
            .or_default() += 1;
        let payment = payment_of(b, *id).await;
        match order["status"].as_str().unwrap() {
            "confirmed" => assert_eq!(payment["status"], "paid"),
            _ => {
                assert_eq!(payment["status"], "refunded", "{payment:#}");
                let reason = order["failure_reason"].as_str().unwrap_or_default();
                assert!(
                    reason.contains("The Art of Computer Programming"),
                    "{order:#}"
                );
            }
        }
    }
    assert_eq!(
        outcome,
        BTreeMap::from([("cancelled".to_owned(), 90), ("confirmed".to_owned(), 10)])
    );
    assert_eq!(levels(b, stock).await, (10, 10));
    assert_hold(b).await;
}

/// kill -9 of payment, then inventory, then order (each frozen first, so that it dies holding
/// the tasks its polls took), then the orchestrator, each with orders in flight, and a restart: every order still ends confirmed (approved card) or cancelled
/// (declined card), charged and reserved once.
/// The saga tasks a process's workers run.
fn worker_tasks(process: &str) -> Option<&'static [&'static str]> {
    match process {
        "payment" => Some(&["make_payment", "refund_payment"]),
        "inventory" => Some(&["reserve_inventory", "release_inventory"]),
        "order" => Some(&[
            "place_order",
            "change_order_status",
            "confirm_order",
            "cancel_order",
        ]),
        _ => None,
    }
}

async fn killed_processes(db: Db) {
    let Some(mut b) = Bookstore::start(db).await else {
        return;
    };
    let customer = b.customer_token().await;
    let (book, stock) = stocked_book(&b, "Site Reliability Engineering", "35.00", 1000).await;
    let one = [(book, 1)];
    let mut placed: Vec<(i64, &str)> = Vec::new();
    let mut held_total = 0;
    for victim in ["payment", "inventory", "order", "orchestrator"] {
        let cards = [
            CARD_OK,
            CARD_OK,
            CARD_DECLINED,
            CARD_OK,
            CARD_OK,
            CARD_FLAKY,
            CARD_OK,
            CARD_DECLINED,
            CARD_OK,
            CARD_OK,
        ];
        // Inventory is not needed to accept an order: frozen before, so the batch's reserve
        // tasks go to its outstanding polls. Payment (cards) and order (the API) are needed.
        if victim == "inventory" {
            b.signal(victim, "STOP");
        }
        let batch = join_all(
            cards
                .iter()
                .map(|card| b.place_order(&customer, &one, card)),
        )
        .await;
        placed.extend(batch.iter().map(id_of).zip(cards));
        let ids: Vec<i64> = batch.iter().map(id_of).collect();
        let held = if let Some(types) = worker_tasks(victim) {
            // A worker: frozen first, so that it dies holding the tasks its outstanding polls
            // took (the work done or not, never reported); they are handed out again after
            // their response timeout.
            if victim != "inventory" {
                b.signal(victim, "STOP");
            }
            let deadline = Instant::now() + Duration::from_secs(3);
            let mut held = Vec::new();
            while held.is_empty() && Instant::now() < deadline {
                for id in &ids {
                    for task in types {
                        if task_statuses(&b, *id, task)
                            .await
                            .iter()
                            .any(|s| s == "IN_PROGRESS")
                        {
                            held.push(format!("{task} of order {id}"));
                        }
                    }
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            held
        } else {
            // The orchestrator: as soon as one order of the batch has a payment.
            let deadline = Instant::now() + WAIT;
            while b.all_payments().await.len() <= placed.len() - batch.len() {
                assert!(Instant::now() < deadline, "no payment made");
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            Vec::new()
        };
        let open = b.running_sagas().await.len();
        b.kill9(victim);
        eprintln!(
            "{victim} killed with {open} sagas running (batch of {}), holding {held:?}",
            ids.len()
        );
        assert!(open > 0, "{victim} killed mid-saga");
        held_total += held.len();
        tokio::time::sleep(Duration::from_millis(300)).await;
        b.restart(victim).await;
    }
    assert!(held_total > 0, "a worker died holding a task");
    for (id, card) in &placed {
        let order = b.wait_order(*id, None, Duration::from_secs(90)).await;
        let expected = if *card == CARD_DECLINED {
            "cancelled"
        } else {
            "confirmed"
        };
        assert_eq!(order["status"], expected, "{order:#}");
        assert_eq!(b.payments_of(*id).await.len(), 1, "order {id}: one payment");
    }
    let confirmed = placed.iter().filter(|(_, c)| *c != CARD_DECLINED).count() as i64;
    assert_eq!(levels(&b, stock).await, (1000, confirmed));
    assert_hold(&b).await;
    assert_no_card_numbers(&b);
}

async fn sequential_scenarios(db: Db) {
    let Some(mut b) = Bookstore::start(db).await else {
        return;
    };
    let customer = b.customer_token().await;
    success(&mut b, &customer).await;
    if db == Db::Sqlite {
        declined(&b, &customer).await;
        out_of_stock(&b, &customer).await;
        transient(&b, &customer).await;
        cancel_while_paid(&mut b, &customer).await;
        cancel_while_charging(&mut b, &customer).await;
        duplicate_delivery(&mut b, &customer).await;
    }
    hundred_orders_race(&b, &customer).await;
    assert_no_card_numbers(&b);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn order_saga_scenarios_on_sqlite() {
    sequential_scenarios(Db::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn order_saga_success_and_race_on_mariadb() {
    sequential_scenarios(Db::MariaDb).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn order_saga_survives_kill_9_on_sqlite() {
    killed_processes(Db::Sqlite).await;
}
