//! A book read includes inventory's stock, and survives inventory being down.

use catalog::application::port::openapi::port::{GetBookParams, GetBookResponse};

use crate::common::{STOCK, spawn_app, spawn_app_without_inventory};

#[tokio::test]
async fn a_book_read_carries_the_stock_summed_by_inventory() {
    let app = spawn_app().await;
    match app
        .anonymous
        .get_book(&GetBookParams { id: 1 })
        .await
        .expect("get")
    {
        GetBookResponse::Ok(book) => {
            let stock = book.stock.expect("stock");
            assert_eq!(
                (
                    stock.quantity,
                    stock.reserved_quantity,
                    stock.available_quantity
                ),
                (
                    STOCK.quantity,
                    STOCK.reserved_quantity,
                    STOCK.available_quantity
                )
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn with_inventory_down_the_book_is_served_without_stock() {
    let app = spawn_app_without_inventory().await;
    let started = std::time::Instant::now();
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
        started.elapsed() < std::time::Duration::from_secs(3),
        "the inventory timeout is short"
    );
}
