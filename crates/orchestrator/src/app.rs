//! Start-up: settings → telemetry → database and migrations → store, use cases, sweeper and
//! HTTP server, with service-kit's operational routes (`/healthz`, `/readyz`, `/metrics`) and
//! its two-phase graceful shutdown. `main` and the tests use the same [`start`].

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context as _;
use service_kit::http::HttpOptions;
use service_kit::readiness::Readiness;
use service_kit::shutdown::Shutdown;
use service_kit::{Database, Secret};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::application::usecase::Orchestrator;
use crate::config::{Cli, Command, Settings};
use crate::infrastructure::adapter::db::{SqlStore, migrations};
use crate::infrastructure::adapter::web;

/// A serving orchestrator.
pub struct Running {
    /// The address actually bound (differs from the settings when they ask for port 0).
    pub addr: SocketAddr,
    pub shutdown: Shutdown,
    task: JoinHandle<anyhow::Result<()>>,
}

impl Running {
    /// `http://<addr><base path>`, what `CONDUCTOR_SERVER_URL` should be.
    pub fn server_url(&self, settings: &Settings) -> String {
        format!(
            "http://{}{}",
            self.addr,
            settings.base_path.trim_end_matches('/')
        )
    }

    /// Wait until the server has stopped (after a signal or [`Shutdown::trigger`]).
    ///
    /// # Errors
    /// The server failed.
    pub async fn wait(self) -> anyhow::Result<()> {
        self.task.await.context("the server task panicked")?
    }
}

/// Run the command line: `serve` (default) until SIGTERM/SIGINT, or `migrate`.
///
/// # Errors
/// Invalid settings, an unreachable database, a failed migration, a port in use.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let settings = cli.settings()?;
    let _telemetry = match service_kit::telemetry::init(
        "orchestrator",
        settings.log_format,
        settings.otel_exporter_otlp_endpoint.as_deref(),
    ) {
        Ok(guard) => Some(guard),
        Err(service_kit::telemetry::TelemetryError::AlreadyInstalled(_)) => None,
        Err(err) => return Err(err).context("starting telemetry"),
    };
    if cli.command == Some(Command::Migrate) {
        let database = open_and_migrate(&settings, true).await?;
        database.close().await;
        return Ok(());
    }
    let running = start(settings).await?;
    running.shutdown.trigger_on_signal();
    running.wait().await
}

async fn open_and_migrate(settings: &Settings, migrate: bool) -> anyhow::Result<Database> {
    let url = Secret::new(settings.database_url());
    let database = Database::connect(&url)
        .await
        .context("opening the database")?;
    if migrate {
        database
            .migrate(&migrations())
            .await
            .context("migrating the database")?;
        tracing::info!(dialect = database.dialect(), "migrations applied");
    }
    Ok(database)
}

/// Open the database (migrated when configured), bind, and serve in the background.
///
/// # Errors
/// An unreachable database, a failed migration, a port in use.
pub async fn start(settings: Settings) -> anyhow::Result<Running> {
    let database = open_and_migrate(&settings, settings.migrate_on_start).await?;
    let store = SqlStore::connect(&settings.database_url())
        .await
        .context("opening the orchestrator's store")?;
    let orchestrator = Orchestrator::new(Arc::new(store));

    let shutdown = Shutdown::new(std::time::Duration::from_millis(settings.drain_delay_ms));
    let readiness = Readiness::new(shutdown.clone(), std::time::Duration::from_secs(2));
    readiness.add_check(database.clone());
    let listener = TcpListener::bind(settings.http_addr)
        .await
        .with_context(|| {
            format!(
                "binding the HTTP address {} (http_addr)",
                settings.http_addr
            )
        })?;
    let addr = listener.local_addr().context("reading the HTTP address")?;
    let metrics = service_kit::http::metrics::prometheus()?;
    let options = HttpOptions {
        request_timeout: settings.request_timeout(),
        body_limit_bytes: settings.body_limit_bytes,
        access_log: settings.access_log,
        openapi_json: None,
    };
    let app = service_kit::http::app(
        web::router(orchestrator.clone(), &settings.base_path)
            .merge(web::pages(orchestrator.clone())),
        &options,
        readiness,
        metrics.clone(),
    );

    let sweeper = {
        let orchestrator = orchestrator.clone();
        let stop = shutdown.stopping();
        let period = settings.sweep_interval();
        tokio::spawn(async move { orchestrator.run_sweeper(period, stop).await })
    };
    let upkeep = service_kit::http::metrics::spawn_upkeep(
        metrics,
        service_kit::http::metrics::UPKEEP_PERIOD,
    );
    let server_shutdown = shutdown.clone();
    let task = tokio::spawn(async move {
        let served = service_kit::http::serve(listener, app, server_shutdown).await;
        upkeep.abort();
        if let Err(err) = sweeper.await {
            tracing::warn!(error = %err, "the timer sweeper ended abnormally");
        }
        database.close().await;
        served.context("serving HTTP")
    });
    Ok(Running {
        addr,
        shutdown,
        task,
    })
}
