//! Repository contract: the same expectations against SQLite and MariaDB/MySQL.

use app_kit::{FieldIssues, Version};
use inventory::application::port::repo::{
    Page, RepoError, ReservationRepository, SortOrder, StockFilter, StockQuery, StockRepository,
    StockSort, Transaction, UnitOfWork, WarehouseQuery, WarehouseRepository, WarehouseSort,
};
use inventory::domain::aggregate::{
    Address, BookId, Capacity, NewStock, NewWarehouse, OrderId, Quantity, ReservationLine,
    ReservationState, WarehouseId, WarehouseName,
};
use inventory::infrastructure::adapter::db::SqlInventory;

use crate::common::backends;

fn new_warehouse(name: &str, capacity: i64) -> NewWarehouse {
    NewWarehouse {
        name: WarehouseName::parse(name).unwrap(),
        address: Address::parse("1 Test Street").unwrap(),
        capacity: Capacity::new(capacity).unwrap(),
    }
}

fn page(limit: i64, offset: i64) -> Page {
    Page::parse(Some(limit), offset, &mut FieldIssues::default()).unwrap()
}

fn new_stock(book: i64, warehouse: WarehouseId, quantity: i64) -> NewStock {
    NewStock {
        book_id: BookId::new(book).unwrap(),
        warehouse_id: warehouse,
        quantity: Quantity::new(quantity).unwrap(),
    }
}

#[tokio::test]
async fn the_seed_has_a_warehouse_stocking_the_six_catalog_books() {
    for db in backends().await {
        let mut tx = db.store().read().await.unwrap();
        let books: Vec<BookId> = (1..=6).map(|b| BookId::new(b).unwrap()).collect();
        let found = tx.availability(&books).await.unwrap();
        assert_eq!(found.len(), 6, "{}", db.label);
        assert!(found.iter().all(|a| a.available() > 0), "{}", db.label);
        let seed = tx
            .find_warehouse(WarehouseId::new(1).unwrap())
            .await
            .unwrap()
            .expect("seed warehouse");
        assert_eq!(seed.name().as_str(), "Seoul Central");
    }
}

#[tokio::test]
async fn warehouses_round_trip_and_names_are_unique() {
    for db in backends().await {
        warehouse_contract(db.store(), db.label).await;
    }
}

async fn warehouse_contract(store: SqlInventory, label: &str) {
    let mut tx = store.write().await.unwrap();
    let created = tx
        .insert_warehouse(&new_warehouse("Busan Port", 500))
        .await
        .unwrap();
    assert_eq!(created.version(), Version::INITIAL);
    let again = tx.insert_warehouse(&new_warehouse("Busan Port", 10)).await;
    assert!(
        matches!(again, Err(RepoError::Duplicate(_))),
        "{label}: duplicate name"
    );
    // Both schemas compare names case-insensitively (SQLite NOCASE, MySQL's *_ci collation).
    let shouted = tx.insert_warehouse(&new_warehouse("BUSAN PORT", 10)).await;
    assert!(
        matches!(shouted, Err(RepoError::Duplicate(_))),
        "{label}: same name, other case"
    );
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let found = tx
        .find_warehouse(created.id())
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(
        found, created,
        "{label}: what is read back equals what was written"
    );
    assert!(
        tx.find_warehouse(WarehouseId::new(999_999).unwrap())
            .await
            .unwrap()
            .is_none()
    );
    drop(tx);

    let mut tx = store.write().await.unwrap();
    let mut changed = found.clone();
    changed
        .replace(Version::INITIAL, new_warehouse("Busan Harbour", 600), 0)
        .unwrap();
    let stored = tx.update_warehouse(&changed).await.unwrap();
    assert_eq!((stored.version().get(), stored.capacity().get()), (1, 600));
    // Writing the same old version again loses: someone else got there first.
    assert!(
        matches!(tx.update_warehouse(&changed).await, Err(RepoError::Stale)),
        "{label}"
    );
    tx.commit().await.unwrap();

    let mut tx = store.write().await.unwrap();
    tx.insert_stock(&new_stock(1001, created.id(), 10))
        .await
        .unwrap();
    tx.insert_stock(&new_stock(1002, created.id(), 15))
        .await
        .unwrap();
    assert_eq!(tx.held_copies(created.id(), None).await.unwrap(), 25);
    assert_eq!(tx.count_stock_rows(created.id()).await.unwrap(), 2);
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let page = tx
        .list_warehouses(&WarehouseQuery {
            page: page(1, 0),
            sort: WarehouseSort::Name,
            order: SortOrder::Asc,
        })
        .await
        .unwrap();
    assert_eq!(page.total, 2, "{label}: the seed warehouse and this one");
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].name().as_str(), "Busan Harbour");
}

