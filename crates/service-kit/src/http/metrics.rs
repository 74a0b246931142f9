//! Prometheus metrics: request count and latency by method, route template and status.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request};
use axum::response::{IntoResponse, Response};
use futures::future::BoxFuture;
use metrics::{Counter, Histogram};
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

/// The route label of requests that matched no route.
const UNMATCHED: &str = "unmatched";

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
                .and_then(|builder| {
                    builder.set_buckets_for_metric(
                        Matcher::Full(crate::coalesce::LOOKUPS_PER_CALL.to_owned()),
                        crate::coalesce::LOOKUPS_PER_CALL_BUCKETS,
                    )
                })
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

/// Records each request once it is answered. It runs inside routing, so the route is the
/// template (`/books/{id}`), keeping label cardinality bounded; unrouted requests share the label
/// `unmatched`.
#[derive(Debug, Clone, Default)]
pub struct RecordLayer {
    handles: Arc<HandleCache>,
}

impl<S> tower::Layer<S> for RecordLayer {
    type Service = Record<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Record {
            inner,
            handles: self.handles.clone(),
        }
    }
}

/// The service [`RecordLayer`] wraps around the rest of the stack.
#[derive(Debug, Clone)]
pub struct Record<S> {
    inner: S,
    handles: Arc<HandleCache>,
}

impl<S, B> tower::Service<Request> for Record<S>
where
    S: tower::Service<Request, Response = http::Response<B>> + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = http::Response<B>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<http::Response<B>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let started = Instant::now();
        let method = method_label(request.method());
        // `MatchedPath` holds an `Arc<str>`: cloning it is a reference count, not a copy.
        let route = request.extensions().get::<MatchedPath>().cloned();
        let handles = self.handles.clone();
        let response = self.inner.call(request);
        Box::pin(async move {
            let response = response.await?;
            let route = route.as_ref().map_or(UNMATCHED, MatchedPath::as_str);
            handles.record(method, route, response.status().as_u16(), started.elapsed());
            Ok(response)
        })
    }
}

/// The method as a label. Clients can send any token as a method; giving each its own series
/// would let them grow the registry without bound, so the non-standard ones share `_OTHER` (the
/// OpenTelemetry HTTP conventions' choice).
fn method_label(method: &http::Method) -> &'static str {
    use http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        Method::CONNECT => "CONNECT",
        Method::TRACE => "TRACE",
        _ => "_OTHER",
    }
}

/// The counter and histogram of each (route, method, status) seen so far. Going through the
/// `metrics` macros on every request builds a label set (three owned strings) and looks it up in
/// the registry; after the first request of a kind, this is a read lock, one hash of the route
/// and two atomic updates. The set is bounded: routes are templates, methods are normalised and
/// statuses are three digits.
#[derive(Debug, Default)]
struct HandleCache {
    by_route: RwLock<HashMap<Box<str>, Vec<Handles>>>,
}

#[derive(Debug)]
struct Handles {
    method: &'static str,
    status: u16,
    requests: Counter,
    duration: Histogram,
}

impl HandleCache {
    fn record(&self, method: &'static str, route: &str, status: u16, elapsed: Duration) {
        let seconds = elapsed.as_secs_f64();
        {
            // A panic while holding the lock cannot leave the map half-updated (inserts are
            // single calls), so a poisoned lock is still usable.
            let by_route = self.by_route.read().unwrap_or_else(PoisonError::into_inner);
            if let Some(handles) = by_route
                .get(route)
                .and_then(|handles| handles.iter().find(|h| h.matches(method, status)))
            {
                handles.requests.increment(1);
                handles.duration.record(seconds);
                return;
            }
        }
        let labels = [
            ("method", method.to_owned()),
            ("route", route.to_owned()),
            ("status", status.to_string()),
        ];
        let handles = Handles {
            method,
            status,
            requests: metrics::counter!(REQUESTS_TOTAL, &labels),
            duration: metrics::histogram!(REQUEST_DURATION, &labels),
        };
        handles.requests.increment(1);
        handles.duration.record(seconds);
        let mut by_route = self
            .by_route
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        let for_route = by_route.entry(route.into()).or_default();
        // Another request of the same kind may have registered it meanwhile; both handles point
        // at the same series, so keeping the first is enough.
        if !for_route.iter().any(|h| h.matches(method, status)) {
            for_route.push(handles);
        }
    }
}

impl Handles {
    fn matches(&self, method: &str, status: u16) -> bool {
        self.status == status && self.method == method
    }
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn non_standard_methods_share_one_label() {
        let custom = http::Method::from_bytes(b"PURGE").unwrap();
        assert_eq!(method_label(&custom), "_OTHER");
        assert_eq!(method_label(&http::Method::PATCH), "PATCH");
    }
}
