//! Helpers for the black-box tests: a real catalog server on ephemeral ports with a fresh
//! database, a local token issuer, and clients for anonymous, staff and customer callers.

pub mod grpc;
pub mod inventory;
pub mod issuer;

use std::time::Duration;

use catalog::application::port::openapi::client::Client;
use catalog::application::port::openapi::port::{ListBooksParams, ListBooksResponse};
use catalog::application::port::stock::{StockError, StockLevel, StockLookup};
use catalog::domain::aggregate::BookId;
use catalog::infrastructure::adapter::protostub::InventoryStock;
use service_kit::config::{Command, ConfigSources};
use service_kit::db::TestMySql;
use service_kit::{Runtime, Service, Shutdown};

use self::issuer::Issuer;

/// Inventory as a test wants it: answering with fixed levels, or failing.
#[derive(Debug, Clone, Copy)]
pub struct FakeStock(pub Option<StockLevel>);

impl StockLookup for FakeStock {
    async fn stock_of(&self, books: &[BookId]) -> Result<Vec<StockLevel>, StockError> {
        let level = self.0.ok_or(StockError::Timeout)?;
        Ok(vec![level; books.len()])
    }
}

pub const STOCK: StockLevel = StockLevel {
    quantity: 120,
    reserved_quantity: 20,
    available_quantity: 100,
};

/// Which database the server runs on.
pub enum Db {
    Sqlite,
    MySql,
}

pub struct TestApp {
    pub base_url: String,
    pub grpc_url: String,
    /// No token.
    pub anonymous: Client,
    /// A `manage` token.
    pub staff: Client,
    /// A customer's token (`profile order view`).
    pub customer: Client,
    /// For requests the typed client cannot make (malformed bodies, wrong types).
    pub http: reqwest::Client,
    pub issuer: Issuer,
    shutdown: Shutdown,
    _mysql: Option<TestMySql>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.shutdown.trigger();
    }
}

/// A catalog whose inventory answers with [`STOCK`].
pub async fn spawn_app() -> TestApp {
    spawn_app_with(FakeStock(Some(STOCK)), Db::Sqlite)
        .await
        .expect("SQLite always works")
}

/// A catalog on `db` with the given stock lookup; `None` when MySQL is unreachable outside CI.
pub async fn spawn_app_with<K: StockLookup>(stock: K, db: Db) -> Option<TestApp> {
    spawn_app_configured(stock, db, &[]).await
}

/// [`spawn_app_with`] plus settings (environment variables such as `CATALOG_BOOK_CACHE_TTL_MS`).
pub async fn spawn_app_configured<K: StockLookup>(
    stock: K,
    db: Db,
    settings: &[(&str, &str)],
) -> Option<TestApp> {
    service_kit::telemetry::init_for_tests();
    let issuer = Issuer::start().await;
    let (database_url, mysql) = match db {
        Db::Sqlite => ("sqlite::memory:".to_owned(), None),
        Db::MySql => {
            let mysql = TestMySql::create(None)
                .await
                .expect("create a MySQL test database")?;
            let admin = std::env::var("TEST_MYSQL_URL")
                .unwrap_or_else(|_| "mysql://root@127.0.0.1:3306".to_owned());
            (
                format!("{}/{}", admin.trim_end_matches('/'), mysql.name()),
                Some(mysql),
            )
        }
    };
    let env = [
        ("HTTP_ADDR", "127.0.0.1:0".to_owned()),
        ("GRPC_ADDR", "127.0.0.1:0".to_owned()),
        ("DATABASE_URL", database_url),
        ("AUTH_ISSUER", issuer::ISSUER.to_owned()),
        ("AUTH_JWKS_URL", issuer.jwks_url.clone()),
        ("AUTH_AUDIENCE", issuer::AUDIENCE.to_owned()),
        ("CATALOG_DRAIN_DELAY_MS", "0".to_owned()),
    ];
    let settings = settings.iter().map(|(k, v)| (*k, (*v).to_owned()));
    let sources = ConfigSources {
        env: env
            .into_iter()
            .chain(settings)
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
        ..Default::default()
    };
    let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
    let runtime = Runtime::new(Service::Catalog)
        .migrations(catalog::app::MIGRATIONS)
        .openapi_json(catalog::application::port::openapi::OPENAPI_JSON)
        .run_with(Command::Serve, sources, move |ctx| async move {
            let routes = catalog::app::routes(&ctx, stock)?;
            let _ = ready_tx.send((ctx.http_addr, ctx.grpc_addr, ctx.shutdown.clone()));
            Ok(routes)
        });
    let server = tokio::spawn(runtime);
    let (http_addr, grpc_addr, shutdown) = match ready_rx.await {
        Ok(ready) => ready,
        Err(_) => panic!("the catalog did not start: {:?}", server.await),
    };
    let base_url = format!("http://{http_addr}");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("HTTP client");
    Some(TestApp {
        anonymous: Client::with_http_client(&base_url, http.clone()),
        staff: Client::with_http_client(&base_url, http.clone())
            .with_bearer_token(issuer.token(&["manage"])),
        customer: Client::with_http_client(&base_url, http.clone())
            .with_bearer_token(issuer.token(&["profile", "order", "view"])),
        grpc_url: format!("http://{grpc_addr}"),
        base_url,
        http,
        issuer,
        shutdown,
        _mysql: mysql,
    })
}

/// A catalog whose inventory is down: nothing listens where it is configured.
pub async fn spawn_app_without_inventory() -> TestApp {
    let unused = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address")
    };
    spawn_app_with_inventory_at(&format!("http://{unused}")).await
}

/// A catalog talking gRPC to the inventory at `url` (300 ms timeout).
pub async fn spawn_app_with_inventory_at(url: &str) -> TestApp {
    let stock = InventoryStock::connect_lazy(url, Duration::from_millis(300)).expect("valid URL");
    spawn_app_with(stock, Db::Sqlite)
        .await
        .expect("SQLite always works")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// The number of books, to prove a refused request wrote nothing.
    pub async fn book_total(&self) -> i64 {
        match self
            .anonymous
            .list_books(&ListBooksParams::default())
            .await
            .expect("list books")
        {
            ListBooksResponse::Ok(page) => page.total,
            other => panic!("listing books failed: {other:?}"),
        }
    }
}
