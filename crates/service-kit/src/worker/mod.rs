//! The worker runtime: runs the saga's generated worker traits (through their `run_<task>`
//! functions) against any Conductor-compatible server, the embedded orchestrator or Conductor
//! OSS.
//!
//! Per task type one loop batch-long-polls for as many tasks as it has free slots (bounded
//! concurrency), in an optional domain, runs each on its own Tokio task inside a span that
//! continues the `traceparent` carried in the task's input, and reports the result: a
//! [`Outcome::Completed`] as `COMPLETED`, [`Outcome::Failed`] as `FAILED` (the server retries),
//! [`Outcome::FailedTerminal`] as `FAILED_WITH_TERMINAL_ERROR` with the reason, and a panic as
//! `FAILED`. On shutdown it stops polling and waits for the tasks in hand to finish and be
//! reported, for `drain_timeout` at most (a task whose report is lost, or that is still running
//! then, is handed out again after its response timeout: delivery is at least once, as in
//! Conductor).
//!
//! Configuration follows the official SDKs: `CONDUCTOR_SERVER_URL` (`http://127.0.0.1:8080/api`
//! by default), optional `CONDUCTOR_AUTH_KEY`/`CONDUCTOR_AUTH_SECRET` (a token from `/api/token`),
//! `CONDUCTOR_WORKER_DOMAIN` and `CONDUCTOR_WORKER_ID`.
//!
//! Metrics (the kit's Prometheus recorder): `saga_worker_tasks_total{task_type,status}`,
//! `saga_worker_task_duration_seconds{task_type}`, `saga_worker_polls_total{task_type,result}`
//! and the gauge `saga_worker_tasks_in_flight{task_type}`.

pub mod client;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::FutureExt;
use serde_json::{Map, Value};
use tokio::sync::Semaphore;
use tracing::Instrument;
use url::Url;

use crate::config::Secret;
pub use client::{ClientError, ConductorClient, Credentials, PolledTask, ResultStatus, TaskResult};

pub const TASKS_TOTAL: &str = "saga_worker_tasks_total";
pub const TASK_DURATION: &str = "saga_worker_task_duration_seconds";
pub const POLLS_TOTAL: &str = "saga_worker_polls_total";
pub const IN_FLIGHT: &str = "saga_worker_tasks_in_flight";

/// The field of a task's input that carries the starter's W3C trace context.
pub const TRACEPARENT: &str = "traceparent";

/// What running a task came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// `COMPLETED` with this output (a JSON object; anything else is wrapped as `{"result": ..}`).
    Completed(Value),
    /// `FAILED`: transient, retried by the server.
    Failed(String),
    /// `FAILED_WITH_TERMINAL_ERROR`: a business failure, never retried.
    FailedTerminal(String),
}

type Handler =
    Arc<dyn Fn(Value) -> Pin<Box<dyn Future<Output = Outcome> + Send>> + Send + Sync + 'static>;

/// One task type and the function that runs it.
#[derive(Clone)]
pub struct Worker {
    task_type: String,
    concurrency: usize,
    handler: Handler,
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker")
            .field("task_type", &self.task_type)
            .field("concurrency", &self.concurrency)
            .finish_non_exhaustive()
    }
}

impl Worker {
    /// Run `handler` for tasks of `task_type`, at most `concurrency` at once (at least 1). With
    /// the generated saga port: `Worker::new(saga::PLACE_ORDER, 8, move |input| { let w =
    /// w.clone(); async move { saga::run_place_order(&*w, input).await.into() } })`, given a
    /// `From<saga::TaskOutcome> for Outcome` in the service.
    pub fn new<F, Fut>(task_type: impl Into<String>, concurrency: usize, handler: F) -> Self
    where
        F: Fn(Value) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Outcome> + Send + 'static,
    {
        Self {
            task_type: task_type.into(),
            concurrency: concurrency.max(1),
            handler: Arc::new(move |input| Box::pin(handler(input))),
        }
    }

    pub fn task_type(&self) -> &str {
        &self.task_type
    }
}

/// Where and how the workers poll.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// The API root, e.g. `http://127.0.0.1:8080/api`.
    pub server_url: Url,
    pub credentials: Option<Credentials>,
    pub domain: Option<String>,
    pub worker_id: String,
    /// How long one poll waits on the server for a task.
    pub poll_timeout: Duration,
    /// How long to wait after a failed poll before the next.
    pub error_backoff: Duration,
    /// On shutdown, how long each task type's loop waits for the tasks in hand once it has
    /// stopped polling. A task still running then is left behind unreported: the server hands
    /// it out again after its response timeout, so this only needs to be a little longer than
    /// the longest a handler should take.
    pub drain_timeout: Duration,
}

