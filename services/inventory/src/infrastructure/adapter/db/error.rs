//! sqlx errors mapped onto [`RepoError`], so no SQL detail leaks past the adapter.

use anyhow::anyhow;
use sqlx::error::ErrorKind;

use crate::application::port::repo::RepoError;

/// MySQL: deadlock victim, lock wait timeout. SQLite: SQLITE_BUSY, SQLITE_LOCKED and their
/// extended codes. All mean "run the transaction again".
const CONTENTION_CODES: &[&str] = &["1213", "1205", "40001", "5", "6", "261", "262", "517"];

/// MySQL's codes for a failed CHECK constraint (MariaDB: 4025, MySQL 8: 3819).
const CHECK_CODES: &[&str] = &["4025", "3819"];

/// Map a sqlx error raised while doing `operation`.
pub(crate) fn db_error(operation: &'static str, err: sqlx::Error) -> RepoError {
    if let sqlx::Error::Database(db) = &err {
        let code = db.code().map(|c| c.into_owned()).unwrap_or_default();
        if CONTENTION_CODES.contains(&code.as_str()) {
            return RepoError::Contention(Box::new(err));
        }
        match db.kind() {
            ErrorKind::UniqueViolation => {
                return RepoError::Conflict(format!("{operation}: a unique key is taken"));
            }
            ErrorKind::ForeignKeyViolation => {
                return RepoError::Conflict(format!(
                    "{operation}: other rows still refer to this one"
                ));
            }
            ErrorKind::CheckViolation => {
                return RepoError::Conflict(format!(
                    "{operation}: a stored rule refused the values"
                ));
            }
            _ => {}
        }
        if CHECK_CODES.contains(&code.as_str()) {
            return RepoError::Conflict(format!("{operation}: a stored rule refused the values"));
        }
    }
    if matches!(err, sqlx::Error::PoolTimedOut) {
        return RepoError::Contention(Box::new(err));
    }
    RepoError::Unexpected(anyhow!(err).context(operation))
}

/// A column held a value the domain refuses: the data is corrupt, not the request.
pub(crate) fn corrupt(operation: &'static str, err: crate::domain::DomainError) -> RepoError {
    RepoError::Unexpected(anyhow!(err).context(operation))
}
