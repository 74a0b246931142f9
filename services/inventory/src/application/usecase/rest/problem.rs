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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::port::repo::RepoError;

    fn status(err: InventoryError) -> u16 {
        api_error(err).to_problem().status
    }

    #[test]
    fn client_faults_are_4xx_and_only_our_faults_are_500() {
        assert_eq!(
            status(InventoryError::Invalid {
                field: "name",
                reason: "blank".into()
            }),
            422
        );
        assert_eq!(
            status(InventoryError::NotFound {
                resource: "warehouse",
                id: 3
            }),
            404
        );
        assert_eq!(status(InventoryError::Conflict("taken".into())), 409);
        assert_eq!(
            status(InventoryError::OutOfStock {
                book_id: 1,
                requested: 2,
                available: 1
            }),
            409
        );
        assert_eq!(
            status(InventoryError::Busy(RepoError::Contention(
                "deadlock".into()
            ))),
            503
        );
        assert_eq!(
            status(InventoryError::Unexpected(RepoError::Unexpected(
                anyhow::anyhow!("disk on fire")
            ))),
            500
        );
    }

    #[test]
    fn a_refused_field_points_at_it_and_internals_never_reach_the_body() {
        let problem = api_error(InventoryError::Invalid {
            field: "warehouse_id",
            reason: "unknown".into(),
        })
        .to_problem();
        assert_eq!(problem.errors[0].pointer, "/warehouse_id");
        let hidden = api_error(InventoryError::Unexpected(RepoError::Unexpected(
            anyhow::anyhow!("password=hunter2"),
        )));
        assert!(
            !hidden
                .to_problem()
                .detail
                .unwrap_or_default()
                .contains("hunter2")
        );
    }
}
