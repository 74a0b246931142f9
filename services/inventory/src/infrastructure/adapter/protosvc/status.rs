//! Use-case errors as gRPC statuses.

use service_kit::grpc::{FieldViolation, RpcError};
use tonic::{Code, Status};

use crate::application::usecase::InventoryError;

/// The status a failed use case answers with. Faults on our side are logged here, with their
/// cause chain, and leave the server as a bare `INTERNAL`.
pub(crate) fn rpc_status(err: InventoryError) -> Status {
    let rpc = match err {
        InventoryError::Invalid { field, reason } => RpcError::InvalidArgument {
            message: format!("invalid {field}"),
            fields: vec![FieldViolation::new(field, reason)],
        },
        InventoryError::NotFound { .. } => RpcError::NotFound(err.to_string()),
        InventoryError::OutOfStock { .. } | InventoryError::NoActiveReservation { .. } => {
            RpcError::FailedPrecondition(err.to_string())
        }
        InventoryError::Conflict(_) => RpcError::Other {
            code: Code::Aborted,
            message: err.to_string(),
        },
        InventoryError::Busy(_) => RpcError::Unavailable(err.to_string()),
        InventoryError::Unexpected(_) => {
            tracing::error!(error = ?anyhow::Error::from(err), "a stock RPC failed");
            RpcError::Other {
                code: Code::Internal,
                message: "internal error".to_owned(),
            }
        }
    };
    Status::from(rpc)
}