#[tokio::test]
async fn stock_rows_are_unique_per_book_and_warehouse_and_list_with_filters() {
    for db in backends().await {
        let store = db.store();
        let label = db.label;
        let mut tx = store.write().await.unwrap();
        let a = tx
            .insert_warehouse(&new_warehouse("A", 1000))
            .await
            .unwrap();
        let b = tx
            .insert_warehouse(&new_warehouse("B", 1000))
            .await
            .unwrap();
        let first = tx.insert_stock(&new_stock(2001, a.id(), 5)).await.unwrap();
        assert!(
            matches!(
                tx.insert_stock(&new_stock(2001, a.id(), 1)).await,
                Err(RepoError::Duplicate(_))
            ),
            "{label}"
        );
        tx.insert_stock(&new_stock(2001, b.id(), 7)).await.unwrap();
        tx.insert_stock(&new_stock(2002, b.id(), 1)).await.unwrap();
        tx.commit().await.unwrap();

        let mut tx = store.read().await.unwrap();
        assert_eq!(tx.find_stock(first.id()).await.unwrap(), Some(first));
        let by_book = StockQuery {
            filter: StockFilter {
                book_id: Some(BookId::new(2001).unwrap()),
                warehouse_id: None,
            },
            page: page(1, 1),
            sort: StockSort::Quantity,
            order: SortOrder::Desc,
        };
        let listed = tx.list_stocks(&by_book).await.unwrap();
        assert_eq!(
            listed.total, 2,
            "{label}: total counts every match, not the page"
        );
        assert_eq!(
            listed
                .items
                .iter()
                .map(|s| s.quantity().get())
                .collect::<Vec<_>>(),
            vec![5]
        );
        let both = StockQuery {
            filter: StockFilter {
                book_id: Some(BookId::new(2001).unwrap()),
                warehouse_id: Some(b.id()),
            },
            ..StockQuery::default()
        };
        assert_eq!(tx.list_stocks(&both).await.unwrap().total, 1);
        // A page past the last match carries no row to read the total from: it is counted apart.
        let past_the_end = StockQuery {
            page: page(10, 5),
            ..by_book
        };
        let empty = tx.list_stocks(&past_the_end).await.unwrap();
        assert_eq!((empty.total, empty.items.len()), (2, 0), "{label}");
        let warehouses_past_the_end = WarehouseQuery {
            page: page(10, 50),
            ..WarehouseQuery::default()
        };
        let empty = tx.list_warehouses(&warehouses_past_the_end).await.unwrap();
        assert_eq!(
            (empty.total, empty.items.len()),
            (3, 0),
            "{label}: A, B and the seed"
        );
        let none = StockQuery {
            filter: StockFilter {
                book_id: Some(BookId::new(2999).unwrap()),
                warehouse_id: None,
            },
            ..StockQuery::default()
        };
        let empty = tx.list_stocks(&none).await.unwrap();
        assert_eq!((empty.total, empty.items.len()), (0, 0), "{label}");
        let sums = tx
            .availability(&[BookId::new(2001).unwrap(), BookId::new(2999).unwrap()])
            .await
            .unwrap();
        assert_eq!(sums.len(), 1, "{label}: books without rows are absent");
        assert_eq!((sums[0].quantity, sums[0].reserved), (12, 0));
        drop(tx);

        let mut tx = store.write().await.unwrap();
        let mut row = tx.find_stock_for_update(first.id()).await.unwrap().unwrap();
        row.reserve(3).unwrap();
        let stored = tx.update_stock(&row).await.unwrap();
        assert_eq!((stored.reserved().get(), stored.version().get()), (3, 1));
        assert!(
            matches!(tx.update_stock(&row).await, Err(RepoError::Stale)),
            "{label}: stale version"
        );
        assert!(tx.delete_stock(stored.id()).await.unwrap());
        assert!(!tx.delete_stock(stored.id()).await.unwrap());
        tx.commit().await.unwrap();

        // A warehouse still referenced by stock rows cannot disappear underneath them.
        let mut tx = store.write().await.unwrap();
        assert!(tx.delete_warehouse(b.id()).await.is_err(), "{label}");
        drop(tx);
        let mut tx = store.write().await.unwrap();
        assert!(
            tx.delete_warehouse(a.id()).await.unwrap(),
            "{label}: A is empty now"
        );
        tx.commit().await.unwrap();
    }
}

#[tokio::test]
async fn reservations_store_lines_and_move_between_states() {
    for db in backends().await {
        let store = db.store();
        let label = db.label;
        let order = OrderId::new(77).unwrap();
        let lines = [
            ReservationLine {
                book_id: BookId::new(1).unwrap(),
                warehouse_id: WarehouseId::new(1).unwrap(),
                copies: 2,
            },
            ReservationLine {
                book_id: BookId::new(2).unwrap(),
                warehouse_id: WarehouseId::new(1).unwrap(),
                copies: 1,
            },
        ];
        let mut tx = store.write().await.unwrap();
        assert_eq!(tx.find_reservation(order).await.unwrap(), None);
        tx.insert_reservation(order, &lines).await.unwrap();
        assert!(
            matches!(
                tx.insert_reservation(order, &lines[..1]).await,
                Err(RepoError::Duplicate(_))
            ),
            "{label}"
        );
        tx.commit().await.unwrap();

        let mut tx = store.write().await.unwrap();
        let found = tx.find_reservation(order).await.unwrap().expect("stored");
        assert_eq!(found.state, ReservationState::Reserved);
        assert_eq!(found.lines, lines.to_vec());
        assert_eq!(
            tx.change_reservation_state(
                order,
                ReservationState::Reserved,
                ReservationState::Released
            )
            .await
            .unwrap(),
            2
        );
        assert_eq!(
            tx.change_reservation_state(
                order,
                ReservationState::Reserved,
                ReservationState::Committed
            )
            .await
            .unwrap(),
            0,
            "{label}: only lines in the `from` state move"
        );
        tx.commit().await.unwrap();
        let mut tx = store.read().await.unwrap();
        assert_eq!(
            tx.find_reservation(order).await.unwrap().map(|r| r.state),
            Some(ReservationState::Released)
        );
    }
}

#[tokio::test]
async fn a_rolled_back_transaction_leaves_nothing_behind() {
    for db in backends().await {
        let store = db.store();
        let mut tx = store.write().await.unwrap();
        let w = tx
            .insert_warehouse(&new_warehouse("Ephemeral", 5))
            .await
            .unwrap();
        drop(tx);
        let mut tx = store.read().await.unwrap();
        assert!(
            tx.find_warehouse(w.id()).await.unwrap().is_none(),
            "{}",
            db.label
        );
    }
}
