//! Helpers shared by the test modules: databases on both backends (the testing kit's
//! `backends()`), the service started as `main.rs` starts it (the kit's `spawn_service`, with
//! real tokens from its test issuer), and a tiny gRPC client (the generated code only has the
//! server for this service).

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::Arc;

use inventory::infrastructure::adapter::db::{MIGRATIONS, SqlInventory};
use service_kit::config::Secret;
use service_kit::db::{Database, TestMySql};
use service_kit::testing::{Backend, TestDatabase, TestService, spawn_service};

/// A migrated database; the MySQL one is dropped with the value.
pub struct TestDb {
    pub label: &'static str,
    pub database: Database,
    /// Where a service started over this database opens its own pool; `None` for one only this
    /// pool reaches (in-memory SQLite) or whose sessions differ from the service's (impatient).
    url: Option<String>,
    _kit: Option<TestDatabase>,
    _mysql: Option<TestMySql>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub fn store(&self) -> SqlInventory {
        SqlInventory::new(self.database.clone())
    }

    async fn of(backend: Backend) -> Self {
        let kit = TestDatabase::create(backend, &MIGRATIONS).await;
        Self {
            label: kit.label(),
            database: kit.database().clone(),
            url: kit.mysql().map(TestMySql::url),
            _kit: Some(kit),
            _mysql: None,
            _dir: None,
        }
    }
}

/// In-memory SQLite, migrated (one connection, as the kit opens it).
pub async fn sqlite_memory() -> TestDb {
    TestDb::of(Backend::Sqlite).await
}

/// A SQLite file with a pool of several connections, like the embedded default: the setting
/// where concurrent writers really compete.
pub async fn sqlite_file() -> TestDb {
    let dir = tempfile::tempdir().expect("create a temp dir");
    let url = format!("sqlite://{}", dir.path().join("inventory.db").display());
    let database = Database::connect(&Secret::new(url.clone()))
        .await
        .expect("open SQLite file");
    database.migrate(&MIGRATIONS).await.expect("migrate SQLite");
    TestDb {
        label: "sqlite-file",
        database,
        url: Some(url),
        _kit: None,
        _mysql: None,
        _dir: Some(dir),
    }
}

/// A fresh MariaDB/MySQL database, or `None` (notice printed) when the server is unreachable
/// outside CI; under CI an unreachable server fails the test.
pub async fn mysql() -> Option<TestDb> {
    if !service_kit::testing::backends()
        .await
        .contains(&Backend::MySql)
    {
        return None;
    }
    Some(TestDb::of(Backend::MySql).await)
}

/// A fresh MariaDB/MySQL database served through a pool whose sessions give up on a row lock
/// at once (see [`TestMySql::impatient_pool`]), and its URL for a second session that holds
/// locks; `None` (notice printed) when the server is unreachable outside CI.
pub async fn mysql_impatient() -> Option<(TestDb, String)> {
    let mysql = TestMySql::create(Some(&MIGRATIONS))
        .await
        .expect("create a MySQL test database")?;
    let pool = mysql.impatient_pool(2).await.expect("connect");
    let url = mysql.url();
    let db = TestDb {
        label: "mysql-impatient",
        database: Database::MySql(pool),
        url: None,
        _kit: None,
        _mysql: Some(mysql),
        _dir: None,
    };
    Some((db, url))
}

/// SQLite (in memory) and MySQL: the kit's [`service_kit::testing::backends`], so a missing
/// MySQL fails under CI instead of leaving the MySQL half untested.
pub async fn backends() -> Vec<TestDb> {
    let mut all = Vec::new();
    for backend in service_kit::testing::backends().await {
        all.push(TestDb::of(backend).await);
    }
    all
}

/// Backends for concurrency tests: a multi-connection SQLite file and MySQL (as [`backends`]).
pub async fn concurrent_backends() -> Vec<TestDb> {
    let mut all = vec![sqlite_file().await];
    if service_kit::testing::backends()
        .await
        .contains(&Backend::MySql)
    {
        all.push(TestDb::of(Backend::MySql).await);
    }
    all
}

/// Calls StockService methods by path with the generated message types.
#[derive(Clone)]
pub struct GrpcClient {
    channel: tonic::transport::Channel,
}

