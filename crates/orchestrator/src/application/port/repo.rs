//! The storage port: definitions, executions and the task queues, in one database.
//!
//! Every state change of a workflow is one [`ExecutionStore::commit`]: the workflow row and the
//! rows of the tasks it changed are written in one transaction, each only if its revision is
//! still the one that was read (optimistic concurrency). A lost race is [`RepoError::Conflict`]
//! and the use case runs again on fresh state, so no update is lost and none is applied twice.

use std::collections::{BTreeMap, HashMap};

use async_trait::async_trait;

use crate::domain::decider::Execution;
use crate::domain::definition::{TaskDef, WorkflowDef};
use crate::domain::execution::{Millis, Task, TaskExecLog, Workflow, WorkflowStatus};

#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    #[error("the row changed since it was read")]
    Conflict,
    #[error("a row with the same key exists")]
    Duplicate,
    #[error("the database is busy")]
    Busy(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("a stored document cannot be read")]
    Corrupt(#[source] serde_json::Error),
    #[error("the database failed")]
    Unexpected(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// An execution as read, with the revisions its rows had.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub execution: Execution,
    pub revision: i64,
    pub task_revisions: HashMap<String, i64>,
}

impl Loaded {
    /// A new execution, not stored yet.
    pub fn fresh(execution: Execution) -> Self {
        Self {
            execution,
            revision: 0,
            task_revisions: HashMap::new(),
        }
    }
}

/// A task as read from its queue, with its row's revision.
#[derive(Debug, Clone)]
pub struct QueuedTask {
    pub task: Task,
    pub revision: i64,
}

/// What one transaction writes.
#[derive(Debug, Default)]
pub struct Changes<'a> {
    /// Each execution's workflow row, and its changed and removed tasks.
    pub executions: Vec<&'a Loaded>,
    pub logs: Vec<TaskExecLog>,
}

#[async_trait]
pub trait ExecutionStore: Send + Sync + 'static {
    /// Create or replace task definitions, all or none.
    async fn put_task_defs(&self, defs: &[TaskDef]) -> Result<(), RepoError>;
    async fn task_def(&self, name: &str) -> Result<Option<TaskDef>, RepoError>;
    async fn task_defs(&self) -> Result<Vec<TaskDef>, RepoError>;
    /// `false` when there was none.
    async fn delete_task_def(&self, name: &str) -> Result<bool, RepoError>;

    /// Create a workflow definition; [`RepoError::Duplicate`] when its name and version exist.
    async fn insert_workflow_def(&self, def: &WorkflowDef) -> Result<(), RepoError>;
    /// Create or replace workflow definitions, all or none.
    async fn put_workflow_defs(&self, defs: &[WorkflowDef]) -> Result<(), RepoError>;
    /// The given version, or the latest without one.
    async fn workflow_def(
        &self,
        name: &str,
        version: Option<u32>,
    ) -> Result<Option<WorkflowDef>, RepoError>;
    async fn workflow_defs(&self) -> Result<Vec<WorkflowDef>, RepoError>;
    async fn delete_workflow_def(&self, name: &str, version: u32) -> Result<bool, RepoError>;

    async fn load(&self, workflow_id: &str) -> Result<Option<Loaded>, RepoError>;
    /// [`Self::load`] for a state change, possibly answered from memory: the execution as this
    /// process last committed it. `true` when it came from memory, in which case it may be
    /// stale (another process wrote since, or a claim landed while the commit was under way):
    /// a commit writing a task that moved fails with [`RepoError::Conflict`], and a refusal
    /// decided on it must be checked again on fresh state after [`Self::forget`]. A decision
    /// that may write nothing (a timeout sweep) must read fresh state.
    async fn load_for_update(
        &self,
        workflow_id: &str,
    ) -> Result<Option<(Loaded, bool)>, RepoError> {
        Ok(self.load(workflow_id).await?.map(|loaded| (loaded, false)))
    }
    /// Drop what is held in memory for the workflow, so the next load reads the database.
    fn forget(&self, _workflow_id: &str) {}
    async fn workflow(&self, workflow_id: &str) -> Result<Option<Workflow>, RepoError>;
    async fn task(&self, task_id: &str) -> Result<Option<Task>, RepoError>;
    /// Write every change in one transaction: [`RepoError::Conflict`] when a row's revision
    /// moved, [`RepoError::Duplicate`] when a new workflow's idempotency key is taken.
    async fn commit(&self, changes: Changes<'_>) -> Result<(), RepoError>;
    /// Delete a workflow, its tasks and their logs; `false` when there was none.
    async fn remove(&self, workflow_id: &str) -> Result<bool, RepoError>;

    async fn by_idempotency_key(
        &self,
        name: &str,
        key: &str,
    ) -> Result<Option<Workflow>, RepoError>;
    /// Ids of the running (or paused) workflows of a definition.
    async fn running(&self, name: &str, version: Option<u32>) -> Result<Vec<String>, RepoError>;
    /// Ids of a definition's workflows with this correlation id, oldest first.
    async fn correlated(
        &self,
        name: &str,
        correlation_id: &str,
        include_closed: bool,
    ) -> Result<Vec<String>, RepoError>;

    /// Up to `limit` workflows (of any definition), newest first; only those with `status` when
    /// one is given.
    async fn recent(
        &self,
        status: Option<WorkflowStatus>,
        limit: usize,
    ) -> Result<Vec<Workflow>, RepoError>;

    /// Up to `limit` tasks a worker may take from `queue` at `now`, oldest first.
    async fn queued(
        &self,
        queue: &str,
        now: Millis,
        limit: usize,
    ) -> Result<Vec<QueuedTask>, RepoError>;
    /// Store claimed tasks in one transaction; a task whose row moved since it was read is left
    /// out (another poller has it). Returns the indexes of the claims that held.
    async fn claim(&self, claims: &[QueuedTask]) -> Result<Vec<usize>, RepoError>;
    /// Queued tasks per task type (all domains).
    async fn queue_sizes(&self, task_types: &[String]) -> Result<BTreeMap<String, i64>, RepoError>;
    /// Ids of workflows with a timeout rule due at `now`.
    async fn due(&self, now: Millis, limit: usize) -> Result<Vec<String>, RepoError>;
    /// Queues with a task that became available in `(after, until]`.
    async fn becoming_visible(
        &self,
        after: Millis,
        until: Millis,
    ) -> Result<Vec<String>, RepoError>;

    async fn logs(&self, task_id: &str) -> Result<Vec<TaskExecLog>, RepoError>;
    async fn add_log(&self, log: &TaskExecLog) -> Result<(), RepoError>;
}
