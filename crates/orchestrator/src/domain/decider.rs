//! The decider: what a workflow does next, given its definition and its tasks.
//!
//! Every operation mutates an [`Execution`] in memory and records which tasks it changed; the
//! application stores the whole change in one transaction. Tasks run in the order of the
//! definition; a task is scheduled only once the one before it completed, so a workflow never
//! runs two of its tasks at once and never skips one.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde_json::{Map, Value};

use super::definition::WorkflowDef;
use super::error::ExecutionError;
use super::execution::{
    Millis, Task, TaskResult, TaskResultStatus, TaskStatus, TaskTimeout, Workflow, WorkflowStatus,
    secs,
};
use super::expression;

/// A workflow with its tasks (in `seq` order), and what changed since it was loaded.
#[derive(Debug, Clone)]
pub struct Execution {
    pub workflow: Workflow,
    pub tasks: Vec<Task>,
    changed: BTreeSet<String>,
    removed: Vec<String>,
    /// The workflow's definition was replaced (a restart with the latest one).
    definition_replaced: bool,
}

/// The failure workflow to start, with Conductor's input for it.
#[derive(Debug, Clone, PartialEq)]
pub struct FailureWorkflowStart {
    pub name: String,
    pub input: Map<String, Value>,
    pub correlation_id: Option<String>,
    pub task_to_domain: BTreeMap<String, String>,
}

/// What a state change asks of the world besides the stored state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decision {
    pub failure_workflow: Option<FailureWorkflowStart>,
}

/// What a new workflow starts from.
#[derive(Debug, Clone)]
pub struct StartParams {
    pub workflow_id: String,
    /// The definition with every task's definition captured (`taskDefinition`).
    pub definition: WorkflowDef,
    pub input: Map<String, Value>,
    pub correlation_id: Option<String>,
    pub task_to_domain: BTreeMap<String, String>,
    pub priority: i32,
    pub idempotency_key: Option<String>,
    pub parent_workflow_id: Option<String>,
}

impl Execution {
    /// A loaded workflow, nothing changed yet.
    pub fn new(workflow: Workflow, mut tasks: Vec<Task>) -> Self {
        tasks.sort_by_key(|t| t.seq);
        Self {
            workflow,
            tasks,
            changed: BTreeSet::new(),
            removed: Vec::new(),
            definition_replaced: false,
        }
    }

    /// A new, running workflow with its first task scheduled.
    pub fn start(params: StartParams, now: Millis) -> (Self, Decision) {
        let workflow = Workflow {
            workflow_id: params.workflow_id,
            workflow_name: params.definition.name.clone(),
            workflow_version: params.definition.version,
            status: WorkflowStatus::Running,
            input: params.input,
            output: Map::new(),
            correlation_id: params.correlation_id,
            reason_for_incompletion: None,
            failed_reference_task_names: Vec::new(),
            failed_task_id: None,
            create_time: now,
            update_time: now,
            start_time: now,
            end_time: 0,
            task_to_domain: params.task_to_domain,
            priority: params.priority,
            idempotency_key: params.idempotency_key,
            parent_workflow_id: params.parent_workflow_id,
            variables: Map::new(),
            workflow_definition: Arc::new(params.definition),
            timeout_alerted: false,
        };
        let mut execution = Self::new(workflow, Vec::new());
        let decision = execution.decide(now);
        (execution, decision)
    }

    /// Tasks added or changed since the execution was loaded.
    pub fn changed_tasks(&self) -> impl Iterator<Item = &Task> {
        self.tasks
            .iter()
            .filter(|t| self.changed.contains(&t.task_id))
    }

    /// Whether the workflow's definition was replaced since it was loaded.
    pub fn definition_replaced(&self) -> bool {
        self.definition_replaced
    }

    /// Tasks removed since the execution was loaded (a restart drops them all).
    pub fn removed_tasks(&self) -> &[String] {
        &self.removed
    }

    /// Queues that got a task a worker may take now: their long-polls should wake.
    pub fn queues_to_wake(&self, now: Millis) -> BTreeSet<String> {
        self.changed_tasks()
            .filter(|t| t.queued && t.visible_at <= now)
            .map(Task::queue_name)
            .collect()
    }

