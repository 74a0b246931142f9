//! Errors a gRPC call can end with, in a form both sides of the wire understand.
//!
//! A server's use-case errors become an [`RpcError`] and then a `tonic::Status` (with
//! `google.rpc.BadRequest` details for invalid fields); a client turns the `Status` back into an
//! [`RpcError`] and, at the REST edge, into a problem+json response.

use openapi_runtime::{FieldError, Problem};
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

/// One invalid field: a dot path into the request message (`items[0].quantity`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldViolation {
    pub field: String,
    pub description: String,
}

impl FieldViolation {
    pub fn new(field: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            description: description.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RpcError {
    #[error("not found: {0}")]
    NotFound(String),
    #[error("invalid argument: {message}")]
    InvalidArgument {
        message: String,
        fields: Vec<FieldViolation>,
    },
    #[error("already exists: {0}")]
    AlreadyExists(String),
    #[error("failed precondition: {0}")]
    FailedPrecondition(String),
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// Any other code; the message is the peer's.
    #[error("{code:?}: {message}")]
    Other { code: Code, message: String },
}

impl RpcError {
    pub fn code(&self) -> Code {
        match self {
            RpcError::NotFound(_) => Code::NotFound,
            RpcError::InvalidArgument { .. } => Code::InvalidArgument,
            RpcError::AlreadyExists(_) => Code::AlreadyExists,
            RpcError::FailedPrecondition(_) => Code::FailedPrecondition,
            RpcError::Unavailable(_) => Code::Unavailable,
            RpcError::Other { code, .. } => *code,
        }
    }
}

impl From<RpcError> for Status {
    fn from(err: RpcError) -> Self {
        match err {
            RpcError::NotFound(message) => Status::not_found(message),
            RpcError::InvalidArgument { message, fields } if !fields.is_empty() => {
                let violations: Vec<tonic_types::FieldViolation> = fields
                    .into_iter()
                    .map(|f| tonic_types::FieldViolation::new(f.field, f.description))
                    .collect();
                Status::with_error_details(
                    Code::InvalidArgument,
                    message,
                    ErrorDetails::with_bad_request(violations),
                )
            }
            RpcError::InvalidArgument { message, .. } => Status::invalid_argument(message),
            RpcError::AlreadyExists(message) => Status::already_exists(message),
            RpcError::FailedPrecondition(message) => Status::failed_precondition(message),
            RpcError::Unavailable(message) => Status::unavailable(message),
            RpcError::Other { code, message } => Status::new(code, message),
        }
    }
}

impl From<Status> for RpcError {
    fn from(status: Status) -> Self {
        let message = status.message().to_owned();
        match status.code() {
            Code::NotFound => RpcError::NotFound(message),
            Code::InvalidArgument => {
                let fields = status
                    .get_error_details()
                    .bad_request()
                    .map(|bad| {
                        bad.field_violations
                            .iter()
                            .map(|v| FieldViolation::new(v.field.clone(), v.description.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
                RpcError::InvalidArgument { message, fields }
            }
            Code::AlreadyExists => RpcError::AlreadyExists(message),
            Code::FailedPrecondition => RpcError::FailedPrecondition(message),
            Code::Unavailable => RpcError::Unavailable(message),
            code => RpcError::Other { code, message },
        }
    }
}

/// How a downstream failure looks to a REST client. Server-side faults of the peer (internal,
/// unknown, …) stay generic: their messages may describe internals.
impl From<RpcError> for Problem {
    fn from(err: RpcError) -> Self {
        match err {
            RpcError::NotFound(message) => Problem::not_found(message),
            RpcError::InvalidArgument { message, fields } => {
                if fields.is_empty() {
                    Problem::bad_request(message)
                } else {
                    Problem::validation(
                        fields
                            .into_iter()
                            .map(|f| FieldError {
                                pointer: json_pointer(&f.field),
                                detail: f.description,
                            })
                            .collect(),
                    )
                }
            }
            RpcError::AlreadyExists(message) | RpcError::FailedPrecondition(message) => {
                Problem::conflict(message)
            }
            RpcError::Unavailable(_) => Problem::new(http::StatusCode::SERVICE_UNAVAILABLE)
                .with_detail("a service this request depends on is unavailable"),
            RpcError::Other {
                code: Code::DeadlineExceeded,
                ..
            } => Problem::new(http::StatusCode::GATEWAY_TIMEOUT)
                .with_detail("a service this request depends on did not answer in time"),
            RpcError::Other { .. } => Problem::internal(),
        }
    }
}

/// `items[0].quantity` → `/items/0/quantity`.
pub fn json_pointer(field_path: &str) -> String {
    let mut pointer = String::new();
    for segment in field_path.split('.').filter(|s| !s.is_empty()) {
        let mut parts = segment.split('[');
        if let Some(name) = parts.next().filter(|n| !n.is_empty()) {
            pointer.push('/');
            pointer.push_str(&name.replace('~', "~0").replace('/', "~1"));
        }
        for index in parts {
            pointer.push('/');
            pointer.push_str(index.trim_end_matches(']'));
        }
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_become_json_pointers() {
        assert_eq!(json_pointer("items[0].quantity"), "/items/0/quantity");
        assert_eq!(json_pointer("isbn"), "/isbn");
        assert_eq!(json_pointer("a.b[2][3]"), "/a/b/2/3");
    }
}
