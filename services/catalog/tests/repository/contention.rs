//! Writes that meet real lock contention, on SQLite (a file, so a second connection can hold its
//! write lock) and MariaDB/MySQL (a second session holding row locks, or a real deadlock).
//!
//! A write that stays locked out must end as [`RepoError::Contention`] with nothing of it stored
//! (never as `Unexpected`, which the API would turn into a 500); a write blocked only for a
//! moment, or picked as a deadlock victim, must be run again by the adapter and succeed.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use crate::auto::Auto;
use catalog::app::MIGRATIONS;
use catalog::application::port::repo::{BookRepository, BookView, RepoError};
use catalog::domain::aggregate::{
    AuthorId, AuthorIds, BookId, BookSpec, CategoryId, Isbn, Money, PublisherId, Title,
};
use catalog::infrastructure::adapter::db::{SqlCatalog, migrations};
use chrono::{DateTime, SubsecRound, Utc};
use rust_decimal::Decimal;
use service_kit::db::{RetryPolicy, TestMySql};
use sqlx::mysql::MySqlConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{ConnectOptions, Connection, Row};

// Valid ISBN-13s that are not in the seed.
const ISBN_A: &str = "9780321125217";
const ISBN_B: &str = "9780201633610";

fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

fn spec(title: &str, isbn: &str, authors: &[i64]) -> BookSpec {
    BookSpec {
        title: Title::parse(title).expect("title"),
        isbn: Isbn::parse(isbn).expect("isbn"),
        price: Money::price(Decimal::from_str("19.90").expect("decimal")).expect("price"),
        description: None,
        category_id: CategoryId::new(16).expect("id"),
        publisher_id: PublisherId::new(1).expect("id"),
        author_ids: AuthorIds::new(
            authors
                .iter()
                .map(|id| AuthorId::new(*id).expect("id"))
                .collect(),
        )
        .expect("authors"),
    }
}

/// The `n`-th of a run of valid ISBN-13s outside the seed (978 0000 … with its check digit).
fn isbn(n: u32) -> String {
    let body = format!("97800000{n:04}");
    let sum: u32 = body
        .chars()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d } else { 3 * d })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

fn author_ids(view: &BookView) -> Vec<i64> {
    view.authors.iter().map(|a| a.id.get()).collect()
}

async fn book(store: &SqlCatalog, id: i64) -> BookView {
    BookRepository::get(&mut Auto::new(store), BookId::new(id).expect("id"))
        .await
        .expect("read a book")
        .expect("the book exists")
}

/// Rows a write could leave behind: books, credits, and books without credits or credits
/// without a book (either would be a half-written change).
#[derive(Debug, PartialEq, Eq)]
struct Census {
    books: i64,
    credits: i64,
    uncredited_books: i64,
    orphan_credits: i64,
}

const CENSUS_SQL: &str = "SELECT \
     (SELECT COUNT(*) FROM book) AS books, \
     (SELECT COUNT(*) FROM book_author) AS credits, \
     (SELECT COUNT(*) FROM book b WHERE NOT EXISTS (SELECT 1 FROM book_author ba WHERE ba.book_id = b.id)) AS uncredited, \
     (SELECT COUNT(*) FROM book_author ba WHERE NOT EXISTS (SELECT 1 FROM book b WHERE b.id = ba.book_id)) AS orphans";

async fn census(store: &SqlCatalog) -> Census {
    /// The counts from a row of [`CENSUS_SQL`], whichever driver read it.
    macro_rules! census_of {
        ($pool:expr) => {{
            let row = sqlx::query(CENSUS_SQL)
                .fetch_one($pool)
                .await
                .expect("count rows");
            let get = |name: &str| -> i64 { row.try_get(name).expect("a count") };
            Census {
                books: get("books"),
                credits: get("credits"),
                uncredited_books: get("uncredited"),
                orphan_credits: get("orphans"),
            }
        }};
    }
    match store.database() {
        service_kit::Database::Sqlite(pool) => census_of!(pool),
        service_kit::Database::MySql(pool) => census_of!(pool),
    }
}

