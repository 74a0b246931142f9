//! Stock rows through the generated client: CRUD, one row per (book, warehouse), capacity,
//! the read-only reserved part, and filters with totals.

use inventory::application::port::openapi::model::{self, SortOrder, StockSort};
use inventory::application::port::openapi::port::*;
use inventory::application::port::pb::bookstore::inventory::v1 as pb;

use crate::common::{STAFF, TestApp, backends, spawn_app, sqlite_memory};
use crate::warehouses;

pub async fn create(app: &TestApp, book_id: i64, warehouse_id: i64, quantity: i32) -> model::Stock {
    let body = model::StockCreate {
        book_id,
        warehouse_id,
        quantity,
    };
    match app.client(STAFF).create_stock(&body).await.unwrap() {
        CreateStockResponse::Created { body, location } => {
            assert_eq!(location, format!("/api/v1/stocks/{}", body.id));
            body
        }
        other => panic!("create stock: {other:?}"),
    }
}

#[tokio::test]
async fn stock_rows_can_be_created_read_replaced_and_deleted() {
    for db in backends().await {
        let app = spawn_app(&db).await;
        let staff = app.client(STAFF);
        let w = warehouses::create(&app, "Gwangju", 1000).await;
        let created = create(&app, 9001, w.id, 120).await;
        assert_eq!(
            (
                created.quantity,
                created.reserved_quantity,
                created.available_quantity
            ),
            (120, 0, 120)
        );

        assert_eq!(
            staff
                .get_stock(&GetStockParams { id: created.id })
                .await
                .unwrap(),
            GetStockResponse::Ok(created.clone())
        );
        let body = model::StockReplace {
            quantity: 150,
            version: 0,
        };
        let ReplaceStockResponse::Ok(replaced) = staff
            .replace_stock(&ReplaceStockParams { id: created.id }, &body)
            .await
            .unwrap()
        else {
            panic!("replace")
        };
        assert_eq!(
            (replaced.quantity, replaced.version),
            (150, 1),
            "{}",
            db.label
        );
        let stale = staff
            .replace_stock(&ReplaceStockParams { id: created.id }, &body)
            .await
            .unwrap();
        assert!(matches!(stale, ReplaceStockResponse::Conflict(_)));

        assert_eq!(
            staff
                .delete_stock(&DeleteStockParams { id: created.id })
                .await
                .unwrap(),
            DeleteStockResponse::NoContent
        );
        assert!(matches!(
            staff
                .get_stock(&GetStockParams { id: created.id })
                .await
                .unwrap(),
            GetStockResponse::NotFound(_)
        ));
    }
}

#[tokio::test]
async fn one_row_per_book_and_warehouse_and_capacity_is_enforced() {
    let db = sqlite_memory().await;
    let app = spawn_app(&db).await;
    let staff = app.client(STAFF);
    let w = warehouses::create(&app, "Ulsan", 100).await;
    let first = create(&app, 9100, w.id, 60).await;

    let dup = staff
        .create_stock(&model::StockCreate {
            book_id: 9100,
            warehouse_id: w.id,
            quantity: 1,
        })
        .await
        .unwrap();
    assert!(matches!(dup, CreateStockResponse::Conflict(_)), "{dup:?}");
    let over = staff
        .create_stock(&model::StockCreate {
            book_id: 9101,
            warehouse_id: w.id,
            quantity: 41,
        })
        .await
        .unwrap();
    assert!(
        matches!(over, CreateStockResponse::Conflict(_)),
        "60 + 41 > 100: {over:?}"
    );
    create(&app, 9101, w.id, 40).await;
    let grow = model::StockReplace {
        quantity: 61,
        version: 0,
    };
    let grow = staff
        .replace_stock(&ReplaceStockParams { id: first.id }, &grow)
        .await
        .unwrap();
    assert!(
        matches!(grow, ReplaceStockResponse::Conflict(_)),
        "the warehouse is full: {grow:?}"
    );

    let unknown = staff
        .create_stock(&model::StockCreate {
            book_id: 9102,
            warehouse_id: 987_654,
            quantity: 1,
        })
        .await
        .unwrap();
    match unknown {
        CreateStockResponse::UnprocessableEntity(problem) => {
            assert_eq!(problem.errors[0].pointer, "/body/warehouse_id")
        }
        other => panic!("unknown warehouse: {other:?}"),
    }
}

