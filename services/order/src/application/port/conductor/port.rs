// Generated from api/conductor/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: a58f54a5dbc1a92e-2de51d32a7ddb32b
//! The outbound port of Conductor API (embedded orchestrator subset): typed parameters and one typed response per operation,
//! and the `ConductorApi` trait the service calls, implemented over HTTP by
//! `super::client::Client` (tests substitute their own).
//!
//! The subset of Conductor OSS's REST API that the bookstore's embedded orchestrator serves (`crates/orchestrator`), so the official SDKs and the services' workers run unchanged against it and against Conductor OSS. Paths, field names, status codes and content types are Conductor's: a started workflow's id and an updated task's id are answered as `text/plain`, and errors are Conductor's `ErrorResponse` (`{status, message, validationErrors}`), not problem details. The API has no authentication, like Conductor OSS by default.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::client::ClientError;

/// Every response `get_task_defs` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTaskDefsResponse {
    /// 200: Every task definition, by name.
    Ok(Vec<model::TaskDef>),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetTaskDefsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Every response `update_task_def` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateTaskDefResponse {
    /// 200: Stored (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl UpdateTaskDefResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Every response `register_task_def` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum RegisterTaskDefResponse {
    /// 200: Stored (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl RegisterTaskDefResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Checks the spec's constraints on the body of `register_task_def`.
pub fn register_task_def_body_validate(
    value: &[model::TaskDef],
    pointer: &str,
    violations: &mut openapi_runtime::Violations,
) {
    for (index, item0) in value.iter().enumerate() {
        let ptr0 = format!("{}/{index}", pointer);
        openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
    }
}

/// Parameters of `get_task_def` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetTaskDefParams {
    /// The task type (task definition name).
    pub tasktype: String,
}

