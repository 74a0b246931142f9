//! Who may do what, for every operation: no token is a 401; a customer acts on their own id
//! only and another customer's id answers exactly as an unknown one (404); staff act on anyone;
//! the staff-only operations are a 403 for a customer.

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{ALICE, BOB, spawn_app};

/// Every per-customer operation: method, path below `/api/v1/customers/{id}`, body, and
/// whether only staff may call it.
fn operations() -> Vec<(Method, &'static str, Option<Value>, bool)> {
    vec![
        (Method::GET, "", None, false),
        (
            Method::PUT,
            "",
            Some(json!({"first_name": "A", "last_name": "B", "phone": null})),
            false,
        ),
        (Method::GET, "/wishlist", None, false),
        (
            Method::PUT,
            "/wishlist",
            Some(json!({"book_ids": [1]})),
            false,
        ),
        (
            Method::POST,
            "/wishlist/items",
            Some(json!({"book_id": 1})),
            false,
        ),
        (Method::DELETE, "/wishlist/items/1", None, false),
        (Method::GET, "/point", None, false),
        (Method::GET, "/point/transactions", None, false),
        (Method::GET, "/point/transactions/1", None, false),
        (
            Method::POST,
            "/point/transactions",
            Some(json!({"delta": 5, "reason": "welcome"})),
            true,
        ),
        (Method::GET, "/orders", None, false),
        (Method::GET, "/orders/1", None, false),
        (Method::GET, "/payments", None, false),
        (Method::GET, "/payments/1", None, false),
        // Last: it deletes the customer.
        (Method::DELETE, "", None, false),
    ]
}

#[tokio::test]
async fn every_operation_needs_a_token() {
    let app = spawn_app().await;
    for (method, tail, body, _) in operations() {
        let path = format!("/api/v1/customers/{ALICE}{tail}");
        let answer = app.call(method.clone(), &path, None, body).await;
        assert_eq!(answer.status, 401, "{method} {path}");
        assert_eq!(answer.header("www-authenticate"), Some("Bearer"));
    }
    let answer = app.call(Method::GET, "/api/v1/customers", None, None).await;
    assert_eq!(answer.status, 401);
}

#[tokio::test]
async fn another_customers_id_is_a_404_like_an_unknown_one_on_every_operation() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    let unknown = uuid::Uuid::new_v4();
    for (method, tail, body, staff_only) in operations() {
        for id in [BOB.to_owned(), unknown.to_string()] {
            let path = format!("/api/v1/customers/{id}{tail}");
            let answer = app
                .call(method.clone(), &path, Some(&alice), body.clone())
                .await;
            let expected = if staff_only { 403 } else { 404 };
            assert_eq!(answer.status, expected, "{method} {path}: {}", answer.body);
        }
    }
    // Bob's data is untouched and he still exists.
    assert!(app.world.users.lock().unwrap().contains_key(BOB));
}

#[tokio::test]
async fn a_customer_acts_on_their_own_id_and_staff_on_anyone() {
    let app = spawn_app().await;
    app.world.add_order(1, ALICE, 1);
    app.world.add_payment(1, 1, ALICE);
    assert_eq!(app.grant(ALICE, 10).await.status, 201);
    let alice = app.customer(ALICE);
    let staff = app.staff();
    for (method, tail, body, staff_only) in operations() {
        let path = format!("/api/v1/customers/{ALICE}{tail}");
        let token = if staff_only { &staff } else { &alice };
        let answer = app.call(method.clone(), &path, Some(token), body).await;
        assert!(
            (200..300).contains(&answer.status),
            "{method} {path}: {} {}",
            answer.status,
            answer.body
        );
    }
    for (method, tail, body, _) in operations() {
        let path = format!("/api/v1/customers/{BOB}{tail}");
        let answer = app.call(method.clone(), &path, Some(&staff), body).await;
        // Bob has no order 1 nor payment 1 and nothing on his wishlist to remove.
        let missing = tail.ends_with("/1");
        assert!(
            (200..300).contains(&answer.status) || (missing && answer.status == 404),
            "{method} {path}: {} {}",
            answer.status,
            answer.body
        );
    }
}

#[tokio::test]
async fn listing_customers_is_for_staff_only() {
    let app = spawn_app().await;
    let answer = app.get("/api/v1/customers", &app.customer(ALICE)).await;
    assert_eq!(answer.status, 403);
    let answer = app.get("/api/v1/customers?email=alice", &app.staff()).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["total"], 1);
    assert_eq!(answer.body["items"][0]["id"], ALICE);
}

#[tokio::test]
async fn staff_acting_on_an_unknown_customer_get_a_404() {
    let app = spawn_app().await;
    let unknown = uuid::Uuid::new_v4();
    let staff = app.staff();
    for tail in ["", "/wishlist", "/point", "/orders", "/payments"] {
        let answer = app
            .get(&format!("/api/v1/customers/{unknown}{tail}"), &staff)
            .await;
        assert_eq!(answer.status, 404, "{tail}");
    }
    assert_eq!(app.grant(&unknown.to_string(), 5).await.status, 404);
}