    pub fn task_index(&self, task_id: &str) -> Option<usize> {
        self.tasks.iter().position(|t| t.task_id == task_id)
    }

    /// The task a reference name currently stands for: its latest attempt that is not over
    /// yet, or else its latest attempt.
    pub fn task_by_ref(&self, reference: &str) -> Option<usize> {
        let mut latest = None;
        for (index, task) in self.tasks.iter().enumerate() {
            if task.reference_task_name == reference {
                if !task.status.is_terminal() {
                    return Some(index);
                }
                latest = Some(index);
            }
        }
        latest
    }

    fn mark(&mut self, index: usize) {
        self.changed.insert(self.tasks[index].task_id.clone());
    }

    /// Move the workflow forward as far as it can go now.
    pub fn decide(&mut self, now: Millis) -> Decision {
        self.workflow.update_time = now;
        let status = self.workflow.status;
        if status != WorkflowStatus::Running && status != WorkflowStatus::Paused {
            return Decision::default();
        }
        let definition = Arc::clone(&self.workflow.workflow_definition);
        for (position, step) in definition.tasks.iter().enumerate() {
            let Some(index) = self.latest_attempt(&step.task_reference_name) else {
                if status == WorkflowStatus::Running {
                    self.schedule(position, now);
                }
                return Decision::default();
            };
            match self.tasks[index].status {
                TaskStatus::Scheduled | TaskStatus::InProgress | TaskStatus::Canceled => {
                    return Decision::default();
                }
                TaskStatus::Completed | TaskStatus::CompletedWithErrors | TaskStatus::Skipped => {}
                TaskStatus::Failed | TaskStatus::TimedOut | TaskStatus::FailedWithTerminalError => {
                    let task = &self.tasks[index];
                    let retriable = task.status != TaskStatus::FailedWithTerminalError;
                    if retriable && task.retry_count < task.definition().retry_count {
                        self.retry_task(index, now);
                        return Decision::default();
                    }
                    if step.optional {
                        self.tasks[index].status = TaskStatus::CompletedWithErrors;
                        self.mark(index);
                        continue;
                    }
                    let task = &self.tasks[index];
                    let reason = task.reason_for_incompletion.clone().unwrap_or_else(|| {
                        format!(
                            "Task {} failed with status: {}",
                            task.task_id,
                            task.status.as_str()
                        )
                    });
                    let failed = Some(task.task_id.clone());
                    // Conductor's rule: a workflow whose last attempt timed out times out too.
                    let status = if task.status == TaskStatus::TimedOut {
                        WorkflowStatus::TimedOut
                    } else {
                        WorkflowStatus::Failed
                    };
                    return self.end(status, Some(reason), failed, true, now);
                }
            }
        }
        self.complete(now);
        Decision::default()
    }

    fn latest_attempt(&self, reference: &str) -> Option<usize> {
        self.tasks
            .iter()
            .rposition(|t| t.reference_task_name == reference)
    }

    fn scope(&self) -> BTreeMap<String, Value> {
        let workflow = &self.workflow;
        let mut scope = BTreeMap::new();
        scope.insert(
            "workflow".to_owned(),
            serde_json::json!({
                "input": workflow.input,
                "output": workflow.output,
                "workflowId": workflow.workflow_id,
                "workflowType": workflow.workflow_name,
                "version": workflow.workflow_version,
                "correlationId": workflow.correlation_id,
                "status": workflow.status,
                "variables": workflow.variables,
                "taskToDomain": workflow.task_to_domain,
            }),
        );
        for task in &self.tasks {
            scope.insert(
                task.reference_task_name.clone(),
                serde_json::json!({
                    "input": task.input_data,
                    "output": task.output_data,
                    "taskId": task.task_id,
                    "status": task.status,
                    "referenceTaskName": task.reference_task_name,
                    "retryCount": task.retry_count,
                    "domain": task.domain,
                    "workerId": task.worker_id,
                }),
            );
        }
        scope
    }

    fn next_seq(&self) -> u32 {
        self.tasks.last().map_or(1, |t| t.seq + 1)
    }

