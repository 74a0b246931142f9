//! The sqlx storage adapter for SQLite and MySQL, on the storage kit (`service_kit::db::sql`):
//! every statement is written once and expanded per driver by
//! [`with_conn!`](service_kit::with_conn). [`SqlCustomers`] (the [`UnitOfWork`]) and
//! [`SqlCustomersTx`] (the [`Transaction`]) are thin newtypes over the kit's store and
//! transaction.

mod erase;
mod error;
mod points;
mod rows;
mod wishlist;

use service_kit::db::{Database, Migrations, SqlStore, SqlTx};

use crate::application::port::repo::{RepoError, Transaction, UnitOfWork};
use error::db_error;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static MYSQL_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/mysql");

/// The migrations for each database, kept in step.
pub const MIGRATIONS: Migrations = Migrations {
    sqlite: &SQLITE_MIGRATIONS,
    mysql: &MYSQL_MIGRATIONS,
};

/// Customer's [`UnitOfWork`] over a pool.
#[derive(Debug, Clone)]
pub struct SqlCustomers {
    store: SqlStore,
}

impl SqlCustomers {
    pub fn new(database: Database) -> Self {
        Self {
            store: SqlStore::new(database),
        }
    }
}

/// One open transaction; dropping it rolls back.
pub struct SqlCustomersTx(SqlTx);

impl UnitOfWork for SqlCustomers {
    type Tx = SqlCustomersTx;

    async fn read(&self) -> Result<SqlCustomersTx, RepoError> {
        Ok(SqlCustomersTx(self.store.read()))
    }

    async fn write(&self) -> Result<SqlCustomersTx, RepoError> {
        let tx = self.store.write().await;
        tx.map(SqlCustomersTx)
            .map_err(|e| db_error("begin a write", e))
    }
}

impl Transaction for SqlCustomersTx {
    async fn commit(self) -> Result<(), RepoError> {
        self.0.commit().await.map_err(|e| db_error("commit", e))
    }
}
