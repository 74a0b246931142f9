//! Running workflows and their tasks, in Conductor's JSON shape (`Workflow`, `Task`).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::definition::{TaskDef, TimeoutPolicy, WorkflowDef, WorkflowTask};

/// Milliseconds since the Unix epoch, as Conductor's timestamps are.
pub type Millis = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WorkflowStatus {
    Running,
    Completed,
    Failed,
    TimedOut,
    Terminated,
    Paused,
}

impl WorkflowStatus {
    /// Every status, in the order a person reads them (running first).
    pub const ALL: [WorkflowStatus; 6] = [
        Self::Running,
        Self::Paused,
        Self::Completed,
        Self::Failed,
        Self::TimedOut,
        Self::Terminated,
    ];

    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Self::Completed | Self::Failed | Self::TimedOut | Self::Terminated
        )
    }

    pub fn as_str(self) -> &'static str {
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

/// A status name that is not one of [`WorkflowStatus::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown workflow status {0:?}")]
pub struct UnknownWorkflowStatus(pub String);

impl std::str::FromStr for WorkflowStatus {
    type Err = UnknownWorkflowStatus;

    /// Conductor's name (`TIMED_OUT`), in any case.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| UnknownWorkflowStatus(name.to_owned()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TaskStatus {
    InProgress,
    Canceled,
    Failed,
    FailedWithTerminalError,
    Completed,
    CompletedWithErrors,
    Scheduled,
    TimedOut,
    Skipped,
}

impl TaskStatus {
    pub fn is_terminal(self) -> bool {
        !matches!(self, Self::InProgress | Self::Scheduled)
    }

    pub fn as_str(self) -> &'static str {
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

/// A workflow execution, without its tasks (those are stored, and loaded, one row each).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Workflow {
    pub workflow_id: String,
    pub workflow_name: String,
    pub workflow_version: u32,
    pub status: WorkflowStatus,
    #[serde(default)]
    pub input: Map<String, Value>,
    #[serde(default)]
    pub output: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_for_incompletion: Option<String>,
    #[serde(default)]
    pub failed_reference_task_names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_task_id: Option<String>,
    pub create_time: Millis,
    pub update_time: Millis,
    pub start_time: Millis,
    #[serde(default)]
    pub end_time: Millis,
    #[serde(default)]
    pub task_to_domain: BTreeMap<String, String>,
    #[serde(default)]
    pub priority: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_workflow_id: Option<String>,
    #[serde(default)]
    pub variables: Map<String, Value>,
    /// Shared: every change of a running workflow copies its execution, not its definition.
    /// Not part of the serialised document: it is stored once beside it (written when the
    /// workflow starts, not with each of its changes), and [`Execution::to_json`] adds it to
    /// Conductor's JSON as `workflowDefinition`.
    ///
    /// [`Execution::to_json`]: super::decider::Execution::to_json
    #[serde(skip_serializing, deserialize_with = "shared::deserialize")]
    pub workflow_definition: Arc<WorkflowDef>,
    /// Set once the workflow's `timeoutSeconds` has been reported under `ALERT_ONLY`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub timeout_alerted: bool,
}

/// (De)serialises an `Arc<T>` as the `T` it holds (serde's `rc` feature, for one field).
mod shared {
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[allow(dead_code, reason = "for the fields serialised whole")]
    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Arc<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        T::serialize(value, serializer)
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Arc<T>, D::Error> {
        T::deserialize(deserializer).map(Arc::new)
    }
}

/// A new workflow or task id: a UUID, as Conductor's, but version 7 (time-ordered) rather than
/// random. Ids are the keys of the stores' indexes, and new rows with random keys land on
/// random index pages: every group commit then dirtied (and wrote to the WAL) a page per new
/// task and workflow. Time-ordered keys append, so the rows written together share pages. The
/// ids stay unguessable enough for what they are (74 random bits), and clients treat them as
/// opaque strings.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The key of a failed workflow's output naming the failure workflow started for it, as
/// Conductor records it.
pub const FAILURE_WORKFLOW_OUTPUT: &str = "conductor.failure_workflow";

impl Workflow {
    /// The id of the failure workflow started when this one failed, if one was.
    pub fn failure_workflow_id(&self) -> Option<&str> {
        self.output
            .get(FAILURE_WORKFLOW_OUTPUT)
            .and_then(Value::as_str)
    }

    /// The id of the workflow this one compensates, when it was started as a failure workflow:
    /// its input then carries Conductor's `workflowId` and `failureStatus`.
    pub fn compensated_workflow_id(&self) -> Option<&str> {
        self.input.get("failureStatus")?;
        self.input.get("workflowId").and_then(Value::as_str)
    }

    /// When the workflow's own `timeoutSeconds` runs out, if it has one still to act on.
    pub fn deadline(&self) -> Option<Millis> {
        let seconds = self.workflow_definition.timeout_seconds;
        (seconds > 0 && !self.status.is_terminal() && !self.timeout_alerted)
            .then(|| self.start_time + secs(seconds))
    }

