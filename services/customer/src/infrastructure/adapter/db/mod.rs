//! The sqlx storage adapter for SQLite and MySQL, on the storage kit (`service_kit::db::sql`):
//! every statement is written once and expanded per driver by
//! [`with_conn!`](service_kit::with_conn). [`SqlCustomers`] (the [`UnitOfWork`]) and
//! [`SqlCustomersTx`] (the [`Transaction`]) are thin newtypes over the kit's store and
//! transaction.

/// One page of a customer's rows of `$table` (`$columns`, ordered by `$order_by`), each read
/// by `$row`: the page's rows carry the total, and only a page past the end asks `COUNT(*)`.
/// A macro rather than a function because the statement runs once per driver
/// (`with_statement_conn!`), each with its own row type.
macro_rules! customer_page {
    ($tx:expr, $what:literal, $table:literal, $columns:expr, $order_by:expr,
     $customer:expr, $page:expr, $row:path) => {{
        let sql = service_kit::db::sql::page_sql($columns, concat!($table, " WHERE user_id = ?"), &$order_by);
        let user = $customer.to_string();
        let page = $page;
        let limit = i64::from(page.limit());
        let offset = i64::try_from(page.offset()).unwrap_or(i64::MAX);
        let (items, first_total) = service_kit::with_statement_conn!($tx, super::error::begin_read, conn => {
            let rows = sqlx::query(&sql)
                .bind(user.as_str())
                .bind(limit)
                .bind(offset)
                .fetch_all(&mut *conn)
                .await
                .map_err(|e| super::error::db_error(concat!("list ", $what), e))?;
            let items = rows.iter().map($row).collect::<Result<Vec<_>, _>>()?;
            let total: Option<i64> = rows
                .first()
                .map(|row| super::rows::get(row, service_kit::db::sql::TOTAL_COLUMN))
                .transpose()?;
            (items, total)
        });
        let total = match service_kit::db::sql::page_total(first_total, page.offset()) {
            Some(total) => total,
            None => service_kit::with_statement_conn!($tx, super::error::begin_read, conn => {
                let row = sqlx::query(concat!("SELECT COUNT(*) AS total FROM ", $table, " WHERE user_id = ?"))
                    .bind(user.as_str())
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(|e| super::error::db_error(concat!("count ", $what), e))?;
                u64::try_from(super::rows::get::<_, i64>(&row, "total")?).unwrap_or(0)
            }),
        };
        Ok(Paged { total, items })
    }};
}

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
