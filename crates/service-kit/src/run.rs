//! The entry point a service's `main.rs` calls.
//!
//! ```ignore
//! #[tokio::main]
//! async fn main() -> anyhow::Result<()> {
//!     Runtime::new(Service::Catalog)
//!         .migrations(MIGRATIONS)
//!         .openapi_json(catalog::OPENAPI_JSON)
//!         .grpc_reflection(catalog::FILE_DESCRIPTOR_SET, &["bookstore.catalog.v1.CatalogService"])
//!         .run(|ctx| async move { catalog::routes(ctx).await })
//!         .await
//! }
//! ```

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context as _;
use openapi_runtime::Authenticator;
use tokio::net::TcpListener;

use crate::auth::JwksAuthenticator;
use crate::config::{
    Cli, Command, ConfigSources, LoadedConfig, RuntimeConfig, Service, SettingHelp,
};
use crate::db::{Database, Migrations};
use crate::grpc::GrpcOptions;
use crate::http::HttpOptions;
use crate::readiness::Readiness;
use crate::shutdown::Shutdown;
use crate::telemetry::TelemetryError;

/// What the service hands back to be served.
pub struct Routes {
    /// The generated axum router with its state applied.
    pub http: axum::Router,
    /// The gRPC services (`tonic::service::Routes::new(FooServer::new(..))`).
    pub grpc: tonic::service::Routes,
}

/// What the service gets to build its routes from.
#[derive(Clone)]
pub struct Context {
    pub service: Service,
    pub config: RuntimeConfig,
    loaded: LoadedConfig,
    pub database: Database,
    /// Validates bearer tokens against the configured issuer; hand it to the generated router.
    pub authenticator: Arc<dyn Authenticator>,
    /// Add the service's required downstreams here; `/readyz` checks them.
    pub readiness: Readiness,
    pub shutdown: Shutdown,
    /// The addresses actually bound (differs from the configuration when it asks for port 0).
    pub http_addr: SocketAddr,
    pub grpc_addr: SocketAddr,
}

impl Context {
    /// The service's own settings from the same layers as the runtime's.
    ///
    /// # Errors
    /// A value has the wrong type; the error names the key.
    pub fn settings<T: serde::Serialize + serde::de::DeserializeOwned + Default>(
        &self,
    ) -> Result<T, crate::config::ConfigError> {
        self.loaded.settings()
    }
}

/// Builder for one service process.
pub struct Runtime {
    service: Service,
    migrations: Option<Migrations>,
    openapi_json: Option<Arc<str>>,
    file_descriptor_set: Option<&'static [u8]>,
    grpc_service_names: Vec<&'static str>,
    settings_help: Vec<SettingHelp>,
}

impl Runtime {
    pub fn new(service: Service) -> Self {
        Self {
            service,
            migrations: None,
            openapi_json: None,
            file_descriptor_set: None,
            grpc_service_names: Vec::new(),
            settings_help: Vec::new(),
        }
    }

    /// The service this runtime runs.
    pub fn service(&self) -> Service {
        self.service
    }

    /// The service's own settings, listed in `--help` (see [`crate::config::describe_settings`]).
    pub fn settings_help(mut self, settings: Vec<SettingHelp>) -> Self {
        self.settings_help = settings;
        self
    }

    pub fn migrations(mut self, migrations: Migrations) -> Self {
        self.migrations = Some(migrations);
        self
    }

    /// The bundled OpenAPI document, served at `/openapi.json` and rendered at `/docs`.
    pub fn openapi_json(mut self, spec: &str) -> Self {
        self.openapi_json = Some(Arc::from(spec));
        self
    }

