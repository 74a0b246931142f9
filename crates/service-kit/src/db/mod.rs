//! The database: SQLite (embedded default) or MySQL/MariaDB (production), chosen by URL.
//!
//! Services keep one migration set per dialect and hand both over as [`Migrations`]; the pool
//! that was opened decides which one runs. Queries use `sqlx::query` at run time, so nothing
//! needs a database at build time.
//!
//! Lock contention is classified and retried in one place, [`contention`], for every service.
//! Every pooled MySQL connection waits at most [`MYSQL_LOCK_WAIT_TIMEOUT`] for a row lock, so a
//! held lock ends as contention the service answers itself, inside the request timeout.

pub mod contention;
pub mod sql;
pub(crate) mod testing;

use std::str::FromStr;
use std::time::Duration;

use futures::future::BoxFuture;
use sqlx::Executor;
use sqlx::migrate::{MigrateDatabase, Migrator};
use sqlx::mysql::{MySqlPool, MySqlPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::config::Secret;
use crate::readiness::ReadinessCheck;

pub use contention::{Contention, RetryPolicy, is_contention, retry_contended, retry_transaction};
pub use sql::{Dialect, InsertedId, SqlStore, SqlTx, WriteFailure};
pub use testing::{TestDatabaseError, TestMySql};

/// How long a request waits for a pooled connection before failing instead of hanging.
pub(crate) const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a MySQL/MariaDB statement waits for a row lock before failing with a lock wait
/// timeout (`innodb_lock_wait_timeout`, set on every pooled connection).
///
/// The server's default, 50 s, outlasts the 30 s request timeout, so a request stuck behind a
/// lock would be cut off by the timeout layer instead of ending as contention. Our transactions
/// hold row locks for milliseconds; a lock still held after 5 s belongs to a long or stuck
/// transaction. [`retry_contended`] grants one more wait after such a timeout
/// ([`Contention::LockWaitTimeout`]), so a request waits at most about 10 s for locks, a third
/// of the default request timeout. Whole seconds: the variable takes no fractions.
pub const MYSQL_LOCK_WAIT_TIMEOUT: Duration = Duration::from_secs(5);

/// The service's migrations, one set per dialect (`sqlx::migrate!("migrations/sqlite")`, …).
#[derive(Debug, Clone, Copy)]
pub struct Migrations {
    pub sqlite: &'static Migrator,
    pub mysql: &'static Migrator,
}

/// An open pool for one of the two supported dialects.
#[derive(Debug, Clone)]
pub enum Database {
    Sqlite(SqlitePool),
    MySql(MySqlPool),
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL scheme (expected sqlite: or mysql://)")]
    UnsupportedScheme,
    #[error("invalid database URL")]
    InvalidUrl(#[source] sqlx::Error),
    #[error("cannot create the data directory {path}")]
    DataDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot connect to the database")]
    Connect(#[source] sqlx::Error),
    #[error("the database does not answer")]
    Ping(#[source] sqlx::Error),
    #[error("applying migrations failed")]
    Migrate(#[source] sqlx::migrate::MigrateError),
}

impl Database {
    /// Open a pool for `url`. A SQLite file and its directory, or a MySQL schema, are created
    /// when missing.
    /// `sqlite::memory:` keeps one connection open for the pool's lifetime, since each SQLite
    /// in-memory connection is a separate database.
    ///
    /// # Errors
    /// The URL is unsupported or invalid, or the database cannot be reached.
    pub async fn connect(url: &Secret<String>) -> Result<Self, DbError> {
        let url = url.expose();
        if url.starts_with("sqlite:") {
            Self::connect_sqlite(url).await
        } else if let Some(rest) = url
            .strip_prefix("mysql://")
            .or_else(|| url.strip_prefix("mariadb://"))
        {
            let url = format!("mysql://{rest}");
            // Like the SQLite file, a missing schema is created: `--database-url
            // mysql://root@127.0.0.1:3306/catalog` works on a fresh server with no setup.
            if !sqlx::MySql::database_exists(&url)
                .await
                .map_err(DbError::Connect)?
            {
                sqlx::MySql::create_database(&url)
                    .await
                    .map_err(DbError::Connect)?;
            }
            let pool = with_mysql_session_settings(MySqlPoolOptions::new())
                .max_connections(10)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .connect(&url)
                .await
                .map_err(DbError::Connect)?;
            Ok(Database::MySql(pool))
        } else {
            Err(DbError::UnsupportedScheme)
        }
    }

    async fn connect_sqlite(url: &str) -> Result<Self, DbError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(DbError::InvalidUrl)?
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(ACQUIRE_TIMEOUT);
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        let pool = if in_memory {
            SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
        } else {
            let path = options.get_filename();
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|source| DbError::DataDir {
                        path: dir.display().to_string(),
                        source,
                    })?;
            }
            SqlitePoolOptions::new().max_connections(5)
        };
        // NORMAL: commits do not sync the WAL themselves; a write's commit waits for a sync
        // shared with the commits around it instead (`sql::WalSync`, see `sql`'s docs).
        let options = if in_memory {
            options
        } else {
            options
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
        };
        // An in-process SQLite connection cannot drop the way a network one can, so the
        // liveness ping sqlx runs before every checkout (~7% of a read's CPU) buys nothing.
        let pool = pool
            .test_before_acquire(false)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(DbError::Connect)?;
        Ok(Database::Sqlite(pool))
    }

    /// A fresh, empty in-memory SQLite database (for tests).
    ///
    /// # Errors
    /// SQLite cannot be opened.
    pub async fn memory() -> Result<Self, DbError> {
        Self::connect(&Secret::new("sqlite::memory:".to_owned())).await
    }

    /// Apply the pending migrations of this pool's dialect.
    ///
    /// # Errors
    /// A migration fails or the applied ones differ from the embedded ones.
    pub async fn migrate(&self, migrations: &Migrations) -> Result<(), DbError> {
        match self {
            Database::Sqlite(pool) => migrations.sqlite.run(pool).await,
            Database::MySql(pool) => migrations.mysql.run(pool).await,
        }
        .map_err(DbError::Migrate)
    }

    /// `SELECT 1`.
    ///
    /// # Errors
    /// The database does not answer.
    pub async fn ping(&self) -> Result<(), DbError> {
        match self {
            Database::Sqlite(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
            Database::MySql(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
        }
        .map_err(DbError::Ping)
    }

    pub fn dialect(&self) -> &'static str {
        match self {
            Database::Sqlite(_) => "sqlite",
            Database::MySql(_) => "mysql",
        }
    }

    /// Close every connection; waits for checked-out ones to come back.
    pub async fn close(&self) {
        match self {
            Database::Sqlite(pool) => pool.close().await,
            Database::MySql(pool) => pool.close().await,
        }
    }
}

/// `options` with the session settings every MySQL connection of a service (or of a test
/// standing in for one) starts with: see [`MYSQL_LOCK_WAIT_TIMEOUT`].
/// A pooled connection idle at least this long is pinged before it is handed out.
///
/// sqlx pings every connection on checkout by default: a round trip per checkout, ~20% of a
/// cold catalog book read on MariaDB (measured). Under load a connection is back in use within
/// milliseconds and its socket was working a moment ago, so the ping tells nothing; after a
/// quiet spell is when a connection dies unseen (a server restart, a proxy or `wait_timeout`
/// closing idle sockets), and there the ping replaces it quietly instead of failing the next
/// statement. A server restart under load can still fail the statements of connections in
/// flight, as it would with the ping.
pub const MYSQL_PING_WHEN_IDLE_FOR: Duration = Duration::from_secs(2);

pub(crate) fn with_mysql_session_settings(options: MySqlPoolOptions) -> MySqlPoolOptions {
    options
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for >= MYSQL_PING_WHEN_IDLE_FOR {
                    sqlx::Connection::ping(conn).await?;
                }
                Ok(true)
            })
        })
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                let set = format!(
                    "SET SESSION innodb_lock_wait_timeout = {}",
                    MYSQL_LOCK_WAIT_TIMEOUT.as_secs()
                );
                conn.execute(set.as_str()).await.map(drop)
            })
        })
}

impl ReadinessCheck for Database {
    fn name(&self) -> &str {
        "database"
    }

    fn check(&self) -> BoxFuture<'_, Result<(), String>> {
        Box::pin(async move { self.ping().await.map_err(|err| err.to_string()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::RuntimeConfig;

    /// The first wait and the one retry [`retry_contended`] grants after a lock wait timeout
    /// must end well before the default request timeout cuts the request off.
    #[test]
    fn two_lock_waits_fit_well_inside_the_default_request_timeout() {
        let request_timeout = RuntimeConfig::defaults(crate::Service::Catalog).request_timeout();
        assert!(
            MYSQL_LOCK_WAIT_TIMEOUT * 2 <= request_timeout / 2,
            "{MYSQL_LOCK_WAIT_TIMEOUT:?} against {request_timeout:?}"
        );
        assert!(
            MYSQL_LOCK_WAIT_TIMEOUT >= Duration::from_secs(1),
            "MySQL's minimum"
        );
    }
}
