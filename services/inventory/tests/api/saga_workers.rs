//! The saga workers `reserve_inventory` and `release_inventory`, driven as the worker runtime
//! drives them: through the generated `run_<task>` functions with a task's raw JSON input.

use std::sync::Arc;

use futures::future::join_all;
use inventory::application::port::saga::{
    TaskOutcome, run_release_inventory, run_reserve_inventory,
};
use inventory::application::usecase::Inventory;
use inventory::domain::aggregate::{
    Address, BookId, Capacity, NewStock, NewWarehouse, Quantity, WarehouseId, WarehouseName,
};
use inventory::infrastructure::adapter::db::SqlInventory;
use inventory::infrastructure::adapter::worker::InventoryWorkers;
use serde_json::{Value, json};

use crate::common::{TestDb, backends, concurrent_backends};

struct Fixture {
    inventory: Inventory<SqlInventory>,
    workers: InventoryWorkers<SqlInventory>,
    warehouses: Vec<WarehouseId>,
}

async fn fixture(db: &TestDb) -> Fixture {
    let inventory = Inventory::new(db.store());
    let mut warehouses = Vec::new();
    for name in ["Saga North", "Saga South"] {
        let new = NewWarehouse {
            name: WarehouseName::parse(name).unwrap(),
            address: Address::parse("1 Saga Road").unwrap(),
            capacity: Capacity::new(10_000).unwrap(),
        };
        warehouses.push(inventory.create_warehouse(new).await.unwrap().id());
    }
    let workers = InventoryWorkers::new(Arc::new(inventory.clone()));
    Fixture {
        inventory,
        workers,
        warehouses,
    }
}

impl Fixture {
    async fn stock(&self, book: i64, warehouse: usize, quantity: i64) {
        let new = NewStock {
            book_id: BookId::new(book).unwrap(),
            warehouse_id: self.warehouses[warehouse],
            quantity: Quantity::new(quantity).unwrap(),
        };
        self.inventory.create_stock(new).await.unwrap();
    }

    /// (quantity, reserved) of each book, summed over warehouses.
    async fn levels(&self, books: &[i64]) -> Vec<(i64, u64, u64)> {
        let ids: Vec<BookId> = books.iter().map(|b| BookId::new(*b).unwrap()).collect();
        let mut found: Vec<_> = self
            .inventory
            .availability(&ids)
            .await
            .unwrap()
            .iter()
            .map(|a| (a.book_id.get(), a.quantity, a.reserved))
            .collect();
        found.sort_unstable();
        found
    }

    async fn reserve(&self, input: Value) -> TaskOutcome {
        run_reserve_inventory(&self.workers, input).await
    }

    async fn release(&self, order: i64) -> TaskOutcome {
        run_release_inventory(&self.workers, json!({ "order_id": order })).await
    }
}

fn order(id: i64, items: &[(i64, i64)]) -> Value {
    let items: Vec<Value> = items
        .iter()
        .map(|(book, quantity)| json!({ "book_id": book, "quantity": quantity }))
        .collect();
    json!({ "order_id": id, "items": items, "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" })
}

fn completed(outcome: TaskOutcome) -> Value {
    match outcome {
        TaskOutcome::Completed(value) => value,
        other => panic!("expected a completed task, got {other:?}"),
    }
}

/// The reserved lines, sorted, without the warehouse ids (they differ per backend run).
fn copies(output: &Value) -> Vec<(i64, i64)> {
    let mut lines: Vec<(i64, i64)> = output["reserved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["book_id"].as_i64().unwrap(),
                l["quantity"].as_i64().unwrap(),
            )
        })
        .collect();
    lines.sort_unstable();
    lines
}

#[tokio::test]
async fn reserve_holds_every_item_and_a_redelivery_returns_the_same_reservation() {
    for db in backends().await {
        let label = db.label;
        let f = fixture(&db).await;
        f.stock(61_001, 0, 3).await;
        f.stock(61_001, 1, 5).await;
        f.stock(61_002, 0, 4).await;

        let first = completed(f.reserve(order(7_001, &[(61_001, 6), (61_002, 1)])).await);
        assert_eq!(first["order_id"], 7_001, "{label}");
        // 6 copies of 61_001 span both warehouses (5 + 1).
        assert_eq!(
            copies(&first),
            vec![(61_001, 1), (61_001, 5), (61_002, 1)],
            "{label}: {first}"
        );
        assert_eq!(
            f.levels(&[61_001, 61_002]).await,
            vec![(61_001, 8, 6), (61_002, 4, 1)],
            "{label}"
        );

        let again = completed(f.reserve(order(7_001, &[(61_001, 6), (61_002, 1)])).await);
        assert_eq!(again, first, "{label}: a redelivery answers the same");
        assert_eq!(
            f.levels(&[61_001, 61_002]).await,
            vec![(61_001, 8, 6), (61_002, 4, 1)],
            "{label}: and reserves nothing more"
        );
    }
}

