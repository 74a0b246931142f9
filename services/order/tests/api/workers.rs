//! The saga's order tasks through the generated `run_<task>`, on the service's own use cases
//! and database (SQLite and, when reachable, MariaDB): idempotent by order id, illegal
//! transitions terminal, readable failure reasons.

use order::application::port::saga::{self, TaskOutcome};
use serde_json::{Value, json};

use crate::common::{ALICE, TestApp, spawn_app, spawn_mysql_app};

fn completed(outcome: TaskOutcome) -> Value {
    match outcome {
        TaskOutcome::Completed(value) => value,
        other => panic!("not completed: {other:?}"),
    }
}

fn terminal(outcome: TaskOutcome) -> String {
    match outcome {
        TaskOutcome::FailedTerminal(reason) => reason,
        other => panic!("not a terminal failure: {other:?}"),
    }
}

async fn read(app: &TestApp, id: i64) -> Value {
    let (status, body) = app.get(&app.staff(), &format!("/api/v1/orders/{id}")).await;
    assert_eq!(status, 200, "{body}");
    body
}

/// The forward path, each task delivered twice.
async fn forward_path(app: &TestApp) {
    let id = app.place_ok(ALICE).await;
    let o = &*app.orders;
    let placed = completed(saga::run_place_order(o, json!({"order_id": id})).await);
    assert_eq!(
        placed,
        json!({"order_id": id, "user_id": ALICE, "amount": "125.98",
               "items": [{"book_id": 1, "quantity": 2}, {"book_id": 2, "quantity": 1}]})
    );
    assert_eq!(
        completed(saga::run_place_order(o, json!({"order_id": id})).await),
        placed
    );
    let input = json!({"order_id": id, "payment_id": 7});
    for _ in 0..2 {
        let paid = completed(saga::run_change_order_status(o, input.clone()).await);
        assert_eq!(paid["status"], "paid");
    }
    let order = read(app, id).await;
    assert_eq!(order["status"], "paid");
    assert_eq!(
        order["steps_done"],
        json!(["place_order", "make_payment", "change_order_status"])
    );
    for _ in 0..2 {
        let confirmed = completed(saga::run_confirm_order(o, json!({"order_id": id})).await);
        assert_eq!(confirmed["status"], "confirmed");
    }
    let order = read(app, id).await;
    assert_eq!(order["status"], "confirmed");
    assert_eq!(
        order["steps_done"],
        json!([
            "place_order",
            "make_payment",
            "change_order_status",
            "reserve_inventory",
            "confirm_order"
        ])
    );
    // A late change_order_status on a confirmed order is refused, terminally.
    let reason = terminal(saga::run_change_order_status(o, input).await);
    assert!(reason.starts_with("order_not_pending: "), "{reason}");
}

/// Compensation: cancel_order with a readable reason, redelivered as a no-op; forward tasks on
/// the cancelled order are terminal.
async fn compensation(app: &TestApp) {
    let id = app.place_ok(ALICE).await;
    let o = &*app.orders;
    completed(saga::run_place_order(o, json!({"order_id": id})).await);
    completed(saga::run_change_order_status(o, json!({"order_id": id, "payment_id": 3})).await);
    let input = json!({"order_id": id,
        "reason": "out_of_stock: book 1: 1 of 2 available; book 2: 0 of 1 available",
        "released": false, "refunded": true});
    for _ in 0..2 {
        let cancelled = completed(saga::run_cancel_order(o, input.clone()).await);
        assert_eq!(cancelled["status"], "cancelled");
    }
    let order = read(app, id).await;
    assert_eq!(order["status"], "cancelled");
    assert_eq!(
        order["failure_reason"],
        "only 1 copy of Refactoring left; Clean Code is out of stock"
    );
    assert_eq!(
        order["steps_done"],
        json!([
            "place_order",
            "make_payment",
            "change_order_status",
            "refund_payment",
            "cancel_order"
        ])
    );
    let reason = terminal(saga::run_place_order(o, json!({"order_id": id})).await);
    assert!(reason.starts_with("order_not_pending: "), "{reason}");
    let reason = terminal(saga::run_confirm_order(o, json!({"order_id": id})).await);
    assert!(reason.starts_with("order_not_paid: "), "{reason}");
}

#[tokio::test]
async fn the_forward_tasks_are_idempotent_and_follow_the_status_machine() {
    let app = spawn_app().await;
    forward_path(&app).await;
    app.close().await;
}

#[tokio::test]
async fn cancel_order_records_a_readable_reason_once() {
    let app = spawn_app().await;
    compensation(&app).await;
    app.close().await;
}

#[tokio::test]
async fn the_same_on_mariadb() {
    let Some(app) = spawn_mysql_app().await else {
        return;
    };
    forward_path(&app).await;
    compensation(&app).await;
    // The idempotency key's uniqueness holds on MariaDB too.
    let body = crate::common::order_body(&[(3, 1)], crate::common::CARD);
    let token = app.customer(ALICE);
    let (_, a, _) = app.place(&token, Some("k"), &body).await;
    let (_, b, _) = app.place(&token, Some("k"), &body).await;
    assert_eq!(a["id"], b["id"]);
    assert_eq!(a["total_price"], "55.50");
    // Twenty racing requests with one key: one order.
    let racing = (0..20).map(|_| app.place(&token, Some("race"), &body));
    let ids: std::collections::BTreeSet<i64> = futures::future::join_all(racing)
        .await
        .into_iter()
        .map(|(status, order, _)| {
            assert_eq!(status, 202, "{order}");
            order["id"].as_i64().unwrap()
        })
        .collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    app.close().await;
}

#[tokio::test]
async fn a_declined_card_reads_card_declined_and_pending_confirm_is_terminal() {
    let app = spawn_app().await;
    let id = app.place_ok(ALICE).await;
    let o = &*app.orders;
    let reason = terminal(saga::run_confirm_order(o, json!({"order_id": id})).await);
    assert!(reason.starts_with("order_not_paid: "), "{reason}");
    completed(
        saga::run_cancel_order(
            o,
            json!({"order_id": id, "reason": "card_declined: card declined"}),
        )
        .await,
    );
    let order = read(&app, id).await;
    assert_eq!(order["failure_reason"], "card declined");
    assert_eq!(order["steps_done"], json!(["cancel_order"]));
    app.close().await;
}

#[tokio::test]
async fn unknown_orders_and_bad_input_fail_terminally() {
    let app = spawn_app().await;
    let o = &*app.orders;
    let reason = terminal(saga::run_place_order(o, json!({"order_id": 424242})).await);
    assert!(reason.contains("does not exist"), "{reason}");
    let reason =
        terminal(saga::run_cancel_order(o, json!({"order_id": 424242, "reason": "x"})).await);
    assert!(reason.starts_with("order_not_cancellable: "), "{reason}");
    let reason = terminal(saga::run_place_order(o, json!({"order_id": "one"})).await);
    assert!(reason.starts_with("invalid_input"), "{reason}");
    app.close().await;
}
