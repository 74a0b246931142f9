//! Tasks: (long-)poll, update, read, logs, queue sizes and poll data.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Map, Value};
use tracing::instrument;

use super::{Orchestrator, PollData};
use crate::application::error::ServiceError;
use crate::application::now_millis;
use crate::application::port::repo::RepoError;
use crate::domain::decider::Decision;
use crate::domain::error::ValidationError;
use crate::domain::execution::{Task, TaskExecLog, TaskResult, TaskResultStatus, queue_name};

/// The most tasks one batch poll hands out.
pub const MAX_BATCH: usize = 1000;

/// A poll: which queue, for whom, how many, how long to wait.
#[derive(Debug, Clone)]
pub struct Poll {
    pub task_type: String,
    pub worker_id: Option<String>,
    pub domain: Option<String>,
    pub count: usize,
    pub timeout: Duration,
}

impl Orchestrator {
    /// Hand out up to `count` tasks of the queue, waiting up to `timeout` for the first one;
    /// a task committed to the queue meanwhile wakes the wait at once.
    ///
    /// # Errors
    /// The count is out of range, or the store fails.
    #[instrument(skip_all, fields(task_type = %poll.task_type, count = poll.count))]
    pub async fn poll(&self, poll: Poll) -> Result<Vec<Task>, ServiceError> {
        if poll.count == 0 || poll.count > MAX_BATCH {
            return Err(ValidationError::single(
                "count",
                format!("count must be between 1 and {MAX_BATCH}"),
            )
            .into());
        }
        let domain = poll
            .domain
            .as_deref()
            .filter(|d| !d.is_empty() && *d != "NO_DOMAIN");
        let queue = queue_name(&poll.task_type, domain);
        self.record_poll(&poll.task_type, &queue, domain, poll.worker_id.as_deref());
        let deadline = tokio::time::Instant::now() + poll.timeout;
        let state = self.inner.wakeups.queue(&queue);
        loop {
            // Registered before looking, so a task committed after the look still wakes us.
            let notified = state.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let turn = state.turn.lock().await;
            let now = now_millis();
            let mut queued = self.store().queued(&queue, now, poll.count).await?;
            let found = queued.len();
            for entry in &mut queued {
                entry.task.claim(poll.worker_id.as_deref(), now);
            }
            let claimed = self.store().claim(&queued).await;
            drop(turn);
            let held = match claimed {
                Ok(held) => held,
                // Another poller held the rows (a deadlock victim on MySQL): nothing was
                // claimed; look again.
                Err(RepoError::Busy(_)) => {
                    if tokio::time::Instant::now() >= deadline {
                        return Ok(Vec::new());
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
                    continue;
                }
                Err(err) => return Err(err.into()),
            };
            if !held.is_empty() {
                let mut tasks = Vec::with_capacity(held.len());
                for index in held {
                    tasks.push(queued[index].task.clone());
                }
                return Ok(tasks);
            }
            if found > 0 {
                // Every candidate went to another poller; look again at once.
                continue;
            }
            if tokio::time::Instant::now() >= deadline {
                return Ok(Vec::new());
            }
            tokio::select! {
                () = &mut notified => {}
                () = tokio::time::sleep_until(deadline) => {}
            }
        }
    }

    fn record_poll(
        &self,
        task_type: &str,
        queue: &str,
        domain: Option<&str>,
        worker_id: Option<&str>,
    ) {
        let mut data = self
            .inner
            .poll_data
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        data.entry(task_type.to_owned()).or_default().insert(
            queue.to_owned(),
            PollData {
                queue_name: queue.to_owned(),
                domain: domain.map(str::to_owned),
                worker_id: worker_id.map(str::to_owned),
                last_poll_time: now_millis(),
            },
        );
    }

    /// The last poll of each queue of a task type.
    pub fn poll_data(&self, task_type: &str) -> Vec<PollData> {
        let data = self
            .inner
            .poll_data
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        data.get(task_type)
            .map(|queues| queues.values().cloned().collect())
            .unwrap_or_default()
    }

    /// Apply a worker's answer; returns the task id.
    ///
    /// # Errors
    /// Unknown task or workflow, a task that is over or whose lease expired, or the store fails.
    #[instrument(skip_all, fields(task_id = %result.task_id, status = ?result.status))]
    pub async fn update_task(&self, mut result: TaskResult) -> Result<String, ServiceError> {
        if result.task_id.is_empty() {
            return Err(ValidationError::single("taskId", "taskId cannot be null or empty").into());
        }
        if result.workflow_instance_id.is_empty() {
            let task = self.task(&result.task_id).await?;
            result.workflow_instance_id = task.workflow_instance_id;
        }
        let now = now_millis();
        let logs: Vec<TaskExecLog> = result
            .logs
            .iter()
            .map(|log| TaskExecLog {
                log: log.log.clone(),
                task_id: result.task_id.clone(),
                created_time: if log.created_time > 0 {
                    log.created_time
                } else {
                    now
                },
            })
            .collect();
        let task_id = result.task_id.clone();
        self.mutate(
            &result.workflow_instance_id.clone(),
            &logs,
            |execution, now| {
                let index = execution
                    .task_index(&result.task_id)
                    .ok_or_else(|| no_task(&result.task_id))?;
                let decision = execution.apply_result(index, &result, now)?;
                Ok(((), decision))
            },
        )
        .await?;
        Ok(task_id)
    }

    /// Answer the current task of a reference name (`POST /tasks/{workflowId}/{ref}/{status}`).
    ///
    /// # Errors
    /// Unknown workflow or reference name, a task that is over, or the store fails.
    #[instrument(skip_all, fields(workflow_id = %workflow_id, reference = %reference))]
    pub async fn update_task_by_ref(
        &self,
        workflow_id: &str,
        reference: &str,
        status: TaskResultStatus,
        output: Map<String, Value>,
        worker_id: Option<String>,
    ) -> Result<String, ServiceError> {
        self.mutate(workflow_id, &[], |execution, now| {
            let index = execution.task_by_ref(reference).ok_or_else(|| {
                ServiceError::NotFound(format!(
                    "No such task found by reference name: {reference} in workflow: {workflow_id}"
                ))
            })?;
            let task_id = execution.tasks[index].task_id.clone();
            let result = TaskResult {
                workflow_instance_id: workflow_id.to_owned(),
                task_id: task_id.clone(),
                reason_for_incompletion: None,
                callback_after_seconds: 0,
                worker_id: worker_id.clone(),
                status,
                output_data: output.clone(),
                logs: Vec::new(),
                extend_lease: false,
            };
            let decision: Decision = execution.apply_result(index, &result, now)?;
            Ok((task_id, decision))
        })
        .await
    }

    /// # Errors
    /// Unknown task, or the store fails.
    pub async fn task(&self, task_id: &str) -> Result<Task, ServiceError> {
        self.store()
            .task(task_id)
            .await?
            .ok_or_else(|| no_task(task_id))
    }

    /// # Errors
    /// Unknown task, or the store fails.
    pub async fn task_logs(&self, task_id: &str) -> Result<Vec<TaskExecLog>, ServiceError> {
        self.task(task_id).await?;
        Ok(self.store().logs(task_id).await?)
    }

    /// # Errors
    /// Unknown task, or the store fails.
    #[instrument(skip_all, fields(task_id = %task_id))]
    pub async fn add_task_log(&self, task_id: &str, log: String) -> Result<(), ServiceError> {
        self.task(task_id).await?;
        let entry = TaskExecLog {
            log,
            task_id: task_id.to_owned(),
            created_time: now_millis(),
        };
        Ok(self.store().add_log(&entry).await?)
    }

    /// Tasks waiting in each task type's queues.
    ///
    /// # Errors
    /// The store fails.
    pub async fn queue_sizes(
        &self,
        task_types: &[String],
    ) -> Result<BTreeMap<String, i64>, ServiceError> {
        Ok(self.store().queue_sizes(task_types).await?)
    }
}

fn no_task(task_id: &str) -> ServiceError {
    ServiceError::NotFound(format!("No such task found by id: {task_id}"))
}
