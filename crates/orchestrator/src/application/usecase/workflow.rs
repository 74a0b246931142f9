//! Workflow executions: start, read, terminate, pause, resume, retry, restart, remove, search.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use tracing::instrument;

use super::metadata::no_workflow_def;
use super::{Orchestrator, no_workflow};
use crate::application::error::ServiceError;
use crate::application::now_millis;
use crate::application::port::repo::{Changes, Loaded, RepoError};
use crate::domain::decider::{Decision, Execution, StartParams};
use crate::domain::definition::WorkflowDef;

/// What to do when a start repeats an idempotency key (`idempotencyStrategy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IdempotencyStrategy {
    /// Refuse the start.
    #[default]
    Fail,
    /// Answer the first workflow's id.
    ReturnExisting,
    /// Refuse while the first workflow runs.
    FailOnRunning,
}

/// A workflow start (`StartWorkflowRequest`).
#[derive(Debug, Clone, Default)]
pub struct StartWorkflow {
    pub name: String,
    pub version: Option<u32>,
    pub correlation_id: Option<String>,
    pub input: Map<String, Value>,
    pub task_to_domain: BTreeMap<String, String>,
    /// An inline definition, used instead of a registered one.
    pub workflow_def: Option<WorkflowDef>,
    pub priority: i32,
    pub idempotency_key: Option<String>,
    pub idempotency_strategy: IdempotencyStrategy,
}

impl Orchestrator {
    /// Start a workflow; returns its id (or the first one's, for a repeated idempotency key
    /// under `RETURN_EXISTING`).
    ///
    /// # Errors
    /// Unknown or invalid definition, a repeated idempotency key under `FAIL`, or the store fails.
    #[instrument(skip_all, fields(name = %request.name, version = ?request.version))]
    pub async fn start_workflow(&self, request: StartWorkflow) -> Result<String, ServiceError> {
        let definition = match request.workflow_def.clone() {
            Some(def) => {
                self.validate_inline(&def).await?;
                def
            }
            None => self
                .store()
                .workflow_def(&request.name, request.version)
                .await?
                .ok_or_else(|| no_workflow_def(&request.name, request.version))?,
        };
        let definition = self.capture_task_defs(definition).await?;
        for _ in 0..2 {
            if let Some(key) = &request.idempotency_key
                && let Some(existing) = self
                    .store()
                    .by_idempotency_key(&definition.name, key)
                    .await?
            {
                return match request.idempotency_strategy {
                    IdempotencyStrategy::ReturnExisting => Ok(existing.workflow_id),
                    IdempotencyStrategy::FailOnRunning if existing.status.is_terminal() => {
                        Err(ServiceError::Conflict(format!(
                            "Workflow with idempotency key {key} already ran as {}; a key is used once",
                            existing.workflow_id
                        )))
                    }
                    _ => Err(ServiceError::Conflict(format!(
                        "Workflow with idempotency key {key} already exists: {}",
                        existing.workflow_id
                    ))),
                };
            }
            let now = now_millis();
            let (execution, _) = Execution::start(
                StartParams {
                    workflow_id: crate::domain::execution::new_id(),
                    definition: definition.clone(),
                    input: request.input.clone(),
                    correlation_id: request.correlation_id.clone(),
                    task_to_domain: request.task_to_domain.clone(),
                    priority: request.priority,
                    idempotency_key: request.idempotency_key.clone(),
                    parent_workflow_id: None,
                },
                now,
            );
            let loaded = Loaded::fresh(execution);
            let changes = Changes {
                executions: vec![&loaded],
                logs: Vec::new(),
            };
            match self.store().commit(changes).await {
                Ok(()) => {
                    self.wake(&loaded.execution, now);
                    tracing::debug!(workflow_id = %loaded.execution.workflow.workflow_id, "workflow started");
                    return Ok(loaded.execution.workflow.workflow_id);
                }
                // Another start with the same key won the race: answer as for a repeat.
                Err(RepoError::Duplicate) if request.idempotency_key.is_some() => {}
                Err(err) => return Err(err.into()),
            }
        }
        Err(ServiceError::Conflict(
            "the idempotency key is being used by a concurrent start".to_owned(),
        ))
    }

    async fn validate_inline(&self, def: &WorkflowDef) -> Result<(), ServiceError> {
        let mut known = std::collections::BTreeSet::new();
        for step in &def.tasks {
            if step.task_definition.is_some() || self.store().task_def(&step.name).await?.is_some()
            {
                known.insert(step.name.clone());
            }
        }
        def.validate(|name| known.contains(name))?;
        Ok(())
    }

    /// The workflow as Conductor's `Workflow` JSON.
    ///
    /// # Errors
    /// Unknown workflow, or the store fails.
    pub async fn workflow(
        &self,
        workflow_id: &str,
        include_tasks: bool,
    ) -> Result<Value, ServiceError> {
        if include_tasks {
            let loaded = self
                .store()
                .load(workflow_id)
                .await?
                .ok_or_else(|| no_workflow(workflow_id))?;
            Ok(loaded.execution.to_json(true))
        } else {
            let workflow = self
                .store()
                .workflow(workflow_id)
                .await?
                .ok_or_else(|| no_workflow(workflow_id))?;
            Ok(Execution::new(workflow, Vec::new()).to_json(false))
        }
    }

