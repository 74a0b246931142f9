//! Warehouses through the generated client: CRUD, 201 + Location, pagination totals,
//! conflicts, and who may call.

use inventory::application::port::openapi::model::{self, SortOrder, WarehouseSort};
use inventory::application::port::openapi::port::*;

use crate::common::{CUSTOMER, STAFF, TestApp, backends, spawn_app, sqlite_memory};

pub fn create_body(name: &str, capacity: i32) -> model::WarehouseCreate {
    model::WarehouseCreate {
        name: name.to_owned(),
        address: "9 Dock Lane".to_owned(),
        capacity,
    }
}

pub async fn create(app: &TestApp, name: &str, capacity: i32) -> model::Warehouse {
    match app
        .client(STAFF)
        .create_warehouse(&create_body(name, capacity))
        .await
        .unwrap()
    {
        CreateWarehouseResponse::Created { body, location } => {
            assert_eq!(location, format!("/api/v1/warehouses/{}", body.id));
            body
        }
        other => panic!("create warehouse {name}: {other:?}"),
    }
}

#[tokio::test]
async fn warehouses_can_be_created_read_replaced_and_deleted() {
    for db in backends().await {
        let app = spawn_app(&db).await;
        let staff = app.client(STAFF);
        let created = create(&app, "Incheon", 300).await;
        assert_eq!(
            (created.name.as_str(), created.capacity, created.version),
            ("Incheon", 300, 0)
        );

        let read = staff
            .get_warehouse(&GetWarehouseParams { id: created.id })
            .await
            .unwrap();
        assert_eq!(
            read,
            GetWarehouseResponse::Ok(created.clone()),
            "{}",
            db.label
        );

        let replace = model::WarehouseReplace {
            name: "Incheon Airport".to_owned(),
            address: "1 Airport Road".to_owned(),
            capacity: 400,
            version: 0,
        };
        let replaced = match staff
            .replace_warehouse(&ReplaceWarehouseParams { id: created.id }, &replace)
            .await
            .unwrap()
        {
            ReplaceWarehouseResponse::Ok(w) => w,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            (replaced.name.as_str(), replaced.capacity, replaced.version),
            ("Incheon Airport", 400, 1)
        );
        // The same (now stale) version again is a conflict.
        let stale = staff
            .replace_warehouse(&ReplaceWarehouseParams { id: created.id }, &replace)
            .await
            .unwrap();
        assert!(
            matches!(stale, ReplaceWarehouseResponse::Conflict(_)),
            "{stale:?}"
        );

        let deleted = staff
            .delete_warehouse(&DeleteWarehouseParams { id: created.id })
            .await
            .unwrap();
        assert_eq!(deleted, DeleteWarehouseResponse::NoContent);
        let gone = staff
            .get_warehouse(&GetWarehouseParams { id: created.id })
            .await
            .unwrap();
        assert!(matches!(gone, GetWarehouseResponse::NotFound(p) if p.status == 404));
        let again = staff
            .delete_warehouse(&DeleteWarehouseParams { id: created.id })
            .await
            .unwrap();
        assert!(matches!(again, DeleteWarehouseResponse::NotFound(_)));
    }
}

#[tokio::test]
async fn names_are_unique_and_capacity_must_hold_the_stock() {
    let db = sqlite_memory().await;
    let app = spawn_app(&db).await;
    let staff = app.client(STAFF);
    let w = create(&app, "Daegu", 100).await;
    let dup = staff
        .create_warehouse(&create_body("Daegu", 5))
        .await
        .unwrap();
    assert!(
        matches!(dup, CreateWarehouseResponse::Conflict(_)),
        "{dup:?}"
    );

    let stock = crate::stocks::create(&app, 8001, w.id, 80).await;
    let shrink = model::WarehouseReplace {
        name: "Daegu".into(),
        address: "x".into(),
        capacity: 79,
        version: 0,
    };
    let refused = staff
        .replace_warehouse(&ReplaceWarehouseParams { id: w.id }, &shrink)
        .await
        .unwrap();
    assert!(
        matches!(refused, ReplaceWarehouseResponse::Conflict(_)),
        "{refused:?}"
    );

    let busy = staff
        .delete_warehouse(&DeleteWarehouseParams { id: w.id })
        .await
        .unwrap();
    assert!(
        matches!(busy, DeleteWarehouseResponse::Conflict(_)),
        "a warehouse with stock rows stays"
    );
    staff
        .delete_stock(&DeleteStockParams { id: stock.id })
        .await
        .unwrap();
    assert_eq!(
        staff
            .delete_warehouse(&DeleteWarehouseParams { id: w.id })
            .await
            .unwrap(),
        DeleteWarehouseResponse::NoContent
    );
}

#[tokio::test]
async fn lists_page_and_report_the_full_total() {
    let db = sqlite_memory().await;
    let app = spawn_app(&db).await;
    for i in 0..5 {
        create(&app, &format!("Depot {i}"), 10 + i).await;
    }
    let params = ListWarehousesParams {
        limit: 2,
        offset: 1,
        sort: WarehouseSort::Capacity,
        order: SortOrder::Asc,
    };
    let ListWarehousesResponse::Ok(page) =
        app.client(STAFF).list_warehouses(&params).await.unwrap()
    else {
        panic!("list")
    };
    assert_eq!(page.total, 6, "five new ones and the seed warehouse");
    assert_eq!(
        page.items.iter().map(|w| w.capacity).collect::<Vec<_>>(),
        vec![11, 12]
    );
    let last = ListWarehousesParams {
        limit: 100,
        offset: 5,
        ..params
    };
    let ListWarehousesResponse::Ok(tail) = app.client(STAFF).list_warehouses(&last).await.unwrap()
    else {
        panic!()
    };
    assert_eq!((tail.total, tail.items.len()), (6, 1));
}

#[tokio::test]
async fn only_staff_may_call_and_a_bad_token_is_401() {
    let db = sqlite_memory().await;
    let app = spawn_app(&db).await;
    let params = ListWarehousesParams::default();
    match app.anonymous().list_warehouses(&params).await.unwrap() {
        ListWarehousesResponse::Unauthorized {
            www_authenticate,
            body,
        } => {
            assert_eq!(www_authenticate, "Bearer");
            assert_eq!(body.status, 401);
        }
        other => panic!("{other:?}"),
    }
    // A real staff token with one character of its signature changed.
    let mut forged = app.token(STAFF);
    let at = forged.rfind('.').expect("a JWT") + 10;
    let other = if &forged[at..=at] == "A" { "B" } else { "A" };
    forged.replace_range(at..=at, other);
    assert!(matches!(
        app.client_with_token(&forged)
            .list_warehouses(&params)
            .await
            .unwrap(),
        ListWarehousesResponse::Unauthorized { .. }
    ));
    assert!(matches!(
        app.client(CUSTOMER).list_warehouses(&params).await.unwrap(),
        ListWarehousesResponse::Forbidden(_)
    ));
    let write = app
        .client(CUSTOMER)
        .create_warehouse(&create_body("Sneaky", 1))
        .await
        .unwrap();
    assert!(matches!(write, CreateWarehouseResponse::Forbidden(_)));
    let ListWarehousesResponse::Ok(page) =
        app.client(STAFF).list_warehouses(&params).await.unwrap()
    else {
        panic!()
    };
    assert_eq!(page.total, 1, "the refused create wrote nothing");
}
