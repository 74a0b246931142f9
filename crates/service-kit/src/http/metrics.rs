//! Prometheus metrics: request count and latency by method, route template and status.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tokio::task::JoinHandle;

pub const REQUESTS_TOTAL: &str = "http_requests_total";
pub const REQUEST_DURATION: &str = "http_request_duration_seconds";

/// How often histogram samples are folded into their buckets when nobody scrapes `/metrics`.
pub const UPKEEP_PERIOD: Duration = Duration::from_secs(5);

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
/// The recorder keeps histogram samples in memory until upkeep folds them into buckets; a
/// serving process runs [`spawn_upkeep`] so that memory stays bounded without a scraper.
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

/// Runs the recorder's upkeep every `period` until the returned task is aborted.
/// `install_recorder` (unlike the exporter's own HTTP listener) starts no such task, and without
/// it every latency sample recorded between two scrapes stays queued in memory: under load and
/// with no Prometheus scraping, that is unbounded growth.
pub fn spawn_upkeep(handle: PrometheusHandle, period: Duration) -> JoinHandle<()> {
    spawn_every(period, move || handle.run_upkeep())
}

/// Calls `action` every `period` (the first call one period from now) until the task is aborted.
/// Ticks missed while the runtime was busy are not made up in a burst.
fn spawn_every(period: Duration, action: impl Fn() + Send + 'static) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            action();
        }
    })
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
    // Rendering drains the histogram samples itself; `spawn_upkeep` covers the time between
    // scrapes.
    (
        [(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        handle.render(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[tokio::test(start_paused = true)]
    async fn upkeep_runs_every_period_until_aborted() {
        let runs = Arc::new(AtomicUsize::new(0));
        let task = spawn_every(Duration::from_secs(5), {
            let runs = runs.clone();
            move || {
                runs.fetch_add(1, Ordering::SeqCst);
            }
        });
        tokio::time::sleep(Duration::from_millis(4_900)).await;
        assert_eq!(runs.load(Ordering::SeqCst), 0, "not before one period");
        tokio::time::sleep(Duration::from_millis(10_200)).await;
        assert_eq!(runs.load(Ordering::SeqCst), 3, "at 5 s, 10 s and 15 s");
        task.abort();
        let _ = task.await;
        tokio::time::sleep(Duration::from_secs(60)).await;
        assert_eq!(runs.load(Ordering::SeqCst), 3, "none after the abort");
    }
}
