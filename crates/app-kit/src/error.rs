//! [`AppError`]: how any use case fails, and its one mapping to each wire.

use openapi_runtime::FieldIssue;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Which kind of clash a [`AppError::Conflict`] is. Over HTTP all are 409; gRPC has a code for
/// each, and clients retry them differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKind {
    /// A unique value is taken (`ALREADY_EXISTS`).
    Duplicate,
    /// The version the client read is no longer the stored one (`ABORTED`: read again, retry).
    Stale,
    /// The resource's state forbids the change: an illegal transition, a delete that would
    /// orphan rows, not enough stock (`FAILED_PRECONDITION`).
    Rule,
}

/// Why a use case failed. `NotFound`, `Invalid`, `Conflict`, `Unauthenticated` and `Forbidden`
/// are the client's doing, `Busy` is nobody's fault and passes, `Unexpected` is ours.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no {resource} with id {id} exists")]
    NotFound { resource: &'static str, id: String },
    #[error("the request is not valid")]
    Invalid(Vec<FieldIssue>),
    #[error("{message}")]
    Conflict { kind: ConflictKind, message: String },
    /// The caller's credentials do not hold (any more): a service acting with the caller's own
    /// token had it refused, e.g. because the session was signed out after the token was issued.
    #[error("{0}")]
    Unauthenticated(String),
    /// The caller is known but may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// Storage or a dependency stayed busy or unreachable; nothing was changed and the same
    /// request can be sent again shortly.
    #[error("the service is too busy to complete this request right now; try again shortly")]
    Busy(#[source] BoxError),
    #[error("the operation failed unexpectedly")]
    Unexpected(#[source] BoxError),
}

impl AppError {
    pub fn not_found(resource: &'static str, id: impl std::fmt::Display) -> Self {
        Self::NotFound {
            resource,
            id: id.to_string(),
        }
    }

    pub fn invalid(
        path: impl Into<openapi_runtime::FieldPath>,
        detail: impl std::fmt::Display,
    ) -> Self {
        Self::Invalid(vec![FieldIssue::new(path, detail)])
    }

    pub fn conflict(kind: ConflictKind, message: impl std::fmt::Display) -> Self {
        Self::Conflict {
            kind,
            message: message.to_string(),
        }
    }

    pub fn unexpected(source: impl Into<BoxError>) -> Self {
        Self::Unexpected(source.into())
    }
}

impl From<crate::value::StaleVersion> for AppError {
    fn from(stale: crate::value::StaleVersion) -> Self {
        Self::conflict(ConflictKind::Stale, stale)
    }
}

#[cfg(feature = "http")]
mod http {
    use openapi_runtime::{ApiError, Problem};

    use openapi_runtime::error::error_chain as chain;

    use super::AppError;

    /// The one mapping to problem+json. A busy answer is logged here as a warning (a stream of
    /// them says writes collide); an unexpected one is logged with its chain by the router.
    impl From<AppError> for ApiError {
        fn from(err: AppError) -> Self {
            match err {
                AppError::NotFound { .. } => Problem::not_found(err.to_string()).into(),
                AppError::Invalid(issues) => ApiError::invalid(issues),
                AppError::Conflict { message, .. } => Problem::conflict(message).into(),
                AppError::Unauthenticated(detail) => Problem::unauthorized(detail).into(),
                AppError::Forbidden(detail) => Problem::forbidden(detail).into(),
                AppError::Busy(ref cause) => {
                    tracing::warn!(error = %chain(cause.as_ref()), "answering 503: busy");
                    Problem::new(http::StatusCode::SERVICE_UNAVAILABLE)
                        .with_detail(err.to_string())
                        .into()
                }
                AppError::Unexpected(source) => ApiError::Unexpected(source),
            }
        }
    }
}

#[cfg(feature = "grpc")]
mod grpc {
    use tonic::{Code, Status};
    use tonic_types::{ErrorDetails, StatusExt};

    use openapi_runtime::error::error_chain as chain;

    use super::{AppError, ConflictKind};

    /// The one mapping to a gRPC status; invalid fields travel as `google.rpc.BadRequest`
    /// violations with dot paths (`items[0].quantity`).
    impl From<AppError> for Status {
        fn from(err: AppError) -> Self {
            match err {
                AppError::NotFound { .. } => Status::not_found(err.to_string()),
                AppError::Invalid(issues) => {
                    let violations: Vec<tonic_types::FieldViolation> = issues
                        .into_iter()
                        .map(|i| tonic_types::FieldViolation::new(i.path.to_string(), i.detail))
                        .collect();
                    Status::with_error_details(
                        Code::InvalidArgument,
                        "the request is not valid",
                        ErrorDetails::with_bad_request(violations),
                    )
                }
                AppError::Conflict { kind, message } => match kind {
                    ConflictKind::Duplicate => Status::already_exists(message),
                    ConflictKind::Stale => Status::aborted(message),
                    ConflictKind::Rule => Status::failed_precondition(message),
                },
                AppError::Unauthenticated(message) => Status::unauthenticated(message),
                AppError::Forbidden(message) => Status::permission_denied(message),
                // UNAVAILABLE is the code gRPC clients treat as safe to retry.
                AppError::Busy(ref cause) => {
                    tracing::warn!(error = %chain(cause.as_ref()), "answering UNAVAILABLE: busy");
                    Status::unavailable(err.to_string())
                }
                AppError::Unexpected(ref source) => {
                    tracing::error!(error = %chain(source.as_ref()), "gRPC call failed unexpectedly");
                    Status::internal("an unexpected error occurred")
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use openapi_runtime::{ApiError, FieldPath};

    use super::*;

    fn busy() -> AppError {
        AppError::Busy("Lock wait timeout exceeded on table book".into())
    }

    #[test]
    fn each_kind_has_one_http_status() {
        let status = |e: AppError| ApiError::from(e).to_problem().status;
        assert_eq!(status(AppError::not_found("book", 7)), 404);
        assert_eq!(status(AppError::invalid("title", "must not be blank")), 422);
        assert_eq!(
            status(AppError::conflict(ConflictKind::Stale, "stale")),
            409
        );
        assert_eq!(status(AppError::Unauthenticated("signed out".into())), 401);
        assert_eq!(status(AppError::Forbidden("staff only".into())), 403);
        assert_eq!(status(busy()), 503);
        assert_eq!(status(AppError::unexpected("disk full")), 500);
    }

    #[test]
    fn internals_never_reach_the_client() {
        for err in [busy(), AppError::unexpected("Lock wait timeout exceeded")] {
            let problem = ApiError::from(err).to_problem();
            assert!(!problem.detail.unwrap_or_default().contains("Lock wait"));
        }
        let status = Status::from(AppError::unexpected("Lock wait timeout exceeded"));
        assert!(!status.message().contains("Lock wait"));
    }

    use tonic::{Code, Status};
    use tonic_types::StatusExt;

    #[test]
    fn each_kind_has_one_grpc_code() {
        let code = |e: AppError| Status::from(e).code();
        assert_eq!(code(AppError::not_found("book", 7)), Code::NotFound);
        assert_eq!(
            code(AppError::conflict(ConflictKind::Duplicate, "taken")),
            Code::AlreadyExists
        );
        assert_eq!(
            code(AppError::conflict(ConflictKind::Stale, "stale")),
            Code::Aborted
        );
        assert_eq!(
            code(AppError::conflict(ConflictKind::Rule, "no")),
            Code::FailedPrecondition
        );
        assert_eq!(
            code(AppError::Unauthenticated("signed out".into())),
            Code::Unauthenticated
        );
        assert_eq!(
            code(AppError::Forbidden("staff only".into())),
            Code::PermissionDenied
        );
        assert_eq!(code(busy()), Code::Unavailable);
        assert_eq!(code(AppError::unexpected("x")), Code::Internal);
    }

    #[test]
    fn invalid_fields_become_dot_path_violations() {
        let status = Status::from(AppError::invalid(
            FieldPath::field("items").index(0).name("quantity"),
            "must be at least 1",
        ));
        let details = status
            .get_details_bad_request()
            .expect("bad request details");
        assert_eq!(details.field_violations[0].field, "items[0].quantity");
    }
}