    /// # Errors
    /// Unknown workflow, already over, or the store fails.
    #[instrument(skip_all, fields(workflow_id = %workflow_id))]
    pub async fn terminate(
        &self,
        workflow_id: &str,
        reason: Option<String>,
        trigger_failure_workflow: bool,
    ) -> Result<(), ServiceError> {
        self.mutate(workflow_id, &[], |execution, now| {
            let decision = execution.terminate(reason.clone(), trigger_failure_workflow, now)?;
            Ok(((), decision))
        })
        .await
    }

    /// # Errors
    /// Unknown workflow, already over, or the store fails.
    #[instrument(skip_all, fields(workflow_id = %workflow_id))]
    pub async fn pause(&self, workflow_id: &str) -> Result<(), ServiceError> {
        self.mutate(workflow_id, &[], |execution, now| {
            execution.pause(now)?;
            Ok(((), Decision::default()))
        })
        .await
    }

    /// # Errors
    /// Unknown workflow, not paused, or the store fails.
    #[instrument(skip_all, fields(workflow_id = %workflow_id))]
    pub async fn resume(&self, workflow_id: &str) -> Result<(), ServiceError> {
        self.mutate(workflow_id, &[], |execution, now| {
            Ok(((), execution.resume(now)?))
        })
        .await
    }

    /// # Errors
    /// Unknown workflow, not failed/timed out/terminated, or the store fails.
    #[instrument(skip_all, fields(workflow_id = %workflow_id))]
    pub async fn retry(&self, workflow_id: &str) -> Result<(), ServiceError> {
        self.mutate(workflow_id, &[], |execution, now| {
            Ok(((), execution.retry(now)?))
        })
        .await
    }

    /// # Errors
    /// Unknown workflow, not over, or the store fails.
    #[instrument(skip_all, fields(workflow_id = %workflow_id))]
    pub async fn restart(
        &self,
        workflow_id: &str,
        use_latest_definition: bool,
    ) -> Result<(), ServiceError> {
        let latest = if use_latest_definition {
            let current = self
                .store()
                .workflow(workflow_id)
                .await?
                .ok_or_else(|| no_workflow(workflow_id))?;
            let def = self.workflow_def(&current.workflow_name, None).await?;
            Some(self.capture_task_defs(def).await?)
        } else {
            None
        };
        self.mutate(workflow_id, &[], |execution, now| {
            Ok(((), execution.restart(latest.clone(), now)?))
        })
        .await
    }

    /// Delete a workflow and its tasks.
    ///
    /// # Errors
    /// Unknown workflow, or the store fails.
    #[instrument(skip_all, fields(workflow_id = %workflow_id))]
    pub async fn remove(&self, workflow_id: &str) -> Result<(), ServiceError> {
        if self.store().remove(workflow_id).await? {
            Ok(())
        } else {
            Err(no_workflow(workflow_id))
        }
    }

    /// Ids of a definition's running workflows.
    ///
    /// # Errors
    /// The store fails.
    pub async fn running(
        &self,
        name: &str,
        version: Option<u32>,
    ) -> Result<Vec<String>, ServiceError> {
        Ok(self.store().running(name, version).await?)
    }

    /// A definition's workflows with a correlation id, as `Workflow` JSON.
    ///
    /// # Errors
    /// The store fails.
    pub async fn correlated(
        &self,
        name: &str,
        correlation_id: &str,
        include_closed: bool,
        include_tasks: bool,
    ) -> Result<Vec<Value>, ServiceError> {
        let ids = self
            .store()
            .correlated(name, correlation_id, include_closed)
            .await?;
        let mut workflows = Vec::with_capacity(ids.len());
        for id in ids {
            match self.workflow(&id, include_tasks).await {
                Ok(workflow) => workflows.push(workflow),
                // Removed between the search and the read.
                Err(ServiceError::NotFound(_)) => {}
                Err(err) => return Err(err),
            }
        }
        Ok(workflows)
    }

    /// Apply the timeout rules due for one workflow (the sweeper's step), decided on the
    /// database's state, not on what this process holds in memory.
    ///
    /// A poller's claim can land between a commit and its remembering (or under a commit that
    /// read the workflow before it): the copy held then shows the claimed task still queued.
    /// Every write of that task checks its revision and rereads, but a sweep writes nothing
    /// when it sees nothing due, so on the held copy the claim's response timeout would never
    /// fire and a task whose worker died would stay `IN_PROGRESS` for good. The read costs one
    /// query per workflow with a timer due.
    ///
    /// # Errors
    /// The store fails.
    pub async fn check_timeouts(&self, workflow_id: &str) -> Result<(), ServiceError> {
        self.store().forget(workflow_id);
        match self
            .mutate(workflow_id, &[], |execution, now| {
                Ok(((), execution.check_timeouts(now)))
            })
            .await
        {
            Err(ServiceError::NotFound(_)) => Ok(()),
            other => other,
        }
    }
}