    /// The queue a task of this workflow goes to: `domain:taskType`, or `taskType` without one.
    pub fn domain_for(&self, task_type: &str) -> Option<String> {
        let domain = self
            .task_to_domain
            .get(task_type)
            .or_else(|| self.task_to_domain.get("*"))?;
        // Conductor lets a list of domains fall back in order; the first one is taken here.
        let first = domain.split(',').next().unwrap_or_default().trim();
        (!first.is_empty() && first != "NO_DOMAIN").then(|| first.to_owned())
    }
}

/// One log line a worker attached to a task (`TaskExecLog`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskExecLog {
    #[serde(default)]
    pub log: String,
    #[serde(default)]
    pub task_id: String,
    #[serde(default)]
    pub created_time: Millis,
}

/// One task execution (`Task`): a retry is a new task with `retryCount + 1`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub task_id: String,
    pub task_type: String,
    pub status: TaskStatus,
    #[serde(default)]
    pub input_data: Map<String, Value>,
    #[serde(default)]
    pub output_data: Map<String, Value>,
    pub reference_task_name: String,
    #[serde(default)]
    pub retry_count: u32,
    pub seq: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    #[serde(default)]
    pub poll_count: u32,
    pub task_def_name: String,
    pub scheduled_time: Millis,
    #[serde(default)]
    pub start_time: Millis,
    #[serde(default)]
    pub end_time: Millis,
    #[serde(default)]
    pub update_time: Millis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retried_task_id: Option<String>,
    #[serde(default)]
    pub retried: bool,
    #[serde(default)]
    pub executed: bool,
    #[serde(default)]
    pub callback_after_seconds: u64,
    #[serde(default)]
    pub response_timeout_seconds: u64,
    pub workflow_instance_id: String,
    pub workflow_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_for_incompletion: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default)]
    pub workflow_priority: i32,
    #[serde(default)]
    pub queue_wait_time: Millis,
    /// Shared with the task's other copies (an execution is copied on every change).
    #[serde(with = "shared")]
    pub workflow_task: Arc<WorkflowTask>,
    /// Whether the task waits in its queue for a poll (a scheduled task, or one a worker asked to
    /// be called back for); a polled task is out of the queue until it is answered or times out.
    #[serde(skip)]
    pub queued: bool,
    /// When a queued task may be handed out (later than now for a retry delay or a callback).
    #[serde(skip)]
    pub visible_at: Millis,
    /// Set once the task's `timeoutSeconds` has been reported under `ALERT_ONLY`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub timeout_alerted: bool,
}

/// What a timed-out task means for its workflow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskTimeout {
    /// The task is `TIMED_OUT` and will be retried if its definition allows.
    Retry,
    /// The task is `TIMED_OUT` and its workflow times out with it.
    TimeOutWorkflow(String),
    /// Only reported (`ALERT_ONLY`).
    Alert,
}

pub(crate) fn secs(seconds: u64) -> Millis {
    Millis::try_from(seconds.saturating_mul(1000)).unwrap_or(Millis::MAX)
}

