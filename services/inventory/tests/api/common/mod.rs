//! Helpers shared by the test modules: databases on both backends, a gRPC server on port 0,
//! and a tiny gRPC client (the generated code only has the server for this service).

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::Arc;

use inventory::application::usecase::Inventory;
use inventory::infrastructure::adapter::db::{MIGRATIONS, SqlInventory};
use inventory::infrastructure::adapter::protosvc::StockGrpc;
use service_kit::config::Secret;
use service_kit::db::{Database, TestMySql};
use tokio_stream::wrappers::TcpListenerStream;

/// A migrated database; the MySQL one is dropped with the value.
pub struct TestDb {
    pub label: &'static str,
    pub database: Database,
    _mysql: Option<TestMySql>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub fn store(&self) -> SqlInventory {
        SqlInventory::new(self.database.clone())
    }
}

/// In-memory SQLite, migrated (one connection, as the kit opens it).
pub async fn sqlite_memory() -> TestDb {
    let database = Database::memory().await.expect("open in-memory SQLite");
    database.migrate(&MIGRATIONS).await.expect("migrate SQLite");
    TestDb {
        label: "sqlite",
        database,
        _mysql: None,
        _dir: None,
    }
}

/// A SQLite file with a pool of several connections, like the embedded default: the setting
/// where concurrent writers really compete.
pub async fn sqlite_file() -> TestDb {
    let dir = tempfile::tempdir().expect("create a temp dir");
    let url = format!("sqlite://{}", dir.path().join("inventory.db").display());
    let database = Database::connect(&Secret::new(url))
        .await
        .expect("open SQLite file");
    database.migrate(&MIGRATIONS).await.expect("migrate SQLite");
    TestDb {
        label: "sqlite-file",
        database,
        _mysql: None,
        _dir: Some(dir),
    }
}

/// A fresh MariaDB/MySQL database, or `None` (notice printed) when the server is unreachable
/// outside CI.
pub async fn mysql() -> Option<TestDb> {
    let mysql = TestMySql::create(Some(&MIGRATIONS))
        .await
        .expect("create a MySQL test database")?;
    Some(TestDb {
        label: "mysql",
        database: mysql.database().clone(),
        _mysql: Some(mysql),
        _dir: None,
    })
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
        _mysql: Some(mysql),
        _dir: None,
    };
    Some((db, url))
}

/// SQLite (in memory) and, when reachable, MySQL.
pub async fn backends() -> Vec<TestDb> {
    let mut all = vec![sqlite_memory().await];
    all.extend(mysql().await);
    all
}

/// Backends for concurrency tests: a multi-connection SQLite file and, when reachable, MySQL.
pub async fn concurrent_backends() -> Vec<TestDb> {
    let mut all = vec![sqlite_file().await];
    all.extend(mysql().await);
    all
}

/// Serve StockService on an ephemeral port over `db`; the server lives until the test ends.
pub async fn spawn_grpc(db: &TestDb) -> GrpcClient {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a port");
    let addr = listener.local_addr().expect("local address");
    let service = StockGrpc::new(Arc::new(Inventory::new(db.store()))).into_server();
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(service)
            .serve_with_incoming(TcpListenerStream::new(listener)),
    );
    GrpcClient::connect(addr).await
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

/// Tokens the fake authenticator accepts: `staff` (role `manage`) and `customer` (the roles a
/// signed-up customer gets). Anything else is refused as a bad token.
pub const STAFF: &str = "staff";
pub const CUSTOMER: &str = "customer";

struct FakeAuthenticator;

impl openapi_runtime::Authenticator for FakeAuthenticator {
    fn authenticate<'a>(
        &'a self,
        token: &'a str,
    ) -> openapi_runtime::auth::BoxFuture<
        'a,
        Result<openapi_runtime::Principal, openapi_runtime::AuthError>,
    > {
        Box::pin(async move {
            let roles: &[&str] = match token {
                STAFF => &["manage"],
                CUSTOMER => &["profile", "order", "view"],
                _ => {
                    return Err(openapi_runtime::AuthError::InvalidToken(
                        "bad signature".to_owned(),
                    ));
                }
            };
            Ok(openapi_runtime::Principal {
                subject: token.to_owned(),
                roles: roles.iter().map(|r| (*r).to_owned()).collect(),
                ..Default::default()
            })
        })
    }
}

/// The real HTTP stack (the kit's middleware, operational routes and the generated router) on
/// an ephemeral port, over `db`, with a fake token checker.
pub struct TestApp {
    pub base_url: String,
    pub http: reqwest::Client,
    pub grpc: GrpcClient,
}

impl TestApp {
    /// The generated client, authenticated as `token`.
    pub fn client(&self, token: &str) -> inventory::application::port::openapi::client::Client {
        inventory::application::port::openapi::client::Client::new(&self.base_url)
            .with_bearer_token(token)
    }

    pub fn anonymous(&self) -> inventory::application::port::openapi::client::Client {
        inventory::application::port::openapi::client::Client::new(&self.base_url)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }
}

pub async fn spawn_app(db: &TestDb) -> TestApp {
    use service_kit::http::{HttpOptions, app};
    use service_kit::readiness::Readiness;
    use service_kit::shutdown::Shutdown;

    let routes = inventory::app::routes(db.database.clone(), Arc::new(FakeAuthenticator));
    let shutdown = Shutdown::new(std::time::Duration::from_millis(10));
    let readiness = Readiness::new(shutdown, std::time::Duration::from_secs(2));
    let options = HttpOptions {
        request_timeout: std::time::Duration::from_secs(30),
        body_limit_bytes: 64 * 1024,
        openapi_json: Some(Arc::from(inventory::OPENAPI_JSON)),
        ..HttpOptions::default()
    };
    let metrics = service_kit::http::metrics::prometheus().expect("metrics recorder");
    let router = app(routes.http, &options, readiness, metrics);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a port");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(async move { axum::serve(listener, router).await });

    let grpc_listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a port");
    let grpc_addr = grpc_listener.local_addr().expect("local address");
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_routes(routes.grpc)
            .serve_with_incoming(TcpListenerStream::new(grpc_listener)),
    );
    TestApp {
        base_url: format!("http://{addr}"),
        http: reqwest::Client::new(),
        grpc: GrpcClient::connect(grpc_addr).await,
    }
}
