//! The storage kit: one way for a repository adapter to speak both SQLite and MySQL/MariaDB.
//!
//! Every query is written once, in the common subset (`?` placeholders, `LIMIT ? OFFSET ?`, no
//! `RETURNING`), and the few differences sit in [`Dialect`]. [`with_conn!`](crate::with_conn)
//! expands a query body once per driver, so the compiler checks it against both; row decoders
//! are generic over `sqlx::Row`. A use case owns its transaction through [`SqlStore`] (its
//! unit of work): `write()` begins one, `read()` begins one lazily, and dropping a [`SqlTx`]
//! rolls it back.
//!
//! Concurrency: a MySQL write transaction runs at READ COMMITTED (REPEATABLE READ's gap locks
//! made neighbouring writers deadlock) and takes row locks with [`Dialect::lock`]; a SQLite one
//! starts with `BEGIN IMMEDIATE`, taking the single write lock up front so it never fails
//! half-way on a lock upgrade. SQLite writers of one file also queue in the process first (a
//! write turn, FIFO) rather than in SQLite's busy handler, which sleeps in growing steps of up to
//! 100 ms between tries: under load a writer would otherwise wait far longer than the writers
//! ahead of it take.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use sqlx::error::ErrorKind;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::Database;
use super::contention::Contention;

/// The SQL differences between the two databases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    MySql,
}

impl Dialect {
    /// Appended to a `SELECT` whose rows must stay locked until commit. SQLite has no row
    /// locks: its write transaction already excludes every other writer.
    pub fn lock(self) -> &'static str {
        match self {
            Dialect::Sqlite => "",
            Dialect::MySql => " FOR UPDATE",
        }
    }

    /// The type a `CAST` to a 64-bit integer names (MySQL sums integers into DECIMAL).
    pub fn integer(self) -> &'static str {
        match self {
            Dialect::Sqlite => "INTEGER",
            Dialect::MySql => "SIGNED",
        }
    }

    /// How a write transaction begins (see the module docs).
    pub fn begin_write(self) -> &'static str {
        match self {
            Dialect::Sqlite => "BEGIN IMMEDIATE",
            Dialect::MySql => "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; START TRANSACTION",
        }
    }
}

impl Database {
    pub fn sql_dialect(&self) -> Dialect {
        match self {
            Database::Sqlite(_) => Dialect::Sqlite,
            Database::MySql(_) => Dialect::MySql,
        }
    }
}

/// The unit of work over a pool: the use case begins a transaction, runs its repository calls
/// on it and commits.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: Database,
    /// The write turn of a SQLite file, shared by every store of this process on that file.
    write_turn: Option<Arc<Semaphore>>,
}

/// The file a SQLite pool is on; `None` for an in-memory database.
pub fn sqlite_file(pool: &sqlx::SqlitePool) -> Option<PathBuf> {
    let file = pool.connect_options().get_filename().to_path_buf();
    let name = file.to_string_lossy();
    (!name.is_empty() && !name.contains(":memory:")).then_some(file)
}

/// One write turn per SQLite file in this process. An in-memory database has a single
/// connection, whose pool already queues its users.
fn sqlite_write_turn(pool: &sqlx::SqlitePool) -> Option<Arc<Semaphore>> {
    static TURNS: OnceLock<Mutex<HashMap<PathBuf, Arc<Semaphore>>>> = OnceLock::new();
    let file = sqlite_file(pool)?;
    let mut turns = TURNS
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    Some(Arc::clone(
        turns
            .entry(file)
            .or_insert_with(|| Arc::new(Semaphore::new(1))),
    ))
}

impl SqlStore {
    pub fn new(pool: Database) -> Self {
        let write_turn = match &pool {
            Database::Sqlite(sqlite) => sqlite_write_turn(sqlite),
            Database::MySql(_) => None,
        };
        Self { pool, write_turn }
    }

    pub fn database(&self) -> &Database {
        &self.pool
    }