    /// The encoded `FileDescriptorSet` for gRPC reflection, and the service names for health.
    pub fn grpc_reflection(
        mut self,
        descriptors: &'static [u8],
        service_names: &[&'static str],
    ) -> Self {
        self.file_descriptor_set = Some(descriptors);
        self.grpc_service_names = service_names.to_vec();
        self
    }

    /// Parse the command line, then [`Runtime::run_with`].
    ///
    /// # Errors
    /// See [`Runtime::run_with`].
    pub async fn run<F, Fut>(self, build: F) -> anyhow::Result<()>
    where
        F: FnOnce(Context) -> Fut,
        Fut: Future<Output = anyhow::Result<Routes>>,
    {
        let cli = Cli::parse_with_settings(self.service, &self.settings_help);
        let sources = ConfigSources::from_process(&cli);
        self.run_with(cli.command.unwrap_or(Command::Serve), sources, build)
            .await
    }

    /// Load and validate the configuration, start telemetry, open the database and migrate,
    /// then (for `serve`) build the routes and serve HTTP and gRPC until SIGTERM/SIGINT.
    ///
    /// # Errors
    /// Invalid configuration, an unreachable database, a failed migration, a port in use, or a
    /// server failure; each names what failed.
    pub async fn run_with<F, Fut>(
        self,
        command: Command,
        sources: ConfigSources,
        build: F,
    ) -> anyhow::Result<()>
    where
        F: FnOnce(Context) -> Fut,
        Fut: Future<Output = anyhow::Result<Routes>>,
    {
        let loaded = LoadedConfig::load(self.service, &sources)?;
        let config = loaded.runtime()?;
        let _telemetry = match crate::telemetry::init(
            self.service.name(),
            config.log_format,
            config.otel_exporter_otlp_endpoint.as_deref(),
        ) {
            Ok(guard) => Some(guard),
            // Only in-process tests start a second runtime; the first subscriber keeps logging.
            Err(TelemetryError::AlreadyInstalled(_)) => None,
            Err(err) => return Err(err).context("starting telemetry"),
        };
        let database = Database::connect(&crate::config::database_url(&config, self.service))
            .await
            .context("opening the database")?;
        tracing::info!(dialect = database.dialect(), "database opened");
        if (command == Command::Migrate || config.migrate_on_start)
            && let Some(migrations) = &self.migrations
        {
            database
                .migrate(migrations)
                .await
                .context("migrating the database")?;
            tracing::info!("migrations applied");
        }
        if command == Command::Migrate {
            database.close().await;
            return Ok(());
        }

        let shutdown = Shutdown::new(config.drain_delay());
        let readiness = Readiness::new(shutdown.clone(), std::time::Duration::from_secs(2));
        readiness.add_check(database.clone());
        // Bound before the service is built so a port in use fails fast, and so the service
        // (and tests asking for port 0) learn the actual addresses.
        let http_listener = TcpListener::bind(config.http_addr).await.with_context(|| {
            format!("binding the HTTP address {} (http_addr)", config.http_addr)
        })?;
        let grpc_listener = TcpListener::bind(config.grpc_addr).await.with_context(|| {
            format!("binding the gRPC address {} (grpc_addr)", config.grpc_addr)
        })?;
        let authenticator = JwksAuthenticator::new(config.jwks())
            .context("setting up authentication")?
            .into_shared();
        let context = Context {
            service: self.service,
            config: config.clone(),
            loaded,
            database: database.clone(),
            authenticator,
            readiness: readiness.clone(),
            shutdown: shutdown.clone(),
            http_addr: http_listener
                .local_addr()
                .context("reading the HTTP address")?,
            grpc_addr: grpc_listener
                .local_addr()
                .context("reading the gRPC address")?,
        };
        // Installed before the service is built, so that metric handles it creates while
        // building (and keeps, off the per-request path) report into the real registry.
        let metrics = crate::http::metrics::prometheus()?;
        let routes = build(context).await.context("building the service")?;

        let upkeep = crate::http::metrics::spawn_upkeep(
            metrics.clone(),
            crate::http::metrics::UPKEEP_PERIOD,
        );
        let http_app = crate::http::app(
            routes.http,
            &HttpOptions::from_config(&config, self.openapi_json.clone()),
            readiness,
            metrics,
        );
        let grpc_options = GrpcOptions {
            request_timeout: config.request_timeout(),
            file_descriptor_set: self.file_descriptor_set,
            service_names: self.grpc_service_names.clone(),
        };

        shutdown.trigger_on_signal();
        let http = tokio::spawn(crate::http::serve(
            http_listener,
            http_app,
            shutdown.clone(),
        ));
        let grpc = tokio::spawn(crate::grpc::serve(
            grpc_listener,
            routes.grpc,
            grpc_options,
            shutdown.clone(),
        ));
        let (http_abort, grpc_abort) = (http.abort_handle(), grpc.abort_handle());
        // If either server dies on its own, take the other down too rather than run half a service.
        let servers = async {
            tokio::join!(
                async {
                    let result = http.await;
                    shutdown.trigger();
                    result
                },
                async {
                    let result = grpc.await;
                    shutdown.trigger();
                    result
                }
            )
        };
        tokio::pin!(servers);
        // The drain is bounded: once the servers stop accepting, a request still in flight has
        // at most the request timeout left, so a connection open past that (a client that never
        // acknowledges a gRPC GOAWAY, say) is closed rather than allowed to hold the process.
        let drain_limit = config.request_timeout() + DRAIN_MARGIN;
        let stopping = shutdown.stopping();
        let past_drain_limit = async move {
            stopping.await;
            tokio::time::sleep(drain_limit).await;
        };
        let (http, grpc) = tokio::select! {
            joined = &mut servers => joined,
            () = past_drain_limit => {
                tracing::warn!(
                    limit_ms = u64::try_from(drain_limit.as_millis()).unwrap_or(u64::MAX),
                    "connections still open after the drain limit; closing them"
                );
                http_abort.abort();
                grpc_abort.abort();
                servers.await
            }
        };
        upkeep.abort();
        finished(http, "HTTP")?.context("the HTTP server failed")?;
        finished(grpc, "gRPC")?.context("the gRPC server failed")?;
        database.close().await;
        tracing::info!("shut down cleanly");
        Ok(())
    }
}

/// How long past the request timeout the drain may run before open connections are closed.
const DRAIN_MARGIN: std::time::Duration = std::time::Duration::from_secs(1);

/// A server task's outcome: its own result, or `Ok` when it was closed at the drain limit.
fn finished<E>(
    joined: Result<Result<(), E>, tokio::task::JoinError>,
    server: &str,
) -> anyhow::Result<Result<(), E>> {
    match joined {
        Ok(result) => Ok(result),
        Err(err) if err.is_cancelled() => Ok(Ok(())),
        Err(err) => {
            Err(anyhow::Error::new(err).context(format!("the {server} server task panicked")))
        }
    }
}