#[tokio::test]
async fn two_concurrent_deliveries_of_one_task_reserve_once() {
    for db in concurrent_backends().await {
        let label = db.label;
        let f = fixture(&db).await;
        f.stock(62_001, 0, 10).await;
        let f = Arc::new(f);
        let deliveries = (0..4).map(|_| {
            let f = Arc::clone(&f);
            async move { f.reserve(order(7_100, &[(62_001, 3)])).await }
        });
        let outputs: Vec<Value> = join_all(deliveries)
            .await
            .into_iter()
            .map(completed)
            .collect();
        assert!(
            outputs.iter().all(|o| *o == outputs[0]),
            "{label}: {outputs:?}"
        );
        assert_eq!(copies(&outputs[0]), vec![(62_001, 3)], "{label}");
        assert_eq!(f.levels(&[62_001]).await, vec![(62_001, 10, 3)], "{label}");
    }
}

#[tokio::test]
async fn out_of_stock_is_terminal_names_every_short_book_and_leaves_stock_untouched() {
    for db in backends().await {
        let label = db.label;
        let f = fixture(&db).await;
        f.stock(63_007, 0, 1).await;
        f.stock(63_007, 1, 1).await;
        f.stock(63_008, 0, 5).await;
        // 63_009 has no stock row at all: 0 available.
        let outcome = f
            .reserve(order(7_200, &[(63_007, 3), (63_008, 2), (63_009, 1)]))
            .await;
        assert_eq!(
            outcome,
            TaskOutcome::FailedTerminal(
                "out_of_stock: book 63007: 2 of 3 available; book 63009: 0 of 1 available"
                    .to_owned()
            ),
            "{label}"
        );
        assert_eq!(
            f.levels(&[63_007, 63_008]).await,
            vec![(63_007, 2, 0), (63_008, 5, 0)],
            "{label}: nothing reserved, not even the book in stock"
        );
        // The order has no reservation: releasing it is a no-op.
        assert_eq!(
            completed(f.release(7_200).await),
            json!({ "order_id": 7_200, "released": false }),
            "{label}"
        );
    }
}

#[tokio::test]
async fn release_gives_the_copies_back_once_and_is_safe_to_repeat_or_run_without_reserve() {
    for db in backends().await {
        let label = db.label;
        let f = fixture(&db).await;
        f.stock(64_001, 0, 4).await;
        completed(f.reserve(order(7_300, &[(64_001, 4)])).await);
        assert_eq!(f.levels(&[64_001]).await, vec![(64_001, 4, 4)], "{label}");

        let first = completed(f.release(7_300).await);
        assert_eq!(
            first,
            json!({ "order_id": 7_300, "released": true }),
            "{label}"
        );
        assert_eq!(f.levels(&[64_001]).await, vec![(64_001, 4, 0)], "{label}");
        let second = completed(f.release(7_300).await);
        assert_eq!(second["order_id"], 7_300, "{label}");
        assert_eq!(
            f.levels(&[64_001]).await,
            vec![(64_001, 4, 0)],
            "{label}: the second release gives nothing back twice"
        );

        // A reserve redelivered after the release does not take the copies again.
        completed(f.reserve(order(7_300, &[(64_001, 4)])).await);
        assert_eq!(f.levels(&[64_001]).await, vec![(64_001, 4, 0)], "{label}");

        // An order whose reserve never ran: nothing to release, twice.
        for _ in 0..2 {
            assert_eq!(
                completed(f.release(7_399).await),
                json!({ "order_id": 7_399, "released": false }),
                "{label}"
            );
        }
    }
}

#[tokio::test]
async fn malformed_input_is_a_terminal_failure_and_a_book_listed_twice_is_one_item() {
    for db in backends().await {
        let label = db.label;
        let f = fixture(&db).await;
        f.stock(65_001, 0, 5).await;
        for bad in [
            json!({ "order_id": 0, "items": [{ "book_id": 65_001, "quantity": 1 }] }),
            json!({ "order_id": 7_400, "items": [] }),
            json!({ "order_id": 7_400, "items": [{ "book_id": 65_001, "quantity": 101 }] }),
            json!({ "items": [{ "book_id": 65_001, "quantity": 1 }] }),
        ] {
            let outcome = f.reserve(bad.clone()).await;
            assert!(
                matches!(&outcome, TaskOutcome::FailedTerminal(r) if r.starts_with("invalid_input")),
                "{label}: {bad} → {outcome:?}"
            );
        }
        let merged = completed(f.reserve(order(7_401, &[(65_001, 2), (65_001, 1)])).await);
        assert_eq!(copies(&merged), vec![(65_001, 3)], "{label}");
        assert_eq!(f.levels(&[65_001]).await, vec![(65_001, 5, 3)], "{label}");
    }
}
