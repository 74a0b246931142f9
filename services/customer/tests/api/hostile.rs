//! Hostile input: 4xx problem+json (checked by every call's helper), never a 500, nothing
//! half-written.

use reqwest::Method;
use serde_json::json;

use crate::common::{ALICE, spawn_app};

#[tokio::test]
async fn malformed_bodies_wrong_types_and_odd_ids_are_client_errors() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    let staff = app.staff();
    let wishlist = format!("/api/v1/customers/{ALICE}/wishlist");
    let cases: Vec<(Method, String, &str, Option<serde_json::Value>)> = vec![
        (
            Method::POST,
            format!("{wishlist}/items"),
            &alice,
            Some(json!({"book_id": "1"})),
        ),
        (
            Method::POST,
            format!("{wishlist}/items"),
            &alice,
            Some(json!({"book_id": 0})),
        ),
        (
            Method::POST,
            format!("{wishlist}/items"),
            &alice,
            Some(json!({"book_id": 1, "x": 1})),
        ),
        (
            Method::PUT,
            wishlist.clone(),
            &alice,
            Some(json!({"book_ids": [1, 1]})),
        ),
        (
            Method::PUT,
            wishlist.clone(),
            &alice,
            Some(json!({"book_ids": "1; DROP TABLE wishlist"})),
        ),
        (
            Method::POST,
            format!("/api/v1/customers/{ALICE}/point/transactions"),
            &staff,
            Some(json!({"delta": 2_000_000, "reason": "x"})),
        ),
        (
            Method::POST,
            format!("/api/v1/customers/{ALICE}/point/transactions"),
            &staff,
            Some(json!({"delta": 1.5, "reason": "x"})),
        ),
        (
            Method::GET,
            "/api/v1/customers/1' OR '1'='1/wishlist".to_owned(),
            &alice,
            None,
        ),
        (Method::GET, format!("{wishlist}?limit=0"), &alice, None),
        (Method::GET, format!("{wishlist}?sort=title"), &alice, None),
        (Method::DELETE, format!("{wishlist}/items/-1"), &alice, None),
    ];
    for (method, path, token, body) in cases {
        let answer = app.call(method.clone(), &path, Some(token), body).await;
        assert!(
            (400..500).contains(&answer.status),
            "{method} {path}: {} {}",
            answer.status,
            answer.body
        );
    }
    let raw = app
        .http
        .post(app.service.url(&format!("{wishlist}/items")))
        .bearer_auth(&alice)
        .header("content-type", "application/json")
        .body("{\"book_id\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status().as_u16(), 400);
    let huge = app
        .http
        .put(app.service.url(&wishlist))
        .bearer_auth(&alice)
        .header("content-type", "application/json")
        // Under the body limit (1 MiB) but far over the schema's 200 books.
        .body(format!("{{\"book_ids\": [{}1]}}", "1, ".repeat(300_000)))
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status().as_u16(), 422);
    let text = app
        .http
        .post(app.service.url(&format!("{wishlist}/items")))
        .bearer_auth(&alice)
        .header("content-type", "text/plain")
        .body("1")
        .send()
        .await
        .unwrap();
    assert_eq!(text.status().as_u16(), 415);
    let answer = app.get(&wishlist, &alice).await;
    assert_eq!(answer.body["total"], 0, "nothing was written");
    let answer = app
        .get(&format!("/api/v1/customers/{ALICE}/point"), &alice)
        .await;
    assert_eq!(answer.body["balance"], 0);
}

#[tokio::test]
async fn a_forged_or_expired_token_is_a_401() {
    let app = spawn_app().await;
    let path = format!("/api/v1/customers/{ALICE}");
    let forged = app.customer(ALICE).replace('.', ".x");
    let answer = app.call(Method::GET, &path, Some(&forged), None).await;
    assert_eq!(answer.status, 401);
    let expired = app.service.issuer.expired_token();
    let answer = app.call(Method::GET, &path, Some(&expired), None).await;
    assert_eq!(answer.status, 401);
}
