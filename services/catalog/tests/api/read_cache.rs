//! The storefront's read caches: a hot book costs neither a database read nor an inventory call
//! on every request, yet a change made through the catalog shows on the very next read.

use std::collections::HashMap;
use std::time::Duration;

use catalog::application::port::openapi::model::{
    AuthorReplace, BookReplace, BookSort, PublisherReplace, SortOrder,
};
use catalog::application::port::openapi::port::{
    DeleteBookParams, GetBookParams, GetBookResponse, ListBooksParams, ReplaceAuthorParams,
    ReplaceBookParams, ReplacePublisherParams,
};
use catalog::infrastructure::adapter::protostub::InventoryStock;
use rust_decimal::Decimal;

use crate::common::inventory::{self, Behaviour, Calls};
use crate::common::{Db, TestApp, spawn_app, spawn_app_configured};

async fn read(app: &TestApp, id: i64) -> GetBookResponse {
    app.anonymous
        .get_book(&GetBookParams { id })
        .await
        .expect("get book")
}

/// Title, publisher name and author names of a book that exists.
async fn shown(app: &TestApp, id: i64) -> (String, String, Vec<String>) {
    match read(app, id).await {
        GetBookResponse::Ok(book) => (
            book.title,
            book.publisher.name,
            book.authors.into_iter().map(|a| a.name).collect(),
        ),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_change_through_the_catalog_shows_on_the_next_read() {
    let app = spawn_app().await;
    let before = shown(&app, 1).await;
    assert_eq!(
        before,
        (
            "Clean Code".to_owned(),
            "Pearson".to_owned(),
            vec!["Robert C. Martin".to_owned()]
        )
    );
    // Read again so the book is certainly held in the cache before each change.
    assert_eq!(shown(&app, 1).await, before);

    let replace = BookReplace {
        title: "Clean Code, 2nd edition".to_owned(),
        isbn: "9780132350884".to_owned(),
        price: Decimal::new(4999, 2),
        description: None,
        category_id: 18,
        publisher_id: 6,
        author_ids: vec![1],
        version: 0,
    };
    app.staff
        .replace_book(&ReplaceBookParams { id: 1 }, &replace)
        .await
        .expect("replace book");
    assert_eq!(shown(&app, 1).await.0, "Clean Code, 2nd edition");

    let publisher = PublisherReplace {
        name: "Pearson Education".to_owned(),
        address: "221B Baker Street, London".to_owned(),
        version: 0,
    };
    app.staff
        .replace_publisher(&ReplacePublisherParams { id: 6 }, &publisher)
        .await
        .expect("replace publisher");
    assert_eq!(shown(&app, 1).await.1, "Pearson Education");

    let author = AuthorReplace {
        name: "Uncle Bob".to_owned(),
        version: 0,
    };
    app.staff
        .replace_author(&ReplaceAuthorParams { id: 1 }, &author)
        .await
        .expect("replace author");
    assert_eq!(shown(&app, 1).await.2, ["Uncle Bob"]);

    app.staff
        .delete_book(&DeleteBookParams { id: 1 })
        .await
        .expect("delete book");
    assert!(matches!(read(&app, 1).await, GetBookResponse::NotFound(_)));
}

/// A catalog over a recording fake inventory (book 1 has 30 copies, 5 reserved).
async fn with_recorded_inventory(settings: &[(&str, &str)]) -> (TestApp, Calls) {
    let stock = HashMap::from([(1, (30, 5))]);
    let (url, calls) = inventory::start_recording(Behaviour::Stock(stock)).await;
    let client = InventoryStock::connect_lazy(&url, Duration::from_millis(300)).expect("valid URL");
    let app = spawn_app_configured(client, Db::Sqlite, settings)
        .await
        .expect("SQLite always works");
    (app, calls)
}

#[tokio::test]
async fn a_hot_books_stock_is_asked_of_inventory_once_and_a_page_asks_only_for_the_rest() {
    let (app, calls) = with_recorded_inventory(&[]).await;
    for _ in 0..3 {
        match read(&app, 1).await {
            GetBookResponse::Ok(book) => {
                let stock = book.stock.expect("stock shown");
                assert_eq!((stock.quantity, stock.available_quantity), (30, 25));
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(calls.book_ids(), [vec![1]], "three reads, one call");
    let metrics = app
        .http
        .get(app.url("/metrics"))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("metrics text");
    // The recorder is the process's, shared with the tests running beside this one: the
    // series must be there, their counts are everyone's.
    for series in [
        r#"catalog_read_cache_total{cache="book",result="hit"}"#,
        r#"catalog_read_cache_total{cache="stock",result="hit"}"#,
        // The call inventory served carried one lookup.
        r#"coalesced_lookups_per_call_bucket{call="inventory_get_availability",le="1"}"#,
    ] {
        assert!(
            metrics.contains(series),
            "{series} missing from:\n{metrics}"
        );
    }

    let params = ListBooksParams {
        sort: BookSort::Id,
        order: SortOrder::Asc,
        limit: 3,
        ..Default::default()
    };
    app.anonymous.list_books(&params).await.expect("list");
    assert_eq!(
        calls.book_ids(),
        [vec![1], vec![2, 3]],
        "the page asks only for the books whose stock is not held"
    );
}

#[tokio::test]
async fn with_the_caches_off_every_read_asks_inventory() {
    let off = [
        ("CATALOG_BOOK_CACHE_TTL_MS", "0"),
        ("CATALOG_STOCK_CACHE_TTL_MS", "0"),
    ];
    let (app, calls) = with_recorded_inventory(&off).await;
    for _ in 0..3 {
        assert!(matches!(read(&app, 1).await, GetBookResponse::Ok(_)));
    }
    assert_eq!(calls.book_ids(), [vec![1], vec![1], vec![1]]);
}
