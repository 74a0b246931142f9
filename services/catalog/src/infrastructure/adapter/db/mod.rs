//! The catalog's repositories on sqlx, for SQLite and MySQL/MariaDB, on the storage kit
//! (`service_kit::db::sql`).
//!
//! Every statement is written once: [`with_conn!`](service_kit::with_conn) and
//! [`with_statement_conn!`](service_kit::with_statement_conn) expand it per driver, rows decode
//! through one mapping ([`rows`]), and the few dialect differences (how a price is spelled, how
//! a write transaction begins) come from `service_kit::db::Dialect`. Every value reaches the
//! database as a bound parameter; sort columns come from enums, never from client text.
//!
//! The use case owns the transaction: [`SqlCatalog`] is its unit of work and [`SqlCatalogTx`]
//! reaches every repository. Lock contention (a deadlock, a lock wait timeout, a busy SQLite
//! file; see `service_kit::db::Contention`) ends as `RepoError::Contention`, which the use case
//! answers by running the whole transaction again. A read of one statement runs without a
//! transaction.

mod authors;
mod books;
mod categories;
mod error;
pub mod migrations;
mod publishers;
mod rows;
mod statement;

use service_kit::Database;
use service_kit::db::{SqlStore, SqlTx};
use sqlx::{MySqlPool, SqlitePool};

use crate::application::port::repo::{CatalogStore, CatalogTx, RepoError, RepoResult};
use error::failed;

/// The catalog's storage on whichever database the service was configured with: its unit of
/// work.
#[derive(Debug, Clone)]
pub struct SqlCatalog {
    store: SqlStore,
}

/// One transaction of the catalog's storage.
pub struct SqlCatalogTx(SqlTx);

impl SqlCatalog {
    pub fn new(database: Database) -> Self {
        Self {
            store: SqlStore::new(database),
        }
    }

    pub fn sqlite(pool: SqlitePool) -> Self {
        Self::new(Database::Sqlite(pool))
    }

    pub fn mysql(pool: MySqlPool) -> Self {
        Self::new(Database::MySql(pool))
    }

    pub fn database(&self) -> &Database {
        self.store.database()
    }
}

impl CatalogStore for SqlCatalog {
    type Tx = SqlCatalogTx;

    fn read(&self) -> SqlCatalogTx {
        SqlCatalogTx(self.store.read())
    }

    async fn write(&self) -> RepoResult<SqlCatalogTx> {
        let tx = self
            .store
            .write()
            .await
            .map_err(|e| failed("begin a write", e))?;
        Ok(SqlCatalogTx(tx))
    }
}

impl CatalogTx for SqlCatalogTx {
    async fn commit(self) -> RepoResult<()> {
        self.0.commit().await.map_err(|e| failed("commit", e))
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

/// `sql` counts the rows referring to `id` (one `?`), in one statement.
async fn count_by_id(
    tx: &mut SqlTx,
    operation: &'static str,
    sql: &'static str,
    id: i64,
) -> RepoResult<u64> {
    let total: i64 = service_kit::with_statement_conn!(tx, |e| failed(operation, e), conn => {
        sqlx::query_scalar(sql)
            .bind(id)
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| failed(operation, e))?
    });
    Ok(u64::try_from(total).unwrap_or(0))
}

/// Delete one row by id: `NotFound` when there was none, `InUse` when a foreign key holds it.
async fn delete_row(
    tx: &mut SqlTx,
    sql: &'static str,
    id: i64,
    operation: &'static str,
) -> RepoResult<()> {
    let deleted = service_kit::with_conn!(tx, |e| failed(operation, e), conn => {
        let result = sqlx::query(sql).bind(id).execute(&mut *conn).await;
        result.map_err(|e| error::on_write(operation, error::Write::Delete, e))?.rows_affected()
    });
    if deleted == 0 {
        return Err(RepoError::NotFound);
    }
    Ok(())
}
