//! Fresh MySQL/MariaDB databases for tests.
//!
//! Each test gets a randomly named database on the local server (`TEST_MYSQL_URL`, default
//! `mysql://root@127.0.0.1:3306`), migrated, and dropped afterwards. When the server cannot be
//! reached the test is skipped with a printed notice, except under CI (`CI` set), where a
//! missing database must fail the build rather than hide tests.

use sqlx::mysql::{MySqlPool, MySqlPoolOptions};
use sqlx::{Connection, MySqlConnection};

use super::{Database, DbError, Migrations};

const DEFAULT_ADMIN_URL: &str = "mysql://root@127.0.0.1:3306";

#[derive(Debug, thiserror::Error)]
pub enum TestDatabaseError {
    #[error("MySQL/MariaDB at {url} is unreachable and CI is set, so the test cannot be skipped")]
    UnreachableInCi {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot create the test database {name}")]
    Create {
        name: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot migrate the test database {name}")]
    Migrate {
        name: String,
        #[source]
        source: DbError,
    },
}

/// A throw-away MySQL database. Dropped (the database, not just the pool) by
/// [`TestMySql::drop_database`] or, failing that, when the value is dropped.
#[derive(Debug)]
pub struct TestMySql {
    database: Database,
    name: String,
    admin_url: String,
    dropped: bool,
}

impl TestMySql {
    /// Create and migrate a fresh database; `Ok(None)` means "skip this test" (notice printed).
    ///
    /// # Errors
    /// The server is unreachable under CI, or creating/migrating the database fails.
    pub async fn create(
        migrations: Option<&Migrations>,
    ) -> Result<Option<Self>, TestDatabaseError> {
        let admin_url =
            std::env::var("TEST_MYSQL_URL").unwrap_or_else(|_| DEFAULT_ADMIN_URL.to_owned());
        let mut admin = match MySqlConnection::connect(&admin_url).await {
            Ok(connection) => connection,
            Err(source) if std::env::var_os("CI").is_some() => {
                return Err(TestDatabaseError::UnreachableInCi {
                    url: admin_url,
                    source,
                });
            }
            Err(err) => {
                eprintln!(
                    "notice: skipping a MySQL test: {admin_url} is unreachable ({err}); CI is unset"
                );
                return Ok(None);
            }
        };
        let name = format!("test_{}", uuid::Uuid::new_v4().simple());
        // The name is generated above from hex digits only, so interpolating it is safe.
        let create = format!("CREATE DATABASE `{name}`");
        sqlx::raw_sql(&create)
            .execute(&mut admin)
            .await
            .map_err(|source| TestDatabaseError::Create {
                name: name.clone(),
                source,
            })?;
        let _ = admin.close().await;
        let pool: MySqlPool = MySqlPoolOptions::new()
            .max_connections(5)
            .connect(&format!("{}/{name}", admin_url.trim_end_matches('/')))
            .await
            .map_err(|source| TestDatabaseError::Create {
                name: name.clone(),
                source,
            })?;
        let this = Self {
            database: Database::MySql(pool),
            name,
            admin_url,
            dropped: false,
        };
        if let Some(migrations) = migrations {
            this.database.migrate(migrations).await.map_err(|source| {
                TestDatabaseError::Migrate {
                    name: this.name.clone(),
                    source,
                }
            })?;
        }
        Ok(Some(this))
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Close the pool and drop the database.
    ///
    /// # Errors
    /// The server refuses the `DROP DATABASE`.
    pub async fn drop_database(mut self) -> Result<(), sqlx::Error> {
        self.dropped = true;
        self.database.close().await;
        drop_database(&self.admin_url, &self.name).await
    }
}

async fn drop_database(admin_url: &str, name: &str) -> Result<(), sqlx::Error> {
    let mut admin = MySqlConnection::connect(admin_url).await?;
    let drop = format!("DROP DATABASE IF EXISTS `{name}`");
    sqlx::raw_sql(&drop).execute(&mut admin).await?;
    admin.close().await
}

impl Drop for TestMySql {
    fn drop(&mut self) {
        if self.dropped {
            return;
        }
        // Drop cannot await; a short-lived runtime on its own thread does the cleanup so it
        // works whether or not the caller is inside a runtime.
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        let cleanup = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            match runtime {
                Ok(runtime) => {
                    if let Err(err) = runtime.block_on(drop_database(&admin_url, &name)) {
                        eprintln!("cannot drop test database {name}: {err}");
                    }
                }
                Err(err) => eprintln!("cannot drop test database {name}: {err}"),
            }
        });
        let _ = cleanup.join();
    }
}
