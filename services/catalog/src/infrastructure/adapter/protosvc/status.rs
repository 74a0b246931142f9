//! Use-case errors as gRPC statuses.

use service_kit::grpc::{FieldViolation, RpcError};
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
        CatalogError::Unexpected(source) => {
            tracing::error!(error = %error_chain(&source), "gRPC call failed unexpectedly");
            return Status::internal("an unexpected error occurred");
        }
    };
    rpc.into()
}

fn error_chain(err: &dyn std::error::Error) -> String {
    let mut chain = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    chain
}

/// A request field the use cases cannot take as sent (an enum value this server does not know).
pub(super) fn invalid_field(field: &str, description: impl Into<String>) -> Status {
    RpcError::InvalidArgument {
        message: "the request is not valid".to_owned(),
        fields: vec![FieldViolation::new(field, description)],
    }
    .into()
}
