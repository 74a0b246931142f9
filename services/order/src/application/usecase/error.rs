//! How domain refusals and storage failures become the kit's [`AppError`]: an illegal
//! transition is a conflict of kind `Rule`, a stale version `Stale`, a taken key `Duplicate`; a
//! busy database is `Busy` (the retry reads its kind from the source).

use app_kit::{AppError, ConflictKind};

use crate::application::port::repo::RepoError;
use crate::domain::DomainError;

impl From<DomainError> for AppError {
    fn from(err: DomainError) -> Self {
        AppError::conflict(ConflictKind::Rule, err)
    }
}

impl From<RepoError> for AppError {
    fn from(err: RepoError) -> Self {
        match err {
            RepoError::Duplicate(detail) => AppError::conflict(ConflictKind::Duplicate, detail),
            RepoError::Stale => AppError::conflict(
                ConflictKind::Stale,
                "the order was changed concurrently; read it again and retry",
            ),
            RepoError::Contention(_) => AppError::Busy(Box::new(err)),
            RepoError::Unexpected(_) => AppError::unexpected(err),
        }
    }
}
