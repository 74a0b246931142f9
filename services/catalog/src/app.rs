//! Start-up wiring: the catalog's HTTP and gRPC routes from the runtime's context. `main.rs`
//! hands [`build`] to the runtime; tests call [`routes`] with a stand-in for inventory.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use service_kit::config::{SettingHelp, describe_settings};
use service_kit::{Context, Database, Migrations, Routes};

use crate::application::port::openapi::router::router;
use crate::application::port::pb::server;
use crate::application::port::stock::StockLookup;
use crate::application::usecase::{CachedStock, Catalog};
use crate::infrastructure::adapter::db::{SqlCatalog, migrations};
use crate::infrastructure::adapter::protostub::InventoryStock;

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

/// The catalog's settings as `--help` lists them.
///
/// # Errors
/// A field of [`CatalogSettings`] without a description here, or the reverse.
pub fn settings_help() -> Result<Vec<SettingHelp>, String> {
    describe_settings::<CatalogSettings>(&[
        (
            "inventory_grpc_url",
            "inventory's gRPC endpoint, asked for books' stock",
        ),
        (
            "inventory_timeout_ms",
            "how long a book read or list waits for inventory before answering without stock",
        ),
        (
            "book_cache_ttl_ms",
            "how long a REST book read may be served from memory (0: off); this instance's writes clear it",
        ),
        (
            "stock_cache_ttl_ms",
            "how long a book's stock, as inventory reported it, is reused (0: ask on every read)",
        ),
        (
            "read_cache_capacity",
            "the most books each read cache holds",
        ),
    ])
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
        grpc: server::routes(catalog),
    })
}

#[cfg(test)]
mod tests {
    use service_kit::Service;
    use service_kit::config::command_with_settings;

    use super::*;

    #[test]
    fn help_lists_every_catalog_setting_with_its_variable_and_default() {
        let settings = settings_help().expect("every setting described");
        let help = command_with_settings(Service::Catalog, &settings)
            .render_long_help()
            .to_string();
        for (variable, default) in [
            ("CATALOG_INVENTORY_GRPC_URL", "http://127.0.0.1:9084"),
            ("CATALOG_INVENTORY_TIMEOUT_MS", "500"),
            ("CATALOG_BOOK_CACHE_TTL_MS", "1000"),
            ("CATALOG_STOCK_CACHE_TTL_MS", "1000"),
            ("CATALOG_READ_CACHE_CAPACITY", "10000"),
        ] {
            assert!(
                help.contains(&format!("[env: {variable}] [default: {default}]")),
                "{variable} missing from:\n{help}"
            );
        }
    }
}