impl openapi_runtime::Validate for GetTaskDefParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `get_task_def` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTaskDefResponse {
    /// 200: The definition.
    Ok(model::TaskDef),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetTaskDefResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `unregister_task_def` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct UnregisterTaskDefParams {
    /// The task type (task definition name).
    pub tasktype: String,
}

impl openapi_runtime::Validate for UnregisterTaskDefParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `unregister_task_def` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnregisterTaskDefResponse {
    /// 200: Deleted (empty body).
    Ok,
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl UnregisterTaskDefResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Every response `get_workflow_defs` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetWorkflowDefsResponse {
    /// 200: Every version of every workflow definition.
    Ok(Vec<model::WorkflowDef>),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetWorkflowDefsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Every response `update_workflow_defs` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateWorkflowDefsResponse {
    /// 200: Stored (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl UpdateWorkflowDefsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Checks the spec's constraints on the body of `update_workflow_defs`.
pub fn update_workflow_defs_body_validate(
    value: &[model::WorkflowDef],
    pointer: &str,
    violations: &mut openapi_runtime::Violations,
) {
    for (index, item0) in value.iter().enumerate() {
        let ptr0 = format!("{}/{index}", pointer);
        openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
    }
}

/// Every response `create_workflow_def` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateWorkflowDefResponse {
    /// 200: Stored (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl CreateWorkflowDefResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `get_workflow_def` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkflowDefParams {
    pub name: String,
    /// The latest version when unset.
    pub version: Option<i32>,
}

impl openapi_runtime::Validate for GetWorkflowDefParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `get_workflow_def` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetWorkflowDefResponse {
    /// 200: The definition.
    Ok(model::WorkflowDef),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetWorkflowDefResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `unregister_workflow_def` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct UnregisterWorkflowDefParams {
    pub name: String,
    pub version: i32,
}

impl openapi_runtime::Validate for UnregisterWorkflowDefParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `unregister_workflow_def` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnregisterWorkflowDefResponse {
    /// 200: Deleted (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl UnregisterWorkflowDefResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Every response `start_workflow` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum StartWorkflowResponse {
    /// 200: The workflow's id.
    Ok(String),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl StartWorkflowResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `get_execution_status` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetExecutionStatusParams {
    /// The workflow's id, as answered by a start.
    pub workflow_id: String,
    pub include_tasks: bool,
}

impl openapi_runtime::Validate for GetExecutionStatusParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `get_execution_status` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetExecutionStatusResponse {
    /// 200: The workflow.
    Ok(model::Workflow),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetExecutionStatusResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `start_workflow_by_name` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct StartWorkflowByNameParams {
    /// The workflow definition's name (Conductor calls this segment `name`).
    pub workflow_id: String,
    pub version: Option<i32>,
    pub correlation_id: Option<String>,
    pub priority: Option<i32>,
}

impl openapi_runtime::Validate for StartWorkflowByNameParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `start_workflow_by_name` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum StartWorkflowByNameResponse {
    /// 200: The workflow's id.
    Ok(String),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl StartWorkflowByNameResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `terminate` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct TerminateParams {
    /// The workflow's id, as answered by a start.
    pub workflow_id: String,
    pub reason: Option<String>,
    pub trigger_failure_workflow: bool,
}

impl openapi_runtime::Validate for TerminateParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `terminate` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateResponse {
    /// 200: Terminated (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl TerminateResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `pause_workflow` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct PauseWorkflowParams {
    /// The workflow's id, as answered by a start.
    pub workflow_id: String,
}

impl openapi_runtime::Validate for PauseWorkflowParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `pause_workflow` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum PauseWorkflowResponse {
    /// 200: Done (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl PauseWorkflowResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `resume_workflow` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct ResumeWorkflowParams {
    /// The workflow's id, as answered by a start.
    pub workflow_id: String,
}

impl openapi_runtime::Validate for ResumeWorkflowParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `resume_workflow` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ResumeWorkflowResponse {
    /// 200: Done (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl ResumeWorkflowResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `retry` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct RetryParams {
    /// The workflow's id, as answered by a start.
    pub workflow_id: String,
    /// Accepted for compatibility; this orchestrator has no sub-workflows.
    pub resume_subworkflow_tasks: bool,
}

impl openapi_runtime::Validate for RetryParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `retry` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum RetryResponse {
    /// 204: Done (empty body).
    NoContent,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl RetryResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `restart` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct RestartParams {
    /// The workflow's id, as answered by a start.
    pub workflow_id: String,
    pub use_latest_definitions: bool,
}

impl openapi_runtime::Validate for RestartParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `restart` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum RestartResponse {
    /// 204: Done (empty body).
    NoContent,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl RestartResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `delete` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteParams {
    /// The workflow's id, as answered by a start.
    pub workflow_id: String,
    /// Accepted for compatibility; removal always deletes.
    pub archive_workflow: bool,
}

impl openapi_runtime::Validate for DeleteParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `delete` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteResponse {
    /// 200: Done (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl DeleteResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `get_running_workflow` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetRunningWorkflowParams {
    pub name: String,
    pub version: Option<i32>,
}

impl openapi_runtime::Validate for GetRunningWorkflowParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `get_running_workflow` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRunningWorkflowResponse {
    /// 200: Workflow ids.
    Ok(Vec<String>),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetRunningWorkflowResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `get_workflows` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkflowsParams {
    /// The workflow definition's name (Conductor calls this segment `name`).
    pub workflow_id: String,
    pub correlation_id: String,
    pub include_closed: bool,
    pub include_tasks: bool,
}

impl openapi_runtime::Validate for GetWorkflowsParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `get_workflows` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetWorkflowsResponse {
    /// 200: The workflows, oldest first.
    Ok(Vec<model::Workflow>),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetWorkflowsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Every response `update_task` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateTaskResponse {
    /// 200: The task's id.
    Ok(String),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
    /// 503: The workflow was being changed by others throughout; try again.
    ServiceUnavailable(model::ErrorResponse),
}

impl UpdateTaskResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
            Self::ServiceUnavailable(_) => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Parameters of `poll` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct PollParams {
    /// The task type (task definition name).
    pub tasktype: String,
    /// The polling worker's identity, recorded on the task and in the poll data.
    pub workerid: Option<String>,
    /// Poll the domain's queue (tasks a start mapped to it with `taskToDomain`).
    pub domain: Option<String>,
}

impl openapi_runtime::Validate for PollParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `poll` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum PollResponse {
    /// 200: The task.
    Ok(model::Task),
    /// 204: No task is waiting.
    NoContent,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl PollResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `batch_poll` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct BatchPollParams {
    /// The task type (task definition name).
    pub tasktype: String,
    /// The polling worker's identity, recorded on the task and in the poll data.
    pub workerid: Option<String>,
    /// Poll the domain's queue (tasks a start mapped to it with `taskToDomain`).
    pub domain: Option<String>,
    pub count: i32,
    /// Milliseconds to wait for a task.
    pub timeout: i32,
}

impl openapi_runtime::Validate for BatchPollParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.count;
            let ptr = format!("{pointer}/query/count");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 1000, false);
        }
        {
            let value = &self.timeout;
            let ptr = format!("{pointer}/query/timeout");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// Every response `batch_poll` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchPollResponse {
    /// 200: The tasks handed out (possibly none).
    Ok(Vec<model::Task>),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl BatchPollResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `size` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct SizeParams {
    pub task_type: Option<Vec<String>>,
}

// Written out rather than derived: spec defaults are not Rust's defaults.
#[allow(clippy::derivable_impls)]
impl Default for SizeParams {
    fn default() -> Self {
        Self { task_type: None }
    }
}

impl openapi_runtime::Validate for SizeParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `size` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum SizeResponse {
    /// 200: Task type to waiting tasks.
    Ok(std::collections::BTreeMap<String, i32>),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl SizeResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `get_poll_data` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetPollDataParams {
    pub task_type: String,
}

impl openapi_runtime::Validate for GetPollDataParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `get_poll_data` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPollDataResponse {
    /// 200: One entry per queue (domain) polled.
    Ok(Vec<model::PollData>),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
}

impl GetPollDataResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
        }
    }
}

/// Parameters of `get_task` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetTaskParams {
    pub task_id: String,
}

impl openapi_runtime::Validate for GetTaskParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `get_task` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTaskResponse {
    /// 200: The task.
    Ok(model::Task),
    /// 204: No task has this id (Conductor's answer, kept for its clients).
    NoContent,
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetTaskResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `get_task_logs` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetTaskLogsParams {
    pub task_id: String,
}

impl openapi_runtime::Validate for GetTaskLogsParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `get_task_logs` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTaskLogsResponse {
    /// 200: The log lines, oldest first.
    Ok(Vec<model::TaskExecLog>),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl GetTaskLogsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `log` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct LogParams {
    pub task_id: String,
}

impl openapi_runtime::Validate for LogParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `log` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum LogResponse {
    /// 200: Stored (empty body).
    Ok,
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl LogResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Parameters of `update_task_by_ref_name` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTaskByRefNameParams {
    pub workflow_id: String,
    pub task_ref_name: String,
    pub status: model::UpdateTaskByRefNameStatus,
    /// The polling worker's identity, recorded on the task and in the poll data.
    pub workerid: Option<String>,
}

impl openapi_runtime::Validate for UpdateTaskByRefNameParams {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Every response `update_task_by_ref_name` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateTaskByRefNameResponse {
    /// 200: The task's id.
    Ok(String),
    /// 400: The request is malformed or a definition breaks a rule (one validationErrors entry per rule).
    BadRequest(model::ErrorResponse),
    /// 404: No such workflow, task or definition.
    NotFound(model::ErrorResponse),
    /// 409: The definition exists already, the idempotency key was used, or the workflow or task is not in a state that allows this.
    Conflict(model::ErrorResponse),
    /// 500: The orchestrator failed; the cause is in its log, not here.
    InternalServerError(model::ErrorResponse),
}

impl UpdateTaskByRefNameResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
            Self::InternalServerError(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Every response `do_check` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DoCheckResponse {
    /// 200: Healthy.
    Ok(model::HealthCheckStatus),
}

impl DoCheckResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
        }
    }
}

/// Conductor API (embedded orchestrator subset), as the service calls it: implemented over HTTP by `super::client::Client`.
pub trait ConductorApi: Send + Sync {
    /// List the task definitions
    fn get_task_defs(
        &self,
    ) -> impl Future<Output = Result<GetTaskDefsResponse, ClientError>> + Send;
    /// Update a task definition
    ///
    /// Replaces a registered definition; workflows already running keep the one they started with.
    fn update_task_def(
        &self,
        body: &model::TaskDef,
    ) -> impl Future<Output = Result<UpdateTaskDefResponse, ClientError>> + Send;
    /// Register task definitions
    ///
    /// Creates or replaces each definition; all are stored or, when one is invalid, none.
    fn register_task_def(
        &self,
        body: &[model::TaskDef],
    ) -> impl Future<Output = Result<RegisterTaskDefResponse, ClientError>> + Send;
    /// Get a task definition
    fn get_task_def(
        &self,
        params: &GetTaskDefParams,
    ) -> impl Future<Output = Result<GetTaskDefResponse, ClientError>> + Send;
    /// Delete a task definition
    fn unregister_task_def(
        &self,
        params: &UnregisterTaskDefParams,
    ) -> impl Future<Output = Result<UnregisterTaskDefResponse, ClientError>> + Send;
    /// List the workflow definitions
    fn get_workflow_defs(
        &self,
    ) -> impl Future<Output = Result<GetWorkflowDefsResponse, ClientError>> + Send;
    /// Create or update workflow definitions
    ///
    /// Creates or replaces each name and version; all are stored or, when one is invalid, none.
    fn update_workflow_defs(
        &self,
        body: &[model::WorkflowDef],
    ) -> impl Future<Output = Result<UpdateWorkflowDefsResponse, ClientError>> + Send;
    /// Register a workflow definition
    ///
    /// Registers a new name and version. Refused with every violation when a task is not registered or not SIMPLE, reference names repeat, or an expression names a task not in the workflow.
    fn create_workflow_def(
        &self,
        body: &model::WorkflowDef,
    ) -> impl Future<Output = Result<CreateWorkflowDefResponse, ClientError>> + Send;
    /// Get a workflow definition
    fn get_workflow_def(
        &self,
        params: &GetWorkflowDefParams,
    ) -> impl Future<Output = Result<GetWorkflowDefResponse, ClientError>> + Send;
    /// Delete a workflow definition version
    fn unregister_workflow_def(
        &self,
        params: &UnregisterWorkflowDefParams,
    ) -> impl Future<Output = Result<UnregisterWorkflowDefResponse, ClientError>> + Send;
    /// Start a workflow
    ///
    /// Starts the named definition (the latest version unless `version` is given, or the inline `workflowDef`) and answers its id as text. With an `idempotencyKey` already used for this workflow name, `RETURN_EXISTING` answers the first workflow's id and `FAIL` is a 409.
    fn start_workflow(
        &self,
        body: &model::StartWorkflowRequest,
    ) -> impl Future<Output = Result<StartWorkflowResponse, ClientError>> + Send;
    /// Get a workflow
    fn get_execution_status(
        &self,
        params: &GetExecutionStatusParams,
    ) -> impl Future<Output = Result<GetExecutionStatusResponse, ClientError>> + Send;
    /// Start a workflow by name
    ///
    /// Conductor's `POST /workflow/{name}`: the path segment is the workflow definition's name here, the body is the workflow's input, and the id is answered as text.
    fn start_workflow_by_name(
        &self,
        params: &StartWorkflowByNameParams,
        body: Option<&serde_json::Value>,
    ) -> impl Future<Output = Result<StartWorkflowByNameResponse, ClientError>> + Send;
    /// Terminate a workflow
    ///
    /// Cancels its open tasks; starts the failure workflow only with `triggerFailureWorkflow=true`.
    fn terminate(
        &self,
        params: &TerminateParams,
    ) -> impl Future<Output = Result<TerminateResponse, ClientError>> + Send;
    /// Pause a workflow
    ///
    /// No new task is scheduled until it is resumed; tasks already handed out may still finish.
    fn pause_workflow(
        &self,
        params: &PauseWorkflowParams,
    ) -> impl Future<Output = Result<PauseWorkflowResponse, ClientError>> + Send;
    /// Resume a paused workflow
    ///
    /// Schedules what the pause held back; a workflow that is not paused is a 409.
    fn resume_workflow(
        &self,
        params: &ResumeWorkflowParams,
    ) -> impl Future<Output = Result<ResumeWorkflowResponse, ClientError>> + Send;
    /// Retry a failed workflow
    ///
    /// Runs a FAILED, TIMED_OUT or TERMINATED workflow again from the task that stopped it.
    fn retry(
        &self,
        params: &RetryParams,
    ) -> impl Future<Output = Result<RetryResponse, ClientError>> + Send;
    /// Restart a finished workflow
    ///
    /// Runs a finished workflow again from its first task with the same id and input.
    fn restart(
        &self,
        params: &RestartParams,
    ) -> impl Future<Output = Result<RestartResponse, ClientError>> + Send;
    /// Remove a workflow
    ///
    /// Deletes the workflow, its tasks and their logs.
    fn delete(
        &self,
        params: &DeleteParams,
    ) -> impl Future<Output = Result<DeleteResponse, ClientError>> + Send;
    /// Ids of a definition's running workflows
    ///
    /// Running and paused workflows, oldest first.
    fn get_running_workflow(
        &self,
        params: &GetRunningWorkflowParams,
    ) -> impl Future<Output = Result<GetRunningWorkflowResponse, ClientError>> + Send;
    /// A definition's workflows with a correlation id
    fn get_workflows(
        &self,
        params: &GetWorkflowsParams,
    ) -> impl Future<Output = Result<GetWorkflowsResponse, ClientError>> + Send;
    /// Update a task
    ///
    /// A worker's answer. `COMPLETED` moves the workflow on; `FAILED` is retried per the task definition; `FAILED_WITH_TERMINAL_ERROR` fails the workflow at once; `IN_PROGRESS` with `callbackAfterSeconds` hands the task out again later. An answer for a task that is over, or whose response timeout passed, is a 409. The task id is answered as text.
    fn update_task(
        &self,
        body: &model::TaskResult,
    ) -> impl Future<Output = Result<UpdateTaskResponse, ClientError>> + Send;
    /// Poll for a task
    ///
    /// Hands out one task of the type, now `IN_PROGRESS`; 204 when none is waiting.
    fn poll(
        &self,
        params: &PollParams,
    ) -> impl Future<Output = Result<PollResponse, ClientError>> + Send;
    /// Long-poll for a batch of tasks
    ///
    /// Hands out up to `count` tasks of the type, waiting up to `timeout` milliseconds (at most 20 s) for the first; a task scheduled meanwhile ends the wait at once.
    fn batch_poll(
        &self,
        params: &BatchPollParams,
    ) -> impl Future<Output = Result<BatchPollResponse, ClientError>> + Send;
    /// Queue sizes per task type
    ///
    /// Tasks waiting for a poll, over all domains.
    fn size(
        &self,
        params: &SizeParams,
    ) -> impl Future<Output = Result<SizeResponse, ClientError>> + Send;
    /// The last poll of each queue of a task type
    ///
    /// Kept in memory, as Conductor caches it; empty after a restart until workers poll.
    fn get_poll_data(
        &self,
        params: &GetPollDataParams,
    ) -> impl Future<Output = Result<GetPollDataResponse, ClientError>> + Send;
    /// Get a task
    fn get_task(
        &self,
        params: &GetTaskParams,
    ) -> impl Future<Output = Result<GetTaskResponse, ClientError>> + Send;
    /// Get a task's logs
    fn get_task_logs(
        &self,
        params: &GetTaskLogsParams,
    ) -> impl Future<Output = Result<GetTaskLogsResponse, ClientError>> + Send;
    /// Add a log line to a task
    fn log(
        &self,
        params: &LogParams,
        body: &str,
    ) -> impl Future<Output = Result<LogResponse, ClientError>> + Send;
    /// Update a task by its reference name
    ///
    /// Answers the workflow's current task of that reference name (scheduled or in progress) with the body as its output; the task id is answered as text.
    fn update_task_by_ref_name(
        &self,
        params: &UpdateTaskByRefNameParams,
        body: Option<&serde_json::Value>,
    ) -> impl Future<Output = Result<UpdateTaskByRefNameResponse, ClientError>> + Send;
    /// Conductor's health check
    ///
    /// Always healthy while the process answers; `/readyz` (outside `/api`) checks the database.
    fn do_check(&self) -> impl Future<Output = Result<DoCheckResponse, ClientError>> + Send;
}
