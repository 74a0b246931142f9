//! The catalog store compiled for SQLite.

use sqlx::sqlite::SqliteQueryResult;

type Db = sqlx::Sqlite;

/// Prices are integer cents in SQLite.
const PRICE_CENTS: &str = "b.price";
const PRICE_PARAM: &str = "?";

/// Write transactions take the database's one write lock up front, so a transaction that reads
/// before it writes cannot fail half-way when another writer committed in between.
const BEGIN_WRITE: &str = "BEGIN IMMEDIATE";

fn inserted_id(result: &SqliteQueryResult) -> i64 {
    result.last_insert_rowid()
}

include!("store.rs");
