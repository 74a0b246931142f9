// Generated from api/saga/bookstore_order_book_wf.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 1be32585b8e7d65b-becd198185889916
//! The `bookstore_order_book_wf` v1 saga, as order takes part in it: the typed inputs and outputs of its tasks (`model`), one worker trait per task, and `run_<task>`, which the worker runtime calls with a task's raw input.

pub mod model;

/// The saga's workflow and its version.
pub const WORKFLOW_NAME: &str = "bookstore_order_book_wf";
pub const WORKFLOW_VERSION: i32 = 1;
/// The workflow that compensates a failed saga.
pub const FAILURE_WORKFLOW_NAME: &str = "bookstore_order_book_failure_wf";

/// The task types this service's workers poll for.
pub const TASK_TYPES: &[&str] = &[
    "place_order",
    "change_order_status",
    "confirm_order",
    "cancel_order",
];

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

/// The task type of `place_order`.
pub const PLACE_ORDER: &str = "place_order";

/// The business failures of `place_order`: terminal, never retried; the saga compensates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceOrderRejection {
    /// The order is no longer pending (cancelled before its saga ran).
    OrderNotPending,
}

impl PlaceOrderRejection {
    /// The reason code reported to the orchestrator.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::OrderNotPending => "order_not_pending",
        }
    }
}

impl std::fmt::Display for PlaceOrderRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The worker of `place_order` (5 s to answer, 4 attempts at most).
pub trait PlaceOrderWorker: Send + Sync + 'static {
    /// Validates that the order is still pending and reports what the saga needs of it.
    ///
    /// # Errors
    /// [`TaskFailure::Transient`] to be retried, [`TaskFailure::Rejected`] to fail the saga.
    fn place_order(
        &self,
        input: model::PlaceOrderInput,
    ) -> impl Future<Output = Result<model::PlaceOrderOutput, TaskFailure<PlaceOrderRejection>>> + Send;
}

/// Runs `place_order` on a task's raw input: an input that does not decode or validate fails terminally (retrying cannot fix it).
pub async fn run_place_order<W: PlaceOrderWorker>(
    worker: &W,
    input: serde_json::Value,
) -> TaskOutcome {
    let input: model::PlaceOrderInput = match decode(input) {
        Ok(input) => input,
        Err(outcome) => return outcome,
    };
    outcome(worker.place_order(input).await)
}

/// The task type of `change_order_status`.
pub const CHANGE_ORDER_STATUS: &str = "change_order_status";

/// The business failures of `change_order_status`: terminal, never retried; the saga compensates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeOrderStatusRejection {
    /// The order left `pending` meanwhile (cancelled by its owner).
    OrderNotPending,
}

impl ChangeOrderStatusRejection {
    /// The reason code reported to the orchestrator.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::OrderNotPending => "order_not_pending",
        }
    }
}

impl std::fmt::Display for ChangeOrderStatusRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The worker of `change_order_status` (5 s to answer, 4 attempts at most).
pub trait ChangeOrderStatusWorker: Send + Sync + 'static {
    /// Moves the order from `pending` to `paid`, recording the payment.
    ///
    /// # Errors
    /// [`TaskFailure::Transient`] to be retried, [`TaskFailure::Rejected`] to fail the saga.
    fn change_order_status(
        &self,
        input: model::ChangeOrderStatusInput,
    ) -> impl Future<
        Output = Result<model::ChangeOrderStatusOutput, TaskFailure<ChangeOrderStatusRejection>>,
    > + Send;
}

/// Runs `change_order_status` on a task's raw input: an input that does not decode or validate fails terminally (retrying cannot fix it).
pub async fn run_change_order_status<W: ChangeOrderStatusWorker>(
    worker: &W,
    input: serde_json::Value,
) -> TaskOutcome {
    let input: model::ChangeOrderStatusInput = match decode(input) {
        Ok(input) => input,
        Err(outcome) => return outcome,
    };
    outcome(worker.change_order_status(input).await)
}

/// The task type of `confirm_order`.
pub const CONFIRM_ORDER: &str = "confirm_order";

/// The business failures of `confirm_order`: terminal, never retried; the saga compensates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConfirmOrderRejection {
    /// The order left `paid` meanwhile (cancelled by its owner).
    OrderNotPaid,
}

impl ConfirmOrderRejection {
    /// The reason code reported to the orchestrator.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::OrderNotPaid => "order_not_paid",
        }
    }
}

impl std::fmt::Display for ConfirmOrderRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The worker of `confirm_order` (5 s to answer, 4 attempts at most).
pub trait ConfirmOrderWorker: Send + Sync + 'static {
    /// Moves the order from `paid` to `confirmed`, the end of the saga.
    ///
    /// # Errors
    /// [`TaskFailure::Transient`] to be retried, [`TaskFailure::Rejected`] to fail the saga.
    fn confirm_order(
        &self,
        input: model::ConfirmOrderInput,
    ) -> impl Future<Output = Result<model::ConfirmOrderOutput, TaskFailure<ConfirmOrderRejection>>> + Send;
}

