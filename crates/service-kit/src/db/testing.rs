//! Fresh MySQL/MariaDB databases for tests.
//!
//! Each test gets a randomly named database on the local server (`TEST_MYSQL_URL`, default
//! `mysql://root@127.0.0.1:3306`), migrated, and dropped afterwards. When the server cannot be
//! reached the test is skipped with a printed notice, except under CI (`CI` set), where a
//! missing database must fail the build rather than hide tests.

use sqlx::mysql::{MySqlPool, MySqlPoolOptions};
use sqlx::{Connection, MySqlConnection};

use super::{Database, DbError, Migrations, with_mysql_session_settings};

const DEFAULT_ADMIN_URL: &str = "mysql://root@127.0.0.1:3306";

/// The server test databases are made on: `TEST_MYSQL_URL`, or the local default.
pub(crate) fn admin_url() -> String {
    std::env::var("TEST_MYSQL_URL").unwrap_or_else(|_| DEFAULT_ADMIN_URL.to_owned())
}

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
        let admin_url = admin_url();
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
        if let Err(err) = sweep_stale(&mut admin).await {
            eprintln!("notice: could not sweep stale test databases: {err}");
        }
        let name = format!("test_{}_{}", unix_now(), uuid::Uuid::new_v4().simple());
        // The name is generated here from digits, `_` and hex only, so interpolating it is safe.
        let create = format!("CREATE DATABASE `{name}`");
        sqlx::raw_sql(&create)
            .execute(&mut admin)
            .await
            .map_err(|source| TestDatabaseError::Create {
                name: name.clone(),
                source,
            })?;
        let _ = admin.close().await;
        // The services' session settings, so tests see the lock waits production sees.
        let pool: MySqlPool = with_mysql_session_settings(MySqlPoolOptions::new())
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

    /// The URL of this database, for a test that needs connections of its own (a second
    /// session holding locks, a pool with different session settings).
    pub fn url(&self) -> String {
        format!("{}/{}", self.admin_url.trim_end_matches('/'), self.name)
    }

    /// A pool of `max_connections` on this database whose sessions give up on a row lock at once
    /// (MariaDB; MySQL raises 0 to its minimum of 1 s) instead of waiting: for tests that hold a
    /// lock from a second session and must not wait out the service's lock wait timeout.
    ///
    /// # Errors
    /// The server refuses the connection.
    pub async fn impatient_pool(&self, max_connections: u32) -> Result<MySqlPool, sqlx::Error> {
        MySqlPoolOptions::new()
            .max_connections(max_connections)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::Executor::execute(conn, "SET SESSION innodb_lock_wait_timeout = 0")
                        .await
                        .map(drop)
                })
            })
            .connect(&self.url())
            .await
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
    drop_with(&mut admin, name).await?;
    admin.close().await
}

/// Drop `name` even while connections to it remain: the test's pool (or a clone of it) may
/// still hold a connection in a transaction whose rollback will never run, and its metadata
/// lock would make `DROP DATABASE` wait indefinitely. Those connections are killed first, and
/// the lock wait is bounded regardless.
async fn drop_with(admin: &mut MySqlConnection, name: &str) -> Result<(), sqlx::Error> {
    sqlx::raw_sql("SET SESSION lock_wait_timeout = 10")
        .execute(&mut *admin)
        .await?;
    let holders: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM information_schema.processlist WHERE db = ?")
            .bind(name)
            .fetch_all(&mut *admin)
            .await?;
    for id in holders {
        // Numeric, from the server: safe to interpolate. A connection that ended meanwhile is fine.
        let _ = sqlx::raw_sql(&format!("KILL CONNECTION {id}"))
            .execute(&mut *admin)
            .await;
    }
    let drop = format!("DROP DATABASE IF EXISTS `{name}`");
    sqlx::raw_sql(&drop).execute(&mut *admin).await.map(|_| ())
}

/// Test databases are named `test_<unix seconds>_<random>`; one older than this was left by a
/// run that was killed before it could clean up.
const STALE_AFTER_SECS: u64 = 3600;

/// Drop test databases left behind by killed runs, so they do not pile up on a developer's
/// server. Only names carrying a creation time older than an hour are touched, which keeps
/// concurrently running test processes safe.
async fn sweep_stale(admin: &mut MySqlConnection) -> Result<(), sqlx::Error> {
    let now = unix_now();
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'test\\_%'",
    )
    .fetch_all(&mut *admin)
    .await?;
    for name in names {
        let created = name
            .strip_prefix("test_")
            .and_then(|rest| rest.split('_').next())
            .and_then(|s| s.parse::<u64>().ok());
        if created.is_some_and(|created| now.saturating_sub(created) > STALE_AFTER_SECS) {
            drop_with(admin, &name).await?;
        }
    }
    Ok(())
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs())
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
