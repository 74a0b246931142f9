//! Task and workflow definitions, in Conductor's JSON shape.
//!
//! Fields this orchestrator does not interpret are kept in `extra` so a definition registered
//! here reads back with every field it was given (Conductor clients send many optional ones).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::error::ValidationError;
use super::expression;

/// What happens when a task runs longer than its `timeoutSeconds`, or a workflow longer than its.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimeoutPolicy {
    /// The task is timed out and retried (tasks only).
    Retry,
    /// The task and its workflow are timed out.
    #[default]
    TimeOutWf,
    /// Only reported; execution goes on.
    AlertOnly,
}

/// How the delay before a retry grows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RetryLogic {
    #[default]
    Fixed,
    LinearBackoff,
    ExponentialBackoff,
}

fn default_retry_count() -> u32 {
    3
}
fn default_one_hour() -> u64 {
    3600
}
fn default_retry_delay() -> u64 {
    60
}
fn default_backoff_scale() -> u32 {
    1
}

/// A task definition (`TaskDef`): the retry and timeout rules for one task type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDef {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default = "default_retry_count")]
    pub retry_count: u32,
    #[serde(default = "default_one_hour")]
    pub timeout_seconds: u64,
    #[serde(default)]
    pub timeout_policy: TimeoutPolicy,
    #[serde(default)]
    pub retry_logic: RetryLogic,
    #[serde(default = "default_retry_delay")]
    pub retry_delay_seconds: u64,
    #[serde(default = "default_one_hour")]
    pub response_timeout_seconds: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll_timeout_seconds: Option<u64>,
    #[serde(default = "default_backoff_scale")]
    pub backoff_scale_factor: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl TaskDef {
    /// Conductor's checks on a task definition.
    ///
    /// # Errors
    /// Every broken rule, each with the field it concerns.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut errors = ValidationError::default();
        if self.name.trim().is_empty() {
            errors.push("name", "TaskDef name cannot be null or empty", None);
        }
        if self.timeout_seconds > 0 && self.response_timeout_seconds > self.timeout_seconds {
            errors.push(
                "responseTimeoutSeconds",
                format!(
                    "TaskDef: {} responseTimeoutSeconds: {} must be less than timeoutSeconds: {}",
                    self.name, self.response_timeout_seconds, self.timeout_seconds
                ),
                Some(Value::from(self.response_timeout_seconds)),
            );
        }
        if self.response_timeout_seconds == 0 {
            errors.push(
                "responseTimeoutSeconds",
                format!(
                    "TaskDef: {} responseTimeoutSeconds: 0 should be minimum 1 second",
                    self.name
                ),
                Some(Value::from(0)),
            );
        }
        errors.into_result()
    }

    /// Seconds to wait before retry number `attempt` (1 for the first retry).
    pub fn retry_delay_seconds(&self, attempt: u32) -> u64 {
        let base = self.retry_delay_seconds;
        match self.retry_logic {
            RetryLogic::Fixed => base,
            RetryLogic::LinearBackoff => base
                .saturating_mul(u64::from(self.backoff_scale_factor.max(1)))
                .saturating_mul(u64::from(attempt)),
            RetryLogic::ExponentialBackoff => {
                let exponent = attempt.saturating_sub(1).min(32);
                base.saturating_mul(1u64 << exponent)
            }
        }
    }
}

pub const SIMPLE: &str = "SIMPLE";

/// One step of a workflow definition (`WorkflowTask`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkflowTask {
    pub name: String,
    pub task_reference_name: String,
    #[serde(default)]
    pub input_parameters: Map<String, Value>,
    #[serde(rename = "type", default = "simple_type")]
    pub task_type: String,
    #[serde(default)]
    pub optional: bool,
    /// The task definition as it was when the workflow started (filled in at start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<TaskDef>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn simple_type() -> String {
    SIMPLE.to_owned()
}

fn default_version() -> u32 {
    1
}
fn default_schema_version() -> u32 {
    2
}
fn default_true() -> bool {
    true
}
fn default_workflow_timeout_policy() -> TimeoutPolicy {
    TimeoutPolicy::AlertOnly
}