#[tokio::test]
async fn reserved_copies_limit_replace_and_delete() {
    let db = sqlite_memory().await;
    let app = spawn_app(&db).await;
    let staff = app.client(STAFF);
    let w = warehouses::create(&app, "Jeju", 100).await;
    let row = create(&app, 9200, w.id, 10).await;
    let reserve = pb::ReserveStockRequest {
        order_id: 1,
        items: vec![pb::ReserveStockItem {
            book_id: 9200,
            quantity: 4,
        }],
    };
    app.grpc
        .call::<_, pb::ReserveStockResponse>("ReserveStock", reserve)
        .await
        .unwrap();

    let GetStockResponse::Ok(read) = staff
        .get_stock(&GetStockParams { id: row.id })
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!((read.reserved_quantity, read.available_quantity), (4, 6));
    let below = model::StockReplace {
        quantity: 3,
        version: read.version,
    };
    let below = staff
        .replace_stock(&ReplaceStockParams { id: row.id }, &below)
        .await
        .unwrap();
    assert!(
        matches!(below, ReplaceStockResponse::Conflict(_)),
        "{below:?}"
    );
    assert!(matches!(
        staff
            .delete_stock(&DeleteStockParams { id: row.id })
            .await
            .unwrap(),
        DeleteStockResponse::Conflict(_)
    ));

    // `reserved_quantity` is not part of the writable schema. The spec sets
    // `additionalProperties: false`, so a 4xx is the goal; the generated DTOs currently ignore
    // unknown fields instead (reported to the generator). Either way it must never be stored.
    let sneaky = app
        .http
        .put(app.url(&format!("/api/v1/stocks/{}", row.id)))
        .bearer_auth(app.token(STAFF))
        .json(&serde_json::json!({"quantity": 10, "version": read.version, "reserved_quantity": 0}))
        .send()
        .await
        .unwrap();
    assert!(!sneaky.status().is_server_error(), "{}", sneaky.status());
    let GetStockResponse::Ok(after) = staff
        .get_stock(&GetStockParams { id: row.id })
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(after.reserved_quantity, 4);
}

#[tokio::test]
async fn stock_lists_filter_by_book_and_warehouse_with_totals() {
    let db = sqlite_memory().await;
    let app = spawn_app(&db).await;
    let a = warehouses::create(&app, "A", 1000).await;
    let b = warehouses::create(&app, "B", 1000).await;
    create(&app, 9300, a.id, 1).await;
    create(&app, 9300, b.id, 2).await;
    create(&app, 9301, b.id, 3).await;
    let list = |book_id: Option<i64>, warehouse_id: Option<i64>, limit: i32| ListStocksParams {
        book_id,
        warehouse_id,
        limit,
        offset: 0,
        sort: StockSort::Quantity,
        order: SortOrder::Asc,
    };
    let staff = app.client(STAFF);
    let ListStocksResponse::Ok(by_book) =
        staff.list_stocks(&list(Some(9300), None, 1)).await.unwrap()
    else {
        panic!()
    };
    assert_eq!(
        (
            by_book.total,
            by_book.items.len(),
            by_book.items[0].quantity
        ),
        (2, 1, 1)
    );
    let ListStocksResponse::Ok(in_b) = staff
        .list_stocks(&list(None, Some(b.id), 10))
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(in_b.total, 2);
    let ListStocksResponse::Ok(both) = staff
        .list_stocks(&list(Some(9300), Some(b.id), 10))
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!((both.total, both.items[0].quantity), (1, 2));
    let ListStocksResponse::Ok(seed) = staff.list_stocks(&list(None, Some(1), 10)).await.unwrap()
    else {
        panic!()
    };
    assert_eq!(seed.total, 6, "the seed stocks books 1-6 in warehouse 1");
}
