//! The use cases, as methods of one [`Orchestrator`] grouped by resource: [`metadata`],
//! [`workflow`], [`task`], and the [`sweeper`] that fires timers.
//!
//! Every state change of a workflow goes through [`Orchestrator::mutate`]: load, apply the
//! domain operation, commit in one transaction (retried on a lost race), then wake the long
//! polls of the queues that got a task.

pub mod executions;
pub mod metadata;
pub mod sweeper;
pub mod task;
pub mod workflow;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;

use super::error::ServiceError;
use super::now_millis;
use super::port::repo::{Changes, ExecutionStore, Loaded, RepoError};
use super::wakeup::Wakeups;
use crate::domain::decider::{Decision, Execution, StartParams};
use crate::domain::definition::WorkflowDef;
use crate::domain::error::ValidationError;
use crate::domain::execution::{Millis, TaskExecLog};

/// How often a state change is tried again after losing a race for the same workflow.
const MAX_ATTEMPTS: u32 = 20;

/// The last poll seen for a queue (`PollData`); kept in memory, as Conductor caches it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PollData {
    pub queue_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    pub last_poll_time: Millis,
}

struct Inner {
    store: Arc<dyn ExecutionStore>,
    wakeups: Wakeups,
    /// Task type → queue name → the last poll.
    poll_data: Mutex<HashMap<String, BTreeMap<String, PollData>>>,
}

/// The orchestrator's use cases; cheap to clone.
#[derive(Clone)]
pub struct Orchestrator {
    inner: Arc<Inner>,
}

impl Orchestrator {
    pub fn new(store: Arc<dyn ExecutionStore>) -> Self {
        Self {
            inner: Arc::new(Inner {
                store,
                wakeups: Wakeups::default(),
                poll_data: Mutex::new(HashMap::new()),
            }),
        }
    }

    fn store(&self) -> &dyn ExecutionStore {
        self.inner.store.as_ref()
    }

    /// Apply `op` to the workflow's execution and commit it with `logs`, once, in one
    /// transaction; on a lost race the whole step runs again on fresh state.
    async fn mutate<T>(
        &self,
        workflow_id: &str,
        logs: &[TaskExecLog],
        mut op: impl FnMut(&mut Execution, Millis) -> Result<(T, Decision), ServiceError>,
    ) -> Result<T, ServiceError> {
        let mut last_conflict = RepoError::Conflict;
        for attempt in 0..MAX_ATTEMPTS {
            let (mut loaded, from_memory) = self
                .store()
                .load_for_update(workflow_id)
                .await?
                .ok_or_else(|| no_workflow(workflow_id))?;
            let now = now_millis();
            let (value, decision) = match op(&mut loaded.execution, now) {
                Ok(done) => done,
                // Refused on a state held in memory, which another process may have moved on:
                // decide again on the database's.
                Err(_) if from_memory => {
                    self.store().forget(workflow_id);
                    continue;
                }
                Err(err) => return Err(err),
            };
            let failure = self.failure_workflow(&mut loaded, decision, now).await?;
            let mut executions = vec![&loaded];
            executions.extend(failure.as_ref());
            let changes = Changes {
                executions,
                logs: logs.to_vec(),
            };
            match self.store().commit(changes).await {
                Ok(()) => {
                    self.wake(&loaded.execution, now);
                    if let Some(failure) = &failure {
                        self.wake(&failure.execution, now);
                    }
                    return Ok(value);
                }
                // A lost race, or a deadlock victim / lock wait timeout whose transaction was
                // rolled back: nothing was written, so the step runs again on fresh state.
                Err(err @ (RepoError::Conflict | RepoError::Busy(_))) => {
                    last_conflict = err;
                    tokio::time::sleep(Duration::from_micros(200 * u64::from(attempt + 1))).await;
                }
                Err(err) => return Err(err.into()),
            }
        }
        Err(ServiceError::Busy(last_conflict))
    }

    fn wake(&self, execution: &Execution, now: Millis) {
        for queue in execution.queues_to_wake(now) {
            self.inner.wakeups.wake(&queue);
        }
    }

    /// The failure workflow a decision asks for, as a new execution to commit with the failed
    /// one (so it starts exactly when the failure is stored). A failure workflow that is not
    /// registered is reported in the log and skipped, as Conductor does.
    async fn failure_workflow(
        &self,
        failed: &mut Loaded,
        decision: Decision,
        now: Millis,
    ) -> Result<Option<Loaded>, ServiceError> {
        let Some(start) = decision.failure_workflow else {
            return Ok(None);
        };
        let Some(definition) = self.store().workflow_def(&start.name, None).await? else {
            tracing::warn!(
                workflow_id = %failed.execution.workflow.workflow_id,
                failure_workflow = %start.name,
                "the failure workflow is not registered; not started"
            );
            return Ok(None);
        };
        let definition = match self.capture_task_defs(definition).await {
            Ok(definition) => definition,
            Err(err) => {
                tracing::warn!(failure_workflow = %start.name, error = %err, "the failure workflow cannot start");
                return Ok(None);
            }
        };
        let id = crate::domain::execution::new_id();
        failed.execution.workflow.output.insert(
            crate::domain::execution::FAILURE_WORKFLOW_OUTPUT.to_owned(),
            Value::from(id.clone()),
        );
        let (execution, _) = Execution::start(
            StartParams {
                workflow_id: id,
                definition,
                input: start.input,
                correlation_id: start.correlation_id,
                task_to_domain: start.task_to_domain,
                priority: failed.execution.workflow.priority,
                idempotency_key: None,
                parent_workflow_id: None,
            },
            now,
        );
        Ok(Some(Loaded::fresh(execution)))
    }

    /// The definition with each task's current definition captured in it, so the workflow runs
    /// under the rules it started with.
    async fn capture_task_defs(
        &self,
        mut definition: WorkflowDef,
    ) -> Result<WorkflowDef, ServiceError> {
        let mut errors = ValidationError::default();
        for (index, step) in definition.tasks.iter_mut().enumerate() {
            if step.task_definition.is_some() {
                continue;
            }
            match self.store().task_def(&step.name).await? {
                Some(def) => step.task_definition = Some(def),
                None => errors.push(
                    format!("tasks[{index}].name"),
                    format!("taskDef: {} is not registered", step.name),
                    Some(Value::from(step.name.clone())),
                ),
            }
        }
        errors.into_result()?;
        Ok(definition)
    }
}

fn no_workflow(workflow_id: &str) -> ServiceError {
    ServiceError::NotFound(format!("No such workflow found by id: {workflow_id}"))
}
