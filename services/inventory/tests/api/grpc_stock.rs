//! StockService over a real gRPC connection: every RPC, the reservation race on both
//! databases, and the saga's repeat-safety rules.

use futures::future::join_all;
use inventory::application::port::pb::bookstore::inventory::v1 as pb;
use tonic::Code;

use crate::common::{GrpcClient, backends, concurrent_backends, spawn_app};

async fn reserve(
    client: &GrpcClient,
    order_id: i64,
    items: &[(i64, i32)],
) -> Result<pb::ReserveStockResponse, tonic::Status> {
    let items = items
        .iter()
        .map(|&(book_id, quantity)| pb::ReserveStockItem { book_id, quantity })
        .collect();
    client
        .call("ReserveStock", pb::ReserveStockRequest { order_id, items })
        .await
}

async fn release(client: &GrpcClient, order_id: i64) -> pb::ReleaseStockResponse {
    client
        .call("ReleaseStock", pb::ReleaseStockRequest { order_id })
        .await
        .expect("release")
}

async fn commit(
    client: &GrpcClient,
    order_id: i64,
) -> Result<pb::CommitStockResponse, tonic::Status> {
    client
        .call("CommitStock", pb::CommitStockRequest { order_id })
        .await
}

async fn availability(client: &GrpcClient, book_ids: Vec<i64>) -> Vec<pb::BookAvailability> {
    let response: pb::GetAvailabilityResponse = client
        .call("GetAvailability", pb::GetAvailabilityRequest { book_ids })
        .await
        .expect("availability");
    response.availabilities
}

async fn stocks_of(client: &GrpcClient, book_id: i64) -> pb::ListStocksResponse {
    client
        .call(
            "ListStocks",
            pb::ListStocksRequest {
                book_id: Some(book_id),
                limit: 100,
                ..Default::default()
            },
        )
        .await
        .expect("list stocks")
}

