//! POST/GET /orders and cancel, black-box over HTTP.

use std::sync::atomic::Ordering;

use order::application::port::openapi::model::{self, OrderCreate, OrderItemCreate, PaymentMethod};
use order::application::port::openapi::port::{CreateOrderParams, CreateOrderResponse};
use serde_json::{Value, json};

use crate::common::{ALICE, BOB, CARD, order_body, spawn_app, spawn_app_without_downstreams};

fn pointers(body: &Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| e["pointer"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn an_order_is_accepted_priced_by_the_catalog_and_its_saga_started() {
    let app = spawn_app().await;
    let client = app.client(&app.customer(ALICE));
    let body = OrderCreate {
        items: vec![
            OrderItemCreate {
                book_id: 1,
                quantity: 2,
            },
            OrderItemCreate {
                book_id: 3,
                quantity: 1,
            },
        ],
        payment: PaymentMethod {
            type_: model::PaymentType::Card,
            card_number: CARD.into(),
        },
    };
    let response = client
        .create_order(&CreateOrderParams::default(), &body)
        .await
        .unwrap();
    let CreateOrderResponse::Accepted { body, location } = response else {
        panic!("not accepted: {response:?}");
    };
    assert_eq!(location, format!("/api/v1/orders/{}", body.id));
    assert_eq!(body.status, model::OrderStatus::Pending);
    assert_eq!(body.user_id.to_string(), ALICE);
    assert_eq!(body.total_price.to_string(), "151.48");
    assert_eq!(body.items[0].title, "Refactoring");
    assert_eq!(body.items[0].unit_price.to_string(), "47.99");
    assert_eq!(body.items[1].unit_price.to_string(), "55.50");
    assert_eq!(*app.saga.started.lock().unwrap(), vec![body.id]);

    let (status, read) = app
        .get(&app.customer(ALICE), &format!("/api/v1/orders/{}", body.id))
        .await;
    assert_eq!(status, 200);
    assert_eq!(read["total_price"], "151.48");
    assert_eq!(read["steps_done"], json!([]));
    assert!(
        !read.to_string().contains(CARD) && !read.to_string().contains("tok_"),
        "neither the card nor its token is shown: {read}"
    );
}

#[tokio::test]
async fn invalid_orders_are_422_at_the_field_and_write_nothing() {
    let app = spawn_app().await;
    let token = app.customer(ALICE);
    let cases = [
        (
            json!({"items": [], "payment": {"type": "card", "card_number": CARD}}),
            "/body/items",
        ),
        (order_body(&[(1, 1), (1, 2)], CARD), "/body/items/1/book_id"),
        (order_body(&[(1, 0)], CARD), "/body/items/0/quantity"),
        (
            order_body(&[(1, 1), (99, 1)], CARD),
            "/body/items/1/book_id",
        ),
        (
            order_body(&[(1, 1)], "4242424242424241"),
            "/body/payment/card_number",
        ),
        (order_body(&[(1, 1)], "42x2"), "/body/payment/card_number"),
    ];
    for (body, pointer) in cases {
        let (status, problem, _) = app.place(&token, None, &body).await;
        assert_eq!(status, 422, "{body} → {problem}");
        assert!(
            pointers(&problem).contains(&pointer.to_owned()),
            "{body} → {problem}"
        );
    }
    let (_, problem, _) = app
        .place(&token, None, &order_body(&[(98, 1), (2, 1), (99, 1)], CARD))
        .await;
    assert_eq!(
        pointers(&problem),
        vec!["/body/items/0/book_id", "/body/items/2/book_id"],
        "each unknown book is named"
    );
    let (_, page) = app.get(&app.staff(), "/api/v1/orders").await;
    assert_eq!(page["total"], 0, "nothing was written");
    assert!(app.saga.started.lock().unwrap().is_empty());
}

#[tokio::test]
async fn the_same_key_and_body_is_the_same_order_and_one_saga() {
    let app = spawn_app().await;
    let token = app.customer(ALICE);
    let body = order_body(&[(1, 1)], CARD);
    let (s1, first, _) = app.place(&token, Some("key-1"), &body).await;
    let (s2, second, _) = app.place(&token, Some("key-1"), &body).await;
    assert_eq!((s1, s2), (202, 202));
    assert_eq!(first["id"], second["id"]);
    assert_eq!(app.saga.started.lock().unwrap().len(), 1);
    assert_eq!(
        app.payment.calls.load(Ordering::SeqCst),
        1,
        "a replay asks nothing"
    );

    let (status, problem, _) = app
        .place(&token, Some("key-1"), &order_body(&[(1, 2)], CARD))
        .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(pointers(&problem), vec!["/header/idempotency-key"]);

    // Keys are the user's own.
    let (status, bobs, _) = app.place(&app.customer(BOB), Some("key-1"), &body).await;
    assert_eq!(status, 202);
    assert_ne!(bobs["id"], first["id"]);
}

#[tokio::test]
async fn twenty_concurrent_requests_with_one_key_make_one_order() {
    let app = spawn_app().await;
    let token = app.customer(ALICE);
    let body = order_body(&[(2, 3)], CARD);
    let requests = (0..20).map(|_| app.place(&token, Some("race"), &body));
    let mut ids = std::collections::BTreeSet::new();
    for (status, order, _) in futures::future::join_all(requests).await {
        assert_eq!(status, 202, "{order}");
        ids.insert(order["id"].as_i64().unwrap());
    }
    assert_eq!(ids.len(), 1, "{ids:?}");
    let (_, page) = app.get(&app.staff(), "/api/v1/orders").await;
    assert_eq!(page["total"], 1);
    assert_eq!(app.saga.started.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn customers_see_their_own_orders_and_staff_see_all() {
    let app = spawn_app().await;
    let alices = app.place_ok(ALICE).await;
    let bobs = app.place_ok(BOB).await;
    let (status, _) = app
        .get(&app.customer(ALICE), &format!("/api/v1/orders/{bobs}"))
        .await;
    assert_eq!(status, 404, "another customer's order is not found");
    let (_, own) = app.get(&app.customer(ALICE), "/api/v1/orders").await;
    assert_eq!(own["total"], 1);
    assert_eq!(own["items"][0]["id"], alices);
    let (status, _) = app
        .get(
            &app.customer(ALICE),
            &format!("/api/v1/orders?user_id={BOB}"),
        )
        .await;
    assert_eq!(status, 403);
    let (_, all) = app.get(&app.staff(), "/api/v1/orders").await;
    assert_eq!(all["total"], 2);
    let (_, bobs_page) = app
        .get(
            &app.staff(),
            &format!("/api/v1/orders?user_id={BOB}&status=pending"),
        )
        .await;
    assert_eq!(bobs_page["total"], 1);
    assert_eq!(bobs_page["items"][0]["id"], bobs);
    let (_, none) = app
        .get(&app.staff(), "/api/v1/orders?status=confirmed")
        .await;
    assert_eq!(none["total"], 0);
    let (status, read) = app
        .get(&app.staff(), &format!("/api/v1/orders/{bobs}"))
        .await;
    assert_eq!(status, 200, "{read}");
}

#[tokio::test]
async fn cancel_terminates_the_saga_once_and_other_states_are_409() {
    let app = spawn_app().await;
    let id = app.place_ok(ALICE).await;
    let (status, _) = app
        .post(&app.customer(BOB), &format!("/api/v1/orders/{id}/cancel"))
        .await;
    assert_eq!(status, 404, "another customer cannot cancel it");
    let (status, body) = app
        .post(&app.customer(ALICE), &format!("/api/v1/orders/{id}/cancel"))
        .await;
    assert_eq!(status, 202, "{body}");
    assert_eq!(
        *app.saga.terminated.lock().unwrap(),
        vec![(format!("wf-{id}"), "cancelled by the customer".to_owned())]
    );
    // The saga has ended meanwhile: no second termination.
    app.saga.ended.store(true, Ordering::SeqCst);
    let (status, _) = app
        .post(&app.customer(ALICE), &format!("/api/v1/orders/{id}/cancel"))
        .await;
    assert_eq!(status, 409);
}

#[tokio::test]
async fn an_order_whose_saga_could_not_start_is_accepted_and_started_later() {
    let app = spawn_app().await;
    app.saga.down.store(true, Ordering::SeqCst);
    let id = app.place_ok(ALICE).await;
    assert!(app.saga.started.lock().unwrap().is_empty());
    app.saga.down.store(false, Ordering::SeqCst);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !app.saga.started.lock().unwrap().contains(&id) {
        assert!(
            std::time::Instant::now() < deadline,
            "the saga was never started"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_pending_order_without_a_saga_is_cancelled_at_once() {
    let app = spawn_app().await;
    app.saga.down.store(true, Ordering::SeqCst);
    let id = app.place_ok(ALICE).await;
    let (status, body) = app
        .post(&app.staff(), &format!("/api/v1/orders/{id}/cancel"))
        .await;
    assert_eq!(status, 202, "{body}");
    assert_eq!(body["status"], "cancelled");
    assert_eq!(body["failure_reason"], "cancelled by staff");
    let (status, _) = app
        .post(&app.customer(ALICE), &format!("/api/v1/orders/{id}/cancel"))
        .await;
    assert_eq!(status, 409, "a cancelled order cannot be cancelled again");
}

#[tokio::test]
async fn tokens_and_roles_are_checked() {
    let app = spawn_app().await;
    let body = order_body(&[(1, 1)], CARD);
    let anonymous = app
        .http
        .post(app.url("/api/v1/orders"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status().as_u16(), 401);
    let (status, _, _) = app.place(&app.token(ALICE, &["view"]), None, &body).await;
    assert_eq!(status, 403, "placing needs the order role");
    let (status, _, _) = app
        .place(&app.token("user-42", &["order"]), None, &body)
        .await;
    assert_eq!(status, 403, "a subject that is not a customer id");
    let (status, _) = app
        .get(&app.token(ALICE, &["order"]), "/api/v1/orders")
        .await;
    assert_eq!(status, 403, "listing needs view or manage");
}

#[tokio::test]
async fn hostile_input_is_refused_cleanly() {
    let app = spawn_app().await;
    let token = app.customer(ALICE);
    for raw in [
        "{",
        "[]",
        r#"{"items": [{"book_id": 1, "quantity": 1}], "payment": {"type": "cash", "card_number": "4242424242424242"}}"#,
        r#"{"items": [{"book_id": -1, "quantity": 1}], "payment": {"type": "card", "card_number": "4242424242424242"}}"#,
        r#"{"items": [{"book_id": 1, "quantity": 101}], "payment": {"type": "card", "card_number": "4242424242424242"}}"#,
        r#"{"items": [{"book_id": 9223372036854775807, "quantity": 1}], "payment": {"type": "card", "card_number": "4242424242424242"}}"#,
        r#"{"items": [{"book_id": 1, "quantity": 1, "price": "0.01"}], "payment": {"type": "card", "card_number": "4242424242424242"}}"#,
    ] {
        let response = app
            .http
            .post(app.url("/api/v1/orders"))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(raw)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert!(matches!(status, 400 | 422), "{raw} → {status}");
    }
    let (status, _, _) = app
        .place(
            &token,
            Some("bad key with spaces"),
            &order_body(&[(1, 1)], CARD),
        )
        .await;
    assert_eq!(status, 422);
    for path in [
        "/api/v1/orders/0",
        "/api/v1/orders/abc",
        "/api/v1/orders/99999999999999999999",
        "/api/v1/orders?limit=0",
        "/api/v1/orders?status=lost",
        "/api/v1/orders?user_id=not-a-uuid",
    ] {
        let (status, _) = app.get(&app.staff(), path).await;
        assert!(matches!(status, 400 | 422), "{path} → {status}");
    }
    let (status, _) = app.get(&app.staff(), "/api/v1/orders/12345").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn payment_or_catalog_down_is_503_with_retry_after_and_writes_nothing() {
    let app = spawn_app_without_downstreams().await;
    let response = app
        .http
        .post(app.url("/api/v1/orders"))
        .bearer_auth(app.customer(ALICE))
        .json(&order_body(&[(1, 1)], CARD))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 503);
    assert!(response.headers().contains_key("retry-after"));
    let (_, page) = app.get(&app.staff(), "/api/v1/orders").await;
    assert_eq!(page["total"], 0);
}
