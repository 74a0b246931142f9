//! The [`Saga`] port over the generated Conductor client: start the saga with its typed input,
//! terminate it with the failure workflow, and register the generated definitions
//! (`deploy/conductor/`) create-or-update, so one binary works against the embedded orchestrator
//! and Conductor OSS.

use std::time::Duration;

use crate::application::port::conductor::client::Client;
use crate::application::port::conductor::model;
use crate::application::port::conductor::port::{
    GetExecutionStatusParams, GetExecutionStatusResponse, RegisterTaskDefResponse,
    StartWorkflowResponse, TerminateParams, TerminateResponse, UpdateWorkflowDefsResponse,
};
use crate::application::port::saga::{self, model::OrderBookWfInput};
use crate::application::port::workflow::{Saga, SagaError, SagaStart};

/// The generated definitions, as committed under deploy/conductor.
const TASK_DEFS: &str = include_str!("../../../../../deploy/conductor/taskdefs.json");
const WORKFLOW: &str = include_str!("../../../../../deploy/conductor/bookstore_order_book_wf.json");
const FAILURE_WORKFLOW: &str =
    include_str!("../../../../../deploy/conductor/bookstore_order_book_failure_wf.json");

/// The orchestrator behind `CONDUCTOR_SERVER_URL` (the API root, ending in `/api`).
#[derive(Debug, Clone)]
pub struct ConductorSaga {
    client: Client,
}

fn unavailable(err: impl std::fmt::Display) -> SagaError {
    SagaError::Unavailable(err.to_string())
}

impl ConductorSaga {
    /// `server_url` as the worker runtime reads it (`http://host:8080/api`); the generated
    /// client's paths start with `/api` themselves. Every call is bounded by `timeout`.
    ///
    /// # Errors
    /// The HTTP client cannot be built.
    pub fn new(server_url: &str, timeout: Duration) -> Result<Self, reqwest::Error> {
        let base = server_url.trim_end_matches('/');
        let base = base.strip_suffix("/api").unwrap_or(base);
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .build()?;
        Ok(Self {
            client: Client::with_http_client(base, http),
        })
    }

    /// Create or update the saga's task definitions and both workflows.
    ///
    /// # Errors
    /// The orchestrator cannot be reached or refuses a definition.
    pub async fn register_definitions(&self) -> Result<(), SagaError> {
        let tasks: Vec<model::TaskDef> = serde_json::from_str(TASK_DEFS).map_err(unavailable)?;
        let workflows: Vec<model::WorkflowDef> = [FAILURE_WORKFLOW, WORKFLOW]
            .iter()
            .map(|json| serde_json::from_str(json))
            .collect::<Result<_, _>>()
            .map_err(unavailable)?;
        match self
            .client
            .register_task_def(&tasks)
            .await
            .map_err(unavailable)?
        {
            RegisterTaskDefResponse::Ok => {}
            other => return Err(unavailable(format!("task definitions refused: {other:?}"))),
        }
        match self
            .client
            .update_workflow_defs(&workflows)
            .await
            .map_err(unavailable)?
        {
            UpdateWorkflowDefsResponse::Ok => Ok(()),
            other => Err(unavailable(format!(
                "workflow definitions refused: {other:?}"
            ))),
        }
    }

    /// [`Self::register_definitions`] until it succeeds or `stop` completes, every `every`.
    pub async fn register_until(&self, every: Duration, stop: impl Future<Output = ()>) {
        let register = async {
            loop {
                match self.register_definitions().await {
                    Ok(()) => {
                        tracing::info!("registered the order saga's definitions");
                        return;
                    }
                    Err(err) => {
                        tracing::warn!(error = %err, "registering the saga's definitions failed; retrying");
                        tokio::time::sleep(every).await;
                    }
                }
            }
        };
        tokio::select! {
            () = register => {}
            () = stop => {}
        }
    }
}

/// The current span's W3C `traceparent`, when tracing has one.
fn current_traceparent() -> Option<String> {
    let mut headers = http::HeaderMap::new();
    service_kit::telemetry::inject_current_context(&mut headers);
    headers
        .get(service_kit::worker::TRACEPARENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

impl Saga for ConductorSaga {
    #[tracing::instrument(level = "debug", skip_all, fields(order_id = start.order_id))]
    async fn start(&self, start: SagaStart) -> Result<String, SagaError> {
        let typed = saga::StartWorkflowRequest::new(OrderBookWfInput {
            order_id: start.order_id,
            card_token: start.card_token,
            traceparent: start.traceparent.or_else(current_traceparent),
        })
        .correlation_id(format!("order-{}", start.order_id))
        .idempotency_key(format!("order-{}", start.order_id));
        let body: model::StartWorkflowRequest = serde_json::to_value(&typed)
            .and_then(serde_json::from_value)
            .map_err(unavailable)?;
        match self
            .client
            .start_workflow(&body)
            .await
            .map_err(unavailable)?
        {
            StartWorkflowResponse::Ok(id) => Ok(id.trim().to_owned()),
            // Only the status: an error message might quote the input (the card token).
            other => Err(unavailable(format!(
                "the start was refused with {}",
                other.status()
            ))),
        }
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn terminate(&self, workflow_id: &str, reason: &str) -> Result<(), SagaError> {
        let params = GetExecutionStatusParams {
            workflow_id: workflow_id.to_owned(),
            include_tasks: false,
        };
        match self
            .client
            .get_execution_status(&params)
            .await
            .map_err(unavailable)?
        {
            GetExecutionStatusResponse::Ok(workflow) => match workflow.status {
                Some(model::WorkflowStatus::Running | model::WorkflowStatus::Paused) => {}
                other => {
                    return Err(SagaError::NotRunning(format!(
                        "workflow {workflow_id} is {other:?}"
                    )));
                }
            },
            GetExecutionStatusResponse::NotFound(_) => {
                return Err(SagaError::NotFound(workflow_id.to_owned()));
            }
            other => return Err(unavailable(format!("{other:?}"))),
        }
        let params = TerminateParams {
            workflow_id: workflow_id.to_owned(),
            reason: Some(reason.to_owned()),
            trigger_failure_workflow: true,
        };
        match self.client.terminate(&params).await.map_err(unavailable)? {
            TerminateResponse::Ok => Ok(()),
            TerminateResponse::Conflict(e) => Err(SagaError::NotRunning(e.message)),
            TerminateResponse::NotFound(_) => Err(SagaError::NotFound(workflow_id.to_owned())),
            other => Err(unavailable(format!("{other:?}"))),
        }
    }
}

/// The saga switched off by settings (REST-only runs): nothing starts, nothing terminates.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoSaga;

impl Saga for NoSaga {
    async fn start(&self, _start: SagaStart) -> Result<String, SagaError> {
        Err(SagaError::Unavailable(
            "the saga is switched off (saga_enabled = false)".into(),
        ))
    }

    async fn terminate(&self, workflow_id: &str, _reason: &str) -> Result<(), SagaError> {
        Err(SagaError::NotFound(workflow_id.to_owned()))
    }
}