// ---- databases ----

/// A migrated SQLite file in the temp directory, deleted (with its WAL files) on drop.
struct SqliteFile {
    path: PathBuf,
}

impl SqliteFile {
    async fn create() -> Self {
        let path = std::env::temp_dir().join(format!(
            "catalog-contention-{}.db",
            uuid::Uuid::new_v4().simple()
        ));
        let this = Self { path };
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(this.options(Duration::from_secs(5)))
            .await
            .expect("create the SQLite file");
        migrations::SQLITE.run(&pool).await.expect("migrate SQLite");
        pool.close().await;
        this
    }

    /// As the service opens it (WAL, foreign keys), with the given busy timeout.
    fn options(&self, busy_timeout: Duration) -> SqliteConnectOptions {
        SqliteConnectOptions::new()
            .filename(&self.path)
            .create_if_missing(true)
            .foreign_keys(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(busy_timeout)
    }

    /// The catalog on this file. No busy timeout: a locked file answers `SQLITE_BUSY` at once,
    /// so the adapter's retries, not SQLite's own waiting, are what the tests exercise.
    async fn store(&self) -> SqlCatalog {
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(self.options(Duration::ZERO))
            .await
            .expect("open SQLite");
        SqlCatalog::sqlite(pool)
    }

    async fn holder(&self) -> Holder {
        Holder::Sqlite(
            self.options(Duration::from_secs(5))
                .connect()
                .await
                .expect("open a second SQLite connection"),
        )
    }
}

impl Drop for SqliteFile {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut path = self.path.clone().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(path);
        }
    }
}

/// A fresh MariaDB/MySQL database, or `None` (skip) when no server is reachable outside CI.
async fn mysql() -> Option<TestMySql> {
    TestMySql::create(Some(&MIGRATIONS))
        .await
        .expect("create a MySQL test database")
}

/// The catalog on `db`, its sessions giving up on a row lock at once (MariaDB; MySQL raises 0
/// to its minimum of 1 s) instead of after the default 50 s.
async fn impatient_mysql_store(db: &TestMySql) -> SqlCatalog {
    let pool = db
        .impatient_pool(4)
        .await
        .expect("connect to the test database");
    SqlCatalog::mysql(pool)
}

fn mysql_store(db: &TestMySql) -> SqlCatalog {
    match db.database() {
        service_kit::Database::MySql(pool) => SqlCatalog::mysql(pool.clone()),
        service_kit::Database::Sqlite(_) => unreachable!("TestMySql opened SQLite"),
    }
}

async fn mysql_holder(db: &TestMySql) -> MySqlConnection {
    MySqlConnection::connect(&db.url())
        .await
        .expect("open a second MySQL session")
}

/// A second session that takes what a catalog write needs and keeps it until released.
enum Holder {
    Sqlite(SqliteConnection),
    MySql(MySqlConnection),
}

impl Holder {
    /// SQLite: the database's one write lock. MySQL: author 1's row, which crediting author 1
    /// needs (the foreign-key check reads it with a shared lock).
    async fn lock(&mut self) {
        match self {
            Holder::Sqlite(conn) => {
                sqlx::raw_sql("BEGIN IMMEDIATE")
                    .execute(conn)
                    .await
                    .expect("take the write lock");
            }
            Holder::MySql(conn) => {
                sqlx::raw_sql("START TRANSACTION; SELECT id FROM author WHERE id = 1 FOR UPDATE")
                    .execute(conn)
                    .await
                    .expect("lock author 1");
            }
        }
    }

    async fn release(&mut self) {
        match self {
            Holder::Sqlite(conn) => {
                sqlx::raw_sql("ROLLBACK")
                    .execute(conn)
                    .await
                    .expect("release the write lock");
            }
            Holder::MySql(conn) => {
                sqlx::raw_sql("ROLLBACK")
                    .execute(conn)
                    .await
                    .expect("release author 1");
            }
        }
    }
}

// ---- a write that stays locked out ----

