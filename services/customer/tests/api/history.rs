//! The customer's orders and payments through order and payment, always scoped to them.

use serde_json::json;

use crate::common::{ALICE, BOB, spawn_app};

#[tokio::test]
async fn a_customer_sees_their_own_orders_with_the_titles_they_ordered_and_only_theirs() {
    let app = spawn_app().await;
    app.world.add_order(1, ALICE, 2);
    app.world.add_order(2, BOB, 1);
    let alice = app.customer(ALICE);
    let list = app
        .get(&format!("/api/v1/customers/{ALICE}/orders"), &alice)
        .await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert_eq!(list.body["total"], 1);
    let order = &list.body["items"][0];
    assert_eq!(order["id"], 1);
    // The title order recorded, not the catalog's current one ("Clean Code"): no catalog call.
    assert_eq!(order["items"][0]["title"], "Book 2 as ordered");
    assert_eq!(order["total_price"], json!("47.99"));
    assert_eq!(order["status"], "confirmed");
    assert_eq!(order["steps_done"], json!(["place_order", "make_payment"]));
    // Order trusts its callers: customer always names the customer.
    let filters = app.world.list_filters.lock().unwrap().clone();
    assert_eq!(filters, vec![Some(ALICE.to_owned())]);

    let own = app
        .get(&format!("/api/v1/customers/{ALICE}/orders/1"), &alice)
        .await;
    assert_eq!(own.status, 200);
    let bobs = app
        .get(&format!("/api/v1/customers/{ALICE}/orders/2"), &alice)
        .await;
    assert_eq!(bobs.status, 404);
}

#[tokio::test]
async fn the_status_filter_is_passed_on() {
    let app = spawn_app().await;
    app.world.add_order(1, ALICE, 2);
    let alice = app.customer(ALICE);
    let none = app
        .get(
            &format!("/api/v1/customers/{ALICE}/orders?status=pending"),
            &alice,
        )
        .await;
    assert_eq!(none.body["total"], 0);
    let some = app
        .get(
            &format!("/api/v1/customers/{ALICE}/orders?status=confirmed"),
            &alice,
        )
        .await;
    assert_eq!(some.body["total"], 1);
}

#[tokio::test]
async fn a_customer_sees_their_own_payments_only() {
    let app = spawn_app().await;
    app.world.add_payment(1, 1, ALICE);
    app.world.add_payment(2, 2, BOB);
    let alice = app.customer(ALICE);
    let list = app
        .get(
            &format!("/api/v1/customers/{ALICE}/payments?order_id=1"),
            &alice,
        )
        .await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert_eq!(list.body["total"], 1);
    assert_eq!(list.body["items"][0]["card_last4"], "4242");
    assert_eq!(list.body["items"][0]["amount"], json!("47.99"));
    let bobs = app
        .get(&format!("/api/v1/customers/{ALICE}/payments/2"), &alice)
        .await;
    assert_eq!(bobs.status, 404);
    let own = app
        .get(&format!("/api/v1/customers/{ALICE}/payments/1"), &alice)
        .await;
    assert_eq!(own.status, 200);
}
