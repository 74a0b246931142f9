//! What a database's migrations made of it: every (table, column), so a test can hold the SQLite
//! and the MySQL migration sets of a service to the same schema.

use std::collections::BTreeSet;

use sqlx::Row;

use crate::db::Database;

/// Every `(table, column)` of `database`, lower-cased, without sqlx's own bookkeeping table.
pub async fn table_columns(database: &Database) -> BTreeSet<(String, String)> {
    let rows: Vec<(String, String)> = match database {
        Database::Sqlite(pool) => sqlx::query(
            "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'",
        )
        .fetch_all(pool)
        .await
        .expect("SQLite columns")
        .iter()
        .map(|row| (row.get("t"), row.get("c")))
        .collect(),
        Database::MySql(pool) => sqlx::query(
            "SELECT CAST(table_name AS CHAR) AS t, CAST(column_name AS CHAR) AS c \
             FROM information_schema.columns \
             WHERE table_schema = DATABASE() AND table_name <> '_sqlx_migrations'",
        )
        .fetch_all(pool)
        .await
        .expect("MySQL columns")
        .iter()
        .map(|row| (row.get("t"), row.get("c")))
        .collect(),
    };
    rows.into_iter()
        .map(|(table, column)| (table.to_lowercase(), column.to_lowercase()))
        .collect()
}
