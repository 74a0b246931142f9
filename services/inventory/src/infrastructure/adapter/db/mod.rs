//! The sqlx storage adapter: one implementation of the repository ports for SQLite and MySQL.
//!
//! Every query is written once and runs on both databases: the SQL sticks to the common subset
//! (`?` placeholders, `LIMIT ? OFFSET ?`, no `RETURNING`), and the few differences sit in
//! [`Dialect`] (row locks, the integer type of a cast, how a write transaction starts). The
//! [`with_conn!`] macro expands a query body once per database, so the compiler checks it
//! against both drivers.
//!
//! Concurrency: on MySQL a write transaction runs at READ COMMITTED and takes row locks with
//! `SELECT … FOR UPDATE`; on SQLite it starts with `BEGIN IMMEDIATE`, which takes the
//! database's single write lock up front so a transaction never fails half-way on a lock
//! upgrade. Either way two reservations of the same copies run one after the other.

mod error;
mod reservation;
mod rows;
mod stock;
mod warehouse;

use service_kit::db::{Database, Migrations};

use crate::application::port::repo::{RepoError, Transaction, UnitOfWork};
use error::db_error;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static MYSQL_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/mysql");

/// The migrations for each database, kept in step (a test compares the schemas they produce).
/// The second migration seeds one warehouse stocking the six books catalog seeds.
pub const MIGRATIONS: Migrations = Migrations {
    sqlite: &SQLITE_MIGRATIONS,
    mysql: &MYSQL_MIGRATIONS,
};

/// The SQL differences between the two databases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    MySql,
}

impl Dialect {
    /// Appended to a `SELECT` whose rows must stay locked. SQLite has no row locks: its write
    /// transaction already excludes every other writer.
    fn lock(self) -> &'static str {
        match self {
            Dialect::Sqlite => "",
            Dialect::MySql => " FOR UPDATE",
        }
    }

    /// The type a `CAST` to a 64-bit integer names (MySQL sums integers into DECIMAL).
    fn integer(self) -> &'static str {
        match self {
            Dialect::Sqlite => "INTEGER",
            Dialect::MySql => "SIGNED",
        }
    }
}

/// The [`UnitOfWork`] over a pool.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: Database,
}

impl SqlStore {
    pub fn new(pool: Database) -> Self {
        Self { pool }
    }
}

/// MySQL's READ COMMITTED makes every plain read see the latest committed rows, and spares the
/// gap locks that REPEATABLE READ would take on the reservation index (a source of deadlocks
/// between unrelated orders). The level applies to the transaction the same request starts.
const MYSQL_BEGIN_WRITE: &str = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; START TRANSACTION";

impl UnitOfWork for SqlStore {
    type Tx = SqlTx;

    /// Begins nothing yet: the transaction starts with the first statement that needs one (see
    /// [`SqlTx::begun`]), and a single-statement read may do without it.
    async fn read(&self) -> Result<SqlTx, RepoError> {
        Ok(SqlTx {
            pool: self.pool.clone(),
            inner: None,
        })
    }

    async fn write(&self) -> Result<SqlTx, RepoError> {
        let inner = match &self.pool {
            Database::Sqlite(pool) => TxInner::Sqlite(
                pool.begin_with("BEGIN IMMEDIATE")
                    .await
                    .map_err(|e| db_error("begin a write", e))?,
            ),
            Database::MySql(pool) => TxInner::MySql(
                pool.begin_with(MYSQL_BEGIN_WRITE)
                    .await
                    .map_err(|e| db_error("begin a write", e))?,
            ),
        };
        Ok(SqlTx {
            pool: self.pool.clone(),
            inner: Some(inner),
        })
    }
}

/// A transaction on either database; dropping it rolls back. One made by
/// [`UnitOfWork::read`] begins lazily, with the first statement run through [`with_conn!`].
pub struct SqlTx {
    pool: Database,
    inner: Option<TxInner>,
}

