//! A service started for a black-box test the way its `main.rs` starts it, and the databases a
//! test runs on.

use std::net::SocketAddr;
use std::sync::mpsc;
use std::time::Duration;

use sqlx::Connection;

use super::TestIssuer;
use crate::config::{Command, ConfigSources};
use crate::db::{Database, Migrations, TestMySql, testing::admin_url};
use crate::{Context, Routes, Runtime, Shutdown};

/// How long a dropped [`TestService`] may take to drain before the test goes on without it.
const STOP_WITHIN: Duration = Duration::from_secs(30);

/// A database a test can run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// In-memory SQLite: always there.
    Sqlite,
    /// A fresh schema on the local MariaDB/MySQL (`TEST_MYSQL_URL`, default
    /// `mysql://root@127.0.0.1:3306`).
    MySql,
}

impl Backend {
    pub fn label(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::MySql => "mysql",
        }
    }
}

fn in_ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// The databases to run a test on: SQLite always, MariaDB/MySQL too when the server answers.
///
/// # Panics
/// When `CI` is set and the server does not answer: CI must run the MySQL half of every test,
/// so a missing server fails the test loudly instead of letting it pass on SQLite alone.
/// Outside CI a missing server prints a notice and the test runs on SQLite.
pub async fn backends() -> Vec<Backend> {
    let url = admin_url();
    match sqlx::MySqlConnection::connect(&url).await {
        Ok(connection) => {
            let _ = connection.close().await;
            vec![Backend::Sqlite, Backend::MySql]
        }
        Err(err) if in_ci() => panic!(
            "MySQL/MariaDB at {url} is unreachable and CI is set, so the MySQL half of this \
             test cannot be skipped: {err}"
        ),
        Err(err) => {
            eprintln!("notice: {url} is unreachable ({err}); this test runs on SQLite only");
            vec![Backend::Sqlite]
        }
    }
}

/// A fresh, migrated database on `backend`, for tests that speak to storage directly; a MySQL
/// one is dropped with the value.
#[derive(Debug)]
pub struct TestDatabase {
    pub backend: Backend,
    database: Database,
    mysql: Option<TestMySql>,
}

impl TestDatabase {
    /// # Panics
    /// The database cannot be created or migrated, or (outside CI) MySQL is asked for and
    /// unreachable: ask [`backends`] first.
    pub async fn create(backend: Backend, migrations: &Migrations) -> Self {
        match backend {
            Backend::Sqlite => {
                let database = Database::memory().await.expect("open in-memory SQLite");
                database.migrate(migrations).await.expect("migrate SQLite");
                Self {
                    backend,
                    database,
                    mysql: None,
                }
            }
            Backend::MySql => {
                let mysql = fresh_mysql(Some(migrations)).await;
                Self {
                    backend,
                    database: mysql.database().clone(),
                    mysql: Some(mysql),
                }
            }
        }
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    /// The MySQL test database behind this one (its URL, a second session's pool).
    pub fn mysql(&self) -> Option<&TestMySql> {
        self.mysql.as_ref()
    }

    pub fn label(&self) -> &'static str {
        self.backend.label()
    }
}

async fn fresh_mysql(migrations: Option<&Migrations>) -> TestMySql {
    match TestMySql::create(migrations).await {
        Ok(Some(mysql)) => mysql,
        Ok(None) => panic!("MySQL is unreachable: ask backends() which databases to run on"),
        Err(err) => panic!("cannot create a MySQL test database: {err:?}"),
    }
}

/// A service running for a test: the kit's [`Runtime`] on its own thread and Tokio runtime
/// (like `main.rs`, multi-threaded), HTTP and gRPC on loopback port 0, a fresh database, tokens
/// checked against a [`TestIssuer`]. Dropping it (or [`TestService::shutdown`]) shuts it down
/// gracefully and waits until it has stopped and closed its database.
pub struct TestService {
    pub http_addr: SocketAddr,
    pub grpc_addr: SocketAddr,
    /// `http://127.0.0.1:<port>`
    pub base_url: String,
    /// `http://127.0.0.1:<port>`, for a gRPC channel.
    pub grpc_url: String,
    pub issuer: TestIssuer,
    pub backend: Backend,
    shutdown: Shutdown,
    /// The service's Tokio runtime: shutdown is started there, not on the test's runtime,
    /// which is blocked while a drop waits.
    runtime: tokio::runtime::Handle,
    stopped: Option<mpsc::Receiver<anyhow::Result<()>>>,
    mysql: Option<TestMySql>,
}

impl std::fmt::Debug for TestService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestService")
            .field("base_url", &self.base_url)
            .field("grpc_url", &self.grpc_url)
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