impl Task {
    /// The task definition this task runs under (captured when its workflow started).
    pub fn definition(&self) -> Cow<'_, TaskDef> {
        match &self.workflow_task.task_definition {
            Some(def) => Cow::Borrowed(def),
            None => Cow::Owned(default_task_def(&self.task_def_name)),
        }
    }

    /// `domain:taskType`, or `taskType` without a domain.
    pub fn queue_name(&self) -> String {
        queue_name(&self.task_type, self.domain.as_deref())
    }

    /// The next moment a timeout rule could fire for this task, if any.
    pub fn deadline(&self) -> Option<Millis> {
        let def = self.definition();
        let mut deadline: Option<Millis> = None;
        let mut consider = |at: Millis| deadline = Some(deadline.map_or(at, |d| d.min(at)));
        match self.status {
            TaskStatus::Scheduled => {
                if let Some(poll) = def.poll_timeout_seconds.filter(|s| *s > 0) {
                    consider(self.visible_at.max(self.scheduled_time) + secs(poll));
                }
            }
            TaskStatus::InProgress => {
                consider(self.response_deadline());
                if def.timeout_seconds > 0 && !self.timeout_alerted {
                    consider(self.start_time + secs(def.timeout_seconds));
                }
            }
            _ => {}
        }
        deadline
    }

    /// Whether a worker's answer now comes too late: the task was handed out and the worker was
    /// silent for longer than `responseTimeoutSeconds`.
    pub fn lease_expired(&self, now: Millis) -> bool {
        self.status == TaskStatus::InProgress && now >= self.response_deadline()
    }

    /// The last moment an in-progress task's worker may answer (or heartbeat): its last update,
    /// plus any callback delay it asked for, plus `responseTimeoutSeconds`.
    fn response_deadline(&self) -> Millis {
        self.update_time
            + secs(self.callback_after_seconds)
            + secs(self.response_timeout_seconds.max(1))
    }

    /// Apply whichever timeout rule has fired at `now`, if one has.
    pub fn check_timeout(&mut self, now: Millis) -> Option<TaskTimeout> {
        let def = self.definition().into_owned();
        let outcome = match self.status {
            TaskStatus::Scheduled => {
                let poll = def.poll_timeout_seconds.filter(|s| *s > 0)?;
                if now < self.visible_at.max(self.scheduled_time) + secs(poll) {
                    return None;
                }
                self.time_out(now, format!("Task poll timed out after {poll} seconds"));
                TaskTimeout::Retry
            }
            TaskStatus::InProgress => {
                let total_expired = def.timeout_seconds > 0
                    && !self.timeout_alerted
                    && now >= self.start_time + secs(def.timeout_seconds);
                if total_expired {
                    let reason = format!(
                        "Task timed out after {} seconds. Timeout configured as {} seconds. Timeout policy configured to {:?}",
                        (now - self.start_time) / 1000,
                        def.timeout_seconds,
                        def.timeout_policy
                    );
                    match def.timeout_policy {
                        TimeoutPolicy::AlertOnly => {
                            self.timeout_alerted = true;
                            TaskTimeout::Alert
                        }
                        TimeoutPolicy::Retry => {
                            self.time_out(now, reason);
                            TaskTimeout::Retry
                        }
                        TimeoutPolicy::TimeOutWf => {
                            self.time_out(now, reason.clone());
                            TaskTimeout::TimeOutWorkflow(reason)
                        }
                    }
                } else if self.lease_expired(now) {
                    self.time_out(
                        now,
                        format!(
                            "responseTimeout: {} exceeded for taskId: {} with Task Definition: {}",
                            self.response_timeout_seconds, self.task_id, self.task_def_name
                        ),
                    );
                    TaskTimeout::Retry
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        Some(outcome)
    }

    fn time_out(&mut self, now: Millis, reason: String) {
        self.status = TaskStatus::TimedOut;
        self.reason_for_incompletion = Some(reason);
        self.queued = false;
        self.end_time = now;
        self.update_time = now;
    }

    /// Hand the task to a worker: in progress, out of the queue until answered or timed out.
    pub fn claim(&mut self, worker_id: Option<&str>, now: Millis) {
        self.status = TaskStatus::InProgress;
        self.poll_count += 1;
        if self.start_time == 0 {
            self.start_time = now;
            self.queue_wait_time = now - self.scheduled_time;
        }
        self.update_time = now;
        self.callback_after_seconds = 0;
        self.worker_id = worker_id.map(str::to_owned);
        self.queued = false;
    }

    /// The status, end and queue of a task that is over (completed, failed or canceled).
    pub fn finish(&mut self, status: TaskStatus, now: Millis) {
        self.status = status;
        self.queued = false;
        self.end_time = now;
        self.update_time = now;
    }
}

pub fn queue_name(task_type: &str, domain: Option<&str>) -> String {
    match domain {
        Some(domain) => format!("{domain}:{task_type}"),
        None => task_type.to_owned(),
    }
}

/// A task definition with Conductor's defaults, for a task whose definition was not captured.
fn default_task_def(name: &str) -> TaskDef {
    TaskDef {
        name: name.to_owned(),
        description: None,
        retry_count: 3,
        timeout_seconds: 3600,
        timeout_policy: TimeoutPolicy::TimeOutWf,
        retry_logic: super::definition::RetryLogic::Fixed,
        retry_delay_seconds: 60,
        response_timeout_seconds: 3600,
        poll_timeout_seconds: None,
        backoff_scale_factor: 1,
        owner_email: None,
        create_time: None,
        update_time: None,
        extra: Map::new(),
    }
}

/// A worker's answer for one task (`TaskResult`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskResult {
    #[serde(default)]
    pub workflow_instance_id: String,
    #[serde(default)]
    pub task_id: String,
    #[serde(default)]
    pub reason_for_incompletion: Option<String>,
    #[serde(default)]
    pub callback_after_seconds: u64,
    #[serde(default)]
    pub worker_id: Option<String>,
    pub status: TaskResultStatus,
    #[serde(default)]
    pub output_data: Map<String, Value>,
    #[serde(default)]
    pub logs: Vec<TaskExecLog>,
    #[serde(default)]
    pub extend_lease: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TaskResultStatus {
    InProgress,
    Failed,
    FailedWithTerminalError,
    Completed,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workflow_status_parses_from_conductors_name_in_any_case() {
        for status in WorkflowStatus::ALL {
            assert_eq!(status.as_str().parse(), Ok(status));
            assert_eq!(status.as_str().to_lowercase().parse(), Ok(status));
        }
        assert_eq!(
            "DONE".parse::<WorkflowStatus>(),
            Err(UnknownWorkflowStatus("DONE".to_owned()))
        );
    }
}
