//! The repository contract (`OrderStore`/`OrderTx`), on SQLite and on MariaDB (when reachable;
//! CI makes it so): insert with lines, read back, the per-user idempotency key, optimistic
//! versions, list filters, sorting and paging, and the orders whose saga never started.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use app_kit::{FieldIssues, Page, SortOrder};
use order::application::port::repo::{OrderQuery, OrderSort, OrderStore, OrderTx, RepoError};
use order::domain::{NewOrder, Order, OrderItem, OrderStatus, SagaStep};
use order::infrastructure::adapter::db::{MIGRATIONS, SqlOrders};
use rust_decimal::Decimal;
use service_kit::testing::{TestDatabase, backends};
use uuid::Uuid;

const ALICE: Uuid = Uuid::from_u128(1);
const BOB: Uuid = Uuid::from_u128(2);

fn new_order(user: Uuid, key: Option<&str>, cents: i64) -> NewOrder {
    NewOrder {
        user_id: user,
        items: vec![
            OrderItem {
                book_id: 1,
                title: "Refactoring".into(),
                unit_price: Decimal::new(cents, 2),
                quantity: 2,
            },
            OrderItem {
                book_id: 2,
                title: "Clean Code".into(),
                unit_price: Decimal::new(3000, 2),
                quantity: 1,
            },
        ],
        card_token: "tok_aaaaaaaaaaaaaaaa".into(),
        idempotency_key: key.map(str::to_owned),
        fingerprint: "v1;1x2,2x1;card;4242".into(),
    }
}

fn page(limit: i64, offset: i64) -> Page {
    let mut issues = FieldIssues::default();
    Page::parse(Some(limit), offset, &mut issues).unwrap()
}

