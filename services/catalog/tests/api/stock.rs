//! A book read includes inventory's stock (over real gRPC), and survives inventory being down
//! or slow.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use catalog::application::port::openapi::port::{GetBookParams, GetBookResponse};

use crate::common::inventory::{self, Behaviour};
use crate::common::{
    STOCK, TestApp, spawn_app, spawn_app_with_inventory_at, spawn_app_without_inventory,
};

async fn stock_of(app: &TestApp, id: i64) -> Option<(i64, i64, i64)> {
    match app
        .anonymous
        .get_book(&GetBookParams { id })
        .await
        .expect("get")
    {
        GetBookResponse::Ok(book) => book
            .stock
            .map(|s| (s.quantity, s.reserved_quantity, s.available_quantity)),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_book_read_carries_the_stock_the_use_case_was_given() {
    let app = spawn_app().await;
    assert_eq!(
        stock_of(&app, 1).await,
        Some((
            STOCK.quantity,
            STOCK.reserved_quantity,
            STOCK.available_quantity
        ))
    );
}

#[tokio::test]
async fn stock_comes_from_inventory_over_grpc() {
    let url = inventory::start(Behaviour::Stock(HashMap::from([(1, (30, 5))]))).await;
    let app = spawn_app_with_inventory_at(&url).await;
    assert_eq!(stock_of(&app, 1).await, Some((30, 5, 25)));
    assert_eq!(
        stock_of(&app, 2).await,
        Some((0, 0, 0)),
        "a book without stock rows has zero stock"
    );
}

#[tokio::test]
async fn with_inventory_down_the_book_is_served_without_stock() {
    let app = spawn_app_without_inventory().await;
    let started = Instant::now();
    let response = app
        .http
        .get(app.url("/api/v1/books/1"))
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), 200);
    let book: serde_json::Value = response.json().await.expect("json");
    assert_eq!(book["title"], "Clean Code");
    assert!(book.get("stock").is_none(), "no stock field at all: {book}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the inventory timeout is short"
    );
}

#[tokio::test]
async fn with_inventory_too_slow_the_book_is_served_without_stock_in_time() {
    let url = inventory::start(Behaviour::Slow(Duration::from_secs(5))).await;
    let app = spawn_app_with_inventory_at(&url).await;
    let started = Instant::now();
    assert_eq!(stock_of(&app, 1).await, None);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
}
