//! Read-only queries for people watching executions (the executions page): the most recent
//! workflows, and one workflow with every task it ran.

use tracing::instrument;

use super::{Orchestrator, no_workflow};
use crate::application::error::ServiceError;
use crate::domain::decider::Execution;
use crate::domain::error::ValidationError;
use crate::domain::execution::{Workflow, WorkflowStatus};

/// How many workflows a list shows unless asked otherwise.
pub const DEFAULT_RECENT_LIMIT: usize = 50;
/// The most a list shows: each row is a workflow document read and parsed.
pub const MAX_RECENT_LIMIT: usize = 500;

/// Which workflows to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecentWorkflows {
    /// Only workflows with this status; all of them without one.
    pub status: Option<WorkflowStatus>,
    /// How many at most, 1 to [`MAX_RECENT_LIMIT`].
    pub limit: usize,
}

impl Default for RecentWorkflows {
    fn default() -> Self {
        Self {
            status: None,
            limit: DEFAULT_RECENT_LIMIT,
        }
    }
}

impl Orchestrator {
    /// The most recently created workflows of every definition, newest first.
    ///
    /// # Errors
    /// A limit outside 1 to [`MAX_RECENT_LIMIT`], or the store fails.
    #[instrument(skip_all, fields(status = ?query.status, limit = query.limit))]
    pub async fn recent_workflows(
        &self,
        query: RecentWorkflows,
    ) -> Result<Vec<Workflow>, ServiceError> {
        if !(1..=MAX_RECENT_LIMIT).contains(&query.limit) {
            return Err(ValidationError::single(
                "limit",
                format!("limit must be between 1 and {MAX_RECENT_LIMIT}"),
            )
            .into());
        }
        Ok(self.store().recent(query.status, query.limit).await?)
    }

    /// One workflow with all its tasks (every attempt), in the order they were scheduled.
    ///
    /// # Errors
    /// Unknown workflow, or the store fails.
    #[instrument(skip_all, fields(workflow_id = %workflow_id))]
    pub async fn execution(&self, workflow_id: &str) -> Result<Execution, ServiceError> {
        let loaded = self
            .store()
            .load(workflow_id)
            .await?
            .ok_or_else(|| no_workflow(workflow_id))?;
        Ok(loaded.execution)
    }
}
