//! Repository failures as the use cases' [`AppError`].

use app_kit::{AppError, ConflictKind};

use crate::application::port::repo::RepoError;
use crate::domain::handler::RuleViolation;

impl From<RuleViolation> for AppError {
    fn from(rule: RuleViolation) -> Self {
        let kind = match rule {
            RuleViolation::StaleVersion { .. } => ConflictKind::Stale,
            RuleViolation::StillReferenced { .. } => ConflictKind::Rule,
        };
        AppError::conflict(kind, rule)
    }
}

/// Map a repository failure for one resource. Every variant has its meaning whichever call
/// produced it; only a fault of the storage itself becomes `Unexpected`.
pub(super) fn storage(
    resource: &'static str,
    id: impl std::fmt::Display,
) -> impl FnOnce(RepoError) -> AppError {
    move |err| match err {
        RepoError::NotFound => AppError::not_found(resource, id),
        RepoError::Duplicate(key) => AppError::conflict(
            ConflictKind::Duplicate,
            format!("another {resource} already has this {key}"),
        ),
        RepoError::StaleVersion => AppError::conflict(
            ConflictKind::Stale,
            format!(
                "the {resource} was changed by someone else while this request ran; read it again and retry"
            ),
        ),
        RepoError::InUse => AppError::conflict(
            ConflictKind::Rule,
            format!("the {resource} is still referenced by books"),
        ),
        RepoError::MissingReference => AppError::conflict(
            ConflictKind::Rule,
            format!(
                "the {resource} refers to a category, publisher or author that no longer exists"
            ),
        ),
        err @ RepoError::Contention { .. } => AppError::Busy(Box::new(err)),
        err @ RepoError::Unexpected { .. } => AppError::Unexpected(Box::new(err)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Box<dyn std::error::Error + Send + Sync> {
        "Deadlock found when trying to get lock".into()
    }

    #[test]
    fn contention_is_busy_and_only_a_storage_fault_is_unexpected() {
        let busy = storage("book", 7)(RepoError::Contention {
            operation: "update a book",
            source: source(),
        });
        assert!(matches!(busy, AppError::Busy(_)), "{busy:?}");
        let fault = storage("book", 7)(RepoError::Unexpected {
            operation: "update a book",
            source: source(),
        });
        assert!(matches!(fault, AppError::Unexpected(_)), "{fault:?}");
    }
}
