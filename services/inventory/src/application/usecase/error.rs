//! How domain refusals and storage failures become the kit's [`AppError`], the use cases' one
//! error: a broken rule is a conflict of kind `Rule`, a stale version `Stale`, a taken unique
//! value `Duplicate`; a busy database is `Busy` (the retry reads its kind from the source).

use app_kit::{AppError, ConflictKind};

use crate::application::port::repo::RepoError;
use crate::domain::DomainError;

impl From<DomainError> for AppError {
    fn from(err: DomainError) -> Self {
        match err {
            DomainError::Invalid { field, reason } => AppError::invalid(field, reason),
            DomainError::Stale(stale) => AppError::from(stale),
            DomainError::BelowReserved { .. }
            | DomainError::CapacityExceeded { .. }
            | DomainError::OutOfStock { .. } => AppError::conflict(ConflictKind::Rule, err),
        }
    }
}

impl From<RepoError> for AppError {
    fn from(err: RepoError) -> Self {
        match err {
            RepoError::Duplicate(detail) => AppError::conflict(ConflictKind::Duplicate, detail),
            RepoError::Conflict(detail) => AppError::conflict(ConflictKind::Rule, detail),
            RepoError::Stale => AppError::conflict(
                ConflictKind::Stale,
                "the resource was changed concurrently; read it again and retry",
            ),
            RepoError::Contention(_) => AppError::Busy(Box::new(err)),
            RepoError::Unexpected(_) => AppError::unexpected(err),
        }
    }
}

#[cfg(test)]
mod tests {
    use app_kit::value::{StaleVersion, Version};

    use super::*;

    fn kind(err: AppError) -> Option<ConflictKind> {
        match err {
            AppError::Conflict { kind, .. } => Some(kind),
            _ => None,
        }
    }

    #[test]
    fn each_refusal_is_the_conflict_kind_a_client_retries_by() {
        let stale = StaleVersion {
            expected: Version::INITIAL,
            actual: Version::INITIAL.next(),
        };
        assert_eq!(
            kind(DomainError::Stale(stale).into()),
            Some(ConflictKind::Stale)
        );
        assert_eq!(kind(RepoError::Stale.into()), Some(ConflictKind::Stale));
        assert_eq!(
            kind(RepoError::Duplicate("name".into()).into()),
            Some(ConflictKind::Duplicate)
        );
        let out = DomainError::OutOfStock {
            book_id: 7,
            requested: 3,
            available: 1,
        };
        let err = AppError::from(out);
        assert_eq!(
            err.to_string(),
            "book 7 is out of stock: 3 requested, 1 available"
        );
        assert_eq!(kind(err), Some(ConflictKind::Rule));
    }

    #[test]
    fn contention_is_busy_and_other_storage_faults_are_unexpected() {
        let busy = AppError::from(RepoError::Contention("deadlock".into()));
        assert!(matches!(busy, AppError::Busy(_)));
        let fault = AppError::from(RepoError::Unexpected(anyhow::anyhow!("disk on fire")));
        assert!(matches!(fault, AppError::Unexpected(_)));
    }
}
