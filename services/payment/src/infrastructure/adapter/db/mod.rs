//! The sqlx storage adapter: the payment repository for SQLite and MySQL, on the storage kit
//! (`service_kit::db::sql`). Every statement is written once and expanded per driver by
//! [`with_conn!`](service_kit::with_conn); the only dialect difference is the amount, integer
//! cents on SQLite and DECIMAL(10,2) on MySQL, read and written as cents on both.
//!
//! [`SqlPayments`] (the [`UnitOfWork`]) and [`SqlPaymentsTx`] (the [`Transaction`]) are thin
//! newtypes over the kit's [`SqlStore`] and [`SqlTx`].

mod error;
mod payment;

use service_kit::db::{Database, Migrations, SqlStore, SqlTx};

use crate::application::port::repo::{RepoError, Transaction, UnitOfWork};
use error::db_error;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static MYSQL_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/mysql");

/// The migrations for each database, kept in step. They also create the simulated gateway's
/// tables (`sim_gateway_card`, `sim_gateway_charge`).
pub const MIGRATIONS: Migrations = Migrations {
    sqlite: &SQLITE_MIGRATIONS,
    mysql: &MYSQL_MIGRATIONS,
};

/// Payment's [`UnitOfWork`] over a pool.
#[derive(Debug, Clone)]
pub struct SqlPayments {
    store: SqlStore,
}

impl SqlPayments {
    pub fn new(database: Database) -> Self {
        Self {
            store: SqlStore::new(database),
        }
    }
}

/// One open transaction; dropping it rolls back.
pub struct SqlPaymentsTx(SqlTx);

impl UnitOfWork for SqlPayments {
    type Tx = SqlPaymentsTx;

    async fn read(&self) -> Result<SqlPaymentsTx, RepoError> {
        Ok(SqlPaymentsTx(self.store.read()))
    }

    async fn write(&self) -> Result<SqlPaymentsTx, RepoError> {
        let tx = self.store.write().await;
        tx.map(SqlPaymentsTx)
            .map_err(|e| db_error("begin a write", e))
    }
}

impl Transaction for SqlPaymentsTx {
    async fn commit(self) -> Result<(), RepoError> {
        self.0.commit().await.map_err(|e| db_error("commit", e))
    }
}
