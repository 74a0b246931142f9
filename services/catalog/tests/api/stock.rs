//! Book reads and book lists include inventory's stock (over real gRPC, one call per read or
//! page, and one for all the reads that wait together), and survive inventory being down or slow.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use catalog::application::port::openapi::model::{BookPage, BookSort, SortOrder};
use catalog::application::port::openapi::port::{
    GetBookParams, GetBookResponse, ListBooksParams, ListBooksResponse,
};
use catalog::application::port::stock::StockLookup;
use catalog::domain::aggregate::BookId;
use catalog::infrastructure::adapter::protostub::InventoryStock;
use tokio::sync::Semaphore;

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

async fn list(app: &TestApp, params: &ListBooksParams) -> BookPage {
    match app.anonymous.list_books(params).await.expect("list") {
        ListBooksResponse::Ok(page) => page,
        other => panic!("{other:?}"),
    }
}

/// `(quantity, reserved_quantity, available_quantity)`.
type Levels = (i64, i64, i64);

/// Each listed book's id and stock, in page order.
fn stocks(page: &BookPage) -> Vec<(i64, Option<Levels>)> {
    page.items
        .iter()
        .map(|b| {
            let stock = b
                .stock
                .as_ref()
                .map(|s| (s.quantity, s.reserved_quantity, s.available_quantity));
            (b.id, stock)
        })
        .collect()
}

#[tokio::test]
async fn a_list_carries_each_books_stock_from_inventory() {
    let url = inventory::start(Behaviour::Stock(HashMap::from([(1, (30, 5)), (4, (7, 7))]))).await;
    let app = spawn_app_with_inventory_at(&url).await;
    let params = ListBooksParams {
        sort: BookSort::Id,
        order: SortOrder::Asc,
        ..Default::default()
    };
    let page = list(&app, &params).await;
    assert_eq!(
        stocks(&page),
        [
            (1, Some((30, 5, 25))),
            (2, Some((0, 0, 0))),
            (3, Some((0, 0, 0))),
            (4, Some((7, 7, 0))),
            (5, Some((0, 0, 0))),
            (6, Some((0, 0, 0))),
        ],
        "each book has its own stock, and one without stock rows has zero"
    );
}

#[tokio::test]
async fn one_page_costs_one_availability_call_for_all_its_books() {
    let (url, calls) = inventory::start_recording(Behaviour::Stock(HashMap::new())).await;
    let app = spawn_app_with_inventory_at(&url).await;
    let params = ListBooksParams {
        sort: BookSort::Id,
        order: SortOrder::Asc,
        limit: 4,
        offset: 1,
        ..Default::default()
    };
    let page = list(&app, &params).await;
    assert_eq!(page.items.len(), 4);
    assert_eq!(calls.book_ids(), [vec![2, 3, 4, 5]]);

    let empty = ListBooksParams {
        title: Some("no such title".into()),
        ..Default::default()
    };
    assert!(list(&app, &empty).await.items.is_empty());
    assert_eq!(
        calls.book_ids().len(),
        1,
        "an empty page asks inventory nothing"
    );
}

#[tokio::test]
async fn with_inventory_down_a_list_is_served_without_stock() {
    let app = spawn_app_without_inventory().await;
    let started = Instant::now();
    let response = app
        .http
        .get(app.url("/api/v1/books?limit=10"))
        .send()
        .await
        .expect("list");
    assert_eq!(response.status(), 200);
    let page: serde_json::Value = response.json().await.expect("json");
    let items = page["items"].as_array().expect("items");
    assert_eq!(items.len(), 6);
    assert!(
        items.iter().all(|b| b.get("stock").is_none()),
        "no stock field on any book: {page}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "one short inventory timeout per page, not one per book"
    );
}

#[tokio::test]
async fn with_inventory_too_slow_a_list_is_served_without_stock_in_time() {
    let url = inventory::start(Behaviour::Slow(Duration::from_secs(5))).await;
    let app = spawn_app_with_inventory_at(&url).await;
    let started = Instant::now();
    let page = list(&app, &ListBooksParams::default()).await;
    assert_eq!(page.items.len(), 6);
    assert!(page.items.iter().all(|b| b.stock.is_none()));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
}

/// Lookups that happen together share inventory calls: two calls at most are out at a time, the
/// lookups that arrive meanwhile leave together as one call once a call ends, and each still
/// gets its own books' stock, in its own order.
#[tokio::test]
async fn concurrent_stock_lookups_share_calls_to_inventory() {
    let gate = Arc::new(Semaphore::new(0));
    let levels = HashMap::from([(1, (10, 1)), (2, (20, 2)), (3, (30, 3)), (4, (40, 4))]);
    let (url, calls) =
        inventory::start_recording(Behaviour::Gated(Arc::clone(&gate), levels)).await;
    // A long bound: the lookups wait at the gate for as long as the test holds it.
    let inventory = InventoryStock::connect_lazy(&url, Duration::from_secs(30)).expect("valid URL");
    let books = |ids: &[i64]| -> Vec<BookId> {
        ids.iter()
            .map(|&id| BookId::new(id).expect("an id"))
            .collect()
    };

    // Two lookups take both call slots and are held at inventory's gate.
    let running: Vec<_> = [1, 2]
        .map(|id| {
            let inventory = inventory.clone();
            let ids = books(&[id]);
            tokio::spawn(async move { inventory.stock_of(&ids).await })
        })
        .into();
    tokio::time::timeout(Duration::from_secs(10), async {
        while calls.arrivals() < 2 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("both calls reach inventory");
    // Four more arrive while both are out: polled once each, they are queued, not sent.
    let asked = [books(&[3]), books(&[4]), books(&[3, 1]), books(&[2])];
    let mut queued: Vec<_> = asked
        .iter()
        .map(|ids| Box::pin(inventory.stock_of(ids)))
        .collect();
    for lookup in &mut queued {
        assert!(futures::poll!(lookup.as_mut()).is_pending());
    }
    assert_eq!(
        calls.arrivals(),
        2,
        "nothing more was sent while both slots were busy"
    );

    gate.add_permits(3);
    for (id, lookup) in [1, 2].into_iter().zip(running) {
        let level = lookup.await.expect("ran").expect("stock");
        assert_eq!(level[0].quantity, id * 10);
    }
    let answers: Vec<Vec<i64>> = futures::future::join_all(queued)
        .await
        .into_iter()
        .map(|levels| levels.expect("stock").iter().map(|l| l.quantity).collect())
        .collect();
    assert_eq!(answers, [vec![30], vec![40], vec![30, 10], vec![20]]);

    let mut calls = calls.book_ids();
    for call in &mut calls {
        call.sort_unstable();
    }
    calls.sort();
    assert_eq!(
        calls,
        [vec![1], vec![1, 2, 3, 4], vec![2]],
        "two lone calls, then one for the four queued lookups, each book asked once"
    );
}
