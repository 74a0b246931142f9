//! The SQLite and MySQL migrations must produce the same tables and columns.

use std::collections::BTreeSet;

use service_kit::db::Database;
use sqlx::Row;

use crate::common::backends;

async fn sqlite_columns(db: &Database) -> BTreeSet<(String, String)> {
    let Database::Sqlite(pool) = db else {
        panic!("expected SQLite")
    };
    let tables = sqlx::query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut columns = BTreeSet::new();
    for table in tables {
        let table: String = table.get("name");
        let rows = sqlx::query(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .fetch_all(pool)
            .await
            .unwrap();
        for row in rows {
            columns.insert((table.clone(), row.get::<String, _>("name")));
        }
    }
    columns
}

async fn mysql_columns(db: &Database) -> BTreeSet<(String, String)> {
    let Database::MySql(pool) = db else {
        panic!("expected MySQL")
    };
    let rows = sqlx::query(
        "SELECT CAST(table_name AS CHAR) AS t, CAST(column_name AS CHAR) AS c FROM information_schema.columns \
         WHERE table_schema = DATABASE() AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    rows.iter()
        .map(|r| (r.get::<String, _>("t"), r.get::<String, _>("c")))
        .collect()
}

#[tokio::test]
async fn both_migration_sets_produce_the_same_tables_and_columns() {
    let mut dbs = backends().await.into_iter();
    let sqlite = dbs.next().unwrap();
    let expected = sqlite_columns(&sqlite.database).await;
    assert!(expected.contains(&("payment".to_owned(), "card_last_four".to_owned())));
    assert!(expected.contains(&("sim_gateway_card".to_owned(), "behaviour".to_owned())));
    let Some(mysql) = dbs.next() else { return };
    assert_eq!(mysql_columns(&mysql.database).await, expected);
}
