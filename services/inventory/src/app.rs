//! Wiring: the use cases over the SQL store, served as REST (the generated router) and gRPC,
//! and the order saga's inventory tasks run in-process by the worker runtime.

use std::sync::Arc;

use anyhow::Context as _;
use openapi_runtime::Authenticator;
use serde::{Deserialize, Serialize};
use service_kit::config::{SettingHelp, describe_settings};
use service_kit::db::Database;
use service_kit::worker::{WorkerConfig, WorkerRuntime};
use service_kit::{Context, Routes, Runtime, Service};

use crate::application::port::openapi::OPENAPI_JSON;
use crate::application::port::openapi::router::router;
use crate::application::port::pb::{FILE_DESCRIPTOR_SET, server};
use crate::application::port::saga;
use crate::application::usecase::Inventory;
use crate::infrastructure::adapter::db::{MIGRATIONS, SqlInventory};
use crate::infrastructure::adapter::worker::InventoryWorkers;

/// Inventory's own settings: file keys as named, environment variables `INVENTORY_<KEY>`. Where
/// the workers poll comes from Conductor's SDK variables (`CONDUCTOR_SERVER_URL`, …; see
/// `service_kit::worker`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InventorySettings {
    /// Run the saga workers (`reserve_inventory`, `release_inventory`) in this process.
    pub workers: bool,
    /// The most tasks of each type the workers run at once.
    pub worker_concurrency: usize,
}

impl Default for InventorySettings {
    fn default() -> Self {
        Self {
            workers: true,
            worker_concurrency: 8,
        }
    }
}

/// Inventory's settings as `--help` lists them.
///
/// # Errors
/// A field of [`InventorySettings`] without a description here, or the reverse.
pub fn settings_help() -> Result<Vec<SettingHelp>, String> {
    describe_settings::<InventorySettings>(&[
        (
            "workers",
            "run the saga workers reserve_inventory and release_inventory (polling CONDUCTOR_SERVER_URL)",
        ),
        (
            "worker_concurrency",
            "the most saga tasks of each type run at once",
        ),
    ])
}

/// The runtime configured for this service: its migrations, its OpenAPI document, its gRPC
/// descriptors and its settings. `main.rs` runs it with [`build`]; the startup test does the
/// same in-process.
///
/// # Panics
/// When a setting lacks its description (a programming error the unit test catches).
pub fn runtime() -> Runtime {
    #[allow(clippy::expect_used)]
    let help = settings_help().expect("every inventory setting is described");
    Runtime::new(Service::Inventory)
        .migrations(MIGRATIONS)
        .openapi_json(OPENAPI_JSON)
        .grpc_reflection(
            FILE_DESCRIPTOR_SET,
            &["bookstore.inventory.v1.StockService"],
        )
        .settings_help(help)
}

/// The REST router and gRPC services over `database`, authenticating REST calls with
/// `authenticator`. gRPC is internal (the saga and catalog call it) and carries no token.
pub fn routes(database: Database, authenticator: Arc<dyn Authenticator>) -> Routes {
    let inventory = Arc::new(Inventory::new(SqlInventory::new(database)));
    routes_over(inventory, authenticator)
}

fn routes_over(
    inventory: Arc<Inventory<SqlInventory>>,
    authenticator: Arc<dyn Authenticator>,
) -> Routes {
    Routes {
        http: router(Arc::clone(&inventory), authenticator),
        grpc: server::routes(inventory),
    }
}

/// What the runtime calls once the database is open and migrated: the routes, and (unless
/// `workers = false`) the saga workers, which poll until the shutdown starts. An orchestrator
/// that is down only delays tasks: the workers poll again after a back-off, and the service
/// serves meanwhile.
///
/// # Errors
/// Invalid settings, or Conductor's variables (`CONDUCTOR_SERVER_URL`, …) do not parse.
pub async fn build(ctx: Context) -> anyhow::Result<Routes> {
    let settings: InventorySettings = ctx.settings().context("reading the inventory's settings")?;
    let inventory = Arc::new(Inventory::new(SqlInventory::new(ctx.database.clone())));
    if settings.workers {
        if settings.worker_concurrency == 0 {
            anyhow::bail!("invalid setting `worker_concurrency`: must be at least 1");
        }
        let config = WorkerConfig::from_env().context("configuring the saga workers")?;
        tracing::info!(server = %config.server_url, "saga workers polling");
        let workers = Arc::new(InventoryWorkers::new(Arc::clone(&inventory)));
        let runtime = saga::workers(&workers, settings.worker_concurrency)
            .into_iter()
            .fold(
                WorkerRuntime::new(config).context("setting up the saga workers")?,
                WorkerRuntime::with,
            );
        // Stop polling when the drain starts, so the tasks in hand finish before the servers stop.
        let shutdown = ctx.shutdown.clone();
        tokio::spawn(runtime.run(async move { shutdown.draining().await }));
    }
    Ok(routes_over(inventory, Arc::clone(&ctx.authenticator)))
}

#[cfg(test)]
mod tests {
    use service_kit::config::command_with_settings;

    use super::*;

    #[test]
    fn help_lists_every_inventory_setting_with_its_variable_and_default() {
        let settings = settings_help().expect("every setting described");
        let help = command_with_settings(Service::Inventory, &settings)
            .render_long_help()
            .to_string();
        for (variable, default) in [
            ("INVENTORY_WORKERS", "true"),
            ("INVENTORY_WORKER_CONCURRENCY", "8"),
        ] {
            assert!(
                help.contains(&format!("[env: {variable}] [default: {default}]")),
                "{variable} missing from:\n{help}"
            );
        }
    }
}