enum TxInner {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    MySql(sqlx::Transaction<'static, sqlx::MySql>),
}

impl SqlTx {
    fn dialect(&self) -> Dialect {
        match self.pool {
            Database::Sqlite(_) => Dialect::Sqlite,
            Database::MySql(_) => Dialect::MySql,
        }
    }

    /// The open transaction, begun now if this read had not needed one yet. A read begins
    /// plainly (REPEATABLE READ on MySQL), so the statements of one read see one snapshot.
    async fn begun(&mut self) -> Result<&mut TxInner, RepoError> {
        let inner = match self.inner.take() {
            Some(inner) => inner,
            None => match &self.pool {
                Database::Sqlite(pool) => TxInner::Sqlite(
                    pool.begin()
                        .await
                        .map_err(|e| db_error("begin a read", e))?,
                ),
                Database::MySql(pool) => TxInner::MySql(
                    pool.begin()
                        .await
                        .map_err(|e| db_error("begin a read", e))?,
                ),
            },
        };
        Ok(self.inner.insert(inner))
    }
}

impl Transaction for SqlTx {
    async fn commit(self) -> Result<(), RepoError> {
        match self.inner {
            // A read that never began has nothing to commit.
            None => Ok(()),
            Some(TxInner::Sqlite(tx)) => tx.commit().await,
            Some(TxInner::MySql(tx)) => tx.commit().await,
        }
        .map_err(|e| db_error("commit", e))
    }
}

/// Run `$body` with `$conn` bound to the transaction's connection (beginning a lazy read's
/// transaction first), once per database.
macro_rules! with_conn {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx.begun().await? {
            $crate::infrastructure::adapter::db::TxInner::Sqlite(tx) => {
                let $conn: &mut sqlx::SqliteConnection = &mut *tx;
                $body
            }
            $crate::infrastructure::adapter::db::TxInner::MySql(tx) => {
                let $conn: &mut sqlx::MySqlConnection = &mut *tx;
                $body
            }
        }
    };
}
pub(crate) use with_conn;

/// Run `$body`, one statement, with `$conn` bound to the transaction's connection when one is
/// open, and otherwise to a pooled connection in autocommit. One statement sees one consistent
/// snapshot by itself, so a read that needs nothing more spares the round trips of `BEGIN` and
/// `ROLLBACK` (on MariaDB they were a quarter of the commands behind a cold catalog book read).
macro_rules! with_statement_conn {
    ($tx:expr, $conn:ident => $body:expr) => {
        match (&mut $tx.inner, &$tx.pool) {
            (Some($crate::infrastructure::adapter::db::TxInner::Sqlite(tx)), _) => {
                let $conn: &mut sqlx::SqliteConnection = &mut *tx;
                $body
            }
            (Some($crate::infrastructure::adapter::db::TxInner::MySql(tx)), _) => {
                let $conn: &mut sqlx::MySqlConnection = &mut *tx;
                $body
            }
            (None, service_kit::db::Database::Sqlite(pool)) => {
                let mut pooled = pool.acquire().await.map_err(|e| {
                    $crate::infrastructure::adapter::db::error::db_error("begin a read", e)
                })?;
                let $conn: &mut sqlx::SqliteConnection = &mut *pooled;
                $body
            }
            (None, service_kit::db::Database::MySql(pool)) => {
                let mut pooled = pool.acquire().await.map_err(|e| {
                    $crate::infrastructure::adapter::db::error::db_error("begin a read", e)
                })?;
                let $conn: &mut sqlx::MySqlConnection = &mut *pooled;
                $body
            }
        }
    };
}
pub(crate) use with_statement_conn;

/// The id of the row an `INSERT` just created.
trait InsertedId {
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

/// Timestamps are cut to microseconds, the precision of MySQL's DATETIME(6), so a value the
/// service returns right after a write equals what a later read returns.
fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}

/// `?, ?, ?` for `n` values.
fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}