/// Adds a warehouse with a row of `quantity` copies of `book_id` through the repositories.
async fn stock_book(db: &crate::common::TestDb, warehouse: &str, book_id: i64, quantity: i64) {
    use inventory::application::usecase::Inventory;
    use inventory::domain::aggregate::{
        Address, BookId, Capacity, NewStock, NewWarehouse, Quantity, WarehouseName,
    };
    let inventory = Inventory::new(db.store());
    let w = inventory
        .create_warehouse(NewWarehouse {
            name: WarehouseName::parse(warehouse).unwrap(),
            address: Address::parse("Somewhere").unwrap(),
            capacity: Capacity::new(100_000).unwrap(),
        })
        .await
        .unwrap();
    inventory
        .create_stock(NewStock {
            book_id: BookId::new(book_id).unwrap(),
            warehouse_id: w.id(),
            quantity: Quantity::new(quantity).unwrap(),
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn fifty_concurrent_reservations_of_ten_copies_reserve_exactly_ten() {
    for db in concurrent_backends().await {
        let label = db.label;
        stock_book(&db, "Race", 5000, 10).await;
        let app = spawn_app(&db).await;
        let client = app.grpc.clone();
        let calls = (1..=50).map(|order| {
            let client = client.clone();
            async move { reserve(&client, 10_000 + order, &[(5000, 1)]).await }
        });
        let results = join_all(calls).await;
        let won = results.iter().filter(|r| r.is_ok()).count();
        let refused: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(
            won, 10,
            "{label}: exactly the ten available copies are reserved"
        );
        assert!(
            refused.iter().all(|s| s.code() == Code::FailedPrecondition),
            "{label}: the rest are out of stock, not errors: {refused:?}"
        );
        let total = availability(&client, vec![5000]).await;
        assert_eq!(
            (
                total[0].quantity,
                total[0].reserved_quantity,
                total[0].available_quantity
            ),
            (10, 10, 0),
            "{label}"
        );
    }
}

#[tokio::test]
async fn concurrent_repeats_of_one_order_reserve_once() {
    for db in concurrent_backends().await {
        let label = db.label;
        stock_book(&db, "Repeats", 5100, 10).await;
        let app = spawn_app(&db).await;
        let client = app.grpc.clone();
        let calls = (0..10).map(|_| {
            let client = client.clone();
            async move { reserve(&client, 4242, &[(5100, 3)]).await }
        });
        for result in join_all(calls).await {
            let response = result.unwrap_or_else(|s| panic!("{label}: {s:?}"));
            assert_eq!(response.state, pb::ReservationState::Reserved as i32);
        }
        assert_eq!(
            availability(&client, vec![5100]).await[0].reserved_quantity,
            3,
            "{label}"
        );
    }
}

#[tokio::test]
async fn a_reservation_spreads_over_warehouses_and_is_all_or_nothing() {
    for db in backends().await {
        let label = db.label;
        stock_book(&db, "North", 6000, 4).await;
        stock_book(&db, "South", 6000, 3).await;
        stock_book(&db, "East", 6001, 1).await;
        let app = spawn_app(&db).await;
        let client = app.grpc.clone();

        // 6001 has one copy: the whole order fails and 6000 keeps all its copies.
        let refused = reserve(&client, 1, &[(6000, 2), (6001, 2)])
            .await
            .unwrap_err();
        assert_eq!(refused.code(), Code::FailedPrecondition, "{label}");
        assert_eq!(
            availability(&client, vec![6000]).await[0].reserved_quantity,
            0,
            "{label}"
        );

        let ok = reserve(&client, 2, &[(6000, 6), (6001, 1)]).await.unwrap();
        let mut spread: Vec<_> = ok
            .reserved
            .iter()
            .filter(|r| r.book_id == 6000)
            .map(|r| r.quantity)
            .collect();
        spread.sort_unstable();
        assert_eq!(
            spread,
            vec![2, 4],
            "{label}: the larger warehouse first, the rest from the other"
        );
        let rows = stocks_of(&client, 6000).await;
        assert_eq!(rows.total, 2);
        assert!(
            rows.stocks
                .iter()
                .all(|s| s.reserved_quantity <= s.quantity),
            "{label}"
        );
        let after = availability(&client, vec![6000, 6001, 6000, 424_242]).await;
        assert_eq!(after.len(), 3, "{label}: one entry per distinct book");
        assert_eq!((after[0].book_id, after[0].available_quantity), (6000, 1));
        assert_eq!((after[1].book_id, after[1].available_quantity), (6001, 0));
        assert_eq!(
            (after[2].book_id, after[2].quantity),
            (424_242, 0),
            "{label}: unknown books have zeros"
        );
    }
}

#[tokio::test]
async fn repeats_release_and_commit_follow_the_saga_rules() {
    for db in backends().await {
        let label = db.label;
        stock_book(&db, "Saga", 7000, 5).await;
        let app = spawn_app(&db).await;
        let client = app.grpc.clone();

        // Release before any reserve (compensation racing ahead) is a no-op.
        let nothing = release(&client, 900).await;
        assert_eq!(
            nothing.state,
            pb::ReservationState::Unspecified as i32,
            "{label}"
        );
        assert_eq!(
            commit(&client, 900).await.unwrap_err().code(),
            Code::FailedPrecondition,
            "{label}"
        );

        let first = reserve(&client, 900, &[(7000, 2)]).await.unwrap();
        let repeat = reserve(&client, 900, &[(7000, 2)]).await.unwrap();
        assert_eq!(
            first, repeat,
            "{label}: the repeat returns the same reservation"
        );
        assert_eq!(
            availability(&client, vec![7000]).await[0].reserved_quantity,
            2,
            "{label}: reserved once"
        );

        assert_eq!(
            release(&client, 900).await.state,
            pb::ReservationState::Released as i32
        );
        assert_eq!(
            release(&client, 900).await.state,
            pb::ReservationState::Released as i32,
            "{label}: twice is fine"
        );
        assert_eq!(
            availability(&client, vec![7000]).await[0].reserved_quantity,
            0,
            "{label}"
        );
        let after_release = reserve(&client, 900, &[(7000, 2)]).await.unwrap();
        assert_eq!(
            after_release.state,
            pb::ReservationState::Released as i32,
            "{label}: the order id was seen"
        );
        assert_eq!(
            commit(&client, 900).await.unwrap_err().code(),
            Code::FailedPrecondition
        );

        reserve(&client, 901, &[(7000, 3)]).await.unwrap();
        let shipped = commit(&client, 901).await.unwrap();
        assert_eq!(shipped.state, pb::ReservationState::Committed as i32);
        assert_eq!(
            commit(&client, 901).await.unwrap().state,
            pb::ReservationState::Committed as i32,
            "{label}"
        );
        assert_eq!(
            release(&client, 901).await.state,
            pb::ReservationState::Committed as i32,
            "{label}"
        );
        let total = &availability(&client, vec![7000]).await[0];
        assert_eq!(
            (total.quantity, total.reserved_quantity),
            (2, 0),
            "{label}: shipping drops both"
        );
    }
}

#[tokio::test]
async fn list_and_get_stock_rows() {
    for db in backends().await {
        let app = spawn_app(&db).await;
        let client = app.grpc.clone();
        let page: pb::ListStocksResponse = client
            .call(
                "ListStocks",
                pb::ListStocksRequest {
                    warehouse_id: Some(1),
                    limit: 2,
                    offset: 1,
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        assert_eq!(
            (page.total, page.stocks.len()),
            (6, 2),
            "{}: the seed rows",
            db.label
        );
        let id = page.stocks[0].id;
        let one: pb::GetStockResponse = client
            .call("GetStock", pb::GetStockRequest { id })
            .await
            .unwrap();
        assert_eq!(one.stock.as_ref(), Some(&page.stocks[0]));
        let missing = client
            .call::<_, pb::GetStockResponse>("GetStock", pb::GetStockRequest { id: 987_654 })
            .await;
        assert_eq!(missing.unwrap_err().code(), Code::NotFound);
    }
}

#[tokio::test]
async fn bad_requests_are_invalid_arguments_and_change_nothing() {
    let db = crate::common::sqlite_memory().await;
    let app = spawn_app(&db).await;
    let client = app.grpc.clone();
    let cases: Vec<(i64, Vec<(i64, i32)>)> = vec![
        (0, vec![(1, 1)]),
        (-1, vec![(1, 1)]),
        (5, vec![]),
        (5, vec![(1, 0)]),
        (5, vec![(1, -3)]),
        (5, vec![(0, 1)]),
        (5, vec![(1, 1), (1, 2)]),
    ];
    for (order, items) in cases {
        let status = reserve(&client, order, &items).await.unwrap_err();
        assert_eq!(
            status.code(),
            Code::InvalidArgument,
            "order {order}, items {items:?}"
        );
    }
    let too_many = (1..=101).map(|b| (b, 1)).collect::<Vec<_>>();
    assert_eq!(
        reserve(&client, 5, &too_many).await.unwrap_err().code(),
        Code::InvalidArgument
    );
    for request in [
        pb::ListStocksRequest {
            limit: 101,
            ..Default::default()
        },
        pb::ListStocksRequest {
            limit: -1,
            ..Default::default()
        },
        pb::ListStocksRequest {
            offset: -1,
            ..Default::default()
        },
        pb::ListStocksRequest {
            sort: 99,
            ..Default::default()
        },
        pb::ListStocksRequest {
            order: 7,
            ..Default::default()
        },
        pb::ListStocksRequest {
            book_id: Some(0),
            ..Default::default()
        },
    ] {
        let status = client
            .call::<_, pb::ListStocksResponse>("ListStocks", request)
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{request:?}");
    }
    let status = client.call::<_, pb::GetAvailabilityResponse>(
        "GetAvailability",
        pb::GetAvailabilityRequest {
            book_ids: (1..=101).collect(),
        },
    );
    assert_eq!(status.await.unwrap_err().code(), Code::InvalidArgument);
    assert_eq!(
        client
            .call::<_, pb::GetStockResponse>("GetStock", pb::GetStockRequest { id: -4 })
            .await
            .unwrap_err()
            .code(),
        Code::InvalidArgument
    );
    assert_eq!(
        client
            .call::<_, pb::ReleaseStockResponse>(
                "ReleaseStock",
                pb::ReleaseStockRequest { order_id: 0 }
            )
            .await
            .unwrap_err()
            .code(),
        Code::InvalidArgument
    );
    let seed = availability(&client, (1..=6).collect()).await;
    assert!(
        seed.iter().all(|a| a.reserved_quantity == 0),
        "nothing was reserved"
    );
}
