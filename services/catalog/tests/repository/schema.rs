//! Both migration sets must produce the same tables and columns.

use std::collections::BTreeSet;

use sqlx::Row;

use crate::databases::{MySqlDb, sqlite};

#[tokio::test]
async fn sqlite_and_mysql_migrations_define_the_same_tables_and_columns() {
    let Some(db) = MySqlDb::create().await else {
        return;
    };
    let pool = db.pool().await;
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
    pool.close().await;
    db.drop_database().await;

    let catalog = sqlite().await;
    let sqlite_pool = match catalog {
        catalog::infrastructure::adapter::db::SqlCatalog::Sqlite(store) => store.pool().clone(),
        catalog::infrastructure::adapter::db::SqlCatalog::MySql(_) => {
            unreachable!("asked for SQLite")
        }
    };
    let sqlite: BTreeSet<(String, String)> = sqlx::query(
        "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'",
    )
    .fetch_all(&sqlite_pool)
    .await
    .expect("SQLite columns")
    .iter()
    .map(|row| (row.get::<String, _>("t"), row.get::<String, _>("c")))
    .collect();

    assert!(sqlite.len() > 20, "{sqlite:?}");
    assert_eq!(sqlite, mysql);
}