/// The default [`WorkerConfig::drain_timeout`]: a few seconds beyond the saga's longest response
/// timeout (10 s, `api/saga`).
pub const DEFAULT_DRAIN_TIMEOUT: Duration = Duration::from_secs(15);

/// A setting that does not parse.
#[derive(Debug, thiserror::Error)]
#[error("{name} is invalid: {reason}")]
pub struct WorkerConfigError {
    pub name: &'static str,
    pub reason: String,
}

pub const DEFAULT_SERVER_URL: &str = "http://127.0.0.1:8080/api";

impl WorkerConfig {
    /// Defaults for `server_url`: a 1 s long-poll, 1 s back-off after an error, a
    /// [`DEFAULT_DRAIN_TIMEOUT`] drain, and a worker id of host name and process id.
    pub fn new(server_url: Url) -> Self {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "worker".to_owned());
        Self {
            server_url,
            credentials: None,
            domain: None,
            worker_id: format!("{host}-{}", std::process::id()),
            poll_timeout: Duration::from_secs(1),
            error_backoff: Duration::from_secs(1),
            drain_timeout: DEFAULT_DRAIN_TIMEOUT,
        }
    }

    /// Read the SDKs' environment variables through `var` (`std::env::var` in a service).
    ///
    /// # Errors
    /// An unparsable URL, or only one of the two auth variables.
    pub fn from_env_with(var: impl Fn(&str) -> Option<String>) -> Result<Self, WorkerConfigError> {
        let url = var("CONDUCTOR_SERVER_URL").unwrap_or_else(|| DEFAULT_SERVER_URL.to_owned());
        let server_url = Url::parse(&url).map_err(|e| WorkerConfigError {
            name: "CONDUCTOR_SERVER_URL",
            reason: e.to_string(),
        })?;
        let mut config = Self::new(server_url);
        config.credentials = match (var("CONDUCTOR_AUTH_KEY"), var("CONDUCTOR_AUTH_SECRET")) {
            (Some(key_id), Some(secret)) => Some(Credentials {
                key_id,
                key_secret: Secret::new(secret),
            }),
            (None, None) => None,
            _ => {
                return Err(WorkerConfigError {
                    name: "CONDUCTOR_AUTH_KEY",
                    reason: "set both CONDUCTOR_AUTH_KEY and CONDUCTOR_AUTH_SECRET, or neither"
                        .into(),
                });
            }
        };
        config.domain = var("CONDUCTOR_WORKER_DOMAIN").filter(|d| !d.is_empty());
        if let Some(id) = var("CONDUCTOR_WORKER_ID").filter(|d| !d.is_empty()) {
            config.worker_id = id;
        }
        Ok(config)
    }

    /// [`WorkerConfig::from_env_with`] on the process environment.
    ///
    /// # Errors
    /// As [`WorkerConfig::from_env_with`].
    pub fn from_env() -> Result<Self, WorkerConfigError> {
        Self::from_env_with(|name| std::env::var(name).ok())
    }
}

/// Runs registered workers until shut down.
#[derive(Debug)]
pub struct WorkerRuntime {
    config: WorkerConfig,
    client: Arc<ConductorClient>,
    workers: Vec<Worker>,
}

impl WorkerRuntime {
    /// # Errors
    /// When the HTTP client cannot be built for the configured URL.
    pub fn new(config: WorkerConfig) -> Result<Self, ClientError> {
        let client = ConductorClient::new(config.server_url.clone(), config.credentials.clone())?;
        Ok(Self {
            config,
            client: Arc::new(client),
            workers: Vec::new(),
        })
    }

    #[must_use]
    pub fn with(mut self, worker: Worker) -> Self {
        self.workers.push(worker);
        self
    }

