//! Use-case and domain errors as RFC 9457 problems.

use openapi_runtime::{ApiError, FieldError, Problem};

use crate::application::usecase::InventoryError;
use crate::domain::DomainError;

fn validation(field: &str, reason: String) -> ApiError {
    Problem::validation(vec![FieldError {
        pointer: format!("/{field}"),
        detail: reason,
    }])
    .into()
}

/// A request value the domain refused: 422 pointing at the field.
pub(crate) fn field(err: DomainError) -> ApiError {
    match err {
        DomainError::Invalid { field, reason } => validation(field, reason),
        other => Problem::conflict(other.to_string()).into(),
    }
}

/// The problem a failed use case answers with. Only our own faults are a 500, and their cause
/// goes to the log, not the body.
pub(crate) fn api_error(err: InventoryError) -> ApiError {
    match err {
        InventoryError::Invalid { field, reason } => validation(field, reason),
        InventoryError::NotFound { .. } => Problem::not_found(err.to_string()).into(),
        InventoryError::Conflict(_)
        | InventoryError::OutOfStock { .. }
        | InventoryError::NoActiveReservation { .. } => Problem::conflict(err.to_string()).into(),
        InventoryError::Busy(_) => Problem::new(http::StatusCode::SERVICE_UNAVAILABLE)
            .with_detail(err.to_string())
            .into(),
        InventoryError::Unexpected(_) => ApiError::unexpected(err),
    }
}
