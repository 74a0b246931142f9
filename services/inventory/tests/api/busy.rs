//! A database too busy to answer: rows held by another session are a 503 problem with
//! `Retry-After` over REST (a status every operation declares, so the router lets it through)
//! and `UNAVAILABLE` over gRPC, never a 500 or `INTERNAL`, and nothing is written.

use inventory::application::port::pb::bookstore::inventory::v1 as pb;
use sqlx::Connection;
use sqlx::mysql::MySqlConnection;
use tonic::Code;

use crate::common::{STAFF, mysql_impatient, spawn_app};

#[tokio::test]
async fn rows_locked_by_another_session_are_503_over_rest_and_unavailable_over_grpc() {
    let Some((db, url)) = mysql_impatient().await else {
        return;
    };
    let app = spawn_app(&db).await;
    let mut holder = MySqlConnection::connect(&url)
        .await
        .expect("second session");
    sqlx::raw_sql(
        "START TRANSACTION; SELECT id FROM warehouse WHERE id = 1 FOR UPDATE; \
         SELECT id FROM stock WHERE book_id = 1 FOR UPDATE",
    )
    .execute(&mut holder)
    .await
    .expect("lock the seed warehouse and book 1's stock");

    // Replacing a stock row locks its warehouse first.
    let response = app
        .http
        .put(app.url("/api/v1/stocks/1"))
        .bearer_auth(app.token(STAFF))
        .json(&serde_json::json!({"quantity": 7, "version": 0}))
        .send()
        .await
        .expect("PUT /api/v1/stocks/1");
    assert_eq!(response.status(), 503);
    let retry_after = response.headers().get("retry-after").cloned();
    assert!(retry_after.is_some(), "a Retry-After header");
    let problem: serde_json::Value = response.json().await.expect("a problem body");
    let detail = problem["detail"].as_str().unwrap_or_default();
    assert!(detail.contains("try again"), "{detail}");
    assert!(!detail.contains("lock"), "{detail}");

    let reserve = pb::ReserveStockRequest {
        order_id: 1,
        items: vec![pb::ReserveStockItem {
            book_id: 1,
            quantity: 1,
        }],
    };
    let status = app
        .grpc
        .call::<_, pb::ReserveStockResponse>("ReserveStock", reserve.clone())
        .await
        .expect_err("book 1's rows are locked");
    assert_eq!(status.code(), Code::Unavailable, "{status:?}");

    sqlx::raw_sql("ROLLBACK")
        .execute(&mut holder)
        .await
        .expect("release");
    let stored: (i64, i64) =
        sqlx::query_as("SELECT reserved_quantity, version FROM stock WHERE id = 1")
            .fetch_one(&mut holder)
            .await
            .expect("read the row");
    assert_eq!(stored, (0, 0), "neither call wrote anything");
    app.grpc
        .call::<_, pb::ReserveStockResponse>("ReserveStock", reserve)
        .await
        .expect("reservable once the lock is gone");
}