/// A new book crediting authors 2 and 1, and book 4 replaced to credit 1 and 3: on MySQL both
/// have written rows (the book row; book 4's new values, its old credits deleted) when the
/// credit of author 1 runs into the lock, so a rollback that missed anything would show.
async fn a_locked_out_write_ends_as_contention_and_leaves_nothing_behind(
    store: &SqlCatalog,
    holder: &mut Holder,
) {
    let before = census(store).await;
    let seed = book(store, 4).await;
    assert_eq!(author_ids(&seed), [3, 4]);

    holder.lock().await;
    let err = BookRepository::insert(
        &mut Auto::new(store),
        &spec("Locked Out", ISBN_A, &[2, 1]),
        now(),
    )
    .await
    .expect_err("the lock is held throughout");
    assert!(matches!(err, RepoError::Contention { .. }), "{err:?}");
    let replaced = seed
        .book
        .clone()
        .replaced(spec("Locked Out", ISBN_B, &[1, 3]), now());
    let err = BookRepository::update(&mut Auto::new(store), &replaced, seed.book.version())
        .await
        .expect_err("the lock is held throughout");
    assert!(matches!(err, RepoError::Contention { .. }), "{err:?}");
    holder.release().await;

    assert_eq!(census(store).await, before, "nothing half-written");
    assert_eq!(book(store, 4).await, seed, "book 4 is as it was");

    // The same writes go through once the lock is gone.
    let created = BookRepository::insert(
        &mut Auto::new(store),
        &spec("Locked Out", ISBN_A, &[2, 1]),
        now(),
    )
    .await
    .expect("insert once the lock is released");
    assert_eq!(author_ids(&created), [2, 1]);
    let stored = BookRepository::update(&mut Auto::new(store), &replaced, seed.book.version())
        .await
        .expect("update once the lock is released");
    assert_eq!(author_ids(&stored), [1, 3]);
    assert_eq!(stored.book.spec().isbn.as_str(), ISBN_B);
}

#[tokio::test]
async fn sqlite_a_locked_out_write_ends_as_contention_and_leaves_nothing_behind() {
    let file = SqliteFile::create().await;
    let store = file.store().await;
    let mut holder = file.holder().await;
    a_locked_out_write_ends_as_contention_and_leaves_nothing_behind(&store, &mut holder).await;
}

#[tokio::test]
async fn mysql_a_locked_out_write_ends_as_contention_and_leaves_nothing_behind() {
    let Some(db) = mysql().await else { return };
    let store = impatient_mysql_store(&db).await;
    let mut holder = Holder::MySql(mysql_holder(&db).await);
    a_locked_out_write_ends_as_contention_and_leaves_nothing_behind(&store, &mut holder).await;
}

// ---- a write that wins on a later try ----

/// SQLite: the write lock is held when the insert starts and released while the adapter is
/// still retrying (its tries span about 0.2 s; the release comes after 40 ms). The outcome is
/// asserted, not the timing: on a machine so slow that the first try only starts after the
/// release, the test still passes, it just proves less.
#[tokio::test]
async fn sqlite_a_write_blocked_for_a_moment_succeeds_once_the_lock_is_released() {
    let file = SqliteFile::create().await;
    let store = file.store().await;
    let mut holder = file.holder().await;
    let before = census(&store).await;

    holder.lock().await;
    let writer = store.clone();
    let write = tokio::spawn(async move {
        BookRepository::insert(
            &mut Auto::new(&writer),
            &spec("Patient", ISBN_A, &[1, 2]),
            now(),
        )
        .await
    });
    tokio::time::sleep(Duration::from_millis(40)).await;
    holder.release().await;

    let created = write
        .await
        .expect("the write task")
        .expect("stored after the lock was released");
    assert_eq!(author_ids(&created), [1, 2]);
    let after = census(&store).await;
    assert_eq!(after.books, before.books + 1);
    assert_eq!(after.credits, before.credits + 2);
    assert_eq!((after.uncredited_books, after.orphan_credits), (0, 0));
}

