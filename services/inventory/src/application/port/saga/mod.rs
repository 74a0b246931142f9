// Generated from api/saga/bookstore_order_book_wf.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 96f75845e521d72a-390a85698cf8c971
//! The `bookstore_order_book_wf` v1 saga, as inventory takes part in it: the typed inputs and outputs of its tasks (`model`), one worker trait per task, and `run_<task>`, which the worker runtime calls with a task's raw input.

pub mod model;

/// The saga's workflow and its version.
pub const WORKFLOW_NAME: &str = "bookstore_order_book_wf";
pub const WORKFLOW_VERSION: i32 = 1;
/// The workflow that compensates a failed saga.
pub const FAILURE_WORKFLOW_NAME: &str = "bookstore_order_book_failure_wf";

/// The task types this service's workers poll for.
pub const TASK_TYPES: &[&str] = &["reserve_inventory", "release_inventory"];

/// Why a task did not complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskFailure<R> {
    /// Retrying may help (a timeout, a refused connection, a deadlock): reported as `FAILED`, and
    /// the orchestrator retries the task with backoff.
    Transient(String),
    /// A business failure that retrying cannot help: reported as `FAILED_WITH_TERMINAL_ERROR`
    /// with the reason code, and the saga compensates.
    Rejected { reason: R, detail: String },
}

/// What running a task comes to, as the worker runtime reports it to the orchestrator.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskOutcome {
    /// `COMPLETED`, with the task's output.
    Completed(serde_json::Value),
    /// `FAILED`: retried per the task definition.
    Failed(String),
    /// `FAILED_WITH_TERMINAL_ERROR`: never retried; the text is the `reasonForIncompletion`.
    FailedTerminal(String),
}

fn decode<T>(input: serde_json::Value) -> Result<T, TaskOutcome>
where
    T: serde::de::DeserializeOwned + openapi_runtime::Validate,
{
    let value: T = serde_json::from_value(input)
        .map_err(|e| TaskOutcome::FailedTerminal(format!("invalid_input: {e}")))?;
    openapi_runtime::Validate::validate(&value).map_err(|errors| {
        let listed: Vec<String> = errors
            .iter()
            .map(|e| format!("{} {}", e.pointer, e.detail))
            .collect();
        TaskOutcome::FailedTerminal(format!("invalid_input: {}", listed.join("; ")))
    })?;
    Ok(value)
}

fn outcome<O: serde::Serialize, R: std::fmt::Display>(
    result: Result<O, TaskFailure<R>>,
) -> TaskOutcome {
    match result {
        Ok(output) => match serde_json::to_value(&output) {
            Ok(value) => TaskOutcome::Completed(value),
            Err(e) => TaskOutcome::Failed(format!("the output does not serialise: {e}")),
        },
        Err(TaskFailure::Transient(detail)) => TaskOutcome::Failed(detail),
        Err(TaskFailure::Rejected { reason, detail }) => {
            TaskOutcome::FailedTerminal(format!("{reason}: {detail}"))
        }
    }
}

/// The task type of `reserve_inventory`.
pub const RESERVE_INVENTORY: &str = "reserve_inventory";

/// The business failures of `reserve_inventory`: terminal, never retried; the saga compensates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReserveInventoryRejection {
    /// At least one book has fewer copies in stock than ordered.
    OutOfStock,
}

impl ReserveInventoryRejection {
    /// The reason code reported to the orchestrator.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::OutOfStock => "out_of_stock",
        }
    }
}

impl std::fmt::Display for ReserveInventoryRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The worker of `reserve_inventory` (5 s to answer, 4 attempts at most).
pub trait ReserveInventoryWorker: Send + Sync + 'static {
    /// Reserves every item of the order; all or nothing.
    ///
    /// # Errors
    /// [`TaskFailure::Transient`] to be retried, [`TaskFailure::Rejected`] to fail the saga.
    fn reserve_inventory(
        &self,
        input: model::ReserveInventoryInput,
    ) -> impl Future<
        Output = Result<model::ReserveInventoryOutput, TaskFailure<ReserveInventoryRejection>>,
    > + Send;
}

/// Runs `reserve_inventory` on a task's raw input: an input that does not decode or validate fails terminally (retrying cannot fix it).
pub async fn run_reserve_inventory<W: ReserveInventoryWorker>(
    worker: &W,
    input: serde_json::Value,
) -> TaskOutcome {
    let input: model::ReserveInventoryInput = match decode(input) {
        Ok(input) => input,
        Err(outcome) => return outcome,
    };
    outcome(worker.reserve_inventory(input).await)
}

/// The task type of `release_inventory`.
pub const RELEASE_INVENTORY: &str = "release_inventory";

/// The worker of `release_inventory` (5 s to answer, 7 attempts at most).
///
/// A compensation: it runs in the failure workflow with the failed workflow's input and must do nothing when its forward step never ran, and nothing more when it already ran.
pub trait ReleaseInventoryWorker: Send + Sync + 'static {
    /// Releases the order's reservation; does nothing when nothing was reserved.
    ///
    /// # Errors
    /// [`TaskFailure::Transient`] to be retried, [`TaskFailure::Rejected`] to fail the saga.
    fn release_inventory(
        &self,
        input: model::ReleaseInventoryInput,
    ) -> impl Future<
        Output = Result<model::ReleaseInventoryOutput, TaskFailure<std::convert::Infallible>>,
    > + Send;
}

/// Runs `release_inventory` on a task's raw input: an input that does not decode or validate fails terminally (retrying cannot fix it).
pub async fn run_release_inventory<W: ReleaseInventoryWorker>(
    worker: &W,
    input: serde_json::Value,
) -> TaskOutcome {
    let input: model::ReleaseInventoryInput = match decode(input) {
        Ok(input) => input,
        Err(outcome) => return outcome,
    };
    outcome(worker.release_inventory(input).await)
}

/// One worker-runtime [`service_kit::worker::Worker`] per task this service runs, each running at most `concurrency` tasks at once on `worker`.
pub fn workers<W>(
    worker: &std::sync::Arc<W>,
    concurrency: usize,
) -> Vec<service_kit::worker::Worker>
where
    W: ReserveInventoryWorker + ReleaseInventoryWorker,
{
    vec![
        {
            let worker = std::sync::Arc::clone(worker);
            service_kit::worker::Worker::new(RESERVE_INVENTORY, concurrency, move |input| {
                let worker = std::sync::Arc::clone(&worker);
                async move { run_reserve_inventory(&*worker, input).await.into() }
            })
        },
        {
            let worker = std::sync::Arc::clone(worker);
            service_kit::worker::Worker::new(RELEASE_INVENTORY, concurrency, move |input| {
                let worker = std::sync::Arc::clone(&worker);
                async move { run_release_inventory(&*worker, input).await.into() }
            })
        },
    ]
}

impl From<TaskOutcome> for service_kit::worker::Outcome {
    fn from(outcome: TaskOutcome) -> Self {
        match outcome {
            TaskOutcome::Completed(value) => Self::Completed(value),
            TaskOutcome::Failed(reason) => Self::Failed(reason),
            TaskOutcome::FailedTerminal(reason) => Self::FailedTerminal(reason),
        }
    }
}
