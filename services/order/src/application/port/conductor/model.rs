// Generated from api/conductor/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 73d4b0408676de5e-bea680ebb5b59b45
//! Data transfer objects of Conductor API (embedded orchestrator subset): every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

/// A task definition (Conductor's `TaskDef`): the retry and timeout rules for one task type. Fields not listed here are accepted and stored as given.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TaskDef {
    /// The task type workers poll for.
    pub name: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// How often a `FAILED` or `TIMED_OUT` task is retried.
    #[serde(rename = "retryCount", default = "default_task_def_retry_count")]
    pub retry_count: i32,
    /// How the delay before a retry grows.
    #[serde(rename = "retryLogic", default = "default_task_def_retry_logic")]
    pub retry_logic: RetryLogic,
    #[serde(
        rename = "retryDelaySeconds",
        default = "default_task_def_retry_delay_seconds"
    )]
    pub retry_delay_seconds: i64,
    /// Multiplies the delay under `LINEAR_BACKOFF`.
    #[serde(
        rename = "backoffScaleFactor",
        default = "default_task_def_backoff_scale_factor"
    )]
    pub backoff_scale_factor: i32,
    /// Longest a task may run from its first poll; 0 for no limit.
    #[serde(
        rename = "timeoutSeconds",
        default = "default_task_def_timeout_seconds"
    )]
    pub timeout_seconds: i64,
    /// What a timeout does: `RETRY` retries the task, `TIME_OUT_WF` times out the task and its workflow, `ALERT_ONLY` only reports it.
    #[serde(
        rename = "timeoutPolicy",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_policy: Option<TimeoutPolicy>,
    /// Longest a polled task may go without an answer (or heartbeat) before it is timed out and handed out again; at most `timeoutSeconds`.
    #[serde(
        rename = "responseTimeoutSeconds",
        default = "default_task_def_response_timeout_seconds"
    )]
    pub response_timeout_seconds: i64,
    /// Longest a scheduled task may wait for a poll; unset or 0 for no limit.
    #[serde(
        rename = "pollTimeoutSeconds",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub poll_timeout_seconds: Option<i64>,
    #[serde(
        rename = "ownerEmail",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_email: Option<String>,
    #[serde(
        rename = "createTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    #[serde(
        rename = "updateTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<i64>,
}

fn default_task_def_retry_count() -> i32 {
    3
}

fn default_task_def_retry_logic() -> RetryLogic {
    RetryLogic::Fixed
}

fn default_task_def_retry_delay_seconds() -> i64 {
    60
}

fn default_task_def_backoff_scale_factor() -> i32 {
    1
}

fn default_task_def_timeout_seconds() -> i64 {
    3600
}

fn default_task_def_response_timeout_seconds() -> i64 {
    3600
}

impl openapi_runtime::Validate for TaskDef {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.retry_count;
            let ptr = format!("{pointer}/retryCount");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.retry_delay_seconds;
            let ptr = format!("{pointer}/retryDelaySeconds");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.backoff_scale_factor;
            let ptr = format!("{pointer}/backoffScaleFactor");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.timeout_seconds;
            let ptr = format!("{pointer}/timeoutSeconds");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.response_timeout_seconds;
            let ptr = format!("{pointer}/responseTimeoutSeconds");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        if let Some(value) = &self.poll_timeout_seconds {
            let ptr = format!("{pointer}/pollTimeoutSeconds");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A workflow definition (Conductor's `WorkflowDef`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowDef {
    pub name: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    #[serde(default = "default_workflow_def_version")]
    pub version: i32,
    pub tasks: Vec<WorkflowTask>,
    #[serde(
        rename = "inputParameters",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub input_parameters: Option<Vec<String>>,
    /// The workflow's output, as expressions over its input and its tasks' outputs.
    #[serde(
        rename = "outputParameters",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub output_parameters: Option<serde_json::Value>,
    /// Started when the workflow fails or times out (or is terminated with `triggerFailureWorkflow`).
    #[serde(
        rename = "failureWorkflow",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub failure_workflow: Option<String>,
    #[serde(
        rename = "schemaVersion",
        default = "default_workflow_def_schema_version"
    )]
    pub schema_version: i32,
    #[serde(default = "default_workflow_def_restartable")]
    pub restartable: bool,
    #[serde(
        rename = "ownerEmail",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_email: Option<String>,
    /// What a timeout does: `RETRY` retries the task, `TIME_OUT_WF` times out the task and its workflow, `ALERT_ONLY` only reports it.
    #[serde(
        rename = "timeoutPolicy",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_policy: Option<TimeoutPolicy>,
    /// Longest the workflow may run; 0 for no limit.
    #[serde(
        rename = "timeoutSeconds",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_seconds: Option<i64>,
    #[serde(
        rename = "createTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    #[serde(
        rename = "updateTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<i64>,
}

