//! Prometheus metrics: request count and latency by method, route template and status.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

pub const REQUESTS_TOTAL: &str = "http_requests_total";
pub const REQUEST_DURATION: &str = "http_request_duration_seconds";

/// Latency buckets from 5 ms to 10 s: the range a CRUD service's requests actually fall in.
const LATENCY_BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

static HANDLE: OnceLock<Result<PrometheusHandle, String>> = OnceLock::new();

#[derive(Debug, Clone, thiserror::Error)]
#[error("cannot install the Prometheus recorder: {0}")]
pub struct MetricsError(String);

/// The process-wide Prometheus recorder, installed on first use. The `metrics` facade has one
/// global recorder, so every server in the process (and the service's own `metrics::counter!`
/// calls) reports into the same registry.
///
/// # Errors
/// Another metrics recorder was installed first.
pub fn prometheus() -> Result<PrometheusHandle, MetricsError> {
    HANDLE
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(REQUEST_DURATION.to_owned()), LATENCY_BUCKETS)
                .map_err(|err| err.to_string())?
                .install_recorder()
                .map_err(|err| err.to_string())
        })
        .clone()
        .map_err(MetricsError)
}

/// Middleware recording each request once it is answered. It runs inside routing, so the route
/// is the template (`/books/{id}`), keeping label cardinality bounded; unrouted requests share
/// the label `unmatched`.
pub async fn record(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |path| path.as_str().to_owned());
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let labels = [
        ("method", method),
        ("route", route),
        ("status", response.status().as_u16().to_string()),
    ];
    metrics::counter!(REQUESTS_TOTAL, &labels).increment(1);
    metrics::histogram!(REQUEST_DURATION, &labels).record(started.elapsed().as_secs_f64());
    response
}

/// `GET /metrics` in the Prometheus text format.
pub async fn render(handle: PrometheusHandle) -> Response {
    // Upkeep drains histogram samples into buckets; scrapes are frequent enough to drive it.
    handle.run_upkeep();
    (
        [(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        handle.render(),
    )
        .into_response()
}