/// MySQL: a real deadlock. The holder locks author 1 and has written many rows; the catalog's
/// insert writes its book row and waits for author 1; the holder then asks for that book's
/// ISBN, closing the cycle. InnoDB rolls back the lighter transaction, the catalog's, and the
/// adapter must run it again: it succeeds once the holder ends.
#[tokio::test]
async fn mysql_a_deadlock_victim_is_run_again_and_succeeds() {
    let Some(db) = mysql().await else { return };
    let store = mysql_store(&db);
    let mut holder = mysql_holder(&db).await;
    sqlx::raw_sql("CREATE TABLE ballast (id INT NOT NULL PRIMARY KEY) ENGINE = InnoDB")
        .execute(&mut holder)
        .await
        .expect("create the ballast table");
    let ballast: Vec<String> = (1..=200).map(|n| format!("({n})")).collect();
    let weigh_down = format!(
        "START TRANSACTION; INSERT INTO ballast (id) VALUES {}; \
         SELECT id FROM author WHERE id = 1 FOR UPDATE",
        ballast.join(", ")
    );
    sqlx::raw_sql(&weigh_down)
        .execute(&mut holder)
        .await
        .expect("lock author 1 behind 200 written rows");
    let holder_id: u64 = sqlx::query_scalar("SELECT CONNECTION_ID()")
        .fetch_one(&mut holder)
        .await
        .expect("the holder's id");

    let writer = store.clone();
    let write = tokio::spawn(async move {
        BookRepository::insert(
            &mut Auto::new(&writer),
            &spec("Deadlocked", ISBN_A, &[1]),
            now(),
        )
        .await
    });
    wait_for_a_lock_wait(&mut holder, db.name(), holder_id).await;

    let closing = sqlx::query("SELECT id FROM book WHERE isbn = ? FOR UPDATE")
        .bind(ISBN_A)
        .fetch_all(&mut holder)
        .await;
    if let Err(err) = closing {
        panic!("InnoDB rolled back the holder instead of the catalog's write: {err}");
    }
    sqlx::raw_sql("ROLLBACK")
        .execute(&mut holder)
        .await
        .expect("release");

    let created = write
        .await
        .expect("the write task")
        .expect("the deadlock victim is run again and succeeds");
    assert_eq!(author_ids(&created), [1]);
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM book WHERE isbn = ?")
        .bind(ISBN_A)
        .fetch_one(&mut holder)
        .await
        .expect("count");
    assert_eq!(stored, 1);
    db.drop_database().await.expect("drop the test database");
}

/// Until a session on `database` other than the holder waits for a row lock. Bounded, so a
/// write that never blocks fails the test instead of hanging it.
///
/// InnoDB refreshes `innodb_trx` only when it was last read more than 0.1 s ago, so polling
/// faster than that would keep showing the first snapshot forever.
async fn wait_for_a_lock_wait(holder: &mut MySqlConnection, database: &str, holder_id: u64) {
    for _ in 0..120 {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM information_schema.innodb_trx t \
             JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id \
             WHERE p.db = ? AND t.trx_state = 'LOCK WAIT' AND p.id <> ?",
        )
        .bind(database)
        .bind(holder_id)
        .fetch_one(&mut *holder)
        .await
        .expect("look for lock waits");
        if waiting > 0 {
            return;
        }
    }
    panic!("the catalog's write never waited for the holder's lock");
}

// ---- many writers on the same rows ----

