//! The HTTP server: the service's generated router plus operational routes, wrapped in the
//! shared middleware, served until shutdown.

pub mod docs;
pub mod layers;
pub mod metrics;
pub mod ops;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use metrics_exporter_prometheus::PrometheusHandle;
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::{AccessLog, RuntimeConfig};
use crate::readiness::Readiness;
use crate::shutdown::Shutdown;

pub use layers::REQUEST_ID_HEADER;

/// How the shared middleware is tuned, plus the spec to serve.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    pub request_timeout: Duration,
    pub body_limit_bytes: usize,
    /// Which answered requests get an access-log line.
    pub access_log: AccessLog,
    /// The service's bundled OpenAPI document (JSON text); enables `/openapi.json` and `/docs`.
    pub openapi_json: Option<Arc<str>>,
}

impl HttpOptions {
    pub fn from_config(config: &RuntimeConfig, openapi_json: Option<Arc<str>>) -> Self {
        Self {
            request_timeout: config.request_timeout(),
            body_limit_bytes: config.body_limit_bytes,
            access_log: config.access_log,
            openapi_json,
        }
    }
}

impl Default for HttpOptions {
    fn default() -> Self {
        Self {
            request_timeout: Duration::from_secs(30),
            body_limit_bytes: 1024 * 1024,
            access_log: AccessLog::default(),
            openapi_json: None,
        }
    }
}

/// The complete application: `api` (the generated router with its state applied) merged with
/// the operational routes, all behind the shared middleware.
pub fn app(
    api: Router,
    options: &HttpOptions,
    readiness: Readiness,
    metrics: PrometheusHandle,
) -> Router {
    let middleware = ServiceBuilder::new()
        .layer(SetSensitiveRequestHeadersLayer::new([
            http::header::AUTHORIZATION,
            http::header::COOKIE,
        ]))
        .layer(SetRequestIdLayer::new(
            REQUEST_ID_HEADER,
            layers::MakeRequestUuid,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(layers::HttpSpan)
                .on_request(())
                .on_response(layers::AccessLogLine(options.access_log))
                .on_failure(layers::AccessLogLine(options.access_log)),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID_HEADER))
        .layer(metrics::RecordLayer::default())
        .layer(layers::ProblemForBareErrorsLayer)
        .layer(TimeoutLayer::with_status_code(
            http::StatusCode::SERVICE_UNAVAILABLE,
            options.request_timeout,
        ))
        .layer(CatchPanicLayer::custom(layers::panic_response))
        .layer(RequestBodyLimitLayer::new(options.body_limit_bytes));
    // `Router::layer` runs the middleware after routing, so spans and metrics see the route
    // template (`MatchedPath`); unrouted requests still pass through it via the fallback.
    ops::routes(readiness, metrics, options.openapi_json.clone())
        .merge(api)
        .layer(DefaultBodyLimit::max(options.body_limit_bytes))
        .layer(middleware)
}

/// Serve `app` on `listener` until the shutdown's stopping phase, then let in-flight requests
/// finish.
///
/// # Errors
/// The listener fails.
pub async fn serve(listener: TcpListener, app: Router, shutdown: Shutdown) -> std::io::Result<()> {
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, "HTTP server listening");
    }
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown.stopping())
        .await
}
