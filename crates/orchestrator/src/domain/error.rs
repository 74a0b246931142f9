//! Errors of the domain: a definition or request that breaks Conductor's rules.

use serde_json::Value;

/// One broken rule, in the shape of Conductor's `ValidationError`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldViolation {
    pub path: String,
    pub message: String,
    pub invalid_value: Option<Value>,
}

/// Every rule a definition broke; empty means valid.
#[derive(Debug, Clone, Default, PartialEq, thiserror::Error)]
#[error("{}", self.summary())]
pub struct ValidationError {
    pub errors: Vec<FieldViolation>,
}

impl ValidationError {
    pub fn push(
        &mut self,
        path: impl Into<String>,
        message: impl Into<String>,
        invalid_value: Option<Value>,
    ) {
        self.errors.push(FieldViolation {
            path: path.into(),
            message: message.into(),
            invalid_value,
        });
    }

    pub fn single(path: impl Into<String>, message: impl Into<String>) -> Self {
        let mut error = Self::default();
        error.push(path, message, None);
        error
    }

    /// `Ok` when nothing was pushed.
    ///
    /// # Errors
    /// `self`, when a rule was broken.
    pub fn into_result(self) -> Result<(), Self> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    fn summary(&self) -> String {
        match self.errors.as_slice() {
            [only] => only.message.clone(),
            _ => format!("{} validation errors", self.errors.len()),
        }
    }
}

/// A state change the execution's current state does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExecutionError {
    #[error("task {task_id} is {status}, not IN_PROGRESS or SCHEDULED, so it cannot be updated")]
    TaskNotUpdatable {
        task_id: String,
        status: &'static str,
    },
    #[error("task {task_id} was not answered within its responseTimeoutSeconds; its lease expired")]
    LeaseExpired { task_id: String },
    #[error("workflow {workflow_id} is {status}; the operation needs a {expected} workflow")]
    WrongWorkflowStatus {
        workflow_id: String,
        status: &'static str,
        expected: &'static str,
    },
}
