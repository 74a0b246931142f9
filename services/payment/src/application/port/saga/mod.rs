// Generated from api/saga/bookstore_order_book_wf.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 5d6b429a5edd4da3-f4472fbc9f61874c
//! The `bookstore_order_book_wf` v1 saga, as payment takes part in it: the typed inputs and outputs of its tasks (`model`), one worker trait per task, and `run_<task>`, which the worker runtime calls with a task's raw input.

pub mod model;

/// The saga's workflow and its version.
pub const WORKFLOW_NAME: &str = "bookstore_order_book_wf";
pub const WORKFLOW_VERSION: i32 = 1;
/// The workflow that compensates a failed saga.
pub const FAILURE_WORKFLOW_NAME: &str = "bookstore_order_book_failure_wf";

/// The task types this service's workers poll for.
pub const TASK_TYPES: &[&str] = &["make_payment", "refund_payment"];

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

/// The task type of `make_payment`.
pub const MAKE_PAYMENT: &str = "make_payment";

/// The business failures of `make_payment`: terminal, never retried; the saga compensates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MakePaymentRejection {
    /// The card was declined.
    CardDeclined,
    /// The card token is unknown to the gateway, or was issued for another customer.
    UnknownCard,
    /// The saga was compensated first (the order's payment refunded, or the order voided before any charge); it is never charged again.
    PaymentRefunded,
    /// The amount to charge is not positive or has more than two decimal places.
    InvalidAmount,
}

impl MakePaymentRejection {
    /// The reason code reported to the orchestrator.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CardDeclined => "card_declined",
            Self::UnknownCard => "unknown_card",
            Self::PaymentRefunded => "payment_refunded",
            Self::InvalidAmount => "invalid_amount",
        }
    }
}

impl std::fmt::Display for MakePaymentRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The worker of `make_payment` (10 s to answer, 4 attempts at most).
pub trait MakePaymentWorker: Send + Sync + 'static {
    /// Charges the order's total to the card behind the token (one charge per order).
    ///
    /// # Errors
    /// [`TaskFailure::Transient`] to be retried, [`TaskFailure::Rejected`] to fail the saga.
    fn make_payment(
        &self,
        input: model::MakePaymentInput,
    ) -> impl Future<Output = Result<model::MakePaymentOutput, TaskFailure<MakePaymentRejection>>> + Send;
}

/// Runs `make_payment` on a task's raw input: an input that does not decode or validate fails terminally (retrying cannot fix it).
pub async fn run_make_payment<W: MakePaymentWorker>(
    worker: &W,
    input: serde_json::Value,
) -> TaskOutcome {
    let input: model::MakePaymentInput = match decode(input) {
        Ok(input) => input,
        Err(outcome) => return outcome,
    };
    outcome(worker.make_payment(input).await)
}

/// The task type of `refund_payment`.
pub const REFUND_PAYMENT: &str = "refund_payment";

/// The worker of `refund_payment` (10 s to answer, 7 attempts at most).
///
/// A compensation: it runs in the failure workflow with the failed workflow's input and must do nothing when its forward step never ran, and nothing more when it already ran.
pub trait RefundPaymentWorker: Send + Sync + 'static {
    /// Refunds the order's payment; does nothing when the order was never charged.
    ///
    /// # Errors
    /// [`TaskFailure::Transient`] to be retried, [`TaskFailure::Rejected`] to fail the saga.
    fn refund_payment(
        &self,
        input: model::RefundPaymentInput,
    ) -> impl Future<
        Output = Result<model::RefundPaymentOutput, TaskFailure<std::convert::Infallible>>,
    > + Send;
}

/// Runs `refund_payment` on a task's raw input: an input that does not decode or validate fails terminally (retrying cannot fix it).
pub async fn run_refund_payment<W: RefundPaymentWorker>(
    worker: &W,
    input: serde_json::Value,
) -> TaskOutcome {
    let input: model::RefundPaymentInput = match decode(input) {
        Ok(input) => input,
        Err(outcome) => return outcome,
    };
    outcome(worker.refund_payment(input).await)
}

/// One worker-runtime [`service_kit::worker::Worker`] per task this service runs, each running at most `concurrency` tasks at once on `worker`.
pub fn workers<W>(
    worker: &std::sync::Arc<W>,
    concurrency: usize,
) -> Vec<service_kit::worker::Worker>
where
    W: MakePaymentWorker + RefundPaymentWorker,
{
    vec![
        {
            let worker = std::sync::Arc::clone(worker);
            service_kit::worker::Worker::new(MAKE_PAYMENT, concurrency, move |input| {
                let worker = std::sync::Arc::clone(&worker);
                async move { run_make_payment(&*worker, input).await.into() }
            })
        },
        {
            let worker = std::sync::Arc::clone(worker);
            service_kit::worker::Worker::new(REFUND_PAYMENT, concurrency, move |input| {
                let worker = std::sync::Arc::clone(&worker);
                async move { run_refund_payment(&*worker, input).await.into() }
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
