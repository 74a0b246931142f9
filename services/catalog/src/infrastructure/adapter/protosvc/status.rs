//! Use-case errors as gRPC statuses.

use service_kit::grpc::{FieldViolation, RpcError};
use service_kit::telemetry::error_chain;
use tonic::Status;

use crate::application::usecase::CatalogError;

/// JSON pointers (`/ids`) become the dot paths gRPC clients expect (`ids`).
fn field_path(pointer: &str) -> String {
    pointer.trim_start_matches('/').replace('/', ".")
}

pub(super) fn to_status(err: CatalogError) -> Status {
    let rpc = match err {
        CatalogError::NotFound { .. } => RpcError::NotFound(err.to_string()),
        CatalogError::Invalid(issues) => RpcError::InvalidArgument {
            message: "the request is not valid".to_owned(),
            fields: issues
                .into_iter()
                .map(|i| FieldViolation::new(field_path(&i.pointer), i.detail))
                .collect(),
        },
        CatalogError::Conflict(message) => RpcError::FailedPrecondition(message),
        // Nothing was done and the same call may succeed in a moment: UNAVAILABLE is the code
        // gRPC clients treat as safe to retry, INTERNAL would blame the server.
        CatalogError::Busy(ref cause) => {
            tracing::warn!(error = %error_chain(cause), "answering UNAVAILABLE: the database stayed busy");
            RpcError::Unavailable(err.to_string())
        }
        CatalogError::Unexpected(source) => {
            tracing::error!(error = %error_chain(&source), "gRPC call failed unexpectedly");
            return Status::internal("an unexpected error occurred");
        }
    };
    rpc.into()
}

/// A request field the use cases cannot take as sent (an enum value this server does not know).
pub(super) fn invalid_field(field: &str, description: impl Into<String>) -> Status {
    RpcError::InvalidArgument {
        message: "the request is not valid".to_owned(),
        fields: vec![FieldViolation::new(field, description)],
    }
    .into()
}

#[cfg(test)]
mod tests {
    use tonic::Code;

    use super::*;
    use crate::application::port::repo::RepoError;

    fn repo_error(contention: bool) -> RepoError {
        let source = "Deadlock found when trying to get lock".into();
        if contention {
            RepoError::Contention {
                operation: "read a book",
                source,
            }
        } else {
            RepoError::Unexpected {
                operation: "read a book",
                source,
            }
        }
    }

    #[test]
    fn a_busy_database_is_unavailable_and_a_fault_is_internal() {
        let busy = to_status(CatalogError::Busy(repo_error(true)));
        assert_eq!(busy.code(), Code::Unavailable);
        assert!(!busy.message().contains("Deadlock"), "{}", busy.message());
        let fault = to_status(CatalogError::Unexpected(repo_error(false)));
        assert_eq!(fault.code(), Code::Internal);
        assert!(!fault.message().contains("Deadlock"), "{}", fault.message());
    }
}
