//! Both migration sets must produce the same tables and columns.

use std::collections::BTreeSet;

use sqlx::Row;

use crate::databases::{mysql, sqlite};

#[tokio::test]
async fn sqlite_and_mysql_migrations_define_the_same_tables_and_columns() {
    let Some((db, store)) = mysql().await else {
        return;
    };
    let service_kit::Database::MySql(pool) = store.database().clone() else {
        unreachable!("asked for MySQL")
    };
    let mysql: BTreeSet<(String, String)> = sqlx::query(
        "SELECT CAST(table_name AS CHAR) AS t, CAST(column_name AS CHAR) AS c FROM information_schema.columns \
         WHERE table_schema = ? AND table_name <> '_sqlx_migrations'",
    )
    .bind(db.name())
    .fetch_all(&pool)
    .await
    .expect("MySQL columns")
    .iter()
    .map(|row| (row.get::<String, _>("t").to_lowercase(), row.get::<String, _>("c").to_lowercase()))
    .collect();
    db.drop_database().await.expect("drop the test database");

    let service_kit::Database::Sqlite(pool) = sqlite().await.database().clone() else {
        unreachable!("asked for SQLite")
    };
    let sqlite: BTreeSet<(String, String)> = sqlx::query(
        "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'",
    )
    .fetch_all(&pool)
    .await
    .expect("SQLite columns")
    .iter()
    .map(|row| (row.get::<String, _>("t"), row.get::<String, _>("c")))
    .collect();

    assert!(sqlite.len() > 20, "{sqlite:?}");
    assert_eq!(sqlite, mysql);
}
