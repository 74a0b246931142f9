//! Races beyond the single-book reservation: capacity under concurrent stock writes, and
//! reservations over the same books listed in opposite orders (the classic deadlock shape).

use app_kit::AppError;
use futures::future::join_all;
use inventory::application::port::pb::bookstore::inventory::v1 as pb;
use inventory::application::usecase::Inventory;
use inventory::domain::aggregate::{
    Address, BookId, Capacity, NewStock, NewWarehouse, Quantity, WarehouseName,
};
use tonic::Code;

use crate::common::{concurrent_backends, spawn_app};

fn warehouse(name: &str, capacity: i64) -> NewWarehouse {
    NewWarehouse {
        name: WarehouseName::parse(name).unwrap(),
        address: Address::parse("Race Street").unwrap(),
        capacity: Capacity::new(capacity).unwrap(),
    }
}

#[tokio::test]
async fn concurrent_stock_rows_never_overfill_a_warehouse() {
    for db in concurrent_backends().await {
        let label = db.label;
        let inventory = Inventory::new(db.store());
        let w = inventory
            .create_warehouse(warehouse("Small", 100))
            .await
            .unwrap()
            .id();
        let creates = (0..20).map(|i| {
            let inventory = inventory.clone();
            async move {
                inventory
                    .create_stock(NewStock {
                        book_id: BookId::new(20_000 + i).unwrap(),
                        warehouse_id: w,
                        quantity: Quantity::new(10).unwrap(),
                    })
                    .await
            }
        });
        let results = join_all(creates).await;
        let created = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(created, 10, "{label}: 10 rows of 10 fill a capacity of 100");
        for refused in results.iter().filter_map(|r| r.as_ref().err()) {
            assert!(
                matches!(refused, AppError::Conflict { .. }),
                "{label}: {refused:?}"
            );
        }
    }
}

#[tokio::test]
async fn reservations_over_the_same_books_in_opposite_orders_neither_deadlock_nor_oversell() {
    for db in concurrent_backends().await {
        let label = db.label;
        let inventory = Inventory::new(db.store());
        let w = inventory
            .create_warehouse(warehouse("Crossing", 1000))
            .await
            .unwrap();
        for book in [30_001, 30_002] {
            let new = NewStock {
                book_id: BookId::new(book).unwrap(),
                warehouse_id: w.id(),
                quantity: Quantity::new(10).unwrap(),
            };
            inventory.create_stock(new).await.unwrap();
        }
        let app = spawn_app(&db).await;
        let client = app.grpc.clone();
        let calls = (0..30).map(|i| {
            let client = client.clone();
            let (first, second) = if i % 2 == 0 {
                (30_001, 30_002)
            } else {
                (30_002, 30_001)
            };
            async move {
                let items = vec![
                    pb::ReserveStockItem {
                        book_id: first,
                        quantity: 1,
                    },
                    pb::ReserveStockItem {
                        book_id: second,
                        quantity: 1,
                    },
                ];
                client
                    .call::<_, pb::ReserveStockResponse>(
                        "ReserveStock",
                        pb::ReserveStockRequest {
                            order_id: 50_000 + i,
                            items,
                        },
                    )
                    .await
            }
        });
        let results = join_all(calls).await;
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 10, "{label}");
        for refused in results.iter().filter_map(|r| r.as_ref().err()) {
            assert_eq!(
                refused.code(),
                Code::FailedPrecondition,
                "{label}: {refused:?}"
            );
        }
        let sums = inventory
            .availability(&[BookId::new(30_001).unwrap(), BookId::new(30_002).unwrap()])
            .await
            .unwrap();
        assert!(
            sums.iter().all(|a| a.quantity == 10 && a.reserved == 10),
            "{label}: {sums:?}"
        );

        // Releasing them all concurrently gives every copy back exactly once.
        let releases = (0..30).map(|i| {
            let client = client.clone();
            async move {
                client
                    .call::<_, pb::ReleaseStockResponse>(
                        "ReleaseStock",
                        pb::ReleaseStockRequest {
                            order_id: 50_000 + i,
                        },
                    )
                    .await
            }
        });
        assert!(
            join_all(releases).await.iter().all(Result::is_ok),
            "{label}"
        );
        let sums = inventory
            .availability(&[BookId::new(30_001).unwrap(), BookId::new(30_002).unwrap()])
            .await
            .unwrap();
        assert!(sums.iter().all(|a| a.reserved == 0), "{label}: {sums:?}");
    }
}
