//! sqlx errors onto the repository's typed errors.

use service_kit::db::is_contention;
use sqlx::error::ErrorKind;

use crate::application::port::repo::{RepoError, Uniqueness};

/// What a constraint violation means depends on the statement: a foreign-key clash on insert is a
/// missing reference, on delete a row still in use.
#[derive(Debug, Clone, Copy)]
pub(super) enum Write {
    Insert(Option<Uniqueness>),
    Delete,
}

/// A failure that is not about the data: lock contention (see [`is_contention`]) when the
/// database lost a race, a fault otherwise.
pub(super) fn failed(operation: &'static str, err: sqlx::Error) -> RepoError {
    if is_contention(&err) {
        RepoError::Contention {
            operation,
            source: Box::new(err),
        }
    } else {
        RepoError::Unexpected {
            operation,
            source: Box::new(err),
        }
    }
}

pub(super) fn on_write(operation: &'static str, write: Write, err: sqlx::Error) -> RepoError {
    let kind = err.as_database_error().map(|db| db.kind());
    match (kind, write) {
        (Some(ErrorKind::UniqueViolation), Write::Insert(Some(key))) => RepoError::Duplicate(key),
        (Some(ErrorKind::ForeignKeyViolation), Write::Insert(_)) => RepoError::MissingReference,
        (Some(ErrorKind::ForeignKeyViolation), Write::Delete) => RepoError::InUse,
        _ => failed(operation, err),
    }
}

/// A stored value that no longer passes the domain's checks: the table was edited behind the
/// service's back.
pub(super) fn corrupt(
    operation: &'static str,
    err: impl std::error::Error + Send + Sync + 'static,
) -> RepoError {
    RepoError::Unexpected {
        operation,
        source: Box::new(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exhausted_pool_is_contention_and_a_missing_row_is_a_fault() {
        assert!(matches!(
            failed("read a book", sqlx::Error::PoolTimedOut),
            RepoError::Contention {
                operation: "read a book",
                ..
            }
        ));
        assert!(matches!(
            failed("read a book", sqlx::Error::RowNotFound),
            RepoError::Unexpected { .. }
        ));
        assert!(matches!(
            on_write("delete a book", Write::Delete, sqlx::Error::PoolTimedOut),
            RepoError::Contention { .. }
        ));
    }
}
