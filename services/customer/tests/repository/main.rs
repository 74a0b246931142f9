//! The repository contract on SQLite and on MariaDB (when reachable; CI makes it so): the
//! wishlist as a set with its limit, the points ledger with its guarded balance (50 concurrent
//! debits that together exceed it), idempotency keys, and erasing a customer.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use app_kit::{FieldIssues, Page, SortOrder};
use customer::application::port::repo::{
    Added, Applied, CustomerDataRepository, Listing, PointRepository, RepoError, Transaction,
    TransactionSort, UnitOfWork, WishlistRepository, WishlistSort,
};
use customer::domain::{
    BookId, CustomerId, IdempotencyKey, NewPointTransaction, PointDelta, Reason, WISHLIST_LIMIT,
};
use customer::infrastructure::adapter::db::{MIGRATIONS, SqlCustomers};
use service_kit::config::Secret;
use service_kit::db::{Database, RetryPolicy, retry_contended};
use service_kit::testing::{Backend, TestDatabase, backends};

/// A migrated store; the MySQL schema is dropped, the SQLite file removed, with the value.
struct Store {
    label: &'static str,
    store: SqlCustomers,
    _mysql: Option<TestDatabase>,
    _dir: Option<tempfile::TempDir>,
}

/// A SQLite file with several pooled connections, as the embedded default runs (writers really
/// compete), and MariaDB when it answers.
async fn stores() -> Vec<Store> {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("customer.db").display());
    let database = Database::connect(&Secret::new(url)).await.unwrap();
    database.migrate(&MIGRATIONS).await.unwrap();
    let mut all = vec![Store {
        label: "sqlite",
        store: SqlCustomers::new(database),
        _mysql: None,
        _dir: Some(dir),
    }];
    if backends().await.contains(&Backend::MySql) {
        let kit = TestDatabase::create(Backend::MySql, &MIGRATIONS).await;
        all.push(Store {
            label: "mysql",
            store: SqlCustomers::new(kit.database().clone()),
            _mysql: Some(kit),
            _dir: None,
        });
    }
    all
}

fn customer() -> CustomerId {
    CustomerId::new(uuid::Uuid::new_v4())
}

fn book(id: i64) -> BookId {
    BookId::new(id).unwrap()
}

fn listing<S>(sort: S, limit: i64, offset: i64) -> Listing<S> {
    let mut issues = FieldIssues::default();
    Listing {
        page: Page::parse(Some(limit), offset, &mut issues).unwrap(),
        sort,
        order: SortOrder::Asc,
    }
}

fn change(who: CustomerId, delta: i32, key: Option<&str>) -> NewPointTransaction {
    NewPointTransaction {
        customer_id: who,
        delta: PointDelta::new(delta).unwrap(),
        reason: Reason::parse("test").unwrap(),
        created_by: "staff".into(),
        idempotency_key: key.map(|k| IdempotencyKey::parse(k).unwrap()),
    }
}

/// Apply `new` in its own transaction, again while it loses lock races, as the use case does.
async fn apply(store: &SqlCustomers, new: &NewPointTransaction) -> Result<Applied, RepoError> {
    let policy = RetryPolicy {
        attempts: 50,
        ..RetryPolicy::TRANSACTION
    };
    retry_contended(
        policy,
        |e| matches!(e, RepoError::Contention(_)),
        || async {
            let mut tx = store.write().await?;
            let applied = tx.apply_point_transaction(new).await?;
            if matches!(applied, Applied::Recorded(_)) {
                tx.commit().await?;
            }
            Ok(applied)
        },
    )
    .await
}

#[tokio::test]
async fn fifty_concurrent_debits_never_overdraw_and_exactly_the_successful_ones_are_recorded() {
    for Store { label, store, .. } in stores().await {
        let store = Arc::new(store);
        let who = customer();
        assert!(matches!(
            apply(&store, &change(who, 100, None)).await.unwrap(),
            Applied::Recorded(_)
        ));
        // 50 debits of 7 want 350 of the 100 points.
        let debits = (0..50).map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move { apply(&store, &change(who, -7, None)).await })
        });
        let outcomes: Vec<Applied> = futures::future::join_all(debits)
            .await
            .into_iter()
            .map(|joined| joined.unwrap().unwrap_or_else(|e| panic!("{label}: {e:?}")))
            .collect();
        let succeeded = outcomes
            .iter()
            .filter(|o| matches!(o, Applied::Recorded(_)))
            .count();
        assert_eq!(succeeded, 14, "{label}: 14 × 7 = 98 fit in 100");

        let mut tx = store.read().await.unwrap();
        let balance = tx.find_balance(who).await.unwrap().unwrap().balance;
        assert_eq!(balance, 2, "{label}");
        let ledger = tx
            .list_point_transactions(who, listing(TransactionSort::Id, 100, 0))
            .await
            .unwrap();
        assert_eq!(
            ledger.total, 15,
            "{label}: the credit and the successful debits"
        );
        let sum: i64 = ledger.items.iter().map(|t| i64::from(t.delta)).sum();
        assert_eq!(sum, balance, "{label}: the ledger adds up to the balance");
        let mut afters: Vec<i64> = ledger.items.iter().map(|t| t.balance_after).collect();
        afters.sort_unstable();
        afters.dedup();
        assert_eq!(afters.len(), 15, "{label}: every balance_after is distinct");
        assert!(afters.iter().all(|b| *b >= 0), "{label}");
    }
}

