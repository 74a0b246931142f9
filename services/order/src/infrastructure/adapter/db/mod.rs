//! The sqlx storage adapter: the repository port for SQLite and MySQL on the storage kit
//! (`service_kit::db::sql`). Every statement is written once (`?` placeholders, no `RETURNING`)
//! and expanded per driver by `with_conn!`; money is integer cents on SQLite and DECIMAL(10,2)
//! on MySQL, converted in the statement (`cents`, `from_cents`).

mod error;
mod orders;

use service_kit::db::{Database, Migrations, SqlStore, SqlTx};

use crate::application::port::repo::{OrderStore, RepoError};
use error::db_error;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static MYSQL_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/mysql");

/// The migrations for each database, kept in step.
pub const MIGRATIONS: Migrations = Migrations {
    sqlite: &SQLITE_MIGRATIONS,
    mysql: &MYSQL_MIGRATIONS,
};

/// The order service's [`OrderStore`] over a pool.
#[derive(Debug, Clone)]
pub struct SqlOrders {
    store: SqlStore,
}

impl SqlOrders {
    pub fn new(database: Database) -> Self {
        Self {
            store: SqlStore::new(database),
        }
    }
}

/// One open transaction on the kit's [`SqlTx`]; dropping it rolls back.
pub struct SqlOrderTx(SqlTx);

impl OrderStore for SqlOrders {
    type Tx = SqlOrderTx;

    async fn read(&self) -> Result<SqlOrderTx, RepoError> {
        Ok(SqlOrderTx(self.store.read()))
    }

    async fn write(&self) -> Result<SqlOrderTx, RepoError> {
        let tx = self.store.write().await;
        tx.map(SqlOrderTx).map_err(|e| db_error("begin a write", e))
    }

    async fn write_one_change(&self) -> Result<SqlOrderTx, RepoError> {
        let tx = self.store.write_one_change().await;
        tx.map(SqlOrderTx).map_err(|e| db_error("begin a write", e))
    }
}