/// Start `runtime` as `main.rs` does, serving what `build` returns (the service's own `build`,
/// or a variant of it with test doubles for its downstreams).
///
/// The configuration is the service's defaults with: HTTP and gRPC on `127.0.0.1:0`, the
/// database of `backend` (a fresh in-memory SQLite or a fresh MySQL schema, migrated by the
/// runtime), `AUTH_ISSUER`/`AUTH_JWKS_URL`/`AUTH_AUDIENCE` pointing at a new [`TestIssuer`], no
/// drain delay, then `settings` (environment variables, later wins).
/// It returns once the routes are built; the listeners are bound by then, so requests queue
/// until the servers accept them.
///
/// # Panics
/// The service fails to start (the panic carries the runtime's error), or `backend` is MySQL
/// and the server is unreachable (ask [`backends`] first).
pub async fn spawn_service<F, Fut>(
    runtime: Runtime,
    backend: Backend,
    settings: &[(&str, &str)],
    build: F,
) -> TestService
where
    F: FnOnce(Context) -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<Routes>> + 'static,
{
    crate::telemetry::init_for_tests();
    let issuer = TestIssuer::start().await;
    let (database_url, mysql) = match backend {
        Backend::Sqlite => ("sqlite::memory:".to_owned(), None),
        Backend::MySql => {
            let mysql = fresh_mysql(None).await;
            (mysql.url(), Some(mysql))
        }
    };
    let prefix = runtime.service().env_prefix();
    let env = [
        ("HTTP_ADDR".to_owned(), "127.0.0.1:0".to_owned()),
        ("GRPC_ADDR".to_owned(), "127.0.0.1:0".to_owned()),
        ("DATABASE_URL".to_owned(), database_url),
        ("AUTH_ISSUER".to_owned(), issuer.issuer().to_owned()),
        ("AUTH_JWKS_URL".to_owned(), issuer.jwks_url().to_owned()),
        ("AUTH_AUDIENCE".to_owned(), issuer.audience().to_owned()),
        (format!("{prefix}DRAIN_DELAY_MS"), "0".to_owned()),
    ];
    let settings = settings
        .iter()
        .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()));
    let sources = ConfigSources {
        env: env.into_iter().chain(settings).collect(),
        ..ConfigSources::default()
    };

    let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
    let (stopped_tx, stopped_rx) = mpsc::channel();
    std::thread::Builder::new()
        .name(format!("{}-under-test", runtime.service()))
        .spawn(move || {
            let tokio = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
            {
                Ok(tokio) => tokio,
                Err(err) => {
                    let _ = stopped_tx.send(Err(err.into()));
                    return;
                }
            };
            let handle = tokio.handle().clone();
            let served =
                tokio.block_on(
                    runtime.run_with(Command::Serve, sources, move |ctx| async move {
                        let addrs = (ctx.http_addr, ctx.grpc_addr, ctx.shutdown.clone());
                        let routes = build(ctx).await?;
                        let _ = ready_tx.send((addrs, handle));
                        Ok(routes)
                    }),
                );
            let _ = stopped_tx.send(served);
        })
        .expect("start the service's thread");
    let Ok(((http_addr, grpc_addr, shutdown), handle)) = ready_rx.await else {
        let why = stopped_rx
            .recv()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the service's thread ended")));
        panic!("the service did not start: {why:?}");
    };
    TestService {
        http_addr,
        grpc_addr,
        base_url: format!("http://{http_addr}"),
        grpc_url: format!("http://{grpc_addr}"),
        issuer,
        backend,
        shutdown,
        runtime: handle,
        stopped: Some(stopped_rx),
        mysql,
    }
}

impl TestService {
    /// `base_url` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// A gRPC channel to the service whose connection lives on the service's runtime, so it
    /// can answer the server's goodbye (HTTP/2 GOAWAY and PING) while a drop blocks the test's
    /// runtime. A channel connected from the test's runtime holds a dropped service up until
    /// the test's runtime ends; use this one.
    ///
    /// # Panics
    /// The service does not accept the connection.
    pub async fn grpc_channel(&self) -> tonic::transport::Channel {
        let endpoint = tonic::transport::Endpoint::from_shared(self.grpc_url.clone())
            .expect("the service's gRPC URL");
        self.runtime
            .spawn(async move { endpoint.connect().await })
            .await
            .expect("the connecting task")
            .expect("connect to the service's gRPC port")
    }

    /// The MySQL test database the service runs on, if it does.
    pub fn mysql(&self) -> Option<&TestMySql> {
        self.mysql.as_ref()
    }

    /// Start the graceful shutdown (readiness fails at once, the servers stop accepting) without
    /// waiting for it.
    pub fn trigger_shutdown(&self) {
        let _in_service = self.runtime.enter();
        self.shutdown.trigger();
    }

    /// Shut the service down and wait until it has stopped: in-flight requests finished, the
    /// database closed.
    ///
    /// # Errors
    /// What the runtime reported: a server that failed, or did not stop within 30 s.
    pub async fn shutdown(mut self) -> anyhow::Result<()> {
        self.trigger_shutdown();
        let Some(stopped) = self.stopped.take() else {
            return Ok(());
        };
        tokio::task::spawn_blocking(move || wait_until_stopped(&stopped))
            .await
            .map_err(anyhow::Error::from)?
    }
}

fn wait_until_stopped(stopped: &mpsc::Receiver<anyhow::Result<()>>) -> anyhow::Result<()> {
    match stopped.recv_timeout(STOP_WITHIN) {
        Ok(served) => served,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            anyhow::bail!("the service did not stop within {STOP_WITHIN:?}")
        }
        // The thread ended without a word: it panicked, which the test has heard of already.
        Err(mpsc::RecvTimeoutError::Disconnected) => Ok(()),
    }
}

impl Drop for TestService {
    fn drop(&mut self) {
        let Some(stopped) = self.stopped.take() else {
            return;
        };
        self.trigger_shutdown();
        // The service runs on its own runtime, so blocking this thread cannot stall it.
        if let Err(err) = wait_until_stopped(&stopped) {
            eprintln!("the service under test did not shut down cleanly: {err:?}");
        }
    }
}