#[tokio::test]
async fn a_first_debit_finds_nothing_and_changes_nothing() {
    for Store { label, store, .. } in stores().await {
        let who = customer();
        let outcome = apply(&store, &change(who, -1, None)).await.unwrap();
        assert_eq!(outcome, Applied::Insufficient { balance: 0 }, "{label}");
        let mut tx = store.read().await.unwrap();
        assert!(tx.find_balance(who).await.unwrap().is_none(), "{label}");
    }
}

#[tokio::test]
async fn an_idempotency_key_is_unique_per_customer_and_exact() {
    for Store { label, store, .. } in stores().await {
        let (alice, bob) = (customer(), customer());
        apply(&store, &change(alice, 5, Some("Key-1")))
            .await
            .unwrap();
        let mut tx = store.write().await.unwrap();
        let again = tx
            .apply_point_transaction(&change(alice, 5, Some("Key-1")))
            .await;
        assert!(
            matches!(again, Err(RepoError::Duplicate(_))),
            "{label}: {again:?}"
        );
        drop(tx);
        apply(&store, &change(bob, 5, Some("Key-1"))).await.unwrap();
        apply(&store, &change(alice, 5, Some("key-1")))
            .await
            .unwrap();
        let mut tx = store.read().await.unwrap();
        let key = IdempotencyKey::parse("Key-1").unwrap();
        let found = tx.find_point_transaction_by_key(alice, &key).await.unwrap();
        assert_eq!(found.map(|t| t.balance_after), Some(5), "{label}");
        assert_eq!(
            tx.find_balance(alice).await.unwrap().unwrap().balance,
            10,
            "{label}"
        );
    }
}

#[tokio::test]
async fn the_wishlist_is_a_set_with_a_limit_and_pages() {
    for Store { label, store, .. } in stores().await {
        let who = customer();
        let mut tx = store.write().await.unwrap();
        assert!(matches!(
            tx.add_to_wishlist(who, book(7)).await.unwrap(),
            Added::New(_)
        ));
        assert!(matches!(
            tx.add_to_wishlist(who, book(7)).await.unwrap(),
            Added::AlreadyThere(_)
        ));
        let all: Vec<BookId> = (1..=i64::try_from(WISHLIST_LIMIT).unwrap())
            .map(book)
            .collect();
        let entries = tx.replace_wishlist(who, &all).await.unwrap();
        assert_eq!(entries.len(), WISHLIST_LIMIT, "{label}");
        assert_eq!(
            tx.add_to_wishlist(who, book(999)).await.unwrap(),
            Added::Full
        );
        tx.commit().await.unwrap();

        let mut tx = store.read().await.unwrap();
        let page = tx
            .list_wishlist(who, listing(WishlistSort::BookId, 10, 190))
            .await
            .unwrap();
        assert_eq!(page.total, 200, "{label}");
        assert_eq!(page.items.first().map(|e| e.book_id), Some(book(191)));
        let past = tx
            .list_wishlist(who, listing(WishlistSort::BookId, 10, 500))
            .await
            .unwrap();
        assert_eq!((past.total, past.items.len()), (200, 0), "{label}");
        drop(tx);

        let mut tx = store.write().await.unwrap();
        assert!(tx.remove_from_wishlist(who, book(1)).await.unwrap());
        assert!(!tx.remove_from_wishlist(who, book(1)).await.unwrap());
        tx.commit().await.unwrap();
    }
}

#[tokio::test]
async fn erasing_a_customer_removes_their_rows_only_and_is_repeatable() {
    for Store { label, store, .. } in stores().await {
        let (gone, stays) = (customer(), customer());
        for who in [gone, stays] {
            apply(&store, &change(who, 5, None)).await.unwrap();
            let mut tx = store.write().await.unwrap();
            tx.add_to_wishlist(who, book(1)).await.unwrap();
            tx.commit().await.unwrap();
        }
        for _ in 0..2 {
            let mut tx = store.write().await.unwrap();
            tx.erase_customer(gone).await.unwrap();
            tx.commit().await.unwrap();
        }
        let mut tx = store.read().await.unwrap();
        assert!(tx.was_erased(gone).await.unwrap(), "{label}");
        assert!(!tx.was_erased(stays).await.unwrap(), "{label}");
        assert!(tx.find_balance(gone).await.unwrap().is_none(), "{label}");
        let wishlist = tx
            .list_wishlist(gone, listing(WishlistSort::CreatedAt, 10, 0))
            .await
            .unwrap();
        assert_eq!(wishlist.total, 0, "{label}");
        let ledger = tx
            .list_point_transactions(gone, listing(TransactionSort::Id, 10, 0))
            .await
            .unwrap();
        assert_eq!(ledger.total, 0, "{label}");
        assert_eq!(tx.find_balance(stays).await.unwrap().unwrap().balance, 5);
    }
}