    fn schedule(&mut self, position: usize, now: Millis) {
        let step = self.workflow.workflow_definition.tasks[position].clone();
        let input = expression::evaluate(&step.input_parameters, &self.scope());
        let response_timeout_seconds = step
            .task_definition
            .as_ref()
            .map_or(3600, |d| d.response_timeout_seconds);
        let domain = self.workflow.domain_for(&step.name);
        let task = Task {
            task_id: crate::domain::execution::new_id(),
            task_type: step.name.clone(),
            status: TaskStatus::Scheduled,
            input_data: input,
            output_data: Map::new(),
            reference_task_name: step.task_reference_name.clone(),
            retry_count: 0,
            seq: self.next_seq(),
            correlation_id: self.workflow.correlation_id.clone(),
            poll_count: 0,
            task_def_name: step.name.clone(),
            scheduled_time: now,
            start_time: 0,
            end_time: 0,
            update_time: now,
            retried_task_id: None,
            retried: false,
            executed: false,
            callback_after_seconds: 0,
            response_timeout_seconds,
            workflow_instance_id: self.workflow.workflow_id.clone(),
            workflow_type: self.workflow.workflow_name.clone(),
            reason_for_incompletion: None,
            worker_id: None,
            domain,
            workflow_priority: self.workflow.priority,
            queue_wait_time: 0,
            workflow_task: Arc::new(step),
            queued: true,
            visible_at: now,
            timeout_alerted: false,
        };
        self.changed.insert(task.task_id.clone());
        self.tasks.push(task);
    }

    /// A new attempt of a failed task, after its definition's retry delay.
    fn retry_task(&mut self, index: usize, now: Millis) {
        let seq = self.next_seq();
        let old = &mut self.tasks[index];
        old.retried = true;
        let attempt = old.retry_count + 1;
        let delay = old.definition().retry_delay_seconds(attempt);
        let mut task = old.clone();
        task.task_id = crate::domain::execution::new_id();
        task.retry_count = attempt;
        task.retried = false;
        task.retried_task_id = Some(old.task_id.clone());
        task.seq = seq;
        task.status = TaskStatus::Scheduled;
        task.output_data = Map::new();
        task.reason_for_incompletion = None;
        task.worker_id = None;
        task.poll_count = 0;
        task.scheduled_time = now;
        task.start_time = 0;
        task.end_time = 0;
        task.update_time = now;
        task.callback_after_seconds = 0;
        task.queue_wait_time = 0;
        task.queued = true;
        task.visible_at = now + secs(delay);
        task.timeout_alerted = false;
        self.mark(index);
        self.changed.insert(task.task_id.clone());
        self.tasks.push(task);
    }

    fn complete(&mut self, now: Millis) {
        let params = &self.workflow.workflow_definition.output_parameters;
        let output = if params.is_empty() {
            // Conductor's rule: without outputParameters the last task's output is the output.
            self.tasks
                .last()
                .map(|t| t.output_data.clone())
                .unwrap_or_default()
        } else {
            expression::evaluate(params, &self.scope())
        };
        self.workflow.output = output;
        self.workflow.status = WorkflowStatus::Completed;
        self.workflow.end_time = now;
    }

    /// End the workflow (failed, timed out or terminated): its open tasks are canceled, and the
    /// failure workflow is asked for when `trigger_failure_workflow` and one is defined.
    fn end(
        &mut self,
        status: WorkflowStatus,
        reason: Option<String>,
        failed_task_id: Option<String>,
        trigger_failure_workflow: bool,
        now: Millis,
    ) -> Decision {
        for index in 0..self.tasks.len() {
            if !self.tasks[index].status.is_terminal() {
                self.tasks[index].finish(TaskStatus::Canceled, now);
                self.mark(index);
            }
        }
        if let Some(id) = &failed_task_id
            && let Some(task) = self.tasks.iter().find(|t| &t.task_id == id)
        {
            let reference = task.reference_task_name.clone();
            if !self
                .workflow
                .failed_reference_task_names
                .contains(&reference)
            {
                self.workflow.failed_reference_task_names.push(reference);
            }
        }
        self.workflow.status = status;
        self.workflow.reason_for_incompletion = reason.clone();
        self.workflow.failed_task_id = failed_task_id.clone();
        self.workflow.end_time = now;
        self.workflow.update_time = now;
        let failure_workflow = self
            .workflow
            .workflow_definition
            .failure_workflow
            .clone()
            .filter(|name| trigger_failure_workflow && !name.trim().is_empty())
            .map(|name| {
                let mut input = self.workflow.input.clone();
                input.insert(
                    "workflowId".into(),
                    Value::from(self.workflow.workflow_id.clone()),
                );
                input.insert(
                    "reason".into(),
                    reason.clone().map_or(Value::Null, Value::from),
                );
                input.insert("failureStatus".into(), Value::from(status.as_str()));
                if let Some(id) = &failed_task_id {
                    input.insert("failureTaskId".into(), Value::from(id.clone()));
                }
                input.insert("failedWorkflow".into(), self.to_json(true));
                FailureWorkflowStart {
                    name,
                    input,
                    correlation_id: self.workflow.correlation_id.clone(),
                    task_to_domain: self.workflow.task_to_domain.clone(),
                }
            });
        Decision { failure_workflow }
    }