impl GrpcClient {
    pub async fn connect(addr: SocketAddr) -> Self {
        let channel = tonic::transport::Endpoint::from_shared(format!("http://{addr}"))
            .expect("endpoint")
            .connect()
            .await
            .expect("connect to the gRPC server");
        Self { channel }
    }

    pub async fn call<Req, Resp>(
        &self,
        method: &'static str,
        request: Req,
    ) -> Result<Resp, tonic::Status>
    where
        Req: prost::Message + Send + Sync + 'static,
        Resp: prost::Message + Default + Send + Sync + 'static,
    {
        let mut grpc = tonic::client::Grpc::new(self.channel.clone());
        grpc.ready()
            .await
            .map_err(|e| tonic::Status::unavailable(e.to_string()))?;
        let path = format!("/bookstore.inventory.v1.StockService/{method}");
        let path = tonic::codegen::http::uri::PathAndQuery::try_from(path).expect("path");
        grpc.unary(
            tonic::Request::new(request),
            path,
            tonic_prost::ProstCodec::default(),
        )
        .await
        .map(tonic::Response::into_inner)
    }
}

/// Who calls: each gets a real token from the test issuer with the roles Keycloak gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caller {
    /// Role `manage`.
    Staff,
    /// The roles a signed-up customer gets (`profile order view`).
    Customer,
}

pub const STAFF: Caller = Caller::Staff;
pub const CUSTOMER: Caller = Caller::Customer;

/// The service as `main.rs` starts it (the kit's runtime: its middleware, operational routes,
/// JWKS authentication, the generated router and the gRPC server) on ephemeral ports. Dropping
/// it shuts the service down and waits for it.
pub struct TestApp {
    pub base_url: String,
    pub http: reqwest::Client,
    pub grpc: GrpcClient,
    pub service: TestService,
}

impl TestApp {
    /// A token of the test issuer for `caller`.
    pub fn token(&self, caller: Caller) -> String {
        let roles: &[&str] = match caller {
            Caller::Staff => &["manage"],
            Caller::Customer => &["profile", "order", "view"],
        };
        self.service.issuer.token(roles)
    }

    /// The generated client, authenticated as `caller`.
    pub fn client(&self, caller: Caller) -> inventory::application::port::openapi::client::Client {
        self.client_with_token(&self.token(caller))
    }

    /// The generated client sending `token` as it is.
    pub fn client_with_token(
        &self,
        token: &str,
    ) -> inventory::application::port::openapi::client::Client {
        self.anonymous().with_bearer_token(token)
    }

    pub fn anonymous(&self) -> inventory::application::port::openapi::client::Client {
        inventory::application::port::openapi::client::Client::new(&self.base_url)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// Shut the service down and wait for it (dropping the app does the same, quietly).
    pub async fn shutdown(self) -> anyhow::Result<()> {
        self.service.shutdown().await
    }
}

/// The saga workers stay off in these tests: nothing here runs an orchestrator, and one that
/// happens to listen on the default port must not lose its tasks to a test.
pub const NO_WORKERS: (&str, &str) = ("INVENTORY_WORKERS", "false");

/// The service over `db`, started through [`inventory::app::runtime`] as `main.rs` starts it.
/// A database with a URL is opened by the runtime itself ([`inventory::app::build`]); an
/// in-memory or impatient one is handed to the same routes the runtime's `build` makes.
pub async fn spawn_app(db: &TestDb) -> TestApp {
    let runtime = inventory::app::runtime();
    let service = match &db.url {
        Some(url) => {
            let settings = [("DATABASE_URL", url.as_str()), NO_WORKERS];
            spawn_service(runtime, Backend::Sqlite, &settings, inventory::app::build).await
        }
        None => {
            let database = db.database.clone();
            spawn_service(
                runtime,
                Backend::Sqlite,
                &[NO_WORKERS],
                move |ctx| async move {
                    Ok(inventory::app::routes(
                        database,
                        Arc::clone(&ctx.authenticator),
                    ))
                },
            )
            .await
        }
    };
    TestApp {
        base_url: service.base_url.clone(),
        http: reqwest::Client::new(),
        grpc: GrpcClient {
            channel: service.grpc_channel().await,
        },
        service,
    }
}