fn default_workflow_def_version() -> i32 {
    1
}

fn default_workflow_def_schema_version() -> i32 {
    2
}

fn default_workflow_def_restartable() -> bool {
    true
}

impl openapi_runtime::Validate for WorkflowDef {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.tasks;
            let ptr = format!("{pointer}/tasks");
            violations.check_items(&ptr, value, Some(1), None, false);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
        if let Some(value) = &self.timeout_seconds {
            let ptr = format!("{pointer}/timeoutSeconds");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// One step of a workflow definition (Conductor's `WorkflowTask`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkflowTask {
    /// The task definition's name.
    pub name: String,
    /// Unique within the workflow; expressions name the step by it.
    #[serde(rename = "taskReferenceName")]
    pub task_reference_name: String,
    /// The task type; this orchestrator runs `SIMPLE` tasks.
    #[serde(rename = "type", default = "default_workflow_task_type")]
    pub type_: String,
    /// The task's input; strings may hold expressions such as `${workflow.input.orderId}` or `${place_order_ref.output.order.id}`.
    #[serde(
        rename = "inputParameters",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub input_parameters: Option<serde_json::Value>,
    /// A failure of an optional task does not fail the workflow.
    #[serde(default = "default_workflow_task_optional")]
    pub optional: bool,
    /// A task definition (Conductor's `TaskDef`): the retry and timeout rules for one task type. Fields not listed here are accepted and stored as given.
    #[serde(
        rename = "taskDefinition",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<TaskDef>,
}

fn default_workflow_task_type() -> String {
    "SIMPLE".to_owned()
}

fn default_workflow_task_optional() -> bool {
    false
}

impl openapi_runtime::Validate for WorkflowTask {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.task_definition {
            let ptr = format!("{pointer}/taskDefinition");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum StartWorkflowRequestIdempotencyStrategy {
    #[serde(rename = "FAIL")]
    Fail,
    #[serde(rename = "RETURN_EXISTING")]
    ReturnExisting,
    #[serde(rename = "FAIL_ON_RUNNING")]
    FailOnRunning,
}

impl StartWorkflowRequestIdempotencyStrategy {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Fail, Self::ReturnExisting, Self::FailOnRunning];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Fail => "FAIL",
            Self::ReturnExisting => "RETURN_EXISTING",
            Self::FailOnRunning => "FAIL_ON_RUNNING",
        }
    }
}

impl std::fmt::Display for StartWorkflowRequestIdempotencyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for StartWorkflowRequestIdempotencyStrategy {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &["FAIL", "RETURN_EXISTING", "FAIL_ON_RUNNING"],
                )
            })
    }
}