/// A workflow definition (`WorkflowDef`): SIMPLE tasks run in sequence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkflowDef {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default = "default_version")]
    pub version: u32,
    #[serde(default)]
    pub tasks: Vec<WorkflowTask>,
    #[serde(default)]
    pub input_parameters: Vec<String>,
    #[serde(default)]
    pub output_parameters: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_workflow: Option<String>,
    #[serde(default = "default_schema_version")]
    pub schema_version: u32,
    #[serde(default = "default_true")]
    pub restartable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_email: Option<String>,
    #[serde(default = "default_workflow_timeout_policy")]
    pub timeout_policy: TimeoutPolicy,
    #[serde(default)]
    pub timeout_seconds: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl WorkflowDef {
    /// Conductor's checks on a workflow definition, against the registered task definitions
    /// (`known_task`): at least one task, SIMPLE tasks only, every task defined, reference names
    /// unique, and every `${ref.…}` expression naming a task of this workflow.
    ///
    /// # Errors
    /// Every broken rule, each with the field it concerns.
    pub fn validate(&self, known_task: impl Fn(&str) -> bool) -> Result<(), ValidationError> {
        let mut errors = ValidationError::default();
        if self.name.trim().is_empty() {
            errors.push("name", "WorkflowDef name cannot be null or empty", None);
        }
        if self.tasks.is_empty() {
            errors.push("tasks", "WorkflowTask list cannot be empty", None);
        }
        let mut refs = BTreeSet::new();
        for (index, task) in self.tasks.iter().enumerate() {
            let path = format!("tasks[{index}]");
            if task.task_reference_name.trim().is_empty() {
                errors.push(
                    format!("{path}.taskReferenceName"),
                    format!(
                        "taskReferenceName should be specified for task {}",
                        task.name
                    ),
                    None,
                );
            } else if !refs.insert(task.task_reference_name.as_str()) {
                errors.push(
                    format!("{path}.taskReferenceName"),
                    format!(
                        "taskReferenceName: {} should be unique across tasks for a given workflowDefinition: {}",
                        task.task_reference_name, self.name
                    ),
                    Some(Value::from(task.task_reference_name.clone())),
                );
            }
            if task.task_type != SIMPLE {
                errors.push(
                    format!("{path}.type"),
                    format!(
                        "task type {} of task {} is not supported by this orchestrator (SIMPLE only)",
                        task.task_type, task.task_reference_name
                    ),
                    Some(Value::from(task.task_type.clone())),
                );
            } else if task.task_definition.is_none() && !known_task(&task.name) {
                errors.push(
                    format!("{path}.name"),
                    format!("taskDef: {} is not registered", task.name),
                    Some(Value::from(task.name.clone())),
                );
            }
        }
        let mut check_refs = |path: String, params: &Map<String, Value>, owner: &str| {
            let mut named = BTreeMap::new();
            expression::referenced_names(&Value::Object(params.clone()), &mut named);
            for (name, parameter) in named {
                if name != "workflow" && !refs.contains(name.as_str()) {
                    errors.push(
                        path.clone(),
                        format!(
                            "taskReferenceName: {name} for given task: {owner} input value: {parameter} is not defined in workflow definition."
                        ),
                        Some(Value::from(parameter)),
                    );
                }
            }
        };
        for (index, task) in self.tasks.iter().enumerate() {
            check_refs(
                format!("tasks[{index}].inputParameters"),
                &task.input_parameters,
                &task.task_reference_name,
            );
        }
        check_refs(
            "outputParameters".to_owned(),
            &self.output_parameters,
            &self.name,
        );
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn def(value: Value) -> WorkflowDef {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn exponential_backoff_doubles_the_delay_for_each_retry() {
        let task: TaskDef = serde_json::from_value(
            json!({"name": "t", "retryDelaySeconds": 2, "retryLogic": "EXPONENTIAL_BACKOFF"}),
        )
        .unwrap();
        assert_eq!([1, 2, 3].map(|n| task.retry_delay_seconds(n)), [2, 4, 8]);
    }

    #[test]
    fn linear_backoff_grows_by_the_scale_factor() {
        let task: TaskDef = serde_json::from_value(json!({
            "name": "t", "retryDelaySeconds": 2, "retryLogic": "LINEAR_BACKOFF", "backoffScaleFactor": 3
        }))
        .unwrap();
        assert_eq!([1, 2].map(|n| task.retry_delay_seconds(n)), [6, 12]);
    }

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let input = json!({"name": "t", "rateLimitPerFrequency": 5, "inputKeys": ["a"]});
        let task: TaskDef = serde_json::from_value(input).unwrap();
        let back = serde_json::to_value(&task).unwrap();
        assert_eq!(back["rateLimitPerFrequency"], 5);
        assert_eq!(back["inputKeys"], json!(["a"]));
    }

    #[test]
    fn a_definition_naming_an_unknown_task_reference_is_rejected() {
        let workflow = def(json!({"name": "w", "tasks": [
            {"name": "a", "taskReferenceName": "a_ref", "inputParameters": {"x": "${b_ref.output.y}"}}
        ]}));
        let err = workflow.validate(|_| true).unwrap_err();
        assert_eq!(err.errors.len(), 1);
        assert!(err.errors[0].message.contains("b_ref"), "{err:?}");
    }

    #[test]
    fn duplicate_reference_names_and_unregistered_tasks_are_all_reported() {
        let workflow = def(json!({"name": "w", "tasks": [
            {"name": "a", "taskReferenceName": "r"},
            {"name": "b", "taskReferenceName": "r"}
        ]}));
        let err = workflow.validate(|name| name == "a").unwrap_err();
        let messages: Vec<_> = err.errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("unique")));
        assert!(
            messages
                .iter()
                .any(|m| m.contains("taskDef: b is not registered"))
        );
    }
}
