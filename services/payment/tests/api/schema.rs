//! The SQLite and MySQL migrations must produce the same tables and columns.

use service_kit::testing::table_columns;

use crate::common::backends;

#[tokio::test]
async fn both_migration_sets_produce_the_same_tables_and_columns() {
    let mut dbs = backends().await.into_iter();
    let sqlite = dbs.next().unwrap();
    let expected = table_columns(&sqlite.database).await;
    assert!(expected.contains(&("payment".to_owned(), "card_last_four".to_owned())));
    assert!(expected.contains(&("sim_gateway_card".to_owned(), "behaviour".to_owned())));
    let Some(mysql) = dbs.next() else { return };
    assert_eq!(table_columns(&mysql.database).await, expected);
}