    /// Poll and run until `shutdown` completes; then stop polling, let the tasks in hand finish
    /// and be reported (for [`WorkerConfig::drain_timeout`] at most), and return.
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) {
        let stop = tokio_util::sync::CancellationToken::new();
        let loops: Vec<_> = self
            .workers
            .into_iter()
            .map(|worker| {
                let poller = Poller {
                    client: Arc::clone(&self.client),
                    config: self.config.clone(),
                    slots: Arc::new(Semaphore::new(worker.concurrency)),
                    worker,
                };
                tokio::spawn(poller.run(stop.clone()))
            })
            .collect();
        let trigger = stop.clone();
        let watcher = tokio::spawn(async move {
            shutdown.await;
            trigger.cancel();
        });
        for handle in loops {
            if let Err(err) = handle.await {
                tracing::error!(error = %err, "a worker loop ended abnormally");
            }
        }
        watcher.abort();
    }
}

struct Poller {
    client: Arc<ConductorClient>,
    config: WorkerConfig,
    slots: Arc<Semaphore>,
    worker: Worker,
}

impl Poller {
    async fn run(self, stop: tokio_util::sync::CancellationToken) {
        let task_type = self.worker.task_type.clone();
        let concurrency = self.worker.concurrency;
        loop {
            // Wait for a free slot; then take every other free one, and poll for that many.
            let first = tokio::select! {
                biased;
                () = stop.cancelled() => break,
                permit = Arc::clone(&self.slots).acquire_owned() => match permit {
                    Ok(permit) => permit,
                    Err(_) => break,
                },
            };
            let mut permits = vec![first];
            while let Ok(permit) = Arc::clone(&self.slots).try_acquire_owned() {
                permits.push(permit);
            }
            if stop.is_cancelled() {
                break;
            }
            // A poll in progress is not cut short by the shutdown: tasks the server hands out in
            // that moment would otherwise wait for their response timeout. It is bounded by the
            // (short) poll timeout.
            let polled = self
                .client
                .poll_batch(
                    &task_type,
                    permits.len(),
                    self.config.poll_timeout,
                    &self.config.worker_id,
                    self.config.domain.as_deref(),
                )
                .await;
            let tasks = match polled {
                Ok(tasks) => {
                    let result = if tasks.is_empty() { "empty" } else { "tasks" };
                    metrics::counter!(POLLS_TOTAL, "task_type" => task_type.clone(), "result" => result)
                        .increment(1);
                    tasks
                }
                Err(err) => {
                    metrics::counter!(POLLS_TOTAL, "task_type" => task_type.clone(), "result" => "error")
                        .increment(1);
                    tracing::warn!(task_type = %task_type, error = %crate::telemetry::error_chain(&err), "poll failed");
                    drop(permits);
                    tokio::select! {
                        () = stop.cancelled() => break,
                        () = tokio::time::sleep(self.config.error_backoff) => {}
                    }
                    continue;
                }
            };
            for (task, permit) in tasks.into_iter().zip(permits) {
                let client = Arc::clone(&self.client);
                let handler = Arc::clone(&self.worker.handler);
                let worker_id = self.config.worker_id.clone();
                tokio::spawn(async move {
                    execute(&client, &handler, task, &worker_id).await;
                    drop(permit);
                });
            }
        }
        // Drain: every slot free again means every task in hand has been run and reported.
        let drained = tokio::time::timeout(
            self.config.drain_timeout,
            self.slots.acquire_many(concurrency as u32),
        )
        .await;
        if drained.is_err() {
            tracing::warn!(
                task_type = %task_type,
                unfinished = concurrency - self.slots.available_permits(),
                drain_timeout_ms = self.config.drain_timeout.as_millis(),
                "tasks still running at the end of the drain are left to the server's response timeout"
            );
        }
        tracing::info!(task_type = %task_type, "worker stopped");
    }
}

/// The span of one task, continuing the trace in its input's `traceparent`.
fn task_span(task: &PolledTask) -> tracing::Span {
    let span = tracing::info_span!(
        "saga task",
        otel.kind = "consumer",
        task_type = %task.task_type,
        task_id = %task.task_id,
        workflow_id = %task.workflow_instance_id,
        attempt = task.retry_count,
    );
    if let Some(Value::String(traceparent)) = task.input_data.get(TRACEPARENT)
        && let Ok(value) = http::HeaderValue::from_str(traceparent)
    {
        let mut headers = http::HeaderMap::new();
        headers.insert(TRACEPARENT, value);
        crate::telemetry::set_parent_from_headers(&span, &headers);
    }
    span
}

/// The W3C trace id of `span` (32 hex digits), when it has one: a task's span has the one of the
/// `traceparent` in its input.
pub fn trace_id(span: &tracing::Span) -> Option<String> {
    use opentelemetry::trace::TraceContextExt;
    let context = crate::telemetry::context_of(span);
    let span_context = context.span().span_context().clone();
    span_context
        .is_valid()
        .then(|| span_context.trace_id().to_string())
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a non-text panic".to_owned())
}