    /// A read: nothing begins yet. The first statement run through
    /// [`with_conn!`](crate::with_conn) begins a plain transaction (one snapshot for all the
    /// statements of the read); a read of one statement may use
    /// [`with_statement_conn!`](crate::with_statement_conn) and need none.
    pub fn read(&self) -> SqlTx {
        SqlTx {
            pool: self.pool.clone(),
            inner: None,
            _write_turn: None,
        }
    }

    /// A write transaction, begun now as [`Dialect::begin_write`] says.
    ///
    /// # Errors
    /// The database's error when it cannot begin (busy, unreachable).
    pub async fn write(&self) -> Result<SqlTx, sqlx::Error> {
        let write_turn = self.write_turn().await?;
        let dialect = self.pool.sql_dialect();
        let inner = match &self.pool {
            Database::Sqlite(pool) => {
                TxInner::Sqlite(pool.begin_with(dialect.begin_write()).await?)
            }
            Database::MySql(pool) => TxInner::MySql(pool.begin_with(dialect.begin_write()).await?),
        };
        Ok(SqlTx {
            pool: self.pool.clone(),
            inner: Some(inner),
            _write_turn: write_turn,
        })
    }
}

impl SqlStore {
    /// The write turn of a SQLite file (`None` for MySQL and in-memory SQLite, which need
    /// none), for a writer that runs its statements on a connection of its own on the same file
    /// (so that it does not meet this process's other writers as `SQLITE_BUSY`). Held until
    /// dropped.
    ///
    /// # Errors
    /// `PoolTimedOut` (contention) when the turn does not come within the pool's acquire
    /// timeout.
    pub async fn write_turn(&self) -> Result<Option<OwnedSemaphorePermit>, sqlx::Error> {
        // Waiting for the turn as long as for a pooled connection: past that, the store is busy
        // (`PoolTimedOut` is contention, answered 503 or retried by the caller).
        match &self.write_turn {
            Some(turn) => Ok(Some(
                tokio::time::timeout(super::ACQUIRE_TIMEOUT, Arc::clone(turn).acquire_owned())
                    .await
                    .map_err(|_| sqlx::Error::PoolTimedOut)?
                    .map_err(|_| sqlx::Error::PoolClosed)?,
            )),
            None => Ok(None),
        }
    }
}

/// A transaction on either database; dropping it rolls back.
pub struct SqlTx {
    #[doc(hidden)]
    pub pool: Database,
    #[doc(hidden)]
    pub inner: Option<TxInner>,
    /// A SQLite write's turn, given back when the transaction ends.
    _write_turn: Option<OwnedSemaphorePermit>,
}

/// The open transaction of one driver (used by the macros).
#[doc(hidden)]
pub enum TxInner {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    MySql(sqlx::Transaction<'static, sqlx::MySql>),
}

impl SqlTx {
    pub fn dialect(&self) -> Dialect {
        self.pool.sql_dialect()
    }

    /// The open transaction, begun now if this read had not needed one yet.
    ///
    /// # Errors
    /// The database's error when it cannot begin.
    #[doc(hidden)]
    pub async fn begun(&mut self) -> Result<&mut TxInner, sqlx::Error> {
        let inner = match self.inner.take() {
            Some(inner) => inner,
            None => match &self.pool {
                Database::Sqlite(pool) => TxInner::Sqlite(pool.begin().await?),
                Database::MySql(pool) => TxInner::MySql(pool.begin().await?),
            },
        };
        Ok(self.inner.insert(inner))
    }

    /// Commit; a read that never began has nothing to commit.
    ///
    /// # Errors
    /// The database's error when the commit fails (nothing of the transaction is kept).
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self.inner {
            None => Ok(()),
            Some(TxInner::Sqlite(tx)) => tx.commit().await,
            Some(TxInner::MySql(tx)) => tx.commit().await,
        }
    }
}

/// `with_conn!(tx, conn => body)`: run `body` with `conn` bound to the transaction's connection
/// (a lazy read's transaction begun first), expanded once per driver. `$err` maps the
/// `sqlx::Error` of beginning into the caller's error type.
#[macro_export]
macro_rules! with_conn {
    ($tx:expr, $err:expr, $conn:ident => $body:expr) => {
        match $tx.begun().await.map_err($err)? {
            $crate::db::sql::TxInner::Sqlite(tx) => {
                let $conn: &mut ::sqlx::SqliteConnection = &mut *tx;
                $body
            }
            $crate::db::sql::TxInner::MySql(tx) => {
                let $conn: &mut ::sqlx::MySqlConnection = &mut *tx;
                $body
            }
        }
    };
}

