//! Start-up wiring: the order service's HTTP and gRPC routes, its saga workers (in-process, on
//! the kit's worker runtime), the registration of the saga's definitions and the task that
//! starts sagas that never started. `main.rs` hands [`build`] to the runtime; tests call
//! [`routes`] with stand-ins.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use service_kit::config::{SettingHelp, describe_settings};
use service_kit::worker::{WorkerConfig, WorkerRuntime};
use service_kit::{Context, Migrations, Routes};

use crate::application::port::books::BookPrices;
use crate::application::port::cards::CardVault;
use crate::application::port::openapi::router::router;
use crate::application::port::pb::server;
use crate::application::port::saga;
use crate::application::port::workflow::Saga;
use crate::application::usecase::Orders;
use crate::infrastructure::adapter::conductor::{ConductorSaga, NoSaga};
use crate::infrastructure::adapter::db::{self, SqlOrders};
use crate::infrastructure::adapter::protostub::{CatalogPrices, PaymentVault};

/// Both dialects' migrations.
pub const MIGRATIONS: Migrations = db::MIGRATIONS;

/// The use cases over the SQL store, as the routes, the workers and the background task share
/// them.
pub type SqlOrderService<B, C, W> = Orders<SqlOrders, B, C, W>;

/// The order service's own settings: file keys as named, environment variables `ORDER_<KEY>`.
/// The orchestrator's address is `CONDUCTOR_SERVER_URL`, as every Conductor worker reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrderSettings {
    /// Catalog's gRPC endpoint, asked for prices and titles.
    pub catalog_grpc_url: String,
    /// Payment's gRPC endpoint, asked to tokenise cards.
    pub payment_grpc_url: String,
    /// How long a call to catalog, payment or the orchestrator may take.
    pub call_timeout_ms: u64,
    /// Run the saga: register its definitions, start it for new orders, run order's workers.
    /// Off, orders are stored `pending` and nothing else happens (REST-only tests).
    pub saga_enabled: bool,
    /// How old a pending order without a started saga must be before the background task
    /// starts it (and how often that task looks).
    pub saga_restart_after_ms: u64,
    /// How many tasks of each of order's task types run at once.
    pub worker_concurrency: usize,
}

impl Default for OrderSettings {
    fn default() -> Self {
        Self {
            catalog_grpc_url: "http://127.0.0.1:9081".to_owned(),
            payment_grpc_url: "http://127.0.0.1:9086".to_owned(),
            call_timeout_ms: 2000,
            saga_enabled: true,
            saga_restart_after_ms: 5000,
            worker_concurrency: 8,
        }
    }
}

/// The order service's settings as `--help` lists them.
///
/// # Errors
/// A field of [`OrderSettings`] without a description here, or the reverse.
pub fn settings_help() -> Result<Vec<SettingHelp>, String> {
    describe_settings::<OrderSettings>(&[
        (
            "catalog_grpc_url",
            "catalog's gRPC endpoint, asked for prices and titles",
        ),
        (
            "payment_grpc_url",
            "payment's gRPC endpoint, asked to tokenise cards",
        ),
        (
            "call_timeout_ms",
            "how long a call to catalog, payment or the orchestrator may take",
        ),
        (
            "saga_enabled",
            "run the saga (definitions, starts, workers; orchestrator at CONDUCTOR_SERVER_URL); off: REST only",
        ),
        (
            "saga_restart_after_ms",
            "how old a pending order without a started saga must be before it is started again",
        ),
        (
            "worker_concurrency",
            "how many tasks of each of order's task types run at once",
        ),
    ])
}