    /// Conductor's `Workflow` JSON (its definition included), with or without its tasks.
    pub fn to_json(&self, include_tasks: bool) -> Value {
        let mut value = serde_json::to_value(&self.workflow).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut value {
            map.insert(
                "workflowDefinition".into(),
                serde_json::to_value(&*self.workflow.workflow_definition).unwrap_or(Value::Null),
            );
            let tasks = if include_tasks {
                serde_json::to_value(&self.tasks).unwrap_or(Value::Null)
            } else {
                Value::Array(Vec::new())
            };
            map.insert("tasks".into(), tasks);
        }
        value
    }

    fn require_open(&self) -> Result<(), ExecutionError> {
        if self.workflow.status.is_terminal() {
            return Err(self.wrong_status("RUNNING or PAUSED"));
        }
        Ok(())
    }

    fn wrong_status(&self, expected: &'static str) -> ExecutionError {
        ExecutionError::WrongWorkflowStatus {
            workflow_id: self.workflow.workflow_id.clone(),
            status: self.workflow.status.as_str(),
            expected,
        }
    }

    /// Apply a worker's answer to the task at `index`, then decide.
    ///
    /// # Errors
    /// The workflow is over, the task is over, or its lease expired before the answer came.
    pub fn apply_result(
        &mut self,
        index: usize,
        result: &TaskResult,
        now: Millis,
    ) -> Result<Decision, ExecutionError> {
        self.require_open()?;
        let task = &mut self.tasks[index];
        if task.status.is_terminal() {
            return Err(ExecutionError::TaskNotUpdatable {
                task_id: task.task_id.clone(),
                status: task.status.as_str(),
            });
        }
        if task.lease_expired(now) {
            return Err(ExecutionError::LeaseExpired {
                task_id: task.task_id.clone(),
            });
        }
        if !result.output_data.is_empty() {
            task.output_data = result.output_data.clone();
        }
        if result.worker_id.is_some() {
            task.worker_id = result.worker_id.clone();
        }
        if task.start_time == 0 {
            task.start_time = now;
        }
        task.executed = true;
        match result.status {
            TaskResultStatus::Completed => task.finish(TaskStatus::Completed, now),
            TaskResultStatus::Failed | TaskResultStatus::FailedWithTerminalError => {
                let status = if result.status == TaskResultStatus::Failed {
                    TaskStatus::Failed
                } else {
                    TaskStatus::FailedWithTerminalError
                };
                task.reason_for_incompletion = result.reason_for_incompletion.clone();
                task.finish(status, now);
            }
            TaskResultStatus::InProgress => {
                task.status = TaskStatus::InProgress;
                task.update_time = now;
                if !result.extend_lease {
                    // Conductor's callback: the task goes back to its queue, handed out again
                    // after `callbackAfterSeconds`.
                    task.callback_after_seconds = result.callback_after_seconds;
                    task.queued = true;
                    task.visible_at = now + secs(result.callback_after_seconds);
                }
            }
        }
        self.mark(index);
        Ok(self.decide(now))
    }

    /// Hand the task at `index` to a worker.
    pub fn claim(&mut self, index: usize, worker_id: Option<&str>, now: Millis) {
        self.tasks[index].claim(worker_id, now);
        self.mark(index);
    }