async fn contract(store: &SqlOrders, label: &str) {
    // Insert and read back, money exact.
    let mut tx = store.write().await.unwrap();
    let inserted = tx
        .insert_order(&new_order(ALICE, Some("Key-1"), 4799))
        .await
        .unwrap();
    let id = inserted.id;
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    let order = tx.find_order(id).await.unwrap().expect("stored");
    // The insert answers the order exactly as a read gives it back.
    assert_eq!(inserted, order, "{label}");
    assert_eq!(order.status, OrderStatus::Pending, "{label}");
    assert_eq!(order.total.to_string(), "125.98", "{label}");
    assert_eq!(order.items.len(), 2, "{label}");
    assert_eq!(order.items[0].unit_price.to_string(), "47.99", "{label}");
    assert_eq!(order.items[0].title, "Refactoring", "{label}");
    assert_eq!(order.idempotency_key.as_deref(), Some("Key-1"), "{label}");
    assert!(order.workflow_id.is_none());
    drop(tx);

    // The key is the user's own, and compares exactly.
    let mut tx = store.write().await.unwrap();
    let taken = tx.insert_order(&new_order(ALICE, Some("Key-1"), 100)).await;
    assert!(
        matches!(taken, Err(RepoError::Duplicate(_))),
        "{label}: {taken:?}"
    );
    drop(tx);
    let mut tx = store.write().await.unwrap();
    tx.insert_order(&new_order(BOB, Some("Key-1"), 100))
        .await
        .unwrap();
    tx.insert_order(&new_order(ALICE, Some("key-1"), 100))
        .await
        .unwrap();
    tx.insert_order(&new_order(ALICE, None, 200)).await.unwrap();
    tx.insert_order(&new_order(ALICE, None, 300)).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    let found = tx
        .find_by_idempotency_key(ALICE, "Key-1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, id, "{label}");
    assert!(
        tx.find_by_idempotency_key(BOB, "nope")
            .await
            .unwrap()
            .is_none()
    );
    drop(tx);

    // Optimistic versions.
    let mut tx = store.write().await.unwrap();
    let mut changed = tx.find_order(id).await.unwrap().unwrap();
    changed.transition(OrderStatus::Paid).unwrap();
    changed.record(SagaStep::PlaceOrder);
    changed.record(SagaStep::MakePayment);
    changed.workflow_id = Some("wf-1".into());
    let saved = tx.update_order(&changed).await.unwrap();
    assert_eq!(saved.version, changed.version.next());
    let stale = tx.update_order(&changed).await;
    assert!(matches!(stale, Err(RepoError::Stale)), "{label}: {stale:?}");
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    let read = tx.find_order(id).await.unwrap().unwrap();
    assert_eq!(read.status, OrderStatus::Paid);
    assert_eq!(
        read.steps_done,
        vec![SagaStep::PlaceOrder, SagaStep::MakePayment]
    );
    assert_eq!(read.workflow_id.as_deref(), Some("wf-1"));
    assert_eq!(read.version, saved.version);

    // Lists: filters, sort, paging, totals.
    let query = |user, status, sort, order, limit, offset| OrderQuery {
        user_id: user,
        status,
        page: page(limit, offset),
        sort,
        order,
    };
    let all = tx
        .list_orders(&query(None, None, OrderSort::Id, SortOrder::Asc, 10, 0))
        .await
        .unwrap();
    assert_eq!(all.total, 5, "{label}");
    assert_eq!(all.items[0].id, id);
    assert_eq!(all.items[0].items.len(), 2, "lines come with a list");
    let alices = tx
        .list_orders(&query(
            Some(ALICE),
            Some(OrderStatus::Pending),
            OrderSort::TotalPrice,
            SortOrder::Desc,
            2,
            0,
        ))
        .await
        .unwrap();
    assert_eq!(alices.total, 3, "{label}");
    assert_eq!(alices.items.len(), 2);
    assert_eq!(alices.items[0].total.to_string(), "36.00", "{label}");
    let past_the_end = tx
        .list_orders(&query(
            Some(ALICE),
            None,
            OrderSort::CreatedAt,
            SortOrder::Desc,
            10,
            50,
        ))
        .await
        .unwrap();
    assert_eq!(
        (past_the_end.total, past_the_end.items.len()),
        (4, 0),
        "{label}"
    );

    // Pending orders without a saga, older than a moment.
    let later = chrono::Utc::now() + chrono::Duration::seconds(1);
    let waiting = tx.pending_without_workflow(later, 10).await.unwrap();
    assert_eq!(waiting.len(), 4, "{label}");
    assert!(
        waiting
            .iter()
            .all(|o| o.workflow_id.is_none() && !o.items.is_empty())
    );
    let earlier = chrono::Utc::now() - chrono::Duration::seconds(60);
    assert!(
        tx.pending_without_workflow(earlier, 10)
            .await
            .unwrap()
            .is_empty()
    );
    drop(tx);

    // The saga's workflow id, saved onto the order as inserted without reading it again (one
    // change): only onto the version known.
    let fresh = waiting[0].clone();
    let known = Order {
        workflow_id: Some("wf-2".into()),
        ..fresh.clone()
    };
    let mut tx = store.write_one_change().await.unwrap();
    let attached = tx.update_order(&known).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    let read = tx.find_order(fresh.id).await.unwrap().unwrap();
    drop(tx);
    assert_eq!(attached, read, "{label}: answered as stored");
    assert_eq!(read.workflow_id.as_deref(), Some("wf-2"));
    assert_eq!(read.version, fresh.version.next());
    let mut tx = store.write_one_change().await.unwrap();
    let stale = tx.update_order(&known).await;
    assert!(matches!(stale, Err(RepoError::Stale)), "{label}: {stale:?}");
    tx.rollback().await;

    // One change (the saga workers' path): read, save once; a change from a stale read is
    // refused by its version.
    let mut tx = store.write_one_change().await.unwrap();
    let mut read_once = tx.find_order(fresh.id).await.unwrap().unwrap();
    read_once.record(SagaStep::PlaceOrder);
    let changed = tx.update_order(&read_once).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.write_one_change().await.unwrap();
    let stale = tx.update_order(&read_once).await;
    assert!(matches!(stale, Err(RepoError::Stale)), "{label}: {stale:?}");
    tx.rollback().await;
    let mut tx = store.read().await.unwrap();
    let saved = tx.find_order(fresh.id).await.unwrap().unwrap();
    drop(tx);
    assert_eq!(saved, changed, "{label}: the one change is stored");
}

#[tokio::test]
async fn the_repository_contract_holds_on_every_database() {
    for backend in backends().await {
        let db = TestDatabase::create(backend, &MIGRATIONS).await;
        let store = SqlOrders::new(db.database().clone());
        contract(&store, db.label()).await;
    }
}

/// Both migration sets must produce the same tables and columns.
#[tokio::test]
async fn sqlite_and_mysql_migrations_define_the_same_tables_and_columns() {
    use service_kit::testing::{Backend, table_columns};

    if !backends().await.contains(&Backend::MySql) {
        return;
    }
    let mysql = TestDatabase::create(Backend::MySql, &MIGRATIONS).await;
    let sqlite = TestDatabase::create(Backend::Sqlite, &MIGRATIONS).await;
    let expected = table_columns(sqlite.database()).await;
    assert!(expected.len() > 15, "{expected:?}");
    assert_eq!(table_columns(mysql.database()).await, expected);
}