impl openapi_runtime::Validate for StartWorkflowRequestIdempotencyStrategy {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A workflow start (Conductor's `StartWorkflowRequest`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartWorkflowRequest {
    pub name: String,
    /// The definition's version; the latest when unset.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub version: Option<i32>,
    #[serde(
        rename = "correlationId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub correlation_id: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub input: Option<serde_json::Value>,
    /// Task type (or `*`) to the domain its tasks are queued in.
    #[serde(
        rename = "taskToDomain",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_to_domain: Option<std::collections::BTreeMap<String, String>>,
    /// A workflow definition (Conductor's `WorkflowDef`).
    #[serde(
        rename = "workflowDef",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_def: Option<WorkflowDef>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority: Option<i32>,
    /// A start repeating a key is answered as `idempotencyStrategy` says.
    #[serde(
        rename = "idempotencyKey",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub idempotency_key: Option<String>,
    #[serde(
        rename = "idempotencyStrategy",
        default = "default_start_workflow_request_idempotency_strategy"
    )]
    pub idempotency_strategy: StartWorkflowRequestIdempotencyStrategy,
}

fn default_start_workflow_request_idempotency_strategy() -> StartWorkflowRequestIdempotencyStrategy
{
    StartWorkflowRequestIdempotencyStrategy::Fail
}

impl openapi_runtime::Validate for StartWorkflowRequest {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.workflow_def {
            let ptr = format!("{pointer}/workflowDef");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
        if let Some(value) = &self.priority {
            let ptr = format!("{pointer}/priority");
            violations.check_minimum(&ptr, *value, 0, false);
            violations.check_maximum(&ptr, *value, 99, false);
        }
    }
}

/// A workflow execution (Conductor's `Workflow`).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Workflow {
    #[serde(
        rename = "workflowId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_id: Option<String>,
    #[serde(
        rename = "workflowName",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_name: Option<String>,
    #[serde(
        rename = "workflowVersion",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_version: Option<i32>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<WorkflowStatus>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub input: Option<serde_json::Value>,
    /// The evaluated `outputParameters`; a failed workflow that started its failure workflow holds that workflow's id under `conductor.failure_workflow`.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub output: Option<serde_json::Value>,
    #[serde(
        rename = "correlationId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub correlation_id: Option<String>,
    #[serde(
        rename = "reasonForIncompletion",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub reason_for_incompletion: Option<String>,
    #[serde(
        rename = "failedReferenceTaskNames",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_reference_task_names: Option<Vec<String>>,
    #[serde(
        rename = "failedTaskId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_task_id: Option<String>,
    #[serde(
        rename = "createTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    #[serde(
        rename = "updateTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<i64>,
    #[serde(
        rename = "startTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<i64>,
    #[serde(
        rename = "endTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<i64>,
    #[serde(
        rename = "taskToDomain",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_to_domain: Option<std::collections::BTreeMap<String, String>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub priority: Option<i32>,
    #[serde(
        rename = "idempotencyKey",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub idempotency_key: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub variables: Option<serde_json::Value>,
    /// A workflow definition (Conductor's `WorkflowDef`).
    #[serde(
        rename = "workflowDefinition",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_definition: Option<WorkflowDef>,
    /// The tasks in order of scheduling (empty when `includeTasks=false`).
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub tasks: Option<Vec<Task>>,
}

