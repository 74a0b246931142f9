//! Helpers for the black-box tests: the catalog started as `main.rs` starts it (the testing
//! kit's `spawn_service`: the real runtime on ephemeral ports, a fresh database, tokens of the
//! kit's test issuer), and clients for anonymous, staff and customer callers.

pub mod grpc;
pub mod inventory;

use std::time::Duration;

use catalog::application::port::openapi::client::Client;
use catalog::application::port::openapi::port::{ListBooksParams, ListBooksResponse};
use catalog::application::port::stock::{StockError, StockLevel, StockLookup};
use catalog::application::port::{openapi, pb};
use catalog::domain::aggregate::BookId;
use catalog::infrastructure::adapter::protostub::InventoryStock;
use service_kit::testing::{Backend, TestIssuer, TestService, backends, spawn_service};
use service_kit::{Runtime, Service};

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
    /// No token.
    pub anonymous: Client,
    /// A `manage` token.
    pub staff: Client,
    /// A customer's token (`profile order view`).
    pub customer: Client,
    /// For requests the typed client cannot make (malformed bodies, wrong types).
    pub http: reqwest::Client,
    pub issuer: TestIssuer,
    /// Last, so the clients above are gone when its drop shuts the catalog down and waits.
    service: TestService,
}

/// The runtime exactly as `main.rs` configures it.
fn runtime() -> Runtime {
    Runtime::new(Service::Catalog)
        .migrations(catalog::app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .grpc_reflection(pb::FILE_DESCRIPTOR_SET, pb::SERVICE_NAMES)
        .settings_help(catalog::app::settings_help().expect("the catalog's settings help"))
}

/// A catalog whose inventory answers with [`STOCK`].
pub async fn spawn_app() -> TestApp {
    spawn_app_with(FakeStock(Some(STOCK)), Db::Sqlite)
        .await
        .expect("SQLite always works")
}

/// A catalog on `db` with the given stock lookup; `None` when MySQL is unreachable outside CI
/// (under CI the kit's `backends()` fails the test instead).
pub async fn spawn_app_with<K: StockLookup>(stock: K, db: Db) -> Option<TestApp> {
    spawn_app_configured(stock, db, &[]).await
}

/// [`spawn_app_with`] plus settings (environment variables such as `CATALOG_BOOK_CACHE_TTL_MS`).
/// The catalog is built by `catalog::app::routes`, what `main.rs`'s `build` calls, with `stock`
/// in place of the inventory client.
pub async fn spawn_app_configured<K: StockLookup>(
    stock: K,
    db: Db,
    settings: &[(&str, &str)],
) -> Option<TestApp> {
    let backend = match db {
        Db::Sqlite => Backend::Sqlite,
        Db::MySql if backends().await.contains(&Backend::MySql) => Backend::MySql,
        Db::MySql => return None,
    };
    let service = spawn_service(runtime(), backend, settings, move |ctx| async move {
        catalog::app::routes(&ctx, stock)
    })
    .await;
    let base_url = service.base_url.clone();
    let issuer = service.issuer.clone();
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
        base_url,
        http,
        issuer,
        service,
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

    /// A gRPC channel to the catalog (see `TestService::grpc_channel`: it does not hold up the
    /// shutdown when the app is dropped).
    pub async fn grpc_channel(&self) -> tonic::transport::Channel {
        self.service.grpc_channel().await
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
