//! Helpers shared by the test modules.

use std::net::SocketAddr;
use std::sync::{Arc, Once};
use std::time::Duration;

use axum::Router;
use service_kit::http::HttpOptions;
use service_kit::{Readiness, Shutdown};
use sqlx::migrate::Migrator;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub static SQLITE_MIGRATOR: Migrator = sqlx::migrate!("tests/migrations/sqlite");
pub static MYSQL_MIGRATOR: Migrator = sqlx::migrate!("tests/migrations/mysql");

pub fn migrations() -> service_kit::Migrations {
    service_kit::Migrations {
        sqlite: &SQLITE_MIGRATOR,
        mysql: &MYSQL_MIGRATOR,
    }
}

/// A running HTTP server built by the runtime around `api`.
pub struct TestHttp {
    pub addr: SocketAddr,
    pub shutdown: Shutdown,
    pub readiness: Readiness,
    pub server: JoinHandle<std::io::Result<()>>,
    pub client: reqwest::Client,
}

impl TestHttp {
    pub async fn spawn(api: Router, options: HttpOptions, drain_delay: Duration) -> Self {
        init_tracing();
        let shutdown = Shutdown::new(drain_delay);
        let readiness = Readiness::new(shutdown.clone(), Duration::from_secs(1));
        let app = service_kit::http::app(
            api,
            &options,
            readiness.clone(),
            service_kit::http::metrics::prometheus().expect("the Prometheus recorder installs"),
        );
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
        let addr = listener.local_addr().expect("local addr");
        let server = tokio::spawn(service_kit::http::serve(listener, app, shutdown.clone()));
        Self {
            addr,
            shutdown,
            readiness,
            server,
            client: reqwest::Client::new(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

/// The subscriber a service installs when it exports nothing (W3C ids on every span, the W3C
/// propagator), with logs going to the test harness's captured output instead of stdout.
/// Tests that start a [`service_kit::Runtime`] call it first, so that the runtime finds a
/// subscriber installed and keeps this one.
pub fn init_tracing() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        use tracing_subscriber::layer::SubscriberExt;
        use tracing_subscriber::util::SubscriberInitExt;
        opentelemetry::global::set_text_map_propagator(
            opentelemetry_sdk::propagation::TraceContextPropagator::new(),
        );
        tracing_subscriber::registry()
            .with(tracing_subscriber::filter::LevelFilter::INFO)
            .with(tracing_subscriber::fmt::layer().with_test_writer())
            .with(service_kit::telemetry::TraceIds)
            .try_init()
            .expect("no other test installs a global subscriber");
    });
}

pub fn shared<T>(value: T) -> Arc<std::sync::Mutex<T>> {
    Arc::new(std::sync::Mutex::new(value))
}
