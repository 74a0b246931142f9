//! A downstream that cannot answer: a 503 problem with `Retry-After`, never a 500 or a hang,
//! and `/readyz` names it.

use reqwest::Method;
use serde_json::json;

use crate::common::{ALICE, spawn_app_without};

#[tokio::test]
async fn each_downstream_down_is_a_503_with_retry_after_and_readyz_names_it() {
    for (down, method, tail, body) in [
        ("identity", Method::GET, "", None),
        (
            "catalog",
            Method::POST,
            "/wishlist/items",
            Some(json!({"book_id": 1})),
        ),
        ("order", Method::GET, "/orders", None),
        ("payment", Method::GET, "/payments", None),
    ] {
        let app = spawn_app_without(down).await;
        let path = format!("/api/v1/customers/{ALICE}{tail}");
        let token = app.customer(ALICE);
        let answer = app.call(method, &path, Some(&token), body).await;
        assert_eq!(answer.status, 503, "{down}: {}", answer.body);
        assert_eq!(answer.header("retry-after"), Some("1"));

        let ready = app
            .http
            .get(app.service.url("/readyz"))
            .send()
            .await
            .unwrap();
        assert_eq!(ready.status().as_u16(), 503);
        let report: serde_json::Value = ready.json().await.unwrap();
        let failing: Vec<&str> = report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["ok"] == false)
            .filter_map(|c| c["name"].as_str())
            .collect();
        assert_eq!(failing, vec![down], "{report}");
    }
}

#[tokio::test]
async fn with_every_downstream_up_the_service_is_ready() {
    let app = crate::common::spawn_app().await;
    let ready = app
        .http
        .get(app.service.url("/readyz"))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status().as_u16(), 200);
}