impl openapi_runtime::Validate for Workflow {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.workflow_definition {
            let ptr = format!("{pointer}/workflowDefinition");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
        if let Some(value) = &self.tasks {
            let ptr = format!("{pointer}/tasks");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

/// A task execution (Conductor's `Task`); a retry is a new task with `retryCount + 1`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Task {
    #[serde(
        rename = "taskId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_id: Option<String>,
    #[serde(
        rename = "taskType",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_type: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<TaskStatus>,
    #[serde(
        rename = "inputData",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub input_data: Option<serde_json::Value>,
    #[serde(
        rename = "outputData",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub output_data: Option<serde_json::Value>,
    #[serde(
        rename = "referenceTaskName",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_task_name: Option<String>,
    #[serde(
        rename = "retryCount",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub retry_count: Option<i32>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub seq: Option<i32>,
    #[serde(
        rename = "correlationId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub correlation_id: Option<String>,
    #[serde(
        rename = "pollCount",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub poll_count: Option<i32>,
    #[serde(
        rename = "taskDefName",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_def_name: Option<String>,
    #[serde(
        rename = "scheduledTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduled_time: Option<i64>,
    #[serde(
        rename = "startTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<i64>,
    #[serde(
        rename = "endTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<i64>,
    #[serde(
        rename = "updateTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<i64>,
    #[serde(
        rename = "retriedTaskId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub retried_task_id: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub retried: Option<bool>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub executed: Option<bool>,
    #[serde(
        rename = "callbackAfterSeconds",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub callback_after_seconds: Option<i64>,
    #[serde(
        rename = "responseTimeoutSeconds",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub response_timeout_seconds: Option<i64>,
    #[serde(
        rename = "workflowInstanceId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_instance_id: Option<String>,
    #[serde(
        rename = "workflowType",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_type: Option<String>,
    #[serde(
        rename = "reasonForIncompletion",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub reason_for_incompletion: Option<String>,
    #[serde(
        rename = "workerId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_id: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub domain: Option<String>,
    #[serde(
        rename = "workflowPriority",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_priority: Option<i32>,
    #[serde(
        rename = "queueWaitTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub queue_wait_time: Option<i64>,
    /// One step of a workflow definition (Conductor's `WorkflowTask`).
    #[serde(
        rename = "workflowTask",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_task: Option<WorkflowTask>,
}

impl openapi_runtime::Validate for Task {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.workflow_task {
            let ptr = format!("{pointer}/workflowTask");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
    }
}

/// `FAILED` is retried per the task definition, `FAILED_WITH_TERMINAL_ERROR` never is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum TaskResultStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "FAILED_WITH_TERMINAL_ERROR")]
    FailedWithTerminalError,
    #[serde(rename = "COMPLETED")]
    Completed,
}

impl TaskResultStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[
        Self::InProgress,
        Self::Failed,
        Self::FailedWithTerminalError,
        Self::Completed,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Failed => "FAILED",
            Self::FailedWithTerminalError => "FAILED_WITH_TERMINAL_ERROR",
            Self::Completed => "COMPLETED",
        }
    }
}

impl std::fmt::Display for TaskResultStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for TaskResultStatus {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &[
                        "IN_PROGRESS",
                        "FAILED",
                        "FAILED_WITH_TERMINAL_ERROR",
                        "COMPLETED",
                    ],
                )
            })
    }
}

impl openapi_runtime::Validate for TaskResultStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A worker's answer for a task (Conductor's `TaskResult`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TaskResult {
    #[serde(
        rename = "workflowInstanceId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub workflow_instance_id: Option<String>,
    #[serde(rename = "taskId")]
    pub task_id: String,
    #[serde(
        rename = "reasonForIncompletion",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub reason_for_incompletion: Option<String>,
    /// With `IN_PROGRESS`, hand the task out again after this many seconds.
    #[serde(
        rename = "callbackAfterSeconds",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub callback_after_seconds: Option<i64>,
    #[serde(
        rename = "workerId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_id: Option<String>,
    /// `FAILED` is retried per the task definition, `FAILED_WITH_TERMINAL_ERROR` never is.
    pub status: TaskResultStatus,
    #[serde(
        rename = "outputData",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub output_data: Option<serde_json::Value>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub logs: Option<Vec<TaskExecLog>>,
    /// With `IN_PROGRESS`, only restart the response timeout (a heartbeat).
    #[serde(
        rename = "extendLease",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub extend_lease: Option<bool>,
}

