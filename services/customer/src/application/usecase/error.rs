//! How storage and downstream failures become the kit's [`AppError`]: a busy database or a
//! downstream that cannot answer is `Busy` (503 with `Retry-After`), never a 500.

use app_kit::{AppError, FieldIssue, FieldPath};

use crate::application::port::downstream::DownstreamError;
use crate::application::port::repo::RepoError;

impl From<RepoError> for AppError {
    fn from(err: RepoError) -> Self {
        match err {
            // A racing insert of the same row: running the transaction again sees it.
            RepoError::Duplicate(_) | RepoError::Contention(_) => AppError::Busy(Box::new(err)),
            RepoError::Unexpected(_) => AppError::unexpected(err),
        }
    }
}

/// A downstream failure while working on `resource` `id`.
pub(super) fn downstream(
    resource: &'static str,
    id: impl std::fmt::Display,
) -> impl FnOnce(DownstreamError) -> AppError {
    move |err| match err {
        DownstreamError::NotFound { .. } => AppError::not_found(resource, id),
        DownstreamError::Invalid { violations, .. } if !violations.is_empty() => AppError::Invalid(
            violations
                .into_iter()
                .map(|v| FieldIssue::new(field_path(&v.field), v.description))
                .collect(),
        ),
        DownstreamError::Conflict { message, .. } => {
            AppError::conflict(app_kit::ConflictKind::Rule, message)
        }
        // The token customer checked itself, refused where it was forwarded: only the issuer
        // knows its session has ended. The caller's doing, said as such (never a 500).
        DownstreamError::Unauthenticated { .. } => AppError::Unauthenticated(
            "the bearer token is no longer accepted; sign in again".to_owned(),
        ),
        DownstreamError::Forbidden { message, .. } => AppError::Forbidden(message),
        DownstreamError::Unavailable { .. } => AppError::Busy(Box::new(err)),
        DownstreamError::Invalid { .. } | DownstreamError::Failed { .. } => {
            AppError::unexpected(err)
        }
    }
}

/// `user.first_name` (identity's message path) as the REST body's `first_name`.
fn field_path(dotted: &str) -> FieldPath {
    let name = dotted.strip_prefix("user.").unwrap_or(dotted);
    FieldPath::field(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_downstream_that_cannot_answer_is_busy_and_an_unknown_record_not_found() {
        let busy = downstream("customer", 1)(DownstreamError::Unavailable {
            service: "identity",
            source: "down".into(),
        });
        assert!(matches!(busy, AppError::Busy(_)));
        let missing = downstream("order", 7)(DownstreamError::NotFound { service: "order" });
        assert!(matches!(missing, AppError::NotFound { .. }));
    }

    #[test]
    fn identity_field_names_lose_their_message_prefix() {
        assert_eq!(field_path("user.phone").to_string(), "phone");
        assert_eq!(field_path("phone").to_string(), "phone");
    }
}
