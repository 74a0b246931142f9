//! The error a port method returns instead of its success response.

use crate::issue::{FieldIssue, InputLocations};
use crate::problem::{FieldError, Problem};

/// A problem to send as is (a client fault the service recognised), invalid input named by
/// field paths (the router turns them into pointers to where each value was sent), or an
/// unexpected failure whose cause is logged and never sent (the client sees a generic 500).
///
/// Every variant is boxed so `Result<_, ApiError>` stays two words wide (clippy's
/// `result_large_err`); build one with `ApiError::from(problem)` or `problem.into()`.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    Problem(Box<Problem>),
    #[error("the request is not valid")]
    Invalid(Box<Vec<FieldIssue>>),
    #[error("unexpected failure")]
    Unexpected(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl ApiError {
    pub fn unexpected(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        ApiError::Unexpected(error.into())
    }

    pub fn invalid(issues: Vec<FieldIssue>) -> Self {
        ApiError::Invalid(Box::new(issues))
    }

    /// The status this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            ApiError::Problem(problem) => problem.status,
            ApiError::Invalid(_) => 422,
            ApiError::Unexpected(_) => 500,
        }
    }

    /// The problem sent to the client, invalid fields pointed at in the request body.
    pub fn to_problem(&self) -> Problem {
        self.to_problem_at(&InputLocations::default())
    }

    /// The problem sent to the client, each invalid field pointed at where the operation takes
    /// it from (`/query/limit`, `/body/title`).
    pub fn to_problem_at(&self, locations: &InputLocations) -> Problem {
        match self {
            ApiError::Problem(problem) => (**problem).clone(),
            ApiError::Invalid(issues) => Problem::validation(
                issues
                    .iter()
                    .map(|issue| FieldError {
                        pointer: locations.pointer(&issue.path),
                        detail: issue.detail.clone(),
                    })
                    .collect(),
            ),
            ApiError::Unexpected(_) => Problem::internal(),
        }
    }
}

impl From<Problem> for ApiError {
    fn from(problem: Problem) -> Self {
        ApiError::Problem(Box::new(problem))
    }
}

#[cfg(feature = "server")]
#[cfg(feature = "server")]
impl ApiError {
    /// Log an unexpected failure with its whole cause chain (the body stays generic).
    fn log_unexpected(&self) {
        if let ApiError::Unexpected(error) = self {
            let chain = error_chain(error.as_ref());
            tracing::error!(error = %chain, "request failed unexpectedly");
        }
    }

    /// The response of an operation that failed: the problem, if the operation's spec declares
    /// its status, otherwise a generic 500 and an error in the log naming the operation. A
    /// handler can only answer what its contract says; a status that slipped through is a
    /// defect to see in the log, not a surprise for a client.
    pub fn into_operation_response(
        self,
        operation: &crate::issue::OperationErrors,
    ) -> axum::response::Response {
        use axum::response::IntoResponse;
        self.log_unexpected();
        let problem = self.to_problem_at(&operation.locations);
        if !operation.declares(problem.status) {
            tracing::error!(
                operation = operation.operation_id,
                status = problem.status,
                detail = problem.detail.as_deref().unwrap_or(""),
                "the operation answered a status its spec does not declare; sending 500"
            );
            return Problem::internal().into_response();
        }
        problem.into_response()
    }
}

#[cfg(feature = "server")]
impl axum::response::IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        self.log_unexpected();
        self.to_problem().into_response()
    }
}

/// An error and each of its causes on one line (`outer: cause: root cause`), for log fields:
/// the causes are where a database or network error says what actually happened.
pub fn error_chain(err: &dyn std::error::Error) -> String {
    let mut chain = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        // Many errors (sqlx's among them) print their source in their own message too.
        if !chain.ends_with(&text) {
            chain.push_str(": ");
            chain.push_str(&text);
        }
        source = cause.source();
    }
    chain
}

/// A string that is not one of an enum's values (from `FromStr` of generated enums).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value `{value}`, expected one of: {}", .expected.join(", "))]
pub struct UnknownVariant {
    pub value: String,
    pub expected: Vec<&'static str>,
}

impl UnknownVariant {
    pub fn new(value: &str, expected: &[&'static str]) -> Self {
        Self {
            value: value.to_owned(),
            expected: expected.to_vec(),
        }
    }
}