impl openapi_runtime::Validate for TaskResult {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        if let Some(value) = &self.callback_after_seconds {
            let ptr = format!("{pointer}/callbackAfterSeconds");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// One log line of a task (Conductor's `TaskExecLog`).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TaskExecLog {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub log: Option<String>,
    #[serde(
        rename = "taskId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_id: Option<String>,
    #[serde(
        rename = "createdTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_time: Option<i64>,
}

impl openapi_runtime::Validate for TaskExecLog {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The last poll of one queue (Conductor's `PollData`).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PollData {
    #[serde(
        rename = "queueName",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub queue_name: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub domain: Option<String>,
    #[serde(
        rename = "workerId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_id: Option<String>,
    #[serde(
        rename = "lastPollTime",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_poll_time: Option<i64>,
}

impl openapi_runtime::Validate for PollData {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Conductor's error body (`ErrorResponse`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorResponse {
    pub status: i32,
    pub message: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub instance: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub retryable: Option<bool>,
    #[serde(
        rename = "validationErrors",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub validation_errors: Option<Vec<ValidationError>>,
}

impl openapi_runtime::Validate for ErrorResponse {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// One broken rule of a definition or request.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ValidationError {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub path: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub message: Option<String>,
    /// The offending value, when there is one.
    #[serde(
        rename = "invalidValue",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub invalid_value: Option<serde_json::Value>,
}

impl openapi_runtime::Validate for ValidationError {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Conductor's health answer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct HealthCheckStatus {
    #[serde(
        rename = "healthResults",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_results: Option<Vec<serde_json::Value>>,
    #[serde(
        rename = "suppressedHealthResults",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub suppressed_health_results: Option<Vec<serde_json::Value>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub healthy: Option<bool>,
}

impl openapi_runtime::Validate for HealthCheckStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Task definitions.
pub type TaskDefList = Vec<TaskDef>;

/// Workflow definitions.
pub type WorkflowDefList = Vec<WorkflowDef>;

/// Tasks.
pub type TaskList = Vec<Task>;

/// Workflows, oldest first.
pub type WorkflowList = Vec<Workflow>;

/// Workflow ids, oldest first.
pub type WorkflowIdList = Vec<String>;

/// A task's log lines, oldest first.
pub type TaskExecLogList = Vec<TaskExecLog>;

/// One entry per queue polled.
pub type PollDataList = Vec<PollData>;

/// Task type to the number of its tasks waiting for a poll.
pub type QueueSizes = std::collections::BTreeMap<String, i32>;

/// A workflow's input.
pub type WorkflowInput = serde_json::Value;

/// A task's output.
pub type TaskOutput = serde_json::Value;

/// One log line.
pub type LogLine = String;

/// How the delay before a retry grows.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum RetryLogic {
    #[serde(rename = "FIXED")]
    Fixed,
    #[serde(rename = "LINEAR_BACKOFF")]
    LinearBackoff,
    #[serde(rename = "EXPONENTIAL_BACKOFF")]
    ExponentialBackoff,
}

impl RetryLogic {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Fixed, Self::LinearBackoff, Self::ExponentialBackoff];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Fixed => "FIXED",
            Self::LinearBackoff => "LINEAR_BACKOFF",
            Self::ExponentialBackoff => "EXPONENTIAL_BACKOFF",
        }
    }
}

impl std::fmt::Display for RetryLogic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RetryLogic {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &["FIXED", "LINEAR_BACKOFF", "EXPONENTIAL_BACKOFF"],
                )
            })
    }
}

impl openapi_runtime::Validate for RetryLogic {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// What a timeout does: `RETRY` retries the task, `TIME_OUT_WF` times out the task and its workflow, `ALERT_ONLY` only reports it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum TimeoutPolicy {
    #[serde(rename = "RETRY")]
    Retry,
    #[serde(rename = "TIME_OUT_WF")]
    TimeOutWf,
    #[serde(rename = "ALERT_ONLY")]
    AlertOnly,
}

impl TimeoutPolicy {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Retry, Self::TimeOutWf, Self::AlertOnly];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Retry => "RETRY",
            Self::TimeOutWf => "TIME_OUT_WF",
            Self::AlertOnly => "ALERT_ONLY",
        }
    }
}