/// The routes `main.rs` serves, with the workers and background tasks the settings ask for.
///
/// # Errors
/// Invalid settings or URLs.
pub async fn build(ctx: Context) -> anyhow::Result<Routes> {
    let settings: OrderSettings = ctx
        .settings()
        .context("reading the order service's settings")?;
    let timeout = Duration::from_millis(settings.call_timeout_ms);
    let books = CatalogPrices::connect_lazy(&settings.catalog_grpc_url, timeout)
        .context("setting up the catalog client (catalog_grpc_url)")?;
    let cards = PaymentVault::connect_lazy(&settings.payment_grpc_url, timeout)
        .context("setting up the payment client (payment_grpc_url)")?;
    if !settings.saga_enabled {
        let (routes, _) = routes(&ctx, books, cards, Arc::new(NoSaga));
        return Ok(routes);
    }
    let config = WorkerConfig::from_env().context("reading CONDUCTOR_* settings")?;
    let conductor = ConductorSaga::new(config.server_url.as_str(), timeout)
        .context("setting up the orchestrator client (CONDUCTOR_SERVER_URL)")?;
    let registering = conductor.clone();
    let stop = ctx.shutdown.stopping();
    tokio::spawn(async move {
        registering
            .register_until(Duration::from_secs(2), stop)
            .await;
    });
    let (routes, orders) = routes(&ctx, books, cards, Arc::new(conductor));
    spawn_workers(&ctx, &orders, config, settings.worker_concurrency)
        .context("setting up the saga workers")?;
    spawn_saga_restarter(
        &ctx,
        orders,
        Duration::from_millis(settings.saga_restart_after_ms),
    );
    Ok(routes)
}

/// The routes over the runtime's database with the given catalog, payment and saga, and the use
/// cases they share (for [`spawn_workers`] and [`spawn_saga_restarter`]).
pub fn routes<B, C, W>(
    ctx: &Context,
    books: B,
    cards: C,
    saga: Arc<W>,
) -> (Routes, Arc<SqlOrderService<B, C, W>>)
where
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    let orders = Arc::new(Orders::new(
        SqlOrders::new(ctx.database.clone()),
        books,
        cards,
        saga,
    ));
    let routes = Routes {
        http: router(Arc::clone(&orders), Arc::clone(&ctx.authenticator)),
        grpc: server::routes(Arc::clone(&orders)),
    };
    (routes, orders)
}

/// Run order's four task types in-process until the runtime shuts down.
///
/// # Errors
/// The worker runtime's HTTP client cannot be built.
pub fn spawn_workers<B, C, W>(
    ctx: &Context,
    orders: &Arc<SqlOrderService<B, C, W>>,
    config: WorkerConfig,
    concurrency: usize,
) -> anyhow::Result<()>
where
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    let runtime = saga::workers(orders, concurrency)
        .into_iter()
        .fold(WorkerRuntime::new(config)?, WorkerRuntime::with);
    tokio::spawn(runtime.run(ctx.shutdown.stopping()));
    Ok(())
}

/// Every `after`, start the saga of pending orders older than `after` that have none (a start
/// that failed when the order was placed), so no order stays pending for good.
pub fn spawn_saga_restarter<B, C, W>(
    ctx: &Context,
    orders: Arc<SqlOrderService<B, C, W>>,
    after: Duration,
) where
    B: BookPrices,
    C: CardVault,
    W: Saga,
{
    let stop = ctx.shutdown.stopping();
    let age = chrono::Duration::from_std(after).unwrap_or(chrono::Duration::seconds(5));
    let every = after.max(Duration::from_millis(100));
    tokio::spawn(async move {
        let restart = async {
            loop {
                tokio::time::sleep(every).await;
                match orders.start_missing_sagas(chrono::Utc::now() - age).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(started = n, "started sagas that had not started"),
                    Err(err) => {
                        tracing::warn!(error = %err, "looking for orders without a saga failed")
                    }
                }
            }
        };
        tokio::select! {
            () = restart => {}
            () = stop => {}
        }
    });
}

#[cfg(test)]
mod tests {
    use service_kit::Service;
    use service_kit::config::command_with_settings;

    use super::*;

    #[test]
    fn help_lists_every_order_setting_with_its_variable_and_default() {
        let settings = settings_help().expect("every setting described");
        let help = command_with_settings(Service::Order, &settings)
            .render_long_help()
            .to_string();
        for (variable, default) in [
            ("ORDER_CATALOG_GRPC_URL", "http://127.0.0.1:9081"),
            ("ORDER_PAYMENT_GRPC_URL", "http://127.0.0.1:9086"),
            ("ORDER_SAGA_ENABLED", "true"),
        ] {
            assert!(
                help.contains(&format!("[env: {variable}] [default: {default}]")),
                "{variable} missing from:\n{help}"
            );
        }
    }
}
