//! The catalog store compiled for MySQL and MariaDB.

use sqlx::mysql::MySqlQueryResult;

type Db = sqlx::MySql;

/// Prices are DECIMAL(10,2) in MySQL; they cross the wire as integer cents so both drivers share
/// one code path, and decimal arithmetic keeps the conversion exact.
const PRICE_CENTS: &str = "CAST(b.price * 100 AS SIGNED)";
const PRICE_PARAM: &str = "(? / 100)";

fn inserted_id(result: &MySqlQueryResult) -> i64 {
    // AUTO_INCREMENT of a BIGINT column never exceeds i64::MAX.
    i64::try_from(result.last_insert_id()).unwrap_or(i64::MAX)
}

include!("store.rs");
