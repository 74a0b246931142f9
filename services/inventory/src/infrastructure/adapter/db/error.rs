//! sqlx errors mapped onto [`RepoError`], so no SQL detail leaks past the adapter.

use anyhow::anyhow;
use service_kit::db::is_contention;
use sqlx::error::ErrorKind;

use crate::application::port::repo::RepoError;

/// MySQL's codes for a failed CHECK constraint (MariaDB: 4025, MySQL 8: 3819).
const CHECK_CODES: &[&str] = &["4025", "3819"];

/// Map a sqlx error raised while doing `operation`.
///
/// Deadlocks, lock wait timeouts, a busy SQLite file and an exhausted pool all mean "run the
/// transaction again" ([`is_contention`]).
pub(crate) fn db_error(operation: &'static str, err: sqlx::Error) -> RepoError {
    if is_contention(&err) {
        return RepoError::Contention(Box::new(err));
    }
    if let sqlx::Error::Database(db) = &err {
        let code = db.code().map(|c| c.into_owned()).unwrap_or_default();
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
    RepoError::Unexpected(anyhow!(err).context(operation))
}

/// A column held a value the domain refuses: the data is corrupt, not the request.
pub(crate) fn corrupt(operation: &'static str, err: crate::domain::DomainError) -> RepoError {
    RepoError::Unexpected(anyhow!(err).context(operation))
}
