//! Points: a ledger of transactions, the balance never below zero, idempotent by key.

use serde_json::json;

use crate::common::{ALICE, STAFF, spawn_app};

fn path(tail: &str) -> String {
    format!("/api/v1/customers/{ALICE}/point{tail}")
}

#[tokio::test]
async fn the_balance_is_zero_before_the_first_transaction() {
    let app = spawn_app().await;
    let answer = app.get(&path(""), &app.customer(ALICE)).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["balance"], 0);
    assert_eq!(answer.body["customer_id"], ALICE);
    assert!(answer.body.get("created_at").is_none());
}

#[tokio::test]
async fn every_change_is_a_transaction_and_the_balance_follows() {
    let app = spawn_app().await;
    let granted = app.grant(ALICE, 100).await;
    assert_eq!(granted.status, 201, "{}", granted.body);
    let location = granted.header("location").unwrap().to_owned();
    assert_eq!(granted.body["balance_after"], 100);
    assert_eq!(granted.body["created_by"], STAFF);
    let taken = app.grant(ALICE, -30).await;
    assert_eq!(taken.body["balance_after"], 70);
    let alice = app.customer(ALICE);
    assert_eq!(app.get(&path(""), &alice).await.body["balance"], 70);
    let ledger = app
        .get(&path("/transactions?sort=id&order=asc"), &alice)
        .await;
    assert_eq!(ledger.body["total"], 2);
    assert_eq!(ledger.body["items"][0]["delta"], 100);
    assert_eq!(ledger.body["items"][1]["delta"], -30);
    let one = app.get(&location, &alice).await;
    assert_eq!(one.status, 200);
    assert_eq!(one.body, granted.body);
}

#[tokio::test]
async fn a_debit_beyond_the_balance_is_a_409_and_changes_nothing() {
    let app = spawn_app().await;
    app.grant(ALICE, 10).await;
    let answer = app.grant(ALICE, -11).await;
    assert_eq!(answer.status, 409);
    let alice = app.customer(ALICE);
    assert_eq!(app.get(&path(""), &alice).await.body["balance"], 10);
    assert_eq!(
        app.get(&path("/transactions"), &alice).await.body["total"],
        1
    );
    let first_debit = crate::common::BOB;
    assert_eq!(app.grant(first_debit, -1).await.status, 409);
}

#[tokio::test]
async fn a_zero_change_or_a_blank_reason_is_a_422() {
    let app = spawn_app().await;
    let staff = app.staff();
    let answer = app
        .post(
            &path("/transactions"),
            &staff,
            json!({"delta": 0, "reason": "x"}),
        )
        .await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.pointers(), vec!["/body/delta"]);
    let answer = app
        .post(
            &path("/transactions"),
            &staff,
            json!({"delta": 5, "reason": "   "}),
        )
        .await;
    assert_eq!(answer.status, 422);
}

#[tokio::test]
async fn the_same_idempotency_key_records_once() {
    let app = spawn_app().await;
    let staff = app.staff();
    let body = json!({"delta": 25, "reason": "birthday"});
    let key = [("Idempotency-Key", "gift-1")];
    let url = path("/transactions");
    let post = |body| app.send(reqwest::Method::POST, &url, Some(&staff), Some(body), &key);
    let first = post(body.clone()).await;
    assert_eq!(first.status, 201);
    let again = post(body).await;
    assert_eq!(again.status, 200);
    assert_eq!(again.body, first.body);
    let other = post(json!({"delta": 26, "reason": "birthday"})).await;
    assert_eq!(other.status, 422);
    assert_eq!(other.pointers(), vec!["/header/idempotency-key"]);
    assert_eq!(app.get(&path(""), &staff).await.body["balance"], 25);
}

#[tokio::test]
async fn concurrent_debits_never_overdraw() {
    let app = spawn_app().await;
    app.grant(ALICE, 100).await;
    let debits = (0..20).map(|_| app.grant(ALICE, -10));
    let answers = futures::future::join_all(debits).await;
    let ok = answers.iter().filter(|a| a.status == 201).count();
    assert!(answers.iter().all(|a| a.status == 201 || a.status == 409));
    assert_eq!(ok, 10);
    let alice = app.customer(ALICE);
    assert_eq!(app.get(&path(""), &alice).await.body["balance"], 0);
    assert_eq!(
        app.get(&path("/transactions"), &alice).await.body["total"],
        11
    );
}
