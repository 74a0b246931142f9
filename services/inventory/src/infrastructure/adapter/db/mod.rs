//! The sqlx storage adapter: one implementation of the repository ports for SQLite and MySQL,
//! on the storage kit (`service_kit::db::sql`).
//!
//! Every query is written once and runs on both databases: the SQL sticks to the common subset
//! (`?` placeholders, `LIMIT ? OFFSET ?`, no `RETURNING`), the few differences come from
//! [`Dialect`](service_kit::db::Dialect) (row locks, the integer type of a cast, how a write
//! transaction starts), and [`with_conn!`](service_kit::with_conn) expands a query body once per
//! driver, so the compiler checks it against both. Lists read their page and its total in one
//! statement ([`page_sql`](service_kit::db::sql::page_sql)).
//!
//! Concurrency: on MySQL a write transaction runs at READ COMMITTED and takes row locks with
//! `SELECT … FOR UPDATE`; on SQLite it starts with `BEGIN IMMEDIATE`, which takes the
//! database's single write lock up front so a transaction never fails half-way on a lock
//! upgrade. Either way two reservations of the same copies run one after the other.
//!
//! [`SqlInventory`] (the [`UnitOfWork`]) and [`SqlInventoryTx`] (the [`Transaction`] every
//! repository port is implemented on) are thin newtypes over the kit's [`SqlStore`] and
//! [`SqlTx`]. The orphan rule would allow implementing these ports on the kit's types
//! directly, but their inherent `read`, `write` and `commit` (answering in `sqlx::Error`) would
//! then shadow the ports' methods (answering in [`RepoError`]) wherever the concrete type is
//! named.

mod error;
mod reservation;
mod rows;
mod stock;
mod warehouse;

use service_kit::db::{Database, Migrations, SqlStore, SqlTx};

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

/// The inventory's [`UnitOfWork`] over a pool.
#[derive(Debug, Clone)]
pub struct SqlInventory {
    store: SqlStore,
}

impl SqlInventory {
    pub fn new(database: Database) -> Self {
        Self {
            store: SqlStore::new(database),
        }
    }
}

/// One open transaction of the inventory, on the kit's [`SqlTx`]; dropping it rolls back.
pub struct SqlInventoryTx(SqlTx);

impl UnitOfWork for SqlInventory {
    type Tx = SqlInventoryTx;

    /// Begins nothing yet: the transaction starts with the first statement run through
    /// `with_conn!`, and a single-statement read (a list, availability) does without it.
    async fn read(&self) -> Result<SqlInventoryTx, RepoError> {
        Ok(SqlInventoryTx(self.store.read()))
    }

    async fn write(&self) -> Result<SqlInventoryTx, RepoError> {
        let tx = self.store.write().await;
        tx.map(SqlInventoryTx)
            .map_err(|e| db_error("begin a write", e))
    }
}

impl Transaction for SqlInventoryTx {
    async fn commit(self) -> Result<(), RepoError> {
        self.0.commit().await.map_err(|e| db_error("commit", e))
    }
}
