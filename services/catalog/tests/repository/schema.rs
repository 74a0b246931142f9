//! Both migration sets must produce the same tables and columns.

use service_kit::testing::table_columns;

use crate::databases::{mysql, sqlite};

#[tokio::test]
async fn sqlite_and_mysql_migrations_define_the_same_tables_and_columns() {
    let Some((db, store)) = mysql().await else {
        return;
    };
    let mysql = table_columns(store.database()).await;
    db.drop_database().await.expect("drop the test database");
    let sqlite = table_columns(sqlite().await.database()).await;
    assert!(sqlite.len() > 20, "{sqlite:?}");
    assert_eq!(sqlite, mysql);
}