    /// Apply whichever timeout rules have fired at `now`, then decide.
    pub fn check_timeouts(&mut self, now: Millis) -> Decision {
        if self.workflow.status.is_terminal() {
            return Decision::default();
        }
        if let Some(deadline) = self.workflow.deadline()
            && now >= deadline
        {
            let seconds = self.workflow.workflow_definition.timeout_seconds;
            let reason = format!("Workflow timed out after {seconds} seconds");
            if self.workflow.workflow_definition.timeout_policy
                == super::definition::TimeoutPolicy::AlertOnly
            {
                tracing::warn!(workflow_id = %self.workflow.workflow_id, "{reason} (ALERT_ONLY)");
                self.workflow.timeout_alerted = true;
            } else {
                return self.end(WorkflowStatus::TimedOut, Some(reason), None, true, now);
            }
        }
        for index in 0..self.tasks.len() {
            match self.tasks[index].check_timeout(now) {
                None => {}
                Some(TaskTimeout::Alert) => {
                    tracing::warn!(task_id = %self.tasks[index].task_id, "task timed out (ALERT_ONLY)");
                    self.mark(index);
                }
                Some(TaskTimeout::Retry) => self.mark(index),
                Some(TaskTimeout::TimeOutWorkflow(reason)) => {
                    self.mark(index);
                    let failed = Some(self.tasks[index].task_id.clone());
                    return self.end(WorkflowStatus::TimedOut, Some(reason), failed, true, now);
                }
            }
        }
        self.decide(now)
    }

    /// Stop the workflow (`TERMINATED`); its open tasks are canceled.
    ///
    /// # Errors
    /// The workflow is already over.
    pub fn terminate(
        &mut self,
        reason: Option<String>,
        trigger_failure_workflow: bool,
        now: Millis,
    ) -> Result<Decision, ExecutionError> {
        self.require_open()?;
        Ok(self.end(
            WorkflowStatus::Terminated,
            reason,
            None,
            trigger_failure_workflow,
            now,
        ))
    }

    /// No new task is scheduled until [`Execution::resume`]; open tasks may still finish.
    ///
    /// # Errors
    /// The workflow is over.
    pub fn pause(&mut self, now: Millis) -> Result<(), ExecutionError> {
        self.require_open()?;
        self.workflow.status = WorkflowStatus::Paused;
        self.workflow.update_time = now;
        Ok(())
    }

    /// # Errors
    /// The workflow is not paused.
    pub fn resume(&mut self, now: Millis) -> Result<Decision, ExecutionError> {
        if self.workflow.status != WorkflowStatus::Paused {
            return Err(self.wrong_status("PAUSED"));
        }
        self.workflow.status = WorkflowStatus::Running;
        Ok(self.decide(now))
    }

    /// Run a failed, timed-out or terminated workflow again from the task that stopped it.
    ///
    /// # Errors
    /// The workflow is running, paused or completed.
    pub fn retry(&mut self, now: Millis) -> Result<Decision, ExecutionError> {
        if !matches!(
            self.workflow.status,
            WorkflowStatus::Failed | WorkflowStatus::TimedOut | WorkflowStatus::Terminated
        ) {
            return Err(self.wrong_status("FAILED, TIMED_OUT or TERMINATED"));
        }
        let definition = Arc::clone(&self.workflow.workflow_definition);
        for step in &definition.tasks {
            if let Some(index) = self.latest_attempt(&step.task_reference_name) {
                let status = self.tasks[index].status;
                if matches!(
                    status,
                    TaskStatus::Failed
                        | TaskStatus::FailedWithTerminalError
                        | TaskStatus::TimedOut
                        | TaskStatus::Canceled
                ) {
                    self.retry_task(index, now);
                    if let Some(last) = self.tasks.last_mut() {
                        // A manual retry starts at once, not after the retry delay.
                        last.visible_at = now;
                    }
                    break;
                }
            }
        }
        self.workflow.status = WorkflowStatus::Running;
        self.workflow.reason_for_incompletion = None;
        self.workflow.failed_task_id = None;
        self.workflow.failed_reference_task_names.clear();
        self.workflow.end_time = 0;
        self.workflow.timeout_alerted = false;
        Ok(self.decide(now))
    }

