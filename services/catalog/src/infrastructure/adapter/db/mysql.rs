//! The catalog store compiled for MySQL and MariaDB.

use sqlx::mysql::MySqlQueryResult;

type Db = sqlx::MySql;

/// Prices are DECIMAL(10,2) in MySQL; they cross the wire as integer cents so both drivers share
/// one code path, and decimal arithmetic keeps the conversion exact.
const PRICE_CENTS: &str = "CAST(b.price * 100 AS SIGNED)";
const PRICE_PARAM: &str = "(? / 100)";

/// Write transactions run at READ COMMITTED: REPEATABLE READ's gap locks made two replacements
/// of neighbouring books deadlock (each deletes its credits, locking the gap up to the next
/// book's, then inserts new credits into the gap the other locked). The level applies to the
/// transaction this statement starts only.
const BEGIN_WRITE: &str = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; START TRANSACTION";

fn inserted_id(result: &MySqlQueryResult) -> i64 {
    // AUTO_INCREMENT of a BIGINT column never exceeds i64::MAX.
    i64::try_from(result.last_insert_id()).unwrap_or(i64::MAX)
}

include!("store.rs");