/// Runs `confirm_order` on a task's raw input: an input that does not decode or validate fails terminally (retrying cannot fix it).
pub async fn run_confirm_order<W: ConfirmOrderWorker>(
    worker: &W,
    input: serde_json::Value,
) -> TaskOutcome {
    let input: model::ConfirmOrderInput = match decode(input) {
        Ok(input) => input,
        Err(outcome) => return outcome,
    };
    outcome(worker.confirm_order(input).await)
}

/// The task type of `cancel_order`.
pub const CANCEL_ORDER: &str = "cancel_order";

/// The business failures of `cancel_order`: terminal, never retried; the saga compensates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CancelOrderRejection {
    /// The order has shipped or completed; it can no longer be cancelled.
    OrderNotCancellable,
}

impl CancelOrderRejection {
    /// The reason code reported to the orchestrator.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::OrderNotCancellable => "order_not_cancellable",
        }
    }
}

impl std::fmt::Display for CancelOrderRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The worker of `cancel_order` (5 s to answer, 7 attempts at most).
///
/// A compensation: it runs in the failure workflow with the failed workflow's input and must do nothing when its forward step never ran, and nothing more when it already ran.
pub trait CancelOrderWorker: Send + Sync + 'static {
    /// Cancels the order with the saga's failure reason; does nothing to a cancelled order.
    ///
    /// # Errors
    /// [`TaskFailure::Transient`] to be retried, [`TaskFailure::Rejected`] to fail the saga.
    fn cancel_order(
        &self,
        input: model::CancelOrderInput,
    ) -> impl Future<Output = Result<model::CancelOrderOutput, TaskFailure<CancelOrderRejection>>> + Send;
}

/// Runs `cancel_order` on a task's raw input: an input that does not decode or validate fails terminally (retrying cannot fix it).
pub async fn run_cancel_order<W: CancelOrderWorker>(
    worker: &W,
    input: serde_json::Value,
) -> TaskOutcome {
    let input: model::CancelOrderInput = match decode(input) {
        Ok(input) => input,
        Err(outcome) => return outcome,
    };
    outcome(worker.cancel_order(input).await)
}

/// One worker-runtime [`service_kit::worker::Worker`] per task this service runs, each running at most `concurrency` tasks at once on `worker`.
pub fn workers<W>(
    worker: &std::sync::Arc<W>,
    concurrency: usize,
) -> Vec<service_kit::worker::Worker>
where
    W: PlaceOrderWorker + ChangeOrderStatusWorker + ConfirmOrderWorker + CancelOrderWorker,
{
    vec![
        {
            let worker = std::sync::Arc::clone(worker);
            service_kit::worker::Worker::new(PLACE_ORDER, concurrency, move |input| {
                let worker = std::sync::Arc::clone(&worker);
                async move { run_place_order(&*worker, input).await.into() }
            })
        },
        {
            let worker = std::sync::Arc::clone(worker);
            service_kit::worker::Worker::new(CHANGE_ORDER_STATUS, concurrency, move |input| {
                let worker = std::sync::Arc::clone(&worker);
                async move { run_change_order_status(&*worker, input).await.into() }
            })
        },
        {
            let worker = std::sync::Arc::clone(worker);
            service_kit::worker::Worker::new(CONFIRM_ORDER, concurrency, move |input| {
                let worker = std::sync::Arc::clone(&worker);
                async move { run_confirm_order(&*worker, input).await.into() }
            })
        },
        {
            let worker = std::sync::Arc::clone(worker);
            service_kit::worker::Worker::new(CANCEL_ORDER, concurrency, move |input| {
                let worker = std::sync::Arc::clone(&worker);
                async move { run_cancel_order(&*worker, input).await.into() }
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

/// Conductor's `StartWorkflowRequest` for `bookstore_order_book_wf` v1, with its typed input
/// (`POST /api/workflow`; the answer is the workflow id as `text/plain`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StartWorkflowRequest {
    pub name: &'static str,
    pub version: i32,
    pub input: model::OrderBookWfInput,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_strategy: Option<&'static str>,
}

impl StartWorkflowRequest {
    /// A start of the saga's current version with `input`.
    pub fn new(input: model::OrderBookWfInput) -> Self {
        Self {
            name: WORKFLOW_NAME,
            version: WORKFLOW_VERSION,
            input,
            correlation_id: None,
            idempotency_key: None,
            idempotency_strategy: None,
        }
    }

    /// Tag the workflow (Conductor's correlated look-ups find it by this).
    pub fn correlation_id(mut self, id: impl Into<String>) -> Self {
        self.correlation_id = Some(id.into());
        self
    }

    /// Start at most once per key: a repeated start answers the first workflow's id
    /// (`RETURN_EXISTING`).
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self.idempotency_strategy = Some("RETURN_EXISTING");
        self
    }
}
