//! The error a port method returns for anything its response enum does not declare.

use crate::problem::Problem;

/// Either a problem to send as is (a client fault the service recognised), or an unexpected
/// failure whose cause is logged and never sent (the client sees a generic 500).
///
/// Both variants are boxed so `Result<_, ApiError>` stays two words wide (clippy's
/// `result_large_err`); build one with `ApiError::from(problem)` or `problem.into()`.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    Problem(Box<Problem>),
    #[error("unexpected failure")]
    Unexpected(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl ApiError {
    pub fn unexpected(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        ApiError::Unexpected(error.into())
    }

    /// The problem sent to the client.
    pub fn to_problem(&self) -> Problem {
        match self {
            ApiError::Problem(problem) => (**problem).clone(),
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
impl axum::response::IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        if let ApiError::Unexpected(error) = &self {
            // The whole chain goes to the log; the body stays generic.
            let mut chain = error.to_string();
            let mut source = error.source();
            while let Some(cause) = source {
                chain.push_str(": ");
                chain.push_str(&cause.to_string());
                source = cause.source();
            }
            tracing::error!(error = %chain, "request failed unexpectedly");
        }
        self.to_problem().into_response()
    }
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