/// `with_statement_conn!(tx, err, conn => body)`: one statement, on the transaction when one is
/// open, otherwise on a pooled connection in autocommit. One statement sees one consistent
/// snapshot by itself, so a read that needs nothing more spares the round trips of `BEGIN` and
/// `ROLLBACK`.
#[macro_export]
macro_rules! with_statement_conn {
    ($tx:expr, $err:expr, $conn:ident => $body:expr) => {
        match (&mut $tx.inner, &$tx.pool) {
            (Some($crate::db::sql::TxInner::Sqlite(tx)), _) => {
                let $conn: &mut ::sqlx::SqliteConnection = &mut *tx;
                $body
            }
            (Some($crate::db::sql::TxInner::MySql(tx)), _) => {
                let $conn: &mut ::sqlx::MySqlConnection = &mut *tx;
                $body
            }
            (None, $crate::db::Database::Sqlite(pool)) => {
                let mut pooled = pool.acquire().await.map_err($err)?;
                let $conn: &mut ::sqlx::SqliteConnection = &mut *pooled;
                $body
            }
            (None, $crate::db::Database::MySql(pool)) => {
                let mut pooled = pool.acquire().await.map_err($err)?;
                let $conn: &mut ::sqlx::MySqlConnection = &mut *pooled;
                $body
            }
        }
    };
}

/// The id of the row an `INSERT` just created (MySQL has no `RETURNING`).
pub trait InsertedId {
    fn inserted_id(&self) -> i64;
}

impl InsertedId for sqlx::sqlite::SqliteQueryResult {
    fn inserted_id(&self) -> i64 {
        self.last_insert_rowid()
    }
}

impl InsertedId for sqlx::mysql::MySqlQueryResult {
    fn inserted_id(&self) -> i64 {
        // AUTO_INCREMENT over a BIGINT column never passes i64::MAX.
        i64::try_from(self.last_insert_id()).unwrap_or(i64::MAX)
    }
}

/// `?, ?, ?` for `n` values.
pub fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// The time a change is stamped with, cut to microseconds (MySQL's DATETIME(6)), so a value
/// the service returns right after a write equals what a later read returns.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}

/// The column a [`page_sql`] statement adds: how many rows match in all.
pub const TOTAL_COLUMN: &str = "total_count";

/// One page and the number of rows matching in all, in a single statement:
/// `SELECT {columns}, COUNT(*) OVER () AS total_count FROM {from} ORDER BY {order_by}
/// LIMIT ? OFFSET ?` (bind the filter's values, then limit and offset). The window count is
/// computed before `LIMIT`, so every row carries the full total. An empty page carries none:
/// see [`page_total`].
pub fn page_sql(columns: &str, from: &str, order_by: &str) -> String {
    format!(
        "SELECT {columns}, COUNT(*) OVER () AS {TOTAL_COLUMN} FROM {from} ORDER BY {order_by} LIMIT ? OFFSET ?"
    )
}

/// The total of a page read with [`page_sql`]: its first row's count. An empty first page means
/// no row matches; an empty later page (an offset past the end) tells nothing, and `None` asks
/// the caller to count separately — the one case that costs a second statement.
pub fn page_total(first_row_total: Option<i64>, offset: u64) -> Option<u64> {
    match first_row_total {
        Some(total) => Some(u64::try_from(total).unwrap_or(0)),
        None if offset == 0 => Some(0),
        None => None,
    }
}

/// What a failed write tells the repository, without any SQL detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFailure {
    /// A unique key is taken.
    Duplicate,
    /// A foreign key refused: the row refers to one that does not exist, or other rows still
    /// refer to the one being deleted.
    ForeignKey,
    /// A CHECK constraint refused the values.
    Check,
    /// The database was busy (see [`Contention`]); the whole transaction may be run again.
    Busy(Contention),
}

