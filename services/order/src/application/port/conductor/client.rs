// Generated from api/conductor/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: bb9ff97dc0e99750-66b18b2a2e5b136b
//! A typed async client for Conductor API (embedded orchestrator subset) (reqwest), speaking in the DTOs (`model`) and response
//! enums (`port`) of the outbound port `ConductorApi`, which it implements.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Conductor API (embedded orchestrator subset).
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    auth: openapi_runtime::client::Auth,
}

impl Client {
    /// A client for the server at `base_url` (scheme, host and port, e.g. `http://127.0.0.1:8080`);
    /// the spec's base path is appended to it.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http_client(base_url, reqwest::Client::new())
    }

    /// Like [`Client::new`], sharing a configured `reqwest::Client` (timeouts, pools, TLS).
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let base_url: String = base_url.into();
        Self {
            base_url: format!("{}{BASE_PATH}", base_url.trim_end_matches('/')),
            http,
            auth: openapi_runtime::client::Auth::none(),
        }
    }

    /// Send `Authorization: Bearer <token>` with every request of a secured operation.
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.auth = openapi_runtime::client::Auth::token(token);
        self
    }

    /// Take the bearer token of each secured request from `provider`; after a 401 the provider
    /// is asked for a fresh token and the request is sent once more.
    pub fn with_token_provider(
        mut self,
        provider: std::sync::Arc<dyn openapi_runtime::client::TokenProvider>,
    ) -> Self {
        self.auth = openapi_runtime::client::Auth::provider(provider);
        self
    }

    /// List the task definitions
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_task_defs(&self) -> Result<GetTaskDefsResponse, ClientError> {
        let url = format!("{}/api/metadata/taskdefs", self.base_url);
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetTaskDefsResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetTaskDefsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Update a task definition
    ///
    /// Replaces a registered definition; workflows already running keep the one they started with.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn update_task_def(
        &self,
        body: &model::TaskDef,
    ) -> Result<UpdateTaskDefResponse, ClientError> {
        let url = format!("{}/api/metadata/taskdefs", self.base_url);
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(UpdateTaskDefResponse::Ok),
            400 => Ok(UpdateTaskDefResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(UpdateTaskDefResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(UpdateTaskDefResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Register task definitions
    ///
    /// Creates or replaces each definition; all are stored or, when one is invalid, none.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn register_task_def(
        &self,
        body: &[model::TaskDef],
    ) -> Result<RegisterTaskDefResponse, ClientError> {
        let url = format!("{}/api/metadata/taskdefs", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(RegisterTaskDefResponse::Ok),
            400 => Ok(RegisterTaskDefResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(RegisterTaskDefResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a task definition
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_task_def(
        &self,
        params: &GetTaskDefParams,
    ) -> Result<GetTaskDefResponse, ClientError> {
        let url = format!(
            "{}/api/metadata/taskdefs/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.tasktype)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetTaskDefResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetTaskDefResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetTaskDefResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a task definition
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn unregister_task_def(
        &self,
        params: &UnregisterTaskDefParams,
    ) -> Result<UnregisterTaskDefResponse, ClientError> {
        let url = format!(
            "{}/api/metadata/taskdefs/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.tasktype)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(UnregisterTaskDefResponse::Ok),
            404 => Ok(UnregisterTaskDefResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(UnregisterTaskDefResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List the workflow definitions
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_workflow_defs(&self) -> Result<GetWorkflowDefsResponse, ClientError> {
        let url = format!("{}/api/metadata/workflow", self.base_url);
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetWorkflowDefsResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetWorkflowDefsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Create or update workflow definitions
    ///
    /// Creates or replaces each name and version; all are stored or, when one is invalid, none.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn update_workflow_defs(
        &self,
        body: &[model::WorkflowDef],
    ) -> Result<UpdateWorkflowDefsResponse, ClientError> {
        let url = format!("{}/api/metadata/workflow", self.base_url);
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(UpdateWorkflowDefsResponse::Ok),
            400 => Ok(UpdateWorkflowDefsResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(UpdateWorkflowDefsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Register a workflow definition
    ///
    /// Registers a new name and version. Refused with every violation when a task is not registered or not SIMPLE, reference names repeat, or an expression names a task not in the workflow.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_workflow_def(
        &self,
        body: &model::WorkflowDef,
    ) -> Result<CreateWorkflowDefResponse, ClientError> {
        let url = format!("{}/api/metadata/workflow", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(CreateWorkflowDefResponse::Ok),
            400 => Ok(CreateWorkflowDefResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreateWorkflowDefResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(CreateWorkflowDefResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a workflow definition
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_workflow_def(
        &self,
        params: &GetWorkflowDefParams,
    ) -> Result<GetWorkflowDefResponse, ClientError> {
        let url = format!(
            "{}/api/metadata/workflow/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.name)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "version", &params.version)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetWorkflowDefResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetWorkflowDefResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetWorkflowDefResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetWorkflowDefResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a workflow definition version
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn unregister_workflow_def(
        &self,
        params: &UnregisterWorkflowDefParams,
    ) -> Result<UnregisterWorkflowDefResponse, ClientError> {
        let url = format!(
            "{}/api/metadata/workflow/{}/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.name)?,
            openapi_runtime::client::path_segment(&params.version)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(UnregisterWorkflowDefResponse::Ok),
            400 => Ok(UnregisterWorkflowDefResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(UnregisterWorkflowDefResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(UnregisterWorkflowDefResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Start a workflow
    ///
    /// Starts the named definition (the latest version unless `version` is given, or the inline `workflowDef`) and answers its id as text. With an `idempotencyKey` already used for this workflow name, `RETURN_EXISTING` answers the first workflow's id and `FAIL` is a 409.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn start_workflow(
        &self,
        body: &model::StartWorkflowRequest,
    ) -> Result<StartWorkflowResponse, ClientError> {
        let url = format!("{}/api/workflow", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(StartWorkflowResponse::Ok(
                openapi_runtime::client::decode_text(status, &bytes)?,
            )),
            400 => Ok(StartWorkflowResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(StartWorkflowResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(StartWorkflowResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(StartWorkflowResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a workflow
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_execution_status(
        &self,
        params: &GetExecutionStatusParams,
    ) -> Result<GetExecutionStatusResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "includeTasks", &params.include_tasks)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetExecutionStatusResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetExecutionStatusResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetExecutionStatusResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetExecutionStatusResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Start a workflow by name
    ///
    /// Conductor's `POST /workflow/{name}`: the path segment is the workflow definition's name here, the body is the workflow's input, and the id is answered as text.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn start_workflow_by_name(
        &self,
        params: &StartWorkflowByNameParams,
        body: Option<&serde_json::Value>,
    ) -> Result<StartWorkflowByNameResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "version", &params.version)?;
        openapi_runtime::client::push_param(&mut query, "correlationId", &params.correlation_id)?;
        openapi_runtime::client::push_param(&mut query, "priority", &params.priority)?;
        request = request.query(&query);
        if let Some(body) = body {
            request = openapi_runtime::client::json_body(request, "application/json", body)?;
        }
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(StartWorkflowByNameResponse::Ok(
                openapi_runtime::client::decode_text(status, &bytes)?,
            )),
            400 => Ok(StartWorkflowByNameResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(StartWorkflowByNameResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(StartWorkflowByNameResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Terminate a workflow
    ///
    /// Cancels its open tasks; starts the failure workflow only with `triggerFailureWorkflow=true`.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn terminate(
        &self,
        params: &TerminateParams,
    ) -> Result<TerminateResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?
        );
        let mut request = self.http.request(reqwest::Method::DELETE, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "reason", &params.reason)?;
        openapi_runtime::client::push_param(
            &mut query,
            "triggerFailureWorkflow",
            &params.trigger_failure_workflow,
        )?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(TerminateResponse::Ok),
            400 => Ok(TerminateResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(TerminateResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(TerminateResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(TerminateResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Pause a workflow
    ///
    /// No new task is scheduled until it is resumed; tasks already handed out may still finish.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn pause_workflow(
        &self,
        params: &PauseWorkflowParams,
    ) -> Result<PauseWorkflowResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}/pause",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?
        );
        let request = self.http.request(reqwest::Method::PUT, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(PauseWorkflowResponse::Ok),
            400 => Ok(PauseWorkflowResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(PauseWorkflowResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(PauseWorkflowResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(PauseWorkflowResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Resume a paused workflow
    ///
    /// Schedules what the pause held back; a workflow that is not paused is a 409.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn resume_workflow(
        &self,
        params: &ResumeWorkflowParams,
    ) -> Result<ResumeWorkflowResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}/resume",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?
        );
        let request = self.http.request(reqwest::Method::PUT, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(ResumeWorkflowResponse::Ok),
            400 => Ok(ResumeWorkflowResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ResumeWorkflowResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(ResumeWorkflowResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(ResumeWorkflowResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Retry a failed workflow
    ///
    /// Runs a FAILED, TIMED_OUT or TERMINATED workflow again from the task that stopped it.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn retry(&self, params: &RetryParams) -> Result<RetryResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}/retry",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(
            &mut query,
            "resumeSubworkflowTasks",
            &params.resume_subworkflow_tasks,
        )?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(RetryResponse::NoContent),
            400 => Ok(RetryResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(RetryResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(RetryResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(RetryResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Restart a finished workflow
    ///
    /// Runs a finished workflow again from its first task with the same id and input.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn restart(&self, params: &RestartParams) -> Result<RestartResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}/restart",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(
            &mut query,
            "useLatestDefinitions",
            &params.use_latest_definitions,
        )?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(RestartResponse::NoContent),
            400 => Ok(RestartResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(RestartResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(RestartResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(RestartResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Remove a workflow
    ///
    /// Deletes the workflow, its tasks and their logs.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete(&self, params: &DeleteParams) -> Result<DeleteResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}/remove",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?
        );
        let mut request = self.http.request(reqwest::Method::DELETE, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(
            &mut query,
            "archiveWorkflow",
            &params.archive_workflow,
        )?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(DeleteResponse::Ok),
            400 => Ok(DeleteResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(DeleteResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(DeleteResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Ids of a definition's running workflows
    ///
    /// Running and paused workflows, oldest first.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_running_workflow(
        &self,
        params: &GetRunningWorkflowParams,
    ) -> Result<GetRunningWorkflowResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/running/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.name)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "version", &params.version)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetRunningWorkflowResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetRunningWorkflowResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetRunningWorkflowResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// A definition's workflows with a correlation id
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_workflows(
        &self,
        params: &GetWorkflowsParams,
    ) -> Result<GetWorkflowsResponse, ClientError> {
        let url = format!(
            "{}/api/workflow/{}/correlated/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?,
            openapi_runtime::client::path_segment(&params.correlation_id)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "includeClosed", &params.include_closed)?;
        openapi_runtime::client::push_param(&mut query, "includeTasks", &params.include_tasks)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetWorkflowsResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetWorkflowsResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetWorkflowsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Update a task
    ///
    /// A worker's answer. `COMPLETED` moves the workflow on; `FAILED` is retried per the task definition; `FAILED_WITH_TERMINAL_ERROR` fails the workflow at once; `IN_PROGRESS` with `callbackAfterSeconds` hands the task out again later. An answer for a task that is over, or whose response timeout passed, is a 409. The task id is answered as text.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn update_task(
        &self,
        body: &model::TaskResult,
    ) -> Result<UpdateTaskResponse, ClientError> {
        let url = format!("{}/api/tasks", self.base_url);
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(UpdateTaskResponse::Ok(
                openapi_runtime::client::decode_text(status, &bytes)?,
            )),
            400 => Ok(UpdateTaskResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(UpdateTaskResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(UpdateTaskResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(UpdateTaskResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            503 => Ok(UpdateTaskResponse::ServiceUnavailable(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Poll for a task
    ///
    /// Hands out one task of the type, now `IN_PROGRESS`; 204 when none is waiting.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn poll(&self, params: &PollParams) -> Result<PollResponse, ClientError> {
        let url = format!(
            "{}/api/tasks/poll/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.tasktype)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "workerid", &params.workerid)?;
        openapi_runtime::client::push_param(&mut query, "domain", &params.domain)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(PollResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            204 => Ok(PollResponse::NoContent),
            400 => Ok(PollResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(PollResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Long-poll for a batch of tasks
    ///
    /// Hands out up to `count` tasks of the type, waiting up to `timeout` milliseconds (at most 20 s) for the first; a task scheduled meanwhile ends the wait at once.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn batch_poll(
        &self,
        params: &BatchPollParams,
    ) -> Result<BatchPollResponse, ClientError> {
        let url = format!(
            "{}/api/tasks/poll/batch/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.tasktype)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "workerid", &params.workerid)?;
        openapi_runtime::client::push_param(&mut query, "domain", &params.domain)?;
        openapi_runtime::client::push_param(&mut query, "count", &params.count)?;
        openapi_runtime::client::push_param(&mut query, "timeout", &params.timeout)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(BatchPollResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            400 => Ok(BatchPollResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(BatchPollResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Queue sizes per task type
    ///
    /// Tasks waiting for a poll, over all domains.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn size(&self, params: &SizeParams) -> Result<SizeResponse, ClientError> {
        let url = format!("{}/api/tasks/queue/sizes", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "taskType", &params.task_type)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(SizeResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            400 => Ok(SizeResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(SizeResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// The last poll of each queue of a task type
    ///
    /// Kept in memory, as Conductor caches it; empty after a restart until workers poll.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_poll_data(
        &self,
        params: &GetPollDataParams,
    ) -> Result<GetPollDataResponse, ClientError> {
        let url = format!("{}/api/tasks/queue/polldata", self.base_url);
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "taskType", &params.task_type)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetPollDataResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(GetPollDataResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a task
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_task(&self, params: &GetTaskParams) -> Result<GetTaskResponse, ClientError> {
        let url = format!(
            "{}/api/tasks/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.task_id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetTaskResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            204 => Ok(GetTaskResponse::NoContent),
            500 => Ok(GetTaskResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a task's logs
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_task_logs(
        &self,
        params: &GetTaskLogsParams,
    ) -> Result<GetTaskLogsResponse, ClientError> {
        let url = format!(
            "{}/api/tasks/{}/log",
            self.base_url,
            openapi_runtime::client::path_segment(&params.task_id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetTaskLogsResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetTaskLogsResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(GetTaskLogsResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Add a log line to a task
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn log(&self, params: &LogParams, body: &str) -> Result<LogResponse, ClientError> {
        let url = format!(
            "{}/api/tasks/{}/log",
            self.base_url,
            openapi_runtime::client::path_segment(&params.task_id)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(LogResponse::Ok),
            400 => Ok(LogResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(LogResponse::NotFound(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            500 => Ok(LogResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Update a task by its reference name
    ///
    /// Answers the workflow's current task of that reference name (scheduled or in progress) with the body as its output; the task id is answered as text.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn update_task_by_ref_name(
        &self,
        params: &UpdateTaskByRefNameParams,
        body: Option<&serde_json::Value>,
    ) -> Result<UpdateTaskByRefNameResponse, ClientError> {
        let url = format!(
            "{}/api/tasks/{}/{}/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.workflow_id)?,
            openapi_runtime::client::path_segment(&params.task_ref_name)?,
            openapi_runtime::client::path_segment(&params.status)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "workerid", &params.workerid)?;
        request = request.query(&query);
        if let Some(body) = body {
            request = openapi_runtime::client::json_body(request, "application/json", body)?;
        }
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(UpdateTaskByRefNameResponse::Ok(
                openapi_runtime::client::decode_text(status, &bytes)?,
            )),
            400 => Ok(UpdateTaskByRefNameResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(UpdateTaskByRefNameResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(UpdateTaskByRefNameResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            500 => Ok(UpdateTaskByRefNameResponse::InternalServerError(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Conductor's health check
    ///
    /// Always healthy while the process answers; `/readyz` (outside `/api`) checks the database.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn do_check(&self) -> Result<DoCheckResponse, ClientError> {
        let url = format!("{}/api/health", self.base_url);
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(DoCheckResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}

impl ConductorApi for Client {
    fn get_task_defs(
        &self,
    ) -> impl Future<Output = Result<GetTaskDefsResponse, ClientError>> + Send {
        Client::get_task_defs(self)
    }
    fn update_task_def(
        &self,
        body: &model::TaskDef,
    ) -> impl Future<Output = Result<UpdateTaskDefResponse, ClientError>> + Send {
        Client::update_task_def(self, body)
    }
    fn register_task_def(
        &self,
        body: &[model::TaskDef],
    ) -> impl Future<Output = Result<RegisterTaskDefResponse, ClientError>> + Send {
        Client::register_task_def(self, body)
    }
    fn get_task_def(
        &self,
        params: &GetTaskDefParams,
    ) -> impl Future<Output = Result<GetTaskDefResponse, ClientError>> + Send {
        Client::get_task_def(self, params)
    }
    fn unregister_task_def(
        &self,
        params: &UnregisterTaskDefParams,
    ) -> impl Future<Output = Result<UnregisterTaskDefResponse, ClientError>> + Send {
        Client::unregister_task_def(self, params)
    }
    fn get_workflow_defs(
        &self,
    ) -> impl Future<Output = Result<GetWorkflowDefsResponse, ClientError>> + Send {
        Client::get_workflow_defs(self)
    }
    fn update_workflow_defs(
        &self,
        body: &[model::WorkflowDef],
    ) -> impl Future<Output = Result<UpdateWorkflowDefsResponse, ClientError>> + Send {
        Client::update_workflow_defs(self, body)
    }
    fn create_workflow_def(
        &self,
        body: &model::WorkflowDef,
    ) -> impl Future<Output = Result<CreateWorkflowDefResponse, ClientError>> + Send {
        Client::create_workflow_def(self, body)
    }
    fn get_workflow_def(
        &self,
        params: &GetWorkflowDefParams,
    ) -> impl Future<Output = Result<GetWorkflowDefResponse, ClientError>> + Send {
        Client::get_workflow_def(self, params)
    }
    fn unregister_workflow_def(
        &self,
        params: &UnregisterWorkflowDefParams,
    ) -> impl Future<Output = Result<UnregisterWorkflowDefResponse, ClientError>> + Send {
        Client::unregister_workflow_def(self, params)
    }
    fn start_workflow(
        &self,
        body: &model::StartWorkflowRequest,
    ) -> impl Future<Output = Result<StartWorkflowResponse, ClientError>> + Send {
        Client::start_workflow(self, body)
    }
    fn get_execution_status(
        &self,
        params: &GetExecutionStatusParams,
    ) -> impl Future<Output = Result<GetExecutionStatusResponse, ClientError>> + Send {
        Client::get_execution_status(self, params)
    }
    fn start_workflow_by_name(
        &self,
        params: &StartWorkflowByNameParams,
        body: Option<&serde_json::Value>,
    ) -> impl Future<Output = Result<StartWorkflowByNameResponse, ClientError>> + Send {
        Client::start_workflow_by_name(self, params, body)
    }
    fn terminate(
        &self,
        params: &TerminateParams,
    ) -> impl Future<Output = Result<TerminateResponse, ClientError>> + Send {
        Client::terminate(self, params)
    }
    fn pause_workflow(
        &self,
        params: &PauseWorkflowParams,
    ) -> impl Future<Output = Result<PauseWorkflowResponse, ClientError>> + Send {
        Client::pause_workflow(self, params)
    }
    fn resume_workflow(
        &self,
        params: &ResumeWorkflowParams,
    ) -> impl Future<Output = Result<ResumeWorkflowResponse, ClientError>> + Send {
        Client::resume_workflow(self, params)
    }
    fn retry(
        &self,
        params: &RetryParams,
    ) -> impl Future<Output = Result<RetryResponse, ClientError>> + Send {
        Client::retry(self, params)
    }
    fn restart(
        &self,
        params: &RestartParams,
    ) -> impl Future<Output = Result<RestartResponse, ClientError>> + Send {
        Client::restart(self, params)
    }
    fn delete(
        &self,
        params: &DeleteParams,
    ) -> impl Future<Output = Result<DeleteResponse, ClientError>> + Send {
        Client::delete(self, params)
    }
    fn get_running_workflow(
        &self,
        params: &GetRunningWorkflowParams,
    ) -> impl Future<Output = Result<GetRunningWorkflowResponse, ClientError>> + Send {
        Client::get_running_workflow(self, params)
    }
    fn get_workflows(
        &self,
        params: &GetWorkflowsParams,
    ) -> impl Future<Output = Result<GetWorkflowsResponse, ClientError>> + Send {
        Client::get_workflows(self, params)
    }
    fn update_task(
        &self,
        body: &model::TaskResult,
    ) -> impl Future<Output = Result<UpdateTaskResponse, ClientError>> + Send {
        Client::update_task(self, body)
    }
    fn poll(
        &self,
        params: &PollParams,
    ) -> impl Future<Output = Result<PollResponse, ClientError>> + Send {
        Client::poll(self, params)
    }
    fn batch_poll(
        &self,
        params: &BatchPollParams,
    ) -> impl Future<Output = Result<BatchPollResponse, ClientError>> + Send {
        Client::batch_poll(self, params)
    }
    fn size(
        &self,
        params: &SizeParams,
    ) -> impl Future<Output = Result<SizeResponse, ClientError>> + Send {
        Client::size(self, params)
    }
    fn get_poll_data(
        &self,
        params: &GetPollDataParams,
    ) -> impl Future<Output = Result<GetPollDataResponse, ClientError>> + Send {
        Client::get_poll_data(self, params)
    }
    fn get_task(
        &self,
        params: &GetTaskParams,
    ) -> impl Future<Output = Result<GetTaskResponse, ClientError>> + Send {
        Client::get_task(self, params)
    }
    fn get_task_logs(
        &self,
        params: &GetTaskLogsParams,
    ) -> impl Future<Output = Result<GetTaskLogsResponse, ClientError>> + Send {
        Client::get_task_logs(self, params)
    }
    fn log(
        &self,
        params: &LogParams,
        body: &str,
    ) -> impl Future<Output = Result<LogResponse, ClientError>> + Send {
        Client::log(self, params, body)
    }
    fn update_task_by_ref_name(
        &self,
        params: &UpdateTaskByRefNameParams,
        body: Option<&serde_json::Value>,
    ) -> impl Future<Output = Result<UpdateTaskByRefNameResponse, ClientError>> + Send {
        Client::update_task_by_ref_name(self, params, body)
    }
    fn do_check(&self) -> impl Future<Output = Result<DoCheckResponse, ClientError>> + Send {
        Client::do_check(self)
    }
}
