//! The SQLite and MySQL migrations must produce the same tables and columns.

use service_kit::testing::table_columns;

use crate::common::{mysql, sqlite_memory};

#[tokio::test]
async fn both_migration_sets_produce_the_same_tables_and_columns() {
    let sqlite = sqlite_memory().await;
    let expected = table_columns(&sqlite.database).await;
    assert!(expected.contains(&("reservation".to_owned(), "state".to_owned())));
    let Some(mysql) = mysql().await else { return };
    assert_eq!(table_columns(&mysql.database).await, expected);
}