    /// Run a workflow that is over again from its first task, with the same id and input
    /// (`definition` replaces the one it ran with when the latest one is asked for).
    ///
    /// # Errors
    /// The workflow is not over.
    pub fn restart(
        &mut self,
        definition: Option<WorkflowDef>,
        now: Millis,
    ) -> Result<Decision, ExecutionError> {
        if !self.workflow.status.is_terminal() {
            return Err(self.wrong_status("COMPLETED, FAILED, TIMED_OUT or TERMINATED"));
        }
        self.removed.extend(self.tasks.drain(..).map(|t| t.task_id));
        self.changed.clear();
        if let Some(definition) = definition {
            self.workflow.workflow_version = definition.version;
            self.workflow.workflow_definition = Arc::new(definition);
            self.definition_replaced = true;
        }
        let workflow = &mut self.workflow;
        workflow.status = WorkflowStatus::Running;
        workflow.output = Map::new();
        workflow.reason_for_incompletion = None;
        workflow.failed_task_id = None;
        workflow.failed_reference_task_names.clear();
        workflow.start_time = now;
        workflow.end_time = 0;
        workflow.timeout_alerted = false;
        Ok(self.decide(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn definition(tasks: Value, extra: Value) -> WorkflowDef {
        let mut def = json!({"name": "wf", "tasks": tasks, "failureWorkflow": "undo"});
        if let (Value::Object(def), Value::Object(extra)) = (&mut def, extra) {
            def.extend(extra);
        }
        serde_json::from_value(def).unwrap()
    }

    fn step(name: &str, task_def: Value) -> Value {
        let mut def = json!({"name": name, "retryDelaySeconds": 0, "responseTimeoutSeconds": 10});
        if let (Value::Object(def), Value::Object(extra)) = (&mut def, task_def) {
            def.extend(extra);
        }
        json!({"name": name, "taskReferenceName": name,
            "inputParameters": {"prev": "${workflow.input.start}"}, "taskDefinition": def})
    }

    fn start(def: WorkflowDef) -> Execution {
        let input = json!({"start": 1}).as_object().cloned().unwrap();
        Execution::start(
            StartParams {
                workflow_id: "w-1".into(),
                definition: def,
                input,
                correlation_id: Some("c".into()),
                task_to_domain: BTreeMap::new(),
                priority: 0,
                idempotency_key: None,
                parent_workflow_id: None,
            },
            1_000,
        )
        .0
    }

    fn answer(status: TaskResultStatus) -> TaskResult {
        serde_json::from_value(json!({"taskId": "", "status": status})).unwrap()
    }

    #[test]
    fn tasks_are_scheduled_one_at_a_time_in_definition_order() {
        let mut execution = start(definition(
            json!([step("a", json!({})), step("b", json!({}))]),
            json!({}),
        ));
        assert_eq!(execution.tasks.len(), 1);
        assert_eq!(execution.tasks[0].input_data["prev"], 1);
        execution.claim(0, Some("w"), 1_001);
        execution
            .apply_result(0, &answer(TaskResultStatus::Completed), 1_002)
            .unwrap();
        assert_eq!(execution.tasks.len(), 2);
        assert_eq!(execution.tasks[1].reference_task_name, "b");
        execution.claim(1, Some("w"), 1_003);
        execution
            .apply_result(1, &answer(TaskResultStatus::Completed), 1_004)
            .unwrap();
        assert_eq!(execution.workflow.status, WorkflowStatus::Completed);
    }

    #[test]
    fn a_failed_task_is_retried_after_its_delay_until_the_retries_run_out() {
        let mut execution = start(definition(
            json!([step("a", json!({"retryCount": 1, "retryDelaySeconds": 5}))]),
            json!({}),
        ));
        execution.claim(0, Some("w"), 1_001);
        execution
            .apply_result(0, &answer(TaskResultStatus::Failed), 2_000)
            .unwrap();
        assert_eq!(execution.tasks.len(), 2);
        assert!(execution.tasks[0].retried);
        assert_eq!(execution.tasks[1].retry_count, 1);
        assert_eq!(
            execution.tasks[1].visible_at, 7_000,
            "five seconds after the failure"
        );
        execution.claim(1, Some("w"), 7_000);
        let decision = execution
            .apply_result(1, &answer(TaskResultStatus::Failed), 7_001)
            .unwrap();
        assert_eq!(execution.workflow.status, WorkflowStatus::Failed);
        assert!(decision.failure_workflow.is_some());
    }

    #[test]
    fn a_terminal_error_fails_at_once_and_asks_for_the_failure_workflow_with_conductors_input() {
        let mut execution = start(definition(
            json!([step("a", json!({"retryCount": 5}))]),
            json!({}),
        ));
        execution.claim(0, Some("w"), 1_001);
        let mut result = answer(TaskResultStatus::FailedWithTerminalError);
        result.reason_for_incompletion = Some("declined".into());
        let decision = execution.apply_result(0, &result, 1_002).unwrap();
        assert_eq!(execution.tasks.len(), 1, "no retry");
        let failure = decision.failure_workflow.unwrap();
        assert_eq!(failure.name, "undo");
        assert_eq!(failure.input["workflowId"], "w-1");
        assert_eq!(failure.input["reason"], "declined");
        assert_eq!(failure.input["failureStatus"], "FAILED");
        assert_eq!(
            failure.input["failureTaskId"],
            json!(execution.tasks[0].task_id)
        );
        assert_eq!(
            failure.input["start"], 1,
            "the failed workflow's input comes along"
        );
        assert_eq!(failure.input["failedWorkflow"]["status"], "FAILED");
        assert_eq!(failure.correlation_id.as_deref(), Some("c"));
    }

    #[test]
    fn an_optional_task_that_fails_lets_the_workflow_go_on() {
        let mut optional = step("a", json!({"retryCount": 0}));
        optional["optional"] = json!(true);
        let mut execution = start(definition(
            json!([optional, step("b", json!({}))]),
            json!({}),
        ));
        execution.claim(0, Some("w"), 1_001);
        execution
            .apply_result(0, &answer(TaskResultStatus::Failed), 1_002)
            .unwrap();
        assert_eq!(execution.tasks[0].status, TaskStatus::CompletedWithErrors);
        assert_eq!(execution.tasks[1].reference_task_name, "b");
        assert_eq!(execution.workflow.status, WorkflowStatus::Running);
    }

    #[test]
    fn a_silent_workers_task_times_out_after_its_response_timeout_and_its_late_answer_is_refused() {
        let mut execution = start(definition(
            json!([step(
                "a",
                json!({"retryCount": 1, "responseTimeoutSeconds": 2})
            )]),
            json!({}),
        ));
        execution.claim(0, Some("w"), 1_000);
        assert_eq!(execution.tasks[0].deadline(), Some(3_000));
        execution.check_timeouts(2_999);
        assert_eq!(execution.tasks.len(), 1, "not before the deadline");
        let late = execution
            .clone()
            .apply_result(0, &answer(TaskResultStatus::Completed), 3_000);
        assert!(matches!(late, Err(ExecutionError::LeaseExpired { .. })));
        execution.check_timeouts(3_000);
        assert_eq!(execution.tasks[0].status, TaskStatus::TimedOut);
        assert_eq!(
            execution.tasks[1].status,
            TaskStatus::Scheduled,
            "handed out again"
        );
    }

    #[test]
    fn a_paused_workflow_schedules_nothing_until_resumed() {
        let mut execution = start(definition(
            json!([step("a", json!({})), step("b", json!({}))]),
            json!({}),
        ));
        execution.pause(1_001).unwrap();
        execution.claim(0, Some("w"), 1_002);
        execution
            .apply_result(0, &answer(TaskResultStatus::Completed), 1_003)
            .unwrap();
        assert_eq!(execution.tasks.len(), 1);
        execution.resume(1_004).unwrap();
        assert_eq!(execution.tasks.len(), 2);
    }

    #[test]
    fn a_workflow_past_its_timeout_times_out_and_cancels_its_open_task() {
        let mut execution = start(definition(
            json!([step("a", json!({}))]),
            json!({"timeoutSeconds": 1, "timeoutPolicy": "TIME_OUT_WF"}),
        ));
        assert_eq!(execution.workflow.deadline(), Some(2_000));
        let decision = execution.check_timeouts(2_000);
        assert_eq!(execution.workflow.status, WorkflowStatus::TimedOut);
        assert_eq!(execution.tasks[0].status, TaskStatus::Canceled);
        assert_eq!(
            decision.failure_workflow.unwrap().input["failureStatus"],
            "TIMED_OUT"
        );
    }
}
