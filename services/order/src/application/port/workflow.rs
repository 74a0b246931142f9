//! Outbound port to the orchestrator: start the order saga, terminate it (running its failure
//! workflow), and register its definitions.

use std::future::Future;

/// Why the orchestrator did not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum SagaError {
    /// The workflow is not running any more (completed, failed, terminated).
    #[error("the workflow is not running: {0}")]
    NotRunning(String),
    /// The workflow does not exist.
    #[error("no such workflow: {0}")]
    NotFound(String),
    /// The orchestrator cannot be reached or failed.
    #[error("the orchestrator did not answer as expected: {0}")]
    Unavailable(String),
}

/// What a saga is started with.
#[derive(Clone, PartialEq, Eq)]
pub struct SagaStart {
    pub order_id: i64,
    pub card_token: String,
    pub traceparent: Option<String>,
}

impl std::fmt::Debug for SagaStart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SagaStart")
            .field("order_id", &self.order_id)
            .field("card_token", &"<redacted>")
            .finish_non_exhaustive()
    }
}

pub trait Saga: Send + Sync + 'static {
    /// Start the saga for an order; answers the workflow id. Starting twice for one order
    /// answers the first workflow (the start is idempotent per order).
    fn start(&self, start: SagaStart) -> impl Future<Output = Result<String, SagaError>> + Send;

    /// Terminate a running saga with `reason`, starting its failure workflow (compensations).
    fn terminate(
        &self,
        workflow_id: &str,
        reason: &str,
    ) -> impl Future<Output = Result<(), SagaError>> + Send;
}
