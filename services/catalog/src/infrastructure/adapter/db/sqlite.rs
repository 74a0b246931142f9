//! The catalog store compiled for SQLite.

use sqlx::sqlite::SqliteQueryResult;

type Db = sqlx::Sqlite;

/// Prices are integer cents in SQLite.
const PRICE_CENTS: &str = "b.price";
const PRICE_PARAM: &str = "?";

fn inserted_id(result: &SqliteQueryResult) -> i64 {
    result.last_insert_rowid()
}

include!("store.rs");
