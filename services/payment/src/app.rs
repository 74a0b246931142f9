//! Wiring: the use cases over the SQL store and the simulated card gateway, served as REST (the
//! generated router) and gRPC, and — unless turned off — the saga workers `make_payment` and
//! `refund_payment`, polling the orchestrator in-process.

use std::sync::Arc;

use anyhow::Context as _;
use openapi_runtime::Authenticator;
use serde::{Deserialize, Serialize};
use service_kit::config::{SettingHelp, describe_settings};
use service_kit::db::Database;
use service_kit::worker::{WorkerConfig, WorkerConfigError, WorkerRuntime};
use service_kit::{Context, Routes, Runtime, Service};

use crate::application::port::openapi::OPENAPI_JSON;
use crate::application::port::openapi::router::router;
use crate::application::port::pb::{FILE_DESCRIPTOR_SET, SERVICE_NAMES, server};
use crate::application::port::saga;
use crate::application::usecase::Payments;
use crate::infrastructure::adapter::db::{MIGRATIONS, SqlPayments};
use crate::infrastructure::adapter::gateway::SimulatedGateway;

/// The use cases as wired here: the SQL store and the simulated gateway.
pub type AppPayments = Payments<SqlPayments, SimulatedGateway>;

/// Payment's own settings: file keys as named, environment variables `PAYMENT_<KEY>`. Where the
/// workers poll is the Conductor SDKs' configuration (`CONDUCTOR_SERVER_URL`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PaymentSettings {
    /// Run the saga workers in this process.
    pub workers: bool,
    /// How many tasks of each type run at once.
    pub worker_concurrency: usize,
}

impl Default for PaymentSettings {
    fn default() -> Self {
        Self {
            workers: true,
            worker_concurrency: 8,
        }
    }
}

/// Payment's settings as `--help` lists them.
///
/// # Errors
/// A field of [`PaymentSettings`] without a description here, or the reverse.
pub fn settings_help() -> Result<Vec<SettingHelp>, String> {
    describe_settings::<PaymentSettings>(&[
        (
            "workers",
            "run the saga workers make_payment and refund_payment in this process (they poll CONDUCTOR_SERVER_URL, default http://127.0.0.1:8080/api; false serves REST and gRPC only)",
        ),
        (
            "worker_concurrency",
            "how many tasks of each type a worker runs at once (at least 1)",
        ),
    ])
}

/// The runtime configured for this service: its migrations, its OpenAPI document, its gRPC
/// descriptors and its settings. `main.rs` runs it with [`build`]; the tests do the same.
///
/// # Panics
/// Never in practice: every setting is described (a unit test checks it).
pub fn runtime() -> Runtime {
    #[allow(clippy::expect_used)]
    let help = settings_help().expect("every payment setting is described");
    Runtime::new(Service::Payment)
        .migrations(MIGRATIONS)
        .openapi_json(OPENAPI_JSON)
        .grpc_reflection(FILE_DESCRIPTOR_SET, SERVICE_NAMES)
        .settings_help(help)
}

/// The use cases over `database`, with the simulated gateway on the same database.
pub fn payments(database: Database) -> Arc<AppPayments> {
    let gateway = Arc::new(SimulatedGateway::new(database.clone()));
    Arc::new(Payments::new(SqlPayments::new(database), gateway))
}

/// The REST router and gRPC services over `payments`, authenticating REST calls with
/// `authenticator`. gRPC is internal (order and customer call it) and carries no token.
pub fn routes(payments: &Arc<AppPayments>, authenticator: Arc<dyn Authenticator>) -> Routes {
    Routes {
        http: router(Arc::clone(payments), authenticator),
        grpc: server::routes(Arc::clone(payments)),
    }
}

/// The worker runtime running `make_payment` and `refund_payment` on `payments`.
///
/// # Errors
/// The HTTP client for the orchestrator cannot be built.
pub fn workers(
    payments: &Arc<AppPayments>,
    config: WorkerConfig,
    concurrency: usize,
) -> anyhow::Result<WorkerRuntime> {
    let runtime = WorkerRuntime::new(config).context("setting up the saga workers")?;
    Ok(saga::workers(payments, concurrency)
        .into_iter()
        .fold(runtime, WorkerRuntime::with))
}

/// What the runtime calls once the database is open and migrated: the routes, and the workers
/// spawned until shutdown, polling where the Conductor SDKs' variables say (they keep polling
/// while the orchestrator is down, so the service starts and serves without it).
///
/// # Errors
/// Invalid settings or Conductor variables.
pub async fn build(ctx: Context) -> anyhow::Result<Routes> {
    build_with(ctx, WorkerConfig::from_env).await
}

/// [`build`], with the workers' configuration from `worker_config` (read only when the workers
/// run): tests point the workers at an orchestrator of their own.
///
/// # Errors
/// Invalid settings, or `worker_config` fails.
pub async fn build_with<C>(ctx: Context, worker_config: C) -> anyhow::Result<Routes>
where
    C: FnOnce() -> Result<WorkerConfig, WorkerConfigError>,
{
    let settings: PaymentSettings = ctx.settings().context("reading payment's settings")?;
    if settings.worker_concurrency == 0 {
        anyhow::bail!("invalid setting `worker_concurrency`: must be at least 1");
    }
    let payments = payments(ctx.database.clone());
    if settings.workers {
        let config = worker_config().context("reading the CONDUCTOR_* variables")?;
        tracing::info!(server = %config.server_url, "saga workers polling");
        let runtime = workers(&payments, config, settings.worker_concurrency)?;
        tokio::spawn(runtime.run(ctx.shutdown.stopping()));
    }
    Ok(routes(&payments, Arc::clone(&ctx.authenticator)))
}

#[cfg(test)]
mod tests {
    use service_kit::config::command_with_settings;

    use super::*;

    #[test]
    fn help_lists_every_payment_setting_with_its_variable() {
        let settings = settings_help().unwrap_or_else(|e| panic!("{e}"));
        let help = command_with_settings(Service::Payment, &settings)
            .render_long_help()
            .to_string();
        for (variable, default) in [
            ("PAYMENT_WORKERS", "true"),
            ("PAYMENT_WORKER_CONCURRENCY", "8"),
        ] {
            assert!(
                help.contains(&format!("[env: {variable}] [default: {default}]")),
                "{variable} missing from:\n{help}"
            );
        }
    }
}
