//! The catalog's repositories on sqlx, for SQLite and MySQL/MariaDB, on the storage kit
//! (`service_kit::db::sql`).
//!
//! Every statement is written once: [`with_conn!`](service_kit::with_conn) and
//! [`with_statement_conn!`](service_kit::with_statement_conn) expand it per driver, rows decode
//! through one mapping ([`rows`]), and the few dialect differences (how a price is spelled, how
//! a write transaction begins) come from `service_kit::db::Dialect`. Every value reaches the
//! database as a bound parameter; sort columns come from enums, never from client text.
//!
//! Every write method is one transaction, begun and committed here. When the database reports
//! lock contention (a deadlock, a lock wait timeout, a busy SQLite file; see
//! `service_kit::db::Contention`) the whole transaction is run again, a bounded number of
//! times; a write still contended after that fails as `RepoError::Contention`, with nothing of
//! it stored. A read of one statement runs without a transaction.

mod authors;
mod books;
mod categories;
mod error;
pub mod migrations;
mod publishers;
mod rows;
mod statement;

use service_kit::Database;
use service_kit::db::{RetryPolicy, SqlStore, SqlTx};
use sqlx::{MySqlPool, SqlitePool};

use crate::application::port::repo::{RepoError, RepoResult};
use error::failed;

/// The catalog's storage on whichever database the service was configured with.
#[derive(Debug, Clone)]
pub struct SqlCatalog {
    store: SqlStore,
    retry: RetryPolicy,
}

impl SqlCatalog {
    pub fn new(database: Database) -> Self {
        Self {
            store: SqlStore::new(database),
            retry: RetryPolicy::TRANSACTION,
        }
    }

    pub fn sqlite(pool: SqlitePool) -> Self {
        Self::new(Database::Sqlite(pool))
    }

    pub fn mysql(pool: MySqlPool) -> Self {
        Self::new(Database::MySql(pool))
    }

    /// Writes that lose a race for locks are run again as `retry` says; the default is
    /// [`RetryPolicy::TRANSACTION`].
    #[must_use]
    pub fn with_retry(self, retry: RetryPolicy) -> Self {
        Self { retry, ..self }
    }

    pub fn database(&self) -> &Database {
        self.store.database()
    }

    /// A write transaction; run it through [`error::retry_write`] so a lost race runs it again.
    async fn write(&self, operation: &'static str) -> RepoResult<SqlTx> {
        self.store.write().await.map_err(|e| failed(operation, e))
    }

    async fn commit(tx: SqlTx, operation: &'static str) -> RepoResult<()> {
        tx.commit().await.map_err(|e| failed(operation, e))
    }
}

/// After an UPDATE matched nothing: was the row gone, or was its version moved on?
async fn missing_or_stale(tx: &mut SqlTx, table: &'static str, id: i64) -> RepoError {
    match row_exists(tx, table, id).await {
        Ok(true) => RepoError::StaleVersion,
        Ok(false) => RepoError::NotFound,
        Err(err) => err,
    }
}

async fn row_exists(tx: &mut SqlTx, table: &'static str, id: i64) -> RepoResult<bool> {
    const OP: &str = "check a row after a refused update";
    let sql = format!("SELECT id FROM {table} WHERE id = ?");
    service_kit::with_conn!(tx, |e| failed(OP, e), conn => {
        let row = sqlx::query(&sql).bind(id).fetch_optional(&mut *conn).await;
        row.map(|row| row.is_some()).map_err(|e| failed(OP, e))
    })
}

/// Delete one row by id in its own transaction: `NotFound` when there was none, `InUse` when a
/// foreign key holds it.
async fn delete_row(
    catalog: &SqlCatalog,
    sql: &'static str,
    id: i64,
    operation: &'static str,
) -> RepoResult<()> {
    let mut tx = catalog.write(operation).await?;
    let deleted = service_kit::with_conn!(tx, |e| failed(operation, e), conn => {
        let result = sqlx::query(sql).bind(id).execute(&mut *conn).await;
        result.map_err(|e| error::on_write(operation, error::Write::Delete, e))?.rows_affected()
    });
    if deleted == 0 {
        return Err(RepoError::NotFound);
    }
    SqlCatalog::commit(tx, operation).await
}
