//! Start-up wiring: the catalog's HTTP and gRPC routes from the runtime's context. `main.rs`
//! hands [`build`] to the runtime; tests call [`routes`] with a stand-in for inventory.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use service_kit::{Context, Database, Migrations, Routes};

use crate::application::port::openapi::router::router;
use crate::application::port::stock::StockLookup;
use crate::application::usecase::{CachedStock, Catalog};
use crate::infrastructure::adapter::db::{SqlCatalog, migrations};
use crate::infrastructure::adapter::protostub::InventoryStock;
use crate::infrastructure::adapter::protosvc::CatalogGrpc;

/// Both dialects' migrations (schema and seed data).
pub const MIGRATIONS: Migrations = Migrations {
    sqlite: &migrations::SQLITE,
    mysql: &migrations::MYSQL,
};

/// The catalog's own settings: file keys as named, environment variables `CATALOG_<KEY>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CatalogSettings {
    /// Inventory's gRPC endpoint, asked for books' stock.
    pub inventory_grpc_url: String,
    /// How long a book read or list waits for inventory before answering without stock.
    pub inventory_timeout_ms: u64,
    /// How long a book read over REST may be served from memory (0: always read the database).
    /// Writes through this instance clear it at once; other instances' writes show within this.
    pub book_cache_ttl_ms: u64,
    /// How long a book's stock, as inventory reported it, is shown without asking again (0:
    /// ask on every read). Shown stock is advice; orders reserve in inventory itself.
    pub stock_cache_ttl_ms: u64,
    /// The most books each of those caches holds (least recently used go first).
    pub read_cache_capacity: u64,
}

impl Default for CatalogSettings {
    fn default() -> Self {
        Self {
            inventory_grpc_url: "http://127.0.0.1:9084".to_owned(),
            inventory_timeout_ms: 500,
            book_cache_ttl_ms: 1000,
            stock_cache_ttl_ms: 1000,
            read_cache_capacity: 10_000,
        }
    }
}

/// The routes `main.rs` serves: storage from the runtime's database, stock from inventory.
///
/// # Errors
/// Invalid settings or an inventory URL that is not a URI.
pub async fn build(ctx: Context) -> anyhow::Result<Routes> {
    let settings: CatalogSettings = ctx.settings().context("reading the catalog's settings")?;
    let timeout = Duration::from_millis(settings.inventory_timeout_ms);
    let stock = InventoryStock::connect_lazy(&settings.inventory_grpc_url, timeout)
        .context("setting up the inventory client (inventory_grpc_url)")?;
    routes(&ctx, stock)
}

/// The routes over the runtime's database and the given stock lookup, with the read caches the
/// settings ask for.
///
/// # Errors
/// Invalid settings.
pub fn routes<K: StockLookup>(ctx: &Context, stock: K) -> anyhow::Result<Routes> {
    let settings: CatalogSettings = ctx.settings().context("reading the catalog's settings")?;
    let store = match &ctx.database {
        Database::Sqlite(pool) => SqlCatalog::sqlite(pool.clone()),
        Database::MySql(pool) => SqlCatalog::mysql(pool.clone()),
    };
    let capacity = settings.read_cache_capacity;
    let stock = CachedStock::new(
        stock,
        Duration::from_millis(settings.stock_cache_ttl_ms),
        capacity,
    );
    let catalog = Catalog::new(store, stock)
        .with_book_cache(Duration::from_millis(settings.book_cache_ttl_ms), capacity);
    let catalog = Arc::new(catalog);
    Ok(Routes {
        http: router(Arc::clone(&catalog), Arc::clone(&ctx.authenticator)),
        grpc: CatalogGrpc::new(catalog).routes(),
    })
}