impl std::fmt::Display for TimeoutPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for TimeoutPolicy {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["RETRY", "TIME_OUT_WF", "ALERT_ONLY"])
            })
    }
}

impl openapi_runtime::Validate for TimeoutPolicy {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum WorkflowStatus {
    #[serde(rename = "RUNNING")]
    Running,
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "TIMED_OUT")]
    TimedOut,
    #[serde(rename = "TERMINATED")]
    Terminated,
    #[serde(rename = "PAUSED")]
    Paused,
}

impl WorkflowStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[
        Self::Running,
        Self::Completed,
        Self::Failed,
        Self::TimedOut,
        Self::Terminated,
        Self::Paused,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Running => "RUNNING",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::TimedOut => "TIMED_OUT",
            Self::Terminated => "TERMINATED",
            Self::Paused => "PAUSED",
        }
    }
}

impl std::fmt::Display for WorkflowStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for WorkflowStatus {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &[
                        "RUNNING",
                        "COMPLETED",
                        "FAILED",
                        "TIMED_OUT",
                        "TERMINATED",
                        "PAUSED",
                    ],
                )
            })
    }
}

impl openapi_runtime::Validate for WorkflowStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum TaskStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "CANCELED")]
    Canceled,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "FAILED_WITH_TERMINAL_ERROR")]
    FailedWithTerminalError,
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "COMPLETED_WITH_ERRORS")]
    CompletedWithErrors,
    #[serde(rename = "SCHEDULED")]
    Scheduled,
    #[serde(rename = "TIMED_OUT")]
    TimedOut,
    #[serde(rename = "SKIPPED")]
    Skipped,
}

impl TaskStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[
        Self::InProgress,
        Self::Canceled,
        Self::Failed,
        Self::FailedWithTerminalError,
        Self::Completed,
        Self::CompletedWithErrors,
        Self::Scheduled,
        Self::TimedOut,
        Self::Skipped,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Canceled => "CANCELED",
            Self::Failed => "FAILED",
            Self::FailedWithTerminalError => "FAILED_WITH_TERMINAL_ERROR",
            Self::Completed => "COMPLETED",
            Self::CompletedWithErrors => "COMPLETED_WITH_ERRORS",
            Self::Scheduled => "SCHEDULED",
            Self::TimedOut => "TIMED_OUT",
            Self::Skipped => "SKIPPED",
        }
    }
}

impl std::fmt::Display for TaskStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for TaskStatus {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &[
                        "IN_PROGRESS",
                        "CANCELED",
                        "FAILED",
                        "FAILED_WITH_TERMINAL_ERROR",
                        "COMPLETED",
                        "COMPLETED_WITH_ERRORS",
                        "SCHEDULED",
                        "TIMED_OUT",
                        "SKIPPED",
                    ],
                )
            })
    }
}

impl openapi_runtime::Validate for TaskStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum UpdateTaskByRefNameStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "FAILED_WITH_TERMINAL_ERROR")]
    FailedWithTerminalError,
    #[serde(rename = "COMPLETED")]
    Completed,
}

impl UpdateTaskByRefNameStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[
        Self::InProgress,
        Self::Failed,
        Self::FailedWithTerminalError,
        Self::Completed,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Failed => "FAILED",
            Self::FailedWithTerminalError => "FAILED_WITH_TERMINAL_ERROR",
            Self::Completed => "COMPLETED",
        }
    }
}

impl std::fmt::Display for UpdateTaskByRefNameStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for UpdateTaskByRefNameStatus {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &[
                        "IN_PROGRESS",
                        "FAILED",
                        "FAILED_WITH_TERMINAL_ERROR",
                        "COMPLETED",
                    ],
                )
            })
    }
}

impl openapi_runtime::Validate for UpdateTaskByRefNameStatus {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}
