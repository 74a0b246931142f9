//! sqlx errors onto the repository's typed errors.

use sqlx::error::ErrorKind;

use crate::application::port::repo::{RepoError, Uniqueness};
use crate::domain::aggregate::ValueError;

/// What a constraint violation means depends on the statement: a foreign-key clash on insert is a
/// missing reference, on delete a row still in use.
#[derive(Debug, Clone, Copy)]
pub(super) enum Write {
    Insert(Option<Uniqueness>),
    Delete,
}

pub(super) fn unexpected(operation: &'static str, err: sqlx::Error) -> RepoError {
    RepoError::Unexpected {
        operation,
        source: Box::new(err),
    }
}

pub(super) fn on_write(operation: &'static str, write: Write, err: sqlx::Error) -> RepoError {
    let kind = err.as_database_error().map(|db| db.kind());
    match (kind, write) {
        (Some(ErrorKind::UniqueViolation), Write::Insert(Some(key))) => RepoError::Duplicate(key),
        (Some(ErrorKind::ForeignKeyViolation), Write::Insert(_)) => RepoError::MissingReference,
        (Some(ErrorKind::ForeignKeyViolation), Write::Delete) => RepoError::InUse,
        _ => unexpected(operation, err),
    }
}

/// A stored value that no longer passes the domain's checks: the table was edited behind the
/// service's back.
pub(super) fn corrupt(operation: &'static str, err: ValueError) -> RepoError {
    RepoError::Unexpected {
        operation,
        source: Box::new(err),
    }
}