impl WriteFailure {
    /// The classification of `err`, or `None` for a fault that is nobody's doing but ours.
    /// sqlx's `kind()` reads every database's own numbers (MariaDB's CHECK failure 4025
    /// included), so no list of codes is kept here.
    pub fn of(err: &sqlx::Error) -> Option<Self> {
        if let Some(contention) = Contention::of(err) {
            return Some(Self::Busy(contention));
        }
        match err.as_database_error()?.kind() {
            ErrorKind::UniqueViolation => Some(Self::Duplicate),
            ErrorKind::ForeignKeyViolation => Some(Self::ForeignKey),
            ErrorKind::CheckViolation => Some(Self::Check),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_statement_counts_before_its_limit() {
        let sql = page_sql("id, name", "warehouse WHERE name LIKE ?", "id DESC");
        assert_eq!(
            sql,
            "SELECT id, name, COUNT(*) OVER () AS total_count FROM warehouse WHERE name LIKE ? \
             ORDER BY id DESC LIMIT ? OFFSET ?"
        );
    }

    #[test]
    fn only_an_empty_page_past_the_start_needs_a_count() {
        assert_eq!(page_total(Some(42), 40), Some(42));
        assert_eq!(page_total(None, 0), Some(0));
        assert_eq!(page_total(None, 10), None);
    }

    /// Two stores on one SQLite file (payment has two: its own and its gateway's) share one
    /// write turn: a writer waits for the one ahead of it in the process, is served in arrival
    /// order, and one that waits past the acquire timeout is told the store is busy.
    #[tokio::test]
    async fn stores_on_one_sqlite_file_take_write_turns_in_arrival_order() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}/turns.db?mode=rwc", dir.path().display());
        let database = Database::connect(&crate::config::Secret::new(url))
            .await
            .expect("open SQLite");
        let (first, second) = (SqlStore::new(database.clone()), SqlStore::new(database));
        let Database::Sqlite(pool) = first.database() else {
            unreachable!("opened SQLite")
        };
        sqlx::query("CREATE TABLE log (n INTEGER)")
            .execute(pool)
            .await
            .expect("create the table");

        let held = first.write().await.expect("the first turn");
        let mut waiting = Vec::new();
        for n in 1..=3 {
            let store = second.clone();
            waiting.push(tokio::spawn(async move {
                let mut tx = store.write().await?;
                crate::with_conn!(tx, |e| e, conn => {
                    sqlx::query("INSERT INTO log (n) VALUES (?)")
                        .bind(n)
                        .execute(&mut *conn)
                        .await
                        .map(|_| ())
                })?;
                tx.commit().await
            }));
            // Each writer is queued before the next one arrives.
            tokio::task::yield_now().await;
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        held.commit().await.expect("commit the first");
        for writer in waiting {
            writer
                .await
                .expect("the writer finished")
                .expect("the writer wrote");
        }
        let order: Vec<i64> = sqlx::query_scalar("SELECT n FROM log ORDER BY rowid")
            .fetch_all(pool)
            .await
            .expect("read the log");
        assert_eq!(order, [1, 2, 3]);

        // A writer that waits out the acquire timeout is busy, not stuck. The clock is paused
        // only once the turn is held: while SQLite's worker thread opens the transaction the
        // runtime looks idle, and a paused clock would jump past the acquire timeout.
        let held = first.write().await.expect("the turn");
        tokio::time::pause();
        let refused = second
            .write()
            .await
            .err()
            .expect("no turn while it is held");
        assert_eq!(
            WriteFailure::of(&refused),
            Some(WriteFailure::Busy(Contention::PoolExhausted))
        );
        held.commit().await.expect("commit");
    }

    #[test]
    fn a_pool_timeout_is_busy_and_not_a_fault() {
        assert_eq!(
            WriteFailure::of(&sqlx::Error::PoolTimedOut),
            Some(WriteFailure::Busy(Contention::PoolExhausted))
        );
        assert_eq!(WriteFailure::of(&sqlx::Error::RowNotFound), None);
    }
}
