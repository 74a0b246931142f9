//! Fresh, migrated databases for the contract tests.

use std::future::Future;
use std::panic::AssertUnwindSafe;

use catalog::infrastructure::adapter::db::{SqlCatalog, migrations};
use futures::FutureExt;
use sqlx::mysql::{MySqlConnectOptions, MySqlPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{ConnectOptions, Connection};

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

pub fn mysql_server_url() -> String {
    std::env::var("CATALOG_TEST_MYSQL_URL")
        .unwrap_or_else(|_| "mysql://root@127.0.0.1:3306".to_owned())
}

/// A randomly named database on the test server, dropped by [`MySqlDb::run`].
pub struct MySqlDb {
    server: MySqlConnectOptions,
    name: String,
}

impl MySqlDb {
    /// `None` (after a notice) when no server is reachable outside CI.
    pub async fn create() -> Option<Self> {
        let server: MySqlConnectOptions = mysql_server_url().parse().expect("valid MySQL URL");
        let mut admin = match server.connect().await {
            Ok(conn) => conn,
            Err(err) if std::env::var_os("CI").is_none() => {
                eprintln!(
                    "NOTICE: MariaDB/MySQL unreachable ({err}); skipping the MySQL half of this test"
                );
                return None;
            }
            Err(err) => panic!("MariaDB/MySQL must be reachable in CI: {err}"),
        };
        let name = format!("catalog_test_{}", uuid::Uuid::new_v4().simple());
        sqlx::query(&format!("CREATE DATABASE `{name}`"))
            .execute(&mut admin)
            .await
            .expect("create database");
        admin.close().await.ok();
        Some(Self { server, name })
    }

    pub async fn pool(&self) -> sqlx::MySqlPool {
        let pool = MySqlPoolOptions::new()
            .max_connections(4)
            .connect_with(self.server.clone().database(&self.name))
            .await
            .expect("connect to the test database");
        migrations::MYSQL.run(&pool).await.expect("migrate MySQL");
        pool
    }

    /// Run `test` against a migrated store, then drop the database even if the test panicked.
    pub async fn run<F, Fut>(self, test: F)
    where
        F: FnOnce(SqlCatalog) -> Fut,
        Fut: Future<Output = ()>,
    {
        let pool = self.pool().await;
        let outcome = AssertUnwindSafe(test(SqlCatalog::mysql(pool.clone())))
            .catch_unwind()
            .await;
        pool.close().await;
        self.drop_database().await;
        if let Err(panic) = outcome {
            std::panic::resume_unwind(panic);
        }
    }

    pub async fn drop_database(&self) {
        if let Ok(mut admin) = self.server.connect().await {
            sqlx::query(&format!("DROP DATABASE IF EXISTS `{}`", self.name))
                .execute(&mut admin)
                .await
                .ok();
            admin.close().await.ok();
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}
