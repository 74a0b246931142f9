//! Fresh, migrated databases for the contract tests.

use catalog::app::MIGRATIONS;
use catalog::infrastructure::adapter::db::{SqlCatalog, migrations};
use service_kit::Database;
use service_kit::db::TestMySql;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

/// An in-memory SQLite database, migrated and seeded. One connection: each in-memory
/// connection would otherwise be a database of its own.
pub async fn sqlite() -> SqlCatalog {
    let options = SqliteConnectOptions::new()
        .in_memory(true)
        .foreign_keys(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .expect("open in-memory SQLite");
    migrations::SQLITE.run(&pool).await.expect("migrate SQLite");
    SqlCatalog::sqlite(pool)
}

/// A randomly named, migrated MariaDB/MySQL database (`TEST_MYSQL_URL`, default
/// `mysql://root@127.0.0.1:3306`), dropped when the value is. `None`, after a printed notice,
/// when no server is reachable outside CI; under CI an unreachable server fails the test.
pub async fn mysql() -> Option<(TestMySql, SqlCatalog)> {
    let db = TestMySql::create(Some(&MIGRATIONS))
        .await
        .expect("create a MySQL test database")?;
    let store = match db.database() {
        Database::MySql(pool) => SqlCatalog::mysql(pool.clone()),
        Database::Sqlite(_) => panic!("TestMySql opened SQLite"),
    };
    Some((db, store))
}