async fn execute(client: &ConductorClient, handler: &Handler, task: PolledTask, worker_id: &str) {
    let span = task_span(&task);
    let task_type = task.task_type.clone();
    let in_flight = metrics::gauge!(IN_FLIGHT, "task_type" => task_type.clone());
    in_flight.increment(1.0);
    let started = Instant::now();
    let input = Value::Object(task.input_data.clone());
    let run = AssertUnwindSafe(handler(input)).catch_unwind();
    let outcome = match run.instrument(span.clone()).await {
        Ok(outcome) => outcome,
        Err(payload) => {
            let message = panic_message(payload.as_ref());
            span.in_scope(|| tracing::error!(panic = %message, "the worker panicked"));
            Outcome::Failed(format!("the worker panicked: {message}"))
        }
    };
    let (status, output, reason) = match outcome {
        Outcome::Completed(Value::Object(map)) => (ResultStatus::Completed, map, None),
        Outcome::Completed(other) => {
            let mut map = Map::new();
            map.insert("result".into(), other);
            (ResultStatus::Completed, map, None)
        }
        Outcome::Failed(reason) => (ResultStatus::Failed, Map::new(), Some(reason)),
        Outcome::FailedTerminal(reason) => (
            ResultStatus::FailedWithTerminalError,
            Map::new(),
            Some(reason),
        ),
    };
    metrics::histogram!(TASK_DURATION, "task_type" => task_type.clone())
        .record(started.elapsed().as_secs_f64());
    metrics::counter!(TASKS_TOTAL, "task_type" => task_type.clone(), "status" => status.as_str())
        .increment(1);
    let result = TaskResult {
        workflow_instance_id: task.workflow_instance_id,
        task_id: task.task_id,
        status,
        output_data: output,
        reason_for_incompletion: reason,
        worker_id: worker_id.to_owned(),
    };
    report(client, &result).instrument(span).await;
    in_flight.decrement(1.0);
}

/// Report a result, retrying transport failures and 5xx a few times; a 4xx (the task is no
/// longer this worker's: its lease expired) is final.
async fn report(client: &ConductorClient, result: &TaskResult) {
    let mut delay = Duration::from_millis(100);
    for attempt in 1..=5 {
        match client.update(result).await {
            Ok(()) => {
                tracing::debug!(status = result.status.as_str(), "task reported");
                return;
            }
            Err(ClientError::Status { status, body }) if status.is_client_error() => {
                tracing::warn!(%status, body, "the server refused the task's result");
                return;
            }
            Err(err) => {
                tracing::warn!(attempt, error = %crate::telemetry::error_chain(&err), "reporting the task's result failed");
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
        }
    }
    tracing::error!(
        "giving up on reporting the task's result; the server hands it out again after its response timeout"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sdk_environment_variables_configure_the_workers() {
        let env = |name: &str| match name {
            "CONDUCTOR_SERVER_URL" => Some("http://conductor:8080/api".to_owned()),
            "CONDUCTOR_AUTH_KEY" => Some("key".to_owned()),
            "CONDUCTOR_AUTH_SECRET" => Some("s3cr3t-value".to_owned()),
            "CONDUCTOR_WORKER_DOMAIN" => Some("blue".to_owned()),
            _ => None,
        };
        let config = WorkerConfig::from_env_with(env).unwrap();
        assert_eq!(config.server_url.as_str(), "http://conductor:8080/api");
        assert_eq!(config.domain.as_deref(), Some("blue"));
        let credentials = config.credentials.unwrap();
        assert_eq!(credentials.key_id, "key");
        assert_eq!(credentials.key_secret.expose(), "s3cr3t-value");
        assert!(!format!("{credentials:?}").contains("s3cr3t"));
    }

    #[test]
    fn half_the_credentials_is_an_error_and_none_is_the_default_server() {
        let err = WorkerConfig::from_env_with(|name| {
            (name == "CONDUCTOR_AUTH_KEY").then(|| "key".to_owned())
        })
        .unwrap_err();
        assert_eq!(err.name, "CONDUCTOR_AUTH_KEY");
        let config = WorkerConfig::from_env_with(|_| None).unwrap();
        assert_eq!(config.server_url.as_str(), DEFAULT_SERVER_URL);
        assert!(config.credentials.is_none());
    }
}
