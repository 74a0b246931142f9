//! What a use case reports to its caller.

use crate::application::port::repo::RepoError;
use crate::domain::error::{ExecutionError, ValidationError};

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// An unknown workflow, task, or definition; the message names it as Conductor does.
    #[error("{0}")]
    NotFound(String),
    /// A definition or request breaks a rule.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// The thing exists already (a definition version, an idempotency key).
    #[error("{0}")]
    Conflict(String),
    /// The workflow or task is not in a state that allows the operation.
    #[error(transparent)]
    State(#[from] ExecutionError),
    /// Other writers kept winning the race for the same workflow; the caller may try again.
    #[error("the workflow is being changed by others; try again")]
    Busy(#[source] RepoError),
    #[error("the store failed")]
    Store(#[source] RepoError),
}

impl From<RepoError> for ServiceError {
    fn from(err: RepoError) -> Self {
        match err {
            RepoError::Busy(_) | RepoError::Conflict => ServiceError::Busy(err),
            other => ServiceError::Store(other),
        }
    }
}