/// Sixteen writers at once on the six seed books: replacements (with other credits, so old
/// credits are deleted and new ones written), deletions of two of them, and new books crediting
/// the same authors. Every write must succeed or fail for a reason a client can act on (stale
/// version, gone, busy), never as a storage fault, and no book may be left without its credits.
async fn concurrent_writers_leave_every_book_whole(
    store: &SqlCatalog,
    retry: RetryPolicy,
) -> Vec<String> {
    let mut writers = tokio::task::JoinSet::new();
    for n in 0..16_u32 {
        let store = store.clone();
        writers.spawn(async move {
            let id = 1 + i64::from(n % 6);
            let outcome = match n {
                0..=9 => match BookRepository::get(
                    &mut Auto::with_retry(&store, retry),
                    BookId::new(id).expect("id"),
                )
                .await
                {
                    Ok(Some(current)) => {
                        let authors: &[i64] = if n % 2 == 0 { &[1, 2] } else { &[3, 1] };
                        let isbn = current.book.spec().isbn.as_str().to_owned();
                        let replaced = current
                            .book
                            .clone()
                            .replaced(spec(&format!("Replaced {n}"), &isbn, authors), now());
                        BookRepository::update(
                            &mut Auto::with_retry(&store, retry),
                            &replaced,
                            current.book.version(),
                        )
                        .await
                        .map(drop)
                    }
                    // Deleted by another writer before this one read it.
                    Ok(None) => Err(RepoError::NotFound),
                    Err(err) => Err(err),
                },
                10 | 11 => {
                    BookRepository::delete(
                        &mut Auto::with_retry(&store, retry),
                        BookId::new(id).expect("id"),
                    )
                    .await
                }
                _ => {
                    let authors: &[i64] = if n % 2 == 0 { &[1, 2] } else { &[2, 1] };
                    BookRepository::insert(
                        &mut Auto::with_retry(&store, retry),
                        &spec("New", &isbn(n), authors),
                        now(),
                    )
                    .await
                    .map(drop)
                }
            };
            (n, outcome)
        });
    }
    let mut outcomes = Vec::new();
    while let Some(joined) = writers.join_next().await {
        let (n, outcome) = joined.expect("a writer task");
        match outcome {
            Ok(()) => outcomes.push("ok".to_owned()),
            Err(RepoError::StaleVersion) => outcomes.push("stale".to_owned()),
            Err(RepoError::NotFound) => outcomes.push("gone".to_owned()),
            Err(RepoError::Contention { .. }) => outcomes.push("busy".to_owned()),
            Err(err) => panic!("writer {n} failed as a fault: {err:?}"),
        }
    }
    let after = census(store).await;
    assert_eq!(
        (after.uncredited_books, after.orphan_credits),
        (0, 0),
        "{after:?}"
    );
    outcomes
}

#[tokio::test]
async fn sqlite_concurrent_writers_leave_every_book_whole() {
    let file = SqliteFile::create().await;
    let store = file.store().await;
    concurrent_writers_leave_every_book_whole(&store, RetryPolicy::TRANSACTION).await;
}

#[tokio::test]
async fn mysql_concurrent_writers_leave_every_book_whole() {
    let Some(db) = mysql().await else { return };
    concurrent_writers_leave_every_book_whole(&mysql_store(&db), RetryPolicy::TRANSACTION).await;
    db.drop_database().await.expect("drop the test database");
}

/// A measurement, not a check (hence ignored): how many of 60 rounds × 16 concurrent writes end
/// busy with one try only and with the default retries, on each database.
/// `cargo test -p catalog --test repository measure -- --ignored --nocapture`
#[tokio::test]
#[ignore = "a measurement; run it on purpose"]
async fn measure_busy_writes_with_and_without_retries() {
    const ROUNDS: usize = 60;
    let once = RetryPolicy {
        attempts: 1,
        ..RetryPolicy::TRANSACTION
    };
    for (label, policy) in [("one try", once), ("default", RetryPolicy::TRANSACTION)] {
        let mut mysql_outcomes = std::collections::BTreeMap::new();
        for _ in 0..ROUNDS {
            let Some(db) = mysql().await else { break };
            let store = mysql_store(&db);
            for outcome in concurrent_writers_leave_every_book_whole(&store, policy).await {
                *mysql_outcomes.entry(outcome).or_insert(0) += 1;
            }
            db.drop_database().await.expect("drop the test database");
        }
        let mut sqlite_outcomes = std::collections::BTreeMap::new();
        for _ in 0..ROUNDS {
            let file = SqliteFile::create().await;
            let store = file.store().await;
            for outcome in concurrent_writers_leave_every_book_whole(&store, policy).await {
                *sqlite_outcomes.entry(outcome).or_insert(0) += 1;
            }
        }
        eprintln!(
            "{label}: mysql {mysql_outcomes:?}; sqlite (no busy timeout) {sqlite_outcomes:?}"
        );
    }
}
